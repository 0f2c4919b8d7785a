"""Mail clients and Alliant's own outgoing mail (quoted in replies)."""
import datetime as _dt
import textwrap
from lib import *  # noqa


# ---------------------------------------------------------------- our own mail
class Ours:
    def __init__(self, key, from_name, from_addr, subject, dt, text, reply_to=None, mid=None, html=None):
        self.key = key
        self.from_name = from_name
        self.from_addr = from_addr
        self.subject = subject
        self.dt = dt
        self.text = text.strip("\n")
        self.reply_to = reply_to
        self._mid = mid
        self.html = html

    def msgid(self, rcpt):
        if self._mid:
            return self._mid
        # per-recipient id from the sending platform
        h = 0
        for ch in rcpt:
            h = (h * 131 + ord(ch)) % 1000000007
        return "<%s.%s.%08x@mail.alliant-energy.com>" % (
            self.dt.astimezone(UTC).strftime("%Y%m%d%H%M%S"), self.key, h)

    def fromline(self):
        return addr(self.from_name, self.from_addr)


def ack(token, dt):
    d = dt
    txt = ("Thank you for contacting Alliant Energy.\n\n"
           "We received your message on %s %d, %d and gave it the reference number %s. "
           "Please keep this number if you contact us again about it.\n\n"
           "If you asked us to stop marketing contact (e-mail or postal mail, including the PowerHouse Catalog) "
           "or not to share your name and address with other catalog companies, we will update our records "
           "within 10 business days. You may still receive mail that was already printed or scheduled during that time.\n\n"
           "Questions about your account or service are answered by our Customer Care team, usually within two business days.\n\n"
           "Alliant Energy Customer Care\n"
           "1-800-555-0142 | alliantenergy.com/contact\n\n"
           "This is an automatic acknowledgement." % (MONL[d.month - 1], d.day, d.year, token))
    return Ours("ack", "Alliant Energy Customer Care", CC, "We received your request [%s]" % token, dt, txt,
                mid="<ack.%s@alliant-energy.com>" % token)


FOOT_CC = ("You are receiving this e-mail because you are an Alliant Energy customer. To opt out of marketing e-mails, "
           "reply with the word unsubscribe or write to customercare@alliant-energy.com.\n"
           "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718\n"
           "Privacy Policy: alliantenergy.com/privacy")

LED = Ours("AE-PR-2812-LED", "Alliant Energy", CC,
           "Light up the holidays for less: $5 off ENERGY STAR\u00ae LED lights [AE-PR-2812-LED]", T(4, 10, 0, 3),
           "Make the season bright - without the bright bill.\n\n"
           "Through December 31, get $5 off each strand of ENERGY STAR\u00ae certified LED holiday lights "
           "(up to 4 strands) at participating retailers or from the PowerHouse Catalog.\n\n"
           "LED strands use up to 90% less energy than incandescent lights, last up to 10 times longer "
           "and stay cool to the touch.\n\n"
           "Find a store or shop online: alliantenergy.com/holidaylights\n\n"
           "Residential electric customers in Iowa and Wisconsin. Limit 4 strands per account.\n\n"
           "---\n" + FOOT_CC)

LED_ES = Ours("AE-PR-2812-LED-ES", "Alliant Energy", CC,
              "Ilumine las fiestas por menos: $5 de descuento en luces LED navide\u00f1as [AE-PR-2812-LED-ES]",
              T(4, 10, 5, 11),
              "Este a\u00f1o, ilumine su hogar sin una factura alta.\n\n"
              "Hasta el 31 de diciembre, reciba $5 de descuento por cada tira de luces navide\u00f1as LED con "
              "certificaci\u00f3n ENERGY STAR\u00ae (hasta 4 tiras) en tiendas participantes o en el cat\u00e1logo PowerHouse.\n\n"
              "Las luces LED usan hasta un 90% menos de energ\u00eda y duran hasta 10 veces m\u00e1s.\n\n"
              "Busque una tienda: alliantenergy.com/luces\n\n"
              "---\n"
              "Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos promocionales, "
              "responda con la palabra cancelar o escriba a customercare@alliant-energy.com.\n"
              "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718")

LMG = Ours("PH-2812-LMG", "PowerHouse Catalog", PH,
           "Last-Minute Gifts they'll love \u2013 order by Dec 18 for Christmas delivery [PH-2812-LMG]",
           T(5, 7, 30, 9),
           "Still checking names off your list? We've got you covered.\n\n"
           "* Heated Sherpa Throw - $49.95 (item 31120)\n"
           "* Solar Lighted Bird Feeder - $34.95 (item 40873)\n"
           "* LED Pathway Lights, set of 6 - $39.95 (item 22716)\n"
           "* Lighted Snow Globe Lantern - $29.95 (item 40219)\n"
           "* Smart Plug 2-pack - $24.95 (item 18804)\n\n"
           "Order by Monday, December 18 with standard shipping, or by December 21 with express, "
           "for delivery by Christmas. Free gift wrap on orders over $75.\n\n"
           "Shop now: powerhousecatalog.com/gifts\n\n"
           "---\n"
           "PowerHouse Catalog | P.O. Box 77 | Madison, WI 53701 | 1-800-555-0177\n"
           "PowerHouse Catalog is a service of Alliant Energy. We occasionally make our customer list (names and postal "
           "addresses only - never e-mail addresses) available to other carefully selected catalog companies. If you "
           "prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.\n"
           "To unsubscribe from PowerHouse e-mails, reply with \"unsubscribe\" or visit powerhousecatalog.com/unsubscribe.")

EA = Ours("AE-SV-2812-EA", "Alliant Energy", CC, "Help with winter heating bills is available", T(6, 9, 0, 4),
          "Winter bills can be hard. If you are having trouble keeping up, help is available.\n\n"
          "* Energy assistance (LIHEAP in Iowa, WHEAP in Wisconsin): apply through your local community action "
          "agency or county office. Income limits apply.\n"
          "* Hometown Care Energy Fund: one-time grants for customers who do not qualify for other help.\n"
          "* Payment arrangements and Budget Billing: spread your costs evenly over 12 months.\n\n"
          "Call us at 1-800-555-0142 or visit alliantenergy.com/assistance. We're here to help.\n\n"
          "---\n"
          "This is an informational message about your account and assistance programs. It is sent even if you "
          "have opted out of promotional e-mail.\n"
          "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718")

KIT = Ours("AE-PR-2812-KIT", "Alliant Energy", CC,
           "Free Year-End Energy-Savings Kit \u2013 claim yours by Dec 31 [AE-PR-2812-KIT]", T(12, 9, 30, 6),
           "Wrap up 2028 with a gift to yourself.\n\n"
           "Claim a FREE Energy-Savings Kit with 6 LED bulbs, a smart power strip, door weatherstripping and "
           "outlet gaskets - everything you need to cut drafts and waste this winter.\n\n"
           "Claim yours by December 31: alliantenergy.com/kit\n\n"
           "One kit per household. While supplies last.\n\n"
           "---\n" + FOOT_CC)


def bill(dt, acct_end, amount, last, due="January 3, 2029"):
    txt = ("Your bill is ready.\n\n"
           "Account ending in %s\n"
           "Amount due: $%s\n"
           "Due date: %s\n\n"
           "Your bill is higher than last month ($%s). Colder weather was the main reason: there were 38%% more "
           "heating degree days this billing period than last.\n\n"
           "View and pay your bill: alliantenergy.com/mybill\n"
           "Need help? Ask about Budget Billing or payment arrangements: 1-800-555-0142.\n\n"
           "---\n"
           "This is a service message about your account. You receive it even if you have opted out of marketing.\n"
           "Please do not reply to this e-mail." % (acct_end, amount, due, last))
    return Ours("bill", "Alliant Energy", "noreply@alliantenergy.com", "Your Alliant Energy bill is ready", dt, txt,
                reply_to=CC, mid="<bill.%s.%s@notify.alliantenergy.com>" % (dt.strftime("%Y%m%d"), rhex(12)))


def outage(dt, street, oid, est="6:00 PM Saturday, Dec 9"):
    txt = ("OUTAGE ALERT\n\n"
           "We're aware of a power outage affecting your address on %s.\n\n"
           "Cause: winter storm (heavy snow and high winds)\n"
           "Crews: assigned\n"
           "Estimated restoration: %s\n"
           "Outage ID: %s\n\n"
           "Stay at least 35 feet away from downed lines and report them to 1-800-555-0142 or 911.\n"
           "Check the outage map: alliantenergy.com/outages\n\n"
           "---\n"
           "This is a service alert for your account. Manage alert preferences at alliantenergy.com/alerts." % (street, est, oid))
    return Ours("outage", "Alliant Energy Alerts", "alerts@alliant-energy.com",
                "Outage alert: power is out at your address", dt, txt, reply_to=CC,
                mid="<%s.%s@alerts.alliant-energy.com>" % (oid, rhex(8)))


def restored(dt, street, oid):
    txt = ("POWER RESTORED\n\n"
           "Power has been restored at your address on %s (Outage ID %s).\n\n"
           "If you are still without power, please report it at alliantenergy.com/outages or call 1-800-555-0142.\n"
           "Thank you for your patience during the storm.\n\n"
           "---\n"
           "This is a service alert for your account. Manage alert preferences at alliantenergy.com/alerts." % (street, oid))
    return Ours("restored", "Alliant Energy Alerts", "alerts@alliant-energy.com",
                "Update: power restored at your address", dt, txt, reply_to=CC,
                mid="<%s-R.%s@alerts.alliant-energy.com>" % (oid, rhex(8)))


def o_html(o):
    out = []
    for p in paras(o.text):
        out.append("<p>" + "<br>\n".join(html_escape(l) for l in p) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- helpers
def to_hdr(mailbox_addr, style="plain"):
    if style == "name":
        if mailbox_addr == PH:
            return "PowerHouse Catalog <%s>" % PH
        return "Alliant Energy <%s>" % CC
    if style == "quoted":
        return '"%s" <%s>' % (mailbox_addr, mailbox_addr)
    return mailbox_addr


def reply_to_of(o):
    return o.reply_to or o.from_addr


def reply_subject(o, pfx="Re: "):
    return pfx + o.subject


def quote_gt(text, pfx="> "):
    return "\n".join((pfx + l).rstrip() if l else pfx.rstrip() for l in text.split("\n"))


def wrap_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        w = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend([x + " " for x in w[:-1]] + [w[-1]])
    return "\n".join(out)


def html_from_text(text, wrap="div"):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s><br></%s>" % (wrap, wrap) if wrap == "div" else "<br>")
        else:
            out.append("<%s>%s</%s>" % (wrap, html_escape(line), wrap) if wrap == "div" else html_escape(line) + "<br>")
    return "\n".join(out)


def common_headers(h):
    return "".join("%s: %s\r\n" % (k, v) for k, v in h if v is not None)


# ---------------------------------------------------------------- clients
def gmail(name, email, rcpt, dt, subject, text, reply=None, quote=True, lang="en", to=None, cc=None,
          reply_to=None, dom=None, html=True, extra=None, mid=None):
    dom = dom or email.split("@")[1]
    msgid = mid or "<CA%s@mail.gmail.com>" % (rstr(1, "+ABCDEFGHJKLMNPQRSTUVWXYZ") + rstr(46, string.ascii_letters + string.digits + "_-") + "=" + rstr(3))
    body_plain = text
    body_html = "<div dir=\"ltr\">" + html_from_text(text).replace("<div>", "<div>", 1) + "</div>"
    refs = None
    if reply is not None:
        rd = reply.dt
        if lang == "es":
            attr = "El %s, %d %s %d a la(s) %d:%02d\u202f%s, %s (<%s>) escribi\u00f3:" % (
                DIA_ES[rd.weekday()], rd.day, MES_ES[rd.month - 1], rd.year, rd.hour % 12 or 12, rd.minute,
                "a.m." if rd.hour < 12 else "p.m.", reply.from_name, reply.from_addr)
        else:
            attr = "On %s, %s %d, %d at %d:%02d\u202f%s %s <%s> wrote:" % (
                DAYS[rd.weekday()], MON[rd.month - 1], rd.day, rd.year, rd.hour % 12 or 12, rd.minute,
                "AM" if rd.hour < 12 else "PM", reply.from_name, reply.from_addr)
        if quote:
            body_plain = text + "\n\n" + attr + "\n\n" + quote_gt(reply.text) + "\n"
            body_html += ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                          "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                          "%s</blockquote></div>" % (html_escape(attr), o_html(reply)))
        refs = reply.msgid(email)
    to = to or rcpt
    b = boundary_gmail()
    hdrs = [("MIME-Version", "1.0"), ("References", refs), ("In-Reply-To", refs),
            ("From", addr(name, email)), ("Date", rfc(dt)), ("Message-ID", msgid),
            ("Subject", hq(subject)), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
    if extra:
        hdrs += extra
    if html:
        p1 = part("text/plain", body_plain, "UTF-8")
        p1 = p1.replace("charset=UTF-8", 'charset="UTF-8"', 1)
        p2 = part("text/html", body_html, "UTF-8")
        p2 = p2.replace("charset=UTF-8", 'charset="UTF-8"', 1)
        ct, body = alt(b, p1, p2)
        ct = ct.replace('boundary="%s"' % b, 'boundary="%s"' % b)
        top = common_headers(hdrs) + ct
    else:
        p = part("text/plain", body_plain, "UTF-8").replace("charset=UTF-8", 'charset="UTF-8"', 1)
        hh, body = p.split("\r\n\r\n", 1)
        top = common_headers(hdrs) + hh + "\r\n\r\n"
        body = body + "\r\n"
    return gmail_transport(email, rcpt, dt, dom=dom) + top + body


def yahoo(name, email, rcpt, dt, subject, text, reply=None, quote=True, aol=False, to=None, html=True):
    dom = email.split("@")[1]
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 999999999), R.randint(1000000, 9999999),
                                          int(dt.timestamp() * 1000) - R.randint(1000, 9000))
    body_plain = text
    body_html = ("<html><head></head><body><div class=\"%s\" style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                 "<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % ("aol-mail-body" if aol else "yahoo-style-wrap",
                                                                     html_from_text(text)))
    refs = None
    if reply is not None:
        rd = reply.dt
        attr = "On %s, %s %d, %d at %02d:%02d:%02d %s CST, %s <%s> wrote:" % (
            DAYL[rd.weekday()], MONL[rd.month - 1], rd.day, rd.year, rd.hour % 12 or 12, rd.minute, rd.second,
            "AM" if rd.hour < 12 else "PM", reply.from_name, reply.from_addr)
        if quote:
            body_plain = text + "\n\n\n    " + attr + "  \n \n \n" + reply.text + "\n"
            body_html += ("<div><br></div><div id=\"yahoo_quoted_%d\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
                          "<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>" % (
                              R.randint(1000000000, 9999999999), html_escape(attr), o_html(reply)))
        refs = reply.msgid(email)
    body_html += "</div></body></html>"
    b = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999), int(dt.timestamp() * 1000))
    mailer = "WebService/1.1.%d %s" % (R.randint(22800, 23900), "AolMailNorrin" if aol else "YMailNorrin")
    hdrs = [("Date", rfc(dt, UTC) + " (UTC)"), ("From", addr(name, email)), ("To", to or rcpt), ("Message-ID", msgid),
            ("In-Reply-To", refs), ("References", refs), ("Subject", hq(subject)), ("MIME-Version", "1.0")]
    if html:
        ct, body = alt(b, part("text/plain", body_plain, "UTF-8", cte="quoted-printable"),
                       part("text/html", body_html, "UTF-8", cte="quoted-printable"), quotes=True)
        top = common_headers(hdrs) + ct.replace("\r\n\r\n", "\r\n") + "X-Mailer: %s\r\n\r\n" % mailer
    else:
        p = part("text/plain", body_plain, "UTF-8", cte="7bit" if not needs_qp(body_plain) else "quoted-printable")
        hh, body = p.split("\r\n\r\n", 1)
        top = common_headers(hdrs) + hh + "\r\nX-Mailer: %s\r\n\r\n" % mailer
        body += "\r\n"
    return yahoo_transport(email, rcpt, dt, dom=dom) + top + body


def outlookcom(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, charset="iso-8859-1",
               lang="en-US", fw=False):
    _all = text + subject + (name or "") + ((reply.text + reply.subject) if reply is not None else "")
    try:
        _all.encode({"iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}.get(charset.lower(), "utf-8"))
    except UnicodeEncodeError:
        charset = "utf-8"
    dom = email.split("@")[1]
    tr, srv = outlookcom_transport(email, rcpt, dt, dom=dom)
    msgid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, rhex(24, True), srv, srv[5:7])
    body_plain = text
    sig = ""
    body_html_txt = "".join("<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">%s</div>\r\n" % (
        html_escape(l) if l.strip() else "<br>") for l in text.split("\n"))
    refs = None
    quote_html = ""
    if reply is not None:
        rd = reply.dt
        hdrblock = "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            reply.from_name, reply.from_addr, DAYL[rd.weekday()], MONL[rd.month - 1], rd.day, rd.year, hour12(rd),
            email if not name else "%s <%s>" % (name, email), reply.subject)
        if quote:
            body_plain = text + "\n\n" + "_" * 32 + "\n" + hdrblock + "\n\n" + reply.text + "\n"
            quote_html = ("<div id=\"appendonsend\"></div>\r\n<hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">\r\n"
                          "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                          "<b>From:</b> %s &lt;%s&gt;<br>\r\n<b>Sent:</b> %s, %s %d, %d %s<br>\r\n<b>To:</b> %s<br>\r\n<b>Subject:</b> %s</font>"
                          "<div>&nbsp;</div>\r\n</div>\r\n<div>%s</div>\r\n" % (
                              html_escape(reply.from_name), reply.from_addr, DAYL[rd.weekday()], MONL[rd.month - 1], rd.day,
                              rd.year, hour12(rd), html_escape(email), html_escape(reply.subject), o_html(reply)))
        if not fw:
            refs = reply.msgid(email)
    body_html = ("<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\r\n"
                 "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n"
                 "<body dir=\"ltr\">\r\n%s%s</body>\r\n</html>\r\n" % (charset, body_html_txt, quote_html))
    b = "_000_%s%s_" % (srv, rhex(24, True))
    thread_index = "AQH" + rb64(25) + "=="
    hdrs = [("From", addr(name, email, charset=charset)), ("To", to or rcpt), ("Subject", hq(subject, charset)),
            ("Thread-Topic", hq(subject.replace("Re: ", "").replace("RE: ", "").replace("Fw: ", "").replace("FW: ", ""), charset)),
            ("Thread-Index", thread_index), ("Date", rfc(dt, UTC).replace("+0000", "+0000")),
            ("Message-ID", msgid), ("References", refs), ("In-Reply-To", refs),
            ("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("msip_labels", ""), ("x-ms-exchange-messagesentrepresentingtype", "1"),
            ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv)),
            ("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
            ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b), ("MIME-Version", "1.0")]
    top = "".join("%s: %s\r\n" % (k, v) if v != "" else "%s:\r\n" % k for k, v in hdrs if v is not None)
    p1 = part("text/plain", body_plain, '"%s"' % charset if False else charset, cte="quoted-printable")
    p1 = p1.replace("charset=%s" % charset, 'charset="%s"' % charset, 1)
    p2 = part("text/html", body_html, charset, cte="quoted-printable").replace("charset=%s" % charset, 'charset="%s"' % charset, 1)
    body = "\r\n--%s\r\n%s\r\n\r\n--%s\r\n%s\r\n\r\n--%s--\r\n" % (b, p1, b, p2, b)
    return tr + top + body


def iphone(name, email, rcpt, dt, subject, text, reply=None, quote=True, sig="Sent from my iPhone", transport="icloud",
           to=None, ios="22D72"):
    dom = email.split("@")[1]
    msgid = "<%s@%s>" % (uuid(True), dom)
    full = text + ("\n\n" + sig if sig else "")
    refs = None
    if reply is not None and quote:
        rd = reply.dt
        attr = "On %s %d, %d, at %s, %s <%s> wrote:" % (MON[rd.month - 1], rd.day, rd.year,
                                                         hour12(rd).replace(" ", "\u202f"), reply.from_name, reply.from_addr)
        full = full + "\n\n" + quote_gt(attr + "\n\n" + reply.text) + "\n"
    if reply is not None:
        refs = reply.msgid(email)
    hdrs = [("Content-Type", "text/plain;\r\n\tcharset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable" if needs_qp(full) else "7bit"),
            ("From", addr(name, email)), ("Mime-Version", "1.0 (1.0)"), ("Subject", hq(subject, "utf-8")),
            ("Date", rfc(dt)), ("Message-Id", msgid), ("References", refs), ("In-Reply-To", refs),
            ("To", to or rcpt), ("X-Mailer", "iPhone Mail (%s)" % ios)]
    body = qp(full) if needs_qp(full) else crlf(full)
    top = common_headers(hdrs) + "\r\n"
    if transport == "icloud":
        tr = icloud_transport(email, rcpt, dt, dom=dom)
    elif transport == "gmail":
        tr = gmail_transport(email, rcpt, dt, dom=dom)
    elif transport == "yahoo":
        tr = yahoo_transport(email, rcpt, dt, dom=dom)
    elif transport == "comcast":
        tr = comcast_transport(email, rcpt, dt, dom=dom)
    else:
        tr = transport(email, rcpt, dt)
    return tr + top + body + "\r\n"


def applemail(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, transport="icloud"):
    dom = email.split("@")[1]
    msgid = "<%s@%s>" % (uuid(True), dom)
    refs = reply.msgid(email) if reply is not None else None
    full = text
    html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">" + html_from_text(text)
    if reply is not None and quote:
        rd = reply.dt
        attr = "On %s %d, %d, at %s, %s <%s> wrote:" % (MON[rd.month - 1], rd.day, rd.year,
                                                         hour12(rd).replace(" ", "\u202f"), reply.from_name, reply.from_addr)
        full = text + "\n\n" + attr + "\n\n" + quote_gt(reply.text) + "\n"
        html += "<div><br><blockquote type=\"cite\"><div>%s</div><br class=\"Apple-interchange-newline\"><div>%s</div></blockquote></div><br>" % (
            html_escape(attr), o_html(reply))
    html += "</body></html>"
    b = "Apple-Mail=_%s" % uuid(True)
    hdrs = [("From", addr(name, email)), ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"), ("Subject", hq(subject, "utf-8")),
            ("Date", rfc(dt)), ("In-Reply-To", refs), ("References", refs), ("To", to or rcpt),
            ("Message-Id", msgid), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    p1 = part("text/plain", full, "us-ascii" if not needs_qp(full) else "utf-8",
              cte="7bit" if not needs_qp(full) else "quoted-printable")
    p2 = part("text/html", html, "utf-8", cte="quoted-printable")
    p1 = p1.replace("Content-Type: text/plain; charset=", "Content-Type: text/plain;\r\n\tcharset=")
    p2 = p2.replace("Content-Type: text/html; charset=", "Content-Type: text/html;\r\n\tcharset=")
    body = "\r\n--%s\r\n%s\r\n\r\n--%s\r\n%s\r\n--%s--\r\n" % (b, p1, b, p2, b)
    # Apple puts Content-Transfer-Encoding before Content-Type
    tr = icloud_transport(email, rcpt, dt, dom=dom) if transport == "icloud" else gmail_transport(email, rcpt, dt, dom=dom)
    return tr + common_headers(hdrs) + body


def thunderbird(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, tr=None, ua=None):
    dom = email.split("@")[1]
    msgid = "<%s@%s>" % (uuid(), dom)
    refs = reply.msgid(email) if reply is not None else None
    full = wrap_flowed(text)
    if reply is not None and quote:
        rd = reply.dt
        attr = "On %d/%d/%d %s, %s wrote:" % (rd.month, rd.day, rd.year, hour12(rd), reply.from_name)
        full = full + "\n\n" + attr + "\n" + quote_gt(wrap_flowed(reply.text, 72)) + "\n"
        full = wrap_flowed(text) + "\n\n" + attr + "\n" + quote_gt(reply.text) + "\n"
    ascii_ok = not needs_qp(full.replace(" \n", "\n"))
    hdrs = [("Message-ID", msgid), ("Date", rfc(dt)), ("MIME-Version", "1.0"),
            ("User-Agent", ua or "Mozilla Thunderbird"), ("Subject", hq(subject)),
            ("References", refs), ("In-Reply-To", refs),
            ("Content-Language", "en-US"), ("To", to or rcpt), ("From", addr(name, email)),
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
            ("Content-Transfer-Encoding", "7bit" if ascii_ok else "8bit")]
    body = crlf(full)
    if not ascii_ok:
        body = crlf(full)
    tr = tr or generic_transport(email, rcpt, dt, dom, "smtp.%s" % dom, "64.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)))
    return tr + common_headers(hdrs) + "\r\n" + body + "\r\n"


def comcast(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None):
    msgid = "<%d.%d.%d@connect.xfinity.com>" % (R.randint(100000000, 999999999), R.randint(10000, 99999), int(dt.timestamp() * 1000))
    refs = reply.msgid(email) if reply is not None else None
    full = text
    html = "<!doctype html>\r\n<html>\r\n <head> \r\n  <meta charset=\"UTF-8\"> \r\n </head>\r\n <body>\r\n" + "".join(
        "  <div class=\"default-style\">\r\n   %s\r\n  </div>\r\n" % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n"))
    if reply is not None and quote:
        rd = reply.dt
        attr = "On %02d/%02d/%d %s CST %s <%s> wrote:" % (rd.month, rd.day, rd.year, hour12(rd), reply.from_name, reply.from_addr)
        full = text + "\n\n\n" + quote_gt(attr + "\n\n\n" + reply.text) + "\n"
        html += "  <blockquote type=\"cite\">\r\n   %s\r\n   %s\r\n  </blockquote>\r\n" % (html_escape(attr), o_html(reply))
    html += " </body>\r\n</html>"
    b = "----=_Part_%d_%d.%d" % (R.randint(10000, 99999), R.randint(100000000, 999999999), int(dt.timestamp() * 1000))
    hdrs = [("Date", rfc(dt)), ("From", addr(name, email)), ("To", to or rcpt), ("Message-ID", msgid),
            ("In-Reply-To", refs), ("References", refs), ("Subject", hq(subject)), ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/alternative; \r\n\tboundary="%s"' % b), ("X-Priority", "3"), ("Importance", "Normal"),
            ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % R.randint(40, 70)), ("X-Originating-IP", "73.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
            ("X-Originating-Client", "open-xchange-appsuite")]
    body = "\r\n--%s\r\n%s\r\n--%s\r\n%s\r\n--%s--\r\n" % (
        b, part("text/plain", full, "UTF-8", cte="7bit" if not needs_qp(full) else "quoted-printable"), b,
        part("text/html", html, "UTF-8", cte="quoted-printable"), b)
    return comcast_transport(email, rcpt, dt, dom=email.split("@")[1]) + common_headers(hdrs) + body


def roundcube(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, host=None, ip=None, ver="1.6.9",
              dkim=False):
    dom = email.split("@")[1]
    msgid = "<%s@%s>" % (rhex(32), dom)
    refs = reply.msgid(email) if reply is not None else None
    full = wrap_flowed(text)
    if reply is not None and quote:
        rd = reply.dt
        attr = "On %d-%02d-%02d %02d:%02d, %s wrote:" % (rd.year, rd.month, rd.day, rd.hour, rd.minute, reply.from_name)
        full = full + "\n\n" + attr + "\n" + quote_gt(reply.text) + "\n"
    ascii_ok = not needs_qp(full.replace(" \n", "\n"))
    hdrs = [("MIME-Version", "1.0"), ("Date", rfc(dt)), ("From", addr(name, email)), ("To", to or rcpt),
            ("Subject", hq(subject)), ("In-Reply-To", refs), ("References", refs), ("Message-ID", msgid),
            ("X-Sender", email), ("User-Agent", "Roundcube Webmail/%s" % ver),
            ("Content-Type", "text/plain; charset=%s;\r\n format=flowed" % ("US-ASCII" if ascii_ok else "UTF-8")),
            ("Content-Transfer-Encoding", "7bit" if ascii_ok else "8bit")]
    host = host or "mail.%s" % dom
    ip = ip or "69.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    internal = "Received: from [192.168.1.%d] (c-%d-%d.%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s\r\n" % (
        R.randint(2, 200), R.randint(10, 99), R.randint(10, 99), dom, ip, host, qid(), rfc(dt, pad=True)) if False else ""
    tr = generic_transport(email, rcpt, dt, dom, host, ip, internal=internal, dkim=dkim, dmarc="none" if not dkim else "pass")
    return tr + common_headers(hdrs) + "\r\n" + crlf(full) + "\r\n"


def samsung(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, trans="gmail"):
    dom = email.split("@")[1]
    msgid = "<%s@email.android.com>" % rstr(8, "0123456789abcdefghijklmnopqrstuvwxyz") if False else "<%s.%s@email.android.com>" % (rhex(16), rhex(8))
    refs = reply.msgid(email) if reply is not None else None
    full = text + "\n\n\n\nSent from my Galaxy"
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">" + "".join(
        "<div dir=\"auto\">%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n")) + \
        "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" dir=\"auto\">Sent from my Galaxy</div></div>"
    if reply is not None and quote:
        rd = reply.dt
        blk = "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %d:%02d %s (GMT-06:00) \nTo: %s \nSubject: %s \n" % (
            reply.from_name, reply.from_addr, rd.month, rd.day, str(rd.year)[2:], rd.hour % 12 or 12, rd.minute,
            "AM" if rd.hour < 12 else "PM", email, reply.subject)
        full = full + "\n\n\n" + blk + "\n" + reply.text + "\n"
        html += "<div><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%%;color:#000000\"><div>-------- Original message --------</div><div>From: %s &lt;%s&gt; </div><div>Date: %d/%d/%s %d:%02d %s (GMT-06:00) </div><div>To: %s </div><div>Subject: %s </div><div><br></div></div>%s" % (
            html_escape(reply.from_name), reply.from_addr, rd.month, rd.day, str(rd.year)[2:], rd.hour % 12 or 12, rd.minute,
            "AM" if rd.hour < 12 else "PM", email, html_escape(reply.subject), o_html(reply))
    html += "</body></html>"
    b = "--_com.samsung.android.email_%d%d" % (R.randint(1000000000, 9999999999), R.randint(100000, 999999))
    hdrs = [("Message-ID", msgid), ("Date", rfc(dt)), ("Subject", hq(subject)), ("From", addr(name, email)),
            ("To", to or rcpt), ("In-Reply-To", refs), ("References", refs), ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    body = "\r\n--%s\r\n%s\r\n\r\n--%s\r\n%s\r\n\r\n--%s--\r\n" % (
        b, part("text/plain", full, "UTF-8", cte="base64"), b, part("text/html", html, "UTF-8", cte="base64"), b)
    tr = gmail_transport(email, rcpt, dt, dom=dom) if trans == "gmail" else yahoo_transport(email, rcpt, dt, dom=dom)
    return tr + common_headers(hdrs) + body


def outlook_desktop(name, email, rcpt, dt, subject, text, reply=None, quote=True, to=None, sig="", cc=None,
                    fw=False, charset="us-ascii", ver="16.0", extra=None):
    _all = text + subject + (name or "") + ((reply.text + reply.subject) if reply is not None else "")
    try:
        _all.encode({"iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}.get(charset.lower(), "utf-8"))
    except UnicodeEncodeError:
        charset = "utf-8"
    dom = email.split("@")[1]
    tr, srv = m365_transport(email, rcpt, dt, dom)
    msgid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, rhex(24, True), srv, srv[5:7])
    refs = reply.msgid(email) if (reply is not None and not fw) else None
    full = text + ("\n\n" + sig if sig else "")
    hp = "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>\r\n" % (html_escape(l) if l.strip() else "<o:p>&nbsp;</o:p>")
                 for l in full.split("\n"))
    if reply is not None and quote:
        rd = reply.dt
        blk = "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            reply.from_name, reply.from_addr, DAYL[rd.weekday()], MONL[rd.month - 1], rd.day, rd.year, hour12(rd),
            ("%s <%s>" % (name, email)) if not fw else email, reply.subject)
        full = full + "\n\n" + blk + "\n\n" + reply.text + "\n"
        hp += ("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\r\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">\r\n"
               "<p class=\"MsoNormal\"><b>From:</b> %s &lt;%s&gt; <br>\r\n<b>Sent:</b> %s, %s %d, %d %s<br>\r\n<b>To:</b> %s<br>\r\n<b>Subject:</b> %s<o:p></o:p></p>\r\n</div>\r\n%s\r\n" % (
                   html_escape(reply.from_name), reply.from_addr, DAYL[rd.weekday()], MONL[rd.month - 1], rd.day, rd.year,
                   hour12(rd), html_escape(email), html_escape(reply.subject), o_html(reply)))
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">\r\n"
            "<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\r\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\r\n"
            "<style><!--\r\n/* Style Definitions */\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0in;\r\n\tfont-size:11.0pt;\r\n\tfont-family:\"Aptos\",sans-serif;}\r\n"
            "@page WordSection1\r\n\t{size:8.5in 11.0in;\r\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n--></style>\r\n"
            "</head>\r\n<body lang=\"EN-US\" link=\"#467886\" vlink=\"#96607D\" style=\"word-wrap:break-word\">\r\n<div class=\"WordSection1\">\r\n%s</div>\r\n</body>\r\n</html>\r\n" % (charset, hp))
    b = "_000_%s%s_" % (srv, rhex(24, True))
    hdrs = [("From", addr(name, email, charset=charset)), ("To", to or rcpt), ("CC", cc), ("Subject", hq(subject)),
            ("Thread-Topic", hq(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:", "Re:") else subject)),
            ("Thread-Index", "AQH" + rb64(25) + "=="), ("Date", rfc(dt, UTC)), ("Message-ID", msgid),
            ("References", refs), ("In-Reply-To", refs), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
            ("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv))]
    if extra:
        hdrs += extra
    hdrs += [("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b), ("MIME-Version", "1.0")]
    top = "".join("%s: %s\r\n" % (k, v) if v != "" else "%s:\r\n" % k for k, v in hdrs if v is not None)
    cs = charset
    p1 = part("text/plain", full, cs, cte="quoted-printable").replace("charset=%s" % cs, 'charset="%s"' % cs, 1)
    p2 = part("text/html", html, cs, cte="quoted-printable").replace("charset=%s" % cs, 'charset="%s"' % cs, 1)
    body = "\r\n--%s\r\n%s\r\n\r\n--%s\r\n%s\r\n\r\n--%s--\r\n" % (b, p1, b, p2, b)
    return tr + top + body
