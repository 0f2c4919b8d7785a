"""The `intake` command: load Settings once, wire the parts, and nothing else.

Exit codes: 0 success; 1 the command ran but something it names failed (a mailbox or the database could not be
reached, a file could not be read, the database has no schema yet); 2 a usage or config error, a broken rule file
or an unusable database URL (one line naming the file, the key or rule, and the problem). systemd's
RestartPreventExitStatus=2 relies on 2 meaning "restarting will not help".
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click

from intake.cli.support import CliState, IntakeGroup, accept_config_everywhere, get_settings
from intake.ops import logs
from intake.runtime import Runtime, settle_heap
from intake.settings import Settings


@click.group(cls=IntakeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """intake: reads the privacy mailboxes, decides what each sender wants, acts, answers once, keeps the record."""
    ctx.ensure_object(CliState)  # --config (accepted here and after every command) fills it in


def _runtime(settings: Settings, *, migrate: bool = True) -> Runtime:
    """The command's runtime (database, stored messages, the deciding side when asked), with logging set up."""
    logs.configure(settings.log_level)
    return Runtime.build(settings, migrate=migrate)


def _looking(settings: Settings) -> Runtime:
    """The runtime of a command that only reads: no migration, and one line if the schema is not there."""
    logs.configure(settings.log_level)
    return Runtime.read_only(settings)


@main.command()
@click.option("--once", is_flag=True, help="Run one cycle and exit (without it, repeat every poll interval).")
@click.pass_context
def poll(ctx: click.Context, once: bool) -> None:
    """Poll every configured mailbox, then send the acknowledgements that are due."""
    from intake.cli.output import print_cycle
    from intake.ops.cycle import run_cycle

    settings = get_settings(ctx)
    if not settings.mailboxes:
        raise click.UsageError(f"{settings.source}: no [[mailbox]] is configured")
    ctx = _runtime(settings).context()
    settle_heap()
    while True:
        report = run_cycle(ctx)
        print_cycle(report)
        if once:
            sys.exit(1 if report.errors else 0)
        time.sleep(min(m.poll_seconds for m in settings.mailboxes))


@main.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Run the daemon: scheduled polling (and IDLE), the outbox, the weekly report, housekeeping, /metrics."""
    from intake.ops.daemon import Daemon
    from intake.web.serve import serve_in_thread

    settings = get_settings(ctx)
    if not settings.mailboxes:
        raise click.UsageError(f"{settings.source}: no [[mailbox]] is configured")
    # No migration here: a database that is down at start is waited for by the daemon, with backoff, instead of
    # exiting into a restart loop.
    runtime = _runtime(settings, migrate=False)
    daemon = Daemon(runtime)
    settle_heap()
    server = serve_in_thread(runtime, daemon.metrics)
    code = daemon.run_forever(engine=runtime.engine)
    server.stop()
    sys.exit(code)


@main.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """A human summary: mailboxes, backlogs and the last errors. Exits 1 when a mailbox is failing."""
    from intake.ops.health import format_status, read_status

    settings = get_settings(ctx)
    current = read_status(_looking(settings).sessions, settings)
    click.echo(format_status(current))
    sys.exit(0 if current.healthy else 1)


@main.command()
@click.argument("ident")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory to write into.")
@click.pass_context
def evidence(ctx: click.Context, ident: str, out_dir: str) -> None:
    """Write the proof for one request (by Message-ID or reference): raw .eml, decision, actions, ack, audit."""
    from intake.act.evidence import EvidenceNotFound, write_evidence

    runtime = _looking(get_settings(ctx, required=False))
    with runtime.sessions() as session:
        try:
            written = write_evidence(session, ident, Path(out_dir), runtime.store)
        except EvidenceNotFound as exc:
            raise click.ClickException(str(exc)) from None
    for path in written:
        click.echo(path)


@main.command()
@click.option("--dir", "directory", default="demo", show_default=True, type=click.Path(file_okay=False),
              help="Where the demo's database, mailboxes and outbox are created (replaced if present).")
def demo(directory: str) -> None:
    """Build a local demo (SQLite, Maildir mailboxes with sample mail, a pickup outbox), process it, summarise."""
    from intake.cli.demo import run_demo

    run_demo(Path(directory))


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Run the Alembic migrations to head."""
    settings = get_settings(ctx, required=False)
    _runtime(settings)
    click.echo(f"database at head: {settings.database.url.split('@')[-1]}")


@main.group()
def export() -> None:
    """Export records for the marketing systems, the catalog partners and auditors."""


@export.command("requests")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only messages received on or after.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", type=click.File("w"), default="-", help="Output file (default: standard output).")
@click.pass_context
def export_requests(ctx: click.Context, since: datetime | None, fmt: str, out) -> None:
    """One row per recorded message: what came in, what was decided and done, and the acknowledgement."""
    from intake.act.export import request_fields, request_rows, write_rows

    settings = get_settings(ctx, required=False)
    with _looking(settings).sessions() as session:
        write_rows(request_rows(session, _since(since), settings), fmt, out, request_fields(settings.catalogue))


@export.command("suppressions")
@click.option("--kind", required=True, metavar="CHANNEL",
              help="A suppression channel of the label catalogue, e.g. marketing_email, marketing_postal, catalog_share.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="csv", show_default=True)
@click.option("--out", type=click.File("w"), default="-")
@click.pass_context
def export_suppressions(ctx: click.Context, kind: str, since: datetime | None, fmt: str, out) -> None:
    """The active suppression entries of one channel: the feed for marketing systems and catalog partners."""
    from intake.act.export import SUPPRESSION_FIELDS, suppression_rows, write_rows

    settings = get_settings(ctx, required=False)
    if kind not in settings.catalogue.channels:
        raise click.BadParameter(f"{kind!r} is not one of {', '.join(settings.catalogue.channels)}", param_hint="--kind")
    with _looking(settings).sessions() as session:
        write_rows(suppression_rows(session, kind, _since(since)), fmt, out, SUPPRESSION_FIELDS)


def _since(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=timezone.utc) if value else None


def _register_optional_commands() -> None:
    """Commands whose modules pull in heavy libraries are imported here, once, so `intake --help` lists them."""
    from intake.cli.model import classify_command, eval_command, replay_command, train_command
    from intake.cli.outbox import outbox_group
    from intake.cli.reconcile import reconcile_command
    from intake.cli.report import report_group
    from intake.cli.web import users_group, web_command

    for command in (classify_command, eval_command, train_command, replay_command, report_group, web_command,
                    users_group, outbox_group, reconcile_command):
        main.add_command(command)
    # The demo builds its own config in its folder: a --config after it would be accepted and ignored.
    accept_config_everywhere(main, skip=frozenset({"demo"}))


_register_optional_commands()


if __name__ == "__main__":  # pragma: no cover
    main()

