"""Byte-level MIME and delivery-header helpers for the september set (stdlib only).

Everything random is drawn from a random.Random seeded per message, so one message's
bytes never depend on another's and the whole set rebuilds identically.
"""
import base64
import datetime
import hashlib
import html as _html
import quopri
import random
import string

CRLF = "\r\n"
MAILBOX = {
    "cc": "customercare@alliant-energy.com",
    "ph": "powerhousecatalog@alliant-energy.com",
}
MBNAME = {"cc": "customercare", "ph": "powerhousecatalog"}

B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits


def rng_for(key):
    seed = int(hashlib.sha256(("september-2027/" + key).encode()).hexdigest()[:16], 16)
    return random.Random(seed)


# ---------------------------------------------------------------- dates
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def parse_when(s):
    """'2027-09-07 10:14:22' (Central Daylight Time) -> aware datetime."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def rfc_date(dt, offset_hours=-5, pad=False, zone_comment=False):
    t = dt.astimezone(datetime.timezone(datetime.timedelta(hours=offset_hours)))
    sign = "-" if offset_hours < 0 else "+"
    off = "%s%02d00" % (sign, abs(offset_hours))
    day = ("%2d" % t.day) if pad else str(t.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAY[t.weekday()], day, MON[t.month - 1], t.year,
                                            t.hour, t.minute, t.second, off)
    if zone_comment:
        s += " (CDT)" if offset_hours == -5 else " (UTC)"
    return s


def plus(dt, seconds):
    return dt + datetime.timedelta(seconds=seconds)


# ---------------------------------------------------------------- headers
def rand(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text, charset="UTF-8", enc="B", maxlen=75):
    """RFC 2047 encoded words, split so each stays within maxlen; joined by CRLF SP."""
    words = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if enc == "B":
            payload = base64.b64encode(trial.encode(charset)).decode()
        else:
            payload = q_encode(trial, charset)
        if len("=?%s?%s?%s?=" % (charset, enc, payload)) > maxlen and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if enc == "B":
            payload = base64.b64encode(w.encode(charset)).decode()
        else:
            payload = q_encode(w, charset)
        out.append("=?%s?%s?%s?=" % (charset, enc, payload))
    return (CRLF + " ").join(out)


def q_encode(text, charset):
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c in ALNUM or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def addr(name, email, charset="UTF-8", enc="B"):
    if not name:
        return email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), email)
    if any(c in name for c in ',.;:@()[]"'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def subj(text, charset="UTF-8", enc="Q"):
    if is_ascii(text):
        return text
    return ew(text, charset, enc)


def fold(name, value, width=78):
    """Fold an unstructured/structured ASCII header at spaces. Keeps existing CRLF folds."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return CRLF.join(lines)


def b64blob(r, nbytes, width=None):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def fold_b64(prefix, blob, first=60, width=72, indent="\t "):
    """Fold a long base64 blob (DKIM b=, bh=) the way signers do."""
    parts = [blob[:first]]
    rest = blob[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return prefix + (CRLF + indent).join(parts)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, parts=None,
                 headers=None, disposition=None, filename=None, boundary=None, raw=None):
        self.ctype = ctype
        self.body = body          # str for text leaves
        self.raw = raw            # bytes payload for binary leaves
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.parts = parts
        self.headers = headers or []
        self.disposition = disposition
        self.filename = filename
        self.boundary = boundary


def txt(body, charset="utf-8", cte=None, flowed=False, delsp=False, ctype="text/plain", params=None,
        headers=None, qcs=True):
    p = [("charset", charset)] if charset else []
    if flowed:
        p.append(("format", "flowed"))
        if delsp:
            p.append(("delsp", "yes"))
    p += params or []
    part = Part(ctype, body=body, charset=charset, cte=cte, params=p, headers=headers)
    part.qcs = qcs
    return part


def html(body, charset="utf-8", cte=None, qcs=True):
    part = Part("text/html", body=body, charset=charset, cte=cte, params=[("charset", charset)])
    part.qcs = qcs
    return part


def multi(subtype, parts, params=None, boundary=None, bstyle=None, preamble=None):
    p = Part("multipart/" + subtype, parts=parts, params=params or [], boundary=boundary)
    p.bstyle = bstyle
    p.preamble = preamble
    return p


def attach(ctype, raw, filename, disposition="attachment", cte="base64", params=None):
    return Part(ctype, raw=raw, cte=cte, params=params if params is not None else [("name", filename)], disposition=disposition,
                filename=filename)


def _encode_text(part):
    """Return (cte, list-of-lines) for a text leaf."""
    charset = part.charset or "us-ascii"
    text = part.body.replace("\r\n", "\n")
    data = text.encode(charset)
    cte = part.cte
    if cte is None:
        long_line = any(len(l) > 76 for l in text.split("\n"))
        if data.isascii() and not long_line:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        lines = data.decode(charset).split("\n")
        out = lines
        encoded = "\n".join(out).encode(charset)
        return cte, encoded.split(b"\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        # quopri leaves a final line without '\n'; keep body shape
        return cte, enc.split(b"\n")
    if cte == "base64":
        enc = base64.encodebytes(data).rstrip(b"\n")
        return cte, enc.split(b"\n")
    raise ValueError(cte)


def _param_str(params, quote_cs=True):
    out = []
    for k, v in params:
        if k == "charset" and v:
            out.append('%s="%s"' % (k, v) if quote_cs else "%s=%s" % (k, v))
        elif k == "boundary" or any(c in v for c in ' ()<>@,;:\\"/[]?=') or v == "":
            out.append('%s="%s"' % (k, v))
        else:
            out.append("%s=%s" % (k, v))
    return out


def content_type_line(part):
    ps = _param_str(part.params, getattr(part, "qcs", True))
    line = "Content-Type: " + part.ctype
    for p in ps:
        if len(line.split(CRLF)[-1]) + len(p) + 2 > 76:
            line += ";" + CRLF + "\t" + p
        else:
            line += "; " + p
    return line


def serialize(part, r, top=True):
    """Return (header_lines:list[bytes], body_lines:list[bytes])."""
    hdrs = []
    if part.parts is not None:
        if not part.boundary:
            part.boundary = _boundary(r, getattr(part, "bstyle", None))
        part.params = part.params + [("boundary", part.boundary)]
        hdrs.append(content_type_line(part).encode())
        for h in part.headers:
            hdrs.append(h.encode())
        body = []
        preamble = getattr(part, "preamble", None)
        if preamble is not None:
            body += [l.encode() for l in preamble.split("\n")]
        for sub in part.parts:
            body.append(("--" + part.boundary).encode())
            sh, sb = serialize(sub, r, top=False)
            body += sh
            body.append(b"")
            body += sb
        body.append(("--" + part.boundary + "--").encode())
        body.append(b"")
        return hdrs, body
    hdrs.append(content_type_line(part).encode())
    if part.raw is not None:
        cte = part.cte or "base64"
        if cte == "base64":
            lines = base64.encodebytes(part.raw).rstrip(b"\n").split(b"\n")
        elif cte == "7bit":
            lines = part.raw.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n")
        else:
            raise ValueError(cte)
        if cte != "7bit" or part.ctype not in ("message/delivery-status", "text/rfc822-headers",
                                                "message/disposition-notification", "message/rfc822"):
            hdrs.append(("Content-Transfer-Encoding: " + cte).encode())
        for h in part.headers:
            hdrs.append(h.encode())
        if part.disposition:
            d = "Content-Disposition: " + part.disposition
            if part.filename:
                d += '; filename="%s"' % part.filename
            hdrs.append(d.encode())
        return hdrs, lines
    cte, lines = _encode_text(part)
    hdrs.append(("Content-Transfer-Encoding: " + cte).encode())
    for h in part.headers:
        hdrs.append(h.encode())
    if part.disposition:
        d = "Content-Disposition: " + part.disposition
        if part.filename:
            d += '; filename="%s"' % part.filename
        hdrs.append(d.encode())
    return hdrs, lines


def _boundary(r, style=None):
    style = style or r.choice(["gmail", "tb"])
    if style == "gmail":
        return "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(16))
    if style == "apple":
        return "Apple-Mail=_" + "-".join(
            "".join(r.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    if style == "outlook":
        return "_000_" + rand(r, 36, string.ascii_uppercase + string.digits) + "namp_"
    return "------------" + rand(r, 24)


# ---------------------------------------------------------------- text -> HTML for clients
def to_html(text, style="gmail"):
    """Turn a plain body into the HTML twin a client would send. Quoted '>' runs become blockquotes."""
    lines = text.replace("\r\n", "\n").split("\n")
    out = []
    in_q = False
    qbuf = []

    def flush_q():
        if not qbuf:
            return
        inner = "<br>".join(_html.escape(l[1:].lstrip(" ")) if l.startswith(">") else _html.escape(l)
                            for l in qbuf)
        if style == "gmail":
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
        else:
            out.append('<blockquote type="cite">' + inner + "</blockquote>")
        qbuf.clear()

    for l in lines:
        if l.startswith(">"):
            qbuf.append(l)
            continue
        flush_q()
        if style == "gmail":
            out.append("<div>%s</div>" % (_html.escape(l) if l else "<br>"))
        elif style == "outlook":
            out.append('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                       'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                       % (_html.escape(l) if l else "<br>"))
        elif style == "yahoo":
            out.append("<div>%s</div>" % (_html.escape(l) if l else "<br clear=\"none\">"))
        else:
            out.append("<div>%s</div>" % (_html.escape(l) if l else "<br>"))
    flush_q()
    body = "\n".join(out)
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    if style == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n' + body + "\n</body>\n</html>\n")
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f1c2e7ayahoo-style-wrap" style="font-family:'
                'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + body +
                "</div></body></html>")
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + body + "</body></html>")
    return "<html><body>\n" + body + "\n</body></html>\n"


def build_bytes(header_lines, body_part, r):
    """header_lines: list[str] already folded (may contain CRLF). Returns the message bytes."""
    ch, cb = serialize(body_part, r)
    out = []
    for h in header_lines:
        out.append(h.encode("ascii"))
    return ch, cb, out


def assemble(header_strs, content_hdr_bytes, body_lines, content_pos=None):
    """Join header strings (ASCII) + content headers + blank + body lines with CRLF."""
    hb = [h.encode("ascii") for h in header_strs]
    if content_pos is None:
        hb += content_hdr_bytes
    else:
        hb = hb[:content_pos] + content_hdr_bytes + hb[content_pos:]
    data = b"\r\n".join(hb) + b"\r\n\r\n" + b"\r\n".join(body_lines)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data
