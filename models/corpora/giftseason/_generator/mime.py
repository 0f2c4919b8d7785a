"""Small byte-exact MIME helpers for the giftseason set (standard library only).

All text is kept with '\n' line ends inside Python and turned into CRLF when bytes are produced.
"""
import base64
import hashlib
import quopri
from email.header import Header

CRLF = b"\r\n"


def crlf(s):
    """str with \n line ends -> bytes with CRLF (ASCII only)."""
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def enc_header(text, charset="utf-8", mode="q"):
    """RFC 2047 encoded words when needed; returns folded str with '\n ' folds."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if mode == "b":
        h = Header(text, charset, maxlinelen=76)
        return h.encode(linesep="\n")
    # Q encoding like Gmail / Apple Mail
    raw = text.encode(charset)
    out = []
    for byte in raw:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    words = []
    cur = ""
    prefix = "=?%s?Q?" % charset.upper()
    for tok in out:
        if len(prefix) + len(cur) + len(tok) + 2 > 70:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += tok
    if cur:
        words.append(prefix + cur + "?=")
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="q", quote=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or any(ch in name for ch in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset, mode), email)


def qp_encode(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(data, quotetabs=False)
    s = enc.decode("ascii")
    return s


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


class Part:
    """A leaf or multipart MIME entity. headers: list of (name, value)."""

    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=""):
        self.headers = headers
        self.body = body          # str, already transfer-encoded, '\n' line ends
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def multipart_body(boundary, parts, preamble=None, epilogue=""):
    """Body of a multipart entity (without its own headers)."""
    out = ""
    if preamble is not None:
        out += preamble + "\n\n"
    for i, p in enumerate(parts):
        if i:
            out += "\n"
        out += "--" + boundary + "\n" + render_part(p)
    out += "\n--" + boundary + "--\n" + epilogue
    return out


def render_part(p):
    """Headers + body of an entity."""
    lines = ["%s: %s" % (n, v) for n, v in p.headers]
    return "\n".join(lines) + "\n\n" + entity_body(p)


def entity_body(p):
    if p.parts is not None:
        return multipart_body(p.boundary, p.parts, p.preamble, p.epilogue)
    body = p.body
    if body.endswith("\n"):
        body = body[:-1]
    return body


def text_leaf(text, subtype="plain", charset="utf-8", cte="auto", extra_ct="", quote_charset=True,
              extra_headers=None):
    """Build a text/* leaf. cte: '7bit', '8bit', 'quoted-printable', 'base64' or 'auto'."""
    text = text.replace("\r\n", "\n")
    if cte == "auto":
        try:
            text.encode("ascii")
            ascii_ok = True
        except UnicodeEncodeError:
            ascii_ok = False
        longest = max((len(l) for l in text.split("\n")), default=0)
        cte = "7bit" if (ascii_ok and longest <= 76) else "quoted-printable"
    cs = '"%s"' % charset if quote_charset else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, extra_ct)
    if cte == "quoted-printable":
        body = qp_encode(text, charset)
    elif cte == "base64":
        body = b64_encode(text.encode(charset))
    else:
        body = text
    headers = [("Content-Type", ct)]
    if cte is not None and cte != "none":
        headers.append(("Content-Transfer-Encoding", cte))
    if extra_headers:
        headers.extend(extra_headers)
    return Part(headers, body=body)


def fake_b64(seed, n):
    """Deterministic base64-looking string of length n."""
    out = ""
    i = 0
    while len(out) < n:
        out += base64.b64encode(hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()).decode()
        i += 1
    return out[:n].replace("=", "A")


def fake_hex(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s#%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def fold_b64(value, first_indent=0, width=72):
    """fold a long base64 value into header continuation lines."""
    chunks = []
    while value:
        chunks.append(value[:width])
        value = value[width:]
    return "\n\t ".join(chunks)
