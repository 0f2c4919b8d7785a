"""Small mail-building kit for the held-b set (standard library only).

Everything that ends up in a .eml is produced here byte by byte: headers are
written by hand (so their order and folding look like the real programs'),
bodies are encoded by our own quoted-printable / base64 / RFC 2047 code.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import random
import re

CRLF = "\r\n"
MBOX = {"customercare": "customercare@alliant-energy.com",
        "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

# --------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]


def _us_dst(naive):
    y = naive.year
    m = _dt.datetime(y, 3, 8)
    start = m + _dt.timedelta(days=(6 - m.weekday()) % 7)
    n = _dt.datetime(y, 11, 1)
    end = n + _dt.timedelta(days=(6 - n.weekday()) % 7)
    return start.replace(hour=2) <= naive < end.replace(hour=2)


def zone(naive, std):
    """std: standard offset in hours for a US zone (-6 Central, -5 Eastern...)."""
    off = std + (1 if _us_dst(naive) else 0)
    return _dt.timezone(_dt.timedelta(hours=off))


def local(s, std=-6):
    """'2025-03-04 09:15:02' in a US zone -> aware datetime."""
    if len(s) == 16:
        s += ":00"
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return naive.replace(tzinfo=zone(naive, std))


def tz_abbr(d):
    off = d.utcoffset().total_seconds() / 3600
    return {-6: "CST", -5: "CDT"}.get(off, "UTC") if off in (-6, -5) else "UTC"


def rfc_date(d, pad=False, comment=False):
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "-" if off < 0 else "+"
    off = abs(off)
    day = ("%2d" if pad else "%d") % d.day
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], day, MONS[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, off // 60, off % 60)
    if comment:
        s += " (%s)" % ({-360: "CST", -300: "CDT", 0: "UTC"}.get(
            int(d.utcoffset().total_seconds() // 60), "UTC"))
    return s


def utc(d):
    return d.astimezone(_dt.timezone.utc)


def chicago(d):
    n = utc(d).replace(tzinfo=None)
    # offset decided on the UTC wall clock shifted by standard time; close enough
    tz = zone(n - _dt.timedelta(hours=6), -6)
    return utc(d).astimezone(tz)


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def epoch(d):
    return int(utc(d).timestamp())


# --------------------------------------------------------------------------
# random strings
# --------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64blob(rng, n):
    return rs(rng, n, B64)


def fold_blob(prefix, blob, width=70, indent="         "):
    out = []
    while blob:
        out.append(blob[:width])
        blob = blob[width:]
    return prefix + ("\r\n" + indent).join(out)


# --------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------
def to_crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def qp_bytes(data):
    """quoted-printable encode bytes that use CRLF line breaks."""
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (9, 32) and i == n - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64_bytes(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def encode_body(text_or_bytes, charset, cte, width=76):
    if isinstance(text_or_bytes, bytes):
        raw = text_or_bytes
    else:
        raw = to_crlf(text_or_bytes).encode(charset)
    if cte == "quoted-printable":
        return qp_bytes(raw).encode("ascii")
    if cte == "base64":
        return b64_bytes(raw, width).encode("ascii")
    return raw  # 7bit / 8bit


def ew(text, charset="utf-8", mode="Q", maxlen=75):
    """RFC 2047 encode `text` into one or more encoded words (folded)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8" if charset.islower() else "UTF-8"
    words = []
    cur = ""
    pre = "=?%s?%s?" % (charset, mode)

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        r = ""
        for x in b:
            c = chr(x)
            if c == " ":
                r += "_"
            elif c.isalnum() and x < 128:
                r += c
            elif c in "!*+-/" and x < 128:
                r += c
            else:
                r += "=%02X" % x
        return r

    for ch in text:
        if len(pre) + len(enc(cur + ch)) + 2 > maxlen:
            words.append(pre + enc(cur) + "?=")
            cur = ""
        cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\r\n ".join(words)


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def hdr_text(s, charset="utf-8", mode="Q"):
    return ew(s, charset, mode) if needs_enc(s) else s


def addr(name, email, charset="utf-8", mode="Q", quote=None):
    if not name:
        return email if quote is None else "<%s>" % email
    if needs_enc(name):
        return "%s <%s>" % (ew(name, charset, mode), email)
    if quote or re.search(r'[,.;:@()<>\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold_header(name, value, width=78):
    """Fold a long unstructured/structured header at spaces (not inside encoded words)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\r\n" in value:
        return line
    out = []
    cur = name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return "\r\n".join(out)


# --------------------------------------------------------------------------
# MIME tree
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None,
                 preamble=None, epilogue=None):
        self.headers = headers      # list of raw header lines (str, no CRLF at end)
        self.body = body            # bytes
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def to_bytes(self):
        out = CRLF.join(self.headers).encode("ascii") + b"\r\n\r\n"
        if self.children:
            if self.preamble is not None:
                out += self.preamble.encode("ascii") + b"\r\n"
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\r\n" + c.to_bytes() + b"\r\n"
            out += b"--" + self.boundary.encode() + b"--\r\n"
            if self.epilogue:
                out += self.epilogue.encode("ascii")
        else:
            out += self.body
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        return out


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              flowed=False, delsp=False, cs_quote=False, order="ct", extra=None,
              b64width=76):
    cs = '"%s"' % charset if cs_quote else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    cteh = "Content-Transfer-Encoding: %s" % cte
    hs = [ct, cteh] if order == "ct" else [cteh, ct]
    if extra:
        hs += extra
    return Part(hs, encode_body(text, charset, cte, b64width))


def bin_part(data, ctype, filename=None, disposition="attachment", cid=None,
             extra_ct="", cte="base64", width=76, filename_enc=None, name_param=True):
    hs = []
    ctl = "Content-Type: %s" % ctype
    if filename and name_param:
        ctl += ';\r\n\tname="%s"' % (filename_enc or filename)
    ctl += extra_ct
    hs.append(ctl)
    if disposition:
        d = "Content-Disposition: %s" % disposition
        if filename:
            d += ';\r\n\tfilename="%s"' % (filename_enc or filename)
        hs.append(d)
    if cid:
        hs.append("Content-ID: <%s>" % cid)
    hs.append("Content-Transfer-Encoding: %s" % cte)
    if cte == "base64":
        body = b64_bytes(data, width).encode("ascii")
    else:
        body = to_crlf(data.decode("utf-8")).encode("utf-8") if isinstance(data, bytes) else to_crlf(data).encode("utf-8")
    return Part(hs, body)


def multipart(subtype, children, boundary, preamble=None, extra_ct="", extra=None):
    hs = ['Content-Type: multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, extra_ct)]
    if extra:
        hs += extra
    return Part(hs, children=children, boundary=boundary, preamble=preamble)


def message(headers, part):
    """headers: list of str lines; part: Part whose headers are appended last."""
    hdr = CRLF.join(headers + part.headers).encode("utf-8")
    body = part.to_bytes()
    body = body.split(b"\r\n\r\n", 1)[1]
    return hdr + b"\r\n\r\n" + body


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def esc(s):
    return _html.escape(s, quote=False)


def quote_lines(text, first="> "):
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">"):
            out.append(">" + ln)
        elif ln == "":
            out.append(">")
        else:
            out.append(first + ln)
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: wrap long lines leaving trailing spaces; keep
    quote prefixes; space-stuff lines that need it."""
    out = []
    for ln in text.split("\n"):
        m = re.match(r"^(>+ ?)", ln)
        prefix = ""
        body = ln
        if m:
            prefix = m.group(1).rstrip(" ")
            body = ln[len(m.group(1)):]
            prefix_out = prefix + " "
        else:
            prefix_out = ""
            if body.startswith(" ") or body.startswith("From "):
                body = " " + body
        if body == "-- ":
            out.append(prefix_out + body)
            continue
        body = body.rstrip(" ")
        if len(prefix_out) + len(body) <= width:
            out.append(prefix_out + body)
            continue
        words = body.split(" ")
        cur = ""
        lines = []
        for w in words:
            if cur and len(prefix_out) + len(cur) + len(w) + 1 > width:
                lines.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        out.extend(prefix_out + x for x in lines)
    return "\n".join(out)


def hardwrap(text, width=72):
    out = []
    for ln in text.split("\n"):
        m = re.match(r"^((?:> ?)*)", ln)
        prefix = m.group(1)
        body = ln[len(prefix):]
        if len(ln) <= width:
            out.append(ln)
            continue
        cur = ""
        for w in body.split(" "):
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def paras(text):
    """split text into paragraphs (list of list of lines)."""
    blocks = []
    cur = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


def seeded(n, salt=""):
    h = hashlib.sha256(("held-b:%s:%s" % (n, salt)).encode()).hexdigest()
    return random.Random(int(h[:16], 16))
