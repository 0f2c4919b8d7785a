"""How each person's mail program and provider writes a message (headers, quoting, MIME)."""
from engine import (CDT, PDT, UTC, EDT, B36, B64, HEX, UHEX, DIG, tok, rfcdate, sec, epoch, uuid_like,
                    envelope, auth_pass, text_part, multipart, assemble, binary_part, wrap, quote_gt,
                    esc, html_lines, html_paras, hdr_name, hdr_subject, needs_enc, fake_b64)


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- quoting styles

def attr_gmail(o):
    d = o.dt.astimezone(CDT)
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)} {o.from_name} <{o.from_addr}> wrote:"


def attr_iphone(o):
    d = o.dt.astimezone(CDT)
    return f"On {d:%b} {d.day}, {d.year}, at {ampm(d)}, {o.from_name} <{o.from_addr}> wrote:"


def attr_apple(o):
    d = o.dt.astimezone(CDT)
    return f"On {d:%b} {d.day}, {d.year}, at {d:%H:%M}, {o.from_name} <{o.from_addr}> wrote:"


def attr_tbird(o):
    d = o.dt.astimezone(CDT)
    return f"On {d.month}/{d.day}/{d:%y} {ampm(d)}, {o.from_name} wrote:"


def attr_yahoo(o):
    d = o.dt.astimezone(CDT)
    return (f"On {d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S} {'AM' if d.hour < 12 else 'PM'} CDT, "
            f"{o.from_name} <{o.from_addr}> wrote:")


def outlook_block(o, to_display, lang="en"):
    d = o.dt.astimezone(CDT)
    if lang == "es":
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]
        sent = f"{dias[d.weekday()]}, {d.day} de {meses[d.month - 1]} de {d.year} {d:%H:%M}"
        return [f"De: {o.from_name} <{o.from_addr}>", f"Enviado: {sent}", f"Para: {to_display}",
                f"Asunto: {o.subject}"]
    sent = f"{d:%A}, {d:%B} {d.day}, {d.year} {ampm(d)}"
    return [f"From: {o.from_name} <{o.from_addr}>", f"Sent: {sent}", f"To: {to_display}",
            f"Subject: {o.subject}"]


def samsung_block(o, to_addr):
    d = o.dt.astimezone(CDT)
    return ["-------- Original message --------",
            f"From: {o.from_name} <{o.from_addr}> ",
            f"Date: {d.month}/{d.day}/{d:%y} {ampm(d)} (GMT-06:00) ",
            f"To: {to_addr} ",
            f"Subject: {o.subject} "]


def gmail_fwd_block(o, to_addr):
    d = o.dt.astimezone(CDT)
    return ["---------- Forwarded message ---------",
            f"From: {o.from_name} <{o.from_addr}>",
            f"Date: {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)}",
            f"Subject: {o.subject}",
            f"To: <{to_addr}>"]


# ---------------------------------------------------------------- routes (provider hops)

def google_hops(m, dt):
    host = f"mail-{tok(m['key'] + 'gh', 2, 'abcdefghijklmnopqrstuvwxyz')}1-f{100 + int(tok(m['key'] + 'gn', 2, DIG))}.google.com"
    ip = f"209.85.{128 + int(tok(m['key'] + 'gi', 2, DIG)) % 100}.{int(tok(m['key'] + 'gj', 2, DIG)) + 100}"
    hops = [
        f"Received: by {host} with SMTP id {tok(m['key'] + 'gs', 10, HEX)}-{tok(m['key'] + 'gt', 13, B36)}.2\n"
        f"        for <{m['box']}@alliant-energy.com>; {rfcdate(sec(dt, 1), PDT, 'PDT')}",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
        f"        d=gmail.com; s=20230601; t={epoch(dt)}; x={epoch(dt) + 604800}; darn=alliant-energy.com;\n"
        "        h=to:subject:message-id:date:from:in-reply-to:references\n"
        "         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={fake_b64(m['key'] + 'bh', 43)}=;\n"
        f"        b={fake_b64(m['key'] + 'b1', 70)}\n"
        f"         {fake_b64(m['key'] + 'b2', 70)}\n"
        f"         {fake_b64(m['key'] + 'b3', 60)}==",
        f"X-Gm-Message-State: AOJu0Y{fake_b64(m['key'] + 'gms', 58)}\n"
        f"\t{fake_b64(m['key'] + 'gms2', 40)}",
        f"X-Google-Smtp-Source: AGHT+IE{fake_b64(m['key'] + 'gss', 60)}==",
        f"X-Received: by 2002:a05:{tok(m['key'] + 'xr', 4, HEX)}:{tok(m['key'] + 'xr2', 3, HEX)}:b0:4a9:"
        f"{tok(m['key'] + 'xr3', 4, HEX)}:{tok(m['key'] + 'xr4', 4, HEX)} with SMTP id\n"
        f" {tok(m['key'] + 'xr5', 10, HEX)}-{tok(m['key'] + 'xr6', 13, B36)}.2.{int(tok(m['key'], 1, DIG)) + 1}; "
        f"{rfcdate(dt, PDT, 'PDT')}",
    ]
    return host, host, ip, hops


def icloud_hops(m, dt):
    n = int(tok(m['key'] + 'ic', 2, DIG))
    host = f"p-east2-cluster{n % 6 + 1}-host{n % 9 + 1}-snip4-{n % 10 + 1}.eps.apple.com"
    ip = f"57.103.{76 + n % 12}.{n + 40}"
    hops = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai; "
        f"t={epoch(dt)};\n\tbh={fake_b64(m['key'] + 'ibh', 43)}=;\n"
        "\th=Content-Type:From:Mime-Version:Date:Subject:Message-Id:To;\n"
        f"\tb={fake_b64(m['key'] + 'ib1', 70)}\n\t {fake_b64(m['key'] + 'ib2', 70)}\n"
        f"\t {fake_b64(m['key'] + 'ib3', 50)}==",
        f"Received: from smtpclient.apple (st43p00im-ztfb10073301.me.com [17.58.63.{170 + n % 20}])\n"
        f"\tby p00-icloudmta-asmtp-us-east-2d-100-percent-{n % 12}.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-east-2d.k8s.cloud.apple.com (Postfix) with ESMTPSA id {tok(m['key'] + 'iq', 12, UHEX)}\n"
        f"\tfor <{m['box']}@alliant-energy.com>; {rfcdate(dt, UTC, 'UTC')}",
    ]
    return host, host, ip, hops


def yahoo_hops(m, dt, domain="yahoo.com"):
    n = int(tok(m['key'] + 'yh', 3, DIG))
    host = f"sonic{300 + n % 30}-{n % 50}.consmr.mail.ne1.yahoo.com"
    ip = f"66.163.{184 + n % 8}.{n % 250 + 3}"
    hops = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=s2048; "
        f"t={epoch(dt)}; bh={fake_b64(m['key'] + 'ybh', 43)}=;\n"
        "\th=Date:From:To:Subject:References:From:Subject:Reply-To;\n"
        f"\tb={fake_b64(m['key'] + 'yb1', 70)}\n\t{fake_b64(m['key'] + 'yb2', 70)}\n"
        f"\t{fake_b64(m['key'] + 'yb3', 60)}==",
        f"X-YMail-OSG: {tok(m['key'] + 'osg', 60, B64[:64].replace('+', '.').replace('/', '_'))}\n"
        f" {tok(m['key'] + 'osg2', 70, B64[:64].replace('+', '.').replace('/', '_'))}",
        f"X-Sonic-MF: <{m['addr']}>",
        f"X-Sonic-ID: {uuid_like(m['key'] + 'sid', False)}",
        f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{300 + n % 30}-{n % 50}.consmr.mail.ne1.yahoo.com with HTTP; "
        f"{rfcdate(dt, UTC)}",
    ]
    return host, host, ip, hops


def msft_hops(m, dt, domain, consumer=True):
    n = int(tok(m['key'] + 'mh', 3, DIG))
    if consumer:
        host = f"mail-{'dm6' if n % 2 else 'bn8'}nam12olkn20{n % 90 + 10}.outbound.protection.outlook.com"
        ip = f"40.92.{20 + n % 40}.{n % 200 + 10}"
        tenant = "namprd12"
    else:
        host = f"mail-{'co1' if n % 2 else 'ch2'}nam11on20{n % 90 + 10}.outbound.protection.outlook.com"
        ip = f"40.107.{200 + n % 40}.{n % 200 + 10}"
        tenant = "namprd11"
    box = f"{'SA1' if n % 3 else 'PH0'}PR{n % 20 + 10}MB{4000 + n}"
    hops = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
        f" b={fake_b64(m['key'] + 'arc', 70)}\n {fake_b64(m['key'] + 'arc2', 60)}==",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + ";\n"
        " s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={fake_b64(m['key'] + 'mbh', 43)}=;\n b={fake_b64(m['key'] + 'mb1', 70)}\n"
        f" {fake_b64(m['key'] + 'mb2', 64)}==",
        f"Received: from {box}.{tenant}.prod.outlook.com (2603:10b6:806:{tok(m['key'] + 'v6', 3, HEX)}::{n % 20})\n"
        f" by {host.split('.')[0].upper()}.mail.protection.outlook.com with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8800 + n % 90}.{n % 40};\n"
        f" {rfcdate(dt, UTC, pad=False)}",
    ]
    return host, host, ip, hops, box, tenant


def isp_hops(m, dt, domain, helo, ip, agent_hop=None):
    hops = [
        f"Received: from [{agent_hop or '192.168.1.' + str(20 + int(tok(m['key'] + 'lan', 2, DIG)))}] "
        f"(unknown [{m.get('client_ip', '72.21.' + str(int(tok(m['key'] + 'cip', 2, DIG)) + 100) + '.' + str(int(tok(m['key'] + 'cip2', 2, DIG)) + 10))}])\n"
        f"\t(Authenticated sender: {m['addr']})\n\tby {helo} (Postfix) with ESMTPSA id {tok(m['key'] + 'ispq', 10, UHEX)}\n"
        f"\tfor <{m['box']}@alliant-energy.com>; {rfcdate(dt, CDT, 'CDT')}",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=default;\n"
        f"\tt={epoch(dt)}; bh={fake_b64(m['key'] + 'ibh2', 43)}=;\n"
        "\th=Date:From:To:Subject:From;\n"
        f"\tb={fake_b64(m['key'] + 'isb1', 70)}\n\t {fake_b64(m['key'] + 'isb2', 40)}=",
    ]
    return helo, helo, ip, hops


# ---------------------------------------------------------------- person messages

ISP = {
    # domain: (helo/rdns, ip)
    "mchsi.com": ("smtp-out02.mchsi.com", "68.66.94.23"),
    "tds.net": ("mail-out3.tds.net", "206.52.65.18"),
    "charter.net": ("mta-out-05.charter.net", "47.43.20.31"),
    "netins.net": ("smtp.netins.net", "167.142.225.9"),
    "windstream.net": ("smtp1.windstream.net", "162.39.146.22"),
    "southslope.net": ("mail.southslope.net", "207.177.120.14"),
    "frontier.com": ("smtp.frontier.com", "74.40.13.67"),
}


def msgid(m, style):
    k = m["key"]
    dom = m["addr"].split("@")[1]
    if style == "gmail":
        return f"<CA{tok(k + 'm1', 2, 'BDFHJKLMNP')}{tok(k + 'm2', 40, B64[:62])}@mail.gmail.com>"
    if style == "iphone":
        return f"<{uuid_like(k + 'mi')}@{dom}>"
    if style == "apple":
        return f"<{uuid_like(k + 'ma')}@{dom}>"
    if style == "yahoo":
        return f"<{int(tok(k + 'y1', 9, DIG)) + 1000000000}.{tok(k + 'y2', 7, DIG)}.{epoch(m['dt'])}{tok(k + 'y3', 3, DIG)}@mail.yahoo.com>"
    if style == "outlook16":
        return f"<00{tok(k + 'o1', 2, HEX)}01dc{tok(k + 'o2', 4, HEX)}${tok(k + 'o3', 8, HEX)}${tok(k + 'o4', 8, HEX)}$@{dom}>"
    if style == "tbird":
        return f"<{uuid_like(k + 'mt', False)}@{dom}>"
    if style == "roundcube":
        return f"<{tok(k + 'rc', 32, HEX)}@{dom}>"
    if style == "samsung":
        return f"<{tok(k + 'ss', 10, B36)}-{tok(k + 'ss2', 8, B36)}@email.android.com>"
    if style == "vtext":
        return f"<{tok(k + 'vt', 14, DIG)}.JavaMail.root@{dom}>"
    raise ValueError(style)


def refs(m):
    o = m.get("orig")
    if not o or m.get("fwd"):
        return []
    r = [f"References: {o.mid}", f"In-Reply-To: {o.mid}"]
    return r


def subj(m):
    if "subject" in m:
        return m["subject"]
    o = m.get("orig")
    if o is None:
        return ""
    if m.get("fwd"):
        return "Fwd: " + o.subject
    return "Re: " + o.subject


def to_hdr(m, quoted=False):
    if "to" in m:
        return m["to"]
    o = m.get("orig")
    if o and not m.get("fwd"):
        if o.reply_to:
            return o.reply_to
        return hdr_name(o.from_name, o.from_addr, quote=quoted)
    return f"{m['box']}@alliant-energy.com"


def compose_plain(m, style):
    """new text + quote, per the program's style."""
    new = m["text"].rstrip("\n")
    o = m.get("orig")
    sig = m.get("sig_auto")
    if sig:
        new = new + "\n\n" + sig
    if not o or m.get("noquote"):
        return new + "\n"
    ot = o.text
    me = m["addr"]
    if m.get("fwd"):
        return new + "\n\n" + "\n".join(gmail_fwd_block(o, me)) + "\n\n\n" + ot + "\n"
    if style == "gmail":
        return new + "\n\n" + attr_gmail(o) + "\n\n" + quote_gt(ot) + "\n"
    if style == "iphone":
        return new + "\n\n" + quote_gt(attr_iphone(o) + "\n\n" + ot) + "\n"
    if style == "apple":
        return new + "\n\n" + quote_gt(attr_apple(o) + "\n\n" + ot) + "\n"
    if style == "tbird":
        return new + "\n\n" + attr_tbird(o) + "\n" + quote_gt(ot) + "\n"
    if style in ("outlook16", "outlookcom"):
        blk = outlook_block(o, m.get("to_display", f"{m['name']} <{me}>" if m.get("name") else me),
                            m.get("lang", "en") if m.get("outlook_es") else "en")
        sep = "-----Original Message-----" if style == "outlook16" and m.get("orig_msg_sep") else "_" * 32
        return new + "\n\n" + sep + "\n" + "\n".join(blk) + "\n\n" + ot + "\n"
    if style == "yahoo":
        return new + "\n\n\n" + attr_yahoo(o) + "\n\n\n" + ot + "\n"
    if style == "samsung":
        return new + "\n\n\n" + "\n".join(samsung_block(o, me)) + "\n\n" + ot + "\n"
    if style == "roundcube":
        d = o.dt.astimezone(CDT)
        return new + "\n\n" + f"On {d:%Y-%m-%d} {d:%H:%M}, {o.from_name} wrote:\n" + quote_gt(ot) + "\n"
    raise ValueError(style)


def compose_html(m, style):
    new = m["text"].rstrip("\n")
    o = m.get("orig")
    sig = m.get("sig_auto")
    me = m["addr"]
    q = ""
    if style == "gmail":
        body = "<br>".join(esc(l) for l in new.split("\n"))
        if sig:
            body += "<br><br>" + esc(sig)
        if o and m.get("fwd"):
            blk = "<br>".join(esc(l) for l in gmail_fwd_block(o, me))
            q = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{blk}<br></div>'
                 f'<br><br>{html_paras(o.text)}</div>')
        elif o and not m.get("noquote"):
            q = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr_gmail(o))}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 f'{html_paras(o.text)}</blockquote></div>')
        return f'<div dir="ltr">{body}</div>{q}\n'
    if style in ("outlook16", "outlookcom"):
        paras = "\n".join(
            (f'<p class="MsoNormal">{esc(l)}<o:p></o:p></p>' if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            if style == "outlook16" else
            (f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l else "<br>"}</div>')
            for l in new.split("\n"))
        if o and not m.get("noquote"):
            blk = outlook_block(o, m.get("to_display", f"{m['name']} <{me}>" if m.get("name") else me),
                                m.get("lang", "en") if m.get("outlook_es") else "en")
            blk_html = "<br>\n".join("<b>" + esc(b.split(": ", 1)[0]) + ":</b> " + esc(b.split(": ", 1)[1]) for b in blk)
            if style == "outlook16":
                q = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                     f'<p class="MsoNormal">{blk_html}<o:p></o:p></p></div></div>\n'
                     f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{html_paras(o.text)}')
            else:
                q = ('<hr style="display:inline-block;width:98%" tabindex="-1">'
                     f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{blk_html}</font>'
                     f'<div>&nbsp;</div></div>\n{html_paras(o.text)}')
        if style == "outlook16":
            return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset='
                    + m.get("charset", "us-ascii") + '"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                    '--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                    f'<div class=WordSection1>\n{paras}\n{q}\n</div></body></html>\n')
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + m.get("charset", "iso-8859-1") + '">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{paras}\n{q}\n</body>\n</html>\n')
    if style == "yahoo":
        body = "".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>' for l in new.split("\n"))
        if o and not m.get("noquote"):
            yid = tok(m["key"] + "ydp", 8, HEX)
            q = (f'<div><br></div><div id="ydp{yid}yahoo_quoted_{tok(m["key"] + "yq", 10, DIG)}" class="ydp{yid}yahoo_quoted">'
                 f'<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{esc(attr_yahoo(o))}</div><div><br></div><div><br></div><div>{html_paras(o.text)}</div></div></div>')
        return ('<html><head></head><body><div class="ydp' + tok(m["key"] + "ydp2", 8, HEX) + 'yahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + body + q + '</div></body></html>\n')
    if style == "samsung":
        body = "".join(f'<div dir="auto">{esc(l) if l else "<br>"}</div>' for l in new.split("\n"))
        if sig:
            body += f'<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{esc(sig)}</div></div>'
        if o and not m.get("noquote"):
            blk = "".join(f"<div>{esc(b.strip())}</div>" for b in samsung_block(o, me))
            q = (f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{blk}</div>'
                 f'{html_paras(o.text)}')
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + body + q + '</body></html>\n')
    if style == "apple":
        body = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new.split("\n"))
        if o and not m.get("noquote"):
            q = (f'<div><br><blockquote type="cite"><div>{esc(attr_apple(o))}</div><br class="Apple-interchange-newline">'
                 f'<div>{html_paras(o.text)}</div></blockquote></div>')
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + body + q + '</body></html>\n')
    if style == "aol":
        body = "".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>' for l in new.split("\n"))
        return ('<html><head></head><body><div class="aolmail-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:16px;">' + body + '</div></body></html>\n')
    raise ValueError(style)


def pick_cte(text, charset):
    if charset.lower() in ("us-ascii", "ascii") and not needs_enc(text) and max(len(l) for l in text.split("\n")) <= 76:
        return "7bit"
    return "quoted-printable"


def body_for(m, style, default_fmt):
    fmt = m.get("fmt", default_fmt)
    cs = m.get("charset", "utf-8")
    plain = compose_plain(m, style) if fmt != "html" else None
    parts = []
    if fmt in ("alt", "plain"):
        cte = m.get("cte") or pick_cte(plain, cs)
        if cte == "7bit" and needs_enc(plain):
            cte = "quoted-printable"
        if style == "samsung":
            cte = "base64"
        parts.append(text_part(plain, "plain", cs, cte, quote_charset=style not in ("iphone", "apple", "samsung"),
                               ct_extra=m.get("ct_extra", "")))
    if fmt in ("alt", "html"):
        h = compose_html(m, style)
        hcte = "base64" if style == "samsung" else m.get("html_cte", "quoted-printable")
        parts.append(text_part(h, "html", m.get("html_charset", cs), hcte,
                               quote_charset=style not in ("iphone", "apple", "samsung")))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = multipart("alternative", boundary(m, style), parts)
    if m.get("attach"):
        atts = [binary_part(data, ctype, fn) for fn, ctype, data in m["attach"]]
        body = multipart("mixed", boundary(m, style, "mix"), [body] + atts)
    return body


def boundary(m, style, extra=""):
    k = m["key"] + extra
    if style == "gmail":
        return "000000000000" + tok(k + "bd", 16, HEX)
    if style in ("apple", "iphone"):
        return "Apple-Mail=_" + uuid_like(k + "bd")
    if style == "yahoo" or style == "aol":
        return f"----=_Part_{tok(k + 'bd', 7, DIG)}_{tok(k + 'bd2', 9, DIG)}.{epoch(m['dt'])}{tok(k, 3, DIG)}"
    if style == "outlook16":
        return f"----=_NextPart_000_{tok(k + 'bd', 4, UHEX)}_01DC{tok(k + 'bd2', 4, UHEX)}.{tok(k + 'bd3', 8, UHEX)}"
    if style == "outlookcom":
        return f"_000_{m['_mbox']}{tok(k + 'bd', 20, UHEX)}{m['_mbox']}namp_"
    if style == "samsung":
        return f"--_com.samsung.android.email_{tok(k + 'bd', 15, DIG)}"
    if style == "tbird":
        return "------------" + tok(k + "bd", 24, B36[:26].upper() + DIG + B36[:26])
    return "=_" + tok(k + "bd", 32, HEX)


def auth_for(domain, m, dt):
    return auth_pass(domain, m["addr"], m["key"])


def render(m):
    """Build the raw bytes of a person's message from its program profile."""
    prog = m["prog"]
    dt = m["dt"]
    box = m["box"]
    addr = m["addr"]
    dom = addr.split("@")[1]
    name = m.get("name_hdr", m.get("name"))
    if prog == "outlookcom":
        m.setdefault("hdr_charset", "iso-8859-1")
        m.setdefault("hdr_enc", "Q")
    frm = hdr_name(name, addr, m.get("hdr_charset", "utf-8"), m.get("hdr_enc", "B"))
    subject = hdr_subject(subj(m), m.get("hdr_charset", "utf-8"))
    key = m["key"]
    extra = m.get("extra_headers", [])
    rt = [f"Reply-To: {m['reply_to']}"] if m.get("reply_to") else []
    cc = [f"Cc: {m['cc']}"] if m.get("cc") else []
    mx = "mx2" if int(tok(key + "mx", 1, DIG)) % 2 else "mx1"

    if prog in ("gmail", "gmail-android"):
        helo, rdns, ip, hops = google_hops(m, dt)
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for("gmail.com", m, dt), key, mx)
        m.setdefault("charset", "UTF-8")
        body = body_for(m, "gmail", "alt")
        mv = "MIME-Version: 1.0"
        # Gmail puts MIME-Version first among the message headers, Content-Type last
        hdr = env + hops + [mv] + refs(m) + [f"From: {frm}", f"Date: {rfcdate(sec(dt, -2), CDT)}",
                                              f"Message-ID: {msgid(m, 'gmail')}", f"Subject: {subject}",
                                              f"To: {to_hdr(m)}"] + cc + rt + extra + ["@MIME"]
        return assemble(hdr, body, mime_version=None)

    if prog.startswith("iphone") or prog == "ipad":
        route = m.get("route", "icloud")
        if route == "icloud":
            helo, rdns, ip, hops = icloud_hops(m, dt)
            auth = auth_for(dom, m, dt)
        elif route == "gmail":
            helo, rdns, ip, hops = google_hops(m, dt)
            auth = auth_for("gmail.com", m, dt)
        elif route == "yahoo":
            helo, rdns, ip, hops = yahoo_hops(m, dt, dom)
            hops = [h for h in hops if not h.startswith("Received: from sonic.gate")]
            auth = auth_for(dom, m, dt)
        else:
            helo, ip = ISP[dom]
            helo, rdns, ip, hops = isp_hops(m, dt, dom, helo, ip)
            auth = auth_for(dom, m, dt)
        env = envelope(box, addr, dt, helo, rdns, ip, auth, key, mx)
        body = body_for(m, "iphone", "plain")
        xm = "iPad Mail (22F76)" if prog == "ipad" else m.get("xmailer", "iPhone Mail (22F76)")
        hdr = env + hops + ["@MIME", f"From: {frm}", "Mime-Version: 1.0 (1.0)", f"Date: {rfcdate(sec(dt, -3), CDT)}",
                            f"Subject: {subject}", f"Message-Id: {msgid(m, 'iphone')}"] + refs(m) + cc + rt + \
            [f"To: {to_hdr(m)}", f"X-Mailer: {xm}"] + extra
        return assemble(hdr, body, mime_version=None)

    if prog == "applemail":
        helo, rdns, ip, hops = icloud_hops(m, dt)
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for(dom, m, dt), key, mx)
        body = body_for(m, "apple", "alt")
        hdr = env + hops + ["@MIME", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
                            f"Subject: {subject}", f"From: {frm}"] + \
            ([f"In-Reply-To: {m['orig'].mid}"] if m.get("orig") and not m.get("fwd") else []) + \
            [f"Date: {rfcdate(sec(dt, -4), CDT)}"] + cc + rt + \
            [f"Message-Id: {msgid(m, 'apple')}"] + \
            ([f"References: {m['orig'].mid}"] if m.get("orig") and not m.get("fwd") else []) + \
            [f"To: {to_hdr(m)}", "X-Mailer: Apple Mail (2.3826.600.51.1.1)"] + extra
        return assemble(hdr, body, mime_version=None)

    if prog in ("yahoo", "yahoo-android", "aol"):
        d = "aol.com" if prog == "aol" else dom
        helo, rdns, ip, hops = yahoo_hops(m, dt, d)
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for(d, m, dt), key, mx)
        style = "aol" if prog == "aol" else "yahoo"
        body = body_for(m, style, "html" if prog == "aol" else "alt")
        xm = {"yahoo": "WebService/1.1.24187 YMailNorrin",
              "yahoo-android": "WebService/1.1.24187 YahooMailAndroidMobile",
              "aol": "WebService/1.1.24187 AolMailNorrin"}[prog]
        hdr = env + hops + [f"Date: {rfcdate(sec(dt, -1), UTC, 'UTC')}", f"From: {frm}",
                            f"To: {to_hdr(m, quoted=True)}"] + cc + rt + \
            [f"Message-ID: {msgid(m, 'yahoo')}"] + refs(m)[1:] + refs(m)[:1] + \
            [f"Subject: {subject}", "@MIME", f"X-Mailer: {xm}"] + extra
        return assemble(hdr, body)

    if prog in ("outlookcom", "outlook-m365", "outlook16-m365"):
        consumer = prog == "outlookcom"
        helo, rdns, ip, hops, mbox, tenant = msft_hops(m, dt, dom, consumer)
        m["_mbox"] = mbox
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for(dom, m, dt), key, mx)
        style = "outlook16" if prog == "outlook16-m365" else "outlookcom"
        if style == "outlookcom":
            m.setdefault("charset", "iso-8859-1")
        body = body_for(m, style, "alt")
        mid = f"<{mbox}{tok(key + 'mid', 24, UHEX)}@{mbox}.{tenant}.prod.outlook.com>"
        if style == "outlook16":
            mid = msgid(m, "outlook16")
        topic = subj(m)
        for p in ("Re: ", "RE: ", "Fwd: ", "FW: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hdr = env + hops + [f"From: {frm}", f"To: {to_hdr(m, quoted=True)}"] + cc + rt + \
            [f"Subject: {subject}", f"Thread-Topic: {hdr_subject(topic)}",
             f"Thread-Index: AQH{fake_b64(key + 'ti', 30)}==", f"Date: {rfcdate(sec(dt, -2), UTC, pad=False)}",
             f"Message-ID: {mid}"] + refs(m) + \
            ["Accept-Language: en-US", f"Content-Language: {m.get('content_language', 'en-US')}",
             "X-MS-Has-Attach:" + (" yes" if m.get("attach") else ""), "X-MS-TNEF-Correlator:",
             "msip_labels:", "x-ms-exchange-messagesentrepresentingtype: 1"] + \
            (["X-Mailer: Microsoft Outlook 16.0"] if style == "outlook16" else []) + extra + ["@MIME"]
        return assemble(hdr, body, mime_version="MIME-Version: 1.0")

    if prog == "outlook16":
        helo, ip = ISP.get(dom, (m.get("helo"), m.get("ip")))
        helo, rdns, ip, hops = isp_hops(m, dt, dom, helo, ip)
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for(dom, m, dt), key, mx)
        m.setdefault("charset", "us-ascii")
        body = body_for(m, "outlook16", "alt")
        hdr = env + hops + [f"From: {frm}", f"To: {to_hdr(m, quoted=True)}"] + cc + rt + refs(m) + \
            [f"Subject: {subject}", f"Date: {rfcdate(sec(dt, -5), CDT)}", f"Message-ID: {msgid(m, 'outlook16')}",
             "@MIME", "X-Mailer: Microsoft Outlook 16.0",
             f"Thread-Index: AQH{fake_b64(key + 'ti', 26)}", f"Content-Language: {m.get('content_language', 'en-us')}"] + extra
        return assemble(hdr, body)

    if prog in ("thunderbird", "roundcube"):
        helo, ip = ISP[dom]
        helo, rdns, ip, hops = isp_hops(m, dt, dom, helo, ip)
        env = envelope(box, addr, dt, helo, rdns, ip, auth_for(dom, m, dt), key, mx)
        style = "tbird" if prog == "thunderbird" else "roundcube"
        m.setdefault("fmt", "plain")
        m.setdefault("ct_extra", "; format=flowed")
        cs = m.get("charset", "UTF-8" if prog == "thunderbird" else "US-ASCII")
        m["charset"] = cs
        plain = compose_plain(m, style)
        cte = "8bit" if needs_enc(plain) else "7bit"
        m.setdefault("cte", cte)
        body = body_for(m, style, "plain")
        body.headers[0] = body.headers[0].replace(f'charset="{cs}"', f"charset={cs}")
        if prog == "thunderbird":
            hdr = env + hops + [f"Message-ID: {msgid(m, 'tbird')}", f"Date: {rfcdate(sec(dt, -3), CDT, pad=False)}",
                                "MIME-Version: 1.0",
                                "User-Agent: Mozilla Thunderbird" if m.get("tb_short") else
                                "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
                                f"Subject: {subject}", f"Content-Language: {m.get('content_language', 'en-US')}",
                                f"To: {to_hdr(m)}"] + cc + refs(m)[:1] + [f"From: {frm}"] + rt + refs(m)[1:] + extra + ["@MIME"]
        else:
            hdr = env + hops + ["MIME-Version: 1.0", f"Date: {rfcdate(sec(dt, -3), CDT)}", f"From: {frm}",
                                f"To: {to_hdr(m)}"] + cc + rt + [f"Subject: {subject}"] + refs(m)[1:] + refs(m)[:1] + \
                [f"Message-ID: {msgid(m, 'roundcube')}", f"X-Sender: {addr}",
                 "User-Agent: Roundcube Webmail/1.6.9"] + extra + ["@MIME"]
        return assemble(hdr, body, mime_version=None)

    if prog == "samsung":
        route = m.get("route", "charter")
        if route == "gmail":
            helo, rdns, ip, hops = google_hops(m, dt)
            auth = auth_for("gmail.com", m, dt)
        else:
            helo, ip = ISP[dom]
            helo, rdns, ip, hops = isp_hops(m, dt, dom, helo, ip)
            auth = auth_for(dom, m, dt)
        env = envelope(box, addr, dt, helo, rdns, ip, auth, key, mx)
        m.setdefault("sig_auto", "Sent from my Galaxy")
        body = body_for(m, "samsung", "alt")
        hdr = env + hops + [f"Date: {rfcdate(sec(dt, -2), CDT)}", f"Subject: {subject}"] + refs(m) + \
            [f"Importance: normal", f"From: {frm}", f"To: {to_hdr(m)}"] + cc + rt + \
            [f"Message-ID: {msgid(m, 'samsung')}", "MIME-Version: 1.0"] + extra + ["@MIME"]
        return assemble(hdr, body, mime_version=None)

    if prog in ("vtext", "tmomail"):
        n = int(tok(key + "vt", 2, DIG))
        if prog == "vtext":
            helo, rdns, ip = (f"omp-ms-{n % 8 + 1}.vtext.com", f"omp-ms-{n % 8 + 1}.vtext.com", f"69.78.67.{n + 20}")
            auth = ("dkim=none (message not signed);\n\tdmarc=none header.from=vtext.com;\n"
                    f"\tspf=pass smtp.mailfrom={addr}")
        else:
            helo, rdns, ip = (f"mms-gw{n % 4 + 1}.tmomail.net", f"mms-gw{n % 4 + 1}.tmomail.net", f"208.54.{n + 1}.{n + 9}")
            auth = ("dkim=none (message not signed);\n\tdmarc=none header.from=tmomail.net;\n"
                    f"\tspf=pass smtp.mailfrom={addr}")
        env = envelope(box, addr, dt, helo, rdns, ip, auth, key, mx)
        body = text_part(m["text"].rstrip("\n") + "\n", "plain", "UTF-8", "7bit", quote_charset=False)
        hdr = env + [f"Received: from localhost by {helo} with SMTP; {rfcdate(sec(dt, 1), EDT)}",
                     f"From: {addr}", f"To: {to_hdr(m)}"] + ([f"Subject: {subject}"] if subject else []) + [
                     f"Date: {rfcdate(dt, EDT)}", f"Message-ID: {msgid(m, 'vtext')}"] + extra + ["@MIME"]
        return assemble(hdr, body)

    raise ValueError(prog)
