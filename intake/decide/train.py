"""Training the text classifier: reproducible, versioned, compared with the model it replaces.

The data is models/training/*.jsonl ({"text", "subject", "labels", "lang"}), optionally plus staff decisions from
the database. A fixed hash split holds out about one example in eight; the same data, config and seed always give
the same weights and the same version string: "textcat-<YYYYMMDD>-<sha256 of data + config, 10 hex>".
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from intake.decide.classify import LABELS

TRAINING_DIR = Path(__file__).resolve().parents[2] / "models" / "training"


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 7
    epochs: int = 10
    """Ten passes: the held-out score is as good as after twenty, and the scores stay smoother on mail unlike the
    generated examples (fewer over-confident "question" scores on plain opt-outs)."""
    dropout: float = 0.1
    batch_size: int = 16
    ngram_size: int = 2
    length: int = 2**17
    heldout_every: int = 8
    """An example is held out when its hash modulo this is 0."""


@dataclass(frozen=True)
class Example:
    text: str
    subject: str
    labels: tuple[str, ...]
    lang: str = "und"

    def key(self) -> str:
        return json.dumps([self.subject, self.text, list(self.labels), self.lang], ensure_ascii=False)


@dataclass
class TrainResult:
    version: str
    train_size: int
    heldout_size: int
    new_scores: dict[str, Any]
    old_scores: dict[str, Any] | None
    old_version: str | None
    model_dir: Path | None


# --- data ------------------------------------------------------------------------------------------------------


def load_examples(directory: Path = TRAINING_DIR) -> list[Example]:
    examples = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                examples.append(_example(json.loads(line), path, number))
    return examples


def _example(row: dict, path: Path, number: int) -> Example:
    labels = tuple(l for l in LABELS if l in row.get("labels", []))
    unknown = set(row.get("labels", [])) - set(LABELS)
    if unknown or "text" not in row:
        raise ValueError(f"{path}:{number}: needs text and labels from {LABELS}; got {sorted(unknown) or 'no text'}")
    return Example(row["text"], row.get("subject", ""), labels, row.get("lang", "und"))


def split(examples: Sequence[Example], every: int) -> tuple[list[Example], list[Example]]:
    """A fixed split by content hash: adding examples never moves old ones between the two sides."""
    train, heldout = [], []
    for ex in examples:
        bucket = int(hashlib.sha256(ex.key().encode("utf-8")).hexdigest(), 16) % every
        (heldout if bucket == 0 else train).append(ex)
    return train, heldout


def version_of(examples: Sequence[Example], config: TrainConfig, today: date | None = None) -> str:
    """Hashes what the model actually learns from (the prepared model text and labels) and the config, so a
    change to the text preparation also changes the version."""
    digest = hashlib.sha256()
    rows = [json.dumps([text, list(ex.labels)], ensure_ascii=False) for text, ex in zip(model_texts(examples), examples)]
    for row in sorted(rows):
        digest.update(row.encode("utf-8") + b"\n")
    digest.update(json.dumps(asdict(config), sort_keys=True).encode("utf-8"))
    return f"textcat-{(today or date.today()).strftime('%Y%m%d')}-{digest.hexdigest()[:10]}"


# --- training --------------------------------------------------------------------------------------------------


def model_texts(examples: Sequence[Example]) -> list[str]:
    """The text exactly as the classifier will see it at run time."""
    from intake.decide.classify import model_text, prepare_text

    return [model_text(prepare_text(ex.text, ex.subject, ex.lang)) for ex in examples]


def train(examples: Sequence[Example], config: TrainConfig = TrainConfig(), *, model_dir: Path | None = None,
          rules_dir: Path | None = None, on_epoch: Callable[[int, float], None] | None = None,
          today: date | None = None) -> TrainResult:
    """Train on the fixed training split, score the held-out split with the new and the old model, and write
    the new model to `model_dir` (when given)."""
    from intake.decide import classify

    train_set, heldout = split(examples, config.heldout_every)
    version = version_of(examples, config, today)
    nlp = classify.new_pipeline(config.ngram_size, config.length)
    pairs = list(zip(model_texts(train_set), (ex.labels for ex in train_set)))
    classify.fit_textcat(nlp, pairs, seed=config.seed, epochs=config.epochs, dropout=config.dropout,
                         batch_size=config.batch_size, on_epoch=on_epoch)
    new_scores = score(nlp, heldout)
    old_scores, old_version = _old_model_scores(model_dir, heldout)
    if model_dir is not None:
        meta = {"model_version": version, "config": asdict(config), "train_size": len(train_set),
                "heldout_size": len(heldout), "heldout": new_scores}
        es_lookup = classify.prune_spanish_lookup(_vocabulary(examples, rules_dir))
        classify.save_model(nlp, model_dir, meta, es_lookup)
    return TrainResult(version, len(train_set), len(heldout), new_scores, old_scores, old_version, model_dir)


def score(nlp: Any, heldout: Sequence[Example]) -> dict[str, Any]:
    """Per-label precision/recall/F1 and the share of exactly right label sets, at the 0.5 threshold."""
    from intake.decide.classify import predict_scores

    predictions = predict_scores(nlp, model_texts(heldout)) if heldout else []
    out: dict[str, Any] = {}
    exact = 0
    for ex, scores in zip(heldout, predictions):
        predicted = {l for l, s in scores.items() if s >= 0.5}
        exact += predicted == set(ex.labels)
    for label in LABELS:
        tp = sum(1 for ex, s in zip(heldout, predictions) if label in ex.labels and s[label] >= 0.5)
        fp = sum(1 for ex, s in zip(heldout, predictions) if label not in ex.labels and s[label] >= 0.5)
        fn = sum(1 for ex, s in zip(heldout, predictions) if label in ex.labels and s[label] < 0.5)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[label] = {"precision": round(p, 4), "recall": round(r, 4),
                      "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    out["exact"] = round(exact / len(heldout), 4) if heldout else 0.0
    return out


def _old_model_scores(model_dir: Path | None, heldout: Sequence[Example]) -> tuple[dict | None, str | None]:
    if model_dir is None or not (Path(model_dir) / "meta.json").exists():
        return None, None
    from intake.decide.classify import load_model

    old = load_model(model_dir)
    return score(old, heldout), str(old.meta.get("intake", {}).get("model_version", "?"))


def _vocabulary(examples: Iterable[Example], rules_dir: Path | None) -> set[str]:
    """Words whose Spanish lemmas the pruned lookup table must cover: rule files and training text."""
    words: set[str] = set()
    for ex in examples:
        words |= set(re.findall(r"[^\W\d_]+", (ex.subject + " " + ex.text).lower()))
    if rules_dir is not None:
        for path in Path(rules_dir).glob("*.yml"):
            words |= set(re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower()))
    return words


def load_staff_examples(sessions: Any, store: Any, catalogue: Any) -> list[Example]:
    """The staff decisions in the database that differ from the bot's, as training examples.

    The text is what the classifier read (subject and new text, re-parsed from the stored raw message, wherever
    the message store keeps it), the labels are the staff's: an "automated"/"spam" or "no action" verdict is a
    useful negative example with no labels. Messages whose bytes were purged after the retention period are left
    out."""
    from sqlalchemy import select

    from intake.db import DecisionRow

    examples = []
    with sessions() as session:
        latest: dict[int, DecisionRow] = {}
        for row in session.scalars(select(DecisionRow).order_by(DecisionRow.id)):
            latest[row.message_id] = row
        for row in latest.values():
            mail = store.mail_of(session, row.message) if row.overrides_bot else None
            if mail is not None:
                examples.append(Example(mail.new_text, mail.subject, catalogue.ordered(row.labels), mail.language))
    return examples
