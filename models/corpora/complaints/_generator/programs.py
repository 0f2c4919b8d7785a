"""Mail programs and mailbox providers: how each one writes headers, bodies and quotes."""
import datetime as dt

from mimekit import (Rand, addr, b64, br_html, central, esc, flowed, fold, leaf, lines_html, multipart,
                     needs_qp, pacific, postfix_date, qp, render, rfc, subject_line, tzname)

MB = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}
MB_NAME = {"cc": "Customer Care", "ph": "PowerHouse Catalog"}

ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAYS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
               "octubre", "noviembre", "diciembre"]


def sec(t, s):
    return t + dt.timedelta(seconds=s)


# ---------------------------------------------------------------- our side of the trace

def our_trace(R, mailbox, env_from, helo, host, ip, t, auth, tls=True):
    mx = R.r.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.1.11", "mx2": "10.20.1.12"}[mx]
    q1 = R.s(1, "456789") + R.s(13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    q2 = R.s(1, "456789") + R.s(13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    h = ["Return-Path: <%s>" % env_from,
         "Delivered-To: %s" % mailbox,
         "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
         "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
         "\tfor <%s>; %s" % (mx, mx, mxip, q2, mailbox, postfix_date(sec(t, 4))),
         "Authentication-Results: %s.alliant-energy.com;\r\n\t%s" % (mx, ";\r\n\t".join(auth))]
    tl = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
          "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
          "\t(No client certificate requested)") if tls else ""
    h.append("Received: from %s (%s [%s])%s\r\n\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n"
             "\tfor <%s>; %s" % (helo, host, ip, tl, mx, "ESMTPS" if tls else "ESMTP", q1, mailbox,
                                  postfix_date(sec(t, 3))))
    return h


def auth_lines(R, dkim_dom, sel, env_from, ip, from_dom=None, dmarc="pass", spf="pass", policy="NONE"):
    from_dom = from_dom or dkim_dom
    out = []
    if dkim_dom:
        out.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (dkim_dom, sel, R.s(8)))
    else:
        out.append("dkim=none")
    if spf == "pass":
        out.append("spf=pass (%s: domain of %s designates %s as permitted sender)\r\n\t smtp.mailfrom=%s"
                   % ("mx.alliant-energy.com", env_from, ip, env_from))
    else:
        out.append("spf=%s smtp.mailfrom=%s" % (spf, env_from))
    out.append("dmarc=%s (p=%s dis=NONE) header.from=%s" % (dmarc, policy, from_dom))
    return out


def dkim(R, d, s, hfields, t):
    ts = int(t.timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
            "        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\r\n"
            "        h=%s;\r\n        bh=%s=;\r\n        b=%s\r\n         %s\r\n         %s==" % (
                d, s, ts, ts + 604800, hfields, R.b64(43), R.b64(70), R.b64(70), R.b64(62)))


# ---------------------------------------------------------------- providers

def provider_of(address):
    dom = address.split("@")[1].lower()
    if dom == "gmail.com":
        return "google"
    if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        return "outlookcom"
    if dom in ("yahoo.com", "aol.com", "ymail.com", "sbcglobal.net"):
        return "yahoo"
    if dom in ("icloud.com", "me.com"):
        return "icloud"
    if dom == "comcast.net":
        return "comcast"
    if dom in ("proton.me", "protonmail.com"):
        return "proton"
    if dom in ("mchsi.com", "charter.net", "tds.net", "windstream.net", "frontier.com", "netins.net"):
        return "isp"
    return "m365"


def provider_headers(R, ctx, t):
    """Trace + provider headers, top to bottom, for a person's message."""
    p = provider_of(ctx["from_addr"])
    mbx = MB[ctx["mb"]]
    env = ctx["from_addr"]
    dom = env.split("@")[1].lower()
    if p == "google":
        n = R.r.randint(1, 9)
        host = "mail-%s%d-f%d.google.com" % (R.r.choice(["qt", "pj", "oi", "yb", "il", "io", "ua"]), n,
                                             R.r.randint(41, 199))
        ip = "209.85.%d.%d" % (R.r.randint(128, 222), R.r.randint(1, 250))
        a = auth_lines(R, "gmail.com", "20230601", env, ip, dmarc="pass", policy="NONE sp=QUARANTINE")
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        h.append("Received: by %s with SMTP id %s.%d\r\n        for <%s>; %s" % (
            host, R.s(26, "abcdefghijklmnopqrstuvwxyz0123456789"), R.r.randint(1, 9), mbx,
            rfc(pacific(sec(t, 2))) + " (PST)" if tzname(t) == "CST" else rfc(pacific(sec(t, 2))) + " (PDT)"))
        h.append(dkim(R, "gmail.com", "20230601",
                      "to:subject:message-id:date:from:in-reply-to:references\r\n"
                      "         :mime-version:from:to:cc:subject:date:message-id:reply-to", t))
        h.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
                 "        d=1e100.net; s=20230601; t=%d; x=%d;\r\n        h=x-gm-message-state:from:to:cc:subject:date;\r\n"
                 "        bh=%s=;\r\n        b=%s" % (int(t.timestamp()), int(t.timestamp()) + 604800, R.b64(43),
                                                  R.b64(70)))
        h.append("X-Gm-Message-State: AOJu0Y%s" % R.b64(58))
        h.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (R.b64(60), R.b64(70)))
        h.append("X-Google-Smtp-Source: AGHT+IH%s" % R.b64(64))
        h.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\r\n        %s" % (
            R.hex(4), R.hex(4), R.hex(3), R.hex(3), R.s(10, "abcdefghijklmnopqrstuvwxyz0123456789"),
            R.r.randint(10, 99), R.r.randint(1000000000000, 9999999999999), rfc(pacific(sec(t, 1))) + " (PST)"))
        return h
    if p == "outlookcom":
        pod = R.r.choice(["BN8NAM12", "DM6NAM10", "CO1NAM11", "SN4NAM04", "MW2NAM12"])
        host = "mail-%solkn20%d.outbound.protection.outlook.com" % (pod.lower(), R.r.randint(10, 99))
        ip = "40.92.%d.%d" % (R.r.randint(10, 90), R.r.randint(1, 250))
        a = auth_lines(R, dom, "selector1", env, ip)
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        srv = R.r.choice(["SA1PR19MB", "CH3PR12MB", "DM4PR11MB", "BY5PR20MB", "PH0PR11MB"]) + str(R.r.randint(1000, 9999))
        h.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s\r\n %s"
                 % (R.b64(70), R.b64(70)))
        h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n"
                 " s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
                 " bh=%s=;\r\n b=%s" % (R.b64(43), R.b64(70)))
        h.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
        h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=selector1;\r\n"
                 " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n"
                 " bh=%s=;\r\n b=%s" % (dom, R.b64(43), R.b64(70)))
        h.append("Received: from %s.namprd%d.prod.outlook.com (2603:10b6:%s::%s)\r\n by %s.namprd%d.prod.outlook.com"
                 " (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n"
                 " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                     srv, R.r.randint(10, 20), R.hex(3), R.r.randint(10, 30), srv, R.r.randint(10, 20), R.hex(3),
                     R.r.randint(10, 30), R.r.randint(8000, 9400), R.r.randint(10, 40),
                     rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
        h.append("X-MS-Exchange-Organization-SCL: 1")
        ctx["_outlook_srv"] = srv
        return h
    if p == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.r.randint(301, 330), R.r.randint(1, 40),
                                                       R.r.choice(["ne1", "bf2", "gq1"]))
        ip = "98.137.%d.%d" % (R.r.randint(64, 70), R.r.randint(1, 250))
        dk = "aol.com" if dom == "aol.com" else ("yahoo.com" if dom in ("yahoo.com", "ymail.com") else "sbcglobal.net")
        a = auth_lines(R, dk, "a2048" if dk == "aol.com" else "s2048", env, ip,
                       policy="REJECT" if dk in ("yahoo.com", "aol.com") else "NONE")
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        h.append(dkim(R, dk, "a2048" if dk == "aol.com" else "s2048",
                      "Date:From:To:Subject:References:From:Subject:Reply-To", t).replace(
            "darn=alliant-energy.com; ", ""))
        h.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;\r\n"
                 " bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (
                     int(t.timestamp()), R.b64(43), R.b64(70)))
        h.append("X-YMail-OSG: %s\r\n %s" % (R.s(60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"),
                                            R.s(70, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")))
        h.append("X-Sonic-MF: <%s>" % env)
        h.append("X-Sonic-ID: %s" % R.uuid(False))
        h.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
            host, rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
        return h
    if p == "icloud":
        host = "st43p00im-zteg100%02d%d.me.com" % (R.r.randint(60, 99), R.r.randint(1000, 9999))
        ip = "17.58.63.%d" % R.r.randint(170, 190)
        a = auth_lines(R, "icloud.com", "1a1hai", env, ip, policy="QUARANTINE")
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\r\n\ts=1a1hai; t=%d;\r\n"
                 "\tbh=%s=;\r\n\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;\r\n\tb=%s\r\n\t %s" % (
                     int(t.timestamp()), R.b64(43), R.b64(70), R.b64(60)))
        h.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n"
                 "\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                     host, R.up(10), mbx, rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000 (UTC)")))
        h.append("X-Proofpoint-ORIG-GUID: %s" % R.s(32, "abcdefghijklmnopqrstuvwxyz0123456789_-"))
        return h
    if p == "comcast":
        host = "resomta-h2p-%d.sys.comcast.net" % R.r.randint(554000, 559999)
        ip = "96.102.179.%d" % R.r.randint(200, 240)
        a = auth_lines(R, "comcast.net", "20190202a", env, ip)
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        h.append(dkim(R, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:\r\n"
                      "\t MIME-Version:Content-Type", t).replace("darn=alliant-energy.com; ", ""))
        h.append("Received: from oxapp-hoa-%02da.email.comcast.net ([96.118.%d.%d])\r\n\tby resomta-h2p-%d.sys.comcast.net"
                 " with ESMTPA\r\n\tid %s; %s" % (R.r.randint(1, 40), R.r.randint(1, 250), R.r.randint(1, 250),
                                               R.r.randint(554000, 559999), R.s(16), rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
        h.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeef%s" % R.s(40, "abcdefghijklmnopqrstuvwxyz"))
        h.append("X-Xfinity-VMeta: sc=0.00;st=legit")
        return h
    if p == "proton":
        host = "mail-%d.protonmail.ch" % R.r.randint(4300, 4399)
        ip = "185.70.43.%d" % R.r.randint(10, 30)
        a = auth_lines(R, "proton.me", "protonmail", env, ip, policy="QUARANTINE")
        h = our_trace(R, mbx, env, host, host, ip, t, a)
        h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me;\r\n\ts=protonmail; t=%d; x=%d;\r\n"
                 "\tbh=%s=;\r\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\r\n"
                 "\t Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\r\n\tb=%s" % (
                     int(t.timestamp()), int(t.timestamp()) + 259200, R.b64(43), R.b64(70)))
        return h
    if p == "isp":
        hosts = {"mchsi.com": ("mta-out%d.mchsi.com", "173.29.%d.%d"),
                 "charter.net": ("mta-out%d.charter.net", "47.43.%d.%d"),
                 "tds.net": ("smtp-out%d.tds.net", "216.170.%d.%d"),
                 "windstream.net": ("smtp%d.windstream.net", "162.39.%d.%d"),
                 "frontier.com": ("smtp%d.frontier.com", "74.40.%d.%d"),
                 "netins.net": ("mail%d.netins.net", "167.142.%d.%d")}
        hp, ipp = hosts[dom]
        host = hp % R.r.randint(1, 9)
        ip = ipp % (R.r.randint(1, 250), R.r.randint(1, 250))
        a = auth_lines(R, None, None, env, ip, from_dom=dom, dmarc="none")
        h = our_trace(R, mbx, env, host, host, ip, t, a, tls=R.r.random() < 0.5)
        h.append("Received: from [192.168.1.%d] (%s [%s])\r\n\tby %s with ESMTPSA; %s" % (
            R.r.randint(2, 200), "c-%d-%d-%d-%d.hsd1.ia.%s" % (R.r.randint(60, 90), R.r.randint(1, 250),
                                                              R.r.randint(1, 250), R.r.randint(1, 250), dom),
            "%d.%d.%d.%d" % (R.r.randint(60, 90), R.r.randint(1, 250), R.r.randint(1, 250), R.r.randint(1, 250)),
            host, rfc(central(sec(t, 1)))))
        return h
    # m365 custom domain
    pod = R.r.choice(["BN8NAM12", "DM6NAM10", "CO1NAM11", "SN4NAM04", "MW2NAM12", "CH5PR"])
    host = "mail-%son2%03d.outbound.protection.outlook.com" % (pod.lower(), R.r.randint(40, 199))
    ip = "40.107.%d.%d" % (R.r.randint(90, 240), R.r.randint(1, 250))
    a = auth_lines(R, dom, "selector1", env, ip, policy="QUARANTINE")
    h = our_trace(R, mbx, env, host, host, ip, t, a)
    srv = R.r.choice(["SJ0PR13MB", "MN2PR17MB", "CY8PR10MB", "IA1PR12MB", "DS7PR19MB"]) + str(R.r.randint(1000, 9999))
    h.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" % R.b64(70))
    h.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none\r\n"
             " header.from=%s; dkim=pass header.d=%s; arc=none" % (dom, dom, dom))
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=selector1;\r\n"
             " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n"
             " bh=%s=;\r\n b=%s" % (dom, R.b64(43), R.b64(70)))
    h.append("Received: from %s.namprd%d.prod.outlook.com (2603:10b6:%s::%s) by\r\n %s.namprd%d.prod.outlook.com"
             " (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n"
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                 srv, R.r.randint(10, 20), R.hex(3), R.r.randint(10, 30), srv, R.r.randint(10, 20), R.hex(3),
                 R.r.randint(10, 30), R.r.randint(8000, 9400), R.r.randint(10, 40),
                 rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
    ctx["_outlook_srv"] = srv
    return h


# ---------------------------------------------------------------- quote attributions

def when_parts(t):
    lt = central(t)
    return lt


def attribution(prog, q, lang, me_name, me_addr):
    lt = central(q["sent"])
    fn, fa = q["from_name"], q["from_addr"]
    hr = lt.strftime("%-I:%M %p")
    if prog in ("gmail", "gmail_android"):
        if lang == "es":
            return "El %s, %d %s %d a las %s, %s (<%s>)\nescribió:" % (
                ES_DAYS[lt.weekday()], lt.day, ES_MON[lt.month - 1], lt.year, lt.strftime("%H:%M"), fn, fa)
        return "On %s, %s at %s %s <%s>\nwrote:" % (lt.strftime("%a"), lt.strftime("%b %-d, %Y"), hr, fn, fa)
    if prog in ("iphone", "apple_mail"):
        if lang == "es":
            return "El %d %s %d, a las %s, %s <%s> escribió:" % (lt.day, ES_MON[lt.month - 1], lt.year,
                                                                  lt.strftime("%-H:%M"), fn, fa)
        return "On %s, at %s, %s <%s> wrote:" % (lt.strftime("%b %-d, %Y"), hr, fn, fa)
    if prog == "thunderbird":
        return "On %s %s, %s wrote:" % (lt.strftime("%-m/%-d/%y"), hr, fn)
    if prog in ("yahoo", "aol"):
        return "On %s, %s at %s %s, %s <%s> wrote:" % (lt.strftime("%A"), lt.strftime("%B %-d, %Y"),
                                                       lt.strftime("%I:%M:%S %p").lstrip("0"), tzname(q["sent"]), fn, fa)
    if prog == "ox":
        return "On %s %s %s %s <%s> wrote:" % (lt.strftime("%m/%d/%Y"), lt.strftime("%I:%M %p"), tzname(q["sent"]),
                                               fn, fa)
    raise KeyError(prog)


def outlook_block(q, lang, me_name, me_addr, style="owa"):
    lt = central(q["sent"])
    if lang == "es":
        sent = "%s, %d de %s de %d %s" % (ES_DAYS_LONG[lt.weekday()], lt.day, ES_MON_LONG[lt.month - 1], lt.year,
                                          lt.strftime("%-H:%M"))
        labels = ("De", "Enviado", "Para", "Asunto")
    else:
        sent = lt.strftime("%A, %B %-d, %Y %-I:%M %p")
        labels = ("From", "Sent", "To", "Subject")
    rows = [("%s: %s <%s>" % (labels[0], q["from_name"], q["from_addr"])),
            ("%s: %s" % (labels[1], sent)),
            ("%s: %s <%s>" % (labels[2], me_name, me_addr)) if me_name else ("%s: %s" % (labels[2], me_addr)),
            ("%s: %s" % (labels[3], q["subject"]))]
    return rows, sent


def gt(s):
    return "\n".join((">" + (" " + l if l else "")) for l in s.split("\n"))


# ---------------------------------------------------------------- program builders

def msgid_for(R, prog, ctx):
    dom = ctx["from_addr"].split("@")[1]
    if prog in ("gmail", "gmail_android"):
        return "<CA%s%s@mail.gmail.com>" % (R.r.choice(["+", "E", "K", "J", "N", "P"]), R.s(40) + R.r.choice(["w", "g", "A", "Q"]))
    if prog in ("iphone", "apple_mail"):
        return "<%s@%s>" % (R.uuid(), dom if provider_of(ctx["from_addr"]) in ("icloud", "google", "yahoo", "comcast", "isp") else dom)
    if prog in ("outlook_web",):
        srv = ctx.get("_outlook_srv", "SA1PR19MB" + R.dig(4))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, R.up(16), srv, R.r.randint(10, 20))
    if prog == "outlook_desktop":
        srv = ctx.get("_outlook_srv", "SJ0PR13MB" + R.dig(4))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, R.up(18), srv, R.r.randint(10, 20))
    if prog in ("yahoo", "aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (R.r.randint(100000000, 2147483647), R.r.randint(1000000, 9999999),
                                              int(ctx["t"].timestamp() * 1000))
    if prog == "thunderbird":
        return "<%s@%s>" % (R.uuid(False), dom)
    if prog == "samsung":
        return "<%s@email.android.com>" % R.s(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    if prog == "ox":
        return "<%d.%d.%d@connect.xfinity.com>" % (R.r.randint(100000000, 999999999), R.r.randint(100000, 999999),
                                                   int(ctx["t"].timestamp() * 1000))
    if prog == "proton":
        return "<%s=@proton.me>" % R.s(86, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    if prog == "webmail":
        return "<%s.%s@%s>" % (R.hex(16), R.dig(6), "webmail." + dom)
    raise KeyError(prog)


HDR_STYLE = {"gmail": ("q", "UTF-8"), "gmail_android": ("q", "UTF-8"), "outlook_web": ("q", "iso-8859-1"),
             "outlook_desktop": ("q", "iso-8859-1"), "yahoo": ("q", "UTF-8"), "aol": ("q", "UTF-8"),
             "iphone": ("q", "utf-8"), "apple_mail": ("q", "utf-8"), "samsung": ("b", "UTF-8"),
             "ox": ("q", "UTF-8"), "proton": ("q", "UTF-8"), "thunderbird": ("q", "UTF-8"), "webmail": ("q", "UTF-8")}


def common_headers(ctx, prog, mid, date_line):
    h = []
    enc, cs = HDR_STYLE.get(prog, ("q", "UTF-8"))
    if cs == "iso-8859-1":
        try:
            (ctx["subject"] + ctx["from_name"]).encode("iso-8859-1")
        except UnicodeEncodeError:
            cs = "utf-8"
    to = addr(ctx.get("to_name"), MB[ctx["mb"]], enc, cs) if ctx.get("to_name") else MB[ctx["mb"]]
    fr = addr(ctx["from_name"], ctx["from_addr"], enc, cs)
    q = ctx.get("quote")
    subj = ctx["subject"]
    ent = {
        "From": "From: " + fr,
        "To": "To: " + to,
        "Date": date_line,
        "Subject": subject_line(subj, enc, cs),
        "Message-ID": "Message-ID: " + mid,
    }
    if ctx.get("cc"):
        ent["Cc"] = "Cc: " + ctx["cc"]
    if ctx.get("reply_to"):
        ent["Reply-To"] = "Reply-To: " + ctx["reply_to"]
    if q is not None and ctx.get("mode", "reply") == "reply":
        ent["In-Reply-To"] = "In-Reply-To: " + q["msgid"]
        ent["References"] = "References: " + q["msgid"]
    return ent


def build_person(R, ctx):
    """Return raw bytes for a person's message written with ctx['prog']."""
    prog = ctx["prog"]
    t = ctx["t"]
    ph = provider_headers(R, ctx, t)
    mid = msgid_for(R, prog, ctx)
    ctx["message_id"] = mid
    text = ctx["body"].strip("\n")
    q = ctx.get("quote")
    lang = ctx.get("lang", "en")
    me_name, me_addr = ctx["from_name"], ctx["from_addr"]
    sigline = ctx.get("device_sig")
    mode = ctx.get("mode", "reply")
    fwd = ctx.get("forward")     # dict(from_name, from_addr, sent(str), subject, to, text)

    def dline(tt=None):
        return "Date: " + rfc(central(tt or t))

    ent = common_headers(ctx, prog, mid, dline())

    if prog in ("gmail", "gmail_android"):
        plain, htm = text, lines_html(text)
        if sigline:
            plain += "\n\n" + sigline
            htm += "<div><br></div><div>%s</div>" % esc(sigline)
        if fwd:
            fh = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n"
                  % (fwd["from_name"], fwd["from_addr"], fwd["sent"], fwd["subject"], fwd["to"]))
            plain += "\n\n" + fh + "\n\n" + fwd["text"]
            htm = ('<div dir="ltr">%s<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong>'
                   ' <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: &lt;'
                   '<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div></div>' % (
                       htm, esc(fwd["from_name"]), fwd["from_addr"], fwd["from_addr"], esc(fwd["sent"]),
                       esc(fwd["subject"]), fwd["to"], fwd["to"], fwd.get("html") or lines_html(fwd["text"])))
        elif q is not None:
            att = attribution(prog, q, lang, me_name, me_addr)
            plain += "\n\n" + att + "\n\n" + gt(q["text"])
            htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   '%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                   'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (htm, esc(att.replace("\n", " ")),
                                                                               br_html(q["text"])))
        else:
            htm = '<div dir="ltr">%s</div>' % htm
        htm += "\n"
        b = "000000000000" + R.hex(16)
        pp = leaf('text/plain; charset="UTF-8"', qp(plain) if needs_qp(plain) else plain,
                  "quoted-printable" if needs_qp(plain) else None)
        hp = leaf('text/html; charset="UTF-8"', qp(htm) if needs_qp(htm) else htm,
                  "quoted-printable" if needs_qp(htm) else None)
        body = multipart("alternative", [pp, hp], b)
        body = (['Content-Type: multipart/alternative; boundary="%s"' % b], body[1])
        if ctx.get("attach"):
            b2 = "000000000000" + R.hex(16)
            parts = [body] + ctx["attach"]
            body = multipart("mixed", parts, b2)
            body = (['Content-Type: multipart/mixed; boundary="%s"' % b2], body[1])
        order = ["MIME-Version: 1.0", ent["From"], ent["Date"]]
        for k in ("References", "In-Reply-To"):
            if k in ent:
                order.append(ent[k])
        order += [ent["Message-ID"], ent["Subject"], ent["To"]]
        for k in ("Cc", "Reply-To"):
            if k in ent:
                order.append(ent[k])
        return render(ph + order, body)

    if prog in ("outlook_web", "outlook_desktop"):
        cs = "iso-8859-1" if prog == "outlook_web" else "us-ascii"
        try:
            text.encode("ascii")
            if q:
                q["text"].encode("ascii")
        except UnicodeEncodeError:
            cs = "iso-8859-1" if prog == "outlook_web" else "Windows-1252"
        if lang == "es" and prog == "outlook_web":
            cs = "iso-8859-1"
        plain = text
        if sigline:
            plain += "\n\n" + sigline
        style = ""
        if prog == "outlook_web":
            htm_new = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                              'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                              '%s</div>' % (esc(l) if l.strip() else "<br>") for l in plain.split("\n"))
        else:
            htm_new = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>")
                              for l in plain.split("\n"))
        quote_html = ""
        if fwd or q is not None:
            src = fwd if fwd else q
            if not fwd:
                rows, _sent = outlook_block(q, lang, me_name, me_addr)
            else:
                lab = ("De", "Enviado", "Para", "Asunto") if lang == "es" else ("From", "Sent", "To", "Subject")
                rows = ["%s: %s <%s>" % (lab[0], fwd["from_name"], fwd["from_addr"]), "%s: %s" % (lab[1], fwd["sent"]),
                        "%s: %s" % (lab[2], fwd["to"]), "%s: %s" % (lab[3], fwd["subject"])]
            qtext = src["text"]
            if prog == "outlook_web":
                plain += "\n\n________________________________\n" + "\n".join(rows) + "\n\n" + qtext
                quote_html = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                              'color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>' % (
                                  "<br>".join("<b>%s</b>%s" % (esc(r.split(":", 1)[0] + ":"), esc(r.split(":", 1)[1]))
                                              for r in rows), br_html(qtext)))
            else:
                plain += "\n\n" + "\n".join(rows) + "\n\n" + qtext
                quote_html = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                              '<p class="MsoNormal">%s<o:p></o:p></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s' % (
                                  "<br>".join("<b>%s</b>%s" % (esc(r.split(":", 1)[0] + ":"), esc(r.split(":", 1)[1]))
                                              for r in rows),
                                  "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>")
                                          for l in qtext.split("\n"))))
        if prog == "outlook_web":
            htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                   '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                   '</head>\n<body dir="ltr">\n%s\n%s\n</body>\n</html>\n' % (cs, htm_new, quote_html))
        else:
            htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                   'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                   'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                   '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\t'
                   'font-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                   '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t'
                   '{page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" '
                   'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n' % (
                       cs.lower() if cs != "Windows-1252" else "Windows-1252", htm_new, quote_html))
        b = "_000_%s%s_" % (ctx.get("_outlook_srv", "SJ0PR13MB" + R.dig(4)), R.up(16))
        pp = leaf('text/plain; charset="%s"' % cs, qp(plain, cs if cs != "us-ascii" else "ascii"), "quoted-printable")
        hp = leaf('text/html; charset="%s"' % cs, qp(htm, cs if cs != "us-ascii" else "ascii"), "quoted-printable")
        body = multipart("alternative", [pp, hp], b)
        body = (['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b], body[1])
        if ctx.get("attach"):
            b2 = "_004_%s%s_" % (ctx.get("_outlook_srv", "SJ0PR13MB" + R.dig(4)), R.up(16))
            body = multipart("mixed", [body] + ctx["attach"], b2)
            body = (['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b2], body[1])
        order = [ent["From"], ent["To"]]
        if "Cc" in ent:
            order.append(ent["Cc"])
        topic = ctx["subject"]
        if topic[:3].upper() in ("RE:", "FW:"):
            topic = topic[3:].strip()
        order += [ent["Subject"], subject_line(topic, *HDR_STYLE[prog]).replace("Subject:", "Thread-Topic:", 1)]
        order.append("Thread-Index: A%s==" % R.b64(42))
        order.append(ent["Date"].replace(rfc(central(t)), rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
        order.append(ent["Message-ID"])
        for k in ("References", "In-Reply-To"):
            if k in ent:
                order.append(ent[k])
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        order.append("Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"))
        order.append("Content-Language: %s" % ("es-US" if lang == "es" else "en-US"))
        order.append("X-MS-Has-Attach: %s" % ("yes" if ctx.get("attach") else ""))
        order.append("X-MS-TNEF-Correlator: ")
        if prog == "outlook_desktop":
            order.append("msip_labels: ")
        order.append("MIME-Version: 1.0")
        return render(ph + order, body)

    if prog in ("yahoo", "aol"):
        plain = text
        htm = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>")
                      for l in text.split("\n"))
        wrapcls = "ydp%s%s" % (R.hex(8), "yahoo-style-wrap")
        htm = '<div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>' % (wrapcls, htm)
        if q is not None:
            att = attribution(prog, q, lang, me_name, me_addr)
            plain += "\n\n\n\n    " + att + "  \n\n " + "\n ".join(q["text"].split("\n"))
            htm += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                    'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                    '<div><br></div><div><div dir="ltr">%s</div></div></div></div>' % (R.dig(10), esc(att), br_html(q["text"])))
        htm = "<html><head></head><body>%s</body></html>" % htm
        b = "----=_Part_%d_%d.%d" % (R.r.randint(1000000, 9999999), R.r.randint(100000000, 2147483647),
                                     int(t.timestamp() * 1000))
        pp = leaf("text/plain; charset=UTF-8", qp(plain), "quoted-printable")
        hp = leaf("text/html; charset=UTF-8", qp(htm), "quoted-printable")
        body = multipart("alternative", [pp, hp], b)
        body = (['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b], body[1])
        order = [ent["Date"], ent["From"], ent["To"]]
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        order += [ent["Message-ID"]]
        for k in ("In-Reply-To", "References"):
            if k in ent:
                order.append(ent[k])
        order += [ent["Subject"], "MIME-Version: 1.0",
                  "X-Mailer: WebService/1.1.%d %s" % (R.r.randint(23000, 24999),
                                                      "AolMailNorrin" if prog == "aol" else "YMailNorrin")]
        return render(ph + order, body)

    if prog in ("iphone", "apple_mail"):
        plain = text
        if sigline:
            plain += "\n\n" + sigline
        if q is not None:
            att = attribution(prog, q, lang, me_name, me_addr)
            if prog == "iphone":
                plain += "\n\n" + gt(att + "\n\n" + q["text"])
            else:
                plain += "\n\n" + att + "\n\n" + gt(q["text"])
            b = "Apple-Mail-%s" % R.uuid() if prog == "iphone" else "Apple-Mail=_%s" % R.uuid()
            htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                   '%s%s<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div dir="ltr">'
                   '%s</div></blockquote></body></html>' % (
                       "".join('<div dir="ltr">%s</div>' % (esc(l) if l.strip() else "<br>") for l in text.split("\n")),
                       ('<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">%s</div></div>' % esc(sigline))
                       if sigline else "", esc(att), br_html(q["text"])))
            enc = needs_qp(plain)
            pp = leaf("text/plain;\n\tcharset=utf-8", qp(plain) if enc else plain, "quoted-printable" if enc else "7bit")
            hp = leaf("text/html;\n\tcharset=utf-8", qp(htm), "quoted-printable")
            body = multipart("alternative", [pp, hp], b)
        else:
            if prog == "apple_mail":
                b = "Apple-Mail=_%s" % R.uuid()
                htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                       '%s</body></html>' % "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in plain.split("\n")))
                cs = "us-ascii" if plain.isascii() else "utf-8"
                enc = needs_qp(plain)
                pp = leaf("text/plain;\n\tcharset=%s" % cs, qp(plain, cs if cs != "us-ascii" else "ascii") if enc else plain,
                          "quoted-printable" if enc else "7bit")
                hp = leaf("text/html;\n\tcharset=%s" % cs, qp(htm, cs if cs != "us-ascii" else "ascii"), "quoted-printable")
                body = multipart("alternative", [pp, hp], b)
            else:
                enc = needs_qp(plain)
                cs = "us-ascii" if plain.isascii() else "utf-8"
                body = leaf("text/plain;\n\tcharset=%s" % cs, qp(plain) if enc else plain,
                            "quoted-printable" if enc else "7bit")
        order = [ent["From"]]
        order.append("Content-Type: x")  # placeholder replaced below
        order.append("Mime-Version: 1.0 (1.0)" if prog == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        order.append(ent["Subject"])
        order.append(ent["Date"])
        for k in ("References", "In-Reply-To"):
            if k in ent:
                order.append(ent[k])
        if "Cc" in ent:
            order.append(ent["Cc"])
        order += [ent["To"], ent["Message-ID"] if prog == "apple_mail" else ent["Message-ID"].replace("Message-ID", "Message-Id")]
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        order.append("X-Mailer: iPhone Mail (22D72)" if prog == "iphone" else "X-Mailer: Apple Mail (2.3826.400.131.1.6)")
        # Apple puts Content-Type/CTE near the top
        bh, bb = body
        idx = order.index("Content-Type: x")
        order[idx:idx + 1] = bh
        return render(ph + order, ([], bb))

    if prog == "thunderbird":
        plain = text
        if ctx.get("sig"):
            plain += "\n\n-- \n" + ctx["sig"]
        if q is not None:
            plain += "\n\n" + attribution(prog, q, lang, me_name, me_addr) + "\n" + gt(q["text"])
        cs = "UTF-8"
        body_txt = flowed(plain)
        cte = "7bit" if body_txt.isascii() else "8bit"
        if cte == "8bit":
            raise ValueError("keep thunderbird bodies ascii in this set")
        body = leaf("text/plain; charset=UTF-8; format=flowed", body_txt, cte)
        order = ["Message-ID: " + mid, ent["Date"], "MIME-Version: 1.0",
                 "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", ent["To"]]
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        order += [ent["From"], ent["Subject"]]
        for k in ("References", "In-Reply-To"):
            if k in ent:
                order.append(ent[k])
        return render(ph + order, body)

    if prog == "samsung":
        plain = text + "\n\n\n\nSent from my Galaxy"
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
               '%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
               '<div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>' % br_html(text))
        if q is not None:
            lt = central(q["sent"])
            hdr = ("-------- Original message --------\nFrom: %s <%s> \nDate: %s (GMT%s) \nTo: %s \nSubject: %s \n"
                   % (q["from_name"], q["from_addr"], lt.strftime("%-m/%-d/%y %-I:%M %p"),
                      "-06:00" if tzname(q["sent"]) == "CST" else "-05:00", me_addr, q["subject"]))
            if lang == "es":
                hdr = ("-------- Mensaje original --------\nDe: %s <%s> \nFecha: %s (GMT%s) \nPara: %s \nAsunto: %s \n"
                       % (q["from_name"], q["from_addr"], lt.strftime("%d/%m/%y %H:%M"),
                          "-06:00" if tzname(q["sent"]) == "CST" else "-05:00", me_addr, q["subject"]))
            plain += "\n\n" + hdr + "\n" + q["text"]
            htm += '<div dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage --><div>%s</div></div>%s' % (
                br_html(hdr), br_html(q["text"]))
        if lang == "es":
            plain = plain.replace("Sent from my Galaxy", "Enviado desde mi Galaxy")
            htm = htm.replace("Sent from my Galaxy", "Enviado desde mi Galaxy")
        htm += "</body></html>"
        b = "--_com.samsung.android.email_%d%d" % (R.r.randint(1000000000, 9999999999), R.r.randint(10000, 99999))
        pp = leaf("text/plain; charset=utf-8", b64(plain), "base64")
        hp = leaf("text/html; charset=utf-8", b64(htm), "base64")
        body = multipart("alternative", [pp, hp], b)
        order = ["MIME-Version: 1.0", ent["Date"], ent["Subject"]]
        for k in ("In-Reply-To", "References"):
            if k in ent:
                order.append(ent[k])
        order += ["Importance: normal", ent["From"], ent["To"], ent["Message-ID"]]
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        body = (['Content-Type: multipart/alternative; boundary="%s"' % b], body[1])
        return render(ph + order, body)

    if prog == "ox":
        plain = text
        htm = "".join('<div class="default-style">%s</div>' % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
        if q is not None:
            att = attribution(prog, q, lang, me_name, me_addr)
            plain += "\n\n\n> " + att + "\n> \n> \n" + gt(q["text"])
            htm += '<blockquote type="cite">%s<br><br>%s</blockquote>' % (esc(att), br_html(q["text"]))
        htm = '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  %s\n </body>\n</html>' % htm
        b = "----=_Part_%d_%d.%d" % (R.r.randint(100000, 999999), R.r.randint(100000000, 999999999),
                                     int(t.timestamp() * 1000))
        pp = leaf("text/plain; charset=UTF-8", qp(plain), "quoted-printable")
        hp = leaf("text/html; charset=UTF-8", qp(htm), "quoted-printable")
        body = multipart("alternative", [pp, hp], b)
        body = (['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b], body[1])
        order = [ent["Date"], ent["From"], ent["To"]]
        if "Reply-To" in ent:
            order.append(ent["Reply-To"])
        order += [ent["Message-ID"]]
        for k in ("In-Reply-To", "References"):
            if k in ent:
                order.append(ent[k])
        order += [ent["Subject"], "MIME-Version: 1.0", "X-Priority: 3", "Importance: Normal",
                  "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % R.r.randint(40, 70),
                  "X-Originating-Client: open-xchange-appsuite"]
        return render(ph + order, body)

    if prog == "proton":
        plain = text + "\n\n\nSent with Proton Mail secure email."
        htm = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, '
               'sans-serif; font-size: 14px;"><br></div>\n<div class="protonmail_signature_block" style="font-family: '
               'Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-proton">\n        Sent '
               'with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n'
               % br_html(text))
        b = "b1=_%s" % R.s(43)
        pp = leaf("text/plain; charset=utf-8", b64(plain), "base64")
        hp = leaf("text/html; charset=utf-8", b64(htm), "base64")
        body = multipart("alternative", [pp, hp], b)
        body = (['Content-Type: multipart/alternative;\r\n boundary="%s"' % b], body[1])
        order = [ent["Date"], ent["To"], ent["From"], ent["Subject"], ent["Message-ID"]]
        for k in ("In-Reply-To", "References", "Reply-To"):
            if k in ent:
                order.append(ent[k])
        order += ["Feedback-ID: %s==:Ext:ProtonMail" % R.b64(86), "X-Pm-Message-ID: %s" % R.s(40),
                  "MIME-Version: 1.0"]
        return render(ph + order, body)

    if prog == "webmail":
        # small ISP webmail (Roundcube)
        plain = text
        if q is not None:
            plain += "\n\nOn %s, %s wrote:\n" % (central(q["sent"]).strftime("%Y-%m-%d %H:%M"), q["from_name"]) + gt(q["text"])
        enc = needs_qp(plain)
        body = leaf("text/plain; charset=US-ASCII; format=flowed" if plain.isascii() else "text/plain; charset=UTF-8; format=flowed",
                    qp(plain) if enc else flowed(plain), "quoted-printable" if enc else "7bit")
        order = ["MIME-Version: 1.0", ent["Date"], ent["From"], ent["To"], ent["Subject"]]
        for k in ("In-Reply-To", "References", "Reply-To"):
            if k in ent:
                order.append(ent[k])
        order += [ent["Message-ID"], "X-Sender: " + ctx["from_addr"], "User-Agent: Roundcube Webmail/1.6.9"]
        return render(ph + order, body)

    raise KeyError(prog)
