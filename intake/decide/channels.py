"""Part of step 5 (scope): channel limits. "Stop the e-mails, keep the paper catalog" (LABELS.md: channel limits
are kept; the record and the acknowledgement say which channel).

A wish to keep something beside a marketing opt-out sends the mail to staff, unless the words say which of the
catalogue's channels is kept and which one the opt-out stops (rules/channels.yml):

    "Stop the e-mails, but keep sending the catalog."     the opt-out, with marketing_postal kept
    "No more catalogs. I still want the e-mails."         the opt-out, with marketing_email kept
    "Take me off everything except the bills."            the opt-out, nothing kept (bills are not marketing)
    "Stop the catalog, but keep sending the catalog."     staff: the channel that is kept is the only one named
    "Take me off, but keep sending."                      staff: what is kept is not said
    "I like the catalog but take me off everything."      staff (a keep cue not in keep_rules: mixed wishes)

The words right after the keep cue name what is kept (or, when they name nothing, the words before it in its
sentence that are not the opt-out's: "E-mail is fine, you can keep sending those"), and only the words of the
opt-out phrase and the few after it (up to the keep cue) name what it stops: a careful reader asked "which mail?"
gets no more from a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.catalogue import Catalogue
from intake.decide.requests import Analysis, Match
from intake.rulefile import RuleError, load_rule_file, require

FILE_NAME = "channels.yml"
WINDOW = 6
"""Tokens after a keep cue, or after an opt-out phrase, that may name what it keeps or stops (scope.py's
OBJECT_WINDOW for the same reason)."""
NOT_MARKETING = "not_marketing"


@dataclass(frozen=True)
class ChannelWords:
    keep_rules: frozenset[str]
    words: dict[str, str]
    """token -> a channel of the catalogue, or NOT_MARKETING."""
    weak: frozenset[str]
    partial: frozenset[str] = frozenset()

    @classmethod
    def load(cls, rules_dir: Path, catalogue: Catalogue) -> "ChannelWords":
        path = Path(rules_dir) / FILE_NAME
        raw = load_rule_file(path)
        keep_rules = require(path, "keep_rules", raw, "keep_rules", list)
        channels = require(path, "channels", raw, "channels", dict)
        words: dict[str, str] = {}
        for channel, listed in channels.items():
            if channel not in catalogue.channels:
                raise RuleError(path, channel, f"not a channel of the label catalogue ({', '.join(catalogue.channels)})")
            for word in require(path, channel, channels, channel, list):
                _add(path, words, str(word).lower(), channel)
        for word in require(path, NOT_MARKETING, raw, NOT_MARKETING, list):
            _add(path, words, str(word).lower(), NOT_MARKETING)
        weak = frozenset(str(w).lower() for w in raw.get("weak") or [])
        partial = frozenset(str(w).lower() for w in raw.get("partial") or [])
        return cls(frozenset(map(str, keep_rules)), words, weak, partial)

    def named(self, lower: list[str], start: int, end: int, context_end: int | None = None) -> set[str]:
        """What tokens [start, end) name: channels, and NOT_MARKETING (looked for up to `context_end`: "I still
        want to get the e-mails about outages" keeps outage mail, whose word comes late)."""
        words = _joined(lower, start, end)
        found = {self.words[w] for w in words if w in self.words}
        if any(self.words.get(w) == NOT_MARKETING for w in _joined(lower, start, max(end, context_end or end))):
            # "keep sending my paper bills", "the e-mails about my account": the paper and e-mails are those
            found = {self.words[w] for w in words if w in self.words and w not in self.weak} | {NOT_MARKETING}
        return found


def _joined(lower: list[str], start: int, end: int) -> list[str]:
    """The tokens, with a hyphenated "e - mails" (spaCy splits the hyphen off) joined back into "e-mails"."""
    if start >= 2 and lower[start - 1] == "-" and lower[start - 2] == "e":
        start -= 2  # a cue that begins inside "e-mail" ("E-mail is fine")
    words, i = [], start
    while i < end:
        if lower[i] == "e" and i + 2 < len(lower) and lower[i + 1] == "-":
            words.append("e-" + lower[i + 2])
            i += 3
            continue
        words.append(lower[i])
        i += 1
    return words


def _add(path: Path, words: dict[str, str], word: str, meaning: str) -> None:
    if words.get(word, meaning) != meaning:
        raise RuleError(path, meaning, f"{word!r} is listed under {words[word]} too: a word may name one only")
    words[word] = meaning


def apply_limits(analysis: Analysis, catalogue: Catalogue, book: ChannelWords) -> None:
    """Set analysis.kept_channels and the flag "channel_limit" where a keep cue beside the marketing opt-out says
    which channel it keeps; review.py sends every other keep cue beside one to staff. Being put back on a list
    ("Put me back on the printed catalog list. No e-mails though.") keeps that list the same way; when it cannot
    be told which, the message is flagged "mixed_wishes" (LABELS.md: mixed wishes are unclear) wherever the two
    wishes stand."""
    label = catalogue.roles["unsubscribe"]
    back_in = analysis.cues_of("opt_back_in")
    keeps = [*analysis.cues_of("keep"), *back_in]
    hits = analysis.live(label)
    if not keeps or not hits:
        return
    kept = _kept(analysis, book, keeps, hits)
    if kept is None:
        if back_in:
            analysis.flags.add("mixed_wishes")
        return
    own = set(catalogue.channels_of(label))
    analysis.kept_channels = tuple(c for c in catalogue.channels if c in kept & own)
    analysis.flags.add("channel_limit")
    what = ", ".join(catalogue.channels[c].title for c in analysis.kept_channels) or "only mail that is not marketing"
    analysis.reasons.append(f"keeps {what}: the opt-out stops the rest")


def _kept(analysis: Analysis, book: ChannelWords, keeps: list[Match], hits: list[Match]) -> set[str] | None:
    """The channels the keep cues keep, when the words say it and the opt-out's own words name another; else
    None (staff decide)."""
    if any(c.spec.tag == "keep" and c.spec.name not in book.keep_rules for c in keeps):
        return None
    lower = analysis.toks.lower
    kept: set[str] = set()
    for cue in keeps:
        end = _window_end(analysis, cue, hits)
        if book.partial.intersection(lower[cue.start:end]):
            return None  # "except the holiday catalog": part of a channel, which no list can hold
        named = book.named(lower, cue.start, end, _sentence_end(analysis, cue, hits)) or \
            book.named(lower, _clause_start(analysis, cue, hits), cue.start)
        if not named:
            return None
        kept |= named - {NOT_MARKETING}
    stopped: set[str] = set()
    for hit in hits:
        stopped |= book.named(lower, hit.start, _window_end(analysis, hit, keeps)) - {NOT_MARKETING}
    if kept and not stopped - kept:
        return None
    return kept


def _clause_start(analysis: Analysis, cue: Match, hits: list[Match]) -> int:
    """Where the words before a keep cue that may name what it keeps begin: its sentence's start, or the end of an
    opt-out's window before it in the sentence ("E-mail is fine, you can keep sending those"; "El catálogo de
    papel sí lo quiero seguir recibiendo"; not "Stop the catalog, keep sending": those words are the opt-out's)."""
    sent, start = analysis.toks_sent, cue.start
    while start > 0 and sent[start - 1] == cue.sent:
        start -= 1
    for hit in hits:
        if hit.sent == cue.sent and hit.start < cue.start:
            start = max(start, _window_end(analysis, hit, [cue]))
    return start


def _sentence_end(analysis: Analysis, match: Match, others: list[Match]) -> int:
    """The end of `match`'s sentence, or the start of the next of `others` in it."""
    sent, end = analysis.toks_sent, match.end
    while end < len(sent) and sent[end] == match.sent and not any(o.start == end for o in others):
        end += 1
    return end


def _window_end(analysis: Analysis, match: Match, others: list[Match]) -> int:
    """WINDOW tokens after `match`, within its sentence, and not into the next of `others` in it."""
    sent, end = analysis.toks_sent, min(match.end + WINDOW, len(analysis.toks_sent))
    for i in range(match.end, end):
        if sent[i] != match.sent or any(o.start == i for o in others):
            return i
    return end


def read(readings: list[Any], tools: Any) -> None:
    for reading in readings:
        if not reading.settled and reading.analysis is not None:
            apply_limits(reading.analysis, tools.catalogue, tools.channel_words)
