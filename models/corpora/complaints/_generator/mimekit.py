"""Small helpers that write MIME the way mail programs do (stdlib only, deterministic through the rng passed in)."""
import base64
import datetime as dt
import email.charset
import email.header
import email.quoprimime
import email.utils
import html
import re
import string

UTC = dt.timezone.utc
DST_START = dt.datetime(2026, 3, 8, 8, 0, tzinfo=UTC)     # 2 a.m. CST, 8 March 2026


def central(t):
    """America/Chicago for the set's window (CST, CDT from 8 March 2026)."""
    off = -5 if t >= DST_START else -6
    return t.astimezone(dt.timezone(dt.timedelta(hours=off)))


def tzname(t):
    return "CDT" if t >= DST_START else "CST"


def pacific(t):
    off = -7 if t >= DST_START else -8
    return t.astimezone(dt.timezone(dt.timedelta(hours=off)))


def rfc(t):
    """RFC 5322 date as most clients write it."""
    return email.utils.format_datetime(t)


def postfix_date(t):
    t = central(t)
    s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    day = t.day
    s = s.replace(" %02d " % day, " %2d " % day, 1) if day < 10 else s
    return s + " (%s)" % tzname(t)


class Rand:
    def __init__(self, rng):
        self.r = rng

    def s(self, n, alpha=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n, upper=False):
        a = "0123456789ABCDEF" if upper else "0123456789abcdef"
        return self.s(n, a)

    def dig(self, n):
        return self.s(n, string.digits)

    def b64(self, n):
        return self.s(n, string.ascii_letters + string.digits + "+/")

    def up(self, n):
        return self.s(n, string.ascii_uppercase + string.digits)

    def uuid(self, upper=True):
        h = self.hex(32, upper)
        return "-".join([h[:8], h[8:12], "4" + h[13:16], h[16:20], h[20:]])

    def ip(self, a, b=None):
        parts = a.split(".")
        while len(parts) < 4:
            parts.append(str(self.r.randint(1, 254)))
        return ".".join(parts)


def fold(name, value, width=78, sep="\r\n "):
    """Fold an unstructured header at spaces (values must not already contain CRLF)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + w if sep == "\r\n " else "\t" + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\r\n".join(out)


def ew(s, enc="q", charset="UTF-8"):
    """Encoded words for a header value (only when it is not ASCII), as the given program writes them."""
    if s.isascii():
        return s
    cs = email.charset.Charset(charset.lower())
    cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    out = email.header.Header(s, cs, maxlinelen=74).encode(linesep="\r\n")
    out = out.replace("=?%s?q?" % charset.lower(), "=?%s?Q?" % charset)
    out = out.replace("=?%s?b?" % charset.lower(), "=?%s?B?" % charset)
    return out


def subject_line(subj, enc="q", charset="UTF-8"):
    if subj.isascii():
        return fold("Subject", subj)
    return "Subject: " + ew(subj, enc, charset)


def addr(name, address, enc="q", charset="UTF-8"):
    if not name:
        return address
    if name.isascii():
        return email.utils.formataddr((name, address))
    return "%s <%s>" % (ew(name, enc, charset), address)


# ---------------------------------------------------------------- bodies

def qp(text, charset="utf-8"):
    data = text.encode(charset)
    return email.quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")


def b64(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    return b64bytes(data)


def b64bytes(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def needs_qp(text, limit=76):
    return (not text.isascii()) or any(len(l) > limit for l in text.split("\n"))


def flowed(text, width=72):
    """RFC 3676 format=flowed (DelSp=no): soft breaks end in a space; stuff lines starting with space or From."""
    out = []
    for line in text.split("\n"):
        depth = 0
        m = re.match(r"^(>+) ?", line)
        prefix = ""
        if m:
            depth = len(m.group(1))
            prefix = m.group(1) + " "
            line = line[m.end():]
        if not line:
            out.append(prefix.rstrip() if prefix else "")
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(prefix) + len(cand) > width and cur:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = cand
        pieces.append(cur)
        for p in pieces:
            if not prefix and (p.startswith(" ") or p.startswith("From ") or p.startswith(">")):
                p = " " + p
            out.append(prefix + p)
    return "\n".join(out)


def leaf(ctype, body, cte=None, extra=()):
    h = ["Content-Type: " + ctype]
    if cte:
        h.append("Content-Transfer-Encoding: " + cte)
    h.extend(extra)
    return (h, body)


def multipart(subtype, parts, boundary, preamble="", extra_params="", extra=()):
    h = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)]
    h.extend(extra)
    out = preamble + "\n\n" if preamble else ""
    for ph, pb in parts:
        out += "--" + boundary + "\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n\n"
    out += "--" + boundary + "--\n"
    return (h, out)


def render(headers, entity):
    """headers: list of header lines (may contain CRLF folds); entity: (mime header lines, body with LF)."""
    eh, eb = entity
    head = "\r\n".join(h.replace("\r\n", "\n").replace("\n", "\r\n") for h in list(headers) + list(eh))
    body = eb.replace("\r\n", "\n").replace("\n", "\r\n")
    if not body.endswith("\r\n"):
        body += "\r\n"
    return (head + "\r\n\r\n" + body).encode("ascii")


def esc(s):
    return html.escape(s, quote=False)


def lines_html(text, tag="div", attrs=""):
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append("<%s%s>%s</%s>" % (tag, attrs, esc(l), tag))
        else:
            out.append("<%s%s><br></%s>" % (tag, attrs, tag))
    return "".join(out)


def br_html(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))
