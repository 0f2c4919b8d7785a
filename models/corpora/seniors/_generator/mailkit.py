"""Small standard-library toolkit that renders raw RFC 5322 messages (CRLF) for the seniors set.

Everything is deterministic: randomness comes only from random.Random objects seeded with strings.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import random
from email.header import Header

CRLF = "\r\n"

OUR_DOMAIN = "alliant-energy.com"
MAILBOX_ADDR = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_LDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_LMONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre"]


# ---------------------------------------------------------------- time
def central_offset(d):
    """US Central offset in minutes for a naive local datetime in autumn 2026 (DST ends 1 Nov 2026 02:00)."""
    return -300 if d < _dt.datetime(2026, 11, 1, 2, 0) else -360


class When:
    """A local wall-clock time with a fixed UTC offset (minutes)."""

    def __init__(self, local, offset=None, tzname=None):
        if isinstance(local, str):
            local = _dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M")
        self.local = local
        self.offset = central_offset(local) if offset is None else offset
        self.tzname = tzname

    def utc(self):
        return self.local - _dt.timedelta(minutes=self.offset)

    def shifted(self, seconds):
        return When(self.local + _dt.timedelta(seconds=seconds), self.offset, self.tzname)

    def to_offset(self, offset, tzname=None):
        return When(self.utc() + _dt.timedelta(minutes=offset), offset, tzname)

    def central(self):
        u = self.utc()
        # find central offset for that instant
        guess = u + _dt.timedelta(minutes=-300)
        off = central_offset(guess)
        return When(u + _dt.timedelta(minutes=off), off)

    def off_str(self):
        o = self.offset
        sign = "-" if o < 0 else "+"
        o = abs(o)
        return "%s%02d%02d" % (sign, o // 60, o % 60)

    def rfc(self, zero_pad_day=False, comment=False):
        d = self.local
        day = "%02d" % d.day if zero_pad_day else str(d.day)
        s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year,
                                                d.hour, d.minute, d.second, self.off_str())
        if comment:
            s += " (%s)" % self.zone_abbr()
        return s

    def zone_abbr(self):
        if self.tzname:
            return self.tzname
        return {-300: "CDT", -360: "CST", -240: "EDT", -420: "MST", -480: "PST", -420 - 0: "MST", 0: "UTC",
                -600: "HST", -180: "ADT"}.get(self.offset, "UTC")

    # human renderings used by quote headers
    def h12(self, lead_zero=False):
        d = self.local
        h = d.hour % 12 or 12
        return ("%02d:%02d %s" if lead_zero else "%d:%02d %s") % (h, d.minute, "AM" if d.hour < 12 else "PM")

    def key(self):
        return self.utc()


def utc_stamp(w):
    return w.utc().strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- headers
def enc_header(text, charset="utf-8", mode="q"):
    """RFC 2047-encode if needed."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    h = Header(text, charset, header_name="Subject")
    s = h.encode(linesep="\r\n")
    if mode == "b" and charset.lower() == "utf-8":
        raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
        s = "=?UTF-8?B?%s?=" % raw
    return s


def addr(name, address, charset="utf-8", quote=False):
    if not name:
        return address
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), address)


# ---------------------------------------------------------------- bodies
def norm(text):
    text = text.replace("\r\n", "\n")
    return text


def encode_text(text, charset, cte):
    """Return (encoded_str_with_CRLF, cte_header_value). text uses \n line ends."""
    text = norm(text)
    raw = text.encode(charset)
    if cte == "7bit":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            cte = "8bit"
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n"), cte
    if cte == "quoted-printable":
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\n", b"\r\n"), cte
    if cte == "base64":
        crlf = raw.replace(b"\n", b"\r\n")
        b = base64.encodebytes(crlf)
        return b.replace(b"\n", b"\r\n"), cte
    raise ValueError(cte)


def encode_bytes_b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


class Leaf:
    def __init__(self, ctype, body, charset=None, cte="7bit", params=None, extra=None, disposition=None,
                 raw=None):
        self.ctype = ctype
        self.body = body          # str (text) or None
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.extra = extra or []  # extra part headers
        self.disposition = disposition
        self.raw = raw            # bytes for binary/pre-rendered

    def render(self):
        """returns (headers list, body bytes)"""
        if self.raw is not None:
            body, cte = self.raw, self.cte
        elif self.cte is None:
            body, cte = encode_text(self.body, (self.charset or "utf-8").strip('"'), "8bit")
            cte = None
        else:
            body, cte = encode_text(self.body, (self.charset or "us-ascii").strip('"'), self.cte)
        ct = self.ctype
        if self.charset:
            ct += "; charset=" + self.charset
        for p in self.params:
            ct += "; " + p
        hdrs = [("Content-Type", ct)]
        if cte:
            hdrs.append(("Content-Transfer-Encoding", cte))
        if self.disposition:
            hdrs.append(("Content-Disposition", self.disposition))
        hdrs.extend(self.extra)
        return hdrs, body


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None, extra=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble
        self.extra = extra or []

    def render(self):
        ct = "multipart/%s; boundary=\"%s\"" % (self.subtype, self.boundary)
        for p in self.params:
            ct = "multipart/%s; %s;\r\n\tboundary=\"%s\"" % (self.subtype, p, self.boundary)
        hdrs = [("Content-Type", ct)] + list(self.extra)
        out = []
        if self.preamble:
            out.append(self.preamble.replace("\n", "\r\n").encode("ascii") + b"\r\n")
        for p in self.parts:
            ph, pb = p.render()
            out.append(("--%s\r\n" % self.boundary).encode("ascii"))
            out.append(render_header_block(ph))
            out.append(b"\r\n")
            out.append(pb)
            if not pb.endswith(b"\r\n"):
                out.append(b"\r\n")
        out.append(("--%s--\r\n" % self.boundary).encode("ascii"))
        return hdrs, b"".join(out)


class Embedded:
    """message/rfc822 part built from raw bytes."""

    def __init__(self, raw_bytes, extra=None, disposition=None, ctype="message/rfc822"):
        self.raw_bytes = raw_bytes
        self.extra = extra or []
        self.disposition = disposition
        self.ctype = ctype

    def render(self):
        hdrs = [("Content-Type", self.ctype)]
        if self.disposition:
            hdrs.append(("Content-Disposition", self.disposition))
        hdrs.extend(self.extra)
        return hdrs, self.raw_bytes


def render_header_block(hdrs):
    lines = []
    for k, v in hdrs:
        v = v.replace("\r\n", "\n").replace("\n", "\r\n")
        lines.append("%s: %s\r\n" % (k, v))
    return "".join(lines).encode("utf-8")


def render_message(headers, body_obj):
    """headers: list of (name, value) top headers (without content headers); body_obj Leaf/Multi."""
    bh, bb = body_obj.render()
    out = render_header_block(list(headers) + bh) + b"\r\n" + bb
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


# ---------------------------------------------------------------- html helpers
def esc(s):
    return _html.escape(s, quote=False)


def text_to_html_divs(text, style=None):
    out = []
    for line in norm(text).split("\n"):
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc(line))
    return "\n".join(out)


def text_to_html_p(text):
    paras = norm(text).strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)


# ---------------------------------------------------------------- ids
def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HEXID(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_upper(rng):
    h = HEXID(rng, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid_lower(rng):
    return uuid_upper(rng).lower()


def boundary_for(rng, style):
    if style == "gmail":
        return "000000000000" + hexid(rng, 16)
    if style == "apple":
        return "Apple-Mail=_" + uuid_upper(rng)
    if style == "outlook":
        return "_000_" + alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "namprd" + str(rng.randint(10, 22)) + "prod_"
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2099999999),
                                        rng.randint(1700000000000, 1799999999999))
    if style == "wlm":
        return "----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF),
                                                           rng.randint(0, 0xFFFFFFFF))
    if style == "thunderbird":
        return "------------" + alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")
    if style == "samsung":
        return "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(10 ** 6, 10 ** 7))
    if style == "zimbra":
        return "=_" + uuid_lower(rng)
    return "=_%s" % hexid(rng, 24)


def stable_rng(key):
    return random.Random("seniors:" + key)


def digest(s, n=10):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]
