"""Helpers for the dec2028 corpus generator (standard library only)."""
import base64
import datetime as _dt
import random
import string

R = random.Random(20281204)
CST = _dt.timezone(_dt.timedelta(hours=-6))
PST = _dt.timezone(_dt.timedelta(hours=-8))
UTC = _dt.timezone.utc
EST = _dt.timezone(_dt.timedelta(hours=-5))
MST = _dt.timezone(_dt.timedelta(hours=-7))

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
BOX = {"customercare": CC, "powerhousecatalog": PH}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
DIA_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def T(d, h, m, s=0):
    return _dt.datetime(2028, 12, d, h, m, s, tzinfo=CST)


def rfc(dt, tz=None, pad=False):
    if tz is not None:
        dt = dt.astimezone(tz)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%2d" % dt.day) if pad else str(dt.day)
    return "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[dt.weekday()], day, MON[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


def pfx_time(dt):
    """Postfix Received timestamp."""
    return rfc(dt, CST, pad=True) + " (CST)"


def hour12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def rstr(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rb64(n):
    return rstr(n, string.ascii_letters + string.digits + "+/")


def uuid(upper=False):
    s = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return s.upper() if upper else s


def qid():
    return rstr(1, "456") + rstr(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rstr(
        12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def boundary_gmail():
    return "000000000000" + rhex(12)


# ---------------------------------------------------------------- encodings
def qp(text, charset="utf-8"):
    """Quoted-printable encode text (str) -> str with CRLF."""
    data = text.replace("\r\n", "\n").encode(charset)
    out = []
    for line in data.split(b"\n"):
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            if b == 61 or b > 126 or (b < 32 and b != 9):
                enc.append("=%02X" % b)
            elif b in (32, 9) and i == len(line) - 1:
                enc.append("=%02X" % b)
            else:
                enc.append(c.decode("ascii"))
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n")) or any(l.endswith(" ") for l in text.split("\n"))


def hq(s, charset="UTF-8"):
    """RFC 2047 Q-encode a header value if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    raw = s.encode(charset.lower().replace("windows-1252", "cp1252"))
    enc = ""
    for b in raw:
        ch = chr(b)
        if b == 32:
            enc += "_"
        elif ch.isalnum() and b < 128:
            enc += ch
        elif ch in "!*+-/" and b < 128:
            enc += ch
        else:
            enc += "=%02X" % b
    # split into encoded words of <= 75 chars
    words, cur = [], ""
    pre = "=?%s?Q?" % charset
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "=" else 1
        if len(pre) + len(cur) + step + 2 > 75:
            words.append(pre + cur + "?=")
            cur = ""
        cur += enc[i:i + step]
        i += step
    words.append(pre + cur + "?=")
    return "\r\n ".join(words)


def hb(s, charset="UTF-8"):
    raw = s.encode(charset.lower())
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())


def addr(name, a, charset="UTF-8", quote=False):
    if not name:
        return a
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ",.()@;:"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (hq(name, charset), a)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras(text):
    """Split text into paragraphs (list of list of lines)."""
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def part(ctype, text, charset="UTF-8", cte=None, extra=""):
    """Return a MIME leaf (headers+body) as str with CRLF."""
    cs = charset
    _py = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}[cs.lower()]
    try:
        text.encode(_py)
    except UnicodeEncodeError:
        cs = "utf-8" if cs.islower() else "UTF-8"
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else None
    pycs = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
            "us-ascii": "ascii"}[cs.lower()]
    h = "Content-Type: %s; charset=%s%s\r\n" % (ctype, cs if not cs.startswith('"') else cs, extra)
    if cte == "quoted-printable":
        body = qp(text, pycs)
        h += "Content-Transfer-Encoding: quoted-printable\r\n"
    elif cte == "base64":
        body = b64(crlf(text).encode(pycs))
        h += "Content-Transfer-Encoding: base64\r\n"
    elif cte in ("7bit", "8bit"):
        body = text.replace("\r\n", "\n").replace("\n", "\r\n")
        h += "Content-Transfer-Encoding: %s\r\n" % cte
    else:
        body = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return h + "\r\n" + body


def alt(boundary, plain_part, html_part, quotes=True):
    b = boundary
    bq = '"%s"' % b if quotes else b
    return ("Content-Type: multipart/alternative; boundary=%s\r\n\r\n" % bq,
            "--%s\r\n%s\r\n--%s\r\n%s\r\n--%s--\r\n" % (b, plain_part, b, html_part, b))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------- transport
MX = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}


def dkim_sig(d, s, h, bh_len=44, b_len=344, algo="rsa-sha256", t=None, extra=""):
    b = rb64(b_len)
    lines = []
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    head = "DKIM-Signature: v=1; a=%s; c=relaxed/relaxed;\r\n        d=%s; s=%s;%s" % (
        algo, d, s, (" t=%d;" % t) if t else "")
    head += extra
    head += "\r\n        h=%s;\r\n        bh=%s=;\r\n        b=%s" % (h, rb64(bh_len - 1), "\r\n         ".join(bl))
    return head


class Prov:
    """A sending provider: how its outbound host looks and which headers it adds."""

    def __init__(self, kind, domain=None):
        self.kind = kind
        self.domain = domain


def transport(kind, env_from, rcpt, dt, from_domain, mx=None, internal="", spf="pass",
              dkim=True, dmarc="pass", helo=None, ip=None, rdns=None, tls=True, dkim_d=None,
              dkim_s=None, dmarc_p="none"):
    """Return the header block added between the sender's provider and our mailbox."""
    mx = mx or R.choice(["mx1", "mx1", "mx2"])
    t_mx = dt + _dt.timedelta(seconds=R.randint(1, 4))
    t_mb = t_mx + _dt.timedelta(seconds=R.randint(0, 2))
    out = []
    out.append("Return-Path: <%s>" % env_from)
    out.append("X-Original-To: %s" % rcpt)
    out.append("Delivered-To: %s" % rcpt)
    out.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
               "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
               "\tfor <%s>; %s" % (mx, mx, MX[mx], qid(), rcpt, pfx_time(t_mb)))
    ar = "Authentication-Results: %s.alliant-energy.com;" % mx
    parts = []
    if dkim:
        parts.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
            dkim_d or from_domain, dkim_d or from_domain, dkim_s or "selector1", rb64(8)))
    else:
        parts.append("dkim=none")
    envdom = env_from.split("@")[-1] if env_from else helo
    if spf == "pass":
        parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            mx, env_from or ("postmaster@" + helo), ip, env_from or helo))
    elif spf == "none":
        parts.append("spf=none (%s.alliant-energy.com: domain of %s has no SPF record) smtp.helo=%s" % (mx, helo, helo))
    else:
        parts.append("spf=%s (%s.alliant-energy.com: %s is not permitted by %s) smtp.mailfrom=%s" % (
            spf, mx, ip, envdom, env_from))
    if dmarc:
        if dmarc == "pass":
            parts.append("dmarc=pass (p=%s dis=none) header.from=%s" % (dmarc_p, from_domain))
        else:
            parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, dmarc_p, from_domain))
    out.append(ar + "\r\n\t" + ";\r\n\t".join(parts))
    tlss = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
            "\t(No client certificate requested)") if tls else ""
    out.append("Received: from %s (%s [%s])%s\r\n\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n"
               "\tfor <%s>; %s" % (helo, rdns or helo, ip, tlss, mx, "ESMTPS" if tls else "ESMTP", qid(), rcpt,
                                   pfx_time(t_mx)))
    s = "\r\n".join(out) + "\r\n"
    if internal:
        s += internal.rstrip("\r\n") + "\r\n"
    return s


def gmail_transport(env_from, rcpt, dt, hdrs="From:Date:Message-ID:Subject:To:", dom="gmail.com"):
    n = R.choice(["qk1", "qv1", "yb1", "ot1", "oi1", "pj1", "ed1", "lf1", "wm1", "io1"])
    num = R.randint(41, 199)
    ip = "209.85.%d.%d" % (R.choice([128, 160, 208, 214, 217, 219, 222]), num)
    host = "mail-%s-f%d.google.com" % (n, num)
    smtpid = "%s-%sso%d%s.%d" % (rhex(13), rhex(11), R.randint(1000000, 9999999), R.choice(["qk", "qv", "yb", "ot", "oi", "pj", "ed", "lf", "wm", "io"]) + rstr(1, "abcdef"), R.randint(1, 20))
    t0 = dt - _dt.timedelta(seconds=1)
    h = "h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to"
    ts = int(t0.timestamp())
    internal = ("Received: by %s with SMTP id %s\r\n        for <%s>; %s (PST)\r\n" % (host, smtpid, rcpt, rfc(t0, PST).replace(", %d " % t0.astimezone(PST).day, ", %02d " % t0.astimezone(PST).day, 1)))
    d = dom
    internal += ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=%s; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\r\n"
                 "        %s;\r\n        bh=%s=;\r\n        b=%s\r\n" % (
                     d, ts, ts + 604800, h, rb64(43), "\r\n         ".join(rb64(70) for _ in range(5)) + "\r\n         " + rb64(41) + "=="))
    internal += ("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t=%d; x=%d;\r\n"
                 "        %s;\r\n        bh=%s=;\r\n        b=%s\r\n" % (
                     ts, ts + 604800, h.replace("darn=alliant-energy.com;", "").replace("h=to:", "h=x-gm-message-state:to:"), rb64(43),
                     "\r\n         ".join(rb64(70) for _ in range(5)) + "\r\n         " + rb64(41) + "=="))
    internal += "X-Gm-Message-State: AOJu0Y%s\r\n\t%s\r\n" % (rb64(60), rb64(24) + "==")
    internal += "X-Google-Smtp-Source: AGHT+IG%s\r\n" % (rb64(70) + "==")
    internal += "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s (PST)\r\n" % (
        rhex(4), rhex(4), rhex(3), rhex(4), rstr(2, "abcdefghijklmnopqrstuvwxyz"), rhex(8), R.randint(10, 99),
        R.randint(1000000000000, 9999999999999), rfc(t0, PST))
    return transport("gmail", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom,
                     dkim_s="20230601", dmarc_p="none")


def yahoo_transport(env_from, rcpt, dt, dom="yahoo.com"):
    n = R.randint(301, 330)
    loc = R.choice(["bf2", "gq1", "ne1"])
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(20, 59), loc)
    ip = "66.163.%d.%d" % (R.choice([186, 187, 188, 189, 190, 191]), R.randint(20, 250))
    t0 = dt - _dt.timedelta(seconds=2)
    sel = "s2048" if dom == "yahoo.com" else "a2048"
    internal = dkim_sig(dom, sel, "From:Subject:Date:To:From:Subject", t=int(t0.timestamp())) + "\r\n"
    internal += "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:Subject:From:Subject; b=%s\r\n" % (
        dom, sel, int(t0.timestamp()), rb64(43), rb64(200))
    internal += "X-YMail-OSG: %s\r\n %s\r\n %s\r\n" % (rb64(70), rb64(70), rb64(40))
    internal += "X-Sonic-MF: <%s>\r\nX-Sonic-ID: %s\r\n" % (env_from, uuid())
    internal += "Received: from sonic.gateway by %s with HTTP; %s\r\n" % (host, rfc(t0, UTC).replace("+0000", "+0000"))
    return transport("yahoo", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom, dkim_s=sel,
                     dmarc_p="reject")


def outlookcom_transport(env_from, rcpt, dt, dom="outlook.com"):
    srv = R.choice(["SA1PR", "BL1PR", "CH3PR", "DM6PR", "MN2PR", "SJ0PR", "PH7PR"]) + "%02dMB%04d" % (
        R.choice([10, 12, 13, 14, 19]), R.randint(1000, 9999))
    nam = R.choice(["NAM10", "NAM11", "NAM12", "NAM02", "NAM04"])
    host = "%s-%s-obe.outbound.protection.outlook.com" % (nam, R.choice(["BN7", "DM6", "CO1", "MW2", "BN8"]))
    ip = "40.92.%d.%d" % (R.randint(16, 99), R.randint(10, 250))
    t0 = dt - _dt.timedelta(seconds=2)
    internal = ("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s\r\n" % rb64(300))
    internal += ("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n"
                 " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
                 " bh=%s=;\r\n b=%s\r\n" % (rb64(43), rb64(300)))
    internal += "ARC-Authentication-Results: i=1; mx.microsoft.com 1; none\r\n"
    internal += dkim_sig(dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck") + "\r\n"
    internal += ("Received: from %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%s)\r\n by %s.namprd%s.prod.outlook.com\r\n"
                 " (2603:10b6:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s\r\n" % (
                     srv, srv[5:7], rhex(3), rhex(3), rhex(2), srv, srv[5:7], rhex(3), rhex(3), rhex(2),
                     R.randint(8000, 9400), R.randint(10, 40), rfc(t0, UTC).replace("+0000", "+0000")))
    return transport("outlook", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom,
                     dkim_s="selector1", dmarc_p="none"), srv


def generic_transport(env_from, rcpt, dt, from_domain, host, ip, internal="", dkim=True, dkim_s="default",
                      spf="pass", dmarc="pass", rdns=None, tls=True, dmarc_p="none", dkim_d=None):
    return transport("generic", env_from, rcpt, dt, from_domain, internal=internal, helo=host, ip=ip,
                     dkim=dkim, dkim_s=dkim_s, spf=spf, dmarc=dmarc, rdns=rdns, tls=tls, dmarc_p=dmarc_p,
                     dkim_d=dkim_d)


def icloud_transport(env_from, rcpt, dt, dom="icloud.com"):
    host = "st43p00im-ztdg%08d.me.com" % R.randint(10000000, 99999999)
    ip = "17.58.63.%d" % R.randint(170, 190)
    t0 = dt - _dt.timedelta(seconds=1)
    internal = dkim_sig(dom, "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From") + "\r\n"
    internal += ("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n"
                 "\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s (UTC)\r\n" % (host, rhex(10, True), rcpt, rfc(t0, UTC)))
    return transport("icloud", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom,
                     dkim_s="1a1hai", dmarc_p="quarantine")


def comcast_transport(env_from, rcpt, dt, dom="comcast.net"):
    host = "resomta-a1p-%06d.sys.comcast.net" % R.randint(77000, 77999)
    ip = "96.102.18.%d" % R.randint(200, 250)
    t0 = dt - _dt.timedelta(seconds=1)
    internal = dkim_sig(dom, "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:Content-Type") + "\r\n"
    internal += ("Received: from oxapp-asc-%02do.email.comcast.net ([96.118.%d.%d])\r\n\tby resomta-a1p-%06d.sys.comcast.net with ESMTPA\r\n"
                 "\tid %s; %s\r\n" % (R.randint(10, 40), R.randint(100, 200), R.randint(1, 250), R.randint(77000, 77999), rstr(16), rfc(t0, UTC)))
    internal += "X-Xfinity-VAAS: %s\r\nX-Xfinity-VMeta: sc=0.00;st=legit\r\n" % rstr(40, "abcdefghijklmnopqrstuvwxyz")
    return transport("comcast", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom,
                     dkim_s="20190202a", dmarc_p="quarantine")


def m365_transport(env_from, rcpt, dt, dom, tenant_srv=None):
    srv = tenant_srv or (R.choice(["CY4PR", "BY5PR", "SN6PR", "IA1PR", "DS7PR"]) + "%02dMB%04d" % (
        R.choice([4, 8, 11, 17, 22]), R.randint(1000, 9999)))
    host = "%s.outbound.protection.outlook.com" % R.choice(["mail-dm6nam12on2%03d" % R.randint(100, 999),
                                                             "mail-bn8nam11on2%03d" % R.randint(100, 999),
                                                             "mail-mw2nam10on2%03d" % R.randint(100, 999)])
    ip = "40.107.%d.%d" % (R.randint(90, 243), R.randint(10, 250))
    t0 = dt - _dt.timedelta(seconds=2)
    internal = ("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s\r\n" % rb64(300))
    internal += ("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n"
                 " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
                 " bh=%s=;\r\n b=%s\r\n" % (rb64(43), rb64(300)))
    internal += ("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none\r\n" % (dom, dom, dom))
    internal += dkim_sig(dom, "selector2", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck") + "\r\n"
    internal += ("Received: from %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%s)\r\n by %s.namprd%s.prod.outlook.com\r\n"
                 " (2603:10b6:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s\r\n" % (
                     srv, srv[5:7], rhex(3), rhex(3), rhex(2), srv, srv[5:7], rhex(3), rhex(3), rhex(2),
                     R.randint(8000, 9400), R.randint(10, 40), rfc(t0, UTC)))
    return transport("m365", env_from, rcpt, dt, dom, internal=internal, helo=host, ip=ip, dkim_d=dom,
                     dkim_s="selector2", dmarc_p="quarantine"), srv
