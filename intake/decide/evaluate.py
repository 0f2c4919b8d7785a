"""Scoring the deciding side on a labelled corpus (the manifest.jsonl format of the shared corpus).

Figures, in the order they matter:
* critical: a missed opt-out (an automatic decision without it, or a person's opt-out taken for machine mail or
  for mail that is not a request), an automatic decision on mail marked unclear, and an action or an
  acknowledgement for automated mail. Each one is a bug. Mail in review is neither acted on nor acknowledged
  until a person decides, so its proposed labels and its address are not actions.
* wrong automatic decisions, auto-precision (automatic decisions whose label set is exactly right), automation
  (clear human mail decided without staff), recall on automated mail, entity and acknowledgement accuracy.

An automatic decision is one on human mail that did not go to review: intake acts on it alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from intake.values import Decision

RULEBOOK_OPT_OUTS = ("marketing_opt_out", "catalog_share_opt_out")
"""The opt-out labels of the labelling rulebook (../shared/LABELS.md) every scored corpus follows: a corpus is
judged by its rulebook, whatever a deployment's catalogue adds."""


@dataclass(frozen=True)
class Row:
    file: str
    automated: bool
    labels: tuple[str, ...]
    unclear: bool
    entities: dict[str, str]
    ack_to: str | None


@dataclass
class Report:
    total: int = 0
    critical: list[str] = field(default_factory=list)
    wrong_automatic: list[str] = field(default_factory=list)
    automatic: int = 0
    automatic_right: int = 0
    clear_human: int = 0
    clear_human_automatic: int = 0
    automated: int = 0
    automated_found: int = 0
    entity_right: dict[str, int] = field(default_factory=lambda: {"name": 0, "postal_code": 0, "account": 0})
    entity_rows: int = 0
    ack_right: int = 0
    reviewed: list[str] = field(default_factory=list)
    entity_misses: list[str] = field(default_factory=list)
    ack_misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        ratio = lambda a, b: round(a / b, 4) if b else 1.0  # noqa: E731
        return {
            "messages": self.total,
            "critical": len(self.critical),
            "wrong_automatic": len(self.wrong_automatic),
            "auto_precision": ratio(self.automatic_right, self.automatic),
            "automatic_decisions": self.automatic,
            "automation": ratio(self.clear_human_automatic, self.clear_human),
            "automated_recall": ratio(self.automated_found, self.automated),
            "entity_name": ratio(self.entity_right["name"], self.entity_rows),
            "entity_postal_code": ratio(self.entity_right["postal_code"], self.entity_rows),
            "entity_account": ratio(self.entity_right["account"], self.entity_rows),
            "ack_accuracy": ratio(self.ack_right, self.total),
        }

    def details(self) -> dict[str, list[str]]:
        return {"critical": self.critical, "wrong_automatic": self.wrong_automatic, "reviewed": self.reviewed,
                "entity_misses": self.entity_misses, "ack_misses": self.ack_misses}


def load_manifest(directory: Path) -> list[Row]:
    rows = []
    for line in (Path(directory) / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append(Row(r["file"], bool(r["automated"]), tuple(r.get("labels", [])), bool(r.get("unclear")),
                            dict(r.get("entities") or {}), r.get("ack_to")))
    return rows


def evaluate(directory: Path, classifier: Any, max_bytes: int | None = None,
             files: set[str] | None = None) -> Report:
    """Score the messages of one labelled folder (only `files`, when given)."""
    return score(*decide(directory, classifier, max_bytes, files))


def decide(directory: Path, classifier: Any, max_bytes: int | None = None,
           files: set[str] | None = None) -> tuple[list[Row], list[Decision]]:
    from intake.mail.parse import parse

    rows = [r for r in load_manifest(directory) if files is None or r.file in files]
    mails = [parse((Path(directory) / row.file).read_bytes(), **({"max_bytes": max_bytes} if max_bytes else {}))
             for row in rows]
    return rows, classifier.classify_many(mails)


def split_folders(corpora: Path, shared: Path, split: str) -> list[tuple[str, Path, set[str] | None]]:
    """The folders (name, path, files or None for all) of a split of models/corpora/splits.json: "locked" (held-a,
    held-b, and the locked part of ../shared/corpus-train when it is there) or "train"."""
    splits = json.loads((Path(corpora) / "splits.json").read_text(encoding="utf-8"))
    folders = [(name, Path(corpora) / name, None) for name in splits[split]["sets"]]
    if split == "locked":
        for part, files in splits["locked"]["corpus-train"].items():
            path = Path(shared) / "corpus-train" / part
            if (path / "manifest.jsonl").exists():
                folders.append((f"corpus-train/{part} (locked part)", path, set(files)))
    return folders


def merge(reports: Sequence[Report]) -> Report:
    total = Report()
    for r in reports:
        for name, value in vars(r).items():
            if isinstance(value, int):
                setattr(total, name, getattr(total, name) + value)
            elif isinstance(value, list):
                getattr(total, name).extend(value)
            elif isinstance(value, dict):
                for k, v in value.items():
                    getattr(total, name)[k] += v
    return total


def score(rows: Sequence[Row], decisions: Sequence[Decision]) -> Report:
    report = Report(total=len(rows))
    for row, decision in zip(rows, decisions):
        _score_one(report, row, decision)
    return report


def _score_one(report: Report, row: Row, d: Decision) -> None:
    labels = set(d.labels)
    automatic = not row.automated and not d.automated and not d.review
    ack = (d.ack_to or "").lower() or None
    report.ack_right += ack == ((row.ack_to or "").lower() or None)
    if ack != ((row.ack_to or "").lower() or None):
        report.ack_misses.append(f"{row.file}: ack {d.ack_to!r}, expected {row.ack_to!r}")
    if row.automated:
        report.automated += 1
        report.automated_found += d.automated
        if labels or (d.ack_to and not d.review):
            report.critical.append(f"{row.file}: automated mail got labels {sorted(labels)} / ack {d.ack_to!r}")
        return
    if d.automated and set(RULEBOOK_OPT_OUTS) & set(row.labels):
        report.critical.append(f"{row.file}: an opt-out taken for {d.kind or 'machine'} mail: {list(row.labels)}")
    _score_entities(report, row, d)
    if d.review or d.automated:
        report.reviewed.append(f"{row.file}: {'automated?' if d.automated else 'review'} "
                               f"truth={list(row.labels)}{' unclear' if row.unclear else ''} "
                               f"proposed={d.evidence.get('proposed_labels')} {'; '.join(d.reasons)[:160]}")
    if not row.unclear:
        report.clear_human += 1
        report.clear_human_automatic += automatic
    if not automatic:
        return
    report.automatic += 1
    if row.unclear:
        report.critical.append(f"{row.file}: unclear mail decided automatically as {sorted(labels)}")
        return
    missed = [l for l in RULEBOOK_OPT_OUTS if l in row.labels and l not in labels]
    if missed:
        report.critical.append(f"{row.file}: automatic decision missed {missed}")
    if labels == set(row.labels):
        report.automatic_right += 1
    else:
        report.wrong_automatic.append(f"{row.file}: {sorted(labels)} expected {list(row.labels)}; "
                                      f"{'; '.join(d.reasons)[:160]}")


def _score_entities(report: Report, row: Row, d: Decision) -> None:
    report.entity_rows += 1
    got = d.entities.as_dict()
    for key in ("name", "postal_code", "account"):
        right = (got.get(key) or None) == (row.entities.get(key) or None)
        report.entity_right[key] += right
        if not right:
            report.entity_misses.append(f"{row.file}: {key} {got.get(key)!r} expected {row.entities.get(key)!r}")


def format_table(report: Report) -> str:
    f = report.figures()
    lines = [
        ("critical (must be 0)", f"{f['critical']}"),
        ("wrong automatic decisions", f"{f['wrong_automatic']}"),
        ("auto-precision", f"{f['auto_precision']:.3f}  ({report.automatic_right}/{report.automatic})"),
        ("automation (clear human mail)", f"{f['automation']:.3f}  ({report.clear_human_automatic}/{report.clear_human})"),
        ("recall on automated mail", f"{f['automated_recall']:.3f}  ({report.automated_found}/{report.automated})"),
        ("entity accuracy: name", f"{f['entity_name']:.3f}"),
        ("entity accuracy: ZIP", f"{f['entity_postal_code']:.3f}"),
        ("entity accuracy: account", f"{f['entity_account']:.3f}"),
        ("acknowledgement address accuracy", f"{f['ack_accuracy']:.3f}  ({report.ack_right}/{report.total})"),
    ]
    width = max(len(k) for k, _ in lines)
    out = [f"{'figure':<{width}}  value", f"{'-' * width}  -----"]
    out += [f"{k:<{width}}  {v}" for k, v in lines]
    for title, items in (("CRITICAL", report.critical), ("wrong automatic", report.wrong_automatic)):
        if items:
            out.append(f"\n{title}:")
            out += [f"  {i}" for i in items]
    return "\n".join(out)
