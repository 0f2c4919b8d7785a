"""Trace and client headers as the sending services and our own MX hosts write them."""
import calendar

from mailgen import (B64, HEXD, ALNUM, rstr, postfix_id, central_date, pacific_date, rfc_date,
                     us_offset, plus, MAILBOX_ADDR, local)

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n"
         "\t(No client certificate requested)")


def epoch(dt):
    return calendar.timegm(dt.utctimetuple())


def dkim(rng, d, s, t, hlist, indent="        ", bh_len=43, b_len=344, darn=True, x=True, extra=""):
    bh = rstr(rng, B64, bh_len) + "="
    b = rstr(rng, B64, b_len - 2) + "=="
    lines = ["v=1; a=rsa-sha256; c=relaxed/relaxed;",
             "d=%s; s=%s; t=%d;%s%s%s" % (d, s, epoch(t), (" x=%d;" % (epoch(t) + 604800)) if x else "",
                                           " darn=alliant-energy.com;" if darn else "", extra),
             "h=%s;" % hlist,
             "bh=%s;" % bh]
    blines = []
    first = "b=" + b[:70]
    blines.append(first)
    rest = b[70:]
    while rest:
        blines.append(rest[:70])
        rest = rest[70:]
    body = ("\r\n" + indent).join(lines) + "\r\n" + indent + ("\r\n" + indent + " ").join(blines)
    return "DKIM-Signature: " + body


def inbound(rng, mailbox, t_arrive, env_from, helo, rdns, ip, auth, tls=TLS13, mx=None, esmtp="ESMTPS"):
    """Our side: Return-Path, Delivered-To, mbx01 hop, Authentication-Results, MX hop."""
    mx = mx or rng.choice(["mx1", "mx2"])
    box = MAILBOX_ADDR[mailbox]
    t_mx = t_arrive
    t_mbx = plus(t_arrive, rng.randint(0, 2))
    mx_ip = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}[mx]
    lines = ["Return-Path: <%s>" % env_from if env_from else "Return-Path: <>",
             "Delivered-To: %s" % box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
             "\tfor <%s>; %s" % (mx, mx, mx_ip, postfix_id(rng), box, central_date(t_mbx))]
    if auth:
        lines.append("Authentication-Results: %s.alliant-energy.com;\r\n\t%s" % (mx, ";\r\n\t".join(auth)))
    rcv = "Received: from %s (%s [%s])\r\n" % (helo, rdns, ip)
    if tls:
        rcv += "\t" + tls + "\r\n"
    rcv += "\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
        mx, esmtp if tls else "ESMTP", postfix_id(rng), box, central_date(t_mx))
    lines.append(rcv)
    return lines


def auth_pass(rng, domain, selector, env_from, ip, mx="mx1", dmarc="pass (p=NONE sp=NONE dis=NONE)", dkim_ok=True):
    a = []
    if dkim_ok:
        a.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                 "header.s=%s header.b=%s" % (domain, domain, selector, rstr(rng, ALNUM, 8)))
    else:
        a.append("dkim=none")
    a.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) "
             "smtp.mailfrom=%s" % (mx, env_from, ip, env_from))
    a.append("dmarc=%s header.from=%s" % (dmarc, domain))
    return a


# ------------------------------------------------------------------ providers
class Sent:
    def __init__(self, trace, provider_headers, msgid, boundary_fn, xmailer_headers=()):
        self.trace = trace
        self.provider_headers = provider_headers
        self.msgid = msgid
        self.boundary_fn = boundary_fn
        self.xmailer_headers = list(xmailer_headers)


def gmail(rng, mailbox, t_send, from_addr, domain="gmail.com", hlist=None):
    t_arr = plus(t_send, rng.randint(1, 4))
    n = rng.randint(10, 250)
    host = "mail-%s-f%d.google.com" % (rng.choice(["yb1", "qt1", "pl1", "ej1", "wm1", "qk1", "io1", "yw1"]), n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 208, 214, 218, 219, 221, 222]), n)
    sel = "20230601" if domain == "gmail.com" else "google"
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, sel, from_addr, ip, mx,
                     dmarc="pass (p=NONE sp=QUARANTINE dis=NONE)" if domain == "gmail.com" else "pass (p=NONE sp=NONE dis=NONE)")
    trace = inbound(rng, mailbox, t_arr, from_addr, host, host, ip, auth, mx=mx)
    smtpid = "%s-%s%s.%d.%d" % (rstr(rng, "0123456789", 1) + rstr(rng, HEXD, 3) + rstr(rng, "0123456789", 4),
                                rstr(rng, HEXD, 4) + rstr(rng, "0123456789", 6) + rstr(rng, HEXD, 3),
                                "so" + rstr(rng, "0123456789", 8), rng.randint(1000000, 9999999), 1)
    trace.append("Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (
        host, smtpid, MAILBOX_ADDR[mailbox], pacific_date(t_send)))
    hl = hlist or ("to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n"
                   "         :date:message-id:reply-to")
    ph = [dkim(rng, domain, sel, t_send, hl)]
    ph.append(dkim(rng, "1e100.net", "20230601", t_send,
                   "x-gm-message-state:to:subject:message-id:date:from:mime-version\r\n         :x-gm-gg:x-gm-message-state:from:to:cc:subject:date:message-id\r\n         :reply-to",
                   darn=True).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
    ph.append("X-Gm-Message-State: AOJu0Y%s\r\n\t%s" % (rstr(rng, ALNUM + "-_", 60), rstr(rng, ALNUM + "-_", 40)))
    ph.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (rstr(rng, ALNUM + "/+", 66), rstr(rng, ALNUM + "/+", 52)))
    ph.append("X-Google-Smtp-Source: AGHT+IF%s" % rstr(rng, ALNUM + "/+", 57))
    ph.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%dd%d.%d.%d;\r\n        %s" % (
        rstr(rng, HEXD, 4), rstr(rng, HEXD, 4), rstr(rng, HEXD, 3), rstr(rng, HEXD, 3), rstr(rng, HEXD, 4),
        rstr(rng, HEXD, 13), rstr(rng, HEXD, 11), rng.randint(10 ** 8, 10 ** 9), rng.randint(1, 9), rng.randint(1, 99),
        epoch(t_send) * 1000 + rng.randint(0, 999),
        rfc_date(t_send, us_offset(t_send, -8), zero_day=True) + " (%s)" % ("PDT" if us_offset(t_send, -8) == -7 else "PST")))
    msgid = "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "J", "F", "K", "G", "E", "H"]),
                                         rstr(rng, ALNUM + "_-=+", rng.choice([52, 54, 55, 56, 58])))
    return Sent(trace, ph, msgid, lambda r: "0000000000" + rstr(r, HEXD, 18))


def yahoo(rng, mailbox, t_send, from_addr, aol=False):
    t_arr = plus(t_send, rng.randint(1, 3))
    n = rng.randint(1, 40)
    sonic = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.choice([301, 305, 309, 313, 314, 316, 317, 320]), n,
                                                     rng.choice(["gq1", "ne1", "bf2", "ir2"]))
    ip = "98.137.%d.%d" % (rng.choice([64, 65, 68, 69]), rng.randint(2, 250))
    domain = "aol.com" if aol else "yahoo.com"
    sel = "a2048" if aol else "s2048"
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, sel, from_addr, ip, mx, dmarc="pass (p=REJECT sp=REJECT dis=NONE)")
    trace = inbound(rng, mailbox, t_arr, from_addr, sonic, sonic, ip, auth, tls=TLS12, mx=mx)
    t0 = plus(t_send, -1)
    trace.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
        sonic, rfc_date(t0, 0)))
    ph = [dkim(rng, domain, sel, t_send, "Date:From:To:Subject:References:From:Subject:Reply-To",
               indent=" ", x=False, darn=False, bh_len=43, b_len=344)]
    ph[0] = ph[0].replace("d=%s; s=%s;" % (domain, sel), "d=%s; s=%s;" % (domain, sel))
    ph.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s==" % (
        domain, sel, epoch(t_send), rstr(rng, B64, 43), rstr(rng, B64, 86)))
    ph.append("X-YMail-OSG: %s\r\n %s" % (rstr(rng, ALNUM + "._", 64), rstr(rng, ALNUM + "._", 70)))
    ph.append("X-Sonic-MF: <%s>" % from_addr)
    ph.append("X-Sonic-ID: %s-%s-%s-%s-%s" % (rstr(rng, HEXD, 8), rstr(rng, HEXD, 4), rstr(rng, HEXD, 4),
                                               rstr(rng, HEXD, 4), rstr(rng, HEXD, 12)))
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 9 * 10 ** 6),
                                           epoch(t_send) * 1000 + rng.randint(0, 999))
    xm = ["X-Mailer: WebService/1.1.23369 %s" % ("AolMailNorrin" if aol else "YMailNorrin")]
    return Sent(trace, ph, msgid,
                lambda r: "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 9 * 10 ** 6), r.randint(10 ** 8, 2 * 10 ** 9),
                                                  epoch(t_send) * 1000 + r.randint(0, 999)), xm)


def yahoo_ios(rng, mailbox, t_send, from_addr):
    s = yahoo(rng, mailbox, t_send, from_addr)
    s.xmailer_headers = []
    return s


def outlookcom(rng, mailbox, t_send, from_addr, domain="outlook.com"):
    t_arr = plus(t_send, rng.randint(1, 5))
    region = rng.choice(["NAM12-BN8", "NAM10-DM6", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1"])
    host = "mail-%s%dolkn20%02d.outbound.protection.outlook.com" % (
        region.split("-")[1].lower() + region.split("-")[0].lower()[-2:], rng.randint(1, 9), rng.randint(10, 99))
    helo = "%s-obe.outbound.protection.outlook.com" % region
    ip = "40.92.%d.%d" % (rng.randint(18, 47), rng.randint(10, 99))
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, "selector1", from_addr, ip, mx, dmarc="pass (p=NONE sp=QUARANTINE dis=NONE)")
    trace = inbound(rng, mailbox, t_arr, from_addr, helo, host, ip, auth, tls=TLS12, mx=mx)
    box = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "BY5", "CH3", "DM4", "MN2", "PH7", "IA1"]), rng.randint(10, 19),
                               rng.randint(1000, 9999))
    full = box + ".namprd%02d.prod.outlook.com" % rng.randint(2, 19)
    v6 = "fe80::%s:%s:%s:%s" % tuple(rstr(rng, HEXD, 4) for _ in range(4))
    trace.append("Received: from %s\r\n ([%s]) by %s\r\n ([%s%%6]) with mapi id 15.20.8489.%03d; %s" % (
        full, v6, full, v6, rng.randint(10, 40), rfc_date(t_send, 0)))
    ph = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" % rstr(rng, B64, 70),
          "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\r\n bh=%s=;\r\n b=%s" % (
              rstr(rng, B64, 43), rstr(rng, B64, 72)),
          "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none",
          dkim(rng, domain, "selector1", t_send,
               "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
               indent=" ", x=False, darn=False)]
    tindex = "Thread-Index: A" + rstr(rng, ALNUM + "+/", 23) + "=="
    msgid = "<%s%s@%s>" % (box, rstr(rng, "0123456789ABCDEF", 12), full)
    xm = ["Thread-Topic: {SUBJECT}", tindex, "Accept-Language: en-US", "Content-Language: en-US",
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "msip_labels:"]
    return Sent(trace, ph, msgid,
                lambda r: "_000_%s%s_" % (box, rstr(r, "0123456789ABCDEF", 12) + full.split(".")[0]), xm)


def m365(rng, mailbox, t_send, from_addr, domain, tenant_region="NAM10-DM6"):
    s = outlookcom(rng, mailbox, t_send, from_addr, domain=domain)
    # replace the consumer-style helo/ip with a tenant one: keep as is, Microsoft uses the same EOP hosts
    s.trace = [l.replace("olkn20", "on20") for l in s.trace]
    s.xmailer_headers = [h for h in s.xmailer_headers] + ["x-ms-exchange-organization-authas: Internal"]
    s.xmailer_headers = [h for h in s.xmailer_headers if not h.startswith("x-ms-exchange-organization")]
    return s


def icloud(rng, mailbox, t_send, from_addr, domain="icloud.com", iphone=True):
    t_arr = plus(t_send, rng.randint(1, 4))
    n = rng.randint(10, 60)
    host = "pv50p00im-ztdg100%02d.me.com" % n
    ip = "17.58.6.%d" % rng.randint(40, 60)
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, "1a1hai", from_addr, ip, mx, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE)")
    trace = inbound(rng, mailbox, t_arr, from_addr, "pv50p00im-ztdg100%02d.me.com" % n, host, ip, auth, mx=mx)
    trace.append("Received: from smtpclient.apple (pv50p00im-dlb-asmtp-mailmevip.me.com [17.56.9.10])\r\n"
                 "\tby pv50p00im-ztdg100%02d.me.com (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                     n, rstr(rng, "0123456789ABCDEF", 10), MAILBOX_ADDR[mailbox], rfc_date(t_send, 0) + " (UTC)"))
    ph = [dkim(rng, domain, "1a1hai", t_send, "Content-Type:Mime-Version:Subject:Message-Id:To:From:Date",
               indent="\t", x=False, darn=False)]
    uid = "%s-%s-%s-%s-%s" % (rstr(rng, "0123456789ABCDEF", 8), rstr(rng, "0123456789ABCDEF", 4),
                              rstr(rng, "0123456789ABCDEF", 4), rstr(rng, "0123456789ABCDEF", 4),
                              rstr(rng, "0123456789ABCDEF", 12))
    msgid = "<%s@%s>" % (uid, domain)
    xm = ["X-Mailer: iPhone Mail (22D82)"] if iphone else ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return Sent(trace, ph, msgid, lambda r: "Apple-Mail-%s-%s-%s-%s-%s" % (
        rstr(r, "0123456789ABCDEF", 8), rstr(r, "0123456789ABCDEF", 4), rstr(r, "0123456789ABCDEF", 4),
        rstr(r, "0123456789ABCDEF", 4), rstr(r, "0123456789ABCDEF", 12)), xm)


def comcast(rng, mailbox, t_send, from_addr):
    t_arr = plus(t_send, rng.randint(1, 5))
    host = "resomta-a1p-0770%02d.sys.comcast.net" % rng.randint(10, 99)
    ip = "96.103.146.%d" % rng.randint(10, 250)
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, "comcast.net", "20190202a", from_addr, ip, mx)
    trace = inbound(rng, mailbox, t_arr, from_addr, host, host, ip, auth, tls=TLS12, mx=mx)
    trace.append("Received: from oxapp-asc-%02do.email.comcast.net ([96.118.138.%d])\r\n\tby resomta-a1p-0770%02d.sys.comcast.net with ESMTPA\r\n\tid %s; %s" % (
        rng.randint(1, 40), rng.randint(1, 250), rng.randint(10, 99), rstr(rng, ALNUM, 26), rfc_date(t_send, 0)))
    ph = [dkim(rng, "comcast.net", "20190202a", t_send, "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", indent=" ", x=False, darn=False)]
    msgid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 6), epoch(t_send) * 1000 + rng.randint(0, 999))
    xm = ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev67",
          "X-Originating-Client: open-xchange-appsuite"]
    return Sent(trace, ph, msgid, lambda r: "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 2 * 10 ** 9), epoch(t_send) * 1000 + r.randint(0, 999)), xm)


def postfix_isp(rng, mailbox, t_send, from_addr, domain, helo_host, ip, client_host=None, client_ip=None,
                dkim_sel=None, sender_tz=-6, auth_user=True):
    """A small ISP or business running Postfix; client on a home/office line."""
    t_arr = plus(t_send, rng.randint(1, 6))
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, dkim_sel or "default", from_addr, ip, mx, dmarc="pass (p=NONE sp=NONE dis=NONE)",
                     dkim_ok=bool(dkim_sel))
    trace = inbound(rng, mailbox, t_arr, from_addr, helo_host, helo_host, ip, auth, tls=TLS12, mx=mx)
    ch = client_host or "[192.168.1.%d]" % rng.randint(2, 200)
    cip = client_ip or "%d.%d.%d.%d" % (rng.choice([24, 67, 71, 73, 98, 173]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    trace.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
        ch if not ch.startswith("[") else "[" + cip + "]", "unknown" if ch.startswith("[") else ch, cip, helo_host,
        postfix_id(rng)[2:].upper()[:10], MAILBOX_ADDR[mailbox],
        rfc_date(t_send, us_offset(t_send, sender_tz), pad_day=True) + (" (%s)" % ("CDT" if us_offset(t_send, sender_tz) == -5 else "CST") if sender_tz == -6 else "")))
    ph = []
    if dkim_sel:
        ph.append(dkim(rng, domain, dkim_sel, t_send, "Date:To:From:Subject:From", indent="\t", x=False, darn=False, b_len=172))
    msgid = None
    return Sent(trace, ph, msgid, lambda r: "------------" + rstr(r, ALNUM, 24))


def proton(rng, mailbox, t_send, from_addr, domain="proton.me"):
    t_arr = plus(t_send, rng.randint(1, 3))
    host = "mail-%s.protonmail.ch" % rng.choice(["4322", "40131", "4316", "24417"])
    ip = "185.70.43.%d" % rng.randint(16, 30)
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_pass(rng, domain, "protonmail", from_addr, ip, mx, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE)")
    trace = inbound(rng, mailbox, t_arr, from_addr, host, host, ip, auth, mx=mx)
    ph = [dkim(rng, domain, "protonmail", t_send, "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\r\n\t Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector:List-Unsubscribe:\r\n\t List-Unsubscribe-Post", indent="\t", x=False)]
    msgid = "<%s=@%s>" % (rstr(rng, ALNUM + "_-", 86), domain)
    xm = ["Feedback-ID: %s:user:proton" % rstr(rng, "0123456789", 8),
          "X-Pm-Message-ID: %s" % rstr(rng, HEXD, 40)]
    return Sent(trace, ph, msgid, lambda r: "b1=_" + rstr(r, ALNUM, 43), xm)


def gworkspace(rng, mailbox, t_send, from_addr, domain):
    return gmail(rng, mailbox, t_send, from_addr, domain=domain)


def bulk_esp(rng, mailbox, t_send, env_from, domain, esp="sendgrid"):
    """Bulk senders: SendGrid / Mailgun / Amazon SES style."""
    t_arr = plus(t_send, rng.randint(2, 40))
    mx = rng.choice(["mx1", "mx2"])
    if esp == "sendgrid":
        host = "o%d.ptr%d.%s" % (rng.randint(1, 30), rng.randint(1000, 9999), "sendgrid.net")
        ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
        trace_in = inbound(rng, mailbox, t_arr, env_from, host, host, ip,
                           auth_pass(rng, domain, "s1", env_from, ip, mx), tls=TLS12, mx=mx)
        trace_in.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n\tfor <%s>; %s" % (
            rstr(rng, HEXD, 10), rstr(rng, ALNUM.lower(), 5), rstr(rng, HEXD, 10), rng.randint(1, 99), rstr(rng, HEXD, 10),
            MAILBOX_ADDR[mailbox], rfc_date(t_send, 0) + " (UTC)"))
        ph = [dkim(rng, domain, "s1", t_send, "from:subject:list-unsubscribe:list-unsubscribe-post:mime-version:to:\r\n\tcontent-type:cc:content-type:from:subject:to", indent="\t", x=False, darn=False, b_len=172)]
        ph.append("X-SG-EID: %s" % rstr(rng, B64, 80))
    elif esp == "ses":
        host = "a%d-%d.smtp-out.amazonses.com" % (rng.randint(8, 60), rng.randint(10, 99))
        ip = "54.240.%d.%d" % (rng.randint(8, 60), rng.randint(10, 99))
        trace_in = inbound(rng, mailbox, t_arr, env_from, host, host, ip,
                           auth_pass(rng, domain, "ses%d" % rng.randint(1, 3), env_from, ip, mx), tls=TLS12, mx=mx)
        ph = [dkim(rng, domain, rstr(rng, "abcdefghijklmnopqrstuvwxyz234567", 32), t_send, "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID", indent="\t", x=False, darn=False, b_len=172),
              dkim(rng, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t_send, "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID", indent="\t", x=False, darn=False, b_len=172)]
        ph.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rstr(rng, ALNUM, 40))
    else:  # mailgun
        host = "m%d-%d.mailgun.net" % (rng.randint(40, 230), rng.randint(100, 250))
        ip = "69.72.%d.%d" % (rng.randint(32, 47), rng.randint(1, 250))
        trace_in = inbound(rng, mailbox, t_arr, env_from, host, host, ip,
                           auth_pass(rng, domain, "mx", env_from, ip, mx), tls=TLS12, mx=mx)
        ph = [dkim(rng, domain, "mx", t_send, "Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Message-Id: Date: Sender: Sender", indent=" ", x=False, darn=False, b_len=172)]
        ph.append("X-Mailgun-Sending-Ip: %s" % ip)
        ph.append("X-Mailgun-Sid: %s" % rstr(rng, ALNUM, 60))
    msgid = None
    return Sent(trace_in, ph, msgid, lambda r: rstr(r, HEXD, 32))


def sketchy(rng, mailbox, t_send, env_from, helo, rdns, ip, spf="softfail", dkim_res="none", from_dom=None):
    """Phishing infrastructure: cheap VPS, failing or absent authentication."""
    t_arr = plus(t_send, rng.randint(2, 30))
    mx = rng.choice(["mx1", "mx2"])
    dom = from_dom or env_from.split("@")[-1]
    auth = ["dkim=%s" % dkim_res,
            "spf=%s (%s.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
                spf, mx, env_from, ip, env_from) if spf != "pass" else
            "spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mx, env_from, ip, env_from),
            "dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % dom]
    trace = inbound(rng, mailbox, t_arr, env_from, helo, rdns, ip, auth, tls=TLS12, mx=mx)
    return Sent(trace, [], None, lambda r: "=_" + rstr(r, HEXD, 32))


def our_mta(rng, mailbox, t, host="mx-out1"):
    """Mail made inside our network (DSNs from our outbound relay, web form relay)."""
    box = MAILBOX_ADDR[mailbox]
    ip = {"mx-out1": "10.40.3.21", "mx-out2": "10.40.3.22", "web03": "10.40.8.23"}[host]
    dom = "alliantenergy.com" if host == "web03" else "alliant-energy.com"
    lines = ["Delivered-To: %s" % box,
             "Received: from %s.%s (%s.%s [%s])\r\n\tby mbx01.alliant-energy.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                 host, dom, host, dom, ip, postfix_id(rng), box, central_date(plus(t, 1)))]
    return lines, ip
