"""Vendor and partner system mail, and calendar traffic: machines and business partners, never a request."""
import mime
from ours import CC, PH


def S(**kw):
    d = dict(automated=True)
    d.update(kw)
    return d


PROOF = """Hello PowerHouse Catalog,

A new proof is ready for your approval.

  Job:        PH-HOL26-0412  Holiday Catalog 2026, 48 pp + cover
  Version:    3 (changes from round 2 applied)
  Due back:   Friday, September 18, 5:00 PM CT

Review and approve: https://proofs.lakeshoregraphic.com/j/PH-HOL26-0412

Press time is held for 24 hours after the due date. After that, the job moves to the next open slot.

Lakeshore Graphic Proof Center
This is an automated message. Replies to this address are not read."""

PRINT_SHIP = """<html><body style="font-family:Verdana;font-size:13px">
<h3 style="color:#0b4f8a">Shipment confirmation</h3>
<table cellpadding="4" border="0">
<tr><td>Order</td><td><b>PH-SPR26-0217</b></td></tr>
<tr><td>Description</td><td>Spring Catalog, 212,400 pcs, Standard Mail</td></tr>
<tr><td>Dropped at</td><td>USPS NDC Des Moines, 03/09/2026</td></tr>
<tr><td>Pallets</td><td>41</td></tr>
</table>
<p>Postal statements (PS Form 3602) are attached. Seeds were mailed to the addresses on your seed list.</p>
<p>Lakeshore Graphic &middot; Customer Service &middot; 800-555-0167</p>
</body></html>"""

MAILHOUSE_SUP = """Merge/Purge Job 26-0871 complete -- PowerHouse Summer Catalog

Input records ..................... 231,918
Internal duplicates removed ........ 6,402
PowerHouse do-not-mail file ........ 3,117
DMAchoice suppression .............. 1,884
Deceased / prison suppression ........ 412
Do-not-share flags (exchange out) .. 1,206
Output records .................... 218,897

The opt-out and do-not-share counts above came from the suppression files you uploaded on 05/11.
Detail report attached (CSV). Reply to this message only if the counts look wrong.

Prairie Mailing Services -- Data Processing"""

SUP_CSV = """match_key,source,reason,count
DNM,PowerHouse do-not-mail,customer opt-out,3117
DMA,DMAchoice,industry suppression,1884
DEC,Deceased file,deceased,389
PRS,Prison file,incarcerated,23
DNS,PowerHouse do-not-share,exchange opt-out,1206
"""

NCOA = """Your NCOALink(R) / CASS job has finished.

Job ID: AC-7730219
File: alliant_promo_oct_2026.csv
Records processed: 184,330
Moves updated: 4,912  (COA matches, 48 months)
Undeliverable/vacant: 1,077
DPV confirmed: 97.8%

Download the processed file and the CASS 3553 summary from your dashboard within 14 days.
Questions? support@addresscleanpro.com

AddressClean Pro -- you are receiving this because job notifications are enabled for this account."""

ADDR_KEY = """Hi PowerHouse Catalog admin,

The API key ending in ...9F2C on your AddressClean Pro account expires in 7 days (on 11/19/2026).

Calls made with an expired key will fail, and address verification on your order form will stop.
Rotate it under Settings > API keys.

Thanks,
The AddressClean Pro team"""

BROKER = """Hello,

Please find below the usage statement for the PowerHouse Catalog buyers file, managed by Meridian List Co.

Period: Q2 2026
Orders fulfilled: 7
Names rented: 96,500
Net names after mailer's merge: 71,204
Gross revenue: $9,762.50   Commission: $1,952.50   Net to list owner: $7,810.00

Reminder: per your data card, names flagged do-not-share are excluded from every rental and exchange.
The updated exclusion file was received 06/30.

Meridian List Co. -- List Management
This statement was generated automatically."""

BROKER_UNSUB = """Monthly opt-out file delivered

Hi,

As agreed in section 4.2 of our list management contract, we have posted the June opt-out file
(consumers who told a mailer they no longer want catalogs) to your SFTP folder:

  /outbound/powerhouse/optouts_2026-06.csv   (1,318 rows)

Please load it into your house file before the next selection. Do not reply to this mailbox.

Meridian List Co."""

ESP_REPORT = """Weekly deliverability summary - Alliant Energy Promotions

Sends:          412,880
Delivered:      98.6%
Opens:          31.2%
Unsubscribes:   1,942 (0.47%)
Spam complaints:  88 (0.021%)  -- below the 0.1% threshold
Hard bounces:   2,114

Unsubscribes and complaints have been added to your account-level suppression list automatically.
Manage settings: https://app.sendcraft.com/account/suppressions"""

ESP_SYNC = """Suppression sync failed

We couldn't import the suppression list "PH_do_not_email_2026-07-15.csv" into your Sendcraft
account.

Reason: column "email" not found (row 1). Found: "EMAIL_ADDR", "OPTOUT_DATE".

Until the list is imported, those addresses are not suppressed for campaigns that use it.
Fix the header row and upload again.

— Sendcraft"""

ESP_LIMIT = """Heads up: your account is at 92% of its monthly sending limit.

Plan: Business 500k
Sent this month: 461,337
Resets: December 1, 2026

Upgrade or buy a one-time block to avoid paused campaigns.
Sendcraft Billing"""

CRM = """Your export is ready

Export: Contacts where "Do Not Contact" = true OR "Email Opt Out" = true
Requested by: j.paulsen@alliant-energy.com
Rows: 28,441
Format: CSV (zipped)

The file will be available for 48 hours:
https://alliant.my.fieldforce-crm.com/exports/0x7f3a99

This is a system notification from FieldForce CRM. Please do not reply."""

CRM_FLOW = """Workflow alert: "Web form opt-outs -> Suppression" failed 3 times

Org: Alliant Energy (Production)
Flow: Web form opt-outs -> Suppression
Last error: FIELD_CUSTOM_VALIDATION_EXCEPTION: Postal Code is required
Records waiting: 17

Open the flow: https://alliant.my.fieldforce-crm.com/flows/WF-0042

You receive this because you are listed as a flow contact."""

COOP = """Dear PowerHouse Catalog contributor,

Quarterly file contribution for the Heartland Catalog Cooperative is due October 15.

Please upload:
 - transactions since your last contribution (buyer name, address, order date, dollars, category)
 - your current do-not-share file, so flagged customers are kept out of co-op models and prospect lists

Contributors who miss two quarters lose access to co-op prospect names.

Member Services, Heartland Catalog Cooperative
(This mailbox is not monitored.)"""

COOP_RECEIPT = """File received

Member: PowerHouse Catalog (#HC-2291)
File: ph_q3_2026_contrib.txt
Records: 58,730   Do-not-share flags: 2,944
Status: accepted, loaded into the November model build

Heartland Catalog Cooperative -- automated receipt"""

MAILDROP = """Hi Alliant team,

Just confirming the Community Solar postcard dropped today -- 86,200 pieces, First-Class presort,
Cedar Rapids BMEU. Your opt-out suppression was applied (2,311 records removed) and the seeds
should land by Thursday.

Invoice to follow from accounting.

Thanks!
Dana Pruitt
Project Manager | Prairie Mailing Services
319-555-0190"""

INVITE1 = """Hi Jen,

Setting up our quarterly reconciliation of the do-not-mail and do-not-share suppression files
against the last three drops. Agenda in the invite.

Dana"""

SPECS = [
    S(id="print-proof", mailbox="powerhousecatalog", client="vendor", frm=("Lakeshore Proof Center", "proofs@lakeshoregraphic.com"),
      date="2026-09-15 06:02", subject="Proof ready for approval: PH-HOL26-0412 (v3)", body=PROOF, fmt="plain",
      mailer="ProofHQ Notifier", cat="auto:vendor-print-proof", note="Print shop's proof-portal notification for the catalog; system mail"),
    S(id="print-ship", mailbox="powerhousecatalog", client="vendor", frm=("Lakeshore Graphic", "cs@lakeshoregraphic.com"),
      date="2026-03-09 17:44", subject="Shipped: PH-SPR26-0217", body="", html=PRINT_SHIP, fmt="html",
      attach=[dict(ctype="application/pdf", name="PS3602_PH-SPR26-0217.pdf",
                   data=mime.pdf("PS Form 3602-R\nPermit 4411\nPieces 212,400\nPostage $44,093.12"))],
      cat="auto:vendor-print-ship", note="Printer's HTML shipment/drop confirmation with postal statement PDF"),
    S(id="mh-purge", mailbox="powerhousecatalog", client="vendor", frm=("Prairie Mailing DP", "dataproc@prairiemailing.com"),
      date="2026-05-13 22:10", subject="Job 26-0871 merge/purge results", body=MAILHOUSE_SUP, fmt="plain",
      attach=[dict(ctype="text/csv", name="26-0871_suppression_detail.csv", data=SUP_CSV)],
      cat="auto:mailhouse-suppression", note="Mail house merge/purge report counting opt-outs and do-not-share flags; partner system mail"),
    S(id="mh-drop", mailbox="customercare", client="o365", frm=("Dana Pruitt", "dpruitt@prairiemailing.com"),
      date="2026-06-23 15:31", subject="Community Solar postcard -- dropped", body=MAILDROP,
      cat="auto:mailhouse-person", note="Mail house project manager's drop confirmation mentioning 'opt-out suppression'; a partner's business mail"),
    S(id="mh-invite", mailbox="customercare", client="o365", frm=("Dana Pruitt", "dpruitt@prairiemailing.com"),
      date="2026-08-27 09:00", subject="Suppression file reconciliation - Q3", body=INVITE1, fmt="cal",
      to=[("Jennifer Paulsen", "j.paulsen@alliant-energy.com"), (None, CC)],
      ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + "7D3B2A19C0E1DC01",
               summary="Suppression file reconciliation - Q3", start="2026-09-02 10:00", end="2026-09-02 10:45",
               organizer=("Dana Pruitt", "dpruitt@prairiemailing.com"),
               attendees=[("Jennifer Paulsen", "j.paulsen@alliant-energy.com", "NEEDS-ACTION"),
                          ("Customer Care", CC, "NEEDS-ACTION")],
               location="Microsoft Teams Meeting",
               description="Agenda: 1) DNM counts per drop 2) do-not-share exchange flags 3) late opt-outs"),
      cat="auto:calendar-request-outlook", note="Outlook meeting request (text/calendar REQUEST) from the mail house; the mailbox is an invitee"),
    S(id="ncoa-done", mailbox="customercare", client="sendgrid", frm=("AddressClean Pro", "jobs@addresscleanpro.com"),
      date="2026-10-21 04:17", subject="Job AC-7730219 finished: NCOA/CASS", body=NCOA,
      cat="auto:address-hygiene-job", note="Address-hygiene service's job-complete notice (NCOA/CASS)"),
    S(id="addr-key", mailbox="powerhousecatalog", client="sendgrid", frm=("AddressClean Pro", "no-reply@addresscleanpro.com"),
      date="2026-11-12 10:00", subject="Your API key expires in 7 days", body=ADDR_KEY,
      cat="auto:address-hygiene-key", note="Address-hygiene API key expiry notice"),
    S(id="broker-stmt", mailbox="powerhousecatalog", client="vendor", frm=("Meridian List Management", "statements@meridianlist.com"),
      date="2026-07-08 05:30", subject="Q2 2026 usage statement - PowerHouse Catalog Buyers", body=BROKER, fmt="plain",
      cat="auto:listbroker-statement", note="List broker's rental statement that recalls the do-not-share exclusion; partner system mail"),
    S(id="broker-optout", mailbox="powerhousecatalog", client="vendor", frm=("Meridian List Co.", "noreply@meridianlist.com"),
      date="2026-07-02 06:45", subject="June opt-out file delivered", body=BROKER_UNSUB, fmt="plain",
      cat="auto:listbroker-optout-file", note="Broker's monthly opt-out file notice; the opt-outs are other people's, delivered by contract"),
    S(id="esp-weekly", mailbox="customercare", client="ses", frm=("Sendcraft Reports", "reports@sendcraft.com"),
      date="2026-09-28 07:00", subject="Weekly summary: 1,942 unsubscribes, complaints OK", body=ESP_REPORT,
      cat="auto:esp-report", note="E-mail service provider's weekly report; 'unsubscribes' and 'suppression' in a statistics table"),
    S(id="esp-sync", mailbox="powerhousecatalog", client="ses", frm=("Sendcraft", "alerts@sendcraft.com"),
      date="2026-07-15 11:26", subject="Action needed: suppression list import failed", body=ESP_SYNC,
      cat="auto:esp-suppression-error", note="ESP error about a do-not-email suppression import; system mail"),
    S(id="esp-limit", mailbox="customercare", client="ses", frm=("Sendcraft Billing", "billing@sendcraft.com"),
      date="2026-11-24 09:13", subject="You've used 92% of your monthly sends", body=ESP_LIMIT, fmt="plain",
      cat="auto:esp-limit", note="ESP plan-limit warning"),
    S(id="crm-export", mailbox="customercare", client="vendor", frm=("FieldForce CRM", "noreply@fieldforce-crm.com"),
      date="2026-10-02 14:08", subject="Export ready: Do Not Contact list", body=CRM,
      cat="auto:crm-export", note="CRM export notice for a 'Do Not Contact / Email Opt Out' report requested by staff"),
    S(id="crm-flow", mailbox="customercare", client="vendor", frm=("FieldForce CRM", "noreply@fieldforce-crm.com"),
      date="2026-10-19 03:33", subject="Flow failed: Web form opt-outs -> Suppression", body=CRM_FLOW, fmt="plain",
      cat="auto:crm-flow-error", note="CRM workflow failure alert about opt-out records; system notification"),
    S(id="coop-due", mailbox="powerhousecatalog", client="mailchimp", frm=("Heartland Catalog Cooperative", "members@heartlandcoop.org"),
      date="2026-10-01 08:00", subject="Q3 contribution due Oct 15 (and your do-not-share file)", body=COOP,
      cat="auto:datacoop-reminder", note="Data cooperative's bulk reminder asking for the do-not-share file; partner mail"),
    S(id="coop-receipt", mailbox="powerhousecatalog", client="vendor", frm=("HCC File Desk", "filedesk@heartlandcoop.org"),
      date="2026-10-14 23:51", subject="Received: ph_q3_2026_contrib.txt", body=COOP_RECEIPT, fmt="plain",
      cat="auto:datacoop-receipt", note="Cooperative's automated file receipt counting do-not-share flags"),
]
