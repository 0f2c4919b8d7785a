"""The fast rule engine: token patterns matched on a Doc's attribute columns, with spaCy's Matcher's semantics.

The rules' token patterns are compiled to steps over integer columns (no Token objects, no Python predicate
caches), with the semantics of spaCy's Matcher with greedy="LONGEST" per rule: every span each pattern matches,
then per rule the longest non-overlapping ones. A pattern using a feature this engine does not cover (unbounded
operators, other attributes) is run by spaCy's own Matcher instead (rules.py). Speed work only: the tests check
that this engine finds exactly what spaCy's Matcher finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from intake.decide.nlp import FLAG_COLUMNS, STRING_COLUMNS, Columns

_OP_RANGE = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


@dataclass(frozen=True)
class TokenPattern:
    """One token pattern compiled to steps over the Doc's attribute columns: (checks, min, max) where every check
    is (column, allowed values, or an Excluding of the refused ones) and a step takes between min and max
    consecutive tokens that pass all checks."""

    steps: tuple[tuple[tuple[tuple[int, frozenset[int]], ...], int, int], ...]
    anchor: int
    """The first step that must take a token and checks something: where a match is looked for."""
    before: tuple[int, int]
    """How many tokens (at least, at most) the steps before the anchor take."""
    needs: tuple[frozenset[int], ...]
    """Hashes of words one of each the message must contain (lemma or lower case), as `_needs`."""

    @classmethod
    def compile(cls, pattern: list[dict], strings: Any) -> "TokenPattern | None":
        """None when the pattern uses something only spaCy's Matcher does."""
        steps = []
        for token in pattern:
            checks = []
            for key, value in token.items():
                key = str(key).upper()
                if key == "OP":
                    continue
                if key in STRING_COLUMNS:
                    op, values = _string_values(value)
                    if values is None:
                        return None
                    hashes = frozenset(strings.add(v) for v in values)
                    checks.append((STRING_COLUMNS[key], hashes if op == "IN" else Excluding(hashes)))
                elif key in FLAG_COLUMNS and isinstance(value, bool):
                    checks.append((FLAG_COLUMNS[key], frozenset({int(value)})))
                else:
                    return None
            bounds = _op_bounds(token.get("OP", "1"))
            if bounds is None:
                return None
            # a check that admits a few values first: the anchor's first check is what a match is looked up by
            steps.append((tuple(sorted(checks, key=lambda c: isinstance(c[1], Excluding))), *bounds))
        anchor = next((i for i, (checks, low, _) in enumerate(steps)
                       if low >= 1 and checks and not isinstance(checks[0][1], Excluding)), None)
        if anchor is None:
            return None
        before = (sum(low for _, low, _ in steps[:anchor]), sum(high for _, _, high in steps[:anchor]))
        needs = tuple(frozenset(strings.add(w) for w in need) for need in needs_of(pattern))
        return cls(tuple(steps), anchor, before, needs)

    def spans(self, toks: Columns, found: set[tuple[int, int]]) -> None:
        """Add every (start, end) this pattern matches."""
        cols = toks.cols
        n = len(cols[0])
        checks = self.steps[self.anchor][0]
        column, allowed = checks[0]
        low, high = self.before
        starts: set[int] = set()
        for q in [q for q, value in enumerate(cols[column]) if value in allowed]:
            if len(checks) == 1 or all(cols[c][q] in v for c, v in checks[1:]):
                starts.update(range(q - high if q > high else 0, q - low + 1))
        for start in starts:
            found.update((start, end) for end in _ends(self.steps, start, n, cols))


class Excluding(frozenset):
    """The values a NOT_IN check refuses: `value in Excluding(...)` is True for every other value, so a step's
    checks read the same whichever kind they are."""

    def __contains__(self, value: object) -> bool:
        return not frozenset.__contains__(self, value)


def _string_values(value: Any) -> tuple[str, list[str] | None]:
    """A string attribute's test: a string, {"IN": [...]} or {"NOT_IN": [...]}; None for anything else."""
    if isinstance(value, str):
        return "IN", [value]
    if isinstance(value, dict) and len(value) == 1:
        (op, values), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(values, list) and all(isinstance(v, str) for v in values):
            return op, values
    return "", None


def _ends(steps: tuple, start: int, n: int, cols: list[list[int]]) -> set[int] | tuple[()]:
    """Where a match of `steps` from `start` can end: the positions reachable step by step (a set, so paths
    through optional tokens that meet again are followed once)."""
    positions = {start}
    for checks, low, high in steps:
        if high == 1 and len(checks) == 1:  # one token, checked once: the common step
            column, allowed = checks[0]
            values = cols[column]
            taken = {p + 1 for p in positions if p < n and values[p] in allowed}
            positions = (taken | positions) if low == 0 else taken
            if not positions:
                return ()
            continue
        reached: set[int] = set()
        for pos in positions:
            limit = high if high < n - pos else n - pos
            if not checks:
                taken = limit
            elif len(checks) == 1:
                column, allowed = checks[0]
                values = cols[column]
                taken = 0
                while taken < limit and values[pos + taken] in allowed:
                    taken += 1
            else:
                taken = 0
                while taken < limit and all(cols[c][pos + taken] in v for c, v in checks):
                    taken += 1
            if taken >= low:
                reached.update(range(pos + low, pos + taken + 1))
        if not reached:
            return ()
        positions = reached
    return positions


def _op_bounds(op: Any) -> tuple[int, int] | None:
    op = str(op)
    if op == "1":
        return 1, 1
    if op == "?":
        return 0, 1
    found = _OP_RANGE.fullmatch(op)
    if not found:
        return None  # "*", "+", "!", "{n,}": spaCy's Matcher
    low, comma, high = found.groups()
    if not comma:
        return (int(low), int(low)) if low else None
    if not high:
        return None
    return int(low or 0), int(high)


def longest(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's greedy="LONGEST" filter: longest first (then leftmost), no token used twice."""
    taken: set[int] = set()
    kept = []
    for start, end in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return kept


def needs_of(pattern: list[dict]) -> list[frozenset[str]]:
    """For every token the pattern cannot skip, the words one of which it must be: a message lacking any of
    them cannot match, so the matcher need not run (the check is loose, never wrong: lemma or lower case)."""
    needs = []
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op not in ("1", "+") and not op.startswith("{1") and not re.fullmatch(r"\{[1-9]\d*\}", op):
            continue
        for attr in ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM"):
            value = token.get(attr)
            if isinstance(value, str):
                needs.append(frozenset({value.lower()}))
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                needs.append(frozenset(str(v).lower() for v in value["IN"]))
    return needs
