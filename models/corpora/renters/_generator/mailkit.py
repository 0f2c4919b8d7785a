"""Byte-level helpers for the `renters` set: MIME parts, encodings, the Received chains of the
sending providers and of our own mx1/mx2 -> mbx01 hosts.  Standard library only; every random
choice goes through the one seeded generator R so that build.py rebuilds identical bytes."""
import base64
import html as _html
import quopri
import random
import uuid
from datetime import timedelta, timezone
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import format_datetime

SEED = 20260824
R = random.Random(SEED)

CDT = timezone(timedelta(hours=-5))
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))
UTC = timezone.utc

BOX = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}
BOXNAME = {"cc": "customercare", "ph": "powerhousecatalog"}

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


# ----------------------------------------------------------------------------- random bits
def rs(n, alpha=B64):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return rs(n, "0123456789abcdef")


def rHEX(n):
    return rs(n, "0123456789ABCDEF")


def ruuid(upper=True):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def qid():
    """A Postfix long queue id."""
    return "4c" + rs(13, PFX)


def folded(tag, n, indent="\t ", width=72):
    """tag=<n random base64 chars>, folded like a DKIM b= value."""
    s = tag + rs(n)
    out, line = [], ""
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return ("\n" + indent).join(out)


def rfc(dt, tzname=None):
    s = format_datetime(dt)
    return f"{s} ({tzname})" if tzname else s


def later(t, lo, hi):
    return t + timedelta(seconds=R.randint(lo, hi))


# ----------------------------------------------------------------------------- headers
def enc_header(value, charset="utf-8", enc="B", name="Subject"):
    """RFC 2047 when needed.  enc 'B' or 'Q'."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == "B" else QP
        return Header(value, cs, header_name=name).encode(linesep="\n")


def addr(name, address, charset="utf-8", enc="B", quote=False):
    if not name:
        return address if not quote else f"<{address}>"
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{enc_header(name, charset, enc, 'From')} <{address}>"


# ----------------------------------------------------------------------------- bodies
def encode(text, charset="utf-8", cte="qp"):
    """text -> (Content-Transfer-Encoding name, bytes with \\n line ends)."""
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data)
    if cte == "b64":
        return "base64", base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
        return "7bit", data
    if cte == "8bit":
        return "8bit", data
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="qp", extra=(), cte_name=None):
    """A leaf part.  ctype is written exactly as given (each program spells it its own way)."""
    name, body = encode(text, charset, cte)
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte_name or name}"]
    h.extend(extra)
    return {"h": h, "b": body}


def raw_leaf(headers, body_bytes):
    return {"h": list(headers), "b": body_bytes}


def multi(ctype_fmt, parts, boundary, preamble=None, extra=()):
    """ctype_fmt contains {b} for the boundary."""
    h = [ctype_fmt.format(b=boundary)]
    h.extend(extra)
    return {"h": h, "parts": parts, "boundary": boundary, "preamble": preamble}


def ser(part, with_headers=True):
    out = []
    if with_headers:
        if part["h"]:
            out.append("\n".join(part["h"]).encode("ascii") + b"\n\n")
        else:
            out.append(b"\n")
    if "parts" in part:
        if part.get("preamble"):
            out.append(part["preamble"].encode("ascii") + b"\n")
        for p in part["parts"]:
            out.append(b"--" + part["boundary"].encode() + b"\n")
            out.append(ser(p))
            out.append(b"\n")
        out.append(b"--" + part["boundary"].encode() + b"--\n")
    else:
        b = part["b"]
        if not b.endswith(b"\n"):
            b += b"\n"
        out.append(b)
    return b"".join(out)


def message(header_lines, top_part):
    """Top-level headers (list of str) + the top part (its headers follow them)."""
    head = "\n".join(header_lines + top_part["h"]).encode("ascii")
    body = ser(top_part, with_headers=False)
    raw = head + b"\n\n" + body
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


# ----------------------------------------------------------------------------- text -> HTML
def _esc(s):
    return _html.escape(s, quote=False)


def to_html_lines(text, line_fmt, quote_fmt):
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                q.append(l[1:] if l.startswith(" ") else l)
                i += 1
            out.append(quote_fmt.format(to_html_lines("\n".join(q), line_fmt, quote_fmt)))
            continue
        l = lines[i]
        out.append(line_fmt.format(_esc(l) if l.strip() else "<br>"))
        i += 1
    return "\n".join(out)


def html_gmail(text):
    body = to_html_lines(text, "<div>{}</div>",
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">{}</blockquote>')
    return f'<div dir="ltr">{body}</div>\n'


def html_apple(text):
    body = to_html_lines(text, "<div>{}</div>", '<blockquote type="cite">{}</blockquote>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"\n{body}\n</body></html>\n")


def html_outlook(text, charset="us-ascii"):
    body = to_html_lines(text, '<p class="MsoNormal">{}<o:p></o:p></p>',
                         '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt">{}</div>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def html_owa(text, charset="iso-8859-1"):
    body = to_html_lines(text, '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                         'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{}</div>',
                         '<div style="margin-left:10px">{}</div>')
    return ('<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + body + "\n</body>\n</html>\n")


def html_yahoo(text):
    body = to_html_lines(text, '<div dir="ltr" data-setdir="false">{}</div>',
                         '<div class="yahoo_quoted" style="margin-left:10px">{}</div>')
    return ('<html><head></head><body><div class="ydp' + rhex(8) + 'yahoo-style-wrap" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + body + "</div></body></html>")


def html_samsung(text):
    body = to_html_lines(text, '<div dir="auto">{}</div>', "<blockquote>{}</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f"<body>{body}</body></html>")


def html_proton(text):
    body = to_html_lines(text, "<div>{}</div>", '<blockquote class="protonmail_quote" type="cite">{}</blockquote>')
    return f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{body}</div>'


# ----------------------------------------------------------------------------- our own hosts
def auth_results(host, parts):
    return f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts)


def deliver(box, mailfrom, t_sent, relay, auth, tls=True, mx=None, delay=(2, 9)):
    """Our header block: Return-Path, Delivered-To, mbx01 Received, Authentication-Results, mx Received.
    relay = (helo, rdns, ip).  auth = list of result strings (dkim=..., spf=..., dmarc=...)."""
    mx = mx or R.choice(["mx1", "mx2"])
    host = f"{mx}.alliant-energy.com"
    ip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    t_mx = later(t_sent, *delay)
    t_dl = later(t_mx, 0, 1)
    to = BOX[box]
    if tls:
        via = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
               "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
               "\n\t(No client certificate requested)")
        w = "ESMTPS"
    else:
        via, w = "", "ESMTP"
    helo, rdns, rip = relay
    return [
        f"Return-Path: <{mailfrom}>",
        f"Delivered-To: {to}",
        f"Received: from {host} ({host} [{ip}])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid()}"
        f"\n\tfor <{to}>; {rfc(t_dl.astimezone(CDT), 'CDT')}",
        auth_results(host, auth),
        f"Received: from {helo} ({rdns} [{rip}]){via}\n\tby {host} (Postfix) with {w} id {qid()}"
        f"\n\tfor <{to}>; {rfc(t_mx.astimezone(CDT), 'CDT')}",
    ]


def std_auth(host_mx_dummy, dkim_d, sel, mailfrom, ip, from_dom, dkim="pass", spf="pass", dmarc="pass",
             policy="p=NONE sp=NONE dis=NONE"):
    parts = []
    if dkim_d:
        parts.append(f"dkim={dkim} header.d={dkim_d} header.s={sel} header.b={rs(8)}")
    else:
        parts.append("dkim=none")
    dom = mailfrom.split("@")[-1] if mailfrom else ""
    if mailfrom:
        parts.append(f"spf={spf} (mx.alliant-energy.com: domain of {mailfrom} designates {ip} as permitted sender)"
                     f" smtp.mailfrom={mailfrom}" if spf == "pass" else
                     f"spf={spf} (mx.alliant-energy.com: {ip} is neither permitted nor denied by domain of {dom})"
                     f" smtp.mailfrom={mailfrom}")
    if from_dom:
        parts.append(f"dmarc={dmarc} ({policy}) header.from={from_dom}")
    return parts


# ----------------------------------------------------------------------------- providers
GOOGLE_HOSTS = ["pl1", "qk1", "yw1", "oi1", "io1", "ej1", "lf1", "wm1", "pj1", "qv1", "vk1", "ua1"]


def gmail_hops(mailfrom, box, t, dkim_h="to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
               dkim_d="gmail.com", sel="20230601"):
    h = R.choice(GOOGLE_HOSTS)
    num = R.randint(41, 235)
    host = f"mail-{h}-f{num}.google.com"
    ip = f"209.85.{R.randint(128, 223)}.{num}"
    t1 = later(t, 1, 3)
    ts = int(t1.timestamp())
    smtpid = f"{rhex(10)}{R.randint(1000, 9999)}-{rhex(12)}so{R.randint(1000000, 9999999)}{rs(2, 'abcdefghijklmnopqrstuvwxyz')}.{R.randint(0, 9)}"
    hops = [
        f"Received: by {host} with SMTP id {smtpid}\n        for <{BOX[box]}>; {rfc(t1.astimezone(PDT), 'PDT')}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={dkim_d}; s={sel}; t={ts}; x={ts + 604800}; darn=alliant-energy.com;\n"
        f"        h={dkim_h};\n        bh={rs(43)}=;\n        " + folded("b=", 342, indent="         ", width=66),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={ts}; x={ts + 604800};\n"
        f"        h=x-gm-message-state:from:to;\n        bh={rs(43)}=;\n        " + folded("b=", 342, indent="         ", width=66),
        f"X-Gm-Message-State: AOJu0Y{rs(60)}\n\t{rs(44)}==",
        f"X-Gm-Gg: ASbGnc{rs(60)}\n\t{rs(70)}\n\t{rs(40)}",
        f"X-Google-Smtp-Source: AGHT+IF{rs(61)}==",
        f"X-Received: by 2002:a{R.randint(10, 99)}:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(8)}mr{R.randint(10000000, 99999999)}{rs(2, 'abcdefghijklmnopqrstuvwxyz')}.{R.randint(10, 99)}.{ts}{R.randint(100, 999)};\n"
        f"        {rfc(t1.astimezone(PDT), 'PDT')}",
    ]
    auth = std_auth(None, dkim_d, sel, mailfrom, ip, mailfrom.split("@")[1],
                    policy="p=NONE sp=QUARANTINE dis=NONE")
    return (host, host, ip), hops, auth


def gmail_msgid():
    return f"<CA{rs(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{rs(46, ALNUM + '+_-')}@mail.gmail.com>"


def icloud_hops(mailfrom, box, t):
    n = R.randint(10000000, 99999999)
    inner = f"st{R.randint(40, 49)}p00im-ztfb{n}.me.com"
    ip = f"17.58.{R.randint(6, 63)}.{R.randint(2, 250)}"
    t1 = later(t, 1, 2)
    ts = int(t1.timestamp())
    hops = [
        f"Received: from smtpclient.apple (unknown [{R.choice(['172.58', '174.212', '107.77'])}.{R.randint(1, 254)}.{R.randint(1, 254)}])\n"
        f"\tby {inner} (Postfix) with ESMTPSA id {rHEX(11)}\n\tfor <{BOX[box]}>; {rfc(t1.astimezone(UTC), 'UTC')}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai; t={ts};\n"
        f"\tbh={rs(43)}=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n\t" + folded("b=", 342),
        "X-Proofpoint-ORIG-GUID: " + rs(32, ALNUM),
        "X-Proofpoint-GUID: " + rs(32, ALNUM),
    ]
    auth = std_auth(None, "icloud.com", "1a1hai", mailfrom, ip, "icloud.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    return (inner, inner, ip), hops, auth


def yahoo_hops(mailfrom, box, t, dom="yahoo.com"):
    a = R.randint(300, 330)
    host = f"sonic{a}-{R.randint(10, 40)}.consmr.mail.{R.choice(['ne1', 'gq1', 'bf2'])}.yahoo.com"
    ip = f"66.163.{R.randint(184, 191)}.{R.randint(2, 250)}"
    t1 = later(t, 1, 3)
    ts = int(t1.timestamp())
    sel = "s2048" if dom == "yahoo.com" else "a2048"
    hops = [
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel}; t={ts}; bh={rs(43)}=;"
        f" h=Date:From:To:Subject:References:From:Subject:Reply-To; " + folded("b=", 342),
        f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={ts};"
        f" bh={rs(43)}=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; " + folded("b=", 342),
        f"X-YMail-OSG: {rs(70, ALNUM + '._')}\n {rs(76, ALNUM + '._')}\n {rs(40, ALNUM + '._')}",
        f"X-Sonic-MF: <{mailfrom}>",
        f"X-Sonic-ID: {ruuid(False)}",
        f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{a}.consmr.mail.ne1.yahoo.com with HTTP; {rfc(t1.astimezone(UTC))}",
    ]
    auth = std_auth(None, dom, sel, mailfrom, ip, dom, policy="p=REJECT sp=REJECT dis=NONE")
    return (host, host, ip), hops, auth


def o365_hops(mailfrom, box, t, dom, tenant_pod, dkim_sel="selector1", dkim_d=None):
    """Exchange Online outbound.  tenant_pod like 'SA1PR06MB'."""
    region = R.choice(["bn8nam12", "dm6nam10", "co1nam11", "ch5nam04", "bl2nam02", "sn4nam04"])
    n = R.randint(2040, 2180)
    host = f"mail-{region}on{n}.outbound.protection.outlook.com"
    ip = f"40.107.{R.randint(200, 250)}.{n % 250}"
    srv_a = f"{tenant_pod}{R.randint(1000, 9999)}.namprd{R.choice(['06', '04', '11', '05'])}.prod.outlook.com"
    srv_b = f"{tenant_pod}{R.randint(1000, 9999)}.namprd{R.choice(['06', '04', '11', '05'])}.prod.outlook.com"
    t1 = later(t, 0, 1)
    tt = rfc(t1.astimezone(UTC))
    dkim_d = dkim_d or dom
    hops = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n " + folded("b=", 342, indent=" "),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rs(43)}=;\n " + folded("b=", 342, indent=" "),
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none header.from={dom};\n dkim=pass header.d={dkim_d}; arc=none",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d};\n s={dkim_sel};\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={rs(43)}=;\n " + folded("b=", 342, indent=" "),
        f"Received: from {srv_a} (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(5, 20)}) by\n {srv_b} (2603:10b6:{rhex(3)}:{rhex(2)}::{R.randint(5, 20)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9031.{R.randint(10, 30)}; {tt}",
        f"Received: from {srv_a}\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {srv_a}\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%7]) with mapi id 15.20.9031.0{R.randint(10, 30)}; {tt}",
    ]
    auth = std_auth(None, dkim_d, dkim_sel, mailfrom, ip, dom, policy="p=NONE sp=NONE dis=NONE")
    return (host, host, ip), hops, auth, srv_a


def o365_tail(dom, t):
    """Exchange's own header soup that follows the client headers."""
    return [
        f"X-MS-Exchange-Organization-MessageDirectionality: Originating",
        f"x-ms-publictraffictype: Email",
        f"x-ms-office365-filtering-correlation-id: {ruuid(False)}",
        f"x-ms-exchange-antispam-relay: 0",
        f"x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014|38070700021;",
        f"x-forefront-antispam-report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016);DIR:OUT;SFP:1101;",
        f"X-OriginatorOrg: {dom}",
        f"X-MS-Exchange-CrossTenant-AuthAs: Internal",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')}.{R.randint(1000, 9999)} (UTC)",
        f"X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted",
        f"X-MS-Exchange-CrossTenant-id: {ruuid(False)}",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {rHEX(4)}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}",
    ]


def o365_msgid(server):
    """server like 'CH3PR04MB2584.namprd05.prod.outlook.com', or a bare pod like 'MN2PR06MB'."""
    if "." not in server:
        server = f"{server}{R.randint(1000, 9999)}.namprd{R.choice(['04', '05', '06', '11'])}.prod.outlook.com"
    host = server.split(".")[0]
    return f"<{host}{rHEX(30)}@{server}>"


def fastmail_hops(mailfrom, box, t):
    t1 = later(t, 1, 2)
    ip = f"103.168.172.{R.randint(140, 160)}"
    host = f"fout-a{R.randint(1, 8)}-smtp.messagingengine.com"
    hops = [
        f"Received: from phl-compute-{R.randint(1, 12):02d}.internal (phl-compute-{R.randint(1, 12):02d}.phl.internal [10.202.2.{R.randint(40, 60)}])\n"
        f"\tby mailfout.phl.internal (Postfix) with ESMTP id {rHEX(10)}\n\tfor <{BOX[box]}>; {rfc(t1.astimezone(EDT), 'EDT')}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fastmail.com; h=\n\tcc:content-transfer-encoding:content-type:content-type:date:date\n"
        f"\t:from:from:in-reply-to:message-id:mime-version:reply-to:subject\n\t:subject:to:to; s=fm1; t={int(t1.timestamp())}; x={int(t1.timestamp()) + 86400}; bh={rs(43)}=; " + folded("b=", 342),
        f"X-ME-Sender: <xms:{rs(60, ALNUM)}>",
        f"X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgeeffedrtdefgddugedtucetufdoteggodetrfdotf\n    {rs(60, 'abcdefghijklmnopqrstuvwxyz')}",
        f"X-ME-Proxy: <xmx:{rs(60, ALNUM)}>",
        f"Feedback-ID: i{rhex(8)}:Fastmail",
    ]
    auth = std_auth(None, "fastmail.com", "fm1", mailfrom, ip, "fastmail.com", policy="p=NONE sp=NONE dis=NONE")
    return (host, host, ip), hops, auth


def comcast_hops(mailfrom, box, t):
    t1 = later(t, 1, 3)
    n = R.randint(100000, 999999)
    host = f"resomta-h2p-{n}.sys.comcast.net"
    ip = f"96.102.{R.randint(0, 255)}.{R.randint(2, 250)}"
    hops = [
        f"Received: from resdmta-h1p-{R.randint(100000, 999999)}.sys.comcast.net ([96.102.{R.randint(0, 255)}.{R.randint(2, 250)}])\n"
        f"\tby resomta-h2p-{n}.sys.comcast.net with ESMTPS\n\tid {rs(14, ALNUM)}; {rfc(t1.astimezone(UTC))}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t={int(t1.timestamp())};\n"
        f"\tbh={rs(43)}=;\n\th=Received:Received:Message-ID:Date:MIME-Version:Subject:To:From:\n\t Content-Type;\n\t" + folded("b=", 342),
        f"X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeffedrtdefgddugedtucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecu",
        f"X-Xfinity-VMeta: sc=0.00;st=legit",
    ]
    auth = std_auth(None, "comcast.net", "20190202a", mailfrom, ip, "comcast.net", policy="p=NONE sp=NONE dis=NONE")
    return (host, host, ip), hops, auth


def proton_hops(mailfrom, box, t, dom="proton.me"):
    t1 = later(t, 1, 2)
    n = R.randint(40100, 40199)
    host = f"mail-{n}.protonmail.ch"
    ip = f"185.70.40.{n - 40000}"
    hops = [
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n\ts=protonmail; t={int(t1.timestamp())}; x={int(t1.timestamp()) + 259200};\n"
        f"\tbh={rs(43)}=;\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\n\t" + folded("b=", 342),
    ]
    auth = std_auth(None, dom, "protonmail", mailfrom, ip, dom, policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    return (host, host, ip), hops, auth
