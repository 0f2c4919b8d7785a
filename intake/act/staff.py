"""What staff do from the review page: decide an item, answer a question, enter a phone or letter request.

Each function runs inside the caller's transaction and does everything or nothing. Deciding and answering claim the
review item first with a conditional UPDATE (... WHERE status = 'open'), after a SELECT ... FOR UPDATE on
PostgreSQL: a double-submitted form, or two reviewers on the same item, find it already closed and change nothing,
so no second acknowledgement is ever written. Staff verdicts go through actions.record_decision/apply_decision,
exactly like the bot's, so they have the same effects and the same audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.act.actions import apply_decision, find_suppression, name_key, open_review, record_decision, zip5
from intake.db import (ActionStatus, DecisionRow, InboundMessage, MessageStatus, RequestAction, ReviewItem,
                       ReviewKind, ReviewStatus, StaffUser, Suppression, audit)
from intake.send import ack, outgoing
from intake.settings import Settings
from intake.values import Decision, Entities, MailKind

VERDICTS = ("labels", "no_action", "automated", "not_a_request", "spam")
"""What staff can say about a message: these labels; a person wrote but asks nothing; a machine wrote it; a
person or company wrote it but it is not a request to us; spam (recorded as machine mail)."""
VERDICT_KINDS = {"automated": MailKind.MACHINE, "spam": MailKind.MACHINE, "not_a_request": MailKind.NOT_A_REQUEST}
MANUAL_SOURCES = ("phone", "letter")
STAFF_MODEL = "staff"


class StaffError(ValueError):
    """The request cannot be carried out as asked; the message is safe to show to the user."""


class AlreadyClosed(StaffError):
    """Someone (maybe this user, a moment ago) already closed the item."""


@dataclass(frozen=True)
class StaffOutcome:
    item_id: int
    status: str
    decision_id: int | None = None
    outbox_id: int | None = None
    suppressions: list[int] = field(default_factory=list)


# --- deciding ----------------------------------------------------------------------------------------------------


def decide_by_staff(
    session: Session, item: ReviewItem | int, *, labels: list[str] | tuple[str, ...], verdict: str,
    note: str | None, user: StaffUser | str, settings: Settings, now: datetime,
) -> StaffOutcome:
    """Record and carry out a staff verdict on a review item, close it, and plan the acknowledgement."""
    actor = _actor(user)
    if verdict not in VERDICTS:
        raise StaffError(f"unknown verdict {verdict!r}")
    chosen = settings.catalogue.ordered(labels) if verdict == "labels" else ()
    if verdict == "labels" and not chosen:
        raise StaffError("choose at least one label, or one of no action / automated / not a request / spam")
    item = _claim(session, item, actor, now, resolution=verdict if verdict != "labels" else ",".join(chosen))
    message = item.message
    decision = staff_decision(message, chosen, verdict)
    row = record_decision(session, message, decision, actor=actor, note=_clean_note(note))
    applied = apply_decision(session, message, row, settings=settings, now=now)
    outbox = _plan_ack(session, message, decision, settings=settings, now=now, actor=actor)
    session.flush()  # the ids the event and the caller name
    audit(session, actor, "review_closed", "review_item", item.id, message=message, before={"status": "open"},
          after={"status": "closed", "verdict": verdict, "labels": list(chosen), "decision_id": row.id,
                 "outbox_id": outbox.id if outbox else None, "note": row.note})
    return StaffOutcome(item.id, applied.status, row.id, outbox.id if outbox else None, list(applied.suppressions))


def staff_decision(message: InboundMessage, labels: tuple[str, ...], verdict: str) -> Decision:
    """The staff verdict as a Decision, carrying over what the bot found (address to answer, entities)."""
    bot = bot_row(message)
    kind = VERDICT_KINDS.get(verdict, MailKind.REQUEST)
    automated = kind != MailKind.REQUEST
    entities = (bot.entities if bot else None) or {}
    return Decision(
        kind=kind,
        automated=automated,
        labels=labels,
        review=False,
        ack_to=None if automated else ((bot.ack_to if bot else None) or message.sender),
        entities=Entities(**{k: entities.get(k) for k in ("name", "postal_code", "account", "street")}),
        confidence=1.0,
        reasons=(f"staff:{verdict}",),
        language=message.language or "en",
        model_version=STAFF_MODEL,
        evidence={"staff_verdict": verdict},
    )


def thread_references(message: InboundMessage) -> tuple[str, ...]:
    return tuple((message.thread_references or "").split())


def bot_row(message: InboundMessage) -> DecisionRow | None:
    """The bot's latest decision, else the latest of any."""
    rows = list(message.decisions)
    bots = [r for r in rows if r.decided_by == "bot"]
    return bots[-1] if bots else (rows[-1] if rows else None)


def _plan_ack(session: Session, message: InboundMessage, decision: Decision, *, settings: Settings,
              now: datetime, actor: str):
    """The acknowledgement a staff decision is owed, in the sender's thread (the thread headers were kept at
    receipt, so nothing is read back out of the stored mail)."""
    if decision.automated:
        return None
    if not message.reference:  # the pipeline always sets one; keep its format for rows made another way
        local = message.received_at.astimezone(ZoneInfo(settings.timezone))
        message.reference = f"{settings.ack.reference_prefix}-{local:%Y-%m}-{message.id:05d}"
    draft = outgoing.plan_ack(
        decision=decision, mail_subject=message.subject or "", mail_message_id=message.message_id,
        mail_references=thread_references(message), reference=message.reference,
        received_at=message.received_at, settings=settings, language=decision.language,
    )
    if draft is None:
        return None
    return outgoing.enqueue(session, draft, message=message, settings=settings, now=now, actor=actor)


# --- answering a question ------------------------------------------------------------------------------------------


def answer_question(
    session: Session, item: ReviewItem | int, *, body: str, user: StaffUser | str, settings: Settings,
    now: datetime,
) -> StaffOutcome:
    """Send the staff answer through the outbox, in the sender's thread, and close the question."""
    actor = _actor(user)
    text = (body or "").replace("\r\n", "\n").strip()
    if not text:
        raise StaffError("the answer is empty")
    if len(text) > 20_000:
        raise StaffError("the answer is too long (20,000 characters at most)")
    item = _claim(session, item, actor, now, resolution="answered")
    message = item.message
    bot = bot_row(message)
    recipient = (bot.ack_to if bot else None) or message.sender
    if not recipient or outgoing.clean_recipient(recipient) is None:
        raise StaffError("this message has no address to answer; close it without a reply instead")
    if item.kind != ReviewKind.QUESTION:
        raise StaffError("only questions are answered; decide this item instead")
    original = message.subject or ""
    language = message.language if message.language in ack.LANGUAGES else "en"
    subject = outgoing.reply_subject(original, message.reference, language) if message.reference else f"Re: {original}"
    row = outgoing.enqueue_mail(
        session, kind="reply", recipient=recipient, subject=subject, body=text,
        in_reply_to=message.message_id, references=thread_references(message), message=message,
        settings=settings, now=now, actor=actor,
    )
    _set_status(session, message, MessageStatus.DONE, actor)
    session.flush()  # the ids the event and the caller name
    audit(session, actor, "question_answered", "review_item", item.id, message=message, before={"status": "open"},
          after={"status": "closed", "outbox_id": row.id, "recipient": row.recipient})
    return StaffOutcome(item.id, "answered", outbox_id=row.id)


def close_without_reply(session: Session, item: ReviewItem | int, *, note: str | None, user: StaffUser | str,
                        now: datetime) -> StaffOutcome:
    """Close a question that needs no answer (answered by phone, or not a real question)."""
    actor = _actor(user)
    found = session.get(ReviewItem, item if isinstance(item, int) else item.id)
    if found is not None and found.kind != ReviewKind.QUESTION:
        raise StaffError("only questions are closed without a reply; decide this item instead")
    item = _claim(session, item, actor, now, resolution="closed_without_reply")
    _set_status(session, item.message, MessageStatus.DONE, actor)
    audit(session, actor, "review_closed", "review_item", item.id, message=item.message,
          before={"status": "open"}, after={"status": "closed", "resolution": "closed_without_reply",
                                            "note": _clean_note(note)})
    return StaffOutcome(item.id, "closed")


REOPENABLE = (MessageStatus.NOT_A_REQUEST, MessageStatus.AUTOMATED)
"""Mail the bot settled without asking anyone, which staff may put back in front of a person."""


def reopen(session: Session, message: InboundMessage | int, *, note: str | None, user: StaffUser | str,
           settings: Settings) -> ReviewItem:
    """Put mail the bot settled as not a request (or as machine mail) back in the queue, so that a person decides
    it with the usual form: the correction is a staff decision like any other, and the trail says who asked."""
    actor = _actor(user)
    if isinstance(message, int):
        found = session.get(InboundMessage, message)
        if found is None:
            raise StaffError("no such message")
        message = found
    before = str(message.status)
    # Claimed with a conditional update, as items are: two reviewers reopening at once open one item, not two.
    claimed = session.execute(
        update(InboundMessage)
        .where(InboundMessage.id == message.id, InboundMessage.status.in_(REOPENABLE))
        .values(status=MessageStatus.REVIEW)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        session.refresh(message)
        raise StaffError(f"only mail settled as {' or '.join(REOPENABLE)} can be reopened (this is {message.status})")
    session.refresh(message)
    item = open_review(session, message, ReviewKind.DECISION, settings=settings, labels=[])
    session.flush()  # the id the event and the caller name
    audit(session, actor, "review_reopened", "review_item", item.id, message=message, before={"status": before},
          after={"status": "review", "note": _clean_note(note)})
    return item


# --- manual entry (phone or letter) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ManualRequest:
    name: str | None
    email: str | None
    street: str | None
    postal_code: str | None
    account: str | None
    opt_outs: tuple[str, ...]
    received_on: date
    source: str


def enter_manual_request(session: Session, request: ManualRequest, *, user: StaffUser | str, settings: Settings,
                         now: datetime) -> list[RequestAction]:
    """A request received by phone or letter: the same clocks and suppressions as a mailed one, no message."""
    actor, catalogue = _actor(user), settings.catalogue
    identity = _manual_identity(request, settings, now)
    received_at = datetime.combine(request.received_on, time(12), ZoneInfo(settings.timezone))
    actions = []
    for kind in request.opt_outs:
        action = RequestAction(message_id=None, kind=kind, received_at=received_at,
                               due_date=catalogue.due_date(received_at, kind, settings.timezone), created_by=actor)
        session.add(action)
        if settings.shadow:
            action.status = ActionStatus.SHADOW
        else:
            _suppress(session, catalogue, action, identity, source=request.source, actor=actor, now=now)
        session.flush()
        audit(session, actor, "manual_request", "request_action", action.id,
              after={"kind": kind, "source": request.source, "status": action.status,
                     "received_on": request.received_on.isoformat(), "due_date": action.due_date.isoformat(),
                     **identity})
        actions.append(action)
    return actions


def _manual_identity(request: ManualRequest, settings: Settings, now: datetime) -> dict[str, str | None]:
    if request.source not in MANUAL_SOURCES:
        raise StaffError("source must be phone or letter")
    if not request.opt_outs or any(k not in settings.catalogue.opt_outs for k in request.opt_outs):
        raise StaffError("choose at least one opt-out")
    if request.received_on > now.astimezone(ZoneInfo(settings.timezone)).date():
        raise StaffError("the received date is in the future")
    email = (request.email or "").strip().lower() or None
    if email and outgoing.clean_recipient(email) is None:
        raise StaffError("the e-mail address is not valid")
    postal = zip5(request.postal_code)
    if request.postal_code and not postal:
        raise StaffError("the ZIP code needs five digits")
    name = (request.name or "").strip() or None
    if not email and not (name and postal):
        raise StaffError("give an e-mail address, or a name and a ZIP code, to know whom to suppress")
    return {"email": email, "name": name, "name_key": name_key(name), "street": (request.street or "").strip() or None,
            "postal_code": postal, "account": (request.account or "").strip() or None}


def _suppress(session: Session, catalogue, action: RequestAction, identity: dict[str, str | None], *, source: str,
              actor: str, now: datetime) -> None:
    created = []
    for channel in catalogue.channels_of(action.kind):
        existing = find_suppression(session, catalogue, channel, identity)
        if existing is not None:
            action.suppression_ids = [*(action.suppression_ids or []), existing.id]
            continue
        entry = Suppression(channel=channel, source=source, created_by=actor, effective_at=now, **identity)
        session.add(entry)
        session.flush()
        created.append(entry.id)
        action.suppression_ids = [*(action.suppression_ids or []), entry.id]
        audit(session, actor, "suppressed", "suppression", entry.id, after={"channel": channel, "source": source,
                                                                             **identity})
    action.status = ActionStatus.DONE if created else ActionStatus.ALREADY_SUPPRESSED
    action.effective_at = now


# --- helpers -------------------------------------------------------------------------------------------------------


def _claim(session: Session, item: ReviewItem | int, actor: str, now: datetime, *, resolution: str) -> ReviewItem:
    """Close the item if, and only if, it is still open; raise AlreadyClosed otherwise."""
    item_id = item if isinstance(item, int) else item.id
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(ReviewItem.id).where(ReviewItem.id == item_id).with_for_update())
    claimed = session.execute(
        update(ReviewItem)
        .where(ReviewItem.id == item_id, ReviewItem.status == ReviewStatus.OPEN)
        .values(status=ReviewStatus.CLOSED, closed_by=actor, closed_at=now, resolution=resolution[:500])
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        raise AlreadyClosed("this item was already closed")
    row = session.get(ReviewItem, item_id, populate_existing=True)
    assert row is not None
    return row


def _set_status(session: Session, message: InboundMessage, status: str, actor: str) -> None:
    if message.status != status:
        audit(session, actor, "status", "inbound_message", message.id, message=message,
              before={"status": message.status}, after={"status": status})
        message.status = status


def _actor(user: StaffUser | str) -> str:
    return user if isinstance(user, str) else user.name


def _clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    return text[:4000] or None
