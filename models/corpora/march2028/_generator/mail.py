# Transport layer (our MX chain + sending provider) and client layer (how each mail program writes).
import datetime
from lib import *

MX = {"mx1": ("mx1.alliant-energy.com", "10.20.1.11"), "mx2": ("mx2.alliant-energy.com", "10.20.1.12")}


# ---------------------------------------------------------------- providers
def _gmail_host(r):
    p = r.choice(["pl1", "pj1", "qk1", "wr1", "ej1", "oi1", "yb1", "il1", "qt1", "vk1"])
    n = r.randint(41, 199)
    ip = "209.85.%d.%d" % (r.choice([128, 160, 166, 208, 210, 214, 219, 221, 222]), n)
    return "mail-%s-f%d.google.com" % (p, n), ip


def provider_block(r, prov, sender, mailbox_addr, utc, dkim_domain=None, extra_auth=None):
    """Returns (host, ip, auth_dict, lines_below_mx) for the provider."""
    dom = sender.split("@")[1].lower()
    lines = []
    t_local = lambda off, st="std": fmt(utc, off, st)
    if prov in ("gmail", "gworkspace"):
        host, ip = _gmail_host(r)
        d = "gmail.com" if prov == "gmail" else dom
        sel = "20230601" if prov == "gmail" else "google"
        pac = -420 if utc >= datetime.datetime(2028, 3, 12, 10) else -480
        lines.append("Received: by %s with SMTP id %s\n        for <%s>; %s (%s)" % (
            host, "%s-%s%s.%d" % (r.choice(["d9443c01a7336", "46e09a7af769", "5b1f17b1804b1", "af79cd13be357"]),
                                   r.hexs(2), r.alnum(11, "abcdefghijklmnopqrstuvwxyz0123456789"), r.randint(1, 3)),
            mailbox_addr, t_local(pac, "pad"), "PDT" if pac == -420 else "PST"))
        lines.insert(0, "X-Received: by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s (%s)" % (
            r.hexs(3), r.hexs(4), r.hexs(3), r.hexs(4), r.alnum(22, "abcdefghijklmnopqrstuvwxyz0123456789"),
            r.randint(100, 999), r.randint(1700000000, 1799999999) % 10000, t_local(pac, "pad"),
            "PDT" if pac == -420 else "PST"))
        lines.insert(0, "X-Google-Smtp-Source: AGHT+I%s" % r.b64s(58))
        lines.insert(0, "X-Gm-Message-State: AOJu0Y%s\n\t%s" % (r.b64s(58), r.b64s(40)))
        lines.insert(0, "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s" % (
            int(utc.timestamp()), int(utc.timestamp()) + 604800, r.b64s(43), r.b64s(66), r.b64s(60)))
        lines.insert(0, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s" % (
            d, sel, int(utc.timestamp()), int(utc.timestamp()) + 604800, r.b64s(43), r.b64s(66), r.b64s(60)))
        auth = dict(dkim=d, sel=sel, spf="pass")
    elif prov in ("yahoo", "aol", "att"):
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(1, 40), r.choice(["ne1", "bf2", "gq1"]))
        ip = "66.163.%d.%d" % (r.randint(184, 191), r.randint(2, 250))
        d = {"yahoo": "yahoo.com", "aol": "aol.com", "att": "att.net"}[prov]
        sel = {"yahoo": "s2048", "aol": "a2048", "att": "s1024"}[prov]
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s\n %s" % (
            d, sel, int(utc.timestamp()), r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s\n %s" % (
            int(utc.timestamp()), r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("X-YMail-OSG: %s\n %s\n %s" % (r.b64s(70).replace("+", "."), r.b64s(70).replace("+", "."), r.b64s(40).replace("+", "_")))
        lines.append("X-Sonic-MF: <%s>" % sender)
        lines.append("X-Sonic-ID: %s-%s-%s-%s-%s" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12)))
        lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, fmt(utc, 0, "std")))
        auth = dict(dkim=d, sel=sel, spf="pass")
    elif prov in ("outlookcom",):
        region = r.choice(["NAM12-DM6", "NAM10-BN7", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1"])
        host = "%s-obe.outbound.protection.outlook.com" % region
        ip = "40.92.%d.%d" % (r.randint(16, 60), r.randint(10, 99))
        d = dom
        srv = "%s%dMB%d" % (r.choice(["SJ0PR", "BY5PR", "DM6PR", "PH7PR", "CH3PR", "MW4PR"]), r.randint(10, 19), r.randint(1000, 9999))
        lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s" % (r.b64s(70), r.b64s(60)))
        lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s\n %s" % (r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s" % (d, r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("Received: from %s.namprd%d.prod.outlook.com\n (2603:10b6:a03:%s::%d) by %s.namprd%d.prod.outlook.com\n (2603:10b6:510:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            srv, r.randint(10, 22), r.hexs(3), r.randint(5, 30), srv[:-4] + "%d" % r.randint(1000, 9999), r.randint(10, 22),
            r.hexs(3), r.randint(5, 30), r.randint(8300, 8999), r.randint(10, 40), fmt(utc, 0, "std")))
        auth = dict(dkim=d, sel="selector1", spf="pass", srv=srv)
    elif prov == "m365":
        host = "mail-%s.outbound.protection.outlook.com" % r.choice(["bn8nam12on2071", "dm6nam10on2110", "mw2nam04on2098", "co1nam11on2047", "ch1pr05cu001"])
        ip = "40.107.%d.%d" % (r.randint(90, 240), r.randint(20, 130))
        srv = "%s%dMB%d" % (r.choice(["SA1PR", "MN2PR", "BL1PR", "CY8PR", "DS7PR"]), r.randint(10, 19), r.randint(1000, 9999))
        lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s" % (r.b64s(70), r.b64s(60)))
        lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (dom, dom, dom))
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=selector2;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s" % (dom, r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("Received: from %s.namprd%d.prod.outlook.com (2603:10b6:208:%s::%d)\n by %s.namprd%d.prod.outlook.com (2603:10b6:208:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            srv, r.randint(10, 22), r.hexs(3), r.randint(5, 30), srv[:-4] + "%d" % r.randint(1000, 9999), r.randint(10, 22),
            r.hexs(3), r.randint(5, 30), r.randint(8300, 8999), r.randint(10, 40), fmt(utc, 0, "std")))
        auth = dict(dkim=dom, sel="selector2", spf="pass", srv=srv)
    elif prov == "icloud":
        host = "st43p00im-ztfb%d.me.com" % r.randint(10000000, 10099999)
        ip = "17.58.63.%d" % r.randint(10, 250)
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n\tb=%s\n\t %s" % (
            int(utc.timestamp()), r.b64s(43), r.b64s(70), r.b64s(60)))
        lines.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)" % (
            host, r.HEX(10), mailbox_addr, fmt(utc, 0, "postfix")))
        auth = dict(dkim="icloud.com", sel="1a1hai", spf="pass")
    elif prov == "comcast":
        host = "resomta-h1p-%d.sys.comcast.net" % r.randint(500000, 560000)
        ip = "96.102.%d.%d" % (r.randint(1, 250), r.randint(1, 250))
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n\tb=%s\n\t %s" % (
            int(utc.timestamp()), r.b64s(43), r.b64s(70), r.b64s(40)))
        lines.append("Received: from oxapp-hoa-%02d.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h1p-%d.sys.comcast.net with ESMTPSA\n\tid %s; %s" % (
            r.randint(1, 60), r.randint(1, 250), r.randint(1, 250), r.randint(500000, 560000), r.alnum(10), fmt(utc, 0, "std")))
        auth = dict(dkim="comcast.net", sel="20190202a", spf="pass")
    elif prov == "isp":
        host = "smtp.%s" % dom if dom.count(".") == 1 else "smtp." + ".".join(dom.split(".")[-2:])
        ip = "%d.%d.%d.%d" % (r.choice([64, 66, 69, 173, 207]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        lines.append("Received: from [192.168.%d.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            r.randint(0, 2), r.randint(2, 200), "c-%d-%d-%d-%d.hsd1.ia.isp.net" % (r.randint(60, 99), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)),
            "%d.%d.%d.%d" % (r.randint(60, 99), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)),
            sender, host, r.HEX(10), mailbox_addr, central(utc, "postfix")))
        auth = dict(dkim=None, spf="pass")
    elif prov == "internal":
        host = "exch02.corp.alliant-energy.com"
        ip = "10.30.4.22"
        auth = dict(dkim="alliant-energy.com", sel="sel1", spf="pass")
    else:  # generic bulk sender / vendor / phish: caller passes dkim_domain etc.
        host, ip = prov
        auth = dict(dkim=dkim_domain, sel="s1", spf="pass")
    if extra_auth:
        auth.update(extra_auth)
    return host, ip, auth, lines


def our_chain(r, sender, mailbox_addr, host, ip, auth, utc, mx=None, return_path=None, delay=None):
    mx = mx or r.choice(["mx1", "mx2"])
    mxh, mxip = MX[mx]
    delay = delay if delay is not None else r.randint(2, 9)
    t_mx = utc + datetime.timedelta(seconds=delay)
    t_mbx = t_mx + datetime.timedelta(seconds=r.randint(0, 2))
    rp = sender if return_path is None else return_path
    env = rp if rp else "<>"
    dom = (rp.split("@")[1] if rp and "@" in rp else host)
    a = ["Authentication-Results: %s;" % mxh]
    parts = []
    if auth.get("dkim"):
        parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
            auth.get("dkim_res", "pass"), auth["dkim"], auth["dkim"], auth.get("sel", "s1"), r.alnum(8)))
    else:
        parts.append("dkim=none (message not signed)")
    hf = auth.get("from_dom") or (sender.split("@")[1] if sender and "@" in sender else dom)
    parts.append("dmarc=%s header.from=%s" % (auth.get("dmarc", "pass (p=none dis=none)" if auth.get("spf") == "pass" else "fail (p=none dis=none)"), hf))
    if rp:
        spfres = auth.get("spf", "pass")
        if spfres == "pass":
            parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mxh, rp, ip, rp))
        else:
            parts.append("spf=%s (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (spfres, mxh, ip, rp, rp))
    else:
        parts.append("spf=pass (%s: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s" % (mxh, host, ip, host))
    auth_hdr = a[0] + "\n\t" + ";\n\t".join(parts)
    out = []
    out.append("Return-Path: <%s>" % (rp or ""))
    out.append("Delivered-To: %s" % mailbox_addr)
    out.append("Received: from %s (%s [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        mxh, mxh, mxip, r.qid(), mailbox_addr, central(t_mbx, "postfix")))
    out.append(auth_hdr)
    tls = "with ESMTPS id" if auth.get("tls", True) else "with ESMTP id"
    out.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) %s %s\n\tfor <%s>; %s" % (
        host, host, ip, mxh, tls, r.qid(), mailbox_addr, central(t_mx, "postfix")) if auth.get("tls", True) else
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, host, ip, mxh, r.qid(), mailbox_addr, central(t_mx, "postfix")))
    return out


# ---------------------------------------------------------------- our own outgoing mail (for quoting)
class Ours:
    def __init__(self, key, from_name, from_addr, subject, utc, text, msgid, reply_to=None, html=None):
        self.key, self.from_name, self.from_addr, self.subject = key, from_name, from_addr, subject
        self.utc, self.text, self.msgid, self.reply_to, self.html = utc, text, msgid, reply_to, html

    @property
    def from_hdr(self):
        return "%s <%s>" % (self.from_name, self.from_addr)


# ---------------------------------------------------------------- client layer
def _sub_re(o, subject, lang="en"):
    if subject is not None:
        return subject
    return "Re: " + o.subject


def _cte_text(text, charset_pref="UTF-8", force_qp=False, ascii_cs="UTF-8"):
    """returns (charset, cte, encoded body)"""
    if all(ord(c) < 128 for c in text) and not force_qp and max([len(l) for l in text.split("\n")] + [0]) <= 900:
        return ascii_cs, "7bit", text
    return charset_pref, "quoted-printable", qp(text, charset_pref)


def when_line(o, style):
    loc_off = central_offset(o.utc)
    loc = o.utc + datetime.timedelta(minutes=loc_off)
    h12 = loc.hour % 12 or 12
    ap = "AM" if loc.hour < 12 else "PM"
    tz = "CST" if loc_off == -360 else "CDT"
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (DAYS[loc.weekday()], MONS[loc.month - 1], loc.day, loc.year, h12, loc.minute, ap, o.from_name, o.from_addr)
    if style == "gmail_es":
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return "El %s, %d %s %d a la(s) %d:%02d %s, %s (<%s>) escribió:" % (dias[loc.weekday()], loc.day, meses[loc.month - 1], loc.year, h12, loc.minute, "a.m." if ap == "AM" else "p.m.", o.from_name, o.from_addr)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MONS[loc.month - 1], loc.day, loc.year, h12, loc.minute, ap, o.from_name, o.from_addr)
    if style == "apple_es":
        return "El %d mar %d, a las %d:%02d %s, %s <%s> escribió:" % (loc.day, loc.year, h12, loc.minute, "a.m." if ap == "AM" else "p.m.", o.from_name, o.from_addr)
    if style == "yahoo":
        return "On %s, %s %d, %d at %d:%02d:%02d %s %s, %s <%s> wrote:" % (LDAYS[loc.weekday()], LMONS[loc.month - 1], loc.day, loc.year, h12, loc.minute, loc.second, ap, tz, o.from_name, o.from_addr)
    if style == "tb":
        return "On %d/%d/%d %d:%02d %s, %s wrote:" % (loc.month, loc.day, loc.year, h12, loc.minute, ap, o.from_name)
    if style == "ox":
        return "On %02d/%02d/%d %d:%02d %s %s %s <%s> wrote:" % (loc.month, loc.day, loc.year, h12, loc.minute, ap, tz, o.from_name, o.from_addr)
    if style == "roundcube":
        return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (loc.year, loc.month, loc.day, loc.hour, loc.minute, o.from_name)
    if style == "samsung":
        return "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %d:%02d %s (GMT%s) \nTo: %s \nSubject: %s \n" % (
            o.from_name, o.from_addr, loc.month, loc.day, loc.year % 100, h12, loc.minute, ap, "-06:00" if loc_off == -360 else "-05:00", "{TO}", o.subject)
    if style == "outlook":
        return "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: {TO}\nSubject: %s" % (
            o.from_name, o.from_addr, LDAYS[loc.weekday()], LMONS[loc.month - 1], loc.day, loc.year, h12, loc.minute, ap, o.subject)
    raise ValueError(style)


def build_client(r, client, frm_name, frm, to, subject, text, utc, off, quote=None, to_is_ours=True,
                 extra=None, html_text=None, sig_html=None, charset=None, reply_to=None, irt=None, lang="en",
                 flowed=True, want_html=None, cc=None, fwd=None):
    """Returns header lines (client part, in the client's order) and the body string (with boundary etc.)."""
    extra = extra or []
    o = quote
    date = fmt(utc, off)
    to_hdr = to
    refs = irt or (o.msgid if (o and not fwd) else None)
    H = []
    body = ""
    qto = frm
    enc_from = lambda: addr(frm_name, frm)

    if client in ("gmail",):
        mid = "<CA%s%s@mail.gmail.com>" % (r.choice(["+", "J", "K", "E", "P", "H"]), r.alnum(47, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="))
        plain = text
        hbody = '<div dir="ltr">' + "".join(("<div>%s</div>" % html_escape(l)) if l.strip() else "<div><br></div>" for l in text.split("\n")) + "</div>"
        if o:
            wl = when_line(o, "gmail_es" if lang == "es" else "gmail")
            plain = text + "\n\n" + wl + "\n\n" + quote_gt(o.text) + "\n"
            hbody += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                html_escape(wl).replace("&lt;", '&lt;<a href="mailto:%s">' % o.from_addr, 1).replace("&gt;", "</a>&gt;", 1) if False else html_escape(wl), paras_html(o.text))
        b = "000000000000" + r.hexs(12)
        H.append("MIME-Version: 1.0")
        if refs:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % refs)
        H.append("From: %s" % enc_from())
        H.append("Date: %s" % date)
        H.append("Message-ID: %s" % mid)
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("To: %s" % to_hdr)
        if cc:
            H.append("Cc: %s" % cc)
        H += extra
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        cs, cte, enc = _cte_text(plain)
        body = "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n%s\n%s\n--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
            b, ("Content-Transfer-Encoding: quoted-printable\n" if cte != "7bit" else ""), enc, b, qp(hbody + "\n"), b)
        return H, body, mid

    if client in ("yahoo", "aol", "yahoo_ios"):
        ms = int(utc.timestamp() * 1000) + r.randint(0, 999)
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999), ms)
        plain = text
        if client == "yahoo_ios":
            plain = text + "\n\nSent from Yahoo Mail for iPhone"
        hb = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % r.hexs(8)
        hb += "".join('<div dir="ltr" data-setdir="false">%s</div>' % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n"))
        hb += "</div>"
        if o:
            wl = when_line(o, "yahoo")
            plain += "\n\n\n    " + wl + "  \n\n" + "\n".join((" " + l) if l.strip() else " " for l in o.text.split("\n")) + "\n"
            hb += '<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (
                r.digits(10), html_escape(wl), paras_html(o.text))
        hb += "</body></html>"
        b = "----=_Part_%d_%d.%d" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), ms - 1)
        H.append("Date: %s" % fmt(utc, 0, "std") + " (UTC)")
        H.append("From: %s" % enc_from())
        if reply_to:
            H.append("Reply-To: %s" % reply_to)
        H.append("To: %s" % to_hdr)
        H.append("Message-ID: %s" % mid)
        if refs:
            H.append("In-Reply-To: %s" % refs)
            H.append("References: %s" % refs)
        else:
            H.append("References: %s" % mid.replace("@mail", ".ref@mail"))
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("MIME-Version: 1.0")
        H.append('Content-Type: multipart/alternative; \n\tboundary="%s"' % b)
        H += extra
        H.append("X-Mailer: WebService/1.1.%d %s" % (r.choice([22077, 22122, 22205]), {"yahoo": "YMailNorrin", "aol": "AolMailNorrin", "yahoo_ios": "YMailNorrin"}[client]))
        cs, cte, enc = _cte_text(plain)
        body = "--%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
            b, cte, enc, b, qp(hb + "\n"), b)
        return H, body, mid

    if client in ("outlookcom", "outlook_desktop", "outlook_mac"):
        srv = extra_srv = "%s%dMB%d" % (r.choice(["SJ0PR", "BY5PR", "DM6PR", "PH7PR", "CH3PR", "SA1PR"]), r.randint(10, 19), r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%d.prod.outlook.com>" % (srv, r.HEX(20), srv, r.randint(10, 22))
        cs = charset or ("iso-8859-1" if client == "outlookcom" else "us-ascii")
        plain = text
        hb_text = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n"))
        if client == "outlook_desktop":
            hb_text = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(l) if l.strip() else "<o:p>&nbsp;</o:p>") for l in text.split("\n"))
        if o:
            wl = when_line(o, "outlook").replace("{TO}", "%s <%s>" % (frm_name, frm) if not to_is_ours else "%s" % frm)
            sep = "________________________________" if client == "outlookcom" else ""
            plain = text + "\n\n" + (sep + "\n" if sep else "") + wl + "\n\n" + o.text + "\n"
            hb_text += '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>' % (
                "<br>".join("<b>%s</b>%s" % (html_escape(l.split(":", 1)[0] + ":"), html_escape(l.split(":", 1)[1])) for l in wl.split("\n")), paras_html(o.text))
        if client == "outlook_desktop":
            hb = '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style></head><body lang=EN-US link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>' + hb_text + "</div></body></html>"
        else:
            hb = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n</body>\n</html>' % (cs, hb_text)
        b = "_000_%s_" % mid[1:-1].split("@")[0] if client == "outlookcom" else "----=_NextPart_000_%04X_01DA%s.%s" % (r.randint(0, 0xFFF), r.HEX(4), r.HEX(8))
        if client == "outlook_desktop":
            H.append("From: %s" % enc_from())
            H.append("To: %s" % to_hdr)
            if cc:
                H.append("Cc: %s" % cc)
            if refs:
                H.append("References: %s" % refs)
                H.append("In-Reply-To: %s" % refs)
            H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
            H.append("Date: %s" % date)
            H.append("Message-ID: <%s$%s$%s@%s>" % ("00" + r.hexs(2) + "01" + r.hexs(10), r.hexs(10), r.hexs(8), frm.split("@")[1]))
            mid = H[-1].split(": ", 1)[1]
            H.append("MIME-Version: 1.0")
            H.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % b)
            H.append("X-Mailer: Microsoft Outlook 16.0")
            H.append("Thread-Index: A%s" % r.b64s(40))
            H.append("Content-Language: en-us")
            H += extra
        else:
            H.append("From: %s" % enc_from())
            H.append("To: %s" % to_hdr)
            if cc:
                H.append("CC: %s" % cc)
            H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
            H.append("Thread-Topic: %s" % (ew(subject.replace("Re: ", "").replace("RE: ", "")) if any(ord(c) > 127 for c in subject) else subject.split(": ", 1)[-1] if subject.startswith(("RE: ", "Re: ")) else subject))
            H.append("Thread-Index: A%s" % r.b64s(30))
            H.append("Date: %s" % fmt(utc, 0, "std"))
            H.append("Message-ID: %s" % mid)
            if refs:
                H.append("References: %s" % refs)
                H.append("In-Reply-To: %s" % refs)
            H.append("Accept-Language: en-US")
            H.append("Content-Language: en-US")
            H.append("X-MS-Has-Attach:")
            H.append("X-MS-TNEF-Correlator:")
            H.append("msip_labels:")
            H.append("x-ms-exchange-messagesentrepresentingtype: 1")
            H.append("x-tmn: [%s]" % r.b64s(32))
            H.append("x-ms-publictraffictype: Email")
            H += extra
            H.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % b)
            H.append("MIME-Version: 1.0")
        pcs = cs
        if any(ord(c) > 255 for c in plain):
            pcs = "utf-8"
        elif any(ord(c) > 127 for c in plain) and pcs == "us-ascii":
            pcs = "iso-8859-1"
        hcs = pcs
        hb = hb.replace("charset=%s" % cs, "charset=%s" % hcs).replace("charset=us-ascii", "charset=%s" % hcs)
        body = "--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
            b, pcs, qp(plain, pcs), b, hcs, qp(hb + "\n", hcs), b)
        return H, body, mid

    if client in ("iphone", "ipad"):
        mid = "<%s-%s-%s-%s-%s@%s>" % (r.HEX(8), r.HEX(4), r.HEX(4), r.HEX(4), r.HEX(12), frm.split("@")[1])
        plain = text
        if o:
            plain = text + "\n\n" + quote_gt(when_line(o, "apple_es" if lang == "es" else "apple") + "\n\n" + o.text) + "\n"
        cs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
        cte = "7bit" if cs == "us-ascii" else "quoted-printable"
        H.append("Content-Type: text/plain; charset=%s" % cs)
        H.append("Content-Transfer-Encoding: %s" % cte)
        H.append("From: %s" % enc_from())
        H.append("Mime-Version: 1.0 (1.0)")
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("Date: %s" % date)
        H.append("Message-Id: %s" % mid)
        if refs:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % refs)
        H.append("To: %s" % to_hdr)
        H += extra
        H.append("X-Mailer: %s Mail (%s)" % ("iPad" if client == "ipad" else "iPhone", r.choice(["23D5114a", "23D60", "23C71", "22H124"])))
        body = (plain if cte == "7bit" else qp(plain, "utf-8")) + ("\n" if not plain.endswith("\n") else "")
        return H, body, mid

    if client == "applemail":
        u = "%s-%s-%s-%s-%s" % (r.HEX(8), r.HEX(4), r.HEX(4), r.HEX(4), r.HEX(12))
        mid = "<%s@%s>" % (u, frm.split("@")[1])
        b = "Apple-Mail=_%s-%s-%s-%s-%s" % (r.HEX(8), r.HEX(4), r.HEX(4), r.HEX(4), r.HEX(12))
        plain = text
        hb = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + paras_html(text)
        if o:
            wl = when_line(o, "apple")
            plain = text + "\n\n" + quote_gt(wl + "\n\n" + o.text) + "\n"
            hb += '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div>' % (html_escape(wl), paras_html(o.text))
        hb += "</body></html>"
        cs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
        H.append("From: %s" % enc_from())
        H.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % b)
        H.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))")
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("Date: %s" % date)
        if refs:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % refs)
        H.append("To: %s" % to_hdr)
        H.append("Message-Id: %s" % mid)
        H += extra
        H.append("X-Mailer: Apple Mail (2.3826.500.181.1.5)")
        body = "\n--%s\nContent-Transfer-Encoding: %s\nContent-Type: text/plain;\n\tcharset=%s\n\n%s\n--%s\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/html;\n\tcharset=utf-8\n\n%s\n--%s--\n" % (
            b, "7bit" if cs == "us-ascii" else "quoted-printable", cs, plain if cs == "us-ascii" else qp(plain), b, qp(hb + "\n"), b)
        return H, body, mid

    if client == "thunderbird":
        mid = "<%s-%s-%s-%s-%s@%s>" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12), frm.split("@")[1])
        plain = text
        if o:
            plain = text + "\n\n" + when_line(o, "tb") + "\n" + quote_gt(o.text) + "\n"
        plain = wrap_flowed(plain)
        cs8 = not all(ord(c) < 128 for c in plain)
        H.append("Message-ID: %s" % mid)
        H.append("Date: %s" % date)
        H.append("MIME-Version: 1.0")
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("To: %s" % to_hdr)
        if refs:
            H.append("References: %s" % refs)
        H.append("Content-Language: %s" % ("es-MX" if lang == "es" else "en-US"))
        H.append("From: %s" % enc_from())
        if refs:
            H.append("In-Reply-To: %s" % refs)
        H += extra
        H.append("Content-Type: text/plain; charset=UTF-8; format=flowed")
        H.append("Content-Transfer-Encoding: %s" % ("8bit" if cs8 else "7bit"))
        body = plain + "\n"
        return H, body, mid

    if client == "xfinity":
        mid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(100000, 999999), int(utc.timestamp() * 1000))
        plain = text
        hb = '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n' + "".join('  <div class="default-style">\n   %s\n  </div>\n' % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n"))
        if o:
            wl = when_line(o, "ox")
            plain = text + "\n\n" + quote_gt(wl + "\n \n \n" + o.text) + "\n"
            hb += '  <blockquote type="cite">\n   %s\n   <br>\n   <br>\n   %s\n  </blockquote>\n' % (html_escape(wl), paras_html(o.text))
        hb += " </body>\n</html>"
        b = "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), int(utc.timestamp() * 1000))
        H.append("Date: %s" % date.replace(" -0", " -0") + " (%s)" % ("CST" if off == -360 else "CDT"))
        H.append("From: %s" % enc_from())
        H.append("To: %s" % to_hdr)
        H.append("Message-ID: %s" % mid)
        if refs:
            H.append("In-Reply-To: %s" % refs)
            H.append("References: %s" % refs)
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        H.append("MIME-Version: 1.0")
        H.append('Content-Type: multipart/alternative; \n\tboundary="%s"' % b)
        H.append("X-Priority: 3")
        H.append("Importance: Normal")
        H.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(55, 70))
        H.append("X-Originating-Client: open-xchange-appsuite")
        H += extra
        cs, cte, enc = _cte_text(plain)
        body = "--%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
            b, cte, enc, b, qp(hb + "\n"), b)
        return H, body, mid

    if client == "roundcube":
        mid = "<%s@%s>" % (r.hexs(32), frm.split("@")[1])
        plain = text
        if o:
            plain = text + "\n\n" + when_line(o, "roundcube") + "\n" + quote_gt(o.text) + "\n"
        plain = wrap_flowed(plain, 76)
        cs8 = not all(ord(c) < 128 for c in plain)
        H.append("MIME-Version: 1.0")
        H.append("Date: %s" % date)
        H.append("From: %s" % enc_from())
        H.append("To: %s" % to_hdr)
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        if refs:
            H.append("In-Reply-To: %s" % refs)
            H.append("References: %s" % refs)
        H.append("User-Agent: Roundcube Webmail/1.6.%d" % r.randint(5, 9))
        H.append("Message-ID: %s" % mid)
        H.append("X-Sender: %s" % frm)
        H += extra
        H.append("Content-Type: text/plain; charset=%s;\n format=flowed" % ("UTF-8" if cs8 else "US-ASCII"))
        H.append("Content-Transfer-Encoding: %s" % ("8bit" if cs8 else "7bit"))
        body = plain + "\n"
        return H, body, mid

    if client == "samsung":
        mid = "<%s.%s@email.android.com>" % (r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), r.digits(13))
        plain = text + "\n\n\n\nSent from my Galaxy\n"
        hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">' + "".join(
            '<div dir="auto">%s</div>' % (html_escape(l) if l.strip() else "<br>") for l in text.split("\n")) + '</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
        if o:
            wl = when_line(o, "samsung").replace("{TO}", frm)
            plain += "\n\n" + wl + "\n" + o.text + "\n"
            hb += '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div></div>%s' % (
                "<br>".join(html_escape(l) for l in wl.split("\n")), paras_html(o.text))
        hb += "</body></html>"
        b = "--_com.samsung.android.email_%d%d" % (r.randint(100000000, 999999999), r.randint(100000, 999999))
        H.append("Message-ID: %s" % mid)
        H.append("Date: %s" % date)
        H.append("Subject: %s" % (ew(subject) if any(ord(c) > 127 for c in subject) else subject))
        if refs:
            H.append("In-Reply-To: %s" % refs)
            H.append("References: %s" % refs)
        H.append("From: %s" % enc_from())
        H.append("To: %s" % to_hdr)
        H.append("MIME-Version: 1.0")
        H += extra
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        cs, cte, enc = _cte_text(plain, force_qp=True)
        body = "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
            b, cte, enc, b, qp(hb + "\n"), b)
        return H, body, mid

    raise ValueError(client)


CLIENT_PROV = {"gmail": "gmail", "yahoo": "yahoo", "aol": "aol", "yahoo_ios": "yahoo", "outlookcom": "outlookcom",
               "outlook_desktop": "m365", "iphone": "icloud", "applemail": "icloud", "thunderbird": "isp",
               "xfinity": "comcast", "roundcube": "isp", "samsung": "gmail"}


def assemble(top, client_h, body):
    text = "\n".join(top + client_h) + "\n\n" + body
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")
