"""The model commands: `intake classify`, `intake eval`, `intake train`.

Standalone click commands; intake/cli/__init__.py adds them to the main group. They read the config every other
command reads (--config, then $INTAKE_CONFIG, then ./intake.toml), and the defaults when there is none. None of
them touches the network; only `train --from-db` touches the database.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

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
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures (and the failing files) as JSON.")
@click.option("--details", is_flag=True, help="Also list the messages sent to review and entity misses.")
@click.pass_context
def eval_command(ctx: click.Context, directory: Path, as_json: bool, details: bool) -> None:
    """Score the classifier on a labelled corpus (manifest.jsonl + .eml files)."""
    from intake.decide.evaluate import evaluate, format_table

    if not (directory / "manifest.jsonl").exists():
        raise click.UsageError(f"{directory}: no manifest.jsonl")
    settings = _settings(ctx)
    classifier = _classifier(settings)
    report = evaluate(directory, classifier, settings.classifier.max_message_bytes)
    if as_json:
        click.echo(json.dumps({"model_version": classifier.model_version, **report.figures(),
                               "details": report.details()}, ensure_ascii=False, indent=2))
        return
    click.echo(f"model {classifier.model_version} on {directory}\n")
    click.echo(format_table(report))
    if details:
        for title, items in (("review", report.reviewed), ("entities", report.entity_misses),
                             ("acknowledgement", report.ack_misses)):
            click.echo(f"\n{title}:")
            for item in items:
                click.echo(f"  {item}")


@click.command("train")
@click.option("--from-db", is_flag=True, help="Also train on staff decisions exported from the database.")
@click.pass_context
def train_command(ctx: click.Context, from_db: bool) -> None:
    """Train the text classifier (fixed seed) and write it with its version to the model directory."""
    from intake.decide import train as training

    settings = _settings(ctx)
    examples = training.load_examples()
    if from_db:
        runtime = Runtime.build(settings)
        staff = training.load_staff_examples(runtime.sessions, runtime.store, settings.catalogue)
        runtime.close()
        examples += staff
        click.echo(f"{len(staff)} staff decisions added")
    if not examples:
        raise click.UsageError(f"no training examples in {training.TRAINING_DIR}")
    config = training.TrainConfig()
    with click.progressbar(length=config.epochs, label=f"training on {len(examples)} examples") as bar:
        result = training.train(examples, config, model_dir=settings.classifier.model_dir,
                                rules_dir=settings.classifier.rules_dir, on_epoch=lambda epoch, loss: bar.update(1))
    click.echo(f"\nheld-out: {result.heldout_size} examples (trained on {result.train_size})")
    click.echo(_comparison(result))
    click.echo(f"\nwrote {result.model_dir} version {result.version}")


def _comparison(result) -> str:
    header = f"{'label':<24} {'new P/R/F1':>22} {'old P/R/F1':>22}"
    lines = [header, "-" * len(header)]
    for label in (*result.new_scores.keys(),):
        new, old = result.new_scores[label], (result.old_scores or {}).get(label)
        lines.append(f"{label:<24} {_prf(new):>22} {_prf(old):>22}")
    lines.append(f"old model: {result.old_version or '(none)'}")
    return "\n".join(lines)


def _prf(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        return f"{value['precision']:.2f}/{value['recall']:.2f}/{value['f1']:.2f}"
    return f"{value:.3f}"
