"""Trace headers of the sending systems and the mail programs people use at work.

render_person(m) turns one person spec (see people.py) into raw bytes.
"""
import datetime
import re
import textwrap

from mailkit import (RNG, BOX, rs, hx, HX, uuid, b64ish, rfc, rfc_utc, later, qid, enc_word, addr, fold,
                     fold_blob, leaf, multi, finish, boundary_outlook, boundary_gmail, boundary_apple, esc,
                     rewrite, UTC, CST)
from ours import OURS

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")

# ---------------------------------------------------------------- our side: mx -> mbx01


def our_chain(box_addr, env_from, dt, helo, rdns, ip, auth):
    mx = RNG.choice(["mx1", "mx2"])
    mxip = "10.40.2.11" if mx == "mx1" else "10.40.2.12"
    t1 = later(dt, 2, 25)
    t2 = later(t1, 0, 2)
    return [
        "Return-Path: <%s>" % env_from,
        "Delivered-To: %s" % box_addr,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) "
        "with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (mx, mx, mxip, qid(), box_addr, rfc(t2)),
        "Authentication-Results: %s.alliant-energy.com;\n\t%s" % (mx, auth),
        "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t"
        "(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
        % (helo, rdns, ip, mx, qid(), box_addr, rfc(t1)),
    ]


def auth_pass(dkim_domain, env_from, ip, from_domain, mx="mx"):
    parts = []
    if dkim_domain:
        parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                     % (dkim_domain, dkim_domain, rs(8)))
    else:
        parts.append("dkim=none")
    if env_from:
        parts.append("spf=pass (domain of %s designates %s as permitted sender)\n\t smtp.mailfrom=%s"
                     % (env_from, ip, env_from))
    else:
        parts.append("spf=pass smtp.mailfrom=<>")
    parts.append("dmarc=pass (p=quarantine dis=none) header.from=%s" % from_domain)
    return ";\n\t".join(parts)


CURRENT = {"dt": None}


def dkim(domain, selector, headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version"):
    t = int(CURRENT["dt"].timestamp()) - RNG.randint(1, 4) if CURRENT["dt"] else 1768900000
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (domain, selector, t, headers, b64ish(43), fold_blob(b64ish(342))))


# ---------------------------------------------------------------- providers

M365_SITES = ["SA1PR12MB", "BN8PR12MB", "CH3PR12MB", "DM6PR12MB", "MN2PR12MB", "BL1PR12MB", "PH0PR12MB",
              "CY8PR12MB", "IA1PR12MB", "DS7PR12MB", "SJ0PR12MB", "MW4PR12MB"]


def m365_server():
    return RNG.choice(M365_SITES) + "%04d" % RNG.randint(1000, 9999)


class Prov:
    """Holds what the sending system adds: headers above the client's (top), among them (mid), after (tail)."""

    def __init__(self, kind, m, dt):
        self.kind = kind
        self.top, self.mid, self.tail = [], [], []
        self.srv = m365_server()
        self.srv2 = m365_server()
        self.msgid = None
        frm = m["frm"][1]
        dom = frm.split("@")[1]
        env = m.get("env_from", frm)
        box = m["box_addr"]
        outer = kind.split("+")[-1]
        inner = kind.split("+")[0]
        # what reaches our mx
        if outer == "mimecast":
            n = RNG.randint(101, 199)
            helo = "us-smtp-delivery-%d.mimecast.com" % n
            ip = "170.10.133.%d" % n
            self.chain = (helo, helo, ip, dom, "mimecast20210310")
        elif outer == "proofpoint":
            n = "00%06d" % RNG.randint(100000, 399999)
            helo = "mx0b-%s.pphosted.com" % n
            ip = "148.163.%d.%d" % (RNG.randint(144, 159), RNG.randint(10, 250))
            self.chain = (helo, helo, ip, dom, "pps0720")
            self.pp = n
        elif outer == "m365":
            o = RNG.randint(2000, 2399)
            helo = "NAM12-%s-obe.outbound.protection.outlook.com" % RNG.choice(["BN8", "DM6", "MW2", "CO1", "SN1"])
            ip = "40.107.%d.%d" % (RNG.randint(200, 244), RNG.randint(20, 240))
            self.chain = (helo, "mail-%snam12on%d.outbound.protection.outlook.com" % (RNG.choice(["bn8", "dm6", "mw2"]), o),
                          ip, dom, RNG.choice(["selector1", "selector2"]))
        elif outer in ("gws", "gmail"):
            n = RNG.randint(30, 99)
            h = "mail-%s1-f%d.google.com" % (RNG.choice(["pl", "qt", "oi", "yb", "ej", "wm"]), n)
            ip = "209.85.%d.%d" % (RNG.randint(128, 222), n)
            self.chain = (h, h, ip, "gmail.com" if outer == "gmail" else dom,
                          "20230601" if outer == "gmail" else "google")
        elif outer == "yahoo":
            h = "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (RNG.randint(300, 330), RNG.randint(10, 40))
            ip = "98.137.%d.%d" % (RNG.randint(64, 69), RNG.randint(10, 250))
            self.chain = (h, h, ip, "yahoo.com", "s2048")
        elif outer == "icloud":
            h = "st43p00im-ztfb%08d.me.com" % RNG.randint(10000000, 10099999)
            ip = "17.58.63.%d" % RNG.randint(170, 190)
            self.chain = (h, h, ip, "icloud.com", "1a1hai")
        elif outer == "secureserver":
            h = "p3plsmtpout00%d.prod.phx3.secureserver.net" % RNG.randint(1, 9)
            ip = "68.178.252.%d" % RNG.randint(100, 250)
            self.chain = (h, h, ip, None, None)
        elif outer == "isp":
            h = m.get("isp_host", "smtp.mchsi.example.net")
            ip = m.get("isp_ip", "66.%d.%d.%d" % (RNG.randint(100, 120), RNG.randint(0, 255), RNG.randint(2, 250)))
            self.chain = (h, h, ip, None, None)
        elif outer == "onprem":
            h = "mail.%s" % dom
            ip = "64.%d.%d.%d" % (RNG.randint(60, 90), RNG.randint(0, 255), RNG.randint(2, 250))
            self.chain = (h, h, ip, None, None)
        helo, rdns, ip, dkd, sel = self.chain
        t0 = dt
        self.top = our_chain(box, env, t0, helo, rdns, ip, auth_pass(dkd, env, ip, dom))
        # provider-internal hops and signatures
        if outer == "mimecast":
            self.top.append("X-MC-Unique: %s-1" % rs(22))
            self.mid += ["X-Mimecast-Spam-Score: 0", "X-Mimecast-MFC-AGG-ID: %s" % rs(43, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"),
                         "X-Mimecast-Originator: %s" % dom]
            self.top.append(dkim(dom, sel))
            self.top.append("Received: from %s (%s [40.107.%d.%d]) by\n\trelay.mimecast.com with ESMTP with STARTTLS "
                            "(version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\n\tus-mta-%d-%s-1; %s"
                            % (self.srv2 + ".outbound.protection.outlook.com", "mail-" + self.srv2.lower() + ".outbound.protection.outlook.com",
                               RNG.randint(200, 244), RNG.randint(20, 240), RNG.randint(100, 690), rs(22),
                               rfc(later(dt, 1, 3).astimezone(datetime.timezone(datetime.timedelta(hours=-5))))))
        if outer == "proofpoint":
            self.top.append(dkim(dom, sel))
            self.top.append("Received: from %s (%s [40.107.%d.%d])\n\tby mx0b-%s.pphosted.com (PPS) with ESMTPS id %s\n\t"
                            "(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\n\t%s"
                            % (self.srv2 + ".outbound.protection.outlook.com", "mail-" + self.srv2.lower() + ".outbound.protection.outlook.com",
                               RNG.randint(200, 244), RNG.randint(20, 240), self.pp, rs(12, "0123456789abcdefghijklmnopqrstuvwxyz"),
                               rfc(later(dt, 1, 3))))
            self.top.append("Received: from pps.filterd (m%s.ppops.net [127.0.0.1])\n\tby mx0b-%s.pphosted.com "
                            "(8.18.1.2/8.18.1.2) with ESMTP id %s;\n\t%s" % (self.pp[2:], self.pp, "5" + rs(11, "0123456789ABCDEFGHIJabcdefgh"),
                                                                           rfc(later(dt, 0, 2))))
            self.tail += ["X-Proofpoint-GUID: %s" % rs(32), "X-Proofpoint-ORIG-GUID: %s" % rs(32),
                          "X-Proofpoint-Virus-Version: vendor=baseguard\n\tengine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.680,"
                          "FMLib:17.12.68.34\n\tdefinitions=%s_01,2026-01-16_02,2025-11-20_01" % dt.strftime("%Y-%m-%d"),
                          "X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 spamscore=0\n\t"
                          "mlxscore=0 bulkscore=0 suspectscore=0 adultscore=0 phishscore=0 classifier=spam\n\t"
                          "adjust=0 reason=mlx scancount=1 engine=8.19.0-2601160000 definitions=main-%s" % dt.strftime("%y%m%d") + "0112"]
        if outer == "m365":
            self.top.append(self._arc(dom))
            self.top.append(dkim(dom, sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
        if inner == "m365":
            u = dt.astimezone(UTC)
            self.top.append("Received: from %s.namprd12.prod.outlook.com (2603:10b6:%x:%x::%x)\n\tby %s.namprd12.prod.outlook.com "
                            "(2603:10b6:%x:%x::%x) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                            "id 15.20.9520.%d; %s" % (self.srv, RNG.randint(0x200, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f),
                                                     self.srv2, RNG.randint(0x200, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f),
                                                     RNG.randint(10, 30), rfc_utc(later(dt, 1, 2))))
            self.top.append("Received: from %s.namprd12.prod.outlook.com\n\t([fe80::%s:%s:%s:%s]) by %s.namprd12.prod.outlook.com\n\t"
                            "([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.9520.%03d; %s"
                            % (self.srv, hx(4), hx(4), hx(4), hx(4), self.srv, hx(4), hx(4), hx(4), hx(4),
                               RNG.randint(0, 30), rfc_utc(dt)))
            self.msgid = "<%s%s@%s.namprd12.prod.outlook.com>" % (self.srv, HX(32), self.srv)
            self.mid_ms = [
                "authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom,
                "x-ms-publictraffictype: Email",
                "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (self.srv, self.srv2),
                "x-ms-office365-filtering-correlation-id: %s" % uuid(),
                "x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;",
                "x-forefront-antispam-report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;\n "
                "H:%s.namprd12.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);\n "
                "DIR:OUT;SFP:1101;" % self.srv,
                "x-ms-exchange-antispam-messagedata-chunkcount: 1",
                "x-ms-exchange-antispam-messagedata-0:\n " + "\n ".join(b64ish(76) for _ in range(3)) + "=",
            ]
            self.tail += [
                "X-OriginatorOrg: %s" % dom,
                "X-MS-Exchange-CrossTenant-AuthAs: Internal",
                "X-MS-Exchange-CrossTenant-AuthSource: %s.namprd12.prod.outlook.com" % self.srv,
                "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % uuid(),
                "X-MS-Exchange-CrossTenant-originalarrivaltime: %s.%04d\n (UTC)" % (u.strftime("%d %b %Y %H:%M:%S"), RNG.randint(0, 9999)),
                "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
                "X-MS-Exchange-CrossTenant-id: %s" % uuid(),
                "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
                "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % self.srv2,
            ]
        else:
            self.mid_ms = []
        if inner in ("gws", "gmail"):
            d = "gmail.com" if inner == "gmail" else dom
            self.top.append(dkim(d, "20230601" if inner == "gmail" else "google",
                                 "mime-version:from:date:message-id:subject:to:cc:content-type"))
            self.top.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=1e100.net; s=20230601; "
                            "t=%d; x=%d;\n\th=mime-version:from:date:message-id:subject:to:x-gm-message-state\n\t :from:to:cc:subject:date:message-id:reply-to;\n\t"
                            "bh=%s=;\n\tb=%s" % (int(dt.timestamp()), int(dt.timestamp()) + 604800, b64ish(43), fold_blob(b64ish(342))))
            self.top.append("X-Gm-Message-State: AOJu0Y%s" % fold_blob(b64ish(120)))
            self.top.append("X-Gm-Gg: ASbGnc%s" % fold_blob(b64ish(220)))
            self.top.append("X-Google-Smtp-Source: AGHT+IH%s==" % b64ish(58))
            self.top.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n\t%s"
                            % (hx(4), hx(4), hx(3), hx(4), hx(16), hx(8), RNG.randint(1, 9), RNG.randint(1000000000000, 9999999999999),
                               rfc(later(dt, 0, 2)).replace("-0600", "-0800")))
            self.msgid = "<CA%s%s@mail.gmail.com>" % (RNG.choice(["+", "J", "L", "K", "F", "N"]),
                                                       rs(40, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+-="))
        if inner == "yahoo":
            self.top.append(dkim("yahoo.com", "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To"))
            self.top.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;\n\tbh=%s=;\n\th=X-Sonic-MF:Date:From:To:Subject;\n\tb=%s"
                            % (int(dt.timestamp()), b64ish(43), fold_blob(b64ish(200))))
            self.top.append("X-YMail-OSG: %s" % fold_blob(b64ish(300)))
            self.top.append("X-Sonic-MF: <%s>" % frm)
            self.top.append("X-Sonic-ID: %s" % uuid())
            self.top.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.gq1.yahoo.com with HTTP; %s"
                            % (RNG.randint(300, 330), rfc_utc(dt)))
            self.msgid = "<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10 ** 9, 2 * 10 ** 9), RNG.randint(10 ** 6, 9 * 10 ** 6),
                                                        int(dt.timestamp() * 1000))
        if inner == "icloud":
            self.top.append(dkim("icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From"))
            self.top.append("Received: from smtpclient.apple (st43p00im-ztfb%08d.me.com [17.58.63.%d])\n\tby st43p00im-ztfb%08d.me.com "
                            "(Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)"
                            % (RNG.randint(10000000, 10099999), RNG.randint(170, 190), RNG.randint(10000000, 10099999), hx(12).upper(),
                               box, rfc_utc(dt)))
            self.tail += ["X-Proofpoint-ORIG-GUID: %s" % rs(32), "X-Proofpoint-GUID: %s" % rs(32)]
        if inner == "secureserver":
            self.top.append("Received: from %s ([%s])\n\tby :SMTPAUTH: with ESMTPSA\n\tid %s; %s"
                            % (m.get("pc_name", "OFFICE-PC"), m.get("client_ip", "71.%d.%d.%d" % (RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(2, 250))),
                               rs(22), rfc(dt).replace("-0600", "-0700")))
            self.tail += ["X-CMAE-Analysis: v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s\n a=%s==:117 a=%s==:17" % (rs(8), hx(8), rs(22), rs(22)),
                          "X-SECURESERVER-ACCT: %s" % frm]
        if inner == "isp":
            self.top.append("Received: from [192.168.1.%d] (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                            % (RNG.randint(2, 60), m.get("client_rdns", "c-73-%d-%d-%d.hsd1.ia.example.net" % (RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(2, 250))),
                               "73.%d.%d.%d" % (RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(2, 250)),
                               self.chain[0], qid(), box, rfc(dt)))
        if inner == "onprem":
            self.top.append("Received: from EXCH02.corp.%s (10.10.4.22) by EXCH01.corp.%s\n\t(10.10.4.21) with Microsoft SMTP Server "
                            "(version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s"
                            % (dom, dom, rfc(dt)))
            self.top.append("Received: from EXCH02.corp.%s ([fe80::%s:%s:%s:%s]) by\n\tEXCH02.corp.%s ([fe80::%s:%s:%s:%s%%12]) with mapi id\n\t15.02.1748.010; %s"
                            % (dom, hx(4), hx(4), hx(4), hx(4), dom, hx(4), hx(4), hx(4), hx(4), rfc(dt)))
            self.msgid = "<%s@EXCH02.corp.%s>" % (hx(32), dom)
            self.mid_ms = ["x-ms-exchange-transport-fromentityheader: Hosted", "x-originating-ip: [10.10.6.%d]" % RNG.randint(20, 200)]

    def _arc(self, dom):
        return ("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % "\n ".join(b64ish(76) for _ in range(4))
                + "\nARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
                "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n "
                "bh=%s=;\n b=%s" % (b64ish(43), "\n ".join(b64ish(76) for _ in range(4)))
                + "\nARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none" % (dom, dom, dom))


# ---------------------------------------------------------------- rendering our mail inside a person's mail

def fmt_sent_outlook(dt, seconds=False):
    h = dt.strftime("%I").lstrip("0")
    s = ("%s:%s:%s %s" % (h, dt.strftime("%M"), dt.strftime("%S"), dt.strftime("%p"))) if seconds else \
        ("%s:%s %s" % (h, dt.strftime("%M"), dt.strftime("%p")))
    return "%s, %s %d, %d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year, s)


def fmt_gmail_attr(dt):
    h = dt.strftime("%I").lstrip("0")
    return "%s, %s %d, %d at %s:%s %s" % (dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, h, dt.strftime("%M"), dt.strftime("%p"))


def fmt_apple_attr(dt):
    h = dt.strftime("%I").lstrip("0")
    return "%s %d, %d, at %s:%s %s" % (dt.strftime("%b"), dt.day, dt.year, h, dt.strftime("%M"), dt.strftime("%p"))


def fmt_es_attr(dt):
    dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    return "%s, %d %s %d a las %s" % (dias[dt.weekday()], dt.day, meses[dt.month - 1], dt.year, dt.strftime("%H:%M"))


def our_text(key, mode, gateway=None, rcpt=""):
    """Plain rendering of our mail body. mode: 'outlook' (label<url>), 'gmail' (label <url>), 'bare' (label: url)."""
    body = OURS[key]["body"]

    def sub(mo):
        label, url = mo.group(1), mo.group(2)
        u = rewrite(url, gateway, rcpt)
        if mode == "outlook":
            return "%s<%s>" % (label, u)
        if mode == "gmail":
            return "%s <%s>" % (label, u)
        return "%s: %s" % (label, u)
    return LINK.sub(sub, body)


def our_html(key, gateway=None, rcpt=""):
    body = OURS[key]["body"]
    out = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        pos, buf = 0, ""
        for mo in LINK.finditer(line):
            buf += esc(line[pos:mo.start()])
            buf += '<a href="%s">%s</a>' % (esc(rewrite(mo.group(2), gateway, rcpt)).replace('"', "&quot;"), esc(mo.group(1)))
            pos = mo.end()
        buf += esc(line[pos:])
        out.append(buf)
    return out


def quote_block(m):
    """Return (plain_quote_text, html_quote_fragments, attribution_kind) for m['quote'] or (None, None, None)."""
    q = m.get("quote")
    if not q:
        return None, None
    key = q["key"]
    o = OURS[key]
    style = q["style"]
    gw = q.get("gateway")
    rcpt = m["frm"][1]
    tag = q.get("tag", "")
    to_disp = q.get("to", "%s <%s>" % (m["frm"][0], m["frm"][1]))
    banner = q.get("banner")
    sent = o["sent"]
    subj = tag + o["subject"]
    from_disp = "%s <%s>" % (o["name"], o["addr"])
    if style in ("outlook", "outlook_line", "fwd_outlook"):
        body = our_text(key, "outlook", gw, rcpt)
        head = ""
        if style in ("outlook_line", "fwd_outlook"):
            head += "________________________________\n"
        head += "From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (from_disp, fmt_sent_outlook(sent, style == "outlook_line" and q.get("sec", False)), to_disp, subj)
        if banner:
            head += banner + "\n\n"
        plain = head + body
        hfr = [("hdr", [("From:", from_disp), ("Sent:", fmt_sent_outlook(sent)), ("To:", to_disp), ("Subject:", subj)])]
        if banner:
            hfr.append(("banner", banner))
        hfr.append(("body", our_html(key, gw, rcpt)))
        return plain, hfr
    if style == "outlook_es":
        body = our_text(key, "outlook", gw, rcpt)
        head = "________________________________\nDe: %s\nEnviado: %s\nPara: %s\nAsunto: %s\n\n" % (
            from_disp, q.get("sent_es", ""), to_disp, subj)
        if banner:
            head += banner + "\n\n"
        hfr = [("hdr", [("De:", from_disp), ("Enviado:", q.get("sent_es", "")), ("Para:", to_disp), ("Asunto:", subj)])]
        if banner:
            hfr.append(("banner", banner))
        hfr.append(("body", our_html(key, gw, rcpt)))
        return head + body, hfr
    if style in ("gmail", "gmail_es"):
        body = our_text(key, "gmail", gw, rcpt)
        if style == "gmail":
            attr = "On %s %s <%s> wrote:" % (fmt_gmail_attr(sent), o["name"], o["addr"])
        else:
            attr = "El %s, %s (<%s>) escribió:" % (fmt_es_attr(sent), o["name"], o["addr"])
        lines = []
        for para in body.split("\n"):
            if not para:
                lines.append(">")
                continue
            for w in textwrap.wrap(para, 76, break_long_words=False, break_on_hyphens=False):
                lines.append("> " + w)
        attr_w = textwrap.wrap(attr, 78, break_long_words=False)
        plain = "\n".join(attr_w) + "\n\n" + "\n".join(lines) + "\n"
        hfr = [("gattr", attr), ("gbody", our_html(key, gw, rcpt))]
        return plain, hfr
    if style == "fwd_gmail":
        body = our_text(key, "gmail", gw, rcpt)
        h = "%s, %s %d, %d at %s" % (sent.strftime("%a"), sent.strftime("%b"), sent.day, sent.year,
                                     sent.strftime("%I:%M %p").lstrip("0"))
        plain = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n"
                 % (o["name"], o["addr"], h, subj, rcpt)) + body + "\n"
        hfr = [("gfwd", [("From:", "%s <%s>" % (o["name"], o["addr"])), ("Date:", h), ("Subject:", subj), ("To:", "<%s>" % rcpt)]),
               ("body", our_html(key, gw, rcpt))]
        return plain, hfr
    if style == "apple":
        body = our_text(key, "gmail", gw, rcpt)
        lines = ["> On %s, %s <%s> wrote:" % (fmt_apple_attr(sent), o["name"], o["addr"]), "> "]
        for para in body.split("\n"):
            lines.append(("> " + para) if para else "> ")
        return "\n".join(lines) + "\n", [("apple", lines)]
    raise ValueError(style)


# ---------------------------------------------------------------- HTML skeletons

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_html(new_lines, qfr, charset):
    out = [WORD_HEAD % charset]
    for ln in new_lines:
        if ln.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if qfr:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        for kind, val in qfr:
            if kind == "hdr":
                out.append('<p class="MsoNormal">' + "<br>\n".join("<b>%s</b> %s" % (k, esc(v)) for k, v in val) + "<o:p></o:p></p>")
                out.append("</div>")
            elif kind == "banner":
                out.append('<div style="background-color:#FFEB9C;border:solid #9C6500 1.0pt;padding:2.0pt"><p class="MsoNormal">'
                           '<b><span style="font-size:9.0pt;color:#9C6500">%s</span></b><o:p></o:p></p></div>' % esc(val))
            elif kind == "body":
                for ln in val:
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % ln)
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def owa_html(new_lines, qfr, charset):
    out = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
           '<body dir="ltr">' % charset]
    for ln in new_lines:
        out.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                   % (esc(ln) if ln.strip() else "<br>"))
    if qfr:
        out.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">')
        for kind, val in qfr:
            if kind == "hdr":
                out.append('<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                           + "<br>\n".join("<b>%s</b>&nbsp;%s" % (k, esc(v)) for k, v in val) + "</font><div>&nbsp;</div></div>")
            elif kind == "banner":
                out.append('<table style="background-color:#FFF4CE;border:1px solid #C19C00" width="100%%"><tr><td>%s</td></tr></table>' % esc(val))
            elif kind == "body":
                out.append("<div>" + "<br>\n".join(val) + "</div>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def gmail_html(new_lines, qfr):
    out = ['<div dir="ltr">']
    for ln in new_lines:
        out.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    out.append("</div>")
    if qfr:
        kinds = dict((k, v) for k, v in qfr)
        if "gattr" in kinds:
            out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       % esc(kinds["gattr"]))
            out.append("<br>\n".join(kinds["gbody"]))
            out.append("</blockquote></div>")
        if "gfwd" in kinds:
            out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                       + "<br>".join("%s <strong class=\"gmail_sendername\" dir=\"auto\"></strong>%s" % (k, esc(v)) for k, v in kinds["gfwd"])
                       + "<br></div><br><br>")
            out.append("<br>\n".join(kinds["body"]))
            out.append("</div>")
    return "\n".join(out) + "\n"


def apple_html(new_lines, qfr):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">']
    for ln in new_lines:
        out.append('<div dir="ltr">%s</div>' % (esc(ln) if ln.strip() else "<br>"))
    if qfr:
        lines = qfr[0][1]
        out.append('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div>'
                   % "<br>".join(esc(ln[2:]) for ln in lines))
    out.append("</body></html>\n")
    return "\n".join(out)


def yahoo_html(new_lines):
    out = ['<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">']
    for ln in new_lines:
        out.append('<div dir="ltr" data-setdir="false">%s</div>' % (esc(ln) if ln.strip() else "<br>"))
    out.append("</div></body></html>\n")
    return "\n".join(out)


def samsung_html(new_lines, qfr):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">']
    out.append("<br>".join(esc(ln) for ln in new_lines))
    out.append("</div>")
    if qfr:
        kinds = dict((k, v) for k, v in qfr)
        out.append('<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Mensaje original --------</div></div>')
        out.append("<br>".join(kinds.get("gbody", [])))
    out.append("</body></html>\n")
    return "\n".join(out)


# ---------------------------------------------------------------- the person renderer

def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
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
    return "\n".join(out)


def render_person(m):
    dt = m["dt"]
    client = m["client"]
    prov = Prov(m["prov"], m, dt)
    charset = m.get("charset", "utf-8")
    new = m["text"].strip("\n")
    qplain, qfr = quote_block(m)
    # assemble plain text
    if qplain is not None:
        style = m["quote"]["style"]
        if style == "apple":
            plain = new + "\n\n" + qplain
        elif style in ("gmail", "gmail_es", "fwd_gmail"):
            plain = new + "\n\n" + qplain
        else:
            plain = new + "\n\n" + qplain
    else:
        plain = new + "\n"
    new_lines = new.split("\n")
    # HTML
    fam = m.get("html", {"outlook_win": "word", "outlook_ios": "owa", "owa": "owa", "outlook_mac": "word",
                         "gmail": "gmail", "iphone": None, "samsung": "samsung", "thunderbird": None,
                         "outlook_smtp": "word", "yahoo": "yahoo", "iphone_html": "apple"}[client])
    htmltext = None
    if fam == "word":
        htmltext = word_html(new_lines, qfr, charset)
    elif fam == "owa":
        htmltext = owa_html(new_lines, qfr, charset)
    elif fam == "gmail":
        htmltext = gmail_html(new_lines, qfr)
    elif fam == "apple":
        htmltext = apple_html(new_lines, qfr)
    elif fam == "yahoo":
        htmltext = yahoo_html(new_lines)
    elif fam == "samsung":
        htmltext = samsung_html(new_lines, qfr)
    pcte = m.get("cte", "quoted-printable")
    hcte = m.get("hcte", "quoted-printable")
    if m.get("html_only"):
        entity = leaf("text/html", htmltext, charset, hcte)
    elif htmltext is None:
        params = m.get("params", "")
        if "format=flowed" in params:
            plain = flow(plain)
        entity = leaf("text/plain", plain, charset, pcte, params)
    else:
        if client == "outlook_smtp":
            b = "----=_NextPart_000_%04X_%s.%s" % (RNG.randint(0, 0xff), HX(8), HX(8))
        elif client in ("gmail",):
            b = boundary_gmail()
        elif client == "samsung":
            b = "--_com.samsung.android.email_%d" % RNG.randint(10 ** 14, 10 ** 15)
        elif client == "yahoo":
            b = "----=_Part_%d_%d.%d" % (RNG.randint(10 ** 6, 9 * 10 ** 6), RNG.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000))
        elif client == "iphone_html":
            b = boundary_apple()
        elif client == "outlook_mac" and m["prov"] not in ("m365", "m365+mimecast", "m365+proofpoint"):
            b = "B_%d_%d" % (RNG.randint(3900000000, 3999999999), RNG.randint(10 ** 8, 10 ** 9))
        else:
            b = boundary_outlook(prov.srv)
        pc = "us-ascii" if charset == "us-ascii" else charset
        ppart = leaf("text/plain", plain, pc, pcte)
        hpart = leaf("text/html", htmltext, charset, hcte)
        entity = multi("alternative", [ppart, hpart], b)
    # client headers
    frm = addr(m["frm"][0], m["frm"][1], m.get("hcharset", "utf-8"), m.get("hmode", "q"))
    to = m.get("to") or m["box_addr"]
    subj = enc_word(m["subject"], m.get("hcharset", "utf-8"), m.get("hmode", "q")) if m["subject"] is not None else None
    msgid = m.get("msgid") or prov.msgid or "<%s@%s>" % (uuid().upper(), m["frm"][1].split("@")[1])
    refs = []
    if m.get("quote"):
        o = OURS[m["quote"]["key"]]
        omid = o.get("msgid") or "<%s.%s@%s>" % (o["sent"].strftime("%Y%m%d%H%M%S"), hx(10), "mail.alliant-energy.com")
        if m["quote"]["style"] not in ("fwd_outlook", "fwd_gmail"):
            refs = ["References: %s" % omid, "In-Reply-To: %s" % omid]
    date_local = rfc(dt)
    H = []
    extra = list(m.get("extra", []))
    rt = ["Reply-To: %s" % m["reply_to"]] if m.get("reply_to") else []
    cc = ["Cc: %s" % m["cc"]] if m.get("cc") else []
    snd = ["Sender: %s" % m["sender"]] if m.get("sender") else []
    ttopic = re.sub(r"^((RE|FW|Fwd|Re|FWD|RV|Fw):\s*)+", "", m["subject"] or "")
    if client in ("outlook_win", "outlook_ios", "owa") or (client == "outlook_mac" and m["prov"].startswith("m365")) or \
            (client == "iphone" and m["prov"].startswith("m365")):
        H += ["From: %s" % frm] + snd + ["To: %s" % to] + cc
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += ["Thread-Topic: %s" % enc_word(ttopic), "Thread-Index: %s" % ("AQH" + b64ish(21) + ("AB" + b64ish(26) if refs else "") + "=="),
              "Date: %s" % rfc_utc(dt), "Message-ID: %s" % msgid] + refs + rt
        H += ["Accept-Language: %s" % m.get("lang", "en-US"), "Content-Language: %s" % m.get("lang", "en-US"),
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
        if client == "outlook_win":
            H.append("msip_labels:")
        if client == "outlook_ios":
            H.append("x-ms-reactions: allow")
        if client == "iphone":
            H.append("X-Mailer: iPhone Mail (23C71)")
        if client == "outlook_mac":
            H.append("user-agent: Microsoft-MacOutlook/16.105.26011315")
        H += prov.mid_ms + prov.mid + extra
        hdrs = prov.top + H
        return finish(hdrs + ["MIME-Version: 1.0"] + prov.tail, entity, ct_at=len(hdrs), mime_version=None)
    if client == "gmail":
        H = ["MIME-Version: 1.0"] + refs + ["From: %s" % frm, "Date: %s" % date_local, "Message-ID: %s" % msgid]
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += ["To: %s" % to] + cc + rt + prov.mid + extra
        return finish(prov.top + H + prov.tail, entity, mime_version=None)
    if client in ("iphone", "iphone_html"):
        H = ["From: %s" % frm]
        H += ["Mime-Version: 1.0 (1.0)", "Date: %s" % date_local]
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += ["Message-Id: %s" % (m.get("msgid") or "<%s@%s>" % (uuid().upper(), m["frm"][1].split("@")[1]))] + refs + rt + cc
        H += ["To: %s" % to, "X-Mailer: iPhone Mail (23C71)"] + prov.mid + extra
        return finish(prov.top + H + prov.tail, entity, ct_at=len(prov.top), mime_version=None)
    if client == "samsung":
        H = ["MIME-Version: 1.0", "Date: %s" % date_local] + ["Subject: %s" % subj] + refs + rt
        H += ["Importance: normal", "From: %s" % frm, "To: %s" % to] + cc + ["Message-ID: %s" % ("<%s@email.android.com>" % uuid())] + prov.mid + extra
        return finish(prov.top + H + prov.tail, entity, mime_version=None)
    if client == "thunderbird":
        H = ["Message-ID: <%s@%s>" % (uuid(), m["frm"][1].split("@")[1]), "Date: %s" % date_local, "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird", "Content-Language: en-US"] + refs + ["To: %s" % to] + cc + ["From: %s" % frm] + rt
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += prov.mid + extra
        return finish(prov.top + H + prov.tail, entity, mime_version=None)
    if client in ("outlook_smtp",):
        H = ["From: %s" % frm, "To: %s" % to] + cc + rt
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += ["Date: %s" % date_local, "Message-ID: <%s$%s$%s$@%s>" % ("0000" + hx(2) + "01dc" + hx(6), hx(8), hx(8), m["frm"][1].split("@")[1])] + refs
        H += ["MIME-Version: 1.0", "@@CT", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: Ad%s" % b64ish(26),
              "Content-Language: %s" % m.get("lang", "en-us")] + prov.mid + extra
        i = H.index("@@CT")
        H.pop(i)
        return finish(prov.top + H + prov.tail, entity, ct_at=len(prov.top) + i, mime_version=None)
    if client == "outlook_mac":
        H = ["User-Agent: Microsoft-MacOutlook/16.105.26011315", "Date: %s" % date_local, "Subject: %s" % subj,
             "From: %s" % frm, "To: %s" % to] + cc + rt + ["Message-ID: <%s@%s>" % (uuid().upper(), m["frm"][1].split("@")[1])] + refs
        H += ["Thread-Topic: %s" % ttopic, "Mime-version: 1.0"] + prov.mid + extra
        ehdr, body = entity
        ehdr = ehdr.replace("Content-Type:", "Content-type:", 1)
        return finish(prov.top + H + prov.tail, (ehdr, body), mime_version=None)
    if client == "yahoo":
        H = ["Date: %s" % rfc_utc(dt).replace("+0000", "+0000 (UTC)"), "From: %s" % frm, "To: %s" % to] + cc + rt
        H += ["Message-ID: %s" % msgid]
        if subj is not None:
            H.append("Subject: %s" % subj)
        H += refs + ["MIME-Version: 1.0", "@@CT", "X-Mailer: WebService/1.1.25060 YMailNorrin"] + extra
        i = H.index("@@CT")
        H.pop(i)
        return finish(prov.top + H + prov.tail, entity, ct_at=len(prov.top) + i, mime_version=None)
    raise ValueError(client)
