"""February 2027: tax forms, payment reminders, snowbirds, estates, the Home Energy Assessment promotion,
the spring catalog in the works, and the season's last machines."""

from kit import D, P, Q, TO, X, XP
from mailkit import MST
import machines as M

CC, PH = "customercare", "powerhousecatalog"

# ------------------------------------------------------------------ people

P(D(2, 1, 19, 26), CC, ("Curtis Vogel", "curtisvogel@gmail.com"), "gmail", "gmail", "1099 for rebate?",
  "Do I get a 1099 for the $300 heat pump rebate I got in September? My tax guy is asking. Haven't seen anything in "
  "the mail.\n\nCurt Vogel, acct 7093 551 280",
  cat="question (tax form)", labels=["question"], entities={"name": "Curt Vogel", "account": "7093 551 280"},
  note="asks whether a 1099 is issued for a rebate: question; name as signed", spec="feb-1099-rebate")

P(D(2, 1, 10, 48), PH, ("Beth Ann Schroeder", "baschroeder@tds.net"), "tds", "outlook", "Sharing my name",
  "Hello,\n\nPlease do not share my name with other catalog companies going forward.\n\nAlso, I would like to know which "
  "companies you have shared it with in the past year. Since October I have been getting catalogs from garden and "
  "gadget companies I never contacted, and I want to know if that came from you.\n\nBeth Ann Schroeder\n"
  "customer no. 0729 1846",
  cat="catalog-sharing opt-out + question", labels=["catalog_share_opt_out", "question"],
  entities={"name": "Beth Ann Schroeder", "account": "0729 1846"},
  note="stop sharing (opt-out) and asks with whom it was shared (question)", spec="feb-share-and-who")

P(D(2, 1, 7, 31), CC, ("Jerome Whitley", "jwhitley_88@yahoo.com"), "yahoo", "yahoo_android",
  "Re: Payment reminder: your balance is past due", "unsubscribe", quote=Q("payment_reminder"), to=TO(CC),
  cat="unclear (short word under a payment reminder)", unclear=True,
  note="'unsubscribe' under a past-due payment reminder (service mail, not marketing): unclear",
  answers="reminder:2027-02", spec="feb-unsub-under-reminder")

P(D(2, 3, 8, 5, tz=MST), CC, ("Ron Meinders", "meinders.rp@gmail.com"), "gmail", "iphone", "Advertising mail to our house",
  "We're in Scottsdale until mid-April. Please stop sending advertising mail to our house in Waverly. Nobody is there "
  "and the post office forwards everything down here, including your flyers. Bills are on autopay.\n\n"
  "Ron & Patti Meinders\n1104 4th St SW, Waverly IA 50677\n\nSent from my iPad",
  cat="marketing opt-out (snowbird)", labels=["marketing_opt_out"],
  entities={"name": "Ron & Patti Meinders", "postal_code": "50677"},
  note="snowbirds stop advertising mail to the home address (household writing for itself): marketing opt-out",
  spec="feb-snowbird-stop-flyers")

P(D(2, 4, 12, 14), PH, ("Jake Rossiter", "jrossiter22@gmail.com"), "gmail", "iphone", "Catalogs",
  "Stop the catalogs. Thx\n\nJake Rossiter",
  cat="marketing opt-out", labels=["marketing_opt_out"], entities={"name": "Jake Rossiter"},
  note="short and plain: stop the catalogs", spec="feb-stop-catalogs-thx")

P(D(2, 5, 17, 2), CC, ("Pamela Sikorski", "psikorski@msn.com"), "outlookcom", "outlookcom", "Mail",
  "I like getting the PowerHouse catalog, but I want no more mail from Alliant at all. Nothing. Just stop.",
  cat="unclear (self-contradicting)", unclear=True,
  note="wants the catalog but 'no more mail from Alliant at all' (the catalog is ours): self-contradicting, unclear",
  spec="feb-contradiction")

P(D(2, 6, 18, 21), CC, ("Steve Kolb", "stevekolb.ia@gmail.com"), "gmail", "gmail", "marketing mail",
  "Hi,\nI'm the account holder at 2231 Ridgeway Dr, Ames 50010. Please take our household (me and my wife Jen) off "
  "the marketing mail and emails. Account 3317 9045 62.\nThanks\nSteve Kolb",
  cat="marketing opt-out (household, account holder)", labels=["marketing_opt_out"],
  entities={"name": "Steve Kolb", "postal_code": "50010", "account": "3317 9045 62"},
  note="the account holder opts out his household (names his wife): standing is clear, marketing opt-out",
  spec="feb-household-holder")

P(D(2, 8, 3, 30), PH, ("Megan Pruitt", "megan.pruitt@outlook.com"), "outlookcom", "outlookcom", "unsubscribe PH-2701-CLR",
  "Unsubscribe request\n\nSent by Leave Me Alone (leavemealone.app) for megan.pruitt@outlook.com.",
  extra=["Auto-Submitted: auto-generated", "X-LMA-Request: 7f1c2a"],
  cat="software unsubscribe (service, Auto-Submitted)", labels=["marketing_opt_out"], ack=None,
  note="an unsubscribe service sent through the person's mailbox at 3:30 a.m. with Auto-Submitted: opt-out recorded, no answer",
  answers="catalog:PH-2701-CLR", spec="feb-leavemealone", prog_note="sent by Leave Me Alone")

P(D(2, 9, 11, 47), CC, ("Angela Rausch", "arausch@mchsi.com"), "mediacom", "roundcube",
  "Re: Free Home Energy Assessment: book before spring",
  "Yes! I'd like the free assessment. We're in an old farmhouse and the upstairs is freezing. Best days are "
  "Tues/Thurs.\n\nAngela Rausch\n563-555-0172", quote=Q("promo_assessment"),
  cat="question (wants the offer)", labels=["question"], entities={"name": "Angela Rausch"},
  note="'yes, sign me up' under the promotion wants more, not less: question", answers="promo:AE-2702-HEA",
  spec="feb-yes-assessment")

P(D(2, 10, 20, 3), PH, ("Nora Fitzgerald", "norafitz@gmail.com"), "gmail", "gmail",
  "Fwd: Winter Clearance: up to 40% off heated throws, snow gear and lanterns",
  "Love the catalog, keep it coming. But I read the small print at the bottom of this email. Please do NOT share my "
  "name with other catalog companies.\n\nNora Fitzgerald\nCustomer #0811 5520", quote=Q("catalog_clearance"), mode="forward",
  to=TO(PH),
  cat="catalog-sharing opt-out (forward of catalog e-mail)", labels=["catalog_share_opt_out"],
  entities={"name": "Nora Fitzgerald", "account": "0811 5520"},
  note="forwards our clearance e-mail; her own words keep the catalog and refuse sharing; the forwarded footer's 'unsubscribe' is not hers",
  answers="catalog:PH-2701-CLR", spec="feb-fwd-fine-print")

P(D(2, 12, 13, 36), CC, ("Alex Brandl", "abrandl@proton.me"), "proton", "proton", "privacy policy questions",
  "Two questions about your privacy policy:\n\n1) Do you sell or share customer information with third parties, "
  "apart from the PowerHouse catalog list thing?\n2) How long do you keep interval data from my smart meter, and who "
  "can see it?\n\nThanks,\nAlex",
  cat="question (privacy policy)", labels=["question"], entities={"name": "Alex"},
  note="asks whether we sell or share, and about smart meter data: questions only, no opt-out requested",
  spec="feb-policy-questions")

P(D(2, 13, 9, 58), CC, ("Ernesto Galindo", "ernesto.galindo@comcast.net"), "comcast", "outlook", "Lista de correo",
  "Favor de quitarme de su lista de correo promocional. No quiero recibir más ofertas.\n\nCuenta 3304 118 275\n"
  "Ernesto Galindo", lang="es",
  cat="marketing opt-out", labels=["marketing_opt_out"],
  entities={"name": "Ernesto Galindo", "account": "3304 118 275"},
  note="Spanish: remove me from your promotional mailing list: marketing opt-out", spec="feb-es-lista-promocional")

P(D(2, 14, 16, 40), PH, ("The Lindqvist Family", "lindqvistfamily@gmail.com"), "gmail", "gmail", "Catalog for Karen",
  "Hello,\n\nThis is Karen writing from our family email. Please stop sending the PowerHouse catalog addressed to me, "
  "Karen Lindqvist, 412 Prairie View Dr, Sun Prairie WI 53590.\n\nIf you need to reply please use my own address "
  "(karen.lindqvist@gmail.com).\n\nThank you!",
  reply_to="Karen Lindqvist <karen.lindqvist@gmail.com>", ack="reply_to",
  cat="marketing opt-out (shared family account, Reply-To)", labels=["marketing_opt_out"],
  entities={"name": "Karen Lindqvist", "postal_code": "53590"},
  note="a shared family mailbox, the writer asks for herself and to be answered at her own Reply-To address",
  spec="feb-family-account-replyto")

P(D(2, 16, 8, 50), CC, ("Wayne Heiar", "wheiar@yahoo.com"), "yahoo", "yahoo",
  "Re: We received your request [CC-2027-02-00903]", "STOP", quote=Q("ack_0216"),
  cat="unclear (short word under our acknowledgement)", unclear=True,
  note="STOP under our own acknowledgement is not a new marketing opt-out: unclear",
  answers="ack:CC-2027-02-00903", spec="feb-stop-under-ack")

P(D(2, 17, 21, 25), PH, ("Óscar Benítez", "oscarbenitez.72@gmail.com"), "gmail", "samsung", "Mi nombre",
  "Buenas noches. ¿Ustedes venden mi nombre a otras compañías? Si es así, no quiero que lo hagan.\n\nÓscar Benítez",
  lang="es",
  cat="catalog-sharing opt-out + question (conditional)", labels=["catalog_share_opt_out", "question"],
  entities={"name": "Óscar Benítez"},
  note="Spanish: asks whether we sell his name, and if so does not want it: the condition is ours to check, so sharing opt-out plus question",
  spec="feb-es-si-es-asi")

P(D(2, 18, 14, 5), CC, ("Joyce Vick", "joycevick@mchsi.com"), "mediacom", "outlook", "Account in my husband's name",
  "Hello,\n\nMy husband Ronald J. Vick passed away January 30. The gas and electric account is in his name, account "
  "5027 338 104. How do I get it put in my name? I've lived here 41 years.\n\nAlso there are still advertising "
  "envelopes coming addressed to him, please stop those.\n\nJoyce Vick",
  cat="unclear + question (widow, account in late husband's name)", labels=["question"], unclear=True,
  entities={"name": "Ronald J. Vick", "account": "5027 338 104"},
  note="transfer of the account is a question; stopping mail for her late husband is on a spouse's behalf without stated standing, so unclear",
  spec="feb-widow-transfer")

P(D(2, 20, 23, 12), PH, ("Tyler Beckmann", "tbeckmann04@gmail.com"), "gmail", "gmail", "catalogs",
  "hi, my grandma ordered me a space heater from your catalog for my apartment and now i'm getting your catalogs lol. "
  "i'm 20, i don't need a weather radio catalog. can you take me off?\n\ntyler beckmann, 52246",
  cat="marketing opt-out (gift recipient)", labels=["marketing_opt_out"],
  entities={"name": "tyler beckmann", "postal_code": "52246"},
  note="a gift recipient asks, in question form, to come off the catalog list: the question IS the opt-out",
  spec="feb-grandson-gift")

P(D(2, 24, 10, 11), CC, ("Marjorie Esser", "messer@tds.net"), "tds", "thunderbird", "Three requests",
  "Dear Sir or Madam,\n\nI am 84 years old, and this winter my daughter has been helping me sort through the mountain of "
  "mail that comes to this house. We have made a list, and I am writing to everyone on it.\n\nFrom Alliant Energy I "
  "would like three things:\n\n- Please stop sending me advertising, including the PowerHouse catalog.\n- Please do not "
  "share my name with any other company.\n- Please tell me whether I can receive my bills in large print. My eyesight "
  "is failing and the new bill format is very hard for me to read.\n\nThank you for your help.\n\nSincerely,\n"
  "Marjorie Esser\n311 N Jefferson St\nNew Glarus, WI 53574\nAccount 6470 118 302",
  cat="both opt-outs + question", labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
  entities={"name": "Marjorie Esser", "postal_code": "53574", "account": "6470 118 302"},
  note="a letter with three bullet requests: stop advertising/catalog, do not share, large-print bills (question)",
  spec="feb-three-requests")

P(D(2, 26, 9, 3), PH, ("Lourdes Pacheco", "lpacheco@icloud.com"), "icloud", "iphone", "Catálogos",
  "BASTA de catálogos por favor. Quítenme de la lista.", lang="es",
  cat="marketing opt-out", labels=["marketing_opt_out"],
  note="Spanish, emphatic: enough catalogs, take me off the list: marketing opt-out", spec="feb-es-basta")

# ------------------------------------------------------------------ machines and not-a-request

X(D(2, 9, 10, 31, 20), CC, lambda r: M.headerless_reply(
    r, "Hilltop Dental", "frontdesk@hilltopdentalia.com", Q("promo_assessment"), D(2, 9, 10, 31, 20),
    "This mailbox is no longer monitored",
    "This mailbox is no longer monitored.\n\nEffective February 1, 2027, Hilltop Dental has joined Riverbend Family "
    "Dentistry. Please send all correspondence to office@riverbenddental.com or call 319-555-0183.\n\nThank you!\n",
    provider="o365", program="Exchange transport rule (no Auto-Submitted)"),
  cat="automated: 'no longer monitored' auto-reply (no Auto-Submitted)", answers="promo:AE-2702-HEA",
  note="headerless 'this mailbox is no longer monitored' reply to the promotion: automated")

X(D(2, 5, 12, 0), CC, lambda r: M.bulk(
    r, "constantcontact", "Casa Esperanza del Valle", "info@casaesperanzadelvalle.org", "customercare@alliant-energy.com",
    D(2, 5, 12, 0), "Campaña de invierno: ayude a familias a pagar la calefacción",
    "Querido amigo:\n\nEste invierno más de 300 familias de nuestra comunidad nos han pedido ayuda para pagar la "
    "calefacción. Con $40 usted ayuda a una familia a mantener su casa caliente una semana.\n\nDone hoy: "
    "https://casaesperanzadelvalle.org/dona\n\nCasa Esperanza del Valle, 915 S Park St, Madison, WI 53715\n"
    "Cancelar suscripción: https://visitor.constantcontact.com/do?p=un&m=004z\n",
    '<div style="font-family:Arial;max-width:600px"><h2>Campaña de invierno</h2><p>Querido amigo:</p><p>Este invierno más de '
    '300 familias de nuestra comunidad nos han pedido ayuda para pagar la calefacción. Con <b>$40</b> usted ayuda a una '
    'familia a mantener su casa caliente una semana.</p><p><a href="https://casaesperanzadelvalle.org/dona">Done hoy</a></p>'
    '<p style="font-size:11px">Casa Esperanza del Valle, 915 S Park St, Madison, WI 53715 &middot; '
    '<a href="https://visitor.constantcontact.com/do?p=un&amp;m=004z">Cancelar suscripción</a></p></div>',
    None, "<https://visitor.constantcontact.com/do?p=un&m=004z>", "Constant Contact",
    return_path="bounce-info=casaesperanzadelvalle.org@ccsend.com"),
  cat="automated: charity donation appeal", lang="es",
  note="Spanish heating-assistance charity appeal: bulk, not a request")

X(D(2, 9, 10, 32, 40), CC, lambda r: M.vacation_gmail(r, "Doris Kleinschmidt", "doriskleinschmidt@gmail.com", Q("promo_assessment"),
                                                       D(2, 9, 10, 32, 40), "Re: Free Home Energy Assessment: book before spring",
                                                       "I'm in Florida until April with limited email. If it's about the house, "
                                                       "please call my son Jim at 319-555-0129.\n\nDoris"),
  cat="automated: out-of-office (Auto-Submitted)", answers="promo:AE-2702-HEA",
  note="a snowbird's Gmail vacation reply to the promotion (Auto-Submitted: auto-replied)")

X(D(2, 9, 10, 34), CC, lambda r: M.dsn_postfix(r, "smtp2.wisper-isp.net", "rjkasten@wisper-isp.net", Q("promo_assessment"),
                                                 D(2, 9, 10, 34), diag="550 5.2.2 <%s>... Mailbox full, quota exceeded"),
  cat="automated: bounce (mailbox full)", answers="promo:AE-2702-HEA",
  note="Postfix DSN: promotion bounced off a full mailbox")

PHISH_EBILL = ('<html><head><style>td{font-family:Segoe UI,Arial}</style></head><body><table width="560" align="center" '
               'style="border:1px solid #ccc"><tr><td style="padding:16px;background:#f5f5f5"><b>Alliant Energy</b> | My Account</td></tr>'
               '<tr><td style="padding:16px"><p>We could not process your February e-Bill payment because your account '
               'information is out of date.</p><p>To avoid a late fee and possible service interruption, sign in and verify your '
               'details:</p><p><a href="https://alliant-energy-billing.net/myaccount/login.php">Sign in to My Account</a></p>'
               '<p style="font-size:11px;color:#888">&copy; 2027 Alliant Energy. All rights reserved.</p></td></tr></table></body></html>')
X(D(2, 11, 2, 18), CC, lambda r: M.phish(r, "Alliant Energy", "ebill@alliant-energy-billing.net", "customercare@alliant-energy.com",
                                           D(2, 11, 2, 18), "Your e-Bill could not be processed - action required", PHISH_EBILL,
                                           "mail.alliant-energy-billing.net", "103.152.118.7", "phishing (credential harvest)",
                                           reply_to="support@alliant-energy-billing.net"),
  cat="automated: phishing (credential)", note="credential phishing with a look-alike domain (alliant-energy-billing.net)")

X(D(2, 15, 14, 20), PH, lambda r: M.headerless_reply(
    r, "Lakeshore Print Group", "proofs@lakeshoreprint.com", {"from_addr": "powerhousecatalog@alliant-energy.com", "msgid": None},
    D(2, 15, 14, 20), "Proof ready for approval: PowerHouse Spring 2027 catalog (job 27-0412)",
    "A new proof is ready for your review.\n\nJob:       27-0412 PowerHouse Spring 2027 catalog, 48 pp + cover\n"
    "Version:   R2 (customer changes from 02/11 applied)\nDue back:  02/19/2027 to hold the 03/08 in-home date\n\n"
    "Review and approve online: https://proofs.lakeshoreprint.com/job/27-0412\n\nThis notification was sent by the "
    "Lakeshore Print Group online proofing system.\n", provider="sendgrid", program="print vendor proofing system"),
  cat="automated: vendor system mail (print proof)", note="print vendor's proof notification for the spring catalog")

X(D(2, 15, 10, 45, 10), CC, lambda r: M.headerless_reply(
    r, "Prairie Property Management Support", "support@prairiepropertymgmt.freshdesk.com", Q("ack_0215"), D(2, 15, 10, 45, 10),
    "Request received: We received your request [CC-2027-02-00877] [#48213]",
    "Hello,\n\nThank you for contacting Prairie Property Management. Your request (#48213) has been received and is "
    "being reviewed by our support staff.\n\nTo add any comment, just reply to this email.\n\nPrairie Property Management "
    "Support Team\n", provider="sendgrid", program="Freshdesk ticket auto-acknowledgement",
    extra=["X-Freshdesk-Ticket: 48213"]),
  cat="automated: ticket-system auto-reply to our acknowledgement (loop trap)", answers="ack:CC-2027-02-00877",
  note="LOOP TRAP: a help desk opened a ticket for our acknowledgement and auto-replied, without Auto-Submitted")

X(D(2, 22, 8, 47), CC, lambda r: M.list_post(
    r, "wi-retirees-energy@lists.badgerseniors.org", "Wisconsin Retirees Energy Forum", "Gene Ruesch", "gruesch@tds.net",
    D(2, 22, 8, 47), "Re: Alliant payment plans after the cold snap",
    "Marge asked about spreading out the January bill. I called last week and they set me up with a 6-month payment "
    "arrangement, no fee. They also told me about Budget Billing. Ask for it by name.\n\nI also wrote to their privacy "
    "address to stop the catalog and it stopped in about 3 weeks.\n\nGene\n",
    "--\nWisconsin Retirees Energy Forum -- wi-retirees-energy@lists.badgerseniors.org\n"
    "To unsubscribe send an email to wi-retirees-energy-leave@lists.badgerseniors.org\n", "customercare@alliant-energy.com"),
  cat="automated: mailing-list post", note="retirees' forum post mentioning payment plans and stopping the catalog: list traffic, not a request")

DOC_HTML = ('<html><body style="font-family:Helvetica,Arial;background:#eaeaea"><table width="600" align="center" '
            'style="background:#fff"><tr><td style="background:#214e9c;color:#fff;padding:24px;text-align:center">'
            '<p style="font-size:16px">Alliant Energy sent you a document to review and sign.</p>'
            '<p><a href="https://docs-secure-view.com/s/2026-1099-INT-alliant" style="background:#ffc423;color:#000;'
            'padding:10px 22px;text-decoration:none">REVIEW DOCUMENT</a></p></td></tr><tr><td style="padding:20px">'
            '<p><b>Alliant Energy Tax Department</b></p><p>Please review your 2026 Form 1099-INT (deposit interest). '
            'You must sign in with your email password to view the document.</p>'
            '<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link.</p></td></tr></table></body></html>')
X(D(2, 25, 6, 12), CC, lambda r: M.phish(r, "Alliant Energy via DocuSign", "dse_na4@docus1gn-mail.net", "customercare@alliant-energy.com",
                                           D(2, 25, 6, 12), "Completed: 2026 Tax Form 1099-INT - Please review and sign", DOC_HTML,
                                           "outbound.docus1gn-mail.net", "5.188.206.14", "phishing (fake e-signature)"),
  cat="automated: phishing (fake tax form)", note="tax-season phishing posing as a DocuSign 1099 from us")
