"""Turning one stored message into safe things to show: highlighted text, sanitised HTML, attachment bytes.

The one rule of this module: markup is only ever built from text that went through `escape` first. The highlighter
finds the evidence in the raw text, then escapes every piece and wraps only the matched pieces in <mark>; it never
marks up unescaped input. Sender HTML is shown only after nh3 has reduced it to harmless formatting.
"""

from __future__ import annotations

import re
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
MAX_HIGHLIGHT_TERMS = 60


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


# --- highlighting ----------------------------------------------------------------------------------------------


def highlight(text: str, hits: Iterable[Hit]) -> Markup:
    """`text` escaped, with every occurrence of a hit's matched text wrapped in <mark title="rule">."""
    spans: list[tuple[int, int, str]] = []
    for hit in list(hits)[:MAX_HIGHLIGHT_TERMS]:
        pattern = _pattern(hit.text)
        if pattern is None:
            continue
        spans += [(m.start(), m.end(), hit.rule or hit.label) for m in pattern.finditer(text)]
    out: list[str] = []
    pos = 0
    for start, end, rules in _merge(spans):
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


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, rule in sorted(spans):
        if merged and start <= merged[-1][1]:
            prev_start, prev_end, prev_rules = merged[-1]
            rules = prev_rules if rule in prev_rules.split(", ") else f"{prev_rules}, {rule}"
            merged[-1] = (prev_start, max(prev_end, end), rules)
        else:
            merged.append((start, end, rule))
    return merged


# --- HTML and attachments -------------------------------------------------------------------------------------


def sanitize_html(html: str) -> Markup:
    """Sender HTML reduced to formatting: no script, style, images, forms, event handlers or javascript: links."""
    cleaned = nh3.clean(html, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, url_schemes=SAFE_SCHEMES,
                        link_rel="noopener noreferrer nofollow", strip_comments=True)
    return Markup(cleaned)


def attachments(mail: Mail) -> list[Part]:
    """Every attachment of a message parsed with its payloads. Index = position in this list (and in the URL)."""
    return [Part(index, a.filename or f"attachment-{index + 1}", a.content_type, a.data or b"")
            for index, a in enumerate(mail.attachments)]


def content_disposition(filename: str) -> str:
    """An `attachment` disposition with a filename that cannot break out of the header (RFC 6266)."""
    clean = "".join(c for c in filename if c.isprintable() and c not in '"\\/;').strip()[:150] or "attachment"
    # The plain fallback keeps only characters no client could misread; filename* carries the real name.
    ascii_name = re.sub(r"[^A-Za-z0-9._ ()+-]", "_", clean).strip(" .") or "attachment"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(clean, safe='')}"
