# -*- coding: utf-8 -*-
"""Mail programs: turn one person's message spec into provider + client headers and a MIME body."""
import datetime as D

from mimekit import (CST, UTC, PST, DAYS, LDAYS, MONS, LMONS, ES_DAYS, ES_MONS, addr, at, ehdr, epoch,
                     esc, flowed, fold_b, h12, html_br, html_lines, is_ascii, leaf, multipart, quote_gt,
                     ralnum, rb64, rdig, rfc, rhex, ruuid, sig_b64, encode_bytes_b64, pf)
from ours import ours, CC, PH

BOX = {"cc": CC, "ph": PH}


class Out:
    """What a program hands back to build.py."""
    def __init__(self, env, helo, host, ip, auth, top, hdrs, body, delay=3):
        self.env, self.helo, self.host, self.ip = env, helo, host, ip
        self.auth, self.top, self.hdrs, self.body, self.delay = auth, top, hdrs, body, delay


# ------------------------------------------------------------------ quoting styles (plain)
def gmail_attr(dt):
    return "On %s, %s %d, %d at %s" % (DAYS[dt.weekday()], MONS[dt.month - 1], dt.day, dt.year, h12(dt))


def wrap_attr(line, width=76):
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width)
    return line[:cut] + "\n" + line[cut + 1:]


def q_plain(style, o, s):
    to = s["addr"]
    if style == "gmail":
        return wrap_attr("%s %s <%s> wrote:" % (gmail_attr(o.date), o.from_name, o.from_addr)) + "\n\n" + quote_gt(o.text)
    if style == "gmail-es":
        dt = o.date
        head = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ES_DAYS[dt.weekday()], dt.day, ES_MONS[dt.month - 1], dt.year, dt.hour, dt.minute, o.from_name, o.from_addr)
        return wrap_attr(head) + "\n\n" + quote_gt(o.text)
    if style == "gmail-fwd":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s"
                % (o.from_name, o.from_addr, gmail_attr(o.date)[3:], o.subject, to, o.text))
    if style == "outlook":
        dt = o.date
        sent = "%s, %s %d, %d %s" % (LDAYS[dt.weekday()], LMONS[dt.month - 1], dt.day, dt.year, h12(dt))
        return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n\n%s"
                % (o.from_name, o.from_addr, sent, to, to, o.subject, o.text))
    if style == "yahoo":
        dt = o.date
        head = "On %s, %s %d, %d, %s CST, %s <%s> wrote:" % (
            LDAYS[dt.weekday()], LMONS[dt.month - 1], dt.day, dt.year, h12(dt, True), o.from_name, o.from_addr)
        return "    " + head + "\n\n\n" + o.text
    if style == "apple":
        dt = o.date
        head = "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[dt.month - 1], dt.day, dt.year, h12(dt), o.from_name, o.from_addr)
        return quote_gt(head + "\n\n" + o.text, blank="> ")
    if style == "tb":
        dt = o.date
        head = "On %d/%d/%d %s, %s wrote:" % (dt.month, dt.day, dt.year, h12(dt), o.from_name)
        return head + "\n" + quote_gt(o.text)
    raise ValueError(style)


def q_html(style, o, s):
    body = html_br(o.text)
    if style in ("gmail", "gmail-es"):
        attr = q_plain(style, o, s).split("\n\n")[0].replace("\n", " ")
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (esc(attr), body))
    if style == "gmail-fwd":
        head = q_plain(style, o, s).split("\n\n\n")[0]
        return '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (
            html_br(head), body)
    if style == "outlook":
        head = q_plain(style, o, s).split("\n\n")[0].split("\n")[1:]
        rows = "<br>\n".join("<b>%s</b> %s" % (esc(l.split(" ", 1)[0]), esc(l.split(" ", 1)[1])) for l in head)
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + rows + '</font>\n<div>&nbsp;</div>\n</div>\n<div>' + body + '</div>')
    if style == "yahoo":
        head = q_plain(style, o, s).strip().split("\n")[0]
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
                '<div>%s</div><div><br></div><div><br></div>\n<div>%s</div>\n</div>\n</div>' % (
                    s["_R"].randint(10 ** 9, 10 ** 10 - 1), esc(head), body))
    if style == "apple":
        dt = o.date
        head = "On %s %d, %d, at %s, %s &lt;%s&gt; wrote:" % (MONS[dt.month - 1], dt.day, dt.year, h12(dt), esc(o.from_name), o.from_addr)
        return ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>'
                % (head, body))
    raise ValueError(style)


def compose(s, style, footer="", footer_sep="\n\n"):
    """New text + program footer + quote (plain)."""
    t = s["body"]
    if footer:
        t = (t + footer_sep + footer) if t else footer
    if s.get("quote"):
        o = ours(s)
        s["_ours"] = o
        qs = "gmail-fwd" if s.get("fwd") and style.startswith("gmail") else style
        t = t + "\n\n" + q_plain(qs, o, s)
    return t


def thread_hdrs(s):
    if not s.get("quote"):
        return []
    o = s["_ours"] if "_ours" in s else ours(s)
    if s.get("fwd"):
        return []
    return ["In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid]


def to_hdr(s, style="plain"):
    box = BOX[s["box"]]
    if s.get("quote") and not s.get("fwd"):
        o = ours(s)
        if getattr(o, "reply_to", None):
            return box
        return addr(o.from_name, box)
    if style == "quoted":
        return '"%s" <%s>' % (box, box)
    return box


# ------------------------------------------------------------------ providers
def gmail_top(R, s, dt, h, google_host=None):
    """Gmail's outgoing headers above the client's."""
    host = google_host or "mail-%s-f%d.google.com" % (R.choice(["qk1", "qv1", "pl1", "ej1", "lj1", "yb1", "oi1", "io1", "vk1"]), R.randint(41, 199))
    pst = dt.astimezone(PST)
    t = epoch(dt)
    top = [
        "Received: by %s with SMTP id %s-%s%s.%d\n        for <%s>; %s" % (
            host, R.choice(["af79cd13be357", "d75a77b69052e", "6a8ec8ce5a9d0", "46e09a7af769"]), rhex(R, 12), "so" + rdig(R, 5), R.randint(0, 9),
            BOX[s["box"]], rfc(pst, pad=True, zname=True)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
        "        h=%s;\n        bh=%s=;\n%s" % (t, t + 604800, h, rb64(R, 43), fold_b(sig_b64(R), "        b=", "         ")),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
        "        h=x-gm-message-state:%s;\n        bh=%s=;\n%s" % (t, t + 604800, h.split(":from:to")[0].replace("\n         ", ""), rb64(R, 43),
                                                               fold_b(sig_b64(R), "        b=", "         ")),
        "X-Gm-Message-State: AOJu0Y%s" % rb64(R, 58),
        "X-Gm-Gg: ASbGnc%s" % fold_b(rb64(R, 150), "", "\t", 70),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(R, 60),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(R, 4), rhex(R, 4), rhex(R, 3), rhex(R, 4), rhex(R, 4), rhex(R, 20) + "mr" + rdig(R, 7) + "qkb." + str(R.randint(1, 40)) + "." + str(t) + rdig(R, 3),
            rfc(pst, pad=True, zname=True)),
    ]
    relay = (host, host, "209.85.%d.%d" % (R.randint(128, 223), R.randint(2, 250)))
    return top, relay


def gmail_auth(mx, s, ip, R, d="gmail.com"):
    return ("dkim=pass header.d=%s header.s=20230601 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s" % (d, rb64(R, 8), mx, s["addr"], ip, s["addr"], d))


def gmail_smtp_top(R, s, dt, xmailer_host="smtpclient.apple"):
    """A desktop/phone client sending through smtp.gmail.com (ESMTPSA)."""
    pst = dt.astimezone(PST)
    t = epoch(dt)
    h = "to:date:message-id:subject:mime-version:content-transfer-encoding:from\n         :from:to:cc:subject:date:message-id:reply-to"
    host = "mail-%s-f%d.google.com" % (R.choice(["pj1", "qt1", "ot1", "il1"]), R.randint(41, 199))
    top = [
        "Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (host, "d9443c01a7336", rhex(R, 16), R.randint(1, 9), BOX[s["box"]], rfc(pst, pad=True, zname=True)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
        "        h=%s;\n        bh=%s=;\n%s" % (t, t + 604800, h, rb64(R, 43), fold_b(sig_b64(R), "        b=", "         ")),
        "X-Gm-Message-State: AOJu0Y%s" % rb64(R, 58),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(R, 60),
        "X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(R, 3), rhex(R, 4), rhex(R, 3), rhex(R, 4), rhex(R, 4), rhex(R, 20) + "qtb." + str(t) + rdig(R, 3), rfc(pst, pad=True, zname=True)),
        "Received: from %s ([2600:1700:%s:%s:%s:%s:%s:%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d\n        for <%s>\n"
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            xmailer_host, rhex(R, 4), rhex(R, 4), rhex(R, 4), rhex(R, 4), rhex(R, 4), rhex(R, 4), "d9443c01a7336", rhex(R, 16), R.randint(1, 9),
            R.randint(2025, 2027), BOX[s["box"]], rfc(pst, pad=True, zname=True)),
    ]
    return top, (host, host, "209.85.%d.%d" % (R.randint(128, 223), R.randint(2, 250)))


def ms_top(R, s, dt, dom, tenant=False):
    """Outlook.com / Exchange Online headers above the client's."""
    t = rfc(dt.astimezone(UTC))
    srv = "%sPR%02dMB%04d" % (R.choice(["SJ0", "DM6", "BY5", "CH3", "SA1", "MW4", "PH0", "IA1", "LV3"]), R.randint(10, 22), R.randint(1000, 9999))
    srv2 = "%sPR%02dMB%04d" % (R.choice(["DM4", "BL1", "CY5", "MN2", "SN7"]), R.randint(10, 22), R.randint(1000, 9999))
    region = "namprd%02d" % R.randint(10, 22)
    s["_ms"] = (srv, region)
    top = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n" + fold_b(sig_b64(R), " b=", " ", 76),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        " bh=%s=;\n%s" % (rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76)),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        " bh=%s=;\n%s" % (dom, rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76)),
        "Received: from %s.%s.prod.outlook.com\n (2603:10b6:%s:%s::%d) by %s.%s.prod.outlook.com\n (2603:10b6:%s:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            srv, region, rhex(R, 3), rhex(R, 3), R.randint(8, 30), srv2, region, rhex(R, 3), rhex(R, 3), R.randint(8, 30),
            R.randint(8200, 8400), R.randint(10, 30), t),
    ]
    if tenant:
        host = "mail-%snam%02don%d%03d.outbound.protection.outlook.com" % (R.choice(["bn7", "dm6", "co1", "mw2"]), R.randint(10, 12), 2, R.randint(10, 99))
        ip = "40.107.%d.%d" % (R.randint(90, 99), R.randint(10, 250))
        helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (R.randint(10, 12), R.choice(["BN7", "DM6", "CO1", "MW2"]))
    else:
        host = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (R.choice(["dm6", "bn8", "co1", "mw2", "sn1"]), R.randint(10, 12), R.randint(10, 99))
        ip = "40.92.%d.%d" % (R.randint(10, 90), R.randint(10, 250))
        helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (R.randint(10, 12), R.choice(["DM6", "BN8", "CO1", "MW2", "SN1"]))
    return top, (helo, host, ip)


def ms_auth(mx, s, ip, R, d):
    return ("dkim=pass header.d=%s header.s=selector1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s;\n\tarc=pass (\"microsoft.com:s=arcselector10001:i=1\")" % (d, rb64(R, 8), mx, s["addr"], ip, s["addr"], d))


def ms_client(R, s, dt, subject, to, extra_hdrs=(), lang="en-US", tnef=True):
    srv, region = s["_ms"]
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, rhex(R, 24, True), srv, region)
    hs = ["From: %s" % addr(s["name"], s["addr"], s.get("charset", "utf-8")),
          "To: %s" % to,
          "Subject: %s" % ehdr(subject, s.get("charset", "utf-8")),
          "Thread-Topic: %s" % ehdr(subject.split(": ", 1)[1] if subject.upper().startswith("RE: ") else subject, s.get("charset", "utf-8"), "Thread-Topic"),
          "Thread-Index: %s" % rb64(R, 30) + "==",
          "Date: %s" % rfc(dt.astimezone(UTC)),
          "Message-ID: %s" % mid]
    th = thread_hdrs(s)
    if th:
        hs += [th[1], th[0]]
    hs += ["Accept-Language: %s" % lang, "Content-Language: %s" % lang]
    if tnef:
        hs += ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    hs += list(extra_hdrs)
    return hs


def yahoo_top(R, s, dt, dom="yahoo.com", sel="s2048"):
    t = epoch(dt)
    top = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To;\n%s" % (
            dom, sel, t, rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76)),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n%s" % (
            dom, sel, t, rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76)),
        "X-YMail-OSG: %s" % fold_b(rb64(R, 420), "", " ", 76),
        "X-Sonic-MF: <%s>" % s["addr"],
        "X-Sonic-ID: %s" % ruuid(R),
        "Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s" % (
            R.randint(300, 330), R.choice(["ne1", "bf2", "gq1"]), rfc(dt.astimezone(UTC))),
    ]
    n = R.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(1, 40), R.choice(["ne1", "bf2", "gq1"]))
    return top, (host, host, "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250)))


def yahoo_auth(mx, s, ip, R, d="yahoo.com", sel="s2048"):
    return ("dkim=pass header.d=%s header.s=%s header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s" % (d, sel, rb64(R, 8), mx, s["addr"], ip, s["addr"], d))


def icloud_top(R, s, dt):
    t = epoch(dt)
    n = R.randint(10, 99)
    k = R.randint(1, 9)
    top = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n%s" % (
            t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
        "Received: from smtpclient.apple (st43p00im-ztdg100%02d%d.me.com [17.58.%d.%d])\n\tby st43p00im-ztdg100%02d%d.me.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            n, k, R.randint(60, 63), R.randint(2, 250), n, k, rhex(R, 10, True), BOX[s["box"]], rfc(dt.astimezone(UTC), zname=True).replace(" (UTC)", " (UTC)")),
    ]
    host = "pv50p00im-ztdg100%02d%02d.me.com" % (R.randint(10, 99), R.randint(1, 99))
    return top, (host, host, "17.58.%d.%d" % (R.randint(6, 63), R.randint(2, 250)))


def icloud_auth(mx, s, ip, R, d="icloud.com"):
    return ("dkim=pass header.d=%s header.s=1a1hai header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (d, rb64(R, 8), mx, s["addr"], ip, s["addr"], d))


# ------------------------------------------------------------------ HTML bodies of the programs
def gmail_html(new_text, quote_html="", d="ltr"):
    lines = new_text.split("\n")
    inner = esc(lines[0]) if lines[0] else "<br>"
    sub = ' dir="auto"' if d == "auto" else ""
    rest = "".join("<div%s>%s</div>" % (sub, esc(l) if l else "<br>") for l in lines[1:])
    return '<div dir="%s">%s%s</div>%s\n' % (d, inner, rest, quote_html)


def outlook_html(new_text, quote_html="", charset="iso-8859-1", font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"):
    divs = "\n".join('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>' % (
        font, esc(l) if l else "<br>") for l in new_text.split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n%s\n%s\n</body>\n</html>\n' % (charset, divs, quote_html))


def yahoo_html(R, new_text, quote_html="", footer_html=""):
    divs = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>") for l in new_text.split("\n"))
    return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '%s%s</div>%s</body></html>\n' % (rhex(R, 8), divs, footer_html, quote_html))


def apple_html(new_text, quote_html=""):
    parts = []
    for l in new_text.split("\n"):
        parts.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>\n'
            % ("".join(parts), quote_html))


def new_part(s, footer=""):
    t = s["body"]
    if footer:
        t = (t + "\n\n" + footer) if t else footer
    return t


# ------------------------------------------------------------------ the programs
def p_gmail(s, R, dt, mx, style="gmail", android=False):
    plain = compose(s, style)
    qh = ""
    if s.get("quote"):
        qs = "gmail-fwd" if s.get("fwd") else style
        qh = q_html(qs, s["_ours"], s)
    html_ = gmail_html(new_part(s), qh, "auto" if android else "ltr")
    b = "000000000000" + rhex(R, 16)
    h = "to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to" if s.get("quote") and not s.get("fwd") else \
        "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date\n         :message-id:reply-to"
    top, relay = gmail_top(R, s, dt, h)
    mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "J", "K", "L", "M", "F", "E"]), rb64(R, 40).replace("/", "_").replace("+", "-"))
    hs = ["MIME-Version: 1.0"]
    th = thread_hdrs(s)
    if th:
        hs += [th[1], th[0]]
    hs += ["From: %s" % addr(s["name"], s["addr"]), "Date: %s" % rfc(dt), "Message-ID: %s" % mid,
           "Subject: %s" % ehdr(s["subj"]), "To: %s" % to_hdr(s)]
    parts = [leaf("text/plain", plain, '"UTF-8"', cte_hdr=False), leaf("text/html", html_, '"UTF-8"', cte_hdr=False)]
    if s.get("attach"):
        a = s["attach"]
        alt_b = "000000000000" + rhex(R, 16)
        alt = "Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % alt_b + multipart(alt_b, parts)
        data = fake_jpeg(R, a["size"])
        att = ('Content-Type: image/jpeg; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n'
               'Content-ID: <f_%s>\nX-Attachment-Id: f_%s\n\n%s' % (a["name"], a["name"], ralnum(R, 10).lower(), ralnum(R, 10).lower(), encode_bytes_b64(data)))
        hs.append('Content-Type: multipart/mixed; boundary="%s"' % b)
        body = multipart(b, [alt, att])
    else:
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        body = multipart(b, parts)
    return Out(s["addr"], relay[0], relay[1], relay[2], gmail_auth(mx, s, relay[2], R), top, hs, body)


def fake_jpeg(R, n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return head + bytes(R.getrandbits(8) for _ in range(n)) + bytes([0xFF, 0xD9])


def p_gmail_unsub(s, R, dt, mx):
    top, relay = gmail_top(R, s, dt, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date\n         :message-id:reply-to")
    mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "J", "K", "L"]), rb64(R, 40).replace("/", "_").replace("+", "-"))
    hs = ["MIME-Version: 1.0", "From: %s" % addr(s["name"], s["addr"]), "Date: %s" % rfc(dt), "Message-ID: %s" % mid,
          "Subject: %s" % s["subj"], "To: %s" % BOX[s["box"]], 'Content-Type: text/plain; charset="UTF-8"']
    return Out(s["addr"], relay[0], relay[1], relay[2], gmail_auth(mx, s, relay[2], R), top, hs, s["body"] + "\n")


def p_cleaner_user(s, R, dt, mx):
    top, relay = gmail_top(R, s, dt, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date\n         :message-id:reply-to")
    mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "J", "K", "L"]), rb64(R, 40).replace("/", "_").replace("+", "-"))
    hs = ["MIME-Version: 1.0", "From: %s" % addr(s["name"], s["addr"]), "Date: %s" % rfc(dt), "Message-ID: %s" % mid,
          "Subject: %s" % s["subj"], "To: %s" % BOX[s["box"]], 'Content-Type: text/plain; charset="UTF-8"',
          "X-Mailer: Declutterly/3.2 (Gmail API)", "X-Declutterly-Job: %s" % ruuid(R)]
    return Out(s["addr"], relay[0], relay[1], relay[2], gmail_auth(mx, s, relay[2], R), top, hs, s["body"] + "\n")


def p_samsung(s, R, dt, mx):
    footer = "Enviado desde mi Galaxy" if s["lang"] == "es" else "Sent from my Galaxy"
    plain = compose(s, "gmail", footer, "\n\n\n\n")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
             '%s<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
             '<div style="font-size:12px;color:#575757" dir="auto">%s</div></div></body></html>\n' % (
                 "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in s["body"].split("\n")), footer))
    top, relay = gmail_smtp_top(R, s, dt, "[10.%d.%d.%d]" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
    b = "--_com.samsung.android.email_%s" % rdig(R, 19)
    hs = ["Message-ID: <%s.%s@email.android.com>" % (rhex(R, 8), rdig(R, 10)),
          "Date: %s" % rfc(dt), "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % b,
          "Subject: %s" % ehdr(s["subj"]), "From: %s" % addr(s["name"], s["addr"]), "To: %s" % BOX[s["box"]],
          "Importance: normal", "X-Priority: 3"]
    body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", html_, "utf-8", "base64")])
    return Out(s["addr"], relay[0], relay[1], relay[2], gmail_auth(mx, s, relay[2], R), top, hs, body)


def p_apple_via_gmail(s, R, dt, mx, iphone):
    """Apple Mail / iPhone Mail with a Gmail account: sends through smtp.gmail.com."""
    top, relay = gmail_smtp_top(R, s, dt)
    return _apple(s, R, dt, mx, iphone, top, relay, gmail_auth(mx, s, relay[2], R), "gmail.com")


def p_apple_icloud(s, R, dt, mx, iphone):
    top, relay = icloud_top(R, s, dt)
    d = s["addr"].split("@")[1]
    return _apple(s, R, dt, mx, iphone, top, relay, icloud_auth(mx, s, relay[2], R, d), d)


def _apple(s, R, dt, mx, iphone, top, relay, auth, dom):
    mid = "<%s@%s>" % (ruuid(R, True), dom)
    th = thread_hdrs(s)
    if iphone:
        plain = compose(s, "apple", "Sent from my iPhone")
        cs = "us-ascii" if is_ascii(plain) else "utf-8"
        cte = "7bit" if cs == "us-ascii" else "quoted-printable"
        hs = ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte,
              "From: %s" % addr(s["name"], s["addr"]), "Mime-Version: 1.0 (1.0)", "Subject: %s" % ehdr(s["subj"]),
              "Date: %s" % rfc(dt), "Message-Id: %s" % mid]
        if th:
            hs += [th[1], th[0]]
        hs += ["To: %s" % to_hdr(s), "X-Mailer: iPhone Mail (22C161)"]
        body = __import__("mimekit").encode(plain, cs, cte)
        if not body.endswith("\n"):
            body += "\n"
        return Out(s["addr"], relay[0], relay[1], relay[2], auth, top, hs, body)
    plain = compose(s, "apple")
    qh = q_html("apple", s["_ours"], s) if s.get("quote") else ""
    html_ = apple_html(s["body"], qh)
    b = "Apple-Mail=_%s" % ruuid(R, True)
    hs = ["From: %s" % addr(s["name"], s["addr"]), 'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))", "Subject: %s" % ehdr(s["subj"]), "Date: %s" % rfc(dt)]
    if th:
        hs += [th[1], th[0]]
    hs += ["To: %s" % to_hdr(s), "Message-Id: %s" % mid, "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    body = multipart(b, [leaf("text/plain", plain, cs, order="cte-first"), leaf("text/html", html_, "utf-8", order="cte-first")])
    return Out(s["addr"], relay[0], relay[1], relay[2], auth, top, hs, body)


def p_ios_unsub(s, R, dt, mx):
    top, relay = icloud_top(R, s, dt)
    hs = ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "From: %s" % addr(s["name"], s["addr"]),
          "Mime-Version: 1.0 (1.0)", "Subject: %s" % s["subj"], "Date: %s" % rfc(dt), "Message-Id: <%s@icloud.com>" % ruuid(R, True),
          "To: %s" % BOX[s["box"]], "X-Mailer: iPhone Mail (22C161)"]
    return Out(s["addr"], relay[0], relay[1], relay[2], icloud_auth(mx, s, relay[2], R), top, hs, "")


def p_outlook_com(s, R, dt, mx, ios=False):
    dom = s["addr"].split("@")[1]
    top, relay = ms_top(R, s, dt, dom)
    cs = "iso-8859-1" if s["lang"] in ("es", "mixed") else "us-ascii"
    s["charset"] = cs
    footer = "Get Outlook for iOS<https://aka.ms/o0ukef>" if ios else ""
    plain = compose(s, "outlook", footer)
    if not is_ascii(plain) and cs == "us-ascii":
        cs = "iso-8859-1"
    for c in (cs, "windows-1252", "utf-8"):
        try:
            plain.encode(c)
            cs = c
            break
        except UnicodeEncodeError:
            continue
    s["charset"] = cs
    qh = q_html("outlook", s["_ours"], s) if s.get("quote") else ""
    newt = s["body"]
    html_ = outlook_html(newt, ('<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n' if ios else "") + qh, cs)
    srv, region = s["_ms"]
    b = "_000_%s%s_" % (srv, rhex(R, 24, True))
    extra = ["msip_labels:", "x-ms-exchange-messagesentrepresentingtype: 1", "x-tmn: [%s]" % rb64(R, 32).replace("/", "X").replace("+", "Y"),
             "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, "DM4PR%02dMB%04d" % (R.randint(10, 22), R.randint(1000, 9999))),
             "x-microsoft-antispam: BCL:0;ARA:14566002|15080799006|8060799006|%d|%d|440099028|3412199025;" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
             'Content-Type: multipart/alternative;\n\tboundary="%s"' % b, "MIME-Version: 1.0"]
    hs = ms_client(R, s, dt, s["subj"], to_hdr(s), extra, lang="es-US" if s["lang"] == "es" else "en-US")
    body = multipart(b, [leaf("text/plain", plain, '"%s"' % cs, "quoted-printable"), leaf("text/html", html_, '"%s"' % cs, "quoted-printable")])
    return Out(s["addr"], relay[0], relay[1], relay[2], ms_auth(mx, s, relay[2], R, dom), top, hs, body)


def p_outlook_unsub(s, R, dt, mx):
    dom = s["addr"].split("@")[1]
    top, relay = ms_top(R, s, dt, dom)
    hs = ms_client(R, s, dt, s["subj"], BOX[s["box"]], ['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0"], tnef=True)
    return Out(s["addr"], relay[0], relay[1], relay[2], ms_auth(mx, s, relay[2], R, dom), top, hs, "")


def p_outlook_desktop(s, R, dt, mx):
    dom = s["addr"].split("@")[1]
    top, relay = ms_top(R, s, dt, dom, tenant=True)
    cs = "Windows-1252" if not is_ascii(s["body"]) else "us-ascii"
    plain = compose(s, "outlook")
    srv, region = s["_ms"]
    b = "_000_%s%s_" % (srv, rhex(R, 24, True))
    words = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l).replace("\u2019", "&#8217;") if l else "<o:p>&nbsp;</o:p>") for l in s["body"].split("\n"))
    html_ = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
             '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (cs, words))
    extra = ["authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom,
             "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, "BL1PR%02dMB%04d" % (R.randint(10, 22), R.randint(1000, 9999))),
             "x-ms-exchange-senderadcheck: 1", "x-ms-exchange-antispam-relay: 0",
             'Content-Type: multipart/alternative;\n\tboundary="%s"' % b, "MIME-Version: 1.0"]
    to = '"%s" <%s>' % (BOX[s["box"]], BOX[s["box"]])
    hs = ms_client(R, s, dt, s["subj"], to, extra)
    if s.get("reply_to"):
        hs.insert(2, "Reply-To: %s" % addr(*s["reply_to"]))
    body = multipart(b, [leaf("text/plain", plain, '"%s"' % cs, "quoted-printable"), leaf("text/html", html_, '"%s"' % cs, "quoted-printable")])
    return Out(s["addr"], relay[0], relay[1], relay[2], ms_auth(mx, s, relay[2], R, dom), top, hs, body)


def p_yahoo(s, R, dt, mx, ios=False, aol=False, unsub=False):
    dom = "aol.com" if aol else "yahoo.com"
    sel = "a2048" if aol else "s2048"
    top, relay = yahoo_top(R, s, dt, dom, sel)
    s["_R"] = R
    xm = "WebService/1.1.21952 %s" % ("AolMailNorrin" if aol else ("YahooMailIosMobile" if ios else "YMailNorrin"))
    mid = "<%d.%d.%d%03d@mail.yahoo.com>" % (R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10 ** 5, 10 ** 7), epoch(dt), R.randint(0, 999))
    th = thread_hdrs(s)
    hs = ["Date: %s" % rfc(dt.astimezone(UTC), zname=True), "From: %s" % addr(s["name"], s["addr"]), "To: %s" % to_hdr(s),
          "Message-ID: %s" % mid]
    if th:
        hs.append(th[0])
    hs += ["Subject: %s" % ehdr(s["subj"]), "MIME-Version: 1.0"]
    if unsub:
        hs += ['Content-Type: text/plain; charset=UTF-8', "Content-Transfer-Encoding: 7bit", "X-Mailer: %s" % xm]
        return Out(s["addr"], relay[0], relay[1], relay[2], yahoo_auth(mx, s, relay[2], R, dom, sel), top, hs, "")
    footer = "Sent from Yahoo Mail for iPhone" if ios else ""
    plain = compose(s, "yahoo", footer)
    qh = q_html("yahoo", s["_ours"], s) if s.get("quote") else ""
    fh = ('<div><br></div><div id="ymail_android_signature"><a id="ymail_ios_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=US_Acquisition_YMktg_315_EmailSignatureGrowth_YahooMail:Direct&amp;af_sub1=Acquisition&amp;af_sub2=US_YMktg&amp;af_sub3=&amp;af_sub4=100000945&amp;af_sub5=OnetagSig_Ios">Sent from Yahoo Mail for iPhone</a></div>' if ios else "")
    html_ = yahoo_html(R, s["body"], qh, fh)
    b = "----=_Part_%d_%d.%d%03d" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 8, 2 * 10 ** 9), epoch(dt), R.randint(0, 999))
    hs.append('Content-Type: multipart/alternative; \n\tboundary="%s"' % b)
    if th:
        hs.append(th[1])
    hs.append("X-Mailer: %s" % xm)
    body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable" if not is_ascii(plain) else "7bit"),
                         leaf("text/html", html_, "UTF-8", "quoted-printable" if not is_ascii(html_) else "7bit")])
    return Out(s["addr"], relay[0], relay[1], relay[2], yahoo_auth(mx, s, relay[2], R, dom, sel), top, hs, body)


def p_thunderbird(s, R, dt, mx):
    dom = s["addr"].split("@")[1]
    t = epoch(dt)
    if dom == "comcast.net":
        top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Message-ID:Date:MIME-Version:To:From:Subject:\n\t Content-Type;\n%s" % (
            t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
               "Received: from [192.168.1.%d] ([73.%d.%d.%d])\n\tby resomta-a1p-%06d.sys.comcast.net with ESMTPSA\n\tid %s; %s" % (
                   R.randint(2, 60), R.randint(10, 250), R.randint(0, 255), R.randint(1, 254), R.randint(100000, 999999), ralnum(R, 14), rfc(dt.astimezone(UTC), pad=False)),
               "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddrudeigedgtdelucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuvehomhgtrghsthdqtfgvshhtpdfqfgfvpdfpqffurfetoffkrfenuceurghilhhouhhtmecufedtudenucesvcftvggtihhpihgvnhhtshculddquddttddmnecujfgurhepkfffgggfvffhufgtgfesthejredttddvjeenucfhrhhomh",
               "X-Xfinity-VMeta: sc=0.00;st=legit"]
        host = "resomta-a1p-%06d.sys.comcast.net" % R.randint(100000, 999999)
        ip = "96.102.%d.%d" % (R.randint(18, 19), R.randint(2, 250))
        auth = ("dkim=pass header.d=comcast.net header.s=20190202a header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=comcast.net" % (rb64(R, 8), mx, s["addr"], ip, s["addr"]))
    else:
        top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=frontier.com; s=frontier;\n\tt=%d; bh=%s=;\n\th=Message-ID:Date:MIME-Version:To:From:Subject:Content-Type;\n%s" % (
            t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
               "Received: from [192.168.0.%d] (%d-%d-%d-%d.dsl1.frontiernet.net [50.%d.%d.%d])\n\tby smtp.frontier.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                   R.randint(2, 60), 50, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254),
                   rhex(R, 11, True), BOX[s["box"]], rfc(dt)),
               ]
        host = "mail%d.frontier.com" % R.randint(1, 9)
        ip = "74.40.%d.%d" % (R.randint(0, 255), R.randint(2, 250))
        auth = ("dkim=pass header.d=frontier.com header.s=frontier header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=frontier.com" % (rb64(R, 8), mx, s["addr"], ip, s["addr"]))
    plain = flowed(compose(s, "tb"))
    cte = "7bit" if is_ascii(plain) else "8bit"
    th = thread_hdrs(s)
    hs = ["Message-ID: <%s@%s>" % (ruuid(R), dom), "Date: %s" % rfc(dt), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird"]
    if th:
        hs += [th[1], th[0]]
    hs += ["Content-Language: %s" % ("es-MX" if s["lang"] == "es" else "en-US"), "To: %s" % to_hdr(s), "From: %s" % addr(s["name"], s["addr"]), "Subject: %s" % ehdr(s["subj"]),
           "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: %s" % cte]
    body = plain + "\n"
    return Out(s["addr"], host, host, ip, auth, top, hs, body)


def p_xfinity(s, R, dt, mx):
    t = epoch(dt)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n%s" % (
        t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
           "Received: from oxapp-asc-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-a1p-%06d.sys.comcast.net with ESMTPA\n\tid %s; %s" % (
               R.randint(1, 40), R.randint(0, 255), R.randint(1, 254), R.randint(100000, 999999), ralnum(R, 14), rfc(dt.astimezone(UTC))),
           "X-Xfinity-VMeta: sc=0.00;st=legit"]
    host = "resomta-a1p-%06d.sys.comcast.net" % R.randint(100000, 999999)
    ip = "96.102.%d.%d" % (R.randint(18, 19), R.randint(2, 250))
    auth = ("dkim=pass header.d=comcast.net header.s=20190202a header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=comcast.net" % (rb64(R, 8), mx, s["addr"], ip, s["addr"]))
    b = "----=_Part_%d_%d.%d%03d" % (R.randint(10 ** 5, 10 ** 6), R.randint(10 ** 8, 2 * 10 ** 9), epoch(dt), R.randint(0, 999))
    hs = ["Date: %s" % rfc(dt, zname=True), "From: %s" % addr(s["name"], s["addr"]), "To: %s" % BOX[s["box"]],
          "Message-ID: <%d.%d.%d%03d@connect.xfinity.com>" % (R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10 ** 5, 10 ** 6), epoch(dt), R.randint(0, 999)),
          "Subject: %s" % ehdr(s["subj"]), "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
          "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "X-Originating-Client: open-xchange-appsuite"]
    html_ = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n </body>\n</html>\n' %
             "\n".join("  <div>\n   %s\n  </div>" % (esc(l) if l else "&nbsp;") for l in s["body"].split("\n")))
    body = multipart(b, [leaf("text/plain", s["body"], "UTF-8", "7bit"), leaf("text/html", html_, "UTF-8", "7bit")])
    return Out(s["addr"], host, host, ip, auth, top, hs, body)


def p_web_form(s, R, dt, mx):
    f = s["form"]
    text = ("A message was submitted through the Contact Us form on alliantenergy.com.\n\n"
            "Name: %s\nE-mail: %s\nPhone: %s\nAccount number: %s\nZIP code: %s\nTopic: %s\n\nMessage:\n%s\n\n"
            "Submitted: %02d/%02d/%d %s CST\nForm ID: %s\n" % (
                s["name"], s["addr"], f["phone"], f["account"], f["zip"], f["topic"], s["body"],
                dt.month, dt.day, dt.year, h12(dt), f["id"]))
    t = epoch(dt)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com;\n\ts=web2026; t=%d;\n\tbh=%s=;\n\th=Date:From:Reply-To:To:Subject:Message-ID;\n%s" % (
        t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
           "Received: by web03.alliantenergy.com (Postfix, from userid 48)\n\tid %s; %s" % (rhex(R, 10, True), pf(dt))]
    hs = ["Date: %s" % rfc(dt), "From: Alliant Energy Contact Us <noreply@alliantenergy.com>",
          "Reply-To: %s" % addr(s["name"], s["addr"]), "To: %s" % BOX[s["box"]], "Subject: %s" % s["subj"],
          "Message-ID: <cu.%s@web03.alliantenergy.com>" % f["id"], "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
          "X-Mailer: AE-WebForms/4.2", "X-Form-Id: contact-us"]
    from mimekit import encode
    auth = ("dkim=pass header.d=alliantenergy.com header.s=web2026 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of noreply@alliantenergy.com designates 10.30.1.23 as permitted sender) smtp.mailfrom=noreply@alliantenergy.com;\n"
            "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com" % (rb64(R, 8), mx))
    return Out("noreply@alliantenergy.com", "web03.alliantenergy.com", "web03.alliantenergy.com", "10.30.1.23", auth, top, hs, encode(text, "utf-8", "quoted-printable"))


def p_ph_web_form(s, R, dt, mx):
    f = s["form"]
    text = ("New customer service request (powerhousecatalog.com/contact)\n\n"
            "Name: %s\nEmail: %s\nCustomer number (from your catalog label): %s\nTopic: %s\n\nComments:\n%s\n\n"
            "Request #%s\n" % (s["name"], s["addr"], f["custno"] or "(not given)", f["topic"], s["body"], f["id"]))
    html_ = ("<html><body><p>New customer service request (powerhousecatalog.com/contact)</p><table>"
             "<tr><td><b>Name</b></td><td>%s</td></tr><tr><td><b>Email</b></td><td>%s</td></tr>"
             "<tr><td><b>Customer number</b></td><td>%s</td></tr><tr><td><b>Topic</b></td><td>%s</td></tr>"
             "<tr><td><b>Comments</b></td><td>%s</td></tr></table><p>Request #%s</p></body></html>\n" % (
                 esc(s["name"]), esc(s["addr"]), esc(f["custno"] or "(not given)"), esc(f["topic"]), esc(s["body"]), f["id"]))
    t = epoch(dt)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=powerhousecatalog.com;\n\th=content-type:from:mime-version:reply-to:subject:to:cc:content-type:from:\n\tsubject:to;\n\ts=s1; bh=%s=;\n%s" % (
        rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72)),
           "Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%X-%d\n\t%s" % (
               rhex(R, 10), ralnum(R, 5).lower(), rhex(R, 10), ralnum(R, 5).lower(), t, R.randint(1, 20), rfc(dt.astimezone(UTC), pad=False)),
           "Received: from storefront-forms (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s" % (
               R.randint(1, 40), ralnum(R, 22), BOX[s["box"]], rfc(dt.astimezone(UTC), pad=False))]
    b = rhex(R, 60)
    hs = ["Content-Type: multipart/alternative; boundary=%s" % b, "Date: %s" % rfc(dt.astimezone(UTC)),
          "From: PowerHouse Catalog Web <webforms@powerhousecatalog.com>", "Mime-Version: 1.0",
          "Message-ID: <%s@geopod-ismtpd-%d>" % (ralnum(R, 22), R.randint(1, 40)),
          "Reply-To: %s" % addr(s["name"], s["addr"]), "Subject: %s" % s["subj"], "To: %s" % BOX[s["box"]],
          "X-SG-EID: %s" % fold_b(rb64(R, 160), "\n ", " ", 76).lstrip("\n "), "X-Entity-ID: u001.%s==" % rb64(R, 22)]
    body = multipart(b, [leaf("text/plain", text, "us-ascii" if is_ascii(text) else "utf-8", "quoted-printable", order="cte-first"),
                         leaf("text/html", html_, "us-ascii" if is_ascii(html_) else "utf-8", "quoted-printable", order="cte-first")])
    host = "o%d.ptr%d.powerhousecatalog.com" % (R.randint(1, 9), R.randint(1000, 9999))
    ip = "149.72.%d.%d" % (R.randint(0, 255), R.randint(2, 250))
    env = "bounces+%d-%s-%s=%s@em4411.powerhousecatalog.com" % (R.randint(10 ** 7, 10 ** 8), rhex(R, 4), BOX[s["box"]].split("@")[0], "alliant-energy.com")
    auth = ("dkim=pass header.d=powerhousecatalog.com header.s=s1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=powerhousecatalog.com" % (rb64(R, 8), mx, env, ip, env))
    return Out(env, host, host, ip, auth, top, hs, body)


def p_cleaner_autosub(s, R, dt, mx):
    t = epoch(dt)
    mid = "010001%s-%s-%s-%s-%s-000000" % (rhex(R, 10), rhex(R, 8), rhex(R, 4), rhex(R, 4), rhex(R, 12))
    top = ["DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=ses2024; d=inboxsweep.app; t=%d;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding:Auto-Submitted;\n\tbh=%s=;\n%s" % (
        t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t", 72)),
           "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding:Auto-Submitted:Feedback-ID;\n\tbh=%s=;\n%s" % (
               t, rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t", 72))]
    hs = ["From: InboxSweep <unsub@mail.inboxsweep.app>", "To: %s" % BOX[s["box"]], "Subject: %s" % s["subj"], "Date: %s" % rfc(dt.astimezone(UTC)),
          "Message-ID: <%s@email.amazonses.com>" % mid, "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
          "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-generated", "X-InboxSweep-Request: %s" % ruuid(R),
          "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(R, 43), "X-SES-Outgoing: 2027.01.09-54.240.8.%d" % R.randint(2, 250)]
    env = "%s@bounce.inboxsweep.app" % mid
    ip = "54.240.8.%d" % R.randint(2, 250)
    host = "a8-%d.smtp-out.amazonses.com" % R.randint(2, 250)
    auth = ("dkim=pass header.d=inboxsweep.app header.s=ses2024 header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n"
            "\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=mail.inboxsweep.app" % (
                rb64(R, 8), rb64(R, 8), mx, env, ip, env))
    return Out(env, host, host, ip, auth, top, hs, s["body"] + "\n")


PROGRAMS = {
    "gmail-web": lambda s, R, dt, mx: p_gmail(s, R, dt, mx),
    "gmail-es": lambda s, R, dt, mx: p_gmail(s, R, dt, mx, style="gmail-es"),
    "gmail-android": lambda s, R, dt, mx: p_gmail(s, R, dt, mx, android=True),
    "gmail-unsub": p_gmail_unsub,
    "cleaner-user": p_cleaner_user,
    "cleaner-autosub": p_cleaner_autosub,
    "samsung-email": p_samsung,
    "iphone-mail": lambda s, R, dt, mx: p_apple_icloud(s, R, dt, mx, True),
    "iphone-gmail": lambda s, R, dt, mx: p_apple_via_gmail(s, R, dt, mx, True),
    "apple-mail": lambda s, R, dt, mx: p_apple_icloud(s, R, dt, mx, False),
    "apple-mail-gmail": lambda s, R, dt, mx: p_apple_via_gmail(s, R, dt, mx, False),
    "ios-unsub": p_ios_unsub,
    "outlook-com": lambda s, R, dt, mx: p_outlook_com(s, R, dt, mx),
    "outlook-ios": lambda s, R, dt, mx: p_outlook_com(s, R, dt, mx, ios=True),
    "outlook-unsub": p_outlook_unsub,
    "outlook-desktop": p_outlook_desktop,
    "yahoo-web": lambda s, R, dt, mx: p_yahoo(s, R, dt, mx),
    "yahoo-ios": lambda s, R, dt, mx: p_yahoo(s, R, dt, mx, ios=True),
    "yahoo-unsub": lambda s, R, dt, mx: p_yahoo(s, R, dt, mx, unsub=True),
    "aol-web": lambda s, R, dt, mx: p_yahoo(s, R, dt, mx, aol=True),
    "thunderbird": p_thunderbird,
    "xfinity-web": p_xfinity,
    "web-form": p_web_form,
    "ph-web-form": p_ph_web_form,
}
