# -*- coding: utf-8 -*-
"""The messages of set 'secondnotice': second and third notices, escalations, reminders,
replies to our acknowledgement, changed minds; mixed with the same fortnight's ordinary
mail of both mailboxes and machine mail. Fortnight: Mon 2025-03-10 .. Sun 2025-03-23.

Every text here was written for this set. All people, addresses, phone numbers (555-01xx)
and account numbers are invented."""
import ourmail as om
from ourmail import ack, promo_hea, promo_holiday, bill_notice, ph_staff_reply, Ours
import mimekit as mk

CC = om.CC
PH = om.PH
CC_TO_NAMED = "Alliant Energy Customer Care <customercare@alliant-energy.com>"

SPECS = []


def H(key, date, mailbox, program, from_name, from_addr, subject, text, labels=(), unclear=False, entities=None,
      note="", ack_to="from", category="", lang="en", tz="CDT", **kw):
    s = dict(key=key, date=date, tz=tz, mailbox=mailbox, program=program, from_name=from_name, from_addr=from_addr,
             subject=subject, text=text, automated=False, labels=list(labels), unclear=unclear,
             entities=entities or {}, note=note, ack_to=ack_to, category=category, lang=lang)
    s.update(kw)
    s.setdefault("to_hdr", CC if mailbox == "customercare" else PH)
    SPECS.append(s)


def M(key, date, mailbox, builder, category, note, lang="en", tz="CDT", **kw):
    s = dict(key=key, date=date, tz=tz, mailbox=mailbox, builder=builder, automated=True, labels=[], unclear=False,
             entities={}, note=note, ack_to=None, category=category, lang=lang, program=kw.pop("program", builder))
    s.update(kw)
    SPECS.append(s)


def own(name, addr, subject, date, tz, text, to, msgid):
    """A message the sender wrote earlier (quoted or forwarded in their new mail)."""
    return Ours("own", msgid, name, addr, subject, mk.parse_local(date, tz), text, to)


# =====================================================================================
# Monday 10 March
# =====================================================================================
A_344 = ack("CC-2025-03-00344", "2025-03-10 07:09:41", "jmarsh@cedarvalleyag.com")
M("ooo-exchange-cedarvalley", "2025-03-10 07:10:02", "customercare", "exchange_ooo", "auto-reply to our ack (loop trap)",
  "LOOP TRAP: Exchange out-of-office answering our acknowledgement CC-2025-03-00344; Auto-Submitted: auto-generated.",
  program="exchange-online", re=A_344, from_name="Jeff Marsh", from_addr="jmarsh@cedarvalleyag.com",
  text="I am out of the office until Monday, March 17 with limited access to email.\n\n"
       "For urgent matters please contact Tricia Boone at 319-555-0118.\n\nJeff Marsh\nCedar Valley Ag Supply\n")

H("whitcomb-second-request", "2025-03-10 08:40:12", "powerhousecatalog", "gmail", "Dana Whitcomb", "dwhitcomb.dbq@gmail.com",
  "Second request - please stop the catalog",
  "Hi,\n\n"
  "I sent an email on Feb 26 asking you to stop mailing me the PowerHouse Catalog. Since then two more have come, "
  "the last one yesterday. Please take me off your mailing list for good.\n\n"
  "Dana Whitcomb\n1418 Pershing Ave\nDubuque, IA 52001\n",
  labels=["marketing_opt_out"], entities={"name": "Dana Whitcomb", "postal_code": "52001"},
  note="Second notice that restates the object (the catalog) and asks again now: marketing opt-out; no question asked.",
  category="second notice: restated catalog stop")

H("yahoo-unsub-first", "2025-03-10 09:05:33", "customercare", "yahoo_android", "", "kt.barrows77@yahoo.com",
  "unsubscribe",
  "please unsubscribe me from all your promotional emails. i get like 3 a week now\n\n\nSent from Yahoo Mail on Android\n",
  labels=["marketing_opt_out"], note="Ordinary first request: unsubscribe from promotional e-mail. No name in the text.",
  category="first request: marketing")

A_1140 = ack("CC-2025-02-01140", "2025-02-19 14:22:05", "lsorensen58@outlook.com", tz="CST")
H("sorensen-reply-ack-still", "2025-03-10 10:31:47", "customercare", "outlookcom", "Linda Sorensen", "lsorensen58@outlook.com",
  "RE: We received your request [CC-2025-02-01140]",
  "It has now been almost three weeks and I am still getting your promotional emails. Another one came Saturday. "
  "Your message below says 10 business days. What is going on?\n\nLinda Sorensen\n",
  quote=A_1140, to_hdr=CC_TO_NAMED, quote_to="Linda Sorensen <lsorensen58@outlook.com>",
  labels=["marketing_opt_out", "question"], entities={"name": "Linda Sorensen"},
  note="Reply to our acknowledgement, but her own sentence names promotional e-mails still arriving: opt-out restated plus a complaint that needs an answer. The quoted ack (opt-out words, ZIP 53718) adds nothing.",
  category="reply to our ack: still receiving")

A_362 = ack("CC-2025-03-00362", "2025-03-10 10:58:20", "kbrandt@mchsi.com")
M("dsn-mchsi-unknown", "2025-03-10 10:58:31", "customercare", "postfix_dsn", "bounce of our ack",
  "Bounce (Postfix DSN, user unknown) of our acknowledgement CC-2025-03-00362; the returned ack text mentions opting out.",
  re=A_362, remote_host="mx03.mchsi.com", rcpt_failed="kbrandt@mchsi.com", status="5.1.1",
  diag="smtp; 550 5.1.1 <kbrandt@mchsi.com>: Recipient address rejected: User unknown in virtual mailbox table",
  human_text="This is the mail system at host mx03.mchsi.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<kbrandt@mchsi.com>: host mx03.mchsi.com[local] said: 550 5.1.1\n"
             "    <kbrandt@mchsi.com>: Recipient address rejected: User unknown in virtual\n    mailbox table\n",
  full_original=True)

A_349 = ack("CC-2025-03-00349", "2025-03-10 12:39:10", "trentvoss@icloud.com")
H("voss-stop-under-ack", "2025-03-10 12:47:55", "customercare", "iphone", "Trent Voss", "trentvoss@icloud.com",
  "Re: We received your request [CC-2025-03-00349]",
  "STOP\n\nSent from my iPhone\n",
  quote=A_349, to_hdr=CC_TO_NAMED, unclear=True,
  note="Bare STOP under our own acknowledgement (a service message): per LABELS it is not a marketing opt-out; unclear, staff to check what the original request was.",
  category="reply to our ack: bare STOP")

H("kopecky-caps-ag", "2025-03-10 14:15:09", "customercare", "aol", "BERNARD KOPECKY", "bkopecky1948@aol.com",
  "4TH TIME - REMOVE ME",
  "I HAVE ASKED YOU PEOPLE 4 TIMES NOW. REMOVE MY NAME FROM YOUR MARKETING LIST AND DO NOT SELL MY INFORMATION TO ANYBODY. "
  "I AM REPORTING YOU TO THE IOWA ATTORNEY GENERAL ON MONDAY IF I GET ONE MORE PIECE OF JUNK FROM YOU.\n\n"
  "BERNARD KOPECKY\nCEDAR RAPIDS IA 52404\n\nSent from the all new AOL app for iOS\n",
  cc_hdr=PH,
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"], entities={"name": "BERNARD KOPECKY", "postal_code": "52404"},
  note="Fourth notice in capitals: marketing list removal and 'do not sell my information' (sharing opt-out whatever the mailbox), plus a threat to complain to the AG, which staff must answer. Cc'd to the catalog mailbox; this copy was delivered to customercare.",
  category="escalation: AG threat, both opt-outs")

H("ellison-share-keep", "2025-03-10 16:20:40", "powerhousecatalog", "thunderbird", "Margaret Ellison", "mellison@tds.net",
  "Please do not share my name",
  "Hello,\n\n"
  "Please do not share, sell or rent my name and address to other companies. I do want to keep receiving the catalog "
  "itself, I just don't want the extra mail that comes from being on other people's lists.\n\n"
  "My customer number from the back cover is 00418872.\n\nThank you,\nMargaret Ellison\n",
  smtp_host="smtp.tds.net", smtp_ip="64.8.71.22",
  labels=["catalog_share_opt_out"], entities={"name": "Margaret Ellison", "account": "00418872"},
  note="Ordinary first request: sharing opt-out only; she explicitly keeps the catalog. Catalog customer number is an account.",
  category="first request: sharing only")

H("dorothy-confused-flyers", "2025-03-10 19:44:02", "customercare", "comcast", "dorothy nemec", "dnemec31@comcast.net",
  "the mail",
  "Hello I think I wrote you before about this, or it might have been the phone company, I cant remember. "
  "Anyway I dont want any more of the flyers about the solar panels and the thermostats in the mail. "
  "I am 87 and I dont need them.\n\nThank you.\nDorothy\n",
  labels=["marketing_opt_out"], entities={"name": "Dorothy"},
  note="Unsure whether she asked before, but her own words name the promotional flyers by post: marketing opt-out. First name only in the text (counts per LABELS).",
  category="confused: not sure if asked")

A_373 = ack("CC-2025-03-00373", "2025-03-10 21:02:12", "marisa.galvan@hotmail.com")
M("auto-hotmail-es", "2025-03-10 21:02:40", "customercare", "hotmail_auto", "auto-reply to our ack (loop trap)",
  "LOOP TRAP: Spanish Outlook.com automatic reply to our acknowledgement CC-2025-03-00373; Auto-Submitted present.",
  lang="es", program="outlook.com auto-reply", re=A_373, from_name="Marisa Galván", from_addr="marisa.galvan@hotmail.com",
  prefix="Respuesta automática: ", lang_tag="es-US", charset="utf-8",
  text="Gracias por su mensaje. Estaré fuera de la ciudad hasta el 20 de marzo y responderé a mi regreso.\n\n"
       "Thank you for your message. I am away until March 20.\n\nMarisa\n")

# =====================================================================================
# Tuesday 11 March
# =====================================================================================
H("quintero-es-bbb", "2025-03-11 07:55:18", "customercare", "gmail", "Marisol Quintero", "marisolq.ia@gmail.com",
  "Tercera vez - no más publicidad",
  "Buenos días:\n\n"
  "Es la tercera vez que les escribo. No quiero recibir más correos electrónicos de promociones ni ofertas de Alliant. "
  "Ya les pedí en febrero que me quitaran de la lista y me siguen llegando. Si no me quitan esta semana voy a poner una queja con el BBB.\n\n"
  "Marisol Quintero\n",
  lang="es",
  labels=["marketing_opt_out", "question"], entities={"name": "Marisol Quintero"},
  note="Spanish third notice: no more promotional e-mails (restated, current) plus a BBB complaint threat that staff must handle.",
  category="escalation: BBB threat (es)")

H("ken-status-ref", "2025-03-11 08:30:51", "customercare", "applemail", "Ken Albrecht", "kalbrecht@mac.com",
  "CC-2025-03-00188",
  "Checking on reference CC-2025-03-00188 from last week. Any update?\n\nThanks,\nKen\n",
  labels=["question"], entities={"name": "Ken"},
  note="Status question about an earlier request identified only by our reference number: a clear question (staff can look it up); no new opt-out because the object is not named. The reference number is not an account.",
  category="status check with reference number")

A_381 = ack("CC-2025-03-00381", "2025-03-11 09:10:44", "leasing@oakridgepm.com")
M("zendesk-oakridge", "2025-03-11 09:11:09", "customercare", "helpdesk", "ticket system auto-ack (loop trap)",
  "LOOP TRAP: a property manager's Zendesk answering our acknowledgement CC-2025-03-00381 with its own ticket number.",
  program="zendesk", re=A_381, kind="zendesk", sys_domain="oakridgepm.zendesk.com", env_from="bounces+%s@oakridgepm.zendesk.com" % "48213",
  from_name="Oakridge Property Management", from_addr="support@oakridgepm.zendesk.com",
  subject="[Oakridge PM] Re: We received your request [CC-2025-03-00381]",
  extra_headers=[("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "a41c2e9"), ("Auto-Submitted", "auto-generated"),
                 ("X-Auto-Response-Suppress", "All")],
  text="##- Please type your reply above this line -##\n\n"
       "Your request (#48213) has been received and is being reviewed by our support staff.\n\n"
       "To add additional comments, reply to this email.\n\n"
       "Oakridge Property Management | Leasing & Resident Services\n")

H("redding-billing", "2025-03-11 10:05:27", "customercare", "gmail", "Tom Redding", "tredding.ames@gmail.com",
  "February bill way too high",
  "Hello,\n\n"
  "My bill for February is $412, almost double what it was last February. Nothing has changed in the house, same "
  "thermostat settings, nobody new living here. Can someone look at whether the meter is reading right?\n\n"
  "Account 2207 448 391\n\nThanks,\nTom Redding\nAmes IA 50010\n",
  labels=["question"], entities={"name": "Tom Redding", "postal_code": "50010", "account": "2207 448 391"},
  note="Ordinary billing question in the same fortnight: question only.",
  category="first mail: billing question")

PRIYA_OWN = own("Priya Raman", "priya@ramandental.com", "Unsubscribe - marketing emails", "2025-02-24 09:12:00", "CST",
                "Hello,\n\nPlease remove priya@ramandental.com from your marketing emails.\n\nThank you,\nPriya Raman\n",
                "customercare@alliant-energy.com", "<BN0PR08MB6951A2C0E3D1@BN0PR08MB6951.namprd08.prod.outlook.com>")
H("raman-outlook-resend", "2025-03-11 11:40:06", "customercare", "outlook", "Priya Raman", "priya@ramandental.com",
  "FW: Unsubscribe - marketing emails",
  "Hello again,\n\n"
  "I have had no response to the email below and I received another promotional email from you yesterday (the home energy "
  "assessment one). Please unsubscribe me from all marketing emails.\n\n"
  "Regards,\n\nPriya Raman, DDS\nOffice Manager | Raman Family Dental\n2210 Deming Way, Suite 140\nMiddleton, WI 53562\n608-555-0134\n\n"
  "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain "
  "confidential or privileged information, including patient health information. If you are not the intended recipient, "
  "please notify the sender and delete this message.\n",
  quote=PRIYA_OWN, quote_mode="forward", quote_to="customercare@alliant-energy.com",
  labels=["marketing_opt_out"], entities={"name": "Priya Raman", "postal_code": "53562"},
  note="Business customer forwards her own unanswered first request (Outlook FW block, no '>'); her new text restates 'unsubscribe me from all marketing emails', so the label comes from new text. Name without ', DDS'; ZIP from her signature; legal footer ignored.",
  category="second notice: forward of own earlier mail")

A_398 = ack("CC-2025-03-00398", "2025-03-11 13:10:02", "bob.halvorsen@gmail.com")
H("bob-thanks-ack", "2025-03-11 13:18:44", "customercare", "gmail_mobile", "Bob Halvorsen", "bob.halvorsen@gmail.com",
  "Re: We received your request [CC-2025-03-00398]",
  "Thank you!\n\nBob\n",
  quote=A_398, to_hdr=CC_TO_NAMED,
  labels=[], ack_to=None, entities={"name": "Bob"},
  note="A thank-you in reply to our acknowledgement: asks for nothing, no labels, not unclear, ack_to null (no answer is due).",
  category="reply to our ack: thanks")

M("lakeshore-suppression", "2025-03-11 14:02:19", "powerhousecatalog", "generic", "vendor notification",
  "Mail house's automated suppression report for the spring drop: vendor system mail, not a request, even though it says do-not-share and suppression.",
  program="vendor system", from_hdr="Lakeshore Direct Mail Services <dataops@lakeshoredirect.com>", to_hdr=PH,
  subject_hdr="[LDMS Job 25-0417] PowerHouse Spring 2025 - merge/purge & suppression complete",
  helo="relay2.lakeshoredirect.com", ip="199.71.14.26", env_from="dataops@lakeshoredirect.com", dkim="lakeshoredirect.com",
  msgid_host="relay2.lakeshoredirect.com",
  extra_headers=[("Auto-Submitted", "auto-generated"), ("X-LDMS-Job", "25-0417"), ("Precedence", "bulk")],
  body_kind="plain",
  text="Job 25-0417  PowerHouse Catalog - Spring 2025 drop\n"
       "Status: COMPLETE\n\n"
       "Input records ............... 184,220\n"
       "NCOA moves applied .......... 6,918\n"
       "Client DNM / do-not-share ... 1,284 suppressed\n"
       "DMAchoice suppression ....... 3,077 suppressed\n"
       "Deceased suppression ........ 412 suppressed\n"
       "Final mail file ............. 173,449\n\n"
       "Files are available on the SFTP site under /outbound/PH/2025-spring/.\n"
       "This is an automated message from the LDMS job scheduler. Do not reply.\n")

H("bixby-both-winlive", "2025-03-11 15:30:17", "powerhousecatalog", "winlive", "Harold Bixby", "hjbixby@frontiernet.net",
  "catalog",
  "To whom it may concern,\n\n"
  "I wrote to you in February but I am not sure it went through because I never got anything back. "
  "Please stop sending the PowerHouse catalog to us AND do not share our name with anyone else. We are getting "
  "catalogs from places we never ordered from.\n\n"
  "Thank you.\n\nHarold & June Bixby\n3307 Sunset Dr\nMason City, IA  50401\n",
  pc_name="HAROLD-PC", smtp_host="smtp.frontiernet.net",
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Harold & June Bixby", "postal_code": "50401"},
  note="Not sure the first letter arrived, so asks again now: stop the catalog and don't share: both opt-outs. The account holders are writing about their own household. Joint name kept joint.",
  category="second notice: unsure first went through, both opt-outs")

H("villarreal-es-share", "2025-03-11 17:45:55", "powerhousecatalog", "outlook", "Rosa Elena Villarreal", "revillarreal@mchsi.com",
  "Recordatorio - no compartir mis datos",
  "Buenas tardes,\n\n"
  "Les escribo de nuevo para recordarles que no quiero que compartan mi nombre ni mi dirección con otras empresas de catálogos. "
  "El catálogo de ustedes sí lo quiero seguir recibiendo.\n\n"
  "Muchas gracias.\n\nRosa Elena Villarreal\nOttumwa, IA 52501\n",
  lang="es", charset='"iso-8859-1"',
  labels=["catalog_share_opt_out"], entities={"name": "Rosa Elena Villarreal", "postal_code": "52501"},
  note="Spanish polite reminder: don't share my name/address, keep sending your catalog: sharing opt-out only. iso-8859-1 body.",
  category="reminder: sharing only (es)")

H("optmeout-noobject", "2025-03-11 20:10:31", "customercare", "gmail_mobile", "", "jlarkin.88@gmail.com",
  "",
  "opt me out\n\nsent from my phone\n",
  unclear=True,
  note="'opt me out' with no object, no quote and no subject: unclear whichever mailbox got it.",
  category="unclear: no object")

# =====================================================================================
# Wednesday 12 March
# =====================================================================================
A_416 = ack("CC-2025-03-00416", "2025-03-12 06:55:30", "r.delacruz@riversidecu.org")
M("ndr-exchange-full", "2025-03-12 06:56:48", "customercare", "exchange_ndr", "bounce of our ack",
  "Exchange Online NDR (mailbox full) for our acknowledgement CC-2025-03-00416; includes the ack text.",
  re=A_416, remote_domain="riversidecu.org", rcpt_failed="r.delacruz@riversidecu.org", status="5.2.2",
  diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
  human_text="Your message to r.delacruz@riversidecu.org couldn't be delivered.\n\n"
             "The recipient's mailbox is full and can't accept messages now.\n\n"
             "Action Required: Try sending the message again later, or contact the recipient in some other way.\n\n"
             "How to Fix It\nThe recipient's mailbox is over its storage limit. Please try resending this message later.\n")

H("bruno-access-followup", "2025-03-12 08:15:03", "customercare", "samsung", "Angela Bruno", "angelabruno.mke@gmail.com",
  "Following up - my data request",
  "Hello,\n\n"
  "I requested a copy of all the personal information you have about me on February 20th (your reference CC-2025-02-01202). "
  "It's been almost a month and I haven't received anything. When will I get it?\n\n"
  "Angela Bruno\n\nSent from my Galaxy\n",
  labels=["question"], entities={"name": "Angela Bruno"},
  note="Follow-up on a data-access request: a request for a copy of one's data is a clear question; no opt-out.",
  category="follow-up: data access")

HEA_PATEL = promo_hea("Mahesh Patel <mpatel.cr@gmail.com>", "k7Qx2")
H("patel-reply-promo-why", "2025-03-12 09:40:20", "customercare", "gmail", "Mahesh Patel", "mpatel.cr@gmail.com",
  "Re: Free Home Energy Assessment: book yours this winter",
  "I replied UNSUBSCRIBE to one of these in January. Why am I still getting them??\n",
  quote=HEA_PATEL, to_hdr="Alliant Energy <customercare@alliant-energy.com>",
  labels=["marketing_opt_out", "question"],
  note="Reply under our promo: 'still getting them' after unsubscribing restates the wish (object = these promo e-mails) and asks why. Subject is Re: of our mail and does not count; quoted footer/53718 ignored.",
  category="second notice: reply under promo")

A_421 = ack("CC-2025-03-00421", "2025-03-12 10:05:12", "carla.mendes@yahoo.com")
H("carla-never-asked", "2025-03-12 10:22:48", "customercare", "yahoo", "Carla Mendes", "carla.mendes@yahoo.com",
  "Re: We received your request [CC-2025-03-00421]",
  "I never sent you any request. What is this about? Did someone use my email address?\n\nCarla\n",
  quote=A_421, to_hdr=CC_TO_NAMED,
  labels=["question"], entities={"name": "Carla"},
  note="Reply to our ack from someone who says she never asked: she asks a question that needs a human answer; no opt-out.",
  category="reply to our ack: never asked")

H("whitfield-privacy-q", "2025-03-12 11:50:36", "customercare", "proton", "", "j.whitfield@proton.me",
  "Question about your privacy policy",
  "Hi,\n\n"
  "Does Alliant share customers' email addresses or energy usage data with third parties, for example solar installers "
  "or data brokers? Your privacy policy talks about the catalog list, but I couldn't tell what happens on the utility side.\n\n"
  "J. Whitfield\n",
  labels=["question"], entities={"name": "J. Whitfield"},
  note="Question about what is shared: asking whether data is shared is a question, not a sharing opt-out.",
  category="first mail: privacy question")

H("amundson-same-other-address", "2025-03-12 13:33:07", "customercare", "gmail", "Steve Amundson", "samundson@gmail.com",
  "CC-2025-03-00331 - one more address",
  "Hello,\n\nRe CC-2025-03-00331: please do the same for our lake place at 88 Shoreline Rd, Clear Lake IA 50428.\n\n"
  "Thanks,\nSteve Amundson\n",
  unclear=True, entities={"name": "Steve Amundson", "postal_code": "50428"},
  note="'Do the same' for another address, pointing at an earlier request only by reference number: the act is not named (catalog stop? sharing?), so unclear per LABELS.",
  category="unclear: do the same (reference number)")

STAFF_HU = ph_staff_reply("Lillian Hu <lillian.hu@kirkwood.example.edu>", "2025-03-12 11:05:00", "hu0312", "Ms. Hu", tz="CDT")
M("mdn-staff-reply", "2025-03-12 14:47:26", "powerhousecatalog", "mdn", "read receipt",
  "Read receipt (MDN) for a staff reply sent from the catalog mailbox: machine mail, never acknowledged.",
  re=STAFF_HU, from_name="Lillian Hu", from_addr="lillian.hu@kirkwood.example.edu", host="mail.kirkwood.example.edu")

H("pruitt-ftc", "2025-03-12 16:05:44", "customercare", "outlookcom", "Gary Pruitt", "gpruitt_1962@outlook.com",
  "THIRD TIME ASKING",
  "This is the third time I am asking. Stop the emails about thermostats and solar and whatever else you are selling. "
  "If I get one more I am filing a complaint with the FTC and the Wisconsin attorney general. Why is this so hard???\n\n"
  "Gary Pruitt\nJanesville\n",
  html_only=True,
  labels=["marketing_opt_out", "question"], entities={"name": "Gary Pruitt"},
  note="Third notice with an FTC/AG threat: stop the sales e-mails (marketing opt-out) plus a complaint and a 'why', which need a human. HTML-only body.",
  category="escalation: FTC threat")

H("hernandez-es-first", "2025-03-12 18:30:12", "customercare", "gmail", "Lupe Hernández", "lupehdz1120@gmail.com",
  "Publicidad",
  "Por favor ya no me manden publicidad ni ofertas por correo postal. Gracias.\n\n"
  "Lupe Hernández\n1120 Cherry St\nBeloit WI 53511\n",
  lang="es", hdr_mode="Q",
  labels=["marketing_opt_out"], entities={"name": "Lupe Hernández", "postal_code": "53511"},
  note="Ordinary Spanish first request: no more advertising/offers by post. Encoded From name.",
  category="first request: marketing (es)")

H("lowercase-2nd-share", "2025-03-12 21:15:29", "powerhousecatalog", "yahoo", "", "trishmoe_22@yahoo.com",
  "2nd email",
  "this is my 2nd email. dont share my info with other companys. ty\n\ntrish\n",
  labels=["catalog_share_opt_out"], entities={"name": "trish"},
  note="Short second notice to the catalog mailbox: don't share my info: sharing opt-out. Lower-case first name counts as written.",
  category="second notice: sharing, terse")

H("dup-ignore", "2025-03-12 22:02:10", "customercare", "gmail_mobile", "Arlene Schutt", "arlene.schutt@gmail.com",
  "sorry - duplicate",
  "Sorry, I think I sent my earlier email twice. Please just ignore the second copy.\n\nArlene\n",
  labels=[], ack_to=None, entities={"name": "Arlene"},
  note="Only tells: she sent a duplicate. Nothing to act on or answer; ack_to null like a thank-you. (Staff still see it in the log.)",
  category="only tells: duplicate notice")

# =====================================================================================
# Thursday 13 March
# =====================================================================================
M("phish-quota", "2025-03-13 07:20:03", "customercare", "generic", "phishing",
  "Phishing aimed at our own mailbox (fake quota warning from a look-alike domain): automated, no labels.",
  program="phishing kit", from_hdr='"IT Helpdesk" <helpdesk@alliant-energy-support.com>', to_hdr=CC,
  subject_hdr="Mailbox quota exceeded - verify within 24 hours", helo="vps-4471.hostwinds.example", ip="104.168.57.19",
  rdns="client-104-168-57-19.hostwinds.example", env_from="apache@vps-4471.hostwinds.example", spf="softfail",
  msgid_host="vps-4471.hostwinds.example", body_kind="html", cte="base64",
  html="<html><body style=\"font-family:Segoe UI,Arial\"><p>Dear customercare,</p>"
       "<p>Your mailbox <b>customercare@alliant-energy.com</b> has exceeded its storage quota (99.7%). Incoming messages "
       "will be rejected after 24 hours.</p><p><a href=\"http://alliant-energy-support.com.login-verify.example/owa\">"
       "VERIFY MAILBOX</a></p><p>IT Helpdesk<br>Alliant Energy</p></body></html>\n")

H("jostrowski-back-on-keep-share", "2025-03-13 08:05:41", "powerhousecatalog", "gmail", "Jean Ostrowski", "jean.ostrowski@gmail.com",
  "Changed my mind about the catalog",
  "Hello,\n\n"
  "Last month I asked you to stop sending me the catalog. My daughter says I was too hasty, and she's right, I order from "
  "it every fall. Please put me back on the mailing list.\n\n"
  "But I still don't want my name given out to other companies, please keep that part.\n\n"
  "Jean Ostrowski\n92 Forest Ave\nFond du Lac, WI 54935\n",
  labels=["catalog_share_opt_out", "question"], entities={"name": "Jean Ostrowski", "postal_code": "54935"},
  note="Changed mind: wants the catalog back (opting back in = question; the old removal is not a new opt-out) but states now that her name must not be shared: sharing opt-out + question.",
  category="changed mind: back on catalog, keep sharing opt-out")

H("dolezal-dont-remember", "2025-03-13 09:30:14", "customercare", "comcast", "Frank Dolezal", "fdolezal@comcast.net",
  "did I already send this?",
  "I can't remember if I already sent this. If I did, can you tell me when? If not, please take me off your mailing list "
  "for the advertisements.\n\nFrank Dolezal\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Frank Dolezal"},
  note="Confused whether he asked before: asks us to tell him (question) and clearly asks to be removed from the advertising mailing list (opt-out).",
  category="confused: did I already ask")

A_462 = ack("CC-2025-03-00462", "2025-03-13 10:42:50", "suzanne.frey52@gmail.com")
M("gmail-vacation", "2025-03-13 10:43:18", "customercare", "gmail_vacation", "auto-reply to our ack (loop trap)",
  "LOOP TRAP: Gmail vacation responder answering our acknowledgement CC-2025-03-00462 (Auto-Submitted: auto-replied).",
  re=A_462, from_name="Suzanne Frey", from_addr="suzanne.frey52@gmail.com",
  text="Thanks for your email. I'm traveling until March 21 and will reply when I'm back.\n\n-Sue\n")

H("lindqvist-phone-followup", "2025-03-13 11:15:38", "customercare", "gmail", "Ruth Ann Lindqvist", "ralindqvist@gmail.com",
  "Follow up to my phone call",
  "Good morning,\n\n"
  "I called your customer service line on March 5 and the young woman I spoke with said she would take me off the "
  "mailing list for promotions. I am still getting them, two this week. Please make sure this is done.\n\n"
  "Ruth Ann Lindqvist\nacct 55120-88314\n",
  labels=["marketing_opt_out"], entities={"name": "Ruth Ann Lindqvist", "account": "55120-88314"},
  note="Follow-up to a phone request that names the object (promotional mailings) and asks again now: marketing opt-out; no question.",
  category="second notice: after phone call")

H("gmail-unsub-button", "2025-03-13 12:02:57", "customercare", "gmail_unsub", "", "hollis.tran@gmail.com",
  "unsubscribe",
  "This message was automatically generated by Gmail.\n",
  plain_only=True,
  labels=["marketing_opt_out"],
  note="Gmail 'Unsubscribe' button sent to the promo's List-Unsubscribe mailto: a person's opt-out (automated=false); no Auto-Submitted, so ack_to = From.",
  category="List-Unsubscribe mailto (Gmail)")

H("graff-who-did-you-give", "2025-03-13 13:40:22", "powerhousecatalog", "gmail", "Paula Graff", "paulagraff@gmail.com",
  "Who did you give my name to?",
  "Ever since I bought a space heater from you I get catalogs from Prairie Hearth and Cedar & Lane. I asked you in January "
  "not to share my name and I still don't want it shared. Who did you give it to?\n\n"
  "Paula Graff\ncustomer # 0039-2271\n",
  labels=["catalog_share_opt_out", "question"], entities={"name": "Paula Graff", "account": "0039-2271"},
  note="Restates a current sharing opt-out ('I still don't want it shared') and asks with whom it was shared (a question).",
  category="second notice: sharing + who got my name")

H("cole-written-confirmation", "2025-03-13 15:20:09", "customercare", "applemail", "Nathan Cole", "ncole@baraboolaw.example.com",
  "Written confirmation requested",
  "To whom it may concern:\n\n"
  "For my records, please send me written confirmation that my opt-out request of February 18, 2025 was processed, "
  "and the date it took effect.\n\n"
  "Nathan Cole\n612 Ridge Rd\nBaraboo, WI 53913\n",
  smtp_host="mail.baraboolaw.example.com",
  labels=["question"], entities={"name": "Nathan Cole", "postal_code": "53913"},
  note="Asks for written confirmation of an earlier opt-out without saying what it was: a question for staff (look up and confirm), not a new opt-out.",
  category="confirmation in writing")

M("seo-outreach", "2025-03-13 17:05:44", "customercare", "generic", "cold outreach",
  "SEO cold outreach: bulk sales mail written to look personal; automated, no labels.",
  program="outreach tool", from_hdr="Kyle from RankLift <kyle@ranklift-seo.example>", to_hdr=CC,
  subject_hdr="Quick question about alliant-energy.com", helo="mta-12.outreachmailer.example", ip="168.245.51.77",
  env_from="bounces+19933@em.ranklift-seo.example", dkim="ranklift-seo.example", msgid_host="ranklift-seo.example",
  extra_headers=[("List-Unsubscribe", "<https://ranklift-seo.example/u/9f2c1a>"), ("X-Campaign", "utilities-q1-seq2")],
  body_kind="alt",
  text="Hi there,\n\nI was looking at alliant-energy.com and noticed a few pages are loading slowly on mobile and "
       "missing meta descriptions. We help utilities rank for local terms like 'energy assessment near me'.\n\n"
       "Would you be open to a 15-minute call this week?\n\nKyle\nRankLift SEO\n\n"
       "If you'd rather not hear from me again, just let me know.\n",
  html="<html><body><p>Hi there,</p><p>I was looking at alliant-energy.com and noticed a few pages are loading slowly on "
       "mobile and missing meta descriptions. We help utilities rank for local terms like 'energy assessment near me'.</p>"
       "<p>Would you be open to a 15-minute call this week?</p><p>Kyle<br>RankLift SEO</p>"
       "<p style=\"font-size:11px;color:#888\">If you'd rather not hear from me again, just let me know.</p>"
       "<img src=\"https://t.ranklift-seo.example/o/9f2c1a.gif\" width=\"1\" height=\"1\"></body></html>\n")

A_477 = ack("CC-2025-03-00477", "2025-03-13 19:41:03", "mikaelahr@icloud.com")
H("thumbs-up-ack", "2025-03-13 19:50:17", "customercare", "iphone", "Mikaela Rhodes", "mikaelahr@icloud.com",
  "Re: We received your request [CC-2025-03-00477]",
  "\U0001F44D\n\nSent from my iPhone\n",
  quote=A_477, to_hdr=CC_TO_NAMED,
  labels=[], ack_to=None,
  note="Thumbs-up emoji under our acknowledgement: read as 'ok, got it'; a reply to our ack that asks for nothing, so no labels, not unclear, ack_to null. (The same emoji under a promo would be unclear.)",
  category="reply to our ack: emoji")

# =====================================================================================
# Friday 14 March
# =====================================================================================
H("tran-delete-second", "2025-03-14 07:35:26", "customercare", "gmail", "Jessica Tran", "jesstran.co@gmail.com",
  "Second request: delete my data",
  "Hi,\n\n"
  "Second request (first one sent Feb 27): please delete my account information and all personal data you hold about me. "
  "I closed my account when I moved to Colorado in December and I'd like it all gone.\n\n"
  "Jessica Tran\n",
  tz="MDT",
  labels=["question"], unclear=True, entities={"name": "Jessica Tran"},
  note="Second request to delete everything: per LABELS a deletion request is unclear plus question (the bot may not delete account data).",
  category="second notice: deletion")

H("lutz-webform-both", "2025-03-14 08:50:03", "customercare", "webform", "", "noreply@alliantenergy.com",
  "Contact Us: Privacy / Mailing preferences",
  "Contact Us form submission\n"
  "--------------------------------\n"
  "Topic:     Privacy / Mailing preferences\n"
  "Name:      Howard Lutz\n"
  "Email:     hlutz1951@mchsi.com\n"
  "Phone:     563-555-0172\n"
  "Account:   6620-118-403\n"
  "ZIP:       52732\n"
  "--------------------------------\n"
  "Message:\n"
  "I have asked on the phone twice now. No more advertising in the mail please, and don't give my name to other companies either.\n",
  reply_to="Howard Lutz <hlutz1951@mchsi.com>",
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Howard Lutz", "postal_code": "52732", "account": "6620-118-403"},
  ack_to="reply_to",
  note="Our Contact Us relay (From noreply@, customer in Reply-To): third try after two phone calls; no advertising mail + don't give my name out: both opt-outs. ack_to = Reply-To.",
  category="web form: both opt-outs (after phone calls)")

A_493 = ack("CC-2025-03-00493", "2025-03-14 09:23:40", "gkessler@netins.net")
M("qmail-bounce", "2025-03-14 09:24:15", "customercare", "qmail_bounce", "bounce of our ack",
  "Legacy qmail bounce (no MIME) of our acknowledgement CC-2025-03-00493; the copy below contains opt-out wording.",
  program="qmail", re=A_493, remote_host="mail.netins.net", rcpt_failed="gkessler@netins.net",
  diag="Sorry, no mailbox here by that name. (#5.1.1)")

A_489 = ack("CC-2025-03-00489", "2025-03-14 10:02:33", "rolmstead@mchsi.com")
H("olmstead-confirm-post", "2025-03-14 10:10:52", "customercare", "roundcube", "R. Olmstead", "rolmstead@mchsi.com",
  "Re: We received your request [CC-2025-03-00489]",
  "Please send me confirmation in writing, by regular mail, to my home address when this is finished:\n\n"
  "822 Elm St\nMarshalltown IA 50158\n\nR. Olmstead\n",
  quote=A_489, to_hdr=CC_TO_NAMED, webmail_host="webmail.mchsi.com", smtp_host="smtp.mchsi.com",
  labels=["question"], entities={"name": "R. Olmstead", "postal_code": "50158"},
  note="Reply to our ack asking for confirmation by post when done: a request staff must handle (question); the reply itself restates no opt-out.",
  category="reply to our ack: confirmation in writing")

H("schreiber-bbb-did-you-sell", "2025-03-14 11:38:20", "customercare", "outlookcom", "Wayne Schreiber", "wschreiber@live.com",
  "Still getting advertising - BBB",
  "I've asked twice to stop all advertising from Alliant. Now I am also getting junk mail from solar installers who seem to "
  "know I'm your customer. Did you sell my information? I am going to file with the BBB.\n\n"
  "Wayne Schreiber\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Wayne Schreiber"},
  note="Restates 'stop all advertising' (marketing opt-out) and asks whether his data was sold, plus a BBB threat: question. Asking whether data was sold is not itself a sharing opt-out.",
  category="escalation: BBB + did you sell")

H("how-stop-catalog", "2025-03-14 13:00:08", "customercare", "yahoo", "Gail Fenske", "gfenske@yahoo.com",
  "PowerHouse catalog",
  "How do I get off the list for the PowerHouse catalog? Is there a form somewhere or do I have to call?\n\nGail\n",
  labels=["question"], entities={"name": "Gail"},
  note="A question about how to opt out, with no request to be opted out: question only.",
  category="first mail: how-to question")

H("sokol-dictated", "2025-03-14 14:22:30", "powerhousecatalog", "gmail", "Tyler Sokol", "tyler.sokol03@gmail.com",
  "For Irene Sokol - stop catalog",
  "This is Irene Sokol. My grandson is typing this for me.\n\n"
  "I have asked on the telephone twice to stop the PowerHouse Catalog and it still comes every month. I do not want it "
  "anymore. Please take me off.\n\n"
  "Irene Sokol\n707 W 3rd St\nBurlington, IA 52601\n",
  labels=["marketing_opt_out"], entities={"name": "Irene Sokol", "postal_code": "52601"},
  note="Dictated by the customer herself, typed by her grandson from his account: she is the writer, so her standing is clear; stop the catalog = marketing opt-out. ack_to = From (no Reply-To).",
  category="second notice: dictated to grandson")

M("cold-sales-privacy", "2025-03-14 15:50:48", "powerhousecatalog", "generic", "cold sales",
  "Cold sales pitch for a privacy-request platform; full of 'opt-out' and 'do not sell' words but not a request: automated.",
  program="sales sequence", from_hdr="Morgan Ellis <morgan@optoutly.example>", to_hdr=PH,
  subject_hdr="Automate your Do Not Sell / opt-out requests", helo="o1.ptr3321.optoutly.example", ip="149.72.188.40",
  env_from="bounces+4412@em.optoutly.example", dkim="optoutly.example", msgid_host="geopod-ismtpd-7.example",
  extra_headers=[("List-Unsubscribe", "<mailto:unsubscribe@optoutly.example?subject=unsub>"), ("X-SG-EID", "u001.x3Kp9QaZ")],
  body_kind="alt",
  text="Hi PowerHouse team,\n\nCatalog companies are getting more opt-out and 'do not sell my personal information' requests "
       "than ever. Optoutly reads your privacy inbox, suppresses the name across your list partners and sends the "
       "confirmation for you.\n\nWorth a look? Here's a 2-minute demo: https://optoutly.example/demo\n\nMorgan Ellis\nOptoutly\n",
  html="<html><body><p>Hi PowerHouse team,</p><p>Catalog companies are getting more opt-out and 'do not sell my personal "
       "information' requests than ever. Optoutly reads your privacy inbox, suppresses the name across your list partners "
       "and sends the confirmation for you.</p><p>Worth a look? <a href=\"https://optoutly.example/demo\">2-minute demo</a></p>"
       "<p>Morgan Ellis<br>Optoutly</p></body></html>\n")

H("muddle-catalog-emails", "2025-03-14 17:30:03", "powerhousecatalog", "samsung", "Denise Kowalczyk", "dkowalczyk71@gmail.com",
  "catalog??",
  "Take me off the catalog list. Actually no, I like the catalog, it's the emails I don't want. Or both, I don't know, "
  "my husband wants the catalog. Let me talk to him.\n\nDenise\n\nSent from my Galaxy\n",
  unclear=True, entities={"name": "Denise"},
  note="Self-contradicting wishes (catalog off / keep it / e-mails off / both / ask husband): unclear per LABELS.",
  category="unclear: contradicting")

A_1390 = ack("CC-2025-02-01390", "2025-02-24 16:12:40", "teresa.arredondo@gmail.com", tz="CST")
H("arredondo-es-still-catalog", "2025-03-14 20:40:19", "customercare", "gmail", "Teresa Arredondo", "teresa.arredondo@gmail.com",
  "Re: We received your request [CC-2025-02-01390]",
  "Ya les pedí que no me mandaran más el catálogo y todavía me llega. Ayer llegó otro. ¿Por qué?\n\nTeresa\n",
  quote=A_1390, to_hdr=CC_TO_NAMED, lang="es",
  labels=["marketing_opt_out", "question"], entities={"name": "Teresa"},
  note="Spanish reply to our February ack: her own words say she asked not to be sent the catalog and it still comes, and she asks why: opt-out restated + question.",
  category="reply to our ack: still receiving (es)")

# =====================================================================================
# Saturday 15 March
# =====================================================================================
H("moua-change-address", "2025-03-15 09:05:44", "customercare", "thunderbird", "Kevin Moua", "kmoua@chorus.net",
  "Change of address",
  "Hi,\n\n"
  "We moved at the end of February. Please update the mailing address on our account for billing.\n\n"
  "New address:\n4410 Sandhill Ct\nSun Prairie, WI 53590\n\n"
  "Account 9031 552 770\n\nKevin and Amy Moua\n",
  smtp_host="smtp.chorus.net", smtp_ip="64.83.12.18",
  labels=["question"], entities={"name": "Kevin and Amy Moua", "postal_code": "53590", "account": "9031 552 770"},
  note="Ordinary change of address: question (LABELS). Joint name as written; the new ZIP is the person's address.",
  category="first mail: change of address")

H("marlene-thanks-stopped", "2025-03-15 10:40:21", "customercare", "gmail", "Marlene Otte", "marlene.otte@gmail.com",
  "Thank you",
  "Just wanted to say thank you, the emails have stopped. I appreciate it.\n\nMarlene\n",
  labels=[], ack_to=None, entities={"name": "Marlene"},
  note="A fresh thank-you saying the e-mails stopped: only tells, asks nothing; no labels, ack_to null.",
  category="only tells: thanks, it worked")

M("list-post-utility-privacy", "2025-03-15 12:15:33", "customercare", "generic", "mailing list post",
  "Mailing-list post (Mailman) about handling repeat opt-out requests; customercare is subscribed. A person wrote it, but list traffic is automated.",
  program="mailman 3", from_hdr="Renee Albers <ralbers@midstatecoop.example>", to_hdr="utility-privacy-ops@lists.energyprofessionals.example",
  subject_hdr="[utility-privacy-ops] Handling repeat opt-out requests (second notices)",
  helo="lists.energyprofessionals.example", ip="45.79.20.118", env_from="utility-privacy-ops-bounces@lists.energyprofessionals.example",
  dkim="energyprofessionals.example", msgid_host="midstatecoop.example",
  extra_headers=[("List-Id", "Utility privacy operations <utility-privacy-ops.lists.energyprofessionals.example>"),
                 ("List-Unsubscribe", "<mailto:utility-privacy-ops-leave@lists.energyprofessionals.example>"),
                 ("List-Post", "<mailto:utility-privacy-ops@lists.energyprofessionals.example>"),
                 ("Precedence", "list"), ("X-Mailman-Version", "3.3.9")],
  body_kind="plain",
  text="Hi all,\n\nHow are other co-ops handling second and third notices from members who say their opt-out didn't take? "
       "We're seeing a lot of 'I already asked you on the 3rd' mail, some with threats to go to the AG. Do you re-apply the "
       "opt-out automatically or send them to a person?\n\nRenee\n\n"
       "_______________________________________________\nutility-privacy-ops mailing list -- utility-privacy-ops@lists.energyprofessionals.example\n"
       "To unsubscribe send an email to utility-privacy-ops-leave@lists.energyprofessionals.example\n")

H("pech-supervisor-call", "2025-03-15 14:00:37", "customercare", "gmail", "Lorraine Pech", "lorrainepech@gmail.com",
  "I want to speak to a supervisor",
  "I would like a supervisor to call me about the number of times I have asked to be removed from your marketing. "
  "It has been four times since Christmas. Take me off, and call me at 319-555-0147 after 3 pm.\n\n"
  "Lorraine Pech\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Lorraine Pech"},
  note="Asks again to be removed from marketing (opt-out) and demands a supervisor call back (a complaint needing a person). Phone number is not an entity.",
  category="escalation: supervisor call")

H("gruber-now-no-catalog", "2025-03-15 16:45:58", "powerhousecatalog", "iphone", "Walt Gruber", "waltgruber@icloud.com",
  "catalog - changed my mind",
  "A couple weeks ago I asked you only not to share my name. I've decided I don't want the catalog at all anymore either.\n\n"
  "Walt Gruber\nOshkosh 54901\n\nSent from my iPhone\n",
  labels=["marketing_opt_out"], entities={"name": "Walt Gruber", "postal_code": "54901"},
  note="Changed mind the other way: the earlier sharing request is old news; the new wish is no catalog at all: marketing opt-out only.",
  category="changed mind: now stop catalog too")

A_527 = ack("CC-2025-03-00527", "2025-03-15 19:18:42", "dlindgren@tds.net")
M("challenge-response", "2025-03-15 19:19:30", "customercare", "challenge", "challenge-response (loop trap)",
  "LOOP TRAP: challenge-response filter asks our acknowledgement CC-2025-03-00527 to prove it is human; never answer.",
  program="challenge-response", re=A_527, sys_domain="mailguard-verify.example", env_from="verify@mailguard-verify.example",
  from_name="MailGuard for dlindgren@tds.net", from_addr="verify@mailguard-verify.example",
  subject="[MailGuard] Please verify your message to dlindgren@tds.net",
  text="Hello,\n\nI use MailGuard to keep my inbox free of junk. Your message \"We received your request [CC-2025-03-00527]\" "
       "is being held until you confirm you are a real person.\n\nClick here to verify: https://mailguard-verify.example/v/8c1f33e0\n\n"
       "You only need to do this once.\n")

# =====================================================================================
# Sunday 16 March
# =====================================================================================
H("hargrove-household", "2025-03-16 08:10:29", "customercare", "outlookcom", "Dennis Hargrove", "dhargrove@outlook.com",
  "Promotional mail - whole household",
  "Hello,\n\n"
  "I'm the account holder. Please remove everyone in our household from your promotional mailings: me, my wife Carol, "
  "and our son, who all live at the same address. We asked once already in January.\n\n"
  "Acct 4471 902 558\n\nDennis Hargrove\n",
  labels=["marketing_opt_out"], entities={"name": "Dennis Hargrove", "account": "4471 902 558"},
  note="Account holder writing for his household (has standing per LABELS): marketing opt-out; name = the account holder.",
  category="second notice: household by account holder")

H("ortiz-daughter-mixed", "2025-03-16 10:30:11", "customercare", "gmail_mobile", "Vanessa Ortiz", "vane.ortiz@gmail.com",
  "for my mom / para mi mamá",
  "Hi, mi mamá me pidió que les escriba otra vez. She doesn't want the promo mail anymore, ya les había llamado en febrero. "
  "Her name is Graciela Ortiz, account 3390 1187 42.\n\nGracias,\nVanessa\n",
  lang="es+en",
  unclear=True, entities={"name": "Graciela Ortiz", "account": "3390 1187 42"},
  note="Mixed Spanish/English: a daughter writes for her mother (not the account holder, no stated authority): on behalf of someone else, so unclear; entities name the mother.",
  category="on behalf: daughter (mixed es/en)")

H("apple-unsub-catalog", "2025-03-16 13:15:44", "powerhousecatalog", "iphone", "", "lbrenneman@me.com",
  "unsubscribe",
  "",
  plain_only=True,
  labels=["marketing_opt_out"],
  note="Apple Mail 'Unsubscribe' (List-Unsubscribe mailto from a catalog e-mail) with an empty body: a person's marketing opt-out, never a sharing opt-out; no Auto-Submitted, ack_to = From.",
  category="List-Unsubscribe mailto (Apple Mail)")

H("mike-as-i-asked", "2025-03-16 15:40:09", "customercare", "yahoo", "Mike Strand", "mstrand_64@yahoo.com",
  "following up",
  "Just following up on my email from last week. Please take care of it as I asked.\n\nMike\n",
  unclear=True, entities={"name": "Mike"},
  note="'Take care of it as I asked' with no object: reference to earlier mail without saying what: unclear.",
  category="unclear: as I asked before")

A_543 = ack("CC-2025-03-00543", "2025-03-16 17:50:30", "hannah.lee.wi@gmail.com")
H("lee-keep-newsletter", "2025-03-16 18:05:50", "customercare", "gmail", "Hannah Lee", "hannah.lee.wi@gmail.com",
  "Re: We received your request [CC-2025-03-00543]",
  "Hi, quick follow-up. I asked to be taken off your emails but I actually do want to keep getting the Home Comfort Tips "
  "newsletter. Can you leave that one on?\n\nHannah Lee\n",
  quote=A_543, to_hdr=CC_TO_NAMED,
  labels=["question"], entities={"name": "Hannah Lee"},
  note="Reply to our ack asking to keep one newsletter after all: opting back in is a question; the earlier removal is not a new opt-out.",
  category="changed mind: keep newsletter")

M("spam-es-lottery", "2025-03-16 21:30:02", "customercare", "generic", "spam",
  "Spanish lottery spam (windows-1252, base64): automated.",
  lang="es", program="spam", from_hdr="=?windows-1252?Q?Loter=EDa_Internacional?= <premios@loteria-intl.example>",
  to_hdr=CC, subject_hdr="=?windows-1252?Q?=A1Felicidades!_Usted_ha_ganado_=8050.000?=",
  helo="smtp.loteria-intl.example", ip="185.222.58.14", env_from="premios@loteria-intl.example", spf="fail",
  msgid_host="loteria-intl.example", body_kind="plain", charset="windows-1252", cte="base64",
  text="Estimado ganador:\n\nSu dirección de correo fue seleccionada en nuestro sorteo internacional. Ha ganado €50.000. "
       "Para reclamar su premio envíe su nombre completo, dirección y número de teléfono a nuestro agente.\n\n"
       "Sr. Alfonso Ríos\nDepartamento de Premios\n",
  extra_headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])

# =====================================================================================
# Monday 17 March
# =====================================================================================
A_547 = ack("CC-2025-03-00547", "2025-03-17 06:43:55", "dkoenig@koenigsupply.com")
M("ooo-koenig-quotes-ack", "2025-03-17 06:44:20", "customercare", "exchange_ooo", "auto-reply to our ack (loop trap)",
  "LOOP TRAP: out-of-office that quotes our whole acknowledgement (opt-out and sharing wording inside); Auto-Submitted present.",
  program="exchange-online", re=A_547, from_name="Dale Koenig", from_addr="dkoenig@koenigsupply.com", quote_original=True,
  text="Thank you for your email. I am at a trade show March 17-19 and will respond when I return.\n\nDale Koenig\nKoenig Supply Co.\n")

H("haugen-polite-reminder", "2025-03-17 07:50:33", "powerhousecatalog", "yahoo", "Eleanor Haugen", "eleanorhaugen@yahoo.com",
  "Reminder: my letter of March 3",
  "Hello,\n\n"
  "Just a polite reminder of my letter of March 3. I asked that my name not be shared with or sold to other catalog companies, "
  "and I would still like that. I have started getting catalogs from companies I have never heard of. "
  "Could you confirm it has been done?\n\n"
  "Thank you,\nEleanor Haugen\nCustomer number 0071-4482\n",
  labels=["catalog_share_opt_out", "question"], entities={"name": "Eleanor Haugen", "account": "0071-4482"},
  note="Polite reminder restating a current sharing opt-out ('I would still like that') and asking for confirmation it was done (status: question).",
  category="reminder: sharing + confirm")

JENSEN_OWN = own("Carol Jensen", "caroljensen1955@gmail.com", "Please remove me", "2025-02-21 10:14:00", "CST",
                 "Please remove me from the PowerHouse Catalog mailing list.\n\nCarol Jensen\n2719 Grand Ave\nAmes IA 50010\n",
                 "powerhousecatalog@alliant-energy.com", "<CAF3kLq9x2mZ=Rq7d@mail.gmail.com>")
H("jensen-fwd-own-named", "2025-03-17 08:35:02", "powerhousecatalog", "gmail", "Carol Jensen", "caroljensen1955@gmail.com",
  "Fwd: Please remove me",
  "Sending this again since the catalogs keep coming. Please remove me from the catalog mailing list.\n\nCarol Jensen\n",
  quote=JENSEN_OWN, quote_mode="forward", quote_to="powerhousecatalog@alliant-energy.com",
  labels=["marketing_opt_out"], entities={"name": "Carol Jensen"},
  note="Forwards her own February request, and her new text says it again (remove me from the catalog mailing list): marketing opt-out from the new text. Address/ZIP only in the forwarded part: not extracted.",
  category="second notice: forward of own mail, restated")

HOOVER_OWN = own("Janet Hoover", "janet.hoover@outlook.com", "do not share", "2025-02-28 19:40:00", "CST",
                 "Please do not sell or share my name and address with any other company.\n\nJanet Hoover\n1503 Maple Ln\nDecorah IA 52101\n",
                 "powerhousecatalog@alliant-energy.com", "<SJ0PR11MB5103D3E1A0C44F0@SJ0PR11MB5103.namprd11.prod.outlook.com>")
H("hoover-fwd-see-below", "2025-03-17 09:20:45", "powerhousecatalog", "outlookcom", "Janet Hoover", "janet.hoover@outlook.com",
  "Fw: do not share",
  "2nd request, see below\n",
  quote=HOOVER_OWN, quote_mode="forward", quote_to="powerhousecatalog@alliant-energy.com",
  unclear=True,
  note="Forward of her own earlier request whose only new text is '2nd request, see below': LABELS counts only the sender's new text and says 'see below' decides nothing, so unclear; staff will see the forwarded request is hers. Name/ZIP only in the forwarded part: no entities.",
  category="second notice: forward of own mail, 'see below'")

STAFF_BERG = ph_staff_reply("Allen Berg <aberg@berglandscaping.example.com>", "2025-03-14 14:40:00", "berg0314", "Mr. Berg", tz="CDT")
M("delay-dsn-staff", "2025-03-17 10:05:12", "powerhousecatalog", "postfix_dsn", "bounce (delay notice)",
  "Our own outbound relay's 'delayed mail' notice for a staff reply from the catalog mailbox: machine mail.",
  program="postfix (our relay)", re=STAFF_BERG, remote_host="mx2.alliant-energy.com", rcpt_failed="aberg@berglandscaping.example.com",
  status="4.4.1", kind="delay", local=True, remote_mta="mail.berglandscaping.example.com",
  diag="X-Postfix; connect to mail.berglandscaping.example.com[198.51.100.23]:25: Connection timed out",
  human_text="This is the mail system at host mx2.alliant-energy.com.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
             "Your message could not be delivered for more than 3 day(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "                   The mail system\n\n<aberg@berglandscaping.example.com>: connect to\n"
             "    mail.berglandscaping.example.com[198.51.100.23]:25: Connection timed out\n")

H("nyberg-did-it-go-through", "2025-03-17 11:30:17", "customercare", "samsung", "Craig Nyberg", "craig.nyberg@gmail.com",
  "Did my request go through?",
  "Did my request to stop the promotional emails go through? I'm still getting them, one came this morning. Please stop them.\n\n"
  "Craig\n\nSent from my Galaxy\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Craig"},
  note="Asks whether his earlier request went through (question) and asks again to stop the promotional e-mails (opt-out).",
  category="second notice: did it go through + stop")

H("patel-do-not-sell", "2025-03-17 12:45:29", "customercare", "gmail", "Anjali Patel", "anjali.patel.dsm@gmail.com",
  "Do not sell my personal information",
  "Do not sell my personal information.\n\nAnjali Patel\n",
  labels=["catalog_share_opt_out"], entities={"name": "Anjali Patel"},
  note="'Do not sell my personal information' sent to customercare: sharing opt-out whatever the mailbox.",
  category="first request: do not sell")

H("faust-attorney", "2025-03-17 14:10:03", "customercare", "outlook", "Elizabeth Norgaard", "enorgaard@norgaardlaw.example.com",
  "Leonard Faust - demand to cease marketing communications",
  "Dear Sir or Madam:\n\n"
  "This office represents Mr. Leonard Faust, 1902 Oak Park Blvd, Cedar Falls, IA 50613, an Alliant Energy customer. "
  "Mr. Faust has twice asked Alliant Energy in writing, on January 22 and February 19, 2025, to stop sending him "
  "marketing communications. He continues to receive them.\n\n"
  "On his behalf we demand that Alliant Energy cease all marketing and promotional communications to Mr. Faust by mail "
  "and e-mail, and that you confirm in writing within ten (10) days that this has been done. Please direct all "
  "correspondence on this matter to the undersigned.\n\n"
  "Sincerely,\n\nElizabeth Norgaard\nNorgaard Law Office, P.L.C.\n311 Main St, Suite 2\nCedar Falls, IA 50613\n319-555-0163\n\n"
  "This message may contain confidential attorney-client communications. If you received it in error, please delete it "
  "and notify the sender.\n",
  charset='"utf-8"',
  labels=["marketing_opt_out", "question"], entities={"name": "Leonard Faust", "postal_code": "50613"},
  note="Attorney writing for her client: a lawyer stating she represents him has standing, so the opt-out is acted on; the legal demand for written confirmation goes to a person (question). Entities name the client.",
  category="escalation: attorney letter")

H("anders-already-in-mail", "2025-03-17 15:55:41", "powerhousecatalog", "gmail", "Beth Anders", "bethanders.wi@gmail.com",
  "spring catalog arrived anyway",
  "Hi,\n\n"
  "You confirmed my request (CC-2025-02-01566) but the spring catalog came yesterday anyway. Is that just one that was "
  "already in the mail, like your email said could happen?\n\nBeth Anders\n",
  labels=["question"], entities={"name": "Beth Anders"},
  note="Asks whether a catalog that arrived was already in the post. She does not say what her earlier request was (stop the catalog or only sharing?), so no new opt-out is stated: question only.",
  category="status question: already in the mail?")

A_581 = ack("CC-2025-03-00581", "2025-03-17 17:18:33", "mschultz@wapsievalley.k12.example.us")
M("freshdesk-school", "2025-03-17 17:19:02", "customercare", "helpdesk", "ticket system auto-ack (loop trap)",
  "LOOP TRAP: a school district's Freshdesk opens a ticket for our acknowledgement CC-2025-03-00581.",
  program="freshdesk", re=A_581, kind="freshdesk", sys_domain="wapsievalley.freshdesk.com", env_from="support@wapsievalley.freshdesk.com",
  from_name="Wapsie Valley Schools IT Help Desk", from_addr="support@wapsievalley.freshdesk.com",
  subject="Ticket Received - We received your request [CC-2025-03-00581]",
  extra_headers=[("X-Freshdesk-Ticket", "#20931"), ("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")],
  text="Dear Alliant Energy Customer Care,\n\nWe would like to acknowledge that we have received your request and a ticket "
       "has been created. A support representative will be reviewing your request and will send you a personal response "
       "(usually within 24 hours).\n\nTicket #20931\n\nThank you for your patience.\n\nWapsie Valley Schools IT Help Desk\n")

A_602 = ack("CC-2025-03-00602", "2025-03-17 19:30:08", "patnowicki@aol.com")
H("nowicki-add-share", "2025-03-17 19:40:25", "customercare", "aol", "Pat Nowicki", "patnowicki@aol.com",
  "Re: We received your request [CC-2025-03-00602]",
  "Also please don't share my name with the other catalog companies, I forgot to say that. Same address as before.\n\n"
  "Pat Nowicki\n",
  quote=A_602, to_hdr=CC_TO_NAMED,
  labels=["catalog_share_opt_out"], entities={"name": "Pat Nowicki"},
  note="Reply to our ack that adds a new, fully stated wish (don't share my name): sharing opt-out from her own words.",
  category="reply to our ack: adds sharing opt-out")

# =====================================================================================
# Tuesday 18 March
# =====================================================================================
A_607 = ack("CC-2025-03-00607", "2025-03-18 07:09:40", "ramon.echeverria@yahoo.com")
H("ramon-gracias-ack", "2025-03-18 07:15:03", "customercare", "yahoo", "Ramón Echeverría", "ramon.echeverria@yahoo.com",
  "Re: We received your request [CC-2025-03-00607]",
  "Gracias por la confirmación.\n\nRamón\n",
  quote=A_607, to_hdr=CC_TO_NAMED, lang="es",
  labels=[], ack_to=None, entities={"name": "Ramón"},
  note="Spanish thank-you to our acknowledgement: asks nothing, ack_to null.",
  category="reply to our ack: thanks (es)")

H("vogel-stop-and-budget", "2025-03-18 08:40:48", "customercare", "gmail", "Curtis Vogel", "cvogel.dbq@gmail.com",
  "two things",
  "Hello,\n\nTwo things:\n\n"
  "1. Please stop mailing me the promotional flyers. This is the second time I'm asking.\n"
  "2. How do I sign up for budget billing? I'd like the same amount every month.\n\n"
  "Curtis Vogel\nacct 3318-442-009\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Curtis Vogel", "account": "3318-442-009"},
  note="Two requests: stop the promotional flyers (second notice) and a budget-billing question.",
  category="second notice + service question")

M("crm-weekly-export", "2025-03-18 09:55:37", "customercare", "generic", "system notification",
  "Preference-center vendor's weekly export notice mentioning opt-outs: system mail, no labels.",
  program="vendor system", from_hdr="PrefCenter Notifications <no-reply@prefcenter-notify.example>", to_hdr=CC,
  subject_hdr="Weekly export ready: privacy preference changes (Mar 10 - Mar 16)", helo="mta1.prefcenter-notify.example",
  ip="35.174.18.201", env_from="bounce@prefcenter-notify.example", dkim="prefcenter-notify.example", msgid_host="prefcenter-notify.example",
  extra_headers=[("Auto-Submitted", "auto-generated"), ("X-PC-Tenant", "alliant-energy")],
  body_kind="alt",
  text="Your scheduled export is ready.\n\nReport: Privacy preference changes\nPeriod: 2025-03-10 to 2025-03-16\n"
       "Marketing opt-outs: 214\nDo-not-share flags added: 61\nRe-subscribes: 9\n\n"
       "Download (link valid 7 days): https://app.prefcenter-notify.example/exports/7f3a91\n\n"
       "You are receiving this because you are listed as a report recipient.\n",
  html="<html><body><h3>Your scheduled export is ready</h3><table><tr><td>Report</td><td>Privacy preference changes</td></tr>"
       "<tr><td>Period</td><td>2025-03-10 to 2025-03-16</td></tr><tr><td>Marketing opt-outs</td><td>214</td></tr>"
       "<tr><td>Do-not-share flags added</td><td>61</td></tr><tr><td>Re-subscribes</td><td>9</td></tr></table>"
       "<p><a href=\"https://app.prefcenter-notify.example/exports/7f3a91\">Download</a> (link valid 7 days)</p></body></html>\n")

BILL_OKAFOR = bill_notice("joseph.okafor@outlook.com", "0917", "143.06", "March 28, 2025", "2025-03-07 05:30:00")
H("okafor-fwd-bill-stop", "2025-03-18 11:20:14", "customercare", "outlookcom", "Joseph Okafor", "joseph.okafor@outlook.com",
  "Fw: Your Alliant Energy bill is ready",
  "stop sending me these, I already asked!!\n",
  quote=BILL_OKAFOR, quote_mode="forward", quote_to="joseph.okafor@outlook.com",
  unclear=True,
  note="'Stop sending me these' over a forwarded bill notice (a service message, not marketing): not a marketing opt-out; unclear (paperless? notifications? or he means promos).",
  category="unclear: stop under a bill notice")

H("megan-disregard", "2025-03-18 12:50:39", "customercare", "iphone", "Megan Kraus", "megankraus@icloud.com",
  "Please disregard",
  "Please disregard my email from Monday about unsubscribing. I'd like to keep getting the emails after all. Sorry!\n\n"
  "Megan\n\nSent from my iPhone\n",
  labels=["question"], entities={"name": "Megan"},
  note="Withdraws Monday's unsubscribe: opting back in is a question, not an opt-out.",
  category="changed mind: withdraw opt-out")

PDF_LETTER = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
              b"4 0 obj<</Length 118>>stream\nBT /F1 12 Tf 72 720 Td (March 1, 2025 - To Alliant Energy: second written request.) Tj "
              b"0 -16 Td (See my earlier letter.) Tj ET\nendstream endobj\n"
              b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
H("lindahl-attached-letter", "2025-03-18 14:15:26", "customercare", "outlook", "George Lindahl", "glindahl@lindahlfarms.example.com",
  "Letter - second request",
  "Please see the attached letter, which I also mailed to you on March 1.\n\nGeorge Lindahl\n",
  attachments=[{"ctype": "application/pdf", "name": "Alliant letter 2025-03-01.pdf", "data": PDF_LETTER}],
  unclear=True, entities={"name": "George Lindahl"},
  note="All content is in a PDF attachment; the body says nothing decidable ('see the attached letter'): unclear, staff must open it.",
  category="unclear: request only in attachment")

M("bbb-notice", "2025-03-18 15:45:50", "customercare", "generic", "system notification",
  "BBB complaint-portal notification (no-reply system mail). It must reach staff by its own route, but it is not a customer writing to us and must never be acknowledged: automated.",
  program="bbb portal", from_hdr="BBB Complaints <no-reply@complaints.bbb-notify.example>", to_hdr=CC,
  subject_hdr="New complaint #24417903 filed with BBB - response requested", helo="mail.bbb-notify.example", ip="52.4.91.118",
  env_from="no-reply@complaints.bbb-notify.example", dkim="bbb-notify.example", msgid_host="complaints.bbb-notify.example",
  extra_headers=[("Auto-Submitted", "auto-generated")], body_kind="alt",
  text="A consumer has filed a complaint about your business.\n\nComplaint ID: 24417903\nBusiness: Alliant Energy\n"
       "Complaint type: Advertising/Sales Issues\n\nSummary provided by the consumer:\n"
       "\"I asked three times to stop the promotional emails and they keep coming.\"\n\n"
       "Please log in to the Business Portal to respond within 14 days: https://portal.bbb-notify.example/c/24417903\n\n"
       "This mailbox is not monitored. Please do not reply to this email.\n",
  html="<html><body><p>A consumer has filed a complaint about your business.</p><p>Complaint ID: <b>24417903</b><br>"
       "Business: Alliant Energy<br>Complaint type: Advertising/Sales Issues</p><p>Summary provided by the consumer:<br>"
       "<i>\"I asked three times to stop the promotional emails and they keep coming.\"</i></p>"
       "<p><a href=\"https://portal.bbb-notify.example/c/24417903\">Respond in the Business Portal</a> within 14 days.</p>"
       "<p style=\"font-size:11px\">This mailbox is not monitored. Please do not reply to this email.</p></body></html>\n")

H("ruiz-es-ref-reminder", "2025-03-18 17:10:22", "customercare", "outlookcom", "Alejandro Ruiz Mendoza", "aruizmendoza@hotmail.com",
  "Solicitud CC-2025-03-00290 - segunda vez",
  "Buenos días:\n\n"
  "Les escribo nuevamente sobre mi solicitud CC-2025-03-00290. Todavía recibo correos electrónicos de promociones. "
  "Por favor, quítenme de esa lista.\n\n"
  "Atentamente,\nAlejandro Ruiz Mendoza\n",
  lang="es", charset='"iso-8859-1"',
  labels=["marketing_opt_out"], entities={"name": "Alejandro Ruiz Mendoza"},
  note="Spanish reminder with our reference number that names the object itself (promotional e-mails, 'take me off that list'): marketing opt-out. Reference number is not an account.",
  category="reminder with reference number (es)")

H("not-sure-right-address", "2025-03-18 19:35:40", "customercare", "gmail", "", "b.kaminski1977@gmail.com",
  "promotional emails",
  "Not sure if this is the right place to send this, sorry if not. Please take me off your promotional email list.\n",
  labels=["marketing_opt_out"],
  note="Ordinary first request, unsure of the address: marketing opt-out. No name in the text.",
  category="first request: marketing")

# =====================================================================================
# Wednesday 19 March
# =====================================================================================
A_651 = ack("CC-2025-03-00651", "2025-03-19 07:03:18", "harriet.boe@netins.net")
M("headerless-away", "2025-03-19 07:04:02", "customercare", "plain_ooo", "auto-reply to our ack (loop trap, no Auto-Submitted)",
  "LOOP TRAP: headerless away message (no Auto-Submitted, no Precedence) answering our acknowledgement CC-2025-03-00651: automated per LABELS.",
  program="isp webmail vacation", re=A_651, from_name="Harriet Boe", from_addr="harriet.boe@netins.net", host="webmail.netins.net",
  subject="Away from my email", thread=False,
  text="I am away from my computer until the 25th. Your message will be read when I get back.\n\n- Harriet\n")

A_655 = ack("CC-2025-03-00655", "2025-03-19 08:01:22", "dwhitlock@heartlandcoop.example.com")
H("whitlock-wrong-person", "2025-03-19 08:25:13", "customercare", "outlook", "Dan Whitlock", "dwhitlock@heartlandcoop.example.com",
  "RE: We received your request [CC-2025-03-00655]",
  "I think you have the wrong person. I didn't send a request to Alliant, and my home isn't even on your service. "
  "Could you check whose request this is?\n\n"
  "Dan Whitlock\nGrain Operations | Heartland Co-op\n",
  quote=A_655, to_hdr=CC_TO_NAMED, quote_to="Dan Whitlock <dwhitlock@heartlandcoop.example.com>",
  labels=["question"], entities={"name": "Dan Whitlock"},
  note="Reply to our ack saying it reached the wrong person and asking us to check: question.",
  category="reply to our ack: wrong person")

H("nora-how-long", "2025-03-19 09:50:04", "powerhousecatalog", "gmail_mobile", "Nora Lindgren", "nora.lindgren@gmail.com",
  "how long?",
  "How long does it take for the opt out to take effect? I sent mine last week and got another catalog Monday.\n\nNora\n",
  labels=["question"], entities={"name": "Nora"},
  note="'How long does an opt-out take?' is a question only (LABELS); she does not ask again or say which opt-out.",
  category="status question: how long")

H("kinney-spouse", "2025-03-19 11:05:38", "powerhousecatalog", "comcast", "Marian Kinney", "mkinney@comcast.net",
  "catalog for Walter Kinney",
  "My husband asked you last month to stop the catalog, it comes in his name, Walter Kinney. It is still coming. "
  "He is in the nursing home now and doesn't need it.\n\nMarian\n",
  unclear=True, entities={"name": "Walter Kinney"},
  note="Wife writing about a catalog in her husband's name: on behalf of someone else without clear standing, so unclear; entities name the husband.",
  category="on behalf: spouse")

A_668 = ack("CC-2025-03-00668", "2025-03-19 12:38:50", "orders@heartlandfloral.example.com")
M("no-longer-monitored", "2025-03-19 12:39:10", "customercare", "plain_ooo", "auto-reply to our ack (loop trap, no Auto-Submitted)",
  "LOOP TRAP: 'this mailbox is no longer monitored' rule answering our acknowledgement CC-2025-03-00668, without Auto-Submitted: automated per LABELS.",
  program="mailbox rule", re=A_668, from_name="Heartland Floral", from_addr="orders@heartlandfloral.example.com",
  host="mail.heartlandfloral.example.com", subject="Re: We received your request [CC-2025-03-00668]",
  text="This mailbox is no longer monitored. For orders and questions please write to hello@heartlandfloral.example.com "
       "or call 563-555-0121.\n\nHeartland Floral, Dubuque\n")

STAFF_GLORIA = ph_staff_reply("Gloria Reinholt <greinholt@yahoo.com>", "2025-03-18 15:20:00", "rein0318", "Ms. Reinholt", tz="CDT")
H("reinholt-6-8-weeks", "2025-03-19 14:00:27", "powerhousecatalog", "yahoo", "Gloria Reinholt", "greinholt@yahoo.com",
  "Re: RE: Your request about the PowerHouse Catalog",
  "6-8 weeks?? That's ridiculous. I first asked in January. Who do I talk to about this?\n\nGloria\n",
  quote=STAFF_GLORIA, to_hdr="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
  labels=["question"], entities={"name": "Gloria"},
  note="Reply to a staff answer: a complaint about the 6-8 week delay and who to talk to; she restates no opt-out herself (the do-not-share text is ours, quoted): question only.",
  category="reply to staff: complaint about delay")

H("outage-question", "2025-03-19 15:30:46", "customercare", "yahoo", "Dale Ferris", "dferris@yahoo.com",
  "power out on 280th St",
  "Power has been out on 280th St west of Dyersville since about 2am. Your outage map says crews are assigned but nobody "
  "has come. Any idea when it'll be back on? We have a sump pump.\n\nDale Ferris\n",
  labels=["question"], entities={"name": "Dale Ferris"},
  note="Service question in the privacy mailbox (outage): question.",
  category="first mail: outage")

H("pfeiffer-confirm-writing", "2025-03-19 17:15:09", "customercare", "roundcube", "Larry Pfeiffer", "lpfeiffer@mchsi.com",
  "Remove us from marketing",
  "Please remove us from all marketing mail and email, and confirm in writing.\n\n"
  "Larry & Jo Ann Pfeiffer\n1130 3rd Ave NW\nWaverly IA 50677\n",
  webmail_host="webmail.mchsi.com", smtp_host="smtp.mchsi.com",
  labels=["marketing_opt_out"], entities={"name": "Larry & Jo Ann Pfeiffer", "postal_code": "50677"},
  note="New opt-out with 'confirm in writing': the acknowledgement is that confirmation, so no question label (contrast: confirmation of an earlier request = question).",
  category="first request + confirm in writing")

H("no-ref-number", "2025-03-19 20:30:55", "customercare", "gmail", "Tanya Brooks", "tanyabrooks.wi@gmail.com",
  "reference number?",
  "I got your email saying my request was received but I didn't see a reference number in it. Can you send it to me? "
  "I want to keep track this time.\n\nTanya\n",
  labels=["question"], entities={"name": "Tanya"},
  note="Asks for her reference number: question.",
  category="question about our acknowledgement")

# =====================================================================================
# Thursday 20 March
# =====================================================================================
STAFF_VOSS = ph_staff_reply("Karen Stoltz <kstoltz1960@gmail.com>", "2025-03-19 16:05:00", "stol0319", "Ms. Stoltz", tz="CDT")
M("gmail-bounce-staff", "2025-03-20 07:40:36", "powerhousecatalog", "gmail_bounce", "bounce of staff reply",
  "Gmail 'address not found' bounce of a staff reply sent from the catalog mailbox.",
  re=STAFF_VOSS, rcpt_failed="kstoltz1960@gmail.com",
  diag="550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.")

HEA_SEE = promo_hea("shawn.dietz@gmail.com", "Rt5wQ")
H("dietz-see-below-promo", "2025-03-20 08:55:20", "customercare", "gmail_mobile", "Shawn Dietz", "shawn.dietz@gmail.com",
  "Re: Free Home Energy Assessment: book yours this winter",
  "see below\n",
  quote=HEA_SEE, to_hdr="Alliant Energy <customercare@alliant-energy.com>",
  unclear=True,
  note="Reply to our promo whose only new text is 'see below' (below is our own promo): nothing decidable, unclear.",
  category="unclear: see below under promo")

H("solberg-moved-two", "2025-03-20 10:10:44", "customercare", "yahoo", "Ingrid Solberg", "ingrid.solberg@yahoo.com",
  "two requests",
  "Hello,\n\n"
  "I asked a few weeks ago to stop the marketing emails and they're still coming, so please stop them. "
  "Also we moved, please change our mailing address to 2208 Willow Bend Rd, Decorah IA 52101.\n\n"
  "Thanks,\nIngrid Solberg\n",
  labels=["marketing_opt_out", "question"], entities={"name": "Ingrid Solberg", "postal_code": "52101"},
  note="Two requests: stop the marketing e-mails again (opt-out) and a change of address (question).",
  category="second notice + change of address")

A_703 = ack("CC-2025-03-00703", "2025-03-20 09:30:11", "bhanson@hansonfarmcorp.example.com")
M("read-receipt-ack", "2025-03-20 11:44:05", "customercare", "read_receipt_text", "read receipt",
  "Plain-text Exchange read receipt for our acknowledgement CC-2025-03-00703.",
  re=A_703, from_name="Brent Hanson", from_addr="bhanson@hansonfarmcorp.example.com", host="mail.hansonfarmcorp.example.com")

H("derek-opt-back-in", "2025-03-20 13:10:59", "customercare", "gmail", "Derek Lund", "dereklund85@gmail.com",
  "rebate emails",
  "Hey, I unsubscribed from your emails back in January but now I'm thinking about a new furnace and I want the rebate "
  "offers. Can you put me back on?\n\nDerek\n",
  labels=["question"], entities={"name": "Derek"},
  note="Opting back in after an old unsubscribe: question; the January removal is not a new opt-out.",
  category="changed mind: opt back in")

H("inbox-cleaner-autosub", "2025-03-20 14:35:12", "customercare", "gmail", "Julie Brandvold", "julie.brandvold@gmail.com",
  "unsubscribe",
  "This unsubscribe request was sent by TidyInbox on behalf of julie.brandvold@gmail.com.\n",
  plain_only=True, extra_client_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "TidyInbox Unsubscriber 4.2")],
  labels=["marketing_opt_out"], ack_to=None,
  note="Inbox-cleaning service unsubscribing for a person via our List-Unsubscribe mailto: automated=false, marketing opt-out, but it carries Auto-Submitted, so ack_to null (RFC 3834).",
  category="List-Unsubscribe mailto (service, Auto-Submitted)")

H("tree-trimming-complaint", "2025-03-20 16:00:18", "customercare", "thunderbird", "Russell Ahrens", "rahrens@rconnect.example.com",
  "Tree trimming crew left a mess",
  "Your contractor's tree trimming crew was on our property Tuesday along the line by the road. They left branches and "
  "wood chips all over the ditch and cut a lilac that wasn't near the line at all. I'd like someone to call me.\n\n"
  "Russell Ahrens\n2611 County Rd X\nPrairie du Sac, WI 53578\n608-555-0192\n",
  smtp_host="mail.rconnect.example.com",
  labels=["question"], entities={"name": "Russell Ahrens", "postal_code": "53578"},
  note="Service complaint (tree trimming) in the privacy mailbox: question.",
  category="first mail: complaint")

H("did-you-get-es", "2025-03-20 18:20:04", "customercare", "iphone", "Yesenia Pacheco", "yesepacheco@icloud.com",
  "¿Recibieron mi correo?",
  "Hola, ¿recibieron el correo que les mandé la semana pasada? No me han contestado nada.\n\nYesenia\n\nEnviado desde mi iPhone\n",
  lang="es",
  labels=["question"], entities={"name": "Yesenia"},
  note="Spanish 'did you get my email last week?': a plain question (status), not an unclear request; nothing to act on.",
  category="status question (es)")

H("farrow-webform-noemail", "2025-03-20 19:05:37", "customercare", "webform", "", "noreply@alliantenergy.com",
  "Contact Us: Privacy / Mailing preferences",
  "Contact Us form submission\n"
  "--------------------------------\n"
  "Topic:     Privacy / Mailing preferences\n"
  "Name:      Edna Farrow\n"
  "Email:     (not provided)\n"
  "Phone:     (not provided)\n"
  "Address:   215 Walnut St, Portage WI 53901\n"
  "--------------------------------\n"
  "Message:\n"
  "Second time asking. Please stop mailing me the advertisements.\n",
  labels=["marketing_opt_out"], ack_to=None, entities={"name": "Edna Farrow", "postal_code": "53901"},
  note="Contact Us relay with no e-mail given and no Reply-To: the opt-out is clear (postal advertising, name and address given) but there is no usable address, so ack_to null.",
  category="web form: no e-mail given")

# =====================================================================================
# Friday 21 March
# =====================================================================================
M("newsletter-trade", "2025-03-21 07:30:19", "customercare", "generic", "newsletter",
  "Trade-association newsletter (bulk, List-Unsubscribe, Precedence: bulk): automated.",
  program="newsletter platform", from_hdr="Midwest Energy Customer Forum <news@mecf-news.example>", to_hdr=CC,
  subject_hdr="This week: TCPA changes, opt-out consent rules, and spring storm prep", helo="mail197.suw121.mcsv.example",
  ip="198.2.180.197", env_from="bounce-mc.us7_11223.4455@mail197.suw121.mcsv.example", dkim="mecf-news.example",
  msgid_host="mail197.suw121.mcsv.example",
  extra_headers=[("List-Unsubscribe", "<https://mecf-news.example/unsubscribe?u=8812&id=aa31>, <mailto:unsubscribe@mecf-news.example>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("List-Id", "mecf weekly <8812.mecf-news.example>")],
  body_kind="alt",
  text="MIDWEST ENERGY CUSTOMER FORUM - WEEKLY\n\n1. FCC's TCPA revocation rule: customers may opt out 'by any reasonable means'\n"
       "2. Handling repeat opt-out requests without annoying the customer\n3. Spring storm prep: outage messaging templates\n\n"
       "Read online: https://mecf-news.example/w/2025-12\n\nUnsubscribe: https://mecf-news.example/unsubscribe?u=8812&id=aa31\n",
  html="<html><body><h2>MIDWEST ENERGY CUSTOMER FORUM - WEEKLY</h2><ol><li>FCC's TCPA revocation rule: customers may opt out "
       "'by any reasonable means'</li><li>Handling repeat opt-out requests without annoying the customer</li>"
       "<li>Spring storm prep: outage messaging templates</li></ol><p><a href=\"https://mecf-news.example/w/2025-12\">Read online</a> | "
       "<a href=\"https://mecf-news.example/unsubscribe?u=8812&amp;id=aa31\">Unsubscribe</a></p></body></html>\n")

HEA_BAJA = promo_hea("eramirez.wat@gmail.com", "Hj8pL")
H("baja-under-promo", "2025-03-21 09:00:44", "customercare", "samsung", "Efraín Ramírez", "eramirez.wat@gmail.com",
  "RE: Free Home Energy Assessment: book yours this winter",
  "BAJA por favor. Ya es la segunda vez\n\nSent from my Galaxy\n",
  quote=HEA_BAJA, to_hdr="Alliant Energy <customercare@alliant-energy.com>", lang="es",
  labels=["marketing_opt_out"],
  note="'BAJA' (Spanish for unsubscribe) under our promotion, 'second time': a short reply takes its meaning from the promo it answers: marketing opt-out.",
  category="second notice: short reply under promo (es)")

H("ostby-letter-fyi", "2025-03-21 10:25:06", "powerhousecatalog", "gmail", "Kari Ostby", "kari.ostby@gmail.com",
  "letter coming",
  "FYI, I mailed you a letter on March 8 asking you not to share my name and address with other catalog companies. "
  "Just letting you know so you watch for it, in case the email is easier.\n\nKari Ostby\n",
  labels=["catalog_share_opt_out"], entities={"name": "Kari Ostby"},
  note="Framed as 'just letting you know' about a posted letter, but her own words state the wish (don't share my name and address): a careful clerk acts on it; sharing opt-out.",
  category="tells about earlier letter (wish stated)")

M("phish-spoof-refund", "2025-03-21 11:50:31", "powerhousecatalog", "generic", "phishing",
  "Phishing spoofing our own brand (refund lure) sent to the catalog mailbox: automated.",
  program="phishing kit", from_hdr='"Alliant Energy" <billing@alliantenergy-refunds.example>', to_hdr=PH,
  subject_hdr="Action Required: You have an unclaimed refund of $86.40", helo="mail.alliantenergy-refunds.example",
  ip="91.215.85.140", env_from="billing@alliantenergy-refunds.example", spf="none", msgid_host="alliantenergy-refunds.example",
  body_kind="html", cte="quoted-printable",
  html="<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td><h2 style=\"color:#0a5\">Alliant Energy</h2>"
       "<p>Our records show an overpayment on your account. A refund of <b>$86.40</b> is waiting for you.</p>"
       "<p>To receive it, confirm your card details within 48 hours:</p><p><a href=\"http://alliantenergy-refunds.example/claim\">"
       "CLAIM MY REFUND</a></p><p style=\"font-size:10px\">To stop receiving these notices, click here.</p></td></tr></table></body></html>\n")

H("order-where", "2025-03-21 13:20:15", "powerhousecatalog", "aol", "Bev Carlson", "bevcarlson44@aol.com",
  "order not here",
  "I ordered the heated mattress pad on March 4, order number PH-88213. It still hasn't come. Can you check on it?\n\n"
  "Bev Carlson\n\nSent from the all new AOL app for iOS\n",
  labels=["question"], entities={"name": "Bev Carlson"},
  note="Catalog order question: question. The order number is not an account.",
  category="first mail: catalog order")

H("reyes-es-am-i-on-list", "2025-03-21 15:05:52", "powerhousecatalog", "gmail", "Yolanda Reyes Cruz", "yolareyescruz@gmail.com",
  "¿Sigo en la lista?",
  "Hola,\n\nNo sé si ya les escribí o no. Mi esposo dice que sí. Solo quiero saber si todavía estoy en la lista de los "
  "catálogos o si ya me quitaron.\n\nYolanda Reyes Cruz\n",
  lang="es",
  labels=["question"], entities={"name": "Yolanda Reyes Cruz"},
  note="Spanish: not sure she wrote before; she only asks whether she is still on the catalog list. A status question, no request to be removed.",
  category="confused: am I still on the list (es)")

H("please-stop-alone", "2025-03-21 17:40:08", "powerhousecatalog", "iphone", "", "gregtollefson@icloud.com",
  "Please stop",
  "Please stop.\n\nSent from my iPhone\n",
  unclear=True,
  note="'Please stop.' with no object or quoted context, even though it reached the catalog mailbox: unclear (the mailbox is a hint, not an instruction).",
  category="unclear: no object")

# =====================================================================================
# Saturday 22 - Sunday 23 March
# =====================================================================================
M("calendar-vendor", "2025-03-22 09:15:40", "powerhousecatalog", "generic", "calendar invitation",
  "Calendar invitation from the mail house about the summer suppression list: automated (text/calendar), no labels.",
  program="calendar", from_hdr="Tom Becker <tbecker@lakeshoredirect.com>", to_hdr=PH,
  subject_hdr="Invitation: Summer drop - do-not-share suppression review @ Tue Mar 25, 2025 10am - 10:30am (CDT)",
  helo="relay2.lakeshoredirect.com", ip="199.71.14.26", env_from="tbecker@lakeshoredirect.com", dkim="lakeshoredirect.com",
  msgid_host="lakeshoredirect.com", body_kind="calendar",
  text="Summer drop - do-not-share suppression review\nTue Mar 25, 2025 10am - 10:30am (CDT)\nJoin: https://meet.lakeshoredirect.com/ph-summer\n",
  ics="BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
      "ORGANIZER;CN=Tom Becker:mailto:tbecker@lakeshoredirect.com\n"
      "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:powerhousecatalog@alliant-energy.com\n"
      "DTSTART:20250325T150000Z\nDTEND:20250325T153000Z\nSUMMARY:Summer drop - do-not-share suppression review\n"
      "UID:040000008200E00074C5B7101A82E00800000000C0FFEE25\nDTSTAMP:20250322T141540Z\nLOCATION:Teams\n"
      "END:VEVENT\nEND:VCALENDAR\n")

HOL_MEYER = promo_holiday("Connie Meyer <conniemeyer@charter.net>", "x9kt2mq")
H("meyer-reply-holiday-now", "2025-03-22 11:00:21", "powerhousecatalog", "roundcube", "Connie Meyer", "conniemeyer@charter.net",
  "Re: Holiday Preview: 20% off heated throws & more [PH-2411-X9KT2M]",
  "I unsubscribed from these catalog emails in November!! I am still getting them. Remove me NOW.\n",
  quote=HOL_MEYER, to_hdr="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>", webmail_host="webmail.charter.net",
  smtp_host="smtp.charter.net",
  labels=["marketing_opt_out"],
  note="Angry reply under an old catalog promo: remove me from these catalog e-mails (marketing). The quoted footer's sharing wording is ours and does not make a sharing opt-out; no question asked.",
  category="second notice: reply under old catalog promo")

H("es-factura-question", "2025-03-22 13:30:48", "customercare", "gmail", "Rigoberto Salas", "rigosalas.dsm@gmail.com",
  "Pregunta sobre mi factura",
  "Buenas tardes, ¿tienen atención al cliente en español? Quiero saber por qué subió tanto mi factura este mes.\n\n"
  "Rigoberto Salas\n",
  lang="es",
  labels=["question"], entities={"name": "Rigoberto Salas"},
  note="Spanish billing / language-service question: question.",
  category="first mail: billing question (es)")

H("replyto-unrequested", "2025-03-22 16:10:14", "powerhousecatalog", "gmail", "Sharon Vick", "sharonvick.home@gmail.com",
  "Again: do not share my name",
  "Hello,\n\nI wrote in February and I'm writing again: please do not share or rent my name and address to other catalog "
  "companies.\n\nSharon Vick\n",
  reply_to="Sharon Vick <svick1961@yahoo.com>",
  labels=["catalog_share_opt_out"], entities={"name": "Sharon Vick"},
  note="Second notice: sharing opt-out. Her personal From carries a Reply-To she did not mention; per LABELS ack_to is From by default (Reply-To only for relays/role/shared accounts or when asked).",
  category="second notice: sharing, unrequested Reply-To")

H("work-from-personal-replyto", "2025-03-23 10:00:33", "customercare", "outlook", "Brian Esser", "brian.esser@esserbuilders.example.com",
  "Promotional emails - second request",
  "Hello,\n\nI wrote from my personal account on March 2 about stopping your promotional emails and never heard back. "
  "Please stop all promotional emails to me, and please reply to my personal address (it's set as the reply-to on this "
  "message), not this work one.\n\nBrian Esser\nEsser Builders, LLC\n",
  reply_to="Brian Esser <besser.home@gmail.com>", charset='"us-ascii"',
  labels=["marketing_opt_out"], ack_to="reply_to", entities={"name": "Brian Esser"},
  note="Work From with a personal Reply-To he explicitly asks us to use: marketing opt-out, ack_to = Reply-To.",
  category="second notice: asks to be answered at Reply-To")

STAFF_OOO = ph_staff_reply("Linda Mertz <lmertz@greatriverbank.example.com>", "2025-03-23 13:55:00", "mertz0323", "Ms. Mertz", tz="CDT")
M("ooo-staff-reply", "2025-03-23 14:20:07", "powerhousecatalog", "exchange_ooo", "auto-reply to staff reply",
  "Out-of-office answering a staff reply sent from the catalog mailbox; Auto-Submitted present.",
  program="exchange-online", re=STAFF_OOO, from_name="Linda Mertz", from_addr="lmertz@greatriverbank.example.com",
  text="Thank you for your message. I am out of the office on Monday, March 24. If you need immediate assistance please call "
       "the branch at 563-555-0109.\n\nLinda Mertz\nGreat River Bank\n")

H("kowalski-shared-family", "2025-03-23 19:45:29", "powerhousecatalog", "yahoo", "The Kowalskis", "thekowalskis@yahoo.com",
  "catalogs for Anna Kowalski",
  "This is Anna, we share this email. Second time asking: please stop sending the PowerHouse catalog to Anna Kowalski, "
  "640 Park Ave, Clinton IA 52732. Please answer to my own email, it's in the reply-to.\n\nAnna\n",
  reply_to="Anna Kowalski <anna.kowalski.ia@gmail.com>",
  labels=["marketing_opt_out"], ack_to="reply_to", entities={"name": "Anna Kowalski", "postal_code": "52732"},
  note="Shared family account writing for one person, who identifies herself: stop the catalog (marketing). ack_to = the personal Reply-To.",
  category="second notice: shared family account")
