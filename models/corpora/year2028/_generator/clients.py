"""Inbound delivery headers (our mx -> mbx01) and per-client message rendering."""
from mailkit import (flow, addr, b64_encode, esc, fold_b64, fold_header, hdr_text, is_ascii, local, multipart,
                     needs_qp, plus, postfix_qid, qp_encode, rfcdate, rfcdate_nopad, rs, text_part,
                     uuid_lower, uuid_upper, HEXL, HEXU, ALNUM)

DOMAIN = "alliant-energy.com"
MX_IPS = {"mx1": "10.40.2.21", "mx2": "10.40.2.22"}


# ---------------------------------------------------------------- inbound chain
def inbound(R, mailbox, env_from, utc, host, ip, helo=None, auth=None, tls=True, mx=None):
    """Headers our side adds, top first. `utc` is when the sender's server handed it off."""
    mx = mx or R.choice(["mx1", "mx2"])
    helo = helo or host
    t_mx = plus(utc, R.randint(1, 3))
    t_mbx = plus(t_mx, R.randint(0, 2))
    rcpt = "%s@%s" % (mailbox, DOMAIN)
    q1, q2 = postfix_qid(R), postfix_qid(R)
    h = []
    h.append("Return-Path: <%s>" % env_from)
    h.append("Delivered-To: %s" % rcpt)
    h.append("Received: from %s.%s (%s.%s [%s])\n\tby mbx01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, DOMAIN, mx, DOMAIN, MX_IPS[mx], DOMAIN, q2, rcpt, rfcdate(t_mbx)))
    if auth is None:
        auth = "none"
    h.append("Authentication-Results: %s.%s;\n\t%s" % (mx, DOMAIN, auth))
    tlsline = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 "
               "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
               if tls else "")
    h.append("Received: from %s (%s [%s])%s\n\tby %s.%s (Postfix) with %s id %s\n\tfor <%s>; %s"
             % (helo, host, ip, tlsline, mx, DOMAIN, "ESMTPS" if tls else "ESMTP", q1, rcpt, rfcdate(t_mx)))
    return h, mx


def auth_pass(R, mx, d, sel, mailfrom, ip, from_domain=None, policy="p=NONE sp=NONE dis=NONE", bits=2048):
    from_domain = from_domain or d
    mfdom = mailfrom.split("@")[-1] if mailfrom else from_domain
    return ("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
            "header.s=%s header.b=%s;\n\tspf=pass (%s.%s: domain of %s designates %s as permitted sender) "
            "smtp.mailfrom=%s;\n\tdmarc=pass (%s) header.from=%s"
            % (bits, d, d, sel, rs(R, 8), mx, DOMAIN, mailfrom, ip, mfdom, policy, from_domain))


def dkim(R, d, sel, hdrs="from:to:subject:date:message-id", algo="rsa-sha256", c="relaxed/relaxed", t=None):
    return ("DKIM-Signature: v=1; a=%s; c=%s;\n        d=%s; s=%s;%s\n        h=%s;\n        bh=%s=;\n        b=%s=="
            % (algo, c, d, sel, (" t=%d;" % t) if t else "", hdrs, rs(R, 43, ALNUM + "+/"), fold_b64(R, 342)))


def ts(utc):
    return int(utc.timestamp())


# ---------------------------------------------------------------- quoting of our mail
def q_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DAYS_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def h12(t):
    return "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")


def gmail_attr(o, lang="en"):
    t = local(o["utc"])
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DAYS_ES[t.weekday()], t.day, MONTHS_ES[t.month - 1], t.year, t.hour, t.minute, o["from_name"], o["from_addr"])
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (
        t.strftime("%a"), t.strftime("%b"), t.day, t.year, h12(t), o["from_name"], o["from_addr"])


def apple_attr(o):
    t = local(o["utc"])
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (t.strftime("%b"), t.day, t.year, h12(t), o["from_name"], o["from_addr"])


def outlook_block(o, to_name, to_addr, with_seconds=False, es=False):
    t = local(o["utc"])
    sent = "%s, %s %d, %d %s" % (t.strftime("%A"), t.strftime("%B"), t.day, t.year,
                                 ("%d:%02d:%02d %s" % ((t.hour % 12) or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM"))
                                 if with_seconds else h12(t))
    to = "%s <%s>" % (to_name, to_addr) if to_name else to_addr
    if es:
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]
        sent = "%s, %d de %s de %d %d:%02d" % (dias[t.weekday()], t.day, meses[t.month - 1], t.year, t.hour, t.minute)
        return "De: %s <%s>\nEnviado: %s\nPara: %s\nAsunto: %s" % (o["from_name"], o["from_addr"], sent, to, o["subject"])
    return "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (o["from_name"], o["from_addr"], sent, to, o["subject"])


def yahoo_attr(o):
    t = local(o["utc"])
    return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
        t.strftime("%A"), t.strftime("%B"), t.day, t.year, (t.hour % 12) or 12, t.minute, t.second,
        "AM" if t.hour < 12 else "PM", "CDT" if t.utcoffset().total_seconds() == -18000 else "CST",
        o["from_name"], o["from_addr"])


def zone_abbr(t):
    return "CDT" if t.utcoffset().total_seconds() == -18000 else "CST"


def text_to_html_divs(text):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    return "".join(out)


def text_to_html_br(text):
    return "<br>".join(esc(l) for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- clients
class Msg:
    """Collects what a client produced."""

    def __init__(self):
        self.provider = []   # provider headers (below our chain)
        self.headers = []    # client headers
        self.body = ""       # MIME body incl. its Content-Type (starts with Content-Type line)
        self.env_from = None
        self.host = self.ip = self.helo = None
        self.auth = None
        self.msgid = None


def subject_for(spec):
    return spec["subject"]


def ref_headers(spec):
    o = spec.get("quote_of")
    if not o or spec.get("fwd"):
        return []
    refs = o.get("references", [])
    chain = refs + [o["msgid"]]
    return ["In-Reply-To: %s" % o["msgid"], "References: %s" % "\n ".join(chain)]


def gmail(R, spec):
    """Gmail web / Android / iOS app. multipart/alternative, Gmail-style boundaries and quoting."""
    m = Msg()
    email = spec["email"]
    dom = email.split("@")[1]
    utc = spec["utc"]
    m.env_from = email
    sfx = R.choice(["yw1", "pl1", "qk1", "oi1", "io1", "yb1", "qt1", "vk1", "ua1", "pj1"])
    n = R.randint(170, 235)
    m.ip = "209.85.%d.%d" % (R.randint(128, 222), n)
    m.host = "mail-%s-f%d.google.com" % (sfx, n)
    m.auth_args = ("gmail.com" if dom == "gmail.com" else dom, "20230601" if dom == "gmail.com" else "google")
    m.msgid = "<CA%s@mail.gmail.com>" % rs(R, R.randint(44, 56), ALNUM + "+_=-")
    x_recv = plus(utc, -R.randint(0, 1))
    m.provider = [
        dkim(R, m.auth_args[0], m.auth_args[1], "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
             t=ts(utc)),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s==" % (ts(utc), rs(R, 43), fold_b64(R, 342)),
        "X-Gm-Message-State: AOJu0Y%s" % fold_b64(R, 120, width=60).replace("\n\t ", "\n\t"),
        "X-Google-Smtp-Source: AGHT+I%s==" % rs(R, 86, ALNUM + "+/"),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
        % (rs(R, 4, HEXL), rs(R, 3, HEXL), rs(R, 3, HEXL), rs(R, 4, HEXL), rs(R, 20, HEXL), rs(R, 18, HEXL),
           R.randint(1, 9), ts(utc) % 100000, rfcdate(x_recv, -8, zone_comment=True)),
    ]
    lang = spec.get("lang", "en")
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain, htm = new + "\n", '<div dir="ltr">%s</div>' % text_to_html_divs(new)
    if o and spec.get("fwd"):
        t = local(o["utc"])
        fwd_head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>\n"
                    % (o["from_name"], o["from_addr"], t.strftime("%a"), t.strftime("%b"), t.day, t.year, h12(t), o["subject"], email))
        plain = (new + "\n\n" if new else "\n") + fwd_head + "\n\n" + o["text"].rstrip("\n") + "\n"
        htm = '<div dir="ltr">%s<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div></div>' % (
            text_to_html_divs(new) if new else "", text_to_html_br(fwd_head), text_to_html_br(o["text"]))
    elif o and spec.get("quote", True):
        attr = gmail_attr(o, lang)
        plain = new + "\n\n" + attr + "\n\n" + q_lines(o["text"]) + "\n"
        htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
               % (text_to_html_divs(new), esc(attr), text_to_html_br(o["text"])))
    b = "000000000000" + rs(R, 16, HEXL)
    cte = "quoted-printable" if needs_qp(plain) else None
    p1 = text_part(plain, "plain", 'UTF-8', cte or "7bit").replace("Content-Transfer-Encoding: 7bit\n", "")
    p2 = text_part(htm, "html", 'UTF-8', "quoted-printable" if needs_qp(htm) else "7bit").replace("Content-Transfer-Encoding: 7bit\n", "")
    if spec.get("plain_only"):
        m.body = p1
    else:
        m.body = multipart("alternative", b, [p1, p2])
    hdrs = ["MIME-Version: 1.0"]
    hdrs += ref_headers(spec)
    hdrs += ["From: %s" % addr(spec.get("name"), email),
             "Date: %s" % rfcdate(utc),
             "Message-ID: %s" % m.msgid,
             fold_header("Subject", hdr_text(spec["subject"]))]
    hdrs += ["To: %s" % spec["to"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    m.headers = hdrs
    return m


def yahoo(R, spec, brand="yahoo"):
    """Yahoo / AOL web or app (Norrin)."""
    m = Msg()
    email = spec["email"]
    utc = spec["utc"]
    m.env_from = email
    site = R.choice(["ne1", "bf2", "gq1"])
    n1, n2 = R.randint(300, 330), R.randint(10, 60)
    m.host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n1, n2, site)
    m.ip = "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250))
    d = "aol.com" if brand == "aol" else "yahoo.com"
    m.auth_args = (d, "a2048" if brand == "aol" else "s2048")
    stamp = int(utc.timestamp() * 1000) + R.randint(0, 999)
    m.msgid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(1000000000, 2147483647), R.randint(100000, 9999999), stamp)
    m.provider = [
        dkim(R, d, m.auth_args[1], "Date:From:To:Subject:References:From:Subject:Reply-To", t=ts(utc)),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n\tbh=%s=;\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n\tb=%s=="
        % (d, m.auth_args[1], ts(utc), rs(R, 43), fold_b64(R, 342)),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF; b=%s==" % (d, m.auth_args[1], ts(utc), rs(R, 43), rs(R, 86)),
        "X-YMail-OSG: %s" % fold_b64(R, 560, width=76).replace("\n\t ", "\n "),
        "X-Sonic-MF: <%s>" % email,
        "X-Sonic-ID: %s" % uuid_lower(R),
        "Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d-%d.consmr.mail.%s.yahoo.com with HTTP; %s"
        % (n1, n2, site, rfcdate(plus(utc, -1), 0).replace("+0000", "+0000")),
    ]
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    body_html = text_to_html_divs(new)
    if o and spec.get("quote", True):
        attr = yahoo_attr(o)
        plain = new + "\n\n\n    " + attr + "  \n \n " + o["text"].rstrip("\n").replace("\n", "\n ") + "\n"
        body_html += ('<div><br></div><div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                      '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (rs(R, 10, "0123456789"), esc(attr), text_to_html_br(o["text"])))
    if spec.get("yahoo_app"):
        sig = {"android": "Sent from Yahoo Mail on Android", "ios": "Sent from Yahoo Mail for iPhone"}[spec["yahoo_app"]]
        plain = plain.replace(new + "\n", new + "\n\n" + sig + "\n", 1)
        body_html += '<div><br></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">%s</a></div>' % sig
    htm = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>'
           % (rs(R, 8, HEXL), body_html))
    b = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 2099999999), stamp)
    cte = "quoted-printable" if needs_qp(plain) else "7bit"
    p1 = text_part(plain, "plain", "UTF-8", cte).replace('charset="UTF-8"', "charset=UTF-8")
    p2 = text_part(htm, "html", "UTF-8", "quoted-printable" if needs_qp(htm) else "7bit").replace('charset="UTF-8"', "charset=UTF-8")
    m.body = multipart("alternative", b, [p1, p2])
    hdrs = ["Date: %s" % rfcdate(utc, 0).replace("+0000", "+0000 (UTC)"),
            "From: %s" % addr(spec.get("name"), email),
            "To: %s" % spec["to"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    hdrs += ["Message-ID: %s" % m.msgid]
    hdrs += ref_headers(spec)
    hdrs += [fold_header("Subject", hdr_text(spec["subject"])), "MIME-Version: 1.0"]
    m.body = m.body
    app = {"android": "YMobile/1.0 (com.yahoo.mobile.client.android.mail/7.53.1; Android/14; UP1A.231005.007; e3q; samsung; SM-S921U; 6.24; 2340x1080;)",
           "ios": "YahooMailIosMobile Raven/%d CFNetwork/1494.0.7 Darwin/23.4.0" % R.randint(80000, 89999)}.get(spec.get("yahoo_app"))
    mailer = "WebService/1.1.%d %s" % (R.randint(22100, 22999), "AolMailNorrin" if brand == "aol" else ("YMailNorrin" if not app else app))
    m.trailer = ["X-Mailer: %s" % mailer]
    m.headers = hdrs
    return m


def _ms_prefix(R):
    pre = R.choice(["SJ0PR", "BY5PR", "PH7PR", "CH3PR", "DM6PR", "MN2PR", "SA1PR", "IA1PR", "CY8PR", "LV3PR"])
    return "%s%02dMB%d" % (pre, R.choice([10, 11, 12, 13, 14, 17, 19, 20]), R.randint(1000, 9999))


def outlook(R, spec, kind="web"):
    """Outlook.com (web, mobile) and Exchange Online tenants (Outlook desktop / new Outlook)."""
    m = Msg()
    email = spec["email"]
    dom = email.split("@")[1]
    utc = spec["utc"]
    m.env_from = email
    consumer = dom in ("outlook.com", "hotmail.com", "live.com", "msn.com")
    srv = _ms_prefix(R)
    nam = R.choice(["namprd10", "namprd11", "namprd12", "namprd13", "namprd14", "namprd17", "namprd19"])
    region = R.choice(["BN8", "DM6", "MW2", "CO1", "SN1", "BL2", "CH1"])
    num = R.randint(2010, 2199)
    if consumer:
        m.host = "mail-%snam12olkn%d.outbound.protection.outlook.com" % (region.lower(), num)
        m.ip = "40.92.%d.%d" % (R.randint(18, 75), R.randint(2, 250))
        m.helo = "NAM12-%s-obe.outbound.protection.outlook.com" % region
        m.auth_args = (dom, "selector1")
    else:
        m.host = "mail-%snam11on%d.outbound.protection.outlook.com" % (region.lower(), num)
        m.ip = "40.107.%d.%d" % (R.randint(92, 244), R.randint(2, 250))
        m.helo = "NAM11-%s-obe.outbound.protection.outlook.com" % region
        m.auth_args = (dom, "selector1")
    m.msgid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, rs(R, 24, HEXU), srv, nam)
    m.provider = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s==" % fold_b64(R, 680, width=76).replace("\n\t ", "\n "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s==" % (rs(R, 43), fold_b64(R, 680, width=76).replace("\n\t ", "\n ")),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim(R, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        "Received: from %s (2603:10b6:%s::%s) by\n %s.%s.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
        % (srv, rs(R, 3, HEXL), rs(R, 2, HEXL), _ms_prefix(R), nam, rs(R, 3, HEXL), rs(R, 2, HEXL), R.randint(7000, 8999), R.randint(10, 40),
           rfcdate(utc, 0)),
    ]
    lang = spec.get("lang", "en")
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    font = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if kind != "desktop" else "Calibri, sans-serif"
    html_new = "".join('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                       % (font, esc(l) if l.strip() else "<br>") for l in new.split("\n"))
    mobile_sig = ""
    if kind == "android":
        mobile_sig = "Get Outlook for Android<https://aka.ms/AAb9ysg>"
    elif kind == "ios":
        mobile_sig = "Get Outlook for iOS<https://aka.ms/o0ukef>"
    if mobile_sig:
        plain = new + "\n\n" + mobile_sig + "\n"
        html_new += '<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Get <a href="%s">Outlook for %s</a></div>' % (
            mobile_sig.split("<")[1][:-1], "Android" if kind == "android" else "iOS")
    quote_html = ""
    if o and spec.get("quote", True):
        es = lang == "es"
        block = outlook_block(o, spec.get("name") if kind != "desktop" else None, email,
                              with_seconds=kind in ("android", "ios"), es=es)
        if kind == "desktop":
            block = block.replace("\n", " \n", 1)  # Outlook desktop leaves a space after the From line
            plain = plain.rstrip("\n") + "\n\n" + block + "\n\n" + o["text"].rstrip("\n") + "\n"
        else:
            plain = plain.rstrip("\n") + "\n" + "_" * 32 + "\n" + block + "\n\n" + o["text"].rstrip("\n") + "\n"
        quote_html = ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                      '<div>&nbsp;</div></div><div>%s</div>' % (text_to_html_br(block), text_to_html_br(o["text"])))
    if kind == "desktop":
        htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
               '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
               '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
               '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
               '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
               '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
               % ("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>") for l in new.split("\n")),
                  ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n'
                   % (text_to_html_br(block), "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l) for l in o["text"].rstrip("\n").split("\n"))))
                  if quote_html else ""))
    else:
        htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
               '</head>\n<body dir="ltr">\n%s\n%s</body>\n</html>\n' % ("iso-8859-1", html_new, quote_html))
    cs = "us-ascii" if is_ascii(plain + htm) else ("iso-8859-1" if _latin1(plain + htm) else "utf-8")
    htm = htm.replace("charset=us-ascii", "charset=%s" % cs).replace("charset=iso-8859-1", "charset=%s" % cs)
    b = "_000_%s%sprod_" % (m.msgid[1:].split("@")[0], nam.upper().replace("NAMPRD", "NAMPRD"))
    b = b.replace(".", "")
    p1 = text_part(plain, "plain", cs, "quoted-printable")
    p2 = text_part(htm, "html", cs, "quoted-printable")
    if spec.get("empty_body"):
        p1 = text_part("", "plain", "us-ascii", "quoted-printable")
        m.body = p1
    else:
        m.body = multipart("alternative", b, [p1, p2])
    hdrs = ["From: %s" % addr(spec.get("name"), email), "To: %s" % spec["to"]]
    if spec.get("reply_to"):
        hdrs.append("Reply-To: %s" % spec["reply_to"])
    subj = hdr_text(spec["subject"], "Q", "iso-8859-1" if _latin1(spec["subject"]) else "utf-8") if spec["subject"] else ""
    base = spec["subject"]
    for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
        if base.startswith(pre):
            base = base[len(pre):]
    topic = hdr_text(base, "Q", "iso-8859-1" if _latin1(base) else "utf-8") if base else ""
    hdrs += [fold_header("Subject", subj) if subj else "Subject:",
             "Thread-Topic: %s" % topic,
             "Thread-Index: %s" % rs(R, 32, ALNUM + "+/") + "==",
             "Date: %s" % rfcdate(utc, 0),
             "Message-ID: %s" % m.msgid]
    hdrs += ref_headers(spec)
    hdrs += ["Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"),
             "Content-Language: %s" % ("es-US" if lang == "es" else "en-US"),
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "msip_labels:"]
    if consumer:
        hdrs += ["x-ms-exchange-messagesentrepresentingtype: 1",
                 "x-tmn: [%s]" % rs(R, 40, ALNUM + "+/"),
                 "x-ms-publictraffictype: Email",
                 "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, _ms_prefix(R))]
    else:
        hdrs += ["x-ms-publictraffictype: Email",
                 "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, _ms_prefix(R)),
                 "x-ms-exchange-senderadcheck: 1"]
    hdrs += ["x-ms-office365-filtering-correlation-id: %s" % uuid_lower(R),
             "x-microsoft-antispam: BCL:0;ARA:14566002|%d|%d|%d;" % (R.randint(10000000, 99999999), R.randint(1000000, 9999999), R.randint(100000, 999999)),
             "MIME-Version: 1.0"]
    if kind == "desktop":
        hdrs.append("X-Mailer: Microsoft Outlook 16.0") if spec.get("pop") else None
    m.headers = hdrs
    return m


def _latin1(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def outlook_pop(R, spec, isp_host, isp_ip, dkim_d=None):
    """Outlook 2016/2021 desktop sending through an ISP's SMTP (no Exchange headers)."""
    m = Msg()
    email = spec["email"]
    utc = spec["utc"]
    m.env_from = email
    m.host, m.ip = isp_host, isp_ip
    m.auth_args = (dkim_d or email.split("@")[1], "20190202a")
    m.msgid = "<%s$%s$%s@%s>" % ("000", rs(R, 12, HEXL), rs(R, 12, HEXL), email.split("@")[1])
    m.msgid = "<000%s01da%s$%s$%s$@%s>" % (rs(R, 3, HEXL), rs(R, 4, HEXL), rs(R, 8, HEXL), rs(R, 8, HEXL), email.split("@")[1])
    m.provider = [dkim(R, m.auth_args[0], m.auth_args[1], "Received:Received:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")]
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    if o:
        block = outlook_block(o, None, email).replace("\n", " \n", 1)
        plain += "\n" + block + "\n\n" + o["text"].rstrip("\n") + "\n"
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Times New Roman",serif;}\n--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>%s</div></body></html>\n'
           % "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>") for l in plain.rstrip("\n").split("\n")))
    b = "----=_NextPart_000_%s_01%s.%s" % (rs(R, 4, HEXU), rs(R, 6, HEXU), rs(R, 8, HEXU))
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    m.body = multipart("alternative", b, [text_part(plain, "plain", cs, "7bit" if not needs_qp(plain) else "quoted-printable"),
                                          text_part(htm, "html", cs, "quoted-printable")], preamble="This is a multipart message in MIME format.")
    hdrs = ["From: %s" % addr(spec.get("name"), email, quote_always=True), "To: %s" % spec["to"]]
    hdrs += [fold_header("Subject", hdr_text(spec["subject"])), "Date: %s" % rfcdate(utc), "Message-ID: %s" % m.msgid]
    hdrs += ref_headers(spec)
    hdrs += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: %s" % rs(R, 28, ALNUM + "+/"),
             "Content-Language: en-us"]
    m.headers = hdrs
    return m


def apple(R, spec, device="mac"):
    """Apple Mail on macOS, iPhone or iPad, sending through iCloud (or another provider via `via`)."""
    m = Msg()
    email = spec["email"]
    dom = email.split("@")[1]
    utc = spec["utc"]
    m.env_from = email
    if dom in ("icloud.com", "me.com", "mac.com"):
        node = R.choice(["st43p00im-ztfb10061701", "st43p00im-zteg10063501", "qs51p00im-qukt01072501", "st43p00im-ztdg10073201"])
        m.host = "%s.me.com" % node
        m.ip = "17.58.%d.%d" % (R.randint(6, 63), R.randint(2, 250))
        m.auth_args = ("icloud.com", "1a1hai")
        m.provider = [dkim(R, "icloud.com", "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To")]
        tail = [
            "X-Proofpoint-ORIG-GUID: %s" % rs(R, 32, ALNUM + "-_"),
            "X-Proofpoint-GUID: %s" % rs(R, 32, ALNUM + "-_"),
            "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.12.62.30\n definitions=2028-%02d-%02d_01,2028-%02d-%02d_01,2020-02-14_11,2022-02-23_01 signatures=0"
            % (utc.month, utc.day, utc.month, utc.day),
            "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 suspectscore=0 spamscore=0 mlxscore=0\n phishscore=0 malwarescore=0 bulkscore=0 clxscore=1030 adultscore=0 mlxlogscore=%d\n classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2308100000\n definitions=main-28%02d%02d0%03d" % (R.randint(300, 999), utc.month, utc.day, R.randint(0, 999)),
        ]
        m.provider += tail
    else:
        # e.g. a Gmail or Comcast account configured in Apple Mail
        via = spec.get("via", "gmail")
        if via == "gmail":
            n = R.randint(170, 235)
            m.host, m.ip = "mail-pj1-f%d.google.com" % n, "209.85.216.%d" % n
            m.auth_args = (dom if dom != "gmail.com" else "gmail.com", "20230601")
            m.provider = [dkim(R, m.auth_args[0], "20230601", "to:date:message-id:subject:mime-version:from:from:to:cc:subject:date:message-id:reply-to", t=ts(utc)),
                          "X-Gm-Message-State: AOJu0Y%s" % rs(R, 60, ALNUM + "+/"),
                          "X-Google-Smtp-Source: AGHT+I%s==" % rs(R, 86, ALNUM + "+/"),
                          "Received: from smtpclient.apple ([2600:1700:%s:%s::%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.2028.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                          % (rs(R, 4, HEXL), rs(R, 4, HEXL), rs(R, 2, HEXL), rs(R, 16, HEXL), rs(R, 12, HEXL), R.randint(1, 9), utc.month, utc.day, utc.hour, utc.minute, utc.second,
                             spec["to_addr"], rfcdate(utc, -8, zone_comment=True))]
        else:  # comcast
            m.host = "resomta-a1p-%06d.sys.comcast.net" % R.randint(70000, 79999)
            m.ip = "96.102.18.%d" % R.randint(2, 250)
            m.auth_args = ("comcast.net", "20190202a")
            m.provider = [dkim(R, "comcast.net", "20190202a", "Received:Received:From:Content-Type:Mime-Version:Subject:Date:To:Message-Id")]
    t = utc
    if device == "mac":
        ver = R.choice(["131", "181", "201"])
        mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.%s\\))" % ver
        mailer = "X-Mailer: Apple Mail (2.3826.500.%s)" % ver
    else:
        mv = "Mime-Version: 1.0 (1.0)"
        mailer = "X-Mailer: %s Mail (%s)" % ("iPhone" if device == "iphone" else "iPad", R.choice(["21E236", "21F90", "22A3354", "22B83", "22C152"]))
    m.msgid = "<%s@%s>" % (uuid_upper(R), dom)
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    sig = {"iphone": "Sent from my iPhone", "ipad": "Sent from my iPad"}.get(device)
    if spec.get("no_sig"):
        sig = None
    plain = new + ("\n\n" + sig if sig else "") + "\n"
    if o and spec.get("fwd"):
        lt = local(o["utc"])
        fw = ["Begin forwarded message:", "",
              "From: %s <%s>" % (o["from_name"], o["from_addr"]),
              "Subject: %s" % o["subject"],
              "Date: %s %d, %d at %s %s" % (lt.strftime("%B"), lt.day, lt.year,
                                            "%d:%02d:%02d %s" % ((lt.hour % 12) or 12, lt.minute, lt.second, "AM" if lt.hour < 12 else "PM"), zone_abbr(lt)),
              "To: %s" % email]
        if o.get("reply_to"):
            fw.append("Reply-To: %s" % o["reply_to"])
        fw_text = fw[0] + "\n\n" + q_lines("\n".join(fw[2:]) + "\n\n" + o["text"])
        plain = (new + "\n\n" if new else "") + (sig + "\n\n" if sig else "") + fw_text + "\n"
    elif o and spec.get("quote", True):
        if device == "mac":
            plain = new + "\n\n" + q_lines(apple_attr(o) + "\n\n" + o["text"]) + "\n"
        else:
            plain = new + ("\n\n" + sig if sig else "") + "\n\n" + apple_attr(o) + "\n\n" + q_lines(o["text"]) + "\n"
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    cte = "quoted-printable" if needs_qp(plain) else "7bit"
    if spec.get("empty_body"):
        plain = ""
        cte = "7bit"
    if device == "mac" and o and not spec.get("plain_only"):
        b = "Apple-Mail=_%s" % uuid_upper(R)
        htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
               '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div><br></body></html>'
               % (cs, text_to_html_divs(new), esc(apple_attr(o)), text_to_html_br(o["text"])))
        p1 = text_part(plain, "plain", cs, cte, apple_style=True)
        p2 = text_part(htm, "html", cs, "quoted-printable" if needs_qp(htm) else "7bit", apple_style=True)
        body = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\n" % b) + "\n".join(
            ["\n--%s\n%s" % (b, p) for p in (p1, p2)]) + "\n--%s--\n" % b
        m.body = body
    else:
        m.body = text_part(plain, "plain", cs, cte, apple_style=True).replace("Content-Type: text/plain;\n\tcharset=", "Content-Type: text/plain;\n\tcharset=")
    subj = fold_header("Subject", hdr_text(spec["subject"]))
    if device == "mac":
        hdrs = [m.body.split("\n\n", 1)[0] if False else None]
        hdrs = ["From: %s" % addr(spec.get("name"), email), mv, subj, "Date: %s" % rfcdate(t)]
        hdrs += ref_headers(spec)
        hdrs += ["To: %s" % spec["to"], "Message-Id: %s" % m.msgid, mailer]
    else:
        hdrs = ["From: %s" % addr(spec.get("name"), email), mv, "Date: %s" % rfcdate(t), "Subject: %s" % subj[9:]]
        hdrs += ref_headers(spec)
        hdrs += ["Message-Id: %s" % m.msgid, "To: %s" % spec["to"], mailer]
    if spec.get("reply_to"):
        hdrs.insert(1, "Reply-To: %s" % spec["reply_to"])
    m.headers = hdrs
    m.body_first = True  # Apple puts Content-Type before the other headers
    return m


def xfinity(R, spec):
    """Comcast Xfinity Connect (Open-Xchange App Suite)."""
    m = Msg()
    email = spec["email"]
    utc = spec["utc"]
    m.env_from = email
    m.host = "resomta-h1p-%06d.sys.comcast.net" % R.randint(27000, 29999)
    m.ip = "96.102.179.%d" % R.randint(2, 250)
    m.helo = m.host
    m.auth_args = ("comcast.net", "20190202a")
    m.msgid = "<%d.%d.%d@connect.xfinity.com>" % (R.randint(100000000, 2099999999), R.randint(100000, 999999), int(utc.timestamp() * 1000) + R.randint(0, 999))
    m.provider = [
        "Received: from resomta-h1p-%06d.sys.comcast.net ([96.102.179.%d])\n\tby resomta-h1p-%06d.sys.comcast.net with ESMTPS\n\tid %s; %s"
        % (R.randint(27000, 29999), R.randint(2, 250), R.randint(27000, 29999), rs(R, 14), rfcdate(plus(utc, 1), 0)),
        dkim(R, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Xfinity-Spam-Result", t=ts(utc)),
        "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvgedr%s" % rs(R, 48, "abcdefghijklmnopqrstuvwxyz"),
        "X-Xfinity-VMeta: sc=0.00;st=legit",
    ]
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    htm_q = ""
    if o and spec.get("quote", True):
        t = local(o["utc"])
        attr = "On %02d/%02d/%d %s %s %s <%s> wrote:" % (t.month, t.day, t.year, h12(t), zone_abbr(t), o["from_name"], o["from_addr"])
        plain = new + "\n\n\n" + q_lines(attr + "\n\n\n" + o["text"]) + "\n"
        htm_q = '<blockquote type="cite"><div>%s</div><div><br></div>%s</blockquote>' % (esc(attr), text_to_html_br(o["text"]))
    htm = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  %s\n  %s\n </body>\n</html>\n'
           % ("\n  ".join("<div>\n   %s\n  </div>" % (esc(l) if l.strip() else "<br>") for l in new.split("\n")), htm_q))
    b = "----=_Part_%d_%d.%d" % (R.randint(10000, 999999), R.randint(100000000, 2099999999), int(utc.timestamp() * 1000))
    m.body = multipart("alternative", b, [text_part(plain, "plain", "UTF-8", "7bit" if not needs_qp(plain) else "quoted-printable").replace('charset="UTF-8"', "charset=UTF-8", 1),
                                          text_part(htm, "html", "UTF-8", "7bit" if not needs_qp(htm) else "quoted-printable").replace('charset="UTF-8"', "charset=UTF-8", 1)])
    hdrs = ["Date: %s" % rfcdate(utc), "From: %s" % addr(spec.get("name"), email, quote_always=True), "To: %s" % spec["to"],
            "Message-ID: %s" % m.msgid]
    hdrs += ref_headers(spec)
    hdrs += [fold_header("Subject", hdr_text(spec["subject"])), "MIME-Version: 1.0",
             "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % R.randint(55, 70),
             "X-Originating-Client: open-xchange-appsuite"]
    m.headers = hdrs
    return m


def roundcube(R, spec, isp="windstream.net"):
    m = Msg()
    email = spec["email"]
    utc = spec["utc"]
    m.env_from = email
    hosts = {"windstream.net": ("smtp-out02.windstream.net", "166.102.%d.%d"),
             "mchsi.com": ("mta-out03.mediacomcc.com", "173.248.%d.%d"),
             "frontiernet.net": ("smtp1.frontiernet.net", "74.40.%d.%d")}
    hn, ipf = hosts[isp]
    m.host = hn
    m.ip = ipf % (R.randint(1, 250), R.randint(2, 250))
    m.auth_args = (isp, "default")
    m.msgid = "<%s@%s>" % (rs(R, 32, HEXL), isp)
    m.provider = [
        dkim(R, isp, "default", "Message-ID:References:In-Reply-To:Subject:Cc:To:From:Date:Content-Transfer-Encoding:Content-Type:MIME-Version:Sender:Reply-To"),
        "Received: from webmail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (isp, hn, postfix_qid(R), rfcdate(plus(utc, -1))),
    ]
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    if o and spec.get("quote", True):
        t = local(o["utc"])
        plain = new + "\n\nOn %d-%02d-%02d %02d:%02d, %s wrote:\n%s\n" % (t.year, t.month, t.day, t.hour, t.minute, o["from_name"], q_lines(o["text"]))
    cs = "US-ASCII" if is_ascii(plain) else "UTF-8"
    cte = "7bit" if is_ascii(plain) else "8bit"
    m.body = text_part(flow(plain), "plain", cs, cte, extra_ct="; format=flowed").replace('charset="%s"' % cs, "charset=%s" % cs)
    hdrs = ["MIME-Version: 1.0", "Date: %s" % rfcdate(utc), "From: %s" % addr(spec.get("name"), email), "To: %s" % spec["to"],
            fold_header("Subject", hdr_text(spec["subject"]))]
    hdrs += ref_headers(spec)
    hdrs += ["Message-ID: %s" % m.msgid, "X-Sender: %s" % email, "User-Agent: Roundcube Webmail/1.6.%d" % R.randint(1, 9)]
    m.headers = hdrs
    m.body_after = True
    return m


def thunderbird(R, spec, isp_host, isp_ip, dkim_d=None):
    m = Msg()
    email = spec["email"]
    dom = email.split("@")[1]
    utc = spec["utc"]
    m.env_from = email
    m.host, m.ip = isp_host, isp_ip
    m.auth_args = (dkim_d or dom, "default")
    m.msgid = "<%s@%s>" % (uuid_lower(R), dom)
    m.provider = [dkim(R, m.auth_args[0], "default", "Content-Transfer-Encoding:Content-Type:Subject:From:To:MIME-Version:Date:Message-ID")]
    new = spec["body"].rstrip("\n")
    o = spec.get("quote_of")
    plain = new + "\n"
    if o and spec.get("quote", True):
        t = local(o["utc"])
        plain = "%s\n\nOn %d/%d/%s %s, %s wrote:\n%s\n" % (new, t.month, t.day, str(t.year)[2:], h12(t), o["from_name"], q_lines(o["text"]))
    cs = "UTF-8"
    cte = "8bit" if not is_ascii(plain) else "7bit"
    body_plain = flow(plain)
    m.body = 'Content-Type: text/plain; charset=%s; format=flowed\nContent-Transfer-Encoding: %s\n\n%s' % (cs, cte, body_plain)
    hdrs = ["Message-ID: %s" % m.msgid, "Date: %s" % rfcdate(utc), "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", "To: %s" % spec["to"],
            "From: %s" % addr(spec.get("name"), email)]
    hdrs += ref_headers(spec)
    hdrs += [fold_header("Subject", hdr_text(spec["subject"]))]
    m.headers = hdrs
    return m


def render(R, spec):
    """Render a human message fully: our chain + provider + client headers + body. Returns (text, msgid)."""
    c = spec["client"]
    if c in ("gmail", "gmail_android", "gmail_ios"):
        m = gmail(R, spec)
    elif c == "yahoo":
        m = yahoo(R, spec)
    elif c == "aol":
        m = yahoo(R, spec, brand="aol")
    elif c in ("outlook_web", "outlook_android", "outlook_ios", "outlook_desktop"):
        m = outlook(R, spec, kind={"outlook_web": "web", "outlook_android": "android", "outlook_ios": "ios", "outlook_desktop": "desktop"}[c])
    elif c == "outlook_pop":
        m = outlook_pop(R, spec, *spec["isp"])
    elif c in ("apple_mac", "iphone", "ipad"):
        m = apple(R, spec, device={"apple_mac": "mac", "iphone": "iphone", "ipad": "ipad"}[c])
    elif c == "xfinity":
        m = xfinity(R, spec)
    elif c == "roundcube":
        m = roundcube(R, spec, spec.get("isp_name", "windstream.net"))
    elif c == "thunderbird":
        m = thunderbird(R, spec, *spec["isp"])
    else:
        raise ValueError(c)
    env_from = spec.get("env_from", m.env_from)
    top, mx = inbound(R, spec["mailbox"], env_from, plus(spec["utc"], R.randint(1, 4)), m.host, m.ip, helo=m.helo)
    d, sel = m.auth_args
    auth = auth_pass(R, mx, d, sel, env_from, m.ip, from_domain=spec["email"].split("@")[1],
                     policy="p=QUARANTINE sp=QUARANTINE dis=NONE" if d in ("outlook.com", "hotmail.com", "gmail.com", "yahoo.com", "aol.com", "icloud.com") else "p=NONE sp=NONE dis=NONE")
    top[3] = "Authentication-Results: %s.%s;\n\t%s" % (mx, DOMAIN, auth)
    extra = spec.get("extra_headers", [])
    trailer = getattr(m, "trailer", [])
    ct_head, ct_body = m.body.split("\n\n", 1)
    if getattr(m, "body_first", False):
        lines = top + m.provider + [ct_head] + m.headers + extra + trailer
    else:
        lines = top + m.provider + m.headers + extra + trailer + [ct_head]
    text = "\n".join(l for l in lines if l) + "\n\n" + ct_body
    return text, m.msgid
