"""Small MIME / transport toolkit for the maymail set (standard library only).

Everything is assembled with "\n" and turned into CRLF once, at the very end
(render()).  Randomness always comes from a per-message random.Random seeded
with a string, so editing one message never changes the bytes of another.
"""
import base64
import datetime
import hashlib
import html
import quopri
import random
import re
import textwrap

CDT = datetime.timezone(datetime.timedelta(hours=-5), "CDT")
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7), "PDT")
MDT = datetime.timezone(datetime.timedelta(hours=-6), "MDT")
EDT = datetime.timezone(datetime.timedelta(hours=-4), "EDT")

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONGDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONGMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def rng_for(key):
    return random.Random("maymail-2027:" + key)


def dt(s, tz=CDT):
    """'2027-05-11 07:00:12' -> aware datetime (local CDT by default)."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc_date(d, tz=None, comment=False):
    if tz is not None:
        d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % d.tzname()
    return s


def rand_chars(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def rand_hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rand_b64(r, n):
    return rand_chars(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def uuid_like(r, upper=True):
    h = rand_hex(r, 32, upper)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "8" + h[17:20], h[20:])


def epoch(d):
    return int(d.timestamp())


# ---------------------------------------------------------------- headers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode a phrase if it is not ASCII (words of at most 75 chars)."""
    if is_ascii(s):
        return s
    out = []
    cur = ""
    # split on characters so that each encoded word stays short
    def enc_word(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                    base64.b64encode(b).decode())
        q = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                q += "_"
            elif c.isalnum() and byte < 128:
                q += c
            elif c in "!*+-/" and byte < 128:
                q += c
            else:
                q += "=%02X" % byte
        return "=?%s?Q?%s?=" % (charset, q)
    for ch in s:
        trial = cur + ch
        if len(enc_word(trial)) > 72:
            out.append(enc_word(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        out.append(enc_word(cur))
    return "\n ".join(out)


def addr(name, email, quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name), email)
    if quote_always or re.search(r'[,.;:@()\[\]"\']', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold_line(name, value, width=78):
    """Fold a header at whitespace unless the value already carries folds."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width or name in ("Return-Path", "Delivered-To"):
        return line
    words = line.split(" ")
    lines = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


# ---------------------------------------------------------------- bodies

class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # str (already encoded, ASCII or 8bit text with \n)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def text_part(text, subtype="plain", charset="utf-8", cte=None, ct_extra="",
              charset_quoted=True, extra=(), cte_case=None):
    if not text.endswith("\n"):
        text = text + "\n"
    ascii_ok = is_ascii(text)
    longest = max(len(l.encode(charset, "replace")) for l in text.split("\n"))
    if cte is None:
        cte = "7bit" if (ascii_ok and longest <= 76) else "quoted-printable"
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    elif cte in ("7bit", "8bit"):
        body = text
    else:
        raise ValueError(cte)
    cs = ('"%s"' % charset) if charset_quoted else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, ct_extra)
    hdrs = [("Content-Type", ct)]
    if cte is not False:
        hdrs.append(("Content-Transfer-Encoding", cte_case or cte))
    hdrs.extend(extra)
    p = Part(hdrs, body)
    p.encoding_charset = charset
    return p


def raw_part(headers, body):
    return Part(headers, body)


def multipart(subtype, parts, boundary, ct_extra="", preamble=None, epilogue="", extra=()):
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, ct_extra)
    lines = []
    if preamble:
        lines.append(preamble.rstrip("\n") + "\n")
    chunks = []
    for p in parts:
        head = "\n".join(fold_line(n, v) for n, v in p.headers)
        chunks.append("--%s\n%s\n\n%s" % (boundary, head, p.body if p.body.endswith("\n") else p.body + "\n"))
    body = ("".join(lines)) + ("\n".join(chunks)) + "\n--%s--\n" % boundary + epilogue
    # the newline before each boundary delimiter belongs to the delimiter
    return Part([("Content-Type", ct)] + list(extra), body)


def render(headers, part):
    """headers: list of (name, value) or ('__CT__', None) placeholder for the root
    part's own headers.  Returns CRLF bytes."""
    out = []
    placed = False
    for n, v in headers:
        if n == "__CT__":
            for pn, pv in part.headers:
                out.append(fold_line(pn, pv))
            placed = True
        elif v is None:
            continue
        else:
            out.append(fold_line(n, v))
    if not placed:
        for pn, pv in part.headers:
            out.append(fold_line(pn, pv))
    text = "\n".join(out) + "\n\n" + part.body
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- text helpers

def wrap(text, width=76):
    """Hard-wrap paragraphs the way Gmail / Thunderbird do (keeps short lines)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if len(line) <= width:
            out.append(line.rstrip(" "))
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            for i, p in enumerate(parts):
                out.append(p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def to_html_paras(text, div=True):
    """Plain text -> simple HTML the way webmail composers produce it."""
    lines = text.split("\n")
    out = []
    for l in lines:
        if l == "":
            out.append("<div><br></div>" if div else "<br>")
        else:
            out.append(("<div>%s</div>" % html.escape(l, quote=False)) if div else html.escape(l, quote=False) + "<br>")
    return "\n".join(out)


def strip_html(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)
