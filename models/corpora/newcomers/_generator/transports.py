"""Header blocks added in transit: our MX hosts and the sending providers.

Each provider function returns the text from Return-Path down to the last provider header; the client's own
headers follow it.
"""
from mimelib import (RNG, PST, UTC, CST, later, qid, rfc_paren, rfc_two, rhex, rstr, rb64, sig_lines,
                     dkim_bh, ruuid)

OUR_DOMAIN = "alliant-energy.com"


def rcpt(mbox):
    return f"{mbox}@{OUR_DOMAIN}"


def inbound(mbox, env_from, d, helo, ip, *, auth, tls=True, delay=3, rdns=None, extra_top=""):
    """Return-Path, Delivered-To and the Received/Authentication-Results lines our hosts add."""
    mx = RNG.choice(["mx1", "mx2"])
    t1 = later(d, delay).astimezone(CST)
    t2 = later(t1, 1)
    rdns = rdns or helo
    tls_txt = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)") if tls else ""
    esmtp = "ESMTPS" if tls else "ESMTP"
    rp = f"<{env_from}>" if env_from else "<>"
    h = (f"Return-Path: {rp}\n"
         f"Delivered-To: {rcpt(mbox)}\n"
         f"Received: from {mx}.{OUR_DOMAIN} ({mx}.{OUR_DOMAIN} [10.20.1.{11 if mx == 'mx1' else 12}])\n"
         f"\tby mbx01.{OUR_DOMAIN} (Postfix) with ESMTPS id {qid()}\n"
         f"\tfor <{rcpt(mbox)}>; {rfc_paren(t2)}\n"
         f"{extra_top}"
         f"Authentication-Results: {mx}.{OUR_DOMAIN};\n\t{auth}\n"
         f"Received: from {helo} ({rdns} [{ip}]){tls_txt}\n"
         f"\tby {mx}.{OUR_DOMAIN} (Postfix) with {esmtp} id {qid()}\n"
         f"\tfor <{rcpt(mbox)}>; {rfc_paren(t1)}\n")
    return h


def _auth(domain, env_from, ip, dkim=True, selector=None, spf="pass", dmarc="pass", policy="none"):
    parts = []
    if dkim:
        parts.append(f"dkim=pass (2048-bit key; unprotected) header.d={domain} header.i=@{domain} "
                     f"header.a=rsa-sha256 header.s={selector or 'default'} header.b={rstr(8)}")
    else:
        parts.append("dkim=none")
    parts.append(f"spf={spf} (sender IP is {ip}) smtp.mailfrom={env_from}")
    parts.append(f"dmarc={dmarc} (p={policy}) header.from={domain}")
    return ";\n\t".join(parts)


# ---------------------------------------------------------------- consumer providers
def gmail(mbox, env_from, d, domain="gmail.com", selector="20230601"):
    octet = RNG.randint(41, 199)
    host = f"mail-{RNG.choice(['qk1', 'qv1', 'yb1', 'oi1', 'pj1', 'ua1'])}-f{octet}.google.com"
    ip = f"209.85.{RNG.choice([160, 161, 166, 167, 210, 219, 222])}.{octet}"
    g = d.astimezone(PST)
    h = inbound(mbox, env_from, d, host, ip, auth=_auth(domain, env_from, ip, selector=selector))
    h += (f"Received: by {host} with SMTP id {rstr(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
          f"{RNG.randint(100000, 999999)}{rstr(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.1\n"
          f"        for <{rcpt(mbox)}>; {rfc_two(g)} (PST)\n")
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
          f"        d={domain}; s={selector}; t={t}; x={t + 604800}; darn={OUR_DOMAIN};\n"
          f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
          f"         :date:message-id:reply-to;\n"
          f"        bh={dkim_bh(env_from + str(t))};\n"
          f"        b={sig_lines(344, 70, '         ')}\n")
    if domain == "gmail.com":
        h += (f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
              f"        d=1e100.net; s=20230601; t={t}; x={t + 604800};\n"
              f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
              f"         :from:to:cc:subject:date:message-id:reply-to;\n"
              f"        bh={dkim_bh(env_from + 'x' + str(t))};\n"
              f"        b={sig_lines(344, 70, '         ')}\n")
    h += (f"X-Gm-Message-State: AOJu0Y{rb64(50)}\n\t{rb64(60)}\n"
          f"X-Google-Smtp-Source: AGHT+IE{rb64(66)}==\n"
          f"X-Received: by 2002:a05:{RNG.randint(6000, 6999)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id "
          f"{rstr(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{RNG.randint(10, 99)}.{epoch_ms_str(d)};\n"
          f"        {rfc_two(g)} (PST)\n")
    return h


def epoch_ms_str(d):
    return str(int(d.timestamp() * 1000) + RNG.randint(0, 999))


def yahoo(mbox, env_from, d, domain="yahoo.com", selector="s2048"):
    n = RNG.randint(300, 330)
    host = f"sonic{n}-{RNG.randint(10, 60)}.consmr.mail.{RNG.choice(['ne1', 'bf2', 'gq1'])}.yahoo.com"
    ip = f"74.6.{RNG.randint(128, 135)}.{RNG.randint(10, 250)}"
    h = inbound(mbox, env_from, d, host, ip, auth=_auth(domain, env_from, ip, selector=selector, policy="reject"))
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector}; t={t};"
          f" bh={dkim_bh(env_from + str(t))}; h=Date:From:To:Subject:References:From:Subject:Reply-To;"
          f" b={sig_lines(344, 70, ' ')}\n"
          f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={t};"
          f" bh={dkim_bh(env_from + str(t))}; h=X-Sonic-MF:Date:From:To:Subject:From:Subject;"
          f" b={sig_lines(344, 70, ' ')}\n"
          f"X-YMail-OSG: {rstr(60)}\n {rstr(70)}\n {rstr(70)}\n {rstr(44)}\n"
          f"X-Sonic-MF: <{env_from}>\n"
          f"X-Sonic-ID: {ruuid()}\n"
          f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {rfc_two(d.astimezone(UTC))}\n")
    return h


def aol(mbox, env_from, d):
    return yahoo(mbox, env_from, d, domain="aol.com", selector="a2048")


def outlook(mbox, env_from, d, domain="outlook.com", tenant=False):
    pod = RNG.choice(["SJ0PR", "PH7PR", "BY5PR", "CH3PR", "DM6PR", "MW4PR", "IA1PR"])
    a = f"{pod}{RNG.randint(10, 20):02d}MB{RNG.randint(1000, 9999)}"
    b = f"{RNG.choice(['PH0PR', 'CO1PR', 'SA1PR', 'LV3PR'])}{RNG.randint(10, 20):02d}MB{RNG.randint(1000, 9999)}"
    region = "namprd" + a[5:7]
    if tenant:
        host = f"mail-{RNG.choice(['bn8', 'co1', 'dm6', 'mw2', 'sn1'])}nam{RNG.randint(10, 12)}on2{RNG.randint(100, 999)}.outbound.protection.outlook.com"
        ip = f"40.107.{RNG.randint(90, 244)}.{RNG.randint(10, 250)}"
    else:
        host = f"mail-{RNG.choice(['bn8', 'co1', 'dm6', 'mw2', 'sn1'])}nam{RNG.randint(10, 12)}olkn20{RNG.randint(10, 99)}.outbound.protection.outlook.com"
        ip = f"40.92.{RNG.randint(17, 99)}.{RNG.randint(10, 250)}"
    helo = f"{RNG.choice(['NAM12', 'NAM11', 'NAM10', 'NAM04'])}-{RNG.choice(['BN8', 'CO1', 'DM6', 'MW2'])}-obe.outbound.protection.outlook.com"
    ef = env_from or f"postmaster@{domain}"
    h = inbound(mbox, env_from, d, helo, ip, rdns=host,
                auth=_auth(domain, ef, ip, selector="selector1", policy="none" if not tenant else "quarantine"))
    u = d.astimezone(UTC)
    arc_d = "microsoft.com"
    h += (f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d={arc_d}; cv=none;\n"
          f" b={sig_lines(344, 76, ' ')}\n"
          f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={arc_d};\n"
          f" s=arcselector10001;\n"
          f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
          f" bh={dkim_bh(ef + 'arc')};\n"
          f" b={sig_lines(344, 76, ' ')}\n"
          f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n"
          f" dkim=none; arc=none\n"
          f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
          f" s=selector1;\n"
          f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
          f" bh={dkim_bh(ef + 'dk')};\n"
          f" b={sig_lines(344, 76, ' ')}\n"
          f"Received: from {a}.{region}.prod.outlook.com (2603:10b6:a03:{rhex(3)}::{RNG.randint(10, 99)}) by\n"
          f" {b}.{region}.prod.outlook.com (2603:10b6:510:{rhex(3)}::{RNG.randint(5, 20)}) with Microsoft SMTP Server\n"
          f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.{RNG.randint(10, 40)}; {rfc_two(u).replace('+0000', '+0000')}\n"
          f"Received: from {a}.{region}.prod.outlook.com\n"
          f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {a}.{region}.prod.outlook.com\n"
          f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%4]) with mapi id 15.20.8901.0{RNG.randint(10, 40)}; {rfc_two(u)}\n")
    return h, a, region


def icloud(mbox, env_from, d):
    node = f"qs51p00im-qukt0107{RNG.randint(1000, 9999)}.me.com"
    ip = f"17.57.155.{RNG.randint(10, 60)}"
    h = inbound(mbox, env_from, d, node, ip, auth=_auth("icloud.com", env_from, ip, selector="1a1hai", policy="quarantine"))
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n"
          f"\ts=1a1hai; t={t}; bh={dkim_bh(env_from + str(t))};\n"
          f"\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;\n"
          f"\tb={sig_lines(344, 70, chr(9) + ' ')}\n"
          f"Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n"
          f"\tby {node} (Postfix) with ESMTPSA id {rhex(10).upper()}\n"
          f"\tfor <{rcpt(mbox)}>; {rfc_paren(d.astimezone(UTC)).replace('(UTC)', '(UTC)')}\n"
          f"X-Proofpoint-ORIG-GUID: {rstr(32)}\n"
          f"X-Proofpoint-GUID: {rstr(32)}\n")
    return h


def comcast(mbox, env_from, d):
    q = f"resqmta-c1p-0{RNG.randint(23000, 23999)}.sys.comcast.net"
    o = f"resomta-c1p-0{RNG.randint(23000, 23999)}.sys.comcast.net"
    ip = f"96.102.19.{RNG.randint(10, 60)}"
    h = inbound(mbox, env_from, d, q, ip, auth=_auth("comcast.net", env_from, ip, selector="20190202a"))
    u = d.astimezone(UTC)
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n"
          f"\ts=20190202a; t={t};\n"
          f"\tbh={dkim_bh(env_from + str(t))};\n"
          f"\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n"
          f"\t Content-Type:Xfinity-Spam-Result;\n"
          f"\tb={sig_lines(344, 70, chr(9) + ' ')}\n"
          f"Received: from {o} ([96.102.18.{RNG.randint(200, 250)}])\n"
          f"\tby {q} with ESMTPS\n\tid {rstr(14)}; {rfc_two(u)}\n"
          f"Received: from oxapp-hoa-{RNG.randint(20, 80)}o.email.comcast.net ([96.118.208.{RNG.randint(10, 99)}])\n"
          f"\tby {o} with ESMTPA\n\tid {rstr(14)}; {rfc_two(u)}\n"
          f"X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeftddrjeelgdeigecutefuodetggdotefrodftvfcurfhrohhfih\n"
          f"X-Xfinity-VMeta: sc=-100.00;st=legit\n")
    return h


def proton(mbox, env_from, d):
    host = f"mail-{RNG.randint(4316, 4325)}.protonmail.ch"
    ip = f"185.70.43.{RNG.randint(16, 30)}"
    h = inbound(mbox, env_from, d, host, ip, auth=_auth("proton.me", env_from, ip, selector="protonmail", policy="quarantine"))
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me;\n"
          f"\ts=protonmail; t={t}; x={t + 1209600};\n"
          f"\tbh={dkim_bh(env_from + str(t))};\n"
          f"\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n"
          f"\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\n"
          f"\tb={sig_lines(344, 70, chr(9) + ' ')}\n")
    return h


def fastmail(mbox, env_from, d, domain):
    host = "fout-a1-smtp.messagingengine.com"
    ip = "103.168.172.144"
    h = inbound(mbox, env_from, d, host, ip, auth=_auth(domain, env_from, ip, selector="fm1"))
    t = int(d.timestamp())
    h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; h=cc\n"
          f"\t:content-transfer-encoding:content-type:content-type:date:date\n"
          f"\t:from:from:in-reply-to:message-id:mime-version:reply-to:subject\n"
          f"\t:subject:to:to; s=fm1; t={t}; x={t + 86400}; bh={dkim_bh(env_from + str(t))}; b={rb64(40)}\n"
          f"\t{rb64(70)}\n\t{rb64(70)}\n"
          f"X-ME-Sender: <xms:{rb64(40)}>\n"
          f"Feedback-ID: i{rhex(8)}:Fastmail\n"
          f"Received: by mail.messagingengine.com (Postfix) with ESMTPA; {d.strftime('%a, %d %b %Y %H:%M:%S')} -0500 (EST)\n")
    return h


def isp(mbox, env_from, d, host, ip, domain, webmail_host=None, tls=True, dkim=True):
    """A small regional ISP running Postfix, optionally with a webmail front end."""
    h = inbound(mbox, env_from, d, host, ip, tls=tls,
                auth=_auth(domain, env_from, ip, dkim=dkim, selector="mail", dmarc="pass" if dkim else "none"))
    if dkim:
        t = int(d.timestamp())
        h += (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=mail;\n"
              f"\tt={t}; bh={dkim_bh(env_from + str(t))};\n"
              f"\th=Date:From:To:Subject:From;\n"
              f"\tb={sig_lines(216, 70, chr(9))}\n")
    if webmail_host:
        h += (f"Received: from {webmail_host} (localhost [127.0.0.1])\n"
              f"\tby {host} (Postfix) with ESMTPA id {rhex(10).upper()}\n"
              f"\tfor <{rcpt(mbox)}>; {rfc_paren(d)}\n")
    return h


def internal(mbox, env_from, d, host, ip):
    """Our own servers (web form relay, outbound relay, colleagues). Bounces (no env_from) carry no DKIM."""
    if env_from:
        dom = env_from.split("@")[1]
        auth = (f"dkim=pass header.d={dom} header.s=ae2025 header.b={rstr(8)};\n"
                f"\tspf=pass smtp.mailfrom={env_from}")
    else:
        auth = f"dkim=none;\n\tspf=pass smtp.helo={host}"
    return inbound(mbox, env_from, d, host, ip, tls=False, delay=1, auth=auth)
