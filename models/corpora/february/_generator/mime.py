"""Low-level helpers: dates, encoded words, header folding, body encodings, MIME assembly.

Everything here works on str for headers (always ASCII once encoded) and bytes for bodies,
and every line ending it produces is CRLF.  Standard library only.
"""
import base64
import binascii
import datetime
import html
import re

CRLF = "\r\n"

_TZNAME = {"-0600": "CST", "-0500": "EST", "-0700": "MST", "-0800": "PST", "+0000": "UTC"}


def parse_date(s):
    """'2027-02-01 07:48:12 -0600' -> aware datetime."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def to_zone(dt, offset):
    """offset like '-0800' -> same instant in that zone."""
    sign = -1 if offset[0] == "-" else 1
    delta = datetime.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return dt.astimezone(datetime.timezone(delta))


def rfc_date(dt, zone=None, pad=False, comment=False, two_digit_day=False):
    """RFC 5322 date.  pad: Postfix style ' 1' day; comment: '(CST)' appended."""
    if zone:
        dt = to_zone(dt, zone)
    if two_digit_day:
        day = "%02d" % dt.day
    elif pad:
        day = "%2d" % dt.day
    else:
        day = str(dt.day)
    z = dt.strftime("%z")
    s = "%s, %s %s %s %s" % (dt.strftime("%a"), day, dt.strftime("%b"), dt.strftime("%Y"),
                            dt.strftime("%H:%M:%S") + " " + z)
    if comment:
        s += " (%s)" % _TZNAME.get(z, "UTC")
    return s


def add(dt, seconds):
    return dt + datetime.timedelta(seconds=seconds)


# ---------------------------------------------------------------- encoded words / headers

def needs_encoding(s):
    return any(ord(c) > 126 or (ord(c) < 32 and c != "\t") for c in s)


def encode_words(s, charset="UTF-8", enc="B", maxlen=75):
    """Split s into RFC 2047 encoded words no longer than maxlen, joined by CRLF+space."""
    words = []
    chunk = ""
    for ch in s:
        trial = chunk + ch
        if len(_one_word(trial, charset, enc)) > maxlen:
            words.append(_one_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_one_word(chunk, charset, enc))
    return (CRLF + " ").join(words)


def _one_word(s, charset, enc):
    raw = s.encode(charset)
    if enc.upper() == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        out = []
        for byte in raw:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isalnum() and byte < 128:
                out.append(c)
            elif c in "!*+-/" and byte < 128:
                out.append(c)
            else:
                out.append("=%02X" % byte)
        body = "".join(out)
    return "=?%s?%s?%s?=" % (charset, enc.upper(), body)


def mailbox(name, addr, charset="UTF-8", enc="B", quote_always=False):
    """'Name <addr>' with the display name quoted or encoded as needed."""
    if not name:
        return addr if not quote_always else "<%s>" % addr
    if needs_encoding(name):
        return "%s <%s>" % (encode_words(name, charset, enc), addr)
    if quote_always or re.search(r'[(),.:;<>@\[\]\\"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def subject_value(s, charset="UTF-8", enc="B"):
    if needs_encoding(s):
        return encode_words(s, charset, enc)
    return s


def fold(name, value, width=78, cont=" "):
    """Fold a header at spaces to keep lines near width.  value must be ASCII."""
    if CRLF in value:               # already folded by the caller
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    parts = value.split(" ")
    out = []
    cur = name + ":"
    for p in parts:
        if len(cur) + 1 + len(p) > width and cur.strip() not in (name + ":",):
            out.append(cur)
            cur = cont + p
        else:
            cur = cur + " " + p if cur else p
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- bodies

def lf(text):
    return text.replace("\r\n", "\n")


def crlf_bytes(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def qp_encode(text, charset="utf-8"):
    raw = lf(text).encode(charset)
    enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    return crlf_bytes(enc)


def b64_encode(data, charset="utf-8", width=76):
    if isinstance(data, str):
        data = lf(data).replace("\n", "\r\n").encode(charset)
    s = base64.b64encode(data).decode("ascii")
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return (CRLF.join(lines) + CRLF).encode("ascii")


def plain_encode(text, charset="utf-8"):
    raw = lf(text).encode(charset)
    return crlf_bytes(raw)


def encode_body(text, cte, charset="utf-8"):
    cte = cte.lower()
    if cte == "quoted-printable":
        return qp_encode(text, charset)
    if cte == "base64":
        return b64_encode(text, charset)
    if cte in ("7bit", "8bit", ""):
        body = plain_encode(text, charset)
        if cte == "7bit" or cte == "":
            body.decode("ascii")      # raises if the caller got it wrong
        for ln in body.split(b"\r\n"):
            assert len(ln) <= 998, "line too long for %s" % cte
        return body
    raise ValueError(cte)


def pick_cte(text, prefer="quoted-printable", charset="utf-8"):
    """7bit when the text is ASCII with short lines, else prefer."""
    try:
        text.encode("ascii")
        if all(len(l) <= 76 for l in lf(text).split("\n")):
            return "7bit"
    except UnicodeEncodeError:
        pass
    return prefer


class Leaf:
    def __init__(self, headers, body):
        self.headers = headers          # list of header lines (str, may contain CRLF folds)
        self.body = body                # bytes, CRLF

    def render(self):
        h = CRLF.join(self.headers).encode("ascii")
        if not self.body.endswith(b"\r\n") and self.body:
            body = self.body + b"\r\n"
        else:
            body = self.body
        return h + b"\r\n\r\n" + body


class Multi:
    def __init__(self, headers, boundary, parts, preamble=None, epilogue=b""):
        self.headers = headers
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = CRLF.join(self.headers).encode("ascii") + b"\r\n\r\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode("ascii") + b"\r\n" + p.render()
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"--" + self.boundary.encode("ascii") + b"--\r\n" + self.epilogue
        return out


def text_leaf(text, ctype, cte, charset="utf-8", extra=None):
    hs = ["Content-Type: " + ctype]
    if cte:
        hs.append("Content-Transfer-Encoding: " + cte)
    if extra:
        hs.extend(extra)
    return Leaf(hs, encode_body(text, cte or "7bit", charset))


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- random tokens

B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def tok(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_upper(rng):
    h = tok(rng, 32, HEXU)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid_lower(rng):
    return uuid_upper(rng).lower()


def fake_sig(rng, n=344):
    """A DKIM b= value folded the way signers fold it."""
    s = tok(rng, n - 1, B64CH) + "="
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return (CRLF + "         ").join(lines)
