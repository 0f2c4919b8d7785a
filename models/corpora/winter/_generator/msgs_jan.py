"""January 2027: New Year decluttering, the clearance e-mail and the newsletter, the ice storm (Jan 19-23),
outage alerts, bill shock, LIHEAP, payment plans."""

from kit import D, P, Q, TO, X, XP
from mailkit import EST
import machines as M

CC, PH = "customercare", "powerhousecatalog"

# ------------------------------------------------------------------ people

P(D(1, 2, 10, 4), CC, ("Heather Lindquist", "heather.lindquist@fastmail.com"), "fastmail", "applemail",
  "Less paper in 2027",
  "Happy New Year! One of my resolutions is less paper coming into the house. Please take me off all of your "
  "promotional mailings, both the paper ones and email. Bills and outage stuff are fine.\n\nHeather Lindquist\n"
  "Stoughton WI 53589",
  cat="marketing opt-out (New Year declutter)", labels=["marketing_opt_out"],
  entities={"name": "Heather Lindquist", "postal_code": "53589"},
  note="New Year resolution: all promotional mail and e-mail stop, service mail stays: marketing opt-out",
  spec="jan-resolution")

P(D(1, 2, 21, 37), PH, ("Dennis Oberbroeckling", "d.oberbroeckling@yahoo.com"), "yahoo", "yahoo", "catalog",
  "I'm cutting down on mail this year. Stop the catalog and don't give my name to anybody else either.\n"
  "Dennis Oberbroeckling, 52052",
  cat="both opt-outs (New Year declutter)", labels=["marketing_opt_out", "catalog_share_opt_out"],
  entities={"name": "Dennis Oberbroeckling", "postal_code": "52052"},
  note="two requests in two short sentences: stop the catalog, don't give my name to anybody: both",
  spec="jan-cutting-down")

P(D(1, 3, 16, 22), CC, ("Priya Raman", "priya.raman.87@outlook.com"), "outlookcom", "outlookcom", "unsubscribe", "",
  plain="", html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body></body></html>',
  cat="software unsubscribe (List-Unsubscribe mailto)", labels=["marketing_opt_out"],
  note="Outlook.com's Unsubscribe button sent an empty message to the promotion's List-Unsubscribe mailto: a person's opt-out",
  answers="promo:AE-2612-TSTAT", spec="jan-outlookcom-unsub", prog_note="Unsubscribe button")

P(D(1, 4, 12, 9, tz=EST), PH, ("Bonnie Kluesner", "bkluesner@gmail.com"), "gmail", "samsung",
  "Catalog address for winter",
  "Please send my catalogs to Florida until the end of March. 2231 Gulf Breeze Dr, Port Charlotte FL 33952. "
  "Customer # 0566 1182\nBonnie Kluesner",
  cat="question (snowbird change of address)", labels=["question"],
  entities={"name": "Bonnie Kluesner", "account": "0566 1182", "postal_code": "33952"},
  note="a snowbird wants MORE catalog, at her Florida address: change of address, a question; the only ZIP she gives is the Florida one",
  spec="jan-snowbird-fl-catalog")

P(D(1, 5, 19, 48), CC, ("Trevor Nguyen", "tnguyen.cr@gmail.com"), "gmail", "iphone",
  "Re: Give the gift of warmth: $75 back on a smart thermostat", "\U0001F44D", quote=Q("promo_thermostat"),
  cat="unclear (emoji reply)", unclear=True,
  note="a thumbs-up emoji under the promotion: nothing decidable in the new text, unclear",
  answers="promo:AE-2612-TSTAT", spec="jan-thumbs-up")

P(D(1, 6, 9, 12), CC, ("Glenda Wiese", "glendawiese@aol.com"), "yahoo", "aol", "flyers and my rate",
  "Please stop sending me the advertising flyers. I don't need a new thermostat or solar panels, I need a lower bill. "
  "Which brings me to my question, did the rates go up January 1? My bill looks higher per therm.\n\nGlenda Wiese\n"
  "acct 5508163927",
  cat="marketing opt-out + question", labels=["marketing_opt_out", "question"],
  entities={"name": "Glenda Wiese", "account": "5508163927"},
  note="stop the advertising flyers (opt-out) and a rate question", spec="jan-flyers-rate")

P(D(1, 7, 13, 2), PH, ("Alicia Brandenburg", "alicia.brandenburg@gmail.com"), "gmail", "gmail", "unsubscribe PH-2701-CLR",
  "Unsubscribe\n\nThis unsubscribe request was sent by Unroll.Me on behalf of a subscriber.",
  extra=["X-Mailer: Unroll.Me"],
  cat="software unsubscribe (service, no Auto-Submitted)", labels=["marketing_opt_out"],
  note="an unsubscribe service mailed our List-Unsubscribe address from the person's own mailbox; no Auto-Submitted, so the person may be answered",
  answers="catalog:PH-2701-CLR", spec="jan-unrollme", prog_note="sent by Unroll.Me")

P(D(1, 7, 17, 26), PH, ("Scott Reding", "scottreding@live.com"), "outlookcom", "outlookcom",
  "RE: Winter Clearance: up to 40% off heated throws, snow gear and lanterns", "unsubscribe please",
  quote=Q("catalog_clearance"),
  cat="marketing opt-out (reply to catalog e-mail)", labels=["marketing_opt_out"],
  note="'unsubscribe please' over the clearance catalog e-mail: marketing opt-out, not a sharing opt-out even though the footer mentions sharing",
  answers="catalog:PH-2701-CLR", spec="jan-unsub-under-clearance")

P(D(1, 9, 10, 30), CC, ("Daniel Okafor", "dokafor@comcast.net"), "comcast", "outlook",
  "Request for copy of my personal information",
  "To Alliant Energy Privacy,\n\nI am requesting a copy of the personal information Alliant Energy and the PowerHouse "
  "Catalog hold about me, including any records of who you have shared or sold it to in the last 12 months, and any "
  "data from my smart meter beyond what appears on my bill.\n\nName: Daniel Okafor\nService address: 2715 Chamberlain "
  "Ave, Madison, WI 53705\nAccount: 8841 207 563\n\nPlease send it electronically to this address.\n\nRegards,\n"
  "Daniel Okafor",
  cat="question (data access request)", labels=["question"],
  entities={"name": "Daniel Okafor", "postal_code": "53705", "account": "8841 207 563"},
  note="a request for a copy of his data and of who it was shared with: a clear question (no opt-out asked)",
  spec="jan-data-access")

P(D(1, 10, 20, 15), CC, ("Kelsey Morrow", "kelseymorrow.k@gmail.com"), "gmail", "gmail", "delete my data",
  "I'm moving to Colorado at the end of the month and closing my account. After that I want all my data deleted from "
  "your systems. Everything. I don't want a utility holding my info forever.\n\nKelsey Morrow\n1125 S Gilbert St Apt 4, "
  "Iowa City 52240",
  cat="unclear + question (delete everything)", labels=["question"], unclear=True,
  entities={"name": "Kelsey Morrow", "postal_code": "52240"},
  note="'delete everything' plus closing the account: unclear plus question per the data-request rule",
  spec="jan-delete-all")

P(D(1, 11, 8, 55), PH, ("Lowell Brecht", "lbrecht@centurylink.net"), "centurylink", "zimbra", "lists",
  "Please make sure my name is not on any list that you sell, rent or trade to other outfits. I'll keep taking your "
  "catalog.\n-- Lowell Brecht",
  cat="catalog-sharing opt-out", labels=["catalog_share_opt_out"], entities={"name": "Lowell Brecht"},
  note="not on any list you sell, rent or trade, keeps the catalog: sharing opt-out only", spec="jan-sell-rent-trade")

P(D(1, 11, 22, 41), CC, ("Verónica Aguilar", "veroaguilar1990@outlook.com"), "outlookcom", "outlook_android",
  "Factura muy alta",
  "Buenas, mi factura de diciembre llegó de $398 y nunca había pagado tanto, vivo sola en un departamento pequeño. "
  "¿Pueden revisar si el medidor está bien? Mi cuenta es 4402 318 866.\nVerónica Aguilar", lang="es",
  cat="question (bill shock)", labels=["question"],
  entities={"name": "Verónica Aguilar", "account": "4402 318 866"},
  note="Spanish winter bill shock, asks for a meter check: question", spec="jan-es-factura-alta")

P(D(1, 13, 9, 40), CC, ("Marv Stoltenberg", "marvstolt@yahoo.com"), "yahoo", "yahoo",
  "Re: New year, lower bills: 5 ways to save this winter [AE-NL-2701]",
  "Take me off this newsletter. I know how to turn down a thermostat.", quote=Q("newsletter_jan"),
  cat="marketing opt-out (reply to newsletter)", labels=["marketing_opt_out"],
  note="off this newsletter, over the January newsletter: marketing opt-out", answers="newsletter:AE-NL-2701",
  spec="jan-off-newsletter")

P(D(1, 14, 7, 18), CC, ("Rubén Castañeda", "rcastaneda.dbq@gmail.com"), "gmail", "gmail",
  "Re: New year, lower bills: 5 ways to save this winter [AE-NL-2701]",
  "Por favor ya no me envíen estos correos. Gracias.", quote=Q("newsletter_jan"), lang="es",
  cat="marketing opt-out (reply to newsletter)", labels=["marketing_opt_out"],
  note="Spanish 'stop sending these e-mails' under the newsletter: marketing opt-out from context",
  answers="newsletter:AE-NL-2701", spec="jan-es-estos-correos")

P(D(1, 15, 11, 2), CC, ("Judith Hanrahan", "jhanrahan@tds.net"), "tds", "outlook", "Newsletter",
  "Hello,\n\nLast fall I unsubscribed from your emails during a big inbox cleanup, but I actually liked the Home "
  "Comfort newsletter. Can you sign me back up? Same email address.\n\nJudith Hanrahan",
  cat="question (opt back in)", labels=["question"], entities={"name": "Judith Hanrahan"},
  note="opting back in is a question; the old unsubscribe she mentions is not a new opt-out", spec="jan-opt-back-in")

P(D(1, 15, 19, 3), PH, ("Carl Wendt", "carlwendt56@gmail.com"), "gmail", "gmail", "how long",
  "How long does it take for the catalog to stop after you ask? I wrote to you the week after Thanksgiving and I'm "
  "still getting them. Not mad, just wondering if there's a lag with printing.\n\nCarl",
  cat="question (how long does an opt-out take)", labels=["question"], entities={"name": "Carl"},
  note="asks how long an opt-out takes, makes no new request: question only", spec="jan-how-long")

P(D(1, 17, 15, 50), CC, ("ELDON MUELLER", "eldonmueller@att.net"), "yahoo", "winmail", "LISTS",
  "TAKE MY NAME OFF YOUR LISTS AND DONT GIVE IT TO ANYBODY. I GET ENOUGH JUNK MAIL.\nELDON MUELLER BOX 44 ELKADER IA 52043",
  cat="both opt-outs (all caps)", labels=["marketing_opt_out", "catalog_share_opt_out"],
  entities={"name": "ELDON MUELLER", "postal_code": "52043"},
  note="all caps: off your lists (marketing) and don't give it to anybody (sharing); name kept as written",
  spec="jan-all-caps-both")

P(D(1, 20, 6, 2), CC, ("Kris Hoeger", "krishoeger@icloud.com"), "icloud", "iphone", "Re: Outage update: Cedar Rapids, IA",
  "STOP", quote=Q("outage_0120"), to=TO(CC),
  cat="unclear (short word under an outage alert)", unclear=True,
  note="STOP under an outage alert is not a marketing opt-out (service message): unclear",
  answers="outage:2027-01-20-CR", spec="jan-stop-under-outage")

P(D(1, 21, 18, 40), CC, ("Ashley Dvorak", "ashleydvorak22@gmail.com"), "gmail", "samsung", "Re: Outage update: Marion, IA",
  "This is the third day. We have a 3 week old baby and we've been at my in-laws but they're out now too. Is there "
  "any way to know which streets get fixed first? Is there a warming center in Marion that is open overnight? "
  "3270 Willowbrook Dr", quote=Q("outage_0121"), to=TO(CC),
  cat="question (outage)", labels=["question"],
  note="a reply to an outage alert asking about restoration order and warming centers: question; no ZIP or name given",
  answers="outage:2027-01-21-MR", spec="jan-outage-baby")

P(D(1, 21, 21, 12), CC, ("Francisco Javier Ortega", "fjortega.cr@gmail.com"), "gmail", "gmail", "Comida perdida por el apagón",
  "Buenas noches. Llevamos tres días sin luz aquí en Cedar Rapids (52404). Se nos echó a perder toda la comida del "
  "refrigerador y del congelador. ¿Ustedes dan algún crédito o reembolso por eso? ¿Y nos van a cobrar los días que no "
  "tuvimos servicio?\nFrancisco Ortega", lang="es",
  cat="question (outage credit)", labels=["question"],
  entities={"name": "Francisco Ortega", "postal_code": "52404"},
  note="Spanish: food lost in the ice-storm outage, asks about credit: question; name as signed (shorter than the From)",
  spec="jan-es-comida-perdida")

P(D(1, 22, 16, 28), CC, ("Brent Sadler", "brentsadler@outlook.com"), "outlookcom", "outlook_ios", "Seriously?",
  "Four days without power in Mount Vernon and today in the mail I get a glossy flyer about a smart thermostat "
  "rebate. You couldn't keep the lights on but you can afford postage. Take me off your marketing list, mail and "
  "email, all of it.\n\nI also want to know how to file a claim for the food we lost and the hotel we paid for two "
  "nights ($318). Is there a form?\n\nBrent Sadler\n52314",
  cat="marketing opt-out + question (outage complaint)", labels=["marketing_opt_out", "question"],
  entities={"name": "Brent Sadler", "postal_code": "52314"},
  note="angry after the storm: off the marketing list (opt-out) and how to file a claim (question)",
  spec="jan-storm-angry")

P(D(1, 23, 12, 19), PH, ("Gwendolyn Tibbetts", "gwen@tibbetts.me"), "fastmail", "mutt", "list exchange",
  "Please do not exchange my name with other mailers.\n\n-- \nGwendolyn Tibbetts",
  cat="catalog-sharing opt-out", labels=["catalog_share_opt_out"], entities={"name": "Gwendolyn Tibbetts"},
  note="'do not exchange my name with other mailers': sharing opt-out", spec="jan-no-exchange")

P(D(1, 22, 21, 52), CC, ("Lyle Petersen", "lpetersen.mv@gmail.com"), "gmail", "gmail",
  "Re: Outage update: Mount Vernon, IA",
  "Power's back on here. Thank you to the line crews, they were out in awful conditions.", quote=Q("outage_0122"), to=TO(CC),
  cat="human, no action (thanks)", ack=None,
  note="a thank-you under the restoration alert asks for nothing: no labels, not unclear, no answer due",
  answers="outage:2027-01-22-MV", spec="jan-thanks-crews")

P(D(1, 26, 13, 5), CC, ("María de los Ángeles Rosas", "mariaa.rosas@yahoo.com"), "yahoo", "yahoo", "plan de pagos",
  "Buenas tardes, con la tormenta perdí casi una semana de trabajo y no voy a poder pagar completo el recibo de enero "
  "($356.90). ¿Me pueden dar un plan de pagos? Mi número de cuenta es 2201-448-913.\nMaría de los Ángeles Rosas",
  lang="es",
  cat="question (payment plan)", labels=["question"],
  entities={"name": "María de los Ángeles Rosas", "account": "2201-448-913"},
  note="Spanish payment plan after lost wages in the storm: question", spec="jan-es-plan-pagos")

P(D(1, 26, 20, 44), PH, ("Irma Saucedo", "irmasaucedo.wi@gmail.com"), "gmail", "gmail", "unsubscribe PH-2701-CLR",
  "Gmail generó este mensaje automáticamente.", lang="es",
  cat="software unsubscribe (List-Unsubscribe mailto)", labels=["marketing_opt_out"],
  note="Gmail's unsubscribe button in a Spanish-language Gmail: the person's marketing opt-out, answered (no Auto-Submitted)",
  answers="catalog:PH-2701-CLR", spec="jan-es-gmail-unsub", prog_note="unsubscribe button, Spanish UI")

P(D(1, 27, 8, 16), CC, ("Rebecca Thorsen", "rthorsen.wi@gmail.com"), "gmail", "gmail",
  "Re: We received your request [CC-2027-01-01502]",
  "Thanks. Please do the same for our cabin, 4410 Lakeshore Rd, Lake Delton 53940.", quote=Q("ack_0126"),
  cat="unclear (refers to earlier mail)", unclear=True, entities={"postal_code": "53940"},
  note="'do the same' for a second address refers to earlier mail without saying what (the quoted acknowledgement is not her words): unclear",
  answers="ack:CC-2027-01-01502", spec="jan-do-the-same-cabin")

P(D(1, 28, 19, 55), PH, ("Leticia Barragán", "leti.barragan@hotmail.com"), "outlookcom", "outlookcom",
  "Catálogo y mis datos",
  "Hola.\n\nEn diciembre de 2025 compré unos regalos en su catálogo para mis suegros y para mí. Desde entonces me llegan "
  "catálogos de compañías que no conozco, y hasta cupones de tiendas de muebles. Este año decidí poner orden en mi vida "
  "y en mi buzón, así que les pido dos cosas:\n\n1. Que ya no me manden el catálogo PowerHouse, ni en papel ni por "
  "email.\n2. Que no vendan ni compartan mi nombre y mi dirección con otras empresas.\n\nLo de mis suegros, que ellos "
  "decidan por su cuenta.\n\nMuchas gracias,\nLeticia Barragán\n1420 Ohio St, Racine WI 53405", lang="es",
  cat="both opt-outs (long)", labels=["marketing_opt_out", "catalog_share_opt_out"],
  entities={"name": "Leticia Barragán", "postal_code": "53405"},
  note="Spanish New Year resolution: no catalog on paper or e-mail, and no selling or sharing; explicitly NOT for her in-laws",
  spec="jan-es-resolution-both")

P(D(1, 29, 12, 3), CC, ("Tamika Jordan", "tamikaj@mchsi.com"), "mediacom", "outlook",
  "FW: Your Alliant Energy bill is ready",
  "I got a letter from HACAP saying my LIHEAP benefit of $520 was sent to Alliant on Jan 15. But my bill below still "
  "shows the whole amount due. Can you check? Acct ends in 0936, full number 6013 227 0936.\n\nTamika Jordan",
  quote=Q("bill_jan"), mode="forward",
  cat="question (LIHEAP payment not applied)", labels=["question"],
  entities={"name": "Tamika Jordan", "account": "6013 227 0936"},
  note="forwards our bill notice with a LIHEAP question; the account is the full number she wrote, not the 'ending in' fragment",
  answers="bill:2027-01", spec="jan-liheap-not-applied")

P(D(1, 30, 20, 14), CC, ("Alliant Energy Web Forms", "noreply@alliantenergy.com"), "ourweb", "webform",
  "Contact Us: Privacy / marketing preferences",
  "A customer submitted the Contact Us form on alliantenergy.com.\n\nTopic:          Privacy / marketing preferences\n"
  "Name:           Gloria Hartung\nEmail:          ghartung@gmail.com\nAccount number: 1189 340 227\nZIP code:       52722\n"
  "Phone:          563-555-0148\n\nMessage:\nPlease stop mailing me promotional material. I get the bills online and don't "
  "need anything else on paper.\n\nSubmitted: 01/30/2027 8:14 PM CST\nForm ID: CU-2701-88412\n",
  reply_to="Gloria Hartung <ghartung@gmail.com>", ack="reply_to",
  extra=["Reply-To: Gloria Hartung <ghartung@gmail.com>", "X-Form-Id: CU-2701-88412"],
  cat="marketing opt-out (web form relay)", labels=["marketing_opt_out"],
  entities={"name": "Gloria Hartung", "account": "1189 340 227", "postal_code": "52722"},
  note="our own Contact Us relay (From noreply, customer in Reply-To): a person's marketing opt-out; answer the Reply-To",
  spec="jan-webform-optout")

# ------------------------------------------------------------------ machines and not-a-request

X(D(1, 2, 13, 40, 50), CC, lambda r: M.ooo_exchange(r, "Tom Grundmeier", "tgrundmeier@dubuquemfg.com", Q("ack_0102"), D(1, 2, 13, 40, 50),
                                                     "Thank you for your message. I am out of the office until Tuesday, January 5 "
                                                     "and will reply when I return.\n\nHappy New Year!\nTom Grundmeier\nDubuque "
                                                     "Manufacturing Co."),
  cat="automated: out-of-office to our acknowledgement (loop trap)", answers="ack:CC-2027-01-00031",
  note="LOOP TRAP: New Year out-of-office answering our acknowledgement")

XP(D(1, 5, 10, 22), CC, ("Ethan Cole", "ethan@rankrise-digital.com"), "gmail", "gmail",
   "Quick question about alliant-energy.com",
   "Hi there,\n\nI was looking at alliant-energy.com and noticed a few things that are probably costing you traffic: "
   "14 broken backlinks, slow mobile load times on your outage map, and no schema markup on your service pages.\n\n"
   "We help utilities and co-ops rank for terms like \"power outage near me\" and \"energy assistance\". Would you be "
   "open to a free audit? I can send a 2-minute video walkthrough.\n\nCheers,\nEthan Cole\nGrowth Lead, RankRise "
   "Digital\n\nIf this isn't relevant, just reply \"no thanks\" and I won't follow up.",
   cat="automated: cold sales / SEO outreach", program="Gmail (Google Workspace, cold outreach)",
   note="SEO cold outreach: not a request, even though it invites a 'no thanks' reply")

X(D(1, 7, 12, 20), PH, lambda r: M.dsn_postfix(r, "mail.cornbeltnet.com", "gstrandberg@cornbeltnet.com", Q("catalog_clearance"),
                                                 D(1, 7, 12, 20), status="4.2.2", diag="452 4.2.2 Mailbox full", delayed=True),
  cat="automated: bounce (delay warning)", answers="catalog:PH-2701-CLR",
  note="Postfix delay warning (Action: delayed) for the clearance e-mail: mailbox full, still retrying")

X(D(1, 5, 8, 12), CC, lambda r: M.mdn_read(r, "Tom Grundmeier", "tgrundmeier@dubuquemfg.com", Q("ack_0102"), D(1, 5, 8, 12)),
  cat="automated: read receipt", answers="ack:CC-2027-01-00031",
  note="read receipt (MDN) for our acknowledgement, sent when the recipient opened it")

XP(D(1, 12, 14, 45), CC, ("Renee Albright", "ralbright@tristateyouthcenter.org"), "o365", "outlookcom",
   "Partnering for kids this winter",
   "Good afternoon,\n\nMy name is Renee Albright and I'm the development director at the Tri-State Youth Center in "
   "Dubuque. Every winter our after-school program serves hot meals to 180 kids, and this year our heating bill for the "
   "gym has nearly doubled.\n\nWe would love to talk with someone at Alliant Energy about sponsoring our Warm Meals "
   "program ($5,000) or our spring family night. Could you point me to the right person for community giving?\n\n"
   "With gratitude,\nRenee Albright\nDevelopment Director, Tri-State Youth Center\n563-555-0151",
   cat="automated: sponsorship request", program="Outlook.com (Microsoft 365)",
   note="a nonprofit's sponsorship ask written by a person: not a privacy request, automated per the not-a-request rule")

X(D(1, 13, 9, 1, 30), CC, lambda r: M.headerless_reply(
    r, "Linda Schaefer", "lschaefer@monroe-sd.org", Q("newsletter_jan"), D(1, 13, 9, 1, 30),
    "Out of Office: New year, lower bills: 5 ways to save this winter [AE-NL-2701]",
    "I am out of the office at payroll training Wednesday, January 13 and will be back Thursday.\n\nFor payroll "
    "questions please contact the district office at 608-555-0177.\n\nLinda Schaefer\nPayroll Specialist, Monroe School District\n",
    provider="centurylink", program="Zimbra out-of-office", extra=["Auto-Submitted: auto-replied", "Precedence: bulk"]),
  cat="automated: out-of-office (Auto-Submitted)", answers="newsletter:AE-NL-2701",
  note="Zimbra out-of-office to the newsletter (Auto-Submitted: auto-replied, Precedence: bulk)")

X(D(1, 7, 8, 16, 30), PH, lambda r: M.ndr_exchange(r, "kpetersen@clintonmachine.com", Q("catalog_clearance"), D(1, 7, 8, 16, 30)),
  cat="automated: bounce (mailbox full)", answers="catalog:PH-2701-CLR",
  note="Exchange Online NDR: recipient's mailbox is full (554 5.2.2)")

X(D(1, 16, 16, 30), CC, lambda r: M.headerless_reply(
    r, "Cedar River Community Action", "noreply@cedarrivercap.org", {"from_addr": "customercare@alliant-energy.com", "msgid": None},
    D(1, 16, 16, 30), "Energy Assistance Pledge Batch 2027-01-16 (Alliant Energy) - 47 pledges",
    "ENERGY ASSISTANCE PLEDGE NOTIFICATION\n\nVendor:        Alliant Energy (IPL)\nBatch:         2027-01-16-A\n"
    "Program:       LIHEAP Regular / Crisis\nPledges:       47\nTotal amount:  $23,115.00\nPayment date:  01/22/2027 (ACH)\n\n"
    "The pledge file is available in the vendor portal. Please apply credits to the listed accounts and report any "
    "account number mismatches within 10 business days.\n\nThis message was generated automatically by the EAP Vendor "
    "Portal. Do not reply to this e-mail.\n", provider="sendgrid", program="energy-assistance vendor portal"),
  cat="automated: partner system notification (LIHEAP pledges)",
  note="community action agency's LIHEAP pledge batch notice: partner system mail, not a request")

X(D(1, 18, 11, 0), CC, lambda r: M.calendar_invite(
    r, "Sarah Nakamura", "snakamura@midwestutilityprivacy.org", ["customercare@alliant-energy.com", "privacy@mge-example.org"],
    D(1, 18, 11, 0), "Utility Privacy Working Group - Q1 call", "20270211T100000", "20270211T110000",
    "Microsoft Teams Meeting",
    "Hi all, the Q1 call of the working group. Agenda: 1) catalog list-rental opt-outs across member utilities, "
    "2) the new state privacy law timelines, 3) handling opt-out mail after storms.\n\nJoin on your computer: "
    "https://teams.example/l/meetup-join/19%3ameeting_Q1", "040000008200E00074C5B7101A82E00800000000" + "A1B2C3D4E5F60718"),
  cat="automated: calendar invitation", note="text/calendar invitation that talks about opt-outs: not a request")

X(D(1, 21, 6, 0), CC, lambda r: M.bulk(
    r, "salesforce", "Cedar Rapids Metro Alliance", "news@crmetroalliance.com", "customercare@alliant-energy.com", D(1, 21, 6, 0),
    "Alliance Weekly: ice storm resources for businesses",
    "ALLIANCE WEEKLY\n\nIce storm resources for businesses\n- Damage documentation checklist for insurance\n- SBA "
    "disaster loan webinar, Jan 26\n- Warming centers and generator safety\n\nMember news: congratulations to our "
    "utility partners and crews working around the clock.\n\nManage preferences: https://crmetroalliance.com/prefs\n",
    '<div style="font-family:Arial;max-width:620px"><h2>Alliance Weekly</h2><h3>Ice storm resources for businesses</h3>'
    '<ul><li>Damage documentation checklist for insurance</li><li>SBA disaster loan webinar, Jan 26</li><li>Warming '
    'centers and generator safety</li></ul><p>Member news: congratulations to our utility partners and crews working '
    'around the clock.</p><p style="font-size:11px"><a href="https://crmetroalliance.com/prefs">Manage preferences</a></p></div>',
    "<weekly.crmetroalliance.com>", "<https://crmetroalliance.com/unsub?e=customercare%40alliant-energy.com>",
    "Salesforce Marketing Cloud", return_path="bounce-17_HTML-88123-41-7214@bounce.em.crmetroalliance.com",
    extra=["X-SFMC-Stack: 7", "x-job: 7214_88123"]),
  cat="automated: newsletter (chamber of commerce)", note="chamber newsletter during the ice storm: bulk, not a request")

X(D(1, 20, 9, 12, 30), CC, lambda r: M.ooo_exchange(r, "Deb Lorenzen", "dlorenzen@linncounty-ia.org", Q("ack_0120"), D(1, 20, 9, 12, 30),
                                                     "Due to the ice storm, county offices are closed and I have limited access to "
                                                     "email. I will respond as soon as possible. For emergencies call 911; for "
                                                     "road conditions visit 511ia.org.\n\nDeb Lorenzen"),
  cat="automated: out-of-office to our acknowledgement (loop trap)", answers="ack:CC-2027-01-01288",
  note="LOOP TRAP: storm out-of-office answering our acknowledgement")

PHISH_STORM = ('<html><body style="font-family:Arial"><div style="max-width:580px;margin:auto">'
               '<h2 style="color:#00573f">Alliant Energy Storm Relief Program</h2><p>Dear valued customer,</p>'
               '<p>We are sorry for the extended outage caused by the January ice storm. Eligible customers will receive '
               '<b>$150.00</b> in outage compensation.</p><p>To receive your compensation by direct deposit, verify your '
               'account and banking details before <b>January 25, 2027</b>.</p>'
               '<p><a href="https://alliantenergy-claims.com/relief/verify?c=IA7781" style="background:#00573f;color:#fff;'
               'padding:10px 20px;text-decoration:none">Claim $150 now</a></p><p>Alliant Energy Customer Relief Team</p></div></body></html>')
X(D(1, 22, 4, 40), CC, lambda r: M.phish(r, "Alliant Energy Storm Relief", "relief@alliantenergy-claims.com",
                                           "customercare@alliant-energy.com", D(1, 22, 4, 40),
                                           "Claim your $150 outage compensation", PHISH_STORM, "mta7.alliantenergy-claims.com",
                                           "91.215.85.201", "phishing (fake compensation)",
                                           text="Alliant Energy Storm Relief Program\n\nEligible customers will receive $150.00 in outage "
                                                "compensation. Verify your account and banking details before January 25, 2027:\n"
                                                "https://alliantenergy-claims.com/relief/verify?c=IA7781\n"),
  cat="automated: phishing (fake storm compensation)", note="storm-compensation phishing asking for bank details, in our name")

XP(D(1, 25, 9, 35), CC, ("Jenna Marchetti", "jmarchetti@kcrv9.com"), "o365", "outlookcom",
   "RE: Storm Team 9 winter weather sponsorship - Alliant Energy",
   "Hi again,\n\nJust circling back. Last week's ice storm coverage gave Storm Team 9 its biggest audience in three years "
   "(a 14.2 rating for the Wednesday 10 p.m.). We still have one Q1 sponsorship slot open and I'd love to hold it for "
   "Alliant Energy while you decide.\n\nCould we find 15 minutes this week?\n\nJenna",
   cat="automated: TV station ad sales (follow-up)", program="Outlook (cold sales)",
   note="the TV station's follow-up pitch: cold sales, not a request")

X(D(1, 13, 9, 2, 20), CC, lambda r: M.dsn_google(r, "kimberly.faust1961@gmail.com", Q("newsletter_jan"), D(1, 13, 9, 2, 20)),
  cat="automated: bounce (mailbox full)", answers="newsletter:AE-NL-2701",
  note="Gmail DSN: the newsletter recipient's inbox is out of storage space")

X(D(1, 31, 11, 5), CC, lambda r: M.bulk(
    r, "sendgrid", "Mason Reilly", "mason@convoflow.ai", "customercare@alliant-energy.com", D(1, 31, 11, 5),
    "Cut storm-week call volume by 40%?",
    "Hi Customer Care team,\n\nDuring last week's ice storm, utilities like yours saw 5-10x normal contact volume. "
    "ConvoFlow's AI assistant answers outage, billing and payment-plan questions by chat and e-mail, 24/7, in English "
    "and Spanish.\n\nWorth a 20-minute demo? Here's my calendar: https://convoflow.ai/meet/mason\n\nMason Reilly\n"
    "Account Executive, ConvoFlow\n\nNot interested? Unsubscribe: https://convoflow.ai/u/8812\n",
    '<div style="font-family:Arial;font-size:14px"><p>Hi Customer Care team,</p><p>During last week\'s ice storm, utilities '
    'like yours saw 5-10x normal contact volume. ConvoFlow\'s AI assistant answers outage, billing and payment-plan '
    'questions by chat and e-mail, 24/7, in English and Spanish.</p><p>Worth a 20-minute demo? <a href="https://convoflow.ai/meet/mason">'
    'Here\'s my calendar</a>.</p><p>Mason Reilly<br>Account Executive, ConvoFlow</p><p style="font-size:11px">'
    '<a href="https://convoflow.ai/u/8812">Unsubscribe</a></p></div>',
    None, "<https://convoflow.ai/u/8812>", "sales engagement tool (SendGrid)",
    return_path="bounces+2231907-ab12-customercare=alliant-energy.com@em4412.convoflow.ai"),
  cat="automated: cold sales", note="sales sequence e-mail for an AI chatbot: cold sales, not a request")
