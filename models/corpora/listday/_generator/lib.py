"""Helpers for the listday set: dates, random ids, MIME encoding, provider traces, our own mail.

Standard library only.  Every random value comes from a random.Random seeded with a string
(string seeds are hashed with SHA-512 by the random module, so they do not depend on PYTHONHASHSEED).
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import random
import textwrap

CST = _dt.timezone(_dt.timedelta(hours=-6))
UTC = _dt.timezone.utc
PST = _dt.timezone(_dt.timedelta(hours=-8))
EST = _dt.timezone(_dt.timedelta(hours=-5))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_LDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_LMONS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"]

DOMAIN = "alliant-energy.com"


def parse(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


def rfcdate(d, tz=CST, pad=False, suffix=""):
    d = d.astimezone(tz)
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    day = "%02d" % d.day if pad else str(d.day)
    return "%s, %s %s %d %s %s%02d%02d%s" % (DAYS[d.weekday()], day, MONS[d.month - 1], d.year,
                                            d.strftime("%H:%M:%S"), sign, off // 60, off % 60, suffix)


def cst(d, suffix=" (CST)"):
    return rfcdate(d, CST, suffix=suffix)


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


class Rand(random.Random):
    def pick(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.pick("0123456789abcdef", n)
        return s.upper() if upper else s

    def digits(self, n):
        return self.pick("0123456789", n)

    def alnum(self, n):
        return self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n)

    def b64s(self, n):
        return self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", n)

    def uuid(self, upper=True):
        h = self.hexs(32, upper)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def qid(self):
        # long-format Postfix queue id
        return self.pick("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", 15)

    def sig(self, n=344):
        s = self.b64s(n)
        return s


def rng(key):
    return Rand("listday:" + key)


# ---------------------------------------------------------------- encodings

def qp(text, charset):
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False)


def b64(data):
    return base64.encodebytes(data)


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s, charset="utf-8", enc="Q", upper=True):
    """RFC 2047 encoded word(s) for s; folded with CRLF-space between words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = charset.upper() if upper else charset
    if enc == "B":
        words, chunk = [], ""
        for ch in s:
            if len(base64.b64encode((chunk + ch).encode(charset))) > 75 - len(cs) - 7:
                words.append(chunk)
                chunk = ch
            else:
                chunk += ch
        words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(charset)).decode()) for w in words)
    words, cur = [], ""
    for ch in s:
        enc_ch = ""
        for b in ch.encode(charset):
            if b == 0x20:
                enc_ch += "_"
            elif b in _QSAFE:
                enc_ch += chr(b)
            else:
                enc_ch += "=%02X" % b
        if len(cur) + len(enc_ch) > 75 - len(cs) - 7:
            words.append(cur)
            cur = enc_ch
        else:
            cur += enc_ch
    words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (cs, w) for w in words)


def addr(name, address, charset="utf-8", enc="Q", quote=None):
    if not name:
        return address if quote != "angle" else "<%s>" % address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), address)
    special = any(c in name for c in '.,()<>@:;"[]')
    if quote or special:
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


# ---------------------------------------------------------------- MIME assembly

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")


def encode_text(text, charset, cte):
    if cte in ("7bit", "8bit", None):
        return text.encode(charset)
    if cte == "quoted-printable":
        return qp(text, charset)
    if cte == "base64":
        return b64(text.encode(charset))
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=(), cte_first=False, cte_header=True):
    body = encode_text(text, charset, cte)
    hs = ["Content-Type: " + ctype]
    if cte and cte_header:
        if cte_first:
            hs.insert(0, "Content-Transfer-Encoding: " + cte)
        else:
            hs.append("Content-Transfer-Encoding: " + cte)
    hs.extend(extra)
    return Part(hs, body)


def multipart(ctype_value, boundary, parts, preamble=b"", epilogue=b"", extra=()):
    out = bytearray()
    if preamble:
        out += preamble if isinstance(preamble, bytes) else preamble.encode()
        if not out.endswith(b"\n"):
            out += b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        for h in p.headers:
            out += h.encode("ascii") + b"\n"
        out += b"\n"
        out += p.body
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n" if not out.endswith(b"\n\n") else b""
    # the blank line before a boundary belongs to the boundary; trim doubled blank
    out += b"--" + boundary.encode() + b"--\n"
    if epilogue:
        out += epilogue if isinstance(epilogue, bytes) else epilogue.encode()
    hs = ["Content-Type: " + ctype_value] + list(extra)
    return Part(hs, bytes(out))


def finish(header_lines, body):
    raw = bytearray()
    for h in header_lines:
        raw += h.encode("ascii") + b"\n"
    raw += b"\n"
    raw += body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    raw = bytes(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- text helpers

def wrap_flowed(text, width=72):
    """format=flowed: soft breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        stripped = line.lstrip(" ")
        indent = line[:len(line) - len(stripped)]
        words = stripped.split(" ")
        cur = indent
        for w in words:
            if cur.strip() and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur.strip() else cur + w
        out.append(cur)
    return "\n".join(out)


def wrap_hard(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def esc(s):
    return _html.escape(s, quote=False)


def paras(text):
    """list of paragraphs, each a list of lines"""
    ps, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                ps.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        ps.append(cur)
    return ps


def dkim_bh(body):
    return base64.b64encode(hashlib.sha256(body).digest()).decode()


def fold_b(prefix, s, width=70, indent="\t"):
    """fold a long base64 string into header continuation lines"""
    first = width - len(prefix)
    lines = [s[:first]]
    s = s[first:]
    while s:
        lines.append(indent + s[:width])
        s = s[width:]
    return prefix + "\n".join(lines)
