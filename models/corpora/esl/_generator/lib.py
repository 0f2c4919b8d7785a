"""Byte-level helpers for the esl set (standard library only)."""
import sys
sys.dont_write_bytecode = True
import base64, binascii, random, html as _html
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

R = random.Random(47110)          # the one seed; build.py walks the specs in a fixed order

BOX = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}

def central(y, mo, d, h=12, mi=0, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    off = -6 if naive < datetime(2025, 3, 9, 2) else -5
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))

def in_tz(dt, hours):
    return dt.astimezone(timezone(timedelta(hours=hours)))

def pacific(dt):
    return in_tz(dt, -8 if dt < central(2025, 3, 9, 3) else -7)

def utc(dt):
    return dt.astimezone(timezone.utc)

def rfc(dt, zone=None):
    s = format_datetime(dt)
    if zone:
        s += " (%s)" % zone
    return s

def czone(dt):
    return "CST" if dt.utcoffset() == timedelta(hours=-6) else "CDT"

def pzone(dt):
    return "PST" if dt.utcoffset() == timedelta(hours=-8) else "PDT"

def rs(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))

HEX = "0123456789abcdef"
B64A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

def b64s(n):
    return rs(n, B64A)

def qid():
    return rs(13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")

def uuid_upper():
    return "-".join(rs(k, "0123456789ABCDEF") for k in (8, 4, 4, 4, 12))

def uuid_lower():
    return "-".join(rs(k, HEX) for k in (8, 4, 4, 4, 12))

def fold_b(sig, indent="\t"):
    """fold a long base64 signature value for a DKIM header"""
    out, line = [], ""
    for i in range(0, len(sig), 70):
        out.append(sig[i:i + 70])
    return ("\r\n" + indent).join(out)

# ------------------------------------------------------------------ encoding

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def qp(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    enc = enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not enc.endswith(b"\r\n"):
        enc += b"\r\n"
    return enc

def b64(data):
    enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return enc

def ew(s, charset="utf-8"):
    """RFC 2047 encode a header value if it needs it"""
    if is_ascii(s):
        return s
    return Header(s, charset).encode(linesep="\r\n")

def addr(name, address, charset="utf-8", quote=False):
    if not name:
        return address
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset), address)
    if quote or any(c in name for c in ",.()<>@;:\"[]"):
        return '"%s" <%s>' % (name.replace('"', ''), address)
    return "%s <%s>" % (name, address)

class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of str (may contain CRLF folds)
        self.body = body            # bytes, CRLF, ends with CRLF

def leaf(ctype, text, charset="utf-8", cte="auto", quote_cs=True, extra=(), params=""):
    """text leaf. cte: auto | 7bit | 8bit | quoted-printable | base64 | none (7bit, no header)"""
    if cte == "auto":
        if is_ascii(text):
            cte = "7bit"
        else:
            nonascii = sum(1 for c in text if ord(c) > 127)
            cte = "base64" if nonascii > len(text) * 0.25 else "quoted-printable"
    if cte in ("7bit", "8bit", "none"):
        body = crlf(text).encode(charset)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    elif cte == "quoted-printable":
        body = qp(text, charset)
    else:
        body = b64(crlf(text).encode(charset))
    cs = '"%s"' % charset if quote_cs else charset
    h = ["Content-Type: %s; charset=%s%s" % (ctype, cs, params)]
    if cte != "none":
        h.append("Content-Transfer-Encoding: %s" % cte)
    h.extend(extra)
    return Part(h, body)

def binary(ctype, data, filename, disposition="attachment", extra=()):
    h = ['Content-Type: %s; name="%s"' % (ctype, filename),
         'Content-Disposition: %s; filename="%s"' % (disposition, filename),
         "Content-Transfer-Encoding: base64"]
    h.extend(extra)
    return Part(h, b64(data))

def raw_part(headers, text):
    return Part(headers, crlf(text).encode("utf-8") if isinstance(text, str) else text)

def multipart(subtype, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += crlf(preamble).encode("ascii") + b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        out += "\r\n".join(p.headers).encode("ascii") + b"\r\n\r\n"
        body = p.body
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        out += body
    out += b"--" + boundary.encode() + b"--\r\n"
    return Part(['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)], out)

def assemble(headers, part, mime_version="MIME-Version: 1.0", put_mime=True):
    hs = list(headers)
    if put_mime and mime_version and not any(h.lower().startswith("mime-version:") for h in hs):
        hs.append(mime_version)
    hs.extend(part.headers)
    for h in hs:
        h.encode("ascii")
    return ("\r\n".join(hs)).encode("ascii") + b"\r\n\r\n" + part.body

def esc(text):
    return _html.escape(text, quote=False)

def html_lines(text, tag="div", empty="<br>"):
    out = []
    for line in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else empty, tag))
    return "".join(out)

def br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))
