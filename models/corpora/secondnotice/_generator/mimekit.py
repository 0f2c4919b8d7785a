"""Low-level helpers: encoders, header formatting, deterministic ids.

Everything is assembled as a str whose code points are all < 256 (8bit parts
are stored as latin-1-decoded bytes) and turned into CRLF bytes at the end.
"""
import base64
import datetime as _dt
import hashlib
import random

SAFE_QP = set(range(33, 127)) - {ord("=")}


def rng_for(key):
    """A Random seeded from a string key (stable across runs and Python versions)."""
    seed = int(hashlib.sha256(("secondnotice:" + key).encode()).hexdigest()[:16], 16)
    return random.Random(seed)


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64junk(rng, n):
    return alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def postfix_qid(rng):
    # Postfix long queue ids: 4Z + 11-13 chars of base-52ish
    return "4Z" + alnum(rng, 1, "BCDFGHJKLMNPQRSTVWXYZ") + alnum(rng, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


# --------------------------------------------------------------------- dates
TZ = {
    "CDT": _dt.timezone(_dt.timedelta(hours=-5)),
    "CST": _dt.timezone(_dt.timedelta(hours=-6)),
    "EDT": _dt.timezone(_dt.timedelta(hours=-4)),
    "MDT": _dt.timezone(_dt.timedelta(hours=-6)),
    "MST": _dt.timezone(_dt.timedelta(hours=-7)),
    "PDT": _dt.timezone(_dt.timedelta(hours=-7)),
    "UTC": _dt.timezone.utc,
}


def parse_local(s, tz="CDT"):
    """'2025-03-10 08:40:12' in tz -> aware datetime"""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=TZ[tz])


def rfc_date(d, tzname=None, comment=False, zero_pad=False):
    """RFC 5322 date in d's own offset."""
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % d.day) if zero_pad else str(d.day)
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        d.strftime("%a"), day, d.strftime("%b"), d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)
    if comment and tzname:
        s += " (%s)" % tzname
    return s


def to_tz(d, tz):
    return d.astimezone(TZ[tz])


def our_tz(d):
    """Our servers are in America/Chicago; DST started 2025-03-09."""
    u = d.astimezone(TZ["UTC"])
    if u >= _dt.datetime(2025, 3, 9, 8, 0, tzinfo=TZ["UTC"]) and u < _dt.datetime(2025, 11, 2, 7, 0, tzinfo=TZ["UTC"]):
        return d.astimezone(TZ["CDT"]), "CDT"
    if u >= _dt.datetime(2024, 3, 10, 8, 0, tzinfo=TZ["UTC"]) and u < _dt.datetime(2024, 11, 3, 7, 0, tzinfo=TZ["UTC"]):
        return d.astimezone(TZ["CDT"]), "CDT"
    return d.astimezone(TZ["CST"]), "CST"


def plus(d, seconds):
    return d + _dt.timedelta(seconds=seconds)


# --------------------------------------------------------------- encodings
def qp_encode(data: bytes) -> str:
    """Quoted-printable body encoding (RFC 2045), LF line ends, soft breaks <= 76."""
    out_lines = []
    lines = data.split(b"\n")
    for li, raw in enumerate(lines):
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if b in SAFE_QP:
                toks.append(chr(b))
            elif b in (0x20, 0x09) and not last:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\n".join(out_lines)


def b64_encode(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_body(text: str, charset: str, cte: str) -> str:
    """Return the encoded body as a latin-1-safe str with LF line ends."""
    if cte == "base64":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(charset)
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte in ("7bit", None):
        if any(b > 127 for b in data):
            raise ValueError("non-ascii in 7bit part")
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("latin-1")
    raise ValueError(cte)


def needs_encoding(text):
    return any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split("\n"))


# ------------------------------------------------------------------ headers
def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded-word(s) for a header value (split to keep words short)."""
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    chunk = ""
    for ch in text:
        cand = chunk + ch
        if len(cand.encode(charset)) > 30:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for x in b:
                if x == 0x20:
                    q += "_"
                elif (48 <= x <= 57) or (65 <= x <= 90) or (97 <= x <= 122) or x in b"!*+-/":
                    q += chr(x)
                else:
                    q += "=%02X" % x
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, email, charset="utf-8", mode="B", quote=False):
    if not name:
        return email if not quote else "<%s>" % email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (ew(name, charset, mode), email)
    if any(c in name for c in ',.;:@()"') or quote:
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def subj(text, charset="utf-8", mode="B"):
    return ew(text, charset, mode)


def fold(value, width=76, indent="\t"):
    """Fold a long structured header at '; ' or spaces."""
    if len(value) <= width:
        return value
    parts = value.split(" ")
    lines, cur = [], ""
    for p in parts:
        if cur and len(cur) + 1 + len(p) > width:
            lines.append(cur)
            cur = p
        else:
            cur = (cur + " " + p) if cur else p
    lines.append(cur)
    return ("\n" + indent).join(lines)


def headers_to_str(headers):
    return "".join("%s: %s\n" % (k, v) for k, v in headers)


def finish(msg: str) -> bytes:
    assert "\r" not in msg
    return msg.replace("\n", "\r\n").encode("latin-1")


# --------------------------------------------------------------------- html
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_gmail(text):
    out = []
    for p in paras(text):
        out.append("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>"


def html_p(text, style=None):
    st = (' style="%s"' % style) if style else ""
    return "\n".join("<p%s>%s</p>" % (st, "<br>\n".join(esc(l) for l in p.split("\n"))) for p in paras(text))


def wrap_html(bodyhtml, head_extra="", charset="utf-8"):
    charset = (charset or "utf-8").strip('"')
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n%s</head>\n"
            "<body>\n%s\n</body>\n</html>\n" % (charset, head_extra, bodyhtml))


def wrap_text(text, width=72):
    """Hard-wrap paragraphs (for clients that wrap, e.g. Thunderbird/Outlook plain)."""
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


def flowed(text, width=72):
    """format=flowed: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if not line.startswith(">") else line)
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        pieces.append(cur)
        out.extend(pieces)
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
