#!/usr/bin/env python3
"""Build the 'orgs' set: organisations writing to both privacy mailboxes about their own accounts, and
organisations' mail that is not a request.

    python3 _generator/build.py        # rewrites NNNN.eml, manifest.jsonl, index.tsv (byte-identical every run)

Standard library only. Every random choice comes from random.Random seeded with SEED and the spec id, so a
message's bytes depend only on its own spec.
"""
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import mime  # noqa: E402
from mime import Leaf, Multi, text_leaf, attachment, esc, blocks, rfc_date, in_tz  # noqa: E402
import ours  # noqa: E402
import people  # noqa: E402
import machines  # noqa: E402

SEED = 20260305
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
CRLF = "\r\n"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"
QCHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
LOGO_MARK = "[[LOGO]]"


# ================================================================================================ context
class Ctx:
    def __init__(self, s):
        self.s = s
        self.rng = random.Random("%d:%s" % (SEED, s["id"]))
        self.rcpt = MAILBOX[s["mailbox"]]
        base = mime.local_to_utc(s["at"])
        self.t_send = base + mime.dt.timedelta(seconds=self.rng.randint(2, 57))
        self.t_relay = self.t_send + mime.dt.timedelta(seconds=self.rng.randint(0, 1))
        self.t_mx = self.t_relay + mime.dt.timedelta(seconds=self.rng.randint(1, 3))
        self.t_mbx = self.t_mx + mime.dt.timedelta(seconds=self.rng.randint(0, 1))
        self.cache = {}

    def hex(self, n, upper=False):
        v = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return v.upper() if upper else v

    def an(self, n):
        return "".join(self.rng.choice(ALNUM) for _ in range(n))

    def b64(self, n):
        return "".join(self.rng.choice(B64) for _ in range(n))

    def digits(self, n):
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        v = self.rng.choice("89AB" if upper else "89ab")
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], v + h[17:20], h[20:])

    def qid(self):
        return "4d" + "".join(self.rng.choice(QCHARS) for _ in range(12))

    def once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def epoch(self):
        return int(self.t_send.timestamp())


def sig_lines(ctx, prefix, width=72):
    """A wrapped fake signature value (DKIM/ARC b=)."""
    raw = ctx.b64(344) + "=="
    out = []
    while raw:
        out.append(raw[:width])
        raw = raw[width:]
    return ("\r\n" + prefix).join(out)


def dom(address):
    return address.split("@", 1)[1].lower()


# ============================================================================================== our MX
def mx_lines(s, ctx, route):
    env = route.get("envfrom", s["frm"][1])
    mx = ctx.rng.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.0.11", "mx2": "10.20.0.12"}[mx]
    lines = ["Return-Path: <%s>" % env, "Delivered-To: " + ctx.rcpt]
    lines.append(
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
        "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
        "\tfor <%s>; %s" % (mx, mx, mxip, ctx.qid(), ctx.rcpt, rfc_date(in_tz(ctx.t_mbx, "central"), "postfix")))
    ar = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    dk = route.get("dkim") or []
    parts = []
    for d, sel in dk:
        parts.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, sel, ctx.an(8)))
    if not dk:
        parts.append("dkim=none")
    if env:
        parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mx, env, route["ip"], env))
    else:
        parts.append("spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
                     % (mx, route["helo"], route["ip"], route["helo"]))
    parts.append("dmarc=%s header.from=%s" % (route.get("dmarc", "pass (p=NONE sp=NONE dis=NONE)"), dom(s["frm"][1])))
    lines.append(ar[0] + "\r\n\t" + ";\r\n\t".join(parts))
    tls = route.get("tls", "1.3")
    if tls == "1.3":
        using = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
                 "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
    else:
        using = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
    lines.append(
        "Received: from %s (%s [%s])\r\n\t%s\r\n\t(No client certificate requested)\r\n"
        "\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
        % (route["helo"], route.get("rdns", route["helo"]), route["ip"], using, mx, ctx.qid(), ctx.rcpt,
           rfc_date(in_tz(ctx.t_mx, "central"), "postfix")))
    return lines


# ============================================================================================ platforms
def dkim_header(ctx, d, sel, h, indent="        ", extra=""):
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n%sd=%s; s=%s;%s\r\n%sh=%s;\r\n%sbh=%s=;\r\n%sb=%s"
            % (indent, d, sel, extra, indent, h, indent, ctx.b64(43), indent, sig_lines(ctx, indent)))


def plat_google(s, ctx, via="web"):
    frm = s.get("envfrom", s["frm"][1])
    d = dom(s["frm"][1])
    pfx = ctx.rng.choice(["pj1", "pl1", "qt1", "oi1", "yw1", "ej1", "wr1", "lj1", "qk1", "vk1"])
    n = ctx.rng.randint(41, 199)
    helo = "mail-%s-f%d.google.com" % (pfx, n)
    ip = "209.85.%d.%d" % (ctx.rng.choice([128, 160, 167, 208, 210, 214, 216, 219, 221, 222]), n)
    tg = rfc_date(in_tz(ctx.t_relay, "pacific"), "gname")
    lines = []
    if via == "smtp":     # a phone/desktop program submitting through smtp.gmail.com
        helo_c = s.get("submit_helo", "smtpclient.apple")
        lines.append("Received: from %s ([2600:1700:%s:%s::%s])\r\n"
                     "        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%s\r\n"
                     "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n"
                     "        %s" % (helo_c, ctx.hex(4), ctx.hex(4), ctx.hex(2), ctx.hex(12), ctx.hex(10), ctx.rng.randint(1, 9),
                                     in_tz(ctx.t_relay, "pacific").strftime("%Y.%m.%d"), ctx.rcpt, tg))
    else:
        lines.append("Received: by %s with SMTP id %s-%s%s.%d\r\n        for <%s>; %s"
                     % (helo, ctx.hex(11), ctx.hex(11), ctx.an(3).lower(), ctx.rng.randint(0, 9), ctx.rcpt, tg))
    t = ctx.epoch()
    dk = []
    hlist = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to"
    if d == "gmail.com":
        lines.append(dkim_header(ctx, "gmail.com", "20230601", hlist,
                                 extra=" t=%d; x=%d; darn=alliant-energy.com;" % (t, t + 604800)))
        dk.append(("gmail.com", "20230601"))
    else:
        lines.append(dkim_header(ctx, d, "google", hlist,
                                 extra=" t=%d; x=%d; darn=alliant-energy.com;" % (t, t + 604800)))
        dk.append((d, "google"))
    lines.append(dkim_header(ctx, "1e100.net", "20230601",
                             "to:subject:message-id:date:from:mime-version\r\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
                             extra=" t=%d; x=%d;" % (t, t + 604800)).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
    lines.append("X-Gm-Message-State: AOJu0Y%s\r\n\t%s" % (ctx.b64(40), ctx.b64(24)))
    lines.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (ctx.b64(60), ctx.b64(52)))
    lines.append("X-Google-Smtp-Source: AGHT+IF%s" % ctx.b64(64))
    lines.append("X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%s.%d.%d;\r\n        %s"
                 % (ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(4), ctx.hex(11), ctx.hex(11), ctx.rng.randint(10 ** 7, 10 ** 8),
                    ctx.an(3).lower(), ctx.rng.randint(1, 99), t * 1000 + ctx.rng.randint(0, 999), tg))
    dm = "pass (p=NONE sp=QUARANTINE dis=NONE)" if d == "gmail.com" else s.get("dmarc", "pass (p=NONE sp=NONE dis=NONE)")
    return lines, dict(helo=helo, ip=ip, envfrom=frm, dkim=dk, dmarc=dm, tls="1.3")


def o365_names(ctx):
    def make():
        reg = ctx.rng.choice(["DM6PR", "SA1PR", "CH3PR", "BN8PR", "MN2PR", "PH0PR", "BL1PR", "CY8PR", "IA1PR", "DS7PR"])
        nn = ctx.rng.choice(["04", "08", "11", "12", "13", "17", "19", "20"])
        a = "%s%sMB%d" % (reg, nn, ctx.rng.randint(1000, 9999))
        reg2 = ctx.rng.choice(["DM6PR", "SA1PR", "CH3PR", "BN8PR", "MN2PR", "PH0PR"])
        b = "%s%sMB%d" % (reg2, nn, ctx.rng.randint(1000, 9999))
        return dict(a=a, b=b, nn=nn, tail="namprd%s.prod.outlook.com" % nn)
    return ctx.once("o365", make)


def plat_o365(s, ctx, consumer=False):
    nm = o365_names(ctx)
    d = dom(s["frm"][1])
    nam = ctx.rng.choice(["NAM02", "NAM04", "NAM10", "NAM11", "NAM12", "NAM04"])
    sub = ctx.rng.choice(["DM3", "BN8", "MW2", "CO1", "SN1", "BN7"])
    helo = "%s-%s-obe.outbound.protection.outlook.com" % (nam, sub)
    last = ctx.rng.randint(2, 250)
    third = ctx.rng.choice([92, 93, 94, 100, 101, 102, 243, 244])
    rdns = "mail-%s%son%d%d.outbound.protection.outlook.com" % (sub.lower(), nam.lower(), ctx.rng.randint(20, 21), ctx.rng.randint(10, 99) * 100 + last % 100)
    ip = "40.107.%d.%d" % (third, last)
    te = rfc_date(in_tz(ctx.t_relay, "utc"), "plain")
    sigd = "outlook.com" if consumer else d
    lines = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" % sig_lines(ctx, " "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
        " bh=%s=;\r\n b=%s" % (ctx.b64(43), sig_lines(ctx, " ")),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none\r\n header.from=%s; dkim=pass header.d=%s; arc=none" % (sigd if consumer else d, sigd if consumer else d, sigd),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=selector1;\r\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n"
        " bh=%s=;\r\n b=%s" % (sigd, ctx.b64(43), sig_lines(ctx, " ")),
        "Received: from %s.%s (2603:10b6:%s:%s::%d) by\r\n %s.%s (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\r\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.%d.%d; %s"
        % (nm["a"], nm["tail"], ctx.hex(3), ctx.hex(3), ctx.rng.randint(10, 40), nm["b"], nm["tail"], ctx.hex(3), ctx.hex(3),
           ctx.rng.randint(10, 40), ctx.rng.choice([9520, 9587, 9632]), ctx.rng.randint(10, 30), te),
        "Received: from %s.%s\r\n ([fe80::%s:%s:%s:%s]) by %s.%s\r\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s"
        % (nm["a"], nm["tail"], ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4), nm["a"], nm["tail"], ctx.hex(4), ctx.hex(4),
           ctx.hex(4), ctx.hex(4), ctx.rng.randint(3, 7), ctx.rng.choice([9520, 9587, 9632]), ctx.rng.randint(10, 40), te),
    ]
    return lines, dict(helo=helo, rdns=rdns, ip=ip, envfrom=s.get("envfrom", s["frm"][1]), dkim=[(sigd, "selector1")],
                       dmarc=s.get("dmarc", "pass (p=NONE sp=NONE dis=NONE)" if consumer else "pass (p=QUARANTINE sp=QUARANTINE dis=NONE)"),
                       tls="1.2")


def plat_yahoo(s, ctx, aol=False):
    n = ctx.rng.randint(301, 329)
    m = ctx.rng.randint(1, 9)
    dc = ctx.rng.choice(["ne1", "bf2", "gq1"])
    helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, m, dc)
    ip = "66.163.%d.%d" % (ctx.rng.choice([184, 185, 186, 187, 188, 189, 190, 191]), ctx.rng.randint(10, 250))
    d, sel = ("aol.com", "a2048") if aol else ("yahoo.com", "s2048")
    t = ctx.epoch()
    lines = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s"
        % (d, sel, t, ctx.b64(43), sig_lines(ctx, " ", 76)),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
        % (d, sel, t, ctx.b64(43), sig_lines(ctx, " ", 76)),
        "X-YMail-OSG: %s\r\n %s\r\n %s" % (ctx.b64(76).replace("+", "."), ctx.b64(76).replace("+", "."), ctx.b64(40).replace("+", ".")),
        "X-Sonic-MF: <%s>" % s["frm"][1],
        "X-Sonic-ID: %s" % ctx.uuid(),
        "Received: from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s" % (dc, helo, rfc_date(in_tz(ctx.t_send, "utc"), "plain")),
    ]
    return lines, dict(helo=helo, ip=ip, envfrom=s["frm"][1], dkim=[(d, sel)], dmarc="pass (p=REJECT sp=REJECT dis=NONE)", tls="1.2")


def plat_icloud(s, ctx):
    n = ctx.rng.randint(10, 99)
    host = "qs51p00im-qukt0107%04d.me.com" % ctx.rng.randint(1000, 9999)
    ip = "17.57.155.%d" % ctx.rng.randint(2, 60)
    lines = [dkim_header(ctx, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:To:From:Date",
                         indent="\t", extra=" t=%d;" % ctx.epoch()),
             "Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.%d])\r\n"
             "\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
             % (n, host, ctx.an(10).upper(), ctx.rcpt, rfc_date(in_tz(ctx.t_relay, "utc"), "postfix"))]
    return lines, dict(helo=host, ip=ip, envfrom=s["frm"][1], dkim=[("icloud.com", "1a1hai")],
                       dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE)")


def plat_zoho(s, ctx):
    d = dom(s["frm"][1])
    n = ctx.rng.randint(11, 99)
    helo = "sender4-op-o%d.zoho.com" % n
    t = ctx.epoch()
    lines = [
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.com; s=zohoarc; \r\n\tb=%s" % (t, sig_lines(ctx, "\t")),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \r\n\tbh=%s=; \r\n\tb=%s" % (t, ctx.b64(43), sig_lines(ctx, "\t")),
        "ARC-Authentication-Results: i=1; mx.zohomail.com;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>" % (d, s["frm"][1], s["frm"][1]),
        "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t=%d;\r\n\ts=zmail; d=%s; i=%s;\r\n\th=Date:Date:From:From:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To;\r\n\tbh=%s=;\r\n\tb=%s"
        % (t, d, s["frm"][1], ctx.b64(43), sig_lines(ctx, "\t")),
        "Received: from mail.zoho.com by mx.zohomail.com\r\n\twith SMTP id %d%s; %s" % (t * 1000 + ctx.rng.randint(0, 999), ctx.digits(6),
                                                                              rfc_date(in_tz(ctx.t_relay, "pacific"), "plainname")),
    ]
    return lines, dict(helo=helo, ip="136.143.188.%d" % n, envfrom=s["frm"][1], dkim=[(d, "zmail")])


def plat_ionos(s, ctx):
    d = dom(s["frm"][1])
    n = ctx.rng.randint(16, 30)
    lines = [dkim_header(ctx, d, "s1-ionos", "From:To:Message-ID:Subject:MIME-Version:Content-Type", indent="\t",
                         extra=" t=%d;" % ctx.epoch()),
             "Received: from oxaa%s.us.server.lan ([10.71.%d.%d]) by mrelay.perfora.net\r\n"
             " (mreueus00%d [172.19.143.%d]) with ESMTPSA (Nemesis) id 1M%s; %s"
             % (ctx.hex(2), ctx.rng.randint(1, 200), ctx.rng.randint(1, 200), ctx.rng.randint(1, 4), ctx.rng.randint(1, 20),
                ctx.an(13), rfc_date(in_tz(ctx.t_relay, "central"), "plain"))]
    return lines, dict(helo="mout.perfora.net", ip="74.208.4.%d" % (190 + n), envfrom=s["frm"][1], dkim=[(d, "s1-ionos")])


def plat_isp(s, ctx):
    """An ISP or web host's Postfix relay (netins.net, tds.net, mchsi.com, a company's own mail server)."""
    host = s.get("smtp_host", "smtp." + dom(s["frm"][1]))
    ip = s.get("smtp_ip", "64.%d.%d.%d" % (ctx.rng.randint(33, 90), ctx.rng.randint(1, 250), ctx.rng.randint(2, 250)))
    cip = "%d.%d.%d.%d" % (ctx.rng.choice([67, 71, 173, 98, 24]), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250), ctx.rng.randint(2, 250))
    lines = []
    dk = []
    if s.get("smtp_dkim", True):
        d = dom(s["frm"][1])
        lines.append(dkim_header(ctx, d, s.get("dkim_sel", "default"), "Date:Message-ID:Subject:To:From:MIME-Version:Content-Type",
                                 indent="\t", extra=" t=%d;" % ctx.epoch()))
        dk.append((d, s.get("dkim_sel", "default")))
    lines.append("Received: from %s (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n"
                 "\tfor <%s>; %s" % (s.get("client_host", "[192.168.1.%d]" % ctx.rng.randint(2, 250)), cip,
                                     s.get("envfrom", s["frm"][1]), host, ctx.an(10).upper(), ctx.rcpt,
                                     rfc_date(in_tz(ctx.t_relay, "central"), "postfix")))
    return lines, dict(helo=host, ip=ip, envfrom=s.get("envfrom", s["frm"][1]), dkim=dk,
                       dmarc=s.get("dmarc", "none") if not dk else s.get("dmarc", "pass (p=NONE sp=NONE dis=NONE)"),
                       tls=s.get("tls", "1.2"))


def ses_id(ctx):
    """Amazon SES message id: 0100 + send time in ms (12 hex) + a UUID-like tail; the same in Return-Path and Message-ID."""
    def make():
        ms = int(ctx.t_send.timestamp() * 1000) + ctx.rng.randint(0, 999)
        return "0100%012x-%s-000000" % (ms, ctx.uuid())
    return ctx.once("sesid", make)


def plat_ses(s, ctx):
    d = dom(s["frm"][1])
    n = ctx.rng.randint(20, 99)
    env = s.get("envfrom", ses_id(ctx) + "@amazonses.com")
    lines = [dkim_header(ctx, d, "x" + ctx.an(31).lower(), "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type",
                         indent="\t", extra=" t=%d;" % ctx.epoch()),
             dkim_header(ctx, "amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug",
                         "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", indent="\t",
                         extra=" t=%d;" % ctx.epoch())]
    return lines, dict(helo="a8-%d.smtp-out.amazonses.com" % n, ip="54.240.8.%d" % n, envfrom=env,
                       dkim=[(d, "x"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")], tls="1.2")


PLATFORMS = {
    "google": lambda s, c: plat_google(s, c),
    "google-smtp": lambda s, c: plat_google(s, c, via="smtp"),
    "o365": lambda s, c: plat_o365(s, c),
    "outlookcom": lambda s, c: plat_o365(s, c, consumer=True),
    "yahoo": lambda s, c: plat_yahoo(s, c),
    "aol": lambda s, c: plat_yahoo(s, c, aol=True),
    "icloud": plat_icloud,
    "zoho": plat_zoho,
    "ionos": plat_ionos,
    "isp": plat_isp,
    "ses": plat_ses,
}


# ================================================================================================ quotes
def quote_render(q, style, me):
    """Render one of our messages quoted/forwarded in a given program's style -> (plain, html)."""
    d = q["date"]
    fn, fa = q["frm"]
    text = q["text"].rstrip("\n")
    tlines = text.split("\n")
    if style == "gmail":
        attr = "On %s, %s %d, %d at %s %s <%s> wrote:" % (mime.DAYS[d.weekday()], mime.MONS[d.month - 1], d.day, d.year,
                                                         mime.hm12(d).replace(" ", "\u202f"), fn, fa)
        plain = "\n" + attr + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in tlines) + "\n"
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (esc(attr), "<br>".join(esc(ln) for ln in tlines)))
        return plain, html
    if style == "gmail-es":
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        attr = "El %s, %d de %s de %d, %d:%02d, %s <%s> escribió:" % (
            dias[d.weekday()], d.day, ["ene", "feb", "mar"][d.month - 1], d.year, d.hour, d.minute, fn, fa)
        plain = "\n" + attr + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in tlines) + "\n"
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (esc(attr), "<br>".join(esc(ln) for ln in tlines)))
        return plain, html
    if style in ("outlook", "outlook16"):
        sent = "%s, %s %d, %d %s" % (mime.DAYS_LONG[d.weekday()], mime.MONS_LONG[d.month - 1], d.day, d.year, mime.hm12(d))
        to = me
        hdr = ["From: %s <%s>" % (fn, fa), "Sent: " + sent, "To: " + to, "Subject: " + q["subject"]]
        if style == "outlook":
            plain = "\n________________________________\n" + "\n".join(hdr) + "\n\n" + text + "\n"
        else:
            plain = "\n" + "\n".join(hdr) + "\n\n" + text + "\n"
        html_hdr = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                    '<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt; <br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n'
                    '<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n' % (esc(fn), esc(fa), esc(sent), esc(to), esc(q["subject"])))
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(ln) if ln else "&nbsp;") for ln in tlines)
        return plain, '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + html_hdr + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + body
    if style == "iphone":
        attr = "On %s %d, %d, at %s, %s <%s> wrote:" % (mime.MONS[d.month - 1], d.day, d.year,
                                                       mime.hm12(d).replace(" ", "\u202f"), fn, fa)
        plain = "\n> " + attr + "\n> \n" + "\n".join("> " + ln for ln in tlines) + "\n"
        return plain, None
    raise ValueError(style)


def split_logo(text, cid):
    return text.replace(LOGO_MARK, "[cid:%s]" % cid)


# =============================================================================================== HTML
def html_gmail(text, quote_html=""):
    out = []
    for i, para in enumerate(blocks(text)):
        if i:
            out.append("<div><br></div>")
        out.append("<div>" + "<br>".join(esc(ln) for ln in para) + "</div>")
    return '<div dir="ltr">' + "".join(out) + "</div>" + (quote_html or "") + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;
\tfont-size:%s;
\tfont-family:"%s",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"%s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;}
@page WordSection1
\t{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text, charset="us-ascii", quote_html="", logo_cid=None, font="Aptos", small_lines=()):
    size = "12.0pt" if font == "Aptos" else "11.0pt"
    out = [OUTLOOK_HEAD % (charset, font, size, font, font)]
    for ln in text.rstrip("\n").split("\n"):
        if ln == LOGO_MARK and logo_cid:
            out.append('<p class="MsoNormal"><img width="180" height="48" style="width:1.875in;height:.5in" '
                       'id="Picture_x0020_1" src="cid:%s" alt="Company logo"><o:p></o:p></p>\n' % logo_cid)
        elif ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif ln in small_lines:
            out.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">%s</span><o:p></o:p></p>\n' % esc(ln))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(ln))
    out.append(quote_html or "")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_apple(text, quote_html=""):
    out = []
    for i, para in enumerate(blocks(text)):
        if i:
            out.append("<div><br></div>")
        out.extend("<div>%s</div>" % esc(ln) for ln in para)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(out) + (quote_html or "") + "</body></html>")


def html_yahoo(text):
    out = []
    for i, para in enumerate(blocks(text)):
        if i:
            out.append('<div dir="ltr" data-setdir="false"><br></div>')
        out.extend('<div dir="ltr" data-setdir="false">%s</div>' % esc(ln) for ln in para)
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join(out) + "</div></body></html>")


def html_zoho(text):
    out = []
    for i, para in enumerate(blocks(text)):
        if i:
            out.append("<div><br></div>")
        out.extend("<div>%s<br></div>" % esc(ln) for ln in para)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            + "".join(out) + "</div><br></body></html>")


def html_samsung(text, sig):
    out = []
    for i, para in enumerate(blocks(text)):
        if i:
            out.append('<div dir="auto"><br></div>')
        out.extend('<div dir="auto">%s</div>' % esc(ln) for ln in para)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "".join(out) + '<div dir="auto"><br></div><div id="composer_signature" dir="auto">'
            '<div style="font-size:85%%;color:#575757" dir="auto">%s</div></div></body></html>' % esc(sig))


def html_ox(text):
    out = ["<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n"]
    for i, para in enumerate(blocks(text)):
        if i:
            out.append('  <div class="default-style">\n   <br>\n  </div>\n')
        for ln in para:
            out.append('  <div class="default-style">\n   %s\n  </div>\n' % esc(ln))
    out.append(" </body>\n</html>")
    return "".join(out)


# ================================================================================================= helpers
def to_header(s, style="plain"):
    if s.get("bcc_style"):
        return s["bcc_style"]
    tos = s.get("to") or [("", MAILBOX[s["mailbox"]])]
    if style == "outlook":
        return ", ".join(mime.addr(n, a) if n else '"%s" <%s>' % (a, a) for n, a in tos)
    return ", ".join(mime.addr(n, a) if n else a for n, a in tos)


def reply_headers(s, lines):
    q = s.get("irt")
    if q:
        lines.append("In-Reply-To: " + q["msgid"])
        lines.append("References: " + q["msgid"])


def compose_text(s, quote_style=None, me=None):
    """New text + (quoted) -> (plain, quote_html or None)."""
    text = s["body"].rstrip("\n") + "\n"
    q = s.get("quote")
    if not q:
        return text, None
    qp, qh = quote_render(q, quote_style or s.get("quote_style"), me or mime.addr(*s["frm"]))
    return text + qp, qh


def with_attachments(s, ctx, tree, style):
    atts = s.get("attach") or []
    if not atts:
        return tree
    parts = [tree]
    for a in atts:
        parts.append(attachment(a["name"], a["ctype"], a["data"], order=style))
    return parts


# ================================================================================================ clients
def client_gmail(s, ctx, platform="google"):
    plain, qhtml = compose_text(s, s.get("quote_style", "gmail"))
    b = "000000000000" + ctx.hex(16)
    lines = ["MIME-Version: 1.0"]
    lines.append("From: " + mime.addr(*s["frm"]))
    lines.append("Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"))
    if s.get("irt"):
        reply_headers(s, lines)
    lines.append("X-Gm-Features: AQt7F2%s" % ctx.b64(60))
    mid = "<CA%s%s@mail.gmail.com>" % (ctx.rng.choice(["+", "J", "H", "F", "P", "L"]), ctx.an(60).replace("/", "_"))
    lines.append("Message-ID: " + mid)
    lines.extend(s.get("extra_mid", []))
    lines.append(mime.fold("Subject", mime.subj(s["subject"])))
    lines.append("To: " + to_header(s))
    if s.get("cc"):
        lines.append("Cc: " + ", ".join(mime.addr(n, a) for n, a in s["cc"]))
    if s.get("reply_to"):
        lines.append("Reply-To: " + mime.addr(*s["reply_to"]))
    html = s.get("html") or html_gmail(s["body"], qhtml)
    p = text_leaf(plain, "plain", "UTF-8", params="")
    h = text_leaf(html, "html", "UTF-8", cte="quoted-printable" if (not mime.is_ascii(html) or mime.max_line(html) > 76) else "7bit")
    tree = Multi("alternative", [p, h], b)
    atts = s.get("attach") or []
    if atts:
        parts = [tree] + [attachment(a["name"], a["ctype"], a["data"], extra_disp="") for a in atts]
        for a, part in zip(atts, parts[1:]):
            part.extra.append("X-Attachment-Id: f_%s" % ctx.an(9).lower())
            part.extra.append("Content-ID: <f_%s>" % ctx.an(9).lower())
        tree = Multi("mixed", parts, "000000000000" + ctx.hex(16))
    hdrs = tree.headers()
    lines.extend(hdrs)
    return lines, tree.render_body(), mid


def o365_tail(s, ctx, nm):
    d = dom(s["frm"][1])
    t = in_tz(ctx.t_send, "utc")
    return [
        "X-OriginatorOrg: " + d,
        "X-MS-Exchange-CrossTenant-AuthAs: Internal",
        "X-MS-Exchange-CrossTenant-AuthSource: %s.%s" % (nm["a"], nm["tail"]),
        "X-MS-Exchange-CrossTenant-Network-Message-Id: " + ctx.uuid(),
        "X-MS-Exchange-CrossTenant-originalarrivaltime: %02d %s %d %s.%04d\r\n (UTC)" % (
            t.day, mime.MONS[t.month - 1], t.year, t.strftime("%H:%M:%S"), ctx.rng.randint(0, 9999)),
        "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
        "X-MS-Exchange-CrossTenant-id: " + ctx.uuid(),
        "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
        "X-MS-Exchange-CrossTenant-userprincipalname: %s" % ctx.b64(60),
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % nm["b"],
    ]


def client_o365(s, ctx, consumer=False, lang_hdr="en-US"):
    nm = o365_names(ctx)
    d = dom(s["frm"][1])
    me = mime.addr(*s["frm"])
    plain, qhtml = compose_text(s, s.get("quote_style", "outlook"), s.get("quote_to", me))
    msgid_local = "%s%s" % (nm["a"], ctx.hex(24, upper=True))
    mid = "<%s@%s.%s>" % (msgid_local, nm["a"], nm["tail"])
    bkey = msgid_local + nm["a"] + "namp"
    cs = "us-ascii" if mime.is_ascii(plain) and mime.is_ascii(s["body"]) else "utf-8"
    logo_cid = None
    if s.get("logo"):
        logo_cid = "image001.png@01DC%s.%s" % (ctx.hex(4, True), ctx.hex(8, True))
        plain = split_logo(plain, logo_cid)
    html = s.get("html") or html_outlook(s["body"], cs, qhtml, logo_cid, s.get("font", "Aptos"), s.get("small_lines", ()))
    p = text_leaf(plain, "plain", cs, cte="quoted-printable")
    h = text_leaf(html, "html", cs, cte="quoted-printable")
    extra_parts = []
    if s.get("calendar"):
        extra_parts.append(Leaf('text/calendar; charset="utf-8"; method=REQUEST', mime.b64_encode(mime.norm(s["calendar"]).encode()), "base64"))
    alt = Multi("alternative", [p, h] + extra_parts, "_000_%s_" % bkey)
    tree = alt
    has_att = "no"
    if logo_cid:
        img = attachment("image001.png", "image/png", s["logo"], inline=True, cid=logo_cid, order="outlook", size=True)
        img.extra[1] = 'Content-Disposition: inline; filename="image001.png"; size=%d;\r\n\tcreation-date="%s";\r\n\tmodification-date="%s"' % (
            len(s["logo"]), rfc_date(in_tz(ctx.t_send, "utc"), "pad0").replace("+0000", "GMT"), rfc_date(in_tz(ctx.t_send, "utc"), "pad0").replace("+0000", "GMT"))
        tree = Multi("related", [alt, img], "_004_%s_" % bkey, params=';\r\n\ttype="multipart/alternative"')
        has_att = "yes"
    if s.get("attach"):
        parts = [tree]
        for a in s["attach"]:
            parts.append(attachment(a["name"], a["ctype"], a["data"], order="outlook", size=True))
        tree = Multi("mixed", parts, "_005_%s_" % bkey)
        has_att = "yes"
    lines = ["From: " + me, "To: " + to_header(s, "outlook")]
    if s.get("cc"):
        lines.append("CC: " + ", ".join(mime.addr(n, a) for n, a in s["cc"]))
    lines.append(mime.fold("Subject", mime.subj(s["subject"], "utf-8", "B")))
    lines.append(mime.fold("Thread-Topic", mime.subj(s.get("topic", s["subject"].split(": ", 1)[-1] if s["subject"][:3].upper() in ("RE:", "FW:") else s["subject"]), "utf-8", "B")))
    lines.append("Thread-Index: A%s%s" % (ctx.rng.choice("QdHR"), ctx.b64(30)))
    lines.append("Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plain"))
    lines.append("Message-ID: " + mid)
    if s.get("irt"):
        reply_headers(s, lines)
    if s.get("reply_to"):
        lines.append("Reply-To: " + mime.addr(*s["reply_to"]))
    lines.extend(s.get("extra_mid", []))
    lines.append("Accept-Language: " + lang_hdr)
    lines.append("Content-Language: " + lang_hdr)
    lines.append("X-MS-Has-Attach: " + ("yes" if has_att == "yes" else ""))
    lines.append("X-MS-TNEF-Correlator:")
    if not consumer:
        lines.append("msip_labels:")
    lines.append("authentication-results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % d)
    lines.append("x-ms-publictraffictype: Email")
    lines.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (nm["a"], nm["b"]))
    lines.append("x-ms-office365-filtering-correlation-id: " + ctx.uuid())
    lines.append("x-ms-exchange-senderadcheck: 1")
    lines.append("x-ms-exchange-antispam-relay: 0")
    lines.append("x-microsoft-antispam:\r\n BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;")
    lines.extend(tree.headers())
    lines.append("MIME-Version: 1.0")
    lines.extend(o365_tail(s, ctx, nm))
    return lines, tree.render_body(), mid


def filetime(ctx):
    """Windows FILETIME of the send time (100 ns since 1601), as Outlook puts it in IDs and boundaries."""
    v = ctx.once("ft", lambda: (int(ctx.t_send.timestamp()) + 11644473600) * 10 ** 7 + ctx.rng.randint(0, 9999999))
    return "%016X" % v


def client_outlook16(s, ctx):
    ft = filetime(ctx)
    d = dom(s["frm"][1])
    me = mime.addr(*s["frm"], quote_always=True)
    plain, qhtml = compose_text(s, s.get("quote_style", "outlook16"), s.get("quote_to", mime.addr(*s["frm"])))
    n = ctx.rng.randint(1, 0x30)
    mid = "<%04x%s$%s$%s$@%s>" % (n, ft[:8].lower(), ft[8:].lower(), ctx.hex(8), d)
    b = "----=_NextPart_000_%04X_%s.%s" % (n, ft[:8], ft[8:])
    ascii_ = mime.is_ascii(plain)
    cs = "us-ascii" if ascii_ else "windows-1252"
    p = text_leaf(plain, "plain", cs, cte="7bit" if ascii_ and mime.max_line(plain) <= 998 else "quoted-printable")
    html = s.get("html") or html_outlook(s["body"], cs, qhtml, None, "Calibri", s.get("small_lines", ()))
    h = text_leaf(html, "html", cs, cte="quoted-printable")
    tree = Multi("alternative", [p, h], b)
    if s.get("attach"):
        parts = [tree] + [attachment(a["name"], a["ctype"], a["data"]) for a in s["attach"]]
        tree = Multi("mixed", parts, "----=_NextPart_000_%04X_%s.%s" % (n - 1 if n > 1 else n + 1, ft[:8], ft[8:]))
        tree.preamble = "This is a multipart message in MIME format."
    lines = ["From: " + me, "To: " + ", ".join("<%s>" % a if not nme else mime.addr(nme, a, quote_always=True)
                                               for nme, a in (s.get("to") or [("", ctx.rcpt)]))]
    if s.get("cc"):
        lines.append("Cc: " + ", ".join(mime.addr(n_, a, quote_always=True) for n_, a in s["cc"]))
    if s.get("irt"):
        reply_headers(s, lines)
    if s.get("reply_to"):
        lines.append("Reply-To: " + mime.addr(*s["reply_to"], quote_always=True))
    lines.append(mime.fold("Subject", mime.subj(s["subject"], "windows-1252" if not mime.is_ascii(s["subject"]) else "UTF-8")))
    lines.append("Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"))
    lines.append("Message-ID: " + mid)
    lines.append("MIME-Version: 1.0")
    lines.extend(tree.headers())
    lines.append("X-Mailer: Microsoft Outlook 16.0")
    lines.append("Thread-Index: A%s%s==" % (ctx.rng.choice("QdH"), ctx.b64(26)))
    lines.append("Content-Language: en-us")
    return lines, tree.render_body(), mid


def client_iphone(s, ctx):
    plain, _ = compose_text(s, s.get("quote_style", "iphone"))
    d = dom(s["frm"][1])
    mid = "<%s@%s>" % (ctx.uuid(upper=True), d)
    ascii_ = mime.is_ascii(plain)
    lines = []
    if s.get("iphone_html"):
        b = "Apple-Mail-%s" % ctx.uuid(upper=True)
        p = text_leaf(plain, "plain", "utf-8", cte="7bit" if ascii_ else "quoted-printable", quote_charset=False, order="cte-first")
        h = text_leaf(html_apple(s["body"]), "html", "utf-8", cte="7bit" if mime.is_ascii(s["body"]) else "quoted-printable",
                      quote_charset=False, order="cte-first")
        tree = Multi("alternative", [p, h], b)
        lines.extend(tree.headers())
        body = tree.render_body()
    else:
        cs = "us-ascii" if ascii_ else "utf-8"
        cte = "7bit" if ascii_ else "quoted-printable"
        leaf = text_leaf(plain, "plain", cs, cte=cte, quote_charset=False)
        lines.append("Content-Type: " + leaf.ctype)
        lines.append("Content-Transfer-Encoding: " + cte)
        body = leaf.body
    lines.append("From: " + mime.addr(*s["frm"]))
    lines.append("Mime-Version: 1.0 (1.0)")
    lines.append("Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"))
    lines.append(mime.fold("Subject", mime.subj(s["subject"])))
    if s.get("irt"):
        lines.append("References: " + s["irt"]["msgid"])
        lines.append("In-Reply-To: " + s["irt"]["msgid"])
    lines.append("Message-Id: " + mid)
    lines.append("To: " + to_header(s))
    lines.append("X-Mailer: iPhone Mail (%s)" % s.get("ios", "23C55"))
    return lines, body, mid


def client_applemail(s, ctx):
    d = dom(s["frm"][1])
    mid = "<%s@%s>" % (ctx.uuid(upper=True), d)
    b = "Apple-Mail=_%s" % ctx.uuid(upper=True)
    plain, _ = compose_text(s)
    ascii_ = mime.is_ascii(plain)
    p = text_leaf(plain, "plain", "us-ascii" if ascii_ else "utf-8", cte="7bit" if ascii_ and mime.max_line(plain) < 998 else "quoted-printable",
                  quote_charset=False, order="cte-first")
    h = text_leaf(html_apple(s["body"]), "html", "utf-8", cte="quoted-printable" if not mime.is_ascii(s["body"]) or True else "7bit",
                  quote_charset=False, order="cte-first")
    tree = Multi("alternative", [p, h], b)
    lines = ["From: " + mime.addr(*s["frm"])]
    lines.extend(tree.headers())
    lines.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
    lines.append(mime.fold("Subject", mime.subj(s["subject"])))
    lines.append("Message-Id: " + mid)
    lines.append("Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"))
    lines.append("To: " + to_header(s))
    lines.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    return lines, tree.render_body(), mid


def flow(text, width=72):
    """format=flowed (RFC 3676) with soft line breaks as trailing spaces."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        if line.startswith(">"):
            out.append(line)
            continue
        if len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    fixed = []
    for ln in out:
        if ln.startswith("From ") or (ln.startswith(" ") and not ln.startswith(">")):
            ln = " " + ln               # space-stuffing
        fixed.append(ln)
    return "\n".join(fixed) + "\n"


def client_thunderbird(s, ctx):
    d = dom(s["frm"][1])
    mid = "<%s@%s>" % (ctx.uuid(), d)
    plain, _ = compose_text(s)
    body_text = flow(plain)
    ascii_ = mime.is_ascii(body_text)
    leaf = text_leaf(body_text, "plain", "UTF-8", cte="7bit" if ascii_ else "8bit", params="; format=flowed", quote_charset=False)
    lines = ["Message-ID: " + mid,
             "Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"),
             "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird",
             "Content-Language: en-US",
             "To: " + to_header(s),
             "From: " + mime.addr(*s["frm"])]
    if s.get("reply_to"):
        lines.append("Reply-To: " + mime.addr(*s["reply_to"]))
    lines.append(mime.fold("Subject", mime.subj(s["subject"])))
    lines.append("Content-Type: " + leaf.ctype)
    lines.append("Content-Transfer-Encoding: " + leaf.cte)
    return lines, leaf.body, mid


def client_yahoo(s, ctx, aol=False):
    t = in_tz(ctx.t_send, "utc")
    ms = int(ctx.t_send.timestamp() * 1000) + ctx.rng.randint(0, 999)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ms)
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ms - 1)
    plain, _ = compose_text(s)
    p = text_leaf(plain, "plain", "UTF-8", cte="7bit" if mime.is_ascii(plain) and mime.max_line(plain) <= 76 else "quoted-printable",
                  quote_charset=False)
    h = text_leaf(html_yahoo(s["body"]), "html", "UTF-8", cte="quoted-printable" if not mime.is_ascii(s["body"]) or True else "7bit",
                  quote_charset=False)
    tree = Multi("alternative", [p, h], b)
    tree.ctype = 'multipart/alternative; \r\n\tboundary="%s"' % b
    lines = ["Date: " + rfc_date(t, "utcname"),
             "From: " + mime.addr(*s["frm"]),
             "To: " + ", ".join('"%s" <%s>' % (a, a) for _, a in (s.get("to") or [("", ctx.rcpt)])),
             "Message-ID: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    lines.append("References: " + mid)
    lines.append("X-Mailer: WebService/1.1.24987 %s" % ("AolMailNorrin" if aol else "YMailNorrin"))
    return lines, tree.render_body(), mid


def client_zoho(s, ctx):
    d = dom(s["frm"][1])
    ms = int(ctx.t_send.timestamp() * 1000)
    mid = "<%x.%s.%s@%s>" % (ms, ctx.hex(16), ctx.digits(19), d)
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 9 * 10 ** 5), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    plain, _ = compose_text(s)
    p = text_leaf(plain, "plain", "UTF-8", cte="7bit" if mime.is_ascii(plain) and mime.max_line(plain) <= 76 else "quoted-printable", quote_charset=False)
    h = text_leaf(html_zoho(s["body"]), "html", "UTF-8", cte="7bit" if mime.is_ascii(s["body"]) else "quoted-printable", quote_charset=False)
    tree = Multi("alternative", [p, h], b)
    tree.ctype = 'multipart/alternative; \r\n\tboundary="%s"' % b
    lines = ["Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"),
             "From: " + mime.addr(*s["frm"]),
             "To: " + '"customercare" <%s>' % ctx.rcpt if s["mailbox"] == "customercare" else "To: " + '"powerhousecatalog" <%s>' % ctx.rcpt,
             "Message-Id: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    lines += ["Importance: Medium", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    return lines, tree.render_body(), mid


def client_samsung(s, ctx):
    mid = "<%s.%s@email.android.com>" % (ctx.an(16), ctx.digits(10))
    b = "--_com.samsung.android.email_%s" % ctx.digits(15)
    sig = s.get("sig", "Sent from my Galaxy")
    plain = s["body"].rstrip("\n") + "\n\n" + sig + "\n"
    p = text_leaf(plain, "plain", "utf-8", cte="base64", quote_charset=False)
    h = text_leaf(html_samsung(s["body"], sig), "html", "utf-8", cte="base64", quote_charset=False)
    tree = Multi("alternative", [p, h], b)
    lines = ["Message-ID: " + mid,
             "Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"),
             mime.fold("Subject", mime.subj(s["subject"])),
             "From: " + mime.addr(*s["frm"]),
             "To: " + to_header(s),
             "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    return lines, tree.render_body(), mid


def client_ox(s, ctx):
    ms = int(ctx.t_send.timestamp() * 1000)
    mid = "<%d.%d.%d@email.ionos.com>" % (ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ctx.rng.randint(10 ** 5, 9 * 10 ** 5), ms + 3)
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 9 * 10 ** 5), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    plain, _ = compose_text(s)
    p = text_leaf(plain, "plain", "UTF-8", cte="quoted-printable", quote_charset=False)
    h = text_leaf(html_ox(s["body"]), "html", "UTF-8", cte="quoted-printable", quote_charset=False)
    tree = Multi("alternative", [p, h], b)
    tree.ctype = 'multipart/alternative; \r\n\tboundary="%s"' % b
    lines = ["Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plainname"),
             "From: " + mime.addr(*s["frm"]),
             "To: " + ", ".join('"%s" <%s>' % (a, a) for _, a in (s.get("to") or [("", ctx.rcpt)])),
             "Message-ID: " + mid]
    lines.extend(s.get("extra_mid", []))
    lines += [mime.fold("Subject", mime.subj(s["subject"])), "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    lines += ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev72",
              "X-Originating-Client: open-xchange-appsuite"]
    return lines, tree.render_body(), mid


def client_raw(s, ctx):
    """Machine mail: the spec's builder gives headers and MIME tree."""
    return s["raw"](s, ctx)


CLIENTS = {
    "gmail": (client_gmail, "google"),
    "o365": (client_o365, "o365"),
    "o365-es": (lambda s, c: client_o365(s, c, lang_hdr="es-US"), "o365"),
    "outlookcom": (lambda s, c: client_o365(s, c, consumer=True), "outlookcom"),
    "outlook16": (client_outlook16, "isp"),
    "iphone": (client_iphone, "icloud"),
    "applemail": (client_applemail, "icloud"),
    "thunderbird": (client_thunderbird, "isp"),
    "yahoo": (client_yahoo, "yahoo"),
    "aol": (lambda s, c: client_yahoo(s, c, aol=True), "aol"),
    "zoho": (client_zoho, "zoho"),
    "samsung": (client_samsung, "google-smtp"),
    "ox": (client_ox, "ionos"),
    "raw": (client_raw, None),
}

PROGRAM = {
    "gmail": "Gmail (web/app)", "o365": "Outlook (Microsoft 365)", "o365-es": "Outlook (Microsoft 365, Spanish)",
    "outlookcom": "Outlook.com", "outlook16": "Outlook 2016+ desktop via SMTP", "iphone": "iPhone Mail",
    "applemail": "Apple Mail (macOS)", "thunderbird": "Thunderbird", "yahoo": "Yahoo Mail", "aol": "AOL Mail",
    "zoho": "Zoho Mail", "samsung": "Samsung Email", "ox": "Open-Xchange webmail (IONOS)",
}


# ================================================================================================= build
def build_one(s):
    ctx = Ctx(s)
    ctx.B = sys.modules[__name__]
    fn, default_plat = CLIENTS[s["client"]]
    hdrs, body, mid = fn(s, ctx)
    plat = s.get("platform", default_plat)
    mid_lines, route = PLATFORMS[plat](s, ctx) if plat else s["route"](s, ctx)
    top = mx_lines(s, ctx, route)
    head = "\r\n".join(top + mid_lines + hdrs)
    data = head.encode("utf-8") + b"\r\n\r\n" + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, (s["id"], ln[:80])
    assert b"\n" not in data.replace(b"\r\n", b""), s["id"]
    assert b"\r" not in data.replace(b"\r\n", b""), s["id"]
    return data, mid


def ctx_time(s):
    return mime.local_to_utc(s["at"])


def answers_of(s):
    q = s.get("irt") or s.get("quote")
    return q["key"] if q else "-"


def main():
    specs = people.SPECS + machines.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec id"
    specs.sort(key=lambda s: (mime.local_to_utc(s["at"]), s["id"]))
    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], ["file\tspec\tcategory\tanswers\tlang\tprogram\tdate"]
    for i, s in enumerate(specs, 1):
        name = "%04d.eml" % i
        data, mid = build_one(s)
        (OUT / name).write_bytes(data)
        auto = s["automated"]
        rec = {"file": name, "mailbox": s["mailbox"], "automated": auto,
               "labels": [] if auto else s["labels"], "unclear": False if auto else s["unclear"],
               "entities": {} if auto else s["entities"], "note": s["note"],
               "ack_to": None if auto else s["ack"]}
        manifest.append(json.dumps(rec, ensure_ascii=False))
        prog = s.get("program") or PROGRAM[s["client"]]
        index.append("\t".join([name, s["id"], s["cat"], answers_of(s), s["lang"], prog,
                                in_tz(ctx_time(s), "central").strftime("%Y-%m-%d %H:%M %z")]))
    (OUT / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
