"""Writes the training examples in this folder (examples.jsonl) from the hand-written fragments below.

    python models/training/build_training.py

Each message is a greeting, one or more request sentences (each with its labels), optional context, a closing and
sometimes a signature. The labels of a message are the union of its sentences' labels. Fragments are written for
this mailbox from the privacy policy and the issue, not taken from any evaluation mail. Fixed seed: the output is
the same on every run, so the model version (a hash of this data) only changes when the fragments do.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20241117
M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
HERE = Path(__file__).resolve().parent

# --- English fragments -----------------------------------------------------------------------------------------

EN_MARKETING = [
    "Please stop sending me the PowerHouse catalog.",
    "Take me off your mailing list.",
    "Please remove me from all of your marketing lists.",
    "I no longer want to receive your catalogs.",
    "Unsubscribe me from your emails please.",
    "Please unsubscribe me.",
    "I do not want any more promotional emails from Alliant Energy.",
    "No more catalogs please, we are downsizing.",
    "Stop mailing me advertisements.",
    "Please remove my name and address from your mailing list.",
    "I want to opt out of all marketing by mail and email.",
    "We would like to stop receiving the catalog at this address.",
    "Please cancel the catalog, it goes straight into the recycling.",
    "Kindly discontinue all promotional mailings to our household.",
    "I don't want your offers or newsletters anymore.",
    "Remove me from your email list, I get too much mail already.",
    "Please stop the junk mail.",
    "STOP",
    "Unsubscribe",
    "remove me",
    "Could you please take me off the catalog mailing list?",
    "Can you stop sending me the special offers emails?",
    "I've unsubscribed twice and still get your promotions, please remove me for good.",
    "Opt me out of marketing emails and mail.",
    "Please don't send me any more flyers about solar or thermostats.",
    "I'd like to be removed from your list for the catalog.",
    "Please discontinue the PowerHouse mailings.",
    "We get three copies of the catalog every month. Please stop them all.",
    "Do not contact me with sales offers by phone or email.",
    "I am not interested in your promotions, please take me off.",
    "No solicitations please.",
    "Please quit sending the catalogs to my mother's old house, she doesn't live there.",
    "Delete my email address from your marketing list.",
    "I no longer wish to receive newsletters or special offers.",
    "Cancel my subscription to the catalog.",
    "Please mark me as do not mail.",
    "Enough catalogs. Remove us.",
    "please stop emailing me",
    "Stop sending mail to this address.",
    "I never signed up for these emails. Remove me from your list.",
    "pls take me off ur list",
    "unsubscribe me from all of it",
    "no more emails thx",
    "I want no promotional mail of any kind, paper or electronic.",
    "Please take our front-desk address off your promotional email list; it is for customer service only.",
    "Our office gets the catalog addressed to a person who retired years ago. Please stop sending it.",
    "I'm tired of the marketing calls and postcards. Put me on your do not contact list.",
    "Please stop the postcards and the flyers.",
    "Remove this address from the PowerHouse mailing list, the previous owner moved away.",
    "This is my second request: I still get your sales emails, please unsubscribe me.",
    "Don't want the paper catalog anymore, thanks.",
    "I'd prefer not to receive any marketing materials from you.",
]

EN_SHARE = [
    "Please do not share my name with other catalog companies.",
    "Do not sell my personal information.",
    "I do not want my name and address given to other companies.",
    "Please don't rent or sell my name to anyone.",
    "Keep my name off the lists you exchange with other catalogs.",
    "I opt out of having my information shared with third parties.",
    "Do not sell or share my personal information.",
    "Please make sure my name is not shared with similar companies.",
    "My address should not be given to any outside companies.",
    "Please don't pass my contact details along to other mailers.",
    "I'd like to opt out of list sharing.",
    "Please exclude my name from any customer list you provide to other companies.",
    "Never give my name to other catalog companies.",
    "I don't authorize you to share my information with anyone.",
    "Please remove my name from the list you share with other catalogs.",
    "No list sharing for me, thank you.",
    "Don't trade my name with other businesses.",
    "Please stop sharing my name with other companies.",
    "I don't want to end up on other companies' mailing lists because of you, so don't sell my name.",
    "Please do not disclose my information to third parties.",
    "Put a do-not-rent flag on my customer file, please.",
    "No sharing with third parties, thank you.",
    "Please don't include me when you share your customer list with other catalogs.",
    "I ask that our contact details never be rented or sold to outside firms.",
    "I found out you exchange mailing lists with other catalogs. Please leave me out of that.",
    "Don't hand my details over to other retailers.",
    "My household does not consent to our name being sold or rented.",
    "Please put my household on your no-sharing list.",
    "Keep my name on your own mailing list but off any list that goes to another company.",
    "You may mail me, but you may not sell my address.",
    "Please note on my catalog account: no list rental or exchange.",
    "I'm fine with your mailings; I just don't want other catalogs getting my address from you.",
    "Privacy request: do not disclose my customer record to any outside mailer.",
    "My name is not to be shared with partner companies.",
    "Please opt me out of the customer list exchange only.",
    "Only stop the list sharing, nothing else.",
    "Don't swap my name with other mail-order companies.",
    "Exclude our household from any rented mailing lists.",
    "I object to my personal information being sold.",
    "No selling or renting of my name, please.",
]

EN_KEEP_CATALOG = [
    "I enjoy the catalog and want to keep getting it.",
    "Keep the catalogs coming, I order from them every year.",
    "I still want the PowerHouse catalog itself.",
    "Please continue to send me the catalog.",
    "I like the catalog and shop from it often.",
    "To be clear, I am not asking you to stop mailing me; I like getting the catalog.",
    "I still want your emails and the catalog.",
    "I order from you twice a year.",
    "We get the catalog at home and enjoy it.",
]

EN_QUESTION = [
    "Can you tell me whether you have shared my name with anyone?",
    "Who did you give my name to?",
    "Have you sold my information to other companies?",
    "I'd like to know what information you have on file about me.",
    "How do I update my mailing address for the catalog?",
    "I moved last month. My new address is below.",
    "Why was my bill so high this month?",
    "Is the community solar program available in my area?",
    "I was wondering how long it takes for an opt-out to take effect.",
    "What does your privacy policy mean by affiliates?",
    "Please send me a copy of the personal information you hold about me.",
    "Please delete my data from your systems.",
    "I unsubscribed by mistake, please put me back on the email list.",
    "I accidentally clicked unsubscribe. Can you add me back?",
    "Please sign me up for the catalog again.",
    "I'd like to start receiving the catalog again.",
    "Do you have a newsletter for retirees? I'd like to get it.",
    "Yes, please sign me up for the home energy assessment.",
    "Does your privacy policy apply to the PowerHouse Catalog too?",
    "When will my rebate check arrive?",
    "My order never arrived, what happened?",
    "How can I get paperless billing?",
    "My power has been out since this morning.",
    "Who should I contact about a billing error?",
    "Could you explain what you do with my meter data?",
    "Is it true that you sell customer lists?",
    "What companies do you share customer names with?",
    "I have a question about the privacy policy.",
    "Do you share email addresses or only postal addresses?",
    "I got a letter from another company that seems to know I shop with you. How did they get my name?",
    "Is the furnace tune-up offer from your newsletter available in rural areas?",
    "Can you pass my question to whoever handles water heater programs?",
    "My catalog order is two weeks late; could you look into it?",
    "A representative was rude to me on the phone last week and I want to file a complaint.",
    "Our farm co-op wants to know who to contact about commercial lighting incentives.",
    "I read the privacy notice in the catalog. Which companies are in the Alliant Energy family?",
    "I got two copies of the same email. Is my address in your system twice?",
    "Can you check whether my email address is spelled right in your records?",
    "Do you have the catalog in Spanish?",
    "How long do you keep my personal information?",
    "Which mailing list am I on, the catalog one or the energy newsletter?",
    "Do you share my email address with the catalog too?",
    "Why did my neighbor get a rebate offer and I didn't?",
    "I'm a landlord. How do I get the catalog sent to me instead of my tenants?",
    "What is the difference between Alliant Energy and the PowerHouse Catalog?",
    "Can you confirm which address you have on file for my account?",
    "Have you shared my name with other companies?",
    "Has my address been sold to anyone? I keep getting catalogs I never asked for.",
    "Did you give my information to a company called Prairie Home Goods?",
    "I want to know which companies you have rented my name to.",
    "Is my personal information shared with your affiliates?",
    "Does the PowerHouse Catalog sell its customer list? I'm curious before I order.",
    "Can you tell me whether my name was ever exchanged with other catalogs?",
    "Who has received my contact details from you?",
]

EN_HYPOTHETICAL = [
    "If I unsubscribe, will I still get outage alerts?",
    "If I opt out of marketing, will I still receive my bill by email?",
    "Will unsubscribing stop the outage texts too?",
    "Before I unsubscribe, can you tell me if the bill reminders will keep coming?",
    "What happens if I opt out, do I still get the safety notices?",
    "I do NOT want to unsubscribe, I just moved. Please update my address.",
    "I don't want to unsubscribe. I only want the catalog sent to my new address.",
    "I'm not trying to opt out, I just need to change my email address.",
    "Please don't take me off the list, I just want fewer emails. Is there a monthly option?",
    "Does opting out of the catalog also cancel my rewards account?",
]

EN_SARCASM = [
    "Sure, keep sending me junk, I love recycling it.",
    "Oh great, another catalog. Yeah, keep filling my mailbox with junk.",
    "Thanks for all the junk mail, really appreciate the clutter.",
    "Go ahead and keep sending your junk, my recycling bin loves it.",
]

EN_THIRD_PARTY_MARKETING = [
    "My late husband {name} still gets your catalog. Please stop sending it.",
    "I am writing on behalf of my father, {name}, who is in a care home. Please remove him from your mailing list.",
    "My mother {name} passed away in March. Please stop the promotional mail addressed to her.",
    "Please remove my late wife, {name}, from your catalog list.",
]

EN_UNCLEAR = [
    "I am the executor of the estate of {name}. Please advise.",
    "See attached.",
    "Please handle this.",
    "My father {name} passed away last month.",
    "Regarding the letter we received.",
    "Call me.",
    "What is this?",
    "I received this and I am not sure what to do.",
    "This is the third time I am writing to you.",
    "Please take care of this for my mom.",
]

EN_MARKETING_EXTRA_QUESTION = [
    "Take me off the list, and explain why the unsubscribe link doesn't work.",
    "Stop emailing me. Why did the unsubscribe link in your email give me an error page?",
]

EN_COURTESY = [
    "Thank you!",
    "Thanks, got it.",
    "Thank you very much for the quick reply.",
    "Great, thanks.",
    "Perfect, thank you.",
]

EN_CONTEXT = [
    "I have been a customer for twenty years.",
    "We recently downsized and moved into a smaller place.",
    "I am trying to cut down on paper.",
    "My mailbox is overflowing.",
    "I read your privacy policy on the website.",
    "I saw the note at the bottom of your last email.",
    "This is for the house on Maple Street.",
    "I appreciate your help with this.",
    "My account is in good standing.",
    "",
    "",
    "",
]

EN_GREETING = ["Hello,", "Hi,", "Dear Customer Care,", "To whom it may concern,", "Hi there,", "Good morning,", "",
               "", "Dear PowerHouse Catalog,", "Hello team,"]
EN_CLOSING = ["Thank you,", "Thanks,", "Regards,", "Sincerely,", "Best,", "", "", "Thanks in advance,"]
NAMES = ["Margaret Olson", "Dale Kowalski", "Priya Raman", "James O'Connor", "Linda Vander Meer", "Tom Becker",
         "Rosa Delgado", "Kevin Nguyen", "Ellen McArdle", "Hank Schroeder", "Grace Lindholm", "Omar Haddad",
         "Beverly Stoltz", "Carlos Ibarra", "Janet Kruse", "Wes Thompson"]
ADDRESSES = ["1420 Oak Ridge Dr, Cedar Rapids, IA 52403", "88 W Main St, Sun Prairie, WI 53590",
             "311 Elm Ave, Ames IA 50010", "2207 Prairie Ln, Dubuque, IA 52001-4412", "19 Lakeview Ct, Baraboo WI 53913"]
SIGNOFFS = ["Sent from my iPhone", "Get Outlook for Android", ""]

# Bills on paper are not marketing: "stop mailing me paper statements" asks for paperless billing (a question).
EN_PAPERLESS = [
    "I'd like to switch my account to paperless billing.",
    "Can my monthly statement come electronically instead?",
    "Please enroll me in e-bill.",
    "I'm on autopay now and only need the statement online.",
    "How do I go paperless for my bill?",
    "I would prefer to view my bill online from now on.",
    "Please set my account to electronic statements.",
    "We want our utility statements delivered online only.",
    "Please stop mailing me paper statements; I can read my bill online.",
    "No more paper bills for me, please.",
]
EN_PAPER_ONLY = [
    "Please stop sending me paper.",
    "Enough with the paper, please.",
    "Stop the paper mail please.",
    "I want to stop getting things on paper.",
]
EN_BILL_CONTEXT = [
    "I'd rather see my statement online.",
    "My bills can come to this email address.",
    "I read my bill in the app anyway.",
    "Just email me the bill each month.",
]
EN_PROMO_CONTEXT = [
    "The flyers go straight into the recycling.",
    "I have no use for catalogs or special offers.",
    "All those promotions are a waste of trees.",
]

# Questions that ask for something: beside an opt-out they still need an answer.
EN_ASK_BESIDE = [
    "How soon will this be in effect?",
    "When will the change go through?",
    "How long does it take before my name is off the exchange list?",
    "Is there a form I need to sign for this?",
    "Who should I contact if catalogs from other companies keep coming?",
    "Does this also cover my spouse at the same address?",
    "How long until the mailings actually stop?",
    "When can I expect the last catalog?",
]
# What people tell us around a request: neither a question nor a request of its own.
EN_NARRATIVE = [
    "We get so much mail that the important letters get lost.",
    "My husband and I are cutting back on clutter this year.",
    "I already asked on the phone a while ago but it keeps coming.",
    "The last three catalogs went straight into the recycling bin.",
    "I shop online these days and don't need a printed book.",
    "These messages fill up my inbox every single week.",
    "I live alone and the pile of mail on the counter keeps growing.",
    "Nothing against your company, I just want less in my mailbox.",
    "Your emails end up in my spam folder anyway.",
    "I signed up for one thing on your website and now I get everything.",
    "We have been customers for years and are happy with the service itself.",
    "It feels like a waste of paper and postage.",
]
# More of what people tell us around an opt-out: how often the mail comes, that they already own the product,
# rent, or know the bills keep coming. Statements, not questions.
EN_NARRATIVE_MORE = [
    "I get four or five of these a week about the same rebate.",
    "I already bought a heat pump two years ago, so the offers are pointless.",
    "We rent this place and the landlord decides on the furnace.",
    "I understand my bills and outage notices will still come, and that is fine.",
    "The account is in my name only for a few days between tenants.",
    "My mother forwards me the flyers because they come to her house too.",
    "I already have a smart thermostat and do not need another one.",
    "Every time I open my inbox there is another promotion from you.",
    "I am keeping my service, I just don't want the sales pitches.",
    "The mailers about home protection plans are the worst of it.",
]
# Phone and text marketing is marketing too.
EN_CALLS = [
    "Please put my phone number on your do not call list.",
    "Stop calling me with sales offers, I'm not interested.",
    "No more marketing calls to this number please.",
    "Take my cell phone off your calling list for promotions.",
]
# Moving and fixing an address on the catalog is a change for staff, not an opt-out.
EN_ADDRESS_CHANGE = [
    "We moved last month; please send the catalog to our new address below.",
    "Please correct the house number on my catalog label, it should be 412 not 421.",
    "My name is misspelled on the catalog envelope, could you fix it?",
    "Update my mailing address for the catalog, we are now at the farm on County Road 9.",
]
ES_PAPER_CATALOG = [
    "Ya no quiero recibir el catálogo impreso.",
    "No me manden más catálogos en papel, por favor.",
    "Dejen de enviarme folletos de papel.",
]
# Requests phrased as questions are still just the opt-out.
EN_POLITE_OPT_OUT = [
    "Could you remove this address from your promotional emails?",
    "Would you please stop mailing us the catalog?",
    "Can you take my name off the marketing list?",
    "Will you please unsubscribe me from the newsletter?",
    "Could you make sure I stop getting the offers by mail?",
    "Can you please not share my address with other companies?",
]
# Complaints dressed as questions: nothing to answer, the opt-out next to them is the whole request.
EN_RHETORICAL = [
    "Why do you keep sending me this junk?",
    "How many times do I have to ask?",
    "What part of 'stop' is hard to understand?",
    "Does anyone even read these emails?",
    "Who even reads these things?",
    "Are you kidding me, another one?",
    "How hard is it to take someone off a list?",
    "Why does this keep showing up in my mailbox?",
]

# --- Spanish fragments -----------------------------------------------------------------------------------------

ES_MARKETING = [
    "Por favor dejen de enviarme el catálogo.",
    "Quiero darme de baja de su lista de correo.",
    "No quiero recibir más publicidad.",
    "Por favor elimínenme de su lista de correos.",
    "No me envíen más ofertas por correo electrónico.",
    "Cancelen mi suscripción al catálogo, por favor.",
    "Ya no deseo recibir sus promociones.",
    "Denme de baja de los correos promocionales.",
    "Sáquenme de su lista, por favor.",
    "No más catálogos en esta dirección.",
    "¿Me pueden dar de baja de la publicidad?",
    "Dejen de mandar propaganda a mi casa.",
]
ES_SHARE = [
    "No compartan mi nombre con otras empresas.",
    "Por favor no vendan mi información personal.",
    "No quiero que den mi nombre ni mi dirección a otras compañías.",
    "No autorizo que compartan mis datos con terceros.",
    "Mi nombre no debe ser compartido con otros catálogos.",
    "Sigan enviándome el catálogo, pero no compartan mi nombre con otras empresas.",
]
ES_QUESTION = [
    "¿Han compartido mi nombre con otras empresas?",
    "Quisiera saber qué información tienen sobre mí.",
    "Me mudé, ¿cómo actualizo mi dirección?",
    "Si me doy de baja, ¿seguiré recibiendo los avisos de apagón?",
    "No quiero darme de baja, solo cambié de dirección.",
    "Me di de baja por error, quiero volver a recibir el catálogo.",
    "Tengo una pregunta sobre mi factura.",
    "¿Por qué recibo dos catálogos cada mes?",
]
ES_PAPERLESS = [
    "Quiero recibir mi factura solo por correo electrónico.",
    "Ya no me manden la factura en papel, la veo en línea.",
    "¿Pueden enviarme el estado de cuenta por email en vez de en papel?",
    "Prefiero la facturación electrónica, sin papel.",
    "Dejen de mandarme el recibo impreso, pago por internet.",
]
ES_ASK_BESIDE = [
    "¿Cuánto tiempo tarda en aplicarse?",
    "¿Cuándo entra en vigor este cambio?",
    "¿Me pueden confirmar cuando esté hecho?",
]
# Requests beside an opt-out that only a person can carry out or answer, with no question mark: deleting what we
# hold, explaining what went wrong or where an address came from.
EN_HUMAN_REQUEST_BESIDE = [
    "Also erase any records you hold about me, billing history included.",
    "Please delete all of the personal data your company has stored on me.",
    "I want every bit of information you have on file about me destroyed.",
    "And tell me how you got hold of my address, because I never gave it to you.",
    "Explain to me what happened to the request I sent in the summer.",
    "Tell me why it is taking this long, I already wrote once.",
    "Please purge my details from your databases as well, not just the list.",
    "Let me know who gave you my e-mail in the first place.",
]
ES_HUMAN_REQUEST_BESIDE = [
    "Además borren todos los datos personales que tengan sobre mí.",
    "Eliminen también mi información de sus sistemas, por favor.",
    "Díganme por qué siguen llegando si ya lo pedí una vez.",
    "Expliquen cómo consiguieron mi dirección de correo.",
]
ES_RHETORICAL = [
    "¿Cuántas veces tengo que pedirlo?",
    "¿Por qué siguen mandando esto?",
]
ES_GREETING = ["Hola,", "Buenos días,", "Estimados señores:", "", "Buenas tardes,"]
ES_CLOSING = ["Gracias,", "Saludos,", "Atentamente,", "Muchas gracias.", ""]

# --- mail-client unsubscribes (RFC 2369 mailto:) ----------------------------------------------------------------

UNSUB_SUBJECTS = ["unsubscribe", "Unsubscribe", "UNSUBSCRIBE", "unsubscribe AE-NL-2412", "unsubscribe PH-2411-88213",
                  "Unsubscribe me", "remove", "Opt out"]
UNSUB_BODIES = ["", "This message was automatically generated by Gmail.", "Sent from my iPhone", "unsubscribe",
                "Please unsubscribe me from this list.", ""]


def compose(rng: random.Random, sentences: list[str], lang: str, name: str | None) -> str:
    greeting = rng.choice(EN_GREETING if lang == "en" else ES_GREETING)
    closing = rng.choice(EN_CLOSING if lang == "en" else ES_CLOSING)
    parts = [greeting] if greeting else []
    body = " ".join(s for s in sentences if s)
    parts.append(body)
    if closing:
        parts.append(closing)
    if name and rng.random() < 0.7:
        parts.append(name)
        if rng.random() < 0.4:
            parts.append(rng.choice(ADDRESSES))
    if lang == "en" and rng.random() < 0.15:
        parts.append(rng.choice(SIGNOFFS))
    return "\n\n".join(p for p in parts if p)


def example(text: str, labels: set[str], subject: str = "", lang: str = "en", kind: str = "") -> dict:
    order = [M, S, Q]
    return {"text": text, "subject": subject, "labels": [l for l in order if l in labels], "lang": lang, "kind": kind}


def generate() -> list[dict]:
    rng = random.Random(SEED)
    out: list[dict] = []

    def pick_context() -> str:
        return rng.choice(EN_CONTEXT)

    def add(kind: str, sentences: list[str], labels: set[str], lang: str = "en", subject: str = "") -> None:
        name = rng.choice(NAMES) if rng.random() < 0.6 else None
        out.append(example(compose(rng, sentences, lang, name), labels, subject, lang, kind))

    subjects_en = ["", "Catalog", "Mailing list", "Privacy", "Request", "Please read", "Your catalog",
                   "Re: Holiday Preview", "Question", "Opt out", "Do not share my name", "Hello"]
    for sentence in EN_MARKETING:
        for _ in range(3):
            ctx = [pick_context(), sentence] if rng.random() < 0.5 else [sentence, pick_context()]
            add("marketing", ctx, {M}, subject=rng.choice(subjects_en[:8]))
    for sentence in EN_SHARE:
        for _ in range(3):
            add("share", [pick_context(), sentence], {S}, subject=rng.choice(subjects_en[:8] + ["Do not share my name"]))
    for sentence in EN_SHARE:
        add("keep+share", [rng.choice(EN_KEEP_CATALOG), sentence], {S})
    for _ in range(40):
        add("both", [rng.choice(EN_MARKETING[:20]), rng.choice(EN_SHARE)], {M, S})
    for sentence in EN_QUESTION:
        for _ in range(3):
            add("question", [pick_context(), sentence], {Q}, subject=rng.choice(subjects_en))
    for sentence in EN_HYPOTHETICAL:
        for _ in range(3):
            add("hypothetical", [sentence, pick_context()], {Q}, subject=rng.choice(["", "Question", "unsubscribe?"]))
    for _ in range(30):
        add("marketing+question", [rng.choice(EN_MARKETING[:20]), rng.choice(EN_QUESTION[:12])], {M, Q})
    for _ in range(15):
        add("share+question", [rng.choice(EN_SHARE), rng.choice(EN_QUESTION[6:12])], {S, Q})
    for sentence in EN_MARKETING_EXTRA_QUESTION:
        for _ in range(3):
            add("marketing+question", [sentence], {M, Q})
    for sentence in EN_SARCASM:
        for _ in range(2):
            add("sarcasm", [sentence], {M})
    for template in EN_THIRD_PARTY_MARKETING:
        for _ in range(3):
            add("third_party", [template.format(name=rng.choice(NAMES))], {M})
    for template in EN_UNCLEAR:
        for _ in range(2):
            add("unclear", [template.format(name=rng.choice(NAMES))], set())
    for sentence in EN_COURTESY:
        for _ in range(2):
            out.append(example(sentence, set(), rng.choice(["Re: We received your request", ""]), "en", "courtesy"))
    for subject in UNSUB_SUBJECTS:
        for body in UNSUB_BODIES:
            out.append(example(body, {M}, subject, "en", "list-unsubscribe"))
    for sentence in ES_MARKETING:
        for _ in range(3):
            add("es-marketing", [sentence], {M}, "es")
    for sentence in ES_SHARE:
        for _ in range(3):
            add("es-share", [sentence], {S}, "es")
    for sentence in ES_QUESTION:
        for _ in range(3):
            add("es-question", [sentence], {Q}, "es")
    for _ in range(8):
        add("es-both", [rng.choice(ES_MARKETING[:10]), rng.choice(ES_SHARE[:5])], {M, S}, "es")
    # Added later: new blocks go at the end, so the examples above stay exactly as they were.
    for sentence in EN_PAPERLESS:
        for _ in range(2):
            add("paperless", [pick_context(), sentence], {Q}, subject=rng.choice(["", "Paper bills", "Billing", "Request"]))
    for _ in range(6):
        add("paper+bills", [rng.choice(EN_PAPER_ONLY), rng.choice(EN_BILL_CONTEXT)], {Q},
            subject=rng.choice(["", "paper", "Paperless", "My bill"]))
    for _ in range(10):
        add("paper+promo", [rng.choice(EN_PAPER_ONLY), rng.choice(EN_PROMO_CONTEXT)], {M})
    for _ in range(12):
        add("share+ask", [rng.choice(EN_SHARE), rng.choice(EN_ASK_BESIDE)], {S, Q})
    for _ in range(12):
        add("marketing+ask", [rng.choice(EN_MARKETING[:40]), rng.choice(EN_ASK_BESIDE)], {M, Q})
    for sentence in EN_POLITE_OPT_OUT:
        for _ in range(3):
            add("polite", [pick_context(), sentence], {S} if "share" in sentence else {M})
    for _ in range(30):
        add("marketing", [pick_context(), rng.choice(EN_MARKETING)], {M}, subject=rng.choice(subjects_en[:8]))
    for _ in range(40):
        story = rng.sample(EN_NARRATIVE, 2)
        add("marketing+story", [story[0], rng.choice(EN_MARKETING), story[1]], {M}, subject=rng.choice(subjects_en[:8]))
    for _ in range(15):
        add("share+story", [rng.choice(EN_NARRATIVE), rng.choice(EN_SHARE)], {S}, subject=rng.choice(subjects_en[:9]))
    for _ in range(20):
        add("rhetorical+marketing", [rng.choice(EN_RHETORICAL), rng.choice(EN_MARKETING[:40])], {M})
    for _ in range(8):
        add("rhetorical+share", [rng.choice(EN_SHARE), rng.choice(EN_RHETORICAL)], {S})
    for sentence in EN_RHETORICAL:
        add("unclear", [sentence], set())
    for sentence in ES_PAPERLESS:
        add("es-paperless", [sentence], {Q}, "es")
    for _ in range(8):
        add("es-share+ask", [rng.choice(ES_SHARE), rng.choice(ES_ASK_BESIDE)], {S, Q}, "es")
    for _ in range(8):
        add("es-marketing+ask", [rng.choice(ES_MARKETING), rng.choice(ES_ASK_BESIDE)], {M, Q}, "es")
    for _ in range(8):
        add("es-rhetorical+marketing", [rng.choice(ES_RHETORICAL), rng.choice(ES_MARKETING)], {M}, "es")
    for sentence in EN_CALLS:
        for _ in range(3):
            add("calls", [pick_context(), sentence], {M}, subject=rng.choice(["", "Calls", "Phone", "Do not call"]))
    for sentence in EN_ADDRESS_CHANGE:
        for _ in range(3):
            add("address-change", [pick_context(), sentence], {Q}, subject=rng.choice(["", "Address", "Catalog label"]))
    for sentence in ES_PAPER_CATALOG:
        for _ in range(3):
            add("es-paper-catalog", [sentence], {M}, "es")
    for sentence in EN_HUMAN_REQUEST_BESIDE:
        for _ in range(3):
            add("marketing+human-request", [rng.choice(EN_MARKETING[:40]), sentence], {M, Q},
                subject=rng.choice(subjects_en[:8]))
    for sentence in ES_HUMAN_REQUEST_BESIDE:
        for _ in range(3):
            add("es-marketing+human-request", [rng.choice(ES_MARKETING), sentence], {M, Q}, "es")
    for sentence in EN_NARRATIVE_MORE:
        for _ in range(4):
            around = [rng.choice(EN_MARKETING[:40]), sentence]
            add("marketing+story", around if rng.random() < 0.5 else around[::-1], {M},
                subject=rng.choice(subjects_en[:8]))
    return out


def main() -> None:
    examples = generate()
    with (HERE / "examples.jsonl").open("w", encoding="utf-8") as fh:
        for ex in examples:
            fh.write(json.dumps(ex, ensure_ascii=False) + "\n")
    print(f"wrote {len(examples)} examples to {HERE / 'examples.jsonl'}")


if __name__ == "__main__":
    main()
