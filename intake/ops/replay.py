"""Replay: re-decide stored mail with candidate rules or a candidate model, and say what would change.

A compliance officer who edits rules/ (or a developer with a new model) runs the candidate over real history
before it goes live (`intake train --replay-since` shows the same for a model it has just written): every stored
message received since a date is parsed again from its raw bytes, with the pipeline's own limits, and decided by
the candidate; the result is compared with what the bot recorded then.
Nothing is written: replay reads the database and the message store, and changes neither.

An outcome is one word per decision, the same for the recorded row and the new Decision, and the same names the
weekly report counts under (Catalogue.outcome):

    automated         settled as machine mail          not_a_request   settled as not a request
    review            left for staff                   <labels>        decided, e.g. marketing_opt_out+question
    no_action         a person wrote but asked nothing

Where staff later decided the message, their outcome is shown beside the change: it says which side was right.
The comparison is with what the bot recorded at the time, under the rules and model live then; entities and the
acknowledgement address are not compared.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session, noload, sessionmaker

from intake.catalogue import Catalogue
from intake.db import DecisionRow, InboundMessage
from intake.mail.store import MessageStore
from intake.values import Decision, MailKind

BATCH = 256
"""Messages decided at once (the decider batches the spaCy pipelines)."""


@dataclass(frozen=True)
class Change:
    message_id: int
    reference: str | None
    mailbox: str
    sender: str | None
    subject: str | None
    received_at: datetime
    before: str
    after: str
    staff: str | None
    """What staff decided on this message, if they did."""
    reasons: tuple[str, ...]
    """The candidate's reasons."""
    rule_hits: tuple[dict, ...]
    """The candidate's rule hits (rule, label, text, where, status)."""

    def as_json(self) -> dict[str, Any]:
        return {"message_id": self.message_id, "reference": self.reference, "mailbox": self.mailbox,
                "sender": self.sender, "subject": self.subject, "received_at": self.received_at.isoformat(),
                "before": self.before, "after": self.after, "staff": self.staff, "reasons": list(self.reasons),
                "rule_hits": list(self.rule_hits)}


@dataclass
class ReplayResult:
    model_version: str
    since: datetime
    until: datetime | None = None
    replayed: int = 0
    undecided: int = 0
    """Messages with no decision of the bot's (shunted before deciding, entered by hand): nothing to compare."""
    unreadable: int = 0
    """Messages whose bytes are gone (purged after the retention period): not replayed."""
    changes: list[Change] = field(default_factory=list)

    @property
    def counts(self) -> Counter[tuple[str, str]]:
        return Counter((c.before, c.after) for c in self.changes)

    def as_json(self) -> dict[str, Any]:
        return {"model_version": self.model_version, "since": self.since.isoformat(),
                "until": self.until.isoformat() if self.until else None, "replayed": self.replayed,
                "undecided": self.undecided, "unreadable": self.unreadable, "changed": len(self.changes),
                "counts": [{"before": b, "after": a, "messages": n} for (b, a), n in sorted(self.counts.items())],
                "changes": [c.as_json() for c in self.changes]}


def outcome_of_row(row: Any, catalogue: Catalogue) -> str:
    """The outcome of a recorded decision (a DecisionRow, or the fields of one)."""
    return _kept("+".join(catalogue.outcome(automated=row.automated,
                                            not_a_request=row.mail_kind == MailKind.NOT_A_REQUEST,
                                            review=row.review, labels=row.labels or ())), row.keep_channels)


def outcome_of_decision(decision: Decision, catalogue: Catalogue) -> str:
    return _kept("+".join(catalogue.outcome(automated=decision.automated,
                                            not_a_request=decision.kind == MailKind.NOT_A_REQUEST,
                                            review=decision.review, labels=decision.labels)), decision.keep_channels)


def _kept(outcome: str, kept: Any) -> str:
    """A channel limit changes what is suppressed: "marketing_opt_out (keeps marketing_postal)"."""
    return f"{outcome} (keeps {', '.join(kept)})" if kept else outcome


def replay(sessions: sessionmaker[Session], store: MessageStore, decider: Any, *, since: datetime,
           until: datetime | None = None) -> ReplayResult:
    """Re-decide every message received in [since, until) and collect the decisions that would change.

    A page of messages at a time, each in a session of its own, keyed on (received_at, id): a long history is
    never held in memory, and no read transaction stays open for the whole run."""
    result = ReplayResult(decider.model_version, since, until)
    after: tuple[datetime, int] | None = None
    while True:
        with sessions() as session:
            page = _page(session, since, until, after)
            if not page:
                return result
            after = (page[-1].received_at, page[-1].id)
            rows = _decision_rows(session, [m.id for m in page])
            found = [(m, store.mail_of(session, m)) for m in page]
        readable = [(m, mail) for m, mail in found if mail is not None]
        result.unreadable += len(found) - len(readable)
        decisions = decider.classify_many([mail for _, mail in readable]) if readable else []
        for (message, _), decision in zip(readable, decisions):
            recorded = rows.get(message.id, [])
            if not any(r.decided_by == "bot" for r in recorded):
                result.undecided += 1  # shunted before deciding, or entered by hand: nothing to compare with
                continue
            result.replayed += 1
            change = _change(message, recorded, decision, decider.tools.catalogue)
            if change is not None:
                result.changes.append(change)


def _page(session: Session, since: datetime, until: datetime | None,
          after: tuple[datetime, int] | None) -> list[InboundMessage]:
    query = (select(InboundMessage).options(noload(InboundMessage.decisions))
             .where(InboundMessage.received_at >= since, InboundMessage.duplicate_of_id.is_(None)))
    if until is not None:
        query = query.where(InboundMessage.received_at < until)
    if after is not None:
        query = query.where(tuple_(InboundMessage.received_at, InboundMessage.id) > after)
    return list(session.scalars(query.order_by(InboundMessage.received_at, InboundMessage.id).limit(BATCH)))


@dataclass(frozen=True)
class _Recorded:
    decided_by: str
    automated: bool
    mail_kind: str
    review: bool
    labels: tuple[str, ...]
    keep_channels: tuple[str, ...] = ()


def _decision_rows(session: Session, ids: list[int]) -> dict[int, list[_Recorded]]:
    """What was decided on each message, oldest first: only the fields an outcome is made of."""
    rows: dict[int, list[_Recorded]] = {}
    query = (select(DecisionRow.message_id, DecisionRow.decided_by, DecisionRow.automated, DecisionRow.mail_kind,
                    DecisionRow.review, DecisionRow.labels, DecisionRow.keep_channels)
             .where(DecisionRow.message_id.in_(ids)).order_by(DecisionRow.id))
    for message_id, by, automated, kind, review, labels, kept in session.execute(query):
        rows.setdefault(message_id, []).append(_Recorded(by, automated, kind, review, tuple(labels or ()),
                                                         tuple(kept or ())))
    return rows


def _change(message: InboundMessage, recorded: list[_Recorded], decision: Decision,
            catalogue: Catalogue) -> Change | None:
    bot = [r for r in recorded if r.decided_by == "bot"]
    before, after = outcome_of_row(bot[-1], catalogue), outcome_of_decision(decision, catalogue)
    if before == after:
        return None
    staff = [r for r in recorded if r.decided_by != "bot"]
    return Change(message.id, message.reference, message.mailbox, message.sender, message.subject,
                  message.received_at, before, after, outcome_of_row(staff[-1], catalogue) if staff else None,
                  tuple(decision.reasons), tuple(decision.evidence.get("rule_hits", ())))


def format_result(result: ReplayResult, *, details: bool = True) -> list[str]:
    """The diff as people read it: counts by before -> after, then each changed message with its evidence."""
    window = f"since {result.since.isoformat()}" + (f" until {result.until.isoformat()}" if result.until else "")
    lines = [f"replayed {result.replayed} messages received {window} with model {result.model_version}: "
             f"{len(result.changes)} would be decided differently"
             + (f" ({result.unreadable} not replayed: raw bytes purged)" if result.unreadable else "")
             + (f" ({result.undecided} never decided by the bot: not compared)" if result.undecided else "")]
    if result.changes:
        width = max(len(b) for b, _ in result.counts)
        lines += ["", f"{'before':<{width}}  ->  after  (messages)"]
        lines += [f"{b:<{width}}  ->  {a}  ({n})" for (b, a), n in sorted(result.counts.items())]
    if details:
        for c in result.changes:
            staff = f"; staff decided {c.staff}" if c.staff else ""
            lines += ["", f"#{c.message_id} {c.reference or ''} {c.mailbox} {c.received_at.isoformat()} from "
                          f"{c.sender or '?'}: {c.before} -> {c.after}{staff}",
                      f"  subject: {(c.subject or '')[:100]!r}"]
            lines += [f"  why: {reason}" for reason in c.reasons]
            lines += [f"  hit: {h.get('rule')} {h.get('status', '')} {h.get('text', '')[:80]!r} ({h.get('source')})"
                      for h in c.rule_hits]
    return lines
