"""Trace headers: our MX/mailbox hosts plus the sending provider's own relay headers."""
import datetime as dt

from mailer import CRLF, OUR, MX, rfc_date, dkim, epoch

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" + CRLF +
         "\t(No client certificate requested)")

SA_HAM = "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS"


class Ctx:
    def __init__(self, key, rnd, mailbox, t, env_from, from_addr, provider, **kw):
        self.key, self.rnd, self.mailbox, self.t = key, rnd, mailbox, t
        self.env_from, self.from_addr, self.provider = env_from, from_addr, provider
        self.kw = kw


def _mx_received(c, relay_host, relay_ip, t_mx, tls=TLS13, helo=None):
    h = helo or relay_host
    head = "from %s (%s [%s])" % (h, relay_host if relay_host != "unknown" else "unknown", relay_ip)
    if relay_host == "unknown":
        head = "from %s (unknown [%s])" % (h, relay_ip)
    withp = "ESMTPS" if tls else "ESMTP"
    v = head + CRLF
    if tls:
        v += "\t" + tls + CRLF
    v += "\tby %s.alliant-energy.com (Postfix) with %s id %s" % (c.kw.get("mx", "mx1"), withp, c.rnd.qid()) + CRLF
    v += "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(t_mx, "CT", comment=True))
    return "Received: " + v


def _auth(c, relay_host, relay_ip, helo, dkim_d, dkim_s, spf, dkim_res, dmarc, from_dom, t_mx):
    mx = c.kw.get("mx", "mx1")
    out = []
    # top-down order as written: last added on top
    dm = {"pass": "pass (p=none dis=none)", "fail": "fail (p=quarantine dis=none)",
          "none": "none (p=none dis=none)", "reject": "fail (p=reject dis=none)"}
    if c.kw.get("dmarc_policy"):
        dm["pass"] = "pass (p=%s dis=none)" % c.kw["dmarc_policy"]
        dm["fail"] = "fail (p=%s dis=none)" % c.kw["dmarc_policy"]
    out.append("Authentication-Results: %s.alliant-energy.com; dmarc=%s header.from=%s"
               % (mx, dm.get(dmarc, dmarc), from_dom))
    if dkim_d:
        b = c.rnd.b64(8)
        if dkim_res == "pass":
            out.append("Authentication-Results: %s.alliant-energy.com;" % mx + CRLF +
                       "\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s"
                       % (dkim_d, dkim_d, dkim_s, b))
        else:
            out.append("Authentication-Results: %s.alliant-energy.com;" % mx + CRLF +
                       "\tdkim=%s reason=\"signature verification failed\" (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s"
                       % (dkim_res, dkim_d, dkim_s, b))
    else:
        out.append("Authentication-Results: %s.alliant-energy.com; dkim=none" % mx)
    env = c.env_from or ""
    spfword = {"pass": "Pass", "softfail": "Softfail", "fail": "Fail", "none": "None", "neutral": "Neutral"}[spf]
    if env:
        out.append("Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>"
                   % (spfword, relay_ip, helo, env))
    else:
        out.append("Received-SPF: %s (helo) identity=helo; client-ip=%s; helo=%s; envelope-from=<>; receiver=<UNKNOWN>"
                   % (spfword, relay_ip, helo))
    return out


def _fold_semis(name, s):
    parts = s.split("; ")
    lines, cur = [], name + ": "
    for i, p in enumerate(parts):
        piece = p + (";" if i < len(parts) - 1 else "")
        if len(cur) + len(piece) + 1 > 76 and cur.strip() != name + ":":
            lines.append(cur.rstrip())
            cur = "\t" + piece + " "
        else:
            cur += piece + " "
    lines.append(cur.rstrip())
    return CRLF.join(lines)


def spam_headers(c, score, tests, ham=True):
    mx = c.kw.get("mx", "mx1")
    status = "%s, score=%.1f required=5.0; tests=%s; autolearn=%s autolearn_force=no version=4.0.1" % (
        "Yes" if score >= 5 else "No", score, tests, "ham" if ham and score < 1 else "no")
    out = ["X-Spam-Checker-Version: SpamAssassin 4.0.1 (2024-03-26) on %s.alliant-energy.com" % mx]
    if score >= 1:
        out.append("X-Spam-Level: " + "*" * int(score))
    if score >= 5:
        out.append("X-Spam-Flag: YES")
    out.append(_fold_semis("X-Spam-Status", status))
    return out


def top(c, relay_host, relay_ip, helo, dkim_d, dkim_s, spf="pass", dkim_res="pass", dmarc="pass",
        from_dom=None, tls=TLS13, score=None, tests=None, delay=(2, 9)):
    """Return-Path .. mx Received. Returns (lines, t_mx)."""
    r = c.rnd
    t_mx = c.t + dt.timedelta(seconds=r.randint(*delay))
    t_mb = t_mx + dt.timedelta(seconds=r.randint(0, 1))
    from_dom = from_dom or c.from_addr.split("@")[1]
    mx = c.kw.get("mx", "mx1")
    lines = ["Return-Path: <%s>" % (c.env_from or ""),
             "Delivered-To: %s" % OUR[c.mailbox],
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, MX[mx]) + CRLF +
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % r.qid() + CRLF +
             "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(t_mb, "CT", comment=True))]
    if score is None:
        score = round(-0.1 - r.choice([0, 0, 0.1, 0.2]), 1) if dkim_d else 0.9
    lines += spam_headers(c, score, tests or (SA_HAM if dkim_d else "SPF_HELO_NONE,SPF_PASS"))
    lines += _auth(c, relay_host, relay_ip, helo, dkim_d, dkim_s, spf, dkim_res, dmarc, from_dom, t_mx)
    lines.append(_mx_received(c, relay_host, relay_ip, t_mx, tls=tls, helo=helo))
    return lines, t_mx


# ---------------------------------------------------------------- providers
GMAIL_PFX = ["qt1", "qv1", "yw1", "oi1", "pj1", "pl1", "ua1", "vk1", "io1", "lj1", "ej1", "wr1", "wm1", "yb1", "qk1"]
GMAIL_NET = {"qt1": "160", "qv1": "219", "yw1": "128", "oi1": "167", "pj1": "216", "pl1": "214",
             "ua1": "222", "vk1": "221", "io1": "166", "lj1": "208", "ej1": "218", "wr1": "221",
             "wm1": "128", "yb1": "219", "qk1": "222"}


def gmail(c, dkim_domain="gmail.com", selector="20230601"):
    r = c.rnd
    p = r.choice(GMAIL_PFX)
    n = r.randint(41, 199)
    host = "mail-%s-f%d.google.com" % (p, n)
    ip = "209.85.%s.%d" % (GMAIL_NET[p], n)
    lines, t_mx = top(c, host, ip, host, dkim_domain, selector,
                      tests=SA_HAM + (",FREEMAIL_FROM" if dkim_domain == "gmail.com" else ""))
    smtp_id = "%s-%sso%s.%d" % (r.choice(["d75a77b69052e", "6a1803df08f44", "af79cd13be357", "00721157ae682",
                                          "46e09a7af769", "5b1f17b1804b1"]),
                                r.hexs(11), r.digits(7) + r.choice(["1cf", "6d6", "a", "e", "f", "b"]),
                                r.randint(1, 3))
    t_g = c.t + dt.timedelta(seconds=1)
    lines.append("Received: by %s with SMTP id %s" % (host, smtp_id) + CRLF +
                 "        for <%s>; %s" % (OUR[c.mailbox], rfc_date(t_g, "PT", comment=True)))
    h = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to" \
        if c.kw.get("reply") else "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
    lines.append(dkim(r, dkim_domain, selector, h, t_g, extra="darn=alliant-energy.com;", x=True))
    if dkim_domain == "gmail.com":
        hx = "x-gm-message-state:from:to:cc:subject:date:message-id:reply-to"
        lines.append(dkim(r, "1e100.net", selector, hx, t_g, x=True).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
        lines.append("X-Gm-Message-State: AOJu0Y" + r.b64(46) + CRLF + "\t" + r.b64(28) + "==")
        lines.append("X-Gm-Gg: ASbGnc" + r.b64(66) + CRLF + "\t" + r.b64(70) + CRLF + "\t" + r.b64(40))
    else:
        hx = "x-gm-message-state:from:to:cc:subject:date:message-id:reply-to"
        lines.append(dkim(r, "1e100.net", selector, hx, t_g, x=True).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
        lines.append("X-Gm-Message-State: AOJu0Y" + r.b64(46) + CRLF + "\t" + r.b64(28) + "==")
    lines.append("X-Google-Smtp-Source: AGHT+IE" + r.b64(52) + CRLF + "\t" + r.b64(20) + "==")
    lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;" % (
        r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), smtp_id.split("so")[0] + "mr" + r.digits(8) + ".%d" % r.randint(10, 99))
        + CRLF + "        " + rfc_date(t_g, "PT", comment=True))
    return lines


def yahoo(c, brand="yahoo"):
    r = c.rnd
    dc = r.choice(["ne1", "bf2", "gq1"])
    a = r.choice([310, 311, 312, 313, 314, 315, 316, 317, 320, 321, 323, 324])
    b = r.randint(10, 60)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (a, b, dc)
    ip = {"ne1": "66.163.%d.%d", "bf2": "74.6.%d.%d", "gq1": "98.137.%d.%d"}[dc] % (r.randint(184, 191), r.randint(10, 250))
    dd, sel = {"yahoo": ("yahoo.com", "s2048"), "aol": ("aol.com", "a2048"), "att": ("att.net", "s1024")}[brand]
    lines, t_mx = top(c, host, ip, host, dd, sel, tests=SA_HAM + ",FREEMAIL_FROM")
    lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(c.t, "UTC")))
    h = "Date:From:To:Subject:References:From:Subject:Reply-To" if c.kw.get("reply") else "Date:From:To:Subject:From:Subject:Reply-To"
    lines.append(dkim(r, dd, sel, h, c.t))
    lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=;" % (dd, sel, epoch(c.t), r.b64(43))
                 + CRLF + "\th=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=" + r.b64(60) + CRLF + "\t" + r.b64(72) + CRLF + "\t" + r.b64(40) + "==")
    lines.append("X-YMail-OSG: " + r.alnum(66, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + CRLF +
                 " " + r.alnum(74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + CRLF +
                 " " + r.alnum(50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + "--")
    lines.append("X-Sonic-MF: <%s>" % c.from_addr)
    lines.append("X-Sonic-ID: %s" % r.uuid(upper=False))
    return lines


OLK_HOSTS = ["BL1PR19MB", "PH7PR12MB", "SA1PR10MB", "DM6PR11MB", "CH3PR19MB", "MN2PR13MB", "SJ0PR14MB", "DS7PR19MB"]


def _olk_host(r):
    h = r.choice(OLK_HOSTS)
    num = h[-6:-4] if False else h[5:7]
    return "%s%d" % (h, r.randint(1000, 9999)), "namprd%s" % h[5:7]


def outlookcom(c):
    r = c.rnd
    nam = r.randint(10, 12)
    dcx = r.choice(["BN8", "DM6", "MW2", "CO1", "BN7"])
    n = r.randint(2010, 2199)
    host = "mail-%snam%solkn%d.outbound.protection.outlook.com" % (dcx.lower(), nam, n)
    ip = "40.92.%d.%d" % (r.randint(16, 63), r.randint(10, 250))
    helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (nam, dcx)
    dom = c.from_addr.split("@")[1]
    lines, t_mx = top(c, host, ip, helo, dom, "selector1", tls=TLS12, tests=SA_HAM + ",FREEMAIL_FROM")
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
                 " b=" + r.b64(70) + CRLF + " " + r.b64(76) + CRLF + " " + r.b64(76) + CRLF + " " + r.b64(60) + "==")
    lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
                 " s=arcselector10001;" + CRLF +
                 " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;"
                 .replace(":X-MS-Exchange-AntiSpam-MessageData-ChunkCount", ":X-MS-Exchange-AntiSpam-MessageData-ChunkCount" + CRLF + " ") + CRLF +
                 " bh=" + r.b64(43) + "=;" + CRLF + " b=" + r.b64(70) + CRLF + " " + r.b64(76) + CRLF + " " + r.b64(40) + "==")
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF + " dkim=none; arc=none")
    lines.append(dkim(r, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", c.t))
    a, prd = _olk_host(r)
    b2, prd2 = _olk_host(r)
    bld = "15.20.%d.%03d" % (r.randint(9100, 9500), r.randint(10, 40))
    t1 = c.t + dt.timedelta(seconds=1)
    lines.append("Received: from %s.%s.prod.outlook.com (2603:10b6:%s::%s) by" % (a, prd, r.hexs(3), r.hexs(2)) + CRLF +
                 " %s.%s.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP Server" % (b2, prd2, r.hexs(3), r.hexs(2)) + CRLF +
                 " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id " + bld + ";" + CRLF +
                 " " + rfc_date(t1, "UTC"))
    fe = "fe80::%s:%s:%s:%s" % (r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4))
    lines.append("Received: from %s.%s.prod.outlook.com" % (a, prd) + CRLF +
                 " ([%s]) by %s.%s.prod.outlook.com" % (fe, a, prd) + CRLF +
                 " ([%s%%4]) with mapi id %s; %s" % (fe, bld, rfc_date(c.t, "UTC")))
    c.kw["olk_host"] = (a, prd, bld)
    return lines


def m365(c, domain):
    r = c.rnd
    nam = r.randint(2, 12)
    dcx = r.choice(["BN8", "DM6", "MW2", "CO1", "BN1", "SN4"])
    n = r.randint(2000, 2199)
    host = "mail-%snam%02don%d.outbound.protection.outlook.com" % (dcx.lower(), nam, n)
    ip = "40.107.%d.%d" % (r.randint(90, 255), r.randint(10, 250))
    helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (nam, dcx)
    lines, t_mx = top(c, host, ip, helo, domain, "selector1", tls=TLS12)
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
                 " b=" + r.b64(70) + CRLF + " " + r.b64(76) + CRLF + " " + r.b64(60) + "==")
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass" + CRLF +
                 " smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;" % (domain, domain) + CRLF +
                 " dkim=pass header.d=%s; arc=none" % domain)
    lines.append(dkim(r, domain, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", c.t))
    a, prd = _olk_host(r)
    bld = "15.20.%d.%03d" % (r.randint(9100, 9500), r.randint(10, 40))
    fe = "fe80::%s:%s:%s:%s" % (r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4))
    lines.append("Received: from %s.%s.prod.outlook.com" % (a, prd) + CRLF +
                 " ([%s]) by %s.%s.prod.outlook.com" % (fe, a, prd) + CRLF +
                 " ([%s%%5]) with mapi id %s; %s" % (fe, bld, rfc_date(c.t, "UTC")))
    c.kw["olk_host"] = (a, prd, bld)
    return lines


def icloud(c, dom="icloud.com"):
    r = c.rnd
    n = r.randint(10061001, 10081999)
    host = "st43p00im-ztfb%d.me.com" % n
    ip = "17.58.63.%d" % r.randint(170, 190)
    lines, t_mx = top(c, host, ip, host, "icloud.com" if dom in ("icloud.com", "me.com", "mac.com") else dom, "1a1hai",
                      tests=SA_HAM + ",FREEMAIL_FROM")
    lines.append(dkim(r, "icloud.com", "1a1hai", "Content-Type:From:Mime-Version:Subject:Message-Id:Date:To", c.t))
    lines.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])" + CRLF +
                 "\tby %s (Postfix) with ESMTPSA id %s;" % (host, r.HEX(10)) + CRLF +
                 "\t%s" % rfc_date(c.t + dt.timedelta(seconds=1), "UTC", comment=True))
    return lines


def comcast(c):
    r = c.rnd
    host = "resqmta-h1p-%06d.sys.comcast.net" % r.randint(20000, 29999)
    ip = "96.102.200.%d" % r.randint(2, 60)
    lines, t_mx = top(c, host, ip, host, "comcast.net", "20190202a", tests=SA_HAM + ",FREEMAIL_FROM")
    lines.append("Received: from resomta-h1p-%06d.sys.comcast.net ([96.102.179.%d])" % (r.randint(20000, 29999), r.randint(2, 250)) + CRLF +
                 "\tby %s with ESMTPS" % host + CRLF +
                 "\tid %s; %s" % (r.alnum(16), rfc_date(c.t + dt.timedelta(seconds=1), "UTC")))
    lines.append(dkim(r, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", c.t))
    lines.append("Received: from oxapp-asc-%02do.email.comcast.net ([96.118.114.%d])" % (r.randint(1, 40), r.randint(2, 250)) + CRLF +
                 "\tby resomta-h1p-%06d.sys.comcast.net with ESMTPA" % r.randint(20000, 29999) + CRLF +
                 "\tid %s; %s" % (r.alnum(16), rfc_date(c.t, "UTC")))
    lines.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefgedr" + r.alnum(40, "abcdefghijklmnopqrstuvwxyz"))
    lines.append("X-Xfinity-VMeta: sc=0.00;st=legit")
    return lines


ISP = {
    "mchsi.com": ("mail.mchsi.com", "173.31.%d.%d", None),
    "netins.net": ("smtp.netins.net", "167.142.%d.%d", "netins.net"),
    "tds.net": ("smtp.tds.net", "204.246.%d.%d", "tds.net"),
    "windstream.net": ("smtp.windstream.net", "166.102.%d.%d", None),
    "frontiernet.net": ("smtp.frontiernet.net", "74.40.%d.%d", None),
    "centurytel.net": ("smtp.centurylink.net", "208.71.%d.%d", None),
    "charter.net": ("dnvrco-cmomta02.email.rr.com", "107.14.%d.%d", "charter.net"),
}


def isp(c, domain, client_ip=None, ua_host="[192.168.1.%d]"):
    r = c.rnd
    host, ipfmt, dk = ISP[domain]
    ip = ipfmt % (r.randint(1, 250), r.randint(2, 250))
    lines, t_mx = top(c, host, ip, host, dk, "default" if dk else None,
                      dkim_res="pass", dmarc="none" if not dk else "pass", tls=TLS12)
    cip = client_ip or "%d.%d.%d.%d" % (r.choice([173, 24, 67, 50, 71]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    lines.append("Received: from %s (unknown [%s])" % (ua_host % r.randint(2, 40) if "%d" in ua_host else ua_host, cip) + CRLF +
                 "\t(Authenticated sender: %s)" % c.from_addr + CRLF +
                 "\tby %s (Postfix) with ESMTPSA id %s" % (host, r.HEX(10)) + CRLF +
                 "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(c.t + dt.timedelta(seconds=1), c.kw.get("isp_zone", "CT"), comment=True)))
    if dk:
        lines.insert(len(lines) - 1, dkim(r, dk, "default", "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", c.t))
    return lines


def proton(c):
    r = c.rnd
    n = r.choice([40131, 40132, 40134, 40136, 43116, 43118])
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.%d.%d" % (n // 1000, n % 1000)
    lines, t_mx = top(c, host, ip, host, "proton.me", "protonmail", tests=SA_HAM + ",FREEMAIL_FROM")
    lines.append(dkim(r, "proton.me", "protonmail", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", c.t))
    return lines


def fastmail(c, dom):
    r = c.rnd
    host = "fout-b%d-smtp.messagingengine.com" % r.randint(1, 8)
    ip = "202.12.124.%d" % r.randint(140, 160)
    lines, t_mx = top(c, host, ip, host, dom, "fm3")
    lines.append(dkim(r, dom, "fm3", "cc:content-transfer-encoding:content-type:date:date:from:from:in-reply-to:message-id:mime-version:reply-to:subject:subject:to:to", c.t))
    lines.append(dkim(r, "messagingengine.com", "fm3", "cc:content-transfer-encoding:content-type:date:date:feedback-id:from:from:message-id:mime-version:subject:subject:to:to:x-me-proxy:x-me-sender", c.t))
    lines.append("Received: from phl-compute-%02d.internal (phl-compute-%02d.internal [10.202.2.%d])" % ((x := r.randint(1, 12)), x, r.randint(40, 60)) + CRLF +
                 "\tby mailfout.phl.internal (Postfix) with ESMTP id %s" % r.HEX(10) + CRLF +
                 "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(c.t + dt.timedelta(seconds=1), "ET", comment=True)))
    lines.append("X-ME-Sender: <xms:%s>" % r.b64(54))
    lines.append("Feedback-ID: i%s:Fastmail" % r.hexs(8))
    return lines


def generic(c, host, ip, helo=None, dkim_d=None, dkim_s="s1", spf="pass", dkim_res="pass", dmarc="pass",
            from_dom=None, inner=None, score=None, tests=None, tls=TLS12):
    lines, t_mx = top(c, host, ip, helo or host, dkim_d, dkim_s, spf=spf, dkim_res=dkim_res, dmarc=dmarc,
                      from_dom=from_dom, score=score, tests=tests, tls=tls)
    if dkim_d:
        lines.append(dkim(c.rnd, dkim_d, dkim_s, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c.t))
    for x in inner or []:
        lines.append(x)
    return lines


def internal(c, host, ip, via="mx2"):
    """Mail from our own systems (web form relay) into the mailbox."""
    r = c.rnd
    c.kw["mx"] = via
    t_mx = c.t + dt.timedelta(seconds=r.randint(1, 3))
    lines = ["Return-Path: <%s>" % c.env_from,
             "Delivered-To: %s" % OUR[c.mailbox],
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (via, via, MX[via]) + CRLF +
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % r.qid() + CRLF +
             "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(t_mx, "CT", comment=True)),
             "Authentication-Results: %s.alliant-energy.com;" % via + CRLF +
             "\tdkim=pass (2048-bit key; unprotected) header.d=alliantenergy.com header.i=@alliantenergy.com header.a=rsa-sha256 header.s=forms header.b=%s" % r.b64(8),
             "Received: from %s (%s [%s])" % (host, host, ip) + CRLF +
             "\tby %s.alliant-energy.com (Postfix) with ESMTP id %s" % (via, r.qid()) + CRLF +
             "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(t_mx, "CT", comment=True)),
             dkim(r, "alliantenergy.com", "forms", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c.t)]
    return lines


def local_bounce(c, via="mx1"):
    """A bounce generated by our own MX about our own outgoing mail."""
    r = c.rnd
    t_mb = c.t + dt.timedelta(seconds=1)
    return ["Return-Path: <>",
            "Delivered-To: %s" % OUR[c.mailbox],
            "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (via, via, MX[via]) + CRLF +
            "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % r.qid() + CRLF +
            "\tfor <%s>; %s" % (OUR[c.mailbox], rfc_date(t_mb, "CT", comment=True)),
            "Received: by %s.alliant-energy.com (Postfix)" % via + CRLF +
            "\tid %s; %s" % (r.qid(), rfc_date(c.t, "CT", comment=True))]
