"""Small mail-building module for the `plainvoices` set (standard library only).

Every message is described by a spec dict (see specs_*.py); build_message(spec) returns the raw
bytes (CRLF line endings) as an IMAP server would hand them out.  All randomness comes from a
random.Random seeded from the spec id, so the output is byte-for-byte reproducible.
"""
import base64
import datetime as dt
import hashlib
import io
import random
import re
import zipfile
import zlib

CRLF = "\r\n"
DOMAIN = "alliant-energy.com"
MBX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------------------------------- time
def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def us_dst(local):
    """True if a US local wall-clock datetime is in daylight time."""
    start = dt.datetime.combine(_nth_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_nth_sunday(local.year, 11, 1), dt.time(2))
    return start <= local < end


def eu_dst(utc):
    def last_sunday(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    start = dt.datetime.combine(last_sunday(utc.year, 3), dt.time(1))
    end = dt.datetime.combine(last_sunday(utc.year, 10), dt.time(1))
    return start <= utc < end


US_ZONES = {"eastern": (-5, "EST", "EDT"), "central": (-6, "CST", "CDT"),
            "mountain": (-7, "MST", "MDT"), "pacific": (-8, "PST", "PDT")}


def central_to_utc(local):
    off = -5 if us_dst(local) else -6
    return local - dt.timedelta(hours=off)


def render(utc, zone, with_abbr=False):
    """Render a UTC datetime in a zone: 'central', 'utc', '+0300', 'madrid', ..."""
    abbr = None
    if zone in US_ZONES:
        base, std, dst_ = US_ZONES[zone]
        guess = utc + dt.timedelta(hours=base + 1)
        is_dst = us_dst(guess)
        off = base + (1 if is_dst else 0)
        abbr = dst_ if is_dst else std
        offmin = off * 60
    elif zone == "utc":
        offmin, abbr = 0, "UTC"
    elif zone == "madrid":
        offmin = 120 if eu_dst(utc) else 60
    elif re.fullmatch(r"[+-]\d{4}", zone):
        sign = 1 if zone[0] == "+" else -1
        offmin = sign * (int(zone[1:3]) * 60 + int(zone[3:5]))
    else:
        raise ValueError(zone)
    loc = utc + dt.timedelta(minutes=offmin)
    sign = "+" if offmin >= 0 else "-"
    o = abs(offmin)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[loc.weekday()], loc.day, MONTHS[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if with_abbr and abbr:
        s += " (%s)" % abbr
    return s


def parse_local(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt)


# ------------------------------------------------------------------------------------- encoding
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def qp_encode(data: bytes) -> str:
    """Quoted-printable body encoding (RFC 2045), lines joined with CRLF."""
    out_lines = []
    for raw in data.split(b"\n"):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if b in (9, 32):
                toks.append("=%02X" % b if last else chr(b))
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        line = ""
        for t in toks:
            if len(line) + len(t) > 75:
                out_lines.append(line + "=")
                line = ""
            line += t
        out_lines.append(line)
    return CRLF.join(out_lines)


def b64_body(data: bytes, width=76) -> str:
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) if s else ""


def encode_word(text, charset="utf-8", mode="B", maxlen=75):
    """Encode a header phrase as one or more RFC 2047 encoded words (list of words)."""
    words = []
    chunk = ""
    def enc(piece):
        b = piece.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        q = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                q += "_"
            elif c.isalnum() and byte < 128:
                q += c
            elif c in "!*+-/" and byte < 128:
                q += c
            else:
                q += "=%02X" % byte
        return "=?%s?Q?%s?=" % (charset, q)
    for ch in text:
        if len(enc(chunk + ch)) > maxlen:
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(enc(chunk))
    return words


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset="utf-8", mode="B"):
    if not name:
        return addr
    if not is_ascii(name):
        return " ".join(encode_word(name, charset, mode)) + " <%s>" % addr
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def fmt_addrs(lst, charset="utf-8", mode="B"):
    return ", ".join(fmt_addr(n, a, charset, mode) for n, a in lst)


def fold(name, value):
    """Fold a header at spaces so that lines stay under ~78 chars."""
    line = name + ": "
    out = []
    for i, tok in enumerate(value.split(" ")):
        if len(line) + len(tok) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip(" "))
    return CRLF.join(out)


def subject_header(subj, charset="utf-8", mode="B"):
    if is_ascii(subj):
        return fold("Subject", subj)
    words = encode_word(subj, charset, mode)
    return "Subject: " + (CRLF + " ").join(words)


# ---------------------------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers = headers          # list of raw header lines (already folded)
        self.body = body                # str (already transfer-encoded, CRLF)
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble

    def serialize(self):
        out = CRLF.join(self.headers) + CRLF + CRLF
        if self.children:
            if self.preamble:
                out += self.preamble + CRLF
            for c in self.children:
                out += "--" + self.boundary + CRLF + c.serialize() + CRLF
            out += "--" + self.boundary + "--" + CRLF
        else:
            out += self.body
            if not out.endswith(CRLF):
                out += CRLF
        return out


def norm(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def flow(text, width=72):
    """format=flowed wrapping (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte=None, flowed=False,
              delsp=False, extra_params="", quote_charset=True, disposition=None):
    if flowed:
        text = flow(text)
    data = norm(text).encode(charset, errors="strict") if charset else norm(text).encode("ascii")
    if cte is None:
        if all(b < 128 for b in data) and max((len(l) for l in data.split(b"\r\n")), default=0) < 990:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = data.decode(charset or "ascii")
        assert max(len(l.encode(charset or "ascii")) for l in body.split(CRLF)) <= 998
    elif cte == "quoted-printable":
        body = qp_encode(data)
    elif cte == "base64":
        body = b64_body(data)
    else:
        raise ValueError(cte)
    cs = ('"%s"' % charset) if quote_charset else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    ct += extra_params
    hdrs = [fold("Content-Type", ct[len("Content-Type: "):]), "Content-Transfer-Encoding: " + cte]
    if disposition:
        hdrs.append(disposition)
    return Part(hdrs, body)


def raw_part(ctype_line, data: bytes, filename=None, cte="base64", disposition="attachment",
             extra=None):
    hdrs = [ctype_line]
    if filename:
        hdrs.append('Content-Disposition: %s; filename="%s"' % (disposition, filename))
    hdrs.append("Content-Transfer-Encoding: " + cte)
    if extra:
        hdrs += extra
    if cte == "base64":
        body = b64_body(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        body = norm(data.decode("utf-8"))
    return Part(hdrs, body)


def multipart(subtype, children, boundary, params="", preamble=None):
    ct = 'Content-Type: multipart/%s;%s boundary="%s"%s' % (
        subtype, "" if not params else " " + params + ";", boundary, "")
    ct = fold("Content-Type", ct[len("Content-Type: "):])
    return Part([ct], children=children, boundary=boundary, preamble=preamble)


# ------------------------------------------------------------------------------------ HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, style="gmail"):
    """Turn the plain text of a message into the HTML a mail client would send alongside it."""
    lines = text.split("\n")
    html = []
    quote_depth = 0
    para = []

    def flush():
        if para:
            if style == "gmail":
                html.append("<div>" + "<br>".join(esc(l) for l in para) + "</div>")
            elif style == "outlook":
                for l in para:
                    html.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "&nbsp;"))
            else:
                html.append("<p>" + "<br>\r\n".join(esc(l) for l in para) + "</p>")
            para.clear()

    for l in lines:
        depth = 0
        s = l
        while s.startswith(">"):
            depth += 1
            s = s[1:].lstrip(" ") if s.startswith("> ") or s.startswith(">") else s
        if depth != quote_depth:
            flush()
            while quote_depth < depth:
                html.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quote_depth += 1
            while quote_depth > depth:
                html.append("</blockquote>")
                quote_depth -= 1
        if s.strip() == "":
            flush()
            if style == "gmail":
                html.append("<div><br></div>")
            elif style == "outlook":
                html.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            para.append(s)
    flush()
    while quote_depth > 0:
        html.append("</blockquote>")
        quote_depth -= 1
    inner = "\r\n".join(html)
    if style == "gmail":
        return '<div dir="ltr">' + inner + "</div>\r\n"
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=%s">\r\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
                '<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:Aptos;}\r\np.MsoNormal, li.MsoNormal, '
                'div.MsoNormal\r\n\t{margin:0in;\r\n\tfont-size:11.0pt;\r\n\tfont-family:"Aptos",sans-serif;}\r\n--></style>\r\n'
                '</head>\r\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\r\n'
                '<div class="WordSection1">\r\n' + inner + "\r\n</div>\r\n</body>\r\n</html>\r\n")
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp2f8a1c3eyahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">' + inner + "</div></body></html>\r\n")
    return "<html>\r\n<head>\r\n<meta charset=\"utf-8\">\r\n</head>\r\n<body>\r\n" + inner + "\r\n</body>\r\n</html>\r\n"


# ------------------------------------------------------------------------------------ ICS
def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return (CRLF + " ").join(out)


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_CHICAGO = """BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_GOOGLE = """BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def build_ics(ev, stamp_utc):
    """ev: dict(method, uid, summary, start, end (Central local 'YYYY-MM-DD HH:MM'), organizer=(name, addr),
    attendees=[(name, addr, partstat)], location, description, sequence, status, style='outlook'|'google',
    rrule)"""
    style = ev.get("style", "outlook")
    tzid = "Central Standard Time" if style == "outlook" else "America/Chicago"
    L = ["BEGIN:VCALENDAR"]
    L.append("METHOD:" + ev["method"])
    if style == "outlook":
        L.append("PRODID:Microsoft Exchange Server 2010")
    else:
        L.append("PRODID:-//Google Inc//Google Calendar 70.9054//EN")
    L.append("VERSION:2.0")
    if style == "google":
        L.append("CALSCALE:GREGORIAN")
    L += (VTZ_CHICAGO if style == "outlook" else VTZ_GOOGLE).split("\n")
    L.append("BEGIN:VEVENT")
    on, oa = ev["organizer"]
    L.append('ORGANIZER;CN=%s:mailto:%s' % (on if style == "outlook" else '"%s"' % on if False else on, oa))
    for n, a, ps in ev.get("attendees", []):
        if style == "outlook":
            L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (ps, n, a))
        else:
            L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                     % (ps, n, a))
    if ev.get("description"):
        L.append("DESCRIPTION;LANGUAGE=en-US:" + ics_text(ev["description"]) if style == "outlook"
                 else "DESCRIPTION:" + ics_text(ev["description"]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY;LANGUAGE=en-US:" + ics_text(ev["summary"]) if style == "outlook"
             else "SUMMARY:" + ics_text(ev["summary"]))
    def loc(s):
        d = parse_local(s)
        return d.strftime("%Y%m%dT%H%M%S")
    L.append("DTSTART;TZID=%s:%s" % (tzid, loc(ev["start"])))
    L.append("DTEND;TZID=%s:%s" % (tzid, loc(ev["end"])))
    L.append("CLASS:PUBLIC")
    L.append("PRIORITY:5")
    L.append("DTSTAMP:" + stamp_utc.strftime("%Y%m%dT%H%M%SZ"))
    L.append("TRANSP:OPAQUE")
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    if ev.get("location"):
        L.append("LOCATION;LANGUAGE=en-US:" + ics_text(ev["location"]) if style == "outlook"
                 else "LOCATION:" + ics_text(ev["location"]))
    if style == "outlook":
        L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("sequence", 0))
        L.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
        L.append("X-MICROSOFT-CDO-IMPORTANCE:1")
        L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        if ev["method"] == "REQUEST":
            L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return CRLF.join(ics_fold(l) for l in L) + CRLF


# ------------------------------------------------------------------------------- attachments
def fake_docx(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
        add("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.'
            'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(p) for p in text.split("\n"))
        add("word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.'
            'org/wordprocessingml/2006/main"><w:body>' + paras + "</w:body></w:document>")
    return buf.getvalue()


def fake_pdf(text):
    lines = text.split("\n")
    stream = "BT /F1 10 Tf 50 750 Td 12 TL\n" + "\n".join(
        "(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "\nET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


# ------------------------------------------------------------------------------- random bits
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def fold_b64(prefix, s, indent="\t", width=72):
    """Fold a long base64 value (DKIM b=) into continuation lines."""
    out = [prefix + s[:width - len(prefix)]]
    s = s[width - len(prefix):]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return (CRLF).join(out)


def dkim(rng, d, s, h, body, t=None, extra="", indent="\t", a="rsa-sha256"):
    bh = base64.b64encode(hashlib.sha256(body.encode("utf-8", "replace")).digest()).decode()
    bits = ["v=1;", "a=%s;" % a, "c=relaxed/relaxed;", "d=%s;" % d, "s=%s;" % s]
    if t:
        bits.append("t=%d;" % t)
    if extra:
        bits += extra.split(" ")
    bits.append("h=%s;" % h)
    bits.append("bh=%s;" % bh)
    line = "DKIM-Signature:"
    lines = []
    for b in bits:
        if len(line) + len(b) + 1 > 76:
            lines.append(line)
            line = indent + b
        else:
            line += " " + b
    sig = rs(rng, 342, B64) + "=="
    line += " b="
    room = 76 - len(line)
    line += sig[:room]
    sig = sig[room:]
    lines.append(line)
    while sig:
        lines.append(indent + " " + sig[:70])
        sig = sig[70:]
    return CRLF.join(lines)


def fold_semicolon(name, parts, indent="\t"):
    return (name + ": " + parts[0] + (";" if len(parts) > 1 else "") +
            "".join(CRLF + indent + p + (";" if i < len(parts) - 2 else "") for i, p in enumerate(parts[1:])))


def ts(utc):
    return int((utc - dt.datetime(1970, 1, 1)).total_seconds())


# --------------------------------------------------------------------------------- profiles
class Ctx:
    pass


def _auth(ctx, rng, dkim_d=None, dkim_res="pass", spf="pass", dmarc="pass", ip=None, from_dom=None,
          mailfrom=None, arc=False, selector_b=True, extra=None, policy="p=NONE sp=NONE dis=NONE"):
    mx = ctx.mx
    parts = [mx + ".alliant-energy.com"]
    if dkim_d:
        parts.append('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                     % (dkim_res, dkim_d, dkim_d, rs(rng, 8)))
    else:
        parts.append("dkim=none")
    mf = mailfrom or ctx.envelope
    mfd = mf.split("@")[-1] if mf else from_dom
    if spf == "pass":
        parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mx, mf, ip, mf))
    elif spf == "softfail":
        parts.append("spf=softfail (%s.alliant-energy.com: domain of transitioning %s does not designate %s as "
                     "permitted sender) smtp.mailfrom=%s" % (mx, mf, ip, mf))
    elif spf == "fail":
        parts.append("spf=fail (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender) "
                     "smtp.mailfrom=%s" % (mx, mf, ip, mf))
    elif spf == "none":
        parts.append("spf=none (%s.alliant-energy.com: %s does not designate permitted sender hosts) smtp.mailfrom=%s"
                     % (mx, mfd, mf))
    if dmarc:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom or ctx.from_dom))
    if extra:
        parts += extra
    return fold_semicolon("Authentication-Results", parts)


def _rcv(ctx, helo, rdns, ip, tls=True, proto="ESMTPS"):
    idv = rs(ctx.rng, 4, "0123456789") + rs(ctx.rng, 9, UPALNUM)
    return ("Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with %s id 4%s%s\tfor <%s>; %s"
            % (helo, rdns, ip, CRLF, ctx.mx, proto if tls else "ESMTP", "Z" + rs(ctx.rng, 12, ALNUM), CRLF,
               ctx.mailbox_addr, render(ctx.t_mx, "central", True)))


def _rcv_mbx(ctx):
    ip = "10.41.8.%d" % (21 if ctx.mx == "mx1" else 22)
    return ("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])%s\tby mbx01.alliant-energy.com "
            "(Postfix) with ESMTPS id %s%s\tfor <%s>; %s"
            % (ctx.mx, ctx.mx, ip, CRLF, rs(ctx.rng, 11, "0123456789ABCDEF"), CRLF, ctx.mailbox_addr,
               render(ctx.t_mbx, "central", True)))


def p_gmail(ctx, spec, rng):
    dom = spec.get("dkim_d", "gmail.com")
    n = rng.randint(10, 230)
    host = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "yw1", "pl1", "oi1", "ua1", "ej1", "qv1", "il1", "vs1"]), n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 166, 167, 208, 210, 214, 219, 222]), n)
    google_when = render(ctx.t_send, "pacific", True)
    sid = "%s-%s%sso%d%s.%d" % (rs(rng, 2, "0123456789") + rs(rng, 1, "abcdef") + rs(rng, 2, "0123456789"),
                                rs(rng, 14, "0123456789abcdef"), "", rng.randint(100000, 9999999),
                                rs(rng, 2, "abcdef0123456789"), rng.randint(0, 9))
    pre = [
        "Received: by %s with SMTP id %s%s        for <%s>; %s" % (host, sid, CRLF, ctx.mailbox_addr, google_when),
        dkim(rng, dom, "20230601" if dom == "gmail.com" else "google", "to:subject:message-id:date:from:in-reply-to:"
             "references:mime-version:from:to:cc:subject:date:message-id:reply-to", ctx.body_for_hash,
             t=ts(ctx.t_send), extra="x=%d; darn=alliant-energy.com;" % (ts(ctx.t_send) + 604800), indent="        "),
        dkim(rng, "1e100.net", "20230601", "x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
             ctx.body_for_hash, t=ts(ctx.t_send), extra="x=%d;" % (ts(ctx.t_send) + 604800),
             indent="        ").replace("DKIM-Signature:", "X-Google-DKIM-Signature:", 1),
        "X-Gm-Message-State: AOJu0Y%s%s\t%s" % (rs(rng, 60, B64), CRLF, rs(rng, 30, B64) + "=="),
        "X-Gm-Gg: ASbGnc%s%s\t%s" % (rs(rng, 60, B64), CRLF, rs(rng, 64, B64)),
        "X-Google-Smtp-Source: AGHT+I%s==" % rs(rng, 58, B64),
        "X-Received: by 2002:a05:%d:%s:b0:%s:%s:%s with SMTP id %s;%s        %s" % (
            rng.randint(6000, 6999), rs(rng, 4, HEX), rs(rng, 3, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX),
            rs(rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789") + ".%d.%d" % (rng.randint(1, 99), ts(ctx.t_send) * 1000 + rng.randint(0, 999)),
            CRLF, google_when),
    ]
    msgid = "<CA%s@mail.gmail.com>" % (rs(rng, 1, "ADEHJKLMNP") + "+" + rs(rng, 44, ALNUM + "-_") + "=" + rs(rng, 6, ALNUM))
    return dict(
        mx_rcv=_rcv(ctx, host, host, ip),
        auth=_auth(ctx, rng, dkim_d=dom, ip=ip, from_dom=dom,
                   policy="p=NONE sp=QUARANTINE dis=NONE" if dom == "gmail.com" else "p=NONE dis=NONE"),
        pre=pre, msgid=msgid,
        order=["MIME-Version", "References", "In-Reply-To", "Reply-To", "From", "Date", "X-Gm-Features",
               "Message-ID", "Subject", "To", "Cc", "CT"],
        static={"X-Gm-Features": "AQt7F2q%s" % rs(rng, 40, ALNUM + "_-")} if rng.random() < 0.6 else {},
        zone=spec.get("tz", "central"), mime="1.0",
        fmt="alt", charset="UTF-8", html="gmail", boundary="0000000000%s" % rs(rng, 18, HEX),
    )


def _ms_ids(rng, prefix=None):
    prefix = prefix or rng.choice(["BN0PR", "CH2PR", "DM6PR", "SA1PR", "MN2PR", "PH0PR", "CY8PR", "DS7PR", "IA1PR"])
    server = "%s%02dMB%04d" % (prefix, rng.randint(1, 22), rng.randint(1000, 9999))
    region = rng.choice(["namprd04", "namprd05", "namprd11", "namprd12", "namprd13", "namprd19", "namprd20"])
    return server, region


def p_outlook(ctx, spec, rng, consumer=False):
    """Exchange Online: business tenants (o365) and consumer Outlook.com/Hotmail."""
    server, region = _ms_ids(rng)
    dom = ctx.from_dom
    if consumer:
        edge = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12), rng.choice(["DM6", "BN8", "CO1", "SN1", "MW2"]))
        rdns = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (rng.choice(["dm6", "bn8", "co1", "mw2"]), rng.randint(2, 12), rng.randint(10, 99))
        ip = "40.92.%d.%d" % (rng.randint(16, 60), rng.randint(10, 250))
        sel = "selector1"
    else:
        edge = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12), rng.choice(["DM6", "BN8", "CO1", "SN1", "MW2", "BN1"]))
        rdns = "mail-%snam%02don20%02d.outbound.protection.outlook.com" % (rng.choice(["dm6", "bn8", "co1", "mw2", "bn1"]), rng.randint(2, 12), rng.randint(10, 99))
        ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(10, 250))
        sel = "selector2-" + dom.replace(".", "-") + "0i"
    dkim_d = dom if not consumer else dom
    t = render(ctx.t_send, "utc")
    mid_server = "%s.%s.prod.outlook.com" % (server, region)
    msgid = "<%s%s%s@%s>" % (server, rs(rng, 1, "ABCDEF0123456789"), rs(rng, 26, "0123456789ABCDEF"), mid_server)
    if "msgid_override" in spec:
        msgid = spec["msgid_override"]
    pre = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
        fold_b64(" b=", rs(rng, 340, B64) + "==", indent=" "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
        " s=arcselector10001;" + CRLF +
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
        " bh=" + base64.b64encode(hashlib.sha256(ctx.body_for_hash.encode("utf-8", "replace")).digest()).decode() + ";" + CRLF +
        fold_b64(" b=", rs(rng, 340, B64) + "==", indent=" "),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF + " dkim=none; arc=none",
        dkim(rng, dkim_d, sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
             ctx.body_for_hash, indent=" "),
        "Received: from %s (2603:10b6:%s:%s::%s) by%s %s (2603:10b6:%s:%s::%s) with%s Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            server, rs(rng, 3, HEX), rs(rng, 3, HEX), rs(rng, 2, HEX), CRLF, *_ms_ids(rng)[0:1], rs(rng, 3, HEX), rs(rng, 3, HEX),
            rs(rng, 2, HEX), CRLF, CRLF, rng.randint(8400, 9200), rng.randint(10, 40), t),
        "Received: from %s ([fe80::%s:%s:%s:%s]) by%s%s ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%d; %s" % (
            server, rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), CRLF, " " + server,
            rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rng.randint(3, 7),
            rng.randint(8400, 9200), rng.randint(10, 40), t),
    ]
    static = {
        "Thread-Topic": spec.get("thread_topic", re.sub(r"^((re|fw|fwd|rv|aw):\s*)+", "", spec["subject"], flags=re.I)),
        "Thread-Index": "A" + rs(rng, 1, "QW") + "H" + rs(rng, 29, B64),
        "Accept-Language": spec.get("accept_lang", "en-US"),
        "Content-Language": spec.get("content_lang", "en-US"),
        "X-MS-Has-Attach": "yes" if spec.get("attach") else "",
        "X-MS-TNEF-Correlator": "",
        "msip_labels": "",
        "x-ms-publictraffictype": "Email",
        "x-ms-traffictypediagnostic": "%s:EE_|%s:EE_" % (server, _ms_ids(rng)[0]),
        "x-ms-exchange-antispam-messagedata-chunkcount": "1",
    }
    if consumer:
        static["x-tmn"] = "[%s]" % rs(rng, 32, ALNUM)
        static["x-ms-exchange-messagesentrepresentingtype"] = "1"
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "msip_labels", "x-ms-exchange-messagesentrepresentingtype", "x-tmn",
             "x-ms-publictraffictype", "x-ms-traffictypediagnostic",
             "x-ms-exchange-antispam-messagedata-chunkcount", "CT", "MIME-Version"]
    return dict(mx_rcv=_rcv(ctx, edge, rdns, ip),
                auth=_auth(ctx, rng, dkim_d=dkim_d, ip=ip, from_dom=dom, policy="p=NONE sp=NONE dis=NONE"),
                pre=pre, msgid=msgid, order=order, static=static, zone="utc", mime="1.0",
                fmt="alt", charset="us-ascii", cte="quoted-printable", html="outlook",
                boundary="_000_%s%s%s_" % (server, rs(rng, 26, "0123456789ABCDEF"), region + "prodoutlookcom"))


def p_o365(ctx, spec, rng):
    return p_outlook(ctx, spec, rng, consumer=False)


def p_outlookcom(ctx, spec, rng):
    return p_outlook(ctx, spec, rng, consumer=True)


def p_yahoo(ctx, spec, rng):
    n = rng.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(10, 60), rng.choice(["ne1", "bf2", "gq1"]))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(10, 250))
    dom = ctx.from_dom
    pre = [
        dkim(rng, dom, "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To", ctx.body_for_hash,
             t=ts(ctx.t_send), indent=" "),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;" % ts(ctx.t_send) + CRLF +
        " bh=" + rs(rng, 43, B64) + "=;" + CRLF + fold_b64(" b=", rs(rng, 340, B64) + "==", indent=" "),
        "X-YMail-OSG: " + rs(rng, 60, ALNUM + "._") + CRLF + " " + rs(rng, 76, ALNUM + "._") + CRLF + " " + rs(rng, 40, ALNUM + "._"),
        "X-Sonic-MF: <%s>" % ctx.from_addr,
        "X-Sonic-ID: %s-%s-%s-%s-%s" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 12, HEX)),
        "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, render(ctx.t_send, "utc")),
    ]
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 999999999), rng.randint(1000000, 9999999),
                                         ts(ctx.t_send) * 1000 + rng.randint(0, 999))
    return dict(mx_rcv=_rcv(ctx, host, host, ip),
                auth=_auth(ctx, rng, dkim_d=dom, ip=ip, from_dom=dom, policy="p=REJECT sp=REJECT dis=NONE"),
                pre=pre, msgid=msgid,
                order=["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References",
                       "Subject", "MIME-Version", "CT", "References2", "X-Mailer"],
                static={"X-Mailer": "WebService/1.1.%d YMailNorrin" % rng.choice([23187, 23369, 23533, 23713])},
                zone=spec.get("tz", "central"), mime="1.0", fmt="alt", charset="UTF-8", html="yahoo",
                boundary="----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999),
                                                 ts(ctx.t_send) * 1000 + rng.randint(0, 999)))


def p_apple(ctx, spec, rng, iphone=False):
    host = "st43p00im-ztfb%08d.me.com" % rng.randint(10000000, 19999999)
    ip = "17.58.%d.%d" % (rng.randint(0, 90), rng.randint(10, 250))
    dom = ctx.from_dom
    if dom in ("icloud.com", "me.com", "mac.com"):
        dk = "icloud.com" if dom == "icloud.com" else dom
        pre = [dkim(rng, dk, "1a1hai", "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To",
                    ctx.body_for_hash, t=ts(ctx.t_send), indent="\t"),
               "Received: from smtpclient.apple (st43p00im-ztfb%08d.me.com [17.58.%d.%d])%s\tby %s (Postfix) with "
               "ESMTPSA id %s%s\tfor <%s>; %s" % (rng.randint(10000000, 19999999), rng.randint(0, 90),
                                                    rng.randint(10, 250), CRLF, host, rs(rng, 11, "0123456789ABCDEF"),
                                                    CRLF, ctx.mailbox_addr, render(ctx.t_send, "utc"))]
        auth = _auth(ctx, rng, dkim_d=dk, ip=ip, from_dom=dom, policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
        rcv = _rcv(ctx, host, host, ip)
    else:
        # Apple Mail through the person's own ISP
        isp = spec.get("smtp_host", "smtp." + dom)
        ip = spec.get("smtp_ip", "68.%d.%d.%d" % (rng.randint(80, 120), rng.randint(0, 255), rng.randint(1, 250)))
        pre = [dkim(rng, dom, "dkim", "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To",
                    ctx.body_for_hash, t=ts(ctx.t_send)),
               "Received: from smtpclient.apple (unknown [%s])%s\tby %s with ESMTPSA id %s; %s" % (
                   "24.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 250)), CRLF, isp,
                   rs(rng, 10, ALNUM), render(ctx.t_send, "central"))]
        auth = _auth(ctx, rng, dkim_d=dom, ip=ip, from_dom=dom)
        rcv = _rcv(ctx, isp, isp, ip)
    if iphone:
        mime = "1.0 (1.0)"
        mailer = "iPhone Mail (%s)" % rng.choice(["22D82", "22E240", "22F76", "23A341", "22G86", "23B85"])
        order = ["Content-Type", "CTE", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "References",
                 "In-Reply-To", "From", "Reply-To", "To", "X-Mailer"]
    else:
        v = rng.choice(["3826.400.131.1.6", "3826.500.181.1.5", "3864.100.1.1.5", "3774.600.62"])
        mime = "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % v
        mailer = "Apple Mail (2.%s)" % v
        order = ["Content-Type", "Mime-Version", "Subject", "From", "Reply-To", "In-Reply-To", "Date", "Cc",
                 "CTE", "Message-Id", "References", "To", "X-Mailer"]
    msgid = "<%s-%s-%s-%s-%s@%s>" % (rs(rng, 8, "0123456789ABCDEF"), rs(rng, 4, "0123456789ABCDEF"),
                                     rs(rng, 4, "0123456789ABCDEF"), rs(rng, 4, "0123456789ABCDEF"),
                                     rs(rng, 12, "0123456789ABCDEF"), dom)
    return dict(mx_rcv=rcv, auth=auth, pre=pre, msgid=msgid, order=order, static={"X-Mailer": mailer},
                zone=spec.get("tz", "central"), mime=mime, fmt="plain", charset="utf-8" if iphone else "us-ascii",
                cte="quoted-printable" if iphone else None, html="apple",
                boundary="Apple-Mail=_%s-%s-%s-%s-%s" % (rs(rng, 8, "0123456789ABCDEF"), rs(rng, 4, "0123456789ABCDEF"),
                                                         rs(rng, 4, "0123456789ABCDEF"), rs(rng, 4, "0123456789ABCDEF"),
                                                         rs(rng, 12, "0123456789ABCDEF")),
                quote_cs=False, apple=True)


def p_iphone(ctx, spec, rng):
    return p_apple(ctx, spec, rng, iphone=True)


def p_isp(ctx, spec, rng, mailer=None, ua=None):
    """Small ISPs / company mail servers / webmail (Thunderbird, Roundcube, Zimbra, Open-Xchange...)."""
    dom = ctx.from_dom
    host = spec.get("smtp_host", rng.choice(["smtp", "mail", "out", "smtp-out"]) + "." + dom)
    ip = spec.get("smtp_ip", "%d.%d.%d.%d" % (rng.choice([24, 50, 64, 66, 69, 71, 96, 173, 199, 204, 206, 216]),
                                            rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)))
    client_ip = "%d.%d.%d.%d" % (rng.choice([24, 67, 73, 75, 97, 98, 172]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
    pre = []
    if spec.get("isp_dkim", True):
        pre.append(dkim(rng, dom, spec.get("dkim_s", rng.choice(["default", "mail", "dkim", "s1", "k1"])),
                        "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ctx.body_for_hash,
                        t=ts(ctx.t_send)))
    pre.append("Received: from [%s] (%s [%s])%s\tby %s with ESMTPSA id %s%s\tfor <%s>; %s" % (
        "192.168.%d.%d" % (rng.randint(0, 2), rng.randint(2, 200)), "c-%s.hsd1.ia.comcast.net" % client_ip.replace(".", "-")
        if rng.random() < 0.4 else "unknown", client_ip, CRLF, host, rs(rng, 12, ALNUM), CRLF, ctx.mailbox_addr,
        render(ctx.t_send, "central")))
    msgid = spec.get("msgid") or "<%s-%s-%s-%s@%s>" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 12, HEX), dom)
    static = {}
    if mailer:
        static["X-Mailer"] = mailer
    if ua:
        static["User-Agent"] = ua
    return dict(mx_rcv=_rcv(ctx, host, host, ip),
                auth=_auth(ctx, rng, dkim_d=dom if spec.get("isp_dkim", True) else None, ip=ip, from_dom=dom,
                           dmarc="pass" if spec.get("isp_dkim", True) else "none"),
                pre=pre, msgid=msgid,
                order=["Message-ID", "Date", "MIME-Version", "User-Agent", "Reply-To", "Subject", "To", "Cc",
                       "References", "In-Reply-To", "Content-Language", "From", "X-Mailer", "CT"],
                static=static, zone=spec.get("tz", "central"), mime="1.0", fmt="plain", charset="UTF-8",
                html="plain", boundary="------------%s" % rs(rng, 24, ALNUM))


def p_thunderbird(ctx, spec, rng):
    d = p_isp(ctx, spec, rng, ua="Mozilla Thunderbird")
    d["static"]["Content-Language"] = spec.get("content_lang", "en-US")
    d["msgid"] = "<%s-%s-%s-%s-%s@%s>" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX),
                                          rs(rng, 12, HEX), ctx.from_dom)
    d["flowed"] = True
    return d


def p_roundcube(ctx, spec, rng):
    d = p_isp(ctx, spec, rng, ua="Roundcube Webmail/1.6.%d" % rng.randint(5, 11))
    d["msgid"] = "<%s@%s>" % (rs(rng, 32, HEX), ctx.from_dom)
    d["order"] = ["MIME-Version", "Date", "From", "Reply-To", "To", "Cc", "Subject", "In-Reply-To", "References",
                  "User-Agent", "Message-ID", "X-Sender", "CT"]
    d["static"]["X-Sender"] = ctx.from_addr
    d["flowed"] = True
    return d


def p_zimbra(ctx, spec, rng):
    d = p_isp(ctx, spec, rng, mailer="Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC13%d (Win)/9.0.0_GA_4546)" % rng.randint(0, 9))
    d["msgid"] = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 999999999), rng.randint(1000, 99999),
                                                    ts(ctx.t_send) * 1000, ctx.from_dom)
    d["order"] = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                  "MIME-Version", "CT", "X-Originating-IP", "X-Mailer", "Thread-Topic", "Thread-Index"]
    d["static"].update({"X-Originating-IP": "[%d.%d.%d.%d]" % (rng.randint(24, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)),
                        "Thread-Topic": re.sub(r"^((re|fw|fwd):\s*)+", "", spec["subject"], flags=re.I),
                        "Thread-Index": rs(rng, 28, B64)})
    d["fmt"] = "alt"
    d["html"] = "plain"
    d["cte"] = "7bit"
    d["boundary"] = "=_%s-%s-%s-%s-%s" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 12, HEX))
    return d


def p_ox(ctx, spec, rng):
    d = p_isp(ctx, spec, rng)
    d["static"]["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev%d" % rng.randint(40, 72)
    d["static"]["X-Originating-Client"] = "open-xchange-appsuite"
    d["msgid"] = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(100000000, 2099999999), rng.randint(10000, 99999),
                                                     ts(ctx.t_send) * 1000 + rng.randint(0, 999))
    d["order"] = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                  "MIME-Version", "CT", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]
    d["static"].update({"X-Priority": "3", "Importance": "Normal"})
    d["fmt"] = "alt"
    d["html"] = "plain"
    d["boundary"] = "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000000, 999999999), ts(ctx.t_send) * 1000)
    return d


def p_system(ctx, spec, rng, esp="generic"):
    """Vendor / partner / ESP / ticketing systems."""
    dom = ctx.from_dom
    sdom = spec.get("send_domain", dom)
    static = {}
    pre = []
    order = ["From", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
             "MIME-Version", "CT"]
    dk = [(spec.get("dkim_d", dom), spec.get("dkim_s", "s1"))]
    if esp == "ses":
        ip = "54.240.%d.%d" % (rng.choice([8, 9, 10, 11, 27, 48]), rng.randint(10, 250))
        host = "a%d-%d.smtp-out.amazonses.com" % (rng.randint(8, 48), rng.randint(10, 250))
        mid = "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (rs(rng, 5, HEX), rs(rng, 8, HEX), rs(rng, 4, HEX),
                                                                     rs(rng, 4, HEX), rs(rng, 12, HEX))
        dk.append(("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"))
        static["Feedback-ID"] = "::1.us-east-1.%s=:AmazonSES" % rs(rng, 44, ALNUM)
        static["X-SES-Outgoing"] = "%s-%s" % (ctx.t_send.strftime("%Y.%m.%d"), ip)
        order += ["Feedback-ID", "X-SES-Outgoing"]
        envelope_default = "0100019%s-%s@amazonses.com" % (rs(rng, 5, HEX), rs(rng, 30, HEX))
    elif esp == "sendgrid":
        ip = "149.72.%d.%d" % (rng.randint(0, 250), rng.randint(10, 250))
        host = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), sdom)
        mid = "<%s@geopod-ismtpd-%d>" % (rs(rng, 22, ALNUM + "_-"), rng.randint(1, 40))
        static["X-SG-EID"] = CRLF + " =?us-ascii?Q?" + rs(rng, 60, ALNUM) + "?=" + CRLF + " =?us-ascii?Q?" + rs(rng, 60, ALNUM) + "?="
        static["X-SG-ID"] = CRLF + " =?us-ascii?Q?" + rs(rng, 60, ALNUM) + "?="
        static["X-Entity-ID"] = "u001." + rs(rng, 22, ALNUM) + "=="
        order += ["X-SG-EID", "X-SG-ID", "X-Entity-ID"]
        pre.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s%s\tfor <%s>; %s" % (
            rs(rng, 10, "0123456789abcdef"), rs(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(rng, 16, HEX),
            rng.randint(1, 40), rs(rng, 10, HEX), CRLF, ctx.mailbox_addr, render(ctx.t_send, "utc") + " (UTC)"))
        envelope_default = "bounces+%d-%s-%s=alliant-energy.com@em%d.%s" % (rng.randint(1000000, 49999999), rs(rng, 4, HEX),
                                                                           ctx.mailbox_addr.split("@")[0], rng.randint(100, 9999), sdom)
    elif esp == "mandrill":
        n = rng.randint(1, 250)
        ip = "198.2.%d.%d" % (rng.randint(128, 191), n)
        host = "mail%d-%d.suw%d.mandrillapp.com" % (rng.randint(128, 191), n, rng.randint(11, 41))
        mid = "<%s.%s@mandrillapp.com>" % (rs(rng, 32, HEX), rs(rng, 14, "0123456789"))
        dk.append(("mandrillapp.com", "mte1"))
        static["X-Mandrill-User"] = "md_%d" % rng.randint(30000000, 39999999)
        static["X-Report-Abuse"] = "Please forward a copy of this message, including all headers, to abuse@mandrill.com"
        order += ["X-Mandrill-User", "X-Report-Abuse"]
        envelope_default = "bounce-md_%d.%s.v1-%s@mandrillapp.com" % (rng.randint(30000000, 39999999), rs(rng, 8, HEX), rs(rng, 32, HEX))
    elif esp == "hubspot":
        ip = "143.244.%d.%d" % (rng.randint(80, 95), rng.randint(10, 250))
        host = "%d.%s.hubspotemail.net" % (rng.randint(1, 99), rs(rng, 4, "abcdefghijklmnopqrstuvwxyz"))
        mid = "<%d.%d@%s>" % (ts(ctx.t_send) * 1000 + rng.randint(0, 999), rng.randint(1000000, 9999999), sdom)
        dk.append(("hubspotemail.net", "hs1"))
        static["X-HS-Cid"] = rs(rng, 44, ALNUM)
        static["X-Report-Abuse-To"] = "abuse@hubspot.com"
        order += ["X-HS-Cid", "X-Report-Abuse-To"]
        envelope_default = "%d-%s@bf%02d.hubspotemail.net" % (rng.randint(1000000, 99999999), rs(rng, 28, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 99))
    else:   # the vendor's own server
        ip = spec.get("smtp_ip", "%d.%d.%d.%d" % (rng.choice([12, 63, 65, 66, 70, 104, 162, 192, 198, 199, 208, 209]),
                                                rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)))
        host = spec.get("smtp_host", rng.choice(["mail", "smtp", "relay", "mta01", "notify"]) + "." + sdom)
        mid = "<%s.%s@%s>" % (rs(rng, 14, "0123456789"), rs(rng, 10, HEX), spec.get("msgid_host", host))
        app = spec.get("app_host", "app%02d.%s" % (rng.randint(1, 9), sdom))
        pre.append("Received: from %s (%s [10.%d.%d.%d])%s\tby %s (Postfix) with ESMTP id %s%s\tfor <%s>; %s" % (
            app, app, rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250), CRLF, host, rs(rng, 10, "0123456789ABCDEF"),
            CRLF, ctx.mailbox_addr, render(ctx.t_send, spec.get("tz", "central"))))
        envelope_default = None
    for d_, s_ in reversed(dk):
        pre.insert(0, dkim(rng, d_, s_, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ctx.body_for_hash,
                           t=ts(ctx.t_send)))
    return dict(mx_rcv=_rcv(ctx, host, host, ip),
                auth=_auth(ctx, rng, dkim_d=spec.get("dkim_d", dom), ip=ip, from_dom=dom,
                           mailfrom=spec.get("envelope") or envelope_default or ctx.from_addr,
                           dmarc=spec.get("dmarc", "pass"), policy=spec.get("dmarc_policy", "p=NONE sp=NONE dis=NONE")),
                pre=pre, msgid=mid, order=order, static=static, zone=spec.get("tz", "central"), mime="1.0",
                fmt="alt", charset="utf-8", html="plain", envelope=envelope_default,
                boundary="%s%s" % (rng.choice(["----=_NextPart_", "b1_", "==BOUNDARY_", "--_mimepart_"]), rs(rng, 28, HEX)))


def p_ses(ctx, spec, rng):
    return p_system(ctx, spec, rng, "ses")


def p_sendgrid(ctx, spec, rng):
    return p_system(ctx, spec, rng, "sendgrid")


def p_mandrill(ctx, spec, rng):
    return p_system(ctx, spec, rng, "mandrill")


def p_hubspot(ctx, spec, rng):
    return p_system(ctx, spec, rng, "hubspot")


def p_vendor(ctx, spec, rng):
    return p_system(ctx, spec, rng, "generic")


def p_phish(ctx, spec, rng):
    """Spoofed or look-alike senders sent from rented or hijacked servers."""
    ip = spec.get("smtp_ip", "%d.%d.%d.%d" % (rng.choice([45, 91, 103, 141, 176, 185, 193, 194, 212]),
                                            rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)))
    host = spec.get("smtp_host", "vps%d.%s" % (rng.randint(1000, 99999), rng.choice(
        ["contaboserver.net", "hostwindsdns.com", "ip-ptr.tech", "servidoreswebs.mx", "kvmhosting.net"])))
    helo = spec.get("helo", host)
    env = spec.get("envelope", ctx.from_addr)
    spf = spec.get("spf", "softfail")
    dkim_d = spec.get("dkim_d")
    pre = []
    if dkim_d:
        pre.append(dkim(rng, dkim_d, "default", "From:To:Subject:Date:Message-ID", ctx.body_for_hash, t=ts(ctx.t_send)))
    pre.append("Received: from [127.0.0.1] (localhost [127.0.0.1])%s\tby %s with ESMTPA id %s%s\tfor <%s>; %s" % (
        CRLF, host, rs(rng, 10, ALNUM), CRLF, ctx.mailbox_addr, render(ctx.t_send, spec.get("tz", "+0300"))))
    mid = spec.get("msgid") or "<%s@%s>" % (rs(rng, 32, HEX), spec.get("msgid_host", host))
    static = {}
    if spec.get("phish_mailer", "phpmailer") == "phpmailer":
        static["X-Mailer"] = "PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)" % (rng.randint(5, 9), rng.randint(0, 3))
    elif spec.get("phish_mailer"):
        static["X-Mailer"] = spec["phish_mailer"]
    return dict(mx_rcv=_rcv(ctx, helo, host if not spec.get("no_rdns") else "unknown", ip),
                auth=_auth(ctx, rng, dkim_d=dkim_d, ip=ip, from_dom=ctx.from_dom, mailfrom=env, spf=spf,
                           dmarc=spec.get("dmarc", "fail"), policy=spec.get("dmarc_policy", "p=REJECT sp=REJECT dis=NONE"),
                           dkim_res=spec.get("dkim_res", "pass")),
                pre=pre, msgid=mid, order=["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer",
                                           "MIME-Version", "CT"],
                static=static, zone=spec.get("tz", "+0300"), mime="1.0", fmt="html", charset="utf-8",
                html="plain", envelope=env,
                boundary="b1_%s" % rs(rng, 40, ALNUM))


PROFILES = {
    "gmail": p_gmail, "o365": p_o365, "outlookcom": p_outlookcom, "yahoo": p_yahoo, "apple": p_apple,
    "iphone": p_iphone, "thunderbird": p_thunderbird, "roundcube": p_roundcube, "zimbra": p_zimbra, "ox": p_ox,
    "isp": p_isp, "ses": p_ses, "sendgrid": p_sendgrid, "mandrill": p_mandrill, "hubspot": p_hubspot,
    "vendor": p_vendor, "phish": p_phish,
}


# ------------------------------------------------------------------------------ assembling
def _cs_for(text, charset, profile):
    if charset.lower() in ("us-ascii", "ascii") and not is_ascii(text):
        try:
            text.encode("iso-8859-1")
            return "iso-8859-1"
        except UnicodeEncodeError:
            return "utf-8"
    return charset


def mdn_text_outlook(m):
    return ("Your message\n\n    To:     %s\n    Subject:  %s\n    Sent:     %s\n\nwas read on %s.\n"
            % (m["reader"], m["orig_subject"], m["orig_sent"], m["read_at"]))


def build_body(spec, prof, rng):
    fmt = spec.get("fmt", prof["fmt"])
    text = spec.get("body", "")
    charset = spec.get("charset") or _cs_for(text, prof["charset"], prof)
    cte = spec.get("cte", prof.get("cte"))
    quote_cs = prof.get("quote_cs", True)
    flowed = spec.get("flowed", prof.get("flowed", False))
    html_style = spec.get("html_style", prof["html"])
    boundary = prof["boundary"]
    nb = [0]

    def bnd():
        nb[0] += 1
        if nb[0] == 1:
            return boundary
        return boundary[:-4] + rs(rng, 4, HEX) if len(boundary) > 8 else boundary + str(nb[0])

    def plain():
        return text_part(text, "plain", charset, cte, flowed=flowed, quote_charset=quote_cs)

    def html():
        h = spec.get("html") or text_to_html(text, html_style)
        hcs = spec.get("html_charset") or (charset if charset.lower() not in ("us-ascii",) or is_ascii(h) else "utf-8")
        h = h.replace("charset=%s", "charset=" + hcs)
        hcte = spec.get("html_cte") or (cte if cte not in (None, "7bit") else ("7bit" if is_ascii(h) and
                                                                                max(len(l) for l in h.split("\n")) < 990 else "quoted-printable"))
        return text_part(h, "html", hcs, hcte, quote_charset=quote_cs)

    if fmt == "plain":
        inner = plain()
    elif fmt == "html":
        inner = html()
    elif fmt == "alt":
        b = bnd()
        inner = multipart("alternative", [plain(), html()], b)
    elif fmt == "cal":
        ev = spec["ics"]
        ics = build_ics(ev, spec["_t_send"])
        method = ev["method"]
        b = bnd()
        if ev.get("style", "outlook") == "outlook":
            calp = text_part(ics, "calendar", "utf-8", "base64" if spec.get("ics_b64") else "7bit",
                             extra_params="; method=%s" % method, quote_charset=True)
            inner = multipart("alternative", [plain(), html(), calp], b)
        else:
            calp = text_part(ics, "calendar", "UTF-8", "7bit", extra_params="; method=%s" % method)
            alt = multipart("alternative", [plain(), html(), calp], bnd())
            att = raw_part('Content-Type: application/ics; name="invite.ics"', ics.encode("utf-8"),
                           filename="invite.ics")
            inner = multipart("mixed", [alt, att], b)
    elif fmt == "mdn":
        m = spec["mdn"]
        b = bnd()
        human = text_part(m.get("human") or mdn_text_outlook(m), "plain", m.get("charset", "utf-8"),
                          m.get("cte"), quote_charset=quote_cs)
        fields = m["fields"]
        dn = Part(["Content-Type: message/disposition-notification"], norm(fields))
        kids = [human, dn]
        if m.get("orig_headers"):
            kids.append(Part(["Content-Type: text/rfc822-headers"], norm(m["orig_headers"])))
        inner = multipart("report", kids, b, params="report-type=disposition-notification")
    else:
        raise ValueError(fmt)

    atts = spec.get("attach") or []
    if atts:
        parts = [inner]
        for a in atts:
            data = a["data"]
            if isinstance(data, str):
                data = norm(data).encode(a.get("charset", "utf-8"))
            ct = a["ctype"]
            line = 'Content-Type: %s; name="%s"' % (ct, a["name"])
            parts.append(raw_part(line, data, filename=a["name"], cte=a.get("cte", "base64"),
                                  disposition=a.get("disp", "attachment")))
        outer_b = bnd() if fmt in ("alt", "cal", "mdn") else boundary
        if outer_b == inner.boundary:
            outer_b = outer_b + "x"
        top = multipart("mixed", parts, outer_b, preamble=spec.get("preamble"))
    else:
        top = inner
        if spec.get("preamble") and top.children:
            top.preamble = spec["preamble"]
    return top


def build_message(spec):
    rng = random.Random(zlib.crc32(spec["id"].encode()))
    ctx = Ctx()
    ctx.rng = rng
    ctx.mailbox_addr = MBX[spec["mailbox"]]
    fname, faddr = spec["frm"]
    ctx.from_addr = faddr
    ctx.from_dom = faddr.split("@")[1]
    ctx.envelope = spec.get("envelope", faddr)
    ctx.t_send = central_to_utc(parse_local(spec["date"]))
    if len(spec["date"]) <= 16:
        ctx.t_send += dt.timedelta(seconds=rng.randint(0, 59))
    spec["_t_send"] = ctx.t_send
    ctx.t_mx = ctx.t_send + dt.timedelta(seconds=rng.randint(2, 75))
    ctx.t_mbx = ctx.t_mx + dt.timedelta(seconds=rng.randint(0, 2))
    ctx.mx = spec.get("mx") or rng.choice(["mx1", "mx2"])
    prof_fn = PROFILES[spec["client"]]
    state = rng.getstate()
    ctx.body_for_hash = ""
    prof0 = prof_fn(ctx, spec, rng)
    body_rng = random.Random(zlib.crc32((spec["id"] + "/body").encode()))
    top = build_body(spec, prof0, body_rng)
    top_ser = top.serialize()
    hdr_end = top_ser.index(CRLF + CRLF)
    body_str = top_ser[hdr_end + 4:]
    ctx.body_for_hash = body_str
    rng.setstate(state)
    prof = prof_fn(ctx, spec, rng)
    if prof.get("envelope") and "envelope" not in spec:
        ctx.envelope = prof["envelope"]

    hcs = spec.get("hdr_cs", "utf-8")
    hmode = spec.get("hdr_mode", "B")
    vals = {}
    vals["From"] = fold("From", fmt_addr(fname, faddr, hcs, hmode))
    vals["To"] = fold("To", fmt_addrs(spec.get("to") or [(None, ctx.mailbox_addr)], hcs, hmode))
    if spec.get("cc"):
        vals["Cc"] = fold("Cc", fmt_addrs(spec["cc"], hcs, hmode))
    if spec.get("reply_to"):
        vals["Reply-To"] = fold("Reply-To", fmt_addr(spec["reply_to"][0], spec["reply_to"][1], hcs, hmode))
    vals["Subject"] = subject_header(spec["subject"], spec.get("subj_cs", hcs), spec.get("subj_mode", hmode)) \
        if spec.get("subject") is not None else None
    if spec.get("subject") == "":
        vals["Subject"] = "Subject: "
    vals["Date"] = "Date: " + render(ctx.t_send, spec.get("tz", prof["zone"]))
    if not spec.get("no_msgid"):
        vals["Message-ID"] = "Message-ID: " + spec.get("msgid", prof["msgid"])
    if spec.get("in_reply_to"):
        vals["In-Reply-To"] = "In-Reply-To: " + spec["in_reply_to"]
    if spec.get("references"):
        vals["References"] = fold("References", spec["references"])
    vals["MIME-Version"] = "MIME-Version: " + prof["mime"]
    for k, v in prof.get("static", {}).items():
        if v is None:
            continue
        vals[k] = (k + ":" + v) if v.startswith(CRLF) else fold(k, v) if v else k + ": "
    top_hdrs = top.headers
    order = list(prof["order"])
    main = []
    extras = [fold(n, v) if not v.startswith(CRLF) else n + ":" + v for n, v in spec.get("hdr", [])]
    placed = False
    ct_first = order and order[0] in ("Content-Type", "CT")
    for k in order:
        key = {"Mime-Version": "MIME-Version", "Message-Id": "Message-ID"}.get(k, k)
        if key in ("MIME-Version", "CT", "Content-Type") and not placed and not ct_first:
            main += extras
            placed = True
        if key in ("CT", "Content-Type"):
            main += [h for h in top_hdrs if not h.startswith("Content-Transfer-Encoding")]
            if "CTE" not in order:
                main += [h for h in top_hdrs if h.startswith("Content-Transfer-Encoding")]
            continue
        if key == "CTE":
            main += [h for h in top_hdrs if h.startswith("Content-Transfer-Encoding")]
            continue
        v = vals.pop(key, None)
        if v is None:
            continue
        if k == "Mime-Version":
            v = v.replace("MIME-Version:", "Mime-Version:", 1)
        if k == "Message-Id":
            v = v.replace("Message-ID:", "Message-Id:", 1)
        main.append(v)
    for k in ("From", "To", "Subject", "Date", "Message-ID", "Cc", "Reply-To", "In-Reply-To", "References"):
        if vals.get(k):
            main.insert(0, vals.pop(k))
    if not placed:
        main += extras
    trace = []
    rp = spec.get("return_path", "<%s>" % ctx.envelope)
    trace.append("Return-Path: " + rp)
    trace.append("Delivered-To: " + ctx.mailbox_addr)
    trace.append(_rcv_mbx(ctx))
    trace.append(prof["mx_rcv"])
    trace.append(prof["auth"])
    trace += spec.get("trace_extra", [])
    trace += prof["pre"]
    head = CRLF.join(trace + main)
    raw = head + CRLF + CRLF + body_str
    data = raw.encode("utf-8") if is_ascii(raw) else raw.encode("latin-1") if False else raw.encode("utf-8")
    # 8bit bodies in a non-utf-8 charset must carry that charset's bytes
    if spec.get("_8bit_charset"):
        data = raw.encode(spec["_8bit_charset"])
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, (spec["id"], len(line))
    assert b"\n" not in data.replace(b"\r\n", b""), spec["id"]
    return data
