"""Transport headers: the sending provider's hops and our own mx1/mx2 -> mbx01 delivery."""
import datetime

from mimekit import (CDT, UTC, PDT, rfc_date, rand_chars, rand_hex, rand_b64, uuid_like, epoch)

MAILBOXES = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

POSTFIX_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def qid(r):
    return "4" + rand_chars(r, 1, "VWXYZ") + rand_chars(r, 13, POSTFIX_ALPHA)


def tls_line():
    return ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
            "\t(No client certificate requested)\n")


def deliver(r, mailbox, env_from, t_mx, hop_host, hop_ip, auth, hop_helo=None, tls=True, mx=None):
    """Return the header lines our servers prepend (top of the file first)."""
    rcpt = MAILBOXES[mailbox]
    mx = mx or r.choice(["mx1", "mx2"])
    mx_ip = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}[mx]
    t_mbx = t_mx + datetime.timedelta(seconds=r.choice([0, 1, 1, 1, 2]))
    helo = hop_helo or hop_host
    if hop_host:
        fromclause = "%s (%s [%s])" % (helo, hop_host, hop_ip)
    else:
        fromclause = "%s (unknown [%s])" % (helo, hop_ip)
    hdrs = [
        ("Return-Path", "<%s>" % env_from if env_from else "<>"),
        ("Delivered-To", rcpt),
        ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n"
                     "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n"
                     "\tfor <%s>; %s" % (mx, mx, mx_ip, qid(r), rcpt, rfc_date(t_mbx, CDT, True))),
        ("Authentication-Results", "%s.alliant-energy.com;\n%s" % (mx, auth)),
        ("Received", "from %s\n%s\tby %s.alliant-energy.com (Postfix) with %s id %s\n"
                     "\tfor <%s>; %s" % (fromclause, tls_line() if tls else "", mx,
                                         "ESMTPS" if tls else "ESMTP", qid(r), rcpt,
                                         rfc_date(t_mx, CDT, True))),
    ]
    return hdrs, t_mbx


def auth_results(r, dkim_d=None, spf_domain=None, from_domain=None, spf="pass", dkim="pass",
                 dmarc="pass", ip=None, mailfrom=None, policy="none", arc=None):
    parts = []
    if dkim_d and dkim != "none":
        parts.append("\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=%s header.b=%s" % (dkim, dkim_d, dkim_d, "s", rand_b64(r, 8)))
    else:
        parts.append("\tdkim=none")
    if spf_domain:
        if spf == "pass":
            parts.append("\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % ("mx.alliant-energy.com", mailfrom or spf_domain, ip, mailfrom or spf_domain))
        elif spf == "none":
            parts.append("\tspf=none smtp.mailfrom=%s" % (mailfrom or spf_domain))
        elif spf == "helo":
            parts.append("\tspf=pass smtp.helo=%s" % spf_domain)
        else:
            parts.append("\tspf=%s (domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mailfrom or spf_domain, ip, mailfrom or spf_domain))
    if from_domain:
        parts.append("\tdmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy, from_domain))
    if arc:
        parts.append("\tarc=%s" % arc)
    # fix the header.s placeholder with something provider-like
    return ";\n".join(parts)


def dkim_sig(r, d, s, t, h, bh_len=44, b_len=344):
    b = rand_b64(r, b_len)
    blines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;\n        h=%s;\n"
            "        bh=%s=;\n        b=%s" % (d, s, t, h, rand_b64(r, bh_len - 1),
                                              "\n         ".join(blines)))


# ------------------------------------------------------------------ providers
# each returns (hop_host, hop_ip, env_from, provider_headers, t_mx, auth_header_text)

def _delay(r, lo=1, hi=6):
    return datetime.timedelta(seconds=r.randint(lo, hi))


def prov_gmail(r, sent, sender, domain="gmail.com", selector="20230601", submit_from=None):
    t = sent + _delay(r)
    pfx = r.choice(["qk1", "yb1", "oi1", "pl1", "ej1", "lf1", "wm1", "vk1", "io1", "il1", "ot1", "ua1", "qv1", "yw1"])
    n = r.randint(41, 199)
    host = "mail-%s-f%d.google.com" % (pfx, n)
    ip = "209.85.%d.%d" % (r.choice([128, 160, 166, 167, 208, 210, 214, 216, 218, 219, 221, 222]), n)
    smtpid = "%s-%s%s" % (rand_hex(r, 12), rand_hex(r, 11), r.choice(["so", "so", "si"]))
    ts = epoch(sent)
    if submit_from:
        first = ("Received", "from %s\n        by smtp.gmail.com with ESMTPSA id %s%d.%d\n        for <{RCPT}>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                     submit_from, smtpid, r.randint(1000000, 9999999), r.randint(0, 9), rfc_date(t, PDT, True)))
    else:
        first = ("Received", "by %s with SMTP id %s%d.%d\n        for <{RCPT}>; %s" % (
            host, smtpid, r.randint(1000000, 9999999), r.randint(0, 9), rfc_date(t, PDT, True)))
    h = [
        first,
        ("DKIM-Signature", dkim_sig(r, domain, selector, ts,
                                    "to:subject:message-id:date:from:in-reply-to:references\n"
                                    "         :mime-version:from:to:cc:subject:date:message-id:reply-to")),
        ("X-Google-DKIM-Signature", dkim_sig(r, "1e100.net", selector, ts,
                                             "x-gm-message-state:to:subject:message-id:date:from\n"
                                             "         :in-reply-to:references:mime-version:x-gm-gg\n"
                                             "         :x-google-smtp-source:x-received", b_len=344)),
        ("X-Gm-Message-State", "AOJu0Y" + rand_b64(r, 62) + "\n\t" + rand_b64(r, 40)),
        ("X-Gm-Gg", "ASbGnc" + rand_b64(r, 70) + "\n\t" + rand_b64(r, 70) + "\n\t" + rand_b64(r, 38)),
        ("X-Google-Smtp-Source", "AGHT+IG" + rand_b64(r, 64) + "=="),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s%d.%d;\n        %s" % (
            rand_hex(r, 4), rand_hex(r, 4), rand_hex(r, 3), rand_hex(r, 4), rand_hex(r, 4), smtpid,
            r.randint(1000000, 9999999), r.randint(0, 9), rfc_date(t, PDT, True))),
    ]
    auth = auth_results(r, domain, domain, domain, ip=ip, mailfrom=sender)
    auth = auth.replace("header.s=s ", "header.s=%s " % selector)
    return host, ip, sender, h, t, auth


def prov_yahoo(r, sent, sender, domain="yahoo.com", selector="s2048", submit_from=None):
    t = sent + _delay(r, 1, 4)
    n1, n2 = r.randint(300, 330), r.randint(1, 30)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n1, n2, r.choice(["ne1", "gq1", "bf2"]))
    ip = "66.163.%d.%d" % (r.randint(184, 191), r.randint(2, 250))
    ts = epoch(sent)
    h = [
        ("DKIM-Signature", dkim_sig(r, domain, selector, ts,
                                    "Date:From:To:Subject:References:From:Subject:Reply-To")),
        ("X-SONIC-DKIM-SIGN", dkim_sig(r, domain, selector, ts, "X-Sonic-MF:Date:From:To:Subject:From:Subject")),
        ("X-YMail-OSG", rand_chars(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + "\n " +
         rand_chars(r, 74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + "\n " +
         rand_chars(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + "--"),
        ("X-Sonic-MF", "<%s>" % sender),
        ("X-Sonic-ID", uuid_like(r, False)),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(sent, UTC)))
        if not submit_from else
        ("Received", "by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n          %s" % (
            r.choice(["gq1", "bf1", "ne1"]), rand_hex(r, 10), rand_chars(r, 5, "bcdfghjklmnpqrstvwxz0123456789"),
            rand_hex(r, 32), rfc_date(sent, UTC))),
    ]
    auth = auth_results(r, domain, domain, domain, ip=ip, mailfrom=sender, policy="reject")
    auth = auth.replace("header.s=s ", "header.s=%s " % selector)
    return host, ip, sender, h, t, auth


def prov_outlook(r, sent, sender, domain=None, consumer=True):
    domain = domain or sender.split("@")[1]
    t = sent + _delay(r, 1, 5)
    region = r.choice(["NAM10-DM6", "NAM12-BN8", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1", "NAM10-MW2"])
    n = r.randint(2010, 2199)
    host = "%s-obe.outbound.protection.outlook.com" % region
    rdns = "mail-%solkn%d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + "nam" + region[3:5], n) \
        if consumer else "mail-%s%d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + "nam" + region[3:5], n)
    ip = "40.92.%d.%d" % (r.randint(15, 60), r.randint(2, 250)) if consumer else "40.107.%d.%d" % (r.randint(90, 240), r.randint(2, 250))
    ts = epoch(sent)
    srv = "%s%dMB%d" % (r.choice(["PH7PR", "SA1PR", "BL1PR", "CH3PR", "DM4PR", "SN7PR", "MN2PR"]),
                        r.randint(10, 19), r.randint(1000, 9999))
    self_srv = srv + (".namprd%02d.prod.outlook.com" % r.randint(2, 19))
    other = "%s%dMB%d.namprd%02d.prod.outlook.com" % (r.choice(["SJ0PR", "DS0PR", "LV3PR", "MW4PR"]),
                                                      r.randint(10, 19), r.randint(1000, 9999), r.randint(2, 19))
    sel = "selector1" if consumer else "selector2"
    dkim_d = domain if not consumer else ("outlook.com" if domain in ("outlook.com", "hotmail.com", "live.com", "msn.com") else domain)
    h = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + rand_b64(r, 70) + "\n " + rand_b64(r, 76) + "=="),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
         " bh=" + rand_b64(r, 43) + "=;\n b=" + rand_b64(r, 70) + "\n " + rand_b64(r, 76) + "=="),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
         " bh=%s=;\n b=%s\n %s==" % (dkim_d, sel, rand_b64(r, 43), rand_b64(r, 70), rand_b64(r, 70))),
        ("Received", "from %s (2603:10b6:%s::%s)\n by %s (2603:10b6:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n"
         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
             self_srv, rand_hex(r, 3), rand_hex(r, 2), other, rand_hex(r, 3), rand_hex(r, 2),
             r.randint(8400, 9300), r.randint(10, 40), rfc_date(sent + datetime.timedelta(seconds=1), UTC))),
    ]
    auth = auth_results(r, dkim_d, domain, domain, ip=ip, mailfrom=sender,
                        policy="none" if consumer else "quarantine")
    auth = auth.replace("header.s=s ", "header.s=%s " % sel)
    info = {"srv": srv, "self_srv": self_srv}
    return host, ip, sender, h, t, auth, rdns, info


def prov_icloud(r, sent, sender, domain="icloud.com"):
    t = sent + _delay(r, 1, 5)
    host = "outbound.%s.icloud.com" % r.choice(["pv", "ms", "mr"])
    rdns = "p-west%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.randint(1, 3), r.randint(1, 9), r.randint(1, 12), r.randint(1, 12))
    ip = "57.103.%d.%d" % (r.randint(64, 95), r.randint(2, 250))
    ts = epoch(sent)
    h = [
        ("DKIM-Signature", dkim_sig(r, domain, "1a1hai", ts,
                                    "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From:x-icloud-hme")),
        ("Received", "from smtpclient.apple (unknown [17.56.9.%d])\n\tby p00-icloudmta-asmtp-us-west-1a-%d-percent-%d.p00.prod.me.com (Postfix) with ESMTPSA id %s\n"
         "\tfor <{RCPT}>; %s" % (r.randint(10, 60), r.choice([10, 20, 60, 100]), r.randint(0, 9),
                                  rand_hex(r, 10, True), rfc_date(sent + datetime.timedelta(seconds=1), UTC, True))),
    ]
    auth = auth_results(r, domain, domain, domain, ip=ip, mailfrom=sender, policy="quarantine")
    auth = auth.replace("header.s=s ", "header.s=1a1hai ")
    return rdns, ip, sender, h, t, auth, host


def prov_comcast(r, sent, sender):
    t = sent + _delay(r, 1, 4)
    n = r.randint(550000, 559999)
    host = "resomta-h%dp-%d.sys.comcast.net" % (r.randint(1, 2), n)
    ip = "96.102.%d.%d" % (r.randint(18, 200), r.randint(2, 250))
    ts = epoch(sent)
    h = [
        ("Received", "from resomta-h%dp-%d.sys.comcast.net ([%s])\n\tby resimta-h%dp-%d.sys.comcast.net with ESMTPS\n"
         "\tid %s; %s" % (r.randint(1, 2), n, ip, r.randint(1, 2), n - 7, rand_chars(r, 16), rfc_date(sent, UTC))),
        ("DKIM-Signature", dkim_sig(r, "comcast.net", "20190202a", ts,
                                    "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")),
        ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefhedrvddukedgvdegucetufdoteggodetrfdotffvucfrrhhofhhilhgv"),
        ("X-Xfinity-VMeta", "sc=-100.00;st=legit"),
    ]
    auth = auth_results(r, "comcast.net", "comcast.net", "comcast.net", ip=ip, mailfrom=sender)
    auth = auth.replace("header.s=s ", "header.s=20190202a ")
    return host, ip, sender, h, t, auth


def prov_generic_isp(r, sent, sender, relay, ip, selector=None, dkim=True, received_extra=None):
    """Small ISPs (Mediacom, Charter/Spectrum, Windstream, local telcos)."""
    domain = sender.split("@")[1]
    t = sent + _delay(r, 1, 7)
    h = []
    if dkim:
        h.append(("DKIM-Signature", dkim_sig(r, domain, selector or "default", epoch(sent),
                                             "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type")))
    if received_extra:
        h.append(("Received", received_extra))
    auth = auth_results(r, domain if dkim else None, domain, domain, ip=ip, mailfrom=sender,
                        dkim="pass" if dkim else "none")
    if selector:
        auth = auth.replace("header.s=s ", "header.s=%s " % selector)
    else:
        auth = auth.replace("header.s=s ", "header.s=default ")
    return relay, ip, sender, h, t, auth


def prov_proton(r, sent, sender, domain="proton.me"):
    t = sent + _delay(r, 1, 3)
    n = r.randint(4310, 4330)
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.43.%d" % (n - 4300)
    h = [
        ("DKIM-Signature", dkim_sig(r, domain, "protonmail3", epoch(sent),
                                    "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n"
                                    "\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector")),
    ]
    auth = auth_results(r, domain, domain, domain, ip=ip, mailfrom=sender, policy="quarantine")
    auth = auth.replace("header.s=s ", "header.s=protonmail3 ")
    return host, ip, sender, h, t, auth
