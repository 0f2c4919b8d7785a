"""Byte-level helpers for the 'orgs' set: encodings, headers, MIME trees, dates, small binary files.

Standard library only. Every function is deterministic given its inputs (randomness comes from the
caller's random.Random).
"""
import base64
import datetime as dt
import html as htmlmod
import struct
import zlib

CRLF = b"\r\n"
UTC = dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

# --------------------------------------------------------------------------------------------- time
DST_START_UTC = dt.datetime(2026, 3, 8, 8, 0, tzinfo=UTC)      # 2 a.m. CST, second Sunday of March


def central(d_utc):
    if d_utc >= DST_START_UTC:
        return dt.timezone(dt.timedelta(hours=-5), "CDT")
    return dt.timezone(dt.timedelta(hours=-6), "CST")


def pacific(d_utc):
    if d_utc >= DST_START_UTC + dt.timedelta(hours=2):
        return dt.timezone(dt.timedelta(hours=-7), "PDT")
    return dt.timezone(dt.timedelta(hours=-8), "PST")


def local_to_utc(s):
    """'2026-01-07 06:41' (US Central wall clock) -> aware UTC datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = -5 if naive >= dt.datetime(2026, 3, 8, 2, 0) else -6
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off))).astimezone(UTC)


def in_tz(d_utc, zone):
    if zone == "central":
        return d_utc.astimezone(central(d_utc))
    if zone == "pacific":
        return d_utc.astimezone(pacific(d_utc))
    if zone == "utc":
        return d_utc.astimezone(UTC)
    if zone == "eastern":
        c = central(d_utc)
        return d_utc.astimezone(dt.timezone(c.utcoffset(None) + dt.timedelta(hours=1)))
    raise ValueError(zone)


def _z(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc_date(d, style="plain"):
    """style: plain 'Tue, 6 Jan 2026 10:14:06 -0600'; pad0 'Tue, 06 Jan ...'; postfix 'Tue,  6 Jan ... (CST)';
    gname 'Tue, 06 Jan 2026 08:14:07 -0800 (PST)'; utcname '... +0000 (UTC)'; plainname '... -0600 (CST)'."""
    wd = DAYS[d.weekday()]
    mon = MONS[d.month - 1]
    hms = d.strftime("%H:%M:%S")
    name = d.tzname() or "UTC"
    if style == "plain":
        return "%s, %d %s %d %s %s" % (wd, d.day, mon, d.year, hms, _z(d))
    if style == "pad0":
        return "%s, %02d %s %d %s %s" % (wd, d.day, mon, d.year, hms, _z(d))
    if style == "postfix":
        return "%s, %2d %s %d %s %s (%s)" % (wd, d.day, mon, d.year, hms, _z(d), name)
    if style == "gname":
        return "%s, %02d %s %d %s %s (%s)" % (wd, d.day, mon, d.year, hms, _z(d), name)
    if style == "utcname":
        return "%s, %d %s %d %s %s (UTC)" % (wd, d.day, mon, d.year, hms, _z(d))
    if style == "plainname":
        return "%s, %d %s %d %s %s (%s)" % (wd, d.day, mon, d.year, hms, _z(d), name)
    raise ValueError(style)


def hm12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


# ------------------------------------------------------------------------------------------ encodings
def norm(text):
    """Normalise to CRLF, exactly one final line end."""
    t = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
    return t.replace("\n", "\r\n")


def qp_encode(data, maxlen=76):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append(b"=%02X" % b)
            elif b in (9, 32) and i == n - 1:
                toks.append(b"=%02X" % b)
            else:
                toks.append(bytes([b]))
        cur = b""
        for t in toks:
            if len(cur) + len(t) > maxlen - 1:
                out.append(cur + b"=")
                cur = b""
            cur += t
        out.append(cur)
    return b"\r\n".join(out)


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def encode_body(text_or_bytes, charset, cte):
    if isinstance(text_or_bytes, str):
        raw = norm(text_or_bytes).encode(charset)
    else:
        raw = text_or_bytes
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return qp_encode(raw)
    if cte == "base64":
        return b64_encode(raw)
    raise ValueError(cte)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def max_line(s):
    return max((len(x) for x in s.replace("\r\n", "\n").split("\n")), default=0)


# -------------------------------------------------------------------------------------------- headers
_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew(s, charset="UTF-8", enc="Q", maxw=75):
    """RFC 2047 encoded words (joined by CRLF SP when more than one)."""
    raw = s.encode(charset)
    words = []
    pre = "=?%s?%s?" % (charset, enc)
    if enc == "Q":
        toks = []
        for ch in s:
            bs = ch.encode(charset)
            if ch == " ":
                toks.append("_")
            else:
                toks.append("".join(chr(b) if b in _Q_SAFE else "=%02X" % b for b in bs))
        cur = ""
        for t in toks:
            if len(pre) + len(cur) + len(t) + 2 > maxw:
                words.append(pre + cur + "?=")
                cur = ""
            cur += t
        words.append(pre + cur + "?=")
    else:
        # split on character boundaries so every word decodes alone
        chunk = ""
        for ch in s:
            test = (chunk + ch).encode(charset)
            if len(pre) + len(base64.b64encode(test)) + 2 > maxw:
                words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
                chunk = ""
            chunk += ch
        words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
    del raw
    return "\r\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="UTF-8", enc="Q", quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), email)
    if quote_always or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def subj(s, charset="UTF-8", enc="Q"):
    if is_ascii(s):
        return s
    return ew(s, charset, enc)


def fold(name, value, width=78):
    """Greedy fold at spaces for an unstructured header; keeps a value that already carries CRLFs."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    lines = []
    cur = name + ":"
    empty = True            # nothing but the prefix / a continuation space on the current line
    for w in value.split(" "):
        if not empty and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
        empty = False
    lines.append(cur)
    return "\r\n".join(lines)


# ----------------------------------------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, body, cte=None, extra=(), order="ct-first"):
        self.ctype = ctype          # full value after 'Content-Type: ' (may contain CRLF folds)
        self.body = body            # encoded bytes
        self.cte = cte
        self.extra = list(extra)    # further header lines
        self.order = order

    def headers(self):
        h = []
        if self.order == "cte-first" and self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
            h.append("Content-Type: " + self.ctype)
        else:
            h.append("Content-Type: " + self.ctype)
            if self.cte:
                h.append("Content-Transfer-Encoding: " + self.cte)
        return h + self.extra

    def render_body(self):
        return self.body


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None, extra=()):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.extra = list(extra)
        self.ctype = 'multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, params)

    def headers(self):
        return ["Content-Type: " + self.ctype] + self.extra

    def render_body(self):
        b = self.boundary.encode()
        chunks = []
        if self.preamble is not None:
            chunks.append(self.preamble.encode() + CRLF)
        for p in self.parts:
            hb = "\r\n".join(p.headers()).encode()
            chunks.append(b"--" + b + CRLF + hb + CRLF + CRLF + p.render_body() + CRLF)
        chunks.append(b"--" + b + b"--" + CRLF)
        return b"".join(chunks)


def text_leaf(text, subtype="plain", charset="utf-8", cte=None, params="", quote_charset=True,
              order="ct-first", extra=()):
    if cte is None:
        cte = "7bit" if is_ascii(text) and max_line(text) <= 76 else "quoted-printable"
    cs = '"%s"' % charset if quote_charset else charset
    ctype = "text/%s; charset=%s%s" % (subtype, cs, params)
    return Leaf(ctype, encode_body(text, charset, cte), cte, extra, order)


def attachment(name, ctype, data, inline=False, cid=None, extra_disp="", order="ct-first", size=False):
    disp = "inline" if inline else "attachment"
    ex = []
    d = '%s; filename="%s"' % (disp, name)
    if size:
        d += "; size=%d" % len(data)
    d += extra_disp
    if order == "outlook":
        ex.append('Content-Description: %s' % name)
        ex.append("Content-Disposition: " + d)
        if cid:
            ex.append("Content-ID: <%s>" % cid)
        return Leaf('%s; name="%s"' % (ctype, name), b64_encode(data), "base64", ex)
    if cid:
        ex.append("Content-ID: <%s>" % cid)
    ex.append("Content-Disposition: " + d)
    return Leaf('%s; name="%s"' % (ctype, name), b64_encode(data), "base64", ex, order)


# -------------------------------------------------------------------------------------------- HTML-isms
def esc(s):
    return htmlmod.escape(s, quote=False)


def blocks(text):
    """Split text into paragraphs (lists of lines)."""
    paras, cur = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        paras.append(cur)
    return paras


# ------------------------------------------------------------------------------------- binary content
def png(w, h, rgb, accent, seed):
    """A small deterministic PNG logo: a coloured bar with an accent stripe."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if (x + seed) % 17 < 3 or y < 3:
                row += bytes(accent)
            else:
                row += bytes(rgb)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def pdf(lines):
    """A minimal one-page PDF showing the given text lines (Helvetica)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 740
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 56 %d Tm (%s) Tj" % (y, pesc(ln)))
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
