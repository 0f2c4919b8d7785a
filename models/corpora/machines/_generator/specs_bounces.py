"""30 bounces / delivery status notifications of our own outgoing mail."""
from mailkit import (Ctx, Leaf, Multi, Embedded, message, rfc_date, plus, epoch, D, header_block,
                     inbound, internal_bounce_transport, rfc2047, local, MAILBOXES, wrap_html_lines,
                     html_escape)
from ours import CAMPAIGNS, promo_raw, ack_raw, CC, PH, OUT_HOST, OUT_IP
from spec import auto, pfwrap, prepend

MB = MAILBOXES


def remote_received(ctx, host, rcpt, dt, zone="CT", software="Postfix", tls=True):
    q = ctx.pf_short() if software == "Postfix" else ctx.hex(12)
    w = "ESMTPS" if tls else "ESMTP"
    return ("Received", "from %s (%s [%s])\n\tby %s (%s) with %s id %s\n\tfor <%s>; %s"
            % (OUT_HOST, OUT_HOST, OUT_IP, host, software, w, q, rcpt, rfc_date(dt, zone, abbr=True, pad=" " if software == "Postfix" else True)))


def spf_helo(host, ip, mx="mx1", result="pass"):
    if result == "pass":
        return ("spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
                % (mx, host, ip, host))
    return ("spf=none (%s.alliant-energy.com: domain of postmaster@%s has no SPF policy when checking %s) smtp.helo=%s"
            % (mx, host, ip, host))


# ------------------------------------------------------------------ Postfix

PF_INTRO = {
    "en": """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
""",
    "de": """Dies ist das Mailsystem auf dem Rechner {host}.

Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an
einen oder mehrere Empfänger zugestellt werden konnte. Sie ist
unten angehängt.

Wenn Sie weitere Hilfe benötigen, schreiben Sie bitte an postmaster.

Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Sie
können Ihren eigenen Text aus der angehängten Nachricht entfernen.

                   Das Mailsystem
""",
    "es": """Este es el sistema de correo del servidor {host}.

Lamento informarle que su mensaje no pudo ser entregado
a uno o más destinatarios. Se adjunta a continuación.

Si necesita más ayuda, escriba a postmaster.

Si lo hace, incluya por favor este informe del problema. Puede
borrar su propio texto del mensaje devuelto que se adjunta.

                   El sistema de correo
""",
    "delay": """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
""",
}

PF_SUBJ = {"en": "Undelivered Mail Returned to Sender",
           "de": rfc2047("Unzustellbare Nachricht an Absender zurückgesandt", "utf-8", "Q"),
           "es": "Correo no entregado: devuelto al remitente",
           "delay": "Delayed Mail (still being retried)"}


def postfix_dsn(ctx, host, dt, mailbox, rcpt, line, status, diag, returned, arrival, zone="CT",
                lang="en", headers_only=False, remote_mta=None, will_retry=None, orig_rcpt=True):
    qid = ctx.pf_short()
    bnd = "%s.%d/%s" % (qid, epoch(dt), host)
    action = "delayed" if lang == "delay" else "failed"
    notice = PF_INTRO[lang].format(host=host) + "\n" + pfwrap(line) + "\n"
    dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
           % (host, qid, MB[mailbox], rfc_date(arrival, zone, abbr=True, pad=" ")))
    dsn += "Final-Recipient: rfc822; %s\n" % rcpt
    if orig_rcpt:
        dsn += "Original-Recipient: rfc822;%s\n" % rcpt
    dsn += "Action: %s\nStatus: %s\n" % (action, status)
    if remote_mta:
        dsn += "Remote-MTA: %s\n" % remote_mta
    dsn += "Diagnostic-Code: %s\n" % diag
    if will_retry:
        dsn += "Will-Retry-Until: %s\n" % rfc_date(will_retry, zone, abbr=True, pad=" ")
    ndesc = {"en": "Notification", "delay": "Notification", "de": "Notification", "es": "Notification"}[lang]
    charset = "us-ascii" if lang in ("en", "delay") else "utf-8"
    parts = [Leaf("text/plain", notice, charset, "8bit" if charset == "utf-8" else None,
                  ct="text/plain; charset=%s" % charset, headers=[], lead=[("Content-Description", ndesc)],
                  cte_header=(charset == "utf-8")),
             Embedded(crlf_text(dsn), "message/delivery-status", lead=[("Content-Description", "Delivery report")])]
    if headers_only or lang == "delay":
        parts.append(Embedded(header_block(returned), "text/rfc822-headers",
                              lead=[("Content-Description", "Undelivered Message Headers")]))
    else:
        parts.append(Embedded(returned, "message/rfc822",
                              lead=[("Content-Description", "Undelivered Message")]))
    hs = [("Received", "by %s (Postfix)\n\tid %s; %s" % (host, qid, rfc_date(dt, zone, abbr=True, pad=" "))),
          ("Date", rfc_date(dt, zone, abbr=True, pad=" ")),
          ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
          ("Subject", PF_SUBJ[lang]),
          ("To", MB[mailbox]),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"),
          ("*", None),
          ("Content-Transfer-Encoding", "8bit"),
          ("Message-Id", "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), qid, host))]
    part = Multi("report", parts, bnd, ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
                 preamble="This is a MIME-encapsulated message.\n")
    return message(hs, part)


def crlf_text(s):
    from mailkit import crlf
    return crlf(s)


def inbound_remote(ctx, mailbox, dt, host, ip, mx="mx1", env_from="", dkim=None, tls="TLSv1.3", helo=None):
    auth = [dkim or "dkim=none", spf_helo(host, ip, mx) if not env_from else
            "spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
            % (mx, env_from, ip, env_from), "dmarc=none"]
    return inbound(ctx, mailbox, dt, env_from, helo or host, ip, mx=mx, auth=auth, tls=tls)


def returned_copy(ctx, camp, rcpt, host, name=None, first=None, zone="CT", software="Postfix",
                  with_rp=True):
    raw, mid, sent = promo_raw(ctx, camp, rcpt, name, first)
    arr = plus(sent, seconds=ctx.num(2, 9))
    extra = []
    if with_rp:
        extra.append(("Return-Path", "<%s>" % camp.from_addr))
    extra.append(remote_received(ctx, host, rcpt, arr, zone, software))
    return prepend(raw, extra), mid, sent, arr


# ==================================================================== 01
def b01():
    k = "b01"; ctx = Ctx(k); c = CAMPAIGNS["thermostat"]
    host, ip = "mail.prairiewindvet.com", "203.0.113.44"
    rcpt = "drkessler@prairiewindvet.com"
    ret, mid, sent, arr = returned_copy(ctx, c, rcpt, host, "Dr. Anne Kessler", "Anne")
    dt = plus(arr, seconds=3)
    line = ("<%s>: host exch01.prairiewindvet.local[192.168.10.5] said: 550 5.1.1 User unknown "
            "(in reply to RCPT TO command)" % rcpt)
    raw = postfix_dsn(ctx, host, dt, "customercare", rcpt, line, "5.1.1",
                      "smtp; 550 5.1.1 User unknown", ret, arr, headers_only=True,
                      remote_mta="dns; exch01.prairiewindvet.local")
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=2), raw, host, ip)
    auto(k, "customercare", dt, "auto:bounce-postfix", "en", "Postfix", raw,
         "Postfix DSN (gateway relaying to internal Exchange, 5.1.1); only headers of our thermostat promo returned")


def message_with_transport(ctx, mailbox, dt, raw, host, ip, mx="mx1", dkim=None, env_from="", tls="TLSv1.3"):
    return prepend(raw, inbound_remote(ctx, mailbox, dt, host, ip, mx, env_from, dkim, tls))


# ==================================================================== 02
def b02():
    k = "b02"; ctx = Ctx(k); c = CAMPAIGNS["phspring"]
    host, ip = "mx.driftless-net.org", "192.0.2.77"
    rcpt = "ljhansen@driftless-net.org"
    ret, mid, sent, arr = returned_copy(ctx, c, rcpt, host, "Lois Hansen", "Lois")
    dt = plus(arr, seconds=1)
    line = ("<%s>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2 <%s> Quota exceeded (mailbox for user is full) "
            "(in reply to end of DATA command)" % (rcpt, rcpt))
    raw = postfix_dsn(ctx, host, dt, "powerhousecatalog", rcpt, line, "5.2.2",
                      "smtp; 552 5.2.2 <%s> Quota exceeded (mailbox for user is full)" % rcpt, ret, arr,
                      remote_mta="dns; 127.0.0.1")
    raw = message_with_transport(ctx, "powerhousecatalog", plus(dt, seconds=1), raw, host, ip, mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:bounce-postfix-quota", "en", "Postfix", raw,
         "Postfix over-quota DSN; the full returned catalog mail carries OUR sharing/opt-out footer, which is not a request")


# ==================================================================== internal (our outbound relay)
def internal(ctx, mailbox, camp_or_raw, rcpt, line, status, diag, remote_mta, delay_hours=0, headers_only=False,
             lang="en", name=None, first=None):
    if isinstance(camp_or_raw, tuple):
        ret, sent = camp_or_raw
    else:
        ret, mid, sent = promo_raw(ctx, camp_or_raw, rcpt, name, first)
    arrival = sent
    if lang == "delay":
        dt = plus(sent, hours=4, minutes=ctx.num(1, 40))
        retry = plus(sent, days=5)
    else:
        dt = plus(sent, seconds=ctx.num(3, 40))
        retry = None
    raw = postfix_dsn(ctx, OUT_HOST, dt, mailbox, rcpt, line, status, diag, ret, arrival, lang=lang,
                      headers_only=headers_only, remote_mta=remote_mta, will_retry=retry)
    raw = prepend(raw, internal_bounce_transport(ctx, mailbox, plus(dt, seconds=1)))
    return raw, dt


# ==================================================================== 03
def b03():
    k = "b03"; ctx = Ctx(k); c = CAMPAIGNS["evcharger"]
    rcpt = "brookeanderson.ia@gmail.com"
    ip = "142.250.115.26"
    gline = ("550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
             "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. "
             "For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser "
             "%s.%d - gsmtp" % ("d75a77b69052e-" + ctx.hex(11) + "si" + ctx.digits(7) + "a1", ctx.num(100, 499)))
    line = "<%s>: host gmail-smtp-in.l.google.com[%s] said: %s (in reply to RCPT TO command)" % (rcpt, ip, gline)
    raw, dt = internal(ctx, "customercare", c, rcpt, line, "5.1.1", "smtp; " + gline,
                       "dns; gmail-smtp-in.l.google.com", name="Brooke Anderson", first="Brooke")
    auto(k, "customercare", dt, "auto:bounce-ours-gmail", "en", "Postfix (our relay)", raw,
         "our own relay's DSN for a Gmail 550-5.1.1; full EV-charger promo returned with our unsubscribe footer")


# ==================================================================== 04
def b04():
    k = "b04"; ctx = Ctx(k); c = CAMPAIGNS["fridge"]
    rcpt = "tomwhitaker1957@yahoo.com"
    yline = ("554 delivery error: dd Sorry, your message to %s cannot be delivered. This mailbox is disabled "
             "(554.30). - mta%d.mail.gq1.yahoo.com" % (rcpt, ctx.num(4000, 4999)))
    line = "<%s>: host mta6.am0.yahoodns.net[67.195.204.77] said: %s (in reply to end of DATA command)" % (rcpt, yline)
    raw, dt = internal(ctx, "customercare", c, rcpt, line, "5.0.0", "smtp; " + yline,
                       "dns; mta6.am0.yahoodns.net", headers_only=True, name="Tom Whitaker")
    auto(k, "customercare", dt, "auto:bounce-ours-yahoo", "en", "Postfix (our relay)", raw,
         "Yahoo 554.30 disabled mailbox, reported by our relay; headers only")


# ==================================================================== 05
def b05():
    k = "b05"; ctx = Ctx(k); c = CAMPAIGNS["renewable"]
    rcpt = "kpfeiffer@comcast.net"
    cline = "550 5.1.1 <%s> recipient does not exist here" % rcpt
    line = "<%s>: host mx2.comcast.net[96.102.18.136] said: %s (in reply to RCPT TO command)" % (rcpt, cline)
    raw, dt = internal(ctx, "customercare", c, rcpt, line, "5.1.1", "smtp; " + cline,
                       "dns; mx2.comcast.net", headers_only=True, name="Karen Pfeiffer")
    auto(k, "customercare", dt, "auto:bounce-ours-comcast", "en", "Postfix (our relay)", raw,
         "Comcast 5.1.1 for a closed Xfinity address; headers-only DSN from our relay")


# ==================================================================== 06
def b06():
    k = "b06"; ctx = Ctx(k); c = CAMPAIGNS["phsummer"]
    rcpt = "gardengal_ia@yahoo.com"
    yline = ("421 4.7.0 [TSS04] Messages from 198.51.100.25 temporarily deferred due to unexpected volume or "
             "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
    line = ("<%s>: host mta7.am0.yahoodns.net[98.136.96.74] said: %s (in reply to MAIL FROM command)"
            % (rcpt, yline))
    raw, dt = internal(ctx, "powerhousecatalog", c, rcpt, line, "4.7.0", "smtp; " + yline,
                       "dns; mta7.am0.yahoodns.net", lang="delay")
    auto(k, "powerhousecatalog", dt, "auto:delay-postfix", "en", "Postfix (our relay)", raw,
         "Postfix 'Delayed Mail (still being retried)' warning, Yahoo TSS04 deferral; a warning, not a failure")


# ==================================================================== 07  Exim, no MIME
def b07():
    k = "b07"; ctx = Ctx(k); c = CAMPAIGNS["thermostat"]
    host, ip = "server88.hostmidwest.net", "203.0.113.188"
    rcpt = "office@kettlecreekfarms.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Kettle Creek Farms")
    eid = ctx.exim_id()
    arr = plus(sent, seconds=4)
    copy = prepend(raw0, [("Return-path", "<%s>" % CC), ("Envelope-to", rcpt), ("Delivery-date", rfc_date(arr, "CT")),
                          ("Received", "from mail.alliant-energy.com ([198.51.100.25]:41022)\n\tby %s with esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                           % (host, CC, eid, rcpt, rfc_date(arr, "CT")))])
    dt = plus(arr, seconds=1)
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    No Such User Here

------ This is a copy of the message, including all the headers. ------

""" % rcpt
    from mailkit import crlf, serialize_headers
    bid = ctx.exim_id()
    hs = [("Received", "from mailnull by %s with local (Exim 4.96.2)\n\tid %s\n\tfor %s; %s" % (host, bid, CC, rfc_date(dt, "CT"))),
          ("X-Failed-Recipients", rcpt),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host),
          ("To", CC),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E%s@%s>" % (bid, host)),
          ("Date", rfc_date(dt, "CT"))]
    raw = serialize_headers(hs) + b"\r\n" + crlf(text) + copy
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=2), raw, host, ip, tls="TLSv1.2")
    auto(k, "customercare", dt, "auto:bounce-exim-plain", "en", "Exim 4.96 (cPanel)", raw,
         "classic Exim bounce with no MIME at all; the copy of our promo (footer: 'reply with unsubscribe') follows inline")


# ==================================================================== 08  Exim multipart
def b08():
    k = "b08"; ctx = Ctx(k); c = CAMPAIGNS["phplugs"]
    host, ip = "mail.bluestemquilts.com", "192.0.2.141"
    rcpt = "orders@bluestemquilts.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    eid = ctx.exim_id()
    arr = plus(sent, seconds=3)
    copy = prepend(raw0, [("Return-path", "<%s>" % PH), ("Envelope-to", rcpt), ("Delivery-date", rfc_date(arr, "CT")),
                          ("Received", "from mail.alliant-energy.com ([198.51.100.25])\n\tby %s with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                           % (host, PH, eid, rcpt, rfc_date(arr, "CT")))])
    dt = plus(arr, hours=ctx.num(0, 0), seconds=2)
    bid = ctx.exim_id()
    bnd = "%d-eximdsn-%d" % (epoch(dt), ctx.num(100000000, 2000000000))
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    mailbox is full (MTA-imposed quota exceeded while writing to file /home/bluestem/mail/bluestemquilts.com/orders/new/%d.M%dP%d.%s,S=48213,W=49310):

""" % (rcpt, epoch(dt), ctx.num(100000, 999999), ctx.num(1000, 99999), host)
    dsn = """Reporting-MTA: dns; %s

Action: failed
Final-Recipient: rfc822;%s
Status: 5.0.0
""" % (host, rcpt)
    parts = [Leaf("text/plain", text, None, None, ct="text/plain; charset=us-ascii", cte_header=False),
             Embedded(crlf_text(dsn), ct="message/delivery-status"),
             Embedded(copy, ct="message/rfc822")]
    # Exim writes "Content-type" in lower case
    part = Multi("report", parts, bnd, ct="multipart/report; report-type=delivery-status; boundary=%s" % bnd)
    hs = [("Received", "from mailnull by %s with local (Exim 4.97.1)\n\tid %s\n\tfor %s; %s" % (host, bid, PH, rfc_date(dt, "CT"))),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", PH),
          ("*", None), ("MIME-Version", "1.0"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E%s@%s>" % (bid, host)), ("Date", rfc_date(dt, "CT"))]
    raw = message(hs, part).replace(b"\r\nContent-Type: text/plain; charset=us-ascii", b"\r\nContent-type: text/plain; charset=us-ascii") \
        .replace(b"\r\nContent-Type: message/delivery-status", b"\r\nContent-type: message/delivery-status") \
        .replace(b"\r\nContent-Type: message/rfc822", b"\r\nContent-type: message/rfc822", 1)
    raw = message_with_transport(ctx, "powerhousecatalog", plus(dt, seconds=1), raw, host, ip)
    auto(k, "powerhousecatalog", dt, "auto:bounce-exim-mime", "en", "Exim 4.97", raw,
         "Exim multipart/report, local quota exceeded; returned catalog e-mail includes our name-sharing footer")


# ==================================================================== 09  Exim delay, no MIME
def b09():
    k = "b09"; ctx = Ctx(k); c = CAMPAIGNS["audit"]
    host, ip = "smtp.ruralnet-ia.net", "203.0.113.9"
    rcpt = "dave.ruhl@ruralnet-ia.net"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Dave Ruhl")
    eid = ctx.exim_id()
    dt = plus(sent, hours=24, minutes=ctx.num(3, 50))
    text = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on %s.

The message identifier is:     %s
The subject of the message is: %s
The date of the message is:    %s

The address to which the message has not yet been delivered is:

  %s
    host store2.ruralnet-ia.net [10.9.0.22]
    Delay reason: SMTP error from remote mail server after RCPT TO:<%s>:
    451 4.3.0 Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""" % (host, eid, c.subject, rfc_date(sent, "CT"), rcpt, rcpt)
    from mailkit import crlf, serialize_headers
    bid = ctx.exim_id()
    hs = [("Received", "from mailnull by %s with local (Exim 4.94.2)\n\tid %s\n\tfor %s; %s" % (host, bid, CC, rfc_date(dt, "CT"))),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", CC),
          ("References", mid),
          ("Subject", "Warning: message %s delayed 24 hours" % eid),
          ("Message-Id", "<E%s@%s>" % (bid, host)), ("Date", rfc_date(dt, "CT"))]
    raw = serialize_headers(hs) + b"\r\n" + crlf(text)
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=2), raw, host, ip, tls=None)
    auto(k, "customercare", dt, "auto:delay-exim-plain", "en", "Exim 4.94", raw,
         "Exim 24-hour delay warning, plain text, no MIME; quotes our promo subject only")


# ==================================================================== Sendmail
def sendmail_dsn(ctx, host, ip, dt, mailbox, rcpt, returned, arrival, warning=False, headers_only=False):
    qid = ctx.alnum(8) + ctx.digits(6)
    bnd = "%s.%d/%s" % (qid, epoch(dt), host)
    if not warning:
        text = """The original message was received at %s
from %s [%s]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.1.1 <%s>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhub.lutherancare.local.:
>>> DATA
<<< 550 5.1.1 <%s>... User unknown
550 5.1.1 <%s>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
""" % (rfc_date(arrival, "CT", abbr=False), OUT_HOST, OUT_IP, rcpt, rcpt, rcpt, rcpt)
        dsn = """Reporting-MTA: dns; %s
Received-From-MTA: DNS; %s
Arrival-Date: %s

Final-Recipient: RFC822; %s
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhub.lutherancare.local
Diagnostic-Code: SMTP; 550 5.1.1 <%s>... User unknown
Last-Attempt-Date: %s
""" % (host, OUT_HOST, rfc_date(arrival, "CT"), rcpt, rcpt, rfc_date(dt, "CT"))
        subj = "Returned mail: see transcript for details"
        autosub = "auto-generated (failure)"
    else:
        text = """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at %s
from %s [%s]

   ----- Transcript of session follows -----
<%s>... Deferred: Connection timed out with mail2.oakhavenlibrary.org.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""" % (rfc_date(arrival, "CT"), OUT_HOST, OUT_IP, rcpt)
        dsn = """Reporting-MTA: dns; %s
Received-From-MTA: DNS; %s
Arrival-Date: %s

Final-Recipient: RFC822; %s
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mail2.oakhavenlibrary.org
Last-Attempt-Date: %s
Will-Retry-Until: %s
""" % (host, OUT_HOST, rfc_date(arrival, "CT"), rcpt, rfc_date(dt, "CT"), rfc_date(plus(arrival, days=5), "CT"))
        subj = "Warning: could not send message for past 4 hours"
        autosub = "auto-generated (warning-timeout)"
    last = Embedded(header_block(returned), ct="text/rfc822-headers") if headers_only else Embedded(returned, ct="message/rfc822")
    part = Multi("report", [Leaf("text/plain", text, None, None, bare=True),
                            Embedded(crlf_text(dsn), ct="message/delivery-status"), last], bnd,
                 ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
                 preamble="This is a MIME-encapsulated message\n")
    hs = [("Received", "from localhost (localhost)\n\tby %s (8.17.1.9/8.17.1.9) id %s;\n\t%s" % (host, qid, rfc_date(dt, "CT"))),
          ("Date", rfc_date(dt, "CT")), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host),
          ("Message-Id", "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M"), qid, host)),
          ("To", "<%s>" % MB[mailbox]), ("MIME-Version", "1.0"), ("*", None),
          ("Subject", subj), ("Auto-Submitted", autosub)]
    raw = message(hs, part)
    return raw


def b10():
    k = "b10"; ctx = Ctx(k); c = CAMPAIGNS["newsoct"]
    host, ip = "smtp.lutherancare.org", "192.0.2.210"
    rcpt = "jpetersen@lutherancare.org"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Judith Petersen", "Judith")
    arr = plus(sent, seconds=2)
    qid = ctx.alnum(8) + ctx.digits(6)
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (mail.alliant-energy.com [198.51.100.25])\n\tby %s (8.17.1.9/8.17.1.9) with ESMTPS id %s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <%s>; %s" % (host, qid, rcpt, rfc_date(arr, "CT")))])
    dt = plus(arr, seconds=5)
    raw = sendmail_dsn(ctx, host, ip, dt, "customercare", rcpt, ret, arr)
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=1), raw, host, ip, tls="TLSv1.2")
    auto(k, "customercare", dt, "auto:bounce-sendmail", "en", "Sendmail 8.17", raw,
         "Sendmail 'Returned mail: see transcript for details' with the whole October newsletter returned")


def b11():
    k = "b11"; ctx = Ctx(k); c = CAMPAIGNS["phfall"]
    host, ip = "relay.oakhavenlibrary.org", "203.0.113.61"
    rcpt = "dmoore@oakhavenlibrary.org"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Diane Moore")
    qid = ctx.alnum(8) + ctx.digits(6)
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (mail.alliant-energy.com [198.51.100.25])\n\tby %s (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%s>; %s" % (host, qid, rcpt, rfc_date(sent, "CT")))])
    dt = plus(sent, hours=4, minutes=ctx.num(2, 30))
    raw = sendmail_dsn(ctx, host, ip, dt, "powerhousecatalog", rcpt, ret, sent, warning=True, headers_only=True)
    raw = message_with_transport(ctx, "powerhousecatalog", plus(dt, seconds=1), raw, host, ip, tls=None)
    auto(k, "powerhousecatalog", dt, "auto:delay-sendmail", "en", "Sendmail 8.15", raw,
         "Sendmail 4-hour warning (action=delayed); nothing failed yet and nobody wrote anything")


# ==================================================================== qmail
def qmail(ctx, host, ip, dt, mailbox, rcpt, reason, copy):
    from mailkit import crlf, serialize_headers
    pid = ctx.num(2000, 65000)
    text = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
%s

--- Below this line is a copy of the message.

""" % (host, rcpt, reason)
    hs = [("Received", "(qmail %d invoked for bounce); %s" % (pid, rfc_date(dt, "-0000", weekday=False, pad=False))),
          ("Date", rfc_date(dt, "-0000", weekday=False, pad=False)),
          ("From", "MAILER-DAEMON@%s" % host), ("To", MB[mailbox]),
          ("Subject", "failure notice")]
    return serialize_headers(hs) + b"\r\n" + crlf(text) + copy


def b12():
    k = "b12"; ctx = Ctx(k); c = CAMPAIGNS["newsjan"]
    host, ip = "mail.pcs-broadband.net", "192.0.2.19"
    rcpt = "rhonda.kline@pcs-broadband.net"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Rhonda Kline", "Rhonda")
    arr = plus(sent, seconds=6)
    pid = ctx.num(2000, 65000)
    copy = prepend(raw0, [("Return-Path", "<%s>" % CC),
                          ("Received", "(qmail %d invoked from network); %s" % (pid, rfc_date(arr, "-0000", weekday=False, pad=False))),
                          ("Received", "from mail.alliant-energy.com (HELO mail.alliant-energy.com) (198.51.100.25)\n  by %s with SMTP; %s" % (host, rfc_date(arr, "-0000", weekday=False, pad=False)))])
    dt = plus(arr, seconds=1)
    raw = qmail(ctx, host, ip, dt, "customercare", rcpt, "Sorry, no mailbox here by that name. (#5.1.1)", copy)
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=2), raw, host, ip, tls=None)
    auto(k, "customercare", dt, "auto:bounce-qmail", "en", "qmail", raw,
         "qmail 'failure notice', no MIME; our January newsletter pasted raw below the separator, footer included")


def b13():
    k = "b13"; ctx = Ctx(k); c = CAMPAIGNS["phfeb"]
    host, ip = "mx1.prairieweb.net", "203.0.113.150"
    rcpt = "bjlarsen@prairieweb.net"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    arr = plus(sent, seconds=8)
    pid = ctx.num(2000, 65000)
    copy = prepend(raw0, [("Return-Path", "<%s>" % PH),
                          ("Delivered-To", "prairieweb.net-bjlarsen@prairieweb.net"),
                          ("Received", "(qmail %d invoked from network); %s" % (pid, rfc_date(arr, "-0000", weekday=False, pad=False))),
                          ("Received", "from unknown (HELO mail.alliant-energy.com) (198.51.100.25)\n  by mx1.prairieweb.net with SMTP; %s" % rfc_date(arr, "-0000", weekday=False, pad=False))])
    dt = plus(arr, seconds=1)
    raw = qmail(ctx, host, ip, dt, "powerhousecatalog", rcpt,
                "user is over quota\nThe user's mailbox is full. (#5.2.2)", copy)
    raw = message_with_transport(ctx, "powerhousecatalog", plus(dt, seconds=2), raw, host, ip, tls=None, mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:bounce-qmail-quota", "en", "qmail/vpopmail", raw,
         "vpopmail over-quota failure notice without MIME; the copy includes the catalog footer about sharing names")


# ==================================================================== Microsoft 365
def m365_ndr(ctx, dt, mailbox, rcpt, orig_subject, orig_mid, orig_sent, tenant, lang, kind, returned,
             server=None):
    user, dom = rcpt.split("@")
    if not server:
        nn = ctx.num(10, 19)
        server = "%s%02dMB%04d.namprd%02d.prod.outlook.com" % (ctx.pick(["SN7PR", "CH3PR", "DM6PR", "BL1PR", "MN2PR"]), nn, ctx.num(1000, 9999), nn)
    if kind == "notfound":
        code = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        status = "5.1.10"
    elif kind == "group":
        code = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group"
        status = "5.7.133"
    else:
        raise ValueError(kind)
    created = local(orig_sent, "UTC")
    if lang == "es":
        cd = "%02d/%02d/%d %d:%02d:%02d" % (created.day, created.month, created.year, created.hour, created.minute, created.second)
    elif lang == "de":
        cd = "%02d.%02d.%d %02d:%02d:%02d" % (created.day, created.month, created.year, created.hour, created.minute, created.second)
    else:
        cd = "%d/%d/%d %d:%02d:%02d %s" % (created.month, created.day, created.year, (created.hour % 12) or 12,
                                          created.minute, created.second, "AM" if created.hour < 12 else "PM")
    if lang == "en":
        subj_prefix = "Undeliverable: "
        if kind == "notfound":
            head = "Your message to %s couldn't be delivered.\n%s wasn't found at %s." % (rcpt, user, dom)
            act = "Action Required                 Recipient\nUnknown To address"
            fix = """How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.
  *   Clear the recipient Auto-Complete List in Outlook or Outlook on the web by following the steps in this article: Fix email delivery issues for error code 5.1.10 in Office 365<https://go.microsoft.com/fwlink/?LinkId=532972>, and then send the message again. Retype the entire recipient address before selecting Send.

If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below."""
        else:
            head = "Your message to %s couldn't be delivered.\n%s only accepts messages from people in its organization or on its allowed senders list, and you're not currently on the list." % (rcpt, user)
            act = "Action Required                 Recipient\nNot authorized to send to this group"
            fix = """How to Fix It
Ask the recipient's email admin to add your email address to the group's allowed senders list, or to turn off the restriction that only allows authenticated senders.

If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below."""
        more = "More Info for Email Admins"
        od = "Original Message Details"
        labels = ("Created Date:", "Sender Address:", "Recipient Address:", "Subject:", "Error Details",
                  "Reported error:", "DSN generated by:")
        who = "%s  Office 365  %s" % (MB[mailbox].split("@")[0], user)
    elif lang == "es":
        subj_prefix = "No se puede entregar: "
        head = "Su mensaje para %s no se pudo entregar.\nNo se encontró a %s en %s." % (rcpt, user, dom)
        act = "Acción necesaria                 Destinatario\nDirección Para desconocida"
        fix = """Cómo solucionarlo
Es posible que la dirección esté mal escrita o que no exista. Pruebe una o varias de las siguientes acciones:

  *   Vuelva a enviar el mensaje. En Outlook, abra este informe de no entrega (NDR) y elija Volver a enviar en la cinta de opciones del informe. Elimine y vuelva a escribir la dirección completa del destinatario antes de hacer clic en Enviar.
  *   Póngase en contacto con el destinatario (por teléfono, por ejemplo) para comprobar que la dirección existe y es correcta.
  *   Es posible que el destinatario haya configurado el reenvío de correo a una dirección incorrecta. Pídale que compruebe que el reenvío funciona correctamente.

Si el problema continúa, reenvíe este mensaje al administrador de correo electrónico."""
        more = "Más información para administradores de correo electrónico"
        od = "Detalles del mensaje original"
        labels = ("Fecha de creación:", "Dirección del remitente:", "Dirección del destinatario:", "Asunto:",
                  "Detalles del error", "Error notificado:", "DSN generado por:")
        who = "%s  Office 365  %s" % (MB[mailbox].split("@")[0], user)
    elif lang == "de":
        subj_prefix = "Unzustellbar: "
        head = "Ihre Nachricht an %s konnte nicht zugestellt werden.\n%s wurde unter %s nicht gefunden." % (rcpt, user, dom)
        act = "Aktion erforderlich                 Empfänger\nUnbekannte An-Adresse"
        fix = """Lösung
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:

  *   Senden Sie die Nachricht erneut. Öffnen Sie in Outlook diesen Unzustellbarkeitsbericht (NDR), und wählen Sie im Menüband "Bericht" die Option "Erneut senden" aus. Löschen Sie die gesamte Empfängeradresse, und geben Sie sie erneut ein.
  *   Wenden Sie sich an den Empfänger (beispielsweise per Telefon), um zu überprüfen, ob die Adresse existiert und richtig ist.
  *   Der Empfänger hat möglicherweise eine Weiterleitung an eine falsche Adresse eingerichtet.

Wenn das Problem weiterhin besteht, leiten Sie diese Nachricht an Ihren E-Mail-Administrator weiter."""
        more = "Weitere Informationen für E-Mail-Administratoren"
        od = "Details der ursprünglichen Nachricht"
        labels = ("Erstellungsdatum:", "Absenderadresse:", "Empfängeradresse:", "Betreff:", "Fehlerdetails",
                  "Gemeldeter Fehler:", "DSN generiert von:")
        who = "%s  Office 365  %s" % (MB[mailbox].split("@")[0], user)
    text = """[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?version=b8d100a9-0a8b-8e6a-88e1-ef488fee0470]
%s

%s

%s

%s

%s
%s %s

%s

%s
%s   %s
%s   %s
%s   %s
%s   %s

%s
%s   %s
%s   %s
""" % (head, who, act, fix, more, {"en": "Status code:", "es": "Código de estado:", "de": "Statuscode:"}[lang], status,
       "This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain." if lang == "en" else "",
       od, labels[0], cd, labels[1], MB[mailbox], labels[2], rcpt, labels[3], orig_subject,
       labels[4], labels[5], code, labels[6], server)
    html = wrap_html_lines("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
.title { color: #c00000; font-size: 20px; }
.details { font-size: 12px; }
</style>
</head>
<body dir="ltr" lang="%s">
<p><img src="https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?version=b8d100a9-0a8b-8e6a-88e1-ef488fee0470" alt="Office 365" height="22" width="88"></p>
<p class="title"><b>%s</b></p>
<p>%s</p>
<table class="details">
<tr><td>%s</td><td>%s</td></tr>
<tr><td>%s</td><td>%s</td></tr>
<tr><td>%s</td><td>%s</td></tr>
<tr><td>%s</td><td>%s</td></tr>
<tr><td>%s</td><td>%s</td></tr>
<tr><td>%s</td><td>%s</td></tr>
</table>
</body>
</html>
""" % ({"en": "en-US", "es": "es-ES", "de": "de-DE"}[lang], html_escape(head.split("\n")[0]),
       html_escape(head.split("\n")[1]), labels[0], cd, labels[1], MB[mailbox], labels[2], rcpt, labels[3],
       html_escape(orig_subject), labels[5], html_escape(code), labels[6], server))
    dsn = """Reporting-MTA: dns;%s
Received-From-MTA: dns;%s
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: %s
Diagnostic-Code: smtp;%s
""" % (server, OUT_HOST, rfc_date(orig_sent, "UTC"), rcpt, status, code)
    b1, b2 = ctx.uuid(), ctx.uuid()
    alt = Multi("alternative", [Leaf("text/plain", text, "utf-8", "quoted-printable"),
                                Leaf("text/html", html, "utf-8", "quoted-printable")], b2,
                ct='multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b2)
    part = Multi("report", [alt, Embedded(crlf_text(dsn), ct="message/delivery-status"),
                            Embedded(header_block(returned), ct="text/rfc822-headers")], b1,
                 ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b1)
    subj = subj_prefix + orig_subject
    subj_h = subj if all(ord(ch) < 128 for ch in subj) else rfc2047(subj, "utf-8", "B")
    nmid = "<%s@%s>" % (ctx.uuid(), server)
    ehex = ctx.hex(32)
    hs = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s.onmicrosoft.com>" % tenant),
          ("To", "<%s>" % MB[mailbox]), ("Date", rfc_date(dt, "UTC")), ("*", None),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", {"en": "en-US", "es": "es-ES", "de": "de-DE"}[lang]),
          ("Message-ID", nmid), ("In-Reply-To", orig_mid), ("References", orig_mid),
          ("Thread-Topic", orig_subject if all(ord(ch) < 128 for ch in orig_subject) else rfc2047(orig_subject)),
          ("Thread-Index", "AQH" + ctx.b64(25) + "=="),
          ("Subject", subj_h), ("Auto-Submitted", "auto-replied"),
          ("X-MS-PublicTrafficType", "Email"),
          ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (server.split(".")[0], server.split(".")[0])),
          ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s.%03d (UTC)" % (rfc_date(dt, "UTC", weekday=False).replace(" +0000", ""), ctx.num(0, 999))),
          ("X-MS-Exchange-CrossTenant-Network-Message-Id", ctx.uuid()),
          ("MIME-Version", "1.0")]
    return message(hs, part)


def m365_transport(ctx, mailbox, dt, domain, mx="mx1"):
    ip = "40.107.%d.%d" % (ctx.num(90, 240), ctx.num(2, 250))
    nam = ctx.num(2, 12)
    pod = ctx.pick(["BN8", "DM6", "CO1", "SN1", "MW2"])
    helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (nam, pod)
    rdns = "mail-%snam%02don2%03d.outbound.protection.outlook.com" % (pod.lower(), nam, ctx.num(0, 999))
    auth = ["dkim=pass header.d=%s header.s=selector1 header.b=%s" % (domain, ctx.alnum(8)),
            "spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
            % (mx, helo, ip, helo), "dmarc=none"]
    return inbound(ctx, mailbox, dt, "", helo, ip, rdns=rdns, mx=mx, auth=auth)


def b14():
    k = "b14"; ctx = Ctx(k); c = CAMPAIGNS["evcharger"]
    rcpt = "mkoenig@hawkeyeag.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Mark Koenig", "Mark")
    dt = plus(sent, seconds=ctx.num(8, 40))
    raw = m365_ndr(ctx, dt, "customercare", rcpt, c.subject, mid, sent, "hawkeyeag", "en", "notfound", raw0)
    raw = prepend(raw, m365_transport(ctx, "customercare", plus(dt, seconds=2), "hawkeyeag.onmicrosoft.com"))
    auto(k, "customercare", dt, "auto:bounce-m365", "en", "Exchange Online", raw,
         "Microsoft 365 'Undeliverable:' NDR, 5.1.10 RecipientNotFound, with the How to Fix It boilerplate")


def b15():
    k = "b15"; ctx = Ctx(k); c = CAMPAIGNS["phshower"]
    rcpt = "orders@cornerstonehardware.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    dt = plus(sent, seconds=ctx.num(8, 40))
    raw = m365_ndr(ctx, dt, "powerhousecatalog", rcpt, c.subject, mid, sent, "cornerstonehw", "en", "group", raw0)
    raw = prepend(raw, m365_transport(ctx, "powerhousecatalog", plus(dt, seconds=2), "cornerstonehw.onmicrosoft.com", mx="mx2"))
    auto(k, "powerhousecatalog", dt, "auto:bounce-m365-group", "en", "Exchange Online", raw,
         "M365 NDR 5.7.133: distribution group only accepts authenticated senders; subject carries our campaign token")


def b18():
    k = "b18"; ctx = Ctx(k); c = CAMPAIGNS["renewable"]
    rcpt = "mgarcia@elsolcatering.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Marisol Garcia", "Marisol")
    dt = plus(sent, seconds=ctx.num(8, 40))
    raw = m365_ndr(ctx, dt, "customercare", rcpt, c.subject, mid, sent, "elsolcatering", "es", "notfound", raw0)
    raw = prepend(raw, m365_transport(ctx, "customercare", plus(dt, seconds=2), "elsolcatering.onmicrosoft.com"))
    auto(k, "customercare", dt, "auto:bounce-m365-es", "es", "Exchange Online (es-ES)", raw,
         "Spanish-language M365 NDR 'No se puede entregar:'; machine text, no request")


def b19():
    k = "b19"; ctx = Ctx(k); c = CAMPAIGNS["phholiday"]
    rcpt = "k.schreiber@ostwind-technik.de"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Katrin Schreiber", "Katrin")
    dt = plus(sent, seconds=ctx.num(8, 40))
    raw = m365_ndr(ctx, dt, "powerhousecatalog", rcpt, c.subject, mid, sent, "ostwindtechnik", "de", "notfound", raw0,
                   server="FR3P281MB%04d.DEUP281.PROD.OUTLOOK.COM" % ctx.num(1000, 9999))
    raw = prepend(raw, m365_transport(ctx, "powerhousecatalog", plus(dt, seconds=2), "ostwindtechnik.onmicrosoft.com", mx="mx2"))
    auto(k, "powerhousecatalog", dt, "auto:bounce-m365-de", "de", "Exchange Online (de-DE)", raw,
         "German M365 NDR 'Unzustellbar:' for a catalog e-mail; headers of the original only")


# ==================================================================== Exchange on-premises
def exch_onprem(ctx, dt, mailbox, rcpt, display, orig_subject, orig_mid, returned, host, kind="fail"):
    if kind == "fail":
        text = """Delivery has failed to these recipients or groups:

%s (%s)
Your message can't be delivered because delivery to this address is restricted.






Diagnostic information for administrators:

Generating server: %s

%s
#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##

Original message headers:

""" % (display, rcpt, host, rcpt)
        text += header_block(returned).decode("utf-8").replace("\r\n", "\n")
        subj = "Undeliverable: " + orig_subject
        dsn_action, status, diag = "failed", "5.7.1", "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
    else:
        text = """Delivery is delayed to these recipients or groups:

%s

Subject: %s

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.







Diagnostic information for administrators:

Generating server: %s
Receiving server: rdclinic-exch.riversidedental.local (192.168.1.20)

%s
Remote Server at rdclinic-exch.riversidedental.local (192.168.1.20) returned '400 4.4.7 Message delayed'
%s - Remote Server at rdclinic-exch.riversidedental.local (192.168.1.20) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.168.1.20:25'

Original message headers:

""" % (rcpt, orig_subject, host, rcpt, rfc_date(plus(dt, minutes=-3), "CT").replace(",", ""))
        text += header_block(returned).decode("utf-8").replace("\r\n", "\n")
        subj = "Delivery delayed:" + orig_subject
        dsn_action, status, diag = "delayed", "4.4.7", "smtp;400 4.4.7 Message delayed"
    dsn = """Reporting-MTA: dns;%s
Received-From-MTA: dns;%s
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: %s
Status: %s
Diagnostic-Code: %s
""" % (host, OUT_HOST, rfc_date(plus(dt, minutes=-1), "UTC"), rcpt, dsn_action, status, diag)
    if kind != "fail":
        dsn += "X-Display-Name: %s\n" % display
    b1, b2 = "_000_%s_" % ctx.uuid(), "_001_%s_" % ctx.uuid()
    html = wrap_html_lines("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n"
                           + "".join("<p>%s</p>\n" % html_escape(p).replace("\n", "<br>\n") for p in text.split("\n\n") if p.strip())
                           + "</body>\n</html>\n")
    alt = Multi("alternative", [Leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                Leaf("text/html", html, "us-ascii", "quoted-printable")], b2,
                ct='multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b2)
    part = Multi("report", [alt, Embedded(crlf_text(dsn), ct="message/delivery-status"),
                            Embedded(header_block(returned), ct="text/rfc822-headers")], b1,
                 ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b1)
    dom = rcpt.split("@")[1]
    hs = [("From", "postmaster@%s" % dom), ("To", "<%s>" % MB[mailbox]), ("Date", rfc_date(dt, "CT")),
          ("*", None), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
          ("Message-ID", "<%s@%s>" % (ctx.uuid(), host)), ("In-Reply-To", orig_mid), ("References", orig_mid),
          ("Thread-Topic", orig_subject), ("Subject", subj), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0")]
    return message(hs, part)


def b16():
    k = "b16"; ctx = Ctx(k)
    rcpt = "treasurer@bentoncountyia.org"
    ref = "CC-2026-05-02231"
    sent = D("2026-05-19 16:42:07")
    raw0, mid, _ = ack_raw(ctx, ref, rcpt, sent, "May 19, 2026", in_reply_to="<%s@BCEXCH02.bentoncounty.local>" % ctx.hex(32), to_name="Treasurer's Office")
    host = "BCEXCH02.bentoncounty.local"
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (198.51.100.25) by\n BCEXCH02.bentoncounty.local (10.10.1.32) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; %s" % rfc_date(sent, "CT"))])
    dt = plus(sent, seconds=14)
    raw = exch_onprem(ctx, dt, "customercare", rcpt, "Treasurer's Office", "We received your request [%s]" % ref, mid, ret, host)
    ip = "192.0.2.233"
    raw = prepend(raw, inbound_remote(ctx, "customercare", plus(dt, seconds=2), "mail.bentoncountyia.org", ip, tls="TLSv1.2"))
    auto(k, "customercare", dt, "auto:bounce-exchange-ack", "en", "Exchange 2016", raw,
         "on-premises Exchange NDR (5.7.1 group accepts internal senders only) for OUR acknowledgement [CC-2026-05-02231]; answering it would loop")


def b17():
    k = "b17"; ctx = Ctx(k); c = CAMPAIGNS["newsoct"]
    rcpt = "accounting@riversidedental.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    host = "RDGW01.riversidedental.local"
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (198.51.100.25) by\n RDGW01.riversidedental.local (192.168.1.5) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; %s" % rfc_date(sent, "CT"))])
    dt = plus(sent, hours=4, minutes=ctx.num(1, 20))
    raw = exch_onprem(ctx, dt, "customercare", rcpt, "Accounting", c.subject, mid, ret, host, kind="delay")
    raw = prepend(raw, inbound_remote(ctx, "customercare", plus(dt, seconds=2), "mail.riversidedental.com", "203.0.113.212", tls="TLSv1.2"))
    auto(k, "customercare", dt, "auto:delay-exchange", "en", "Exchange 2019", raw,
         "Exchange 'Delivery delayed:' notice (4.4.7) for the October newsletter; warning only")


# ==================================================================== German / Spanish Postfix
def b20():
    k = "b20"; ctx = Ctx(k); c = CAMPAIGNS["winter"]
    host, ip = "mx01.mailnetz-ost.de", "192.0.2.88"
    rcpt = "h.dietrich@mailnetz-ost.de"
    ret, mid, sent, arr = returned_copy(ctx, c, rcpt, host, "Heike Dietrich", "Heike", zone="CET")
    dt = plus(arr, seconds=2)
    line = ("<%s>: host lmtp.mailnetz-ost.de[private/dovecot-lmtp] said: 550 5.1.1 <%s> User doesn't exist: %s "
            "(in reply to RCPT TO command)" % (rcpt, rcpt, rcpt))
    raw = postfix_dsn(ctx, host, dt, "customercare", rcpt, line, "5.1.1",
                      "smtp; 550 5.1.1 <%s> User doesn't exist: %s" % (rcpt, rcpt), ret, arr, zone="CET",
                      lang="de", headers_only=True, remote_mta="dns; lmtp.mailnetz-ost.de")
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=1), raw, host, ip)
    auto(k, "customercare", dt, "auto:bounce-postfix-de", "de", "Postfix (German template)", raw,
         "Postfix bounce with a German template and RFC 2047 subject; customer's address at a German provider no longer exists")


def b21():
    k = "b21"; ctx = Ctx(k); c = CAMPAIGNS["fridge"]
    host, ip = "correo.redmx.com.mx", "203.0.113.97"
    rcpt = "rosario.mendez@redmx.com.mx"
    ret, mid, sent, arr = returned_copy(ctx, c, rcpt, host, "Rosario Mendez", "Rosario", zone="MX")
    dt = plus(arr, seconds=2)
    line = ("<%s>: host buzon3.redmx.com.mx[10.20.0.13] said: 552 5.2.2 <%s>: Recipient address rejected: "
            "Buzon lleno / Mailbox full (in reply to RCPT TO command)" % (rcpt, rcpt))
    raw = postfix_dsn(ctx, host, dt, "customercare", rcpt, line, "5.2.2",
                      "smtp; 552 5.2.2 <%s>: Recipient address rejected: Buzon lleno / Mailbox full" % rcpt,
                      ret, arr, zone="MX", lang="es", remote_mta="dns; buzon3.redmx.com.mx")
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=1), raw, host, ip, tls="TLSv1.2")
    auto(k, "customercare", dt, "auto:bounce-postfix-es", "es", "Postfix (Spanish template)", raw,
         "Spanish Postfix template, mailbox full; full promo returned with our opt-out footer (not the recipient's words)")


# ==================================================================== Gmail DSN (Google Workspace forwarding)
ICON_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2a9b7ad0000000049454e44ae426082")


def gmail_dsn(ctx, dt, mailbox, rcpt, kind, orig_mid, returned, from_dom_sender):
    if kind == "nxdomain":
        title = "** Address not found **"
        para = ("Your message wasn't delivered to %s because the domain %s couldn't be found. "
                "Check for typos or unnecessary spaces and try again." % (rcpt, rcpt.split("@")[1]))
        resp = ("DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN\nDomain name not found: %s\n"
                "Learn more at https://support.google.com/mail/answer/6596" % (rcpt.split("@")[1], rcpt.split("@")[1]))
        status, diag = "5.1.2", "smtp; DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN Domain name not found: %s" % (rcpt.split("@")[1], rcpt.split("@")[1])
    else:
        title = "** Message blocked **"
        para = ("Your message to %s has been blocked. See technical details below for more information." % rcpt)
        resp = ("The recipient's organization does not accept bulk promotional mail sent to this address. "
                "This rule was set by the administrator of %s." % rcpt.split("@")[1])
        status, diag = "5.7.1", "smtp; 550 5.7.1 The recipient's organization does not accept bulk promotional mail sent to this address."
    text = "\n%s\n\n%s\n\nThe response was:\n\n%s\n" % (title, para, resp)
    html = wrap_html_lines("""<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">%s</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">%s</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">%s</p>
</td>
</tr>
</tbody></table>
</body>
</html>
""" % (title.strip("* "), html_escape(para), html_escape(resp).replace("\n", "<br/>\n")))
    b0, b1, b2 = ["0000000000%s" % ctx.hex(18) for _ in range(3)]
    alt = Multi("alternative", [Leaf("text/plain", text, "UTF-8", None, cte_header=False),
                                Leaf("text/html", html, "UTF-8", None, cte_header=False)], b2,
                quote_boundary=True)
    icon = Leaf("image/png", data=ICON_PNG, cte="base64", ct='image/png; name="icon.png"',
                headers=[("Content-Disposition", 'attachment; filename="icon.png"'), ("Content-ID", "<icon.png>")])
    rel = Multi("related", [alt, icon], b1)
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s
X-Original-Message-ID: %s

Final-Recipient: rfc822; %s
Action: failed
Status: %s
Diagnostic-Code: %s
Last-Attempt-Date: %s
""" % (rfc_date(plus(dt, seconds=-2), "PT") .replace("(", ""), orig_mid, rcpt, status, diag, rfc_date(dt, "PT"))
    part = Multi("report", [rel, Embedded(crlf_text(dsn), ct="message/delivery-status"),
                            Embedded(returned, ct="message/rfc822")], b0,
                 ct='multipart/report; boundary="%s"; report-type=delivery-status' % b0)
    hs = [("*", None),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", MB[mailbox]), ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", orig_mid), ("In-Reply-To", orig_mid),
          ("X-Failed-Recipients", rcpt),
          ("Message-ID", "<%s.%s.%s.%sGMR@mx.google.com>" % (ctx.hex(8), ctx.hex(8), ctx.hex(4), ctx.hex(4))),
          ("Date", rfc_date(dt, "PT"))]
    return message(hs, part)


def gmail_dsn_transport(ctx, mailbox, dt, mx="mx1"):
    ip = "209.85.220.%d" % ctx.num(41, 73)
    helo = "mail-sor-f%d.google.com" % int(ip.split(".")[-1])
    pre = [("Received", "by %s with SMTP id %s.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
            % (helo, "d75a77b69052e-" + ctx.hex(11) + "sf" + ctx.digits(7), ctx.num(1, 30), MB[mailbox], rfc_date(dt, "PT", abbr=True))),
           ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=googlemail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=date:message-id:in-reply-to:references:subject:auto-submitted:to\n         :from:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s"
            % (epoch(dt), epoch(dt) + 604800, ctx.bh(), ctx.dkim_b(5, 70).replace("\n\t ", "\n         "))),
           ("X-Google-Smtp-Source", "AGHT+I" + ctx.b64(80) + "=="),
           ("X-Received", "by 2002:a05:622a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
            % (ctx.hex(3), ctx.hex(3), ctx.hex(4), ctx.hex(4), "d75a77b69052e-" + ctx.hex(11) + "mr" + ctx.digits(8), ctx.num(1, 30), epoch(dt) * 1000 + ctx.num(0, 999), rfc_date(dt, "PT", abbr=True))),
           ("Return-Path", "<>")]
    auth = ["dkim=pass header.d=googlemail.com header.s=20230601 header.b=%s" % ctx.alnum(8),
            "spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s" % (mx, helo, ip, helo),
            "dmarc=pass (policy=quarantine) header.from=googlemail.com"]
    hs = inbound(ctx, mailbox, plus(dt, seconds=1), "", helo, ip, mx=mx, auth=auth)
    return hs, pre


def b22():
    k = "b22"; ctx = Ctx(k); c = CAMPAIGNS["phspring"]
    rcpt0 = "sam@hughesfamilyfarm.com"
    fwd = "samhughes@iowa-telco.net"
    raw0, mid, sent = promo_raw(ctx, c, rcpt0, "Sam Hughes", "Sam")
    arr = plus(sent, seconds=3)
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (mail.alliant-energy.com. [198.51.100.25])\n        by mx.google.com with ESMTPS id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s"
                                            % ("d75a77b69052e-" + ctx.hex(11) + "si" + ctx.digits(7), ctx.num(1, 30), sent.month, sent.day, sent.hour, sent.minute, sent.second, rcpt0, rfc_date(arr, "PT", abbr=True)))])
    dt = plus(arr, seconds=ctx.num(2, 9))
    raw = gmail_dsn(ctx, dt, "powerhousecatalog", fwd, "nxdomain", mid, ret, None)
    hs, pre = gmail_dsn_transport(ctx, "powerhousecatalog", dt, mx="mx2")
    raw = prepend(raw, pre)
    raw = prepend(raw, hs)
    auto(k, "powerhousecatalog", dt, "auto:bounce-gmail", "en", "Gmail (Workspace forwarding)", raw,
         "Gmail 'Delivery Status Notification (Failure)': Workspace forwarding to a dead ISP domain (NXDOMAIN)")


def b23():
    k = "b23"; ctx = Ctx(k); c = CAMPAIGNS["thermostat"]
    rcpt = "frontdesk@ceresschools.org"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    arr = plus(sent, seconds=2)
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com (mail.alliant-energy.com. [198.51.100.25])\n        by mx.google.com with ESMTPS id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s"
                                            % ("d75a77b69052e-" + ctx.hex(11) + "si" + ctx.digits(7), ctx.num(1, 30), sent.month, sent.day, sent.hour, sent.minute, sent.second, rcpt, rfc_date(arr, "PT", abbr=True)))])
    dt = plus(arr, seconds=ctx.num(2, 9))
    raw = gmail_dsn(ctx, dt, "customercare", rcpt, "blocked", mid, ret, None)
    hs, pre = gmail_dsn_transport(ctx, "customercare", dt)
    raw = prepend(raw, pre)
    raw = prepend(raw, hs)
    auto(k, "customercare", dt, "auto:bounce-gmail-blocked", "en", "Gmail (Workspace compliance)", raw,
         "Gmail DSN '** Message blocked **' from a school district's content-compliance rule; the block is not an opt-out request")


# ==================================================================== Yahoo Failure Notice (no MIME)
def b24():
    k = "b24"; ctx = Ctx(k); c = CAMPAIGNS["audit"]
    rcpt0 = "lmcallister@sbcglobal.net"
    fwd = "lindamcallister@prairiefire-isp.net"
    raw0, mid, sent = promo_raw(ctx, c, rcpt0, "Linda McAllister", "Linda")
    arr = plus(sent, seconds=5)
    copy = prepend(raw0, [("Received", "from 198.51.100.25 (EHLO mail.alliant-energy.com)\n  by mta%d.mail.bf1.yahoo.com with SMTP; %s" % (ctx.num(4000, 4999), rfc_date(arr, "UTC").replace("+0000", "+0000")))])
    dt = plus(arr, minutes=ctx.num(1, 4))
    from mailkit import crlf, serialize_headers
    text = """Sorry, we were unable to deliver your message to the following address.

<%s>:
Remote host said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table [RCPT_TO]

--- Below this line is a copy of the message.

""" % (fwd, fwd)
    hs = [("Date", rfc_date(dt, "UTC")), ("From", "MAILER-DAEMON@yahoo.com"), ("To", CC),
          ("Subject", "Failure Notice")]
    raw = serialize_headers(hs) + b"\r\n" + crlf(text) + copy
    ip = "74.6.%d.%d" % (ctx.num(128, 140), ctx.num(2, 250))
    helo = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (ctx.num(300, 330), ctx.num(10, 40))
    auth = ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of MAILER-DAEMON@yahoo.com designates %s as permitted sender) smtp.mailfrom=MAILER-DAEMON@yahoo.com" % ip, "dmarc=none"]
    raw = prepend(raw, inbound(ctx, "customercare", plus(dt, seconds=1), "MAILER-DAEMON@yahoo.com", helo, ip, auth=auth))
    # inbound() wrote Return-Path <MAILER-DAEMON@yahoo.com>: a non-null envelope sender
    auto(k, "customercare", dt, "auto:bounce-yahoo-plain", "en", "Yahoo Mail", raw,
         "Yahoo 'Failure Notice' for a forwarded sbcglobal address; no MIME, non-null Return-Path, copy of promo inline")


# ==================================================================== MDaemon
def mdaemon(ctx, dt, mailbox, rcpt, host, returned, orig_subject, orig_mid, warning=False):
    ts = local(dt, "CT")
    stamp = ts.strftime("%a %Y-%m-%d %H:%M:%S.") + "%03d" % ctx.num(0, 999)
    sid = ctx.num(1000, 9999)
    tr = []
    t = lambda s: tr.append("%s: %s" % (stamp, s))
    t("Session %d; child 0001" % sid)
    t("Parsing message <%s\\pd%d%07d.msg>" % (host, 5000, ctx.num(1000000, 9999999)))
    t("*  From: %s" % MB[mailbox])
    t("*  To: %s" % rcpt)
    t("*  Subject: %s" % orig_subject)
    t("*  Message-ID: %s" % orig_mid)
    t("Attempting SMTP connection to [192.168.40.12:25]")
    t("Attempting to send message to smart host")
    t("Connection established (192.168.40.2:50312 -> 192.168.40.12:25)")
    t("<-- 220 exch.cedarvalleyseed.local ESMTP")
    t("--> EHLO %s" % host)
    t("<-- 250-exch.cedarvalleyseed.local Hello")
    t("<-- 250 SIZE 36700160")
    t("--> MAIL From:<%s> SIZE=%d" % (MB[mailbox], ctx.num(9000, 20000)))
    t("<-- 250 2.1.0 Sender OK")
    t("--> RCPT To:<%s>" % rcpt)
    if warning:
        t("<-- 452 4.2.2 Mailbox full, try again later")
        t("--> QUIT")
        t("Message will be retried in 2 hours; it has been queued for 8 hours")
    else:
        t("<-- 550 5.1.1 User unknown")
        t("--> QUIT")
    if warning:
        intro = """This message is being sent to inform you that the attached message has
not been delivered yet.  MDaemon will continue to try delivery for some
time.  You do not need to resend your message.

    *** This is a warning only.  No action is required on your part. ***
"""
        subj = "Warning: Message Delivery Delayed"
    else:
        intro = """The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are set by local policy.

YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!
"""
        subj = "Permanent Delivery Failure"
    text = intro + "\n--- Session Transcript ---\n" + "\n".join(" " + l for l in tr) + "\n--- End Transcript ---\n"
    bnd = "----=_MDAEMON_%s" % ctx.hex(16, upper=True)
    part = Multi("mixed", [Leaf("text/plain", text, "us-ascii", "7bit"),
                           Embedded(returned, ct="message/rfc822")], bnd)
    hs = [("X-MDaemon-Deliver-To", MB[mailbox]), ("X-Return-Path", "<>"),
          ("From", '"MDaemon at %s" <MDaemon@%s>' % (host, host)), ("To", MB[mailbox]),
          ("Subject", subj), ("X-MDDSN-Message", "Yes"), ("Auto-Submitted", "auto-replied"),
          ("Message-ID", "<MDAEMON-F%s.AA%d%dmd500%07d@%s>" % (ts.strftime("%Y%m%d%H%M"), ts.second, ctx.num(10000, 99999), ctx.num(0, 9999999), host)),
          ("Date", rfc_date(dt, "CT")), ("MIME-Version", "1.0"), ("*", None),
          ("X-Spam-Processed", "%s, %s\n\t(not processed: message from trusted or authenticated source)" % (host, local(dt, "CT").strftime("%a, %d %b %Y %H:%M:%S ") + rfc_date(dt, "CT")[-5:])),
          ("X-MDRemoteIP", "127.0.0.1")]
    return message(hs, part)


def b25():
    k = "b25"; ctx = Ctx(k); c = CAMPAIGNS["phplugs"]
    host, ip = "mail.cedarvalleyseed.com", "192.0.2.164"
    rcpt = "jwendt@cedarvalleyseed.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Jerry Wendt", "Jerry")
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com by %s (MDaemon PRO v23.5.2)\n\twith ESMTPS id md5001000%07d.msg\n\tfor <%s>; %s" % (host, ctx.num(0, 9999999), rcpt, rfc_date(sent, "CT")))])
    dt = plus(sent, minutes=ctx.num(2, 6))
    raw = mdaemon(ctx, dt, "powerhousecatalog", rcpt, host, ret, c.subject, mid)
    raw = message_with_transport(ctx, "powerhousecatalog", plus(dt, seconds=1), raw, host, ip, tls="TLSv1.2", mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:bounce-mdaemon", "en", "MDaemon 23.5", raw,
         "MDaemon 'Permanent Delivery Failure' with session transcript; our catalog mail attached as message/rfc822")


def b26():
    k = "b26"; ctx = Ctx(k); c = CAMPAIGNS["evcharger"]
    host, ip = "mail.cedarvalleyseed.com", "192.0.2.164"
    rcpt = "sales@cedarvalleyseed.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt)
    ret = prepend(raw0, [("Received", "from mail.alliant-energy.com by %s (MDaemon PRO v23.5.2)\n\twith ESMTPS id md5001000%07d.msg\n\tfor <%s>; %s" % (host, ctx.num(0, 9999999), rcpt, rfc_date(sent, "CT")))])
    dt = plus(sent, hours=8, minutes=ctx.num(2, 9))
    raw = mdaemon(ctx, dt, "customercare", rcpt, host, ret, c.subject, mid, warning=True)
    raw = message_with_transport(ctx, "customercare", plus(dt, seconds=1), raw, host, ip, tls="TLSv1.2")
    auto(k, "customercare", dt, "auto:delay-mdaemon", "en", "MDaemon 23.5", raw,
         "MDaemon delayed-delivery warning (452 mailbox full, still retrying)")


# ==================================================================== Lotus / HCL Domino
def b27():
    k = "b27"; ctx = Ctx(k); c = CAMPAIGNS["phshower"]
    host, ip = "smtp.harmonyfarmsupply.com", "203.0.113.121"
    rcpt = "rbauer@harmonyfarmsupply.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, "Ron Bauer", "Ron")
    dt = plus(sent, seconds=ctx.num(20, 60))
    ts = local(dt, "CT")
    mt = "%02d/%02d/%d %02d:%02d:%02d %s" % (ts.month, ts.day, ts.year, (ts.hour % 12) or 12, ts.minute, ts.second, "AM" if ts.hour < 12 else "PM")
    text = """Your message

  Subject: %s

was not delivered to:

  %s

because:

  User rbauer (%s) not listed in Domino Directory
""" % (c.subject, rcpt, rcpt)
    dsn = """Reporting-MTA: dns;HFSMAIL01/HarmonyFarm
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.0.0
""" % (rfc_date(sent, "CT"), rcpt)
    bnd = "0__=%s8f9e8a93df938690918c%s" % (ctx.hex(8, upper=True), ctx.hex(8, upper=True))
    part = Multi("report", [Leaf("text/plain", text, "US-ASCII", None, ct="text/plain; charset=US-ASCII", cte_header=False),
                            Embedded(crlf_text(dsn), ct="message/delivery-status"),
                            Embedded(header_block(raw0), ct="text/rfc822-headers")], bnd,
                 ct='multipart/report; report-type=delivery-status;\n\tBoundary="%s"' % bnd)
    hs = [("From", "Postmaster@harmonyfarmsupply.com"), ("To", PH),
          ("Subject", "DELIVERY FAILURE: User rbauer (%s) not listed in Domino Directory" % rcpt),
          ("Date", rfc_date(dt, "CT")),
          ("Message-ID", "<OF%s.%s-ON%s.%s@HarmonyFarm>" % (ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True))),
          ("X-MIMETrack", "Serialize by Router on HFSMAIL01/HarmonyFarm(Release 12.0.2FP3|April 2024) at\n %s" % mt),
          ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("*", None)]
    raw = message(hs, part)
    auth = ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of Postmaster@harmonyfarmsupply.com designates %s as permitted sender) smtp.mailfrom=Postmaster@harmonyfarmsupply.com" % ip, "dmarc=none"]
    raw = prepend(raw, inbound(ctx, "powerhousecatalog", plus(dt, seconds=1), "Postmaster@harmonyfarmsupply.com", host, ip, mx="mx2", auth=auth, tls="TLSv1.2"))
    auto(k, "powerhousecatalog", dt, "auto:bounce-domino", "en", "HCL Domino 12", raw,
         "Domino 'DELIVERY FAILURE: User ... not listed in Domino Directory'; envelope sender is Postmaster, not <>")


# ==================================================================== more from our relay
def b28():
    k = "b28"; ctx = Ctx(k); c = CAMPAIGNS["winter"]
    rcpt = "frontoffice@westbranchchiro.com"
    bline = ("554 Service unavailable; Client host [198.51.100.25] blocked using b.barracudacentral.org; "
             "http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.25")
    line = "<%s>: host mail.westbranchchiro.com[192.0.2.57] said: %s (in reply to RCPT TO command)" % (rcpt, bline)
    raw, dt = internal(ctx, "customercare", c, rcpt, line, "5.0.0", "smtp; " + bline,
                       "dns; mail.westbranchchiro.com", headers_only=True)
    auto(k, "customercare", dt, "auto:bounce-ours-blocklist", "en", "Postfix (our relay)", raw,
         "recipient's Barracuda refused our IP (reputation block); a policy rejection, not a person's opt-out")


def b29():
    k = "b29"; ctx = Ctx(k); c = CAMPAIGNS["phsummer"]
    rcpt = "pat.oberbroeckling@mchsi.cmo"
    line = ("<%s>: Host or domain name not found. Name service error for name=mchsi.cmo type=AAAA: "
            "Host not found" % rcpt)
    raw, dt = internal(ctx, "powerhousecatalog", c, rcpt, line, "5.4.4",
                       "X-Postfix; Host or domain name not found. Name service error for name=mchsi.cmo type=AAAA: Host not found",
                       None, name="Pat Oberbroeckling", first="Pat")
    auto(k, "powerhousecatalog", dt, "auto:bounce-ours-dns", "en", "Postfix (our relay)", raw,
         "typo domain (.cmo) on the customer record; Postfix 5.4.4 host not found, whole catalog e-mail returned")


def b30():
    k = "b30"; ctx = Ctx(k)
    rcpt = "j.reinholt@outlook.com"
    ref = "CC-2026-09-06112"
    sent = D("2026-09-22 18:03:51")
    raw0, mid, _ = ack_raw(ctx, ref, rcpt, sent, "September 22, 2026", in_reply_to="<CAF7g2pQ1xT+0Wm9uRkV3bqZ4n8hYc=JdE@mail.gmail.com>")
    oline = ("550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
             "[BN2NAM12FT%03d.eop-nam12.prod.protection.outlook.com 2026-09-22T18:03:53.%07dZ %s]"
             % (ctx.num(10, 99), ctx.num(0, 9999999), "08DE" + ctx.hex(12, True)))
    line = "<%s>: host outlook-com.olc.protection.outlook.com[52.101.11.0] said: %s (in reply to RCPT TO command)" % (rcpt, oline)
    raw, dt = internal(ctx, "customercare", (raw0, sent), rcpt, line, "5.5.0", "smtp; " + oline,
                       "dns; outlook-com.olc.protection.outlook.com")
    auto(k, "customercare", dt, "auto:bounce-ours-ack", "en", "Postfix (our relay)", raw,
         "our acknowledgement bounced off a mistyped Outlook.com Reply-To; the returned ack says 'opt out' and '10 business days' but is our own text")


for f in [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19,
          b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30]:
    f()
