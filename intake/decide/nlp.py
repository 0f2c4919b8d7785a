"""The language side of deciding: the only module that imports spaCy.

* Pipelines: blank English and Spanish pipelines (spaCy's tokenizers) and lookup lemma tables of our own making
  from spacy-lookups-data's (English whole, Spanish pruned), saved with the trained model in a compact form so
  that loading is fast and small. Deciding needs tokens and lemmas, and the rules and the model read those.
* Columns: a Doc's token attributes read once with `Doc.to_array` (iterating a Doc creates a Python object per
  token, which costs more than the rest of deciding). Strings are spaCy's 64-bit hashes; they are the same in every
  process, so the model's features can be computed from them directly.
* Matchers: spaCy's Matcher (to validate every rule pattern, and to run the few the fast engine in matching.py
  does not cover) and PhraseMatcher on lemmas.
* Memory zones: strings spaCy learns from a batch (every new word, name, number) are forgotten after it, so a
  daemon's memory does not grow with every message it ever read. Zones are entered under a lock: two threads
  sharing one pipeline would otherwise free each other's strings.
"""

from __future__ import annotations

import gzip
import json
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy


def _import_spacy() -> Any:
    """spaCy's package imports its command-line interface (typer, rich, jinja2, weasel: some 360 modules and
    18 MiB of a daemon's 200 MB budget) only to re-export `spacy.info`. intake never runs spaCy's CLI, so that
    import is answered by a stand-in while spaCy loads, and the stand-in is then forgotten: a later
    `import spacy.cli` gets the real package. Should a spaCy version need more of its CLI at import, spaCy is
    imported again plainly."""
    import importlib
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _real_spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    except ImportError:
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return importlib.import_module("spacy")


def _real_spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


spacy = _import_spacy()

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LIKE_NUM, LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

LANGS = ("en", "es")

COLUMNS = (LEMMA, LOWER, ORTH, IS_PUNCT, IS_ALPHA, IS_SPACE, IDX, LENGTH, LIKE_NUM)
"""The token attributes read once per Doc, in this order (see `Columns`)."""
COL_LEMMA, COL_LOWER, COL_ORTH, COL_PUNCT, COL_ALPHA, COL_SPACE, COL_IDX, COL_LENGTH, COL_NUM = range(len(COLUMNS))
STRING_COLUMNS = {"LEMMA": COL_LEMMA, "LOWER": COL_LOWER, "ORTH": COL_ORTH, "TEXT": COL_ORTH}
FLAG_COLUMNS = {"IS_PUNCT": COL_PUNCT, "IS_ALPHA": COL_ALPHA, "IS_SPACE": COL_SPACE, "LIKE_NUM": COL_NUM}


def string_id(text: str) -> int:
    """spaCy's hash of a string: the value a string column holds for it."""
    return get_string_id(text)


@dataclass
class Columns:
    """The token attributes of one Doc as lists (string attributes as hashes)."""

    cols: list[list[int]]
    strings: Any

    @classmethod
    def of(cls, doc: Doc) -> "Columns":
        return cls(doc.to_array(COLUMNS).T.tolist(), doc.vocab.strings)

    @property
    def idx(self) -> list[int]:
        return self.cols[COL_IDX]

    def end(self, i: int) -> int:
        """The character offset where token i ends."""
        return self.cols[COL_IDX][i] + self.cols[COL_LENGTH][i]

    @cached_property
    def lower(self) -> list[str]:
        strings = self.strings
        return [strings[h] for h in self.cols[COL_LOWER]]

    @cached_property
    def words(self) -> set[int]:
        """Hashes of every lemma and lower-case form: what the rules' prefilter looks up."""
        return set(self.cols[COL_LEMMA]) | set(self.cols[COL_LOWER])


# --- pipelines --------------------------------------------------------------------------------------------------


class LemmaTable:
    """A lookup lemmatizer's table (form -> lemma, as spacy-lookups-data gives it), compact and applied to a whole
    Doc at once. spaCy's own table is an ordered dict of Python strings behind a Bloom filter, and its lemmatizer
    loops over Token objects in Python: loading the English table cost 12 MiB of the daemon's 200 MB, and the loop
    cost more than the rest of the pipeline. Here the forms' 64-bit hashes lie sorted in one array beside their
    lemmas' hashes. As in spaCy's lookup lemmatizer, a form is looked up as written, and a form that is not in the
    table is its own lemma."""

    def __init__(self, forms: numpy.ndarray, lemmas: numpy.ndarray, texts: Sequence[str]):
        self.forms, self.lemmas, self.texts = forms, lemmas, tuple(texts)

    @classmethod
    def of(cls, table: dict[Any, str]) -> "LemmaTable":
        """From a mapping of forms (as text, or as their hashes) to lemmas."""
        forms = numpy.fromiter((k if isinstance(k, int) else get_string_id(k) for k in table), numpy.uint64,
                               len(table))
        lemmas = numpy.fromiter((get_string_id(v) for v in table.values()), numpy.uint64, len(table))
        order = numpy.argsort(forms, kind="stable")
        return cls(forms[order], lemmas[order], sorted(set(table.values())))

    def fixed(self, fixes: dict[str, str]) -> "LemmaTable":
        """The table with some forms' lemmas set (rules/lemmas.yml)."""
        if not fixes:
            return self
        table = dict(zip(self.forms.tolist(), self.lemmas.tolist()))
        table.update({get_string_id(form): get_string_id(lemma) for form, lemma in fixes.items()})
        forms = numpy.fromiter(table, numpy.uint64, len(table))
        order = numpy.argsort(forms, kind="stable")
        lemmas = numpy.fromiter(table.values(), numpy.uint64, len(table))
        return LemmaTable(forms[order], lemmas[order], sorted({*self.texts, *fixes.values()}))

    def teach(self, strings: Any) -> None:
        """Put every lemma in a vocabulary's strings (once, outside any memory zone), so a lemma's hash can always
        be read back as text."""
        for text in self.texts:
            strings.add(text)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            orths = doc.to_array(ORTH)
            at = numpy.minimum(self.forms.searchsorted(orths), len(self.forms) - 1)
            lemmas = numpy.where(self.forms[at] == orths, self.lemmas[at], orths)
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def save(self, path: Path) -> None:
        position = {get_string_id(text): i for i, text in enumerate(self.texts)}
        index = numpy.fromiter((position[h] for h in self.lemmas.tolist()), numpy.uint32, len(self.lemmas))
        numpy.savez_compressed(path, forms=self.forms, lemma_index=index,
                               texts=numpy.frombuffer("\n".join(self.texts).encode("utf-8"), numpy.uint8))

    @classmethod
    def load(cls, path: Path) -> "LemmaTable":
        with numpy.load(path) as data:
            texts = data["texts"].tobytes().decode("utf-8").split("\n")
            hashes = numpy.array([get_string_id(t) for t in texts], numpy.uint64)
            return cls(data["forms"], hashes[data["lemma_index"]], texts)


LEMMA_FILES = {lang: f"lemmas-{lang}.npz" for lang in LANGS}
"""A model folder's lemma tables (the forms as hashes, so they only fit this spaCy's hash function)."""
OLD_EN_TABLE = Path("en", "lemmatizer", "lookups", "lookups.bin")
OLD_ES_TABLE = Path("es_lemma_lookup.json")
"""Where model folders written before the compact tables keep them: the English one in a saved spaCy pipeline,
the Spanish one as JSON."""


def full_table(lang: str) -> dict[str, str]:
    """spacy-lookups-data's whole lookup table for a language."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


def prune_spanish_lookup(vocabulary: Iterable[str]) -> dict[str, str]:
    """Every form of every lemma the Spanish rules and training text use: small, and exact for matching."""
    full = full_table("es")
    words = {w.lower() for w in vocabulary}
    wanted = {full.get(w, w) for w in words} | words
    return {form: lemma for form, lemma in full.items() if lemma in wanted}


def _saved_table(model_dir: Path, lang: str) -> LemmaTable:
    path = model_dir / LEMMA_FILES[lang]
    if path.exists():
        return LemmaTable.load(path)
    if lang == "en" and (model_dir / OLD_EN_TABLE).exists():
        from spacy.lookups import Lookups

        return LemmaTable.of(dict(Lookups().from_disk(model_dir / OLD_EN_TABLE.parent).get_table("lemma_lookup")))
    if lang == "es" and (model_dir / OLD_ES_TABLE).exists():
        return LemmaTable.of(json.loads((model_dir / OLD_ES_TABLE).read_text(encoding="utf-8")))
    return LemmaTable.of(full_table(lang))


class Pipelines:
    """The English and Spanish pipelines (spaCy's tokenizers, nothing else) and their lemma tables, shared by every
    thread of a process."""

    def __init__(self, tables: dict[str, LemmaTable], lemma_fixes: dict[str, dict[str, str]]):
        self.base = tables
        self.by_lang = {lang: spacy.blank(lang) for lang in LANGS}
        self.tables = {lang: tables[lang].fixed(lemma_fixes.get(lang, {})) for lang in LANGS}
        for lang, table in self.tables.items():
            table.teach(self.by_lang[lang].vocab.strings)
        self._lock = threading.RLock()

    @classmethod
    def load(cls, model_dir: Path, lemma_fixes: dict[str, dict[str, str]]) -> "Pipelines":
        return cls({lang: _saved_table(Path(model_dir), lang) for lang in LANGS}, lemma_fixes)

    @classmethod
    def fresh(cls, lemma_fixes: dict[str, dict[str, str]], es_lookup: dict[str, str] | None) -> "Pipelines":
        """New pipelines for training: the English table straight from spacy-lookups-data, the Spanish one pruned
        (the whole Spanish table takes a second to load)."""
        return cls({"en": LemmaTable.of(full_table("en")),
                    "es": LemmaTable.of(es_lookup if es_lookup is not None else full_table("es"))}, lemma_fixes)

    def save(self, model_dir: Path) -> None:
        """The tables without the lemma fixes: those are read from the rules each time, so an edit takes effect."""
        for lang, table in self.base.items():
            table.save(Path(model_dir) / LEMMA_FILES[lang])

    def vocab(self, lang: str) -> Any:
        return self.by_lang[lang].vocab

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One batch's work: every Doc made and read inside it; its new strings are forgotten after it. One batch
        at a time per process: a zone frees every string added to the shared StringStore while it was open, so a
        second thread's zone (or its Docs) would lose strings it still reads (KeyError E018).

        A lock, rather than one pipeline per thread: the rules' matchers are compiled against one vocabulary (a
        pipeline per thread would need the rules, matchers and lookup tables loaded once per thread: memory and
        start-up time per mailbox), and deciding is CPU-bound Python under the GIL, so two threads would not run
        it faster side by side anyway. The lock is reentrant: a batch may call code that opens one."""
        with self._lock, ExitStack() as stack:
            for nlp in self.by_lang.values():
                stack.enter_context(nlp.memory_zone())
            yield

    def docs(self, texts: Sequence[str], lang: str) -> list[Doc]:
        """Tokenised and lemmatised Docs, in order (call inside `batch()` in long-running processes)."""
        lemmatize = self.tables[lang]
        return [lemmatize(doc) for doc in self.by_lang[lang].pipe(texts, batch_size=256)]

    def lemmatize_phrases(self, lang: str, phrases: Sequence[str]) -> list[Doc]:
        return self.docs([p.lower() for p in phrases], lang)


# --- matchers ---------------------------------------------------------------------------------------------------


def validate_pattern(vocab: Any, key: str, pattern: list[dict]) -> None:
    """spaCy's own check of a token pattern; raises ValueError, KeyError or TypeError naming the problem."""
    Matcher(vocab, validate=True).add(key, [pattern], greedy="LONGEST")


class SpacyMatcher:
    """Token patterns the fast engine does not cover, run by spaCy's Matcher (greedy LONGEST per rule)."""

    def __init__(self, vocab: Any, key: str, patterns: list[list[dict]]):
        self._matcher = Matcher(vocab)
        for pattern in patterns:
            self._matcher.add(key, [pattern], greedy="LONGEST")

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return list(self._matcher(doc))


class Phrases:
    """Phrases matched on lemmas, every rule's phrases in one PhraseMatcher per language."""

    def __init__(self, vocab: Any):
        self._matcher = PhraseMatcher(vocab, attr="LEMMA")

    def add(self, key: str, docs: list[Doc]) -> None:
        self._matcher.add(key, docs)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return list(self._matcher(doc))

    def __len__(self) -> int:
        return len(self._matcher)
