"""Spec dict -> raw RFC 5322 bytes, as mx1/mx2 -> mbx01 would store them.

Every random choice (ids, boundaries, IPs, seconds) comes from a Random seeded with the spec id, so a spec
always gives the same bytes whatever order the specs are built in.
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib
import html as htmlmod
import quopri
import random
import zlib

NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
HEX = "0123456789ABCDEF"
hexl = "0123456789abcdef"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = AN + "+/"


def rnd(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


# US Central is on standard time for the whole season (November 2 to March 8), so a fixed offset is exact.
ZONES = {"central": -6, "eastern": -5, "mountain": -7, "pacific": -8, "utc": 0, "mexico": -6, "spain": 1}


def rfc_date(t_utc, zone="central", comment=False):
    off = ZONES[zone]
    local = t_utc + dt.timedelta(hours=off)
    s = local.strftime("%a, %d %b %Y %H:%M:%S ") + "%+03d00" % off
    if comment:
        s += " (%s)" % {-6: "CST", -5: "EST", -7: "MST", -8: "PST", 0: "UTC", 1: "CET"}[off]
    return s


# ---------------------------------------------------------------- headers

def hdr_words(text, cs="utf-8"):
    """RFC 2047 when needed; ISO-8859-1 gives Q words, UTF-8 gives B words (what the email package picks)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return email.header.Header(text, cs).encode(maxlinelen=76).replace("\n", NL)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.@;:()"'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr_words(name, cs), a)


def fold(key, value):
    """Fold a long structured/unstructured value at spaces, keeping lines under 78 characters."""
    line = key + ": " + value
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], key + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() != key + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return NL.join(out)


# ---------------------------------------------------------------- bodies

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", NL)


def encode(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return raw.replace(b"\n", b"\r\n")


class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return (NL.join(self.headers) + NL + NL).encode("ascii") + self.body


class Multi:
    def __init__(self, sub, kids, boundary, params=""):
        self.sub, self.kids, self.b, self.params = sub, kids, boundary, params
        self.headers = ['Content-Type: multipart/%s;%s boundary="%s"' % (sub, params, boundary)]

    def bytes(self):
        out = (NL.join(self.headers) + NL + NL).encode("ascii")
        for k in self.kids:
            out += ("--" + self.b + NL).encode("ascii") + k.bytes() + NL.encode("ascii")
        return out + ("--" + self.b + "--" + NL).encode("ascii")


def text_leaf(text, sub, cs, cte, flowed=False, extra=""):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "8bit"
    if cs.lower() == "us-ascii":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cs = "utf-8"
    if flowed and sub == "plain":
        text = "\n".join(l if (len(l) < 72 or l.startswith(">")) else flow(l) for l in text.split("\n"))
    ct = "Content-Type: text/%s; charset=%s%s%s" % (sub, cs if cs.lower() != "utf-8-q" else "utf-8",
                                                   "; format=flowed" if flowed and sub == "plain" else "", extra)
    return Leaf([ct, "Content-Transfer-Encoding: " + cte], encode(text, cs, cte))


def flow(line):
    """format=flowed soft breaks: a trailing space marks a line that continues."""
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + len(w) + 1 > 70:
            out.append(cur + " ")
            cur = w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return "\n".join(out)


def file_leaf(ctype, name, data, inline=False):
    return Leaf(["Content-Type: %s; name=\"%s\"" % (ctype, name),
                 "Content-Disposition: %s; filename=\"%s\"" % ("inline" if inline else "attachment", name),
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data).replace(b"\n", b"\r\n"))


def esc(s):
    return htmlmod.escape(s, quote=False)


def to_html(new, quoted, style, attribution):
    """The HTML alternative as each family of programs writes it. `quoted` is the text of our mail, if any."""
    paras = new.split("\n")
    if style == "gmail":
        body = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) or "<br>") for l in paras) + "</div>"
        if quoted:
            body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
                esc(attribution), "<br>".join(esc(l) for l in quoted.split("\n")))
        return body + "\n"
    if style == "outlook":
        ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) or "&nbsp;") for l in paras)
        q = ""
        if quoted:
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">%s</p></div>\n<p class="MsoNormal">%s</p>\n') % (
                "<br>".join(esc(l) for l in attribution.split("\n")), "<br>".join(esc(l) for l in quoted.split("\n")))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=%%CS%%">\n<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="EN-US">\n'
                '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (ps, q)
    if style == "yahoo":
        body = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">') + "".join(
            '<div dir="ltr">%s</div>' % (esc(l) or "<br>") for l in paras) + "</div>"
        if quoted:
            body += ('<div id="yahoo_quoted" class="yahoo_quoted"><div>%s</div><blockquote>%s</blockquote></div>'
                     % (esc(attribution), "<br>".join(esc(l) for l in quoted.split("\n"))))
        return body + "</body></html>\n"
    # apple / generic
    body = '<html><head><meta http-equiv="content-type" content="text/html; charset=%CS%"></head><body dir="auto">'
    body += "".join("<div>%s</div>" % (esc(l) or "<br>") for l in paras)
    if quoted:
        body += '<div><br><blockquote type="cite"><div>%s</div><div>%s</div></blockquote></div>' % (
            esc(attribution), "<br>".join(esc(l) for l in quoted.split("\n")))
    return body + "</body></html>\n"


def quote_plain(quoted, attribution, style):
    if style == "outlook":
        return "\n\n" + attribution + "\n\n" + quoted
    return "\n\n" + attribution + "\n" + "\n".join("> " + l if l else ">" for l in quoted.split("\n"))


def ics(ev, t, r):
    stamp = t.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:" + ev.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
             "VERSION:2.0", "METHOD:" + ev["method"], "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % ev["organizer"]]
    for cn, a in ev["attendees"]:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, a))
    lines += ["UID:%s" % rnd(r, 40, hexl), "SUMMARY:" + ev["summary"],
              "DTSTART;TZID=Central Standard Time:" + ev["start"], "DTEND;TZID=Central Standard Time:" + ev["end"],
              "DTSTAMP:" + stamp, "LOCATION:" + ev.get("location", "Microsoft Teams Meeting"), "SEQUENCE:0",
              "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\n".join(out) + "\n"
