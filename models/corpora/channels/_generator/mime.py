"""Small MIME writer (standard library only) that gives full control over the bytes.

Everything is built as text with LF line ends and converted to CRLF at the very end.
"""
import base64
import quopri
import html as _html
from email.header import Header
from email.utils import format_datetime

CRLF = b"\r\n"


def to_crlf(data: bytes) -> bytes:
    data = data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


def enc_word(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded word(s) for non-ASCII header text; ASCII passes through."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def addr(name, address, charset="utf-8", mode="B", quote=False):
    if not name:
        return address if not quote else "<%s>" % address
    enc = enc_word(name, charset, mode)
    if enc == name and (quote or any(ch in name for ch in ',.()<>@;:"')):
        enc = '"%s"' % name.replace('"', '\\"')
    return "%s <%s>" % (enc, address)


def fold(name, value, width=78):
    """Fold a header at spaces (continuation lines start with a tab or space)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def encode_body(text_or_bytes, cte, charset=None):
    if isinstance(text_or_bytes, str):
        data = text_or_bytes.encode(charset or "utf-8")
    else:
        data = text_or_bytes
    data = data.replace(b"\r\n", b"\n")
    if cte in ("7bit", "8bit", "binary", None):
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, data, cte="7bit", charset=None, params=None,
                 headers=None, disposition=None, filename=None, lower_charset_quote=True):
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.charset = charset
        self.params = params or []
        self.headers = headers or []
        self.disposition = disposition
        self.filename = filename
        self.charset_quoted = lower_charset_quote

    def content_headers(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if self.charset_quoted else "; charset=%s" % self.charset
        for p in self.params:
            ct += "; " + p
        if self.filename and self.disposition:
            ct += ';\n\tname="%s"' % self.filename
        hs = ["Content-Type: " + ct]
        if self.cte:
            hs.append("Content-Transfer-Encoding: " + self.cte)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\tfilename="%s"' % self.filename
            hs.append("Content-Disposition: " + d)
        hs.extend(self.headers)
        return hs

    def body(self):
        return encode_body(self.data, self.cte, self.charset)


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None, params=None, headers=None):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.params = params or []
        self.headers = headers or []

    def content_headers(self):
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, self.boundary)
        for p in self.params:
            ct += ";\n\t" + p
        return ["Content-Type: " + ct] + self.headers

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for i, p in enumerate(self.parts):
            out += (b"" if i == 0 and not self.preamble else b"\n") + b"--" + self.boundary.encode() + b"\n"
            out += "\n".join(p.content_headers()).encode("ascii") + b"\n\n"
            b = p.body()
            out += b.rstrip(b"\n") if isinstance(p, Leaf) else b
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


class Raw:
    """An embedded message/rfc822 or similar that is given as ready text."""
    def __init__(self, ctype, text, headers=None, cte=None):
        self.ctype = ctype
        self.text = text
        self.headers = headers or []
        self.cte = cte

    def content_headers(self):
        hs = ["Content-Type: " + self.ctype]
        if self.cte:
            hs.append("Content-Transfer-Encoding: " + self.cte)
        return hs + self.headers

    def body(self):
        t = self.text
        return (t.encode("utf-8") if isinstance(t, str) else t).replace(b"\r\n", b"\n").rstrip(b"\n")


def message_bytes(headers, root, mime_version="MIME-Version: 1.0"):
    """headers: list of already formatted header lines (may contain LF-continuations)."""
    hs = list(headers)
    if mime_version:
        hs.append(mime_version)
    hs.extend(root.content_headers())
    head = "\n".join(hs).encode("ascii")
    body = root.body()
    if not body.endswith(b"\n"):
        body += b"\n"
    return to_crlf(head + b"\n\n" + body)


def esc(s):
    return _html.escape(s, quote=False)


def rfcdate(dt):
    return format_datetime(dt)
