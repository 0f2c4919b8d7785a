"""Mail providers (trace headers) and mail programs (client headers, MIME bodies, quoting)."""
import datetime as _dt

from lib import (at, b64, esc, fold, fold_b64, needs_qp, postfix_qid, qp, ralnum, rb64, rfc2047, rhex,
                 text_to_html_lines, uuid_upper, zone)
import ours

TD = _dt.timedelta

# ------------------------------------------------------------------------------------------------------
# our side: Return-Path, Delivered-To, mbx01 and mx1/mx2 trace
# ------------------------------------------------------------------------------------------------------
MAILBOX_ADDR = {"customercare": ours.CC, "powerhousecatalog": ours.PHC}


def our_trace(rng, mailbox, envelope_from, host, ip, arrive_utc, auth, tls=True, helo=None):
    addr = MAILBOX_ADDR[mailbox]
    n = rng.choice([1, 2])
    mx = "mx%d.alliant-energy.com" % n
    mxip = "10.20.0.1%d" % n
    t_mx = arrive_utc
    t_mbx = arrive_utc + TD(seconds=rng.randint(0, 2))
    h = []
    h.append("Return-Path: <%s>" % envelope_from)
    h.append("Delivered-To: %s" % addr)
    h.append("Received: from %s (%s [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, mx, mxip, postfix_qid(rng), addr, at(t_mbx, "central", abbr=True)))
    h.append(fold("Authentication-Results", "%s; %s" % (mx, auth)))
    helo_part = "%s (%s [%s])" % (helo or host, host, ip) if host else "%s (unknown [%s])" % (helo, ip)
    if tls:
        h.append("Received: from %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                 "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                 "\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (helo_part, mx, postfix_qid(rng), addr, at(t_mx, "central", abbr=True)))
    else:
        h.append("Received: from %s\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (helo_part, mx, postfix_qid(rng), addr, at(t_mx, "central", abbr=True)))
    return h


def auth_line(dkim_d=None, dkim_s=None, rng=None, spf_from=None, spf_ip=None, dmarc=True, from_dom=None,
              dkim_result="pass", spf_result="pass", dmarc_result="pass", policy="none"):
    parts = []
    if dkim_d:
        parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=%s header.b=%s" % (dkim_result, dkim_d, dkim_d, dkim_s, ralnum(rng, 8)))
    else:
        parts.append("dkim=none")
    if dmarc and from_dom:
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc_result, policy, from_dom))
    if spf_from:
        parts.append("spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (spf_result, "mx.alliant-energy.com", spf_from, spf_ip, spf_from)
                     if spf_result == "pass" else "spf=%s smtp.mailfrom=%s" % (spf_result, spf_from))
    return "; ".join(parts)


def dkim(rng, d, s, hdrs, t_utc, extra=""):
    ts = int(t_utc.timestamp())
    head = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;%s h=%s; bh=%s=;" % (
        d, s, ts, extra, hdrs, rb64(rng, 43))
    lines = fold("DKIM-Signature", head).split("\n")
    data = "b=" + rb64(rng, 342) + "=="
    cur = "\t "
    for ch in data:
        if len(cur) >= 76:
            lines.append(cur)
            cur = "\t "
        cur += ch
    lines.append(cur)
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------------
# providers
# ------------------------------------------------------------------------------------------------------
DOMAIN_PROVIDER = {
    "gmail.com": "gmail", "yahoo.com": "yahoo", "aol.com": "aol", "outlook.com": "msn", "hotmail.com": "msn",
    "live.com": "msn", "icloud.com": "icloud", "me.com": "icloud", "comcast.net": "comcast",
    "windstream.net": "isp", "mchsi.com": "isp", "tds.net": "isp", "centurylink.net": "isp", "netins.net": "isp",
    "iowatelecom.net": "isp", "frontier.com": "isp", "charter.net": "isp",
}

ISP_HOSTS = {
    "windstream.net": ("smtp-out05.windstream.net", "162.39.%d.%d", "windstream.net", "dkim2023"),
    "mchsi.com": ("mail-out2.mchsi.com", "24.112.%d.%d", None, None),
    "tds.net": ("mail.tds.net", "216.170.%d.%d", "tds.net", "tdsmail"),
    "centurylink.net": ("smtp.centurylink.net", "205.171.%d.%d", "centurylink.net", "s1"),
    "netins.net": ("smtpout.netins.net", "167.142.%d.%d", None, None),
    "iowatelecom.net": ("smtp.iowatelecom.net", "63.161.%d.%d", None, None),
    "frontier.com": ("smtp.frontier.com", "74.40.%d.%d", "frontier.com", "s2020"),
    "charter.net": ("dnvrco-cmomta02.email.rr.com", "107.14.%d.%d", "charter.net", "default"),
}


def provider_trace(p, rng, sender, t_send, dom, to_addr, client, business=None):
    """Return (header lines top->bottom, relay host, relay ip, auth-results text, envelope, t_arrive)."""
    t1 = t_send + TD(seconds=rng.randint(1, 4))
    t_arr = t1 + TD(seconds=rng.randint(1, 6))
    H = []
    if p == "gmail":
        host = "mail-%s-f%d.google.com" % (rng.choice(["yw1", "qt1", "pl1", "io1", "oi1", "ot1", "ej1", "lj1",
                                                      "wr1", "qk1", "vk1", "ua1"]), rng.randint(41, 199))
        ip = "209.85.%d.%d" % (rng.randint(128, 222), rng.randint(2, 250))
        H.append("Received: by %s with SMTP id %s\n        for <%s>; %s"
                 % (host, rhex(rng, 4) + ralnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    to_addr, at(t1, "pacific")))
        hl = ("to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date"
              ":message-id:reply-to")
        H.append(dkim(rng, "gmail.com", "20230601", hl, t1,
                      " x=%d; darn=alliant-energy.com;" % (int(t1.timestamp()) + 604800)))
        H.append(dkim(rng, "1e100.net", "20230601", "to:subject:message-id:date:from:in-reply-to:references"
                      ":mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to", t1,
                      " x=%d;" % (int(t1.timestamp()) + 604800)).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
        H.append(fold("X-Gm-Message-State", "AOJu0Y" + rb64(rng, 60)))
        H.append(fold("X-Google-Smtp-Source", "AGHT+IF" + rb64(rng, 80)))
        H.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                 % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4),
                    ralnum(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789"), at(t1, "pacific", abbr=True)))
        if client == "samsung":
            H.append("Received: from [10.%d.%d.%d] ([174.%d.%d.%d])\n        by smtp.gmail.com with ESMTPSA"
                     " id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                     "        %s" % (rng.randint(0, 250), rng.randint(0, 250), rng.randint(1, 250), rng.randint(192, 255),
                                     rng.randint(1, 250), rng.randint(1, 250), ralnum(rng, 20), to_addr,
                                     at(t_send, "pacific", abbr=True)))
        if client == "iphone":
            H.append("Received: from smtpclient.apple ([2600:387:%s:%s::%s])\n        by smtp.gmail.com with ESMTPSA"
                     " id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                     "        %s" % (rhex(rng, 2), rhex(rng, 2), rhex(rng, 2), ralnum(rng, 20), to_addr,
                                     at(t_send, "pacific", abbr=True)))
        auth = auth_line("gmail.com", "20230601", rng, sender, ip, True, "gmail.com")
        return H, host, ip, auth, sender, t_arr
    if p in ("yahoo", "aol"):
        region = rng.choice(["ne1", "bf2", "gq1"])
        n = rng.randint(300, 330)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(1, 40), region)
        ip = {"ne1": "66.163.%d.%d", "bf2": "74.6.%d.%d", "gq1": "98.137.%d.%d"}[region] % (
            rng.randint(180, 200), rng.randint(2, 250))
        d = "yahoo.com" if p == "yahoo" else "aol.com"
        s = "s2048" if p == "yahoo" else "a2048"
        H.append(dkim(rng, d, s, "Date:From:To:Subject:References:From:Subject:Reply-To", t1))
        H.append(fold("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; "
                      "h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s==" % (
                          d, s, int(t1.timestamp()), rb64(rng, 43), rb64(rng, 120))))
        H.append(fold("X-YMail-OSG", rb64(rng, 200).replace("/", ".").replace("+", "_") + "--"))
        H.append("X-Sonic-MF: <%s>" % sender)
        H.append("X-Sonic-ID: %s" % uuid_upper(rng).lower())
        H.append("Received: from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s"
                 % (region, host.split(".")[0] + ".consmr.mail.%s.yahoo.com" % region, at(t_send, "utc")))
        auth = auth_line(d, s, rng, sender, ip, True, d, policy="reject")
        return H, host, ip, auth, sender, t_arr
    if p in ("msn", "m365"):
        pod = rng.choice(["SA1PR10", "SJ0PR11", "BN0PR19", "CH3PR12", "DM6PR07", "MW4PR03", "PH7PR14"])
        srv = "%sMB%04d" % (pod, rng.randint(1000, 9999))
        nam = pod[:2]
        if p == "msn":
            host = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (
                rng.choice(["co1", "mw2", "bn8", "dm6"]), rng.randint(2, 12), rng.randint(10, 99))
            ip = "40.92.%d.%d" % (rng.randint(10, 60), rng.randint(2, 250))
            helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12),
                                                                     rng.choice(["CO1", "MW2", "BN8", "DM6"]))
            d = sender.split("@")[1]
            H.append(fold("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=" +
                          rb64(rng, 300) + "=="))
            H.append(dkim(rng, d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                          "X-MS-Exchange-SenderADCheck", t1))
        else:
            host = "mail-%snam%02don2%03d.outbound.protection.outlook.com" % (
                rng.choice(["bn8", "dm6", "co1", "mw2"]), rng.randint(2, 12), rng.randint(100, 199))
            ip = "40.107.%d.%d" % (rng.randint(200, 250), rng.randint(2, 250))
            helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12),
                                                                     rng.choice(["BN8", "DM6", "CO1", "MW2"]))
            d = business
            H.append(dkim(rng, d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                          "X-MS-Exchange-SenderADCheck", t1))
        H.append("Received: from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%s.prod.outlook.com\n"
                 " ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s"
                 % (srv, pod[5:7], rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), srv, pod[5:7],
                    rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rng.randint(3, 7),
                    rng.randint(8000, 8300), rng.randint(1, 40), at(t_send, "utc")))
        auth = auth_line(d, "selector1", rng, sender, ip, True, d)
        return (H, host, ip, auth, sender, t_arr), (helo, srv, pod)
    if p == "icloud":
        host = "st43p00im-ztfb1007%04d.me.com" % rng.randint(1000, 9999)
        ip = "17.58.63.%d" % rng.randint(150, 190)
        H.append(dkim(rng, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                      t1))
        H.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                 "\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (host, ralnum(rng, 11, "0123456789ABCDEF"),
                                                                   at(t_send, "utc", abbr=True)))
        auth = auth_line("icloud.com", "1a1hai", rng, sender, ip, True, "icloud.com", policy="quarantine")
        return H, host, ip, auth, sender, t_arr
    if p == "comcast":
        host = "resomta-h2p-%06d.sys.comcast.net" % rng.randint(500000, 599999)
        ip = "96.102.%d.%d" % (rng.randint(170, 200), rng.randint(2, 250))
        H.append(dkim(rng, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:"
                      "MIME-Version:Content-Type", t1))
        H.append("Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby %s with ESMTPA\n"
                 "\tid %s; %s" % (rng.randint(10, 60), rng.randint(1, 250), rng.randint(1, 250), host,
                                  ralnum(rng, 16), at(t_send, "utc")))
        auth = auth_line("comcast.net", "20190202a", rng, sender, ip, True, "comcast.net")
        return H, host, ip, auth, sender, t_arr
    if p == "isp":
        hostname, ipfmt, d, s = ISP_HOSTS[dom]
        host = hostname
        ip = ipfmt % (rng.randint(1, 250), rng.randint(2, 250))
        if d:
            H.append(dkim(rng, d, s, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", t1))
        if client == "thunderbird":
            a, b, c2, d2 = rng.randint(24, 210), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)
            H.append("Received: from [192.168.1.%d] (%d-%d-%d-%d.dyn.%s [%d.%d.%d.%d])\n\tby %s with ESMTPSA id %s\n"
                     "\tfor <%s>; %s" % (rng.randint(2, 250), a, b, c2, d2, dom, a, b, c2, d2, host, ralnum(rng, 10),
                                         to_addr, at(t_send, "central")))
        else:
            n = rng.randint(1, 6)
            H.append("Received: from webmail%02d.%s (webmail%02d.%s [10.%d.%d.%d])\n\tby %s with ESMTP id %s\n"
                     "\tfor <%s>; %s" % (n, dom, n, dom, rng.randint(0, 9), rng.randint(0, 250), rng.randint(1, 250),
                                         host, ralnum(rng, 10), to_addr, at(t_send, "central")))
        auth = auth_line(d, s, rng, sender, ip, True, dom) if d else auth_line(None, None, rng, sender, ip, True,
                                                                             dom)
        return H, host, ip, auth, sender, t_arr
    raise ValueError(p)


# ------------------------------------------------------------------------------------------------------
# quoting our mail
# ------------------------------------------------------------------------------------------------------
def _q_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def _gmail_attr(dt_c, mobile):
    # On Tue, Sep 17, 2024 at 10:00 AM  /  On Tue, Sep 17, 2024, 10:00 AM
    hh = dt_c.hour % 12 or 12
    ap = "AM" if dt_c.hour < 12 else "PM"
    day = "%s, %s %d, %d" % (dt_c.strftime("%a"), dt_c.strftime("%b"), dt_c.day, dt_c.year)
    return ("%s, %d:%02d %s" if mobile else "%s at %d:%02d %s") % (day, hh, dt_c.minute, ap)


def quote(client, our, to_addr, mode):
    """Return (plain, html) of the quoted/forwarded part of our message."""
    t = ours.our_when_utc(our)
    c, ab = zone(t, "central")
    fromh = "%s <%s>" % (our["name"], our["addr"])
    text = our["text"]
    hh = c.hour % 12 or 12
    ap = "AM" if c.hour < 12 else "PM"
    html_body = text_to_html_lines(text)
    if mode == "forward":
        if client in ("gmail_android", "gmail_web"):
            p = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s\n"
                 % (fromh, _gmail_attr(c, False), our["subject"], to_addr, text))
            h = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------'
                 '<br>From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;'
                 '</span><br>Date: %s<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div>'
                 % (esc(our["name"]), our["addr"], _gmail_attr(c, False), esc(our["subject"]), to_addr, html_body))
            return p, h
        if client in ("outlook_web", "outlook_android", "outlook_desktop"):
            p = ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                 % (fromh, c.strftime("%A, %B ") + "%d, %d %d:%02d %s" % (c.day, c.year, hh, c.minute, ap),
                    to_addr, our["subject"], text))
            h = ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> %s<br>'
                 '<b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font><div>&nbsp;</div></div><div>%s</div>'
                 % (esc(fromh), c.strftime("%A, %B ") + "%d, %d %d:%02d %s" % (c.day, c.year, hh, c.minute, ap),
                    to_addr, esc(our["subject"]), html_body))
            return p, h
        if client == "iphone":
            p = ("Begin forwarded message:\n\n> From: %s\n> Date: %s %d, %d at %d:%02d:%02d %s %s\n> To: %s\n"
                 "> Subject: %s\n> \n%s\n" % (fromh, c.strftime("%B"), c.day, c.year, hh, c.minute, c.second, ap,
                                               ab, to_addr, our["subject"], _q_lines(text)))
            h = ("<div>Begin forwarded message:<br><br></div><blockquote type=\"cite\"><div><b>From:</b> %s<br>"
                 "<b>Subject:</b> %s</div><div>%s</div></blockquote>" % (esc(fromh), esc(our["subject"]), html_body))
            return p, h
        if client == "samsung":
            p = ("-------- Original message --------\nFrom: %s \nDate: %d/%d/%s %d:%02d %s (GMT%s) \nTo: %s \n"
                 "Subject: %s \n\n%s\n" % (fromh, c.month, c.day, str(c.year)[2:], hh, c.minute, ap,
                                          c.strftime("%z")[:3] + ":" + c.strftime("%z")[3:], to_addr, our["subject"],
                                          text))
            h = ('<div>-------- Original message --------</div><div>From: %s </div><div>Subject: %s </div><div><br>'
                 '</div>%s' % (esc(fromh), esc(our["subject"]), html_body))
            return p, h
        raise ValueError(client)
    # replies
    if client in ("gmail_android", "gmail_web", "gmail_ios"):
        attr = "On %s %s wrote:" % (_gmail_attr(c, client != "gmail_web"), fromh)
        p = "\n\n%s\n\n%s\n" % (attr, _q_lines(text))
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (esc(attr), html_body))
        return p, h
    if client == "iphone":
        attr = "On %s %d, %d, at %d:%02d %s, %s wrote:" % (c.strftime("%b"), c.day, c.year, hh, c.minute, ap, fromh)
        p = "\n\n> %s\n> \n%s\n" % (attr, _q_lines(text))
        h = ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite">'
             '<div dir="ltr">%s</div></blockquote>' % (esc(attr), html_body))
        return p, h
    if client in ("yahoo_android", "yahoo_ios", "yahoo_web", "aol_android", "aol_ios"):
        attr = "On %s, %s %d, %d at %d:%02d %s, %s<%s> wrote:" % (
            c.strftime("%A"), c.strftime("%B"), c.day, c.year, hh, c.minute, ap, our["name"], our["addr"])
        p = "\n\n   %s  \n\n%s\n" % (attr, "\n".join(("   " + l) if l else "" for l in text.split("\n")))
        h = ('<div id="ydp%s" class="yahoo_quoted"><div style="font-family:Helvetica, Arial, sans-serif;'
             'font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div>%s</div></div></div>'
             % ("%08x" % (sum(map(ord, our["subject"])) * 2654435761 % 4294967296), esc(attr), html_body))
        return p, h
    if client in ("outlook_web", "outlook_android", "outlook_desktop"):
        p = ("\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
             % (fromh, c.strftime("%A, %B ") + "%d, %d %d:%02d %s" % (c.day, c.year, hh, c.minute, ap), to_addr,
                our["subject"], text))
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
             'color="#000000"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font>'
             '<div>&nbsp;</div></div><div>%s</div>'
             % (esc(fromh), c.strftime("%A, %B ") + "%d, %d %d:%02d %s" % (c.day, c.year, hh, c.minute, ap),
                to_addr, esc(our["subject"]), html_body))
        return p, h
    if client == "samsung":
        p = ("\n\n\n-------- Original message --------\nFrom: %s \nDate: %d/%d/%s %d:%02d %s (GMT%s) \nTo: %s \n"
             "Subject: %s \n\n%s\n" % (fromh, c.month, c.day, str(c.year)[2:], hh, c.minute, ap,
                                      c.strftime("%z")[:3] + ":" + c.strftime("%z")[3:], to_addr, our["subject"],
                                      text))
        h = ('<div><br></div><div><br></div><div style="font-size:100%%;color:#000000"><!-- originalMessage -->'
             '<div>-------- Original message --------</div><div>From: %s </div><div>Date: %d/%d/%s %d:%02d %s '
             '</div><div>To: %s </div><div>Subject: %s </div><div><br></div></div>%s'
             % (esc(fromh), c.month, c.day, str(c.year)[2:], hh, c.minute, ap, to_addr, esc(our["subject"]),
                html_body))
        return p, h
    if client in ("roundcube", "thunderbird", "zimbra", "ox"):
        if client == "roundcube":
            attr = "On %d-%02d-%02d %02d:%02d, %s wrote:" % (c.year, c.month, c.day, c.hour, c.minute, our["name"])
        elif client == "thunderbird":
            attr = "On %d/%d/%d %d:%02d %s, %s wrote:" % (c.month, c.day, c.year, hh, c.minute, ap, our["name"])
        elif client == "zimbra":
            attr = ("----- Original Message -----\nFrom: \"%s\" <%s>\nTo: %s\nSent: %s\nSubject: %s"
                    % (our["name"], our["addr"], to_addr, c.strftime("%A, %B ") + "%d, %d %d:%02d:%02d %s"
                       % (c.day, c.year, hh, c.minute, c.second, ap), our["subject"]))
            p = "\n\n%s\n\n%s\n" % (attr, text)
            h = "<br><hr id=\"zwchr\"><div>%s</div><br><div>%s</div>" % (text_to_html_lines(attr), html_body)
            return p, h
        else:
            attr = "> On %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
                c.strftime("%B"), c.day, c.year, hh, c.minute, ap, our["name"], our["addr"])
            p = "\n\n%s\n> \n> \n%s\n" % (attr, _q_lines(text))
            h = ('<blockquote type="cite">%s<br><br>%s</blockquote>' % (esc(attr[2:]), html_body))
            return p, h
        p = "\n\n%s\n%s\n" % (attr, _q_lines(text))
        return p, '<blockquote type="cite">%s</blockquote>' % html_body
    raise ValueError(client)


# ------------------------------------------------------------------------------------------------------
# mail programs
# ------------------------------------------------------------------------------------------------------
SIGS = {
    "iphone": "Sent from my iPhone",
    "yahoo_android": "Sent from Yahoo Mail on Android",
    "yahoo_ios": "Sent from Yahoo Mail for iPhone",
    "aol_android": "Sent from the all new AOL app for Android",
    "aol_ios": "Sent from the all new AOL app for iOS",
    "outlook_android": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "samsung": "Sent from my Verizon, Samsung Galaxy smartphone",
}

X_MAILER = {
    "iphone": ("X-Mailer", "iPhone Mail (%s)"),
    "yahoo_android": ("X-Mailer", "WebService/1.1.22806 YahooMailAndroidMobile"),
    "yahoo_ios": ("X-Mailer", "WebService/1.1.22806 YahooMailIosMobile"),
    "yahoo_web": ("X-Mailer", "WebService/1.1.22806 YMailNorrin"),
    "aol_android": ("X-Mailer", "WebService/1.1.22806 AolMailAndroidMobile"),
    "aol_ios": ("X-Mailer", "WebService/1.1.22806 AolMailIosMobile"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.%d"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4583)"),
    "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev65"),
    "outlook_desktop": ("X-Mailer", "Microsoft Outlook 16.0"),
}

IOS_BUILDS_BY_MONTH = {9: "21G93", 10: "22A3354", 11: "22B83", 12: "22B91", 1: "22C152", 2: "22D63"}


def charset_for(client, text, want=None):
    if want:
        return want
    try:
        text.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if client in ("outlook_web", "outlook_android", "outlook_desktop"):
        if ascii_ok:
            return "us-ascii"
        try:
            text.encode("iso-8859-1")
            return "iso-8859-1"
        except UnicodeEncodeError:
            return "utf-8"
    if client in ("roundcube",):
        return "US-ASCII" if ascii_ok else "UTF-8"
    if client in ("gmail_android", "gmail_web", "gmail_ios", "yahoo_android", "yahoo_ios", "yahoo_web", "aol_android",
                  "aol_ios", "ox", "thunderbird"):
        return "UTF-8"
    return "utf-8"


def leaf(ctype, charset, text, cte=None, extra_ct="", omit_7bit_cte=False):
    """Encode one text leaf -> (header lines, body).  cte None -> auto (7bit or quoted-printable)."""
    text = text.replace("\r\n", "\n")
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        body = qp(text, charset.lower())
    elif cte == "base64":
        body = b64(text.encode(charset.lower()))
    elif cte in ("7bit", "8bit"):
        body = text
    else:
        raise ValueError(cte)
    hdr = ["Content-Type: %s; charset=%s%s" % (ctype, charset if not charset.startswith('"') else charset,
                                                  extra_ct)]
    if not (omit_7bit_cte and cte == "7bit"):
        hdr.append("Content-Transfer-Encoding: %s" % cte)
    if not body.endswith("\n"):
        body += "\n"
    return hdr, body, text


def multipart(subtype, boundary, parts, preamble=None):
    out = []
    if preamble:
        out.append(preamble)
    for hdr, body in parts:
        out.append("--" + boundary)
        out.extend(hdr)
        out.append("")
        out.append(body.rstrip("\n") + "\n")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def html_wrap(client, new_html, quote_html, sig_html=""):
    if client in ("gmail_android", "gmail_ios"):
        return '<div dir="auto">%s%s</div>%s' % (new_html, sig_html, quote_html)
    if client == "gmail_web":
        return '<div dir="ltr">%s%s</div>%s' % (new_html, sig_html, quote_html)
    if client in ("yahoo_android", "yahoo_ios", "yahoo_web", "aol_android", "aol_ios"):
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>%s</div>'
                '%s</body></html>' % ("fc3a9b21", new_html, sig_html, quote_html))
    if client in ("outlook_web", "outlook_android", "outlook_desktop"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont,'
                ' Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s%s'
                '</div>\n%s\n</body>\n</html>' % (new_html, sig_html, quote_html))
    if client == "iphone":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto"><div dir="ltr">%s</div><div dir="ltr">%s</div>%s</body></html>'
                % (new_html, sig_html, quote_html))
    if client == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature"'
                ' dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">%s</div></div>%s</body></html>'
                % (new_html, sig_html, quote_html))
    if client in ("zimbra", "ox"):
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '<div>%s</div>%s%s</div></body></html>' % (new_html, sig_html, quote_html))
    return "<html><body>%s%s%s</body></html>" % (new_html, sig_html, quote_html)
