"""Small mail-building kit for the `letters` set (standard library only).

Every message is assembled by hand, header by header, so that the bytes look
like what each real mail program and provider produces.  All randomness comes
from a random.Random seeded per message, so the output is reproducible.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import random
import re
import textwrap

MAILBOXES = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

# --------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------
_DST = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}


def tzinfo_for(local, zone):
    """Return (offset_hours, abbreviation) for a naive local datetime."""
    y = local.year
    (sm, sd), (em, ed) = _DST[y]
    start = _dt.datetime(y, sm, sd, 2)
    end = _dt.datetime(y, em, ed, 2)
    dst = start <= local < end
    if zone == "central":
        return (-5, "CDT") if dst else (-6, "CST")
    if zone == "eastern":
        return (-4, "EDT") if dst else (-5, "EST")
    if zone == "pacific":
        return (-7, "PDT") if dst else (-8, "PST")
    if zone == "arizona":
        return (-7, "MST")
    if zone == "utc":
        return (0, "UTC")
    raise ValueError(zone)


def mkdate(s, zone="central"):
    """'2026-03-14 09:15' or '2026-03-14 09:15:02' -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    local = _dt.datetime.strptime(s, fmt)
    off, abbr = tzinfo_for(local, zone)
    tz = _dt.timezone(_dt.timedelta(hours=off), abbr)
    return local.replace(tzinfo=tz)


def rfcdate(d, comment=False):
    s = d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S ")
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    s += "%s%02d%02d" % (sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % d.tzname()
    return s


def to_zone(d, zone):
    """Convert an aware datetime to a named zone (central, eastern, pacific, utc)."""
    utc = d.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    std = {"central": -6, "eastern": -5, "pacific": -8, "utc": 0, "arizona": -7}[zone]
    off, abbr = tzinfo_for(utc + _dt.timedelta(hours=std), zone)
    return d.astimezone(_dt.timezone(_dt.timedelta(hours=off), abbr))


def epoch(d):
    return int(d.timestamp())


def hour12(d, lower=False, zero=False):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    return ("%02d" % h if zero else str(h)) + ":%02d %s" % (d.minute, ap)


# --------------------------------------------------------------------------
# random identifiers
# --------------------------------------------------------------------------
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rhex(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def rdig(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def rb64(rng, n):
    return "".join(rng.choice(B64) for _ in range(n))


def ralnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def ruuid(rng, upper=False):
    h = rhex(rng, 32, upper)
    h = h[:12] + "4" + h[13:16] + rng.choice("89AB" if upper else "89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def postfix_id(rng):
    return "4" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(11))


def fold_b64(blob, first_indent, width=72, indent="\t "):
    out, line = [], first_indent
    for ch in blob:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = indent
    if line.strip():
        out.append(line)
    return "\r\n".join(out)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
_SPECIALS = set('()<>@,;:\\".[]')


def q_encode_word(text, charset="UTF-8"):
    """RFC 2047 Q encoding, split into encoded-words of at most 75 chars."""
    codec = {"UTF-8": "utf-8", "utf-8": "utf-8", "iso-8859-1": "latin-1",
             "windows-1252": "cp1252", "Windows-1252": "cp1252"}[charset]
    words, cur = [], ""
    prefix, suffix = "=?%s?Q?" % charset, "?="
    for ch in text:
        b = ch.encode(codec)
        enc = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                enc += "_"
            elif c.isalnum() and byte < 128:
                enc += c
            elif c in "!*+-/" :
                enc += c
            else:
                enc += "=%02X" % byte
        if len(prefix) + len(cur) + len(enc) + len(suffix) > 75:
            words.append(prefix + cur + suffix)
            cur = ""
        cur += enc
    words.append(prefix + cur + suffix)
    return "\r\n ".join(words)


def b_encode_word(text, charset="UTF-8"):
    raw = text.encode("utf-8")
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def display(name, addr, charset="UTF-8", force_quote=False, mode="Q"):
    if not name:
        return "<%s>" % addr if force_quote else addr
    if needs_encoding(name):
        enc = q_encode_word(name, charset) if mode == "Q" else b_encode_word(name, charset)
        return "%s <%s>" % (enc, addr)
    if force_quote or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def subject_value(s, charset="UTF-8"):
    if needs_encoding(s):
        return q_encode_word(s, charset)
    return s


def fold(name, value, width=78):
    """Fold an unstructured/structured header at whitespace (values already
    containing CRLF are passed through)."""
    line = "%s: %s" % (name, value)
    if "\r\n" in value or len(line) <= width or not re.search(r"\s", value.strip()):
        return line
    out, cur = [], ""
    for tok in re.split(r"(\s+)", line):
        if not tok:
            continue
        if tok.isspace():
            if len(cur) >= width - 10:
                out.append(cur)
                cur = ""
            else:
                cur += tok
            continue
        if cur and len(cur) + len(tok) > width:
            out.append(cur.rstrip())
            cur = " " + tok
        else:
            cur = (cur + tok) if cur else tok
    if cur:
        out.append(cur)
    res = []
    for i, l in enumerate(out):
        if i and not l.startswith((" ", "\t")):
            l = " " + l
        res.append(l)
    return "\r\n".join(res)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
PY_CODEC = {"utf-8": "utf-8", "UTF-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
            "windows-1252": "cp1252", "Windows-1252": "cp1252"}


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    """text (\n line ends) -> bytes with CRLF, in the transfer encoding."""
    raw = text.replace("\r\n", "\n").encode(PY_CODEC[charset])
    if cte in ("7bit", "8bit", None):
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        enc = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
        return enc.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def b64_file(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def flow(text, width=72):
    """format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith((" ", "From ")):
            line = " " + line
        if line == "-- ":
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def hardwrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def smart_quotes(s):
    s = re.sub(r'(^|[\s(\[—-])"', lambda m: m.group(1) + "\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", lambda m: m.group(1) + "\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def esc(s):
    return _html.escape(s, quote=False)


def paragraphs(text):
    """Split text into paragraphs (list of list of lines)."""
    paras, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        paras.append(cur)
    return paras


# --------------------------------------------------------------------------
# MIME tree
# --------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, body, cte=None, extra=None):
        self.ctype = ctype          # full Content-Type value
        self.body = body            # bytes, already encoded, CRLF
        self.cte = cte
        self.extra = extra or []    # list of (name, value) after CT/CTE

    def header_lines(self, order=("ct", "cte")):
        h = []
        for o in order:
            if o == "ct":
                h.append(fold("Content-Type", self.ctype))
            elif o == "cte" and self.cte:
                h.append("Content-Transfer-Encoding: " + self.cte)
        for n, v in self.extra:
            h.append(fold(n, v))
        return h

    def payload(self):
        b = self.body
        if not b.endswith(b"\r\n"):
            b += b"\r\n"
        return b


class Multi:
    def __init__(self, subtype, boundary, parts, ctype_extra="", preamble=None, epilogue=b"",
                 boundary_quoted=True, fold_ct=True):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.ctype_extra = ctype_extra
        self.preamble = preamble
        self.epilogue = epilogue
        self.cte = None
        self.extra = []
        self.bq = boundary_quoted
        self.fold_ct = fold_ct

    @property
    def ctype(self):
        b = '"%s"' % self.boundary if self.bq else self.boundary
        if self.fold_ct:
            return "multipart/%s;%s\r\n\tboundary=%s" % (self.subtype, self.ctype_extra, b)
        return "multipart/%s;%s boundary=%s" % (self.subtype, self.ctype_extra, b)

    def header_lines(self, order=("ct",)):
        h = ["Content-Type: " + self.ctype]
        for n, v in self.extra:
            h.append(fold(n, v))
        return h

    def payload(self):
        out = b""
        if self.preamble is not None:
            out += self.preamble.encode() + b"\r\n"
        for p in self.parts:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" if out else b"--" + self.boundary.encode() + b"\r\n"
            out += ("\r\n".join(p.header_lines()) + "\r\n\r\n").encode()
            out += p.payload()
        out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
        out += self.epilogue
        return out


def assemble(header_lines, root_payload):
    head = "\r\n".join(header_lines) + "\r\n\r\n"
    return head.encode("ascii") + root_payload


# --------------------------------------------------------------------------
# a minimal scanned-letter PDF
# --------------------------------------------------------------------------
def make_pdf(lines, producer, creator, when, seed):
    rng = random.Random(seed)

    def pdfstr(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    y = 740
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 %d Td" % y]
    for ln in lines:
        ops.append("(%s) '" % pdfstr(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    ts = when.strftime("D:%Y%m%d%H%M%S") + "-0%d'00'" % (-int(when.utcoffset().total_seconds() // 3600))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        ("<< /Producer (%s) /Creator (%s) /CreationDate (%s) /ModDate (%s) >>" % (producer, creator, ts, ts)).encode(),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offs:
        out += b"%010d 00000 n \n" % off
    fid = rhex(rng, 32)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return out


def sha_b64(data):
    return base64.b64encode(hashlib.sha256(data).digest()).decode()
