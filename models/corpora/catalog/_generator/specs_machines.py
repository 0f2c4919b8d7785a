# -*- coding: utf-8 -*-
"""Mail that is not a request: the catalog's printers, list broker, co-op database, presort and NCOA vendors,
paper merchant, photographers, influencers, another catalog, phishing dressed as order trouble, auto-replies,
bounces, read receipts, a newsletter, SEO spam, carrier notices, a challenge-response hold."""
from spec import A
import ours

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

ACK1 = ours.make("ack", "2026-03-09 10:00", "Pat", to="pat.oberbroeckling@midamerican-ag.com",
                 what="no more catalogs by mail")
ACK2 = ours.make("ack_cc", "2026-06-22 14:00", "Lynn", to="lynn.schroeder@comcast.net",
                 what="no more promotional e-mail")
ACK3 = ours.make("ack", "2026-08-03 09:30", "Rosa", to="rosa.aguilar@outlook.com",
                 what="not to share your name and address with other companies")
ACK4 = ours.make("ack", "2026-01-20 11:00", "Verna", to="vernaschlueter@frontiernet.net",
                 what="no more catalogs by mail")
ACK5 = ours.make("ack_cc", "2026-04-13 16:00", "Dean", to="dkoopman@gmial.com",
                 what="not to share your name and address with other companies")
ACK6 = ours.make("ack", "2026-11-02 08:45", "Carol", to="carol.steffen@kwikstarmail.com",
                 what="no more promotional e-mail")
ACK7 = ours.make("ack", "2026-07-15 13:00", "Joe", to="jwessels@wesselsconstruction.com",
                 what="no more catalogs by mail")
ACK8 = ours.make("ack_cc", "2026-09-24 10:30", "Ray", to="ray.timmerman@cox.net",
                 what="no more promotional e-mail")
ACK9 = ours.make("ack_cc", "2026-12-01 09:10", "Bill", to="bhinz@hinzfarms.net",
                 what="no more catalogs by mail")
SALE = ours.make("sale", "2026-10-13 06:00", "Kurt", to="kurt.weiland@weilandcpa.com")

SPECS = [
    # ---------------------------------------------------------------- vendors and partners
    A("v-proof", "phc", "en", "system", "Proofs ready for approval: PowerHouse Holiday 2026 (Job 26-41187)",
      "2026-09-09 14:22", name="Meridian Web Press Proofs", addr="proofs@meridianwebpress.com", via="sendgrid",
      text="Hello PowerHouse Catalog team,\n\nSoft proofs for Job 26-41187 (PowerHouse Holiday 2026, 48 pp + cover) "
           "are ready in the proof portal.\n\nPages awaiting approval: 1-48, covers C1-C4\nApproval deadline: "
           "September 11, 2026, 5:00 PM CT\n\nReview and approve: https://proofs.meridianwebpress.com/j/2641187\n\n"
           "Late approvals may move your press date.\n\nMeridian Web Press | Proof Services",
      cat="printer", note="Printer's proof-portal notice: vendor system mail, not a request"),
    A("v-printer-rep", "phc", "en", "person", "Holiday book - paper delay", "2026-09-15 11:07",
      name="Doug Feltes", addr="dfeltes@meridianwebpress.com", client="o365",
      text="Hi Karen,\n\nHeads up: the 38# gloss for the holiday book is two days late from the mill. We can still "
           "hold the September 24 press date if we run covers first. Mail drop at Badger should not move.\n\n"
           "Call me if you want to talk through it.\n\nDoug Feltes\nAccount Manager | Meridian Web Press\n"
           "o 608-555-0133 | m 608-555-0190",
      cat="printer", note="Printer's account manager about a paper delay: partner mail, no request to us as a customer"),
    A("v-broker-stmt", "phc", "en", "system",
      "Monthly rental activity - PowerHouse Catalog Masterfile - September 2026", "2026-10-02 06:00",
      name="Lakeshore List Management", addr="statements@lakeshorelists.com", via="ses",
      text="PowerHouse Catalog Masterfile: rental activity, September 2026\n\nOrders shipped: 7\nNames "
           "shipped (net): 61,450\nDo-not-rent suppressions applied: 1,204\nGross revenue: $7,988.50\nBroker "
           "commission (20%): $1,597.70\n\nDetail by mailer is in the attached portal statement: "
           "https://portal.lakeshorelists.com/statements/PWRH/2026-09\n\nLakeshore List Management, Inc.",
      cat="broker", note="List broker's monthly statement mentioning do-not-rent suppressions: partner mail, automated"),
    A("v-broker-clear", "phc", "en", "person", "Clearance request: Garden Mercantile 10M test", "2026-05-12 09:45",
      name="Renata Kowalczyk", addr="rkowalczyk@lakeshorelists.com", client="o365",
      text="Hi all,\n\nGarden Mercantile would like to test 10,000 names from the PowerHouse masterfile, 12-month "
           "buyers, $40+ AOV, IA/WI/MN. Mail date June 22. Sample piece attached on the portal.\n\nCan you approve "
           "by Friday? Standard suppression of your do-not-rent names will apply as always.\n\nThanks,\nRenata "
           "Kowalczyk\nList Manager, Lakeshore List Management",
      cat="broker", note="A broker asking us to approve a rental: partner business mail, not a customer request"),
    A("v-coop-receipt", "phc", "en", "system", "File received: PWRH_TXN_202607.txt (3 records rejected)",
      "2026-08-04 02:14", name="Prism Cooperative Data", addr="noreply@prismcoop.com", via="ses", html=False,
      text="Prism Cooperative Data - contribution receipt\n\nMember: PowerHouse Catalog (PWRH)\nFile: "
           "PWRH_TXN_202607.txt\nRecords received: 18,306\nRecords loaded: 18,303\nRecords rejected: 3 (missing "
           "postal code)\nOpt-out flags received: 412\n\nDownload the reject file within 14 days: "
           "https://members.prismcoop.com/files/PWRH\n\nThis is an automated message. Please do not reply.",
      cat="coop", note="Co-op database's file receipt, counts opt-out flags: system notification, automated"),
    A("v-coop-models", "phc", "en", "system", "Your Q3 prospect models are ready", "2026-07-20 08:30",
      name="Prism Cooperative Data", addr="insights@prismcoop.com", via="mailchimp",
      text="Hi PowerHouse team,\n\nYour Q3 response models are ready to order. This quarter's build drew on 1,140 "
           "member catalogs and 96 million transactions. Names flagged do-not-share by any member are excluded "
           "before scoring.\n\nOrder counts: https://members.prismcoop.com/models\n\nQuestions? Reply to your "
           "member success rep.\n\nPrism Cooperative Data, 200 S Wacker Dr, Chicago IL 60606",
      extra={"List-Unsubscribe": "<https://prismcoop.us12.list-manage.com/unsubscribe?u=8c1e&id=44a0>",
             "Precedence": "bulk"},
      cat="coop", note="Co-op vendor's marketing to members: bulk vendor mail; 'do-not-share' is theirs, not a request"),
    A("v-presort", "phc", "en", "system", "Job 88412 complete - postage statement attached", "2026-09-29 17:05",
      name="Badger Mailing Services", addr="jobs@badgermailing.com", via="exchange", html=False,
      text="Job 88412 - PowerHouse Holiday 2026\n\nPieces: 214,880\nPresort: 5-digit 61%, 3-digit 27%, AADC 12%\n"
           "Drop: Madison P&DC, 9/29/2026\nPostage (USPS Marketing Mail, permit 1180): $62,315.20\n\nPS Form "
           "3602-R attached. Please reply only if the counts do not match your order.\n\nBadger Mailing Services - "
           "Production",
      attach=("PS3602R_88412.pdf", "application/pdf", FAKE_PDF),
      cat="presort", note="Presort house's job-complete notice with postage statement: vendor mail"),
    A("v-ncoa", "phc", "en", "system", "NCOALink results - PWRH house file 2026-04", "2026-04-17 03:40",
      name="AddressPoint Processing", addr="results@addresspoint.io", via="ses", html=False,
      text="NCOALink / CASS results\n\nJob: PWRH house file 2026-04\nInput: 402,118\nMoves found: 8,740 (2.17%)\n"
           "Deceased suppressions (DMAchoice list): 311\nCASS-certified: 399,002\n\nFiles: "
           "https://app.addresspoint.io/jobs/4f2a9c\n\nAutomated notice. Replies are not monitored.",
      cat="presort", note="Address-hygiene vendor's job results, mentions deceased suppressions: automated"),
    A("v-paper", "phc", "en", "person", "Price increase effective January 1 - coated groundwood", "2026-11-18 13:15",
      name="Midwest Paper Merchants", addr="pricing@midwestpapermerchants.com", client="o365",
      text="Dear Valued Customer,\n\nEffective January 1, 2027, prices on coated groundwood (No. 5, 32# to 40#) "
           "will increase $3.50/cwt. Uncoated freesheet is unchanged. Orders confirmed before December 15 ship at "
           "current pricing.\n\nYour rep will reach out about Q1 tonnage.\n\nMidwest Paper Merchants\n"
           "Pricing Department",
      cat="paper", note="Paper supplier's price notice: vendor mail"),
    A("v-photog-pitch", "phc", "en", "person", "Product photography for your catalog?", "2026-02-19 10:26",
      name="Ashlyn Reiter", addr="ashlyn@ashlynreiterphoto.com", client="workspace",
      text="Hi there!\n\nI'm a product and lifestyle photographer in Madison. I flipped through the PowerHouse "
           "Catalog at my parents' house and loved the cozy winter spreads - I'd love to shoot your next one. I "
           "have a 2,000 sq ft studio with a full kitchen and living-room set.\n\nPortfolio: "
           "https://ashlynreiterphoto.com/product\n\nWould you have 15 minutes next week?\n\nAshlyn Reiter\n"
           "Ashlyn Reiter Photography",
      cat="photographer", note="A photographer's cold pitch: outreach, not a request"),
    A("v-photog-invoice", "phc", "en", "person", "Invoice 2026-114 - spring catalog shoot", "2026-03-04 16:50",
      name="Marco Delgado", addr="marco@delgadostudio.com", client="gmail",
      text="Hi Karen,\n\nAttached is invoice 2026-114 for the spring catalog shoot (Feb 23-25, 61 final images, "
           "retouching included). Net 30 as usual.\n\nThanks again, it was a fun set.\n\nMarco Delgado\nDelgado "
           "Studio",
      cat="photographer", note="The catalog's photographer sending an invoice: vendor mail"),
    A("v-influencer", "phc", "en", "person", "Collab idea: cozy energy-saving home tips (180K followers)",
      "2026-10-08 13:41", name="Kenzie Hollander", addr="kenzie.hollander.collabs@gmail.com", client="gmail",
      text="Hi PowerHouse team!\n\nI'm Kenzie, I make cozy home and budget content (180K on Instagram, 95K on "
           "TikTok, mostly Midwest moms). My followers are always asking how to cut heating bills and your heated "
           "throws and weatherstrip kits would be PERFECT for a winter series.\n\nMy rate card and past brand work "
           "are here: https://linktr.ee/kenziehollander\n\nWould you be open to gifting a few items for a "
           "3-video series?\n\nxo Kenzie",
      cat="influencer", note="Influencer pitch: outreach, automated"),
    A("v-influencer-es", "phc", "es", "person", "Colaboración con creadora de contenido", "2026-11-03 12:08",
      name="Daniela Ruiz", addr="danielaruiz.contenido@gmail.com", client="gmail-es",
      text="¡Hola equipo de PowerHouse!\n\nSoy Daniela, creadora de contenido sobre hogar y ahorro para familias "
           "latinas en el Medio Oeste (64 mil seguidores). Me encantaría presentar sus focos LED y calentadores en "
           "una serie de videos en español.\n\nMi media kit: https://danielaruiz.mx/mediakit\n\n¿Tienen un "
           "presupuesto para colaboraciones este invierno?\n\nSaludos,\nDaniela Ruiz",
      cat="influencer", note="Spanish influencer pitch: outreach, automated"),
    A("v-exchange-offer", "phc", "en", "person", "Name exchange proposal - Northwoods Hearth & Home",
      "2026-06-17 10:18", name="Corinne Ashby", addr="cashby@northwoodshearth.com", client="o365",
      text="Hi,\n\nI manage circulation at Northwoods Hearth & Home. Our buyers overlap nicely with yours (home "
           "comfort, upper Midwest, 55+). Would you consider a 1:1 exchange of 25,000 12-month buyers for our "
           "January mailing? We honor all do-not-share flags on both sides.\n\nHappy to set this up through "
           "Lakeshore if that's easier.\n\nCorinne Ashby\nCirculation Manager, Northwoods Hearth & Home",
      cat="other-catalog", note="Another catalog proposing a name exchange: partner business mail"),
    # ---------------------------------------------------------------- phishing dressed as order trouble
    A("ph-delivery", "phc", "en", "system", "PowerHouse Catalog: your package could not be delivered",
      "2026-11-27 04:12", name="PowerHouse Orders", addr="support@powerhouse-catalog-orders.com", via="kit",
      helo="mail.powerhouse-catalog-orders.com", mid_host="powerhouse-catalog-orders.com",
      auth="dkim=none; spf=softfail (mx: domain of transitioning support@powerhouse-catalog-orders.com does not "
           "designate sender) smtp.mailfrom=support@powerhouse-catalog-orders.com; dmarc=none",
      text="Dear Customer,\n\nWe attempted to deliver your PowerHouse Catalog order but the address was "
           "incomplete. Your package is on hold.\n\nTo avoid return to sender, confirm your address and pay the "
           "$1.99 redelivery fee within 48 hours:\n\nhttp://powerhouse-catalog-orders.com/redeliver?id=88120\n\n"
           "PowerHouse Customer Care",
      cat="phishing", note="Phishing from a look-alike domain posing as an order problem: automated"),
    A("ph-payment", "cc", "en", "system", "Action required: payment declined for order #PH-77120",
      "2026-12-09 02:47", name="Alliant Energy Catalog", addr="billing@alliant-energy-secure.net", via="kit",
      mid_host="alliant-energy-secure.net",
      auth="dkim=none; spf=fail (mx: domain of billing@alliant-energy-secure.net does not designate sender) "
           "smtp.mailfrom=billing@alliant-energy-secure.net; dmarc=fail header.from=alliant-energy-secure.net",
      text="Your recent catalog order #PH-77120 could not be processed because your card was declined.\n\nPlease "
           "update your payment details to release your order:\n\nhttps://alliant-energy-secure.net/verify/account\n"
           "\nIf you do not update within 24 hours your order and account will be suspended.\n\nAlliant Energy "
           "Catalog Billing",
      cat="phishing", note="Payment-declined phishing on a fake Alliant domain sent to customercare: automated"),
    A("ph-es", "phc", "es", "system", "Su pedido está retenido - confirme sus datos", "2026-08-21 05:33",
      name="Catálogo PowerHouse", addr="avisos@powerhouse-pedidos.info", via="kit", html=False,
      mid_host="powerhouse-pedidos.info", cte="quoted-printable",
      auth="dkim=none; spf=none smtp.mailfrom=avisos@powerhouse-pedidos.info; dmarc=none",
      text="Estimado cliente:\n\nSu pedido del Catálogo PowerHouse está retenido por un problema con la dirección "
           "de entrega. Para liberarlo, confirme sus datos y pague la tarifa de $2.49 aquí:\n\n"
           "http://powerhouse-pedidos.info/confirmar\n\nSi no lo hace en 24 horas el paquete será devuelto.",
      cat="phishing", note="Spanish parcel-fee phishing using the catalog's name: automated"),
    # ---------------------------------------------------------------- auto-replies
    A("ooo-auto", "phc", "en", "person", "Automatic reply: " + ACK1["subject"], "2026-03-09 10:00",
      name="Pat Oberbroeckling", addr="pat.oberbroeckling@midamerican-ag.com", client="o365",
      text="I am out of the office until Monday, March 16 with limited access to email. For urgent matters please "
           "contact the front office at 515-555-0107.\n\nPat",
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      quote=dict(mode="irt", orig=ACK1), cat="ooo",
      note="Outlook out-of-office with Auto-Submitted, answering our acknowledgement: automated"),
    A("ooo-plain", "cc", "en", "person", "Re: " + ACK2["subject"], "2026-06-22 14:00",
      name="Lynn Schroeder", addr="lynn.schroeder@comcast.net", client="comcast",
      text="Hi! I'm on vacation until June 30 and not checking email. I'll get back to you when I return.\n\n"
           "- Lynn",
      quote=dict(mode="irt", orig=ACK2), cat="ooo",
      note="Vacation reply set up as a mail rule, without Auto-Submitted (headerless auto-reply): automated"),
    A("ooo-es", "phc", "es", "person", "Respuesta automática: " + ACK3["subject"], "2026-08-03 09:30",
      name="Rosa Aguilar", addr="rosa.aguilar@outlook.com", client="outlook-es",
      text="Gracias por su mensaje. Estoy fuera de la oficina hasta el 10 de agosto. Le responderé a mi regreso.\n\n"
           "Rosa Aguilar",
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      quote=dict(mode="irt", orig=ACK3), cat="ooo",
      note="Spanish out-of-office with Auto-Submitted: automated"),
    A("nolonger", "cc", "en", "person", "Re: " + ACK9["subject"], "2026-12-01 09:10",
      name="Bill Hinz", addr="bhinz@hinzfarms.net", client="webmail",
      text="This address is no longer monitored. Hinz Farms has a new email: office@hinzfarmsllc.com. Please "
           "update your records.",
      quote=dict(mode="irt", orig=ACK9), cat="ooo",
      note="'No longer monitored' auto-reply without Auto-Submitted: automated"),
    # ---------------------------------------------------------------- bounces and receipts
    A("bounce-postfix", "phc", "en", "dsn", "Undelivered Mail Returned to Sender", "2026-01-20 11:00",
      orig=ACK4, style="postfix", mta="mail.frontiernet.net", ip="74.40.%d.%d" % (112, 35),
      diag="550 5.1.1 <vernaschlueter@frontiernet.net>: Recipient address rejected: User unknown", full=True,
      cat="bounce", note="Postfix bounce of our acknowledgement (user unknown): automated"),
    A("bounce-google", "cc", "en", "dsn", "Delivery Status Notification (Failure)", "2026-04-13 16:00",
      orig=ACK5, style="google", mta="mx.google.com", remote="gmial.com",
      diag="550 5.1.1 The email account that you tried to reach does not exist.",
      cat="bounce", note="Google DSN for an acknowledgement to a mistyped address: automated"),
    A("bounce-exchange", "phc", "en", "dsn", "Undeliverable", "2026-11-02 08:45",
      orig=ACK6, style="exchange", mta="CY8PR11MB7712.namprd11.prod.outlook.com", status="5.2.2",
      diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
      cat="bounce", note="Exchange NDR, mailbox full: automated"),
    A("mdn", "phc", "en", "mdn", "Read", "2026-07-15 15:42", orig=ACK7, name="Joe Wessels",
      addr="jwessels@wesselsconstruction.com", cat="receipt",
      note="Outlook read receipt (disposition-notification) for our acknowledgement: automated"),
    A("receipt-plain", "cc", "en", "person", "Read: " + ACK8["subject"], "2026-09-24 18:03",
      name="Ray Timmerman", addr="ray.timmerman@cox.net", client="webmail",
      text="Your message\n\n  To: ray.timmerman@cox.net\n  Subject: %s\n  Sent: 9/24/2026 10:30 AM\n\nwas read on "
           "9/24/2026 6:03 PM." % ACK8["subject"],
      quote=dict(mode="irt", orig=ACK8), cat="receipt",
      note="A plain-text read notice: automated"),
    A("ooo-sale", "phc", "en", "person", "Out of Office: " + SALE["subject"], "2026-10-13 06:01",
      name="Kurt Weiland", addr="kurt.weiland@weilandcpa.com", client="o365",
      text="Thank you for your email. Our office is closed for the Columbus Day holiday and will reopen Tuesday, "
           "October 14.\n\nWeiland & Associates CPAs",
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      quote=dict(mode="irt", orig=SALE), cat="ooo",
      note="Out-of-office answering our sale mail: automated"),
    # ---------------------------------------------------------------- bulk, spam, notices
    A("newsletter", "phc", "en", "system", "Catalog Ops Weekly: postage in 2027, paper outlook, co-op trends",
      "2026-11-05 07:00", name="Catalog Ops Weekly", addr="newsletter@catalogopsweekly.com", via="mailchimp",
      text="This week in catalog operations\n\n- USPS files for a 6.2% Marketing Mail increase in January.\n"
           "- Coated groundwood prices expected to rise again in Q1.\n- Why more catalogers are pulling back from "
           "co-op rentals, and what that means for prospecting.\n- Reader question: how long should a do-not-rent "
           "flag last?\n\nRead the full issue: https://catalogopsweekly.com/issues/2026-45\n\nYou are receiving "
           "this because you subscribed at catalogopsweekly.com. Unsubscribe: https://catalogopsweekly.com/u/x7f",
      extra={"List-Unsubscribe": "<https://catalogopsweekly.com/u/x7f>, <mailto:unsub@catalogopsweekly.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Id": "Catalog Ops Weekly <weekly.catalogopsweekly.com>",
             "Precedence": "bulk"},
      cat="newsletter", note="Trade newsletter a staff member subscribed to: bulk, automated"),
    A("seo", "cc", "en", "system", "Your catalog site is losing 40% of its organic traffic", "2026-05-28 12:33",
      name="Trevor | RankLift", addr="trevor@ranklift-growth.com", via="sendgrid",
      text="Hi there,\n\nI ran a quick audit of catalog.alliant-energy.com and found 37 technical SEO issues that "
           "are costing you rankings for terms like \"LED shop lights\" and \"space heater sale\".\n\nWant the full "
           "report? Just reply \"yes\" and I'll send it over free.\n\nTrevor\nRankLift Growth\n\nIf you'd rather not "
           "hear from me, reply \"unsubscribe\".",
      cat="seo", note="Cold SEO outreach to customercare: automated even though it mentions unsubscribe"),
    A("challenge", "cc", "en", "system", "Please verify your message to carolyn@pinkertonhome.net",
      "2026-02-12 12:20", name="MailSentry Verification", addr="verify@mailsentry-cr.net", via="sendgrid",
      text="Hello,\n\nYou recently sent a message to carolyn@pinkertonhome.net. To protect against spam, this person "
           "only accepts mail from verified senders.\n\nClick once to verify and your message will be delivered: "
           "https://mailsentry-cr.net/v/8821fa0c\n\nUnverified messages are deleted after 7 days.",
      cat="challenge", note="Challenge-response hold for our own outgoing mail: automated"),
]
