"""Byte-level building blocks for the winter set: MIME leaves and trees, header encoding,
provider trace headers, and the way each mail program lays out a new message or a reply.

Everything is built with "\n" line ends and turned into CRLF once, at the very end (finish()).
Randomness comes only from the Random object handed in, so a fixed seed gives fixed bytes."""

import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import textwrap
import uuid

CST = _dt.timezone(_dt.timedelta(hours=-6))
MST = _dt.timezone(_dt.timedelta(hours=-7))
EST = _dt.timezone(_dt.timedelta(hours=-5))
PST = _dt.timezone(_dt.timedelta(hours=-8))
UTC = _dt.timezone.utc

MBOX = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


class Rng:
    """A thin wrapper so every random string is drawn from one seeded generator."""

    def __init__(self, r):
        self.r = r

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def HEX(self, n):
        return self.s(n, HEX.upper())

    def b64(self, n):
        return self.s(n, B64)

    def digits(self, n):
        return self.s(n, "0123456789")

    def uuid(self, upper=True):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.r.randint(2, 250)))
        return ".".join(parts)

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)


# ---------------------------------------------------------------- dates and headers

def rfc_date(dt, comment=False):
    s = dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")
    if comment:
        names = {-6: "CST", -7: "MST", -5: "EST", -8: "PST", 0: "UTC"}
        off = int(dt.utcoffset().total_seconds() // 3600)
        s += " (%s)" % names.get(off, "UTC")
    return s


def rfc_date_pad(dt, comment=True):
    """Postfix writes single-digit days with two spaces: 'Tue,  1 Dec 2026'."""
    s = dt.strftime("%a, ") + ("%2d" % dt.day) + dt.strftime(" %b %Y %H:%M:%S %z")
    if comment:
        names = {-6: "CST", -7: "MST", -5: "EST", -8: "PST", 0: "UTC"}
        off = int(dt.utcoffset().total_seconds() // 3600)
        s += " (%s)" % names.get(off, "UTC")
    return s


def q_words(text, charset="utf-8", maxlen=75):
    """RFC 2047 Q-encoded words, split so none is longer than maxlen."""
    raw = text.encode(charset)
    prefix = "=?%s?Q?" % charset
    words, cur = [], ""
    for b in raw:
        c = chr(b)
        if c == " ":
            t = "_"
        elif c.isalnum() and b < 128:
            t = c
        elif c in "!*+-/" and b < 128:
            t = c
        else:
            t = "=%02X" % b
        if len(prefix) + len(cur) + len(t) + 2 > maxlen:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += t
    if cur:
        words.append(prefix + cur + "?=")
    return "\n ".join(words)


def b_words(text, charset="utf-8"):
    raw = text.encode(charset)
    out = []
    # keep each word under 75 chars: 45 bytes -> 60 base64 chars
    i = 0
    while i < len(raw):
        chunk = raw[i:i + 36]
        # do not split a UTF-8 sequence
        while charset.lower() == "utf-8" and i + len(chunk) < len(raw) and (raw[i + len(chunk)] & 0xC0) == 0x80:
            chunk = raw[i:i + len(chunk) - 1]
        out.append("=?%s?B?%s?=" % (charset, base64.b64encode(chunk).decode()))
        i += len(chunk)
    return "\n ".join(out)


def hdr_text(text, charset="utf-8", enc="Q"):
    if all(ord(c) < 128 for c in text):
        return text
    return q_words(text, charset) if enc == "Q" else b_words(text, charset)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q"):
    if not name:
        return email if "<" in email else email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (hdr_text(name, charset, enc), email)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold_list(name, items, sep=", "):
    return name + ": " + (",\n\t").join(items)


# ---------------------------------------------------------------- MIME tree

class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings (may contain folded lines)
        self.body = body        # bytes, "\n" line ends


class Multi:
    def __init__(self, ctype, boundary, parts, preamble=None, params="", epilogue=""):
        self.ctype = ctype
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.params = params
        self.epilogue = epilogue
        self.headers_extra = []

    @property
    def headers(self):
        h = ['Content-Type: %s;%s\n\tboundary="%s"' % (self.ctype, self.params, self.boundary)]
        return h + self.headers_extra


def qp_encode(text, charset):
    data = text.encode(charset)
    enc = quopri.encodestring(data, quotetabs=False)
    # quopri leaves a lone trailing "." etc alone; make sure no line starts with "From " issue is moot for IMAP
    return enc


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode("ascii")


def flow(text, width=72):
    """format=flowed: soft breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line.strip() == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_leaf(text, subtype="plain", charset="utf-8", cte="auto", flowed=False, quote_charset=True,
              extra=None, delsp=False, cd=None):
    """A text/* leaf. cte: auto | 7bit | 8bit | quoted-printable | base64 | none (no CTE header)."""
    if flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    ascii_only = all(ord(c) < 128 for c in text)
    longest = max(len(l) for l in text.split("\n"))
    if cte == "auto":
        cte = "7bit" if ascii_only and longest < 900 else "quoted-printable"
    cs = ('"%s"' % charset) if quote_charset else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    headers = [ct]
    if cte == "quoted-printable":
        body = qp_encode(text, charset)
    elif cte == "base64":
        body = b64_encode(text.encode(charset))
    else:
        body = text.encode(charset)
    if cte != "none":
        headers.append("Content-Transfer-Encoding: %s" % cte)
    if cd:
        headers.append("Content-Disposition: %s" % cd)
    if extra:
        headers += extra
    return Leaf(headers, body)


def binary_leaf(data, ctype, filename, disposition="attachment", extra=None):
    headers = ['Content-Type: %s; name="%s"' % (ctype, filename),
               'Content-Disposition: %s; filename="%s"' % (disposition, filename),
               "Content-Transfer-Encoding: base64"]
    if extra:
        headers += extra
    return Leaf(headers, b64_encode(data))


def render_node(node):
    if isinstance(node, Leaf):
        if not node.headers:
            return b"\n" + node.body
        return "\n".join(node.headers).encode("ascii") + b"\n\n" + node.body
    out = b""
    out += "\n".join(node.headers).encode("ascii") + b"\n\n"
    if node.preamble:
        out += node.preamble.encode("ascii") + b"\n"
    for p in node.parts:
        out += ("\n--%s\n" % node.boundary).encode("ascii")
        rendered = render_node(p)
        out += rendered
        if not out.endswith(b"\n"):
            out += b"\n"
    out += ("\n--%s--\n" % node.boundary).encode("ascii")
    if node.epilogue:
        out += node.epilogue.encode("ascii")
    return out


def finish(header_lines, node):
    """header_lines: top-level headers (trace first) WITHOUT content headers; node: the body tree."""
    top = "\n".join(header_lines).encode("ascii")
    if node is None:
        raise ValueError("no body")
    body = render_node(node)
    raw = top + b"\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            raise ValueError("line too long")
    return raw


# ---------------------------------------------------------------- HTML helpers

def esc(s):
    return _html.escape(s, quote=False)


def paras(text):
    """Split plain text into paragraphs (lists of lines)."""
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def html_divs(text, empty="<div><br></div>"):
    """Gmail-style: one <div> per line, blank line = <div><br></div>."""
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else empty)
    while out and out[-1] == empty:
        out.pop()
    return "".join(out)


def html_lines_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def html_mso(text, font="Calibri", size="11.0pt"):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def wrap_html(s, width=76):
    """Keep HTML source lines short (programs do; and keeps 7bit parts legal)."""
    out = []
    for line in s.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line.strip() == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def digest(s):
    return hashlib.sha256(s.encode()).hexdigest()
