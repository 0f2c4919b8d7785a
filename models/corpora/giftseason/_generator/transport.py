"""Sending-provider headers and our own receiving chain (mx1/mx2 -> mbx01), all deterministic."""
import datetime
import hashlib
import random

from mime import fake_b64, fake_hex

UTC = datetime.timezone.utc
CST = datetime.timezone(datetime.timedelta(hours=-6))
PST = datetime.timezone(datetime.timedelta(hours=-8))

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rng_for(key):
    return random.Random(int(hashlib.sha256(("giftseason:" + key).encode()).hexdigest()[:16], 16))


def fmt(d, style="rfc"):
    """RFC 5322 date in the datetime's own zone."""
    s = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")
    if style == "rfc":
        return s
    if style == "paren":
        name = {-6: "CST", -8: "PST", 0: "UTC", -5: "EST", -7: "MST"}.get(int(d.utcoffset().total_seconds() // 3600),
                                                                          None)
        return s + (" (%s)" % name if name else "")
    raise ValueError(style)


def fmt_short(d):
    """Date without zero padding of the day, as some MTAs write it."""
    return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")


def queue_id(r, n=12):
    return "4" + "".join(r.choice(B52) for _ in range(n))


def our_chain(r, mailbox_addr, envelope, conn_host, conn_helo, conn_ip, t_arrive, auth, tls=True, mx=None,
              spam=None):
    """Headers added on our side, top first: Return-Path, Delivered-To, Received (mbx01),
    Authentication-Results (mx), Received (mx)."""
    mx = mx or r.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}[mx]
    t_mx = t_arrive.astimezone(CST)
    t_mbx = t_mx + datetime.timedelta(seconds=r.randint(0, 2))
    q1, q2 = queue_id(r), queue_id(r)
    hdr = []
    hdr.append(("Return-Path", "<%s>" % envelope))
    hdr.append(("Delivered-To", mailbox_addr))
    hdr.append(("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com "
                            "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (mx, mx, mxip, q2, mailbox_addr,
                                                                            fmt(t_mbx, "paren"))))
    if spam is not None:
        hdr.append(("X-Spam-Status", spam))
    hdr.append(("Authentication-Results", "%s.alliant-energy.com;\n\t%s" % (mx, auth)))
    if tls:
        tls_txt = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 "
                   "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)")
        proto = "ESMTPS"
    else:
        tls_txt = ""
        proto = "ESMTP"
    helo_part = conn_host if conn_helo == conn_host else "%s" % conn_helo
    hdr.append(("Received", "from %s (%s [%s])%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
                % (helo_part, conn_host, conn_ip, tls_txt, mx, proto, q1, mailbox_addr, fmt(t_mx, "paren"))))
    return hdr


def auth_line(mx_unused, dkim_d=None, dkim_s=None, dkim_b=None, spf="pass", mailfrom=None, ip=None,
              dmarc="pass", dmarc_policy="p=NONE sp=NONE dis=NONE", from_domain=None, dkim_result="pass",
              arc=None):
    parts = []
    if dkim_d:
        parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=%s header.b=\"%s\"" % (dkim_result, dkim_d, dkim_d, dkim_s, dkim_b[:8]))
    else:
        parts.append("dkim=none")
    if mailfrom:
        dom = mailfrom.split("@")[-1]
        if spf == "pass":
            parts.append("spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) "
                         "smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
        elif spf == "none":
            parts.append("spf=none (mx.alliant-energy.com: %s does not designate permitted sender hosts) "
                         "smtp.mailfrom=%s" % (dom, mailfrom))
        else:
            parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    else:
        parts.append("spf=pass (mx.alliant-energy.com: postmaster@%s designates %s as permitted sender) "
                     "smtp.helo=%s" % (ip and "helo" or "", ip, "helo"))
    if from_domain:
        if dmarc == "pass":
            parts.append("dmarc=pass (%s) header.from=%s" % (dmarc_policy, from_domain))
        else:
            parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, dmarc_policy, from_domain))
    if arc:
        parts.append(arc)
    return ";\n\t".join(parts)


def dkim_sig(seed, d, s, h, t=None, extra=""):
    b = fake_b64(seed + "b", 344)
    bh = fake_b64(seed + "bh", 43) + "="
    tt = "t=%d; " % int(t.timestamp()) if t is not None else ""
    val = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; %s%sh=%s;\n\tbh=%s;\n\tb=%s" % (
        d, s, tt, extra, h, bh, "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70)))
    return val, b


# ----------------------------------------------------------------------------------------------
# providers: each returns dict(top=[headers placed right after our chain], tail=[headers after the
# client's own headers], envelope, conn_host, conn_ip, auth, t_arrive)

def prov_google(r, key, from_addr, t_sent, smtp_client=False):
    dom = from_addr.split("@")[1]
    n = r.randint(1, 250)
    hostkind = r.choice(["pj1-f", "pl1-f", "qt1-f", "oi1-f", "yb1-f", "ej1-f", "vk1-f", "il1-f"])
    ipb = r.choice([166, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 182, 216, 208,
                    219, 222, 128, 161, 160, 210, 215])
    host = "mail-%s%d.google.com" % (hostkind, ipb)
    ip = "209.85.%d.%d" % (ipb, ipb)
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 4))
    sig, b = dkim_sig(key, dom, "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc\n\t :subject"
                                            ":date:message-id:reply-to", t_arr,
                      extra="x=%d; darn=alliant-energy.com; " % (int(t_arr.timestamp()) + 604800))
    top = [("DKIM-Signature", sig)]
    xsig, _ = dkim_sig(key + "x", "1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from"
                                                          "\n\t :mime-version:x-gm-message-state:from:to:cc"
                                                          ":subject:date\n\t :message-id:reply-to", t_arr,
                       extra="x=%d; " % (int(t_arr.timestamp()) + 604800))
    top.append(("X-Google-DKIM-Signature", xsig))
    top.append(("X-Gm-Message-State", fake_b64(key + "gms", 50) + "\n\t" + fake_b64(key + "gms2", 40) + "=="))
    top.append(("X-Gm-Gg", fake_b64(key + "ggg", 70) + "\n\t" + fake_b64(key + "ggg2", 64) + "="))
    top.append(("X-Google-Smtp-Source", "AGHT+I" + fake_b64(key + "gss", 66) + "=="))
    xr_id = "%s-%s%s" % (fake_hex(key + "a", 13), fake_hex(key + "b", 11), r.choice(["mr", "mr", "ls"]))
    top.append(("X-Received", "by 2002:a%02d:%s:b0:%s:%s:%s with SMTP id %s%d%s.%d.%d;\n        %s" % (
        r.choice([5, 17, 19, 25, 50, 63]), fake_hex(key + "c", 4), fake_hex(key + "d", 3), fake_hex(key + "e", 4),
        fake_hex(key + "f", 4), xr_id, r.randint(100000, 9999999), r.choice(["qvb", "plf", "wrb", "ejc", "ybf"]),
        r.randint(2, 300), int(t_arr.timestamp() * 1000), fmt(t_arr.astimezone(PST), "paren"))))
    if smtp_client:
        lip = "192.168.%d.%d" % (r.randint(0, 1), r.randint(2, 250))
        pub = "%d.%d.%d.%d" % (r.choice([73, 24, 68, 71, 98, 174, 50]), r.randint(1, 254), r.randint(1, 254),
                               r.randint(1, 254))
        top.append(("Received", "from [%s] (%s-%s.res.example-isp.net. [%s])\n        by smtp.gmail.com with ESMTPSA id "
                                "%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 "
                                "bits=128/128);\n        %s" % (
                                    lip, pub.split(".")[0], pub.replace(".", "-"), pub, fake_hex(key + "s", 32),
                                    r.randint(2000, 2999), r.randint(2000000, 9999999), r.randint(0, 99), "@",
                                    fmt(t_sent.astimezone(PST), "paren"))))
        # fix the 'for' address placeholder below
        top[-1] = ("Received", top[-1][1].replace("for <@>", "for <%s>" % "{rcpt}"))
    auth = auth_line(None, dkim_d=dom, dkim_s="20230601", dkim_b=b, mailfrom=from_addr, ip=ip,
                     dmarc_policy="p=NONE sp=QUARANTINE dis=NONE", from_domain=dom)
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def prov_yahoo(r, key, from_addr, t_sent, smtp_client=False):
    dom = from_addr.split("@")[1]
    dkd = {"yahoo.com": "yahoo.com", "aol.com": "aol.com", "att.net": "att.net", "sbcglobal.net": "sbcglobal.net",
           "ymail.com": "ymail.com"}[dom]
    site = r.choice(["ne1", "bf2", "gq1"])
    num = r.randint(300, 330)
    sub = r.randint(1, 30)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (num, sub, site)
    ip = {"ne1": "66.163.%d.%d", "bf2": "74.6.%d.%d", "gq1": "98.137.%d.%d"}[site] % (r.randint(128, 191),
                                                                                    r.randint(10, 250))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    sig, b = dkim_sig(key, dkd, "s2048" if dkd != "att.net" else "s1024",
                      "Date:From:To:Subject:References:From:Subject:Reply-To", t_arr)
    top = [("DKIM-Signature", sig)]
    ssig, _ = dkim_sig(key + "sonic", "yahoo.com", "s2048", "Date:From:To:Subject:From:Subject", t_arr)
    top.append(("X-SONIC-DKIM-SIGN", ssig))
    osg = fake_b64(key + "osg", 60 * 6)
    top.append(("X-YMail-OSG", "\n ".join([osg[i:i + 60] for i in range(0, len(osg), 60)])))
    top.append(("X-Sonic-MF", "<%s>" % from_addr))
    sid = fake_hex(key + "sid", 32)
    top.append(("X-Sonic-ID", "%s-%s-%s-%s-%s" % (sid[:8], sid[8:12], sid[12:16], sid[16:20], sid[20:32])))
    if smtp_client:
        top.append(("Received", "by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n"
                                "          %s" % (site, fake_hex(key + "h1", 10), fake_hex(key + "h2", 5),
                                                   fake_hex(key + "h3", 32), fmt(t_sent.astimezone(UTC)))))
    else:
        top.append(("Received", "from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s" % (
            site, host, fmt(t_sent.astimezone(UTC)))))
    auth = auth_line(None, dkim_d=dkd, dkim_s="s2048" if dkd != "att.net" else "s1024", dkim_b=b,
                     mailfrom=from_addr, ip=ip, dmarc_policy="p=REJECT sp=REJECT dis=NONE", from_domain=dom)
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def ms_ids(r, key):
    pods = ["SJ0PR19MB", "CH3PR11MB", "BY5PR17MB", "DM6PR02MB", "MW4PR19MB", "PH7PR14MB", "IA1PR19MB", "LV3PR12MB"]
    pod = r.choice(pods) + "%04d" % r.randint(1000, 9999)
    return pod + ".namprd%s.prod.outlook.com" % pod[5:7], pod


def prov_microsoft(r, key, from_addr, t_sent, business=False):
    dom = from_addr.split("@")[1]
    fqdn, pod = ms_ids(r, key)
    fqdn2, pod2 = ms_ids(r, key + "2")
    if business:
        region = r.choice(["NAM10-DM6-obe", "NAM11-BN8-obe", "NAM12-MW2-obe", "NAM04-SN1-obe"])
        host = "mail-%s%d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + "nam" +
                                                               region[3:5] + "on", r.randint(2040, 2130))
        ip = "40.107.%d.%d" % (r.randint(200, 240), r.randint(10, 130))
        helo = "%s.outbound.protection.outlook.com" % region
    else:
        region = r.choice(["NAM12-MW2-obe", "NAM11-CO1-obe", "NAM10-BN7-obe", "NAM02-SN1-obe"])
        host = "mail-%solkn20%02d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + "nam" +
                                                                     region[3:5], r.randint(10, 99))
        ip = "40.92.%d.%d" % (r.randint(16, 60), r.randint(10, 99))
        helo = "%s.outbound.protection.outlook.com" % region
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    arc_b = fake_b64(key + "arcb", 300)
    top = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
            "\n ".join(arc_b[i:i + 72] for i in range(0, len(arc_b), 72)))]
    arcm = fake_b64(key + "arcm", 300)
    top.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;"
                                         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-"
                                         "AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-"
                                         "Exchange-AntiSpam-MessageData-1;\n bh=" + fake_b64(key + "abh", 43) +
                "=;\n b=" + "\n ".join(arcm[i:i + 72] for i in range(0, len(arcm), 72))))
    if business:
        top.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"))
        sel = "selector1"
        h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        sig, b = dkim_sig(key, dom, sel, h)
        sig = sig.replace("d=%s" % dom, "d=%s" % dom)
    else:
        top.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"))
        h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        sig, b = dkim_sig(key, dom, "selector1", h)
    top.append(("DKIM-Signature", sig))
    tms = t_sent.astimezone(UTC)
    top.append(("Received", "from %s (2603:10b6:%x:%x::%x)\n by %s (2603:10b6:%x:%x::%x) with\n Microsoft SMTP Server "
                            "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                                fqdn, r.randint(0x100, 0xfff), r.randint(0x10, 0x3ff), r.randint(1, 0x30), fqdn2,
                                r.randint(0x100, 0xfff), r.randint(0x10, 0x3ff), r.randint(1, 0x30),
                                r.randint(8100, 9400), r.randint(10, 30), fmt(tms + datetime.timedelta(seconds=1)))))
    top.append(("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; "
                            "%s" % (fqdn, fake_hex(key + "f1", 4), fake_hex(key + "f2", 4), fake_hex(key + "f3", 4),
                                    fake_hex(key + "f4", 4), fqdn, fake_hex(key + "f1", 4), fake_hex(key + "f2", 4),
                                    fake_hex(key + "f3", 4), fake_hex(key + "f4", 4), r.randint(3, 7),
                                    r.randint(8100, 9400), r.randint(10, 30), fmt(tms))))
    tail = [("X-MS-Exchange-Organization-RecordReviewCfmType", "0")] if False else []
    tail.append(("X-OriginatorOrg", dom if business else "sct-15-20-8534-20-msonline-outlook-%s.templateTenant" %
                 fake_hex(key + "tt", 5)))
    tail.append(("X-MS-Exchange-CrossTenant-Network-Message-Id", "%s-%s-%s-%s-%s" % (
        fake_hex(key + "n1", 8), fake_hex(key + "n2", 4), fake_hex(key + "n3", 4), fake_hex(key + "n4", 4),
        fake_hex(key + "n5", 12))))
    tail.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", tms.strftime("%d %b %Y %H:%M:%S.") +
                 "%04d (UTC)" % r.randint(0, 9999)))
    tail.append(("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"))
    tail.append(("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if not business else
                 "%s-%s-%s-%s-%s" % (fake_hex(dom + "t1", 8), fake_hex(dom + "t2", 4), fake_hex(dom + "t3", 4),
                                     fake_hex(dom + "t4", 4), fake_hex(dom + "t5", 12))))
    tail.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", pod2))
    if business:
        auth = auth_line(None, dkim_d=dom, dkim_s="selector1", dkim_b=b, mailfrom=from_addr, ip=ip,
                         dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE", from_domain=dom,
                         arc="arc=pass (i=1)")
    else:
        auth = auth_line(None, dkim_d=dom, dkim_s="selector1", dkim_b=b, mailfrom=from_addr, ip=ip,
                         dmarc_policy="p=NONE sp=NONE dis=NONE", from_domain=dom, arc="arc=pass (i=1)")
    return dict(top=top, tail=tail, envelope=from_addr, conn_host=host, conn_helo=helo, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1), ms_pod=pod, ms_fqdn=fqdn)


def prov_apple(r, key, from_addr, t_sent):
    dom = from_addr.split("@")[1]
    c = r.randint(1, 7)
    host = "p-east%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.choice([1, 2, 3]), c, r.randint(1, 12),
                                                                 r.randint(1, 10))
    ip = "57.103.%d.%d" % (r.randint(64, 95), r.randint(10, 250))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    sig, b = dkim_sig(key, "icloud.com" if dom in ("icloud.com", "me.com", "mac.com") else dom, "1a1hai",
                      "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To:x-icloud-hme", t_arr)
    top = [("DKIM-Signature", sig)]
    top.append(("Received", "from smtpclient.apple (unknown [17.57.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n"
                            "\t%s" % (r.randint(152, 156), r.randint(2, 250), host.replace("snip4", "smtp"),
                                      fake_hex(key + "q", 10).upper(), fmt(t_sent.astimezone(UTC), "rfc") +
                                      " (UTC)")))
    tail = [("X-Proofpoint-ORIG-GUID", fake_b64(key + "pg", 32).replace("+", "x").replace("/", "Y")),
            ("X-Proofpoint-GUID", fake_b64(key + "pg", 32).replace("+", "x").replace("/", "Y")),
            ("X-Proofpoint-Virus-Version", "vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1143,Hydra:6.0.680,"
                                           "FMLib:17.12.68.34\n definitions=%s_%02d,%s_%02d,2020-04-07_01" % (
                                               t_sent.strftime("%Y-%m-%d"), r.randint(1, 6),
                                               t_sent.strftime("%Y-%m-%d"), r.randint(1, 3))),
            ("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 phishscore=0 bulkscore=0 mlxscore=0\n"
                                          " suspectscore=0 spamscore=0 malwarescore=0 adultscore=0 clxscore=1030\n"
                                          " mlxlogscore=%d classifier=spam adjust=0 reason=mlx scancount=1\n"
                                          " engine=8.19.0-2308100000 definitions=main-%s" % (
                                              r.randint(400, 999), t_sent.strftime("%y%m%d") + "%04d" %
                                              r.randint(0, 200)))]
    auth = auth_line(None, dkim_d="icloud.com" if dom in ("icloud.com", "me.com", "mac.com") else dom,
                     dkim_s="1a1hai", dkim_b=b, mailfrom=from_addr, ip=ip, dmarc_policy="p=QUARANTINE sp=QUARANTINE "
                                                                                     "dis=NONE", from_domain=dom)
    return dict(top=top, tail=tail, envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def prov_comcast(r, key, from_addr, t_sent, smtp_client=False):
    n = r.randint(550000, 559999)
    host = "resomta-h2p-%d.sys.comcast.net" % n
    ip = "96.102.%d.%d" % (r.randint(176, 200), r.randint(2, 250))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    sig, b = dkim_sig(key, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:\n\t "
                                                      "MIME-Version:Content-Type", t_arr)
    top = [("DKIM-Signature", sig)]
    top.append(("Received", "from %s ([%s])\n\tby %s with ESMTPS\n\tid %s; %s" % (
        host, ip, host, fake_b64(key + "r1", 13).replace("+", "a").replace("/", "b"),
        fmt(t_arr.astimezone(UTC)))))
    if smtp_client:
        pub = "73.%d.%d.%d" % (r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
        top.append(("Received", "from [192.168.1.%d] ([%s])\n\tby resomta-h2p-%d.sys.comcast.net with ESMTPSA\n\tid %s; %s" %
                    (r.randint(2, 60), pub, n, fake_b64(key + "r2", 13).replace("+", "c").replace("/", "d"),
                     fmt(t_sent.astimezone(UTC)))))
    else:
        top.append(("Received", "from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h2p-%d.sys.comcast.net "
                                "with ESMTPSA\n\tid %s; %s" % (r.randint(10, 40), r.randint(200, 210),
                                                               r.randint(2, 250), n,
                                                               fake_b64(key + "r2", 13).replace("+", "c")
                                                               .replace("/", "d"), fmt(t_sent.astimezone(UTC)))))
    top.append(("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefhedrudehgddukedtucetufdoteggodetrfdotffvucfrrhhofhhi\n"
                                  " hlvgemucevohhmtggrshhtqdftvghsihenuceurghilhhouhhtmecufedtudenucenucfjughrpeffhffv"))
    top.append(("X-Xfinity-VMeta", "sc=-100.00;st=legit"))
    auth = auth_line(None, dkim_d="comcast.net", dkim_s="20190202a", dkim_b=b, mailfrom=from_addr, ip=ip,
                     dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE", from_domain="comcast.net")
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def prov_charter(r, key, from_addr, t_sent):
    host = "p-impout%03d.msg.pkvw.co.charter.net" % r.randint(1, 9)
    helo = host.replace(".msg", "aa.msg")
    ip = "47.43.%d.%d" % (r.randint(20, 30), r.randint(100, 150))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    top = [("Received", "from localhost ([24.%d.%d.%d])\n\tby cmsmtp with ESMTPA\n\tid %s; %s" % (
        r.randint(160, 180), r.randint(1, 254), r.randint(1, 254),
        fake_b64(key + "c1", 15).replace("+", "Q").replace("/", "h"), fmt(t_sent.astimezone(UTC))))]
    top.append(("X-Authority-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s\n a=%s==:117 a=%s==:17\n a=%s:10" % (
        fake_b64(key + "aa", 8), fake_hex(key + "ts", 8), fake_b64(key + "a1", 22), fake_b64(key + "a2", 22),
        fake_b64(key + "a3", 20))))
    auth = auth_line(None, dkim_d=None, mailfrom=from_addr, ip=ip, dmarc="none",
                     dmarc_policy="p=NONE dis=NONE", from_domain="charter.net")
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def prov_proton(r, key, from_addr, t_sent):
    dom = from_addr.split("@")[1]
    n = r.choice([4316, 4317, 4322, 10628, 16918])
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.%d.%d" % (43 if n < 5000 else 40, r.randint(10, 30))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    sig, b = dkim_sig(key, dom, "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\n\t "
                                               "Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", t_arr)
    top = [("DKIM-Signature", sig)]
    auth = auth_line(None, dkim_d=dom, dkim_s="protonmail3", dkim_b=b, mailfrom=from_addr, ip=ip,
                     dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE", from_domain=dom)
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def prov_netins(r, key, from_addr, t_sent):
    dom = from_addr.split("@")[1]
    host = "smtp%d.%s" % (r.randint(1, 3), dom)
    ip = "167.142.%d.%d" % (r.randint(1, 10), r.randint(10, 200))
    t_arr = t_sent + datetime.timedelta(seconds=r.randint(1, 3))
    sig, b = dkim_sig(key, dom, "mail", "Date:From:To:Subject:Message-ID:Content-Type:From", t_arr)
    top = [("DKIM-Signature", sig)]
    top.append(("Received", "from webmail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <{rcpt}>; %s"
                % (dom, host, fake_hex(key + "pq", 10).upper(), fmt(t_sent, "paren"))))
    auth = auth_line(None, dkim_d=dom, dkim_s="mail", dkim_b=b, mailfrom=from_addr, ip=ip, dmarc="none",
                     dmarc_policy="p=NONE dis=NONE", from_domain=dom)
    return dict(top=top, tail=[], envelope=from_addr, conn_host=host, conn_helo=host, conn_ip=ip, auth=auth,
                t_arrive=t_arr + datetime.timedelta(seconds=1))


def provider_for(addr_, prog):
    dom = addr_.split("@")[1].lower()
    if dom == "gmail.com":
        return "google"
    if dom in ("yahoo.com", "aol.com", "att.net", "sbcglobal.net", "ymail.com"):
        return "yahoo"
    if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        return "microsoft"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if dom == "comcast.net":
        return "comcast"
    if dom == "charter.net":
        return "charter"
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return "proton"
    if dom in ("netins.net", "mchsi.com", "iowatelecom.net", "tds.net"):
        return "netins"
    return "m365"


def run_provider(r, key, prov, from_addr, t_sent, smtp_client):
    if prov == "google":
        return prov_google(r, key, from_addr, t_sent, smtp_client)
    if prov == "yahoo":
        return prov_yahoo(r, key, from_addr, t_sent, smtp_client)
    if prov == "microsoft":
        return prov_microsoft(r, key, from_addr, t_sent, business=False)
    if prov == "m365":
        return prov_microsoft(r, key, from_addr, t_sent, business=True)
    if prov == "apple":
        return prov_apple(r, key, from_addr, t_sent)
    if prov == "comcast":
        return prov_comcast(r, key, from_addr, t_sent, smtp_client)
    if prov == "charter":
        return prov_charter(r, key, from_addr, t_sent)
    if prov == "proton":
        return prov_proton(r, key, from_addr, t_sent)
    if prov == "netins":
        return prov_netins(r, key, from_addr, t_sent)
    raise ValueError(prov)
