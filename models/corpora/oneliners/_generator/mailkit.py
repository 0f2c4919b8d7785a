"""Low-level helpers: dates, ids, header encoding, MIME parts, Received chains.

Standard library only. Every random choice goes through a random.Random that the
caller seeds per message, so a rebuild gives the same bytes.
"""
import base64
import datetime as dt
import quopri
import textwrap

OUR_MX = "mx1.alliant-energy.com"
OUR_MX_IP = "199.47.214.20"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


# ---------------------------------------------------------------- dates
def central(d):
    """Attach US Central offset (CDT until 1 Nov 2026 02:00, CST after)."""
    if d < dt.datetime(2026, 11, 1, 2, 0):
        return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-6)))


def tzname(d):
    return "CDT" if d.utcoffset() == dt.timedelta(hours=-5) else "CST"


def rfc_date(d, zone_comment=False):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)
    if zone_comment:
        s += " (%s)" % tzname(d)
    return s


def utc(d):
    return d.astimezone(dt.timezone.utc)


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


# ---------------------------------------------------------------- ids
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rhex(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n):
    return "".join(r.choice(ALNUM) for _ in range(n))


def uuid(r, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (rhex(r, 8), rhex(r, 4), rhex(r, 3), r.choice("89ab"), rhex(r, 3), rhex(r, 12))
    return s.upper() if upper else s


def rdigits(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- header encoding
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_word(s, charset="utf-8", enc="Q"):
    """RFC 2047 encoded-word(s); falls back to plain text when ASCII."""
    if is_ascii(s):
        return s
    raw = s.encode(charset)
    if enc.upper() == "B":
        # split into chunks that stay under 75 chars per word
        words = []
        chunk = b""
        for ch in s:
            b = ch.encode(charset)
            if len(base64.b64encode(chunk + b)) > 45:
                words.append(chunk)
                chunk = b
            else:
                chunk += b
        if chunk:
            words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)
    out = []
    for byte in raw:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    # split into words of at most ~60 encoded chars without breaking an escape
    words, cur = [], ""
    i = 0
    while i < len(out):
        tok = out[i]
        if len(cur) + len(tok) > 58:
            words.append(cur)
            cur = ""
        cur += tok
        i += 1
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)


def fmt_addr(name, email, charset="utf-8", enc="Q", quote=False):
    if not name:
        return email if not quote else "<%s>" % email
    if not is_ascii(name):
        return "%s <%s>" % (encode_word(name, charset, enc), email)
    if quote or any(c in name for c in ',.;:@()<>[]"'):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def fold(name, value):
    """Fold a long unstructured header value at spaces (simple, RFC 5322 compliant)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    """Return the encoded body text (LF line ends; CRLF added at assembly)."""
    if cte in ("7bit", "8bit"):
        return text
    data = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        b = base64.b64encode(data).decode("ascii")
        return "\n".join(textwrap.wrap(b, 76)) if b else ""
    if cte == "quoted-printable":
        enc = quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")
        return enc
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="7bit", params="", extra=None):
    """A leaf MIME part: (headers, body)."""
    hdr = ["Content-Type: %s; charset=\"%s\"%s" % (ctype, charset, params)]
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        hdr.extend(extra)
    return ("\n".join(hdr), encode_body(text, charset, cte))


def leaf_raw(header_lines, body):
    return ("\n".join(header_lines), body)


def multipart(subtype, parts, boundary, params="", preamble=None):
    hdr = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    body = []
    if preamble:
        body.append(preamble)
        body.append("")
    for ph, pb in parts:
        body.append("--" + boundary)
        body.append(ph)
        body.append("")
        body.append(pb)
    body.append("--" + boundary + "--")
    body.append("")
    return (hdr, "\n".join(body))


def assemble(headers, part):
    """headers: list of header lines (already folded); part: (content headers, body)."""
    ph, pb = part
    lines = list(headers)
    if not any(h.lower().startswith("mime-version:") for h in lines):
        lines.append("MIME-Version: 1.0")
    lines.append(ph)
    raw = "\n".join(lines) + "\n\n" + pb
    if not raw.endswith("\n"):
        raw += "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_to_html(text, tag="div", empty="<br>"):
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            out.append("<%s>%s</%s>" % (tag, html_escape(ln), tag))
        else:
            out.append("<%s>%s</%s>" % (tag, empty, tag))
    return "".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# ---------------------------------------------------------------- received chains
def received_ours(helo, ip, d, rcpt, r, tls=True):
    qid = rhex(r, 11, upper=True)
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, helo, ip, OUR_MX, "ESMTPS" if tls else "ESMTP", qid, rcpt, rfc_date(d, True)))


def assemble_raw(headers, part):
    """headers already include the Content-Type (and CTE) lines."""
    raw = "\n".join(headers) + "\n\n" + part[1]
    if not raw.endswith("\n"):
        raw += "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")
