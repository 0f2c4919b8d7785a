"""Low-level helpers for the 'access' corpus: time zones, ids, MIME encoding, provider traces.

Standard library only. Every random choice goes through a random.Random seeded from the
message key, so build.py writes the same bytes on every run.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
import random
import string

OUR_DOMAIN = "alliant-energy.com"
MAILBOX = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}
MX = {"mx1": "10.20.1.11", "mx2": "10.20.1.12"}

UTC = dt.timezone.utc
ZONES = {  # name: (std offset hours, std abbr, dst abbr)
    "ET": (-5, "EST", "EDT"),
    "CT": (-6, "CST", "CDT"),
    "MT": (-7, "MST", "MDT"),
    "AZ": (-7, "MST", "MST"),
    "PT": (-8, "PST", "PDT"),
}


def rng_for(key):
    return random.Random("access-corpus:" + key)


def _is_dst(utc_t, zone):
    if zone == "AZ":
        return False
    std = ZONES[zone][0]
    for y, (sm, sd), (em, ed) in ((2024, (3, 10), (11, 3)), (2025, (3, 9), (11, 2))):
        start = dt.datetime(y, sm, sd, 2, tzinfo=UTC) - dt.timedelta(hours=std)
        end = dt.datetime(y, em, ed, 2, tzinfo=UTC) - dt.timedelta(hours=std + 1)
        if start <= utc_t < end:
            return True
    return False


def local(utc_t, zone):
    """Return (aware local datetime, abbreviation) for a US zone name, 'UTC', or a fixed '+0100'."""
    if zone == "UTC":
        return utc_t, "UTC"
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        off = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
        return utc_t.astimezone(dt.timezone(off)), None
    std, sa, da = ZONES[zone]
    dst = _is_dst(utc_t, zone)
    off = std + (1 if dst else 0)
    return utc_t.astimezone(dt.timezone(dt.timedelta(hours=off))), (da if dst else sa)


def central_to_utc(s):
    """'2024-10-15 10:22' (US Central wall time) -> aware UTC datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M" if len(s) <= 16 else "%Y-%m-%d %H:%M:%S")
    guess = naive.replace(tzinfo=UTC) + dt.timedelta(hours=6)
    if _is_dst(guess, "CT"):
        guess -= dt.timedelta(hours=1)
    return guess


def rfcdate(utc_t, zone, comment=False):
    t, abbr = local(utc_t, zone)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = t.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, mins // 60, mins % 60)
    if comment and abbr:
        s += " (%s)" % abbr
    return s


def b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def postfix_id(rng):
    return "4X" + alnum(rng, 1, "BCDFGHJKLMNPQRSTVWXYZ") + alnum(rng, 2) + alnum(rng, 1, "0123456789") + "z" + alnum(rng, 4)


def fold(name, value, width=76):
    """Fold a structured header at '; ' or spaces (tab continuation). Returns 'Name: value' possibly multi-line."""
    line = name + ": " + value
    if len(line) <= 998 and "\n" in value:
        return line
    if len(line) <= width:
        return line
    out, cur = [], name + ":"
    for tok in value.split(" "):
        if len(cur) + 1 + len(tok) > width and cur.strip() not in (name + ":",):
            out.append(cur)
            cur = "\t" + tok
        else:
            cur = cur + " " + tok
    out.append(cur)
    return "\n".join(out)


def fold_b64(prefix, data, width=72):
    """Long opaque token (DKIM b=) split across continuation lines."""
    lines, rest, first = [], data, True
    while rest:
        room = width - (len(prefix) if first else 8)
        lines.append(rest[:room])
        rest = rest[room:]
        first = False
    return prefix + "\n\t ".join(lines)


# ---------------------------------------------------------------- RFC 2047

def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def enc_word(s, charset="utf-8", mode="B"):
    """Encode s as one or more RFC 2047 encoded words separated by folding whitespace."""
    if not needs_encoding(s):
        return s
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        raw = trial.encode(charset)
        size = len(base64.b64encode(raw)) if mode == "B" else len(_q(raw))
        if size > 45 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    cs = charset.upper() if mode == "B" else charset
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
        else:
            out.append("=?%s?Q?%s?=" % (cs, _q(raw)))
    return "\n ".join(out)


def _q(raw):
    o = []
    for b in raw:
        c = chr(b)
        if c == " ":
            o.append("_")
        elif c.isalnum() and b < 128:
            o.append(c)
        elif c in "!*+-/" and b < 128:
            o.append(c)
        else:
            o.append("=%02X" % b)
    return "".join(o)


def addr(name, email_addr, charset="utf-8", mode="B", quote_always=False):
    if not name:
        return email_addr if not quote_always else "<%s>" % email_addr
    if needs_encoding(name):
        return "%s <%s>" % (enc_word(name, charset, mode), email_addr)
    if quote_always or any(c in name for c in ',.()<>@;:"[]'):
        return '"%s" <%s>' % (name.replace('"', ''), email_addr)
    return "%s <%s>" % (name, email_addr)


# ---------------------------------------------------------------- MIME leaves

def encode_body(text, charset, cte):
    """text uses '\\n' line ends. Returns the encoded body as str with '\\n' line ends."""
    if cte in ("7bit", "8bit", None):
        return text
    if cte == "quoted-printable":
        raw = text.encode(charset)
        enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return enc
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="auto", params="", extra=None, cs_quote=True):
    """A text leaf. Returns (header_lines, body_str)."""
    if cte == "auto":
        ascii_ok = all(ord(c) < 128 for c in text)
        long_line = any(len(l) > 76 for l in text.split("\n"))
        cte = "7bit" if ascii_ok and not long_line else "quoted-printable"
    cs = ('"%s"' % charset) if cs_quote else charset
    h = ["Content-Type: %s; charset=%s%s" % (ctype, cs, params)]
    if cte:
        h.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        h.extend(extra)
    return h, encode_body(text, charset, cte)


def binary_leaf(ctype_line, data, disposition=None, extra=None):
    h = [ctype_line]
    if disposition:
        h.append(disposition)
    h.append("Content-Transfer-Encoding: base64")
    if extra:
        h.extend(extra)
    return h, base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, boundary, preamble=None, params=""):
    """parts: list of (header_lines, body_str). Returns (header_lines, body_str)."""
    h = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    out = []
    if preamble:
        out.append(preamble)
        out.append("")
    for ph, pb in parts:
        out.append("--" + boundary)
        out.extend(ph)
        out.append("")
        out.append(pb.rstrip("\n") + "\n")
    out.append("--" + boundary + "--")
    out.append("")
    return h, "\n".join(out)


def text_to_html_divs(text, gmail=True):
    """Plain text -> Gmail-ish '<div>' per line HTML (escaped)."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        if ln.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html.escape(ln, quote=False))
    return "".join(out)


def text_to_html_br(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def to_crlf(s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return b
