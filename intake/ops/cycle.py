"""One polling cycle over every mailbox, then the outbox: what `intake poll --once` and the demo run."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from intake.send import outbox
from intake.catalogue import Catalogue
from intake.db import DecisionRow, InboundMessage, OutboxKind, OutboxMessage, OutboxStatus
from intake.pipeline import Context, PollResult, poll_mailbox
from intake.settings import Settings


@dataclass
class CycleReport:
    mailboxes: list[PollResult] = field(default_factory=list)
    sent: int = 0
    failed: int = 0
    retried: int = 0
    held: int = 0
    """Acknowledgements held back without an attempt: the relay could not take mail (see send/breaker.py)."""

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.mailboxes if r.error]


def run_cycle(ctx: Context) -> CycleReport:
    """Every mailbox once, then every acknowledgement that is due."""
    report = CycleReport(mailboxes=[poll_mailbox(box, ctx) for box in ctx.settings.mailboxes])
    if not ctx.settings.shadow:
        _drain_outbox(ctx.settings, ctx.sessions, report)
    return report


def _drain_outbox(settings: Settings, sessions: sessionmaker[Session], report: CycleReport, batch: int = 100) -> None:
    """Send everything that is due, a batch of claims at a time (a claim is a lease: small batches keep what a
    crash strands small). Retried rows are not due again within this cycle, so the loop ends."""
    while True:
        result = outbox.send_due(sessions, settings, limit=batch)
        report.sent, report.failed, report.retried = (report.sent + result.sent, report.failed + result.failed,
                                                      report.retried + result.retried)
        report.held += result.held
        if result.sent + result.failed + result.retried < batch:
            return


SUMMARY_COLUMNS = ("mailbox", "received", "automated", "opt-outs", "questions", "to review", "acknowledged")


def mailbox_summary(session: Session, catalogue: Catalogue) -> list[tuple]:
    """Per mailbox, from the records: the figures the demo prints (opt-outs and questions as the catalogue says)."""
    opt_outs, for_staff = set(catalogue.opt_outs), set(catalogue.for_staff)
    latest = (select(DecisionRow.message_id, func.max(DecisionRow.id).label("id"))
              .group_by(DecisionRow.message_id).subquery())
    rows = session.execute(
        select(InboundMessage.mailbox, InboundMessage.status, DecisionRow.labels, DecisionRow.automated)
        .outerjoin(latest, latest.c.message_id == InboundMessage.id)
        .outerjoin(DecisionRow, DecisionRow.id == latest.c.id)
    ).all()
    acked = dict(session.execute(
        select(InboundMessage.mailbox, func.count()).join(OutboxMessage, OutboxMessage.message_id == InboundMessage.id)
        .where(OutboxMessage.status == OutboxStatus.SENT, OutboxMessage.kind == OutboxKind.ACK)
        .group_by(InboundMessage.mailbox)
    ).all())
    table: dict[str, list[int]] = {}
    for mailbox, status, labels, automated in rows:
        counts = table.setdefault(mailbox, [0, 0, 0, 0, 0])
        labels = labels or []
        counts[0] += 1
        counts[1] += bool(automated)
        counts[2] += status != "duplicate" and bool(opt_outs.intersection(labels))
        counts[3] += status != "duplicate" and bool(for_staff.intersection(labels))
        counts[4] += status in ("review", "shunted")
    return [(name, *counts, acked.get(name, 0)) for name, counts in sorted(table.items())]
