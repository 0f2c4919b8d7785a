"""Non-requests, part 1: vendor and partner system mail, calendar traffic, meeting notes, ticketing
notifications, read receipts, challenge-response and misdirected internal notes."""
from mailer import fake_docx, fake_pdf
from ours import CC, PH, ACK, gt, outlook_block

SPECS = []


def A(**kw):
    kw.setdefault("automated", True)
    SPECS.append(kw)


# ------------------------------------------------------------------ vendors & partners
A(id="v01", mailbox="powerhousecatalog", cat="auto:mailhouse-suppression-report", lang="en", client="vendor",
  frm=("BSMS Job Tracker", "jobtracker@badgerstatemail.com"), send_domain="badgerstatemail.com",
  to=[(None, PH)], cc=[("Kara Lindgren", "klindgren@badgerstatemail.com")],
  subject="Job 26-0417 PowerHouse Spring Catalog - Merge/Purge & Suppression Summary",
  date="2026-02-18 06:02", fmt="plain", charset="us-ascii",
  hdr=[("X-Mailer", "BSMS JobTracker 4.12 (report-svc)")],
  body="""BADGER STATE MAILING SERVICES - JOB TRACKER
Automated summary. Replies to this address are not read.

Client ....... PowerHouse Catalog (Alliant Energy)
Job .......... 26-0417  Spring 2026 Catalog, 48pp + cover
Drop date .... 03/09/2026  Madison BMEU
Prepared ..... 02/18/2026 06:02 CST

INPUT
  House file PH_ACTIVE_0226.txt ................ 212,418
  Rental/exchange names received ................ 64,950
  Total input .................................. 277,368

SUPPRESSIONS APPLIED TO MAILING
  Client do-not-mail file ........................ 9,812
  DMAchoice ...................................... 3,388
  Deceased (DDS) ................................... 611
  Correctional facility ............................. 47
  NCOA moved, no forwarding address .............. 2,176
  Duplicates removed (house/rental) .............. 5,940

NET MAILABLE ................................... 255,394

OUTBOUND EXCHANGE EXTRACT (for Garden Way Catalog Co.)
  Records flagged DO NOT SHARE by client, withheld 14,207
  Records released ............................... 25,000

Detail by source is in the attached CSV. Questions about this job go to your
account rep, Kara Lindgren, 608-555-0143 or klindgren@badgerstatemail.com.

-- 
BSMS JobTracker | 2750 Commerce Dr, Middleton WI 53562
""",
  attach=[dict(name="26-0417_suppression_detail.csv", ctype="text/csv", cte="base64",
               data="source,input,do_not_mail,dmachoice,deceased,prison,ncoa_nixie,dupes,net\r\n"
                    "PH_HOUSE,212418,9812,2204,498,31,1720,0,198153\r\n"
                    "GARDENWAY_EXCH,25000,0,511,52,9,201,2877,21350\r\n"
                    "HEARTHSIDE_RENT,20000,0,402,38,4,144,1906,17506\r\n"
                    "PRAIRIEHOME_EXCH,19950,0,271,23,3,111,1157,18385\r\n")],
  note="Mail house job report full of 'suppression' and 'DO NOT SHARE' counts; a vendor system talking about the list, nobody asking anything")

A(id="v02", mailbox="powerhousecatalog", cat="auto:listbroker-statement", lang="en", client="mandrill",
  frm=("Northstar List Management", "statements@northstarlists.com"), to=[("PowerHouse Catalog", PH)],
  reply_to=("Priya Raman", "praman@northstarlists.com"),
  subject="Your October 2025 list activity statement - PowerHouse Catalog Buyers",
  date="2025-11-04 07:30",
  body="""NORTHSTAR LIST MANAGEMENT
Monthly activity statement - October 2025

List: PowerHouse Catalog Buyers (12-month, $25+)
Universe this month: 141,870 names, 38,210 hotline (0-3 mo)

ORDERS SHIPPED
  Garden Way Catalog Co.    exchange 1:1   20,000 names
  Hearthside Home Goods     rental         15,000 names  @ $115/M
  Prairie Home Outfitters   exchange 1:1   10,000 names

Rental revenue (net of commission): $1,293.75
Exchange balance: you owe 4,200 names to Prairie Home Outfitters

Names the list owner has flagged do-not-share or do-not-rent are removed
before every order ships. Current suppression count on file: 14,207.

Questions about this statement? Reply to reach your account manager,
Priya Raman.

Northstar List Management, 900 Nicollet Mall, Suite 1400, Minneapolis, MN 55403
You receive this statement as a list owner client. Manage statement recipients
in the Northstar client portal.
""",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Northstar statement</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#12355b;color:#ffffff;font-size:18px;font-weight:bold;">NORTHSTAR LIST MANAGEMENT</td></tr>
<tr><td><p style="font-size:15px;">Monthly activity statement &ndash; <b>October 2025</b></p>
<p>List: <b>PowerHouse Catalog Buyers</b> (12-month, $25+)<br>Universe this month: 141,870 names, 38,210 hotline (0&ndash;3 mo)</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#dfe6ee;"><th align="left">Mailer</th><th align="left">Type</th><th align="right">Names</th></tr>
<tr><td>Garden Way Catalog Co.</td><td>exchange 1:1</td><td align="right">20,000</td></tr>
<tr><td>Hearthside Home Goods</td><td>rental @ $115/M</td><td align="right">15,000</td></tr>
<tr><td>Prairie Home Outfitters</td><td>exchange 1:1</td><td align="right">10,000</td></tr>
</table>
<p>Rental revenue (net of commission): <b>$1,293.75</b><br>Exchange balance: you owe 4,200 names to Prairie Home Outfitters</p>
<p style="font-size:12px;color:#555;">Names the list owner has flagged do-not-share or do-not-rent are removed before every order ships. Current suppression count on file: 14,207.</p>
<p>Questions about this statement? Reply to reach your account manager, Priya Raman.</p></td></tr>
<tr><td style="font-size:11px;color:#888;">Northstar List Management, 900 Nicollet Mall, Suite 1400, Minneapolis, MN 55403<br>
You receive this statement as a list owner client. Manage statement recipients in the Northstar client portal.</td></tr>
</table></td></tr></table></body></html>
""",
  note="List broker's monthly rental/exchange statement; says do-not-share and has a manage-recipients footer, but it is partner system mail")

A(id="v03", mailbox="powerhousecatalog", cat="auto:listbroker-person", lang="en", client="o365",
  frm=("Priya Raman", "praman@northstarlists.com"), to=[(None, PH)],
  subject="Data card refresh + DNS count for Q1", date="2026-01-12 10:41",
  body="""Hi PowerHouse team,

Happy new year! Couple of things for the Q1 data card refresh:

1. Can someone send me updated hotline counts (0-3 mo and 0-6 mo)? The card still shows September numbers and two mailers have asked.
2. I need the current do-not-share suppression count so I can put it on the card. Last file I have is 14,207 from October.
3. Garden Way asked whether the 12-month buyers can be selected by ZIP (Iowa only, 500-528). I told them probably yes but wanted to check with you before I quote it.

No rush on #3, but #1 and #2 by the 23rd would be great.

Thanks!
Priya

Priya Raman | Account Manager
Northstar List Management
900 Nicollet Mall, Suite 1400 | Minneapolis, MN 55403
612-555-0177
""",
  note="Business questions from the list broker's account manager about counts and ZIP selects; a partner writing, not a customer request, even with 'do-not-share' and questions")

A(id="v04", mailbox="powerhousecatalog", cat="auto:ncoa-report", lang="en", client="ses",
  frm=("Keystone Data Services", "reports@keystonedata.com"), to=[(None, PH)],
  subject="NCOALink processing complete - job KDS-118204 (PowerHouse house file)",
  date="2025-08-21 02:14", fmt="plain", charset="us-ascii",
  body="""Keystone Data Services - NCOALink(R) Processing Summary

Job ID:          KDS-118204
Customer:        PowerHouse Catalog / Alliant Energy
File received:   PH_HOUSE_0819.csv (209,533 records)
Processed:       08/21/2025 01:58 CT
USPS NCOALink licensee ID: 2K9Q (Full Service Provider)

RESULTS
  Records processed ............. 209,533
  COA matches (move updated) .....  6,104
    Individual moves .............  3,877
    Family moves .................  2,011
    Business moves ...............    216
  Moved, left no address (nixie) .  1,448
  Foreign moves ..................     19
  CASS/DPV confirmed ............ 201,982
  Undeliverable as addressed .....  1,130

Your output file is available for 14 days in the secure download area:
https://portal.keystonedata.com/jobs/KDS-118204

Per the USPS NCOALink license, updated addresses may only be used for mailing
list hygiene and may not be used to create or maintain a new-mover list.

This is an automated notice. Do not reply.
Keystone Data Services | 1400 Lincoln Way, Ames, IA 50010
""",
  note="NCOA processing report from a data processor; addresses and moves, no request from anybody")

A(id="v05", mailbox="powerhousecatalog", cat="auto:printer-proof-portal", lang="en", client="sendgrid",
  frm=("Lakeside Print Group Proofing", "proofs@lakesideprint.com"), to=[(None, PH)],
  subject="Proof ready for approval: PowerHouse Summer 2026, pages 1-24 (round 2)",
  date="2026-04-29 16:20", fmt="html",
  html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;">
<div style="max-width:620px;margin:0 auto;border:1px solid #ddd;">
<div style="background:#0b6e4f;color:#fff;padding:14px 18px;font-size:17px;">Lakeside Print Group &middot; Online Proofing</div>
<div style="padding:18px;">
<p>A new proof is waiting for your review.</p>
<table cellpadding="4" style="font-size:13px;">
<tr><td><b>Job</b></td><td>LPG-55120 PowerHouse Summer 2026 Catalog</td></tr>
<tr><td><b>Pages</b></td><td>1&ndash;24 (round 2)</td></tr>
<tr><td><b>Uploaded by</b></td><td>Dale Moericke, Prepress</td></tr>
<tr><td><b>Approval due</b></td><td>Monday, May 4, 2026, 12:00 PM CT</td></tr>
</table>
<p>Changes since round 1: corrected price on p.14 (heat pump water heater), replaced lifestyle photo p.6, new mailing panel with updated privacy line on p.24.</p>
<p><a href="https://proof.lakesideprint.com/r/LPG-55120/2" style="background:#0b6e4f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Review proof</a></p>
<p style="font-size:12px;color:#666;">Missing the approval deadline may move your press date. You are receiving this because you are listed as an approver on this job.</p>
</div>
<div style="background:#f4f4f4;padding:10px 18px;font-size:11px;color:#777;">Lakeside Print Group, 3100 W Beltline Hwy, Madison, WI 53713</div>
</div></body></html>
""",
  note="Printer's proof-approval portal notification (HTML only); mentions a privacy line on the mailing panel, still vendor system mail")

A(id="v06", mailbox="powerhousecatalog", cat="auto:printer-drop-confirmation", lang="en", client="vendor",
  frm=("Lakeside Print Group - Mail Services", "mailservices@lakesideprint.com"), send_domain="lakesideprint.com",
  to=[(None, PH), ("Ann Kubiak", "akubiak@alliantenergy.com")],
  subject="Drop confirmation: LPG-54310 PowerHouse Fall 2025 - 251,036 pcs", date="2025-09-15 15:47",
  fmt="plain", charset="us-ascii", hdr=[("X-Mailer", "Microsoft CDO for Windows 2000")],
  body="""MAIL DROP CONFIRMATION

Job:           LPG-54310  PowerHouse Fall 2025 Catalog
Entry:         Madison WI BMEU, 09/15/2025 13:20
Pieces:        251,036  (Marketing Mail, 5-digit/CR presort)
Postage:       charged to permit 2217, statement #88431-0915
Mail.dat job:  LPGFALL25A   eDoc accepted 09/15/2025 13:41

Trays/pallets: 41 pallets, 0 rejects
In-home window (estimate): 09/18 - 09/24

Postal statement PDF attached.

Lakeside Print Group Mail Services
3100 W Beltline Hwy, Madison WI 53713
""",
  attach=[dict(name="PS3602_LPG-54310.pdf", ctype="application/pdf",
               data=fake_pdf("USPS PS Form 3602-R\nPermit 2217  Statement 88431-0915\nPieces 251,036\nLPG-54310 PowerHouse Fall 2025"))],
  note="Printer's mail drop confirmation with a postal statement; operations mail between companies")

A(id="v07", mailbox="customercare", cat="auto:esp-campaign-report", lang="en", client="sendgrid",
  frm=("Relaymail", "reports@relaymail.io"), to=[(None, CC)],
  subject="Campaign report: \"Cozy up for less: $75 back on a smart thermostat\"", date="2025-11-07 08:00",
  body="""Your campaign finished sending.

Cozy up for less: $75 back on a smart thermostat
Account: Alliant Energy - Residential Marketing
Sent: Nov 5, 2025 10:00 AM CST

Recipients ............ 412,306
Delivered ............. 405,981 (98.5%)
Unique opens .......... 121,794 (30.0%)
Unique clicks .......... 9,338 (2.3%)
Unsubscribes ........... 1,204 (0.30%)
Spam complaints ........... 61 (0.015%)
Hard bounces ........... 4,118

All 1,204 unsubscribes and 61 complainers were added to the account-level
suppression list automatically and will not receive future marketing sends.

View full report: https://app.relaymail.io/c/88120417/report

Relaymail, Inc. - 101 Market St, San Francisco, CA 94105
You are receiving campaign reports because you are an admin on this account.
Notification settings: https://app.relaymail.io/settings/notifications
""",
  note="E-mail service provider's campaign report counting unsubscribes and suppressions; system mail, not an opt-out")

A(id="v08", mailbox="customercare", cat="auto:esp-compliance-notice", lang="en", client="ses",
  frm=("Relaymail Deliverability", "deliverability@relaymail.io"), to=[(None, CC)],
  subject="Action required: one-click unsubscribe for bulk senders (Gmail/Yahoo)", date="2025-03-03 11:15",
  body="""Hello Alliant Energy - Residential Marketing,

Mailbox providers now require bulk senders to support one-click unsubscribe
(RFC 8058) and to honor unsubscribe requests within 2 days.

We checked your last 30 days of campaigns and found:

  - 14 campaigns use a mailto: List-Unsubscribe header only
    (List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>)
  - 0 campaigns include List-Unsubscribe-Post: List-Unsubscribe=One-Click

Mailto-only unsubscribes still work, but the requests arrive in your own
mailbox and you must process them yourself. To let Relaymail handle them
automatically, turn on "Hosted one-click unsubscribe" under Settings >
Compliance before April 1.

Need help? Reply to this message or open a ticket at support.relaymail.io.

- The Relaymail Deliverability Team
""",
  note="ESP compliance notice that quotes our List-Unsubscribe header and talks about unsubscribe requests; vendor mail, nobody unsubscribing")

A(id="v09", mailbox="customercare", cat="auto:crm-export", lang="en", client="ses",
  frm=("Clarion CRM", "no-reply@clarioncrm.com"), to=[(None, CC)],
  subject="Your scheduled export \"Marketing opt-outs - weekly\" is ready", date="2026-06-08 05:00",
  body="""Your scheduled export is ready to download.

Export:      Marketing opt-outs - weekly
Owner:       customercare@alliant-energy.com
Rows:        2,317
Format:      CSV (UTF-8)
Filters:     Email Opt Out = TRUE OR Postal Opt Out = TRUE OR Do Not Share = TRUE
             Last Modified Date = LAST 7 DAYS

Download (link expires in 7 days):
https://alliantenergy.my.clarioncrm.com/export/5Ux0000027Kq9/download

You received this e-mail because you scheduled this export. To change the
schedule, open Reports > Scheduled Exports.

Clarion CRM, 415 Mission St, San Francisco, CA 94105
""",
  note="CRM export notice whose filter names are Email Opt Out / Do Not Share; a machine telling us a file is ready")

A(id="v10", mailbox="powerhousecatalog", cat="auto:contract-redline-dns-clause", lang="en", client="o365",
  frm=("Megan Aasgaard", "maasgaard@gardenwaycatalog.com"), to=[(None, PH)],
  cc=[("Tom Birkholz", "tbirkholz@gardenwaycatalog.com")],
  subject="RE: List Exchange Agreement 2026 - Section 7 (Do Not Share) redline", date="2026-03-26 14:05",
  body="""Hello,

Attached is our redline of the 2026 List Exchange Agreement. Summary of where we landed:

- 7.1 We accepted your definition of "Suppressed Record."
- 7.2 We accepted your language that any name flagged "do not share" by either party is removed before transfer, and that the receiving party must delete any such record within 10 business days of notice. We only changed "promptly" to a number.
- 7.4 We struck the one-time-use limit on responders. Once someone buys from us they are our customer; I think that is standard, but happy to talk.
- 9.3 Our counsel wants mutual indemnity, not one-way.

If the PowerHouse team is fine with 7.4 we can sign this week. Otherwise let's get 20 minutes on the calendar with your legal.

Thanks,
Megan

Megan Aasgaard
Director, List & Data Partnerships
Garden Way Catalog Co.
1180 Enterprise Rd, Waukesha, WI 53186
262-555-0128
""",
  attach=[dict(name="Garden Way - PowerHouse List Exchange Agreement 2026 (GW redline 3-26).docx",
               ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               data=fake_docx("LIST EXCHANGE AGREEMENT 2026\n7. Suppressed Records\n7.2 Any record flagged do not share by either party shall be removed prior to transfer..."))],
  note="Partner's contract redline about the 'Do Not Share' clause; legal correspondence between companies, not a consumer asking not to be shared")

A(id="v11", mailbox="powerhousecatalog", cat="auto:data-coop-reminder", lang="en", client="mandrill",
  frm=("Meridian Data Cooperative", "members@meridiancoop.com"), to=[(None, PH)],
  subject="Reminder: Q3 transaction file due October 15", date="2025-10-06 09:00",
  body="""Member reminder - PowerHouse Catalog (member #M-2291)

Your Q3 2025 transaction file is due by Wednesday, October 15.

Upload:   sftp.meridiancoop.com  /incoming/M2291/
Layout:   Meridian Standard Layout v7 (54 columns)

Please remember:
  * Column 14 (DNS) must be "Y" for every customer who asked not to have their
    name shared. Records with DNS=Y are used for modeling within your own file
    only and are never released to other members.
  * Column 22 (DNM) marks do-not-mail customers.
  * Files without a header row will be rejected.

Late files delay your next prospect model by one cycle.

Meridian Data Cooperative | Member Services | 8800 Hidden River Pkwy, Tampa, FL 33637
You receive operational reminders as a cooperative member contact.
""",
  note="Data co-op's member reminder explaining DNS and DNM columns; operational partner mail that only talks about opt-outs")

A(id="v12", mailbox="powerhousecatalog", cat="auto:list-exchange-proposal", lang="en", client="gmail",
  dkim_d="prairiehomeoutfitters.com",
  frm=("Rich Vandeberg", "rich@prairiehomeoutfitters.com"), to=[(None, PH)],
  subject="Exchange proposal - spring 2026", date="2026-01-27 15:33",
  body="""Hi there,

Rich Vandeberg here, I handle list for Prairie Home Outfitters (we did the 10M exchange with you last fall through Northstar).

Our response on your names was strong, 1.9% vs 1.2% house average, so we'd like to go bigger for spring: 25,000 of your 0-6 month buyers, Iowa/Wisconsin/Minnesota, for 25,000 of ours, same select. We'd mail around March 20.

We honor your suppressions of course. Send the DNS file or have Northstar apply it, whichever you prefer.

Let me know if that works or if you want to run it through Northstar again. Happy to hop on a call.

Rich

--
Rich Vandeberg
Prairie Home Outfitters
Direct 319-555-0164
""",
  note="Another catalog company proposing a list exchange; business development between companies, mentions suppressions")

A(id="v13", mailbox="customercare", cat="auto:esp-complaint-digest", lang="en", client="sendgrid",
  frm=("Relaymail", "fbl-digest@relaymail.io"), to=[(None, CC)],
  subject="Weekly complaint digest: 23 complaints, all suppressed", date="2026-05-18 06:30", fmt="plain",
  charset="us-ascii",
  body="""WEEKLY COMPLAINT DIGEST  (May 11 - May 17, 2026)
Account: Alliant Energy - Residential Marketing

Feedback-loop complaints received ...... 23
  Yahoo/AOL ............................. 14
  Microsoft (JMRP) ........................ 6
  Comcast ................................. 3

Top campaigns by complaint rate
  "Spring tune-up rebate: $50 off"          0.011%
  "Your May home energy tips"               0.004%

Every complaining address has been placed on the global suppression list.
No action is needed. Complaint rates under 0.10% are within policy.

-- Relaymail automated reporting. Do not reply.
""",
  note="Feedback-loop complaint digest from the ESP; says addresses were suppressed, machine report")

A(id="v14", mailbox="powerhousecatalog", cat="auto:address-api-usage-alert", lang="en", client="ses",
  frm=("AddressIQ Alerts", "alerts@addressiq.com"), to=[(None, PH)],
  subject="[AddressIQ] You have used 90% of your monthly lookups", date="2025-12-19 13:02",
  body="""Hi PowerHouse Catalog,

Your AddressIQ plan (Business 100K) has used 90,412 of 100,000 address
verification lookups this billing period (Dec 1 - Dec 31).

At the current rate you will reach the limit on December 23. After that,
lookups return status 429 until your plan renews, unless overage is enabled.

  Enable overage ($4.50 per 1,000):  https://dash.addressiq.com/billing
  Upgrade plan:                       https://dash.addressiq.com/plans

Top API key by volume: checkout-prod (powerhousecatalog.com), 71%

AddressIQ, 2 Park Plaza, Boston, MA 02116
You are receiving this alert because you are a billing contact. Manage alerts
in your dashboard.
""",
  note="Address-verification API usage alert sent to the catalog mailbox as billing contact")

A(id="v15", mailbox="customercare", cat="auto:integration-error", lang="en", client="ses",
  frm=("Linkbridge", "alerts@linkbridge.app"), to=[(None, CC)],
  subject="Flow failed 3 times: \"Opt-outs -> Mail house SFTP\"", date="2026-07-14 03:12",
  body="""Your flow "Opt-outs -> Mail house SFTP" failed 3 times in the last hour.

Step 4 of 6: Upload file to SFTP (sftp.badgerstatemail.com)
Error: 530 Login authentication failed (credential "BSMS upload" may have expired)

Last successful run: Jul 13, 2026 3:00 AM CDT
Records waiting: 412 marketing opt-outs, 96 do-not-share

The flow will retry every hour. After 24 failures it will be turned off.

Open flow: https://app.linkbridge.app/flows/lb_9QzT81/runs

Linkbridge - workflow automation
Manage notification e-mails in Account > Alerts.
""",
  note="Integration platform error about an opt-out file upload; counts opt-out records but is a machine alert")

A(id="v16", mailbox="powerhousecatalog", cat="auto:payment-dispute-notice", lang="en", client="ses",
  frm=("Paystead Disputes", "disputes@paystead.com"), to=[(None, PH)],
  subject="New dispute opened: $86.40 - order PH-210377", date="2026-02-02 17:48",
  body="""A customer's bank has opened a dispute.

Merchant:        PowerHouse Catalog (powerhousecatalog.com)
Order:           PH-210377
Amount:          $86.40 USD
Reason:          Product not received
Card:            Visa ending 4417
Respond by:      Feb 16, 2026

The disputed amount and a $15.00 fee have been withdrawn from your balance.
Submit tracking or delivery confirmation to contest it:
https://dashboard.paystead.com/disputes/dp_3Lq8Xw20

Paystead, Inc. - This is a required account notice.
""",
  note="Payment processor's dispute notice for a catalog order; no privacy request, order number is not an account")

# ------------------------------------------------------------------ calendar
A(id="c01", mailbox="customercare", cat="auto:calendar-invite-outlook", lang="en", client="o365",
  frm=("Dana Whitcomb", "dwhitcomb@alliantenergy.com"),
  to=[("Customer Care", CC), ("Luis Ortega", "lortega@alliantenergy.com"), ("Ann Kubiak", "akubiak@alliantenergy.com")],
  subject="Privacy inbox triage - weekly", date="2026-01-08 13:22", fmt="cal",
  body="""Standing 30 minutes to go through whatever the intake bot parked in the review queue (unclear ones, delete-my-data requests, anything on behalf of someone else).

Bring questions about the PowerHouse do-not-share flags too.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZmI5
Meeting ID: 284 551 903 127
Passcode: q7Xh2P
________________________________________________________________________________
""",
  ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B05C2E6A4A7FDC01000000000000000010000000A6E1F3C9B1",
           summary="Privacy inbox triage - weekly", start="2026-01-13 09:00", end="2026-01-13 09:30",
           organizer=("Dana Whitcomb", "dwhitcomb@alliantenergy.com"),
           attendees=[("Customer Care", CC, "NEEDS-ACTION"), ("Luis Ortega", "lortega@alliantenergy.com", "NEEDS-ACTION"),
                      ("Ann Kubiak", "akubiak@alliantenergy.com", "NEEDS-ACTION")],
           location="Microsoft Teams Meeting", rrule="FREQ=WEEKLY;BYDAY=TU;WKST=SU",
           description="Standing 30 minutes to go through whatever the intake bot parked in the review queue."),
  note="Internal Outlook meeting invitation (text/calendar METHOD:REQUEST) that mentions delete-my-data requests; calendar traffic")

A(id="c02", mailbox="customercare", cat="auto:calendar-update-outlook", lang="en", client="o365",
  frm=("Dana Whitcomb", "dwhitcomb@alliantenergy.com"),
  to=[("Customer Care", CC), ("Luis Ortega", "lortega@alliantenergy.com"), ("Ann Kubiak", "akubiak@alliantenergy.com")],
  subject="Updated: Privacy inbox triage - weekly", date="2026-02-19 08:05", fmt="cal",
  body="""Moving this to Wednesdays at 10 starting next week, Tuesdays keep colliding with the billing stand-up.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZmI5
Meeting ID: 284 551 903 127
Passcode: q7Xh2P
________________________________________________________________________________
""",
  ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B05C2E6A4A7FDC01000000000000000010000000A6E1F3C9B1",
           summary="Privacy inbox triage - weekly", start="2026-02-25 10:00", end="2026-02-25 10:30", sequence=1,
           organizer=("Dana Whitcomb", "dwhitcomb@alliantenergy.com"),
           attendees=[("Customer Care", CC, "NEEDS-ACTION"), ("Luis Ortega", "lortega@alliantenergy.com", "NEEDS-ACTION"),
                      ("Ann Kubiak", "akubiak@alliantenergy.com", "NEEDS-ACTION")],
           location="Microsoft Teams Meeting", rrule="FREQ=WEEKLY;BYDAY=WE;WKST=SU",
           description="Moving this to Wednesdays at 10 starting next week."),
  note="Outlook meeting update (SEQUENCE 1) for the same series; calendar traffic")

A(id="c03", mailbox="powerhousecatalog", cat="auto:calendar-cancel-outlook", lang="en", client="o365",
  frm=("Ann Kubiak", "akubiak@alliantenergy.com"),
  to=[("PowerHouse Catalog", PH), ("Priya Raman", "praman@northstarlists.com")],
  subject="Canceled: Catalog list rental review", date="2025-07-30 16:40", fmt="cal",
  body="""Canceling, Priya is out next week. I'll send a new time.
""",
  ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E0080000000070D1B4C2F1FEDB01000000000000000010000000C1D07E93",
           summary="Canceled: Catalog list rental review", start="2025-08-05 14:00", end="2025-08-05 15:00",
           sequence=2, status="CANCELLED", organizer=("Ann Kubiak", "akubiak@alliantenergy.com"),
           attendees=[("PowerHouse Catalog", PH, "NEEDS-ACTION"), ("Priya Raman", "praman@northstarlists.com", "NEEDS-ACTION")],
           location="Conf Rm 3B / Teams"),
  note="Outlook cancellation (METHOD:CANCEL) of a list-rental meeting; calendar traffic")

A(id="c04", mailbox="powerhousecatalog", cat="auto:calendar-invite-google", lang="en", client="gmail",
  dkim_d="northstarlists.com",
  frm=("Priya Raman", "praman@northstarlists.com"), to=[(None, PH), (None, "akubiak@alliantenergy.com")],
  subject="Invitation: PowerHouse list performance - Q2 review @ Thu Jul 16, 2026 1pm - 1:45pm (CDT) (powerhousecatalog@alliant-energy.com)",
  date="2026-07-07 11:18", fmt="cal",
  body="""PowerHouse list performance - Q2 review
Thursday Jul 16, 2026 ⋅ 1pm – 1:45pm
Central Time - Chicago

Join with Google Meet
https://meet.google.com/xqv-hpda-kwe

Agenda: rental/exchange results by mailer, DNS suppression growth, fall planning.

Guests
Priya Raman - organizer
powerhousecatalog@alliant-energy.com
akubiak@alliantenergy.com

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
  ics=dict(method="REQUEST", style="google", uid="5r2q9kq1m3hb0f4c7d1tq8v6ss@google.com",
           summary="PowerHouse list performance - Q2 review", start="2026-07-16 13:00", end="2026-07-16 13:45",
           organizer=("Priya Raman", "praman@northstarlists.com"),
           attendees=[("powerhousecatalog@alliant-energy.com", PH, "NEEDS-ACTION"),
                      ("akubiak@alliantenergy.com", "akubiak@alliantenergy.com", "NEEDS-ACTION"),
                      ("Priya Raman", "praman@northstarlists.com", "ACCEPTED")],
           location="https://meet.google.com/xqv-hpda-kwe",
           description="Agenda: rental/exchange results by mailer, DNS suppression growth, fall planning."),
  note="Google Calendar invitation from the list broker with 'to stop receiving future updates' boilerplate; calendar traffic")

A(id="c05", mailbox="customercare", cat="auto:calendar-accept-outlook", lang="en", client="o365",
  frm=("Luis Ortega", "lortega@alliantenergy.com"), to=[("Customer Care", CC)],
  subject="Accepted: Opt-out backlog review", date="2026-03-10 09:57", fmt="cal", body="",
  ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E00800000000E0A6D41C8EB0DC01000000000000000010000000F27A9C01",
           summary="Opt-out backlog review", start="2026-03-12 14:00", end="2026-03-12 15:00",
           organizer=("Customer Care", CC), attendees=[("Luis Ortega", "lortega@alliantenergy.com", "ACCEPTED")],
           location="Teams"),
  note="Calendar acceptance (METHOD:REPLY) with an empty body; 'Opt-out' only in the meeting title")

A(id="c06", mailbox="customercare", cat="auto:webinar-registration-ics", lang="en", client="sendgrid",
  frm=("Zoom", "no-reply@zoom.us"), send_domain="zoom.us", to=[(None, CC)],
  reply_to=("Utility Privacy Forum", "events@utilityprivacyforum.org"),
  subject="Utility Customer Privacy Forum 2026 Confirmation", date="2026-08-25 12:31",
  body="""Hi Customer Care,

Thank you for registering for Utility Customer Privacy Forum 2026.

Please submit any questions to: events@utilityprivacyforum.org

Date & Time: Sep 17, 2026 11:00 AM Central Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/86120447391?tk=Xq7

Passcode: 718204

Add to calendar: the attached .ics file

You can cancel your registration at any time.
""",
  attach=[dict(name="Utility Customer Privacy Forum 2026.ics", ctype="text/calendar", cte="base64",
               data="BEGIN:VCALENDAR\r\nPRODID:-//zoom.us//iCalendar Event//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
                    "BEGIN:VEVENT\r\nDTSTAMP:20260825T173100Z\r\nDTSTART:20260917T160000Z\r\nDTEND:20260917T173000Z\r\n"
                    "SUMMARY:Utility Customer Privacy Forum 2026\r\nUID:20260825T173100Z-86120447391@fe80:0:0:0:0:0:0:0\r\n"
                    "LOCATION:https://us06web.zoom.us/w/86120447391?tk=Xq7\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
  note="Zoom webinar registration confirmation with an .ics attachment; 'cancel your registration' is boilerplate")

# ------------------------------------------------------------------ meeting notes
A(id="m01", mailbox="customercare", cat="auto:meeting-notes-internal", lang="en", client="o365",
  frm=("Ann Kubiak", "akubiak@alliantenergy.com"),
  to=[("Customer Care", CC), ("Dana Whitcomb", "dwhitcomb@alliantenergy.com"), ("Luis Ortega", "lortega@alliantenergy.com")],
  subject="Notes - opt-out handling workshop 6/12", date="2025-06-12 16:18",
  body="""All,

Notes from this afternoon. Correct me if I got something wrong.

Attendees: Dana, Luis, Ann, Marcus (IT), Renee (PowerHouse)

1. Volume: ~340 opt-out mails/month to customercare, ~120 to powerhousecatalog. About a third are "unsubscribe" mails sent by people's mail programs.
2. We agreed the do-not-share flag in the catalog system and the marketing opt-out in CRM are separate. Someone can keep the catalog and still be DNS.
3. Anything "on behalf of" (spouse, deceased parent) goes to review, not auto.
4. Delete-my-data requests: never automatic, legal reviews.
5. Marcus will check why the weekly file to Badger State dropped 3 records on 6/2.

Action items
- Luis: draft reply templates (English + Spanish) by 6/20
- Renee: confirm with Northstar how fast DNS updates reach renters
- Ann: set up weekly triage meeting

Ann Kubiak
Customer Privacy Program | Alliant Energy
""",
  note="Internal meeting notes sent to the shared mailbox; full of opt-out vocabulary but a colleague's notes, not a request")

A(id="m02", mailbox="powerhousecatalog", cat="auto:ai-notetaker-summary", lang="en", client="ses",
  frm=("NoteLoop", "summaries@noteloop.ai"), to=[(None, PH)],
  subject="Meeting summary: PowerHouse x Lakeside - Summer book kickoff", date="2026-03-04 11:52",
  body="""NoteLoop summary
PowerHouse x Lakeside - Summer book kickoff
Wed, Mar 4, 2026 - 10:00-10:47 AM CST - 5 participants

Overview
The teams agreed on a 48-page Summer 2026 catalog, in homes June 8-12. Lakeside
will reuse the spring mailing panel with an updated privacy line. Paper costs are
up 6%; Lakeside suggested a lighter cover stock.

Action items
- Dale (Lakeside): send page plan and paper options by Mar 9
- Renee (PowerHouse): final product list by Mar 13
- Renee (PowerHouse): confirm wording of the "we share names with other catalogs / write to us" line with Legal

Key moments
12:40  Renee: "Legal wants the opt-out line bigger this time."
31:05  Dale: cover stock options

View full transcript: https://app.noteloop.ai/m/9f1c2a77

NoteLoop took notes because Renee Falk invited it to this meeting.
Don't want summaries? Change your NoteLoop settings.
""",
  note="AI notetaker's meeting summary quoting 'opt-out line' discussions; machine summary of an internal meeting")

# ------------------------------------------------------------------ ticketing
A(id="t01", mailbox="customercare", cat="auto:vendor-helpdesk-update", lang="en", client="vendor",
  frm=("Relaymail Support", "support@relaymail.io"), send_domain="relaymail.io",
  msgid_host="relaymail.zendesk.com",
  to=[("Customer Care", CC)], subject="[Relaymail Support] Re: Unsubscribe link in footer not resolving",
  date="2025-04-17 10:03",
  hdr=[("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "6f21a0c"),
       ("X-Zendesk-Email-Id", "01JRX3K9B7Q2P6VTE4ZMW8HNC1")],
  body="""##- Please type your reply above this line -##

Your request (48213) has been updated. To add additional comments, reply to this email.

Jordan (Relaymail Support)
Apr 17, 2025, 10:03 AM CDT

Hi there,

Thanks for your patience. The footer link was pointing at an old landing page
that was retired during our March migration. We've updated the default footer
block on your account, so new sends will use the correct preference center.

Campaigns that are already scheduled keep the old block; please re-save them
before they go out.

Best,
Jordan

Customer Care
Apr 15, 2025, 2:40 PM CDT

Our footer unsubscribe link goes to a 404 page. Customers are replying to us
instead. Please fix.

This email is a service from Relaymail Support.
[7Q2P6V-ZMW8H]
""",
  note="Vendor help-desk ticket update (Zendesk style) quoting our own earlier complaint about unsubscribe links; ticketing notification")

A(id="t02", mailbox="customercare", cat="auto:jira-notification", lang="en", client="vendor",
  frm=("Marcus Feld (Jira)", "jira@alliantenergy.atlassian.net"), send_domain="alliantenergy.atlassian.net",
  msgid_host="Atlassian.JIRA",
  to=[(None, CC)], subject="[JIRA] (CXM-1187) Weekly opt-out file to mail house missing records",
  date="2025-06-16 14:27",
  hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
       ("X-JIRA-FingerPrint", "b4c9a1e0f2d7c3a8e6b5d4c2a1f0e9d8")],
  body="""Marcus Feld commented on CXM-1187

Weekly opt-out file to mail house missing records

Marcus Feld commented:

Found it. The 6/2 export filter used Last Modified Date = THIS WEEK, so three
opt-outs entered on Sunday fell outside the window. Changed the filter to LAST 7
DAYS and re-sent the delta file to Badger State. Closing after next Monday's run.

Key:       CXM-1187
Type:      Bug
Status:    In Progress
Assignee:  Marcus Feld
Reporter:  Ann Kubiak

View: https://alliantenergy.atlassian.net/browse/CXM-1187

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100283)
""",
  note="Jira comment notification about opt-out records in a file; internal ticketing system mail")

A(id="t03", mailbox="powerhousecatalog", cat="auto:vendor-ticket-resolved", lang="en", client="sendgrid",
  frm=("Lakeside Print Group Support", "help@lakesideprint.freshdesk.com"), send_domain="freshdesk.com",
  to=[(None, PH)], subject="Ticket #7731 has been resolved: Spring catalogs delivered to wrong dock",
  date="2026-03-19 09:40",
  body="""Hello,

Your ticket #7731 "Spring catalogs delivered to wrong dock" has been marked as
Resolved by Lakeside Print Group Support.

Resolution note: The 6 cartons of file copies were re-delivered to Dock 2 at
the Alliant Energy Madison warehouse on 3/18. Signed POD attached to the ticket.

If the issue isn't fixed, reply to this e-mail within 7 days and the ticket
will reopen automatically.

How would you rate our support?
  Awesome: https://lakesideprint.freshdesk.com/s/7731/3
  Just okay: https://lakesideprint.freshdesk.com/s/7731/2
  Not good: https://lakesideprint.freshdesk.com/s/7731/1

Lakeside Print Group Support
""",
  note="Vendor help-desk 'ticket resolved' notice with a rating survey; ticketing system mail")

A(id="t04", mailbox="customercare", cat="auto:servicenow-incident", lang="en", client="vendor",
  frm=("Alliant Energy IT Service Desk", "itservicedesk@alliantenergy.service-now.com"),
  send_domain="alliantenergy.service-now.com", msgid_host="alliantenergy.service-now.com",
  to=[(None, CC)], subject="Incident INC0048812 has been resolved - Shared mailbox rules not firing",
  date="2025-10-22 15:11", hdr=[("X-ServiceNow-Generated", "true")],
  body="""Incident INC0048812 has been resolved.

Short description: Shared mailbox rules not firing (customercare@)
Caller: Dana Whitcomb
Assignment group: Messaging - Exchange Online
Resolved by: Priyanka Nair

Resolution notes:
Inbox rule "Move unsubscribe to Opt-out folder" exceeded the 256 KB rule quota
after the last edit. Removed 11 duplicate conditions; rules are processing again.
Messages received between 10/20 08:00 and 10/22 14:30 were left in the Inbox
and were not moved.

If you feel this incident is not resolved, reply with "reopen" within 5 days.

Ref:MSG4471209
""",
  note="Internal IT ticket notification that talks about 'unsubscribe' rules and invites a 'reopen' reply; system mail")

# ------------------------------------------------------------------ read receipts
A(id="r01", mailbox="customercare", cat="auto:read-receipt-outlook", lang="en", client="o365",
  frm=("Teresa Halvorsen", "thalvorsen@cedarvalleyclinic.org"), to=[("Alliant Energy Customer Care", CC)],
  subject="Read: We received your request [CC-2026-05-02291]", date="2026-05-11 08:47", fmt="mdn",
  thread_topic="We received your request [CC-2026-05-02291]",
  mdn=dict(reader="Teresa Halvorsen", orig_subject="We received your request [CC-2026-05-02291]",
           orig_sent="Monday, May 11, 2026 2:15:04 PM (UTC+00:00) Monrovia, Reykjavik",
           read_at="Monday, May 11, 2026 1:47:12 PM (UTC+00:00) Monrovia, Reykjavik", charset="utf-8", cte="7bit",
           fields="Reporting-UA: MW4PR14MB5198.namprd14.prod.outlook.com; Microsoft Exchange Server\n"
                  "Final-Recipient: rfc822;thalvorsen@cedarvalleyclinic.org\n"
                  "Original-Message-ID: <ack.CC-2026-05-02291.91c4e7a2@alliant-energy.com>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"),
  note="Outlook read receipt (multipart/report) for our acknowledgement; LOOP TRAP, never answer")

A(id="r02", mailbox="powerhousecatalog", cat="auto:read-receipt-thunderbird", lang="en", client="thunderbird",
  frm=("Gerald Stoltenberg", "gstolt@netins.net"), to=[(None, PH)],
  subject="Return Receipt (displayed) - PowerHouse: fall savings inside", date="2025-10-02 19:33", fmt="mdn",
  hdr=[("Auto-Submitted", "auto-replied")],
  mdn=dict(human="This is a Return Receipt for the mail that you sent to gstolt@netins.net.\n\n"
                 "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                 "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
           charset="UTF-8", cte="7bit",
           fields="Reporting-UA: mail.netins.net; Mozilla Thunderbird\n"
                  "Final-Recipient: rfc822;gstolt@netins.net\n"
                  "Original-Message-ID: <20251002070004.fallsave.3c9d01e7a4@mail.alliant-energy.com>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n",
           orig_headers="Message-ID: <20251002070004.fallsave.3c9d01e7a4@mail.alliant-energy.com>\n"
                        "Date: Thu, 2 Oct 2025 07:00:04 -0500\n"
                        "From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>\n"
                        "Subject: PowerHouse: fall savings inside\n"
                        "To: gstolt@netins.net\n"),
  note="Thunderbird return receipt for a catalog e-mail (multipart/report with rfc822-headers); automated")

A(id="r03", mailbox="customercare", cat="auto:read-receipt-es", lang="es", client="o365",
  frm=("Yolanda Cisneros", "ycisneros@ortegabuilders.com"), to=[("Alliant Energy Customer Care", CC)],
  subject="Leído: We received your request [CC-2025-09-01187]", date="2025-09-16 10:02", fmt="mdn",
  accept_lang="es-MX", content_lang="es-MX",
  thread_topic="We received your request [CC-2025-09-01187]",
  mdn=dict(human="Su mensaje\n\n    Para:     Yolanda Cisneros\n    Asunto:   We received your request [CC-2025-09-01187]\n"
                 "    Enviado:  martes, 16 de septiembre de 2025 14:58:31 (UTC+00:00) Monrovia, Reikiavik\n\n"
                 "fue leído el martes, 16 de septiembre de 2025 15:02:09 (UTC+00:00) Monrovia, Reikiavik.\n",
           charset="utf-8", cte="quoted-printable",
           fields="Reporting-UA: BY5PR02MB6950.namprd02.prod.outlook.com; Microsoft Exchange Server\n"
                  "Final-Recipient: rfc822;ycisneros@ortegabuilders.com\n"
                  "Original-Message-ID: <ack.CC-2025-09-01187.0e5b7d3c@alliant-energy.com>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"),
  note="Spanish Outlook read receipt ('Leído:') for our acknowledgement; LOOP TRAP")

# ------------------------------------------------------------------ challenge-response
A(id="x01", mailbox="customercare", cat="auto:challenge-response", lang="en", client="vendor",
  frm=("MailVerify for m.kowalczyk@mchsi.com", "verify@mailverify.net"), send_domain="mailverify.net",
  to=[(None, CC)], subject="Please confirm your message to m.kowalczyk@mchsi.com",
  date="2026-04-03 12:26", hdr=[("Auto-Submitted", "auto-replied"), ("X-MailVerify-Challenge", "cr-4471-98812")],
  in_reply_to="<ack.CC-2026-04-00872.3f8a1c55@alliant-energy.com>",
  body="""Hello,

You recently sent a message to m.kowalczyk@mchsi.com:

  Subject: We received your request [CC-2026-04-00872]
  Sent:    Apr 3, 2026 12:25 PM

m.kowalczyk@mchsi.com uses MailVerify to block junk mail. Your message is being
held until you confirm you are a real person. You only need to do this once.

  Confirm here: https://mailverify.net/c/cr-4471-98812

If you do not confirm within 7 days, your message will be deleted.

MailVerify - the end of spam
""",
  note="Challenge-response system holding our acknowledgement until 'a real person' confirms; LOOP TRAP, automated")

A(id="x02", mailbox="powerhousecatalog", cat="auto:challenge-response", lang="en", client="ses",
  frm=("Dee Hanrahan via Gatekeep", "notify@gatekeepmail.com"), to=[(None, PH)],
  subject="Your message to Dee Hanrahan is awaiting approval", date="2025-12-03 07:14",
  body="""Hi,

Dee Hanrahan hasn't added powerhousecatalog@alliant-energy.com to their Guest
List yet, so your message "Your PowerHouse Holiday Catalog is on its way" has
been placed in their Gatekeep waiting area.

To request approval, click below and add a short note so Dee knows who you are:
https://www.gatekeepmail.com/request?id=gk8812045&s=PH

Gatekeep protects Dee's inbox from unwanted mail. Learn more at gatekeepmail.com.
""",
  note="Challenge-response 'awaiting approval' notice about our holiday catalog e-mail; no Auto-Submitted header, still automated")

# ------------------------------------------------------------------ misdirected internal notes
A(id="i01", mailbox="customercare", cat="auto:internal-misdirected", lang="en", client="o365",
  frm=("Luis Ortega", "lortega@alliantenergy.com"), to=[("Customer Care", CC)],
  subject="March opt-out pull", date="2026-03-31 16:52",
  body="""Marisol - can you pull the March opt-out file (email + postal + DNS) before you leave tomorrow? Badger State wants it by Thursday noon for the summer merge/purge.

Also please double check the 14 "on behalf of" ones from the review queue didn't get included, legal hasn't cleared those.

Thx
Luis
""",
  note="Employee's note meant for a colleague, sent to the shared mailbox by autocomplete; talks about opt-out files, no request to us")

A(id="i02", mailbox="powerhousecatalog", cat="auto:internal-misdirected", lang="en", client="o365",
  frm=("Renee Falk", "rfalk@alliantenergy.com"), to=[(None, PH)],
  subject="p.14 price still wrong", date="2026-05-01 08:09",
  body="""Tom,

Proof round 2, p.14: the heat pump water heater still shows $1,499, should be $1,349 after the May price change. Can you flag it for Dale at Lakeside before they lock pages? Also the mailing panel on p.24 still has the old phone number.

(Sending from the catalog box's address list, sorry if this lands in the shared inbox.)

Renee
""",
  note="Catalog employee's proof correction meant for a coworker, landed in the catalog mailbox; internal, no request")
