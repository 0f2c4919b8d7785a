# -*- coding: utf-8 -*-
"""Small, deterministic helpers for writing raw RFC 5322 / MIME by hand (stdlib only).

Everything is built as str with "\n" line ends; build.py turns "\n" into CRLF at the very end.
"""
import base64
import binascii
import datetime as D
import hashlib
import html
import random
import string
from email.header import Header

CST = D.timezone(D.timedelta(hours=-6), "CST")
EST = D.timezone(D.timedelta(hours=-5), "EST")
MST = D.timezone(D.timedelta(hours=-7), "MST")
PST = D.timezone(D.timedelta(hours=-8), "PST")
UTC = D.timezone(D.timedelta(0), "UTC")
TZ = {"CST": CST, "EST": EST, "MST": MST, "PST": PST, "UTC": UTC}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

SEED = 20270104


def rng(key):
    """One RNG per message, so adding a message never changes the bytes of another."""
    return random.Random("%d:%s" % (SEED, key))


def T(s, tz="CST"):
    """'01-05 10:02' or '12-29 08:00:12' -> aware datetime (January = 2027, December = 2026)."""
    md, hm = s.split(" ")
    m, d = (int(x) for x in md.split("-"))
    parts = [int(x) for x in hm.split(":")]
    if len(parts) == 2:
        parts.append(-1)
    return m, d, parts, TZ[tz] if isinstance(tz, str) else tz


def at(s, tz="CST", R=None):
    m, d, parts, z = T(s, tz)
    sec = parts[2]
    if sec < 0:
        sec = R.randint(0, 59) if R is not None else 0
    return D.datetime(2027 if m < 12 else 2026, m, d, parts[0], parts[1], sec, tzinfo=z)


def off(dt):
    mins = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc(dt, pad=False, zname=False):
    day = ("%02d" % dt.day) if pad else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
                                             dt.hour, dt.minute, dt.second, off(dt))
    if zname:
        s += " (%s)" % dt.tzname()
    return s


def pf(dt):
    """Postfix Received date: day padded with a space, zone name appended."""
    return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1],
                                                     dt.year, dt.hour, dt.minute, dt.second, off(dt), dt.tzname())


def h12(dt, secs=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if secs:
        return "%d:%02d:%02d %s" % (h, dt.minute, dt.second, ap)
    return "%d:%02d %s" % (h, dt.minute, ap)


def epoch(dt):
    return int(dt.timestamp())


# ------------------------------------------------------------------ random tokens
ALNUM = string.ascii_letters + string.digits
B64C = ALNUM + "+/"


def rb64(R, n):
    return "".join(R.choice(B64C) for _ in range(n))


def ralnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def rhex(R, n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rdig(R, n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ruuid(R, upper=False):
    h = rhex(R, 32, upper)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab" if not upper else "89AB"), h[17:20], h[20:32])


def pf_qid(R):
    # Postfix long queue ids: a time part and a random part in a 52-letter alphabet
    al = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"
    return "4" + "".join(R.choice(al) for _ in range(6)) + "z" + "".join(R.choice(al) for _ in range(5))


def sig_b64(R, nbytes=256):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def fold_b(value, first, indent="\t", width=72):
    """Fold a long base64 token (DKIM b=) over lines."""
    out = []
    line = first
    for ch in value:
        if len(line) >= width:
            out.append(line)
            line = indent
        line += ch
    out.append(line)
    return "\n".join(out)


def sha(s, n=12):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# ------------------------------------------------------------------ headers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ehdr(text, charset="utf-8", name="Subject"):
    """RFC 2047 encode when needed; folded with '\n '."""
    if is_ascii(text):
        return text
    return Header(text, charset, header_name=name).encode(linesep="\n")


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, charset="utf-8", quote_always=False):
    if not name:
        return address
    if not is_ascii(name):
        return "%s <%s>" % (ehdr(name, charset, "From"), address)
    if quote_always or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


# ------------------------------------------------------------------ bodies
def encode(text, charset, cte):
    """Body text ('\n' line ends) -> transfer-encoded str ('\n' line ends)."""
    if cte in ("7bit", "8bit"):
        return text
    data = text.encode(charset)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def encode_bytes_b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, charset="utf-8", cte=None, ct_extra="", extra=(), order="ct-first", cte_hdr=True):
    """A text leaf: returns 'headers\n\nbody'. cte_hdr=False leaves out a 7bit CTE header (as Gmail does)."""
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    ct = "Content-Type: %s; charset=%s%s" % (ctype, charset, ct_extra)
    hs = [ct, "Content-Transfer-Encoding: %s" % cte] if order == "ct-first" else \
         ["Content-Transfer-Encoding: %s" % cte, ct]
    if not cte_hdr and cte == "7bit":
        hs = [ct]
    hs += list(extra)
    body = encode(text, charset.strip('"'), cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(hs) + "\n\n" + body


def multipart(boundary, parts, preamble=None):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--" + boundary + "\n" + p.rstrip("\n") + "\n")
    out.append("--" + boundary + "--\n")
    return "\n".join(x.rstrip("\n") for x in out) + "\n"


def flowed(text, width=72):
    """format=flowed (RFC 3676) wrapping, the way Thunderbird writes it."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width:
            out.append(para.rstrip(" "))
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " ")
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def quote_gt(text, sp=True, blank=">"):
    lines = []
    for l in text.split("\n"):
        if l == "":
            lines.append(blank)
        elif l.startswith(">"):
            lines.append(">" + l)
        else:
            lines.append(("> " if sp else ">") + l)
    return "\n".join(lines)


def esc(s):
    return html.escape(s, quote=False)


def html_lines(text, tag="div", empty="<br>", attrs=""):
    out = []
    for l in text.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, attrs, esc(l) if l else empty, tag))
    return "\n".join(out)


def html_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))
