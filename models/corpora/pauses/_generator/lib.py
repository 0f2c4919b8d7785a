"""Low-level helpers for the `pauses` set: dates, encodings, transport headers, mail-client renderers.

Python 3 standard library only.  Every random choice comes from a random.Random seeded with a string
(per message), so the output does not depend on the order in which messages are built.
"""
import base64
import datetime as _dt
import email.quoprimime
import hashlib
import html as _html
import random
import textwrap

SEED = "pauses-2027-spring"
CRLF = "\r\n"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rng_for(key):
    return random.Random(SEED + "/" + key)


# ----------------------------------------------------------------------------------------------- dates
def tzinfo(minutes):
    return _dt.timezone(_dt.timedelta(minutes=minutes))


def t(y, mo, d, h, mi, s, off="-0600"):
    sign = -1 if off[0] == "-" else 1
    minutes = sign * (int(off[1:3]) * 60 + int(off[3:5]))
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tzinfo(minutes))


DST_START_UTC = _dt.datetime(2027, 3, 14, 8, 0, 0, tzinfo=_dt.timezone.utc)   # 2 a.m. CST, 2nd Sunday of March


def central(dt):
    """The same instant in US Central time (CST before 14 March 2027, CDT after)."""
    u = dt.astimezone(_dt.timezone.utc)
    if u >= DST_START_UTC:
        return u.astimezone(tzinfo(-300)), "CDT"
    return u.astimezone(tzinfo(-360)), "CST"


def offset_str(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc_date(dt, pad=False, zone_comment=None):
    day = ("%02d" % dt.day) if pad else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year,
                                           dt.hour, dt.minute, dt.second, offset_str(dt))
    if zone_comment:
        s += " (%s)" % zone_comment
    return s


def postfix_date(dt):
    """Postfix style: day padded with a space ("Wed,  3 Mar 2027 ...") plus zone comment."""
    c, name = central(dt)
    return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (DAYS[c.weekday()], c.day, MONTHS[c.month - 1], c.year,
                                                     c.hour, c.minute, c.second, offset_str(c), name)


def add(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def epoch(dt):
    return int(dt.timestamp())


def h12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


# ------------------------------------------------------------------------------------------- encodings
def rand_b64(r, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n))


def rand_alnum(r, n, upper=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(r.choice(a) for _ in range(n))


def rand_hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rand_uuid(r, upper=True):
    h = rand_hex(r, 32, upper)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def crlf(text):
    """Normalise any line endings to CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


def qp(text, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset)
    s = raw.decode("latin-1")
    lines = s.split("\n")
    out = []
    for ln in lines:
        enc = email.quoprimime.body_encode(ln, maxlinelen=76, eol=CRLF) if ln else ""
        out.append(enc)
    return CRLF.join(out)


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    e = base64.b64encode(data).decode("ascii")
    return CRLF.join(e[i:i + width] for i in range(0, len(e), width))


def needs_qp(text, limit=76):
    if any(ord(c) > 127 for c in text):
        return True
    return any(len(ln) > limit for ln in text.split("\n"))


def body_part(text, charset="utf-8", cte=None, subtype="plain", extra_ct="", ct_quote=True):
    """Return (headers list, body str) for one text part.  cte None = choose."""
    text = text.replace("\r\n", "\n")
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    cs = '"%s"' % charset if ct_quote else charset
    hdrs = ["Content-Type: text/%s; charset=%s%s" % (subtype, cs, extra_ct),
            "Content-Transfer-Encoding: %s" % cte]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.replace("\n", "\r\n").encode(charset))
    else:
        body = crlf(text)
    return hdrs, body


def enc_word(s, charset="utf-8", mode="B"):
    raw = s.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset.upper() if charset == "utf-8" else charset,
                                base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset.upper() if charset == "utf-8" else charset, "".join(out))


def hdr_text(s, charset="utf-8", mode="B"):
    """Header value: plain if ASCII, else encoded-words of at most 75 characters, separated by spaces
    (the header folder may break between them; whitespace between encoded-words is not displayed)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len(enc_word(cur + ch, charset, mode)) > 75:
            words.append(enc_word(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur, charset, mode))
    return " ".join(words)


def addr(name, email_addr, charset="utf-8", mode="B", quote_plain=False):
    if not name:
        return email_addr
    if all(ord(c) < 128 for c in name):
        if quote_plain or any(c in name for c in ",.()@;:"):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    return "%s <%s>" % (enc_word(name, charset, mode), email_addr)


def fold(name, value, width=78):
    """Fold a long structured header at spaces (continuation lines start with a tab)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    words = line.split(" ")
    out, cur = [], words[0] + " " + words[1]
    for w in words[2:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return CRLF.join(out)


def esc(s):
    return _html.escape(s, quote=False)


# ------------------------------------------------------------------------------------ transport layer
MX = {"mx1": "10.40.1.11", "mx2": "10.40.2.12"}


def queue_id(r):
    return "4" + r.choice("XYZW") + rand_alnum(r, 1).lower() + "".join(
        r.choice("ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(9)) + "z" + rand_alnum(r, 2)


def envelope(r, mailbox, arrive, return_path, hops, auth, tls=True, mx=None):
    """Headers added by our MX and mailbox host (top of the message).

    hops: list of (helo_host, ip) for the last external hop (the one that talks to our MX).
    auth: the Authentication-Results value (without the host prefix).
    """
    mx = mx or r.choice(["mx1", "mx2"])
    rcpt = "%s@alliant-energy.com" % mailbox
    t_mx = add(arrive, -r.randint(0, 1))
    helo, ip = hops
    lines = ["Return-Path: <%s>" % return_path,
             "Delivered-To: %s" % rcpt,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, MX[mx]),
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % queue_id(r),
             "\tfor <%s>; %s" % (rcpt, postfix_date(arrive)),
             "Authentication-Results: %s.alliant-energy.com;" % mx]
    for i, a in enumerate(auth):
        lines.append("\t%s%s" % (a, ";" if i < len(auth) - 1 else ""))
    lines.append("Received: from %s (%s [%s])" % (helo, helo, ip))
    if tls:
        lines += ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "\t(No client certificate requested)"]
    lines += ["\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s" % (mx, queue_id(r)) if tls else
              "\tby %s.alliant-energy.com (Postfix) with ESMTP id %s" % (mx, queue_id(r)),
              "\tfor <%s>; %s" % (rcpt, postfix_date(t_mx))]
    return lines


def auth_pass(mx_host, dkim_domain, sender, ip, bval, dmarc="pass (p=none dis=none)", from_domain=None):
    fd = from_domain or sender.split("@")[1]
    res = []
    if dkim_domain:
        res.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                   % (dkim_domain, dkim_domain, bval[:8]))
    else:
        res.append("dkim=none")
    res.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
               % (mx_host, sender if sender else "postmaster@" + fd, ip, sender if sender else fd))
    res.append("dmarc=%s header.from=%s" % (dmarc, fd))
    return res


def dkim_header(r, domain, selector, signed, ts, bh_len=44, wrap="        "):
    bh = rand_b64(r, 43) + "="
    b = rand_b64(r, 342) + "=="
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
             "%sd=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;" % (wrap, domain, selector, ts, ts + 604800),
             "%sh=%s;" % (wrap, signed),
             "%sbh=%s;" % (wrap, bh)]
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    lines.append("%sb=%s" % (wrap, chunks[0]))
    for c in chunks[1:]:
        lines.append("%s %s" % (wrap, c))
    return lines, b


class Provider:
    """Outgoing infrastructure of a mailbox provider: its Received lines, DKIM, internal headers."""

    def __init__(self, kind, from_domain=None):
        self.kind = kind
        self.from_domain = from_domain

    def build(self, r, sender, mailbox, sent, arrive):
        """Return (envelope lines for our side, provider lines placed just above the client headers)."""
        k = self.kind
        rcpt = "%s@alliant-energy.com" % mailbox
        ts = epoch(sent)
        mxh = r.choice(["mx1", "mx2"])
        if k == "gmail":
            ip = "209.85.%d.%d" % (r.choice([128, 160, 166, 208, 214, 219, 221]), r.randint(20, 230))
            host = "mail-%s-f%d.google.com" % (r.choice(["io1", "il1", "qt1", "pj1", "oa1", "yb1", "ej1"]),
                                               int(ip.split(".")[-1]))
            dk, bval = dkim_header(r, "gmail.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc\r\n         :subject:date:message-id:reply-to", ts)
            pst = sent.astimezone(tzinfo(-480 if sent.astimezone(_dt.timezone.utc) < DST_START_UTC else -420))
            zone = "PST" if offset_str(pst) == "-0800" else "PDT"
            prov = ["Received: by %s with SMTP id %s-%sso%d%s.%d" % (host, rand_hex(r, 13), rand_hex(r, 11),
                                                                  r.randint(1000000, 9999999), rand_hex(r, 3),
                                                                  r.randint(0, 3)),
                    "        for <%s>; %s" % (rcpt, rfc_date(add(pst, 1), pad=True, zone_comment=zone))]
            prov += dk
            prov += ["X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
                     "        d=1e100.net; s=20230601; t=%d; x=%d;" % (ts, ts + 604800),
                     "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state",
                     "         :from:to:cc:subject:date:message-id:reply-to;",
                     "        bh=%s=;" % rand_b64(r, 43),
                     "        b=%s" % rand_b64(r, 70),
                     "         %s" % rand_b64(r, 70),
                     "         %s==" % rand_b64(r, 50),
                     "X-Gm-Message-State: AOJu0Y%s" % rand_b64(r, 60),
                     "\t%s" % rand_b64(r, 40),
                     "X-Google-Smtp-Source: AGHT+I%s" % rand_b64(r, 56) + "==",
                     "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;" % (
                         rand_hex(r, 4), rand_hex(r, 3), rand_hex(r, 3), rand_hex(r, 4), rand_alnum(r, 2),
                         rand_hex(r, 16), r.randint(1, 9), r.randint(1000000000000, 9999999999999)),
                     "        %s" % rfc_date(pst, pad=True, zone_comment=zone)]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, "gmail.com", sender, ip, bval, "pass (p=none dis=none)"), mx=mxh)
            return env, prov
        if k in ("yahoo", "aol", "att"):
            dom = {"yahoo": "yahoo.com", "aol": "aol.com", "att": "att.net"}[k]
            ip = "66.163.%d.%d" % (r.choice([184, 185, 186, 187, 188, 189, 190, 191]), r.randint(10, 250))
            host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(1, 60),
                                                           r.choice(["ne1", "bf2", "gq1"]))
            dk, bval = dkim_header(r, dom, "s2048" if k != "aol" else "a2048",
                                   "Date:From:To:Subject:References:From:Subject:Reply-To", ts, wrap="\t")
            dk = [x.replace("darn=alliant-energy.com;", "").rstrip() for x in dk]
            prov = dk + ["X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d;" % (dom, ts),
                         "\tbh=%s=;" % rand_b64(r, 43),
                         "\tb=%s==" % rand_b64(r, 86),
                         "X-YMail-OSG: %s" % rand_b64(r, 70).replace("+", ".").replace("/", "_"),
                         " %s" % rand_b64(r, 70).replace("+", ".").replace("/", "_"),
                         " %s--" % rand_b64(r, 30).replace("+", ".").replace("/", "_"),
                         "X-Sonic-MF: <%s>" % sender,
                         "X-Sonic-ID: %s" % rand_uuid(r, upper=False),
                         "Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s"
                         % (r.randint(301, 330), rfc_date(sent.astimezone(_dt.timezone.utc)).replace("+0000", "+0000"))]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, dom, sender, ip, bval, "pass (p=reject dis=none)"), mx=mxh)
            return env, prov
        if k in ("outlook_com", "m365"):
            dom = sender.split("@")[1]
            region = r.choice(["NAM12", "NAM10", "NAM11", "NAM04", "NAM02"])
            ip = "40.92.%d.%d" % (r.randint(18, 60), r.randint(10, 250)) if k == "outlook_com" else \
                "52.101.%d.%d" % (r.randint(40, 200), r.randint(10, 250))
            host = "%s-%s-obe.outbound.protection.outlook.com" % (region, r.choice(["DM6", "BN8", "CO1", "MW2", "SN4"])) \
                if k == "outlook_com" else "mail-%s%s.outbound.protection.outlook.com" % (
                    r.choice(["dm6nam12", "bn8nam11", "co1nam04", "mw2nam10"]), "on2" + str(r.randint(100, 199)))
            dk_dom = "hotmail.com" if dom in ("hotmail.com", "live.com", "msn.com") else dom
            if dom == "outlook.com":
                dk_dom = "outlook.com"
            dk, bval = dkim_header(r, dk_dom, "selector1" if k == "outlook_com" else "selector2",
                                   "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", ts)
            dk = [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            srv = "%s%sMB%d" % (r.choice(["SJ0PR", "CH3PR", "BN0PR", "PH7PR", "DM4PR", "MN2PR"]), r.randint(10, 19),
                                r.randint(1000, 9999))
            prov = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;",
                    " b=%s" % rand_b64(r, 70),
                    " %s==" % rand_b64(r, 60),
                    "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;",
                    " s=arcselector10001;",
                    " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;",
                    " bh=%s=;" % rand_b64(r, 43),
                    " b=%s" % rand_b64(r, 70),
                    " %s==" % rand_b64(r, 60),
                    "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;",
                    " dkim=none; arc=none"] + dk + [
                    "Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%s) by" % (
                        srv, r.randint(2, 19), rand_hex(r, 3), rand_hex(r, 2)),
                    " %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%s) with Microsoft SMTP" % (
                        srv.replace("MB", "MB"), r.randint(2, 19), rand_hex(r, 3), rand_hex(r, 3), rand_hex(r, 2)),
                    " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
                    " 15.20.%d.%d; %s" % (r.randint(8000, 9300), r.randint(10, 40),
                                          rfc_date(sent.astimezone(_dt.timezone.utc), pad=True)),
                    "X-MS-Exchange-Organization-SCL: 1" if k == "m365" else "X-MS-Exchange-SenderADCheck: 1"]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, dk_dom, sender, ip, bval, "pass (p=none dis=none)"), mx=mxh)
            return env, prov
        if k == "icloud":
            ip = "17.58.%d.%d" % (r.randint(60, 63), r.randint(10, 250))
            host = "st43p00im-%s.me.com" % r.choice(["ztbu10063101", "zteg10011401", "ztdg10021801", "ztfb10052301"])
            dk, bval = dkim_header(r, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:To:From:Date", ts)
            dk = [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            prov = dk + ["Received: from smtpclient.apple (st43p00im-%s.me.com [17.58.63.%d])" % (
                rand_alnum(r, 8), r.randint(2, 250)),
                "\tby st43p00im-%s.me.com (Postfix) with ESMTPSA id %s" % (rand_alnum(r, 8), rand_hex(r, 10, True)),
                "\tfor <%s>; %s" % (rcpt, rfc_date(sent.astimezone(_dt.timezone.utc), pad=False)),
                "X-Proofpoint-ORIG-GUID: %s" % rand_alnum(r, 32),
                "X-Proofpoint-GUID: %s" % rand_alnum(r, 32),
                "X-Proofpoint-Virus-Version: vendor=baseguard",
                " engine=ICAP:2.0.272,Aquarius:18.0.1093,Hydra:6.0.680,FMLib:17.12.68.34",
                " definitions=2027-%02d-%02d_%02d,2027-%02d-%02d_01,2027-%02d-%02d_01 signatures=0" % (
                    sent.month, sent.day, r.randint(1, 9), sent.month, sent.day, sent.month, sent.day)]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, "icloud.com", sender, ip, bval, "pass (p=quarantine dis=none)"), mx=mxh)
            return env, prov
        if k == "comcast":
            ip = "96.102.%d.%d" % (r.randint(18, 19), r.randint(10, 250))
            host = "resdmta-po-%d%s.sys.comcast.net" % (r.randint(1, 12), r.choice("ab"))
            dk, bval = dkim_header(r, "comcast.net", "20190202a", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", ts, wrap="\t")
            dk = [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            prov = dk + ["Received: from oxapp-hou-%02do.email.comcast.net ([96.118.%d.%d])" % (
                r.randint(1, 40), r.randint(1, 250), r.randint(1, 250)),
                "\tby resomta-h1p-%06d.sys.comcast.net with ESMTP" % r.randint(100000, 999999),
                "\tid %s; %s" % (rand_alnum(r, 18), rfc_date(sent.astimezone(_dt.timezone.utc), pad=False)),
                "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvtddr%s" % rand_alnum(r, 30),
                "X-Xfinity-VMeta: sc=0.00;st=legit"]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, "comcast.net", sender, ip, bval, "pass (p=none dis=none)"), mx=mxh)
            return env, prov
        if k == "proton":
            ip = "185.70.%d.%d" % (r.randint(40, 43), r.randint(10, 250))
            host = "mail-%s.protonmail.ch" % rand_alnum(r, 8)
            dk, bval = dkim_header(r, "proton.me", "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", ts)
            dk = [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            prov = dk + ["X-Pm-Spamscore: 0", "Feedback-ID: %s:user:proton" % r.randint(10000000, 99999999),
                         "X-Pm-Message-ID: %s" % rand_alnum(r, 40).lower()]
            env = envelope(r, mailbox, arrive, sender, (host, ip),
                           auth_pass(mxh, "proton.me", sender, ip, bval, "pass (p=quarantine dis=none)"), mx=mxh)
            return env, prov
        if k.startswith("isp:"):
            # isp:<helo-host>:<ip>:<dkim selector or ->  a small ISP or hosting outbound relay
            _, h, ip, sel = k.split(":", 3)
            if "%d" in ip:
                ip = ip % r.randint(2, 250)
            dom = sender.split("@")[1]
            prov = []
            bval = rand_b64(r, 20)
            if sel != "-":
                dk, bval = dkim_header(r, dom, sel, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", ts, wrap="\t")
                prov += [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            prov += ["Received: from [%s] (unknown [%s])" % (
                "192.168.%d.%d" % (r.randint(0, 2), r.randint(2, 250)),
                "%d.%d.%d.%d" % (r.choice([24, 67, 73, 98, 173, 184, 208]), r.randint(1, 250), r.randint(1, 250),
                                 r.randint(1, 250))),
                "\t(Authenticated sender: %s)" % sender,
                "\tby %s (Postfix) with ESMTPSA id %s" % (h, rand_hex(r, 10, True)),
                "\tfor <%s>; %s" % (rcpt, rfc_date(sent, pad=False))]
            env = envelope(r, mailbox, arrive, sender, (h, ip),
                           auth_pass(mxh, dom if sel != "-" else None, sender, ip, bval,
                                     "pass (p=none dis=none)" if sel != "-" else "none (p=none dis=none)",
                                     from_domain=dom), mx=mxh)
            return env, prov
        if k == "internal":
            # our own outbound relay handing a locally generated bounce to the MX
            env = envelope(r, mailbox, arrive, sender, ("out1.alliant-energy.com", "10.40.5.21"),
                           ["dkim=none (no signatures found)",
                            "spf=none smtp.mailfrom=<> smtp.helo=out1.alliant-energy.com",
                            "dmarc=none header.from=out1.alliant-energy.com"], tls=False, mx=mxh)
            return env, []
        if k.startswith("esp:"):
            # esp:<helo>:<ip>:<dkim-domain>:<selector>  bulk senders (SES, SendGrid, Mailgun ...)
            _, h, ip, dd, sel = k.split(":", 4)
            if "%d" in ip:
                ip = ip % r.randint(2, 250)
            dk, bval = dkim_header(r, dd, sel, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts, wrap="\t")
            prov = [x.replace(" darn=alliant-energy.com;", "") for x in dk]
            env = envelope(r, mailbox, arrive, sender, (h, ip),
                           auth_pass(mxh, dd, sender, ip, bval, "pass (p=none dis=none)",
                                     from_domain=self.from_domain or dd), mx=mxh)
            return env, prov
        if k.startswith("relay:"):
            # relay:<helo>:<ip>  an unsigned server (old ISP bounce host, list server)
            _, h, ip = k.split(":", 2)
            if "%d" in ip:
                ip = ip % r.randint(2, 250)
            fd = self.from_domain or h.split(".", 1)[1]
            env = envelope(r, mailbox, arrive, sender, (h, ip),
                           ["dkim=none (message not signed)",
                            "spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s"
                            % (mxh, h, ip, h),
                            "dmarc=none header.from=%s" % fd], tls=False, mx=mxh)
            return env, []
        if k.startswith("spam:"):
            _, h, ip = k.split(":", 2)
            fd = self.from_domain or sender.split("@")[1]
            env = envelope(r, mailbox, arrive, sender, (h, ip),
                           ["dkim=none (message not signed)",
                            "spf=softfail (%s.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                            % (mxh, sender, ip, sender),
                            "dmarc=fail (p=none dis=none) header.from=%s" % fd], tls=False, mx=mxh)
            return env, []
        raise ValueError(k)


# -------------------------------------------------------------------------------------------- clients
def boundary(r, style):
    if style == "gmail":
        return "000000000000" + rand_hex(r, 16)
    if style == "outlook":
        return "_000_%s_" % rand_alnum(r, 40, upper=True)
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2099999999),
                                        r.randint(1800000000000, 1899999999999))
    if style == "apple":
        return "Apple-Mail=_%s" % rand_uuid(r)
    if style == "zimbra":
        return "=_%s" % rand_hex(r, 8) + "-" + rand_hex(r, 4) + "-" + rand_hex(r, 4) + "-" + rand_hex(r, 4) + "-" + rand_hex(r, 12)
    if style == "nextpart":
        return "----=_NextPart_000_%04X_01DB%s.%s" % (r.randint(0, 0xFFFF), rand_hex(r, 4, True), rand_hex(r, 8, True))
    if style == "tbird":
        return "------------%s" % rand_alnum(r, 24, upper=False).replace("", "")[:24]
    return "=_b_%s" % rand_hex(r, 24)


def multipart(ctype, bnd, parts, preamble=None):
    """parts: list of (headers, body str).  Returns (content-type header value, body str)."""
    out = []
    if preamble:
        out.append(preamble)
        out.append("")
    for hdrs, body in parts:
        out.append("--" + bnd)
        out.extend(hdrs)
        out.append("")
        out.append(body)
    out.append("--" + bnd + "--")
    out.append("")
    return '%s; boundary="%s"' % (ctype, bnd), CRLF.join(out)


def html_paras(text, wrap_open="<div>", wrap_close="</div>", blank="<div><br></div>"):
    out = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        out.append(blank if not ln.strip() else "%s%s%s" % (wrap_open, esc(ln), wrap_close))
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    out = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        out.append((prefix + ln) if ln else prefix.rstrip())
    return "\n".join(out)


def wrap_text(text, width=72):
    out = []
    for para in text.replace("\r\n", "\n").split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def msgid_hash(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
