"""The Mail object, our own MX hops, and the sending providers' trace headers."""
import datetime as _dt

from core import (CRLF, T, rfc, to_off, rng, rs, postfix_qid, b64blob, chunks, render_headers,
                  HEX, HEXU, ALNUM, fold, uuid_upper, uuid_lower, addr)

MAILBOX = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}
MX_IP = {"mx1": "10.40.8.21", "mx2": "10.40.8.22"}
REGISTRY = []


class Mail:
    def __init__(self, key, when, mailbox, category, answers="-", lang="en", program="",
                 off=-5, delay=None):
        self.key = key
        self.r = rng(key)
        self.sent = T(when, off)
        self.mailbox = mailbox
        self.category = category
        self.answers = answers
        self.lang = lang
        self.program = program
        self.delay = delay if delay is not None else self.r.randint(2, 19)
        self.hdrs = []          # client headers, top to bottom, may hold ("__CONTENT__", None)
        self.top = None         # MIME top part
        self.trace = []         # provider headers above the client headers
        self.relay = None       # (helo, rdns, ip)
        self.env_from = None
        self.tls = "TLSv1.3"
        self.auth = None
        self.spam = None        # (score, tests) for our amavis line
        self.mx = "mx1" if self.r.random() < 0.6 else "mx2"
        self.rcpt = MAILBOX[mailbox]
        self.man = None
        self.self_forward = False
        self.raw_override = None
        self.to = MAILBOX[mailbox]
        self.subject = ""
        self.msgid = None
        self.irt = None
        self.refs = None
        self.from_name = None
        self.from_addr = None
        self.reply_addr = None

    # ------------------------------------------------------------- labels
    def label(self, automated=False, labels=(), unclear=False, entities=None, note="", ack_to="from"):
        if ack_to == "from":
            ack_to = self.from_addr
        elif ack_to == "reply":
            ack_to = self.reply_addr
        self.man = {
            "mailbox": self.mailbox,
            "automated": automated,
            "labels": list(labels),
            "unclear": unclear,
            "entities": dict(entities or {}),
            "note": note,
            "ack_to": ack_to,
        }

    def machine(self, note):
        self.label(automated=True, labels=[], unclear=False, entities={}, note=note, ack_to=None)

    # ------------------------------------------------------------- identity
    def who(self, name, address, reply_to=None):
        self.from_name = name
        self.from_addr = address
        self.reply_addr = reply_to
        if self.env_from is None:
            self.env_from = address

    @property
    def arrival(self):
        return self.sent + _dt.timedelta(seconds=self.delay)

    def render(self):
        if self.raw_override is not None:
            return self.raw_override
        r = self.r
        arr = to_off(self.arrival, -5)
        arr2 = arr + _dt.timedelta(seconds=r.randint(0, 1))
        env = []
        env.append(("Return-Path", "<%s>" % (self.env_from or "")))
        env.append(("Delivered-To", self.rcpt))
        env.append(("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n"
                    "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n"
                    "\tfor <%s>; %s" % (self.mx, self.mx, MX_IP[self.mx], postfix_qid(r),
                                        self.rcpt, rfc(arr2, zname=True))))
        if self.spam:
            score, tests = self.spam
        elif self.relay is None:
            score, tests = -1.001, "ALL_TRUSTED=-1, NO_RELAYS=-0.001"
        elif self.auth and "dkim=pass" in self.auth:
            score, tests = (round(r.uniform(-2.6, 0.4), 3),
                            "DKIM_SIGNED=0.1, DKIM_VALID=-0.1, DKIM_VALID_AU=-0.1, "
                            "RCVD_IN_DNSWL_NONE=-0.0001, SPF_HELO_NONE=0.001, SPF_PASS=-0.001")
        else:
            score, tests = (round(r.uniform(-0.5, 1.2), 3),
                            "RDNS_NONE=0.793, SPF_HELO_NONE=0.001, SPF_PASS=-0.001, T_SCC_BODY_TEXT_LINE=-0.01")
        env.append(("X-Virus-Scanned", "amavisd-new at alliant-energy.com"))
        flag = "YES" if score >= 5 else "NO"
        env.append(("X-Spam-Flag", flag))
        env.append(("X-Spam-Score", "%.3f" % score))
        tl = [t.strip() for t in tests.split(",") if t.strip()]
        tlines = [", ".join(tl[i:i + 3]) for i in range(0, len(tl), 3)]
        st = "%s, score=%.3f tagged_above=-999 required=5\n\ttests=[%s]\n\tautolearn=%s autolearn_force=no" % (
            "Yes" if flag == "YES" else "No", score, ",\n\t".join(tlines),
            "spam" if flag == "YES" else ("ham" if score < 0 else "no"))
        env.append(("X-Spam-Status", st))
        if self.auth:
            env.append(("Authentication-Results", "%s.alliant-energy.com;\n\t%s" % (self.mx, self.auth)))
        if self.relay is None:
            env.append(("Received", "by %s.alliant-energy.com (Postfix)\n\tid %s; %s" % (
                self.mx, getattr(self, "local_qid", None) or postfix_qid(r), rfc(self.sent, zname=True))))
        else:
            helo, rdns, ip = self.relay
            if self.tls:
                tls = ("\t(using %s with cipher %s)\n\t(No client certificate requested)\n" %
                       (self.tls, "TLS_AES_256_GCM_SHA384 (256/256 bits)" if self.tls == "TLSv1.3"
                        else "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"))
                w = "ESMTPS"
            else:
                tls = ""
                w = "ESMTP"
            env.append(("Received", "from %s (%s [%s])\n%s\tby %s.alliant-energy.com (Postfix) with %s id %s\n"
                        "\tfor <%s>; %s" % (helo, rdns, ip, tls, self.mx, w, postfix_qid(r), self.rcpt,
                                            rfc(arr, zname=True))))
        hdrs = []
        for name, value in self.hdrs:
            if name == "__CONTENT__":
                hdrs.extend(self.top.head())
            else:
                hdrs.append((name, value))
        head = render_headers(env + self.trace) + render_headers(hdrs)
        return head + b"\r\n" + self.top.body


def reply(m, o, prefix="Re: ", to=None, refs=None, irt=True):
    """Make m a reply to our message o (subject, threading, To)."""
    m.subject = prefix + o.subject
    if irt:
        m.irt = o.msgid
        m.refs = refs or o.msgid
    m.to = to or (o.reply_to or o.from_hdr)


def mail(key, when, mailbox, category, **kw):
    def deco(fn):
        REGISTRY.append((key, when, mailbox, category, kw, fn))
        return fn
    return deco


# ---------------------------------------------------------------- auth results & dkim

def auth_results(m, dkim=None, spf="pass", dmarc="pass", policy="none", from_domain=None,
                 spf_domain=None, extra=None):
    helo, rdns, ip = m.relay
    parts = []
    fd = from_domain or (m.from_addr or "@" + helo).split("@")[1]
    if dkim:
        for d, res, sel in dkim:
            bb = rs(m.r, 8, ALNUM)
            parts.append('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                         % (res, d, d, bb) if res == "pass" else
                         'dkim=%s (signature verification failed) header.d=%s header.i=@%s' % (res, d, d))
    else:
        parts.append("dkim=none")
    mf = m.env_from or ""
    if spf:
        if mf:
            sd = spf_domain or mf.split("@")[1]
            if spf == "pass":
                parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) "
                             "smtp.mailfrom=%s" % (m.mx, mf, ip, mf))
            else:
                parts.append("spf=%s (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender) "
                             "smtp.mailfrom=%s" % (spf, m.mx, mf, ip, mf))
        else:
            parts.append("spf=%s (%s.alliant-energy.com: helo %s) smtp.helo=%s" % (spf, m.mx, helo, helo))
    if dmarc:
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy, fd))
    if extra:
        parts.extend(extra)
    m.auth = ";\n\t".join(parts)


def dkim_header(m, d, s, hfields, lead="        ", nbytes=256, extra=""):
    r = m.r
    t = int(m.sent.timestamp())
    bh = b64blob(r, 32)
    b = b64blob(r, nbytes)
    lines = ["v=1; a=rsa-sha256; c=relaxed/relaxed;",
             "%sd=%s; s=%s; t=%d;%s" % (lead, d, s, t, extra),
             "%sh=%s;" % (lead, hfields),
             "%sbh=%s;" % (lead, bh)]
    bl = chunks(b, 70)
    lines.append("%sb=%s" % (lead, bl[0]))
    for c in bl[1:]:
        lines.append(lead + " " + c)
    return "\n".join(lines)


# ---------------------------------------------------------------- providers

def via_gmail(m, kind="web"):
    r = m.r
    letters = r.choice(["qk1", "pj1", "wm1", "ej1", "pl1", "qt1", "oi1", "yw1", "io1", "lf1"])
    n = r.randint(170, 199)
    host = "mail-%s-f%d.google.com" % (letters, n)
    ip = "209.85.%d.%d" % (r.choice([128, 160, 166, 167, 208, 210, 214, 216, 219, 222]), n)
    sent = m.sent
    pdt = to_off(sent, -7)
    m.relay = (host, host, ip)
    dom = (m.from_addr or "x@gmail.com").split("@")[1].lower()
    sel = "20230601"
    if dom not in ("gmail.com", "googlemail.com"):
        sel = "google"          # a Google Workspace domain signs with its own key
    h = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
    if not getattr(m, "irt", None):
        h = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
    m.trace = [
        ("Received", "by %s with SMTP id %s-%s.%d\n        for <%s>; %s (PDT)" % (
            host, "af79cd13be357", rs(r, 16, HEX)[:10], r.randint(0, 9), m.rcpt, rfc(pdt))),
        ("DKIM-Signature", dkim_header(m, dom, sel, h.replace(":from:to:cc", "\n         :from:to:cc"),
                                       extra=" x=%d; darn=alliant-energy.com;" % (int(sent.timestamp()) + 604800))),
        ("X-Google-DKIM-Signature", dkim_header(m, "1e100.net", "20230601",
                                                h.replace(":from:to:cc", "\n         :from:to:cc"),
                                                extra=" x=%d;" % (int(sent.timestamp()) + 604800))),
        ("X-Gm-Message-State", "AOJu0Y" + b64blob(r, 42)[:54]),
        ("X-Google-Smtp-Source", "AGHT+I" + b64blob(r, 60)[:78]),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s (PDT)" % (
            rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 3, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 5, HEX), rs(r, 12, HEX),
            r.randint(10, 99), r.randint(1000000000000, 9999999999999), rfc(pdt))),
    ]
    auth_results(m, dkim=[(dom, "pass", sel)])


def via_outlookcom(m):
    r = m.r
    pod = r.choice(["PH0PR11", "SN7PR19", "BY5PR04", "CH3PR12", "MN2PR10", "DM6PR08", "SA1PR17"])
    mb = "%sMB%d" % (pod, r.randint(1000, 9999))
    m.ms_pod = mb
    ip = "40.92.%d.%d" % (r.randint(18, 110), r.randint(10, 250))
    host = "%s.outbound.protection.outlook.com" % r.choice(
        ["NAM12-DM6-obe", "NAM10-BN7-obe", "NAM11-CO1-obe", "NAM04-MW2-obe", "NAM02-SN1-obe"])
    m.relay = (host, "mail-%s.outbound.protection.outlook.com" % host.split(".")[0].lower().replace("nam", "dm6nam"), ip)
    m.relay = (host, host, ip)
    utc = to_off(m.sent, 0)
    fe = "%s.namprd%02d.prod.outlook.com" % (mb, r.randint(1, 20))
    m.trace = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
         "\n ".join(chunks(b64blob(r, 256), 76))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
         " bh=%s;\n b=%s" % (b64blob(r, 32), "\n ".join(chunks(b64blob(r, 256), 76)))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
         " bh=%s;\n b=%s" % (m.from_addr.split("@")[1], b64blob(r, 32), "\n ".join(chunks(b64blob(r, 256), 76)))),
        ("Received", "from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with\n Microsoft SMTP Server "
         "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
             fe, rs(r, 3, HEX), rs(r, 2, HEX), fe.replace(mb, "%sMB%d" % (pod, r.randint(1000, 9999))),
             rs(r, 3, HEX), rs(r, 2, HEX), r.randint(8000, 9400), r.randint(10, 40),
             rfc(utc).replace(" +0000", " +0000"))),
    ]
    auth_results(m, dkim=[(m.from_addr.split("@")[1], "pass", "selector1")])


def via_yahoo(m, brand="yahoo"):
    r = m.r
    n = r.randint(100, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, r.randint(1, 40), r.choice(["bf2", "ne1", "gq1"]))
    ip = "98.137.%d.%d" % (r.randint(64, 69), r.randint(10, 250)) if "bf2" in host else \
        "66.163.%d.%d" % (r.randint(184, 191), r.randint(10, 250))
    m.relay = (host, host, ip)
    utc = to_off(m.sent, 0)
    dom = m.from_addr.split("@")[1]
    sel = "a2048" if brand == "aol" else "s2048"
    m.trace = [
        ("DKIM-Signature", dkim_header(m, dom, sel, "Date:From:To:Subject:References:From:Subject:Reply-To",
                                       lead="\t")),
        ("X-SONIC-DKIM-SIGN", dkim_header(m, "yahoo.com", "s2048",
                                          "Date:From:To:Subject:References:From:Subject", lead="\t")),
        ("X-YMail-OSG", "\n ".join(chunks(rs(r, 560, ALNUM + "._"), 77))),
        ("X-Sonic-MF", "<%s>" % m.from_addr),
        ("X-Sonic-ID", uuid_lower(r)),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc(utc))),
    ]
    auth_results(m, dkim=[(dom, "pass", sel)], policy="reject")


def via_icloud(m):
    r = m.r
    host = "p%02d-ob-smtpout%d.ic-mail.%s.ce.icloud.com" % (r.randint(0, 9), r.randint(1, 9), r.choice(["st43", "mr38"]))
    ip = "17.57.%d.%d" % (r.randint(152, 159), r.randint(1, 250))
    m.relay = ("outbound.mr.icloud.com", host, ip)
    utc = to_off(m.sent, 0)
    m.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n"
         "\tbh=%s;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:From:To;\n\tb=%s" % (
             int(m.sent.timestamp()), b64blob(r, 32), "\n\t ".join(chunks(b64blob(r, 256), 72)))),
        ("Received", "from smtpclient.apple (st43p00im-zteg10071901.me.com [17.58.63.%d])\n"
         "\tby %s (Postfix) with ESMTPSA id %s;\n\t%s (UTC)" % (r.randint(170, 190), host, rs(r, 10, HEXU),
                                                            rfc(utc).replace(" +0000", " +0000"))),
        ("X-Proofpoint-ORIG-GUID", rs(r, 32, ALNUM + "-_")),
        ("X-Proofpoint-GUID", rs(r, 32, ALNUM + "-_")),
        ("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 mlxlogscore=%d spamscore=0 suspectscore=0\n"
         " malwarescore=0 phishscore=0 clxscore=1015 bulkscore=0 adultscore=0 mlxscore=0\n"
         " classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2308100000\n"
         " definitions=main-%s" % (r.randint(400, 999), m.sent.strftime("%Y%m%d") + "01")),
    ]
    auth_results(m, dkim=[("icloud.com", "pass", "1a1hai")], policy="quarantine")


def via_proton(m):
    r = m.r
    n = r.choice([4316, 4317, 4322, 4323, 43166, 10631])
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.43.%d" % (n % 200) if n < 10000 else "185.70.40.%d" % (n % 250)
    m.relay = (host, host, ip)
    dom = m.from_addr.split("@")[1]
    m.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=protonmail3; t=%d;\n"
         "\tbh=%s;\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\n\t Subject:Reply-To:"
         "Feedback-ID:Message-ID:BIMI-Selector;\n\tb=%s" % (
             dom, int(m.sent.timestamp()), b64blob(r, 32), "\n\t ".join(chunks(b64blob(r, 256), 72)))),
    ]
    auth_results(m, dkim=[(dom, "pass", "protonmail3")], policy="quarantine")


def via_fastmail(m):
    r = m.r
    host = "fout-%s-smtp.messagingengine.com" % r.choice(["a1", "a2", "a3", "b5", "b7"])
    ip = "103.168.172.%d" % r.randint(140, 160)
    m.relay = (host, host, ip)
    utc = to_off(m.sent, 0)
    edt = to_off(m.sent, -4)
    dom = m.from_addr.split("@")[1]
    comp = "phl-compute-%02d" % r.randint(1, 12)
    m.trace = [
        ("Received", "from %s.internal (%s.phl.internal [10.202.2.%d])\n\tby mailfout.phl.internal (Postfix) with ESMTP id %s\n"
         "\tfor <%s>; %s (EDT)" % (comp, comp, r.randint(40, 60), rs(r, 11, HEXU), m.rcpt, rfc(edt))),
        ("Received", "from phl-imap-%02d ([10.202.2.%d])\n  by %s.internal (MEProxy); %s (EDT)" % (
            r.randint(1, 15), r.randint(80, 99), comp, rfc(edt))),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; h=\n\tcc:content-transfer-encoding:content-type:content-type:date:date\n"
         "\t:from:from:in-reply-to:message-id:mime-version:reply-to:subject\n\t:subject:to:to; s=fm1; t=%d; x=%d; bh=%s; b=%s" % (
             dom, int(m.sent.timestamp()), int(m.sent.timestamp()) + 86400, b64blob(r, 32),
             "\n\t".join(chunks(b64blob(r, 256), 70)))),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=\n\tmessagingengine.com; h=cc:content-transfer-encoding\n"
         "\t:content-type:content-type:date:date:feedback-id:feedback-id\n\t:from:from:in-reply-to:message-id:mime-version:reply-to\n"
         "\t:subject:subject:to:to:x-me-proxy:x-me-sender:x-me-sender\n\t:x-sasl-enc; s=fm1; t=%d; x=%d; bh=%s; b=%s" % (
             int(m.sent.timestamp()), int(m.sent.timestamp()) + 86400, b64blob(r, 32),
             "\n\t".join(chunks(b64blob(r, 256), 70)))),
        ("X-ME-Sender", "<xms:%s>" % rs(r, 48, ALNUM + "-_")),
        ("X-ME-Proxy-Cause", "gggruggvucftvghtrhhoucdtuddrgeefuddrvdejtddgieelucetufdoteggodetrfdotf\n    fvucfrrhhofhhilhgvmecuhfgrshhtofgrihhlpdggtfgfnhhsuhgsshgtrhhisggvpdfu\n    rfetoffkrfgpnffqhgenuceurghilhhouhhtmecufedttdenucenucfjughrpefoggffhf\n    fvkffutgfgsehtqhertderreejnecuhfhrohhmpedfkfgrnhcuofgtvehorhhmihgtkhdf"),
        ("X-ME-Proxy", "<xmx:%s>" % rs(r, 48, ALNUM + "-_")),
        ("Feedback-ID", "i%s:Fastmail" % rs(r, 8, HEX)),
    ]
    auth_results(m, dkim=[(dom, "pass", "fm1"), ("messagingengine.com", "pass", "fm1")])


def via_comcast(m):
    r = m.r
    n = r.randint(100000, 999999)
    host = "resomta-h%dp-%06d.sys.comcast.net" % (r.randint(1, 2), n)
    ip = "96.102.200.%d" % r.randint(1, 60)
    m.relay = (host, host, ip)
    utc = to_off(m.sent, 0)
    m.trace = [
        ("Received", "from resoxlb-h%dp-%06d.sys.comcast.net ([96.102.179.%d])\n\tby %s with ESMTPS\n\tid %s; %s" % (
            r.randint(1, 2), r.randint(100000, 999999), r.randint(1, 250), host, rs(r, 22, ALNUM), rfc(utc))),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n"
         "\tbh=%s;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n\tb=%s" % (
             int(m.sent.timestamp()), b64blob(r, 32), "\n\t ".join(chunks(b64blob(r, 256), 72)))),
        ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefvddrvddtkedgjeejucetufdoteggodetrfcurfhrohhfihhlvgemucevohhmtggrshhtqdftvghsihdpqfgfvfdpggftfghnshhusghstghrihgsvgenuceurghilhhouhhtmecufedtudenucenucfjughrpeffhffvkffugggtgfesthhqredttddtvdenucfhrhhomh"),
        ("X-Xfinity-VMeta", "sc=-100.00;st=legit"),
    ]
    auth_results(m, dkim=[("comcast.net", "pass", "20190202a")])


def via_host(m, helo, rdns, ip, inner=(), dkim=None, spf="pass", dmarc="pass", policy="none", tls="TLSv1.3",
             spf_domain=None):
    """A generic sending server (ISP, church host, small business, vendor)."""
    m.relay = (helo, rdns, ip)
    m.tls = tls
    m.trace = list(inner)
    auth_results(m, dkim=dkim, spf=spf, dmarc=dmarc, policy=policy, spf_domain=spf_domain)


def sub_received(m, helo, ip, server, user=None, postfix=True, when=None, proto="ESMTPSA", rdns="unknown"):
    """A submission hop inside the sender's provider (client -> provider MTA)."""
    r = m.r
    d = to_off(when or m.sent + _dt.timedelta(seconds=1), m.sent.utcoffset().total_seconds() / 3600)
    if postfix:
        return ("Received", "from %s (%s [%s])\n\t%sby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
            helo, rdns, ip, ("(Authenticated sender: %s)\n\t" % user) if user else "", server, proto, postfix_qid(r),
            m.rcpt, rfc(d, zname=True)))
    return ("Received", "from %s ([%s])\n\tby %s with %s id %s\n\tfor <%s>; %s" % (
        helo, ip, server, proto, rs(r, 16, ALNUM), m.rcpt, rfc(d)))
