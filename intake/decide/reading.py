"""What the deciding chain knows about one message while it reads it: the `Reading`, and the text it reads.

A Reading starts from a parsed Mail and is filled in step by step (see chain.py). Each step writes what it found
to its own fields and records, under its name in `evidence`, what a person needs to see why. The Reading ends as
a frozen `Decision`; nothing acts on a Reading.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from intake.values import Entities, GateVerdict, Mail, MailKind

SOURCES = ("subject", "new_text", "attachment")

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*[-*\u2022>])|\n(?=[ \t]*\d[.)] )")
_LINE = re.compile(r"^[^\n]*\n", re.M)
"""A line with its newline. Anchored at line starts: unanchored, a last line without a newline is scanned again
from each of its characters (quadratic: 2.6 s for 46 KB on one line)."""
SHORT_LINE = 45
"""A line shorter than this ends where it ends ("Hi,", "Name: ...", "Account 12345"); longer ones may wrap."""
_ES_HINT = re.compile(r"[ñ¿¡]|\b(por favor|porfavor|dejen|envíen|manden|quiero|nombre|gracias|catálogo|catalogo|"
                      r"correo|correos|empresas|quiten|quitenme|quítenme|no me|ya no)\b", re.I)
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                              "\u200b": " ", "\u2013": "-", "\u2014": "-", "\r": "\n"})


@dataclass
class Text:
    """The sender's words as the rules and the model read them, with where each part came from."""

    text: str
    lowered: str
    sources: list[tuple[int, str]]
    """(start offset, source name), in order."""
    sentence_starts: list[int]
    lang: str

    @classmethod
    def of(cls, parts: list[tuple[str, str]], language: str) -> "Text":
        """`parts` are (source, text) in reading order; empty parts are left out."""
        text, sources = "", []
        for source, part in parts:
            part = clean(part).strip()
            if part:
                sources.append((len(text), source))
                text += part + "\n\n"
        # An empty text would give the rules and the model no tokens at all: keep a newline.
        text = text or "\n\n"
        lang = language if language in ("en", "es") else guess_language(text)
        return cls(text, lower_same_length(text), sources or [(0, "new_text")], sentence_starts(text, sources), lang)

    def source_at(self, offset: int) -> str:
        index = 0
        for i, (start, _) in enumerate(self.sources):
            if start <= offset:
                index = i
        return self.sources[index][1]

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence(self, number: int) -> str:
        starts = self.sentence_starts + [len(self.text)]
        return " ".join(self.text[starts[number]:starts[number + 1]].split())

    def sentences(self) -> list[str]:
        return [s for s in (self.sentence(i) for i in range(len(self.sentence_starts))) if s]

    def part(self, source: str) -> str:
        starts = self.sources + [(len(self.text), "")]
        return "".join(self.text[a:b] for (a, s), (b, _) in zip(starts, starts[1:]) if s == source)

    @property
    def words(self) -> int:
        return len(re.findall(r"[^\W\d_]+", self.text))


def clean(text: str) -> str:
    """Curly quotes and dashes as plain ones: "don\u2019t" must lemmatise like "don't"."""
    return text.replace("\r\n", "\n").translate(_SAME_LENGTH)


def lower_same_length(text: str) -> str:
    """Lower case without changing any offset, so matches map back to the sender's own spelling."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def guess_language(text: str) -> str:
    return "es" if len(_ES_HINT.findall(text)) >= 2 else "en"


def sentence_starts(text: str, sources: list[tuple[int, str]]) -> list[int]:
    starts = {0} | {start for start, _ in sources}
    starts |= {m.end() for m in _SENTENCE_END.finditer(text)}
    for line in _LINE.finditer(text):
        if len(line.group().strip()) < SHORT_LINE:
            starts.add(line.end())
    return sorted(s for s in starts if s <= len(text))


@dataclass
class Thread:
    """What a message answers, as far as we can tell."""

    kind: str = "none"
    """"promotion", "catalog", "service", "acknowledgement", "staff" (a person of ours answering, often with a
    question), "ours" (ours, kind unknown), "other" (someone else's mail), or "none" (a fresh message)."""
    how: str = ""
    """What told: a Message-ID in In-Reply-To/References, the quoted text, the subject."""

    @property
    def ours(self) -> bool:
        return self.kind in ("promotion", "catalog", "service", "acknowledgement", "staff", "ours")

    @property
    def marketing(self) -> bool:
        """Our promotional mail: a bare "STOP" under it is a marketing opt-out."""
        return self.kind in ("promotion", "catalog")


@dataclass
class Reading:
    mail: Mail
    text: Text | None = None
    own_words: bool = True
    """False when the sender wrote nothing decidable of their own (empty, a pointer, an emoji)."""
    thread: Thread = field(default_factory=Thread)
    sender: str = "unknown"
    """"person" (a mailbox provider people use), "organisation", "ours", "unknown" (thread.py)."""
    not_a_customer: str = ""
    """Why the sender is probably not a customer writing to us (thread.py); empty when nothing says so."""
    verdict: GateVerdict | None = None
    kind: MailKind = MailKind.REQUEST
    settled: bool = False
    """The decision is made (machine mail, not a request, a software unsubscribe): later steps leave it alone."""
    analysis: Any = None
    """requests.Analysis: the rule hits, cues and scopes of the text."""
    features: Any = None
    scores: dict[str, float] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    proposed: tuple[str, ...] = ()
    review: list[str] = field(default_factory=list)
    """Why a person must decide (empty: intake decides alone)."""
    reasons: list[str] = field(default_factory=list)
    confidence: float = 1.0
    ack_to: str | None = None
    ack_reasons: tuple[str, ...] = ()
    entities: Entities = field(default_factory=Entities)
    evidence: dict[str, Any] = field(default_factory=dict)

    def note(self, step: str, **found: Any) -> None:
        """Record what a step found, for people (never read back to decide)."""
        self.evidence.setdefault(step, {}).update(found)
