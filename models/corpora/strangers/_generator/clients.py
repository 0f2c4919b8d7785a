"""What each sending program and provider puts in the header, and how it shapes the body.

A profile returns: hop (helo, reverse DNS, IP of the last outside server), auth (DKIM domain, SPF, DMARC),
pre (the sender side's own trace/signature lines), msgid, order (of the sender's header fields), extra fields,
the default zone, MIME layout, charset, transfer encoding and HTML flavour.
"""
import base64
import hashlib

from mime import NL, HEXU, HEXL, AN, B64A, rnd, rfc_date


def sig(r, d, s, fields, body, t=None):
    bh = base64.b64encode(hashlib.sha256(body).digest()).decode()
    head = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;%s s=%s;%s" % (
        d, NL, s, "" if t is None else " t=%d;" % t)
    b = rnd(r, 342, B64A) + "=="
    lines = [head, " h=%s;" % fields, " bh=%s;" % bh]
    lines += [" b=" + b[:70]] + ["\t" + b[i:i + 72] for i in range(70, len(b), 72)]
    return NL.join(lines)


def epoch(t):
    import datetime as dt
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def gmail(c, s, r):
    dom = c.dom
    n = r.randint(10, 240)
    host = "mail-%s-f%d.google.com" % (r.choice(["qt1", "yb1", "pj1", "oo1", "ed1", "wr1", "lf1"]), n)
    ip = "209.85.%d.%d" % (r.choice([128, 160, 161, 167, 208, 214, 219, 221]), n)
    pre = ["Received: by %s with SMTP id %s-%s%s        for <%s>; %s" % (
        host, rnd(r, 6, HEXL), rnd(r, 14, HEXL), NL, c.box, rfc_date(c.t, "pacific", True)),
        sig(r, dom, "20230601" if dom == "gmail.com" else "google",
            "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
            c.body, epoch(c.t)),
        "X-Gm-Message-State: AOJu0Y" + rnd(r, 58, B64A),
        "X-Google-Smtp-Source: AGHT+I" + rnd(r, 56, B64A) + "==",
        "X-Received: by 2002:a05:%d:%s with SMTP id %s;%s        %s" % (
            r.randint(6000, 6999), rnd(r, 4, HEXL), rnd(r, 30, "abcdefghijklmnopqrstuvwxyz0123456789"), NL,
            rfc_date(c.t, "pacific", True))]
    mid = "<CA%s%s@mail.gmail.com>" % (r.choice("ADHKLMNOP"), rnd(r, 46, AN + "-_+="))
    return dict(hop=(host, host, ip), dk=dom, pre=pre, msgid=mid, fmt="alt", cs="UTF-8", cte=None, html="gmail",
                order=["MIME-Version", "References", "In-Reply-To", "Reply-To", "From", "Date", "Message-ID",
                       "Subject", "To", "Cc", "@CT"],
                extra={}, zone="central", boundary="000000000000" + rnd(r, 16, HEXL), mimev="1.0")


def workspace(c, s, r):
    p = gmail(c, s, r)
    p["extra"] = {"X-Mailer": s["mailer"]} if s.get("mailer") else {}
    if s.get("mailer"):
        p["order"].insert(-1, "X-Mailer")
    return p


def outlook(c, s, r, consumer=False):
    srv = "%s%02dMB%04d" % (r.choice(["BN8PR", "CH3PR", "DM4PR", "SJ0PR", "MW4PR", "PH7PR", "LV3PR"]),
                            r.randint(1, 19), r.randint(1000, 9999))
    reg = r.choice(["namprd04", "namprd06", "namprd11", "namprd15", "namprd17"])
    if consumer:
        ip = "40.92.%d.%d" % (r.randint(18, 60), r.randint(10, 250))
        rd = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (r.choice(["co1", "dm6", "bn7"]),
                                                                           r.randint(2, 12), r.randint(10, 99))
    else:
        ip = "40.107.%d.%d" % (r.randint(90, 240), r.randint(10, 250))
        rd = "mail-%snam%02don20%02d.outbound.protection.outlook.com" % (r.choice(["co1", "dm6", "bn7", "mw2"]),
                                                                         r.randint(2, 12), r.randint(10, 99))
    helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["CO1", "DM6", "BN7", "MW2"]))
    t = rfc_date(c.t, "utc")
    pre = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + NL + " b=" + rnd(r, 70, B64A),
           sig(r, c.dom if not consumer else "outlook.com" if c.dom in ("hotmail.com", "live.com", "msn.com") else c.dom,
               "selector1" if consumer else "selector2", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", c.body),
           "Received: from %s.%s.prod.outlook.com ([fe80::%s:%s:%s:%s]) by%s %s.%s.prod.outlook.com"
           " ([fe80::%s:%s%%%d]) with mapi id 15.20.%d.%d; %s" % (
               srv, reg, rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), NL, srv, reg,
               rnd(r, 4, HEXL), rnd(r, 4, HEXL), r.randint(3, 7), r.randint(8600, 9300), r.randint(10, 40), t)]
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, rnd(r, 26, HEXU), srv, reg)
    topic = s["subject"]
    for pfx in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: ", "RV: "):
        if topic.startswith(pfx):
            topic = topic[len(pfx):]
    extra = {"Thread-Topic": topic, "Thread-Index": "AQH" + rnd(r, 30, B64A),
             "Accept-Language": s.get("accept_lang", "en-US"), "Content-Language": s.get("content_lang", "en-US"),
             "X-MS-Has-Attach": "yes" if s.get("attach") else "", "X-MS-TNEF-Correlator": "",
             "x-ms-publictraffictype": "Email"}
    if consumer:
        extra["x-tmn"] = "[%s]" % rnd(r, 32, AN)
    return dict(hop=(helo, rd, ip), dk=c.dom, pre=pre, msgid=mid, fmt="alt", cs="us-ascii", cte="quoted-printable",
                html="outlook", order=["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index",
                                       "Date", "Message-ID", "References", "In-Reply-To", "Accept-Language",
                                       "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "x-tmn",
                                       "x-ms-publictraffictype", "@CT", "MIME-Version"],
                extra=extra, zone="utc", boundary="_000_%s%s%sprodoutlookcom_" % (srv, rnd(r, 20, HEXU), reg),
                mimev="1.0")


def o365(c, s, r):
    return outlook(c, s, r)


def outlookcom(c, s, r):
    return outlook(c, s, r, consumer=True)


def yahoo(c, s, r):
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(10, 60), r.choice(["ne1", "bf2", "gq1"]))
    ip = "66.163.%d.%d" % (r.randint(184, 191), r.randint(10, 250))
    pre = [sig(r, c.dom, "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To", c.body, epoch(c.t)),
           "X-YMail-OSG: " + rnd(r, 66, AN + "._") + NL + " " + rnd(r, 70, AN + "._"),
           "X-Sonic-MF: <%s>" % c.frm,
           "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(c.t, "utc"))]
    mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9 - 1), r.randint(10 ** 6, 10 ** 7 - 1),
                                        epoch(c.t) * 1000 + r.randint(0, 999))
    ym = "WebService/1.1.%d %s" % (r.choice([24562, 24652, 24866]), "AolMailNorrin" if c.dom == "aol.com" else "YMailNorrin")
    return dict(hop=(host, host, ip), dk=c.dom, pre=pre, msgid=mid, fmt="alt", cs="UTF-8", cte="7bit", html="yahoo",
                order=["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                       "MIME-Version", "@CT", "X-Mailer"],
                extra={"X-Mailer": ym}, zone="central",
                boundary="----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                                  epoch(c.t) * 1000 + r.randint(0, 999)), mimev="1.0")


def apple(c, s, r, phone=False):
    if c.dom in ("icloud.com", "me.com", "mac.com"):
        host = "st43p00im-ztdg%08d.me.com" % r.randint(10 ** 7, 2 * 10 ** 7)
        ip = "17.58.%d.%d" % (r.randint(0, 90), r.randint(10, 250))
        own = "Received: from smtpclient.apple (unknown [%s])%s\tby %s (Postfix) with ESMTPSA id %s; %s" % (
            "172.%d.%d.%d" % (r.randint(56, 58), r.randint(0, 255), r.randint(1, 250)), NL, host,
            rnd(r, 11, HEXU), rfc_date(c.t, "utc"))
        dk = "icloud.com"
    else:
        host = s.get("smtp_host", "smtp." + c.dom)
        ip = s.get("smtp_ip", "69.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 250)))
        own = "Received: from smtpclient.apple ([%s])%s\tby %s with ESMTPSA id %s; %s" % (
            "73.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 250)), NL, host, rnd(r, 12, AN),
            rfc_date(c.t, "central"))
        dk = c.dom
    pre = [sig(r, dk, "1a1hai" if dk == "icloud.com" else "default",
               "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To", c.body, epoch(c.t)), own]
    uid = "-".join(rnd(r, n, HEXU) for n in (8, 4, 4, 4, 12))
    if phone:
        mailer = "iPhone Mail (%s)" % r.choice(["22F76", "22G86", "23A341", "23B85"])
        order = ["Content-Type", "@CTE", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "References",
                 "In-Reply-To", "From", "Reply-To", "To", "X-Mailer"]
        mv = "1.0 (1.0)"
    else:
        v = r.choice(["3826.600.51.1.1", "3864.100.1.1.5"])
        mailer = "Apple Mail (2.%s)" % v
        mv = "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % v
        order = ["Content-Type", "Mime-Version", "Subject", "From", "Reply-To", "In-Reply-To", "Date", "Cc",
                 "@CTE", "Message-Id", "References", "To", "X-Mailer"]
    return dict(hop=(host, host, ip), dk=dk, pre=pre, msgid="<%s@%s>" % (uid, c.dom), fmt="plain",
                cs="utf-8", cte="quoted-printable" if phone else "7bit", html="plain", order=order,
                extra={"X-Mailer": mailer}, zone="central", quoted_cs=False, mimev=mv,
                boundary="Apple-Mail-" + uid)


def iphone(c, s, r):
    return apple(c, s, r, phone=True)


def applemail(c, s, r):
    return apple(c, s, r)


def _isp(c, s, r, ua_name, ua, msgid_host=None, html="plain", fmt="plain", cs="utf-8", boundary=None, order=None):
    host = s.get("smtp_host", r.choice(["smtp", "mail", "outbound", "smtp-out"]) + "." + c.dom.split("@")[-1])
    ip = s.get("smtp_ip", "%d.%d.%d.%d" % (r.choice([24, 50, 64, 67, 68, 71, 96, 173, 184]), r.randint(0, 255),
                                           r.randint(0, 255), r.randint(1, 250)))
    home = (r.randint(24, 98), r.randint(0, 255), r.randint(0, 255), r.randint(1, 250))
    pre = [sig(r, c.dom, r.choice(["mail", "default", "dkim", "s1"]), "from:to:subject:date:message-id", c.body,
               epoch(c.t)),
           "Received: from [192.168.%d.%d] (%s [%s])%s\tby %s with ESMTPSA id %s%s\tfor <%s>; %s" % (
               r.randint(0, 2), r.randint(2, 250), "c-%s.hsd1.ia.comcast.net" % "-".join(map(str, home)),
               ".".join(map(str, home)), NL, host, rnd(r, 12, AN), NL, c.box, rfc_date(c.t, s.get("tz", "central")))]
    mid = "<%s.%s@%s>" % (rnd(r, 12, HEXL), rnd(r, 6, HEXL), msgid_host or c.dom)
    return dict(hop=(host, host, ip), dk=c.dom, pre=pre, msgid=mid, fmt=fmt, cs=cs, cte=None, html=html,
                order=order or ["Message-ID", "Date", "MIME-Version", ua_name, "Subject", "To", "Cc", "References",
                                "In-Reply-To", "From", "Reply-To", "@CT"],
                extra={ua_name: ua} if ua else {}, zone=s.get("tz", "central"),
                boundary=boundary or "------------" + rnd(r, 24, AN), mimev="1.0")


def thunderbird(c, s, r):
    v = r.choice(["128.11.0", "140.3.0", "115.18.0"])
    p = _isp(c, s, r, "User-Agent", "Mozilla Thunderbird %s" % v if r.random() < 0.5 else
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Thunderbird/%s" % (v.rsplit(".", 1)[0], v))
    p["flowed"] = True
    return p


def roundcube(c, s, r):
    return _isp(c, s, r, "User-Agent", "Roundcube Webmail/1.6.%d" % r.randint(5, 11), fmt="plain",
                boundary="=_" + rnd(r, 32, HEXL),
                order=["MIME-Version", "Date", "From", "To", "Subject", "Reply-To", "In-Reply-To", "References",
                       "User-Agent", "Message-ID", "X-Sender", "@CT"])


def xfinity(c, s, r):
    p = _isp(c, s, r, "X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(40, 70),
             msgid_host="connect.xfinity.com", fmt="alt", html="plain",
             boundary="----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13)),
             order=["Date", "From", "To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
                    "@CT", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"])
    p["extra"].update({"X-Priority": "3", "Importance": "Normal", "X-Originating-Client": "open-xchange-appsuite"})
    p["hop"] = ("resomta-h2p-%d.sys.comcast.net" % r.randint(500000, 599999),) * 2 + (
        "96.102.%d.%d" % (r.randint(0, 255), r.randint(1, 250)),)
    p["dk"] = "comcast.net"
    return p


def outlookpc(c, s, r):
    """Classic Outlook on a PC, sending through a small company's hosted mail server."""
    p = _isp(c, s, r, "X-Mailer", "Microsoft Outlook 16.0", fmt="alt", html="outlook", cs="us-ascii",
             boundary="----=_NextPart_000_%04X_01DC%s.%s" % (r.randint(0, 65535), rnd(r, 4, HEXU), rnd(r, 8, HEXU)),
             order=["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                    "MIME-Version", "@CT", "X-Mailer", "Thread-Index", "Content-Language"])
    p["extra"].update({"Thread-Index": "AQ" + rnd(r, 30, B64A), "Content-Language": s.get("content_lang", "en-us")})
    p["msgid"] = "<%s$%s$%s@%s>" % ("000" + rnd(r, 1, "0123456789") + "01dc" + rnd(r, 4, HEXL),
                                    rnd(r, 8, HEXL), rnd(r, 8, HEXL), c.dom)
    p["cte"] = "quoted-printable"
    return p


def samsung(c, s, r):
    p = _isp(c, s, r, None, None, fmt="alt", html="samsung", cs="UTF-8",
             boundary="--_com.samsung.android.email_%d%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6)),
             order=["Date", "Subject", "In-Reply-To", "References", "Importance", "From", "To", "Reply-To",
                    "Message-ID", "MIME-Version", "@CT"])
    p["extra"] = {"Importance": "normal"}
    p["msgid"] = "<%s.%s@email.android.com>" % (rnd(r, 16, AN), rnd(r, 6, "0123456789"))
    p["cte"] = "base64"
    return p


def zoho(c, s, r):
    ip = "136.143.%d.%d" % (r.randint(184, 191), r.randint(10, 250))
    host = "sender4-op-o%d.zoho.com" % r.randint(10, 99)
    pre = [sig(r, c.dom, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:"
               "MIME-Version:Content-Type:Reply-To", c.body, epoch(c.t)),
           "Received: from mail.zoho.com by mx.zohomail.com%s\twith SMTP id %d%s; %s" % (
               NL, epoch(c.t) * 1000 + r.randint(0, 999), rnd(r, 20, "0123456789"), rfc_date(c.t, "-0800"))]
    return dict(hop=(host, host, ip), dk=c.dom, pre=pre,
                msgid="<%s.%s.%s@zoho.com>" % (rnd(r, 12, HEXL), rnd(r, 8, HEXL), rnd(r, 16, HEXL)),
                fmt="alt", cs="UTF-8", cte="quoted-printable", html="plain",
                order=["Date", "From", "Reply-To", "To", "Message-Id", "In-Reply-To", "Subject", "MIME-Version",
                       "@CT", "Importance", "User-Agent"],
                extra={"Importance": "Medium", "User-Agent": "Zoho Mail"}, zone="+0530" if s.get("india") else "central",
                boundary="----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9),
                                                  epoch(c.t) * 1000), mimev="1.0")


def bulk(c, s, r, kind):
    """E-mail service providers and vendors' own application servers."""
    sd = s.get("esp_dom", c.dom)
    extra, order = {}, ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "@CT"]
    pre = []
    if kind == "sendgrid":
        ip = "149.72.%d.%d" % (r.randint(0, 255), r.randint(1, 250))
        host = "o%d.ptr%d.%s" % (r.randint(1, 40), r.randint(1000, 9999), sd)
        mid = "<%s@geopod-ismtpd-%d>" % (rnd(r, 22, AN + "_-"), r.randint(1, 40))
        extra["X-SG-EID"] = rnd(r, 60, B64A)
        extra["X-Entity-ID"] = "u001." + rnd(r, 22, AN)
        env = "bounces+%d-%s-%s=%s@em%d.%s" % (r.randint(10 ** 7, 10 ** 8), rnd(r, 4, HEXL),
                                               c.box.split("@")[0], OURS_D, r.randint(100, 9999), sd)
        dks = [(sd, "s1"), ("sendgrid.info", "smtpapi")]
    elif kind == "mailchimp":
        ip = "198.2.%d.%d" % (r.randint(128, 191), r.randint(1, 250))
        host = "mail%d.suw%d.mcdlv.net" % (r.randint(100, 199), r.randint(10, 21))
        mid = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (rnd(r, 20, HEXL), rnd(r, 8, HEXL), r.randint(100, 199), r.randint(10, 21))
        extra["X-MC-User"] = rnd(r, 25, HEXL)
        extra["X-Feedback-ID"] = "%d:%d.%d:us%d:mc" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7),
                                                         r.randint(10 ** 5, 10 ** 6), r.randint(1, 21))
        env = "bounce-mc.us%d_%d.%d-%s=%s@mail%d.suw%d.mcdlv.net" % (
            r.randint(1, 21), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), c.box.split("@")[0],
            OURS_D, r.randint(100, 199), r.randint(10, 21))
        dks = [(sd, "k1"), ("mcdlv.net", "k3")]
    elif kind == "hubspot":
        ip = "143.244.%d.%d" % (r.randint(80, 95), r.randint(10, 250))
        host = "%d.%s.hubspotemail.net" % (r.randint(1, 99), rnd(r, 4, "abcdefghijklmnopqrstuvwxyz"))
        mid = "<%d.%d@%s>" % (epoch(c.t) * 1000 + r.randint(0, 999), r.randint(10 ** 6, 10 ** 7), sd)
        extra["X-HS-Cid"] = rnd(r, 40, AN)
        env = "%d-%s@bf%02d.hubspotemail.net" % (r.randint(10 ** 6, 10 ** 8), rnd(r, 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                 r.randint(1, 99))
        dks = [(sd, "hs1"), ("hubspotemail.net", "hs2")]
    elif kind == "ses":
        ip = "54.240.%d.%d" % (r.randint(0, 100), r.randint(1, 250))
        host = "a%d-%d.smtp-out.amazonses.com" % (r.randint(8, 54), r.randint(1, 250))
        mid = "<%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            "0100019" + rnd(r, 9, HEXL), rnd(r, 8, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL),
            rnd(r, 12, HEXL))
        extra["Feedback-ID"] = "::1.us-east-1.%s=:AmazonSES" % rnd(r, 43, AN)
        extra["X-SES-Outgoing"] = "2026.%02d.%02d-%s" % (c.t.month, c.t.day, ip)
        env = "0100019%s-%s-000000@amazonses.com" % (rnd(r, 9, HEXL), rnd(r, 8, HEXL))
        dks = [(sd, "ses1"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")]
    else:                      # the vendor's own server
        ip = s.get("smtp_ip", "%d.%d.%d.%d" % (r.choice([12, 63, 66, 104, 162, 199, 208]), r.randint(0, 255),
                                               r.randint(0, 255), r.randint(2, 250)))
        host = s.get("smtp_host", r.choice(["mail", "smtp", "relay", "notify", "mta2"]) + "." + sd)
        app = "%s%02d.%s" % (r.choice(["app", "web", "batch", "jobs"]), r.randint(1, 12), sd)
        mid = "<%s.%s@%s>" % (rnd(r, 16, "0123456789"), rnd(r, 8, HEXL), app)
        pre.append("Received: from %s (%s [10.%d.%d.%d])%s\tby %s (Postfix) with ESMTP id %s%s\tfor <%s>; %s" % (
            app, app, r.randint(0, 40), r.randint(0, 255), r.randint(2, 250), NL, host, rnd(r, 10, HEXU), NL,
            c.box, rfc_date(c.t, s.get("tz", "central"))))
        env = s.get("envelope") or c.frm
        dks = [(sd, "mail")]
        if s.get("mailer"):
            extra["X-Mailer"] = s["mailer"]
    for d, sel in reversed(dks):
        pre.insert(0, sig(r, d, sel, "from:to:subject:date:message-id:mime-version:content-type", c.body, epoch(c.t)))
    order += [k for k in extra if k not in order]
    return dict(hop=(host, host, ip), dk=sd, pre=pre, msgid=mid, fmt="alt", cs="utf-8", cte="quoted-printable",
                html="plain", order=order, extra=extra, zone=s.get("tz", "central"), env=env,
                boundary=r.choice(["b1_", "----=_NextPart_", "_----", "=_mimepart_"]) + rnd(r, 26, AN), mimev="1.0")


OURS_D = "alliant-energy.com"


def sendgrid(c, s, r):
    return bulk(c, s, r, "sendgrid")


def mailchimp(c, s, r):
    return bulk(c, s, r, "mailchimp")


def hubspot(c, s, r):
    return bulk(c, s, r, "hubspot")


def ses(c, s, r):
    return bulk(c, s, r, "ses")


def vendor(c, s, r):
    return bulk(c, s, r, "vendor")


def phish(c, s, r):
    ip = s.get("smtp_ip", "%d.%d.%d.%d" % (r.choice([45, 91, 103, 138, 154, 185, 193, 196]), r.randint(0, 255),
                                           r.randint(0, 255), r.randint(2, 250)))
    host = s.get("smtp_host", "%s%d.%s" % (r.choice(["vps", "srv", "host", "cpanel"]), r.randint(100, 99999),
                                           r.choice(["hostingvps.ru", "cloudvps-br.net", "servermx.top",
                                                     "myhost-ng.com", "dedi-pro.xyz"])))
    pre = ["Received: from [127.0.0.1] (localhost [127.0.0.1])%s\tby %s with ESMTPA id %s%s\tfor <%s>; %s" % (
        NL, host, rnd(r, 10, AN), NL, c.box, rfc_date(c.t, s.get("tz", "+0300")))]
    extra = {}
    if s.get("mailer", "php") == "php":
        extra["X-Mailer"] = "PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)" % (r.randint(6, 9), r.randint(0, 3))
    elif s.get("mailer"):
        extra["X-Mailer"] = s["mailer"]
    return dict(hop=(s.get("helo", host), host, ip), dk=None, spf=s.get("spf", "softfail"), dmarc=s.get("dmarc", "fail"),
                pre=pre, msgid="<%s@%s>" % (rnd(r, 32, HEXL), host), fmt="html", cs="utf-8", cte="base64",
                html="plain", order=["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer",
                                     "MIME-Version", "@CT"],
                extra=extra, zone=s.get("tz", "+0300"), env=s.get("envelope"), boundary="b1_" + rnd(r, 32, AN),
                mimev="1.0")


PROFILES = {k: v for k, v in globals().items() if k in (
    "gmail", "workspace", "o365", "outlookcom", "yahoo", "iphone", "applemail", "thunderbird", "roundcube", "xfinity",
    "outlookpc", "samsung", "zoho", "sendgrid", "mailchimp", "hubspot", "ses", "vendor", "phish")}

NAMES = {"gmail": "gmail-web", "workspace": "google-workspace", "o365": "outlook-365", "outlookcom": "outlook.com",
         "yahoo": "yahoo-web", "iphone": "iphone-mail", "applemail": "apple-mail", "thunderbird": "thunderbird",
         "roundcube": "roundcube", "xfinity": "xfinity-openxchange", "outlookpc": "outlook-desktop",
         "samsung": "samsung-email", "zoho": "zoho-mail", "sendgrid": "sendgrid", "mailchimp": "mailchimp",
         "hubspot": "hubspot", "ses": "amazon-ses", "vendor": "vendor-mta", "phish": "phishing-kit"}
