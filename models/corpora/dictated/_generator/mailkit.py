"""Small mail-building kit (standard library only), taken unchanged from the `terse` set's generator.

Everything is deterministic: callers pass a random.Random seeded per message.
Bodies are written with "\n" and turned into CRLF when serialised.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import uuid

CRLF = b"\r\n"

# ---------------------------------------------------------------- time ----

def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    off = (6 - d.weekday()) % 7
    return d + _dt.timedelta(days=off + 7 * (n - 1))


def us_offset(local, zone="central"):
    """UTC offset in hours for a naive local datetime in a US zone."""
    std = {"eastern": -5, "central": -6, "mountain": -7, "pacific": -8}[zone]
    start = _dt.datetime.combine(_nth_sunday(local.year, 3, 2), _dt.time(2))
    end = _dt.datetime.combine(_nth_sunday(local.year, 11, 1), _dt.time(2))
    return std + 1 if start <= local < end else std


def parse_local(s, zone="central"):
    local = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    off = us_offset(local, zone)
    return local.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _tz(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfcdate(dt, pad=False, utc=False, suffix=""):
    """RFC 5322 date. pad=True gives '05 Mar', utc converts to +0000."""
    if utc:
        dt = dt.astimezone(_dt.timezone.utc)
    day = ("%02d" % dt.day) if pad else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
                                          dt.hour, dt.minute, dt.second, _tz(dt))
    return s + suffix


def postfix_date(dt):
    dt = dt.astimezone(_dt.timezone.utc)
    return "%s, %2d %s %d %02d:%02d:%02d +0000 (UTC)" % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1],
                                                       dt.year, dt.hour, dt.minute, dt.second)


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def epoch_ms(dt, rng):
    return int(dt.timestamp()) * 1000 + rng.randint(0, 999)


def h12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


# ------------------------------------------------------------- random ids --

def rhex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def ruuid(rng, upper=True):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


# ---------------------------------------------------------- RFC 2047 ------

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(text, charset="UTF-8", enc="Q"):
    """Encode text as one or more RFC 2047 encoded-words (each <= 75 chars)."""
    raw = text.encode(charset.lower().replace("windows-", "cp"))
    words = []
    if enc == "B":
        chunk = []
        for ch in text:
            trial = "".join(chunk) + ch
            b = base64.b64encode(trial.encode(charset.lower().replace("windows-", "cp"))).decode()
            if len("=?%s?B?%s?=" % (charset, b)) > 75:
                words.append("=?%s?B?%s?=" % (charset, base64.b64encode("".join(chunk).encode(
                    charset.lower().replace("windows-", "cp"))).decode()))
                chunk = [ch]
            else:
                chunk.append(ch)
        if chunk:
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode("".join(chunk).encode(
                charset.lower().replace("windows-", "cp"))).decode()))
        return " ".join(words)
    cur = ""
    limit = 75 - len("=?%s?Q??=" % charset)
    for ch in text:
        enc_ch = ""
        for byte in ch.encode(charset.lower().replace("windows-", "cp")):
            if byte == 0x20:
                enc_ch += "_"
            elif byte in _QSAFE:
                enc_ch += chr(byte)
            else:
                enc_ch += "=%02X" % byte
        if len(cur) + len(enc_ch) > limit:
            words.append("=?%s?Q?%s?=" % (charset, cur))
            cur = ""
        cur += enc_ch
    if cur:
        words.append("=?%s?Q?%s?=" % (charset, cur))
    del raw
    return " ".join(words)


def needs_ew(s):
    return any(ord(c) > 126 for c in s)


def addr(display, address, quote=False, enc="Q", charset="UTF-8"):
    if not display:
        return address if not quote else "<%s>" % address
    if needs_ew(display):
        return "%s <%s>" % (ew(display, charset, enc), address)
    if quote or any(c in display for c in ',.;:@()[]"'):
        return '"%s" <%s>' % (display.replace('"', '\\"'), address)
    return "%s <%s>" % (display, address)


def subj(s, enc="Q", charset="UTF-8"):
    return ew(s, charset, enc) if needs_ew(s) else s


# ---------------------------------------------------------- headers -------

def fold(name, value, width=76, cont=" "):
    """Fold a header at spaces; returns a str without the final CRLF."""
    lines = []
    cur = name + ":"
    fresh = False
    for w in value.split(" "):
        if not fresh and len(cur) + 1 + len(w) > width and len(cur.strip()) > 0 and cur != name + ":":
            lines.append(cur)
            cur = cont + w if cont != " " else " " + w
            fresh = False
            continue
        cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


class Headers:
    def __init__(self):
        self.items = []

    def add(self, name, value, raw=False, cont=" ", width=76):
        if value is None:
            return
        if raw:
            self.items.append(name + ": " + value if value != "" else name + ":")
        elif value == "":
            self.items.append(name + ":")
        else:
            self.items.append(fold(name, value, width=width, cont=cont))

    def extend(self, other):
        self.items.extend(other.items)

    def render(self):
        if not self.items:
            return b""
        return ("\r\n".join(self.items) + "\r\n").encode("ascii")


# ------------------------------------------------------------- MIME -------

class Part:
    def __init__(self, ctype, params=None, cte=None, payload=b"", parts=None, boundary=None,
                 extra=None, disposition=None, order=None):
        self.ctype = ctype
        self.params = params or []        # list of (k, v, quoted)
        self.cte = cte
        self.payload = payload             # encoded bytes, "\n" endings allowed
        self.parts = parts or []
        self.boundary = boundary
        self.extra = extra or []           # list of raw header strings
        self.disposition = disposition
        self.order = order or "ct-first"   # or "cte-first"

    def header_lines(self):
        ct = self.ctype
        for k, v, q in self.params:
            ct += '; %s="%s"' % (k, v) if q else "; %s=%s" % (k, v)
        if self.boundary is not None and not any(k == "boundary" for k, _, _ in self.params):
            ct += '; boundary="%s"' % self.boundary
        out = []
        ctl = fold("Content-Type", ct)
        ctel = ("Content-Transfer-Encoding: " + self.cte) if self.cte else None
        if self.order == "cte-first" and ctel:
            out += [ctel, ctl]
        else:
            out.append(ctl)
            if ctel:
                out.append(ctel)
        if self.disposition:
            out.append(fold("Content-Disposition", self.disposition))
        out += self.extra
        return out

    def body_bytes(self):
        if self.parts:
            b = self.boundary
            chunks = []
            if self.preamble is not None:
                chunks.append(self.preamble.encode("ascii") + CRLF)
            for p in self.parts:
                chunks.append(b"--" + b.encode() + CRLF)
                chunks.append(p.render())
                chunks.append(CRLF)
            chunks.append(b"--" + b.encode() + b"--" + CRLF)
            return b"".join(chunks)
        data = self.payload.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
        return data

    preamble = None

    def render(self):
        h = ("\r\n".join(self.header_lines()) + "\r\n").encode("ascii")
        return h + CRLF + self.body_bytes()


def enc_charset(text, charset):
    cs = charset.lower()
    if cs in ("us-ascii", "ascii"):
        return text.encode("ascii")
    if cs.startswith("windows-"):
        return text.encode("cp" + cs.split("-")[1])
    return text.encode(cs)


def qp(data):
    out = quopri.encodestring(data, quotetabs=False)
    # quopri leaves a lone "." line and "From " alone; fine for our bodies.
    return out


def b64(data):
    return base64.encodebytes(data)


def text_part(text, subtype="plain", charset="utf-8", cte="auto", flowed=False, quote_cs=False,
              delsp=False, order="ct-first", extra=None, disposition=None):
    """Build a text/* leaf. cte: auto | 7bit | 8bit | quoted-printable | base64 | none."""
    data = enc_charset(text, charset)
    if cte == "auto":
        ascii_ok = all(b < 128 for b in data)
        long_line = any(len(l) > 76 for l in data.split(b"\n"))
        cte = "7bit" if ascii_ok and not long_line else "quoted-printable"
    if cte == "quoted-printable":
        payload = qp(data)
    elif cte == "base64":
        payload = b64(data)
    else:
        payload = data
        if not payload.endswith(b"\n"):
            payload += b"\n"
    params = [("charset", charset, quote_cs)]
    if flowed:
        params.append(("format", "flowed", False))
        if delsp:
            params.append(("delsp", "yes", False))
    return Part("text/" + subtype, params=params, cte=None if cte == "none" else cte,
                payload=payload, order=order, extra=extra, disposition=disposition)


def multipart(subtype, parts, boundary, quoted=True, extra_params=None, preamble=None, cte=None):
    params = list(extra_params or [])
    params.append(("boundary", boundary, quoted))
    p = Part("multipart/" + subtype, params=params, parts=parts, boundary=boundary, cte=cte)
    p.preamble = preamble
    return p


# -------------------------------------------------------- assembling ------

def body_hash(part):
    return base64.b64encode(hashlib.sha256(part.body_bytes()).digest()).decode()


def dkim(rng, d, s, h, bh, t=None, x=None, extra_tags=None, name="DKIM-Signature"):
    """A DKIM-Signature header (the signature itself is random bytes)."""
    tags = ["v=1", "a=rsa-sha256", "c=relaxed/relaxed", "d=" + d, "s=" + s]
    tags += list(extra_tags or [])
    if t:
        tags.append("t=%d" % t)
    if x:
        tags.append("x=%d" % x)
    tags += ["bh=" + bh, "h=" + h]
    sig = rb64(rng, 256)
    lines = []
    cur = name + ":"
    for tag in tags:
        tok = " " + tag + ";"
        if len(cur) + len(tok) > 78:
            lines.append(cur)
            cur = "       "
        if len(tok) > 70 and tag.startswith("h="):
            for i, field in enumerate(tag.split(":")):
                piece = (field if i == 0 else ":" + field)
                if len(cur) + len(piece) > 78:
                    lines.append(cur)
                    cur = "        "
                cur += (" " if i == 0 else "") + piece
            cur += ";"
            continue
        cur += tok
    lines.append(cur)
    cur = "        b="
    for i in range(0, len(sig), 64):
        cur += sig[i:i + 64]
        lines.append(cur)
        cur = "        "
    return "\r\n".join(lines)


def html_escape(s):
    return _html.escape(s, quote=False)


def text_to_html_lines(text):
    """Plain text -> html fragments joined with <br>."""
    return "<br>\n".join(html_escape(l) if l else "" for l in text.split("\n"))


def paras_html(text, tag="p"):
    out = []
    for block in text.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        out.append("<%s>%s</%s>" % (tag, "<br>\n".join(html_escape(l) for l in block.split("\n")), tag))
    return "\n".join(out)


def finish(trace, msg_headers, body):
    """trace and msg_headers are Headers; body is a Part (headers merged into message)."""
    top = trace.render() + msg_headers.render()
    part_headers = ("\r\n".join(body.header_lines()) + "\r\n").encode("ascii")
    return top + part_headers + CRLF + body.body_bytes()


def finish_custom(trace, msg_headers, body, mime_first=False):
    """Like finish, but lets the caller put Content-Type before the message headers (Apple style)."""
    part_headers = ("\r\n".join(body.header_lines()) + "\r\n").encode("ascii")
    if mime_first:
        return trace.render() + part_headers + msg_headers.render() + CRLF + body.body_bytes()
    return finish(trace, msg_headers, body)
