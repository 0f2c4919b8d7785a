"""The season's machine and not-a-request mail: out-of-office replies, bounces, newsletters, vendors, phishing,
a data-removal service's pitch, sales outreach, a calendar invitation, a read receipt, a challenge, a list post,
a county storm alert. Every company and sentence is invented for this set."""
from spec import M
from ours import OURS

CC, PH = "customercare", "powerhousecatalog"


def A(id, cat, box, date, frm, body, note, **kw):
    return M(id, cat, box, "machine", date, frm, body, "", note, auto=True, **kw)


def bounce_headers(key, rcpt, when):
    n, a, t, s, _, mid = OURS[key]
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nMessage-ID: %s\nDate: %s\nList-Unsubscribe: <mailto:%s?subject=unsubscribe>"
            % (n, a, rcpt, s, mid, when, "customercare@alliant-energy.com" if key.startswith("promo")
               else "powerhousecatalog@alliant-energy.com"))


OOO_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
            '<p>{}</p></body></html>')

SPECS = [
    # ---- out-of-office and "no longer monitored" ----
    A("a-ooo-county", "auto-reply", CC, "2026-04-07 09:31", ("Colleen Marsh", "cmarsh@linncountyiowa.gov"),
      "I am out of the office April 6-10 with limited access to e-mail. For anything urgent please call the "
      "Auditor's front desk.\n\nColleen Marsh\nDeputy Auditor", "Out-of-office reply (Auto-Submitted) to the heat-pump promotion",
      reply="promo_hp", subject="Automatic reply: Spring into comfort: up to $1,600 back on a heat pump", fmt="alt",
      html=OOO_HTML.format("I am out of the office April 6-10 with limited access to e-mail. For anything urgent please "
                           "call the Auditor's front desk.<br><br>Colleen Marsh<br>Deputy Auditor"),
      hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "cmarsh@linncountyiowa.gov")],
      hop=("mail-dm6nam12on2113.outbound.protection.outlook.com", "40.107.243.113"),
      msgid="<DM6PR09MB47211C0A8E35F21B9D6C4A7E90A12@DM6PR09MB4721.namprd09.prod.outlook.com>"),
    A("a-ooo-gmail", "auto-reply", PH, "2026-05-01 06:46", ("Nora Whitcomb-Lee", "nwlee@gmail.com"),
      "Hi! I'm traveling May 1-12 with spotty internet and will catch up on e-mail when I'm home.\n\nNora",
      "Gmail vacation responder (Auto-Submitted) to the garden sale", reply="garden_sale", subject="Away until May 12",
      hdr=[("Auto-Submitted", "auto-replied")], hop=("mail-qk1-f198.google.com", "209.85.222.198"), dkim="gmail.com",
      msgid="<CAJ4v9WnT0m2xQbq3RrLk8dXo1fH7cZ-sPeY6uN5a0gB=tM4wXk@mail.gmail.com>"),
    A("a-ooo-teacher", "auto-reply", CC, "2026-04-07 09:33", ("Daniel Ostrowski", "dostrowski@waukeeschools.org"),
      "I'm out for spring break and will be back Monday, April 13. If this is about your student, please contact "
      "the main office.\n\nMr. Ostrowski\n7th Grade Science", "Headerless out-of-office (no Auto-Submitted) to the promotion",
      reply="promo_hp", subject="Out of Office: Spring into comfort: up to $1,600 back on a heat pump",
      hop=("mail-yw1-f177.google.com", "209.85.128.177"), dkim="waukeeschools.org",
      msgid="<CAFq1pZ0aN8sWbYt7k2Lr6dVh3mJ9xEoC4uGf-Tq5iR_wK8zPnQ@mail.gmail.com>"),
    A("a-nolonger", "auto-reply", PH, "2026-04-02 07:01", ("Hawkeye Supply Purchasing", "purchasing@hawkeyesupplyco.com"),
      "This mailbox is no longer monitored. Please send purchasing inquiries to orders@hawkeyesupplyco.com.\n\n"
      "Hawkeye Supply Co.", "'No longer monitored' reply without Auto-Submitted to the spring catalog e-mail",
      reply="cat_spring", subject="Re: Your Spring 2026 PowerHouse Catalog is on its way",
      hop=("smtp.hawkeyesupplyco.com", "72.14.188.40")),
    A("a-ooo-es", "auto-reply", CC, "2026-04-09 10:01", ("Marisol Trejo", "mtrejo@prairiefoodsinc.com"),
      "Gracias por su mensaje. Estoy fuera de la oficina por las vacaciones de Pascua y regreso el lunes 13 de abril. "
      "Para asuntos urgentes comuníquese con Recursos Humanos.\n\nMarisol Trejo", 
      "Spanish out-of-office (Auto-Submitted) to the Spanish promotion", reply="promo_hp_es", lang="es",
      subject="Respuesta automática: Esta primavera, reciba hasta $1,600 por una bomba de calor", fmt="alt",
      html=OOO_HTML.format("Gracias por su mensaje. Estoy fuera de la oficina por las vacaciones de Pascua y regreso el "
                           "lunes 13 de abril. Para asuntos urgentes comuníquese con Recursos Humanos.<br><br>Marisol Trejo"),
      hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      hop=("mail-bn8nam11on2098.outbound.protection.outlook.com", "40.107.236.98"),
      msgid="<BN8PR11MB36668F2C1D0E4A7B93C5E21AF0D47@BN8PR11MB3666.namprd11.prod.outlook.com>"),
    # ---- bounces ----
    A("a-bounce-postfix", "bounce", CC, "2026-04-07 09:34", ("Mail Delivery System", "MAILER-DAEMON@smtp.netins.net"),
      "This is the mail system at host smtp.netins.net.\n\nI'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to "
      "postmaster.\n\n                   The mail system\n\n<dhaverkamp@netins.net>: host mbox.netins.net[10.8.1.20] said: "
      "550 5.1.1\n    <dhaverkamp@netins.net>: Recipient address rejected: User unknown in local\n    recipient table "
      "(in reply to RCPT TO command)", "Postfix bounce of the heat-pump promotion (user unknown)", fmt="dsn",
      envelope="", subject="Undelivered Mail Returned to Sender", hdr=[("Auto-Submitted", "auto-replied")],
      hop=("smtp.netins.net", "167.142.225.9"), dkim=None, to=[(None, "customercare@alliant-energy.com")],
      report={"status": "Reporting-MTA: dns; smtp.netins.net\nX-Postfix-Queue-ID: 4cQ2m71XzVz9\n"
                        "Arrival-Date: Tue,  7 Apr 2026 09:33:58 -0500 (CDT)\n\n"
                        "Final-Recipient: rfc822; dhaverkamp@netins.net\nOriginal-Recipient: rfc822;dhaverkamp@netins.net\n"
                        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mbox.netins.net\n"
                        "Diagnostic-Code: smtp; 550 5.1.1 <dhaverkamp@netins.net>: Recipient address\n"
                        "    rejected: User unknown in local recipient table",
              "headers": bounce_headers("promo_hp", "dhaverkamp@netins.net", "Tue, 7 Apr 2026 09:30:02 -0500")}),
    A("a-bounce-ndr", "bounce", PH, "2026-05-01 06:47", ("Microsoft Outlook", "postmaster@lakeviewdental.com"),
      "Your message to frontdesk@lakeviewdental.com couldn't be delivered.\n\nThe recipient's mailbox is full and "
      "can't accept messages now.\n\nfrontdesk   Office 365   Action Required\n\nHow to Fix It\nTry resending the "
      "message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\n"
      "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'",
      "Exchange Online NDR of the garden sale (mailbox full)", fmt="dsn", envelope="",
      subject="Undeliverable: Garden Sale: 25% off solar path lights, rain barrels and drip kits",
      hop=("mail-co1nam11on2071.outbound.protection.outlook.com", "40.107.220.71"), dkim="lakeviewdental.com",
      report={"status": "Reporting-MTA: dns;CO1PR11MB5089.namprd11.prod.outlook.com\n"
                        "Received-From-MTA: dns;mta4.catalog.alliant-energy.com\n"
                        "Arrival-Date: Fri, 1 May 2026 11:45:31 +0000\n\n"
                        "Final-Recipient: rfc822;frontdesk@lakeviewdental.com\nAction: failed\nStatus: 5.2.2\n"
                        "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException",
              "headers": bounce_headers("garden_sale", "frontdesk@lakeviewdental.com", "Fri, 1 May 2026 06:45:02 -0500")}),
    A("a-delay", "bounce", PH, "2026-04-06 07:02", ("Mail Delivery Subsystem", "MAILER-DAEMON@mta4.catalog.alliant-energy.com"),
      "This is the mail system at host mta4.catalog.alliant-energy.com.\n\n####################################"
      "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
      "####################################################################\n\nYour message could not be delivered "
      "for more than 4 day(s).\nIt will be retried until it is 5 day(s) old.\n\n<orders@riversidequilts.net>: connect "
      "to mail.riversidequilts.net[198.51.100.23]:25:\n    Connection timed out",
      "Our own MTA's delay warning for the spring catalog e-mail (4.4.1)", fmt="dsn", envelope="",
      subject="Delayed Mail (still being retried)", hdr=[("Auto-Submitted", "auto-replied")],
      hop=("mta4.catalog.alliant-energy.com", "10.40.6.14"), dkim=None, smtp="ESMTP",
      report={"status": "Reporting-MTA: dns; mta4.catalog.alliant-energy.com\n"
                        "Arrival-Date: Thu,  2 Apr 2026 07:00:41 -0500 (CDT)\n\n"
                        "Final-Recipient: rfc822; orders@riversidequilts.net\nAction: delayed\nStatus: 4.4.1\n"
                        "Diagnostic-Code: X-Postfix; connect to mail.riversidequilts.net[198.51.100.23]:25:\n"
                        "    Connection timed out\nWill-Retry-Until: Tue,  7 Apr 2026 07:00:41 -0500 (CDT)",
              "headers": bounce_headers("cat_spring", "orders@riversidequilts.net", "Thu, 2 Apr 2026 07:00:12 -0500")}),
    # ---- newsletters and bulk ----
    A("a-news-garden", "newsletter", PH, "2026-05-02 08:00", ("Sunnyside Garden Center", "news@sunnysidegardencenter.com"),
      "Bare-root roses are in!\n\nThis week: 40 varieties of bare-root roses, seed potatoes by the pound, and our "
      "Mother's Day hanging baskets (order by May 8 for pickup).\n\nSaturday workshop: Rain barrels 101, 10 AM, free.\n\n"
      "You are receiving this because you signed up at sunnysidegardencenter.com.\nUnsubscribe: "
      "https://sunnysidegardencenter.com/u?e=powerhousecatalog",
      "Garden center's newsletter (bulk, List-Unsubscribe) the catalog team signed up for", fmt="alt",
      subject="Bare-root roses are in + Mother's Day baskets",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body style="background:#f4f1e8">'
           '<table width="600" align="center"><tr><td><h1 style="color:#3b6b2a">Bare-root roses are in!</h1>'
           '<p>This week: 40 varieties of bare-root roses, seed potatoes by the pound, and our Mother\'s Day hanging '
           'baskets (order by May 8 for pickup).</p><p><b>Saturday workshop:</b> Rain barrels 101, 10 AM, free.</p>'
           '<p style="font-size:11px;color:#777">You are receiving this because you signed up at sunnysidegardencenter.com. '
           '<a href="https://sunnysidegardencenter.com/u?e=powerhousecatalog">Unsubscribe</a></p></td></tr></table></body></html>',
      hdr=[("List-Unsubscribe", "<https://sunnysidegardencenter.com/u?e=powerhousecatalog>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("Feedback-ID", "c7781:sunnyside:newsletter")],
      hop=("o21.email.sunnysidegardencenter.com", "149.72.41.%d" % 203), envelope="bounces+7781@em.sunnysidegardencenter.com",
      msgid="<k3Yv2rTqQy6mXb0W1pZ8sA@geopod-ismtpd-14>"),
    A("a-news-trade", "newsletter", CC, "2026-04-16 06:30", ("UCX Weekly", "editor@ucxweekly.com"),
      "UCX WEEKLY - April 16, 2026\n\n1. Spring storm season: what customers actually read in outage texts\n"
      "2. Rebate fraud is up: three utilities on fake 'refund' e-mails\n3. Opt-out requests are rising. Is your "
      "privacy inbox ready?\n\nRead online: https://ucxweekly.com/2026-04-16\n\n"
      "You subscribed as customercare@alliant-energy.com. Manage preferences: https://ucxweekly.com/prefs",
      "Trade newsletter (bulk); its 'opt-out requests' headline is not a request", fmt="alt",
      subject="This week: storm texts, rebate fraud, and your privacy inbox",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<h2>UCX WEEKLY - April 16, 2026</h2><ol><li>Spring storm season: what customers actually read in outage '
           'texts</li><li>Rebate fraud is up: three utilities on fake \'refund\' e-mails</li><li>Opt-out requests are '
           'rising. Is your privacy inbox ready?</li></ol><p><a href="https://ucxweekly.com/2026-04-16">Read online</a>'
           '</p><p>You subscribed as customercare@alliant-energy.com. <a href="https://ucxweekly.com/prefs">Manage '
           'preferences</a></p></body></html>',
      hdr=[("List-Unsubscribe", "<mailto:leave-ucx-88213@lists.ucxweekly.com>, <https://ucxweekly.com/u/88213>"),
           ("List-Id", "UCX Weekly <weekly.ucxweekly.com>"), ("Precedence", "bulk")],
      hop=("mail181-9.suw21.mcdlv.net", "198.2.181.9"), envelope="bounce-mc.us21_88213.1188@mail181-9.suw21.mcdlv.net",
      msgid="<f2c9a7d41b8e63a05f7d@ucxweekly.com>"),
    A("a-news-assoc", "newsletter", PH, "2026-05-12 11:00", ("MCDMA Member Bulletin", "bulletin@mcdma.org"),
      "MIDWEST CATALOG & DIRECT MARKETING ASSOCIATION - MEMBER BULLETIN, MAY 2026\n\n"
      "- USPS price change takes effect July 12; marketing mail flats up about 7%.\n"
      "- Summer co-op list schedule: suppression and do-not-share files are due to your broker by June 5.\n"
      "- Fall conference early registration closes May 29.\n\n"
      "You receive this bulletin as a member contact. To stop receiving it, reply with 'remove'.",
      "Catalog association bulletin (List-Id); 'do-not-share files' and 'remove' are its own words, not ours",
      subject="Member Bulletin: USPS July prices, co-op schedule",
      hdr=[("List-Id", "MCDMA Members <members.mcdma.org>"), ("Precedence", "list"),
           ("List-Unsubscribe", "<mailto:bulletin@mcdma.org?subject=remove>")],
      hop=("lists.mcdma.org", "69.164.201.12")),
    # ---- vendors and partners ----
    A("a-printer-proof", "vendor", PH, "2026-05-14 15:20", ("Badger Web Press Proofing", "proofs@badgerwebpress.com"),
      "Job 26-1187  PowerHouse Catalog  Summer 2026  (64 pp + cover)\n\nSoft proofs for all signatures are ready "
      "for review in the proofing portal:\nhttps://proof.badgerwebpress.com/job/26-1187\n\nPlease approve or mark "
      "changes by Monday, May 18 at noon to hold the May 26 press date.\n\nThis notification was sent by "
      "ProofPoint Portal. Do not reply.", "Printer's proof-ready notice for the summer catalog",
      subject="Soft proofs ready: Job 26-1187 PowerHouse Summer 2026", hop=("portal.badgerwebpress.com", "216.56.14.88")),
    A("a-mailhouse", "vendor", PH, "2026-04-03 16:05", ("Lakeshore Mailing Services", "reports@lakeshoremailing.com"),
      "Merge/purge summary - PowerHouse Catalog Spring 2026 drop\n\nInput records:        182,406\n"
      "Duplicates removed:     6,913\nNCOA moves updated:     2,871\nDeceased suppressed:      418\n"
      "Do-not-mail suppressed: 4,102\nDo-not-share flags:       312 (excluded from exchange file)\n"
      "Final mail quantity:  168,102\n\nDetail file attached. Drop date: April 1, Madison BMEU.\n\n"
      "Lakeshore Mailing Services | Job LMS-26-0442",
      "Mail house's merge/purge report: full of suppression words, partner system mail", subject="LMS-26-0442 merge/purge summary",
      attach=[("text/csv", "LMS-26-0442_summary.csv",
               "category,count\ninput,182406\nduplicates,6913\nncoa,2871\ndeceased,418\ndo_not_mail,4102\n"
               "do_not_share,312\nfinal,168102\n")],
      hop=("mail.lakeshoremailing.com", "64.111.23.50")),
    A("a-esp-report", "vendor", CC, "2026-04-08 09:30", ("MailStream Reports", "reports@mailstream-esp.com"),
      "Campaign summary: HP Spring Rebates 26 (sent Apr 7, 9:30 AM CDT)\n\nDelivered: 47,882 of 48,210\n"
      "Opens: 18,604 (38.9%)\nClicks: 2,117 (4.4%)\nUnsubscribes: 291\nSpam complaints: 12\nHard bounces: 203\n\n"
      "View the full report: https://app.mailstream-esp.com/reports/hp-spring-26",
      "ESP campaign report for our heat-pump promotion (counts unsubscribes, requests nothing)",
      subject="Your campaign report: HP Spring Rebates 26", fmt="alt",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body><h3>Campaign '
           'summary: HP Spring Rebates 26</h3><table><tr><td>Delivered</td><td>47,882 of 48,210</td></tr><tr><td>Opens'
           '</td><td>18,604 (38.9%)</td></tr><tr><td>Clicks</td><td>2,117 (4.4%)</td></tr><tr><td>Unsubscribes</td>'
           '<td>291</td></tr><tr><td>Spam complaints</td><td>12</td></tr><tr><td>Hard bounces</td><td>203</td></tr>'
           '</table></body></html>',
      hop=("out-22.mailstream-esp.com", "54.240.11.22"), hdr=[("Auto-Submitted", "auto-generated")]),
    A("a-broker", "vendor", PH, "2026-04-24 10:15", ("Northbridge List Services", "exchanges@northbridgelists.com"),
      "Hello PowerHouse team,\n\nAttached is the May exchange calendar. Reminder: your updated do-not-share "
      "suppression file is due May 8 so it can be applied before the summer exchanges with Hearthside Home and "
      "Prairie Seed Co.\n\nUpload: https://secure.northbridgelists.com/upload\n\nBest,\nKaren Osei\nAccount "
      "Coordinator, Northbridge List Services",
      "List broker's schedule and suppression reminder: partner mail, not a request",
      subject="May exchange calendar + do-not-share file due May 8",
      hop=("mail-bl2nam02on2077.outbound.protection.outlook.com", "40.107.212.77"), dkim="northbridgelists.com"),
    # ---- phishing ----
    A("a-phish-irs", "phishing", CC, "2026-04-13 05:48", ("IRS Refund Department", "refunds@irs-gov-refund.info"),
      "Internal Revenue Service\n\nNotice of Tax Refund - Case IR-2026-88412\n\nAfter the last annual calculation of "
      "your fiscal activity we have determined that you are eligible to receive a tax refund of $912.40. Please submit "
      "the tax refund request and allow us 3-5 days to process it.\n\nSubmit refund request: http://irs-gov-refund.info/claim\n\n"
      "Failure to respond by April 15 will result in forfeiture of your refund.",
      "Tax-refund phishing at tax time (spoofed IRS, SPF/DMARC fail)", fmt="html",
      subject="Tax Refund Notification - Case IR-2026-88412",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<div style="font-family:Arial"><h2 style="color:#1a4480">Internal Revenue Service</h2><p><b>Notice of Tax '
           'Refund - Case IR-2026-88412</b></p><p>After the last annual calculation of your fiscal activity we have '
           'determined that you are eligible to receive a tax refund of <b>$912.40</b>. Please submit the tax refund '
           'request and allow us 3-5 days to process it.</p><p><a href="http://irs-gov-refund.info/claim">Submit refund '
           'request</a></p><p>Failure to respond by April 15 will result in forfeiture of your refund.</p></div></body></html>',
      spf="fail", dmarc="fail", dkim=None, smtp="ESMTP", hop=("vps-41137.hostkey-cloud.net", "185.212.47.19"),
      hdr=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]),
    A("a-phish-verify", "phishing", CC, "2026-05-11 02:17", ("Alliant Energy Security", "security@alliant-energy-verify.com"),
      "Dear Valued Customer,\n\nWe were unable to verify your account information during our spring security "
      "review. To avoid interruption of your electric service, verify your account within 24 hours.\n\n"
      "Verify now: https://alliant-energy-verify.com/login\n\nAlliant Energy Customer Security",
      "'Account verification' phishing imitating us (look-alike domain)", fmt="html",
      subject="Action required: verify your account to avoid service interruption",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<table width="560"><tr><td style="background:#00305e;color:#fff;padding:12px"><b>Alliant Energy</b></td></tr>'
           '<tr><td><p>Dear Valued Customer,</p><p>We were unable to verify your account information during our spring '
           'security review. To avoid interruption of your electric service, verify your account within 24 hours.</p>'
           '<p><a href="https://alliant-energy-verify.com/login" style="background:#f0a500;padding:8px 16px">Verify now</a>'
           '</p><p>Alliant Energy Customer Security</p></td></tr></table></body></html>',
      spf="softfail", dmarc="fail", dkim=None, smtp="ESMTP", hop=("mail.alliant-energy-verify.com", "91.215.85.140")),
    A("a-phish-es", "phishing", CC, "2026-04-14 06:05", ("IRS Servicio al Contribuyente", "aviso@irs-reembolsos.net"),
      "Estimado contribuyente:\n\nSu reembolso de impuestos por $648.00 está pendiente porque sus datos están "
      "incompletos. Confirme su información en las próximas 48 horas para recibir el depósito.\n\n"
      "Confirmar datos: http://irs-reembolsos.net/confirmar\n\nServicio de Impuestos Internos",
      "Spanish tax-refund phishing (ISO-8859-1)", fmt="html", lang="es", cs="iso-8859-1", hcs="iso-8859-1",
      subject="Aviso de reembolso de impuestos pendiente",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<p>Estimado contribuyente:</p><p>Su reembolso de impuestos por <b>$648.00</b> está pendiente porque sus '
           'datos están incompletos. Confirme su información en las próximas 48 horas para recibir el depósito.</p>'
           '<p><a href="http://irs-reembolsos.net/confirmar">Confirmar datos</a></p><p>Servicio de Impuestos Internos'
           '</p></body></html>',
      spf="fail", dmarc="fail", dkim=None, smtp="ESMTP", hop=("srv2.tiendaonline-mx.com", "45.87.153.66")),
    A("a-phish-mailbox", "phishing", PH, "2026-04-29 23:52", ("Mail Administrator", "admin@webmail-quota-alert.com"),
      "powerhousecatalog@alliant-energy.com\n\nYour mailbox has reached 98% of its storage limit. Incoming messages "
      "will be held after 24 hours.\n\nVerify mailbox to upgrade quota: https://webmail-quota-alert.com/verify\n\n"
      "Mail Administrator", "Mailbox-quota 'verification' phishing", fmt="html",
      subject="Mailbox verification required - storage 98% full",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<p><b>powerhousecatalog@alliant-energy.com</b></p><p>Your mailbox has reached 98% of its storage limit. '
           'Incoming messages will be held after 24 hours.</p><p><a href="https://webmail-quota-alert.com/verify">Verify '
           'mailbox to upgrade quota</a></p><p>Mail Administrator</p></body></html>',
      spf="none", dmarc="fail", dkim=None, smtp="ESMTP", hop=("host-77-91-68-4.vdsina.net", "77.91.68.4")),
    # ---- data-removal service and sales outreach ----
    A("a-removal-pitch", "outreach", CC, "2026-04-20 11:30", ("Mara Lindell", "mara@scrubwell.io"),
      "Hi Customer Care team,\n\nSpring is when our members run their yearly \"privacy spring cleaning\", and Alliant "
      "Energy is on the list of companies they ask us to contact. Over the next six weeks you may see a few hundred "
      "deletion and opt-out requests from Scrubwell.\n\nWe'd love to make that easy for both of us: our Partner Portal "
      "lets you receive those requests as one weekly file instead of individual e-mails. Setup takes about 15 minutes.\n\n"
      "Do you have 15 minutes next week?\n\nMara Lindell\nPartnerships, Scrubwell",
      "Data-removal service's partnership pitch: talks about deletion and opt-out requests but makes none",
      subject="Spring cleaning season: a simpler way to handle Scrubwell requests",
      hop=("mail-il1-f175.google.com", "209.85.166.175"), dkim="scrubwell.io",
      hdr=[("X-Mailer", "Mixmax")]),
    A("a-seo", "outreach", CC, "2026-04-28 08:12", ("Brandon Keel", "brandon@rankwell-digital.co"),
      "Hi there,\n\nI noticed alliant-energy.com isn't ranking for \"heat pump rebate Iowa\" even though you're "
      "running a big spring promotion. We helped two Midwest co-ops triple their rebate-page traffic last year.\n\n"
      "Want me to send over a free audit?\n\nBrandon\nRankwell Digital\n\nIf you don't want to hear from me again, just "
      "reply \"no thanks\".", "Cold SEO pitch; its 'reply no thanks' footer is its own", 
      subject="Quick question about your heat pump rebate page",
      hop=("smtp.rankwell-digital.co", "142.93.112.56")),
    A("a-leads", "outreach", CC, "2026-05-06 13:45", ("Tessa Moreland", "tessa@heartlandsolarleads.com"),
      "Hello,\n\nHeartland Solar Leads generates verified homeowner leads for heat pump and solar installs in Iowa "
      "and Wisconsin. With your $1,600 spring rebate running through June 30, we think there's a fit: we can route "
      "rebate-eligible homeowners to your participating contractors.\n\nCould you point me to the right person on the "
      "programs team?\n\nTessa Moreland\nHeartland Solar Leads", "Lead-generation sales outreach (asks for a contact, not a request)",
      subject="Partnering on heat pump rebate leads", fmt="alt",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body><p>Hello,</p>'
           '<p>Heartland Solar Leads generates verified homeowner leads for heat pump and solar installs in Iowa and '
           'Wisconsin. With your $1,600 spring rebate running through June 30, we think there\'s a fit: we can route '
           'rebate-eligible homeowners to your participating contractors.</p><p>Could you point me to the right person '
           'on the programs team?</p><p>Tessa Moreland<br>Heartland Solar Leads</p></body></html>',
      hop=("o3.sg.heartlandsolarleads.com", "167.89.64.3"), hdr=[("X-HubSpot-Campaign", "hsl-utility-q2")]),
    A("a-sales-es", "outreach", CC, "2026-04-15 10:05", ("Agencia Puente Latino", "contacto@puentelatino-mkt.com"),
      "Hola, buen día:\n\nVimos su campaña de primavera sobre bombas de calor en español. En Puente Latino hacemos "
      "campañas bilingües para empresas de servicios en el Medio Oeste: correo, radio y redes sociales.\n\n"
      "¿Podemos agendar una llamada de 20 minutos la próxima semana?\n\nSaludos cordiales,\nEquipo Puente Latino",
      "Spanish marketing-agency cold pitch", lang="es", fmt="alt",
      subject="Campañas en español para su programa de bombas de calor",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body><p>Hola, buen '
           'día:</p><p>Vimos su campaña de primavera sobre bombas de calor en español. En Puente Latino hacemos campañas '
           'bilingües para empresas de servicios en el Medio Oeste: correo, radio y redes sociales.</p><p>¿Podemos '
           'agendar una llamada de 20 minutos la próxima semana?</p><p>Saludos cordiales,<br>Equipo Puente Latino</p>'
           '</body></html>',
      hop=("mail.puentelatino-mkt.com", "104.21.77.130")),
    # ---- calendar, receipt, challenge, list, county alert ----
    A("a-calendar", "calendar", PH, "2026-05-11 14:02", ("Dana Whitley", "dwhitley@badgerwebpress.com"),
      "Press check for the Summer 2026 PowerHouse Catalog. Plant 2, Sun Prairie. Safety shoes required on the floor.",
      "Printer's Outlook meeting request (text/calendar) for the press check", fmt="cal",
      subject="Press check: PowerHouse Summer 2026 catalog",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body><p>Press check '
           'for the Summer 2026 PowerHouse Catalog. Plant 2, Sun Prairie. Safety shoes required on the floor.</p>'
           '</body></html>',
      ics={"org": ("Dana Whitley", "dwhitley@badgerwebpress.com"), "att": "powerhousecatalog@alliant-energy.com",
           "start": "20260526T070000", "end": "20260526T100000", "summary": "Press check: PowerHouse Summer 2026",
           "where": "Badger Web Press Plant 2, Sun Prairie",
           "uid": "040000008200E00074C5B7101A82E00800000000B0C4D7A1E6E0DC01000000000000000010000000"},
      hop=("mail-dm3nam02on2061.outbound.protection.outlook.com", "40.107.95.61"), dkim="badgerwebpress.com",
      msgid="<DM3PR14MB5502E83A10C6F4B2A97D08C35E6A1@DM3PR14MB5502.namprd14.prod.outlook.com>"),
    A("a-read", "receipt", PH, "2026-04-20 18:44", ("Marvin Oehlke", "moehlke@outlook.com"),
      "Your message\n\n  To: moehlke@outlook.com\n  Subject: Request received - PHC-26-01184\n  Sent: Monday, April 20, "
      "2026 11:05:33 AM (UTC-06:00) Central Time (US & Canada)\n\nwas read on Monday, April 20, 2026 6:44:10 PM "
      "(UTC-06:00) Central Time (US & Canada).", "Read receipt for our catalog acknowledgement (MDN)", fmt="mdn",
      subject="Read: Request received - PHC-26-01184",
      report={"status": "Reporting-UA: moehlke@outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;moehlke@outlook.com\n"
                        "Original-Message-ID: <PHC-26-01184.20260420110500@catalog.alliant-energy.com>\n"
                        "Disposition: manual-action/MDN-sent-manually; displayed"},
      hop=("mail-ch2nam10olkn2014.outbound.protection.outlook.com", "40.92.19.14"), dkim="outlook.com"),
    A("a-challenge", "challenge", CC, "2026-04-14 10:13", ("Sheila Brandt (via MailGuardian)", "verify@mailguardian-cr.net"),
      "Hello,\n\nSheila Brandt uses MailGuardian to stop spam. Your message \"Your privacy request PRV-2026-004417\" "
      "is being held until you confirm you are a person.\n\nClick to confirm: https://mailguardian-cr.net/c/8QzT41\n\n"
      "You only need to do this once.", "Challenge-response hold for our acknowledgement",
      subject="Please confirm your message to Sheila Brandt", reply="ack",
      hdr=[("Auto-Submitted", "auto-replied")], hop=("out2.mailguardian-cr.net", "173.231.59.42")),
    A("a-listpost", "list", CC, "2026-05-13 12:20", ("Renee Castellano", "rcastellano@heartlandhealth.org"),
      "Hi all,\n\nIs anyone else getting a wave of opt-out and deletion requests from removal services this spring? "
      "We've had about 300 since April, most without any proof the person authorized them. How are you handling "
      "verification?\n\nRenee\n\n--\nMidwest Privacy Pros mailing list\nmpp@lists.midwestprivacypros.org\n"
      "https://lists.midwestprivacypros.org/listinfo/mpp",
      "Privacy professionals' mailing-list post (List-Id); about opt-outs, not one",
      subject="[MPP] Removal-service request wave", to=[("Midwest Privacy Pros", "mpp@lists.midwestprivacypros.org")],
      hdr=[("List-Id", "Midwest Privacy Pros <mpp.lists.midwestprivacypros.org>"), ("Precedence", "list"),
           ("List-Post", "<mailto:mpp@lists.midwestprivacypros.org>"),
           ("List-Unsubscribe", "<https://lists.midwestprivacypros.org/options/mpp>")],
      hop=("lists.midwestprivacypros.org", "50.116.9.201"), envelope="mpp-bounces@lists.midwestprivacypros.org",
      dkim="lists.midwestprivacypros.org"),
    A("a-county-alert", "alert", CC, "2026-04-21 18:58", ("Linn County Alerts", "noreply@countyalertnet.com"),
      "SEVERE THUNDERSTORM WARNING for Linn County until 8:45 PM CDT. Damaging winds to 70 mph and quarter-size hail "
      "possible. Move to an interior room.\n\nYou are registered for Linn County Alerts as customercare@alliant-energy.com. "
      "Manage alerts: https://countyalertnet.com/linn",
      "County mass-notification storm warning (bulk)", subject="Severe Thunderstorm Warning - Linn County until 8:45 PM",
      hdr=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
      hop=("mta7.countyalertnet.com", "52.4.181.77")),
]
