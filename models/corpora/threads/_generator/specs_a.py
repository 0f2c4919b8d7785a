"""Inline answers, bottom posts, forwards with and without the sender's words, forwarded opt-outs of other people,
and replies to our acknowledgement."""
from common import C, P, IPHONE, IPHONE_ES, DESK, DESK_CAT, DESK_ES, O, cust, agent, top, bottom, fwd, inline, S
import quoting as Q

SPECS = []
add = SPECS.append

# ============================================================== A. inline answers between our quoted lines
w = ("Gordon Vrba", "gvrba@tds.net")
c1 = cust(w, "2026-09-08 19:40", "junk mail", "Please stop all the junk you send us.\n\nGordon")
a1 = agent("2026-09-09 10:05", "RE: junk mail",
           "Hello Gordon,\n\nThanks for writing. So we get this right, could you tell us:\n\n1. Do you want us to stop "
           "promotional email, printed promotional mail, or both?\n\n2. What is the service address on the "
           "account?\n\n3. Would you also like us to keep your name and address off the mailing lists we exchange "
           "with other companies?\n\nOnce we hear back we'll take care of it.\n\n" + DESK, w)
Q.thread([c1, a1], ["outlook"])
add(S("in-three-answers", C, w, "thunderbird",
      inline("tbird", a1, {2: "Both.", 3: "2218 Orchard Hill Rd, Sun Prairie WI 53590", 4: "Yes, please."},
             sig="Gordon Vrba"),
      "inline", "inline", "Answers typed between our desk's three numbered questions ('Both.', address, 'Yes, please.'): "
      "both opt-outs, each read against the question it answers", orig=a1, qstyle="tbird",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Gordon Vrba", "postal_code": "53590"},
      after=300))

w = ("Jill Maddox", "jill.maddox@outlook.com")
c1 = cust(w, "2026-10-13 08:12", "Too much mail", "I'm getting way too much from you guys. Can you cut it down?")
a1 = agent("2026-10-13 14:30", "RE: Too much mail",
           "Hi Jill,\n\nSorry about the pile-up. Before we change anything:\n\nIs it the promotional emails you'd like "
           "to stop, the printed PowerHouse Catalog, or both?\n\nWould you also like us to leave your name out of the "
           "list exchanges the catalog does with other companies?\n\nThanks,\n" + DESK, w)
Q.thread([c1, a1], ["outlook"])
add(S("in-nomark-initials", C, w, "outlook",
      inline("outlook", a1, {2: "[JM] Just the emails. Keep the catalog coming, I actually use it.",
                             3: "[JM] No need, that's fine."}, marked=False, top_text="Answers below.\n\n-Jill"),
      "inline", "inline-nomark", "Outlook reply with no '>' markers; her '[JM]' answers say stop the emails, keep "
      "the catalog, sharing is fine: marketing opt-out only", orig=a1, qstyle="outlook",
      labels=["marketing_opt_out"], entities={"name": "Jill"}, after=200))

w = ("Tyrone Beck", "tyrone.beck77@gmail.com")
o = O("promo_hpwh", "2026-10-06 10:12", w, "Tyrone")
add(S("in-promo-comments", C, w, "gmail",
      inline("gmail", o, {1: "We rent. The landlord picks the water heater, not us.",
                          4: "Please quit emailing me these. Thanks."}),
      "inline", "inline", "Comments between the lines of a promotion, then 'quit emailing me these' under the "
                          "footer: marketing opt-out", orig=o, qstyle="gmail", labels=["marketing_opt_out"],
      after=45))

w = ("Wendell Okafor", "wokafor@mchsi.com")
o = O("bill", "2026-09-02 06:00", w, "Wendell", acct4="1184", amt="184.27", kwh="1,312")
add(S("in-bill-question", C, w, "applemail",
      inline("ios", o, {2: "Why is this so much higher than July? We were gone half of August.",
                        3: "Also the link asks me for a password I never set up."},
             sig="Wendell Okafor\nacct 3307-552-1184"),
      "inline", "inline", "Bill questions typed between the quoted bill lines: question; account from his signature",
      orig=o, qstyle="ios", labels=["question"], entities={"name": "Wendell Okafor", "account": "3307-552-1184"},
      after=600))

w = ("Beth Anne Carlisle", "bethanne.carlisle@gmail.com")
o = O("ack", "2026-11-03 09:20", w, "Beth Anne", ref="PRV-2026-004417", what="stop promotional email")
add(S("in-ack-add-paper", C, w, "gmail",
      inline("gmail", o, {1: "And the paper flyers too, please. The ones about insulation and furnaces.", 3: "ok"}),
      "inline", "inline", "Inline under our acknowledgement of an email opt-out she adds the paper flyers: a new "
      "marketing opt-out in her own words", orig=o, qstyle="gmail", labels=["marketing_opt_out"], after=70))

w = ("Harriet Lindgren", "hlindgren@icloud.com")
o = O("ack_cat", "2026-10-20 11:02", w, "Harriet", ref="PHC-26-01873",
      what="do not share your name and address with other companies")
add(S("in-ack-thanks", P, w, "iphone",
      inline("ios", o, {1: "Thank you!", 3: "Perfect."}, sig="Harriet"),
      "inline", "inline", "Only 'Thank you!' and 'Perfect.' typed between the lines of our acknowledgement: nothing "
                          "to answer", orig=o, qstyle="ios", entities={"name": "Harriet"}, ack_to=None, after=35))

w = ("Yesenia Barragán", "yesenia.barragan@hotmail.com")
c1 = cust(w, "2026-09-21 20:15", "publicidad", "Ya no quiero tanta publicidad. Gracias.")
a1 = agent("2026-09-22 09:40", "RE: publicidad",
           "Hola Yesenia:\n\nCon gusto la ayudamos. Para hacerlo bien, ¿nos confirma lo siguiente?\n\n¿Desea dejar de "
           "recibir ofertas por correo electrónico, por correo postal o por ambos?\n\n¿Desea también que no "
           "incluyamos su nombre y dirección en las listas que intercambiamos con otras empresas?\n\nQuedamos "
           "atentos.\n\n" + DESK_ES, w, es=True)
Q.thread([c1, a1], ["outlook_es"])
add(S("in-es-r-answers", C, w, "outlook_es",
      inline("outlook_es", a1, {2: "R: Solo por correo electrónico. Las cartas no me molestan.",
                                3: "R: Sí, eso también por favor."}, marked=False,
             top_text="Le contesto abajo.\nYesenia Barragán"),
      "inline", "inline-nomark", "Spanish answers marked 'R:' between our desk's questions, no '>' (Outlook es "
      "header): email offers stop and no sharing: both opt-outs", orig=a1, qstyle="outlook_es", lang="es",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Yesenia Barragán"}, after=400))

w = ("Marjorie Tesch", "mtesch@frontier.com")
o = O("catalog_sale", "2026-10-01 07:30", w, "Marjorie")
q = Q.quote("outlook", o).replace("or call 1-800-862-6222.",
                                  "or call 1-800-862-6222.\n<<< YES. Please do not share my name and address with "
                                  "anyone. I still want the catalog. - Marjorie Tesch")
add(S("in-footer-answer", P, w, "outlookpc", "\n" + q,
      "inline", "inline-nomark", "Empty top; her answer sits right under the catalog footer's sharing sentence in an "
      "unmarked Outlook quote: share opt-out only (she keeps the catalog)", orig=o, qstyle="outlook",
      labels=["catalog_share_opt_out"], entities={"name": "Marjorie Tesch"}, after=500))

w = ("Desmond Pruitt", "dpruitt.farms@gmail.com")
c1 = cust(w, "2026-11-09 21:02", "mailing lists", "Please remove me from your mailing lists.\n\nDesmond Pruitt")
a1 = agent("2026-11-10 10:11", "RE: mailing lists",
           "Hi Desmond,\n\nWe'd be glad to. We found two accounts under your name. Could you reply with the account "
           "number for the address you want removed?\n\nThanks,\n" + DESK, w)
Q.thread([c1, a1], ["outlook"])
add(S("in-account-only", C, w, "gmail",
      inline("gmail", a1, {1: "4418 907 2263 - the farm on County Rd K, not the house in town"}),
      "inline", "inline", "His only new words are the account number our desk asked for; the removal request is in "
      "his own quoted earlier mail, so no new opt-out: question (staff finish the case)", orig=a1, qstyle="gmail",
      labels=["question"], entities={"account": "4418 907 2263"}, after=120))

w = ("Corinne Haugland", "corinneh@icloud.com")
o = O("outage", "2026-07-18 17:48", w, street="Maple Ave and 4th St", cause="Storm damage", eta="8:00 PM")
add(S("in-outage-late", C, w, "iphone",
      inline("ios", o, {1: "It's 10:40 and we're still dark. Nobody has come by. Do you have a real time?"},
             sig=IPHONE),
      "inline", "inline", "Complaint typed under the restoration estimate line of an outage alert: question",
      orig=o, qstyle="ios", labels=["question"], after=292))

w = ("Anil Bhattacharya", "anil.bhatt@yahoo.com")
o = O("catalog_order", "2026-09-15 13:05", w, "Anil", order="2290417")
add(S("in-order-upsell", P, w, "gmail",
      inline("gmail", o, {2: "No thanks. And please stop mailing me the big paper catalog, I only ever order "
                             "online.\n\nAnil"}),
      "inline", "inline", "Under the order notice's 'you might also like' line he declines and asks to stop the "
                          "paper catalog: marketing opt-out", orig=o, qstyle="gmail", labels=["marketing_opt_out"],
      entities={"name": "Anil"}, after=240))

w = ("Rigoberto Lozano", "rigo.lozano@gmail.com")
o = O("promo_es", "2026-10-08 11:00", w, "Rigoberto")
add(S("in-es-promo", C, w, "gmail_es",
      inline("gmail_es", o, {1: "No tengo casa propia, rento.", 4: "Ya no me manden esto por favor.\n\nRigo"}),
      "inline", "inline", "Spanish comments between promotion paragraphs, then 'ya no me manden esto' under the "
      "footer: marketing opt-out", orig=o, qstyle="gmail_es", lang="es", labels=["marketing_opt_out"],
      entities={"name": "Rigo"}, after=180))

# ============================================================== B. bottom posts and requests at the bottom
w = ("Norman Fiedler", "nfiedler@charter.net")
o = O("promo_attic", "2026-10-14 10:00", w, "Norman")
add(S("bot-promo-remove", C, w, "thunderbird",
      bottom("tbird", o, "Please remove this address from your promotional mailings.", sig="Norman Fiedler"),
      "bottom", "bottom", "Bottom-posted under a promotion: marketing opt-out", orig=o, qstyle="tbird",
      labels=["marketing_opt_out"], entities={"name": "Norman Fiedler"}))

w = ("Evelyn Strand", "evstrand@icloud.com")
o = O("catalog_new", "2026-11-02 08:00", w, "Evelyn")
add(S("bot-keep-noshare", P, w, "applemail",
      bottom("ios", o, "Keep sending the catalog, but do not share my name with those other companies.",
             sig="Evelyn"),
      "bottom", "bottom", "Bottom-posted: keep the catalog, don't share: share opt-out only", orig=o, qstyle="ios",
      labels=["catalog_share_opt_out"], entities={"name": "Evelyn"}))

w = ("", "bigbluebarn88@gmail.com")
o = O("payrem", "2026-09-24 07:00", w, acct4="5530", amt="97.15")
add(S("bot-payrem-stop", C, w, "iphone", bottom("ios", o, "STOP"),
      "bottom", "bottom", "'STOP' under a payment reminder (service mail): unclear", orig=o, qstyle="ios",
      unclear=True))

w = ("Maribel Ochoa", "maribel.ochoa@yahoo.com")
o = O("promo_es", "2026-09-29 11:00", w, "Maribel")
add(S("bot-es-promo", C, w, "gmail_es",
      bottom("gmail_es", o, "Ya no quiero recibir estas ofertas. Gracias.\nMaribel"),
      "bottom", "bottom", "Spanish bottom post under the Spanish promotion: marketing opt-out", orig=o,
      qstyle="gmail_es", lang="es", labels=["marketing_opt_out"], entities={"name": "Maribel"}))

w = ("Linda Sauer", "lindasauer52@gmail.com")
o = O("ack", "2026-09-11 13:40", w, "Linda", ref="PRV-2026-003866", what="stop promotional email and mail")
add(S("bot-ack-thanks", C, w, "gmail", bottom("gmail", o, "Thank you so much!\nLinda"),
      "bottom", "bottom", "Bottom-posted thank-you under our acknowledgement: nothing to answer", orig=o,
      qstyle="gmail", entities={"name": "Linda"}, ack_to=None))

w = ("Curtis Mahlum", "cmahlum@yahoo.com")
o = O("news", "2026-10-01 06:00", w)
add(S("bot-news-unsub", C, w, "yahoo", bottom("yahoo", o, "unsubscribe"),
      "bottom", "bottom", "'unsubscribe' at the bottom of a quoted newsletter (which promotes programs): marketing "
                          "opt-out", orig=o, qstyle="yahoo", labels=["marketing_opt_out"]))

w = ("Tasha Grimsley", "tashagrims@gmail.com")
o = O("catalog_order", "2026-10-19 15:10", w, "Tasha", order="2301958")
add(S("bot-order-where", P, w, "samsung",
      bottom("gmail", o, "Where is my order? The tracking hasn't moved in 6 days.", sig="Sent from my Galaxy"),
      "bottom", "bottom", "Order-status question at the bottom under the shipping notice: question", orig=o,
      qstyle="gmail", labels=["question"], after=8700))

w = ("Les Hoversten", "leshov@netins.net")
o = O("maint", "2026-08-11 14:00", w, street="County Road W14", in_days=4)
add(S("bot-maint-well", C, w, "thunderbird",
      bottom("tbird", o, "Will this knock out my well pump? I have cattle that need water. Can you tell me the exact "
                         "time so I can fill the tanks?", sig="Les Hoversten\nFort Atkinson, IA 52144"),
      "bottom", "bottom", "Bottom-posted service question under a maintenance notice: question", orig=o,
      qstyle="tbird", labels=["question"], entities={"name": "Les Hoversten", "postal_code": "52144"}))

w = ("Shauna Pike", "shauna.pike@gmail.com")
c1 = cust(w, "2026-10-05 19:20", "Bill question", "Why did my bill jump $60 this month? Nothing changed here.")
a1 = agent("2026-10-06 11:45", "RE: Bill question",
           "Hi Shauna,\n\nYour September bill covered 33 days instead of the usual 30, and the summer rate applied "
           "through September 30. Your October bill should be lower.\n\n" + DESK, w)
Q.thread([c1, a1], ["outlook"])
add(S("bot-after-thread", C, w, "gmail",
      Q.quote("gmail", a1) + "\n\nThanks, that explains the bill. While I have you, please stop sending me the "
                             "rebate emails.\n\nShauna",
      "bottom-thread", "bottom", "Nothing on top; under a quoted billing thread she thanks us and asks to stop the "
      "rebate emails: marketing opt-out", orig=a1, qstyle="gmail", labels=["marketing_opt_out"],
      entities={"name": "Shauna"}, after=150))

w = ("Gail Rasmussen", "gailras@icloud.com")
o = O("catalog_sale", "2026-10-08 07:30", w, "Gail")
add(S("bot-iphone-sig-top", P, w, "iphone",
      "\n\n" + IPHONE + "\n\n" + Q.quote("ios", o) + "\n\nPlease don't sell or give my name to other catalog "
                                                      "companies. Thank you.",
      "bottom-thread", "bottom", "Only 'Sent from my iPhone' on top; her request is typed after the quoted catalog "
      "mail: share opt-out", orig=o, qstyle="ios", labels=["catalog_share_opt_out"], after=95))

w = ("Araceli Fuentes", "araceli.fuentes@icloud.com")
c1 = cust(w, "2026-09-14 18:30", "Mi factura", "¿Por qué mi factura vino más alta este mes?")
a1 = agent("2026-09-15 10:20", "RE: Mi factura",
           "Hola Araceli:\n\nEste mes se facturaron 34 días en lugar de 30 y todavía aplicaba la tarifa de verano. Su "
           "próxima factura debe ser más baja.\n\nSaludos,\n" + DESK_ES, w, es=True)
Q.thread([c1, a1], ["outlook_es"])
add(S("bot-es-after-thread", C, w, "iphone_es",
      "Gracias por la respuesta.\n\n" + IPHONE_ES + "\n\n" + Q.quote("ios_es", a1) +
      "\n\nY otra cosa: no quiero que compartan mis datos con ninguna otra compañía.\nAraceli",
      "bottom-thread", "top+bottom", "Thanks on top, and after the quoted Spanish thread a new line asking that her "
      "data not be shared: share opt-out", orig=a1, qstyle="ios_es", lang="es", labels=["catalog_share_opt_out"],
      entities={"name": "Araceli"}, after=200))

w = ("Roger Thiessen", "rthiessen@outlook.com")
c1 = cust(w, "2026-08-03 09:00", "Deposit", "Why is there a $250 deposit on my new account? I've been a customer for "
                                            "12 years at my old address.")
a1 = agent("2026-08-03 15:10", "RE: Deposit", "Hello Roger,\n\nCould you send the account number for the new "
                                               "address so I can look into this?\n\n" + DESK, w)
c2 = cust(w, "2026-08-03 18:22", "RE: Deposit", "It's 6620 114 0381.\n\nRoger", refs=[a1["msgid"]])
a2 = agent("2026-08-04 09:30", "RE: Deposit", "Thanks Roger. I've passed this to our billing team and they will "
                                               "follow up with you.\n\n" + DESK, w)
Q.thread([c1, a1, c2, a2], ["outlook", "outlook", "outlook"])
add(S("bot-see-below", C, w, "outlook",
      "See below\n\n" + Q.quote("outlook", a2) + "\n\n---- You still haven't told me why the deposit went up to "
                                                 "$250. Nobody from billing called. I want an answer.",
      "bottom-thread", "top+bottom", "'See below' on top of a three-level Outlook thread; the real text is at the "
      "very bottom: a complaint wanting an answer: question", orig=a2, qstyle="outlook", labels=["question"],
      after=12000))

# ============================================================== D. forwards of our mail with the sender's request
mom = ("Dorothy Pfaff", "dpfaff1938@aol.com")
o = O("promo_attic", "2026-10-14 10:00", mom, "Dorothy")
m1 = cust(mom, "2026-10-14 16:02", "Fwd: " + o["subject"], "Is this something I have to do?\n\n" + Q.forward("fwd_yahoo", o))
m1["to_name"], m1["to_addr"] = "Karen", "karen.pfaff.lund@gmail.com"
w = ("Karen Lund", "karen.pfaff.lund@gmail.com")
add(S("fw-mom", C, w, "gmail",
      fwd("Please take my mom off this. She's 88 and these confuse her. Her name is Dorothy Pfaff.", "fwd_gmail", m1),
      "forward-request", "fwd", "Daughter forwards her mother's forward of a promotion and asks to take mom off: on "
      "behalf without shown standing: unclear; entity the mother", orig=m1, qstyle="fwd_gmail", unclear=True,
      entities={"name": "Dorothy Pfaff"}, after=1500, subject="Fwd: Fwd: " + o["subject"]))

w = ("Brent Kuehl", "brentkuehl@outlook.com")
o = O("promo_ev", "2026-09-17 10:00", w, "Brent")
add(S("fw-whatever-list", C, w, "outlook",
      fwd("Take me off whatever list this is from. I never signed up for offers.", "fwd_outlook", o),
      "forward-request", "fwd", "Forward of our promotion with his own 'take me off whatever list this is': "
      "marketing opt-out", orig=o, qstyle="fwd_outlook", labels=["marketing_opt_out"], after=30))

w = ("Nora Eklund", "nora.eklund@me.com")
o = O("catalog_sale", "2026-10-01 07:30", w, "Nora")
add(S("fw-noshare", P, w, "applemail",
      fwd("Forwarding so you know which one I mean. I don't mind the catalog, but DO NOT give my address to other "
          "companies.", "fwd_apple", o),
      "forward-request", "fwd", "Apple 'Begin forwarded message:' of the catalog sale with her own do-not-share: "
      "share opt-out", orig=o, qstyle="fwd_apple", labels=["catalog_share_opt_out"], after=2000))

w = ("Jerome Tupper", "jtupper@gmail.com")
o = O("catalog_new", "2026-11-02 08:00", w)
add(S("fw-scam", P, w, "gmail",
      fwd("Is this actually from you? I've never ordered anything from a PowerHouse Catalog and I'm worried it's a "
          "scam.", "fwd_gmail", o),
      "forward-request", "fwd", "Forwards the catalog mail asking if it is genuine: question", orig=o,
      qstyle="fwd_gmail", labels=["question"], after=300))

w = ("Olga Cárdenas", "olgacardenas@outlook.com")
o = O("promo_es", "2026-10-08 11:00", w, "Olga")
add(S("fw-es-publicidad", C, w, "outlook_es",
      fwd("Por favor ya no me envíen esta publicidad. Gracias.\nOlga Cárdenas", "fwd_outlook_es", o),
      "forward-request", "fwd", "Spanish Outlook 'RV:' forward of the promotion with her own stop request: "
      "marketing opt-out", orig=o, qstyle="fwd_outlook_es", lang="es", labels=["marketing_opt_out"],
      entities={"name": "Olga Cárdenas"}, after=60))

rick = ("Rick Dunleavy", "rdunleavy@hawkeyeag.com")
o = O("promo_hpwh", "2026-10-06 10:12", rick, "Rick")
m1 = cust(rick, "2026-10-06 11:40", "FW: " + o["subject"], "can you deal with this\n\n" + Q.forward("fwd_outlook", o))
m1["to_name"], m1["to_addr"] = "", "sdunleavy@icloud.com"
w = ("Sheila Dunleavy", "sdunleavy@icloud.com")
add(S("fw-husband-work", C, w, "iphone",
      fwd("This keeps showing up in my husband Rick's work inbox. He wants it stopped.", "fwd_apple", m1, sig=IPHONE),
      "forward-request", "fwd", "Wife forwards her husband's forward of a promotion sent to his work address: on "
      "behalf, standing not shown: unclear; entity the husband", orig=m1, qstyle="fwd_apple", unclear=True,
      entities={"name": "Rick"}, after=200, subject="Fwd: FW: " + o["subject"]))

w = ("Lisa Engstrom-Hale", "lisa.hale@yahoo.com")
o = O("catalog_new", "2026-11-02 08:00", ("Harold Engstrom", "lisa.hale@yahoo.com"), "Harold")
add(S("fw-dad-passed", P, w, "yahoo",
      fwd("Dad passed away in June. Please stop sending catalogs to Harold Engstrom.", "fwd_yahoo", o),
      "forward-request", "fwd", "Daughter forwards the catalog mail addressed to her late father: on behalf of a "
      "deceased parent: unclear; entity the father", orig=o, qstyle="fwd_yahoo", unclear=True,
      entities={"name": "Harold Engstrom"}, after=1440))

w = ("Vern Lauritsen", "vlauritsen@yahoo.com")
o = O("catalog_sale", "2026-10-01 07:30", w, "Vern")
add(S("fw-household", P, w, "yahoo",
      fwd("Please remove me and my wife from this mailing. We're the account holders at this address.\n\nThanks, "
          "Vern Lauritsen", "fwd_yahoo", o),
      "forward-request", "fwd", "Account holder forwards the catalog sale and asks to remove his household: "
      "marketing opt-out", orig=o, qstyle="fwd_yahoo", labels=["marketing_opt_out"],
      entities={"name": "Vern Lauritsen"}, after=900))

w = ("Ivy Castellano", "ivy.castellano@gmail.com")
o = O("news", "2026-10-01 06:00", w)
add(S("fw-fyi", C, w, "gmail", fwd("FYI", "fwd_gmail", o),
      "forward-request", "fwd", "Forward of our newsletter with only 'FYI': unclear", orig=o, qstyle="fwd_gmail",
      unclear=True, after=400))

w = ("Ray Stenberg", "ray@stenberg-family.net")
o = O("promo_ev", "2026-09-17 10:00", w, "Ray")
add(S("fw-how-got-address", C, w, "thunderbird",
      fwd("Stop these. And how did you get this email address? I only gave it to you for outage alerts.",
          "fwd_tbird", o),
      "forward-request", "fwd", "Thunderbird forward of a promotion: 'Stop these' plus how did you get my address: "
      "marketing opt-out + question", orig=o, qstyle="fwd_tbird", labels=["marketing_opt_out", "question"],
      after=100))

# ============================================================== E. forwards with no words of their own
w = ("Pam Worthington", "pamworthington@gmail.com")
o = O("promo_attic", "2026-10-14 10:00", w, "Pam")
add(S("fw0-gmail", C, w, "gmail", fwd("", "fwd_gmail", o),
      "forward-empty", "fwd-empty", "Gmail forward of a promotion with no text of her own: unclear", orig=o,
      qstyle="fwd_gmail", unclear=True, after=50))

w = ("", "kbjornstad@icloud.com")
o = O("catalog_sale", "2026-10-08 07:30", w)
add(S("fw0-iphone", P, w, "iphone", fwd("", "fwd_apple", o, sig=IPHONE),
      "forward-empty", "fwd-empty", "iPhone forward of the catalog sale carrying only 'Sent from my iPhone': "
      "unclear", orig=o, qstyle="fwd_apple", unclear=True, after=20))

w = ("Mitch Harkins", "mitch.harkins@outlook.com")
o = O("bill", "2026-10-02 06:00", w, "Mitch", acct4="7702", amt="142.66")
add(S("fw0-bill", C, w, "outlook", fwd("", "fwd_outlook", o),
      "forward-empty", "fwd-empty", "Outlook 'FW:' of a bill notice with nothing typed: unclear", orig=o,
      qstyle="fwd_outlook", unclear=True, after=15))

w = ("Leticia Monroy", "leticiamonroy@gmail.com")
o = O("promo_es", "2026-09-29 11:00", w, "Leticia")
add(S("fw0-es", C, w, "gmail_es", fwd("", "fwd_gmail_es", o),
      "forward-empty", "fwd-empty", "Spanish Gmail forward ('Mensaje reenviado') of the promotion, no text: unclear",
      orig=o, qstyle="fwd_gmail_es", lang="es", unclear=True, after=75))

w = ("Carl Ostby", "carlostby@me.com")
o = O("promo_hpwh", "2026-10-06 10:12", w, "Carl")
add(S("fw0-subject-unsub", C, w, "applemail", fwd("", "fwd_apple", o),
      "forward-empty", "fwd-empty", "Forward with an empty body but his own subject 'UNSUBSCRIBE' over a promotion: "
      "the subject is his text: marketing opt-out", orig=o, qstyle="fwd_apple", labels=["marketing_opt_out"],
      subject="UNSUBSCRIBE", after=10))

w = ("Kenneth J. Oyelaran", "ken@kjomechanical.com")
o = O("catalog_new", "2026-11-02 08:00", w, "Kenneth")
add(S("fw0-signature", P, w, "outlookpc",
      fwd("", "fwd_outlook", o, sig="Kenneth J. Oyelaran\nKJO Mechanical LLC\n1407 Ridgeview Ct\nCedar Falls, IA 50613"
                                    "\nOffice 319-555-0148"),
      "forward-empty", "fwd-empty", "Forward whose only own text is his signature block: unclear; entities from the "
      "signature", orig=o, qstyle="fwd_outlook", unclear=True,
      entities={"name": "Kenneth J. Oyelaran", "postal_code": "50613"}, after=260))

# ============================================================== F. forwarding someone else's opt-out
wife = ("Connie Baumler", "connie.baumler@gmail.com")
m1 = cust(wife, "2026-10-18 20:10", "electric co",
          "Hon, can you email the electric company and tell them to stop the rebate mailers and to quit sharing our "
          "info? My email is acting up.\n-C")
m1["to_name"], m1["to_addr"] = "", "gbaumler@gmail.com"
w = ("Gary Baumler", "gbaumler@gmail.com")
add(S("fw-wife-asked", C, w, "gmail", fwd("My wife asked me to send this.", "fwd_gmail", m1),
      "forward-other", "fwd", "'My wife asked me to send this' over her note: her words are forwarded, not his, and "
      "the request is for someone else: unclear", orig=m1, qstyle="fwd_gmail", unclear=True, after=700))

dad = ("Leonard Kuchta", "lkuchta@mediacombb.net")
m1 = cust(dad, "2026-10-25 09:15", "catalog",
          "Tell the catalog people to quit sending me that catalog and not to give my address out. Dad")
m1["to_name"], m1["to_addr"] = "", "mike.kuchta@outlook.com"
w = ("Mike Kuchta", "mike.kuchta@outlook.com")
add(S("fw-dad-note", P, w, "outlook",
      fwd("My dad, Leonard Kuchta, asked me to send this on. He couldn't figure out where to send it.",
          "fwd_outlook", m1),
      "forward-other", "fwd", "Son forwards his father's request: on behalf of someone else: unclear; entity the "
      "father", orig=m1, qstyle="fwd_outlook", unclear=True, entities={"name": "Leonard Kuchta"}, after=300))

mama = ("Rosa Elena Quintero", "rosaelenaq@yahoo.com")
m1 = cust(mama, "2026-09-27 17:40", "la luz", "Mija, diles a los de la luz que ya no quiero las ofertas por correo.")
m1["to_name"], m1["to_addr"] = "", "daniela.quintero@gmail.com"
w = ("Daniela Quintero", "daniela.quintero@gmail.com")
add(S("fw-es-mama", C, w, "gmail_es",
      fwd("Mi mamá, Rosa Elena Quintero, me pidió que les mandara esto.", "fwd_gmail_es", m1),
      "forward-other", "fwd", "Spanish: daughter forwards her mother's wish: on behalf: unclear; entity the mother",
      orig=m1, qstyle="fwd_gmail_es", lang="es", unclear=True, entities={"name": "Rosa Elena Quintero"}, after=900))

hus = ("Doug Ferrante", "dferrante@gmail.com")
m1 = cust(hus, "2026-10-11 07:50", "Alliant", "Stop all the promotional mail and emails to our house.")
m1["to_name"], m1["to_addr"] = "", "tferrante@outlook.com"
w = ("Teresa Ferrante", "tferrante@outlook.com")
add(S("fw-holder-points-below", C, w, "outlook",
      fwd("I'm the account holder (acct 5521-043-9987). My husband wrote the note below; please do what he asks for "
          "both of us.", "fwd_outlook", m1),
      "forward-other", "fwd", "Account holder has standing but her own words only point at the forwarded note ('do "
      "what he asks'): forwarded text is not her request: unclear", orig=m1, qstyle="fwd_outlook", unclear=True,
      entities={"account": "5521-043-9987"}, after=120))

wife = ("Joanne Brekke", "joanne.brekke@icloud.com")
m1 = cust(wife, "2026-09-30 12:00", "ads", "Dale, can you get us off the Alliant ads? Paper and email. Thanks J")
m1["to_name"], m1["to_addr"] = "", "dale.brekke@icloud.com"
w = ("Dale Brekke", "dale.brekke@icloud.com")
add(S("fw-holder-restates", C, w, "iphone",
      fwd("I'm the account holder. Please stop sending promotional emails and mailers to our house, like my wife "
          "says below.\n\nThanks, Dale Brekke", "fwd_apple", m1, sig=IPHONE),
      "forward-other", "fwd", "Account holder restates the request in his own words over his wife's forwarded "
      "note: marketing opt-out for the household", orig=m1, qstyle="fwd_apple", labels=["marketing_opt_out"],
      entities={"name": "Dale Brekke"}, after=240))

# ============================================================== G. replies to our acknowledgement
def ack_reply(id, box, w, client, style, new, note, kind="ack", what="stop promotional email", ref="PRV-2026-00",
              date="2026-10-05 10:00", sig=None, **kw):
    o = O(kind, date, w, w[0].split(" ")[0] if w[0] else "", ref=ref, what=what)
    return S(id, box, w, client, top(new, style, o, sig=sig), "ack-reply", "top", note, orig=o, qstyle=style, **kw)


add(ack_reply("ack-also-noshare", C, ("Phyllis Gaede", "pgaede@outlook.com"), "outlook", "outlook",
              "Thanks. Also, please don't share my name or address with anyone.",
              "Reply to our acknowledgement adds a new do-not-share: share opt-out", ref="PRV-2026-004102",
              labels=["catalog_share_opt_out"], after=40))
add(ack_reply("ack-also-paper", P, ("Stu Wendling", "stuwendling@gmail.com"), "gmail", "gmail",
              "Also please stop the paper catalog, we're moving into a smaller place and don't need it.",
              "Reply to the catalog's do-not-share acknowledgement adds stopping the paper catalog: marketing opt-out",
              kind="ack_cat", what="do not share your name and address with other companies", ref="PHC-26-01790",
              date="2026-10-09 14:00", labels=["marketing_opt_out"], after=300))
add(ack_reply("ack-thanks", C, ("Glenda Marsh", "glendamarsh@icloud.com"), "iphone", "ios", "Thank you.",
              "Thank-you under our acknowledgement: nothing to answer", ref="PRV-2026-004220",
              date="2026-10-16 09:30", sig=IPHONE, ack_to=None, after=22))
add(ack_reply("ack-thumbs", P, ("", "hotrodhank1962@gmail.com"), "android", "gmail", "Got it \U0001F44D",
              "'Got it' with a thumbs-up under the catalog acknowledgement: nothing to answer", kind="ack_cat",
              what="stop mailing you the PowerHouse Catalog", ref="PHC-26-01922", date="2026-10-26 08:15",
              ack_to=None, after=12))
add(ack_reply("ack-es-gracias", C, ("Herminia Salas", "herminia.salas@icloud.com"), "iphone_es", "ios_es",
              "Muchas gracias, muy amable.", "Spanish thank-you under the Spanish acknowledgement: nothing to answer",
              kind="ack_es", what="dejar de enviarle ofertas por correo postal", ref="PRV-2026-003990",
              date="2026-09-28 10:10", sig=IPHONE_ES, lang="es", ack_to=None, after=55))
add(ack_reply("ack-es-tampoco", C, ("Efraín Zamudio", "efrain.zamudio@gmail.com"), "gmail_es", "gmail_es",
              "Gracias. Tampoco quiero que compartan mi nombre con otras compañías.",
              "Spanish reply to our acknowledgement adds a new do-not-share ('tampoco... compartan'): share opt-out",
              kind="ack_es", what="dejar de enviarle ofertas por correo electrónico", ref="PRV-2026-004051",
              date="2026-10-02 11:30", lang="es", labels=["catalog_share_opt_out"], after=130))
add(ack_reply("ack-why-10-days", C, ("Bonnie Traeger", "btraeger@yahoo.com"), "yahoo", "yahoo",
              "Why 10 business days? It takes one click to add someone to a list.",
              "Complaint-question about the processing time under our acknowledgement: question; no new opt-out",
              ref="PRV-2026-004301", date="2026-10-21 15:00", labels=["question"], after=65))
add(ack_reply("ack-keep-catalog", P, ("Rhonda Vavra", "rhonda.vavra@outlook.com"), "outlook", "outlook",
              "Wait, I only wanted the emails stopped, not the catalog. Please keep mailing the catalog.",
              "Corrects the recorded request (wants the printed catalog back): opting back in is a question; the "
              "email stop is already on record", kind="ack_cat",
              what="stop the PowerHouse Catalog by mail and by email", ref="PHC-26-01955", date="2026-10-28 09:00",
              labels=["question"], after=90))
add(ack_reply("ack-same-rental", C, ("Omar Haddadin", "ohaddadin@gmail.com"), "gmail", "gmail",
              "thanks, and please do the same for my rental on Elm St",
              "'Do the same' for another address points at the recorded request without saying what: unclear",
              ref="PRV-2026-004355", date="2026-10-27 13:20", unclear=True, after=200))
add(ack_reply("ack-copy-data", C, ("Priscilla Varghese", "priscilla.v@me.com"), "applemail", "ios",
              "Thank you. While you're at it, I'd like a copy of all the personal information you keep on me.",
              "Reply to our acknowledgement asks for a copy of her data: question", ref="PRV-2026-004390",
              date="2026-11-04 10:00", labels=["question"], sig="Priscilla", entities={"name": "Priscilla"},
              after=400))
add(ack_reply("ack-correct", C, ("Arthur Lemke", "alemke@tds.net"), "thunderbird", "tbird", "Yes, that's correct.",
              "Confirms our acknowledgement, asks nothing: nothing to answer", ref="PRV-2026-003921",
              date="2026-09-18 16:00", ack_to=None, after=900))
add(ack_reply("ack-stop", P, ("", "mkjellberg@icloud.com"), "iphone", "ios", "STOP",
              "'STOP' under our acknowledgement (not a promotion): unclear", kind="ack_cat",
              what="do not share your name and address with other companies", ref="PHC-26-02011",
              date="2026-11-06 12:00", sig=IPHONE, unclear=True, after=5))
add(ack_reply("ack-husband-mark", C, ("Tina Rohrbach", "tinarohrbach@gmail.com"), "gmail", "gmail",
              "Thanks. Can you also take my husband Mark off? Same address, different email.",
              "Asks to add her husband; she never says the account is hers: on behalf, unclear; entity the husband",
              ref="PRV-2026-004460", date="2026-11-12 09:45", unclear=True, entities={"name": "Mark"}, after=33))
add(ack_reply("ack-texts-too", C, ("Jared Feeney", "jaredfeeney@gmail.com"), "gmail", "gmail",
              "One more thing, can you stop the text messages about programs too?",
              "New wish under our acknowledgement is about text messages, a channel the marketing label does not "
              "record (earlier sets' call): question", ref="PRV-2026-004471", date="2026-11-13 10:30",
              labels=["question"], after=48))
