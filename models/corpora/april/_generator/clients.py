"""Sending providers (their Received/DKIM/internal headers) and mail programs (their headers, MIME and quoting)."""
import datetime as _dt

from mailkit import (off, R, CDT, PDT, UTC, DAYS, DAYS_LONG, MONS, MONS_LONG, DIAS_ES, MESES_ES, MAILBOX_ADDR,
                     rhex, ralnum, rb64, ruuid, rdigits, qid, fold_b64, rfc, h12, tzname, later, ew, addr,
                     leaf, multipart, render, esc, lines_html, text_to_br, Part)

MX = {1: ("mx1.alliant-energy.com", "10.40.8.11"), 2: ("mx2.alliant-energy.com", "10.40.8.12")}

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


# ================================================================ envelope (our side)
class Auth:
    def __init__(self, dkim="pass", d=None, s=None, b=None, spf="pass", dmarc="pass", hfrom=None, policy="none",
                 dkim_bits=2048):
        self.dkim, self.d, self.s, self.b = dkim, d, s, b
        self.spf, self.dmarc, self.hfrom, self.policy, self.bits = spf, dmarc, hfrom, policy, dkim_bits


def envelope(mailbox, mail_from, arrival, out_host, out_ip, auth, helo=None, tls=TLS13, mx=None):
    mx = mx or R.choice([1, 1, 2])
    mxh, mxip = MX[mx]
    rcpt = MAILBOX_ADDR[mailbox]
    t_mx = arrival
    t_mbx = arrival + _dt.timedelta(seconds=R.randint(0, 2))
    env_from = mail_from if mail_from else ""
    ar = [mxh + ";"]
    if auth.dkim == "pass":
        ar.append("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                  "header.s=%s header.b=%s;" % (auth.bits, auth.d, auth.d, auth.s, auth.b[:8]))
    elif auth.dkim == "fail":
        ar.append("dkim=fail reason=\"signature verification failed\" (2048-bit key) header.d=%s "
                  "header.i=@%s header.b=%s;" % (auth.d, auth.d, auth.b[:8]))
    else:
        ar.append("dkim=none;")
    spf_dom = (env_from.split("@")[-1] if env_from else (helo or out_host))
    if env_from:
        ar.append("spf=%s (%s: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" % (
            auth.spf, mxh, env_from,
            "designates" if auth.spf == "pass" else "does not designate", out_ip, env_from))
    else:
        ar.append("spf=%s (%s: domain of postmaster@%s %s %s as permitted sender) smtp.helo=%s;" % (
            auth.spf, mxh, helo or out_host, "designates" if auth.spf == "pass" else "does not designate",
            out_ip, helo or out_host))
    if auth.hfrom:
        ar.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (
            auth.dmarc, auth.policy.upper(), "NONE" if auth.dmarc == "pass" else auth.policy.upper(), auth.hfrom))
    else:
        ar[-1] = ar[-1].rstrip(";")
    h = ["Return-Path: <%s>" % env_from,
         "Delivered-To: %s" % rcpt,
         "Received: from %s (%s [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
             mxh, mxh, mxip, qid(), rcpt, rfc(t_mbx, comment="CDT")),
         "Authentication-Results: " + "\n\t".join(ar),
         "Received: from %s (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
             helo or out_host, out_host, out_ip, tls, mxh, qid(), rcpt, rfc(t_mx, comment="CDT"))]
    return h


# ================================================================ providers
def _dkim(d, s, hfields, t, extra=""):
    b = rb64(256)
    v = "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s\n        h=%s;\n        bh=%s;\n        b=%s" % (
        d, s, int(t.timestamp()), extra, hfields, rb64(32), fold_b64(b, 60, "         "))
    return "DKIM-Signature: " + v, b


def prov_gmail(c, via_smtp=False):
    n = R.randint(41, 221)
    host = "mail-%s-f%d.google.com" % (R.choice(["qk1", "qv1", "yb1", "pj1", "ot1", "oa1", "wm1", "il1", "ua1", "vk1"]), n)
    ip = "209.85.%d.%d" % (R.choice([160, 161, 166, 167, 208, 210, 214, 215, 216, 217, 218, 219, 221, 222]), n)
    sent = c.sent.astimezone(PDT)
    hf = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to"
    if c.in_reply_to:
        hf = "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to"
    dk, b = _dkim(c.domain, "20230601" if c.domain == "gmail.com" else "google", hf, c.sent,
                  " x=%d; darn=alliant-energy.com;" % (int(c.sent.timestamp()) + 604800))
    gdk, _ = _dkim("1e100.net", "20230601", hf.replace("from:to:cc", "x-gm-message-state:from:to:cc"), c.sent,
                   " x=%d;" % (int(c.sent.timestamp()) + 604800))
    sid = "%s-%sso%d%s.%d" % (rhex(12), rhex(11), R.randint(100000, 9999999), R.choice("abcdef"), R.randint(0, 3))
    lines = ["Received: by %s with SMTP id %s\n        for <%s>; %s (PDT)" % (host, sid, c.to_addr, rfc(sent, pad=True))]
    if via_smtp:
        lines = ["Received: from %s (%s) by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (PDT)" % (
                     via_smtp, "%s [2600:1700:%s:%s::%s]" % ("c-73-%d-%d-%d.hsd1.ia.comcast.net" % (
                         R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), rhex(4), rhex(4), rhex(2)),
                     sid, c.to_addr, rfc(sent, pad=True))]
    lines += [dk, gdk.replace("DKIM-Signature", "X-Google-DKIM-Signature"),
              "X-Gm-Message-State: AOJu0Y%s\n\t%s" % (ralnum(40), ralnum(36)),
              "X-Gm-Gg: ASbGnc%s\n\t%s" % (ralnum(50), ralnum(48)),
              "X-Google-Smtp-Source: AGHT+IE%s" % ralnum(60),
              "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s (PDT)" % (
                  rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), sid.split("so")[0], rfc(sent, pad=True))]
    return host, ip, lines, Auth(d=c.domain, s="20230601" if c.domain == "gmail.com" else "google", b=b, hfrom=c.domain,
                                 policy="none" if c.domain == "gmail.com" else "quarantine")


def prov_yahoo(c):
    dom = c.domain
    cl = R.choice(["gq1", "bf2", "ne1"])
    n = R.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(1, 40), cl)
    ip = "%s.%d" % (R.choice(["98.137.64", "98.137.69", "66.163.191", "66.163.186", "74.6.128"]), R.randint(10, 250))
    s = "a2048" if dom in ("aol.com",) else "s2048"
    hf = "Date:From:To:Subject:References:From:Subject:Reply-To"
    dk, b = _dkim(dom, s, hf, c.sent)
    sonic, _ = _dkim(dom, s, "X-Sonic-MF:Date:From:To:Subject:From:Subject", c.sent)
    osg = ralnum(600, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
    lines = [dk, sonic.replace("DKIM-Signature", "X-SONIC-DKIM-SIGN"),
             "X-YMail-OSG: " + "\n ".join(osg[i:i + 76] for i in range(0, len(osg), 76)),
             "X-Sonic-MF: <%s>" % c.from_addr,
             "X-Sonic-ID: %s" % ruuid(),
             "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc(c.sent.astimezone(UTC)))]
    return host, ip, lines, Auth(d=dom, s=s, b=b, hfrom=dom, policy="reject")


def _msx_host(nn=None):
    return "%sPR%02dMB%d" % (R.choice(["SA1", "CH3", "DM4", "BN0", "PH0", "MW4", "SJ0", "IA1", "DS7", "LV8", "CY5", "BL1"]),
                             nn if nn is not None else R.randint(10, 22), R.randint(5000, 9999))


def prov_outlook(c, consumer=True):
    dom = c.domain
    nn = R.randint(10, 22)
    h1, h2 = _msx_host(nn), _msx_host(nn)
    reg = "namprd%02d" % nn
    n = R.randint(2000, 2199)
    if consumer:
        host = "mail-%s.outbound.protection.outlook.com" % (R.choice(["bn7nam10olkn", "dm3nam02olkn", "co1nam11olkn", "mw2nam10olkn"]) + str(n))
        ip = "40.92.%d.%d" % (R.randint(18, 62), R.randint(10, 250))
        sel = "selector1"
        arc_d = "microsoft.com"
    else:
        host = "mail-%s.outbound.protection.outlook.com" % (R.choice(["bn8nam12on", "dm6nam11on", "mw2nam04on", "co1nam04on"]) + str(n))
        ip = "%s.%d.%d" % (R.choice(["40.107", "52.100", "52.101"]), R.randint(1, 250), R.randint(10, 250))
        sel = "selector1"
        arc_d = "microsoft.com"
    t = c.sent.astimezone(UTC)
    hf = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    dk, b = _dkim(dom, sel, hf, c.sent)
    lines = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=%s; cv=none;\n b=%s" % (arc_d, fold_b64(rb64(256), 70, " ")),
             "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=arcselector10001;\n"
             " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
             " bh=%s;\n b=%s" % (arc_d, rb64(32), fold_b64(rb64(256), 70, " ")),
             "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
             dk,
             "Received: from %s.%s.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s.%s.prod.outlook.com (2603:10b6:%s:%s::%d) with\n"
             " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                 h1, reg, rhex(3), rhex(3), R.randint(1, 30), h2, reg, rhex(3), rhex(3), R.randint(1, 30),
                 R.randint(8900, 9199), R.randint(10, 40), rfc(t, pad=False)),
             "Received: from %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%%d]) by %s.%s.prod.outlook.com\n"
             " ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
                 h1, reg, rhex(4), rhex(4), rhex(4), rhex(4), R.randint(3, 7), h1, reg, rhex(4), rhex(4), rhex(4),
                 rhex(4), R.randint(3, 7), R.randint(8900, 9199), R.randint(10, 40), rfc(t))]
    c.ms_host = "%s.%s.prod.outlook.com" % (h1, reg)
    c.ms_h1 = h1
    return host, ip, lines, Auth(d=dom, s=sel, b=b, hfrom=dom, policy="none")


def prov_icloud(c):
    host = "p-east%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (R.randint(1, 3), R.randint(1, 9), R.randint(1, 12), R.randint(1, 12))
    ip = "57.103.%d.%d" % (R.randint(64, 90), R.randint(10, 250))
    inner = "st43p00im-ztdg%08d.me.com" % R.randint(10000000, 10099999)
    dk, b = _dkim(c.domain, "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To:x-icloud-hme", c.sent)
    lines = [dk,
             "Received: from smtpclient.apple (%s [17.58.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s (UTC)" % (
                 inner, R.randint(60, 63), R.randint(10, 250), inner, qid(), rfc(c.sent.astimezone(UTC), pad=True)),
             "X-Proofpoint-GUID: %s" % ralnum(32),
             "X-Proofpoint-ORIG-GUID: %s" % ralnum(32),
             "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1120,Hydra:6.1.9,FMLib:17.12.80.40\n"
             " definitions=2027-04-%02d_0%d,2027-04-%02d_01,2025-03-28_01 signatures=0" % (c.sent.day, R.randint(1, 9), c.sent.day),
             "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 spamscore=0 mlxscore=0\n suspectscore=0 "
             "malwarescore=0 phishscore=0 bulkscore=0 adultscore=0 mlxlogscore=%d\n clxscore=10%02d classifier=spam "
             "adjust=0 reason=mlx scancount=1\n engine=8.19.0-2503100000 definitions=main-2704%02d00%02d" % (
                 R.randint(300, 900), R.randint(10, 30), c.sent.day, R.randint(10, 99))]
    return host, ip, lines, Auth(d=c.domain, s="1a1hai", b=b, hfrom=c.domain, policy="quarantine")


def prov_comcast(c):
    host = "resdmta-%s-%06d.sys.comcast.net" % (R.choice(["a1p", "a2p", "c1p", "h1p"]), R.randint(70000, 79999))
    ip = "96.103.%d.%d" % (R.randint(100, 160), R.randint(10, 250))
    dk, b = _dkim("comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type", c.sent)
    lines = [dk,
             "Received: from oxapp-hoa-%02da.email.comcast.net ([96.118.%d.%d])\n\tby resomta-%s-%06d.sys.comcast.net with ESMTPA\n\tid %s; %s" % (
                 R.randint(10, 60), R.randint(100, 250), R.randint(10, 250), R.choice(["a1p", "c1p"]),
                 R.randint(70000, 79999), ralnum(16), rfc(c.sent.astimezone(UTC), pad=True)),
             "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeffedrudel%s" % ralnum(40, "abcdefghijklmnopqrstuvwxyz"),
             "X-Xfinity-VMeta: sc=0.00;st=legit"]
    return host, ip, lines, Auth(d="comcast.net", s="20190202a", b=b, hfrom="comcast.net", policy="quarantine")


GENERIC = {
    "mchsi.com": ("mail%d.mchsi.com", "173.16.%d.%d", "mchsi-dk"),
    "tds.net": ("smtp-out%d.tds.net", "216.170.%d.%d", "tds"),
    "netins.net": ("smtp%d.netins.net", "167.142.%d.%d", "default"),
    "windstream.net": ("smtp%d.windstream.net", "162.39.%d.%d", "ws"),
    "charter.net": ("mta%d.charter.net", "47.43.%d.%d", "charter2022"),
    "frontier.com": ("smtp%d.frontier.com", "74.40.%d.%d", "ftr"),
}


def prov_generic(c):
    hostf, ipf, sel = GENERIC.get(c.domain, ("mail%d." + c.domain, "192.0.2.%d", "default"))
    host = hostf % R.randint(1, 4)
    ip = ipf % ((R.randint(1, 250), R.randint(10, 250)) if ipf.count("%d") == 2 else (R.randint(10, 250),))
    dk, b = _dkim(c.domain, sel, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", c.sent)
    prog = getattr(c, "prog", "")
    if prog in ("iphone", "applemail"):
        src = "smtpclient.apple (%s [%s])" % ("c-%d-%d-%d-%d.dyn.%s" % (R.randint(24, 200), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), c.domain),
                                                "173.%d.%d.%d" % (R.randint(16, 31), R.randint(1, 250), R.randint(1, 250)))
    elif prog in ("thunderbird", "samsung", "outlook"):
        src = "[192.168.%d.%d] (%s [%d.%d.%d.%d])" % (R.randint(0, 2), R.randint(2, 200), "unknown", R.randint(24, 200), R.randint(1, 250),
                                                   R.randint(1, 250), R.randint(1, 250))
    else:
        src = "webmail.%s (localhost [127.0.0.1])" % c.domain
    lines = [dk,
             "Received: from %s\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                 src, host, qid()[:10], c.to_addr, rfc(c.sent))]
    return host, ip, lines, Auth(d=c.domain, s=sel, b=b, hfrom=c.domain, policy="none")


def prov_proton(c):
    host = "mail-%d.protonmail.ch" % R.randint(4310, 4330)
    ip = "185.70.43.%d" % R.randint(10, 40)
    dk, b = _dkim(c.domain, "protonmail", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:\n\t Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", c.sent,
                  " x=%d;" % (int(c.sent.timestamp()) + 259200))
    return host, ip, [dk], Auth(d=c.domain, s="protonmail", b=b, hfrom=c.domain, policy="quarantine")


def provider_for(c, prog):
    d = c.domain
    if d in ("gmail.com",) or getattr(c, "workspace", False):
        return prov_gmail(c, via_smtp="smtpclient.apple" if prog in ("iphone", "applemail") else
                          ("[192.168.1.%d]" % R.randint(2, 200) if prog in ("thunderbird", "samsung") else False))
    if d in ("yahoo.com", "aol.com", "att.net", "sbcglobal.net", "ymail.com", "rocketmail.com"):
        return prov_yahoo(c)
    if d in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        return prov_outlook(c, consumer=True)
    if d in ("icloud.com", "me.com", "mac.com"):
        return prov_icloud(c)
    if d == "comcast.net":
        return prov_comcast(c)
    if d in ("proton.me", "protonmail.com", "pm.me"):
        return prov_proton(c)
    if getattr(c, "o365", False):
        return prov_outlook(c, consumer=False)
    return prov_generic(c)


# ================================================================ message-ids
def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (R.choice("KJHPFMOEG"), ralnum(R.randint(42, 52), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-"))


# ================================================================ quoting
def _wrap_gmail_attr(s, width=76):
    if len(s) <= width:
        return s
    cut = s.rfind(" ", 0, width)
    return s[:cut] + "\n" + s[cut + 1:]


def attribution(style, o, ui="en"):
    d = o.dt
    nm, ad = o.from_name, o.from_addr
    if style == "gmail":
        if ui == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                DIAS_ES[d.weekday()], d.day, MESES_ES[d.month - 1], d.year, d.hour, d.minute, nm, ad)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d), nm, ad)
    if style == "apple":
        if ui == "es":
            return "El %d abr %d, a las %d:%02d, %s <%s> escribió:" % (d.day, d.year, d.hour, d.minute, nm, ad)
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[d.month - 1], d.day, d.year, h12(d), nm, ad)
    if style == "yahoo":
        return "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year,
                                                             h12(d, True), tzname(d), nm, ad)
    if style == "thunderbird":
        return "On %d/%d/%d %s, %s wrote:" % (d.month, d.day, d.year, h12(d), nm)
    if style == "roundcube":
        return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, nm)
    if style == "xfinity":
        return "On %02d/%02d/%d %s %s %s <%s> wrote:" % (d.month, d.day, d.year, h12(d), tzname(d), nm, ad)
    raise ValueError(style)


def outlook_block(o, ui="en", sep=True, recip=None):
    d = o.dt
    recip = recip or o.to_addr
    if ui == "es":
        lines = ["De: %s <%s>" % (o.from_name, o.from_addr),
                 "Enviado: %s, %d de %s de %d %d:%02d" % (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()],
                                                        d.day, ["enero", "febrero", "marzo", "abril"][d.month - 1], d.year, d.hour, d.minute),
                 "Para: %s" % recip,
                 "Asunto: %s" % o.subject]
    else:
        lines = ["From: %s <%s>" % (o.from_name, o.from_addr),
                 "Sent: %s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year, h12(d)),
                 "To: %s" % recip,
                 "Subject: %s" % o.subject]
    if o.reply_to and False:
        pass
    head = ("________________________________\n" if sep else "") + "\n".join(lines)
    return head


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft-break long lines at spaces, keeping a trailing space on each soft break."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def our_html(o):
    paras = o.text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>%s</p>" % text_to_br(p))
    return "\n".join(out)


# ================================================================ client context
class Ctx:
    pass


def make_ctx(frm_name, frm_addr, mailbox, sent, subject, text, quote=None, qmode="reply", reply_to=None,
             to_display=None, ui="en", cc=None, extra=(), o365=False, workspace=False, recip=None):
    c = Ctx()
    c.frm_name, c.from_addr = frm_name, frm_addr
    c.domain = frm_addr.split("@")[1].lower()
    c.mailbox = mailbox
    c.to_addr = MAILBOX_ADDR[mailbox]
    c.to_display = to_display
    c.sent = sent
    c.subject = subject
    c.text = text
    c.quote = quote
    c.qmode = qmode
    c.reply_to = reply_to
    c.ui = ui
    c.cc = cc
    c.extra = list(extra)
    c.o365 = o365
    c.workspace = workspace
    c.recip = recip
    c.in_reply_to = quote.msgid if (quote is not None and qmode == "reply") else None
    c.references = c.in_reply_to
    return c


def to_header(c):
    if c.to_display:
        return c.to_display
    return c.to_addr


def from_header(c, quote_name=False, enc="B"):
    return addr(c.frm_name, c.from_addr, enc=enc, quote=quote_name)


# ---------------------------------------------------------------- Gmail (web / Android / iOS app)
def client_gmail(c):
    mid = mid_gmail()
    o = c.quote
    plain, html_ = c.text, '<div dir="ltr">%s</div>' % lines_html(c.text)
    if o is not None and c.qmode == "reply":
        a = attribution("gmail", o, c.ui)
        plain = c.text + "\n\n" + _wrap_gmail_attr(a) + "\n\n" + gt(o.text) + "\n"
        html_ += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                  'padding-left:1ex">%s</blockquote></div>' % (esc(a), our_html(o)))
    elif o is not None:
        d = o.dt
        if c.ui == "es":
            fdate = "%s, %d %s %d a las %d:%02d" % (DIAS_ES[d.weekday()], d.day, MESES_ES[d.month - 1], d.year, d.hour, d.minute)
            fb = "---------- Forwarded message ---------\nDe: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n" % (
                o.from_name, o.from_addr, fdate, o.subject, c.recip or o.to_addr)
        else:
            fdate = "%s, %s %d, %d at %s" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d))
            fb = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n" % (
                o.from_name, o.from_addr, fdate, o.subject, c.recip or o.to_addr)
        plain = c.text + "\n\n" + fb + "\n\n" + o.text + "\n"
        html_ += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>'
                  % (text_to_br(fb.strip()), our_html(o)))
    html_ += "\n"
    if not plain.endswith("\n"):
        plain += "\n"
    b = "000000000000" + rhex(16)
    part = multipart("alternative", [leaf("text/plain", plain, charset="utf-8", cs_label='"UTF-8"'),
                                     leaf("text/html", html_, charset="utf-8", cs_label='"UTF-8"')], b)
    h = ["MIME-Version: 1.0"]
    if c.references:
        h += ["References: %s" % c.references, "In-Reply-To: %s" % c.in_reply_to]
    h += ["From: %s" % from_header(c), "Date: %s" % rfc(c.sent), "Message-ID: %s" % mid,
          "Subject: %s" % ew(c.subject), "To: %s" % to_header(c)]
    if c.reply_to:
        h.insert(-1, "Reply-To: %s" % c.reply_to)
    if c.cc:
        h.append("Cc: %s" % c.cc)
    h += c.extra
    return h, part


def client_gmail_plain(c, body):
    """Gmail's own List-Unsubscribe mailto sender and other tiny plain messages."""
    h = ["MIME-Version: 1.0", "From: %s" % from_header(c), "Date: %s" % rfc(c.sent), "Message-ID: %s" % mid_gmail(),
         "Subject: %s" % ew(c.subject), "To: %s" % to_header(c)] + c.extra
    return h, leaf("text/plain", body, charset="utf-8", cs_label='"UTF-8"')


# ---------------------------------------------------------------- Apple (iPhone Mail / macOS Mail)
IOS_VER = ["iPhone Mail (22E252)", "iPhone Mail (22D82)", "iPhone Mail (21H420)", "iPad Mail (22E252)"]
MAC_VER = [("3826.500.181.1.5", "16.0"), ("3776.700.51.11.2", "16.0")]


def client_apple(c, mobile=True, html=None, sig_html=None):
    o = c.quote
    plain = c.text
    if o is not None:
        if c.qmode == "reply":
            a = attribution("apple", o, c.ui)
            plain = c.text + "\n\n" + gt(a + "\n\n" + o.text) + "\n"
        else:
            d = o.dt
            fw = "Begin forwarded message:\n\n" + gt("From: %s <%s>\nDate: %s %d, %d at %s %s\nTo: %s\nSubject: %s\n\n%s" % (
                o.from_name, o.from_addr, MONS_LONG[d.month - 1], d.day, d.year, h12(d, True), tzname(d),
                c.recip or o.to_addr, o.subject, o.text))
            plain = c.text + "\n\n" + fw + "\n"
    if not plain.endswith("\n"):
        plain += "\n"
    if html is None:
        html = o is not None or not mobile
    mid = "<%s@%s>" % (ruuid(upper=True), c.domain)
    if html:
        body = "<div dir=\"ltr\">%s</div>" % lines_html(c.text) if mobile else lines_html(c.text)
        if o is not None:
            if c.qmode == "reply":
                a = attribution("apple", o, c.ui)
                body += '<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div>' % (
                    "<div dir=\"ltr\">%s</div><div dir=\"ltr\"><br></div>%s" % (esc(a), our_html(o)))
            else:
                body += '<div dir="ltr"><br>Begin forwarded message:<br><br></div><blockquote type="cite">%s</blockquote>' % our_html(o)
        htmlpart = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    '<body dir="auto" style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                    '%s</body></html>\n' % body)
        b = ("Apple-Mail-" if mobile else "Apple-Mail=_") + ruuid(upper=True)
        part = multipart("alternative", [leaf("text/plain", plain, charset="utf-8", cte="quoted-printable"),
                                         leaf("text/html", htmlpart, charset="utf-8", cte="quoted-printable")], b,
                         fold=True)
    else:
        part = leaf("text/plain", plain, charset="utf-8" if needs8(plain) else "us-ascii",
                    cte="quoted-printable" if needs8(plain) or longl(plain) else "7bit")
    if mobile:
        h = [part.headers[0]] + part.headers[1:]
        part.headers = []
        h += ["From: %s" % from_header(c), "Mime-Version: 1.0 (1.0)", "Subject: %s" % ew(c.subject),
              "Date: %s" % rfc(c.sent, pad=True), "Message-Id: %s" % mid]
        if c.references:
            h += ["References: %s" % c.references]
        if c.cc:
            h += ["Cc: %s" % c.cc]
        if c.in_reply_to:
            h += ["In-Reply-To: %s" % c.in_reply_to]
        h += ["To: %s" % to_header(c), "X-Mailer: %s" % R.choice(IOS_VER)] + c.extra
    else:
        ver, mv = R.choice(MAC_VER)
        h = ["From: %s" % from_header(c)] + part.headers
        part.headers = []
        h += ["Mime-Version: 1.0 (Mac OS X Mail %s \\(%s\\))" % (mv, ver), "Subject: %s" % ew(c.subject),
              "Date: %s" % rfc(c.sent, pad=False)]
        if c.in_reply_to:
            h += ["In-Reply-To: %s" % c.in_reply_to]
        h += ["To: %s" % to_header(c)]
        if c.references:
            h += ["References: %s" % c.references]
        h += ["Message-Id: %s" % mid, "X-Mailer: Apple Mail (2.%s)" % ver] + c.extra
    return h, part


def needs8(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def longl(s):
    return any(len(l) > 76 for l in s.split("\n"))


# ---------------------------------------------------------------- Outlook (desktop / web / mobile)
def client_outlook(c, kind="desktop", charset=None):
    o = c.quote
    recip = c.recip or (o.to_addr if o is not None else None)
    if o is not None:
        if kind == "desktop":
            blk = outlook_block(o, c.ui, sep=False, recip=recip)
        else:
            blk = outlook_block(o, c.ui, sep=True, recip=recip)
        plain = c.text + "\n\n" + blk + "\n\n" + o.text + "\n"
    else:
        plain = c.text + "\n"
    if kind == "desktop":
        ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l.strip() else "&nbsp;") for l in c.text.split("\n"))
        q = ""
        if o is not None:
            bl = outlook_block(o, c.ui, sep=False, recip=recip).split("\n")
            q = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n%s\n' % (
                     "<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in bl),
                     our_html(o)))
        html_ = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                 '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                 '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                 '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                 '%s%s</div>\n</body>\n</html>\n' % ("utf-8" if needs8(plain) else "us-ascii", ps, q))
    else:
        font = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
                "font-size: 12pt; color: rgb(0, 0, 0);")
        divs = "\n".join('<div class="elementToProof" style="%s">\n%s</div>' % (font, esc(l) if l.strip() else "<br>")
                         for l in c.text.split("\n"))
        q = ""
        if o is not None:
            bl = outlook_block(o, c.ui, sep=False, recip=recip).split("\n")
            q = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n'
                 '<div>&nbsp;</div>\n</div>\n%s\n' % (
                     "<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in bl),
                     our_html(o)))
        html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                 '<body dir="ltr">\n%s\n%s</body>\n</html>\n' % ("utf-8" if needs8(plain) else "us-ascii", divs, q))
    cs = charset or ("utf-8" if needs8(plain) else "us-ascii")
    b = "_000_%s%s%s_" % (getattr(c, "ms_h1", "SA1PR12MB7045"), rhex(20, True), c.ms_host.replace(".", "").replace("-", "")
                          if hasattr(c, "ms_host") else "namprd12prodoutlookcom")
    part = multipart("alternative", [leaf("text/plain", plain, charset=cs, cs_label='"%s"' % cs, cte="quoted-printable"),
                                     leaf("text/html", html_, charset=cs, cs_label='"%s"' % cs, cte="quoted-printable")],
                     b, fold=True)
    mid = "<%s%s@%s>" % (getattr(c, "ms_h1", "SA1PR12MB7045"), rhex(16, True), getattr(c, "ms_host", "SA1PR12MB7045.namprd12.prod.outlook.com").upper())
    ti = "AQH" + rb64(30)[:38]
    h = ["From: %s" % from_header(c, quote_name=False), "To: %s" % to_header(c)]
    if c.cc:
        h.append("CC: %s" % c.cc)
    h += ["Subject: %s" % ew(c.subject), "Thread-Topic: %s" % ew(strip_re(c.subject)), "Thread-Index: %s" % ti,
          "Date: %s" % rfc(c.sent.astimezone(UTC)), "Message-ID:\n %s" % mid]
    if c.references:
        h += ["References: %s" % c.references, "In-Reply-To: %s" % c.in_reply_to]
    if c.reply_to:
        h.append("Reply-To: %s" % c.reply_to)
    h += ["Accept-Language: %s" % ("es-US, en-US" if c.ui == "es" else "en-US"),
          "Content-Language: %s" % ("es-US" if c.ui == "es" else "en-US"),
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if kind == "mobile":
        h.append("x-ms-exchange-messagesentrepresentingtype: 1")
    h += ["x-ms-publictraffictype: Email",
          "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (getattr(c, "ms_h1", "SA1PR12MB7045"), _msx_host())]
    h += part.headers
    part.headers = []
    h += ["MIME-Version: 1.0",
          "X-OriginatorOrg: %s" % c.domain,
          "X-MS-Exchange-CrossTenant-AuthAs: Internal",
          "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % ruuid(),
          "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % c.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + rdigits(4) + " (UTC)",
          "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
          "X-MS-Exchange-CrossTenant-id: %s" % ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if c.domain in ("outlook.com", "hotmail.com", "live.com", "msn.com") else ruuid()),
          "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % _msx_host()] + c.extra
    return h, part


def strip_re(s):
    for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: ", "RV: "):
        if s.startswith(p):
            return s[len(p):]
    return s


# ---------------------------------------------------------------- Yahoo / AOL web and app
def client_yahoo(c, app="web"):
    o = c.quote
    plain = c.text
    yq = ""
    if o is not None:
        a = attribution("yahoo", o, c.ui)
        if c.qmode == "reply":
            plain = c.text + "\n\n\n    " + a + "  \n\n " + o.text.replace("\n", "\n ") + "\n"
        else:
            plain = c.text + "\n\n\n   ----- Forwarded Message -----\n From: %s <%s>\n To: %s\n Sent: %s\n Subject: %s\n \n%s\n" % (
                o.from_name, o.from_addr, c.recip or o.to_addr, a.split(" at ")[0][3:], o.subject, o.text)
        yq = ('<div id="yahoo_quoted_%s" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
              'font-size:13px;color:#26282a;">\n<div>%s</div><div><br></div><div><br></div>\n<div>%s</div>\n</div>\n</div>' % (
                  rdigits(10), esc(a), our_html(o)))
    if not plain.endswith("\n"):
        plain += "\n"
    if app == "web":
        body = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
                'font-size:13px;">%s</div>%s</body></html>\n' % ("".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) or "<br>")
                                                                    for l in c.text.split("\n")), yq))
        xm = "WebService/1.1.%d %s" % (R.randint(23300, 23700), "AolMailNorrin" if c.domain == "aol.com" else "YMailNorrin")
    else:
        body = ('<html><head></head><body><div dir="ltr">%s</div><div id="ymail_android_signature"> '
                '<a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">'
                'Sent from Yahoo Mail on Android</a></div> %s</body></html>\n' % (text_to_br(c.text.replace("\nSent from Yahoo Mail on Android", "")), yq))
        xm = "WebService/1.1.%d YahooMailAndroidMobile" % R.randint(23300, 23700)
    b = "----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 999999999), int(c.sent.timestamp() * 1000))
    part = multipart("alternative", [leaf("text/plain", plain, charset="UTF-8", cte="7bit" if not needs8(plain) and not longl(plain) else "quoted-printable"),
                                     leaf("text/html", body, charset="UTF-8", cte="quoted-printable")], b)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 2147483647), R.randint(1000000, 9999999), int(c.sent.timestamp() * 1000))
    h = ["Date: %s" % rfc(c.sent.astimezone(UTC), comment="UTC"), "From: %s" % from_header(c)]
    if c.reply_to:
        h.append("Reply-To: %s" % c.reply_to)
    h += ["To: %s" % to_header(c), "Message-ID: %s" % mid]
    if c.in_reply_to:
        h += ["In-Reply-To: %s" % c.in_reply_to, "References: %s" % c.references]
    h += ["Subject: %s" % ew(c.subject), "MIME-Version: 1.0"] + part.headers + ["X-Mailer: %s" % xm] + c.extra
    part.headers = []
    return h, part


# ---------------------------------------------------------------- Thunderbird
TB_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.1",
         "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0",
         "Mozilla Thunderbird"]


def client_thunderbird(c, html=False, ua=None):
    o = c.quote
    plain = flowed(c.text)
    if o is not None:
        plain = flowed(c.text) + "\n\n" + attribution("thunderbird", o) + "\n" + gt(o.text) + "\n"
        # Thunderbird default is top of quote... sender chose bottom-posting? keep top-posting for realism of most users
    if not plain.endswith("\n"):
        plain += "\n"
    cs = "UTF-8"
    if html:
        hb = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
              '  </head>\n  <body>\n    <p>%s</p>\n' % text_to_br(c.text))
        if o is not None:
            hb += ('    <div class="moz-cite-prefix">%s<br>\n    </div>\n    <blockquote type="cite">%s</blockquote>\n' % (
                esc(attribution("thunderbird", o)), our_html(o)))
        hb += "  </body>\n</html>\n"
        b = "------------" + ralnum(24)
        part = multipart("alternative", [leaf("text/plain", plain, charset=cs, params="; format=flowed",
                                              cte="8bit" if needs8(plain) else "7bit"),
                                         leaf("text/html", hb, charset=cs, cte="8bit" if needs8(hb) else "7bit")], b,
                         preamble="This is a multi-part message in MIME format.")
    else:
        part = leaf("text/plain", plain, charset=cs, params="; format=flowed", cte="8bit" if needs8(plain) else "7bit")
    mid = "<%s@%s>" % (ruuid(), c.domain)
    h = ["Message-ID: %s" % mid, "Date: %s" % rfc(c.sent), "MIME-Version: 1.0", "User-Agent: %s" % (ua or R.choice(TB_UA[:2])),
         "Subject: %s" % ew(c.subject), "Content-Language: en-US", "To: %s" % to_header(c)]
    if c.references:
        h.append("References: %s" % c.references)
    h.append("From: %s" % from_header(c))
    if c.reply_to:
        h.append("Reply-To: %s" % c.reply_to)
    if c.in_reply_to:
        h.append("In-Reply-To: %s" % c.in_reply_to)
    h += part.headers + c.extra
    part.headers = []
    return h, part


# ---------------------------------------------------------------- Samsung Email
def client_samsung(c):
    o = c.quote
    plain = c.text
    hq = ""
    if o is not None:
        d = o.dt
        blk = "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%d %s (GMT%s:%s) \nTo: %s \nSubject: %s \n" % (
            o.from_name, o.from_addr, d.month, d.day, d.year % 100, h12(d), off(d)[:3], off(d)[3:], c.recip or o.to_addr, o.subject)
        plain = c.text + "\n\n\n\n" + blk + "\n" + o.text + "\n"
        hq = ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div></div>%s' % (
            text_to_br(blk), our_html(o)))
    if not plain.endswith("\n"):
        plain += "\n"
    txt = c.text.replace("\nSent from my Galaxy", "")
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
          '<div dir="auto">%s</div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;'
          'color:#575757" dir="auto">Sent from my Galaxy</div></div>%s</body></html>\n' % (text_to_br(txt), hq))
    b = "--_com.samsung.android.email_%d%d" % (int(c.sent.timestamp() * 1000), R.randint(100000, 999999))
    part = multipart("alternative", [leaf("text/plain", plain, charset="utf-8", cte="base64"),
                                     leaf("text/html", hb, charset="utf-8", cte="base64")], b)
    mid = "<%s.%s@email.android.com>" % (rhex(8), rdigits(13))
    h = ["Message-ID: %s" % mid, "Date: %s" % rfc(c.sent), "Subject: %s" % ew(c.subject)]
    if c.in_reply_to:
        h.append("In-Reply-To: %s" % c.in_reply_to)
    h += ["Importance: normal", "From: %s" % from_header(c), "To: %s" % to_header(c), "MIME-Version: 1.0"] + part.headers + c.extra
    part.headers = []
    return h, part


# ---------------------------------------------------------------- Roundcube (ISP webmail)
def client_roundcube(c):
    o = c.quote
    plain = flowed(c.text)
    if o is not None:
        plain = flowed(c.text) + "\n\n" + attribution("roundcube", o) + "\n" + gt(o.text) + "\n"
    if not plain.endswith("\n"):
        plain += "\n"
    part = leaf("text/plain", plain, charset="US-ASCII" if not needs8(plain) else "UTF-8", params="; format=flowed",
                cte="7bit" if not needs8(plain) else "8bit")
    h = ["MIME-Version: 1.0", "Date: %s" % rfc(c.sent), "From: %s" % from_header(c), "To: %s" % to_header(c),
         "Subject: %s" % ew(c.subject, enc="Q")]
    if c.in_reply_to:
        h += ["In-Reply-To: %s" % c.in_reply_to, "References: %s" % c.references]
    h += ["Message-ID: <%s@%s>" % (rhex(32), c.domain), "X-Sender: %s" % c.from_addr,
          "User-Agent: Roundcube Webmail/1.6.%d" % R.randint(6, 10)] + part.headers + c.extra
    part.headers = []
    return h, part


# ---------------------------------------------------------------- Xfinity Connect (Open-Xchange)
def client_xfinity(c):
    o = c.quote
    plain = c.text
    hq = ""
    if o is not None:
        a = attribution("xfinity", o)
        plain = c.text + "\n\n" + gt(a + "\n\n \n" + o.text) + "\n"
        hq = '<blockquote type="cite">%s<br><br>%s</blockquote>' % (esc(a), our_html(o))
    if not plain.endswith("\n"):
        plain += "\n"
    hb = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   %s\n  </div>\n  %s\n </body>\n</html>\n'
          % (text_to_br(c.text), hq))
    b = "----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(100000000, 999999999), int(c.sent.timestamp() * 1000))
    part = multipart("alternative", [leaf("text/plain", plain, charset="UTF-8", cte="7bit" if not needs8(plain) and not longl(plain) else "quoted-printable"),
                                     leaf("text/html", hb, charset="UTF-8", cte="quoted-printable")], b)
    h = ["Date: %s" % rfc(c.sent, comment=tzname(c.sent)), "From: %s" % from_header(c), "To: %s" % to_header(c),
         "Message-ID: <%d.%d.%d@connect.xfinity.com>" % (R.randint(100000000, 999999999), R.randint(100000, 999999), int(c.sent.timestamp() * 1000))]
    if c.in_reply_to:
        h += ["In-Reply-To: %s" % c.in_reply_to, "References: %s" % c.references]
    h += ["Subject: %s" % ew(c.subject), "MIME-Version: 1.0"] + part.headers + [
        "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % R.randint(60, 72),
        "X-Originating-Client: open-xchange-appsuite"] + c.extra
    part.headers = []
    return h, part


# ---------------------------------------------------------------- Proton Mail
def client_proton(c):
    plain = c.text + "\n\nSent with Proton Mail secure email.\n"
    hb = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;">'
          '<br></div>\n<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n'
          '    <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">'
          'Proton Mail</a> secure email.\n    </div>\n</div>\n' % lines_html(c.text))
    b = "b1=_" + ralnum(43)
    part = multipart("alternative", [leaf("text/plain", plain, charset="utf-8", cte="quoted-printable"),
                                     leaf("text/html", hb, charset="utf-8", cte="base64")], b)
    h = ["Date: %s" % rfc(c.sent.astimezone(UTC), pad=True), "To: %s" % to_header(c), "From: %s" % from_header(c),
         "Subject: %s" % ew(c.subject), "Message-ID: <%s=@proton.me>" % ralnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
         "Feedback-ID: %d:user:proton" % R.randint(10000000, 99999999), "X-Pm-Message-ID: %s" % rhex(40),
         "MIME-Version: 1.0"] + part.headers + c.extra
    part.headers = []
    return h, part


# ================================================================ glue
def build_human(prog, c, **kw):
    """Returns (raw_bytes, arrival_dt)."""
    c.prog = prog
    out_host, out_ip, plines, auth = provider_for(c, prog)
    if prog == "gmail":
        h, part = client_gmail(c)
    elif prog == "gmail_plain":
        h, part = client_gmail_plain(c, kw["body"])
    elif prog == "iphone":
        h, part = client_apple(c, mobile=True, html=kw.get("html"))
    elif prog == "applemail":
        h, part = client_apple(c, mobile=False, html=kw.get("html"))
    elif prog in ("outlook", "owa", "outlook_mobile"):
        h, part = client_outlook(c, kind={"outlook": "desktop", "owa": "web", "outlook_mobile": "mobile"}[prog])
    elif prog in ("yahoo", "aol"):
        h, part = client_yahoo(c, app="web")
    elif prog == "yahoo_android":
        h, part = client_yahoo(c, app="android")
    elif prog == "thunderbird":
        h, part = client_thunderbird(c, html=kw.get("html", False), ua=kw.get("ua"))
    elif prog == "samsung":
        h, part = client_samsung(c)
    elif prog == "roundcube":
        h, part = client_roundcube(c)
    elif prog == "xfinity":
        h, part = client_xfinity(c)
    elif prog == "proton":
        h, part = client_proton(c)
    else:
        raise ValueError(prog)
    arrival = later(c.sent.astimezone(CDT))
    env = envelope(c.mailbox, kw.get("mail_from", c.from_addr), arrival, out_host, out_ip, auth)
    return render(env + plines + h, part), arrival
