"""Thursday 14 October 2027: the planned outage in Marion, 9:00-1:00."""
from core import (T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, epoch_ms, crlf,
                  enc_b64, DAYS, MONS, h12, ew)
from mail import (mail, reply, via_gmail, via_outlookcom, via_yahoo, via_icloud, via_proton, via_fastmail, via_comcast,
                  via_host, sub_received, auth_results, dkim_header)
from clients import (gmail, outlook_desktop, outlook_web, apple_mail, iphone, samsung, yahoo, thunderbird, proton,
                     fastmail, ox, zimbra, roundcube, wlm, CONTENT, from_hdr, html_divs, us_date, attachment_leaf, is_ascii,
                     auto_cte)
import machines
import ours
from ours import CC, PH
import fixtures

FT = "furnace promo (AE-FT-2710)"
OUT = "outage notice (Marion, Oct 14)"


def gmail_smtp_submission(m, ip="73.44.%d.%d"):
    """A desktop client (Thunderbird, Windows Mail) sending through smtp.gmail.com."""
    r = m.r
    ipx = ip % (r.randint(1, 250), r.randint(1, 250)) if "%" in ip else ip
    m.trace[0] = ("Received", "from [192.168.1.%d] (c-%s.hsd1.ia.comcast.net. [%s])\n        by smtp.gmail.com with ESMTPSA id "
                  "%s-%s.%d.2027.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 "
                  "bits=128/128);\n        %s (PDT)" % (
                      r.randint(2, 60), ipx.replace(".", "-"), ipx, rs(r, 13, HEX), rs(r, 10, HEX), r.randint(1, 9),
                      m.sent.month, m.sent.day, m.sent.hour, m.sent.minute, m.sent.second, m.rcpt,
                      rfc(to_off(m.sent, -7))))


# ---------------------------------------------------------------- 06:10 Steve, Mediacom Zimbra, 'asked twice'
@mail("hartung-zimbra-asked-twice", "2027-10-14 06:10:41", "customercare", "marketing opt-out",
      program="Mediacom webmail (Zimbra)")
def _(m):
    m.who("Steve Hartung", "shartung@mediacombb.net")
    m.subject = "Remove me - 3rd request"
    m.to = "customercare@alliant-energy.com"
    text = """This is the third time I am asking. Remove me from your promotional emails AND the postal mailers (the heat pump flyers and the furnace thing). I have called once and emailed once. If I get one more I am filing a complaint with the Utilities Board.

Steve Hartung
Marion 52302"""
    zimbra(m, text)
    via_host(m, "smtp.mediacombb.net", "smtp-out01.mediacombb.net", "173.247.101.%d" % m.r.randint(10, 90),
             inner=[("Received", "from zmail.mediacombb.net (zmail-mta01 [10.11.4.21])\n\tby smtp-out01.mediacombb.net "
                                 "(Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (rs(m.r, 11, HEXU), CC, rfc(m.sent, zname=True)))],
             dkim=[("mediacombb.net", "pass", "mc2021")])
    m.label(labels=["marketing_opt_out"], entities={"name": "Steve Hartung", "postal_code": "52302"},
            note="Angry repeat request that names both channels: marketing opt-out; the earlier attempts are context, the request itself is explicit (not 'as I asked before' alone).")


# ---------------------------------------------------------------- 07:00 Sendmail bounce
@mail("sendmail-bounce-frontier", "2027-10-14 07:00:52", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04507", program="Sendmail", delay=2)
def _(m):
    o = ours.ack("CC-2027-10-04507", "dlhenningsen@frontiernet.net", T("2027-10-14 07:00:31"))
    machines.sendmail_bounce(m, o, "mx3.frontiernet.net", "dlhenningsen@frontiernet.net", "550 5.1.1 User unknown",
                             "... while talking to mailstore1.frontiernet.net.:\n>>> DATA\n<<< 550 5.1.1 "
                             "<dlhenningsen@frontiernet.net>... User unknown\n550 5.1.1 <dlhenningsen@frontiernet.net>... User unknown\n"
                             "<<< 503 5.0.0 Need RCPT (recipient)")
    via_host(m, "mx3.frontiernet.net", "mx3.frontiernet.net", "74.40.%d.%d" % (m.r.randint(1, 250), m.r.randint(1, 250)),
             dkim=None, spf="pass", dmarc=None, tls="TLSv1.2")
    m.machine("Sendmail 'Returned mail: see transcript for details' for an acknowledgement; DSN with the ack attached.")


# ---------------------------------------------------------------- 08:58 Gmail Android, power went out early
@mail("gmail-android-out-early-sump", "2027-10-14 08:58:13", "customercare", "question", answers=OUT, program="Gmail Android")
def _(m):
    o = ours.outage("bvanderlinden.ia@gmail.com", 402, "Maple Ridge Rd", "Marion, IA")
    m.who("Brad Vanderlinden", "bvanderlinden.ia@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """Power went out at 8:45 not 9. Its raining and my sump pump is on that circuit. Is it really going to be back by 1?? Basement is finished"""
    gmail(m, text, quote=o, app="android")
    via_gmail(m, "android")
    m.label(labels=["question"], entities={},
            note="Live outage question (sump pump, restore time) under the notice; needs a person quickly; no name in the body.")


# ---------------------------------------------------------------- 09:10 Gmail filter canned reply (no headers)
@mail("gmail-template-reply-church", "2027-10-14 09:10:30", "customercare", "automated: auto-reply (headerless)",
      answers="our acknowledgement CC-2027-10-04512", program="Gmail filter 'send template'", delay=3)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04512", "stjohnsplover.office@gmail.com", T("2027-10-14 09:09:58"))
    m.who("St. John's Office", "stjohnsplover.office@gmail.com")
    m.subject = "Re: " + o.subject
    m.irt = o.msgid
    m.refs = o.msgid
    text = """Thank you for contacting St. John's Lutheran Church! The church office is closed Thursday and Friday for our fall staff retreat. We will respond to your message when we return on Monday.

For pastoral emergencies please call Pastor Ann at 715-555-0138.

Blessings,
St. John's Church Office"""
    gmail(m, text)
    via_gmail(m)
    m.machine("Canned response sent by a Gmail filter (no Auto-Submitted, no Precedence) to our acknowledgement; a machine reply, never answered.")


# ---------------------------------------------------------------- 09:55 Gmail, opt-out + who are the companies
@mail("gmail-unsub-solar-installer", "2027-10-14 09:55:27", "customercare", "opt-out + question", program="Gmail web")
def _(m):
    m.who("Aaron Beckstrom", "aaron.beckstrom@gmail.com")
    m.subject = "Unsubscribe + question"
    text = """Hi,

1) Please unsubscribe me from all Alliant marketing e-mails.

2) Your privacy notice says you can share info with your "family of companies." Is my e-mail address one of the things you share? Two weeks after I signed up for paperless billing I started getting e-mails from a solar installer in Madison that knew I was an Alliant customer. I'd like to know if that came from you.

Aaron Beckstrom
Sun Prairie, WI 53590"""
    gmail(m, text)
    via_gmail(m)
    m.label(labels=["marketing_opt_out", "question"], entities={"name": "Aaron Beckstrom", "postal_code": "53590"},
            note="Numbered: (1) unsubscribe from marketing e-mail, (2) asks whether his address was shared: opt-out plus question, but no sharing opt-out (he only asks).")


# ---------------------------------------------------------------- 10:30 Thunderbird/Gmail: delete everything
@mail("thunderbird-gmail-delete-all", "2027-10-14 10:30:18", "customercare", "unclear (deletion request)",
      program="Thunderbird (Linux) via Gmail SMTP")
def _(m):
    m.who("Marcus Oyelaran", "m.oyelaran@gmail.com")
    m.subject = "Delete my data"
    m.to = "customercare@alliant-energy.com"
    text = """Hello,

I closed my Alliant account in July when I moved to Texas (old account number 4410-2297-01, service address in Madison).

Please delete all of my personal information from your systems, including marketing lists, and confirm when it's done. I don't need a copy, just delete it.

Thanks,
Marcus Oyelaran"""
    thunderbird(m, text, os="X11; Linux x86_64")
    via_gmail(m)
    gmail_smtp_submission(m)
    m.label(unclear=True, entities={"name": "Marcus Oyelaran", "account": "4410-2297-01"},
            note="Request to delete everything (including marketing lists): per the rules a deletion request is unclear and for staff (the question it carries is handled there), never an automatic opt-out.")


# ---------------------------------------------------------------- 11:15 phishing: mailbox storage full
@mail("phish-mailbox-full", "2027-10-14 11:15:42", "customercare", "automated: phishing", program="bulk mailer (spoofed IT)",
      delay=11)
def _(m):
    r = m.r
    m.who("IT Service Desk", "it-servicedesk@alliant-energy.com")
    m.env_from = "postmaster@mail-relay-%d.xyz" % r.randint(10, 99)
    m.subject = "[EXTERNAL] Mailbox storage 98% full - action required"
    text = """Dear customercare,

Your mailbox has reached 98% of its storage limit (49.1 GB of 50 GB). Incoming messages will be rejected after 24 hours.

Increase your quota here: https://alliant-energy.storage-upgrade.xyz/owa/?user=customercare

IT Service Desk
Please do not reply to this automated message. To unsubscribe from storage alerts, click here.
"""
    html = ('<html><body><table style="font-family:Segoe UI;font-size:14px;border:1px solid #ccc" width="500"><tr><td style="padding:16px">'
            '<p>Dear customercare,</p><p>Your mailbox has reached <b>98%%</b> of its storage limit (49.1 GB of 50 GB).</p><div style="'
            'background:#ddd;width:100%%;height:14px"><div style="background:#c50f1f;width:98%%;height:14px"></div></div><p>Incoming '
            'messages will be rejected after 24 hours.</p><p><a href="https://alliant-energy.storage-upgrade.xyz/owa/?user=customercare">'
            'Increase quota</a></p><p style="font-size:11px;color:#888">IT Service Desk. To unsubscribe from storage alerts, '
            '<a href="https://alliant-energy.storage-upgrade.xyz/u">click here</a>.</p></td></tr></table></body></html>\n')
    b = "=_%s" % rs(r, 32, HEX)
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                     Leaf("text/html; charset=utf-8", html, "quoted-printable")])
    m.msgid = "<%s@mail-relay.xyz>" % rs(r, 24, HEX)
    m.hdrs = [("From", "IT Service Desk <it-servicedesk@alliant-energy.com>"), ("To", CC), ("Subject", m.subject),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("MIME-Version", "1.0"), CONTENT, ("X-Priority", "1 (Highest)")]
    via_host(m, "mail-relay-44.xyz", "vm%d.cloudvps.example" % r.randint(100, 999), "203.0.113.%d" % r.randint(2, 250),
             dkim=None, spf="fail", dmarc="fail", policy="reject")
    m.auth = m.auth.replace("header.from=alliant-energy.com", "header.from=alliant-energy.com")
    m.spam = (5.912, "BAYES_60=1.5, DMARC_REJECT=1.2, HTML_MESSAGE=0.001, SPF_FAIL=0.919, URI_PHISH=2.1, "
                     "FROM_LOCAL_SPOOF=0.2, T_SCC_BODY_TEXT_LINE=-0.01")
    m.machine("Spoofed internal 'mailbox full' phishing (SPF and DMARC fail for our own domain, spam-flagged); its unsubscribe link is bait.")


# ---------------------------------------------------------------- 11:40 thanks after the outage, Xfinity
@mail("xfinity-thanks-crew", "2027-10-14 11:40:09", "customercare", "human, no action (thanks)", answers=OUT,
      program="Xfinity Connect webmail (Open-Xchange)")
def _(m):
    o = ours.outage("dkvogel@comcast.net", 419, "Maple Ridge Rd", "Marion, IA", "Doug Vogel")
    m.who("Doug Vogel", "dkvogel@comcast.net")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """Thanks for the heads up on this. Crew was done by 11:30 and the lights are back on. Appreciate the notice a couple days ahead, made it easy to plan around.

Doug"""
    ox(m, text, quote=o)
    via_comcast(m)
    m.label(entities={"name": "Doug"}, ack_to=None,
            note="A thank-you for the outage notice that asks nothing: human, no labels, not unclear, and no acknowledgement due.")


# ---------------------------------------------------------------- 12:20 Nora, Gmail forward of her own message
@mail("lindahl-gmail-self-forward", "2027-10-14 12:20:55", "powerhousecatalog", "catalog-sharing opt-out (forwarded own text)",
      program="Gmail web (forward)")
def _(m):
    r = m.r
    m.who("Nora Lindahl", "noralindahl@gmail.com")
    m.subject = "Fwd: Please do not share my name"
    m.to = PH
    mine = ours.Orig("self", "Nora Lindahl", "noralindahl@gmail.com", "powerhouse@alliantenergy.com", T("2027-10-06 20:14:00"),
                     "Please do not share my name", "<CAown@mail.gmail.com>",
                     "Hello,\n\nI'm a PowerHouse catalog customer and I'd like to keep getting it, but please do not share, "
                     "sell or rent my name and address to other companies.\n\nNora Lindahl\n2604 Cottage Grove Rd\n"
                     "Madison, WI 53716\n",
                     '<div dir="ltr">Hello,<div><br></div><div>I&#39;m a PowerHouse catalog customer and I&#39;d like to keep '
                     'getting it, but please do not share, sell or rent my name and address to other companies.</div><div><br>'
                     '</div><div>Nora Lindahl</div><div>2604 Cottage Grove Rd</div><div>Madison, WI 53716</div></div>')
    text = "I sent this to the wrong address last week (it bounced). Sending again to the one in the catalog."
    gmail(m, text, fwd=mine)
    via_gmail(m)
    m.self_forward = True
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Nora Lindahl", "postal_code": "53716"},
            note="Forwards her OWN earlier message (sent to a wrong address) with one new line: her forwarded words count, keep the catalog but don't share; entities from her own forwarded text.")


# ---------------------------------------------------------------- 13:05 ESP campaign report for the preview
@mail("esp-campaign-report-ph2710", "2027-10-14 13:05:00", "powerhousecatalog", "automated: vendor notice",
      program="ESP campaign report", delay=2)
def _(m):
    r = m.r
    m.who("Brightwave Campaigns", "reports@brightwave-esp.com")
    m.subject = "Campaign report: PH-2710 Holiday Preview (24 hours)"
    text = """Campaign report - 24 hours after send

Campaign:       PH-2710 Holiday Preview
Sent:           Oct 13, 2027 10:30 AM CT
From:           PowerHouse Catalog <powerhousecatalog@alliant-energy.com>

Delivered       184,220   (98.9%%)
Bounced           2,011   (hard 1,406 / soft 605)
Opened           51,874   (28.2%%)
Clicked           6,402   (3.5%%)
Unsubscribed      1,204   (0.65%%)   incl. 388 via List-Unsubscribe mailto
Spam complaints      12

Note: unsubscribe requests sent by reply or mailto go to your own mailbox
and are not processed by Brightwave. Upload them to your suppression list.

View full report: https://app.brightwave-esp.com/reports/c/%s
""" % rs(r, 16, ALNUM)
    m.top = Leaf("text/plain; charset=utf-8", text, "7bit")
    m.msgid = "<report.%s@brightwave-esp.com>" % rs(r, 20, HEX)
    m.rcpt = PH
    m.hdrs = [("From", "Brightwave Campaigns <reports@brightwave-esp.com>"), ("To", PH), ("Subject", m.subject),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
              ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "out-7.brightwave-esp.com", "out-7.brightwave-esp.com", "198.51.100.7",
             inner=[("DKIM-Signature", dkim_header(m, "brightwave-esp.com", "bw1", "from:to:subject:date:message-id", lead="\t"))],
             dkim=[("brightwave-esp.com", "pass", "bw1")])
    m.machine("Our e-mail vendor's campaign statistics (Auto-Submitted, Precedence: bulk); counts unsubscribes but is not one.")


# ---------------------------------------------------------------- 13:40 scanner-to-email, PDF only
@mail("xerox-scan-pdf-only", "2027-10-14 13:40:31", "customercare", "unclear (attachment only)",
      program="Xerox multifunction printer scan-to-email")
def _(m):
    r = m.r
    m.who("Xerox WorkCentre 6515", "scans@hometownrx.com", reply_to="jmoeller@hometownrx.com")
    m.subject = "Scanned from a Xerox Multifunction Printer"
    text = """Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF, Multi-Page

Multifunction Printer Location: Back office
Device Name: XRX9C934E6A12F3

For more information on Xerox products and solutions, please visit http://www.xerox.com
"""
    pdf = fixtures.pdf_scan("moeller", producer=b"Xerox WorkCentre 6515", size=16000)
    b = "_%s_" % rs(r, 24, HEX)
    top = Multi("mixed", b, [Leaf('text/plain; charset="UTF-8"', text, "7bit"),
                             Leaf('application/pdf; name="Scanned from a Xerox Multifunction Printer.pdf"', enc_b64(pdf), "base64",
                                  [("Content-Disposition", 'attachment; filename="Scanned from a Xerox Multifunction Printer.pdf"')])])
    m.top = top
    m.msgid = "<%d.%d.XRX9C934E6A12F3@hometownrx.com>" % (epoch_ms(m.sent), r.randint(100, 999))
    m.hdrs = [("MIME-Version", "1.0"), ("From", "Xerox WorkCentre 6515 <scans@hometownrx.com>"),
              ("Reply-To", "jmoeller@hometownrx.com"), ("To", CC), ("Subject", m.subject), ("Date", rfc(m.sent)),
              ("Message-ID", m.msgid), ("X-Mailer", "Xerox WorkCentre 6515 SMTP"), CONTENT]
    via_host(m, "smtp.hometownrx.com", "mail.hometownrx.com", "66.188.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
             inner=[sub_received(m, "XRX9C934E6A12F3", "10.0.0.41", "mail.hometownrx.com", user="scans@hometownrx.com")],
             dkim=None, dmarc="none")
    m.label(unclear=True, entities={}, ack_to="reply",
            note="A person scanned a letter to us, but the body is only the printer's boilerplate and the request is inside the PDF: nothing decidable in text, unclear; acknowledge the Reply-To, not the device address.")


# ---------------------------------------------------------------- 14:30 Google Calendar invite from the list broker
@mail("gcal-invite-list-broker", "2027-10-14 14:30:18", "powerhousecatalog", "automated: calendar invitation",
      program="Google Calendar", delay=2)
def _(m):
    r = m.r
    m.who("Greg Holloway", "greg.holloway@meridianlistco.com")
    m.subject = ("Invitation: Q4 list rental review - PowerHouse / Meridian @ Tue Oct 19, 2027 2pm - 2:45pm (CDT) "
                 "(powerhousecatalog@alliant-energy.com)")
    uid = "%s@google.com" % rs(r, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago", "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "TZNAME:CST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "DTSTART;TZID=America/Chicago:20271019T140000", "DTEND;TZID=America/Chicago:20271019T144500",
        "DTSTAMP:%sZ" % to_off(m.sent, 0).strftime("%Y%m%dT%H%M%S"),
        "ORGANIZER;CN=Greg Holloway:mailto:greg.holloway@meridianlistco.com", "UID:" + uid,
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
        " TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerh",
        " ousecatalog@alliant-energy.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE",
        " ;CN=Greg Holloway;X-NUM-GUESTS=0:mailto:greg.holloway@meridianlistco.com",
        "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % r.randint(100000000, 999999999), "CREATED:%sZ" % to_off(m.sent, 0).strftime("%Y%m%dT%H%M%S"),
        "DESCRIPTION:Agenda: Q4 rental counts\\, holiday drop exchange dates\\, do-not-",
        " share suppression timing for the co-op file.\\n\\nJoin with Google Meet: https",
        " ://meet.google.com/xkq-bnrt-zpa",
        "LAST-MODIFIED:%sZ" % to_off(m.sent, 0).strftime("%Y%m%dT%H%M%S"), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Q4 list rental review - PowerHouse / Meridian", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]) + "\n"
    text = """Q4 list rental review - PowerHouse / Meridian
Tuesday Oct 19, 2027 - 2pm - 2:45pm
Central Time - Chicago

Agenda: Q4 rental counts, holiday drop exchange dates, do-not-share suppression timing for the co-op file.

Join with Google Meet
https://meet.google.com/xkq-bnrt-zpa

Organizer
Greg Holloway
greg.holloway@meridianlistco.com

Reply for powerhousecatalog@alliant-energy.com
Yes (https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1)
No (https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2)
Maybe (https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3)

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""" % (rs(r, 40, ALNUM), rs(r, 40, ALNUM), rs(r, 40, ALNUM))
    html = ('<!doctype html><html><head><meta charset="UTF-8"></head><body><div itemscope itemtype="http://schema.org/EmailMessage">'
            '<table role="presentation" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043"><tr><td>'
            '<h2 style="font-size:22px;font-weight:400;color:#3c4043">Q4 list rental review - PowerHouse / Meridian</h2><div>Tuesday '
            'Oct 19, 2027 &#8901; 2pm - 2:45pm (Central Time - Chicago)</div><p>Agenda: Q4 rental counts, holiday drop exchange dates, '
            'do-not-share suppression timing for the co-op file.</p><p><a href="https://meet.google.com/xkq-bnrt-zpa" style="background:'
            '#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p><p>Reply for '
            'powerhousecatalog@alliant-energy.com: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes'
            '</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> <a href="https://calendar.'
            'google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p><p style="font-size:12px;color:#70757a">Invitation from '
            'Google Calendar</p></td></tr></table></div></body></html>\n')
    b1 = "000000000000" + rs(r, 16, HEX)
    b2 = "000000000000" + rs(r, 16, HEX)
    alt = Multi("alternative", b2, [Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                                    Leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
                                    Leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit")])
    att = Leaf('application/ics; name="invite.ics"', enc_b64(crlf(ics).encode()), "base64",
               [("Content-Disposition", 'attachment; filename="invite.ics"')])
    m.top = Multi("mixed", b1, [alt, att])
    m.msgid = "<calendar-%s@google.com>" % uuid_lower(r)
    m.rcpt = PH
    m.hdrs = [("MIME-Version", "1.0"), ("Reply-To", "Greg Holloway <greg.holloway@meridianlistco.com>"),
              ("Sender", "Google Calendar <calendar-notification@google.com>"), ("Auto-Submitted", "auto-generated"),
              ("Message-ID", m.msgid), ("Date", rfc(to_off(m.sent, 0))), ("Subject", m.subject),
              ("From", "Greg Holloway <greg.holloway@meridianlistco.com>"), ("To", PH), CONTENT]
    via_gmail(m)
    m.env_from = "3%s@calendar-server.bounces.google.com" % rs(r, 30, ALNUM)
    auth_results(m, dkim=[("meridianlistco.com", "pass", "google"), ("google.com", "pass", "20230601")])
    m.trace[1] = ("DKIM-Signature", dkim_header(m, "meridianlistco.com", "google", "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to"))
    m.machine("Google Calendar invitation (text/calendar + invite.ics) from our list broker; a meeting about do-not-share timing, not a request.")


# ---------------------------------------------------------------- 15:10 realtor, Gmail with image signature
@mail("ferrell-gmail-image-signature", "2027-10-14 15:10:49", "customercare", "marketing opt-out", answers=FT,
      program="Gmail web (image signature)")
def _(m):
    r = m.r
    o = ours.furnace("jferrell@prairiehomerealty.com", 99105)
    m.who("Jessica Ferrell", "jferrell@prairiehomerealty.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Hi there,

This is my work email and I'm getting your furnace promos here, I think because I set up service at a listing once. Please take this address off your marketing emails. My own home account is with you under my personal email and that's fine.

Thanks!"""
    sig_plain = "Jessica Ferrell | REALTOR\u00ae\nPrairie Home Realty\n319-555-0147\n[image: Prairie Home Realty]"
    gmail(m, text, quote=o, sig=sig_plain)
    # Gmail puts an inline signature image into multipart/related around the alternative
    alt = m.top
    html_part = alt.parts[1]
    from core import enc_qp
    html = html_part.body.decode()
    img_id = "ii_%s" % rs(r, 16, "abcdefghijklmnopqrstuvwxyz0123456789")
    newhtml = enc_qp(alt_html_replace(m, img_id), "utf-8")
    alt.parts[1] = Leaf('text/html; charset="UTF-8"', newhtml, "quoted-printable")
    img = Leaf('image/png; name="PHR_logo_small.png"', enc_b64(fixtures.png("phr", 180, 48, (20, 90, 60))), "base64",
               [("Content-Disposition", 'inline; filename="PHR_logo_small.png"'), ("Content-ID", "<%s>" % img_id),
                ("X-Attachment-Id", img_id)])
    m.top = Multi("related", "000000000000" + rs(r, 16, HEX), [alt, img])
    via_gmail(m)
    m.env_from = m.from_addr
    auth_results(m, dkim=[("prairiehomerealty.com", "pass", "google")])
    m.label(labels=["marketing_opt_out"], entities={"name": "Jessica Ferrell"},
            note="Work address off the marketing e-mails, home account untouched: marketing opt-out for this address; Gmail signature image in multipart/related, '[image: ...]' in the plain part.")


def alt_html_replace(m, img_id):
    # rebuild the Gmail HTML with the logo reference (the plain part keeps '[image: ...]')
    o = ours.furnace("jferrell@prairiehomerealty.com", 99105)
    body = ('<div dir="ltr"><div>Hi there,</div><div><br></div><div>This is my work email and I&#39;m getting your furnace promos '
            'here, I think because I set up service at a listing once. Please take this address off your marketing emails. My own '
            'home account is with you under my personal email and that&#39;s fine.</div><div><br></div><div>Thanks!</div><br clear='
            '"all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-'
            'smartmail="gmail_signature"><div dir="ltr"><b>Jessica Ferrell</b> | REALTOR&reg;<div>Prairie Home Realty</div><div>319-'
            '555-0147</div><div><img src="cid:%s" alt="Prairie Home Realty" width="180" height="48"></div></div></div></div><br><div '
            'class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On %s Alliant Energy &lt;<a href="mailto:%s">'
            '%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (img_id, us_date(o.date), o.from_addr, o.from_addr, o.html))
    return body


# ---------------------------------------------------------------- 15:50 Yahoo, mixed wishes
@mail("yahoo-mixed-wishes", "2027-10-14 15:50:36", "customercare", "unclear (contradictory)", answers=FT, program="Yahoo Mail web")
def _(m):
    o = ours.furnace("connie.tegeler@yahoo.com", 71266)
    m.who("Connie Tegeler", "connie.tegeler@yahoo.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """I want the furnace coupon but I don't want all the other emails. Actually just stop everything except the catalog. No wait, the catalog is the other company right? I don't know. I just want less email but I do want the $40. Whatever you can do.

Connie"""
    yahoo(m, text, quote=o)
    via_yahoo(m)
    m.label(unclear=True, entities={"name": "Connie"},
            note="Self-contradicting wishes (wants the offer, wants fewer e-mails, unsure what the catalog is): unclear, a person must sort it out.")


# ---------------------------------------------------------------- 16:35 Gmail vacation responder to an ack
@mail("gmail-vacation-to-ack", "2027-10-14 16:35:11", "customercare", "automated: auto-reply",
      answers="our acknowledgement CC-2027-10-04523", program="Gmail vacation responder", delay=2)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04523", "lisa.ahrendsen@gmail.com", T("2027-10-14 16:35:02"))
    m.who("Lisa Ahrendsen", "lisa.ahrendsen@gmail.com")
    m.subject = "Re: " + o.subject
    text = "Hi! I'm traveling Oct 13-22 and checking email only occasionally. If this is about the Cedar Falls Booster Club fall fundraiser, please contact Amy at 319-555-0161.\n\nLisa\n"
    m.msgid = "<CA%s@mail.gmail.com>" % rs(r, 56, ALNUM + "+_-=")
    m.top = Multi("alternative", "000000000000" + rs(r, 16, HEX), [
        Leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        Leaf('text/html; charset="UTF-8"', '<div dir="ltr">Hi! I&#39;m traveling Oct 13-22 and checking email only occasionally. If '
             'this is about the Cedar Falls Booster Club fall fundraiser, please contact Amy at 319-555-0161.<div><br></div><div>Lisa'
             '</div></div>\n', "quoted-printable")])
    m.hdrs = [("MIME-Version", "1.0"), ("References", o.msgid), ("In-Reply-To", o.msgid), ("Auto-Submitted", "auto-replied"),
              ("From", "Lisa Ahrendsen <lisa.ahrendsen@gmail.com>"), ("Date", rfc(m.sent)), ("Message-ID", m.msgid),
              ("Subject", m.subject), ("To", "Alliant Energy Customer Care <%s>" % CC), CONTENT]
    via_gmail(m)
    m.machine("Gmail vacation responder answering our acknowledgement (Auto-Submitted: auto-replied): loop risk, never acknowledge.")


# ---------------------------------------------------------------- 17:20 Samsung 'Stop' under the promo
@mail("samsung-stop-under-promo", "2027-10-14 17:20:02", "customercare", "marketing opt-out", answers=FT,
      program="Samsung Email (Android)")
def _(m):
    o = ours.furnace("jwagner.shellsburg@gmail.com", 13377)
    m.who("Jerry Wagner", "jwagner.shellsburg@gmail.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    samsung(m, "Stop", quote=o)
    via_gmail(m, "android")
    m.label(labels=["marketing_opt_out"], entities={},
            note="'Stop' under one of our promotions takes its meaning from the promo: marketing opt-out (compare the same word under a bill notice).")


# ---------------------------------------------------------------- 18:00 Outlook.com, Spanish billing question
@mail("delgado-outlookweb-es-factura", "2027-10-14 18:00:44", "customercare", "question", lang="es", program="Outlook.com web")
def _(m):
    m.who("Rosa Delgado", "rosadelgado.ibarra@outlook.com")
    m.subject = "Factura muy alta"
    m.to = "customercare@alliant-energy.com"
    text = """Buenas tardes,

Mi factura de este mes salió de $231.67 y normalmente pago como $120. No hemos cambiado nada en la casa. ¿Pueden revisar si la lectura del medidor está bien? Mi número de cuenta es 3390-118-22.

También quiero saber si puedo hacer un plan de pagos.

Gracias,
Rosa Delgado Ibarra
West Liberty, IA 52776"""
    outlook_web(m, text, charset="iso-8859-1")
    via_outlookcom(m)
    m.label(labels=["question"], entities={"name": "Rosa Delgado Ibarra", "postal_code": "52776", "account": "3390-118-22"},
            note="Spanish billing question (high bill, payment plan); iso-8859-1 QP from Outlook on the web; account written with dashes.")


# ---------------------------------------------------------------- 19:25 Renée, Thunderbird iso-8859-1, opt-out + who
@mail("halvorsen-thunderbird-latin1", "2027-10-14 19:25:03", "powerhousecatalog", "opt-out + question",
      program="Thunderbird (macOS), iso-8859-1")
def _(m):
    m.who("Renée Halvorsen", "rhalvorsen@tds.net")
    m.subject = "Catalog mailing"
    m.to = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
    text = """Hello,

Please take me off the PowerHouse catalog mailing list.

Also, can you tell me which catalog companies you gave my name to? I have had six new ones show up since summer, all with the accent on Renée left off the same way yours is.

Renée Halvorsen
Mount Horeb, WI 53572"""
    thunderbird(m, text, charset="ISO-8859-1", os="Macintosh; Intel Mac OS X 10.15", cte="quoted-printable")
    via_host(m, "smtp.tds.net", "mail-out2.tds.net", "64.8.70.%d" % m.r.randint(10, 99),
             inner=[sub_received(m, "[10.0.1.8]", "198.51.100.93", "mail-out2.tds.net", user="rhalvorsen@tds.net")],
             dkim=[("tds.net", "pass", "tds1")])
    m.rcpt = PH
    m.label(labels=["marketing_opt_out", "question"], entities={"name": "Renée Halvorsen", "postal_code": "53572"},
            note="Stop the catalog (marketing) plus 'which companies did you give my name to?' (question); asking who got it is not itself a sharing opt-out.")


# ---------------------------------------------------------------- 20:10 Windows Mail app, scanned letter PDF + text
@mail("tiedt-windowsmail-letter-pdf", "2027-10-14 20:10:27", "powerhousecatalog", "both opt-outs (with scanned letter)",
      program="Mail for Windows (Gmail account)")
def _(m):
    r = m.r
    m.who("Marjorie Tiedt", "marjtiedt@gmail.com")
    m.subject = "Letter I mailed Oct 1"
    m.to = "\"powerhousecatalog@alliant-energy.com\" <powerhousecatalog@alliant-energy.com>"
    text = """Attached is a copy of the letter I mailed to you on October 1st. I want off the PowerHouse catalog list and I do not want my name shared with anyone. I am sending it by email too in case the letter got lost, since another catalog came this week.

Marjorie Tiedt"""
    plain = text + "\n\nSent from Mail for Windows\n\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
            'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* '
            'Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-'
            'family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style></head><body lang=EN-US link=blue '
            'vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p><p '
            'class=MsoNormal>Sent from <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> for Windows</p><p class='
            'MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>' % "".join(
                "<p class=MsoNormal>%s</p>" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in text.split("\n")))
    u = uuid_upper(r)
    alt = Multi("alternative", "_%s_" % uuid_upper(r), [Leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
                                                        Leaf('text/html; charset="utf-8"', html + "\n", "quoted-printable")])
    pdf = fixtures.pdf_scan("tiedt", producer=b"Microsoft: Print To PDF", size=12000)
    att = Leaf('application/pdf; name="PowerHouse letter.pdf"', enc_b64(pdf), "base64",
               [("Content-Disposition", 'attachment; filename="PowerHouse letter.pdf"')])
    m.top = Multi("mixed", "_%s_" % u, [alt, att])
    m.msgid = "<%s.%s.%s.%s@mx.google.com>" % (rs(r, 8, HEX), rs(r, 8, HEX), rs(r, 5, HEX), rs(r, 4, HEX))
    m.hdrs = [("Message-ID", m.msgid), ("MIME-Version", "1.0"), ("To", m.to), ("From", "Marjorie Tiedt <marjtiedt@gmail.com>"),
              ("Subject", m.subject), ("Date", rfc(m.sent)), ("Importance", "normal"), ("X-Priority", "3"), CONTENT]
    via_gmail(m)
    gmail_smtp_submission(m, "98.162.%d.%d")
    m.rcpt = PH
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Marjorie Tiedt"},
            note="Body states both wishes (off the catalog list, name not shared); the scanned PDF holds her address, which is not taken as an entity.")
