"""From a recorded decision to what the law and the marketing systems need.

Deciding is separate from acting: `classify` produces a Decision, `record_decision` stores it, and `apply_decision`
carries it out. The bot and staff both go through `apply_decision`, so a staff verdict has exactly the same effects
as the bot's. Every state change writes an audit event. Nothing here talks to the network.

What each label does is the label catalogue's (rules/catalogue.yml), which a compliance officer reads first:

    kind of label            what happens here
    an opt-out (channels)    an entry on each of its suppression lists (less those the sender asked to keep),
                             a RequestAction with its legal clock
    any other (question)     a review item of kind "question" (the opt-out clocks still run)
    review / shunted         a review item of kind "decision", due by the earliest clock of the proposed labels
    machine / not a request  nothing but the status
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.catalogue import Catalogue
from intake.db import (ActionStatus, DecisionRow, Ids, InboundMessage, MessageStatus, RequestAction, ReviewItem,
                       ReviewKind, ReviewStatus, Suppression, audit)
from intake.settings import Settings
from intake.values import Decision, MailKind


@dataclass
class Applied:
    """What apply_decision did, for the pipeline's summary and the log line."""

    status: str
    suppressions: list[int] = field(default_factory=list)
    already_suppressed: list[str] = field(default_factory=list)
    review_kind: str | None = None
    due: dict[str, date] = field(default_factory=dict)


def record_decision(
    session: Session, message: InboundMessage, decision: Decision, *, actor: str = "bot", note: str | None = None
) -> DecisionRow:
    """Store a decision (the bot's or a staff user's) with its full evidence."""
    previous = message.decisions[-1] if message.decisions else None
    row = DecisionRow(
        message_id=message.id,
        decided_by=actor,
        automated=decision.automated,
        mail_kind=decision.kind,
        labels=list(decision.labels),
        review=decision.review,
        proposed=list(decision.proposed),
        loop=decision.loop,
        keep_channels=list(decision.keep_channels),
        confidence=decision.confidence,
        ack_to=decision.ack_to,
        entities={k: v for k, v in _entity_dict(decision).items() if v},
        reasons=list(decision.reasons),
        evidence=dict(decision.evidence),
        classifier_version=decision.model_version,
        note=note,
        overrides_bot=bool(previous and actor != "bot" and _verdict(previous) != _verdict_of(decision)),
    )
    session.add(row)
    message.decisions.append(row)  # no SELECT for a message built in this process (db: it starts with none)
    # No flush for the id: the event takes the row and reads its id when it is written.
    audit(session, actor, "decided", "decision", row, message=message,
          before=_verdict(previous) if previous else None, after=_verdict(row))
    return row


def apply_decision(
    session: Session, message: InboundMessage, row: DecisionRow, *, settings: Settings, now: datetime,
    new_message: bool = False, known: "KnownSuppressions | None" = None,
) -> Applied:
    """Carry out one recorded decision: suppressions and clocks for opt-outs, review items for staff work.

    `new_message`: the message was received in this very transaction (the pipeline), so it cannot have an open
    review item yet and open_review need not look for one. Staff re-decisions leave it False.
    `known`: the batch's suppression entries, read once for the whole batch (the pipeline); None reads them here."""
    actor, catalogue = row.decided_by, settings.catalogue
    if row.automated:
        status = MessageStatus.NOT_A_REQUEST if row.mail_kind == MailKind.NOT_A_REQUEST else MessageStatus.AUTOMATED
        return _set_status(session, message, status, actor)
    if row.review:
        item = open_review(session, message, ReviewKind.DECISION, settings=settings, labels=list(row.proposed or ()),
                           new_message=new_message)
        applied = _set_status(session, message, MessageStatus.REVIEW, actor)
        applied.review_kind, applied.due = ReviewKind.DECISION, {"review": item.due_date}
        return applied
    labels = catalogue.ordered(row.labels)
    applied = Applied(status=MessageStatus.DONE)
    for label in labels:
        if catalogue.kind(label).opt_out:
            _apply_opt_out(session, message, row, label, settings=settings, now=now, applied=applied, known=known)
    for_staff = [label for label in labels if not catalogue.kind(label).opt_out]
    if for_staff:
        open_review(session, message, ReviewKind.QUESTION, settings=settings, labels=list(labels),
                    new_message=new_message)
        applied.review_kind = ReviewKind.QUESTION
    status = MessageStatus.QUESTION if for_staff else (MessageStatus.DONE if labels else MessageStatus.NO_ACTION)
    applied.status = _set_status(session, message, status, actor).status
    return applied


def open_review(
    session: Session, message: InboundMessage, kind: str, *, settings: Settings, labels: list[str],
    new_message: bool = False,
) -> ReviewItem:
    """One open item per message and kind: a message re-decided by staff does not pile up duplicates.

    Its due date is the earliest legal clock of the opt-outs among `labels`; a decision item with none runs on
    the catalogue's review clock (whatever it turns out to be, it is handled inside the shortest legal clock), a
    question item with none has no legal due date.

    `new_message`: the caller received the message in this transaction and opens at most one item per kind for
    it, so there is nothing to look for."""
    if not new_message:
        existing = session.scalar(
            select(ReviewItem).where(ReviewItem.message_id == message.id, ReviewItem.kind == kind,
                                     ReviewItem.status == ReviewStatus.OPEN)
        )
        if existing:
            return existing
    item = ReviewItem(message_id=message.id, kind=kind, due_date=review_due(message, kind, labels, settings))
    session.add(item)
    audit(session, "bot", "review_opened", "review_item", item, message=message, after={"kind": kind})
    return item


def review_due(message: InboundMessage, kind: str, labels: Sequence[str], settings: Settings) -> date | None:
    catalogue, tz = settings.catalogue, settings.timezone
    clocks = [catalogue.due_date(message.received_at, lb, tz) for lb in catalogue.opt_outs if lb in labels]
    if not clocks and kind == ReviewKind.DECISION:
        clocks = [catalogue.due_date(message.received_at, "review", tz)]
    return min(clocks) if clocks else None


def _apply_opt_out(
    session: Session, message: InboundMessage, row: DecisionRow, label: str, *,
    settings: Settings, now: datetime, applied: Applied, known: "KnownSuppressions | None" = None,
) -> None:
    catalogue = settings.catalogue
    due = catalogue.due_date(message.received_at, label, settings.timezone)
    applied.due[label] = due
    action = RequestAction(message_id=message.id, kind=label, received_at=message.received_at, due_date=due,
                           created_by=row.decided_by)
    if settings.shadow:
        action.status = ActionStatus.SHADOW
        session.add(action)
        audit(session, row.decided_by, "shadow_opt_out", "request_action", action, message=message,
              after={"kind": label, "due_date": due.isoformat()})
        return
    identity = identity_of(row, message)
    # Every lookup before any write: the channels of one label are distinct, so no lookup can need a row written
    # here, and the new entries and the action then share one flush instead of one each.
    channels = [c for c in catalogue.channels_of(label) if c not in (row.keep_channels or ())]
    found = (known.find(catalogue, channels, identity) if known is not None
             else find_suppressions(session, catalogue, channels, identity))
    entries = {channel: Suppression(channel=channel, source_message_id=message.id, created_by=row.decided_by,
                                    effective_at=now, active=True, **identity)
               for channel, existing in found.items() if existing is None}
    if known is not None:
        for entry in entries.values():  # ids known before the INSERT: no flush, the savepoint's release writes them
            entry.id = known.ids.next(Suppression)
            known.add(entry)
    session.add_all([action, *entries.values()])
    if known is None:
        session.flush()  # the ids that action.suppression_ids and the audit events name
    ids = []
    for channel in channels:
        if channel not in entries:
            applied.already_suppressed.append(channel)
            ids.append(found[channel].id)
            continue
        entry = entries[channel]
        applied.suppressions.append(entry.id)
        ids.append(entry.id)
        audit(session, row.decided_by, "suppressed", "suppression", entry.id, message=message,
              after={"channel": channel, **identity})
    action.suppression_ids = ids
    action.status = ActionStatus.DONE if applied.suppressions else ActionStatus.ALREADY_SUPPRESSED
    action.effective_at = now
    audit(session, row.decided_by, "opt_out_done", "request_action", action, message=message,
          after={"kind": label, "status": action.status, "due_date": due.isoformat(),
                 **({"kept_channels": list(row.keep_channels)} if row.keep_channels else {})})


class KnownSuppressions:
    """find_suppressions for a whole batch (the pipeline's group commit): the active entries of every address and
    name-at-ZIP the batch's opt-outs name, read in one query up front, then kept up to date with the entries the
    batch writes. An entry written inside a message's savepoint counts at once for that message, and for the
    later messages only once the savepoint is released (`settle`): a rolled-back entry must not make a later
    opt-out of the same person look done. Entries other transactions commit meanwhile are not seen: the batch
    reads as of its start, as if it had run a moment earlier."""

    def __init__(self, session: Session, ids: Ids, identities: Sequence[dict[str, str | None]]) -> None:
        self.ids = ids
        self._session = session
        self._emails = {i["email"] for i in identities if i["email"]}
        self._names = {(i["name_key"], i["postal_code"]) for i in identities if i["name_key"] and i["postal_code"]}
        self._by_email: dict[str, list[Suppression]] = {}
        self._by_name: dict[tuple[str, str], list[Suppression]] = {}
        self._pending: list[Suppression] = []
        for entry in _batch_candidates(session, identities):
            self._index(entry)

    def find(self, catalogue: Catalogue, channels: Sequence[str],
             identity: dict[str, str | None]) -> dict[str, Suppression | None]:
        """find_suppressions' answer, from what the batch knows (from the database for a person it did not expect:
        an entry released by an earlier message of the batch is flushed, and this message's own are on other
        channels)."""
        if not self._covers(identity):
            # Earlier messages' entries may still be pending (a batch written together flushes at its commit):
            # written first, so that the query sees them.
            self._session.flush()
            return find_suppressions(self._session, catalogue, channels, identity)
        candidates = [e for e in self._candidates(identity) if e.channel in channels]
        return _first_matches(catalogue, channels, identity, candidates)

    def _covers(self, identity: dict[str, str | None]) -> bool:
        email, name = identity["email"], (identity["name_key"], identity["postal_code"])
        return (not email or email in self._emails) and (None in name or name in self._names)

    def add(self, entry: Suppression) -> None:
        self._pending.append(entry)

    def settle(self, kept: bool) -> None:
        """After a message's savepoint: its entries are the batch's (released) or gone (rolled back)."""
        if kept:
            for entry in self._pending:
                self._index(entry)
        self._pending = []

    def _index(self, entry: Suppression) -> None:
        if entry.email:
            self._by_email.setdefault(entry.email.lower(), []).append(entry)
        if entry.name_key and entry.postal_code:
            self._by_name.setdefault((entry.name_key, entry.postal_code), []).append(entry)

    def _candidates(self, identity: dict[str, str | None]) -> list[Suppression]:
        # As _candidates: address matches first, then name-and-ZIP matches, each in id order (new entries last).
        email, key, zip_code = identity["email"], identity["name_key"], identity["postal_code"]
        pending_email = [e for e in self._pending if email and e.email and e.email.lower() == email]
        pending_name = [e for e in self._pending if key and zip_code and (e.name_key, e.postal_code) == (key, zip_code)]
        by_email = self._by_email.get(email, []) + pending_email if email else []
        by_name = self._by_name.get((key, zip_code), []) + pending_name if key and zip_code else []
        return by_email + by_name


def _batch_candidates(session: Session, identities: Sequence[dict[str, str | None]]) -> list[Suppression]:
    emails = sorted({i["email"] for i in identities if i["email"]})
    names = sorted({(i["name_key"], i["postal_code"]) for i in identities if i["name_key"] and i["postal_code"]})
    entries: list[Suppression] = []
    with session.no_autoflush:
        if emails:
            entries += session.scalars(select(Suppression).where(
                Suppression.active.is_(True), func.lower(Suppression.email).in_(emails)).order_by(Suppression.id))
        if names:
            entries += session.scalars(select(Suppression).where(
                Suppression.active.is_(True), Suppression.name_key.in_({k for k, _ in names}),
                Suppression.postal_code.in_({z for _, z in names})).order_by(Suppression.id))
    unique = {entry.id: entry for entry in entries}  # one row may match both ways
    return [unique[i] for i in sorted(unique)]


def identity_of(row: DecisionRow, message: InboundMessage) -> dict[str, str | None]:
    """Who is opting out: the e-mail address, plus name, street, ZIP and account when the sender gave them."""
    return identity_from(row.ack_to, message.sender, row.entities or {})


def identity_of_decision(decision: Decision, sender: str | None) -> dict[str, str | None]:
    """identity_of for a decision not recorded yet (the pipeline reads a batch's suppressions before writing)."""
    return identity_from(decision.ack_to, sender, {k: v for k, v in _entity_dict(decision).items() if v})


def identity_from(ack_to: str | None, sender: str | None, entities: dict) -> dict[str, str | None]:
    email = (ack_to or sender or "").strip().lower() or None
    name = entities.get("name")
    return {
        "email": email,
        "name": name,
        "name_key": name_key(name),
        "street": entities.get("street"),
        "postal_code": zip5(entities.get("postal_code")),
        "account": entities.get("account"),
    }


def find_suppression(session: Session, catalogue: Catalogue, channel: str,
                     identity: dict[str, str | None]) -> Suppression | None:
    """An active entry for the same person on this channel, or None.

    Same person means: the same e-mail address (case-insensitive) with no conflicting name, or the same normalised
    name at the same ZIP. Two people sharing one household address or one family e-mail stay two entries."""
    return find_suppressions(session, catalogue, (channel,), identity)[channel]


def find_suppressions(session: Session, catalogue: Catalogue, channels: Sequence[str],
                      identity: dict[str, str | None]) -> dict[str, Suppression | None]:
    """find_suppression for several channels at once: one query per way of matching, not one per channel."""
    with session.no_autoflush:  # no entry pending in this session can be this person's on these channels
        candidates = _candidates(session, channels, identity)
    return _first_matches(catalogue, channels, identity, candidates)


def _first_matches(catalogue: Catalogue, channels: Sequence[str], identity: dict[str, str | None],
                   candidates: list[Suppression]) -> dict[str, Suppression | None]:
    found: dict[str, Suppression | None] = dict.fromkeys(channels)
    for entry in candidates:  # address matches first, then name-and-ZIP matches, as find_suppression promises
        by_email = catalogue.channels[entry.channel].match == "email"
        if found[entry.channel] is None and _same_person(entry, identity, by_email):
            found[entry.channel] = entry
    return found


def _candidates(session: Session, channels: Sequence[str], identity: dict[str, str | None]) -> list[Suppression]:
    candidates: list[Suppression] = []
    if identity["email"]:
        candidates += session.scalars(select(Suppression).where(
            Suppression.channel.in_(channels), Suppression.active.is_(True),
            func.lower(Suppression.email) == identity["email"]).order_by(Suppression.id)).all()
    if identity["name_key"] and identity["postal_code"]:
        candidates += session.scalars(select(Suppression).where(
            Suppression.channel.in_(channels), Suppression.active.is_(True),
            Suppression.name_key == identity["name_key"],
            Suppression.postal_code == identity["postal_code"]).order_by(Suppression.id)).all()
    return candidates


def _same_person(entry: Suppression, identity: dict[str, str | None], by_email: bool) -> bool:
    if entry.name_key and identity["name_key"] and entry.name_key != identity["name_key"]:
        return False
    if entry.postal_code and identity["postal_code"] and entry.postal_code != identity["postal_code"]:
        return False
    if by_email or not identity["name_key"]:
        return bool(identity["email"] and entry.email == identity["email"])
    # Postal and partner lists go by name and address: an e-mail match alone could be a shared family address.
    return entry.name_key == identity["name_key"] or (entry.email == identity["email"] and not entry.name_key)


def name_key(name: str | None) -> str | None:
    if not name:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9 ]+", " ", ascii_name.lower()).split()
    return " ".join(words)[:200] or None


def zip5(postal_code: str | None) -> str | None:
    match = re.search(r"\b(\d{5})(?:-?\d{4})?\b", postal_code or "")
    return match.group(1) if match else None


def _set_status(session: Session, message: InboundMessage, status: str, actor: str) -> Applied:
    if message.status != status:
        audit(session, actor, "status", "inbound_message", message.id, message=message,
              before={"status": message.status}, after={"status": status})
        message.status = status
    return Applied(status=status)


def _entity_dict(decision: Decision) -> dict[str, str | None]:
    e = decision.entities
    return {"name": e.name, "postal_code": e.postal_code, "account": e.account, "street": e.street}


def _verdict(row: DecisionRow) -> dict:
    return {"automated": row.automated, "labels": sorted(row.labels), "review": row.review}


def _verdict_of(decision: Decision) -> dict:
    return {"automated": decision.automated, "labels": sorted(decision.labels), "review": decision.review}
