"""Low-level helpers: dates, deterministic ids, transfer encodings, MIME rendering.

Standard library only. Every random choice comes from random.Random seeded with a
string, so a rebuild gives the same bytes.
"""
import base64
import datetime as _dt
import quopri
import random
import html as _html
import textwrap

CRLF = "\r\n"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
TZNAME = {-5: "CDT", -4: "EDT", -6: "MDT", -7: "PDT", 0: "UTC"}


def rng(key):
    return random.Random("midweek/" + key)


# ---------------------------------------------------------------- dates

def T(s, off=-5):
    """'2027-10-11 06:12:40' in the UTC offset `off` (hours) -> aware datetime."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def to_off(d, off):
    return d.astimezone(_dt.timezone(_dt.timedelta(hours=off)))


def off_str(d):
    secs = int(d.utcoffset().total_seconds())
    sign = "-" if secs < 0 else "+"
    secs = abs(secs)
    return "%s%02d%02d" % (sign, secs // 3600, (secs % 3600) // 60)


def rfc(d, zname=False, pad=True):
    """RFC 5322 date. zname adds ' (CDT)'. pad=False gives ' 1 Oct' style days."""
    day = ("%02d" % d.day) if pad else str(d.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONS[d.month - 1], d.year,
                                           d.hour, d.minute, d.second, off_str(d))
    if zname:
        h = int(d.utcoffset().total_seconds() // 3600)
        s += " (%s)" % TZNAME.get(h, "UTC")
    return s


def h12(d, secs=False, lower=False, space=True):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if lower:
        ampm = ampm.lower()
    t = "%d:%02d" % (h, d.minute)
    if secs:
        t += ":%02d" % d.second
    return t + (" " if space else "") + ampm


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def epoch_ms(d):
    return int(d.timestamp() * 1000)


# ---------------------------------------------------------------- ids

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid_upper(r):
    h = rs(r, 32, HEXU)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid_lower(r):
    return uuid_upper(r).lower()


def postfix_qid(r):
    return "4" + rs(r, 14, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def b64blob(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def randbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- header helpers

def fold(name, value, width=76, cont=" "):
    """Fold a header value before spaces (the space stays as the leading
    white space of the continuation line, so unfolding restores the value).
    Values that already contain explicit folds (\n) are kept as they are."""
    if "\n" in value:
        return name + ": " + value.replace("\r\n", "\n").replace("\n", CRLF)
    out = []
    cur = name + ":"
    for i, w in enumerate(value.split(" ")):
        add = " " + w
        if i > 0 and len(cur) + len(add) > width and cur.strip() and not cur.endswith(":"):
            out.append(cur)
            cur = add
        else:
            cur += add
    out.append(cur)
    return CRLF.join(out)


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def ew(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded word(s)."""
    b = text.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
    out = []
    for ch in b:
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif c.isalnum() and ch < 128:
            out.append(c)
        elif c in "!*+-/" and ch < 128:
            out.append(c)
        else:
            out.append("=%02X" % ch)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def addr(name, a, quote=False):
    if not name:
        return a
    if quote or any(c in name for c in ',.;:@()<>[]"'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), a)
    return "%s <%s>" % (name, a)


# ---------------------------------------------------------------- transfer encodings

def nl(text):
    return text.replace("\r\n", "\n")


def crlf(text):
    return nl(text).replace("\n", CRLF)


def enc_7bit(text):
    return crlf(text).encode("ascii")


def enc_8bit(text, charset="utf-8"):
    return crlf(text).encode(charset)


def enc_qp(text, charset="utf-8"):
    b = nl(text).encode(charset)
    q = quopri.encodestring(b)
    return q.replace(b"\n", b"\r\n")


def enc_b64(data, width=76):
    if isinstance(data, str):
        raise TypeError("bytes expected")
    s = base64.b64encode(data).decode()
    return (CRLF.join(chunks(s, width)) + CRLF).encode() if s else b""


def enc_b64text(text, charset="utf-8", width=76):
    return enc_b64(crlf(text).encode(charset), width)


def encode(text_or_bytes, cte, charset="utf-8"):
    if cte == "7bit":
        return enc_7bit(text_or_bytes)
    if cte == "8bit":
        return enc_8bit(text_or_bytes, charset)
    if cte == "quoted-printable":
        return enc_qp(text_or_bytes, charset)
    if cte == "base64":
        if isinstance(text_or_bytes, str):
            return enc_b64text(text_or_bytes, charset)
        return enc_b64(text_or_bytes)
    raise ValueError(cte)


def flowed(text, width=72, delsp=False):
    """Render text as format=flowed (RFC 3676): soft breaks end in a space.
    Lines starting with '>' keep their quote prefix on every wrapped piece."""
    out = []
    for line in nl(text).split("\n"):
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix and body.startswith(" "):
            body = body[1:]
            pre = prefix + " "
        else:
            pre = prefix
        if body == "-- ":
            out.append(pre + body)
            continue
        body = body.rstrip(" ")
        width_here = width if not prefix else max(width, 78)
        if len(pre + body) <= width_here:
            piece = pre + body
            if not prefix and (body.startswith(" ") or body.startswith("From ")):
                piece = " " + piece
            out.append(piece)
            continue
        words = body.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(pre) + len(cur) + 1 + len(w) > width_here:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        pieces.append(cur)
        for p in pieces:
            if not prefix and p.startswith("From "):
                p = " " + p
            out.append(pre + p)
    return "\n".join(out)


def hardwrap(text, width=72, prefix=""):
    out = []
    for line in nl(text).split("\n"):
        if len(line) + len(prefix) <= width or not line.strip():
            out.append((prefix + line).rstrip() if prefix and not line else prefix + line)
            continue
        ws = textwrap.wrap(line, width - len(prefix), break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w for w in ws)
    return "\n".join(out)


def quote_lines(text, prefix="> ", bare=">"):
    out = []
    for line in nl(text).split("\n"):
        if line == "":
            out.append(bare)
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def esc(s):
    return _html.escape(s, quote=False)


def paras(text):
    """Split text into paragraphs (blank-line separated) of lines."""
    ps = []
    for block in nl(text).strip("\n").split("\n\n"):
        ps.append(block.split("\n"))
    return ps


# ---------------------------------------------------------------- MIME tree

class Leaf:
    def __init__(self, ctype, payload, cte=None, headers=None, charset="utf-8"):
        """ctype: full Content-Type value. payload: str (text, encoded with cte)
        or bytes (already-encoded body). headers: extra part headers (list of
        (name, value)) in order; Content-Type/CTE are placed first unless
        given explicitly in `order`."""
        self.ctype = ctype
        self.cte = cte
        self.extra = headers or []
        if isinstance(payload, bytes):
            self.body = payload
        else:
            self.body = encode(payload, cte or "7bit", charset)

    def head(self):
        h = [("Content-Type", self.ctype)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        return h + self.extra


class Multi:
    def __init__(self, subtype, boundary, parts, params="", preamble=None, epilogue="",
                 headers=None, quote_boundary=True, ctype=None):
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.epilogue = epilogue
        self.extra = headers or []
        b = ('"%s"' % boundary) if quote_boundary else boundary
        self.ctype = ctype or ("multipart/%s; boundary=%s%s" % (subtype, b, params))

    def head(self):
        return [("Content-Type", self.ctype)] + self.extra

    @property
    def body(self):
        out = b""
        if self.preamble is not None:
            out += crlf(self.preamble).encode() + b"\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n"
            out += render_headers(p.head()) + b"\r\n"
            body = p.body
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            out += body
        out += b"--" + self.boundary.encode() + b"--\r\n"
        if self.epilogue:
            out += crlf(self.epilogue).encode()
        return out


def render_headers(hdrs):
    out = []
    for name, value in hdrs:
        out.append(fold(name, value))
    return (CRLF.join(out) + CRLF).encode("ascii") if out else b""


def ctype_fold(ct):
    """Fold a Content-Type onto two lines before the first parameter, the
    way most clients do."""
    if ";" in ct and "\n" not in ct:
        a, b = ct.split(";", 1)
        return a + ";\n\t" + b.strip()
    return ct
