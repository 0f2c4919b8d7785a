"""Trace headers: our MX hop, and each sending provider's own headers."""
from mailkit import (B64, ALNUM, UPNUM, HEXL, HEXU, rs, uuid_, plus, rfc, rfc_central,
                     rfc_utc, pacific, central, eastern, UTC)

import datetime as _dt
MST = _dt.timezone(_dt.timedelta(hours=-7))

BOXES = {"customercare": "customercare@alliant-energy.com",
         "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def qid(r):
    return "4" + r.choice("bcdfghjkmnpqrstvwxyz") + rs(r, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789")


def b64blob(r, n):
    return rs(r, n, B64)


def fold_blob(blob, first=60, width=68, indent="\t "):
    parts = [blob[:first]]
    rest = blob[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return ("\n" + indent).join(parts)


def dkim(r, d, s, h, ts, extra="", i=None, style="gmail"):
    bh = b64blob(r, 43) + "="
    b = b64blob(r, 342) + "=="
    ipart = f" i=@{d};" if i else ""
    sep = "\n\t"
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{sep}d={d}; s={s};{ipart} t={ts};{extra}{sep}"
            f"h={h};{sep}bh={bh};{sep}b={fold_blob(b)}"), b[:8]


def ts_of(utc):
    return int(utc.timestamp())


def ip_public(r):
    first = r.choice([12, 23, 24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 96, 97, 98, 104, 107, 108, 162, 173, 174, 184, 199, 204, 206, 207, 208, 209, 216])
    return f"{first}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 250)}"


# ---------------------------------------------------------------- trace above the provider headers
def trace(spec, r, utc, tr):
    box = BOXES[spec["mailbox"]]
    mx = r.choice(["mx1", "mx2"])
    mxip = "10.40.2.11" if mx == "mx1" else "10.40.2.12"
    t_mx = plus(utc, tr.get("delay", r.randint(2, 35)))
    t_mbx = plus(t_mx, r.randint(0, 2))
    env = tr["env_from"]
    out = [f"Return-Path: <{env}>" if env else "Return-Path: <>",
           f"Delivered-To: {box}",
           f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}])\n"
           f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(r)}\n"
           f"\tfor <{box}>; {rfc_central(t_mbx)}"]
    mxname = f"{mx}.alliant-energy.com"
    # DMARC
    dm = tr.get("dmarc")
    if dm:
        res, dom, pol = dm
        out.append(f"Authentication-Results: {mxname}; dmarc={res} (p={pol} dis=none) header.from={dom}")
    for (d, s, bsig, res) in tr.get("dkim_ar", []):
        out.append(f"Authentication-Results: {mxname};\n"
                   f"\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} "
                   f"header.a=rsa-sha256 header.s={s} header.b={bsig};\n\tdkim-atps=neutral")
    spf = tr.get("spf", "Pass")
    envpart = f"envelope-from={env}" if env else "envelope-from=<>"
    helo = tr.get("helo", tr["host"])
    if spf == "None":
        out.append(f"Received-SPF: None (mailfrom) identity=mailfrom; client-ip={tr['ip']}; helo={helo}; {envpart}; receiver=<UNKNOWN>")
    else:
        out.append(f"Received-SPF: {spf} (mailfrom) identity=mailfrom; client-ip={tr['ip']}; helo={helo}; {envpart}; receiver=<UNKNOWN>")
    tls = tr.get("tls", "1.3")
    if tls == "1.3":
        tl = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
              "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
              "\t(No client certificate requested)\n")
        proto = "ESMTPS"
    elif tls == "1.2":
        tl = ("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
              "\t(No client certificate requested)\n")
        proto = "ESMTPS"
    else:
        tl = ""
        proto = "ESMTP"
    hostpart = tr["host"] if tr.get("rdns", True) else "unknown"
    out.append(f"Received: from {helo} ({hostpart} [{tr['ip']}])\n{tl}"
               f"\tby {mxname} (Postfix) with {proto} id {qid(r)}\n"
               f"\tfor <{box}>; {rfc_central(t_mx)}")
    return out


# ---------------------------------------------------------------- providers
GMAIL_HOSTS = [("pl1", "209.85.214"), ("pj1", "209.85.216"), ("qt1", "209.85.160"),
               ("qk1", "209.85.222"), ("oi1", "209.85.167"), ("yb1", "209.85.219"),
               ("il1", "209.85.166"), ("io1", "209.85.166"), ("vs1", "209.85.217"),
               ("ua1", "209.85.221"), ("pg1", "209.85.215"), ("ej1", "209.85.218")]


def _google(spec, r, utc, dkim_d, dkim_s, env):
    pfx, net = r.choice(GMAIL_HOSTS)
    n = r.randint(41, 199)
    host = f"mail-{pfx}-f{n}.google.com"
    ip = f"{net}.{n}"
    ts = ts_of(utc)
    hlist = ("to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
             "\t :date:message-id:reply-to")
    if spec.get("reply_to"):
        hlist = ("to:subject:message-id:date:from:reply-to:mime-version:from:to:cc\n"
                 "\t :subject:date:message-id:reply-to")
    if spec.get("in_reply_to_id"):
        hlist = ("to:subject:message-id:date:from:in-reply-to:references\n"
                 "\t :mime-version:from:to:cc:subject:date:message-id:reply-to")
    extra = f" x={ts + 604800}; darn=alliant-energy.com;"
    d1, b1 = dkim(r, dkim_d, dkim_s, hlist, ts, extra)
    d2, _ = dkim(r, "1e100.net", "20230601", hlist, ts, f" x={ts + 604800};")
    d2 = "X-Google-" + d2
    pd, ab = pacific(plus(utc, r.randint(0, 1)))
    hdrs = [d1]
    if dkim_d != "gmail.com":
        hdrs.append(d2)
    hdrs += [f"X-Gm-Message-State: AOJu0Y{b64blob(r, 54)}",
             f"X-Gm-Gg: ASbGnc{fold_blob(b64blob(r, 150), 62, 70, chr(9))}",
             f"X-Google-Smtp-Source: AGHT+I{b64blob(r, 56)}",
             f"X-Received: by 2002:a17:{rs(r, 3)}:{rs(r, 4)}:b0:{rs(r, 3)}:{rs(r, 4)}:{rs(r, 4)} with SMTP id "
             f"{rs(r, 14)}mr{r.randint(1000000, 9999999)}{rs(r, 3)}.{r.randint(10, 99)}.{ts}{r.randint(100, 999)};\n"
             f"        {rfc(pd)} ({ab})"]
    dom = env.split("@")[1]
    return dict(env_from=env, host=host, ip=ip, headers=hdrs,
                dkim_ar=[(dkim_d, dkim_s, b1, "pass")],
                dmarc=("pass", dkim_d if dkim_d != "gmail.com" else "gmail.com",
                       "none" if dkim_d == "gmail.com" else r.choice(["none", "quarantine", "reject"])))


def t_gmail(spec, r, utc):
    env = spec["frm"][1]
    return _google(spec, r, utc, "gmail.com", "20230601", env)


def t_gws(spec, r, utc):
    env = spec.get("env_from") or spec["frm"][1]
    dom = env.split("@")[1]
    return _google(spec, r, utc, spec.get("dkim_d", dom), "google", env)


MS_REGIONS = [("namprd04", "NAM04", "DM6", "dm6nam04"), ("namprd10", "NAM10", "BN8", "bn8nam10"),
              ("namprd12", "NAM12", "MW2", "mw2nam12"), ("namprd11", "NAM11", "CO1", "co1nam11"),
              ("namprd02", "NAM02", "SN1", "sn1nam02"), ("namprd13", "NAM10", "DM5", "dm5nam10"),
              ("namprd05", "NAM04", "BN3", "bn3nam04"), ("namprd17", "NAM02", "BL2", "bl2nam02")]
MS_SRV = ["SA1PR04MB", "BN0PR10MB", "CH3PR12MB", "DM6PR11MB", "SJ0PR02MB", "MN2PR13MB",
          "PH0PR05MB", "BL1PR17MB", "IA1PR11MB", "CY8PR12MB", "DS7PR04MB", "LV3PR10MB"]


def ms_server(r, region=None):
    reg = region or r.choice(MS_REGIONS)
    return f"{r.choice(MS_SRV)}{r.randint(1000, 9999)}.{reg[0]}.prod.outlook.com", reg


def t_m365(spec, r, utc):
    env = spec.get("env_from") or spec["frm"][1]
    dom = env.split("@")[1]
    srv, reg = ms_server(r)
    srv0, _ = ms_server(r, reg)
    srvshort = srv.split(".")[0]
    n = r.randint(2020, 2199)
    host = f"mail-{reg[3]}on{n}.outbound.protection.outlook.com"
    helo = f"{reg[1]}-{reg[2]}-obe.outbound.protection.outlook.com"
    ip = f"{r.choice(['40.107', '52.101', '40.93'])}.{r.randint(1, 254)}.{r.randint(2, 250)}"
    ts = ts_of(utc)
    sel = r.choice(["selector1", "selector2"])
    dkim_d = spec.get("dkim_d", dom)
    h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    d1, b1 = dkim(r, dkim_d, sel, h, ts)
    d1 = d1.replace(f" t={ts};", "")
    t1 = rfc_utc(plus(utc, 1))
    v = f"15.20.{r.randint(8500, 9200)}.{r.randint(10, 40)}"
    fe1 = f"fe80::{rs(r, 4)}:{rs(r, 4)}:{rs(r, 4)}:{rs(r, 4)}%{r.randint(3, 7)}"
    hdrs = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
        f" b={fold_blob(b64blob(r, 342) + '==', 62, 74, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n"
        f" s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={b64blob(r, 43)}=;\n b={fold_blob(b64blob(r, 342) + '==', 62, 74, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none\n header.from={dom}; dkim=pass header.d={dkim_d}; arc=none",
        d1,
        f"Received: from {srv0} (2603:10b6:{rs(r, 3)}:{rs(r, 2)}::{rs(r, 2)})\n by {srv} (2603:10b6:{rs(r, 3)}:{rs(r, 3)}::{rs(r, 2)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {t1}",
        f"Received: from {srv}\n ([{fe1}]) by {srv}\n ([{fe1}]) with mapi id {v.rsplit('.', 1)[0]}.{int(v.rsplit('.', 1)[1]):03d}; {rfc_utc(utc)}",
    ]
    return dict(env_from=env, host=host, helo=helo, ip=ip, headers=hdrs,
                dkim_ar=[(dkim_d, sel, b1, "pass")],
                dmarc=("pass", dom, r.choice(["none", "quarantine", "reject"])),
                ms_server=srvshort, ms_region=reg, ms_fqdn=srv)


def t_outlookcom(spec, r, utc):
    tr = t_m365(dict(spec, dkim_d="outlook.com"), r, utc)
    tr["dmarc"] = ("pass", "outlook.com", "none")
    return tr


def t_exchange(spec, r, utc):
    """On-prem Exchange, optionally behind a gateway."""
    env = spec.get("env_from") or spec["frm"][1]
    dom = env.split("@")[1]
    corp = spec.get("corp", dom.split(".")[0][:10].upper())
    ex1 = f"EXCH{r.randint(1, 3):02d}.{corp.lower()}.local"
    ex2 = f"EXCH{r.randint(4, 6):02d}.{corp.lower()}.local"
    lt, _ = central(plus(utc, 1))
    v = r.choice(["15.2.1544.14", "15.2.1748.24", "15.1.2507.39", "15.2.1258.39"])
    fe = f"fe80::{rs(r, 4)}:{rs(r, 4)}:{rs(r, 4)}:{rs(r, 4)}%{r.randint(10, 14)}"
    inner = [
        f"Received: from {ex2} (10.{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(10, 90)}) by\n {ex1}\n"
        f" (10.{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(10, 90)}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n {v}; {rfc(lt)}",
        f"Received: from {ex2} ([{fe}]) by\n {ex2} ([{fe}]) with mapi id\n {'.'.join(p if i < 2 else p.zfill(2 if i == 2 else 3) for i, p in enumerate(v.split('.')))}; {rfc(central(utc)[0])}",
    ]
    gw = spec.get("gateway", "direct")
    ts = ts_of(utc)
    if gw == "mimecast":
        n = r.randint(100, 199)
        host = f"us-smtp-delivery-{n}.mimecast.com"
        ip = f"170.10.{r.choice([129, 133])}.{n}"
        d1, b1 = dkim(r, dom, "mimecast20190719",
                      "from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:\n\t mime-version:mime-version:content-type:content-type", ts)
        hdrs = [d1,
                f"Received: from mail.{dom} (mail.{dom} [{ip_public(r)}]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n us-mta-{r.randint(100, 699)}-{rs(r, 22, ALNUM)}-1; {rfc(eastern(utc)[0])}",
                f"X-MC-Unique: {rs(r, 22, ALNUM)}-1",
                f"X-Mimecast-MFC-AGG-ID: {rs(r, 22, ALNUM)}_{ts}"] + inner
        return dict(env_from=env, host=host, ip=ip, headers=hdrs,
                    dkim_ar=[(dom, "mimecast20190719", b1, "pass")],
                    dmarc=("pass", dom, "quarantine"))
    if gw == "barracuda":
        host = f"outbound-ip{r.randint(100, 199)}{r.choice('ab')}.ess.barracuda.com"
        ip = f"209.222.82.{r.randint(10, 250)}"
        hdrs = [f"Received: from mail.{dom} (mail.{dom} [{ip_public(r)}]) by mx-outbound{r.randint(10, 47)}-{r.randint(10, 250)}.us-east-2b.ess.aws.cudaops.com (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO); {rfc_utc(utc)}",
                f"X-Barracuda-Envelope-From: {env}",
                f"X-Barracuda-RBL-IP: {ip_public(r)}",
                f"X-Barracuda-Effective-Source-IP: mail.{dom}[{ip_public(r)}]",
                f"X-Barracuda-Apparent-Source-IP: {ip_public(r)}",
                "X-BESS-Outbound-Spam-Score: 0.00",
                f"X-BESS-ID: {ts}-{r.randint(100000, 999999)}-{r.randint(1000, 9999)}-{r.randint(1000, 99999)}-1"] + inner
        return dict(env_from=env, host=host, ip=ip, headers=hdrs, dkim_ar=[],
                    dmarc=("pass", dom, "none"), tls="1.2")
    host = spec.get("mailhost", f"mail.{dom}")
    return dict(env_from=env, host=host, ip=ip_public(r), headers=inner, dkim_ar=[],
                dmarc=("pass", dom, "none"), tls="1.2")


def t_domino(spec, r, utc):
    env = spec["frm"][1]
    dom = env.split("@")[1]
    host = f"smtp.{dom}"
    return dict(env_from=env, host=host, ip=ip_public(r), headers=[], dkim_ar=[],
                dmarc=("pass", dom, "none"), tls="1.2")


def _yahoo(spec, r, utc, d, s):
    env = spec["frm"][1]
    dc = r.choice(["bf2", "gq1", "ne1", "bf1"])
    n = r.randint(301, 339)
    host = f"sonic{n}-{r.randint(10, 40)}.consmr.mail.{dc}.yahoo.com"
    ip = f"{r.choice(['66.163.190', '74.6.130', '98.137.64', '66.163.186'])}.{r.randint(10, 250)}"
    ts = ts_of(utc)
    d1, b1 = dkim(r, d, s, "Date:From:To:Subject:References:From:Subject:Reply-To", ts)
    hdrs = [d1,
            f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={ts}; bh={b64blob(r, 43)}=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n b={fold_blob(b64blob(r, 342) + '==', 60, 70, ' ')}",
            f"X-YMail-OSG: {fold_blob(b64blob(r, 400).replace('+', '.').replace('/', '_'), 62, 76, ' ')}",
            f"X-Sonic-MF: <{env}>",
            f"X-Sonic-ID: {uuid_(r)}",
            f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.{dc}.yahoo.com with HTTP; {rfc_utc(utc)}"]
    return dict(env_from=env, host=host, ip=ip, headers=hdrs,
                dkim_ar=[(d, s, b1, "pass")], dmarc=("pass", d, "reject"))


def t_yahoo(spec, r, utc):
    return _yahoo(spec, r, utc, "yahoo.com", "s2048")


def t_aol(spec, r, utc):
    return _yahoo(spec, r, utc, "aol.com", "a2048")


def t_icloud(spec, r, utc):
    env = spec["frm"][1]
    host = f"st43p00im-ztfb{r.randint(10000000, 10099999)}.me.com"
    ip = f"17.58.63.{r.randint(170, 190)}"
    ts = ts_of(utc)
    d1, b1 = dkim(r, "icloud.com", "1a1hai", "Content-Type:From:Mime-Version:Subject:Message-Id:To", ts)
    hdrs = [d1, f"Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                f"\tby {host} (Postfix) with ESMTPSA id {rs(r, 10, HEXU)};\n\t{rfc_utc(plus(utc, 1))} (UTC)"]
    return dict(env_from=env, host=host, ip=ip, headers=hdrs,
                dkim_ar=[("icloud.com", "1a1hai", b1, "pass")], dmarc=("pass", "icloud.com", "quarantine"))


def t_secureserver(spec, r, utc):
    env = spec["frm"][1]
    n = r.randint(1, 9)
    host = f"p3plsmtpout00{n}.prod.phx3.secureserver.net"
    ip = f"68.178.252.{r.randint(50, 200)}"
    hdrs = [f"Received: from smtpclient.apple ([{ip_public(r)}])\n\tby :SMTPAUTH: with ESMTPSA\n\tid {rs(r, 14, ALNUM)}; {rfc(utc.astimezone(MST))}",
            f"X-CMAE-Analysis: v=2.4 cv={rs(r, 22, ALNUM)}= c=1 sm=1 tr=0 ts={rs(r, 8, HEXL)}\n a={rs(r, 22, ALNUM)}==:117 a={rs(r, 22, ALNUM)}==:17\n a={rs(r, 10, ALNUM)}:10 a={rs(r, 10, ALNUM)}:10 a={rs(r, 16, ALNUM)}:8",
            f"X-SECURESERVER-ACCT: {env}"]
    dom = env.split("@")[1]
    return dict(env_from=env, host=host, ip=ip, headers=hdrs, dkim_ar=[],
                dmarc=("none", dom, "none"), spf="Pass")


def t_isp(spec, r, utc):
    """Small ISP mail (tds.net, charter.net...), no DKIM."""
    env = spec["frm"][1]
    dom = env.split("@")[1]
    host = {"tds.net": "mail.tds.net", "charter.net": "dnvrco-cmomta02.email.rr.com",
            "mchsi.com": "mail.mchsi.com"}.get(dom, f"smtp.{dom}")
    ip = ip_public(r)
    hdrs = [f"Received: from [192.168.{r.randint(0, 2)}.{r.randint(2, 60)}] (unknown [{ip_public(r)}])\n"
            f"\t(Authenticated sender: {env})\n\tby {host} (Postfix) with ESMTPSA id {rs(r, 10, HEXU)};\n\t{rfc(central(utc)[0])}"]
    return dict(env_from=env, host=host, ip=ip, headers=hdrs, dkim_ar=[],
                dmarc=("none", dom, "none"), tls="1.2")


def t_aeweb(spec, r, utc):
    env = "bounce-webforms@alliantenergy.com"
    host = "webforms02.alliantenergy.com"
    ts = ts_of(utc)
    d1, b1 = dkim(r, "alliantenergy.com", "forms2024", "From:Reply-To:To:Subject:Date:Message-ID:Content-Type", ts)
    hdrs = [d1, f"Received: from localhost (localhost [127.0.0.1])\n\tby webforms02.alliantenergy.com (Postfix) with ESMTP id {rs(r, 10, HEXU)}\n\tfor <{BOXES[spec['mailbox']]}>; {rfc_central(utc)}"]
    return dict(env_from=env, host=host, ip="198.51.214.36", headers=hdrs,
                dkim_ar=[("alliantenergy.com", "forms2024", b1, "pass")],
                dmarc=("pass", "alliantenergy.com", "reject"))


def t_service(spec, r, utc):
    """Bulk / SaaS senders. spec['svc'] picks the shape."""
    svc = spec["svc"]
    env = spec.get("env_from") or spec["frm"][1]
    fdom = spec["frm"][1].split("@")[1]
    ts = ts_of(utc)
    hdrs = []
    ar = []
    dm = ("pass", fdom, "none")
    spf = "Pass"
    tls = "1.2"
    if svc == "mailchimp":
        n = r.randint(10, 250)
        host = f"mail{r.randint(130, 190)}-{n}.suw{r.randint(11, 41)}.mcdlv.net"
        ip = f"198.2.{r.randint(128, 191)}.{n}"
        d1, b1 = dkim(r, "mcdlv.net", "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID", ts)
        d2, b2 = dkim(r, fdom, "k1", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID", ts)
        hdrs = [d2, d1, f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {rs(r, 12, UPNUM)}\n\tfor <{BOXES[spec['mailbox']]}>; {rfc_utc(utc)}"]
        ar = [(fdom, "k1", b2, "pass"), ("mcdlv.net", "k2", b1, "pass")]
    elif svc == "mandrill":
        n = r.randint(1, 250)
        host = f"mail{r.randint(130, 190)}-{n}.atl{r.randint(101, 141)}.mandrillapp.com"
        ip = f"198.2.{r.randint(128, 191)}.{n}"
        d1, b1 = dkim(r, fdom, "mte1", "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type", ts)
        d2, b2 = dkim(r, "mandrillapp.com", "mte1", "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type", ts)
        hdrs = [d1, d2, f"Received: from pmta{r.randint(10, 19)}.mandrill.prod.atl01.rsglab.com (localhost [127.0.0.1])\n\tby {host} (Mailchimp) with ESMTP id {rs(r, 12, UPNUM)}\n\tfor <{BOXES[spec['mailbox']]}>; {rfc_utc(utc)}"]
        ar = [(fdom, "mte1", b1, "pass"), ("mandrillapp.com", "mte1", b2, "pass")]
    elif svc == "salesforce":
        host = f"smtp{r.randint(1, 30):02d}-{r.choice(['ia4', 'ia5', 'ph2'])}-sp{r.randint(1, 4)}.mta.salesforce.com"
        ip = f"13.110.{r.randint(6, 78)}.{r.randint(2, 250)}"
        d1, b1 = dkim(r, "salesforce.com", "sf112018", "Date:From:To:Subject:MIME-Version:Content-Type", ts)
        hdrs = [d1, f"Received: from [10.{r.randint(0, 200)}.{r.randint(0, 20)}.{r.randint(2, 250)}] ([10.{r.randint(0, 200)}.{r.randint(0, 20)}.{r.randint(2, 250)}:{r.randint(30000, 60000)}] helo={host})\n\tby mx{r.randint(1, 9)}-{r.choice(['ia4', 'ph2'])}-sp{r.randint(1, 4)}.mta.salesforce.com (envelope-from <{env}>)\n\t(ecelerity 4.3.1.999 r(msys-ecelerity:tags/4.3.1.0^0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./CN=*.mta.salesforce.com\")\n\tid {rs(r, 2, HEXU)}/{rs(r, 2, HEXU)}-{r.randint(10000, 99999)}-{rs(r, 8, HEXL)}; {rfc_utc(utc)}"]
        ar = [("salesforce.com", "sf112018", b1, "pass")]
        dm = ("pass", fdom, "reject")
    elif svc == "hubspot":
        host = f"{r.choice(['bid4', 'bid5', 'mta4'])}.hubspotemail.net"
        ip = f"158.247.{r.randint(16, 31)}.{r.randint(2, 250)}"
        d1, b1 = dkim(r, "hubspotemail.net", "hs1", "List-Unsubscribe:Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", ts)
        d2, b2 = dkim(r, fdom, "hs1-" + str(r.randint(1000000, 9999999)), "List-Unsubscribe:Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", ts)
        hdrs = [d2, d1]
        ar = [(fdom, "hs1", b2, "pass"), ("hubspotemail.net", "hs1", b1, "pass")]
    elif svc == "zendesk":
        pod = r.randint(13, 29)
        host = f"outbyoip{r.randint(1, 20)}.pod{pod}.use1.zdsys.com"
        ip = f"192.161.{r.randint(144, 159)}.{r.randint(2, 250)}"
        d1, b1 = dkim(r, "zendesk.com", "zendesk1", "Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:Mime-Version:Content-Type", ts)
        hdrs = [d1, f"Received: from zendesk.com (unknown [10.{r.randint(200, 220)}.{r.randint(0, 40)}.{r.randint(2, 250)}])\n\tby {host} (Postfix) with ESMTP id {rs(r, 12, UPNUM)}\n\tfor <{BOXES[spec['mailbox']]}>; {rfc_utc(utc)}"]
        ar = [("zendesk.com", "zendesk1", b1, "pass")]
    elif svc in ("freshdesk", "atlassian", "servicenow", "sendgrid", "ses", "docusign", "intuit", "stripe", "usps", "ups", "zoom", "on24", "proofportal", "trueaddress", "calendly"):
        hostmap = {
            "freshdesk": (f"mail{r.randint(10, 99)}.freshemail.io", "54.240"),
            "atlassian": (f"mail-{r.choice(['cq', 'ue', 'ap'])}{r.randint(1, 9)}.atlassian.net", "185.166"),
            "servicenow": (f"outbound{r.randint(1, 9)}.service-now.com", "149.96"),
            "sendgrid": (f"o{r.randint(1, 9)}.ptr{r.randint(1000, 9999)}.sendgrid.net", "149.72"),
            "ses": (f"a{r.randint(8, 48)}-{r.randint(10, 250)}.smtp-out.amazonses.com", "54.240"),
            "docusign": (f"mailna{r.randint(1, 4)}.docusign.net", "64.207"),
            "intuit": (f"qbo-mail{r.randint(1, 9)}.intuit.com", "206.108"),
            "stripe": (f"mail{r.randint(100, 300)}.stripe.com", "54.187"),
            "usps": ("mailout.usps.com", "56.0"),
            "ups": (f"mx{r.randint(1, 9)}.ups.com", "153.2"),
            "zoom": (f"o{r.randint(1, 9)}.ptr{r.randint(1000, 9999)}.zoom.us", "149.72"),
            "on24": (f"mta{r.randint(1, 9)}.on24event.com", "50.31"),
            "proofportal": (f"notify.{fdom}", None),
            "trueaddress": (f"mailer.{fdom}", None),
            "calendly": (f"o{r.randint(1, 9)}.email.calendly.com", "149.72"),
        }
        host, net = hostmap[svc]
        ip = f"{net}.{r.randint(1, 254)}.{r.randint(2, 250)}" if net else ip_public(r)
        sdom = {"sendgrid": fdom, "ses": fdom, "zoom": "zoom.us", "docusign": "docusign.net",
                "atlassian": "atlassian.net", "servicenow": "service-now.com"}.get(svc, fdom)
        sel = {"sendgrid": "s1", "ses": rs(r, 32, "abcdefghijklmnopqrstuvwxyz234567"), "zoom": "s1",
               "docusign": "mail", "atlassian": "atl", "servicenow": "sn"}.get(svc, "default")
        d1, b1 = dkim(r, sdom, sel, "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts)
        hdrs = [d1]
        ar = [(sdom, sel[:20], b1, "pass")]
        if svc == "ses":
            d2, b2 = dkim(r, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID", ts)
            hdrs.append(d2)
            ar.append(("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", b2, "pass"))
    elif svc == "constantcontact":
        host = f"ccm{r.randint(10, 40)}.constantcontact.com"
        ip = f"208.75.123.{r.randint(2, 250)}"
        d1, b1 = dkim(r, "auth.ccsend.com", "1000073432", "date:mime-version:subject:X-Feedback-ID:X-250ok-CID:message-id:from:reply-to:list-unsubscribe:list-unsubscribe-post:to", ts)
        hdrs = [d1]
        ar = [("auth.ccsend.com", "1000073432", b1, "pass")]
        dm = ("pass", fdom, "none")
    elif svc == "mailman":
        host = spec.get("listhost", f"lists.{fdom}")
        ip = ip_public(r)
        hdrs = []
        ar = []
        dm = None
        spf = "Pass"
    elif svc == "phish":
        host = spec.get("phish_host", f"vps{r.randint(1000, 9999)}.{r.choice(['hostwindsdns.com', 'contaboserver.net', 'ip-ptr.tech'])}")
        ip = ip_public(r)
        hdrs = [f"Received: from User (unknown [{ip_public(r)}])\n\tby {host} with ESMTPA ; {rfc(eastern(utc)[0])}"]
        ar = []
        dm = ("fail", fdom, "none")
        spf = "Softfail"
        tls = "none"
    else:
        raise ValueError(svc)
    return dict(env_from=env if svc != "ndr" else "", host=host, ip=ip, headers=hdrs,
                dkim_ar=ar, dmarc=dm, spf=spf, tls=tls)


TRANSPORTS = {"gmail": t_gmail, "gws": t_gws, "m365": t_m365, "outlookcom": t_outlookcom,
              "exchange": t_exchange, "domino": t_domino, "yahoo": t_yahoo, "aol": t_aol,
              "icloud": t_icloud, "secureserver": t_secureserver, "isp": t_isp,
              "aeweb": t_aeweb, "service": t_service}
