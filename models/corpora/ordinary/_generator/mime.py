"""Small, deterministic MIME assembly helpers (standard library only).

Everything is assembled as bytes with LF line ends and converted to CRLF at the very end,
so that the output is byte-for-byte reproducible.
"""
import base64
import email.utils
import html
import quopri
from email.header import Header


def enc_header_text(text, charset="utf-8", b=False):
    """RFC 2047-encode a header text when it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if b:
        raw = text.encode(charset)
        return "=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                  base64.b64encode(raw).decode("ascii"))
    return Header(text, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8", quote=True, b=False):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]') and quote:
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header_text(name, charset, b=b), address)


def fmt_date(dt):
    return email.utils.format_datetime(dt)


def encode_body(text, charset, cte):
    """Return (bytes, cte) for a text body."""
    raw = text.encode(charset)
    if cte == "auto":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            text.encode("ascii")
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return body, cte


class Part:
    """A MIME entity: header lines (str, ASCII) + body bytes (LF)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        head = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="auto", params="", extra=None):
    body, cte = encode_body(text, charset, cte)
    ct = "text/%s; charset=%s%s" % (subtype, charset, params)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, body)


def text_part_q(text, subtype="plain", charset="utf-8", cte="auto", params=""):
    """Like text_part but quotes the charset parameter (Outlook / Exchange style)."""
    body, cte = encode_body(text, charset, cte)
    return Part([("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
                 ("Content-Transfer-Encoding", cte)], body)


def binary_part(data, ctype, filename, disposition="attachment", name_param=True, extra=None):
    body = base64.encodebytes(data)
    ct = ctype + ('; name="%s"' % filename if name_param else "")
    hdrs = [("Content-Type", ct),
            ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
            ("Content-Transfer-Encoding", "base64")]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, body)


def raw_part(ctype, body_text, extra=None):
    hdrs = [("Content-Type", ctype)]
    if extra:
        hdrs.extend(extra)
    b = body_text.encode("utf-8")
    if not b.endswith(b"\n"):
        b += b"\n"
    return Part(hdrs, b)


def multipart(subtype, parts, boundary, params="", preamble=None, extra=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode("ascii") + b"\n" + p.to_bytes() if out else \
            b"--" + boundary.encode("ascii") + b"\n" + p.to_bytes()
    out += b"\n--" + boundary.encode("ascii") + b"--\n"
    hdrs = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, out)


def message(headers, part):
    """Top-level message: headers then the part's own headers, then body. CRLF line ends."""
    head = "".join("%s: %s\n" % (k, v) for k, v in headers)
    data = head.encode("ascii") + part.to_bytes()
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


def text_to_html_lines(text):
    """Plain text -> simple HTML with <br> line breaks."""
    return "<br>\n".join(html.escape(l, quote=False) if l else "" for l in text.split("\n"))


def esc(s):
    return html.escape(s, quote=False)
