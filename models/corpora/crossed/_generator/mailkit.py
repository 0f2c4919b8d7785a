"""Byte-level e-mail builder for the `crossed` set (standard library only, deterministic).

Every random choice comes from a Random seeded by the spec key, so a message's bytes do not depend on
the order in which the specs are written, and build.py rewrites every file byte-identically.
"""
import base64
import datetime as _dt
import hashlib
import html
import quopri
import random
import string
from email.header import Header

OUR = "alliant-energy.com"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
HQ = "4902 N. Biltmore Lane, Madison, WI 53718"


# --------------------------------------------------------------------------- randomness / time
def rng_for(key):
    return random.Random(int(hashlib.sha256(("crossed:" + key).encode()).hexdigest()[:16], 16))


def central_offset(d):
    """US Central: CDT (-05:00) until 2024-11-03 02:00, CST (-06:00) until 2025-03-09 02:00."""
    if d < _dt.datetime(2024, 11, 3, 2, 0):
        return -300
    if d < _dt.datetime(2025, 3, 9, 2, 0):
        return -360
    return -300


def parse_local(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")


def fmt(d, offset_min, paren=None):
    tz = _dt.timezone(_dt.timedelta(minutes=offset_min))
    out = d.replace(tzinfo=tz).strftime("%a, %d %b %Y %H:%M:%S %z")
    if paren:
        out += " (%s)" % paren
    return out


def fmt_nopad(d, offset_min):
    """'Mon, 7 Oct 2024 ...' style (no zero padding of the day), as Yahoo/Apple write it."""
    tz = _dt.timezone(_dt.timedelta(minutes=offset_min))
    dd = d.replace(tzinfo=tz)
    return "%s, %d %s" % (dd.strftime("%a"), dd.day, dd.strftime("%b %Y %H:%M:%S %z"))


def at_zone(d_local_central, target_offset):
    """Convert a naive Central-local datetime to naive local time of another offset."""
    off = central_offset(d_local_central)
    return d_local_central - _dt.timedelta(minutes=off) + _dt.timedelta(minutes=target_offset)


def plus(d, seconds):
    return d + _dt.timedelta(seconds=seconds)


def tok(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return tok(r, n, "0123456789abcdef")


def HEX(r, n):
    return tok(r, n, "0123456789ABCDEF")


def b64tok(r, n):
    return tok(r, n, string.ascii_letters + string.digits + "+/")


def qid(r):
    return "4" + tok(r, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


# --------------------------------------------------------------------------- headers
def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@"()<>[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def fold(name, value, width=78):
    """Fold a long header at spaces (continuation lines start with a tab)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or " " not in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = "\t" + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\n".join(out)


def dkim(r, d, s, hlist, t):
    b = b64tok(r, 342) + "=="
    bh = b64tok(r, 43) + "="
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
             "        d=%s; s=%s; t=%d;" % (d, s, t),
             "        h=%s;" % hlist,
             "        bh=%s;" % bh,
             "        b=%s" % b[:64]]
    rest = b[64:]
    while rest:
        lines.append("         " + rest[:72])
        rest = rest[72:]
    return "\n".join(lines)


# --------------------------------------------------------------------------- bodies
def norm(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


def qp(data):
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, charset="utf-8", cte=None, extra_params="", disposition=None):
    """One text leaf: returns (headers, encoded body) as str (8bit text is kept as unicode and encoded later)."""
    text = norm(text)
    raw = text.encode(charset)
    if cte is None:
        ascii_ok = all(b < 128 for b in raw)
        longest = max(len(l) for l in text.split("\n"))
        cte = "7bit" if ascii_ok and longest < 900 else "quoted-printable"
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, extra_params)]
    if cte == "7bit":
        body = text
        hdr.append("Content-Transfer-Encoding: 7bit")
    elif cte == "none":
        body = text
    elif cte == "quoted-printable":
        body = qp(raw)
        hdr.append("Content-Transfer-Encoding: quoted-printable")
    elif cte == "base64":
        body = b64(raw)
        hdr.append("Content-Transfer-Encoding: base64")
    elif cte == "8bit":
        body = ("\x00RAW:" + charset + "\x00") + text
        hdr.append("Content-Transfer-Encoding: 8bit")
    else:
        raise ValueError(cte)
    if disposition:
        hdr.append(disposition)
    return hdr, body


def multipart(subtype, boundary, parts, preamble=None, params=""):
    hdr = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    chunks = []
    if preamble:
        chunks.append(preamble.rstrip("\n") + "\n")
    for ph, pb in parts:
        chunks.append("\n--%s\n" % boundary if chunks else "--%s\n" % boundary)
        chunks.append("\n".join(ph) + "\n\n")
        chunks.append(pb.rstrip("\n"))
    chunks.append("\n--%s--\n" % boundary)
    return hdr, "".join(chunks)


def attachment(ctype, filename, data, inline=False):
    hdr = ['Content-Type: %s; name="%s"' % (ctype, filename),
           'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", filename),
           "Content-Transfer-Encoding: base64"]
    return hdr, b64(data)


def html_paras(text, style="gmail"):
    """Turn plain text into the HTML a mail program would write for it."""
    paras = norm(text).rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if style == "gmail":
            out.append("<div>" + "<br>".join(lines) + "</div>")
        elif style == "outlook":
            for l in lines:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or "&nbsp;"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style == "yahoo":
            out.append('<div dir="ltr" data-setdir="false">' + "<br>".join(lines) + "</div><div dir=\"ltr\" data-setdir=\"false\"><br></div>")
        elif style == "apple":
            out.append("<div>" + "</div><div>".join(l or "<br>" for l in lines) + "</div><div><br></div>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_doc(inner, style="gmail", quote_html="", charset="us-ascii"):
    if style == "gmail":
        return '<div dir="ltr">%s</div>%s' % (inner, quote_html)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n'
                '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>' % (charset, inner, quote_html))
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f2a9c1eyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:13px;">%s</div>%s</body></html>' % (inner, quote_html))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">%s%s</body></html>' % (inner, quote_html))
    return "<html><body>\n%s\n%s</body></html>" % (inner, quote_html)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines at spaces, leaving the trailing space."""
    out = []
    for line in norm(text).rstrip("\n").split("\n"):
        while len(line) > width + 6 and " " in line[:width]:
            cut = line.rfind(" ", 0, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out) + "\n"


def gt_quote_plain(text):
    return "\n".join(("> " + l) if l else ">" for l in norm(text).rstrip("\n").split("\n"))


def finalize(header_lines, body):
    """Join header lines and body, turn LF into CRLF, encode 8bit segments in their charset."""
    head = "\n".join(header_lines)
    for l in head.split("\n"):
        l.encode("ascii")
    out = bytearray()
    out += head.replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n"
    # 8bit segments are marked \x00RAW:charset\x00 ... until the next boundary line
    pieces = body.split("\x00RAW:")
    out += pieces[0].replace("\n", "\r\n").encode("ascii")
    for p in pieces[1:]:
        cs, rest = p.split("\x00", 1)
        # the segment ends at the next '\n--' boundary marker or end of body
        idx = rest.find("\n--")
        seg, tail = (rest, "") if idx < 0 else (rest[:idx], rest[idx:])
        out += seg.replace("\n", "\r\n").encode(cs)
        out += tail.replace("\n", "\r\n").encode("ascii")
    data = bytes(out)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    assert b"\r\r" not in data
    return data
