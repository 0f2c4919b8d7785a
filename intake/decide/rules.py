"""The rule book: the human-editable phrase and pattern rules of rules/*.yml, compiled per language.

Three kinds of rule, one file format (see the header of rules/marketing_opt_out.yml):

    label   a request: the kind of request it is (a kind of the label catalogue, set for the file or the rule)
    cue     a word that changes what a request means: negation, "if I ...", opting back in, someone else ...
    scope   what a sentence is about: marketing, sharing names, service notices, bills, paper

Rules carry the meaning a person can read and edit; they are matched on lemmas, so "stopped sending" matches a
rule written as "stop send". Everything is validated when the book is loaded: a broken rule stops intake with the
file, the rule and the problem (RuleError), never halfway through a message.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from intake.catalogue import Catalogue
from intake.decide.matching import TokenPattern, longest, needs_of
from intake.decide.nlp import LANGS, Columns, Phrases, Pipelines, SpacyMatcher, string_id, validate_pattern
from intake.rulefile import RuleError, load_rule_file, require

CUE_KINDS = ("negation", "hypothetical", "opt_back_in", "polite_request", "sarcasm", "third_party", "courtesy",
             "rhetorical", "asks", "deceased", "reference", "deletion", "keep", "retract", "past", "others",
             "instruction", "follow_up")
SCOPE_KINDS = ("marketing", "channel", "name_sharing", "service", "billing", "paper", "phone", "profiling")
RULE_KEYS = {"name", "lang", "why", "phrases", "patterns", "alone", "generic", "personal", "only_without_opt_out",
             "opens_sentence", "label", "cue", "scope"}
FLAGS = ("alone", "generic", "personal", "only_without_opt_out", "opens_sentence")
NOT_PHRASE_RULES = ("lemmas.yml", "catalogue.yml", "thread.yml", "channels.yml")
"""Rule files that are not phrase rules: the lemma fixes, the label catalogue, the thread kinds."""


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
    """Counts only as the whole sentence ("STOP."): what it stops is then in the context, not in the words."""
    generic: bool = False
    """Says "take me off" but not off what: the sentence's scope decides the kind."""
    personal: bool = False
    only_without_opt_out: bool = False
    opens_sentence: bool = False
    """Counts only where it opens its sentence (after greetings): "Who do you share it with?" asks, "I don't care
    who you share it with" does not."""

    @property
    def key(self) -> str:
        return rule_key(self.file, self.name)


@lru_cache(maxsize=None)
def rule_key(file: str, name: str) -> str:
    return f"{Path(file).stem}:{name}" if file else name


@dataclass
class _Compiled:
    """The rules of one language."""

    vocab: Any
    phrases: Phrases
    fast: list[tuple[int, TokenPattern]] = field(default_factory=list)
    """Every pattern run by the fast engine, with its rule's key id."""
    index: dict[int, list[int]] = field(default_factory=dict)
    """Word hash -> the `fast` patterns that cannot match without that word (each pattern is filed under the
    rarest-looking of the word sets it needs), so a message only tries patterns its words can start."""
    always: list[int] = field(default_factory=list)
    """`fast` patterns that need no particular word."""
    spacy: list[tuple[list[list[frozenset[int]]], SpacyMatcher]] = field(default_factory=list)
    """Per rule run by spaCy: for each pattern, the word sets it needs (one word of each must occur), and the
    matcher."""
    keys: dict[int, str] = field(default_factory=dict)


class RuleBook:
    """Every phrase rule of a rules folder, compiled per language."""

    def __init__(self, specs: dict[str, RuleSpec], compiled: dict[str, _Compiled]):
        self.specs = specs
        self.compiled = compiled
        self._label_keys = [s.key for s in specs.values() if s.kind == "label"]

    @classmethod
    def load(cls, rules_dir: Path, pipelines: Pipelines, catalogue: Catalogue) -> "RuleBook":
        specs: dict[str, RuleSpec] = {}
        compiled = {lang: _Compiled(pipelines.vocab(lang), Phrases(pipelines.vocab(lang))) for lang in LANGS}
        for path in rule_files(rules_dir):
            for spec, phrases, patterns in _read_rules(path, catalogue):
                if spec.key in specs:
                    raise RuleError(path, spec.name, "duplicate rule name")
                specs[spec.key] = spec
                _validate(path, spec, patterns, pipelines.vocab("en"))
                for lang in LANGS:
                    if spec.lang in (lang, "any"):
                        _add(spec, phrases, patterns, pipelines, lang, compiled[lang])
        return cls(specs, compiled)

    def match(self, doc: Any, lang: str, toks: Columns, fields: Sequence[int] = ()) -> list[tuple[RuleSpec, int, int]]:
        """Matches of every rule, by token offsets; the words of the doc skip patterns that cannot match. `fields`:
        the first token of each text after the first (the body after the subject): no match spans two texts."""
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
            if all(not need.isdisjoint(words) for need in pattern.needs):
                pattern.spans(toks, by_rule.setdefault(key, set()))
        for key, spans in by_rule.items():
            if fields:
                spans = {span for span in spans if not _across(span[0], span[1], fields)}
            found.update((key, start, end) for start, end in (longest(spans) if len(spans) > 1 else spans))
        others: set[tuple[int, int, int]] = set()
        for needs, matcher in compiled.spacy:
            if any(all(not need.isdisjoint(words) for need in pattern) for pattern in needs):
                others.update(matcher(doc))
        if len(compiled.phrases):
            others.update(compiled.phrases(doc))
        found.update(o for o in others if not _across(o[1], o[2], fields))
        hits = [(compiled.keys[match_id], start, end) for match_id, start, end in found]
        return [(self.specs[key], start, end) for key, start, end in sorted(hits, key=lambda f: (f[1], f[2], f[0]))]

    def names(self, kind: str) -> list[str]:
        return self._label_keys if kind == "label" else [s.key for s in self.specs.values() if s.kind == kind]


def _across(start: int, end: int, fields: Sequence[int]) -> bool:
    """Whether the tokens [start, end) run from one text into the next ("unsubscribe" in the subject and "Can you
    remove me from ..." in the body are two requests, not one)."""
    return any(start < first < end for first in fields)


def rule_files(rules_dir: Path) -> list[Path]:
    """The phrase-rule files: every *.yml but the gate's automated*.yml and the files that are not phrase rules."""
    files = sorted(Path(rules_dir).glob("*.yml"))
    return [p for p in files if not p.name.startswith("automated") and p.name not in NOT_PHRASE_RULES]


def load_lemma_fixes(rules_dir: Path) -> dict[str, dict[str, str]]:
    """rules/lemmas.yml: written forms mapped to the lemma the rules should see, per language."""
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


def rule_vocabulary(rules_dir: Path) -> set[str]:
    """Every word of every rule file (for the Spanish lemma table that training prunes)."""
    import re

    words: set[str] = set()
    for path in Path(rules_dir).glob("*.yml"):
        words |= set(re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower()))
    return words


# --- reading and validating ---------------------------------------------------------------------------------------


def _read_rules(path: Path, catalogue: Catalogue) -> Iterable[tuple[RuleSpec, list[str], list[list[dict]]]]:
    data = load_rule_file(path)
    file_label = data.get("label")
    if file_label is not None and file_label not in catalogue.labels:
        raise RuleError(path, "-", f"label {file_label!r} is not a kind of request of the catalogue "
                                   f"({', '.join(catalogue.labels)})")
    unknown = set(data) - {"label", "rules"}
    if unknown:
        raise RuleError(path, "-", f"unknown top-level key(s) {', '.join(sorted(unknown))}; expected label, rules")
    entries = require(path, "-", data, "rules", list)
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RuleError(path, f"#{index + 1}", "each rule must be a mapping with at least a name")
        name = require(path, f"#{index + 1}", entry, "name", str)
        yield _spec(path, name, entry, file_label, catalogue)


def _spec(path: Path, name: str, entry: dict, file_label: str | None,
          catalogue: Catalogue) -> tuple[RuleSpec, list[str], list[list[dict]]]:
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise RuleError(path, name, f"unknown key(s) {', '.join(sorted(unknown))}")
    kind, tag = _kind(path, name, entry, file_label, catalogue)
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


def _kind(path: Path, name: str, entry: dict, file_label: str | None, catalogue: Catalogue) -> tuple[str, str]:
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
    if label not in catalogue.labels:
        raise RuleError(path, name, f"label must be one of {', '.join(catalogue.labels)} "
                                    "(set it for the file or the rule)")
    return "label", label


_STRING_ATTRS = {"LEMMA", "LOWER", "ORTH", "TEXT", "NORM", "SHAPE", "PREFIX", "SUFFIX"}


def _validate(path: Path, spec: RuleSpec, patterns: list[list[dict]], vocab: Any) -> None:
    """spaCy's own check of every pattern, so a bad rule stops intake with the file, the rule and the problem."""
    for number, pattern in enumerate(patterns, 1):
        if not all(isinstance(token, dict) for token in pattern):
            raise RuleError(path, spec.name, f"pattern {number}: each token must be a mapping like {{LEMMA: stop}}")
        if _has_bool(pattern):
            raise RuleError(path, spec.name, f"pattern {number}: YAML reads unquoted no/yes/on/off as true/false; "
                                             'write them in quotes, e.g. {LOWER: "no"}')
        try:
            validate_pattern(vocab, spec.key, pattern)
        except (ValueError, KeyError, TypeError) as exc:
            problem = " ".join(str(exc).split())[:300]
            raise RuleError(path, spec.name, f"pattern {number} is not a valid spaCy token pattern: {problem}") from None


def _has_bool(pattern: list[dict]) -> bool:
    """True when a string attribute got a YAML boolean (unquoted no/yes/on/off)."""
    for token in pattern:
        for key, value in token.items():
            if str(key).upper() not in _STRING_ATTRS:
                continue
            values: list = [value]
            if isinstance(value, dict):
                values = [v for k in ("IN", "NOT_IN") for v in _as_list(value.get(k, []))]
            if any(isinstance(v, bool) for v in values):
                return True
    return False


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() if not text.isascii() else text


def with_unaccented(pattern: list[dict]) -> list[dict]:
    """The pattern, every word also matched without its accents: people type "direccion" and "catalogo" on
    phones, and the rule says "dirección"."""
    out = []
    for token in pattern:
        token = dict(token)
        for key in ("LEMMA", "LOWER", "ORTH", "TEXT"):
            value = token.get(key)
            if isinstance(value, str) and _unaccented(value) != value:
                token[key] = {"IN": [value, _unaccented(value)]}
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                words = [w for w in value["IN"] if isinstance(w, str)]
                extra = [_unaccented(w) for w in words if _unaccented(w) != w]
                if extra:
                    token[key] = {**value, "IN": list(dict.fromkeys([*value["IN"], *extra]))}
        out.append(token)
    return out


def _add(spec: RuleSpec, phrases: list[str], patterns: list[list[dict]], pipelines: Pipelines, lang: str,
         compiled: _Compiled) -> None:
    strings = pipelines.vocab(lang).strings
    patterns = [with_unaccented(pattern) for pattern in patterns]
    phrases = list(dict.fromkeys([*phrases, *(_unaccented(p) for p in phrases)]))
    key = strings.add(spec.key)
    compiled.keys[key] = spec.key
    if patterns:
        fast = [TokenPattern.compile(pattern, strings) for pattern in patterns]
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
            needs = [[frozenset(strings.add(w) for w in need) for need in needs_of(pattern)] for pattern in patterns]
            compiled.spacy.append((needs, SpacyMatcher(pipelines.vocab(lang), spec.key, patterns)))
    if phrases:
        compiled.phrases.add(spec.key, pipelines.lemmatize_phrases(lang, phrases))


_COMMON = frozenset(string_id(w) for w in (
    "i me my we us our you your it this that the a an to of for in on and or not no do be have please -"
).split())


def _commonness(need: frozenset[int]) -> tuple[int, int]:
    """How often a message is likely to contain one of these words: short sets of rare words are filed under."""
    return len(need & _COMMON), len(need)
