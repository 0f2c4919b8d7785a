"""How each mail program builds a person's message, with the trace our MX hosts add."""
import sys
sys.dont_write_bytecode = True
from datetime import timedelta
from lib import (R, BOX, rfc, czone, pzone, pacific, utc, in_tz, rs, HEX, ALNUM, b64s, qid, uuid_upper, uuid_lower,
                 fold_b, is_ascii, ew, addr, leaf, binary, multipart, assemble, esc, br, Part)
from ours import OUR

ES_WD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")

# ------------------------------------------------------------------ trace

def auth_line(mx, dom, sel, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="p=NONE sp=QUARANTINE dis=NONE"):
    parts = []
    if dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (dkim, dom, sel, b64s(8)))
    if spf == "pass":
        parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mx, mailfrom or "postmaster", ip, mailfrom or "<>"))
    else:
        parts.append("spf=%s (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mx, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, dom))
    return "Authentication-Results: %s.alliant-energy.com;\r\n\t" % mx + ";\r\n\t".join(parts)

def trace(box, env_from, arrive, src_host, src_ip, dom, sel, helo=None, dkim="pass", spf="pass", dmarc="pass",
          tls=True, policy="p=NONE sp=QUARANTINE dis=NONE"):
    mx = R.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    t1 = arrive - timedelta(seconds=R.randint(1, 3))
    rcpt = BOX[box] if box in BOX else box
    lines = ["Return-Path: <%s>" % (env_from or ""),
             "Delivered-To: %s" % rcpt,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (mx, mx, mxip, qid(), rcpt, rfc(arrive, czone(arrive))),
             auth_line(mx, dom, sel, env_from, src_ip, dkim, spf, dmarc, policy),
             "Received: from %s (%s [%s])\r\n\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n\tfor <%s>; %s"
             % (helo or src_host, src_host, src_ip, mx, "ESMTPS" if tls else "ESMTP", qid(), rcpt, rfc(t1, czone(t1)))]
    return lines

def dkim(dom, sel, t, h, algo="rsa-sha256", extra=""):
    ts = int(utc(t).timestamp())
    return ("DKIM-Signature: v=1; a=%s; c=relaxed/relaxed;\r\n        d=%s; s=%s; t=%d;%s\r\n        h=%s;\r\n        bh=%s=;\r\n        b=%s"
            % (algo, dom, sel, ts, extra, h, b64s(43), fold_b(b64s(342), "        ")))

# ------------------------------------------------------------------ quotes

def quote_plain(key, style, rcpt):
    o = OUR[key]
    d = o["dt"]
    hh, ap = h12(d)
    t = o["text"]
    pref = "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
    if style == "gmail":
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, hh, d.minute, ap, o["name"], o["addr"])
        return head + "\n\n" + pref
    if style == "gmail_es":
        head = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_WD[d.weekday()], d.day, ES_MON[d.month - 1], d.year, d.hour, d.minute, o["name"], o["addr"])
        return head + "\n\n" + pref
    if style == "iphone":
        head = "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (d.strftime("%b"), d.day, d.year, hh, d.minute, ap, o["name"], o["addr"])
        return head + "\n\n" + pref
    if style == "iphone_es":
        head = "El %d %s %d, a la(s) %d:%02d %s, %s <%s> escribió:" % (d.day, ES_MON[d.month - 1], d.year, hh, d.minute, "a.m." if ap == "AM" else "p.m.", o["name"], o["addr"])
        return head + "\n\n" + pref
    if style == "yahoo":
        head = "On %s, %s %d, %d at %d:%02d:%02d %s %s, %s <%s> wrote:" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, hh, d.minute, d.second, ap, czone(d), o["name"], o["addr"])
        return head + "\n\n\n" + t
    if style == "outlook":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
                % (o["name"], o["addr"], d.strftime("%A"), d.strftime("%B"), d.day, d.year, hh, d.minute, ap, rcpt, o["subject"], t))
    if style == "samsung":
        return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %d:%02d %s (GMT%s) \nTo: %s \nSubject: %s \n\n%s"
                % (o["name"], o["addr"], d.month, d.day, d.strftime("%y"), hh, d.minute, ap,
                   "-06:00" if czone(d) == "CST" else "-05:00", rcpt, o["subject"], t))
    raise ValueError(style)

def quote_html_gmail(key, style, rcpt):
    o = OUR[key]
    plain = quote_plain(key, style, rcpt)
    head = plain.split("\n", 1)[0]
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (esc(head), br(o["text"])))

def reply_subject(key, prefix="Re: "):
    return prefix + OUR[key]["subject"]

def reply_refs(key):
    mid = OUR[key]["mid"]
    return ["References: %s" % mid, "In-Reply-To: %s" % mid]

# ------------------------------------------------------------------ builders

def with_attachments(body_part, attach, boundary):
    if not attach:
        return body_part
    parts = [body_part] + [binary(a[0], a[1], a[2]) for a in attach]
    return multipart("mixed", parts, boundary)

def common_to(spec):
    return spec.get("to") or BOX[spec["box"]]

def gmail(spec, sent, arrive, variant="web"):
    name, frm = spec["frm"]
    box = spec["box"]
    host_pref = R.choice(["qt1", "yw1", "ua1", "pj1", "oi1", "lf1", "ej1", "qk1", "vs1", "io1", "qv1", "wr1"])
    n = R.randint(41, 200)
    host = "mail-%s-f%d.google.com" % (host_pref, n)
    ip = "209.85.%d.%d" % (R.choice([128, 160, 166, 167, 208, 210, 214, 217, 219, 221, 222]), n)
    lines = trace(box, frm, arrive, host, ip, "gmail.com", "20230601")
    t0 = sent + timedelta(seconds=1)
    lines.append("Received: by %s with SMTP id %sso%d.%d\r\n        for <%s>; %s"
                 % (host, rs(20, HEX), R.randint(1000000, 9999999), R.randint(0, 3), BOX[box], rfc(pacific(t0), pzone(pacific(t0)))))
    lines.append(dkim("gmail.com", "20230601", t0, "to:subject:message-id:date:from:mime-version:from:to:cc\r\n         :subject:date:message-id:reply-to",
                      extra=" x=%d; darn=alliant-energy.com;" % (int(utc(t0).timestamp()) + 604800)))
    lines.append("X-Gm-Message-State: AOJu0Y%s" % b64s(60))
    lines.append("X-Google-Smtp-Source: AGHT+I%s" % b64s(50))
    lines.append("X-Received: by 2002:a05:%s:%s with SMTP id %s.%d.%d;\r\n        %s"
                 % (rs(4, HEX), rs(4, HEX), rs(20, "0123456789abcdefghijklmnopqrstuvwxyz"), R.randint(1, 50), R.randint(1000000000000, 1999999999999) % 10**13, rfc(pacific(t0), pzone(pacific(t0)))))
    ch = ["MIME-Version: 1.0"]
    ch += spec.get("refs", [])
    ch.append("From: %s" % addr(name, frm))
    ch.append("Date: %s" % rfc(sent))
    ch.append("Message-ID: <CA%s@mail.gmail.com>" % ("+" + b64s(16).replace("/", "_") + "-" + b64s(22).replace("/", "_") + "=" + b64s(5).replace("/", "_")))
    ch.append("Subject: %s" % ew(spec["subj"]))
    ch.append("To: %s" % common_to(spec))
    if spec.get("cc"):
        ch.append("Cc: %s" % spec["cc"])
    if spec.get("reply_to"):
        ch.append("Reply-To: %s" % spec["reply_to"])
    text = spec["text"]
    qkey = spec.get("quote")
    style = spec.get("qstyle", "gmail")
    plain = text
    html = '<div dir="ltr">%s</div>' % br(text)
    if qkey:
        plain = text + "\n\n" + quote_plain(qkey, style, frm)
        html += "<br>" + quote_html_gmail(qkey, style, frm)
    bnd = "000000000000" + rs(16, HEX)
    cte = spec.get("cte", "auto")
    if spec.get("plain_only"):
        body = leaf("text/plain", plain, "UTF-8", cte)
    else:
        body = multipart("alternative", [leaf("text/plain", plain, "UTF-8", cte),
                                          leaf("text/html", html + "\n", "UTF-8", cte)], bnd)
    body = with_attachments(body, spec.get("attach"), "000000000000" + rs(16, HEX))
    ch = ch[:1] + ch[1:]
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def yahoo(spec, sent, arrive, mailer="WebService/1.1.23187 YMailNorrin", dom="yahoo.com", sel="s2048"):
    name, frm = spec["frm"]
    box = spec["box"]
    n = R.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(1, 60), R.choice(["ne1", "gq1", "bf2"]))
    ip = "98.137.%d.%d" % (R.randint(64, 69), R.randint(2, 250))
    lines = trace(box, frm, arrive, host, ip, dom, sel, policy="p=REJECT sp=REJECT dis=NONE")
    t0 = sent + timedelta(seconds=2)
    lines.append(dkim(dom, sel, t0, "Date:From:To:Subject:References:From:Subject:Reply-To"))
    lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
                 % (int(utc(t0).timestamp()), b64s(43), b64s(120)))
    lines.append("X-YMail-OSG: %s" % b64s(120).replace("+", ".").replace("/", "_"))
    lines.append("X-Sonic-MF: <%s>" % frm)
    lines.append("X-Sonic-ID: %s" % uuid_lower())
    lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc(utc(t0))))
    ms = int(utc(sent).timestamp() * 1000)
    ch = ["Date: %s" % rfc(utc(sent)),
          "From: %s" % addr(name, frm),
          'To: "%s" <%s>' % (common_to(spec), common_to(spec)),
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), ms),
          "Subject: %s" % ew(spec["subj"])]
    if spec.get("reply_to"):
        ch.append("Reply-To: %s" % spec["reply_to"])
    ch.append("MIME-Version: 1.0")
    ch += spec.get("refs", [])
    bnd = "----=_Part_%d_%d.%d" % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), ms)
    text = spec["text"]
    plain = text
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            '<div dir="ltr" data-setdir="false">%s</div></div>' % br(text))
    if spec.get("quote"):
        q = quote_plain(spec["quote"], "yahoo", frm)
        plain = text + "\n\n" + q
        head, rest = q.split("\n", 1)
        html += ('<div id="ydp%s" class="yahoo_quoted_container"><div class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 '<div>%s</div><div><br></div><div>%s</div></div></div></div>' % (rs(8, HEX), esc(head), br(OUR[spec["quote"]]["text"])))
    html += "</body></html>"
    cte = spec.get("cte", "auto")
    if cte == "auto":
        cte = "7bit" if is_ascii(plain) else "quoted-printable"
    if spec.get("empty"):
        body = leaf("text/plain", "", "UTF-8", "7bit", quote_cs=False)
        ch[-1:] = ch[-1:]
    else:
        body = multipart("alternative", [leaf("text/plain", plain, "UTF-8", cte, quote_cs=False),
                                          leaf("text/html", html, "UTF-8", cte, quote_cs=False)], bnd)
    ch.append("X-Mailer: %s" % mailer)
    hs = lines + ch + spec.get("extra", [])
    return assemble(hs, body, put_mime=False)

def aol(spec, sent, arrive):
    return yahoo(spec, sent, arrive, mailer="WebService/1.1.23187 AolMailNorrin", dom="aol.com", sel="a2048")

def outlook_word_html(text, quote_key=None, rcpt=None):
    body = "".join('<p class="MsoNormal"><span style="font-size:11.0pt">%s</span></p>\n' % (esc(l) if l.strip() else "&nbsp;")
                   for l in text.split("\n"))
    if quote_key:
        q = quote_plain(quote_key, "outlook", rcpt)
        body += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        hdr, rest = q.split("\n\n", 1)
        hdr_lines = hdr.split("\n")[1:]
        body += "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">%s</font>" % "<br>\n".join(
            "<b>%s</b> %s" % tuple(esc(x) for x in l.split(" ", 1)) for l in hdr_lines)
        body += "<div>&nbsp;</div></div>\n<div>%s</div>\n" % br(rest)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n'
            % ("{CS}", body))

def outlook(spec, sent, arrive, org=None):
    """outlook.com / hotmail, or an organisation on Microsoft 365 when org is given"""
    name, frm = spec["frm"]
    box = spec["box"]
    dom = frm.split("@")[1]
    if org:
        host = "mail-%s.outbound.protection.outlook.com" % R.choice(["dm6nam12on2103", "bn8nam11on2090", "mw2nam10on2121", "ch5pr04cu001"])
        ip = "40.107.%d.%d" % (R.randint(90, 240), R.randint(2, 250))
        sel = "selector2"
    else:
        host = "mail-%s.outbound.protection.outlook.com" % R.choice(["bn8nam12olkn2085", "sa9nam02olkn2042", "dm6nam04olkn2011", "mw2nam12olkn2076"])
        ip = "40.92.%d.%d" % (R.randint(16, 60), R.randint(2, 250))
        sel = "selector1"
    lines = trace(box, frm, arrive, host, ip, dom, sel, policy="p=NONE sp=NONE dis=NONE")
    t0 = sent + timedelta(seconds=1)
    pod = R.choice(["SJ0PR11MB", "BN8PR12MB", "DM4PR19MB", "PH7PR17MB", "CH3PR20MB", "MN2PR14MB"]) + "%04d" % R.randint(1000, 9999)
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" % fold_b(b64s(342), " "))
    lines.append(dkim(dom, sel, t0, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
    lines.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\r\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                 % (pod, R.randint(1, 20), rs(3, HEX), rs(2, HEX), pod[:-4] + "%04d" % R.randint(1000, 9999), R.randint(1, 20), rs(3, HEX), rs(2, HEX),
                    R.randint(8200, 8900), R.randint(10, 40), rfc(utc(t0))))
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pod, rs(16, "0123456789ABCDEF"), pod, R.randint(1, 20))
    cs = spec.get("charset")
    text = spec["text"]
    plain = text
    if spec.get("quote"):
        plain = text + "\n\n" + quote_plain(spec["quote"], "outlook", frm)
    if not cs:
        try:
            plain.encode("iso-8859-1")
            cs = "iso-8859-1"
        except UnicodeEncodeError:
            cs = "utf-8"
    ch = ["From: %s" % addr(name, frm, cs if cs != "us-ascii" else "utf-8"),
          "To: %s" % ('"%s" <%s>' % (common_to(spec), common_to(spec))),
          "Subject: %s" % ew(spec["subj"], cs if cs.startswith("iso") or cs.startswith("windows") else "utf-8"),
          "Thread-Topic: %s" % ew(spec["subj"].replace("Re: ", "").replace("RE: ", ""), cs if cs.startswith("iso") else "utf-8"),
          "Thread-Index: AQHb%s" % b64s(28),
          "Date: %s" % rfc(utc(sent)).replace("-0000", "+0000"),
          "Message-ID: %s" % mid]
    ch += spec.get("refs", [])
    if spec.get("reply_to"):
        ch.append("Reply-To: %s" % spec["reply_to"])
    ch += ["Accept-Language: %s" % spec.get("lang_hdr", "en-US"), "Content-Language: %s" % spec.get("lang_hdr", "en-US"),
           ("X-MS-Has-Attach: yes" if spec.get("attach") else "X-MS-Has-Attach:"), "X-MS-TNEF-Correlator:",
           "x-ms-publictraffictype: Email",
           "x-ms-exchange-messagesentrepresentingtype: 1"]
    if org:
        ch.append("x-ms-exchange-organization-authas: Internal")
        ch.append("X-OriginatorOrg: %s" % dom)
    bnd = "_000_%s%s_" % (pod, rs(16, "0123456789ABCDEF"))
    html = outlook_word_html(text, spec.get("quote"), frm).replace("{CS}", cs)
    cte = "quoted-printable" if spec.get("cte", "auto") == "auto" else spec["cte"]
    if spec.get("empty"):
        body = leaf("text/plain", "", cs, "7bit")
    else:
        body = multipart("alternative", [leaf("text/plain", plain, cs, cte), leaf("text/html", html, cs, cte)], bnd)
    if spec.get("attach"):
        body = with_attachments(body, spec["attach"], "_004_%s%s_" % (pod, rs(16, "0123456789ABCDEF")))
    ch.append("MIME-Version: 1.0")
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def m365(spec, sent, arrive):
    return outlook(spec, sent, arrive, org=True)

def iphone(spec, sent, arrive, build="22D72"):
    name, frm = spec["frm"]
    box = spec["box"]
    dom = frm.split("@")[1]
    if dom in ("icloud.com", "me.com"):
        host = "p00-icloudmta-asmtp-us-central-1k-%d-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-central-1k.k8s.cloud.apple.com" % (R.choice([10, 20, 60, 100]), R.randint(0, 9))
        ip = "17.58.%d.%d" % (R.randint(1, 80), R.randint(2, 250))
        lines = trace(box, frm, arrive, host, ip, "icloud.com", "1a1hai", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
        t0 = sent + timedelta(seconds=1)
        lines.append(dkim("icloud.com", "1a1hai", t0, "Content-Type:From:Mime-Version:Date:Subject:Message-Id:To"))
        lines.append("Received: from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                     % (rs(8, "abcdefghijklmnopqrstuvwxyz") + ".res6.spectrum.com", "174.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                        host.split(".")[0], qid(), BOX[box], rfc(utc(t0)).replace("-0000", "+0000")))
        mid = "<%s@icloud.com>" % uuid_upper()
    else:  # iPhone Mail with a gmail account
        n = R.randint(41, 200)
        host = "mail-pf1-f%d.google.com" % n
        ip = "209.85.210.%d" % n
        lines = trace(box, frm, arrive, host, ip, "gmail.com", "20230601")
        t0 = sent + timedelta(seconds=1)
        lines.append("Received: by %s with SMTP id %sso%d.%d\r\n        for <%s>; %s"
                     % (host, rs(20, HEX), R.randint(1000000, 9999999), R.randint(0, 3), BOX[box], rfc(pacific(t0), pzone(pacific(t0)))))
        lines.append(dkim("gmail.com", "20230601", t0, "to:in-reply-to:date:subject:mime-version:message-id:from\r\n         :content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to"))
        lines.append("X-Google-Smtp-Source: AGHT+I%s" % b64s(50))
        lines.append("Received: from smtpclient.apple ([2600:1700:%s:%s::%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
                     % (rs(4, HEX), rs(4, HEX), rs(2, HEX), rs(24, "abcdefghijklmnopqrstuvwxyz0123456789"), BOX[box], rfc(pacific(t0), pzone(pacific(t0)))))
        mid = "<%s@gmail.com>" % uuid_upper()
    text = spec["text"]
    if spec.get("quote"):
        text = text + "\n\n" + quote_plain(spec["quote"], spec.get("qstyle", "iphone"), frm)
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    body = leaf("text/plain", text, "utf-8", cte, quote_cs=False)
    ch = ["Content-Type: text/plain; charset=utf-8"]
    ch = ["From: %s" % addr(name, frm),
          "Mime-Version: 1.0 (1.0)",
          "Date: %s" % rfc(sent),
          "Subject: %s" % ew(spec["subj"]),
          "Message-Id: %s" % mid]
    ch += spec.get("refs", [])
    ch += ["To: %s" % common_to(spec), "X-Mailer: iPhone Mail (%s)" % build]
    # iPhone puts the content headers first
    out = lines + body.headers + ch + spec.get("extra", [])
    return ("\r\n".join(out)).encode("ascii") + b"\r\n\r\n" + body.body

def samsung(spec, sent, arrive):
    name, frm = spec["frm"]
    box = spec["box"]
    n = R.randint(41, 200)
    host = "mail-pg1-f%d.google.com" % n
    ip = "209.85.215.%d" % n
    lines = trace(box, frm, arrive, host, ip, "gmail.com", "20230601")
    t0 = sent + timedelta(seconds=1)
    lines.append("Received: by %s with SMTP id %sso%d.%d\r\n        for <%s>; %s"
                 % (host, rs(20, HEX), R.randint(1000000, 9999999), R.randint(0, 3), BOX[box], rfc(pacific(t0), pzone(pacific(t0)))))
    lines.append(dkim("gmail.com", "20230601", t0, "to:subject:date:from:message-id:mime-version:from:to:cc\r\n         :subject:date:message-id:reply-to"))
    lines.append("X-Google-Smtp-Source: AGHT+I%s" % b64s(50))
    text = spec["text"]
    plain = text
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">%s</div>' % br(text)
    if spec.get("quote"):
        q = quote_plain(spec["quote"], "samsung", frm)
        plain = text + "\n\n\n\n" + q
        html += '<div dir="auto"><br></div><div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div></div>' % br(q)
    html += "</body></html>"
    bnd = "--_com.samsung.android.email_%d%d" % (R.randint(10**8, 10**9), R.randint(10**5, 10**6))
    body = multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64", quote_cs=False),
                                      leaf("text/html", html, "utf-8", "base64", quote_cs=False)], bnd)
    ch = ["MIME-Version: 1.0",
          "From: %s" % addr(name, frm),
          "Date: %s" % rfc(sent),
          "Subject: %s" % ew(spec["subj"]),
          "To: %s" % common_to(spec)]
    ch += spec.get("refs", [])
    ch.append("Message-ID: <%s@email.android.com>" % rs(24, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def thunderbird(spec, sent, arrive, version="128.10.1esr"):
    name, frm = spec["frm"]
    box = spec["box"]
    n = R.randint(41, 200)
    host = "mail-io1-f%d.google.com" % n
    ip = "209.85.166.%d" % n
    lines = trace(box, frm, arrive, host, ip, "gmail.com", "20230601")
    t0 = sent + timedelta(seconds=1)
    lines.append("Received: by %s with SMTP id %sso%d.%d\r\n        for <%s>; %s"
                 % (host, rs(20, HEX), R.randint(1000000, 9999999), R.randint(0, 3), BOX[box], rfc(pacific(t0), pzone(pacific(t0)))))
    lines.append(dkim("gmail.com", "20230601", t0, "content-transfer-encoding:subject:from:content-language:to\r\n         :user-agent:mime-version:date:message-id:from:to:cc:subject:date\r\n         :message-id:reply-to"))
    lines.append("X-Google-Smtp-Source: AGHT+I%s" % b64s(50))
    cs = spec.get("charset", "UTF-8")
    text = spec["text"]
    cte = spec.get("cte") or ("7bit" if is_ascii(text) else "8bit")
    body = leaf("text/plain", text, cs, cte, quote_cs=False, params="; format=flowed")
    ch = ["Message-ID: <%s@gmail.com>" % uuid_lower(),
          "Date: %s" % rfc(sent),
          "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          "Content-Language: %s" % spec.get("lang_hdr", "en-US"),
          "To: %s" % common_to(spec),
          "From: %s" % addr(name, frm),
          "Subject: %s" % ew(spec["subj"], cs if cs.lower() != "utf-8" else "utf-8")]
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def roundcube(spec, sent, arrive):
    name, frm = spec["frm"]
    box = spec["box"]
    dom = frm.split("@")[1]
    srv = "server%d.hostpilot-cloud.net" % R.randint(100, 400)
    ip = "162.241.%d.%d" % (R.randint(2, 250), R.randint(2, 250))
    lines = trace(box, frm, arrive, srv, ip, dom, "default")
    t0 = sent + timedelta(seconds=1)
    lines.append(dkim(dom, "default", t0, "Message-ID:Subject:To:From:Date:Content-Transfer-Encoding:\r\n\tContent-Type:MIME-Version:Sender:Reply-To:Cc"))
    lines.append("Received: from [::1] (port=%d helo=%s)\r\n\tby %s with esmtpa (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1u%s-%s-%s\r\n\tfor %s; %s"
                 % (R.randint(30000, 60000), srv, srv, frm, rs(5, ALNUM), rs(7, ALNUM), rs(2, ALNUM), BOX[box], rfc(in_tz(t0, -5 if czone(t0) == "CDT" else -6))))
    text = spec["text"]
    cs = "UTF-8" if not is_ascii(text) else "US-ASCII"
    body = leaf("text/plain", text, cs, "7bit" if is_ascii(text) else "8bit", quote_cs=False, params="; format=flowed")
    ch = ["MIME-Version: 1.0",
          "Date: %s" % rfc(sent),
          "From: %s" % addr(name, frm),
          "To: %s" % common_to(spec),
          "Subject: %s" % ew(spec["subj"]),
          "Message-ID: <%s@%s>" % (rs(32, HEX), dom),
          "X-Sender: %s" % frm,
          "User-Agent: Roundcube Webmail/1.6.9"]
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def mailcom(spec, sent, arrive):
    """mail.com webmail, HTML-only body"""
    name, frm = spec["frm"]
    box = spec["box"]
    host = "mout.gmx.com"
    ip = "74.208.4.%d" % R.randint(200, 230)
    lines = trace(box, frm, arrive, host, ip, "mail.com", "s1089575")
    t0 = sent + timedelta(seconds=1)
    lines.append(dkim("mail.com", "s1089575", t0, "x-ms-reactions:mime-version:message-id:from:to:subject:\r\n\t date:content-type:cc:content-transfer-encoding:reply-to"))
    lines.append("X-UI-Sender-Class: %s" % uuid_lower())
    lines.append("Received: from [%s] ([%s]) by web-mail.mail.com\r\n (3c-app-mailcom-bs%02d.server.lan [172.19.170.%d]) (via HTTP); %s"
                 % ("107.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), "107.77.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                    R.randint(1, 16), R.randint(2, 200), rfc(in_tz(t0, 2))))
    html = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div></body></html>' % br(spec["text"])
    body = leaf("text/html", html, "UTF-8", "quoted-printable", quote_cs=False)
    ch = ["MIME-Version: 1.0",
          "Message-ID: <trinity-%s-%d@3c-app-mailcom-bs%02d>" % (uuid_lower(), int(utc(sent).timestamp() * 1000), R.randint(1, 16)),
          "From: %s" % addr(name, frm),
          "To: %s" % common_to(spec),
          "Subject: %s" % ew(spec["subj"]),
          "Date: %s" % rfc(in_tz(sent, 2)).replace("+0200", "+0200"),
          "Importance: normal",
          "Sensitivity: Normal",
          "X-Priority: 3",
          "X-UI-Message-Type: mail"]
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

def webform(spec, sent, arrive):
    """our Contact Us form relay: From noreply, customer in Reply-To"""
    box = spec["box"]
    lines = trace(box, "noreply@alliantenergy.com", arrive, "web03.alliantenergy.com", "10.20.9.33", "alliantenergy.com", "ae2023")
    ch = ["Date: %s" % rfc(sent),
          "From: Alliant Energy Web Forms <noreply@alliantenergy.com>",
          "Reply-To: %s" % spec["reply_to"],
          "To: %s" % common_to(spec),
          "Subject: %s" % ew(spec["subj"]),
          "Message-ID: <form.%s.%s@web03.alliantenergy.com>" % (sent.strftime("%Y%m%d%H%M%S"), rs(6, "0123456789")),
          "X-Form-Id: contact-us-es",
          "MIME-Version: 1.0"]
    body = leaf("text/plain", spec["text"], "utf-8", "quoted-printable")
    return assemble(lines + ch + spec.get("extra", []), body, put_mime=False)

PROVIDERS = {
    "gmail": gmail,
    "gmail_android": lambda s, a, b: gmail(s, a, b, "android"),
    "yahoo": yahoo,
    "yahoo_android": lambda s, a, b: yahoo(s, a, b, mailer="WebService/1.1.23187 YahooMailAndroidMobile"),
    "aol": aol,
    "outlook": outlook,
    "m365": m365,
    "iphone": iphone,
    "samsung": samsung,
    "thunderbird": thunderbird,
    "roundcube": roundcube,
    "mailcom": mailcom,
    "webform": webform,
}

PROGRAM = {
    "gmail": "Gmail web", "gmail_android": "Gmail for Android", "yahoo": "Yahoo Mail web", "yahoo_android": "Yahoo Mail Android",
    "aol": "AOL Mail web", "outlook": "Outlook.com", "m365": "Outlook (Microsoft 365)", "iphone": "iPhone Mail",
    "samsung": "Samsung Email", "thunderbird": "Thunderbird", "roundcube": "Roundcube Webmail", "mailcom": "mail.com webmail",
    "webform": "Alliant Contact Us form relay",
}

def build_person(spec):
    arrive = spec["dt"]
    sent = arrive - timedelta(seconds=R.randint(3, 40))
    return PROVIDERS[spec["prov"]](spec, sent, arrive)
