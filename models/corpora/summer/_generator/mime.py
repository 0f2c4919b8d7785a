"""Low-level helpers: dates, random tokens, header folding, RFC 2047, body encodings, a tiny MIME tree.

Everything is deterministic: each message draws from its own random.Random seeded by the set seed and its spec id.
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import random
import string

CRLF = "\r\n"
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
DOW_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DOW_ES_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MON_ES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"]


def when(s: str, off: float = -5) -> dt.datetime:
    """'2026-06-02 09:14:22' in the given UTC offset (hours)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=dt.timezone(dt.timedelta(hours=off)))


def zone(d: dt.datetime) -> str:
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def in_off(d: dt.datetime, off: float) -> dt.datetime:
    return d.astimezone(dt.timezone(dt.timedelta(hours=off)))


def rfc_date(d: dt.datetime, style: str = "plain") -> str:
    """plain: 'Tue, 2 Jun 2026 10:02:11 -0500'; zero: 'Tue, 02 Jun ...'; postfix: 'Tue,  2 Jun ... (CDT)';
    utc: '... +0000 (UTC)'."""
    day = d.day
    core_t = d.strftime("%H:%M:%S")
    z = zone(d)
    if style == "zero":
        return f"{DOW[d.weekday()]}, {day:02d} {MON[d.month - 1]} {d.year} {core_t} {z}"
    if style == "postfix":
        names = {"-0500": "CDT", "-0600": "CST", "-0400": "EDT", "-0700": "PDT", "+0000": "UTC"}
        return f"{DOW[d.weekday()]}, {day:2d} {MON[d.month - 1]} {d.year} {core_t} {z} ({names.get(z, 'UTC')})"
    if style == "utc":
        return f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {core_t} {z} (UTC)"
    if style == "nodow":
        return f"{day} {MON[d.month - 1]} {d.year} {core_t} {z}"
    return f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {core_t} {z}"


def ampm(d: dt.datetime, seconds: bool = False) -> str:
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


class Rand:
    def __init__(self, key: str):
        self.r = random.Random(key)

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + "+/")

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.choice('89ab' if not upper else '89AB')}{h[17:20]}-{h[20:]}"

    def qid(self):
        """Postfix long queue id."""
        return "4" + self.alnum(1, "abcdefghXYZWV") + self.alnum(8, string.ascii_letters + "0123456789") + "z" + \
            self.alnum(3, string.ascii_letters + "0123456789")

    def secs(self, a, b):
        return dt.timedelta(seconds=self.r.randint(a, b))


# ---------------------------------------------------------------- headers

def fold(name: str, value: str, width: int = 76, indent: str = " ") -> str:
    """Greedy folding at spaces (value already ASCII). Existing CRLF in value are kept."""
    if "\r\n" in value:
        return f"{name}: {value}"
    line = f"{name}:"
    out = []
    words = value.split(" ")
    cur = line
    for i, w in enumerate(words):
        sep = " " if cur.strip() else ""
        if cur == line:
            sep = " "
        if len(cur) + len(sep) + len(w) > width and cur not in (line,) and cur.strip():
            out.append(cur)
            cur = indent + w
        else:
            cur = cur + sep + w
    out.append(cur)
    return CRLF.join(out)


def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def q_word(s: str, charset: str = "UTF-8", max_len: int = 75) -> list[str]:
    """RFC 2047 Q-encoded words for s."""
    enc = s.encode(charset.lower() if charset.lower() != "windows-1252" else "cp1252")
    words, cur = [], ""
    pre, post = f"=?{charset}?Q?", "?="
    i = 0
    chunks = []
    # keep multibyte characters together
    text_chars = list(s)
    for ch in text_chars:
        b = ch.encode(charset.lower() if charset.lower() != "windows-1252" else "cp1252")
        piece = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                piece += "_"
            elif c.isalnum() and byte < 128:
                piece += c
            elif c in "!*+-/" and byte < 128:
                piece += c
            else:
                piece += f"={byte:02X}"
        chunks.append(piece)
    for piece in chunks:
        if len(pre) + len(cur) + len(piece) + len(post) > max_len:
            words.append(pre + cur + post)
            cur = ""
        cur += piece
    if cur:
        words.append(pre + cur + post)
    del enc, i
    return words


def b_word(s: str, charset: str = "UTF-8", max_len: int = 75) -> list[str]:
    words, cur = [], ""
    pre, post = f"=?{charset}?B?", "?="
    room = (max_len - len(pre) - len(post)) // 4 * 3
    codec = charset.lower() if charset.lower() != "windows-1252" else "cp1252"
    for ch in s:
        if len((cur + ch).encode(codec)) > room:
            words.append(pre + base64.b64encode(cur.encode(codec)).decode() + post)
            cur = ""
        cur += ch
    if cur:
        words.append(pre + base64.b64encode(cur.encode(codec)).decode() + post)
    return words


def enc_header(name: str, value: str, how: str = "Q", charset: str = "UTF-8") -> str:
    """A header, RFC 2047-encoded when not ASCII, folded."""
    if is_ascii(value):
        return fold(name, value)
    words = q_word(value, charset) if how == "Q" else b_word(value, charset)
    return f"{name}: " + (CRLF + " ").join(words)


def addr(name: str | None, address: str, how: str = "Q", charset: str = "UTF-8", quote: bool = False) -> str:
    if not name:
        return address if not quote else f"<{address}>"
    if is_ascii(name):
        if any(c in name for c in ',.;:@()"') or quote:
            n = name.replace('"', '\\"')
            return f'"{n}" <{address}>'
        return f"{name} <{address}>"
    w = q_word(name, charset) if how == "Q" else b_word(name, charset)
    return " ".join(w) + f" <{address}>"


# ---------------------------------------------------------------- bodies

def crlf(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\n", CRLF)


def codec(charset: str) -> str:
    c = charset.lower()
    return {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "us-ascii": "ascii"}.get(c, c)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(codec(charset))
    if cte == "quoted-printable":
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        b = base64.b64encode(raw.replace(b"\n", b"\r\n")).decode()
        return (CRLF.join(b[i:i + 76] for i in range(0, len(b), 76)) + CRLF).encode()
    # 7bit / 8bit
    return raw.replace(b"\n", b"\r\n")


def flowed(text: str, width: int = 72) -> str:
    """format=flowed: wrap long lines at spaces, soft breaks end in a space. Quoted lines keep their prefix."""
    out = []
    for line in text.split("\n"):
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix and body.startswith(" "):
            prefix += " "
            body = body[1:]
        if body == "-- ":
            out.append(prefix + body)
            continue
        body = body.rstrip(" ")
        if len(prefix) + len(body) <= width:
            out.append(prefix + body)
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


class Leaf:
    def __init__(self, ctype: str, text: str | bytes, charset: str | None = "UTF-8", cte: str = "7bit",
                 params: str = "", headers: list[str] | None = None, raw: bool = False):
        self.ctype, self.charset, self.cte, self.params = ctype, charset, cte, params
        self.headers = headers or []
        if raw:
            self.payload = text if isinstance(text, bytes) else text.encode("ascii")
        elif isinstance(text, bytes):
            self.payload = encode_body_bytes(text, cte)
        else:
            self.payload = encode_body(text, charset or "us-ascii", cte)

    def head(self) -> list[str]:
        ct = self.ctype
        if self.charset:
            q = '"' if self.ctype.startswith("text/") and self._quote else ""
            ct += f"; charset={q}{self.charset}{q}"
        if self.params:
            ct += self.params
        h = [f"Content-Type: {ct}"]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        return h + self.headers

    _quote = True

    def bytes(self) -> bytes:
        return self.payload


def encode_body_bytes(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return (CRLF.join(b[i:i + 76] for i in range(0, len(b), 76)) + CRLF).encode()
    return data


class Multi:
    def __init__(self, subtype: str, boundary: str, parts: list, params: str = "", preamble: str = "",
                 headers: list[str] | None = None, quote_boundary: bool = True):
        self.subtype, self.boundary, self.parts, self.params = subtype, boundary, parts, params
        self.preamble = preamble
        self.headers = headers or []
        self.quote_boundary = quote_boundary

    def head(self) -> list[str]:
        b = f'"{self.boundary}"' if self.quote_boundary else self.boundary
        return [f"Content-Type: multipart/{self.subtype};{CRLF}\tboundary={b}{self.params}"] + self.headers

    def bytes(self) -> bytes:
        out = b""
        if self.preamble:
            out += crlf(self.preamble).encode() + b"\r\n"
        for p in self.parts:
            out += f"--{self.boundary}\r\n".encode()
            out += (CRLF.join(p.head()) + CRLF + CRLF).encode()
            body = p.bytes()
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            out += body
        out += f"--{self.boundary}--\r\n".encode()
        return out


def message(headers: list[str], node) -> bytes:
    head = CRLF.join(headers + node.head()) + CRLF + CRLF
    body = node.bytes()
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return head.encode("ascii") + body


def choose_cte(text: str, charset: str) -> str:
    if not is_ascii(text) or any(len(l) > 76 for l in text.split("\n")):
        return "quoted-printable"
    return "7bit"


def to_html_paras(text: str, wrap: str = "div") -> str:
    import html as h
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append(f"<{wrap}><br></{wrap}>")
        else:
            out.append(f"<{wrap}>{h.escape(line, quote=False)}</{wrap}>")
    return "".join(out)
