"""The language side of deciding: the only module that imports spaCy.

* Pipelines: a blank English pipeline with spaCy's lookup lemmatizer (tables from spacy-lookups-data, saved with
  the trained model so that loading is fast), and a blank Spanish one with a pruned lookup table. Nothing else
  runs in them: deciding needs tokens and lemmas, and the rules and the model read those.
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
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LIKE_NUM, LOWER, ORTH
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

LANGS = ("en", "es")
ES_LEMMA_FILE = "es_lemma_lookup.json"
EN_PIPELINE = "en"
"""The folder of the saved English pipeline inside a model folder."""

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


class _ArrayLookup:
    """spaCy's lookup lemmatizer with the same table and the same result, but reading and writing the lemmas as
    arrays: spaCy's own loops over Token objects in Python, which costs more than the rest of the pipeline.
    `_fast_lemmas` mixes this into a pipeline's lookup lemmatizer (the saved pipeline is unchanged)."""

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
                        found = table.get(text)
                        if found is None:
                            # Not in the table: the word is its own lemma. Such words (names, numbers, ids) are
                            # mostly seen once, so caching them only grew the heap with every message.
                            lemma = orth
                        else:
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
    """A blank pipeline with a lookup lemmatizer. English tables come from spacy-lookups-data; Spanish ones are the
    pruned table saved with the model when given, because the full table takes a second to load."""
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


def apply_lemma_fixes(nlp: Language, fixes: dict[str, str]) -> None:
    pipe = nlp.get_pipe("lemmatizer")
    table = pipe.lookups.get_table("lemma_lookup")
    for form, lemma in fixes.items():
        table.set(form, lemma)
    pipe.__dict__.pop("_lemma_cache", None)


def prune_spanish_lookup(vocabulary: Iterable[str]) -> dict[str, str]:
    """Every form of every lemma the Spanish rules and training text use: small, and exact for matching."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "es_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        full: dict[str, str] = json.load(fh)
    words = {w.lower() for w in vocabulary}
    wanted = {full.get(w, w) for w in words} | words
    return {form: lemma for form, lemma in full.items() if lemma in wanted}


class Pipelines:
    """The English and Spanish pipelines, shared by every thread of a process."""

    def __init__(self, en: Language, es: Language):
        self.by_lang = {"en": en, "es": es}
        self._lock = threading.RLock()

    @classmethod
    def load(cls, model_dir: Path, lemma_fixes: dict[str, dict[str, str]]) -> "Pipelines":
        model_dir = Path(model_dir)
        en_dir = model_dir / EN_PIPELINE
        en = _fast_lemmas(spacy.load(en_dir)) if (en_dir / "meta.json").exists() else base_pipeline("en")
        es_path = model_dir / ES_LEMMA_FILE
        es = base_pipeline("es", json.loads(es_path.read_text(encoding="utf-8")) if es_path.exists() else None)
        pipelines = cls(en, es)
        for lang, fixes in lemma_fixes.items():
            apply_lemma_fixes(pipelines.by_lang[lang], fixes)
        return pipelines

    @classmethod
    def fresh(cls, lemma_fixes: dict[str, dict[str, str]], es_lookup: dict[str, str] | None) -> "Pipelines":
        """New pipelines for training (English tables straight from spacy-lookups-data)."""
        pipelines = cls(base_pipeline("en"), base_pipeline("es", es_lookup))
        for lang, fixes in lemma_fixes.items():
            apply_lemma_fixes(pipelines.by_lang[lang], fixes)
        return pipelines

    def save(self, model_dir: Path, es_lookup: dict[str, str]) -> None:
        self.by_lang["en"].to_disk(Path(model_dir) / EN_PIPELINE)
        (Path(model_dir) / ES_LEMMA_FILE).write_text(json.dumps(es_lookup, ensure_ascii=False, sort_keys=True),
                                                   encoding="utf-8")

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
        return list(self.by_lang[lang].pipe(texts, batch_size=256))

    def lemmatize_phrases(self, lang: str, phrases: Sequence[str]) -> list[Doc]:
        return list(self.by_lang[lang].pipe([p.lower() for p in phrases]))


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
