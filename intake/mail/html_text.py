"""HTML to plain text that keeps the line structure a reader sees.

Only the stdlib `html.parser` is used. Block elements and <br> become line breaks, <blockquote> content is
prefixed with "> " (so quoted replies in HTML-only mail look like quoted replies in plain text), and anything
a mail client would not show is dropped: <head>, <style>, <script>, and elements hidden with the `hidden`
attribute or an inline style such as display:none (spam and newsletters hide pre-header text that way).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never visible text.
_INVISIBLE = frozenset({"head", "style", "script", "title", "template", "noscript", "object", "svg", "xml"})
# Elements that start and end a line.
_BLOCK_TAGS = """
    address article aside blockquote caption center dd div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul
"""
_BLOCK = frozenset(_BLOCK_TAGS.split())
# Paragraph-like elements get a blank line around them, like a mail client renders them.
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol", "pre"})
# Elements that never have an end tag: they must not be pushed on the element stack.
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
_VOID = frozenset(_VOID_TAGS.split())
_CELL = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?:px)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_MANY_BLANKS = re.compile(r"\n{3,}")
_TAG = re.compile(r"<[^>]*>")
_INVISIBLE_BLOCK = re.compile(r"<(head|style|script|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._line_depth = 0
        self._stack: list[tuple[str, bool]] = []  # (tag, made content invisible)
        self._invisible = 0
        self._quote_depth = 0
        self._pre = 0

    # -- line building -------------------------------------------------------------------------------------
    def _newline(self, *, hard: bool = False, blank: bool = False) -> None:
        """End the current line. A hard break (<br>) always makes a line; a block edge only ends a non-empty one."""
        text = "".join(self._line).strip(" ")
        if text:
            self.lines.append("> " * self._line_depth + text)
        elif hard:
            self.lines.append(">" * self._quote_depth if self._quote_depth else "")
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")
        self._line = []
        self._line_depth = self._quote_depth

    def _emit(self, text: str) -> None:
        if not self._line:
            self._line_depth = self._quote_depth
        self._line.append(text)

    # -- parser callbacks ----------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        hides = tag in _INVISIBLE or _is_hidden(attrs)
        if tag in _VOID:
            if tag in ("br", "hr") and not self._invisible:
                self._newline(hard=tag == "br")
            return
        self._stack.append((tag, hides))
        if hides:
            self._invisible += 1
            return
        if self._invisible:
            return
        self._block_boundary(tag, opening=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <div/>: an element with no content; only line breaks matter.
        if tag in ("br", "hr") and not self._invisible:
            self._newline(hard=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(name == tag for name, _ in self._stack):
            return  # a stray end tag: browsers ignore it, so do we
        # Pop up to the matching start tag; sloppy mail HTML leaves <p>, <li>, <td> unclosed.
        while self._stack:
            name, hides = self._stack.pop()
            if hides:
                self._invisible -= 1
            elif not self._invisible:
                self._block_boundary(name, opening=False)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._invisible or not data:
            return
        if self._pre:
            parts = data.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._newline(hard=True)
                self._emit(part)
            return
        text = _SPACES.sub(" ", data)
        if text == " " and not self._line:
            return
        self._emit(text)

    def _block_boundary(self, tag: str, *, opening: bool) -> None:
        if tag in _CELL:
            if not opening:
                self._emit(" ")
            return
        if tag not in _BLOCK:
            return
        self._newline(blank=tag in _PARAGRAPH)
        if tag == "blockquote":
            self._quote_depth += 1 if opening else -1
            self._quote_depth = max(self._quote_depth, 0)
            self._line_depth = self._quote_depth
        elif tag == "pre":
            self._pre += 1 if opening else -1
            self._pre = max(self._pre, 0)

    def finish(self) -> str:
        self.close()
        self._newline()
        text = "\n".join(line.rstrip() for line in self.lines)
        return _MANY_BLANKS.sub("\n\n", text).strip("\n")


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one line per rendered line. Never raises on odd markup."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        return extractor.finish()
    except AssertionError:
        # html.parser's _markupbase raises AssertionError on some malformed declarations ("<![foo");
        # a crude tag strip still gives the words, which is what the classifier needs.
        text = _TAG.sub(" ", _INVISIBLE_BLOCK.sub(" ", html))
        return _MANY_BLANKS.sub(
            "\n\n", "\n".join(" ".join(line.split()) for line in text.splitlines())
        ).strip()
