"""Machine mail: bounces of our mail, auto-replies, other companies' newsletters and notices sent to
our addresses by mistake, vendor reports, list traffic, phishing.  Each builder writes its own headers."""
import datetime as _dt
from lib import *
from ours import CC_ADDR, PH_ADDR, THERMO, CATALOG, NEWSLETTER, ASSESS, bill, ack
from humans_a import DANA_MSGID, TEN, DANA_TEXT

MACHINES = []


def M(**kw):
    kw.setdefault("tz", "-0500")
    kw["date"] = when(kw["date"], kw.pop("tz"))
    kw.setdefault("lang", "en")
    kw["rcpt"] = CC_ADDR if kw["mailbox"] == "customercare" else PH_ADDR
    kw["automated"] = True
    kw["labels"] = []
    kw["unclear"] = False
    kw["ent"] = {}
    kw["ack"] = None

    def deco(fn):
        kw["build"] = fn
        MACHINES.append(kw)
        return fn
    return deco


def ext(R, m, helo, ip, env, hdom, prov_headers, headers, body, cs="utf-8", dkim=None, spf="pass", dmarc=None,
        dkim_res="pass", dmarc_res="pass", rdns=None, tls=True, delay=(2, 30)):
    mx = R.choice(["mx1", "mx2"])
    arrive = m["date"] + _dt.timedelta(seconds=R.randint(*delay))
    ar = ar_lines(mx, R, dkim, env, ip, hdom, dmarc, spf, dkim_res, dmarc_res)
    chain = our_chain(R, m["rcpt"], env, arrive, helo, rdns or helo, ip, ar, tls, mx)
    return to_bytes(chain + prov_headers + headers, body, cs)


def internal_dsn(R, m, headers, body):
    """A DSN produced by our own outbound relay and handed to mbx01."""
    mx = "mx2"
    t = m["date"].astimezone(CDT)
    chain = ["Return-Path: <>", f"Delivered-To: {m['rcpt']}",
             f"Received: from mx2.alliant-energy.com (mx2.alliant-energy.com [10.20.4.12])\r\n"
             f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(R)}\r\n\tfor <{m['rcpt']}>; {rfc_date(t + _dt.timedelta(seconds=1))} (CDT)",
             f"Received: by mx2.alliant-energy.com (Postfix)\r\n\tid {qid(R)}; {rfc_date(t)} (CDT)"]
    return to_bytes(chain + headers, body)


def alt(R, plain, html, boundary, cs="utf-8", cte_p=None, cte_h="quoted-printable"):
    return multipart("alternative", boundary, [leaf("text/plain", plain, cs, cte_p, ct_quote=False),
                                               leaf("text/html", html, cs, cte_h, ct_quote=False)])


def simple_html(paras_, footer):
    body = "".join(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:15px;color:#222;">{p}</p>\n' for p in paras_)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head>\n<body style="margin:0;padding:0;background:#f3f1ec;">\n<table role="presentation" width="100%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table role="presentation" width="600" '
            'style="background:#ffffff;padding:24px;"><tr><td>\n' + body +
            f'<p style="font-family:Arial,sans-serif;font-size:11px;color:#777;">{footer}</p>\n'
            '</td></tr></table>\n</td></tr></table>\n</body></html>\n')


# ------------------------------------------------------------------ 1. another catalog's newsletter
@M(key="harborlane-newsletter", date="2027-05-01 06:00:12", mailbox="powerhousecatalog",
   cat="machine: other company's newsletter", spec="Harbor Lane Catalog promo sent to our catalog address",
   program="Harbor Lane Catalog ESP",
   note="another catalog's bulk promo to our address (someone signed it up); List-Id/Precedence: bulk; its footer talks about unsubscribing and list sharing, none of it a request to us")
def _(R, m):
    d = m["date"]
    ms = ts(d)
    mid = f"<{ms}.{rstr(R, 12, HEXL)}@email.harborlanecatalog.com>"
    tok = rstr(R, 24, B64URL)
    plain = """Memorial Day Preview: 25% off porch & patio

Hi there,

Sunshine is back and so is the porch swing everyone asked about. Preview our
Memorial Day sale before it opens to everyone:

- Cedar porch swing, now $279
- Weatherproof string lights, 48 ft
- Citronella lanterns, set of 3

Use code HLMAY25 at checkout through May 31.

Shop the preview: https://www.harborlanecatalog.com/preview?utm_source=email

--
You are receiving this email because powerhousecatalog@alliant-energy.com
signed up at harborlanecatalog.com.
Unsubscribe: https://email.harborlanecatalog.com/u/""" + tok + """
Harbor Lane occasionally exchanges postal mailing lists with other reputable
catalogs. To opt out of list exchange, visit harborlanecatalog.com/privacy.
Harbor Lane Catalog, 88 Quarry Rd, Red Wing, MN 55066
"""
    html = simple_html(["<b>Memorial Day Preview: 25% off porch &amp; patio</b>", "Hi there,",
                        "Sunshine is back and so is the porch swing everyone asked about. Preview our Memorial Day sale before it opens to everyone.",
                        "Cedar porch swing, now $279 &middot; Weatherproof string lights, 48 ft &middot; Citronella lanterns, set of 3",
                        'Use code <b>HLMAY25</b> at checkout through May 31. <a href="https://www.harborlanecatalog.com/preview?utm_source=email">Shop the preview</a>'],
                       "You are receiving this email because powerhousecatalog@alliant-energy.com signed up at harborlanecatalog.com. "
                       f'<a href="https://email.harborlanecatalog.com/u/{tok}">Unsubscribe</a>. Harbor Lane occasionally exchanges postal mailing lists '
                       "with other reputable catalogs. To opt out of list exchange, visit harborlanecatalog.com/privacy. "
                       "Harbor Lane Catalog, 88 Quarry Rd, Red Wing, MN 55066")
    ct, body, _ = alt(R, plain, html, f"=_{rstr(R, 28, HEXL)}")
    env = f"bounce-{rstr(R, 12, HEXL)}@email.harborlanecatalog.com"
    helo = f"mta-{R.randint(100, 250)}.email.harborlanecatalog.com"
    ip = f"198.51.{R.randint(100, 120)}.{R.randint(2, 250)}"
    ph = [dkim_sig(R, "email.harborlanecatalog.com", "hl1", "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type", ms),
          f"Received: by {helo} id {rstr(R, 10, HEXL)} for <{PH_ADDR}>; {rfc_date(d)}"]
    h = ['From: "Harbor Lane Catalog" <news@email.harborlanecatalog.com>', f"To: {PH_ADDR}",
         "Subject: Memorial Day Preview: 25% off porch & patio", "Date: " + rfc_date(d), "Message-ID: " + mid,
         f"List-Unsubscribe: <https://email.harborlanecatalog.com/u/{tok}>,\r\n <mailto:unsub-{rstr(R, 16, HEXL)}@email.harborlanecatalog.com>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: <promo.email.harborlanecatalog.com>",
         "Precedence: bulk", f"Feedback-ID: hl-promo:{R.randint(100000, 999999)}:harborlane", "X-Campaign: HL-2705-MDPREVIEW",
         "MIME-Version: 1.0"] + ct
    return ext(R, m, helo, ip, env, "email.harborlanecatalog.com", ph, h, body, dkim=("email.harborlanecatalog.com", "hl1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 2. ticket-system auto-reply to everyone on the ten-company letter
@M(key="bank-ticket-autoreply-all", date="2027-05-01 07:43:05", mailbox="customercare",
   cat="machine: auto-reply", spec="a bank's ticket system auto-answers the ten-company letter to all recipients",
   program="bank help-desk ticket system",
   note="ticket-system auto-reply to Dana's ten-company letter, sent to every Cc including us; Auto-Submitted; full of opt-out words, none for us")
def _(R, m):
    d = m["date"]
    mid = f"<ticket-118402-{rstr(R, 10, HEXL)}@help.lakeshorenatbank.com>"
    text = """##- Please type your reply above this line -##

Thank you for contacting the Lakeshore National Bank Privacy Office.
This is an automated reply to let you know we received your message. Your
reference number is LNB-PRV-2027-118402.

If your request concerns limiting how Lakeshore National Bank shares your
information, you may also call us at 1-800-555-0123, Monday through Friday,
7 a.m. to 7 p.m. Central. We respond to written privacy requests within 30
days.

Please do not remove the reference number from the subject line if you
reply.

Lakeshore National Bank Privacy Office
Member FDIC
"""
    html = simple_html(["##- Please type your reply above this line -##",
                        "Thank you for contacting the Lakeshore National Bank Privacy Office. This is an automated reply to let you know we received your message. Your reference number is LNB-PRV-2027-118402.",
                        "If your request concerns limiting how Lakeshore National Bank shares your information, you may also call us at 1-800-555-0123, Monday through Friday, 7 a.m. to 7 p.m. Central. We respond to written privacy requests within 30 days.",
                        "Please do not remove the reference number from the subject line if you reply."],
                       "Lakeshore National Bank Privacy Office &middot; Member FDIC")
    ct, body, _ = alt(R, text, html, f"--==_mimepart_{rstr(R, 13, HEXL)}_{R.randint(1000, 9999)}")
    helo = f"out-{R.randint(1, 20):02d}.deskflowmail.com"
    ip = f"203.0.113.{R.randint(10, 60)}"
    env = f"bounces+{rstr(R, 10, HEXL)}@deskflowmail.com"
    ccs = [a for _n, a in TEN if a != "privacy@lakeshorenatbank.com"]
    ph = [dkim_sig(R, "lakeshorenatbank.com", "df1", "From:Reply-To:To:Cc:Subject:Date:Message-ID:In-Reply-To:References:Auto-Submitted", ts(d)),
          f"Received: from app-{R.randint(1, 9)}.deskflow.internal (unknown [10.8.{R.randint(1, 250)}.{R.randint(2, 250)}])\r\n\tby {helo} (Postfix) with ESMTP id {qid(R)};\r\n\t{rfc_date(d.astimezone(UTC))}"]
    h = ['From: "Lakeshore National Bank Privacy Office" <privacy@lakeshorenatbank.com>',
         "Reply-To: Lakeshore National Bank Privacy Office <privacy+id118402@help.lakeshorenatbank.com>",
         "To: Dana Whitcomb <dana.whitcomb77@gmail.com>", addr_header("Cc", ccs),
         "Subject: [LNB-PRV-2027-118402] Re: Request to stop marketing and do not sell or\r\n share my personal information",
         "Date: " + rfc_date(d), "Message-ID: " + mid, "In-Reply-To: " + DANA_MSGID, "References: " + DANA_MSGID,
         "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-Deskflow-Ticket: 118402",
         "MIME-Version: 1.0"] + ct
    return ext(R, m, helo, ip, env, "lakeshorenatbank.com", ph, h, body, dkim=("lakeshorenatbank.com", "df1"), dmarc="p=REJECT dis=NONE")


# ------------------------------------------------------------------ 3. our relay bounces the thermostat promo after 5 days
@M(key="dsn-thermo-timeout", date="2027-05-02 10:03:17", mailbox="customercare",
   cat="machine: bounce", spec="Postfix DSN: thermostat promo expired in the queue",
   program="Postfix DSN (our mx2)",
   note="our own relay returns the thermostat promo after 5 days of timeouts; the returned headers carry our List-Unsubscribe; null sender")
def _(R, m):
    d = m["date"]
    b = f"{rstr(R, 11, '0123456789ABCDEF')}.{ts(d)}/mx2.alliant-energy.com"
    rc = "dmkramer@kramerfarmsupply.net"
    omid = "<AE-PR-2704.e0b37d51a8c2@mail.alliant-energy.com>"
    p1 = """This is the mail system at host mx2.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dmkramer@kramerfarmsupply.net>: connect to mail.kramerfarmsupply.net[192.0.2.77]:25:
    Connection timed out
"""
    p2 = f"""Reporting-MTA: dns; mx2.alliant-energy.com
X-Postfix-Queue-ID: {qid(R)}
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: Tue, 27 Apr 2027 10:00:11 -0500 (CDT)

Final-Recipient: rfc822; {rc}
Original-Recipient: rfc822;{rc}
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.kramerfarmsupply.net[192.0.2.77]:25:
    Connection timed out
"""
    p3 = f"""Return-Path: <customercare@alliant-energy.com>
Received: from campaign01.alliant-energy.com (campaign01.alliant-energy.com [10.20.6.31])
	by mx2.alliant-energy.com (Postfix) with ESMTP id {qid(R)}
	for <{rc}>; Tue, 27 Apr 2027 10:00:11 -0500 (CDT)
From: Alliant Energy <customercare@alliant-energy.com>
To: {rc}
Subject: Beat the heat: $75 back on a smart thermostat
Date: Tue, 27 Apr 2027 10:00:04 -0500
Message-ID: {omid}
List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2704>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ae-{rstr(R, 16, HEXL)}"
"""
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(p1), "ascii"),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(p2), "ascii"),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], crlf(p3), "ascii")]
    ct, body, _ = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\n", extra="")
    ct = [f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"']
    h = [f"Message-Id: <{d.astimezone(UTC):%Y%m%d%H%M%S}.{qid(R)}@mx2.alliant-energy.com>", "Date: " + rfc_date(d) + " (CDT)",
         "From: MAILER-DAEMON@mx2.alliant-energy.com (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender", f"To: {CC_ADDR}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + ct + \
        ["Content-Transfer-Encoding: 8bit"]
    return internal_dsn(R, m, h, body)


# ------------------------------------------------------------------ 4. Gmail vacation responder to the catalog preview
@M(key="gmail-vacation-catalog", date="2027-05-04 09:01:40", mailbox="powerhousecatalog",
   cat="machine: auto-reply", spec="Gmail vacation responder answering the catalog preview",
   program="Gmail vacation responder",
   note="vacation auto-reply to our catalog e-mail (Auto-Submitted: auto-replied); mentions contacting someone, asks nothing of us")
def _(R, m):
    d = m["date"]
    sp = dict(date=d, **{"from": ("Nancy Olufsen", "n.olufsen@gmail.com")}, rcpt=PH_ADDR, client="gmail_web")
    pv = prov_gmail(R, sp)
    text = """I'm visiting the grandkids in Colorado until May 17 and checking email only now and then. If this is about the Lutheran Women's bake sale, please contact Ruth at 608-555-0155.

Nancy
"""
    html = '<div dir="ltr">I&#39;m visiting the grandkids in Colorado until May 17 and checking email only now and then. If this is about the Lutheran Women&#39;s bake sale, please contact Ruth at 608-555-0155.<div><br></div><div>Nancy</div></div>\n'
    ct, body, _ = multipart("alternative", "000000000000" + rstr(R, 16, HEXL),
                            [leaf("text/plain", text, "utf-8", csname="UTF-8"), leaf("text/html", html, "utf-8", csname="UTF-8")])
    omid = "<PH-2705.7d03b6a1c4e9@mail.alliant-energy.com>"
    h = ["MIME-Version: 1.0", "References: " + omid, "In-Reply-To: " + omid, "Auto-Submitted: auto-replied",
         "From: Nancy Olufsen <n.olufsen@gmail.com>", "Date: " + rfc_date(d),
         f"Message-ID: <CA{rstr(R, 46, ALNUM + '+_=-')}@mail.gmail.com>", "Subject: Away until May 17",
         f"To: PowerHouse Catalog <{PH_ADDR}>"] + ct
    pv["headers"][0] = pv["headers"][0]
    return ext(R, m, pv["helo"], pv["ip"], "", "gmail.com", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"])


# ------------------------------------------------------------------ 5. phishing pretending to be us
@M(key="phish-disconnect", date="2027-05-05 03:14:26", mailbox="customercare",
   cat="machine: phishing/spam", spec="fake Alliant disconnection notice",
   program="PHPMailer on a rented server",
   note="phishing that impersonates Alliant billing (lookalike domain, SPF softfail, no DKIM); automated, never acknowledged")
def _(R, m):
    d = m["date"]
    html = ('<html><body style="font-family:Arial,sans-serif">\n<table width="560" style="border:1px solid #ccc"><tr><td style="background:#00543c;color:#fff;padding:10px">'
            '<b>Alliant Energy</b></td></tr><tr><td style="padding:16px">\n<p>Dear Customer,</p>\n'
            '<p>Your Alliant Energy service is scheduled for <b>DISCONNECTION within 24 hours</b> due to an unpaid balance of <b>$318.44</b>.</p>\n'
            '<p>To avoid interruption, confirm your payment details now:</p>\n'
            '<p><a href="https://alliant-energy-payments.com/verify?id=AE-7730-22">VERIFY PAYMENT</a></p>\n'
            '<p>Alliant Energy Billing Department</p>\n<p style="font-size:10px;color:#888">To unsubscribe from billing notices reply STOP.</p>\n'
            '</td></tr></table>\n</body></html>\n')
    hh, body, _ = leaf("text/html", html, "utf-8", "quoted-printable")
    helo = "vps-4471.cheapvps-hosting.net"
    ip = f"192.0.2.{R.randint(100, 200)}"
    env = "billing@alliant-energy-payments.com"
    h = ["Date: " + rfc_date(d.astimezone(UTC)), 'From: "Alliant Energy Billing" <billing@alliant-energy-payments.com>',
         f"To: {CC_ADDR}", "Subject: Final Disconnection Notice - Account #AE-7730-22",
         f"Message-ID: <{rstr(R, 32, ALNUM)}@vps-4471.cheapvps-hosting.net>", "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
         "X-Priority: 1", "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "alliant-energy-payments.com", [], h, body, dkim=None, spf="softfail", tls=False)


# ------------------------------------------------------------------ 6. Exchange NDR of one of our acknowledgements
@M(key="exchange-ndr-ack", date="2027-05-06 13:26:51", mailbox="customercare",
   cat="machine: bounce", spec="Exchange Online NDR for our acknowledgement",
   program="Exchange Online NDR",
   note="NDR for our acknowledgement; the returned message is ours and mentions opting out and sharing; null sender")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00208"
    rc = "jpetersen@cedarvalleyfoods.com"
    b = f"{ruuid(R)}"
    ib = f"{ruuid(R)}"
    o = ack(when("2027-05-06 13:26:40"), ref)
    plain = f"""Your message to {rc} couldn't be delivered.

jpetersen wasn't found at cedarvalleyfoods.com.

customercare   Office 365   jpetersen
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 5/6/2027 6:26:40 PM
Sender Address: customercare@alliant-energy.com
Recipient Address: {rc}
Subject: We received your request [{ref}]
"""
    html = ("<html><head></head><body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
            f"<p style=\"font-size:16pt;color:#C00000\">Your message to {rc} couldn't be delivered.</p>"
            "<p>jpetersen wasn't found at cedarvalleyfoods.com.</p><p><b>Status code: 550 5.1.10</b></p>"
            "</div></body></html>\n")
    inner = multipart("alternative", ib, [leaf("text/plain", plain, "us-ascii", "quoted-printable"), leaf("text/html", html, "us-ascii", "quoted-printable")])
    ds = f"""Reporting-MTA: dns;BN8PR12MB3411.namprd12.prod.outlook.com
Received-From-MTA: dns;mx2.alliant-energy.com
Arrival-Date: {rfc_date(d.astimezone(UTC))}

Final-Recipient: rfc822;{rc}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = (f"Received: from mx2.alliant-energy.com (10.20.4.12) by BN8PR12MB3411.namprd12.prod.outlook.com\r\n"
            f" with Microsoft SMTP Server id 15.20.9210.12; {rfc_date(d.astimezone(UTC))}\r\n"
            f"From: Alliant Energy Customer Care <{CC_ADDR}>\r\nTo: <{rc}>\r\nSubject: {o['subject']}\r\n"
            f"Date: {rfc_date(o['date'])}\r\nMessage-ID: {o['msgid']}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + crlf(o["text"]) + CRLF)
    parts = [inner, (["Content-Type: message/delivery-status"], crlf(ds), "ascii"), (["Content-Type: message/rfc822"], orig, "ascii")]
    ct, body, _ = multipart("report", b, parts)
    ct = [f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"']
    helo = f"NAM12-BN8-obe.outbound.protection.outlook.com"
    rdns = f"mail-bn8nam12on2{R.randint(100, 139)}.outbound.protection.outlook.com"
    ip = f"40.107.{R.randint(90, 244)}.{R.randint(2, 254)}"
    h = ["From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cedarvalleyfoods.com>",
         f"To: <{CC_ADDR}>", "Date: " + rfc_date(d.astimezone(UTC)), "Content-Language: en-US"] + ct + [
         "X-MS-Exchange-Message-Is-Ndr:", f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}",
         "Subject: Undeliverable: " + o["subject"], "Auto-Submitted: auto-replied",
         f"Message-ID: <{ruuid(R)}@BN8PR12MB3411.namprd12.prod.outlook.com>", "MIME-Version: 1.0"]
    return ext(R, m, helo, ip, "", "cedarvalleyfoods.com", [], h, body, dkim=None, rdns=rdns)


# ------------------------------------------------------------------ 7. calendar invitation for the law firm
@M(key="calendar-law-firm", date="2027-05-07 15:30:08", mailbox="customercare",
   cat="machine: calendar invitation", spec="Exchange meeting request for Alliant Partners LLP",
   program="Outlook meeting request (Exchange Online)",
   note="text/calendar meeting request from a law firm named Alliant Partners, misaddressed to us; calendar invitations are automated by rule")
def _(R, m):
    d = m["date"]
    uid = "040000008200E00074C5B7101A82E008000000" + rstr(R, 40, HEXU)
    plain = """Deposition prep with Daniel Hale. Please bring the project schedule, the change orders from August, and the emails with Kessler's site supervisor.

Microsoft Teams meeting option: https://teams.example.invalid/l/meetup-join/19%3ameeting
Alliant Partners LLP | 500 E Wisconsin Ave, Suite 1400, Milwaukee, WI
"""
    html = ("<html><body><div>Deposition prep with Daniel Hale. Please bring the project schedule, the change orders from August, "
            "and the emails with Kessler's site supervisor.</div><div><br></div><div>Alliant Partners LLP | 500 E Wisconsin Ave, Suite 1400, Milwaukee, WI</div></body></html>\n")
    cal = f"""BEGIN:VCALENDAR
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
ORGANIZER;CN=Brooke Sandvig:mailto:bsandvig@alliantpartners-law.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Client Care:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Hale:mailto:dhale@alliantpartners-law.com
DESCRIPTION;LANGUAGE=en-US:Deposition prep with Daniel Hale. Please bring the project schedule\\, the change orders from August\\, and the emails with Kessler's site supervisor.\\n
UID:{uid}
SUMMARY;LANGUAGE=en-US:Deposition prep - Kessler v. Dunmore Builders
DTSTART;TZID=Central Standard Time:20270518T140000
DTEND;TZID=Central Standard Time:20270518T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{d.astimezone(UTC):%Y%m%dT%H%M%SZ}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Alliant Partners - Conference Room 14B
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    p3 = (["Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST", "Content-Transfer-Encoding: base64"],
          b64body(crlf(cal).encode()), "ascii")
    b = f"_000_{rstr(R, 20, HEXU)}namp_"
    ct, body, _ = multipart("alternative", b, [leaf("text/plain", plain, "us-ascii"), leaf("text/html", html, "us-ascii", "quoted-printable"), p3])
    sp = dict(date=d, rcpt=CC_ADDR, client="outlook_win", **{"from": ("Brooke Sandvig", "bsandvig@alliantpartners-law.com")})
    pv = prov_outlook(R, sp)
    box = sp["_msbox"]
    h = ["From: Brooke Sandvig <bsandvig@alliantpartners-law.com>", f"To: Client Care <{CC_ADDR}>",
         "CC: Daniel Hale <dhale@alliantpartners-law.com>", "Subject: Deposition prep - Kessler v. Dunmore Builders",
         "Thread-Topic: Deposition prep - Kessler v. Dunmore Builders", "Thread-Index: " + "AdvG" + rstr(R, 24, B64) + "==",
         "Date: " + rfc_date(d.astimezone(UTC)), f"Message-ID: <{box.split('.')[0]}{rstr(R, 32, HEXU)}@{box}>",
         "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
         "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA" + rstr(R, 20, B64) + "==",
         "x-ms-publictraffictype: Email"] + ct + ["MIME-Version: 1.0"]
    return ext(R, m, pv["helo"], pv["ip"], pv["env"], "alliantpartners-law.com", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"], rdns=pv["rdns"])


# ------------------------------------------------------------------ 8. a phone company's privacy-settings notice to our address
@M(key="meridian-privacy-notice", date="2027-05-08 12:10:44", mailbox="customercare",
   cat="machine: other company's notice", spec="mobile carrier 'your privacy choices have been saved' to our address",
   program="Meridian Wireless notification system",
   note="a phone company's system notice sent to our address (an account there lists it); it says 'do not sell or share: ON', which is the carrier's setting, not a request")
def _(R, m):
    d = m["date"]
    plain = """Your privacy choices have been saved

We've updated the privacy choices for the Meridian Wireless account ending in 2290:

  Do not sell or share my personal information ..... ON
  Marketing text messages ........................... OFF
  Marketing email ................................... OFF
  Use of location for personalized offers ........... OFF

It can take up to 10 days for these changes to take full effect.

If you didn't make this change, call us at 1-800-555-0167.

This is a service message from Meridian Wireless. Please don't reply; this mailbox isn't monitored.
Meridian Wireless, PO Box 4410, Omaha, NE 68103
"""
    html = simple_html(["<b>Your privacy choices have been saved</b>",
                        "We've updated the privacy choices for the Meridian Wireless account ending in 2290:",
                        "Do not sell or share my personal information: <b>ON</b><br>Marketing text messages: <b>OFF</b><br>Marketing email: <b>OFF</b><br>Use of location for personalized offers: <b>OFF</b>",
                        "It can take up to 10 days for these changes to take full effect.",
                        "If you didn't make this change, call us at 1-800-555-0167."],
                       "This is a service message from Meridian Wireless. Please don't reply; this mailbox isn't monitored. Meridian Wireless, PO Box 4410, Omaha, NE 68103")
    ct, body, _ = alt(R, plain, html, f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{ts(d) * 1000}")
    helo = f"omta{R.randint(10, 40)}.notify.meridianwireless.net"
    ip = f"198.51.100.{R.randint(10, 250)}"
    env = "bounce@notify.meridianwireless.net"
    ph = [dkim_sig(R, "meridianwireless.net", "mw2025", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts(d))]
    h = ["Date: " + rfc_date(d), 'From: "Meridian Wireless" <notifications@meridianwireless.net>', f"To: {CC_ADDR}",
         f"Message-ID: <{R.randint(10 ** 9, 10 ** 10)}.{rstr(R, 8, HEXL)}@notify.meridianwireless.net>",
         "Subject: Your privacy choices have been saved", "MIME-Version: 1.0"] + ct + ["X-MW-Template: PRIV-CONFIRM-02"]
    return ext(R, m, helo, ip, env, "meridianwireless.net", ph, h, body, dkim=("meridianwireless.net", "mw2025"), dmarc="p=QUARANTINE dis=NONE")


# ------------------------------------------------------------------ 9. magazine renewal to the catalog address
@M(key="magazine-renewal", date="2027-05-10 05:00:31", mailbox="powerhousecatalog",
   cat="machine: other company's newsletter", spec="magazine renewal offer for the catalog's trade subscription",
   program="Heartland Home & Garden renewal mailer",
   note="a magazine's bulk renewal notice for a trade subscription billed to our catalog address; 'cancel anytime' language, no request to us")
def _(R, m):
    d = m["date"]
    plain = """Dear PowerHouse Catalog,

Your trade subscription to Heartland Home & Garden (subscriber # HHG 4410 2290 17,
attn: Merchandising) ends with the July issue.

Renew today and save 62% off the cover price: 12 issues for $14.97.
https://www.heartlandhomemag.com/renew?s=HHG4410229017

Prefer not to renew? No action is needed; your subscription will simply end.
To stop renewal reminders, unsubscribe here:
https://www.heartlandhomemag.com/email-prefs

Heartland Home & Garden, 1700 Locust St, Des Moines, IA 50309
"""
    hh, body, _ = leaf("text/plain", plain, "us-ascii", "7bit", ct_quote=False)
    helo = f"mail{R.randint(2, 9)}.heartlandhomemag.com"
    ip = f"198.51.100.{R.randint(10, 250)}"
    env = "renewals-bounce@heartlandhomemag.com"
    ph = [dkim_sig(R, "heartlandhomemag.com", "k1", "From:To:Subject:Date:Message-ID:List-Unsubscribe", ts(d))]
    h = ["From: Heartland Home & Garden <renewals@heartlandhomemag.com>", f"To: {PH_ADDR}",
         "Subject: Last chance: renew Heartland Home & Garden at 62% off", "Date: " + rfc_date(d),
         f"Message-ID: <renew.{rstr(R, 16, HEXL)}@heartlandhomemag.com>",
         "List-Unsubscribe: <https://www.heartlandhomemag.com/email-prefs>", "Precedence: bulk", "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "heartlandhomemag.com", ph, h, body, dkim=("heartlandhomemag.com", "k1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 10. Outlook out-of-office to the newsletter
@M(key="oof-newsletter", date="2027-05-11 07:31:12", mailbox="customercare",
   cat="machine: auto-reply", spec="Exchange out-of-office answering the newsletter",
   program="Exchange Online automatic reply",
   note="out-of-office reply to our newsletter (Auto-Submitted: auto-generated, X-Auto-Response-Suppress)")
def _(R, m):
    d = m["date"]
    sp = dict(date=d, rcpt=CC_ADDR, client="outlook_win", **{"from": ("Pam Reiter", "preiter@reiterfamilydental.com")})
    pv = prov_outlook(R, sp)
    box = sp["_msbox"]
    plain = """I am out of the office until Monday, May 17 with no access to email. For scheduling or billing questions please call the front desk at 319-555-0133.

Pam Reiter
Office Manager, Reiter Family Dental
"""
    html = html_outlook("I am out of the office until Monday, May 17 with no access to email. For scheduling or billing questions please call the front desk at 319-555-0133.\n\nPam Reiter\nOffice Manager, Reiter Family Dental", None, "us-ascii")
    ct, body, _ = multipart("alternative", f"_000_{box.split('.')[0]}{rstr(R, 16, HEXU)}namp_",
                            [leaf("text/plain", plain, "us-ascii"), leaf("text/html", html, "us-ascii", "quoted-printable")])
    omid = "<AE-NL-2705.0b6e2f91d7a3@mail.alliant-energy.com>"
    h = ["From: Pam Reiter <preiter@reiterfamilydental.com>", f"To: Alliant Energy <{CC_ADDR}>",
         "Subject: Automatic reply: Your May Home Comfort Tips", "Thread-Topic: Your May Home Comfort Tips",
         "Thread-Index: AQH" + rstr(R, 29, B64) + "==", "Date: " + rfc_date(d.astimezone(UTC)),
         f"Message-ID: <{box.split('.')[0]}{rstr(R, 32, HEXU)}@{box}>", "References: " + omid, "In-Reply-To: " + omid,
         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: preiter@reiterfamilydental.com",
         "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"] + ct + ["MIME-Version: 1.0"]
    return ext(R, m, pv["helo"], pv["ip"], pv["env"], "reiterfamilydental.com", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"], rdns=pv["rdns"])


# ------------------------------------------------------------------ 11. loop trap: out-of-office answering our acknowledgement
@M(key="oof-ack-loop", date="2027-05-12 08:04:37", mailbox="customercare",
   cat="machine: auto-reply (loop trap)", spec="out-of-office answering our acknowledgement, mentions opt-out requests",
   program="Exchange Online automatic reply",
   note="LOOP TRAP: automatic reply to our acknowledgement; its text mentions 'opt-out requests' (for the agency's own clients); acknowledging it would loop")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00251"
    sp = dict(date=d, rcpt=CC_ADDR, client="outlook_win", **{"from": ("Pete Zubrod", "pzubrod@zubrodinsurance.com")})
    pv = prov_outlook(R, sp)
    box = sp["_msbox"]
    plain = """Thank you for your email. I am out of the office May 12-14 at the state agents' convention with limited access to email.

For policy changes, opt-out requests or billing questions please contact our office at 608-555-0172 or service@zubrodinsurance.com.

Pete Zubrod
Zubrod Insurance Agency
"""
    html = html_outlook(plain.rstrip("\n"), None, "us-ascii")
    ct, body, _ = multipart("alternative", f"_000_{box.split('.')[0]}{rstr(R, 16, HEXU)}namp_",
                            [leaf("text/plain", plain, "us-ascii"), leaf("text/html", html, "us-ascii", "quoted-printable")])
    omid = f"<ack.{ref}@alliant-energy.com>"
    h = ["From: Pete Zubrod <pzubrod@zubrodinsurance.com>", f"To: Alliant Energy Customer Care <{CC_ADDR}>",
         f"Subject: Automatic reply: We received your request [{ref}]", f"Thread-Topic: We received your request [{ref}]",
         "Thread-Index: AQH" + rstr(R, 29, B64) + "==", "Date: " + rfc_date(d.astimezone(UTC)),
         f"Message-ID: <{box.split('.')[0]}{rstr(R, 32, HEXU)}@{box}>", "References: " + omid, "In-Reply-To: " + omid,
         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: en-US", "X-MS-Has-Attach:",
         "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"] + ct + ["MIME-Version: 1.0"]
    return ext(R, m, pv["helo"], pv["ip"], pv["env"], "zubrodinsurance.com", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"], rdns=pv["rdns"])


# ------------------------------------------------------------------ 12. another utility's e-bill notice sent to our address
@M(key="alliance-coop-ebill", date="2027-05-14 06:00:05", mailbox="customercare",
   cat="machine: other company's notice", spec="Alliance Energy Cooperative e-bill notice to our address",
   program="Alliance Energy Cooperative billing system",
   note="another utility's e-bill notice, a member's e-mail on file is our address by mistake; system notification, automated")
def _(R, m):
    d = m["date"]
    plain = """Alliance Energy Cooperative

Hello,

Your statement is ready to view.

Account ending in: 0418
Statement date: 05/13/2027
Amount due: $142.17
Due date: 05/28/2027

Log in to SmartHub to view and pay: https://allianceenergycoop.smarthub.example/

You are receiving this message because paperless billing is turned on for
this account. To change how you receive bills or to opt out of paperless
billing, update your notification preferences in SmartHub.

Alliance Energy Cooperative - Your Touchstone Energy Partner
PO Box 1190, Enid, OK 73702 - 580-555-0140
"""
    hh, body, _ = leaf("text/plain", plain, "us-ascii", "7bit", ct_quote=False)
    helo = "mail-out2.smarthub-notify.example"
    ip = f"203.0.113.{R.randint(100, 200)}"
    env = "no-reply@notify.allianceenergycoop.com"
    ph = [dkim_sig(R, "notify.allianceenergycoop.com", "sh1", "From:To:Subject:Date:Message-ID", ts(d))]
    h = ["From: Alliance Energy Cooperative <ebill@notify.allianceenergycoop.com>", f"To: {CC_ADDR}",
         "Subject: Your Alliance Energy Cooperative bill is ready to view", "Date: " + rfc_date(d),
         f"Message-ID: <{rstr(R, 20, HEXL)}.ebill@notify.allianceenergycoop.com>", "Auto-Submitted: auto-generated",
         "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "notify.allianceenergycoop.com", ph, h, body, dkim=("notify.allianceenergycoop.com", "sh1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 13. loop trap in Spanish: auto-reply to our acknowledgement
@M(key="es-autoreply-ack-loop", date="2027-05-14 15:49:36", mailbox="customercare", lang="es",
   cat="machine: auto-reply (loop trap)", spec="Spanish Outlook.com automatic reply to our acknowledgement",
   program="Outlook.com automatic replies",
   note="LOOP TRAP: Spanish vacation reply to our acknowledgement of her telemarketing complaint; asks nothing")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00289"
    sp = dict(date=d, rcpt=CC_ADDR, client="owa", **{"from": ("Guadalupe Sandoval", "lupitasandoval@hotmail.com")})
    pv = prov_outlook(R, sp)
    box = sp["_msbox"]
    plain = """Hola, gracias por su mensaje. Estoy de viaje hasta el 10 de junio y casi no reviso mi correo. Les contesto a mi regreso.

Saludos,
Lupita
"""
    html = html_owa(plain.rstrip("\n"))
    ct, body, _ = multipart("alternative", f"_000_{box.split('.')[0]}{rstr(R, 16, HEXU)}namp_",
                            [leaf("text/plain", plain, "iso-8859-1"), leaf("text/html", html, "iso-8859-1", "quoted-printable")])
    omid = f"<ack.{ref}@alliant-energy.com>"
    h = ["From: Guadalupe Sandoval <lupitasandoval@hotmail.com>", f"To: Alliant Energy Customer Care <{CC_ADDR}>",
         hdr_text("Subject", f"Respuesta automática: We received your request [{ref}]", "iso-8859-1", "Q", "iso-8859-1"),
         f"Thread-Topic: We received your request [{ref}]", "Thread-Index: AQH" + rstr(R, 29, B64) + "==",
         "Date: " + rfc_date(d.astimezone(UTC)), f"Message-ID: <{box.split('.')[0]}{rstr(R, 32, HEXU)}@{box}>",
         "References: " + omid, "In-Reply-To: " + omid, "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
         "Content-Language: es-MX", "X-MS-Has-Attach:"] + ct + ["MIME-Version: 1.0"]
    return ext(R, m, pv["helo"], pv["ip"], pv["env"], "hotmail.com", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"], rdns=pv["rdns"])


# ------------------------------------------------------------------ 14. Yahoo failure notice for an acknowledgement (legacy format)
@M(key="yahoo-failure-notice", date="2027-05-16 09:12:50", mailbox="customercare",
   cat="machine: bounce", spec="Yahoo 'Failure Notice' for our acknowledgement, no MIME-Version",
   program="Yahoo MAILER-DAEMON",
   note="legacy-format bounce (no MIME) of our acknowledgement; the copy below the line is ours")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00344"
    o = ack(when("2027-05-16 09:12:41"), ref)
    rc = "grandmaj1944@yahoo.com"
    body = f"""Sorry, we were unable to deliver your message to the following address.

<{rc}>:
554: delivery error: dd Not a valid recipient - atlas{R.randint(100, 300)}.free.mail.gq1.yahoo.com

--- Below this line is a copy of the message.

Received: from 10.20.4.12 (EHLO mx2.alliant-energy.com)
 by atlas{R.randint(100, 300)}.free.mail.gq1.yahoo.com with SMTPS; {rfc_date(d.astimezone(UTC))}
From: Alliant Energy Customer Care <{CC_ADDR}>
To: {rc}
Subject: {o['subject']}
Date: {rfc_date(o['date'])}
Message-ID: {o['msgid']}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

{o['text']}
"""
    ip = f"98.137.{R.randint(64, 69)}.{R.randint(2, 250)}"
    helo = f"sonic{R.randint(301, 330)}-{R.randint(1, 60)}.consmr.mail.gq1.yahoo.com"
    h = ["Date: " + rfc_date(d.astimezone(UTC)), "From: MAILER-DAEMON@yahoo.com", f"To: {CC_ADDR}", "Subject: Failure Notice",
         f"Message-ID: <{R.randint(10 ** 9, 2 * 10 ** 9)}.{ts(d)}@yahoo.com>", "X-Yahoo-Newman-Property: bounce"]
    return ext(R, m, helo, ip, "", "yahoo.com", [], h, crlf(body), dkim=None)


# ------------------------------------------------------------------ 15. cold sales about opt-out handling
@M(key="cold-sales-optpoint", date="2027-05-17 09:12:03", mailbox="customercare",
   cat="machine: cold sales", spec="SaaS vendor pitches opt-out/suppression automation",
   program="sales-engagement tool (SendGrid)",
   note="cold sales outreach full of 'opt-out', 'do not sell', 'suppression' and a 'reply no thanks' line; automated by rule, no ack")
def _(R, m):
    d = m["date"]
    plain = """Hi Alliant Energy team,

I noticed your privacy policy asks customers to email customercare@alliant-energy.com to opt out of marketing, and a separate address to stop the PowerHouse Catalog from sharing their name.

Teams like yours use OptPoint to turn those emails into suppression-list updates automatically, with do-not-sell flags synced to your mail house and an audit trail for regulators. Most utilities we work with cut manual handling by 80%.

Worth a 15-minute call next week? Here's my calendar: https://meet.optpointcompliance.io/brianna

Brianna Cole
Account Executive, OptPoint Compliance
(312) 555-0109

If you'd rather not hear from me, just reply "no thanks" and I'll take you off my list.
OptPoint Compliance, 222 W Adams St, Chicago, IL 60606
"""
    hh, body, _ = leaf("text/plain", plain, "us-ascii", "quoted-printable", ct_quote=False)
    helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.em.optpointcompliance.io"
    ip = f"149.72.{R.randint(1, 250)}.{R.randint(2, 250)}"
    env = f"bounces+{R.randint(10 ** 7, 10 ** 8)}-{rstr(R, 4, HEXL)}-customercare=alliant-energy.com@em.optpointcompliance.io"
    ph = [dkim_sig(R, "optpointcompliance.io", "s1", "content-transfer-encoding:content-type:from:mime-version:subject:\r\n\t to:cc:content-type:from:subject:to", ts(d)),
          f"Received: by recvd-{rstr(R, 10, HEXL)}-{rstr(R, 5, ALNUM.lower())} with SMTP id {rstr(R, 22, ALNUM)}\r\n\tTue, 18 May 2027 00:00:00 +0000 (UTC)".replace("Tue, 18 May 2027 00:00:00 +0000", rfc_date(d.astimezone(UTC), pad=True))]
    h = ["From: Brianna Cole <brianna@optpointcompliance.io>", f"To: {CC_ADDR}",
         "Subject: Quick question about your opt-out handling", "Date: " + rfc_date(d),
         f"Message-ID: <{rstr(R, 22, ALNUM)}@geopod-ismtpd-{R.randint(1, 40)}>", "MIME-Version: 1.0"] + hh + \
        [f"X-SG-EID: {rstr(R, 60, B64)}", "X-Entity-ID: u001." + rstr(R, 20, ALNUM) + "=="]
    return ext(R, m, helo, ip, env, "optpointcompliance.io", ph, h, body, dkim=("optpointcompliance.io", "s1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 16. read receipt of an acknowledgement
@M(key="mdn-ack-gary", date="2027-05-18 07:15:22", mailbox="customercare",
   cat="machine: read receipt", spec="Thunderbird read receipt (MDN) for our acknowledgement",
   program="Thunderbird MDN",
   note="read receipt for our acknowledgement (acks carried Disposition-Notification-To until 20 May); no request")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00327"
    b = "------------" + rstr(R, 24, ALNUM)
    p1 = """This is a Return Receipt for the mail that you sent to gmauer@comcast.net.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    p2 = f"""Reporting-UA: gmauer-pc; Mozilla Thunderbird
Final-Recipient: rfc822;gmauer@comcast.net
Original-Message-ID: <ack.{ref}@alliant-energy.com>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    p3 = f"""Return-Path: <customercare@alliant-energy.com>
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: gmauer@comcast.net
Subject: We received your request [{ref}]
Date: Sat, 15 May 2027 16:38:12 -0500
Message-ID: <ack.{ref}@alliant-energy.com>
Auto-Submitted: auto-replied
Disposition-Notification-To: customercare@alliant-energy.com
"""
    parts = [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"], crlf(p1), "ascii"),
             (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"", "Content-Disposition: inline",
               "Content-Transfer-Encoding: 7bit"], crlf(p2), "ascii"),
             (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"", "Content-Transfer-Encoding: 7bit",
               "Content-Disposition: inline"], crlf(p3), "ascii")]
    ct, body, _ = multipart("report", b, parts, preamble="This is a multi-part message in MIME format.\n")
    ct = [f'Content-Type: multipart/report; report-type=disposition-notification;\r\n boundary="{b}"']
    sp = dict(date=d, rcpt=CC_ADDR, client="thunderbird", **{"from": ("Gary Mauer", "gmauer@comcast.net")})
    pv = prov_comcast(R, sp)
    h = [f"Message-ID: <{ruuid(R)}@comcast.net>", "Date: " + rfc_date(d), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
         "From: Gary Mauer <gmauer@comcast.net>", f"Subject: Return Receipt (displayed) - We received your request\r\n [{ref}]",
         f"To: Alliant Energy Customer Care <{CC_ADDR}>", f"References: <ack.{ref}@alliant-energy.com>"] + ct
    return ext(R, m, pv["helo"], pv["ip"], pv["env"], "comcast.net", pv["headers"], h, body, dkim=pv["dkim"], dmarc=pv["dmarc"])


# ------------------------------------------------------------------ 17. challenge-response to the assessment promo
@M(key="challenge-response", date="2027-05-18 10:01:09", mailbox="customercare",
   cat="machine: challenge-response", spec="anti-spam challenge answering the assessment promo",
   program="MailGuardian challenge-response",
   note="challenge-response filter asking us to 'verify' before a customer gets our promo; no Auto-Submitted but machine-made")
def _(R, m):
    d = m["date"]
    tok = rstr(R, 32, B64URL)
    plain = f"""Hello,

You recently sent a message to jthiel@frontiernet.net with the subject
"Free Home Energy Assessment: book by June 30".

jthiel@frontiernet.net uses MailGuardian to keep out junk mail. Your message
is being held. To have it delivered, please confirm that you are a person by
visiting the link below. You only need to do this once.

https://verify.mailguardian.net/c/{tok}

If you did not send this message, you can ignore this notice.

-- MailGuardian, protecting inboxes since 2004
"""
    hh, body, _ = leaf("text/plain", plain, "us-ascii", "7bit", ct_quote=False)
    helo = "out3.mailguardian.net"
    ip = f"198.51.100.{R.randint(10, 250)}"
    env = f"challenge-{rstr(R, 10, HEXL)}@mailguardian.net"
    h = ['From: "MailGuardian for jthiel@frontiernet.net" <verify@mailguardian.net>', f"To: {CC_ADDR}",
         "Subject: Please confirm your message to jthiel@frontiernet.net", "Date: " + rfc_date(d),
         f"Message-ID: <mg.{rstr(R, 20, HEXL)}@mailguardian.net>",
         "In-Reply-To: <AE-PR-2705.6fa01c93b27e@mail.alliant-energy.com>", "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "mailguardian.net", [], h, body, dkim=None, spf="pass")


# ------------------------------------------------------------------ 18. headerless 'no longer monitored' reply to the assessment promo
@M(key="no-longer-monitored", date="2027-05-18 10:02:31", mailbox="customercare",
   cat="machine: auto-reply", spec="'no longer monitored' reply without Auto-Submitted",
   program="Google Workspace auto-reply",
   note="headerless auto-reply (no Auto-Submitted) from a closed business's mailbox answering our promo: automated by rule")
def _(R, m):
    d = m["date"]
    sp = dict(date=d, rcpt=CC_ADDR, client="gmail_web", **{"from": ("Prairie Rose Bakery", "info@prairierosebakery.com")})
    pv = prov_gmail(R, sp)
    pv["headers"][0] = dkim_sig(R, "prairierosebakery.com", "google", "to:subject:message-id:date:from:in-reply-to:references:mime-version", ts(d))
    text = """This email address is no longer monitored.

Prairie Rose Bakery closed its doors on March 31, 2027. Thank you for 22 wonderful years! For catering orders placed before we closed, please call Judy at 563-555-0118.
"""
    html = '<div dir="ltr">This email address is no longer monitored.<div><br></div><div>Prairie Rose Bakery closed its doors on March 31, 2027. Thank you for 22 wonderful years! For catering orders placed before we closed, please call Judy at 563-555-0118.</div></div>\n'
    ct, body, _ = multipart("alternative", "000000000000" + rstr(R, 16, HEXL),
                            [leaf("text/plain", text, "utf-8", csname="UTF-8"), leaf("text/html", html, "utf-8", csname="UTF-8")])
    omid = "<AE-PR-2705.9d4e13a7c0b5@mail.alliant-energy.com>"
    h = ["MIME-Version: 1.0", "References: " + omid, "In-Reply-To: " + omid, "From: Prairie Rose Bakery <info@prairierosebakery.com>",
         "Date: " + rfc_date(d), f"Message-ID: <CA{rstr(R, 46, ALNUM + '+_=-')}@mail.gmail.com>",
         "Subject: Re: Free Home Energy Assessment: book by June 30", f"To: Alliant Energy <{CC_ADDR}>"] + ct
    return ext(R, m, pv["helo"], pv["ip"], "info@prairierosebakery.com", "prairierosebakery.com", pv["headers"], h, body,
               dkim=("prairierosebakery.com", "google"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 19. Visa phishing to the catalog address
@M(key="phish-visa-locked", date="2027-05-20 02:40:55", mailbox="powerhousecatalog",
   cat="machine: phishing/spam", spec="fake Visa 'card locked' alert",
   program="bulk phishing kit",
   note="phishing about a locked Visa card sent to the catalog address; SPF fail; automated")
def _(R, m):
    d = m["date"]
    html = ('<html><body>\n<div style="font-family:Arial;max-width:520px">\n<img src="https://visa-cardholder-alerts.com/logo.png" alt="VISA">\n'
            '<h3>Your Visa card ending in 4412 has been temporarily locked</h3>\n'
            '<p>We detected unusual activity on your card. For your protection, purchases are on hold until you confirm your identity.</p>\n'
            '<p><a href="https://visa-cardholder-alerts.com/unlock">Unlock my card</a></p>\n'
            '<p style="font-size:11px;color:#999">Visa Cardholder Services. Do not reply to this email.</p>\n</div>\n</body></html>\n')
    hh, body, _ = leaf("text/html", html, "utf-8", "base64")
    helo = "srv231.fastmailer-cloud.net"
    ip = f"192.0.2.{R.randint(10, 99)}"
    env = f"{rstr(R, 8, 'abcdefghijklmnopqrstuvwxyz')}@fastmailer-cloud.net"
    h = ['From: "Visa Cardholder Services" <alerts@visa-cardholder-alerts.com>', f"To: {PH_ADDR}",
         "Subject: Your Visa card ending in 4412 has been temporarily locked", "Date: " + rfc_date(d.astimezone(UTC)),
         f"Message-ID: <{rstr(R, 24, HEXL)}@fastmailer-cloud.net>", "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "visa-cardholder-alerts.com", [], h, body, dkim=None, spf="fail", dmarc="p=NONE",
               dmarc_res="fail", tls=False)


# ------------------------------------------------------------------ 20. staffing firm's job alert to our address
@M(key="staffing-job-alert", date="2027-05-21 06:30:18", mailbox="customercare",
   cat="machine: other company's newsletter", spec="Alliant Staffing Solutions job alert",
   program="staffing firm job-alert mailer",
   note="a similarly named staffing firm's job-alert bulk mail sent to our address (someone saved a search with it)")
def _(R, m):
    d = m["date"]
    plain = """7 new jobs near Madison, WI

Hi there, here are new openings that match your saved search "customer care":

- Customer Care Representative (bilingual) - Sun Prairie, WI - $21/hr
- Call Center Agent, 2nd shift - Middleton, WI - $19.50/hr
- Billing Specialist - Madison, WI - $23/hr
- Warehouse Associate - Waukesha, WI - $20/hr
- Receptionist - Fitchburg, WI - $18/hr
- Dispatcher - Verona, WI - $22/hr
- Data Entry Clerk - Madison, WI - $18.50/hr

Apply at https://www.alliantstaffing.com/jobs

You're receiving job alerts because customercare@alliant-energy.com saved a
search on alliantstaffing.com. Unsubscribe from job alerts:
https://www.alliantstaffing.com/alerts/unsubscribe
Alliant Staffing Solutions, 2 S Carroll St, Madison, WI 53703
"""
    html = simple_html(["<b>7 new jobs near Madison, WI</b>", "Hi there, here are new openings that match your saved search &quot;customer care&quot;.",
                        "Customer Care Representative (bilingual), Sun Prairie &middot; Call Center Agent, Middleton &middot; Billing Specialist, Madison &middot; "
                        "Warehouse Associate, Waukesha &middot; Receptionist, Fitchburg &middot; Dispatcher, Verona &middot; Data Entry Clerk, Madison",
                        '<a href="https://www.alliantstaffing.com/jobs">See all jobs</a>'],
                       "You're receiving job alerts because customercare@alliant-energy.com saved a search on alliantstaffing.com. "
                       '<a href="https://www.alliantstaffing.com/alerts/unsubscribe">Unsubscribe</a>. Alliant Staffing Solutions, 2 S Carroll St, Madison, WI 53703')
    ct, body, _ = alt(R, plain, html, f"b1_{rstr(R, 40, ALNUM)}")
    helo = f"o{R.randint(1, 30)}.email.alliantstaffing.com"
    ip = f"167.89.{R.randint(1, 250)}.{R.randint(2, 250)}"
    env = f"bounces+{R.randint(10 ** 7, 10 ** 8)}-{rstr(R, 4, HEXL)}-customercare=alliant-energy.com@email.alliantstaffing.com"
    ph = [dkim_sig(R, "alliantstaffing.com", "s1", "from:to:subject:list-unsubscribe:mime-version:content-type", ts(d))]
    h = ['From: "Alliant Staffing Solutions" <jobs@alliantstaffing.com>', f"To: {CC_ADDR}", "Subject: 7 new jobs near Madison, WI",
         "Date: " + rfc_date(d), f"Message-ID: <{rstr(R, 22, ALNUM)}@geopod-ismtpd-{R.randint(1, 40)}>",
         "List-Unsubscribe: <https://www.alliantstaffing.com/alerts/unsubscribe>", "Precedence: bulk", "MIME-Version: 1.0"] + ct
    return ext(R, m, helo, ip, env, "alliantstaffing.com", ph, h, body, dkim=("alliantstaffing.com", "s1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 21. Spanish phishing pretending to be us
@M(key="es-phish-reembolso", date="2027-05-23 04:05:47", mailbox="customercare", lang="es",
   cat="machine: phishing/spam", spec="Spanish fake refund from 'Alliant Energy'",
   program="bulk phishing kit",
   note="Spanish phishing impersonating Alliant (refund bait, lookalike domain, ISO-8859-1); automated")
def _(R, m):
    d = m["date"]
    plain = """Estimado cliente de Alliant Energy:

Por un error en nuestro sistema de facturación, usted tiene un reembolso pendiente de $87.50.
Para recibir el depósito en las próximas 24 horas, confirme sus datos bancarios aquí:

http://alliantenergy-mx.com/reembolso

Si no confirma sus datos, el reembolso será cancelado.

Atentamente,
Departamento de Reembolsos
Alliant Energy
"""
    hh, body, _ = leaf("text/plain", plain, "iso-8859-1", "quoted-printable", ct_quote=False)
    helo = "mail.alliantenergy-mx.com"
    ip = f"203.0.113.{R.randint(200, 250)}"
    env = "reembolsos@alliantenergy-mx.com"
    h = ['From: "Alliant Energy" <reembolsos@alliantenergy-mx.com>',
         f"To: {CC_ADDR}", hdr_text("Subject", "Su cuenta de Alliant Energy: reembolso pendiente de $87.50 (acción requerida)", "iso-8859-1", "Q", "iso-8859-1"),
         "Date: " + rfc_date(d.astimezone(UTC)), f"Message-ID: <{rstr(R, 16, HEXL)}@alliantenergy-mx.com>", "MIME-Version: 1.0"] + hh
    return ext(R, m, helo, ip, env, "alliantenergy-mx.com", [], h, body, dkim=None, spf="none", tls=False)


# ------------------------------------------------------------------ 22. mail house suppression report
@M(key="mailhouse-suppression-report", date="2027-05-24 16:10:26", mailbox="powerhousecatalog",
   cat="machine: vendor/system notice", spec="mail house merge/purge and suppression report with CSV",
   program="mail house job tracker",
   note="vendor system report for the summer catalog drop: 'do-not-share flags honored', 'suppression' counts; vendor system mail is automated by rule")
def _(R, m):
    d = m["date"]
    plain = """Job 27-0611  PowerHouse Catalog - PH-2706 Summer drop
Status: MERGE/PURGE COMPLETE - ready for print approval

Input records ............................ 418,220
Duplicates removed ........................ 21,904
NCOA moves updated ......................... 2,977
Deceased suppression ......................... 412
DMAchoice suppression ...................... 8,311
Client do-not-mail file .................... 3,086
Client do-not-share flags honored
  (excluded from list-exchange output) ...... 1,204
Final mail quantity ...................... 381,530

The suppression summary is attached as CSV. Please approve by 5/26 to hold
the 6/2 in-home date. Reply to this message with questions.

Badger Mailing Services - Data Processing
This is an automated message from JobTracker.
"""
    csv = ("step,records\r\ninput,418220\r\nduplicates,21904\r\nncoa_moves,2977\r\ndeceased,412\r\ndmachoice,8311\r\n"
           "client_do_not_mail,3086\r\nclient_do_not_share,1204\r\nfinal_mail_qty,381530\r\n")
    b = f"----=_Part_{R.randint(1000, 9999)}_{R.randint(10 ** 8, 10 ** 9)}.{ts(d) * 1000}"
    parts = [leaf("text/plain", plain, "us-ascii", "7bit", ct_quote=False),
             (['Content-Type: text/csv; charset=us-ascii; name="PH-2706_suppression_summary.csv"',
               'Content-Disposition: attachment; filename="PH-2706_suppression_summary.csv"', "Content-Transfer-Encoding: base64"],
              b64body(csv.encode()), "ascii")]
    ct, body, _ = multipart("mixed", b, parts)
    helo = "relay.badgermailing.com"
    ip = f"198.51.100.{R.randint(10, 250)}"
    env = "jobtracker@badgermailing.com"
    ph = [dkim_sig(R, "badgermailing.com", "bms1", "From:To:Subject:Date:Message-ID", ts(d)),
          f"Received: from jobtracker01.badgermailing.local (jobtracker01.badgermailing.local [172.16.4.20])\r\n\tby relay.badgermailing.com (Postfix) with ESMTP id {qid(R)};\r\n\t{rfc_date(d)}"]
    h = ['From: "Badger Mailing Services - Data Processing" <dataproc@badgermailing.com>', f"To: {PH_ADDR}",
         "Subject: PH-2706 Summer Catalog: merge/purge and suppression results (job\r\n 27-0611)", "Date: " + rfc_date(d),
         f"Message-ID: <jt.27-0611.{rstr(R, 10, HEXL)}@badgermailing.com>", "X-Mailer: BMS JobTracker 4.2",
         "Auto-Submitted: auto-generated", "MIME-Version: 1.0"] + ct
    return ext(R, m, helo, ip, env, "badgermailing.com", ph, h, body, dkim=("badgermailing.com", "bms1"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 23. neighbourhood Google Group post
@M(key="google-group-post", date="2027-05-26 19:22:40", mailbox="customercare",
   cat="machine: mailing list", spec="neighbourhood group post about fake Alliant callers",
   program="Google Groups",
   note="mailing-list post (a person wrote it, about fake Alliant callers, and Cc'd us); the copy we hold came through the list with List-Id/Precedence: list; list traffic is automated by rule, footer 'unsubscribe' is the group's")
def _(R, m):
    d = m["date"]
    sp = dict(date=d, rcpt=CC_ADDR, client="gmail_web", **{"from": ("Pat Reilly", "patreilly.cr@gmail.com")})
    pv = prov_gmail(R, sp)
    text = """Neighbors,

Got a call this afternoon from someone saying they were from Alliant and our power would be shut off in an hour unless I paid with a prepaid card. I called the number on my bill and Alliant says they never do that. Don't give these people anything!

I'm cc'ing Alliant's customer care address so they can see what's going on around here.

Pat (Oakland Rd)

--
You received this message because you are subscribed to the Google Groups "Westside Neighbors" group.
To unsubscribe from this group and stop receiving emails from it, send an email to westside-neighbors+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/westside-neighbors/""" + rstr(R, 30, ALNUM) + """%40mail.gmail.com.
"""
    html = ('<div dir="ltr">Neighbors,<div><br></div><div>Got a call this afternoon from someone saying they were from Alliant and our power would be shut off in an hour unless I paid with a prepaid card. '
            "I called the number on my bill and Alliant says they never do that. Don't give these people anything!</div><div><br></div>"
            "<div>I'm cc'ing Alliant's customer care address so they can see what's going on around here.</div><div><br></div><div>Pat (Oakland Rd)</div></div>\n"
            '<p></p>\n\n-- <br />\nYou received this message because you are subscribed to the Google Groups &quot;Westside Neighbors&quot; group.<br />\n'
            'To unsubscribe from this group and stop receiving emails from it, send an email to <a href="mailto:westside-neighbors+unsubscribe@googlegroups.com">westside-neighbors+unsubscribe@googlegroups.com</a>.<br />\n')
    ct, body, _ = multipart("alternative", "000000000000" + rstr(R, 16, HEXL),
                            [leaf("text/plain", text, "utf-8", csname="UTF-8"), leaf("text/html", html, "utf-8", csname="UTF-8")])
    gh = [dkim_sig(R, "googlegroups.com", "20230601", "sender:list-unsubscribe:list-subscribe:list-archive:list-help:list-post\r\n\t :list-id:mailing-list:precedence:to:subject:message-id:date:from", ts(d)),
          f"Received: by {R.randint(2000, 2999)}:a05:{rstr(R, 4, HEXL)}:{rstr(R, 3, HEXL)}:b0:{rstr(R, 4, HEXL)} with SMTP id {rstr(R, 12, ALNUM)}ls{R.randint(100000, 999999)}qvb.0;\r\n        {rfc_date(d.astimezone(PDT), pad=True)} (PDT)",
          "X-BeenThere: westside-neighbors@googlegroups.com"]
    h = ["MIME-Version: 1.0", "From: 'Pat Reilly' via Westside Neighbors <westside-neighbors@googlegroups.com>",
         "Date: " + rfc_date(d), f"Message-ID: <CA{rstr(R, 46, ALNUM + '+_=-')}@mail.gmail.com>",
         "Subject: [Westside Neighbors] Heads up - fake Alliant callers", "To: Westside Neighbors <westside-neighbors@googlegroups.com>",
         f"CC: {CC_ADDR}",
         "X-Original-Sender: patreilly.cr@gmail.com", "Reply-To: patreilly.cr@gmail.com", "Precedence: list",
         "Mailing-list: list westside-neighbors@googlegroups.com; contact westside-neighbors+owners@googlegroups.com",
         "List-ID: <westside-neighbors.googlegroups.com>", "X-Google-Group-Id: " + str(R.randint(10 ** 11, 10 ** 12)),
         "List-Post: <https://groups.google.com/group/westside-neighbors/post>, <mailto:westside-neighbors@googlegroups.com>",
         "List-Help: <https://groups.google.com/support/>, <mailto:westside-neighbors+help@googlegroups.com>",
         "List-Archive: <https://groups.google.com/group/westside-neighbors/>",
         "List-Subscribe: <https://groups.google.com/group/westside-neighbors/subscribe>, <mailto:westside-neighbors+subscribe@googlegroups.com>",
         "List-Unsubscribe: <mailto:googlegroups-manage+" + str(R.randint(10 ** 11, 10 ** 12)) + "+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/westside-neighbors/subscribe>"] + ct
    env = "westside-neighbors+bncBD" + rstr(R, 40, ALNUM) + "@googlegroups.com"
    return ext(R, m, pv["helo"].replace("google.com", "google.com"), pv["ip"], env, "googlegroups.com", gh, h, body,
               dkim=("googlegroups.com", "20230601"), dmarc="p=NONE dis=NONE")


# ------------------------------------------------------------------ 24. our relay bounces an acknowledgement (Gmail: no such user)
@M(key="dsn-ack-gmail-nouser", date="2027-05-27 14:31:06", mailbox="customercare",
   cat="machine: bounce", spec="Postfix DSN: acknowledgement rejected by Gmail (no such user)",
   program="Postfix DSN (our mx2)",
   note="our relay returns our acknowledgement to a mistyped web-form address; the returned ack mentions opt-outs but is ours")
def _(R, m):
    d = m["date"]
    ref = "CC-2027-05-00571"
    o = ack(when("2027-05-27 14:31:01"), ref)
    rc = "dwayne.petersen.1958@gmail.com"
    b = f"{rstr(R, 11, '0123456789ABCDEF')}.{ts(d)}/mx2.alliant-energy.com"
    p1 = f"""This is the mail system at host mx2.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rc}>: host gmail-smtp-in.l.google.com[142.250.115.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser {rstr(R, 20, ALNUM)}.{R.randint(100, 999)} - gsmtp (in
    reply to RCPT TO command)
"""
    p2 = f"""Reporting-MTA: dns; mx2.alliant-energy.com
X-Postfix-Queue-ID: {qid(R)}
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: {rfc_date(o['date'])} (CDT)

Final-Recipient: rfc822; {rc}
Original-Recipient: rfc822;{rc}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.
"""
    p3 = (f"Return-Path: <{CC_ADDR}>\r\nFrom: Alliant Energy Customer Care <{CC_ADDR}>\r\nTo: {rc}\r\nSubject: {o['subject']}\r\n"
          f"Date: {rfc_date(o['date'])}\r\nMessage-ID: {o['msgid']}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + crlf(o["text"]) + CRLF)
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(p1), "ascii"),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(p2), "ascii"),
             (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], p3, "ascii")]
    ct, body, _ = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\n")
    ct = [f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"']
    h = [f"Message-Id: <{d.astimezone(UTC):%Y%m%d%H%M%S}.{qid(R)}@mx2.alliant-energy.com>", "Date: " + rfc_date(d) + " (CDT)",
         "From: MAILER-DAEMON@mx2.alliant-energy.com (Mail Delivery System)", "Subject: Undelivered Mail Returned to Sender",
         f"To: {CC_ADDR}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + ct + ["Content-Transfer-Encoding: 8bit"]
    return internal_dsn(R, m, h, body)


# ------------------------------------------------------------------ 25. credit-monitoring alert to our address
@M(key="credit-monitoring-alert", date="2027-05-29 07:00:44", mailbox="customercare",
   cat="machine: other company's notice", spec="credit bureau monitoring alert sent to our address",
   program="credit-monitoring alert system",
   note="a credit bureau's alert for an account that lists our address; system notification, automated; 'if you don't recognize this' is not a question to us")
def _(R, m):
    d = m["date"]
    plain = """NationScore Alert

A new hard inquiry was added to your NationScore credit file.

Inquiry from: LAKESHORE NATIONAL BANK
Date reported: 05/27/2027

If you recognize this inquiry, no action is needed. If you don't, log in to
review your file and start a dispute: https://www.nationscore-credit.com/alerts

This alert was sent to the email address on your NationScore account. To change
which alerts you receive, visit Alert Preferences.

NationScore Consumer Services - PO Box 7730, Atlanta, GA 30348
"""
    html = simple_html(["<b>NationScore Alert</b>", "A new hard inquiry was added to your NationScore credit file.",
                        "Inquiry from: LAKESHORE NATIONAL BANK<br>Date reported: 05/27/2027",
                        "If you recognize this inquiry, no action is needed. If you don't, log in to review your file and start a dispute."],
                       "This alert was sent to the email address on your NationScore account. NationScore Consumer Services - PO Box 7730, Atlanta, GA 30348")
    ct, body, _ = alt(R, plain, html, f"=_alert_{rstr(R, 24, HEXL)}")
    helo = f"mta{R.randint(1, 9)}.alerts.nationscore-credit.com"
    ip = f"198.51.100.{R.randint(10, 250)}"
    env = "bounce-alerts@alerts.nationscore-credit.com"
    ph = [dkim_sig(R, "nationscore-credit.com", "ns2026", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts(d))]
    h = ['From: "NationScore Alerts" <alerts@nationscore-credit.com>', f"To: {CC_ADDR}",
         "Subject: Alert: a new inquiry was added to your NationScore credit file", "Date: " + rfc_date(d),
         f"Message-ID: <alert.{rstr(R, 18, HEXL)}@alerts.nationscore-credit.com>", "MIME-Version: 1.0"] + ct
    return ext(R, m, helo, ip, env, "nationscore-credit.com", ph, h, body, dkim=("nationscore-credit.com", "ns2026"), dmarc="p=REJECT dis=NONE")
