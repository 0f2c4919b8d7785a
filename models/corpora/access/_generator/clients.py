"""Mail programs and providers: trace headers, client headers and how each one lays out a body."""
import datetime as dt
import html as H

from mailkit import (MAILBOX, addr, b64, enc_word, fold, fold_b64, hexs, alnum, leaf, local, multipart,
                     postfix_id, rfcdate, text_to_html_divs, text_to_html_br, binary_leaf)

SEC = dt.timedelta(seconds=1)


# ------------------------------------------------------------------ quoting styles

def _our_local(q, fmt):
    t, abbr = local(q["utc"], "CT")
    return t, abbr


def _ampm(t, nnbsp=False):
    s = t.strftime("%I:%M").lstrip("0")
    return s + ("\u202f" if nnbsp else " ") + t.strftime("%p")


def attribution(style, q):
    t, abbr = _our_local(q, style)
    name, a = q["frm"]
    if style == "gmail":
        return "On %s at %s %s <%s> wrote:" % (t.strftime("%a, %b %-d, %Y"), _ampm(t, True), name, a)
    if style == "apple":
        return "On %s, at %s, %s <%s> wrote:" % (t.strftime("%b %-d, %Y"), _ampm(t), name, a)
    if style == "yahoo":
        return "On %s at %s %s, %s <%s> wrote:" % (t.strftime("%A, %B %-d, %Y"), t.strftime("%I:%M:%S %p").lstrip("0"), abbr, name, a)
    if style == "tbird":
        return "On %s %s, %s wrote:" % (t.strftime("%-m/%-d/%Y"), _ampm(t), name)
    if style == "ox":
        return "On %s %s %s %s <%s> wrote:" % (t.strftime("%m/%d/%Y"), t.strftime("%I:%M %p"), abbr, name, a)
    raise ValueError(style)


def outlook_block(q, to_line, sent_fmt="%A, %B %-d, %Y %-I:%M %p"):
    t, _ = _our_local(q, "outlook")
    name, a = q["frm"]
    return ("From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (name, a, t.strftime(sent_fmt), to_line, q["subject"]))


def quote_plain(style, q, to_line=""):
    body = q["text"]
    if style in ("gmail", "tbird"):
        return attribution(style, q) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "apple":
        lines = [attribution(style, q), ""] + body.split("\n")
        return "\n".join(("> " + l) if l else ">" for l in lines)
    if style == "ox":
        lines = [attribution(style, q), ""] + body.split("\n")
        return "\n".join("> " + l for l in lines)
    if style == "yahoo":
        return attribution(style, q) + "\n\n\n" + body
    if style == "outlook":
        return "________________________________\n" + outlook_block(q, to_line) + "\n\n" + body
    if style == "exchange":
        return outlook_block(q, to_line) + "\n\n" + body
    if style == "samsung":
        t, _ = _our_local(q, style)
        name, a = q["frm"]
        off = t.utcoffset().total_seconds() / 3600
        return ("-------- Original message --------\nFrom: %s <%s> \nDate: %s (GMT%+03d:00) \nTo: %s \nSubject: %s \n\n%s"
                % (name, a, t.strftime("%-m/%-d/%y %-I:%M %p"), int(off), to_line, q["subject"], body))
    raise ValueError(style)


def quote_html(style, q, to_line=""):
    body = text_to_html_br(q["text"])
    if style == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (H.escape(attribution("gmail", q), quote=False), body))
    if style == "yahoo":
        return ('<div id="yahoo_quoted_0000000001" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (H.escape(attribution("yahoo", q), quote=False), body))
    if style in ("outlook", "exchange"):
        blk = H.escape(outlook_block(q, to_line), quote=False).replace("\n", "<br>\n")
        blk = blk.replace("From:", "<b>From:</b>", 1).replace("Sent:", "<b>Sent:</b>", 1).replace("To:", "<b>To:</b>", 1).replace("Subject:", "<b>Subject:</b>", 1)
        sep = '<hr style="display:inline-block;width:98%" tabindex="-1">' if style == "outlook" else ""
        return ('<div id="appendonsend"></div>%s<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                '<div>&nbsp;</div></div><div>%s</div>' % (sep, blk, body))
    if style == "ox":
        return '<blockquote type="cite">%s<br><br>%s</blockquote>' % (H.escape(attribution("ox", q), quote=False), body)
    if style == "samsung":
        return '<div><br></div><div style="font-size:100%%;color:#000000"><!-- originalMessage --><div>-------- Original message --------</div><div>From: %s &lt;%s&gt; </div><div>Subject: %s </div><div><br></div></div>%s' % (
            H.escape(q["frm"][0]), q["frm"][1], H.escape(q["subject"]), body)
    raise ValueError(style)


def fwd_plain(style, f):
    """f: dict(frm=(name,addr), date=str, subject, to, text)."""
    if style in ("outlook", "exchange"):
        return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (f["frm"][0], f["frm"][1], f["date"], f["to"], f["subject"], f["text"]))
    if style == "apple":
        return ("Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s\n\n%s"
                % (f["frm"][0], f["frm"][1], f["date"], f["to"], f["subject"], f["text"]))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (f["frm"][0], f["frm"][1], f["date"], f["subject"], f["to"], f["text"]))


# ------------------------------------------------------------------ body composition for person-written mail

def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks keep a trailing space; quoted lines keep their '>' prefix."""
    out = []
    for line in text.split("\n"):
        m = len(line) - len(line.lstrip(">"))
        prefix = line[:m] + (" " if m and line[m:m + 1] == " " else "")
        rest = line[len(prefix):]
        if len(line) <= width or " " not in rest:
            out.append(line)
            continue
        words, cur = rest.split(" "), ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)

def compose(spec, rng, style, fmt, plain_cs="UTF-8", plain_cte="auto", html_cs="UTF-8", html_cte="auto",
            boundary=None, plain_params="", html_wrap=None, cs_quote=True, to_line=""):
    text = spec.get("text", "")
    q = spec.get("quote")
    f = spec.get("fwd")
    plain = text
    qstyle = spec.get("quote_style", style)
    if q:
        plain = plain + ("\n\n" if plain else "") + quote_plain(qstyle, q, to_line)
    if f:
        plain = plain + ("\n\n" if plain else "") + fwd_plain(qstyle, f)
    plain = plain.rstrip("\n") + "\n"
    if "format=flowed" in plain_params:
        plain = flow(plain)
    fmt = spec.get("fmt", fmt)
    plain_cte = spec.get("plain_cte", plain_cte)
    html_cte = spec.get("html_cte", html_cte)
    plain_cs = spec.get("charset", plain_cs)
    html_cs = spec.get("charset", html_cs)

    def html_body():
        new = spec.get("html")
        if new is None:
            new = text_to_html_divs(text) if style in ("gmail", "yahoo") else text_to_html_br(text)
        quoted = ""
        if q:
            quoted = quote_html(qstyle if qstyle in ("gmail", "yahoo", "outlook", "exchange", "ox", "samsung") else "gmail", q, to_line)
        if f:
            quoted += "<div><br></div>" + text_to_html_br(fwd_plain(qstyle, f))
        wrap = html_wrap or (lambda n, qq: "<div>%s</div>%s" % (n, qq))
        return wrap(new, quoted)

    if fmt == "plain":
        return leaf("text/plain", plain, plain_cs, plain_cte, plain_params, cs_quote=cs_quote)
    if fmt == "html":
        return leaf("text/html", html_body().rstrip("\n") + "\n", html_cs, html_cte, cs_quote=cs_quote)
    p = leaf("text/plain", plain, plain_cs, plain_cte, plain_params, cs_quote=cs_quote)
    h = leaf("text/html", html_body().rstrip("\n") + "\n", html_cs, html_cte, cs_quote=cs_quote)
    alt = multipart("alternative", [p, h], boundary)
    atts = spec.get("attach")
    if atts:
        parts = [alt]
        for fn, ctype, data in atts:
            parts.append(binary_leaf('Content-Type: %s; name="%s"' % (ctype, fn), data,
                                     'Content-Disposition: attachment; filename="%s"' % fn))
        return multipart("mixed", parts, boundary.replace("alt", "mix") + "m" if boundary else "mix")
    return alt


def reply_headers(spec):
    q = spec.get("quote") or spec.get("reply_to_msg")
    out = {}
    if q and not spec.get("no_thread"):
        refs = spec.get("references") or q["mid"]
        out["In-Reply-To"] = q["mid"]
        out["References"] = refs
    return out


def default_subject(spec):
    if "subject" in spec:
        return spec["subject"]
    q = spec.get("quote")
    if q:
        return "Re: " + q["subject"]
    f = spec.get("fwd")
    if f:
        return "Fwd: " + f["subject"]
    return ""


def subj(spec, mode="B"):
    s = default_subject(spec)
    return enc_word(s, "utf-8", mode)


def _from(spec, mode="B", quote_always=False):
    n, a = spec["frm"]
    return addr(n, a, "utf-8", mode, quote_always)


def _to(spec, mbox, style="plain"):
    if spec.get("to"):
        return spec["to"]
    if style == "quoted":
        return '"%s" <%s>' % (mbox, mbox)
    return mbox


def auth_results(mx, dkim_d, dkim_s, mailfrom, ip, from_dom, dmarc="pass", spf="pass", dkim="pass", policy="p=NONE sp=NONE dis=NONE", rng=None):
    lines = ["%s;" % mx]
    if dkim_d:
        lines.append("dkim=%s header.d=%s header.s=%s header.b=%s;" % (dkim, dkim_d, dkim_s, alnum(rng, 8)))
    else:
        lines.append("dkim=none;")
    lines.append("spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                 % (spf, mx, mailfrom, ip, mailfrom) if spf == "pass" else "spf=%s smtp.mailfrom=%s;" % (spf, mailfrom))
    lines.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    return "Authentication-Results: " + "\n\t".join(lines)


def dkim_sig(rng, d, s, t, h, extra=""):
    bh = b64(rng, 32)
    sig = b64(rng, 256)
    head = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s\n        h=%s;\n        bh=%s;\n        " % (
        d, s, int(t.timestamp()), extra, h, bh)
    return head + fold_b64("b=", sig)


# ------------------------------------------------------------------ providers / clients
# Each returns dict(trace=[header strings, top-first, BELOW our mx Received], headers=[client headers],
#                   body=(hdrs, body), ip=, rdns=, helo=, auth=, env_from=)


def gmail(spec, rng, t, mbox, variant="web"):
    n, a = spec["frm"]
    gdom = a.split("@")[1].lower()
    dk_d, dk_s = ("gmail.com", "20230601") if gdom in ("gmail.com", "googlemail.com") else (gdom, "google")
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 208, 210, 214, 216, 219, 221, 222]), rng.randint(1, 254))
    host = "mail-%s%d-f%d.google.com" % (rng.choice(["qk", "pl", "oi", "yb", "ua", "lj", "io", "ed"]), rng.randint(1, 2), rng.randint(41, 199))
    pt = t + SEC * rng.randint(1, 2)
    mid = spec.get("mid") or "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "", "F", "J", "K", "A"]), alnum(rng, 50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")[:rng.randint(44, 58)])
    bnd = "000000000000" + hexs(rng, 16)
    if spec.get("_skip_body"):
        body = ([], "")
    elif variant == "smtp":
        body = compose(spec, rng, "gmail", spec.get("fmt", "plain"), plain_cs="us-ascii", cs_quote=False, boundary=bnd)
    else:
        wrap = spec.get("html_wrap") or (lambda n_, q_: '<div dir="ltr">%s</div>%s' % (n_, ("<br>" + q_) if q_ else ""))
        body = compose(spec, rng, "gmail", "alt", boundary=bnd, html_wrap=wrap)
    rh = reply_headers(spec)
    sig_h = "to:subject:message-id:date:from:%smime-version\n         :from:to:cc:subject:date:message-id:reply-to" % ("in-reply-to:references:" if rh else "")
    trace = [
        "Received: by %s with SMTP id %s\n        for <%s>; %s" % (host, "%s-%sso%d%sa.%d" % (hexs(rng, 13), hexs(rng, 11), rng.randint(100000000, 999999999), rng.choice(["", "5", "3"]), rng.randint(1, 19)), mbox, rfcdate(pt, "PT", True)),
        dkim_sig(rng, dk_d, dk_s, pt, sig_h, " x=%d; darn=alliant-energy.com;" % (int(pt.timestamp()) + 604800)),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=%s;\n        bh=%s;\n        %s" % (
            int(pt.timestamp()), int(pt.timestamp()) + 604800, sig_h, b64(rng, 32), fold_b64("b=", b64(rng, 256))),
        "X-Gm-Message-State: AOJu0Y%s\n\t%s" % (b64(rng, 40)[:56], b64(rng, 40)[:48]),
        "X-Google-Smtp-Source: AGHT+I%s" % b64(rng, 60)[:74],
        "X-Received: by 2002:a%02d:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
            rng.randint(5, 50), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), alnum(rng, 40, "0123456789abcdef") + "mr" + str(rng.randint(10000, 99999)) + ".%d.%d" % (rng.randint(1, 40), int(pt.timestamp() * 1000)),
            rfcdate(pt, "PT", True)),
    ]
    o2, o3, o4 = rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)
    if variant == "smtp":
        trace = [
            "Received: from %s (%s [%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
                spec.get("helo", "[192.168.1.%d]" % rng.randint(2, 60)), "c-73-%d-%d-%d.hsd1.%s.comcast.net" % (o2, o3, o4, spec.get("state", "ia")),
                "73.%d.%d.%d" % (o2, o3, o4),
                "%s-%ssm%d%sa.%d" % (hexs(rng, 13), hexs(rng, 11), rng.randint(100000000, 999999999), rng.choice(["", "5"]), rng.randint(1, 19)), mbox, rfcdate(pt, "PT", True)),
            dkim_sig(rng, dk_d, dk_s, pt, sig_h, " x=%d; darn=alliant-energy.com;" % (int(pt.timestamp()) + 604800)),
            "X-Gm-Message-State: AOJu0Y%s" % b64(rng, 40)[:56],
            "X-Google-Smtp-Source: AGHT+I%s" % b64(rng, 60)[:74],
        ] + trace[-1:]
    hdrs = ["MIME-Version: 1.0"]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    hdrs += ["From: %s" % _from(spec, "B"), "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "Message-ID: %s" % mid,
             "Subject: %s" % subj(spec, "B"), "To: %s" % _to(spec, mbox)]
    if spec.get("cc"):
        hdrs.append("Cc: %s" % spec["cc"])
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    if variant == "smtp" and spec.get("xmailer"):
        hdrs.append("X-Mailer: %s" % spec["xmailer"])
    hdrs += body[0]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=host, helo=host if variant != "smtp" else host,
                auth=(dk_d, dk_s), env_from=a, mid=mid, policy="p=NONE sp=QUARANTINE dis=NONE" if dk_d == "gmail.com" else "p=NONE sp=NONE dis=NONE")


def yahoo(spec, rng, t, mbox, dom="yahoo.com"):
    n, a = spec["frm"]
    aol = dom == "aol.com"
    sonic = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 40), rng.choice(["ne1", "gq1", "bf2", "bf1"]))
    ip = "98.137.%d.%d" % (rng.randint(64, 69), rng.randint(1, 254)) if "gq1" in sonic else "66.163.%d.%d" % (rng.randint(184, 191), rng.randint(1, 254))
    pt = t + SEC * rng.randint(1, 3)
    ms = int(t.timestamp() * 1000) + rng.randint(0, 999)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2099999999), rng.randint(100000, 9999999), ms)
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2099999999), ms - 1)
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>%s</div></body></html>' % (n_, ("<div><br></div><div><br></div>" + q_) if q_ else ""))
    body = compose(spec, rng, "yahoo", "alt", plain_cs="UTF-8", boundary=bnd, html_wrap=wrap, cs_quote=False)
    rh = reply_headers(spec)
    trace = [
        dkim_sig(rng, dom, "a2048" if aol else "s2048", pt, "Date:From:To:Subject:References:From:Subject:Reply-To"),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (int(pt.timestamp()), b64(rng, 32), b64(rng, 40)),
        "X-YMail-OSG: %s\n %s" % (b64(rng, 45), b64(rng, 45)),
        "X-Sonic-MF: <%s>" % a,
        "X-Sonic-ID: %s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12)),
        "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (sonic, rfcdate(pt, "UTC")),
    ]
    hdrs = ["Date: %s (UTC)" % rfcdate(t, "UTC"), "From: %s" % _from(spec, "Q"), "To: %s" % _to(spec, mbox, "quoted"),
            "Message-ID: %s" % mid]
    if rh:
        hdrs.append("In-Reply-To: %s" % rh["In-Reply-To"])
    hdrs += ["Subject: %s" % subj(spec, "Q"), "MIME-Version: 1.0"] + body[0]
    if rh:
        hdrs.append("References: %s" % rh["References"])
    hdrs.append("X-Mailer: WebService/1.1.%d %s" % (rng.choice([22806, 22876, 23040, 23187]), "AolMailNorrin" if aol else "YMailNorrin"))
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=sonic, helo=sonic, auth=(dom, "a2048" if aol else "s2048"),
                env_from=a, mid=mid, policy="p=REJECT sp=REJECT dis=NONE")


def outlookcom(spec, rng, t, mbox):
    n, a = spec["frm"]
    dom = a.split("@")[1]
    pod = rng.choice(["SJ0PR11MB", "BY5PR04MB", "CH3PR13MB", "DM6PR02MB", "PH7PR19MB", "MN2PR16MB"]) + str(rng.randint(1000, 9999))
    nam = rng.choice(["NAM10", "NAM11", "NAM12", "NAM02", "NAM04"])
    ip = "40.92.%d.%d" % (rng.randint(16, 63), rng.randint(1, 254))
    host = "mail-%s%sn%d.outbound.protection.outlook.com" % (rng.choice(["dm6", "bn8", "co1", "mw2", "sn1"]), nam.lower(), 2000 + rng.randint(10, 99))
    pt = t + SEC * rng.randint(1, 2)
    mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (pod, hexs(rng, 24, True), pod, pod[5:7])
    bnd = "_000_%s%snamp_" % (pod, hexs(rng, 20, True))
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n%s\n</body>\n</html>' % (spec.get("charset", "iso-8859-1"), n_, q_))
    cs = spec.get("charset", "iso-8859-1")
    to_line = "%s <%s>" % (n, a)
    body = compose(spec, rng, "outlook", "alt", plain_cs=cs, plain_cte="quoted-printable", html_cs=cs,
                   html_cte="quoted-printable", boundary=bnd, html_wrap=wrap, to_line=to_line)
    rh = reply_headers(spec)
    trace = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b=%s" % b64(rng, 120),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector9901;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (b64(rng, 32), b64(rng, 120)),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim_sig(rng, dom, "selector1", pt, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        "Received: from %s (2603:10b6:%s::%x) by\n %s.namprd11.prod.outlook.com (2603:10b6:%s::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (
            pod + ".namprd" + pod[5:7] + ".prod.outlook.com", hexs(rng, 3), rng.randint(1, 30), "CH3PR11MB" + str(rng.randint(1000, 9999)), hexs(rng, 3), rng.randint(1, 30),
            rng.choice([8069, 8093, 8137, 8182, 8207, 8293, 8335]), rng.randint(10, 40), rfcdate(pt, "UTC")),
    ]
    hdrs = ["From: %s" % _from(spec, "Q"), "To: %s" % _to(spec, mbox, "quoted"), "Subject: %s" % subj(spec, "Q"),
            "Thread-Topic: %s" % subj(spec, "Q").replace("Re: ", "").replace("RE: ", ""),
            "Thread-Index: AQH%s" % b64(rng, 18)[:26], "Date: %s" % rfcdate(t, "UTC"), "Message-ID: %s" % mid]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["Accept-Language: en-US", "Content-Language: %s" % spec.get("content_language", "en-US"),
             "X-MS-Has-Attach: %s" % ("yes" if spec.get("attach") else ""), "X-MS-TNEF-Correlator:",
             "x-ms-exchange-messagesentrepresentingtype: 1",
             "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (pod, "CH3PR11MB" + str(rng.randint(1000, 9999)))] + body[0] + ["MIME-Version: 1.0"]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=host, helo=host, auth=(dom, "selector1"),
                env_from=a, mid=mid, policy="p=NONE sp=NONE dis=NONE")


def apple(spec, rng, t, mbox):
    n, a = spec["frm"]
    dom = a.split("@")[1]
    pt = t + SEC * rng.randint(1, 2)
    host = "st43p00im-zteg%d.me.com" % rng.randint(10060000, 10069999)
    ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(1, 254))
    mid = "<%s-%s-%s-%s-%s@%s>" % (hexs(rng, 8, True), hexs(rng, 4, True), hexs(rng, 4, True), hexs(rng, 4, True), hexs(rng, 12, True), dom)
    text_cs = "us-ascii"
    txt = spec.get("text", "")
    if any(ord(c) > 127 for c in txt) or (spec.get("quote") and False):
        text_cs = "utf-8"
    fmt = spec.get("fmt", "plain")
    if fmt == "plain":
        body = compose(spec, rng, "apple", "plain", plain_cs=text_cs, cs_quote=False,
                       plain_cte="7bit" if text_cs == "us-ascii" else "quoted-printable")
    else:
        bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (hexs(rng, 8, True), hexs(rng, 4, True), hexs(rng, 4, True), hexs(rng, 4, True), hexs(rng, 12, True))
        wrap = spec.get("html_wrap") or (lambda n_, q_: '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s%s</body></html>' % (n_, ("<div dir=\"ltr\"><br><blockquote type=\"cite\">" + q_ + "</blockquote></div>") if q_ else ""))
        body = compose(spec, rng, "apple", "alt", plain_cs="utf-8", boundary=bnd, html_wrap=wrap, cs_quote=False)
    rh = reply_headers(spec)
    trace = [
        dkim_sig(rng, dom if dom in ("icloud.com", "me.com", "mac.com") else "icloud.com", "1a1hai", pt, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From"),
        "Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            host, hexs(rng, 11, True), mbox, rfcdate(pt, "UTC", True)),
    ]
    hdrs = body[0] + ["From: %s" % _from(spec, "Q"),
                      "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))" if spec.get("xmailer", "").startswith("Apple Mail") else "Mime-Version: 1.0 (1.0)", "Subject: %s" % subj(spec, "Q"),
                      "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "Message-Id: %s" % mid]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["To: %s" % _to(spec, mbox), "X-Mailer: %s" % spec.get("xmailer", "iPhone Mail (22B91)")]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=host, helo=host, auth=("icloud.com", "1a1hai"),
                env_from=a, mid=mid, policy="p=QUARANTINE sp=QUARANTINE dis=NONE")


def comcast(spec, rng, t, mbox):
    n, a = spec["frm"]
    pt = t + SEC * rng.randint(1, 3)
    q_host = "resqmta-a1p-%06d.sys.comcast.net" % rng.randint(77000, 77999)
    o_host = "resomta-a1p-%06d.sys.comcast.net" % rng.randint(77000, 77999)
    ip = "96.103.146.%d" % rng.randint(2, 250)
    ms = int(t.timestamp() * 1000)
    mid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(100000000, 2099999999), rng.randint(10000, 999999), ms)
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000000, 2099999999), ms - 13)
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   %s\n  </div>\n  %s\n </body>\n</html>' % (n_, q_))
    body = compose(spec, rng, "ox", "alt", plain_cs="UTF-8", plain_cte="7bit" if all(ord(c) < 128 for c in spec.get("text", "")) else "quoted-printable",
                   html_cte="7bit" if all(ord(c) < 128 for c in spec.get("text", "")) else "quoted-printable", boundary=bnd, html_wrap=wrap, cs_quote=False)
    rh = reply_headers(spec)
    trace = [
        dkim_sig(rng, "comcast.net", "20190202a", pt, "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
        "Received: from %s ([96.103.145.%d])\n\tby %s with ESMTPS\n\tid %s; %s" % (o_host, rng.randint(2, 250), q_host, alnum(rng, 16), rfcdate(pt, "UTC")),
        "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeftddrudeigedgjeduucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuvehomhgtrghsthdqtfgvshhtpdfqfgfvpdfpqffurfetoffkrfenuceurghilhhouhhtmecufedtudenucesvcftvggtihhpihgvnhhtshculddquddttddmnecujfgurhepfffhvf",
        "X-Xfinity-VMeta: sc=0.00;st=legit",
        "Received: from oxapp-hoa-%do.email.comcast.net ([96.118.208.%d])\n\tby %s with ESMTPSA\n\tid %s; %s" % (rng.randint(20, 40), rng.randint(2, 250), o_host, alnum(rng, 16), rfcdate(pt, "UTC")),
    ]
    hdrs = ["Date: %s" % rfcdate(t, spec.get("zone", "CT"), True), "From: %s" % _from(spec, "Q"), "To: %s" % _to(spec, mbox),
            "Message-ID: %s" % mid]
    if rh:
        hdrs += ["In-Reply-To: %s" % rh["In-Reply-To"], "References: %s" % rh["References"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["Subject: %s" % subj(spec, "Q"), "MIME-Version: 1.0"] + body[0] + [
        "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % rng.choice([60, 61, 64, 66]),
        "X-Originating-Client: open-xchange-appsuite"]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=q_host, helo=q_host, auth=("comcast.net", "20190202a"),
                env_from=a, mid=mid, policy="p=NONE sp=NONE dis=NONE")


def tbird(spec, rng, t, mbox, smtp_host="smtp.mchsi.com", smtp_ip="173.254.%d.%d", ua="Mozilla Thunderbird"):
    n, a = spec["frm"]
    dom = a.split("@")[1]
    pt = t + SEC * rng.randint(1, 4)
    ip = smtp_ip % (rng.randint(1, 250), rng.randint(1, 250)) if "%" in smtp_ip else smtp_ip
    mid = "<%s-%s-%s-%s-%s@%s>" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12), dom)
    fmt = spec.get("fmt", "plain")
    if fmt == "plain":
        cte = "7bit" if all(ord(c) < 128 for c in spec.get("text", "")) else "8bit"
        body = compose(spec, rng, "tbird", "plain", plain_cs="UTF-8", plain_cte=spec.get("plain_cte", cte), plain_params="; format=flowed", cs_quote=False)
    else:
        bnd = "------------" + alnum(rng, 24)
        wrap = spec.get("html_wrap") or (lambda n_, q_: '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>%s</p>\n    %s\n  </body>\n</html>' % (n_, q_))
        body = compose(spec, rng, "tbird", "alt", plain_cs="UTF-8", boundary=bnd, html_wrap=wrap, cs_quote=False, plain_params="; format=flowed")
        body = (body[0], "This is a multi-part message in MIME format.\n" + body[1])
    rh = reply_headers(spec)
    trace = [
        "Received: from [192.168.%d.%d] (%s [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.randint(0, 1), rng.randint(2, 200), spec.get("client_rdns", "unknown"), spec.get("client_ip", "24.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))),
            smtp_host, alnum(rng, 12), mbox, rfcdate(pt, spec.get("zone", "CT"), True)),
    ]
    hdrs = ["Message-ID: %s" % mid, "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "MIME-Version: 1.0", "User-Agent: %s" % ua]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    hdrs += ["Content-Language: %s" % spec.get("content_language", "en-US"), "To: %s" % _to(spec, mbox), "From: %s" % _from(spec, "B")]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["Subject: %s" % subj(spec, "B")] + body[0]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=smtp_host, helo=smtp_host, auth=None,
                env_from=a, mid=mid, policy="p=NONE sp=NONE dis=NONE")


def exchange(spec, rng, t, mbox, org_host="mail.example.org", org_ip="12.0.0.1", local_dom="corp.local", legal=None):
    """On-premises Exchange / Outlook desktop at an agency or business."""
    n, a = spec["frm"]
    dom = a.split("@")[1]
    pt = t + SEC * rng.randint(1, 3)
    srv = "EXCH%02d" % rng.randint(1, 4)
    mid = "<%s@%s.%s>" % (hexs(rng, 32), srv, local_dom)
    bnd = "_000_%s%s%s_" % (hexs(rng, 32), srv, local_dom.replace(".", ""))
    to_line = "%s" % n
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">%s</p>\n%s\n</div>\n</body>\n</html>' % (spec.get("charset", "us-ascii"), n_, q_))
    body = compose(spec, rng, "exchange", "alt", plain_cs=spec.get("charset", "us-ascii"), plain_cte="quoted-printable",
                   html_cs=spec.get("charset", "us-ascii"), html_cte="quoted-printable", boundary=bnd, html_wrap=wrap, to_line=to_line)
    rh = reply_headers(spec)
    trace = [
        "Received: from %s.%s (10.%d.%d.%d) by %s.%s\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.%d.%d; %s" % (
            srv, local_dom, rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), "EDGE01", local_dom,
            rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.choice([1258, 1544, 1748]), rng.randint(10, 40), rfcdate(pt, spec.get("zone", "CT"))),
    ]
    hdrs = ["From: %s" % (spec.get("from_header") or _from(spec, "Q")), "To: %s" % _to(spec, mbox, "quoted")]
    if spec.get("cc"):
        hdrs.append("CC: %s" % spec["cc"])
    hdrs += ["Subject: %s" % subj(spec, "Q"), "Thread-Topic: %s" % subj(spec, "Q").replace("RE: ", "").replace("Re: ", ""),
             "Thread-Index: AdsT%s" % b64(rng, 16)[:22], "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "Message-ID: %s" % mid]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: %s" % ("yes" if spec.get("attach") else ""),
             "X-MS-TNEF-Correlator:", "x-originating-ip: [10.%d.%d.%d]" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))] + body[0] + ["MIME-Version: 1.0"]
    if spec.get("xmailer"):
        hdrs.append("X-Mailer: %s" % spec["xmailer"])
    return dict(trace=trace, headers=hdrs, body=body[1], ip=org_ip, rdns=org_host, helo=org_host, auth=(dom, "s1") if spec.get("dkim", True) else None,
                env_from=a, mid=mid, policy="p=QUARANTINE sp=QUARANTINE dis=NONE")


def samsung(spec, rng, t, mbox):
    """Samsung Email on Android, sending through the account's SMTP (Gmail here): base64 parts."""
    n, a = spec["frm"]
    ms = int(t.timestamp() * 1000)
    mid = spec.get("mid") or "<%s.%d@email.android.com>" % (alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), ms)
    bnd = "--_com.samsung.android.email_%d%d" % (ms, rng.randint(100, 999))
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">%s</div>%s</body></html>' % (n_, q_))
    body = compose(spec, rng, "samsung", "alt", plain_cs="UTF-8", plain_cte="base64", html_cs="UTF-8", html_cte="base64",
                   boundary=bnd, html_wrap=wrap, to_line=mbox)
    sp = dict(spec)
    sp["mid"] = mid
    sp["_skip_body"] = True
    g = gmail(sp, rng, t, mbox, variant="smtp")
    rh = reply_headers(spec)
    hdrs = ["Message-ID: %s" % mid, "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "Subject: %s" % subj(spec, "B"),
            "From: %s" % _from(spec, "B"), "To: %s" % _to(spec, mbox)]
    if rh:
        hdrs += ["In-Reply-To: %s" % rh["In-Reply-To"], "References: %s" % rh["References"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["MIME-Version: 1.0"] + body[0] + ["X-Priority: 3", "Importance: Normal"]
    g.update(headers=hdrs, body=body[1], mid=mid)
    return g


def keymail(spec, rng, t, mbox):
    """A Braille notetaker's mail app, sending through Gmail SMTP, plain us-ascii."""
    sp = dict(spec)
    sp.setdefault("xmailer", "KeyMail 5.2 (BrailleNote Touch Plus)")
    sp.setdefault("fmt", "plain")
    return gmail(sp, rng, t, mbox, variant="smtp")


def service(spec, rng, t, mbox, esp="ses"):
    """Mail sent by a web service (relay provider, app, CRM) through Amazon SES or SendGrid.
    spec['svc'] = dict(dom=, dkim_s=, headers=[...extra], body=(hdrs, body) or None)"""
    svc = spec["svc"]
    n, a = spec["frm"]
    dom = svc["dom"]
    pt = t + SEC * rng.randint(0, 2)
    if esp == "ses":
        ip = "54.240.%d.%d" % (rng.choice([8, 9, 48, 27]), rng.randint(1, 254))
        host = "a%s-%d.smtp-out.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]))
        mid = svc.get("mid") or "<%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            "010001" + hexs(rng, 10), hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
        env = svc.get("env_from", "%s@%s" % ("0100" + hexs(rng, 12) + "-" + hexs(rng, 8) + "-000000", "bounces." + dom))
        trace = [dkim_sig(rng, dom, svc.get("dkim_s", "k1"), pt, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"),
                 dkim_sig(rng, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", pt, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]
        tail = ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64(rng, 30)[:40], "X-SES-Outgoing: %s-%s" % (pt.strftime("%Y.%m.%d"), ip)]
    else:
        ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
        host = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom)
        mid = svc.get("mid") or "<%s@geopod-ismtpd-%d>" % (alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), rng.randint(1, 40))
        env = svc.get("env_from", "bounces+%d-%s-%s=alliant-energy.com@em%d.%s" % (rng.randint(1000000, 9999999), hexs(rng, 4), mbox.split("@")[0], rng.randint(1000, 9999), dom))
        trace = [dkim_sig(rng, dom, svc.get("dkim_s", "s1"), pt, "from:reply-to:subject:mime-version:to:content-type:cc:content-type:from:subject:to"),
                 "Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\n\t%s" % (
                     hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                     hexs(rng, 8).upper(), rng.randint(1, 99), rfcdate(pt, "UTC", True)),
                 "Received: from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s" % (
                     svc.get("sg_from", "MjMyNDQ3Nw"), rng.randint(1, 40), alnum(rng, 22), mbox, rfcdate(pt, "UTC", True))]
        tail = ["X-SG-EID: u001.%s" % b64(rng, 60), "X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BqF%s" % b64(rng, 20)]
    bh, bb = svc["body"]
    hdrs = []
    for h in svc.get("order", ["From", "Reply-To", "To", "Subject", "MIME", "Message-ID", "Date"]):
        if h == "From":
            hdrs.append("From: %s" % (svc.get("from_header") or _from(spec, "Q")))
        elif h == "Reply-To" and spec.get("reply_to"):
            hdrs.append("Reply-To: %s" % spec["reply_to"])
        elif h == "To":
            hdrs.append("To: %s" % _to(spec, mbox))
        elif h == "Subject":
            hdrs.append("Subject: %s" % subj(spec, "Q"))
        elif h == "MIME":
            hdrs.append("MIME-Version: 1.0")
            hdrs += bh
        elif h == "Message-ID" and mid:
            hdrs.append("Message-ID: %s" % mid)
        elif h == "Date":
            hdrs.append("Date: %s" % rfcdate(t, svc.get("zone", "UTC")))
    hdrs += svc.get("headers", []) + tail
    return dict(trace=trace, headers=hdrs, body=bb, ip=ip, rdns=host, helo=host, auth=(dom, svc.get("dkim_s", "k1")),
                env_from=env, mid=mid, policy="p=NONE sp=NONE dis=NONE")


def raw_mta(spec, rng, t, mbox):
    """Machine mail where the spec gives every header: spec['raw'] = dict(headers=[...], body=str, host=, ip=, env_from=, auth=(d,s)|None, trace=[...])."""
    r = spec["raw"]
    return dict(trace=r.get("trace", []), headers=r["headers"], body=r["body"], ip=r["ip"], rdns=r["host"], helo=r.get("helo", r["host"]),
                auth=r.get("auth"), env_from=r["env_from"], mid=None, policy=r.get("policy", "p=NONE sp=NONE dis=NONE"),
                spf=r.get("spf", "pass"), dmarc=r.get("dmarc"), internal=r.get("internal", False))


CLIENTS = {
    "gmail": gmail,
    "gmail_android": gmail,
    "yahoo": yahoo,
    "aol": lambda s, r, t, m: yahoo(s, r, t, m, dom="aol.com"),
    "outlook.com": outlookcom,
    "apple": apple,
    "comcast": comcast,
    "tbird_mchsi": lambda s, r, t, m: tbird(s, r, t, m, "smtp.mchsi.com", "173.254.%d.%d"),
    "tbird_tds": lambda s, r, t, m: tbird(s, r, t, m, "mail.tds.net", "204.11.%d.%d", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"),
    "tbird_charter": lambda s, r, t, m: tbird(s, r, t, m, "mta-smtp.charter.net", "47.43.%d.%d", ua="Mozilla Thunderbird"),
    "samsung": samsung,
    "keymail": keymail,
    "ses": lambda s, r, t, m: service(s, r, t, m, "ses"),
    "sendgrid": lambda s, r, t, m: service(s, r, t, m, "sendgrid"),
    "raw": raw_mta,
}


def outlook_smtp(spec, rng, t, mbox, smtp_host="smtp.frontier.com", smtp_ip="74.40.%d.%d"):
    """Outlook 2016/365 desktop talking SMTP to a home ISP."""
    n, a = spec["frm"]
    dom = a.split("@")[1]
    pt = t + SEC * rng.randint(1, 3)
    stamp = hexs(rng, 8)
    mid = "<%s01db%s$%s$%s$@%s>" % ("0000", hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), dom)
    bnd = "----=_NextPart_000_%04X_01DB%s.%s" % (rng.randint(1, 99), hexs(rng, 4, True), stamp.upper())
    wrap = spec.get("html_wrap") or (lambda n_, q_: '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1><p class=MsoNormal>%s<o:p></o:p></p>%s</div></body></html>' % (n_, q_))
    body = compose(spec, rng, "exchange", "alt", plain_cs="us-ascii", plain_cte="7bit", html_cs="us-ascii",
                   html_cte="quoted-printable", boundary=bnd, html_wrap=wrap)
    body = (body[0], "This is a multipart message in MIME format.\n\n" + body[1])
    rh = reply_headers(spec)
    ip = smtp_ip % (rng.randint(1, 250), rng.randint(1, 250))
    trace = ["Received: from %s (%s [%s])\n\tby %s with ESMTPA id %s\n\tfor <%s>; %s" % (
        spec.get("helo", "DESKTOP-" + alnum(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")), spec.get("client_rdns", "unknown"),
        spec.get("client_ip", "50.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))),
        smtp_host, alnum(rng, 14), mbox, rfcdate(pt, spec.get("zone", "CT")))]
    hdrs = ["From: %s" % _from(spec, "Q", quote_always=True), "To: <%s>" % mbox]
    if rh:
        hdrs += ["References: %s" % rh["References"], "In-Reply-To: %s" % rh["In-Reply-To"]]
    hdrs += ["Subject: %s" % subj(spec, "Q"), "Date: %s" % rfcdate(t, spec.get("zone", "CT")), "Message-ID: %s" % mid,
             "MIME-Version: 1.0"] + body[0] + ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: Ads%s" % b64(rng, 16)[:22],
                                              "Content-Language: en-us"]
    return dict(trace=trace, headers=hdrs, body=body[1], ip=ip, rdns=smtp_host, helo=smtp_host, auth=None,
                env_from=a, mid=mid, policy="p=NONE sp=NONE dis=NONE")


CLIENTS["outlook_smtp"] = outlook_smtp
CLIENTS["exchange"] = lambda s, r, t, m: exchange(s, r, t, m, **s["org"])
