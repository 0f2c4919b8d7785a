"""Machine mail: auto-replies, bounces, receipts, vendor notices, lists, spam.
Each builder fills a profiles.Built and returns it."""
import mimekit as mk
from mimekit import rfc_date, plus
from profiles import Built, leaf, multipart, _split_leaf
import ourmail


def _a(h):
    import re
    m = re.search(r"<([^>]+)>", h or "")
    return m.group(1) if m else h


def ack_raw(o, in_reply_to, rng):
    """Our acknowledgement as it left mbx01 (headers + body), for bounces and quotes."""
    d, tzname = mk.our_tz(o.date)
    h = [("Received", "from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.20.1.21])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        mk.postfix_qid(rng), _a(o.to), rfc_date(plus(d, 1), tzname, comment=True))),
         ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n\ts=ae2024; t=%d; bh=%s=;\n\th=From:To:Subject:Date:Message-ID:In-Reply-To:Auto-Submitted;\n\tb=%s" % (
             int(d.timestamp()), mk.b64junk(rng, 43), mk.b64junk(rng, 64))),
         ("Auto-Submitted", "auto-replied"),
         ("From", ourmail.CC_NAME + " <" + ourmail.CC + ">"),
         ("To", o.to),
         ("Subject", o.subject),
         ("Date", rfc_date(d)),
         ("Message-ID", o.msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    h += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit")]
    return h, o.text


def staff_raw(o, rng):
    d, tzname = mk.our_tz(o.date)
    h = [("Received", "from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.20.1.21])\n\tby mx2.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        mk.postfix_qid(rng), _a(o.to), rfc_date(plus(d, 2), tzname, comment=True))),
         ("From", ourmail.PH_NAME + " <" + ourmail.PH + ">"), ("To", o.to), ("Subject", o.subject),
         ("Date", rfc_date(d)), ("Message-ID", o.msgid), ("MIME-Version", "1.0"),
         ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit"),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    return h, o.text


def _hdrtext(h):
    return "".join("%s: %s\n" % kv for kv in h)


def _base(b, helo, ip, env_from, dkim=None, rdns=None, spf="pass"):
    b.helo, b.ip, b.env_from, b.dkim = helo, ip, env_from, dkim
    b.rdns = rdns or helo
    b.spf = spf


# ----------------------------------------------------------- auto-replies
def exchange_ooo(spec, rng, d, b):
    """Exchange Online 'Automatic reply' to one of our messages."""
    o = spec["re"]
    dom = spec["from_addr"].split("@")[1]
    srv = "%s%02dMB%d" % (rng.choice(["CH2PR", "BN6PR", "DM4PR", "MW4PR"]), rng.randint(10, 19), rng.randint(1000, 9999))
    b.msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, mk.alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv, rng.randint(2, 20))
    _base(b, "NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(90, 244), rng.randint(20, 130)),
          "", dkim=dom, rdns="mail-co1nam11on2%03d.outbound.protection.outlook.com" % rng.randint(40, 130))
    b.trace = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s==" % (
        dom, mk.b64junk(rng, 43), mk.b64junk(rng, 80)))]
    subj_prefix = spec.get("prefix", "Automatic reply: ")
    h = [("From", mk.addr(spec["from_name"], spec["from_addr"], "utf-8", "B")), ("To", o.from_hdr),
         ("Subject", mk.subj(subj_prefix + o.subject)), ("Thread-Topic", mk.subj(o.subject)),
         ("Thread-Index", "AQHbk" + mk.b64junk(rng, 26)), ("Date", rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000")),
         ("Message-ID", b.msgid), ("References", o.msgid), ("In-Reply-To", o.msgid),
         ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", spec["from_addr"]), ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-parent-message-id", o.msgid), ("Content-Language", spec.get("lang_tag", "en-US")),
         ("MIME-Version", "1.0")]
    text = spec["text"]
    if spec.get("quote_original"):
        text = text.rstrip("\n") + "\n\n" + "\n".join("> " + l if l else ">" for l in o.text.rstrip("\n").split("\n")) + "\n"
    bnd = "_000_%s_" % b.msgid.strip("<>").split("@")[0]
    p1 = leaf("text/plain", '"%s"' % spec.get("charset", "us-ascii"), "quoted-printable" if mk.needs_encoding(text) else "7bit", text)
    html = mk.wrap_html('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>' % mk.html_p(text))
    p2 = leaf("text/html", '"%s"' % spec.get("charset", "us-ascii"), "quoted-printable", html)
    ctype, extra, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
    h.append(("Content-Type", ctype))
    b.headers, b.body = h, body
    return b


def gmail_vacation(spec, rng, d, b):
    o = spec["re"]
    b.msgid = "<CA%s@mail.gmail.com>" % (mk.b64junk(rng, 44).replace("/", "_") + "=" + mk.alnum(rng, 2))
    _base(b, "mail-yw1-f%d.google.com" % rng.randint(41, 199), "209.85.128.%d" % rng.randint(2, 250), "", dkim="gmail.com")
    ts = int(d.timestamp())
    b.trace = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:auto-submitted:in-reply-to\n         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s==" % (
        ts, ts + 604800, mk.b64junk(rng, 43), mk.b64junk(rng, 80))),
        ("X-Received", "by 2002:a05:690c:%s:b0:%s:%s with SMTP id %s; %s" % (mk.hexid(rng, 4), mk.hexid(rng, 3), mk.hexid(rng, 4), mk.alnum(rng, 18, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                rfc_date(mk.to_tz(d, "PDT"), "PDT", comment=True)))]
    h = [("MIME-Version", "1.0"), ("References", o.msgid), ("In-Reply-To", o.msgid),
         ("Auto-Submitted", "auto-replied"), ("From", mk.addr(spec["from_name"], spec["from_addr"])),
         ("Date", rfc_date(d)), ("Message-ID", b.msgid), ("Subject", "Re: " + o.subject), ("To", o.from_hdr),
         ("Content-Type", 'multipart/alternative; boundary="0000000000%s"' % mk.hexid(rng, 16))]
    bnd = h[-1][1].split('"')[1]
    text = spec["text"]
    p1 = leaf("text/plain", '"UTF-8"', "quoted-printable" if mk.needs_encoding(text) else None, text)
    p2 = leaf("text/html", '"UTF-8"', "quoted-printable", mk.html_gmail(text) + "\n")
    _, _, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
    b.headers, b.body = h, body
    return b


def hotmail_auto(spec, rng, d, b):
    """Outlook.com consumer auto-reply (Spanish)."""
    spec = dict(spec)
    return exchange_ooo(spec, rng, d, b)


def plain_ooo(spec, rng, d, b):
    """Auto-reply from small ISP webmail or a 'no longer monitored' rule, without Auto-Submitted."""
    o = spec.get("re")
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s.%s@%s>" % (mk.hexid(rng, 16), d.strftime("%Y%m%d%H%M%S"), spec.get("host", "mail." + dom))
    _base(b, spec.get("host", "mail." + dom), spec.get("ip", "66.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))),
          spec.get("env_from", spec["from_addr"]), dkim=None)
    b.trace = [("Received", "by %s (Postfix, from userid 1003)\n\tid %s; %s" % (spec.get("host", "mail." + dom), mk.hexid(rng, 10).upper(), rfc_date(d)))]
    h = [("Date", rfc_date(d)), ("From", mk.addr(spec.get("from_name"), spec["from_addr"])),
         ("To", o.from_hdr if o else spec["to_hdr"]), ("Subject", spec["subject"]), ("Message-ID", b.msgid)]
    if o is not None and spec.get("thread", True):
        h.append(("In-Reply-To", o.msgid))
    h += spec.get("extra_headers", [])
    h += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit")]
    b.headers, b.body = h, spec["text"]
    return b


def helpdesk(spec, rng, d, b):
    """Zendesk / Freshdesk style ticket auto-acknowledgement."""
    o = spec["re"]
    dom = spec["sys_domain"]
    b.msgid = "<%s_%s_sprut@%s>" % (mk.alnum(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), mk.hexid(rng, 8), dom) if spec["kind"] == "zendesk" else \
        "<%s.%d@%s>" % (mk.hexid(rng, 24), rng.randint(1000, 9999), dom)
    ip = "192.161.%d.%d" % (rng.randint(144, 159), rng.randint(2, 250)) if spec["kind"] == "zendesk" else "54.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    helo = "out%d.%s" % (rng.randint(1, 40), "smtp.zendesk.com" if spec["kind"] == "zendesk" else "freshemail.io")
    _base(b, helo, ip, spec["env_from"], dkim=dom.split(".", 1)[-1] if spec["kind"] == "zendesk" else dom)
    b.trace = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=zendesk1; t=%d;\n\tbh=%s=;\n\th=Content-Type:Subject:To:From:Reply-To:Message-ID:Date;\n\tb=%s==" % (
        b.dkim, int(d.timestamp()), mk.b64junk(rng, 43), mk.b64junk(rng, 80)))]
    h = [("Date", rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000")), ("From", mk.addr(spec["from_name"], spec["from_addr"])),
         ("Reply-To", mk.addr(spec["from_name"], spec["from_addr"])), ("To", o.from_hdr), ("Message-ID", b.msgid),
         ("In-Reply-To", o.msgid), ("References", o.msgid), ("Subject", spec["subject"]), ("Mime-Version", "1.0")]
    h += spec.get("extra_headers", [])
    bnd = "--==_mimepart_%s_%d" % (mk.hexid(rng, 13), rng.randint(10000, 99999))
    text = spec["text"]
    p1 = leaf("text/plain", "UTF-8", "quoted-printable", text)
    p2 = leaf("text/html", "UTF-8", "quoted-printable", mk.wrap_html(mk.html_p(text, "font-family:'Lucida Grande',Verdana,Arial;font-size:14px")))
    ctype, extra, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
    h += [("Content-Type", ctype), ("Content-Transfer-Encoding", "7bit")]
    b.headers, b.body = h, body
    return b


def challenge(spec, rng, d, b):
    o = spec["re"]
    b.msgid = "<cr.%s@%s>" % (mk.hexid(rng, 20), spec["sys_domain"])
    _base(b, "mx%d.%s" % (rng.randint(1, 4), spec["sys_domain"]), "208.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
          spec["env_from"], dkim=spec["sys_domain"])
    b.trace = []
    h = [("From", mk.addr(spec["from_name"], spec["from_addr"])), ("To", o.from_hdr), ("Subject", spec["subject"]),
         ("Date", rfc_date(d)), ("Message-ID", b.msgid), ("In-Reply-To", o.msgid), ("Auto-Submitted", "auto-replied"),
         ("Precedence", "junk"), ("X-Challenge-Id", mk.hexid(rng, 16)), ("MIME-Version", "1.0")]
    text = spec["text"]
    bnd = "=_cr_%s" % mk.hexid(rng, 20)
    p1 = leaf("text/plain", "utf-8", "7bit", text)
    p2 = leaf("text/html", "utf-8", "quoted-printable", mk.wrap_html(mk.html_p(text)))
    ctype, extra, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
    h.append(("Content-Type", ctype))
    b.headers, b.body = h, body
    return b


# ----------------------------------------------------------------- bounces
def postfix_dsn(spec, rng, d, b):
    """Bounce generated by the remote MX (Postfix), returned to our sender."""
    o = spec["re"]
    remote = spec["remote_host"]
    b.msgid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), mk.hexid(rng, 6).upper(), remote)
    _base(b, remote, spec.get("remote_ip", "69.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))), "")
    b.trace = []
    bnd = "%s.%d/%s" % (mk.hexid(rng, 10).upper(), int(d.timestamp()), remote)
    kind = spec.get("kind", "fail")
    h = [("Received", "by %s (Postfix)\n\tid %s; %s" % (remote, mk.hexid(rng, 10).upper(), rfc_date(d))),
         ("Date", rfc_date(d)), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % remote),
         ("Subject", "Undelivered Mail Returned to Sender" if kind == "fail" else "Delayed Mail (still being retried)"),
         ("To", o.from_addr), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
         ("Content-Transfer-Encoding", "8bit"), ("Message-Id", b.msgid)]
    human = spec["human_text"]
    orig_h, orig_body = (ack_raw(o, spec.get("orig_irt"), rng) if o.kind == "ack" else staff_raw(o, rng))
    dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: %s\n"
           % (remote, mk.hexid(rng, 10).upper(), o.from_addr, rfc_date(o.date), spec["rcpt_failed"], spec["rcpt_failed"],
              "failed" if kind == "fail" else "delayed", spec["status"], spec.get("remote_mta", remote), spec["diag"]))
    if kind != "fail":
        dsn += "Will-Retry-Until: %s\n" % rfc_date(plus(o.date, 5 * 86400))
    parts = [("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n", human.rstrip("\n")),
             ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", dsn.rstrip("\n"))]
    if spec.get("full_original"):
        parts.append(("Content-Description: Undelivered Message\nContent-Type: message/rfc822\n", (_hdrtext(orig_h) + "\n" + orig_body).rstrip("\n")))
    else:
        parts.append(("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n", _hdrtext(orig_h).rstrip("\n")))
    body = "This is a MIME-encapsulated message.\n\n"
    for ph, pb in parts:
        body += "--%s\n%s\n%s\n\n" % (bnd, ph, pb)
    body += "--%s--\n" % bnd
    b.headers, b.body = h, body
    if spec.get("local"):
        b.helo, b.rdns, b.ip = remote, remote, "10.20.1.12"
        b.internal = True
    return b


def exchange_ndr(spec, rng, d, b):
    o = spec["re"]
    srv = "%s%02dMB%d" % (rng.choice(["SA1PR", "BL1PR", "DS7PR"]), rng.randint(10, 19), rng.randint(1000, 9999))
    b.msgid = "<%s-%s-%s-%s-%s@%s.namprd%02d.prod.outlook.com>" % (mk.hexid(rng, 8), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 12), srv, rng.randint(2, 20))
    _base(b, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(90, 244), rng.randint(20, 130)), "",
          rdns="mail-bn8nam12on2%03d.outbound.protection.outlook.com" % rng.randint(40, 130))
    b.trace = []
    bnd = "%s-%s-%s-%s-%s" % (mk.hexid(rng, 8), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 12))
    h = [("From", "Microsoft Outlook <postmaster@%s>" % spec["remote_domain"]), ("To", o.from_addr),
         ("Date", rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000")), ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
         ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"), ("Message-ID", b.msgid),
         ("In-Reply-To", o.msgid), ("References", o.msgid), ("MIME-Version", "1.0"),
         ("Subject", "Undeliverable: " + o.subject), ("Auto-Submitted", "auto-replied")]
    human = spec["human_text"]
    html = mk.wrap_html(mk.html_p(human))
    inner_bnd = "%s-%s" % (bnd, "alt")
    alt_ct, _, alt_body = _split_leaf(multipart("alternative", inner_bnd, [leaf("text/plain", '"us-ascii"', "quoted-printable", human),
                                                                          leaf("text/html", '"us-ascii"', "quoted-printable", html)]))
    dsn = ("Reporting-MTA: dns;%s.namprd%02d.prod.outlook.com\nReceived-From-MTA: dns;mx.%s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp;%s\n"
           % (srv, rng.randint(2, 20), spec["remote_domain"], rfc_date(mk.to_tz(plus(o.date, 3), "UTC")).replace("-0000", "+0000"),
              spec["rcpt_failed"], spec["status"], spec["diag"]))
    orig_h, orig_body = ack_raw(o, spec.get("orig_irt"), rng)
    body = ("--%s\nContent-Type: %s\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: message/rfc822\n\n%s\n%s\n--%s--\n"
            % (bnd, alt_ct, alt_body.rstrip("\n"), bnd, dsn, bnd, _hdrtext(orig_h), orig_body.rstrip("\n"), bnd))
    b.headers, b.body = h, body
    return b


def qmail_bounce(spec, rng, d, b):
    o = spec["re"]
    remote = spec["remote_host"]
    b.msgid = None
    _base(b, remote, "67.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), "")
    b.trace = []
    h = [("Received", "(qmail %d invoked for bounce); %s" % (rng.randint(10000, 99999), rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000"))),
         ("Date", rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000")), ("From", "MAILER-DAEMON@%s" % remote),
         ("To", o.from_addr), ("Subject", "failure notice")]
    orig_h, orig_body = ack_raw(o, spec.get("orig_irt"), rng)
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <%s>\n%s\n%s" % (remote, spec["rcpt_failed"], spec["diag"], o.from_addr, _hdrtext(orig_h), orig_body))
    b.headers, b.body = h, body
    return b


def gmail_bounce(spec, rng, d, b):
    o = spec["re"]
    b.msgid = "<%s.%s.%d@mx.google.com>" % (mk.alnum(rng, 12), mk.hexid(rng, 8), rng.randint(1000, 9999))
    _base(b, "mail-sor-f%d.google.com" % rng.randint(41, 99), "209.85.220.%d" % rng.randint(41, 99), "", dkim="googlemail.com")
    b.trace = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=googlemail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=in-reply-to:references:subject:from:to:message-id:date\n         :auto-submitted:mime-version:from:to:cc:subject:date:message-id\n         :reply-to;\n        bh=%s=;\n        b=%s==" % (
        int(d.timestamp()), int(d.timestamp()) + 604800, mk.b64junk(rng, 43), mk.b64junk(rng, 80)))]
    bnd = "0000000000%s" % mk.hexid(rng, 16)
    h = [("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied"), ("Date", rfc_date(mk.to_tz(d, "PDT"))),
         ("Message-ID", b.msgid), ("To", o.from_addr), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("Subject", "Delivery Status Notification (Failure)"), ("References", o.msgid), ("In-Reply-To", o.msgid),
         ("X-Failed-Recipients", spec["rcpt_failed"]),
         ("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % bnd)]
    human = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
             "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n%s\n" % (spec["rcpt_failed"], spec["diag"]))
    alt_bnd = "0000000000%s" % mk.hexid(rng, 16)
    alt_ct, _, alt_body = _split_leaf(multipart("related", alt_bnd, [leaf("text/plain", '"UTF-8"', None, human)]))
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mx2.alliant-energy.com\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)\n"
           "Diagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n" % (rfc_date(mk.to_tz(o.date, "PDT")), spec["rcpt_failed"], rng.randint(1, 250), rng.randint(1, 250),
                                                                   spec["diag"], rfc_date(mk.to_tz(d, "PDT"))))
    orig_h, orig_body = staff_raw(o, rng)
    body = ("--%s\nContent-Type: %s\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: message/rfc822\n\n%s\n%s\n--%s--\n"
            % (bnd, alt_ct, alt_body.rstrip("\n"), bnd, dsn, bnd, _hdrtext(orig_h), orig_body.rstrip("\n"), bnd))
    b.headers, b.body = h, body
    return b


# ------------------------------------------------------------ receipts
def mdn(spec, rng, d, b):
    o = spec["re"]
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s@%s>" % (mk.hexid(rng, 24).upper(), spec.get("host", "mail." + dom))
    _base(b, spec.get("host", "mail." + dom), "72.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
          spec["from_addr"], dkim=dom)
    b.trace = []
    bnd = "----=_NextPart_%s" % mk.hexid(rng, 20).upper()
    h = [("From", mk.addr(spec["from_name"], spec["from_addr"])), ("To", o.from_hdr), ("Subject", "Read: " + o.subject),
         ("Date", rfc_date(d)), ("Message-ID", b.msgid), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd),
         ("X-Mailer", spec.get("mailer", "Microsoft Outlook 16.0"))]
    human = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n"
             % (spec["from_name"], o.subject, o.date.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")))
    report = ("Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
              % (spec.get("host", "mail." + dom), spec.get("mailer", "Microsoft Outlook 16.0"), spec["from_addr"], o.msgid))
    body = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain;\n\tcharset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n%s\n"
            "--%s\nContent-Type: message/disposition-notification\n\n%s\n--%s--\n" % (bnd, human, bnd, report, bnd))
    b.headers, b.body = h, body
    return b


def read_receipt_text(spec, rng, d, b):
    """Old-style Outlook read receipt: plain text, no MDN part."""
    o = spec["re"]
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s@%s>" % (mk.hexid(rng, 20).upper(), spec.get("host", "exch01." + dom))
    _base(b, spec.get("host", "mail." + dom), "24.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), spec["from_addr"])
    b.trace = [("Received", "from EXCH01.%s (10.1.1.%d) by EXCH01.%s (10.1.1.%d) with Microsoft SMTP Server id 15.1.2507.39;\n %s"
                % (dom, rng.randint(2, 40), dom, rng.randint(2, 40), rfc_date(d)))]
    h = [("From", mk.addr(spec["from_name"], spec["from_addr"])), ("To", o.from_hdr), ("Subject", "Read: " + o.subject),
         ("Thread-Topic", o.subject), ("Date", rfc_date(d)), ("Message-ID", b.msgid), ("In-Reply-To", o.msgid),
         ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0"),
         ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")]
    text = ("Your message\n\n   To:      %s\n   Subject: %s\n   Sent:    %s\n\nwas read on %s.\n"
            % (spec["from_addr"], o.subject, o.date.strftime("%m/%d/%Y %I:%M %p"), d.strftime("%m/%d/%Y %I:%M %p")))
    b.headers, b.body = h, text
    return b


# ------------------------------------------------------ vendor/bulk/spam
def generic(spec, rng, d, b):
    """Generic machine mail built from a spec: headers given, body plain/alt/html."""
    b.msgid = spec.get("msgid_fmt", "<%s@%s>") % (mk.hexid(rng, 24), spec["msgid_host"]) if spec.get("msgid_host") else None
    _base(b, spec["helo"], spec["ip"], spec["env_from"], dkim=spec.get("dkim"), rdns=spec.get("rdns"), spf=spec.get("spf", "pass"))
    b.trace = list(spec.get("trace", []))
    if spec.get("dkim"):
        b.trace.insert(0, ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\tbh=%s=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s\n\t%s==" % (
            spec["dkim"], spec.get("selector", "s1"), int(d.timestamp()), mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 40))))
    h = [("From", spec["from_hdr"]), ("To", spec["to_hdr"]), ("Subject", spec["subject_hdr"]), ("Date", rfc_date(d))]
    if b.msgid:
        h.append(("Message-ID", b.msgid))
    h += spec.get("extra_headers", [])
    h.append(("MIME-Version", "1.0"))
    kind = spec.get("body_kind", "plain")
    text = spec.get("text", "")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable" if mk.needs_encoding(text) else "7bit")
    if kind == "plain":
        h += [("Content-Type", "text/plain; charset=%s" % charset), ("Content-Transfer-Encoding", cte)]
        body = mk.encode_body(text, charset, cte)
    elif kind == "html":
        html = spec["html"]
        h += [("Content-Type", "text/html; charset=%s" % charset), ("Content-Transfer-Encoding", cte)]
        body = mk.encode_body(html, charset, cte)
    elif kind == "alt":
        bnd = spec.get("boundary") or "b1_%s" % mk.hexid(rng, 32)
        p1 = leaf("text/plain", charset, cte, text)
        p2 = leaf("text/html", charset, spec.get("html_cte", cte), spec["html"])
        ctype, _, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
        h.append(("Content-Type", ctype))
    elif kind == "calendar":
        bnd = "=_cal_%s" % mk.hexid(rng, 24)
        p1 = leaf("text/plain", "utf-8", "7bit", text)
        p2 = leaf("text/calendar", "utf-8", "7bit", spec["ics"], extra='; method=REQUEST')
        ctype, _, body = _split_leaf(multipart("alternative", bnd, [p1, p2]))
        h.append(("Content-Type", ctype))
    else:
        raise ValueError(kind)
    b.headers, b.body = h, body
    return b


BUILDERS = {
    "exchange_ooo": exchange_ooo, "gmail_vacation": gmail_vacation, "hotmail_auto": hotmail_auto, "plain_ooo": plain_ooo,
    "helpdesk": helpdesk, "challenge": challenge, "postfix_dsn": postfix_dsn, "exchange_ndr": exchange_ndr,
    "qmail_bounce": qmail_bounce, "gmail_bounce": gmail_bounce, "mdn": mdn, "read_receipt_text": read_receipt_text,
    "generic": generic,
}


def build(spec, d):
    b = Built()
    rng = mk.rng_for(spec["key"])
    BUILDERS[spec["builder"]](spec, rng, d, b)
    return b
