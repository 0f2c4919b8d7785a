"""Raw-message builder for the `strangers` set (standard library only).

A message is a spec dict (see specs_*.py).  make(spec) returns the bytes an IMAP server would hand out:
CRLF line ends, our own trace headers on top (mbx01 <- mx1|mx2 <- the sender's last hop), then the headers
the sending program wrote, then the MIME body.  Every random choice comes from random.Random(crc32(id)), so
a rebuild gives the same bytes.
"""
import base64
import datetime as dt
import hashlib
import random
import zlib

NL = "\r\n"
OURS = "alliant-energy.com"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64A = AN + "+/"


def rnd(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


# ------------------------------------------------------------------ time
def _sunday(y, m, nth):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def dst(local):
    a = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    b = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(2))
    return a <= local < b


ZONES = {"eastern": -5, "central": -6, "mountain": -7, "pacific": -8}
ABBR = {"eastern": "E", "central": "C", "mountain": "M", "pacific": "P"}


def to_utc(local_central):
    return local_central + dt.timedelta(hours=5 if dst(local_central) else 6)


def rfc_date(utc, zone="central", comment=False):
    if zone in ZONES:
        off = ZONES[zone] * 60
        if dst(utc + dt.timedelta(minutes=off)):
            off += 60
        ab = ABBR[zone] + ("DT" if off != ZONES[zone] * 60 else "ST")
    elif zone == "utc":
        off, ab = 0, "UTC"
    else:               # "+0100" style
        off = (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 60 + int(zone[3:]))
        ab = None
    t = utc + dt.timedelta(minutes=off)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour,
                                                   t.minute, t.second, "-" if off < 0 else "+", abs(off) // 60,
                                                   abs(off) % 60)
    if comment and ab:
        s += " (%s)" % ab
    return s


# ------------------------------------------------------------------ encodings
def qp(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            elif b in (32, 9) or (33 <= b <= 126 and b != 61):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return NL.join(out).encode("ascii")


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return NL.join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def ew(text, cs="utf-8", mode="B", limit=75):
    """RFC 2047 encoded words for a header phrase."""
    def one(piece):
        b = piece.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = "".join("_" if c == 32 else chr(c) if (chr(c).isalnum() and c < 128) else "=%02X" % c for c in b)
        return "=?%s?Q?%s?=" % (cs, q)
    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > limit:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def fold(name, value, width=78):
    out, line = [], name + ":"
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return NL.join(out)


def addr(name, a, cs="utf-8", mode="B"):
    if not name:
        return a
    if not ascii_ok(name):
        return " ".join(ew(name, cs, mode)) + " <%s>" % a
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), a)
    return "%s <%s>" % (name, a)


def subject(s, cs="utf-8", mode="B"):
    if ascii_ok(s):
        return fold("Subject", s)
    return "Subject: " + (NL + " ").join(ew(s, cs, mode))


# ------------------------------------------------------------------ MIME tree
class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return (NL.join(self.headers) + NL + NL).encode("ascii") + self.body + (b"" if self.body.endswith(b"\r\n") else b"\r\n")


class Multi:
    def __init__(self, sub, kids, boundary, params=""):
        self.kids, self.boundary = kids, boundary
        self.headers = [fold("Content-Type", 'multipart/%s;%s boundary="%s"' % (sub, params, boundary))]

    def bytes(self):
        out = (NL.join(self.headers) + NL + NL).encode("ascii")
        for k in self.kids:
            out += ("--" + self.boundary + NL).encode() + k.bytes()
        return out + ("--" + self.boundary + "--" + NL).encode()


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", NL)


def flowed(text, width=74):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            lines.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        lines.append(cur)
    return "\n".join(lines)


def text_leaf(text, sub="plain", cs="utf-8", cte=None, fl=False, quoted_cs=True, extra="", disp=None):
    if fl:
        text = flowed(text)
    data = crlf(text).encode(cs)
    if cte is None:
        long_line = max(len(l) for l in data.split(b"\r\n")) > 900
        cte = "7bit" if all(b < 128 for b in data) and not long_line else "quoted-printable"
    body = {"7bit": lambda d: d, "8bit": lambda d: d, "quoted-printable": qp, "base64": b64}[cte](data)
    ct = "text/%s; charset=%s%s%s%s" % (sub, '"%s"' % cs if quoted_cs else cs, "; format=flowed" if fl else "",
                                         "", extra)
    h = [fold("Content-Type", ct), "Content-Transfer-Encoding: " + cte]
    if disp:
        h.append(disp)
    return Leaf(h, body)


def file_leaf(ctype, name, data, inline=False, cte="base64", cid=None):
    h = ['Content-Type: %s; name="%s"' % (ctype, name),
         'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", name),
         "Content-Transfer-Encoding: " + cte]
    if cid:
        h.append("Content-ID: <%s>" % cid)
    body = b64(data) if cte == "base64" else qp(crlf(data.decode("utf-8")).encode("utf-8")) if cte == "quoted-printable" \
        else crlf(data.decode("utf-8")).encode("utf-8")
    return Leaf(h, body)


# ------------------------------------------------------------------ HTML from text
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style):
    blocks, depth, para = [], 0, []

    def flush():
        if not para:
            return
        if style == "outlook":
            blocks.extend('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "&nbsp;") for l in para)
        elif style == "gmail":
            blocks.append("<div>%s</div>" % "<br>".join(esc(l) for l in para))
        else:
            blocks.append("<div>%s</div>" % "<br>\r\n".join(esc(l) for l in para))
        para.clear()
    for line in text.split("\n"):
        d, s = 0, line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] in (" ", ">", "") else s[1:]
        if d != depth:
            flush()
            while depth < d:
                blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                              if style != "outlook" else
                              '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0 0 0 6.0pt">')
                depth += 1
            while depth > d:
                blocks.append("</blockquote>" if style != "outlook" else "</div>")
                depth -= 1
        if not s.strip():
            flush()
            blocks.append({"gmail": "<div><br></div>", "outlook": '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'}
                          .get(style, "<br>"))
        else:
            para.append(s)
    flush()
    while depth:
        blocks.append("</blockquote>" if style != "outlook" else "</div>")
        depth -= 1
    inner = "\r\n".join(blocks)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\r\n' % inner
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\r\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\r\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n<style><!--\r\n'
                'p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\r\n--></style></head>\r\n'
                '<body lang="EN-US" style="word-wrap:break-word"><div class="WordSection1">\r\n%s\r\n</div></body></html>\r\n'
                % inner)
    if style == "yahoo":
        return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:16px;">%s</div></body></html>\r\n' % inner)
    if style == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '<div dir="auto">%s</div></body></html>\r\n' % inner)
    return "<html><head><meta charset=\"%%CS%%\"></head><body>\r\n%s\r\n</body></html>\r\n" % inner


# ------------------------------------------------------------------ calendar
def ics(ev, stamp, r):
    g = ev.get("google", False)
    tz = "America/Chicago" if g else "Central Standard Time"
    L = ["BEGIN:VCALENDAR", "PRODID:" + ("-//Google Inc//Google Calendar 70.9054//EN" if g else
                                         "Microsoft Exchange Server 2010"),
         "VERSION:2.0", "CALSCALE:GREGORIAN" if g else "X-WR-RELCALID:{%s}" % rnd(r, 8, HEXU), "METHOD:" + ev["method"],
         "BEGIN:VTIMEZONE", "TZID:" + tz, "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
         "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
         "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
         "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT"]
    on, oa = ev["organizer"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (on, oa))
    for n, a, st in ev.get("attendees", []):
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (st, n, a))
    txt = lambda s: s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    if ev.get("description"):
        L.append("DESCRIPTION:" + txt(ev["description"]))
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY:" + txt(ev["summary"]))
    f = lambda s: dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    L.append("DTSTART;TZID=%s:%s" % (tz, f(ev["start"])))
    L.append("DTEND;TZID=%s:%s" % (tz, f(ev["end"])))
    L.append("DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    if ev.get("location"):
        L.append("LOCATION:" + txt(ev["location"]))
    L += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return NL.join(out) + NL


# ------------------------------------------------------------------ fake attachments
def pdf(text):
    rows = text.split("\n")
    st = "BT /F1 11 Tf 60 740 Td 14 TL\n" + "\n".join("(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(")
                                                      .replace(")", "\\)") for l in rows) + "\nET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(st), st),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = "%PDF-1.5\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


def png(seed, w=24, h=16):
    """A tiny valid PNG (noise) standing in for a phone photo or a logo."""
    r = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
