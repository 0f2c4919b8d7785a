"""How people's mail programs and providers write a message: envelope (our MX chain + the provider's own
headers), client headers, MIME structure, quoting of the mail being answered."""

from __future__ import annotations

import datetime as dt
import html as H

from mime import (CRLF, DOW, DOW_ES, DOW_ES_LONG, DOW_LONG, MON, MON_ES, MON_ES_LONG, MON_LONG, Leaf, Multi, Rand,
                  addr, ampm, choose_cte, enc_header, flowed, fold, in_off, is_ascii, message, rfc_date,
                  to_html_paras, when)
from ours import OURS

MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


# ---------------------------------------------------------------- envelope

def our_chain(r: Rand, mailbox: str, mailfrom: str, helo: str, ip: str, t: dt.datetime, auth: str,
              mx: str | None = None, tls: bool = True, delivered: str | None = None) -> list[str]:
    mx = mx or r.choice(["mx1", "mx2"])
    t1 = in_off(t + r.secs(1, 9), -5)
    t2 = t1 + r.secs(0, 2)
    rcpt = delivered or MAILBOX[mailbox]
    tls_txt = (f"{CRLF}\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits){CRLF}"
               f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256){CRLF}"
               f"\t(No client certificate requested)") if tls else ""
    mxip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    return [
        f"Return-Path: <{mailfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}]){CRLF}"
        f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {r.qid()}{CRLF}"
        f"\tfor <{rcpt}>; {rfc_date(t2, 'postfix')}",
        f"Authentication-Results: {mx}.alliant-energy.com;{auth}",
        f"Received: from {helo} ({helo} [{ip}]){tls_txt}{CRLF}"
        f"\tby {mx}.alliant-energy.com (Postfix) with ESMTP{'S' if tls else ''} id {r.qid()}{CRLF}"
        f"\tfor <{rcpt}>; {rfc_date(t1, 'postfix')}",
    ]


def auth_text(mx_hint: str, dkim_d: str | None, dkim_s: str | None, mailfrom: str, ip: str, from_domain: str,
              r: Rand, dkim="pass", spf="pass", dmarc="pass", policy="p=NONE sp=NONE dis=NONE") -> str:
    parts = []
    if dkim_d:
        parts.append(f"dkim={dkim} header.d={dkim_d} header.s={dkim_s} header.b={r.alnum(8)}")
    else:
        parts.append("dkim=none")
    mf_dom = mailfrom.split("@")[-1] if mailfrom else from_domain
    if spf == "pass":
        parts.append(f"spf=pass (mx.alliant-energy.com: domain of {mailfrom} designates {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}" if mailfrom else f"spf=pass smtp.helo={mf_dom}")
    elif spf == "none":
        parts.append(f"spf=none (mx.alliant-energy.com: domain of {mailfrom or 'postmaster'} has no SPF record) "
                     f"smtp.mailfrom={mailfrom or mf_dom}")
    else:
        parts.append(f"spf={spf} (mx.alliant-energy.com: domain of {mailfrom} does not designate {ip} as permitted "
                     f"sender) smtp.mailfrom={mailfrom}")
    parts.append(f"dmarc={dmarc} ({policy}) header.from={from_domain}")
    return "".join(f"{CRLF}\t{p}" + (";" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def dkim_sig(r: Rand, d: str, s: str, t: dt.datetime, h: str, indent: str = "        ") -> str:
    ts = int(t.timestamp())
    b = r.b64(342) + "=="
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
             f"{indent}d={d}; s={s}; t={ts}; x={ts + 604800}; darn=alliant-energy.com;",
             f"{indent}h={h};",
             f"{indent}bh={r.b64(43)}=;",
             f"{indent}b={b[:70]}"]
    for i in range(70, len(b), 70):
        lines.append(f"{indent} {b[i:i + 70]}")
    return CRLF.join(lines)


def provider(r: Rand, address: str, t: dt.datetime, mailbox: str, from_domain: str | None = None,
             auth_override: dict | None = None) -> list[str]:
    """Our chain plus the provider's own trace and signature headers, for a person's mail."""
    dom = address.split("@")[1].lower()
    from_domain = from_domain or dom
    rcpt = MAILBOX[mailbox]
    ao = auth_override or {}
    if dom == "gmail.com":
        n = r.randint(41, 180)
        pfx = r.choice(["pj1", "qk1", "pl1", "oi1", "yb1", "ua1", "vk1", "qt1", "il1", "ej1"])
        helo = f"mail-{pfx}-f{n}.google.com"
        ip = f"209.85.{r.randint(128, 222)}.{n}"
        sent = in_off(t + r.secs(0, 2), -7)
        hdrs = [f"Received: by {helo} with SMTP id {r.hex(10)}-{r.hex(20)}so{r.digits(7)}{r.alnum(3).lower()}.{r.randint(1, 3)}"
                f"{CRLF}        for <{rcpt}>; {rfc_date(sent, 'zero')} (PDT)",
                dkim_sig(r, "gmail.com", "20230601", t, "to:subject:message-id:date:from:mime-version:from:to:cc"
                         f"{CRLF}         :subject:date:message-id:reply-to"),
                f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d=1e100.net; s=20230601; "
                f"t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};{CRLF}        h=to:subject:message-id:date:from:"
                f"mime-version:x-gm-message-state:from:to:cc{CRLF}         :subject:date:message-id:reply-to;{CRLF}"
                f"        bh={r.b64(43)}=;{CRLF}        b={r.b64(70)}{CRLF}         {r.b64(70)}{CRLF}         {r.b64(60)}==",
                f"X-Gm-Message-State: AOJu0Y{r.b64(60)}{CRLF}\t{r.b64(40)}",
                f"X-Gm-Gg: ASbGnc{r.b64(66)}{CRLF}\t{r.b64(70)}",
                f"X-Google-Smtp-Source: AGHT+IE{r.b64(60)}=",
                f"X-Received: by 2002:a17:90b:{r.hex(4)}:b0:{r.hex(3)}:{r.hex(4)}:{r.hex(4)} with SMTP id"
                f"{CRLF} {r.hex(14)}mr{r.digits(7)}a91.{r.randint(2, 40)}.{int(t.timestamp()) % 10**10}{r.digits(3)};"
                f"{CRLF}        {rfc_date(sent, 'zero')} (PDT)"]
        auth = auth_text("", "gmail.com", "20230601", address, ip, from_domain, r,
                         policy="p=NONE sp=QUARANTINE dis=NONE", **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("yahoo.com", "aol.com", "ymail.com"):
        n = r.randint(301, 399)
        pool = r.choice(["bf2", "ne1", "gq1", "bf1"])
        helo = f"sonic{n}-{r.randint(10, 60)}.consmr.mail.{pool}.yahoo.com"
        ip = f"{r.choice(['74.6.', '66.163.', '98.137.'])}{r.randint(128, 200)}.{r.randint(10, 250)}"
        dk = "s2048" if dom == "yahoo.com" else "a2048"
        ts = int(t.timestamp())
        hdrs = [dkim_sig(r, dom, dk, t, "Date:From:To:Subject:References:From:Subject:Reply-To", "\t").replace(
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;", f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={dk}; t={ts};").replace(
            f"\td={dom}; s={dk}; t={ts}; x={ts + 604800}; darn=alliant-energy.com;{CRLF}", ""),
                f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={ts}; "
                f"bh={r.b64(43)}=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={r.b64(60)}{CRLF}\t{r.b64(66)}==",
                f"X-YMail-OSG: {r.alnum(60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._')}{CRLF} "
                f"{r.alnum(70, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._')}{CRLF} "
                f"{r.alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._')}--",
                f"X-Sonic-MF: <{address}>",
                f"X-Sonic-ID: {r.uuid()}",
                f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.{pool}.yahoo.com with HTTP; "
                f"{rfc_date(in_off(t, 0), 'zero')}"]
        auth = auth_text("", dom, dk, address, ip, from_domain, r, policy="p=REJECT sp=REJECT dis=NONE", **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        region = r.choice(["NAM12-MW2", "NAM10-DM6", "NAM11-CO1", "NAM04-BN8", "NAM02-SN1"])
        code = region.split("-")[1].lower()
        helo = f"{region}-obe.outbound.protection.outlook.com"
        inner = f"mail-{code}{region.split('-')[0].lower()}olkn20{r.randint(10, 99)}.outbound.protection.outlook.com"
        ip = f"40.92.{r.randint(10, 90)}.{r.randint(10, 250)}"
        srv = f"{r.choice(['SN7PR', 'BL3PR', 'DM4PR', 'CH3PR', 'PH7PR', 'MN2PR'])}{r.randint(10, 20)}MB{r.randint(1000, 9999)}"
        hdrs = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;{CRLF} b={r.b64(70)}{CRLF} {r.b64(70)}==",
                f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;{CRLF} s=arcselector10001;"
                f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount"
                f":X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;{CRLF} bh={r.b64(43)}=;{CRLF} b={r.b64(70)}==",
                "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none",
                dkim_sig(r, dom, "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", " ").replace(
                    "; darn=alliant-energy.com", ""),
                f"Received: from {srv}.namprd{r.randint(10, 20)}.prod.outlook.com ({'2603:10b6:' + r.hex(3) + '::' + r.hex(2)}) by{CRLF}"
                f" {srv}.namprd{r.randint(10, 20)}.prod.outlook.com ({'2603:10b6:' + r.hex(3) + '::' + r.hex(2)}) with Microsoft SMTP Server"
                f" (version=TLS1_2,{CRLF} cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randint(8000, 9300)}.{r.randint(10, 40)};"
                f" {rfc_date(in_off(t, 0), 'zero')}",
                f"X-MS-Exchange-Organization-SCL: 1",
                f"X-MS-PublicTrafficType: Email",
                f"X-MS-TrafficTypeDiagnostic: {srv}:EE_|{srv}:EE_"]
        auth = auth_text("", dom, "selector1", address, ip, from_domain, r, policy="p=NONE sp=QUARANTINE dis=NONE", **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("icloud.com", "me.com", "mac.com"):
        host = f"{r.choice(['st43p00im', 'ms11p00im', 'qs51p00im', 'p00-icloudmta-asmtp-us-west-1a'])}-{r.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}.me.com"
        ip = f"17.58.{r.randint(6, 90)}.{r.randint(10, 250)}"
        hdrs = [dkim_sig(r, "icloud.com", "1a1hai", t, "Content-Type:Mime-Version:Subject:Message-Id:To:From", "\t").replace(
            "; darn=alliant-energy.com", ""),
                f"Received: from smtpclient.apple (mail.outbound.icloud.com [{r.randint(17, 17)}.58.{r.randint(1, 60)}.{r.randint(1, 200)}])"
                f"{CRLF}\tby {host} (Postfix) with ESMTPSA id {r.hex(12, True)}{CRLF}\tfor <{rcpt}>; "
                f"{rfc_date(in_off(t, 0), 'postfix')}",
                f"X-Proofpoint-ORIG-GUID: {r.alnum(32)}",
                f"X-Proofpoint-GUID: {r.alnum(32)}"]
        auth = auth_text("", "icloud.com", "1a1hai", address, ip, from_domain, r, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", **ao)
        return our_chain(r, mailbox, address, host, ip, t, auth) + hdrs
    if dom == "comcast.net":
        helo = f"resomta-a1p-{r.randint(600000, 699999)}.sys.comcast.net"
        ip = f"96.102.{r.randint(1, 250)}.{r.randint(1, 250)}"
        hdrs = [f"Received: from oxapp-hoa-{r.randint(10, 99)}a.email.comcast.net ([96.118.{r.randint(1, 250)}.{r.randint(1, 250)}])"
                f"{CRLF}\tby resomta-a1p-{r.randint(600000, 699999)}.sys.comcast.net with ESMTPA{CRLF}\tid {r.alnum(14)}; "
                f"{rfc_date(in_off(t, 0), 'zero')}",
                dkim_sig(r, "comcast.net", "20190202a", t, "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", "\t").replace(
                    "; darn=alliant-energy.com", ""),
                f"X-Xfinity-VAAS: {r.alnum(40)}",
                "X-Xfinity-VMeta: sc=-100.00;st=legit"]
        auth = auth_text("", "comcast.net", "20190202a", address, ip, from_domain, r, **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom == "mchsi.com":
        helo = f"smtp{r.randint(1, 4)}.mediacomcc.net"
        ip = f"173.{r.randint(16, 31)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
        hdrs = [f"Received: from webmail.mchsi.com (localhost [127.0.0.1]){CRLF}\tby {helo} (Postfix) with ESMTPSA id "
                f"{r.qid()}{CRLF}\tfor <{rcpt}>; {rfc_date(t, 'postfix')}",
                dkim_sig(r, "mchsi.com", "mcc2021", t, "from:to:subject:date:message-id", "\t").replace("; darn=alliant-energy.com", "")]
        auth = auth_text("", "mchsi.com", "mcc2021", address, ip, from_domain, r, **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("centurylink.net", "q.com"):
        helo = f"smtp.{dom}"
        ip = f"206.81.{r.randint(1, 250)}.{r.randint(1, 250)}"
        hdrs = [f"Received: from zimbra-web{r.randint(1, 9)}.{dom} (zimbra-web.{dom} [10.12.{r.randint(1, 250)}.{r.randint(1, 250)}])"
                f"{CRLF}\tby {helo} (Postfix) with ESMTP id {r.qid()};{CRLF}\t{rfc_date(t, 'postfix')}"]
        auth = auth_text("", None, None, address, ip, from_domain, r, **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom == "charter.net":
        helo = f"p-impout{r.randint(1, 9):03d}.msg.pkvw.co.charter.net"
        ip = f"47.43.{r.randint(1, 250)}.{r.randint(1, 250)}"
        hdrs = [f"Received: from webmail.charter.net ([10.124.{r.randint(1, 250)}.{r.randint(1, 250)}]){CRLF}\tby {helo} with ESMTPA"
                f"{CRLF}\tid {r.alnum(14)}; {rfc_date(in_off(t, 0), 'zero')}"]
        auth = auth_text("", None, None, address, ip, from_domain, r, **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("fastmail.com", "fastmail.fm"):
        helo = f"fout-{r.choice(['a', 'b'])}{r.randint(1, 8)}-smtp.messagingengine.com"
        ip = f"103.168.172.{r.randint(140, 160)}"
        hdrs = [f"Received: from phl-compute-{r.randint(1, 12):02d} (phl-compute-{r.randint(1, 12):02d} [10.202.2.{r.randint(40, 50)}])"
                f"{CRLF}\tby mailfout.phl.internal (Postfix) with ESMTP id {r.hex(10, True)}{CRLF}\tfor <{rcpt}>; "
                f"{rfc_date(t, 'zero')}",
                dkim_sig(r, dom, "fm3", t, "cc:content-transfer-encoding:content-type:date:date:from:from:in-reply-to:message-id:mime-version:subject:subject:to:to", "\t").replace("; darn=alliant-energy.com", ""),
                f"X-ME-Sender: <xms:{r.alnum(40)}>",
                "X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgeeffedrtdeggddukedtucetufdoteggodetrfdotffvucfrrh"]
        auth = auth_text("", dom, "fm3", address, ip, from_domain, r, **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        helo = f"mail-{r.randint(4000, 4399)}.protonmail.ch"
        ip = f"185.70.{r.randint(40, 43)}.{r.randint(10, 250)}"
        hdrs = [dkim_sig(r, dom, "protonmail3", t, "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", "\t").replace("; darn=alliant-energy.com", ""),
                f"X-Pm-Message-ID: {r.hex(40)}",
                f"Feedback-ID: {r.digits(6)}:user:proton"]
        auth = auth_text("", dom, "protonmail3", address, ip, from_domain, r, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", **ao)
        return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs
    # a business or university domain on Microsoft 365
    slug = dom.replace(".", "")[:20]
    code = r.choice(["dm6nam10", "bn8nam12", "co1nam11", "ch1nam02", "sa9nam04", "mw2nam12"])
    helo = f"mail-{code}on20{r.randint(50, 99)}.outbound.protection.outlook.com"
    ip = f"40.107.{r.randint(90, 244)}.{r.randint(10, 250)}"
    srv = f"{r.choice(['CH0PR', 'SJ0PR', 'PH0PR', 'MW4PR', 'IA1PR'])}{r.randint(10, 19)}MB{r.randint(1000, 9999)}"
    hdrs = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;{CRLF} b={r.b64(70)}{CRLF} {r.b64(68)}==",
            f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass{CRLF} smtp.mailfrom={dom}; dmarc=pass action=none"
            f" header.from={dom};{CRLF} dkim=pass header.d={dom}; arc=none",
            dkim_sig(r, dom, "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", " ").replace(
                "; darn=alliant-energy.com", ""),
            f"Received: from {srv}.namprd{r.randint(10, 20)}.prod.outlook.com (2603:10b6:{r.hex(3)}:{r.hex(2)}::{r.hex(2)}) by{CRLF}"
            f" {srv}.namprd{r.randint(10, 20)}.prod.outlook.com (2603:10b6:{r.hex(3)}:{r.hex(2)}::{r.hex(2)}) with Microsoft SMTP Server"
            f" (version=TLS1_2,{CRLF} cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randint(8000, 9300)}.{r.randint(10, 40)};"
            f" {rfc_date(in_off(t, 0), 'zero')}",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t.astimezone(dt.timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]} (UTC)",
            f"X-MS-Exchange-CrossTenant-Id: {r.uuid()}",
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {srv}"]
    auth = auth_text("", dom, "selector1", address, ip, from_domain, r, policy="p=QUARANTINE sp=NONE dis=NONE", **ao)
    return our_chain(r, mailbox, address, helo, ip, t, auth) + hdrs


# ---------------------------------------------------------------- quoting

def stable(s: str) -> int:
    import hashlib
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:12], 16)


def our_from(o) -> str:
    return f"{o['frm_name']} <{o['frm']}>"


def quote_block(style: str, o: dict, me: tuple[str, str], lang: str = "en") -> tuple[str, str, str]:
    """(attribution line or header block, quoted plain text, quoted html) for the mail `o` being answered."""
    d = o["date"]
    txt = o["text"]
    if style == "gmail":
        if lang == "es":
            att = (f"El {DOW_ES[d.weekday()]}, {d.day} {MON_ES[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, "
                   f"{o['frm_name']} (<{o['frm']}>) escribió:")
        else:
            att = (f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {ampm(d)} {o['frm_name']} "
                   f"<{o['frm']}> wrote:")
        plain = att + "\n\n" + "\n".join(("> " + l) if l else ">" for l in txt.split("\n"))
        return att, plain, txt
    if style == "apple":
        if lang == "es":
            h = d.hour % 12 or 12
            att = (f"El {d.day} {MON_ES[d.month - 1]} {d.year}, a las {h}:{d.minute:02d} "
                   f"{'a.m.' if d.hour < 12 else 'p.m.'}, {o['frm_name']} <{o['frm']}> escribió:")
        else:
            att = f"On {MON[d.month - 1]} {d.day}, {d.year}, at {ampm(d)}, {o['frm_name']} <{o['frm']}> wrote:"
        plain = "> " + att + "\n> \n" + "\n".join(("> " + l) if l else "> " for l in txt.split("\n"))
        return att, plain, txt
    if style == "thunderbird":
        att = f"On {d.month}/{d.day}/{str(d.year)[2:]} {ampm(d)}, {o['frm_name']} wrote:"
        plain = att + "\n" + "\n".join(("> " + l) if l else ">" for l in txt.split("\n"))
        return att, plain, txt
    if style in ("outlook", "outlookcom"):
        if lang == "es":
            blk = (f"De: {o['frm_name']} <{o['frm']}>\nEnviado: {DOW_ES_LONG[d.weekday()]}, {d.day} de "
                   f"{MON_ES_LONG[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}\nPara: {me[1]}\n"
                   f"Asunto: {o['subject']}")
        else:
            sent = f"{DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} {ampm(d, style == 'outlookcom')}"
            to = f"{me[0]} <{me[1]}>" if style == "outlook" else f"{me[1]} <{me[1]}>"
            blk = f"From: {o['frm_name']} <{o['frm']}>\nSent: {sent}\nTo: {to}\nSubject: {o['subject']}"
        sep = "________________________________\n" if style == "outlookcom" else ""
        plain = sep + blk + "\n\n" + txt
        return blk, plain, txt
    if style == "yahoo":
        att = (f"On {DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} at "
               f"{d.hour % 12 or 12:02d}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'} CDT, "
               f"{o['frm_name']} <{o['frm']}> wrote:")
        plain = "   " + att + "  \n \n " + "\n ".join(txt.split("\n"))
        return att, plain, txt
    if style == "samsung":
        sd = f"{d.month}/{d.day}/{str(d.year)[2:]} {ampm(d)} (GMT-05:00)"
        if lang == "es":
            blk = (f"-------- Mensaje original --------\nDe: {o['frm_name']} <{o['frm']}> \nFecha: {sd} \n"
                   f"Para: {me[1]} \nAsunto: {o['subject']} \n")
        else:
            blk = (f"-------- Original message --------\nFrom: {o['frm_name']} <{o['frm']}> \nDate: {sd} \n"
                   f"To: {me[1]} \nSubject: {o['subject']} \n")
        return blk, blk + "\n" + txt, txt
    if style == "gmailfwd":
        att = (f"---------- Forwarded message ---------\nFrom: {o['frm_name']} <{o['frm']}>\n"
               f"Date: {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {ampm(d)}\n"
               f"Subject: {o['subject']}\nTo: <{me[1]}>")
        return att, att + "\n\n\n" + txt, txt
    if style == "applefwd":
        att = (f"Begin forwarded message:\n\nFrom: {o['frm_name']} <{o['frm']}>\n"
               f"Subject: {o['subject']}\nDate: {MON_LONG[d.month - 1]} {d.day}, {d.year} at {ampm(d)} CDT\n"
               f"To: {me[1]}")
        plain = att + "\n\n" + txt
        return att, plain, txt
    raise ValueError(style)


def html_quote(style: str, att: str, qtext: str) -> str:
    body = to_html_paras(qtext, "div")
    if style == "gmail":
        return (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{H.escape(att)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>')
    if style == "gmailfwd":
        return (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{H.escape(att).replace(chr(10), "<br>")}<br></div><br><br>{body}</div>')
    if style in ("apple", "applefwd"):
        return (f'<div><br><blockquote type="cite"><div>{H.escape(att).replace(chr(10), "<br>")}</div><br '
                f'class="Apple-interchange-newline">{body}</blockquote></div>')
    if style == "thunderbird":
        return (f'<div class="moz-cite-prefix">{H.escape(att)}<br></div><blockquote type="cite">{body}</blockquote>')
    if style == "outlook":
        blk = H.escape(att).replace("\n", "<br>\n")
        for k in ("From:", "Sent:", "To:", "Subject:", "De:", "Enviado:", "Para:", "Asunto:"):
            blk = blk.replace(k, f"<b>{k}</b>", 1)
        return (f'<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                f'<p class="MsoNormal">{blk}<o:p></o:p></p></div></div>'
                + "".join(f'<p class="MsoNormal">{H.escape(l) or "&nbsp;"}<o:p></o:p></p>' for l in qtext.split("\n")))
    if style == "outlookcom":
        blk = H.escape(att).replace("\n", "<br>")
        for k in ("From:", "Sent:", "To:", "Subject:", "De:", "Enviado:", "Para:", "Asunto:"):
            blk = blk.replace(k, f"<b>{k}</b>", 1)
        return (f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{blk}</font><div>&nbsp;</div></div><div>{body}</div>')
    if style == "yahoo":
        return (f'<div id="yahoo_quoted_{stable(att) % 10**10}" class="yahoo_quoted"><div style="font-family:'
                f'\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>'
                f'{H.escape(att)}</div><div><br></div><div><br></div><div>{body}</div></div></div>')
    if style == "samsung":
        return (f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><!-- originalMessage -->'
                f'<div>{H.escape(att).replace(chr(10), "<br>")}</div></div><div>{body}</div>')
    raise ValueError(style)


# ---------------------------------------------------------------- programs

TAGLINES = {
    ("iphone", "en"): "Sent from my iPhone", ("iphone", "es"): "Enviado desde mi iPhone",
    ("ipad", "en"): "Sent from my iPad",
    ("samsung", "en"): "Sent from my Galaxy", ("samsung", "es"): "Enviado desde mi Galaxy",
    ("outlook_ios", "en"): "Get Outlook for iOS", ("outlook_android", "en"): "Get Outlook for Android",
    ("outlook_android", "es"): "Obtener Outlook para Android", ("outlook_ios", "es"): "Obtener Outlook para iOS",
    ("yahoo_android", "en"): "Sent from Yahoo Mail on Android", ("yahoo_android", "es"): "Enviado desde Yahoo Mail para Android",
    ("yahoo_ios", "en"): "Sent from Yahoo Mail for iPhone", ("aol_android", "en"): "Sent from AOL on Android",
}


def reply_headers(p, o, style_prefix="Re: "):
    if o is None:
        return []
    return [f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"]


def subject_of(p, o):
    if "subject" in p:
        return p["subject"]
    if p.get("fwd"):
        return {"outlook": "FW: ", "outlookcom": "Fw: "}.get(p.get("qstyle", ""), "Fwd: ") + o["subject"]
    pre = {"outlook": "RE: ", "outlookcom": "RE: "}.get(p.get("qstyle", ""), "Re: ")
    return pre + o["subject"]


QSTYLE = {"gmail": "gmail", "gmail_android": "gmail", "iphone": "apple", "ipad": "apple", "applemail": "apple",
          "outlook16": "outlook", "outlookcom": "outlookcom", "outlook_ios": "outlookcom",
          "outlook_android": "outlookcom", "yahoo": "yahoo", "yahoo_android": "yahoo", "yahoo_ios": "yahoo",
          "aol": "yahoo", "aol_android": "yahoo", "thunderbird": "thunderbird", "samsung": "samsung",
          "comcast": "thunderbird", "zimbra": "outlookcom", "roundcube": "thunderbird", "proton": "gmail"}


def assemble(p: dict) -> tuple[str, str | None, dict | None]:
    """The full plain text (new text + tagline + quote) and the html, per program."""
    prog, lang = p["prog"], p.get("lang", "en")
    o = OURS[p.get("reply") or p.get("fwd")] if (p.get("reply") or p.get("fwd")) else None
    new = p["text"].rstrip("\n")
    tag = (TAGLINES.get((prog, lang)) or TAGLINES.get((prog, "en"))) if p.get("tagline", True) else None
    if prog in ("gmail", "gmail_android", "thunderbird", "applemail", "outlook16", "outlookcom", "yahoo", "aol",
                "comcast", "zimbra", "roundcube", "proton"):
        tag = None
    return new, tag, o


def fits(text: str, charset: str) -> str:
    from mime import codec
    try:
        text.encode(codec(charset))
        return charset
    except UnicodeEncodeError:
        return "UTF-8"


def render(p: dict) -> bytes:
    r = Rand(f"summer-{p['id']}")
    if p["prog"] in ("gmail_unsub", "agent"):
        return render_unsub(p, r)
    if p["prog"] == "outlook_unsub":
        p = dict(p, prog="outlookcom", plain_only=True)
    prog = p["prog"]
    lang = p.get("lang", "en")
    mailbox = p["mailbox"]
    t = when(p["when"], p.get("off", -5))
    name, address = p["frm"]
    new, tag, o = assemble(p)
    qs = p.get("qstyle") or QSTYLE[prog]
    if p.get("fwd"):
        qs = {"gmail": "gmailfwd", "apple": "applefwd"}.get(qs, qs)
    p["qstyle"] = qs if not p.get("fwd") else {"gmailfwd": "gmail", "applefwd": "apple"}.get(qs, qs)
    subj = subject_of(p, o)
    to = p.get("to") or MAILBOX[mailbox]
    if o is not None and not p.get("fwd") and not p.get("to_h"):
        to_h = f"{o['frm_name']} <{o['reply_to'] or o['frm']}>"
    else:
        to_h = p.get("to_h") or to
    bottom = p.get("bottom", False)

    # plain text
    plain = new
    if tag:
        plain += "\n\n" + tag
    qatt = qplain = qhtml_src = None
    if o is not None and not p.get("noquote"):
        qatt, qplain, qhtml_src = quote_block(qs, o, (name, address), lang)
        if bottom:
            plain = qplain + "\n\n" + plain
        else:
            plain = plain + "\n\n" + qplain
    if p.get("sig_after_quote"):
        plain += "\n\n" + p["sig_after_quote"]
    plain += "\n"

    html = None
    if prog in ("iphone", "ipad") and o is None:
        p["plain_only"] = True
    if not p.get("plain_only") and prog not in ("thunderbird", "roundcube"):
        hq = html_quote(qs, qatt, qhtml_src) if qatt else ""
        html = html_for(prog, p, new, tag, hq, bottom)

    cs = p.get("charset")
    hdr_from = addr(name, address, how=p.get("name_enc", "Q"), charset=p.get("hdr_charset", "UTF-8"))
    subj_h = enc_header("Subject", subj, how=p.get("subj_enc", "Q"), charset=p.get("hdr_charset", "UTF-8"))
    extra = p.get("headers", [])
    reply_to = [f"Reply-To: {addr(*p['reply_to'])}"] if p.get("reply_to") else []
    cc = [fold("Cc", p["cc"])] if p.get("cc") else []
    irt = reply_headers(p, o) if o is not None and not p.get("fwd") else []
    if p.get("no_irt"):
        irt = []

    def plain_leaf(default_cs, flowed_ok=False, force=None):
        charset = fits(plain, cs or default_cs)
        cte = force or choose_cte(plain, charset)
        return Leaf("text/plain", plain, charset, cte)

    def html_leaf(default_cs, force=None):
        charset = fits(html, cs or default_cs)
        cte = force or ("quoted-printable" if (not is_ascii(html) or any(len(l) > 76 for l in html.split("\n"))) else "7bit")
        return Leaf("text/html", html, charset, cte)

    if prog in ("gmail", "gmail_android"):
        bnd = "000000000000" + r.hex(12)
        node = Multi("alternative", bnd, [plain_leaf("UTF-8"), html_leaf("UTF-8")]) if html else plain_leaf("UTF-8")
        mid = f"<CA{r.choice(['+', 'K', 'J', 'P', 'E', 'H'])}{r.alnum(2)}{r.b64(40).replace('/', '_')}{r.choice(['w', 'g', 'Q', 'A'])}@mail.gmail.com>"
        h = ["MIME-Version: 1.0"] + ([f"References: {o['msgid']}"] if irt else []) + \
            ([f"In-Reply-To: {o['msgid']}"] if irt else []) + \
            [f"From: {hdr_from}", f"Date: {rfc_date(t)}", f"Message-ID: {mid}", subj_h, f"To: {to_h}"] + cc + reply_to + extra
        if isinstance(node, Multi):
            node.quote_boundary = True
    elif prog in ("iphone", "ipad"):
        m = f"<{r.uuid(True)}@{address.split('@')[1]}>"
        ver = p.get("ios", "iPhone Mail (22F76)" if prog == "iphone" else "iPad Mail (22F76)")
        if html:
            bnd = f"Apple-Mail-{r.uuid(True)}"
            node = Multi("alternative", bnd, [plain_leaf("us-ascii"), html_leaf("utf-8")], quote_boundary=False)
        else:
            node = plain_leaf("us-ascii")
            node._quote = False
        h = [f"From: {hdr_from}"] + [f"Mime-Version: 1.0 (1.0)", f"Date: {rfc_date(t)}", subj_h, f"Message-Id: {m}"] + \
            ([f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}"] if irt else []) + cc + reply_to + \
            [f"To: {to_h}", f"X-Mailer: {ver}"] + extra
    elif prog == "applemail":
        bnd = f"Apple-Mail=_{r.uuid(True)}"
        node = Multi("alternative", bnd, [plain_leaf("us-ascii"), html_leaf("us-ascii")]) if html else plain_leaf("us-ascii")
        ver = p.get("macver", "3826.600.51.1.5")
        h = [f"From: {hdr_from}", f"Mime-Version: 1.0 (Mac OS X Mail 16.0 \\({ver}\\))", subj_h,
             f"Message-Id: <{r.uuid(True)}@{address.split('@')[1]}>"] + \
            ([f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}"] if irt else []) + \
            [f"Date: {rfc_date(t)}", f"To: {to_h}"] + cc + reply_to + [f"X-Mailer: Apple Mail (2.{ver})"] + extra
    elif prog == "outlook16":
        stamp = f"{r.hex(8, True)}.{r.hex(8, True)}"
        bnd = f"----=_NextPart_000_{r.hex(4, True)}_{stamp}"
        node = Multi("alternative", bnd, [plain_leaf("us-ascii"), html_leaf("us-ascii")]) if html else plain_leaf("us-ascii")
        if isinstance(node, Multi):
            node.quote_boundary = True
        dom = address.split("@")[1]
        h = [f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + [subj_h, f"Date: {rfc_date(t)}",
             f"Message-ID: <{r.hex(12)}${r.hex(8)}${r.hex(8)}$@{dom}>"] + \
            ([f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}"] if irt else []) + \
            ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
             f"Thread-Index: AQ{r.b64(30)}" if not irt else f"Thread-Index: AQ{r.b64(30)}{r.b64(12)}",
             f"Content-Language: {'es-us' if lang == 'es' else 'en-us'}"] + extra
    elif prog in ("outlookcom", "outlook_ios", "outlook_android"):
        srv = f"{r.choice(['SN7PR', 'BL3PR', 'DM4PR', 'CH3PR', 'PH7PR', 'MN2PR'])}{r.randint(10, 20)}MB{r.randint(1000, 9999)}"
        mid = f"<{srv}{r.hex(24, True)}@{srv}.namprd{r.randint(10, 20)}.prod.outlook.com>"
        bnd = f"_000_{mid[1:-1].replace('@', '').replace('.', '')}_"
        node = Multi("alternative", bnd, [plain_leaf("iso-8859-1"), html_leaf("iso-8859-1")]) if html else plain_leaf("iso-8859-1")
        if isinstance(node, Multi):
            node.quote_boundary = True
        topic = subj.split(": ", 1)[1] if subj.lower().startswith(("re: ", "fw: ", "fwd: ")) else subj
        h = [f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + [subj_h,
             enc_header("Thread-Topic", topic), f"Thread-Index: AQH{r.b64(24)}", f"Date: {rfc_date(in_off(t, 0))}",
             f"Message-ID: {mid}"] + \
            ([f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}"] if irt else []) + \
            [f"Accept-Language: {'es-US' if lang == 'es' else 'en-US'}, en-US",
             f"Content-Language: {'es-US' if lang == 'es' else 'en-US'}", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", "msip_labels:", "MIME-Version: 1.0"] + extra
    elif prog in ("yahoo", "yahoo_android", "yahoo_ios", "aol", "aol_android"):
        ms = int(t.timestamp() * 1000) + r.randint(0, 999)
        bnd = f"----=_Part_{r.randint(1000000, 9999999)}_{r.randint(100000000, 999999999)}.{ms}"
        node = Multi("alternative", bnd, [plain_leaf("UTF-8"), html_leaf("UTF-8")]) if html else plain_leaf("UTF-8")
        xm = {"yahoo": "WebService/1.1.24187 YMailNorrin", "yahoo_android": "WebService/1.1.24187 YahooMailAndroidMobile",
              "yahoo_ios": "WebService/1.1.24187 YahooMailIosMobile", "aol": "WebService/1.1.24187 AolMailNorrin",
              "aol_android": "WebService/1.1.24187 AolMailAndroidMobile"}[prog]
        h = [f"Date: {rfc_date(in_off(t, 0), 'utc')}", f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + \
            [f"Message-ID: <{r.randint(100000000, 2147483647)}.{r.randint(1000000, 9999999)}.{ms}@mail.yahoo.com>"] + \
            ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
            [subj_h, "MIME-Version: 1.0", f"X-Mailer: {xm}"] + extra
    elif prog in ("thunderbird", "roundcube"):
        text = flowed(plain)
        charset = cs or ("UTF-8" if not is_ascii(text) else ("UTF-8" if prog == "thunderbird" else "US-ASCII"))
        cte = "8bit" if not is_ascii(text) else "7bit"
        if cs and cs.lower() == "iso-8859-1" and not is_ascii(text):
            cte = "quoted-printable"
        node = Leaf("text/plain", text, charset, cte, params="; format=flowed")
        node._quote = False
        dom = address.split("@")[1]
        if prog == "thunderbird":
            h = [f"Message-ID: <{r.uuid()}@{dom}>", f"Date: {rfc_date(t)}", "MIME-Version: 1.0",
                 "User-Agent: Mozilla Thunderbird", f"Content-Language: {'es-MX' if lang == 'es' else 'en-US'}",
                 f"To: {to_h}"] + cc + reply_to + \
                ([f"References: {o['msgid']}"] if irt else []) + [f"From: {hdr_from}", subj_h] + \
                ([f"In-Reply-To: {o['msgid']}"] if irt else []) + extra
        else:
            h = ["MIME-Version: 1.0", f"Date: {rfc_date(t)}", f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + \
                [subj_h] + ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
                [f"Message-ID: <{r.hex(32)}@{dom}>", f"X-Sender: {address}", "User-Agent: Roundcube Webmail/1.6.9"] + extra
    elif prog == "samsung":
        bnd = f"--_com.samsung.android.email_{r.randint(10**14, 10**15)}{r.randint(1000, 9999)}"
        node = Multi("alternative", bnd, [plain_leaf("UTF-8", force="base64") if p.get("b64") else plain_leaf("UTF-8"),
                                          html_leaf("UTF-8", force="base64") if p.get("b64") else html_leaf("UTF-8")])
        node.quote_boundary = True
        h = [f"Message-ID: <{r.alnum(8, '0123456789abcdef')}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}@email.android.com>"] + \
            [f"Date: {rfc_date(t)}", subj_h, f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + \
            ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
            ["MIME-Version: 1.0", "Importance: normal", "X-Priority: 3"] + extra
    elif prog == "comcast":
        bnd = f"----=_Part_{r.randint(100000, 999999)}_{r.randint(100000000, 999999999)}.{int(t.timestamp() * 1000)}"
        node = Multi("alternative", bnd, [plain_leaf("UTF-8"), html_leaf("UTF-8")]) if html else plain_leaf("UTF-8")
        h = [f"Date: {rfc_date(t)}", f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + \
            [f"Message-ID: <{r.randint(100000000, 999999999)}.{r.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@connect.xfinity.com>"] + \
            ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
            [subj_h, "MIME-Version: 1.0", "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev71",
             "X-Originating-Client: open-xchange-appsuite"] + extra
    elif prog == "zimbra":
        bnd = f"=_{r.uuid()}"
        node = Multi("alternative", bnd, [plain_leaf("utf-8"), html_leaf("utf-8")]) if html else plain_leaf("utf-8")
        dom = address.split("@")[1]
        h = [f"Date: {rfc_date(t)}", f"From: {hdr_from}", f"To: {to_h}"] + cc + reply_to + \
            [f"Message-ID: <{r.randint(100000000, 999999999)}.{r.randint(100000, 999999)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{dom}>"] + \
            ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
            [subj_h, "MIME-Version: 1.0", "X-Mailer: Zimbra 9.0.0_GA_4597 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4597)",
             enc_header("Thread-Topic", subj.split(": ", 1)[-1]), f"Thread-Index: {r.b64(20)}"] + extra
    elif prog == "proton":
        bnd = f"b1=_{r.alnum(40)}"
        node = Multi("alternative", bnd, [plain_leaf("utf-8"), html_leaf("utf-8")]) if html else plain_leaf("utf-8")
        h = [f"Date: {rfc_date(in_off(t, 0), 'nodow').replace(' +0000', ' +0000')}".replace("Date: ", f"Date: {DOW[in_off(t, 0).weekday()]}, "),
             f"To: {to_h}"] + cc + reply_to + [f"From: {hdr_from}", subj_h,
             f"Message-ID: <{r.b64(70).replace('/', '_').replace('+', '-')}=@proton.me>"] + \
            ([f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}"] if irt else []) + \
            [f"Feedback-ID: {r.digits(8)}:user:proton", "X-Pm-Message-ID: " + r.hex(40), "MIME-Version: 1.0"] + extra
    else:
        raise ValueError(prog)

    if prog in ("iphone", "ipad", "applemail"):
        for leaf in (node.parts if isinstance(node, Multi) else [node]):
            leaf._quote = False
    env = provider(r, address, t, mailbox, auth_override=p.get("auth"))
    return message(env + h, node)


def html_for(prog, p, new, tag, hq, bottom) -> str:
    lang = p.get("lang", "en")
    esc_new = new
    if prog in ("gmail", "gmail_android", "proton"):
        inner = to_html_paras(esc_new, "div")
        body = f'<div dir="ltr">{inner}</div>'
        return (hq + body if bottom else body + hq) + "\n"
    if prog in ("iphone", "ipad"):
        lines = "".join(f'<div dir="ltr">{H.escape(l) or "<br>"}</div>' for l in new.split("\n"))
        t = f'<div dir="ltr"><br></div><div dir="ltr">{H.escape(tag)}</div>' if tag else ""
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{lines}{t}{hq}</body></html>\n')
    if prog == "applemail":
        lines = to_html_paras(new, "div")
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{lines}{hq}</body></html>\n')
    if prog == "outlook16":
        paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in new.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style></head>'
                f'<body lang={"ES" if lang == "es" else "EN-US"} link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
                f'<div class=WordSection1>\n{paras}\n{hq}</div></body></html>\n')
    if prog in ("outlookcom", "outlook_ios", "outlook_android"):
        lines = "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                        f'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{H.escape(l) or "<br>"}</div>\n'
                        for l in new.split("\n"))
        t = f'<div id="ms-outlook-mobile-signature"><div><br></div>{H.escape(tag)}</div>\n' if tag else ""
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={"iso-8859-1" if fits(new, "iso-8859-1") == "iso-8859-1" else "utf-8"}">'
                f'<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>'
                f'<body dir="ltr">\n{lines}{t}{hq}</body></html>\n')
    if prog in ("yahoo", "yahoo_android", "yahoo_ios", "aol", "aol_android"):
        lines = "".join(f'<div dir="ltr" data-setdir="false">{H.escape(l) or "<br>"}</div>' for l in new.split("\n"))
        t = (f'<br><br><div id="ymail_android_signature"><a id="ymail_android_signature_link" '
             f'href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_'
             f'EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;'
             f'af_sub5=EmailSignature__Static_">{H.escape(tag)}</a></div>') if tag else ""
        return (f'<html><head></head><body><div class="ydp{stable(new) % 10**8:08x}yahoo-style-wrap" style="font-family:'
                f'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{lines}{t}</div>{hq}</body></html>\n')
    if prog == "samsung":
        lines = "".join(f'<div dir="auto">{H.escape(l) or "<br>"}</div>' for l in new.split("\n"))
        t = (f'<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div '
             f'style="font-size:12px;color:#575757" dir="auto">{H.escape(tag)}</div></div>') if tag else ""
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                f'{lines}{t}{hq}</body></html>\n')
    if prog == "comcast":
        lines = "".join(f'<div class="default-style">{H.escape(l) or "&nbsp;"}</div>' for l in new.split("\n"))
        return (f'<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  {lines}\n'
                f'  {hq}\n </body>\n</html>\n')
    if prog == "zimbra":
        bogus = '<br data-mce-bogus="1">'
        lines = "".join(f'<div>{H.escape(l) or bogus}</div>' for l in new.split("\n"))
        return (f'<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f'{lines}{hq}</div></body></html>\n')
    raise ValueError(prog)


def render_unsub(p: dict, r: Rand) -> bytes:
    """A message software wrote for a person to our List-Unsubscribe mailto: Gmail's button, or an inbox-cleaning
    service sending through the person's Gmail with Auto-Submitted."""
    t = when(p["when"], p.get("off", -5))
    name, address = p["frm"]
    mid = f"<CA{r.choice(['+', 'K', 'J'])}{r.alnum(2)}{r.b64(40).replace('/', '_')}@mail.gmail.com>"
    h = ["MIME-Version: 1.0", f"From: {addr(name, address)}", f"Date: {rfc_date(t)}", f"Message-ID: {mid}",
         f"Subject: {p['subject']}", f"To: {MAILBOX[p['mailbox']]}"]
    text = p["text"]
    if p["prog"] == "agent":
        h += ["Auto-Submitted: auto-generated", "X-Mailer: Declutterly Unsubscribe Agent 3.2 (+https://declutterly.app/agent)",
              f"X-Declutterly-Job: {r.hex(16)}"]
        text = text + "\n--\nSent by Declutterly on behalf of " + address + "\n"
    node = Leaf("text/plain", text, "UTF-8", "7bit")
    env = provider(r, address, t, p["mailbox"])
    return message(env + h, node)
