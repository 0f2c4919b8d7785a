"""Shared helpers for the `youth` set: dates, encodings, header folding, the
Alliant MX -> mbx01 delivery chain and provider/client header blocks.
Python 3 standard library only."""
import base64
import binascii
import datetime as dtm
import hashlib
import html
import random
import string
import textwrap
import uuid
from email.header import Header
from email.utils import formataddr

CDT = dtm.timezone(dtm.timedelta(hours=-5))
PDT = dtm.timezone(dtm.timedelta(hours=-7))
UTC = dtm.timezone.utc
SEED = "youth-2027-09"
DOMAIN = "alliant-energy.com"


def R(key):
    """Deterministic RNG per message (string seeds are stable across runs)."""
    return random.Random(SEED + "|" + key)


def T(s):
    """'2027-09-02 17:48:02' (Central daylight time) -> aware datetime."""
    return dtm.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CDT)


def rdate(dt, tz=CDT, style="plain", paren=None):
    d = dt.astimezone(tz)
    if style == "zero":
        day = "%02d" % d.day
    elif style == "space":
        day = "%2d" % d.day
    else:
        day = str(d.day)
    s = d.strftime("%a, ") + day + d.strftime(" %b %Y %H:%M:%S %z")
    if paren:
        s += " (%s)" % paren
    return s


def epoch(dt):
    return int(dt.timestamp())


def later(dt, seconds):
    return dt + dtm.timedelta(seconds=seconds)


# ------------------------------------------------------------------ random junk
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits


def junk(rng, n, alphabet=B64):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def qid(rng):
    return "4" + junk(rng, 1, "VWXYZ") + junk(rng, 1, string.ascii_letters) + junk(rng, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789")


def uuid_up(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def gmail_mid(rng):
    return "<CA%s%s@mail.gmail.com>" % (junk(rng, 1, "BDEFHJKLMNOPQRSTUVWXYZ+_"), junk(rng, 58, ALNUM + "+_=-"))


# ------------------------------------------------------------------ encodings
def qp(text, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset)
    return binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False).decode("ascii")


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)).decode("ascii")


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


def part(ctype, text, charset="utf-8", cte=None, extra=(), ct_params=""):
    """A leaf MIME part (headers + body) as text with \\n newlines."""
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    else:
        body = text
    if charset:
        h = ["Content-Type: %s; charset=%s%s" % (ctype, charset_tok(charset), ct_params)]
    else:
        h = ["Content-Type: %s%s" % (ctype, ct_params)]
    h.append("Content-Transfer-Encoding: %s" % cte)
    h.extend(extra)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(h) + "\n\n" + body


def charset_tok(c):
    return c if c in ("utf-8", "us-ascii") else c


def multipart(kind, boundary, parts, preamble=None, params=""):
    head = 'Content-Type: multipart/%s; boundary="%s"%s' % (kind, boundary, params)
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n%s" % (boundary, p))
    out.append("--%s--\n" % boundary)
    return head, "\n".join(out)


def multipart_body(boundary, parts, preamble=None):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n%s" % (boundary, p))
    out.append("--%s--\n" % boundary)
    return "\n".join(out)


def ehdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset)


def fold(name, value, width=78):
    """Fold an unstructured ASCII header at spaces (already-encoded values pass through)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def esc(s):
    return html.escape(s, quote=False)


def html_lines(text, tag="div", attrs=' dir="auto"'):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append("<%s%s>%s</%s>" % (tag, attrs, esc(line), tag))
        else:
            out.append("<%s%s><br></%s>" % (tag, attrs, tag))
    return "".join(out)


def quote_lines(text, prefix="> ", width=None):
    out = []
    for line in text.split("\n"):
        if width and len(line) > width:
            wrapped = textwrap.wrap(line, width) or [""]
        else:
            wrapped = [line]
        for w in wrapped:
            out.append((prefix + w) if w else prefix.rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------ delivery chain
def auth_results(mx, dkim=None, spf=None, dmarc=None, extra=None):
    """dkim: (result, domain, b) ; spf: (result, mailfrom, ip) ; dmarc: (result, domain, policy)"""
    bits = []
    if dkim:
        r, d, b = dkim
        if r == "none":
            bits.append("dkim=none (message not signed)")
        else:
            bits.append('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (r, d, d, b))
    if spf:
        r, mf, ip = spf
        if r == "pass":
            bits.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mx, mf, ip, mf))
        elif r == "none-null":
            bits.append("spf=none (%s: null reverse-path, helo checked) smtp.helo=%s" % (mx, ip))
        else:
            bits.append("spf=%s (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (r, mx, mf, ip, mf))
    if dmarc:
        r, d, p = dmarc
        bits.append("dmarc=%s (p=%s dis=none) header.from=%s" % (r, p, d))
    if extra:
        bits.extend(extra)
    return "Authentication-Results: %s;\n\t" % mx + ";\n\t".join(bits)


def deliver(rng, mailbox, env_from, arrive, peer, auth, tls=True, spam=None):
    """Headers added by mx1/mx2 and mbx01, top first.  peer=(helo, rdns, ip).
    auth: dict(dkim=..., spf=..., dmarc=...)"""
    n = rng.choice([1, 2])
    mx = "mx%d.%s" % (n, DOMAIN)
    mx_ip = "10.40.2.1%d" % n
    rcpt = "%s@%s" % (mailbox, DOMAIN)
    q1, q2 = qid(rng), qid(rng)
    t_mx = arrive
    t_mb = later(arrive, rng.randint(0, 2))
    helo, rdns, ip = peer
    h = []
    h.append("Return-Path: <%s>" % env_from)
    h.append("Delivered-To: %s" % rcpt)
    h.append("Received: from %s (%s [%s])\n\tby mbx01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, mx, mx_ip, DOMAIN, q2, rcpt, rdate(t_mb, style="space", paren="CDT")))
    if spam is not None:
        h.append(spam_headers(mx, spam))
    h.append(auth_results(mx, **auth))
    if tls:
        tl = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
              "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
              "\n\t(No client certificate requested)")
        w = "ESMTPS"
    else:
        tl = ""
        w = "ESMTP"
    h.append("Received: from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
             % (helo, rdns, ip, tl, mx, w, q1, rcpt, rdate(t_mx, style="space", paren="CDT")))
    return h


def spam_headers(mx, score):
    flag = "Yes" if score >= 5 else "No"
    tests = "BAYES_99,HTML_MESSAGE,SPF_FAIL,URIBL_ABUSE_SURBL" if score >= 5 else "BAYES_00,DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_PASS"
    s = "X-Spam-Status: %s, score=%.1f required=5.0 tests=%s\n\tautolearn=no version=3.4.6" % (flag, score, tests)
    if score >= 5:
        s = "X-Spam-Flag: YES\n" + s
    return s


def finish(header_lines, body):
    """Join header lines and body; normalise to CRLF; return bytes."""
    text = "\n".join(header_lines) + "\n\n" + body
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.replace("\n", "\r\n").encode("ascii")
    for ln in raw.split(b"\r\n"):
        assert len(ln) <= 998, ln[:80]
    return raw


# ------------------------------------------------------------------ provider header blocks
def dkim_sig(rng, d, s, h, t=None, extra=""):
    bh = junk(rng, 43) + "="
    b = "\n\t " .join(textwrap.wrap(junk(rng, 342) + "==", 70))
    first = " ".join(x for x in ("d=%s;" % d, "s=%s;" % s, ("t=%d;" % t) if t else "", extra) if x)
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n\t%s\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (first, h, bh, b)), b[:8]


GOOGLE_HOSTS = [("mail-yb1-f17%d.google.com", "209.85.219.17%d"), ("mail-qt1-f1%d.google.com", "209.85.160.1%d"),
                ("mail-pl1-f17%d.google.com", "209.85.214.17%d"), ("mail-oi1-f1%d.google.com", "209.85.167.1%d"),
                ("mail-vk1-f1%d.google.com", "209.85.221.1%d")]


def google_block(rng, sent, from_addr, dkim_d="gmail.com", smtp_client=None):
    """Provider headers for mail leaving Gmail / Google Workspace.  Returns (peer, auth, lines)."""
    host, ip = rng.choice(GOOGLE_HOSTS)
    k = rng.randint(1, 9)
    host, ip = host % k, ip % k
    t0 = later(sent, rng.randint(1, 3))
    lines = []
    lines.append("Received: by %s with SMTP id %s-%sso%d.%d\n        for <%%RCPT%%>; %s"
                 % (host, hexs(rng, 13), hexs(rng, 10), rng.randint(1000000, 9999999), rng.randint(1, 9),
                    rdate(t0, PDT, "zero", "PDT")))
    sig, b = dkim_sig(rng, dkim_d, "20230601" if dkim_d == "gmail.com" else "20230601",
                      "to:subject:message-id:date:from:in-reply-to:references\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to",
                      t=epoch(t0), extra="x=%d; darn=%s;" % (epoch(t0) + 604800, DOMAIN))
    lines.append(sig)
    if dkim_d == "gmail.com":
        xs, _ = dkim_sig(rng, "1e100.net", "20230601",
                         "to:subject:message-id:date:from:in-reply-to:references\n\t :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n\t :reply-to",
                         t=epoch(t0), extra="x=%d;" % (epoch(t0) + 604800))
        lines.append("X-Google-" + xs)
    lines.append("X-Gm-Message-State: AOJu0Y%s\n\t%s" % (junk(rng, 60), junk(rng, 40)))
    lines.append("X-Google-Smtp-Source: AGHT+I%s==" % junk(rng, 70))
    lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
                 % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 3), hexs(rng, 5), hexs(rng, 12), hexs(rng, 8), rng.randint(1, 9), rng.randint(1000000000000, 9999999999999),
                    rdate(t0, PDT, "zero", "PDT")))
    if smtp_client:
        # third-party client (iOS Mail, Samsung Email) submitting through smtp.gmail.com
        lines.append("Received: from %s ([%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d.%d\n        for <%%RCPT%%>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                     % (smtp_client, "172.58.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), hexs(rng, 12), hexs(rng, 8), rng.randint(1, 9), rng.randint(10, 99), rng.randint(10, 99),
                        rdate(sent, PDT, "zero", "PDT")))
    d = from_addr.split("@")[1]
    auth = dict(dkim=("pass", dkim_d, b), spf=("pass", from_addr, ip), dmarc=("pass", d, "none" if d == "gmail.com" else "quarantine"))
    return (host, host, ip), auth, lines


def icloud_block(rng, sent, from_addr):
    n = rng.randint(10, 99)
    host = "st43p00im-ztdg%08d.me.com" % rng.randint(10000000, 99999999)
    ip = "17.58.63.%d" % rng.randint(150, 190)
    lines = []
    sig, b = dkim_sig(rng, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:To:From:Date", t=epoch(sent))
    lines.append(sig)
    lines.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                 % (host, junk(rng, 10, "ABCDEF0123456789"), rdate(later(sent, 1), UTC, "space", "UTC")))
    lines.append("X-Proofpoint-ORIG-GUID: %s" % junk(rng, 32, ALNUM + "-_"))
    lines.append("X-Proofpoint-GUID: %s" % junk(rng, 32, ALNUM + "-_"))
    lines.append("X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxscore=0 spamscore=0\n bulkscore=0 suspectscore=0 adultscore=0 classifier=spam adjust=0 reason=mlx\n engine=8.19.0-2308100000 definitions=main-%s" % sent.strftime("%Y%m"))
    auth = dict(dkim=("pass", "icloud.com", b), spf=("pass", from_addr, ip), dmarc=("pass", "icloud.com", "quarantine"))
    return (host, host, ip), auth, lines


def outlook_block(rng, sent, from_addr, tenant_domain=None):
    """Outlook.com / Microsoft 365 outbound.  Returns (peer, auth, lines, msgid_host, msgid)."""
    region = rng.choice(["NAM12-MW2", "NAM10-DM6", "NAM11-CO1", "NAM04-BN8", "NAM02-SN1"])
    ipn = rng.randint(2, 250)
    host = "mail-%solkn20%02d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + "nam" + region[3:5], rng.randint(10, 99))
    if tenant_domain:
        host = "mail-%s%s.outbound.protection.outlook.com" % (region.split("-")[1].lower(), "nam" + region[3:5] + "on20" + str(rng.randint(600, 720)))
    ip = "40.107.%d.%d" % (rng.randint(200, 240), ipn) if tenant_domain else "40.92.%d.%d" % (rng.randint(10, 60), ipn)
    box = rng.choice(["SJ0PR11MB", "DM4PR12MB", "BY5PR19MB", "CH3PR14MB", "PH7PR20MB", "MN2PR17MB"]) + str(rng.randint(1000, 9999))
    box2 = rng.choice(["SA1PR11MB", "DS7PR12MB", "CY8PR19MB", "LV3PR14MB"]) + str(rng.randint(1000, 9999))
    mid_host = "%s.namprd%d.prod.outlook.com" % (box, rng.randint(10, 20))
    mid = "<%s%s@%s>" % (box, junk(rng, 28, "0123456789ABCDEF"), mid_host)
    d = from_addr.split("@")[1]
    dk_d = tenant_domain or d
    t = later(sent, 1)
    lines = []
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % "\n ".join(textwrap.wrap(junk(rng, 340) + "==", 76)))
    lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s" % (junk(rng, 43), "\n ".join(textwrap.wrap(junk(rng, 340) + "==", 76))))
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    sig, b = dkim_sig(rng, dk_d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    lines.append(sig)
    lines.append("Received: from %s (2603:10b6:a03:%s::%s) by\n %s (2603:10b6:8:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.%d; %s"
                 % (mid_host, hexs(rng, 3), hexs(rng, 2), box2 + ".namprd%d.prod.outlook.com" % rng.randint(10, 20), hexs(rng, 2), hexs(rng, 1),
                    rng.randint(100, 999), rng.randint(10, 40), rdate(t, UTC, "plain")))
    lines.append("Received: from %s\n ([fe80::%s:%s:%s:%s%%3]) by %s\n ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.8%03d.%03d; %s"
                 % (mid_host, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), mid_host, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4),
                    rng.randint(100, 999), rng.randint(10, 40), rdate(sent, UTC, "plain")))
    auth = dict(dkim=("pass", dk_d, b), spf=("pass", from_addr, ip), dmarc=("pass", d, "none" if d in ("outlook.com", "hotmail.com") else "reject"))
    return (host, host, ip), auth, lines, mid


def outlook_ms_headers(rng, sent, topic, attach=False, lang="en-US"):
    return [
        fold("Thread-Topic", topic) if topic.isascii() else "Thread-Topic: " + ehdr(topic),
        "Thread-Index: AQH%s" % junk(rng, 24) + "==",
        "Accept-Language: %s" % lang,
        "Content-Language: %s" % lang,
        "X-MS-Has-Attach:%s" % (" yes" if attach else ""),
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "x-tmn: [%s]" % junk(rng, 32, ALNUM + "+/"),
        "x-ms-publictraffictype: Email",
        "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (junk(rng, 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), junk(rng, 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        "x-microsoft-antispam: BCL:0;ARA:14566002|%d|%d|%d|%d;" % (rng.randint(1000000, 9999999), rng.randint(1000000, 9999999), rng.randint(10000000, 99999999), rng.randint(1000000, 9999999)),
    ]


def yahoo_block(rng, sent, from_addr):
    n = rng.randint(300, 330)
    m = rng.randint(10, 40)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, m, rng.choice(["ne1", "bf2", "gq1"]))
    ip = "66.163.%d.%d" % (rng.randint(184, 191), rng.randint(2, 250))
    t = later(sent, 2)
    sig, b = dkim_sig(rng, "yahoo.com", "s2048", "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To", t=epoch(t))
    lines = [sig]
    lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (epoch(t), junk(rng, 43), junk(rng, 80)))
    lines.append("X-YMail-OSG: %s\n %s" % (junk(rng, 70, ALNUM + "._"), junk(rng, 60, ALNUM + "._")))
    lines.append("X-Sonic-MF: <%s>" % from_addr)
    lines.append("X-Sonic-ID: %s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rdate(later(sent, 1), UTC, "plain")))
    auth = dict(dkim=("pass", "yahoo.com", b), spf=("pass", from_addr, ip), dmarc=("pass", "yahoo.com", "reject"))
    return (host, host, ip), auth, lines


def proton_block(rng, sent, from_addr):
    n = rng.randint(100, 999)
    host = "mail-%d%d.protonmail.ch" % (rng.randint(1, 4), n)
    ip = "185.70.%d.%d" % (rng.choice([40, 41, 42, 43]), rng.randint(10, 200))
    sig, b = dkim_sig(rng, "proton.me", "protonmail", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector", t=epoch(sent))
    lines = [sig]
    auth = dict(dkim=("pass", "proton.me", b), spf=("pass", from_addr, ip), dmarc=("pass", "proton.me", "quarantine"))
    return (host, host, ip), auth, lines
