"""Small raw-MIME helpers for the march set (stdlib only, deterministic)."""
import base64
import datetime as dt
import hashlib
import html
import quopri
from email.header import Header
from email.utils import formataddr

CST = dt.timezone(dt.timedelta(hours=-6), "CST")
YEAR = 2026


def h(s, n=8):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


def hnum(s, lo, hi):
    return lo + int(hashlib.md5(s.encode()).hexdigest(), 16) % (hi - lo + 1)


def when(stamp):
    """'03-02 08:14' or '02-26 10:00:05' -> aware datetime in CST."""
    md, t = stamp.split()
    m, d = md.split("-")
    parts = [int(x) for x in t.split(":")] + [0]
    return dt.datetime(YEAR, int(m), int(d), parts[0], parts[1], parts[2], tzinfo=CST)


def rfcdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, mins // 60, mins % 60)


def utcdate(d, delta=0):
    return rfcdate(d - dt.timedelta(seconds=delta), dt.timezone.utc)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ehdr(s, charset="utf-8", q=False):
    if is_ascii(s):
        return s
    hd = Header(s, charset, header_name="Subject")
    out = hd.encode()
    if q:
        from email import charset as cs
        c = cs.Charset(charset)
        c.header_encoding = cs.QP
        out = Header(s, c).encode()
    return out


def addr(name, email, charset="utf-8"):
    if not name:
        return email if "<" in email else "<%s>" % email if False else email
    if is_ascii(name):
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit"):
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def pick_cte(text, charset, pref=None):
    if pref:
        return pref
    long = any(len(l) > 76 for l in text.split("\n"))
    if is_ascii(text) and not long:
        return "7bit"
    return "quoted-printable"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (k, v)
        self.body = body        # str (already encoded)


def text_part(text, subtype="plain", charset="utf-8", cte=None, params="", extra=()):
    cte = pick_cte(text, charset, cte)
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    hs = [("Content-Type", ct)]
    if cte != "7bit" or True:
        hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra)
    return Part(hs, enc_body(text, charset, cte))


def multipart(subtype, parts, boundary, params="", preamble=""):
    hs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))]
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--" + boundary + "\n")
        for k, v in p.headers:
            out.append("%s: %s\n" % (k, v))
        out.append("\n")
        b = p.body
        if not b.endswith("\n"):
            b += "\n"
        out.append(b)
        out.append("\n") if not b.endswith("\n\n") else None
    out.append("--" + boundary + "--\n")
    return Part(hs, "".join(x for x in out if x))


def raw_part(ctype, body, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body)


def attachment(ctype, filename, data, disp="attachment"):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data).decode("ascii"))


def fold(k, v):
    line = "%s: %s" % (k, v)
    if len(line) <= 78 or "\n" in v:
        return line
    # fold at spaces
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = "\t" + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def render(headers, part):
    lines = [fold(k, v) for k, v in headers]
    lines += [fold(k, v) for k, v in part.headers]
    s = "\n".join(lines) + "\n\n" + part.body
    return crlf(s).encode("utf-8")


def to_html(text, quote_html="", style="gmail"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>".join(html.escape(l) for l in block.split("\n"))
        paras.append("<div>%s</div>" % inner)
    body = "<div dir=\"ltr\">" + "<div><br></div>".join(paras) + "</div>" if style == "gmail" else "".join(
        "<p>%s</p>" % p[5:-6] for p in paras)
    if quote_html:
        body += quote_html
    if style == "gmail":
        return body
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>%s</body></html>" % body


def html_block(text):
    return "<br>".join(html.escape(l) for l in text.strip("\n").split("\n"))
