"""Trace headers: our own MX -> mbx01 chain, and each sending provider's own headers."""
import datetime as D

from mime import (B62, B64C, HEXL, HEXU, b64blob, fold_b64, postfix_qid, rfcdate, rstr, ts, uuid)

MX = {"mx1": "10.20.1.11", "mx2": "10.20.1.12"}


def dkim_sig(rng, d, s, h, t=None, extra="", indent="\t", x=None):
    b = b64blob(rng, 256)
    bh = b64blob(rng, 32)
    parts = ["v=1; a=rsa-sha256; c=relaxed/relaxed;", "d=%s; s=%s;%s" % (d, s, (" t=%d;" % t) if t else "")]
    if x:
        parts[-1] += " x=%d;" % x
    if extra:
        parts[-1] += " " + extra
    parts.append("h=%s;" % h)
    parts.append("bh=%s;" % bh)
    val = ("\n" + indent).join(parts) + "\n" + indent + fold_b64("b=", b, indent)
    return "DKIM-Signature: " + val, b[:8]


def top(rng, *, mailbox, rp, t_utc, helo, rdns, ip, auth_lines, mx=None, tls=True):
    """Return-Path, Delivered-To, Received (mbx01), Authentication-Results, Received (mx)."""
    mx = mx or rng.choice(["mx1", "mx2"])
    rcpt = "%s@alliant-energy.com" % mailbox
    t_mx = t_utc
    t_mbx = t_utc + D.timedelta(seconds=1)
    hdrs = [
        "Return-Path: %s" % rp,
        "Delivered-To: %s" % rcpt,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (mx, mx, MX[mx], postfix_qid(rng), rcpt, rfcdate(t_mbx, "central", comment=True)),
        "Authentication-Results: %s.alliant-energy.com;\n\t" % mx + ";\n\t".join(auth_lines),
        "Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
        % (helo, rdns, ip, mx, "ESMTPS" if tls else "ESMTP", postfix_qid(rng), rcpt, rfcdate(t_mx, "central", comment=True)),
    ]
    return hdrs, mx


def auth(mx_unused, *, dkim=None, spf=("pass", None, None), dmarc=None, mxname="mx1"):
    """dkim = (domain, selector, bprefix) | None ; spf = (result, mailfrom-or-helo, ip) ; dmarc=(result, policy, domain)"""
    lines = []
    if dkim:
        lines.append("dkim=pass (2048-bit key) header.d=%s header.s=%s header.b=%s" % dkim)
    else:
        lines.append("dkim=none")
    res, who, ip = spf
    if who and who.startswith("helo="):
        lines.append("spf=%s (%s.alliant-energy.com: %s) smtp.helo=%s" % (
            res, mxname, "no envelope sender, checked HELO" if res in ("pass", "none") else "HELO not permitted", who[5:]))
    elif who:
        if res == "pass":
            lines.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mxname, who, ip, who))
        elif res == "softfail":
            lines.append("spf=softfail (%s.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (mxname, who, ip, who))
        else:
            lines.append("spf=%s (%s.alliant-energy.com: %s) smtp.mailfrom=%s" % (res, mxname, ip, who))
    if dmarc:
        r, p, d = dmarc
        lines.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (r, p, "none" if r == "pass" or p == "none" else p, d))
    return lines


def provider(rng, kind, *, t_utc, rcpt, mailfrom, from_domain, mailbox, rp=None, api=False, mx=None):
    """returns (top headers incl. our MX chain, provider headers) for a sending provider."""
    rp = rp if rp is not None else "<%s>" % mailfrom
    t_prov = t_utc - D.timedelta(seconds=rng.randint(1, 3))
    ph = []
    mxname = mx or rng.choice(["mx1", "mx2"])
    if kind == "google":
        last = rng.randint(128, 230)
        ip = "209.85.%d.%d" % (rng.choice([128, 160, 161, 208, 210, 214, 219, 222]), last)
        host = "mail-%s-f%d.google.com" % (rng.choice(["yb1", "yw1", "qk1", "qv1", "oi1", "il1", "pj1", "pl1", "ua1", "vk1"]), last)
        d = from_domain if from_domain != "gmail.com" else "gmail.com"
        sig, bpre = dkim_sig(rng, d, "20230601",
                             "to:subject:message-id:date:from:in-reply-to:references\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to",
                             t=ts(t_prov), x=ts(t_prov) + 604800, extra="darn=alliant-energy.com;")
        ph.append("Received: by %s with %s id %s\n        for <%s>; %s" % (
            host, "HTTPREST" if api else "SMTP",
            "%s-%sso%d%s.%d" % (rstr(rng, 12, HEXL), rstr(rng, 11, HEXL), rng.randint(1000000, 9999999), rstr(rng, 3, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 3)),
            rcpt, rfcdate(t_prov, "pacific")))
        ph.append(sig)
        ph.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        %s"
                  % (ts(t_prov), ts(t_prov) + 604800, b64blob(rng, 32), fold_b64("b=", b64blob(rng, 256), "        ")))
        ph.append("X-Gm-Message-State: AOJu0Y%s" % (rstr(rng, 40, B64C) + "\n\t" + rstr(rng, 24, B64C)))
        ph.append("X-Google-Smtp-Source: AGHT+I%s" % rstr(rng, 66, B64C) + "==")
        ph.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            rstr(rng, 4, HEXL), rstr(rng, 4, HEXL), rstr(rng, 3, HEXL), rstr(rng, 4, HEXL),
            rstr(rng, 12, HEXL), rstr(rng, 11, HEXL), rng.randint(1, 40), ts(t_prov) * 1000 % 10 ** 13,
            rfcdate(t_prov, "pacific")))
        helo, rdns = host, host
        a = auth(None, dkim=(d, "20230601", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "none" if d == "gmail.com" else "quarantine", d), mxname=mxname)
    elif kind == "yahoo":
        aol = from_domain == "aol.com"
        n = rng.randint(301, 330)
        ip = ("66.163.%d.%d" if not aol else "98.137.%d.%d") % (rng.randint(184, 191), rng.randint(1, 254))
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(20, 60), "ne1" if not aol else "gq1")
        sel = "s2048" if not aol else "a2048"
        sig, bpre = dkim_sig(rng, from_domain, sel, "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", t=ts(t_prov))
        ph.append(sig)
        ph.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:Subject:From:Subject; b=%s"
                  % (ts(t_prov), b64blob(rng, 32), fold_b64("", b64blob(rng, 256), "\t")))
        ph.append("X-YMail-OSG: %s" % fold_b64("", rstr(rng, 420, B62 + "._-"), " "))
        ph.append("X-Sonic-MF: <%s>" % mailfrom)
        ph.append("X-Sonic-ID: %s" % uuid(rng, upper=False))
        ph.append("Received: from sonic.gate.mail.%s.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s" % (
            "ne1" if not aol else "gq1", n, "ne1" if not aol else "gq1", rfcdate(t_prov, "utc")))
        helo, rdns = host, host
        a = auth(None, dkim=(from_domain, sel, bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "reject", from_domain), mxname=mxname)
    elif kind in ("microsoft", "m365"):
        pod = rng.choice(["NAM12-BN8", "NAM10-DM6", "NAM11-CO1", "NAM02-SN1", "NAM04-MW2"])
        ip = "40.92.%d.%d" % (rng.randint(18, 45), rng.randint(10, 250)) if kind == "microsoft" else "40.107.%d.%d" % (rng.randint(200, 244), rng.randint(10, 250))
        host = "mail-%s%s%s.outbound.protection.outlook.com" % (pod.split("-")[1].lower(), pod.split("-")[0].lower(), "olkn20%02d" % rng.randint(10, 99) if kind == "microsoft" else "on20%02d" % rng.randint(10, 99))
        helo = "%s-obe.outbound.protection.outlook.com" % pod
        srv1 = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "BN8", "DM4", "CH3", "MW4", "PH7", "IA1"]), rng.randint(10, 19), rng.randint(1000, 9999))
        srv2 = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "BN8", "DM4", "CH3", "MW4", "PH7", "IA1"]), rng.randint(10, 19), rng.randint(1000, 9999))
        ph.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % fold_b64("", b64blob(rng, 256), " "))
        ph.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s"
                  % (b64blob(rng, 32), fold_b64("", b64blob(rng, 256), " ")))
        ph.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
        dsel = "selector1" if kind == "microsoft" else "selector2"
        dd = from_domain if kind == "m365" else from_domain
        sig, bpre = dkim_sig(rng, dd, dsel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", indent=" ")
        ph.append(sig)
        prd1, prd2 = int(srv1[5:7]), int(srv2[5:7])
        build = rng.randint(8000, 8500)
        fe80 = ":".join(rstr(rng, 4, HEXL) for _ in range(4))
        ph.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                  % (srv1, prd1, rstr(rng, 3, HEXL), rstr(rng, 3, HEXL), rng.randint(10, 40),
                     srv2, prd2, rstr(rng, 3, HEXL), rstr(rng, 3, HEXL), rng.randint(10, 40),
                     build, rng.randint(10, 40), rfcdate(t_prov, "utc")))
        ph.append("Received: from %s.namprd%02d.prod.outlook.com\n ([fe80::%s%%7]) by %s.namprd%02d.prod.outlook.com\n ([fe80::%s%%7]) with mapi id 15.20.%d.%03d; %s"
                  % (srv1, prd1, fe80, srv1, prd1, fe80, build, rng.randint(10, 40), rfcdate(t_prov, "utc")))
        rdns = host
        a = auth(None, dkim=(dd, dsel, bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "none", from_domain), mxname=mxname)
    elif kind == "apple":
        o = rng.randint(140, 190)
        ip = "17.58.63.%d" % o
        host = "st43p00im-zt%s%d.me.com" % (rstr(rng, 2, "abcdefgh"), rng.randint(10061700, 10073499))
        sig, bpre = dkim_sig(rng, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", t=ts(t_prov))
        ph.append(sig)
        ph.append("Received: from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                  % (host, ip, host, rstr(rng, 11, HEXU), rcpt, rfcdate(t_prov, "utc", comment=True)))
        helo, rdns = host, host
        a = auth(None, dkim=("icloud.com", "1a1hai", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "quarantine", "icloud.com"), mxname=mxname)
    elif kind == "qq":
        o = rng.randint(200, 250)
        ip = "203.205.221.%d" % o
        host = "out203-205-221-%d.mail.qq.com" % o
        sig, bpre = dkim_sig(rng, "qq.com", "s201512", "From:To:Subject:Mime-Version:Date:Message-ID", t=ts(t_prov))
        ph.append(sig)
        ph.append("X-QQ-FEAT: %s" % rstr(rng, 64, B64C))
        ph.append("X-QQ-SSF: 00000000000000F0000000000000")
        ph.append("X-QQ-XMAILINFO: %s" % fold_b64("", rstr(rng, 150, B64C), " "))
        ph.append("X-QQ-STYLE: ")
        ph.append("X-QQ-mid: webmail%d%s" % (rng.randint(500, 899), "t%d" % ts(t_prov) + "t" + rstr(rng, 7, HEXL)))
        helo, rdns = host, host
        a = auth(None, dkim=("qq.com", "s201512", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "quarantine", "qq.com"), mxname=mxname)
    elif kind == "netease":
        o = rng.randint(2, 40)
        ip = "220.197.31.%d" % o
        host = "m16.mail.163.com"
        sig, bpre = dkim_sig(rng, "163.com", "s110527", "Date:From:Subject:Content-Type:MIME-Version:\n\tMessage-ID", t=None)
        ph.append(sig)
        helo, rdns = host, host
        a = auth(None, dkim=("163.com", "s110527", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "none", "163.com"), mxname=mxname)
    elif kind == "ukrnet":
        n = rng.randint(60, 79)
        ip = "212.42.77.%d" % (170 + n - 60)
        host = "frv%d.fwdcdn.com" % n
        sig, bpre = dkim_sig(rng, "ukr.net", "ffe", "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-Id:\n\tSubject:To:From:Date:Sender:Reply-To:Cc:In-Reply-To:References", t=None)
        ph.append(sig)
        ph.append("Received: from [%d.%d.%d.%d] (helo=freemail.ukr.net)\n\tby %s with esmtpsa (Exim 4.98)\n\tid 1t%s;\n\t%s"
                  % (rng.choice([73, 24, 97]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), host, rstr(rng, 12, B62), rfcdate(t_prov, "kyiv")))
        helo, rdns = host, host
        a = auth(None, dkim=("ukr.net", "ffe", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "none", "ukr.net"), mxname=mxname)
    elif kind in ("mediacom", "spectrum", "windstream"):
        if kind == "mediacom":
            ip = "173.219.254.%d" % rng.randint(30, 40)
            host = "mta%02d.mchsi.com" % rng.randint(1, 6)
            d, sel = None, None
        elif kind == "spectrum":
            ip = "107.14.73.%d" % rng.randint(220, 240)
            host = "dnvrco-cmomta%02d.email.rr.com" % rng.randint(1, 4)
            d, sel = "charter.net", "dkim-201808"
        else:
            ip = "162.39.%d.%d" % (rng.randint(1, 10), rng.randint(1, 250))
            host = "smtp-out%02d.windstream.net" % rng.randint(1, 9)
            d, sel = "windstream.net", "ws2024"
        bpre = None
        if d:
            sig, bpre = dkim_sig(rng, d, sel, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=ts(t_prov))
            ph.append(sig)
        cip = "%d.%d.%d.%d" % (rng.choice([173, 24, 71]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
        ph.append("Received: from [192.168.%d.%d] (%s [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                  % (rng.randint(0, 2), rng.randint(2, 250), "unknown" if kind != "mediacom" else "%s.client.mchsi.com" % cip.replace(".", "-"),
                     cip, host, rstr(rng, 10, B62), rcpt, rfcdate(t_prov, "central")))
        helo, rdns = host, host
        a = auth(None, dkim=(d, sel, bpre) if d else None, spf=("pass", mailfrom, ip), dmarc=("pass" if d else "none", "none", from_domain), mxname=mxname)
    elif kind == "webform":
        ip = "10.40.2.12"
        host = "web02.alliantenergy.com"
        sig, bpre = dkim_sig(rng, "alliantenergy.com", "web2023", "From:Reply-To:To:Subject:Date:Message-ID", t=ts(t_prov))
        ph.append(sig)
        helo, rdns = host, host
        a = auth(None, dkim=("alliantenergy.com", "web2023", bpre), spf=("pass", mailfrom, ip), dmarc=("pass", "reject", "alliantenergy.com"), mxname=mxname)
    else:
        raise ValueError(kind)
    th, _ = top(rng, mailbox=mailbox, rp=rp, t_utc=t_utc, helo=helo, rdns=rdns, ip=ip, auth_lines=a, mx=mxname,
                tls=(kind != "webform"))
    return th, ph


def generic(rng, *, mailbox, rp, t_utc, helo, ip, rdns=None, dkim=None, spf=("pass", None, None), dmarc=None, extra=(), mx=None, tls=True):
    """for vendors, spammers and bounce sources: dkim=(domain, selector, header-list) or None."""
    mxname = mx or rng.choice(["mx1", "mx2"])
    ph = []
    dk = None
    if dkim:
        sig, bpre = dkim_sig(rng, dkim[0], dkim[1], dkim[2], t=ts(t_utc))
        ph.append(sig)
        dk = (dkim[0], dkim[1], bpre)
    ph.extend(extra)
    a = auth(None, dkim=dk, spf=spf, dmarc=dmarc, mxname=mxname)
    th, _ = top(rng, mailbox=mailbox, rp=rp, t_utc=t_utc, helo=helo, rdns=rdns or helo, ip=ip, auth_lines=a, mx=mxname, tls=tls)
    return th, ph
