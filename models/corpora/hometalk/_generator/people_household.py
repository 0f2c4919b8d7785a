"""Household mail written by people: couples, spouses, adult children, parents, roommates,
shared family addresses, whole-house requests, separation and divorce, new partners, caregivers, 'we'."""

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

# A tiny but well-formed one-page PDF standing in for a scanned power-of-attorney form.
POA_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
           b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           b"4 0 obj<</Length 88>>stream\nBT /F1 14 Tf 72 720 Td (DURABLE POWER OF ATTORNEY - scanned copy) Tj "
           b"ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")


def H(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("unclear", False)
    kw.setdefault("ent", {})
    kw.setdefault("ack", "from")
    return kw


SPECS = [
    # ------------------------------------------------------------ couples
    H(spec="hh-joint-couple-account", cat="household: couple writing jointly", date="2024-09-23 19:41:07",
      mailbox="customercare", frm=("Gary Hoffmeyer", "ghoffmeyer@icloud.com"), prov="icloud", cli="apple_mail",
      subject="Promotional mail - please remove both of us",
      body="""To whom it may concern,

My wife Denise and I are writing together to ask that you take both of us off your promotional mailing lists, paper and email. We have been getting the solar and thermostat offers for months and we are not interested.

The account is in both our names: 3302 4471 09, at 1207 Tenth Ave, Marion IA 52302.

Thank you,
Gary and Denise Hoffmeyer""",
      labels=[MO], ent={"name": "Gary and Denise Hoffmeyer", "postal_code": "52302", "account": "3302 4471 09"},
      note="joint request signed by both spouses, both on the account: each speaks for self, so standing is clear; "
           "paper and e-mail are both marketing channels"),

    H(spec="hh-spouse-for-other", cat="household: spouse writing for the other", date="2024-09-26 07:12:40",
      mailbox="powerhousecatalog", frm=("Mike Doyle", "mikedoyle.bball@gmail.com"), prov="gmail",
      cli="gmail_android", subject="catalog",
      body="""Hi, the PowerHouse catalog comes here addressed to my wife Patricia Doyle. She asked me to let you know she doesn't want it anymore.

Thanks
Mike""",
      labels=[], unclear=True, ent={"name": "Patricia Doyle"},
      note="husband asks to stop a catalog addressed to his wife; he is not the addressee and claims no account "
           "standing, so on-behalf rule makes it unclear; entity is the wife"),

    H(spec="hh-one-for-both-named", cat="household: one spouse for both", date="2024-09-30 20:03:55",
      mailbox="customercare", frm=("Steve Manske", "stevemanske@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Take us off promotions",
      body="""Please take Steve and Lori Manske off your email and mail promotions. Her email is lorimanske61@yahoo.com, mine is this one. We get the same flyer twice.

Steve""",
      labels=[], unclear=True, ent={"name": "Steve and Lori Manske"},
      note="one spouse asks for himself and names his wife with her own e-mail address; no account-holder claim and "
           "she does not sign, so the wife's half needs standing: unclear (staff can do Steve's part)"),

    H(spec="hh-holder-both-catalogs", cat="household: account holder for the household", date="2024-12-27 10:22:31",
      mailbox="powerhousecatalog", frm=("Joan Pelletier", "joanpelletier@yahoo.com"), prov="yahoo",
      cli="yahoo_web", subject="Two catalogs every time",
      body="""The electric account is mine (Joan Pelletier, acct 2250 7718 36) and we get two PowerHouse catalogs every time, one for me and one for my husband Ray. Please stop both. We'll shop online if we need anything.

Joan""",
      labels=[MO], ent={"name": "Joan Pelletier", "account": "2250 7718 36"},
      note="writer states she is the account holder and asks about both catalogs sent to the household: the "
           "LABELS.md exception for the account holder applies, so clear marketing opt-out"),

    H(spec="hh-joint-es-share", cat="household: couple writing jointly", date="2024-12-02 21:15:02",
      mailbox="powerhousecatalog", frm=("Alejandro Fuentes", "a.fuentes.rivas@outlook.com"), prov="outlookcom",
      cli="owa", lang="es", subject="No compartir nuestros nombres",
      body="""Estimados señores:

Mi esposa Gabriela y yo les pedimos, los dos, que no vendan ni compartan nuestros nombres ni nuestra dirección con otras empresas. Nos gusta el catálogo y queremos seguir recibiéndolo.

Número de cliente: 00417726

Atentamente,
Alejandro Fuentes y Gabriela Rivas
Fitchburg, WI 53711""",
      labels=[CS], ent={"name": "Alejandro Fuentes y Gabriela Rivas", "postal_code": "53711", "account": "00417726"},
      note="Spanish joint request signed by both spouses; keep the catalog, do not share: sharing opt-out only"),

    H(spec="hh-joint-conditional", cat="household: couple writing jointly", date="2025-01-16 15:47:19",
      mailbox="customercare", frm=("Ruth Vogel", "ruthandken@icloud.com"), prov="icloud", cli="apple_mail",
      reply="assessment",
      body="""Ken and I both got this — it came twice, once to each of us. Is the assessment really free or is it a sales visit? If it's a sales thing we both want off the list.

Ruth & Ken Vogel""",
      labels=[Q], ent={"name": "Ruth & Ken Vogel"},
      note="reply to our assessment promo from a shared couple address; the opt-out is conditional on the answer, so "
           "only the question is actionable now; not unclear because the question itself is plain"),

    # ------------------------------------------------------------ account holder / whole house
    H(spec="hh-holder-household", cat="household: account holder for the household", date="2024-10-01 12:08:44",
      mailbox="customercare", frm=("Angela Okafor", "angela.okafor@outlook.com"), prov="outlookcom", cli="owa",
      subject="Remove our household from marketing",
      body="""Hello,

I am the account holder for 618 Prairie View Dr, Sun Prairie WI 53590 (acct 7719-20384-6). Please remove our whole household from your marketing: no more mailers, no emails, nothing for my husband or the kids either. Bills are fine of course.

Thank you,
Angela Okafor""",
      labels=[MO], ent={"name": "Angela Okafor", "postal_code": "53590", "account": "7719-20384-6"},
      note="account holder writing about the household: clear marketing opt-out; bills explicitly kept"),

    H(spec="hh-whole-house-holder", cat="household: everyone at this address", date="2024-10-24 09:31:12",
      mailbox="customercare", frm=("Walter Brzezinski", "wbrzezinski@tds.net"), prov="tds", cli="thunderbird",
      subject="EVERYONE at this address",
      body="""I am the account holder at 311 W Oak St, Stoughton WI 53589.

Please remove EVERYONE at this address from your promotional lists - myself, my wife, my daughter and her husband who live with us, and whoever else you have here. We do not want mail offers or phone calls.

W. Brzezinski""",
      labels=[MO], ent={"name": "W. Brzezinski", "postal_code": "53589"},
      note="'everyone at this address' from a self-declared account holder: household exception applies; phone "
           "calls are marketing contact too; name kept as written (initial + surname)"),

    H(spec="hh-whole-house-unknown", cat="household: everyone at this address", date="2024-10-28 18:20:51",
      mailbox="powerhousecatalog", frm=("Tasha Greer", "tashagreer@icloud.com"), prov="icloud", cli="iphone",
      subject="Everyone at this address", shape="plain",
      body="""Please take everyone at 907 N 6th St, Burlington IA 52601 off your catalog list. There's like 4 different names on them and half of these people haven't lived here in years""",
      labels=[], unclear=True, ent={"postal_code": "52601"},
      note="'everyone at this address' with no claim of standing, naming no one, partly former residents; staff must "
           "decide whom to suppress: unclear; no person to name"),

    H(spec="hh-whole-house-es", cat="household: everyone at this address", date="2025-01-08 11:04:26",
      mailbox="powerhousecatalog", frm=("Guadalupe Torres", "lupitatorres@hotmail.com"), prov="outlookcom",
      cli="outlook_mobile", lang="es", subject="Catálogos para todos en esta casa",
      body="""Buenos días, en esta casa vivimos varias familias y nos llegan catálogos de ustedes a nombre de todos. Por favor ya no manden catálogos a nadie en esta dirección: 1120 Ash St, Marshalltown IA 50158.

Gracias,
Lupe""",
      labels=[], unclear=True, ent={"postal_code": "50158"},
      note="Spanish: several families at one address, writer asks for everyone; not the account holder by her own "
           "words, other adults' catalogs: unclear (her own catalog could be stopped after review)"),

    H(spec="hh-webform-holder", cat="household: account holder for the household", date="2025-02-05 13:26:40",
      mailbox="customercare", frm=("Alliant Energy Web", "noreply@alliantenergy.com"), prov="webform",
      cli="webform", reply_to="Oluwaseun Adebayo <seun.adebayo@gmail.com>", ack="reply_to",
      subject="Contact Us: Privacy / marketing preferences",
      body="""Contact Us form submission

Name: Oluwaseun Adebayo
Email: seun.adebayo@gmail.com
Account number: 6602 1879 40
ZIP code: 52403
Topic: Privacy / marketing preferences

Message:
I'm the account holder. Please stop all promotional mail and email to our household (me, my wife and my mother-in-law who lives with us). Thank you.""",
      labels=[MO], ent={"name": "Oluwaseun Adebayo", "postal_code": "52403", "account": "6602 1879 40"},
      note="our Contact Us relay (From noreply) with the customer in Reply-To; account holder about the household "
           "including an in-law: clear; ack goes to Reply-To"),

    # ------------------------------------------------------------ adult children / parents
    H(spec="hh-adult-child-self", cat="household: adult child living at home", date="2024-10-07 23:14:09",
      mailbox="powerhousecatalog", frm=("Jordan Pietrzak", "jpietrzak02@gmail.com"), prov="gmail", cli="gmail_ios",
      subject="take me off pls",
      body="""hey so i'm 23 and still living at my parents place (long story). i ordered a gift from you guys for my mom last christmas and now the catalog shows up with MY name on it every month lol. can you take me off the mailing list and also not give my name out to other companies? my parents get their own copy which is fine, leave theirs alone

Jordan Pietrzak
52405""",
      labels=[MO, CS], ent={"name": "Jordan Pietrzak", "postal_code": "52405"},
      note="adult child writes for himself only and explicitly leaves the parents' catalog alone: both opt-outs, "
           "clear; request in question form is the request"),

    H(spec="hh-parent-adult-son", cat="household: parent about adult child", date="2024-10-09 16:55:30",
      mailbox="powerhousecatalog", frm=("Barb Kessler", "barbkessler@aol.com"), prov="aol", cli="aol_web",
      subject="Catalog for my son",
      body="""My son Tyler Kessler is 22 and lives at home with us. He keeps getting your catalog and says he never asked for it. Please take him off your list.

Thank you
Barbara Kessler
2210 Grant St
Clinton IA 52732""",
      labels=[], unclear=True, ent={"name": "Tyler Kessler", "postal_code": "52732"},
      note="mother asks for an adult son (22) who lives at home; no account-holder claim, and an adult's own "
           "catalog record: unclear; entity is the son"),

    H(spec="hh-parent-minor", cat="household: parent about minor child", date="2024-10-11 20:37:18",
      mailbox="powerhousecatalog", frm=("Kristin Sorensen", "kristin.sorensen@gmail.com"), prov="gmail",
      cli="gmail_web", subject="Please remove my 11 year old from your mailing list",
      body="""Hello,

My daughter Lily Sorensen is 11. She bought a crystal-growing kit from your catalog with her birthday money (on my card) and since then the PowerHouse catalog has been coming addressed to her.

Please remove her from your mailing list, and please do NOT share or sell her name and our address to other catalog companies. She is 11!

Thanks,
Kristin Sorensen
Decorah, IA 52101""",
      labels=[MO, CS], ent={"name": "Lily Sorensen", "postal_code": "52101"},
      note="parent writing for a minor child: a parent has standing for an 11-year-old, so both opt-outs are clear; "
           "entity is the child"),

    H(spec="hh-parent-minor-es", cat="household: parent about minor child", date="2025-01-20 19:02:45",
      mailbox="powerhousecatalog", frm=("Marisol Cárdenas", "marisol.cardenas.n@gmail.com"), prov="gmail",
      cli="gmail_android", lang="es", cte="base64", subject="Catálogo a nombre de mi hijo",
      body="""Hola. Mi hijo Mateo Cárdenas tiene 14 años y le está llegando su catálogo a su nombre porque compró un regalo para su abuela. Yo soy su mamá.

Por favor quítenlo de la lista de correo y no compartan su nombre con nadie.

Gracias
Marisol
Newton IA 50208""",
      labels=[MO, CS], ent={"name": "Mateo Cárdenas", "postal_code": "50208"},
      note="Spanish: mother writing for her 14-year-old son; parental standing over a minor: both opt-outs, entity "
           "is the son"),

    H(spec="hh-parent-minor-howto", cat="household: parent about minor child", date="2024-11-27 08:40:02",
      mailbox="powerhousecatalog", frm=("Amber Lentz", "amberlentz@windstream.net"), prov="windstream",
      cli="thunderbird", subject="kid on your mailing list?",
      body="""Hi, how do I get my son's name off your catalog list? He's 15 and ordered a phone charger from you with a gift card. What do you need from me, his date of birth or something?

Amber Lentz""",
      labels=[Q], ent={"name": "Amber Lentz"},
      note="parent asks HOW to remove a minor and what proof is needed; no request to act yet: question only; the "
           "son is not named, so the entity is the writer who asks"),

    H(spec="hh-parent-college", cat="household: parent about adult child", date="2025-01-22 08:17:36",
      mailbox="powerhousecatalog", frm=("Greg Halvorsen", "ghalvorsen@halvorsenag.com"), prov="m365",
      cli="outlook_desktop", subject="Catalog addressed to my daughter",
      body="""Good morning,

My daughter, Anna Halvorsen, is away at UW-Madison and your catalog still comes for her at our house. She is 20. Please remove her from your list.

I would also like to know how she got on the list in the first place; as far as I know she has never ordered anything from you.

Greg Halvorsen
Operations Manager | Halvorsen Ag Supply
2301 Hwy 9 West, Cresco, IA 52136
Office 563-555-0147

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.""",
      labels=[], unclear=True, ent={"name": "Anna Halvorsen"},
      note="father asks for an adult daughter (20) and asks how she got on the list; both the removal and the data "
           "question concern another adult's record, so no label is safe: unclear, entity the daughter; the ZIP in "
           "the business signature is his office, not hers, so not taken"),

    H(spec="hh-adult-child-for-parents", cat="household: adult child for parents", date="2024-11-22 18:33:27",
      mailbox="customercare", frm=("Daniel Ibarra", "dibarra.blt@gmail.com"), prov="gmail", cli="gmail_web",
      lang="mixed", subject="For my parents - promotional mail",
      body="""Hi, I'm writing for my parents, Jose and Maria Ibarra. I live with them in Beloit and help them with their bills because their English is limited. They asked me to tell you they don't want the promotional mail anymore, only the bill. The account is in my dad's name.

Mis papás también preguntan: ¿hay ayuda para pagar el gas en el invierno? Ellos ya están jubilados.

Gracias,
Daniel""",
      labels=[Q], unclear=True, ent={"name": "Jose and Maria Ibarra"},
      note="adult son writes for his parents (account in the father's name): the opt-out is on behalf without "
           "standing, unclear; the energy-assistance question is general information anyone may get, so question "
           "stays"),

    H(spec="hh-parents-holder-adult-kid", cat="household: account holder for the household",
      date="2025-02-11 17:45:10", mailbox="powerhousecatalog", frm=("Mark Tollefson", "mtollefson@netins.net"),
      prov="netins", cli="thunderbird", subject="Catalogs at our address",
      body="""Hello,

I'm the account holder here (acct 4187 3390 21). Three PowerHouse catalogs come to this house every month, for me, my wife and our son Erik who is 26 and moved back home in the fall. None of us want them. Please stop sending catalogs to this household.

Mark Tollefson
Waverly IA 50677""",
      labels=[MO], ent={"name": "Mark Tollefson", "postal_code": "50677", "account": "4187 3390 21"},
      note="account holder asks to stop all catalogs to the household, including an adult son's: LABELS.md lets "
           "the account holder speak for the household, so clear (contrast hh-parent-adult-son)"),

    # ------------------------------------------------------------ roommates
    H(spec="hh-roommates-holder", cat="household: roommates sharing an account", date="2024-10-14 10:58:02",
      mailbox="customercare", frm=("Devon Marsh", "devon.marsh@outlook.com"), prov="outlookcom", cli="owa",
      subject="Marketing mail for 3 roommates",
      body="""Hi there -

There are three of us renting the house at 44 Linn Ct, Mount Vernon 52314, and the electric/gas account is in my name (Devon Marsh, acct 5508 1126 74). We get a LOT of promo mail from you guys, some to me, some to the other two, some just to "Current Resident". Please stop all of it for this address.

Thanks!
Devon""",
      labels=[MO], ent={"name": "Devon Marsh", "postal_code": "52314", "account": "5508 1126 74"},
      note="roommate who is the account holder asks for the whole address: household exception applies, clear"),

    H(spec="hh-roommate-not-holder", cat="household: roommates sharing an account", date="2024-10-16 22:47:33",
      mailbox="customercare", frm=("Sam Nguyen", "samnguyen.ia@gmail.com"), prov="gmail", cli="gmail_android",
      subject="our apartment",
      body="""hi, i live at 1530 3rd Ave SE apt 2 in cedar rapids with 2 roommates. the account is under Jess Albrecht's name not mine. can you take our apartment off the advertising mailing list? we recycle like 5 things a week from you

thx
sam""",
      labels=[], unclear=True, ent={"name": "Jess Albrecht"},
      note="roommate who is not the account holder asks to stop the marketing that goes to the account holder's "
           "name: no standing, unclear; entity is the account holder the mail is addressed to"),

    H(spec="hh-roommate-moving-out", cat="household: roommates sharing an account", date="2024-12-18 12:10:48",
      mailbox="customercare", frm=("Priya Raman", "priya.raman@yahoo.com"), prov="yahoo", cli="yahoo_android",
      subject="Moving out - account transfer + marketing",
      body="""Hi, I'm moving out of the apartment at 760 Walnut St, Sun Prairie on Jan 1. My roommate Alexis is taking over the account, which is in my name right now (acct 1190 6672 05).

1) What does she need to do to transfer it?
2) Please stop sending me any marketing after that, and don't pass my info on to other companies.

Thanks,
Priya""",
      labels=[MO, CS, Q], ent={"name": "Priya", "account": "1190 6672 05"},
      note="departing roommate (the holder) asks for herself: both opt-outs plus a transfer question; first name "
           "from the signature counts as written"),

    H(spec="hh-roommates-ebill-question", cat="household: roommates sharing an account", date="2025-01-17 21:29:55",
      mailbox="customercare", frm=("Tyler Boone", "tboone.uiowa@gmail.com"), prov="gmail", cli="gmail_ios",
      subject="4 roommates, 1 account",
      body="""Hey, me and 3 roommates share one account. Can all four of us get the e-bill email? And if we add everyone's email does that mean all of us end up on your marketing lists too?""",
      labels=[Q], note="roommates' account question, including whether adding e-mails means marketing; no opt-out "
                       "asked: question only"),

    # ------------------------------------------------------------ shared family addresses
    H(spec="hh-shared-address-self", cat="household: shared family e-mail address", date="2024-10-18 06:52:14",
      mailbox="customercare", frm=("The Bauer Family", "bauerfamily.dbq@gmail.com"), prov="gmail",
      cli="gmail_web", subject="Please remove this email",
      body="""Please remove this email address from all your email offers. It's our family address and we're getting 2-3 a week from Alliant.

-- Linda""",
      labels=[MO], ent={"name": "Linda"},
      note="shared family address asks to take THIS address off e-mail offers: the object is the address itself, "
           "so no standing problem; no Reply-To, so ack goes to the shared From"),

    H(spec="hh-shared-address-replyto-es", cat="household: shared family e-mail address", date="2024-10-22 10:26:57",
      mailbox="powerhousecatalog", frm=("Familia Ramirez", "ramirezfamilia@yahoo.com"), prov="yahoo",
      cli="yahoo_web", reply_to="Elena Ramirez <elena.ramirez.77@gmail.com>", ack="reply_to", lang="es",
      subject="No compartan nuestros datos",
      body="""Hola, les escribo desde el correo de la familia. Soy Elena Ramirez, la titular de la cuenta (núm. 2094 5531 80).

Por favor no compartan ni vendan nuestro nombre ni nuestra dirección a otras compañías de catálogos. Sí queremos seguir recibiendo el catálogo.

Respondan por favor a mi correo personal.

Gracias,
Elena Ramirez
Beloit WI 53511""",
      labels=[CS], ent={"name": "Elena Ramirez", "postal_code": "53511", "account": "2094 5531 80"},
      note="Spanish from a shared family address; writer is the account holder, keeps the catalog, refuses sharing; "
           "asks to be answered at her own address, which is the Reply-To"),

    H(spec="hh-shared-address-teen", cat="household: shared family e-mail address", date="2025-01-10 16:21:03",
      mailbox="customercare", frm=("Hansen Family", "hansenfam5@gmail.com"), prov="gmail", cli="gmail_android",
      subject="solar calls",
      body="""hi this is Emma, my dad asked me to email you bc he doesnt do email. he wants you to stop calling about the solar thing and stop the mail about it too. his name is Eric Hansen

thanks""",
      labels=[], unclear=True, ent={"name": "Eric Hansen"},
      note="child writes from the family address for her father; relayed wish, no standing shown: unclear, entity "
           "is the father; no Reply-To, so the shared address is the only one to answer"),

    H(spec="hh-shared-address-split", cat="household: shared family e-mail address", date="2025-02-07 09:12:38",
      mailbox="powerhousecatalog", frm=("Schmitt Household", "schmitthouse@gmail.com"), prov="gmail",
      cli="gmail_web", reply_to="Nora Schmitt <nora.schmitt@uwalumni.com>", ack="reply_to",
      subject="Catalog for Nora Schmitt",
      body="""This is Nora, writing from our family account.

Please stop sending the PowerHouse catalog to me, Nora Schmitt. My husband Paul wants his stopped too but he says he'll email you himself from his own address, so just mine for now.

Please reply to my personal address, not this one.

Nora""",
      labels=[MO], ent={"name": "Nora Schmitt"},
      note="shared family address, Reply-To personal; she asks only for herself and says the husband will write "
           "himself, so nothing is on behalf: clear; ack to Reply-To as asked"),

    # ------------------------------------------------------------ separation, divorce, deceased
    H(spec="hh-separating-new-address", cat="household: separating", date="2024-10-30 21:40:16",
      mailbox="customercare", frm=("Renee Castillo", "renee.castillo.wi@gmail.com"), prov="gmail",
      cli="gmail_web", subject="Moving out / new address - please don't share",
      body="""Hello,

My husband and I are separating and I am moving out on November 15. The account at 2451 Mayfair Dr in Janesville stays in his name (Mark Castillo) and I will need my own service at my new apartment, 18 Holiday Dr #4, Janesville WI 53545.

A few things:
1) How do I set up service in my name at the new address?
2) I don't want any promotional mail at the new place.
3) Please do not share or sell my new address to anyone, other catalog companies or otherwise. For personal reasons this matters a lot.

Renee Castillo""",
      labels=[MO, CS, Q], ent={"name": "Renee Castillo", "postal_code": "53545"},
      note="separating spouse asks for herself only (the husband is named but nothing is asked for him): both "
           "opt-outs plus a service question; ZIP is her new address"),

    H(spec="hh-ex-still-getting", cat="household: divorced", date="2024-11-04 15:33:09",
      mailbox="powerhousecatalog", frm=("Denise Harlan", "deniseharlan@hotmail.com"), prov="outlookcom", cli="owa",
      subject="Catalog for someone who doesn't live here",
      body="""My ex-husband, Curtis Harlan, moved out over a year ago and your catalog still comes here for him every month. He doesn't live here. Please stop sending it to this address.""",
      labels=[], unclear=True, ent={"name": "Curtis Harlan"},
      note="ex-wife asks to stop a catalog addressed to her ex-husband, a former resident: on behalf of another "
           "adult without standing; staff may treat it as an address correction: unclear"),

    H(spec="hh-divorce-holder", cat="household: divorced", date="2024-12-06 14:02:22",
      mailbox="customercare", frm=("Tamara Lutz", "tamara.lutz@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Account after divorce + promotional mail",
      body="""Hello,

After my divorce the account at our house was transferred to me (new account # 3387 0091 62). I still get marketing mail addressed to "Brian and Tamara Lutz".

Please take the household off all promotional mail. And can you confirm that Brian's name has been removed from the account record? He should not be able to get information about this account anymore.

Tamara Lutz
Dubuque 52001""",
      labels=[MO, Q], ent={"name": "Tamara Lutz", "postal_code": "52001", "account": "3387 0091 62"},
      note="divorced account holder asks for the household (her right as holder) and asks to confirm the ex is off "
           "the account: marketing opt-out plus question"),

    H(spec="hh-divorce-es-self", cat="household: separating", date="2024-12-09 22:18:40",
      mailbox="customercare", frm=("Yesenia Paredes", "yesenia.paredes88@gmail.com"), prov="gmail",
      cli="gmail_android", lang="es", subject="Correos de promociones y cambio de nombre",
      body="""Hola, mi esposo y yo nos estamos divorciando. La cuenta está a nombre de él, pero yo sigo viviendo en la casa con los niños.

1. Ya no quiero recibir correos de promociones en este email.
2. ¿Cómo puedo poner la cuenta a mi nombre?

Gracias.
Yesenia Paredes""",
      labels=[MO, Q], ent={"name": "Yesenia Paredes"},
      note="Spanish: she is not the holder but asks only about promotions to her own e-mail address (her own "
           "standing) and how to move the account: marketing opt-out plus question"),

    H(spec="hh-ex-privacy-question", cat="household: separating", date="2024-12-11 07:05:51",
      mailbox="customercare", frm=("J. Whitaker", "jwhitaker@proton.me"), prov="proton", cli="proton",
      subject="Privacy question - please answer by email only",
      body="""I recently left an abusive relationship. My ex-partner is still the account holder at our old address.

If he calls you, can he find out my new address or my new account? I set up new service in my own name last week. I need to know what you share and with whom.

Please answer by email only, do not call.

Jenna Whitaker""",
      labels=[Q], ent={"name": "Jenna Whitaker"},
      note="sensitive privacy question about what is shared with an ex; 'share' appears but nothing is asked to be "
           "stopped, so no opt-out: question"),

    H(spec="hh-bill-stop-separated", cat="household: separating", date="2025-01-03 08:26:14",
      mailbox="customercare", frm=("Dana Kuehl", "dana.kuehl@gmail.com"), prov="gmail", cli="gmail_ios",
      reply="bill_0102",
      body="""Stop. We're separated and I don't live there anymore. Why am I still getting his bill? Take my email off his account please.""",
      labels=[Q], ent={},
      note="'Stop' under a bill notice is not a marketing opt-out; here the sender says what she wants (her e-mail "
           "off the ex's account notices), a service request for a human: question, not unclear"),

    H(spec="hh-deceased-spouse", cat="household: deceased spouse", date="2024-12-13 10:48:30",
      mailbox="powerhousecatalog", frm=("Dolores Fenske", "dfenske41@aol.com"), prov="aol", cli="aol_web",
      subject="My husband",
      body="""My husband Arnold passed away in August. The catalogs keep coming with his name on them and it upsets me every time I get the mail. Please stop sending them to him.

Dolores""",
      labels=[], unclear=True, ent={"name": "Arnold"},
      note="widow asks to stop catalogs addressed to her late husband; LABELS.md names a deceased person as an "
           "on-behalf case and she claims no standing (executor/holder): unclear; first name counts as written"),

    H(spec="hh-deceased-holder", cat="household: deceased spouse", date="2025-01-06 11:37:05",
      mailbox="customercare", frm=("Frank Alvarado", "falvarado@comcast.net"), prov="comcast", cli="ox",
      subject="Please stop promotional mail",
      body="""My wife Judith passed in November. The account was moved into my name (acct 8821 3304 17).

Please stop all promotional mail and the catalog that come to this house, for her and for me.

Frank Alvarado
Ottumwa IA 52501""",
      labels=[MO], ent={"name": "Frank Alvarado", "postal_code": "52501", "account": "8821 3304 17"},
      note="widower is now the account holder and asks for the household including his late wife: holder exception "
           "applies, clear (contrast hh-deceased-spouse)"),

    # ------------------------------------------------------------ new partner
    H(spec="hh-new-partner-self", cat="household: new partner moving in", date="2024-11-06 19:19:42",
      mailbox="powerhousecatalog", frm=("Marcus Bell", "marcusbell.fdl@gmail.com"), prov="gmail",
      cli="gmail_android", subject="Stop catalog",
      body="""Hey, I moved in with my girlfriend last month (her place, her utility account). I ordered a heated jacket from you once years ago and now your catalog followed me here with my name on it. I'm fine with her getting hers, just take ME off.

Marcus Bell 54935""",
      labels=[MO], ent={"name": "Marcus Bell", "postal_code": "54935"},
      note="new partner writes for himself only and keeps the girlfriend's copy: clear marketing opt-out"),

    H(spec="hh-new-partner-add", cat="household: new partner moving in", date="2024-11-08 12:44:57",
      mailbox="customercare", frm=("Heather Lindgren", "hlindgren@me.com"), prov="icloud", cli="apple_mail",
      subject="Adding my partner to my account",
      body="""Hi —

My partner, Chris Adeyemi, moved in with me in October. I'd like to add him to my account (acct 6120 0458 33) so he can call about the bill. What do you need from him?

Also while you're at it, we'd rather not get the marketing mailers anymore. The bill is enough.

Thanks,
Heather Lindgren""",
      labels=[MO, Q], ent={"name": "Heather Lindgren", "account": "6120 0458 33"},
      note="account holder: question about adding a partner plus a household marketing opt-out ('we' from the "
           "holder); clear"),

    H(spec="hh-new-partner-for-him", cat="household: new partner moving in", date="2024-11-11 20:56:13",
      mailbox="powerhousecatalog", frm=("Kayla Jensen", "kaylajensen22@yahoo.com"), prov="yahoo",
      cli="yahoo_ios", subject="fiance's catalog",
      body="""My fiance just moved in and his PowerHouse catalog started coming here. His name is Derek Olufsen. He doesn't want it, can you stop it? Thanks""",
      labels=[], unclear=True, ent={"name": "Derek Olufsen"},
      note="writes for her fiance's own catalog record; no account-holder claim: unclear, entity the fiance"),

    H(spec="hh-new-partner-es-question", cat="household: new partner moving in", date="2025-02-03 20:11:29",
      mailbox="customercare", frm=("Daniela Ruiz", "daniruiz.wi@gmail.com"), prov="gmail", cli="gmail_ios",
      lang="es", subject="Agregar a mi novio a la cuenta",
      body="""Hola, buenas noches. Mi novio se acaba de mudar conmigo. ¿Podemos poner la cuenta de luz a nombre de los dos? ¿Qué documentos necesitan?

Gracias,
Daniela Ruiz""",
      labels=[Q], ent={"name": "Daniela Ruiz"},
      note="Spanish account question about adding a partner; no opt-out: question"),

    # ------------------------------------------------------------ caregivers
    H(spec="hh-caregiver-poa", cat="household: caregiver for a parent", date="2024-11-13 09:58:21",
      mailbox="powerhousecatalog", frm=("Sharon Beckstrom", "sbeckstrom@comcast.net"), prov="comcast", cli="ox",
      subject="Power of attorney - Harold Beckstrom",
      body="""To Whom It May Concern:

I hold durable power of attorney for my father, Harold Beckstrom, who now lives with me. He has been ordering from your catalog and from several others that I believe got his name from your list, and it has become a real problem.

Please:
(1) stop sending him the PowerHouse Catalog and any other promotional mail, and
(2) do not sell, rent or share his name and address with any other company.

Can you also tell me which companies you have given his name to?

His customer number from the label is PH 0088 1420 5. Our address is 55 Ridgeview Ct, Portage WI 53901. A copy of the POA is attached.

Sharon Beckstrom""",
      attach=("POA_Beckstrom.pdf", "application/pdf", POA_PDF),
      labels=[MO, CS, Q], ent={"name": "Harold Beckstrom", "postal_code": "53901", "account": "PH 0088 1420 5"},
      note="daughter states durable power of attorney: legal standing, so both opt-outs are clear for the father "
           "plus a question about past sharing; entity is the father"),

    H(spec="hh-caregiver-no-poa", cat="household: caregiver for a parent", date="2024-11-15 14:31:48",
      mailbox="customercare", frm=("Luis Ortega", "lortega.dbq@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Letters to my mother",
      body="""Good afternoon.

My mother Carmen Ortega (87) lives with me and my wife. She gets letters from you about programs and offers and she gets confused, she thinks she owes money. Please stop sending her the promotional letters. The bills can still come to her.

Thank you,
Luis""",
      labels=[], unclear=True, ent={"name": "Carmen Ortega"},
      note="caregiver son, no POA or account claim, asks to stop promotions to his mother's own account: unclear; "
           "entity is the mother"),

    H(spec="hh-caregiver-holder", cat="household: caregiver for a parent", date="2024-11-18 10:14:37",
      mailbox="customercare", frm=("Gail Rasmussen", "grasmussen@mchsi.com"), prov="mchsi", cli="zimbra",
      subject="No more advertising to this household",
      body="""The account is in my name (Gail Rasmussen, 4403 1187 20).

My mother moved in with us this summer and now we get your offers addressed to both of us. Please no more advertising mail or calls to this household. She is 91 and answers every phone call.

Gail
Charles City 50616""",
      labels=[MO], ent={"name": "Gail Rasmussen", "postal_code": "50616", "account": "4403 1187 20"},
      note="caregiver is the account holder and asks for the household (incl. her mother): holder exception, clear"),

    H(spec="hh-caregiver-es", cat="household: caregiver for a parent", date="2024-11-20 17:50:19",
      mailbox="customercare", frm=("Rosa Medina", "rosamedina.cr@gmail.com"), prov="gmail", cli="gmail_android",
      lang="es", subject="Cartas para mi papá",
      body="""Buenas tardes. Yo cuido a mi papá, Ernesto Medina, que vive conmigo. Le llegan muchas cartas de ofertas de Alliant y del catálogo y se confunde. ¿Pueden dejar de mandarle publicidad? La cuenta de luz está a nombre de él.

Gracias,
Rosa""",
      labels=[], unclear=True, ent={"name": "Ernesto Medina"},
      note="Spanish caregiver daughter for her father, whose name is on the account; no POA mentioned: unclear"),

    H(spec="hh-guardian-question", cat="household: caregiver for a sibling", date="2025-01-27 12:39:04",
      mailbox="customercare", frm=("Monica Feld", "monicafeld@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Guardianship - what do you need?",
      body="""Hello,

I was just appointed legal guardian for my brother Peter, who has a disability and lives with me. What paperwork do you need from me so I can talk to you about his account and make changes? His account number is 9043 2218 71.

Thank you,
Monica Feld""",
      labels=[Q], ent={"name": "Peter", "account": "9043 2218 71"},
      note="guardian asks what documents are needed; a question only; entity is the brother the question is "
           "about (first name as written)"),

    # ------------------------------------------------------------ 'we' without saying who
    H(spec="hh-we-catalog", cat="household: 'we' without saying who", date="2024-10-03 15:25:11",
      mailbox="powerhousecatalog", frm=("pat w", "patw1956@yahoo.com"), prov="yahoo", cli="yahoo_android",
      subject="stop",
      body="""We dont want the catalogs any more please stop sending them. thank you.
Pat""",
      labels=[MO], ent={"name": "Pat"},
      note="'we' names no one else; the only identifiable person is the writer, so it is the writer's own clear "
           "opt-out"),

    H(spec="hh-we-share-caps", cat="household: 'we' without saying who", date="2024-12-04 13:07:44",
      mailbox="powerhousecatalog", frm=("DON KOWALCZYK", "dkowalczyk@aol.com"), prov="aol", cli="aol_web",
      subject="DO NOT SELL OUR NAME",
      body="""PLEASE DO NOT SELL OR GIVE OUR NAME TO OTHER COMPANIES. WE GET TOO MUCH JUNK MAIL ALREADY.
DON""",
      labels=[CS], ent={"name": "DON"},
      note="all caps 'our name' from one writer: sharing opt-out for the writer; name as written"),

    H(spec="hh-we-both-optouts-noname", cat="household: 'we' without saying who", date="2024-12-16 07:33:06",
      mailbox="powerhousecatalog", frm=("sunnyside farm", "sunnysidefarm.ia@gmail.com"), prov="gmail",
      cli="gmail_web", subject="catalog list",
      body="""Hello we would like to be taken off your catalog mailing list, and please don't share our address with other catalogs either. Thanks.""",
      labels=[MO, CS],
      note="'we' from a farm family address, no names: both opt-outs for the sender; no entity written"),

    H(spec="hh-we-reply-promo", cat="household: 'we' without saying who", date="2024-11-14 12:01:38",
      mailbox="powerhousecatalog", frm=("Kevin Doan", "kdoan.sheb@gmail.com"), prov="gmail", cli="gmail_ios",
      reply="holiday", body="""Remove us please""",
      labels=[MO],
      note="'remove us' under our Holiday Preview promo: the promo gives the object; the quoted footer's sharing "
           "text is ours, not his, so no sharing opt-out"),

    H(spec="hh-we-did-you-share", cat="household: 'we' without saying who", date="2024-11-25 16:42:23",
      mailbox="powerhousecatalog", frm=("Bonnie Scheel", "bonniescheel@msn.com"), prov="outlookcom", cli="owa",
      subject="Did you sell our name??",
      body="""Ever since we ordered the heated mattress pad from you last winter we get catalogs from 6 other companies we never heard of. Did you sell our name?? If you did, stop it.

Bonnie Scheel
Fond du Lac 54935""",
      labels=[CS, Q], ent={"name": "Bonnie Scheel", "postal_code": "54935"},
      note="asks whether the name was sold (question) and tells us to stop sharing; the 'if you did' does not make "
           "it conditional in substance: sharing opt-out plus question"),

    H(spec="hh-we-asked-twice", cat="household: 'we' without saying who", date="2024-12-05 18:24:40",
      mailbox="customercare", frm=("Karl Pedersen", "kpedersen@charter.net"), prov="charter", cli="samsung",
      reply="december",
      body="""We've asked twice now. No more newsletters to this house.

K. Pedersen""",
      labels=[MO, Q], ent={"name": "K. Pedersen"},
      note="reply to the December newsletter, which came to his own address ('this house' adds no one to act for); "
           "says what (newsletters) so not an unclear 'as I asked before'; the complaint that earlier requests "
           "were ignored needs a human: opt-out plus question"),

    H(spec="hh-fwd-own-joint", cat="household: couple writing jointly", date="2025-01-15 10:03:52",
      mailbox="powerhousecatalog", frm=("Carol Jeske", "caroljeske@tds.net"), prov="tds", cli="thunderbird",
      subject="Fwd: remove us",
      fwd_own=dict(subject="remove us", date="Mon, 14 Oct 2024 09:11:20 -0500",
                   text="""Please remove us from your catalog mailing list.

Carol and Dale Jeske
2875 County Rd N
Baraboo WI 53913"""),
      body="""Forwarding what we sent you in October since nothing has changed. Still getting catalogs, two came last week.""",
      labels=[MO, Q], ent={"name": "Carol and Dale Jeske", "postal_code": "53913"},
      note="sender forwards her OWN earlier message (signed by both spouses), so its text counts; complaint that it "
           "was not honoured adds question"),

    H(spec="hh-reply-ack-wife", cat="household: spouse writing for the other", date="2024-12-20 08:49:15",
      mailbox="customercare", frm=("Paul Ferris", "paulferris@live.com"), prov="outlookcom", cli="owa",
      reply="ack_1218",
      body="""Thanks. Please do the same for my wife, Jean Ferris, she gets her own mail from you.

Paul""",
      labels=[], unclear=True, ent={"name": "Jean Ferris"},
      note="reply to our acknowledgement: 'do the same' refers to earlier mail and is for his wife: unclear on both "
           "counts; it asks for something, so it gets an ack"),

    H(spec="hh-thanks-ack", cat="household: reply to our acknowledgement", date="2024-12-22 11:30:26",
      mailbox="customercare", frm=("Maureen Cho", "mcho@frontier.com"), prov="frontier", cli="thunderbird",
      reply="ack_1219",
      body="""Thank you, that was fast! We appreciate it.

Maureen""",
      labels=[], ack=None,
      note="thank-you reply to our acknowledgement asks for nothing: no labels, not unclear, no ack (avoids "
           "ping-pong)"),

    H(spec="hh-landlord-tenants", cat="household: landlord for tenants", date="2025-01-24 10:55:17",
      mailbox="customercare", frm=("Pine Ridge Property Management", "office@pineridgepm.com"), prov="m365",
      cli="outlook_desktop", subject="Tenant marketing mail - 5th St SW units",
      body="""Hello,

We manage 14 rental units on 5th St SW in Cedar Rapids. Several tenants have asked us to get your marketing mail stopped. Please remove the units at 1200-1226 5th St SW, Cedar Rapids 52404 from promotional mailings.

Thank you,
Marcy Dunning
Office Manager
Pine Ridge Property Management
319-555-0163""",
      labels=[], unclear=True, ent={"postal_code": "52404"},
      note="property manager asks for tenants' accounts: landlord is not the account holder for the tenants, "
           "on-behalf without standing: unclear; no tenant is named"),

    H(spec="hh-holder-keep-mine", cat="household: account holder for the household", date="2025-02-10 14:16:33",
      mailbox="powerhousecatalog", frm=("Ida Westra", "idawestra@yahoo.com"), prov="yahoo", cli="yahoo_web",
      subject="Husband's catalog",
      body="""Our account is under my name (Ida Westra). My husband Glen Westra wants off your catalog list but I like it, so please keep mine coming and just stop his.

Thank you""",
      labels=[MO], ent={"name": "Glen Westra"},
      note="account holder asks to stop only her husband's catalog and keep hers: not self-contradicting (two "
           "people); holder exception gives standing; entity is the husband the opt-out is for"),
]
