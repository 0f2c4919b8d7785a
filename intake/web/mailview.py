"""Turning one stored message into safe things to show: highlighted text, sanitised HTML, attachment bytes.

The one rule of this module: markup is only ever built from text that went through `escape` first. The highlighter
finds the evidence in the raw text, then escapes every piece and wraps only the matched pieces in <mark>; it never
marks up unescaped input. Sender HTML is shown only after nh3 has reduced it to harmless formatting.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Iterator
from urllib.parse import quote

import nh3
from markupsafe import Markup, escape

from intake.values import Mail

# Formatting only: no img (no tracking pixels or remote content), no forms, no style, no iframes, no SVG.
SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
SAFE_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
SAFE_SCHEMES = {"http", "https", "mailto"}
# What one page may hold, whatever the message: the time to build it and its size grow with these, not with the
# mail (the text itself is bounded by [web] page_text_chars).
MAX_HIGHLIGHT_TERMS = 60
"""Distinct matched texts searched for in the mail's text."""
MAX_MARKS = 300
"""Marks per piece of text; further matches stay unmarked, and the page says how many."""
MAX_LISTED_HITS = 50
"""Rule hits listed under Evidence; the rest are counted by rule."""
MAX_LISTED_ATTACHMENTS = 200
HEADER_CHARS = 2000


@dataclass(frozen=True)
class Hit:
    """One piece of evidence from DecisionRow.evidence: which rule matched what text."""

    rule: str
    label: str
    text: str
    source: str


@dataclass(frozen=True)
class Part:
    index: int
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


# --- evidence ------------------------------------------------------------------------------------------------


def evidence_hits(evidence: Any) -> list[Hit]:
    """Every rule hit with matched text, wherever the classifier put it in the evidence JSON.

    The classifier's evidence layout belongs to another module; any dict with a string "text" and a "rule" or
    "label" counts as a hit, so the page keeps working if the layout grows."""
    hits: list[Hit] = []
    for node in _walk(evidence):
        text = node.get("text")
        if isinstance(text, str) and text.strip() and ("rule" in node or "label" in node):
            hits.append(Hit(rule=str(node.get("rule", "")), label=str(node.get("label", "")), text=text,
                            source=str(node.get("source", "new_text"))))
    return hits


def _walk(node: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 8:
        return
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value, depth + 1)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk(value, depth + 1)


@dataclass(frozen=True)
class EvidenceList:
    """The hits the page lists, and what it leaves out, counted by rule."""

    listed: tuple[Hit, ...]
    left_out: tuple[tuple[str, int], ...]
    """(rule, how many hits) of the hits not listed, most first."""
    not_searched: tuple[str, ...]
    """Rules whose matched text is not marked in the mail: past MAX_HIGHLIGHT_TERMS distinct texts."""


def evidence_list(hits: list[Hit]) -> EvidenceList:
    searched = {_term_key(h.text) for h in highlight_terms(hits)}
    left = Counter(h.rule or h.label for h in hits[MAX_LISTED_HITS:])
    unsearched = dict.fromkeys(h.rule or h.label for h in hits if _term_key(h.text) not in searched | {""})
    return EvidenceList(tuple(hits[:MAX_LISTED_HITS]), tuple(left.most_common()), tuple(unsearched))


# --- highlighting ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Highlighted:
    html: Markup
    unmarked: int
    """Matches past MAX_MARKS, left unmarked."""


def highlight_terms(hits: Iterable[Hit]) -> list[Hit]:
    """The first hit of each distinct matched text, up to MAX_HIGHLIGHT_TERMS: 649 hits are mostly a few texts
    matched again and again, and each distinct text costs one pass over the mail's text."""
    terms: dict[str, Hit] = {}
    for hit in hits:
        key = _term_key(hit.text)
        if key and key not in terms:
            terms[key] = hit
            if len(terms) == MAX_HIGHLIGHT_TERMS:
                break
    return list(terms.values())


def _term_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def highlight(text: str, hits: Iterable[Hit]) -> Markup:
    """`text` escaped, with the occurrences of the hits' matched texts wrapped in <mark title="rule">."""
    return highlighted(text, hits).html


def highlighted(text: str, hits: Iterable[Hit], max_marks: int = MAX_MARKS) -> Highlighted:
    """As `highlight`, marking at most `max_marks` places (the first in the text) and counting the rest."""
    spans: list[tuple[int, int, str]] = []
    found = 0
    for hit in highlight_terms(hits):
        pattern = _pattern(hit.text)
        if pattern is None:
            continue
        rule, matches = hit.rule or hit.label, pattern.finditer(text)
        # Only the first max_marks of each text can be among the first max_marks of all; the rest are counted.
        for n, m in enumerate(matches, 1):
            spans.append((m.start(), m.end(), rule))
            if n == max_marks:
                break
        found += sum(1 for _ in matches)
    merged = _merge(spans)
    kept = merged[:max_marks]
    unmarked = found + sum(n for *_, n in merged[max_marks:])
    return Highlighted(_marked(text, [(start, end, rules) for start, end, rules, _ in kept]), unmarked)


def _marked(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    out: list[str] = []
    pos = 0
    for start, end, rules in spans:
        out += [escape(text[pos:start]), Markup('<mark title="{}">').format(rules), escape(text[start:end]),
                Markup("</mark>")]
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _pattern(needle: str) -> re.Pattern[str] | None:
    # Whitespace-insensitive: the classifier may have normalised line breaks in what it matched.
    words = needle.split()
    if not words or sum(map(len, words)) < 2:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str, int]]:
    """Overlapping spans joined: (start, end, rules, how many matches it holds)."""
    merged: list[tuple[int, int, str, int]] = []
    for start, end, rule in sorted(spans):
        if merged and start <= merged[-1][1]:
            prev_start, prev_end, prev_rules, count = merged[-1]
            rules = prev_rules if rule in prev_rules.split(", ") else f"{prev_rules}, {rule}"
            merged[-1] = (prev_start, max(prev_end, end), rules, count + 1)
        else:
            merged.append((start, end, rule, 1))
    return merged


# --- HTML and attachments -------------------------------------------------------------------------------------


def sanitize_html(html: str, limit: int | None = None) -> Markup:
    """Sender HTML reduced to formatting: no script, style, images, forms, event handlers or javascript: links.
    With `limit`, only its first `limit` characters (nh3 closes what the cut leaves open)."""
    html = html[:limit] if limit else html
    cleaned = nh3.clean(html, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, url_schemes=SAFE_SCHEMES,
                        link_rel="noopener noreferrer nofollow", strip_comments=True)
    return Markup(cleaned)


def attachments(mail: Mail) -> list[Part]:
    """Every attachment of a message parsed with its payloads. Index = position in this list (and in the URL)."""
    return [Part(index, a.filename or f"attachment-{index + 1}", a.content_type, a.data or b"")
            for index, a in enumerate(mail.attachments)]


def clip(value: str | None, limit: int = HEADER_CHARS) -> str | None:
    """A header for the page: a 5 MB Subject is as possible as a 5 MB body."""
    return value if value is None or len(value) <= limit else value[:limit] + " …"


def content_disposition(filename: str) -> str:
    """An `attachment` disposition with a filename that cannot break out of the header (RFC 6266)."""
    clean = "".join(c for c in filename if c.isprintable() and c not in '"\\/;').strip()[:150] or "attachment"
    # The plain fallback keeps only characters no client could misread; filename* carries the real name.
    ascii_name = re.sub(r"[^A-Za-z0-9._ ()+-]", "_", clean).strip(" .") or "attachment"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(clean, safe='')}"
