"""The text model: one logistic regression per question the chain asks it, on hashed features.

Questions (targets): every kind of request of the label catalogue, "unclear" (a careful person could not act on
it alone) and "not_a_request" (a person or company wrote it, but it asks nothing of us). Features are binary and
hashed into one space:

    words     lemma unigrams and bigrams of the sender's words (spaCy hashes, the same in every process)
    rules     each rule hit's kind and status, cue kinds, scope kinds, flags (requests.py, scope.py)
    context   what the message answers (thread.py), whether the sender wrote words of their own, length, a
              question mark, language, a few headers and MIME types

The model is a second opinion beside the rules: confidence.py decides with both. It is trained by `intake train`
(train.py) on the labelled mail and snippets in models/, with a fixed seed and no randomness beyond it, and saved
as weights.npz beside meta.json; its version names the data and settings it was built from.
"""

from __future__ import annotations

import json
import zlib
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from intake.decide.nlp import COL_LEMMA, COL_PUNCT, COL_SPACE, Columns
from intake.decide.reading import Reading

TEXT_DIM = 2**17
"""Hashed word features."""
NAMED_DIM = 2**12
"""Hashed named features (rules and context), after the word features."""
DIM = TEXT_DIM + NAMED_DIM
EXTRA_TARGETS = ("unclear", "not_a_request")
WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
_BIGRAM = np.uint64(0x9E3779B97F4A7C15)


def text_features(doc: Any, sentences: Sequence[int] | None = None) -> list[np.ndarray]:
    """The word features of a Doc, hashed lemma unigrams and bigrams (punctuation and spaces left out): of the
    whole text first, then of each sentence when `sentences` gives every token's sentence number."""
    cols = Columns.of(doc).cols
    keep = [i for i in range(len(cols[COL_LEMMA])) if not (cols[COL_PUNCT][i] or cols[COL_SPACE][i])]
    whole = _hashed(np.array([cols[COL_LEMMA][i] for i in keep], dtype=np.uint64))
    if sentences is None:
        return [whole]
    parts: dict[int, list[int]] = {}
    for i in keep:
        parts.setdefault(sentences[i], []).append(cols[COL_LEMMA][i])
    return [whole, *(_hashed(np.array(lemmas, dtype=np.uint64)) for lemmas in parts.values() if len(lemmas) >= 2)]


def _hashed(lemmas: np.ndarray) -> np.ndarray:
    if not len(lemmas):
        return np.zeros(0, dtype=np.int64)
    with np.errstate(over="ignore"):
        bigrams = lemmas[:-1] * _BIGRAM + lemmas[1:]
    hashed = np.concatenate([lemmas, bigrams ^ np.uint64(0x5BD1E995)]) % np.uint64(TEXT_DIM)
    return np.unique(hashed.astype(np.int64))


@lru_cache(maxsize=65536)
def named_index(name: str) -> int:
    # cached: a message has some thirty named features, nearly all of them seen before
    return TEXT_DIM + zlib.crc32(name.encode("utf-8")) % NAMED_DIM


def named_features(reading: Reading) -> list[str]:
    """Rule, cue, scope, flag and context features of a reading, by name (for people: evidence shows them)."""
    names: list[str] = []
    analysis = reading.analysis
    if analysis is not None:
        names += sorted({f"hit:{h.spec.tag}:{h.status}" for h in analysis.hits})
        names += sorted({f"hit:{h.spec.tag}:{h.status}:{h.source}" for h in analysis.hits})
        names += sorted({f"cue:{c.spec.tag}" for c in analysis.cues})
        names += sorted({f"scope:{s.spec.tag}" for s in analysis.scopes})
        names += sorted(f"flag:{f}" for f in analysis.flags)
    mail, text = reading.mail, reading.text
    words = text.words if text is not None else 0
    names += [f"thread:{reading.thread.kind}", f"sender:{reading.sender}", f"lang:{text.lang if text else 'und'}",
              "own_words" if reading.own_words else "no_own_words",
              "words:0" if words == 0 else "words:1-3" if words <= 3 else "words:4-12" if words <= 12
              else "words:13-60" if words <= 60 else "words:61+"]
    if text is not None and "?" in text.text:
        names.append("question_mark")
    if text is not None and text.part("subject").strip():
        names.append("own_subject")
    headers = mail.headers
    names += [f"header:{h}" for h in ("list-id", "list-unsubscribe", "list-post", "precedence", "auto-submitted",
                                      "x-mailer", "user-agent", "reply-to", "in-reply-to", "x-campaign",
                                      "x-mailgun-tag", "x-sf-campaign", "organization") if h in headers]
    names += sorted({f"part:{t}" for t in mail.part_types if t.split("/")[0] in ("text", "application", "image")
                     and t not in ("text/plain",)})
    if mail.forwarded.strip():
        names.append("forwarded")
    if mail.quoted.strip():
        names.append("quoted")
    if mail.forwarded_as_own:
        names.append("forwarded_own")
    if reading.verdict is not None:
        names += [f"gate:{h.rule}" for h in reading.verdict.hits]
    return names


def named_vector(reading: Reading) -> np.ndarray:
    return np.array(sorted({named_index(n) for n in named_features(reading)}), dtype=np.int64)


def vector(reading: Reading) -> np.ndarray:
    """Every feature index of a reading (the word features were computed with the Doc, in requests.py)."""
    return vectors(reading)[0]


def vectors(reading: Reading) -> list[np.ndarray]:
    """The whole message's features, then per sentence of two words or more its words with the whole message's
    rule and context features (named once for all of them)."""
    named = named_vector(reading)
    words = reading.features or [np.zeros(0, dtype=np.int64)]
    return [np.concatenate([part, named]) for part in words]


@dataclass
class Model:
    targets: tuple[str, ...]
    weights: np.ndarray
    """DIM x len(targets)."""
    bias: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.meta.get("model_version", "untrained"))

    @staticmethod
    def features_of(doc: Any, reading: Reading) -> list[np.ndarray]:
        return text_features(doc, reading.analysis.toks_sent if reading.analysis is not None else None)

    def read(self, reading: Reading) -> dict[str, float]:
        """The scores of a reading. A kind of request the whole text hides behind another subject ("... take me
        off these e-mails. By the way, will the new meter cost more?") shows in its own sentence: each kind
        scores the most of the whole text and of any one sentence; "unclear" and "not_a_request" are about the
        whole mail."""
        parts = vectors(reading)
        if len(parts) == 1 or any(not len(part) for part in parts):
            return self._read_plain(parts)
        # Every part's sums in one gather and one segmented sum (a call per sentence cost more than the sums)
        starts = np.cumsum([0, *(len(part) for part in parts[:-1])])
        z = np.add.reduceat(self.weights[np.concatenate(parts)], starts, axis=0) + self.bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        best = p.max(axis=0)
        return {t: float(p[0, j] if t in EXTRA_TARGETS else best[j]) for j, t in enumerate(self.targets)}

    def _read_plain(self, parts: list[np.ndarray]) -> dict[str, float]:
        """read() a part at a time: the plain version of the same figures (tests compare the two)."""
        whole, *sentences = parts
        scores = self.scores(whole)
        for sentence in sentences:
            for target, p in self.scores(sentence).items():
                if target not in EXTRA_TARGETS and p > scores[target]:
                    scores[target] = p
        return scores

    def scores(self, indices: np.ndarray) -> dict[str, float]:
        z = self.weights[indices].sum(axis=0) + self.bias if len(indices) else self.bias.copy()
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return {t: float(v) for t, v in zip(self.targets, p)}

    # -- files ------------------------------------------------------------------------------------------------------

    def save(self, model_dir: Path) -> None:
        model_dir = Path(model_dir)
        model_dir.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(model_dir / WEIGHTS_FILE, weights=self.weights.astype(np.float16), bias=self.bias)
        meta = {**self.meta, "targets": list(self.targets), "dim": DIM, "text_dim": TEXT_DIM}
        (model_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, model_dir: Path) -> "Model":
        model_dir = Path(model_dir)
        meta_path = model_dir / META_FILE
        if not meta_path.exists() or not (model_dir / WEIGHTS_FILE).exists():
            raise FileNotFoundError(f"{model_dir}: no trained model here; run `intake train`")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("dim") != DIM or meta.get("text_dim") != TEXT_DIM:
            raise FileNotFoundError(f"{model_dir}: the model was built for other features; run `intake train`")
        with np.load(model_dir / WEIGHTS_FILE) as data:
            weights, bias = data["weights"].astype(np.float32), data["bias"].astype(np.float32)
        return cls(tuple(meta["targets"]), weights, bias, meta)


# --- training ------------------------------------------------------------------------------------------------------


@dataclass
class Example:
    """One training example: its feature indices, and per target 1, 0, or None (not known: no loss)."""

    indices: np.ndarray
    truth: dict[str, float | None]
    weight: float = 1.0


def fit(examples: Sequence[Example], targets: Sequence[str], *, l2: float = 2e-4, iterations: int = 400,
        learning_rate: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression per target, full batch, Adam. Deterministic: no sampling, fixed order."""
    rows = np.concatenate([np.full(len(e.indices), i, dtype=np.int64) for i, e in enumerate(examples)])
    cols = np.concatenate([e.indices for e in examples])
    n = len(examples)
    weights = np.zeros((DIM, len(targets)), dtype=np.float32)
    bias = np.zeros(len(targets), dtype=np.float32)
    for j, target in enumerate(targets):
        y = np.array([e.truth.get(target) if e.truth.get(target) is not None else 0.0 for e in examples], np.float32)
        mask = np.array([0.0 if e.truth.get(target) is None else e.weight for e in examples], np.float32)
        weights[:, j], bias[j] = _fit_one(rows, cols, n, y, mask, l2, iterations, learning_rate)
    return weights, bias


def _fit_one(rows: np.ndarray, cols: np.ndarray, n: int, y: np.ndarray, mask: np.ndarray, l2: float,
             iterations: int, learning_rate: float) -> tuple[np.ndarray, float]:
    w = np.zeros(DIM, np.float64)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros(DIM), np.zeros(DIM), 0.0, 0.0
    total = max(mask.sum(), 1.0)
    for t in range(1, iterations + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * mask / total
        grad_w = np.bincount(cols, weights=g[rows], minlength=DIM) + l2 * w
        grad_b = g.sum()
        m_w = 0.9 * m_w + 0.1 * grad_w
        v_w = 0.999 * v_w + 0.001 * grad_w * grad_w
        m_b = 0.9 * m_b + 0.1 * grad_b
        v_b = 0.999 * v_b + 0.001 * grad_b * grad_b
        w -= learning_rate * (m_w / (1 - 0.9 ** t)) / (np.sqrt(v_w / (1 - 0.999 ** t)) + 1e-8)
        b -= learning_rate * (m_b / (1 - 0.9 ** t)) / (np.sqrt(v_b / (1 - 0.999 ** t)) + 1e-8)
    return w.astype(np.float32), float(b)


def targets_for(labels: Iterable[str]) -> tuple[str, ...]:
    return (*labels, *EXTRA_TARGETS)
