"""Small MIME/RFC 5322 building kit for the `business` set (stdlib only, deterministic)."""
import base64
import datetime as _dt
import hashlib
import html as _html
import random
import re
import textwrap
from email.utils import format_datetime

SEED = 20260611

UTC = _dt.timezone.utc


def rng_for(key):
    h = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(r, n, alphabet=HEXL):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_(r, upper=False):
    a = HEXU if upper else HEXL
    return "-".join(rs(r, n, a) for n in (8, 4, 4, 4, 12))


# ---------------------------------------------------------------- time
def _dst_us(utc, hour_utc_start, hour_utc_end):
    start = _dt.datetime(2026, 3, 8, hour_utc_start, tzinfo=UTC)
    end = _dt.datetime(2026, 11, 1, hour_utc_end, tzinfo=UTC)
    if utc.year == 2025:
        start = _dt.datetime(2025, 3, 9, hour_utc_start, tzinfo=UTC)
        end = _dt.datetime(2025, 11, 2, hour_utc_end, tzinfo=UTC)
    return start <= utc < end


def central(utc):
    dst = _dst_us(utc, 8, 7)
    tz = _dt.timezone(_dt.timedelta(hours=-5 if dst else -6))
    return utc.astimezone(tz), ("CDT" if dst else "CST")


def pacific(utc):
    dst = _dst_us(utc, 10, 9)
    tz = _dt.timezone(_dt.timedelta(hours=-7 if dst else -8))
    return utc.astimezone(tz), ("PDT" if dst else "PST")


def eastern(utc):
    dst = _dst_us(utc, 7, 6)
    tz = _dt.timezone(_dt.timedelta(hours=-4 if dst else -5))
    return utc.astimezone(tz), ("EDT" if dst else "EST")


def parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc(dt):
    return format_datetime(dt)


def rfc_central(utc, comment=True):
    d, ab = central(utc)
    return rfc(d) + (f" ({ab})" if comment else "")


def rfc_utc(utc):
    return rfc(utc.astimezone(UTC)).replace("-0000", "+0000")


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- encodings
PYCODEC = {"us-ascii": "ascii", "utf-8": "utf-8", "windows-1252": "cp1252",
           "iso-8859-1": "latin-1"}


def codec(charset):
    return PYCODEC[charset.lower()]


def qp_encode(data):
    out = []
    for line in data.split(b"\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (32, 9) and i == n - 1:
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
    return "\n".join(out)


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) or ""


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", mode="B", maxlen=75):
    """RFC 2047 encode the whole string as one or more encoded words."""
    cs = charset.upper() if charset.lower() == "utf-8" else charset
    words = []
    chunk = ""
    for ch in s:
        trial = chunk + ch
        if len(_ew(trial, cs, mode)) > maxlen:
            words.append(_ew(chunk, cs, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew(chunk, cs, mode))
    return words


def _ew(s, cs, mode):
    data = s.encode(codec(cs))
    if mode == "B":
        return f"=?{cs}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return f"=?{cs}?Q?{''.join(out)}?="


def hdr_text(value, charset="utf-8", mode="B", sep="\n "):
    """Header text (Subject etc.): plain if ASCII, encoded words otherwise."""
    if is_ascii(value):
        return value
    return sep.join(enc_words(value, charset, mode))


def hdr_text_partial(value, charset="utf-8", mode="Q"):
    """Gmail-like: only encode the run of words containing non-ASCII characters."""
    if is_ascii(value):
        return value
    words = value.split(" ")
    first = next(i for i, w in enumerate(words) if not is_ascii(w))
    last = max(i for i, w in enumerate(words) if not is_ascii(w))
    pre = " ".join(words[:first])
    mid = " ".join(words[first:last + 1])
    post = " ".join(words[last + 1:])
    enc = "\n ".join(enc_words(mid, charset, mode))
    return " ".join(x for x in (pre, enc, post) if x)


SPECIALS = set('()<>[]:;@\\,."')


def addr(display, address, quote_always=False, charset="utf-8", mode="B"):
    if not display:
        return address if not quote_always else f"<{address}>"
    if not is_ascii(display):
        return " ".join(enc_words(display, charset, mode)) + f" <{address}>"
    if quote_always or any(c in SPECIALS for c in display):
        d = display.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{d}" <{address}>'
    return f"{display} <{address}>"


# ---------------------------------------------------------------- MIME tree
class Leaf:
    def __init__(self, ctype, text=None, data=None, charset=None, cte="7bit",
                 ct_params="", filename=None, disposition=None, cid=None,
                 ct_style="quoted", extra=None, desc=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.ct_params = ct_params
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.ct_style = ct_style
        self.extra = extra or []
        self.desc = desc

    def content_headers(self):
        ct = self.ctype
        if self.charset:
            if self.ct_style == "quoted":
                ct += f'; charset="{self.charset}"'
            elif self.ct_style == "apple":
                ct += f";\n\tcharset={self.charset}"
            else:
                ct += f"; charset={self.charset}"
        if self.ct_params:
            ct += self.ct_params
        if self.filename and self.disposition != "inline-noname":
            ct += f';\n\tname="{self.filename}"'
        hs = [f"Content-Type: {ct}"]
        if self.desc:
            hs.append(f"Content-Description: {self.desc}")
        if self.disposition:
            if self.filename:
                disp = "inline" if self.disposition.startswith("inline") else self.disposition
                hs.append(f'Content-Disposition: {disp};\n\tfilename="{self.filename}"')
            else:
                hs.append(f"Content-Disposition: {self.disposition}")
        if self.cte:
            hs.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.cid:
            hs.append(f"Content-ID: <{self.cid}>")
        hs.extend(self.extra)
        return hs

    def body(self):
        if self.data is not None:
            raw = self.data
        elif self.cte == "base64":
            raw = self.text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec(self.charset or "us-ascii"))
        else:
            raw = self.text.encode(codec(self.charset or "us-ascii"))
        if self.cte in (None, "7bit", "8bit", "binary"):
            if self.cte in (None, "7bit"):
                raw.decode("ascii")  # must be ascii
            return raw
        if self.cte == "quoted-printable":
            return qp_encode(raw).encode("ascii")
        if self.cte == "base64":
            return b64_encode(raw).encode("ascii")
        raise ValueError(self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None,
                 extra=None, ct_fold=True, quote_boundary=True):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.extra = extra or []
        self.ct_fold = ct_fold
        self.quote_boundary = quote_boundary

    def content_headers(self):
        b = f'"{self.boundary}"' if self.quote_boundary else self.boundary
        sep = ";\n\t" if self.ct_fold else "; "
        return [f"Content-Type: multipart/{self.subtype}{self.params}{sep}boundary={b}"] + self.extra

    def body(self):
        out = []
        if self.preamble is not None:
            out.append(self.preamble.encode())
            out.append(b"")
        for p in self.parts:
            out.append(b"--" + self.boundary.encode())
            out.append("\n".join(p.content_headers()).encode())
            out.append(b"")
            out.append(p.body())
        out.append(b"--" + self.boundary.encode() + b"--")
        out.append(b"")
        return b"\n".join(out)


def assemble(headers, top):
    """headers: list of header strings (may contain embedded '\n\t' folds);
    the marker '__CONTENT__' is replaced with the top part's content headers."""
    hs = []
    placed = False
    for h in headers:
        if h == "__CONTENT__":
            hs.extend(top.content_headers())
            placed = True
        elif h is not None:
            hs.append(h)
    if not placed:
        hs.extend(top.content_headers())
    head = "\n".join(hs).encode("ascii")
    raw = head + b"\n\n" + top.body()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


# ---------------------------------------------------------------- text helpers
def flow(text, width=72, keep=()):
    """format=flowed (RFC 3676) wrapping; strings in `keep` are never broken."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() == "" else line)
            continue
        prot = line
        for k in keep:
            prot = prot.replace(k, k.replace(" ", "\x00"))
        pieces = textwrap.wrap(prot, width=width, break_long_words=False,
                               break_on_hyphens=False)
        for i, p in enumerate(pieces):
            p = p.replace("\x00", " ")
            out.append(p + (" " if i < len(pieces) - 1 else ""))
    return "\n".join(out)


def hard_wrap(text, width=76, keep=()):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prot = line
        for k in keep:
            prot = prot.replace(k, k.replace(" ", "\x00"))
        for p in textwrap.wrap(prot, width=width, break_long_words=False,
                               break_on_hyphens=False):
            out.append(p.replace("\x00", " "))
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def esc(s):
    return _html.escape(s, quote=False)


def needs_qp(text, limit=76):
    return (not is_ascii(text)) or any(len(l) > limit for l in text.split("\n"))


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(s):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)
