"""Sending-provider transport headers: what Gmail, Outlook.com, Microsoft 365, Yahoo/AOL, iCloud,
small ISPs, Proton and our own web servers put above the client's headers."""
import datetime as dt

from lib import (R, UTC, auth_std, d822, dkim_header, our_chain, rb64, rhex, rstr, ruuid, zname)

# which transport a sender domain uses
DOMAIN_KIND = {
    "gmail.com": "google", "googlemail.com": "google",
    "outlook.com": "outlookcom", "hotmail.com": "outlookcom", "live.com": "outlookcom", "msn.com": "outlookcom",
    "yahoo.com": "yahoo", "ymail.com": "yahoo", "aol.com": "aol",
    "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud",
    "protonmail.com": "proton", "proton.me": "proton",
    "alliantenergy.com": "webform", "alliant-energy.com": "internal",
}


def kind_for(address, override=None):
    if override:
        return override
    return DOMAIN_KIND.get(address.split("@")[1].lower(), "isp")


def transport(kind, mailbox, env_from, when, from_dom=None):
    """Returns (our_chain_lines, provider_lines, arrival). `when` is the sender's Date (aware)."""
    dom = from_dom or env_from.split("@")[1]
    t = int(when.timestamp())
    if kind == "google":
        n = R.randint(170, 199)
        pre = R.choice(["yw1", "qk1", "qt1", "oi1", "ot1", "pj1", "pl1", "lj1", "il1", "io1", "ua1", "vk1"])
        host = f"mail-{pre}-f{n}.google.com"
        ip = f"209.85.{R.choice([128, 160, 161, 166, 167, 208, 210, 214, 215, 216, 219, 222])}.{n}"
        sel = "20230601" if dom == "gmail.com" else "google"
        chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                                   lambda mx: auth_std(mx, dom, env_from, ip, sel))
        local = when
        prov = [f"Received: by {host} with SMTP id {rstr(5).lower()}{R.randint(10000, 99999)}-"
                f"{rhex(12)}so{R.randint(100000, 999999)}{R.randint(100, 999)}.{R.randint(1, 9)}\n"
                f"        for <{mailbox}@alliant-energy.com>; {d822(local, '', zname(local))}",
                dkim_header(dom, sel, "to:subject:message-id:date:from:in-reply-to:references:mime-version\n"
                            "         :from:to:cc:subject:date:message-id:reply-to", t,
                            extra=f" x={t + 604800}; darn=alliant-energy.com;"),
                dkim_header("1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from\n"
                            "         :in-reply-to:references:mime-version:x-gm-message-state:from:to:cc\n"
                            "         :subject:date:message-id:reply-to", t,
                            extra=f" x={t + 604800};").replace("DKIM-Signature", "X-Google-DKIM-Signature", 1),
                f"X-Gm-Message-State: AOJu0Y{rb64(58)}\n\t{rb64(60)}==",
                f"X-Gm-Gg: ASbGnc{rb64(70)}\n\t{rb64(72)}\n\t{rb64(40)}",
                f"X-Google-Smtp-Source: AGHT+IE{rb64(60)}==",
                f"X-Received: by 2002:a05:{rhex(4)}:{rhex(3)} with SMTP id {rstr(10).lower()}-"
                f"{rhex(12)}.{R.randint(10, 99)}.{t}{R.randint(100, 999)};\n"
                f"        {d822(local, '', zname(local))}"]
        return chain, prov, arr
    if kind in ("outlookcom", "m365"):
        srv = f"{R.choice(['SJ0PR', 'BY5PR', 'CH3PR', 'DM6PR', 'MN2PR', 'PH0PR', 'IA1PR', 'DS7PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}"
        nn = srv[5:7]
        region = R.choice(["NAM12", "NAM10", "NAM11", "NAM04", "NAM02"])
        if kind == "outlookcom":
            host = f"{region}-{R.choice(['MW2', 'BN8', 'DM6', 'CO1'])}-obe.outbound.protection.outlook.com"
            ip = f"40.92.{R.randint(16, 63)}.{R.randint(10, 250)}"
            sel = "selector1"
            ddom = dom
        else:
            host = f"{region}-{R.choice(['BN7', 'DM6', 'CY1', 'SN1'])}-obe.outbound.protection.outlook.com"
            ip = f"40.107.{R.randint(90, 240)}.{R.randint(10, 250)}"
            sel = "selector2"
            ddom = dom
        chain, arr, mx = our_chain(mailbox, env_from, when, f"mail-{host.split('-')[1].lower()}{region.lower()}on{R.randint(2000, 2999)}.outbound.protection.outlook.com", ip,
                                   lambda mx: auth_std(mx, ddom, env_from, ip, sel, policy="none" if kind == "outlookcom" else "quarantine"))
        u = when.astimezone(UTC)
        v6a, v6b = f"2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}", f"2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}"
        arc_aar = ("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"
                   if kind == "outlookcom" else
                   f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none header.from={dom};\n dkim=pass header.d={dom}; arc=none")
        prov = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={rb64(60)}\n {rb64(76)}\n {rb64(76)}\n {rb64(76)}==",
                f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                f" bh={rb64(43)}=;\n b={rb64(60)}\n {rb64(76)}\n {rb64(76)}\n {rb64(76)}==",
                arc_aar,
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={ddom};\n s={sel}; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                f" bh={rb64(43)}=;\n b={rb64(60)}\n {rb64(76)}\n {rb64(76)}\n {rb64(76)}==",
                f"Received: from {srv}.namprd{nn}.prod.outlook.com ({v6a}) by\n {srv}.namprd{nn}.prod.outlook.com ({v6b}) with Microsoft SMTP\n"
                f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {d822(u, '', None).replace(' +0000', ' +0000')}",
                f"Received: from {srv}.namprd{nn}.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {srv}.namprd{nn}.prod.outlook.com\n"
                f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%{R.randint(3, 7)}]) with mapi id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {d822(u, '', None)}"]
        return chain, prov, arr, srv, nn
    if kind in ("yahoo", "aol"):
        n1, n2 = R.randint(300, 330), R.randint(20, 70)
        host = f"sonic{n1}-{n2}.consmr.mail.{R.choice(['bf2', 'ne1', 'gq1'])}.yahoo.com"
        ip = f"{R.choice(['74.6.129', '74.6.131', '66.163.186', '66.163.191'])}.{R.randint(10, 250)}"
        sel = "s2048" if kind == "yahoo" else "a2048"
        chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                                   lambda mx: auth_std(mx, dom, env_from, ip, sel, policy="reject"))
        u = when.astimezone(UTC)
        prov = [dkim_header(dom, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", int(when.timestamp()), indent=" ").replace("\n ", "\n ", 1),
                f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(when.timestamp())}; bh={rb64(43)}=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={rb64(120)}\n {rb64(150)}==",
                f"X-YMail-OSG: {rstr(60)}\n {rb64(76)}\n {rb64(76)}\n {rb64(40)}--",
                f"X-Sonic-MF: <{env_from}>",
                f"X-Sonic-ID: {ruuid()}",
                f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {d822(u, '', None)}"]
        return chain, prov, arr
    if kind == "icloud":
        hostid = f"{R.choice(['pv50p00im', 'st43p00im', 'qs51p00im', 'ms11p00im'])}-{R.choice(['ztdg', 'zteg', 'qukt', 'ztbu'])}{R.randint(10010000, 10089999)}"
        host = f"{hostid}.me.com"
        ip = f"17.{R.choice(['58.6', '57.155', '58.23', '57.152'])}.{R.randint(10, 250)}"
        chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                                   lambda mx: auth_std(mx, dom, env_from, ip, "1a1hai", policy="quarantine"))
        u = when.astimezone(UTC)
        prov = [dkim_header(dom, "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", int(when.timestamp()), indent="\t"),
                f"Received: from smtpclient.apple ({host} [17.56.9.{R.randint(10, 40)}])\n\tby {host} (Postfix) with ESMTPSA id {rhex(16, True)}\n"
                f"\tfor <{mailbox}@alliant-energy.com>; {d822(u, ' ', 'UTC')}",
                f"X-Proofpoint-ORIG-GUID: {rstr(32)}",
                f"X-Proofpoint-GUID: {rstr(32)}",
                f"X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1286,Hydra:6.0.725,FMLib:17.12.100.49\n"
                f" definitions={when:%Y-%m-%d}_{R.randint(1, 9):02d},{when:%Y-%m-%d}_{R.randint(1, 9):02d},{(when - dt.timedelta(days=1)):%Y-%m-%d}_01"]
        return chain, prov, arr
    if kind == "proton":
        n = R.choice([16, 22, 104, 106])
        host = f"mail-{4300 + n}.protonmail.ch"
        ip = f"185.70.43.{n}"
        chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                                   lambda mx: auth_std(mx, dom, env_from, ip, "protonmail3", policy="quarantine"))
        prov = [dkim_header(dom, "protonmail3", "Date:To:From:Subject:Message-ID:In-Reply-To:References:\n\t Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:\n\t Message-ID:BIMI-Selector:List-Unsubscribe:List-Unsubscribe-Post", int(when.timestamp()), indent="\t")]
        return chain, prov, arr
    if kind == "webform":
        host, ip = "web03.alliantenergy.com", "10.60.2.13"
        chain, arr, mx = our_chain(mailbox, "noreply@alliantenergy.com", when, host, ip,
                                   lambda mx: auth_std(mx, "alliantenergy.com", "noreply@alliantenergy.com", ip, "web2025"))
        prov = [dkim_header("alliantenergy.com", "web2025", "From:To:Reply-To:Subject:Date:Message-ID", int(when.timestamp()), indent="\t")]
        return chain, prov, arr
    if kind == "internal":
        host, ip = "exch02.alliant-energy.com", "10.40.12.32"
        chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                                   lambda mx: [f"dkim=pass header.d=alliant-energy.com header.s=ex2024 header.b={rstr(8)}",
                                               f"spf=pass smtp.mailfrom={env_from}", "dmarc=pass (p=reject dis=none) header.from=alliant-energy.com"])
        return chain, [], arr
    # small ISP / own domain on a hosting provider
    isp = dom
    host = f"{R.choice(['smtp', 'smtpout', 'mail', 'relay'])}{R.choice(['', '1', '2', '02'])}.{isp}"
    ip = f"{R.choice(['198.51.100', '203.0.113'])}.{R.randint(10, 250)}"
    chain, arr, mx = our_chain(mailbox, env_from, when, host, ip,
                               lambda mx: auth_std(mx, dom, env_from, ip, "default", dmarc="pass"))
    prov = [dkim_header(dom, "default", "From:To:Subject:Date:Message-ID:In-Reply-To:References", int(when.timestamp()), indent="\t"),
            f"Received: from [192.168.{R.randint(0, 2)}.{R.randint(2, 200)}] (unknown [{R.choice(['198.51.100', '203.0.113'])}.{R.randint(10, 250)}])\n"
            f"\t(Authenticated sender: {env_from.split('@')[0]})\n\tby {host} (Postfix) with ESMTPSA id {rhex(10, True)};\n\t{d822(when, ' ', zname(when))}"]
    return chain, prov, arr
