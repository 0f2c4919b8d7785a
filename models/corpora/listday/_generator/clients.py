"""Mail programs and mailbox providers: how a person's message looks when it reaches mx1/mx2."""
import datetime as _dt

from lib import (CST, UTC, PST, DAYS, LDAYS, MONS, LMONS, ES_DAYS, ES_LDAYS, ES_MONS, ES_LMONS,
                 Part, addr, cst, dkim_bh, esc, ew, finish, fold_b, h12, leaf, multipart, paras,
                 quote_gt, rfcdate, wrap_flowed, rng)

MAILBOX = {"powerhousecatalog": "powerhousecatalog@alliant-energy.com",
           "customercare": "customercare@alliant-energy.com"}


# ================================================================ provider traces

def provider_of(address):
    d = address.split("@", 1)[1].lower()
    return {
        "gmail.com": "gmail", "yahoo.com": "yahoo", "aol.com": "aol", "outlook.com": "outlook",
        "hotmail.com": "outlook", "live.com": "outlook", "icloud.com": "icloud", "me.com": "icloud",
        "mac.com": "icloud", "comcast.net": "comcast", "fastmail.com": "fastmail",
        "alliantenergy.com": "alliantweb",
    }.get(d, "isp")


def trace(prov, r, m, from_addr, send, body):
    """Headers a provider puts above the client's own, plus the relay seen by our MX."""
    dom = from_addr.split("@", 1)[1].lower()
    bh = dkim_bh(body)
    ts = int(send.timestamp())
    out = []
    relay = {}
    if prov in ("gmail", "gws"):
        host = "mail-%s-f%d.google.com" % (r.choice(["qk1", "qt1", "yw1", "oi1", "ed1", "pl1", "lj1", "vk1"]),
                                            r.randint(41, 199))
        ip = "209.85.%d.%d" % (r.choice([128, 160, 166, 167, 208, 210, 214, 218, 219, 222]), r.randint(2, 250))
        d, s = ("gmail.com", "20230601") if prov == "gmail" else (dom, "google")
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\n"
                   "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
                   "         :date:message-id:reply-to;\n        bh=%s;\n%s"
                   % (d, s, ts, ts + 604800, bh, fold_b("        b=", r.b64s(342) + "==", 64, "         ")))
        out.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
                   "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
                   "         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n%s"
                   % (ts, ts + 604800, bh, fold_b("        b=", r.b64s(342) + "==", 64, "         ")))
        out.append("X-Gm-Message-State: AOJu0Y%s\n\t%s" % (r.b64s(54), r.b64s(60)))
        out.append("X-Gm-Gg: ASbGnc%s\n\t%s" % (r.b64s(58), r.b64s(64)))
        out.append("X-Google-Smtp-Source: AGHT+IE%s" % r.b64s(61))
        sid = "%s-20020a05%s" % (r.alnum(2).lower(), r.hexs(8))
        out.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
                   % (r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), sid + "mr%s.%d.%d" % (r.digits(7), r.randint(1, 40), ts * 1000 + r.randint(0, 999)),
                      rfcdate(send, PST, suffix=" (PST)")))
        relay = dict(helo=host, rdns=host, ip=ip, dkim=d, spf=from_addr, tls=True)
    elif prov in ("yahoo", "aol"):
        pool = r.choice(["bf2", "gq1", "ne1"])
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(1, 40), pool)
        ip = r.choice(["74.6.%d.%d", "66.163.%d.%d", "98.137.%d.%d"]) % (r.randint(128, 200), r.randint(2, 250))
        d, s = ("yahoo.com", "s2048") if prov == "yahoo" else ("aol.com", "a2048")
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s"
                   % (d, s, ts, bh, fold_b("", r.b64s(342) + "==", 70, "\t")))
        out.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
                   % (ts, r.b64s(43) + "=", fold_b("", r.b64s(342) + "==", 70, "\t")))
        out.append("X-YMail-OSG: %s\n %s\n %s" % (r.b64s(70).replace("+", "."), r.b64s(76).replace("+", "_"), r.b64s(40).replace("+", "-")))
        out.append("X-Sonic-MF: <%s>" % from_addr)
        out.append("X-Sonic-ID: %s" % r.uuid(False))
        if m.get("client") in ("yahoo_ios",):
            out.append("Received: by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n          %s"
                       % (pool, r.hexs(10), r.alnum(5).lower(), r.hexs(32), rfcdate(send, UTC, pad=False, suffix=" (UTC)")))
        else:
            out.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfcdate(send, UTC)))
        relay = dict(helo=host, rdns=host, ip=ip, dkim=d, spf=from_addr, tls=True)
    elif prov in ("outlook", "m365"):
        regions = ["NAM12-MW2", "NAM11-DM6", "NAM10-BN7", "NAM02-SN1", "NAM04-BN8"]
        reg = r.choice(regions)
        host = "%s-obe.outbound.protection.outlook.com" % reg if prov == "outlook" else "%s-obe.outbound.protection.outlook.com" % reg.replace("-", "-")
        ip = ("40.92.%d.%d" if prov == "outlook" else "40.107.%d.%d") % (r.randint(1, 250), r.randint(2, 250))
        srv = m.setdefault("_mssrv", "%s%dMB%d" % (r.choice(["SJ0PR", "PH0PR", "BN6PR", "CH3PR", "DM4PR", "MW4PR"]),
                                                    r.choice([11, 13, 17, 19]), r.randint(3000, 9999)))
        srv2 = "%s%dMB%d" % (r.choice(["SA1PR", "DS7PR", "BY5PR", "CO1PR"]), r.choice([11, 13, 17]), r.randint(3000, 9999))
        lab = "namprd%s" % srv[5:7]
        out.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n%s"
                   % fold_b(" b=", r.b64s(342) + "==", 70, " "))
        out.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                   " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                   " bh=%s;\n%s" % (bh, fold_b(" b=", r.b64s(342) + "==", 70, " ")))
        out.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
        d = dom
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n"
                   " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                   " bh=%s;\n%s" % (d, bh, fold_b(" b=", r.b64s(342) + "==", 70, " ")))
        out.append("Received: from %s.%s.prod.outlook.com (2603:10b6:%s:%s::%d)\n by %s.%s.prod.outlook.com (2603:10b6:%s:%s::%d) with\n"
                   " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                   % (srv, lab, r.hexs(3), r.hexs(3), r.randint(5, 30), srv2, lab, r.hexs(3), r.hexs(3), r.randint(5, 30),
                      r.randint(8400, 8600), r.randint(10, 40), rfcdate(send + _dt.timedelta(seconds=1), UTC)))
        out.append("Received: from %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n"
                   " ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.%d.%03d; %s"
                   % (srv, lab, r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4), srv, lab, r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4),
                      r.randint(8400, 8600), r.randint(10, 40), rfcdate(send, UTC)))
        relay = dict(helo=host, rdns="mail-%s%s.outbound.protection.outlook.com" % (reg.lower().replace("-", ""), r.hexs(2)),
                     ip=ip, dkim=d, spf=from_addr, tls=True)
    elif prov == "icloud":
        n = r.randint(10060000, 10079999)
        host = "st43p00im-ztfb%d.me.com" % n
        ip = "17.58.63.%d" % r.randint(170, 190)
        d = "icloud.com" if dom == "icloud.com" else dom
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=1a1hai; t=%d;\n\tbh=%s;\n"
                   "\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n%s"
                   % (d, ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t ")))
        out.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                   "\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                   % (host, r.qid()[:12], m["_to_addr"], rfcdate(send, UTC, pad=False, suffix=" (UTC)")))
        out.append("X-Proofpoint-ORIG-GUID: %s" % r.alnum(32))
        out.append("X-Proofpoint-GUID: %s" % r.alnum(32))
        out.append("X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.736,FMLib:17.12.68.34\n"
                   " definitions=%s_%02d,%s_01,2026-12-02_01 signatures=0"
                   % (send.astimezone(UTC).strftime("%Y-%m-%d"), r.randint(1, 12), send.astimezone(UTC).strftime("%Y-%m-%d")))
        relay = dict(helo=host, rdns=host, ip=ip, dkim=d, spf=from_addr, tls=True)
    elif prov == "comcast":
        host = "resomta-h%dp-%d.sys.comcast.net" % (r.randint(1, 2), r.randint(520000, 560000))
        ip = "96.102.%d.%d" % (r.randint(18, 200), r.randint(2, 250))
        oxh = "oxapp-%s-%02d%s.email.comcast.net" % (r.choice(["hoa", "asc"]), r.randint(1, 80), r.choice("aop"))
        out.append("Received: from %s ([96.118.%d.%d])\n\tby %s with ESMTPA\n\tid %s; %s"
                   % (oxh, r.randint(1, 254), r.randint(2, 254), host, r.alnum(20), rfcdate(send, UTC, pad=False, suffix="")))
        out.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddr%s" % r.alnum(40).lower())
        out.append("X-Xfinity-VMeta: sc=0.00;st=legit")
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s;\n"
                   "\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n%s"
                   % (ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t ")))
        relay = dict(helo=host, rdns=host, ip=ip, dkim="comcast.net", spf=from_addr, tls=True)
    elif prov == "fastmail":
        host = "fout-%s%d-smtp.messagingengine.com" % (r.choice("ab"), r.randint(1, 8))
        ip = "103.168.172.%d" % r.randint(140, 160)
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fastmail.com; h=\n\tcc:content-type:content-type:date:date:from:from:in-reply-to\n"
                   "\t:message-id:mime-version:reply-to:subject:subject:to:to; s=fm3;\n\t t=%d; x=%d; bh=%s; b=%s"
                   % (ts, ts + 86400, bh, fold_b("", r.b64s(342) + "==", 66, "\t")))
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\n\tmessagingengine.com; h=cc:content-type:content-type:date:date\n"
                   "\t:feedback-id:from:from:in-reply-to:message-id:mime-version\n\t:reply-to:subject:subject:to:to:x-me-proxy:x-me-sender; s=\n"
                   "\tfm3; t=%d; x=%d; bh=%s; b=%s" % (ts, ts + 86400, bh, fold_b("", r.b64s(342) + "==", 66, "\t")))
        out.append("X-ME-Sender: <xms:%s>" % r.alnum(60))
        out.append("Feedback-ID: i%s:Fastmail" % r.hexs(8))
        out.append("Received: by mailuser.phl.internal (Postfix, from userid 501)\n\tid %s; %s"
                   % (r.hexs(10, True), rfcdate(send, EST_SAFE(), suffix=" (EST)")))
        relay = dict(helo=host, rdns=host, ip=ip, dkim="fastmail.com", spf=from_addr, tls=True)
    elif prov == "alliantweb":
        host = "webforms02.alliantenergy.com"
        ip = "147.152.%d.%d" % (r.randint(10, 40), r.randint(2, 250))
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com;\n\ts=web2024; t=%d; bh=%s;\n"
                   "\th=From:Reply-To:To:Subject:Date:Message-ID;\n%s" % (ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t ")))
        out.append("Received: from localhost (localhost [127.0.0.1])\n\tby webforms02.alliantenergy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                   % (r.qid()[:11], m["_to_addr"], cst(send)))
        relay = dict(helo=host, rdns=host, ip=ip, dkim="alliantenergy.com", spf="noreply@alliantenergy.com", tls=True)
    else:  # small ISP / own server
        host = m.get("relay_host") or "smtp.%s" % dom
        ip = m.get("relay_ip") or "%d.%d.%d.%d" % (r.choice([12, 24, 64, 66, 69, 173, 207, 216]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250))
        client_ip = "%d.%d.%d.%d" % (r.choice([67, 71, 73, 97, 98, 174, 184]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250))
        if m.get("dkim_isp", True):
            out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=default; t=%d;\n\tbh=%s;\n"
                       "\th=Date:From:To:Subject:From;\n%s" % (dom, ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t ")))
        via = "webmail.%s" % dom if m.get("client") == "roundcube" else "[192.168.%d.%d] (%s.res.provider.net [%s])" % (
            r.randint(0, 2), r.randint(2, 200), "cpe-" + client_ip.replace(".", "-"), client_ip)
        if m.get("client") == "roundcube":
            out.append("Received: from webmail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s"
                       % (dom, host, r.qid()[:11], cst(send, suffix=" (CST)")))
        else:
            out.append("Received: from %s\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                       % (via, host, r.qid()[:11], m["_to_addr"], cst(send, suffix=" (CST)")))
        relay = dict(helo=host, rdns=host, ip=ip, dkim=dom if m.get("dkim_isp", True) else None, spf=from_addr, tls=True)
    return out, relay


def EST_SAFE():
    return _dt.timezone(_dt.timedelta(hours=-5))


def mx_headers(r, m, relay, envelope, arrive, spam=None, auth=None):
    box = MAILBOX[m["mailbox"]]
    mx = m.get("mx") or r.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    lines = ["Return-Path: <%s>" % envelope,
             "Delivered-To: %s" % box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, mx, mxip, r.qid(), box, cst(arrive + _dt.timedelta(seconds=1)))]
    if auth is None:
        sdom = (relay.get("spf") or envelope or "x@localhost").split("@")[-1]
        parts = []
        if relay.get("dkim"):
            parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                         % (relay["dkim"], relay["dkim"], r.b64s(8)))
        else:
            parts.append("dkim=none")
        if envelope:
            parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mx, envelope, relay["ip"], envelope))
        else:
            parts.append("spf=none smtp.helo=%s" % relay["helo"])
        fdom = m.get("_from_dom") or sdom
        if relay.get("dkim") and (relay["dkim"] == fdom or fdom.endswith("." + relay["dkim"])):
            parts.append("dmarc=pass (p=%s dis=none) header.from=%s" % (r.choice(["none", "quarantine", "reject"]), fdom))
        else:
            parts.append("dmarc=none (p=none dis=none) header.from=%s" % fdom)
        auth = "%s.alliant-energy.com;\n\t" % mx + ";\n\t".join(parts)
    lines.append("Authentication-Results: " + auth)
    if spam is not None:
        lines.append("X-Spam-Flag: %s" % ("YES" if spam >= 6 else "NO"))
        lines.append("X-Spam-Score: %.1f" % spam)
    tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
           if relay.get("tls", True) else "")
    lines.append("Received: from %s (%s [%s])%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
                 % (relay["helo"], relay["rdns"], relay["ip"], tls, mx, "ESMTPS" if relay.get("tls", True) else "ESMTP",
                    r.qid(), box, cst(arrive)))
    return lines


# ================================================================ quoting

def gmail_attr(q, lang="en"):
    d = q["date"].astimezone(CST)
    n, a = q["frm"]
    if lang == "es":
        s = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_DAYS[d.weekday()], d.day, ES_MONS[d.month - 1], d.year,
                                                                 d.hour, d.minute, n, a)
        html = s.replace("<%s>" % a, '&lt;<a href="mailto:%s">%s</a>&gt;' % (a, a))
        if len(s) > 78:
            s = s.replace("(<", "(<\n", 1)
        return s, html
    s = "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d), n, a)
    html = s.replace("<%s>" % a, '&lt;<a href="mailto:%s">%s</a>&gt;' % (a, a))
    if len(s) > 78:
        s = s.replace(" <", " <\n", 1)
    return s, html


def outlook_block(q, to_addr, lang="en", style="line"):
    d = q["date"].astimezone(CST)
    n, a = q["frm"]
    if lang == "es":
        sent = "%s, %d de %s de %d %d:%02d" % (ES_LDAYS[d.weekday()], d.day, ES_LMONS[d.month - 1], d.year, d.hour, d.minute)
        rows = [("De", "%s <%s>" % (n, a)), ("Enviado", sent), ("Para", "%s <%s>" % (to_addr, to_addr)), ("Asunto", q["subject"])]
    else:
        sent = "%s, %s %d, %d %s" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year, h12(d))
        if style == "ios":
            sent = "%s, %s %d, %d %d:%02d:%02d %s" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year,
                                                   d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")
        rows = [("From", "%s <%s>" % (n, a)), ("Sent", sent), ("To", "%s <%s>" % (to_addr, to_addr)), ("Subject", q["subject"])]
    return rows


# ================================================================ HTML bodies

def html_lines(text):
    return [esc(l) for l in text.split("\n")]


def gmail_html(text, q=None, lang="en"):
    ps = paras(text)
    inner = ""
    for i, p in enumerate(ps):
        body = "<br>".join(esc(l) for l in p)
        if i == 0:
            inner += body
        else:
            inner += "<div><br></div><div>%s</div>" % body
    out = '<div dir="ltr">%s</div>' % inner
    if q is not None:
        _, att = gmail_attr(q, lang)
        qt = "<br>".join(esc(l) for l in q["text"].split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (att, qt))
    return out + "\n"


def outlook_html(text, q=None, rows=None, charset="us-ascii", font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"):
    lines = text.split("\n")
    divs = []
    for l in lines:
        divs.append('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>'
                    % (font, esc(l) if l.strip() else "<br>"))
    out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           % charset) + "\n".join(divs) + "\n"
    if q is not None:
        hdr = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows)
        qt = "<br>\n".join(esc(l) for l in q["text"].split("\n"))
        out += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n'
                '<div>&nbsp;</div>\n</div>\n<div>%s</div>\n' % (hdr, qt))
    return out + "</body>\n</html>\n"


def yahoo_html(text, sig_html=None, q=None, r=None):
    lines = text.split("\n")
    divs = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>") for l in lines)
    out = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
           + divs + "</div>")
    if sig_html:
        out += '<div id="ymail_android_signature">%s</div>' % sig_html
    if q is not None:
        d = q["date"].astimezone(CST)
        att = "On %s, %s %d, %d at %s CST, %s &lt;%s&gt; wrote:" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year,
                                                                 d.strftime("%I:%M:%S %p").lstrip("0"), esc(q["frm"][0]), q["frm"][1])
        qt = "<br>".join(esc(l) for l in q["text"].split("\n"))
        out += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (r.digits(10), att, qt))
    return out + "</body></html>"


def apple_html(text, charset="us-ascii"):
    ps = text.split("\n")
    out = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' % charset)
    first = True
    for l in ps:
        if first:
            out += esc(l)
            first = False
        else:
            out += "<div>%s</div>" % (esc(l) if l.strip() else "<br>")
    return out + "</body></html>"


def simple_html(text, tag="p", q=None, qattr=None):
    out = '<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
    for p in paras(text):
        out += "  <%s>%s</%s>\n" % (tag, "<br>".join(esc(l) for l in p), tag)
    if q is not None:
        out += '  <blockquote type="cite">\n   <div>\n    %s\n   </div>\n   <div>\n    %s\n   </div>\n  </blockquote>\n' % (
            esc(qattr), "<br>".join(esc(l) for l in q["text"].split("\n")))
    return out + " </body>\n</html>"


def samsung_html(text, q=None):
    out = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
    out += "".join('<div dir="auto">%s</div>' % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
    out += "</div>"
    if q is not None:
        rows, _ = samsung_quote(q)
        out += '<div><br></div><div id="composer_signature" dir="auto"></div><div><br></div><div style="font-size:100%;color:#000000" align="left"><!-- originalMessage --><div>' \
               + "</div><div>".join(esc(l) for l in rows) + "</div></div><br>" + "<br>".join(esc(l) for l in q["text"].split("\n"))
    return out + "</body></html>"


def samsung_quote(q):
    d = q["date"].astimezone(CST)
    rows = ["-------- Original message --------",
            "From: %s <%s> " % q["frm"],
            "Date: %d/%d/%s %s (GMT-06:00) " % (d.month, d.day, str(d.year)[2:], h12(d)),
            "To: %s " % q["to"],
            "Subject: %s " % q["subject"]]
    return rows, "\n".join(rows) + "\n\n" + q["text"]


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


def non_ascii(text):
    try:
        text.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


# ================================================================ render a person's message

def render(m):
    """Return (raw bytes, program name) for a human-written message spec."""
    r = rng(m["key"])
    name, faddr = m["frm"]
    m["_from_dom"] = faddr.split("@")[1].lower()
    box = MAILBOX[m["mailbox"]]
    m["_to_addr"] = box
    arrive = m["_at"]
    send = arrive - _dt.timedelta(seconds=r.randint(2, 25))
    client = m["client"]
    prov = m.get("provider") or provider_of(faddr)
    q = m.get("quote")
    lang = m.get("lang", "en")
    text = m["text"].strip("\n")
    subj = m["subject"]
    to_hdr = m.get("to_hdr") or box
    hdrs = []
    reply_hdrs = []
    if q is not None:
        reply_hdrs = [("References", q["mid"]), ("In-Reply-To", q["mid"])]
    program = ""

    if client in ("gmail", "gmail_android", "gmail_ios", "samsung_gmail"):
        program = {"gmail": "Gmail web", "gmail_android": "Gmail for Android", "gmail_ios": "Gmail for iOS"}[client]
        plain = text
        if q is not None:
            att, _ = gmail_attr(q, lang)
            plain += "\n\n" + att + "\n\n" + quote_gt(q["text"]) + "\n"
        else:
            plain += "\n"
        html = gmail_html(text, q, lang)
        b = "000000000000" + r.hexs(16)
        parts = []
        for ct, body in (("text/plain", plain), ("text/html", html)):
            cte = "quoted-printable" if needs_qp(body) else None
            parts.append(leaf('%s; charset="UTF-8"' % ct, body, "utf-8", cte))
        mp = multipart('multipart/alternative; boundary="%s"' % b, b, parts)
        hdrs.append("MIME-Version: 1.0")
        for k, v in reply_hdrs:
            hdrs.append("%s: %s" % (k, v))
        hdrs.append("From: %s" % addr(name, faddr))
        if m.get("reply_to"):
            hdrs.append("Reply-To: %s" % addr(*m["reply_to"]))
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("Message-ID: <CA%s%s@mail.gmail.com>" % (r.choice(["J", "K", "L", "M", "N", "F", "+"]), r.alnum(r.randint(44, 56)).replace("A", "_", 1)))
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("To: %s" % to_hdr)
        if m.get("cc"):
            hdrs.append("Cc: %s" % m["cc"])
        body = mp.body
        hdrs.append(mp.headers[0])

    elif client == "gmail_unsub":
        program = "Gmail (List-Unsubscribe mailto)"
        plain = "This message was automatically generated by Gmail.\n"
        p = leaf('text/plain; charset="UTF-8"', plain, "utf-8", None)
        hdrs += ["MIME-Version: 1.0", "From: %s" % addr(name, faddr), "Date: %s" % rfcdate(send),
                 "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(50), "Subject: %s" % subj, "To: %s" % to_hdr, p.headers[0]]
        body = p.body

    elif client in ("yahoo", "yahoo_ios", "aol"):
        program = {"yahoo": "Yahoo Mail web", "yahoo_ios": "Yahoo Mail for iPhone", "aol": "AOL Mail web"}[client]
        sig_plain, sig_html = "", None
        if client == "yahoo_ios":
            sig_plain = "\n\nSent from Yahoo Mail for iPhone"
            sig_html = ('Sent from <a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature'
                        '&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Yahoo Mail for iPhone</a>')
        plain = text + sig_plain
        if q is not None:
            d = q["date"].astimezone(CST)
            att = "On %s, %s %d, %d at %s CST, %s <%s> wrote:" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year,
                                                               d.strftime("%I:%M:%S %p").lstrip("0"), q["frm"][0], q["frm"][1])
            plain += "\n\n\n    " + att + "  \n\n" + "\n".join((" " + l) if l else "" for l in q["text"].split("\n"))
        plain += "\n"
        html = yahoo_html(text, sig_html, q, r) + "\n"
        ms = int(send.timestamp() * 1000) + r.randint(0, 999)
        pid = r.randint(1000000, 9999999)
        b = "----=_Part_%d_%d.%d" % (pid, r.randint(100000000, 2100000000), ms)
        parts = [leaf("text/plain; charset=UTF-8", plain, "utf-8", "quoted-printable" if needs_qp(plain) else "7bit"),
                 leaf("text/html; charset=UTF-8", html, "utf-8", "quoted-printable")]
        mp = multipart('multipart/alternative; \n\tboundary="%s"' % b, b, parts)
        mid_n = "%d.%d.%d" % (r.randint(100000000, 2100000000), pid + 1, ms)
        hdrs.append("Date: %s" % rfcdate(send, UTC, suffix=" (UTC)"))
        hdrs.append("From: %s" % addr(name, faddr, enc="Q"))
        if m.get("reply_to"):
            hdrs.append("Reply-To: %s" % addr(*m["reply_to"]))
        hdrs.append('To: "%s" <%s>' % (box, box))
        hdrs.append("Message-ID: <%s@mail.yahoo.com>" % mid_n)
        if q is not None:
            hdrs.append("In-Reply-To: %s" % q["mid"])
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("MIME-Version: 1.0")
        hdrs.append(mp.headers[0])
        hdrs.append("References: %s" % (q["mid"] if q is not None else "<%s.ref@mail.yahoo.com>" % mid_n))
        if client == "aol":
            hdrs.append("X-Mailer: WebService/1.1.23187 AolMailNorrin")
        elif client == "yahoo":
            hdrs.append("X-Mailer: WebService/1.1.23187 YMailNorrin")
        body = mp.body

    elif client in ("outlook_com", "outlook_ios", "m365"):
        program = {"outlook_com": "Outlook.com web", "outlook_ios": "Outlook for iOS", "m365": "Outlook for Windows (Microsoft 365)"}[client]
        cs = m.get("charset") or ("iso-8859-1" if non_ascii(text) else "us-ascii")
        plain = text
        if client == "outlook_ios":
            plain += "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
        if q is not None:
            rows = outlook_block(q, faddr, lang, "ios" if client == "outlook_ios" else "line")
            plain += "\n\n" + ("________________________________\n" if m.get("qstyle") != "original" else "-----Original Message-----\n")
            plain += "\n".join("%s: %s" % kv for kv in rows) + "\n\n" + q["text"]
        plain += "\n"
        if client == "m365":
            html = m365_html(text, q, faddr, cs, m)
        else:
            hq = q
            ht = text + ("\n\nGet Outlook for iOS" if client == "outlook_ios" else "")
            html = outlook_html(ht, hq, outlook_block(q, faddr, lang) if q else None, cs)
        srv = m.setdefault("_mssrv", "%s%dMB%d" % (r.choice(["SJ0PR", "PH0PR", "BN6PR", "CH3PR", "DM4PR", "MW4PR"]),
                                                    r.choice([11, 13, 17, 19]), r.randint(3000, 9999)))
        lab = "namprd%s" % srv[5:7]
        b = "_000_%s%s%s_" % (srv, r.hexs(16, True), lab.upper().replace("NAMPRD", "NAMP"))
        parts = [leaf('text/plain; charset="%s"' % cs, plain, cs, "quoted-printable"),
                 leaf('text/html; charset="%s"' % cs, html, cs, "quoted-printable")]
        mp = multipart('multipart/alternative;\n\tboundary="%s"' % b, b, parts)
        hdrs.append("From: %s" % addr(name, faddr, charset="iso-8859-1"))
        if m.get("reply_to"):
            hdrs.append("Reply-To: %s" % addr(*m["reply_to"]))
        hdrs.append("To: %s" % (('"%s" <%s>' % (box, box)) if not m.get("to_hdr") else m["to_hdr"]))
        rsubj = subj
        hdrs.append("Subject: %s" % ew(rsubj, "iso-8859-1", "Q", upper=False) if non_ascii(rsubj) else "Subject: %s" % rsubj)
        topic = rsubj[4:] if rsubj[:4] in ("RE: ", "Re: ") else rsubj
        hdrs.append("Thread-Topic: %s" % (ew(topic, "iso-8859-1", "Q", upper=False) if non_ascii(topic) else topic))
        hdrs.append("Thread-Index: AQH%s%s" % (r.b64s(25), "==" if q else "="))
        hdrs.append("Date: %s" % rfcdate(send, UTC))
        hdrs.append("Message-ID:\n <%s%s@%s.%s.prod.outlook.com>" % (srv, r.hexs(20, True), srv, lab))
        if q is not None:
            hdrs.append("References: %s" % q["mid"])
            hdrs.append("In-Reply-To: %s" % q["mid"])
        hdrs.append("Accept-Language: en-US" if lang == "en" else "Accept-Language: es-US, en-US")
        hdrs.append("Content-Language: %s" % ("en-US" if lang == "en" else "es-US"))
        hdrs.append("X-MS-Has-Attach:")
        hdrs.append("X-MS-TNEF-Correlator:")
        if client != "m365":
            hdrs.append("msip_labels:")
            hdrs.append("x-ms-exchange-messagesentrepresentingtype: 1")
            hdrs.append("x-tmn: [%s]" % r.alnum(40))
        else:
            hdrs.append("x-originating-ip: [%d.%d.%d.%d]" % (r.choice([66, 72, 75, 173]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)))
        hdrs.append("x-ms-publictraffictype: Email")
        hdrs.append("x-ms-traffictypediagnostic: %s:EE_|%s%dMB%d:EE_" % (srv, r.choice(["SA1PR", "DS7PR"]), r.choice([11, 13]), r.randint(3000, 9999)))
        hdrs.append("x-ms-office365-filtering-correlation-id: %s" % r.uuid(False))
        hdrs.append("x-microsoft-antispam:\n BCL:0;ARA:14566002|8062599003|15080799006|461199028|7092599003|%d;" % r.randint(3412199025, 3412199099))
        hdrs.append(fold_b("x-microsoft-antispam-message-info:\n ", r.b64s(300) + "=", 74, " "))
        hdrs.append(mp.headers[0])
        hdrs.append("MIME-Version: 1.0")
        hdrs.append("X-OriginatorOrg: %s" % m["_from_dom"])
        hdrs.append("X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % r.uuid(False))
        hdrs.append("X-MS-Exchange-CrossTenant-originalarrivaltime: %s.%04dZ" % (send.astimezone(UTC).strftime("%d %b %Y %H:%M:%S"), r.randint(0, 9999)))
        hdrs.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
        hdrs.append("X-MS-Exchange-CrossTenant-id: %s" % ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if client != "m365" else r.uuid(False)))
        hdrs.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % srv)
        body = mp.body

    elif client in ("iphone", "ipad"):
        program = "iPhone Mail" if client == "iphone" else "iPad Mail"
        plain = text
        sig = m.get("sig", "Sent from my iPhone" if client == "iphone" else "Sent from my iPad")
        if sig:
            plain += "\n\n" + sig
        if q is not None:
            d = q["date"].astimezone(CST)
            att = "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[d.month - 1], d.day, d.year, h12(d), q["frm"][0], q["frm"][1])
            plain += "\n\n> " + att + "\n> \n" + quote_gt("\ufeff" + q["text"])
        plain += "\n"
        if non_ascii(plain):
            ct, cte, cs = "text/plain;\n\tcharset=utf-8", "quoted-printable", "utf-8"
        else:
            ct, cte, cs = "text/plain;\n\tcharset=us-ascii", "7bit", "us-ascii"
        hdrs.append("Content-Type: " + ct)
        hdrs.append("Content-Transfer-Encoding: " + cte)
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append("Mime-Version: 1.0 (1.0)")
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("Message-Id: <%s@%s>" % (r.uuid(True), m["_from_dom"]))
        if q is not None:
            hdrs.append("References: %s" % q["mid"])
            hdrs.append("In-Reply-To: %s" % q["mid"])
        hdrs.append("To: %s" % to_hdr)
        hdrs.append("X-Mailer: %s" % ("iPhone Mail (22D82)" if client == "iphone" else "iPad Mail (22D82)"))
        body = encode_plain(plain, cs, cte)

    elif client == "apple_mail":
        program = "Apple Mail (macOS)"
        plain = text + "\n"
        cs = "utf-8" if non_ascii(plain) else "us-ascii"
        html = apple_html(text, cs)
        b = "Apple-Mail=_%s" % r.uuid(True)
        p1 = leaf("text/plain;\n\tcharset=%s" % cs, plain, cs, "quoted-printable" if needs_qp(plain) else "7bit", cte_first=True)
        p2 = leaf("text/html;\n\tcharset=%s" % cs, html + "\n", cs, "quoted-printable", cte_first=True)
        mp = multipart('multipart/alternative;\n\tboundary="%s"' % b, b, [p1, p2])
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append(mp.headers[0])
        hdrs.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("Message-Id: <%s@%s>" % (r.uuid(True), m["_from_dom"]))
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("To: %s" % to_hdr)
        hdrs.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
        body = mp.body

    elif client == "thunderbird":
        program = "Thunderbird"
        plain = text
        if q is not None:
            d = q["date"].astimezone(CST)
            plain += "\n\nOn %d/%d/%d %s, %s wrote:\n" % (d.month, d.day, d.year, h12(d), q["frm"][0]) + quote_gt(q["text"])
        plain = wrap_flowed(plain) + "\n"
        cs = "UTF-8"
        cte = "8bit" if non_ascii(plain) else "7bit"
        hdrs.append("Message-ID: <%s@%s>" % (r.uuid(False), m["_from_dom"]))
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("MIME-Version: 1.0")
        hdrs.append("User-Agent: Mozilla Thunderbird")
        if q is not None:
            hdrs.append("References: %s" % q["mid"])
            hdrs.append("In-Reply-To: %s" % q["mid"])
        hdrs.append("Content-Language: en-US")
        hdrs.append("To: %s" % to_hdr)
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("Content-Type: text/plain; charset=UTF-8; format=flowed")
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
        body = plain.encode("utf-8")

    elif client == "roundcube":
        program = "Roundcube Webmail"
        plain = wrap_flowed(text) + "\n"
        cs = "UTF-8" if non_ascii(plain) else "US-ASCII"
        hdrs.append("MIME-Version: 1.0")
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append("To: %s" % to_hdr)
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("Message-ID: <%s@%s>" % (r.hexs(32), m["_from_dom"]))
        hdrs.append("X-Sender: %s" % faddr)
        hdrs.append("User-Agent: Roundcube Webmail/1.6.9")
        hdrs.append("Content-Type: text/plain; charset=%s;\n format=flowed" % cs)
        cte = "quoted-printable" if cs == "UTF-8" else "7bit"
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
        body = encode_plain(plain, cs.lower(), cte)

    elif client == "xfinity":
        program = "Xfinity Connect (Open-Xchange)"
        plain = text
        qattr = None
        if q is not None:
            d = q["date"].astimezone(CST)
            qattr = "On %02d/%02d/%d %s CST %s <%s> wrote:" % (d.month, d.day, d.year, d.strftime("%I:%M %p"), q["frm"][0], q["frm"][1])
            plain += "\n\n> " + qattr + "\n> \n> \n" + quote_gt(q["text"])
        plain += "\n"
        html = simple_html(text, "p", q, qattr)
        ms = int(send.timestamp() * 1000)
        pid = r.randint(100000, 999999)
        b = "----=_Part_%d_%d.%d" % (pid, r.randint(100000000, 2100000000), ms - r.randint(5, 40))
        parts = [leaf("text/plain; charset=UTF-8", plain, "utf-8", "quoted-printable" if non_ascii(plain) else "7bit"),
                 leaf("text/html; charset=UTF-8", html + "\n", "utf-8", "quoted-printable" if non_ascii(html) else "7bit")]
        mp = multipart('multipart/alternative; \n\tboundary="%s"' % b, b, parts)
        hdrs.append("Date: %s" % rfcdate(send, suffix=" (CST)"))
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append("To: %s" % to_hdr)
        hdrs.append("Message-ID: <%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 2100000000), pid + 1, ms))
        if q is not None:
            hdrs.append("In-Reply-To: %s" % q["mid"])
            hdrs.append("References: %s" % q["mid"])
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("MIME-Version: 1.0")
        hdrs.append(mp.headers[0])
        hdrs += ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev74",
                 "X-Originating-IP: %d.%d.%d.%d" % (r.choice([24, 67, 73, 75, 98]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)),
                 "X-Originating-Client: open-xchange-appsuite"]
        body = mp.body

    elif client == "samsung":
        program = "Samsung Email"
        plain = text + "\n\n\n\nSent from my Galaxy"
        if q is not None:
            _, blk = samsung_quote(q)
            plain += "\n\n\n" + blk
        plain += "\n"
        html = samsung_html(text + "\n\n\n\nSent from my Galaxy", q)
        b = "--_com.samsung.android.email_%d%s" % (int(send.timestamp() * 1000), r.digits(4))
        parts = [leaf("text/plain; charset=utf-8", plain, "utf-8", "base64"),
                 leaf("text/html; charset=utf-8", html, "utf-8", "base64")]
        mp = multipart('multipart/alternative; boundary="%s"' % b, b, parts)
        hdrs.append("Message-ID: <%s.%d@email.android.com>" % (r.pick("abcdefghijklmnopqrstuvwxyz0123456789", 24), int(send.timestamp() * 1000)))
        hdrs.append("Date: %s" % rfcdate(send))
        hdrs.append("Subject: %s" % ew(subj))
        hdrs.append("From: %s" % addr(name, faddr))
        hdrs.append("To: %s" % to_hdr)
        if q is not None:
            hdrs.append("In-Reply-To: %s" % q["mid"])
            hdrs.append("References: %s" % q["mid"])
        hdrs.append("MIME-Version: 1.0")
        hdrs.append(mp.headers[0])
        body = mp.body

    elif client == "fastmail":
        program = "Fastmail web"
        plain = text + "\n"
        html = '<!DOCTYPE html><html><head><title></title></head><body>' + "".join(
            "<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n")) + "</body></html>\n"
        b = r.hexs(32)
        parts = [leaf("text/plain", plain, "utf-8", "quoted-printable" if needs_qp(plain) else "7bit"),
                 leaf("text/html", html, "utf-8", "quoted-printable")]
        mp = multipart("multipart/alternative;\n boundary=%s" % b, b, parts)
        hdrs += ["MIME-Version: 1.0", "Message-Id: <%s@app.fastmail.com>" % r.uuid(False), "Date: %s" % rfcdate(send),
                 "From: %s" % addr(name, faddr, quote=True), "To: %s" % to_hdr, "Subject: %s" % ew(subj), mp.headers[0],
                 "User-Agent: Cyrus-JMAP/3.13.0-alpha0-%s" % r.hexs(12)]
        body = mp.body

    elif client == "webform":
        program = "alliantenergy.com Contact Us form relay"
        plain = text + "\n"
        hdrs += ["Date: %s" % rfcdate(send), "To: %s" % to_hdr, "From: %s" % addr(name, faddr, quote=True),
                 "Reply-To: %s" % addr(*m["reply_to"]), "Subject: %s" % subj,
                 "Message-ID: <%s@webforms02.alliantenergy.com>" % r.hexs(32),
                 "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                 "X-Form-Id: contact-us-v4", "MIME-Version: 1.0",
                 "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        body = plain.encode("utf-8")
    else:
        raise ValueError(client)

    for extra in m.get("extra_headers", []):
        hdrs.append(extra)
    tr, relay = trace(prov, r, m, faddr, send, body)
    envelope = m.get("envelope", faddr)
    top = mx_headers(r, m, relay, envelope, arrive)
    raw = finish(top + tr + hdrs, body)
    return raw, program


def encode_plain(text, cs, cte):
    from lib import encode_text
    return encode_text(text, cs, cte)


def m365_html(text, q, faddr, cs, m):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n'
            '\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n' % cs)
    body = ""
    for l in text.split("\n"):
        body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l).replace("\u2019", "&#8217;") if l.strip() else "<o:p>&nbsp;</o:p>")
    if q is not None:
        rows = outlook_block(q, faddr)
        body += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<p class="MsoNormal">'
                 + "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows) + "<o:p></o:p></p>\n</div>\n</div>\n")
        body += "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) or "<o:p>&nbsp;</o:p>") for l in q["text"].split("\n"))
    return head + body + "</div>\n</body>\n</html>\n"
