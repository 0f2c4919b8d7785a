"""Small stdlib toolkit used by build.py to write raw RFC 5322 messages.

Everything random comes from the single seeded ``R`` so the output is byte-for-byte reproducible.
"""
import base64
import datetime as _dt
import html as _html
import quopri
import random
import uuid

SEED = 20270405
R = random.Random(SEED)

CDT = _dt.timezone(_dt.timedelta(hours=-5))
EDT = _dt.timezone(_dt.timedelta(hours=-4))
MST = _dt.timezone(_dt.timedelta(hours=-7))   # Arizona, no DST
PDT = _dt.timezone(_dt.timedelta(hours=-7))
UTC = _dt.timezone.utc

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DIAS_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

MAILBOX_ADDR = {"customercare": "customercare@alliant-energy.com",
                "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


# ---------------------------------------------------------------- random helpers
def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode("ascii")


def ruuid(upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def qid():
    """Postfix long queue id."""
    return "4" + ralnum(1, "BCDFGHJKLMNPQRSTVWXYZ") + ralnum(1, "0123456789") + ralnum(9) + "z" + ralnum(2)


def fold_b64(s, width, indent):
    """Fold a long base64 value over continuation lines."""
    out, first = [], True
    while s:
        w = width if first else width + 2
        out.append(s[:w])
        s = s[w:]
        first = False
    return ("\n" + indent).join(out)


# ---------------------------------------------------------------- dates
def at(day, hms, tz=CDT, month=4, year=2027):
    parts = [int(x) for x in hms.split(":")]
    while len(parts) < 3:
        parts.append(R.randint(0, 59))
    return _dt.datetime(year, month, day, parts[0], parts[1], parts[2], tzinfo=tz)


def off(dt):
    o = dt.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc(dt, pad=False, comment=None):
    day = ("%02d" % dt.day) if pad else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
                                           dt.hour, dt.minute, dt.second, off(dt))
    if comment:
        s += " (%s)" % comment
    return s


def tzname(dt):
    return {-5: "CDT", -4: "EDT", -7: "MST", 0: "UTC", -6: "CST"}.get(int(dt.utcoffset().total_seconds() // 3600), "")


def h12(dt, secs=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if secs:
        return "%d:%02d:%02d %s" % (h, dt.minute, dt.second, ap)
    return "%d:%02d %s" % (h, dt.minute, ap)


def later(dt, lo=2, hi=40):
    return dt + _dt.timedelta(seconds=R.randint(lo, hi))


# ---------------------------------------------------------------- encodings
def ew(s, charset="UTF-8", enc="B"):
    """RFC 2047 encoded-word(s) for a header value; ASCII passes through."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    data = s.encode(charset.lower().replace("utf-8", "utf-8"))
    if enc == "B":
        words, chunk = [], b""
        for ch in s:
            b = ch.encode(charset)
            if len(base64.b64encode(chunk + b)) > 45:
                words.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode("ascii")) for w in words)
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def addr(name, address, charset="UTF-8", enc="B", quote=False):
    if not name:
        return address if not quote else "<%s>" % address
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ",.;:()@<>[]\""):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), address)


def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(data).decode("ascii")


def b64body(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


# ---------------------------------------------------------------- MIME parts
class Part:
    """A MIME entity: header lines (str, may contain '\\n\\t' folds) and body bytes with '\\n' endings."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def leaf(ctype, text=None, data=None, charset="utf-8", cte="auto", params="", extra=(), cs_label=None,
         cte_case="Content-Transfer-Encoding"):
    """Leaf part. ``text`` is str (encoded with charset/cte) or ``data`` raw bytes (base64)."""
    hdrs = []
    label = cs_label or charset
    if text is not None:
        if cte == "auto":
            cte = "quoted-printable" if needs_qp(text) else "7bit"
        if cte == "quoted-printable":
            body = qp(text, charset).encode("ascii")
        elif cte == "base64":
            body = b64body(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)).encode("ascii")
        elif cte in ("7bit", "8bit", None):
            body = text.encode(charset)
        else:
            raise ValueError(cte)
        ct = "%s; charset=%s%s" % (ctype, label, params)
    else:
        ct = ctype + params
        body = b64body(data).encode("ascii")
        cte = "base64"
    hdrs.append("Content-Type: " + ct)
    if cte:
        hdrs.append("%s: %s" % (cte_case, cte))
    hdrs.extend(extra)
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(hdrs, body)


def multipart(subtype, parts, boundary, params="", preamble=None, extra=(), quote_boundary=True, fold=False):
    b = '"%s"' % boundary if quote_boundary else boundary
    sep = "\n\t" if fold else " "
    hdrs = ["Content-Type: multipart/%s;%sboundary=%s%s" % (subtype, sep, b, params)]
    hdrs.extend(extra)
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode("ascii") + b"\n" if out else b"--" + boundary.encode("ascii") + b"\n"
        out += ("\n".join(p.headers)).encode("ascii") + b"\n\n" + p.body
    out += b"\n--" + boundary.encode("ascii") + b"--\n"
    return Part(hdrs, out)


def render(headers, part=None, body=None):
    """headers: list of full header lines; returns CRLF bytes."""
    lines = list(headers)
    if part is not None:
        lines.extend(part.headers)
        body = part.body
    head = "\n".join(lines).encode("ascii")
    raw = head + b"\n\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- html helpers
def esc(s):
    return _html.escape(s, quote=False)


def lines_html(text, tag="div", empty="<br>"):
    out = []
    for l in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(l) if l.strip() else empty, tag))
    return "".join(out) if tag == "div" else "\n".join(out)


def text_to_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))
