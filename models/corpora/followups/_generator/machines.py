"""Machine mail of the same three weeks: auto-replies to the desk's mail (and two loops on the bot's
acknowledgement), bounces and delay warnings of desk replies, read receipts, ticket systems, phishing,
vendor notices, a calendar invitation, list mail, cold sales, a challenge-response, and one inbox-cleaning
service that unsubscribes for a person (labelled as a person's opt-out, RFC 3834 forbids answering it)."""
import html as _html

import mailkit as mk
from mailkit import CRLF, rfc_date, plus, rstr, rhex, uuid4, b64blob, dkim_sig, auth_results
from ours import desk, ack, CC_ADDR, PH_ADDR, DESK_NAME, PROMO_HPWH

MACHINES = []


def machine(key, when, box, build, cat, spec, answers="-", lang="en", program="-", note="", human=None):
    MACHINES.append(dict(key=key, when=when, mailbox=box, build=build, cat=cat, spec=spec, answers=answers,
                         lang=lang, program=program, note=note, human=human))


# ------------------------------------------------------------------------------------------ helpers
def assemble(rng, box, env_from, arrive, relay, ip, auth, hdrs, root, tls=True, spam=None, helo=None, mx=None):
    tr = mk.trace(rng, box, env_from, arrive, relay, ip, helo=helo, tls=tls, auth=auth, mx=mx, spam_score=spam)
    return mk.message_bytes(tr + hdrs, root)


def subj_of(o):
    return mk.ew(o.subject, "utf-8", "Q")


def desk_headers(o, rng):
    """Headers of our outgoing desk reply as out1 relayed it (for bounces, receipts)."""
    sent = o.when
    to = mk.addr(o.to_name, o.to_addr) if o.to_name else o.to_addr
    h = ["Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.2.20])",
         "\tby out1.alliant-energy.com (Postfix) with ESMTPS id %s" % mk.postfix_qid(rng),
         "\tfor <%s>; %s" % (o.to_addr, rfc_date(plus(sent, 1), pad=True, comment="CST"))]
    h = [CRLF.join(h)]
    h.append(dkim_sig(rng, "alliant-energy.com", "s2026", "From:To:Subject:Date:Message-ID:In-Reply-To:"
                                                          "References:Content-Type", sent, darn=False))
    h.append("Date: %s" % rfc_date(sent))
    h.append("From: %s <%s>" % (o.from_name, o.from_addr))
    h.append(mk.fold("To", to))
    if o.reply_to:
        h.append("Reply-To: %s" % mk.addr(*o.reply_to))
    h.append(mk.fold("Subject", subj_of(o)))
    h.append("Message-ID: %s" % o.msgid)
    if o.refs:
        h.append("In-Reply-To: %s" % o.refs[-1])
        h.append(mk.fold("References", " ".join(o.refs)))
    h.append("X-Ticket-ID: %s" % o.tid)
    h.append("MIME-Version: 1.0")
    h.append('Content-Type: text/plain; charset="utf-8"')
    h.append("Content-Transfer-Encoding: quoted-printable")
    return h


def desk_raw(o, rng):
    return (CRLF.join(["Return-Path: <customercare@alliant-energy.com>"] + desk_headers(o, rng)) + CRLF + CRLF
            ).encode("ascii") + mk.enc_body(o.body, "utf-8", "quoted-printable")


def raw_part(headers, body_bytes):
    return mk.Part(headers, body_bytes)


def txt(s):
    return s.replace("\n", "\r\n").encode("utf-8")


# desk replies that only exist to be bounced / receipted / auto-answered
def D(tid, when, name, addr, subj, text, staff="Marcy", lang="en", box="customercare", refs=None):
    return desk(tid, when, name, addr, subj, text, staff=staff, lang=lang, box=box,
                refs=refs or ["<%s@%s>" % (rhex(mk.rng_for(tid), 24), addr.split("@")[1])])


# ------------------------------------------------------------------------------------------ auto-replies
def exchange_ooo(key, o, name, addr, tenant, delay, text, loop=False):
    def build():
        rng = mk.rng_for(key)
        sent = plus(o.when, delay)
        srv = rng.choice(["CH3PR17MB", "MN2PR17MB", "SA1PR19MB"]) + "%04d" % rng.randint(1000, 9999)
        mid = "<%s%s@%s.namprd17.prod.outlook.com>" % (srv, rhex(rng, 20, True), srv)
        dom = addr.split("@")[1]
        hdrs = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s"
                % b64blob(rng, 60),
                dkim_sig(rng, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                               "X-MS-Exchange-SenderADCheck", sent, darn=False),
                "From: %s" % mk.addr(name, addr),
                "To: %s" % mk.addr(o.from_name, o.from_addr),
                mk.fold("Subject", "Automatic reply: " + subj_of(o)),
                mk.fold("Thread-Topic", subj_of(o)),
                "Thread-Index: AQH%s=" % rstr(rng, 26, mk.ALNUM + "/+"),
                "Date: %s" % rfc_date(sent, tz_hours=0),
                "Message-ID: %s" % mid,
                "References: %s" % o.msgid,
                "In-Reply-To: %s" % o.msgid,
                "Accept-Language: en-US",
                "Content-Language: en-US",
                "X-MS-Has-Attach:",
                "X-MS-TNEF-Correlator:",
                "X-MS-Exchange-Organization-SCL: -1",
                "X-Auto-Response-Suppress: All",
                "Auto-Submitted: auto-generated",
                "X-MS-Exchange-Organization-AuthAs: Internal",
                "X-OriginatorOrg: %s" % tenant,
                "MIME-Version: 1.0"]
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">%s</div></body></html>'
             % "<br>\n".join(_html.escape(l, quote=False) for l in text.split("\n")))
        b = "_000_%s%s_" % (srv, rhex(rng, 20, True))
        root = mk.multipart("alternative", b, [mk.text_part(text, "plain", "us-ascii", "quoted-printable"),
                                               mk.text_part(h, "html", "us-ascii", "quoted-printable")])
        relay = "mail-%s.outbound.protection.outlook.com" % rng.choice(["bn8nam12on2119", "ch5pr02cu005"])
        ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250))
        auth = auth_results(dom, dom, dom, bsig=rstr(rng, 8))
        return assemble(rng, "customercare", "", plus(sent, rng.randint(2, 6)), relay, ip, auth, hdrs, root)
    return build


def simple_autoreply(key, o, name, addr, delay, subject, text, prov, auto_sub=True, extra=(), charset="utf-8",
                     env_null=False):
    """Vacation responders of webmail and small ISPs (with or without Auto-Submitted)."""
    def build():
        rng = mk.rng_for(key)
        sent = plus(o.when, delay)
        dom = addr.split("@")[1]
        if prov == "gmail":
            relay = "mail-%s-f%d.google.com" % (rng.choice(["qt1", "yb1", "pl1"]), rng.randint(41, 199))
            ip = "209.85.%d.%d" % (rng.choice([160, 219, 222]), rng.randint(2, 250))
            mid = "<CA%s@mail.gmail.com>" % rstr(rng, 50, mk.ALNUM + "+_-")
            dk = dkim_sig(rng, "gmail.com", "20230601", "to:subject:message-id:date:from:in-reply-to:"
                                                       "references:mime-version", sent, ttl=604800)
        elif prov == "yahoo":
            relay = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60))
            ip = "98.137.%d.%d" % (rng.choice([64, 65]), rng.randint(80, 250))
            mid = "<%s.%s.%d@mail.yahoo.com>" % (rstr(rng, 10, "0123456789"), rstr(rng, 7, "0123456789"),
                                                  mk.epoch(sent) * 1000 + rng.randint(0, 999))
            dk = dkim_sig(rng, dom, "s2048", "Date:From:To:In-Reply-To:References:Subject", sent, darn=False)
        else:
            relay = "smtp.%s" % dom
            ip = "66.%d.%d.%d" % (rng.randint(40, 250), rng.randint(0, 250), rng.randint(2, 250))
            mid = "<%s.%s@%s>" % (rhex(rng, 16), rstr(rng, 6, "0123456789"), relay)
            dk = None
        hdrs = ([dk] if dk else []) + [
            "Date: %s" % rfc_date(sent, tz_hours=0 if prov == "yahoo" else -6),
            "From: %s" % mk.addr(name, addr, mode="Q"),
            "To: %s" % o.from_addr,
            "Message-ID: %s" % mid,
            "In-Reply-To: %s" % o.msgid,
            "References: %s" % o.msgid,
            mk.fold("Subject", mk.ew(subject, "utf-8", "Q")),
            "MIME-Version: 1.0"]
        if auto_sub:
            hdrs.insert(len(hdrs) - 1, "Auto-Submitted: auto-replied")
        hdrs += list(extra)
        root = mk.text_part(text, "plain", charset, "quoted-printable" if charset != "us-ascii" else "7bit")
        auth = auth_results(dom if dk else None, dom, dom if dk else None, bsig=rstr(rng, 8))
        env = "" if env_null else addr
        return assemble(rng, "customercare", env, plus(sent, rng.randint(2, 9)), relay, ip, auth, hdrs, root,
                        tls=prov != "smallisp")
    return build


# ------------------------------------------------------------------------------------------ bounces
def postfix_dsn(key, o, delay, status, diag, remote, code=None, warn=False):
    def build():
        rng = mk.rng_for(key)
        sent = plus(o.when, delay)
        qid = rhex(rng, 10, True)
        b = "%s.%d/out1.alliant-energy.com" % (qid, mk.epoch(sent))
        if warn:
            intro = ("This is the mail system at host out1.alliant-energy.com.\n\n"
                     "####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for 4.0 hours.\n"
                     "It will be retried until it is 5.0 days old.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n<%s>: %s\n" % (o.to_addr, diag))
            subject = "Delayed Mail (still being retried)"
        else:
            intro = ("This is the mail system at host out1.alliant-energy.com.\n\n"
                     "I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n<%s>: %s\n" % (o.to_addr, diag))
            subject = "Undelivered Mail Returned to Sender"
        ds = ("Reporting-MTA: dns; out1.alliant-energy.com\n"
              "X-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; customercare@alliant-energy.com\n"
              "Arrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\n"
              "Action: %s\n"
              "Status: %s\n" % (qid, rfc_date(plus(o.when, 1), pad=False, comment="CST"), o.to_addr, o.to_addr,
                                "delayed" if warn else "failed", status))
        if remote:
            ds += "Remote-MTA: dns; %s\n" % remote
        if code:
            ds += "Diagnostic-Code: %s\n" % code
        if warn:
            ds += "Will-Retry-Until: %s\n" % rfc_date(plus(o.when, 5 * 86400), pad=False, comment="CST")
        parts = [raw_part(["Content-Description: Notification", 'Content-Type: text/plain; charset=us-ascii'],
                          txt(intro)),
                 raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                          txt(ds))]
        if warn:
            parts.append(raw_part(["Content-Description: Undelivered Message Headers",
                                   "Content-Type: text/rfc822-headers"],
                                  (CRLF.join(["Return-Path: <customercare@alliant-energy.com>"] +
                                             desk_headers(o, rng)) + CRLF).encode("ascii")))
        else:
            parts.append(raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822",
                                   "Content-Transfer-Encoding: 8bit"], desk_raw(o, rng)))
        root = mk.multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\n",
                            extra_ct="; report-type=delivery-status")
        root.headers = ["Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"" % b,
                        "Content-Transfer-Encoding: 8bit"]
        hdrs = ["Auto-Submitted: auto-replied",
                "From: MAILER-DAEMON@out1.alliant-energy.com (Mail Delivery System)",
                "Subject: %s" % subject,
                "To: customercare@alliant-energy.com",
                "MIME-Version: 1.0",
                "Message-Id: <%d%02d%02d%s.%s@out1.alliant-energy.com>" % (
                    sent.year, sent.month, sent.day, sent.strftime("%H%M%S"), qid),
                "Date: %s" % rfc_date(sent, pad=False, comment="CST")]
        return assemble(rng, "customercare", "", plus(sent, 1), "out1.alliant-energy.com", "10.40.3.21",
                        None, hdrs, root, tls=True)
    return build


def exchange_ndr(key, o, delay, tenant_dom, onms):
    def build():
        rng = mk.rng_for(key)
        sent = plus(o.when, delay)
        srv = "DM6PR11MB%04d" % rng.randint(1000, 9999)
        b = "%s" % uuid4(rng)
        plain = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n"
                 "customercare  Office 365  %s\nAction Required                          Recipient\n\n"
                 "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or "
                 "more of the following:\n\n  * Retype the recipient's address, then resend the message.\n"
                 "  * If the recipient is no longer with the organization, contact the recipient's email admin.\n\n"
                 "More Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the recipient's "
                 "email address doesn't exist at the destination domain.\n\nOriginal Message Details\n"
                 "Created Date:    %s\nSender Address:    customercare@alliant-energy.com\n"
                 "Recipient Address:    %s\nSubject:    %s\n\nError Details\nReported error:    550 5.1.10 "
                 "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
                 "DSN generated by:    %s.namprd11.prod.outlook.com\n"
                 % (o.to_addr, o.to_addr.split("@")[0], tenant_dom, o.to_addr.split("@")[0],
                    o.when.astimezone(mk.UTC).strftime("%-m/%-d/%Y %-I:%M:%S %p"), o.to_addr, o.subject, srv))
        html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
                "<body><div style=\"font-family:'Segoe UI',Calibri\"><p>Your message to <a href=\"mailto:%s\">"
                "%s</a> couldn't be delivered.</p><p><b>%s</b> wasn't found at %s.</p><p>Status code: "
                "550 5.1.10</p></div></body></html>" % (o.to_addr, o.to_addr, o.to_addr.split("@")[0], tenant_dom))
        ds = ("Reporting-MTA: dns;%s.namprd11.prod.outlook.com\nReceived-From-MTA: dns;out1.alliant-energy.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
              "address lookup\n" % (srv, rfc_date(plus(o.when, 3), tz_hours=0), o.to_addr))
        alt = mk.multipart("alternative", "%s" % uuid4(rng), [mk.text_part(plain, "plain", "us-ascii",
                                                                           "quoted-printable"),
                                                              mk.text_part(html, "html", "us-ascii",
                                                                           "quoted-printable")])
        parts = [alt, raw_part(["Content-Type: message/delivery-status"], txt(ds)),
                 raw_part(["Content-Type: text/rfc822-headers"],
                          (CRLF.join(desk_headers(o, rng)) + CRLF).encode("ascii"))]
        root = mk.multipart("report", b, parts, extra_ct="; report-type=delivery-status")
        hdrs = ["From: postmaster@%s" % onms,
                "To: customercare@alliant-energy.com",
                "Date: %s" % rfc_date(sent, tz_hours=0),
                "Content-Language: en-US",
                "Message-ID: <%s@%s.namprd11.prod.outlook.com>" % (uuid4(rng), srv),
                "In-Reply-To: %s" % o.msgid,
                "References: %s" % o.msgid,
                "Thread-Topic: %s" % subj_of(o),
                mk.fold("Subject", "Undeliverable: " + subj_of(o)),
                "Auto-Submitted: auto-replied",
                "X-MS-PublicTrafficType: Email",
                "MIME-Version: 1.0"]
        relay = "mail-dm6nam11on2%03d.outbound.protection.outlook.com" % rng.randint(100, 999)
        ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250))
        auth = auth_results(onms, onms, None, bsig=rstr(rng, 8))
        return assemble(rng, "customercare", "", plus(sent, 3), relay, ip, auth, hdrs, root)
    return build


# ------------------------------------------------------------------------------------------ read receipts
def mdn(key, o, delay, name, addr, style, prov):
    def build():
        rng = mk.rng_for(key)
        sent = plus(o.when, delay)
        dom = addr.split("@")[1]
        b = ("----=_NextPart_000_%04X_01DB%s.%s" % (rng.randint(1, 99), rhex(rng, 4, True), rhex(rng, 8, True))
             if style != "thunderbird" else "------------%s" % rstr(rng, 24))
        d = o.when.astimezone(mk.CST)
        sd = "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.hour % 12 or 12,
                                            d.minute, "AM" if d.hour < 12 else "PM")
        r = sent.astimezone(mk.CST)
        rd = "%s, %s %d, %d %d:%02d %s" % (r.strftime("%A"), r.strftime("%B"), r.day, r.year, r.hour % 12 or 12,
                                            r.minute, "AM" if r.hour < 12 else "PM")
        if style == "outlook_read":
            subj = "Read: " + o.subject
            text = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s\n\n"
                    "was read on %s.\n" % (o.to_name or o.to_addr, o.subject, sd, rd))
            disp = "manual-action/MDN-sent-manually; displayed"
            ua = "Reporting-UA: %s; Microsoft Outlook 16.0\n" % dom
        elif style == "outlook_notread":
            subj = "Not read: " + o.subject
            text = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s\n\n"
                    "was deleted without being read on %s.\n" % (o.to_name or o.to_addr, o.subject, sd, rd))
            disp = "manual-action/MDN-sent-manually; deleted"
            ua = "Reporting-UA: %s; Microsoft Outlook 16.0\n" % dom
        else:
            subj = "Return Receipt (displayed) - " + o.subject
            text = ("This is a Return Receipt for the mail that you sent to %s.\n\n"
                    "Note: This Return Receipt only acknowledges that the message was displayed on the "
                    "recipient's computer. There is no guarantee that the recipient has read or understood "
                    "the message contents.\n" % addr)
            disp = "manual-action/MDN-sent-manually; displayed"
            ua = "Reporting-UA: %s; Mozilla Thunderbird\n" % dom
        ds = ua + "Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n" % (addr, o.msgid, disp)
        parts = [mk.text_part(text, "plain", "utf-8" if style == "thunderbird" else "us-ascii",
                              "7bit"),
                 raw_part(["Content-Type: message/disposition-notification", "Content-Transfer-Encoding: 7bit"],
                          txt(ds))]
        if style == "thunderbird":
            parts.append(raw_part(["Content-Type: text/rfc822-headers", "Content-Transfer-Encoding: 7bit"],
                                  (CRLF.join(desk_headers(o, rng)[2:]) + CRLF).encode("ascii")))
        root = mk.multipart("report", b, parts, extra_ct="; report-type=disposition-notification")
        if style == "thunderbird":
            mid = "<%s@%s>" % (uuid4(rng), dom)
        else:
            mid = "<%s$%s$%s$@%s>" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), dom)
        hdrs = ["Message-ID: %s" % mid,
                "Date: %s" % rfc_date(sent),
                "MIME-Version: 1.0",
                "From: %s" % mk.addr(name, addr),
                "To: %s <%s>" % (o.from_name, o.from_addr),
                mk.fold("Subject", mk.ew(subj, "utf-8", "Q")),
                "References: %s" % o.msgid]
        if style == "thunderbird":
            hdrs.append("User-Agent: Mozilla Thunderbird")
        else:
            hdrs.append("X-Mailer: Microsoft Outlook 16.0")
        relay = "smtp.%s" % dom if prov == "smallisp" else "mail-%s.outbound.protection.outlook.com" % \
            rng.choice(["bn8nam12on2119", "ch5pr02cu005"])
        ip = "66.%d.%d.%d" % (rng.randint(40, 250), rng.randint(0, 250), rng.randint(2, 250)) if \
            prov == "smallisp" else "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250))
        auth = auth_results(dom, dom, dom, bsig=rstr(rng, 8))
        return assemble(rng, "customercare", addr, plus(sent, rng.randint(3, 12)), relay, ip, auth, hdrs, root,
                        tls=prov != "smallisp")
    return build


# ------------------------------------------------------------------------------------------ generic
def generic(key, when, box, env_from, relay, ip, auth, hdrs, root_fn, tls=True, spam=None, helo=None):
    def build():
        rng = mk.rng_for(key)
        sent = mk.t(when)
        h = [x(rng, sent) if callable(x) else x for x in hdrs]
        return assemble(rng, box, env_from, plus(sent, rng.randint(2, 20)), relay, ip, auth, h, root_fn(rng),
                        tls=tls, spam=spam, helo=helo)
    return build


def html_doc(inner, title=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body style="margin:0;'
            'background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">%s</body></html>' % (title, inner))


# ============================================================================================ the mail
# --- out-of-office: Exchange, to a desk reply
d1 = D("CC-2027-01-04412", "2027-02-01 08:22", "Jennifer Haugen", "jhaugen@heartlandcoopia.com",
       "Re: catalog for the co-op office [CC-2027-01-04412]",
       """Hi Jennifer,

You asked us to stop the PowerHouse Catalog at the co-op's office. Is that
the Main Street office in Alden, or the grain site on County Rd D20?""", staff="Kristin")
machine("ooo-exchange-desk", "2027-02-01 08:22:40", "customercare",
        exchange_ooo("ooo-exchange-desk", d1, "Jennifer Haugen", "jhaugen@heartlandcoopia.com",
                     "heartlandcoopia.com", 38,
                     "I am out of the office through Friday, February 5 with limited access to email.\n\n"
                     "For grain contracts please call the scale house at 515-555-0162. For anything else, "
                     "contact Mike Ruter at mruter@heartlandcoopia.com.\n\nJennifer Haugen\nOffice Manager, "
                     "Heartland Co-op"),
        "automated: auto-reply", "exchange-ooo-to-desk-question", answers=d1.label,
        program="Exchange Online", note="Exchange out-of-office answering a desk question (Auto-Submitted, "
                                        "X-Auto-Response-Suppress): automated, never acknowledged")

# --- bounce: domain typo, desk reply
d2 = D("CC-2027-02-00041", "2027-02-02 07:48", "Kris Bergman", "kbergman1972@gmial.com",
       "Re: stop catalog [CC-2027-02-00041]",
       """Hi Kris,

You asked us to stop the catalog. Could you send the name on the mailing
label so we find the right record?""", staff="Kristin",
       refs=["<webform.20270201.188213@alliantenergy.com>"])
machine("dsn-domain-typo", "2027-02-02 06:14:05", "customercare",
        postfix_dsn("dsn-domain-typo", d2, 4, "5.4.4",
                    "Host or domain name not found. Name service error for name=gmial.com type=AAAA: Host not "
                    "found", None,
                    code="X-Postfix; Host or domain name not found. Name service error for name=gmial.com "
                         "type=AAAA: Host not found"),
        "automated: bounce", "postfix-dsn-host-not-found", answers=d2.label, program="Postfix (out1)",
        note="our outbound relay's DSN for a desk reply to a mistyped domain (returned message quoted whole, "
             "with its opt-out wording): automated")

# --- read receipt (Outlook)
d3 = D("CC-2027-02-00046", "2027-02-02 09:05", "Lorraine Meyerhoff", "lmeyerhoff@mchsi.com",
       "Re: name on catalog [CC-2027-02-00046]",
       """Hi Lorraine,

We've added your name to the catalog's do-not-share list. You'll keep
getting the catalog itself.""", staff="Tom", box="powerhousecatalog")
machine("mdn-outlook-read", "2027-02-02 10:40", "customercare",
        mdn("mdn-outlook-read", d3, 5700, "Lorraine Meyerhoff", "lmeyerhoff@mchsi.com", "outlook_read",
            "smallisp"),
        "automated: read receipt", "outlook-read-receipt", answers=d3.label, program="Outlook 16",
        note="Outlook read receipt (multipart/report, disposition-notification) for a desk reply: automated")

# --- phishing: fake ticket portal
machine("phish-ticket-portal", "2027-02-03 03:10", "customercare",
        generic("phish-ticket-portal", "2027-02-03 03:10", "customercare", "bounce-71@mx.tkt-alerts-center.com",
                "mx.tkt-alerts-center.com", "185.222.58.140",
                auth_results(None, "tkt-alerts-center.com", "alliant-energy.com", spf="softfail", dmarc="fail",
                             policy="quarantine"),
                ["From: \"Alliant Energy Privacy Desk\" <customercare@alliant-energy.com>",
                 "Reply-To: privacy-support@tkt-alerts-center.com",
                 "To: customercare@alliant-energy.com",
                 "Subject: Action required: 14 privacy tickets pending mailbox re-verification",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=3),
                 lambda r, s: "Message-ID: <%s@tkt-alerts-center.com>" % rhex(r, 20),
                 "MIME-Version: 1.0",
                 "X-Priority: 1"],
                lambda r: mk.text_part(html_doc(
                    '<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>'
                    '<p style="font-size:18px;color:#0b5394"><b>Privacy Desk Ticket Center</b></p>'
                    '<p>Dear customercare,</p><p>Due to a migration of the ticket system, <b>14 customer '
                    'opt-out requests</b> (CC-2027-02-00xxx) are on hold until your mailbox is re-verified. '
                    'Unverified mailboxes will stop receiving customer replies in 24 hours.</p>'
                    '<p style="text-align:center"><a href="https://tkt-alerts-center.com/sso/alliant/verify?u='
                    'customercare" style="background:#0b5394;color:#fff;padding:12px 28px;text-decoration:none">'
                    'Verify mailbox</a></p><p style="color:#888;font-size:11px">Privacy Desk Ticket Center '
                    '&copy; 2027</p></td></tr></table>', "Ticket Center"), "html", "utf-8", "quoted-printable"),
                spam=7.9),
        "automated: phishing", "phish-fake-ticket-portal", program="bulk sender",
        note="credential phishing that spoofs our own desk and ticket numbers: automated")

# --- ticket-system auto-reply (Freshdesk-like) from a property manager's support address
d5 = D("CC-2027-02-00058", "2027-02-03 11:28", "Cedar Valley Property Management", "support@cedarvalleypm.com",
       "Re: flyers to our tenants [CC-2027-02-00058]",
       """Hello,

You asked us to stop promotional mail to the units at 1400 Kingsley Ave.
Is Cedar Valley Property Management the account holder for those units,
or do the tenants hold their own accounts?""", staff="Marcy")
machine("ticket-autoack-freshdesk", "2027-02-03 11:29", "customercare",
        generic("ticket-autoack-freshdesk", "2027-02-03 11:29", "customercare",
                "bounces+48213@emailus.freshdesk.com", "mail-190.freshemail.io", "52.44.107.190",
                auth_results("cedarvalleypm.com", "emailus.freshdesk.com", "cedarvalleypm.com"),
                [lambda r, s: dkim_sig(r, "cedarvalleypm.com", "fd1", "From:To:Subject:Date:Message-ID", s,
                                       darn=False),
                 "From: Cedar Valley PM Support <support@cedarvalleypm.com>",
                 "To: Alliant Energy Privacy Desk <customercare@alliant-energy.com>",
                 "Subject: [#48213] Re: flyers to our tenants [CC-2027-02-00058]",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 "Message-ID: <48213.auto.1801827540@cedarvalleypm.freshdesk.com>",
                 "In-Reply-To: %s" % d5.msgid,
                 "References: %s" % d5.msgid,
                 "Auto-Submitted: auto-generated",
                 "X-Freshdesk-Ticket-Id: 48213",
                 "MIME-Version: 1.0"],
                lambda r: mk.multipart("alternative", "--==_mimepart_%s" % rhex(r, 24), [
                    mk.text_part("Dear Alliant Energy Privacy Desk,\n\nWe would like to acknowledge that we have "
                                 "received your request and a ticket has been created with Ticket ID - 48213.\n"
                                 "A support representative will be reviewing your request and will send you a "
                                 "personal response (usually within 2 business days).\n\nTo view the status of "
                                 "the ticket or add comments, please visit\nhttps://cedarvalleypm.freshdesk.com/"
                                 "helpdesk/tickets/48213\n\nThank you for your patience.\n\nSincerely,\nCedar "
                                 "Valley Property Management Support Team", "plain", "UTF-8", "quoted-printable"),
                    mk.text_part("<div>Dear Alliant Energy Privacy Desk,<br><br>We would like to acknowledge that "
                                 "we have received your request and a ticket has been created with Ticket ID - "
                                 "48213.<br>A support representative will be reviewing your request and will "
                                 "send you a personal response (usually within 2 business days).<br><br>Thank "
                                 "you for your patience.<br><br>Sincerely,<br>Cedar Valley Property Management "
                                 "Support Team</div>", "html", "UTF-8", "quoted-printable")])),
        "automated: ticket auto-reply", "freshdesk-ticket-created", answers=d5.label, program="Freshdesk",
        note="a customer company's helpdesk opened a ticket for our desk's question and auto-acknowledged it: "
             "automated (answering it would loop)")

# --- vendor: mail house suppression report
machine("vendor-suppression-report", "2027-02-04 07:00", "powerhousecatalog",
        generic("vendor-suppression-report", "2027-02-04 07:00", "powerhousecatalog",
                "reports@prairiedirectmail.com", "mta2.prairiedirectmail.com", "64.71.158.22",
                auth_results("prairiedirectmail.com", "prairiedirectmail.com", "prairiedirectmail.com"),
                [lambda r, s: dkim_sig(r, "prairiedirectmail.com", "pdm", "From:To:Subject:Date", s, darn=False),
                 "From: Prairie Direct Mail - Job Reports <reports@prairiedirectmail.com>",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Subject: Job PH-SPRING27 merge/purge complete - suppression summary",
                 lambda r, s: "Date: %s" % rfc_date(s),
                 lambda r, s: "Message-ID: <job-PH-SPRING27.%s@prairiedirectmail.com>" % rhex(r, 12),
                 "Auto-Submitted: auto-generated",
                 "X-Job-Id: PH-SPRING27",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "PRAIRIE DIRECT MAIL - MERGE/PURGE SUMMARY\n\nClient:        Alliant Energy / PowerHouse "
                    "Catalog\nJob:           PH-SPRING27 (Spring 2027 catalog drop)\nRun date:      02/04/2027 "
                    "05:12 CST\n\nInput records ............................ 412,880\nDo-not-mail suppression "
                    "matches ............ 9,214\nDo-not-share flag set (rental file) ...... 3,377\nNCOA moves "
                    "updated ....................... 6,105\nDeceased suppression ....................... 871\n"
                    "Final mail file ......................... 396,690\n\nThe rental/exchange output file "
                    "excludes all records with the\ndo-not-share flag. Suppression files received after 02/01 "
                    "will\nbe applied to the SUMMER27 job.\n\nThis is an automated report. Replies are not "
                    "monitored.\nQuestions: your account manager, 515-555-0139.\n", "plain", "us-ascii", "7bit")),
        "automated: vendor notice", "mailhouse-suppression-summary", program="vendor job system",
        note="the mail house's suppression report is full of 'do-not-mail' and 'do-not-share' words but is "
             "vendor system mail, not a request (LABELS): automated")

# --- headerless Spanish vacation reply to a desk reply in Spanish
d7 = D("CC-2027-02-00079", "2027-02-04 17:05", "Alma Quintero", "almaquintero@netins.net",
       "Re: correo [CC-2027-02-00079]",
       """Hola Sra. Quintero:

Nos pidió que no compartamos su nombre. ¿Quiere seguir recibiendo el
catálogo PowerHouse?""", staff="Lupe", lang="es", box="powerhousecatalog")
machine("ooo-es-headerless", "2027-02-04 17:20", "customercare",
        simple_autoreply("ooo-es-headerless", d7, "Alma Quintero", "almaquintero@netins.net", 900,
                         "Re: correo [CC-2027-02-00079]",
                         "Gracias por su mensaje.\n\nEstoy de viaje en México hasta el 22 de febrero y reviso mi "
                         "correo muy poco. Le contestaré a mi regreso.\n\nSaludos,\nAlma\n", "smallisp",
                         auto_sub=False, charset="iso-8859-1"),
        "automated: auto-reply", "vacation-es-no-auto-submitted", answers=d7.label, lang="es",
        program="ISP vacation responder", note="Spanish vacation notice with no Auto-Submitted header "
                                              "(LABELS: headerless auto-replies are automated); subject looks "
                                              "like a reply")

# --- bounce: mailbox full
d8 = D("CC-2027-02-00120", "2027-02-04 16:40", "Della Framke", "dframke1948@yahoo.com",
       "Re: catalog [CC-2027-02-00120]",
       """Hi Della,

You asked us to stop the catalog and the mailers. Do you want us to stop
our e-mail too, or only the paper mail?""", staff="Dwayne")
machine("dsn-mailbox-full", "2027-02-05 02:45", "customercare",
        postfix_dsn("dsn-mailbox-full", d8, 300, "5.2.2",
                    "host mta6.am0.yahoodns.net[67.195.204.72] said: 552 1.2.2 The email account that you tried "
                    "to reach is over quota (in reply to end of DATA command)",
                    "mta6.am0.yahoodns.net",
                    code="smtp; 552 1.2.2 The email account that you tried to reach is over quota"),
        "automated: bounce", "postfix-dsn-over-quota", answers=d8.label, program="Postfix (out1)",
        note="DSN: our desk question could not be delivered (recipient over quota): automated")

# --- loop 1: auto-reply to the bot acknowledgement
a9 = ack("CC-2027-02-00229", "2027-02-05 13:58", "Bill Kuehl", "office@kuehlseed.com", "February 5, 2027")
machine("loop-ack-autoresponder", "2027-02-05 14:00", "customercare",
        simple_autoreply("loop-ack-autoresponder", a9, "Kuehl Seed & Feed", "office@kuehlseed.com", 40,
                         "Re: We received your request [CC-2027-02-00229]",
                         "Thank you for contacting Kuehl Seed & Feed!\n\nOur office hours are Monday-Friday "
                         "7:30-5:00 and Saturday 8:00-noon. We will get back to you as soon as possible.\n\n"
                         "For seed orders call 563-555-0171.\n", "smallisp", auto_sub=True,
                         extra=["X-Autoreply: yes", "Precedence: auto_reply"], charset="us-ascii", env_null=True),
        "automated: auto-reply (loop)", "autoresponder-to-bot-ack", answers=a9.label,
        program="hosting autoresponder", note="LOOP TRAP: a business autoresponder answering our bot "
                                              "acknowledgement: automated, never acknowledged")

# --- cold sales
machine("cold-sales-ai-triage", "2027-02-06 09:10", "customercare",
        generic("cold-sales-ai-triage", "2027-02-06 09:10", "customercare", "bounces@mail.optoutly.io",
                "o12.mail.optoutly.io", "149.72.40.12",
                auth_results("optoutly.io", "mail.optoutly.io", "optoutly.io"),
                [lambda r, s: dkim_sig(r, "optoutly.io", "s1", "From:To:Subject:Date:List-Unsubscribe", s,
                                       darn=False),
                 "From: Brianna Kolb <brianna@optoutly.io>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Alliant's opt-out backlog (quick idea)",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=-5),
                 lambda r, s: "Message-ID: <%s@optoutly.io>" % uuid4(r),
                 "List-Unsubscribe: <https://optoutly.io/u/9f2c1>",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "Hi there,\n\nSaw that Alliant routes privacy opt-outs through a shared inbox. Most utilities "
                    "we talk to spend 20+ hours a week reading \"stop sending me the catalog\" emails and "
                    "chasing customers with follow-up questions (\"which address?\", \"paper or email?\").\n\n"
                    "Optoutly reads those replies, matches them to the customer record and pushes suppressions "
                    "to your mail house automatically. Midwest Gas & Light cut their backlog by 81% in six "
                    "weeks.\n\nWorth 15 minutes next week? Here's my calendar: https://optoutly.io/meet/brianna\n"
                    "\nBrianna Kolb\nAccount Executive, Optoutly\n\nNot the right person? Reply \"no\" and I "
                    "won't follow up.\n", "plain", "utf-8", "quoted-printable")),
        "automated: cold sales", "saas-cold-outreach", program="sales sequencer",
        note="cold sales pitch quoting opt-out phrases and our clarifying questions: automated (LABELS: cold sales)")

# --- phishing in Spanish
machine("phish-es-suspension", "2027-02-07 04:30", "customercare",
        generic("phish-es-suspension", "2027-02-07 04:30", "customercare", "noreply@alliant-energy-pagos.com",
                "vps-1188.hostmx-srv.net", "45.148.10.77",
                auth_results(None, "alliant-energy-pagos.com", "alliant-energy-pagos.com", spf="pass",
                             dmarc="none"),
                ["From: =?utf-8?Q?Alliant_Energy_=E2=80=93_Atenci=C3=B3n_al_Cliente?= <noreply@alliant-energy-pagos.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: =?utf-8?Q?Aviso_final:_su_servicio_ser=C3=A1_suspendido_en_24_horas?=",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=1),
                 lambda r, s: "Message-ID: <%s@alliant-energy-pagos.com>" % rhex(r, 16),
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(html_doc(
                    '<div style="max-width:560px;margin:auto;background:#fff;padding:20px">'
                    '<h2 style="color:#c00">Aviso de suspensión de servicio</h2>'
                    '<p>Estimado cliente:</p><p>Su último pago no pudo ser procesado. Para evitar la '
                    'desconexión de su servicio eléctrico, actualice su método de pago en las próximas '
                    '<b>24 horas</b>.</p><p><a href="http://alliant-energy-pagos.com/cliente/pago?id=88213" '
                    'style="background:#c00;color:#fff;padding:10px 20px">Pagar ahora</a></p>'
                    '<p style="font-size:11px;color:#777">Si ya realizó su pago, ignore este mensaje.</p></div>',
                    "Aviso"), "html", "utf-8", "base64"),
                spam=8.4),
        "automated: phishing", "phish-es-disconnection", lang="es", program="bulk sender",
        note="Spanish disconnection-threat phishing from a look-alike domain: automated")

# --- internal ticket-system notification
machine("internal-ticket-notify", "2027-02-08 11:41", "customercare",
        generic("internal-ticket-notify", "2027-02-08 11:41", "customercare",
                "servicedesk-noreply@alliant-energy.com", "app03.alliant-energy.com", "10.40.5.33", None,
                ["From: Alliant Energy Service Desk <servicedesk-noreply@alliant-energy.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: [CC-2027-02-00233] Customer reply received - Privacy Desk queue",
                 lambda r, s: "Date: %s" % rfc_date(s),
                 lambda r, s: "Message-ID: <notify.CC-2027-02-00233.%d@app03.alliant-energy.com>" % mk.epoch(s),
                 "Auto-Submitted: auto-generated",
                 "X-Auto-Response-Suppress: All",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "Ticket CC-2027-02-00233 has a new customer reply.\n\n  Queue:      Privacy Desk\n  Status:    "
                    " Reopened (was: Pending customer)\n  Requester:  ashleypruitt22@icloud.com\n  Assigned:   "
                    "(unassigned)\n  SLA due:    2027-02-10 11:40 CST\n\nOpen the ticket: https://servicedesk."
                    "alliant-energy.com/tickets/CC-2027-02-00233\n\nYou are receiving this because customercare@"
                    "alliant-energy.com watches the Privacy Desk queue.\n", "plain", "us-ascii", "7bit"),
                tls=False),
        "automated: notification", "internal-ticket-reopened", answers="-", program="ticket system",
        note="our own ticket system's notice that a customer replied (names an opt-out ticket): automated")

# --- read receipt (Thunderbird)
d13 = D("CC-2027-02-00157", "2027-02-08 11:55", "Orville Tjaden", "otjaden@netins.net",
        "Re: sharing [CC-2027-02-00157]",
        """Hi Orville,

Your name is now on the PowerHouse Catalog's do-not-share list. Is there
anything else we can help with?""", staff="Kristin", box="powerhousecatalog")
machine("mdn-thunderbird", "2027-02-08 12:10", "customercare",
        mdn("mdn-thunderbird", d13, 900, "Orville Tjaden", "otjaden@netins.net", "thunderbird", "smallisp"),
        "automated: read receipt", "thunderbird-return-receipt", answers=d13.label, program="Thunderbird",
        note="Thunderbird return receipt for a desk confirmation: automated")

# --- bounce: delay warning
d14 = D("CC-2027-02-00183", "2027-02-08 16:55", "Glen Harnack", "gharnack@frontiernet.net",
        "Re: mailers [CC-2027-02-00183]",
        """Hi Glen,

You asked us to stop the mailers. Are you the account holder at 77 Prairie
View Dr?""", staff="Marcy")
machine("dsn-delay-warning", "2027-02-09 08:00", "customercare",
        postfix_dsn("dsn-delay-warning", d14, 14700, "4.4.1",
                    "connect to mx.frontiernet.net[74.40.118.4]:25: Connection timed out", None, warn=True),
        "automated: bounce", "postfix-delay-warning", answers=d14.label, program="Postfix (out1)",
        note="delay warning ('THIS IS A WARNING ONLY') for a desk question: automated")

# --- Gmail vacation responder
d15 = D("CC-2027-02-00192", "2027-02-09 13:20", "Kim Sorensen", "kimsorensen.ia@gmail.com",
        "Re: emails [CC-2027-02-00192]",
        """Hi Kim,

Do you want us to stop e-mail, paper, or both?""", staff="Tom")
machine("vacation-gmail", "2027-02-09 13:30", "customercare",
        simple_autoreply("vacation-gmail", d15, "Kim Sorensen", "kimsorensen.ia@gmail.com", 600,
                         "Re: emails [CC-2027-02-00192]",
                         "Hi! I'm on a cruise with no internet until Feb 16th. I'll get back to you when I'm "
                         "home and caught up.\n\nKim\n", "gmail", auto_sub=True),
        "automated: auto-reply", "gmail-vacation-responder", answers=d15.label, program="Gmail vacation",
        note="Gmail vacation responder to a desk question (Auto-Submitted: auto-replied): automated, not an "
             "answer")

# --- phishing: DocuSign look-alike
machine("phish-docusign", "2027-02-10 05:20", "powerhousecatalog",
        generic("phish-docusign", "2027-02-10 05:20", "powerhousecatalog", "dse@docusign-envelope.net",
                "mail.docusign-envelope.net", "193.233.21.9",
                auth_results(None, "docusign-envelope.net", "docusign-envelope.net", spf="pass", dmarc="none"),
                ["From: \"Alliant Energy Privacy Desk via DocuSign\" <dse@docusign-envelope.net>",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Subject: Please DocuSign: 2027 Catalog List Exchange Agreement.pdf",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 lambda r, s: "Message-ID: <%s@docusign-envelope.net>" % uuid4(r),
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(html_doc(
                    '<div style="max-width:600px;margin:auto;background:#fff"><div style="background:#1e4e9c;'
                    'color:#fff;padding:30px;text-align:center"><p>Alliant Energy Privacy Desk sent you a '
                    'document to review and sign.</p><a href="https://docusign-envelope.net/Signing/?ti=7f21c0e'
                    '" style="background:#ffc820;color:#000;padding:10px 24px">REVIEW DOCUMENT</a></div>'
                    '<div style="padding:20px"><p><b>Alliant Energy Privacy Desk</b></p><p>Please review the '
                    '2027 list exchange agreement and the do-not-share exceptions before Friday.</p>'
                    '<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a '
                    'secure link to DocuSign.</p></div></div>', "DocuSign"), "html", "utf-8",
                    "quoted-printable"),
                spam=6.2),
        "automated: phishing", "phish-docusign-lookalike", program="bulk sender",
        note="DocuSign look-alike phishing that says 'do-not-share' and names our desk: automated")

# --- calendar invitation
CAL = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Theresa Gaul:mailto:tgaul@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare
 @alliant-energy.com:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhouse
 catalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Weekly look at the open Privacy Desk tickets wait
 ing on customer answers (which address / paper or e-mail / account holder
 ). Bring the list of tickets older than 10 business days.\\n
UID:040000008200E00074C5B7101A82E00800000000%s
SUMMARY;LANGUAGE=en-US:Privacy Desk - pending customer answers review
DTSTART;TZID=Central Standard Time:20270216T100000
DTEND;TZID=Central Standard Time:20270216T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270210T220000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU
END:VEVENT
END:VCALENDAR
"""
machine("calendar-invite", "2027-02-10 16:00", "customercare",
        generic("calendar-invite", "2027-02-10 16:00", "customercare", "tgaul@alliant-energy.com",
                "mbx02.alliant-energy.com", "10.40.2.21", None,
                ["From: Theresa Gaul <tgaul@alliant-energy.com>",
                 "To: customercare@alliant-energy.com, powerhousecatalog@alliant-energy.com",
                 "Subject: Privacy Desk - pending customer answers review",
                 "Thread-Topic: Privacy Desk - pending customer answers review",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 lambda r, s: "Message-ID: <%s@mbx02.alliant-energy.com>" % rhex(r, 32, True),
                 "Content-Language: en-US",
                 "X-MS-Has-Attach:",
                 "X-MS-TNEF-Correlator:",
                 "MIME-Version: 1.0"],
                lambda r: mk.multipart("alternative", "_002_%s_" % rhex(r, 30, True), [
                    mk.text_part("Weekly look at the open Privacy Desk tickets waiting on customer answers "
                                 "(which address / paper or e-mail / account holder). Bring the list of tickets "
                                 "older than 10 business days.\n\n____________\nMicrosoft Teams meeting\nJoin: "
                                 "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Fm\nMeeting ID: 231 "
                                 "884 917 04\n", "plain", "utf-8", "quoted-printable"),
                    mk.text_part(CAL % rhex(r, 48, True), "calendar", "utf-8", "base64",
                                 extra_ct='; method=REQUEST')]),
                tls=False),
        "automated: calendar invitation", "exchange-meeting-request", program="Exchange",
        note="internal meeting request (text/calendar) about tickets awaiting customer answers: automated")

# --- challenge-response
d18 = D("CC-2027-02-00206", "2027-02-11 09:12", "Walt Hemesath", "walt@hemesathfarms.net",
        "Re: catalog [CC-2027-02-00206]",
        """Hi Walt,

Could you send the name on the catalog label so we find the right record?""", staff="Kristin",
        box="powerhousecatalog")
machine("challenge-response", "2027-02-11 09:30", "customercare",
        generic("challenge-response", "2027-02-11 09:30", "customercare", "verify@mailguardian.net",
                "out2.mailguardian.net", "104.152.4.61",
                auth_results("mailguardian.net", "mailguardian.net", "mailguardian.net"),
                [lambda r, s: dkim_sig(r, "mailguardian.net", "mg", "From:To:Subject:Date", s, darn=False),
                 "From: \"Walt Hemesath (via MailGuardian)\" <verify@mailguardian.net>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Please verify your message to walt@hemesathfarms.net",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=-5),
                 lambda r, s: "Message-ID: <cr-%s@mailguardian.net>" % rhex(r, 20),
                 "In-Reply-To: %s" % d18.msgid,
                 "Auto-Submitted: auto-replied",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "Hello,\n\nYou recently sent a message to walt@hemesathfarms.net with the subject:\n\n  "
                    "\"Re: catalog [CC-2027-02-00206]\"\n\nWalt uses MailGuardian to block spam. Your message is "
                    "being held until you verify that you are a real person. It only takes a second and you only "
                    "have to do it once:\n\n  https://mailguardian.net/verify?k=%s\n\nIf you do not verify "
                    "within 7 days your message will be deleted.\n\n-- MailGuardian, spam protection for "
                    "real people\n" % rstr(r, 22), "plain", "us-ascii", "7bit")),
        "automated: challenge-response", "challenge-response-verify", answers=d18.label,
        program="MailGuardian", note="challenge-response system holding a desk reply: automated")

# --- loop 2: Outlook OOO to the bot acknowledgement
a19 = ack("CC-2027-02-00243", "2027-02-11 18:44", "Nicole Brandau", "nbrandau@unitypointclinic.org",
          "February 11, 2027")
machine("loop-ack-exchange-ooo", "2027-02-11 18:45", "customercare",
        exchange_ooo("loop-ack-exchange-ooo", a19, "Nicole Brandau", "nbrandau@unitypointclinic.org",
                     "unitypointclinic.org", 31,
                     "Thank you for your email. I am out of the office on medical leave and will return "
                     "Monday, March 1.\n\nIf this is about a patient, please call the clinic front desk at "
                     "319-555-0114.\n\nNicole Brandau, RN"),
        "automated: auto-reply (loop)", "exchange-ooo-to-bot-ack", answers=a19.label,
        program="Exchange Online", note="LOOP TRAP: an out-of-office answering our bot acknowledgement: automated")

# --- list digest
machine("list-digest", "2027-02-12 07:40", "customercare",
        generic("list-digest", "2027-02-12 07:40", "customercare",
                "utilprivacy-bounces+customercare=alliant-energy.com@lists.uprivforum.org",
                "lists.uprivforum.org", "162.243.88.14",
                auth_results("uprivforum.org", "lists.uprivforum.org", "uprivforum.org"),
                ["From: utilprivacy-request@lists.uprivforum.org",
                 "Subject: UtilPrivacy Digest, Vol 12, Issue 6",
                 "To: customercare@alliant-energy.com",
                 "Reply-To: utilprivacy@lists.uprivforum.org",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=-5),
                 lambda r, s: "Message-ID: <mailman.%d.%d.utilprivacy@lists.uprivforum.org>" % (
                     r.randint(100, 999), mk.epoch(s)),
                 "X-BeenThere: utilprivacy@lists.uprivforum.org",
                 "X-Mailman-Version: 2.1.39",
                 "Precedence: list",
                 "List-Id: Utility Privacy Practitioners <utilprivacy.lists.uprivforum.org>",
                 "List-Unsubscribe: <https://lists.uprivforum.org/mailman/options/utilprivacy>,\r\n"
                 " <mailto:utilprivacy-request@lists.uprivforum.org?subject=unsubscribe>",
                 "List-Post: <mailto:utilprivacy@lists.uprivforum.org>",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "Send UtilPrivacy mailing list submissions to\n\tutilprivacy@lists.uprivforum.org\n\n"
                    "Today's Topics:\n\n   1. Re: \"Paper or e-mail?\" follow-ups - worth it? (Dana Kline)\n"
                    "   2. Catalog list rental and state opt-out laws (R. Okafor)\n\n"
                    "----------------------------------------------------------------------\n\nMessage: 1\n"
                    "Date: Thu, 11 Feb 2027 14:02:11 -0500\nFrom: Dana Kline <dkline@example-coop.org>\n"
                    "Subject: Re: \"Paper or e-mail?\" follow-ups - worth it?\n\nWe stopped asking. Half the "
                    "customers never answer and the other half say \"both\". We now\napply the opt-out to every "
                    "channel unless they named one.\n\n------------------------------\n\nMessage: 2\nDate: Thu, "
                    "11 Feb 2027 16:40:55 -0600\nFrom: R. Okafor <rokafor@example-power.com>\nSubject: Catalog "
                    "list rental and state opt-out laws\n\nDoes anyone treat \"don't share my name\" as a "
                    "do-not-sell request under the new\nstate laws, or only as a list-rental suppression?\n\n"
                    "------------------------------\n\nEnd of UtilPrivacy Digest, Vol 12, Issue 6\n"
                    "**********************************************\n", "plain", "us-ascii", "7bit")),
        "automated: list mail", "mailman-digest", program="Mailman 2.1",
        note="mailing-list digest whose posts discuss opt-outs and 'don't share my name': list traffic, "
             "automated")

# --- bounce: Exchange NDR (person left the company)
d21 = D("CC-2027-02-00249", "2027-02-12 16:05", "Todd Ketelsen", "tketelsen@ketelsenandsons.com",
        "Re: catalog to the shop [CC-2027-02-00249]",
        """Hi Todd,

You asked us to stop the catalog at the shop. Which name is on the label:
Ketelsen & Sons, or yours?""", staff="Dwayne")
machine("ndr-exchange", "2027-02-13 22:10", "customercare",
        exchange_ndr("ndr-exchange", d21, 7, "ketelsenandsons.com", "ketelsenandsons.onmicrosoft.com"),
        "automated: bounce", "exchange-ndr-recipient-not-found", answers=d21.label, program="Exchange Online",
        note="Exchange non-delivery report for a desk question (recipient no longer exists): automated")

# --- phishing: refund
machine("phish-refund", "2027-02-15 06:00", "customercare",
        generic("phish-refund", "2027-02-15 06:00", "customercare", "info@refund-alliantenergy.co",
                "smtp.refund-alliantenergy.co", "91.92.251.30",
                auth_results(None, "refund-alliantenergy.co", None, spf="neutral"),
                ["From: Alliant Energy Billing <info@refund-alliantenergy.co>",
                 "To: customercare@alliant-energy.com",
                 "Subject: You have a pending refund of $84.12",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=2),
                 lambda r, s: "Message-ID: <%s.%s@refund-alliantenergy.co>" % (rhex(r, 8), rhex(r, 8)),
                 "MIME-Version: 1.0"],
                lambda r: mk.multipart("alternative", "----=_Part_%d" % r.randint(10 ** 6, 10 ** 7), [
                    mk.text_part("After the last annual calculation of your account activity we have determined "
                                 "that you are eligible to receive a refund of $84.12.\nSubmit the refund form at "
                                 "http://refund-alliantenergy.co/claim within 48 hours.\n", "plain", "utf-8",
                                 "base64"),
                    mk.text_part(html_doc('<div style="padding:30px;background:#fff"><h1>Refund notice</h1>'
                                          '<p>You are eligible to receive a refund of <b>$84.12</b>.</p><p>'
                                          '<a href="http://refund-alliantenergy.co/claim">Claim your refund</a>'
                                          '</p></div>'), "html", "utf-8", "base64")]),
                spam=9.1),
        "automated: phishing", "phish-refund-lookalike", program="bulk sender",
        note="refund phishing from a look-alike domain: automated")

# --- ticket-system auto-reply (Zendesk-like, no Auto-Submitted)
d23 = D("CC-2027-02-00274", "2027-02-15 12:25", "Riverbend Apartments", "help@riverbendliving.com",
        "Re: resident mail [CC-2027-02-00274]",
        """Hello,

You asked us to stop our promotional mail to the residents at 2500
Riverbend Dr. Each resident holds their own account; could you tell us
who the request is for?""", staff="Tom")
machine("ticket-autoack-zendesk", "2027-02-15 12:26", "customercare",
        generic("ticket-autoack-zendesk", "2027-02-15 12:26", "customercare",
                "support+id2291047@riverbendliving.zendesk.com", "outbyip7.pod17.use1.zdsys.com",
                "192.161.151.7",
                auth_results("zendesk.com", "riverbendliving.zendesk.com", "riverbendliving.com"),
                [lambda r, s: dkim_sig(r, "zendesk.com", "zendesk1", "From:To:Subject:Date:Message-ID", s,
                                       darn=False),
                 "From: Riverbend Living <help@riverbendliving.com>",
                 "Reply-To: Riverbend Living <support+id2291047@riverbendliving.zendesk.com>",
                 "To: Alliant Energy Privacy Desk <customercare@alliant-energy.com>",
                 "Subject: Request received: Re: resident mail [CC-2027-02-00274]",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 lambda r, s: "Message-ID: <%s_%s_sprut@zendesk.com>" % (rstr(r, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                                    rhex(r, 6)),
                 "In-Reply-To: %s" % d23.msgid,
                 "X-Mailer: Zendesk Mailer",
                 "X-Zendesk-From-Account-Id: 8b41a2",
                 "MIME-Version: 1.0"],
                lambda r: mk.multipart("alternative", "--==_mimepart_%s_%d" % (rhex(r, 13), r.randint(1000, 9999)), [
                    mk.text_part("##- Please type your reply above this line -##\n\nYour request (2291047) has "
                                 "been received and is being reviewed by our resident services team.\n\nTo add "
                                 "additional comments, reply to this email.\n\nRiverbend Living Resident Services"
                                 "\n\n[6Q2ZJR-8N4W]", "plain", "UTF-8", "quoted-printable"),
                    mk.text_part('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
                                 '<p>Your request (2291047) has been received and is being reviewed by our '
                                 'resident services team.</p><p>To add additional comments, reply to this '
                                 'email.</p><p>Riverbend Living Resident Services</p>', "html", "UTF-8",
                                 "quoted-printable")])),
        "automated: ticket auto-reply", "zendesk-request-received", answers=d23.label, program="Zendesk",
        note="a landlord's Zendesk auto-acknowledges our desk question, with no Auto-Submitted header: still "
             "automated (ticket system)")

# --- read receipt: deleted without being read
d24 = D("CC-2027-02-00280", "2027-02-15 14:40", "Sheila Vanderlinden", "svanderlinden@mchsi.com",
        "Re: privacy [CC-2027-02-00280]",
        """Hi Sheila,

Just to confirm: you want the catalog to keep coming, but your name kept
off the lists shared with other companies?""", staff="Kristin", box="powerhousecatalog")
machine("mdn-not-read", "2027-02-16 10:00", "customercare",
        mdn("mdn-not-read", d24, 69000, "Sheila Vanderlinden", "svanderlinden@mchsi.com", "outlook_notread",
            "smallisp"),
        "automated: read receipt", "outlook-not-read-deleted", answers=d24.label, program="Outlook 16",
        note="Outlook 'Not read: deleted without being read' receipt for a desk question: automated")

# --- vendor: CRM scheduled report
machine("crm-scheduled-report", "2027-02-17 07:15", "customercare",
        generic("crm-scheduled-report", "2027-02-17 07:15", "customercare", "reports@notify.prairiecrm.com",
                "o3.notify.prairiecrm.com", "167.89.101.3",
                auth_results("prairiecrm.com", "notify.prairiecrm.com", "prairiecrm.com"),
                [lambda r, s: dkim_sig(r, "prairiecrm.com", "s1", "From:To:Subject:Date", s, darn=False),
                 "From: PrairieCRM Reports <reports@notify.prairiecrm.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Scheduled report ready: Privacy opt-outs - weekly (CSV)",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 lambda r, s: "Message-ID: <%s@notify.prairiecrm.com>" % uuid4(r),
                 "Auto-Submitted: auto-generated",
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(
                    "Your scheduled report is ready.\n\nReport:    Privacy opt-outs - weekly\nRange:     "
                    "2027-02-08 to 2027-02-14\nRows:      187 (marketing opt-out 121, do-not-share 49, "
                    "opt-in 17)\nFormat:    CSV\n\nDownload (link expires in 7 days):\nhttps://app.prairiecrm."
                    "com/reports/dl/%s\n\nManage scheduled reports: https://app.prairiecrm.com/reports/"
                    "schedules\n" % rhex(r, 24), "plain", "us-ascii", "7bit")),
        "automated: vendor notice", "crm-report-ready", program="CRM scheduler",
        note="CRM export notice counting opt-outs and do-not-share rows: system mail, automated")

# --- "no longer monitored", headerless
d26 = D("CC-2027-02-00289", "2027-02-18 09:02", "Jill Ostendorf", "jostendorf@cfmotorsales.com",
        "Re: dealership mail [CC-2027-02-00289]",
        """Hi Jill,

You asked us to stop the advertising mail to the dealership. Is this for
both the sales building and the service shop?""", staff="Marcy")
machine("no-longer-monitored", "2027-02-18 09:10", "customercare",
        simple_autoreply("no-longer-monitored", d26, "Jill Ostendorf", "jostendorf@cfmotorsales.com", 25,
                         "Re: dealership mail [CC-2027-02-00289]",
                         "This mailbox is no longer monitored. Jill Ostendorf is no longer with CF Motor Sales.\n"
                         "\nFor sales please email sales@cfmotorsales.com, for service call 319-555-0176.\n",
                         "smallisp", auto_sub=False, charset="us-ascii"),
        "automated: auto-reply", "no-longer-monitored-headerless", answers=d26.label, program="server rule",
        note="'this mailbox is no longer monitored' without Auto-Submitted (LABELS: headerless auto-replies "
             "are automated)")

# --- phishing: mailbox storage
machine("phish-storage", "2027-02-19 03:30", "powerhousecatalog",
        generic("phish-storage", "2027-02-19 03:30", "powerhousecatalog", "it-helpdesk@alliant-energy.com.mbx-quota.net",
                "mbx-quota.net", "5.181.80.12",
                auth_results(None, "alliant-energy.com.mbx-quota.net", None, spf="none"),
                ["From: \"IT Helpdesk\" <it-helpdesk@alliant-energy.com.mbx-quota.net>",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Subject: powerhousecatalog mailbox 98% full - incoming customer mail on hold",
                 lambda r, s: "Date: %s" % rfc_date(s, tz_hours=0),
                 lambda r, s: "Message-ID: <%s@mbx-quota.net>" % rhex(r, 18),
                 "MIME-Version: 1.0"],
                lambda r: mk.text_part(html_doc(
                    '<div style="padding:24px;background:#fff;max-width:520px"><p>Your mailbox <b>powerhouse'
                    'catalog@alliant-energy.com</b> has reached 98% of its storage limit. <b>37 incoming '
                    'messages</b> are on hold.</p><p><a href="https://mbx-quota.net/owa/alliant-energy.com/'
                    'release">Release held messages</a></p><p style="font-size:11px">IT Helpdesk</p></div>'),
                    "html", "utf-8", "quoted-printable"),
                spam=7.2),
        "automated: phishing", "phish-mailbox-quota", program="bulk sender",
        note="mailbox-quota phishing aimed at the catalog mailbox: automated")

# --- Yahoo vacation in Spanish, Auto-Submitted
d28 = D("CC-2027-02-00312", "2027-02-19 16:45", "Reyna Castañeda", "reynacastaneda@yahoo.com",
        "Re: publicidad [CC-2027-02-00312]",
        """Hola Sra. Castañeda:

Nos pidió que dejemos de enviarle publicidad. ¿Quiere que dejemos de
mandarle los correos electrónicos, el correo en papel, o las dos cosas?""", staff="Lupe", lang="es")
machine("vacation-yahoo-es", "2027-02-20 17:20", "customercare",
        simple_autoreply("vacation-yahoo-es", d28, "Reyna Castañeda", "reynacastaneda@yahoo.com", 45,
                         "Respuesta automática: Re: publicidad [CC-2027-02-00312]",
                         "Hola, estoy fuera de la ciudad hasta el 1 de marzo. Si es urgente llame al "
                         "563-555-0192.\nGracias,\nReyna\n", "yahoo", auto_sub=True),
        "automated: auto-reply", "yahoo-vacation-es", answers=d28.label, lang="es", program="Yahoo vacation",
        note="Spanish Yahoo vacation reply to a desk question (Auto-Submitted): automated")


# --- an inbox-cleaning service unsubscribing for a person (a person's opt-out; Auto-Submitted -> no ack)
def inbox_cleaner():
    key = "inboxtidy-unsub"
    rng = mk.rng_for(key)
    sent = mk.t("2027-02-17 10:05")
    hdrs = [dkim_sig(rng, "inboxtidy.app", "it1", "From:To:Subject:Date:Message-ID:Auto-Submitted", sent,
                     darn=False),
            "From: InboxTidy Unsubscribe <unsubscribe@inboxtidy.app>",
            "To: customercare@alliant-energy.com",
            "Subject: unsubscribe",
            "Date: %s" % rfc_date(sent, tz_hours=0),
            "Message-ID: <unsub.%s@inboxtidy.app>" % rhex(rng, 20),
            "Auto-Submitted: auto-generated",
            "X-InboxTidy-User: u_%s" % rhex(rng, 10),
            "MIME-Version: 1.0"]
    root = mk.text_part("This unsubscribe request was sent by InboxTidy on behalf of one of our users, who chose "
                        "to unsubscribe from\n\"Hot water for less: $300 back on a heat pump water heater\" "
                        "(List-Unsubscribe: mailto:customercare@alliant-energy.com?subject=unsubscribe).\n\n"
                        "Please remove the subscriber from this mailing list.\n"
                        "Subscriber: jlentz@gmail.com\n", "plain", "us-ascii", "7bit")
    auth = auth_results("inboxtidy.app", "inboxtidy.app", "inboxtidy.app", bsig=rstr(rng, 8))
    return assemble(rng, "customercare", "bounces@inboxtidy.app", plus(sent, 4), "mta1.inboxtidy.app",
                    "34.212.88.19", auth, hdrs, root)


machine("inboxtidy-unsub", "2027-02-17 10:05", "customercare", inbox_cleaner,
        "List-Unsubscribe mailto (inbox-cleaning service)", "inbox-cleaner-unsubscribe", answers=PROMO_HPWH.label,
        program="InboxTidy", human=dict(labels=["marketing_opt_out"], ent={}, ack_to=None,
                                         note="an inbox-cleaning service unsubscribes a user from our promotion "
                                              "via List-Unsubscribe: a person's marketing opt-out (LABELS: "
                                              "software for a person), ack_to null because it carries "
                                              "Auto-Submitted"))
