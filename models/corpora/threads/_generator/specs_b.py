"""Long threads, legal and mobile signatures, vCards, image-only bodies, HTML-only mail with hidden preheaders,
quote headers in other languages, and machines that quote us."""
from common import (C, P, CAT, IPHONE, IPHONE_ES, OUTLOOK_ANDROID, DESK, DESK_CAT, DESK_ES, O, cust, agent, top, fwd,
                    S)
import quoting as Q

SPECS = []
add = SPECS.append


# ============================================================== H. three levels and more; only the top is new
def chain(w, msgs, cstyle, astyle):
    """msgs alternate customer/agent, starting with the customer. cstyle: how the customer's program quotes;
    astyle: how our desk's program quotes."""
    styles = [astyle if k % 2 == 0 else cstyle for k in range(len(msgs) - 1)]
    return Q.thread(msgs, styles)


def H(id, box, w, client, cstyle, astyle, turns, new, note, dates, cat=False, es=False, sig=None, **kw):
    msgs = []
    for k, (t, d) in enumerate(zip(turns, dates)):
        if isinstance(t, dict):
            msgs.append(t)
        elif k % 2 == 0:
            msgs.append(cust(w, d, ("RE: " if k else "") + kw.get("subj", "Question"), t,
                             to=CAT if cat else ("", "customercare@alliant-energy.com")))
        else:
            msgs.append(agent(d, "RE: " + kw.get("subj", "Question"), t, w, cat=cat, es=es))
    last = chain(w, msgs, cstyle, astyle)
    kw.pop("subj", None)
    return S(id, box, w, client, top(new, cstyle, last, sig=sig), "thread-3", "top", note, orig=last, qstyle=cstyle,
             after=kw.pop("after", 600), **kw)


w = ("Maureen Tillotson", "mtillotson@gmail.com")
add(H("th-ok-thanks", C, w, "gmail", "gmail", "outlook", [
    "Do you share my info with anyone?",
    "Hi Maureen,\n\nAlliant Energy does not sell customer information. The PowerHouse Catalog does exchange its "
    "mailing list with other catalogs; if you get the catalog and would rather not be included, just tell us.\n\n" + DESK,
    "I don't think I get the catalog. What about the electric side?",
    "The electric side shares account information only with contractors who work for us, such as meter readers and "
    "bill printing, and they may not use it for anything else.\n\n" + DESK],
    "Ok thank you.", "Four-message thread quoted under 'Ok thank you.': nothing to answer", 
    ["2026-09-03 08:10", "2026-09-03 13:00", "2026-09-03 19:30", "2026-09-04 09:15"], subj="Sharing my info?",
    ack_to=None))

w = ("Hank Dobrinski", "hdobrinski@outlook.com")
add(H("th-both", C, w, "outlook", "outlook", "outlook", [
    "Why do I get so many mailers from you?",
    "Hello Hank,\n\nYou're signed up for our promotional email and printed promotional mailings. We can stop "
    "promotional email, the printed mailings, or both. Just let us know.\n\n" + DESK,
    "What's the difference between the mailers and the catalog?",
    "The PowerHouse Catalog is printed mail from our catalog store, so it counts as one of the printed mailings. "
    "The choice is promotional email, printed mailings (catalog included), or both.\n\n" + DESK],
    "That works. Remove me from both please.\n\nHank",
    "'Remove me from both' answers our desk's quoted offer (promotional email, printed mailings, or both): "
    "marketing opt-out", ["2026-10-05 07:40", "2026-10-05 11:00", "2026-10-05 12:15", "2026-10-05 15:30"],
    subj="mailers", labels=["marketing_opt_out"], entities={"name": "Hank"}))

w = ("Sylvia Nordquist", "snordquist@icloud.com")
c1 = cust(w, "2026-08-24 20:00", "promo mail", "Please stop sending me promotional mail.")
a1 = O("ack", "2026-08-25 09:00", w, "Sylvia", ref="PRV-2026-003511", what="stop promotional postal mail")
c2 = cust(w, "2026-09-15 18:10", "Re: We received your privacy request [Ref: PRV-2026-003511]",
          "It's been 3 weeks and I still get them.")
a2 = agent("2026-09-16 10:20", "RE: We received your privacy request [Ref: PRV-2026-003511]",
           "Hi Sylvia,\n\nI'm sorry about that. Your request is on file. Pieces that were already addressed can keep "
           "arriving for 6 to 8 weeks after a change.\n\n" + DESK, w)
add(H("th-still", C, w, "iphone", "ios", "outlook", [c1, a1, c2, a2], "Still getting them. Two more this week.",
      "Her opt-out is on record and only in the quoted thread; the new line is a complaint: question",
      [None] * 4, sig=IPHONE, labels=["question"], after=30000))

w = ("Wilma Tjaden", "wtjaden@mchsi.com")
add(H("th-yes-please", P, w, "gmail", "gmail", "outlook", [
    "Ever since I ordered from you I get catalogs from companies I've never heard of.",
    "Hi Wilma,\n\nThe PowerHouse Catalog does exchange its mailing list with other catalog companies. Would you "
    "like us to keep your name off those lists?\n\n" + DESK_CAT,
    "Would that stop your catalog too?",
    "No, you would still get ours. Just let us know if you'd like us to keep your name off the lists we "
    "exchange.\n\n" + DESK_CAT],
    "Yes please.", "'Yes please.' answers the quoted question about keeping her name off exchanged lists: share "
    "opt-out", ["2026-10-12 09:00", "2026-10-12 14:00", "2026-10-12 16:40", "2026-10-13 08:30"], cat=True,
    subj="Other catalogs", labels=["catalog_share_opt_out"], after=45))

w = ("Boyd Lenz", "boydlenz@yahoo.com")
add(H("th-see-earlier", C, w, "yahoo", "yahoo", "outlook", [
    "I want off your lists.",
    "Hello Boyd,\n\nWhich would you like stopped: email offers, printed promotional mail, or the PowerHouse "
    "Catalog?\n\n" + DESK,
    "I told you already on the phone.",
    "We don't have a record of that call, sorry. Could you tell us which mail you want stopped?\n\n" + DESK],
    "See my earlier email.", "'See my earlier email' over a thread that never settles what to stop: unclear",
    ["2026-09-09 06:30", "2026-09-09 10:00", "2026-09-09 17:45", "2026-09-10 09:05"], subj="lists", unclear=True))

w = ("Noemí Argüello", "noemi.arguello@gmail.com")
add(H("th-es-dos-cosas", C, w, "gmail_es", "gmail_es", "outlook_es", [
    "¿Por qué me llegan tantas ofertas?",
    "Hola Noemí:\n\nUsted está inscrita para recibir ofertas por correo electrónico y por correo postal.\n\n" + DESK_ES,
    "¿Y ustedes venden mis datos?",
    "No vendemos sus datos. El Catálogo PowerHouse sí intercambia su lista de correo con otros catálogos. ¿Desea "
    "que dejemos de enviarle ofertas y que no incluyamos su nombre en esas listas?\n\n" + DESK_ES],
    "Sí, por favor, las dos cosas.", "'Las dos cosas' answers our desk's two quoted offers (stop offers, keep her name "
    "off exchanged lists): both opt-outs", ["2026-10-19 19:00", "2026-10-20 09:30", "2026-10-20 12:10",
                                            "2026-10-20 15:00"], es=True, subj="Ofertas", lang="es",
    labels=["marketing_opt_out", "catalog_share_opt_out"]))

w = ("Bernard Sikora", "bsikora@outlook.com")
c1 = cust(w, "2026-09-01 08:00", "info", "Stop sharing my info with other companies.")
a1 = O("ack", "2026-09-01 11:00", w, "Bernard", ref="PRV-2026-003640",
       what="do not share your name and address with other companies")
c2 = cust(w, "2026-09-01 12:30", "RE: We received your privacy request [Ref: PRV-2026-003640]",
          "Thanks. Does that cover the catalog people too?")
a2 = agent("2026-09-01 15:45", "RE: We received your privacy request [Ref: PRV-2026-003640]",
           "Yes, it covers the PowerHouse Catalog's list exchanges as well.\n\n" + DESK, w)
add(H("th-billing-top", C, w, "outlook", "outlook", "outlook", [c1, a1, c2, a2],
      "Great. Unrelated, but why did my budget billing amount go up to $163? Nobody told me.",
      "New top text is a billing question; his do-not-share lives only in the quoted thread: question only",
      [None] * 4, labels=["question"], after=2000))

w = ("Celeste Ambrose", "celeste.ambrose@me.com")
c1 = cust(w, "2026-09-20 10:00", "catalog", "Please stop the catalog.", to=CAT)
a1 = O("ack_cat", "2026-09-21 09:00", w, "Celeste", ref="PHC-26-01655", what="stop PowerHouse Catalog emails")
c2 = cust(w, "2026-10-19 17:00", "Re: We received your privacy request [Ref: PHC-26-01655]",
          "I'm still getting the catalog in the mail.", to=CAT)
a2 = agent("2026-10-20 09:40", "RE: We received your privacy request [Ref: PHC-26-01655]",
           "Hi Celeste,\n\nWe stopped the catalog emails as you asked. Printed catalogs that were already addressed may "
           "arrive for a few more weeks.\n\n" + DESK_CAT, w, cat=True)
add(H("th-wrong-channel", P, w, "applemail", "ios", "outlook", [c1, a1, c2, a2],
      "No, that's not what I asked. I want the printed catalog stopped. The sale emails are fine, I like those.",
      "We recorded the wrong channel; she now names the printed catalog (marketing opt-out) and wants the emails back "
      "(opting back in: question)", [None] * 4, labels=["marketing_opt_out", "question"], after=180))

w = ("Vincent Abernathy", "vabernathy@kirkwoodmetal.com")
add(H("th-outlook-nested-thanks", C, w, "outlookpc", "outlook", "outlook", [
    "Can you tell me what information you have on file for me?",
    "Hi Vincent,\n\nWe can mail you a summary of the personal information on your account. Could you confirm the "
    "service address?\n\n" + DESK,
    "1912 Kessler Dr.",
    "Thanks. We've mailed the summary to that address; it should arrive within 7 business days.\n\n" + DESK],
    "Thanks Renee, appreciate the help.\n\nVince",
    "Thank-you on top of three nested Outlook From/Sent blocks with no '>' anywhere: nothing to answer",
    ["2026-08-17 08:20", "2026-08-17 10:00", "2026-08-17 10:30", "2026-08-17 14:00"], subj="My information",
    entities={"name": "Vince"}, ack_to=None, after=40))

w = ("Felicia Gaskins", "feliciagaskins@gmail.com")
add(H("th-never-answered", C, w, "gmail", "gmail", "outlook", [
    "Do you sell my data?",
    "Hi Felicia,\n\nIf you'd like to stop receiving the PowerHouse Catalog, or keep your name off the lists the "
    "catalog exchanges, just let us know.\n\n" + DESK,
    "I don't get the catalog.",
    "Thanks for checking. Our records show you receive promotional email only.\n\n" + DESK],
    "Ok but you never answered whether you sell my data. Do you?",
    "Follow-up question on top of the thread: question (no opt-out in her new words)",
    ["2026-11-02 21:00", "2026-11-03 10:00", "2026-11-03 11:15", "2026-11-03 14:30"], subj="Data",
    labels=["question"], after=95))

w = ("Ramiro Olvera", "ramiro.olvera@outlook.com")
add(H("th-es-pendiente", C, w, "outlook_es", "outlook_es", "outlook_es", [
    "Quiero saber qué datos tienen de mí.",
    "Hola Ramiro:\n\nCon gusto le enviamos por correo un resumen de los datos de su cuenta. ¿Nos confirma su "
    "dirección de servicio?\n\n" + DESK_ES,
    "Calle 5 #412, Marshalltown.",
    "Gracias. Ya lo enviamos; debe llegar en 7 días hábiles.\n\n" + DESK_ES],
    "Gracias, quedo pendiente.", "Spanish thank-you on top of nested 'De:/Enviado:' blocks: nothing to answer",
    ["2026-09-07 18:00", "2026-09-08 09:00", "2026-09-08 13:20", "2026-09-08 16:00"], es=True, subj="Mis datos",
    lang="es", ack_to=None, after=70))

w = ("Opal Sternberg", "opal.sternberg@gmail.com")
add(H("th-order-then-stop", P, w, "gmail", "gmail", "outlook", [
    "My order PH-2288160 hasn't arrived.",
    "Hi Opal,\n\nIt's held up at the carrier's hub and should reach you by Friday.\n\n" + DESK_CAT,
    "Ok, I'll watch for it.",
    "Great. Let us know if it doesn't show up.\n\n" + DESK_CAT],
    "It showed up, thanks. While I'm writing: please take me off the catalog mailing list, I don't need it anymore.",
    "Order thread quoted; the new top line asks to stop the catalog: marketing opt-out",
    ["2026-09-22 10:00", "2026-09-22 13:30", "2026-09-22 14:00", "2026-09-22 15:10"], cat=True, subj="Order",
    labels=["marketing_opt_out"], after=4400))

# ============================================================== I. long legal footers
CU = ("Tamsin Greeley | Member Services Lead\nPrairie Lakes Credit Union\nAmes, Iowa\n\nCONFIDENTIAL: This message and "
      "any attachments are intended only for the named recipient and may contain nonpublic personal information "
      "protected under federal law. Please do not share or forward it. If you received it in error, delete it and "
      "notify the sender.\nPrairie Lakes Credit Union will never ask for your password or PIN by email. To unsubscribe "
      "from Prairie Lakes Credit Union marketing emails, reply REMOVE.\nFederally insured by NCUA.")
w = ("Tamsin Greeley", "tgreeley@prairielakescu.org")
o = O("payrem", "2026-10-09 07:00", w, "Tamsin", acct4="2281", amt="211.40")
add(S("legal-cu", C, w, "outlookpc",
      top("What's the best number to call about setting up a payment arrangement? I work 8 to 5 and can't call during "
          "the day.", "outlook", o, sig=CU),
      "legal-footer", "top", "Payment question; the credit union footer's 'do not share' and 'reply REMOVE' are "
      "boilerplate, not her request: question", orig=o, qstyle="outlook", labels=["question"],
      entities={"name": "Tamsin Greeley"}, after=200))

LAW = ("Philip Arceneaux\nAttorney at Law\nBrandvold Arceneaux & Lutz, P.L.C.\n\nCONFIDENTIALITY NOTICE: This e-mail "
       "and any documents sent with it may contain confidential information protected by the attorney-client "
       "privilege or the work-product doctrine. It is meant only for the person or entity named above. If you are "
       "not the intended recipient, any review, disclosure, copying, distribution or use of this message is "
       "prohibited. If you received it in error, tell us by reply e-mail and destroy every copy.\n\nTAX NOTICE: "
       "Nothing in this message is intended or written to be used to avoid tax penalties.")
w = ("Philip Arceneaux", "parceneaux@balfirm.com")
o = O("catalog_new", "2026-11-02 08:00", w, "Philip")
add(S("legal-law", P, w, "outlookpc",
      top("Please remove me from the PowerHouse Catalog mailing list.", "outlook", o, sig=LAW),
      "legal-footer", "top", "Catalog removal above a long law-firm confidentiality footer: marketing opt-out",
      orig=o, qstyle="outlook", labels=["marketing_opt_out"], entities={"name": "Philip Arceneaux"}, after=50))

HOSP = ("Marisol Ekberg, RN, BSN\nNurse Manager, 4 West Med-Surg\nRiverbend Regional Health\n\nThis e-mail, including "
        "attachments, may contain confidential information, including protected health information. If you are not "
        "the intended recipient, you are notified that any review, use, disclosure, distribution or copying is "
        "prohibited. Please notify the sender and delete the message. Riverbend Regional Health does not sell or "
        "share patient information except as the law allows.")
w = ("Marisol Ekberg", "mekberg@riverbendhealth.org")
o = O("promo_attic", "2026-10-14 10:00", w, "Marisol")
add(S("legal-empty", C, w, "outlookpc", top("", "outlook", o, sig=HOSP),
      "legal-footer", "top", "Reply with no words of her own, only her signature and a hospital footer that mentions "
      "sharing: unclear; name from the signature", orig=o, qstyle="outlook", unclear=True,
      entities={"name": "Marisol Ekberg"}, after=8))

AVISO = ("Ignacio Farías\nContador Público\nFarías y Asociados\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos "
         "son confidenciales y están dirigidos únicamente a su destinatario. Si lo recibió por error, avise al "
         "remitente y bórrelo. Queda prohibida su divulgación, distribución o copia total o parcial.")
w = ("Ignacio Farías", "ifarias@fariasyasociados.com")
o = O("promo_es", "2026-10-08 11:00", w, "Ignacio")
add(S("legal-es", C, w, "outlook_es", top("No compartan mis datos personales con terceros, por favor.", "outlook_es",
                                         o, sig=AVISO),
      "legal-footer", "top", "Spanish do-not-share above a Spanish confidentiality notice: share opt-out", orig=o,
      qstyle="outlook_es", lang="es", labels=["catalog_share_opt_out"], entities={"name": "Ignacio Farías"},
      after=100))

SCHOOL = ("Dana Kowalczyk\nAdministrative Assistant, Transportation\nLinn Valley Community School District\n\n"
          "Email sent to or from this account may be a public record under Iowa law and may be released on request. "
          "This message is intended for the addressee only; if you received it in error, please notify the sender and "
          "delete it.")
w = ("Dana Kowalczyk", "dkowalczyk@linnvalley.k12.ia.us")
o = O("promo_ev", "2026-09-17 10:00", w, "Dana")
add(S("legal-school", C, w, "outlookpc", top("remove", "outlook", o, sig=SCHOOL),
      "legal-footer", "top", "'remove' under a promotion, above a public-records footer: marketing opt-out", orig=o,
      qstyle="outlook", labels=["marketing_opt_out"], entities={"name": "Dana Kowalczyk"}, after=300))

REALTY = ("Brooke Tellefson | REALTOR\u00ae\nPrairieView Realty Group\n\nWIRE FRAUD ALERT: Never trust wiring "
          "instructions sent by email. Always call our office at a number you know before sending money.\nIf you no "
          "longer wish to receive emails from me, reply unsubscribe.")
w = ("Brooke Tellefson", "brooke@prairieviewrealty.com")
o = O("catalog_sale", "2026-10-08 07:30", w, "Brooke")
add(S("legal-realtor", P, w, "gmail", top("Do you ship to Canada? My sister lives in Winnipeg.", "gmail", o,
                                          sig=REALTY),
      "legal-footer", "top", "Shipping question; the realtor footer's 'reply unsubscribe' is hers to her clients, "
      "not a request: question", orig=o, qstyle="gmail", labels=["question"], entities={"name": "Brooke Tellefson"},
      after=600))

MILL = ("Hollis Granger\nPlant Controller | Midwest Harvest Mills\n\nThis communication is confidential and intended "
        "solely for the addressee. It may not be copied, shared or forwarded without the sender's permission. Midwest "
        "Harvest Mills accepts no liability for any damage caused by viruses transmitted by this email.")
w = ("Hollis Granger", "hgranger@mwharvestmills.com")
o = O("ack", "2026-10-22 10:00", w, "Hollis", ref="PRV-2026-004318", what="stop promotional email and mail")
add(S("legal-ack-received", C, w, "outlookpc", top("Received, thanks.", "outlook", o, sig=MILL),
      "legal-footer", "top", "'Received, thanks.' under our acknowledgement, above a corporate footer: nothing to "
      "answer", orig=o, qstyle="outlook", entities={"name": "Hollis Granger"}, ack_to=None, after=25))

# ============================================================== J. mobile signatures
w = ("Dustin Rahe", "dustinrahe@outlook.com")
o = O("promo_ev", "2026-09-17 10:00", w, "Dustin")
add(S("mob-outlook-android", C, w, "outlook_android", top("pls stop", "outlook_android", o, sig=OUTLOOK_ANDROID),
      "mobile-sig", "top", "'pls stop' under a promotion, Outlook for Android signature: marketing opt-out", orig=o,
      qstyle="outlook_android", labels=["marketing_opt_out"], after=14))

w = ("", "tlbuckner@icloud.com")
o = O("outage", "2026-08-29 15:22", w, street="Prairie Ave", cause="Tree contact", eta="7:30 PM")
add(S("mob-sig-only", C, w, "iphone", top("", "ios", o, sig=IPHONE),
      "mobile-sig", "top", "Only 'Sent from my iPhone' over an outage alert: nothing decidable: unclear", orig=o,
      qstyle="ios", unclear=True, after=3))

w = ("Graciela Peralta", "gperalta@icloud.com")
o = O("promo_es", "2026-09-29 11:00", w, "Graciela")
add(S("mob-es-iphone", C, w, "iphone_es", top("No más correos de promociones por favor", "ios_es", o, sig=IPHONE_ES),
      "mobile-sig", "top", "Spanish 'no more promotional emails' with 'Enviado desde mi iPhone': marketing opt-out",
      orig=o, qstyle="ios_es", lang="es", labels=["marketing_opt_out"], after=33))

w = ("", "jwhitcomb1970@gmail.com")
o = O("catalog_sale", "2026-10-01 07:30", w)
add(S("mob-galaxy-how", P, w, "samsung", top("how do i stop the catalog", "gmail", o, sig="Sent from my Galaxy"),
      "mobile-sig", "top", "'how do i stop the catalog' asks how, does not ask us to stop: question", orig=o,
      qstyle="gmail", labels=["question"], after=1000))

w = ("Marlys Henke", "marlyshenke@yahoo.com")
o = O("news", "2026-11-02 06:00", w)
add(S("mob-yahoo-both", C, w, "yahoo_ios", top("Remove me. Don't sell my email either.", "yahoo", o,
                                               sig="Sent from Yahoo Mail for iPhone"),
      "mobile-sig", "top", "Remove me (under a newsletter) and don't sell my email: both opt-outs", orig=o,
      qstyle="yahoo", labels=["marketing_opt_out", "catalog_share_opt_out"], after=70))

w = ("", "kraussfamily@gmail.com")
o = O("bill", "2026-10-02 06:00", w, acct4="9015", amt="88.02")
add(S("mob-paid", C, w, "android", top("paid", "gmail", o, sig="Please excuse typos, sent from my phone"),
      "mobile-sig", "top", "'paid' under a bill: a receipt-like note, nothing to answer", orig=o, qstyle="gmail",
      ack_to=None, after=2000))

# ============================================================== K. vCards
w = ("Thomas Quade", "tquade@outlook.com")
o = O("catalog_new", "2026-11-02 08:00", w, "Thomas")
add(S("vcf-stop", P, w, "outlook", top("Please stop sending me the catalog.\n\nThomas Quade", "outlook", o),
      "vcard", "top", "Catalog stop with a vCard attached; the card's address is not typed text, so no ZIP entity: "
      "marketing opt-out", orig=o, qstyle="outlook", labels=["marketing_opt_out"], entities={"name": "Thomas Quade"},
      fmt="vcard", attach={"vcard": {"first": "Thomas", "last": "Quade", "adr": ("88 Lantern Ln", "Waverly", "IA",
                                                                                "50677"), "tel": "+1 319-555-0172"}},
      after=130))

w = ("Ruth Ann Pedersen", "rapedersen@me.com")
o = O("promo_attic", "2026-10-14 10:00", w, "Ruth Ann")
add(S("vcf-this-person", C, w, "applemail", top("See attached contact. Remove this person.", "ios", o),
      "vcard", "top", "'Remove this person' pointing at an attached contact card of someone else: who and from what "
      "is unclear", orig=o, qstyle="ios", unclear=True, fmt="vcard",
      attach={"vcard": {"first": "Beverly", "last": "Nussbaum", "tel": "+1 563-555-0119"}}, after=600))

w = ("Lucía Arriaga", "lucia.arriaga@gmail.com")
o = O("promo_es", "2026-10-08 11:00", w, "Lucía")
add(S("vcf-es-noshare", C, w, "gmail_es", top("No compartan mis datos. Gracias.\nLucía", "gmail_es", o),
      "vcard", "top", "Spanish do-not-share with a contact card attached: share opt-out", orig=o, qstyle="gmail_es",
      lang="es", labels=["catalog_share_opt_out"], entities={"name": "Lucía"}, fmt="vcard",
      attach={"vcard": {"first": "Lucía", "last": "Arriaga", "tel": "+1 515-555-0163"}}, after=240))

w = ("Bruce Tostrud", "btostrud@tostrud.net")
o = O("catalog_order", "2026-09-30 12:00", w, "Bruce", order="2296002")
add(S("vcf-moved", P, w, "thunderbird",
      top("We moved. New address: 2716 Prairie Rose Ln, Ankeny, IA 50023. Please update it for the catalog.",
          "tbird", o, sig="Bruce Tostrud"),
      "vcard", "top", "Change of address for the catalog, vCard attached: question", orig=o, qstyle="tbird",
      labels=["question"], entities={"name": "Bruce Tostrud", "postal_code": "50023"}, fmt="vcard",
      attach={"vcard": {"first": "Bruce", "last": "Tostrud", "adr": ("2716 Prairie Rose Ln", "Ankeny", "IA", "50023"),
                        "tel": "+1 515-555-0188"}}, after=3000))

# ============================================================== L. a picture and one line
add(S("img-catalog-subject", P, ("Janelle Voss", "janellevoss@icloud.com"), "iphone",
      "Please stop sending this to my house.", "image-one-line", "none",
      "Photo plus one line; her own subject names the PowerHouse catalog, so 'this' is the catalog: marketing "
      "opt-out", subject="PowerHouse catalog", date="2026-11-07 16:20", fmt="img", attach={"img": "IMG_5581.png"},
      labels=["marketing_opt_out"]))
add(S("img-see-attached", C, ("", "mcrabtree55@icloud.com"), "iphone", "see attached", "image-one-line", "none",
      "A picture and 'see attached', no subject: nothing decidable in words: unclear", subject="",
      date="2026-10-23 12:05", fmt="img", attach={"img": "IMG_2207.png"}, unclear=True))
add(S("img-still-getting", C, ("Trevor Haas", "trevor.haas@icloud.com"), "iphone",
      "Why am I still getting these? I unsubscribed in August.", "image-one-line", "none",
      "Screenshot of a promotion and a complaint that his earlier unsubscribe did not work: question (no new "
      "request)", subject="rebate emails", date="2026-10-16 08:44", fmt="img", attach={"img": "IMG_0934.png"},
      labels=["question"]))
add(S("img-es-viuda", P, ("Consuelo Villalobos", "consuelo.villalobos@icloud.com"), "iphone_es",
      "Mi esposo Ernesto Villalobos falleció en julio. Por favor ya no le manden el catálogo.", "image-one-line",
      "none", "Photo of the mailing label; a widow asks to stop the catalog to her late husband at her own household "
      "(earlier sets' call): marketing opt-out; entity the husband", subject="Catálogo", date="2026-11-09 10:30",
      fmt="img", attach={"img": "IMG_7120.png"}, lang="es", labels=["marketing_opt_out"],
      entities={"name": "Ernesto Villalobos"}))


# ============================================================== M. HTML only, with our hidden preheaders
def html_reply(new_html, m, fw=False):
    if fw:
        head = ("<div>---------- Forwarded message ---------<br>From: %s<br>Date: %s<br>Subject: %s<br>To: %s</div><br>"
                % (Q.esc(Q.who(m)), m["local"].strftime("%m/%d/%Y %I:%M %p"), Q.esc(m["subject"]), Q.esc(Q.to_of(m))))
        inner = head + Q.our_html(m)
    else:
        inner = ('<div class="cite">%s</div>\n<blockquote type="cite" style="border-left:2px solid #1010ff;'
                 'margin-left:5px;padding-left:5px">\n%s\n</blockquote>' % (Q.esc(Q.attribution("gmail", m)),
                                                                           Q.our_html(m)))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">'
            '\n<div>%s</div>\n<br>\n%s\n</body></html>' % (new_html, inner))


w = ("Arlene Mott", "arlenemott@centurylink.net")
o = O("promo_attic", "2026-10-14 10:00", w, "Arlene")
add(S("html-fw-dontwant", C, w, "webmail", "I don't want these.", "html-only", "fwd",
      "HTML-only forward of a promotion whose hidden preheader says 'Reply STOP'; her visible line: marketing "
      "opt-out", orig=o, qstyle="html-fwd", html=html_reply("I don't want these.", o, fw=True),
      labels=["marketing_opt_out"], subject="Fwd: " + o["subject"], after=400))

w = ("", "pjbusker@windstream.net")
o = O("catalog_sale", "2026-10-08 07:30", w)
add(S("html-empty-preheader", P, w, "webmail", "", "html-only", "top",
      "HTML-only reply with nothing typed; the only words about sharing are our hidden preheader in the quote: "
      "unclear", orig=o, qstyle="html-cite", html=html_reply("<br>", o), unclear=True, after=900))

w = ("Gene Wollerman", "genewollerman@earthlink.net")
o = O("news", "2026-10-01 06:00", w)
add(S("html-news-question", C, w, "webmail",
      "Can you tell me more about the free home energy checkup? Is there a waiting list?", "html-only", "top",
      "HTML-only reply to the newsletter (hidden 'Unsubscribe anytime' preheader in the quote) asking about the "
      "checkup: question", orig=o, qstyle="html-cite",
      html=html_reply("Can you tell me more about the free home energy checkup? Is there a waiting list?<br><br>Gene",
                      o), labels=["question"], entities={"name": "Gene"}, after=1300))

w = ("Xiomara Beltrán", "xbeltran@q.com")
o = O("promo_es", "2026-09-29 11:00", w, "Xiomara")
add(S("html-es-question", C, w, "webmail", "¿Esto aplica para casas móviles?", "html-only", "top",
      "Spanish HTML-only reply asking whether the offer covers mobile homes, under a hidden 'responda BAJA' "
      "preheader: question", orig=o, qstyle="html-cite", html=html_reply("¿Esto aplica para casas móviles?", o),
      lang="es", labels=["question"], after=500))

w = ("Nadia Farouk", "nadia@birchwoodbakery.com")
add(S("html-own-preheader", P, w, "webmail",
      "Please take Birchwood Bakery off your catalog mailing list, and don't pass our address along to anyone else.",
      "html-only", "none",
      "Owner writes for her own business from a template with its own hidden preheader: both opt-outs",
      subject="Catalog mailing list", date="2026-10-27 06:50", labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Nadia Farouk"},
      html=('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n<div style="display:none;max-height:0;'
            'overflow:hidden">A quick note from Birchwood Bakery</div>\n<table width="100%"><tr><td style="font-family:'
            'Georgia,serif;font-size:15px;color:#4a3b2a">\n<p>Hello,</p>\n<p>Please take Birchwood Bakery off your '
            'catalog mailing list, and don\'t pass our address along to anyone else.</p>\n<p>Thank you,<br>Nadia '
            'Farouk<br>Owner, Birchwood Bakery</p>\n</td></tr></table>\n</body></html>')))

# ============================================================== X. quote headers in other languages and styles
w = ("Klaus Richter", "klaus.richter@outlook.com")
o = O("promo_attic", "2026-10-14 10:00", w, "Klaus")
add(S("hdr-german", C, w, "outlookde", top("Please unsubscribe me. Thank you.\n\nKlaus Richter", "outlook_de", o),
      "foreign-header", "top", "English request over a German Outlook quote header (Von:/Gesendet:/Betreff:, subject "
      "'AW:'): marketing opt-out", orig=o, qstyle="outlook_de", labels=["marketing_opt_out"],
      entities={"name": "Klaus Richter"}, after=75))

w = ("Amélie Gauthier", "amelie.gauthier@gmail.com")
o = O("catalog_new", "2026-11-02 08:00", w, "Amélie")
add(S("hdr-french", P, w, "gmail", top("Please do not share my address with other companies. Thank you,\nAmélie "
                                       "Gauthier", "french", o),
      "foreign-header", "top", "French Gmail attribution ('Le ... a écrit :') under an English do-not-share: share "
      "opt-out", orig=o, qstyle="french", labels=["catalog_share_opt_out"], entities={"name": "Amélie Gauthier"},
      after=240))

w = ("Loren Pickard", "lpickard@hawkeyeag.com")
o = O("outage", "2026-07-30 13:05", w, street="Linden St", eta="5:00 PM")
add(S("hdr-origmsg-outage", C, w, "outlookpc", top("unsubscribe", "origmsg", o),
      "foreign-header", "top", "'unsubscribe' over an '-----Original Message-----' quote of an outage alert "
      "(service mail): unclear", orig=o, qstyle="origmsg", unclear=True, after=20))

w = ("Fidel Carrasco", "fidelcarrasco@hotmail.com")
o = O("promo_es", "2026-10-08 11:00", w, "Fidel")
add(S("hdr-mensaje-original", C, w, "outlook_es", top("BAJA", "origmsg_es", o),
      "foreign-header", "top", "'BAJA' over a '-----Mensaje original-----' quote of the Spanish promotion: marketing "
      "opt-out", orig=o, qstyle="origmsg_es", lang="es", labels=["marketing_opt_out"], after=9))

w = ("Donna Whitlatch", "dwhitlatch@yahoo.com")
o = O("payrem", "2026-10-09 07:00", w, "Donna", acct4="6610", amt="132.75")
add(S("hdr-yahoo-autopay", C, w, "yahoo", top("Can I set up AutoPay from my savings account instead of checking?",
                                              "yahoo", o),
      "foreign-header", "top", "Service question under a payment reminder (Yahoo 'On Friday, ... CDT ... wrote:'): "
      "question", orig=o, qstyle="yahoo", labels=["question"], after=360))

w = ("Ellis Marchand", "emarchand@tds.net")
o = O("catalog_order", "2026-10-02 12:00", w, "Ellis", order="2298814")
add(S("hdr-tbird-received", P, w, "thunderbird", top("Received it, thanks!", "tbird", o),
      "foreign-header", "top", "Thank-you under an order notice: nothing to answer", orig=o, qstyle="tbird",
      ack_to=None, after=4200))

w = ("Kristin Albers", "kristin.albers@gmail.com")
o = O("news", "2026-10-01 06:00", w)
add(S("hdr-news-love", C, w, "gmail", top("Love the tips. Keep them coming!", "gmail", o),
      "foreign-header", "top", "Praise for the newsletter, asks nothing: nothing to answer", orig=o, qstyle="gmail",
      ack_to=None, after=180))

w = ("Esperanza Loera", "esperanza.loera@gmail.com")
o = O("catalog_es", "2026-10-03 08:00", w, "Esperanza")
add(S("hdr-es-catalogo", P, w, "gmail_es", top("¿Tienen el catálogo impreso en español?", "gmail_es", o),
      "foreign-header", "top", "Spanish question about a printed Spanish catalog: question", orig=o,
      qstyle="gmail_es", lang="es", labels=["question"], after=90))

# ============================================================== N. machines that quote us (automated)
def auto(id, box, w, text, note, orig, subject, hdr=(), client="auto", **kw):
    return S(id, box, w, client, text, "machine", kw.pop("mode", "none"), note, orig=orig, subject=subject,
             automated=True, hdr=list(hdr), **kw)


AS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
w = ("Gwen Hartsock", "ghartsock@cedarvalleyclinic.org")
o = O("promo_attic", "2026-10-14 10:00", w, "Gwen")
add(auto("m-ooo-promo", C, w, top("I'm out of the office until October 19 with limited access to email. For urgent "
                                  "matters please call the front desk.", "outlook", o),
         "Outlook out-of-office with Auto-Submitted, quoting the whole promotion (STOP footer included)", o,
         "Automatic reply: " + o["subject"], AS, mode="top", qstyle="outlook", fmt="alt", after=0))

w = ("Adriana Villaseñor", "avillasenor@cooperativasol.org")
o = O("promo_es", "2026-10-08 11:00", w, "Adriana")
add(auto("m-es-ooo-promo", C, w, top("Estoy fuera de la oficina hasta el 12 de octubre. Responderé a su mensaje a mi "
                                     "regreso.", "outlook_es", o),
         "Spanish out-of-office with Auto-Submitted quoting the Spanish promotion ('responda BAJA' inside)", o,
         "Respuesta automática: " + o["subject"], AS, mode="top", qstyle="outlook_es", lang="es", after=0))

w = ("The Hollingers", "hollingerfam@yahoo.com")
o = O("catalog_sale", "2026-10-08 07:30", w, "Marv")
add(auto("m-vacation-catalog", P, w, top("Hi! We're on a road trip until October 25 and checking mail only now and "
                                         "then. We'll get back to you when we're home.", "yahoo", o),
         "Yahoo vacation reply without Auto-Submitted, quoting the catalog sale and its sharing footer: automated", o,
         "Re: " + o["subject"], mode="top", qstyle="yahoo", after=0))

w = ("Mail Delivery System", "MAILER-DAEMON@mx2.hometowncable.net")
o = O("promo_hpwh", "2026-10-06 10:12", ("Jim Poulsen", "jpoulsen@hometowncable.net"), "Jim")
add(auto("m-dsn-postfix", C, w,
         "This is the mail system at host mx2.hometowncable.net.\n\nI'm sorry to have to inform you that your message "
         "could not be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
         "send mail to postmaster.\n\nIf you do so, please include this problem report. You can delete your own text "
         "from the attached returned message.\n\n                   The mail system\n\n<jpoulsen@hometowncable.net>: "
         "host mail.hometowncable.net[10.8.2.14] said: 550 5.1.1\n    <jpoulsen@hometowncable.net>: Recipient "
         "address rejected: User unknown in local recipient table", "Postfix bounce sent to our Reply-To by a "
         "misconfigured host, carrying the whole promotion as message/rfc822", None,
         "Undelivered Mail Returned to Sender", [("Auto-Submitted", "auto-replied")], client="mta", fmt="dsn",
         carried=o, helo="mx2.hometowncable.net", envelope="", date="2026-10-06 10:14",
         mid_fmt="<20261006151400.%s@mx2.hometowncable.net>",
         status="Reporting-MTA: dns; mx2.hometowncable.net\nX-Postfix-Queue-ID: 4gQ7rT2kLmz9\nArrival-Date: Tue,  6 "
                "Oct 2026 10:13:58 -0500 (CDT)\n\nFinal-Recipient: rfc822; jpoulsen@hometowncable.net\n"
                "Original-Recipient: rfc822;jpoulsen@hometowncable.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: "
                "dns; mail.hometowncable.net\nDiagnostic-Code: smtp; 550 5.1.1 <jpoulsen@hometowncable.net>: "
                "Recipient address rejected: User unknown in local recipient table\n", qstyle="rfc822"))

w = ("Microsoft Outlook", "postmaster@prairiedentalgroup.com")
o = O("catalog_sale", "2026-10-01 07:30", ("Front Desk", "frontdesk@prairiedentalgroup.com"))
add(auto("m-ndr-exchange", P, w,
         "Your message to frontdesk@prairiedentalgroup.com couldn't be delivered.\n\nfrontdesk wasn't found at "
         "prairiedentalgroup.com.\n\nAction Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may "
         "be misspelled or may not exist. Try one or more of the following:\n- Retype the recipient's address, then "
         "resend the message.\n\nOriginal Message Details\nCreated Date: 10/1/2026 12:30:14 PM\nSender Address: "
         "deals@catalog.alliant-energy.com\nRecipient Address: frontdesk@prairiedentalgroup.com\nSubject: " +
         o["subject"], "Exchange non-delivery report carrying the catalog sale: automated", None,
         "Undeliverable: " + o["subject"], [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
         client="mta", fmt="dsn", carried=o, helo="CY5PR19MB6123.namprd19.prod.outlook.com", envelope="",
         date="2026-10-01 07:31", mid_fmt="<%s@CY5PR19MB6123.namprd19.prod.outlook.com>",
         status="Reporting-MTA: dns;CY5PR19MB6123.namprd19.prod.outlook.com\nReceived-From-MTA: dns;"
                "a48-92.smtp-out.amazonses.com\nArrival-Date: Thu, 1 Oct 2026 12:30:16 +0000\n\nFinal-Recipient: "
                "rfc822;frontdesk@prairiedentalgroup.com\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 "
                "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
         qstyle="rfc822"))

w = ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
o = O("news", "2026-11-02 06:00", ("", "old.hartwig.account@gmail.com"))
add(auto("m-dsn-gmail", C, w,
         "** Address not found **\n\nYour message wasn't delivered to old.hartwig.account@gmail.com because the "
         "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
         "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you "
         "tried to reach does not exist.", "Gmail 'Address not found' bounce carrying the newsletter: automated",
         None, "Delivery Status Notification (Failure)", [("Auto-Submitted", "auto-replied")], client="mta",
         fmt="dsn", carried=o, helo="mail-sor-f69.google.com", envelope="", date="2026-11-02 06:01",
         mid_fmt="<6744c2a1.%s@mx.google.com>",
         status="Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 02 Nov 2026 04:00:21 -0800 (PST)\n\n"
                "Final-Recipient: rfc822; old.hartwig.account@gmail.com\nAction: failed\nStatus: 5.1.1\n"
                "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
         qstyle="rfc822"))

w = ("Lakeshore Property Management", "support@lakeshoreproperties.zendesk.com")
c1 = cust(("Kayla Brandt", "support@lakeshoreproperties.zendesk.com"), "2026-11-03 16:40", "Privacy",
          "Please stop sharing my info with other companies. Unit 4B.")
a1 = O("ack", "2026-11-04 09:12", ("", "support@lakeshoreproperties.zendesk.com"), "", ref="PRV-2026-004412",
       what="do not share your name and address with other companies", refs=[c1["msgid"]])
add(auto("m-zendesk-thread", C, w,
         "##- Please type your reply above this line -##\n\nYour request (48812) has been updated. To add additional "
         "comments, reply to this email.\n\n----------------------------------------------\n\nAlliant Energy "
         "Customer Privacy, Nov 4, 2026, 9:12 AM CST\n\n" + a1["body"] +
         "\n\n----------------------------------------------\n\nKayla Brandt, Nov 3, 2026, 4:40 PM CST\n\n" + c1["body"] +
         "\n\n--------------------------------\nThis email is a service from Lakeshore Property Management. "
         "Delivered by Zendesk\n\n[ZP4Q8-R1K7W]",
         "Zendesk re-sends its ticket thread (our acknowledgement and a tenant's do-not-share) to every participant: "
         "system notification, automated", a1, "[Lakeshore Property Management] Re: " + a1["subject"],
         [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "8d41c2f"), ("Precedence", "bulk")],
         client="helpdesk", mode="thread", qstyle="zendesk", mid_fmt="<%s_sprut@zendesk.com>",
         helo="out-18.smtp.zendesk.com", envelope="bounce+8d41c2f@lakeshoreproperties.zendesk.com", after=3))

w = ("Greenleaf Dental Support", "help@greenleafdental.freshdesk.com")
o = O("catalog_sale", "2026-10-01 07:30", ("", "help@greenleafdental.freshdesk.com"))
add(auto("m-freshdesk-ack", P, w,
         "Dear PowerHouse Catalog,\n\nWe would like to acknowledge that we have received your request and a ticket "
         "has been created. A support representative will be reviewing your request and will send you a personal "
         "response (usually within 24 hours).\n\nTicket #7731\n\nThank you for your patience.\nGreenleaf Dental "
         "Support Team\n\n" + Q.quote("gmail", o),
         "Freshdesk auto-acknowledgement quoting the catalog sale (sharing footer inside): automated", o,
         "Ticket Received - " + o["subject"], [("Auto-Submitted", "auto-replied"), ("X-Freshdesk-Ticket", "7731")],
         client="helpdesk", mode="top", qstyle="gmail", mid_fmt="<%s@freshdesk.com>",
         helo="mail-out-12.freshemail.io", envelope="bounces@freshdesk.com", after=1))

w = ("Facilities Help Desk (Jira)", "jira@kirkwoodmetal.atlassian.net")
o = O("promo_ev", "2026-09-17 10:00", ("Facilities", "facilities@kirkwoodmetal.com"))
add(auto("m-jira-thread", C, w,
         "Priyanka Raman commented on FAC-2291 Utility marketing emails\n\n  Re: please unsubscribe the facilities "
         "mailbox from these, nobody reads them. Adding the sender as a participant so they see it.\n\n"
         "Original request (via email):\n\n" + Q.quote("outlook", o) +
         "\n\nView request · Turn off this request's notifications\nThis is shared with Facilities, Alliant Energy.\n"
         "Powered by Jira Service Management",
         "Jira Service Management notification re-sending an internal ticket thread with our promotion; the "
         "'unsubscribe' is a colleague's comment inside the helpdesk, not a request to us: automated", o,
         "FAC-2291 Utility marketing emails", [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                                               ("X-JSD-Request-Key", "FAC-2291")],
         client="helpdesk", mode="thread", qstyle="outlook", irt=False, mid_fmt="<JIRA.%s@Atlassian.JIRA>",
         helo="mail-us-east-1.atlassian.net", envelope="bounces+jira@kirkwoodmetal.atlassian.net", after=4000))

w = ("Gustafson Seed Co.", "info@gustafsonseed.com")
o = O("ack", "2026-10-30 13:00", w, "", ref="PRV-2026-004377", what="stop promotional email")
add(auto("m-no-longer-monitored", C, w,
         top("This mailbox is no longer monitored. Please send orders and questions to sales@gustafsonseed.com.",
             "outlook", o),
         "'No longer monitored' reply without Auto-Submitted, quoting our acknowledgement: automated", o,
         "RE: " + o["subject"], mode="top", qstyle="outlook", after=0))

w = ("Bert Lindahl", "bert@lindahlfarm.net")
o = O("catalog_new", "2026-11-02 08:00", w, "Bert")
add(auto("m-challenge", P, w,
         "Hello,\n\nI use a spam filter that requires senders to confirm they are real people. Please click the "
         "link below to confirm and your message will be delivered.\n\nhttps://verify.mailguard-box.net/c/"
         "7Kq2xWm4Pp\n\nThis is a one-time step.\n\n" + Q.quote("gmail", o),
         "Challenge-response message quoting the catalog mail: automated", o, "Please confirm: " + o["subject"],
         [("Auto-Submitted", "auto-replied")], mode="top", qstyle="gmail", after=0))

w = ("Roland Fjeld", "rfjeld@outlook.com")
o = O("bill", "2026-10-02 06:00", w, "Roland", acct4="3319", amt="121.09")
add(auto("m-read-receipt", C, w,
         "Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s." % (
             "rfjeld@outlook.com", o["subject"], "Friday, October 2, 2026 6:00:41 AM (UTC-06:00) Central Time",
             "Friday, October 2, 2026 7:41:12 AM (UTC-06:00) Central Time"),
         "Read receipt for a bill notice (disposition notification): automated", o, "Read: " + o["subject"],
         mode="none", fmt="mdn", irt=False, after=100,
         status="Reporting-UA: rfjeld@outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;rfjeld@outlook.com\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % o["msgid"],
         mid_fmt="<%s@outlook.com>"))

o = O("promo_attic", "2026-10-14 10:00", ("Pat Hennessey", "pat.hennessey@gmail.com"), "Pat")
w = ("", "oakridge-neighbors@googlegroups.com")
add(auto("m-list-digest", C, w,
         "=============================================================================\nToday's topic summary\n"
         "=============================================================================\n\nGroup: "
         "oakridge-neighbors@googlegroups.com\n\n  - Insulation rebate - anyone tried it? [2 Updates]\n  - Lost cat "
         "near Birch Ct [1 Update]\n\n=============================================================================\n"
         "Topic: Insulation rebate - anyone tried it?\n=============================================================="
         "===============\n\n---------- 1 of 2 ----------\nFrom: Pat Hennessey <pat.hennessey@gmail.com>\nDate: Oct 14 "
         "02:31PM -0500\n\nGot this today. Anyone here done it? Worth the hassle?\n\n" + Q.forward("fwd_gmail", o) +
         "\n\n---------- 2 of 2 ----------\nFrom: Luis Ortega <lortega@gmail.com>\nDate: Oct 14 04:02PM -0500\n\nWe "
         "did ours last spring, the rebate came in about 6 weeks. Don't share your account number on here though.\n\n"
         "=============================================================================\nTopic: Lost cat near "
         "Birch Ct\n=============================================================================\n\nGray tabby, "
         "answers to Biscuit. Call 319-555-0104.\n\n--\nYou received this digest because you're subscribed to "
         "updates for this group. To unsubscribe from this group and stop receiving emails from it, send an email to "
         "oakridge-neighbors+unsubscribe@googlegroups.com.",
         "Google Groups digest delivered to our mailbox, carrying a neighbour's forward of our promotion: list "
         "traffic, automated", None, "[oakridge-neighbors] Digest for customercare@alliant-energy.com - 3 updates in 2 "
         "topics", [("List-Id", "<oakridge-neighbors.googlegroups.com>"), ("Precedence", "list"),
                    ("List-Unsubscribe", "<mailto:oakridge-neighbors+unsubscribe@googlegroups.com>")],
         client="list", mode="digest", qstyle="fwd_gmail", date="2026-10-15 05:10",
         mid_fmt="<0000000000%s@google.com>", helo="mail-yb1-f199.google.com",
         envelope="oakridge-neighbors+bncBD@googlegroups.com"))

w = ("Marisa Quiroga", "mquiroga@agenciaquiroga.com")
o = O("bill", "2026-10-02 06:00", w, "Marisa", acct4="4470", amt="76.30")
add(auto("m-es-ooo-noheader", C, w,
         top("Estaré fuera de la oficina del 1 al 9 de octubre sin acceso al correo. Para asuntos urgentes llame al "
             "515-555-0131.", "origmsg_es", o),
         "Spanish out-of-office without Auto-Submitted, quoting a bill notice: automated", o,
         "RE: " + o["subject"], mode="top", qstyle="origmsg_es", lang="es", after=0))

w = ("Stan Kolodziej", "skolodziej@ruralmutualins.com")
o = O("ack", "2026-11-05 14:00", w, "Stan", ref="PRV-2026-004420", what="stop promotional email")
add(auto("m-ooo-ack", C, w,
         top("Thank you for your email. I am out of the office through November 9. If you need immediate help, "
             "contact our service line at 800-555-0145.", "outlook", o),
         "Out-of-office with Auto-Submitted answering our acknowledgement, quoting it: automated", o,
         "Automatic reply: " + o["subject"], AS, mode="top", qstyle="outlook", fmt="alt", after=0))
