"""MIME and header helpers for the spring set (standard library only). Everything is written by hand so that
every byte is decided here: boundaries, Message-IDs and trace ids come from a Random seeded by the spec id."""
import base64
import datetime as dt
import email.header
import html
import quopri
import re

NL = "\r\n"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
# offsets in hours from UTC during April-May 2026 (daylight time in the US)
ZONES = {"central": (-5, "CDT"), "eastern": (-4, "EDT"), "mountain": (-6, "MDT"), "arizona": (-7, "MST"),
         "pacific": (-7, "PDT"), "utc": (0, "UTC"), "mexico": (-6, "CST"), "spain": (2, "CEST")}


def rnd(r, n, alphabet=AN):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid(r, upper=True):
    a = HEXU if upper else HEX
    return "-".join(rnd(r, n, a) for n in (8, 4, 4, 4, 12))


def rfc_date(t, zone, comment=False):
    """t is UTC naive; render it in zone."""
    off, abbr = ZONES[zone]
    lt = t + dt.timedelta(hours=off)
    sign = "-" if off < 0 else "+"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (DAYS[lt.weekday()][:3], lt.day, MONTHS[lt.month - 1][:3], lt.year,
                                                   lt.hour, lt.minute, lt.second, sign, abs(off))
    return s + (" (%s)" % abbr if comment else "")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, cs="utf-8"):
    if is_ascii(s):
        return s
    return email.header.Header(s, cs).encode(maxlinelen=900)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, cs), a)


def fold(name, value):
    """Fold a header at spaces so no line passes 78 characters where that is possible."""
    line = name + ": " + value
    if len(line) <= 78:
        return line
    lines, cur, has = [], name + ":", False
    for w in value.split(" "):
        if has and len(cur) + 1 + len(w) > 78:
            lines.append(cur)
            cur, has = " " + w, True
        else:
            cur, has = cur + " " + w, True
    lines.append(cur)
    return NL.join(lines)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", NL)


def flow(text, width=72):
    """format=flowed: wrap long lines with a trailing space (soft break); quoted lines are left alone."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


class Leaf:
    def __init__(self, heads, body):
        self.heads, self.body = heads, body

    def bytes(self):
        return (NL.join(self.heads) + NL + NL).encode("ascii") + self.body


class Multi:
    def __init__(self, sub, parts, boundary, params="", preamble=None):
        self.sub, self.parts, self.boundary, self.params, self.preamble = sub, parts, boundary, params, preamble

    def bytes(self):
        heads = ['Content-Type: multipart/%s;%s%s boundary="%s"' % (self.sub, self.params, NL + "\t", self.boundary)]
        b = b""
        if self.preamble:
            b += (self.preamble + NL + NL).encode("ascii")
        for p in self.parts:
            b += ("--%s%s" % (self.boundary, NL)).encode("ascii") + p.bytes() + NL.encode("ascii")
        b += ("--%s--%s" % (self.boundary, NL)).encode("ascii")
        return (NL.join(heads) + NL + NL).encode("ascii") + b


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_leaf(text, sub, cs, cte=None, flowed=False, extra="", quoted_cs=True):
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    if flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    csv = '"%s"' % cs if quoted_cs else cs
    ct = "Content-Type: text/%s; charset=%s%s%s" % (sub, csv, "; format=flowed" if flowed else "", extra)
    return Leaf([ct, "Content-Transfer-Encoding: " + cte], encode_body(text, cs, cte))


def file_leaf(ctype, filename, data, inline=False):
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    disp = "inline" if inline else "attachment"
    return Leaf(['Content-Type: %s; name="%s"' % (ctype, filename),
                 'Content-Disposition: %s; filename="%s"' % (disp, filename),
                 "Content-Transfer-Encoding: base64"], b)


def esc(s):
    return html.escape(s, quote=False)


def to_html(new, quoted=None, attribution="", style="div", sig=""):
    """Render the sender's text (and an optional quote) the way web and phone clients do."""
    def block(text):
        paras = text.split("\n")
        if style == "p":
            return "".join("<p>%s</p>" % (esc(l) if l else "&nbsp;") for l in paras)
        if style == "br":
            return "<br>".join(esc(l) for l in paras)
        return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in paras)
    h = block(new)
    if sig:
        h += "<div><br></div><div>%s</div>" % esc(sig)
    if quoted is not None:
        if attribution:
            h += '<div><br></div><div class="quote_attr">%s<br></div>' % esc(attribution).replace("\n", "<br>")
        h += '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % \
             block(quoted)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>'
            '<body><div dir="ltr">%s</div></body></html>' % h)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def ics(ev, uid, stamp):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % ev["org"],
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % ev["att"],
             "DTSTART;TZID=Central Standard Time:%s" % ev["start"], "DTEND;TZID=Central Standard Time:%s" % ev["end"],
             "DTSTAMP:%s" % stamp, "UID:%s" % uid, "SUMMARY:%s" % ev["summary"], "LOCATION:%s" % ev["where"],
             "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)
