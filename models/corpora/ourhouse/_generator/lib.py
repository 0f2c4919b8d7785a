"""Helpers for the `ourhouse` corpus generator (standard library only)."""
import base64
import datetime as _dt
import hashlib
import quopri
import random

TZ = _dt.timezone(_dt.timedelta(hours=-5))  # CDT (DST ends 7 Nov 2027)
UTC = _dt.timezone.utc
CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
BOX = {"customercare": CC, "powerhousecatalog": PH}

R = random.Random(271018)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
SDAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
SMONS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def dt(d, hh, mm, ss=None):
    if ss is None:
        ss = R.randint(0, 59)
    return _dt.datetime(2027, 10, d, hh, mm, ss, tzinfo=TZ)


def rfc(t, utc=False, zone_comment=None):
    if utc:
        t = t.astimezone(UTC)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[t.weekday()], t.day, MONS[t.month - 1], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)
    if zone_comment:
        s += " (%s)" % zone_comment
    return s


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def b64blob(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def uuid():
    h = HX(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def qid():
    return "4" + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(11))


def fold(name, value, width=76):
    """Fold a header at spaces; continuation lines start with a tab."""
    line = name + ": " + value
    if len(line) <= width:
        return [line]
    out = []
    words = value.split(" ")
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in (name + ":",):
            out.append(cur)
            cur = "\t" + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return out


def fold_b(name, value):
    """Fold DKIM-style tag lists at '; ', breaking only inside long b=/bh=/h= values."""
    tags = value.split("; ")
    lines, cur = [], name + ":"
    for i, tg in enumerate(tags):
        tok = tg + (";" if i < len(tags) - 1 else "")
        if len(cur) + 1 + len(tok) <= 76:
            cur += " " + tok
            continue
        if len(tok) <= 70:
            lines.append(cur)
            cur = "\t" + tok
            continue
        room = max(10, 76 - len(cur) - 1)
        cur += " " + tok[:room]
        tok = tok[room:]
        while tok:
            lines.append(cur)
            cur = "\t" + tok[:72]
            tok = tok[72:]
    lines.append(cur)
    return lines


def enc_word(s, charset="utf-8", mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    raw = s.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset.upper() if charset == "utf-8" else charset, base64.b64encode(raw).decode())
    q = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            q += "_"
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            q += c
        else:
            q += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, q)


def addr(name, a, charset="utf-8", mode="B", quote=False):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ",.()@:;"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_word(name, charset, mode), a)


def needs_qp(text):
    return any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split("\n"))


def qp(text, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return enc


def b64(text_or_bytes, charset="utf-8"):
    raw = text_or_bytes if isinstance(text_or_bytes, bytes) else text_or_bytes.encode(charset)
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, text, charset="utf-8", cte=None, extra=None, ctype_params=None):
    """Return list of header lines + body for one leaf part (as str with \n)."""
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, ctype_params or "")]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    elif cte == "8bit":
        body = text
    else:
        body = text
    if cte:
        hdr.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        hdr += extra
    return "\n".join(hdr) + "\n\n" + body


def multipart(boundary, parts, preamble=None):
    s = ""
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += "\n--" + boundary + "\n" + p.rstrip("\n") + "\n"
    s += "\n--" + boundary + "--\n"
    return s.lstrip("\n") if not preamble else s


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_crlf(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    s = s.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return s


def fake_ip(prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(2, 250)))
    return ".".join(parts[:4])


def stable_hash(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- transport
MX = {"mx1": "10.40.8.21", "mx2": "10.40.8.22"}


def auth_results(mx, dkim_d, sel, env_from, ip, dkim="pass", spf="pass", dmarc="pass", policy="p=NONE sp=QUARANTINE dis=NONE",
                 hfrom=None, arc=None):
    hfrom = hfrom or dkim_d
    parts = []
    if dkim_d:
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (dkim, dkim_d, sel, alnum(8)))
    else:
        parts.append("dkim=none")
    envdom = env_from.split("@")[-1] if env_from else "unknown"
    if env_from:
        if spf == "pass":
            parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mx, env_from, ip, env_from))
        else:
            parts.append("spf=%s (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mx, env_from, ip, env_from))
    else:
        parts.append("spf=none smtp.helo=%s" % ip)
    if dmarc:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, hfrom))
    if arc:
        parts.append("arc=%s" % arc)
    lines = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    for i, p in enumerate(parts):
        lines.append("\t" + p + (";" if i < len(parts) - 1 else ""))
    # wrap very long lines at a safe space
    out = []
    for l in lines:
        while len(l) > 78 and " " in l[40:78]:
            cut = l.rfind(" ", 40, 78)
            out.append(l[:cut])
            l = "\t " + l[cut + 1:]
        out.append(l)
    return out


def envelope(box, env_from, t, helo, ip, dkim_d=None, sel=None, dkim="pass", spf="pass", dmarc="pass",
             policy="p=NONE sp=QUARANTINE dis=NONE", hfrom=None, tls=True, inner=None, mx=None, arc=None):
    """Lines added by our MX and mailbox server, plus the provider's inner Received lines."""
    rcpt = BOX[box]
    mx = mx or R.choice(["mx1", "mx2"])
    t1 = t + _dt.timedelta(seconds=R.randint(2, 9))
    t2 = t1 + _dt.timedelta(seconds=R.randint(1, 3))
    lines = ["Return-Path: <%s>" % (env_from or ""), "Delivered-To: %s" % rcpt]
    lines += ["Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, MX[mx]),
              "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % qid(),
              "\tfor <%s>; %s" % (rcpt, rfc(t2, zone_comment="CDT"))]
    lines += auth_results(mx, dkim_d, sel, env_from, ip, dkim, spf, dmarc, policy, hfrom, arc)
    lines.append("Received: from %s (%s [%s])" % (helo, helo, ip))
    if tls:
        lines += ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "\t(No client certificate requested)"]
    lines += ["\tby %s.alliant-energy.com (Postfix) with %s id %s" % (mx, "ESMTPS" if tls else "ESMTP", qid()),
              "\tfor <%s>; %s" % (rcpt, rfc(t1, zone_comment="CDT"))]
    if inner:
        lines += inner
    return lines


def dkim_sig(d, s, hlist, t, algo="rsa-sha256", c="relaxed/relaxed"):
    ts = int(t.timestamp())
    v = "v=1; a=%s; c=%s; d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com; h=%s; bh=%s=; b=%s" % (
        algo, c, d, s, ts, ts + 604800, hlist, b64blob(31)[:43], b64blob(255))
    return fold_b("DKIM-Signature", v)


# Provider profiles: each returns (env lines, provider header lines) given sender, box, time
def prov_gmail(box, sender, t, **kw):
    helo = "mail-%s-f%d.google.com" % (R.choice(["qk1", "qt1", "pj1", "oi1", "yb1", "ej1", "wm1", "pl1"]), R.randint(41, 199))
    ip = "209.85.%d.%d" % (R.randint(128, 222), R.randint(2, 250))
    d = sender.split("@")[1]
    tt = t.astimezone(_dt.timezone(_dt.timedelta(hours=-7))) + _dt.timedelta(seconds=1)
    inner = ["Received: by %s with SMTP id %s-%s.%d" % (helo, alnum(12).lower(), digits(8), R.randint(1, 9)),
             "        for <%s>; %s" % (BOX[box], rfc(tt, zone_comment="PDT"))]
    env = envelope(box, sender, t, helo, ip, dkim_d=d, sel="20230601", inner=inner)
    ph = dkim_sig(d, "20230601", "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", t)
    ph += fold_b("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d; x=%d; h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to; bh=%s=; b=%s" % (int(t.timestamp()), int(t.timestamp()) + 604800, b64blob(31)[:43], b64blob(180)))
    ph += fold_b("X-Gm-Message-State", "AOJu0Y" + b64blob(90))
    ph += fold_b("X-Google-Smtp-Source", "AGHT+I" + b64blob(60))
    ph += ["X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;" % (hx(4), hx(3), hx(3), hx(4), alnum(12).lower(), digits(8), R.randint(1, 9), R.randint(10000000000, 99999999999)),
           "        %s" % rfc(tt, zone_comment="PDT")]
    return env, ph


def prov_yahoo(box, sender, t, brand="yahoo", **kw):
    d = sender.split("@")[1]
    n = R.randint(300, 330)
    helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(10, 60), R.choice(["bf2", "gq1", "ne1"]))
    ip = "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250))
    sel = {"yahoo.com": "s2048", "aol.com": "a2048", "att.net": "s1024", "frontier.com": "s2048"}.get(d, "s2048")
    tu = t.astimezone(UTC)
    inner = ["Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (helo, rfc(tu).replace("+0000", "+0000")),
             ]
    dkd = d if d in ("yahoo.com", "aol.com") else "yahoo.com"
    env = envelope(box, sender, t, helo, ip, dkim_d=dkd, sel=sel, hfrom=d,
                   dmarc="pass" if d in ("yahoo.com", "aol.com") else "pass", policy="p=REJECT sp=REJECT dis=NONE" if d in ("yahoo.com", "aol.com") else "p=NONE sp=NONE dis=NONE",
                   inner=inner)
    ph = dkim_sig(dkd, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", t)
    ph += fold_b("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (dkd, sel, int(t.timestamp()), b64blob(31)[:43], b64blob(200)))
    ph += ["X-SONIC-MF: <%s>" % sender, "X-SONIC-ID: %s" % uuid().lower()]
    ph += fold_b("X-YMail-OSG", alnum(60) + "." + alnum(200))
    return env, ph


def prov_outlookcom(box, sender, t, **kw):
    d = sender.split("@")[1]
    pod = R.choice(["BN8PR19MB", "SJ0PR10MB", "CH3PR12MB", "DM6PR02MB", "PH7PR20MB"]) + digits(4)
    helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (R.choice([10, 11, 12, 2]), R.choice(["BN8", "DM6", "MW2", "CO1"]))
    ip = "40.92.%d.%d" % (R.randint(18, 90), R.randint(2, 250))
    env = envelope(box, sender, t, helo, ip, dkim_d=d, sel="selector1", hfrom=d, policy="p=NONE sp=QUARANTINE dis=NONE",
                   inner=["Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by" % (pod, R.randint(1, 22), hx(3), hx(2)),
                          " %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP" % (pod, R.randint(1, 22), hx(3), hx(2)),
                          " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
                          " 15.20.%d.%d; %s" % (R.randint(8000, 9999), R.randint(10, 40), rfc(t.astimezone(UTC)))],
                   arc="pass (i=1)")
    ph = fold_b("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=" + b64blob(250))
    ph += fold_b("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com; s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1; bh=%s=; b=%s" % (b64blob(31)[:43], b64blob(250)))
    ph += ["ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;", " dkim=none; arc=none"]
    ph += dkim_sig(d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t)
    return env, ph


def prov_o365biz(box, sender, t, **kw):
    d = sender.split("@")[1]
    pod = R.choice(["SN6PR04MB", "MN2PR11MB", "BL1PR13MB", "CY8PR17MB"]) + digits(4)
    helo = "mail-%s.outbound.protection.outlook.com" % R.choice(["bn8nam12on2121", "dm6nam10on2090", "co1nam11on2111"])
    ip = "40.107.%d.%d" % (R.randint(40, 240), R.randint(2, 250))
    env = envelope(box, sender, t, helo, ip, dkim_d=d, sel="selector1", hfrom=d, policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                   inner=["Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by" % (pod, R.randint(1, 22), hx(3), hx(2)),
                          " %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP" % (pod, R.randint(1, 22), hx(3), hx(2)),
                          " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
                          " 15.20.%d.%d; %s" % (R.randint(8000, 9999), R.randint(10, 40), rfc(t.astimezone(UTC)))])
    ph = fold_b("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=" + b64blob(250))
    ph += dkim_sig(d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t)
    return env, ph, pod


def prov_generic(box, sender, t, helo, ipprefix, sel="default", dkim_d="same", inner_fmt=None, tls=True, dmarc="pass", **kw):
    d = sender.split("@")[1] if sender else None
    ip = fake_ip(ipprefix)
    dk = d if dkim_d == "same" else dkim_d
    inner = []
    if inner_fmt:
        inner = [l.replace("{T}", rfc(t)) for l in inner_fmt]
    env = envelope(box, sender, t, helo, ip, dkim_d=dk, sel=sel, hfrom=d, inner=inner, tls=tls, dmarc=dmarc if dk else "none")
    ph = dkim_sig(dk, sel, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", t) if dk else []
    return env, ph


def prov_icloud(box, sender, t, **kw):
    helo = "st43p00im-ztfb10061701.me.com" if R.random() < 0.5 else "pv50p00im-ztdg10012001.me.com"
    ip = "17.58.%d.%d" % (R.randint(6, 63), R.randint(2, 250))
    d = sender.split("@")[1]
    inner = ["Received: from smtpclient.apple (%s [%s])" % ("mobile-166-%d-%d-%d.mycingular.net" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), "166.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
             "\tby %s (Postfix) with ESMTPSA id %s" % (helo, qid()),
             "\tfor <%s>; %s" % (BOX[box], rfc(t.astimezone(UTC), zone_comment="UTC"))]
    env = envelope(box, sender, t, helo, ip, dkim_d="icloud.com" if d in ("icloud.com", "me.com", "mac.com") else d, sel="1a1hai", hfrom=d, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", inner=inner)
    ph = dkim_sig("icloud.com" if d in ("icloud.com", "me.com", "mac.com") else d, "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", t)
    return env, ph


def prov_comcast(box, sender, t, **kw):
    helo = "resomta-a1p-%06d.sys.comcast.net" % R.randint(70000, 99999)
    ip = "96.102.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    inner = ["Received: from oxapp-asc-%02do.email.comcast.net ([96.118.%d.%d])" % (R.randint(1, 40), R.randint(1, 250), R.randint(1, 250)),
             "\tby resmail-a1p-%06d.sys.comcast.net with ESMTPA" % R.randint(100000, 999999),
             "\tid %s; %s" % (alnum(22), rfc(t.astimezone(UTC)))]
    env = envelope(box, sender, t, helo, ip, dkim_d="comcast.net", sel="20190202a", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", inner=inner)
    ph = dkim_sig("comcast.net", "20190202a", "Received:Received:From:To:Message-ID:Date:Subject:MIME-Version:Content-Type", t)
    ph += ["X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvledr%s" % alnum(40).lower(), "X-Xfinity-VMeta: sc=0.00;st=legit"]
    return env, ph


def prov_proton(box, sender, t, **kw):
    helo = "mail-4%03d.protonmail.ch" % R.randint(100, 999)
    ip = "185.70.%d.%d" % (R.randint(40, 43), R.randint(2, 250))
    env = envelope(box, sender, t, helo, ip, dkim_d=sender.split("@")[1], sel="protonmail3", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    ph = dkim_sig(sender.split("@")[1], "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", t)
    return env, ph
