"""What does the sender want? Labels, a confidence, and whether staff must decide.

This is the only module that imports spaCy. It holds three things:

* the rule book: the human-editable YAML in rules/ compiled into spaCy Matcher/PhraseMatcher on lemmas;
* the pipelines: a blank English pipeline (lookup lemmatizer + a small bag-of-words `textcat_multilabel`) that
  is trained and committed in models/textcat/, and a blank Spanish one for matching Spanish rules;
* the decision policy that combines rule hits, cues, scope and model scores into a `Decision`.

Rules carry the meaning a person can read and edit; the model is a second opinion. When the two disagree, or a
cue says the words may not mean what they say, the message goes to staff (review) and nothing is acted on.
"""

from __future__ import annotations

import bisect
import json
from functools import cached_property, lru_cache
import logging
import re
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy
import spacy
from spacy.language import Language
from spacy.errors import Errors
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from intake.decide.entities import extract_entities
from intake.rulefile import RuleError, load_rule_file, require
from intake.settings import AckSettings, ClassifierSettings
from intake.values import Decision, Entities, GateVerdict, Mail, RuleHit

LABELS = ("marketing_opt_out", "catalog_share_opt_out", "question")
"""The labels this classifier knows, in the shipped catalogue's order (the deciding chain that replaces this module
asks the catalogue)."""

log = logging.getLogger(__name__)

MARKETING, SHARING, QUESTION = LABELS
LANGS = ("en", "es")
CUE_KINDS = ("negation", "hypothetical", "opt_back_in", "polite_request", "sarcasm", "third_party", "courtesy",
             "rhetorical", "asks", "deceased")
SCOPE_KINDS = ("marketing", "channel", "name_sharing", "service", "billing", "paper")
RULE_KEYS = {"name", "lang", "why", "phrases", "patterns", "alone", "generic", "personal", "only_without_opt_out",
             "label", "cue", "scope"}
FLAGS = ("alone", "generic", "personal", "only_without_opt_out")
ES_LEMMA_FILE = "es_lemma_lookup.json"

MAX_TEXT_CHARS = 20_000
"""Longer text is cut for classification: a request is made near the top, and nlp time must stay bounded."""
MAX_ATTACHMENT_CHARS = 5_000

RULE_WEIGHT_POSITIVE = 0.3
"""A rule hit the model agrees with leaves this share of the model's doubt (see `_label_confidence`)."""
RULE_WEIGHT_NEGATIVE = 0.4
"""Rules are written for precision: their silence is weaker evidence than their hit."""
PENALTY_THIRD_PARTY = 0.92
PENALTY_FORWARDED = 0.95
PROPOSE_THRESHOLD = 0.5

SERIOUS_DEFECTS = (
    "oversize", "parser-error", "broken-boundary", "undecodable", "truncat", "start-boundary", "close-boundary",
    "invalid-base64", "multipart-invariant",
)
"""Parse defects after which the text we classify may not be what the sender wrote."""

_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|rv|tr|sv)\s*(\[\d+\])?\s*:\s*)+", re.I)
_QUESTION_MARK = re.compile(r"\?")
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*[-*\u2022>])")
_LINE = re.compile(r"[^\n]*\n")
SHORT_LINE = 45
"""A line shorter than this ends where it ends ("Hi,", "Name: ...", "Account 12345"); longer ones may wrap."""
PERSONAL = frozenset("i me my mine we us our you your yours yo mi mis me nos nuestro nuestra usted ustedes su sus "
                     "tu te".split())
"""A wh-question that names neither the sender nor us may be rhetorical ("Who decides what is shared?")."""
_PERSONAL_IDS = frozenset(get_string_id(w) for w in PERSONAL)
WH_WORDS = frozenset("who what why how where when which whom whose quién qué por cómo dónde cuándo cuál".split())
_ES_HINT = re.compile(r"[ñ¿¡]|\b(por favor|dejen|envíen|quiero|nombre|gracias|catálogo|correo|empresas)\b", re.I)


# --- the rule book ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSpec:
    """One rule from a YAML file: what it means when it matches."""

    file: str
    name: str
    kind: str
    """"label", "cue" or "scope"."""
    tag: str
    """The label, cue kind or scope kind."""
    lang: str
    alone: bool = False
    generic: bool = False
    personal: bool = False
    only_without_opt_out: bool = False

    @property
    def key(self) -> str:
        return _rule_key(self.file, self.name)


@lru_cache(maxsize=None)
def _rule_key(file: str, name: str) -> str:
    return f"{Path(file).stem}:{name}"


@dataclass
class Match:
    spec: RuleSpec
    start: int
    end: int
    sent: int
    source: str
    text: str
    status: str = "live"
    """live, negated, hypothetical, opt_back_in, reassigned or echo (a subject echoing a cancelled body hit)."""


@dataclass
class _Compiled:
    """The rules of one language.

    Token patterns are matched by `_TokenPattern` on the integer attribute columns of the Doc (no Token objects,
    no Python predicate caches), with the semantics of spaCy's Matcher with greedy="LONGEST" per rule: every span
    each pattern matches, then per rule the longest non-overlapping ones. A rule using a pattern feature that
    engine does not cover (unbounded operators, other attributes) is run by spaCy's own Matcher instead. Every
    pattern is validated by spaCy's Matcher at load either way. Phrases go to one PhraseMatcher on lemmas."""

    vocab: Any
    fast: list[tuple[int, "_TokenPattern"]] = field(default_factory=list)
    """Every pattern run by `_TokenPattern`, with its rule's key id."""
    index: dict[int, list[int]] = field(default_factory=dict)
    """Word hash -> the `fast` patterns that cannot match without that word (each pattern is filed under the
    rarest-looking of the word sets it needs), so a message only tries patterns its words can start."""
    always: list[int] = field(default_factory=list)
    """`fast` patterns that need no particular word."""
    rules: list[tuple[list[list[frozenset[int]]], Matcher]] = field(default_factory=list)
    """Per rule run by spaCy: for each pattern, the word sets it needs (one word of each must occur), and the matcher."""
    phrases: PhraseMatcher | None = None
    keys: dict[int, str] = field(default_factory=dict)


_COLUMNS = (LEMMA, LOWER, ORTH, IS_PUNCT, IS_ALPHA, IS_SPACE, IDX, LENGTH)
"""The token attributes read once per Doc with `Doc.to_array`, in this order."""
_COL_LEMMA, _COL_LOWER, _COL_ORTH, _COL_PUNCT, _COL_ALPHA, _COL_SPACE, _COL_IDX, _COL_LENGTH = range(len(_COLUMNS))
_FAST_STRING_ATTRS = {"LEMMA": _COL_LEMMA, "LOWER": _COL_LOWER, "ORTH": _COL_ORTH, "TEXT": _COL_ORTH}
_FAST_FLAG_ATTRS = {"IS_PUNCT": _COL_PUNCT, "IS_ALPHA": _COL_ALPHA, "IS_SPACE": _COL_SPACE}
_OP_RANGE = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


@dataclass(frozen=True)
class _TokenPattern:
    """One token pattern compiled to steps over the Doc's attribute columns: (checks, min, max) where every check
    is (column, allowed values) and a step takes between min and max consecutive tokens that pass all checks."""

    steps: tuple[tuple[tuple[tuple[int, frozenset[int]], ...], int, int], ...]
    anchor: int
    """The first step that must take a token and checks something: where a match is looked for."""
    before: tuple[int, int]
    """How many tokens (at least, at most) the steps before the anchor take."""
    needs: tuple[frozenset[int], ...]
    """Hashes of words one of each the message must contain (lemma or lower case), as `_needs`."""

    @classmethod
    def compile(cls, pattern: list[dict], strings: Any) -> "_TokenPattern | None":
        """None when the pattern uses something only spaCy's Matcher does."""
        steps = []
        for token in pattern:
            checks = []
            for key, value in token.items():
                key = str(key).upper()
                if key == "OP":
                    continue
                if key in _FAST_STRING_ATTRS:
                    if isinstance(value, str):
                        values = [value]
                    elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                            and all(isinstance(v, str) for v in value["IN"]):
                        values = value["IN"]
                    else:
                        return None
                    checks.append((_FAST_STRING_ATTRS[key], frozenset(strings.add(v) for v in values)))
                elif key in _FAST_FLAG_ATTRS and isinstance(value, bool):
                    checks.append((_FAST_FLAG_ATTRS[key], frozenset({int(value)})))
                else:
                    return None
            bounds = _op_bounds(token.get("OP", "1"))
            if bounds is None:
                return None
            steps.append((tuple(checks), *bounds))
        anchor = next((i for i, (checks, low, _) in enumerate(steps) if low >= 1 and checks), None)
        if anchor is None:
            return None
        before = (sum(low for _, low, _ in steps[:anchor]), sum(high for _, _, high in steps[:anchor]))
        needs = tuple(frozenset(strings.add(w) for w in need) for need in _needs(pattern))
        return cls(tuple(steps), anchor, before, needs)

    def spans(self, toks: "Tokens", found: set[tuple[int, int]]) -> None:
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


def _longest(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's greedy="LONGEST" filter: longest first (then leftmost), no token used twice."""
    taken: set[int] = set()
    kept = []
    for start, end in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return kept


class RuleBook:
    """Every rule file in rules/ (but the automated-mail gate's), compiled per language."""

    def __init__(self, specs: dict[str, RuleSpec], compiled: dict[str, _Compiled]):
        self.specs = specs
        self.compiled = compiled
        self._label_keys = [s.key for s in specs.values() if s.kind == "label"]

    @classmethod
    def load(cls, rules_dir: Path, nlps: dict[str, Language]) -> "RuleBook":
        lemma_fixes = load_lemma_fixes(rules_dir)
        for lang, nlp in nlps.items():
            apply_lemma_fixes(nlp, lemma_fixes.get(lang, {}))
        specs: dict[str, RuleSpec] = {}
        compiled = {lang: _Compiled(nlp.vocab, phrases=PhraseMatcher(nlp.vocab, attr="LEMMA")) for lang, nlp in nlps.items()}
        validator = Matcher(next(iter(nlps.values())).vocab, validate=True)
        for path in rule_files(rules_dir):
            for spec, phrases, patterns in _read_rules(path):
                if spec.key in specs:
                    raise RuleError(path, spec.name, "duplicate rule name")
                specs[spec.key] = spec
                _validate(path, spec, patterns, validator)
                for lang, nlp in nlps.items():
                    if spec.lang in (lang, "any"):
                        _add(spec, phrases, patterns, nlp, compiled[lang])
        return cls(specs, compiled)

    def match(self, doc: Doc, lang: str, toks: "Tokens") -> list[tuple[RuleSpec, int, int]]:
        """Matches of every rule; the words of the doc (`toks.words`: hashes of lemmas and lower-case forms)
        skip patterns that cannot match."""
        compiled = self.compiled[lang]
        words = toks.words
        found: set[tuple[int, int, int]] = set()
        candidates = set(compiled.always)
        index = compiled.index
        for word in index.keys() & words:
            candidates.update(index[word])
        by_rule: dict[int, set[tuple[int, int]]] = {}
        for number in sorted(candidates):
            key, pattern = compiled.fast[number]
            for need in pattern.needs:
                if need.isdisjoint(words):
                    break
            else:
                pattern.spans(toks, by_rule.setdefault(key, set()))
        for key, spans in by_rule.items():
            found.update((key, start, end) for start, end in (_longest(spans) if len(spans) > 1 else spans))
        for needs, matcher in compiled.rules:
            if any(all(not need.isdisjoint(words) for need in pattern) for pattern in needs):
                found.update(matcher(doc))
        if compiled.phrases is not None:
            found.update(compiled.phrases(doc))
        hits = [(compiled.keys[match_id], start, end) for match_id, start, end in found]
        return [(self.specs[key], start, end) for key, start, end in sorted(hits, key=lambda f: (f[1], f[2], f[0]))]

    def names(self, kind: str) -> list[str]:
        return self._label_keys if kind == "label" else [s.key for s in self.specs.values() if s.kind == kind]


def rule_files(rules_dir: Path) -> list[Path]:
    """The classifier's rule files: every *.yml but the gate's automated*.yml, lemmas.yml and catalogue.yml."""
    files = sorted(Path(rules_dir).glob("*.yml"))
    return [p for p in files if not p.name.startswith("automated") and p.name not in ("lemmas.yml", "catalogue.yml")]


def _read_rules(path: Path) -> Iterable[tuple[RuleSpec, list[str], list[list[dict]]]]:
    data = load_rule_file(path)
    file_label = data.get("label")
    if file_label is not None and file_label not in LABELS:
        raise RuleError(path, "-", f"label {file_label!r} is not one of {', '.join(LABELS)}")
    unknown = set(data) - {"label", "rules"}
    if unknown:
        raise RuleError(path, "-", f"unknown top-level key(s) {', '.join(sorted(unknown))}; expected label, rules")
    entries = require(path, "-", data, "rules", list)
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RuleError(path, f"#{index + 1}", "each rule must be a mapping with at least a name")
        name = require(path, f"#{index + 1}", entry, "name", str)
        yield _spec(path, name, entry, file_label)


def _spec(path: Path, name: str, entry: dict, file_label: str | None) -> tuple[RuleSpec, list[str], list[list[dict]]]:
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise RuleError(path, name, f"unknown key(s) {', '.join(sorted(unknown))}")
    kind, tag = _kind(path, name, entry, file_label)
    lang = entry.get("lang", "any")
    if lang not in (*LANGS, "any"):
        raise RuleError(path, name, f"lang must be en, es or any, not {lang!r}")
    phrases = entry.get("phrases", [])
    patterns = entry.get("patterns", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise RuleError(path, name, "phrases must be a list of non-empty strings")
    if not isinstance(patterns, list) or not all(isinstance(p, list) and p for p in patterns):
        raise RuleError(path, name, "patterns must be a list of token patterns (each a non-empty list of mappings)")
    if not phrases and not patterns:
        raise RuleError(path, name, "a rule needs phrases or patterns")
    for flag in FLAGS:
        if not isinstance(entry.get(flag, False), bool):
            raise RuleError(path, name, f"{flag} must be true or false")
    spec = RuleSpec(str(path), name, kind, tag, lang, **{flag: bool(entry.get(flag)) for flag in FLAGS})
    return spec, phrases, patterns


def _kind(path: Path, name: str, entry: dict, file_label: str | None) -> tuple[str, str]:
    given = [k for k in ("label", "cue", "scope") if k in entry]
    if len(given) > 1:
        raise RuleError(path, name, f"a rule has one of label, cue or scope, not {' and '.join(given)}")
    if "cue" in entry:
        if entry["cue"] not in CUE_KINDS:
            raise RuleError(path, name, f"cue must be one of {', '.join(CUE_KINDS)}, not {entry['cue']!r}")
        return "cue", entry["cue"]
    if "scope" in entry:
        if entry["scope"] not in SCOPE_KINDS:
            raise RuleError(path, name, f"scope must be one of {', '.join(SCOPE_KINDS)}, not {entry['scope']!r}")
        return "scope", entry["scope"]
    label = entry.get("label", file_label)
    if label not in LABELS:
        raise RuleError(path, name, f"label must be one of {', '.join(LABELS)} (set it for the file or the rule)")
    return "label", label


def _validate(path: Path, spec: RuleSpec, patterns: list[list[dict]], validator: Matcher) -> None:
    """spaCy's own check of every pattern, so a bad rule stops intake with the file, the rule and the problem."""
    for number, pattern in enumerate(patterns, 1):
        if not all(isinstance(token, dict) for token in pattern):
            raise RuleError(path, spec.name, f"pattern {number}: each token must be a mapping like {{LEMMA: stop}}")
        if _has_bool(pattern):
            raise RuleError(path, spec.name, f"pattern {number}: YAML reads unquoted no/yes/on/off as true/false; "
                                             'write them in quotes, e.g. {LOWER: "no"}')
        try:
            validator.add(spec.key, [pattern], greedy="LONGEST")  # raises on a bad pattern
        except (ValueError, KeyError, TypeError) as exc:
            problem = " ".join(str(exc).split())[:300]
            raise RuleError(path, spec.name, f"pattern {number} is not a valid spaCy token pattern: {problem}") from None


def _add(spec: RuleSpec, phrases: list[str], patterns: list[list[dict]], nlp: Language, compiled: _Compiled) -> None:
    strings = nlp.vocab.strings
    key = strings.add(spec.key)
    compiled.keys[key] = spec.key
    if patterns:
        fast = [_TokenPattern.compile(pattern, strings) for pattern in patterns]
        if all(p is not None for p in fast):
            for pattern in fast:
                number = len(compiled.fast)
                compiled.fast.append((key, pattern))  # type: ignore[arg-type]
                if pattern.needs:  # type: ignore[union-attr]
                    for word in min(pattern.needs, key=_commonness):  # type: ignore[union-attr]
                        compiled.index.setdefault(word, []).append(number)
                else:
                    compiled.always.append(number)
        else:
            matcher = Matcher(nlp.vocab)
            for pattern in patterns:
                matcher.add(spec.key, [pattern], greedy="LONGEST")
            needs = [[frozenset(strings.add(w) for w in need) for need in _needs(pattern)] for pattern in patterns]
            compiled.rules.append((needs, matcher))
    if phrases:
        compiled.phrases.add(spec.key, list(lemmatize(nlp, [p.lower() for p in phrases])))


_COMMON = frozenset(get_string_id(w) for w in (
    "i me my we us our you your it this that the a an to of for in on and or not no do be have please -"
).split())


def _commonness(need: frozenset[int]) -> tuple[int, int]:
    """How often a message is likely to contain one of these words: short sets of rare words are filed under."""
    return len(need & _COMMON), len(need)


def _needs(pattern: list[dict]) -> list[frozenset[str]]:
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


_STRING_ATTRS = {"LEMMA", "LOWER", "ORTH", "TEXT", "NORM", "SHAPE", "PREFIX", "SUFFIX"}


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _has_bool(pattern: list[dict]) -> bool:
    """True when a string attribute got a YAML boolean (unquoted no/yes/on/off)."""
    for token in pattern:
        for key, value in token.items():
            if str(key).upper() not in _STRING_ATTRS:
                continue
            values: list = [value]
            if isinstance(value, dict):
                values = [v for key in ("IN", "NOT_IN") for v in _as_list(value.get(key, []))]
            if any(isinstance(v, bool) for v in values):
                return True
    return False


# --- pipelines -------------------------------------------------------------------------------------------------


def lemmatize(nlp: Language, texts: Iterable[str]) -> Iterable[Doc]:
    """Tokenise and lemmatise only (no textcat): what rules and phrases are matched on."""
    names = [n for n in nlp.pipe_names if n != "textcat_multilabel"]
    with nlp.select_pipes(enable=names):
        yield from nlp.pipe(texts)


class _ArrayLookup:
    """spaCy's lookup lemmatizer with the same table and the same result, but reading and writing the lemmas as
    arrays: spaCy's own loops over Token objects in Python, which costs more than the rest of the pipeline.
    `_fast_lemmas` mixes this into a pipeline's lookup lemmatizer (the saved model is unchanged)."""

    CACHE_LIMIT = 200_000

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            cache: dict[int, int] = self.__dict__.setdefault("_lemma_cache", {})
            if len(cache) > self.CACHE_LIMIT:
                cache.clear()
            array = doc.to_array([ORTH, LEMMA])
            strings = doc.vocab.strings
            table = self.lookups.get_table("lemma_lookup", {})
            lemmas = []
            for orth, lemma in array.tolist():
                if self.overwrite or lemma == 0:
                    lemma = cache.get(orth)
                    if lemma is None:
                        text = strings[orth]
                        found = table.get(text, text)
                        lemma = cache[orth] = strings.add(found if isinstance(found, str) else found[0])
                lemmas.append(lemma)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


@lru_cache(maxsize=None)
def _array_lookup_class(cls: type) -> type:
    return type(f"ArrayLookup{cls.__name__}", (_ArrayLookup, cls), {})


def _fast_lemmas(nlp: Language) -> Language:
    pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if (isinstance(pipe, Lemmatizer) and not isinstance(pipe, _ArrayLookup) and pipe.mode == "lookup"
            and type(pipe).lookup_lemmatize is Lemmatizer.lookup_lemmatize and type(pipe).__call__ is Lemmatizer.__call__):
        pipe.__class__ = _array_lookup_class(type(pipe))
    return nlp


def base_pipeline(lang: str, es_lookup: dict[str, str] | None = None) -> Language:
    """A blank pipeline with a lookup lemmatizer. English tables come from spacy-lookups-data (fast); Spanish
    ones are the pruned table saved with the model when given, because the full table takes a second to load."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    if lang == "es" and es_lookup is not None:
        from spacy.lookups import Lookups

        lookups = Lookups()
        lookups.add_table("lemma_lookup", es_lookup)
        nlp.get_pipe("lemmatizer").initialize(lookups=lookups)
    else:
        nlp.initialize()
    return _fast_lemmas(nlp)


def add_textcat(nlp: Language, ngram_size: int = 2, length: int = 2**17) -> None:
    """A bag-of-words multilabel classifier: cheap enough for thousands of messages a second."""
    model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": ngram_size,
             "no_output_layer": False, "length": length}
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    for label in LABELS:
        textcat.add_label(label)


def load_lemma_fixes(rules_dir: Path) -> dict[str, dict[str, str]]:
    path = Path(rules_dir) / "lemmas.yml"
    if not path.exists():
        return {}
    data = load_rule_file(path)
    fixes: dict[str, dict[str, str]] = {}
    for lang, table in data.items():
        if lang not in LANGS:
            raise RuleError(path, str(lang), "top-level keys are languages: en, es")
        if not isinstance(table, dict):
            raise RuleError(path, lang, "must map written forms to lemmas")
        for form, lemma in table.items():
            if not isinstance(form, str) or not isinstance(lemma, str) or " " in form.strip() or not lemma.strip():
                raise RuleError(path, f"{lang}.{form}", "each entry is `form: lemma`, one word each")
        fixes[lang] = {str(f).lower(): str(v).lower() for f, v in table.items()}
    return fixes


def apply_lemma_fixes(nlp: Language, fixes: dict[str, str]) -> None:
    pipe = nlp.get_pipe("lemmatizer")
    table = pipe.lookups.get_table("lemma_lookup")
    for form, lemma in fixes.items():
        table.set(form, lemma)
    pipe.__dict__.pop("_lemma_cache", None)


def spanish_lookup(model_dir: Path) -> dict[str, str] | None:
    path = Path(model_dir) / ES_LEMMA_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def prune_spanish_lookup(vocabulary: Iterable[str]) -> dict[str, str]:
    """Every form of every lemma the Spanish rules and training text use: small, and exact for matching."""
    import gzip

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "es_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        full: dict[str, str] = json.load(fh)
    words = {w.lower() for w in vocabulary}
    wanted = {full.get(w, w) for w in words} | words
    return {form: lemma for form, lemma in full.items() if lemma in wanted}


# --- text preparation ------------------------------------------------------------------------------------------


@dataclass
class Prepared:
    """The text of one mail as the classifier sees it, with where each part came from."""

    text: str
    lowered: str
    sources: list[tuple[int, str]]
    """(start offset, source name), in order."""
    sentence_starts: list[int]
    lang: str

    def source_at(self, offset: int) -> str:
        index = 0
        for i, (start, _) in enumerate(self.sources):
            if start <= offset:
                index = i
        return self.sources[index][1]

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def part(self, source: str) -> str:
        starts = self.sources + [(len(self.text), "")]
        return "".join(self.text[a:b] for (a, s), (b, _) in zip(starts, starts[1:]) if s == source)


def prepare(mail: Mail) -> Prepared:
    # A reply's subject ("Re: Is community solar right for you?") is our text, not the sender's.
    subject = "" if _SUBJECT_PREFIX.match(mail.subject or "") else (mail.subject or "").strip()
    parts = [("subject", subject), ("new_text", mail.new_text or "")]
    for attachment in mail.attachments:
        if attachment.text and attachment.content_type.startswith("text/"):
            parts.append(("attachment", attachment.text[:MAX_ATTACHMENT_CHARS]))
    text, sources = "", []
    for source, part in parts:
        part = _clean(part)
        if not part.strip():
            continue
        sources.append((len(text), source))
        text += part.strip() + "\n\n"
    # An empty text would give the bag-of-words model no tokens at all (which it cannot handle): keep a newline.
    text = text[:MAX_TEXT_CHARS] or "\n\n"
    lang = mail.language if mail.language in LANGS else _guess_language(text)
    return Prepared(text, _lower_same_length(text), sources or [(0, "new_text")], _sentence_starts(text, sources), lang)


def prepare_text(text: str, subject: str = "", language: str = "und") -> Prepared:
    """Prepare bare text (training, tests) the same way a mail is prepared."""
    from types import SimpleNamespace

    mail = SimpleNamespace(subject=subject, new_text=text, attachments=(), language=language)
    return prepare(mail)  # type: ignore[arg-type]


def model_text(prepared: Prepared) -> str:
    return prepared.lowered


_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                              "\u200b": " ", "\u2013": "-", "\u2014": "-", "\r": "\n"})


def _clean(text: str) -> str:
    """Curly quotes and dashes as plain ones: "don\u2019t" must lemmatise like "don't"."""
    return text.replace("\r\n", "\n").translate(_SAME_LENGTH)


def _lower_same_length(text: str) -> str:
    """Lower case without changing any offset, so matches map back to the sender's own spelling."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _guess_language(text: str) -> str:
    return "es" if len(_ES_HINT.findall(text)) >= 2 else "en"


def _sentence_starts(text: str, sources: list[tuple[int, str]]) -> list[int]:
    starts = {0} | {start for start, _ in sources}
    starts |= {m.end() for m in _SENTENCE_END.finditer(text)}
    offset = 0
    for line in _LINE.finditer(text):
        if len(line.group().strip()) < SHORT_LINE:
            starts.add(line.end())
        offset = line.end()
    return sorted(s for s in starts if s <= len(text))


# --- the classifier --------------------------------------------------------------------------------------------


@dataclass
class Analysis:
    """What the rules found in one message, before the model's opinion is added."""

    hits: list[Match] = field(default_factory=list)
    cues: list[Match] = field(default_factory=list)
    scopes: list[Match] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)

    def live(self, label: str) -> list[Match]:
        return [h for h in self.hits if h.spec.tag == label and h.status == "live"]


class Classifier:
    def __init__(self, nlp: Language, es_nlp: Language, rules: RuleBook, settings: ClassifierSettings,
                 gate: Any, ack_address: Any, own_addresses: Iterable[str]):
        self.nlp, self.es_nlp, self.rules, self.settings = nlp, es_nlp, rules, settings
        self.gate, self._ack_address = gate, ack_address
        self.own_addresses = tuple(a.lower() for a in own_addresses)
        self.model_version = str(nlp.meta.get("intake", {}).get("model_version", "untrained"))

    @classmethod
    def load(cls, settings: ClassifierSettings, ack: AckSettings, own_addresses: Iterable[str]) -> "Classifier":
        from intake.decide.gate import Gate
        from intake.decide.recipient import ack_address

        nlp, es_nlp, rules = load_pipelines(settings.model_dir, settings.rules_dir)
        gate = Gate.load(settings.rules_dir, ack, own_addresses)
        return cls(nlp, es_nlp, rules, settings, gate, ack_address, own_addresses)

    # -- public API --

    def classify(self, mail: Mail) -> Decision:
        return self.classify_many([mail])[0]

    def classify_many(self, mails: Sequence[Mail]) -> list[Decision]:
        verdicts = [self.gate.check(mail) for mail in mails]
        decisions: list[Decision | None] = [None] * len(mails)
        human = [i for i, v in enumerate(verdicts) if not v.automated]
        for i, v in enumerate(verdicts):
            if v.automated:
                decisions[i] = self._automated(mails[i], v)
        prepared = {i: prepare(mails[i]) for i in human}
        with self._memory_zone():
            docs = self._docs(prepared)
            for i in human:
                en_doc, rule_doc = docs[i]
                decisions[i] = self._decide(mails[i], verdicts[i], prepared[i], en_doc, rule_doc)
        return [d for d in decisions if d is not None]

    def _memory_zone(self) -> ExitStack:
        """Strings spaCy learns from a batch (every new word, name, number) are forgotten after it: without this,
        a daemon's vocabulary, and its memory, grows with every message it ever read."""
        stack = ExitStack()
        for nlp in {id(n): n for n in (self.nlp, self.es_nlp) if n is not None}.values():
            stack.enter_context(nlp.memory_zone())
        return stack

    def classify_text(self, text: str, subject: str = "", language: str = "und") -> tuple[tuple[str, ...], bool, dict]:
        """The text part alone (no gate, no recipient): labels, review and evidence. For tests and tools."""
        prepared = prepare_text(text, subject, language)
        en_doc, rule_doc = self._docs({0: prepared})[0]
        labels, review, confidence, reasons, evidence = self._judge(prepared, en_doc, rule_doc, defects=(),
                                                                     forwarded=False)
        evidence["confidence"] = confidence
        evidence["reasons"] = reasons
        return labels, review, evidence

    # -- steps --

    def _docs(self, prepared: dict[int, Prepared]) -> dict[int, tuple[Doc, Doc]]:
        keys = list(prepared)
        en_docs = list(self.nlp.pipe((prepared[k].lowered for k in keys), batch_size=256))
        out = {k: (doc, doc) for k, doc in zip(keys, en_docs)}
        spanish = [k for k in keys if prepared[k].lang == "es"]
        for k, doc in zip(spanish, lemmatize(self.es_nlp, (prepared[k].lowered for k in spanish))):
            out[k] = (out[k][0], doc)
        return out

    def _automated(self, mail: Mail, verdict: GateVerdict) -> Decision:
        evidence = {"model_version": self.model_version, "gate": _gate_evidence(verdict)}
        reasons = tuple(f"automated: {h.rule}" for h in verdict.hits[:3]) or ("automated",)
        return Decision(True, (), False, None, Entities(), 1.0, reasons, mail.language, self.model_version, evidence,
                        loop=verdict.loop)

    def _decide(self, mail: Mail, verdict: GateVerdict, prepared: Prepared, en_doc: Doc, rule_doc: Doc) -> Decision:
        labels, review, confidence, reasons, evidence = self._judge(
            prepared, en_doc, rule_doc, defects=mail.defects, forwarded=mail.forwarded_as_own,
            oversize=mail.size > self.settings.max_message_bytes)
        ack_to, ack_reasons = self._ack_address(mail, verdict, self.own_addresses)
        serious = [d for d in mail.defects if d.startswith(SERIOUS_DEFECTS)]
        if ack_to and serious:
            # We could not read all of it, so we cannot even be sure a person wrote it: staff look first and
            # answer from the review page.
            ack_to, ack_reasons = None, (*ack_reasons, f"no ack: message not readable whole ({', '.join(serious)})")
        evidence["gate"] = _gate_evidence(verdict)
        evidence["recipient_reasons"] = list(ack_reasons)
        entities = extract_entities(mail)
        return Decision(False, labels, review, ack_to, entities, confidence, tuple(reasons), prepared.lang,
                        self.model_version, evidence, proposed=tuple(evidence.get("proposed_labels", ())),
                        loop=verdict.loop)

    def _judge(self, prepared: Prepared, en_doc: Doc, rule_doc: Doc, *, defects: Sequence[str], forwarded: bool,
               oversize: bool = False) -> tuple[tuple[str, ...], bool, float, list[str], dict]:
        analysis = analyse(self.rules, prepared, rule_doc)
        scores = {label: float(en_doc.cats.get(label, 0.0)) for label in LABELS}
        decided = tuple(label for label in LABELS if analysis.live(label))
        confidence = min(_label_confidence(label in decided, scores[label]) for label in LABELS)
        reasons = list(analysis.reasons)
        review_why: list[str] = []
        confidence = self._penalties(analysis, forwarded, confidence, reasons)
        serious = [d for d in defects if d.startswith(SERIOUS_DEFECTS)]
        if serious or oversize:
            review_why.append(f"message damaged ({', '.join(serious) or 'oversize'}): text may be incomplete")
        review_why += _review_reasons(analysis, decided, scores, confidence, self.settings.review_threshold)
        review = bool(review_why)
        evidence = self._evidence(analysis, scores, prepared)
        if review:
            evidence["proposed_labels"] = sorted(
                set(decided) | {l for l in LABELS if scores[l] >= PROPOSE_THRESHOLD}, key=LABELS.index)
            reasons += review_why
            labels: tuple[str, ...] = ()
        else:
            labels = decided
            reasons += [f"{label}: {_first_hit_text(analysis, label)}" for label in labels]
            if not labels:
                reasons.append("thanks only: nothing to do")
        return labels, review, round(confidence, 4), reasons, evidence

    @staticmethod
    def _penalties(analysis: Analysis, forwarded: bool, confidence: float, reasons: list[str]) -> float:
        if "third_party" in analysis.flags:
            confidence *= PENALTY_THIRD_PARTY
            reasons.append("about someone else: " + (_cue_text(analysis, "third_party") or _cue_text(analysis, "deceased")))
        if forwarded:
            confidence *= PENALTY_FORWARDED
            reasons.append("forwarded text taken as the sender's own")
        return confidence

    def _evidence(self, analysis: Analysis, scores: dict[str, float], prepared: Prepared) -> dict[str, Any]:
        hit_keys = {h.spec.key for h in analysis.hits}
        return {
            "model_version": self.model_version,
            "language": prepared.lang,
            "rule_hits": [_match_json(h) for h in analysis.hits],
            "rule_misses": [k for k in self.rules.names("label") if k not in hit_keys],
            "cues": [_match_json(c) for c in analysis.cues],
            "scope": [_match_json(s) for s in analysis.scopes],
            "model_scores": {label: round(score, 4) for label, score in scores.items()},
            "flags": sorted(analysis.flags),
        }


def load_pipelines(model_dir: Path, rules_dir: Path) -> tuple[Language, Language, RuleBook]:
    model_dir = Path(model_dir)
    if not (model_dir / "meta.json").exists():
        raise FileNotFoundError(f"{model_dir}: no trained model here; run `intake train`")
    nlp = _fast_lemmas(spacy.load(model_dir))
    es_nlp = base_pipeline("es", spanish_lookup(model_dir))
    rules = RuleBook.load(rules_dir, {"en": nlp, "es": es_nlp})
    return nlp, es_nlp, rules


# --- the policy ------------------------------------------------------------------------------------------------


@dataclass
class Tokens:
    """The token attributes the policy needs, read once per message with `Doc.to_array` (iterating a Doc in
    Python creates a Token object per token, which is slow)."""

    cols: list[list[int]]
    """The `_COLUMNS` of every token (string attributes as hashes): what the rules match on."""
    strings: Any
    idx: list[int]
    alpha: list[int]
    skip: list[bool]
    """Punctuation or whitespace."""
    sent: list[int]
    words: set[int]
    """Hashes of every lemma and lower-case form: what the rules' prefilter looks up."""

    @classmethod
    def of(cls, doc: Doc, prepared: Prepared) -> "Tokens":
        array = doc.to_array(_COLUMNS)
        cols = array.T.tolist()
        sent = (numpy.searchsorted(prepared.sentence_starts, array[:, _COL_IDX], side="right") - 1).tolist()
        skip = [bool(p or s) for p, s in zip(cols[_COL_PUNCT], cols[_COL_SPACE])]
        words = set(cols[_COL_LEMMA])
        words.update(cols[_COL_LOWER])
        return cls(cols, doc.vocab.strings, cols[_COL_IDX], cols[_COL_ALPHA], skip, sent, words)

    @cached_property
    def lower(self) -> list[str]:
        strings = self.strings
        return [strings[h] for h in self.cols[_COL_LOWER]]

    def end(self, i: int) -> int:
        """The character offset where token i ends."""
        return self.idx[i] + self.cols[_COL_LENGTH][i]


def analyse(rules: RuleBook, prepared: Prepared, doc: Doc) -> Analysis:
    """Rule hits, cues and scope of one message, with each opt-out hit's status decided by the cues."""
    analysis = Analysis()
    toks = Tokens.of(doc, prepared)
    for spec, start, end in rules.match(doc, prepared.lang, toks):
        char_start, char_end = toks.idx[start], toks.end(end - 1)
        sent = toks.sent[start]
        if spec.alone and not _alone(toks, start, end, sent):
            continue
        match = Match(spec, start, end, sent, prepared.source_at(char_start), prepared.text[char_start:char_end])
        {"label": analysis.hits, "cue": analysis.cues, "scope": analysis.scopes}[spec.kind].append(match)
    _apply_cues(analysis)
    _apply_scope(analysis)
    _question_marks(analysis, prepared, toks)
    _conditions(analysis, toks)
    _echoes(analysis)
    _flags(analysis, prepared, toks)
    return analysis


def _alone(toks: Tokens, start: int, end: int, sent: int) -> bool:
    """True when no word outside [start, end) shares the sentence (punctuation and courtesy aside)."""
    for i, lower in enumerate(toks.lower):
        if start <= i < end or toks.skip[i] or toks.sent[i] != sent:
            continue
        if lower not in ("please", "pls", "now", "thanks", "thank", "you", "por", "favor"):
            return False
    return True


def _cues_in(analysis: Analysis, kind: str, sent: int | None = None) -> list[Match]:
    return [c for c in analysis.cues if c.spec.tag == kind and (sent is None or c.sent == sent)]


def _apply_cues(analysis: Analysis) -> None:
    for hit in analysis.hits:
        if hit.spec.tag == QUESTION:
            continue
        if hit.spec.tag == MARKETING and any(c.start <= hit.start < c.end or hit.start <= c.start < hit.end
                                             for c in _cues_in(analysis, "negation")):
            hit.status = "negated"
        elif _cues_in(analysis, "hypothetical", hit.sent):
            hit.status = "hypothetical"
        elif hit.spec.tag == MARKETING and _cues_in(analysis, "opt_back_in", hit.sent):
            hit.status = "opt_back_in"
    for kind in ("hypothetical", "opt_back_in"):
        for cue in _cues_in(analysis, kind):
            analysis.hits.append(_derived(cue, QUESTION, f"cue:{kind}"))


def _apply_scope(analysis: Analysis) -> None:
    """A generic "take me off" in a sentence about passing names on is a sharing opt-out."""
    for hit in list(analysis.hits):
        if hit.status != "live" or hit.spec.tag != MARKETING or not hit.spec.generic:
            continue
        own_share_hit = [h for h in analysis.live(SHARING) if h.sent == hit.sent]
        if _about_sharing(analysis, hit) and not own_share_hit:
            hit.status = "reassigned"
            analysis.hits.append(_derived(hit, SHARING, f"scope:{hit.spec.name}"))
    _billing_scope(analysis)
    for hit in analysis.live(MARKETING):
        in_sentence = {s.spec.tag for s in analysis.scopes if s.sent == hit.sent}
        if in_sentence & {"service", "billing"} and not in_sentence & {"marketing", "channel"}:
            analysis.flags.add("unclear_scope")
            analysis.reasons.append(f"opt-out may be about service notices, not marketing: {hit.text!r}")


def _about_sharing(analysis: Analysis, hit: Match) -> bool:
    """Whether the sentence of a generic opt-out is about passing names on. A sentence that names nothing the
    opt-out could be about ("Please don't include me in that.", "Please record my opt-out.") is about what the
    sentence just before it was about."""
    in_sentence = [s for s in analysis.scopes if s.sent == hit.sent]
    if not in_sentence:
        return any(s.spec.tag == "name_sharing" for s in analysis.scopes
                   if s.sent == hit.sent - 1 and s.source == hit.source)
    # Only sharing words outside the opt-out phrase say what the phrase is about.
    return any(s.spec.tag == "name_sharing" and not (hit.start <= s.start < hit.end) for s in in_sentence)


OBJECT_WINDOW = 6
"""How many tokens after an opt-out phrase may name what it is about ("stop sending me the paper statements")."""


def _billing_scope(analysis: Analysis) -> None:
    """"Stop mailing me paper statements" asks for a billing change (a question for staff), not a marketing
    opt-out. What an opt-out phrase is about is the first scope word in it or just after it in its sentence:
    bills, or paper as such in a message that mentions bills and nothing promotional ("Stop sending me paper.
    I want my bill by e-mail."). "Stop the emails, I get enough with the bill" is about the e-mails."""
    tags = {s.spec.tag for s in analysis.scopes}
    bills_only = "billing" in tags and "marketing" not in tags
    for hit in analysis.live(MARKETING):
        about = [s for s in analysis.scopes
                 if s.sent == hit.sent and hit.start <= s.start < hit.end + OBJECT_WINDOW]
        if not about:
            continue
        first = min(about, key=lambda s: s.start).spec.tag
        if first == "billing" or (first == "paper" and bills_only):
            hit.status = "reassigned"
            analysis.hits.append(_derived(hit, QUESTION, f"scope:billing:{hit.spec.name}"))
            analysis.reasons.append(f"about bills, not marketing: {hit.text!r}")


def _question_marks(analysis: Analysis, prepared: Prepared, toks: Tokens) -> None:
    """A sentence ending in "?" is a question, unless it politely asks for the opt-out it contains or is a
    complaint dressed as a question ("How many times do I have to ask?": cue rhetorical, which also silences the
    question rules in that sentence). A "?" with (almost) no words says nothing, and a wh-question that addresses
    nobody ("Who decides what is shared?") may be rhetorical: those are weak and cannot decide alone, unless it
    plainly asks for information ("How long until this takes effect?": cue asks)."""
    rhetorical = {c.sent for c in _cues_in(analysis, "rhetorical")}
    asks = {c.sent for c in _cues_in(analysis, "asks")}
    for hit in analysis.hits:
        if hit.sent in rhetorical and hit.status == "live" and hit.spec.tag == QUESTION \
                and not hit.spec.name.startswith(("cue:", "scope:")):
            hit.status = "rhetorical"
    asked: dict[int, int] = {}
    for found in _QUESTION_MARK.finditer(prepared.lowered):
        token = max(bisect.bisect_right(toks.idx, found.start()) - 1, 0)
        if toks.idx:
            asked.setdefault(prepared.sentence_at(found.start()), token)
    for sent, token in asked.items():
        opt_out = [h for h in analysis.hits if h.sent == sent and h.status == "live" and h.spec.tag != QUESTION]
        if opt_out and _cues_in(analysis, "polite_request", sent):
            continue
        words = [w for w, a, s in zip(toks.lower, toks.alpha, toks.sent) if a and s == sent]
        if len(words) < 2:
            continue
        spec = RuleSpec("<code>", "question_mark", "label", QUESTION, "any")
        match = Match(spec, token, token + 1, sent, prepared.source_at(toks.idx[token]), _sentence_text(prepared, sent))
        if sent in rhetorical:
            match.status = "rhetorical"
        elif words[0] in WH_WORDS and not PERSONAL.intersection(words) and sent not in asks:
            match.status = "weak"
        analysis.hits.append(match)


def _conditions(analysis: Analysis, toks: Tokens) -> None:
    """Rules that only count in a personal sentence, or only when no opt-out explains them."""
    opted_out = any(h.status == "live" and h.spec.tag != QUESTION for h in analysis.hits)
    personal_sentences = {s for w, s in zip(toks.cols[_COL_LOWER], toks.sent) if w in _PERSONAL_IDS}
    for hit in analysis.hits:
        if hit.status != "live":
            continue
        if hit.spec.personal and hit.sent not in personal_sentences:
            hit.status = "weak"
        elif hit.spec.only_without_opt_out and opted_out:
            hit.status = "context"


def _echoes(analysis: Analysis) -> None:
    """A subject that says "unsubscribe" above a body that says "I do NOT want to unsubscribe" echoes the body."""
    cancelled = {h.spec.tag for h in analysis.hits if h.status in ("negated", "hypothetical", "opt_back_in")
                 and h.source != "subject"}
    for hit in analysis.hits:
        if hit.source == "subject" and hit.status == "live" and hit.spec.tag in cancelled:
            hit.status = "echo"


def _flags(analysis: Analysis, prepared: Prepared, toks: Tokens) -> None:
    for kind in ("sarcasm", "third_party", "deceased"):
        if _cues_in(analysis, kind):
            analysis.flags.add(kind)
    if "deceased" in analysis.flags:
        analysis.flags.add("third_party")
    statuses = {(h.spec.tag, h.status) for h in analysis.hits}
    for label in (MARKETING, SHARING):
        if (label, "live") in statuses and {(label, "negated"), (label, "opt_back_in")} & statuses:
            analysis.flags.add("conflict")
            analysis.reasons.append(f"{label}: asked for and taken back in the same message")
    if not any(h.status == "live" for h in analysis.hits) and _courtesy_only(analysis, toks):
        analysis.flags.add("courtesy_only")
    if any(h.spec.alone and h.status == "live" for h in analysis.hits) and _unexplained_text(analysis, prepared, toks):
        analysis.flags.add("bare_word")


def _unexplained_text(analysis: Analysis, prepared: Prepared, toks: Tokens) -> bool:
    """A bare "Stop." next to another sentence that no rule understood ("Stop. I did not authorize this."):
    stop WHAT is then not clear."""
    explained = {h.sent for h in analysis.hits if h.status == "live"} | {c.sent for c in analysis.cues}
    counts: dict[int, int] = {}
    lowercase: set[int] = set()
    for idx, alpha, sent in zip(toks.idx, toks.alpha, toks.sent):
        if alpha and prepared.source_at(idx) == "new_text":
            counts[sent] = counts.get(sent, 0) + 1
            if prepared.text[idx].islower():
                lowercase.add(sent)
    # Title Case lines ("Reicks Plumbing & Heating") are a signature, not something the sender asks.
    return any(n >= 3 and sent not in explained and sent in lowercase for sent, n in counts.items())


def _courtesy_only(analysis: Analysis, toks: Tokens) -> bool:
    covered = {i for c in _cues_in(analysis, "courtesy") for i in range(c.start, c.end)}
    words = [i for i, alpha in enumerate(toks.alpha) if alpha and i not in covered]
    return bool(covered) and len(words) <= 3


def _review_reasons(analysis: Analysis, decided: tuple[str, ...], scores: dict[str, float], confidence: float,
                    threshold: float) -> list[str]:
    why = []
    if "sarcasm" in analysis.flags:
        why.append("may be sarcastic: " + _cue_text(analysis, "sarcasm"))
    if "unclear_scope" in analysis.flags:
        why.append("unclear what should stop: marketing or service notices")
    if "conflict" in analysis.flags:
        why.append("conflicting requests")
    if "deceased" in analysis.flags and set(decided) & {MARKETING, SHARING}:
        why.append("an opt-out for someone who has died: staff decide whose record it is")
    if "bare_word" in analysis.flags:
        why.append("a bare opt-out word next to text no rule understood")
    if not decided and "courtesy_only" not in analysis.flags:
        why.append("no request recognised")
    if confidence < threshold:
        for label in LABELS:
            if _label_confidence(label in decided, scores[label]) >= threshold:
                continue
            if label in decided:
                why.append(f"model doubts {label} ({scores[label]:.2f})")
            else:
                why.append(f"model suggests {label} ({scores[label]:.2f}) without a rule")
        if not why:
            why.append(f"low confidence ({confidence:.2f})")
    return why


def _label_confidence(decided: bool, score: float) -> float:
    """How sure we are of one label's yes/no: the model's probability of that answer, with its doubt reduced
    when the rules say the same thing."""
    if decided:
        return 1.0 - (1.0 - score) * RULE_WEIGHT_POSITIVE
    return 1.0 - score * RULE_WEIGHT_NEGATIVE


# --- small helpers ---------------------------------------------------------------------------------------------


def _derived(match: Match, label: str, name: str) -> Match:
    spec = RuleSpec(match.spec.file, name, "label", label, match.spec.lang)
    return Match(spec, match.start, match.end, match.sent, match.source, match.text)


def _sentence_text(prepared: Prepared, sent: int) -> str:
    starts = prepared.sentence_starts + [len(prepared.text)]
    return " ".join(prepared.text[starts[sent]:starts[sent + 1]].split())[:200]


def _first_hit_text(analysis: Analysis, label: str) -> str:
    hits = analysis.live(label)
    return repr(hits[0].text[:80]) if hits else ""


def _cue_text(analysis: Analysis, kind: str) -> str:
    cues = _cues_in(analysis, kind)
    return repr(cues[0].text[:80]) if cues else ""


def _match_json(match: Match) -> dict[str, Any]:
    return {"rule": match.spec.key if match.spec.file != "<code>" else match.spec.name, "tag": match.spec.tag,
            "text": match.text[:200], "source": match.source, "status": match.status}


def _gate_evidence(verdict: GateVerdict) -> dict[str, Any]:
    return {
        "automated": verdict.automated,
        "loop": verdict.loop,
        "suppress_ack": verdict.suppress_ack,
        "hits": [{"rule": h.rule, "label": h.label, "text": h.text[:200], "source": h.source} for h in verdict.hits],
        "misses": list(verdict.misses),
    }


def rule_hits(analysis: Analysis) -> list[RuleHit]:
    """The live hits as contract values (for callers that store RuleHit rows)."""
    return [RuleHit(h.spec.key, h.spec.tag, h.text, h.source) for h in analysis.hits if h.status == "live"]


# --- training primitives (train.py orchestrates; spaCy stays in this module) ---------------------------------


def new_pipeline(ngram_size: int = 2, length: int = 2**17) -> Language:
    nlp = base_pipeline("en")
    add_textcat(nlp, ngram_size=ngram_size, length=length)
    return nlp


def fit_textcat(nlp: Language, pairs: Sequence[tuple[str, Sequence[str]]], *, seed: int, epochs: int,
                dropout: float = 0.1, batch_size: int = 16, on_epoch: Any = None) -> None:
    """Train the textcat of `nlp` on (model text, labels) pairs. Same pairs + same seed => same weights."""
    import random

    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {l: float(l in labels) for l in LABELS}})
                for text, labels in pairs]
    textcat = nlp.get_pipe("textcat_multilabel")
    textcat.initialize(lambda: examples, nlp=nlp, labels=list(LABELS))
    optimizer = nlp.create_optimizer()
    rng = random.Random(seed)
    order = list(range(len(examples)))
    with nlp.select_pipes(enable=["textcat_multilabel"]):
        for epoch in range(epochs):
            rng.shuffle(order)
            losses: dict[str, float] = {}
            for batch in minibatch([examples[i] for i in order], size=batch_size):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            if on_epoch:
                on_epoch(epoch, losses.get("textcat_multilabel", 0.0))


def predict_scores(nlp: Language, texts: Sequence[str]) -> list[dict[str, float]]:
    names = [n for n in nlp.pipe_names if n != "lemmatizer"]
    with nlp.select_pipes(enable=names):
        return [{l: float(doc.cats.get(l, 0.0)) for l in LABELS} for doc in nlp.pipe(texts, batch_size=256)]


def load_model(model_dir: Path) -> Language:
    return _fast_lemmas(spacy.load(model_dir))


def save_model(nlp: Language, model_dir: Path, meta: dict[str, Any], es_lookup: dict[str, str]) -> None:
    """Write the pipeline next to the old one, then swap, so a crash never leaves half a model behind."""
    import shutil

    model_dir = Path(model_dir)
    tmp = model_dir.with_name(model_dir.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.meta["name"] = "intake_textcat"
    nlp.meta["intake"] = meta
    nlp.to_disk(tmp)
    (tmp / ES_LEMMA_FILE).write_text(json.dumps(es_lookup, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    old = model_dir.with_name(model_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if model_dir.exists():
        model_dir.rename(old)
    tmp.rename(model_dir)
    shutil.rmtree(old, ignore_errors=True)
