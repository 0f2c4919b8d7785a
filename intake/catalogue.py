"""The label catalogue: what each kind of request means, read from `catalogue.yml` in the rules folder.

Every module that needs to know the kinds of request (their order, suppression channels, legal clocks,
acknowledgement wording, report rows, export columns, staff-page badges) asks a `Catalogue`; none keeps a list of
its own. The file is validated once when it is loaded: a mistake stops intake with the file, the entry and the
problem (`RuleError`), never halfway through a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from intake.business_days import due_by
from intake.rulefile import RuleError, load_rule_file

FILE_NAME = "catalogue.yml"
MATCHES = ("email", "name_and_address")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_KIND_KEYS = {"title", "meaning", "channels", "clock", "ack", "colour", "export", "badge"}


@dataclass(frozen=True)
class Clock:
    business_days: int
    basis: str
    """The law or target that sets the number, for people."""


@dataclass(frozen=True)
class Kind:
    """One kind of request."""

    name: str
    title: str
    meaning: str
    channels: tuple[str, ...]
    """The suppression lists it sets; empty: a person must act on it (a review item)."""
    clock: Clock
    ack: str
    colour: str
    export: str
    badge: str

    @property
    def opt_out(self) -> bool:
        """An opt-out is carried out by intake itself: it puts the sender on suppression lists."""
        return bool(self.channels)


@dataclass(frozen=True)
class Channel:
    name: str
    title: str
    match: str
    """"email" or "name_and_address": how a later request finds the same person on this list."""


ROLES = ("unsubscribe", "name_sharing", "question")
"""Parts the deciding side knows about, and which kind of request plays each (see rules/catalogue.yml)."""


@dataclass(frozen=True)
class Catalogue:
    kinds: tuple[Kind, ...]
    channels: Mapping[str, Channel]
    review_clock: Clock
    roles: Mapping[str, str]
    """role -> kind: "unsubscribe" (what a bare unsubscribe means), "name_sharing" (a "take me off" about passing
    names on), "question" (what a person must handle)."""
    source: str = "<built>"

    # -- the questions the rest of intake asks --

    @property
    def labels(self) -> tuple[str, ...]:
        """Every kind's name, in the canonical order."""
        return tuple(k.name for k in self.kinds)

    @property
    def opt_outs(self) -> tuple[str, ...]:
        """The kinds intake carries out itself (they have channels), in the canonical order."""
        return tuple(k.name for k in self.kinds if k.opt_out)

    @property
    def for_staff(self) -> tuple[str, ...]:
        """The kinds a person must handle (no channels): answered by staff from a review item."""
        return tuple(k.name for k in self.kinds if not k.opt_out)

    def outcome(self, *, automated: bool, not_a_request: bool, review: bool,
                labels: Sequence[str]) -> tuple[str, ...]:
        """A decision as the names it is counted under (the weekly report, replay): ("automated",),
        ("not_a_request",), ("review",), its labels in the canonical order, or ("no_action",)."""
        if automated:
            return ("not_a_request",) if not_a_request else ("automated",)
        if review:
            return ("review",)
        return self.ordered(labels) or ("no_action",)

    def kind(self, name: str) -> Kind:
        for k in self.kinds:
            if k.name == name:
                return k
        raise KeyError(f"{name!r} is not a kind of request in {self.source}")

    def ordered(self, labels: Any) -> tuple[str, ...]:
        """`labels` (any iterable) as known kinds in the canonical order; unknown names are dropped."""
        wanted = set(labels or ())
        return tuple(name for name in self.labels if name in wanted)

    def channels_of(self, label: str) -> tuple[str, ...]:
        return self.kind(label).channels

    def clock_days(self, label: str) -> int:
        """Business days until a request of this kind (or "review") must be done."""
        if label == "review":
            return self.review_clock.business_days
        if label not in self.labels:
            raise ValueError(f"unknown request kind {label!r} (known: {', '.join(self.labels)}, review)")
        return self.kind(label).clock.business_days

    def due_date(self, received_at: datetime, label: str, tz: str) -> date:
        """When a request of this kind (or "review") received at `received_at` is due, in the calendar of `tz`."""
        return due_by(received_at, self.clock_days(label), tz)


# --- loading -----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def load_catalogue(rules_dir: Path) -> Catalogue:
    """The catalogue of a rules folder. Cached: settings name a rules folder once, and the file does not change
    under a running intake."""
    path = Path(rules_dir) / FILE_NAME
    data = load_rule_file(path)
    unknown = set(data) - {"kinds", "channels", "review", "roles"}
    if unknown:
        raise RuleError(path, "-", f"unknown top-level key(s) {', '.join(sorted(unknown))}; "
                                   "expected kinds, channels, review, roles")
    channels = _channels(path, data.get("channels"))
    kinds = _kinds(path, data.get("kinds"), channels)
    review = data.get("review")
    if not isinstance(review, dict) or set(review) != {"clock"}:
        raise RuleError(path, "review", "must be a mapping with one key, clock")
    return Catalogue(kinds, channels, _clock(path, "review", review["clock"]), _roles(path, data.get("roles"), kinds),
                     str(path))


def _roles(path: Path, raw: Any, kinds: tuple[Kind, ...]) -> dict[str, str]:
    names = {k.name: k for k in kinds}
    if not isinstance(raw, dict) or set(raw) != set(ROLES):
        raise RuleError(path, "roles", f"must name the kind for each of {', '.join(ROLES)}")
    for role, kind in raw.items():
        if kind not in names:
            raise RuleError(path, f"roles.{role}", f"{kind!r} is not a kind of request of this catalogue")
        if (role == "question") == names[kind].opt_out:
            raise RuleError(path, f"roles.{role}", "the question role is a kind without channels; the others are "
                                                   "opt-outs")
    return dict(raw)


def _channels(path: Path, raw: Any) -> dict[str, Channel]:
    if not isinstance(raw, dict) or not raw:
        raise RuleError(path, "channels", "must map each channel name to {title, match}")
    channels = {}
    for name, entry in raw.items():
        _check_name(path, "channels", name)
        if not isinstance(entry, dict) or set(entry) != {"title", "match"}:
            raise RuleError(path, f"channels.{name}", "needs exactly the keys title and match")
        if entry["match"] not in MATCHES:
            raise RuleError(path, f"channels.{name}", f"match must be one of {', '.join(MATCHES)}")
        channels[name] = Channel(name, _text(path, f"channels.{name}", entry, "title"), entry["match"])
    return channels


def _kinds(path: Path, raw: Any, channels: Mapping[str, Channel]) -> tuple[Kind, ...]:
    if not isinstance(raw, dict) or not raw:
        raise RuleError(path, "kinds", "must map each kind of request to its entry")
    kinds = []
    for name, entry in raw.items():
        where = f"kinds.{name}"
        _check_name(path, "kinds", name)
        if not isinstance(entry, dict):
            raise RuleError(path, where, "must be a mapping")
        missing, unknown = _KIND_KEYS - set(entry), set(entry) - _KIND_KEYS
        if missing or unknown:
            raise RuleError(path, where, f"missing {sorted(missing)}" if missing else f"unknown keys {sorted(unknown)}")
        own = entry["channels"]
        if not isinstance(own, list) or any(c not in channels for c in own):
            raise RuleError(path, where, f"channels must be a list drawn from {', '.join(channels)}")
        if not _COLOUR.fullmatch(str(entry["colour"])):
            raise RuleError(path, where, "colour must look like #1f5fa8")
        for key in ("ack", "export", "badge"):
            _check_name(path, where, entry[key], key)
        kinds.append(Kind(name, _text(path, where, entry, "title"), " ".join(_text(path, where, entry, "meaning").split()),
                          tuple(own), _clock(path, where, entry["clock"]), entry["ack"], entry["colour"],
                          entry["export"], entry["badge"]))
    exports = [k.export for k in kinds]
    if len(set(exports)) != len(exports):
        raise RuleError(path, "kinds", "two kinds share one export name")
    return tuple(kinds)


def _clock(path: Path, where: str, raw: Any) -> Clock:
    if not isinstance(raw, dict) or set(raw) != {"business_days", "basis"}:
        raise RuleError(path, where, "clock needs business_days and basis")
    days = raw["business_days"]
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 90:
        raise RuleError(path, where, "clock.business_days must be a whole number from 1 to 90")
    return Clock(days, _text(path, where, raw, "basis"))


def _text(path: Path, where: str, entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(path, where, f"{key} must be a non-empty text")
    return value.strip()


def _check_name(path: Path, where: str, name: Any, key: str = "name") -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise RuleError(path, where, f"{key} {name!r} must be lower case letters, digits and _ (at most 40)")
