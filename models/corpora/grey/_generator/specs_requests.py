"""Clear requests: every label combination, each in ordinary words."""
from spec import S, CC, PH

SPECS = [
    # ------------------------------------------------------------ marketing_opt_out
    S("m-ask-question", CC, "en", "gmail", ("Gloria Pettit", "gpettit58@gmail.com"), "mailing list",
      "Hi,\n\nCan you take me off your mailing list? I get two or three of the flyers a month and they go\n"
      "straight in the recycling.\n\nThanks,\nGloria Pettit", "M",
      "Opt-out asked as a question ('can you take me off...'); the question is the request, nothing else to answer",
      ent={"name": "Gloria Pettit"}, month=2),
    S("m-subject-only", PH, "en", "iphone", ("", "tkrajewski@icloud.com"), "Remove me from the catalog mailing list",
      "", "M", "Request only in the subject (not a Re: of our mail); the body is the phone signature alone",
      month=3),
    S("m-above-promo", PH, "en", "gmail", ("Shawna Becker", "shawnab.1990@gmail.com"), None,
      "unsubscribe please. i never signed up for this", "M",
      "'unsubscribe' above our quoted spring promotion: a marketing opt-out; the quoted footer is ours",
      quote="promo_cat_spring", month=4),
    S("m-keep-outage-texts", CC, "en", "outlookcom", ("Darnell Woods", "darnell.woods@outlook.com"),
      "emails",
      "Stop emailing me the promotions and the rebate stuff. The only thing I want from you on my phone is the\n"
      "outage texts, keep those coming.\n\nDarnell", "M",
      "Marketing e-mail opt-out; texts are mentioned only to keep the outage alerts, which are service messages",
      ent={"name": "Darnell"}),
    S("m-es-catalogo", PH, "es", "outlookpc", ("Rosa Elena Cárdenas", "rosaelena_cardenas@yahoo.com"), "Catálogo",
      "Buenas tardes,\n\nYa no quiero recibir el catálogo de PowerHouse en mi casa. Por favor quítenme de la lista.\n\n"
      "Gracias,\nRosa Elena Cárdenas\nMuscatine, IA 52761", "M",
      "Spanish: stop the printed catalog, remove from the list; name and ZIP in the signature",
      ent={"name": "Rosa Elena Cárdenas", "postal_code": "52761"}, charset="windows-1252"),
    S("m-retract-resolves", PH, "en", "gmail", ("Hal Lindquist", "hlindquist@gmail.com"), "catalog / emails",
      "Please take me off the catalog list. Well, actually, my wife orders out of it now and then, so keep\n"
      "the paper catalog coming I guess. But the emails have to stop, it's three a week.\n\n- Hal", "M",
      "Changes his mind inside the mail but ends clearly: keep the paper catalog, stop the e-mails (channel kept "
      "in the record)", ent={"name": "Hal"}, month=5),
    S("m-caps-under-promo", CC, "en", "yahoo", ("", "bigjim4471@yahoo.com"), None,
      "STOP SENDING ME THESE THERMOSTAT ADS. NOT INTERESTED. NEVER WAS.", "M",
      "Angry all-caps stop directly under our thermostat promotion: a marketing opt-out, venting only",
      quote="promo_thermo", month=10),
    S("m-elderly-letter", PH, "en", "outlookpc", ("Evelyn Thornquist", "ethornquist@charter.net"),
      "Catalogs",
      "Dear Sirs,\n\nI am 87 years old and live by myself, and I no longer wish to receive the PowerHouse\n"
      "Catalog or any other advertisements from your company in the post. My eyesight is poor and it all goes\n"
      "into the recycling bin unread. My grandson is helping me send this.\n\nThank you kindly,\n\n"
      "Mrs. Evelyn Thornquist\n1412 Grove Street\nBaraboo, WI 53913", "M",
      "Formal letter from an elderly customer about her own mail (the grandson only types it); 'Mrs.' is not part "
      "of the name", ent={"name": "Evelyn Thornquist", "postal_code": "53913"}),
    S("m-young-slang", CC, "en", "iphone", ("", "kaylee.ruhl@icloud.com"), None,
      "yo pls unsub me from the ev emails lol i dont even have a car", "M",
      "Short, informal unsubscribe above our EV promotion", quote="promo_ev", month=6),
    S("m-accountholder-household", CC, "en", "gmail", ("Linda Marsh", "lindamarsh.home@gmail.com"),
      "Advertising mail",
      "Hello,\n\nI'm the account holder (acct 3380-215-774). Please take me and my husband Gary off all of your\n"
      "advertising mail. We both get the same flyers, sometimes two copies on the same day.\n\nLinda Marsh", "M",
      "Account holder writing for her household, so she has standing; account number as written",
      ent={"name": "Linda Marsh", "account": "3380-215-774"}),
    S("m-spanglish-email", CC, "mixed", "android", ("Jasmin Salgado", "jasminsalgado22@gmail.com"), "correos",
      "Hola! I don't want más correos de ofertas, they fill up my inbox. Sáquenme de la lista de emails porfa.\n\n"
      "Jasmin", "M", "Mixed English/Spanish e-mail opt-out from a phone", ent={"name": "Jasmin"}),
    S("m-business-accountholder", CC, "en", "outlook", ("Kristen Ohle", "office@prairiefamilydental.com"),
      "Please remove our office from mailers",
      "Good afternoon,\n\nI manage the mail and the utility account for Prairie Family Dental (account\n"
      "56-2210-4418). Please remove our office from your business promotions and mailers. We get the small\n"
      "business energy flyers almost every week.\n\nThank you,\nKristen Ohle\nOffice Manager\n"
      "Prairie Family Dental\n2210 Edgewood Rd SW, Cedar Rapids, IA 52404", "M",
      "Employee who manages the business's own utility account asks for the business: standing is clear; role "
      "mailbox but it is her own office, so ack to From",
      ent={"name": "Kristen Ohle", "postal_code": "52404", "account": "56-2210-4418"}),
    S("m-postcards-keep-email", CC, "en", "thunderbird", ("Neil Amundsen", "namundsen@mchsi.com"), "postcards",
      "Please stop the postcards and paper offers. E-mail is fine, I actually read those.\n\nNeil Amundsen\n50158",
      "M", "Postal marketing opt-out that keeps e-mail: marketing_opt_out with the postal channel",
      ent={"name": "Neil Amundsen", "postal_code": "50158"}),
    S("m-inbox-cleaner", CC, "en", "system", ("Paige Hollister", "paige.hollister@gmail.com"), "Unsubscribe",
      "This unsubscribe request was sent by Sweepmail on behalf of paige.hollister@gmail.com, who no longer\n"
      "wishes to receive messages from offers@alliant-energy.com.\n\n"
      "Sweepmail - a tidy inbox in one tap", "M",
      "Inbox-cleaning service writing to our List-Unsubscribe address for a person: human, marketing opt-out; "
      "Auto-Submitted, so no acknowledgement (RFC 3834)", ack=None,
      hdr_top=[], hdr=[("Auto-Submitted", "auto-generated")], return_path="bounce-7731@mailer.sweepmail.app",
      mid_dom="mailer.sweepmail.app"),
    S("m-polite-grandpa", PH, "en", "aol", ("Walter Brandvold", "wbrandvold@aol.com"), "Catalogs",
      "Good morning.\n\nWould you be so kind as to stop mailing the catalogs to this address. We are downsizing "
      "and have no room for more things.\n\nRespectfully,\nWalter J. Brandvold", "M",
      "Polite opt-out in question form ('would you be so kind'); name as signed, with the middle initial",
      ent={"name": "Walter J. Brandvold"}),
    S("m-es-baja", CC, "es", "android", ("", "migueltorres.qc@gmail.com"), None, "BAJA por favor", "M",
      "Spanish 'BAJA' directly under our EV promotion: a marketing opt-out", quote="promo_ev"),
    S("m-buried-story", PH, "en", "gmail", ("Corinne Vail", "corinnevail@gmail.com"), "Hello from Decorah",
      "Hi there,\n\nThis is a bit of a long story. We moved from Cedar Falls to Decorah last fall to be closer "
      "to our daughter and the grandkids, and somehow the catalog found us within two weeks, which honestly "
      "impressed me. The heated throw I bought two winters ago is still going strong and the dog has claimed it.\n\n"
      "Anyway, the reason I'm writing: please take my name off the mailing list for the catalog. We are trying "
      "to cut down on paper and I'm not upset about anything, I just don't need it.\n\n"
      "Take care,\nCorinne Vail\n52101", "M",
      "The request sits at the end of a friendly story; no complaint and nothing else to answer",
      ent={"name": "Corinne Vail", "postal_code": "52101"}),
    # ------------------------------------------------------------ catalog_share_opt_out
    S("c-conditional-ever", PH, "en", "yahoo", ("Bev Olsen", "bevolsen@yahoo.com"), "my name",
      "If you ever sell or give my name to another company, I want out. Don't do it.\n\nBev", "C",
      "Conditional ('if you ever sell...'); PowerHouse does exchange names, so the condition holds: a do-not-share",
      ent={"name": "Bev"}),
    S("c-keep-catalog", PH, "en", "gmail", ("Marjorie Fenn", "marjoriefenn@gmail.com"), "Sharing my address",
      "Hello, I like the catalog and want to keep getting it. But please do not share my name and address with\n"
      "other catalog companies.\n\nMarjorie Fenn\nAmes 50010", "C",
      "Keeps the catalog, refuses sharing: catalog_share_opt_out only",
      ent={"name": "Marjorie Fenn", "postal_code": "50010"}),
    S("c-subject-only", CC, "en", "gmail", ("Owen Strickland", "owen.strickland@gmail.com"),
      "Do not sell or share my personal information", "", "C",
      "Do-not-sell in the subject, empty body", month=1),
    S("c-es-no-compartan", PH, "es", "gmail", ("Guadalupe Ortiz", "lupitaortiz77@gmail.com"), "mis datos",
      "Hola,\n\nNo quiero que compartan mi nombre ni mi dirección con otras compañías. El catálogo sí me lo "
      "pueden seguir mandando, eso no me molesta.\n\nGuadalupe Ortiz", "C",
      "Spanish: keep the catalog, do not share name and address", ent={"name": "Guadalupe Ortiz"}),
    S("c-above-holiday", PH, "en", "iphone", ("Nora Pike", "norapike@me.com"), None,
      "Fine with the catalog but I see at the bottom you swap names with other catalogs. Not mine please.", "C",
      "Reply above our holiday promotion; she refers to our quoted footer but her own words ask not to be shared",
      quote="promo_cat_holiday"),
    S("c-young", CC, "en", "iphone", ("", "tyler.j.baumann@icloud.com"), "info",
      "hey dont sell my info to other companies thx", "C",
      "Do-not-sell to the customer-care box; short and informal"),
    S("c-es-question-form", PH, "es", "yahoo", ("Leticia Barrera", "leti_barrera@yahoo.com"), "Listas",
      "¿Me pueden sacar de las listas que les prestan o venden a otros catálogos? Gracias.\n\nLeticia Barrera\n"
      "52601", "C",
      "Spanish request in question form: the question is the request itself",
      ent={"name": "Leticia Barrera", "postal_code": "52601"}),
    S("c-business-buyer", PH, "en", "outlook", ("Tom Reyes", "treyes@hartwellsupply.com"),
      "Name rental - Hartwell Supply",
      "Hello,\n\nI do the purchasing for Hartwell Supply and we order from your catalog a few times a year under\n"
      "our company account. Please do not rent or exchange our business name and address with other companies.\n"
      "Keep sending us the catalog.\n\nTom Reyes\nPurchasing, Hartwell Supply Co.\nDubuque, IA 52001", "C",
      "The buyer who places the company's orders asks for the company: standing taken as clear; keeps catalog",
      ent={"name": "Tom Reyes", "postal_code": "52001"}),
    # ------------------------------------------------------------ both opt-outs
    S("mc-one-sentence", PH, "en", "outlookcom", ("Greg Tollefson", "gtollefson@hotmail.com"), "Catalog",
      "Please stop sending the catalog and don't sell my address to anyone.\n\nGreg Tollefson", "MC",
      "Two requests in one sentence", ent={"name": "Greg Tollefson"}),
    S("mc-es-one-sentence", PH, "es", "android", ("Maribel", "maribel.quintero@gmail.com"), "catálogo",
      "Ya no me manden el catálogo y no vendan mis datos a nadie, por favor.\n\nMaribel", "MC",
      "Spanish: two requests in one sentence", ent={"name": "Maribel"}),
    S("mc-conditional-share", CC, "en", "gmail", ("Arlene Kuhl", "arlenekuhl@gmail.com"), "Mailing list",
      "Take me off your mailing list. And if you share customer lists with anybody, leave me out of that too.\n\n"
      "Arlene Kuhl", "MC",
      "Opt-out plus a conditional do-not-share; the family shares catalog lists, so the condition holds",
      ent={"name": "Arlene Kuhl"}),
    S("mc-formal", CC, "en", "outlookpc", ("Harold Kessler", "hkessler@netins.net"), "Removal from mailing lists",
      "To whom it may concern:\n\nI wish to be removed from all of your mailing lists, and I do not give permission "
      "for my name to be sold, rented or traded to any other firm.\n\nHarold Kessler\nAccount 4471 0928 33", "MC",
      "Formal: both opt-outs; account number with spaces as written",
      ent={"name": "Harold Kessler", "account": "4471 0928 33"}),
    S("mc-caps", PH, "en", "aol", ("", "dlmoeller@aol.com"), "DO NOT SELL MY NAME",
      "DO NOT SELL MY NAME. DO NOT SEND ME CATALOGS.", "MC", "All caps, both opt-outs, no name given"),
    S("mc-accountholder-couple", CC, "en", "gmail", ("Dennis Hoag", "dhoag.family@gmail.com"), "mailing lists",
      "Account holder here. Remove our household (me and my wife Judy) from your mailing lists and don't share our\n"
      "names with anybody.\n\nDennis Hoag\nWatertown WI 53094", "MC",
      "Account holder writing for his household: standing; both opt-outs",
      ent={"name": "Dennis Hoag", "postal_code": "53094"}),
    S("mc-spanglish", CC, "mixed", "iphone", ("", "carlos.ibarra.ia@icloud.com"), "email list",
      "please take me off the email list y no compartan mi info con nadie. thanks\nCarlos", "MC",
      "Mixed English/Spanish: e-mail opt-out plus do-not-share in one line", ent={"name": "Carlos"}),
    S("mc-above-spring", PH, "en", "gmail", ("Pam Rausch", "pamrausch@gmail.com"), None,
      "Remove me. And quit trading my name to other catalogs, I'm pretty sure that's how I got five new ones "
      "this year.\n\nPam", "MC",
      "Above our spring promotion: stop plus do-not-share; 'pretty sure that's how' is a remark, not a question",
      quote="promo_cat_spring", ent={"name": "Pam"}),
    # ------------------------------------------------------------ marketing_opt_out + question
    S("mq-mail-and-calls", CC, "en", "yahoo", ("Ray Ostrowski", "rayostrowski@yahoo.com"), "mail and phone calls",
      "Take me off the mailing list and stop calling me about the community solar thing. I get a call every\n"
      "week, sometimes at supper.\n\nRay Ostrowski", "MQ",
      "Postal opt-out plus sales calls: the call part is not mail or e-mail and needs a person to pass it on",
      ent={"name": "Ray Ostrowski"}),
    S("mq-es-mail-and-calls", CC, "es", "gmail", ("Alejandra Ruiz", "alejandra.ruiz.mx@gmail.com"), "Publicidad",
      "Buenos días,\n\nPor favor ya no me manden publicidad por correo ni por email. Y díganle a su gente que deje "
      "de llamarme para venderme cosas, llaman hasta los domingos.\n\nAlejandra Ruiz\nWest Liberty, IA 52776", "MQ",
      "Spanish: postal and e-mail opt-out plus sales calls (phone needs a human)",
      ent={"name": "Alejandra Ruiz", "postal_code": "52776"}),
    S("mq-buried-bill", CC, "en", "outlookcom", ("Terry Vogel", "terryvogel@outlook.com"), "my bill",
      "I am writing because my bill went from $142 to $231 in one month and nobody can tell me why. We were gone\n"
      "for two weeks of that month!! The house was at 60 degrees. I want somebody to actually look at the meter\n"
      "and explain this to me, because it makes no sense. I called and waited 40 minutes and then got cut off.\n"
      "And while I'm at it, stop sending me the thermostat ads, I'm not buying anything from you right now.\n\n"
      "Terry Vogel\nacct# 8812-0457-30", "MQ",
      "Opt-out buried at the end of a bill complaint; the complaint needs an answer",
      ent={"name": "Terry Vogel", "account": "8812-0457-30"}),
    S("mq-promo-and-paperless", CC, "en", "gmail", ("Ana Sorensen", "anasorensen@gmail.com"), "two things",
      "Hi! Two things: please stop the promo emails. Also I want to go paperless for my bill, how do I do that?\n\n"
      "Ana", "MQ",
      "A marketing 'stop' next to a billing request (paperless is not marketing and needs an answer)",
      ent={"name": "Ana"}),
    S("mq-how-long", PH, "en", "iphone", ("Mike Fjelstad", "mfjelstad@icloud.com"), None,
      "Please unsubscribe me from the catalog emails. How long until they actually stop?", "MQ",
      "Clear unsubscribe plus a how-long question", quote="promo_cat_holiday"),
    S("mq-texts-and-email", CC, "en", "android", ("", "jordan.kettering@gmail.com"), "deals",
      "stop texting me the deals and take me off the email list too", "MQ",
      "E-mail opt-out plus marketing texts; texts are not mail or e-mail, so a person must handle that part"),
    S("mq-es-why-still", CC, "es", "yahoo", ("Ramón Espinoza", "ramon_espinoza@yahoo.com"), "Correo",
      "Quítenme de la lista de correo. ¿Por qué me siguen llegando sus anuncios si ya cerré mi cuenta con "
      "ustedes hace un año?\n\nRamón Espinoza", "MQ",
      "Spanish: opt-out plus a question why mail continues after he closed his account",
      ent={"name": "Ramón Espinoza"}),
    S("mq-back-catalog-no-email", PH, "en", "gmail", ("Joyce Hemming", "joycehemming@gmail.com"), "catalog again",
      "Hello, I took myself off a while ago but I'd like the paper catalog again please. No emails though, just the\n"
      "catalog in the mail.\n\nJoyce Hemming\n54935", "MQ",
      "Opt back in to the postal catalog (question) while refusing e-mail (marketing opt-out, e-mail channel); "
      "not contradictory because the channels differ",
      ent={"name": "Joyce Hemming", "postal_code": "54935"}),
    S("mq-angry-heatpump", CC, "en", "outlookpc", ("Earl Matthiesen", "earlm@frontiernet.net"), "Advertising",
      "I have been your customer for 31 years and never once asked for any of this. Now I get a letter about a\n"
      "heat pump rebate addressed to me by name saying 'since you heat with a heat pump'. I want to know who told\n"
      "you what I heat my house with. Take me off every mailing list you have.\n\nEarl Matthiesen", "MQ",
      "Opt-out plus a privacy question (where the data came from)", ent={"name": "Earl Matthiesen"}),
    S("mq-junk-and-meter", CC, "en", "thunderbird", ("Sue Ellen Parr", "separr@mediacombb.net"), "rebate mail",
      "Two things. Stop sending me the rebate junk mail. And can someone tell me why a meter reader walked into my\n"
      "back yard last week without knocking? My dog nearly got out.\n\nSue Ellen Parr", "MQ",
      "Marketing stop next to a service complaint about a meter reader",
      ent={"name": "Sue Ellen Parr"}),
    # ------------------------------------------------------------ catalog_share_opt_out + question
    S("cq-if-so-stop", PH, "en", "gmail", ("Wes Drury", "wesdrury@gmail.com"), "question",
      "Do you share my info with other companies? If so, stop.\n\nWes", "CQ",
      "Question plus a conditional do-not-share; the question needs a real answer, and sharing does happen",
      ent={"name": "Wes"}),
    S("cq-es-comparten", PH, "es", "outlookcom", ("Yesenia Morales", "yesenia.morales@hotmail.com"), "privacidad",
      "Hola, ¿ustedes venden o comparten los datos de sus clientes? Si es así, no quiero que compartan los míos.\n\n"
      "Yesenia Morales", "CQ", "Spanish: 'do you share? if so, not mine'", ent={"name": "Yesenia Morales"}),
    S("cq-how-got-address", PH, "en", "yahoo", ("Karen Lutz", "klutz1962@yahoo.com"), "new catalogs",
      "I started getting four other catalogs right after I ordered a space heater from you. Did you give them my\n"
      "address? Don't ever do that with my name again.\n\nKaren Lutz\n52240", "CQ",
      "Asks whether we gave out her address and forbids it: both", ent={"name": "Karen Lutz", "postal_code": "52240"}),
    S("cq-which-companies", PH, "en", "outlookcom", ("Phil Janda", "philjanda@live.com"), "lists",
      "I'm fine getting your catalog. But if my name is on any list you trade with other companies, take it off.\n"
      "Also, which companies got it already?\n\nPhil Janda", "CQ",
      "Conditional do-not-share plus a question about who received the name", ent={"name": "Phil Janda"}),
    S("cq-copy-and-noshare", CC, "en", "gmail", ("Monique Adair", "monique.adair@gmail.com"), "my information",
      "Please send me a copy of the information you have on me, and do not share any of it with third parties.\n\n"
      "Monique Adair\nAccount #5520918834", "CQ",
      "Data access request (question) plus do-not-share",
      ent={"name": "Monique Adair", "account": "5520918834"}),
    S("cq-young-who", PH, "en", "iphone", ("", "brianna.koch@icloud.com"), "??",
      "lol who did u sell my email to?? i get spam from like 10 catalogs now. dont share it anymore", "CQ",
      "Informal: asks who got her address and says not to share it"),
    # ------------------------------------------------------------ all three
    S("mcq-long-rant", PH, "en", "outlookcom", ("Dale Hinrichs", "dalehinrichs@outlook.com"), "Enough",
      "I don't usually write these but I've had it. The power went out three times this month, once for six\n"
      "hours, and nobody could tell me why. Meanwhile I get a glossy catalog every two weeks selling me flashlights\n"
      "and generators. Real funny. And now I'm getting catalogs from companies I never heard of, so somebody is\n"
      "passing my name around.\n\nStop the catalog. Don't sell or trade my name. And I'd like an actual explanation\n"
      "of the outages on Prairie View Road.\n\nDale Hinrichs\nFort Dodge 50501", "MCQ",
      "Long complaint with both opt-outs and an outage question",
      ent={"name": "Dale Hinrichs", "postal_code": "50501"}),
    S("mcq-es-cuanto", PH, "es", "gmail", ("Fernanda Gil", "fernandagil.ia@gmail.com"), "Catálogo",
      "Quiero dejar de recibir el catálogo y que no vendan mi dirección. ¿Cuánto tarda en hacerse efectivo?\n\n"
      "Fernanda Gil", "MCQ", "Spanish: both opt-outs plus how long it takes", ent={"name": "Fernanda Gil"}),
    S("mcq-es-phone", CC, "es", "android", ("Jorge Medina", "jorgemedina.dsm@gmail.com"), "ya no",
      "No me manden cartas, ni correos, ni me llamen, y no vendan mi número ni mi dirección a nadie.\n\nJorge Medina",
      "MCQ", "Spanish: mail, e-mail, calls and do-not-sell; the phone part needs a person",
      ent={"name": "Jorge Medina"}),
    S("mcq-moving", PH, "en", "gmail", ("Allison Brandt", "allisonbrandt@gmail.com"), "new address",
      "Hi, I'm moving to 220 Oak St, Marion IA 52302 at the end of the month. Please update my address for my\n"
      "orders but don't send catalogs to the new place, and don't share the new address with anyone either.\n\n"
      "Allison Brandt", "MCQ", "Change of address (question) plus both opt-outs for the new address",
      ent={"name": "Allison Brandt", "postal_code": "52302"}),
    S("mcq-retention", CC, "en", "outlook", ("Samir Haddad", "samir.haddad@rockwellcollins-alumni.org"),
      "Opt-out and a policy question",
      "Hello,\n\nPlease remove me from your marketing lists and opt me out of any sharing with third parties.\n"
      "Also, what is your policy on keeping customer data after an account is closed? I am closing mine when I\n"
      "move in June.\n\nRegards,\nSamir Haddad", "MCQ", "Both opt-outs plus a privacy-policy question",
      ent={"name": "Samir Haddad"}),
]
