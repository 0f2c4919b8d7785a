"""Raw builders for mail that does not come from a normal phone mail app: carrier SMS/MMS gateways,
carrier DSNs, app notifications and a read receipt. Every builder is build(spec, rng) -> bytes.
"""
import mailkit as mk
import clients as cl
from ours import O

CARRIER = {
    # domain: (relay host, relay ip, display of the gateway)
    "vtext.com": ("njbrmmsc03.vtext.com", "69.78.67.14"),
    "txt.att.net": ("alph755.prodigy.net", "144.160.159.23"),
    "tmomail.net": ("mx-tmo-pss02.tmomail.net", "208.54.69.33"),
    "mms.att.net": ("mmsmtai03.mms.att.net", "144.160.159.71"),
    "vzwpix.com": ("njbrmmsc05.vzwpix.com", "69.78.67.41"),
    "msg.fi.google.com": ("mail-sor-f69.google.com", "209.85.220.69"),
}


def _trace(rng, dt, env, rcpt, host, ip, auth=None):
    auth = auth or ["dkim=none", "spf=pass (mx.alliant-energy.com: domain of %s\r\n\t designates %s as "
                    "permitted sender) smtp.mailfrom=%s" % (env or host, ip, env or host), "dmarc=none"]
    return cl.our_trace(rng, dt, env, rcpt, host, ip, auth, tls=True)


def sms(spec, rng):
    """A text message turned into e-mail by the carrier. spec['email'] is the phone's gateway address.
    spec['mms'] = True gives an AT&T/Verizon MMS: multipart/related with the words in text_0.txt."""
    dt = mk.parse_local(spec["date"])
    rcpt = cl.mailbox_addr(spec["mailbox"])
    dom = spec["email"].split("@")[1]
    host, ip = CARRIER[dom]
    trace = _trace(rng, dt, spec["email"], rcpt, host, ip)
    mh = mk.Headers()
    if dom == "txt.att.net":
        mh.add("Message-ID", "<%d.%d.JavaMail.%s@%s>" % (rng.randint(10 ** 8, 10 ** 9), mk.epoch_ms(dt, rng),
                                                       mk.ralnum(rng, 6, "abcdefghijklmnopqrstuvwxyz"), host),
               raw=True)
    else:
        mh.add("Message-ID", "<%s.%s@%s>" % (mk.rhex(rng, 16), mk.ralnum(rng, 8), host), raw=True)
    mh.add("Date", mk.rfcdate(dt, pad=True))
    mh.add("From", spec["email"], raw=True)
    mh.add("To", rcpt, raw=True)
    mh.add("Subject", mk.subj(spec.get("subject", "")) if spec.get("subject") else "", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    text = spec["text"]
    if spec.get("mms"):
        mh.add("X-Mms-Message-Type", "m-send-req", raw=True)
        tp = mk.text_part(text + "\n", "plain", "utf-8", cte="auto")
        tp.extra = ["Content-ID: <text_0.txt>", "Content-Location: text_0.txt"]
        tp.disposition = None
        smil = ('<smil><head><layout><root-layout/><region id="Text" top="70%" left="0%" height="30%" '
                'width="100%"/></layout></head><body><par dur="5000ms"><text src="text_0.txt" region="Text"/>'
                '</par></body></smil>\n')
        sp = mk.Part("application/smil", params=[("name", "smil.smil", False)], cte="7bit",
                     payload=smil.encode(), extra=["Content-ID: <0000>", "Content-Location: smil.smil"])
        body = mk.multipart("related", [sp, tp], "----=_Part_%d_%d.%d" % (
            rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), mk.epoch_ms(dt, rng)), quoted=True,
            extra_params=[("type", "application/smil", True), ("start", "<0000>", True)])
    else:
        body = mk.text_part(text + "\n", "plain", "utf-8", cte="auto")
        if dom == "txt.att.net":
            body.extra = []
    mh.items += spec.get("gw_extra", [])
    return mk.finish(trace, mh, body)


def carrier_dsn(spec, rng):
    """A carrier's MMS/SMS gateway rejecting mail we sent to a phone (our text alert or acknowledgement)."""
    dt = mk.parse_local(spec["date"])
    rcpt = cl.mailbox_addr(spec["mailbox"])
    orig = O[spec["bounce_of"]]
    phone = spec["phone"]
    dom = phone.split("@")[1]
    host, ip = CARRIER[dom]
    sent = mk.parse_local(orig["date"])
    trace = _trace(rng, dt, None, rcpt, host, ip, ["dkim=none", "spf=none smtp.helo=%s" % host, "dmarc=none"])
    qidv = mk.rhex(rng, 10).upper()
    text = spec["dsn_text"] % {"phone": phone, "host": host}
    status = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
              "Status: %s\nDiagnostic-Code: smtp; %s\n" % (host, mk.rfcdate(mk.plus(sent, 5)), phone,
                                                           spec["status"], spec["diag"]))
    oh = mk.Headers()
    oh.add("From", mk.addr(orig["name"], orig["addr"]))
    oh.add("Reply-To", orig["reply_to"][1])
    oh.add("To", phone)
    oh.add("Subject", mk.subj(orig["subject"]))
    oh.add("Date", mk.rfcdate(sent))
    oh.add("Message-ID", orig["msgid"], raw=True)
    p1 = mk.text_part(text, "plain", "us-ascii", cte="7bit")
    p2 = mk.Part("message/delivery-status", payload=status.encode())
    p3 = mk.Part("text/rfc822-headers", payload=oh.render())
    body = mk.multipart("report", [p1, p2, p3], "%s/%s" % (qidv, host), quoted=True,
                        extra_params=[("report-type", "delivery-status", False)])
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(dt))
    mh.add("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, raw=True)
    mh.add("To", rcpt, raw=True)
    mh.add("Subject", spec["subject"], raw=True)
    mh.add("Message-ID", "<%s.%d@%s>" % (qidv, int(dt.timestamp()), host), raw=True)
    mh.add("Auto-Submitted", "auto-generated", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    return mk.finish(trace, mh, body)


def notification(spec, rng):
    """An app's notification e-mail (no person's words). spec: from_name, from_addr, subject, text, host."""
    dt = mk.parse_local(spec["date"])
    rcpt = cl.mailbox_addr(spec["mailbox"])
    env = "bounces+%s@%s" % (mk.rhex(rng, 10), spec["from_addr"].split("@")[1])
    host, ip = spec["host"], spec["ip"]
    d = spec["from_addr"].split("@")[1]
    trace = _trace(rng, dt, env, rcpt, host, ip, cl.auth_pass(rng, host, env, ip, d, "s1"))
    tp = mk.text_part(spec["text"] + "\n", "plain", "utf-8", cte="quoted-printable")
    hp = mk.text_part("<html><body>%s</body></html>\n" % mk.paras_html(spec["text"]), "html", "utf-8",
                      cte="quoted-printable")
    body = mk.multipart("alternative", [tp, hp], mk.rhex(rng, 28), quoted=True)
    trace.items.append(mk.dkim(rng, d, "s1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
                               mk.body_hash(body), t=int(dt.timestamp())))
    mh = mk.Headers()
    mh.add("From", mk.addr(spec["from_name"], spec["from_addr"]))
    mh.add("To", rcpt, raw=True)
    mh.add("Subject", mk.subj(spec["subject"]))
    mh.add("Date", mk.rfcdate(dt, utc=True))
    mh.add("Message-ID", "<%s@%s>" % (mk.ruuid(rng, upper=False), d), raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    for k, v in spec.get("notif_headers", []):
        mh.add(k, v, raw=True)
    return mk.finish(trace, mh, body)


def read_receipt(spec, rng):
    """Outlook mobile read receipt (multipart/report; disposition-notification) for our acknowledgement."""
    dt = mk.parse_local(spec["date"])
    rcpt = cl.mailbox_addr(spec["mailbox"])
    orig = O[spec["receipt_of"]]
    env = spec["email"]
    host, ip = cl.provider_ip(rng, "outlook")
    trace = _trace(rng, dt, env, rcpt, host, ip, cl.auth_pass(rng, host, env, ip, env.split("@")[1],
                                                              "selector1"))
    text = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (
        env, orig["subject"], mk.rfcdate(mk.parse_local(orig["date"]), utc=True), mk.rfcdate(dt, utc=True)))
    mdn = ("Reporting-UA: %s; Microsoft Outlook for iOS\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (host, env, orig["msgid"]))
    p1 = mk.text_part(text, "plain", "us-ascii", cte="7bit")
    p2 = mk.Part("message/disposition-notification", payload=mdn.encode())
    body = mk.multipart("report", [p1, p2], "_%s_" % mk.rhex(rng, 24), quoted=True,
                        extra_params=[("report-type", "disposition-notification", False)])
    mh = mk.Headers()
    mh.add("From", mk.addr(spec["name"], env))
    mh.add("To", rcpt, raw=True)
    mh.add("Subject", mk.subj("Read: " + orig["subject"]))
    mh.add("Date", mk.rfcdate(dt, utc=True))
    mh.add("Message-ID", "<%s@%s>" % (mk.ruuid(rng, upper=True), host), raw=True)
    mh.add("In-Reply-To", orig["msgid"], raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    return mk.finish(trace, mh, body)
