# -*- coding: utf-8 -*-
"""The machine mail of the set: auto-replies, bounces, newsletters sent to us, vendor notices, spam, phishing."""
import datetime
import random

import clients
import files
import mime
import ours
from clients import rb64, rhex, ralnum, uuid
from ours import CDT

UTC = datetime.timezone.utc
MACH = []


def M(id, mb, lang, program, date, cat, note, answers=None, subject=""):
    def deco(fn):
        MACH.append(dict(id=id, mb=mb, lang=lang, program=program, date=date, cat=cat, note=note, fn=fn,
                         answers=answers, subject=subject))
        return fn
    return deco


def when_of(date, rng):
    md, hm = date.split(" ")
    mo, d = map(int, md.split("-"))
    h, mi = map(int, hm.split(":"))
    return datetime.datetime(2026, mo, d, h, mi, rng.randrange(0, 60), tzinfo=CDT)


def mx(rng, host, ip, when, rcpt, esmtps=True, qid=None):
    arr = when + datetime.timedelta(seconds=rng.randrange(1, 6))
    return ("Received", "from %s (%s [%s])\n\tby mx1.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s (CDT)"
            % (host, host, ip, "ESMTPS" if esmtps else "ESMTP", qid or "4" + ralnum(rng, 11), rcpt,
               mime.fmt_date(arr)))


def ours_headers(inst, rng, mta_when=None):
    """Header block of one of our outgoing messages, as a bounce quotes it."""
    w = mta_when or inst["date"]
    h = ["Return-Path: <%s>" % inst["from_addr"],
         "Received: from mta{0}.alliant-energy.com (mta{0}.alliant-energy.com [198.51.100.%d])".format(
             rng.randrange(1, 5)) % rng.randrange(10, 40),
         "\tby %s with ESMTPS id %s" % ("smtp-out.alliant-energy.com", ralnum(rng, 12)),
         "\tfor <%s>; %s" % (inst["to"], mime.fmt_date(w)),
         "From: %s <%s>" % (inst["from_name"], inst["from_addr"]),
         "To: %s" % inst["to"],
         "Subject: %s" % mime.enc_header_text(inst["subject"]),
         "Date: %s" % mime.fmt_date(inst["date"]),
         "Message-ID: %s" % inst["msgid"]]
    if inst.get("list_unsub"):
        h.append("List-Unsubscribe: %s" % inst["list_unsub"])
    if inst["key"] == "ack":
        h.append("Auto-Submitted: auto-replied")
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return "\n".join(h) + "\n"


def ours_full(inst, rng):
    return ours_headers(inst, rng) + "\n" + inst["text"] + "\n"


def std(hdrs_top, part):
    return mime.message(hdrs_top, part)


# ================================================================== auto-replies
@M("M01", "cc", "en", "Exchange Online (out-of-office)", "10-20 10:31", "auto-reply",
   "Outlook out-of-office answering the furnace promotion (Auto-Submitted: auto-generated, X-Auto-Response-Suppress). "
   "Automated, never acknowledged.", answers="furnace")
def m01(rng, rcpt, when):
    inst = ours.instance("furnace", "jlundgren@cedarvalleyclinic.org", rng, first="Jessica")
    text = ("I am out of the office October 19-23 with limited access to email. For scheduling or billing questions "
            "please call the front desk at (319) 555-0100.\n\nThank you,\nJessica Lundgren\nOffice Manager, Cedar "
            "Valley Family Clinic\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">%s</div></body></html>\n'
            % mime.text_to_html_lines(text))
    alt = mime.multipart("alternative", [mime.text_part_q(text, "plain", "us-ascii", "7bit"),
                                         mime.text_part_q(html, "html", "us-ascii", "7bit")],
                         "_000_" + ralnum(rng, 42, True) + "_")
    lh = "SA1PR%02dMB%04d.namprd%02d.prod.outlook.com" % (rng.randrange(1, 20), rng.randrange(1000, 9999), rng.randrange(2, 22))
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "mail-dm6nam12on2%03d.outbound.protection.outlook.com" % rng.randrange(40, 240),
            "40.107.%d.%d" % (rng.randrange(200, 245), rng.randrange(2, 250)), when, rcpt),
         ("From", "Jessica Lundgren <jlundgren@cedarvalleyclinic.org>"),
         ("To", "Alliant Energy <customercare@alliant-energy.com>"),
         ("Subject", "Automatic reply: " + inst["subject"]),
         ("Thread-Topic", inst["subject"]),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@%s>" % (rhex(rng, 32), lh)),
         ("References", inst["msgid"]), ("In-Reply-To", inst["msgid"]),
         ("Auto-Submitted", "auto-generated"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "jlundgren@cedarvalleyclinic.org"),
         ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M02", "cc", "en", "Gmail vacation responder", "10-27 09:16", "auto-reply",
   "Gmail vacation responder to the community solar promotion; Auto-Submitted: auto-replied. Automated.",
   answers="solar")
def m02(rng, rcpt, when):
    inst = ours.instance("solar", "sandy.pedersen.ia@gmail.com", rng, first="Sandy")
    text = ("Hi! I'm on a road trip out west until November 2 and only checking email now and then. I'll get back "
            "to you when I'm home.\n\n-- Sandy\n")
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8"),
                                         mime.text_part('<div dir="ltr">%s</div>\n' % mime.text_to_html_lines(text),
                                                        "html", "UTF-8")],
                         "000000000000" + rhex(rng, 16))
    h = [("Return-Path", "<sandy.pedersen.ia@gmail.com>"), ("Delivered-To", rcpt),
         mx(rng, "mail-yw1-f%d.google.com" % rng.randrange(41, 200), "209.85.128.%d" % rng.randrange(2, 250),
            when, rcpt),
         ("DKIM-Signature", clients.dkim(rng, "gmail.com", "20230601", "mime-version:references:in-reply-to:"
                                          "auto-submitted:from:date:message-id:subject:to")),
         ("MIME-Version", "1.0"),
         ("References", inst["msgid"]), ("In-Reply-To", inst["msgid"]),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Sandy Pedersen <sandy.pedersen.ia@gmail.com>"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<CA+%s@mail.gmail.com>" % rb64(rng, 44).replace("/", "_")),
         ("Subject", "Out of town until Nov 2"),
         ("To", "customercare@alliant-energy.com")]
    return std(h, alt)


@M("M03", "cc", "en", "small-business server (no auto-reply headers)", "10-27 09:18", "auto-reply",
   "'This mailbox is no longer monitored' answering the solar promotion, without Auto-Submitted or Precedence: a "
   "headerless auto-reply is still automated (rulebook). Its 'please send ... to' is not a request to us.",
   answers="solar")
def m03(rng, rcpt, when):
    inst = ours.instance("solar", "info@riverbendvet.com", rng)
    text = ("This mailbox is no longer monitored.\n\nRiverbend Veterinary Clinic has moved to a new email system. "
            "Please send correspondence to frontdesk@riverbend-vet.com or call us at (563) 555-0133.\n\n"
            "Thank you!\nRiverbend Veterinary Clinic\n")
    h = [("Return-Path", "<info@riverbendvet.com>"), ("Delivered-To", rcpt),
         mx(rng, "mail.riverbendvet.com", "71.%d.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255),
                                                          rng.randrange(2, 250)), when, rcpt),
         ("From", "info@riverbendvet.com"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Re: " + inst["subject"]),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s.%d@riverbendvet.com>" % (rhex(rng, 12), rng.randrange(1000, 9999))),
         ("In-Reply-To", inst["msgid"]),
         ("X-Mailer", "hMailServer 5.6.8"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(text, "plain", "us-ascii", "7bit"))


@M("M04", "cc", "es", "Exchange Online (out-of-office, Spanish)", "10-20 10:32", "auto-reply",
   "Spanish Outlook out-of-office to the furnace promotion. Automated.", answers="furnace")
def m04(rng, rcpt, when):
    inst = ours.instance("furnace", "gochoa@coopdelvalle.org", rng, first="Gabriela")
    text = ("Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 26 de octubre, con acceso limitado "
            "al correo.\n\nPara asuntos urgentes, comuníquese con Mario Ibarra a mibarra@coopdelvalle.org.\n\n"
            "Saludos,\nGabriela Ochoa\nCooperativa del Valle\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">%s</div></body></html>\n'
            % mime.text_to_html_lines(text))
    alt = mime.multipart("alternative", [mime.text_part_q(text, "plain", "iso-8859-1", "quoted-printable"),
                                         mime.text_part_q(html, "html", "iso-8859-1", "quoted-printable")],
                         "_000_" + ralnum(rng, 42, True) + "_")
    lh = "CH3PR%02dMB%04d.namprd%02d.prod.outlook.com" % (rng.randrange(1, 20), rng.randrange(1000, 9999), rng.randrange(2, 22))
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "mail-bn8nam11on2%03d.outbound.protection.outlook.com" % rng.randrange(40, 240),
            "40.107.%d.%d" % (rng.randrange(200, 245), rng.randrange(2, 250)), when, rcpt),
         ("From", "Gabriela Ochoa <gochoa@coopdelvalle.org>"),
         ("To", "Alliant Energy <customercare@alliant-energy.com>"),
         ("Subject", mime.enc_header_text("Respuesta automática: " + inst["subject"], "iso-8859-1")),
         ("Thread-Topic", inst["subject"]),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@%s>" % (rhex(rng, 32), lh)),
         ("References", inst["msgid"]), ("In-Reply-To", inst["msgid"]),
         ("Auto-Submitted", "auto-generated"),
         ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "es-MX"),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M05", "cat", "en", "Yahoo Mail vacation response", "10-23 10:02", "auto-reply",
   "Yahoo vacation response to the new-arrivals catalog e-mail. Automated.", answers="catalog2")
def m05(rng, rcpt, when):
    inst = ours.instance("catalog2", "bev_christensen@yahoo.com", rng)
    text = ("Thank you for your email. I am traveling and will be back home on October 30. I will answer when I "
            "return.\n\nBev\n")
    h = [("Return-Path", "<bev_christensen@yahoo.com>"), ("Delivered-To", rcpt),
         mx(rng, "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (rng.randrange(301, 330), rng.randrange(1, 40)),
            "66.163.%d.%d" % (rng.randrange(184, 191), rng.randrange(2, 250)), when, rcpt),
         ("DKIM-Signature", clients.dkim(rng, "yahoo.com", "s2048", "From:Subject:Date:To:References")),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("From", "Bev Christensen <bev_christensen@yahoo.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7),
                                                      1792000000000 + rng.randrange(0, 10 ** 10))),
         ("In-Reply-To", inst["msgid"]), ("References", inst["msgid"]),
         ("Subject", "Auto Reply: " + inst["subject"]),
         ("Auto-Submitted", "auto-replied"),
         ("Precedence", "bulk"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(text, "plain", "UTF-8", "7bit"))


@M("M06", "cc", "en", "Zendesk", "10-20 10:35", "auto-reply",
   "A company help desk (Zendesk) opened a ticket for our furnace promotion and auto-acknowledged it. Automated, "
   "even though it says 'your request'.", answers="furnace")
def m06(rng, rcpt, when):
    inst = ours.instance("furnace", "support@prairieagsupply.com", rng)
    text = ("##- Please type your reply above this line -##\n\n"
            "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "Prairie Ag Supply Customer Support\nMon-Fri 7am-5pm CT\n\n"
            "This email is a service from Prairie Ag Supply.\n[%s]\n" % ralnum(rng, 6, True) + "-" + ralnum(rng, 5, True))
    html = ('<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            '<p>Your request (48213) has been received and is being reviewed by our support staff.</p>'
            '<p>To add additional comments, reply to this email.</p><p>Prairie Ag Supply Customer Support<br>'
            'Mon-Fri 7am-5pm CT</p></body></html>\n')
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8", "quoted-printable"),
                                         mime.text_part(html, "html", "UTF-8", "quoted-printable")],
                         "--==_mimepart_%s_%s" % (rhex(rng, 13), rhex(rng, 8)))
    h = [("Return-Path", "<support+id48213@prairieagsupply.zendesk.com>"), ("Delivered-To", rcpt),
         mx(rng, "outbyoip%d.pod%d.use1.zdsys.com" % (rng.randrange(1, 30), rng.randrange(10, 30)),
            "192.161.%d.%d" % (rng.randrange(144, 159), rng.randrange(2, 250)), when, rcpt),
         ("DKIM-Signature", clients.dkim(rng, "prairieagsupply.com", "zendesk1", "from:reply-to:to:subject:date")),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("From", "Prairie Ag Supply <support@prairieagsupply.com>"),
         ("Reply-To", "Prairie Ag Supply <support+id48213@prairieagsupply.zendesk.com>"),
         ("To", "Alliant Energy <customercare@alliant-energy.com>"),
         ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (ralnum(rng, 14, True), rhex(rng, 8))),
         ("In-Reply-To", inst["msgid"]),
         ("Subject", "[Prairie Ag Supply] Re: " + inst["subject"]),
         ("Auto-Submitted", "auto-generated"),
         ("X-Mailer", "Zendesk Mailer"),
         ("X-Zendesk-From-Account-Id", rhex(rng, 7)),
         ("MIME-Version", "1.0")]
    return std(h, alt)


# ================================================================== bounces
def dsn_report(rng, reporting, rcpt_addr, action, status, diag, arrival, extra=""):
    return ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; customercare@alliant-energy.com"
            "\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\n"
            "Status: %s\n%sDiagnostic-Code: smtp; %s\n" % (reporting, ralnum(rng, 10, True), mime.fmt_date(arrival),
                                                          rcpt_addr, rcpt_addr, action, status, extra, diag))


@M("M07", "cc", "en", "Postfix DSN", "10-20 10:31", "bounce",
   "Postfix 'Undelivered Mail Returned to Sender' for the furnace promotion (user unknown). Automated.",
   answers="furnace")
def m07(rng, rcpt, when):
    dead = "kjensen1971@mchsi-mail.net"
    inst = ours.instance("furnace", dead, rng, first="Karl")
    host = "mx2.mchsi-mail.net"
    notice = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
              "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
              "text from the attached returned message.\n\n                   The mail system\n\n<%s>: host "
              "mailstore%d.mchsi-mail.net[10.2.%d.%d] said: 550 5.1.1\n    <%s>: Recipient address rejected: User "
              "unknown in local recipient table\n    (in reply to RCPT TO command)\n" % (
                  host, dead, rng.randrange(1, 9), rng.randrange(1, 250), rng.randrange(2, 250), dead))
    b = "%s.%d/%s" % (ralnum(rng, 10, True), rng.randrange(10 ** 9, 10 ** 10), host)
    rep = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  notice.encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  dsn_report(rng, host, dead, "failed", "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User "
                             "unknown in local recipient table" % dead, inst["date"]).encode()),
        mime.Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  ours_headers(inst, rng).encode())],
        b, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, host, "216.%d.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when,
            rcpt),
         ("Received", "by %s (Postfix)\n\tid %s; %s" % (host, ralnum(rng, 10, True), mime.fmt_date(when))),
         ("Date", mime.fmt_date(when)),
         ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "customercare@alliant-energy.com"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"),
         ("Message-Id", "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), ralnum(rng, 10, True), host))]
    return std(h, rep)


@M("M08", "cat", "en", "Gmail DSN", "10-23 10:01", "bounce",
   "Google 'Address not found' bounce of the new-arrivals catalog e-mail. Automated.", answers="catalog2")
def m08(rng, rcpt, when):
    dead = "mkoller1958@gmail.com"
    inst = ours.instance("catalog2", dead, rng)
    text = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
            "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
            "double-checking the recipient's email address for typos or unnecessary spaces. For more information, "
            "go to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp\n" % (dead, ralnum(rng, 20)))
    html = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:'
            '32px;background-color:#ffffff;"><tbody><tr><td><table cellpadding=0 cellspacing=0><tbody><tr><td '
            'style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;'
            'border-radius:2px"><img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" '
            'src="cid:icon.png"><table style="min-width:272px;padding-top:8px"><tbody><tr><td><h2 style="font-size:'
            '20px;color:#212121;font-weight:bold;margin:0">Address not found</h2></td></tr><tr><td style="padding-top:'
            '20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Your message wasn\'t delivered to '
            '<a style=\'color:#212121;text-decoration:none\'><b>%s</b></a> because the address couldn\'t be found, or '
            'is unable to receive mail.</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>'
            '</body></html>\n' % dead)
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8"), mime.text_part(html, "html", "UTF-8")],
                         "000000000000" + rhex(rng, 16))
    rel = mime.multipart("related", [alt, mime.binary_part(files.jpeg_bytes(rng, 300), "image/png", "icon.png",
                                                           disposition="inline",
                                                           extra=[("Content-ID", "<icon.png>")])],
                         "000000000000" + rhex(rng, 16))
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mta2.alliant-energy.com\nArrival-Date: %s\n"
           "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)\n"
           "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
           "Last-Attempt-Date: %s\n" % (mime.fmt_date(inst["date"]), inst["msgid"], dead, rng.randrange(1, 250),
                                        rng.randrange(2, 250), mime.fmt_date(when)))
    rep = mime.multipart("report", [rel, mime.Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                                    mime.Part([("Content-Type", "message/rfc822")], ours_full(inst, rng).encode())],
                         "000000000000" + rhex(rng, 16), params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "mail-sor-f%d.google.com" % rng.randrange(41, 99), "209.85.220.%d" % rng.randrange(2, 250), when,
            rcpt),
         ("DKIM-Signature", clients.dkim(rng, "googlemail.com", "20230601", "to:from:subject:message-id:"
                                          "feedback-id:date:mime-version")),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Message-ID", "<%s.%s.%s@mx.google.com>" % (rhex(rng, 8), rhex(rng, 4), rhex(rng, 6))),
         ("Date", mime.fmt_date(when.astimezone(datetime.timezone(datetime.timedelta(hours=-7))))),
         ("In-Reply-To", inst["msgid"]), ("References", inst["msgid"]),
         ("X-Failed-Recipients", dead),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    return std(h, rep)


@M("M09", "cc", "en", "Exchange Online NDR", "10-21 14:03", "bounce",
   "Office 365 non-delivery report for one of our acknowledgements (the sender wrote from a group address that "
   "refuses outside mail). Automated; answering it would loop.", answers="ack")
def m09(rng, rcpt, when):
    dead = "facilities@amesmunicipal-ia.org"
    inst = ours.instance("ack", dead, rng, when=(10, 21, 14, 2),
                         fields={"orig": "Remove from mailing list", "what": "marketing e-mail",
                                 "when": "October 21, 2026"})
    text = ("Your message to %s couldn't be delivered.\n\nThe group facilities only accepts messages from people "
            "in its organization or on its allowed senders list, and your email address isn't on the list.\n\n"
            "customercare    Office 365      facilities\nAction Required                 Group\n\n"
            "Not authorized to send\n\nHow to Fix It\nContact the owner of the group to get permission to send "
            "messages to it.\n\nMore Info for Email Admins\nStatus code: 550 5.7.133\n\nThis error occurs "
            "because the group only accepts messages from authenticated senders inside its organization.\n\n"
            "Original Message Details\nCreated Date:   %s\nSender Address: customercare@alliant-energy.com\n"
            "Recipient Address: %s\nSubject:        %s\n\nError Details\nReported error:  550 5.7.133 "
            "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check "
            "failed as sender not authenticated for group\n" % (dead, inst["date"].astimezone(UTC).strftime(
                "%m/%d/%Y %I:%M:%S %p"), dead, inst["subject"]))
    html = "<html><body><p>%s</p></body></html>\n" % mime.text_to_html_lines(text)
    alt = mime.multipart("alternative", [mime.text_part_q(text, "plain", "utf-8", "quoted-printable"),
                                         mime.text_part_q(html, "html", "utf-8", "quoted-printable")],
                         "%s-%s-%s-%s-%s" % (rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12)),
                         params=" differences=Content-Type;")
    dsn = ("Reporting-MTA: dns;CH2PR%02dMB%04d.namprd%02d.prod.outlook.com\nReceived-From-MTA: dns;mta2.alliant-"
           "energy.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.7.133\n"
           "Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication "
           "required\n" % (rng.randrange(1, 20), rng.randrange(1000, 9999), rng.randrange(2, 22),
                         mime.fmt_date(inst["date"].astimezone(UTC)).replace("-0000", "+0000"), dead))
    rep = mime.multipart("report", [alt, mime.Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                                    mime.Part([("Content-Type", "message/rfc822")], ours_full(inst, rng).encode())],
                         "%s-%s-%s-%s-%s" % (rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12)),
                         params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "mail-ch2nam12on2%03d.outbound.protection.outlook.com" % rng.randrange(40, 240),
            "40.107.%d.%d" % (rng.randrange(200, 245), rng.randrange(2, 250)), when, rcpt),
         ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@amesmunicipal-ia.org>"),
         ("To", "<customercare@alliant-energy.com>"),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Content-Language", "en-US"),
         ("Message-ID", "<%s@CH2PR%02dMB%04d.namprd%02d.prod.outlook.com>" % (
             uuid(rng, upper=False), rng.randrange(1, 20), rng.randrange(1000, 9999), rng.randrange(2, 22))),
         ("In-Reply-To", inst["msgid"]), ("References", inst["msgid"]),
         ("Subject", "Undeliverable: " + inst["subject"]),
         ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("MIME-Version", "1.0")]
    return std(h, rep)


@M("M10", "cc", "en", "Exim bounce", "10-27 09:17", "bounce",
   "Exim 'Mail delivery failed' (mailbox over quota) for the solar promotion. Automated.", answers="solar")
def m10(rng, rcpt, when):
    dead = "jerry.hagen@netins-mail.net"
    inst = ours.instance("solar", dead, rng, first="Jerry")
    host = "mx3.netins-mail.net"
    eid = "%s-%s-%s" % (ralnum(rng, 6), ralnum(rng, 6), ralnum(rng, 2))
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            "failed:\n\n  %s\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, "
            "including all the headers. ------\n\n" % dead) + ours_full(inst, rng)
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, host, "167.142.%d.%d" % (rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt),
         ("Received", "from mail by %s with local (Exim 4.97)\n\tid %s\n\tfor customercare@alliant-energy.com; %s" % (
             host, eid, mime.fmt_date(when))),
         ("X-Failed-Recipients", dead),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", "<E%s@%s>" % (eid, host)),
         ("Date", mime.fmt_date(when))]
    return std(h, mime.text_part(text, "plain", "utf-8", "8bit"))


@M("M11", "cat", "en", "Yahoo failure notice", "10-23 10:03", "bounce",
   "Yahoo 'Failure Notice' for the new-arrivals catalog e-mail (no such account). Automated.", answers="catalog2")
def m11(rng, rcpt, when):
    dead = "shirley_vanderwerf@yahoo.com"
    inst = ours.instance("catalog2", dead, rng)
    text = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n554: delivery error: "
            "dd This user doesn't have a yahoo.com account (%s) [-5] - mta%d.am0.yahoodns.net\n\n--- Below this line "
            "is a copy of the message.\n\n" % (dead, dead, rng.randrange(4000, 4999))) + ours_full(inst, rng)
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randrange(301, 330), rng.randrange(1, 40)),
            "74.6.%d.%d" % (rng.randrange(128, 135), rng.randrange(2, 250)), when, rcpt),
         ("From", "MAILER-DAEMON@yahoo.com"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Subject", "Failure Notice"),
         ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7),
                                                      1792000000000 + rng.randrange(0, 10 ** 10)))]
    return std(h, mime.text_part(text, "plain", "utf-8", "8bit"))


@M("M12", "cc", "en", "Postfix delay DSN", "10-20 14:32", "bounce",
   "Postfix 'Delayed Mail (still being retried)' warning for the furnace promotion: delivery status, automated.",
   answers="furnace")
def m12(rng, rcpt, when):
    dest = "office@schmitzfamilyfarms.com"
    inst = ours.instance("furnace", dest, rng)
    host = "mta2.alliant-energy.com"
    notice = ("This is the mail system at host %s.\n\n####################################################################"
              "#\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n##############################"
              "#######################################\n\nYour message could not be delivered for more than 4 hour(s)."
              "\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to "
              "postmaster.\n\n                   The mail system\n\n<%s>: connect to\n    mail.schmitzfamilyfarms.com"
              "[24.%d.%d.%d]:25: Connection timed out\n" % (host, dest, rng.randrange(1, 255), rng.randrange(1, 255),
                                                            rng.randrange(2, 250)))
    b = "%s.%d/%s" % (ralnum(rng, 10, True), rng.randrange(10 ** 9, 10 ** 10), host)
    rep = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  notice.encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  dsn_report(rng, host, dest, "delayed", "4.4.1", "connect to mail.schmitzfamilyfarms.com: "
                             "Connection timed out", inst["date"],
                             extra="Will-Retry-Until: %s\n" % mime.fmt_date(inst["date"] + datetime.timedelta(days=5))
                             ).replace("Diagnostic-Code: smtp;", "Diagnostic-Code: X-Postfix;").encode()),
        mime.Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  ours_headers(inst, rng).encode())],
        b, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         ("Received", "from %s (%s [198.51.100.%d])\n\tby mx1.alliant-energy.com (Postfix) with ESMTP id 4%s\n\tfor "
          "<%s>; %s (CDT)" % (host, host, rng.randrange(10, 40), ralnum(rng, 11), rcpt, mime.fmt_date(when))),
         ("Date", mime.fmt_date(when)),
         ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
         ("Subject", "Delayed Mail (still being retried)"),
         ("To", "customercare@alliant-energy.com"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"),
         ("Message-Id", "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), ralnum(rng, 10, True), host))]
    return std(h, rep)


@M("M13", "cat", "en", "Sendmail DSN", "10-23 10:05", "bounce",
   "Classic sendmail 'Returned mail: see transcript for details' (user unknown) for the new-arrivals catalog "
   "e-mail. Automated.", answers="catalog2")
def m13(rng, rcpt, when):
    dead = "lbergstrom@kalonatel.net"
    inst = ours.instance("catalog2", dead, rng)
    host = "mail.kalonatel.net"
    qid = "9N%s" % ralnum(rng, 10, True)
    notice = ("The original message was received at %s\nfrom mta2.alliant-energy.com [198.51.100.%d]\n\n   ----- The "
              "following addresses had permanent fatal errors -----\n<%s>\n    (reason: 550 5.1.1 <%s>... User unknown)"
              "\n\n   ----- Transcript of session follows -----\n... while talking to mailstore.kalonatel.net.:\n>>> "
              "RCPT To:<%s>\n<<< 550 5.1.1 <%s>... User unknown\n550 5.1.1 <%s>... User unknown\n" % (
                  mime.fmt_date(inst["date"]), rng.randrange(10, 40), dead, dead, dead, dead, dead))
    b = "%s.%d/%s" % (qid, rng.randrange(10 ** 9, 10 ** 10), host)
    dsn = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; mta2.alliant-energy.com\nArrival-Date: %s\n\n"
           "Final-Recipient: RFC822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mailstore.kalonatel.net\n"
           "Diagnostic-Code: SMTP; 550 5.1.1 <%s>... User unknown\nLast-Attempt-Date: %s\n" % (
               host, mime.fmt_date(inst["date"]), dead, dead, mime.fmt_date(when)))
    rep = mime.multipart("report", [mime.Part([], notice.encode()),
                                    mime.Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                                    mime.Part([("Content-Type", "message/rfc822")], ours_full(inst, rng).encode())],
                         b, params=" report-type=delivery-status;",
                         preamble="This is a MIME-encapsulated message")
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, host, "64.%d.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when,
            rcpt),
         ("Received", "from localhost (localhost)\n\tby %s (8.15.2/8.15.2) id %s;\n\t%s" % (host, qid,
                                                                                         mime.fmt_date(when))),
         ("Date", mime.fmt_date(when)),
         ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host),
         ("Message-Id", "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M"), qid, host)),
         ("To", "<powerhousecatalog@alliant-energy.com>"),
         ("MIME-Version", "1.0"),
         ("Subject", "Returned mail: see transcript for details"),
         ("Auto-Submitted", "auto-generated (failure)")]
    return std(h, rep)


# ================================================================== newsletters sent to us
def bulk_headers(rng, rcpt, when, host, ip, frm, subject, msgid_dom, unsub, list_id=None, extra=None, esp="sendgrid"):
    h = [("Return-Path", "<bounces+%s-%s=alliant-energy.com@%s>" % (rhex(rng, 6), rcpt.split("@")[0], host.split(".", 1)[1])),
         ("Delivered-To", rcpt), mx(rng, host, ip, when, rcpt),
         ("DKIM-Signature", clients.dkim(rng, frm.split("@")[1].rstrip(">"), "s1", "from:subject:list-unsubscribe:"
                                          "list-unsubscribe-post:mime-version:to:content-type")),
         ("From", frm), ("To", rcpt),
         ("Subject", mime.enc_header_text(subject)),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@%s>" % (ralnum(rng, 22), msgid_dom)),
         ("List-Unsubscribe", unsub),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")]
    if list_id:
        h.append(("List-Id", list_id))
    if extra:
        h.extend(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def nl_html(title, items, foot, color="#0b5394"):
    rows = "".join('<tr><td style="padding:12px 24px;font-family:Arial,sans-serif;font-size:15px;color:#222">'
                   '<b>%s</b><br>%s</td></tr>\n' % (mime.esc(a), mime.esc(b)) for a, b in items)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;background:#f2f2f2"><table width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#fff"><tr><td style="background:%s;'
            'padding:20px 24px;color:#fff;font-family:Arial,sans-serif;font-size:22px">%s</td></tr>\n%s<tr><td '
            'style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777">%s</td></tr></table>'
            '</td></tr></table><img src="https://t.example-esp.net/o/%s.gif" width="1" height="1" alt=""></body>'
            '</html>\n' % (color, mime.esc(title), rows, mime.text_to_html_lines(foot), "x"))


def nl_text(title, items, foot):
    return title + "\n\n" + "\n\n".join("%s\n%s" % (a, b) for a, b in items) + "\n\n" + foot + "\n"


@M("M14", "cc", "en", "industry newsletter (SendGrid)", "10-19 06:02", "newsletter",
   "Daily industry newsletter the mailbox is subscribed to; bulk, List-Unsubscribe. Automated.")
def m14(rng, rcpt, when):
    title = "Grid & Gas Daily | Monday, October 19, 2026"
    items = [("Midwest utilities brace for early-season cold snap",
              "Grid operators in MISO issued a conservative operations alert as forecasts call for below-normal "
              "temperatures through the weekend."),
             ("Wisconsin PSC opens docket on data-center tariffs",
              "Regulators will take comments on large-load tariff design through December 4."),
             ("Survey: 61% of customers want text outage alerts",
              "A new J.D.-style survey of 14,000 residential customers finds strong preference for SMS over e-mail "
              "for outage notifications.")]
    foot = ("You are receiving this because customercare@alliant-energy.com is subscribed to Grid & Gas Daily.\n"
            "Manage preferences or unsubscribe: https://gridandgasdaily.com/u/%s\nGrid & Gas Daily, 1100 13th St NW, "
            "Washington, DC 20005" % rhex(rng, 16))
    alt = mime.multipart("alternative", [mime.text_part(nl_text(title, items, foot), "plain", "utf-8"),
                                         mime.text_part(nl_html(title, items, foot), "html", "utf-8",
                                                        "quoted-printable")], rhex(rng, 32))
    h = bulk_headers(rng, rcpt, when, "o%d.ptr%d.gridandgasdaily.com" % (rng.randrange(1, 9), rng.randrange(1000, 9999)),
                     "149.72.%d.%d" % (rng.randrange(1, 250), rng.randrange(2, 250)),
                     "Grid & Gas Daily <newsletter@gridandgasdaily.com>", "Cold snap alert, PSC data-center docket, "
                     "and what customers want from outage texts", "geopod-ismtpd-%d" % rng.randrange(1, 40),
                     "<https://gridandgasdaily.com/u/%s>, <mailto:unsubscribe@gridandgasdaily.com>" % rhex(rng, 16))
    return std(h, alt)


@M("M15", "cc", "en", "chamber newsletter (Mailchimp)", "10-22 12:00", "newsletter",
   "Chamber of commerce events newsletter; bulk mail. Automated.")
def m15(rng, rcpt, when):
    title = "Chamber Connection - October 22"
    items = [("Business After Hours: November 5",
              "Join us at Capital Brewery from 5 to 7 pm. Members free, guests $15."),
             ("Workforce Summit registration open",
              "Early-bird pricing ends October 30."),
             ("Welcome, new members!",
              "Please welcome Sauk Prairie Bakery, Lakeshore IT Partners and 12 others.")]
    foot = ("Greater Madison Area Chamber of Commerce\n615 E Washington Ave, Madison, WI 53703\n"
            "Why did I get this? You are a member contact of the Greater Madison Area Chamber of Commerce.\n"
            "Unsubscribe from this list | Update your preferences")
    alt = mime.multipart("alternative", [mime.text_part(nl_text(title, items, foot), "plain", "utf-8",
                                                        "quoted-printable"),
                                         mime.text_part(nl_html(title, items, foot, "#7a1f1f"), "html", "utf-8",
                                                        "quoted-printable")],
                         "_----------=_MCPart_%d" % rng.randrange(10 ** 9, 10 ** 10))
    h = bulk_headers(rng, rcpt, when, "mail%d.suw%d.mcsv.net" % (rng.randrange(100, 250), rng.randrange(10, 40)),
                     "198.2.%d.%d" % (rng.randrange(128, 190), rng.randrange(2, 250)),
                     "Greater Madison Chamber <info@greatermadisonchamber-news.com>",
                     "Chamber Connection: Business After Hours, Workforce Summit & new members",
                     "mail%d.suw%d.mcsv.net" % (rng.randrange(100, 250), rng.randrange(10, 40)),
                     "<https://greatermadisonchamber-news.us5.list-manage.com/unsubscribe?u=%s&id=%s>, "
                     "<mailto:unsubscribe-mc.us5_%s@unsubscribe.mailchimpapp.net>" % (rhex(rng, 25), rhex(rng, 10),
                                                                                      rhex(rng, 20)),
                     list_id="Greater Madison Chamber <%s.list-id.mcsv.net>" % rhex(rng, 25),
                     extra=[("X-Mailer", "MailChimp Mailer - **CID%s**" % rhex(rng, 20))])
    return std(h, alt)


@M("M16", "cc", "en", "privacy newsletter", "10-26 07:30", "newsletter",
   "Privacy-industry digest full of 'opt-out', 'do not sell' and 'deletion request' wording: a newsletter, not a "
   "request from anyone. Automated.")
def m16(rng, rcpt, when):
    title = "The Privacy Brief - Daily Dashboard"
    items = [("State privacy laws: opt-out preference signals gain ground",
              "Three more states now require businesses to honor universal opt-out signals as a valid 'do not sell "
              "or share' request."),
             ("Regulator fines retailer over ignored deletion requests",
              "The company failed to process consumer data deletion requests within 45 days."),
             ("How utilities handle customer data sharing",
              "Energy providers face new scrutiny over sharing smart-meter data with affiliates and third parties.")]
    foot = ("You are receiving The Privacy Brief as part of your professional membership.\nUnsubscribe or manage "
            "your subscriptions: https://privacybrief.org/preferences\nThe Privacy Brief, 75 Rochester Ave, "
            "Portsmouth, NH 03801")
    alt = mime.multipart("alternative", [mime.text_part(nl_text(title, items, foot), "plain", "utf-8"),
                                         mime.text_part(nl_html(title, items, foot, "#1b4f72"), "html", "utf-8",
                                                        "quoted-printable")],
                         "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9),
                                                  1792000000000 + rng.randrange(10 ** 9)))
    h = bulk_headers(rng, rcpt, when, "mta%d.privacybrief.org" % rng.randrange(1, 9),
                     "192.28.%d.%d" % (rng.randrange(128, 160), rng.randrange(2, 250)),
                     "The Privacy Brief <dailydashboard@privacybrief.org>",
                     "Daily Dashboard: opt-out signals, deletion-request fine, utility data sharing",
                     "privacybrief.org", "<mailto:unsubscribe@privacybrief.org?subject=unsubscribe>",
                     list_id="Daily Dashboard <dashboard.privacybrief.org>")
    return std(h, alt)


@M("M17", "cc", "es", "Spanish chamber newsletter (Constant Contact)", "10-21 11:00", "newsletter",
   "Spanish-language chamber newsletter; bulk mail in Spanish. Automated.")
def m17(rng, rcpt, when):
    title = "Boletín de la Cámara de Comercio Hispana de Wisconsin - Octubre 2026"
    items = [("Taller gratuito: cómo solicitar préstamos para pequeñas empresas",
              "Jueves 29 de octubre, 6:00 p.m., en nuestra oficina de Milwaukee. Cupo limitado."),
             ("Premios Empresariales Latinos 2026",
              "Las nominaciones cierran el 15 de noviembre."),
             ("Nuevos socios",
              "Damos la bienvenida a Panadería La Esperanza y a Servicios Contables Rivera.")]
    foot = ("Cámara de Comercio Hispana de Wisconsin, 1021 S 5th St, Milwaukee, WI 53204\n"
            "Usted recibe este correo porque es contacto de un socio. Cancelar suscripción | Actualizar perfil")
    alt = mime.multipart("alternative", [mime.text_part(nl_text(title, items, foot), "plain", "utf-8", "base64"),
                                         mime.text_part(nl_html(title, items, foot, "#b03a2e"), "html", "utf-8",
                                                        "base64")],
                         "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9),
                                                  1792000000000 + rng.randrange(10 ** 9)))
    h = bulk_headers(rng, rcpt, when, "ccm%d.constantcontact.com" % rng.randrange(10, 99),
                     "208.75.123.%d" % rng.randrange(2, 250),
                     "=?UTF-8?Q?C=C3=A1mara_de_Comercio_Hispana_de_WI?= <boletin@camarahispanawi.org>",
                     title, "ccm%d.constantcontact.com" % rng.randrange(10, 99),
                     "<https://visitor.constantcontact.com/do?p=un&m=%s>" % rb64(rng, 20).replace("/", "_"),
                     extra=[("X-Mailer", "Roving Constant Contact 2012 (http://www.constantcontact.com)")])
    return std(h, alt)


@M("M18", "cat", "en", "e-commerce platform product newsletter", "10-28 14:00", "newsletter",
   "Product-update newsletter from the catalog's e-commerce platform vendor; bulk. Automated.")
def m18(rng, rcpt, when):
    title = "What's new in ShopStack - November release"
    items = [("Holiday traffic readiness",
              "Auto-scaling for checkout is now on by default for all Commerce plans."),
             ("Customer list exports",
              "Export segments straight to your print vendor, with suppression flags included."),
             ("Webinar: catalog + e-mail together",
              "Tuesday, November 10, 1 pm CT.")]
    foot = ("ShopStack Inc., 500 N Michigan Ave, Chicago, IL 60611\nYou're receiving product updates for the "
            "store account PowerHouse Catalog. Unsubscribe: https://shopstack.io/email/unsub")
    alt = mime.multipart("alternative", [mime.text_part(nl_text(title, items, foot), "plain", "utf-8"),
                                         mime.text_part(nl_html(title, items, foot, "#5b2c6f"), "html", "utf-8",
                                                        "quoted-printable")], rhex(rng, 28))
    h = bulk_headers(rng, rcpt, when, "mail%d.shopstack.io" % rng.randrange(1, 9),
                     "198.21.%d.%d" % (rng.randrange(1, 250), rng.randrange(2, 250)),
                     "ShopStack <updates@shopstack.io>", title, "shopstack.io",
                     "<https://shopstack.io/email/unsub?t=%s>" % rhex(rng, 24))
    return std(h, alt)


# ================================================================== vendor and system notices
@M("M19", "cat", "en", "mail-house suppression report", "10-26 05:12", "vendor",
   "A mail house's suppression-processing report for the catalog drop, with a CSV. Vendor system mail that speaks "
   "of opt-outs and 'do not share' flags: automated, no labels (rulebook: not a request).")
def m19(rng, rcpt, when):
    text = ("Job 26-1187  PowerHouse Catalog - Holiday 2 drop\nSuppression processing complete.\n\n"
            "Input records:              48,912\nDMAchoice mail preference:     611\nDeceased (DDU):                143\n"
            "NCOA moves, no forward:        297\nClient internal opt-out:       230\nClient do-not-share flag "
            "(excluded from list exchange file):  1,037\n\nMailable records:            47,631\n\nThe summary by "
            "segment is attached. Merge/purge output is on the SFTP site under /outbound/26-1187/.\n\n"
            "This is an automated message from Badger Direct Mail job control. Please do not reply.\n")
    csv = ("segment,input,dma,deceased,ncoa,internal_optout,do_not_share,mailable\n"
           "buyers_12mo,21044,240,61,118,97,512,20528\nbuyers_13_24mo,14210,188,49,101,78,301,13794\n"
           "requesters,9830,121,22,53,41,150,9593\nreactivation,3828,62,11,25,14,74,3716\n")
    mixed = mime.multipart("mixed", [mime.text_part(text, "plain", "us-ascii", "7bit"),
                                     files.attachment({"kind": "csv", "name": "26-1187_suppression_summary.csv",
                                                       "text": csv}, rng)],
                           "=_%s" % rhex(rng, 24))
    h = [("Return-Path", "<jobcontrol@badgerdirectmail.com>"), ("Delivered-To", rcpt),
         mx(rng, "smtp.badgerdirectmail.com", "65.%d.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255),
                                                              rng.randrange(2, 250)), when, rcpt),
         ("From", "Badger Direct Mail Job Control <jobcontrol@badgerdirectmail.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Cc", "production@badgerdirectmail.com"),
         ("Subject", "[Job 26-1187] Suppression processing complete - PowerHouse Holiday 2"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<jc.26-1187.%d@badgerdirectmail.com>" % rng.randrange(10 ** 6, 10 ** 7)),
         ("X-Mailer", "BDM JobControl 4.2"),
         ("Auto-Submitted", "auto-generated"),
         ("MIME-Version", "1.0")]
    return std(h, mixed)


@M("M20", "cat", "en", "CRM scheduled-report notice", "10-19 06:00", "vendor",
   "CRM notice that a scheduled export of catalog opt-outs is ready: system mail, automated, no labels even "
   "though it says 'opt-outs'.")
def m20(rng, rcpt, when):
    text = ("Your scheduled report is ready.\n\nReport: Catalog list-share opt-outs (weekly)\nRun: Mon Oct 19, 2026 "
            "6:00 AM CDT\nRows: 214\nFormat: CSV\n\nDownload (link expires in 7 days):\nhttps://alliantenergy.my."
            "crmcloud.com/reports/dl/%s\n\nYou are receiving this e-mail because you are a subscriber of this "
            "scheduled report. To change the schedule, open the report and choose Subscribe.\n" % rhex(rng, 18))
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><h3>Your scheduled report is '
            'ready</h3><p>%s</p></body></html>\n' % mime.text_to_html_lines(text))
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8"), mime.text_part(html, "html", "UTF-8")],
                         "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9),
                                                  1792000000000 + rng.randrange(10 ** 9)))
    h = [("Return-Path", "<noreply@crmcloud.com>"), ("Delivered-To", rcpt),
         mx(rng, "smtp%d.ia%d.mta.crmcloud.com" % (rng.randrange(1, 9), rng.randrange(1, 9)),
            "13.110.%d.%d" % (rng.randrange(1, 250), rng.randrange(2, 250)), when, rcpt),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("From", "CRM Cloud Reports <noreply@crmcloud.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Message-ID", "<%s@sfdc.crmcloud.com>" % ralnum(rng, 30)),
         ("Subject", "Report ready: Catalog list-share opt-outs (weekly)"),
         ("Auto-Submitted", "auto-generated"),
         ("X-SFDC-LK", ralnum(rng, 15, True)),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M21", "cc", "en", "certificate authority notice", "10-23 04:00", "vendor",
   "TLS certificate expiry notice from the certificate vendor. System mail, automated.")
def m21(rng, rcpt, when):
    text = ("Certificate expiration notice\n\nThe following certificate will expire in 30 days:\n\n"
            "  Common name:   forms.alliant-energy.com\n  Order number:  %d\n  Expires:       November 22, 2026\n\n"
            "Renew now to avoid browser warnings for your visitors:\nhttps://www.certpoint.com/account/renew/%d\n\n"
            "You are receiving this notice because you are listed as a technical or administrative contact for "
            "this order.\nCertPoint, Inc. | 2801 N Thanksgiving Way, Lehi, UT 84043\n" % (
                rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8)))
    h = [("Return-Path", "<notifications@certpoint.com>"), ("Delivered-To", rcpt),
         mx(rng, "mail-out%d.certpoint.com" % rng.randrange(1, 5), "216.168.%d.%d" % (rng.randrange(240, 255),
                                                                                   rng.randrange(2, 250)), when, rcpt),
         ("From", "CertPoint <notifications@certpoint.com>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Action required: certificate for forms.alliant-energy.com expires in 30 days"),
         ("Date", mime.fmt_date(when.astimezone(datetime.timezone(datetime.timedelta(hours=-6))))),
         ("Message-ID", "<%s@notify.certpoint.com>" % uuid(rng, upper=False)),
         ("Auto-Submitted", "auto-generated"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(text, "plain", "us-ascii", "7bit"))


@M("M22", "cat", "en", "accounting system invoice (QuickBooks-style)", "10-30 09:45", "vendor",
   "A print vendor's invoice e-mail with a PDF; accounting-system mail, automated, no labels.")
def m22(rng, rcpt, when):
    text = ("Dear PowerHouse Catalog,\n\nYour invoice is attached. Please remit payment at your earliest "
            "convenience.\n\nInvoice #: 26-1043\nAmount due: $18,642.20\nDue date: 11/29/2026\n\nThank you for your "
            "business - we appreciate it very much.\n\nSincerely,\nBadger Print & Mail\n(608) 555-0190\n")
    pdf = {"kind": "pdf", "name": "Invoice_26-1043_from_Badger_Print_Mail.pdf",
           "lines": ["Badger Print & Mail", "INVOICE 26-1043", "Bill to: PowerHouse Catalog",
                     "4902 N. Biltmore Lane, Madison, WI 53718", "Holiday 2 catalog, 48,000 pcs, print + bindery",
                     "Amount due: $18,642.20", "Terms: Net 30"]}
    mixed = mime.multipart("mixed", [mime.multipart("alternative", [
        mime.text_part(text, "plain", "UTF-8", "quoted-printable"),
        mime.text_part('<html><body><div style="font-family:Arial">%s</div></body></html>\n'
                       % mime.text_to_html_lines(text), "html", "UTF-8", "quoted-printable")],
        "=_%s" % rhex(rng, 28)), files.attachment(pdf, rng)], "=_%s" % rhex(rng, 28))
    h = [("Return-Path", "<quickbooks@notification.intuit.com>"), ("Delivered-To", rcpt),
         mx(rng, "mx-%d.notification.intuit.com" % rng.randrange(1, 9), "206.108.%d.%d" % (rng.randrange(40, 50),
                                                                                         rng.randrange(2, 250)),
            when, rcpt),
         ("From", "Badger Print & Mail <quickbooks@notification.intuit.com>"),
         ("Reply-To", "ar@badgerprintmail.com"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "Invoice 26-1043 from Badger Print & Mail"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s.%d.JavaMail.qbo@qbo-email-%d>" % (rhex(rng, 12), rng.randrange(10 ** 5, 10 ** 6),
                                                              rng.randrange(1, 50))),
         ("MIME-Version", "1.0")]
    return std(h, mixed)


@M("M23", "cc", "en", "Outlook calendar invitation", "10-23 15:02", "calendar",
   "Calendar invitation (text/calendar) from a colleague about a mailbox review meeting: not a request, "
   "automated per rulebook.")
def m23(rng, rcpt, when):
    uid = "040000008200E00074C5B7101A82E008000000%s" % rhex(rng, 40).upper()
    text = ("Weekly review of the privacy mailboxes (customercare@ and powerhousecatalog@): open items, staff review "
            "queue, anything unusual from the week.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/"
            "l/meetup-join/%s\n" % rhex(rng, 24))
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\n"
           "TZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600"
           "\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:"
           "16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"
           "\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Megan Stoltz:mailto:mstoltz@alliant-energy."
           "com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care:mailto:customercare@"
           "alliant-energy.com\nDESCRIPTION;LANGUAGE=en-US:Weekly review of the privacy mailboxes.\nRRULE:FREQ="
           "WEEKLY;UNTIL=20261222T150000Z;INTERVAL=1;BYDAY=TU;WKST=SU\nUID:%s\nSUMMARY;LANGUAGE=en-US:Privacy mailbox "
           "weekly review\nDTSTART;TZID=Central Standard Time:20261027T090000\nDTEND;TZID=Central Standard Time:"
           "20261027T093000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n" % (
               uid, when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    alt = mime.multipart("alternative", [
        mime.text_part_q(text, "plain", "us-ascii", "quoted-printable"),
        mime.text_part_q("<html><body><p>%s</p></body></html>\n" % mime.text_to_html_lines(text), "html", "us-ascii",
                         "quoted-printable"),
        mime.Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                   ("Content-Transfer-Encoding", "base64")], __import__("base64").encodebytes(ics.encode()))],
        "_000_" + ralnum(rng, 42, True) + "_")
    h = [("Return-Path", "<mstoltz@alliant-energy.com>"), ("Delivered-To", rcpt),
         ("Received", "from exch-hub02.int.alliant-energy.com (10.40.8.%d) by mx1.alliant-energy.com (Postfix) with "
          "ESMTPS id 4%s\n\tfor <%s>; %s (CDT)" % (rng.randrange(2, 250), ralnum(rng, 11), rcpt, mime.fmt_date(when))),
         ("From", "Megan Stoltz <mstoltz@alliant-energy.com>"),
         ("To", "Customer Care <customercare@alliant-energy.com>"),
         ("Subject", "Privacy mailbox weekly review"),
         ("Thread-Topic", "Privacy mailbox weekly review"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@EXCH-MBX04.int.alliant-energy.com>" % rhex(rng, 32)),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M24", "cc", "en", "Microsoft 365 quarantine digest", "10-25 08:00", "vendor",
   "Microsoft 365 quarantine notification listing held messages. System mail, automated.")
def m24(rng, rcpt, when):
    rows = [("billing@secure-paypaI-center.com", "Your account has been limited", "10/24/2026"),
            ("promo@bestsolarquotes.info", "Utility partners: 5,000 leads this week", "10/24/2026"),
            ("no-reply@docs-share-portal.net", "You have received 2 secure documents", "10/25/2026")]
    text = ("Review These Messages\n\n3 messages are being held for you to review as of %s (UTC).\n\nReview them "
            "within 30 days of the received date by going to the Quarantine page in the Security Center.\n\n" %
            when.astimezone(UTC).strftime("%m/%d/%Y %I:%M:%S %p")) + "".join(
        "Sender: %s\nSubject: %s\nDate: %s\n\n" % r for r in rows) + \
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n"
    html = "<html><body style=\"font-family:Segoe UI\"><p>%s</p></body></html>\n" % mime.text_to_html_lines(text)
    alt = mime.multipart("alternative", [mime.text_part_q(text, "plain", "utf-8", "quoted-printable"),
                                         mime.text_part_q(html, "html", "utf-8", "quoted-printable")],
                         "B_%d_%d" % (rng.randrange(10 ** 9, 10 ** 10), rng.randrange(10 ** 8, 10 ** 9)))
    h = [("Return-Path", "<quarantine@messaging.microsoft.com>"), ("Delivered-To", rcpt),
         mx(rng, "mail-sn1nam02on2%03d.outbound.protection.outlook.com" % rng.randrange(40, 240),
            "40.107.%d.%d" % (rng.randrange(200, 245), rng.randrange(2, 250)), when, rcpt),
         ("From", "Office365 Message Center <quarantine@messaging.microsoft.com>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Microsoft 365 security: You have messages in quarantine"),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@SN1NAM02HT%03d.eop-nam02.prod.protection.outlook.com>" % (uuid(rng, upper=False),
                                                                                     rng.randrange(100, 999))),
         ("X-MS-Exchange-Organization-AuthAs", "Internal"),
         ("Auto-Submitted", "auto-generated"),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M36", "cc", "en", "e-mail service provider campaign report", "10-21 10:30", "vendor",
   "The e-mail service provider's 24-hour report on our furnace campaign, quoting unsubscribe counts. Vendor system "
   "mail: automated, no labels.")
def m36(rng, rcpt, when):
    text = ("Campaign report: Fall tune-up rebate (sent Oct 20, 2026 10:30 AM CDT)\n\n24 hours after send\n\n"
            "Delivered:      48,211\nOpens:          19,402 (40.2%%)\nClicks:          2,118 (4.4%%)\nBounces:          "
            "306\nUnsubscribes:      312\nSpam complaints:    9\n\nUnsubscribes from this campaign have been added to "
            "your account-level suppression list automatically.\n\nView full report: https://app.sendwave.com/"
            "reports/%s\n\nSendwave, 1 Federal St, Boston, MA 02110\n" % rhex(rng, 12))
    html = "<html><body style=\"font-family:Helvetica,Arial\"><p>%s</p></body></html>\n" % mime.text_to_html_lines(text)
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8"),
                                         mime.text_part(html, "html", "UTF-8", "quoted-printable")], rhex(rng, 30))
    h = [("Return-Path", "<reports@sendwave.com>"), ("Delivered-To", rcpt),
         mx(rng, "out-%d.mta.sendwave.com" % rng.randrange(1, 40), "159.112.%d.%d" % (rng.randrange(240, 255),
                                                                                  rng.randrange(2, 250)), when, rcpt),
         ("From", "Sendwave Reports <reports@sendwave.com>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Your campaign report: Fall tune-up rebate"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<report.%s@sendwave.com>" % rhex(rng, 20)),
         ("Auto-Submitted", "auto-generated"),
         ("MIME-Version", "1.0")]
    return std(h, alt)


# ================================================================== spam and phishing
@M("M25", "cc", "en", "cold SEO outreach", "10-21 13:33", "spam",
   "Cold SEO pitch written to look personal ('Quick question'): cold sales/SEO outreach is automated with no labels "
   "(rulebook).")
def m25(rng, rcpt, when):
    text = ("Hi there,\n\nI was looking at alliant-energy.com and noticed a few issues that are probably costing you "
            "traffic: 38 broken backlinks, slow mobile load on your outage pages, and missing schema on your rebate "
            "pages.\n\nWe've helped 40+ utilities and co-ops climb to page one for terms like \"energy rebates "
            "Iowa\". Would you be open to a quick 15-minute call this week? I can send over a free audit.\n\n"
            "Best,\nRyan Mitchell\nSenior Growth Consultant, RankLift Digital\n\nIf you don't want to hear from me "
            "again, just reply \"no thanks\".\n")
    h = [("Return-Path", "<ryan@ranklift-digital.co>"), ("Delivered-To", rcpt),
         mx(rng, "mail-%s.outbound.ranklift-digital.co" % ralnum(rng, 6), "185.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt),
         ("From", "Ryan Mitchell <ryan@ranklift-digital.co>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Quick question about alliant-energy.com"),
         ("Date", mime.fmt_date(when.astimezone(datetime.timezone(datetime.timedelta(hours=5, minutes=30))))),
         ("Message-ID", "<%s@ranklift-digital.co>" % rhex(rng, 20)),
         ("X-Mailer", "Woodpecker"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(text, "plain", "us-ascii", "7bit"))


@M("M26", "cat", "en", "cold sales (list broker)", "10-27 10:20", "spam",
   "List broker's cold pitch mentioning opt-in lists and list rental: sales outreach, automated, no labels.")
def m26(rng, rcpt, when):
    text = ("Hello PowerHouse Catalog team,\n\nAre you planning your 2027 prospecting drops yet? Our verified "
            "catalog-buyer files (1.2M opt-in households, Midwest) are available for rental or exchange at "
            "$85/M with a 5M minimum. Recency 0-6 months, suppression-ready.\n\nHappy to run a free count against "
            "your ZIP footprint.\n\nKind regards,\nAngela Ruiz\nAccount Executive | Meridian List Services\n"
            "Reply STOP to opt out of future emails.\n")
    html = "<html><body><p>%s</p></body></html>\n" % mime.text_to_html_lines(text)
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "utf-8"), mime.text_part(html, "html", "utf-8")],
                         rhex(rng, 28))
    h = [("Return-Path", "<angela.ruiz@meridianlistservices.net>"), ("Delivered-To", rcpt),
         mx(rng, "o%d.em.meridianlistservices.net" % rng.randrange(1, 9), "168.245.%d.%d" % (
             rng.randrange(1, 250), rng.randrange(2, 250)), when, rcpt),
         ("From", "Angela Ruiz <angela.ruiz@meridianlistservices.net>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "2027 catalog prospecting: Midwest buyer files"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@meridianlistservices.net>" % uuid(rng, upper=False)),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M27", "cc", "es", "Spanish spam", "10-24 02:14", "spam",
   "Spanish loan spam. Automated.")
def m27(rng, rcpt, when):
    text = ("¡Felicidades!\n\nUsted ha sido preaprobado para un préstamo personal de hasta $5,000 dólares sin "
            "revisión de crédito. Sin papeleo, dinero en su cuenta en 24 horas.\n\nSolo confirme sus datos aquí: "
            "http://prestamos-rapidos-usa.top/c/%s\n\nOferta válida solo hoy.\n\nSi no desea recibir más mensajes, "
            "responda BAJA.\n" % ralnum(rng, 10))
    html = ('<html><body><h2 style="color:#1e8449">¡Felicidades!</h2><p>%s</p><p><a href="http://prestamos-rapidos-'
            'usa.top/c/%s" style="background:#1e8449;color:#fff;padding:10px 20px">CONFIRMAR AHORA</a></p></body>'
            '</html>\n' % (mime.text_to_html_lines(text), ralnum(rng, 10)))
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "utf-8", "base64"),
                                         mime.text_part(html, "html", "utf-8", "base64")], "----=_NextPart_" + rhex(rng, 20))
    h = [("Return-Path", "<info@credito-facil-%s.top>" % ralnum(rng, 4)), ("Delivered-To", rcpt),
         mx(rng, "vps%d.hostingbarato.top" % rng.randrange(100, 999), "45.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt, esmtps=False),
         ("X-Spam-Status", "Yes, score=8.4 required=5.0"),
         ("X-Spam-Flag", "YES"),
         ("From", "=?UTF-8?B?%s?= <info@credito-facil-%s.top>" % (__import__("base64").b64encode(
             "Crédito Fácil".encode()).decode(), ralnum(rng, 4))),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", mime.enc_header_text("¡Usted ha sido preaprobado! Préstamo de $5,000 sin buró")),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@credito-facil.top>" % rhex(rng, 16)),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M28", "cat", "en", "reward-survey spam", "10-31 04:40", "spam",
   "Fake membership-reward survey spam. Automated.")
def m28(rng, rcpt, when):
    html = ('<html><body style="font-family:Arial;text-align:center"><img src="http://rwd-cdn.click/%s/logo.png" '
            'width="200"><h2>Your Membership Reward is waiting</h2><p>Congratulations! You have been selected to '
            'receive a <b>$100 reward</b>. Complete our 30-second survey to claim it.</p><p><a href="http://rwd-cdn.'
            'click/s/%s" style="background:#005daa;color:#fff;padding:12px 28px;text-decoration:none">START SURVEY</a>'
            '</p><p style="font-size:10px;color:#999">To unsubscribe, write to 8 The Green Ste R, Dover, DE 19901</p>'
            '</body></html>\n' % (rhex(rng, 8), rhex(rng, 12)))
    h = [("Return-Path", "<reward@%s.click>" % ralnum(rng, 8)), ("Delivered-To", rcpt),
         mx(rng, "mta%d.%s.click" % (rng.randrange(1, 9), ralnum(rng, 8)), "103.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt, esmtps=False),
         ("X-Spam-Status", "Yes, score=11.2 required=5.0"),
         ("From", "Member Rewards <reward@%s.click>" % ralnum(rng, 8)),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "Your Membership Reward is waiting - confirm by 10/31"),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@%s.click>" % (rhex(rng, 20), ralnum(rng, 8))),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(html, "html", "UTF-8", "quoted-printable"))


@M("M29", "cc", "en", "phishing (fake password expiry)", "10-29 06:12", "phishing",
   "Credential phishing dressed as a Microsoft 365 password-expiry notice for the mailbox. Automated, no labels.")
def m29(rng, rcpt, when):
    html = ('<html><body style="font-family:Segoe UI,Arial"><div style="max-width:520px;border:1px solid #ddd;padding:'
            '24px"><p style="font-size:20px">Password Expiry Notice</p><p>The password for <b>customercare@alliant-'
            'energy.com</b> expires today. To keep using your current password, verify it below. Failure to do so '
            'will result in loss of access to your mailbox.</p><p><a href="https://alliant-energy-com.sharepoint-'
            'verify.%s.com/owa/?e=customercare@alliant-energy.com" style="background:#0078d4;color:#fff;padding:'
            '10px 24px;text-decoration:none">Keep Current Password</a></p><p style="font-size:11px;color:#666">'
            'Microsoft 365 Admin Center<br>This is a system generated message.</p></div></body></html>\n' % ralnum(rng, 5))
    h = [("Return-Path", "<admin@%s.onmicrosoft.com>" % ralnum(rng, 8)), ("Delivered-To", rcpt),
         mx(rng, "mail-%s.outbound.protection.outlook.com" % ralnum(rng, 12), "52.100.%d.%d" % (
             rng.randrange(1, 250), rng.randrange(2, 250)), when, rcpt),
         ("From", "Microsoft 365 Admin <admin@%s.onmicrosoft.com>" % ralnum(rng, 8)),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Password Expiry Notice for customercare@alliant-energy.com"),
         ("Date", mime.fmt_date(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@%s.onmicrosoft.com>" % (rhex(rng, 24), ralnum(rng, 8))),
         ("X-Priority", "1"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(html, "html", "utf-8", "quoted-printable"))


@M("M30", "cat", "en", "phishing (fake e-signature)", "10-20 03:25", "phishing",
   "Fake e-signature 'completed document' notice linking to a credential page. Automated, no labels.")
def m30(rng, rcpt, when):
    text = ("All parties have completed: PowerHouse Catalog Vendor Agreement 2027.\n\nREVIEW DOCUMENT\n"
            "https://docusign-review.%s.app/d/%s\n\nDo Not Share This Email\nThis email contains a secure link. "
            "Please do not share this email, link, or access code with others.\n" % (ralnum(rng, 6), rhex(rng, 16)))
    html = ('<html><body style="background:#eaeaea;font-family:Helvetica,Arial"><table width="600" align="center" '
            'style="background:#fff"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;font-size:18px">All '
            'parties have completed: PowerHouse Catalog Vendor Agreement 2027</td></tr><tr><td style="padding:24px">'
            '<a href="https://docusign-review.%s.app/d/%s" style="background:#ffc820;color:#333;padding:10px 20px;'
            'text-decoration:none">REVIEW DOCUMENT</a></td></tr><tr><td style="padding:24px;font-size:11px">'
            '<b>Do Not Share This Email</b><br>This email contains a secure link.</td></tr></table></body></html>\n'
            % (ralnum(rng, 6), rhex(rng, 16)))
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "us-ascii", "7bit"),
                                         mime.text_part(html, "html", "us-ascii", "quoted-printable")], rhex(rng, 32))
    h = [("Return-Path", "<dse@%s.net>" % ralnum(rng, 9)), ("Delivered-To", rcpt),
         mx(rng, "srv%d.%s.net" % (rng.randrange(1, 99), ralnum(rng, 9)), "91.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt),
         ("From", "\"DocuSign via Signature Services\" <dse@%s.net>" % ralnum(rng, 9)),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "Completed: PowerHouse Catalog Vendor Agreement 2027 - Please review"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@%s.net>" % (uuid(rng), ralnum(rng, 9))),
         ("MIME-Version", "1.0")]
    return std(h, alt)


@M("M31", "cc", "en", "phishing (HTML attachment)", "10-30 10:58", "phishing",
   "'Remittance advice' phishing with an .htm attachment. Automated, no labels.")
def m31(rng, rcpt, when):
    text = ("Hello,\n\nPlease find attached remittance advice for payment #88213 released today.\n\nKindly confirm "
            "receipt.\n\nRegards,\nAccounts Payable\n")
    att = {"kind": "html", "name": "Remittance_Advice_88213.htm",
           "text": ('<html><head><title>Remittance</title></head><body><script>window.location="https://'
                    'remit-view.%s.xyz/?u=customercare@alliant-energy.com";</script>Loading...</body></html>\n'
                    % ralnum(rng, 6))}
    mixed = mime.multipart("mixed", [mime.text_part(text, "plain", "us-ascii", "7bit"), files.attachment(att, rng)],
                           "----=_Part_" + rhex(rng, 20))
    h = [("Return-Path", "<ap@%s-corp.com>" % ralnum(rng, 6)), ("Delivered-To", rcpt),
         mx(rng, "mail.%s-corp.com" % ralnum(rng, 6), "194.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt),
         ("From", "Accounts Payable <ap@%s-corp.com>" % ralnum(rng, 6)),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Remittance Advice - Payment #88213"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s@%s-corp.com>" % (rhex(rng, 18), ralnum(rng, 6))),
         ("MIME-Version", "1.0")]
    return std(h, mixed)


@M("M32", "cc", "es", "Spanish phishing (mailbox full)", "10-31 01:06", "phishing",
   "Spanish 'your mailbox is full' credential phishing. Automated, no labels.")
def m32(rng, rcpt, when):
    html = ('<html><body style="font-family:Arial"><p><b>Aviso del administrador de correo</b></p><p>Su buzón '
            'customercare@alliant-energy.com ha alcanzado el 98%% de su capacidad de almacenamiento. Los mensajes '
            'nuevos serán rechazados.</p><p>Para aumentar su espacio sin costo, valide su cuenta aquí:</p><p><a '
            'href="https://webmail-validacion.%s.site/?m=customercare@alliant-energy.com">VALIDAR CUENTA</a></p><p '
            'style="font-size:11px;color:#888">Equipo de soporte técnico</p></body></html>\n' % ralnum(rng, 6))
    h = [("Return-Path", "<soporte@%s.site>" % ralnum(rng, 7)), ("Delivered-To", rcpt),
         mx(rng, "smtp.%s.site" % ralnum(rng, 7), "177.%d.%d.%d" % (
             rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250)), when, rcpt, esmtps=False),
         ("From", "=?ISO-8859-1?Q?Administrador_de_Correo?= <soporte@%s.site>" % ralnum(rng, 7)),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", mime.enc_header_text("Aviso: su buzón ha alcanzado el límite de almacenamiento", "iso-8859-1")),
         ("Date", mime.fmt_date(when.astimezone(datetime.timezone(datetime.timedelta(hours=-3))))),
         ("Message-ID", "<%s@%s.site>" % (rhex(rng, 16), ralnum(rng, 7))),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(html, "html", "iso-8859-1", "quoted-printable"))


# ================================================================== receipts, challenge-response, list post
@M("M33", "cat", "en", "Outlook read receipt (MDN)", "10-24 09:30", "read-receipt",
   "Read receipt (message/disposition-notification) for the new-arrivals catalog e-mail. Automated.",
   answers="catalog2")
def m33(rng, rcpt, when):
    reader = "dkoch@kochinsurance.net"
    inst = ours.instance("catalog2", reader, rng)
    text = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (
        reader, inst["subject"], inst["date"].strftime("%A, %B %d, %Y %I:%M:%S %p"),
        when.strftime("%A, %B %d, %Y %I:%M:%S %p")))
    mdn = ("Reporting-UA: kochinsurance.net; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (reader,
                                                                                                 inst["msgid"]))
    rep = mime.multipart("report", [mime.text_part_q(text, "plain", "us-ascii", "7bit"),
                                    mime.Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
                         "----=_NextPart_000_%04X_01DC%04X.%08X" % (rng.randrange(0, 65535), rng.randrange(0, 65535),
                                                                    rng.getrandbits(32)),
                         params=" report-type=disposition-notification;")
    h = [("Return-Path", "<dkoch@kochinsurance.net>"), ("Delivered-To", rcpt),
         mx(rng, "mail.kochinsurance.net", "68.%d.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255),
                                                           rng.randrange(2, 250)), when, rcpt),
         ("From", "Dave Koch <dkoch@kochinsurance.net>"),
         ("To", "<powerhousecatalog@alliant-energy.com>"),
         ("Subject", "Read: " + inst["subject"]),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<%s$%s$%s$@kochinsurance.net>" % (rhex(rng, 16), rhex(rng, 8), rhex(rng, 8))),
         ("X-Mailer", "Microsoft Outlook 16.0"),
         ("MIME-Version", "1.0")]
    return std(h, rep)


@M("M34", "cc", "en", "challenge-response filter", "10-22 14:05", "challenge",
   "A challenge-response spam filter asking us to verify before it delivers our acknowledgement. Automated per "
   "rulebook; never answered.", answers="ack")
def m34(rng, rcpt, when):
    prot = "wkuecker@netins-mail.net"
    inst = ours.instance("ack", prot, rng, when=(10, 22, 14, 4),
                         fields={"orig": "no more ads", "what": "marketing postal mail", "when": "October 22, 2026"})
    text = ("Hello,\n\nI'm protecting myself from spam with BoxGuard. Your message to %s has been held.\n\n"
            "Please click the link below to verify that you are a real person. You only have to do this once.\n\n"
            "https://verify.boxguard.net/c/%s\n\nYour original message subject: %s\n\nThank you,\nBoxGuard on behalf "
            "of %s\n" % (prot, rhex(rng, 24), inst["subject"], prot))
    h = [("Return-Path", "<>"), ("Delivered-To", rcpt),
         mx(rng, "mx%d.boxguard.net" % rng.randrange(1, 5), "64.%d.%d.%d" % (rng.randrange(1, 255),
                                                                             rng.randrange(1, 255),
                                                                             rng.randrange(2, 250)), when, rcpt),
         ("From", "BoxGuard Verification <verify@boxguard.net>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Please verify your message to %s" % prot),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<cr.%s@boxguard.net>" % rhex(rng, 20)),
         ("In-Reply-To", inst["msgid"]),
         ("Auto-Submitted", "auto-replied"),
         ("Precedence", "junk"),
         ("MIME-Version", "1.0")]
    return std(h, mime.text_part(text, "plain", "us-ascii", "7bit"))


@M("M35", "cc", "en", "Google Groups list post", "10-28 20:10", "list-post",
   "A post to a local energy mailing list that customercare@ is subscribed to. It discusses opting out, but it is "
   "list traffic addressed to the group, not to us: automated, no labels.")
def m35(rng, rcpt, when):
    text = ("Hi all,\n\nReminder that the community solar info session is Thursday at 7 at the Goodman Center. "
            "Someone asked last week whether signing up puts you on more utility mailing lists. From what I can "
            "tell you can opt out of the promotional stuff any time without affecting the subscription.\n\n"
            "See you Thursday,\nKaren P.\n\n-- \nYou received this message because you are subscribed to the Google "
            "Groups \"Madison Energy Neighbors\" group.\nTo unsubscribe from this group and stop receiving emails "
            "from it, send an email to madison-energy-neighbors+unsubscribe@googlegroups.com.\n")
    alt = mime.multipart("alternative", [mime.text_part(text, "plain", "UTF-8"),
                                         mime.text_part('<div dir="ltr">%s</div>\n' % mime.text_to_html_lines(text),
                                                        "html", "UTF-8", "quoted-printable")],
                         "000000000000" + rhex(rng, 16))
    h = [("Return-Path", "<madison-energy-neighbors+bncBD%s@googlegroups.com>" % ralnum(rng, 30, True)),
         ("Delivered-To", rcpt),
         mx(rng, "mail-yb1-f%d.google.com" % rng.randrange(41, 200), "209.85.219.%d" % rng.randrange(2, 250), when,
            rcpt),
         ("DKIM-Signature", clients.dkim(rng, "googlegroups.com", "20230601", "list-unsubscribe:list-archive:"
                                          "list-help:list-post:list-id:mailing-list:precedence:to:subject:"
                                          "message-id:date:from:mime-version")),
         ("MIME-Version", "1.0"),
         ("From", "Karen Pohlman <karenpohlman@gmail.com>"),
         ("Date", mime.fmt_date(when)),
         ("Message-ID", "<CA+%s@mail.gmail.com>" % rb64(rng, 44).replace("/", "_")),
         ("Subject", "[madison-energy-neighbors] Community solar info session Thursday"),
         ("To", "Madison Energy Neighbors <madison-energy-neighbors@googlegroups.com>"),
         ("X-Original-Sender", "karenpohlman@gmail.com"),
         ("Reply-To", "madison-energy-neighbors@googlegroups.com"),
         ("Precedence", "list"),
         ("Mailing-list", "list madison-energy-neighbors@googlegroups.com; contact "
          "madison-energy-neighbors+owners@googlegroups.com"),
         ("List-ID", "<madison-energy-neighbors.googlegroups.com>"),
         ("List-Post", "<https://groups.google.com/group/madison-energy-neighbors/post>, "
          "<mailto:madison-energy-neighbors@googlegroups.com>"),
         ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>, "
          "<https://groups.google.com/group/madison-energy-neighbors/subscribe>" % rng.randrange(10 ** 11, 10 ** 12))]
    return std(h, alt)
