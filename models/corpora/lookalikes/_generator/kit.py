"""Byte-level building blocks for the lookalikes corpus (standard library only).

Everything here is deterministic: callers pass a random.Random seeded per message.
"""
import base64
import datetime as _dt
import hashlib
import quopri
import random
import string
from email.header import Header
from email.utils import format_datetime

CRLF = b"\r\n"
OUR_DOMAIN = "alliant-energy.com"
MAILBOX_ADDR = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

B62 = string.ascii_letters + string.digits
B64C = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"
QID = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def seeded(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def rs(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


# ---------------------------------------------------------------- time

def tz_central(d):
    """Central time offset for a naive local datetime (US DST rules 2024/2025)."""
    y = d.year
    # DST: second Sunday of March 2:00 -> first Sunday of November 2:00
    march = _dt.datetime(y, 3, 8)
    while march.weekday() != 6:
        march += _dt.timedelta(days=1)
    nov = _dt.datetime(y, 11, 1)
    while nov.weekday() != 6:
        nov += _dt.timedelta(days=1)
    start = march.replace(hour=2)
    end = nov.replace(hour=2)
    if start <= d < end:
        return _dt.timezone(_dt.timedelta(hours=-5), "CDT")
    return _dt.timezone(_dt.timedelta(hours=-6), "CST")


def central(y, mo, d, h, mi, s=0):
    naive = _dt.datetime(y, mo, d, h, mi, s)
    return naive.replace(tzinfo=tz_central(naive))


def in_tz(dt, hours):
    return dt.astimezone(_dt.timezone(_dt.timedelta(hours=hours)))


def fmt_date(dt, comment=False):
    s = format_datetime(dt)
    if comment and dt.tzinfo is not None:
        name = dt.tzinfo.tzname(dt)
        if name and name.isalpha():
            s += " (%s)" % name
        elif dt.utcoffset() == _dt.timedelta(0):
            s += " (UTC)"
    return s


def our_time(dt):
    """Convert any aware datetime to our servers' local Central time."""
    utc = dt.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    # find the central offset for that instant
    for hours in (-5, -6):
        local = utc + _dt.timedelta(hours=hours)
        tz = tz_central(local)
        if tz.utcoffset(None) == _dt.timedelta(hours=hours):
            return local.replace(tzinfo=tz)
    return (utc - _dt.timedelta(hours=6)).replace(tzinfo=tz_central(utc))


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- headers

def enc(text, charset="utf-8"):
    """RFC 2047-encode a header text if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76).replace("\n", "\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()"<>[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def fold_b64(prefix, value, width=70):
    """Fold a long token (b=, bh=) over continuation lines."""
    out = prefix
    line_len = len(prefix)
    for i in range(0, len(value), width):
        chunk = value[i:i + width]
        if i == 0:
            out += chunk
        else:
            out += "\r\n\t " + chunk
    return out


# ---------------------------------------------------------------- bodies

def _crlf(b):
    b = b.replace(b"\r\n", b"\n")
    return b.replace(b"\n", b"\r\n")


def encode_body(text_or_bytes, charset, cte):
    if isinstance(text_or_bytes, str):
        data = text_or_bytes.encode(charset)
    else:
        data = text_or_bytes
    if cte == "quoted-printable":
        out = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        return _crlf(out)
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    if cte in ("7bit", "8bit", None):
        if cte == "7bit":
            data.decode("ascii")
        return _crlf(data)
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, params=None, cte=None, body=b"", extra=None, children=None,
                 boundary=None, preamble=None, epilogue=None):
        self.ctype = ctype
        self.params = params or []
        self.cte = cte
        self.body = body
        self.extra = extra or []
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def headers(self):
        ct = self.ctype
        params = list(self.params)
        if self.children is not None:
            params.append(("boundary", self.boundary))
        if params:
            pieces = []
            for k, v in params:
                if v is None:
                    continue
                if k == "boundary" or any(c in v for c in ' ()<>@,;:\\"/[]?=') or k in ("name", "filename"):
                    pieces.append('%s="%s"' % (k, v))
                else:
                    pieces.append("%s=%s" % (k, v))
            if len(ct) + sum(len(p) + 2 for p in pieces) > 70:
                ct = ct + ";\r\n\t" + ";\r\n\t".join(pieces)
            else:
                ct = ct + "; " + "; ".join(pieces)
        h = [("Content-Type", ct)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        h.extend(self.extra)
        return h

    def render_body(self):
        if self.children is None:
            return self.body
        out = b""
        if self.preamble:
            out += self.preamble.encode() + CRLF
        for ch in self.children:
            out += b"--" + self.boundary.encode() + CRLF
            out += render_headers(ch.headers()) + CRLF + ch.render_body()
            if not out.endswith(CRLF):
                out += CRLF
        out += b"--" + self.boundary.encode() + b"--" + CRLF
        if self.epilogue:
            out += self.epilogue.encode() + CRLF
        return out


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None,
         delsp=False):
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
        if delsp:
            params.append(("delsp", "yes"))
    return Part("text/" + subtype, params, cte, encode_body(content, charset, cte), extra)


def attachment(data, ctype, filename, cte="base64", inline=False, extra=None, params=None):
    disp = "inline" if inline else "attachment"
    p = list(params or [])
    p.append(("name", filename))
    ex = [("Content-Disposition", '%s; filename="%s"' % (disp, filename))] + (extra or [])
    return Part(ctype, p, cte, encode_body(data, "utf-8", cte), ex)


def multipart(subtype, children, boundary, preamble=None, params=None, extra=None, epilogue=None):
    return Part("multipart/" + subtype, params, None, None, extra, children, boundary, preamble, epilogue)


def raw_part(ctype, body_text, params=None, cte=None, extra=None, charset="us-ascii"):
    """A part whose body is given literally (message/delivery-status, text/rfc822-headers ...)."""
    return Part(ctype, params, cte, _crlf(body_text.encode(charset)), extra)


def render_headers(hdrs):
    out = b""
    for name, value in hdrs:
        line = "%s: %s" % (name, value)
        line = line.replace("\r\n", "\n").replace("\n", "\r\n")
        out += line.encode("utf-8") + CRLF
    return out


def render(top_headers, part):
    hdrs = list(top_headers)
    if part is not None:
        hdrs.extend(part.headers())
        body = part.render_body()
    else:
        body = b""
    data = render_headers(hdrs) + CRLF + body
    for ln in data.split(CRLF):
        if len(ln) > 998:
            raise ValueError("line too long")
    return data


# ---------------------------------------------------------------- html helpers

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(t):
    return [p for p in t.strip("\n").split("\n\n")]


def html_gmail(t, quote_html=""):
    blocks = []
    for p in paras(t):
        lines = [_esc(x) for x in p.split("\n")]
        blocks.append("<div>" + "<br>".join(lines) + "</div>")
    inner = "<div><br></div>".join(blocks)
    return '<div dir="ltr">' + inner + "</div>" + quote_html + "\n"


def html_outlook(t, font="Calibri", quote_html=""):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--', '/* Font Definitions */',
           '@font-face', '\t{font-family:"Cambria Math";', '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
           '@font-face', '\t{font-family:%s;' % font, '\tpanose-1:2 15 5 2 2 2 4 3 2 4;}',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal',
           '\t{margin:0in;', '\tfont-size:11.0pt;', '\tfont-family:"%s",sans-serif;}' % font,
           '--></style>', '</head>', '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for p in paras(t):
        for line in p.split("\n"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_esc(line) or "&nbsp;"))
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append(quote_html)
    out.append("</div>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def html_simple(t, wrapper_style="font-family: arial, helvetica, sans-serif; font-size: 12pt"):
    body = []
    for p in paras(t):
        body.append("<p>" + "<br>\n".join(_esc(x) for x in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
            "<body><div style=\"%s\">\n%s\n</div></body></html>\n" % (wrapper_style, "\n".join(body)))


def html_yahoo(t, quote_html=""):
    body = []
    for p in paras(t):
        for line in p.split("\n"):
            body.append('<div dir="ltr" data-setdir="false">%s</div>' % (_esc(line) or "<br>"))
        body.append('<div dir="ltr" data-setdir="false"><br></div>')
    return ('<html><head></head><body><div class="ydp3f1c2b9ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + "".join(body) + "</div>" + quote_html +
            "</body></html>")


def html_apple(t, quote_html=""):
    body = []
    for p in paras(t):
        body.append("<div>" + "<br>".join(_esc(x) for x in p.split("\n")) + "</div><div><br></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join(body) + quote_html + "</body></html>")


def quote_lines(t, prefix="> "):
    out = []
    for line in t.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def html_quote_block(t):
    inner = "<br>\n".join(_esc(x) for x in t.strip("\n").split("\n"))
    return ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote></div>")


# ---------------------------------------------------------------- trace headers

def qid(rng):
    return "4" + rs(rng, 1, "XY") + rs(rng, 13, QID)


MX_IPS = {"mx1": "10.40.12.21", "mx2": "10.40.12.22"}


def inbound(rng, mailbox, env_from, client_host, client_ip, arrive, auth, tls=True, mx=None,
            client_helo=None):
    """Our side of the trace: Return-Path, Delivered-To, Received x2, Authentication-Results."""
    mx = mx or rng.choice(["mx1", "mx2"])
    rcpt = MAILBOX_ADDR[mailbox]
    t_mx = our_time(arrive)
    t_mbx = plus(t_mx, rng.randint(0, 2))
    h = []
    h.append(("Return-Path", "<%s>" % env_from))
    h.append(("Delivered-To", rcpt))
    h.append(("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com "
              "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (mx, mx, MX_IPS[mx], qid(rng), rcpt,
                                                              fmt_date(t_mbx, True))))
    auth = auth.replace("mx1.alliant-energy.com", "%s.alliant-energy.com" % mx)
    h.append(("Authentication-Results", "%s.alliant-energy.com;\n\t%s" % (mx, auth)))
    helo = client_helo or client_host
    if helo == client_host:
        frm = "%s (%s [%s])" % (client_host, client_host, client_ip)
    else:
        frm = "%s (%s [%s])" % (helo, client_host, client_ip)
    if tls:
        tls_s = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 "
                 "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)")
        proto = "ESMTPS"
    else:
        tls_s = ""
        proto = "ESMTP"
    h.append(("Received", "from %s%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
              % (frm, tls_s, mx, proto, qid(rng), rcpt, fmt_date(plus(t_mx, -rng.randint(0, 1)), True))))
    return h


def auth_pass(dom, selector, rng, mailfrom, ip):
    return ("dkim=pass (2048-bit key) header.d=%s header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s designates "
            "%s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=%s) header.from=%s"
            % (dom, selector, rs(rng, 8), "mx1.alliant-energy.com", mailfrom, ip, mailfrom,
               rng.choice(["NONE", "QUARANTINE", "REJECT"]), dom))


def auth_none(rng, mailfrom, ip, from_dom, spf="none", dmarc="none"):
    return ("dkim=none;\n\tspf=%s (mx1.alliant-energy.com: %s is neither permitted nor denied by domain of %s) "
            "smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (spf, ip, mailfrom.split("@")[-1], mailfrom, dmarc,
                                                             from_dom))


def dkim_sig(rng, dom, selector, t, hdrs="from:to:subject:date:message-id:mime-version", extra=""):
    bh = rs(rng, 43, B64C) + "="
    b = rs(rng, 342, B64C) + "=="
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s t=%d;\n\th=%s;\n\tbh=%s;\n\t%s"
            % (dom, selector, extra, int(t.timestamp()), hdrs, bh, fold_b64("b=", b, 68)))


def utc(dt):
    return dt.astimezone(_dt.timezone.utc)


def pacific(dt):
    u = utc(dt).replace(tzinfo=None)
    hours = -7 if 3 <= u.month <= 10 else -8
    return dt.astimezone(_dt.timezone(_dt.timedelta(hours=hours)))
