"""Helpers that turn a message spec into the bytes an IMAP server would return.

Standard library only. Every random choice goes through the Random instance passed in, so a
fixed seed gives identical bytes on every run.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
import re
from email.header import Header
from email.utils import format_datetime

MBX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"


class Ctx:
    def __init__(self, rnd):
        self.R = rnd

    def an(self, n, alphabet=ALNUM):
        return "".join(self.R.choice(alphabet) for _ in range(n))

    def hx(self, n, upper=False):
        s = "".join(self.R.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def num(self, n):
        return str(self.R.randint(10 ** (n - 1), 10 ** n - 1))

    def b64(self, n):
        return self.an(n, B64)

    def uuid(self, upper=False):
        s = "-".join(self.hx(k) for k in (8, 4, 4, 4, 12))
        return s.upper() if upper else s

    def qid(self):
        # Postfix long queue id
        return "4" + self.an(1, "LMNPQRSTVWXYZ") + self.an(11, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


# ----------------------------------------------------------------------------------------- dates
def parse_date(s, tz="-0600"):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    sign = -1 if tz[0] == "-" else 1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))


def rfc(d):
    return format_datetime(d)


def tzname(d):
    off = d.utcoffset().total_seconds() / 3600
    return {-6: "CST", -5: "CDT" if d.month in (4, 5, 6, 7, 8, 9, 10) else "EST", -8: "PST", -7: "MST",
            0: "UTC", 1: "CET"}.get(off, "")


def local_ct(d):
    """Our mx hosts log in US Central time."""
    return d.astimezone(dt.timezone(dt.timedelta(hours=-6)))


# ----------------------------------------------------------------------------------------- encodings
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def qp(text, charset="utf-8"):
    raw = text.encode(charset)
    enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return enc


def b64body(data):
    return base64.encodebytes(data).decode("ascii")


def ew(s):
    if is_ascii(s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    if not name:
        return a
    if not is_ascii(name):
        return "%s <%s>" % (ew(name), a)
    if re.search(r'[,.;:@()"\[\]]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), a)
    return "%s <%s>" % (name, a)


def fold(name, value):
    return "%s: %s" % (name, value)


def esc(s):
    return html.escape(s, quote=False)


def text_to_html_lines(text):
    return "<br>\n".join(esc(l) if l else "" for l in text.split("\n"))


def leaf(ctype, text, charset="utf-8", cte=None, params="", data=None, extra=None):
    """Return a MIME leaf as a string (LF newlines). cte None = choose."""
    lines = []
    if data is not None:
        lines.append("Content-Type: %s%s" % (ctype, params))
        for h in extra or []:
            lines.append(h)
        lines.append("Content-Transfer-Encoding: base64")
        return "\n".join(lines) + "\n\n" + b64body(data)
    if cte is None:
        longest = max((len(l) for l in text.split("\n")), default=0)
        if is_ascii(text) and longest <= 76:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    cs = '; charset="%s"' % charset if charset else ""
    lines.append("Content-Type: %s%s%s" % (ctype, cs, params))
    for h in extra or []:
        lines.append(h)
    if cte != "none":
        lines.append("Content-Transfer-Encoding: %s" % cte)
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64body(text.encode(charset))
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(lines) + "\n\n" + body


def multipart(subtype, boundary, parts, params="", preamble=None):
    head = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    out = head + "\n\n"
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (boundary, p)
        if not p.endswith("\n"):
            out += "\n"
    out += "--%s--\n" % boundary
    return out


def crlf(s):
    s = s.replace("\r\n", "\n")
    return s.replace("\n", "\r\n")


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()
