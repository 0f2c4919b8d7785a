"""Specs of the machine mail (and the two messages where a person stands behind a machine)."""
from mailkit import D

MACHINES = []


def M(builder, dt, box, note, idx, program, human=None, **kw):
    """human: None for automated mail; otherwise a dict(labels, unclear, entities, ack) for a person behind a machine."""
    kw.update(kind="machine", builder=builder, dt=D(dt), box=box, note=note, idx=idx, program=program, human=human)
    MACHINES.append(kw)


AUTO = "automated"

# ------------------------------------------------------------------------------------ auto-replies

M("oof_exchange", "2026-01-20 06:31:12", "ph", "Exchange out-of-office with Auto-Submitted answering the catalog e-mail",
  ("oof-county-office-winter", "machine: auto-reply", "winter", "en"), "Exchange Online (OOF)",
  who=("Tammy Oberbroeckling", "toberbroeckling@clintoncountyia-aud.org"), answers="winter", to_name="PowerHouse Catalog",
  body="""I am out of the office Tuesday, January 20 through Friday, January 23 attending the ISAC winter school. I will have limited access to e-mail.

For property tax questions please call the Auditor's office at 563-555-0120. For elections, please e-mail elections@clintoncountyia-aud.org.

Tammy Oberbroeckling
Deputy Auditor""")

M("oof_headerless", "2026-01-22 07:01:40", "cc", "'no longer with the company' auto-reply with no Auto-Submitted or Precedence: still automated",
  ("left-company-headerless", "machine: auto-reply", "smallbiz", "en"), "cPanel autoresponder (GoDaddy)",
  who=("Dave Walsh", "dwalsh@marionautobody.com"), answers="smallbiz",
  subject="Re: Small Business Energy Savings: rebates on LED retrofits",
  body="""Dave Walsh is no longer with Marion Auto Body.

Please direct all correspondence to office@marionautobody.com or call 319-555-0153. This mailbox is not monitored.

Thank you,
Marion Auto Body""")

M("ticket_autoreply", "2026-01-22 07:02:15", "cc", "help-desk ticket auto-reply from an accounts-payable mailbox (Auto-Submitted: auto-replied)",
  ("ap-ticket-autoreply", "machine: auto-reply", "smallbiz", "en"), "help-desk system",
  who=("Cedar Valley Co-op AP", "invoices@cedarvalleycoop.com"), answers="smallbiz")

M("oof_exchange", "2026-02-02 13:16:31", "cc", "out-of-office answering our acknowledgement (loop trap: never answer it)",
  ("oof-under-ack", "machine: auto-reply", "ack", "en"), "Exchange Online (OOF)",
  who=("Eric Thorsen", "ethorsen@riverlandbank.com"), orig_subject="We received your request [CC-2026-02-00008]",
  orig_msgid="<ack.CC-2026-02-00008@alliant-energy.com>", to_name="Alliant Energy Customer Care",
  body="""Thank you for your message. I am traveling February 2-4 with limited access to e-mail. For urgent loan matters please contact Riverland Bank's lending team at 563-555-0109.

Eric Thorsen
Commercial Lender""")

M("oof_headerless", "2026-02-05 07:17:44", "cc", "tax-season auto-reply without Auto-Submitted under the Time-of-Use promotion: automated",
  ("tax-office-headerless-oof", "machine: auto-reply", "tou", "en"), "cPanel autoresponder (GoDaddy)",
  who=("Schaefer Tax & Accounting", "info@schaefertaxia.com"), answers="tou",
  subject="Re: Shift your use and save: join the Time-of-Use pilot",
  body="""Thank you for your e-mail!

It's tax season and we are receiving a high volume of messages. We will respond within 2 business days. To drop off documents, our office at 212 Main St is open Monday-Saturday 8-6 through April 15.

Please do NOT e-mail Social Security numbers or bank information. Use our secure portal instead.

Schaefer Tax & Accounting
563-555-0144""")

M("oof_exchange", "2026-02-16 09:55:02", "cc", "bilingual Spanish/English out-of-office answering a staff reply (Auto-Submitted)",
  ("oof-bilingue", "machine: auto-reply", "staff-reply", "es"), "Exchange Online (OOF)",
  who=("Yesenia Campos", "ycampos@construccionesreyes.com"), orig_subject="RE: Copia de facturas - cuenta del taller",
  orig_msgid="<staff.20260216095400.yc@alliant-energy.com>", prefix="Respuesta automática: ", lang="es-MX",
  to_name="Alliant Energy Customer Care",
  body="""Estoy fuera de la oficina hasta el lunes 23 de febrero. Para asuntos urgentes llame al 563-555-0177.

I am out of the office until Monday, February 23. For urgent matters please call 563-555-0177.

Yesenia Campos
Construcciones Reyes LLC""")

# ------------------------------------------------------------------------------------ bounces and receipts

M("ndr_exo", "2026-01-22 07:03:05", "cc", "Exchange Online NDR, 554 5.2.2 mailbox full, for the small-business promotion",
  ("ndr-mailbox-full-smallbiz", "machine: bounce", "smallbiz", "en"), "Exchange Online NDR",
  rcpt="jkoehler@hanovermfg.com", answers="smallbiz")

M("ndr_exo", "2026-02-10 06:46:40", "ph", "Exchange Online NDR, mailbox full, for the catalog's business e-mail",
  ("ndr-mailbox-full-phbiz", "machine: bounce", "phbiz", "en"), "Exchange Online NDR",
  rcpt="facilities@lincolnwaycare.org", answers="phbiz")

M("bounce_postfix", "2026-02-05 07:16:02", "cc", "our outbound relay's bounce: Exchange Online refused an unknown recipient (550 5.1.10)",
  ("postfix-bounce-recipient-not-found", "machine: bounce", "tou", "en"), "Postfix bounce (our relay)",
  rcpt="mhansen@cedarfallsglass.com", answers="tou", status="5.1.10",
  rhost="cedarfallsglass-com.mail.protection.outlook.com", rip="52.101.41.12",
  reply="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mhansen@cedarfallsglass.com\n    not found by SMTP address lookup")

M("bounce_postfix", "2026-02-17 06:31:20", "ph", "our outbound relay's bounce: Google refused a disabled Workspace account",
  ("postfix-bounce-google-disabled", "machine: bounce", "spring", "en"), "Postfix bounce (our relay)",
  rcpt="front.office@dbqyouthhockey.org", answers="spring", status="5.2.1",
  rhost="aspmx.l.google.com", rip="142.250.115.27",
  reply="550-5.2.1 The email account that you tried to reach is disabled. For more\n    information, go to 550 5.2.1 https://support.google.com/mail/?p=DisabledUser\n    d75a77b69052e-4b1c2f0a3e1si118273cf.412 - gsmtp")

M("mdn_read", "2026-01-29 08:30:44", "cc", "Outlook read receipt for a staff reply that asked for one",
  ("read-receipt-staff-reply", "machine: receipt", "staff-reply", "en"), "Exchange Online MDN",
  who=("Priya Raman", "praman@mercyvalleyhealth.org"), orig_subject="RE: Why am I getting marketing at my work email?",
  orig_msgid="<staff.20260128101200.pr@alliant-energy.com>", orig_sent=D("2026-01-28 10:12:00"))

M("dsn_delivered", "2026-02-04 13:39:10", "cc", "Exchange delivery receipt (success DSN) for a staff reply",
  ("delivery-receipt-staff-reply", "machine: receipt", "staff-reply", "en"), "Exchange Online DSN",
  rcpt="lokafor@brightlinecu.org", rcpt_name="Leah Okafor", orig_subject="RE: Vendor due diligence - Alliant Energy privacy practices",
  orig_msgid="<staff.20260204133800.lo@alliant-energy.com>", orig_sent=D("2026-02-04 13:38:00"))

# ------------------------------------------------------------------------------------ gateway notices

M("mimecast_hold", "2026-01-22 16:24:09", "cc", "recipient's Mimecast held our acknowledgement for review (data-protection policy); words like 'request' are the gateway's",
  ("mimecast-hold-ack", "machine: quarantine/DLP", "ack", "en"), "Mimecast notification",
  rcpt="praman@mercyvalleyhealth.org", orig_subject="We received your request [CC-2026-01-00431]", orig_sent=D("2026-01-22 16:23:30"))

M("pp_blocked", "2026-02-16 13:45:22", "cc", "recipient's Proofpoint Essentials blocked a staff reply with password-protected PDFs",
  ("proofpoint-blocked-staff-reply", "machine: quarantine/DLP", "staff-reply", "en"), "Proofpoint Essentials notification",
  rcpt="tgrimes@fenwickosei.com", orig_subject="RE: Accounts in our name / statements", orig_sent=D("2026-02-16 13:44:00"))

M("secure_message", "2026-02-10 08:05:37", "cc", "Proofpoint Encryption notice: a customer's bank encrypted his message; the words are only behind the portal, so nobody can tell what he wants: unclear (a person wrote it, so not automated)",
  ("secure-message-wrapper", "unclear", "-", "en"), "Proofpoint Encryption",
  human=dict(labels=[], unclear=True, entities={}, ack="from"),
  who=("Nathan Oyelaran", "noyelaran@firstprairiebank.com"))

# ------------------------------------------------------------------------------------ recall

M("recall", "2026-01-27 15:19:02", "cc", "Outlook recall of the misdirected internal note; a client-generated control message",
  ("recall-misdirected-note", "machine: recall", "-", "en"), "Outlook (Exchange Online) recall",
  who=("Kevin Brandt", "kbrandt@hawkeyeplumbing.com"), orig_subject="Alliant invoice - need PO#")

# ------------------------------------------------------------------------------------ collaboration notifications

M("teams", "2026-01-22 08:20:15", "cc", "Teams guest-access notification from a vendor's tenant",
  ("teams-guest-added", "machine: notification", "-", "en"), "Microsoft Teams",
  subject="Dana Whitfield added you to the team Alliant PowerHouse - Print Ops", ntype="TeamMembershipAdded", button="Open Microsoft Teams",
  body="""Dana Whitfield (Keystone Mail Services) added you to the team Alliant PowerHouse - Print Ops.

You now have guest access to conversations, files and apps in this team. Channels: General, Spring Drop 2026, Merge-Purge & Suppression.""")

M("teams", "2026-02-10 15:05:48", "cc", "Teams missed-messages digest; quotes a vendor's chat about suppression files - still a notification",
  ("teams-missed-messages", "machine: notification", "-", "en"), "Microsoft Teams",
  subject="You have 3 new messages in Alliant PowerHouse - Print Ops", ntype="MissedActivity", button="Reply in Teams",
  body="""Dana Whitfield in Merge-Purge & Suppression:
"Spring DNS/do-not-share flags are in. Can someone on your side confirm the opt-out count before we release to the co-op?"

Marco Villalobos in Spring Drop 2026:
"Proofs for pages 12-15 uploaded."

Dana Whitfield in General:
"Reminder: drop date moved to 3/2."
""")

M("slack", "2026-01-26 16:40:30", "cc", "Slack Connect notification e-mail (vendor workspace)",
  ("slack-notification", "machine: notification", "-", "en"), "Slack",
  subject="[Slack] New message from Dana Whitfield in #alliant-powerhouse-drop", ntype="dm_channel_message",
  body="""Dana Whitfield (Keystone Mail Services) posted in #alliant-powerhouse-drop:

"Hi all - the spring list pull is scheduled for Feb 12. Please send any new do-not-mail / do-not-share records before then so we can flag them."

Reply in Slack: https://keystonemail.slack.com/archives/C07KMS2PH/p1769467230000100

You're receiving this because you're a member of a Slack Connect channel. Manage your notification preferences: https://keystonemail.slack.com/account/notifications""")

M("calendar_invite", "2026-02-02 15:00:18", "ph", "Outlook meeting request (text/calendar) from the mail house: mentions suppression and do-not-share, still not a request",
  ("teams-meeting-invite-mailhouse", "machine: invitation", "-", "en"), "Exchange Online meeting request",
  who=("Dana Whitfield", "dwhitfield@keystonemailservices.com"),
  to="powerhousecatalog@alliant-energy.com; Marco Villalobos <mvillalobos@keystonemailservices.com>", to_cn="powerhousecatalog",
  subject="Spring catalog merge/purge and suppression review", start="20260209T100000", end="20260209T104500",
  body="""Hi all,

30-45 minutes to walk through the spring merge/purge: NCOA results, the do-not-mail and do-not-share suppression files, and the co-op exchange counts.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 245 918 334 217
Passcode: k7Pq2s""")

M("vendor_system", "2026-02-13 11:50:02", "ph", "the mail house's suppression-file report: vendor system mail full of opt-out words",
  ("mailhouse-suppression-report", "machine: notification", "-", "en"), "vendor notification system",
  who=("KMS DataOps", "dataops-noreply@keystonemailservices.com"),
  subject="Suppression file processed: PH_SPRING26_DNS.csv (1,284 matches)",
  body="""Keystone Mail Services - Data Operations

Job:            PH-SPRING26-MERGE
File received:  PH_SPRING26_DNS.csv (do-not-mail / do-not-share flags)
Records in:     1,312
Matched:        1,284
Unmatched:      28 (see PH_SPRING26_DNS_unmatched.csv on the SFTP site)
Status:         COMPLETE - flags applied to spring mail file and co-op exchange extract

No action is required. Questions: dataops@keystonemailservices.com

This is an automated message. Do not reply.""")

# ------------------------------------------------------------------------------------ bulk and outreach

M("bulk", "2026-01-28 14:00:05", "cc", "vendor newsletter (HubSpot, Precedence: bulk, List-Unsubscribe)",
  ("vendor-newsletter-cx", "machine: newsletter", "-", "en"), "HubSpot",
  who=("Ferncrest Analytics", "newsletter@ferncrestanalytics.com"), esp="hubspot", campaign="cxtoday",
  subject="CX Today for Utilities | January: storm comms, AI triage, privacy inboxes",
  text="""CX Today for Utilities - January 2026

1. Storm season: what customers actually read in outage texts
2. AI triage for shared inboxes: where it helps and where it hurts
3. Privacy request mailboxes: five metrics your team should track

Read the issue: https://www.ferncrestanalytics.com/cx-today/2026-01

You received this e-mail because you subscribed to CX Today for Utilities.
Ferncrest Analytics, 100 N Broadway, Suite 900, St. Louis, MO 63102
Unsubscribe: https://hs.ferncrestanalytics.com/unsubscribe""")

M("bulk", "2026-02-12 15:40:00", "cc", "chamber of commerce weekly (Constant Contact), HTML and text",
  ("chamber-weekly", "machine: newsletter", "-", "en"), "Constant Contact",
  who=("Cedar Rapids Metro Business Alliance", "news@crmetroalliance.org"), esp="constantcontact", campaign="weekly",
  subject="This Week: Legislative breakfast, energy cost forum, new members",
  text="""THIS WEEK AT THE ALLIANCE

Legislative Breakfast - Friday, Feb 20, 7:30 AM, DoubleTree Convention Complex
Energy Cost Forum for Small Business - Tuesday, Feb 24, noon (lunch provided)
Welcome, new members: Sunrise Dental Lab, Hawkeye Plumbing & Heating, Stillwater Consulting

Update your e-mail preferences or unsubscribe: https://visitor.constantcontact.com/do?p=un&m=001xyz
Cedar Rapids Metro Business Alliance | 501 1st St SE | Cedar Rapids, IA 52401""")

M("bulk", "2026-02-17 10:20:00", "ph", "list co-op newsletter, HTML only, selling list rental and 'suppression' services",
  ("coop-list-newsletter-html", "machine: newsletter", "-", "en"), "bulk mailer",
  who=("Meridian Catalog Cooperative", "insider@meridiancoop-data.com"), esp="own", campaign="insider", html_only=True,
  subject="Co-op Insider: spring exchange window + suppression-as-a-service",
  list_id="Meridian Co-op Insider <insider.meridiancoop-data.com>",
  html="""<html><head><meta charset="utf-8"><title>Co-op Insider</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:20px;background:#1d3557;color:#ffffff;font-size:24px">Co-op Insider &middot; February</td></tr>
<tr><td style="padding:20px">
<h2>Spring exchange window opens March 1</h2>
<p>Members who contribute their spring buyer files by March 1 get 2:1 name credits in the home-improvement and energy-efficiency segments.</p>
<h2>New: suppression-as-a-service</h2>
<p>Upload your do-not-mail and opt-out lists once; we apply them across every exchange and rental you place through the co-op.</p>
<p><a href="https://www.meridiancoop-data.com/insider/feb" style="background:#e63946;color:#fff;padding:10px 18px;text-decoration:none">Read more</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">You receive the Insider as a member contact. <a href="https://www.meridiancoop-data.com/prefs">Manage preferences</a> | <a href="https://www.meridiancoop-data.com/unsubscribe">Unsubscribe</a><br>Meridian Catalog Cooperative, 8000 Norman Center Dr, Bloomington, MN 55437</td></tr>
</table></body></html>
""")

M("bulk", "2026-02-06 14:20:00", "cc", "webinar invitation from an events firm (Marketo)",
  ("webinar-invite", "machine: invitation", "-", "en"), "Marketo",
  who=("UtilityCX Forum", "events@utilitycxforum.com"), esp="marketo", campaign="webinar0226",
  subject="Webinar Feb 26: Privacy requests at scale - what utilities learned in 2025",
  text="""You're invited

Privacy requests at scale: what utilities learned in 2025
Thursday, February 26, 2026 | 1:00-2:00 PM CT | Live online

Panelists from three Midwest utilities share how they route opt-outs, data-access requests and "do not sell" requests from their customer mailboxes, and what they automate.

Register: https://www.utilitycxforum.com/webinars/privacy-at-scale

Can't attend? Register anyway and we'll send the recording.

UtilityCX Forum, 233 S Wacker Dr, Chicago, IL 60606
Unsubscribe: https://www.utilitycxforum.com/unsubscribe""")

M("sales", "2026-01-23 10:15:40", "cc", "cold B2B outreach; 'reply not interested and I'll stop' is the seller's line, not a customer's request",
  ("cold-sales-ai-triage", "machine: sales", "-", "en"), "Outreach via Google Workspace",
  who=("Jordan Pike", "jordan@inboxpilot-ai.com"), subject="Quick question about Alliant's customer care inbox",
  text="""Hi there,

Utilities like yours get thousands of e-mails a month in shared inboxes like customercare@. InboxPilot reads them, tags opt-outs and billing questions, and drafts replies for your team to approve.

Two Midwest co-ops cut their handling time by 41% in the first quarter.

Worth a 15-minute call next week?

Jordan Pike
Account Executive, InboxPilot
(312) 555-0147

If this isn't a priority, just reply "not interested" and I'll stop reaching out.""")

M("sales", "2026-02-11 12:30:12", "cc", "third touch of the same cold sequence ('bump'), quoting its own first mail",
  ("cold-sales-bump", "machine: sales", "-", "en"), "Outreach via Google Workspace",
  who=("Jordan Pike", "jordan@inboxpilot-ai.com"), subject="Re: Quick question about Alliant's customer care inbox",
  in_reply_to="<CAJpike0123456789abcdefInboxPilotSeq1@mail.gmail.com>",
  text="""Hi - bumping this to the top of your inbox. Would it make sense to talk, or is there someone else who owns the customer care mailbox?

Jordan

On Fri, Jan 23, 2026 at 10:15 AM Jordan Pike <jordan@inboxpilot-ai.com> wrote:
> Hi there,
>
> Utilities like yours get thousands of e-mails a month in shared inboxes like customercare@. InboxPilot reads them, tags opt-outs and billing questions, and drafts replies for your team to approve.
>
> If this isn't a priority, just reply "not interested" and I'll stop reaching out.""")

M("sales", "2026-01-30 15:30:33", "cc", "cold outreach from a data-hygiene vendor selling do-not-mail suppression; opt-out words, no request",
  ("cold-sales-suppression-vendor", "machine: sales", "-", "en"), "Apollo via Google Workspace",
  who=("Rachel Ng", "rachel.ng@cleanlist-data.com"), subject="Do-not-mail suppression for the PowerHouse Catalog?",
  xmailer="Apollo.io", pixel_host="track.apollo.io",
  text="""Hi,

I noticed the PowerHouse Catalog participates in list exchanges. When customers opt out or ask you not to share their name, how quickly does that reach every list you rent or exchange?

CleanList keeps one suppression file for you and pushes it to your mail house, co-ops and brokers within 24 hours - so "do not share" actually means do not share.

Open to a quick look?

Rachel Ng
Enterprise Sales, CleanList Data
(612) 555-0163

Not the right person? Reply "unsubscribe" and I won't follow up.""")

# ------------------------------------------------------------------------------------ phishing

M("phish", "2026-01-21 10:30:55", "cc", "phishing dressed as a Microsoft 365 password-expiry notice",
  ("phish-m365-password", "machine: phishing", "-", "en"), "phishing kit",
  who=("Microsoft 365 Admin", "no-reply@m365-account-security.com"), env="bounce@srv-mail24.hostwinds-vps.net",
  subject="Action Required: Password for customercare@alliant-energy.com expires today",
  html="""<html><body style="font-family:Segoe UI,Arial">
<table width="520" style="border:1px solid #ddd"><tr><td style="padding:16px;background:#0078d4;color:#fff;font-size:18px">Microsoft 365</td></tr>
<tr><td style="padding:16px">
<p>Dear customercare,</p>
<p>The password for your account <b>customercare@alliant-energy.com</b> will expire today, <b>January 21, 2026</b>.</p>
<p>To keep using your current password and avoid losing access to e-mail, Teams and OneDrive, please confirm it now.</p>
<p><a href="https://m365-account-security.com/keep/?u=customercare@alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Keep Current Password</a></p>
<p style="font-size:11px;color:#888">Microsoft respects your privacy. This is a mandatory service communication.</p>
</td></tr></table></body></html>
""")

M("phish", "2026-01-29 13:40:22", "cc", "phishing imitating a quarantine digest with 'release' links",
  ("phish-quarantine-digest", "machine: phishing", "-", "en"), "phishing kit",
  who=("Email Quarantine", "quarantine@alliant-energy.com.mailprotect-digest.net"), env="noreply@mailprotect-digest.net",
  subject="[Quarantine] 4 messages held for customercare@alliant-energy.com",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p><b>Spam Quarantine Summary</b> for customercare@alliant-energy.com</p>
<p>The following 4 messages are being held and will be deleted in 3 days.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>From</th><th>Subject</th><th></th></tr>
<tr><td>accounts@alliant-vendor.com</td><td>Payment remittance #44821</td><td><a href="https://mailprotect-digest.net/r?id=1">Release</a></td></tr>
<tr><td>hr@alliant-energy.com</td><td>2026 benefits acknowledgement</td><td><a href="https://mailprotect-digest.net/r?id=2">Release</a></td></tr>
<tr><td>docusign@docs-sign.net</td><td>Please sign: Service Agreement</td><td><a href="https://mailprotect-digest.net/r?id=3">Release</a></td></tr>
<tr><td>noreply@voicemail-center.com</td><td>New voicemail (0:38)</td><td><a href="https://mailprotect-digest.net/r?id=4">Release</a></td></tr>
</table>
<p><a href="https://mailprotect-digest.net/release-all">Release all messages</a></p>
</body></html>
""")

M("phish", "2026-02-03 12:30:41", "cc", "phishing from a compromised vendor mailbox imitating a SharePoint share",
  ("phish-sharepoint-remittance", "machine: phishing", "-", "en"), "compromised Microsoft 365 mailbox",
  who=("Tri-State Paving via SharePoint", "accounting@tristatepavingllc.com"), env="accounting@tristatepavingllc.com",
  helo="mail-dm6nam12on2119.outbound.protection.outlook.com", ip="40.107.243.119", dkd="tristatepavingllc.com", spf="pass", dmarc="pass",
  subject="Tri-State Paving shared \"Alliant Energy Remittance Advice.pdf\" with you",
  html="""<html><body style="font-family:Segoe UI">
<table width="480"><tr><td><img src="https://tristatepaving-share.web.app/spo.png" width="32"></td></tr>
<tr><td style="font-size:20px">Tri-State Paving shared a file with you</td></tr>
<tr><td style="padding:12px 0"><b>Alliant Energy Remittance Advice.pdf</b><br>"Please review the attached remittance for January invoices."</td></tr>
<tr><td><a href="https://tristatepaving-share.web.app/view?doc=remit" style="background:#0078d4;color:#fff;padding:8px 16px">Open</a></td></tr>
<tr><td style="font-size:11px;color:#666;padding-top:16px">Microsoft respects your privacy. To learn more, please read our Privacy Statement.</td></tr></table>
</body></html>
""")

M("phish", "2026-02-05 11:15:30", "cc", "phishing: 'mailbox 99% full' with an Outlook look",
  ("phish-mailbox-full", "machine: phishing", "-", "en"), "phishing kit",
  who=("Outlook Web Access", "admin@owa-storage-alert.net"), env="admin@owa-storage-alert.net",
  subject="Mailbox storage 99% full - messages will be rejected",
  html="""<html><body style="font-family:Calibri,Arial">
<p>customercare@alliant-energy.com</p>
<p>Your mailbox has exceeded its storage limit (49.6 GB / 50 GB). Incoming messages are being held and will be returned to senders.</p>
<div style="width:300px;border:1px solid #999"><div style="width:297px;background:#c00;height:12px"></div></div>
<p><a href="https://owa-storage-alert.net/upgrade?m=customercare@alliant-energy.com">Increase storage now</a> (free for business accounts)</p>
<p style="font-size:11px">Microsoft Exchange Online &copy; 2026</p>
</body></html>
""")

M("phish", "2026-02-09 15:50:18", "cc", "Spanish phishing (iso-8859-1, base64) imitating a Microsoft 365 deactivation notice",
  ("phish-es-buzon-desactivado", "machine: phishing", "-", "es"), "phishing kit",
  who=("Soporte Microsoft 365", "soporte@micros0ft-365-avisos.com"), env="soporte@micros0ft-365-avisos.com",
  subject="Aviso: su buzón de Microsoft 365 será desactivado", charset="iso-8859-1", hcharset="iso-8859-1", cte="base64",
  html="""<html><body style="font-family:Arial">
<p>Estimado usuario <b>customercare@alliant-energy.com</b>:</p>
<p>Su buzón de correo será <b>desactivado en 24 horas</b> por no haber verificado su información de seguridad.</p>
<p>Para evitar la suspensión, haga clic en el siguiente enlace y confirme su contraseña:</p>
<p><a href="https://micros0ft-365-avisos.com/verificar">Verificar mi cuenta ahora</a></p>
<p>Atentamente,<br>Equipo de Seguridad de Microsoft 365</p>
</body></html>
""")

M("phish", "2026-02-18 11:40:05", "cc", "phishing: fake Teams voicemail notification",
  ("phish-teams-voicemail", "machine: phishing", "-", "en"), "phishing kit",
  who=("Microsoft Teams", "voicemail@teams-voicemessage.net"), env="mailer@teams-voicemessage.net",
  subject="You have a new voice message from +1 (608) 555-0111 (0:42)",
  html="""<html><body style="font-family:Segoe UI">
<table width="480" style="border:1px solid #e1e1e1"><tr><td style="background:#464775;color:#fff;padding:12px">Microsoft Teams</td></tr>
<tr><td style="padding:16px"><p>You received a voice message</p><p><b>From:</b> +1 (608) 555-0111<br><b>Length:</b> 0:42<br><b>Received:</b> Wednesday, February 18, 2026 11:38 AM</p>
<p><a href="https://teams-voicemessage.net/play?id=8832&u=customercare@alliant-energy.com" style="background:#5b5fc7;color:#fff;padding:8px 16px">&#9654; Play message</a></p></td></tr></table>
</body></html>
""")

# ------------------------------------------------------------------------------------ software acting for a person

M("cleaner_unsub", "2026-02-10 09:30:48", "ph", "an inbox-cleaning service mailed the catalog e-mail's List-Unsubscribe address from the user's own mailbox with Auto-Submitted: a person's opt-out, not acknowledged (RFC 3834)",
  ("inbox-cleaner-unsubscribe-phbiz", "software unsubscribe", "phbiz", "en"), "Sweepr via Google Workspace",
  human=dict(labels=["marketing_opt_out"], unclear=False, entities={}, ack=None),
  who=("Rob Lindemann", "rob@lindemannfarmsupply.com"))
