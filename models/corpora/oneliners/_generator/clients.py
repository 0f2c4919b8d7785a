"""Render a person's message the way their mail program would send it."""
import datetime as dt
import base64
import re

import mailkit as mk
import ours

MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


# ---------------------------------------------------------------- relays (by sender domain)
ISP = ("tds.net", "mchsi.com", "charter.net", "frontier.com", "sbcglobal.net")


def relay_received(domain, d, r, rcpt, client, local="user"):
    """Return the Received lines (top first) for mail from this domain reaching our MX."""
    u = mk.utc(d)
    out = []

    if domain in ("gmail.com", "googlemail.com"):
        host = "mail-%s-f%d.google.com" % (r.choice(["qk1", "ej1", "pl1", "yb1", "oi1", "vs1", "io1"]), r.randint(41, 199))
        ip = "209.85.%d.%d" % (r.randint(128, 222), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=3), rcpt, r))
        pdt = u.astimezone(dt.timezone(dt.timedelta(hours=-7 if d.utcoffset() == dt.timedelta(hours=-5) else -8)))
        out.append("Received: by %s with SMTP id %s%s.%d\n        for <%s>; %s (%s)" % (
            host, mk.rdigits(r, 4), mk.ralnum(r, 12).lower(), r.randint(1, 9), rcpt, mk.rfc_date(pdt),
            "PDT" if pdt.utcoffset() == dt.timedelta(hours=-7) else "PST"))
        out.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s (%s)" % (
            mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 3), mk.rhex(r, 4), mk.ralnum(r, 10).lower(),
            r.randint(1, 30), r.randint(1000000000000, 9999999999999), mk.rfc_date(pdt),
            "PDT" if pdt.utcoffset() == dt.timedelta(hours=-7) else "PST"))
    elif domain in ("yahoo.com", "aol.com", "ymail.com", "sbcglobal.net", "att.net", "rocketmail.com"):
        n = r.randint(300, 330)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, r.randint(10, 40), r.choice(["ne1", "bf2", "gq1"]))
        ip = "66.163.%d.%d" % (r.randint(180, 191), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=2), rcpt, r))
        out.append("Received: by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n\t%s" % (
            r.choice(["ne1", "bf1", "gq1"]), mk.rhex(r, 10), mk.ralnum(r, 5).lower(), mk.rhex(r, 32),
            mk.rfc_date(u).replace("+0000", "+0000 (UTC)")))
    elif domain in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        nam = r.choice(["NAM10", "NAM11", "NAM12", "NAM04"])
        host = "%s-DM6-obe.outbound.protection.outlook.com" % nam
        mh = "mail-dm6%son%d.outbound.protection.outlook.com" % (nam.lower(), r.randint(2010, 2099))
        ip = "40.92.%d.%d" % (r.randint(10, 99), r.randint(2, 250))
        out.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, mh, ip, mk.OUR_MX, mk.rhex(r, 11, upper=True), rcpt, mk.rfc_date(d + dt.timedelta(seconds=2), True)))
        box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6", "BY5", "CH3"]), r.randint(1, 19), r.randint(1000, 9999))
        out.append("Received: from %s.namprd%02d.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%02d.prod.outlook.com\n"
                   " ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%03d; %s" % (
                       box, r.randint(1, 19), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), box,
                       r.randint(1, 19), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4),
                       r.randint(8000, 8300), r.randint(1, 40), mk.rfc_date(u)))
    elif domain in ("icloud.com", "me.com", "mac.com"):
        host = "st43p00im-ztdg%08d.me.com" % r.randint(10000000, 10099999)
        ip = "17.58.%d.%d" % (r.randint(60, 70), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=2), rcpt, r))
        out.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                   "\tby st43p00im-ztdg%08d.me.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)" % (
                       r.randint(10000000, 10099999), mk.rhex(r, 10, upper=True), rcpt, mk.rfc_date(u)))
    elif client.startswith("outlook") and domain not in ISP:
        # a business domain hosted on Microsoft 365
        host = "mail-%s%s.outbound.protection.outlook.com" % (r.choice(["bn8nam12on", "dm6nam11on", "co1nam11on",
                                                                        "mw2nam10on"]), r.randint(2040, 2139))
        ip = "40.107.%d.%d" % (r.randint(200, 244), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=2), rcpt, r))
        box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6", "BY5", "CH3"]), r.randint(1, 19), r.randint(1000, 9999))
        out.append("Received: from %s.namprd%02d.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%02d.prod.outlook.com\n"
                   " ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%03d; %s" % (
                       box, r.randint(1, 19), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), box,
                       r.randint(1, 19), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4), mk.rhex(r, 4),
                       r.randint(8000, 8300), r.randint(1, 40), mk.rfc_date(u)))
    elif domain.endswith("vzwpix.com"):
        host = "njbrspmtai%d.vzwpix.com" % r.randint(1, 6)
        ip = "66.174.%d.%d" % (r.randint(70, 80), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=5), rcpt, r, tls=False))
    else:
        # ISP or small-business mail host
        host = r.choice(["smtp", "mail", "smtp-out", "mta"]) + "%d.%s" % (r.randint(1, 9), domain)
        ip = "%d.%d.%d.%d" % (r.choice([24, 65, 69, 71, 98, 173, 206]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
        out.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=4), rcpt, r))
        cip = "%d.%d.%d.%d" % (r.choice([73, 75, 96, 174, 184]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
        out.append("Received: from [192.168.%d.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            r.randint(0, 2), r.randint(2, 200), cip, "%s@%s" % (local, domain), host, mk.rhex(r, 10, upper=True), mk.rfc_date(d, True)))
    return out


# ---------------------------------------------------------------- attribution lines
def attrib(style, od, oname, oaddr):
    h, ap = mk.h12(od)
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d\u202f%s %s <%s> wrote:" % (
            mk.DAYS[od.weekday()], mk.MONTHS[od.month - 1], od.day, od.year, h, od.minute, ap, oname, oaddr)
    if style == "gmail_old":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            mk.DAYS[od.weekday()], mk.MONTHS[od.month - 1], od.day, od.year, h, od.minute, ap, oname, oaddr)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            mk.DIAS[od.weekday()], od.day, mk.MESES[od.month - 1], od.year, od.hour, od.minute, oname, oaddr)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d\u202f%s, %s <%s> wrote:" % (
            mk.MONTHS[od.month - 1], od.day, od.year, h, od.minute, ap, oname, oaddr)
    if style == "apple_es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            od.day, mk.MESES[od.month - 1], od.year, od.hour, od.minute, oname, oaddr)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            mk.DAYS_LONG[od.weekday()], mk.MONTHS_LONG[od.month - 1], od.day, od.year, h, od.minute, od.second, ap,
            mk.tzname(od), oname, oaddr)
    if style == "yahoo_android":
        return "On %s, %s %d, %d at %d:%02d %s, %s<%s> wrote:" % (
            mk.DAYS[od.weekday()], mk.MONTHS[od.month - 1], od.day, od.year, h, od.minute, ap, oname, oaddr)
    if style == "yahoo_es":
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribió:" % (
            mk.DIAS_LONG[od.weekday()], od.day, mk.MESES_LONG[od.month - 1], od.year, od.hour, od.minute, od.second,
            mk.tzname(od), oname, oaddr)
    if style == "thunderbird":
        return "On %d/%d/%02d %d:%02d %s, %s wrote:" % (od.month, od.day, od.year % 100, h, od.minute, ap, oname)
    raise ValueError(style)


def outlook_block(od, oname, oaddr, to, subject, lang="en", rule=True):
    h, ap = mk.h12(od)
    if lang == "es":
        lines = ["De: %s <%s>" % (oname, oaddr),
                 "Enviado: %s, %d de %s de %d %d:%02d" % (mk.DIAS_LONG[od.weekday()], od.day, mk.MESES_LONG[od.month - 1],
                                                          od.year, od.hour, od.minute),
                 "Para: %s" % to, "Asunto: %s" % subject]
    else:
        lines = ["From: %s <%s>" % (oname, oaddr),
                 "Sent: %s, %s %d, %d %d:%02d %s" % (mk.DAYS_LONG[od.weekday()], mk.MONTHS_LONG[od.month - 1], od.day,
                                                      od.year, h, od.minute, ap),
                 "To: %s" % to, "Subject: %s" % subject]
    return (["________________________________"] if rule else []) + lines


# ---------------------------------------------------------------- the renderer
def render(s, r):
    """s: spec dict of a person message. Returns raw bytes."""
    rcpt = MAILBOX[s["mbx"]]
    d = mk.central(dt.datetime(*s["when"]))
    name, email = s.get("name"), s["email"]
    domain = email.split("@")[1]
    client = s["client"]
    lang = s.get("lang", "en")
    text = s["text"]

    # ---- what it answers
    our = None
    refs, irt = None, None
    if s.get("answers"):
        a = s["answers"]
        if isinstance(a, tuple):
            our = ours.ack(a[0], a[1])
            if client.startswith("gmail"):
                orig_id = "<CA%s@mail.gmail.com>" % mk.ralnum(r, 44)
            elif client in ("iphone", "iphone_es", "apple_mail"):
                orig_id = "<%s@%s>" % (mk.uuid(r, upper=True), domain)
            elif client.startswith("outlook"):
                box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6"]), r.randint(1, 19), r.randint(1000, 9999))
                orig_id = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, mk.rhex(r, 32, upper=True), box,
                                                                     r.randint(1, 19))
            else:
                orig_id = "<%s@%s>" % (mk.uuid(r), domain)
            gap = dt.timedelta(minutes=s.get("gap_min", 3000))
            od = d - gap
            our_id = "<ack.%s.%s@alliant-energy.com>" % (od.strftime("%Y%m%d"), mk.rhex(r, 12))
            refs = "%s %s" % (orig_id, our_id)
        else:
            our = dict(ours.OURS[a])
            gap = dt.timedelta(minutes=s.get("gap_min", 1500))
            od = d - gap
            if our["kind"] in ("promotion", "newsletter", "catalog e-mail", "bill notice", "payment reminder") and \
                    not 7 <= od.hour <= 19:
                od = od.replace(hour=7 + od.hour % 12)
            our_id = "<%s.%s.%s@%s>" % (our["id"], od.strftime("%Y%m%d"), mk.rhex(r, 10),
                                        "notify.alliantenergy.com" if our.get("reply_to") else "alliant-energy.com")
            refs = our_id
        od = od.replace(second=r.randint(0, 59))
        irt = our_id
        oname, oaddr = our["sender"]
        if s.get("forward"):
            to_hdr = rcpt
        elif our.get("reply_to"):
            to_hdr = our["reply_to"]
        else:
            to_hdr = mk.fmt_addr(oname, oaddr)
        assert (our.get("reply_to") or oaddr) == rcpt, (s["n"], rcpt)
    else:
        to_hdr = s.get("to_hdr", rcpt)

    subject = s.get("subject", "")
    if our is not None and "subject" not in s:
        prefix = {"outlook": "RE: ", "outlook_es": "RE: ", "outlook_com": "Re: ", "outlook_ios": "Re: ",
                  "aol": "Re: ", "samsung": "Re: ", "samsung_es": "Re: ", "yahoo_es": "Re: ",
                  "gmail_es": "Re: "}.get(client, "Re: ")
        base = our["subject"]
        if base.startswith("Re: "):
            base = base[4:]
            prefix = "RE: " if client.startswith("outlook") and client != "outlook_com" else "Re: "
        subject = prefix + base
        if s.get("forward"):
            subject = "FW: " + our["subject"]

    to_disp = mk.fmt_addr(name, email) if name else email

    # ---- the program's automatic signature line
    auto_sig = s.get("auto_sig", {
        "iphone": "Sent from my iPhone", "iphone_es": "Enviado desde mi iPhone",
        "yahoo_android": "Sent from Yahoo Mail on Android", "yahoo_es": "Enviado desde Yahoo Mail para Android",
        "samsung": "Sent from my Galaxy", "samsung_es": "Enviado desde mi Galaxy",
        "outlook_ios": "Get Outlook for iOS<https://aka.ms/o0ukef>", "aol": "Sent from the all new AOL app for iOS",
    }.get(client))

    new_plain = text
    if auto_sig:
        new_plain = (text + "\n\n" if text else "") + auto_sig

    # ---- quoted part
    quote_plain, quote_html = "", ""
    if our is not None:
        otext = our["text"]
        if client in ("gmail", "gmail_android", "gmail_old"):
            st = "gmail_old" if client == "gmail_old" else "gmail"
            at = attrib(st, od, oname, oaddr)
            quote_plain = at + "\n\n" + mk.quote_gt(otext)
        elif client == "gmail_es":
            at = attrib("gmail_es", od, oname, oaddr)
            quote_plain = at + "\n\n" + mk.quote_gt(otext)
        elif client in ("iphone", "apple_mail", "iphone_es"):
            at = attrib("apple_es" if client == "iphone_es" else "apple", od, oname, oaddr)
            quote_plain = mk.quote_gt(at + "\n\n" + otext)
        elif client in ("yahoo", "yahoo_android", "yahoo_es"):
            st = {"yahoo": "yahoo", "yahoo_android": "yahoo_android", "yahoo_es": "yahoo_es"}[client]
            at = attrib(st, od, oname, oaddr)
            quote_plain = ("   " if client != "yahoo" else "") + at + ("   " if client != "yahoo" else "") + \
                "\n\n" + otext
        elif client in ("outlook", "outlook_com", "outlook_ios", "outlook_es"):
            blk = outlook_block(od, oname, oaddr, to_disp, our["subject"], "es" if client == "outlook_es" else "en",
                                rule=client != "outlook")
            quote_plain = "\n".join(blk) + "\n\n" + otext
        elif client == "aol":
            h, ap = mk.h12(od)
            quote_plain = "\n".join(["-----Original Message-----", "From: %s <%s>" % (oname, oaddr),
                                     "To: %s" % email,
                                     "Sent: %s, %s %d, %d %d:%02d %s" % (mk.DAYS[od.weekday()], mk.MONTHS[od.month - 1],
                                                                          od.day, od.year, h, od.minute, ap.lower()),
                                     "Subject: %s" % our["subject"]]) + "\n\n" + otext
        elif client in ("samsung", "samsung_es"):
            h, ap = mk.h12(od)
            off = int(od.utcoffset().total_seconds() // 3600)
            if client == "samsung":
                hdrs = ["-------- Original message --------", "From: %s <%s> " % (oname, oaddr),
                        "Date: %d/%d/%02d %d:%02d %s (GMT%03d:00) " % (od.month, od.day, od.year % 100, h, od.minute, ap, off),
                        "To: %s " % email, "Subject: %s " % our["subject"]]
            else:
                hdrs = ["-------- Mensaje original --------", "De: %s <%s> " % (oname, oaddr),
                        "Fecha: %d/%d/%02d %d:%02d (GMT%03d:00) " % (od.day, od.month, od.year % 100, od.hour, od.minute, off),
                        "Para: %s " % email, "Asunto: %s " % our["subject"]]
            quote_plain = "\n".join(hdrs) + "\n\n" + otext
        elif client == "thunderbird":
            at = attrib("thunderbird", od, oname, oaddr)
            quote_plain = at + "\n" + mk.quote_gt(otext)
        else:
            raise ValueError(client)

    if client == "thunderbird" and our is not None and s.get("bottom_post", True):
        plain = quote_plain + "\n\n" + new_plain + "\n"
    elif quote_plain:
        sep = "\n\n" if client not in ("aol", "samsung", "samsung_es") else "\n\n\n"
        plain = (new_plain + sep if new_plain else "\n") + quote_plain + "\n"
    else:
        plain = new_plain + "\n"

    # ---- html alternative
    html = None
    esc = mk.html_escape
    if client in ("gmail", "gmail_android", "gmail_old", "gmail_es"):
        body = mk.lines_to_html(text) if text else "<br>"
        if "\n" not in text and text:
            body = esc(text)
        h = '<div dir="ltr">%s</div>' % body
        if our is not None:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                  'padding-left:1ex">%s</blockquote></div>' % (esc(at), mk.lines_to_html(otext)))
        html = h + "\n"
    elif client in ("outlook", "outlook_es"):
        ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(ln) if ln else "&nbsp;")
                     for ln in text.split("\n")) if text else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        qh = ""
        if our is not None:
            blk = outlook_block(od, oname, oaddr, to_disp, our["subject"], "es" if client == "outlook_es" else "en", rule=False)
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                  '<p class="MsoNormal"><b>%s</b>%s<o:p></o:p></p>\n</div>\n' % (
                      esc(blk[0].split(":")[0] + ":"), "<br>\n".join(
                          [esc(blk[0].split(":", 1)[1])] + ["<b>%s</b>%s" % (esc(b.split(":")[0] + ":"), esc(b.split(":", 1)[1]))
                                                             for b in blk[1:]])))
            qh += "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(ln) if ln else "&nbsp;") for ln in otext.split("\n"))
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n' % (
                    s.get("charset", "us-ascii"), ps, ("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + qh) if qh else ""))
    elif client in ("outlook_com", "outlook_ios"):
        body = "".join('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
                       'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n' % (esc(ln) if ln else "<br>")
                       for ln in (new_plain.split("\n") if client == "outlook_ios" else text.split("\n")))
        qh = ""
        if our is not None:
            blk = outlook_block(od, oname, oaddr, to_disp, our["subject"], rule=False)
            qh = ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n'
                  '</div>\n<div>%s</div>\n' % ("<br>\n".join("<b>%s</b>%s" % (esc(b.split(":")[0] + ":"), esc(b.split(":", 1)[1]))
                                                               for b in blk), mk.lines_to_html(otext)))
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n%s%s</body>\n</html>\n' % (s.get("charset", "utf-8"), body, qh))
    elif client in ("yahoo", "yahoo_android", "yahoo_es"):
        yid = mk.rdigits(r, 13)
        body = mk.lines_to_html(new_plain if client != "yahoo" else text) if new_plain else "<div><br></div>"
        qh = ""
        if our is not None:
            qh = ('<div id="ydp%syahoo_quoted_%s" class="ydp%syahoo_quoted">\n<div style="font-family:Helvetica '
                  'Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>%s</div>\n<div><br></div>\n'
                  '<div>%s</div>\n</div>\n</div>' % (mk.rhex(r, 8), yid, mk.rhex(r, 8), esc(at), mk.lines_to_html(otext)))
        html = ('<html><head></head><body><div class="ydp%syahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">%s</div>%s</body></html>\n' % (mk.rhex(r, 8), body, qh))
    elif client == "aol":
        html = ('<html><head></head><body><div style="font-family:Arial, Helvetica, sans-serif;font-size:16px;">'
                '%s</div>%s</body></html>\n' % (
                    mk.lines_to_html(new_plain),
                    ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div>%s</div></div>' % (
                        mk.rdigits(r, 10), mk.lines_to_html(quote_plain))) if our is not None else ""))
    elif client == "apple_mail" and s.get("html", True):
        body = "".join("<div>%s</div>" % (esc(ln) if ln else "<br>") for ln in text.split("\n"))
        qh = ""
        if our is not None:
            qh = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
                  '<div><div>%s</div></div></blockquote></div>' % (esc(at), mk.lines_to_html(otext)))
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s%s</body></html>' % (body, qh))
    elif client in ("samsung", "samsung_es"):
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body '
                'dir="auto">%s%s</body></html>' % (
                    mk.lines_to_html(new_plain),
                    ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
                     '<div>%s</div></div>%s' % ("<br>".join(esc(x) for x in quote_plain.split("\n\n")[0].split("\n")),
                                                mk.lines_to_html(otext))) if our is not None else ""))
    if s.get("no_html"):
        html = None

    # ---- encodings
    charset = s.get("charset") or ("utf-8" if not (mk.is_ascii(plain) and (html is None or mk.is_ascii(html))) else
                                   {"iphone": "us-ascii", "apple_mail": "us-ascii", "thunderbird": "UTF-8",
                                    "outlook": "us-ascii", "outlook_es": "us-ascii", "outlook_com": "us-ascii",
                                    "outlook_ios": "us-ascii"}.get(client, "UTF-8"))
    if client in ("samsung", "samsung_es"):
        cte = "base64"
    elif client in ("outlook", "outlook_es", "outlook_com", "outlook_ios", "yahoo", "yahoo_android", "yahoo_es",
                    "apple_mail"):
        cte = "quoted-printable"
    elif client in ("gmail", "gmail_android", "gmail_old", "gmail_es"):
        cte = "7bit" if mk.is_ascii(plain) and max(len(x) for x in plain.split("\n")) < 78 else "quoted-printable"
    elif client == "thunderbird":
        cte = "7bit" if mk.is_ascii(plain) else "8bit"
    elif client in ("iphone", "iphone_es"):
        cte = "7bit" if mk.is_ascii(plain) else "quoted-printable"
    else:
        cte = "7bit" if mk.is_ascii(plain) else "quoted-printable"
    cte = s.get("cte", cte)
    if html is not None:
        html = re.sub(r'(content="text/html; charset=)[\w-]+', lambda mo: mo.group(1) + charset, html)
    if cte == "8bit" and charset.lower() != "utf-8":
        charset = "UTF-8"
    html_cte = "quoted-printable" if cte in ("7bit", "8bit") and html is not None and (
        not mk.is_ascii(html) or max(len(x) for x in html.split("\n")) > 76) else cte
    if cte == "8bit":
        html_cte = "quoted-printable"

    def plain_part():
        params = "; format=flowed" if client == "thunderbird" and s.get("flowed", True) else ""
        hdr = 'Content-Type: text/plain; charset="%s"%s' % (charset, params)
        if client in ("iphone", "iphone_es", "apple_mail", "thunderbird", "samsung", "samsung_es"):
            hdr = "Content-Type: text/plain; charset=%s%s" % (charset, params)
        lines = [hdr]
        if not (client.startswith("gmail") and cte == "7bit"):
            lines.append("Content-Transfer-Encoding: %s" % cte)
        return ("\n".join(lines), mk.encode_body(plain, charset, cte))

    def html_part():
        hdr = 'Content-Type: text/html; charset="%s"' % charset
        if client in ("apple_mail", "samsung", "samsung_es"):
            hdr = "Content-Type: text/html; charset=%s" % charset
        lines = [hdr]
        if not (client.startswith("gmail") and html_cte == "7bit"):
            lines.append("Content-Transfer-Encoding: %s" % html_cte)
        return ("\n".join(lines), mk.encode_body(html, charset, html_cte))

    bnd = {
        "gmail": lambda: "000000000000" + mk.rhex(r, 12), "gmail_android": lambda: "000000000000" + mk.rhex(r, 12),
        "gmail_old": lambda: "000000000000" + mk.rhex(r, 12), "gmail_es": lambda: "000000000000" + mk.rhex(r, 12),
        "outlook": lambda: "_000_%s_" % mk.ralnum(r, 40), "outlook_es": lambda: "_000_%s_" % mk.ralnum(r, 40),
        "outlook_com": lambda: "_000_%s_" % mk.ralnum(r, 40), "outlook_ios": lambda: "_000_%s_" % mk.ralnum(r, 40),
        "yahoo": lambda: "----=_Part_%d_%d.%s" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), mk.rdigits(r, 13)),
        "yahoo_android": lambda: "----=_Part_%d_%d.%s" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), mk.rdigits(r, 13)),
        "yahoo_es": lambda: "----=_Part_%d_%d.%s" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), mk.rdigits(r, 13)),
        "aol": lambda: "----=_Part_%d_%d.%s" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), mk.rdigits(r, 13)),
        "apple_mail": lambda: "Apple-Mail=_%s" % mk.uuid(r, upper=True),
        "samsung": lambda: "--_com.samsung.android.email_%s" % mk.rdigits(r, 16),
        "samsung_es": lambda: "--_com.samsung.android.email_%s" % mk.rdigits(r, 16),
    }
    attachments = s.get("attachments", [])
    if html is not None:
        body_part = mk.multipart("alternative", [plain_part(), html_part()], bnd[client]())
    else:
        body_part = plain_part()
    if attachments:
        parts = [body_part]
        for att in attachments:
            parts.append(att(r))
        mb = ("----=_NextPart_%s" % mk.rhex(r, 12)) if client not in bnd else bnd[client]() + "m"
        body_part = mk.multipart("mixed", parts, mb)

    # ---- message-id
    if client in ("gmail", "gmail_android", "gmail_old", "gmail_es"):
        core = mk.ralnum(r, 36 + r.randint(0, 12))
        core = core[:6] + r.choice(["+", "=", "_", "-"]) + core[6:]
        msgid = "<CA%s@mail.gmail.com>" % core
    elif client in ("outlook", "outlook_es") and domain in ISP:
        msgid = "<%s$%s$%s$@%s>" % ("0000" + mk.rhex(r, 8), mk.rhex(r, 8), mk.rhex(r, 8), domain)
    elif client in ("outlook", "outlook_es", "outlook_com", "outlook_ios"):
        box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6", "BY5", "CH3", "PH0", "SA1"]), r.randint(1, 19), r.randint(1000, 9999))
        msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, mk.rhex(r, 32, upper=True), box, r.randint(1, 19))
    elif client in ("iphone", "iphone_es", "apple_mail"):
        msgid = "<%s@%s>" % (mk.uuid(r, upper=True), domain)
    elif client in ("yahoo", "yahoo_android", "yahoo_es", "aol"):
        msgid = "<%s.%s.%s@mail.yahoo.com>" % (mk.rdigits(r, 10), mk.rdigits(r, 7), mk.rdigits(r, 13))
    elif client == "thunderbird":
        msgid = "<%s@%s>" % (mk.uuid(r), domain)
    elif client in ("samsung", "samsung_es"):
        msgid = "<%s@email.android.com>" % mk.ralnum(r, 26).lower()
    else:
        msgid = "<%s@%s>" % (mk.rhex(r, 20), domain)

    # ---- headers
    cs_hdr = s.get("hdr_charset", "utf-8")
    from_hdr = mk.fmt_addr(name, email, cs_hdr, s.get("hdr_enc", "Q")) if name else email
    subj_hdr = mk.fold("Subject", mk.encode_word(subject, cs_hdr, s.get("hdr_enc", "Q"))) if subject or \
        s.get("empty_subject_header", True) else None
    if subject == "" and s.get("no_subject_header"):
        subj_hdr = None
    H = {}
    H["From"] = "From: " + from_hdr
    H["To"] = "To: " + to_hdr
    if subj_hdr is not None:
        H["Subject"] = subj_hdr
    H["Date"] = "Date: " + mk.rfc_date(d)
    H["Message-ID"] = ("Message-Id: " if client in ("iphone", "iphone_es", "apple_mail") else "Message-ID: ") + msgid
    if irt and not s.get("forward"):
        H["In-Reply-To"] = "In-Reply-To: " + irt
        H["References"] = mk.fold("References", refs)
    if s.get("reply_to"):
        H["Reply-To"] = "Reply-To: " + s["reply_to"]
    H["MIME-Version"] = "MIME-Version: 1.0" if client not in ("iphone", "iphone_es", "apple_mail") else "Mime-Version: 1.0 (1.0)" \
        if client != "apple_mail" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
    ctype_lines = body_part[0]
    xh = []
    if client in ("iphone", "iphone_es"):
        xh.append("X-Mailer: iPhone Mail (22%s%d)" % (r.choice("ABCDEFGH"), r.randint(50, 99)))
    elif client == "apple_mail":
        xh.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    elif client in ("yahoo", "yahoo_es"):
        xh.append("X-Mailer: WebService/1.1.%d YMailNorrin" % r.randint(22700, 23100))
    elif client == "yahoo_android":
        xh.append("X-Mailer: WebService/1.1.%d YahooMailAndroidMobile" % r.randint(22700, 23100))
    elif client == "aol":
        xh.append("X-Mailer: WebService/1.1.%d AolMailNorrin" % r.randint(22700, 23100))
    elif client == "thunderbird":
        xh.append("User-Agent: Mozilla Thunderbird")
        xh.append("Content-Language: %s" % ("es-MX" if lang == "es" else "en-US"))
    elif client in ("outlook", "outlook_es"):
        xh += ["Thread-Topic: %s" % mk.encode_word(subject.replace("RE: ", "").replace("Re: ", ""), cs_hdr),
               "Thread-Index: AQH%s" % base64.b64encode(bytes(r.randint(0, 255) for _ in range(18))).decode()[:24],
               "Accept-Language: %s" % ("es-US, en-US" if client == "outlook_es" else "en-US"),
               "Content-Language: %s" % ("es-US" if client == "outlook_es" else "en-US"),
               "X-MS-Has-Attach: %s" % ("yes" if attachments else ""), "X-MS-TNEF-Correlator:"]
        if client == "outlook":
            xh.append("X-Mailer: Microsoft Outlook 16.0")
    elif client in ("outlook_com", "outlook_ios"):
        xh += ["Thread-Topic: %s" % mk.encode_word(subject.replace("Re: ", ""), cs_hdr),
               "Thread-Index: AQH%s" % base64.b64encode(bytes(r.randint(0, 255) for _ in range(18))).decode()[:24],
               "X-MS-Exchange-MessageSentRepresentingType: 1",
               "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    for k, v in s.get("extra_headers", []):
        xh.append(mk.fold(k, v))

    order = {
        "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Reply-To"],
        "outlook": ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "References", "In-Reply-To", "MIME-Version"],
        "apple": ["From", "Mime-Version", "Subject", "Date", "References", "In-Reply-To", "Reply-To", "To", "Message-ID"],
        "yahoo": ["Date", "From", "Reply-To", "To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version"],
        "thunderbird": ["Message-ID", "Date", "MIME-Version", "Subject", "To", "References", "From", "Reply-To", "In-Reply-To"],
        "samsung": ["Date", "Subject", "In-Reply-To", "References", "To", "From", "Reply-To", "Message-ID", "MIME-Version"],
        "other": ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Reply-To", "MIME-Version"],
    }
    fam = ("gmail" if client.startswith("gmail") else "outlook" if client.startswith("outlook") else
           "apple" if client in ("iphone", "iphone_es", "apple_mail") else
           "yahoo" if client.startswith("yahoo") or client == "aol" else
           "thunderbird" if client == "thunderbird" else "samsung" if client.startswith("samsung") else "other")
    hdrs = ["Return-Path: <%s>" % email, "Delivered-To: %s" % rcpt]
    hdrs += relay_received(domain, d, r, rcpt, client, email.split("@")[0])
    for k in order[fam]:
        kk = "MIME-Version" if k == "Mime-Version" else k
        if kk in H:
            hdrs.append(H[kk])
    if fam == "outlook":
        hdrs = hdrs[:-1] + xh + [ctype_lines, hdrs[-1]]
        return mk.assemble_raw(hdrs, body_part)
    if fam == "apple":
        # Apple puts Content-Type right after From
        i = hdrs.index(H["From"]) + 1
        hdrs = hdrs[:i] + [ctype_lines] + hdrs[i:] + xh
        return mk.assemble_raw(hdrs, body_part)
    hdrs += xh
    hdrs.append(ctype_lines)
    return mk.assemble_raw(hdrs, body_part)


def render_special(s, r):
    """Software that unsubscribes for a person: Gmail's button, an inbox-cleaning service."""
    rcpt = MAILBOX[s["mbx"]]
    d = mk.central(dt.datetime(*s["when"]))
    email = s["email"]
    domain = email.split("@")[1]
    hdrs = ["Return-Path: <%s>" % email, "Delivered-To: %s" % rcpt]
    hdrs += relay_received(domain, d, r, rcpt, s["client"])
    if s["client"] == "gmail_unsub":
        core = mk.ralnum(r, 44)
        hdrs += ["MIME-Version: 1.0", "From: %s" % mk.fmt_addr(s["name"], email), "Date: %s" % mk.rfc_date(d),
                 "Message-ID: <CA%s@mail.gmail.com>" % core, "Subject: %s" % s["subject"], "To: %s" % rcpt,
                 'Content-Type: text/plain; charset="UTF-8"']
        return mk.assemble_raw(hdrs, ("", s["text"] + "\n"))
    if s["client"] == "cleaner":
        box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6"]), r.randint(1, 19), r.randint(1000, 9999))
        hdrs += ["From: %s" % mk.fmt_addr(s["name"], email), "To: %s" % rcpt, "Subject: %s" % s["subject"],
                 "Date: %s" % mk.rfc_date(d),
                 "Message-ID: <%s%s@%s.namprd%02d.prod.outlook.com>" % (box, mk.rhex(r, 32, upper=True), box,
                                                                        r.randint(1, 19)),
                 "Auto-Submitted: auto-generated",
                 "X-Mailer: InboxSweep unsubscribe agent 3.2",
                 "MIME-Version: 1.0", 'Content-Type: text/plain; charset="us-ascii"',
                 "Content-Transfer-Encoding: 7bit"]
        return mk.assemble_raw(hdrs, ("", s["text"] + "\n"))
    raise ValueError(s["client"])
