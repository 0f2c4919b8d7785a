"""Mail programs and providers: each renders a human message (reply, forward or new) to text below our trace."""
from lib import *
from lib import R

NNBSP = "\u202f"


# ---------------------------------------------------------------- attributions / quote headers
def _c(o):
    return central(o["date"])


def at_gmail(o):
    d = _c(o); h, ap = h12(d)
    return "On %s, %s %d, %d at %d:%02d%s%s %s <%s> wrote:" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h,
                                                             d.minute, NNBSP, ap, o["name"], o["addr"])


def at_gmail_android(o):
    d = _c(o); h, ap = h12(d)
    return "On %s, %s %d, %d, %d:%02d %s %s <%s> wrote:" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h,
                                                          d.minute, ap, o["name"], o["addr"])


def at_gmail_es(o):
    d = _c(o)
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DOW_ES[d.weekday()], d.day, MON_ES[d.month - 1],
                                                                   d.year, d.hour, d.minute, o["name"], o["addr"])


def at_apple(o):
    d = _c(o); h, ap = h12(d)
    return "On %s %d, %d, at %d:%02d%s%s, %s <%s> wrote:" % (MON[d.month - 1], d.day, d.year, h, d.minute, NNBSP, ap,
                                                           o["name"], o["addr"])


def at_apple_es(o):
    d = _c(o)
    return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (d.day, MON_ES[d.month - 1], d.year, d.hour, d.minute,
                                                              o["name"], o["addr"])


def at_yahoo(o):
    d = _c(o); h, ap = h12(d)
    return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
        DOW_LONG[d.weekday()], MON_LONG[d.month - 1], d.day, d.year, h, d.minute, d.second, ap, d.tzname(),
        o["name"], o["addr"])


def at_yahoo_android(o):
    d = _c(o); h, ap = h12(d)
    return "On %s, %s %d, %d at %d:%02d %s, %s<%s> wrote:" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h,
                                                             d.minute, ap, o["name"], o["addr"])


def at_yahoo_es(o):
    d = _c(o)
    return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribió:" % (
        DOW_ES_LONG[d.weekday()], d.day, MON_ES_LONG[d.month - 1], d.year, d.hour, d.minute, d.second, d.tzname(),
        o["name"], o["addr"])


def at_tb(o):
    d = _c(o); h, ap = h12(d)
    return "On %d/%d/%d %d:%02d %s, %s wrote:" % (d.month, d.day, d.year, h, d.minute, ap, o["name"])


def sent_en(o):
    d = _c(o); h, ap = h12(d)
    return "%s, %s %d, %d %d:%02d %s" % (DOW_LONG[d.weekday()], MON_LONG[d.month - 1], d.day, d.year, h, d.minute, ap)


def sent_es(o):
    d = _c(o)
    return "%s, %d de %s de %d %d:%02d" % (DOW_ES_LONG[d.weekday()], d.day, MON_ES_LONG[d.month - 1], d.year,
                                          d.hour, d.minute)


def outlook_block(o, to, lang="en", sep=True, fw_subject=False):
    if lang == "es":
        b = "De: %s <%s>\nEnviado: %s\nPara: %s\nAsunto: %s" % (o["name"], o["addr"], sent_es(o), to, o["subject"])
    else:
        b = "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (o["name"], o["addr"], sent_en(o), to, o["subject"])
    return ("________________________________\n" + b) if sep else b


def aol_block(o, to):
    d = _c(o); h, ap = h12(d)
    return "-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s" % (
        o["name"], o["addr"], to, DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h, d.minute, ap.lower(),
        o["subject"])


def samsung_block(o, to, lang="en"):
    d = _c(o); h, ap = h12(d)
    if lang == "es":
        return ("-------- Mensaje original --------\nDe: %s <%s> \nFecha: %d/%d/%02d %d:%02d (GMT-%02d:00) \nPara: %s \nAsunto: %s "
                % (o["name"], o["addr"], d.day, d.month, d.year % 100, d.hour, d.minute, -d.utcoffset().total_seconds() // 3600, to, o["subject"]))
    return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %d:%02d %s (GMT-%02d:00) \nTo: %s \nSubject: %s "
            % (o["name"], o["addr"], d.month, d.day, d.year % 100, h, d.minute, ap, -d.utcoffset().total_seconds() // 3600, to, o["subject"]))


def gmail_fwd_block(o):
    d = _c(o); h, ap = h12(d)
    return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d%s%s\nSubject: %s\nTo: <%s>\n" % (
        o["name"], o["addr"], DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h, d.minute, NNBSP, ap, o["subject"], o["to"])


def apple_fwd_block(o):
    d = _c(o); h, ap = h12(d)
    return "Begin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s %d, %d at %d:%02d:%02d%s%s %s\nTo: %s\n" % (
        o["name"], o["addr"], o["subject"], MON_LONG[d.month - 1], d.day, d.year, h, d.minute, d.second, NNBSP, ap,
        d.tzname(), o["to"])


# ---------------------------------------------------------------- providers (trace-side)
def prov_gmail(s, via_app=False):
    a = s["frm"][1]
    ip = "209.85.%d.%d" % (R.choice([128, 160, 208, 214, 219, 221, 222]), R.randint(10, 250))
    helo = "mail-%s-f%d.google.com" % (R.choice(["qk1", "qv1", "pj1", "pl1", "yw1", "oi1", "vk1", "io1"]),
                                       int(ip.split(".")[-1]))
    t = int(s["date"].timestamp())
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=gmail.com header.i=@gmail.com header.a=rsa-sha256 header.s=20230601 header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % (rnd(8), a, ip, a))
    pd = pacific(plus(s["date"], 1))
    hs = [dkim("gmail.com", "20230601", "mime-version:references:in-reply-to:from:date:message-id\n         :subject:to:cc:content-type" if s.get("ours") else "mime-version:from:date:message-id:subject:to\n         :content-type", t=t),
          dkim("1e100.net", "20230601", "x-gm-message-state:mime-version:references:in-reply-to:from\n         :date:message-id:subject:to:cc:content-type", t=t).replace("DKIM-Signature", "X-Google-DKIM-Signature"),
          "X-Gm-Message-State: AOJu0Y%s" % rnd(60, ALNUM + "+/"),
          "X-Gm-Gg: ASbGnc%s" % rnd(70, ALNUM + "+/"),
          "X-Google-Smtp-Source: AGHT+IE%s" % rnd(60, ALNUM + "+/") + "==",
          "X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\n        %s" % (
              R.randint(0x6000, 0x6fff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
              R.randint(0x100, 0xfff), rnd(16, "abcdefghijklmnopqrstuvwxyz0123456789"), rnd(6, "0123456789abcdef"),
              R.randint(10, 99), R.randint(1700000000000, 1799999999999) % 10 ** 13, rfcdate(pd, zname=True))]
    if via_app:
        hs.insert(len(hs), "Received: from smtpclient.apple ([2600:1700:%x:%x::%x])\n        by smtp.gmail.com with ESMTPSA id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x10, 0xff), rnd(16, "abcdefghijklmnopqrstuvwxyz0123456789"),
            R.randint(10, 99), R.randint(10 ** 12, 10 ** 13 - 1), s["to_addr"], rfcdate(pd, zname=True)))
    return dict(env=a, helo=helo, ip=ip, auth=auth, headers=hs)


def prov_outlook(s, domain=None, corp=False):
    a = s["frm"][1]
    dom = domain or a.split("@")[1]
    reg = R.choice(["bn8nam12", "dm6nam10", "ch5pr04", "sn4pr2101", "co1pr03", "ph8pr19"])
    ip = "40.%d.%d.%d" % (R.choice([92, 93, 107]), R.randint(1, 99), R.randint(2, 250))
    helo = "mail-%s%s%04d.outbound.protection.outlook.com" % (reg, "olkn2" if not corp else "on2", R.randint(1000, 2200))
    t = int(s["date"].timestamp())
    pol = "p=NONE sp=QUARANTINE dis=NONE" if dom in ("outlook.com", "hotmail.com", "live.com") else "p=NONE dis=NONE"
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=selector%d header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (%s) header.from=%s;\n\tarc=pass (\"microsoft.com:s=arcselector10001:i=1\")" % (
                dom, dom, 1 if not corp else 2, rnd(8), a, ip, a, pol, dom))
    box = "%s%dMB%d" % (R.choice(["PH0PR", "SJ0PR", "BY5PR", "CH3PR", "DM4PR", "MN2PR", "IA1PR"]), R.randint(10, 19), R.randint(1000, 9999))
    s["_box"] = box
    u = central(s["date"]).astimezone(UTC)
    hs = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % rnd(300, ALNUM + "+/"),
          "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s" % (rnd(43, ALNUM + "+/"), rnd(300, ALNUM + "+/")),
          "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
          dkim(dom, "selector1" if not corp else "selector2", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t=t),
          "Received: from %s.namprd%02d.prod.outlook.com\n (2603:10b6:%x:%x::%x) by %s.namprd%02d.prod.outlook.com\n (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
              box, R.randint(10, 19), R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(0x10, 0xff), box,
              R.randint(10, 19), R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(0x10, 0xff),
              R.randint(8000, 9300), R.randint(10, 40), rfcdate(plus(u, 1), pad=True))]
    return dict(env=a, helo=helo, ip=ip, auth=auth, headers=hs)


def prov_yahoo(s, aol=False):
    a = s["frm"][1]
    dom = "aol.com" if aol else a.split("@")[1]
    ip = "%s.%d" % (R.choice(["66.163.186", "66.163.191", "98.137.69", "74.6.134", "98.137.64"]), R.randint(10, 250))
    helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randint(300, 330), R.randint(1, 30), R.choice(["ne1", "bf2", "gq1"]))
    t = int(s["date"].timestamp())
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s" % (
                dom, dom, "a2048" if aol else "s2048", rnd(8), a, ip, a, dom))
    u = central(s["date"]).astimezone(UTC)
    hs = [dkim(dom, "a2048" if aol else "s2048", "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To", t=t),
          "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;\n\tbh=%s=;\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n\tb=%s" % (t, rnd(43), rnd(300, ALNUM + "+/")),
          "X-YMail-OSG: %s\n %s\n %s" % (rnd(70, ALNUM + "._"), rnd(76, ALNUM + "._"), rnd(40, ALNUM + "._")),
          "X-Sonic-MF: <%s>" % a,
          "X-Sonic-ID: %s-%s-%s-%s-%s" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX)),
          "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (helo, rfcdate(u).replace("-0000", "+0000"))]
    return dict(env=a, helo=helo, ip=ip, auth=auth, headers=hs)


def prov_icloud(s):
    a = s["frm"][1]
    ip = "17.58.63.%d" % R.randint(10, 250)
    host = "st43p00im-%s.me.com" % rnd(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    t = int(s["date"].timestamp())
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=icloud.com header.i=@icloud.com header.a=rsa-sha256 header.s=1a1hai header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=icloud.com" % (rnd(8), a, ip, a))
    hs = [dkim("icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To", t=t),
          "Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
              host, rnd(10, "0123456789ABCDEF"), s["to_addr"], rfcdate(central(s["date"]).astimezone(UTC), zname=False).replace("-0000", "+0000 (UTC)"))]
    return dict(env=a, helo=host, ip=ip, auth=auth, headers=hs)


def prov_mediacom(s):
    a = s["frm"][1]
    ip = "173.24.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    auth = ("dkim=none;\n\tspf=pass (mx1.alliant-energy.com: domain of %s designates 173.24.0.8 as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=none (p=NONE dis=NONE) header.from=%s" % (a, a, a.split("@")[1]))
    hs = ["Received: from [192.168.1.%d] (%s.dyn.mediacombb.net [%s])\n\tby smtp.mchsi.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
        R.randint(2, 60), "%d-%d" % (R.randint(1, 250), R.randint(1, 250)), ip, rnd(10, "0123456789ABCDEF"), s["to_addr"],
        rfcdate(central(s["date"]), zname=True))]
    return dict(env=a, helo="smtp.mchsi.com", ip="173.24.0.8", auth=auth, headers=hs)


def prov_comcast(s):
    a = s["frm"][1]
    ip = "96.102.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    helo = "resqmta-c2p-%d.sys.comcast.net" % R.randint(560000, 569999)
    t = int(s["date"].timestamp())
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=comcast.net header.i=@comcast.net header.a=rsa-sha256 header.s=20190202a header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE dis=NONE) header.from=comcast.net" % (rnd(8), a, ip, a))
    hs = [dkim("comcast.net", "20190202a", "Received:Received:Date:From:Message-ID:Subject:To:MIME-Version:Content-Type", t=t),
          "Received: from resomta-c2p-%d.sys.comcast.net ([96.102.18.%d])\n\tby resqmta-c2p-%d.sys.comcast.net with ESMTPS\n\tid %s; %s" % (
              R.randint(550000, 559999), R.randint(2, 250), R.randint(560000, 569999), rnd(14), rfcdate(central(s["date"]).astimezone(UTC), pad=True).replace("-0000", "+0000")),
          "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvuddrvdefgddugeelucetufdoteggodetrfdotf",
          "X-Xfinity-VMeta: sc=-100.00;st=legit"]
    return dict(env=a, helo=helo, ip=ip, auth=auth, headers=hs)


# ---------------------------------------------------------------- compose helpers
def compose(s, attrib, quote, blank_between="\n\n"):
    """plain text of a reply/forward/new message"""
    o = s.get("ours")
    mode = s.get("mode", "reply" if o else "new")
    text = s.get("text", "")
    if mode == "new" or o is None:
        return text
    if mode == "fwd":
        return text + blank_between + attrib + "\n" + o["text"]
    if s.get("style") == "bottom":
        return attrib + "\n" + quote(o["text"]) + "\n\n" + text
    if s.get("style") == "inline":
        segs = []
        for kind, t in s["inline"]:
            segs.append(quote(t) if kind == "q" else t)
        return attrib + "\n" + "\n\n".join(segs)
    return text + blank_between + attrib + "\n" + quote(o["text"])


def reply_subject(s, prefix="Re: ", fwd="Fwd: "):
    if s.get("subject") is not None:
        return s["subject"]
    o = s.get("ours")
    if not o:
        return ""
    if s.get("mode") == "fwd":
        return fwd + o["subject"]
    return prefix + o["subject"]


def threading(s, refs_first=True):
    o = s.get("ours")
    if not o or s.get("mode") == "fwd" or s.get("no_thread"):
        return []
    return ["In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"]]


def from_h(s, charset="UTF-8", mode="Q"):
    return "From: " + addr(s["frm"][0], s["frm"][1], charset, mode=mode)


def to_h(s):
    return "To: " + s["to_hdr"]


# ---------------------------------------------------------------- clients
def gmail(s, variant="web"):
    """variant: web, android, es, es_android, plain (plain-text mode)"""
    o = s.get("ours")
    at = {"web": at_gmail, "plain": at_gmail, "android": at_gmail_android, "es": at_gmail_es,
          "es_android": at_gmail_es}[variant]
    if s.get("mode") == "fwd":
        attrib = gmail_fwd_block(o)
    elif o:
        attrib = at(o)
    else:
        attrib = ""
    plain = compose(s, attrib, gt_quote)
    p = prov_gmail(s)
    mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "J", "K", "M", "O"]), rnd(R.choice([44, 46, 50]), ALNUM + "+_-=") )
    subj = reply_subject(s, "Re: ", "Fwd: ")
    ch = ["MIME-Version: 1.0"]
    ch += list(reversed(threading(s)))
    ch.append(from_h(s))
    if s.get("reply_to"):
        ch.append("Reply-To: " + s["reply_to"])
    ch.append("Date: " + rfcdate(s["date"]))
    ch.append("X-Gm-Features: AQ%s" % rnd(40, ALNUM + "_-"))
    ch.append("Message-ID: " + mid)
    ch.append(subj_header(subj))
    ch.append(to_h(s))
    if variant == "plain":
        h, b = leaf(plain, charset="UTF-8", omit_7bit=True)
        ch += h
        return p, ch, b, mid
    dirattr = ' dir="auto"' if "android" in variant else ' dir="ltr"'
    newhtml = "<div%s>%s</div>" % (dirattr, text_to_html_divs(s.get("text", "")) if "\n" in s.get("text", "") else esc(s.get("text", "")))
    if o and s.get("mode") == "fwd":
        fh = text_to_html_br(attrib).replace("From: ", "From: <strong class=\"gmail_sendername\" dir=\"auto\"></strong>", 1)
        html = newhtml + '<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>\n' % (fh, text_to_html_br(o["text"]))
    elif o:
        quoted = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % text_to_html_br(o["text"])
        qdiv = '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>%s</div>' % (esc(attrib), quoted)
        if s.get("style") == "bottom":
            html = qdiv + newhtml
        else:
            html = newhtml + "<br>" + qdiv
        html += "\n"
    else:
        html = newhtml + "\n"
    b = "000000000000" + rnd(16, "0123456789abcdef")
    ct, body = multipart("alternative", b, [leaf(plain, charset="UTF-8", omit_7bit=True),
                                            leaf(html, "html", charset="UTF-8", omit_7bit=True)])
    ch.append(ct)
    return p, ch, body, mid


def iphone(s, account="icloud", lang="en", sig=None):
    o = s.get("ours")
    sig = sig if sig is not None else ("Enviado desde mi iPhone" if lang == "es" else "Sent from my iPhone")
    at = at_apple_es if lang == "es" else at_apple
    text = s.get("text", "")
    if sig:
        text = text + "\n\n" + sig if text else sig
    s2 = dict(s, text=text)
    if s.get("mode") == "fwd":
        attrib = apple_fwd_block(o)
    elif o:
        attrib = at(o) + "\n"
    else:
        attrib = ""
    plain = compose(s2, ("" if s.get("mode") == "fwd" else "") + attrib, lambda t: gt_quote(t, blank="> ", prefix="> "))
    if o and s.get("mode") != "fwd" and s.get("style", "top") == "top":
        # iOS quotes the attribution line too
        plain = text + "\n\n> " + at(o) + "\n> \n" + gt_quote(o["text"], blank="> ")
    p = prov_icloud(s) if account == "icloud" else prov_gmail(s, via_app=True)
    dom = s["frm"][1].split("@")[1]
    mid = "<%s@%s>" % (uuid_upper(), dom)
    ch = ["Content-Type: text/plain; charset=utf-8"]
    cte, body = enc_body(plain, "utf-8", "auto")
    ch.append("Content-Transfer-Encoding: " + cte)
    ch.append(from_h(s))
    ch.append("Mime-Version: 1.0 (1.0)")
    ch.append(subj_header(reply_subject(s, "Re: ", "Fwd: ")))
    ch.append("Date: " + rfcdate(s["date"]))
    ch.append("Message-Id: " + mid)
    th = threading(s)
    if th:
        ch.append(th[1]); ch.append(th[0])
    ch.append(to_h(s))
    ch.append("X-Mailer: iPhone Mail (22D%d)" % R.choice([60, 63, 72]))
    return p, ch, body, mid


def applemail(s):
    o = s.get("ours")
    if s.get("mode") == "fwd":
        attrib = apple_fwd_block(o)
        plain = compose(s, attrib, gt_quote)
    elif o:
        plain = s["text"] + "\n\n> " + at_apple(o) + "\n> \n" + gt_quote(o["text"], blank="> ")
    else:
        plain = s["text"]
    p = prov_icloud(s)
    mid = "<%s@icloud.com>" % uuid_upper()
    b = "Apple-Mail=_%s" % uuid_upper()
    newhtml = text_to_html_divs(s["text"])
    if o and s.get("mode") != "fwd":
        html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
                '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div><br></body></html>\n'
                % (newhtml, esc(at_apple(o)), text_to_html_br(o["text"])))
    elif o:
        html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div></body></html>\n'
                % (newhtml, text_to_html_br(attrib), text_to_html_br(o["text"])))
    else:
        html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\n' % newhtml)
    ct, body = multipart("alternative", b, [leaf(plain, charset="utf-8", cs_quote=True),
                                            leaf(html, "html", charset="utf-8")])
    ch = [ct, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))", subj_header(reply_subject(s, "Re: ", "Fwd: ")),
          from_h(s)]
    th = threading(s)
    if th:
        ch.append(th[0])
    ch += ["Date: " + rfcdate(s["date"]), "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid]
    if th:
        ch.append(th[1])
    ch += [to_h(s), "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return p, ch, body, mid


def outlookcom(s, lang="en", desktop=False, corp_domain=None, charset="us-ascii"):
    """Outlook.com web (lang en/es) or Outlook desktop on Exchange Online (desktop=True)."""
    o = s.get("ours")
    p = prov_outlook(s, domain=corp_domain, corp=bool(corp_domain))
    box = s["_box"]
    if o:
        blk = outlook_block(o, s.get("quote_to", s["frm"][1] if not desktop else "%s <%s>" % s["frm"]), lang, sep=not desktop)
        plain = s["text"] + "\n\n" + blk + "\n\n" + o["text"]
    else:
        plain = s["text"]
    if not is_ascii(plain) and charset == "us-ascii":
        charset = "utf-8"
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, rnd(24, "0123456789ABCDEF"), box, R.randint(10, 19))
    rp = "RE: " if not lang == "es" else "RE: "
    fw = "FW: " if lang != "es" else "RV: "
    subj = reply_subject(s, rp, fw)
    b = "_000_%s_" % mid[1:-1].split("@")[0]
    font = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if not desktop else "Calibri, sans-serif"
    newhtml = "".join('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (font, esc(l) if l.strip() else "<br>") for l in s["text"].split("\n"))
    if o:
        lab = ("De", "Enviado", "Para", "Asunto") if lang == "es" else ("From", "Sent", "To", "Subject")
        d = (sent_es if lang == "es" else sent_en)(o)
        hdrhtml = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                   '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font><div>&nbsp;</div></div>'
                   % (lab[0], esc(o["name"]), o["addr"], lab[1], d, lab[2], esc(s.get("quote_to", s["frm"][1])), lab[3], esc(o["subject"])))
        qhtml = "<div>%s</div>" % text_to_html_br(o["text"])
    else:
        hdrhtml = qhtml = ""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n%s\n%s\n</body>\n</html>\n'
            % (charset, newhtml, hdrhtml, qhtml))
    ct, body = multipart("alternative", b, [leaf(plain, charset=charset, cte="quoted-printable"),
                                            leaf(html, "html", charset=charset, cte="quoted-printable")])
    ch = [from_h(s), to_h(s)]
    if s.get("reply_to"):
        ch.append("Reply-To: " + s["reply_to"])
    ch += [subj_header(subj), subj_header(subj.replace("RE: ", "").replace("FW: ", "").replace("RV: ", ""), name="Thread-Topic"),
           "Thread-Index: AQH%s==" % rnd(26, ALNUM + "+/"), "Date: " + rfcdate(central(s["date"]).astimezone(UTC), pad=True).replace("-0000", "+0000"),
           "Message-ID: " + mid]
    th = threading(s)
    if th:
        ch += [th[1], th[0]]
    ch += ["Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"), "Content-Language: %s" % ("es-MX" if lang == "es" else "en-US"),
           "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if not desktop:
        ch += ["x-ms-exchange-messagesentrepresentingtype: 1", "x-tmn: [%s]" % rnd(40, ALNUM + "+/"),
               "x-ms-publictraffictype: Email"]
    else:
        ch += ["msip_labels:", "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (p["headers"][-1].split()[2], p["headers"][-1].split()[2])]
    ch += [ct, "MIME-Version: 1.0"]
    return p, ch, body, mid


def yahoo(s, variant="web", aol=False):
    o = s.get("ours")
    text = s.get("text", "")
    if variant == "android":
        text = text + "\n\nSent from Yahoo Mail on Android" if text else "Sent from Yahoo Mail on Android"
        if o:
            flat = "   ".join(l for l in o["text"].split("\n") if l.strip())
            plain = text + "\n \n  " + at_yahoo_android(o) + "   " + flat + "  "
        else:
            plain = text
    elif aol:
        plain = text + ("\n\n\n" + aol_block(o, s["frm"][1]) + "\n\n" + o["text"] if o else "")
    else:
        at = at_yahoo_es if variant == "es" else at_yahoo
        if o and s.get("mode") == "fwd":
            d = _c(o); h, ap = h12(d)
            plain = text + "\n\n\n   ----- Forwarded Message ----- From: %s <%s>To: %s <%s>Sent: %s, %s %d, %d at %02d:%02d:%02d %s %sSubject: %s\n \n%s" % (
                o["name"], o["addr"], s["frm"][0], s["frm"][1], DOW_LONG[d.weekday()], MON_LONG[d.month - 1], d.day, d.year, h, d.minute, d.second, ap, d.tzname(), o["subject"], o["text"])
        elif o:
            plain = text + "\n\n\n    " + at(o) + "  \n \n \n" + o["text"]
        else:
            plain = text
    p = prov_yahoo(s, aol)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 2099999999), R.randint(100000000, 999999999), int(s["date"].timestamp() * 1000) + R.randint(0, 999))
    sx = "".join(R.choice("0123456789abcdef") for _ in range(10))
    divs = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
    if o:
        quote = ('<div id="ydp%syahoo_quoted_%d" class="ydp%syahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 '<div>%s</div><div><br></div><div><br></div><div><div dir="ltr">%s</div></div></div></div>' % (sx, R.randint(1000000000, 9999999999), sx, esc(at_yahoo(o) if variant != "es" else at_yahoo_es(o)), text_to_html_br(o["text"])))
    else:
        quote = ""
    html = ('<html><head></head><body><div class="ydp%syahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s</div>%s</body></html>\n' % (sx, divs, quote))
    pn = R.randint(1000000, 9999999)
    b = "----=_Part_%d_%d.%d" % (pn, R.randint(100000000, 999999999), int(s["date"].timestamp() * 1000))
    ct, body = multipart("alternative", b, [leaf(plain, charset="UTF-8", cs_quote=False, cte="quoted-printable"),
                                            leaf(html, "html", charset="UTF-8", cs_quote=False, cte="quoted-printable")])
    ch = ["Date: " + rfcdate(central(s["date"]).astimezone(UTC), pad=False).replace("-0000", "+0000 (UTC)"),
          from_h(s), to_h(s), "Message-ID: " + mid]
    th = threading(s)
    ch += th
    ch += [subj_header(reply_subject(s, "Re: ", "Fwd: ")), "MIME-Version: 1.0", ct.replace('"', "").replace("boundary=", 'boundary="') + '"']
    xm = {"web": "WebService/1.1.24%03d YMailNorrin" % R.randint(100, 999),
          "es": "WebService/1.1.24%03d YMailNorrin" % R.randint(100, 999),
          "android": "WebService/1.1.24%03d YMailNodin" % R.randint(100, 999)}[variant]
    if aol:
        xm = "WebService/1.1.24%03d AolMailNorrin" % R.randint(100, 999)
    ch.append("X-Mailer: " + xm)
    return p, ch, body, mid


def thunderbird(s, isp="mediacom"):
    o = s.get("ours")
    attrib = at_tb(o) if o else ""
    plain = compose(s, attrib, gt_quote)
    p = prov_mediacom(s)
    mid = "<%s-%s-%s-%s-%s@%s>" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX), s["frm"][1].split("@")[1])
    cte = "8bit" if not is_ascii(plain) else "7bit"
    ch = ["Message-ID: " + mid, "Date: " + rfcdate(s["date"]), "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird", "Subject: " + reply_subject(s, "Re: ", "Fwd: ") if is_ascii(reply_subject(s)) else subj_header(reply_subject(s)),
          "Content-Language: en-US", to_h(s)]
    th = threading(s)
    if th:
        ch.append(th[1])
    ch += [from_h(s)]
    if th:
        ch.append(th[0])
    ch += ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + cte]
    return p, ch, plain if plain.endswith("\n") else plain + "\n", mid


def samsung(s, lang="en", via="comcast"):
    o = s.get("ours")
    sig = "Enviado desde mi Galaxy" if lang == "es" else "Sent from my Galaxy"
    text = s.get("text", "")
    plain = text + "\n\n\n\n" + sig + "\n\n\n" + (samsung_block(o, s["frm"][1], lang) + "\n" + o["text"] if o else "")
    p = prov_comcast(s) if via == "comcast" else prov_gmail(s)
    if via != "comcast":
        p["headers"].append("Received: from [10.%d.%d.%d] ([172.58.%d.%d])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
            R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), rnd(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
            s["to_addr"], rfcdate(pacific(s["date"]), zname=True)))
    mid = "<%s.%s@email.android.com>" % (rnd(10, "0123456789abcdefghijklmnopqrstuvwxyz"), rnd(14, "0123456789"))
    newhtml = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir='auto'>%s</div><div dir='auto'><br></div><div dir='auto'><br></div><div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:12px;color:#575757\" dir=\"auto\">%s</div></div><div dir='auto'><br></div>" % (
        text_to_html_br(text), esc(sig))
    if o:
        newhtml += "<div align=\"left\" dir=\"auto\" style=\"font-size:100%%;color:#000000\"><div>%s</div></div>%s" % (text_to_html_br(samsung_block(o, s["frm"][1], lang)), text_to_html_br(o["text"]))
    newhtml += "</body></html>\n"
    b = "--_com.samsung.android.email_%d%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 6, 10 ** 7))
    ct, body = multipart("alternative", b, [leaf(plain, charset="utf-8", cs_quote=False, cte="base64"),
                                            leaf(newhtml, "html", charset="utf-8", cs_quote=False, cte="base64")])
    ch = ["Date: " + rfcdate(s["date"]), "Message-ID: " + mid, "X-Android-Message-ID: " + mid]
    th = threading(s)
    if th:
        ch.append(th[0])
    ch += ["Importance: normal", from_h(s), to_h(s), subj_header(reply_subject(s, "Re: " if lang == "en" else "RE: ", "Fwd: ")),
           "MIME-Version: 1.0", ct]
    return p, ch, body, mid


CLIENTS = {
    "gmail": lambda s: gmail(s, "web"),
    "gmail_android": lambda s: gmail(s, "android"),
    "gmail_es": lambda s: gmail(s, "es"),
    "gmail_es_android": lambda s: gmail(s, "es_android"),
    "gmail_plain": lambda s: gmail(s, "plain"),
    "iphone": lambda s: iphone(s, "icloud"),
    "iphone_gmail": lambda s: iphone(s, "gmail"),
    "iphone_es": lambda s: iphone(s, "gmail", "es"),
    "iphone_nosig": lambda s: iphone(s, "icloud", sig=""),
    "applemail": applemail,
    "outlookcom": lambda s: outlookcom(s),
    "outlookcom_es": lambda s: outlookcom(s, "es"),
    "outlook_desktop": lambda s: outlookcom(s, desktop=True, corp_domain=s["frm"][1].split("@")[1]),
    "outlook_desktop_home": lambda s: outlookcom(s, desktop=True),
    "yahoo": lambda s: yahoo(s, "web"),
    "yahoo_android": lambda s: yahoo(s, "android"),
    "yahoo_es": lambda s: yahoo(s, "es"),
    "aol": lambda s: yahoo(s, "web", aol=True),
    "thunderbird": thunderbird,
    "samsung": lambda s: samsung(s, "en"),
    "samsung_es": lambda s: samsung(s, "es", via="gmail"),
}
