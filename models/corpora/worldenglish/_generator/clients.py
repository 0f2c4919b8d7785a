"""Mail programs and sending providers for the people's messages. Each program function takes the
message spec (see people.py) and returns the provider + client header block and the MIME body, the way
that program lays them out. The words come from people.py; only the program's own furniture (footers,
quote attributions, HTML wrappers) is added here."""
from lib import (CDT, PDT, UTC, DAYS, LONGDAYS, MONS, LONGMONS, R, auth_pass, b64, dkim, esc, ew, flowed,
                 fmt_addr, is_ascii, multipart, part_lines, parse_dt, qp, qmail_date, ralnum, rb64, rfc_date,
                 rhex, ruuid, secs, text_part, ts, tz, needs_qp)

SP_DAYS = ["lun", "mar", "mi\u00e9", "jue", "vie", "s\u00e1b", "dom"]
SP_LONGDAYS = ["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"]
SP_MONS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
SP_LONGMONS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
               "octubre", "noviembre", "diciembre"]


def h12(d, nnbsp=False):
    hr = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    sep = "\u202f" if nnbsp else " "
    return f"{hr}:{d.minute:02d}{sep}{ampm}"


def qdate(q, zone):
    return parse_dt(q["at"]).astimezone(zone)


# ----------------------------------------------------------------------------------------------------
# quote styles: each returns (plain_text_block, html_block)
def q_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def html_paras(text, wrap_line=lambda l: l + "<br>", blank="<br>"):
    out = []
    for l in text.split("\n"):
        out.append(blank if not l else wrap_line(esc(l)))
    return "\n".join(out)


def quote_gmail(q, zone, ui="en"):
    d = qdate(q, zone)
    if ui == "es":
        attr = (f"El {SP_DAYS[d.weekday()]}, {d.day} {SP_MONS[d.month - 1]} {d.year} a las {d:%H:%M}, "
                f"{q['from_name']} (<{q['from_addr']}>) escribi\u00f3:")
        attr_h = (f"El {SP_DAYS[d.weekday()]}, {d.day} {SP_MONS[d.month - 1]} {d.year} a las {d:%H:%M}, "
                  f"{esc(q['from_name'])} (&lt;<a href=\"mailto:{q['from_addr']}\">{q['from_addr']}</a>&gt;) escribi\u00f3:")
    else:
        attr = (f"On {DAYS[d.weekday()]}, {MONS[d.month - 1]} {d.day}, {d.year} at {h12(d)} "
                f"{q['from_name']} <{q['from_addr']}> wrote:")
        attr_h = (f"On {DAYS[d.weekday()]}, {MONS[d.month - 1]} {d.day}, {d.year} at {h12(d)} "
                  f"{esc(q['from_name'])} &lt;<a href=\"mailto:{q['from_addr']}\">{q['from_addr']}</a>&gt; wrote:")
    plain = f"{attr}\n\n{q_lines(q['text'])}\n"
    htm = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           f'{attr_h}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + html_paras(q["text"]) + "</blockquote></div>")
    return plain, htm


def quote_iphone(q, zone, ui="en"):
    d = qdate(q, zone)
    if ui == "es":
        ampm = "a.\u00a0m." if d.hour < 12 else "p.\u00a0m."
        attr = (f"El {d.day} {SP_MONS[d.month - 1]} {d.year}, a las {d.hour % 12 or 12}:{d.minute:02d}\u202f{ampm}, "
                f"{q['from_name']} <{q['from_addr']}> escribi\u00f3:")
    else:
        attr = f"On {MONS[d.month - 1]} {d.day}, {d.year}, at {h12(d, nnbsp=True)}, {q['from_name']} <{q['from_addr']}> wrote:"
    return f"> {attr}\n> \n{q_lines(q['text'])}\n"


def quote_outlook_web(q, zone, me, ui="en"):
    d = qdate(q, zone)
    if ui == "es":
        sent = (f"{SP_LONGDAYS[d.weekday()]}, {d.day} de {SP_LONGMONS[d.month - 1]} de {d.year} {d:%H:%M}")
        lab = ("De", "Enviado", "Para", "Asunto")
    else:
        sent = f"{LONGDAYS[d.weekday()]}, {LONGMONS[d.month - 1]} {d.day}, {d.year} {h12(d)}"
        lab = ("From", "Sent", "To", "Subject")
    plain = ("________________________________\n"
             f"{lab[0]}: {q['from_name']} <{q['from_addr']}>\n{lab[1]}: {sent}\n{lab[2]}: {me} <{me}>\n"
             f"{lab[3]}: {q['subject']}\n\n{q['text']}\n")
    htm = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           f"<b>{lab[0]}:</b> {esc(q['from_name'])} &lt;{q['from_addr']}&gt;<br>\n<b>{lab[1]}:</b> {sent}<br>\n"
           f"<b>{lab[2]}:</b> {me} &lt;{me}&gt;<br>\n<b>{lab[3]}:</b> {esc(q['subject'])}</font>\n<div>&nbsp;</div>\n</div>\n"
           "<div>\n" + html_paras(q["text"]) + "\n</div>")
    return plain, htm


def quote_outlook_desktop(q, zone, me_name, me):
    d = qdate(q, zone)
    sent = f"{LONGDAYS[d.weekday()]}, {d.day} {LONGMONS[d.month - 1]} {d.year} {h12(d)}"
    plain = (f"From: {q['from_name']} <{q['from_addr']}> \nSent: {sent}\nTo: {me_name} <{me}>\n"
             f"Subject: {q['subject']}\n\n{q['text']}\n")
    htm = ('<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
           f"<p class=MsoNormal><b>From:</b> {esc(q['from_name'])} &lt;{q['from_addr']}&gt; <br>"
           f"<b>Sent:</b> {sent}<br><b>To:</b> {esc(me_name)} &lt;{me}&gt;<br>"
           f"<b>Subject:</b> {esc(q['subject'])}<o:p></o:p></p></div>"
           + "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>"
                     for l in q["text"].split("\n")))
    return plain, htm


def quote_yahoo(q, zone):
    d = qdate(q, zone)
    attr = (f"On {LONGDAYS[d.weekday()]}, {LONGMONS[d.month - 1]} {d.day}, {d.year} at "
            f"{d.hour % 12 or 12:02d}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'} CDT, "
            f"{q['from_name']} <{q['from_addr']}> wrote:")
    plain = f"    {attr}  \n \n {q['text']}\n"
    htm = ('<div id="yahoo_quoted_0" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, '
           'sans-serif;font-size:13px;color:#26282a;"><div>' + esc(attr) + '</div><div><br></div><div><br></div>'
           '<div><div dir="ltr">' + html_paras(q["text"]) + "</div></div></div></div>")
    return plain, htm


def quote_samsung(q, zone, me):
    d = qdate(q, zone)
    plain = ("-------- Original message --------\n"
             f"From: {q['from_name']} <{q['from_addr']}> \n"
             f"Date: {d.month}/{d.day}/{d.year % 100} {h12(d)} (GMT-05:00) \n"
             f"To: {me} \nSubject: {q['subject']} \n\n{q['text']}\n")
    htm = ("<div>-------- Original message --------</div>"
           f"<div>From: {esc(q['from_name'])} &lt;{q['from_addr']}&gt; </div>"
           f"<div>Date: {d.month}/{d.day}/{d.year % 100} {h12(d)} (GMT-05:00) </div><div>To: {me} </div>"
           f"<div>Subject: {esc(q['subject'])} </div><div><br></div>" + html_paras(q["text"]))
    return plain, htm


def quote_thunderbird(q, zone, style="us"):
    d = qdate(q, zone)
    if style == "gb":
        attr = f"On {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}, {q['from_name']} wrote:"
    else:
        attr = f"On {d.month}/{d.day}/{d.year % 100} {h12(d)}, {q['from_name']} wrote:"
    return f"{attr}\n{q_lines(q['text'])}\n"


# ----------------------------------------------------------------------------------------------------
# sending infrastructure
def infra_gmail(rng, addr, sent, reply, extra_received=None):
    n = rng.randint(41, 99)
    pre = rng.choice(["wm1", "ej1", "pj1", "qt1", "yw1", "il1", "oi1", "qk1", "vs1", "pf1"])
    host = f"mail-{pre}-f{n}.google.com"
    ip = f"209.85.{rng.choice([128, 160, 166, 208, 210, 214, 219, 221])}.{n}"
    t = ts(sent)
    hh = ("to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
          if reply else "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to")
    xh = ("x-gm-message-state:x-gm-gg:to:subject:message-id:date:from:in-reply-to:references:mime-version"
          ":x-gm-message-state:from:to:cc:subject:date:message-id:reply-to" if reply else
          "x-gm-message-state:x-gm-gg:to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to"
          ":cc:subject:date:message-id:reply-to")
    pdt = sent.astimezone(PDT)
    hdrs = [
        ("DKIM-Signature", dkim(rng, "gmail.com", "20230601", t, hh, x=t + 604800, extra=" darn=alliant-energy.com;")),
        ("X-Google-DKIM-Signature", dkim(rng, "1e100.net", "20230601", t, xh, x=t + 604800)),
        ("X-Gm-Message-State", "AOJu0Y" + ralnum(rng, 58)),
        ("X-Gm-Gg", "ASbGnc" + ralnum(rng, 70) + "\n\t" + ralnum(rng, 60)),
        ("X-Google-Smtp-Source", "AGHT+I" + ralnum(rng, 62) + "="),
        ("X-Received", f"by 2002:a05:{rhex(rng, 4)}:{rhex(rng, 3)}:b0:{rhex(rng, 3)}:{rhex(rng, 4)} with SMTP id "
                       f"{rhex(rng, 13)}mr{rng.randint(1000000, 99999999)}{rng.choice('abcdefghijklmnop')}"
                       f"{rhex(rng, 3)}.{rng.randint(10, 99)}.{t}{rng.randint(100, 999)};\n"
                       f"        {rfc_date(pdt, pad=True, comment='PDT')}"),
    ]
    if extra_received:
        hdrs.append(("Received", extra_received.format(pdt=rfc_date(secs(pdt, -1), pad=True, comment='PDT'))))
    auth = auth_pass("gmail.com", "20230601", rng, addr, ip)
    return host, ip, auth, hdrs


def infra_yahoo(rng, addr, sent, d="yahoo.com", sel="s2048"):
    dc = rng.choice(["ne1", "gq1", "bf2"])
    node = f"sonic{rng.randint(301, 322)}"
    host = f"{node}-{rng.randint(1, 60)}.consmr.mail.{dc}.yahoo.com"
    ip = f"66.163.{rng.choice([184, 185, 186, 187, 188, 190, 191])}.{rng.randint(10, 250)}"
    t = ts(sent)
    osg = "\n ".join(ralnum(rng, 76) for _ in range(6)) + "\n " + ralnum(rng, 20) + "--"
    hdrs = [
        ("DKIM-Signature", dkim(rng, d, sel, t, "Date:From:To:Subject:References:From:Subject:Reply-To")),
        ("X-SONIC-DKIM-SIGN", dkim(rng, "yahoo.com", "s2048", t, "X-Sonic-MF:Date:From:Subject:To:From:Subject")),
        ("X-YMail-OSG", osg),
        ("X-Sonic-MF", f"<{addr}>"),
        ("X-Sonic-ID", ruuid(rng, upper=False)),
        ("Received", f"from sonic.gate.mail.{dc}.yahoo.com by {node}.consmr.mail.{dc}.yahoo.com with HTTP; "
                     f"{rfc_date(secs(sent, -1).astimezone(UTC), pad=False)}"),
    ]
    auth = auth_pass(d, sel, rng, addr, ip, dmarc="pass (p=REJECT sp=REJECT dis=NONE)")
    return host, ip, auth, hdrs


def infra_outlook(rng, addr, sent, pod):
    d = addr.split("@")[1]
    host = (f"mail-{rng.choice(['dm6nam12', 'bn8nam12', 'co1nam11', 'mw2nam12', 'sn1nam02', 'bl2nam02'])}"
            f"olkn20{rng.randint(10, 99)}.outbound.protection.outlook.com")
    ip = f"40.92.{rng.randint(10, 99)}.{rng.randint(10, 250)}"
    t = ts(sent)
    u = sent.astimezone(UTC)
    peer = rng.choice(["DM4PR10MB", "CH0PR19MB", "BN0PR12MB", "SA1PR02MB"]) + str(rng.randint(1000, 9999))
    region = pod[:2].lower()
    hdrs = [
        ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + "\n ".join(
            rb64(rng, 256)[i:i + 76] for i in range(0, 344, 76))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
         "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=" + rb64(rng, 32)
         + ";\n b=" + "\n ".join(rb64(rng, 256)[i:i + 76] for i in range(0, 344, 76))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; none"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s=selector1;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh="
         + rb64(rng, 32) + ";\n b=" + "\n ".join(rb64(rng, 256)[i:i + 76] for i in range(0, 344, 76))),
        ("Received", f"from {pod}.namprd{pod[7:9].lower() if pod[7:9].isdigit() else '10'}.prod.outlook.com "
                     f"(2603:10b6:{rhex(rng, 3)}:{rhex(rng, 3)}::{rhex(rng, 2)}) by\n {peer}.namprd10.prod.outlook.com "
                     f"(2603:10b6:{rhex(rng, 3)}:{rhex(rng, 2)}::{rng.randint(5, 19)}) with Microsoft SMTP Server "
                     "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9031.21; "
                     f"{rfc_date(secs(u, 1), pad=False)}"),
        ("Received", f"from {pod}.namprd10.prod.outlook.com\n ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}]) by "
                     f"{pod}.namprd10.prod.outlook.com\n ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}%7]) with mapi id "
                     f"15.20.9031.017; {rfc_date(u, pad=False)}"),
    ]
    dm = "pass (p=NONE sp=QUARANTINE dis=NONE)"
    auth = auth_pass(d, "selector1", rng, addr, ip, dmarc=dm)
    return host, ip, auth, hdrs


def infra_icloud(rng, addr, sent, rcpt):
    n = rng.randint(10000000, 10099999)
    host = f"st43p00im-ztdg{n}.me.com"
    ip = f"17.58.63.{rng.randint(10, 250)}"
    d = "icloud.com" if addr.endswith("@icloud.com") else "me.com"
    t = ts(sent)
    hdrs = [
        ("DKIM-Signature", dkim(rng, d, "1a1hai", t, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From")),
        ("Received", f"from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                     f"\tby {host} (Postfix) with ESMTPSA id {rhex(rng, 11, True)};\n"
                     f"\t{rfc_date(sent.astimezone(UTC), pad=True, comment='UTC')}"),
    ]
    auth = auth_pass(d, "1a1hai", rng, addr, ip, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE)")
    return host, ip, auth, hdrs


def infra_isp(rng, addr, sent, relay_host, relay_ip, dkim_d, sel, recv):
    t = ts(sent)
    hdrs = []
    if dkim_d:
        hdrs.append(("DKIM-Signature", dkim(rng, dkim_d, sel, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")))
    hdrs.append(("Received", recv))
    if dkim_d:
        auth = auth_pass(dkim_d, sel, rng, addr, relay_ip, dmarc="pass (p=NONE dis=NONE)")
    else:
        auth = (f"dkim=none;\n\tspf=pass (@MX@: domain of {addr} designates {relay_ip} as permitted sender) "
                f"smtp.mailfrom={addr};\n\tdmarc=none (p=NONE dis=NONE) header.from={addr.split('@')[1]}")
    return relay_host, relay_ip, auth, hdrs


# ----------------------------------------------------------------------------------------------------
def to_header(m, style="plain"):
    """To: line. Replies go to the address the quoted mail came from (or its Reply-To)."""
    q = m.get("quote")
    mb = f"{m['mailbox']}@alliant-energy.com"
    if q:
        target = q.get("reply_to") or q["from_addr"]
        if q.get("reply_to"):
            return target if style != "quoted" else f'"{target}" <{target}>'
        return fmt_addr(q["from_name"], target)
    if style == "quoted":
        return f'"{mb}" <{mb}>'
    if style == "angle":
        return f"<{mb}>"
    return mb


def subject(m, re="Re: "):
    if m.get("subject") is not None:
        return m["subject"]
    return re + m["quote"]["subject"]


def zone_of(m):
    return parse_dt(m["at"]).tzinfo


def refs(m, rng):
    q = m.get("quote")
    if not q:
        return []
    return [("References", f"<{q['mid']}>"), ("In-Reply-To", f"<{q['mid']}>")]


def gmail_mid(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
    return "CA" + "".join(rng.choice(alphabet) for _ in range(rng.randint(44, 52))) + "@mail.gmail.com"


# ----------------------------------------------------------------------------------------------------
# programs
def prog_gmail(m, rng, android=False, samsung=False):
    sent = parse_dt(m["at"])
    q = m.get("quote")
    host, ip, auth, hdrs = infra_gmail(rng, m["addr"], sent, bool(q))
    text = m["body"]
    ui = m.get("ui", "en")
    plain = text
    dv = 'dir="auto"' if android else 'dir="ltr"'
    lines = text.split("\n")
    if android:
        inner = "".join((f'<div {dv}><br></div>' if not l else f'<div {dv}>{esc(l)}</div>') for l in lines)
        htm = f"<div {dv}>" + inner + "</div>"
    else:
        first, rest = lines[0], lines[1:]
        inner = esc(first) + "".join(("<div><br></div>" if not l else f"<div>{esc(l)}</div>") for l in rest)
        htm = f"<div {dv}>" + inner + "</div>"
    if q:
        qp_, qh = quote_gmail(q, zone_of(m), ui)
        plain = text + "\n\n" + qp_
        htm = htm + "\n" + qh
    htm += "\n"
    b = "000000000000" + rhex(rng, 16)
    lab, cte, pay = text_part(plain, "utf-8", label='"UTF-8"')
    parts = [part_lines(f'text/plain; charset="UTF-8"', None if cte == "7bit" else cte, pay)]
    hlab, hcte, hpay = text_part(htm, "utf-8", limit=76)
    parts.append(part_lines('text/html; charset="UTF-8"', None if hcte == "7bit" else hcte, hpay))
    body = multipart(b, parts)
    ch = [("MIME-Version", "1.0")]
    ch += refs(m, rng)
    ch += [("From", fmt_addr(m.get("name"), m["addr"])), ("Date", rfc_date(sent)),
           ("Message-ID", f"<{gmail_mid(rng)}>"), ("Subject", ew(subject(m))), ("To", to_header(m))]
    if m.get("reply_to"):
        ch.insert(len(ch) - 1, ("Reply-To", m["reply_to"]))
    ch.append(("Content-Type", f'multipart/alternative; boundary="{b}"'))
    return m["addr"], host, ip, auth, hdrs + ch, body


def prog_gmail_android(m, rng):
    return prog_gmail(m, rng, android=True)


def prog_gmail_unsub(m, rng):
    """Gmail's own 'Unsubscribe' button: a plain mail to the List-Unsubscribe mailto address."""
    sent = parse_dt(m["at"])
    host, ip, auth, hdrs = infra_gmail(rng, m["addr"], sent, False)
    b = "000000000000" + rhex(rng, 16)
    text = "This message was automatically generated by Gmail.\n"
    parts = [part_lines('text/plain; charset="UTF-8"', None, text),
             part_lines('text/html; charset="UTF-8"', None, "<p>This message was automatically generated by Gmail.</p>\n")]
    ch = [("MIME-Version", "1.0"), ("From", fmt_addr(m.get("name"), m["addr"])), ("Date", rfc_date(sent)),
          ("Message-ID", f"<{gmail_mid(rng)}>"), ("Subject", m["subject"]), ("To", m["unsub_to"]),
          ("Content-Type", f'multipart/alternative; boundary="{b}"')]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


def prog_samsung(m, rng):
    """Samsung Email with a Gmail account (sent through smtp.gmail.com)."""
    sent = parse_dt(m["at"])
    q = m.get("quote")
    recv = ("from [10.{a}.{b}.{c}] ([166.205.{d}.{e}])\n        by smtp.gmail.com with ESMTPSA id "
            "{f}.{g}.2027.08.{day:02d}.{hh}\n        for <{rcpt}>\n        (version=TLS1_3 "
            "cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {{pdt}}").format(
        a=rng.randint(1, 250), b=rng.randint(1, 250), c=rng.randint(1, 250), d=rng.randint(1, 250),
        e=rng.randint(1, 250), f=rhex(rng, 16), g=rng.randint(10, 99), day=sent.day, hh=sent.strftime("%H.%M.%S"),
        rcpt=f"{m['mailbox']}@alliant-energy.com")
    host, ip, auth, hdrs = infra_gmail(rng, m["addr"], sent, bool(q), extra_received=recv)
    text = m["body"] + "\n\n\n\nSent from my Galaxy\n"
    htm = "<div dir='auto'>" + "".join(("<div dir='auto'><br></div>" if not l else f"<div dir='auto'>{esc(l)}</div>")
                                        for l in m["body"].split("\n"))
    htm += "<div dir='auto'><br></div><div dir='auto'><br></div><div id='composer_signature' dir='auto'>" \
           "<div style='font-size:85%;color:#575757' dir='auto'>Sent from my Galaxy</div></div>"
    if q:
        qp_, qh = quote_samsung(q, zone_of(m), m["addr"])
        text += "\n" + qp_
        htm += "<div><br></div>" + qh
    htm += "</div>\n"
    b = "--_com.samsung.android.email_" + str(rng.randint(10 ** 15, 10 ** 16 - 1))
    l1, c1, p1 = text_part(text)
    l2, c2, p2 = text_part(htm)
    parts = [part_lines("text/plain; charset=utf-8", c1, p1), part_lines("text/html; charset=utf-8", c2, p2)]
    mid = ralnum(rng, 24).lower() + "@email.android.com"
    ch = [("Date", rfc_date(sent)), ("Subject", ew(subject(m, "RE: "))), ("Message-ID", f"<{mid}>")]
    ch += [(k, v) for k, v in refs(m, rng)]
    ch += [("X-Android-Message-ID", f"<{ralnum(rng, 24).lower()}@email.android.com>"),
           ("From", fmt_addr(m.get("name"), m["addr"])), ("To", to_header(m)), ("MIME-Version", "1.0"),
           ("Content-Type", f'multipart/alternative; boundary="{b}"')]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


IOS_BUILDS = ["22G86", "22G90", "22H31", "23A341"]


def prog_iphone(m, rng):
    sent = parse_dt(m["at"])
    q = m.get("quote")
    rcpt = f"{m['mailbox']}@alliant-energy.com"
    hostkind = m.get("host", "icloud")
    sig = m.get("sig", "Sent from my iPhone")
    text = m["body"]
    if sig:
        text += "\n\n" + sig
    if q:
        text += "\n\n" + quote_iphone(q, zone_of(m), m.get("ui", "en"))
    else:
        text += "\n"
    dom = m["addr"].split("@")[1]
    if hostkind == "icloud":
        host, ip, auth, hdrs = infra_icloud(rng, m["addr"], sent, rcpt)
        mid_dom = dom
    elif hostkind == "gmail":
        recv = (f"from smtpclient.apple ([2600:387:f:{rhex(rng, 4)}::{rng.randint(1, 9)}])\n        by smtp.gmail.com "
                f"with ESMTPSA id {rhex(rng, 16)}.{rng.randint(10, 99)}.2027.08.{sent.day:02d}.{sent:%H.%M.%S}\n"
                f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                "        {pdt}")
        host, ip, auth, hdrs = infra_gmail(rng, m["addr"], sent, bool(q), extra_received=recv)
        mid_dom = "gmail.com"
    else:
        relay_host, relay_ip, dkim_d, sel, srv = m["isp"]
        recv = (f"from smtpclient.apple (c-{rng.randint(24, 98)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}-"
                f"{rng.randint(1, 250)}.hsd1.ia.comcast.net [73.{rng.randint(1, 250)}.{rng.randint(1, 250)}."
                f"{rng.randint(1, 250)}])\n\tby {srv} with ESMTPSA id {ralnum(rng, 14)}\n\tfor <{rcpt}>; "
                f"{rfc_date(sent.astimezone(UTC), pad=True)}")
        host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, dkim_d, sel, recv)
        mid_dom = dom
    if is_ascii(text) and all(len(l) <= 76 for l in text.split("\n")):
        ct, cte, pay = "text/plain;\n\tcharset=us-ascii", "7bit", text
    else:
        ct, cte, pay = "text/plain;\n\tcharset=utf-8", "quoted-printable", qp(text)
    ch = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
          ("From", fmt_addr(m.get("name"), m["addr"])), ("Mime-Version", "1.0 (1.0)"),
          ("Subject", ew(subject(m), mode="Q")), ("Date", rfc_date(sent)),
          ("Message-Id", f"<{ruuid(rng)}@{mid_dom}>")]
    if q:
        ch += [("References", f"<{q['mid']}>"), ("In-Reply-To", f"<{q['mid']}>")]
    ch += [("To", to_header(m)), ("X-Mailer", f"{m.get('device', 'iPhone')} Mail ({rng.choice(IOS_BUILDS)})")]
    return m["addr"], host, ip, auth, hdrs + ch, pay if pay.endswith("\n") else pay + "\n"


def prog_apple_unsub(m, rng):
    """iOS Mail's 'Unsubscribe' banner: an empty mail with subject 'unsubscribe' to the mailto address."""
    sent = parse_dt(m["at"])
    rcpt = f"{m['mailbox']}@alliant-energy.com"
    host, ip, auth, hdrs = infra_icloud(rng, m["addr"], sent, rcpt)
    ch = [("Content-Type", "text/plain;\n\tcharset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
          ("From", fmt_addr(m.get("name"), m["addr"])), ("Mime-Version", "1.0 (1.0)"),
          ("Subject", m["subject"]), ("Date", rfc_date(sent)),
          ("Message-Id", f"<{ruuid(rng)}@icloud.com>"), ("To", m["unsub_to"]),
          ("X-Mailer", f"iPhone Mail ({rng.choice(IOS_BUILDS)})")]
    return m["addr"], host, ip, auth, hdrs + ch, "\n"


def prog_apple_mail(m, rng):
    sent = parse_dt(m["at"])
    rcpt = f"{m['mailbox']}@alliant-energy.com"
    text = m["body"] + "\n"
    if m.get("isp"):
        relay_host, relay_ip, dkim_d, sel, srv = m["isp"]
        recv = (f"from smtpclient.apple ([192.168.1.{rng.randint(2, 99)}]) by {srv}\n\twith ESMTPSA id "
                f"{ralnum(rng, 12)} for <{rcpt}>; {rfc_date(sent)}")
        host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, dkim_d, sel, recv)
    else:
        host, ip, auth, hdrs = infra_icloud(rng, m["addr"], sent, rcpt)
    if needs_qp(text):
        ct, cte, pay = "text/plain;\n\tcharset=utf-8", "quoted-printable", qp(text)
    else:
        ct, cte, pay = "text/plain;\n\tcharset=us-ascii", "7bit", text
    ver = "3826.700.81"
    ch = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
          ("Mime-Version", f"1.0 (Mac OS X Mail 16.0 \\({ver}\\))"), ("Subject", ew(subject(m), mode="Q")),
          ("Message-Id", f"<{ruuid(rng)}@{m['addr'].split('@')[1]}>"), ("Date", rfc_date(sent)),
          ("To", to_header(m)), ("From", fmt_addr(m.get("name"), m["addr"])), ("X-Mailer", f"Apple Mail (2.{ver})")]
    return m["addr"], host, ip, auth, hdrs + ch, pay


def _outlook_mid(pod, rng):
    return f"<{pod}{rhex(rng, 16, True)}{rhex(rng, 6, True)}@{pod}.namprd10.prod.outlook.com>"


def prog_outlook_web(m, rng, android=False):
    sent = parse_dt(m["at"])
    pod = rng.choice(["SJ0PR10MB", "DM6PR02MB", "CH3PR19MB", "BY5PR20MB", "PH0PR10MB", "MW4PR12MB"]) + str(rng.randint(1000, 9999))
    host, ip, auth, hdrs = infra_outlook(rng, m["addr"], sent, pod)
    q = m.get("quote")
    ui = m.get("ui", "en")
    charset = m.get("charset", "iso-8859-1")
    text = m["body"]
    sig_plain = ""
    sig_html = ""
    if android:
        sig_plain = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
        sig_html = ('<div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div>'
                    '<div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/AAb9ysg">'
                    'Outlook for Android</a></div>')
    plain = text + sig_plain + "\n"
    style = ('font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
             'font-size: 12pt; color: rgb(0, 0, 0);')
    body_divs = "\n".join((f'<div class="elementToProof" style="{style}"><br></div>' if not l else
                           f'<div class="elementToProof" style="{style}">\n{esc(l)}</div>') for l in text.split("\n"))
    if android:
        body_divs = "\n".join(('<div dir="auto"><br></div>' if not l else f'<div dir="auto">{esc(l)}</div>')
                              for l in text.split("\n"))
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n' + body_divs + sig_html)
    if q:
        qp_, qh = quote_outlook_web(q, zone_of(m), m["addr"], ui)
        plain = text + sig_plain + "\n\n" + qp_
        htm += '\n<div id="appendonsend"></div>\n' + qh
    htm += "\n</body>\n</html>\n"
    b = f"_000_{pod}{rhex(rng, 16, True)}{rhex(rng, 4, True)}namp_"
    try:
        plain.encode(charset)
        htm.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        htm = htm.replace("charset=iso-8859-1", "charset=utf-8")
    parts = [part_lines(f'text/plain; charset="{charset}"', "quoted-printable", qp(plain, charset)),
             part_lines(f'text/html; charset="{charset}"', "quoted-printable", qp(htm, charset))]
    u = sent.astimezone(UTC)
    subj = subject(m, "Re: " if ui == "en" else "RE: ")
    ch = [("From", fmt_addr(m.get("name"), m["addr"], charset=charset, mode="Q", label=charset)),
          ("To", to_header(m, "quoted")), ("Subject", ew(subj, charset, "Q", label=charset)),
          ("Thread-Topic", ew(q["subject"] if q else subj, charset, "Q", label=charset)),
          ("Thread-Index", ("AQHc" if q else "AQHc") + rb64(rng, 18) + ("AA==" if not q else ""))]
    ch.append(("Date", rfc_date(u, pad=False)))
    ch.append(("Message-ID", _outlook_mid(pod, rng)))
    if q:
        ch += [("References", f"<{q['mid']}>"), ("In-Reply-To", f"<{q['mid']}>")]
    lang = m.get("content_language", "en-US")
    ch += [("Accept-Language", f"{lang}, en-US" if lang != "en-US" else "en-US"), ("Content-Language", lang),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
           ("x-ms-exchange-messagesentrepresentingtype", "1"),
           ("x-tmn", f"[{ralnum(rng, 32)}]"), ("x-ms-publictraffictype", "Email"),
           ("x-ms-traffictypediagnostic", f"{pod}:EE_|{pod[:9]}{rng.randint(1000, 9999)}:EE_"),
           ("x-ms-office365-filtering-correlation-id", ruuid(rng, upper=False)),
           ("Content-Type", f'multipart/alternative;\n\tboundary="{b}"'), ("MIME-Version", "1.0")]
    # Outlook's header values may be empty: write them with a trailing space stripped
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


def prog_outlook_android(m, rng):
    return prog_outlook_web(m, rng, android=True)


def prog_outlook_unsub(m, rng):
    """Outlook.com's 'Unsubscribe' link: mails the List-Unsubscribe address with the subject/body it gives."""
    sent = parse_dt(m["at"])
    pod = rng.choice(["SJ0PR10MB", "PH0PR10MB", "MW4PR12MB"]) + str(rng.randint(1000, 9999))
    host, ip, auth, hdrs = infra_outlook(rng, m["addr"], sent, pod)
    u = sent.astimezone(UTC)
    ch = [("From", fmt_addr(m.get("name"), m["addr"])), ("To", m["unsub_to"]), ("Subject", m["subject"]),
          ("Thread-Topic", m["subject"]), ("Thread-Index", "AQHc" + rb64(rng, 18) + "AA=="),
          ("Date", rfc_date(u)), ("Message-ID", _outlook_mid(pod, rng)), ("Accept-Language", "en-US"),
          ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("x-ms-publictraffictype", "Email"), ("Content-Type", 'text/plain; charset="us-ascii"'),
          ("Content-Transfer-Encoding", "7bit"), ("MIME-Version", "1.0")]
    return m["addr"], host, ip, auth, hdrs + ch, m["body"] + "\n"


def prog_outlook_desktop(m, rng):
    """Microsoft Outlook 16.0 (desktop) sending through the ISP's or employer's SMTP server."""
    sent = parse_dt(m["at"])
    relay_host, relay_ip, dkim_d, sel, srv = m["isp"]
    rcpt = f"{m['mailbox']}@alliant-energy.com"
    machine = "DESKTOP-" + ralnum(rng, 7).upper()
    recv = (f"from {machine} (c-{rng.randint(24, 98)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}"
            f".hsd1.wi.comcast.net [73.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}])\n"
            f"\tby {srv} with ESMTPSA id {ralnum(rng, 14)}\n\tfor <{rcpt}>; {rfc_date(sent)}")
    host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, dkim_d, sel, recv)
    q = m.get("quote")
    text = m["body"]
    plain = text + "\n"
    paras = "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in text.split("\n"))
    if q:
        qp_, qh = quote_outlook_desktop(q, zone_of(m), m.get("name") or m["addr"], m["addr"])
        plain = text + "\n\n" + qp_
        paras += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + qh
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
           'charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
           '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
           '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
           '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
           f'<body lang={m.get("content_language", "EN-US").upper()} link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
           '<div class=WordSection1>\n' + paras + '</div></body></html>\n')
    if is_ascii(plain) and is_ascii(htm):
        charset = "us-ascii"
    else:
        charset = "utf-8"
        htm = htm.replace("charset=us-ascii", "charset=utf-8")
    b = f"----=_NextPart_000_{rhex(rng, 4, True)}_01DC{rhex(rng, 4, True)}.{rhex(rng, 8, True)}"
    c1 = "7bit" if (charset == "us-ascii" and not needs_qp(plain)) else "quoted-printable"
    parts = [part_lines(f'text/plain;\n\tcharset="{charset}"', c1, plain if c1 == "7bit" else qp(plain, charset)),
             part_lines(f'text/html;\n\tcharset="{charset}"', "quoted-printable", qp(htm, charset))]
    body = multipart(b, parts, preamble="This is a multipart message in MIME format.")
    lang = m.get("content_language", "en-us")
    tid = "A" + rb64(rng, 15).replace("=", "") + "=="
    ch = [("From", fmt_addr(m.get("name"), m["addr"], always_quote=True)), ("To", to_header(m, "angle")),
          ("Subject", ew(subject(m, "RE: "))), ("Date", rfc_date(sent)),
          ("Message-ID", f"<{rhex(rng, 12)}${rhex(rng, 8)}${rhex(rng, 8)}$@{m['addr'].split('@')[1]}>")]
    if q:
        ch += [("In-Reply-To", f"<{q['mid']}>"), ("References", f"<{q['mid']}>")]
    ch += [("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative;\n\tboundary="{b}"'),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid), ("Content-Language", lang)]
    return m["addr"], host, ip, auth, hdrs + ch, body


def prog_yahoo(m, rng, flavour="web", d="yahoo.com", sel="s2048"):
    sent = parse_dt(m["at"])
    host, ip, auth, hdrs = infra_yahoo(rng, m["addr"], sent, d, sel)
    q = m.get("quote")
    text = m["body"]
    sig = {"web": "", "android": "Sent from Yahoo Mail on Android", "ios": "Sent from Yahoo Mail for iPhone",
           "aol": ""}[flavour]
    plain = text + (f"\n\n{sig}" if sig else "")
    htm_inner = "".join(('<div dir="ltr" data-setdir="false"><br></div>' if not l else
                         f'<div dir="ltr" data-setdir="false">{esc(l)}</div>') for l in text.split("\n"))
    if flavour in ("android", "ios"):
        htm_inner = "".join(("<div><br></div>" if not l else f"<div>{esc(l)}</div>") for l in text.split("\n"))
        htm_inner += (f'<div><br></div><div><br></div><div id="ymail_android_signature"><a id="ymail_android_signature_link" '
                      f'href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_'
                      f'Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4='
                      f'100000604&amp;af_sub5=EmailSignature__Static_">{esc(sig)}</a></div>')
    fam = "Helvetica Neue, Helvetica, Arial, sans-serif" if flavour != "aol" else "verdana, helvetica, sans-serif"
    htm = (f'<html><head></head><body><div class="ydp{rhex(rng, 8)}yahoo-style-wrap" style="font-family:{fam};'
           f'font-size:13px;">{htm_inner}')
    if q:
        qp_, qh = quote_yahoo(q, zone_of(m))
        plain += "\n\n" + qp_
        htm += "<div><br></div>" + qh
    htm += "</div></body></html>"
    plain += "\n"
    n1 = rng.randint(1000000, 9999999)
    ms = ts(sent) * 1000 + rng.randint(0, 999)
    b = f"----=_Part_{n1}_{rng.randint(10 ** 8, 10 ** 9)}.{ms}"
    l1, c1, p1 = text_part(plain, "utf-8")
    parts = [part_lines("text/plain; charset=UTF-8", c1, p1),
             part_lines("text/html; charset=UTF-8", "quoted-printable", qp(htm + "\n"))]
    mid = f"{rng.randint(10 ** 8, 2 * 10 ** 9)}.{n1 + 1}.{ms}@mail.yahoo.com"
    mailer = {"web": "YMailNorrin", "android": "YahooMailAndroidMobile", "ios": "YahooMailIosMobile",
              "aol": "AolMailNorrin"}[flavour]
    ch = [("Date", rfc_date(sent.astimezone(UTC), comment="UTC")), ("From", fmt_addr(m.get("name"), m["addr"])),
          ("To", to_header(m, "quoted") if not m.get("quote") else to_header(m)), ("Message-ID", f"<{mid}>")]
    if q:
        ch += [("In-Reply-To", f"<{q['mid']}>")]
    ch += [("Subject", ew(subject(m))), ("MIME-Version", "1.0"),
           ("Content-Type", f'multipart/alternative; \n\tboundary="{b}"')]
    ch += [("References", (f"<{q['mid']}> " if q else "") + f"<{mid}>")]
    ch += [("X-Mailer", f"WebService/1.1.24254 {mailer}")]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


def prog_yahoo_web(m, rng):
    d = m["addr"].split("@")[1]
    return prog_yahoo(m, rng, "web", d)


def prog_yahoo_android(m, rng):
    d = m["addr"].split("@")[1]
    return prog_yahoo(m, rng, "android", d)


def prog_yahoo_ios(m, rng):
    return prog_yahoo(m, rng, "ios")


def prog_aol(m, rng):
    return prog_yahoo(m, rng, "aol", "aol.com", "a2048")


def prog_yahoo_unsub(m, rng):
    sent = parse_dt(m["at"])
    host, ip, auth, hdrs = infra_yahoo(rng, m["addr"], sent)
    ms = ts(sent) * 1000 + rng.randint(0, 999)
    mid = f"{rng.randint(10 ** 8, 2 * 10 ** 9)}.{rng.randint(10 ** 6, 10 ** 7)}.{ms}@mail.yahoo.com"
    ch = [("Date", rfc_date(sent.astimezone(UTC), comment="UTC")), ("From", fmt_addr(m.get("name"), m["addr"])),
          ("To", m["unsub_to"]), ("Message-ID", f"<{mid}>"), ("Subject", m["subject"]), ("MIME-Version", "1.0"),
          ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "7bit"),
          ("X-Mailer", "WebService/1.1.24254 YMailNorrin")]
    return m["addr"], host, ip, auth, hdrs + ch, "\n"


def prog_thunderbird(m, rng):
    sent = parse_dt(m["at"])
    relay_host, relay_ip, dkim_d, sel, srv = m["isp"]
    rcpt = f"{m['mailbox']}@alliant-energy.com"
    recv = (f"from [192.168.{rng.choice([0, 1, 4])}.{rng.randint(2, 120)}] ({m.get('client_rdns', 'unknown')} "
            f"[{m.get('client_ip', '67.53.' + str(rng.randint(1, 250)) + '.' + str(rng.randint(1, 250)))}])\n"
            f"\tby {srv} with ESMTPSA id {ralnum(rng, 14)}\n\tfor <{rcpt}>; {rfc_date(sent)}")
    host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, dkim_d, sel, recv)
    text = m["body"]
    q = m.get("quote")
    if q:
        text += "\n\n" + quote_thunderbird(q, zone_of(m), m.get("tb_style", "us"))
    body = flowed(text) + "\n"
    if is_ascii(body):
        cte, pay = "7bit", body
    else:
        cte, pay = "8bit", body
    ch = [("Message-ID", f"<{ruuid(rng, upper=False)}@{m['addr'].split('@')[1]}>"), ("Date", rfc_date(sent)),
          ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", m.get("content_language", "en-US"))]
    if q:
        ch += [("References", f"<{q['mid']}>"), ("In-Reply-To", f"<{q['mid']}>")]
    ch += [("To", to_header(m)), ("From", fmt_addr(m.get("name"), m["addr"])), ("Subject", ew(subject(m))),
           ("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", cte)]
    return m["addr"], host, ip, auth, hdrs + ch, pay


def prog_xfinity(m, rng):
    sent = parse_dt(m["at"])
    a = rng.randint(10, 40)
    relay_host = f"resomta-ch2-{a}v.sys.comcast.net"
    relay_ip = f"69.252.207.{rng.randint(100, 130)}"
    recv = (f"from connect.xfinity.com ([96.116.{rng.randint(40, 60)}.{rng.randint(100, 200)}])\n\tby {relay_host} "
            f"with ESMTPA\n\tid {ralnum(rng, 22)}; {rfc_date(sent.astimezone(UTC), pad=True)}")
    host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, "comcast.net", "20190202a", recv)
    text = m["body"] + "\n"
    htm = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
           + "".join(f'  <div class="default-style">\n   {esc(l) if l else "<br>"}\n  </div>\n' for l in m["body"].split("\n"))
           + " </body>\n</html>\n")
    n = rng.randint(10 ** 5, 10 ** 6)
    ms = ts(sent) * 1000 + rng.randint(0, 999)
    b = f"----=_Part_{n}_{rng.randint(10 ** 8, 10 ** 9)}.{ms}"
    l1, c1, p1 = text_part(text)
    parts = [part_lines("text/plain; charset=UTF-8", c1, p1),
             part_lines("text/html; charset=UTF-8", "quoted-printable", qp(htm))]
    ch = [("Date", rfc_date(sent, comment="CDT")), ("From", fmt_addr(m.get("name"), m["addr"])),
          ("To", to_header(m, "quoted")),
          ("Message-ID", f"<{rng.randint(10 ** 8, 2 * 10 ** 9)}.{n}.{ms}@connect.xfinity.com>"),
          ("Subject", ew(subject(m))), ("MIME-Version", "1.0"),
          ("Content-Type", f'multipart/alternative; \n\tboundary="{b}"'), ("X-Priority", "3"),
          ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
          ("X-Originating-Client", "open-xchange-appsuite")]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


def prog_rediff(m, rng):
    sent = parse_dt(m["at"])
    n = rng.randint(200, 250)
    relay_host = f"f4mail-235-{n}.rediffmail.com"
    relay_ip = f"202.137.235.{n}"
    recv = f"from unknown 67.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)} by rediffmail.com via HTTP; {qmail_date(sent)}"
    host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, "rediffmail.com", "red", recv)
    text = m["body"]
    htm = "".join(f"{esc(l)}<br>" if l else "<br>" for l in text.split("\n"))
    b = f"=_{rhex(rng, 32)}"
    l1, c1, p1 = text_part(text + "\n")
    parts = [part_lines("text/plain; charset=UTF-8", c1, p1),
             part_lines("text/html; charset=UTF-8", "quoted-printable", qp(htm + "\n"))]
    disp = fmt_addr(m.get("name"), m["addr"], always_quote=True)
    ch = [("MIME-Version", "1.0"), ("Date", qmail_date(sent)),
          ("Message-ID", f"<{sent.astimezone(UTC):%Y%m%d%H%M%S}.{rng.randint(10000, 99999)}.qmail@{relay_host}>"),
          ("From", disp), ("Reply-To", disp), ("To", to_header(m, "angle")), ("Subject", ew(subject(m))),
          ("Content-Type", f'multipart/alternative; boundary="{b}"')]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


def prog_zimbra(m, rng):
    sent = parse_dt(m["at"])
    relay_host, relay_ip, dkim_d, sel, srv = m["isp"]
    recv = (f"from zimbra.videotron.ca (localhost [127.0.0.1])\n\tby {srv} (Postfix) with ESMTP id "
            f"{rhex(rng, 10, True)}\n\tfor <{m['mailbox']}@alliant-energy.com>; {rfc_date(sent, comment='CDT')}")
    host, ip, auth, hdrs = infra_isp(rng, m["addr"], sent, relay_host, relay_ip, dkim_d, sel, recv)
    text = m["body"] + "\n"
    htm = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
           + "".join("<div>" + (esc(l) if l else '<br data-mce-bogus="1">') + "</div>" for l in m["body"].split("\n"))
           + "</div></body></html>\n")
    b = f"=_{ruuid(rng, upper=False)}"
    parts = [part_lines("text/plain; charset=utf-8", "quoted-printable", qp(text)),
             part_lines("text/html; charset=utf-8", "quoted-printable", qp(htm))]
    ms = ts(sent) * 1000 + rng.randint(0, 999)
    subj = subject(m)
    ch = [("Date", rfc_date(sent, comment="CDT")), ("From", fmt_addr(m.get("name"), m["addr"], mode="Q")),
          ("To", to_header(m)),
          ("Message-ID", f"<{rng.randint(10 ** 8, 2 * 10 ** 9)}.{rng.randint(10 ** 6, 10 ** 7)}.{ms}.JavaMail.zimbra@videotron.ca>"),
          ("Subject", ew(subj, mode="Q")), ("MIME-Version", "1.0"),
          ("Content-Type", f'multipart/alternative; \n\tboundary="{b}"'),
          ("X-Originating-IP", f"[73.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}]"),
          ("X-Mailer", "Zimbra 10.0.8_GA_4650 (ZimbraWebClient - FF129 (Win)/10.0.8_GA_4650)"),
          ("Thread-Index", rb64(rng, 18)), ("Thread-Topic", ew(subj, mode="Q"))]
    return m["addr"], host, ip, auth, hdrs + ch, multipart(b, parts)


PROGRAMS = {
    "gmail_web": prog_gmail, "gmail_android": prog_gmail_android, "gmail_unsubscribe": prog_gmail_unsub,
    "samsung_email": prog_samsung, "iphone_mail": prog_iphone, "ios_unsubscribe": prog_apple_unsub,
    "apple_mail_mac": prog_apple_mail, "outlook_web": prog_outlook_web, "outlook_android": prog_outlook_android,
    "outlook_unsubscribe": prog_outlook_unsub, "outlook_desktop": prog_outlook_desktop, "yahoo_web": prog_yahoo_web,
    "yahoo_android": prog_yahoo_android, "yahoo_ios": prog_yahoo_ios, "aol_web": prog_aol,
    "yahoo_unsubscribe": prog_yahoo_unsub, "thunderbird": prog_thunderbird, "xfinity_connect": prog_xfinity,
    "rediffmail_web": prog_rediff, "zimbra_web": prog_zimbra,
}
