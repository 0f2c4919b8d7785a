"""Tiny hand-rolled MIME writer (stdlib only) so every byte of a message is under our control.

Everything is assembled with "\n" line ends and converted to CRLF once, at the very end (to_bytes)."""
import base64
import binascii
import datetime as _dt
import re

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
DAY_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"]
DIA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIA_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


# ----------------------------------------------------------------------------------------------- time
def central_offset(naive):
    """America/Chicago for spring 2027: CDT from Sunday 14 March 2027 02:00."""
    return -5 if naive >= _dt.datetime(2027, 3, 14, 2, 0) else -6


def parse_local(s, offset_hours=None):
    """'2027-03-04 10:12:33' (or without seconds) in sender-local time -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = _dt.datetime.strptime(s, fmt)
    off = central_offset(naive) if offset_hours is None else offset_hours
    return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def to_central(d):
    """The same instant in America/Chicago (our servers' clock)."""
    u = d.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    off = -5 if u >= _dt.datetime(2027, 3, 14, 8, 0) else -6
    return d.astimezone(_dt.timezone(_dt.timedelta(hours=off)))


def tzname(d):
    off = d.utcoffset().total_seconds() / 3600
    return {-6: "CST", -5: "CDT", -7: "MST", -4: "EDT", 0: "UTC", -8: "PST"}.get(off, "")


def offstr(d):
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc_date(d, pad=False, utc=False, comment=None):
    """RFC 5322 date. pad: '02 Mar' instead of '2 Mar'. utc: convert to +0000. comment: '(UTC)' etc."""
    if utc:
        d = d.astimezone(_dt.timezone.utc)
    day = ("%02d" % d.day) if pad else str(d.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (WD[d.weekday()], day, MON[d.month - 1], d.year, d.hour,
                                            d.minute, d.second, offstr(d))
    if comment == "tz":
        s += " (%s)" % tzname(d)
    elif comment:
        s += " " + comment
    return s


def shift(d, **kw):
    return d + _dt.timedelta(**kw)


# ----------------------------------------------------------------------------------------------- headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(s, charset="UTF-8", mode="Q", maxlen=75):
    """RFC 2047 encoded words for a non-ASCII string (returned joined with spaces)."""
    if all(ord(c) < 128 for c in s):
        return s
    pre = "=?%s?%s?" % (charset, mode)
    words, cur = [], ""
    if mode.upper() == "B":
        raw = b""
        for ch in s:
            b = ch.encode(charset)
            if len(pre) + 2 + len(base64.b64encode(raw + b)) > maxlen:
                words.append(pre + base64.b64encode(raw).decode() + "?=")
                raw = b""
            raw += b
        if raw:
            words.append(pre + base64.b64encode(raw).decode() + "?=")
        return " ".join(words)
    for ch in s:
        enc = ""
        for byte in ch.encode(charset):
            if byte == 0x20:
                enc += "_"
            elif byte in _Q_SAFE:
                enc += chr(byte)
            else:
                enc += "=%02X" % byte
        if len(pre) + len(cur) + len(enc) + 2 > maxlen:
            words.append(pre + cur + "?=")
            cur = ""
        cur += enc
    if cur:
        words.append(pre + cur + "?=")
    return " ".join(words)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset="UTF-8", mode="Q", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (encoded_words(name, charset, mode), email)
    if quote_always or _SPECIALS.search(name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold a header at spaces. Values already containing a newline are taken as pre-folded."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=\S) (?=\S)", line):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return "\n".join(out)


def headers(pairs):
    return "\n".join(fold(k, v) for k, v in pairs)


# ----------------------------------------------------------------------------------------------- bodies
def encode_body(payload, cte, charset="utf-8"):
    """payload str (text) or bytes; returns the encoded body with \n line ends."""
    if isinstance(payload, str):
        data = payload.replace("\r\n", "\n").encode(charset)
    else:
        data = payload
    cte = cte.lower()
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
        return out
    return data.decode(charset)


def leaf(ctype, payload, cte="7bit", charset="utf-8", extra=(), cte_header=True):
    """A single MIME part: header block + blank line + encoded body. ctype is the full header value."""
    hs = [("Content-Type", ctype)]
    if cte_header:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    return headers(hs) + "\n\n" + encode_body(payload, cte, charset)


def multipart(boundary, parts, preamble=None, epilogue=""):
    out = []
    if preamble is not None:
        out.append(preamble)
    for p in parts:
        out.append("--" + boundary)
        out.append(p)
    out.append("--" + boundary + "--")
    s = "\n".join(out)
    if epilogue:
        s += "\n" + epilogue
    return s


def message(hdr_pairs, body):
    return headers(hdr_pairs) + "\n\n" + body


def to_bytes(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------- html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def flowed(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space (RFC 3676), keep quoted lines as is."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)
