"""Small helpers that write raw RFC 5322 messages the way real mail programs and providers do.

Standard library only. Every random choice goes through the Random object passed in, so a build with the
same seed writes the same bytes.
"""
import base64
import datetime as _dt
import hashlib
import html
import quopri
import textwrap

CST = _dt.timezone(_dt.timedelta(hours=-6), "CST")
EST = _dt.timezone(_dt.timedelta(hours=-5), "EST")
MST = _dt.timezone(_dt.timedelta(hours=-7), "MST")
PST = _dt.timezone(_dt.timedelta(hours=-8), "PST")
UTC = _dt.timezone.utc

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def t(day, hh, mm, ss=0, tz=CST):
    return _dt.datetime(2027, 11, day, hh, mm, ss, tzinfo=tz)


def off(d):
    o = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if o >= 0 else "-"
    o = abs(o)
    return "%s%02d%02d" % (sign, o // 60, o % 60)


def rfcdate(d, pad=False, zone=False, twodigit=True):
    """Date header text. pad: Postfix style day padded with a space; twodigit: '09' vs '9'."""
    if pad:
        day = "%2d" % d.day
    elif twodigit:
        day = "%02d" % d.day
    else:
        day = "%d" % d.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONS[d.month - 1], d.year,
                                            d.hour, d.minute, d.second, off(d))
    if zone:
        s += " (%s)" % d.tzname()
    return s


def sec(d, n):
    return d + _dt.timedelta(seconds=n)


class Kit:
    def __init__(self, rng):
        self.r = rng

    # ---------- random tokens ----------
    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def qid(self):
        # Postfix long queue id
        return "4" + self.alnum(1, "TVWXYZ") + self.alnum(1, "bcdfghjklmnpqrstvwxz") + self.alnum(
            10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + "z" + self.alnum(
            1, "0123456789") + self.alnum(2, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")

    def uuid(self, upper=False):
        h = self.hexs(32, upper)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def boundary_gmail(self):
        return "000000000000" + self.hexs(16)

    def sig_b(self, n=344, indent="         "):
        s = self.b64(n * 3 // 4)[:n]
        parts = [s[i:i + 70] for i in range(0, len(s), 70)]
        return ("\n" + indent).join(parts)

    def ip(self, prefix):
        return prefix + ".".join(str(self.r.randint(2, 250)) for _ in range(4 - prefix.count(".") - (1 if prefix.endswith(".") else 0)))


def rfc2047_b(s, cs="UTF-8"):
    if all(ord(c) < 128 for c in s):
        return s
    raw = s.encode(cs)
    out = []
    # keep encoded words under 76 chars
    chunk = b""
    words = []
    for ch in s:
        b = ch.encode(cs)
        if len(base64.b64encode(chunk + b)) > 45:
            words.append(chunk)
            chunk = b
        else:
            chunk += b
    if chunk:
        words.append(chunk)
    for w in words:
        out.append("=?%s?B?%s?=" % (cs, base64.b64encode(w).decode()))
    return "\n ".join(out)


def rfc2047_q(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    enc = []
    for ch in s:
        for b in ch.encode(cs):
            c = chr(b)
            if c == " ":
                enc.append("_")
            elif c.isalnum() and b < 128:
                enc.append(c)
            elif c in "!*+-/" and b < 128:
                enc.append(c)
            else:
                enc.append("=%02X" % b)
    words, cur = [], ""
    for e in enc:
        if len(cur) + len(e) > 60:
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (cs, w) for w in words)


def addr(name, a, enc="b", cs="UTF-8", quote=False):
    if not name:
        return a
    if any(ord(c) > 127 for c in name):
        n = rfc2047_b(name, cs) if enc == "b" else rfc2047_q(name, cs)
        return "%s <%s>" % (n, a)
    if quote or any(c in name for c in ",.@()"):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def fold(h, width=76):
    """Fold a long header at spaces (only used for simple headers)."""
    if len(h) <= width:
        return h
    out, line = [], ""
    for w in h.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = " " + w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


def qp(text, cs="utf-8"):
    data = text.encode(cs)
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc


def b64body(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def needs_qp(text):
    return any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split("\n"))


def part(ctype, text, cte, cs=None, extra=None):
    """Return a MIME leaf as text. cte: 7bit, 8bit, quoted-printable, base64."""
    hdr = ["Content-Type: %s" % ctype]
    if cte == "quoted-printable":
        body = qp(text, cs or "utf-8")
    elif cte == "base64":
        if isinstance(text, str) and ctype.startswith("text/"):
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # canonical CRLF inside base64
        body = b64body(text.encode(cs or "utf-8") if isinstance(text, str) else text)
    else:
        body = text
    if extra:
        hdr += extra
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(hdr) + "\n\n" + body


def part_noncte(ctype, text):
    body = text if text.endswith("\n") else text + "\n"
    return "Content-Type: %s\n\n%s" % (ctype, body)


def multipart(boundary, parts, preamble=None):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n%s" % (boundary, p))
    out.append("--%s--\n" % boundary)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    return [p for p in text.split("\n\n")]


def flowed(text, width=72):
    """format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width)
        out += [w + " " for w in wrapped[:-1]] + [wrapped[-1]]
    return "\n".join(out)


def hard_wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out += textwrap.wrap(line, width)
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def digest(s):
    return hashlib.sha256(s.encode()).hexdigest()
