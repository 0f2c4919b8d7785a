"""MIME parts, sending-program profiles and our delivery trace: spec dict -> raw message bytes (CRLF)."""
import base64
import datetime as dt
import email.header
import hashlib
import html as htmlmod
import quopri
import random
import re

import ours

BOX = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}
AN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
TZ = {"-0500": dt.timezone(dt.timedelta(hours=-5)), "-0400": dt.timezone(dt.timedelta(hours=-4)),
      "-0600": dt.timezone(dt.timedelta(hours=-6)), "-0700": dt.timezone(dt.timedelta(hours=-7)),
      "+0000": dt.timezone.utc}


def rng(seed):
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


def rnd(r, n, alphabet=AN):
    return "".join(r.choice(alphabet) for _ in range(n))


def parse_date(s, tz="-0500"):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ["-0500"]).astimezone(TZ[tz])


def rfc_date(d, zname=True):
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    if zname and d.utcoffset() == dt.timedelta(hours=-5):
        s += " (CDT)"
    return s


def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def ew(s, cs="utf-8", b=False):
    """RFC 2047 encoded word(s) when needed."""
    if ascii_ok(s):
        return s
    if b:
        return email.header.Header(s, cs, header_name="Subject").encode()
    return email.header.Header(s, cs, header_name="Subject").encode(splitchars=" ")


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if ascii_ok(name):
        if re.search(r'[,.()<>@;:"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (email.header.Header(name, cs).encode(), a)


def fold(name, value):
    """Fold a long unstructured header at spaces."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or " " not in value or "\n" in value:
        return line
    out, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = "\t" + w if False else " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\n".join(out)


LIST = re.compile(r"^(\d{1,2}[.)]|[-*\u2022>]) ")


def unwrap(text):
    """Modern composers send a paragraph as one line; our source is wrapped for reading."""
    out, last = [], ""
    for line in text.split("\n"):
        if (out and len(last) >= 50 and not last.endswith("  ") and line.strip() and not last.startswith(">") and not line.startswith(">")
                and not LIST.match(line) and not line.startswith(" ")):
            out[-1] += " " + line
        else:
            out.append(line)
        last = line
    return "\n".join(out).replace("  \n", "\n")


def flow(text, width=72):
    """format=flowed: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() != "--" else line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def hardwrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").rstrip("\n")
    if cte == "7bit" and not ascii_ok(text):
        raise ValueError("7bit with non-ascii")
    return raw.decode(cs)


class Leaf:
    def __init__(self, ctype, body, cs=None, cte="7bit", params="", disp=None, extra=()):
        self.ctype, self.body, self.cs, self.cte, self.params, self.disp, self.extra = ctype, body, cs, cte, params, disp, extra

    def render(self):
        ct = self.ctype + (('; charset="%s"' % self.cs) if self.cs and self.ctype.startswith("text/") and self.params != "bare-cs" else "")
        if self.params == "bare-cs":
            ct = self.ctype + "; charset=" + self.cs
        elif self.params:
            ct += self.params
        hs = ["Content-Type: " + ct]
        hs += list(self.extra)
        hs.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            hs.append("Content-Disposition: " + self.disp)
        if isinstance(self.body, bytes):
            payload = base64.encodebytes(self.body).decode("ascii").rstrip("\n")
        else:
            payload = encode_body(self.body, self.cs or "us-ascii", self.cte)
        return hs, payload


class Multi:
    def __init__(self, sub, parts, boundary, params=""):
        self.sub, self.parts, self.boundary, self.params = sub, parts, boundary, params

    def render(self):
        hs = ['Content-Type: multipart/%s;%s boundary="%s"' % (self.sub, self.params, self.boundary)]
        body = []
        for p in self.parts:
            ph, pb = p.render()
            body.append("--" + self.boundary)
            body += ph
            body.append("")
            body.append(pb)
        body.append("--" + self.boundary + "--")
        body.append("")
        return hs, "\n".join(body)


def text_leaf(text, cs, cte, flowed=False, sub="plain", bare=False):
    if cs == "us-ascii" and not ascii_ok(text):
        cs = "utf-8"
        cte = "quoted-printable" if cte in ("7bit", "8bit") else cte
    if cte == "7bit" and not ascii_ok(text):
        cte = "quoted-printable"
    params = "; format=flowed" if flowed else ""
    if flowed:
        params = "; format=flowed" + ("; delsp=no" if False else "")
    lf = Leaf("text/" + sub, text, cs, cte, params)
    if bare:
        lf.params = "bare-cs" if not flowed else lf.params
    return lf


# ---------------------------------------------------------------- HTML flavours
def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text, wrap_div=True):
    lines = text.split("\n")
    if wrap_div:
        return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in lines)
    return "<br>\n".join(esc(l) for l in lines)


def to_html(flavour, new, quote_head=None, quoted=None):
    q = ""
    if quoted is not None:
        if flavour == "outlook":
            q = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 'color="#000000">%s</font></div><div>%s</div>' % (paras_html(quote_head.replace("_" * 32 + "\n", ""), False),
                                                 paras_html(quoted)))
        else:
            q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (paras_html(quote_head, False), paras_html(quoted)))
    if flavour == "gmail":
        return '<div dir="ltr">%s</div>%s\n' % (paras_html(new), q)
    if flavour == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n%s\n</body>\n</html>\n'
                % (paras_html(new), q))
    if flavour == "yahoo":
        return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div>%s</body></html>\n'
                % (paras_html(new), q))
    if flavour == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
                '%s%s</body></html>\n' % (paras_html(new), q))
    if flavour == "ox":
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  '
                '<div class="default-style">\n%s\n  </div>%s\n </body>\n</html>\n' % (paras_html(new), q))
    if flavour == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">%s%s</body></html>\n' % (paras_html(new), q))
    raise KeyError(flavour)


# ---------------------------------------------------------------- quote headers
def _h12(d):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM")


ES_DAY = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAYL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"]


def quote_block(style, o, lang="en", to=""):
    """(head, quoted text, prefix?) for our mail `o` as each program writes it."""
    d = o["dt"]
    who, a = o["name"], o["addr"]
    if style == "gmail":
        if lang == "es":
            h = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_DAY[d.weekday()], d.day, ES_MON[d.month - 1],
                                                                    d.year, d.hour, d.minute, who, a)
        else:
            h = "On %s at %s %s <%s> wrote:" % (d.strftime("%a, %b %-d, %Y"), _h12(d), who, a)
        return h, True
    if style == "iphone":
        if lang == "es":
            h = "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (d.day, ES_MON[d.month - 1], d.year, d.hour, d.minute, who, a)
        else:
            h = "On %s, at %s, %s <%s> wrote:" % (d.strftime("%b %-d, %Y"), _h12(d), who, a)
        return h, True
    if style == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), _h12(d), who), True
    if style == "roundcube":
        return "On %s, %s wrote:" % (d.strftime("%Y-%m-%d %H:%M"), who), True
    if style == "samsung":
        if lang == "es":
            return "-------- Mensaje original --------\nDe: %s <%s>\nFecha: %d/%d/%d %d:%02d\nPara: %s\nAsunto: %s" % (
                who, a, d.day, d.month, d.year, d.hour, d.minute, to, o["subj"]), False
        return "-------- Original message --------\nFrom: %s <%s>\nDate: %d/%d/%s %s\nTo: %s\nSubject: %s" % (
            who, a, d.month, d.day, d.strftime("%y"), _h12(d), to, o["subj"]), False
    if style == "yahoo":
        if lang == "es":
            return "El %s, %d de %s de %d, %d:%02d, %s <%s> escribió:" % (ES_DAYL[d.weekday()], d.day, ES_MONL[d.month - 1],
                                                                          d.year, d.hour, d.minute, who, a), False
        return "On %s at %s CDT, %s <%s> wrote:" % (d.strftime("%A, %B %-d, %Y"), d.strftime("%I:%M:%S %p"), who, a), False
    if style == "outlook":
        if lang == "es":
            return ("________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\n"
                    "Asunto: %s" % (who, a, ES_DAYL[d.weekday()], d.day, ES_MONL[d.month - 1], d.year, d.hour, d.minute,
                                    to, o["subj"])), False
        return ("________________________________\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s"
                % (who, a, d.strftime("%A, %B %-d, %Y"), _h12(d), to, o["subj"])), False
    if style == "outlookpc":
        return ("From: %s <%s> \nSent: %s %s\nTo: %s\nSubject: %s" % (who, a, d.strftime("%A, %B %-d, %Y"), _h12(d), to,
                                                                        o["subj"])), False
    if style == "zimbra":
        return ("----- Original Message -----\nFrom: \"%s\" <%s>\nTo: %s\nSent: %s %s\nSubject: %s"
                % (who, a, to, d.strftime("%A, %B %-d, %Y"), _h12(d), o["subj"])), True
    if style == "ox":
        return "On %s %s %s <%s> wrote:" % (d.strftime("%m/%d/%Y"), d.strftime("%I:%M %p"), who, a), True
    if style == "fwd_gmail":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: <%s>"
                % (who, a, d.strftime("%a, %b %-d, %Y"), _h12(d), o["subj"], to)), False
    if style == "fwd_apple":
        return ("Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s at %s CDT\nTo: %s\nSubject: %s"
                % (who, a, d.strftime("%B %-d, %Y"), _h12(d), to, o["subj"])), False
    raise KeyError(style)


# ---------------------------------------------------------------- sending programs
# each: quote style, html flavour (None = plain only), charset, cte, flowed, unwrap, id maker, extra headers
def _mid_gmail(r, dom):
    return "<CA%s%s@mail.gmail.com>" % (rnd(r, 2, "JKLMN"), rnd(r, 44, AN + "+_-"))


def _mid_outlook(r, dom):
    p = rnd(r, 2, "ABCDMS") + "%dPR%02dMB%04d" % (r.randint(0, 8), r.randint(10, 19), r.randint(1000, 9999))
    return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (p, rnd(r, 24, HEXU), p, r.randint(1, 22))


def _mid_uuid(r, dom):
    u = rnd(r, 32, HEXU)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def _mid_yahoo(r, dom):
    return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), 1757000000000 + r.randint(0, 10 ** 10))


def _mid_tb(r, dom):
    u = rnd(r, 32, HEX)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def _mid_rc(r, dom):
    return "<%s@%s>" % (rnd(r, 32, HEX), dom)


def _mid_ox(r, dom):
    return "<%d.%d.%d@connect.%s>" % (r.randint(10 ** 8, 10 ** 9 - 1), r.randint(10000, 99999), 1757000000000 + r.randint(0, 10 ** 10), dom)


def _mid_pc(r, dom):
    return "<00%s$%s$%s@%s>" % (rnd(r, 10, "0123456789abcdef"), rnd(r, 8, HEX), rnd(r, 8, HEX), dom)


def _mid_zimbra(r, dom):
    return "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 999), 1757000000000 + r.randint(0, 10 ** 10), dom)


def _mid_samsung(r, dom):
    return "<%s.%s@email.android.com>" % (rnd(r, 8, HEX), rnd(r, 6, "0123456789"))


def _mid_svc(r, dom):
    return "<%s.%s@%s>" % (rnd(r, 20, HEX), rnd(r, 6, "0123456789"), dom)


CLIENTS = {
    "svc": dict(quote="gmail", html=None, cs="us-ascii", cte="7bit", unwrap=False, mid=_mid_svc, mx="mta-%d.out.sendsvc.net",
                label="service MTA (plain)"),
    "gmail": dict(quote="gmail", html="gmail", cs="UTF-8", cte="7bit", unwrap=True, mid=_mid_gmail, mx="mail-qk1-f%d.google.com",
                  label="Gmail web"),
    "gmail_android": dict(quote="gmail", html="gmail", cs="UTF-8", cte="7bit", unwrap=True, mid=_mid_gmail,
                          mx="mail-pl1-f%d.google.com", label="Gmail app"),
    "o365": dict(quote="outlook", html="outlook", cs="us-ascii", cte="quoted-printable", unwrap=True, mid=_mid_outlook,
                 mx="mail-%s.outbound.protection.outlook.com", label="Outlook / Microsoft 365"),
    "outlookcom": dict(quote="outlook", html="outlook", cs="us-ascii", cte="quoted-printable", unwrap=True, mid=_mid_outlook,
                       mx="mail-%s.outbound.protection.outlook.com", label="Outlook.com"),
    "outlookpc": dict(quote="outlookpc", html=None, cs="windows-1252", cte="quoted-printable", unwrap=False, mid=_mid_pc,
                      mx="smtp.%s", label="classic Outlook (plain)"),
    "iphone": dict(quote="iphone", html=None, cs="utf-8", cte="quoted-printable", unwrap=True, mid=_mid_uuid,
                   mx="smtp.%s", label="iPhone Mail"),
    "applemail": dict(quote="iphone", html="apple", cs="utf-8", cte="quoted-printable", unwrap=True, mid=_mid_uuid,
                      mx="smtp.%s", label="Apple Mail"),
    "yahoo": dict(quote="yahoo", html="yahoo", cs="UTF-8", cte="7bit", unwrap=True, mid=_mid_yahoo,
                  mx="sonic%d-21.consmr.mail.bf2.yahoo.com", label="Yahoo Mail"),
    "aol": dict(quote="yahoo", html="yahoo", cs="UTF-8", cte="quoted-printable", unwrap=True, mid=_mid_yahoo,
                mx="sonic%d-22.consmr.mail.gq1.yahoo.com", label="AOL Mail"),
    "thunderbird": dict(quote="thunderbird", html=None, cs="UTF-8", cte="7bit", unwrap=True, flowed=True, mid=_mid_tb,
                        mx="smtp.%s", label="Thunderbird"),
    "roundcube": dict(quote="roundcube", html=None, cs="UTF-8", cte="7bit", unwrap=True, flowed=True, mid=_mid_rc,
                      mx="webmail.%s", label="Roundcube (rural ISP)"),
    "samsung": dict(quote="samsung", html="samsung", cs="UTF-8", cte="base64", unwrap=True, html_only=True,
                    mid=_mid_samsung, mx="smtp.%s", label="Samsung Email"),
    "ox": dict(quote="ox", html="ox", cs="UTF-8", cte="7bit", unwrap=True, mid=_mid_ox, mx="resqmta-%s.emailsrvr.com",
               label="Open-Xchange (Xfinity/Mediacom)"),
    "zimbra": dict(quote="zimbra", html=None, cs="utf-8", cte="quoted-printable", unwrap=False, mid=_mid_zimbra,
                   mx="mail.%s", label="Zimbra (rural ISP webmail)"),
}


def mailer_headers(client, r):
    if client == "gmail" or client == "gmail_android":
        return []
    if client in ("o365", "outlookcom"):
        return ["Thread-Topic: {topic}", "Thread-Index: A%s" % rnd(r, 26, AN + "+/") + "==",
                "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
                "x-ms-exchange-messagesentrepresentingtype: 1"]
    if client == "outlookpc":
        return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: A%s" % rnd(r, 22, AN + "+/") + "==",
                "Content-Language: en-us"]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (22%s%d)" % (r.choice("ABDEFG"), r.randint(60, 99))]
    if client == "applemail":
        return ["X-Mailer: Apple Mail (2.3826.%d.1.%d)" % (r.randint(200, 600), r.randint(1, 9))]
    if client == "yahoo":
        return ["X-Mailer: WebService/1.1.24425 YMailNorrin"]
    if client == "aol":
        return ["X-Mailer: WebService/1.1.24425 AolMailNorrin"]
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.%d" % r.randint(5, 9)]
    if client == "samsung":
        return []
    if client == "ox":
        return ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(40, 70), "X-Originating-Client: open-xchange-appsuite"]
    if client == "zimbra":
        return ["X-Mailer: Zimbra 9.0.0_GA_4%d (ZimbraWebClient - GC1%d (Win)/9.0.0_GA_4%d)" % (r.randint(100, 600), r.randint(20, 30), r.randint(100, 600))]
    return []


# ---------------------------------------------------------------- trace and envelope
def trace(s, r, rcpt, d_recv, mfrom, host, ip, auth):
    mx = r.choice(["mx1", "mx2"])
    mxip = "10.40.2.21" if mx == "mx1" else "10.40.2.22"
    t = rfc_date(d_recv)
    t2 = rfc_date(d_recv - dt.timedelta(seconds=r.randint(1, 9)))
    lines = ["Return-Path: <%s>" % mfrom, "Delivered-To: " + rcpt,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, mxip),
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % rnd(r, 10, HEXU),
             "\tfor <%s>; %s" % (rcpt, t),
             "Received: from %s (%s [%s])" % (host, host, ip),
             "\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s" % (mx, rnd(r, 12, AN)),
             "\tfor <%s>; %s" % (rcpt, t2),
             "Authentication-Results: %s.alliant-energy.com;" % mx]
    al = auth.split("; ")
    for i, a in enumerate(al):
        lines.append("\t" + a + (";" if i < len(al) - 1 else ""))
    return lines


def auth_for(dom, ok=True, dkim_dom=None):
    if ok:
        return "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dkim_dom or dom, dom, dom)
    return "dkim=none; spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s" % (dkim_dom or dom, dom)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
