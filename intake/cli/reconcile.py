"""`intake reconcile`: after restoring a backup, record the mail in the processed and review folders that the
database no longer knows, without answering anyone twice (intake/ops/reconcile.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from intake.cli.support import EXIT_FAILED, fail, get_settings


@click.command("reconcile")
@click.option("--dry-run", is_flag=True, help="Count what would be recorded; write nothing.")
@click.option("--sent-log", "other_logs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Another host's sent log, read with [smtp] sent_log (repeat for each host).")
@click.option("--wait", "wait_seconds", type=float, default=120.0, show_default=True,
              help="How long to wait for a running poll to let go of a mailbox.")
@click.pass_context
def reconcile_command(ctx: click.Context, dry_run: bool, other_logs: tuple[Path, ...], wait_seconds: float) -> None:
    """Record the mail of the processed and review folders that the database does not know (after a restore)."""
    from intake.ops import logs
    from intake.ops.reconcile import Busy, reconcile
    from intake.runtime import Runtime

    settings = get_settings(ctx)
    if not settings.mailboxes:
        raise click.UsageError(f"{settings.source}: no [[mailbox]] is configured")
    logs.configure(settings.log_level)
    runtime = Runtime.build(settings)
    try:
        result = reconcile(runtime.context(), sent_log=settings.smtp.sent_log, other_logs=other_logs,
                           dry_run=dry_run, wait_seconds=wait_seconds)
    except (Busy, FileNotFoundError) as exc:
        fail(EXIT_FAILED, str(exc))
    finally:
        runtime.close()
    _print(result, dry_run, settings.smtp.sent_log)
    sys.exit(EXIT_FAILED if result.errors else 0)


def _print(result, dry_run: bool, sent_log) -> None:
    verb = "would record" if dry_run else "recorded"
    for f in result.folders:
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(f.statuses.items()))
        line = f"{f.mailbox}/{f.folder}: {f.seen} in the folder, {f.known} known, {verb} {f.recorded}"
        click.echo(line + (f" ({statuses})" if statuses else "") + (f"; ERROR {f.error}" if f.error else ""))
    source = f"sent log {sent_log} ({result.sent_log_lines} lines)" if result.sent_log_lines is not None else \
        "no sent log"
    acks = ", ".join(f"{k} {v}" for k, v in sorted(result.acks.items())) or "none"
    click.echo(f"acknowledgements ({source}): {acks}")
    if result.outbox:
        settled = ", ".join(f"{k} {v}" for k, v in sorted(result.outbox.items()))
        click.echo(f"outbox rows the backup held as unsent, settled from the sent log: {settled}")
    for line in result.for_staff:
        click.echo(f"for staff: {line}")
