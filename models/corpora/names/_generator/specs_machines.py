"""Machine mail and mail that is not a request (automated = true), plus the makers of relayed/software mail.

Most of these carry names, ZIPs and account-like numbers on purpose: automated mail never has entities.
"""

from __future__ import annotations

import textwrap
from datetime import timedelta, timezone

import mailer as M
import ours

CC, PH = "customercare", "powerhousecatalog"
CRLF = M.CRLF


def dh(dt, style="plain"):
    return M.date_hdr(dt, style)


def crlf(s: str) -> str:
    return M.crlf_text(textwrap.dedent(s).lstrip("\n"))


def rfc822_headers_of(key: str, rcpt: str, ctype: str | None = None) -> str:
    o = ours.OURS[key]
    name, ad = o["from"]
    return crlf(f"""
        Return-Path: <{ad}>
        Received: from app02.notify.alliantenergy.com (app02.notify.alliantenergy.com [10.20.4.22])
        \tby mx1.alliant-energy.com (Postfix) with ESMTP id 4bN7sQ2vKpz9tRm
        \tfor <{rcpt}>; {M.rfc_date(o['date'])}
        From: {name} <{ad}>
        To: {rcpt}
        Subject: {o['subject']}
        Date: {M.rfc_date(o['date'])}
        Message-ID: {o['msgid']}
        MIME-Version: 1.0
        Content-Type: {ctype or 'multipart/alternative; boundary="ae-' + o['key'] + '"'}
        """)


# ----------------------------------------------------------------------------------------------- makers
def mk_tidymail(rng, dt, spec):
    a = spec["frm"][1]
    h, b = M.text_part("This unsubscribe request was sent by Tidymail on behalf of " + a + ".\n"
                       "Tidymail finds the newsletters in your inbox and unsubscribes you in one click.\n"
                       "https://tidymail.app/about-unsubscribe\n", "utf-8", "7bit")
    headers = ["MIME-Version: 1.0", f"From: {a}", f"Date: {dh(dt)}", f"Message-ID: <tm-{rng.hex(20)}@tidymail.app>",
               "Subject: unsubscribe AE-PR-2506", f"To: {M.MAILBOX_ADDR[spec['mailbox']]}", "Auto-Submitted: auto-generated",
               "X-Mailer: Tidymail Unsubscriber/3.4.1"] + h
    return dict(env_from=a, provider="google", domain="gmail.com", headers=headers, body=b)


def mk_outlook_unsub(rng, dt, spec):
    a = spec["frm"][1]
    mid = f"<DM6P220MB{rng.num(1000, 9999)}{rng.hex(24, True)}@DM6P220MB{rng.num(1000, 9999)}.NAMP220.PROD.OUTLOOK.COM>"
    h, b = M.text_part("", "us-ascii", "quoted-printable")
    headers = [f"From: {a}", f"To: {M.MAILBOX_ADDR[spec['mailbox']]}", "Subject: unsubscribe AE-NL-2507",
               f"Thread-Topic: unsubscribe AE-NL-2507", f"Thread-Index: AQH{rng.b64(22)}==", f"Date: {dh(dt, 'outlook')}",
               f"Message-ID: {mid}", "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
               "X-MS-TNEF-Correlator:"] + h + ["MIME-Version: 1.0"]
    return dict(env_from=a, provider="msft", domain="hotmail.com", headers=headers, body=b if b.strip() else CRLF)


def mk_webform(rng, dt, spec):
    f = spec["form"]
    lines = ["A message was submitted through the Contact Us form on alliantenergy.com.", ""]
    for k in ("Topic", "Name", "Email", "Phone", "Account number", "ZIP code"):
        lines.append(f"{k}: {f[k]}")
    lines += ["Message:", f["Message"], "", f"Submitted: {dt.strftime('%m/%d/%Y')} {dt.hour % 12 or 12}:{dt.minute:02d} "
              f"{'AM' if dt.hour < 12 else 'PM'} CDT", f"Form ID: CU-{rng.num(880000, 889999)}"]
    h, b = M.text_part("\n".join(lines) + "\n", "utf-8", None)
    headers = [f"From: \"Alliant Energy Web Form\" <noreply@alliantenergy.com>",
               f"Reply-To: {M.addr(*spec['reply_to'])}", f"To: {M.MAILBOX_ADDR[spec['mailbox']]}",
               f"Subject: Contact Us: {f['Topic']}", f"Date: {dh(dt)}",
               f"Message-ID: <webform.{rng.hex(12)}@web01.alliantenergy.com>", "MIME-Version: 1.0",
               "X-Mailer: AE-WebForms/2.3"] + h
    return dict(env_from="noreply@alliantenergy.com", provider="ours", domain="alliantenergy.com", headers=headers,
                body=b, inner=[f"Received: from web01.alliantenergy.com (web01.alliantenergy.com [10.20.6.31]){CRLF}"
                               f"\tby app02.notify.alliantenergy.com (Postfix) with ESMTP id {rng.postfix_id()}{CRLF}"
                               f"\tfor <{M.MAILBOX_ADDR[spec['mailbox']]}>; {M.rfc_date(dt)}"])


def mk_ooo_exchange(rng, dt, spec):
    """M01: Exchange automatic reply to our promotion."""
    key = "PROMO"
    o = ours.OURS[key]
    text = ("I am out of the office until Monday, June 16 with limited access to email. For urgent matters please "
            "contact the front desk at 319-555-0110.\n\nKaren Mbeki, RN\nCedar Valley Clinic\n2020 Kimball Ave, "
            "Waterloo IA 50701\n")
    mid = f"<CH3PR14MB{rng.num(1000, 9999)}{rng.hex(24, True)}@CH3PR14MB{rng.num(1000, 9999)}.namprd14.prod.outlook.com>"
    b = f"_000_{mid[1:30]}_"
    tp = M.text_part(text, "us-ascii", "quoted-printable")
    hp = M.text_part(M.html_outlook(text), "utf-8", "quoted-printable", "text/html")
    bh, body = M.multipart("alternative", b, [tp, hp])
    headers = ["From: Karen Mbeki <kmbeki@cedarvalleyclinic.org>", "To: Alliant Energy <customercare@alliant-energy.com>",
               f"Subject: Automatic reply: {o['subject']}", f"Thread-Topic: {o['subject']}",
               f"Thread-Index: AQH{rng.b64(22)}==", f"Date: {dh(dt, 'outlook')}", f"Message-ID: {mid}",
               f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}", "Accept-Language: en-US",
               "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "X-MS-Exchange-Inbox-Rules-Loop: kmbeki@cedarvalleyclinic.org", "Auto-Submitted: auto-generated",
               "X-Auto-Response-Suppress: All"] + bh + ["MIME-Version: 1.0"]
    return dict(env_from="", provider="m365", domain="cedarvalleyclinic.org", headers=headers, body=body)


def mk_away_headerless(rng, dt, spec):
    """M02: a church office's webmail 'Away' message with no Auto-Submitted header."""
    o = ours.OURS["NEWS"]
    text = ("Thank you for your email. I am on sabbatical through August 15 and am not checking messages.\n"
            "For pastoral emergencies please call the church office at 608-555-0171.\n\n"
            "Peace,\nRev. Daniel Whitlock\nSt. Paul's Lutheran Church\n420 Sixth St, Reedsburg WI 53959\n")
    h, b = M.text_part(text, "utf-8", None)
    headers = [f"Date: {dh(dt)}", "From: Pastor Dan Whitlock <office@stpaulsreedsburg.org>",
               "To: customercare@alliant-energy.com", f"Subject: Away: {o['subject']}",
               f"Message-ID: <{rng.hex(24)}@webmail.stpaulsreedsburg.org>", f"In-Reply-To: {o['msgid']}",
               "MIME-Version: 1.0"] + h + ["User-Agent: Roundcube Webmail/1.6.6"]
    return dict(env_from="office@stpaulsreedsburg.org", provider="tds", domain="stpaulsreedsburg.org",
                headers=headers, body=b)


def mk_bounce_postfix(rng, dt, spec):
    """M03: Mediacom's Postfix returns our promotion (unknown user)."""
    rcpt = "dwhitmore@mchsi.com"
    b = f"{rng.postfix_id()}.{int(dt.timestamp())}/mta{rng.num(2, 9)}.mchsi.com"
    notice = crlf(f"""
        This is the mail system at host mta4.mchsi.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{rcpt}>: host mbox2.mchsi.com[10.4.1.12] said: 550 5.1.1 <{rcpt}>:
            Recipient address rejected: User unknown in virtual mailbox table (in
            reply to RCPT TO command)
        """)
    status = crlf(f"""
        Reporting-MTA: dns; mta4.mchsi.com
        X-Postfix-Queue-ID: {rng.postfix_id()}
        X-Postfix-Sender: rfc822; customercare@alliant-energy.com
        Arrival-Date: {M.rfc_date(ours.OURS['PROMO']['date'])}

        Final-Recipient: rfc822; {rcpt}
        Original-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mbox2.mchsi.com
        Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
            unknown in virtual mailbox table
        """)
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
              rfc822_headers_of("PROMO", rcpt))]
    bh, body = M.multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\r\n")
    bh = [f'Content-Type: multipart/report; report-type=delivery-status;{CRLF}\tboundary="{b}"']
    headers = ["Date: " + dh(dt), "From: MAILER-DAEMON@mchsi.com (Mail Delivery System)",
               "Subject: Undelivered Mail Returned to Sender", "To: customercare@alliant-energy.com",
               "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + bh + [
        "Content-Transfer-Encoding: 7bit", f"Message-Id: <{rng.hex(10)}.{rng.postfix_id()}@mta4.mchsi.com>"]
    return dict(env_from="", provider="mediacom", domain="mchsi.com", headers=headers, body=body, inner=[])


def mk_bounce_gmail(rng, dt, spec):
    """M04: Gmail cannot deliver our acknowledgement (the customer mistyped her address on a form)."""
    rcpt = "mguadalupe.hdz.ruiz@gmail.com"
    o = ours.OURS["ACK1"]
    b = "000000000000" + rng.hex(12)
    text = crlf(f"""

        ** Address not found **

        Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response was:

        550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {rng.alnum(20)}.{rng.num(100,999)} - gsmtp
        """)
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h2>Address not found</h2>"
            f"<p>Your message wasn't delivered to <b>{rcpt}</b> because the address couldn't be found, or is unable "
            "to receive mail.</p></div></body></html>\n")
    status = crlf(f"""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; mx1.alliant-energy.com
        Arrival-Date: {M.rfc_date(o['date'])}
        X-Original-Message-ID: {o['msgid']}

        Final-Recipient: rfc822; {rcpt}
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; The email account that you tried to reach does not exist.
        Last-Attempt-Date: {M.rfc_date(o['date'] + timedelta(seconds=3))}
        """)
    alt_b = "000000000000" + rng.hex(12)
    ah, abody = M.multipart("related", alt_b, [M.text_part(html, "utf-8", "quoted-printable", "text/html")])
    parts = [(["Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable"],
              M.qp_bytes(M.to_lf(text).encode())),
             (ah, abody), (["Content-Type: message/delivery-status"], status),
             (["Content-Type: message/rfc822"], rfc822_headers_of("ACK1", rcpt, 'text/plain; charset="UTF-8"') + CRLF + "Thank you for writing to Alliant Energy." + CRLF)]
    bh, body = M.multipart("report", b, parts)
    bh = [f'Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status']
    headers = ["X-Failed-Recipients: " + rcpt, "MIME-Version: 1.0"] + bh + [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: customercare@alliant-energy.com",
        "Auto-Submitted: auto-replied", f"Subject: Delivery Status Notification (Failure)",
        f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}", f"Message-ID: <{rng.hex(16)}.{rng.alnum(22)}@mx.google.com>",
        f"Date: {dh(dt.astimezone(timezone(timedelta(hours=-7))))}"]
    return dict(env_from="", provider="google", domain="googlemail.com", headers=headers, body=body, inner=[])


def mk_ndr_exchange(rng, dt, spec):
    """M05: Exchange Online NDR for our catalog e-mail."""
    rcpt = "mbauer@stoughtonschools.org"
    o = ours.OURS["CATMAIL"]
    b = f"_{rng.hex(8)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(12)}_"
    html = (f"<html><head></head><body><p><b><font color=\"#000066\" size=\"3\">Your message to {rcpt} couldn't be "
            "delivered.</font></b></p><p>mbauer wasn't found at stoughtonschools.org.</p><p>Remote Server returned "
            "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n")
    status = crlf(f"""
        Reporting-MTA: dns;BN8PR12MB{rng.num(1000, 9999)}.namprd12.prod.outlook.com
        Received-From-MTA: dns;mx1.alliant-energy.com
        Arrival-Date: {M.rfc_date(o['date'].astimezone(timezone.utc))}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    parts = [M.text_part(html, "us-ascii", "quoted-printable", "text/html"),
             (["Content-Type: message/delivery-status"], status),
             (["Content-Type: text/rfc822-headers"], rfc822_headers_of("CATMAIL", rcpt))]
    _, body = M.multipart("report", b, parts)
    headers = ["From: postmaster@stoughtonschools.org", "To: powerhousecatalog@alliant-energy.com",
               f"Date: {dh(dt, 'outlook')}", "Content-Type: multipart/report; report-type=delivery-status;" + CRLF
               + f'\tboundary="{b}"', "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
               f"Message-ID: <{uid(rng)}@BN8PR12MB{rng.num(1000, 9999)}.namprd12.prod.outlook.com>",
               f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}",
               f"Subject: Undeliverable: {o['subject']}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    return dict(env_from="", provider="m365", domain="stoughtonschools.org", headers=headers, body=body)


def uid(rng):
    return f"{rng.hex(8)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(12)}"


def mk_mailhouse(rng, dt, spec):
    """M06: the mail house's job report: names, ZIPs and numbers galore, but a machine's report."""
    text = textwrap.dedent("""\
        HEARTLAND MAIL SERVICES - JOB STATUS NOTIFICATION
        ==================================================

        Client:      PowerHouse Catalog (Alliant Energy)
        Job:         PH-FALL25-MAIN   List hygiene / suppression pass
        Status:      COMPLETE

        Input records ............................ 48,210
        NCOA moves applied ....................... 1,906
        Suppressed - DMAchoice ................... 912
        Suppressed - client do-not-share file .... 301
        Suppressed - deceased .................... 71
        Output records (mail file) ............... 46,926

        Sample of suppressed records (first 5 of 1,284):
          HALVORSEN, NILS        DODGEVILLE WI 53533   CUST 0088-40127   DO-NOT-SHARE
          TOLLEFSON, INGRID      DECORAH IA 52101      CUST 0088-21734   DO-NOT-SHARE
          VANDER PLOEG, HARLAN   PELLA IA 50219        CUST 0090-11873   DMACHOICE
          BRANDT, WALTER J       CLARKSVILLE IA 50619  CUST 0071-55210   DECEASED
          SKOGEN, J R            SOLDIERS GROVE WI 54655  CUST 0093-30117   DMACHOICE

        The full suppression report is available in the client portal for 30 days.
        This is an automated message from HMS JobTrack. Replies to this address are not monitored.
        """)
    h, b = M.text_part(text, "us-ascii", "7bit")
    headers = ["From: Heartland Mail Services - Job Notifications <jobs@heartlandmailsvc.com>",
               "To: powerhousecatalog@alliant-energy.com",
               "Subject: [HMS JobTrack] PH-FALL25-MAIN suppression pass COMPLETE (1,284 suppressed)",
               f"Date: {dh(dt)}", f"Message-ID: <jobtrack.{rng.hex(16)}@heartlandmailsvc.com>", "MIME-Version: 1.0",
               "Auto-Submitted: auto-generated", "X-Mailer: HMS JobTrack 4.2"] + h
    return dict(env_from="bounces+jobs@em.heartlandmailsvc.com", provider="relay", domain="heartlandmailsvc.com",
                headers=headers, body=b, inner=[])


def mk_crm_export(rng, dt, spec):
    """M07: CRM export ready."""
    text = ("Hi Customer Care team,\n\nYour scheduled export \"Marketing opt-outs - weekly\" finished at "
            f"{dt.strftime('%H:%M')} CDT.\n\nRecords: 214\nFile: marketing_optouts_2025-07-07.csv (38 KB)\n\n"
            "Download: https://app.relaycrm.io/exports/7f21c0d4\nThe link expires in 7 days.\n\n"
            "You're receiving this because you own this scheduled export. Manage notifications in Settings.\n"
            "Relay CRM, 800 W Madison St, Chicago IL 60607\n")
    html = "<html><body><table width=\"600\"><tr><td>" + "<br>".join(M.text_to_html_lines(text)) + "</td></tr></table></body></html>\n"
    b = f"=_{rng.hex(28)}"
    bh, body = M.multipart("alternative", b, [M.text_part(text, "utf-8", None), M.text_part(html, "utf-8", "quoted-printable", "text/html")])
    headers = ["From: Relay CRM <no-reply@relaycrm.io>", "To: customercare@alliant-energy.com",
               "Subject: Your export \"Marketing opt-outs - weekly\" is ready", f"Date: {dh(dt)}",
               f"Message-ID: <{uid(rng)}@relaycrm.io>", "MIME-Version: 1.0"] + bh
    return dict(env_from="bounce-7731@mail.relaycrm.io", provider="relay", domain="relaycrm.io", headers=headers,
                body=body, inner=[])


def mk_calendar(rng, dt, spec):
    """M08: a vendor's calendar invitation mentioning the do-not-share file."""
    start = dt.replace(day=13, hour=10, minute=0)
    utc = lambda d: d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    ics = crlf(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:{utc(start)}
        DTEND:{utc(start + timedelta(minutes=30))}
        DTSTAMP:{utc(dt)}
        ORGANIZER;CN=Brianna Holt:mailto:bholt@heartlandmailsvc.com
        UID:{rng.hex(26)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
         TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhou
         secatalog@alliant-energy.com
        DESCRIPTION:Quick review of the do-not-share and DMAchoice suppression coun
         ts before the Fall 2025 mail file locks. Bring any late opt-out lists.
        LOCATION:https://meet.google.com/kqv-ahdn-pty
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Fall catalog suppression file review
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    text = ("Fall catalog suppression file review\nWednesday Aug 13, 2025 \u22c5 10am \u2013 10:30am (Central Time - "
            "Chicago)\n\nQuick review of the do-not-share and DMAchoice suppression counts before the Fall 2025 mail "
            "file locks. Bring any late opt-out lists.\n\nJoin with Google Meet: https://meet.google.com/kqv-ahdn-pty\n\n"
            "Organizer\nBrianna Holt\nbholt@heartlandmailsvc.com\n\nReply for powerhousecatalog@alliant-energy.com\n\n"
            "Invitation from Google Calendar\n")
    html = "<html><body>" + "<br>".join(M.text_to_html_lines(text)) + "</body></html>\n"
    b1, b2 = "000000000000" + rng.hex(12), "000000000000" + rng.hex(12)
    cal = (["Content-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST", "Content-Transfer-Encoding: 7bit"], ics)
    ah, abody = M.multipart("alternative", b2, [M.text_part(text, "utf-8", "quoted-printable"),
                                                M.text_part(html, "utf-8", "quoted-printable", "text/html"), cal])
    att = (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
            "Content-Transfer-Encoding: base64"], M.b64_bytes(ics.encode()))
    bh, body = M.multipart("mixed", b1, [(ah, abody), att])
    subj = "Invitation: Fall catalog suppression file review @ Wed Aug 13, 2025 10am - 10:30am (CDT) (powerhousecatalog@alliant-energy.com)"
    headers = ["MIME-Version: 1.0", "Reply-To: Brianna Holt <bholt@heartlandmailsvc.com>",
               "Sender: Google Calendar <calendar-notification@google.com>", "Auto-Submitted: auto-generated",
               f"Message-ID: <calendar-{uid(rng)}@google.com>", f"Date: {dh(dt)}",
               "From: Brianna Holt <bholt@heartlandmailsvc.com>", "To: powerhousecatalog@alliant-energy.com",
               "Subject: " + subj.replace(" (powerhousecatalog", CRLF + " (powerhousecatalog")] + bh
    return dict(env_from=f"{rng.alnum(20)}@calendar-server.bounces.google.com", provider="google",
                domain="heartlandmailsvc.com", headers=headers, body=body)


def mk_listpost(rng, dt, spec):
    """M09: a mailing-list post from a catalog-operations list the mailbox is subscribed to."""
    text = ("Has anyone else seen a jump in \"do not sell / do not share my name\" requests since the Iowa law took "
            "effect July 1? We're at roughly 3x our usual weekly volume. Curious whether folks are honoring them by "
            "e-mail alone or asking for a name + ZIP + customer number to match.\n\nTerry Lundquist\nList Manager, "
            "Prairie Home Goods Catalog\nAmes, IA 50010\n\n-- \nYou received this message because you are subscribed "
            "to the catalog-compliance list.\nTo unsubscribe, send mail to catalog-compliance-leave@lists.catalogops.org\n")
    h, b = M.text_part(text, "utf-8", None)
    headers = ["From: Terry Lundquist <tlundquist@prairiehomegoods.com>",
               "To: catalog-compliance@lists.catalogops.org",
               "Subject: [catalog-compliance] Uptick in 'do not share' requests?", f"Date: {dh(dt)}",
               f"Message-ID: <{rng.hex(20)}@prairiehomegoods.com>", "MIME-Version: 1.0",
               "List-Id: Catalog compliance discussion <catalog-compliance.lists.catalogops.org>",
               "List-Unsubscribe: <mailto:catalog-compliance-leave@lists.catalogops.org>",
               "List-Post: <mailto:catalog-compliance@lists.catalogops.org>",
               "List-Archive: <https://lists.catalogops.org/archives/catalog-compliance>",
               "Precedence: list", "Sender: \"catalog-compliance\" <catalog-compliance-bounces@lists.catalogops.org>",
               "X-Mailman-Version: 3.3.9"] + h
    return dict(env_from="catalog-compliance-bounces@lists.catalogops.org", provider="relay",
                domain="lists.catalogops.org", headers=headers, body=b, inner=[])


def mk_sales(rng, dt, spec):
    """M10: cold sales."""
    text = ("Hi there,\n\nI noticed Alliant Energy's privacy page asks customers to e-mail opt-out requests to a "
            "shared inbox. Teams like yours usually spend 10+ hours a week matching names, ZIPs and account numbers "
            "by hand.\n\nOptOutFlow reads the inbox, matches the customer and updates your suppression lists "
            "automatically (Iowa ICDPA and CCPA ready).\n\nWorth a 15-minute look next week? Tuesday or Thursday "
            "afternoon work?\n\nJordan Pike\nAccount Executive, OptOutFlow\n(312) 555-0186\n\nIf this isn't relevant, "
            "just reply \"not interested\" and I won't follow up.\n")
    html = ("<html><body><div>" + "<br>".join(M.text_to_html_lines(text)) +
            f"</div><img src=\"https://t.optoutflow.io/o/{rng.hex(24)}.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n")
    b = "000000000000" + rng.hex(12)
    bh, body = M.multipart("alternative", b, [M.text_part(text, "utf-8", None), M.text_part(html, "utf-8", "quoted-printable", "text/html")])
    headers = ["MIME-Version: 1.0", f"Date: {dh(dt)}", f"Message-ID: <CAF{rng.alnum(44)}@mail.gmail.com>",
               "Subject: Alliant's opt-out inbox", "From: Jordan Pike <jordan@optoutflow.io>",
               "To: customercare@alliant-energy.com"] + bh
    return dict(env_from="jordan@optoutflow.io", provider="google", domain="optoutflow.io", headers=headers, body=body)


def mk_seo(rng, dt, spec):
    """M11: SEO link outreach."""
    text = ("Hello Alliant Energy Team,\n\nWhile researching home energy resources I found a broken link on your page "
            "alliantenergy.com/save-energy (the \"attic insulation guide\" link returns 404).\n\nWe recently published "
            "an updated 2025 guide that would make a great replacement. Would you consider linking to it?\n\n"
            "Best regards,\nSana Qureshi\nOutreach Coordinator\n")
    b = "000000000000" + rng.hex(12)
    bh, body = M.multipart("alternative", b, [M.text_part(text, "utf-8", None),
                                              M.text_part(M.html_gmail(text), "utf-8", "quoted-printable", "text/html")])
    headers = ["MIME-Version: 1.0", f"From: Sana Qureshi <sana.outreach.team@gmail.com>", f"Date: {dh(dt.astimezone(timezone(timedelta(hours=5))))}",
               f"Message-ID: <CAN{rng.alnum(44)}@mail.gmail.com>", "Subject: Broken link on your energy savings page",
               "To: customercare@alliant-energy.com"] + bh
    return dict(env_from="sana.outreach.team@gmail.com", provider="google", domain="gmail.com", headers=headers, body=body)


def mk_phish(rng, dt, spec):
    """M12: credential phishing pretending to be our IT desk."""
    html = ("<html><body style=\"font-family:Segoe UI,Arial\"><table width=\"560\"><tr><td style=\"background:#0067b1;"
            "color:#fff;padding:12px\"><b>Alliant Energy IT Service Desk</b></td></tr><tr><td style=\"padding:16px\">"
            "<p>Dear customercare@alliant-energy.com,</p><p>Your mailbox has reached <b>98%</b> of its storage quota. "
            "Incoming messages, including customer opt-out requests, will be rejected within 24 hours.</p>"
            "<p><a href=\"https://alliant-energy-support.com/owa/verify?u=customercare\">Verify your mailbox now</a>"
            "</p><p>IT Service Desk<br>Ext. 4400</p></td></tr></table></body></html>\n")
    h, b = M.text_part(html, "utf-8", "base64", "text/html")
    headers = ["From: \"Alliant Energy IT Service Desk\" <helpdesk@alliant-energy-support.com>",
               "To: customercare@alliant-energy.com", "Subject: Mailbox storage full - action required",
               f"Date: {dh(dt)}", f"Message-ID: <{rng.hex(30)}@alliant-energy-support.com>", "MIME-Version: 1.0",
               "X-Priority: 1"] + h
    return dict(env_from="helpdesk@alliant-energy-support.com", provider="relay", domain="alliant-energy-support.com",
                headers=headers, body=b, inner=[], dkim_fail=True)


def mk_mdn(rng, dt, spec):
    """M13: a read receipt for our acknowledgement."""
    o = ours.OURS["ACK1"]
    b = f"----=_NextPart_{rng.hex(3, True)}_{rng.hex(4, True)}_{rng.hex(8, True)}.{rng.hex(8, True)}"
    text = crlf(f"""
        Your message

          To: bkautz@mchsi.com
          Subject: {o['subject']}
          Sent: {o['date'].strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}

        was read on {dt.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}.
        """)
    mdn = crlf(f"""
        Reporting-UA: MSOUTLOOK16; Microsoft Outlook 16.0
        Final-Recipient: rfc822;bkautz@mchsi.com
        Original-Message-ID: {o['msgid']}
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    _, body = M.multipart("report", b, [(["Content-Type: text/plain;", '\tcharset="us-ascii"', "Content-Transfer-Encoding: 7bit"], text),
                                        (["Content-Type: message/disposition-notification"], mdn)])
    headers = ["From: \"Brenda Kautz\" <bkautz@mchsi.com>", "To: \"Alliant Energy Customer Care\" <customercare@alliant-energy.com>",
               f"Subject: Read: {o['subject']}", f"Date: {dh(dt)}", f"Message-ID: <000001dbf5{rng.hex(8)}$" +
               f"{rng.hex(8)}$@mchsi.com>", "MIME-Version: 1.0",
               f"Content-Type: multipart/report; report-type=disposition-notification;{CRLF}\tboundary=\"{b}\"",
               "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + "AdvX" + rng.b64(20), "Content-Language: en-us"]
    return dict(env_from="bkautz@mchsi.com", provider="mediacom", domain="mchsi.com", headers=headers, body=body)


def mk_challenge(rng, dt, spec):
    """M14: challenge-response anti-spam answering our promotion."""
    text = ("Hello,\n\nYou recently sent a message to dlarsen@mchsi.com. To protect against spam, MailGuard holds "
            "mail from unknown senders until they verify once.\n\nPlease click the link below to verify that you are a "
            "person and your message will be delivered:\nhttps://verify.mailguard-cr.net/v/" + rng.alnum(32) +
            "\n\nYour message: \"Beat the heat: $75 back on a smart thermostat\"\n\nThank you,\nDoug Larsen "
            "(via MailGuard)\n")
    h, b = M.text_part(text, "utf-8", None)
    headers = ["From: \"Doug Larsen (MailGuard)\" <verify@mailguard-cr.net>", "To: customercare@alliant-energy.com",
               "Subject: Please verify your message to dlarsen@mchsi.com", f"Date: {dh(dt)}",
               f"Message-ID: <mg-{rng.hex(18)}@mailguard-cr.net>", f"In-Reply-To: {ours.OURS['PROMO']['msgid']}",
               "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + h
    return dict(env_from="bounce@mailguard-cr.net", provider="relay", domain="mailguard-cr.net", headers=headers,
                body=b, inner=[])


def mk_ooo_es(rng, dt, spec):
    """M15: Spanish Exchange automatic reply to our newsletter."""
    o = ours.OURS["NEWS"]
    text = ("Gracias por su mensaje. Estaré fuera de la oficina del 1 al 11 de julio, sin acceso a mi correo. Para "
            "asuntos urgentes comuníquese al 319-555-0138.\n\nLic. Patricia Navarro\nCoordinadora de Programas\n"
            "Centro Latino del Valle\n1200 1st Ave SE, Cedar Rapids IA 52402\n")
    mid = f"<MN2PR11MB{rng.num(1000, 9999)}{rng.hex(24, True)}@MN2PR11MB{rng.num(1000, 9999)}.namprd11.prod.outlook.com>"
    b = f"_000_{mid[1:30]}_"
    bh, body = M.multipart("alternative", b, [M.text_part(text, "iso-8859-1", "quoted-printable"),
                                              M.text_part(M.html_outlook(text), "utf-8", "quoted-printable", "text/html")])
    subj = "Respuesta automática: " + o["subject"]
    headers = ["From: Patricia Navarro <pnavarro@centrolatinodelvalle.org>", "To: Alliant Energy <customercare@alliant-energy.com>",
               f"Subject: {M.ew(subj, 'iso-8859-1', 'Q')}", f"Thread-Topic: {o['subject']}",
               f"Thread-Index: AQH{rng.b64(22)}==", f"Date: {dh(dt, 'outlook')}", f"Message-ID: {mid}",
               f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}", "Accept-Language: es-MX, en-US",
               "Content-Language: es-MX", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"] + bh + ["MIME-Version: 1.0"]
    return dict(env_from="", provider="m365", domain="centrolatinodelvalle.org", headers=headers, body=body)


def mk_es_unmonitored(rng, dt, spec):
    """M16: Spanish 'this mailbox is no longer read' without any auto-reply header."""
    o = ours.OURS["CATMAIL"]
    text = ("Este buzón de correo ya no se revisa. Para pedidos y cotizaciones escriba a "
            "ventas@panaderialaesperanza.com o llame al 563-555-0177.\n\nPanadería La Esperanza\n"
            "310 Main St, Postville IA 52162\n")
    h, b = M.text_part(text, "utf-8", None)
    headers = ["MIME-Version: 1.0", f"Date: {dh(dt)}", "From: Panaderia La Esperanza <pedidos@panaderialaesperanza.com>",
               "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>", f"Subject: RE: {o['subject']}",
               f"In-Reply-To: {o['msgid']}", f"Message-ID: <{rng.hex(22)}@panaderialaesperanza.com>"] + h
    return dict(env_from="pedidos@panaderialaesperanza.com", provider="google", domain="panaderialaesperanza.com",
                headers=headers, body=b)


def mk_unmonitored(rng, dt, spec):
    """M17: English 'no longer monitored' reply to our acknowledgement, no Auto-Submitted."""
    o = ours.OURS["ACK2"]
    text = ("This inbox is no longer monitored. Please send inquiries to orders@hartleyfarmsupply.com or call "
            "563-555-0150.\n\nHartley Farm Supply | 2200 Hwy 52 N | Decorah, IA 52101\n")
    h, b = M.text_part(text, "us-ascii", "7bit")
    headers = [f"Date: {dh(dt)}", "From: Hartley Farm Supply <info@hartleyfarmsupply.com>",
               "To: Alliant Energy Customer Care <customercare@alliant-energy.com>", f"Subject: Re: {o['subject']}",
               f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}",
               f"Message-ID: <{rng.hex(16)}@hartleyfarmsupply.com>", "MIME-Version: 1.0"] + h
    return dict(env_from="info@hartleyfarmsupply.com", provider="m365", domain="hartleyfarmsupply.com",
                headers=headers, body=b)


def mk_carrier(rng, dt, spec):
    """M18: a carrier's return-shipment notice: a customer's name, ZIP and a long tracking number."""
    text = ("ParcelLine Return Notification\n\nA return shipment is on its way to you.\n\nTracking number: "
            "PL 7729 4410 2286\nShip from: GORDON FISCHER, 1840 ASBURY RD, DUBUQUE IA 52001\nShip to: POWERHOUSE CATALOG "
            "RETURNS, 5200 6TH ST SW, CEDAR RAPIDS IA 52404\nReference: RMA 25-07731\nScheduled delivery: "
            f"{(dt + timedelta(days=3)).strftime('%A, %m/%d/%Y')}\n\nTrack: https://parcelline.com/t/PL772944102286\n\n"
            "Do not reply to this automated message.\n")
    html = "<html><body>" + "<br>".join(M.text_to_html_lines(text)) + "</body></html>\n"
    b = f"----=_Part_{rng.num(100000, 999999)}_{rng.num(100000000, 999999999)}.{int(dt.timestamp())}"
    bh, body = M.multipart("alternative", b, [M.text_part(text, "us-ascii", "7bit"), M.text_part(html, "us-ascii", "quoted-printable", "text/html")])
    headers = ["From: ParcelLine <tracking@notify.parcelline.com>", "To: powerhousecatalog@alliant-energy.com",
               "Subject: Return shipment on the way: PL 7729 4410 2286", f"Date: {dh(dt)}",
               f"Message-ID: <{rng.num(10**11, 10**12)}.{rng.num(1000, 9999)}@notify.parcelline.com>", "MIME-Version: 1.0",
               "Precedence: bulk"] + bh
    return dict(env_from="bounce@notify.parcelline.com", provider="relay", domain="notify.parcelline.com",
                headers=headers, body=body, inner=[])


def mk_newsletter(rng, dt, spec):
    """M19: a trade association's weekly brief (bulk, list headers)."""
    text = ("IOWA UTILITY ASSOCIATION - WEEKLY BRIEF\nJuly 24, 2025\n\n* Iowa Consumer Data Protection Act: what "
            "changed July 1 for \"do not sell\" requests\n* Storm season mutual aid: thank you to 14 member crews\n"
            "* Member spotlight: Linda Ohrt, Maquoketa Valley REC, Anamosa IA 52205\n\nRead the full brief: "
            "https://iowautilities.org/brief/2025-07-24\n\nYou are receiving this because customercare@alliant-energy.com "
            "is subscribed to the Weekly Brief.\nUnsubscribe: https://iowautilities.org/u/" + rng.alnum(16) + "\n")
    html = "<html><body><table width=\"640\"><tr><td>" + "<br>".join(M.text_to_html_lines(text)) + "</td></tr></table></body></html>\n"
    b = f"_----{rng.alnum(24)}===_{rng.hex(2, True)}/{rng.hex(2, True)}-{rng.num(10000, 99999)}-{rng.num(1000000, 9999999)}"
    bh, body = M.multipart("alternative", b, [M.text_part(text, "utf-8", "quoted-printable"),
                                              M.text_part(html, "utf-8", "quoted-printable", "text/html")])
    headers = ["From: Iowa Utility Association <news@iowautilities.org>", "To: customercare@alliant-energy.com",
               "Subject: Weekly Brief: ICDPA and 'do not sell', storm mutual aid, member spotlight",
               f"Date: {dh(dt)}", f"Message-ID: <{rng.num(10**9, 10**10)}.{rng.hex(16)}@mail.iowautilities.org>",
               "List-Id: <weeklybrief.iowautilities.org>",
               f"List-Unsubscribe: <mailto:unsubscribe@iowautilities.org?subject=unsub-{rng.hex(10)}>,{CRLF} <https://iowautilities.org/u/{rng.alnum(16)}>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "MIME-Version: 1.0"] + bh
    return dict(env_from=f"bounce-{rng.hex(10)}@mail.iowautilities.org", provider="relay", domain="iowautilities.org",
                headers=headers, body=body, inner=[])


def mk_proof(rng, dt, spec):
    """M20: printer's proof system."""
    text = ("PROOF READY FOR APPROVAL\n\nCustomer: PowerHouse Catalog\nJob: 25-1187  Fall 2025 Catalog, 64 pp + cover\n"
            "Proof version: 2\nApprove or reject by: Friday, August 15, 2025 5:00 PM CT\n\n"
            "Open the proof: https://proofs.mwpress.com/j/25-1187/v2\n\nThis message was generated by the MWP Proof "
            "Center. Replies are not read.\n")
    h, b = M.text_part(text, "us-ascii", "7bit")
    headers = ["From: MWP Proof Center <proofs@mwpress.com>", "To: powerhousecatalog@alliant-energy.com",
               "Subject: Proof ready for approval: PowerHouse Fall 2025 catalog (Job 25-1187) v2",
               f"Date: {dh(dt)}", f"Message-ID: <proof.25-1187.v2.{rng.hex(8)}@mwpress.com>", "MIME-Version: 1.0",
               "Auto-Submitted: auto-generated"] + h
    return dict(env_from="proofs@mwpress.com", provider="relay", domain="mwpress.com", headers=headers, body=b, inner=[])


def mk_delay(rng, dt, spec):
    """M21: our own MTA says an acknowledgement is delayed."""
    rcpt = "jhanson1948@windstream.net"
    o = ours.OURS["ACK2"]
    b = f"{rng.postfix_id()}.{int(dt.timestamp())}/mx2.alliant-energy.com"
    notice = crlf(f"""
        This is the mail system at host mx2.alliant-energy.com.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

                           The mail system

        <{rcpt}>: connect to smtp.windstream.net[162.39.141.12]:25: Connection timed
            out
        """)
    status = crlf(f"""
        Reporting-MTA: dns; mx2.alliant-energy.com
        X-Postfix-Queue-ID: {rng.postfix_id()}
        X-Postfix-Sender: rfc822; customercare@alliant-energy.com
        Arrival-Date: {M.rfc_date(o['date'])}

        Final-Recipient: rfc822; {rcpt}
        Action: delayed
        Status: 4.4.1
        Diagnostic-Code: X-Postfix; connect to smtp.windstream.net[162.39.141.12]:25:
            Connection timed out
        Will-Retry-Until: {M.rfc_date(o['date'] + timedelta(days=5))}
        """)
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
              rfc822_headers_of("ACK2", rcpt))]
    _, body = M.multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\r\n")
    headers = ["Date: " + dh(dt), "From: MAILER-DAEMON@mx2.alliant-energy.com (Mail Delivery System)",
               "Subject: Delayed Mail (still being retried)", "To: customercare@alliant-energy.com",
               "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
               f'Content-Type: multipart/report; report-type=delivery-status;{CRLF}\tboundary="{b}"',
               "Content-Transfer-Encoding: 7bit", f"Message-Id: <{rng.hex(10)}@mx2.alliant-energy.com>"]
    return dict(env_from="", provider="ours", domain="alliant-energy.com", headers=headers, body=body, inner=[])


def mk_helpdesk(rng, dt, spec):
    """M22: another company's help desk acknowledges our own message to them."""
    text = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
            "reviewed by our support staff.\n\nSubject: Damaged cartons - PO 44817\n\nTo add additional comments, reply "
            "to this email.\n\nHartland Packaging Support\n")
    h, b = M.text_part(text, "utf-8", None)
    headers = ["From: Hartland Packaging Support <support@hartlandpack.zendesk.com>",
               "Reply-To: Hartland Packaging Support <support+id48213@hartlandpack.zendesk.com>",
               "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
               "Subject: [Hartland Packaging] Re: Damaged cartons - PO 44817", f"Date: {dh(dt, 'utc')}",
               f"Message-ID: <{rng.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_{rng.hex(8)}_sprut@zendesk.com>",
               "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "MIME-Version: 1.0"] + h
    return dict(env_from=f"support+id48213@hartlandpack.zendesk.com", provider="relay", domain="zendesk.com",
                headers=headers, body=b, inner=[])


def mk_survey(rng, dt, spec):
    """M23: a webinar host's survey blast."""
    text = ("Thanks for attending \"Privacy Operations for Utilities\" on June 17!\n\nHow did we do? It takes 2 "
            "minutes: https://conveneevents.com/s/" + rng.alnum(10) + "\n\nConvene Events | 225 N Michigan Ave | "
            "Chicago IL 60601\nUnsubscribe: https://conveneevents.com/unsub/" + rng.alnum(20) + "\n")
    html = "<html><body>" + "<br>".join(M.text_to_html_lines(text)) + "</body></html>\n"
    b = f"--==_mimepart_{rng.hex(13)}_{rng.num(10000, 99999)}"
    bh, body = M.multipart("alternative", b, [M.text_part(text, "utf-8", "7bit"), M.text_part(html, "utf-8", "quoted-printable", "text/html")])
    headers = ["From: Convene Events <surveys@conveneevents.com>", "To: customercare@alliant-energy.com",
               "Subject: How did we do? Rate \"Privacy Operations for Utilities\"", f"Date: {dh(dt)}",
               f"Message-ID: <{rng.hex(24)}@conveneevents.com>", "Precedence: bulk",
               f"List-Unsubscribe: <https://conveneevents.com/unsub/{rng.alnum(20)}>", "MIME-Version: 1.0"] + bh
    return dict(env_from=f"bounces+{rng.num(1000000, 9999999)}@em.conveneevents.com", provider="relay",
                domain="conveneevents.com", headers=headers, body=body, inner=[])


def mk_phish_es(rng, dt, spec):
    """M24: Spanish payment phishing pretending to be us."""
    html = ("<html><body style=\"font-family:Arial\"><p><b>Alliant Energy</b></p><p>Estimado cliente:</p><p>Su "
            "cuenta <b>4410-XXXX-XX</b> tiene un saldo vencido de <b>$186.42</b>. Si no realiza el pago en las "
            "próximas 24 horas, su servicio de luz será suspendido.</p><p><a href=\"https://alliant-pagos.net/pago\">"
            "Pagar ahora</a></p><p>Departamento de Cobranza<br>Alliant Energy</p></body></html>\n")
    h, b = M.text_part(html, "iso-8859-1", "quoted-printable", "text/html")
    headers = [f"From: {M.addr('Alliant Energy Cobranza', 'avisos@alliant-pagos.net')}",
               "To: customercare@alliant-energy.com",
               f"Subject: {M.ew('Aviso de suspensión de servicio - pago pendiente', 'iso-8859-1', 'Q')}",
               f"Date: {dh(dt)}", f"Message-ID: <{rng.hex(26)}@alliant-pagos.net>", "MIME-Version: 1.0"] + h
    return dict(env_from="avisos@alliant-pagos.net", provider="relay", domain="alliant-pagos.net", headers=headers,
                body=b, inner=[], dkim_fail=True)


def mk_qmail(rng, dt, spec):
    """M25: a qmail bounce without MIME for our newsletter."""
    o = ours.OURS["NEWS"]
    rcpt = "gkrueger@netins.net"
    body = crlf(f"""
        Hi. This is the qmail-send program at mail.netins.net.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <customercare@alliant-energy.com>
        Received: (qmail {rng.num(10000, 99999)} invoked from network); {M.rfc_date(o['date'])}
        From: Alliant Energy <customercare@alliant-energy.com>
        To: {rcpt}
        Subject: {o['subject']}
        Message-ID: {o['msgid']}

        YOUR JULY ENERGY SAVER
        """)
    headers = [f"Date: {M.rfc_date(dt)}", "From: MAILER-DAEMON@mail.netins.net",
               f"Message-ID: <{dt.strftime('%Y%m%d%H%M%S')}.{rng.num(10000, 99999)}.qmail@mail.netins.net>",
               "To: customercare@alliant-energy.com", "Subject: failure notice"]
    return dict(env_from="", provider="netins", domain="netins.net", headers=headers, body=body, inner=[])


MAKERS = {"tidymail": mk_tidymail, "outlook_unsub": mk_outlook_unsub, "webform": mk_webform}

A = dict(automated=True, labels=[], ents={}, ack=None, client="raw")


def m(id, mailbox, date, make, cat, note, program, answers="-", lang="en"):
    d = dict(A)
    d.update(id=id, mailbox=mailbox, date=date, make=make, cat=cat, note=note, program=program, answers=answers,
             lang=lang, text="")
    return d


SPECS = [
    m("M01", CC, "2025-06-10 09:05", mk_ooo_exchange, "automated: auto-reply",
      "Exchange out-of-office under our promotion (Auto-Submitted); the nurse's signature has a name, phone and ZIP but automated mail has no entities",
      "Exchange Online auto-reply", "promo:AE-PR-2506"),
    m("M02", CC, "2025-07-01 07:33", mk_away_headerless, "automated: auto-reply (headerless)",
      "'Away' message with no Auto-Submitted header: still automated (LABELS, headerless auto-replies); title, name and ZIP are not entities",
      "Roundcube vacation", "newsletter:AE-NL-2507"),
    m("M03", CC, "2025-06-10 09:04", mk_bounce_postfix, "automated: bounce",
      "Postfix DSN returning our promotion; the failed address and our ZIP are not entities", "Postfix DSN",
      "promo:AE-PR-2506"),
    m("M04", CC, "2025-07-15 11:04", mk_bounce_gmail, "automated: bounce",
      "Gmail DSN for our acknowledgement (mistyped address); the address contains a person's name but nothing here is a request",
      "Gmail DSN", "ack:CC-2025-07-04418"),
    m("M05", PH, "2025-07-08 10:17", mk_ndr_exchange, "automated: bounce", "Exchange Online NDR for our catalog e-mail",
      "Exchange Online NDR", "catalog:PH-2507"),
    m("M06", PH, "2025-06-16 06:00", mk_mailhouse, "automated: vendor report",
      "mail house job report listing suppressed customers with names, ZIPs and customer numbers: vendor system mail, not a request, no entities",
      "HMS JobTrack"),
    m("M07", CC, "2025-07-07 02:00", mk_crm_export, "automated: vendor notice",
      "CRM export-ready notice about 'marketing opt-outs': system mail, not a request", "Relay CRM"),
    m("M08", PH, "2025-08-06 15:20", mk_calendar, "automated: calendar",
      "calendar invitation (text/calendar) from the mail house about the do-not-share file: not a request (LABELS)",
      "Google Calendar"),
    m("M09", PH, "2025-07-23 13:40", mk_listpost, "automated: list post",
      "mailing-list post about 'do not share' requests, signed with a name and ZIP: list traffic, not a request",
      "Mailman 3"),
    m("M10", CC, "2025-06-23 08:12", mk_sales, "automated: sales",
      "cold sales pitch that talks about opt-outs, names, ZIPs and account numbers: not a request", "Gmail (Workspace)"),
    m("M11", CC, "2025-08-13 03:44", mk_seo, "automated: SEO outreach", "SEO link outreach: not a request", "Gmail"),
    m("M12", CC, "2025-07-29 02:17", mk_phish, "automated: phishing",
      "credential phishing posing as our IT desk (look-alike domain, DKIM/SPF fail), HTML only", "bulk mailer"),
    m("M13", CC, "2025-07-15 11:40", mk_mdn, "automated: read receipt",
      "Outlook read receipt (MDN) for our acknowledgement: machine mail though a person's name is in From",
      "Outlook 16 MDN", "ack:CC-2025-07-04418"),
    m("M14", CC, "2025-06-10 09:10", mk_challenge, "automated: challenge-response",
      "challenge-response verification request answering our promotion: not a request, never answered", "MailGuard",
      "promo:AE-PR-2506"),
    m("M15", CC, "2025-07-01 07:32", mk_ooo_es, "automated: auto-reply",
      "Spanish Exchange out-of-office (Auto-Submitted); 'Lic.' and a ZIP in the signature, no entities",
      "Exchange Online auto-reply", "newsletter:AE-NL-2507", "es"),
    m("M16", PH, "2025-07-08 10:21", mk_es_unmonitored, "automated: auto-reply (headerless)",
      "Spanish 'this mailbox is no longer read' reply with no auto-reply headers: automated (LABELS)",
      "Google Workspace auto-reply", "catalog:PH-2507", "es"),
    m("M17", CC, "2025-08-04 16:21", mk_unmonitored, "automated: auto-reply (headerless)",
      "'This inbox is no longer monitored' answering our acknowledgement, no Auto-Submitted: automated, loop risk",
      "Exchange Online rule", "ack:CC-2025-08-01127"),
    m("M18", PH, "2025-08-19 14:05", mk_carrier, "automated: notification",
      "carrier return-shipment notice: a customer's name and ZIP and a 12-digit tracking number, none of them entities",
      "ParcelLine notifications"),
    m("M19", CC, "2025-07-24 06:15", mk_newsletter, "automated: newsletter",
      "trade association bulk newsletter with List-Unsubscribe; mentions 'do not sell' and a member's name and ZIP",
      "association bulk mailer"),
    m("M20", PH, "2025-08-11 06:30", mk_proof, "automated: vendor notice", "printer's proof-ready notice (Auto-Submitted)",
      "MWP Proof Center"),
    m("M21", CC, "2025-08-04 20:22", mk_delay, "automated: bounce (delay)",
      "our own MTA's delay warning for an acknowledgement: never answered", "Postfix DSN (ours)",
      "ack:CC-2025-08-01127"),
    m("M22", PH, "2025-06-27 09:14", mk_helpdesk, "automated: auto-reply",
      "another company's help-desk auto-acknowledgement of our own message (Auto-Submitted)", "Zendesk"),
    m("M23", CC, "2025-06-19 10:00", mk_survey, "automated: survey",
      "webinar survey blast: bulk mail, not a request", "bulk mailer"),
    m("M24", CC, "2025-08-16 02:40", mk_phish_es, "automated: phishing",
      "Spanish payment phishing posing as us; the masked 'account' is bait, not an entity", "bulk mailer", lang="es"),
    m("M25", CC, "2025-07-01 07:36", mk_qmail, "automated: bounce",
      "qmail failure notice without MIME headers for our newsletter", "qmail-send", "newsletter:AE-NL-2507"),
]
