"""Cross-validation on the training sets, message by message: `intake eval --cross-validate`.

Each training set is decided by a model trained without it (the same folds `intake train` uses to choose its
thresholds), with the installed model's thresholds or others given, and every decision that scores other than
right is listed with the chain's reasons. This is the honest place to tune rules and training sentences: each set's
mail is judged by a model that never saw it, and the locked split is never read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from intake.decide import train as tr
from intake.decide.confidence import Thresholds


@dataclass(frozen=True)
class Row:
    name: str
    verdict: str
    """critical, wrong, deferred, machine (a machine's mail not found so) or right."""
    expected: str
    got: str
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.name, "verdict": self.verdict, "expected": self.expected, "got": self.got,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Report:
    figures: dict[str, Any]
    per_set: dict[str, dict[str, Any]]
    rows: tuple[Row, ...]


def run(settings: Any, thresholds: Thresholds, sets: Sequence[str] = (),
        say: Callable[[str], None] = lambda message: None, *, items: Sequence[tr.Item] | None = None,
        config: tr.TrainConfig = tr.TrainConfig()) -> Report:
    """Leave each training set out in turn (only `sets` when given), and decide it with `thresholds`. `items` and
    `config` as for `train.train` (all the training data and the default configuration unless given)."""
    items, tools, _ = tr.prepare(settings, config, items, say=say)
    unknown = set(sets) - {i.group for i in items}
    if unknown:
        raise ValueError(f"not a training set: {', '.join(sorted(unknown))}")
    scores = tr.out_of_fold_scores(items, tools.model.targets, config, on_fold=lambda g: say(f"without {g}"),
                                   groups=list(sets) or None)
    tools = replace(tools, thresholds=thresholds)
    rows = []
    for n, s in sorted(scores.items(), key=lambda kv: items[kv[0]].name):
        item = items[n]
        reading = tr.redecide(item, s, tools)
        rows.append(Row(item.name, tr.judge(item, reading, tools.catalogue).verdict, _expected(item),
                        _got(reading), tuple(reading.review or reading.reasons)))
    per_set = {}
    for group in sorted({items[n].group for n in scores}):
        mine = {n: s for n, s in scores.items() if items[n].group == group}
        per_set[group] = tr.simulate(items, mine, tools, thresholds)
    return Report(tr.simulate(items, scores, tools, thresholds), per_set, tuple(rows))


def _expected(item: tr.Item) -> str:
    if item.automated:
        return "not a request"
    return ("unclear " if item.unclear else "") + (",".join(item.labels) or "no labels")


def _got(reading: Any) -> str:
    if reading.kind != "request":
        return reading.kind
    return ("review " if reading.review else "") + (",".join(reading.labels) or "no labels")


def parse_thresholds(base: Thresholds, pairs: Sequence[str]) -> Thresholds:
    """`name=value` pairs over `base` (a clear error for a name that is not a threshold)."""
    changes = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in base.as_dict():
            raise ValueError(f"{pair!r}: expected name=value, name one of {', '.join(base.as_dict())}")
        try:
            changes[name] = float(value)
        except ValueError:
            raise ValueError(f"{pair!r}: {value!r} is not a number") from None
    return replace(base, **changes)
