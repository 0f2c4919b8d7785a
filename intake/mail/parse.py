"""Raw message bytes -> `Mail`. The only module that imports mail-parser.

mail-parser does the main parse (structure, addresses, date, its defect report). Its weak spots are fixed here
and never leak: header values that are sometimes str and sometimes list, the "--- mail_boundary ---" it puts
between body parts, charset decoding that silently produces mojibake for mislabelled parts, and exceptions on
broken input. The stdlib message object that mail-parser builds is reused for the part walk, so each message is
parsed once.

`parse()` never raises: hostile or broken bytes give a `Mail` whose `defects` say what was wrong.
"""

from __future__ import annotations

import codecs
import email.errors
import email.header
import email.utils
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.message import Message
from types import MappingProxyType

import mailparser
from mailparser.exceptions import MailParserError
from mailparser.utils import get_addresses

from intake.mail.html_text import html_to_text
from intake.mail.language import detect_language
from intake.mail.quotes import REPLY_PREFIX, split_body
from intake.values import Address, Attachment, Mail

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HEADER_SCAN_LIMIT = 256 * 1024
"""No header block is read past this many bytes (an oversize message whose headers do not end within what is read
is parsed for its headers only)."""
OVERSIZE_PREFIX_BYTES = 512 * 1024
"""Of a message over max_bytes, this much (at most max_bytes) is parsed: its headers and the start of its body."""

# Control characters never belong in a decoded header value: a CR/LF there is a header-injection attempt
# (e.g. an encoded word "=?UTF-8?Q?=0A?=Bcc: x@evil"), bidi overrides and zero-width characters disguise text.
_HEADER_JUNK = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+")
_BODY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MSG_ID = re.compile(r"<([^<>]*)>")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# Stdlib defect classes -> stable short codes. Unknown classes get a kebab-case code derived from the name.
_DEFECT_CODES = {
    "CloseBoundaryNotFoundDefect": ("missing-boundary", "truncated"),
    "StartBoundaryNotFoundDefect": ("broken-boundary",),
    "NoBoundaryInMultipartDefect": ("missing-boundary",),
    "MultipartInvariantViolationDefect": ("broken-boundary",),
    "InvalidBase64PaddingDefect": ("bad-base64",),
    "InvalidBase64CharactersDefect": ("bad-base64",),
    "InvalidBase64LengthDefect": ("bad-base64", "truncated"),
    "MissingHeaderBodySeparatorDefect": ("missing-header-separator",),
    "MalformedHeaderDefect": ("malformed-header",),
    "FirstHeaderLineIsContinuationDefect": ("malformed-header",),
    "InvalidMultipartContentTransferEncodingDefect": ("bad-multipart-encoding",),
    "MisplacedEnvelopeHeaderDefect": ("malformed-header",),
}
# mail-parser's own categories (it adds these on top of the stdlib's).
_MAILPARSER_CODES = {
    "AddressHeaderDefect": "bad-address-header",
    "MimeHeaderDefect": "bad-mime-header",
}

# Charsets that are routinely declared for text written in a superset; decoding with the superset is never worse.
_SUPERSET = {
    "ascii": "ascii",
    "latin_1": "cp1252",
    "iso8859_15": "iso8859_15",
    "cp1252": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
_WESTERN = frozenset({"cp1252", "iso8859_15"})
_TEXT_LIKE_NON_TEXT = frozenset({"message/delivery-status", "message/disposition-notification"})


def _latin1_for_undefined(error: UnicodeDecodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; read them as latin-1 instead of failing the whole part.
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("intake-latin1", _latin1_for_undefined)

# mail-parser logs every unusual part at WARNING ("Email content 'rfc822-headers' not handled") and bad headers
# at ERROR. Each is already reported in Mail.defects; in the daemon's log they would be noise per message.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)


# -- public API ---------------------------------------------------------------------------------------------


def parse(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, keep_payloads: bool = False,
          text_limit: int | None = None) -> Mail:
    """Parse raw RFC 5322 bytes into a `Mail`. Never raises; problems are listed in `Mail.defects`.

    `keep_payloads` also keeps the sender's HTML source and every attachment's bytes, for showing the message.
    `text_limit` (for showing, never for deciding) reads only the head of a long body: `body` and what it is split
    into stop after that many characters (an HTML body is converted from as many characters of its markup), and
    `text_cut` says so. Splitting and converting cost time per line, so this bounds a huge message's page."""
    try:
        return _parse(_as_bytes(data), max_bytes, keep_payloads, text_limit)
    except Exception as exc:  # noqa: BLE001
        # The one broad catch in intake: parse() runs on attacker-controlled bytes inside the daemon loop, and a
        # crash here would stall the mailbox on one poisoned message. Any bug is reported as a defect instead.
        return _minimal_mail(data, f"parser-error:{type(exc).__name__}")


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode text bytes whatever the label says. Returns (text, defect code or None). Never raises."""
    if data.isascii():
        return data.decode("ascii"), None
    codec = _codec(charset)
    if codec in (None, "ascii", "utf_8") or codec in _WESTERN:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Not UTF-8: 8-bit mail that is not UTF-8 is, in practice, Windows-1252 (a superset of latin-1).
            decoded = data.decode(codec if codec in _WESTERN else "cp1252", "intake-latin1")
            return decoded, None if codec in _WESTERN else "charset-fallback"
        # Valid UTF-8 with 8-bit bytes is UTF-8, whatever the label (latin-1 text is almost never valid UTF-8).
        return text, None if codec == "utf_8" else "charset-fallback"
    try:
        return _scrub_surrogates(data.decode(codec)), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("utf-8"), "charset-fallback"
    except UnicodeDecodeError:
        return _scrub_surrogates(data.decode(codec, "replace")), "charset-fallback"


def decode_header_value(raw: object) -> str:
    """One header value decoded (RFC 2047, raw 8-bit) and cleaned: no CR/LF or other control characters."""
    text = raw if isinstance(raw, str) else str(raw)
    if _SURROGATE.search(text):
        # Raw 8-bit bytes in a header arrive surrogate-escaped from the stdlib parser.
        text = decode_bytes(text.encode("ascii", "surrogateescape"), None)[0]
    if "=?" in text:
        text = _decode_encoded_words(text)
    return _HEADER_JUNK.sub(" ", text).strip()


# -- the parse ----------------------------------------------------------------------------------------------


def _parse(data: bytes, max_bytes: int, keep_payloads: bool = False, text_limit: int | None = None) -> Mail:
    defects: list[str] = []
    headers_only = False
    if len(data) > max_bytes:
        # Only the start is read (headers and the first part of the body, what a person writes first); the
        # whole message is kept in the raw store, and the "oversize" defect sends it to review.
        defects.append("oversize")
        data_read = data[:min(max_bytes, OVERSIZE_PREFIX_BYTES)]
        head = data_read[:HEADER_SCAN_LIMIT]
        headers_only = b"\r\n\r\n" not in head and b"\n\n" not in head  # no body within what is read
        parser = _mailparser(_header_block(data) if headers_only else data_read, defects)
    else:
        parser = _mailparser(data, defects)
    if parser is None:
        # Too deeply nested for the parser: the headers alone are still worth having.
        parser = _mailparser(_header_block(data), defects)
        headers_only = True
    if parser is None:
        return _minimal_mail(data, *defects)
    msg: Message = parser.message
    headers = _headers(msg)
    subject = _first(headers, "subject") or ""
    body, is_html, attachments, part_types, html = ("", False, (), (msg.get_content_type(),), "")
    if not headers_only:
        body, is_html, attachments, part_types, html = _walk_body(msg, defects, keep_payloads, text_limit)
    text_cut = text_limit is not None and (len(body) > text_limit or (is_html and _HTML_CUT in body))
    if text_cut:
        body = body.replace(_HTML_CUT, "")[:text_limit]
    from_ = _first_address(parser.from_, msg, "from")
    reply_to = _addresses(parser.reply_to)
    sender = _sender(msg)
    own = tuple(a.email for a in (from_, sender, *reply_to) if a is not None)
    names = tuple(a.name for a in (from_, sender, *reply_to) if a is not None and a.name)
    split = split_body(body, subject=subject, own_addresses=own, own_names=names)
    message_id = _message_id(_first(headers, "message-id"))
    if message_id is None:
        defects.append("no-message-id")
    _collect_defects(msg, parser, defects, walk_parts=not headers_only)
    if not headers_only:
        _transfer_damage(msg, defects)
    date = _date(parser)
    if date is None and "date" in headers:
        # Only an unreadable Date header counts: mail-parser's DateHeaderDefect also covers Received dates and
        # recoverable slips such as a wrong weekday.
        defects.append("bad-date")
    return Mail(
        headers=MappingProxyType(headers),
        from_=from_,
        reply_to=reply_to,
        sender=sender,
        return_path=_return_path(_first(headers, "return-path")),
        to=_addresses(parser.to),
        cc=_addresses(parser.cc),
        subject=subject,
        date=date,
        message_id=message_id,
        in_reply_to=_msg_ids(headers.get("in-reply-to", ())),
        references=_msg_ids(headers.get("references", ())),
        content_type=msg.get_content_type(),
        part_types=part_types,
        language=_language(subject, split.new_text, body),
        body=body,
        body_is_html=is_html,
        new_text=split.new_text,
        quoted=split.quoted,
        signature=split.signature,
        forwarded=split.forwarded,
        disclaimer=split.disclaimer,
        forwarded_as_own=split.forwarded_as_own,
        attachments=attachments,
        size=len(data),
        defects=tuple(dict.fromkeys(defects)),
        html=html,
        text_cut=text_cut,
    )


def _language(subject: str, new_text: str, body: str) -> str:
    """The language of what the sender wrote; the whole body only when their own words are too few to tell. A
    reply's subject is usually our own ("Re: Go solar without panels"): "No me manden más de esto" under it is
    Spanish, so it is weighed only when the sender's words alone cannot tell."""
    own_subject = "" if REPLY_PREFIX.match(subject or "") else subject
    found = detect_language(f"{own_subject}\n{new_text}")
    if found == "und" and own_subject != subject:
        found = detect_language(f"{subject}\n{new_text}")
    return found if found != "und" else detect_language(f"{subject}\n{body}")


def _mailparser(data: bytes, defects: list[str]) -> mailparser.MailParser | _StdlibView | None:
    """mail-parser's view of the message, built on a stdlib message we can patch first.

    None when the message is nested too deeply to parse at all. When mail-parser itself trips over the message,
    a small stdlib-only view stands in for it so the rest of the parse still happens.
    """
    try:
        msg = email.message_from_bytes(data)
    except RecursionError:
        defects.append("parser-error:MailParserRecursionError")
        return None
    if msg.is_multipart() and msg.epilogue is None:
        # mail-parser reads the epilogue when a part lacks its start boundary and crashes when there is none.
        msg.epilogue = ""
    try:
        return mailparser.MailParser(msg)
    except RecursionError:
        defects.append("parser-error:MailParserRecursionError")
        return None
    except (
        MailParserError,
        email.errors.MessageError,
        AttributeError,
        TypeError,
        ValueError,
        LookupError,
        UnicodeError,
        IndexError,
        KeyError,
    ) as exc:
        # A mail-parser bug on odd input: report it and read the basics with the stdlib instead.
        defects.append(f"parser-error:mailparser-{type(exc).__name__}")
        return _StdlibView(msg)


class _StdlibView:
    """The few things parse() reads from mail-parser, taken from the stdlib message when mail-parser fails."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.defects_categories: set[str] = set()
        self.from_ = self._pairs("from")
        self.to = self._pairs("to")
        self.cc = self._pairs("cc")
        self.reply_to = self._pairs("reply-to")
        self.date: datetime | None = None
        self.timezone = "0"
        raw_date = message.get("date")
        if raw_date:
            try:
                self.date = email.utils.parsedate_to_datetime(str(raw_date))
            except (TypeError, ValueError, IndexError, OverflowError):
                self.date = None
            if self.date is not None and self.date.tzinfo is not None:
                self.timezone = str(self.date.utcoffset().total_seconds() / 3600)

    def _pairs(self, header: str) -> list[tuple[str, str]]:
        values = [str(v) for v in self.message.get_all(header, [])]
        return [(name, addr) for name, addr in email.utils.getaddresses(values[:1]) if "@" in addr]


def _as_bytes(data: object) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode("utf-8", "surrogateescape")
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"parse() needs bytes, not {type(data).__name__}")  # bytes(12345) would be 12345 NULs


def _header_block(data: bytes) -> bytes:
    """The bytes up to the first blank line, capped: cheap to parse whatever the size of the message."""
    head = data[:HEADER_SCAN_LIMIT]
    ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
    return head[: min(ends)] + b"\r\n\r\n" if ends else head


# -- headers ------------------------------------------------------------------------------------------------


def _headers(msg: Message) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    for name, raw in msg.raw_items():
        key = _HEADER_JUNK.sub("", str(name)).lower()
        collected.setdefault(key, []).append(decode_header_value(raw))
    return {name: tuple(values) for name, values in collected.items()}


def _first(headers: dict[str, tuple[str, ...]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _decode_encoded_words(text: str) -> str:
    try:
        chunks = email.header.decode_header(text)
    except (email.errors.HeaderParseError, ValueError, LookupError, AssertionError):
        return text
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset)[0])
        else:
            out.append(chunk)
    return "".join(out)


def _address(name: str, addr: str) -> Address:
    clean_addr = _HEADER_JUNK.sub("", addr)
    # mail-parser leaves an encoded display name undecoded when decoding yields control characters (an injection
    # attempt); decode it anyway and strip them, so every name is plain text.
    clean_name = decode_header_value(name).strip('"').strip()
    return Address(name="" if clean_name == clean_addr else clean_name, email=clean_addr)


def _addresses(pairs: object) -> tuple[Address, ...]:
    # mail-parser answers "" for an absent header and a list of (name, addr) pairs otherwise.
    if not isinstance(pairs, list):
        return ()
    return tuple(_address(str(name), str(addr)) for name, addr in pairs if addr)


_ANGLE_ADDR = re.compile(r"<[ \t]*([^<>\s@]+@[^<>\s@]+?)[ \t]*>[ \t]*$")
_BARE_ADDR = re.compile(r"^[ \t]*<?([^<>\s@\"]+@[^<>\s@\"]+?)>?[ \t]*$")


def _first_address(pairs: object, msg: Message, header: str) -> Address | None:
    found = _addresses(pairs)
    if found:
        return found[0]
    raw = msg.get_all(header)
    if not raw:
        return None
    # mail-parser refuses a mailbox it cannot establish structurally (an encoded word hiding ':' or ','). The
    # mailbox is still the angle-addr at the end; it is taken from the raw value, *before* any decoding, so text
    # inside an encoded word can never pose as the address.
    value = " ".join(str(raw[0]).split())
    match = _ANGLE_ADDR.search(value) or _BARE_ADDR.match(value)
    if not match:
        return None
    name = value[: match.start()] if match.re is _ANGLE_ADDR else ""
    return _address(name, match.group(1))


def _sender(msg: Message) -> Address | None:
    raw = msg.get_all("sender")
    if not raw:
        return None
    pairs = get_addresses(str(raw[0]), decode_names=True)
    found = _addresses([pair for pair in pairs])
    return found[0] if found else None


def _return_path(value: str | None) -> str | None:
    if value is None:
        return None
    found = _MSG_ID.search(value)
    path = found.group(1) if found else value
    return "".join(path.split())


def _message_id(value: str | None) -> str | None:
    ids = _msg_ids((value,)) if value else ()
    if ids:
        return ids[0]
    token = "".join((value or "").split())
    return f"<{token}>" if token else None


def _msg_ids(values: tuple[str, ...] | tuple[str | None, ...]) -> tuple[str, ...]:
    ids: list[str] = []
    for value in values:
        if value:
            ids.extend(f"<{''.join(inner.split())}>" for inner in _MSG_ID.findall(value) if inner.strip())
    return tuple(ids)


def _date(parser: mailparser.MailParser | _StdlibView) -> datetime | None:
    value = parser.date
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        # mail-parser normalises to UTC and keeps the sender's offset apart, as hours ("-5.0").
        offset = timedelta(hours=float(parser.timezone))
        return value.astimezone(timezone(offset))
    except (TypeError, ValueError, OverflowError):
        return value


# -- body and parts -----------------------------------------------------------------------------------------


_HTML_CUT = "\x00html-cut\x00"
"""Left by _walk_body where it stopped converting an HTML body (no decoded body keeps a NUL)."""


def _walk_body(msg: Message, defects: list[str], keep_payloads: bool = False, text_limit: int | None = None,
               ) -> tuple[str, bool, tuple[Attachment, ...], tuple[str, ...], str]:
    """(body, body_is_html, attachments, part_types, html source if kept). The body is the text/plain parts, else
    the HTML ones."""
    texts: dict[str, list[str]] = {"text/plain": [], "text/html": [], "other": []}
    attachments: list[Attachment] = []
    part_types: list[str] = []
    for part, carried in _leaves(msg, part_types, defects):
        ctype = part.get_content_type()
        params = _content_params(part)
        filename = _filename(part, params)
        inline_text = ctype.startswith("text/") and not (
            carried or filename or part.get_content_disposition() == "attachment"
        )
        if inline_text and ctype in ("text/plain", "text/html"):
            text = _part_text(part, defects, params)
            if text.strip():
                texts[ctype].append(text)
            continue
        if ctype.startswith("multipart/"):
            continue  # a container whose parts could not be found: nothing to attach
        attachment = _attachment(part, ctype, filename, params, defects, keep_payloads)
        attachments.append(attachment)
        if inline_text and attachment.text and attachment.text.strip():
            texts["other"].append(attachment.text)  # text/enriched and friends: a last resort for the body
    found = tuple(attachments), tuple(part_types), (texts["text/html"][0] if keep_payloads and texts["text/html"] else "")
    if texts["text/plain"]:
        return "\n\n".join(t.strip("\n") for t in texts["text/plain"]), False, *found
    if texts["text/html"]:
        return "\n\n".join(_html_text(t, text_limit) for t in texts["text/html"]), True, *found
    return "\n\n".join(t.strip("\n") for t in texts["other"]), False, *found


def _html_text(html: str, text_limit: int | None) -> str:
    if text_limit is None or len(html) <= text_limit:
        return html_to_text(html)
    return html_to_text(html[:text_limit]) + _HTML_CUT


def _leaves(msg: Message, part_types: list[str], defects: list[str]) -> Iterator[tuple[Message, bool]]:
    """Leaf parts in walk order with whether they sit inside an attachment or attached message.

    Records every part's type on the way. A multipart whose boundary never matched is re-split on the boundary
    actually used, so its text is not lost.
    """
    stack: list[tuple[Message, bool]] = [(msg, False)]
    while stack:
        part, carried = stack.pop()
        ctype = part.get_content_type()
        part_types.append(ctype)
        if ctype in _TEXT_LIKE_NON_TEXT:
            yield part, True
            continue
        if part.is_multipart():
            children = part.get_payload()
            inner = carried or ctype == "message/rfc822" or part.get_content_disposition() == "attachment"
            stack.extend((child, inner) for child in reversed(children) if isinstance(child, Message))
            continue
        if ctype.startswith("multipart/"):
            recovered = _resplit(part)
            if recovered is not None:
                defects.append("broken-boundary")
                stack.extend((child, carried) for child in reversed(recovered.get_payload()))
                continue
        yield part, carried


_BOUNDARY_LINE = re.compile(r"^--([^\s]{1,200})[ \t]*\r?$", re.MULTILINE)


def _resplit(part: Message) -> Message | None:
    """Re-parse a multipart whose declared boundary never occurs, using the first boundary-like line instead."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    found = _BOUNDARY_LINE.search(payload)
    if not found:
        return None
    boundary = found.group(1)
    boundary = boundary.removesuffix("--")
    if not boundary:
        return None
    raw = f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\r\n\r\n{payload}'
    recovered = email.message_from_bytes(raw.encode("utf-8", "surrogateescape"))
    return recovered if recovered.is_multipart() and recovered.get_payload() else None


def _payload_bytes(part: Message, defects: list[str]) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, LookupError, UnicodeError, TypeError):
        defects.append("undecodable-part")
        return b""
    if isinstance(payload, bytes):
        return payload
    if payload is None:
        raw = part.get_payload()
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return b""


def _part_text(part: Message, defects: list[str], params: dict[str, str]) -> str:
    data = _payload_bytes(part, defects)
    text, problem = decode_bytes(data, params.get("charset"))
    if problem:
        defects.append(problem)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_BODY_CONTROL.findall(text))
    if controls:
        if controls > len(text) // 10:
            # Binary posing as text: its "words" are noise that would only mislead the classifier.
            defects.append("undecodable-part")
            return ""
        text = _BODY_CONTROL.sub("", text)
    if params.get("format", "").lower() == "flowed" and part.get_content_type() == "text/plain":
        text = _unflow(text, delsp=params.get("delsp", "").lower() == "yes")
    return text


def _content_params(part: Message) -> dict[str, str]:
    """The Content-Type parameters, lower-case names, parsed once per part (the stdlib re-parses per lookup)."""
    try:
        params = part.get_params(header="content-type") or []
    except (LookupError, UnicodeError, ValueError, TypeError, IndexError):
        return {}
    found: dict[str, str] = {}
    for key, value in params[1:]:  # the first pair is the type itself
        if isinstance(value, tuple):  # RFC 2231
            value = email.utils.collapse_rfc2231_value(value)
        found.setdefault(str(key).strip().lower(), str(value).strip())
    return found


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    if name in ("unknown-8bit", "x-unknown", "default", "8bit", "binary"):
        return None
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except (LookupError, ValueError):
        return None
    if codec in ("utf_8", "utf8"):
        return "utf_8"
    if codec == "iso8859_1":
        codec = "latin_1"
    return _SUPERSET.get(codec, codec)


def _scrub_surrogates(text: str) -> str:
    # utf-7 and friends can produce lone surrogates, which are not text and break every UTF-8 sink downstream.
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _unflow(text: str, *, delsp: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next line (same quote depth)."""
    out: list[str] = []
    pending = ""
    pending_depth = -1
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content.removeprefix(" ")  # space-stuffing
        if pending and depth != pending_depth:
            out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
            pending = ""
        if content.endswith(" ") and content != "-- ":
            pending += content[:-1] if delsp else content
            pending_depth = depth
            continue
        joined = pending + content
        pending = ""
        out.append(">" * depth + (" " if depth and joined else "") + joined)
    if pending:
        out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
    return "\n".join(out)


def _filename(part: Message, params: dict[str, str]) -> str:
    name: object = ""
    if "content-disposition" in part:
        try:
            name = part.get_filename() or ""
        except (LookupError, UnicodeError, ValueError, TypeError, IndexError):
            name = ""
    if isinstance(name, tuple):  # an RFC 2231 value the stdlib left undecoded
        name = email.utils.collapse_rfc2231_value(name)
    return decode_header_value(name or params.get("name", ""))


def _attachment(
    part: Message, ctype: str, filename: str, params: dict[str, str], defects: list[str], keep_payloads: bool = False
) -> Attachment:
    if ctype in _TEXT_LIKE_NON_TEXT:
        # A DSN's status fields are text in all but name; keep them readable for the bounce handling.
        text = _status_text(part, defects)
        kept = _payload_bytes(part, []) if keep_payloads else None
        return Attachment(filename=filename, content_type=ctype, size=len(text), text=text, data=kept)
    data = _payload_bytes(part, defects)
    text = None
    if ctype.startswith("text/"):
        text, problem = decode_bytes(data, params.get("charset"))
        if problem:
            defects.append(problem)
        text = _BODY_CONTROL.sub("", text.replace("\r\n", "\n"))
    return Attachment(filename=filename, content_type=ctype, size=len(data), text=text,
                      data=data if keep_payloads else None)


def _status_text(part: Message, defects: list[str]) -> str:
    """The fields of a delivery-status / disposition-notification part, one block per recipient."""
    if not part.is_multipart():
        return _part_text(part, defects, _content_params(part))
    blocks = part.get_payload()
    return "\n\n".join(
        "\n".join(f"{name}: {decode_header_value(value)}" for name, value in block.raw_items())
        for block in blocks
        if isinstance(block, Message)
    )


# -- defects ------------------------------------------------------------------------------------------------


def _collect_defects(
    msg: Message, parser: mailparser.MailParser | _StdlibView, defects: list[str], *, walk_parts: bool
) -> None:
    parts = msg.walk() if walk_parts else iter((msg,))
    for part in parts:
        for defect in getattr(part, "defects", ()):
            name = type(defect).__name__
            defects.extend(_DEFECT_CODES.get(name) or (_kebab(name),))
    for category in sorted(parser.defects_categories):
        code = _MAILPARSER_CODES.get(category)
        if code:
            defects.append(code)


_QP_BAD_ESCAPE = re.compile(r"=(?![0-9A-Fa-f]{2}|[ \t]*\r?\n|[ \t]*$)")
_LINE_BREAK = re.compile(r"\r?\n")


def _transfer_damage(msg: Message, defects: list[str]) -> None:
    """Damage to base64 and quoted-printable bodies that the stdlib decodes without a word.

    Its decoders skip what they cannot read, so a body with a piece missing decodes to plausible text with a
    piece missing: a name cut short, a "do not" lost. Found here from the encoded text itself:
    - base64 whose lines are not all the encoder's one length (bar the last): a line was cut short, or lost and
      the rest shifted;
    - a message that is one base64 part and does not end with a line break: the transfer stopped part-way (SMTP
      always delivers a final line break; a multipart cut short loses its closing boundary, which the stdlib
      reports);
    - quoted-printable with "=" followed by neither two hex digits nor a line break (an escape cut in two, or
      text that was never encoded).
    What cannot be seen: base64 cut exactly after a whole line in a message that still ends with a line break,
    and quoted-printable or plain text cut between characters; such text is read as the sender's.
    """
    for part in msg.walk():
        if part.is_multipart():
            continue
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        payload = part.get_payload()
        if encoding not in ("base64", "quoted-printable") or not isinstance(payload, str) or not payload.strip():
            continue
        if encoding == "base64":
            if part is msg and not payload.endswith("\n"):
                defects.append("truncated")
            if _ragged_base64(payload):
                defects.append("bad-base64")
        elif _QP_BAD_ESCAPE.search(payload):
            defects.append("bad-quoted-printable")


def _ragged_base64(payload: str) -> bool:
    lengths = [len(line.strip()) for line in _LINE_BREAK.split(payload.strip()) if line.strip()]
    return len(set(lengths[:-1])) > 1 or (len(lengths) > 1 and lengths[-1] > lengths[0])


def _kebab(name: str) -> str:
    name = name.removesuffix("Defect")
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower() or "defect"


def _minimal_mail(data: object, *defects: str) -> Mail:
    size = len(data) if isinstance(data, (bytes, bytearray, str)) else 0
    return Mail(
        headers=MappingProxyType({}),
        from_=None,
        reply_to=(),
        sender=None,
        return_path=None,
        to=(),
        cc=(),
        subject="",
        date=None,
        message_id=None,
        in_reply_to=(),
        references=(),
        content_type="text/plain",
        part_types=(),
        language="und",
        body="",
        body_is_html=False,
        new_text="",
        quoted="",
        signature="",
        forwarded="",
        disclaimer="",
        forwarded_as_own=False,
        attachments=(),
        size=size,
        defects=tuple(dict.fromkeys(defects)) or ("parser-error",),
    )
