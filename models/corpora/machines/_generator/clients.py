"""Header sets of real mail programs and providers, plus our inbound hop."""
from mailkit import (Ctx, Leaf, Multi, message, rfc_date, epoch, plus, inbound, a_pass, MAILBOXES,
                     rfc2047, local, wrap_html_lines)


def addr(name, email):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (rfc2047(name), email)
    if any(c in name for c in ',.()'):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


def subj(s):
    return s if all(ord(c) < 128 for c in s) else rfc2047(s, "utf-8", "Q" if len(s) < 40 else "B")


def _opt(hs, name, value):
    if value:
        hs.append((name, value))


def gmail_msgid(ctx):
    return "<CA%s@mail.gmail.com>" % (ctx.pick(["J", "K", "F", "H", "B", "M", "L"]) + ctx.alnum(1) +
                                      ctx.chars(38, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=") )


def send(ctx, kind, mailbox, dt, frm, to, subject, part, name=None, cc=None, reply_to=None, irt=None,
         refs=None, extra=(), msgid=None, zone="CT", domain=None, mx=None, ua=None, isp=None,
         auto_submitted=None, spam=False, score=None):
    """Build a complete delivered message from a person's mail program."""
    mx = mx or ctx.pick(["mx1", "mx2"])
    rcpt = MAILBOXES[mailbox]
    fromh = addr(name, frm)
    dom = frm.split("@")[-1]
    sent = plus(dt, seconds=-ctx.num(2, 9))
    hs = []
    if kind in ("gmail", "workspace"):
        ip = "209.85.%d.%d" % (ctx.pick([128, 160, 208, 214, 216, 219, 221, 222]), ctx.num(2, 250))
        helo = "mail-%s-f%d.google.com" % (ctx.pick(["yw1", "qk1", "pl1", "oi1", "ej1", "lf1", "qt1", "io1", "ua1"]), int(ip.split(".")[-1]))
        d = "gmail.com" if kind == "gmail" else dom
        sel = "20230601" if kind == "gmail" else "google"
        mid = msgid or gmail_msgid(ctx)
        hs = [("Received", "by %s with SMTP id %s.%d\n        for <%s>; %s"
               % (helo, "00721157ae682-" + ctx.hex(11) + "so" + ctx.digits(8) + "b3", ctx.num(0, 19), rcpt, rfc_date(sent, "PT", abbr=True))),
              ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:%smime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s;\n        b=%s"
               % (d, sel, epoch(sent), epoch(sent) + 604800, "in-reply-to:references:" if irt else "", ctx.bh(),
                  "\n         ".join(ctx.b64(70) for _ in range(4)) + "\n         " + ctx.b64(48) + "=="))]
        if kind == "workspace":
            hs.append(("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s"
                       % (epoch(sent), epoch(sent) + 604800, ctx.bh(), "\n         ".join(ctx.b64(70) for _ in range(3)) + "\n         " + ctx.b64(20) + "==")))
        hs += [("X-Gm-Message-State", "AOJu0Y" + ctx.b64(60) + "\n\t" + ctx.b64(30) + "=="),
               ("X-Gm-Gg", "ASbGnc" + ctx.b64(70) + "\n\t" + ctx.b64(70) + "\n\t" + ctx.b64(40) + "=="),
               ("X-Google-Smtp-Source", "AGHT+I" + ctx.b64(82) + "=="),
               ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
                % (ctx.hex(4), ctx.hex(3), ctx.hex(3), ctx.hex(4), ctx.hex(3), "00721157ae682-" + ctx.hex(11) + "mr" + ctx.digits(8) + "b3",
                   ctx.num(1, 30), epoch(sent) * 1000 + ctx.num(0, 999), rfc_date(sent, "PT", abbr=True))),
               ("MIME-Version", "1.0")]
        _opt(hs, "References", refs)
        _opt(hs, "In-Reply-To", irt)
        hs += [("From", fromh), ("Date", rfc_date(sent, zone)),
               ("X-Gm-Features", "AX0GCF" + ctx.b64url(60)), ("Message-ID", mid),
               ("Subject", subj(subject)), ("To", to)]
        _opt(hs, "Cc", cc)
        _opt(hs, "Reply-To", reply_to)
        hs += list(extra)
        hs.append(("*", None))
        auth = a_pass(ctx, d, frm, ip, sel, mx, "none" if kind == "workspace" else "quarantine")
        env = frm
    elif kind in ("outlookcom", "m365"):
        ip = "52.101.%d.%d" % (ctx.num(40, 200), ctx.num(2, 250)) if kind == "outlookcom" else "40.107.%d.%d" % (ctx.num(90, 240), ctx.num(2, 250))
        pod = ctx.pick(["BN8", "DM6", "CO1", "SN1", "MW2", "CY4", "PH8"])
        nam = ctx.num(2, 12)
        if kind == "outlookcom":
            helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (nam, pod)
            host = "%s%dP%dMB%04d.NAMP%d.PROD.OUTLOOK.COM" % (ctx.pick(["PH7", "SJ2", "DS7", "MN0", "BY5"]), ctx.num(1, 9), ctx.pick([220, 221, 222, 223]), ctx.num(1000, 9999), ctx.pick([220, 221, 222, 223]))
            d, sel = dom, "selector1"
        else:
            helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (nam, pod)
            nn = ctx.num(10, 19)
            host = "%s%02dMB%04d.namprd%02d.prod.outlook.com" % (ctx.pick(["SA1PR", "BN0PR", "CH0PR", "DM4PR", "MW4PR", "IA1PR"]), nn, ctx.num(1000, 9999), nn)
            d, sel = dom, "selector1"
        rdns = "mail-%snam%02don2%03d.outbound.protection.outlook.com" % (pod.lower(), nam, ctx.num(0, 999))
        mid = msgid or "<%s%s@%s>" % (host.split(".")[0], ctx.hex(20, True), host)
        hs = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + "\n ".join(ctx.b64(76) for _ in range(4)) + "=="),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s"
               % (ctx.bh(), "\n ".join(ctx.b64(76) for _ in range(4)) + "==")),
              ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
              ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
               % (d, sel, ctx.bh(), "\n ".join(ctx.b64(76) for _ in range(4)) + "==")),
              ("Received", "from %s (2603:10b6:%s:%s::%d) by\n %s (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
               % (host, ctx.hex(3), ctx.hex(3), ctx.num(1, 30),
                  host, ctx.hex(3), ctx.hex(3), ctx.num(1, 30), ctx.num(8000, 9400), ctx.num(10, 40), rfc_date(sent, "UTC"))),
              ("From", fromh), ("To", to)]
        _opt(hs, "CC", cc)
        hs.append(("Subject", subj(subject)))
        topic = subject
        for pre in ("Read: ", "Delivered: ", "Automatic reply: ", "Automatische Antwort: ", "Respuesta automática: ", "RE: ", "Re: ", "FW: ", "Fw: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hs += [("Thread-Topic", subj(topic)),
               ("Thread-Index", "AQH" + ctx.b64(30) + "==" if irt else "Ad" + ctx.b64(22) + "=="),
               ("Date", rfc_date(sent, "UTC")), ("Message-ID", mid)]
        _opt(hs, "References", refs)
        _opt(hs, "In-Reply-To", irt)
        _opt(hs, "Reply-To", reply_to)
        hs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]
        hs += list(extra)
        hs += [("x-ms-publictraffictype", "Email"),
               ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (host.split(".")[0], host.split(".")[0][:7] + ctx.hex(4, True))),
               ("x-ms-office365-filtering-correlation-id", ctx.uuid()),
               ("x-microsoft-antispam", "BCL:0;ARA:14566002|%d|%d|%d;" % (ctx.num(10000000, 99999999), ctx.num(1000000, 9999999), ctx.num(100000, 999999))),
               ("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024);DIR:OUT;SFP:1101;" % host.split(".")[0]),
               ("*", None),
               ("MIME-Version", "1.0"),
               ("X-OriginatorOrg", dom),
               ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
               ("X-MS-Exchange-CrossTenant-Network-Message-Id", ctx.uuid()),
               ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04dZ" % (local(sent, "UTC").strftime("%d %b %Y %H:%M:%S"), ctx.num(0, 9999))),
               ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
               ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host.split(".")[0])]
        auth = a_pass(ctx, d, frm, ip, sel, mx, "none")
        env = frm
        if isinstance(part, Multi) and part.boundary.startswith("_000_"):
            part.boundary = "_000_%s_" % mid.strip("<>").split("@")[0]
        return _finish(ctx, mailbox, dt, env, helo, ip, hs, part, mx, auth, rdns, spam, score)
    elif kind in ("yahoo", "aol"):
        ip = ctx.pick(["66.163.%d.%d", "74.6.%d.%d", "98.137.%d.%d"]) % (ctx.num(128, 200), ctx.num(2, 250))
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (ctx.num(300, 330), ctx.num(10, 40), ctx.pick(["ne1", "gq1", "bf2"]))
        d = "yahoo.com" if kind == "yahoo" else "aol.com"
        ms = epoch(sent) * 1000 + ctx.num(0, 999)
        mid = msgid or "<%d.%d.%d@mail.yahoo.com>" % (ctx.num(100000000, 2099999999), ctx.num(100000, 9999999), ms)
        hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=Date:From:To:Subject:%sFrom:Subject:Reply-To; b=%s"
               % (d, "s2048" if kind == "yahoo" else "a2048", epoch(sent), ctx.bh(), "References:" if irt else "", ctx.b64(340) + "==")),
              ("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
               % (d, epoch(sent), ctx.bh(), ctx.b64(340) + "==")),
              ("X-YMail-OSG", ctx.b64url(60) + "\n " + ctx.b64url(70) + "\n " + ctx.b64url(40)),
              ("X-Sonic-MF", "<%s>" % frm),
              ("X-Sonic-ID", ctx.uuid()),
              ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (helo, rfc_date(sent, "UTC"))),
              ("Date", rfc_date(sent, "UTC", abbr=False) + " (UTC)"),
              ("From", fromh), ("To", to)]
        _opt(hs, "Cc", cc)
        hs.append(("Message-ID", mid))
        _opt(hs, "In-Reply-To", irt)
        _opt(hs, "References", refs)
        hs.append(("Subject", subj(subject)))
        hs += list(extra)
        hs += [("MIME-Version", "1.0"), ("*", None),
               ("X-Mailer", ua or ("WebService/1.1.%d %s" % (ctx.num(23000, 24500), "YMailNorrin" if kind == "yahoo" else "AolMailNorrin")))]
        auth = a_pass(ctx, d, frm, ip, "s2048" if kind == "yahoo" else "a2048", mx, "reject")
        env = frm
    elif kind in ("icloud-ios", "icloud-mac"):
        ip = "17.58.%d.%d" % (ctx.num(6, 63), ctx.num(2, 250))
        helo = "%sp00im-%s.me.com" % (ctx.pick(["st43", "mr85", "ms11", "qs51"]), ctx.pick(["zteg", "hyfv", "qufo", "ztdg"]) + ctx.digits(8))
        mid = msgid or "<%s@%s>" % (ctx.uuid(upper=True), dom)
        cip = (ctx.num(60, 99), ctx.num(1, 250), ctx.num(1, 250), ctx.num(1, 250))
        crdns = isp or ctx.pick(["c-%d-%d-%d-%d.hsd1.ia.comcast.net", "%d-%d-%d-%d.mediacombb.net", "%d-%d-%d-%d.dhcp.mdsn.wi.charter.com"]) % cip
        hs = [("Received", "from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
               % (crdns, "%d.%d.%d.%d" % cip, helo, ctx.hex(12, True), rfc_date(sent, "UTC", abbr=True))),
              ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s;\n\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;\n\tb=%s"
               % (epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(5)) + "==")),
              ("*", None)]
        if kind == "icloud-ios":
            hs += [("Mime-Version", "1.0 (1.0)")]
        else:
            hs += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))")]
        hs.append(("Subject", subj(subject)))
        _opt(hs, "In-Reply-To", irt)
        _opt(hs, "References", refs)
        hs += [("From", fromh), ("Date", rfc_date(sent, zone, pad=False))]
        _opt(hs, "Cc", cc)
        hs += [("Message-Id", mid), ("To", to)]
        hs += list(extra)
        hs.append(("X-Mailer", ua or ("iPhone Mail (22E240)" if kind == "icloud-ios" else "Apple Mail (2.3826.600.51.1.1)")))
        auth = a_pass(ctx, "icloud.com", frm, ip, "1a1hai", mx, "quarantine")
        env = frm
    elif kind == "thunderbird":
        # isp = (helo, ip, domain-for-dkim or None, smtp-host)
        helo, ip, dkd, smtp = isp
        mid = msgid or "<%s@%s>" % (ctx.uuid(), dom)
        hs = []
        if dkd:
            hs.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n\th=Message-ID:Date:MIME-Version:To:From:Subject:Content-Type;\n\tb=%s"
                       % (dkd, "20190202a", epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")))
        hs.append(("Received", "from [192.168.1.%d] (%s [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                   % (ctx.num(2, 60), "c-%d-%d-%d-%d.hsd1.ia.comcast.net" % (ctx.num(60, 99), ctx.num(1, 250), ctx.num(1, 250), ctx.num(1, 250)) if "comcast" in smtp else "unknown",
                      "%d.%d.%d.%d" % (ctx.num(60, 99), ctx.num(1, 250), ctx.num(1, 250), ctx.num(1, 250)), smtp, ctx.alnum(10), rcpt, rfc_date(sent, zone))))
        hs += [("Message-ID", mid), ("Date", rfc_date(sent, zone, pad=False)), ("MIME-Version", "1.0"),
               ("User-Agent", ua or "Mozilla Thunderbird"), ("Content-Language", "en-US")]
        _opt(hs, "References", refs)
        _opt(hs, "In-Reply-To", irt)
        hs += [("To", to)]
        _opt(hs, "Cc", cc)
        hs += [("From", fromh)]
        _opt(hs, "Reply-To", reply_to)
        hs += [("Subject", subj(subject))]
        hs += list(extra)
        hs.append(("*", None))
        auth = a_pass(ctx, dkd, frm, ip, "20190202a", mx, "none") if dkd else a_pass(ctx, dom, frm, ip, "x", mx, None, dkim=False)
        env = frm
    elif kind == "xfinity":
        ip = "96.102.%d.%d" % (ctx.num(18, 200), ctx.num(2, 250))
        helo = "resomta-h%dp-%06d.sys.comcast.net" % (ctx.num(1, 2), ctx.num(100000, 999999))
        ms = epoch(sent) * 1000 + ctx.num(0, 999)
        mid = msgid or "<%d.%d.%d@connect.xfinity.com>" % (ctx.num(100000000, 2099999999), ctx.num(100000, 999999), ms)
        hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n\tb=%s"
               % (epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")),
              ("Received", "from resomta-h%dp-%06d.sys.comcast.net ([96.102.179.%d])\n\tby resimta-h%dp-%06d.sys.comcast.net with ESMTPS\n\tid %s; %s"
               % (ctx.num(1, 2), ctx.num(100000, 999999), ctx.num(2, 250), ctx.num(1, 2), ctx.num(100000, 999999), ctx.alnum(14), rfc_date(sent, "UTC"))),
              ("Date", rfc_date(sent, zone)), ("From", fromh), ("To", to)]
        _opt(hs, "Cc", cc)
        hs += [("Message-ID", mid)]
        _opt(hs, "In-Reply-To", irt)
        _opt(hs, "References", refs)
        hs += [("Subject", subj(subject)), ("MIME-Version", "1.0"), ("*", None)]
        hs += list(extra)
        hs += [("X-Priority", "3"), ("Importance", "Normal"),
               ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % ctx.num(50, 70)),
               ("X-Originating-Client", "open-xchange-appsuite"),
               ("X-CMAE-Envelope", "MS4xfA" + ctx.b64(80))]
        auth = a_pass(ctx, "comcast.net", frm, ip, "20190202a", mx, "none")
        env = frm
    elif kind == "fastmail":
        ip = "103.168.172.%d" % ctx.num(140, 160)
        helo = "fout-a%d-smtp.messagingengine.com" % ctx.num(1, 8)
        mid = msgid or "<%s@app.fastmail.com>" % ctx.uuid()
        hs = [("Received", "from phl-imap-%02d (phl-imap-%02d [10.202.2.%d])\n\tby mailfout.phl.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
               % (ctx.num(1, 20), ctx.num(1, 20), ctx.num(10, 99), ctx.hex(10, True), rcpt, rfc_date(sent, "-0400" if local(sent, "ET") != sent else "-0500"))),
              ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; h=cc\n\t:content-type:content-type:date:date:from:from:in-reply-to\n\t:message-id:mime-version:reply-to:subject:subject:to:to; s=fm1; t=%d; x=%d; bh=%s; b=%s"
               % (dom, epoch(sent), epoch(sent) + 86400, ctx.bh(), "\n\t" + "\n\t".join(ctx.b64(64) for _ in range(5)) + "==")),
              ("X-ME-Sender", "<xms:%s>" % ctx.b64url(60)),
              ("Feedback-ID", "i%s:Fastmail" % ctx.hex(8)),
              ("X-ME-Proxy", "<xmx:%s>" % ctx.b64url(60)),
              ("MIME-Version", "1.0"),
              ("X-ThreadId", "T%s" % ctx.hex(16)),
              ("Date", rfc_date(sent, zone)),
              ("From", fromh), ("To", to)]
        hs += [("Message-Id", mid)]
        _opt(hs, "In-Reply-To", irt)
        _opt(hs, "References", refs)
        hs += [("Subject", subj(subject))] + list(extra) + [("*", None)]
        auth = a_pass(ctx, dom, frm, ip, "fm1", mx, "none")
        env = frm
    elif kind == "raw":
        # extra carries all originator headers; isp = (helo, ip, rdns, env_from, auth list or None, tls)
        helo, ip, rdns, env, auth, tls = isp
        hs = list(extra)
        return _finish(ctx, mailbox, dt, env, helo, ip, hs, part, mx, auth, rdns, spam, score, tls=tls)
    else:
        raise ValueError(kind)
    return _finish(ctx, mailbox, dt, env, helo, ip, hs, part, mx, auth, None, spam, score)


def _finish(ctx, mailbox, dt, env, helo, ip, hs, part, mx, auth, rdns, spam, score, tls="TLSv1.3"):
    inb = inbound(ctx, mailbox, dt, env, helo, ip, rdns=rdns, mx=mx, auth=auth, spam=spam, score=score, tls=tls)
    return message(inb + hs, part)


# ------------------------------------------------------------------ body helpers

def plain(text, charset="UTF-8", cte="7bit", flowed=False):
    params = "; format=flowed" if flowed else ""
    ct = "text/plain; charset=%s%s" % (charset, params)
    return Leaf("text/plain", text, charset.lower() if charset.lower() != "us-ascii" else "us-ascii", cte, ct=ct)


def gmail_alt(ctx, text, html):
    b = "0000000000%s" % ctx.hex(18)
    return Multi("alternative", [Leaf("text/plain", text, "utf-8", None, ct='text/plain; charset="UTF-8"', cte_header=False),
                                 Leaf("text/html", html, "utf-8", None, ct='text/html; charset="UTF-8"', cte_header=False)], b)


def outlook_alt(ctx, text, html, charset="us-ascii"):
    b = "_000_%s%s_" % (ctx.pick(["SA1PR", "BN0PR", "PH7P2"]) + "%02dMB%04d" % (ctx.num(10, 19), ctx.num(1000, 9999)), ctx.hex(20, True))
    return Multi("alternative", [Leaf("text/plain", text, charset, "quoted-printable", ct='text/plain; charset="%s"' % charset),
                                 Leaf("text/html", html, charset, "quoted-printable", ct='text/html; charset="%s"' % charset)], b)


def yahoo_alt(ctx, text, html, ms=None):
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 9999999), ctx.num(100000000, 2099999999), ms or ctx.num(10 ** 12, 2 * 10 ** 12))
    return Multi("alternative", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", wrap_html_lines(html), "UTF-8", "7bit", ct="text/html; charset=UTF-8")], b,
                 headers=[])
