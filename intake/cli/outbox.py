"""`intake outbox requeue`: failed acknowledgements back to the queue, for staff, audited."""

from __future__ import annotations

import getpass
from datetime import datetime, timezone

import click

from intake.cli.support import get_settings


@click.group("outbox")
def outbox_group() -> None:
    """The outgoing mail queue (acknowledgements, staff answers, reports)."""


@outbox_group.command("requeue")
@click.option("--failed-since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]), default=None,
              help="Only rows that failed on or after this UTC date (or date and time). Default: every failed row.")
@click.option("--include-unknown", is_flag=True,
              help="Also rows that may already have been delivered (\"unknown: ...\"): check the relay's log first.")
@click.option("--by", "who", default=None, help="Who is requeueing, for the audit trail. Default: the login name.")
@click.pass_context
def requeue(ctx: click.Context, failed_since: datetime | None, include_unknown: bool, who: str | None) -> None:
    """Put failed outbox rows back to pending (due now, attempts counted afresh); every row and the run audited."""
    from intake.runtime import Runtime
    from intake.send.requeue import requeue_failed

    settings = get_settings(ctx)
    actor = f"cli:{who or getpass.getuser()}"[:64]
    since = failed_since.replace(tzinfo=timezone.utc) if failed_since else None
    runtime = Runtime.build(settings)
    try:
        done = requeue_failed(runtime.sessions, actor=actor, failed_since=since, include_unknown=include_unknown)
    finally:
        runtime.close()
    click.echo(f"requeued {len(done.ids)} failed row(s) as {actor}")
    if done.skipped_unknown:
        click.echo(f"left {len(done.skipped_unknown)} row(s) that may have been delivered (unknown): "
                   f"{', '.join(map(str, done.skipped_unknown[:20]))}; see --include-unknown", err=True)
