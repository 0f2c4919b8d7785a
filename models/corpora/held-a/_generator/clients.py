"""Mail programs: each turns a human spec into the exact bytes our IMAP server hands out."""
from mk import *
import hashlib
import ours

# ------------------------------------------------------------------ our edge
def edge(s, rng, env_from, host, ip, auth, tls=True, helo=None):
    d = s["d"]
    box = ours.MAILBOX[s["mb"]]
    mx = s.get("mx") or rng.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.40.2.21", "mx2": "10.40.2.22"}[mx]
    t1 = plus(d, s.get("lag", rng.randint(2, 9)))
    t2 = plus(t1, rng.randint(0, 2))
    qid = rng.up(12)
    tlsinfo = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)") if tls else ""
    hl = helo or host
    frm = "%s (%s [%s])" % (hl, host, ip) if host else "%s (unknown [%s])" % (hl, ip)
    hs = [
        ("Return-Path", "<%s>" % env_from),
        ("Delivered-To", box),
        ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s"
         % (mx, mx, mxip, rng.an(22), env_from, box, rfc_date(t2))),
        ("Received", "from %s%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
         % (frm, tlsinfo, mx, "ESMTPS" if tls else "ESMTP", qid, box, rfc_date(t1, pad=True, suffix=" (CDT)"))),
        ("Authentication-Results", "%s.alliant-energy.com;\n\t%s" % (mx, auth)),
    ]
    return hs


def auth_pass(dom, ip, env_from, bheader, pol="p=NONE sp=NONE dis=NONE", mx=None):
    return ('dkim=pass (2048-bit key) header.d=%s header.i=@%s header.b="%s";\n\t'
            "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\t"
            "dmarc=pass (%s) header.from=%s" % (dom, dom, bheader, env_from, ip, env_from, pol, dom))


# ------------------------------------------------------------------ quoting
def quote_plain(style, o, me_name, me_addr):
    txt = o["text"]
    if style in ("gmail", "gmail_es", "apple", "iphone", "thunderbird", "proton"):
        att = ours.attrib(style, o, me_name, me_addr)
        ql = "\n".join((">" + (" " + l if l else "")) for l in txt.split("\n"))
        if style == "iphone":
            ql = "\n".join(("> " + l) if l else "> " for l in txt.split("\n"))
            return "> " + att + "\n> \n" + ql
        if style == "apple":
            return att + "\n\n" + ql
        if style == "proton":
            return "------- Original Message -------\n" + att + "\n\n" + ql
        return att + "\n\n" + ql
    if style == "yahoo":
        return "On " + ours.attrib("yahoo", o)[3:] + "\n\n\n" + txt
    if style in ("outlook", "outlook_us"):
        blk = ours.header_block("outlook", o, me_name, me_addr)
        pre = "________________________________\n" if style == "outlook_us" else ""
        return pre + blk + "\n\n" + txt
    if style == "outlook_es":
        return "________________________________\n" + ours.header_block(style, o, me_name, me_addr) + "\n\n" + txt
    if style in ("outlook_old", "samsung", "samsung_es", "aol_old", "gmail_fwd", "apple_fwd"):
        return ours.header_block(style, o, me_name, me_addr) + "\n\n" + txt
    raise ValueError(style)


def quote_html(style, o, me_name, me_addr):
    body = "<br>\n".join(esc(l) for l in o["text"].split("\n"))
    if style in ("gmail", "gmail_es"):
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (esc(ours.attrib(style, o)), body))
    if style == "gmail_fwd":
        blk = "<br>\n".join(esc(l) for l in ours.header_block(style, o, me_name, me_addr).split("\n"))
        return '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (blk, body)
    if style in ("apple", "iphone"):
        return ('<blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
                '<div>%s</div></blockquote>' % (esc(ours.attrib(style, o)), body))
    if style == "apple_fwd":
        blk = "<br>\n".join(esc(l) for l in ours.header_block(style, o, me_name, me_addr).split("\n"))
        return '<div><br><blockquote type="cite"><div>%s</div><div>%s</div></blockquote></div>' % (blk, body)
    if style == "yahoo":
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>'
                % (int(hashlib.sha1(o["msgid"].encode()).hexdigest()[:8], 16), esc(ours.attrib("yahoo", o)), body))
    if style == "proton":
        return ('<div class="protonmail_quote">------- Original Message -------<br>%s<br><br>'
                '<blockquote class="protonmail_quote" type="cite">%s</blockquote><br></div>'
                % (esc(ours.attrib("proton", o)), body))
    if style in ("outlook", "outlook_us", "outlook_old", "outlook_es"):
        d = o["date"]
        blk = ours.header_block("outlook_es" if style == "outlook_es" else "outlook", o, me_name, me_addr).split("\n")
        rows = "<br>\n".join("<b>%s</b> %s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1].strip())) for l in blk)
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                '<div>&nbsp;</div></div>\n<div>%s</div>' % (rows, body))
    if style in ("samsung", "samsung_es"):
        blk = "<br>".join(esc(l) for l in ours.header_block(style, o, me_name, me_addr).split("\n"))
        return '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div></div>%s' % (blk, body)
    if style == "aol_old":
        blk = "<br>\n".join(esc(l) for l in ours.header_block(style, o, me_name, me_addr).split("\n"))
        return '<div style="font-family:Arial;font-size:12pt">%s<br>\n<br>\n%s</div>' % (blk, body)
    raise ValueError(style)


def compose(s, qstyle, boiler="", sep="\n\n"):
    """Return (plain, html_quote, o) with the sender's text first (top-posting) unless s['bottom']."""
    t = s["body"].strip("\n")
    o = None
    q = ""
    qh = ""
    key = s.get("reply") or s.get("fwd")
    if key and s.get("quote", True):
        o = ours.get(key)
        me_name, me_addr = s["frm"]
        q = quote_plain(qstyle, o, me_name, me_addr)
        qh = quote_html(qstyle, o, me_name, me_addr)
    elif key:
        o = ours.get(key)
    parts = [t] if t else []
    if boiler:
        parts.append(boiler)
    plain = "\n\n".join(parts)
    if q:
        if s.get("bottom"):
            plain = q + "\n\n" + plain
        else:
            plain = (plain + sep if plain else "\n") + q
    return plain + "\n", qh, o


def thread_headers(s, o):
    hs = []
    if o is not None and s.get("reply") and s.get("irt", True):
        hs.append(("References", o["msgid"]))
        hs.append(("In-Reply-To", o["msgid"]))
    return hs


def to_header(s, o):
    if s.get("to"):
        return s["to"]
    box = ours.MAILBOX[s["mb"]]
    if s.get("reply") and o is not None:
        nm = "PowerHouse Catalog" if s["mb"] == "ph" else "Alliant Energy"
        if o["addr"] != box and "Customer Care" not in o["name"]:
            nm = "Alliant Energy" if s["mb"] == "cc" else nm
        return "%s <%s>" % (nm, box)
    return box


def needs_qp(t, cs="utf-8"):
    try:
        t.encode("ascii")
        return max((len(l) for l in t.split("\n")), default=0) > 76
    except UnicodeEncodeError:
        return True


def add_atts(s, rng, body_part, bnd):
    if not s.get("atts"):
        return body_part
    kids = [body_part] + [attach(fn, raw, ct) for fn, raw, ct in s["atts"]]
    return multi("mixed", kids, bnd)


# ------------------------------------------------------------------ Gmail (web / Android app)
def gmail(s, rng):
    d = s["d"]
    name, a = s["frm"]
    qs = s.get("qstyle") or ("gmail_fwd" if s.get("fwd") else ("gmail_es" if s.get("lang") == "es" else "gmail"))
    plain, qh, o = compose(s, qs, s.get("boiler", ""))
    n = rng.randint(41, 236)
    host = "mail-%s-f%d.google.com" % (rng.choice(["ej1", "wm1", "qk1", "yw1", "pj1", "oi1", "qt1", "lj1", "ed1", "io1"]), n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 167, 208, 210, 214, 216, 218, 219, 221, 222]), n)
    pdt = plus(d, 1)
    bh = rng.an(8)
    top = edge(s, rng, a, host, ip, auth_pass("gmail.com", ip, a, bh, "p=NONE sp=QUARANTINE dis=NONE"))
    hlist = "to:subject:message-id:date:from:%smime-version:from:to:cc:subject:date:message-id:reply-to" % (
        "in-reply-to:references:" if o is not None and s.get("reply") and s.get("irt", True) else "")
    top += [
        ("Received", "by %s with SMTP id %s-%s%sso%s.%d\n        for <%s>; %s"
         % (host, rng.dig(5) + rng.hx(6), rng.hx(4), rng.hx(10), rng.dig(8), rng.randint(1, 9), ours.MAILBOX[s["mb"]],
            rfc_date(pdt, -7, pad="0", suffix=" (PDT)"))),
        ("DKIM-Signature", dkim(rng, "gmail.com", "20230601", hlist, pdt,
                                extra=" x=%d; darn=alliant-energy.com;" % (epoch(pdt) + 604800))),
        ("X-Google-DKIM-Signature", dkim(rng, "1e100.net", "20230601", hlist.replace("from:to:cc", "x-gm-message-state:from:to:cc"), pdt,
                                         extra=" x=%d;" % (epoch(pdt) + 604800))),
        ("X-Gm-Message-State", "AOJu0Y" + rng.an(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
        ("X-Gm-Gg", "ASbGnc" + rng.an(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "\n\t" + rng.an(60) + "=="),
        ("X-Google-Smtp-Source", "AGHT+IE" + rng.an(80) + "=="),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%s%s.%d.%d;\n        %s"
         % (rng.hx(4), rng.hx(4), rng.hx(3), rng.hx(4), rng.hx(4), rng.an(6).lower(), rng.dig(20), rng.dig(7),
            rng.choice(["ejc", "ybf", "qkb", "ljb"]), rng.randint(2, 40), epoch(pdt) * 1000 + rng.randint(0, 999),
            rfc_date(pdt, -7, pad="0", suffix=" (PDT)"))),
    ]
    msgid = "<CA%s@mail.gmail.com>" % rng.an(rng.randint(44, 58), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    hdrs = [("MIME-Version", "1.0")] + thread_headers(s, o) + [
        ("From", addr(name, a)),
        ("Date", rfc_date(d)),
        ("X-Gm-Features", "AX0GCF" + rng.an(50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")),
        ("Message-ID", msgid),
        ("Subject", ew(s["subj"])),
        ("To", to_header(s, o)),
    ]
    if s.get("cc"):
        hdrs.append(("Cc", s["cc"]))
    bnd = "000000000000" + rng.hx(16)
    cte = "quoted-printable" if needs_qp(plain) else None
    p1 = text(plain, charset="UTF-8", cte=cte)
    ht = '<div dir="ltr">' + paras_html(s["body"].strip("\n")) + "</div>"
    if qh:
        ht += "<br>" + qh
    p2 = text(ht + "\n", "html", charset="UTF-8", cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    body = add_atts(s, rng, body, "000000000000" + rng.hx(16))
    return message(top, hdrs, body)


# ------------------------------------------------------------------ Microsoft: Outlook desktop (M365), Outlook.com, Outlook iOS, OWA
def _ms_ids(rng, consumer):
    if consumer:
        n = rng.choice([220, 221, 222, 223])
        srv = "%sP%dMB%04d" % (rng.choice(["PH0", "SJ0", "DS7", "CH2", "MW4", "LV3"]), n, rng.randint(1000, 9999))
        fq = "%s.NAMP%d.PROD.OUTLOOK.COM" % (srv, n)
    else:
        srv = "%sPR%02dMB%04d" % (rng.choice(["CH3", "BN6", "DM6", "SA1", "MN2", "IA1", "CY8"]), rng.randint(10, 19), rng.randint(1000, 9999))
        fq = "%s.namprd%s.prod.outlook.com" % (srv, srv[5:7])
    return srv, fq


def outlook(s, rng, kind="desktop"):
    """kind: desktop (Outlook for Windows, M365 tenant), com (Outlook.com web), ios (Outlook for iOS), owa"""
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    consumer = dom in ("outlook.com", "hotmail.com", "live.com", "msn.com")
    srv, fq = _ms_ids(rng, consumer)
    o_ip = "40.92.%d.%d" % (rng.randint(18, 110), rng.randint(10, 250)) if consumer else "2a01:111:f403:%s::%s" % (rng.hx(4), rng.choice(["801", "a00", "c10", "2406"]))
    ehost = ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(10, 12), rng.choice(["BN8", "DM6", "MW2", "CO1", "SN1"]))
             if consumer else "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12), rng.choice(["BN8", "DM6", "MW2", "CO1", "SN1"])))
    qs = s.get("qstyle") or ("outlook_us" if kind in ("com", "ios", "owa") else "outlook")
    boiler = s.get("boiler", "Get Outlook for iOS<https://aka.ms/o0ukef>" if kind == "ios" else "")
    plain, qh, o = compose(s, qs, boiler)
    ddom = "hotmail.com" if dom in ("hotmail.com", "live.com", "msn.com") else dom
    bh = rng.an(8)
    top = edge(s, rng, a, ehost, o_ip, auth_pass(ddom, o_ip, a, bh, "p=NONE sp=NONE dis=NONE"))
    sel = "selector1" if not consumer else "selector1"
    top += [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + fold_b64(rng.b64(256), 3, 76, "\n ")),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (rng.b64(32), fold_b64(rng.b64(256), 3, 76, "\n "))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
         % (ddom, sel, rng.b64(32), fold_b64(rng.b64(256), 3, 76, "\n "))),
        ("Received", "from %s (2603:10b6:%s:%s::%d)\n by %s (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (fq, rng.hx(3), rng.hx(3), rng.randint(5, 20), ehost.replace("-obe.outbound.protection.outlook.com", ".prod.exchangelabs.com"),
            rng.hx(3), rng.hx(3), rng.randint(5, 20), rng.randint(8700, 9100), rng.randint(10, 40), rfc_date(plus(d, 1), 0))),
        ("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.%d.%d; %s"
         % (fq, rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4), fq, rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4),
            rng.randint(8700, 9100), rng.randint(10, 40), rfc_date(d, 0))),
    ]
    msgid = "<%s%s@%s>" % (srv, rng.hx(24 if not consumer else 28, True), fq)
    hdrs = [("From", addr(name, a)), ("To", to_header(s, o))]
    if s.get("cc"):
        hdrs.append(("CC", s["cc"]))
    if s.get("reply_to"):
        rn, ra = s["reply_to"]
        hdrs.append(("Reply-To", addr(rn, ra)))
    subj = s["subj"]
    topic = subj
    for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    hdrs += [("Subject", ew(subj)), ("Thread-Topic", ew(topic)),
             ("Thread-Index", "A" + rng.b64(rng.choice([21, 42])).rstrip("=")),
             ("Date", rfc_date(d, 0)), ("Message-ID", msgid)]
    th = thread_headers(s, o)
    hdrs += [h for h in th if h[0] == "References"] + [h for h in th if h[0] == "In-Reply-To"]
    hdrs += [("Accept-Language", "en-US"), ("Content-Language", s.get("clang", "en-US")), ("X-MS-Has-Attach", "yes" if s.get("atts") else ""),
             ("X-MS-Exchange-Organization-SCL", "-1") if not consumer else ("X-MS-TNEF-Correlator", ""),
             ("msip_labels", "")]
    if not consumer:
        hdrs.append(("X-MS-TNEF-Correlator", ""))
    hdrs += [("x-ms-publictraffictype", "Email"),
             ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv.replace("MB", "MB")[:-1] + str(rng.randint(0, 9)))),
             ("x-ms-office365-filtering-correlation-id", rng.uuid()),
             ("x-microsoft-antispam", "BCL:0;ARA:13230040|366016|1800799024|38070700018;"),
             ("@CT", None),
             ("MIME-Version", "1.0")]
    if kind == "desktop" and not consumer:
        hdrs.insert(-2, ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % d.astimezone(D.timezone.utc).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)"))
    cs = s.get("charset", "utf-8")
    bnd = "_000_%s%s%s_" % (srv, rng.hx(24, True), fq.split(".")[0].lower()[:4])
    p1 = text(plain, charset=cs, ct='text/plain; charset="%s"' % cs, cte="quoted-printable")
    # Word-flavoured HTML
    ps = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;") for l in s["body"].strip("\n").split("\n"))
    if kind in ("com", "ios", "owa"):
        ps = "\n".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                       % (esc(l) if l.strip() else "<br>") for l in s["body"].strip("\n").split("\n"))
        if boiler:
            ps += '\n<div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>'
    ht = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
          '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
          '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
          'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
          '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
          '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n'
          % (cs, ps, qh))
    p2 = text(ht, "html", charset=cs, ct='text/html; charset="%s"' % cs, cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    body = add_atts(s, rng, body, "_004_%s%s_" % (srv, rng.hx(20, True)))
    return message(top, hdrs, body)


def outlook_com(s, rng):
    return outlook(s, rng, "com")


def outlook_ios(s, rng):
    return outlook(s, rng, "ios")


# ------------------------------------------------------------------ Apple Mail (macOS) and iPhone Mail, sent through iCloud or another provider
def _apple_transport(s, rng, a):
    d = s["d"]
    dom = a.split("@")[1]
    if dom in ("icloud.com", "me.com", "mac.com"):
        ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(2, 250))
        host = "st43p00im-zteg%08d.me.com" % rng.randint(10000000, 99999999)
        top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), "p=QUARANTINE sp=QUARANTINE dis=NONE"))
        top += [("Received", "from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby st43p00im-zteg%08d.me.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                 % (rng.randint(10000000, 99999999), rng.up(10), ours.MAILBOX[s["mb"]], rfc_date(plus(d, 1), 0, suffix=" (UTC)"))),
                ("DKIM-Signature", dkim(rng, dom, "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", plus(d, 1), style="tab")),
                ("X-Proofpoint-GUID", rng.an(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
                ("X-Proofpoint-Virus-Version", "vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1286,Hydra:6.1.51,FMLib:17.12.100.49\n definitions=2026-06-0%d_01,2026-06-0%d_01,2026-06-0%d_01 signatures=0" % (1, 1, 1))]
        return top
    if dom == "gmail.com":
        ip = "209.85.%d.%d" % (rng.choice([128, 160, 210, 216]), rng.randint(40, 230))
        host = "mail-%s-f%d.google.com" % (rng.choice(["pl1", "oi1", "qt1"]), rng.randint(41, 236))
        top = edge(s, rng, a, host, ip, auth_pass("gmail.com", ip, a, rng.an(8), "p=NONE sp=QUARANTINE dis=NONE"))
        top += [("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, rng.an(20).lower(), ours.MAILBOX[s["mb"]], rfc_date(plus(d, 1), -7, suffix=" (PDT)"))),
                ("DKIM-Signature", dkim(rng, "gmail.com", "20230601", "to:references:in-reply-to:message-id:date:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to", plus(d, 1))),
                ("Received", "from smtpclient.apple ([2600:1700:%s:%s:%s:%s:%s:%s])\n        by smtp.gmail.com with ESMTPSA id %s.%d.2026.06.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                 % (rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4), rng.an(30).lower(), rng.randint(1, 9),
                    d.day, d.hour + 2, d.minute, d.second, ours.MAILBOX[s["mb"]], rfc_date(d, -7, suffix=" (PDT)")))]
        return top
    # generic ISP / Xfinity / Mediacom
    ip = "68.87.%d.%d" % (rng.randint(20, 30), rng.randint(2, 250)) if dom == "comcast.net" else "173.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250))
    host = ("resqmta-a1p-%06d.sys.comcast.net" % rng.randint(100000, 999999)) if dom == "comcast.net" else "smtp.%s" % dom
    top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), "p=NONE dis=NONE"))
    top += [("Received", "from smtpclient.apple ([%d.%d.%d.%d])\n\tby %s with ESMTPSA\n\tid %s; %s"
             % (rng.randint(24, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), host, rng.an(14), rfc_date(d, 0))),
            ("DKIM-Signature", dkim(rng, dom, "20190202a", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", d, style="tab"))]
    return top


def apple(s, rng, iphone=False):
    d = s["d"]
    name, a = s["frm"]
    top = _apple_transport(s, rng, a)
    qs = s.get("qstyle") or ("apple_fwd" if s.get("fwd") else ("iphone" if iphone else "apple"))
    boiler = s.get("boiler", "Sent from my iPhone" if iphone else "")
    plain, qh, o = compose(s, qs, boiler)
    dom = a.split("@")[1]
    mid = "<%s@%s>" % (rng.uuid(True), dom)
    th = thread_headers(s, o)
    if iphone:
        bnd = "Apple-Mail-%s" % rng.uuid(True)
        hdrs = [("From", addr(name, a)), ("@CT", None), ("Mime-Version", "1.0 (1.0)"), ("Subject", ew(s["subj"])),
                ("Date", rfc_date(d)), ("Message-Id", mid)] + [h for h in th if h[0] == "References"]
        if s.get("cc"):
            hdrs.append(("Cc", s["cc"]))
        hdrs += [h for h in th if h[0] == "In-Reply-To"] + [("To", to_header(s, o)), ("X-Mailer", "iPhone Mail (22F76)")]
    else:
        bnd = "Apple-Mail=_%s" % rng.uuid(True)
        hdrs = [("From", addr(name, a)), ("@CT", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.41\\))"),
                ("Subject", ew(s["subj"])), ("Date", rfc_date(d))] + [h for h in th if h[0] == "In-Reply-To"]
        if s.get("cc"):
            hdrs.append(("Cc", s["cc"]))
        hdrs += [("To", to_header(s, o))] + [h for h in th if h[0] == "References"] + [("Message-Id", mid),
                                                                                    ("X-Mailer", "Apple Mail (2.3826.600.41)")]
    if s.get("plain_only") or (iphone and not qh and not s.get("atts")):
        cte = "quoted-printable" if needs_qp(plain) else "7bit"
        body = text(plain, ct="text/plain;\n\tcharset=utf-8" if not iphone else "text/plain; charset=utf-8", cte=cte, cte_first=True)
        if iphone:
            body.headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", cte)]
        return message(top, hdrs, body)
    p1 = text(plain, ct="text/plain;\n\tcharset=utf-8", cte="quoted-printable" if needs_qp(plain) else "7bit", cte_first=True)
    ht = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
          '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
          + ("" if not iphone else '<div dir="ltr"></div>')
          + paras_html(s["body"].strip("\n"), "<div>", "</div>", blank="<div><br></div>")
          + ("<div><br></div><div>%s</div>" % esc(boiler) if boiler else "")
          + ("<div><br>" + qh + "</div>" if qh else "") + "</body></html>")
    p2 = text(ht + "\n", "html", ct="text/html;\n\tcharset=utf-8", cte="quoted-printable", cte_first=True)
    body = multi("alternative", [p1, p2], bnd, ct='multipart/alternative;\n\tboundary="%s"' % bnd if not iphone else "multipart/alternative; boundary=%s" % bnd)
    if iphone:
        body.headers.append(("Content-Transfer-Encoding", "7bit"))
    if s.get("atts"):
        b2 = bnd.replace("Apple-Mail", "Apple-Mail").rstrip("0123456789ABCDEF")[:-1] + rng.hx(12, True)
        body = multi("mixed", [body] + [attach(fn, raw, ct) for fn, raw, ct in s["atts"]], b2)
    return message(top, hdrs, body)


def iphone(s, rng):
    return apple(s, rng, True)


# ------------------------------------------------------------------ Yahoo / AOL (same Verizon-Yahoo platform)
def yahoo(s, rng, brand="yahoo"):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(2, 250)) if brand == "yahoo" else "66.163.%d.%d" % (rng.randint(184, 191), rng.randint(2, 250))
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60), rng.choice(["bf2", "gq1", "ne1"]))
    pol = "p=REJECT sp=REJECT dis=NONE"
    qs = s.get("qstyle") or ("aol_old" if brand == "aol_old" else "yahoo")
    boiler = s.get("boiler", "")
    plain, qh, o = compose(s, qs, boiler, sep="\n\n\n")
    top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), pol))
    sel = "s2048" if dom.startswith("yahoo") else "a2048"
    mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 2 * 10**9), rng.randint(10**5, 10**7), epoch(d) * 1000 + rng.randint(0, 999))
    top += [
        ("DKIM-Signature", dkim(rng, dom, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", d, style="tab")),
        ("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (epoch(d), rng.b64(32), rng.b64(180))),
        ("X-YMail-OSG", rng.an(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._") + "\n " + rng.an(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")),
        ("X-Sonic-MF", "<%s>" % a),
        ("X-Sonic-ID", rng.uuid()),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, d.astimezone(D.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000"))),
    ]
    th = thread_headers(s, o)
    hdrs = [("Date", rfc_date(d, 0, suffix=" (UTC)")), ("From", addr(name, a)), ("To", to_header(s, o))]
    if s.get("reply_to"):
        hdrs.append(("Reply-To", addr(*s["reply_to"])))
    hdrs += [("Message-ID", mid)] + [h for h in th if h[0] == "In-Reply-To"] + [h for h in th if h[0] == "References"]
    hdrs += [("Subject", ew(s["subj"])), ("MIME-Version", "1.0"), ("@CT", None)]
    xm = "WebService/1.1.25%03d YMailNorrin" % rng.randint(100, 999) if brand == "yahoo" else "WebService/1.1.25%03d AolMailNorrin" % rng.randint(100, 999)
    if s.get("app"):
        xm = "WebService/1.1.25%03d %s" % (rng.randint(100, 999), s["app"])
    hdrs.append(("X-Mailer", xm))
    hdrs.append(("Content-Length", str(rng.randint(2000, 9000))))
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10**6, 5 * 10**6), rng.randint(10**8, 2 * 10**9), epoch(d) * 1000 + rng.randint(0, 999))
    cs = s.get("charset", "UTF-8")
    p1 = text(plain, charset=cs, ct="text/plain; charset=%s" % cs, cte="7bit" if not needs_qp(plain) else "quoted-printable")
    font = "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" if brand == "yahoo" else "font-family:Arial, Helvetica, sans-serif;font-size:16px;"
    ht = ('<html><head></head><body><div class="%s-style-wrap" style="%s"><div dir="ltr" data-setdir="false">%s</div>%s</div>%s</body></html>'
          % ("ydp" + rng.hx(8) + "yahoo" if brand == "yahoo" else "aol", font,
             paras_html(s["body"].strip("\n"), "<div>", "</div>", blank="<div><br></div>"),
             "<div><br></div><div>%s</div>" % esc(boiler) if boiler else "", ("<div><br></div><div><br></div>" + qh) if qh else ""))
    p2 = text(ht, "html", charset=cs, ct="text/html; charset=%s" % cs, cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd, ct='multipart/alternative; \n\tboundary="%s"' % bnd)
    if s.get("atts"):
        body = multi("mixed", [body] + [attach(fn, raw, ct) for fn, raw, ct in s["atts"]], bnd.replace("_Part_", "_Part_1"))
    return message(top, hdrs, body)


def aol(s, rng):
    return yahoo(s, rng, "aol")


def aol_old(s, rng):
    return yahoo(s, rng, "aol_old")


# ------------------------------------------------------------------ Thunderbird (plain text, format=flowed)
def thunderbird(s, rng):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    qs = s.get("qstyle") or "thunderbird"
    plain, qh, o = compose(s, qs, "")
    if s.get("sig"):
        plain = plain.rstrip("\n") + "\n\n-- \n" + s["sig"] + "\n"
    ip = "%d.%d.%d.%d" % (rng.choice([64, 69, 96, 162]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
    smtp = s.get("smtp") or "smtp.%s" % dom
    top = edge(s, rng, a, smtp, ip, auth_pass(dom, ip, a, rng.an(8), "p=NONE dis=NONE"))
    top += [("Received", "from [192.168.1.%d] (unknown [%d.%d.%d.%d])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
             % (rng.randint(2, 200),
                rng.randint(24, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), smtp, rng.up(10),
                ours.MAILBOX[s["mb"]], rfc_date(d))),
            ("DKIM-Signature", dkim(rng, dom, "default", "Content-Transfer-Encoding:Content-Type:In-Reply-To:From:\n\tContent-Language:References:To:Subject:MIME-Version:Date:Message-ID", d, style="tab"))]
    th = thread_headers(s, o)
    hdrs = [("Message-ID", "<%s@%s>" % (rng.uuid(), dom)), ("Date", rfc_date(d)), ("MIME-Version", "1.0"),
            ("User-Agent", s.get("ua", "Mozilla Thunderbird")), ("Subject", ew(s["subj"])), ("To", to_header(s, o))]
    hdrs += [h for h in th if h[0] == "References"] + [("Content-Language", "en-US"), ("From", addr(name, a))]
    if s.get("reply_to"):
        hdrs.append(("Reply-To", addr(*s["reply_to"])))
    hdrs += [h for h in th if h[0] == "In-Reply-To"] + [("@CT", None)]
    fl = flow(plain)
    try:
        fl.encode("ascii")
        cte = "7bit"
    except UnicodeEncodeError:
        cte = "8bit"
    body = text(fl, charset="UTF-8", ct="text/plain; charset=UTF-8; format=flowed", cte=cte)
    return message(top, hdrs, body)


# ------------------------------------------------------------------ Samsung Email (through Gmail or another SMTP), base64 parts
def samsung(s, rng):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    qs = s.get("qstyle") or "samsung"
    boiler = s.get("boiler", "Sent from my Galaxy")
    plain, qh, o = compose(s, qs, boiler, sep="\n\n\n")
    ip = "209.85.%d.%d" % (rng.choice([160, 210, 214]), rng.randint(40, 230))
    host = "mail-%s-f%d.google.com" % (rng.choice(["pl1", "pg1", "pf1"]), rng.randint(41, 236))
    top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), "p=NONE sp=QUARANTINE dis=NONE"))
    top += [("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, rng.an(22).lower(), ours.MAILBOX[s["mb"]], rfc_date(plus(d, 2), -7, suffix=" (PDT)"))),
            ("DKIM-Signature", dkim(rng, dom, "20230601", "to:subject:from:date:message-id:references:in-reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to", plus(d, 2))),
            ("Received", "from [10.%d.%d.%d] ([172.58.%d.%d])\n        by smtp.gmail.com with ESMTPSA id %s.%d.2026.06.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s"
             % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), rng.randint(0, 255), rng.randint(2, 250), rng.an(30).lower(),
                rng.randint(1, 9), d.day, d.hour + 2, d.minute, d.second, ours.MAILBOX[s["mb"]], rfc_date(plus(d, 1), -7, suffix=" (PDT)")))]
    th = thread_headers(s, o)
    mid = "<%s@email.android.com>" % rng.an(24).lower()
    bnd = "--_com.samsung.android.email_%d%d" % (epoch(d) * 1000 + rng.randint(0, 999), rng.randint(1000, 9999))
    hdrs = [("Message-ID", mid)] + [h for h in th if h[0] == "In-Reply-To"] + [h for h in th if h[0] == "References"] + [
        ("Date", rfc_date(d, pad=False).replace(" -0500", " -0500")), ("Subject", ew(s["subj"])), ("From", addr(name, a)),
        ("To", to_header(s, o)), ("MIME-Version", "1.0"), ("@CT", None)]
    p1 = text(plain, charset="utf-8", ct="text/plain; charset=utf-8", cte="base64")
    ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
          + paras_html(s["body"].strip("\n"), '<div dir="auto">', "</div>", blank='<div dir="auto"><br></div>')
          + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">%s</div></div>' % esc(boiler)
          + qh + "</body></html>")
    p2 = text(ht, "html", charset="utf-8", ct="text/html; charset=utf-8", cte="base64")
    body = multi("alternative", [p1, p2], bnd)
    return message(top, hdrs, body)


# ------------------------------------------------------------------ Proton Mail
def proton(s, rng):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    qs = s.get("qstyle") or "proton"
    boiler = s.get("boiler", "Sent with Proton Mail secure email.")
    plain, qh, o = compose(s, qs, boiler)
    n = rng.randint(4300, 4399)
    ip = "185.70.43.%d" % (n - 4300)
    host = "mail-%d.protonmail.ch" % n
    top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), "p=QUARANTINE sp=QUARANTINE dis=NONE"))
    top += [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=protonmail3; t=%d; x=%d;\n\tbh=%s;\n\th=Date:To:From:Subject:Message-ID:In-Reply-To:References:\n\t Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:\n\t Message-ID:BIMI-Selector;\n\tb=%s"
             % (dom, epoch(d), epoch(d) + 259200, rng.b64(32), fold_b64(rng.b64(256), 2, 70, "\n\t ")))]
    th = thread_headers(s, o)
    hdrs = [("Date", rfc_date(d, 0)), ("To", to_header(s, o)), ("From", addr(name, a)), ("Subject", ew(s["subj"])),
            ("Message-ID", "<%s=@%s>" % (rng.an(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), dom))]
    hdrs += [h for h in th if h[0] == "In-Reply-To"] + [h for h in th if h[0] == "References"]
    hdrs += [("Feedback-ID", "%s:user:proton" % rng.dig(8)), ("X-Pm-Message-ID", rng.hx(40)), ("MIME-Version", "1.0"), ("@CT", None)]
    bnd = "b1=_" + rng.an(43)
    p1 = text(plain, charset="utf-8", ct="text/plain; charset=utf-8", cte="quoted-printable")
    ht = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
          '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n'
          % paras_html(s["body"].strip("\n"), "<span>", "</span><br>", blank="<br>")) + (qh + "\n" if qh else "")
    p2 = text(ht, "html", charset="utf-8", ct="text/html; charset=utf-8", cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    return message(top, hdrs, body)


# ------------------------------------------------------------------ on-premises Exchange (corporate)
def exchange(s, rng):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    org = s.get("org", dom.split(".")[0].upper())
    ip = "%d.%d.%d.%d" % (rng.choice([12, 65, 199, 206]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
    gw = "mail-gw%d.%s" % (rng.randint(1, 3), dom)
    qs = s.get("qstyle") or "outlook"
    plain, qh, o = compose(s, qs, "")
    if s.get("disclaimer"):
        plain = plain.rstrip("\n") + "\n\n" + s["disclaimer"] + "\n"
    top = edge(s, rng, a, gw, ip, auth_pass(dom, ip, a, rng.an(8), "p=QUARANTINE sp=QUARANTINE dis=NONE"))
    n1, n2 = rng.randint(1, 4), rng.randint(1, 4)
    top += [("Received", "from %sEXCH0%d.%s.local (10.%d.%d.%d) by %sEXCH0%d.%s.local\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.%d; %s"
             % (org, n1, org.lower(), rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), org, n2, org.lower(),
                rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), rng.randint(4, 14), rfc_date(plus(d, 1)))),
            ("DKIM-Signature", dkim(rng, dom, "s1", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version", d, style="tab"))]
    th = thread_headers(s, o)
    hdrs = [("From", addr(name, a)), ("To", to_header(s, o))]
    if s.get("reply_to"):
        hdrs.append(("Reply-To", addr(*s["reply_to"])))
    topic = s["subj"].split(": ", 1)[1] if s["subj"][:4] in ("RE: ", "FW: ") else s["subj"]
    hdrs += [("Subject", ew(s["subj"])), ("Thread-Topic", ew(topic)), ("Thread-Index", "A" + rng.b64(21).rstrip("=")),
             ("Date", rfc_date(d)), ("Message-ID", "<%s@%sEXCH0%d.%s.local>" % (rng.hx(32), org, n1, org.lower()))]
    hdrs += [h for h in th if h[0] == "References"] + [h for h in th if h[0] == "In-Reply-To"]
    hdrs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", "[10.%d.%d.%d]" % (rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250))),
             ("@CT", None), ("MIME-Version", "1.0")]
    bnd = "_000_%s%sEXCH0%d%slocal_" % (rng.hx(32), org, n1, org.lower())
    cs = s.get("charset", "us-ascii")
    p1 = text(plain, charset=cs, ct='text/plain; charset="%s"' % cs, cte="quoted-printable")
    ps = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;") for l in s["body"].strip("\n").split("\n"))
    if s.get("disclaimer"):
        ps += '\n<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">%s</span></p>' % esc(s["disclaimer"])
    ht = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
          '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
          '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
          '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n' % (cs, ps, qh))
    p2 = text(ht, "html", charset=cs, ct='text/html; charset="%s"' % cs, cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    return message(top, hdrs, body)


# ------------------------------------------------------------------ Windows Live Mail (old PC, windows-1252) and Mail for Windows
def winlive(s, rng):
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    plain, qh, o = compose(s, s.get("qstyle") or "outlook_old", "")
    ip = "%d.%d.%d.%d" % (rng.choice([67, 75, 184]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
    smtp = s.get("smtp") or "smtp.%s" % dom
    top = edge(s, rng, a, smtp, ip, 'dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=none header.from=%s' % (a, ip, a, dom), tls=False)
    top += [("Received", "from OwnerPC ([%d.%d.%d.%d])\n\tby %s with ESMTPA id %s\n\tfor <%s>; %s"
             % (rng.randint(24, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), smtp, rng.an(16),
                ours.MAILBOX[s["mb"]], rfc_date(d)))]
    th = thread_headers(s, o)
    hdrs = [("Message-ID", "<%s$%s@OwnerPC>" % (rng.hx(12, True), rng.hx(8, True)))] + [("From", addr(name, a)), ("To", to_header(s, o))]
    hdrs += [h for h in th if h[0] == "References"] + [h for h in th if h[0] == "In-Reply-To"]
    hdrs += [("Subject", ew(s["subj"], "windows-1252", "Q")), ("Date", rfc_date(d)), ("MIME-Version", "1.0"), ("@CT", None),
             ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
             ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    bnd = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 65535), rng.randint(0, 65535), rng.randint(0, 2**32 - 1))
    p1 = text(plain, charset="windows-1252", ct='text/plain;\n\tcharset="windows-1252"', cte="quoted-printable")
    ht = ('<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">\n%s</DIV></DIV>%s</BODY></HTML>\n'
          % ("\n".join("<DIV>%s</DIV>" % (esc(l) if l.strip() else "&nbsp;") for l in s["body"].strip("\n").split("\n")),
             ("\n<DIV style=\"FONT-SIZE: small; FONT-FAMILY: 'Calibri'\">" + qh + "</DIV>") if qh else ""))
    p2 = text(ht, "html", charset="windows-1252", ct='text/html;\n\tcharset="windows-1252"', cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd, ct='multipart/alternative;\n\tboundary="%s"' % bnd, preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    return message(top, hdrs, body)


def winmail(s, rng):
    """Mail for Windows (Windows 10/11), usually through Outlook.com or an ISP account."""
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    plain, qh, o = compose(s, s.get("qstyle") or "outlook", s.get("boiler", "Sent from Mail for Windows"))
    ip = "%d.%d.%d.%d" % (rng.choice([68, 96, 173]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
    smtp = s.get("smtp") or "smtp.%s" % dom
    top = edge(s, rng, a, smtp, ip, auth_pass(dom, ip, a, rng.an(8), "p=NONE dis=NONE"))
    top += [("Received", "from [127.0.0.1] ([%d.%d.%d.%d])\n\tby %s with ESMTPSA id %s; %s"
             % (rng.randint(24, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), smtp, rng.an(16), rfc_date(d, 0))),
            ("DKIM-Signature", dkim(rng, dom, "20190202a", "Content-Type:Date:Subject:To:From:MIME-Version:Message-ID", d, style="tab"))]
    th = thread_headers(s, o)
    hdrs = [("Message-ID", "<%s@%s>" % (rng.hx(32, True), "WINDOWS-" + rng.up(7)))]
    hdrs += [("MIME-Version", "1.0"), ("To", to_header(s, o)), ("From", addr(name, a)), ("Subject", ew(s["subj"])),
             ("Date", rfc_date(d))] + th + [("Importance", "normal"), ("X-Priority", "3"), ("@CT", None)]
    bnd = "_%s_" % rng.uuid(True)
    p1 = text(plain, charset="utf-8", ct='text/plain; charset="utf-8"', cte="quoted-printable")
    ht = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
          '<body lang=EN-US link=blue vlink="#954F72"><div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Sent from <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> for Windows</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>%s</div></body></html>\n'
          % ("".join("<p class=MsoNormal>%s</p>" % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>") for l in s["body"].strip("\n").split("\n")), qh))
    p2 = text(ht, "html", charset="utf-8", ct='text/html; charset="utf-8"', cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    return message(top, hdrs, body)


# ------------------------------------------------------------------ Xfinity Connect (Open-Xchange webmail)
def xfinity(s, rng):
    d = s["d"]
    name, a = s["frm"]
    plain, qh, o = compose(s, s.get("qstyle") or "thunderbird", "")
    ip = "96.102.%d.%d" % (rng.randint(18, 22), rng.randint(2, 250))
    host = "resomta-a1p-%06d.sys.comcast.net" % rng.randint(100000, 999999)
    top = edge(s, rng, a, host, ip, auth_pass("comcast.net", ip, a, rng.an(8), "p=QUARANTINE dis=NONE"))
    top += [("Received", "from oxapp-asb-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-a1p-%06d.sys.comcast.net with ESMTPA\n\tid %s; %s"
             % (rng.randint(1, 40), rng.randint(0, 255), rng.randint(2, 250), rng.randint(100000, 999999), rng.an(16), rfc_date(d, 0))),
            ("DKIM-Signature", dkim(rng, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:\n\t Mime-Version:Content-Type", d, style="tab")),
            ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgedvfedrgedugddufeejucetufdoteggodetrfdotf")]
    th = thread_headers(s, o)
    hdrs = [("Date", rfc_date(d)), ("From", addr(name, a)), ("To", to_header(s, o)),
            ("Message-ID", "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10**8, 2 * 10**9), rng.randint(100000, 999999), epoch(d) * 1000))]
    hdrs += th + [("Subject", ew(s["subj"])), ("MIME-Version", "1.0"), ("@CT", None), ("X-Priority", "3"), ("Importance", "Normal"),
                  ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-Client", "open-xchange-appsuite")]
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 2 * 10**9), epoch(d) * 1000)
    p1 = text(plain, charset="UTF-8", ct="text/plain; charset=UTF-8", cte="7bit" if not needs_qp(plain) else "quoted-printable")
    ht = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s%s\n </body>\n</html>'
          % ("\n".join("  <p>%s</p>" % (esc(l) if l.strip() else "<br>") for l in s["body"].strip("\n").split("\n")),
             ("\n  <blockquote type=\"cite\">" + qh + "</blockquote>") if qh else ""))
    p2 = text(ht, "html", charset="UTF-8", ct="text/html; charset=UTF-8", cte="quoted-printable")
    body = multi("alternative", [p1, p2], bnd)
    return message(top, hdrs, body)


CLIENTS = {
    "gmail": gmail, "outlook": outlook, "outlook_com": outlook_com, "outlook_ios": outlook_ios,
    "apple": apple, "iphone": iphone, "yahoo": yahoo, "aol": aol, "aol_old": aol_old,
    "thunderbird": thunderbird, "samsung": samsung, "proton": proton, "exchange": exchange,
    "winlive": winlive, "winmail": winmail, "xfinity": xfinity,
}
