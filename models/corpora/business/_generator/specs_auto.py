"""Not-a-request mail: vendors, platforms, calendars, cold sales, lists, auto-replies (55)."""
from spec import A
from templates import card_html, simple_pdf, simple_docx, simple_zip
from ourmail import OUR

PH = "powerhousecatalog@alliant-energy.com"
CC = "customercare@alliant-energy.com"

VTZ = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def ics_outlook(method, org_cn, org, attendee, uid, summary, start, end, stamp, desc, location, seq=0, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", VTZ,
             "BEGIN:VEVENT", f"ORGANIZER;CN={org_cn}:mailto:{org}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee}:",
             f" mailto:{attendee}",
             f"DESCRIPTION;LANGUAGE=en-US:{desc}",
             f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
             f"DTSTART;TZID=Central Standard Time:{start}", f"DTEND;TZID=Central Standard Time:{end}",
             "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}",
             f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{location}",
             "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


MDMS_FOOT = ("Midwest Direct Mail Services | 2900 Kirkwood Pkwy, Dubuque, IA 52001 | 563-555-0166\n"
             "This message and its attachments are confidential and intended for the named client only.")

SUPPRESS_CSV = """job,step,records_in,records_dropped,records_out
26-0512,input (PH Summer 2026 house + rental merge),184220,0,184220
26-0512,DMAchoice / pander,184220,1903,182317
26-0512,client do-not-mail (PH_DNM_20260508.csv),182317,2441,179876
26-0512,client do-not-share flag (rental/exchange output only),179876,0,179876
26-0512,deceased suppression,179876,412,179464
26-0512,NCOALink 48-mo moves (no forwarding),179464,1188,178276
26-0512,prison / institutional,178276,37,178239
26-0512,final mail file,178239,0,178239
"""

SPECS = [
# ------------------------------------------------------------------ mail house / list / data vendors
A(key="a01-mdms-suppression", mailbox="ph", cat="auto:mailhouse-suppression-report", client="exchange",
  corp="MDMS", date="2026-05-12 16:48:09 -0500",
  frm=("MDMS Data Processing", "dataprocessing@midwestdirectmail.com"),
  subject="Suppression Processing Report - Job 26-0512 PowerHouse Summer 2026",
  attach=[{"name": "26-0512_suppression_summary.csv", "ctype": "text/csv", "data": SUPPRESS_CSV}],
  text=f"""
PowerHouse Catalog team,

Suppression processing for Job 26-0512 (PowerHouse Summer 2026 catalog) is complete. Summary below; the full step report is attached.

Input records: 184,220
DMAchoice / pander: 1,903
Client do-not-mail file (PH_DNM_20260508.csv): 2,441
Client do-not-share flags: 3,118 records flagged; applied to rental/exchange output only, no change to house mail quantity
Deceased: 412
NCOALink moves without forwarding: 1,188
Final mail quantity: 178,239

The do-not-share flagged records were removed from the exchange file sent to the list manager on 05/12. Opt-out and do-not-share suppression was applied per the client files received 05/08. Please send any late additions by 05/15 noon for inclusion before the merge is locked.

MDMS Data Processing
{MDMS_FOOT}
""",
  note="mail house's suppression-file processing report: vendor system mail full of 'do-not-share'/'opt-out' words -> automated"),

A(key="a02-badger-mergepurge", mailbox="ph", cat="auto:lettershop-job-notice", client="bulk", svc="ses",
  date="2026-07-16 06:30:12 -0500",
  frm=("Badger State Lettershop JobTracker", "jobtracker@badgerlettershop.com"),
  subject="Merge/Purge output ready - PowerHouse Fall 2026 Catalog (Job 26-0731)",
  mid="<0100019823a7c1d4-6b2e0f71-3c84-4a9d-b1e2-7f6a5c4d3e21-000000@email.amazonses.com>",
  post=["Feedback-ID: 1.us-east-2.Zx9kQm3fV0bR8yTn2wLp5cUa4e6GhJ1sDq7oXiKv0=:AmazonSES",
        "X-SES-Outgoing: 2026.07.16-3.33.142.25"],
  text="""
JobTracker notification

Job: 26-0731  PowerHouse Fall 2026 Catalog
Step: Merge/Purge - COMPLETE
Output files: 3 (house, rental, multibuyer)
Net mail quantity: 181,904
Duplicates removed: 22,617
Suppressions applied: client do-not-mail, client do-not-share (rental only), DMAchoice, deceased

Files are available on the secure portal for 14 days:
https://portal.badgerlettershop.com/jobs/26-0731

This is an automated message from JobTracker. Replies to this address are not monitored.
Badger State Lettershop, 1400 Progress Way, Sun Prairie, WI 53590
""",
  html=None, brand="Badger State Lettershop", color="#7a1f1f",
  note="lettershop job-tracking system notice; mentions suppressions and do-not-share -> automated"),

A(key="a03-crestline-order", mailbox="ph", cat="auto:list-broker-order-confirmation", client="bulk", svc="salesforce",
  date="2026-06-15 11:04:37 -0500",
  frm=("Crestline List Management - Orders", "orders@crestlinelists.com"),
  env_from="bounce-orders_crestlinelists=00d5f000000abcd@bnc3.mta.salesforce.com",
  subject="List Rental Order Confirmation - PO# CLM-26-04417 - PowerHouse Catalog 12-Month Buyers",
  mid="<Yq8nG000000000000000000000000000000000000000000000SWHK3D00x7QpL2VbRcW1hZ0kNfd3Tg@sfdc.net>",
  order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  reply_to=("Crestline List Management - Orders", "orders@crestlinelists.com"),
  post=["X-SFDC-LK: 00D5f000000aBcD", "X-SFDC-User: 0055f00000FqRsT", "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp", "X-SFDC-TLS-NoRelay: 1",
        "X-SFDC-Binding: 1WrIRBV94myi25uB", "X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal"],
  text="""
LIST RENTAL ORDER CONFIRMATION

List owner: PowerHouse Catalog (an Alliant Energy company)
Mailer: Countryside Home & Hearth
PO#: CLM-26-04417
List: PowerHouse Catalog Buyers, 0-12 months
Quantity ordered: 25,000
Selects: state (IA, WI, MN), $50+ buyers
Base price: $110/M  Select: $10/M  Shipping: $50 flat
Mail date: 07/20/2026
Ship to: Badger State Lettershop via SFTP

Terms: One-time use only. Names may not be copied, stored, transferred or used for any other purpose. Records flagged "do not share" by the list owner are excluded from this and every rental output. Seeded names are present.

Please reply within 3 business days if the list owner does not approve this mailer or offer.

Crestline List Management | Order Processing
""",
  html=None, brand="Crestline List Management", color="#34495e",
  note="list broker's rental order confirmation (Salesforce-sent) with a 'do not share' terms clause -> automated"),

A(key="a04-crestline-agreement", mailbox="ph", cat="auto:list-manager-contract-clause", client="m365",
  date="2026-01-20 14:22:18 -0600",
  frm=("Nora Lindgren", "nlindgren@crestlinelists.com"),
  subject="2026 List Management Agreement - redline for your review",
  attach=[{"name": "PowerHouse_ListMgmt_2026_redline.docx",
           "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "data": "DOCX:agreement"}],
  text="""
Hi all,

Attached is our redline of the 2026 List Management Agreement. Main changes from 2025:

- Section 4.2: minimum list price moves from $105/M to $110/M.
- Section 7.3 (Confidentiality; Do Not Share): we accepted your language. It now reads: "Manager shall not share, rent or exchange any record that Owner has flagged as do-not-share, and shall apply Owner's most recent do-not-share and opt-out files to every output within five (5) business days of receipt."
- Section 9: term renews automatically for one year unless either party gives 60 days' notice.

If legal is fine with these, I'll send the execution copy through DocuSign.

Thanks,
Nora

Nora Lindgren
Senior Account Manager | Crestline List Management
7710 France Ave S, Suite 400, Minneapolis, MN 55435
612-555-0148
""",
  note="list manager's contract mail quoting a 'do not share' clause: vendor business mail -> automated, nothing extracted"),

A(key="a05-ncoa-complete", mailbox="ph", cat="auto:ncoa-processing-notice", client="bulk", svc="trueaddress",
  date="2026-04-30 02:17:44 -0500",
  frm=("TrueAddress Data Services", "noreply@trueaddressdata.com"),
  subject="NCOALink processing complete - Job #884213",
  mid="<job884213.complete.20260430071744@mailer.trueaddressdata.com>",
  post=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
  text="""
Your NCOALink(R) job has finished processing.

Job #: 884213
Account: PowerHouse Catalog / Alliant Energy
File: PH_house_2026Q2.txt
Records submitted: 212,406
COA matches (48-month): 9,872
  Individual moves: 6,044
  Family moves: 3,211
  Business moves: 617
Moves without forwarding address: 1,409

Your output file and PAF summary are ready for download for 7 days:
https://secure.trueaddressdata.com/jobs/884213

NCOALink is a non-exclusive licensee of the United States Postal Service. This is an automated message; please do not reply.
""",
  html=None, brand="TrueAddress", color="#0b6e4f",
  note="NCOA processing notice from a data vendor: automated"),

A(key="a06-cass-3553", mailbox="ph", cat="auto:cass-summary", client="bulk", svc="trueaddress",
  date="2026-05-01 02:20:09 -0500",
  frm=("TrueAddress Data Services", "noreply@trueaddressdata.com"),
  subject="CASS Summary Report (PS Form 3553) - PowerHouse_Summer26",
  mid="<job884377.cass3553.20260501072009@mailer.trueaddressdata.com>",
  post=["Auto-Submitted: auto-generated", "Precedence: bulk"],
  attach=[{"name": "PS3553_PowerHouse_Summer26.pdf", "ctype": "application/pdf", "data": "PDF:cass"}],
  text="""
Attached is the CASS Summary Report (PS Form 3553) for your job PowerHouse_Summer26.

Total addresses coded: 184,220
ZIP+4 coded: 183,577
Carrier route coded: 183,901
DPV confirmed: 182,944
Certification valid through: 10/31/2026

Keep this form with your mailing documentation. This is an automated message; please do not reply.
""",
  html=None, brand="TrueAddress", color="#0b6e4f",
  note="CASS certification notice with PDF: automated"),

# ------------------------------------------------------------------ CRM / ESP platforms
A(key="a07-sfdc-export", mailbox="cc", cat="auto:crm-export-notice", client="bulk", svc="salesforce",
  date="2026-03-01 04:02:51 -0600",
  frm=("Salesforce", "noreply@salesforce.com"),
  env_from="bounce-dataexport=00d4x000001aeusa@bnc2.mta.salesforce.com",
  subject="Your Organization data export has been processed",
  mid="<Q1wKa000000000000000000000000000000000000000000000SR7L0M00ckd9XzT2RqyvE0NwaL3jUw@sfdc.net>",
  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["X-SFDC-LK: 00D4x000001AeUs", "X-SFDC-User: 0054x000007kPqM", "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp", "X-SFDC-TLS-NoRelay: 1",
        "X-SFDC-Binding: 1WrIRBV94myi25uB", "X-SFDC-EmailCategory: dataExport"],
  text="""
Your Organization data export has been processed. The files are ready for download.

Organization: Alliant Energy - Customer Care
Export type: Weekly Export
Included objects: Case, Contact, Contact Point Consent, Individual, Email Message
Files: 4 (3.1 GB total)

Download the files from Setup > Data Export. Files are deleted after 48 hours.

Thank you,
salesforce.com
""",
  html=None, brand="salesforce", color="#0176d3",
  note="CRM weekly data-export notice (consent objects named) -> automated"),

A(key="a08-mailchimp-export", mailbox="ph", cat="auto:esp-export-notice", client="bulk", svc="mandrill",
  date="2026-04-07 10:31:26 -0500",
  frm=("Mailchimp", "no-reply@mailchimp.com"),
  env_from="bounce-md_30522145.660c2dfe.v1-8a3c17e90e4d4b2f91aa05c7e3d2b6f0@mandrillapp.com",
  subject="Your export of \"PowerHouse Catalog Subscribers\" is ready",
  mid="<8a3c17e90e4d4b2f91aa05c7e3d2b6f0.20260407153126@mandrillapp.com>",
  post=["X-Mandrill-User: md_30522145", "X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com",
        "X-Report-Abuse: You can also report abuse here: https://mandrillapp.com/contact/abuse?id=30522145.8a3c17e90e4d4b2f91aa05c7e3d2b6f0",
        "Feedback-ID: 30522145:30522145.20260407:md"],
  text="""
Hi PowerHouse Catalog,

Your audience export is ready.

Audience: PowerHouse Catalog Subscribers
Contacts: subscribed 48,210 / unsubscribed 6,977 / cleaned 1,402
Format: CSV (zip)

Download export: https://us21.admin.mailchimp.com/lists/exports/?id=5518841

The download link will expire in 30 days.

--
Mailchimp, 405 N Angier Ave. NE, Atlanta, GA 30308 USA
""",
  html=None, brand="Mailchimp", color="#241c15",
  note="ESP audience export notice listing unsubscribed counts -> automated"),

A(key="a09-hubspot-export", mailbox="cc", cat="auto:crm-export-notice", client="bulk", svc="hubspot",
  date="2026-04-02 15:47:03 -0500",
  frm=("HubSpot", "noreply@notifications.hubspot.com"),
  env_from="1axbtuqcsrmhm2h0u8hqqk5fqu3kqqzgbqmp4q-customercare=alliant-energy.com@bf13x.hubspotemail.net",
  subject="Your export \"Unsubscribed contacts - Q1 2026\" is ready",
  mid="<1775162823451.6b1d3e2a-7c9f-4e58-a0b4-2f6d8c1e9a77@bf13x.hubspotemail.net>",
  post=["X-HS-Cid: 1axbtuqcsrmhm2h0u8hqqk5fqu3kqqzgbqmp4q", "X-Report-Abuse-To: abuse@hubspot.com",
        "X-HubSpot-Notification-Type: EXPORT_COMPLETE"],
  text="""
Your export is ready

The file "Unsubscribed contacts - Q1 2026" (2,318 records, CSV) has finished exporting.

Download: https://app.hubspot.com/exports/2390114/download/9911823

The link expires in 30 days. You received this email because you requested an export from HubSpot.

HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141
""",
  html=None, brand="HubSpot", color="#ff7a59",
  note="CRM export-ready notice about unsubscribed contacts -> automated"),

# ------------------------------------------------------------------ printer
A(key="a10-lakeshore-proof", mailbox="ph", cat="auto:printer-proof-ready", client="bulk", svc="proofportal",
  date="2026-07-08 15:10:44 -0500",
  frm=("Lakeshore Web Printing - InSite", "insite@lakeshoreweb.com"),
  subject="PROOF READY: PowerHouse Fall 2026 Catalog - pp. 1-48 (Job #44817)",
  mid="<insite.44817.proof.3.20260708201044@lakeshoreweb.com>",
  post=["X-Mailer: Kodak InSite Prepress Portal 9.5", "Auto-Submitted: auto-generated"],
  text="""
A new proof is ready for your approval.

Job: 44817  PowerHouse Fall 2026 Catalog
Pages: 1-48 (cover + signatures 1-3)
Proof round: 3
Due back: 07/10/2026 5:00 PM CT

Review and approve: https://insite.lakeshoreweb.com/job/44817

Please note: changes after round 3 may affect the 07/20 press date.

Lakeshore Web Printing | 2200 Lakeshore Dr, Sheboygan, WI 53081
""",
  html=None, brand="Lakeshore Web Printing", color="#1d3557",
  note="printer's proof-ready portal notice for the catalog -> automated"),

A(key="a11-lakeshore-presscheck", mailbox="ph", cat="auto:printer-rep-mail", client="gws",
  date="2026-07-13 09:02:30 -0500",
  frm=("Dave Kowalski", "dkowalski@lakeshoreweb.com"),
  subject="Press check Mon 7/20 - PowerHouse Fall book",
  text="""
Morning!

Press check for the PowerHouse Fall book is on for Monday 7/20. Covers go up around 7:30 AM, first form of the body around 10. If you're driving over, park in the visitor lot on the east side and ask for me at the front desk. Bring the signed color proofs from round 3.

Paper's in the warehouse, no surprises on that end. Ink density targets are the same as Summer.

Dave

Dave Kowalski
Account Manager | Lakeshore Web Printing
920-555-0127
""",
  note="printer account manager's business mail about a press check: vendor mail, not a privacy request -> automated"),

# ------------------------------------------------------------------ invoices
A(key="a12-badger-invoice", mailbox="ph", cat="auto:vendor-invoice-quickbooks", client="bulk", svc="intuit",
  date="2026-05-29 08:15:00 -0500",
  frm=("Badger State Lettershop", "quickbooks@notification.intuit.com"),
  reply_to=("Badger State Lettershop Billing", "billing@badgerlettershop.com"),
  subject="Invoice 2026-0412 from Badger State Lettershop",
  mid="<1145820173.48217.1780060500123.JavaMail.qbo@intuit.com>",
  order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["X-Intuit-Message-Type: INVOICE", "X-Intuit-Realm: 9130354721849610"],
  attach=[{"name": "Invoice_2026-0412_from_Badger_State_Lettershop.pdf", "ctype": "application/pdf", "data": "PDF:invoice"}],
  text="""
Dear PowerHouse Catalog,

Here's your invoice! We appreciate your prompt payment.

Invoice: 2026-0412
Amount due: $14,862.30
Due date: 06/28/2026

Job 26-0512 PowerHouse Summer 2026 - inkjet addressing, tabbing, presort, postage handling

Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-7c8f1e2d9a

Thanks for your business!
Badger State Lettershop
""",
  html=None, brand="Badger State Lettershop", color="#2ca01c",
  note="vendor invoice via QuickBooks with PDF: automated"),

A(key="a13-prairiedata-stripe", mailbox="cc", cat="auto:vendor-invoice-stripe", client="bulk", svc="stripe",
  date="2026-02-02 09:00:14 -0600",
  frm=("Prairie Data Services", "invoice+statements@prairiedataservices.com"),
  env_from="bounces+1f0a@stripe.com",
  subject="Your invoice from Prairie Data Services #4CB2E1A7-0003",
  mid="<0101018c9f3a2b11-5a7d1e3c-8b02-4f6e-9c11-2a3b4c5d6e7f-000000@mail.stripe.com>",
  text="""
Prairie Data Services

Invoice #4CB2E1A7-0003
Amount due: $2,450.00
Due: March 4, 2026

Contact-center QA transcript review, January 2026 (490 interactions @ $5.00)

Pay this invoice: https://invoice.stripe.com/i/acct_1Nq2Pd/live_YWNjdF8xTnEy
Questions? Contact Prairie Data Services at billing@prairiedataservices.com.

Something wrong with the email? View it in your browser.
You're receiving this email because you made a purchase at Prairie Data Services, which partners with Stripe to provide invoicing and payment processing.
""",
  html=None, brand="Prairie Data Services", color="#635bff",
  note="vendor invoice sent through Stripe -> automated"),

# ------------------------------------------------------------------ cold outreach
A(key="a14-seo-cold", mailbox="cc", cat="auto:cold-seo", client="gws",
  date="2026-01-27 10:44:02 -0500",
  frm=("Ryan Mehta", "ryan@rankriseagency.com"),
  subject="Quick question about alliantenergy.com",
  text="""
Hi there,

I was looking at alliantenergy.com and noticed a few things that are probably costing you organic traffic:

- 38 pages with duplicate title tags (mostly the rebate pages)
- Core Web Vitals failing on mobile for the outage map
- "energy audit Iowa" - you're on page 2, behind two contractors

We help utilities and co-ops fix exactly this. I put together a 2-minute Loom walking through the top 5 fixes - want me to send it over?

Best,
Ryan Mehta
Growth Lead, RankRise Agency
""",
  note="cold SEO outreach -> automated"),

A(key="a15-leadlist-cold", mailbox="ph", cat="auto:cold-lead-lists", client="m365",
  date="2026-03-10 11:20:37 -0400",
  frm=("Samantha Oyelaran", "samantha@primeleaddata.com"),
  subject="Catalog buyer + home-improvement intender data for PowerHouse",
  text="""
Hello PowerHouse team,

We supply opt-in postal and email data to catalog marketers across the Midwest. For your Fall prospecting, we can offer:

- 2.3M verified home-improvement intenders (IA, WI, MN, IL)
- Catalog multi-buyers, 0-6 month hotline
- Homeowner + income selects, NCOA'd and CASS-certified monthly

Pricing starts at $45/M with no minimums on a first order. Happy to run free counts against your criteria and send a sample file.

Would a quick call Thursday work?

Samantha Oyelaran
Director of Data Partnerships | PrimeLead Data
""",
  note="cold lead-list sales outreach -> automated"),

A(key="a16-privaguard-cold", mailbox="cc", cat="auto:cold-compliance-software", client="bulk", svc="sendgrid",
  date="2026-02-25 09:12:00 -0500",
  frm=("Marcus at PrivaGuard", "marcus@mail.privaguard.io"),
  reply_to=("Marcus Bell", "marcus@privaguard.io"),
  subject="Is your \"Do Not Sell or Share\" process audit-ready?",
  mid="<f3AqLxV9T7mRkq2b0Z8wNg@geopod-ismtpd-14>",
  post=["X-SG-EID: u001.zP3kQ8mR2nB4vW1yT6xL0aJ9cD5eF7gH2iK4lM6nO8pQ0rS2tU4vW6xY8zA0bC2dE4f",
        "X-SG-ID: u001.SdBcvi+Evd/bQef8eZF1Bl5k0hK2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hI4jK6lM8",
        "List-Unsubscribe: <https://u8871234.ct.sendgrid.net/asm/unsubscribe/?user_id=8871234&data=Xy9>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  text="""
Hi Customer Care team,

State privacy laws now require businesses to honor opt-out and "do not sell or share" requests within strict deadlines, including requests that arrive by plain email.

PrivaGuard gives utilities a single queue for opt-outs, suppression syncing and proof of compliance:

  * Auto-detects opt-out language in inbound email
  * Syncs suppressions to your CRM and mail vendors
  * Generates audit reports for regulators

See a 5-minute demo: https://privaguard.io/demo?utm_source=outbound&utm_campaign=utilities

Marcus Bell
Senior Account Executive, PrivaGuard

PrivaGuard Inc., 100 Pine St, San Francisco, CA 94111. Unsubscribe from these emails.
""",
  html=None, brand="PrivaGuard", color="#3b2f8f", button=("See the demo", "https://privaguard.io/demo"),
  note="cold sales for CCPA opt-out compliance software via SendGrid: automated despite opt-out vocabulary"),

A(key="a17-webdesign-cold", mailbox="ph", cat="auto:cold-web-design", client="gmail",
  date="2026-04-16 13:58:21 -0500",
  frm=("Kayla Brooks", "kaylabrooks.design@gmail.com"),
  subject="powerhousecatalog.com on mobile",
  text="""
Hi,

I'm a freelance web designer in Madison and I came across powerhousecatalog.com while shopping for LED bulbs. The product pages look great on desktop but on my phone the "Add to cart" button sits under the chat widget and the category menu doesn't scroll.

I'd love to put together a quick mockup of a mobile-friendly layout, no charge. Portfolio: kaylabrooks.design

Thanks for reading!
Kayla
""",
  note="freelance web-design pitch from a personal Gmail: cold outreach -> automated"),

A(key="a18-seo-bump", mailbox="cc", cat="auto:cold-seo-followup", client="gws",
  date="2026-02-04 10:51:40 -0500",
  frm=("Ryan Mehta", "ryan@rankriseagency.com"),
  subject="Re: Quick question about alliantenergy.com",
  quote={"kind": "reply", "custom": {
      "display": "Ryan Mehta", "address": "ryan@rankriseagency.com", "date": "2026-01-27 10:44:02 -0500",
      "msgid": "<CAF9xQ2rT0mB7kV1nW4pY8zL3cD6eH0jS5uA2gK9oR@mail.gmail.com>", "to": "customercare@alliant-energy.com",
      "subject": "Quick question about alliantenergy.com",
      "text": ("Hi there,\n\nI was looking at alliantenergy.com and noticed a few things that are probably costing "
               "you organic traffic:\n\n- 38 pages with duplicate title tags (mostly the rebate pages)\n"
               "- Core Web Vitals failing on mobile for the outage map\n\nWe help utilities and co-ops fix exactly this.")}},
  text="""
Hi again - bumping this to the top of your inbox in case it got buried.

Happy to send the Loom over, or if SEO isn't your area, could you point me to whoever owns the website?

Ryan
""",
  note="cold follow-up 'bumping this' quoting the sender's own earlier pitch -> automated"),

A(key="a19-recruiter-dm", mailbox="ph", cat="auto:recruiter", client="gws",
  date="2026-03-13 12:37:09 -0500",
  frm=("Chlo\u00e9 Martin", "chloe.martin@northpeaktalent.com"),
  subject="Senior Direct Marketing Manager - catalog retailer (remote, Midwest)",
  text="""
Hi there,

I'm recruiting for a Senior Direct Marketing Manager at a multichannel catalog retailer in the Upper Midwest (remote with quarterly travel). The role owns circulation planning, list rental/exchange and co-op database relationships, and the merge/purge and suppression process with the lettershop.

Comp is $125-145K + bonus. If you or someone on your team might be interested, I'd love to set up a short confidential call.

Best regards,
Chlo\u00e9 Martin
Principal Recruiter | NorthPeak Talent Partners
""",
  note="recruiter outreach (mentions suppression and list exchange) -> automated; RFC 2047 display name"),

A(key="a20-staffing-cc", mailbox="cc", cat="auto:recruiter-staffing-agency", client="m365",
  date="2026-05-05 08:26:15 -0500",
  frm=("Tamika Greer", "tgreer@heartlandstaffingsolutions.com"),
  subject="Bilingual contact-center reps available for summer storm season",
  text="""
Good morning,

Storm season call volume is around the corner. Heartland Staffing Solutions currently has 14 pre-screened, bilingual (English/Spanish) customer service reps in the Cedar Rapids and Madison areas, utility-experienced, available for temp or temp-to-hire starting June 1.

Rates start at $26.50/hr. I'd be glad to send profiles or set up interviews this week.

Tamika Greer
Business Development Manager
Heartland Staffing Solutions | 319-555-0141
""",
  note="staffing agency sales outreach -> automated"),

A(key="a21-bluestem-pitch", mailbox="ph", cat="auto:partnership-pitch-catalog", client="exchange",
  corp="BHO", date="2026-02-09 14:40:55 -0600",
  frm=("Gretchen Vogel", "gvogel@bluestemhollow.com"),
  subject="List exchange proposal - Bluestem Hollow Outfitters / PowerHouse",
  text="""
Hello PowerHouse Catalog team,

I manage circulation for Bluestem Hollow Outfitters (outdoor and cabin goods, 240K 12-month buyers, strong in WI and MN). We think our customers overlap well with yours on home and energy-efficiency products, and we'd like to propose a one-for-one name exchange for our Fall drops: 20,000 names each, 12-month buyers, $50+.

We'd run through our broker at Crestline, suppress each other's do-not-share flags and existing customers, and we're open to a test cell first. Could we set up a call in the next couple of weeks?

Best,
Gretchen Vogel
Circulation Manager, Bluestem Hollow Outfitters
""",
  note="partnership / list-exchange pitch from another catalog company: business mail, not a privacy request -> automated"),

# ------------------------------------------------------------------ calendar / meetings
A(key="a22-outlook-invite", mailbox="ph", cat="auto:calendar-invite-outlook", client="bulk", transport="m365",
  date="2026-06-22 10:30:12 -0500",
  frm=("Nora Lindgren", "nlindgren@crestlinelists.com"),
  subject="Invitation: Q3 list exchange review",
  mid="<MN2PR13MB40217A3C9E5D1F0B2C7E4A6D8F01B@MN2PR13MB4021.namprd13.prod.outlook.com>",
  order=["From", "To", "Subject", "!Thread-Topic: Q3 list exchange review", "!Thread-Index: AdzkH7yq5V0fK2m3SuW1n8b0cR4TZA==",
         "Date", "Message-ID", "!Accept-Language: en-US", "!Content-Language: en-US", "!X-MS-Has-Attach: ",
         "!X-MS-TNEF-Correlator: ", "__CONTENT__", "MIME-Version"],
  datefmt="utc", bstyle="outlook", method="REQUEST", ics_cte="base64",
  post=["X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAACh7wk6k+HcAQAAAAAAAAAAEAAAAM2z0kF6cq1Ft8O3bNW0m0E=",
        "X-OriginatorOrg: crestlinelists.com"],
  text="""
Hi all - let's review Q3 rental and exchange performance, the Bluestem Hollow test cell, and the updated do-not-share file timing before Fall orders go out.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE0ZTk2YjItQ3JlcwQ3%40thread.v2/0
Meeting ID: 283 551 904 127
Passcode: tY7qP2
________________________________________________________________________________
""",
  html=None, brand="", color="#464775",
  ics=ics_outlook("REQUEST", "Nora Lindgren", "nlindgren@crestlinelists.com", PH,
                  "040000008200E00074C5B7101A82E00800000000A1EF093A93E1DC01000000000000000010000000CDB3D2417A72AD45B7C3B76CD5B49B41",
                  "Q3 list exchange review", "20260714T100000", "20260714T110000", "20260622T153012Z",
                  "Review Q3 rental/exchange performance and do-not-share file timing.", "Microsoft Teams Meeting"),
  note="Outlook meeting invitation with text/calendar part ('do-not-share' in the agenda) -> automated"),

A(key="a23-gcal-invite", mailbox="ph", cat="auto:calendar-invite-google", client="bulk", transport="gws",
  date="2026-07-10 13:05:48 -0500",
  frm=("Trish Baumgartner", "tbaumgartner@mdms-mail.com"),
  sender=("Google Calendar", "calendar-notification@google.com"),
  reply_to=("Trish Baumgartner", "tbaumgartner@mdms-mail.com"),
  subject="Invitation: Suppression file handoff - Fall drop @ Wed Jul 22, 2026 2pm - 2:30pm (CDT) (powerhousecatalog@alliant-energy.com)",
  mid="<calendar-6f1e2d3c-4b5a-4978-8c6d-0e1f2a3b4c5d@google.com>",
  order=["MIME-Version", "Reply-To", "Sender", "Date", "Message-ID", "Subject", "From", "To", "__CONTENT__"],
  bstyle="gcal", ct_fold=False, method="REQUEST", ics_cte="7bit",
  attach=[{"name": "invite.ics", "ctype": "application/ics", "data": "ICS:gcal"}],
  text="""
Suppression file handoff - Fall drop
Wednesday Jul 22, 2026 \u22c5 2pm \u2013 2:30pm
Central Time - Chicago

Join with Google Meet
https://meet.google.com/qvx-hjzr-mno

Walk through the Fall do-not-mail and do-not-share files, file layout v3, and the SFTP drop schedule.

Organizer
Trish Baumgartner
tbaumgartner@mdms-mail.com

Guests
Trish Baumgartner - organizer
powerhousecatalog@alliant-energy.com

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmYxZTJkM2M

Reply for powerhousecatalog@alliant-energy.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

Invitation from Google Calendar https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
""",
  html=None, brand="", color="#1a73e8",
  ics="GCAL",
  note="Google Calendar invitation (text/calendar + invite.ics) about do-not-share files -> automated"),

A(key="a24-teams-staffing", mailbox="cc", cat="auto:teams-meeting-notice", client="bulk", transport="m365",
  date="2026-05-18 09:45:30 -0500",
  frm=("Tamika Greer", "tgreer@heartlandstaffingsolutions.com"),
  subject="Contact center staffing - intro call",
  mid="<SJ0PR02MB71044E9A2C1D7B3F0A6E5C8D2B41F@SJ0PR02MB7104.namprd02.prod.outlook.com>",
  order=["From", "To", "Subject", "!Thread-Topic: Contact center staffing - intro call",
         "!Thread-Index: AdzH2m5rQ1x9bP0tS7y2kLw4eVfC8A==", "Date", "Message-ID", "!Accept-Language: en-US",
         "!Content-Language: en-US", "!X-MS-Has-Attach: ", "__CONTENT__", "MIME-Version"],
  datefmt="utc", bstyle="outlook", method="REQUEST", ics_cte="base64",
  text="""
Following up on my note about storm-season staffing - sending a placeholder for a 20-minute intro. Feel free to forward to whoever handles contact-center vendors.

________________________________________________________________________________
Microsoft Teams Need help? https://aka.ms/JoinTeamsMeeting?omkt=en-US
Join the meeting now https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGI4OTNmYzQtYWQ5%40thread.v2/0
Meeting ID: 246 118 903 552
Passcode: 9Xk2Rb
For organizers: Meeting options
________________________________________________________________________________
""",
  html=None, brand="", color="#464775",
  ics=ics_outlook("REQUEST", "Tamika Greer", "tgreer@heartlandstaffingsolutions.com", CC,
                  "040000008200E00074C5B7101A82E00800000000D0C1A6B27BE6DC01000000000000000010000000A7C3F54E19D0B04E9D2A5F7E11C3A0B2",
                  "Contact center staffing - intro call", "20260527T140000", "20260527T142000", "20260518T144530Z",
                  "Intro call - storm-season contact-center staffing.", "Microsoft Teams Meeting"),
  note="unsolicited Teams meeting invitation from a vendor -> automated"),

A(key="a25-zoom-coop", mailbox="ph", cat="auto:zoom-meeting-notice", client="bulk", svc="zoom",
  date="2026-03-16 08:00:31 -0500",
  frm=("Prism Cooperative Data", "no-reply@zoom.us"),
  reply_to=("Alan Fitch", "afitch@prismcoopdata.com"),
  env_from="bounces+4120519-7f2e-powerhousecatalog=alliant-energy.com@em.zoom.us",
  subject="Invitation: Catalog Co-op Quarterly Member Call @ Thu Mar 26, 2026 1pm - 2pm (CDT)",
  mid="<zoom.2f8c1e90a4b74d3c9e61.meeting.84112390557@zoom.us>",
  attach=[{"name": "zoom_meeting.ics", "ctype": "text/calendar", "data": "ICS:zoom", "params": "; method=REQUEST", "cte": "base64"}],
  text="""
Prism Cooperative Data is inviting you to a scheduled Zoom meeting.

Topic: Catalog Co-op Quarterly Member Call
Time: Mar 26, 2026 01:00 PM Central Time (US and Canada)

Join Zoom Meeting
https://prismcoopdata.zoom.us/j/84112390557?pwd=Uk9tVjN2c0xQ

Meeting ID: 841 1239 0557
Passcode: 620418

Agenda: Q1 transaction-file submissions, new opt-out/do-not-share flag fields in the member file spec, and the 2027 model refresh.
""",
  html=None, brand="zoom", color="#0b5cff",
  note="Zoom meeting invitation from a data co-op (mentions opt-out flag fields) -> automated"),

A(key="a26-outlook-cancel", mailbox="ph", cat="auto:calendar-cancel", client="bulk", transport="m365",
  date="2026-07-06 16:22:05 -0500",
  frm=("Nora Lindgren", "nlindgren@crestlinelists.com"),
  subject="Canceled: Q3 list exchange review",
  mid="<MN2PR13MB4021B6D0E2F4A81C3957E0D1A2B3C@MN2PR13MB4021.namprd13.prod.outlook.com>",
  order=["From", "To", "Subject", "!Thread-Topic: Q3 list exchange review", "!Thread-Index: AdzkH7yq5V0fK2m3SuW1n8b0cR4TZAFG2k8=",
         "Date", "Message-ID", "!Accept-Language: en-US", "!Content-Language: en-US", "!X-MS-Has-Attach: ",
         "__CONTENT__", "MIME-Version"],
  datefmt="utc", bstyle="outlook", method="CANCEL", ics_cte="base64",
  post=["Importance: high", "X-Priority: 1"],
  text="""
Sorry all - moving this to August once the Fall merge is locked. New invite to follow.
""",
  html=None, brand="", color="#464775",
  ics=ics_outlook("CANCEL", "Nora Lindgren", "nlindgren@crestlinelists.com", PH,
                  "040000008200E00074C5B7101A82E00800000000A1EF093A93E1DC01000000000000000010000000CDB3D2417A72AD45B7C3B76CD5B49B41",
                  "Canceled: Q3 list exchange review", "20260714T100000", "20260714T110000", "20260706T212205Z",
                  "Moving to August.", "Microsoft Teams Meeting", seq=1, status="CANCELLED"),
  note="calendar cancellation (METHOD:CANCEL) -> automated"),

# ------------------------------------------------------------------ newsletters / lists
A(key="a27-cds-conference", mailbox="ph", cat="auto:conference-newsletter", client="bulk", svc="constantcontact",
  date="2026-02-16 07:30:00 -0600",
  frm=("Catalog & Direct Summit", "events@catalogdirectsummit.org"),
  env_from="bounce-1137245531021-89@ccsend.com",
  reply_to=("Catalog & Direct Summit", "events@catalogdirectsummit.org"),
  subject="Early-bird ends Friday: Catalog & Direct Summit 2026, Chicago, May 12-14",
  mid="<1137245531021.1102456638871.1782203344.0.451177JL.2002@ccm27.constantcontact.com>",
  order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["X-Mailer: Roving Constant Contact 2012 (http://www.constantcontact.com)",
        "X-Roving-Campaignid: 1137245531021", "X-Roving-Id: 1102456638871.1782203344",
        "X-Feedback-ID: 1137245531021:1102456638871:CTCT",
        "List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=001hQ7v&se=001Zk2&t=001Ar8&llr=xqe9ojuab>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  text="""
CATALOG & DIRECT SUMMIT 2026
May 12-14 | Hyatt Regency Chicago

Early-bird pricing ends Friday, February 20. Save $300 on the full pass.

This year's tracks:
  * Circulation strategy when postage goes up again
  * Co-op databases, list rental and the new state privacy laws
  * Honoring opt-outs and do-not-share requests across vendors
  * Print + digital retargeting that actually pays back

Register: https://catalogdirectsummit.org/register

Catalog & Direct Summit | 222 W Merchandise Mart Plaza, Chicago, IL 60654
You received this email because you attended a past Summit. Unsubscribe | Update profile
""",
  html=None, brand="Catalog & Direct Summit", color="#b03a2e", button=("Register now", "https://catalogdirectsummit.org/register"),
  note="conference newsletter (Constant Contact, List-Unsubscribe) -> automated even with an opt-out session title"),

A(key="a28-mecxf-newsletter", mailbox="cc", cat="auto:conference-newsletter", client="bulk", svc="mailchimp",
  date="2026-04-10 11:00:03 -0500",
  frm=("Midwest Energy CX Forum", "news@midwestenergycx.org"),
  env_from="bounce-mc.us14_48812345.1320441-customercare=alliant-energy.com@mail185.suw21.mcdlv.net",
  reply_to=("Midwest Energy CX Forum", "news@midwestenergycx.org"),
  subject="April digest: call-center AI, storm comms, and our October agenda",
  mid="<0c7a3f1e2b9d48aa9c21@suw21.mcdlv.net>",
  order=["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "MIME-Version", "__CONTENT__"],
  bstyle="mailchimp",
  post=["X-Mailer: Mailchimp Mailer - **CIDc2e1f7a3b0d4a1b2c3d4**", "X-Campaign: mailchimp4e2a91f07.c2e1f7a3b0",
        "X-campaignid: mailchimp4e2a91f07.c2e1f7a3b0",
        "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=4e2a91f07&id=c2e1f7a3b0&e=9d4c2b1a0f",
        "X-MC-User: 4e2a91f07", "Feedback-ID: 48812345:48812345.1320441:us14:mc",
        "List-ID: 4e2a91f07mc list <4e2a91f07.1320441.x.list-id.mcsv.net>",
        "X-Accounttype: pd",
        "List-Unsubscribe: <https://midwestenergycx.us14.list-manage.com/unsubscribe?u=4e2a91f07&id=8f1e2d3c4b&t=b&e=9d4c2b1a0f&c=c2e1f7a3b0>, <mailto:unsubscribe-mc.us14_4e2a91f07.c2e1f7a3b0-9d4c2b1a0f@unsub.mcsv.net?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  text="""
MIDWEST ENERGY CX FORUM - APRIL DIGEST

Call-center AI, one year in
Three member utilities share what worked (and what customers hated) after deploying AI call summaries.

Storm communications that don't backfire
Why "estimated restoration times" are the most-read and most-complained-about text you send.

October agenda preview
Des Moines, October 6-8. Sessions on privacy-inbox automation, opt-out handling, and bill redesign.

--
Copyright (C) 2026 Midwest Energy CX Forum. All rights reserved.
You are receiving this email because you registered for a past Forum event.
Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.
""",
  html=None, brand="Midwest Energy CX Forum", color="#2a6f97",
  note="industry conference newsletter via Mailchimp -> automated"),

# ------------------------------------------------------------------ ticketing
A(key="a29-freshdesk-ack", mailbox="cc", cat="auto:ticket-notification", client="bulk", svc="freshdesk",
  date="2026-04-24 10:18:27 -0500",
  frm=("CallPoint Support", "support@callpoint.freshdesk.com"),
  subject="[#4471] We've received your request: SFTP credentials for recording export",
  mid="<freshdesk.4471.a9c2e71b3f@callpoint.freshdesk.com>",
  post=["X-FD-Email: true", "X-Freshdesk-Ticket-Id: 4471", "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All"],
  text="""
Hello,

We've received your request (ticket #4471, "SFTP credentials for recording export") and our support team will get back to you within one business day.

You can check the status of your ticket at any time:
https://callpoint.freshdesk.com/support/tickets/4471

Regards,
CallPoint Customer Support
""",
  html=None, brand="CallPoint", color="#1e8e3e",
  note="vendor helpdesk ticket auto-acknowledgement -> automated (loop risk if answered)"),

A(key="a30-jira-psd", mailbox="ph", cat="auto:ticket-notification-jira", client="bulk", svc="atlassian",
  date="2026-05-22 15:33:10 -0500",
  frm=("Kevin Osterhaus (Jira)", "jira@mdms.atlassian.net"),
  subject="[JIRA] (PSD-1182) Update list-exchange file layout to carry DNS flag",
  mid="<JIRA.104882.1779482390000.3316.1779482390125@Atlassian.JIRA>",
  post=["Auto-Submitted: auto-generated", "Precedence: bulk",
        "X-JIRA-FingerPrint: 5d8c1a9e07f34b21c6e2f0d9a8b7c6e5", "In-Reply-To: <JIRA.104882.1779000000000@Atlassian.JIRA>"],
  text="""
Kevin Osterhaus updated PSD-1182
--------------------------------

Update list-exchange file layout to carry DNS flag

Change By: Kevin Osterhaus
Status: In Progress -> Waiting for Customer

Comment:
Layout v3 now carries column 41 DNS_FLAG (Y/N). Records with Y are dropped from exchange/rental output but stay in the house mail file. Need PowerHouse to confirm the flag source file name before 5/29.

View issue: https://mdms.atlassian.net/browse/PSD-1182

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100262)
""",
  html=None, brand="Jira", color="#0052cc",
  note="Jira issue update from the mail house ('DNS flag' = do-not-share) -> automated"),

A(key="a31-servicenow-inc", mailbox="cc", cat="auto:ticket-notification-servicenow", client="bulk", svc="servicenow",
  date="2026-06-17 22:41:55 -0500",
  frm=("CallPoint Service Desk", "callpoint@service-now.com"),
  subject="Incident INC0048812 has been resolved - IVR opt-out menu option not recording",
  mid="<Ref:MSG0733201_W7y3Kq9bT2mNf4Xc1LzA@service-now.com>",
  post=["X-ServiceNow-Source: Notification-7f3c1a20db1e4010b6e2f4a5c6d7e8f9",
        "X-ServiceNow-SysEmail-Version: 2", "Auto-Submitted: auto-generated"],
  text="""
Incident INC0048812 has been resolved.

Short description: IVR opt-out menu option not recording
Resolution code: Solved (Permanently)
Resolution notes: Menu option 4 ("stop promotional calls and mail") was writing to the wrong queue after the 6/12 release. Fixed in hotfix 26.6.2; 57 affected calls were re-queued to the customer care preference list on 6/17.

If you feel this incident is not resolved, reply to this email within 5 days to reopen it.

Ref:MSG0733201_W7y3Kq9bT2mNf4Xc1LzA
""",
  html=None, brand="CallPoint Service Desk", color="#293e40",
  note="ServiceNow incident notification from the IVR vendor; the opt-out words describe a bug fix -> automated"),

# ------------------------------------------------------------------ vendor people
A(key="a32-lakeshore-surcharge", mailbox="ph", cat="auto:vendor-business-mail", client="exchange",
  corp="LWP", date="2026-01-30 11:14:26 -0600",
  frm=("Dave Kowalski", "dkowalski@lakeshoreweb.com"),
  subject="2026 paper surcharge schedule",
  attach=[{"name": "Lakeshore_Paper_Surcharge_2026Q2.pdf", "ctype": "application/pdf", "data": "PDF:surcharge"}],
  text="""
Hi team,

Heads up that our mill partners announced another increase on #5 groundwood. Attached is the surcharge schedule that will apply to jobs printing April 1 and later, including the Summer book. Net effect on your current spec is about 3.8%.

Happy to go over options (lighter basis weight, trim size) on our next call.

Dave

Dave Kowalski
Account Manager | Lakeshore Web Printing
920-555-0127
""",
  note="printer's account manager sending a price schedule: vendor business mail -> automated"),

A(key="a33-mdms-dns-file", mailbox="ph", cat="auto:vendor-asks-for-file", client="gws",
  date="2026-07-15 08:48:02 -0500",
  frm=("Trish Baumgartner", "tbaumgartner@mdms-mail.com"),
  subject="Fall drop - do-not-share file by Friday?",
  text="""
Hi PowerHouse team,

Could you send the updated do-not-share and do-not-mail files for the Fall drop by Friday 7/17? Same layout as Summer is fine (layout v3 if you've switched). Crestline needs the rental output on 7/21, so anything after Friday won't make this cycle.

Thanks!
Trish
Client Services Manager | Midwest Direct Mail Services
""",
  note="vendor asking us for our do-not-share file: a person asks something, but it is vendor business mail, not a privacy request -> automated"),

A(key="a55-mdms-received", mailbox="ph", cat="auto:vendor-thanks-received", client="exchange",
  corp="MDMS", date="2026-05-08 14:05:41 -0500",
  frm=("Trish Baumgartner", "tbaumgartner@midwestdirectmail.com"),
  subject="RE: PH Summer 2026 - suppression files",
  quote={"kind": "reply", "custom": {
      "display": "PowerHouse Catalog", "address": PH, "date": "2026-05-08 13:41:09 -0500",
      "msgid": "<20260508134109.dnsfiles.0b7e2c41d9@alliant-energy.com>",
      "subject": "PH Summer 2026 - suppression files",
      "to": "Trish Baumgartner <tbaumgartner@midwestdirectmail.com>",
      "text": ("Hi Trish,\n\nThe do-not-mail and do-not-share files for the Summer drop are on the SFTP now "
               "(PH_DNM_20260508.csv, PH_DNS_20260508.csv).\n\nThanks,\nPowerHouse Catalog")}},
  text="""
Got them, thanks! Both files loaded fine - counts match your note. We'll have the suppression report to you Tuesday.

Trish
""",
  note="vendor's short 'received the files' reply quoting our own mail about do-not-share files -> automated"),

# ------------------------------------------------------------------ platform reports
A(key="a34-sfdc-report", mailbox="cc", cat="auto:crm-scheduled-report", client="bulk", svc="salesforce",
  date="2026-05-04 06:00:22 -0500",
  frm=("Salesforce Reports", "noreply@salesforce.com"),
  env_from="bounce-reports=00d4x000001aeusa@bnc2.mta.salesforce.com",
  subject="Report results (Privacy inbox - opt-out cases by week)",
  mid="<aB3dE000000000000000000000000000000000000000000000SW4C1P00t8R2kq0XhLz7VwNa9mYc1Q@sfdc.net>",
  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["X-SFDC-LK: 00D4x000001AeUs", "X-SFDC-User: 0054x000007kPqM", "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp", "X-SFDC-TLS-NoRelay: 1",
        "X-SFDC-Binding: 1WrIRBV94myi25uB", "X-SFDC-EmailCategory: reportScheduler"],
  text="""
Privacy inbox - opt-out cases by week
Scheduled report, run 5/4/2026 6:00 AM

Week of     Marketing opt-out   Do-not-share   Question   Total
4/6/2026            41               17            22        80
4/13/2026           38               12            19        69
4/20/2026           45               21            24        90
4/27/2026           39               15            18        72

Grand Totals       163               65            83       311

Click here to view the full report: https://alliantenergy.my.salesforce.com/00O4x000006XqTz
""",
  html=None, brand="salesforce", color="#0176d3",
  note="scheduled CRM report counting opt-out cases -> automated"),

A(key="a35-mailchimp-report", mailbox="ph", cat="auto:esp-campaign-report", client="bulk", svc="mandrill",
  date="2026-03-25 09:06:44 -0500",
  frm=("Mailchimp", "no-reply@mailchimp.com"),
  env_from="bounce-md_30522145.6601a3f4.v1-1e0d2c3b4a5f46e7a8b9c0d1e2f3a4b5@mandrillapp.com",
  subject="Your 24-hour report for \"Spring Clearance: 30% off LED fixtures & smart plugs\"",
  mid="<1e0d2c3b4a5f46e7a8b9c0d1e2f3a4b5.20260325140644@mandrillapp.com>",
  post=["X-Mandrill-User: md_30522145", "Feedback-ID: 30522145:30522145.20260325:md"],
  text="""
Here's how your campaign performed in the first 24 hours.

Spring Clearance: 30% off LED fixtures & smart plugs [PH-2603-7K2QX]
Sent to: PowerHouse Catalog Subscribers (48,877 recipients)

Opens: 41.2%
Clicks: 3.9%
Unsubscribed: 212
Spam reports: 9
Bounces: 131

View full report: https://us21.admin.mailchimp.com/reports/summary?id=5519002

Mailchimp, 405 N Angier Ave. NE, Atlanta, GA 30308 USA
""",
  html=None, brand="Mailchimp", color="#241c15",
  note="ESP 24-hour campaign report (unsubscribe counts, our campaign token) -> automated"),

A(key="a36-hubspot-health", mailbox="cc", cat="auto:crm-digest", client="bulk", svc="hubspot",
  date="2026-06-15 07:02:11 -0500",
  frm=("HubSpot", "noreply@notifications.hubspot.com"),
  env_from="1axbtuqcsrmhm2h0u8hqqk5fqu3kqqzgbqmp4r-customercare=alliant-energy.com@bf13x.hubspotemail.net",
  subject="Your weekly email health summary",
  mid="<1781524931210.a1b2c3d4-e5f6-4789-9abc-def012345678@bf13x.hubspotemail.net>",
  post=["X-HS-Cid: 1axbtuqcsrmhm2h0u8hqqk5fqu3kqqzgbqmp4r", "X-Report-Abuse-To: abuse@hubspot.com",
        "X-HubSpot-Notification-Type: EMAIL_HEALTH_DIGEST"],
  text="""
Email health, June 8 - 14

Delivered: 98.7%
Hard bounce rate: 0.21%
Unsubscribe rate: 0.34% (up from 0.29%)
Spam report rate: 0.02%

Top unsubscribe reason: "I no longer want to receive these emails" (61%)

See the full health report: https://app.hubspot.com/email/2390114/health

You're receiving this because you're a Super Admin on the Alliant Energy Customer Care HubSpot account. Manage notification settings.
""",
  html=None, brand="HubSpot", color="#ff7a59",
  note="CRM weekly digest quoting unsubscribe reasons -> automated"),

A(key="a37-synchub", mailbox="cc", cat="auto:esp-suppression-sync", client="bulk", svc="sendgrid",
  date="2026-01-19 01:15:09 -0600",
  frm=("SyncHub", "noreply@synchub.io"),
  subject="Sync completed: Preference Center -> Mailchimp (4,118 suppressions)",
  mid="<Zk3mQ8rB2nT6vW1yX0aJ9c@geopod-ismtpd-7>",
  post=["X-SG-EID: u001.Qm7pR2tV5xZ8bD1fH4jL7nP0rT3vX6zB9dF2hK5mP8sU1wY4aC7eG0iL3oQ6tW9y",
        "Auto-Submitted: auto-generated"],
  text="""
Your scheduled sync finished successfully.

Sync: Customer Care Preference Center -> Mailchimp (PowerHouse Catalog Subscribers)
Run: Jan 19, 2026 1:00 AM CST
Records read: 212,406
Marketing opt-outs pushed as suppressions: 4,118
Do-not-share flags updated: 1,207
Errors: 0

View run log: https://app.synchub.io/runs/7719234

You're receiving this because you're an admin of the Alliant Energy workspace.
""",
  html=None, brand="SyncHub", color="#5b3cc4",
  note="integration platform sync report counting opt-outs and do-not-share flags -> automated"),

A(key="a38-chamber-news", mailbox="cc", cat="auto:chamber-newsletter", client="bulk", svc="constantcontact",
  date="2026-03-20 12:00:00 -0500",
  frm=("Greater Marion Chamber", "info@marionchamberia.org"),
  env_from="bounce-1139988201551-12@ccsend.com",
  reply_to=("Greater Marion Chamber", "info@marionchamberia.org"),
  subject="This Week at the Chamber: ribbon cuttings, Business After Hours, and more",
  mid="<1139988201551.1102456991820.1874503321.0.771902JL.2002@ccm31.constantcontact.com>",
  order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["X-Mailer: Roving Constant Contact 2012 (http://www.constantcontact.com)",
        "X-Roving-Campaignid: 1139988201551", "X-Roving-Id: 1102456991820.1874503321",
        "List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=001aQ2b&se=001Xy9&t=001Bc4&llr=7ty6pqcab>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  text="""
THIS WEEK AT THE CHAMBER

Ribbon cuttings
Tues 3/24 - Giesler Flooring & Design, new showroom, 11:30 AM
Thurs 3/26 - Sweet Pea Pediatric Dental, 4:00 PM

Business After Hours
Wednesday, April 1, 5-7 PM, hosted by Corn Belt Credit Union. Thanks to our energy partner Alliant Energy for sponsoring this month's event.

Member spotlight: Whitfield Cleaners celebrates 25 years.

Greater Marion Chamber | 1225 6th Ave, Marion, IA 52302
Unsubscribe customercare@alliant-energy.com | Update Profile | Constant Contact Data Notice
""",
  html=None, brand="Greater Marion Chamber", color="#00539b",
  note="chamber of commerce newsletter (mentions member businesses who also appear elsewhere in this set) -> automated"),

A(key="a39-on24-webinar", mailbox="cc", cat="auto:webinar-registration", client="bulk", svc="on24",
  date="2026-02-27 13:30:44 -0600",
  frm=("UtilityLaw Briefings", "noreply@on24event.com"),
  subject="You're registered: State privacy laws and the utility customer inbox (Mar 18)",
  mid="<on24.reg.4911872.20260227193044.7c1e@on24event.com>",
  attach=[{"name": "webinar.ics", "ctype": "text/calendar", "data": "ICS:on24", "params": "; method=PUBLISH"}],
  text="""
Thank you for registering.

State privacy laws and the utility customer inbox
Wednesday, March 18, 2026, 12:00 PM CT (60 minutes)

Topics: opt-out and "do not sell or share" obligations, affiliate marketing, handling requests from authorized agents.

Your personal join link: https://event.on24.com/wcc/r/4911872/7C1E2F
Add to calendar: webinar.ics (attached)

This confirmation was sent to customercare@alliant-energy.com.
""",
  html=None, brand="UtilityLaw Briefings", color="#444444",
  note="webinar registration confirmation with .ics -> automated"),

A(key="a40-docusign", mailbox="ph", cat="auto:esignature-request", client="bulk", svc="docusign",
  date="2026-01-26 15:12:08 -0600",
  frm=("Nora Lindgren via DocuSign", "dse_NA3@docusign.net"),
  reply_to=("Nora Lindgren", "nlindgren@crestlinelists.com"),
  env_from="dse_NA3@docusign.net",
  subject="Please DocuSign: PowerHouse_ListMgmt_2026_execution.pdf",
  mid="<7e3b2a1c0d9f4e8a9b1c2d3e4f5a6b7c@docusign.net>",
  post=["X-Api-Host: na3.docusign.net", "X-DocuSign-Envelope-Id: 5B1E7A2C-9F3D-4C8E-A1B2-7D6E5F4A3B2C"],
  text="""
Nora Lindgren sent you a document to review and sign.

REVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=5b1e7a2c-9f3d&acct=2f1e&er=8c7d

Nora Lindgren
nlindgren@crestlinelists.com

Please review and sign the 2026 List Management Agreement (execution copy).

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
  html=None, brand="DocuSign", color="#1e3264",
  note="e-signature request; its boilerplate 'Do Not Share This Email' is not a sharing opt-out -> automated"),

A(key="a41-sharefile", mailbox="ph", cat="auto:file-share-notice", client="bulk", svc="ses",
  date="2026-05-09 09:31:17 -0500",
  frm=("Midwest Direct Mail Services via ShareFile", "mail@sf-notifications.com"),
  reply_to=("Trish Baumgartner", "tbaumgartner@midwestdirectmail.com"),
  subject="Trish Baumgartner has sent you files: PH_Summer26_suppression_QA.zip",
  mid="<010001977a1b2c3d-8e9f0a1b-2c3d-4e5f-6a7b-8c9d0e1f2a3b-000000@email.amazonses.com>",
  post=["Feedback-ID: 1.us-east-1.P9oX2kL7mN4qR8sT1uV5wY0zA3bC6dE9fG2hJ5kM8nQ=:AmazonSES"],
  text="""
Trish Baumgartner has sent you files.

PH_Summer26_suppression_QA.zip (2.4 MB)

Message from Trish Baumgartner:
QA sample of the suppression matches - 500 random do-not-mail and 500 do-not-share hits for your spot check.

Download: https://mdms.sharefile.com/d-s8f2c91e7a4b4

This link expires on 5/23/2026.
Powered by ShareFile
""",
  html=None, brand="ShareFile", color="#3c8dde",
  note="file-sharing notification from the mail house -> automated"),

# ------------------------------------------------------------------ auto-replies, receipts, bounces
A(key="a42-feld-ooo", mailbox="cc", cat="auto:ooo-to-our-ack", client="exchange",
  corp="CBCU", gateway="mimecast", date="2026-04-28 13:20:58 -0500", env_from="",
  frm=("Marcus Feld", "mfeld@cornbeltcu.org"),
  subject="Automatic reply: We received your request [CC-2026-04-03342]",
  topic="We received your request [CC-2026-04-03342]",
  extra_headers=["In-Reply-To: <ack.CC-2026-04-03342.e40b7c52@alliant-energy.com>",
                 "References: <ack.CC-2026-04-03342.e40b7c52@alliant-energy.com>",
                 "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                 "X-MS-Exchange-Inbox-Rules-Loop: mfeld@cornbeltcu.org"],
  text="""
I am out of the office through Monday, May 4, with limited access to e-mail. For urgent branch facilities issues please contact our operations center at 319-555-0116.

Marcus Feld
VP, Facilities & Security
Corn Belt Credit Union
""",
  note="LOOP TRAP: Exchange out-of-office reply to our acknowledgement (Auto-Submitted, null sender) -> automated"),

A(key="a43-no-longer-monitored", mailbox="cc", cat="auto:headerless-no-longer-monitored", client="bulk",
  transport="isp", date="2026-04-14 09:31:40 -0500",
  frm=("Prairie Dental Group", "office@prairiedentalgroup.com"),
  subject="Re: Business Energy Insights \u2013 April 2026",
  order=["Date", "From", "To", "Subject", "MIME-Version", "__CONTENT__"],
  layout="plain", text_cte="8bit", charset="windows-1252", ct_style="bare",
  text="""
Thank you for your email. This mailbox is no longer monitored.

Prairie Dental Group has moved to a new patient communication system. For appointments please call 608-555-0179 or use the patient portal. Invoices and vendor correspondence should be sent to accounts@prairiedentalgroup.com \u2013 we\u2019re sorry for any inconvenience.

This is an automated response.
""",
  note="headerless auto-reply (no Auto-Submitted, no Message-ID) to our newsletter: 'no longer monitored' -> automated"),

A(key="a44-okafor-read", mailbox="cc", cat="auto:read-receipt", client="bulk", transport="exchange",
  corp="LPP", gateway="mimecast", date="2026-03-13 08:02:44 -0500",
  frm=("Rachel Okafor", "rokafor@linnpointproperties.com"),
  subject="Read: We received your request [CC-2026-03-02291]",
  mid="<4c1f2e3d9a8b47c6b5d4e3f2a1b0c9d8@EXCH02.lpp.local>",
  order=["From", "To", "Subject", "!Thread-Topic: We received your request [CC-2026-03-02291]",
         "!Thread-Index: AQHcsl0ZqT4mX2bW0kG1yR7nV3uJ8wAAAAAA", "Date", "Message-ID",
         "!References: <ack.CC-2026-03-02291.91c3aa07@alliant-energy.com>", "!Content-Language: en-US",
         "!X-MS-Has-Attach: ", "!X-MS-TNEF-Correlator: ", "__CONTENT__", "MIME-Version"],
  layout="report", report_type="disposition-notification", bstyle="mdn", text_cte="7bit", charset="us-ascii",
  text="""
Your message

  To: Rachel Okafor
  Subject: We received your request [CC-2026-03-02291]
  Sent: Thursday, March 12, 2026 10:43:09 AM (UTC-06:00) Central Time (US & Canada)

was read on Friday, March 13, 2026 8:02:44 AM (UTC-06:00) Central Time (US & Canada).
""",
  report="MDN",
  note="Outlook read receipt for our acknowledgement -> automated"),

A(key="a45-ndr", mailbox="cc", cat="auto:bounce-exchange-online", client="bulk", transport="m365",
  date="2026-05-19 15:47:36 -0500", env_from="",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cedarviewdental.com"),
  subject="Undeliverable: We received your request [CC-2026-05-04120]",
  mid="<8f2a1c3e-5b7d-4e90-a1c2-3d4e5f6a7b8c@BL1PR17MB6120.namprd17.prod.outlook.com>",
  order=["From", "To", "Date", "!Content-Language: en-US", "Message-ID",
         "!In-Reply-To: <ack.CC-2026-05-04120.27fd9e61@alliant-energy.com>",
         "!References: <ack.CC-2026-05-04120.27fd9e61@alliant-energy.com>",
         "Subject", "__CONTENT__", "MIME-Version", "!X-MS-Exchange-Message-Is-Ndr: ",
         "!Auto-Submitted: auto-replied"],
  datefmt="utc",
  layout="report", report_type="delivery-status", bstyle="mdn", text_cte="quoted-printable",
  text="""
Delivery has failed to these recipients or groups:

jbauer@cedarviewdental.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: BL1PR17MB6120.namprd17.prod.outlook.com

jbauer@cedarviewdental.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: Alliant Energy Customer Care <customercare@alliant-energy.com>
Subject: We received your request [CC-2026-05-04120]
Message-ID: <ack.CC-2026-05-04120.27fd9e61@alliant-energy.com>
Auto-Submitted: auto-replied
""",
  report="DSN",
  note="Exchange Online non-delivery report for one of our acknowledgements (null Return-Path) -> automated"),

# ------------------------------------------------------------------ phishing
A(key="a46-phish-m365", mailbox="cc", cat="auto:phishing-credentials", client="bulk", svc="phish",
  date="2026-03-05 03:12:50 -0500",
  frm=("Microsoft 365 Admin", "no-reply@micros0ft-securemail.com"),
  env_from="admin@mail.rtechsupport-hub.xyz",
  subject="Action Required: password for customercare@alliant-energy.com expires today",
  mid="<20260305081250.4F1A9C2E7B@vps5521.hostwindsdns.com>",
  layout="html", html_cte="base64",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;padding:30px">
<table width="520" align="center" style="background:#ffffff;border:1px solid #ddd;padding:24px"><tr><td>
<img src="https://micros0ft-securemail.com/assets/ms-logo.png" width="108" alt="Microsoft"><br><br>
<p style="font-size:20px">Password expiry notice</p>
<p>The password for <b>customercare@alliant-energy.com</b> expires today. To keep using your current password and avoid interruption of mail delivery, confirm it below.</p>
<p><a href="https://login-micros0ft365.verify-account.click/?u=customercare%40alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Keep current password</a></p>
<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""",
  note="credential phishing (look-alike domain, DMARC fail) -> automated"),

A(key="a47-phish-invoice", mailbox="ph", cat="auto:phishing-invoice", client="bulk", svc="phish",
  date="2026-06-26 05:44:12 -0400",
  frm=("Badger State Lettershop Billing", "billing@badgerletters-hop.com"),
  env_from="billing@badgerletters-hop.com",
  subject="OVERDUE: Invoice #INV-88123 - final notice before collections",
  mid="<b7e1c0f2a9d84e6f@badgerletters-hop.com>",
  attach=[{"name": "INV-88123.htm", "ctype": "text/html", "data": "<html><body><script>window.location='https://docs-view.invoice-portal.top/inv88123'</script>Loading invoice...</body></html>\n"}],
  text="""
Dear Accounts Payable,

Our records show Invoice #INV-88123 ($18,940.00) for the Summer catalog job is now 30 days past due. To avoid referral to collections and suspension of your Fall press date, please review the attached invoice and remit today using the updated bank details inside.

Regards,
Billing Department
Badger State Lettershop
""",
  html=None, brand="Badger State Lettershop", color="#7a1f1f",
  note="invoice phishing impersonating a real vendor (look-alike domain, .htm attachment) -> automated"),

# ------------------------------------------------------------------ more system mail
A(key="a48-usps-iv", mailbox="ph", cat="auto:usps-informed-visibility", client="bulk", svc="usps",
  date="2026-05-15 05:30:00 -0500",
  frm=("USPS Informed Visibility", "USPSInformedVisibility@email.usps.com"),
  subject="Informed Visibility: mailing summary for PowerHouse Summer 2026 (Job 26-0512)",
  layout="html", html_cte="base64",
  mid="<IV.MailSummary.26-0512.20260515103000@email.usps.com>",
  post=["Auto-Submitted: auto-generated"],
  text="""
USPS Informed Visibility(R) - Mail Tracking Summary

Mailer ID: 902114377
Job: 26-0512  PowerHouse Summer 2026
Pieces in job: 178,239
Pieces with first scan: 176,812 (99.2%)
Pieces with delivery-area scan: 171,030 (96.0%)
Average days from induction to delivery-area scan: 2.7

View details in the IV-MTR portal: https://iv.usps.com

This is an automated message. Please do not reply.
""",
  html=None, brand="USPS", color="#333366",
  note="USPS mail-tracking summary -> automated"),

A(key="a49-crestline-datacards", mailbox="ph", cat="auto:list-broker-newsletter", client="bulk", svc="hubspot",
  date="2026-06-04 10:00:07 -0500",
  frm=("Crestline List Management", "newsletter@crestlinelists.com"),
  env_from="1bq9xkz8wn3m4p5q6r7s8t9u0v1w2x3y4z5a6b-powerhousecatalog=alliant-energy.com@bf20x.hubspotemail.net",
  subject="New data cards - June 2026: 11 new lists, 3 hotline updates",
  mid="<1780585207771.0f9e8d7c-6b5a-4321-9fed-cba987654321@bf20x.hubspotemail.net>",
  post=["X-HS-Cid: 1bq9xkz8wn3m4p5q6r7s8t9u0v1w2x3y4z5a6b", "X-Report-Abuse-To: abuse@hubspot.com",
        "List-Unsubscribe: <https://hs-2390776.s.hubspotfree.net/hs/manage-preferences/unsubscribe?d=VnYqL>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  text="""
CRESTLINE DATA CARDS | JUNE 2026

New this month
  * Northwoods Home Catalog - 12-mo buyers, 186K, $115/M
  * Bluestem Hollow Outfitters - 12-mo buyers, 240K, $110/M
  * Prairie Garden Supply - hotline 0-3 mo, 22K, $125/M

Reminder: all Crestline-managed files honor owner do-not-share flags and are run against DMAchoice before release.

View all cards: https://crestlinelists.com/datacards

Crestline List Management, 7710 France Ave S, Suite 400, Minneapolis, MN 55435
You received this because you are a Crestline list-owner client. Manage preferences | Unsubscribe
""",
  html=None, brand="Crestline List Management", color="#34495e",
  note="list broker's marketing newsletter (HubSpot, List-Unsubscribe) -> automated"),

A(key="a50-prism-reminder", mailbox="ph", cat="auto:data-coop-reminder", client="bulk", svc="ses",
  date="2026-07-01 07:00:19 -0500",
  frm=("Prism Cooperative Data", "members@prismcoopdata.com"),
  subject="Reminder: Q2 transaction file due July 15",
  mid="<010001983c4d5e6f-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d-000000@email.amazonses.com>",
  post=["Feedback-ID: 1.us-east-1.Hq4R7tY0uI3oP6aS9dF2gJ5kL8zX1cV4bN7mQ0wE3rT=:AmazonSES",
        "Auto-Submitted: auto-generated"],
  text="""
Member file reminder

PowerHouse Catalog: your Q2 2026 transaction file is due by July 15.

Please use member file spec v12, which adds two required fields:
  * OPTOUT_FLAG - customer has opted out of promotional mail from you
  * DNS_FLAG - customer asked that you not share their name

Records with DNS_FLAG = Y are held out of all co-op model outputs.

Upload: https://members.prismcoopdata.com/upload
Questions: members@prismcoopdata.com
""",
  html=None, brand="Prism Cooperative Data", color="#6c3483",
  note="data co-op deadline reminder describing opt-out/DNS flags -> automated"),

A(key="a51-ups-samples", mailbox="ph", cat="auto:shipping-notification", client="bulk", svc="ups",
  date="2026-07-17 08:12:45 -0400",
  frm=("UPS", "pkginfo@ups.com"),
  subject="UPS Update: Package Scheduled for Delivery Today", layout="html",
  mid="<20260717121245.1Z4A8E270394417720@ups.com>",
  text="""
Your package is scheduled for delivery today.

Shipper: LAKESHORE WEB PRINTING
Tracking Number: 1Z4A8E270394417720
Scheduled Delivery: Friday, 07/17/2026, by end of day
Number of Packages: 2
Reference: JOB 44817 PRESS SAMPLES

Track: https://www.ups.com/track?tracknum=1Z4A8E270394417720

Do not reply to this e-mail. UPS and Lakeshore Web Printing will not receive your reply.
""",
  html=None, brand="UPS", color="#351c15",
  note="carrier delivery notification for printer samples -> automated"),

A(key="a52-freshdesk-survey", mailbox="cc", cat="auto:satisfaction-survey", client="bulk", svc="freshdesk",
  date="2026-04-28 10:30:02 -0500",
  frm=("CallPoint Support", "support@callpoint.freshdesk.com"),
  subject="How would you rate the support you received? [#4471]",
  mid="<freshdesk.survey.4471.c3d1e2f0a9@callpoint.freshdesk.com>",
  post=["X-FD-Email: true", "X-Freshdesk-Ticket-Id: 4471", "Auto-Submitted: auto-generated"],
  text="""
Hello,

Your ticket #4471 "SFTP credentials for recording export" was resolved. We'd love your feedback.

How would you rate the support you received?
Awesome: https://callpoint.freshdesk.com/support/surveys/4471/103
Neutral: https://callpoint.freshdesk.com/support/surveys/4471/102
Not good: https://callpoint.freshdesk.com/support/surveys/4471/101

CallPoint Customer Support
""",
  html=None, brand="CallPoint", color="#1e8e3e",
  note="vendor helpdesk satisfaction survey -> automated"),

A(key="a53-callcenter-cold", mailbox="cc", cat="auto:cold-outsourcing", client="bulk", transport="isp",
  date="2026-06-30 11:41:09 -0500",
  frm=("Derek Haines", "derek@apexcontactsolutions.net"),
  subject="Cut after-hours call costs 40% - Alliant Energy",
  order=["Date", "From", "To", "Subject", "MIME-Version", "!X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "__CONTENT__"],
  layout="plain", charset="iso-8859-1", text_cte="8bit", ct_style="bare",
  text="""
Hi Customer Care Team,

Utilities like yours are handing after-hours and overflow calls to Apex Contact Solutions and saving up to 40% compared with in-house staffing. US-based agents, utility-trained, live in 3 weeks.

Can I send over a one-page cost comparison for Alliant Energy?

Derek Haines
VP Sales, Apex Contact Solutions
To stop receiving emails from Apex, reply with REMOVE in the subject.
\u00a9 2026 Apex Contact Solutions LLC, 8200 Greensboro Dr, McLean VA 22102
""",
  html=None, brand="Apex Contact Solutions", color="#e67e22",
  note="cold outsourcing pitch from a PHP mailer (no Message-ID), 'reply REMOVE' line -> automated"),

A(key="a54-listserv-post", mailbox="ph", cat="auto:mailing-list-post", client="bulk", svc="mailman",
  listhost="lists.catalogops.org",
  date="2026-01-12 10:27:33 -0600",
  frm=("Joanne Pietz", "jpietz@prairiegardensupply.com"),
  env_from="catalog-ops-bounces@lists.catalogops.org",
  sender=("catalog-ops", "catalog-ops-bounces@lists.catalogops.org"),
  to="powerhousecatalog@alliant-energy.com",
  subject="[catalog-ops] Anyone else seeing higher NCOA move rates this cycle?",
  mid="<CAK7wq2mZ0pRb3fT9nHx4Lc1YvEo8sDg2AkJ5uQ@mail.gmail.com>",
  order=["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "__CONTENT__", "Sender"],
  layout="plain", text_cte="7bit", charset="us-ascii",
  post=["X-BeenThere: catalog-ops@lists.catalogops.org", "X-Mailman-Version: 2.1.39", "Precedence: list",
        "List-Id: Catalog operations practitioners <catalog-ops.lists.catalogops.org>",
        "List-Unsubscribe: <https://lists.catalogops.org/mailman/options/catalog-ops>,\n <mailto:catalog-ops-request@lists.catalogops.org?subject=unsubscribe>",
        "List-Archive: <https://lists.catalogops.org/pipermail/catalog-ops/>",
        "List-Post: <mailto:catalog-ops@lists.catalogops.org>",
        "List-Help: <mailto:catalog-ops-request@lists.catalogops.org?subject=help>",
        "List-Subscribe: <https://lists.catalogops.org/mailman/listinfo/catalog-ops>,\n <mailto:catalog-ops-request@lists.catalogops.org?subject=subscribe>",
        "Errors-To: catalog-ops-bounces@lists.catalogops.org"],
  text="""
Our January NCOA run came back with a 5.9% move rate on the 0-24 month file, vs. about 4.5% a year ago. Same vendor, same 48-month product. Is anyone else seeing this, or did we just get a weird batch? Also curious whether people are suppressing moves-without-forwarding or still mailing "or current resident".

Joanne
Prairie Garden Supply

_______________________________________________
catalog-ops mailing list
catalog-ops@lists.catalogops.org
https://lists.catalogops.org/mailman/listinfo/catalog-ops
""",
  note="mailing-list post by a person at another catalog (Mailman, Precedence: list) -> automated"),
]

# a55 is kept up with the other vendor-person mail; this list has 55 entries.


ICS_TEXT = {
"gcal": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260722T140000
DTEND;TZID=America/Chicago:20260722T143000
DTSTAMP:20260710T180548Z
ORGANIZER;CN=Trish Baumgartner:mailto:tbaumgartner@mdms-mail.com
UID:6f1e2d3c4b5a4978@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Trish Baumgartner;X-NUM-GUESTS=0:mailto:tbaumgartner@mdms-mail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerho
 usecatalog@alliant-energy.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hjzr-mno
CREATED:20260710T180547Z
DESCRIPTION:Walk through the Fall do-not-mail and do-not-share files\\, file
  layout v3\\, and the SFTP drop schedule.
LAST-MODIFIED:20260710T180547Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Suppression file handoff - Fall drop
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
"zoom": """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260326T180000Z
DTEND:20260326T190000Z
DTSTAMP:20260316T130031Z
ORGANIZER;CN=Alan Fitch:mailto:afitch@prismcoopdata.com
UID:ZOOM84112390557
TZID:America/Chicago
DESCRIPTION:Prism Cooperative Data is inviting you to a scheduled Zoom mee
 ting.\\n\\nJoin Zoom Meeting\\nhttps://prismcoopdata.zoom.us/j/84112390557
 \\n\\nMeeting ID: 841 1239 0557\\nPasscode: 620418
LOCATION:https://prismcoopdata.zoom.us/j/84112390557
SEQUENCE:0
SUMMARY:Catalog Co-op Quarterly Member Call
TRANSP:OPAQUE
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
"on24": """BEGIN:VCALENDAR
PRODID:-//ON24//Event Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-4911872@on24event.com
DTSTAMP:20260227T193044Z
DTSTART:20260318T170000Z
DTEND:20260318T180000Z
SUMMARY:State privacy laws and the utility customer inbox
LOCATION:https://event.on24.com/wcc/r/4911872/7C1E2F
DESCRIPTION:Webinar - UtilityLaw Briefings
END:VEVENT
END:VCALENDAR
""",
}
