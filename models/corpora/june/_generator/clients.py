"""Sending providers (transport headers) and mail programs (client headers, MIME layout, quoting)."""
import datetime as dt

from mimekit import (CDT, UTC, PDT, DAYS, MONTHS, LDAYS, LMONTHS, rng_for, rstr, rhex, rb64, ruuid, d2822,
                     d2822_0, t12, ew, addr, is_ascii, leaf, multipart, html_escape, our_chain, auth_pass,
                     dkim_sig, finish, needs_qp, MAILBOXES)


# ================================================================ providers
def provider_for(email, override=None):
    if override:
        return override
    dom = email.split("@")[1].lower()
    return {"gmail.com": "gmail", "yahoo.com": "yahoo", "ymail.com": "yahoo", "aol.com": "aol",
            "outlook.com": "outlookcom", "hotmail.com": "outlookcom", "live.com": "outlookcom",
            "msn.com": "outlookcom", "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud",
            "comcast.net": "comcast", "charter.net": "charter", "fastmail.com": "fastmail"}.get(dom, "isp")


ISP_HOSTS = {
    "netins.net": ("smtp.netins.net", "167.142.225.%d"),
    "frontier.com": ("smtp.frontier.com", "74.40.2.%d"),
    "windstream.net": ("smtp.windstream.net", "162.39.9.%d"),
    "mchsi.com": ("smtp.mchsi.com", "173.23.192.%d"),
    "centurylink.net": ("smtp.centurylink.net", "205.171.2.%d"),
    "tds.net": ("mail.tds.net", "216.170.64.%d"),
    "mediacombb.net": ("smtp.mediacombb.net", "173.20.8.%d"),
}


def transport(r, prov, email, sent, client_hdr_names, mailbox, exo_domain=None):
    """Return (env_from, outer_host, outer_ip, auth, provider_headers, tls)."""
    dom = email.split("@")[1].lower()
    if prov == "gmail":
        host = "mail-%s%d-f%d.google.com" % (r.choice(["pl1", "yw1", "qk1", "oi1", "ej1", "wr1", "lf1", "pj1"]),
                                             0, r.randint(41, 199))
        host = host.replace("0-f", "-f")
        ip = "209.85.%d.%d" % (r.choice([128, 160, 208, 214, 216, 218, 219, 221, 222]), r.randint(10, 250))
        t = sent.astimezone(PDT)
        sid = "%s-%s%dso%d" % (r.choice(["d9443c01a7336", "6a8f4f1a2c8e0", "af79cd13be357", "00721157ae682"]),
                               rhex(r, 10), r.randint(10, 99), r.randint(1000000, 9999999))
        h = [("Received", "by %s with SMTP id %s.%d\r\n        for <%s>; %s"
              % (host, sid, r.randint(1, 9), MAILBOXES[mailbox], d2822_0(t) + " (PDT)")),
             ("DKIM-Signature", dkim_sig(r, "gmail.com", "20230601", "to:subject:message-id:date:from:\r\n\t"
                                         "in-reply-to:references:mime-version:from:to:cc:subject:date:\r\n\t"
                                         "message-id:reply-to", sent, " darn=alliant-energy.com;")),
             ("X-Google-DKIM-Signature", dkim_sig(r, "1e100.net", "20230601", "x-gm-message-state:to:subject:"
                                                  "message-id:date:from:\r\n\tmime-version:x-gm-message-state:"
                                                  "from:to:cc:subject:date:message-id:reply-to", sent)),
             ("X-Gm-Message-State", "AOJu0Y" + rb64(r, 54) + "\r\n\t" + rb64(r, 40)),
             ("X-Gm-Gg", "ASbGnc" + rb64(r, 60) + "\r\n\t" + rb64(r, 64) + "\r\n\t" + rb64(r, 30)),
             ("X-Google-Smtp-Source", "AGHT+I" + rb64(r, 60) + "\r\n\t" + rb64(r, 22) + "=="),
             ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s"
              % (rhex(r, 4), rhex(r, 4), rhex(r, 3), rhex(r, 4), rhex(r, 12), rhex(r, 10), r.randint(10, 99),
                 r.randint(1000000000000, 9999999999999), d2822_0(t) + " (PDT)"))]
        return email, host, ip, auth_pass(r, "gmail.com", email, ip, "20230601"), h, "1.3"
    if prov in ("yahoo", "aol"):
        n = r.randint(300, 330)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, r.randint(1, 40), r.choice(["ne1", "gq1", "bf2", "ir2"]))
        ip = "98.137.%d.%d" % (r.choice([64, 65, 66, 68, 69]), r.randint(10, 250))
        d = "yahoo.com" if prov == "yahoo" else "aol.com"
        if dom not in ("yahoo.com", "aol.com"):
            d = dom
        sel = "s2048" if prov == "yahoo" else "a2048"
        t = sent.astimezone(UTC)
        h = [("DKIM-Signature", dkim_sig(r, d, sel, "Date:From:To:Subject:References:From:Subject:Reply-To",
                                         sent)),
             ("X-SONIC-DKIM-SIGN", dkim_sig(r, d, sel, "X-Sonic-MF:Date:From:To:Subject:From:Subject", sent)),
             ("X-YMail-OSG", rstr(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")
              + "\r\n " + rstr(r, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")
              + "\r\n " + rstr(r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")),
             ("X-Sonic-MF", "<%s>" % email),
             ("X-Sonic-ID", ruuid(r, upper=False)),
             ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, d2822(t)))]
        return email, host, ip, auth_pass(r, d, email, ip, sel, policy="reject"), h, "1.2"
    if prov in ("outlookcom", "exo"):
        region = r.choice(["NAM12-DM6", "NAM10-BN7", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1"])
        ip = "40.%s.%d.%d" % ("92" if prov == "outlookcom" else "107", r.randint(1, 250), r.randint(10, 250))
        host = "mail-%s%s.outbound.protection.outlook.com" % (region.split("-")[1].lower(),
                                                              ("nam12olkn20%d" % r.randint(10, 99)) if prov ==
                                                              "outlookcom" else ("nam12on20%d" % r.randint(600, 720)))
        helo = "%s-obe.outbound.protection.outlook.com" % region
        srv = "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (r.choice(["SJ0", "BN0", "CH3", "DM6", "MW4", "PH7"]),
                                                             r.randint(1, 19), r.randint(1000, 9999), r.randint(1, 19))
        d = dom
        sel = "selector1"
        t = sent.astimezone(UTC) + dt.timedelta(seconds=1)
        h = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b="
              + rb64(r, 70) + "\r\n " + rb64(r, 70) + "\r\n " + rb64(r, 70) + "\r\n " + rb64(r, 60) + "=="),
             ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;"
              " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
              "\r\n X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=" + rb64(r, 43)
              + "=;\r\n b=" + rb64(r, 70) + "\r\n " + rb64(r, 70) + "\r\n " + rb64(r, 60) + "=="),
             ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none"),
             ("DKIM-Signature", dkim_sig(r, d, sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                         "X-MS-Exchange-SenderADCheck", sent)),
             ("Received", "from %s (2603:10b6:%s:%s::%d)\r\n by %s with Microsoft SMTP Server (version=TLS1_2,\r\n"
              " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
              % (srv, rhex(r, 3), rhex(r, 3), r.randint(10, 30), srv.replace("MB", "MB1", 1), r.randint(8000, 8900),
                 r.randint(10, 40), d2822_0(t)))]
        pol = "none" if prov == "exo" else "none"
        return email, host, ip, auth_pass(r, d, email, ip, sel, policy=pol), h, "1.2"
    if prov == "icloud":
        host = "p-%s-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.choice(["east1", "west1", "east3"]),
                                                                 r.randint(1, 6), r.randint(1, 12), r.randint(1, 10))
        ip = "57.103.%d.%d" % (r.randint(64, 90), r.randint(10, 250))
        t = sent.astimezone(UTC)
        h = [("DKIM-Signature", dkim_sig(r, dom, "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                                         sent)),
             ("Received", "from smtpclient.apple (st43p00im-zteg%d.me.com [17.58.63.%d])\r\n\tby "
              "st43p00im-zteg%d.me.com (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
              % (r.randint(10000000, 10999999), r.randint(10, 200), r.randint(10000000, 10999999),
                 rhex(r, 10).upper(), MAILBOXES[mailbox], d2822(t) + " (UTC)"))]
        return email, host, ip, auth_pass(r, dom, email, ip, "1a1hai", policy="quarantine"), h, "1.3"
    if prov == "comcast":
        host = "resomta-a1p-%06d.sys.comcast.net" % r.randint(70000, 79999)
        ip = "96.103.%d.%d" % (r.randint(140, 150), r.randint(10, 250))
        t = sent.astimezone(UTC)
        h = [("DKIM-Signature", dkim_sig(r, "comcast.net", "20190202a", "Received:Received:Date:From:To:Subject:"
                                         "Message-ID:MIME-Version:Content-Type", sent)),
             ("Received", "from oxapp-asc-%do.email.comcast.net ([96.118.%d.%d])\r\n\tby %s with ESMTPA\r\n\t"
              "id %s; %s" % (r.randint(10, 40), r.randint(1, 250), r.randint(1, 250), host, rstr(r, 16), d2822(t))),
             ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgedvhedr" + rstr(r, 30, "abcdefghijklmnopqrstuvwxyz")),
             ("X-Xfinity-VMeta", "sc=0.00;st=legit")]
        return email, host, ip, auth_pass(r, "comcast.net", email, ip, "20190202a"), h, "1.2"
    if prov == "charter":
        host = "p-impout%03d.msg.pkvw.co.charter.net" % r.randint(1, 9)
        ip = "47.43.26.%d" % r.randint(130, 140)
        t = sent.astimezone(UTC)
        h = [("Received", "from [192.168.%d.%d] ([%d.%d.%d.%d])\r\n\tby cmsmtp with ESMTPA\r\n\tid %s; %s"
              % (r.randint(0, 2), r.randint(2, 200), r.choice([24, 71, 75, 97]), r.randint(1, 250),
                 r.randint(1, 250), r.randint(1, 250), rstr(r, 14), d2822(t))),
             ("X-Authority-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s" % (rstr(r, 8), rhex(r, 8))),
             ("X-CMAE-Envelope", "MS4xfG" + rb64(r, 60))]
        return email, host, ip, auth_pass(r, "charter.net", email, ip, "dkim", dkim=None), h, "1.2"
    if prov == "fastmail":
        host = "fout-a%d-smtp.messagingengine.com" % r.randint(1, 8)
        ip = "103.168.172.%d" % r.randint(140, 160)
        t = sent.astimezone(UTC)
        h = [("DKIM-Signature", dkim_sig(r, "fastmail.com", "fm3", "cc:content-type:content-type:date:date:from:from"
                                         ":in-reply-to:message-id:mime-version:reply-to:subject:subject:to:to", sent)),
             ("DKIM-Signature", dkim_sig(r, "messagingengine.com", "fm3", "cc:content-type:date:from:message-id:"
                                         "mime-version:subject:to:x-me-proxy:x-me-sender", sent)),
             ("X-ME-Sender", "<xms:%s>" % rstr(r, 40)),
             ("Received", "by mailuser.phl.internal (Postfix, from userid 501)\r\n\tid %s; %s"
              % (rhex(r, 10).upper(), d2822(t.astimezone(dt.timezone(dt.timedelta(hours=-4))), zone_comment=False)
                 + " (EDT)"))]
        return email, host, ip, auth_pass(r, "fastmail.com", email, ip, "fm3"), h, "1.3"
    if prov == "webform":
        host, ip = "web02.alliantenergy.com", "10.40.2.32"
        h = [("DKIM-Signature", dkim_sig(r, "alliantenergy.com", "web2025", "Date:From:Reply-To:To:Subject:Message-ID",
                                         sent))]
        return email, host, ip, auth_pass(r, "alliantenergy.com", email, ip, "web2025", policy="reject"), h, "1.3"
    # small ISP or a business mail server
    host, ippat = ISP_HOSTS.get(dom, ("mail.%s" % dom, "64.%d.%d.%%d" % (r.randint(60, 99), r.randint(1, 250))))
    ip = ippat % r.randint(10, 250)
    t = sent.astimezone(CDT)
    h = [("Received", "from [192.168.%d.%d] (%s-%d-%d-%d.dyn.%s [%s])\r\n\t(Authenticated sender: %s)\r\n\t"
          "by %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
          % (r.randint(0, 1), r.randint(2, 150), r.choice(["host", "cpe", "dsl"]), r.randint(1, 250),
             r.randint(1, 250), r.randint(1, 250), dom, ip.rsplit(".", 1)[0] + ".%d" % r.randint(2, 250), email, host,
             rhex(r, 10).upper(), MAILBOXES[mailbox], d2822(t, pad=True, zone_comment=True)))]
    return email, host, ip, auth_pass(r, dom, email, ip, "default", dkim=None, dmarc=None), h, "1.2"


# ================================================================ quoting our own mail
def attribution(style, q):
    """q: our message dict with from_name, from_addr, date (aware, CDT)."""
    d = q["date"]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                                          t12(d).replace(" ", "\u202f"), q["from_name"], q["from_addr"])
    if style == "gmail-es":
        return "El %s, %d jun %d a las %d:%02d, %s (<%s>) escribió:" % (
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day, d.year, d.hour, d.minute,
            q["from_name"], q["from_addr"])
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year,
                                                        t12(d).replace(" ", "\u202f"), q["from_name"], q["from_addr"])
    if style == "apple-es":
        return "El %d jun %d, a las %d:%02d, %s <%s> escribió:" % (d.day, d.year, d.hour, d.minute, q["from_name"],
                                                                  q["from_addr"])
    if style == "yahoo":
        return "On %s, %s %d, %d at %s CDT, %s <%s> wrote:" % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day,
                                                                d.year, t12(d, True), q["from_name"], q["from_addr"])
    if style == "thunderbird":
        return "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, t12(d), q["from_name"])
    if style == "ox":
        return "On %02d/%02d/%d %s CDT %s <%s> wrote:" % (d.month, d.day, d.year, t12(d), q["from_name"],
                                                          q["from_addr"])
    raise ValueError(style)


def outlook_header_block(q, to_line, lang="en", underscore=True):
    d = q["date"]
    lines = []
    if underscore:
        lines.append("________________________________")
    if lang == "es":
        lines += ["De: %s <%s>" % (q["from_name"], q["from_addr"]),
                  "Enviado: %s, %d de %s de %d %d:%02d" % (["lunes", "martes", "miércoles", "jueves", "viernes",
                                                             "sábado", "domingo"][d.weekday()], d.day, "junio", d.year,
                                                            d.hour, d.minute),
                  "Para: %s" % to_line, "Asunto: %s" % q["subject"]]
    else:
        lines += ["From: %s <%s>" % (q["from_name"], q["from_addr"]),
                  "Sent: %s, %s %d, %d %s" % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, t12(d)),
                  "To: %s" % to_line, "Subject: %s" % q["subject"]]
    return "\n".join(lines)


def gt(s):
    return "\n".join((">" if not l else "> " + l) for l in s.split("\n"))


def quote_plain(style, q, to_line):
    body = q["text"].rstrip("\n")
    if style in ("gmail", "gmail-es"):
        return attribution(style, q) + "\n\n" + gt(body) + "\n"
    if style in ("apple", "apple-es"):
        return gt(attribution(style, q) + "\n\n" + body) + "\n"
    if style == "yahoo":
        return "   " + attribution(style, q) + "  \n \n" + "\n".join(" " + l if l else "" for l in body.split("\n")) + "\n"
    if style == "thunderbird":
        return attribution(style, q) + "\n" + gt(body) + "\n"
    if style == "ox":
        return gt(attribution(style, q) + "\n \n \n" + body) + "\n"
    if style in ("outlook", "outlook-es", "outlook-nounder"):
        return outlook_header_block(q, to_line, "es" if style == "outlook-es" else "en",
                                    underscore=style != "outlook-nounder") + "\n\n" + body + "\n"
    if style == "samsung":
        d = q["date"]
        return ("\n-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %s (GMT-06:00) \nTo: %s \n"
                "Subject: %s \n\n%s\n" % (q["from_name"], q["from_addr"], d.month, d.day, d.year % 100, t12(d),
                                          to_line, q["subject"], body))
    if style == "winlive":
        d = q["date"]
        return ("----- Original Message ----- \nFrom: %s \nTo: %s \nSent: %s, %s %02d, %d %s\nSubject: %s\n\n\n%s\n"
                % (q["from_name"], to_line, LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, t12(d),
                   q["subject"], body))
    if style == "fwd-gmail":
        d = q["date"]
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\n"
                "To: <%s>\n\n\n%s\n" % (q["from_name"], q["from_addr"], DAYS[d.weekday()], MONTHS[d.month - 1],
                                        d.day, d.year, t12(d).replace(" ", "\u202f"), q["subject"], to_line, body))
    if style == "fwd-apple":
        d = q["date"]
        return ("Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s %d, %d at %s CDT\nTo: %s\nSubject: %s\n\n%s\n"
                % (q["from_name"], q["from_addr"], LMONTHS[d.month - 1], d.day, d.year, t12(d), to_line,
                   q["subject"], body))
    raise ValueError(style)


# ================================================================ html renderings
def paras_html(text, wrap):
    out = []
    for l in text.split("\n"):
        out.append(wrap % (html_escape(l) if l else "<br>"))
    return "".join(out)


def html_for(client, text, qstyle, q, to_line):
    qh = ""
    if q is not None:
        qb = "<br>\n".join(html_escape(l) for l in q["text"].rstrip("\n").split("\n"))
    if client.startswith("gmail") or client == "samsung-gmailapp":
        body = '<div dir="ltr">' + paras_html(text.rstrip("\n"), "<div>%s</div>") + "</div>"
        if q is not None and qstyle.startswith("fwd"):
            d = q["date"]
            body = ('<div dir="ltr">' + paras_html(text.rstrip("\n"), "<div>%s</div>") + '<br><div class="gmail_quote">'
                    '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong '
                    'class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>'
                    '&gt;</span><br>Date: %s<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div></div>'
                    % (q["from_name"], q["from_addr"], q["from_addr"], html_escape(quote_plain("fwd-gmail", q, to_line)
                                                                                    .split("\n")[2][6:]),
                       html_escape(q["subject"]), html_escape(to_line), qb))
        elif q is not None:
            body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (html_escape(attribution(qstyle, q)), qb))
        return body + "\n"
    if client.startswith("apple"):
        body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + paras_html(text.rstrip("\n"), '<div dir="ltr">%s</div>'))
        if q is not None:
            st = "apple-es" if qstyle == "apple-es" else "apple"
            if qstyle == "fwd-apple":
                body += ('<div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br>%s</blockquote>'
                         '</div>' % qb)
            else:
                body += ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                         '<div dir="ltr">%s</div></blockquote>' % (html_escape(attribution(st, q)), qb))
        return body + "</body></html>\n"
    if client == "winlive":
        body = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD>\n<META content="text/'
                'html; charset=iso-8859-1" http-equiv=Content-Type>\n<META name=GENERATOR content="MSHTML '
                '11.00.10570.1001"></HEAD>\n<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" '
                'id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n'
                + paras_html(text.rstrip("\n"), "<DIV><FONT size=2 face=Arial>%s</FONT></DIV>\n"))
        if q is not None:
            body += ('<BLOCKQUOTE style="BORDER-LEFT: #000000 2px solid; PADDING-LEFT: 5px; MARGIN-LEFT: 5px">\n'
                     '<DIV style="FONT: 10pt arial">----- Original Message ----- </DIV>\n<DIV>%s</DIV></BLOCKQUOTE>\n'
                     % qb)
        return body + "</BODY></HTML>\n"
    if client.startswith("outlook"):
        body = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/'
                'css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + paras_html(text.rstrip("\n"), "%s<br>\n") + "</div>\n")
        if q is not None:
            body += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                     'color="#000000"><b>From:</b> %s &lt;%s&gt;<br>\n<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n'
                     '</div>\n<div>%s</div>\n' % (q["from_name"], q["from_addr"], html_escape(q["subject"]), qb))
        return body + "</body>\n</html>\n"
    if client.startswith("yahoo") or client.startswith("aol"):
        body = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">' % "3f1c2a9b"
                + paras_html(text.rstrip("\n"), '<div dir="ltr" data-setdir="false">%s</div>') + "</div>")
        if q is not None:
            body += ('<div id="yahoo_quoted_%s" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', '
                     'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>%s</div><div><br></div>'
                     '<div><br></div>\n<div>%s</div></div></div>' % ("7721904411", html_escape(attribution("yahoo", q)),
                                                                      qb))
        return body + "</body></html>\n"
    if client == "ox":
        body = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
                + paras_html(text.rstrip("\n"), '  <div class="default-style">\n   %s\n  </div>\n'))
        if q is not None:
            body += ('  <blockquote type="cite">\n   <div>\n    %s\n   </div>\n   <div>\n    %s\n   </div>\n'
                     '  </blockquote>\n' % (html_escape(attribution("ox", q)), qb))
        return body + " </body>\n</html>\n"
    if client == "samsung":
        body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + paras_html(text.rstrip("\n"), '<div dir="auto">%s</div>'))
        if q is not None:
            body += ('<div><br></div><div id="composer_signature" dir="auto"></div><div dir="auto"><br></div><div '
                     'align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage --><div>'
                     '-------- Original message --------</div><div>From: %s &lt;%s&gt; </div><div>Subject: %s </div>'
                     '<div><br></div></div>%s' % (q["from_name"], q["from_addr"], html_escape(q["subject"]), qb))
        return body + "</body></html>\n"
    raise ValueError(client)


def flow(text, entities):
    """format=flowed: wrap unquoted lines at 72 with a trailing space; never split an entity value."""
    protect = [v for v in entities.values() if " " in v]
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
            continue
        work = line
        for v in protect:
            work = work.replace(v, v.replace(" ", "\x00"))
        words = work.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append((cur + " ").replace("\x00", " "))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur.replace("\x00", " "))
    return "\n".join(out)


# ================================================================ the message itself
def build_human(m):
    """m: message spec dict (see people.py)."""
    r = rng_for(m["spec"])
    mailbox = m["mailbox"]
    to_addr = MAILBOXES[mailbox]
    fname, femail = m["frm"]
    client = m["client"]
    arrive = m["arrive"]
    sent = arrive - dt.timedelta(seconds=r.randint(2, 40))
    prov = provider_for(femail, "webform" if client == "webform" else m.get("prov"))
    q = m.get("quote")
    qstyle = m.get("qstyle")
    to_line = m.get("to_line") or ("%s <%s>" % (fname, femail) if fname else femail)
    text = m["text"]
    if q is not None:
        if qstyle in ("apple", "apple-es"):
            full = text.rstrip("\n") + "\n\n" + quote_plain(qstyle, q, to_line)
        elif qstyle.startswith("fwd"):
            full = text.rstrip("\n") + ("\n\n" if text.strip() else "\n") + quote_plain(qstyle, q, to_line)
        elif qstyle.startswith("outlook") or qstyle in ("samsung", "winlive"):
            full = text.rstrip("\n") + "\n\n" + quote_plain(qstyle, q, to_line)
        else:
            full = text.rstrip("\n") + "\n\n" + quote_plain(qstyle, q, to_line)
    else:
        full = text
    subject = m["subject"]
    to_hdr = m.get("to_hdr") or to_addr
    cc_hdr = m.get("cc_hdr")
    reply_to = m.get("reply_to")
    dom = femail.split("@")[1]

    # ---- client headers + MIME layout
    ch = []
    mime_only_plain = m.get("plain_only", False)
    irt = q["msgid"] if (q is not None and not (qstyle or "").startswith("fwd")) else None
    refs = q.get("refs", q["msgid"]) if irt else None
    from_hdr = addr(fname, femail, m.get("from_mode", "B"))
    subj_hdr = ew(subject, m.get("subj_mode", "B")) if subject is not None else None
    html = None if (mime_only_plain or client in ("thunderbird", "webform", "fastmail")) else (
        m.get("html") or html_for(client, text, qstyle, q, to_line))
    charset_plain = "UTF-8"
    if client.startswith("gmail"):
        mid = "<CA%s+%s@mail.gmail.com>" % (rstr(r, 1, "BDEFGHJKLMNOPQRSTUVWXYZ"), rstr(r, 36) + "=" + rstr(r, 8))
        cte = "quoted-printable" if needs_qp(full) else None
        parts = [leaf('text/plain; charset="UTF-8"', full, cte)]
        if html is not None:
            parts.append(leaf('text/html; charset="UTF-8"', html, "quoted-printable" if needs_qp(html) else None))
        top = multipart("alternative", "000000000000" + rhex(r, 16), parts) if len(parts) > 1 else parts[0]
        ch = [("MIME-Version", "1.0")]
        if refs:
            ch.append(("References", refs))
            ch.append(("In-Reply-To", irt))
        ch += [("From", from_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        ch += [("Date", d2822(sent)), ("Message-ID", mid)]
        if subj_hdr is not None:
            ch.append(("Subject", subj_hdr))
        ch.append(("To", to_hdr))
        if cc_hdr:
            ch.append(("Cc", cc_hdr))
    elif client.startswith("apple"):
        mid = "<%s@%s>" % (ruuid(r), dom)
        asc = is_ascii(full)
        plain = leaf("text/plain;\r\n\tcharset=%s" % ("us-ascii" if asc else "utf-8"), full,
                     "7bit" if (asc and not needs_qp(full)) else "quoted-printable")
        if html is not None:
            hp = leaf("text/html;\r\n\tcharset=%s" % ("us-ascii" if is_ascii(html) else "utf-8"), html,
                      "7bit" if not needs_qp(html) else "quoted-printable")
            bnd = "Apple-Mail-%s" % ruuid(r)
            top = multipart("alternative", bnd, [plain, hp],
                            ct_raw="multipart/alternative; boundary=%s" % bnd)
            top.headers.append(("Content-Transfer-Encoding", "7bit"))
        else:
            top = plain
        ch = [("From", from_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        ch += [("Mime-Version", "1.0 (1.0)" if client != "apple-mac" else
                "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]
        if subj_hdr is not None:
            ch.append(("Subject", subj_hdr))
        ch += [("Date", d2822(sent)), ("Message-Id", mid)]
        if refs:
            ch += [("References", refs), ("In-Reply-To", irt)]
        ch.append(("To", to_hdr))
        if cc_hdr:
            ch.append(("Cc", cc_hdr))
        ch.append(("X-Mailer", {"apple-ios": "iPhone Mail (22F76)", "apple-ipad": "iPad Mail (22F76)",
                                "apple-ios-att": "iPhone Mail (22F76)"}.get(client, "Apple Mail (2.3826.400.131.1.6)")))
        # Apple puts Content-Type first: move the part headers to the front
        ch = top.headers + ch
        top.headers = []
    elif client.startswith("outlook") and client != "outlook-pop":
        srv = "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (r.choice(["SJ0", "BN0", "CH3", "DM6", "MW4", "PH7"]),
                                                             r.randint(1, 19), r.randint(1000, 9999), r.randint(1, 19))
        mid = "<%s%sA%s@%s>" % (srv[:4], rstr(r, 12, "0123456789ABCDEF"), rstr(r, 22, "0123456789ABCDEF"), srv)
        cs = "us-ascii" if is_ascii(full) else "utf-8"
        parts = [leaf('text/plain; charset="%s"' % cs, full, "quoted-printable", cs)]
        if html is not None:
            parts.append(leaf('text/html; charset="%s"' % cs, html, "quoted-printable", cs))
        bnd = "_000_%s_" % mid[1:-1].split("@")[0]
        top = multipart("alternative", bnd, parts) if len(parts) > 1 else parts[0]
        sent_u = sent.astimezone(UTC)
        ch = [("From", from_hdr), ("To", to_hdr)]
        if cc_hdr:
            ch.append(("Cc", cc_hdr))
        if reply_to:
            ch.append(("Reply-To", reply_to))
        if subj_hdr is not None:
            ch += [("Subject", subj_hdr), ("Thread-Topic", ew(subject.split(": ", 1)[-1] if
                                                                  subject.upper().startswith(("RE:", "FW:"))
                                                                  else subject))]
        ch += [("Thread-Index", "AQH" + rb64(r, 26) + "=="), ("Date", d2822_0(sent_u)), ("Message-ID", mid)]
        if refs:
            ch += [("References", refs), ("In-Reply-To", irt)]
        ch += [("Accept-Language", "en-US"), ("Content-Language", m.get("lang_tag", "en-US")),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        if client == "outlook-ios":
            ch.append(("x-ms-reactions", "allow"))
        ch += [("MIME-Version", "1.0")]
    elif client.startswith(("yahoo", "aol")):
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2099999999), r.randint(1000000, 9999999),
                                             int(sent.timestamp() * 1000))
        cte = "quoted-printable" if needs_qp(full) else "7bit"
        parts = [leaf("text/plain; charset=UTF-8", full, cte)]
        if html is not None:
            parts.append(leaf("text/html; charset=UTF-8", html, "quoted-printable" if needs_qp(html) else "7bit"))
        bnd = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2099999999),
                                       int(sent.timestamp() * 1000))
        top = multipart("alternative", bnd, parts) if len(parts) > 1 else parts[0]
        ch = [("Date", d2822(sent.astimezone(UTC)) + " (UTC)"), ("From", from_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        ch += [("To", to_hdr), ("Message-ID", mid)]
        if refs:
            ch += [("In-Reply-To", irt), ("References", refs)]
        if subj_hdr is not None:
            ch.append(("Subject", subj_hdr))
        ch.append(("MIME-Version", "1.0"))
        xm = {"yahoo-web": "WebService/1.1.24562 YMailNorrin", "aol-web": "WebService/1.1.24562 AolMailNorrin",
              "yahoo-ios": "WebService/1.1.24562 YMailNovation", "aol-ios": "WebService/1.1.24562 AolMailNovation",
              "yahoo-android": "WebService/1.1.24562 YMailNovation"}[client]
        top.headers.append(("X-Mailer", xm))
    elif client == "thunderbird":
        full = flow(full, m.get("entities", {}))
        mid = "<%s@%s>" % (ruuid(r, upper=False), dom)
        asc = is_ascii(full)
        top = leaf("text/plain; charset=UTF-8; format=flowed", full, "7bit" if asc else "8bit")
        ch = [("Message-ID", mid), ("Date", d2822(sent)), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", m.get("lang_tag", "en-US")),
              ("To", to_hdr), ("From", from_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        if subj_hdr is not None:
            ch.append(("Subject", subj_hdr))
        if refs:
            ch += [("References", refs), ("In-Reply-To", irt)]
    elif client == "ox":
        mid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(10000, 99999),
                                                  int(sent.timestamp() * 1000))
        cte = "quoted-printable" if needs_qp(full) else "7bit"
        parts = [leaf("text/plain; charset=UTF-8", full, cte), leaf("text/html; charset=UTF-8", html,
                                                                    "quoted-printable" if needs_qp(html) else "7bit")]
        bnd = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 999999999),
                                       int(sent.timestamp() * 1000))
        top = multipart("alternative", bnd, parts)
        ch = [("Date", d2822(sent)), ("From", from_hdr), ("To", to_hdr), ("Message-ID", mid)]
        if refs:
            ch += [("In-Reply-To", irt), ("References", refs)]
        if subj_hdr is not None:
            ch.append(("Subject", subj_hdr))
        ch += [("MIME-Version", "1.0")]
        top.headers += [("X-Priority", "3"), ("Importance", "Normal"),
                        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66"),
                        ("X-Originating-Client", "open-xchange-appsuite")]
    elif client == "samsung":
        mid = "<%s@email.android.com>" % rstr(r, 28, "abcdefghijklmnopqrstuvwxyz0123456789-")
        parts = [leaf("text/plain; charset=utf-8", full, "quoted-printable" if needs_qp(full) else "7bit"),
                 leaf("text/html; charset=utf-8", html, "quoted-printable" if needs_qp(html) else "7bit")]
        bnd = "--_com.samsung.android.email_%d%d" % (r.randint(1000000000, 9999999999), r.randint(10000, 99999))
        top = multipart("alternative", bnd, parts)
        ch = [("MIME-Version", "1.0")]
        ch += [("Date", d2822(sent)), ("Subject", subj_hdr), ("Message-ID", mid)]
        if refs:
            ch += [("In-Reply-To", irt), ("References", refs)]
        ch += [("X-Android-Message-ID", mid), ("From", from_hdr), ("To", to_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        ch += [("Importance", "Normal")]
    elif client in ("outlook-pop", "winlive"):
        # desktop Outlook or Windows Live Mail over an ISP's SMTP
        if client == "winlive":
            mid = "<%s@%s>" % (rstr(r, 8, "0123456789ABCDEF") + "F" + rstr(r, 7, "0123456789ABCDEF"),
                               m.get("pcname", "HP-PC"))
        else:
            mid = "<%s$%s$%s$@%s>" % (rhex(r, 12), rhex(r, 8), rhex(r, 8), dom)
        cs = "iso-8859-1" if client == "winlive" else ("us-ascii" if is_ascii(full) else "utf-8")
        parts = [leaf('text/plain;\r\n\tcharset="%s"' % cs, full, "quoted-printable", cs),
                 leaf('text/html;\r\n\tcharset="%s"' % cs, html, "quoted-printable", cs)]
        bnd = "----=_NextPart_000_%04X_01DB%s.%s" % (r.randint(0, 65535), rhex(r, 4).upper(), rhex(r, 8).upper())
        top = multipart("alternative", bnd, parts, ct_raw='multipart/alternative;\r\n\tboundary="%s"' % bnd)
        ch = [("From", from_hdr), ("To", to_hdr)]
        if reply_to:
            ch.append(("Reply-To", reply_to))
        if refs:
            ch += [("References", refs), ("In-Reply-To", irt)]
        ch += [("Subject", subj_hdr), ("Date", d2822(sent)), ("Message-ID", mid), ("MIME-Version", "1.0")]
        if client == "winlive":
            top.headers += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
                            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
                            ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
        else:
            top.headers += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rb64(r, 22) + "=="),
                            ("Content-Language", "en-us")]
    elif client == "fastmail":
        mid = "<%s@app.fastmail.com>" % ruuid(r, upper=False)
        parts = [leaf("text/plain", full, "quoted-printable" if needs_qp(full) else "7bit"),
                 leaf("text/html", "<!DOCTYPE html><html><head><title></title></head><body>"
                      + paras_html(full.rstrip("\n"), "<div>%s</div>") + "</body></html>\n",
                      "quoted-printable")]
        bnd = rhex(r, 32)
        top = multipart("alternative", bnd, parts, quote_boundary=False)
        ch = [("MIME-Version", "1.0"), ("Message-Id", mid), ("Date", d2822(sent)), ("From", from_hdr),
              ("To", to_hdr), ("Subject", subj_hdr)]
        top.headers.insert(0, ("X-Mailer", "MessagingEngine.com Webmail Interface"))
        top.headers.insert(0, ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-%s" % rhex(r, 12)))
    elif client == "webform":
        mid = "<form.%s.%s@web.alliantenergy.com>" % (sent.strftime("%Y%m%d%H%M%S"), rhex(r, 8))
        top = leaf("text/plain; charset=us-ascii", full, "7bit")
        ch = [("Date", d2822(sent)), ("From", from_hdr), ("Reply-To", reply_to), ("To", to_hdr),
              ("Subject", subj_hdr), ("Message-ID", mid), ("X-Mailer", "AE-ContactForm/3.2 (Drupal 10)"),
              ("X-AE-Form-Topic", "privacy-optout"), ("MIME-Version", "1.0")]
    else:
        raise ValueError(client)

    if m.get("attach"):
        att = m["attach"]
        body_part = top
        att_part = leaf('%s; name="%s"' % (att["ctype"], att["name"]), att["data"], "base64",
                        extra=[("Content-Disposition", 'attachment; filename="%s"' % att["name"])])
        if client.startswith("apple"):
            # Apple moved the text part headers to the top: rebuild a plain leaf for the body
            body_part = leaf("text/plain;\r\n\tcharset=us-ascii", full, "7bit")
            ch = [h for h in ch if h[0] not in ("Content-Type", "Content-Transfer-Encoding")]
        bnd = m.get("mixed_boundary") or ("Apple-Mail-%s" % ruuid(r) if client.startswith("apple")
                                          else "000000000000" + rhex(r, 16))
        top = multipart("mixed", bnd, [body_part, att_part])
        if client.startswith("apple"):
            ch = top.headers + ch
            top.headers = []
    ch = ch + m.get("extra_headers", [])
    env_from, host, ip, auth, ph, tls = transport(r, prov, femail, sent, None, mailbox)
    chain = our_chain(r, mailbox, env_from, arrive, host, ip, auth, tls=tls)
    return finish(chain, ph + ch, top), ch
