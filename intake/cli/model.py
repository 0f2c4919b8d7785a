"""The model commands: `intake classify`, `intake eval`, `intake train`, `intake replay`.

Standalone click commands; intake/cli/__init__.py adds them to the main group (and their --config option). They
read the config every other command reads (--config, then $INTAKE_CONFIG, then ./intake.toml), and the defaults
when there is none. None of them touches the network; `replay` and `train --from-db` / `--replay-since` read the
database and change nothing in it, not even the schema (a database without it is named, and the command stops).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from intake.cli.support import get_settings
from intake.runtime import Runtime, load_decider
from intake.settings import Settings


def _settings(ctx: click.Context) -> Settings:
    return get_settings(ctx, required=False)


def _classifier(settings: Settings):
    try:
        return load_decider(settings)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("classify")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.pass_context
def classify_command(ctx: click.Context, files: tuple[str, ...], as_json: bool) -> None:
    """Classify .eml files offline: no database, no network."""
    from intake.mail.parse import parse

    settings = _settings(ctx)
    classifier = _classifier(settings)
    names, mails, failed = [], [], False
    for name in files:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            click.echo(f"intake classify: {name}: cannot read: {exc.strerror or exc}", err=True)
            failed = True
            continue
        names.append(name)
        mails.append(parse(data, max_bytes=settings.classifier.max_message_bytes))
    decisions = classifier.classify_many(mails) if mails else []
    if as_json:
        for name, decision in zip(names, decisions):
            click.echo(json.dumps(decision.contract(name), ensure_ascii=False))
    else:
        _print_table(names, decisions)
    if failed:
        sys.exit(1)


def _print_table(names: list[str], decisions: list) -> None:
    rows = [("file", "automated", "labels", "review", "conf", "ack_to", "name", "zip", "account")]
    for name, d in zip(names, decisions):
        e = d.entities
        rows.append((name, "yes" if d.automated else "no", ",".join(d.labels) or "-", "REVIEW" if d.review else "-",
                     f"{d.confidence:.2f}", d.ack_to or "-", e.name or "-", e.postal_code or "-", e.account or "-"))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())
    for name, d in zip(names, decisions):
        click.echo(f"\n{name}: " + "; ".join(d.reasons))


@click.command("eval")
@click.argument("directory", required=False, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--split", type=click.Choice(["locked", "train"]), default=None,
              help="Score a split of models/corpora/splits.json instead of one folder (locked: held-a, held-b and "
                   "the locked part of ../shared/corpus-train when it is there).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures (and the failing files) as JSON.")
@click.option("--details", is_flag=True, help="Also list the messages sent to review and entity misses.")
@click.option("--cross-validate", "cross_validate", is_flag=True,
              help="Score the training sets instead, each decided by a model trained without it (a few minutes), "
                   "and list the decisions that are not right.")
@click.option("--set", "sets", multiple=True, metavar="NAME",
              help="With --cross-validate: leave out and score only this training set (repeatable).")
@click.option("--threshold", "threshold_pairs", multiple=True, metavar="NAME=VALUE",
              help="With --cross-validate: a threshold other than the installed model's (repeatable).")
@click.option("--show", default="critical,wrong,deferred,machine", show_default=True,
              help="With --cross-validate: which verdicts to list (comma-separated; 'none' lists nothing).")
@click.pass_context
def eval_command(ctx: click.Context, directory: Path | None, split: str | None, as_json: bool, details: bool,
                 cross_validate: bool, sets: tuple[str, ...], threshold_pairs: tuple[str, ...], show: str) -> None:
    """Score the deciding side on labelled mail (manifest.jsonl + .eml files)."""
    from intake.decide import evaluate as ev
    from intake.decide.train import CORPORA

    if cross_validate:
        if directory is not None or split is not None:
            raise click.UsageError("--cross-validate scores the training sets: give no folder or --split")
        _cross_validate(_settings(ctx), sets, threshold_pairs, set(show.split(",")), as_json)
        return
    if (directory is None) == (split is None):
        raise click.UsageError("give a folder or --split, not both")
    if directory is not None and not (directory / "manifest.jsonl").exists():
        raise click.UsageError(f"{directory}: no manifest.jsonl")
    settings = _settings(ctx)
    classifier = _classifier(settings)
    folders = [(str(directory), directory, None)] if directory is not None else \
        ev.split_folders(CORPORA, CORPORA.parents[2] / "shared", split)
    reports = [(name, ev.evaluate(path, classifier, settings.classifier.max_message_bytes, files))
               for name, path, files in folders]
    report = ev.merge([r for _, r in reports]) if len(reports) > 1 else reports[0][1]
    if as_json:
        out = {"model_version": classifier.model_version, **report.figures(), "details": report.details()}
        if len(reports) > 1:
            out["folders"] = {name: r.figures() for name, r in reports}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    click.echo(f"model {classifier.model_version} on {', '.join(name for name, _ in reports)}\n")
    click.echo(ev.format_table(report))
    if details:
        for title, items in (("review", report.reviewed), ("entities", report.entity_misses),
                             ("acknowledgement", report.ack_misses)):
            click.echo(f"\n{title}:")
            for item in items:
                click.echo(f"  {item}")


def _cross_validate(settings: Settings, sets: tuple[str, ...], pairs: tuple[str, ...], show: set[str],
                    as_json: bool) -> None:
    from intake.decide import crossval

    base = _classifier(settings).tools.thresholds
    try:
        thresholds = crossval.parse_thresholds(base, pairs)
        report = crossval.run(settings, thresholds, sets, say=lambda m: click.echo(f"  {m}", err=True))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    rows = [r for r in report.rows if r.verdict in show]
    if as_json:
        click.echo(json.dumps({"thresholds": thresholds.as_dict(), **report.figures, "sets": report.per_set,
                               "messages": [r.as_dict() for r in rows]}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row.verdict:9} {row.name}  expected {row.expected}, got {row.got}")
        for reason in row.reasons:
            click.echo(f"            {reason}")
    keys = list(report.figures)
    click.echo("\n" + "set".ljust(24) + "".join(f"{k:>16}" for k in keys))
    for name, figures in [*report.per_set.items(), ("all", report.figures)]:
        click.echo(f"{name:24}" + "".join(f"{figures[k]:>16}" for k in keys))


@click.command("train")
@click.option("--from-db", is_flag=True, help="Also train on staff decisions that differ from the bot's.")
@click.option("--no-cv", is_flag=True, help="Skip the cross-validation that chooses thresholds (keep the defaults).")
@click.option("--replay-since", "replay_since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Then re-decide the stored mail received since this date with the new model and print every "
                   "decision that would change (as `intake replay`).")
@click.pass_context
def train_command(ctx: click.Context, from_db: bool, no_cv: bool, replay_since: datetime | None) -> None:
    """Train the text model and choose its thresholds; write it with its version to the model directory."""
    from intake.decide import train as training

    settings = _settings(ctx)
    staff = []
    if from_db:
        runtime = Runtime.read_only(settings)
        staff = training.load_staff_examples(runtime.sessions, runtime.store, settings.catalogue)
        runtime.close()
        click.echo(f"{len(staff)} staff decisions added")
    old = _old_version(settings)
    result = training.train(settings, model_dir=settings.classifier.model_dir, staff=staff,
                            cross_validate=not no_cv, on_step=lambda m: click.echo(f"  {m}"))
    click.echo(f"\ntrained on {result.items} examples; thresholds {result.thresholds.as_dict()}")
    if result.cv:
        click.echo("cross-validation (each training set decided by a model trained without it): " +
                   ", ".join(f"{k} {v}" for k, v in result.cv.items()))
    click.echo(f"wrote {result.model_dir} version {result.version} (was {old or 'none'})")
    if replay_since is not None:
        click.echo("")
        _replay(settings, replay_since, None, as_json=False, details=True)


def _old_version(settings: Settings) -> str | None:
    from intake.decide.model import Model

    try:
        return Model.load(settings.classifier.model_dir).version
    except FileNotFoundError:
        return None


@click.command("replay")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True,
              help="Re-decide mail received from this day on (the office's local midnight).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="... and before this day.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Candidate rules folder (default: the configured one).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Candidate model folder (default: the configured one).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts and every change as one JSON object.")
@click.option("--summary", is_flag=True, help="Counts only, not each message.")
@click.pass_context
def replay_command(ctx: click.Context, since: datetime, until: datetime | None, rules_dir: Path | None,
                   model_dir: Path | None, as_json: bool, summary: bool) -> None:
    """Re-decide stored mail with candidate rules or model and print every decision that would change.

    Reads the database and the message store and writes nothing: check a change to rules/ against real history
    before it goes live."""
    settings = get_settings(ctx)
    classifier = replace(settings.classifier, **{k: v for k, v in (("rules_dir", rules_dir), ("model_dir", model_dir))
                                                 if v is not None})
    _replay(replace(settings, classifier=classifier), since, until, as_json=as_json, details=not summary)


def _replay(settings: Settings, since: datetime, until: datetime | None, *, as_json: bool, details: bool) -> None:
    from intake.ops.replay import format_result, replay

    runtime = Runtime.read_only(settings)
    try:
        decider = _classifier(settings)
        result = replay(runtime.sessions, runtime.store, decider, since=_local_midnight(since, settings),
                        until=_local_midnight(until, settings) if until else None)
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in format_result(result, details=details):
            click.echo(line)


def _local_midnight(day: datetime, settings: Settings) -> datetime:
    local = datetime.combine(day.date(), time(0), tzinfo=ZoneInfo(settings.timezone))
    return local.astimezone(timezone.utc)
