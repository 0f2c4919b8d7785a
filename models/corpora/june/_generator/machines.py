# -*- coding: utf-8 -*-
"""Machine mail of 7-18 June 2027: bounces of several MTAs, auto-replies, receipts, newsletters, list posts,
vendor notices, a calendar invitation, cold outreach and phishing.  Each one is written out by hand."""
import datetime as dt

from mimekit import (CDT, UTC, PDT, rng_for, rstr, rhex, rb64, ruuid, d2822, d2822_0, ew, addr, leaf, multipart,
                     our_chain, auth_pass, dkim_sig, finish, MAILBOXES, b64_encode, qp_encode)
from ours import ack, staff, promo, outage, CC, PH

_M = []


def T(day, h, mi, s=0):
    return dt.datetime(2027, 6, day, h, mi, s, tzinfo=CDT)


def M(spec, mailbox, arrive, category, program, note, language="en", **kw):
    def deco(fn):
        d = dict(spec=spec, mailbox={"cc": "customercare", "ph": "powerhousecatalog"}[mailbox],
                 arrive=arrive, category=category, program=program, note=note, language=language,
                 automated=True, build=fn)
        d.update(kw)
        _M.append(d)
        return fn
    return deco


def ext(m, r, env_from, host, ip, auth, tls="1.2", mx=None):
    return our_chain(r, m["mailbox"], env_from, m["arrive"], host, ip, auth, tls=tls, mx=mx)


def ack_headers_block(a, to):
    """The header block of one of our acknowledgements as a bounce would quote it."""
    return ("Return-Path: <%s>\nReceived: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.1.20])\n"
            "\tby smtp-out1.alliant-energy.com (Postfix) with ESMTPS id 4W%s\n\tfor <%s>; %s\n"
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=ae2026;\n"
            "\tt=%d; bh=%s=;\n\th=From:To:Subject:Date:Message-ID:In-Reply-To:Auto-Submitted\n"
            "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
            "Precedence: auto_reply\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 7bit\n"
            % (a["from_addr"], rstr(rng_for(a["msgid"]), 12), to, d2822(a["date"], pad=True, zone_comment=True),
               int(a["date"].timestamp()), rb64(rng_for(a["msgid"] + "bh"), 43), a["from_name"], a["from_addr"], to,
               a["subject"], d2822(a["date"]), a["msgid"]))


# ---------------------------------------------------------------- newsletters
def utilitycx(m, issue_date, headline, items):
    r = rng_for(m["spec"])
    sent = m["arrive"] - dt.timedelta(seconds=r.randint(20, 90))
    host = "o%d.mta%d.sendwave-mail.net" % (r.randint(10, 99), r.randint(1, 4))
    ip = "167.89.%d.%d" % (r.randint(1, 120), r.randint(2, 250))
    envf = "bounces+%d-%s-customercare=alliant-energy.com@em4471.utilitycxbrief.com" % (r.randint(1000000, 9999999),
                                                                                        rhex(r, 4))
    text = ("UtilityCX Brief | %s\n\n%s\n\n" % (issue_date, headline)
            + "\n\n".join("%s\n%s" % (t, b) for t, b in items)
            + "\n\n--\nYou are receiving UtilityCX Brief because customercare@alliant-energy.com subscribed at "
              "utilitycxbrief.com.\nManage preferences or unsubscribe: https://utilitycxbrief.com/p/%s\n"
              "UtilityCX Media, 220 N. Green St, Chicago, IL 60607\n" % rhex(r, 16))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>UtilityCX Brief</title></head>'
            '<body style="margin:0;background:#f3f4f6"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Georgia,serif">'
            '<tr><td style="padding:24px"><p style="font-size:12px;color:#6b7280">UtilityCX Brief &middot; '
            + issue_date + '</p><h1 style="font-size:24px">' + headline + '</h1>'
            + "".join('<h2 style="font-size:18px">%s</h2><p>%s</p>' % (t, b) for t, b in items)
            + '<p style="font-size:11px;color:#6b7280">You are receiving UtilityCX Brief because '
              'customercare@alliant-energy.com subscribed. <a href="https://utilitycxbrief.com/p/x">Manage '
              'preferences or unsubscribe</a>.<br>UtilityCX Media, 220 N. Green St, Chicago, IL 60607</p>'
              '</td></tr></table></td></tr></table><img src="https://u4471.ct.sendwave-mail.net/wf/open?upn='
            + rstr(r, 40) + '" width="1" height="1" alt=""></body></html>\n')
    bnd = rhex(r, 60)
    top = multipart("alternative", bnd, [leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                         leaf("text/html; charset=utf-8", html, "quoted-printable")])
    hd = [("DKIM-Signature", dkim_sig(r, "utilitycxbrief.com", "s1", "from:content-type:subject:list-unsubscribe:"
                                      "list-unsubscribe-post:list-id:to:cc:\r\n\tcontent-type:from:subject:to",
                                      sent)),
          ("DKIM-Signature", dkim_sig(r, "sendwave-mail.net", "smtpapi", "from:content-type:subject:"
                                      "list-unsubscribe:to:cc:content-type:from:subject:to", sent)),
          ("Received", "by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%d\r\n\t%s"
           % (rhex(r, 10), rstr(r, 5).lower(), rhex(r, 10), rstr(r, 5).lower(), rhex(r, 8).upper(),
              r.randint(1, 99), d2822(sent.astimezone(UTC), pad=False) + " (UTC)")),
          ("Content-Type", top.headers[0][1]),
          ("Date", d2822(sent.astimezone(UTC))),
          ("From", "UtilityCX Brief <newsletter@utilitycxbrief.com>"),
          ("Mime-Version", "1.0"),
          ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rstr(r, 22), r.randint(1, 40))),
          ("Subject", "UtilityCX Brief: " + headline),
          ("List-Id", "UtilityCX Brief <brief.utilitycxbrief.com>"),
          ("List-Unsubscribe", "<https://utilitycxbrief.com/u/%s>,\r\n <mailto:unsubscribe@utilitycxbrief.com?subject="
                               "unsubscribe-%s>" % (rhex(r, 24), rhex(r, 10))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"),
          ("Feedback-ID", "%d:SG" % r.randint(1000000, 9999999)),
          ("X-SG-EID", rb64(r, 60) + "\r\n " + rb64(r, 40)),
          ("To", "customercare@alliant-energy.com")]
    top.headers = []
    chain = ext(m, r, envf, host, ip, auth_pass(r, "utilitycxbrief.com", envf, ip, "s1"))
    return finish(chain, hd, top)


@M("newsletter-utilitycx-0607", "cc", T(7, 6, 58, 10), "automated: newsletter", "ESP (SendWave)",
   "industry newsletter the mailbox subscribed to; List-Id, List-Unsubscribe, Precedence: bulk; mentions opt-outs "
   "in its articles")
def _nl1(m):
    return utilitycx(m, "June 7, 2027", "Storm season is a trust test",
                     [("Outage texts beat e-mail, again", "A survey of 41 Midwest utilities finds customers read "
                       "outage texts within 4 minutes; e-mail alerts average 3 hours."),
                      ("When customers reply STOP", "Several co-ops report customers answering outage e-mails with "
                       "STOP or unsubscribe. Do you treat that as an opt-out from marketing, from alerts, or "
                       "neither? Three CX leads weigh in."),
                      ("Budget billing enrollments up 18%", "Higher summer bills push enrollments early.")])


@M("newsletter-privacyops", "cc", T(10, 6, 50, 22), "automated: newsletter", "ESP (Mailerlite-like)",
   "privacy-operations newsletter full of 'opt-out', 'do not share' and 'suppression' vocabulary: bulk mail, "
   "no request")
def _nl3(m):
    r = rng_for(m["spec"])
    sent = m["arrive"] - dt.timedelta(seconds=44)
    host = "smtp-out%d.mlsend-mail.com" % r.randint(1, 9)
    ip = "185.136.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "bounce-%s@bounce.privacyopsdigest.com" % rhex(r, 16)
    text = ("THE PRIVACY OPS DIGEST - Issue 112 - June 10, 2027\n\n"
            "1. Universal opt-out signals: three more states now require businesses to honor browser signals as a "
            "request to opt out of sale or sharing.\n\n"
            "2. The suppression file is not a strategy. How one retailer cut re-mailing of opted-out customers by 90% "
            "by matching on the customer number instead of the name.\n\n"
            "3. Template: acknowledging a 'do not share my information' request within 10 business days.\n\n"
            "4. Reader question: should a reply of 'STOP' to a service notice count as a marketing opt-out? Our "
            "answer: no, but someone should look at it.\n\n"
            "You're subscribed as customercare@alliant-energy.com. Unsubscribe: https://privacyopsdigest.com/unsub/"
            + rhex(r, 20) + "\n")
    html = ("<html><body style=\"font-family:Arial\"><h2>The Privacy Ops Digest &mdash; Issue 112</h2>"
            + "".join("<p>%s</p>" % p for p in text.split("\n\n")[1:]) + "</body></html>\n")
    bnd = "_----------=_MCPart_" + str(r.randint(100000000, 999999999))
    top = multipart("alternative", bnd, [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                         leaf('text/html; charset="utf-8"', html, "quoted-printable")])
    hd = [("DKIM-Signature", dkim_sig(r, "privacyopsdigest.com", "ml", "from:to:subject:date:list-unsubscribe:"
                                      "message-id", sent)),
          ("Date", d2822(sent)),
          ("From", "The Privacy Ops Digest <hello@privacyopsdigest.com>"),
          ("Reply-To", "editor@privacyopsdigest.com"),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Issue 112: opt-out signals, suppression files, and the STOP problem"),
          ("Message-ID", "<%s@privacyopsdigest.com>" % rhex(r, 32)),
          ("List-Unsubscribe", "<https://privacyopsdigest.com/unsub/%s>, <mailto:unsub-%s@privacyopsdigest.com>"
           % (rhex(r, 20), rhex(r, 12))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"),
          ("X-Mailer", "MailerLite"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "privacyopsdigest.com", envf, ip, "ml"))
    return finish(chain, hd, top)


# ---------------------------------------------------------------- bounces
@M("bounce-postfix-own-typo", "cc", T(7, 8, 40, 3), "automated: bounce", "Postfix (our outbound)",
   "our own outbound Postfix could not find the domain of a Friday sender (comcast.nte): DSN carrying our "
   "acknowledgement text, which talks about opting out and sharing")
def _b1(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00027", "customercare", T(4, 16, 50), T(4, 16, 51, 7))
    to = "rkowalski@comcast.nte"
    qid = "4W" + rstr(r, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    bnd = "%s.%d/smtp-out1.alliant-energy.com" % (qid, int(m["arrive"].timestamp()))
    p1 = leaf("text/plain; charset=us-ascii",
              "This is the mail system at host smtp-out1.alliant-energy.com.\n\nI'm sorry to have to inform you that "
              "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem "
              "report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<%s>: Host or domain name not found. Name service error for\n"
              "    name=comcast.nte type=AAAA: Host not found\n" % to,
              extra=[("Content-Description", "Notification")])
    p2 = leaf("message/delivery-status",
              "Reporting-MTA: dns; smtp-out1.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; "
              "customercare@alliant-energy.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: "
              "rfc822;%s\nAction: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. "
              "Name service\n    error for name=comcast.nte type=AAAA: Host not found\n"
              % (qid, d2822(a["date"], pad=True, zone_comment=True), to, to),
              extra=[("Content-Description", "Delivery report")])
    orig = ack_headers_block(a, to) + "\n" + a["text"]
    p3 = leaf("message/rfc822", orig, "7bit", extra=[("Content-Description", "Undelivered Message")])
    top = multipart("report", bnd, [p1, p2, p3], ct_raw='multipart/report; report-type=delivery-status;\r\n'
                                                          '\tboundary="%s"' % bnd,
                    preamble="This is a MIME-encapsulated message.\n")
    hd = [("Received", "by smtp-out1.alliant-energy.com (Postfix)\r\n\tid %s; %s"
           % (queue_id_like(r), d2822(m["arrive"], pad=True, zone_comment=True))),
          ("Date", d2822(m["arrive"], pad=True, zone_comment=True)),
          ("From", "MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "customercare@alliant-energy.com"),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0")]
    hd.append(("Message-Id", "<20270607134003.%s@smtp-out1.alliant-energy.com>" % qid))
    chain = ext(m, r, None, "smtp-out1.alliant-energy.com", "10.40.1.21",
                "none (no signature) header.from=smtp-out1.alliant-energy.com", tls="1.3", mx="mx1")
    return finish(chain, hd, top)


def queue_id_like(r):
    return "4W" + rstr(r, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


@M("bounce-exim-quota", "cc", T(9, 6, 15, 40), "automated: bounce", "Exim",
   "Exim 'Mail delivery failed' for a staff answer to a May correspondent (mailbox full); the returned message "
   "quotes the customer's old opt-out request")
def _b2(m):
    r = rng_for(m["spec"])
    host = "mx1.prairienet.net"
    ip = "208.67.%d.%d" % (r.randint(1, 200), r.randint(2, 250))
    to = "hank.dirks@prairienet.net"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <customercare@alliant-energy.com>\n"
            "Received: from smtp-out1.alliant-energy.com ([198.51.100.24])\n"
            "\tby mx1.prairienet.net with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.97.1)\n\t(envelope-from <customercare@alliant-energy.com>)\n\tid 1sQ%s-000%s-2b\n"
            "\tfor %s;\n\tTue, 08 Jun 2027 10:20:44 -0500\n"
            "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\n"
            "To: Hank Dirks <%s>\n"
            "Subject: RE: please stop the mailers [CC-2027-05-00318]\n"
            "Date: Tue, 8 Jun 2027 15:20:41 +0000\n"
            "Message-ID: <DM6PR11MB40975A21F0C3B8E4D1A2C9E0D9612@DM6PR11MB4097.namprd11.prod.outlook.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            "Dear Mr. Dirks,\n\n"
            "We have removed your name from our marketing mailing lists as you asked.\n"
            "Please allow up to 10 business days for mailings already in production.\n\n"
            "Denise K.\nAlliant Energy Customer Care\n\n"
            "-----Original Message-----\nFrom: Hank Dirks <%s>\nSent: Friday, May 28, 2027 4:02 PM\n"
            "To: customercare@alliant-energy.com\nSubject: please stop the mailers\n\n"
            "Please stop all the mailers about the thermostats and such. Hank Dirks, 52057\n"
            % (to, rstr(r, 3), rstr(r, 3), to, to, to))
    top = leaf("text/plain; charset=us-ascii", body)
    hd = [("Received", "from Debian-exim by mx1.prairienet.net with local (Exim 4.97.1)\r\n\tid 1sQ%s-000%s-1a"
           "\r\n\tfor customercare@alliant-energy.com;\r\n\t%s" % (rstr(r, 3), rstr(r, 3),
                                                                   d2822_0(m["arrive"] - dt.timedelta(seconds=2)))),
          ("X-Failed-Recipients", to),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mx1.prairienet.net>"),
          ("To", "customercare@alliant-energy.com"),
          ("References", "<DM6PR11MB40975A21F0C3B8E4D1A2C9E0D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1sQ%s-000%s-1a@mx1.prairienet.net>" % (rstr(r, 3), rstr(r, 3))),
          ("Date", d2822_0(m["arrive"] - dt.timedelta(seconds=2))),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, "spf=none smtp.helo=mx1.prairienet.net;\r\n\tdkim=none;\r\n\tdmarc=none")
    return finish(chain, hd, top)


@M("bounce-gmail-dsn", "cc", T(9, 13, 12, 5), "automated: bounce", "Gmail DSN",
   "Google 'Delivery Status Notification (Failure)' for a staff reply: account disabled; multipart/report with "
   "the returned headers")
def _b3(m):
    r = rng_for(m["spec"])
    to = "l.hoversten@gmail.com"
    sent = m["arrive"] - dt.timedelta(seconds=3)
    host = "mail-sor-f69.google.com"
    ip = "209.85.220.69"
    bnd = "000000000000" + rhex(r, 16)
    alt_b = "000000000000" + rhex(r, 16)
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=DisabledUser\n\n"
           "The response was:\n\n550 5.2.1 The email account that you tried to reach is disabled. For more "
           "information, go to https://support.google.com/mail/?p=DisabledUser %s.%d - gsmtp\n" % (to, rstr(r, 16),
                                                                                                   r.randint(1, 9)))
    html = ("\n<html>\n<head></head>\n<body>\n<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
            "style=\"padding-top:32px;background-color:#ffffff;\"><tbody>\n<tr><td><h1 style=\"font-size:24px;\">"
            "Address not found</h1><p style=\"font-size:14px;\">Your message wasn't delivered to <a style=\"color:"
            "#212121;text-decoration:none;\"><b>%s</b></a> because the address couldn't be found, or is unable to "
            "receive mail.</p></td></tr>\n</tbody></table>\n<p>The response from the remote server was:</p>\n<p "
            "style=\"font-family:monospace\">550 5.2.1 The email account that you tried to reach is disabled.</p>\n"
            "</body>\n</html>\n" % to)
    alt = multipart("alternative", alt_b, [leaf('text/plain; charset="UTF-8"', txt), leaf('text/html; charset="UTF-8"',
                                                                                         html)])
    ds = leaf("message/delivery-status",
              "Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; smtp-out1.alliant-energy.com\n"
              "Arrival-Date: %s\nX-Original-Message-ID: <DM6PR11MB4097C71E2A0F93B6D1E4A5F1D9612@DM6PR11MB4097."
              "namprd11.prod.outlook.com>\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.1\n"
              "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4023:1c02::1b, the server for the domain "
              "gmail.com.)\nDiagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled.\n"
              "Last-Attempt-Date: %s\n" % (d2822(sent.astimezone(PDT)), to, d2822(sent.astimezone(PDT))))
    rh = leaf("text/rfc822-headers",
              "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: Laurie Hoversten <%s>\n"
              "Subject: RE: Privacy question about my smart meter data\nThread-Topic: Privacy question about my smart "
              "meter data\nDate: Wed, 9 Jun 2027 18:11:58 +0000\nMessage-ID: <DM6PR11MB4097C71E2A0F93B6D1E4A5F1D9612@"
              "DM6PR11MB4097.namprd11.prod.outlook.com>\nContent-Type: multipart/alternative;\n boundary=\"_000_"
              "DM6PR11MB4097C71E2A0F93B6D1E4A5F1D9612DM6PR11MB4097namp_\"\nMIME-Version: 1.0\n" % to)
    top = multipart("report", bnd, [alt, ds, rh],
                    ct_raw='multipart/report; boundary="%s"; report-type=delivery-status' % bnd)
    hd = [("Received", "by %s with SMTP id %s.%d\r\n        for <customercare@alliant-energy.com>; %s"
           % (host, rstr(r, 20), r.randint(1, 9), d2822_0(sent.astimezone(PDT)) + " (PDT)")),
          ("DKIM-Signature", dkim_sig(r, "googlemail.com", "20230601", "to:from:subject:message-id:references:"
                                      "in-reply-to:date:mime-version", sent)),
          ("X-Received", "by 2002:a05:6870:%s:b0:%s:%s with SMTP id %s; %s"
           % (rhex(r, 4), rhex(r, 3), rhex(r, 4), rhex(r, 12), d2822_0(sent.astimezone(PDT)) + " (PDT)")),
          ("Content-Type", top.headers[0][1]),
          ("Return-Path", "<>"),
          ("Received", "by %s with SMTP id %s; %s" % (host, rhex(r, 12), d2822_0(sent.astimezone(PDT)) + " (PDT)")),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "customercare@alliant-energy.com"),
          ("Auto-Submitted", "auto-replied"),
          ("Message-ID", "<%s.%s.%s@mx.google.com>" % (rhex(r, 8), rhex(r, 6), rhex(r, 4))),
          ("Date", d2822_0(sent.astimezone(PDT))),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", "<DM6PR11MB4097C71E2A0F93B6D1E4A5F1D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"),
          ("In-Reply-To", "<DM6PR11MB4097C71E2A0F93B6D1E4A5F1D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"),
          ("X-Failed-Recipients", to),
          ("MIME-Version", "1.0")]
    top.headers = []
    chain = ext(m, r, None, host, ip, auth_pass(r, "googlemail.com", "", ip, "20230601", spf="none"))
    return finish(chain, hd, top)


@M("bounce-yahoo-quota", "ph", T(8, 16, 13, 30), "automated: bounce", "Yahoo (qmail-style)",
   "Yahoo 'Failure Notice' for our acknowledgement of a Yahoo unsubscribe (mailbox over quota); legacy format "
   "without MIME-Version; the copy below carries our opt-out wording")
def _b4(m):
    r = rng_for(m["spec"])
    host = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (r.randint(300, 330), r.randint(1, 40))
    ip = "98.137.%d.%d" % (r.choice([64, 65, 66, 68, 69]), r.randint(10, 250))
    a = ack("CC-2027-06-00059", "powerhousecatalog", T(8, 16, 12), T(8, 16, 13, 1))
    to = "cboeckmann@yahoo.com"
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "552: 5.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded\n\n"
            "--- Below this line is a copy of the message.\n\n" % to
            + ack_headers_block(a, to) + "\n" + a["text"])
    top = leaf(None, body, ct_raw=None)
    top.headers = []
    hd = [("Date", d2822(m["arrive"].astimezone(UTC) - dt.timedelta(seconds=1))),
          ("From", "MAILER-DAEMON@yahoo.com"),
          ("To", PH),
          ("Subject", "Failure Notice"),
          ("X-Yahoo-Newman-Property", "ymail-5")]
    chain = ext(m, r, None, host, ip, "spf=none smtp.helo=%s;\r\n\tdkim=none;\r\n\tdmarc=none" % host)
    return finish(chain, hd, top)


@M("bounce-exchange-ndr", "cc", T(11, 8, 0, 26), "automated: bounce", "Exchange Online NDR",
   "Exchange Online 'Undeliverable' (550 5.1.10 RecipientNotFound) for a staff reply to a business contact")
def _b5(m):
    r = rng_for(m["spec"])
    host = "mail-bn7nam10on20%d.outbound.protection.outlook.com" % r.randint(600, 720)
    ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    to = "gkruse@linnmutual.com"
    bnd = "_000_%s_" % rstr(r, 40, "ABCDEF0123456789")
    alt_b = "_002_%s_" % rstr(r, 40, "ABCDEF0123456789")
    txt = ("Your message to %s couldn't be delivered.\n\ngkruse wasn't found at linnmutual.com.\n\n"
           "customercare    Office 365      gkruse\nAction Required                 Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the "
           "following:\n\n  *   Retype the recipient's address, then resend the message.\n\nDiagnostic information "
           "for administrators:\n\nGenerating server: SA1PR12MB7199.namprd12.prod.outlook.com\n\n%s\nRemote server "
           "returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
           "Original message headers:\n\nFrom: Alliant Energy Customer Care <customercare@alliant-energy.com>\n"
           "To: Gary Kruse <%s>\nSubject: RE: Storm damage claim - 2241 Edgewood Rd\nDate: Fri, 11 Jun 2027 "
           "12:59:41 +0000\nMessage-ID: <DM6PR11MB4097E1F3A0B2C4D5E6F70819D9612@DM6PR11MB4097.namprd11.prod."
           "outlook.com>\n" % (to, to, to))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p style=\"font-size:16pt\">Your message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</p>"
            "<p><b>gkruse</b> wasn't found at <b>linnmutual.com</b>.</p><p>Remote server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound'</p></body></html>\n" % (to, to))
    alt = multipart("alternative", alt_b, [leaf('text/plain; charset="us-ascii"', txt, "quoted-printable", "ascii"),
                                           leaf('text/html; charset="us-ascii"', html, "quoted-printable", "ascii")])
    ds = leaf("message/delivery-status",
              "Reporting-MTA: dns;SA1PR12MB7199.namprd12.prod.outlook.com\nReceived-From-MTA: dns;"
              "smtp-out1.alliant-energy.com\nArrival-Date: Fri, 11 Jun 2027 12:59:44 +0000\n\n"
              "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 "
              "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % to)
    rh = leaf("text/rfc822-headers",
              "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: Gary Kruse <%s>\n"
              "Subject: RE: Storm damage claim - 2241 Edgewood Rd\nDate: Fri, 11 Jun 2027 12:59:41 +0000\n"
              "Message-ID: <DM6PR11MB4097E1F3A0B2C4D5E6F70819D9612@DM6PR11MB4097.namprd11.prod.outlook.com>\n"
              "MIME-Version: 1.0\n" % to)
    top = multipart("report", bnd, [alt, ds, rh],
                    ct_raw='multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % bnd)
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2)
    hd = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + rb64(r, 70)
           + "\r\n " + rb64(r, 60) + "=="),
          ("Received", "from SA1PR12MB7199.namprd12.prod.outlook.com (2603:10b6:806:2b5::9) by\r\n "
           "SA1PR12MB7199.namprd12.prod.outlook.com with Microsoft SMTP Server id 15.20.8722.31; %s" % d2822_0(sent)),
          ("From", "Microsoft Outlook\r\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@linnmutual.onmicrosoft.com>"),
          ("To", "<customercare@alliant-energy.com>"),
          ("Date", d2822_0(sent)),
          ("Content-Language", "en-US"),
          ("Message-ID", "<%s@SA1PR12MB7199.namprd12.prod.outlook.com>" % ruuid(r, upper=False)),
          ("In-Reply-To", "<DM6PR11MB4097E1F3A0B2C4D5E6F70819D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"),
          ("References", "<DM6PR11MB4097E1F3A0B2C4D5E6F70819D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"),
          ("Subject", "Undeliverable: RE: Storm damage claim - 2241 Edgewood Rd"),
          ("Auto-Submitted", "auto-replied"),
          ("X-MS-PublicTrafficType", "Email"),
          ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, "spf=pass (mx1.alliant-energy.com: domain of postmaster@linnmutual.com "
                                      "designates %s as permitted sender) smtp.helo=%s;\r\n\tdkim=none;\r\n\tdmarc=none"
                % (ip, host), mx="mx1")
    return finish(chain, hd, top)


@M("bounce-sendmail-content", "ph", T(16, 11, 1, 45), "automated: bounce", "Sendmail",
   "sendmail 'Returned mail: see transcript for details': the customer's ISP rejected our acknowledgement as "
   "bulk; transcript plus the returned message")
def _b6(m):
    r = rng_for(m["spec"])
    host = "mx3.mediacombb.net"
    ip = "173.20.8.%d" % r.randint(10, 250)
    a = ack("CC-2027-06-00097", "powerhousecatalog", T(16, 11, 0), T(16, 11, 1, 14))
    to = "cweiland@mediacombb.net"
    qid = "2%s%s" % (rstr(r, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rstr(r, 10, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    bnd = "%s.%d/mx3.mediacombb.net" % (qid, int(m["arrive"].timestamp()))
    p1 = leaf("text/plain; charset=us-ascii",
              "The original message was received at %s\nfrom smtp-out1.alliant-energy.com [198.51.100.24]\n\n"
              "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
              "    (reason: 550 5.7.1 Message content rejected, UBE, id=%s)\n\n"
              "   ----- Transcript of session follows -----\n... while talking to filter.mediacombb.net.:\n"
              ">>> DATA\n<<< 550 5.7.1 Message content rejected, UBE, id=%s\n554 5.0.0 Service unavailable\n"
              % (d2822(m["arrive"] - dt.timedelta(seconds=20)), to, rhex(r, 10), rhex(r, 10)))
    p2 = leaf("message/delivery-status",
              "Reporting-MTA: dns; mx3.mediacombb.net\nReceived-From-MTA: DNS; smtp-out1.alliant-energy.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: RFC822; %s\nAction: failed\nStatus: 5.7.1\nRemote-MTA: DNS; "
              "filter.mediacombb.net\nDiagnostic-Code: SMTP; 550 5.7.1 Message content rejected, UBE\nLast-Attempt-Date:"
              " %s\n" % (d2822(m["arrive"] - dt.timedelta(seconds=20)), to, d2822(m["arrive"])))
    p3 = leaf("message/rfc822", ack_headers_block(a, to) + "\n" + a["text"], "7bit")
    top = multipart("report", bnd, [p1, p2, p3], ct_raw='multipart/report; report-type=delivery-status;\r\n'
                                                          '\tboundary="%s"' % bnd,
                    preamble="This is a MIME-encapsulated message\n")
    hd = [("Received", "from localhost (localhost)\r\n\tby mx3.mediacombb.net (8.17.1/8.17.1) id %s;\r\n\t%s"
           % (qid, d2822(m["arrive"]))),
          ("Date", d2822(m["arrive"])),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx3.mediacombb.net>"),
          ("Message-Id", "<%s.%s@mx3.mediacombb.net>" % (qid, rhex(r, 4))),
          ("To", "<powerhousecatalog@alliant-energy.com>"),
          ("MIME-Version", "1.0"),
          ("Subject", "Returned mail: see transcript for details"),
          ("Auto-Submitted", "auto-generated (failure)")]
    chain = ext(m, r, None, host, ip, "spf=none smtp.helo=mx3.mediacombb.net;\r\n\tdkim=none;\r\n\tdmarc=none")
    return finish(chain, hd, top)


@M("delay-postfix-own", "ph", T(17, 18, 21, 9), "automated: bounce", "Postfix (our outbound, delay warning)",
   "our outbound Postfix 'Delayed Mail (still being retried)' warning for an acknowledgement to charter.net; "
   "report only headers are returned")
def _b7(m):
    r = rng_for(m["spec"])
    to = "dharstad@charter.net"
    a = ack("CC-2027-06-00102", "powerhousecatalog", T(17, 14, 20), T(17, 14, 21, 2))
    qid = queue_id_like(r)
    bnd = "%s.%d/smtp-out1.alliant-energy.com" % (qid, int(m["arrive"].timestamp()))
    p1 = leaf("text/plain; charset=us-ascii",
              "This is the mail system at host smtp-out1.alliant-energy.com.\n\n####################################"
              "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
              "####################################################################\n\nYour message could not be "
              "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
              "                   The mail system\n\n<%s>: connect to\n    mx01.charter.net[47.43.26.56]:25: "
              "Connection timed out\n" % to, extra=[("Content-Description", "Notification")])
    p2 = leaf("message/delivery-status",
              "Reporting-MTA: dns; smtp-out1.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; "
              "powerhousecatalog@alliant-energy.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: "
              "delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx01.charter.net[47.43.26.56]:25:\n"
              "    Connection timed out\nWill-Retry-Until: Tue, 22 Jun 2027 14:21:02 -0500 (CDT)\n"
              % (qid, d2822(a["date"], pad=True, zone_comment=True), to),
              extra=[("Content-Description", "Delivery report")])
    p3 = leaf("text/rfc822-headers", ack_headers_block(a, to), extra=[("Content-Description",
                                                                      "Undelivered Message Headers")])
    top = multipart("report", bnd, [p1, p2, p3], ct_raw='multipart/report; report-type=delivery-status;\r\n'
                                                          '\tboundary="%s"' % bnd,
                    preamble="This is a MIME-encapsulated message.\n")
    hd = [("Received", "by smtp-out1.alliant-energy.com (Postfix)\r\n\tid %s; %s"
           % (queue_id_like(r), d2822(m["arrive"], pad=True, zone_comment=True))),
          ("Date", d2822(m["arrive"], pad=True, zone_comment=True)),
          ("From", "MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)"),
          ("Subject", "Delayed Mail (still being retried)"),
          ("To", "powerhousecatalog@alliant-energy.com"),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"),
          ("Message-Id", "<20270617232109.%s@smtp-out1.alliant-energy.com>" % qid)]
    chain = ext(m, r, None, "smtp-out1.alliant-energy.com", "10.40.1.21",
                "none (no signature) header.from=smtp-out1.alliant-energy.com", tls="1.3", mx="mx2")
    return finish(chain, hd, top)


# ---------------------------------------------------------------- auto-replies
@M("ooo-exchange-loop", "cc", T(7, 9, 55, 31), "automated: auto-reply (loop trap)", "Exchange Online OOF",
   "LOOP TRAP: Exchange 'Automatic reply' to our Friday acknowledgement; Auto-Submitted present; quotes our "
   "opt-out wording")
def _a1(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00029", "customercare", T(4, 17, 3), T(4, 17, 3, 48))
    frm = ("Jill Schmitz", "jschmitz@riverbendtitle.com")
    host = "mail-dm6nam12on20%d.outbound.protection.outlook.com" % r.randint(600, 720)
    ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2)
    txt = ("I am out of the office through Friday, June 11 with limited access to e-mail. For closings scheduled "
           "this week please contact Amy Reinhart at areinhart@riverbendtitle.com or call the office at "
           "(319) 555-0124.\n\nThank you,\nJill\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div>I am out of the office through Friday, June 11 with limited access to e-mail. For closings "
            "scheduled this week please contact Amy Reinhart at areinhart@riverbendtitle.com or call the office at "
            "(319) 555-0124.</div><div><br></div><div>Thank you,</div><div>Jill</div></body></html>\n")
    bnd = "_000_%s_" % rstr(r, 40, "ABCDEF0123456789")
    top = multipart("alternative", bnd, [leaf('text/plain; charset="us-ascii"', txt, "quoted-printable", "ascii"),
                                         leaf('text/html; charset="us-ascii"', html, "quoted-printable", "ascii")])
    hd = [("DKIM-Signature", dkim_sig(r, "riverbendtitle.com", "selector1", "From:Date:Subject:Message-ID:"
                                      "Content-Type:MIME-Version", sent)),
          ("From", addr(*frm)),
          ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
          ("Subject", "Automatic reply: We received your request [CC-2027-06-00029]"),
          ("Thread-Topic", "We received your request [CC-2027-06-00029]"),
          ("Thread-Index", "AQH" + rb64(r, 22) + "=="),
          ("Date", d2822_0(sent)),
          ("Message-ID", "<%s@SN7PR14MB6455.namprd14.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("References", a["msgid"]),
          ("In-Reply-To", a["msgid"]),
          ("Auto-Submitted", "auto-generated"),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Has-Attach", ""),
          ("Content-Language", "en-US"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, auth_pass(r, "riverbendtitle.com", "", ip, "selector1", spf="none"))
    return finish(chain, hd, top)


@M("ooo-headerless-comcast", "cc", T(7, 12, 31, 22), "automated: auto-reply (loop trap)", "Comcast vacation",
   "LOOP TRAP: headerless vacation reply (no Auto-Submitted, real Return-Path) from a customer's comcast address "
   "to our acknowledgement; LABELS: headerless auto-replies are automated")
def _a2(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00043", "customercare", T(7, 12, 30), T(7, 12, 31, 5))
    email = "tjbrennan611@comcast.net"
    host = "resomta-a1p-%06d.sys.comcast.net" % r.randint(70000, 79999)
    ip = "96.103.%d.%d" % (r.randint(140, 150), r.randint(10, 250))
    txt = ("Thanks for your email. We are up north fishing until June 15 with no internet to speak of. Will "
           "answer when we get back.\n\nTom\n")
    top = leaf("text/plain; charset=UTF-8", txt, "7bit")
    sent = m["arrive"] - dt.timedelta(seconds=3)
    hd = [("DKIM-Signature", dkim_sig(r, "comcast.net", "20190202a", "Received:Date:From:To:Subject:Message-ID",
                                      sent)),
          ("Date", d2822(sent)),
          ("From", "tjbrennan611@comcast.net"),
          ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
          ("Message-ID", "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(10000, 99999),
                                                             int(sent.timestamp() * 1000))),
          ("In-Reply-To", a["msgid"]),
          ("Subject", "Re: We received your request [CC-2027-06-00043]"),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66")]
    chain = ext(m, r, email, host, ip, auth_pass(r, "comcast.net", email, ip, "20190202a"))
    return finish(chain, hd, top)


@M("ooo-headerless-charter", "ph", T(8, 7, 6, 20), "automated: auto-reply (loop trap)", "Thunderbird/charter vacation",
   "LOOP TRAP: headerless 'traveling' reply from the customer's own address to our acknowledgement, minutes "
   "after her real request; no Auto-Submitted")
def _a3(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00049", "powerhousecatalog", T(8, 7, 5), T(8, 7, 5, 58))
    email = "evosberg@charter.net"
    host = "p-impout%03d.msg.pkvw.co.charter.net" % r.randint(1, 9)
    ip = "47.43.26.%d" % r.randint(130, 140)
    txt = ("I am traveling with limited e-mail until June 20. If this is about the Mount Horeb Library Friends "
           "book sale, please contact Marlys at 608-555-0131.\n\nEleanor Vosberg\n")
    top = leaf("text/plain; charset=us-ascii", txt, "7bit")
    hd = [("Received", "from cmsmtp ([127.0.0.1])\r\n\tby cmsmtp with ESMTPA\r\n\tid %s; %s"
           % (rstr(r, 14), d2822(m["arrive"].astimezone(UTC) - dt.timedelta(seconds=4)))),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=5))),
          ("From", "evosberg@charter.net"),
          ("To", "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"),
          ("Subject", "Re: We received your request [CC-2027-06-00049]"),
          ("In-Reply-To", a["msgid"]),
          ("Message-ID", "<vacation.%s@charter.net>" % rhex(r, 16)),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, email, host, ip, auth_pass(r, "charter.net", email, ip, "dkim", dkim=None))
    return finish(chain, hd, top)


@M("ooo-sieve-ev-promo", "cc", T(8, 9, 31, 4), "automated: auto-reply", "Dovecot Sieve vacation",
   "Sieve vacation auto-reply (Auto-Submitted: auto-replied) to the EV promotion from a small-business mailbox")
def _a4(m):
    r = rng_for(m["spec"])
    q = promo("EV-EN", "kvogt@hawkeyeinsurancegroup.com")
    host = "mail.hawkeyeinsurancegroup.com"
    ip = "64.%d.%d.%d" % (r.randint(60, 99), r.randint(1, 250), r.randint(2, 250))
    txt = ("Hello,\n\nThank you for your email. I am away from the office until Wednesday, June 9. If you need "
           "to report a claim, please call our office at (319) 555-0186 during business hours.\n\n"
           "Karen Vogt\nHawkeye Insurance Group\n")
    top = leaf("text/plain; charset=utf-8", txt, "7bit")
    hd = [("Received", "by mail.hawkeyeinsurancegroup.com (Postfix)\r\n\tid %s; %s"
           % (rhex(r, 10).upper(), d2822(m["arrive"] - dt.timedelta(seconds=1), pad=True, zone_comment=True))),
          ("Message-ID", "<dovecot-sieve-%d-%d-0@mail.hawkeyeinsurancegroup.com>" % (int(m["arrive"].timestamp()),
                                                                                   r.randint(1000, 99999))),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=1))),
          ("X-Sieve", "Pigeonhole Sieve 0.5.21"),
          ("From", "Karen Vogt <kvogt@hawkeyeinsurancegroup.com>"),
          ("To", "<customercare@alliant-energy.com>"),
          ("Subject", "Automatic reply: Charge your EV at home for less: $500 back on a Level 2 charger"),
          ("In-Reply-To", q["msgid"]),
          ("References", q["msgid"]),
          ("Auto-Submitted", "auto-replied (vacation)"),
          ("Precedence", "bulk"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, "spf=none smtp.helo=%s;\r\n\tdkim=none;\r\n\tdmarc=none" % host)
    return finish(chain, hd, top)


@M("no-longer-monitored", "cc", T(8, 9, 32, 40), "automated: auto-reply", "cPanel autoresponder",
   "headerless 'this mailbox is no longer monitored' reply to the EV promotion from a closed business; no "
   "Auto-Submitted, real sender address -> still automated")
def _a5(m):
    r = rng_for(m["spec"])
    q = promo("EV-EN", "info@prairiefirebakery.com")
    host = "box2187.bluehost-like.net"
    host = "server%d.hostwinds-mail.net" % r.randint(100, 999)
    ip = "142.11.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    txt = ("Thank you for your message.\n\nPrairie Fire Bakery closed its doors on April 30, 2027. This mailbox is "
           "no longer monitored. Thank you for 12 wonderful years, Mount Vernon!\n\n- Deb & Carl\n")
    top = leaf("text/plain; charset=utf-8", txt, "7bit")
    email = "info@prairiefirebakery.com"
    hd = [("DKIM-Signature", dkim_sig(r, "prairiefirebakery.com", "default", "Subject:To:From:Date:Message-Id",
                                      m["arrive"])),
          ("Received", "from prairie by %s with local (Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid 1sQ%s-%s-Ab\r\n"
                       "\tfor customercare@alliant-energy.com; %s" % (host, email, rstr(r, 3), rstr(r, 6),
                                                                      d2822(m["arrive"] - dt.timedelta(seconds=2)))),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Re: Charge your EV at home for less: $500 back on a Level 2 charger"),
          ("X-PHP-Script", "autorespond"),
          ("From", "Prairie Fire Bakery <info@prairiefirebakery.com>"),
          ("Message-Id", "<E1sQ%s-%s-Ab@%s>" % (rstr(r, 3), rstr(r, 6), host)),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=2))),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, email, host, ip, auth_pass(r, "prairiefirebakery.com", email, ip, "default"))
    return finish(chain, hd, top)


@M("ooo-es-outlookcom", "cc", T(9, 9, 11, 40), "automated: auto-reply (loop trap)", "Outlook.com automatic reply",
   "LOOP TRAP: Spanish Outlook.com automatic reply to our acknowledgement of the same customer's opt-out a minute "
   "earlier; Auto-Submitted present", language="es")
def _a6(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00063", "customercare", T(9, 9, 10), T(9, 9, 11, 2))
    email = "leti.guzman77@hotmail.com"
    host = "mail-bn7nam10olkn20%d.outbound.protection.outlook.com" % r.randint(10, 99)
    ip = "40.92.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    txt = ("Hola, gracias por su mensaje. Estoy de vacaciones en México hasta el 21 de junio y revisaré mi correo a "
           "mi regreso.\n\nSaludos,\nLeticia\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div>Hola, gracias por su mensaje. Estoy de vacaciones en México hasta el 21 de junio y revisaré mi "
            "correo a mi regreso.</div><div><br></div><div>Saludos,<br>Leticia</div></body></html>\n")
    bnd = "_000_%s_" % rstr(r, 40, "ABCDEF0123456789")
    top = multipart("alternative", bnd, [leaf('text/plain; charset="utf-8"', txt, "base64"),
                                         leaf('text/html; charset="utf-8"', html, "base64")])
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2)
    hd = [("DKIM-Signature", dkim_sig(r, "hotmail.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:"
                                      "MIME-Version", sent)),
          ("From", "Leticia =?utf-8?B?R3V6bcOhbg==?= <%s>" % email),
          ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
          ("Subject", ew("Respuesta automática: We received your request [CC-2027-06-00063]")),
          ("Thread-Topic", "We received your request [CC-2027-06-00063]"),
          ("Date", d2822_0(sent)),
          ("Message-ID", "<%s@SJ0PR17MB5512.namprd17.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("References", a["msgid"]),
          ("In-Reply-To", a["msgid"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "es-MX"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, auth_pass(r, "hotmail.com", "", ip, "selector1", spf="none"))
    return finish(chain, hd, top)


@M("ooo-outage-outlookcom", "cc", T(10, 19, 42, 15), "automated: auto-reply", "Outlook.com automatic reply",
   "Outlook.com automatic reply to the outage alert, which has Reply-To customercare@, so it lands here")
def _a7(m):
    r = rng_for(m["spec"])
    q = outage("dfrahm@outlook.com", "3318 Mount Vernon Rd SE", "11:30 PM", "2,840")
    email = "dfrahm@outlook.com"
    host = "mail-dm6nam12olkn20%d.outbound.protection.outlook.com" % r.randint(10, 99)
    ip = "40.92.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    txt = ("I'm on vacation in Door County until June 16. If this is about the Lions Club golf outing, please "
           "contact Bob Herrick.\n\nDenise\n")
    top = leaf('text/plain; charset="us-ascii"', txt, "quoted-printable", "ascii")
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=1)
    hd = [("DKIM-Signature", dkim_sig(r, "outlook.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:"
                                      "MIME-Version", sent)),
          ("From", "Denise Frahm <%s>" % email),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Automatic reply: Outage alert: power is out at your address"),
          ("Thread-Topic", "Outage alert: power is out at your address"),
          ("Date", d2822_0(sent)),
          ("Message-ID", "<%s@MW4PR19MB7021.namprd19.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("References", q["msgid"]),
          ("In-Reply-To", q["msgid"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, auth_pass(r, "outlook.com", "", ip, "selector1", spf="none"))
    return finish(chain, hd, top)


@M("challenge-response", "cc", T(14, 8, 46, 2), "automated: auto-reply (loop trap)", "challenge-response service",
   "LOOP TRAP: challenge-response 'please verify you are a person' sent in the customer's name in answer to our "
   "acknowledgement (LABELS: challenge-response is automated)")
def _a8(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00087", "customercare", T(14, 8, 45), T(14, 8, 45, 40))
    host = "out%d.mailguardplus.com" % r.randint(1, 6)
    ip = "69.46.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "challenge-%s@mailguardplus.com" % rhex(r, 12)
    txt = ("Hello,\n\nI use MailGuard Plus to keep junk e-mail out of my inbox. Your message \"We received your "
           "request [CC-2027-06-00087]\" is being held until you confirm you are a real person.\n\n"
           "Please click the link below once. You will not have to do this again.\n\n"
           "https://verify.mailguardplus.com/c/%s\n\nThank you,\naziegler@windstream.net\n\n"
           "(This is an automated message from MailGuard Plus on behalf of aziegler@windstream.net.)\n" % rstr(r, 32))
    top = leaf("text/plain; charset=us-ascii", txt, "7bit")
    hd = [("DKIM-Signature", dkim_sig(r, "mailguardplus.com", "mg1", "From:To:Subject:Date:Message-ID", m["arrive"])),
          ("From", "\"aziegler@windstream.net via MailGuard Plus\" <verify@mailguardplus.com>"),
          ("Reply-To", "verify+%s@mailguardplus.com" % rhex(r, 10)),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Please verify your message to aziegler@windstream.net"),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=4))),
          ("Message-ID", "<%s@mailguardplus.com>" % rhex(r, 24)),
          ("In-Reply-To", a["msgid"]),
          ("Auto-Submitted", "auto-replied"),
          ("Precedence", "junk"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "mailguardplus.com", envf, ip, "mg1"))
    return finish(chain, hd, top)


@M("ooo-yahoo-vacation-loop", "cc", T(17, 8, 16, 1), "automated: auto-reply (loop trap)", "Yahoo vacation response",
   "LOOP TRAP: Yahoo vacation response to our acknowledgement of the same customer's message a minute earlier, "
   "from her own address; Auto-Submitted present")
def _a9(m):
    r = rng_for(m["spec"])
    a = ack("CC-2027-06-00100", "customercare", T(17, 8, 15), T(17, 8, 15, 40))
    email = "caroljensen55@yahoo.com"
    host = "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (r.randint(300, 330), r.randint(1, 40))
    ip = "98.137.%d.%d" % (r.choice([64, 65, 66, 68, 69]), r.randint(10, 250))
    txt = ("I'm at the lake with the grandkids until the 21st and won't be checking e-mail much. If it's about "
           "church circle, call Bonnie.\n\nCarol\n")
    top = leaf("text/plain; charset=UTF-8", txt, "7bit")
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2)
    hd = [("DKIM-Signature", dkim_sig(r, "yahoo.com", "s2048", "Date:From:To:Subject:From:Subject", sent)),
          ("X-Sonic-MF", "<%s>" % email),
          ("Date", d2822(sent) + " (UTC)"),
          ("From", "Carol Jensen <%s>" % email),
          ("To", "customercare@alliant-energy.com"),
          ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2099999999), r.randint(1000000, 9999999),
                                                        int(sent.timestamp() * 1000))),
          ("In-Reply-To", a["msgid"]),
          ("Subject", "Vacation Response: We received your request [CC-2027-06-00100]"),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, auth_pass(r, "yahoo.com", "", ip, "s2048", spf="none", policy="reject"))
    return finish(chain, hd, top)


# ---------------------------------------------------------------- read receipts
@M("read-receipt-outlook", "cc", T(10, 8, 5, 33), "automated: read receipt", "Exchange Online read receipt",
   "Outlook 'Read:' receipt for a staff answer to the veterinary clinic; multipart/report disposition-notification")
def _r1(m):
    r = rng_for(m["spec"])
    host = "mail-ch3nam10on20%d.outbound.protection.outlook.com" % r.randint(600, 720)
    ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    orig = "<DM6PR11MB40978E2C91A3B0D4F6E7A8B9D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"
    bnd = "_000_%s_" % rstr(r, 40, "ABCDEF0123456789")
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2)
    p1 = leaf('text/plain; charset="us-ascii"',
              "Your message\n\n  To: Hannah Greer\n  Subject: RE: Commercial account - promotional mail and a billing "
              "question\n  Sent: Wednesday, June 9, 2027 9:48:12 PM (UTC+00:00) Monrovia, Reykjavik\n\n"
              "was read on Thursday, June 10, 2027 1:05:31 PM (UTC+00:00) Monrovia, Reykjavik.\n",
              "quoted-printable", "ascii")
    p2 = leaf("message/disposition-notification",
              "Reporting-UA: CH3PR12MB8911.namprd12.prod.outlook.com; Microsoft Exchange Server\n"
              "Final-Recipient: rfc822;hgreer@bluestemvet.com\nOriginal-Message-ID: %s\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n" % orig)
    top = multipart("report", bnd, [p1, p2], ct_raw='multipart/report;\r\n\treport-type=disposition-notification;'
                                                     '\r\n\tboundary="%s"' % bnd)
    hd = [("DKIM-Signature", dkim_sig(r, "bluestemvet.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:"
                                      "MIME-Version", sent)),
          ("From", "Hannah Greer <hgreer@bluestemvet.com>"),
          ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
          ("Subject", "Read: RE: Commercial account - promotional mail and a billing question"),
          ("Thread-Topic", "Commercial account - promotional mail and a billing question"),
          ("Date", d2822_0(sent)),
          ("Message-ID", "<%s@CH3PR12MB8911.namprd12.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("References", orig),
          ("In-Reply-To", orig),
          ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, None, host, ip, auth_pass(r, "bluestemvet.com", "", ip, "selector1", spf="none"))
    return finish(chain, hd, top)


@M("mdn-thunderbird", "cc", T(10, 15, 15, 20), "automated: read receipt", "Thunderbird MDN",
   "Thunderbird 'Return Receipt (displayed)' for a staff answer to the family-of-companies question; a person's "
   "name and address, but software wrote it")
def _r2(m):
    r = rng_for(m["spec"])
    email = "webeling@netins.net"
    host = "smtp.netins.net"
    ip = "167.142.225.%d" % r.randint(10, 250)
    orig = "<DM6PR11MB4097F0A1B2C3D4E5F6A7B8C9D9612@DM6PR11MB4097.namprd11.prod.outlook.com>"
    bnd = "------------%s" % rstr(r, 24, "0123456789")
    p1 = leaf("text/plain; charset=UTF-8",
              "This is a Return Receipt for the mail that you sent to webeling@netins.net.\n\nNote: This Return "
              "Receipt only acknowledges that the message was displayed on the recipient's computer. There is no "
              "guarantee that the recipient has read or understood the message contents.\n", "7bit")
    p2 = leaf("message/disposition-notification; name=\"MDNPart2.txt\"",
              "Reporting-UA: netins.net; Mozilla Thunderbird\nFinal-Recipient: rfc822;webeling@netins.net\n"
              "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % orig, "7bit",
              extra=[("Content-Disposition", "inline")])
    p3 = leaf("text/rfc822-headers; name=\"MDNPart3.txt\"",
              "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: Walt Ebeling "
              "<webeling@netins.net>\nSubject: RE: Privacy policy question\nDate: Thu, 10 Jun 2027 19:58:02 +0000\n"
              "Message-ID: %s\nDisposition-Notification-To: customercare@alliant-energy.com\n" % orig, "7bit",
              extra=[("Content-Disposition", "inline")])
    top = multipart("report", bnd, [p1, p2, p3],
                    ct_raw='multipart/report; report-type=disposition-notification;\r\n boundary="%s"' % bnd,
                    preamble="This is a multi-part message in MIME format.")
    hd = [("Received", "from [192.168.1.%d] (host-%d-%d-%d.dyn.netins.net [167.142.%d.%d])\r\n\t(Authenticated sender: "
           "webeling@netins.net)\r\n\tby smtp.netins.net (Postfix) with ESMTPSA id %s\r\n\tfor "
           "<customercare@alliant-energy.com>; %s" % (r.randint(2, 150), r.randint(1, 250), r.randint(1, 250),
                                                      r.randint(1, 250), r.randint(1, 250), r.randint(1, 250),
                                                      rhex(r, 10).upper(), d2822(m["arrive"], pad=True,
                                                                                 zone_comment=True))),
          ("Message-ID", "<%s@netins.net>" % ruuid(r, upper=False)),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=3))),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("From", "Walt Ebeling <webeling@netins.net>"),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Return Receipt (displayed) - RE: Privacy policy question")]
    chain = ext(m, r, email, host, ip, "spf=pass (mx1.alliant-energy.com: domain of webeling@netins.net designates "
                                       "%s as permitted sender) smtp.mailfrom=webeling@netins.net;\r\n\tdkim=none;"
                                       "\r\n\tdmarc=none" % ip)
    return finish(chain, hd, top)


# ---------------------------------------------------------------- vendor / system notices
@M("mailhouse-suppression", "cc", T(7, 11, 47, 12), "automated: vendor notification", "vendor (mail house)",
   "mail house's suppression-file report for the summer catalog drop; full of 'do not mail', 'do not share', "
   "'opt-out' words and a CSV attachment; vendor system mail (LABELS)")
def _v1(m):
    r = rng_for(m["spec"])
    host = "mail-bn1nam02on20%d.outbound.protection.outlook.com" % r.randint(600, 720)
    ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "dataservices@lakeshoredirect.com"
    sent = m["arrive"] - dt.timedelta(seconds=6)
    txt = ("*** This is an automated message from Lakeshore Direct Mail Data Services. Do not reply. ***\n\n"
           "Job: 27-0614  PowerHouse Catalog - Summer 2027 Drop 2\nClient: Alliant Energy / PowerHouse Catalog\n"
           "Input file: PH_SUMMER27_D2_RENTAL_MERGE.txt (412,880 records)\n\nSuppression results\n"
           "  Client do-not-mail (internal opt-out file 2027-06-04) ....... 6,214\n"
           "  Client do-not-share / no-rental flag ......................... 3,907 (excluded from list exchange output)\n"
           "  DMAchoice mail preference ................................... 11,582\n"
           "  Deceased (DDU) .............................................. 1,066\n"
           "  NCOA moves applied .......................................... 9,340\n"
           "  Prison / undeliverable ...................................... 207\n\n"
           "Final mail file: 390,904 records. Exchange file to list broker: 386,997 records.\n\n"
           "Summary attached as CSV. Questions: contact your account manager.\n")
    csv = ("job,step,records_in,suppressed,records_out\n27-0614,client_do_not_mail,412880,6214,406666\n"
           "27-0614,client_do_not_share,406666,3907,402759\n27-0614,dma_choice,406666,11582,395084\n"
           "27-0614,deceased,395084,1066,394018\n27-0614,prison_undeliverable,394018,207,393811\n")
    bnd = "_004_%s_" % rstr(r, 40, "ABCDEF0123456789")
    body = leaf('text/plain; charset="us-ascii"', txt, "quoted-printable", "ascii")
    att = leaf('text/csv; name="27-0614_suppression_summary.csv"', csv.encode("ascii"), "base64",
               extra=[("Content-Disposition", 'attachment; filename="27-0614_suppression_summary.csv"')])
    top = multipart("mixed", bnd, [body, att])
    hd = [("DKIM-Signature", dkim_sig(r, "lakeshoredirect.com", "selector1", "From:Date:Subject:Message-ID:"
                                      "Content-Type:MIME-Version", sent)),
          ("From", "Lakeshore Direct Mail - Data Services <dataservices@lakeshoredirect.com>"),
          ("To", "powerhouse-production@alliant-energy.com"),
          ("Cc", "customercare@alliant-energy.com"),
          ("Subject", "Suppression processing complete - PowerHouse Summer 2027 Drop 2 (Job 27-0614)"),
          ("Date", d2822_0(sent.astimezone(UTC))),
          ("Message-ID", "<%s@BN1PR02MB6620.namprd02.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("X-Mailer", "LDM-Jobtrack 4.2"),
          ("Auto-Submitted", "auto-generated"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "lakeshoredirect.com", envf, ip, "selector1"))
    return finish(chain, hd, top)


@M("crm-report", "cc", T(8, 8, 22, 0), "automated: vendor notification", "vendor (CRM report)",
   "CRM scheduled-report notice 'Privacy opt-outs - weekly'; system notification")
def _v2(m):
    r = rng_for(m["spec"])
    host = "o%d.email.relaycrm.io" % r.randint(10, 99)
    ip = "149.72.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "bounces+%d@em.relaycrm.io" % r.randint(1000000, 9999999)
    txt = ("Your scheduled report is ready.\n\nReport: Privacy opt-outs - weekly\nOwner: customercare@alliant-energy.com"
           "\nPeriod: May 31 - June 6, 2027\nRows: 184 (marketing opt-outs 121, do-not-share 58, re-opt-ins 5)\n\n"
           "Open the report: https://alliant.relaycrm.io/reports/r/%s\n\nThis link expires in 7 days. You are "
           "receiving this because you scheduled this report. Manage schedules in Settings > Reports.\n"
           % rhex(r, 16))
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><h3>Your scheduled report is ready</h3><table>"
            "<tr><td>Report</td><td><b>Privacy opt-outs - weekly</b></td></tr><tr><td>Period</td><td>May 31 - June 6,"
            " 2027</td></tr><tr><td>Rows</td><td>184</td></tr></table><p><a href=\"https://alliant.relaycrm.io/"
            "reports/r/x\">Open the report</a></p></body></html>\n")
    bnd = rhex(r, 28)
    top = multipart("alternative", bnd, [leaf("text/plain; charset=us-ascii", txt, "7bit"),
                                         leaf("text/html; charset=us-ascii", html, "7bit")])
    hd = [("DKIM-Signature", dkim_sig(r, "relaycrm.io", "s1", "from:subject:to:mime-version:content-type", m["arrive"])),
          ("From", "RelayCRM Reports <reports@notify.relaycrm.io>"),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Your scheduled report \"Privacy opt-outs - weekly\" is ready"),
          ("Date", d2822(m["arrive"].astimezone(UTC) - dt.timedelta(seconds=1))),
          ("Message-ID", "<report.%s@notify.relaycrm.io>" % rhex(r, 20)),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "relaycrm.io", envf, ip, "s1"))
    return finish(chain, hd, top)


@M("esp-campaign-report", "cc", T(9, 16, 5, 9), "automated: vendor notification", "vendor (ESP report)",
   "our e-mail service provider's campaign summary for the EV promotion (unsubscribes, complaints): system mail")
def _v3(m):
    r = rng_for(m["spec"])
    host = "o%d.mta1.sendwave-mail.net" % r.randint(10, 99)
    ip = "167.89.%d.%d" % (r.randint(1, 120), r.randint(2, 250))
    envf = "noreply@reports.sendwave-mail.net"
    txt = ("SendWave campaign summary (48 hours)\n\nCampaign: AE-EV-2706-EN \"Charge your EV at home for less: $500 "
           "back on a Level 2 charger\"\nSent: Tue, Jun 8, 2027 9:30 AM CDT\n\nDelivered     48,210\nOpens (est.) "
           "   11,972\nClicks         1,388\nUnsubscribes     312  (one-click 241, mailto 71)\nSpam complaints   19\n"
           "Bounces          402  (hard 155, soft 247)\n\nCampaign: AE-EV-2706-ES (Spanish)\nDelivered 3,114  "
           "Unsubscribes 21  Complaints 2\n\nUnsubscribes received by mailto are forwarded to the List-Unsubscribe "
           "address you configured (customercare@alliant-energy.com) and are not processed by SendWave.\n")
    top = leaf("text/plain; charset=utf-8", txt, "7bit")
    hd = [("DKIM-Signature", dkim_sig(r, "sendwave-mail.net", "s1", "from:subject:to:date:message-id", m["arrive"])),
          ("From", "SendWave Reports <noreply@reports.sendwave-mail.net>"),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "Campaign summary: AE-EV-2706-EN (48 hours)"),
          ("Date", d2822(m["arrive"].astimezone(UTC) - dt.timedelta(seconds=3))),
          ("Message-ID", "<summary.%s@reports.sendwave-mail.net>" % rhex(r, 20)),
          ("Auto-Submitted", "auto-generated"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "sendwave-mail.net", envf, ip, "s1"))
    return finish(chain, hd, top)


@M("calendar-invite", "ph", T(10, 11, 40, 30), "automated: calendar invitation", "Outlook calendar",
   "text/calendar invitation from the mail-house project manager to review the fall suppression file; "
   "calendar mail is never a request (LABELS)")
def _v4(m):
    r = rng_for(m["spec"])
    host = "mail-bn1nam02on20%d.outbound.protection.outlook.com" % r.randint(600, 720)
    ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "mwendt@lakeshoredirect.com"
    sent = m["arrive"].astimezone(UTC) - dt.timedelta(seconds=3)
    uid = "040000008200E00074C5B7101A82E0080000000%s" % rstr(r, 40, "0123456789ABCDEF")
    txt = ("Agenda: fall drop suppression file, do-not-share flag counts, list exchange timing.\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/%s\nMeeting ID: 284 119 553 07\n"
           "Passcode: Hx7qT2\n________________________________________________________________________________\n"
           % rstr(r, 30))
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\n"
           "TZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
           "DTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;"
           "BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Marcy Wendt:mailto:mwendt@"
           "lakeshoredirect.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@"
           "alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\nDESCRIPTION;LANGUAGE=en-US:Agenda: fall "
           "drop suppression file\\, do-not-share flag counts\\, list exchange timing.\\n\nUID:%s\n"
           "SUMMARY;LANGUAGE=en-US:PowerHouse Fall 2027 - suppression file review\nDTSTART;TZID=Central Standard Time:"
           "20270622T100000\nDTEND;TZID=Central Standard Time:20270622T103000\nCLASS:PUBLIC\nPRIORITY:5\n"
           "DTSTAMP:20270610T164027Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:Microsoft "
           "Teams Meeting\nBEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\n"
           "END:VALARM\nEND:VEVENT\nEND:VCALENDAR\n" % uid)
    bnd = "_000_%s_" % rstr(r, 40, "ABCDEF0123456789")
    top = multipart("alternative", bnd, [leaf('text/plain; charset="us-ascii"', txt, "quoted-printable", "ascii"),
                                         leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")])
    hd = [("DKIM-Signature", dkim_sig(r, "lakeshoredirect.com", "selector1", "From:Date:Subject:Message-ID:"
                                      "Content-Type:MIME-Version", sent)),
          ("From", "Marcy Wendt <mwendt@lakeshoredirect.com>"),
          ("To", "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"),
          ("Subject", "PowerHouse Fall 2027 - suppression file review"),
          ("Thread-Topic", "PowerHouse Fall 2027 - suppression file review"),
          ("Date", d2822_0(sent)),
          ("Message-ID", "<%s@BN1PR02MB6620.namprd02.prod.outlook.com>" % rstr(r, 40, "ABCDEF0123456789")),
          ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "lakeshoredirect.com", envf, ip, "selector1"))
    return finish(chain, hd, top)


# ---------------------------------------------------------------- list traffic
@M("list-wi-utility-cx", "cc", T(8, 13, 40, 18), "automated: list post", "Google Groups",
   "post to an industry Google Group the mailbox belongs to; a person wrote it but list traffic is automated; "
   "asks 'how do you handle STOP replies'")
def _l1(m):
    r = rng_for(m["spec"])
    host = "mail-qk1-f%d.google.com" % r.randint(180, 199)
    ip = "209.85.222.%d" % r.randint(150, 200)
    envf = "wi-utility-cx+bncBC%s@googlegroups.com" % rstr(r, 40)
    sent = m["arrive"] - dt.timedelta(seconds=30)
    txt = ("Hi all,\n\nWith storm season here, a question for the group: when customers reply STOP or "
           "\"unsubscribe\" to an outage e-mail, what do you do with it? We've been treating it as a request to stop "
           "outage e-mails, but our marketing team wants it logged as a marketing opt-out too. Curious what others "
           "do.\n\nThanks,\nBeth Lundquist\nCustomer Experience Manager\nDriftless Electric Cooperative\n\n--\n"
           "You received this message because you are subscribed to the Google Groups \"Wisconsin Utility CX\" group."
           "\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
           "wi-utility-cx+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/"
           "msgid/wi-utility-cx/%s\n" % rstr(r, 30))
    top = leaf('text/plain; charset="UTF-8"', txt, "quoted-printable")
    hd = [("Received", "by %s with SMTP id %s.%d\r\n        for <customercare@alliant-energy.com>; %s"
           % (host, rstr(r, 20), r.randint(1, 9), d2822_0(sent.astimezone(PDT)) + " (PDT)")),
          ("ARC-Seal", "i=2; a=rsa-sha256; t=%d; cv=pass;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s"
           % (int(sent.timestamp()), rb64(r, 60))),
          ("DKIM-Signature", dkim_sig(r, "googlegroups.com", "20230601", "list-unsubscribe:list-subscribe:list-archive:"
                                      "list-help:list-post:\r\n\tlist-id:mailing-list:precedence:x-original-"
                                      "authentication-results:\r\n\tx-original-sender:mime-version:subject:message-id:"
                                      "to:from:date", sent)),
          ("Date", d2822(sent)),
          ("From", "Beth Lundquist <blundquist@driftlesselectric.coop>"),
          ("To", "Wisconsin Utility CX <wi-utility-cx@googlegroups.com>"),
          ("Cc", "customercare@alliant-energy.com"),
          ("Message-ID", "<%s@driftlesselectric.coop>" % ruuid(r, upper=False)),
          ("Subject", "[wi-utility-cx] STOP replies to outage e-mails?"),
          ("MIME-Version", "1.0"),
          ("X-Original-Sender", "blundquist@driftlesselectric.coop"),
          ("Precedence", "list"),
          ("Mailing-list", "list wi-utility-cx@googlegroups.com; contact wi-utility-cx+owners@googlegroups.com"),
          ("List-ID", "<wi-utility-cx.googlegroups.com>"),
          ("X-Google-Group-Id", str(r.randint(100000000000, 999999999999))),
          ("List-Post", "<https://groups.google.com/group/wi-utility-cx/post>, <mailto:wi-utility-cx@googlegroups.com>"),
          ("List-Help", "<https://groups.google.com/support/>, <mailto:wi-utility-cx+help@googlegroups.com>"),
          ("List-Archive", "<https://groups.google.com/group/wi-utility-cx/>"),
          ("List-Subscribe", "<https://groups.google.com/group/wi-utility-cx/subscribe>, <mailto:wi-utility-cx+"
                             "subscribe@googlegroups.com>"),
          ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n "
                               "<https://groups.google.com/group/wi-utility-cx/subscribe>" % r.randint(10**11, 10**12))]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "googlegroups.com", envf, ip, "20230601"))
    return finish(chain, hd, top)


@M("list-catalog-ops", "ph", T(11, 14, 10, 37), "automated: list post", "Mailman 3",
   "internal Mailman list post about the catalog drop and the do-not-share flags, delivered to the catalog "
   "mailbox; list traffic")
def _l2(m):
    r = rng_for(m["spec"])
    host = "lists.alliant-energy.com"
    ip = "10.40.3.15"
    envf = "catalog-ops-bounces@lists.alliant-energy.com"
    txt = ("Quick update from production:\n\nSummer drop 2 is in homes this week. Lakeshore applied the June 4 "
           "opt-out file and the do-not-share flags (3,907 excluded from the exchange file).\n\nReminder: opt-outs "
           "received after June 4 will NOT make drop 2, so customers who write in this week may still get one more "
           "catalog. Customer Care's acknowledgement already says this.\n\nFall drop file cut-off is July 9.\n\n"
           "Marcus\n\n_______________________________________________\ncatalog-ops mailing list -- "
           "catalog-ops@lists.alliant-energy.com\nTo unsubscribe send an email to catalog-ops-leave@lists."
           "alliant-energy.com\n")
    top = leaf('text/plain; charset="us-ascii"', txt, "7bit")
    hd = [("Received", "from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.1.20])\r\n\tby "
           "lists.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <catalog-ops@lists.alliant-energy.com>; %s"
           % (queue_id_like(r), d2822(m["arrive"] - dt.timedelta(seconds=4), pad=True, zone_comment=True))),
          ("From", "Marcus Feld <mfeld@alliant-energy.com>"),
          ("To", "catalog-ops@lists.alliant-energy.com"),
          ("Cc", "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"),
          ("Subject", "[catalog-ops] Re: Summer drop 2 in homes / fall cut-off"),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=5))),
          ("Message-ID", "<%s@alliant-energy.com>" % ruuid(r, upper=False)),
          ("In-Reply-To", "<a31c0e2f-77b0-4c1e-9d1a-2b8f6f0c9e44@alliant-energy.com>"),
          ("MIME-Version", "1.0"),
          ("Message-ID-Hash", rstr(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
          ("X-Message-ID-Hash", rstr(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
          ("X-MailFrom", "mfeld@alliant-energy.com"),
          ("X-Mailman-Version", "3.3.9"),
          ("Precedence", "list"),
          ("List-Id", "\"PowerHouse catalog operations\" <catalog-ops.lists.alliant-energy.com>"),
          ("List-Help", "<mailto:catalog-ops-request@lists.alliant-energy.com?subject=help>"),
          ("List-Post", "<mailto:catalog-ops@lists.alliant-energy.com>"),
          ("List-Subscribe", "<mailto:catalog-ops-join@lists.alliant-energy.com>"),
          ("List-Unsubscribe", "<mailto:catalog-ops-leave@lists.alliant-energy.com>")]
    chain = ext(m, r, envf, host, ip, "dkim=none;\r\n\tspf=pass smtp.mailfrom=lists.alliant-energy.com;\r\n\t"
                                      "dmarc=pass header.from=alliant-energy.com", tls="1.3")
    return finish(chain, hd, top)


@M("list-privacypros", "cc", T(16, 7, 30, 44), "automated: list post", "Groups.io",
   "privacy-professionals list digest-style post quoting 'do not sell my info' e-mails as examples; list traffic")
def _l3(m):
    r = rng_for(m["spec"])
    host = "mail%d.groups.io" % r.randint(1, 4)
    ip = "66.175.222.%d" % r.randint(10, 250)
    envf = "bounce+%s+%d+%d+%d@groups.io" % (rhex(r, 6), r.randint(1000, 9999), r.randint(1000000, 9999999),
                                            r.randint(100000, 999999))
    txt = ("Has anyone built rules for opt-outs that arrive as free text? Examples from our inbox this month:\n\n"
           "  \"don't sell my info\"\n  \"take me off\"\n  \"STOP\" (under an outage notice!)\n  \"quit sending "
           "the catalog to my late wife\"\n\nWe route anything without a clear object to a person. Curious how "
           "others draw the line.\n\n-- \nRuth Okonkwo, CIPP/US\nPrivacy Program Lead, Northwoods Gas & Light\n\n"
           "-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
           "View/Reply Online (#%d): https://groups.io/g/midwestprivacypros/message/%d\nMute This Topic: "
           "https://groups.io/mt/%d/%d\nGroup Owner: midwestprivacypros+owner@groups.io\nUnsubscribe: "
           "https://groups.io/g/midwestprivacypros/leave/%d\n-=-=-=-=-=-=-=-=-=-=-=-\n"
           % ((r.randint(1000, 2000),) * 2 + (r.randint(10**8, 10**9), r.randint(10**6, 10**7),
                                              r.randint(10**6, 10**7))))
    top = leaf("text/plain; charset=utf-8", txt, "quoted-printable")
    hd = [("DKIM-Signature", dkim_sig(r, "groups.io", "20240924", "Subject:Mime-Version:Date:Message-Id:Reply-To:"
                                      "List-Unsubscribe:List-Id:Sender:From:To", m["arrive"])),
          ("X-Received", "by 127.0.0.2 with SMTP id %s; %s" % (rstr(r, 16), d2822_0(m["arrive"].astimezone(PDT)))),
          ("From", "\"Ruth Okonkwo via groups.io\" <rokonkwo=northwoodsgl.com@groups.io>"),
          ("To", "midwestprivacypros@groups.io"),
          ("Cc", "customercare@alliant-energy.com"),
          ("Subject", "[midwestprivacypros] Free-text opt-outs: where do you draw the line?"),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=8))),
          ("Message-Id", "<%s.%d@groups.io>" % (rstr(r, 12), r.randint(100, 999))),
          ("Sender", "midwestprivacypros@groups.io"),
          ("Reply-To", "midwestprivacypros@groups.io,rokonkwo@northwoodsgl.com"),
          ("Precedence", "Bulk"),
          ("List-Id", "<midwestprivacypros.groups.io>"),
          ("List-Unsubscribe", "<https://groups.io/g/midwestprivacypros/leave/%d>" % r.randint(10**6, 10**7)),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "groups.io", envf, ip, "20240924"))
    return finish(chain, hd, top)


# ---------------------------------------------------------------- cold outreach, phishing
def html_only(m, r, envf, host, ip, auth, frm, subject, html, extra=(), charset="utf-8", cte="quoted-printable"):
    top = leaf('text/html; charset="%s"' % charset, html, cte, charset)
    hd = [("From", frm), ("To", MAILBOXES[m["mailbox"]]), ("Subject", subject),
          ("Date", d2822(m["arrive"] - dt.timedelta(seconds=r.randint(3, 40)))),
          ("Message-ID", "<%s@%s>" % (rhex(r, 24), host)), ("MIME-Version", "1.0")] + list(extra)
    chain = ext(m, r, envf, host, ip, auth)
    return finish(chain, hd, top)


@M("phish-m365-storage", "cc", T(7, 14, 2, 50), "automated: phishing", "phishing kit",
   "credential phishing: fake Microsoft 365 'mailbox storage full'; SPF softfail, no DKIM")
def _p1(m):
    r = rng_for(m["spec"])
    ip = "45.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    host = "vps%d.hostkeyplus.ru" % r.randint(1000, 9999)
    envf = "admin@m365-mailstorage-alerts.com"
    html = ("<html><body style=\"font-family:Segoe UI,Arial\"><div style=\"max-width:520px;border:1px solid #ddd;"
            "padding:20px\"><p style=\"font-size:20px;color:#d83b01\">Mailbox storage full</p><p>Dear customercare,"
            "</p><p>Your mailbox <b>customercare@alliant-energy.com</b> has reached 99.8% of its storage quota. "
            "Incoming messages, including customer opt-out requests, are being held and will be deleted in 24 "
            "hours.</p><p><a href=\"https://m365-mailstorage-alerts.com/restore?u=customercare%40alliant-energy.com\" "
            "style=\"background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none\">Release held messages</a>"
            "</p><p style=\"font-size:11px;color:#888\">Microsoft 365 Admin Center &copy; 2027</p></div></body></html>\n")
    return html_only(m, r, envf, host, ip, "dkim=none;\r\n\tspf=softfail (mx1.alliant-energy.com: domain of "
                     "transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\r\n\tdmarc=none"
                     % (envf, ip, envf), "Microsoft 365 Admin <admin@m365-mailstorage-alerts.com>",
                     "Action required: customercare@alliant-energy.com storage 99.8% full", html,
                     extra=[("X-Priority", "1")])


@M("seo-cold-outreach", "cc", T(7, 22, 15, 9), "automated: cold outreach", "Google Workspace (sales sequence)",
   "cold SEO pitch written to look personal; LABELS: cold sales and SEO outreach are automated")
def _p2(m):
    r = rng_for(m["spec"])
    host = "mail-pj1-f%d.google.com" % r.randint(41, 99)
    ip = "209.85.216.%d" % r.randint(40, 99)
    envf = "ethan@rankriserdigital.co"
    txt = ("Hi there,\n\nI was looking at alliant-energy.com and noticed a few pages (like your privacy policy and "
           "the PowerHouse catalog pages) aren't showing up for some pretty valuable searches.\n\nWe help utilities "
           "and retailers fix exactly this. Would you be open to a quick 15-minute call this week?\n\nIf not "
           "interested, just reply \"no\" and I won't follow up.\n\nBest,\nEthan Price\nGrowth Lead, RankRiser "
           "Digital\n")
    top = leaf('text/plain; charset="UTF-8"', txt)
    sent = m["arrive"] - dt.timedelta(seconds=5)
    hd = [("DKIM-Signature", dkim_sig(r, "rankriserdigital.co", "google", "mime-version:from:date:message-id:subject:"
                                      "to", sent)),
          ("MIME-Version", "1.0"),
          ("From", "Ethan Price <ethan@rankriserdigital.co>"),
          ("Date", d2822(sent.astimezone(dt.timezone(dt.timedelta(hours=-4))))),
          ("Message-ID", "<CAH%s@mail.gmail.com>" % rstr(r, 40)),
          ("Subject", "Quick question about alliant-energy.com"),
          ("To", "customercare@alliant-energy.com"),
          ("X-Mailer", "Apollo-Sequencer/2.4")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "rankriserdigital.co", envf, ip, "google"))
    return finish(chain, hd, top)


@M("phish-es-cuenta", "cc", T(9, 11, 2, 18), "automated: phishing", "phishing kit",
   "Spanish credential phishing ('su cuenta será desactivada'); iso-8859-1 HTML; DMARC fail", language="es")
def _p3(m):
    r = rng_for(m["spec"])
    ip = "103.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    host = "mail.webmail-verificacion.net"
    envf = "soporte@webmail-verificacion.net"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<p>Estimado usuario,</p><p>Su cuenta de correo <b>customercare@alliant-energy.com</b> será desactivada "
            "en las próximas 12 horas por no verificar su información.</p><p>Para evitar la suspensión, haga clic "
            "aquí: <a href=\"http://webmail-verificacion.net/v/?e=customercare@alliant-energy.com\">VERIFICAR "
            "CUENTA</a></p><p>Atentamente,<br>Soporte Técnico</p></body></html>\n")
    return html_only(m, r, envf, host, ip, "dkim=none;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=none" % envf,
                     "=?iso-8859-1?Q?Soporte_T=E9cnico?= <soporte@webmail-verificacion.net>",
                     "=?iso-8859-1?Q?Aviso_importante:_su_cuenta_ser=E1_desactivada?=", html, charset="iso-8859-1")


@M("phish-ach-attachment", "cc", T(11, 10, 40, 2), "automated: phishing", "phishing kit",
   "fake remittance advice with an HTML attachment (base64): phishing")
def _p4(m):
    r = rng_for(m["spec"])
    ip = "185.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    host = "smtp.midwest-fabricat0rs.com"
    envf = "ap@midwest-fabricat0rs.com"
    txt = ("Hello,\n\nPlease find attached remittance advice for ACH payment #88231 issued to Alliant Energy today.\n"
           "Kindly confirm receipt.\n\nRegards,\nAccounts Payable\n")
    att_html = ("<html><body><script>window.location='https://login-micros0ft-secure.com/?c=" + rstr(r, 20)
                + "'</script><p>Loading document...</p></body></html>\n")
    bnd = "----=_Part_%d_%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999))
    top = multipart("mixed", bnd, [leaf("text/plain; charset=us-ascii", txt, "7bit"),
                                   leaf('text/html; name="Remittance_ACH88231.html"', att_html.encode("ascii"), "base64",
                                        extra=[("Content-Disposition",
                                                'attachment; filename="Remittance_ACH88231.html"')])])
    hd = [("From", "Accounts Payable <ap@midwest-fabricat0rs.com>"), ("To", "customercare@alliant-energy.com"),
          ("Subject", "Remittance Advice - ACH Payment #88231"), ("Date", d2822(m["arrive"] - dt.timedelta(seconds=9))),
          ("Message-ID", "<%s@midwest-fabricat0rs.com>" % rhex(r, 20)), ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, "dkim=none;\r\n\tspf=none smtp.mailfrom=midwest-fabricat0rs.com;\r\n\tdmarc=none")
    return finish(chain, hd, top)


@M("cold-sales-dsar", "cc", T(11, 16, 30, 40), "automated: cold outreach", "HubSpot-style sequence",
   "cold sales e-mail for a 'DSAR and deletion automation' tool using opt-out and deletion vocabulary; cold "
   "sales is automated (LABELS)")
def _p5(m):
    r = rng_for(m["spec"])
    host = "mail%d.hubspot-like-send.net" % r.randint(1, 9)
    host = "o%d.outbound.consentflowhq.com" % r.randint(1, 9)
    ip = "54.174.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    envf = "bounce-%s@outbound.consentflowhq.com" % rhex(r, 10)
    txt = ("Hi Customer Care team,\n\nPrivacy mailboxes like yours get opt-out, do-not-sell and deletion requests in "
           "every shape - \"take me off\", \"delete my info\", STOP replies. ConsentFlow reads them, opens a ticket "
           "and updates your suppression lists automatically.\n\nWorth a 20-minute look? Here's my calendar: "
           "https://meet.consentflowhq.com/bkell\n\nBrandon Kell\nAccount Executive, ConsentFlow\n\n"
           "If you'd rather not hear from me, let me know here: https://consentflowhq.com/optout/%s\n" % rhex(r, 16))
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>\n"
    bnd = "----=_Part_%d" % r.randint(10**8, 10**9)
    top = multipart("alternative", bnd, [leaf("text/plain; charset=UTF-8", txt, "quoted-printable"),
                                         leaf("text/html; charset=UTF-8", html, "quoted-printable")])
    hd = [("DKIM-Signature", dkim_sig(r, "consentflowhq.com", "hs1", "from:to:subject:date:message-id", m["arrive"])),
          ("From", "Brandon Kell <bkell@consentflowhq.com>"), ("To", "customercare@alliant-energy.com"),
          ("Subject", "opt-out requests piling up?"), ("Date", d2822(m["arrive"] - dt.timedelta(seconds=12))),
          ("Message-ID", "<%s@consentflowhq.com>" % ruuid(r, upper=False)), ("MIME-Version", "1.0"),
          ("X-HS-Sequence", "cold-utility-q2")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "consentflowhq.com", envf, ip, "hs1"))
    return finish(chain, hd, top)


@M("phish-refund-lookalike", "cc", T(15, 11, 30, 12), "automated: phishing", "phishing kit",
   "phishing that impersonates Alliant itself ('You have a refund of $84.12') from a look-alike domain; DMARC "
   "none; html-only")
def _p6(m):
    r = rng_for(m["spec"])
    ip = "91.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    host = "mx.alliant-energy-refunds.com"
    envf = "billing@alliant-energy-refunds.com"
    html = ("<html><body style=\"font-family:Arial\"><img src=\"https://alliant-energy-refunds.com/logo.png\" "
            "alt=\"Alliant Energy\"><h2>You have a pending refund of $84.12</h2><p>Due to an overbilling on your "
            "account, you are eligible for a refund. To receive it, confirm your card details within 48 hours.</p>"
            "<p><a href=\"https://alliant-energy-refunds.com/claim\">Claim my refund</a></p><p style=\"font-size:10px\">"
            "To unsubscribe from billing notices reply STOP.</p></body></html>\n")
    return html_only(m, r, envf, host, ip, "dkim=none;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=none" % envf,
                     "Alliant Energy Billing <billing@alliant-energy-refunds.com>",
                     "You have a refund of $84.12", html)


# ---------------------------------------------------------------- software unsubscribing for a person
@M("tidyinbox-auto-submitted", "cc", T(9, 14, 31, 7), "inbox-cleaner List-Unsubscribe (service, Auto-Submitted)",
   "Tidy Inbox service", "an inbox-cleaning service mailed our List-Unsubscribe address for a subscriber who pressed "
   "its button: human marketing opt-out (automated=false), but it carries Auto-Submitted, so no acknowledgement "
   "may be sent (LABELS; RFC 3834)", automated=False, labels=["marketing_opt_out"], unclear=False, entities={},
   ack=None)
def _u1(m):
    r = rng_for(m["spec"])
    host = "smtp%d.tidyinbox.app" % r.randint(1, 4)
    ip = "34.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    envf = "unsub-bounces@mail.tidyinbox.app"
    txt = ("unsubscribe\n\nThis request was sent by Tidy Inbox on behalf of a subscriber who chose to unsubscribe "
           "from this mailing list.\nSubscriber address: t.lindqvist@gmail.com\nList-Unsubscribe target: "
           "mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-EV-2706-EN\n")
    top = leaf("text/plain; charset=utf-8", txt, "7bit")
    hd = [("DKIM-Signature", dkim_sig(r, "mail.tidyinbox.app", "tdy1", "from:to:subject:date:message-id:"
                                      "auto-submitted", m["arrive"])),
          ("From", "Tidy Inbox <unsubscribe@mail.tidyinbox.app>"),
          ("To", "customercare@alliant-energy.com"),
          ("Subject", "unsubscribe AE-EV-2706-EN"),
          ("Date", d2822(m["arrive"].astimezone(UTC) - dt.timedelta(seconds=2))),
          ("Message-ID", "<unsub.%s@mail.tidyinbox.app>" % rhex(r, 24)),
          ("Auto-Submitted", "auto-generated"),
          ("X-Mailer", "TidyInbox-Unsubscriber/2.3"),
          ("MIME-Version", "1.0")]
    chain = ext(m, r, envf, host, ip, auth_pass(r, "mail.tidyinbox.app", envf, ip, "tdy1"))
    return finish(chain, hd, top)


def messages():
    return _M
