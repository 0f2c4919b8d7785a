"""Tables the commands print."""

from __future__ import annotations

import click

from intake.ops.cycle import CycleReport


def print_cycle(report: CycleReport) -> None:
    rows = [(r.mailbox, r.fetched, r.recorded, r.skipped, r.moved, r.error or "ok") for r in report.mailboxes]
    print_table(("mailbox", "fetched", "recorded", "already done", "moved", "state"), rows)
    held = f", {report.held} held (the relay is unavailable)" if report.held else ""
    click.echo(f"acknowledgements: {report.sent} sent, {report.retried} to retry, {report.failed} failed{held}")


def print_table(header: tuple, rows: list[tuple]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    line = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    click.echo(line.format(*header))
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo(line.format(*row))
