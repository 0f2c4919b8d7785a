"""Delivery chain (our mx -> mbx01) plus each sending provider's own headers."""
import hashlib
import string
import uuid

from mimekit import (CRLF, MAILBOX, ALNUM, B64, rand, rfc_date, plus, parse_when, fold, fold_b64, b64blob,
                     serialize, assemble, addr, subj)

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
PQ = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


def qid(r):
    """Postfix long queue id."""
    return "4" + rand(r, 1, "XYZ") + rand(r, 9, PQ) + "z" + rand(r, 4, PQ)


def tls13():
    return ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
            "\t(No client certificate requested)" + CRLF)


def tls12():
    return ("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" + CRLF +
            "\t(No client certificate requested)" + CRLF)


def uuid_r(r, upper=True):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def dkim(r, d, s, h, t=None, extra="", bh_len=32, b_len=256, indent="\t"):
    bh = b64blob(r, bh_len)
    b = b64blob(r, b_len)
    head = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d + CRLF
    head += indent + "s=%s;" % s
    if t:
        head += " t=%d;" % t
    head += extra
    head += CRLF + indent + "h=" + h + ";" + CRLF
    head += indent + "bh=" + bh + ";" + CRLF
    head += fold_b64(indent + "b=", b, first=66, width=70, indent=indent + " ")
    return head


def unix(dt):
    return int(dt.timestamp())


# -------------------------------------------------------------------------- profiles
def relay_gmail(r):
    n = r.choice(["pj1-f%d", "lj1-f%d", "qk1-f%d", "oi1-f%d", "ed1-f%d", "wm1-f%d", "yw1-f%d"]) % r.randint(41, 199)
    ip = "209.85.%d.%d" % (r.choice([128, 160, 208, 216, 218, 219, 221, 222]), r.randint(2, 250))
    return "mail-%s.google.com" % n, ip


def google_x_headers(r, dt, local_from):
    t = unix(dt)
    pdt = rfc_date(dt, -7).replace(" -0700", " -0700 (PDT)")
    lines = [
        "X-Gm-Message-State: AOJu0Y" + rand(r, 58, ALNUM + "+/") + CRLF + "\t" + rand(r, 48, ALNUM + "+/") + "==",
        "X-Gm-Gg: ASbGnc" + rand(r, 64, ALNUM + "+/") + CRLF + "\t" + rand(r, 70, ALNUM + "+/") + CRLF + "\t"
        + rand(r, 30, ALNUM + "+/"),
        "X-Google-Smtp-Source: AGHT+IF" + rand(r, 60, ALNUM + "+/") + "==",
        "X-Received: by 2002:a%02d:%s:%s:b0:%s:%s with SMTP id %s;" % (
            r.randint(5, 17), rand(r, 4, HEX), rand(r, 3, HEX), rand(r, 3, HEX), rand(r, 4, HEX),
            "%s-%s%s.%d.%d" % (rand(r, 10, HEX), rand(r, 9, HEX), rand(r, 10, "0123456789abcdefmr"),
                                 r.randint(1, 40), t * 1000 + r.randint(0, 999))) + CRLF + "        " + pdt,
    ]
    return lines


def gmail_msgid(r):
    return "<CA" + rand(r, 1, "BCDEFGHJKLMNOPQRSTUVWXYZ") + rand(r, 49, ALNUM + "+_-") + "@mail.gmail.com>"


def yahoo_msgid(r, dt, dom="yahoo.com"):
    return "<%d.%d.%d@mail.%s>" % (r.randint(100000000, 2147483647), r.randint(1000000, 9999999),
                                   unix(dt) * 1000 + r.randint(0, 999), dom)


def outlook_msgid(r, srv):
    return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rand(r, 24, HEXU), srv, int(srv[5:7]))


def outlook_srv(r):
    return "%s%02dMB%04d" % (r.choice(["SJ0PR", "DM6PR", "BN8PR", "CH3PR", "MN2PR", "PH7PR", "IA1PR"]),
                             r.randint(10, 19), r.randint(1000, 9999))


def apple_msgid(r, dom):
    return "<%s@%s>" % (uuid_r(r), dom)


def tb_msgid(r, dom):
    return "<%s@%s>" % (uuid_r(r, upper=False), dom)


# -------------------------------------------------------------------------- main render
def render(m):
    """m: dict (see msgs_*.py). Returns bytes of the delivered message."""
    from mimekit import rng_for
    r = rng_for(m["key"])
    dt = parse_when(m["when"])                      # the moment the client pressed send
    mb_addr = MAILBOX[m["mb"]]
    prof = m["prov"]
    fname, femail = m["frm"]
    fdom = femail.split("@")[1].lower()
    env_from = m.get("env_from", femail)
    mx = m.get("mx") or r.choice(["mx1", "mx2"])
    arrive = plus(dt, m.get("lag", r.randint(2, 9)))
    deliver = plus(arrive, r.randint(0, 2))

    # ---- body first (needs the rng for boundaries before headers use it? keep deterministic order)
    body = m["body"]
    if m.get("raw_body") is not None:
        ch, cb = [], m["raw_body"].replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n")
    else:
        ch, cb = serialize(body, r)

    # ---- sending provider: relay host, auth, provider headers
    relay_host, relay_ip, ptr_ok, tls = None, None, True, "13"
    ph = []                     # provider headers (between our chain and the client's headers)
    dk = m.get("dkim", "pass")
    spf = m.get("spf", "pass")
    dmarc = m.get("dmarc", "pass")
    dkim_d = None
    sel = None
    msgid = m.get("msgid")
    t = unix(dt)

    if prof in ("gmail", "gmail_android", "gws", "samsung", "iphone_gmail"):
        relay_host, relay_ip = relay_gmail(r)
        dkim_d = m.get("dkim_d", "gmail.com" if prof != "gws" else fdom)
        sel = "20230601" if prof != "gws" else "google"
        hlist = "to:subject:message-id:date:from:in-reply-to:references:mime-version" if m.get("in_reply_to") \
            else "to:subject:message-id:date:from:mime-version"
        ph.append(dkim(r, dkim_d, sel, hlist + CRLF + "         :from:to:cc:subject:date:message-id:reply-to",
                       t=t, extra=" x=%d; darn=alliant-energy.com;" % (t + 604800), indent="        "))
        ph.append(dkim(r, "1e100.net", "20230601", hlist + CRLF +
                       "         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
                       t=t, extra=" x=%d;" % (t + 604800), indent="        ").replace("DKIM-Signature", "X-Google-DKIM-Signature"))
        ph += google_x_headers(r, dt, femail)
        if prof in ("samsung", "iphone_gmail"):
            client_ip = "172.%d.%d.%d" % (r.choice([56, 58, 59]), r.randint(0, 255), r.randint(1, 254))
            ph.append("Received: from [%s] ([%s])" % ("10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255),
                                                                        r.randint(1, 254)), client_ip) + CRLF +
                      "        by smtp.gmail.com with ESMTPSA id d9443c01a7336-%ssm%d%s.%d.2027.09.%02d.%02d.%02d.%02d" % (
                          rand(r, 10, HEX), r.randint(1000000, 9999999), rand(r, 3, "abcdefmrxz0123456789"),
                          r.randint(2, 40), dt.day, (dt.hour + 22) % 24, dt.minute, dt.second) +
                      CRLF + "        for <%s>" % mb_addr + CRLF + "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);"
                      + CRLF + "        " + rfc_date(dt, -7) + " (PDT)")
        if not msgid:
            if prof == "samsung":
                msgid = "<%s@email.android.com>" % rand(r, 24, string.ascii_lowercase + string.digits)
            elif prof == "iphone_gmail":
                msgid = apple_msgid(r, "gmail.com")
            else:
                msgid = gmail_msgid(r)
    elif prof in ("yahoo", "aol", "yahoo_ios", "aol_ios"):
        yd = "aol.com" if prof.startswith("aol") else "yahoo.com"
        dkim_d = fdom if fdom in ("yahoo.com", "aol.com", "ymail.com") else yd
        sel = "s2048" if yd == "yahoo.com" else "a2048"
        num = r.randint(300, 330)
        relay_host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (num, r.randint(1, 60), r.choice(["ne1", "gq1", "bf2", "ir2"]))
        relay_ip = "%s.%d" % (r.choice(["66.163.191", "98.137.65", "74.6.135", "66.163.185"]), r.randint(2, 250))
        ph.append(dkim(r, dkim_d, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", t=t))
        ph.append(dkim(r, dkim_d, sel, "X-Sonic-MF:Date:From:To:Subject:From:Subject", t=t)
                  .replace("DKIM-Signature", "X-SONIC-DKIM-SIGN"))
        ph.append("X-YMail-OSG: " + rand(r, 60, ALNUM + "._") + CRLF + " " + rand(r, 72, ALNUM + "._") + CRLF + " "
                  + rand(r, 40, ALNUM + "._") + "--")
        ph.append("X-Sonic-MF: <%s>" % femail)
        ph.append("X-Sonic-ID: %s" % uuid_r(r, upper=False))
        ph.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
            relay_host.split(".")[0].split("-")[0] + ".consmr.mail." + relay_host.split(".")[3] + ".yahoo.com",
            rfc_date(plus(dt, 1), 0)))
        if not msgid:
            msgid = yahoo_msgid(r, dt, yd)
    elif prof in ("outlookcom", "m365", "outlook_ios"):
        srv = outlook_srv(r)
        m["_srv"] = srv
        region = r.choice(["NAM12-BN8", "NAM10-DM6", "NAM11-CO1", "NAM04-MW2", "NAM02-SN1"])
        host_tag = region.split("-")[1].lower() + region.split("-")[0][3:].lower()
        if prof == "m365":
            relay_host = "mail-%s%s.outbound.protection.outlook.com" % (host_tag, "2%03d" % r.randint(0, 999))
            relay_ip = "40.107.%d.%d" % (r.randint(200, 244), r.randint(2, 250))
            dkim_d = m.get("dkim_d", fdom)
            sel = "selector1"
        else:
            relay_host = "mail-%solkn2%03d.outbound.protection.outlook.com" % (host_tag, r.randint(0, 999))
            relay_ip = "40.92.%d.%d" % (r.randint(16, 60), r.randint(2, 250))
            dkim_d = "outlook.com" if fdom != "hotmail.com" else "hotmail.com"
            sel = "selector1"
            m.setdefault("ms_consumer", True)
        relay_host = region + "-obe.outbound.protection.outlook.com (" + relay_host
        ph.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
                  fold_b64(" b=", b64blob(r, 256), first=74, width=77, indent=" "))
        ph.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
                  " s=arcselector10001;" + CRLF +
                  " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;"
                  + CRLF + " bh=" + b64blob(r, 32) + ";" + CRLF +
                  fold_b64(" b=", b64blob(r, 256), first=74, width=77, indent=" "))
        ph.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF +
                  " dkim=none; arc=none")
        ph.append(dkim(r, dkim_d, sel,
                       "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                       indent=" "))
        ph.append("Received: from %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%d) by" % (
            srv, srv[5:7], rand(r, 3, HEX), rand(r, 3, HEX), r.randint(10, 30)) + CRLF +
                  " %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%d) with Microsoft SMTP" % (
                      outlook_srv(r), srv[5:7], rand(r, 3, HEX), rand(r, 3, HEX), r.randint(10, 30)) + CRLF +
                  " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id" + CRLF +
                  " 15.20.%d.%d; %s" % (r.randint(8100, 8400), r.randint(10, 30), rfc_date(plus(dt, 1), 0)))
        if not msgid:
            msgid = outlook_msgid(r, srv)
        tls = "12"
    elif prof in ("iphone", "applemail", "ipad"):
        relay_host = "st43p00im-%s.me.com" % r.choice(["ztfb10071701", "ztdg10063201", "zteg10062001", "ztbu10082101"])
        relay_ip = "17.58.%d.%d" % (r.randint(6, 63), r.randint(2, 250))
        dkim_d = fdom if fdom in ("icloud.com", "me.com", "mac.com") else "icloud.com"
        sel = "1a1hai"
        ph.append(dkim(r, dkim_d, sel, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", t=t))
        ph.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])" + CRLF +
                  "\tby %s (Postfix) with ESMTPSA id %s;" % (relay_host, rand(r, 11, HEXU)) + CRLF +
                  "\t" + rfc_date(plus(dt, 1), 0, pad=True) + " (UTC)")
        if not msgid:
            msgid = apple_msgid(r, dkim_d)
    elif prof in ("thunderbird_comcast", "xfinity"):
        relay_host = "resomta-a1p-%06d.sys.comcast.net" % r.randint(70000, 79999)
        relay_ip = "96.102.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
        dkim_d, sel = "comcast.net", "20190202a"
        ph.append("Received: from %s ([%s])" % (
            "[192.168.%d.%d]" % (r.randint(0, 2), r.randint(2, 60)) if prof != "xfinity" else "oxapp-hoa-%02da.email.comcast.net" % r.randint(1, 40),
            "73.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))) + CRLF +
                  "\tby %s with ESMTPSA" % relay_host + CRLF +
                  "\tid %s; %s" % (rand(r, 16), rfc_date(plus(dt, 1), 0)))
        ph.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddrudekgedgkeehucetufdoteggodetrfdotffvucfr" + CRLF +
                  " " + rand(r, 72, string.ascii_lowercase))
        ph.append("X-Xfinity-VMeta: sc=%d.00;st=legit" % r.randint(0, 10))
        ph.append(dkim(r, dkim_d, sel, "Received:Received:Message-ID:Date:MIME-Version:Subject:To:From:" + CRLF +
                       "\t Content-Type", t=t))
        if prof == "xfinity" and not msgid:
            msgid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(1000, 9999),
                                                       unix(dt) * 1000 + r.randint(0, 999))
    elif prof in ("spectrum", "mediacom", "windstream", "isp"):
        host = {"spectrum": "dnvrco-cmomta0%d.email.rr.com", "mediacom": "mx-out%d.mchsi.com",
                "windstream": "smtp%d.windstream.net", "isp": "smtp%d." + fdom}[prof] % r.randint(1, 4)
        relay_host = host
        relay_ip = m.get("relay_ip", "%d.%d.%d.%d" % (r.choice([24, 47, 66, 71, 107]), r.randint(1, 250),
                                                      r.randint(1, 250), r.randint(2, 250)))
        dkim_d = m.get("dkim_d", fdom)
        sel = "default"
        ph.append(dkim(r, dkim_d, sel, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", t=t))
        ph.append("Received: from %s (unknown [%s])" % (m.get("helo", "webmail"), m.get("client_ip", "10.0.%d.%d" % (
            r.randint(0, 9), r.randint(2, 250)))) + CRLF + "\tby %s with ESMTPA id %s" % (host, rand(r, 10, HEXU))
                  + CRLF + "\tfor <%s>; %s" % (mb_addr, rfc_date(plus(dt, 1), -5 if prof != "spectrum" else 0,
                                                                  pad=True)))
    elif prof == "esp":
        relay_host = m["esp_host"]
        relay_ip = m.get("relay_ip", "203.0.113.%d" % r.randint(2, 250))
        dkim_d = m.get("dkim_d", fdom)
        sel = m.get("dkim_s", "s1")
        ph.append(dkim(r, dkim_d, sel,
                       "from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:mime-version:content-type",
                       t=t))
        for h in m.get("esp_extra", []):
            ph.append(h)
    elif prof == "internal":
        # produced inside our own network (our MTA's DSNs, a colleague's calendar)
        relay_host = None
    elif prof == "raw":
        relay_host = m["relay_host"]
        relay_ip = m["relay_ip"]
        dkim_d = m.get("dkim_d")
        sel = m.get("dkim_s", "default")
        if dkim_d:
            ph.append(dkim(r, dkim_d, sel, m.get("dkim_h", "from:to:subject:date:message-id"), t=t))
        for h in m.get("raw_extra", []):
            ph.append(h)
        tls = m.get("tls", "13")
    else:
        raise ValueError(prof)

    if msgid is None:
        msgid = tb_msgid(r, fdom)

    # ---- client headers
    client = m["client"](m, msgid, dt) if callable(m.get("client")) else client_headers(m, msgid, dt, r, prof)

    # ---- our chain
    top = []
    top.append("Return-Path: <%s>" % env_from)
    top.append("Delivered-To: %s" % mb_addr)
    top.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])" % (
        mx, mx, 11 if mx == "mx1" else 12) + CRLF +
               "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % qid(r) + CRLF +
               "\tfor <%s>; %s" % (mb_addr, rfc_date(deliver, pad=True, zone_comment=True)))
    if relay_host:
        mailfrom = env_from if env_from else "postmaster@" + relay_host.split(" ")[0]
        spf_dom = mailfrom.split("@")[1]
        ar = "Authentication-Results: %s.alliant-energy.com;" % mx
        if dkim_d and dk == "pass":
            ar += CRLF + "\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=%s;" % (
                dkim_d, dkim_d, rand(r, 8, ALNUM + "+/"))
        elif dk == "fail":
            ar += CRLF + "\tdkim=fail reason=\"signature verification failed\" header.d=%s header.b=%s;" % (
                dkim_d or fdom, rand(r, 8, ALNUM + "+/"))
        else:
            ar += CRLF + "\tdkim=none;"
        if spf == "pass":
            ar += CRLF + "\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender)" % (
                mx, mailfrom, relay_ip) + " smtp.mailfrom=%s;" % mailfrom
        else:
            ar += CRLF + "\tspf=%s (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender)" % (
                spf, mx, mailfrom, relay_ip) + " smtp.mailfrom=%s;" % mailfrom
        hf = fdom
        if dmarc == "pass":
            pol = m.get("dmarc_pol", "p=NONE sp=QUARANTINE dis=NONE" if hf in ("gmail.com",) else "p=REJECT dis=NONE"
                        if hf in ("yahoo.com", "aol.com") else "p=NONE dis=NONE")
            ar += CRLF + "\tdmarc=pass (%s) header.from=%s" % (pol, hf)
        elif dmarc == "none":
            ar += CRLF + "\tdmarc=none (p=NONE dis=NONE) header.from=%s" % hf
        else:
            ar += CRLF + "\tdmarc=fail (p=%s dis=NONE) header.from=%s" % (m.get("dmarc_p", "QUARANTINE"), hf)
        top.append(ar)
        rh = relay_host if "(" in relay_host else "%s (%s [%s])" % (relay_host, relay_host, relay_ip)
        if "(" in relay_host and not relay_host.endswith(")"):
            rh = relay_host + " [%s])" % relay_ip
        if m.get("ptr_unknown"):
            rh = "%s (unknown [%s])" % (relay_host.split(" ")[0], relay_ip)
        top.append("Received: from %s" % rh + CRLF + (tls13() if tls == "13" else tls12()) +
                   "\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s" % (mx, qid(r)) + CRLF +
                   "\tfor <%s>; %s" % (mb_addr, rfc_date(arrive, pad=True, zone_comment=True)))
    else:
        for h in m.get("internal_received", []):
            top.append(h)

    headers = top + ph + client
    pos = None
    if m.get("content_first"):
        pos = len(top + ph)
    elif m.get("content_after"):
        # put Content-* right after the named client header
        names = [h.split(":", 1)[0].lower() for h in headers]
        pos = names.index(m["content_after"].lower()) + 1
    data = assemble(headers, ch, cb, content_pos=pos)
    m["_msgid"] = msgid
    return data


def client_headers(m, msgid, dt, r, prof):
    fname, femail = m["frm"]
    to = m.get("to") or [("", MAILBOX[m["mb"]])]
    to_s = ", ".join(addr(n, e) for n, e in to)
    cc = m.get("cc")
    cc_s = ", ".join(addr(n, e) for n, e in cc) if cc else None
    frm = addr(fname, femail)
    s = m["subject"]
    subject = subj(s, m.get("subj_cs", "UTF-8"), m.get("subj_enc", "Q")) if s is not None else None
    irt = m.get("in_reply_to")
    refs = m.get("references", irt)
    extra = m.get("extra", [])
    rt = m.get("reply_to")
    rt_s = addr(*rt) if rt else None
    H = []

    def add(name, val):
        if val is None:
            return
        if CRLF in val or name in ("From", "To", "Cc", "Reply-To"):
            H.append(fold(name, val))
        else:
            H.append(fold(name, val))

    if prof in ("gmail", "gmail_android", "gws"):
        add("MIME-Version", "1.0")
        add("References", refs)
        add("In-Reply-To", irt)
        add("From", frm)
        add("Date", rfc_date(dt, m.get("tz", -5)))
        add("Message-ID", msgid)
        add("Subject", subject)
        add("To", to_s)
        add("Cc", cc_s)
        add("Reply-To", rt_s) if rt else None
    elif prof in ("samsung",):
        add("MIME-Version", "1.0")
        add("Date", rfc_date(dt, m.get("tz", -5)))
        add("Subject", subject)
        add("Message-ID", msgid)
        add("From", frm)
        add("To", to_s)
        add("In-Reply-To", irt)
        add("References", refs)
    elif prof in ("yahoo", "aol", "yahoo_ios", "aol_ios"):
        add("Date", rfc_date(dt, 0) + " (UTC)")
        add("From", frm)
        add("Reply-To", rt_s)
        add("To", to_s)
        add("Cc", cc_s)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subject)
        add("MIME-Version", "1.0")
        extra = extra + [("X-Mailer", m.get("xmailer", {"yahoo": "WebService/1.1.23040 YMailNorrin",
                                                          "aol": "WebService/1.1.23040 AolMailNorrin",
                                                          "yahoo_ios": "WebService/1.1.23040 YahooMailIosMobile",
                                                          "aol_ios": "WebService/1.1.23040 AolMailIosMobile"}[prof]))]
    elif prof in ("outlookcom", "m365", "outlook_ios"):
        add("From", frm)
        add("To", to_s)
        add("Cc", cc_s)
        add("Reply-To", rt_s)
        add("Subject", subject)
        tt = m.get("thread_topic", s)
        if tt and s is not None:
            tt = tt
            for pre in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: ", "AW: ", "RV: "):
                if tt.startswith(pre):
                    tt = tt[len(pre):]
            add("Thread-Topic", subj(tt))
        add("Thread-Index", "AQH" + rand(r, 26, ALNUM + "+/") + ("" if not irt else rand(r, 8, ALNUM + "+/")) + "==")
        add("Date", rfc_date(dt, 0))
        add("Message-ID", msgid)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Accept-Language", "en-US" if m.get("lang") != "es" else "es-US, en-US")
        add("Content-Language", "en-US" if m.get("lang") != "es" else "es-US")
        H.append("X-MS-Has-Attach:" + (" yes" if m.get("has_attach") else ""))
        H.append("X-MS-TNEF-Correlator:")
        if prof == "m365":
            H.append("msip_labels:")
            add("x-ms-exchange-organization-authas", "Internal") if False else None
        else:
            H.append("msip_labels:")
            add("x-ms-exchange-messagesentrepresentingtype", "1")
            add("x-tmn", "[" + rand(r, 36, ALNUM + "+/") + "=]")
            add("x-ms-publictraffictype", "Email")
        add("MIME-Version", "1.0")
    elif prof in ("iphone", "applemail", "ipad", "iphone_gmail"):
        add("From", frm)
        add("Mime-Version", "1.0 (1.0)" if prof != "applemail" else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        add("Date", rfc_date(dt, m.get("tz", -5)))
        add("Subject", subject)
        add("Message-Id", msgid)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Cc", cc_s)
        add("To", to_s)
        extra = extra + [("X-Mailer", m.get("xmailer", {"iphone": "iPhone Mail (22G86)", "ipad": "iPad Mail (22G86)",
                                                          "iphone_gmail": "iPhone Mail (21H16)",
                                                          "applemail": "Apple Mail (2.3826.400.131.1.6)"}[prof]))]
        m["content_first"] = True
    elif prof == "thunderbird_comcast" or m.get("tb_style"):
        add("Message-ID", msgid)
        add("Date", rfc_date(dt, m.get("tz", -5)))
        add("MIME-Version", "1.0")
        add("User-Agent", m.get("ua", "Mozilla Thunderbird"))
        add("Content-Language", "en-US")
        add("To", to_s)
        add("Cc", cc_s)
        add("References", refs)
        add("From", frm)
        add("Reply-To", rt_s)
        add("Subject", subject)
        add("In-Reply-To", irt)
    elif prof == "xfinity":
        add("Date", rfc_date(dt, m.get("tz", -5)) + " (CDT)")
        add("From", frm)
        add("To", to_s)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subject)
        add("MIME-Version", "1.0")
        extra = extra + [("X-Priority", "3"), ("Importance", "Normal"),
                         ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-Client", "open-xchange-appsuite")]
    else:
        # generic webmail / desktop client
        add("MIME-Version", "1.0")
        add("Date", rfc_date(dt, m.get("tz", -5)))
        add("From", frm)
        add("To", to_s)
        add("Cc", cc_s)
        add("Reply-To", rt_s)
        add("Subject", subject)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Message-ID", msgid)
    for k, v in extra:
        add(k, v)
    return H
