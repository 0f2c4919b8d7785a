# -*- coding: utf-8 -*-
"""Clear opt-out requests, alone or with a question, in the voices of the households we serve."""
from spec import m

SPECS = [
    # ---------------------------------------------------------------- marketing_opt_out only
    m("m-teen-promo", "cc", "optout", "teen", "en", "iphone", ("", "kaylaa.b2009@icloud.com"), "",
      "pls stop emailing me ur deals lol i get like 3 a week 😭\n- kayla", "m", {"name": "kayla"},
      "Teen reply under our thermostat promotion: 'stop emailing me ur deals'; lowercase first name kept as written",
      quote="promo"),
    m("m-elderly-ostrander", "ph", "optout", "elderly", "en", "isp", ("Margaret Ostrander", "mostrander@mchsi.com"),
      "A request regarding your catalogue",
      """Dear Sir or Madam,

I hope this letter finds you well. I am writing to you on a grey Tuesday morning here in Dubuque, with the
river fog still sitting low over the bluffs, and my cat Pumpkin supervising from the windowsill as usual.

My late husband Harold, God rest him, was the one who always ordered from your catalogue. He bought the
heated birdbath from you in 2011 and it is still going strong, I will say that for it. Since he passed I
do not order much of anything, and I confess the colorful catalogues pile up on the hall table until my
son carries them out to the recycling on Sundays.

So I would be most grateful if you would discontinue sending the catalogues to my home. I mean no
offense by it, you have always been very nice on the telephone. My electric bill is of course a different
matter and I do still want that, as I am not one for paying things on the computer.

With kind regards and best wishes for the coming holidays,

Mrs. Margaret Ostrander
1840 Kaufmann Avenue
Dubuque, Iowa 52001""", "m", {"name": "Margaret Ostrander", "postal_code": "52001"},
      "Rambling widow's letter; the request is one sentence ('discontinue sending the catalogues'); keeps the bill, "
      "so only the promotional catalog stops; 'Mrs.' dropped", unwrap=False),
    m("m-typo-darrel", "ph", "optout", "typos", "en", "yahoo", ("darrel hutchins", "dhutch62@yahoo.com"),
      "unsubcribe", "plese unsubcribe me from the catolog emails tnx\n\ndarrel", "m", {"name": "darrel"},
      "Heavy misspellings ('unsubcribe', 'catolog'); the object is the catalog e-mails"),
    m("m-subject-only-promo", "cc", "optout", "subject-only", "en", "gmail", ("Bryce Lindahl", "blindahl.ia@gmail.com"),
      "Unsubscribe me from promotional emails", "", "m", {},
      "Request only in the sender's own subject, empty body; no entities because the body has none"),
    m("m-subject-only-catalog", "ph", "optout", "subject-only", "en", "aol", ("JUNE WEBER", "juneweber41@aol.com"),
      "REMOVE ME FROM CATALOG MAILING LIST", "see subject", "m", {},
      "'see subject' body; the subject is the sender's own words, not a Re: of our mail", sig=False),
    m("es-mx-banda", "cc", "optout", "spanish-mx", "es", "galaxy", ("Rogelio Banda", "rogelio.banda77@gmail.com"),
      "ya no quiero promociones",
      """Buenas tardes,

ya no quiero recibir sus correos de promociones, por favor quítenme de esa lista. El recibo de la luz sí
lo sigo pagando normal.

Atte. Rogelio Banda Treviño
Muscatine 52761""", "m", {"name": "Rogelio Banda Treviño", "postal_code": "52761"},
      "Mexican Spanish from a phone: stop promotional e-mails; the bill remark is not a question"),
    m("es-gt-coyoy", "ph", "optout", "spanish-gt", "es", "outlook", ("Hilda Coyoy", "hildacoyoy@hotmail.com"),
      "Solicitud",
      """Muy buenos días, reciban un cordial saludo, deseándoles muchos éxitos en sus labores diarias.

Por medio de la presente les solicito de la manera más atenta que ya no me sigan enviando el catálogo de
PowerHouse a mi domicilio, ya que no lo utilizo y considero que es un desperdicio de papel.

Sin otro particular, me despido agradeciendo de antemano su fina atención.

Atentamente,
Hilda Marisol Coyoy Tzoc
Postville, Iowa 52162""", "m", {"name": "Hilda Marisol Coyoy Tzoc", "postal_code": "52162"},
      "Formal Guatemalan Spanish; the request ('ya no me sigan enviando el catálogo') sits inside courtesy formulas"),
    m("es-pr-yaritza", "cc", "optout", "spanish-pr", "es", "iphone", ("Yaritza", "yaritza.colon.pr@icloud.com"),
      "",
      "Saludos! porfa dejen de mandarme las ofertas esas al email, no me interesan para nada. Bendiciones\n"
      "Yaritza", "m", {"name": "Yaritza"},
      "Puerto Rican Spanish without accents under our newsletter; 'dejen de mandarme las ofertas' is a marketing "
      "opt-out", quote="newsletter"),
    m("esl-vi-lan", "ph", "optout", "esl-vietnamese", "en", "gmail", ("Lan Nguyen", "nguyenthilan.wi@gmail.com"),
      "Please no more advertisement paper",
      """Dear sir/madam,

I am Nguyen Thi Lan. Please you do not send to me the advertisement paper anymore, my mailbox is full
every week with it. I am not read English very good so it is waste for me.

Thank you very much for kindly.
Nguyen Thi Lan""", "m", {"name": "Nguyen Thi Lan"},
      "Vietnamese speaker, literal grammar; 'advertisement paper' is the promotional mail; name in Vietnamese "
      "order as written"),
    m("esl-so-warsame", "cc", "optout", "esl-somali", "en", "galaxy", ("Abdirahman Warsame", "awarsame88@gmail.com"),
      "stop email sale",
      """Salaam. My name is Abdirahman Warsame. I want you stop the emails about sale things and offer. I am
good customer, I pay the bill every month on time, no problem. Only the advertisement please stop it.

Thank you brother""", "m", {"name": "Abdirahman Warsame"},
      "Somali speaker; stops sale/offer e-mails while stressing he pays his bill: marketing only"),
    m("farm-vanderwoude", "cc", "optout", "farmer", "en", "isp", ("Dale Vander Woude", "dvwoude@netins.net"),
      "flyers",
      """Been getting your flyers about heat pumps and water heater rebates out here at the farm, about
one a week it seems like. Don't need em, we heat the house with wood and the shop with LP. Take us off
the advertising list and save yourselves the postage.

Dale Vander Woude
3120 Fig Ave
Hull IA 51239""", "m", {"name": "Dale Vander Woude", "postal_code": "51239"},
      "Farmer; 'take us off the advertising list' for his own household's promotional mail", unwrap=False),
    m("parent-phone-stop", "cc", "optout", "busy-parent", "en", "iphone", ("Alyssa Drees", "alyssadrees@icloud.com"),
      "promo emails",
      "Hi - can you please stop the promo emails to this address? Trying to get 2 kids out the door and my "
      "inbox is a disaster. Thx", "m", {},
      "Request in question form ('can you please stop the promo emails?') is the opt-out, not a question; "
      "the name appears only in the From header, so no name entity"),
    m("buried-pfeiffer", "cc", "optout", "buried", "en", "thunderbird", ("Lorna Pfeiffer", "lpfeiffer@tds.net"),
      "Hello from Sauk City",
      """Hello there,

I wanted to drop a line to say the tree trimming crew that came through on Water Street last week were
just as polite as could be. One of the young men even helped me move my flower pots off the boulevard so
they would not get crushed. You do not hear enough about the good ones.

Our son started his new job in Milwaukee, so it is just me and the dog now, and I have been trying to
keep the thermostat down like your bill insert suggested. The house was 64 degrees this morning and the
dog did not think much of it.

Also, please take me off the list for the e-newsletter with all the energy saving offers, I never read
it and it fills up my little tablet.

The lilacs should be out in another two weeks if the weather holds. Have a nice spring.

Lorna Pfeiffer
Sauk City, WI 53583""", "m", {"name": "Lorna Pfeiffer", "postal_code": "53583"},
      "Request in one line of a chatty letter (compliments, family news): stop the e-newsletter with offers; "
      "nothing in the rest asks for an answer"),
    m("law-canspam-wilk", "cc", "optout", "law", "en", "thunderbird", ("R. Tomasz Wilk", "rtwilk@wilklaw-office.com"),
      "Notice under 15 U.S.C. 7704(a)(4)",
      """To Alliant Energy:

Pursuant to the CAN-SPAM Act of 2003, 15 U.S.C. 7704(a)(4), I hereby request that you cease sending
commercial electronic mail messages to this address. The Act affords you ten business days to honor this
request.

This notice concerns commercial messages only. Transactional and relationship messages regarding my
account may continue.

R. Tomasz Wilk
Madison, Wisconsin 53705""", "m", {"name": "R. Tomasz Wilk", "postal_code": "53705"},
      "Citation of CAN-SPAM; commercial e-mail stops, account mail continues; no question asked"),
    m("angry-caps-gary", "ph", "optout", "angry", "en", "aol", ("Gary", "garysgarage54@aol.com"),
      "JUNK MAIL!!!!",
      """I HAVE HAD IT WITH YOUR JUNK MAIL. EVERY WEEK ANOTHER CATALOG STUFFED IN MY BOX. STOP SENDING IT. IF
I GET ONE MORE I AM CALLING THE IOWA UTILITIES BOARD, I DONT CARE WHO I HAVE TO TALK TO.

GARY""", "m", {"name": "GARY"},
      "All-caps rant ending in a conditional threat to call the Iowa Utilities Board; venting, not a question "
      "(same call as other sets); name kept in capitals as signed", sig=False),
    m("reply-promo-nothanks", "cc", "optout", "elderly", "en", "outlook", ("Gloria Hemmingsen", "ghemmingsen@outlook.com"),
      "",
      "No thank you. Please remove me from these emails, I am 81 years old and do not need a smart "
      "thermostat.\n\nGloria", "m", {"name": "Gloria"},
      "Reply under our promotion: 'remove me from these emails' refers to the promotion it answers", quote="promo"),
    m("esl-bs-hodzic", "cc", "optout", "esl-bosnian", "en", "gmail", ("Emir Hodžić", "emir.hodzic.lax@gmail.com"),
      "Mails for products",
      """Poštovani,

I write in English not so good, sorry. Please not send me more the mails for products and offers. I am
not interesting in this. For electricity everything is okay.

Hvala,
Emir Hodžić
La Crosse 54601""", "m", {"name": "Emir Hodžić", "postal_code": "54601"},
      "Bosnian speaker ('not interesting', 'not send me more the mails for products and offers'); diacritics in "
      "the name kept"),
    m("esl-zh-zhang", "cc", "optout", "esl-chinese", "en", "outlook", ("Wei Zhang", "zhangwei.cr@outlook.com"),
      "Cancel promotion email",
      """Hello,

I no longer need the promotion email. Please cancel the subscription for me.
My account is 4419 2783 06.

Thank you!
Wei Zhang""", "m", {"name": "Wei Zhang", "account": "4419 2783 06"},
      "Chinese speaker; 'cancel the subscription' of promotion e-mail; account number with spaces"),
    m("esl-hmong-vang", "ph", "optout", "esl-hmong", "en", "galaxy", ("Pa Houa Vang", "pahouavang23@gmail.com"),
      "catalog",
      """Nyob zoo. My name is Pa Houa Vang. Me and my mom live in same house and the catalog come with my name
on it. Please stop mail the catalog to me. Thank you""", "m", {"name": "Pa Houa Vang"},
      "Hmong speaker asking to stop the catalog addressed to herself (her own name, so standing is clear)"),
    m("channel-email-keep-paper", "ph", "optout", "busy-parent", "en", "gmail", ("Joan Brekke", "joanbrekke@gmail.com"),
      "too many emails",
      "Keep sending the paper catalog, my husband likes circling things in it for Christmas. But stop the "
      "emails please, I'm getting them 4 times a week.\n\nJoan Brekke", "m", {"name": "Joan Brekke"},
      "Channel limit: e-mail stops, paper catalog stays; marketing_opt_out (the record keeps the channel)"),
    m("teen-unsub-rn", "ph", "optout", "teen", "en", "iphone", ("", "xo.mads.xo@icloud.com"), "",
      "yo can u unsub me from the powerhouse emails rn 🙏 i never even signed up for this", "m", {},
      "Teen slang ('unsub', 'rn'); question-form request; 'never signed up' is a remark, not a question; no "
      "entities", quote="catalog"),
    m("esl-ar-jabouri", "cc", "optout", "esl-arabic", "en", "gmail", ("Khalid Al-Jabouri", "khalid.aljabouri@gmail.com"),
      "Request",
      """Peace be upon you,

I ask from you kindly to stop sending me the offers in my e-mail and also in the post box. I do not need
them. May God reward you.

Khalid Al-Jabouri
Cedar Rapids 52402""", "m", {"name": "Khalid Al-Jabouri", "postal_code": "52402"},
      "Arabic speaker, literal phrasing ('I ask from you kindly'); offers by e-mail and post"),
    m("typo-remover-me", "ph", "optout", "typos", "en", "galaxy", ("", "tinkr.bell.1990@gmail.com"),
      "remover me", "remover me from the catolg list pleaze i dont order nothing\n\nSherri", "m", {"name": "Sherri"},
      "Misspelled 'remover me', 'catolg'; the object is the catalog list"),

    # ---------------------------------------------------------------- catalog_share_opt_out only
    m("law-ccpa-raman", "ph", "optout", "law", "en", "gmail", ("Priya Raman", "priya.raman.ic@gmail.com"),
      "Do Not Sell My Personal Information",
      """Hello,

I know the CCPA is a California law and I live in Iowa, but I am making the same request: do not sell my
personal information. That includes renting or exchanging my name and address with other catalog
companies.

I'm happy to keep getting the PowerHouse catalog itself.

Priya Raman
Iowa City, IA 52245""", "c", {"name": "Priya Raman", "postal_code": "52245"},
      "'Do not sell my personal information' with the CCPA invoked outside California; keeps the catalog, "
      "so share opt-out only"),
    m("elderly-kohlmeier", "ph", "optout", "elderly", "en", "isp", ("Edna Kohlmeier", "ekohlmeier@frontiernet.net"),
      "My name",
      """To the PowerHouse Catalog people,

I enjoy your catalog very much and I do wish to keep receiving it, I have ordered the nightlights and the
weather radio and both were just fine. However my granddaughter Becca was visiting over Easter and she
tells me that companies sell your name to one another, and I must say I have been getting a great deal of
mail from outfits I never heard of. Insurance, hearing aids, walk-in bathtubs, you name it.

Please do not give my name out to anybody else.

Sincerely,
Mrs. Edna Kohlmeier
Waverly, Iowa 50677""", "c", {"name": "Edna Kohlmeier", "postal_code": "50677"},
      "Elderly, keeps the catalog, asks not to have her name given out; title dropped", unwrap=False),
    m("esl-vi-minh", "ph", "optout", "esl-vietnamese", "en", "yahoo", ("Minh Tran", "tranvanminh1961@yahoo.com"),
      "no give my name",
      """Hello,
Please no give my name and address to the other company. I still want receive your catalog, only not
other company.
Tran Van Minh
50315""", "c", {"name": "Tran Van Minh", "postal_code": "50315"},
      "Vietnamese speaker: 'no give my name and address to the other company', still wants the catalog"),
    m("es-mx-rios", "ph", "optout", "spanish-mx", "es", "outlook", ("Guadalupe Ríos", "lupita.rios@outlook.com"),
      "Mis datos personales",
      """Hola, buen día.

No quiero que compartan ni vendan mis datos a otras compañías. El catálogo sí me lo pueden seguir
mandando, ese sí me gusta.

Gracias,
Sra. Guadalupe Ríos
Oshkosh, WI 54902""", "c", {"name": "Guadalupe Ríos", "postal_code": "54902"},
      "Mexican Spanish: no sharing or selling of her data, keeps the catalog; 'Sra.' dropped"),
    m("farm-krogman", "ph", "optout", "farmer", "en", "isp", ("Krogman Farms", "krogmanfarms@iowatelecom.net"),
      "our name",
      """We'll keep the catalog, Bonnie orders the heated waterers for the chickens out of it every fall. But
don't be renting our name out to every seed company and insurance outfit in the country, we get enough of
that already.

Arlen & Bonnie Krogman
Hampton 50441""", "c", {"name": "Arlen & Bonnie Krogman", "postal_code": "50441"},
      "Farm couple from the farm's shared address, writing about their own household: share opt-out only; "
      "no Reply-To, so the ack goes to From"),
    m("esl-so-fadumo", "ph", "optout", "esl-somali", "en", "gmail", ("Fadumo Ali", "fadumo.ali.dsm@gmail.com"),
      "my name",
      """I read in your privacy paper you give names to other catalog companies. I do not agree this. My name
keep only with you please, not other company.

Fadumo Ali
50317""", "c", {"name": "Fadumo Ali", "postal_code": "50317"},
      "Somali speaker objecting to the list exchange described in our policy: 'my name keep only with you'"),
    m("typo-shair", "ph", "optout", "typos", "en", "galaxy", ("Travis", "travis.k.outdoors@gmail.com"), "info",
      "dont shair my info with nobody else. thx\nTravis", "c", {"name": "Travis"},
      "Misspelled 'shair'; sharing with others is the object, nothing about stopping mail"),
    m("teen-dont-sell", "ph", "optout", "teen", "en", "iphone", ("", "jaylen.w04@icloud.com"), "",
      "so apparently u guys sell ur customer list to other catalogs 💀 leave me out of that pls", "c", {},
      "Young adult, slang and emoji; 'leave me out of that' refers to the selling he names in the same line"),
    m("webform-marquardt", "ph", "optout", "law", "en", "webform",
      ("PowerHouse Catalog Web Form", "noreply@forms.alliant-energy.com"), "Web form: Contact us",
      """Topic: Privacy
Name: Dr. Helen Marquardt
ZIP: 54911
Email: hmarquardt.md@gmail.com
Message:
Your privacy notice says "If you prefer that we not share your name and address with other companies,
please let us know." I am letting you know. Please flag my record do-not-rent / do-not-exchange.""", "c",
      {"name": "Helen Marquardt", "postal_code": "54911"},
      "Web form relay quoting our privacy notice back; ack to the Reply-To; 'Dr.' dropped", unwrap=False,
      reply_to=("Helen Marquardt", "hmarquardt.md@gmail.com")),
    m("esl-zh-chen", "ph", "optout", "esl-chinese", "en", "gmail", ("Li Mei Chen", "limei.chen.madison@gmail.com"),
      "To whom concern",
      """To whom concern,

My name and address please do not exchange to other companies. I am fine to receive your catalog and
mail.

Thanks,
Li Mei Chen
53717""", "c", {"name": "Li Mei Chen", "postal_code": "53717"},
      "Chinese speaker; 'do not exchange to other companies', fine with our own mail"),
    m("subject-only-share", "ph", "optout", "subject-only", "en", "thunderbird", ("Tom Ashby", "tashby@chorus.net"),
      "Please do not share my name and address with other companies", "As above.\n\n-Tom", "c", {"name": "Tom"},
      "Request in the subject; the body only says 'As above'; first name in the body"),

    # ---------------------------------------------------------------- both opt-outs
    m("angry-pietrowski", "ph", "optout", "angry", "en", "yahoo", ("Ron Pietrowski", "ronpietrowski@yahoo.com"),
      "ENOUGH",
      """STOP SENDING ME YOUR DAMN CATALOGS AND STOP SELLING MY ADDRESS TO EVERY JUNK MAILER IN WISCONSIN.
I'M FILING A COMPLAINT WITH THE PSC AND THE ATTORNEY GENERAL'S OFFICE TODAY.

Ron Pietrowski
Sheboygan 53081""", "mc", {"name": "Ron Pietrowski", "postal_code": "53081"},
      "All caps, light profanity, threat to go to the PSC and AG; both opt-outs stated; the threat is not a "
      "question to us"),
    m("grandson-dictated", "ph", "optout", "elderly", "en", "gmail", ("Tyler Schroeder", "tylerschroeder.06@gmail.com"),
      "For my grandma Evelyn",
      """Hi, this is Evelyn Schroeder's grandson Tyler, I'm typing this for her because she doesn't do email.
She's sitting right here telling me what to say so here goes:

"I have been a customer for 52 years and I don't need the catalog anymore, I can't get out to the mailbox
in winter anyway. And I don't want my name going to those other companies either. Thank you and tell the
nice lady on the phone I said hello."

Her address is 406 Winnebago St, Decorah 52101. You can reply to me here and I'll read it to her.

Tyler""", "mc", {"name": "Evelyn Schroeder", "postal_code": "52101"},
      "Grandson types the account holder's own dictated words, so the request is hers (not a third-party "
      "request); entity is Evelyn; ack to Tyler's From, where he asks to be answered"),
    m("es-gt-ixcoy", "ph", "optout", "spanish-gt", "es", "galaxy", ("Santos Ixcoy", "santosixcoy85@gmail.com"),
      "catalogo",
      "Buenas, por favor ya no me manden el catalogo y tampoco den mi nombre a otras empresas. Dios les bendiga."
      "\nSantos Ixcoy\nWausau 54401", "mc", {"name": "Santos Ixcoy", "postal_code": "54401"},
      "Guatemalan Spanish without accents: no catalog and no name to other companies"),
    m("parent-galaxy-all", "cc", "optout", "busy-parent", "en", "galaxy", ("Megan Tierney", "megtierney.mom@gmail.com"),
      "Marketing",
      "Please remove me from ALL marketing - email, mail, everything - and do not share my info with third "
      "parties. Thanks.\nMegan T.", "mc", {"name": "Megan T."},
      "Phone message covering every marketing channel plus third-party sharing; name with initial as signed"),
    m("law-icdpa-feld", "ph", "optout", "law", "en", "outlook", ("Jordan Feld", "jfeld@outlook.com"),
      "Opt-out of sale and of marketing communications",
      """To the Privacy Office,

1. Under the Iowa Consumer Data Protection Act I opt out of the sale of my personal data. Do not sell my
personal information, and do not rent or exchange my name with other catalogs.
2. Unsubscribe me from all marketing communications, including the PowerHouse Catalog and promotional
e-mail (CAN-SPAM).

ACCT 3108-442-6690

Jordan Feld""", "mc", {"name": "Jordan Feld", "account": "3108-442-6690"},
      "Numbered legal-style request citing Iowa's data law and CAN-SPAM; both opt-outs, no question; account digits as written, without the "
      "'ACCT' label"),
    m("typo-opt-owt", "ph", "optout", "typos", "en", "yahoo", ("bobby", "bobbyjoe.tama@yahoo.com"), "opt owt",
      "opt owt of evrything pls. no catolog no emails and dont sell my adress to nobody\nbobby", "mc",
      {"name": "bobby"},
      "'opt owt of evrything' is given an object by the list that follows: catalog, e-mails, selling the address"),
    m("esl-ar-haddad", "ph", "optout", "esl-arabic", "en", "outlook", ("Samira Haddad", "samira.haddad@live.com"),
      "Kindly request",
      """Dear Sirs,

Kindly I request to remove my name from the catalog list and to not give my information to any other side.

With respect,
Mrs. Samira Haddad""", "mc", {"name": "Samira Haddad"},
      "Arabic speaker ('any other side' = third party); both opt-outs; 'Mrs.' dropped"),
    m("esl-hmong-xiong", "ph", "optout", "esl-hmong", "en", "gmail", ("Tou Lee Xiong", "touleexiong@gmail.com"),
      "catalog and my name",
      """Hello, I am Tou Lee Xiong. I am not want the catalog anymore and not want my name go to other
company too. Please help me. Thank you so much.
53916""", "mc", {"name": "Tou Lee Xiong", "postal_code": "53916"},
      "Hmong speaker: no catalog, and no name to other companies"),
    m("buried-cheryl", "cc", "optout", "buried", "en", "iphone", ("Cheryl Grafft", "cherylgrafft@icloud.com"),
      "Mom's move + a couple things",
      """Hi all,

Just an update since I called last month. We got Mom moved into Heritage Manor in Fort Dodge, and her
old house on 9th Ave is now rented to my nephew, who already set up service in his own name, so that's
all squared away I think. The meter reader was very patient with our dog.

Oh and while I have you: no more sales emails to me please, and you have my permission to NOT share my
name with anyone, ha.

Thanks for all the help this year!
Cheryl""", "mc", {"name": "Cheryl"},
      "One line inside a family update; both opt-outs for herself; the mother's move is an update that is "
      "already settled, not a question"),
    m("farm-verlyn", "ph", "optout", "farmer", "en", "isp", ("Verlyn Boeckholt", "vboeck@alpinecom.net"), "catalog",
      "Quit sending the catalog and quit passing our name around.\n\nVerlyn\n22716 Lark Rd\nElgin IA 52141",
      "mc", {"name": "Verlyn", "postal_code": "52141"},
      "Terse farmer: 'quit sending' and 'quit passing our name around'; first name signature"),

    # ---------------------------------------------------------------- marketing_opt_out + question
    m("elderly-wojcik", "cc", "optout+q", "elderly", "en", "isp", ("Agnes Wojcik", "awojcik@centurylink.net"),
      "Two matters",
      """Dear Customer Care,

I have two matters I would like to bring to your attention, if I may.

First, I would like you to stop mailing me the promotional material about the furnace rebates and the
solar panels. I live in an apartment and have no furnace of my own, so it is no use to me at all.

Second, and more worrying, my January bill was nearly double my December bill and I have not done anything
different. I keep the heat at 66 and I am alone since my sister went to the nursing home. Could somebody
look into whether the meter is reading right?

Thank you kindly for your trouble.

Agnes Wojcik
Account No. 6620-118-347
Janesville, Wisconsin 53545""", "mq", {"name": "Agnes Wojcik", "account": "6620-118-347", "postal_code": "53545"},
      "Elderly letter: stop promotional mailings, and a billing question about a doubled bill", unwrap=False),
    m("teen-autopay", "cc", "optout+q", "teen", "en", "iphone", ("", "noahk.2008@icloud.com"), "",
      "unsub me from the promo emails pls. also how do i set up autopay on the app?? my mom said i have to "
      "pay my own bill now 😅", "mq", {},
      "Teen under a promotion: 'unsub me' is the opt-out; the autopay question is a separate question",
      quote="promo"),
    m("esl-vi-bao", "cc", "optout+q", "esl-vietnamese", "en", "gmail", ("Bao Pham", "phamquocbao.ia@gmail.com"),
      "Question and stop email",
      """Hello Alliant,
Please stop sending the advertising email to me. And I want ask: my bill have two charge in same day
(04/03), why? I only pay one time.
Pham Quoc Bao
Acct 5512009371""", "mq", {"name": "Pham Quoc Bao", "account": "5512009371"},
      "Vietnamese speaker: stop advertising e-mail plus a billing question about a double charge"),
    m("es-pr-rosario", "cc", "optout+q", "spanish-pr", "es", "iphone", ("Nilda Rosario", "nildarosario@icloud.com"),
      "Cambio de direccion",
      """Buenas, favor de sacarme de la lista de correos promocionales, me llegan demasiados.

Tambien quiero saber como cambio la direccion de facturacion porque me mude de Waterloo para Cedar Falls,
la nueva es 2218 Olive St, Cedar Falls IA 50613.

Gracias mil,
Nilda Rosario""", "mq", {"name": "Nilda Rosario", "postal_code": "50613"},
      "Puerto Rican Spanish without accents: promotional e-mail opt-out plus a change of address (question)"),
    m("angry-hilgendorf", "ph", "optout+q", "angry", "en", "yahoo", ("Duane Hilgendorf", "dhilgendorf@yahoo.com"),
      "STILL getting catalogs",
      """WHY do I keep getting these catalogs when I called in MARCH and told the girl on the phone to stop?
It is now AUGUST. Take me off NOW. What does it take with you people.

Duane Hilgendorf
Fort Atkinson 53538""", "mq", {"name": "Duane Hilgendorf", "postal_code": "53538"},
      "Angry repeat request that names its object (the catalogs), so not an unclear 'as I asked before'; "
      "'WHY do I keep getting' asks for an answer"),
    m("law-okafor", "cc", "optout+q", "law", "en", "outlook", ("Adaeze Okafor", "a.okafor@outlook.com"),
      "Unsubscribe + data access",
      """Hello,

Please unsubscribe me from your marketing e-mails (CAN-SPAM). In addition, please tell me what personal
information you hold about me and where you obtained this e-mail address, since I do not recall giving it
to you.

A. Okafor""", "mq", {"name": "A. Okafor"},
      "Marketing opt-out plus a data access question (what is held, where the address came from)"),
    m("farm-schmitt", "cc", "optout+q", "farmer", "en", "galaxy", ("Mike Schmitt", "schmittpork@gmail.com"),
      "ag promotions and barn service",
      """Take me off the mailing list for the ag rebate promotions, I get 3 copies of everything.

Also who do I talk to about the 3 phase service at the hog barn? Breaker keeps tripping when the fans all
kick on in the afternoon.

Mike Schmitt
Acct 9930012287""", "mq", {"name": "Mike Schmitt", "account": "9930012287"},
      "Farmer: promotional mailing opt-out plus a service question"),
    m("parent-budget", "cc", "optout+q", "busy-parent", "en", "iphone", ("Jess Oyen", "jessoyen@icloud.com"), "",
      "stop the emails about the smart thermostat thing. and is there a budget billing option?? money is tight "
      "w/ 3 kids\nJess", "mq", {"name": "Jess"},
      "Parent replying to our promotion: opt-out plus a budget billing question", quote="promo"),
    m("esl-zh-zhou", "ph", "optout+q", "esl-chinese", "en", "gmail", ("Zhou Hong", "zhouhong.uiowa@gmail.com"),
      "Catalog and credit card",
      """Hello,
Please cancel the paper catalog send to my house. Also can you tell me, does your company keep my credit
card number after I order? I am worry about it.
Zhou Hong
52242""", "mq", {"name": "Zhou Hong", "postal_code": "52242"},
      "Chinese speaker: cancel the paper catalog, and a data question about stored card numbers"),
    m("typo-estamated", "cc", "optout+q", "typos", "en", "yahoo", ("Lyle Kampen", "lkampen55@yahoo.com"), "bill",
      "take me of the promoshun list. and why is my bill estamated agian this month?? 3rd time\n\nLyle\n"
      "acct 2201 554 093", "mq", {"name": "Lyle", "account": "2201 554 093"},
      "Misspelled 'promoshun', 'estamated': opt-out of promotions plus a question about estimated reads"),

    # ---------------------------------------------------------------- catalog_share_opt_out + question
    m("share-which-companies", "ph", "optout+q", "buried", "en", "gmail", ("Kathleen Moriarty", "kmoriarty.wi@gmail.com"),
      "Sharing",
      """Hi,

Don't share my name with other catalogs anymore. Also, which companies have you already given it to? I'd
like to know who to call.

Kathleen Moriarty""", "cq", {"name": "Kathleen Moriarty"},
      "Share opt-out plus a question about past disclosures"),
    m("esl-so-hodan", "ph", "optout+q", "esl-somali", "en", "galaxy", ("Hodan Jama", "hodanjama12@gmail.com"),
      "information",
      "Please not give my information to other companies. Also I want know how long you keep my information "
      "with you?\nHodan Jama", "cq", {"name": "Hodan Jama"},
      "Somali speaker: do-not-share plus a retention question"),
    m("law-bell-sale", "ph", "optout+q", "law", "en", "thunderbird", ("Marcus Bell", "marcus.bell@mchsi.com"),
      "Opt-out of sale; request for information",
      """Your privacy notice states that PowerHouse Catalog "may share your name and postal address with
other reputable companies whose products may interest you." I exercise my right to opt out of that
sharing, effective immediately.

Please also tell me whether my name and address were sold, rented or exchanged in the past twelve
months, and to whom.

Marcus Bell
52245-3309""", "cq", {"name": "Marcus Bell", "postal_code": "52245-3309"},
      "Quotes our notice, opts out of sharing, and asks about disclosures in the past year"),
    m("elderly-ebeling", "ph", "optout+q", "elderly", "en", "isp", ("Walter Ebeling", "webeling@tds.net"),
      "hearing aid mail",
      """Good afternoon,

I have been a catalog customer for many years and I intend to stay one, the extension cords and the
heated mats have served me well.

Will you please see to it that my name is not passed along to those other outfits. And could someone
tell me if you ever sold it before? Since spring I have been getting three or four letters a week for
hearing aids, which I do not need, whatever my wife says.

Pastor Walter Ebeling (retired)
Portage WI 53901""", "cq", {"name": "Walter Ebeling", "postal_code": "53901"},
      "Retired pastor keeps the catalog; 'see to it that my name is not passed along' plus a question whether it "
      "was sold; 'Pastor' and '(retired)' are not part of the name",
      unwrap=False),
    m("es-mx-juarez", "cc", "optout+q", "spanish-mx", "es", "gmail", ("Marisol Juárez", "marisol.juarez.wi@gmail.com"),
      "Privacidad",
      """Hola,

No compartan mi información con terceros, por favor. ¿Me pueden decir también cuándo vence mi pago de
este mes?

Marisol Juárez
cuenta 5521-0098-43""", "cq", {"name": "Marisol Juárez", "account": "5521-0098-43"},
      "Mexican Spanish with accents: no sharing with third parties, plus a due-date question"),
    m("esl-bs-begic", "ph", "optout+q", "esl-bosnian", "en", "outlook", ("Amra Begić", "amra.begic@hotmail.com"),
      "adress and shipping",
      """Hello,
please do not sell my adress to other firms. I want still the catalog. And one question: the catalog say
free shipping over 49 dollar but I pay shipping for order of 62 dollar, why?
Amra Begić""", "cq", {"name": "Amra Begić"},
      "Bosnian speaker: do-not-sell, keeps the catalog, asks about a shipping charge"),

    # ---------------------------------------------------------------- both opt-outs + question
    m("teen-roommate", "ph", "optout+q", "teen", "en", "iphone", ("", "destinyyy.r@icloud.com"), "hi",
      "ok so stop the catalog AND dont sell my info AND why did my roommate get a bill with my name on it?? "
      "pls help\n-destiny", "mcq", {"name": "destiny"},
      "Teen: both opt-outs plus a question about a bill in her name"),
    m("esl-ar-saleh", "cc", "optout+q", "esl-arabic", "en", "gmail", ("Mohammed Saleh", "m.saleh.dbq@gmail.com"),
      "Three things",
      """Hello,
I want three things please:
1- stop send me the catalog
2- not share my name to other companies
3- explain to me the fee "customer charge" on the bill, what is it for
Mohammed Saleh
Acc. No 774 210 5583""", "mcq", {"name": "Mohammed Saleh", "account": "774 210 5583"},
      "Arabic speaker's numbered list: both opt-outs and a billing question; account digits without the "
      "'Acc. No' label", unwrap=False),
    m("angry-lindqvist", "ph", "optout+q", "angry", "en", "outlook", ("Karen Lindqvist", "klindqvist@outlook.com"),
      "Selling my address??",
      """Stop the catalogs. Stop selling my name. And explain to me how a utility I am FORCED to buy power
from gets to sell my address to strangers. I want an answer in writing, not a form letter.

Karen Lindqvist
Beloit 53511""", "mcq", {"name": "Karen Lindqvist", "postal_code": "53511"},
      "Angry: both opt-outs, and she demands an explanation in writing (a complaint needing an answer)"),
    m("elderly-all-three", "ph", "optout+q", "elderly", "en", "thunderbird", ("Howard Plagge", "hplagge@netins.net"),
      "Catalog, mailing lists, and a question",
      """Dear PowerHouse,

My wife Lois passed in February and I am trying to put the household papers in order, which she always
did. I am afraid I am not very good at it. Our daughter set up this email for me.

I would like the catalog to stop coming, and I would like our name kept off any lists you share with
other companies. I am getting so much mail I cannot find the bills in it.

I also wonder whether I need to do anything about the account being in both our names. Will the bill
still come to me?

Thank you for your patience with an old man.

Howard Plagge
Charles City, IA 50616""", "mcq", {"name": "Howard Plagge", "postal_code": "50616"},
      "Widower: both opt-outs for his own household, and a question about the account in both names"),
    m("law-ccpa-access", "ph", "optout+q", "law", "en", "gmail", ("Nadia Kowalczyk", "nadia.kowalczyk@gmail.com"),
      "Privacy request: opt-out of sale, unsubscribe, access",
      """To whom it may concern,

I make the following requests, modeled on the CCPA and the Wisconsin privacy bills:

(a) Do not sell or share my personal information with third parties, including list exchanges.
(b) Remove me from all marketing, both the printed catalog and promotional e-mail.
(c) Provide a copy of the personal information you maintain about me.

Nadia Kowalczyk
Appleton, WI 54914""", "mcq", {"name": "Nadia Kowalczyk", "postal_code": "54914"},
      "Legal list: share opt-out, marketing opt-out, and a data copy request (question)", unwrap=False),
    m("es-mx-walmart", "cc", "optout+q", "spanish-mx", "es", "galaxy", ("Juan Carlos Méndez", "jcmendez.mx@gmail.com"),
      "baja y pregunta",
      "Hola buenas noches quiero darme de baja de sus promociones y que no vendan mis datos a nadie. Y otra "
      "pregunta, ¿se puede pagar el recibo en efectivo en Walmart? Gracias\nJuan Carlos Méndez\n52501",
      "mcq", {"name": "Juan Carlos Méndez", "postal_code": "52501"},
      "Mexican Spanish phone message: 'darme de baja de sus promociones', 'que no vendan mis datos', and a "
      "payment question"),
    m("parent-buried-all", "cc", "optout+q", "busy-parent", "en", "gmail", ("Rachel Vrba", "rachel.vrba@gmail.com"),
      "A few things",
      """Hi there,

Sorry this is all over the place, I'm typing in the pickup line at school. We had the outage on Tuesday
and the kids thought it was the best night ever, board games by candlelight, so no complaints there.

Our dishwasher died right after the power came back though. Is there any way to file a claim for
something like that, or is that just bad luck?

Also can you take me off the promo emails and not pass my info along to any partners? Thanks!

Rachel Vrba
Marion 52302""", "mcq", {"name": "Rachel Vrba", "postal_code": "52302"},
      "Parent's rambling note: a damage-claim question, then both opt-outs in one question-form line"),
]

# Messages whose text names a season, weekday or date are sent then (month, day, hour, Central time).
DATES = {
    "m-elderly-ostrander": (11, 10, 9),   # "a grey Tuesday morning", "the coming holidays"
    "buried-pfeiffer": (4, 27, 14),       # the lilacs are two weeks out
    "elderly-kohlmeier": (4, 21, 10),     # "visiting over Easter" (5 April 2026)
    "elderly-wojcik": (2, 9, 11),         # the January bill
    "angry-hilgendorf": (8, 12, 19),      # "It is now AUGUST"
    "elderly-all-three": (5, 6, 15),      # his wife died in February
    "farm-schmitt": (7, 22, 13),          # the barn fans kick on in the afternoon
    "grandson-dictated": (12, 5, 16),     # "I can't get out to the mailbox in winter"
    "buried-cheryl": (12, 14, 20),        # "thanks for all the help this year"
}
for _s in SPECS:
    if _s["key"] in DATES:
        _s["date"] = DATES[_s["key"]]
