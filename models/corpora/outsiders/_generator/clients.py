"""Sending providers (trace headers) and mail clients (client headers, quoting, MIME bodies)."""
import datetime as dt

from mailkit import (MBX, addr, ew, esc, is_ascii, leaf, local_ct, multipart, rfc, text_to_html_lines,
                     tzname)

# ---------------------------------------------------------------------------------- our own mail
OURS = {}


def our(key, **kw):
    OURS[key] = kw


# ------------------------------------------------------------------------------------ providers
def prov_gmail(c, s, d, dom="gmail.com", sel="20230601"):
    helo = "mail-%s-f%d.google.com" % (c.R.choice(["yw1", "qt1", "ej1", "wr1", "oi1", "pj1", "lf1", "qv1", "ua1"]),
                                        c.R.randint(41, 199))
    ip = "209.85.%d.%d" % (c.R.randint(128, 222), c.R.randint(2, 250))
    t = int(d.timestamp())
    pst = d.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    h = [
        "Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (
            helo, c.an(12).lower(), c.an(6).lower(), c.R.randint(10, 99), s["rcpt"], rfc(pst) + " (PST)"),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\n"
        "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n"
        "         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s\n         %s==" % (
            dom, sel, t, t + 604800, c.b64(43), c.b64(70), c.b64(70), c.b64(50)),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
        "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n"
        "         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s==" % (
            t, t + 604800, c.b64(43), c.b64(70), c.b64(60)),
        "X-Gm-Message-State: AOJu0Y%s\n\t%s=" % (c.b64(60), c.b64(30)),
        "X-Google-Smtp-Source: AGHT+IF%s==" % c.b64(60),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s (PST)" % (
            c.hx(4), c.hx(3), c.hx(3), c.hx(4), c.an(10).lower(), c.an(6).lower(), c.R.randint(10, 99),
            c.R.randint(10 ** 12, 10 ** 13 - 1), rfc(pst)),
    ]
    return dict(helo=helo, ip=ip, dkim=(dom, sel), prov=h, mid="<CA%s%s@mail.gmail.com>" % (
        c.R.choice(["+", "J", "E", "K", "O"]), c.b64(45).replace("/", "_")))


def prov_yahoo(c, s, d, dom="yahoo.com"):
    pool = c.R.choice(["ne1", "bf2", "gq1"])
    helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (c.R.randint(301, 330), c.R.randint(2, 60), pool)
    ip = "66.163.%d.%d" % (c.R.randint(184, 191), c.R.randint(2, 250))
    t = int(d.timestamp())
    utc = d.astimezone(dt.timezone.utc)
    h = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s\n\t%s==" % (
            dom, "s2048" if dom == "yahoo.com" else "a2048", t, c.b64(43), c.b64(70), c.b64(60)),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s\n\t%s==" % (
            t, c.b64(43), c.b64(70), c.b64(50)),
        "X-YMail-OSG: %s\n %s\n %s" % (c.b64(70), c.b64(70), c.b64(40)),
        "X-Sonic-MF: <%s>" % s["env"],
        "X-Sonic-ID: %s" % c.uuid(),
        "Received: from sonic.gate.mail.%s.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s" % (
            pool, c.R.randint(301, 330), pool, rfc(utc).replace("-0000", "+0000")),
    ]
    ms = int(d.timestamp() * 1000) + c.R.randint(0, 999)
    return dict(helo=helo, ip=ip, dkim=(dom, "s2048" if dom == "yahoo.com" else "a2048"), prov=h,
                mid="<%s.%s.%d@mail.yahoo.com>" % (c.num(9), c.num(7), ms), ms=ms)


def prov_outlook(c, s, d, dom="outlook.com"):
    nam = c.R.choice(["NAM10", "NAM11", "NAM12", "NAM02", "NAM04"])
    helo = "%s-%s-obe.outbound.protection.outlook.com" % (nam, c.R.choice(["BN7", "DM6", "MW2", "CO1", "BN1"]))
    ip = "40.92.%d.%d" % (c.R.randint(16, 90), c.R.randint(2, 250))
    pr = "%sPR%02dMB%d" % (c.R.choice(["SJ0", "BY5", "CH3", "MN2", "DM4", "PH0", "IA1", "DS7"]),
                           c.R.randint(1, 19), c.R.randint(1000, 9999))
    t = int(d.timestamp())
    utc = d.astimezone(dt.timezone.utc)
    sel = "selector1"
    h = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s==" % (c.b64(70), c.b64(60)),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s\n %s==" % (
            c.b64(43), c.b64(70), c.b64(60)),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s==" % (
            dom, sel, c.b64(43), c.b64(70), c.b64(60)),
        "Received: from %s (2603:10b6:a03:%s::%s) by %s (2603:10b6:a03:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            pr, c.hx(3), c.hx(2), pr, c.hx(3), c.hx(2), c.R.randint(7000, 8999), c.R.randint(10, 40),
            rfc(utc).replace("-0000", "+0000")),
    ]
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pr, c.an(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                      pr, c.R.randint(2, 19))
    return dict(helo=helo, ip=ip, dkim=(dom, sel), prov=h, mid=mid, pr=pr)


def prov_icloud(c, s, d):
    host = "st43p00im-%s%d.me.com" % (c.R.choice(["zteg1006", "ztfb1010", "qukt1001"]), c.R.randint(3300, 3599))
    ip = "17.58.%d.%d" % (c.R.randint(6, 63), c.R.randint(2, 250))
    t = int(d.timestamp())
    h = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n\tb=%s\n\t %s==" % (
            t, c.b64(43), c.b64(70), c.b64(60)),
        "Received: from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)" % (
            host, ip, host, c.hx(11, True), s["rcpt"], rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000")),
    ]
    return dict(helo=host, ip=ip, dkim=("icloud.com", "1a1hai"), prov=h, mid="<%s@icloud.com>" % c.uuid(True))


def prov_comcast(c, s, d):
    helo = "resomta-h%dc-%02d.sys.comcast.net" % (c.R.randint(1, 2), c.R.randint(1, 30))
    ip = "96.102.%d.%d" % (c.R.randint(18, 19), c.R.randint(2, 250))
    t = int(d.timestamp())
    h = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n\tb=%s\n\t %s==" % (
            t, c.b64(43), c.b64(70), c.b64(60)),
        "Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h1c-03.sys.comcast.net with ESMTPA\n\tid %s; %s" % (
            c.R.randint(1, 40), c.R.randint(10, 250), c.R.randint(2, 250), c.an(22),
            rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000")),
        "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddrudejgedgjeeiucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecu",
        "X-Xfinity-VMeta: sc=0.00;st=legit",
    ]
    ms = int(d.timestamp() * 1000)
    return dict(helo=helo, ip=ip, dkim=("comcast.net", "20190202a"), prov=h,
                mid="<%s.%s.%d@connect.xfinity.com>" % (c.num(9), c.num(6), ms), ms=ms)


def prov_plain_isp(c, s, d, dom):
    """A small regional ISP that relays without DKIM (Thunderbird users)."""
    helo = "smtp%d.%s" % (c.R.randint(1, 4), dom)
    ip = "%d.%d.%d.%d" % (c.R.choice([64, 67, 173, 199]), c.R.randint(10, 250), c.R.randint(0, 250), c.R.randint(2, 250))
    h = ["Received: from [192.168.1.%d] (c-%s.%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
        c.R.randint(2, 200), ip.replace(".", "-"), dom, ip, helo, c.hx(10, True), s["rcpt"], rfc(d))]
    return dict(helo=helo, ip=ip, dkim=None, prov=h, mid="<%s@%s>" % (c.uuid(), dom))


def prov_m365(c, s, d, dom, mimecast=False):
    base = prov_outlook(c, s, d, dom)
    base["prov"] = [x for x in base["prov"] if not x.startswith("ARC-")]
    base["prov"].insert(0, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n d=%s; s=selector2-%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s==" % (
        dom.split(".")[0] + ".onmicrosoft.com", dom.replace(".", "-"), c.b64(43), c.b64(70), c.b64(60)))
    base["prov"] = [x for x in base["prov"] if not (x.startswith("DKIM-Signature") and "d=%s;" % dom in x)]
    base["dkim"] = (dom, "selector1")
    base["helo"] = "%s.outbound.protection.outlook.com" % c.R.choice(
        ["mail-dm6nam12on2101", "mail-bn8nam11on2119", "mail-mw2nam10on2098", "mail-co1nam11on2132"])
    base["ip"] = "40.107.%d.%d" % (c.R.randint(200, 244), c.R.randint(2, 250))
    base["mid"] = base["mid"].replace("namprd", "namprd")
    if mimecast:
        mc = "us-smtp-delivery-%d.mimecast.com" % c.R.randint(100, 199)
        base["prov"] = ["X-MC-Unique: %s-%s" % (c.an(10), c.an(11)),
                        "X-Mimecast-Spam-Score: 0",
                        "X-Mimecast-MFC-AGG-ID: %s" % c.an(22),
                        "Received: from %s by relay.mimecast.com with ESMTP with STARTTLS\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\n us-mta-%d-%s; %s" % (
                            base["helo"], c.R.randint(100, 699), c.an(22), rfc(d))] + base["prov"]
        base["helo"] = mc
        base["ip"] = "170.10.%d.%d" % (c.R.randint(128, 135), c.R.randint(2, 250))
    return base


def prov_gws(c, s, d, dom):
    return prov_gmail(c, s, d, dom=dom, sel="google")


def prov_webform(c, s, d):
    h = ["Received: from web03.alliantenergy.com (web03.alliantenergy.com [10.40.8.13])\n\tby relay01.alliantenergy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s (CST)" % (
        c.qid(), s["rcpt"], rfc(local_ct(d)))]
    return dict(helo="relay01.alliantenergy.com", ip="10.40.8.20", dkim=("alliantenergy.com", "ae2025"), prov=h,
                mid="<form.%s.%s@web03.alliantenergy.com>" % (c.num(10), c.hx(8)))


PROVIDERS = {"gmail": prov_gmail, "yahoo": prov_yahoo, "aol": lambda c, s, d: prov_yahoo(c, s, d, "aol.com"),
             "outlook": prov_outlook, "hotmail": lambda c, s, d: prov_outlook(c, s, d, "hotmail.com"),
             "icloud": prov_icloud, "comcast": prov_comcast, "webform": prov_webform}


# ------------------------------------------------------------------------------- quoting styles
def when_gmail(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def when_outlook(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def when_yahoo(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M:%S %p").lstrip("0") + " " + tzname(d)


def when_apple(d):
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y, at ") + d.strftime("%I:%M %p").lstrip("0")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def from_line(o):
    return "%s <%s>" % (o["name"], o["addr"])


def quote_plain(style, o, me, fwd=False):
    """Return the block that a client appends below the new text."""
    d = o["date"]
    t = o["text"]
    if style in ("gmail", "gws"):
        if fwd:
            return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s"
                    % (from_line(o), when_gmail(d), o["subject"], me, t))
        return "On %s %s wrote:\n\n%s" % (when_gmail(d), from_line(o), gt(t))
    if style in ("outlook", "m365"):
        hdr = "________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (
            from_line(o), when_outlook(d), me, o["subject"])
        return hdr + t
    if style in ("yahoo", "aol"):
        if fwd:
            return "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n\n%s" % (
                from_line(o), me, when_yahoo(d).replace(" at ", ", "), o["subject"], t)
        return "On %s, %s wrote:\n\n\n%s" % (when_yahoo(d), from_line(o), t)
    if style in ("icloud", "applemail"):
        if fwd:
            return "Begin forwarded message:\n\n%s" % gt(
                "From: %s\nDate: %s\nTo: %s\nSubject: %s\n\n%s" % (
                    from_line(o), when_apple(d).replace(", at", " at") + " " + tzname(d), me, o["subject"], t))
        return "> On %s, %s wrote:\n> \n%s" % (when_apple(d), from_line(o), gt(t))
    if style == "comcast":
        return "> On %s %s %s wrote:\n> \n> \n%s" % (d.strftime("%m/%d/%Y %I:%M %p"), tzname(d), from_line(o), gt(t))
    if style == "tbird":
        return "On %s/%s/%s %s, %s wrote:\n%s" % (d.month, d.day, d.strftime("%y"), d.strftime("%I:%M %p").lstrip("0"),
                                                 o["name"], gt(t))
    raise ValueError(style)


def quote_html(style, o, me, fwd=False):
    d = o["date"]
    th = text_to_html_lines(o["text"])
    if style in ("gmail", "gws"):
        if fwd:
            return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                    'From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span><br>'
                    'Date: %s<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div>' % (
                        esc(o["name"]), o["addr"], when_gmail(d), esc(o["subject"]), me, th))
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On %s %s &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                    when_gmail(d), esc(o["name"]), o["addr"], o["addr"], th))
    if style in ("outlook", "m365"):
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                '<b>From:</b> %s &lt;%s&gt;<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>' % (
                    esc(o["name"]), o["addr"], when_outlook(d), esc(me), esc(o["subject"]), th))
    if style in ("yahoo", "aol"):
        if fwd:
            return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                    '----- Forwarded Message -----<br>From: %s &lt;%s&gt;<br>Sent: %s<br>Subject: %s<br><br>%s</div></div>' % (
                        o["key"], esc(o["name"]), o["addr"], when_yahoo(d), esc(o["subject"]), th))
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>On %s, %s &lt;%s&gt; wrote:</div><div><br></div><div><br></div><div>%s</div></div></div>' % (
                    o["key"], when_yahoo(d), esc(o["name"]), o["addr"], th))
    if style == "applemail":
        return ('<div><br><blockquote type="cite"><div>On %s, %s &lt;%s&gt; wrote:</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div>' % (
            when_apple(d), esc(o["name"]), o["addr"], th))
    if style == "comcast":
        return ('<blockquote type="cite">On %s %s %s &lt;%s&gt; wrote:<br><br><br>%s</blockquote>' % (
            d.strftime("%m/%d/%Y %I:%M %p"), tzname(d), esc(o["name"]), o["addr"], th))
    raise ValueError(style)


# ---------------------------------------------------------------------------------- bodies
def body_gmail(c, new, q_plain, q_html, attach=()):
    plain = new + ("\n\n" + q_plain if q_plain else "") + "\n"
    h = ('<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.split("\n"))
         if new else '<div dir="ltr"><br></div>')
    if q_html:
        h += "<br>" + q_html
    h += "\n"
    b = "000000000000" + c.hx(12)
    alt = multipart("alternative", b, [leaf("text/plain", plain, "UTF-8"), leaf("text/html", h, "UTF-8")])
    if not attach:
        return alt
    b2 = "000000000000" + c.hx(12)
    parts = [alt]
    for fn, ct, data in attach:
        aid = "f_%s0" % c.an(8).lower()
        parts.append(leaf(ct, None, data=data, params='; name="%s"' % fn,
                          extra=['Content-Disposition: attachment; filename="%s"' % fn,
                                 "Content-ID: <%s>" % aid, "X-Attachment-Id: %s" % aid]))
    return multipart("mixed", b2, parts)


def outlook_html(new, q_html, charset):
    paras = "\n".join('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (esc(l) if l else "<br>")
                      for l in new.split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n%s\n%s\n</body>\n</html>\n' % (charset.lower(), paras, q_html or ""))


def body_outlook(c, new, q_plain, q_html, s, attach=()):
    cs = s.get("charset") or ("us-ascii" if is_ascii(new + (q_plain or "")) else "iso-8859-1")
    plain = new + ("\n\n" + q_plain if q_plain else "") + "\n"
    h = outlook_html(new, q_html, cs)
    b = "_000_%s%s_" % (s["_pr"], s["_mid_tail"])
    alt = multipart("alternative", b, [leaf("text/plain", plain, cs, "quoted-printable"),
                                       leaf("text/html", h, cs, "quoted-printable")])
    if not attach:
        return alt
    parts = [alt]
    for fn, ct, data in attach:
        parts.append(leaf(ct, None, data=data, params='; name="%s"' % fn,
                          extra=['Content-Description: %s' % fn,
                                 'Content-Disposition: attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
                                     fn, len(data), rfc(s["_d"]), rfc(s["_d"]))]))
    return multipart("mixed", "_004_%s%s_" % (s["_pr"], s["_mid_tail"]), parts)


def body_yahoo(c, new, q_plain, q_html, s):
    plain = new + ("\n\n\n" + q_plain if q_plain else "") + "\n"
    h = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
         '<div dir="ltr" data-setdir="false">%s</div></div>%s</body></html>\n' % (
             c.hx(8), text_to_html_lines(new), ('<div id="ydp%syahoo_quoted" class="ydp%syahoo_quoted">%s</div>' % (c.hx(8), c.hx(8), q_html)) if q_html else ""))
    b = "----=_Part_%d_%d.%d" % (c.R.randint(100000, 999999), c.R.randint(10 ** 8, 10 ** 9), s["_ms"])
    return multipart("alternative", b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                                        leaf("text/html", h, "UTF-8", "quoted-printable")])


def body_iphone(c, new, q_plain, sig="Sent from my iPhone"):
    plain = new + ("\n\n" + sig if sig else "") + ("\n\n" + q_plain if q_plain else "") + "\n"
    if is_ascii(plain) and max(len(l) for l in plain.split("\n")) <= 998:
        return leaf("text/plain", plain, "us-ascii", "7bit")
    return leaf("text/plain", plain, "utf-8", "quoted-printable")


def body_applemail(c, new, q_plain, q_html):
    plain = new + ("\n\n" + q_plain if q_plain else "") + "\n"
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>\n' % (
             "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.split("\n")), q_html or ""))
    b = "Apple-Mail=_%s" % c.uuid(True)
    return multipart("alternative", b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                        leaf("text/html", h, "utf-8", "quoted-printable")])


def body_comcast(c, new, q_plain, q_html, s):
    plain = new + ("\n\n" + q_plain if q_plain else "") + "\n"
    h = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n%s\n </body>\n</html>\n' % (
        "\n".join('  <div class="default-style">\n   %s\n  </div>' % (esc(l) if l else "<br>") for l in new.split("\n")),
        q_html or ""))
    b = "----=_Part_%d_%d.%d" % (c.R.randint(100000, 999999), c.R.randint(10 ** 8, 10 ** 9), s["_ms"])
    return multipart("alternative", b, [leaf("text/plain", plain, "UTF-8", "7bit" if is_ascii(plain) and max(len(l) for l in plain.split("\n")) < 900 else "quoted-printable"),
                                        leaf("text/html", h, "UTF-8", "7bit" if is_ascii(h) and max(len(l) for l in h.split("\n")) < 900 else "quoted-printable")])


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def body_tbird(c, new, q_plain):
    plain = flow(new) + ("\n\n" + q_plain if q_plain else "") + "\n"
    if is_ascii(plain):
        return leaf("text/plain", plain, "UTF-8", "7bit", params="; format=flowed")
    return leaf("text/plain", plain, "UTF-8", "8bit", params="; format=flowed")
