"""Sending-side profiles: what a given mail provider or program adds to a message on its way to us."""
import uuid

from kit import (MAILBOX_ADDR, pacific, utc, B62, B64C, HEX, auth_none, auth_pass, dkim_sig, fmt_date, hexs, inbound, plus, render, rs)


class Sent:
    """Everything the transport contributed, plus the Message-ID the client/provider chose."""

    def __init__(self, env_from, host, ip, auth, provider_headers, mid, arrive, helo=None, tls=True):
        self.env_from = env_from
        self.host = host
        self.ip = ip
        self.auth = auth
        self.provider_headers = provider_headers
        self.mid = mid
        self.arrive = arrive
        self.helo = helo
        self.tls = tls


def _uuid(rng, upper=True):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def gmail(rng, frm, date, dom="gmail.com"):
    n = rng.randint(128, 230)
    host = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "yw1", "pl1", "oi1", "qt1", "ej1", "lf1", "io1"]), n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 167, 208, 210, 214, 219, 222]), n)
    t = plus(date, rng.randint(1, 3))
    mid = "<CA%s@mail.gmail.com>" % (rs(rng, 1, "BDEFHJKLMNOPRSTUVWXYZ") + rs(rng, 20, B62 + "-_+=") +
                                     rs(rng, 26, B62 + "-_+=") )
    ph = [
        ("DKIM-Signature", dkim_sig(rng, dom, "20230601" if dom == "gmail.com" else "google", t,
                                    "to:subject:message-id:date:from:in-reply-to:references:mime-version\n\t"
                                    " :from:to:cc:subject:date:message-id:reply-to",
                                    extra=" darn=alliant-energy.com;" if dom == "gmail.com" else "")),
        ("X-Google-DKIM-Signature", dkim_sig(rng, "1e100.net", "20230601", t,
                                             "x-gm-message-state:to:subject:message-id:date:from:in-reply-to\n\t"
                                             " :references:mime-version:x-gm-message-state:from:to:cc\n\t"
                                             " :subject:date:message-id:reply-to")),
        ("X-Gm-Message-State", "AOJu0Y" + rs(rng, 60, B64C)),
        ("X-Google-Smtp-Source", "AGHT+I" + rs(rng, 60, B64C) + "=="),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
         % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), hexs(rng, 12), hexs(rng, 8),
            rng.randint(1, 40), rng.randint(10000, 99999), fmt_date(pacific(t)))),
    ]
    auth = auth_pass(dom, "20230601" if dom == "gmail.com" else "google", rng, frm, ip)
    return Sent(frm, host, ip, auth, ph, mid, t)


def yahoo(rng, frm, date, dom="yahoo.com", mailer="WebService/1.1.22806 YMailNorrin"):
    n = rng.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(10, 40), rng.choice(["bf2", "gq1", "ne1"]))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(10, 250))
    t = plus(date, rng.randint(1, 4))
    mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2099999999), rng.randint(1000000, 9999999),
                                         int(date.timestamp() * 1000))
    sel = "s2048" if dom == "yahoo.com" else "a2048"
    ph = [
        ("DKIM-Signature", dkim_sig(rng, dom, sel, t, "Date:From:To:Subject:References:From:Subject:Reply-To")),
        ("X-SONIC-DKIM-SIGN", dkim_sig(rng, dom, sel, t, "X-Sonic-MF:Date:From:Subject:From:Subject")),
        ("X-YMail-OSG", rs(rng, 60, B62 + "._") + "\n " + rs(rng, 70, B62 + "._")),
        ("X-Sonic-MF", "<%s>" % frm),
        ("X-Sonic-ID", _uuid(rng, False)),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.bf2.yahoo.com with HTTP; %s"
         % (n, fmt_date(utc(date)))),
    ]
    auth = auth_pass(dom, sel, rng, frm, ip)
    return Sent(frm, host, ip, auth, ph, mid, t), mailer


def outlookcom(rng, frm, date):
    region = rng.choice(["NAM10-DM6", "NAM12-BN8", "NAM11-CO1", "NAM04-SN1"])
    host = "%s-obe.outbound.protection.outlook.com" % region
    ip = "40.92.%d.%d" % (rng.randint(17, 60), rng.randint(10, 99))
    t = plus(date, rng.randint(1, 3))
    box = "%sPR%02dMB%d" % (rng.choice(["SJ0", "BY5", "CH3", "DM6", "MN2", "PH7"]), rng.randint(10, 19),
                            rng.randint(4000, 9999))
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, rs(rng, 20, "0123456789ABCDEF"), box, rng.randint(2, 19))
    ph = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b=" + rs(rng, 60, B64C)),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector9901;"
                                  " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=" +
         rs(rng, 43, B64C) + "=;\n b=" + rs(rng, 60, B64C)),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
        ("DKIM-Signature", dkim_sig(rng, frm.split("@")[1], "selector1", t,
                                    "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")),
        ("Received", "from %s (2603:10b6:a03:%s::%d) by\n %s (2603:10b6:a03:%s::%s) with Microsoft SMTP Server "
                     "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (box + ".namprd%02d.prod.outlook.com" % rng.randint(2, 19), hexs(rng, 3), rng.randint(10, 99),
            box[:3] + "PR%02dMB%d.namprd%02d.prod.outlook.com" % (rng.randint(10, 19), rng.randint(4000, 9999),
                                                                 rng.randint(2, 19)),
            hexs(rng, 3), hexs(rng, 2), rng.randint(7000, 8300), rng.randint(10, 40),
            fmt_date(utc(t)))),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Microsoft-Antispam-Mailbox-Delivery", "abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;ucf:0;jmr:0;ex:0;auth:0"),
    ]
    auth = auth_pass(frm.split("@")[1], "selector1", rng, frm, ip)
    return Sent(frm, host, ip, auth, ph, mid, t)


def exchange(rng, frm, date, tenant_dom=None):
    dom = tenant_dom or frm.split("@")[1]
    slug = dom.replace(".", "-")[:40]
    host = "mail-%s%s.outbound.protection.outlook.com" % (rng.choice(["bn8nam12", "dm6nam10", "co1nam11", "mw2nam12"]),
                                                         "on2%d" % rng.randint(100, 130))
    ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(10, 130))
    t = plus(date, rng.randint(2, 6))
    box = "%sPR%02dMB%d" % (rng.choice(["SA1", "BL1", "CY8", "IA1", "MW4", "DS7"]), rng.randint(10, 19),
                            rng.randint(1000, 9999))
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, rs(rng, 20, "0123456789ABCDEF"), box, rng.randint(2, 19))
    ph = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + rs(rng, 64, B64C)),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none"
                                       "\n header.from=%s; dkim=pass header.d=%s; arc=none" % (dom, dom, dom)),
        ("DKIM-Signature", dkim_sig(rng, dom, "selector2", t,
                                    "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")),
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:806:%s::%d)\n by %s.namprd%02d.prod.outlook.com "
                     "(2603:10b6:806:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, "
                     "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (box, rng.randint(2, 19), hexs(rng, 3), rng.randint(10, 99), box, rng.randint(2, 19), hexs(rng, 3),
            rng.randint(10, 99), rng.randint(7000, 8300), rng.randint(10, 40),
            fmt_date(utc(t)))),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", fmt_date(utc(t)).split(", ", 1)[1].replace(" +0000", "") + ".%04d (UTC)" % rng.randint(0, 9999)),
        ("X-MS-Exchange-CrossTenant-Id", _uuid(rng, False)),
    ]
    auth = auth_pass(dom, "selector2", rng, frm, ip)
    return Sent(frm, host, ip, auth, ph, mid, t)


def icloud(rng, frm, date):
    host = "p00-icloudmta-asmtp-us-%s-100-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.%s.k8s.cloud.apple.com" % (
        rng.choice(["west-1a", "west-3a", "east-1b", "central-1a"]), rng.randint(0, 19), rng.choice(["us-west-3a", "us-central-1a"]))
    outhost = "ci74p00im-qukt%d%d%d%d.me.com" % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))
    ip = "17.57.%d.%d" % (rng.randint(152, 156), rng.randint(10, 250))
    t = plus(date, rng.randint(1, 3))
    mid = "<%s@icloud.com>" % _uuid(rng)
    ph = [
        ("DKIM-Signature", dkim_sig(rng, "icloud.com", "1a1hai", t,
                                    "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From")),
        ("Received", "from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor "
                     "<RCPT>; %s" % (host[:60].rstrip("."), "17.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255),
                                                                         rng.randint(0, 255)),
                                   outhost, rs(rng, 12, "0123456789ABCDEF"), fmt_date(utc(t))
                                   + " (UTC)")),
        ("X-Proofpoint-ORIG-GUID", rs(rng, 32, B62 + "-_")),
    ]
    auth = auth_pass("icloud.com", "1a1hai", rng, frm, ip)
    return Sent(frm, outhost, ip, auth, ph, mid, t)


def comcast(rng, frm, date):
    n = rng.randint(100, 199)
    host = "resqmta-po-%02dv.sys.comcast.net" % rng.randint(1, 12)
    ip = "96.102.%d.%d" % (rng.randint(19, 25), rng.randint(10, 250))
    t = plus(date, rng.randint(1, 4))
    mid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(100000000, 999999999), rng.randint(1000, 9999),
                                              int(date.timestamp() * 1000))
    ph = [
        ("DKIM-Signature", dkim_sig(rng, "comcast.net", "20190202a", t, "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")),
        ("Received", "from oxapp-asc-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-po-%02dv.sys.comcast.net "
                     "with ESMTPA\n\tid %s; %s" % (rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 250),
                                                  rng.randint(1, 30), rs(rng, 20), fmt_date(utc(t)))),
    ]
    auth = auth_pass("comcast.net", "20190202a", rng, frm, ip)
    return Sent(frm, host, ip, auth, ph, mid, t)


def isp(rng, frm, date, host, ip, mid_host=None, dkim=True, mid=None, tls=True, sub=None):
    """A small provider or company server running Postfix/Exim/whatever."""
    dom = frm.split("@")[1]
    t = plus(date, rng.randint(1, 9))
    mid = mid or "<%s.%s@%s>" % (hexs(rng, 8), hexs(rng, 6), mid_host or dom)
    ph = []
    if dkim:
        ph.append(("DKIM-Signature", dkim_sig(rng, dom, "default", t)))
        auth = auth_pass(dom, "default", rng, frm, ip)
    else:
        auth = auth_none(rng, frm, ip, dom, spf="neutral")
    if sub:
        ph.append(("Received", sub))
    return Sent(frm, host, ip, auth, ph, mid, t, tls=tls)


def bulk(rng, env_from, date, host, ip, dkim_dom, from_dom=None, mid=None, extra=None):
    """A bulk sender / ESP / SaaS notification platform."""
    t = plus(date, rng.randint(1, 30))
    mid = mid or "<%s.%s@%s>" % (rs(rng, 22), hexs(rng, 6), dkim_dom)
    ph = [("DKIM-Signature", dkim_sig(rng, dkim_dom, rng.choice(["s1", "k1", "pm", "scph0123", "mte1"]), t))]
    if from_dom and from_dom != dkim_dom:
        ph.append(("DKIM-Signature", dkim_sig(rng, from_dom, "s2", t)))
    ph.extend(extra or [])
    auth = auth_pass(from_dom or dkim_dom, "s1", rng, env_from, ip)
    return Sent(env_from, host, ip, auth, ph, mid, t)


def shady(rng, env_from, date, host, ip, from_dom, mid=None, helo=None, spf="softfail", dmarc="fail",
          extra=None, tls=False):
    t = plus(date, rng.randint(5, 200))
    mid = mid or "<%s@%s>" % (rs(rng, 24, B62), host)
    auth = auth_none(rng, env_from, ip, from_dom, spf=spf, dmarc=dmarc)
    ph = list(extra or [])
    return Sent(env_from, host, ip, auth, ph, mid, t, helo=helo, tls=tls)


def mta(rng, host, ip, date, mid=None, env_from="", tls=True):
    """A remote MTA sending us a DSN (null sender)."""
    t = plus(date, rng.randint(1, 5))
    auth = "dkim=none;\n\tspf=none smtp.helo=%s;\n\tdmarc=none" % host
    mid = mid or "<%s.%s@%s>" % (int(date.timestamp()), hexs(rng, 6), host)
    return Sent(env_from, host, ip, auth, [], mid, t, tls=tls)


def internal(rng, env_from, date, host, ip, mid=None):
    """One of our own servers (web form relay, phone system, ticketing) handing mail to mx1."""
    t = plus(date, rng.randint(0, 3))
    auth = "dkim=none (internal);\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none" % env_from
    mid = mid or "<%s.%s@%s>" % (int(date.timestamp()), hexs(rng, 10), host)
    return Sent(env_from, host, ip, auth, [], mid, t, tls=False)


def assemble(rng, mailbox, sent, client_headers, part, mx=None, ct_first=False):
    our = inbound(rng, mailbox, sent.env_from, sent.host, sent.ip, sent.arrive, sent.auth, tls=sent.tls, mx=mx,
                  client_helo=sent.helo)
    rcpt = "<%s>" % MAILBOX_ADDR[mailbox]
    hdrs = our + [(k, v.replace("<RCPT>", rcpt)) for k, v in sent.provider_headers]
    if ct_first and part is not None:
        ch = part.headers()
        hdrs += ch
        hdrs += client_headers
        return render(hdrs, _Headless(part))
    hdrs += client_headers
    return render(hdrs, part)


class _Headless:
    def __init__(self, p):
        self.p = p

    def headers(self):
        return []

    def render_body(self):
        return self.p.render_body()
