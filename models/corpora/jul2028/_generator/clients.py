"""Mailbox providers (their trace and signing headers) and mail clients (their headers, MIME layout
and quoting style) for human-written messages."""
from mime import (R, TD, CDT, PDT, UTC, DAYS, DAYSL, MONS, MONSL, ADDR, fmt, fmt1, h12, rs, rhex, rdig,
                  ruuid, fold_b64, epoch, qp, b64, needs_qp, ehdr, addr_hdr, esc, text_to_html_lines,
                  flowed, quote_gt, deliver, B64C, ALNUM)


# ================================================================ providers
def _gmail(addr, sent, rcpt, dom='gmail.com'):
    host = f"mail-{R.choice(['yw1', 'yb1', 'qk1', 'qv1', 'ej1', 'lf1', 'pl1', 'oi1', 'io1', 'ua1', 'vs1'])}-f{R.randint(41, 199)}.google.com"
    ip = f"209.85.{R.choice([128, 160, 161, 166, 167, 208, 210, 214, 215, 216, 218, 219, 221, 222])}.{R.randint(10, 250)}"
    t = sent + TD(seconds=R.randint(1, 3))
    sel = '20230601' if dom == 'gmail.com' else 'google'
    pre = [
        f"Received: by {host} with SMTP id {rhex(16)}.{R.randint(1, 9)}\n        for <{rcpt}>; {fmt(t, PDT, ' (PDT)')}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={dom}; s={sel}; t={epoch(t)}; x={epoch(t) + 604800}; darn=alliant-energy.com;\n"
        f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={rs(43, B64C)}=;\n" + fold_b64('        b=', 342, '         ', 70),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(t)}; x={epoch(t) + 604800};\n"
        f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to;\n"
        f"        bh={rs(43, B64C)}=;\n" + fold_b64('        b=', 342, '         ', 70),
        f"X-Gm-Message-State: AOJu0Y{rs(60, B64C)}\n\t{rs(30, B64C)}==",
        f"X-Gm-Gg: ASbGnc{rs(70, B64C)}\n\t{rs(80, B64C)}",
        f"X-Google-Smtp-Source: AGHT+I{rs(66, B64C)}=",
        f"X-Received: by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id\n"
        f" {rhex(16)}-{rhex(15)}.{R.randint(1, 19)}.{R.randint(1000000, 9999999)}; {fmt(t, PDT, ' (PDT)')}",
    ]
    return dict(env_from=addr, helo=host, rdns=host, ip=ip, pre=pre, dkim=[(dom, sel, 'pass')],
                dmarc=('pass', 'none' if dom == 'gmail.com' else 'quarantine', dom), when=t + TD(seconds=R.randint(1, 4)))


def _yahoo(addr, sent, rcpt, dom='yahoo.com', mobile=False):
    n = R.randint(300, 330)
    host = f"sonic{n}-{R.randint(10, 60)}.consmr.mail.{R.choice(['ne1', 'bf2', 'gq1'])}.yahoo.com"
    ip = f"66.163.{R.randint(184, 191)}.{R.randint(10, 250)}"
    t = sent + TD(seconds=R.randint(1, 3))
    sel = 's2048' if dom == 'yahoo.com' else 'a2048'
    pre = [
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel}; t={epoch(t)}; bh={rs(43, B64C)}=; "
        f"h=Date:From:To:Subject:References:From:Subject:Reply-To; b=" + rs(60, B64C) + "\n\t" + rs(280, B64C) + "==",
        f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={epoch(t)}; bh={rs(43, B64C)}=; "
        f"h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={rs(60, B64C)}\n\t{rs(280, B64C)}==",
        f"X-YMail-OSG: {rs(60, ALNUM2)}\n {rs(70, ALNUM2)}\n {rs(40, ALNUM2)}",
        f"X-Sonic-MF: <{addr}>",
        f"X-Sonic-ID: {ruuid(False)}",
    ]
    if mobile:
        pre.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {fmt(t, UTC)}")
    else:
        pre.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {fmt(t, UTC)}")
    return dict(env_from=addr, helo=host, rdns=host, ip=ip, pre=pre, dkim=[(dom, sel, 'pass')],
                dmarc=('pass', 'reject', dom), when=t + TD(seconds=R.randint(1, 3)))


ALNUM2 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._'


def _outlookcom(addr, sent, rcpt, dom='outlook.com'):
    pod = R.choice(['SA1PR19MB', 'PH7PR12MB', 'DM6PR04MB', 'BY5PR20MB', 'CH3PR17MB', 'MN2PR11MB'])
    sv = f"{pod}{R.randint(1000, 9999)}"
    nn = int(pod[5:7])
    ip = f"40.92.{R.randint(18, 107)}.{R.randint(10, 250)}"
    region = R.choice(['NAM10-DM6', 'NAM12-BN8', 'NAM04-SN1', 'NAM11-CO1', 'NAM02-BN1'])
    host = f"{region}-obe.outbound.protection.outlook.com"
    rdns = f"mail-{region.split('-')[1].lower()}{region.split('-')[0].lower()}olkn20{R.randint(10, 99)}.outbound.protection.outlook.com"
    t = sent + TD(seconds=R.randint(1, 3))
    pre = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n" + fold_b64(' b=', 342, ' ', 76),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n s=selector1;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76),
        f"Received: from {sv}.namprd{nn}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(5, 20)})\n"
        f" by {pod}{R.randint(1000, 9999)}.namprd{R.randint(10, 20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(5, 20)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {fmt(t, UTC).replace(' +0000', ' +0000')}",
        f"Received: from {sv}.namprd{nn}.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {sv}.namprd{nn}.prod.outlook.com\n"
        f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%4]) with mapi id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {fmt(sent, UTC)}",
    ]
    return dict(env_from=addr, helo=host, rdns=rdns, ip=ip, pre=pre, dkim=[(dom, 'selector1', 'pass')],
                dmarc=('pass', 'none', dom), when=t + TD(seconds=R.randint(1, 3)), sv=sv, nn=nn)


def _m365(addr, sent, rcpt, dom):
    """a business tenant on Microsoft 365"""
    pod = R.choice(['BN0PR', 'CH0PR', 'SJ0PR', 'IA1PR', 'DS7PR', 'CY8PR'])
    nn = R.randint(10, 19)
    sv = f"{pod}{nn}MB{R.randint(1000, 9999)}"
    ip = f"{R.choice(['40.107', '52.101', '40.93'])}.{R.randint(1, 250)}.{R.randint(10, 250)}"
    region = R.choice(['NAM12-BN8', 'NAM10-MW2', 'NAM11-DM6', 'NAM04-BN8'])
    host = f"{region}-obe.outbound.protection.outlook.com"
    rdns = f"mail-{region.split('-')[1].lower()}{region.split('-')[0].lower()}on20{R.randint(600, 799)}.outbound.protection.outlook.com"
    t = sent + TD(seconds=R.randint(1, 4))
    tenant = dom.split('.')[0]
    pre = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n" + fold_b64(' b=', 342, ' ', 76),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76),
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none header.from={dom};\n dkim=pass header.d={dom}; arc=none",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n d={tenant}.onmicrosoft.com; s=selector2-{tenant}-onmicrosoft-com;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76),
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n s=selector1;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76),
        f"Received: from {sv}.namprd{nn}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{R.randint(5, 20)})\n"
        f" by {pod}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(5, 20)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {fmt(t, UTC)}",
    ]
    return dict(env_from=addr, helo=host, rdns=rdns, ip=ip, pre=pre,
                dkim=[(dom, 'selector1', 'pass')], dmarc=('pass', 'quarantine', dom),
                when=t + TD(seconds=R.randint(1, 3)), sv=sv, nn=nn)


def _icloud(addr, sent, rcpt, dom='icloud.com'):
    host = f"outbound.{R.choice(['pv', 'mr', 'ms'])}.icloud.com"
    ip = f"57.103.{R.randint(64, 90)}.{R.randint(10, 250)}"
    rdns = f"p-west{R.randint(1, 3)}-cluster{R.randint(1, 9)}-host{R.randint(1, 12)}-snip4-{R.randint(1, 10)}.eps.apple.com"
    t = sent + TD(seconds=R.randint(1, 3))
    pre = [
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai; t={epoch(t)};\n"
        f"\tbh={rs(43, B64C)}=;\n\th=From:Content-Type:Mime-Version:Subject:Message-Id:Date:To:x-icloud-hme;\n"
        + fold_b64('\tb=', 342, '\t ', 70),
        f"Received: from smtpclient.apple (unknown [17.57.{R.randint(152, 156)}.{R.randint(2, 250)}])\n"
        f"\tby p00-icloudmta-asmtp-us-west-{R.randint(1, 3)}a-{R.randint(10, 99)}-percent-{R.randint(0, 20)} (Postfix) with ESMTPSA id {rhex(12).upper()};\n"
        f"\t{fmt(t, UTC, ' (UTC)')}",
    ]
    return dict(env_from=addr, helo=host, rdns=rdns, ip=ip, pre=pre, dkim=[(dom, '1a1hai', 'pass')],
                dmarc=('pass', 'quarantine', dom), when=t + TD(seconds=R.randint(1, 3)))


def _comcast(addr, sent, rcpt, dom='comcast.net'):
    host = f"resomta-h{R.randint(1, 2)}p-{R.randint(500000, 599999)}.sys.comcast.net"
    ip = f"96.102.{R.randint(0, 255)}.{R.randint(10, 250)}"
    t = sent + TD(seconds=R.randint(1, 3))
    pre = [
        f"Received: from resomta-h{R.randint(1, 2)}p-{R.randint(500000, 599999)}.sys.comcast.net ([96.102.{R.randint(0, 255)}.{R.randint(1, 250)}])\n"
        f"\tby resomta-h{R.randint(1, 2)}p-{R.randint(500000, 599999)}.sys.comcast.net with ESMTPS\n\tid {rs(22)}; {fmt(t, UTC)}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t={epoch(t)};\n"
        f"\tbh={rs(43, B64C)}=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n"
        + fold_b64('\tb=', 342, '\t ', 70),
        f"Received: from oxapp-asb-{R.randint(10, 40)}o.email.comcast.net ([96.118.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
        f"\tby resomta-h{R.randint(1, 2)}p-{R.randint(500000, 599999)}.sys.comcast.net with ESMTPA\n\tid {rs(22)}; {fmt(t, UTC)}",
    ]
    return dict(env_from=addr, helo=host, rdns=host, ip=ip, pre=pre, dkim=[(dom, '20190202a', 'pass')],
                dmarc=('pass', 'none', dom), when=t + TD(seconds=R.randint(1, 3)))


ISPS = {
    # domain: (outbound host, ip prefix, dkim selector or None)
    'mchsi.com': ('smtp02.mediacomcc.com', '173.31.{}.{}', None),
    'netins.net': ('mail-out2.netins.net', '167.142.{}.{}', 'default'),
    'windstream.net': ('smtp-out.windstream.net', '162.39.{}.{}', None),
    'centurylink.net': ('smtp.centurylink.net', '205.171.{}.{}', 'ctl2021'),
    'frontier.com': ('relay.frontier.com', '74.40.{}.{}', None),
    'mhtc.net': ('mail.mhtc.net', '216.51.{}.{}', None),
    'charter.net': ('omta-ew.charter.net', '47.43.{}.{}', 'dkim-2022'),
}


def _isp(addr, sent, rcpt, dom):
    host, ipf, sel = ISPS[dom]
    ip = ipf.format(R.randint(1, 250), R.randint(2, 250))
    t = sent + TD(seconds=R.randint(1, 5))
    pre = []
    if sel:
        pre.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel};\n\tt={epoch(t)};\n"
                   f"\tbh={rs(43, B64C)}=;\n\th=Date:From:To:Subject:From;\n" + fold_b64('\tb=', 216, '\t ', 70))
    pre.append(f"Received: from [192.168.{R.randint(0, 2)}.{R.randint(2, 99)}] (unknown [{R.randint(24, 99)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
               f"\t(Authenticated sender: {addr})\n\tby {host} (Postfix) with ESMTPSA id {rhex(10).upper()}\n"
               f"\tfor <{rcpt}>; {fmt(t, CDT, ' (CDT)')}")
    return dict(env_from=addr, helo=host, rdns=host, ip=ip, pre=pre,
                dkim=[(dom, sel, 'pass')] if sel else [], dmarc=('pass' if sel else 'none', 'none', dom),
                when=t + TD(seconds=R.randint(1, 3)), tls=None if dom in ('mhtc.net',) else True)


def _gworkspace(addr, sent, rcpt, dom):
    return _gmail(addr, sent, rcpt, dom)


def provider(kind, addr, sent, rcpt):
    dom = addr.split('@')[1]
    if kind == 'gmail':
        return _gmail(addr, sent, rcpt)
    if kind == 'gws':
        return _gworkspace(addr, sent, rcpt, dom)
    if kind == 'yahoo':
        return _yahoo(addr, sent, rcpt, dom, False)
    if kind == 'aol':
        return _yahoo(addr, sent, rcpt, 'aol.com', False)
    if kind == 'outlookcom':
        return _outlookcom(addr, sent, rcpt, dom)
    if kind == 'm365':
        return _m365(addr, sent, rcpt, dom)
    if kind == 'icloud':
        return _icloud(addr, sent, rcpt, dom)
    if kind == 'comcast':
        return _comcast(addr, sent, rcpt)
    if kind == 'isp':
        return _isp(addr, sent, rcpt, dom)
    raise ValueError(kind)


# ================================================================ quoting styles
def attr_gmail(q):
    h, ap = h12(q.date)
    return f"On {DAYS[q.date.weekday()]}, {MONS[q.date.month - 1]} {q.date.day}, {q.date.year} at {h}:{q.date.minute:02d} {ap} {q.from_disp} <{q.from_addr}> wrote:"


def attr_gmail_es(q):
    h = q.date.hour
    dias = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
    meses = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']
    return (f"El {dias[q.date.weekday()]}, {q.date.day} {meses[q.date.month - 1]} {q.date.year} a las {h}:{q.date.minute:02d}, "
            f"{q.from_disp} (<{q.from_addr}>) escribió:")


def attr_iphone(q):
    h, ap = h12(q.date)
    return f"On {MONS[q.date.month - 1]} {q.date.day}, {q.date.year}, at {h}:{q.date.minute:02d}\u202f{ap}, {q.from_disp} <{q.from_addr}> wrote:"


def attr_iphone_es(q):
    meses = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']
    return f"El {q.date.day} {meses[q.date.month - 1]} {q.date.year}, a las {q.date.hour}:{q.date.minute:02d}, {q.from_disp} <{q.from_addr}> escribió:"


def outlook_block(q, to_disp, sep=True, seconds=False):
    h, ap = h12(q.date)
    sec = f":{q.date.second:02d}" if seconds else ''
    lines = []
    if sep:
        lines.append('_' * 32)
    lines += [f"From: {q.from_disp} <{q.from_addr}>",
              f"Sent: {DAYSL[q.date.weekday()]}, {MONSL[q.date.month - 1]} {q.date.day}, {q.date.year} {h}:{q.date.minute:02d}{sec} {ap}",
              f"To: {to_disp}",
              f"Subject: {q.subject}", ""]
    return '\n'.join(lines)


def attr_yahoo(q):
    h, ap = h12(q.date)
    return (f"On {DAYSL[q.date.weekday()]}, {MONSL[q.date.month - 1]} {q.date.day}, {q.date.year} at "
            f"{h:02d}:{q.date.minute:02d}:{q.date.second:02d} {ap} CDT, {q.from_disp} <{q.from_addr}> wrote:")


def attr_tb(q):
    h, ap = h12(q.date)
    return f"On {q.date.month}/{q.date.day}/{q.date.year % 100} {h}:{q.date.minute:02d} {ap}, {q.from_disp} wrote:"


def samsung_block(q, to_addr):
    h, ap = h12(q.date)
    return ("-------- Original message --------\n"
            f"From: {q.from_disp} <{q.from_addr}> \n"
            f"Date: {q.date.month}/{q.date.day}/{q.date.year % 100}  {h}:{q.date.minute:02d} {ap}  (GMT-06:00) \n"
            f"To: {to_addr} \nSubject: {q.subject} \n\n")


def attr_ox(q):
    h, ap = h12(q.date)
    return f"On {q.date.month:02d}/{q.date.day:02d}/{q.date.year} {h}:{q.date.minute:02d} {ap} CDT {q.from_disp} <{q.from_addr}> wrote:"


def q_html(text):
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


# ================================================================ clients
def _subject(s):
    if s.get('subject') is not None:
        return s['subject']
    q = s.get('quote')
    if q is None:
        return ''
    pre = s.get('re', 'Re: ')
    return pre + q.subject


def _to(s):
    if s.get('to_hdr'):
        return s['to_hdr']
    q = s.get('quote')
    if q is not None and not s.get('fwd'):
        if s['client'] in ('outlook', 'owa', 'outlook_mobile'):
            return f"{q.reply_disp} <{q.reply_addr}>"
        if s['client'] in ('gmail',):
            return f"{q.reply_disp} <{q.reply_addr}>"
        return f"{q.reply_disp} <{q.reply_addr}>" if R.random() < 0.5 else q.reply_addr
    return ADDR[s['mailbox']]


def _threading(s):
    q = s.get('quote')
    if q is None or s.get('fwd'):
        return []
    return [f"In-Reply-To: {q.msgid}", f"References: {q.msgid}"]


def _leaf(ctype_tpl, text, charset, force_qp=False, cte_name='quoted-printable'):
    if force_qp or needs_qp(text):
        return f"{ctype_tpl}\nContent-Transfer-Encoding: {cte_name}", qp(text, charset).rstrip('\n')
    return f"{ctype_tpl}\nContent-Transfer-Encoding: 7bit", text


def _alt(boundary, parts, pre=''):
    out = pre
    for h, b in parts:
        out += f"--{boundary}\n{h}\n\n{b}\n\n"
    out += f"--{boundary}--\n"
    return out


def c_gmail(s, P):
    """Gmail web / Gmail apps: multipart/alternative, UTF-8, QP only when needed"""
    text = s['text']
    q = s.get('quote')
    es = s.get('lang') == 'es' and s.get('gmail_es')
    html = '<div dir="ltr">' + ''.join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split('\n')) + '</div>'
    if q is not None and not s.get('fwd'):
        attr = attr_gmail_es(q) if es else attr_gmail(q)
        text = text + '\n\n' + attr + '\n\n' + quote_gt(q.text) + '\n'
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + q_html(q.text) + '</blockquote></div>')
    elif q is not None and s.get('fwd'):
        h, ap = h12(q.date)
        fblock = ("---------- Forwarded message ---------\n"
                  f"From: {q.from_disp} <{q.from_addr}>\n"
                  f"Date: {DAYS[q.date.weekday()]}, {MONS[q.date.month - 1]} {q.date.day}, {q.date.year} at {h}:{q.date.minute:02d} {ap}\n"
                  f"Subject: {q.subject}\nTo: <{q.to_addr}>\n\n\n")
        text = text + '\n\n' + fblock + q.text + '\n'
        html += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + q_html(fblock) + '</div>' + q_html(q.text) + '</div>'
    html += '\n'
    if s.get('gmail_unsub'):
        text, html = s['text'], None
    b = '000000000000' + rhex(16)
    plain_h, plain_b = _leaf('Content-Type: text/plain; charset="UTF-8"', text, 'utf-8')
    if plain_h.endswith('7bit'):
        plain_h = 'Content-Type: text/plain; charset="UTF-8"'
    parts = [(plain_h, plain_b)]
    if html is not None:
        html_h, html_b = _leaf('Content-Type: text/html; charset="UTF-8"', html, 'utf-8')
        if html_h.endswith('7bit'):
            html_h = 'Content-Type: text/html; charset="UTF-8"'
        parts.append((html_h, html_b))
    mid = f"<CA{rs(1, 'BDEFGJKLMNOP')}{rs(R.randint(40, 56), ALNUM + '_-+=')}@mail.gmail.com>"
    H = ['MIME-Version: 1.0'] + _threading(s) + s.get('extra_top', []) + [
        f"From: {addr_hdr(s['name'], s['addr'])}",
        f"Date: {fmt(s['sent'])}",
        f"Message-ID: {mid}",
        f"Subject: {ehdr(_subject(s))}",
        f"To: {_to(s)}"] + s.get('extra', [])
    if len(parts) == 1:
        H.append(parts[0][0])
        return '\n'.join(H) + '\n\n' + parts[0][1] + '\n', mid
    H.append(f'Content-Type: multipart/alternative; boundary="{b}"')
    return '\n'.join(H) + '\n\n' + _alt(b, parts), mid


def c_iphone(s, P):
    """iOS Mail: plain text only, Apple quoting"""
    text = s['text']
    q = s.get('quote')
    sig = s.get('sig', 'Sent from my iPhone')
    body = text + ('\n\n' + sig if sig else '')
    if q is not None:
        attr = attr_iphone_es(q) if s.get('lang') == 'es' and s.get('ios_es') else attr_iphone(q)
        body += '\n\n> ' + attr + '\n> \n' + quote_gt(q.text)
    body += '\n'
    dom = s['addr'].split('@')[1]
    mid = f"<{ruuid()}@{dom}>"
    ascii_ok = all(ord(c) < 128 for c in body)
    charset = 'us-ascii' if ascii_ok else 'utf-8'
    h, b = _leaf(f"Content-Type: text/plain;\n\tcharset={charset}", body, charset)
    H = [h, f"From: {addr_hdr(s['name'], s['addr'])}", "Mime-Version: 1.0 (1.0)",
         f"Subject: {ehdr(_subject(s))}", f"Date: {fmt(s['sent'])}", f"Message-Id: {mid}"]
    if q is not None:
        H += [f"References: {q.msgid}", f"In-Reply-To: {q.msgid}"]
    H += [f"To: {_to(s)}", f"X-Mailer: iPhone Mail ({s.get('ios', '22F76')})"] + s.get('extra', [])
    return '\n'.join(H) + '\n\n' + b, mid


def c_applemac(s, P):
    text = s['text']
    q = s.get('quote')
    body = text
    html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + ''.join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split('\n')))
    if q is not None:
        attr = attr_iphone(q)
        body += '\n\n> ' + attr + '\n> \n' + quote_gt(q.text)
        html += f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br><div>{q_html(q.text)}</div></blockquote></div>'
    html += '</body></html>'
    body += '\n'
    b = f"Apple-Mail={ruuid()}"
    dom = s['addr'].split('@')[1]
    mid = f"<{ruuid()}@{dom}>"
    ph, pb = _leaf('Content-Type: text/plain;\n\tcharset=utf-8', body, 'utf-8')
    hh, hb = _leaf('Content-Type: text/html;\n\tcharset=utf-8', html, 'utf-8', force_qp=True)
    H = [f'Content-Type: multipart/alternative;\n\tboundary="{b}"', 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
         f"Subject: {ehdr(_subject(s))}", f"From: {addr_hdr(s['name'], s['addr'])}"]
    if q is not None:
        H += [f"In-Reply-To: {q.msgid}"]
    H += [f"Date: {fmt(s['sent'])}", "Content-Transfer-Encoding: 7bit", f"Message-Id: {mid}"]
    if q is not None:
        H += [f"References: {q.msgid}"]
    H += [f"To: {_to(s)}", "X-Mailer: Apple Mail (2.3826.500.181.1.5)"] + s.get('extra', [])
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)], pre=''), mid


def _mso_html(text, quote_html=''):
    paras = ''.join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in text.split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + paras + quote_html + '</div>\n</body>\n</html>\n')


def c_outlook(s, P):
    """Outlook for Windows (classic / new), via outlook.com or a Microsoft 365 tenant"""
    text = s['text']
    q = s.get('quote')
    plain = text
    qh = ''
    if q is not None:
        to_disp = s.get('q_to_disp') or f"{s['name']} <{s['addr']}>"
        if s.get('fwd'):
            blk = outlook_block(q, to_disp, sep=False)
            plain += '\n\n' + blk + '\n' + q.text
        else:
            blk = outlook_block(q, to_disp, sep=False)
            plain += '\n\n' + blk + '\n' + q.text
        qh = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              + ''.join(f'<p class="MsoNormal"><b>{esc(l.split(":")[0])}:</b>{esc(l[len(l.split(":")[0]) + 1:])}<o:p></o:p></p>\n'
                        for l in blk.split('\n') if l)
              + '</div>\n' + ''.join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in q.text.split('\n')))
    plain += '\n'
    html = _mso_html(text, qh)
    sv = P.get('sv', 'BN0PR12MB' + rdig(4))
    tag = f"{sv}{rhex(24, True)}"
    nn = P.get('nn', 12)
    mid = f"<{tag}@{sv}.namprd{nn}.prod.outlook.com>"
    b = f"_000_{tag}{sv.lower()}namprd{nn}prodo_"
    ph, pb = _leaf('Content-Type: text/plain; charset="us-ascii"' if all(ord(c) < 128 for c in plain)
                   else 'Content-Type: text/plain; charset="utf-8"', plain,
                   'us-ascii' if all(ord(c) < 128 for c in plain) else 'utf-8', force_qp=True)
    hh, hb = _leaf('Content-Type: text/html; charset="us-ascii"' if all(ord(c) < 128 for c in html)
                   else 'Content-Type: text/html; charset="utf-8"', html,
                   'us-ascii' if all(ord(c) < 128 for c in html) else 'utf-8', force_qp=True)
    subj = _subject(s)
    H = [f"From: {addr_hdr(s['name'], s['addr'])}", f"To: {_to(s)}"] + s.get('cc', []) + [
        f"Subject: {ehdr(subj)}", f"Thread-Topic: {ehdr(subj.replace('Re: ', '').replace('RE: ', '').replace('FW: ', ''))}",
        f"Thread-Index: AQH{rs(20, B64C)}{'' if q is None else rs(12, B64C)}==",
        f"Date: {fmt(s['sent'], UTC)}", f"Message-ID: {mid}"]
    if q is not None and not s.get('fwd'):
        H += [f"References: {q.msgid}", f"In-Reply-To: {q.msgid}"]
    H += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"] + s.get('extra', []) + [
        f"x-ms-publictraffictype: Email",
        f"x-ms-traffictypediagnostic: {sv}:EE_|{sv.replace('MB', 'MB')}:EE_",
        f"x-ms-office365-filtering-correlation-id: {ruuid(False)}",
        f'Content-Type: multipart/alternative;\n\tboundary="{b}"', "MIME-Version: 1.0"]
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)]), mid


def c_owa(s, P, mobile=None):
    """outlook.com web / Outlook for iOS & Android: HTML-first"""
    text = s['text']
    q = s.get('quote')
    sig = {None: '', 'ios': 'Get Outlook for iOS<https://aka.ms/o0ukef>', 'android': 'Get Outlook for Android<https://aka.ms/AAb9ysg>'}[mobile]
    plain = text + ('\n\n' + sig if sig else '')
    htmlbody = ''.join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l else "<br>"}</div>\n' for l in text.split('\n'))
    if sig:
        htmlbody += '<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for ' + ('iOS' if mobile == 'ios' else 'Android') + '</a></div>\n'
    if q is not None:
        to_disp = f"{s['addr']} <{s['addr']}>"
        blk = outlook_block(q, to_disp, sep=True, seconds=bool(mobile))
        plain += '\n' + blk + '\n' + q.text
        htmlbody += ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                     + '<br>\n'.join(f"<b>{esc(l.split(':')[0])}:</b>{esc(l[len(l.split(':')[0]) + 1:])}" for l in blk.split('\n')[1:] if l)
                     + '<br>\n</div>\n<div>' + q_html(q.text) + '</div>\n')
    plain += '\n'
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + htmlbody + '</body>\n</html>\n')
    sv = P.get('sv', 'SA1PR19MB' + rdig(4))
    tag = f"{sv}{rhex(24, True)}"
    nn = P.get('nn', 12)
    mid = f"<{tag}@{sv}.namprd{nn}.prod.outlook.com>"
    b = f"_000_{tag}{sv.lower()}namprd{nn}prodo_"
    pcs = 'us-ascii' if all(ord(c) < 128 for c in plain) else 'utf-8'
    ph, pb = _leaf(f'Content-Type: text/plain; charset="{pcs}"', plain, pcs, force_qp=True)
    hh, hb = _leaf('Content-Type: text/html; charset="utf-8"', html, 'utf-8', force_qp=True)
    subj = _subject(s)
    H = [f"From: {addr_hdr(s['name'], s['addr'])}", f"To: {_to(s)}",
         f"Subject: {ehdr(subj)}", f"Thread-Topic: {ehdr(subj.replace('Re: ', '').replace('RE: ', ''))}",
         f"Thread-Index: AQH{rs(20, B64C)}==", f"Date: {fmt(s['sent'], UTC)}", f"Message-ID: {mid}"]
    if q is not None:
        H += [f"References: {q.msgid}", f"In-Reply-To: {q.msgid}"]
    H += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "msip_labels:", f"x-ms-exchange-messagesentrepresentingtype: 1",
          f"x-tmn: [{rs(40, B64C)}]", "x-ms-publictraffictype: Email"] + s.get('extra', []) + [
          f'Content-Type: multipart/alternative;\n\tboundary="{b}"', "MIME-Version: 1.0"]
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)]), mid


def c_yahoo(s, P, app=None, aol=False):
    text = s['text']
    q = s.get('quote')
    sigs = {None: '', 'ios': 'Sent from Yahoo Mail for iPhone', 'android': 'Sent from Yahoo Mail on Android',
            'aol_ios': 'Sent from the all new AOL app for iOS', 'aol': ''}
    sig = sigs[app]
    plain = text + ('\n\n' + sig if sig else '')
    html = ('<html><head></head><body><div class="ydp' + rhex(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + ''.join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>" for l in text.split('\n')))
    if sig:
        html += f'<div><br></div><div id="ymail_android_signature">{esc(sig)}</div>' if app == 'android' else f'<div><br></div><div id="ymail_ios_signature">{esc(sig)}</div>'
    if q is not None:
        attr = attr_yahoo(q)
        plain += '\n\n   ' + attr + '  \n \n' + q.text + '\n'
        html += ('<div><br></div><div id="yahoo_quoted_' + rdig(10) + '" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{esc(attr)}</div><div><br></div><div><br></div><div>{q_html(q.text)}</div></div></div>')
    html += '</div></body></html>'
    plain += '\n'
    b = f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 1999999999)}.{epoch(s['sent'])}{rdig(3)}"
    mid = f"<{R.randint(100000000, 2099999999)}.{R.randint(100000, 9999999)}.{epoch(s['sent'])}{rdig(3)}@mail.yahoo.com>"
    ph, pb = _leaf('Content-Type: text/plain; charset=UTF-8', plain, 'utf-8', force_qp=True)
    hh, hb = _leaf('Content-Type: text/html; charset=UTF-8', html, 'utf-8', force_qp=True)
    H = [f"Date: {fmt(s['sent'], UTC, ' (UTC)')}", f"From: {addr_hdr(s['name'], s['addr'])}",
         f'To: {_to(s) if s.get("quote") else chr(34) + ADDR[s["mailbox"]] + chr(34) + " <" + ADDR[s["mailbox"]] + ">"}',
         f"Message-ID: {mid}"]
    if q is not None:
        H += [f"In-Reply-To: {q.msgid}"]
    H += [f"Subject: {ehdr(_subject(s))}", "MIME-Version: 1.0", f'Content-Type: multipart/alternative; \n\tboundary="{b}"']
    H += [f"References: {q.msgid if q is not None else ''} {mid}".replace('  ', ' ').replace('References:  ', 'References: ')]
    if app in ('ios', 'android', 'aol_ios'):
        H.append(f"X-Mailer: WebService/1.1.{R.randint(22000, 23999)} {'AolMailNorrin' if aol else 'YMailNorrin'}")
    else:
        H.append(f"X-Mailer: WebService/1.1.{R.randint(22000, 23999)} {'AolMailNorrin' if aol else 'YMailNorrin'}")
    H += s.get('extra', [])
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)]), mid


def c_thunderbird(s, P):
    text = s['text']
    q = s.get('quote')
    body = flowed(text)
    if q is not None:
        body += '\n\n' + attr_tb(q) + '\n' + quote_gt(q.text, '> ')
    body += '\n'
    dom = s['addr'].split('@')[1]
    mid = f"<{ruuid(False)}@{dom}>"
    cs = 'UTF-8'
    h, b = _leaf('Content-Type: text/plain; charset=UTF-8; format=flowed', body, 'utf-8',
                 force_qp=any(ord(c) > 127 for c in body) or any(len(l) > 900 for l in body.split('\n')))
    if h.endswith('7bit') and any(len(l) > 76 for l in body.split('\n')):
        pass
    H = [f"Message-ID: {mid}", f"Date: {fmt(s['sent'])}", "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    if q is not None:
        H += [f"References: {q.msgid}", f"In-Reply-To: {q.msgid}"]
    H += [f"To: {_to(s)}", f"From: {addr_hdr(s['name'], s['addr'])}", f"Subject: {ehdr(_subject(s))}"] + s.get('extra', []) + [h]
    return '\n'.join(H) + '\n\n' + b, mid


def c_samsung(s, P):
    text = s['text']
    q = s.get('quote')
    sig = s.get('sig', 'Sent from my Galaxy')
    plain = text + '\n\n\n\n' + sig
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir='auto'>"
            + '<br>'.join(esc(l) for l in text.split('\n')) + "<br><br><br><br><div dir='auto'><div dir='auto'>"
            + esc(sig) + "</div></div></div>")
    if q is not None:
        blk = samsung_block(q, s['addr'])
        plain += '\n\n\n' + blk + q.text
        html += "<div><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>" + q_html(blk) + "</div>" + q_html(q.text) + "</div>"
    html += '</body></html>'
    plain += '\n'
    b = f"--_com.samsung.android.email_{rdig(14)}{rdig(2)}"
    mid = f"<{rhex(16)}{rhex(8)}@email.android.com>"
    ph, pb = _leaf('Content-Type: text/plain; charset=utf-8', plain, 'utf-8', force_qp=True)
    hh, hb = _leaf('Content-Type: text/html; charset=utf-8', html, 'utf-8', force_qp=True)
    H = [f"Message-ID: {mid}", f"Date: {fmt(s['sent'])}", f"Subject: {ehdr(_subject(s))}",
         f"From: {addr_hdr(s['name'], s['addr'])}", f"To: {_to(s)}"]
    if q is not None:
        H += [f"In-Reply-To: {q.msgid}", f"References: {q.msgid}"]
    H += ["MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{b}"'] + s.get('extra', [])
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)]), mid


def c_ox(s, P):
    """Xfinity Connect (Open-Xchange App Suite)"""
    text = s['text']
    q = s.get('quote')
    plain = text
    html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
            + ''.join(f'  <div class="default-style">\n   {esc(l) if l else "<br>"}\n  </div>\n' for l in text.split('\n')))
    if q is not None:
        attr = attr_ox(q)
        plain += '\n\n> ' + attr + '\n> \n> \n' + quote_gt(q.text)
        html += f'  <blockquote type="cite">\n   {esc(attr)}\n   <br>\n   <br>\n   {q_html(q.text)}\n  </blockquote>\n'
    html += ' </body>\n</html>'
    plain += '\n'
    b = f"----=_Part_{R.randint(10000, 999999)}_{R.randint(100000000, 2099999999)}.{epoch(s['sent'])}{rdig(3)}"
    mid = f"<{R.randint(100000000, 2099999999)}.{R.randint(100000, 999999)}.{epoch(s['sent'])}{rdig(3)}@connect.xfinity.com>"
    ph, pb = _leaf('Content-Type: text/plain; charset=UTF-8', plain, 'utf-8')
    hh, hb = _leaf('Content-Type: text/html; charset=UTF-8', html, 'utf-8', force_qp=True)
    H = [f"Date: {fmt(s['sent'], CDT, ' (CDT)')}", f"From: {addr_hdr(s['name'], s['addr'])}",
         f'To: "{ADDR[s["mailbox"]]}" <{ADDR[s["mailbox"]]}>' if q is None else f"To: {_to(s)}",
         f"Message-ID: {mid}"]
    if q is not None:
        H += [f"In-Reply-To: {q.msgid}", f"References: {q.msgid}"]
    H += [f"Subject: {ehdr(_subject(s))}", "MIME-Version: 1.0", f'Content-Type: multipart/alternative; \n\tboundary="{b}"',
          "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev68",
          "X-Originating-Client: open-xchange-appsuite"] + s.get('extra', [])
    return '\n'.join(H) + '\n\n' + _alt(b, [(ph, pb), (hh, hb)]), mid


def c_roundcube(s, P):
    text = s['text']
    q = s.get('quote')
    body = text
    if q is not None:
        h, ap = h12(q.date)
        body += f"\n\nOn {q.date.year}-{q.date.month:02d}-{q.date.day:02d} {q.date.hour:02d}:{q.date.minute:02d}, {q.from_disp} wrote:\n" + quote_gt(q.text)
    body = flowed(body)
    body += '\n'
    dom = s['addr'].split('@')[1]
    mid = f"<{rhex(32)}@{dom}>"
    h, b = _leaf('Content-Type: text/plain; charset=US-ASCII;\n format=flowed' if all(ord(c) < 128 for c in body)
                 else 'Content-Type: text/plain; charset=UTF-8;\n format=flowed', body, 'utf-8')
    H = ["MIME-Version: 1.0", f"Date: {fmt(s['sent'])}", f"From: {addr_hdr(s['name'], s['addr'])}",
         f"To: {_to(s)}", f"Subject: {ehdr(_subject(s))}"]
    if q is not None:
        H += [f"In-Reply-To: {q.msgid}", f"References: {q.msgid}"]
    H += [f"User-Agent: Roundcube Webmail/1.6.{R.randint(5, 9)}", f"Message-ID: {mid}", "X-Sender: " + s['addr']] + s.get('extra', []) + [h]
    return '\n'.join(H) + '\n\n' + b, mid


CLIENTS = {
    'gmail': c_gmail, 'iphone': c_iphone, 'applemac': c_applemac, 'outlook': c_outlook,
    'owa': lambda s, P: c_owa(s, P, None), 'outlook_ios': lambda s, P: c_owa(s, P, 'ios'),
    'outlook_android': lambda s, P: c_owa(s, P, 'android'),
    'yahoo': lambda s, P: c_yahoo(s, P, None), 'yahoo_ios': lambda s, P: c_yahoo(s, P, 'ios'),
    'yahoo_android': lambda s, P: c_yahoo(s, P, 'android'),
    'aol': lambda s, P: c_yahoo(s, P, 'aol', True), 'aol_ios': lambda s, P: c_yahoo(s, P, 'aol_ios', True),
    'thunderbird': c_thunderbird, 'samsung': c_samsung, 'ox': c_ox, 'roundcube': c_roundcube,
}


def human_raw(s):
    """s: dict(when, mailbox, prov, client, name, addr, text, subject?, quote?, ...) -> str (LF)"""
    mb = s['mailbox']
    sent = s['when'] - TD(seconds=R.randint(4, 40))
    s['sent'] = sent
    P = provider(s['prov'], s.get('env_from', s['addr']), sent, ADDR[mb])
    msg, mid = CLIENTS[s['client']](s, P)
    tls = P.get('tls', True)
    return deliver(mb, s['when'], P['env_from'], P['helo'], P['rdns'], P['ip'], P['pre'], msg,
                   dkim=P['dkim'], dmarc=P['dmarc'], tls=(None if tls is None else
                                                          ('\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)' if s['prov'] == 'isp' else
                                                           "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)")))
