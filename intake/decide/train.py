"""Training the text model: reproducible, versioned, its thresholds chosen by cross-validation on training data.

What it learns from (models/, see models/README.md):

    models/corpora/<set>/          labelled mail of the training split (models/corpora/splits.json); locked sets
                                   are never read here
    models/training/snippets/      short texts a person might write, labelled as if each were the whole message
    models/training/examples.jsonl generated examples from hand-written fragments
    staff decisions                with `intake train --from-db`: what staff decided differently from the bot

Every example goes through the same chain steps as live mail (words, thread, kind, requests, scope), so the model
learns from exactly the features it will see. The thresholds of confidence.py are then chosen by leave-one-set-out
cross-validation over the training corpora: for each set, a model trained without it decides it, and the
thresholds keep critical mistakes at zero while deciding as much clear mail alone as they can. Same data, same
settings: same weights, same thresholds, same version ("model-<YYYYMMDD>-<sha256 of data and settings>").
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from intake.decide import model as text_model
from intake.decide.confidence import Thresholds
from intake.decide.nlp import Pipelines, prune_spanish_lookup
from intake.decide.reading import Reading
from intake.decide.rules import load_lemma_fixes, rule_vocabulary
from intake.mail.parse import parse
from intake.values import Mail

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
CORPORA = MODELS_DIR / "corpora"
SNIPPETS = MODELS_DIR / "training" / "snippets"
EXAMPLES = MODELS_DIR / "training" / "examples.jsonl"


@dataclass(frozen=True)
class TrainConfig:
    l2: float = 2e-4
    iterations: int = 400
    learning_rate: float = 0.05
    machine_weight: float = 0.3
    """Mail the rules alone settle as machine mail teaches less: the model never decides it at run time."""
    snippet_weight: float = 0.7
    example_weight: float = 0.4


@dataclass
class Item:
    """One labelled example on its way to the model."""

    group: str
    """Its set: cross-validation leaves one set out at a time ("snippets" and "examples" always train)."""
    name: str
    mail: Mail
    labels: tuple[str, ...]
    unclear: bool | None
    automated: bool | None
    weight: float = 1.0
    reading: Reading | None = None
    indices: np.ndarray | None = None


@dataclass
class TrainResult:
    version: str
    items: int
    thresholds: Thresholds
    cv: dict[str, Any]
    model_dir: Path | None


# --- data ------------------------------------------------------------------------------------------------------


def training_sets(corpora: Path = CORPORA) -> list[str]:
    splits = json.loads((corpora / "splits.json").read_text(encoding="utf-8"))
    return list(splits["train"]["sets"])


def load_corpora(corpora: Path = CORPORA, max_bytes: int | None = None) -> list[Item]:
    items = []
    for name in training_sets(corpora):
        folder = corpora / name
        for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            data = (folder / row["file"]).read_bytes()
            mail = parse(data, **({"max_bytes": max_bytes} if max_bytes else {}))
            items.append(Item(name, f"{name}/{row['file']}", mail, tuple(row["labels"]), bool(row["unclear"]),
                              bool(row["automated"])))
    return items


def load_snippets(folder: Path = SNIPPETS, weight: float = 0.7) -> list[Item]:
    items = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                items.append(Item("snippets", f"{path.stem}:{number}", text_mail(row["text"], row.get("lang")),
                                  tuple(row.get("labels", [])), bool(row.get("unclear", False)), None, weight))
    return items


def load_examples(path: Path = EXAMPLES, weight: float = 0.4) -> list[Item]:
    items = []
    if Path(path).exists():
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                items.append(Item("examples", f"examples:{number}", text_mail(row["text"], row.get("lang"),
                                                                             row.get("subject", "")),
                                  tuple(row.get("labels", [])), None, None, weight))
    return items


def text_mail(text: str, lang: str | None = None, subject: str = "") -> Mail:
    """A bare text as a fresh message from a person (no quote, no headers beyond the basics)."""
    head = (f"From: Someone <someone@example.net>\r\nTo: customercare@alliant-energy.com\r\n"
            f"Subject: {subject}\r\nMessage-ID: <t@example.net>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
    return parse((head + text.replace("\n", "\r\n")).encode("utf-8"))


# --- features ------------------------------------------------------------------------------------------------------


def featurize(items: Sequence[Item], tools: Any) -> None:
    """Run the chain's reading steps on every item (up to the model), and keep the readings and feature indices."""
    from intake.decide.chain import CHAIN

    reading_steps = [run for name, run in CHAIN if name not in ("confidence", "review")]
    for start in range(0, len(items), 256):
        batch = items[start:start + 256]
        readings = [Reading(item.mail) for item in batch]
        with tools.pipelines.batch():
            for run in reading_steps:
                run(readings, tools)
        for item, reading in zip(batch, readings):
            item.reading = reading
            item.indices = text_model.vector(reading)


def examples_of(items: Sequence[Item], targets: Sequence[str], config: TrainConfig) -> list[text_model.Example]:
    out = []
    for item in items:
        truth: dict[str, float | None] = {}
        known_labels = item.automated is False and not item.unclear or (item.automated is None and not item.unclear)
        for label in targets[:-2]:
            truth[label] = (1.0 if label in item.labels else 0.0) if known_labels else \
                (1.0 if label in item.labels else None)
        truth["unclear"] = None if item.unclear is None or item.automated else float(item.unclear)
        truth["not_a_request"] = None if item.automated is None else float(item.automated)
        weight = item.weight
        if item.reading is not None and item.reading.settled and item.automated:
            weight *= config.machine_weight
        out.append(text_model.Example(item.indices, truth, weight))
    return out


def fit_model(items: Sequence[Item], targets: Sequence[str], config: TrainConfig) -> text_model.Model:
    weights, bias = text_model.fit(examples_of(items, targets, config), targets, l2=config.l2,
                                   iterations=config.iterations, learning_rate=config.learning_rate)
    return text_model.Model(tuple(targets), weights, bias)


# --- cross-validation and thresholds -------------------------------------------------------------------------------


def out_of_fold_scores(items: Sequence[Item], targets: Sequence[str], config: TrainConfig,
                       on_fold: Callable[[str], None] | None = None,
                       groups: Sequence[str] | None = None) -> dict[int, dict[str, float]]:
    """For every corpus item (of `groups` only, when given), the scores of a model trained without its set."""
    scores: dict[int, dict[str, float]] = {}
    groups = groups or sorted({i.group for i in items if i.group not in ("snippets", "examples")})
    for group in groups:
        if on_fold:
            on_fold(group)
        model = fit_model([i for i in items if i.group != group], targets, config)
        for n, item in enumerate(items):
            if item.group == group:
                scores[n] = model.read(item.reading) if not item.reading.settled else model.scores(item.indices)
    return scores


GRID = {
    "agree": (0.1, 0.2, 0.3),
    "alone": (0.8, 0.9, 0.95, 0.99),
    "doubt": (0.2, 0.3, 0.4, 0.5, 0.6),
    "beside": (0.2, 0.3, 0.4, 0.5, 0.7),
    "beside_sharing": (0.2, 0.3, 0.4, 0.5, 0.7, 0.9),
    "unclear": (0.2, 0.3, 0.4, 0.5),
    "not_a_request": (0.6, 0.75, 0.9),
    "overrule": (0.75, 0.85, 0.95, 1.01),
    "suspect": (0.3, 0.4, 0.5, 0.7, 1.0),
    # No lower than 0.2: "organisation" means only a domain missing from rules/thread.yml's list of mailbox
    # providers, and that list is never complete (a customer's own domain, a small ISP, a test's example.net).
    "suspect_organisation": (0.2, 0.3, 0.5, 1.0),
}


def tune(items: Sequence[Item], scores: dict[int, dict[str, float]], tools: Any,
         passes: int = 3) -> tuple[Thresholds, dict]:
    """The thresholds with the fewest critical mistakes on out-of-fold scores, then the most clear mail decided
    alone, then the fewest wrong automatic decisions. Searched one threshold at a time over GRID (a few passes
    of coordinate descent from the defaults): the full product of nine grids would take an hour."""
    def key(th: Thresholds) -> tuple:
        figures = simulate(items, scores, tools, th)
        return (figures["critical"], -figures["automation"], figures["wrong"], -figures["machine_recall"]), figures

    best = Thresholds()
    best_key, best_figures = key(best)
    for _ in range(passes):
        moved = False
        for name, values in GRID.items():
            for value in values:
                candidate = replace(best, **{name: value})
                k, figures = key(candidate)
                if k < best_key:
                    best, best_key, best_figures, moved = candidate, k, figures, True
        if not moved:
            break
    return best, best_figures


def simulate(items: Sequence[Item], scores: dict[int, dict[str, float]], tools: Any, th: Thresholds) -> dict:
    """Decide every scored item as the chain would with thresholds `th`, and count as the scorer counts."""
    tools = replace(tools, thresholds=th)
    tally = {"critical": 0, "wrong": 0, "automatic": 0, "clear": 0, "clear_auto": 0, "machine": 0, "found": 0}
    for n in scores:
        outcome = judge(items[n], redecide(items[n], scores[n], tools), tools.catalogue)
        for key in tally:
            tally[key] += getattr(outcome, key)
    automatic, clear, machine = tally["automatic"], tally["clear"], tally["machine"]
    return {"critical": tally["critical"], "wrong": tally["wrong"], "automatic": automatic,
            "automation": round(tally["clear_auto"] / clear, 4) if clear else 1.0,
            "auto_precision": round((automatic - tally["wrong"] - tally["critical"]) / automatic, 4)
            if automatic else 1.0,
            "machine_recall": round(tally["found"] / machine, 4) if machine else 1.0}


def redecide(item: Item, scores: dict[str, float], tools: Any) -> Reading:
    """The item's reading decided again with other model scores and `tools.thresholds` (its own reading is left
    untouched)."""
    from intake.decide import confidence, review

    reading = _copy(item.reading)
    if not reading.settled:
        reading.scores = scores
        confidence.decide(reading, tools.catalogue, tools.thresholds)
        if not reading.settled:
            review.add_reasons(reading, tools)
    return reading


@dataclass(frozen=True)
class Outcome:
    """How one decision scores against its label, as `intake eval` counts (each field 0 or 1)."""

    critical: int = 0
    """Acted on mail a person could not act on, a missed opt-out, or a machine's mail taken as a request."""
    wrong: int = 0
    """Decided alone with other labels (no opt-out missed)."""
    automatic: int = 0
    """A person's mail decided without staff."""
    clear: int = 0
    clear_auto: int = 0
    machine: int = 0
    found: int = 0
    """Mail that is not a person's request, and found so."""

    @property
    def verdict(self) -> str:
        if self.critical:
            return "critical"
        if self.wrong:
            return "wrong"
        if self.clear and not self.clear_auto:
            return "deferred"
        if self.machine and not self.found:
            return "machine"
        return "right"


def judge(item: Item, reading: Reading, catalogue: Any) -> Outcome:
    automated = reading.kind != "request"
    if item.automated:
        # A machine's mail deferred to staff is a miss of recall, not critical: nothing was done or answered.
        return Outcome(machine=1, found=int(automated), critical=int(not automated and not reading.review))
    decided = not automated and not reading.review
    clear = int(not item.unclear)
    opt_outs = set(catalogue.opt_outs) & set(item.labels)
    if automated:
        return Outcome(clear=clear, critical=int(bool(opt_outs)))
    if not decided:
        return Outcome(clear=clear)
    labels = set(reading.labels)
    critical = bool(item.unclear or opt_outs - labels)
    return Outcome(clear=clear, clear_auto=clear, automatic=1, critical=int(critical),
                   wrong=int(not critical and labels != set(item.labels)))


def _copy(reading: Reading) -> Reading:
    copy = replace(reading, review=list(reading.review), reasons=list(reading.reasons), evidence={})
    return copy


# --- the whole run -------------------------------------------------------------------------------------------------


def prepare(settings: Any, config: TrainConfig = TrainConfig(), items: Sequence[Item] | None = None,
            staff: Sequence[Item] = (), say: Callable[[str], None] = lambda message: None,
            ) -> tuple[list[Item], Any, Pipelines]:
    """The training data read as the chain reads mail, with the chain's tools around an empty model (its targets
    are the catalogue's): what training and cross-validation start from."""
    from intake.decide.chain import build_tools

    rules_dir = Path(settings.classifier.rules_dir)
    targets = text_model.targets_for(settings.catalogue.labels)
    say("reading the training data")
    if items is None:
        items = [*load_corpora(max_bytes=settings.classifier.max_message_bytes),
                 *load_snippets(weight=config.snippet_weight), *load_examples(weight=config.example_weight)]
    items = [*items, *staff]
    vocabulary = rule_vocabulary(rules_dir) | {w for i in items for w in (i.mail.new_text + " " + i.mail.subject)
                                               .lower().split()}
    es_lookup = prune_spanish_lookup(vocabulary)
    pipelines = Pipelines.fresh(load_lemma_fixes(rules_dir), es_lookup)
    empty = text_model.Model(targets, np.zeros((text_model.DIM, len(targets)), np.float32),
                             np.zeros(len(targets), np.float32))
    tools = build_tools(settings, empty, pipelines)
    say(f"reading {len(items)} examples as the chain reads mail")
    featurize(items, tools)
    return items, tools, pipelines


def train(settings: Any, *, model_dir: Path | None = None, staff: Sequence[Item] = (),
          config: TrainConfig = TrainConfig(), cross_validate: bool = True, today: date | None = None,
          on_step: Callable[[str], None] | None = None, items: Sequence[Item] | None = None) -> TrainResult:
    """Train on everything (or on `items`), choose thresholds by cross-validation, and write the model to
    `model_dir`."""
    say = on_step or (lambda message: None)
    rules_dir = Path(settings.classifier.rules_dir)
    items, tools, pipelines = prepare(settings, config, items, staff, say)
    targets = tools.model.targets
    thresholds, cv = Thresholds(), {}
    if cross_validate:
        scores = out_of_fold_scores(items, targets, config, on_fold=lambda g: say(f"cross-validation: without {g}"))
        say("choosing thresholds")
        thresholds, cv = tune(items, scores, tools)
    say("training on everything")
    model = fit_model(items, targets, config)
    version = version_of(items, config, thresholds, today, rules_digest(rules_dir))
    model.meta = {"model_version": version, "thresholds": thresholds.as_dict(), "cross_validation": cv,
                  "trained_on": _counts(items), "config": asdict(config)}
    if model_dir is not None:
        _write(model_dir, model, pipelines)
    return TrainResult(version, len(items), thresholds, cv, model_dir)


def _counts(items: Sequence[Item]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.group] = counts.get(item.group, 0) + 1
    return counts


def rules_digest(rules_dir: Path) -> str:
    """The rule files' content: the model learns from what the rules find, so other rules make another model."""
    digest = hashlib.sha256()
    for path in sorted(Path(rules_dir).rglob("*.yml")):
        digest.update(path.relative_to(rules_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def version_of(items: Sequence[Item], config: TrainConfig, thresholds: Thresholds, today: date | None = None,
               rules: str = "") -> str:
    digest = hashlib.sha256(rules.encode())
    for item in sorted(items, key=lambda i: i.name):
        digest.update(json.dumps([item.name, item.mail.subject, item.mail.new_text, list(item.labels), item.unclear,
                                  item.automated], ensure_ascii=False).encode("utf-8") + b"\n")
    digest.update(json.dumps([asdict(config), thresholds.as_dict(), text_model.DIM], sort_keys=True).encode())
    return f"model-{(today or date.today()).strftime('%Y%m%d')}-{digest.hexdigest()[:10]}"


def _write(model_dir: Path, model: text_model.Model, pipelines: Pipelines) -> None:
    """Write next to the old model, then swap, so a crash never leaves half a model behind."""
    model_dir = Path(model_dir)
    tmp = model_dir.with_name(model_dir.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    pipelines.save(tmp)
    model.save(tmp)
    old = model_dir.with_name(model_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if model_dir.exists():
        model_dir.rename(old)
    tmp.rename(model_dir)
    shutil.rmtree(old, ignore_errors=True)


def load_staff_examples(sessions: Any, store: Any, catalogue: Any) -> list[Item]:
    """The staff decisions in the database that differ from the bot's, as training examples.

    The mail is re-parsed from the stored raw message, wherever the message store keeps it, so the model learns
    from exactly what the chain reads; the labels are the staff's ("automated"/"spam" verdicts teach the
    not-a-request side, "no action" is a person who asked nothing). Messages whose bytes were purged after the
    retention period are left out."""
    from sqlalchemy import select

    from intake.db import DecisionRow

    items = []
    with sessions() as session:
        latest: dict[int, DecisionRow] = {}
        for row in session.scalars(select(DecisionRow).order_by(DecisionRow.id)):
            latest[row.message_id] = row
        for row in latest.values():
            mail = store.mail_of(session, row.message) if row.overrides_bot else None
            if mail is not None:
                items.append(Item("staff", f"staff:{row.message_id}", mail, catalogue.ordered(row.labels), False,
                                  bool(row.automated)))
    return items
