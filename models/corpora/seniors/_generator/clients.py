"""Render a person's message the way a given mail program would send it."""
from mailkit import (When, Leaf, Multi, Embedded, render_message, enc_header, addr, esc, text_to_html_divs,
                     text_to_html_p, hexid, HEXID, alnum, uuid_upper, uuid_lower, boundary_for, stable_rng,
                     DAYS, MONTHS, LDAYS, LMONTHS, ES_DAYS, ES_LDAYS, ES_MONTHS, ES_LMONTHS, MAILBOX_ADDR, norm)

# ------------------------------------------------------------------ provider routing
PROVIDERS = {
    "gmail.com": "gmail", "yahoo.com": "yahoo", "ymail.com": "yahoo", "aol.com": "aol", "outlook.com": "outlook",
    "hotmail.com": "outlook", "msn.com": "outlook", "live.com": "outlook", "icloud.com": "icloud",
    "me.com": "icloud", "comcast.net": "comcast", "charter.net": "charter", "mchsi.com": "mediacom",
    "centurylink.net": "centurylink", "q.com": "centurylink", "frontier.com": "frontier",
    "frontiernet.net": "frontier", "tds.net": "tds", "netins.net": "netins", "windstream.net": "windstream",
    "iowatelecom.net": "windstream", "mediacombb.net": "mediacom", "sbcglobal.net": "yahoo",
    "att.net": "yahoo", "prodigy.net": "yahoo",
}


def provider_of(address):
    dom = address.rsplit("@", 1)[1].lower()
    return PROVIDERS.get(dom, "org:" + dom)


def pfx_date(w):
    """Postfix-style date: day padded with a space."""
    d = w.local
    return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                                     d.hour, d.minute, d.second, w.off_str(), w.zone_abbr())


def our_hop(rng, helo, ip, rcpt, w, tls=True):
    qid = alnum(rng, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    mx = rng.choice(["mx1", "mx2"])
    return ("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with %s id 4%s\n\tfor <%s>; %s" %
            (helo, helo, ip, mx, "ESMTPS" if tls else "ESMTP", qid, rcpt, pfx_date(w.central())), mx)


def provider_hops(rng, prov, sender, rcpt, w, client):
    """Returns (list of 'Name: value' header strings top-down *after* our hop, helo, ip, auth_domain)."""
    wu = w.to_offset(0)
    if prov == "gmail":
        n = rng.choice(["qk1", "yb1", "pj1", "oi1", "ot1", "il1", "vs1", "qv1"])
        ip = "209.85.%d.%d" % (rng.choice([128, 160, 167, 208, 210, 214, 219, 222]), rng.randint(20, 250))
        helo = "mail-%s-f%d.google.com" % (n, int(ip.split(".")[-1]))
        dst = w.utc() < When("2026-11-01 09:00", 0).utc()
        pac = w.to_offset(-420 if dst else -480, "PDT" if dst else "PST")
        hops = ["Received: by %s with SMTP id %s-%ss%d.%d\n        for <%s>; %s" % (
            helo, "af79cd13be357" if n == "qk1" else "00721157ae682", hexid(rng, 14), rng.randint(10 ** 8, 10 ** 9),
            rng.randint(0, 9), rcpt, pac.rfc(zero_pad_day=True, comment=True))]
        if client in ("iphone", "ipad", "apple_mail", "thunderbird"):
            hops.append("Received: from smtpclient.apple ([2600:1700:%s:%s::%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                hexid(rng, 4), hexid(rng, 4), hexid(rng, 2), alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789") + ".14.2026", rcpt,
                pac.rfc(zero_pad_day=True, comment=True))
                if client != "thunderbird" else
                "Received: from [192.168.1.%d] (%s.dhcp.charter.com. [24.%d.%d.%d])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                    rng.randint(2, 60), "cpe-24-%d-%d-%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                    rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
                    alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, pac.rfc(zero_pad_day=True, comment=True)))
        dom = "gmail.com"
        dkim = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
                "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s==" % (
                    int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()),
                    int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()) + 604800,
                    alnum(rng, 43), alnum(rng, 70), alnum(rng, 62)))
        hops.append(dkim)
        hops.append("X-Google-Smtp-Source: AGHT+I%s" % alnum(rng, 60))
        hops.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexid(rng, 3), hexid(rng, 4), hexid(rng, 3), hexid(rng, 4), alnum(rng, 16), rng.randint(1, 999) * 1000 + 1,
            int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()) * 1000 + rng.randint(0, 999),
            pac.rfc(zero_pad_day=True, comment=True)))
        return hops, helo, ip, dom
    if prov in ("yahoo", "aol"):
        ip = "%s.%d.%d" % (rng.choice(["66.163", "74.6", "98.137", "67.195"]), rng.randint(128, 190), rng.randint(10, 250))
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(20, 40),
                                                        rng.choice(["ne1", "bf2", "gq1"]))
        dom = "aol.com" if prov == "aol" else sender.rsplit("@", 1)[1]
        hops = ["Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (helo, wu.rfc()),
                "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d; bh=%s=; h=From:Subject:From:Subject; b=%s" % (
                    dom, int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()), alnum(rng, 43), alnum(rng, 86)),
                "X-YMail-OSG: %s\n %s" % (alnum(rng, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"),
                                          alnum(rng, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")),
                "X-Sonic-MF: <%s>" % sender,
                "X-Sonic-ID: %s" % uuid_lower(rng)]
        return hops, helo, ip, dom
    if prov == "outlook":
        ip = "40.92.%d.%d" % (rng.randint(10, 90), rng.randint(10, 250))
        tenant = rng.choice(["NAM12", "NAM10", "NAM11", "NAM04", "NAM02"])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (tenant, alnum(rng, 3, "BCDMSW") + str(rng.randint(1, 9)))
        srv = "%s%sPR%02dMB%04d" % (rng.choice(["SA1", "BY5", "CH3", "DM6", "MW4", "PH0"]), "", rng.randint(10, 19), rng.randint(1000, 9999))
        hops = ["Received: from %s.namprd%02d.prod.outlook.com\n (2603:10b6:%s:%s::%d) by %s.namprd%02d.prod.outlook.com\n (2603:10b6:%s:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                    srv, rng.randint(10, 19), hexid(rng, 3), hexid(rng, 2), rng.randint(10, 30), srv,
                    rng.randint(10, 19), hexid(rng, 3), hexid(rng, 2), rng.randint(10, 30),
                    rng.randint(8000, 8400), rng.randint(10, 40), wu.rfc()),
                "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % alnum(rng, 76),
                "X-MS-Exchange-Organization-SCL: 1",
                ]
        dom = sender.rsplit("@", 1)[1]
        return hops, helo, ip, dom
    if prov == "icloud":
        ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(10, 250))
        helo = "st43p00im-ztfb%08d.me.com" % rng.randint(10 ** 7, 10 ** 8 - 1)
        hops = ["Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)" % (
                    helo, HEXID(rng, 11), rcpt, wu.rfc(zero_pad_day=False)),
                "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;\n\tb=%s" % (
                    int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()), alnum(rng, 43), alnum(rng, 72))]
        return hops, helo, ip, "icloud.com"
    if prov == "comcast":
        ip = "96.%d.%d.%d" % (rng.choice([114, 118, 102]), rng.randint(150, 160), rng.randint(10, 250))
        helo = "resomta-h%dp-%06d.sys.comcast.net" % (rng.randint(1, 2), rng.randint(100000, 999999))
        hops = ["Received: from zimbra-ch%d.mail.comcast.net ([%s])\n\tby %s with ESMTPS\n\tid %s; %s" % (
            rng.randint(1, 9), "69.252.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), helo,
            alnum(rng, 16), wu.rfc())]
        return hops, helo, ip, "comcast.net"
    # ISPs / org domains: a single submission hop
    dom = sender.rsplit("@", 1)[1]
    table = {
        "charter": ("p-impout%03d.msg.pkvw.co.charter.net" % rng.randint(1, 20), "47.43.20.%d" % rng.randint(20, 40)),
        "mediacom": ("mail.mchsi.com", "173.19.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
        "centurylink": ("smtp.centurylink.net", "206.152.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
        "frontier": ("smtp.frontier.com", "74.40.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
        "tds": ("mail.tds.net", "204.246.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
        "netins": ("smtp.netins.net", "167.142.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
        "windstream": ("smtp.windstream.net", "162.39.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
    }
    if prov in table:
        helo, ip = table[prov]
    else:
        helo = "mail.%s" % dom
        ip = "%d.%d.%d.%d" % (rng.choice([12, 23, 50, 64, 66, 71, 107, 173, 198, 208]), rng.randint(1, 250),
                              rng.randint(1, 250), rng.randint(1, 250))
    hops = ["Received: from [192.168.%d.%d] (%s [%d.%d.%d.%d])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s" % (
        rng.randint(0, 1), rng.randint(2, 200), "unknown", rng.randint(24, 99), rng.randint(1, 250),
        rng.randint(1, 250), rng.randint(1, 250), helo, alnum(rng, 14), rcpt, w.rfc())]
    return hops, helo, ip, dom


def transport_headers(rng, sender, rcpt, w, client, spf="pass", dkim_ok=True):
    prov = provider_of(sender)
    hops, helo, ip, dom = provider_hops(rng, prov, sender, rcpt, w, client)
    arrive = w.shifted(rng.randint(2, 40))
    ours, mx = our_hop(rng, helo, ip, rcpt, arrive)
    out = [("Return-Path", "<%s>" % sender), ("Delivered-To", rcpt)]
    out.append(tuple(ours.split(": ", 1)))
    out.append(("Authentication-Results", "%s.alliant-energy.com;\n\tdkim=%s header.d=%s;\n\tspf=%s (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (
        mx, "pass" if dkim_ok else "none", dom, spf, mx, sender, ip, sender, "pass" if spf == "pass" else "none", dom)))
    for h in hops:
        k, v = h.split(": ", 1)
        out.append((k, v))
    return out


# ------------------------------------------------------------------ quote headers
def q_gmail(o, lang, mobile=False):
    w = o["when"].central()
    d = w.local
    n, a = o["sender"]
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1], d.year, d.hour, d.minute, n, a)
    sep = ", " if mobile else " at "
    return "On %s, %s %d, %d%s%s %s <%s> wrote:" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, sep,
                                                     w.h12(), n, a)


def q_apple(o, lang, mac=False, nnbsp=True):
    w = o["when"].central()
    d = w.local
    n, a = o["sender"]
    if lang == "es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (d.day, ES_MONTHS[d.month - 1], d.year, d.hour,
                                                                 d.minute, n, a)
    if mac:
        return "On %s %d, %d, at %02d:%02d, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, d.hour, d.minute,
                                                               n, a)
    t = w.h12()
    if nnbsp:
        t = t.replace(" ", "\u202f")
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, t, n, a)


def outlook_block(o, lang, to_disp, style="owa"):
    w = o["when"].central()
    d = w.local
    n, a = o["sender"]
    if lang == "es":
        lines = ["De: %s <%s>" % (n, a),
                 "Enviado: %s, %d de %s de %d %d:%02d" % (ES_LDAYS[d.weekday()], d.day, ES_LMONTHS[d.month - 1], d.year,
                                                         d.hour, d.minute),
                 "Para: %s" % to_disp, "Asunto: %s" % o["subject"]]
    else:
        lines = ["From: %s <%s>" % (n, a),
                 "Sent: %s, %s %d, %d %s" % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, w.h12()),
                 "To: %s" % to_disp, "Subject: %s" % o["subject"]]
    return lines


def quote_lines(text, prefix="> "):
    out = []
    for l in norm(text).split("\n"):
        out.append((prefix + l) if l else prefix.rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------ client profiles
DEVICE_SIG = {
    ("iphone", "en"): "Sent from my iPhone", ("iphone", "es"): "Enviado desde mi iPhone",
    ("ipad", "en"): "Sent from my iPad", ("ipad", "es"): "Enviado desde mi iPad",
    ("samsung", "en"): "Sent from my Galaxy", ("samsung", "es"): "Enviado desde mi Galaxy",
    ("yahoo_mobile", "en"): "Sent from Yahoo Mail on Android", ("yahoo_mobile", "es"): "Enviado desde Yahoo Mail para Android",
    ("aol_mobile", "en"): "Sent from the all new AOL app for iOS", ("aol_mobile", "es"): "Enviado desde la nueva app de AOL para iOS",
    ("outlook_ios", "en"): "Get Outlook for iOS", ("outlook_ios", "es"): "Obtener Outlook para iOS",
    ("gmail_android", "en"): None, ("gmail_android", "es"): None,
}


def family(client):
    return {"gmail": "gmail", "gmail_android": "gmail", "iphone": "apple_ios", "ipad": "apple_ios",
            "apple_mail": "apple_mac", "outlook_com": "outlook", "outlook_ios": "outlook",
            "outlook_desktop": "outlook_desk", "yahoo": "yahoo", "yahoo_mobile": "yahoo", "aol": "aol",
            "aol_mobile": "aol", "thunderbird": "thunderbird", "wlm": "wlm", "zimbra": "zimbra",
            "samsung": "samsung"}[client]


def msgid_for(client, rng, sender, w):
    dom = sender.rsplit("@", 1)[1]
    f = family(client)
    if f == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "J", "K", "E", "F"]), alnum(rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=+"))
    if f in ("apple_ios", "apple_mac"):
        return "<%s@%s>" % (uuid_upper(rng), dom)
    if f == "outlook" or (f == "outlook_desk" and provider_of(sender) == "outlook"):
        srv = "%sPR%02dMB%04d" % (rng.choice(["SA1", "BY5", "CH3", "DM6", "MW4", "PH0", "IA1"]), rng.randint(10, 19), rng.randint(1000, 9999))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, HEXID(rng, 28), srv, rng.randint(10, 19))
    if f == "outlook_desk":
        return "<00%s01dc%s$%s$%s$@%s>" % (hexid(rng, 2), hexid(rng, 4), hexid(rng, 8), hexid(rng, 8), dom)
    if f in ("yahoo", "aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7),
                                              int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()) * 1000 + rng.randint(0, 999))
    if f == "thunderbird":
        return "<%s@%s>" % (uuid_lower(rng), dom)
    if f == "wlm":
        return "<%s@%s>" % (HEXID(rng, 32), rng.choice(["DellPC", "HPPavilion", "OwnerPC", "DESKTOP-" + HEXID(rng, 7)]))
    if f == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7),
                                                  int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds()) * 1000 + rng.randint(0, 999), dom)
    if f == "samsung":
        return "<%s.%s@email.android.com>" % (alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))
    raise ValueError(client)


def flow(text, width=72):
    """format=flowed soft wrapping as Thunderbird does it (a trailing space marks a soft break)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for wd in words:
            if cur and len(cur) + 1 + len(wd) > width:
                out.append(cur + " ")
                cur = wd
            else:
                cur = (cur + " " + wd) if cur else wd
        out.append(cur)
    return "\n".join(out)


def build_person(spec):
    """spec: dict, see people.py. Returns raw bytes."""
    rng = stable_rng(spec["id"])
    client = spec["client"]
    f = family(client)
    lang = spec.get("lang", "en")
    w = When(spec["date"], spec.get("tz"))
    from_name, from_addr = spec["from"]
    rcpt = MAILBOX_ADDR[spec["mailbox"]]
    to_disp_name = spec.get("to_name")
    o = spec.get("ours")
    mode = spec.get("mode", "reply" if o else None)
    subject = spec.get("subject")
    if subject is None and o:
        if mode == "forward":
            subject = ("RV: " if lang == "es" and f == "outlook" else ("Fwd: " if f in ("gmail", "apple_ios", "apple_mac", "thunderbird") else "FW: ")) + o["subject"]
        else:
            subject = o["subject"] if o["subject"].lower().startswith("re:") else \
                ("RE: " if f in ("outlook", "outlook_desk", "wlm") else "Re: ") + o["subject"]
    body = norm(spec["body"]).strip("\n")
    sig = spec.get("device_sig", DEVICE_SIG.get((client, lang)))
    charset = spec.get("charset")
    cte = spec.get("cte")
    me_disp = ("%s <%s>" % (from_name, from_addr)) if from_name else from_addr
    # ---------------------------------------------------------------- plain text
    new_plain = body
    if sig:
        new_plain += "\n\n" + sig
    qplain = ""
    qhtml = ""
    if o and mode == "reply":
        if f == "gmail":
            qh = q_gmail(o, lang, mobile=(client == "gmail_android"))
            qplain = "\n\n" + qh + "\n\n" + quote_lines(o["text"]) + "\n"
            qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                         esc(qh), text_to_html_p(o["text"])))
        elif f in ("apple_ios", "apple_mac"):
            qh = q_apple(o, lang, mac=(f == "apple_mac"), nnbsp=spec.get("nnbsp", True))
            qplain = "\n\n" + "> " + qh + "\n> \n" + quote_lines(o["text"]) + "\n"
            qhtml = '<div><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div>%s</div></blockquote>' % (
                esc(qh), text_to_html_p(o["text"]))
        elif f in ("outlook", "outlook_desk"):
            lines = outlook_block(o, lang, to_disp_name or me_disp, style=f)
            sepline = "________________________________" if f == "outlook" else ""
            qplain = "\n\n" + (sepline + "\n" if sepline else "") + "\n".join(lines) + "\n\n" + o["text"] + "\n"
            qhtml = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                     '<div>&nbsp;</div></div><div>%s</div>' % (
                         "<br>".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in lines),
                         text_to_html_p(o["text"])))
        elif f == "yahoo":
            wc = o["when"].central()
            d = wc.local
            if lang == "es":
                qh = "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribió:" % (
                    ES_LDAYS[d.weekday()], d.day, ES_LMONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
                    wc.zone_abbr(), o["sender"][0], o["sender"][1])
            else:
                qh = "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (
                    LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year,
                    "%02d:%02d:%02d %s" % (d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM"),
                    wc.zone_abbr(), o["sender"][0], o["sender"][1])
            qplain = "\n\n    " + qh + " \n\n\n" + o["text"] + "\n"
            qhtml = ('<div id="ydp%s" class="yahoo_quoted" style="margin:10px 0px 0px 0.8ex;border-left:1px solid #ccc;padding-left:1ex;">'
                     '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                     '<div>%s</div><div><br></div><div><br></div><div><div dir="ltr">%s</div></div></div></div>' % (
                         hexid(rng, 8), esc(qh), text_to_html_p(o["text"])))
        elif f == "aol":
            wc = o["when"].central()
            d = wc.local
            lines = ["-----Original Message-----", "From: %s <%s>" % o["sender"], "To: %s" % from_addr,
                     "Sent: %s, %s %d, %d %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                                         d.hour % 12 or 12, d.minute, "am" if d.hour < 12 else "pm"),
                     "Subject: %s" % o["subject"]]
            qplain = "\n\n\n" + "\n".join(lines) + "\n\n" + o["text"] + "\n"
            qhtml = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:Arial, Helvetica, sans-serif;font-size:13px;color:#26282a;">'
                     '<div>%s</div><div><br></div><div>%s</div></div></div>' % (
                         hexid(rng, 10), "<br>".join(esc(l) for l in lines), text_to_html_p(o["text"])))
        elif f == "thunderbird":
            wc = o["when"].central()
            d = wc.local
            qh = "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, wc.h12(), o["sender"][0])
            qplain = "\n\n" + qh + "\n" + quote_lines(o["text"], ">") + "\n"
            qplain = qplain.replace("\n>", "\n> ").replace("\n> \n", "\n>\n").replace("\n> >", "\n>>")
        elif f == "wlm":
            wc = o["when"].central()
            d = wc.local
            lines = ["-----Original Message----- ", "From: %s " % o["sender"][0],
                     "Sent: %s, %s %d, %d %s " % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, wc.h12()),
                     "To: %s " % from_addr, "Subject: %s " % o["subject"]]
            qplain = "\n\n" + "\n".join(lines) + "\n\n" + o["text"] + " \n"
            qhtml = ('<div style="FONT: 10pt Tahoma"><div><br></div><div style="BACKGROUND: #f5f5f5"><div style="font-color: black">'
                     '%s</div></div></div><div>%s</div>' % ("".join("<div>%s</div>" % esc(l) for l in lines[1:]),
                                                           text_to_html_p(o["text"])))
        elif f == "zimbra":
            wc = o["when"].central()
            d = wc.local
            lines = ["----- Original Message -----", 'From: "%s" <%s>' % o["sender"],
                     'To: "%s" <%s>' % (from_name or from_addr, from_addr),
                     "Sent: %s, %s %d, %d %d:%02d:%02d %s" % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year,
                                                               d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM"),
                     "Subject: %s" % o["subject"]]
            qplain = "\n\n" + "\n".join(lines) + "\n\n" + o["text"] + "\n"
            qhtml = ('<hr id="zwchr"><div data-marker="__HEADERS__">%s</div><br><div data-marker="__QUOTED_TEXT__">%s</div>' % (
                "<br>".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) if ":" in l and not l.startswith("-----") else esc(l) for l in lines[1:]),
                text_to_html_p(o["text"])))
        elif f == "samsung":
            wc = o["when"].central()
            d = wc.local
            head = "-------- Original message --------" if lang == "en" else "-------- Mensaje original --------"
            lines = [head, "%s %s <%s> " % ("From:" if lang == "en" else "De:", o["sender"][0], o["sender"][1]),
                     "%s %d/%d/%02d %s (GMT%s:00) " % ("Date:" if lang == "en" else "Fecha:", d.month, d.day, d.year % 100,
                                                     wc.h12(), "-05" if wc.offset == -300 else "-06"),
                     "%s %s " % ("To:" if lang == "en" else "Para:", from_addr),
                     "%s %s " % ("Subject:" if lang == "en" else "Asunto:", o["subject"])]
            qplain = "\n\n" + "\n".join(lines) + "\n\n" + o["text"] + "\n"
            qhtml = "<div><br></div><div>%s</div><div>%s</div>" % ("".join("<div>%s</div>" % esc(l) for l in lines),
                                                                     text_to_html_p(o["text"]))
    elif o and mode == "forward":
        wc = o["when"].central()
        d = wc.local
        if f == "gmail":
            lines = ["---------- Forwarded message ---------" if lang == "en" else "---------- Forwarded message ---------",
                     "From: %s <%s>" % o["sender"] if lang == "en" else "De: %s <%s>" % o["sender"],
                     ("Date: %s, %s %d, %d at %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, wc.h12())) if lang == "en"
                     else "Date: %s, %d %s %d a las %d:%02d" % (ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1], d.year, d.hour, d.minute),
                     ("Subject: %s" if lang == "en" else "Subject: %s") % o["subject"],
                     ("To: <%s>" if lang == "en" else "To: <%s>") % from_addr]
        elif f in ("apple_ios", "apple_mac"):
            lines = ["Begin forwarded message:", "", "From: %s <%s>" % o["sender"],
                     "Date: %s %d, %d at %s %s" % (LMONTHS[d.month - 1], d.day, d.year, wc.h12().replace(" ", "\u202f"), wc.zone_abbr()),
                     "To: %s" % from_addr, "Subject: %s" % o["subject"]]
            lines = [("> " + l) if l else ">" for l in lines[2:]]
            lines = ["Begin forwarded message:", ""] + lines
        else:
            lines = ["________________________________"] + outlook_block(o, lang, me_disp)
        qplain = "\n\n" + "\n".join(lines) + "\n\n" + (quote_lines(o["text"]) if f in ("apple_ios", "apple_mac") else o["text"]) + "\n"
        qhtml = "<div><br></div><div>%s</div><div>%s</div>" % ("<br>".join(esc(l) for l in lines), text_to_html_p(o["text"]))
    if f == "thunderbird":
        new_plain = flow(new_plain)
    plain = new_plain + qplain
    if f == "thunderbird" and o and mode == "reply" and spec.get("bottom_post"):
        plain = qplain.lstrip("\n") + "\n" + new_plain + "\n"
    # ---------------------------------------------------------------- html
    html_wanted = spec.get("html")
    if html_wanted is None:
        html_wanted = f in ("gmail", "outlook", "outlook_desk", "yahoo", "aol", "wlm", "zimbra", "samsung") or (
            f == "apple_mac" and rng.random() < 0.5)
    if f == "gmail":
        newhtml = '<div dir="ltr">%s</div>' % text_to_html_divs(new_plain).replace("<div><br></div>", "<div><br></div>")
        html = newhtml + qhtml + "\n"
    elif f in ("outlook", "outlook_desk"):
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n%s\n</body>\n</html>\n' % (
                    "@@CHARSET@@", text_to_html_divs(new_plain), qhtml))
    elif f in ("yahoo", "aol"):
        html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
                '%s</div>%s</body></html>' % (hexid(rng, 8), text_to_html_divs(new_plain), qhtml))
    elif f == "wlm":
        html = ('<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">\n%s</DIV>%s</DIV></BODY></HTML>\n' % (
            text_to_html_divs(new_plain).replace("<div>", "<DIV>").replace("</div>", "</DIV>"), qhtml))
    elif f == "zimbra":
        html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '%s<br>%s</div></body></html>' % (text_to_html_divs(new_plain), qhtml))
    elif f == "samsung":
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '<div dir="auto">%s</div>%s</body></html>' % (text_to_html_divs(new_plain), qhtml))
    else:  # apple_mac
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s%s</body></html>' % (text_to_html_divs(new_plain), qhtml))
    # ---------------------------------------------------------------- charsets and encodings per client
    if charset is None:
        charset = {"gmail": '"UTF-8"', "apple_ios": "utf-8", "apple_mac": "utf-8", "outlook": '"iso-8859-1"',
                   "outlook_desk": '"us-ascii"', "yahoo": "UTF-8", "aol": "UTF-8", "thunderbird": "UTF-8",
                   "wlm": '"iso-8859-1"', "zimbra": "utf-8", "samsung": "UTF-8"}[f]
    cs_plain = charset.strip('"')
    try:
        plain.encode(cs_plain)
    except UnicodeEncodeError:
        charset = '"utf-8"' if charset.startswith('"') else "utf-8"
        cs_plain = "utf-8"
    if f == "outlook_desk" and cs_plain == "us-ascii":
        try:
            (plain + html).encode("ascii")
        except UnicodeEncodeError:
            charset = '"utf-8"'
            cs_plain = "utf-8"
    nonascii = any(ord(c) > 127 for c in plain)
    if cte is None:
        if f == "gmail":
            cte = "quoted-printable" if (nonascii or max(len(l) for l in plain.split("\n")) > 76) else "7bit"
        elif f == "apple_ios":
            cte = "quoted-printable" if (nonascii or max(len(l) for l in plain.split("\n")) > 76) else "7bit"
        elif f == "apple_mac":
            cte = "quoted-printable" if (nonascii or max(len(l) for l in plain.split("\n")) > 76) else "7bit"
        elif f in ("outlook", "outlook_desk", "wlm"):
            cte = "quoted-printable"
        elif f in ("yahoo", "aol"):
            cte = "quoted-printable" if nonascii or max(len(l) for l in plain.split("\n")) > 76 else "7bit"
        elif f == "thunderbird":
            cte = "8bit" if nonascii else "7bit"
        elif f == "zimbra":
            cte = "quoted-printable" if nonascii else "7bit"
        else:
            cte = "base64"
    html = html.replace("@@CHARSET@@", cs_plain)
    html_cte = spec.get("html_cte") or ("base64" if f == "samsung" else "quoted-printable")
    tparams = ["format=flowed"] if f == "thunderbird" else []
    if f == "apple_ios" and cte == "quoted-printable":
        pass
    plain_leaf = Leaf("text/plain", plain + ("\n" if not plain.endswith("\n") else ""), charset, cte, params=tparams)
    if f == "thunderbird":
        tparams.append("delsp=no") if False else None
    if html_wanted and f not in ("apple_ios", "thunderbird"):
        html_leaf = Leaf("text/html", html, charset if f != "gmail" else '"UTF-8"', html_cte)
        bstyle = "wlm" if (f == "outlook_desk" and provider_of(from_addr) != "outlook") else None
        body_obj = Multi("alternative", [plain_leaf, html_leaf], boundary_for(rng, bstyle or {
            "gmail": "gmail", "apple_mac": "apple", "outlook": "outlook", "outlook_desk": "outlook",
            "yahoo": "yahoo", "aol": "yahoo", "wlm": "wlm", "zimbra": "zimbra", "samsung": "samsung"}[f]))
    else:
        body_obj = plain_leaf
    atts = spec.get("attachments") or []
    if atts:
        parts = [body_obj]
        for a in atts:
            parts.append(a)
        bstyle = "wlm" if (f == "outlook_desk" and provider_of(from_addr) != "outlook") else None
        body_obj = Multi("mixed", parts, boundary_for(rng, bstyle or {"gmail": "gmail", "apple_ios": "apple", "apple_mac": "apple",
                                                            "outlook": "outlook", "outlook_desk": "outlook", "yahoo": "yahoo",
                                                            "aol": "yahoo", "thunderbird": "thunderbird", "wlm": "wlm",
                                                            "zimbra": "zimbra", "samsung": "samsung"}[f]))
    # ---------------------------------------------------------------- headers
    msgid = msgid_for(client, rng, from_addr, w)
    to_hdr = rcpt if not spec.get("to_display") else addr(spec["to_display"], rcpt)
    subj_hdr = enc_header(subject, "utf-8") if subject else None
    hdrs = transport_headers(rng, spec.get("envelope_from", from_addr), rcpt, w, client)
    from_hdr = addr(from_name, from_addr) if from_name else from_addr
    reply_refs = []
    if o and mode == "reply":
        reply_refs = [("In-Reply-To", o["msgid"]), ("References", o["msgid"])]
    rt = spec.get("reply_to")
    rt_hdr = [("Reply-To", addr(rt[0], rt[1]) if isinstance(rt, tuple) else rt)] if rt else []
    extra = list(spec.get("extra_headers") or [])
    date_hdr = w.rfc()
    if f == "gmail":
        hdrs += [("MIME-Version", "1.0")] + reply_refs + [("From", from_hdr)] + rt_hdr + [
            ("Date", date_hdr), ("X-Gm-Features", alnum(rng, 40)), ("Message-ID", msgid)]
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs.append(("To", to_hdr))
    elif f == "apple_ios":
        hdrs += [("From", from_hdr)] + rt_hdr + [("Content-Transfer-Encoding", None)] + [
            ("Mime-Version", "1.0 (1.0)")]
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("Date", date_hdr), ("Message-Id", msgid)] + reply_refs + [("To", to_hdr),
                 ("X-Mailer", spec.get("x_mailer", rng.choice(["iPhone Mail (22A3354)", "iPhone Mail (21H16)", "iPhone Mail (22B83)"]) if client == "iphone" else rng.choice(["iPad Mail (21H16)", "iPad Mail (22A3354)"])))]
    elif f == "apple_mac":
        hdrs += [("From", from_hdr)] + rt_hdr + [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))")]
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("Date", date_hdr)] + reply_refs + [("To", to_hdr), ("Message-Id", msgid),
                                                      ("X-Mailer", "Apple Mail (2.3826.200.121)")]
    elif f in ("outlook", "outlook_desk"):
        hdrs += [("From", from_hdr), ("To", to_hdr)]
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("Thread-Topic", subj_hdr or ""), ("Thread-Index", "A" + alnum(rng, 29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                 ("Date", date_hdr), ("Message-ID", msgid)] + reply_refs + rt_hdr + [
            ("Accept-Language", "es-US, en-US" if lang == "es" else "en-US"),
            ("Content-Language", "es-US" if lang == "es" else "en-US"),
            ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if f == "outlook_desk":
            hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
        hdrs.append(("MIME-Version", "1.0"))
    elif f in ("yahoo", "aol"):
        hdrs += [("Date", date_hdr), ("From", from_hdr)] + rt_hdr + [("To", to_hdr), ("Message-ID", msgid)] + reply_refs
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("MIME-Version", "1.0")]
        xm = "WebService/1.1.%d %s" % (rng.randint(22000, 23500), "AolMailNorrin" if f == "aol" else "YMailNorrin")
        if client in ("yahoo_mobile",):
            xm = "WebService/1.1.%d YMailNorrin (Android)" % rng.randint(22000, 23500)
        if client in ("aol_mobile",):
            xm = "WebService/1.1.%d AolMailNorrin (iOS)" % rng.randint(22000, 23500)
        extra.append(("X-Mailer", xm))
    elif f == "thunderbird":
        hdrs += [("Message-ID", msgid), ("Date", date_hdr), ("MIME-Version", "1.0"),
                 ("User-Agent", spec.get("ua", "Mozilla Thunderbird")),
                 ("Content-Language", "es-MX" if lang == "es" else "en-US"), ("To", to_hdr), ("From", from_hdr)] + rt_hdr
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += reply_refs
    elif f == "wlm":
        hdrs += [("Message-ID", msgid), ("From", from_hdr)] + rt_hdr + [("To", to_hdr)] + reply_refs
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("Date", date_hdr), ("MIME-Version", "1.0"), ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                 ("Importance", "Normal"), ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    elif f == "zimbra":
        hdrs += [("Date", date_hdr), ("From", from_hdr)] + rt_hdr + [("To", to_hdr), ("Message-ID", msgid)] + reply_refs
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("MIME-Version", "1.0"), ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC130 (Win)/9.0.0_ZEXTRAS_20240927)"),
                 ("Thread-Topic", subj_hdr or ""), ("Thread-Index", alnum(rng, 28))]
    elif f == "samsung":
        hdrs += [("Message-ID", msgid), ("Date", date_hdr)]
        if subj_hdr is not None:
            hdrs.append(("Subject", subj_hdr))
        hdrs += [("From", from_hdr)] + rt_hdr + [("To", to_hdr)] + reply_refs + [("MIME-Version", "1.0"),
                 ("Importance", "normal"), ("X-Priority", "3")]
    hdrs += extra
    # iOS puts Content-Transfer-Encoding among the top headers: emulate by moving the leaf header
    hdrs = [(k, v) for k, v in hdrs if v is not None or k != "Content-Transfer-Encoding"]
    if subject is None:
        pass
    return render_message(hdrs, body_obj), dict(subject=subject, msgid=msgid, when=w, client=client)
