"""The automated-mail gate: decides whether software, not a person, produced a message.

The rules live in rules/automated*.yml, read in file-name order and top to bottom, like a mailing-list server's
rule chain. This module only knows a few generic kinds of check; what they look for is data a compliance officer
can read and edit. Everything is validated and compiled once, at start: a broken file stops intake with a
RuleError naming the file, the rule and the problem, rather than letting it decide with half a rule.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

try:  # the regex parser, to read which literals a phrase needs; private, so its absence only costs speed
    from re import _constants as _sre, _parser as _sre_parser
except ImportError:  # pragma: no cover
    _sre = _sre_parser = None

from intake.rulefile import RuleError, load_rule_file, require
from intake.settings import AckSettings
from intake.values import GateVerdict, Mail, RuleHit, without_tag

AUTOMATED = "automated"
NOT_A_REQUEST = "not_a_request"
"""Label of a hit of a `verdict: not_a_request` rule: a person or company wrote it, but it asks nothing of us."""
HUMAN = "human"
"""Label of a hit of a `verdict: human` rule (e.g. a mail client's unsubscribe): evidence, not a machine sign."""
THANKS_ONLY = "thanks_only"
"""Label of the hit that marks a human courtesy reply to our acknowledgement: recorded, never answered."""

RULE_FILES = "automated*.yml"
MAX_TEXT = 4000
"""Characters of a text field that text rules read: machine wording sits at the top, and the cap keeps a 10 MB
message from costing more than a small one."""
MAX_EVIDENCE = 200


# --- text normalisation ----------------------------------------------------------------------------------------

def _fold_table() -> dict[int, str]:
    """One character for one character, so that match offsets in folded text are offsets in the original.

    Accents go (a compliance officer writes "automatica" or "automática", the sender either), typographic quotes
    and odd spaces become plain ones.
    """
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    for chars, plain in (("\u2018\u2019\u02bc\u00b4`", "'"), ("\u201c\u201d\u00ab\u00bb", '"'),
                         ("\u00a0\u2007\u202f\u2009\u200a", " "), ("\u2010\u2011\u2012\u2013\u2014", "-")):
        for ch in chars:
            table[ord(ch)] = plain
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case, accents and typographic punctuation folded, and exactly as long as `text`.

    Matching lower-case text against lower-case patterns is several times faster than re.IGNORECASE.
    """
    if text.isascii():
        return text.lower()
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)  # e.g. "İ" lowers to two chars


_ESCAPE_OR_UPPER = re.compile(r"(\\.)|([^\\]+)", re.DOTALL)


def _fold_pattern(pattern: str) -> str:
    """Fold a regex the way `fold` folds text, leaving escapes such as \\S and \\W alone."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group(1) or fold(m.group(2)), pattern)


def _phrase_regex(phrase: str) -> str:
    """One phrase of a rule file as a regex body: folded, and a space stretches over any run of white space."""
    body = _fold_pattern(phrase.strip())
    body = re.sub(r"(?<!\\) \?", r"\\s*", body)
    return re.sub(r"(?<!\\) (?![*+?{])", r"\\s+", body)


_MENTION = re.compile("[\"\u201c\u201d\u00ab][^\"\u201c\u201d\u00ab\u00bb\n]{1,80}[\"\u201c\u201d\u00bb]")
"""A short phrase in quotation marks: a mention of words, not a request made with them."""
_FLAGS = re.MULTILINE
_WORD_END = r"(?:(?<!\w)|(?!\w))"
"""In the regex itself, so that "(sell|selling)" backtracks to the longer word instead of stopping inside it (what
_ends_word checks after a match cannot do)."""


def _compile(path: Path, rule: str, what: str, pattern: str, *, phrase: bool = True) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise RuleError(path, rule, f"{what}: every entry must be a non-empty string, not {pattern!r}")
    try:
        # A phrase starts at a word boundary; the leading \\b also lets the engine skip the inside of words.
        return re.compile(rf"\b(?:{_phrase_regex(pattern)}){_WORD_END}" if phrase else _fold_pattern(pattern), _FLAGS)
    except re.error as exc:
        raise RuleError(path, rule, f"{what}: bad regular expression {pattern!r}: {exc}") from None


def _required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literal strings of which at least one must occur in any text the pattern matches, or None if unknown.

    Read from the parsed regex: "out of (the )?office" needs "office"; "(read|leido): " needs "read" or "leido".
    A phrase whose literals are all absent cannot match, so its regex is never run: a plain substring test is
    far cheaper than the regex engine, and most mail contains none of a rule's words.
    """
    if _sre_parser is None:
        return None
    try:
        found = _literals_of(list(_sre_parser.parse(pattern, _FLAGS)))
    except Exception:  # an internal API: on any surprise, scan always rather than skip wrongly
        return None
    return tuple(sorted(found)) if found else None


def _literals_of(items: list[Any]) -> set[str] | None:
    best: set[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best, run = _longer(best, {"".join(run)}), []
        candidate = None
        if op is _sre.SUBPATTERN:
            candidate = _literals_of(list(av[3]))
        elif op is _sre.BRANCH:
            alternatives = [_literals_of(list(alt)) for alt in av[1]]
            if all(alternatives):
                candidate = set().union(*alternatives)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            candidate = _literals_of(list(av[2]))
        best = _longer(best, candidate)
    return _longer(best, {"".join(run)}) if run else best


def _longer(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two literal sets: the one whose shortest member is longer."""
    if not b:
        return a
    if not a:
        return b
    return b if min(map(len, b)) > min(map(len, a)) else a


@dataclass(frozen=True)
class PhraseList:
    """A list of phrases from a rule file: one alternation to scan with, each phrase's regex to tell which one
    matched, and the literals each phrase needs (to skip the scan when none of them occurs)."""

    phrases: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]
    literals: tuple[tuple[str, ...] | None, ...]
    alternation: re.Pattern[str]
    any_literal: tuple[str, ...] | None
    """Every literal of every phrase; None when some phrase needs none we could find (then always scan)."""
    needs: tuple[frozenset[str] | None, ...] = ()
    """`literals` as sets, and `distinct` every literal once: `live` looks for each literal once, not once per
    phrase that needs it, and compares a phrase's set with the ones found in C."""
    distinct: tuple[str, ...] = ()

    @classmethod
    def build(cls, path: Path, rule: str, what: str, patterns: list[str]) -> "PhraseList | None":
        if not patterns:
            return None
        regexes = tuple(_compile(path, rule, what, p) for p in patterns)
        literals = tuple(_required_literals(r.pattern) for r in regexes)
        every = None if any(lit is None for lit in literals) else tuple(sorted({x for lit in literals for x in lit}))
        # One alternation: sre tests a literal first character of each alternative cheaply, one regex per phrase
        # would pay the scan once per phrase.
        alternation = re.compile(r"\b(?:" + "|".join(f"(?:{_phrase_regex(p)})" for p in patterns) + ")" + _WORD_END,
                                 _FLAGS)
        needs = tuple(None if lit is None else frozenset(lit) for lit in literals)
        distinct = tuple(sorted({x for lit in literals if lit is not None for x in lit}))
        return cls(tuple(patterns), regexes, literals, alternation, every, needs, distinct)

    def live(self, text: str) -> tuple[int, ...]:
        """The phrases whose literals occur in the text (or that need none): the only ones that can match."""
        present = {literal for literal in self.distinct if literal in text}
        return tuple(i for i, needed in enumerate(self.needs) if needed is None or not needed.isdisjoint(present))

    def may_match(self, text: str) -> bool:
        return self.any_literal is None or _any_in(self.any_literal, text)

    def which(self, text: str, start: int) -> int:
        """Which phrase matched at this position (the alternation takes the first that fits, so does this)."""
        for index, regex in enumerate(self.regexes):
            if regex.match(text, start):
                return index
        return -1

    def finditer(self, text: str, live: tuple[int, ...] | None = None) -> Iterator[re.Match[str]]:
        """Every match in the text; `live`: the text's live phrases when the caller has them already."""
        if live is None and not self.may_match(text):
            return
        live = self.live(text) if live is None else live
        if len(live) == len(self.phrases):
            yield from _phrases(self.alternation, text)
        elif live:
            # Speed work: sre tries every alternative at every position, and most phrases' literals are absent
            # from most mail; the few live phrases' own regexes, merged, cost less than the whole alternation and
            # less than compiling an alternation of just those (a text rarely has more than eight live phrases).
            yield from _merged(tuple(self.regexes[i] for i in live), text)

    def first(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where any of the phrases match, merged and in order."""
        merged: list[tuple[int, int]] = []
        for m in self.finditer(text):
            start, end = m.span()
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def _any_in(literals: tuple[str, ...], text: str) -> bool:
    for literal in literals:  # a plain loop: any() with a generator costs twice as much here
        if literal in text:
            return True
    return False


def _merged(regexes: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """What _phrases yields for the alternation of these regexes, from each regex alone: at the leftmost position
    where any matches, the first in the list's order (as the alternation tries its branches)."""
    nexts = [r.search(text) for r in regexes]
    pos = 0
    while True:
        best = None
        for k, m in enumerate(nexts):
            if m is not None and m.start() < pos:
                m = nexts[k] = regexes[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        if _ends_word(text, best.end()):
            yield best
            pos = max(best.end(), best.start() + 1)
        else:
            pos = best.start() + 1


def _ends_word(text: str, end: int) -> bool:
    """A phrase must not stop inside a word ("ty" must not match "type")."""
    return end == len(text) or end == 0 or not (_is_word(text[end - 1]) and _is_word(text[end]))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _phrases(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every whole-phrase match of a compiled phrase in folded text."""
    pos = 0
    while True:
        m = regex.search(text, pos)
        if m is None:
            return
        if _ends_word(text, m.end()):
            yield m
            pos = max(m.end(), m.start() + 1)
        else:
            pos = m.start() + 1


def _string_list(path: Path, rule: str, check: dict[str, Any], key: str, *, required: bool) -> list[str]:
    if key not in check:
        if required:
            raise RuleError(path, rule, f"check: missing key {key!r}")
        return []
    value = check[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, rule, f"check: {key!r} must be a non-empty list of strings")
    return value


def _evidence(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


# --- what a check sees -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Joined:
    raw: str
    folded: str
    starts: tuple[tuple[int, str], ...]
    """(offset, field name) of each field in the joined text."""

    def source(self, offset: int) -> str:
        name = self.starts[0][1]
        for start, field_name in self.starts:
            if start > offset:
                break
            name = field_name
        return name


class _View:
    """The message as the text rules read it: fields computed once per message, on first use."""

    __slots__ = ("mail", "_cache", "_joined", "_header_names")

    def __init__(self, mail: Mail):
        self.mail = mail
        self._cache: dict[str, tuple[str, str]] = {}
        self._joined: dict[str, _Joined] = {}
        self._header_names: str | None = None

    @property
    def header_names(self) -> str:
        """The lower-case names of the headers present, one per line."""
        if self._header_names is None:
            self._header_names = "\n".join(self.mail.headers)
        return self._header_names

    def field(self, name: str) -> tuple[str, str]:
        """(original text, folded text) of a field; same length, so spans carry over."""
        cached = self._cache.get(name)
        if cached is None:
            raw = self._raw(name)[:MAX_TEXT]
            cached = self._cache[name] = (raw, fold(raw))
        return cached

    def joined(self, fields: tuple[str, ...]) -> "_Joined":
        """Several fields as one text, so that a rule scans once; a blank line keeps phrases from spanning two."""
        key = "\x00".join(fields)
        cached = self._joined.get(key)
        if cached is None:
            parts = [(name, *self.field(name)) for name in fields]
            starts, pos = [], 0
            for name, raw, _ in parts:
                starts.append((pos, name))
                pos += len(raw) + 2
            cached = self._joined[key] = _Joined("\n\n".join(p[1] for p in parts), "\n\n".join(p[2] for p in parts),
                                                 tuple(starts))
        return cached

    def _raw(self, name: str) -> str:
        m = self.mail
        if name == "subject":
            return m.subject or ""
        if name == "new_text":
            # A message the sender only forwarded holds someone else's words (parse() puts them in new_text):
            # an out-of-office or a newsletter forwarded by a person must not make that person a machine.
            return "" if m.forwarded_as_own else (m.new_text or "")
        if name == "request_text":
            # what `unless` reads: a request in a forwarded own message still counts; a phrase in quotation marks
            # is mentioned, not asked ('Miss one "do not sell my info" request and ...')
            return _MENTION.sub(" ", m.new_text or "")
        if name == "body":
            return m.body or ""
        if name == "body_unless_forwarded_below_own_words":
            # a person who forwards machine mail with words of their own is a person; a bare forward is the machine's
            return m.new_text or "" if m.forwarded and not m.forwarded_as_own and (m.new_text or "").strip() \
                else m.body or ""
        if name == "attachments":
            return "\n".join(a.filename for a in m.attachments if a.filename)
        if name == "from_address":
            return m.from_.email if m.from_ else ""
        if name == "from_name":
            return m.from_.name if m.from_ else ""
        if name.startswith("header:"):
            return "\n".join(m.header_all(name[len("header:"):]))
        raise KeyError(name)


TEXT_FIELDS = ("subject", "new_text", "body", "body_unless_forwarded_below_own_words", "attachments",
               "from_address", "from_name")


# --- the kinds of check ----------------------------------------------------------------------------------------
# Each check is built from its YAML mapping (validated there) and called with a _View; it returns the hit's
# (text, source) or None.

Match = tuple[str, str] | None


def _glob_regex(glob: str) -> str:
    """A header-name glob ("List-*") as a regex over one line of `_View.header_names`."""
    return re.escape(glob.strip().lower()).replace(r"\*", "[^\n]*").replace(r"\?", "[^\n]")


@dataclass(frozen=True)
class HeaderPresent:
    names: re.Pattern[str]
    """All the names and globs as one regex over the message's header names, one per line: one C-speed scan."""

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "HeaderPresent":
        names = _string_list(path, rule, check, "headers", required=True)
        for name in names:
            if not re.fullmatch(r"[A-Za-z0-9*?_-]+", name.strip()):
                raise RuleError(path, rule, f"check: {name!r} is not a header name (letters, digits, '-', '*')")
        return cls(re.compile("^(?:" + "|".join(_glob_regex(n) for n in names) + ")$", re.MULTILINE))

    def __call__(self, view: _View) -> Match:
        m = self.names.search(view.header_names)
        if m is None:
            return None
        name = m.group(0)
        values = view.mail.headers.get(name) or ("",)
        return f"{name}: {values[0]}", name


@dataclass(frozen=True)
class HeaderMatches:
    header: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "HeaderMatches":
        header = require(path, rule, check, "header", str).strip().lower()
        pattern = _compile(path, rule, "pattern", require(path, rule, check, "pattern", str), phrase=False)
        unless = check.get("unless")
        if unless is not None and not isinstance(unless, str):
            raise RuleError(path, rule, "check: 'unless' must be one regular expression")
        return cls(header, pattern, _compile(path, rule, "unless", unless, phrase=False) if unless else None)

    def __call__(self, view: _View) -> Match:
        for value in view.mail.header_all(self.header):
            folded = fold(value)
            if self.pattern.search(folded) and not (self.unless and self.unless.search(folded)):
                return f"{self.header}: {value}", self.header
        return None


@dataclass(frozen=True)
class NullReturnPath:
    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "NullReturnPath":
        return cls()

    def __call__(self, view: _View) -> Match:
        mail = view.mail
        # parse() sets "" for <>; the header fallback covers a Return-Path it could not read as an address.
        if mail.return_path == "" or any(v.strip() in ("<>", "< >") for v in mail.header_all("return-path")):
            return "Return-Path: <>", "return-path"
        return None


_ADDRESS_FIELDS = ("from", "sender", "return_path")


@dataclass(frozen=True)
class SenderLocalPart:
    fields: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "SenderLocalPart":
        fields = tuple(_string_list(path, rule, check, "fields", required=False) or _ADDRESS_FIELDS)
        for f in fields:
            if f not in _ADDRESS_FIELDS:
                raise RuleError(path, rule, f"check: unknown field {f!r} (known: {', '.join(_ADDRESS_FIELDS)})")
        names = _string_list(path, rule, check, "names", required=True)
        regex = "|".join(f"(?:{fnmatch.translate(n.lower())})" for n in names)
        return cls(fields, re.compile(regex, re.IGNORECASE))

    def __call__(self, view: _View) -> Match:
        for name in self.fields:
            address = _address_of(view.mail, name)
            if not address:
                continue
            local = address.rpartition("@")[0] if "@" in address else address
            if local and self.pattern.match(local.strip().strip('"')):
                return address, name
        return None


def _address_of(mail: Mail, name: str) -> str:
    if name == "return_path":
        return (mail.return_path or "").strip("<> ")
    addr = mail.from_ if name == "from" else mail.sender
    if addr is None:
        return ""
    # "From: MAILER-DAEMON <>" leaves no addr-spec; the display name is then all there is.
    return addr.email or addr.name


@dataclass(frozen=True)
class ContentType:
    types: frozenset[str]
    unless: PhraseList | None = None
    """A reply to an invitation can carry a line the person typed ("please stop sending me these invitations"):
    then it is theirs to be read, not calendar traffic."""

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "ContentType":
        types = _string_list(path, rule, check, "types", required=True)
        for t in types:
            if not re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", t.lower()):
                raise RuleError(path, rule, f"check: {t!r} is not a MIME type such as multipart/report")
        unless = _string_list(path, rule, check, "unless", required=False)
        return cls(frozenset(t.lower() for t in types), PhraseList.build(path, rule, "unless", unless))

    def __call__(self, view: _View) -> Match:
        for t in (view.mail.content_type, *view.mail.part_types):
            if t in self.types:
                if _asks_in_own_words(self.unless, view):
                    return None
                return t, "content-type"
        return None


def _asks_in_own_words(unless: "PhraseList | None", view: _View) -> bool:
    """A rule's `unless`: a person is asking us something in their own words, so the rule does not hold."""
    return unless is not None and unless.first(view.field("request_text")[1]) is not None


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


_WORD = re.compile(r"[^\W_][\w-]*[^\W_]|[^\W\d_]{2,}|\d+")
"""A word, a number, or a token of both such as a campaign id ("5c1e9a0d-42b7-4c1f"): one word each."""


@dataclass(frozen=True)
class TextPatterns:
    fields: tuple[str, ...]
    strong: PhraseList | None
    weak: PhraseList | None
    min_weak: int
    unless: PhraseList | None
    max_words: int | None

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "TextPatterns":
        fields = tuple(_string_list(path, rule, check, "fields", required=False) or ("subject", "new_text"))
        for f in fields:
            if f not in TEXT_FIELDS and not (f.startswith("header:") and len(f) > len("header:")):
                raise RuleError(path, rule, f"check: unknown field {f!r} (known: {', '.join(TEXT_FIELDS)}, "
                                            "header:<Name>)")
        strong = _string_list(path, rule, check, "strong", required=False)
        weak = _string_list(path, rule, check, "weak", required=False)
        if not strong and not weak:
            raise RuleError(path, rule, "check: give 'strong' or 'weak' phrases (or both)")
        min_weak = check.get("min_weak", min(2, len(weak)) or 1)
        if "min_weak" in check and not weak:
            raise RuleError(path, rule, "check: 'min_weak' needs a list of 'weak' phrases")
        if not isinstance(min_weak, int) or isinstance(min_weak, bool) or not 1 <= min_weak <= max(len(weak), 1):
            raise RuleError(path, rule, f"check: 'min_weak' must be a whole number from 1 to {max(len(weak), 1)}")
        max_words = check.get("max_words")
        if max_words is not None and (not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 0):
            raise RuleError(path, rule, "check: 'max_words' must be a whole number")
        unless = _string_list(path, rule, check, "unless", required=False)
        return cls(fields, PhraseList.build(path, rule, "strong", strong), PhraseList.build(path, rule, "weak", weak),
                   min_weak, PhraseList.build(path, rule, "unless", unless), max_words)

    def __call__(self, view: _View) -> Match:
        found = self._strong(view) or self._weak(view)
        if found and self.max_words is not None and _word_count(view.field("request_text")[0]) > self.max_words:
            return None
        if found and _asks_in_own_words(self.unless, view):
            return None
        return found

    def _strong(self, view: _View) -> Match:
        if self.strong is None:
            return None
        text = view.joined(self.fields)
        m = self.strong.first(text.folded)
        return (_evidence(text.raw[m.start():m.end()]), text.source(m.start())) if m else None

    def _weak(self, view: _View) -> Match:
        if self.weak is None:
            return None
        text = view.joined(self.fields)
        live = self.weak.live(text.folded)
        if len(live) < self.min_weak:
            return None  # not enough of the hints' words occur: no need to scan
        seen: dict[int, tuple[str, str]] = {}
        for m in self.weak.finditer(text.folded, live):
            index = self.weak.which(text.folded, m.start())
            if index in seen:
                continue
            seen[index] = (text.raw[m.start():m.end()], text.source(m.start()))
            if len(seen) >= self.min_weak:
                texts = [t for t, _ in seen.values()]
                sources = sorted({s for _, s in seen.values()})
                return _evidence(" + ".join(texts)), "+".join(sources)
        return None


@dataclass(frozen=True)
class Impersonation:
    """A sender name that claims to be us (`names`) on an address outside our `domains`, with at least
    `min_weak` of the `weak` hints in the subject or the sender's text (an impostor asks to click, pay, verify)."""

    names: tuple[str, ...]
    domains: tuple[str, ...]
    weak: PhraseList | None
    min_weak: int

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "Impersonation":
        names = tuple(n.lower() for n in _string_list(path, rule, check, "names", required=True))
        domains = tuple(d.lower() for d in _string_list(path, rule, check, "domains", required=True))
        weak = _string_list(path, rule, check, "weak", required=False)
        min_weak = check.get("min_weak", 1)
        if not isinstance(min_weak, int) or isinstance(min_weak, bool) or min_weak < 0:
            raise RuleError(path, rule, "check: 'min_weak' must be a whole number")
        return cls(names, domains, PhraseList.build(path, rule, "weak", weak), min_weak)

    def __call__(self, view: _View) -> Match:
        mail = view.mail
        sender = mail.from_
        if sender is None:
            return None
        domain = sender.domain
        if any(domain == d or domain.endswith("." + d) for d in self.domains):
            return None
        claimed = fold(sender.name)
        if not any(name in claimed for name in self.names):
            return None
        if self.min_weak and self.weak is not None:
            text = view.joined(("subject", "new_text"))
            found = {self.weak.which(text.folded, m.start()) for m in self.weak.finditer(text.folded)}
            if len(found) < self.min_weak:
                return None
        return _evidence(f"{sender.name} <{sender.email}>"), "from"


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return " ".join(parts)


# --- the loop trap ---------------------------------------------------------------------------------------------

NOT_A_REPLY, NOTHING_NEW, THANKS, HUMAN_TEXT = "not-a-reply", "nothing-new", "thanks", "human-text"


@dataclass(frozen=True)
class LoopTrap:
    token: re.Pattern[str]
    id_domains: frozenset[str]
    ack_id_domains: frozenset[str]
    ack_prefix: str
    courtesy: PhraseList
    max_leftover: int

    @classmethod
    def build(cls, path: Path, rule: str, check: dict[str, Any], ack: AckSettings) -> "LoopTrap":
        token = require(path, rule, check, "reference_token", str)
        token = token.replace("{reference_prefix}", re.escape(ack.reference_prefix))
        compiled = _compile(path, rule, "reference_token", token, phrase=False)

        def domains(key: str) -> frozenset[str]:
            values = _string_list(path, rule, check, key, required=key == "message_id_domains")
            return frozenset(v.replace("{message_id_domain}", ack.message_id_domain).strip().lower() for v in values)

        id_domains = domains("message_id_domains")
        prefix = check.get("ack_id_prefix", "ack.")
        if not isinstance(prefix, str) or not prefix:
            raise RuleError(path, rule, "check: 'ack_id_prefix' must be a non-empty string")
        leftover = check.get("max_leftover_words", 3)
        if not isinstance(leftover, int) or isinstance(leftover, bool) or leftover < 0:
            raise RuleError(path, rule, "check: 'max_leftover_words' must be a whole number")
        courtesy = PhraseList.build(path, rule, "courtesy", _string_list(path, rule, check, "courtesy", required=True))
        return cls(compiled, id_domains, domains("ack_id_domains") | id_domains, prefix.lower(), courtesy, leftover)

    def classify(self, view: _View) -> tuple[str, str, str]:
        """(outcome, evidence, source): is this a reply to our acknowledgement, and did a person add anything?"""
        evidence = self._reference(view.mail)
        if evidence is None:
            return NOT_A_REPLY, "", ""
        text, source = evidence
        if view.mail.forwarded_as_own:
            # parse() puts the quoted or forwarded text in new_text when the sender wrote nothing of their own;
            # in a reply to our acknowledgement that text is ours, not theirs.
            return NOTHING_NEW, text, source
        raw, folded = view.field("new_text")
        spans = self.courtesy.spans(folded)
        leftover = _word_count(_blank(folded, spans))
        if not spans:
            # Even one word of their own ("STOP", "unsubscribe") is a person talking to us.
            return (NOTHING_NEW, text, source) if leftover == 0 else (HUMAN_TEXT, text, source)
        if leftover <= self.max_leftover:
            return THANKS, _evidence(raw) or text, "new_text"
        return HUMAN_TEXT, text, source

    def _reference(self, mail: Mail) -> tuple[str, str] | None:
        m = self.token.search(fold(mail.subject or ""))
        if m:
            return mail.subject[m.start():m.end()], "subject"
        for header, ids in (("in-reply-to", mail.in_reply_to), ("references", mail.references)):
            for msgid in ids:
                if self._ours(msgid):
                    return msgid, header
        return None

    def _ours(self, msgid: str) -> bool:
        local, _, domain = msgid.strip().strip("<>").rpartition("@")
        domain = domain.lower()
        return domain in self.id_domains or (domain in self.ack_id_domains and local.lower().startswith(self.ack_prefix))


# --- rules and the chain ---------------------------------------------------------------------------------------

KINDS: dict[str, Callable[..., Any]] = {
    "header_present": HeaderPresent.build,
    "header_matches": HeaderMatches.build,
    "null_return_path": NullReturnPath.build,
    "sender_local_part": SenderLocalPart.build,
    "content_type": ContentType.build,
    "text_patterns": TextPatterns.build,
    "impersonation": Impersonation.build,
    "loop_trap": LoopTrap.build,
}
_CHECK_KEYS = {
    "header_present": {"headers"},
    "header_matches": {"header", "pattern", "unless"},
    "null_return_path": set(),
    "sender_local_part": {"fields", "names"},
    "content_type": {"types", "unless"},
    "text_patterns": {"fields", "strong", "weak", "min_weak", "unless", "max_words"},
    "impersonation": {"names", "domains", "weak", "min_weak"},
    "loop_trap": {"reference_token", "message_id_domains", "ack_id_domains", "ack_id_prefix", "courtesy",
                  "max_leftover_words"},
}
_RULE_KEYS = {"name", "description", "check", "verdict", "overrides", "only_if_addressed_to_us"}
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    check: Any
    human: bool = False
    """verdict: human: a match stops the chain and lifts the rules in `overrides`."""
    overrides: frozenset[str] = frozenset()
    file: str = ""
    only_if_addressed_to_us: bool = False
    """The override holds only when To/Cc names one of our mailboxes: an unsubscribe meant for somebody else's
    list is not a request to us, and it comes in with the automated headers that then decide."""
    not_a_request: bool = False
    """verdict: not_a_request: a person or company wrote it (vendor mail, a calendar invitation, sales outreach),
    but it is not a request to us; like machine mail it is never acted on or answered."""


def _build_rule(path: Path, index: int, entry: Any, ack: AckSettings) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(path, f"#{index + 1}", "each rule must be a mapping with name, description and check")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise RuleError(path, f"#{index + 1}", "missing or bad 'name' (lower-case letters, digits, '-', '_')")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise RuleError(path, name, f"unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_RULE_KEYS))})")
    description = require(path, name, entry, "description", str)
    if not description.strip():
        raise RuleError(path, name, "'description' must say what the rule catches and why")
    check = require(path, name, entry, "check", dict)
    kind = check.get("kind")
    if kind not in KINDS:
        raise RuleError(path, name, f"unknown check kind {kind!r} (known: {', '.join(KINDS)})")
    extra = set(check) - _CHECK_KEYS[kind] - {"kind"}
    if extra:
        raise RuleError(path, name, f"check: unknown key(s) {', '.join(sorted(extra))} for kind {kind}")
    verdict = entry.get("verdict", AUTOMATED)
    if verdict not in (AUTOMATED, NOT_A_REQUEST, "human"):
        raise RuleError(path, name, f"'verdict' must be automated, not_a_request or human, not {verdict!r}")
    overrides = entry.get("overrides", [])
    if not isinstance(overrides, list) or not all(isinstance(o, str) for o in overrides):
        raise RuleError(path, name, "'overrides' must be a list of rule names")
    if overrides and verdict != "human":
        raise RuleError(path, name, "'overrides' only makes sense with verdict: human")
    if kind == "loop_trap" and verdict != AUTOMATED:
        raise RuleError(path, name, "a loop_trap rule cannot have verdict: human")
    to_us = entry.get("only_if_addressed_to_us", False)
    if not isinstance(to_us, bool):
        raise RuleError(path, name, "'only_if_addressed_to_us' must be true or false")
    return Rule(name, description.strip(), KINDS[kind](path, name, check, ack), verdict == "human",
                frozenset(overrides), str(path), to_us, verdict == NOT_A_REQUEST)


def load_rules(rules_dir: Path, ack: AckSettings) -> tuple[Rule, ...]:
    files = sorted(Path(rules_dir).glob(RULE_FILES))
    if not files:
        raise RuleError(rules_dir, "-", f"no rule files {RULE_FILES} in this folder")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        data = load_rule_file(path)
        entries = data.get("rules")
        if not isinstance(entries, list) or not entries:
            raise RuleError(path, "-", "the file must have a non-empty list 'rules'")
        for index, entry in enumerate(entries):
            rule = _build_rule(path, index, entry, ack)
            if rule.name in seen:
                raise RuleError(path, rule.name, f"duplicate rule name (also in {seen[rule.name]})")
            seen[rule.name] = str(path)
            rules.append(rule)
    for rule in rules:
        unknown = rule.overrides - set(seen)
        if unknown:
            raise RuleError(rule.file, rule.name, f"'overrides' names unknown rule(s) {', '.join(sorted(unknown))}")
    return tuple(rules)


@dataclass
class _Run:
    """What one pass of the chain found."""

    hits: list[RuleHit] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    human_rule: Rule | None = None
    loop_rule: Rule | None = None
    loop_outcome: str = NOT_A_REPLY
    loop_evidence: tuple[str, str] = ("", "")


class Gate:
    """The rule chain, compiled. Thread-safe: checking a message changes nothing in the gate."""

    def __init__(self, rules: Iterable[Rule], own_addresses: Iterable[str] = ()):
        self.rules = tuple(rules)
        self.own_addresses = frozenset(a.lower() for a in own_addresses)
        # Wording rules are the expensive ones. Once a message is automated and no later "verdict: human" rule
        # could lift that, they cannot change the verdict: they are skipped (listed in neither hits nor misses).
        self._skippable = tuple(
            isinstance(rule.check, TextPatterns) and not rule.human
            and not any(later.human for later in self.rules[index + 1:])
            for index, rule in enumerate(self.rules)
        )

    @classmethod
    def load(cls, rules_dir: Path, ack: AckSettings, own_addresses: Iterable[str] = ()) -> "Gate":
        """`own_addresses`: our mailboxes; rules marked only_if_addressed_to_us check To/Cc against them."""
        return cls(load_rules(rules_dir, ack), own_addresses)

    def check(self, mail: Mail, ignore: frozenset[str] = frozenset()) -> GateVerdict:
        """The gate's verdict; the rules named in `ignore` are not run (a relay's machinery: intake/decide/kind.py)."""
        view = _View(mail)
        run = _Run()
        settled = False
        for rule, skippable in zip(self.rules, self._skippable):
            if (settled and skippable) or rule.name in ignore:
                continue
            if isinstance(rule.check, LoopTrap):
                self._run_loop(rule, view, run)
                continue
            found = rule.check(view)
            if found is None:
                run.misses.append(rule.name)
                continue
            label = HUMAN if rule.human else NOT_A_REQUEST if rule.not_a_request else AUTOMATED
            run.hits.append(RuleHit(rule.name, label, found[0], found[1]))
            settled = not rule.human
            if rule.human:
                run.human_rule = rule
                break  # a person asked for this message: the wording rules below do not apply
        return self._verdict(run, mail)

    def _addressed_to_us(self, mail: Mail) -> bool:
        if not self.own_addresses:
            return True  # nothing configured to compare with: the rule applies as written
        # A List-Unsubscribe address often carries a token after "+" (customercare+u-8812@...); with no To or Cc at
        # all, the Delivered-To our own server wrote says which mailbox it came to.
        named = [a.email for a in (*mail.to, *mail.cc)] or \
            [v.strip().strip("<>") for v in mail.headers.get("delivered-to", ())]
        return any(without_tag(e) in self.own_addresses for e in named)

    @staticmethod
    def _run_loop(rule: Rule, view: _View, run: _Run) -> None:
        outcome, text, source = rule.check.classify(view)
        run.loop_rule, run.loop_outcome, run.loop_evidence = rule, outcome, (text, source)
        if outcome == NOTHING_NEW:
            run.hits.append(RuleHit(rule.name, AUTOMATED, text, source))
        elif outcome == THANKS:
            run.hits.append(RuleHit(rule.name, THANKS_ONLY, text, source))
        else:
            run.misses.append(rule.name)

    def _verdict(self, run: _Run, mail: Mail) -> GateVerdict:
        machine = [h for h in run.hits if h.label in (AUTOMATED, NOT_A_REQUEST)]
        suppress = False
        human = run.human_rule
        if human is not None and human.only_if_addressed_to_us and machine and not self._addressed_to_us(mail):
            human = None
        if human is not None and all(h.rule in human.overrides for h in machine):
            # Deliberately human; an RFC 3834 header still forbids an automatic answer.
            suppress = bool(machine)
            machine = []
        automated = bool(machine)
        hits = run.hits
        loop = automated and run.loop_outcome != NOT_A_REPLY
        if loop and run.loop_outcome != NOTHING_NEW and run.loop_rule is not None:
            # A reply to our acknowledgement that another rule found to be machine-made: a loop all the same.
            hits = [h for h in hits if h.rule != run.loop_rule.name]
            hits.append(RuleHit(run.loop_rule.name, AUTOMATED, *run.loop_evidence))
            run.misses = [m for m in run.misses if m != run.loop_rule.name]
        not_a_request = automated and all(h.label == NOT_A_REQUEST for h in machine) and not loop
        return GateVerdict(automated, tuple(hits), tuple(run.misses), loop=loop, suppress_ack=suppress,
                           not_a_request=not_a_request, human_rule=human.name if human is not None else None)
