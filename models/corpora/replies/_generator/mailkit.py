"""Small mail-building kit for the `replies` set (standard library only).

Everything here works on str with "\n" internally; the final message is
turned into bytes with CRLF line endings by `assemble()`.
"""
import base64
import datetime as _dt
import hashlib
import html
import quopri
import textwrap

CRLF = "\r\n"

# ----------------------------------------------------------------- time
def central_offset(d):
    """UTC offset (hours) of America/Chicago for a naive local datetime (2025-2026)."""
    dst = {2025: (_dt.datetime(2025, 3, 9, 2), _dt.datetime(2025, 11, 2, 2)),
           2026: (_dt.datetime(2026, 3, 8, 2), _dt.datetime(2026, 11, 1, 2))}[d.year]
    return -5 if dst[0] <= d < dst[1] else -6


def local(s, tz=None):
    """'2026-03-14 09:15:02' (Central unless tz hours given) -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = _dt.datetime.strptime(s, fmt)
    off = central_offset(d) if tz is None else tz
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def rfc_date(d, paren=False):
    s = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")
    if paren:
        off = d.utcoffset().total_seconds() / 3600
        name = {-5: "CDT", -6: "CST", -4: "EDT", -7: "PDT", -8: "PST", 0: "UTC"}.get(off)
        if name:
            s += " (%s)" % name
    return s


def to_tz(d, hours):
    return d.astimezone(_dt.timezone(_dt.timedelta(hours=hours)))


def plus(d, minutes=0, seconds=0):
    return d + _dt.timedelta(minutes=minutes, seconds=seconds)


def tzname(d):
    off = d.utcoffset().total_seconds() / 3600
    return {-5: "CDT", -6: "CST", -4: "EDT", -7: "PDT", -8: "PST", 0: "UTC"}[off]


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

# ----------------------------------------------------------------- random ids
class Ids:
    def __init__(self, rng):
        self.r = rng

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hex(n).upper()

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        s = "%s-%s-%s-%s-%s" % (self.hex(8), self.hex(4), "4" + self.hex(3),
                                 self.r.choice("89ab") + self.hex(3), self.hex(12))
        return s.upper() if upper else s

    def postfix_qid(self):
        return self.alnum(4, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") + \
            self.alnum(8, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def fold_b64(label_value, width=74):
    """Fold a long signature-ish value (tag=value;...) over several lines."""
    out, line = [], ""
    for tok in label_value.split(" "):
        if line and len(line) + 1 + len(tok) > width:
            out.append(line)
            line = tok
        else:
            line = (line + " " + tok) if line else tok
    out.append(line)
    return ("\n\t").join(out)


def chop(s, n=70):
    return "\n\t ".join(s[i:i + n] for i in range(0, len(s), n))


# ----------------------------------------------------------------- headers
def needs_ew(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def ew(s, charset="utf-8", mode="Q"):
    """RFC 2047 encoded-word(s) for a non-ASCII phrase; ASCII passes through."""
    if not needs_ew(s):
        return s
    cs = charset.upper() if charset.lower() == "utf-8" else charset
    if mode == "B":
        raw = s.encode(charset)
        words, chunk = [], b""
        for ch in s:
            b = ch.encode(charset)
            if len(base64.b64encode(chunk + b)) > 44:
                words.append(chunk)
                chunk = b
            else:
                chunk += b
        words.append(chunk)
        return " ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w).decode()) for w in words)
    words, cur = [], ""
    for ch in s:
        b = ch.encode(charset)
        if ch == " ":
            enc = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        else:
            enc = "".join("=%02X" % x for x in b)
        if len(cur) + len(enc) > 60:
            words.append(cur)
            cur = enc
        else:
            cur += enc
    words.append(cur)
    return " ".join("=?%s?Q?%s?=" % (cs, w) for w in words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, charset="utf-8", mode="Q"):
    if not name:
        return address
    if needs_ew(name):
        return "%s <%s>" % (ew(name, charset, mode), address)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def fold(name, value, width=78):
    """Fold a header at spaces so no line is longer than `width` when possible."""
    line = name + ": "
    out = []
    words = value.split(" ")
    cur = line + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def hdr(name, value):
    if "\n" in value:  # pre-folded
        return name + ": " + value
    if len(name) + 2 + len(value) <= 78:
        return name + ": " + value
    return fold(name, value)


# ----------------------------------------------------------------- bodies
def wrap_para(text, width=72):
    """Hard-wrap each paragraph (blank-line separated) of text; keep list lines."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            ind = len(line) - len(line.lstrip(" "))
            sub = ind + (2 if line.lstrip().startswith(("* ", "- ")) else 0)
            out.extend(textwrap.wrap(line, width, initial_indent="", subsequent_indent=" " * sub,
                                     break_long_words=False, break_on_hyphens=False,
                                     drop_whitespace=True) if ind == 0 else
                       textwrap.wrap(line.strip(), width, initial_indent=" " * ind,
                                     subsequent_indent=" " * sub, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed encoding of own text: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if line == "-- ":
            out.append(line)
            continue
        if line.startswith((" ", "From ")):
            line = " " + line
        if len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def qp_encode(data: bytes) -> bytes:
    enc = quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False)
    # quopri leaves a trailing space/tab at line end unencoded only in odd cases; it
    # already encodes them. Normalise newlines to CRLF.
    return enc.replace(b"\n", b"\r\n")


def b64_encode(data: bytes) -> bytes:
    return base64.encodebytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte == "7bit":
        data.decode("ascii")  # must be ascii
    return data.replace(b"\n", b"\r\n")


class Part:
    """A leaf (text) or container (multipart) MIME entity."""

    def __init__(self, ctype, text=None, charset="utf-8", cte="7bit", params=None,
                 parts=None, boundary=None, headers=None, raw=None, extra_ct=""):
        self.ctype = ctype
        self.text = text
        self.charset = charset
        self.cte = cte
        self.params = params or ""
        self.parts = parts or []
        self.boundary = boundary
        self.headers = headers or []  # extra (name, value) lines before Content-Type
        self.post_headers = []  # lines after Content-Transfer-Encoding
        self.raw = raw  # preformatted body (str, CRLF added later)
        self.extra_ct = extra_ct

    def header_lines(self):
        lines = [hdr(n, v) for n, v in self.headers]
        if self.ctype.startswith("multipart/"):
            lines.append('Content-Type: %s;%s\n\tboundary="%s"' % (self.ctype, self.extra_ct, self.boundary))
        elif self.ctype.startswith("text/") and self.charset:
            ct = 'Content-Type: %s; charset="%s"' % (self.ctype, self.charset) if self.extra_ct != "bare" \
                else "Content-Type: %s; charset=%s" % (self.ctype, self.charset)
            if self.params:
                ct += "; " + self.params
            lines.append(ct)
        else:
            lines.append("Content-Type: %s%s" % (self.ctype, ("; " + self.params) if self.params else ""))
        if not self.ctype.startswith("multipart/") and self.cte:
            lines.append("Content-Transfer-Encoding: %s" % self.cte)
        lines += [hdr(n, v) for n, v in self.post_headers]
        return lines

    def body_bytes(self):
        if self.ctype.startswith("multipart/"):
            out = b""
            if self.raw is not None:
                out += self.raw.replace("\n", "\r\n").encode("ascii") + b"\r\n"
            for p in self.parts:
                out += ("--%s\r\n" % self.boundary).encode()
                out += p.to_bytes()
                out += b"\r\n"
            out += ("--%s--\r\n" % self.boundary).encode()
            return out
        if self.raw is not None:
            data = self.raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(self.charset or "ascii")
            return data
        body = encode_body(self.text, self.charset, self.cte)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        return body

    def to_bytes(self):
        head = "\r\n".join(l.replace("\n", "\r\n") for l in self.header_lines())
        return head.encode("ascii") + b"\r\n\r\n" + self.body_bytes()


def assemble(header_list, body_part):
    """header_list: list of (name, value) or ready lines; body_part: Part (its headers appended)."""
    lines = []
    for h in header_list:
        if isinstance(h, str):
            lines.append(h)
        else:
            lines.append(hdr(*h))
    lines += body_part.header_lines()
    head = "\r\n".join(l.replace("\r\n", "\n").replace("\n", "\r\n") for l in lines)
    raw = head.encode("ascii") + b"\r\n\r\n" + body_part.body_bytes()
    return raw


def text_to_html(text):
    """Plain text -> simple HTML with <br> line breaks (escaped)."""
    return "<br>\n".join(html.escape(l, quote=False) if l else "" for l in text.split("\n"))


def text_to_divs(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(l, quote=False) if l.strip() else "<br>"))
    return "\n".join(out)


def boundary_gmail(ids):
    return "000000000000" + ids.hex(16)


def stable_hash(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]
