"""Mail programs and providers: how a person's message looks on the wire.

render(spec, rng) -> raw message text (LF line ends; build.py turns them into CRLF).
"""
from mimekit import (MAILBOX_ADDR, addr, b64, central_date, central_offset, enc_word, esc, fold, fold_blob,
                     leaf, multipart, our_trace, parse_local, plus, rb64, rfc_date, rtok, uuid_like, HEX,
                     LONG_DAYS, LONG_MONTHS, MONTHS, DAYS, ES_DAYS, ES_MONTHS, epoch, UPALNUM, shift_zone)
import ours

# ---------------------------------------------------------------- quote / forward formats


def _ampm(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def _who(o):
    return "%s <%s>" % o["frm"]


def attribution(style, o):
    dt = o["dt"]
    name, a = o["frm"]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day,
                                                         dt.year, _ampm(dt), name, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ES_DAYS[dt.weekday()], dt.day, ES_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, name, a)
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[dt.month - 1], dt.day, dt.year, _ampm(dt), name, a)
    if style == "yahoo":
        tz = "CDT" if central_offset(dt) == -5 else "CST"
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            LONG_DAYS[dt.weekday()], LONG_MONTHS[dt.month - 1], dt.day, dt.year, dt.hour % 12 or 12, dt.minute,
            dt.second, "AM" if dt.hour < 12 else "PM", tz, name, a)
    if style == "thunderbird":
        return "On %d/%d/%d %s, %s wrote:" % (dt.month, dt.day, dt.year, _ampm(dt), name)
    raise ValueError(style)


def outlook_block(o, to_addr, sent_label="Sent"):
    dt = o["dt"]
    return ("From: %s <%s>\n%s: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
        o["frm"][0], o["frm"][1], sent_label, LONG_DAYS[dt.weekday()], LONG_MONTHS[dt.month - 1], dt.day,
        dt.year, _ampm(dt), to_addr, o["subject"]))


def samsung_block(o, to_addr):
    dt = o["dt"]
    off = central_offset(dt)
    return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %s (GMT%+03d:00) \nTo: %s \n"
            "Subject: %s \n" % (o["frm"][0], o["frm"][1], dt.month, dt.day, dt.year % 100, _ampm(dt), off, to_addr,
                               o["subject"]))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- HTML flavours


def _lines_html(text, wrap):
    out = []
    for l in text.split("\n"):
        out.append(wrap(esc(l)) if l else wrap("<br>"))
    return "".join(out)


def html_body(flavour, text, quote_html="", sig_html=""):
    if flavour == "gmail":
        inner = _lines_html(text, lambda s: "<div>%s</div>" % s)
        return '<div dir="ltr">%s%s</div>%s\n' % (inner, sig_html, quote_html)
    if flavour == "apple":
        inner = _lines_html(text, lambda s: "<div>%s</div>" % s)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s%s%s</body></html>\n' % (inner, sig_html, quote_html))
    if flavour == "iphone":
        inner = "<br>".join(esc(l) for l in text.split("\n"))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">%s%s%s</body></html>\n' % (inner, sig_html, quote_html))
    if flavour == "outlook":
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;")
                          for l in text.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/'
                '12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered '
                'medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\t'
                'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" '
                'vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s%s</div>\n'
                '</body>\n</html>\n' % (inner, sig_html, quote_html))
    if flavour == "owa":
        inner = "\n".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                          'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                          '%s</div>' % (esc(l) if l else "<br>") for l in text.split("\n"))
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n%s\n%s%s</body>\n</html>\n' % (inner, sig_html, quote_html))
    if flavour == "yahoo":
        inner = _lines_html(text, lambda s: '<div dir="ltr" data-setdir="false">%s</div>' % s)
        return ('<html><head></head><body><div class="ydp3f6a1c2eyahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s%s</div>%s</body></html>\n'
                % (inner, sig_html, quote_html))
    if flavour == "ox":
        inner = "\n".join("  <div class=\"default-style\">\n   %s\n  </div>" % (esc(l) if l else "<br>")
                          for l in text.split("\n"))
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n%s%s'
                ' </body>\n</html>\n' % (inner, sig_html, quote_html))
    if flavour == "zimbra":
        inner = _lines_html(text, lambda s: "<div>%s</div>" % s)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '%s%s%s</div></body></html>\n' % (inner, sig_html, quote_html))
    if flavour == "proton":
        inner = _lines_html(text, lambda s: '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>'
                            % s)
        return inner + sig_html + quote_html + "\n"
    if flavour == "samsung":
        inner = _lines_html(text, lambda s: '<div dir="auto">%s</div>' % s)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '%s%s%s</body></html>\n' % (inner, sig_html, quote_html))
    if flavour == "plainweb":
        inner = "<br>\n".join(esc(l) for l in text.split("\n"))
        return "<html><body>\n<p>%s</p>\n%s%s</body></html>\n" % (inner, sig_html, quote_html)
    raise ValueError(flavour)


def blockquote_html(flavour, attr, qtext):
    body = "<br>".join(esc(l) for l in qtext.split("\n"))
    if flavour == "gmail":
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), body))
    if flavour in ("apple", "iphone"):
        return ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div '
                'dir="ltr">%s</div></blockquote>' % (esc(attr), body))
    if flavour == "yahoo":
        return ('<div id="ydp2a8f0c11yahoo_quoted_4411" class="ydp2a8f0c11yahoo_quoted"><div style="font-family:'
                '\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div>'
                '<div><br></div><div><br></div><div>%s</div></div></div>' % (esc(attr), body))
    if flavour == "gmail_plain_fwd":
        return '<div class="gmail_quote">%s</div>' % body
    # outlook / owa / samsung / others: attribution block is part of qtext already
    return '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div>%s</div>' % body


# ---------------------------------------------------------------- providers

def _gmail(rng, spec, t):
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 166, 208, 210, 214, 216, 218, 219, 221, 222]), rng.randint(20, 240))
    host = "mail-%s%d-f%d.google.com" % (rng.choice(["qk", "pj", "yw", "il", "ua", "oi", "qt", "ot"]),
                                         rng.randint(1, 2), int(ip.split(".")[-1]))
    dom = spec["frm"][1].split("@")[1]
    lines = [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=20230601; t=%d; x=%d; darn=%s; "
             "h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;"
             % (dom, epoch(t), epoch(t) + 604800, "alliant-energy.com")),
        "\tbh=%s;" % rb64(rng, 32),
        fold_blob("\tb", rb64(rng, 192)).replace("\tb: ", "\tb=", 1),
        fold("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d; "
             "x=%d; h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:"
             "message-id:reply-to;" % (epoch(t), epoch(t) + 604800)),
        "\tbh=%s;" % rb64(rng, 32),
        fold_blob("\tb", rb64(rng, 144)).replace("\tb: ", "\tb=", 1),
        fold_blob("X-Gm-Message-State", "AOJu0Y" + rb64(rng, 60)),
        fold_blob("X-Google-Smtp-Source", "AGHT+IE" + rb64(rng, 54)),
        fold("X-Received", "by 2002:a05:%x:%x:b0:%x:%x with SMTP id %s-%s.%d.%d; %s" % (
            rng.randint(0x6000, 0x6fff), rng.randint(0x1000, 0xffff), rng.randint(0x400, 0x4ff),
            rng.randint(0x1000, 0xffff), rtok(rng, 16, "abcdef0123456789"), rtok(rng, 18, "abcdef0123456789"),
            rng.randint(1, 9), epoch(t) % 100000, rfc_date(shift_zone(t, -8), -8))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1],
                helo=None, auth="dkim=pass header.d=%s header.s=20230601; spf=pass (sender IP is %s) "
                "smtp.mailfrom=%s smtp.helo=%s; dmarc=pass (p=NONE) header.from=%s" % (
                    dom, ip, spec["frm"][1], host, dom))


def _yahoo(rng, spec, t, aol=False):
    ip = "74.6.%d.%d" % (rng.choice([128, 129, 130, 131, 132]), rng.randint(10, 250))
    pool = "gq1" if aol else rng.choice(["bf2", "ne1", "gq1"])
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(10, 49), pool)
    dom = spec["frm"][1].split("@")[1]
    lines = [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=Date:From:To:"
             "Subject:References:From:Subject:Reply-To;" % (dom, "a2048" if aol else "s2048", epoch(t),
                                                             rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold_blob("X-YMail-OSG", rtok(rng, 300, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")),
        "X-Sonic-MF: <%s>" % spec["frm"][1],
        "X-Sonic-ID: %s" % uuid_like(rng, upper=False),
        fold("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, utc_like(t))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None,
                auth="dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass (p=REJECT) header.from=%s"
                % (dom, dom, dom))


def utc_like(t):
    from mimekit import utc_date
    return utc_date(t)


def _outlookcom(rng, spec, t):
    ip = "40.92.%d.%d" % (rng.randint(16, 63), rng.randint(10, 250))
    pod = rng.choice(["SN6PR04MB", "BY5PR20MB", "CH3PR12MB", "DM4PR19MB", "PH7PR17MB"])
    box = pod + "%04d" % rng.randint(1000, 9999)
    host = "mail-%snam12olkn%04d.outbound.protection.outlook.com" % (
        rng.choice(["dm6", "bn8", "mw2", "co1"]), rng.randint(2000, 2099))
    dom = spec["frm"][1].split("@")[1]
    lines = [
        fold("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;"),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com; "
             "s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-"
             "MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;"),
        "\tbh=%s;" % rb64(rng, 32),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none; dkim=none; arc=none"),
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=selector1; h=From:Date:Subject:"
             "Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck; bh=%s;" % (dom, rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%x:%x::%x) by %s.namprd%02d.prod.outlook"
             ".com (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_"
             "AES_256_GCM_SHA384) id 15.20.8207.%d; %s" % (
                 box, rng.randint(1, 20), rng.randint(0x100, 0xfff), rng.randint(0x10, 0xff), rng.randint(1, 0x3f),
                 pod + "%04d" % rng.randint(1000, 9999), rng.randint(1, 20), rng.randint(0x100, 0xfff),
                 rng.randint(0x10, 0xff), rng.randint(1, 0x3f), rng.randint(10, 40), utc_like(t))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None, box=box,
                auth="dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass (p=NONE) header.from=%s"
                % (dom, dom, dom))


def _icloud(rng, spec, t):
    ip = "17.57.%d.%d" % (rng.choice([152, 154, 155, 156]), rng.randint(2, 40))
    host = "qs51p00im-qukt0108%04d.me.com" % rng.randint(1000, 9999)
    lines = [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai; t=%d; bh=%s; "
             "h=From:Content-Type:Mime-Version:Subject:Message-Id:Date:To;" % (epoch(t), rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("Received", "from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28]) by %s "
             "(Postfix) with ESMTPSA id %s for <%s>; %s" % (host, rtok(rng, 12, "0123456789ABCDEF"),
                                                            spec["to_addr"], utc_like(t))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None,
                auth="dkim=pass header.d=icloud.com header.s=1a1hai; spf=pass smtp.mailfrom=%s; dmarc=pass "
                "(p=QUARANTINE) header.from=%s" % (spec["frm"][1].split("@")[1], spec["frm"][1].split("@")[1]))


def _comcast(rng, spec, t):
    ip = "96.102.%d.%d" % (rng.randint(1, 250), rng.randint(10, 250))
    host = "resomta-a1p-%06d.sys.comcast.net" % rng.randint(70000, 79999)
    lines = [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net; s=20190202a; t=%d; "
             "bh=%s; h=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;"
             % (epoch(t), rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("Received", "from oxapps-%d-%d.ame.comcast.net ([69.252.%d.%d]) by %s with ESMTPA id %s; %s"
             % (rng.randint(10, 40), rng.randint(100, 200), rng.randint(1, 250), rng.randint(1, 250),
                host.split(".")[0], rtok(rng, 14), utc_like(t))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None, auth=None)


def _smalltls(rng, spec, t, relay, ipbase):
    """Small ISP relay (tds.net, mchsi.com, frontier, charter...): client -> ISP smarthost -> us."""
    ip = "%s.%d" % (ipbase, rng.randint(10, 250))
    home = "198.51.100.%d" % rng.randint(2, 250)
    lines = [
        fold("Received", "from [%s] (%s [%s]) (Authenticated sender: %s) by %s (Postfix) with ESMTPSA id %s; %s"
             % ("192.168.%d.%d" % (rng.randint(0, 1), rng.randint(2, 200)), "cpe-%s.res.example.net"
                % home.replace(".", "-"), home, spec["frm"][1], relay, rtok(rng, 11, UPALNUM), central_date(t))),
    ]
    return dict(lines=lines, host=relay, ip=ip, env=spec["frm"][1], helo=None,
                auth="dkim=none; spf=pass smtp.mailfrom=%s; dmarc=none header.from=%s"
                % (spec["frm"][1].split("@")[1], spec["frm"][1].split("@")[1]))


def _m365(rng, spec, t):
    ip = "40.107.%d.%d" % (rng.randint(0, 255), rng.randint(10, 250))
    dom = spec["frm"][1].split("@")[1]
    host = "mail-%s.outbound.protection.outlook.com" % rtok(rng, 14, "abcdefghijklmnopqrstuvwxyz0123456789")
    pod = rng.choice(["MN2PR11MB", "SA1PR14MB", "CY8PR17MB", "BL1PR12MB"])
    box = pod + "%04d" % rng.randint(1000, 9999)
    lines = [
        fold("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;"),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=selector2; h=From:Date:Subject:"
             "Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck; bh=%s;" % (dom, rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        fold("Received", "from %s.namprd11.prod.outlook.com (2603:10b6:208:%x::%x) by %s.namprd11.prod.outlook"
             ".com (2603:10b6:a03:%x::%x) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_"
             "AES_256_GCM_SHA384) id 15.20.8182.%d; %s" % (box, rng.randint(0x10, 0xff), rng.randint(1, 0x3f),
                                                         pod + "%04d" % rng.randint(1000, 9999),
                                                         rng.randint(0x10, 0xff), rng.randint(1, 0x3f),
                                                         rng.randint(10, 40), utc_like(t))),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None, box=box,
                auth="dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE) header.from=%s"
                % (dom, dom, dom))


def _proton(rng, spec, t):
    ip = "185.70.43.%d" % rng.randint(10, 30)
    host = "mail-%d.protonmail.ch" % (4300 + int(ip.split(".")[-1]))
    lines = [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me; s=protonmail; t=%d; "
             "x=%d; bh=%s; h=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:"
             "Feedback-ID:Message-ID:BIMI-Selector;" % (epoch(t), epoch(t) + 259200, rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
    ]
    return dict(lines=lines, host=host, ip=ip, env=spec["frm"][1], helo=None,
                auth="dkim=pass header.d=proton.me; spf=pass smtp.mailfrom=proton.me; dmarc=pass (p=QUARANTINE) "
                "header.from=proton.me")


def _webform(rng, spec, t):
    ip = "10.30.4.%d" % rng.randint(20, 29)
    host = "web%02d.alliantenergy.com" % rng.randint(1, 4)
    return dict(lines=[], host=host, ip=ip, env="noreply@alliantenergy.com", helo=None, tls=False,
                auth="dkim=none; spf=pass smtp.mailfrom=alliantenergy.com; dmarc=pass header.from=alliantenergy.com")


SMALL = {
    "tds": ("smtp.tds.net", "204.246.122"),
    "mchsi": ("smtp.mchsi.com", "173.234.160"),
    "frontier": ("smtp.frontier.com", "74.40.80"),
    "charter": ("mobile.charter.net", "47.43.20"),
    "windstream": ("smtp.windstream.net", "162.39.85"),
    "netins": ("mail.netins.net", "167.142.225"),
    "southslope": ("smtp.southslope.net", "216.51.160"),
}


def provider(rng, spec, t):
    p = spec["prov"]
    if p == "gmail":
        return _gmail(rng, spec, t)
    if p == "yahoo":
        return _yahoo(rng, spec, t)
    if p == "aol":
        return _yahoo(rng, spec, t, aol=True)
    if p == "outlookcom":
        return _outlookcom(rng, spec, t)
    if p == "icloud":
        return _icloud(rng, spec, t)
    if p == "comcast":
        return _comcast(rng, spec, t)
    if p == "m365":
        return _m365(rng, spec, t)
    if p == "proton":
        return _proton(rng, spec, t)
    if p == "webform":
        return _webform(rng, spec, t)
    if p in SMALL:
        return _smalltls(rng, spec, t, *SMALL[p])
    raise ValueError(p)


# ---------------------------------------------------------------- clients
# Each client: html flavour, quote style, and a header builder.

CLIENTS = {
    "gmail_web": dict(html="gmail", quote="gmail", sig=None),
    "gmail_android": dict(html="gmail", quote="gmail", sig=None),
    "gmail_ios": dict(html="gmail", quote="gmail", sig=None),
    "apple_mail": dict(html="apple", quote="apple", sig=None),
    "iphone": dict(html="iphone", quote="apple", sig="Sent from my iPhone"),
    "outlook_desktop": dict(html="outlook", quote="outlook", sig=None),
    "owa": dict(html="owa", quote="outlook", sig=None),
    "outlook_mobile": dict(html="owa", quote="outlook", sig="Get Outlook for Android"),
    "outlook_ios": dict(html="owa", quote="outlook", sig="Get Outlook for iOS"),
    "yahoo_web": dict(html="yahoo", quote="yahoo", sig=None),
    "yahoo_android": dict(html="yahoo", quote="yahoo", sig="Sent from Yahoo Mail on Android"),
    "yahoo_ios": dict(html="yahoo", quote="yahoo", sig="Sent from Yahoo Mail for iPhone"),
    "aol_web": dict(html="yahoo", quote="yahoo", sig=None),
    "thunderbird": dict(html=None, quote="thunderbird", sig=None),
    "ox": dict(html="ox", quote="gmail", sig=None),
    "zimbra": dict(html="zimbra", quote="thunderbird", sig=None),
    "proton": dict(html="proton", quote="gmail", sig="Sent with Proton Mail secure email."),
    "samsung": dict(html="samsung", quote="samsung", sig="Sent from my Galaxy"),
    "webform": dict(html=None, quote=None, sig=None),
    "roundcube": dict(html="plainweb", quote="thunderbird", sig=None),
    "service": dict(html=None, quote=None, sig=None),
}


def _msgid(rng, spec, pinfo, t):
    cli, dom = spec["cli"], spec["frm"][1].split("@")[1]
    if cli.startswith("gmail"):
        return "<CA%s@mail.gmail.com>" % rtok(rng, 44, ALNUM_GM)
    if cli in ("apple_mail", "iphone"):
        return "<%s@%s>" % (uuid_like(rng), dom)
    if cli in ("owa", "outlook_desktop", "outlook_mobile", "outlook_ios"):
        box = pinfo.get("box", "SN6PR04MB4032")
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, rtok(rng, 32, UPALNUM), box, rng.randint(1, 20))
    if cli.startswith("yahoo") or cli == "aol_web":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 999999999), rng.randint(1000000, 9999999),
                                             epoch(t) * 1000 + rng.randint(0, 999))
    if cli == "thunderbird":
        return "<%s@%s>" % (uuid_like(rng, upper=False), dom)
    if cli == "ox":
        return "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(100000000, 999999999), rng.randint(100000, 999999),
                                                  epoch(t) * 1000 + rng.randint(0, 999))
    if cli == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(1000000, 9999999), rng.randint(100000, 999999),
                                                  epoch(t) * 1000 + rng.randint(0, 999), dom)
    if cli == "proton":
        return "<%s=@proton.me>" % rtok(rng, 86, ALNUM_GM.replace("_", ""))
    if cli == "samsung":
        return "<%s.%d@email.android.com>" % (rtok(rng, 24, "abcdef0123456789"), rng.randint(1000, 9999))
    if cli == "roundcube":
        return "<%s@%s>" % (rtok(rng, 32, "abcdef0123456789"), dom)
    if cli == "service":
        return "<unsub.%s@relay.sweepboxapp.com>" % rtok(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789")
    if cli == "webform":
        return "<form.%s.%d@web.alliantenergy.com>" % (rtok(rng, 12, "abcdef0123456789"), epoch(t))
    raise ValueError(cli)


ALNUM_GM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="


def render(spec, rng):
    t = parse_local(spec["date"])
    mb = spec["mailbox"]
    to_addr = MAILBOX_ADDR[mb]
    spec.setdefault("to_addr", to_addr)
    cli = CLIENTS[spec["cli"]]
    lang = spec.get("lang", "en")
    body = spec["body"].strip("\n")
    sig = spec.get("sig", cli["sig"])
    charset = spec.get("charset", "UTF-8" if spec["cli"].startswith("gmail") else "utf-8")
    # ---------------- quoted / forwarded material
    q_plain, q_html, in_reply, refs = "", "", None, None
    if spec.get("reply"):
        o = ours.get(spec["reply"])
        in_reply = o["msgid"]
        refs = o["msgid"]
        style = cli["quote"]
        if style == "gmail" and lang == "es":
            style = "gmail_es"
        if spec.get("empty_quote"):
            pass
        if style in ("gmail", "gmail_es", "thunderbird"):
            a = attribution(style, o)
            q_plain = "\n\n%s\n\n%s\n" % (a, quote_gt(o["text"]))
            q_html = blockquote_html("gmail" if style != "thunderbird" else "apple", a, o["text"])
        elif style == "apple":
            a = attribution("apple", o)
            q_plain = "\n\n%s\n\n%s\n" % (quote_gt(a), quote_gt(o["text"]))
            q_html = blockquote_html("apple", a, o["text"])
        elif style == "yahoo":
            a = attribution("yahoo", o)
            q_plain = "\n\n\n%s\n\n\n%s\n" % (a, o["text"])
            q_html = blockquote_html("yahoo", a, o["text"])
        elif style == "outlook":
            blk = outlook_block(o, spec["frm"][1])
            q_plain = "\n\n________________________________\n%s\n\n%s\n" % (blk, o["text"])
            q_html = blockquote_html("outlook", "", blk + "\n\n" + o["text"])
        elif style == "samsung":
            q_plain = "\n\n\n%s\n%s\n" % (samsung_block(o, spec["frm"][1]), o["text"])
            q_html = blockquote_html("samsung", "", samsung_block(o, spec["frm"][1]) + "\n" + o["text"])
        subj_base = o["subject"]
        if "subject" not in spec:
            spec["subject"] = ("RE: " if cli["quote"] == "outlook" else "Re: ") + subj_base
    if spec.get("fwd_own"):
        f = spec["fwd_own"]
        blk = ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n%s\n"
               % (f["subject"], f["date"], spec["frm"][0], spec["frm"][1], to_addr, f["text"]))
        q_plain = "\n\n\n" + blk
    # ---------------- plain text
    plain = body
    if sig:
        plain += "\n\n" + sig
    plain += q_plain
    plain = plain.rstrip("\n") + "\n"
    # ---------------- MIME structure
    shape = spec.get("shape") or ("plain" if cli["html"] is None else "alt")
    cte = spec.get("cte")
    if shape == "plain":
        params = ""
        if spec["cli"] == "thunderbird":
            params = "; format=flowed"
            plain = flow(plain)
            if cte is None:
                cte = "8bit" if any(ord(ch) > 127 for ch in plain) else "7bit"
        hdrs, payload = leaf("text/plain", plain, charset, cte, quoted=spec["cli"].startswith("gmail"),
                             params=params)
    else:
        flav = cli["html"] or "plainweb"
        sig_html = ""
        if sig:
            if flav == "gmail":
                sig_html = ""
            sig_html = "<div><br></div><div>%s</div>" % esc(sig)
        h = html_body(flav, body, q_html, sig_html)
        if charset.lower() != "utf-8":
            h = h.replace("charset=utf-8", "charset=%s" % charset).replace('charset="UTF-8"', 'charset="%s"' % charset)
        if shape == "html":
            hdrs, payload = leaf("text/html", h, charset, cte or "quoted-printable",
                                 quoted=spec["cli"].startswith("gmail"))
        else:
            b = _boundary(rng, spec["cli"], t)
            p1 = leaf("text/plain", plain, charset, cte, quoted=spec["cli"].startswith("gmail"))
            p2 = leaf("text/html", h, charset, spec.get("html_cte") or "quoted-printable",
                      quoted=spec["cli"].startswith("gmail"))
            hdrs, payload = multipart("alternative", [p1, p2], b)
    if spec.get("attach"):
        fname, ctype, data = spec["attach"]
        att = (["Content-Type: %s; name=%s" % (ctype, fname), "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=%s" % fname], b64(data))
        hdrs, payload = multipart("mixed", [(hdrs, payload), att], _boundary(rng, spec["cli"], t))
    # ---------------- headers
    pinfo = provider(rng, spec, t)
    msgid = spec.get("msgid") or _msgid(rng, spec, pinfo, t)
    name, a = spec["frm"]
    from_hdr = addr(name, a, charset if charset != "us-ascii" else "utf-8",
                    mode=spec.get("from_enc", "b"))
    subj = spec.get("subject", "")
    subj_hdr = enc_word(subj, "utf-8", spec.get("subj_enc", "q")) if subj else ""
    off = spec.get("tz", central_offset(t))
    local = shift_zone(t, off)
    date_hdr = rfc_date(local, off)
    rt = spec.get("reply_to")
    ch = []
    c = spec["cli"]
    if c.startswith("gmail"):
        ch = ["MIME-Version: 1.0"]
        if refs:
            ch += ["References: %s" % refs, "In-Reply-To: %s" % in_reply]
        ch += ["From: %s" % from_hdr, "Date: %s" % date_hdr, "Message-ID: %s" % msgid,
               fold("Subject", subj_hdr), "To: %s" % spec.get("to_hdr", to_addr)]
        if rt:
            ch.insert(-1, "Reply-To: %s" % rt)
    elif c in ("apple_mail", "iphone"):
        ch = ["From: %s" % from_hdr]
        ch += hdrs[:1]
        hdrs = hdrs[1:]
        if c == "iphone":
            ch += ["Content-Transfer-Encoding: 7bit"] if shape != "plain" else hdrs[:1]
            if shape == "plain":
                hdrs = []
            ch += ["Mime-Version: 1.0 (1.0)"]
        else:
            ch += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"]
        ch += [fold("Subject", subj_hdr)]
        if rt:
            ch += ["Reply-To: %s" % rt]
        if refs:
            ch += ["In-Reply-To: %s" % in_reply, "References: %s" % refs]
        ch += ["Message-Id: %s" % msgid, "Date: %s" % date_hdr, "To: %s" % spec.get("to_hdr", to_addr),
               "X-Mailer: %s" % ("iPhone Mail (22B91)" if c == "iphone" else "Apple Mail (2.3826.200.121)")]
    elif c in ("owa", "outlook_desktop", "outlook_mobile", "outlook_ios"):
        ch = ["From: %s" % from_hdr, "To: %s" % spec.get("to_hdr", addr("", to_addr)),
              fold("Subject", subj_hdr), fold("Thread-Topic", enc_word(subj.split(": ", 1)[-1] if refs else subj))
              if subj else "Thread-Topic: ",
              "Thread-Index: %s" % rb64(rng, 22).rstrip("="),
              "Date: %s" % rfc_date(shift_zone(t, 0), 0), "Message-ID: %s" % msgid]
        if refs:
            ch += ["References: %s" % refs, "In-Reply-To: %s" % in_reply]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Accept-Language: en-US", "Content-Language: %s" % ("es-US" if lang == "es" else "en-US"),
               "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
        if c == "outlook_desktop":
            ch += ["msip_labels: "]
        else:
            ch += ["x-ms-exchange-messagesentrepresentingtype: 1", "x-tmn: [%s]" % rtok(rng, 32)]
        ch += ["x-ms-publictraffictype: Email"]
        ch += ["MIME-Version: 1.0"]
    elif c.startswith("yahoo") or c == "aol_web":
        ch = ["Date: %s" % rfc_date(shift_zone(t, 0), 0) if c == "yahoo_web" else "Date: %s" % date_hdr,
              "From: %s" % from_hdr, "To: %s" % spec.get("to_hdr", addr("", to_addr))]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Message-ID: %s" % msgid]
        if refs:
            ch += ["In-Reply-To: %s" % in_reply, "References: %s" % refs]
        ch += [fold("Subject", subj_hdr), "MIME-Version: 1.0"]
        mailer = {"yahoo_web": "WebService/1.1.22876 YMailNorrin", "aol_web": "WebService/1.1.22876 AolMailNorrin",
                  "yahoo_android": "WebService/1.1.22876 YahooMailAndroidMobile",
                  "yahoo_ios": "WebService/1.1.22876 YahooMailIosMobile"}[c]
        hdrs = hdrs + ["X-Mailer: %s" % mailer]
    elif c == "thunderbird":
        ch = ["Message-ID: %s" % msgid, "Date: %s" % date_hdr, "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", "To: %s" % spec.get("to_hdr", to_addr),
              "From: %s" % from_hdr]
        if rt:
            ch += ["Reply-To: %s" % rt]
        if refs:
            ch += ["References: %s" % refs, "In-Reply-To: %s" % in_reply]
        ch += [fold("Subject", subj_hdr)]
    elif c == "ox":
        ch = ["Date: %s" % central_date(t, True).rsplit(":", 1)[0] + central_date(t, True)[-15:][3:] if False
              else "Date: %s" % central_date(t, True),
              "From: %s" % from_hdr, "To: %s" % spec.get("to_hdr", to_addr)]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Message-ID: %s" % msgid]
        if refs:
            ch += ["In-Reply-To: %s" % in_reply, "References: %s" % refs]
        ch += [fold("Subject", subj_hdr), "MIME-Version: 1.0"]
        hdrs = hdrs + ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev66",
                       "X-Originating-Client: open-xchange-appsuite"]
    elif c == "zimbra":
        ch = ["Date: %s" % central_date(t, True), "From: %s" % from_hdr, "To: %s" % spec.get("to_hdr", to_addr)]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Message-ID: %s" % msgid]
        if refs:
            ch += ["In-Reply-To: %s" % in_reply, "References: %s" % refs]
        ch += [fold("Subject", subj_hdr), "MIME-Version: 1.0"]
        hdrs = hdrs + ["X-Originating-IP: [198.51.100.%d]" % rng.randint(2, 250),
                       "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)",
                       "Thread-Topic: %s" % enc_word(subj), "Thread-Index: %s" % rb64(rng, 18).rstrip("=")]
    elif c == "proton":
        ch = ["Date: %s" % rfc_date(shift_zone(t, 0), 0), "To: %s" % spec.get("to_hdr", to_addr),
              "From: %s" % from_hdr, fold("Subject", subj_hdr), "Message-ID: %s" % msgid]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Feedback-ID: %s:user:proton" % rtok(rng, 86), "X-Pm-Message-ID: %s" % rtok(rng, 40),
               "MIME-Version: 1.0"]
    elif c == "samsung":
        ch = ["Date: %s" % date_hdr, fold("Subject", subj_hdr)]
        if refs:
            ch += ["In-Reply-To: %s" % in_reply]
        ch += ["To: %s" % spec.get("to_hdr", to_addr), "From: %s" % from_hdr]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += ["Message-ID: %s" % msgid, "MIME-Version: 1.0"]
    elif c == "webform":
        ch = ["Date: %s" % central_date(t), "To: %s" % to_addr, "From: %s" % from_hdr]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += [fold("Subject", subj_hdr), "Message-ID: %s" % msgid, "X-Mailer: AE ContactForm 2.4",
               "X-AE-Form: contact-us", "MIME-Version: 1.0"]
    elif c == "roundcube":
        ch = ["MIME-Version: 1.0", "Date: %s" % date_hdr, "From: %s" % from_hdr, "To: %s" % to_addr]
        if rt:
            ch += ["Reply-To: %s" % rt]
        ch += [fold("Subject", subj_hdr), "Message-ID: %s" % msgid, "X-Sender: %s" % a,
               "User-Agent: Roundcube Webmail/1.6.6"]
    elif c == "service":
        ch = ["Date: %s" % rfc_date(shift_zone(t, 0), 0), "From: %s" % from_hdr, "To: %s" % to_addr,
              fold("Subject", subj_hdr), "Message-ID: %s" % msgid, "MIME-Version: 1.0"]
    for h in spec.get("extra_headers", []):
        ch.append(h)
    # ---------------- trace
    arrive = plus(t, rng.randint(2, 9))
    trace = our_trace(rng, mb, pinfo["env"], arrive, pinfo["host"], pinfo["ip"], tls=pinfo.get("tls", True),
                      auth=pinfo.get("auth"))
    headers = trace + pinfo["lines"] + ch + hdrs
    spec["_plain"] = plain
    return "\n".join(headers) + "\n\n" + payload


def flow(text, width=72):
    """RFC 3676 format=flowed wrapping as Thunderbird writes it (soft breaks end in a space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) + 1 > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = word if not cur else cur + " " + word
        out.append(cur)
    return "\n".join(out)


def _boundary(rng, cli, t):
    if cli.startswith("gmail"):
        return "000000000000" + rtok(rng, 12, "0123456789abcdef")
    if cli == "apple_mail":
        return "Apple-Mail=_" + uuid_like(rng)
    if cli == "iphone":
        return "Apple-Mail-" + uuid_like(rng)
    if cli in ("owa", "outlook_desktop", "outlook_mobile", "outlook_ios"):
        return "_000_%s_" % rtok(rng, 40, UPALNUM)
    if cli.startswith("yahoo") or cli == "aol_web":
        return "----=_Part_%d_%d.%d" % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999),
                                        epoch(t) * 1000 + rng.randint(0, 999))
    if cli == "ox":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999),
                                        epoch(t) * 1000 + rng.randint(0, 999))
    if cli == "zimbra":
        return "=_%s" % uuid_like(rng, upper=False)
    if cli == "proton":
        return "b1=_%s" % rtok(rng, 40)
    if cli == "samsung":
        return "--_com.samsung.android.email_%d" % rng.randint(10 ** 14, 10 ** 15 - 1)
    return "=_%s" % rtok(rng, 24)
