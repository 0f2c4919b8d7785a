"""`intake report weekly`: the weekly report on demand, as HTML, JSON or CSV, and optionally mailed.

The lead registers the group in intake/cli.py with `main.add_command(report_group)`.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from intake.cli.support import EXIT_CONFIG, get_settings


@click.group("report")
def report_group() -> None:
    """Reports for the privacy team and its compliance officer."""


@report_group.command("weekly")
@click.option("--week", metavar="YYYY-Www", default=None,
              help="ISO week, e.g. 2026-W47. Default: the last complete week in the configured time zone.")
@click.option("--format", "fmt", type=click.Choice(["html", "json", "csv"]), default="html", show_default=True,
              help="html: the report page; json: its figures; csv: the week's requests, one row each.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--send", is_flag=True,
              help="Also store the report and mail it to report.recipients (even if it was sent before).")
@click.pass_context
def weekly(ctx: click.Context, week: str | None, fmt: str, out: Path | None, send: bool) -> None:
    """Build the weekly report for one ISO week."""
    from intake.db import transaction, utcnow
    from intake.report import weekly as report
    from intake.runtime import Runtime

    settings = get_settings(ctx)
    if week is not None:
        try:
            report.parse_week(week, settings.timezone)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--week") from None
    if send and not settings.report.recipients:
        click.echo(f"intake: config error: {settings.source}: report.recipients: no recipient to send to", err=True)
        raise SystemExit(EXIT_CONFIG)
    # Without --send it only looks: it must not migrate (or create) the database it reads.
    runtime = Runtime.build(settings) if send else Runtime.read_only(settings)
    try:
        now = utcnow()
        with transaction(runtime.sessions) as session:
            data = report.build_weekly(session, week, settings=settings, now=now)
            chart = report.trend_chart(data["trend"], data["kinds"])
            html = report.render_html(data, chart)
            text = {
                "html": lambda: html,
                "json": lambda: json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                "csv": lambda: report.render_csv(session, data["week"], settings, now=now),
            }[fmt]()
            queued = []
            if send:
                report.store(session, data["week"], data, html)
                queued = report.send(session, data["week"], settings=settings, now=now, data=data, chart=chart)
    finally:
        runtime.close()
    _write(text, out)
    if send:
        click.echo(f"report {data['week']} queued for {', '.join(row.recipient for row in queued)}", err=True)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        click.echo(text, nl=False)
        return
    # CSV gets a BOM so that Excel, which the compliance office opens it with, reads UTF-8 names correctly.
    out.write_text(text, encoding="utf-8-sig" if out.suffix.lower() == ".csv" else "utf-8", newline="")
