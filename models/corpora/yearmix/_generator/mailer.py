"""Low-level helpers: time zones, header folding, encoded words, MIME leaves, trace headers.

Standard library only. Every random choice goes through a random.Random seeded from the
message key, so a rebuild writes the same bytes.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
import random
import re
import textwrap

CRLF = "\r\n"
OUR = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}
MX = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}

# ---------------------------------------------------------------- time zones (US rules, 2026)
_STD = {"CT": (-360, "CST", "CDT"), "ET": (-300, "EST", "EDT"), "MT": (-420, "MST", "MDT"),
        "PT": (-480, "PST", "PDT"), "AKT": (-540, "AKST", "AKDT")}
_NODST = {"AZ": (-420, "MST"), "UTC": (0, "UTC")}


def _dst_window_utc(std_min):
    start = dt.datetime(2026, 3, 8, 2, 0) - dt.timedelta(minutes=std_min)
    end = dt.datetime(2026, 11, 1, 2, 0) - dt.timedelta(minutes=std_min + 60)
    return start, end


def offset(zone, utc):
    """(minutes, abbreviation) of zone at the UTC instant."""
    if zone in _NODST:
        return _NODST[zone]
    std, a_std, a_dst = _STD[zone]
    s, e = _dst_window_utc(std)
    if s <= utc < e:
        return std + 60, a_dst
    return std, a_std


def to_utc(zone, local):
    if zone in _NODST:
        return local - dt.timedelta(minutes=_NODST[zone][0])
    std, _, _ = _STD[zone]
    guess = local - dt.timedelta(minutes=std)
    off, _ = offset(zone, guess)
    u = local - dt.timedelta(minutes=off)
    off2, _ = offset(zone, u)
    return local - dt.timedelta(minutes=off2)


def local(zone, utc):
    off, ab = offset(zone, utc)
    return utc + dt.timedelta(minutes=off), off, ab


def _offstr(off):
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s%02d%02d" % (sign, off // 60, off % 60)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def rfc_date(utc, zone, comment=False, pad_day=True):
    t, off, ab = local(zone, utc)
    day = ("%02d" % t.day) if pad_day else str(t.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (_DAYS[t.weekday()], day, _MONS[t.month - 1], t.year,
                                             t.hour, t.minute, t.second, _offstr(off))
    if comment:
        s += " (%s)" % ab
    return s


def hm12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


# ---------------------------------------------------------------- random tokens
class R(random.Random):
    def __init__(self, key):
        super().__init__("yearmix/" + key)

    def hexs(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hexs(n).upper()

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(alphabet) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def uuid(self, upper=True):
        h = self.hexs(32)
        s = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.choice("89ab"), h[17:20], h[20:32])
        return s.upper() if upper else s

    def qid(self):
        # Postfix long queue id
        return "4" + self.alnum(1, "bcdfghjklmnpqrstvwxyz") + self.alnum(1, "BCDFGHJKLMNPQRSTVWXYZ") + \
            self.alnum(5, "0123456789bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ") + "z" + \
            self.alnum(5, "0123456789bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ")

    def boundary_gmail(self):
        return "0000000000" + self.hexs(18)


# ---------------------------------------------------------------- headers
def fold(name, value, width=76, cont="\t"):
    """Fold a header at spaces; returns one string with CRLF inside (no trailing CRLF)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or " " not in value:
        return line
    out, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > width and cur.strip() and cur not in (name + ":",):
            out.append(cur)
            cur = cont + word
        else:
            cur = cur + " " + word if cur != cont else cur + word
    out.append(cur)
    return CRLF.join(out)


def raw(name, value):
    """Header whose value is already folded by the caller (use CRLF + WSP inside)."""
    return "%s: %s" % (name, value)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew_b(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def ew_q(s, cs="UTF-8"):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def enc_phrase(s, mode="q", cs="UTF-8"):
    if is_ascii(s):
        if re.search(r'[(),.:;<>@\[\]"\\]', s):
            return '"%s"' % s.replace('"', '\\"')
        return s
    return ew_b(s, cs) if mode == "b" else ew_q(s, cs)


def addr(name, a, mode="q", cs="UTF-8", quote_always=False):
    if not name:
        return a
    p = enc_phrase(name, mode, cs)
    if quote_always and is_ascii(name) and not p.startswith('"'):
        p = '"%s"' % p
    return "%s <%s>" % (p, a)


def subj(s, mode="q", cs="UTF-8"):
    if is_ascii(s):
        return s
    return ew_b(s, cs) if mode == "b" else ew_q(s, cs)


# ---------------------------------------------------------------- MIME bodies
def _crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    """text with \n line ends -> encoded payload str with CRLF, ending in CRLF."""
    cs = charset.lower()
    pycs = {"us-ascii": "ascii"}.get(cs, cs)
    if cte in ("7bit", "8bit", None):
        data = _crlf(text)
        if not data.endswith("\r\n"):
            data += "\r\n"
        return data, data.encode(pycs)
    if cte == "quoted-printable":
        enc = quopri.encodestring(text.replace("\r\n", "\n").encode(pycs)).decode("ascii")
        enc = _crlf(enc)
        if not enc.endswith("\r\n"):
            enc += "\r\n"
        return enc, enc.encode("ascii")
    if cte == "base64":
        enc = base64.encodebytes(_crlf(text).encode(pycs)).decode("ascii")
        enc = _crlf(enc)
        return enc, enc.encode("ascii")
    raise ValueError(cte)


def b64_bytes(data, width=76):
    s = base64.b64encode(data).decode()
    return "".join(s[i:i + width] + "\r\n" for i in range(0, len(s), width))


class Part:
    """A MIME entity: header lines + bytes body (already encoded)."""

    def __init__(self, headers, body_bytes):
        self.headers = headers
        self.body = body_bytes

    def bytes(self):
        h = "".join(x + CRLF for x in self.headers)
        return h.encode("ascii") + CRLF.encode() + self.body


def text_part(text, subtype="plain", charset="UTF-8", cte="7bit", ctype_extra="", quote_cs=True,
              order="ct-first", extra=None):
    cs = '"%s"' % charset if quote_cs else charset
    ct = "Content-Type: text/%s; charset=%s%s" % (subtype, cs, ctype_extra)
    _, payload = encode_body(text, charset, cte)
    hs = [ct]
    if cte:
        hs.append("Content-Transfer-Encoding: %s" % cte)
    if order == "cte-first":
        hs = hs[::-1]
    if extra:
        hs = hs + extra
    return Part(hs, payload)


def multipart(subtype, boundary, parts, preamble=None, headers_extra=None, ctype_params=""):
    hs = ['Content-Type: multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, boundary, ctype_params)]
    if headers_extra:
        hs += headers_extra
    body = b""
    if preamble:
        body += preamble.encode() + b"\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p.bytes()
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    if body.startswith(b"\r\n") and not preamble:
        body = body[2:]
    return Part(hs, body)


def message_bytes(header_lines, part):
    """Top-level: header_lines (list of strings, CRLF-folded) followed by part's own headers."""
    h = "".join(x + CRLF for x in header_lines + part.headers)
    return h.encode("ascii") + CRLF.encode() + part.body


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    """Split text into paragraphs (list of list of lines)."""
    blocks, cur = [], []
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


def flowed(text, width=72):
    """RFC 3676 format=flowed encoding (soft breaks end in a space)."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">") or len(ln) <= width:
            out.append(ln.rstrip(" ") if ln != "-- " else ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def wrap_hard(text, width=76):
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width:
            out.append(ln)
        else:
            out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def fake_sig(rnd, n=342):
    s = rnd.b64(n)
    return s


def dkim(rnd, d, s, h, t_utc, extra="", x=False):
    ts = epoch(t_utc)
    b = rnd.b64(342) + "=="
    first = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (d, s)
    tline = "t=%d;" % ts
    if x:
        tline += " x=%d;" % (ts + 604800)
    if extra:
        tline += " " + extra
    hl = ["h=" + h + ";"] if len(h) < 70 else _split_h(h)
    lines = [first, tline] + hl + ["bh=%s=;" % rnd.b64(43), "b=" + b[:68]]
    rest = b[68:]
    while rest:
        lines.append(rest[:72])
        rest = rest[72:]
    return "DKIM-Signature: " + (CRLF + "        ").join(lines)


def _split_h(h):
    parts = h.split(":")
    out, cur = [], "h="
    for p in parts:
        add = p if cur == "h=" else ":" + p
        if len(cur) + len(add) > 70:
            out.append(cur)
            cur = ":" + p
        else:
            cur += add
    out.append(cur + ";")
    return out


def epoch(t_utc):
    return int((t_utc - dt.datetime(1970, 1, 1)).total_seconds())
