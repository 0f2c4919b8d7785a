"""Deterministic MIME helpers (standard library only).

Everything is assembled as text with LF line ends and converted to CRLF once, at the very end,
so that a rebuild produces the same bytes every time (no random boundaries, no clock).
"""
import base64
import datetime as _dt
import hashlib
import quopri
import random

# --------------------------------------------------------------------------- time

def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7 * (n - 1))


def central_offset(local):
    """UTC offset in hours for US Central time at a naive local datetime."""
    start = _dt.datetime.combine(_nth_sunday(local.year, 3, 2), _dt.time(2))
    end = _dt.datetime.combine(_nth_sunday(local.year, 11, 1), _dt.time(2))
    return -5 if start <= local < end else -6


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre"]


class When:
    """A moment, kept as Central local time; renders itself in any offset."""

    def __init__(self, local):
        self.local = local
        self.off = central_offset(local)
        self.utc = local - _dt.timedelta(hours=self.off)

    def plus(self, **kw):
        return When(self.local + _dt.timedelta(**kw))

    def at(self, off):
        return self.utc + _dt.timedelta(hours=off)

    def rfc(self, off=None, zone_comment=False):
        off = self.off if off is None else off
        t = self.at(off)
        sign = "+" if off >= 0 else "-"
        s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (
            DAYS[t.weekday()], t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second, sign, abs(off))
        if zone_comment:
            s += " (%s)" % ({-5: "CDT", -6: "CST", 0: "UTC"}.get(off, "UTC"))
        return s

    def rfc_pad(self, off=None):
        """Outlook/Exchange style: two-digit day."""
        off = self.off if off is None else off
        t = self.at(off)
        sign = "+" if off >= 0 else "-"
        return "%s, %02d %s %d %02d:%02d:%02d %s%02d00" % (
            DAYS[t.weekday()], t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second, sign, abs(off))

    @property
    def epoch(self):
        import calendar
        return calendar.timegm(self.utc.timetuple())

    @property
    def zone(self):
        return "CDT" if self.off == -5 else "CST"

    def h12(self, t=None, sec=False):
        t = t or self.local
        h = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        if sec:
            return "%02d:%02d:%02d %s" % (h, t.minute, t.second, ap)
        return "%d:%02d %s" % (h, t.minute, ap)

    def iso(self):
        return self.local.strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- ids

class Rng(random.Random):
    def hexs(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def HEXS(self, n):
        return "".join(self.choice("0123456789ABCDEF") for _ in range(n))

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.randint(2, 250)))
        return ".".join(parts)

    def uuid(self, upper=False):
        h = self.hexs(32)
        u = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.choice("89ab"), h[17:20], h[20:32])
        return u.upper() if upper else u


def rng_for(key, salt="rights-2026"):
    seed = int(hashlib.sha256((salt + ":" + key).encode()).hexdigest()[:16], 16)
    return Rng(seed)


# --------------------------------------------------------------------------- encodings

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_qp(text, charset="utf-8"):
    raw = text.encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return out


def enc_b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def enc_body(text, cte, charset="utf-8"):
    if cte == "quoted-printable":
        return enc_qp(text, charset)
    if cte == "base64":
        return enc_b64(text.encode(charset))
    if cte in ("7bit", "8bit", None):
        return text
    raise ValueError(cte)


def _ew_chunks(s, charset, mode, maxlen=75):
    """Split s into encoded words of at most maxlen characters, never splitting a character."""
    words = []
    cur = ""

    def make(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    payload += "_"
                elif c.isalnum() and byte < 128:
                    payload += c
                elif c in "!*+-/" and byte < 128:
                    payload += c
                else:
                    payload += "=%02X" % byte
        return "=?%s?%s?%s?=" % (charset, mode, payload)

    for ch in s:
        if len(make(cur + ch)) > maxlen and cur:
            words.append(make(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(make(cur))
    return words


def hdr_text(value, charset="UTF-8", mode="B"):
    """Encode an unstructured header value if needed (RFC 2047)."""
    if is_ascii(value):
        return value
    return "\n ".join(_ew_chunks(value, charset, mode))


def hdr_addr(name, addr, charset="UTF-8", mode="B", quote=True):
    if not name:
        return "<%s>" % addr if quote else addr
    if is_ascii(name):
        if any(c in name for c in ",.;:()<>@[]\""):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (" ".join(_ew_chunks(name, charset, mode)), addr)


def fold(name, value, width=78):
    """Fold a long structured header at spaces (already-encoded values only)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    out, cur = [], name + ":"
    for tok in value.split(" "):
        if len(cur) + 1 + len(tok) > width and cur.strip() != name + ":":
            out.append(cur)
            cur = "\t" + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------- MIME tree

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, headers=None, children=None,
                 boundary=None, filename=None, disposition=None, ct_extra=None, raw_body=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.headers = headers or []
        self.children = children or []
        self.boundary = boundary
        self.filename = filename
        self.disposition = disposition
        self.ct_extra = ct_extra
        self.raw_body = raw_body

    def header_lines(self, charset_quote=True):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if charset_quote else "; charset=%s" % self.charset
        for k, v in self.params:
            ct += "; %s" % (k + "=" + v)
        if self.boundary:
            ct += ';\n\tboundary="%s"' % self.boundary
        if self.ct_extra:
            ct += self.ct_extra
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disposition:
            lines.append("Content-Disposition: " + self.disposition)
        lines.extend(self.headers)
        return lines

    def payload(self):
        if self.children:
            out = []
            if self.raw_body is not None:
                out.append(self.raw_body)
            for ch in self.children:
                out.append("--" + self.boundary)
                out.append("\n".join(ch.header_lines(getattr(ch, "quote_cs", True))))
                out.append("")
                out.append(ch.payload().rstrip("\n"))
            out.append("--" + self.boundary + "--")
            out.append("")
            return "\n".join(out)
        if self.raw_body is not None:
            return self.raw_body
        if isinstance(self.body, bytes):
            return enc_b64(self.body)
        return enc_body(self.body, self.cte, (self.charset or "us-ascii").lower())


def text_part(text, charset="UTF-8", cte=None, flowed=False, quote_cs=True, delsp=False):
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    p = Part("text/plain", text, charset=charset, cte=cte)
    if flowed:
        p.params.append(("format", "flowed"))
        if delsp:
            p.params.append(("delsp", "yes"))
    p.quote_cs = quote_cs
    return p


def html_part(html, charset="UTF-8", cte=None, quote_cs=True):
    if cte is None:
        cte = "7bit" if is_ascii(html) and max(len(l) for l in html.split("\n")) < 900 else "quoted-printable"
    p = Part("text/html", html, charset=charset, cte=cte)
    p.quote_cs = quote_cs
    return p


def serialize(headers, root):
    """headers: list of already-formatted lines (may contain LF for folding). root: Part."""
    lines = list(headers)
    lines.extend(root.header_lines(getattr(root, "quote_cs", True)))
    text = "\n".join(lines) + "\n\n" + root.payload()
    if not text.endswith("\n"):
        text += "\n"
    return text


def to_crlf(text):
    assert "\r" not in text, "stray CR"
    return text.replace("\n", "\r\n").encode("utf-8") if not is_ascii(text) else text.replace("\n", "\r\n").encode("ascii")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def flow(text, width=72):
    """format=flowed: wrap long lines with trailing spaces (RFC 3676), keep quoted lines intact."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
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


def wrap(text, width=76):
    """Hard-wrap plain text paragraphs (for programs that wrap, e.g. old webmail)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)
