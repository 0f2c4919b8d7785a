"""How each mail program and each mailbox provider writes a person's message.

render_person(spec, rng) -> dict(env_from, peer, tls, auth, headers, top)
  headers: provider + client header lines, top to bottom, with None where the MIME headers go
  top: the top-level MIME entity (Leaf or Multi)
"""
import re

from mime import (CRLF, Leaf, Multi, text_leaf, encode_words, mailbox, subject_value, fold,
                  rfc_date, add, to_zone, esc, tok, uuid_upper, uuid_lower, fake_sig,
                  HEXU, HEXL, B64CH, ALNUM, pick_cte, needs_encoding)
from ours import CC, PH

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


# ---------------------------------------------------------------- attributions / quoting

def attr_line(style, orig, zone="-0600"):
    dt = to_zone(orig["date"], zone)
    h, ap = _h12(dt)
    who = "%s <%s>" % (orig["from_name"], orig["from_addr"])
    if style in ("gmail", "gmail-fwd"):
        return "On %s, %s %d, %d at %d:%02d\u202f%s %s wrote:" % (
            dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, h, dt.minute, ap, who)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d %s, %s wrote:" % (
            dt.strftime("%b"), dt.day, dt.year, h, dt.minute, ap, who)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s CST, %s wrote:" % (
            DAY[dt.weekday()], MON[dt.month - 1], dt.day, dt.year, h, dt.minute, dt.second, ap, who)
    if style == "thunderbird":
        return "On %d/%d/%s %d:%02d %s, %s wrote:" % (
            dt.month, dt.day, str(dt.year)[2:], h, dt.minute, ap, orig["from_name"])
    raise ValueError(style)


def outlook_block(orig, to_addr, zone="-0600", sent_secs=False, underscores=True):
    dt = to_zone(orig["date"], zone)
    h, ap = _h12(dt)
    if sent_secs:
        sent = "%s, %s %d, %d %d:%02d:%02d %s" % (DAY[dt.weekday()], MON[dt.month - 1], dt.day,
                                                 dt.year, h, dt.minute, dt.second, ap)
    else:
        sent = "%s, %s %d, %d %d:%02d %s" % (DAY[dt.weekday()], MON[dt.month - 1], dt.day, dt.year,
                                            h, dt.minute, ap)
    lines = []
    if underscores:
        lines.append("________________________________")
    lines += ["From: %s <%s>" % (orig["from_name"], orig["from_addr"]),
              "Sent: %s" % sent,
              "To: %s" % to_addr,
              "Subject: %s" % orig["subject"]]
    return lines, sent


def gmail_fwd_block(orig, zone="-0600"):
    dt = to_zone(orig["date"], zone)
    h, ap = _h12(dt)
    return ["---------- Forwarded message ---------",
            "From: %s <%s>" % (orig["from_name"], orig["from_addr"]),
            "Date: %s, %s %d, %d at %d:%02d\u202f%s" % (dt.strftime("%a"), dt.strftime("%b"), dt.day,
                                                      dt.year, h, dt.minute, ap),
            "Subject: %s" % orig["subject"],
            "To: <%s>" % orig["to"]]


def samsung_block(orig, zone="-0600"):
    dt = to_zone(orig["date"], zone)
    h, ap = _h12(dt)
    return ["-------- Original message --------",
            "From: %s <%s> " % (orig["from_name"], orig["from_addr"]),
            "Date: %d/%d/%s %d:%02d %s (GMT-06:00) " % (dt.month, dt.day, str(dt.year)[2:], h,
                                                       dt.minute, ap),
            "To: %s " % orig["to"],
            "Subject: %s " % orig["subject"]]


def quoted_plain(style, orig, fwd=False):
    """Plain-text rendering of the quoted/forwarded original, including attribution."""
    body = orig["text"].rstrip("\n").split("\n")
    if style == "gmail" and fwd:
        return "\n".join(gmail_fwd_block(orig)) + "\n\n\n" + "\n".join(body) + "\n"
    if style == "gmail":
        a = attr_line("gmail", orig)
        # Gmail breaks the attribution before the address when it is long
        if len(a) > 76:
            i = a.index("<")
            a = a[:i + 1] + "\n" + a[i + 1:]
        return a + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body) + "\n"
    if style == "apple":
        if fwd:
            dt = to_zone(orig["date"], "-0600")
            h, ap = _h12(dt)
            head = ["Begin forwarded message:", "",
                    "> From: %s <%s>" % (orig["from_name"], orig["from_addr"]),
                    "> Subject: %s" % orig["subject"],
                    "> Date: %s %d, %d at %d:%02d:%02d %s CST" % (MON[dt.month - 1], dt.day, dt.year,
                                                                h, dt.minute, dt.second, ap),
                    "> To: %s" % orig["to"], ">"]
            return "\n".join(head) + "\n" + "\n".join(("> " + l) if l else ">" for l in body) + "\n"
        return attr_line("apple", orig) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body) + "\n"
    if style == "thunderbird":
        return attr_line("thunderbird", orig) + "\n" + "\n".join(("> " + l) if l else ">" for l in body) + "\n"
    if style == "yahoo":
        return ("\n\n    " + attr_line("yahoo", orig) + "  \n \n \n" + "\n".join(body) + "\n")
    if style in ("outlook-web", "outlook-ios"):
        lines, _ = outlook_block(orig, "%s <%s>" % (orig["to"], orig["to"]) if style == "outlook-web" else orig["to"],
                                 sent_secs=(style == "outlook-ios"))
        return "\n".join(lines) + "\n\n" + "\n".join(body) + "\n"
    if style == "outlook-desktop":
        lines, _ = outlook_block(orig, orig["to"], underscores=False)
        return "\n".join(lines) + "\n\n" + "\n".join(body) + "\n"
    if style == "samsung":
        return "\n".join(samsung_block(orig)) + "\n\n" + "\n".join(body) + "\n"
    raise ValueError(style)


def _orig_html(orig):
    paras = orig["text"].rstrip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)


def quoted_html(style, orig, fwd=False):
    if style == "gmail":
        if fwd:
            head = "<br>".join(esc(l) for l in gmail_fwd_block(orig))
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + head + '<br></div><br><br>\n' + _orig_html(orig) + '\n</div>')
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(attr_line("gmail", orig)) + '<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + _orig_html(orig) + '\n</blockquote></div>')
    if style == "apple":
        return ('<div dir="ltr"><br><blockquote type="cite">' + esc(attr_line("apple", orig))
                + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">\n'
                + _orig_html(orig) + '\n</div></blockquote>')
    if style == "yahoo":
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', '
                'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>' % orig["msgid"][1:9]
                + esc(attr_line("yahoo", orig)) + '</div>\n<div><br></div>\n<div><br></div>\n<div>\n'
                + _orig_html(orig) + '\n</div></div></div>')
    if style in ("outlook-web", "outlook-ios", "outlook-desktop"):
        lines, sent = outlook_block(orig, orig["to"], sent_secs=(style == "outlook-ios"))
        head = ('<b>From:</b> %s &lt;%s&gt;<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s'
                % (esc(orig["from_name"]), orig["from_addr"], sent, orig["to"], esc(orig["subject"])))
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">' + head + '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n'
                + _orig_html(orig) + '\n</div>')
    if style == "samsung":
        head = "<br>".join(esc(l) for l in samsung_block(orig))
        return ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                '<div>' + head + '</div></div><br>\n' + _orig_html(orig))
    if style == "thunderbird":
        return ('<div class="moz-cite-prefix">' + esc(attr_line("thunderbird", orig)) + '<br></div>\n'
                '<blockquote type="cite">' + _orig_html(orig) + '</blockquote>')
    raise ValueError(style)


# ---------------------------------------------------------------- HTML of the new text

def _lines(text):
    return text.rstrip("\n").split("\n")


def html_new(kind, text):
    ls = _lines(text)
    if kind == "gmail":
        out = []
        for i, l in enumerate(ls):
            if i == 0:
                out.append(esc(l) if l else "<br>")
            else:
                out.append("<div>%s</div>" % (esc(l) if l else "<br>"))
        return '<div dir="ltr">' + "\n".join(out) + "</div>"
    if kind == "apple":
        return '<div dir="ltr">' + "<br>\n".join(esc(l) for l in ls) + "</div>"
    if kind == "outlook":
        return ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + "\n".join((esc(l) + "<br>") if l else "<br>" for l in ls) + "\n</div>")
    if kind == "word":
        return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;") for l in ls)
    if kind == "yahoo":
        return "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>") for l in ls)
    if kind == "samsung":
        return "\n".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in ls)
    if kind == "plainp":
        paras = text.rstrip("\n").split("\n\n")
        return "\n".join("  <p>%s</p>" % "<br>".join(esc(l) for l in p.split("\n")) for p in paras)
    if kind == "div":
        return "\n".join("<div>%s</div>" % (esc(l) if l else "<br data-mce-bogus=\"1\">") for l in ls)
    raise ValueError(kind)


def wrap_html(kind, inner, charset="utf-8"):
    if kind == "gmail":
        return inner + "\n"
    if kind == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">\n' + inner + '\n</body></html>')
    if kind == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n' % charset + inner + '\n</body>\n</html>\n')
    if kind == "word":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n'
                '\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n'
                '\t{page:WordSection1;}\n--></style></head><body lang=EN-US link="#467886" vlink="#96607D" '
                'style=\'word-wrap:break-word\'><div class=WordSection1>\n' % charset + inner
                + '\n</div></body></html>\n')
    if kind == "yahoo":
        return ('<html><head></head><body><div class="ydp2c6a1f0eyahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:16px;">' + inner + '</div></body></html>')
    if kind == "aol":
        return ('<html><head></head><body><div class="aolmail-style-wrap" style="font-family:Arial, Helvetica, '
                'sans-serif;font-size:16px;">' + inner + '</div></body></html>')
    if kind == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + inner + '</body></html>')
    if kind == "ox":
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
                + inner + '\n </body>\n</html>')
    if kind == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                'color: #000000">' + inner + '</div></body></html>')
    if kind == "proton":
        return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + inner + '</div>')
    if kind == "fastmail":
        return ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing'
                '{margin:0}</style></head><body><div>' + inner + '</div></body></html>')
    raise ValueError(kind)


# ---------------------------------------------------------------- providers

def _p(*a):
    """(helo, rdns, ip); two values mean helo == rdns."""
    if len(a) == 2:
        return (a[0], a[0], a[1])
    return a


def provider(spec, rng, dt):
    """Trace headers of the sending provider.  Returns dict with env_from, peer, tls, auth, top."""
    addr = spec["env"] if spec.get("env") else spec["frm"][1]
    dom = addr.split("@")[1].lower()
    kind = spec.get("provider") or {
        "gmail.com": "google", "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud",
        "outlook.com": "outlook", "hotmail.com": "outlook", "live.com": "outlook",
        "yahoo.com": "yahoo", "aol.com": "aol", "comcast.net": "comcast", "charter.net": "spectrum",
        "mchsi.com": "mediacom", "mediacombb.net": "mediacom", "windstream.net": "windstream",
        "netins.net": "netins", "proton.me": "proton", "fastmail.com": "fastmail",
    }.get(dom, "m365")
    r = {"env_from": addr, "tls": True, "top": [], "kind": kind, "dom": dom}
    utc = rfc_date(dt, "+0000")
    if kind == "google":
        host = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "yw1", "pj1", "ot1", "io1", "oa1", "ua1",
                                                        "il1", "pl1", "qt1", "lf1", "wm1"]), rng.randint(41, 199))
        r["peer"] = _p(host, "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250)))
        r["auth"] = ("gmail.com", "20230601", "pass")
        pst = rfc_date(dt, "-0800", comment=True)
        sig = fake_sig(rng, 344)
        r["top"] = [
            "Received: by %s with SMTP id %s-%sso%d%s.%d;%s        %s" % (
                host, tok(rng, 13, HEXL), tok(rng, 11, HEXL), rng.randint(10 ** 8, 10 ** 9), tok(rng, 1, "abcdef"),
                rng.randint(1, 30), CRLF, pst),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;" + CRLF +
            "        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;" % (
                int(dt.timestamp()), int(dt.timestamp()) + 604800) + CRLF +
            "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject" + CRLF +
            "         :date:message-id:reply-to;" + CRLF +
            "        bh=%s=;" % tok(rng, 43, B64CH) + CRLF + "        b=" + sig,
            "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;" + CRLF +
            "        d=1e100.net; s=20230601; t=%d; x=%d;" % (int(dt.timestamp()), int(dt.timestamp()) + 604800) + CRLF +
            "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state" + CRLF +
            "         :from:to:cc:subject:date:message-id:reply-to;" + CRLF +
            "        bh=%s=;" % tok(rng, 43, B64CH) + CRLF + "        b=" + fake_sig(rng, 344),
            "X-Gm-Message-State: AOJu0Y%s" % tok(rng, 62, B64CH) + CRLF + "\t" + tok(rng, 20, B64CH) + "==",
            "X-Gm-Gg: ASbGnc%s" % tok(rng, 60, B64CH) + CRLF + "\t" + tok(rng, 70, B64CH) + CRLF + "\t" + tok(rng, 40, B64CH),
            "X-Google-Smtp-Source: AGHT+I%s==" % tok(rng, 80, B64CH),
            "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;%s        %s" % (
                tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 3, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL),
                tok(rng, 13, HEXL), tok(rng, 10, HEXL), rng.randint(1000, 9999), rng.randint(10 ** 11, 10 ** 12),
                CRLF, rfc_date(add(dt, 1), "-0800", comment=True)),
        ]
    elif kind == "icloud":
        host = "qs51p00im-qukt%08d.me.com" % rng.randint(1000000, 9999999)
        r["peer"] = _p(host, "17.57.%d.%d" % (rng.randint(152, 158), rng.randint(2, 250)))
        r["auth"] = ("icloud.com", "1a1hai", "pass")
        r["top"] = [
            "Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.%d])%s"
            "\tby %s (Postfix) with ESMTPSA id %s;%s\t%s" % (rng.randint(10, 40), CRLF, host,
                                                           tok(rng, 11, HEXU), CRLF, utc + " (UTC)"),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;" + CRLF +
            "\ts=1a1hai; t=%d; bh=%s=;" % (int(dt.timestamp()), tok(rng, 43, B64CH)) + CRLF +
            "\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;" + CRLF +
            "\tb=" + tok(rng, 70, B64CH) + CRLF + "\t " + tok(rng, 70, B64CH) + CRLF + "\t " + tok(rng, 60, B64CH) + "==",
        ]
    elif kind == "outlook":
        pod = "%s%dPR%02dMB%04d" % (rng.choice(["SA1", "BN8", "DS0", "CH3", "PH0", "MW4", "LV3", "IA1"]),
                                    0, rng.randint(10, 19), rng.randint(1000, 9999))
        pod = pod.replace("0PR", "PR")
        region = "namprd%d" % rng.randint(10, 19)
        nam = rng.choice(["NAM12-DM6-obe", "NAM10-BN7-obe", "NAM11-CO1-obe", "NAM04-MW2-obe"])
        host = "mail-%s%s.outbound.protection.outlook.com" % (nam.split("-")[1].lower(),
                                                              nam.split("-")[0].lower() + "olkn20%02d" % rng.randint(10, 99))
        r["peer"] = _p("%s.outbound.protection.outlook.com" % nam, host, "40.92.%d.%d" % (rng.randint(1, 99), rng.randint(2, 250)))
        dkd = {"outlook.com": "outlook.com"}.get(r["dom"], "hotmail.com")
        r["auth"] = (dkd, "selector1", "pass")
        r["pod"] = pod
        r["region"] = region
        r["top"] = [
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
            " b=" + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 40, B64CH) + "==",
            "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
            " s=arcselector10001;" + CRLF +
            " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
            " bh=" + tok(rng, 43, B64CH) + "=;" + CRLF + " b=" + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 50, B64CH) + "==",
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF + " dkim=none; arc=none",
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % dkd + CRLF +
            " s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;" + CRLF +
            " bh=" + tok(rng, 43, B64CH) + "=;" + CRLF + " b=" + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 70, B64CH) + "==",
            "Received: from %s.%s.prod.outlook.com (2603:10b6:%d:%s::%d)%s by %s.%s.prod.outlook.com (2603:10b6:%d:%s::%d) with%s Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.20; %s" % (
                pod, region, rng.randint(100, 999), tok(rng, 3, HEXL), rng.randint(5, 30), CRLF,
                pod.replace("MB", "MB" if rng.random() < 0.5 else "MB"), region, rng.randint(100, 999),
                tok(rng, 3, HEXL), rng.randint(5, 30), CRLF, CRLF, utc),
            "Received: from %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.8398.018; %s" % (
                pod, region, CRLF, tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL),
                pod, region, CRLF, tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL),
                rfc_date(add(dt, -1), "+0000")),
        ]
    elif kind == "m365":
        pod = "%sPR%02dMB%04d" % (rng.choice(["CH3", "DM6", "BL1", "SN7", "MN2", "DS7", "CY8"]),
                                  rng.randint(10, 19), rng.randint(1000, 9999))
        region = "namprd%02d" % rng.randint(10, 19)
        nam = rng.choice(["NAM10-BN7-obe", "NAM11-DM6-obe", "NAM12-MW2-obe", "NAM02-SN1-obe"])
        host = "mail-%snam%son2%03d.outbound.protection.outlook.com" % (
            nam.split("-")[1].lower(), nam.split("-")[0][3:], rng.randint(100, 999))
        r["peer"] = _p("%s.outbound.protection.outlook.com" % nam, host, "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)))
        r["auth"] = (r["dom"], "selector1", "pass")
        r["pod"] = pod
        r["region"] = region
        r["top"] = [
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
            " b=" + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 60, B64CH) + "==",
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass" + CRLF +
            " smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;" % (r["dom"], r["dom"]) + CRLF +
            " dkim=pass header.d=%s; arc=none" % r["dom"],
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % r["dom"] + CRLF +
            " s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;" + CRLF +
            " bh=" + tok(rng, 43, B64CH) + "=;" + CRLF + " b=" + tok(rng, 70, B64CH) + CRLF + " " + tok(rng, 70, B64CH) + "==",
            "Received: from %s.%s.prod.outlook.com (2603:10b6:%d:%s::%d)%s by %s.%s.prod.outlook.com (2603:10b6:%d:%s::%d) with%s Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.21; %s" % (
                pod, region, rng.randint(100, 999), tok(rng, 3, HEXL), rng.randint(5, 30), CRLF,
                pod[:-4] + "%04d" % rng.randint(1000, 9999), region, rng.randint(100, 999), tok(rng, 3, HEXL),
                rng.randint(5, 30), CRLF, CRLF, utc),
            "Received: from %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.8398.019; %s" % (
                pod, region, CRLF, tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL),
                pod, region, CRLF, tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL), tok(rng, 4, HEXL),
                rfc_date(add(dt, -1), "+0000")),
        ]
    elif kind in ("yahoo", "aol"):
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 40), rng.choice(["ne1", "bf2", "gq1"]))
        r["peer"] = _p(host, "66.163.%d.%d" % (rng.randint(184, 191), rng.randint(2, 250)))
        d = "yahoo.com" if kind == "yahoo" else "aol.com"
        sel = "s2048" if kind == "yahoo" else "a2048"
        r["auth"] = (d, sel, "pass")
        r["top"] = [
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s" % (
                d, sel, int(dt.timestamp()), tok(rng, 43, B64CH), tok(rng, 12, B64CH)) + CRLF +
            " " + tok(rng, 76, B64CH) + CRLF + " " + tok(rng, 76, B64CH) + CRLF + " " + tok(rng, 60, B64CH) + "==",
            "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (
                d, sel, int(dt.timestamp()), tok(rng, 43, B64CH), tok(rng, 12, B64CH)) + CRLF +
            " " + tok(rng, 76, B64CH) + CRLF + " " + tok(rng, 60, B64CH) + "==",
            "X-YMail-OSG: " + tok(rng, 64, B64CH.replace("+", "_").replace("/", ".")) + CRLF +
            " " + tok(rng, 76, B64CH.replace("+", "_").replace("/", ".")) + CRLF +
            " " + tok(rng, 40, B64CH.replace("+", "_").replace("/", ".")) + "--",
            "X-Sonic-MF: <%s>" % addr,
            "X-Sonic-ID: %s" % uuid_lower(rng),
            "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, utc),
        ]
    elif kind == "comcast":
        host = "resomta-a1p-%06d.sys.comcast.net" % rng.randint(70000, 79999)
        r["peer"] = _p(host, "96.103.%d.%d" % (rng.randint(140, 150), rng.randint(2, 250)))
        r["auth"] = ("comcast.net", "20190202a", "pass")
        r["top"] = [
            "Received: from oxapp-asb-%02do.email.comcast.net ([96.118.%d.%d])%s\tby %s with ESMTPA%s\tid %s; %s" % (
                rng.randint(1, 30), rng.randint(1, 250), rng.randint(1, 250), CRLF, host, CRLF,
                tok(rng, 16, ALNUM), utc),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;" + CRLF +
            "\ts=20190202a; t=%d;" % int(dt.timestamp()) + CRLF +
            "\tbh=" + tok(rng, 43, B64CH) + "=;" + CRLF + "\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:" + CRLF +
            "\t Content-Type;" + CRLF + "\tb=" + tok(rng, 64, B64CH) + CRLF + "\t " + tok(rng, 64, B64CH) + "==",
            "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddrudehvddgtddvucetufdoteggodetrfdotffvucfrrhho",
            "X-Xfinity-VMeta: sc=0.00;st=legit",
        ]
    elif kind == "spectrum":
        host = "dnvrco-cmomta0%d.email.rr.com" % rng.randint(1, 4)
        r["peer"] = _p(host, "107.14.73.%d" % rng.randint(220, 240))
        r["auth"] = None
        r["top"] = [
            "Received: from DESKTOP-%s ([71.%d.%d.%d])%s\tby %s with ESMTPA%s\tid %s; %s" % (
                tok(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), rng.randint(80, 95), rng.randint(1, 250),
                rng.randint(1, 250), CRLF, host, CRLF, tok(rng, 16, ALNUM), rfc_date(dt, "+0000")),
        ]
    elif kind in ("mediacom", "windstream", "netins"):
        host = {"mediacom": "smtp.mediacombb.net", "windstream": "smtp.windstream.net",
                "netins": "smtp.netins.net"}[kind]
        ipb = {"mediacom": "173.18", "windstream": "166.102", "netins": "167.142"}[kind]
        r["peer"] = _p("%s-out%d.%s" % (host.split(".")[0], rng.randint(1, 4), ".".join(host.split(".")[1:])),
                       "%s.%d.%d" % (ipb, rng.randint(1, 250), rng.randint(2, 250)))
        r["auth"] = None
        if kind == "windstream":
            r["top"] = ["Received: from localhost (localhost [127.0.0.1])%s\tby %s (Postfix) with ESMTP id %s;%s\t%s" % (
                CRLF, host, tok(rng, 10, HEXU), CRLF, rfc_date(dt, "-0500", pad=True, comment=True))]
        else:
            r["top"] = ["Received: from [192.168.%d.%d] (unknown [%s.%d.%d])%s\tby %s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s" % (
                rng.randint(0, 2), rng.randint(2, 60), ipb, rng.randint(1, 250), rng.randint(2, 250), CRLF, host,
                tok(rng, 10, HEXU), CRLF, spec["to_addr"], rfc_date(dt, "-0600", pad=True, comment=True))]
    elif kind == "proton":
        r["peer"] = _p("mail-%d.protonmail.ch" % rng.randint(4000, 4399), "185.70.43.%d" % rng.randint(2, 250))
        r["auth"] = ("proton.me", "protonmail3", "pass")
        r["top"] = [
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me;" + CRLF +
            "\ts=protonmail3; t=%d; x=%d;" % (int(dt.timestamp()), int(dt.timestamp()) + 259200) + CRLF +
            "\tbh=" + tok(rng, 43, B64CH) + "=;" + CRLF +
            "\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:" + CRLF +
            "\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector:List-Unsubscribe:" + CRLF +
            "\t List-Unsubscribe-Post;" + CRLF + "\tb=" + tok(rng, 64, B64CH) + CRLF + "\t " + tok(rng, 64, B64CH) + "==",
        ]
    elif kind == "fastmail":
        r["peer"] = _p("fout-a%d-smtp.messagingengine.com" % rng.randint(1, 8), "103.168.172.%d" % rng.randint(140, 160))
        r["auth"] = ("fastmail.com", "fm3", "pass")
        r["top"] = [
            "Received: from phl-compute-%02d.internal (phl-compute-%02d.phl.internal [10.202.2.%d])%s\tby mailfout.phl.internal (Postfix) with ESMTP id %s%s\tfor <%s>; %s" % (
                rng.randint(1, 12), rng.randint(1, 12), rng.randint(40, 49), CRLF, tok(rng, 10, HEXU), CRLF,
                spec["to_addr"], rfc_date(dt, "-0500", comment=True)),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fastmail.com; h=" + CRLF +
            "\tcc:content-transfer-encoding:content-type:content-type:date" + CRLF +
            "\t:date:from:from:in-reply-to:message-id:mime-version:reply-to" + CRLF +
            "\t:subject:subject:to:to; s=fm3; t=%d; x=%d; bh=%s=; b=%s" % (
                int(dt.timestamp()), int(dt.timestamp()) + 86400, tok(rng, 43, B64CH), tok(rng, 20, B64CH)) + CRLF +
            "\t" + tok(rng, 70, B64CH) + CRLF + "\t" + tok(rng, 60, B64CH) + "==",
            "X-ME-Sender: <xms:%s>" % tok(rng, 40, ALNUM),
            "X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgeeffedrtdeggdduvdelucetufdo",
            "X-ME-Proxy: <xmx:%s>" % tok(rng, 40, ALNUM),
            "Feedback-ID: i%s:Fastmail" % tok(rng, 8, HEXL),
        ]
    elif kind == "ourweb":
        r["peer"] = _p("web-form01.alliantenergy.com", "10.40.8.21")
        r["tls"] = False
        r["auth"] = ("alliantenergy.com", "sel1", "pass")
        r["top"] = []
    else:
        raise ValueError(kind)
    return r


# ---------------------------------------------------------------- clients

def msgid_for(prog, rng, dom, dt, pv):
    if prog.startswith("gmail") or prog in ("gmail-unsub",):
        return "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "F", "J", "K", "L", "M", "N", "O"]),
                                           tok(rng, 60 - 2 + rng.randint(0, 3), B64CH.replace("/", "_").replace("+", "-")).replace("-", "+", 3))
    if prog in ("iphone", "apple-mail", "apple-unsub", "iphone-gmail"):
        return "<%s@%s>" % (uuid_upper(rng), dom)
    if prog in ("outlook-web", "outlook-ios", "m365", "outlook-unsub"):
        pod = pv.get("pod", "SA1PR19MB5471")
        return "<%s%s@%s.%s.prod.outlook.com>" % (pod, tok(rng, 22, HEXU), pod, pv.get("region", "namprd19"))
    if prog == "outlook-desktop":
        a = tok(rng, 8, HEXL)
        return "<%s01db%s$%s$%s$@%s>" % (tok(rng, 4, "0"), a[:4], tok(rng, 8, HEXL), tok(rng, 8, HEXL), dom)
    if prog in ("yahoo-web", "yahoo-ios", "aol-web", "yahoo-unsub"):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 9 * 10 ** 6),
                                              int(dt.timestamp() * 1000))
    if prog == "thunderbird":
        return "<%s@%s>" % (uuid_lower(rng), dom)
    if prog == "samsung":
        return "<%s@email.android.com>" % tok(rng, 24, ALNUM.lower() + "0123456789")
    if prog == "xfinity":
        return "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 9 * 10 ** 5),
                                                   int(dt.timestamp() * 1000))
    if prog == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 9 * 10 ** 6),
                                                  int(dt.timestamp() * 1000), dom)
    if prog == "proton":
        return "<%s=@proton.me>" % tok(rng, 86, B64CH.replace("/", "_").replace("+", "-"))
    if prog in ("fastmail", "fastmail-unsub"):
        return "<%s@app.fastmail.com>" % uuid_lower(rng)
    if prog == "webform":
        return "<form.%s.%s@alliantenergy.com>" % (dt.strftime("%Y%m%d%H%M%S"), tok(rng, 8, HEXL))
    raise ValueError(prog)


QUOTE_STYLE = {
    "gmail-web": "gmail", "gmail-android": "gmail", "gmail-ios": "gmail",
    "iphone": "apple", "iphone-gmail": "apple", "apple-mail": "apple",
    "outlook-web": "outlook-web", "outlook-ios": "outlook-ios", "outlook-desktop": "outlook-desktop",
    "m365": "outlook-desktop", "yahoo-web": "yahoo", "yahoo-ios": "yahoo", "aol-web": "yahoo",
    "thunderbird": "thunderbird", "samsung": "samsung", "proton": "gmail", "fastmail": "thunderbird",
    "xfinity": "thunderbird", "zimbra": "thunderbird",
}

HTML_KIND = {
    "gmail-web": "gmail", "gmail-android": "gmail", "gmail-ios": "gmail",
    "iphone": "apple", "iphone-gmail": "apple", "apple-mail": "apple",
    "outlook-web": "outlook", "outlook-ios": "outlook", "outlook-desktop": "word", "m365": "word",
    "yahoo-web": "yahoo", "yahoo-ios": "yahoo", "aol-web": "aol", "samsung": "samsung",
    "xfinity": "ox", "zimbra": "zimbra", "proton": "proton", "fastmail": "fastmail",
}

NEW_KIND = {"gmail": "gmail", "apple": "apple", "outlook": "outlook", "word": "word", "yahoo": "yahoo",
            "aol": "yahoo", "samsung": "samsung", "ox": "plainp", "zimbra": "div", "proton": "div",
            "fastmail": "div"}


def boundary_for(prog, rng, dt, msgid):
    if prog.startswith("gmail") or prog == "proton-x":
        return "000000000000" + tok(rng, 16, HEXL)
    if prog in ("iphone", "iphone-gmail"):
        return "Apple-Mail-" + uuid_upper(rng)
    if prog == "apple-mail":
        return "Apple-Mail=_" + uuid_upper(rng)
    if prog in ("outlook-web", "outlook-ios", "m365"):
        inner = msgid.strip("<>").replace("@", "").replace(".", "")
        return "_000_" + inner[:60] + "_"
    if prog == "outlook-desktop":
        return "----=_NextPart_000_%04X_01DB%s.%s" % (rng.randint(0, 64), tok(rng, 4, HEXU), tok(rng, 8, HEXU))
    if prog in ("yahoo-web", "yahoo-ios", "aol-web", "xfinity"):
        return "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 9 * 10 ** 6), rng.randint(10 ** 8, 2 * 10 ** 9),
                                       int(dt.timestamp() * 1000))
    if prog == "samsung":
        return "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 8, 9 * 10 ** 8), rng.randint(10 ** 6, 9 * 10 ** 6))
    if prog == "proton":
        return "b1=_" + tok(rng, 43, ALNUM)
    if prog == "fastmail":
        return tok(rng, 32, HEXL)
    if prog == "zimbra":
        return "=_" + uuid_lower(rng)
    return "=_" + tok(rng, 24, HEXL)


def ctype_text(prog, sub, charset, ascii_ok):
    """Content-Type header value the way each program writes it."""
    cs = charset
    if prog.startswith("gmail"):
        return 'text/%s; charset="UTF-8"' % sub
    if prog in ("iphone", "iphone-gmail", "apple-mail", "apple-unsub"):
        return "text/%s;%s\tcharset=%s" % (sub, CRLF, "us-ascii" if ascii_ok and sub == "plain" else "utf-8")
    if prog in ("outlook-web", "outlook-ios", "m365"):
        return 'text/%s; charset="%s"' % (sub, "us-ascii" if ascii_ok and cs.lower() == "utf-8" else cs.lower() if cs.lower() != "utf-8" else "utf-8")
    if prog == "outlook-desktop":
        return 'text/%s;%s\tcharset="%s"' % (sub, CRLF, "us-ascii" if ascii_ok and cs.lower() == "utf-8" else cs.lower())
    if prog in ("yahoo-web", "yahoo-ios", "aol-web", "xfinity"):
        return "text/%s; charset=%s" % (sub, "UTF-8" if cs.lower() == "utf-8" else cs)
    if prog == "thunderbird":
        return "text/plain; charset=%s; format=flowed" % ("UTF-8" if cs.lower() == "utf-8" else cs)
    return "text/%s; charset=%s" % (sub, cs if cs.lower() != "utf-8" else "utf-8")


def cte_for(prog, text, sub, charset):
    ascii_ok = _is_ascii(text)
    long_lines = any(len(l) > 76 for l in text.split("\n"))
    if prog == "samsung":
        return "base64"
    if prog.startswith("gmail") or prog in ("fastmail",):
        if ascii_ok and not long_lines:
            return "7bit"
        return "quoted-printable" if not (prog == "gmail-android" and not ascii_ok and sub == "plain" and False) else "base64"
    if prog in ("iphone", "iphone-gmail", "apple-mail"):
        return "7bit" if ascii_ok and not long_lines else "quoted-printable"
    if prog == "thunderbird":
        return "7bit" if ascii_ok else "8bit"
    if prog in ("xfinity", "zimbra"):
        return "7bit" if ascii_ok and not long_lines else "quoted-printable"
    return "quoted-printable"


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def build_body(spec, rng, dt, msgid):
    prog = spec["prog"]
    charset = spec.get("charset", "utf-8")
    fmt = spec.get("fmt", "alt")
    text = spec["text"]
    qstyle = spec.get("qstyle") or QUOTE_STYLE.get(prog)
    orig = spec.get("reply") or spec.get("fwd")
    fwd = bool(spec.get("fwd"))
    full_plain = text
    if orig is not None:
        q = quoted_plain(qstyle, orig, fwd=fwd)
        if qstyle in ("outlook-web", "outlook-ios"):
            full_plain = text.rstrip("\n") + "\n\n" + q
        elif qstyle == "outlook-desktop":
            full_plain = text.rstrip("\n") + "\n\n" + q
        elif qstyle == "yahoo":
            full_plain = text.rstrip("\n") + "\n" + q
        else:
            full_plain = text.rstrip("\n") + "\n\n" + q
    if spec.get("empty_new"):
        full_plain = quoted_plain(qstyle, orig, fwd=fwd)
    plain_cs = charset
    hk = HTML_KIND.get(prog)
    html = None
    if fmt in ("alt", "html"):
        inner = html_new(NEW_KIND[hk], text) if not spec.get("empty_new") else '<div dir="ltr"><br></div>'
        if orig is not None:
            inner += "\n" + quoted_html(qstyle if qstyle != "thunderbird" else "thunderbird", orig, fwd=fwd)
        decl = charset
        if hk in ("word", "outlook") and _is_ascii(inner) and charset.lower() == "utf-8":
            decl = "us-ascii"
        html = wrap_html(hk, inner, decl)
    ascii_plain = _is_ascii(full_plain)
    parts = []
    if fmt in ("alt", "plain"):
        cte = spec.get("cte") or cte_for(prog, full_plain, "plain", plain_cs)
        parts.append(text_leaf(full_plain, ctype_text(prog, "plain", plain_cs, ascii_plain), cte, plain_cs))
    if html is not None:
        ascii_html = _is_ascii(html)
        cte = spec.get("cte_html") or ("base64" if prog == "samsung" else
                                       ("7bit" if prog.startswith("gmail") and ascii_html and
                                        all(len(l) <= 76 for l in html.split("\n")) else "quoted-printable"))
        parts.append(text_leaf(html, ctype_text(prog, "html", charset, ascii_html), cte, charset))
    if len(parts) == 1:
        return parts[0]
    b = boundary_for(prog, rng, dt, msgid)
    ctype = 'multipart/alternative; boundary="%s"' % b
    if prog in ("iphone", "iphone-gmail"):
        ctype = "multipart/alternative;%s\tboundary=%s" % (CRLF, b)
    if prog == "apple-mail":
        ctype = 'multipart/alternative;%s\tboundary="%s"' % (CRLF, b)
    if prog == "outlook-desktop":
        ctype = 'multipart/alternative;%s\tboundary="%s"' % (CRLF, b)
    top = Multi(["Content-Type: " + ctype], b, parts,
                preamble="This is a multi-part message in MIME format." if prog == "outlook-desktop" else None)
    return top


def render_person(spec, rng):
    """Provider + client headers and MIME body of a human-written message."""
    dt = spec["dt"]
    prog = spec["prog"]
    frm_name, frm_addr = spec["frm"]
    dom = frm_addr.split("@")[1]
    pv = provider(spec, rng, add(dt, rng.randint(1, 3)))
    msgid = spec.get("msgid") or msgid_for(prog, rng, (spec.get("env") or frm_addr).split("@")[1], dt, pv)
    spec["_msgid"] = msgid
    fcs = spec.get("hdr_charset", "UTF-8")
    fenc = spec.get("hdr_enc", "B")
    from_v = mailbox(frm_name, frm_addr, fcs, fenc)
    to_v = spec["to_hdr"]
    subj = spec.get("subject", "")
    subj_v = subject_value(subj, fcs, fenc) if subj is not None else None
    orig = spec.get("reply")
    irt = refs = None
    if orig is not None and not spec.get("no_irt"):
        irt = orig["msgid"]
        refs = (spec.get("refs_extra", "") + " " + orig["msgid"]).strip()
    top = build_body(spec, rng, dt, msgid)
    H = []

    def h(name, value):
        if value is None:
            return
        H.append(fold(name, value))

    zone = spec.get("zone", "-0600")
    date_local = rfc_date(dt, zone)
    if prog.startswith("gmail") or prog == "samsung":
        h("MIME-Version", "1.0")
        h("References", refs)
        h("In-Reply-To", irt)
        h("From", from_v)
        h("Date", date_local)
        h("Message-ID", msgid)
        h("Subject", subj_v)
        h("To", to_v)
        h("Cc", spec.get("cc"))
        if spec.get("reply_to"):
            h("Reply-To", mailbox(*spec["reply_to"]))
        for x in spec.get("extra", []):
            H.append(x)
        H.append(None)
    elif prog in ("iphone", "iphone-gmail", "apple-mail"):
        H.append(None)
        h("From", from_v)
        h("Mime-Version", "1.0 (1.0)" if prog != "apple-mail" else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        h("Date", date_local)
        h("Subject", subj_v)
        h("Message-Id", msgid)
        h("References", refs)
        h("In-Reply-To", irt)
        h("To", to_v)
        for x in spec.get("extra", []):
            H.append(x)
        h("X-Mailer", {"iphone": "iPhone Mail (22D72)", "iphone-gmail": "iPhone Mail (22C161)",
                       "apple-mail": "Apple Mail (2.3826.400.131.1.6)"}[prog])
    elif prog in ("outlook-web", "outlook-ios", "m365"):
        h("From", from_v)
        h("To", to_v)
        if spec.get("reply_to"):
            h("Reply-To", mailbox(*spec["reply_to"]))
        h("Subject", subj_v)
        h("Thread-Topic", subj_v if subj_v else None)
        h("Thread-Index", "AQH" + tok(rng, 20, B64CH) + "==")
        h("Date", rfc_date(dt, "+0000"))
        h("Message-ID", msgid)
        h("References", refs)
        h("In-Reply-To", irt)
        h("Accept-Language", "en-US")
        h("Content-Language", spec.get("content_language", "en-US"))
        h("X-MS-Has-Attach", "")
        h("X-MS-TNEF-Correlator", "")
        if prog == "m365":
            h("msip_labels", "")
            h("x-ms-exchange-organization-authas", None)
        else:
            h("x-ms-exchange-messagesentrepresentingtype", "1")
            h("x-tmn", "[%s]" % tok(rng, 40, ALNUM))
        h("x-ms-publictraffictype", "Email")
        h("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (pv.get("pod", ""), pv.get("pod", "")[:-4] + "0000"))
        for x in spec.get("extra", []):
            H.append(x)
        H.append(None)
        h("MIME-Version", "1.0")
    elif prog == "outlook-desktop":
        h("From", from_v)
        h("To", to_v)
        if spec.get("reply_to"):
            h("Reply-To", mailbox(*spec["reply_to"]))
        h("References", refs)
        h("In-Reply-To", irt)
        h("Subject", subj_v)
        h("Date", date_local)
        h("Message-ID", msgid)
        h("MIME-Version", "1.0")
        H.append(None)
        h("X-Mailer", "Microsoft Outlook 16.0")
        h("Thread-Index", "AQH" + tok(rng, 24, B64CH) + "==")
        h("Content-Language", "en-us")
        for x in spec.get("extra", []):
            H.append(x)
    elif prog in ("yahoo-web", "yahoo-ios", "aol-web"):
        h("Date", rfc_date(dt, "+0000") + " (UTC)")
        h("From", from_v)
        h("To", to_v)
        h("Message-ID", msgid)
        h("In-Reply-To", irt)
        h("Subject", subj_v)
        h("MIME-Version", "1.0")
        H.append(None)
        h("References", refs)
        for x in spec.get("extra", []):
            H.append(x)
        h("X-Mailer", {"yahoo-web": "WebService/1.1.23187 YMailNorrin",
                       "yahoo-ios": "WebService/1.1.23187 YahooMailIosMobile",
                       "aol-web": "WebService/1.1.23187 AolMailNorrin"}[prog])
    elif prog == "thunderbird":
        h("Message-ID", msgid)
        h("Date", date_local)
        h("MIME-Version", "1.0")
        h("User-Agent", "Mozilla Thunderbird")
        h("Content-Language", spec.get("content_language", "en-US"))
        h("To", to_v)
        h("References", refs)
        h("From", from_v)
        h("Subject", subj_v)
        h("In-Reply-To", irt)
        for x in spec.get("extra", []):
            H.append(x)
        H.append(None)
    elif prog == "xfinity":
        h("Date", date_local)
        h("From", from_v)
        h("To", to_v)
        h("Message-ID", msgid)
        h("In-Reply-To", irt)
        h("Subject", subj_v)
        h("MIME-Version", "1.0")
        H.append(None)
        h("X-Priority", "3")
        h("Importance", "Normal")
        h("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66")
        h("X-Originating-Client", "open-xchange-appsuite")
    elif prog == "zimbra":
        h("Date", date_local)
        h("From", from_v)
        h("To", to_v)
        h("Message-ID", msgid)
        h("In-Reply-To", irt)
        h("Subject", subj_v)
        h("MIME-Version", "1.0")
        H.append(None)
        h("X-Originating-IP", "[166.102.%d.%d]" % (rng.randint(1, 250), rng.randint(1, 250)))
        h("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC121 (Win)/9.0.0_ZEXTRAS_20240927)")
        h("Thread-Index", tok(rng, 24, B64CH) + "==")
        h("Thread-Topic", subj_v)
    elif prog == "proton":
        h("Date", rfc_date(dt, "+0000"))
        h("To", to_v)
        h("From", from_v)
        h("Subject", subj_v)
        h("Message-ID", msgid)
        h("Feedback-ID", "%d:user:proton" % rng.randint(10 ** 7, 10 ** 8))
        h("X-Pm-Message-ID", tok(rng, 40, HEXL))
        h("MIME-Version", "1.0")
        H.append(None)
    elif prog == "fastmail":
        h("MIME-Version", "1.0")
        h("Date", rfc_date(dt, "-0500"))
        h("From", from_v)
        h("To", to_v)
        h("Message-Id", msgid)
        h("In-Reply-To", irt)
        h("References", refs)
        h("Subject", subj_v)
        h("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20260114.001-g3a29173c")
        for x in spec.get("extra", []):
            H.append(x)
        H.append(None)
    elif prog == "webform":
        h("Date", date_local)
        h("From", from_v)
        h("Reply-To", mailbox(*spec["reply_to"]))
        h("To", to_v)
        h("Subject", subj_v)
        h("Message-ID", msgid)
        h("X-Mailer", "AE-WebForms/4.2 (contact-us)")
        h("X-Form-Id", "contact-us-v7")
        h("MIME-Version", "1.0")
        H.append(None)
    else:
        raise ValueError(prog)
    return {"env_from": pv["env_from"] if not spec.get("env_from") else spec["env_from"],
            "peer": pv["peer"], "tls": pv["tls"], "auth": pv["auth"], "headers": pv["top"] + H,
            "top": top, "msgid": msgid}
