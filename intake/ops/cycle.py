"""One polling cycle over every mailbox, then the outbox: what `intake poll --once` and the demo run."""

from __future__ import annotations

from dataclasses import dataclass, field

import click
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from intake.send import outbox
from intake.db import DecisionRow, InboundMessage, OutboxMessage
from intake.pipeline import Classifies, Context, PollResult, poll_mailbox
from intake.settings import Settings


@dataclass
class CycleReport:
    mailboxes: list[PollResult] = field(default_factory=list)
    sent: int = 0
    failed: int = 0
    retried: int = 0

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.mailboxes if r.error]


def run_cycle(settings: Settings, sessions: sessionmaker[Session], classifier: Classifies) -> CycleReport:
    ctx = Context(settings=settings, sessions=sessions, classifier=classifier)
    report = CycleReport(mailboxes=[poll_mailbox(box, ctx) for box in settings.mailboxes])
    if not settings.shadow:
        _drain_outbox(settings, sessions, report)
    return report


def _drain_outbox(settings: Settings, sessions: sessionmaker[Session], report: CycleReport, batch: int = 100) -> None:
    """Send everything that is due, a batch of claims at a time (a claim is a lease: small batches keep what a
    crash strands small). Retried rows are not due again within this cycle, so the loop ends."""
    while True:
        result = outbox.send_due(sessions, settings, limit=batch)
        report.sent, report.failed, report.retried = (report.sent + result.sent, report.failed + result.failed,
                                                      report.retried + result.retried)
        if result.sent + result.failed + result.retried < batch:
            return


def print_cycle(report: CycleReport) -> None:
    rows = [(r.mailbox, r.fetched, r.recorded, r.skipped, r.moved, r.error or "ok") for r in report.mailboxes]
    print_table(("mailbox", "fetched", "recorded", "already done", "moved", "state"), rows)
    click.echo(f"acknowledgements: {report.sent} sent, {report.retried} to retry, {report.failed} failed")


SUMMARY_COLUMNS = ("mailbox", "received", "automated", "opt-outs", "questions", "to review", "acknowledged")


def mailbox_summary(session: Session) -> list[tuple]:
    """Per mailbox, from the records: the figures the demo prints."""
    latest = (select(DecisionRow.message_id, func.max(DecisionRow.id).label("id"))
              .group_by(DecisionRow.message_id).subquery())
    rows = session.execute(
        select(InboundMessage.mailbox, InboundMessage.status, DecisionRow.labels, DecisionRow.automated)
        .outerjoin(latest, latest.c.message_id == InboundMessage.id)
        .outerjoin(DecisionRow, DecisionRow.id == latest.c.id)
    ).all()
    acked = dict(session.execute(
        select(InboundMessage.mailbox, func.count()).join(OutboxMessage, OutboxMessage.message_id == InboundMessage.id)
        .where(OutboxMessage.status == "sent", OutboxMessage.kind == "ack").group_by(InboundMessage.mailbox)
    ).all())
    table: dict[str, list[int]] = {}
    for mailbox, status, labels, automated in rows:
        counts = table.setdefault(mailbox, [0, 0, 0, 0, 0])
        labels = labels or []
        counts[0] += 1
        counts[1] += bool(automated)
        counts[2] += status != "duplicate" and any(lb.endswith("opt_out") for lb in labels)
        counts[3] += status != "duplicate" and "question" in labels
        counts[4] += status in ("review", "shunted")
    return [(name, *counts, acked.get(name, 0)) for name, counts in sorted(table.items())]


def print_table(header: tuple, rows: list[tuple]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    line = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    click.echo(line.format(*header))
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo(line.format(*row))
