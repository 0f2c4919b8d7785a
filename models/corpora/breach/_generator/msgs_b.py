"""Fri 7 - Sat 8 March 2025: the postal letters have arrived; phishing and lawyers follow."""
import compose
import machines as m
import mailgen as g
import ours
from registry import msg, NOTICE_RE, NOTICE_RE_OL, rq_notice, fq_notice, rq_ack, ack_subject, ack_time

S = ours.NOTICE_SUBJECT


# ====================================================================== Fri 7 March
@msg("never-ordered-harold", "2025-03-07 08:10:00", "customercare", "question", "got the letter, never ordered: how do you have my address?",
     prog="outlookcom", labels=["question"], entities={"name": "Harold Voss"},
     note="Asks how we got his name and who sold it to us: question. Not a sharing opt-out (asks about sharing, does not refuse it).",
     ack="haroldvoss41@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 08:10:00", client="outlookcom", frm=("Harold Voss", "haroldvoss41@outlook.com"),
                          mailbox="customercare", subject="Letter about PowerHouse Catalog",
                          new="I received your letter yesterday about the printing company. I have never ordered anything from a "
                              "PowerHouse Catalog in my life and never asked for one. How did you get my name and address in the first "
                              "place? Who sold it to you?\n\nHarold Voss")


@msg("deceased-mother-evelyn", "2025-03-07 09:00:00", "powerhousecatalog", "on behalf (unclear)", "daughter writes for her late mother",
     prog="outlookcom", unclear=True, entities={"name": "Evelyn Strand"},
     note="Stop mailing and no sharing for a deceased parent, written by a daughter who does not say she is executor: on behalf without clear standing, unclear (LABELS). Entity = the person the request is for.",
     ack="kstrand.mpls@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 09:00:00", client="outlookcom", frm=("Karen Strand-Boyle", "kstrand.mpls@outlook.com"),
                          mailbox="powerhousecatalog", subject="Letter for my mother",
                          new="Hello,\n\nMy mother, Evelyn Strand, passed away in October 2023. Your letter about the printing company came "
                              "to her house in Waterloo last week, which I am cleaning out to sell. Please stop mailing her anything and do "
                              "not share her name with anyone. It is upsetting to keep getting mail for her.\n\nKaren")


@msg("dorothy-via-grandson", "2025-03-07 10:25:00", "powerhousecatalog", "catalog-share opt-out", "88-year-old dictates to grandson: keep catalog, don't sell name",
     prog="gmail", labels=["catalog_share_opt_out"], entities={"name": "Dorothy Halvorsen", "postal_code": "52314"},
     note="The grandson only types; Dorothy speaks for herself, so no standing problem. Keeps the catalog (orders the calendar), refuses sharing: share opt-out only. Ack to the From address she chose.",
     ack="jake.halvorsen22@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 10:25:00", client="gmail", frm=("Jake Halvorsen", "jake.halvorsen22@gmail.com"),
                          mailbox="powerhousecatalog", subject="From Dorothy Halvorsen",
                          new="This is Dorothy Halvorsen. My grandson Jake is typing this for me.\n\nI received your letter. I am 88 years "
                              "old and I do not want my name given or sold to any other company. I still want to get your catalog, I order "
                              "the large print calendar every year.\n\nDorothy Halvorsen\nMount Vernon, Iowa 52314")


@msg("es-credit-freeze-jorge", "2025-03-07 11:02:00", "customercare", "question", "Spanish: do I need to freeze credit, how, cost?",
     lang="es", prog="gmail", labels=["question"], entities={"name": "Jorge Ibarra"},
     note="Spanish credit-freeze questions: question.",
     ack="jibarra.wl@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 11:02:00", client="gmail", frm=("Jorge Ibarra", "jibarra.wl@gmail.com"),
                          mailbox="customercare", subject="Pregunta sobre la carta",
                          new="Buenos días.\n\nRecibí la carta sobre el incidente de seguridad. ¿Necesito congelar mi crédito? ¿Cuánto "
                              "cuesta y cómo se hace? Mi esposa no habla inglés y está muy preocupada.\n\nGracias.\nJorge Ibarra")


@msg("fwd-lawfirm-joan", "2025-03-07 11:40:00", "customercare", "question", "forwards the law firm's ad: is this real, how did they get my e-mail?",
     prog="yahoo", labels=["question"], entities={"name": "Joan Pruitt"},
     note="Customer forwards the class-action solicitation and asks if it is real and how the firm got her e-mail: question. Forwarded 'opt out' wording is the firm's.",
     ack="joanpruitt@yahoo.com")
def _(rng):
    law = ("ATTORNEY ADVERTISING\n\nWere you affected by the PowerHouse Catalog / Lakeshore Print & Mail data breach?\n\n"
           "Hargrove Benning LLP is investigating claims on behalf of people who received a notice dated March 3 or March 4, 2025 "
           "about a data security incident involving a PowerHouse Catalog printing vendor.\n\nYou may be entitled to compensation. "
           "There is no cost to you unless we recover.\n\nFind out if you qualify: https://www.hargrovebenning-law.com/powerhouse\n\n"
           "To opt out of future messages from Hargrove Benning LLP, click here: https://www.hargrovebenning-law.com/optout")
    q = dict(kind="forward", text=law, who=("Hargrove Benning LLP", "intake@hargrovebenning-law.com"),
             when=g.central("2025-03-06 11:31:00"), subject="PowerHouse Catalog Data Breach - You May Be Entitled to Compensation",
             to_addr="joanpruitt@yahoo.com", to_name="Joan Pruitt")
    return compose.person(rng, at="2025-03-07 11:40:00", client="yahoo", frm=("Joan Pruitt", "joanpruitt@yahoo.com"),
                          mailbox="customercare", subject="Fw: PowerHouse Catalog Data Breach - You May Be Entitled to Compensation",
                          new="I got this e-mail from a law firm saying I can join a lawsuit against you. Is this for real? And how did "
                              "they get my e-mail address if e-mail addresses weren't in the breach like your letter says??\n\nJoan Pruitt",
                          quote=q)


@msg("school-district-dana", "2025-03-07 13:15:00", "customercare", "question", "business customer: what district info was in the files?",
     prog="outlook_desktop", labels=["question"], entities={"name": "Dana Whitfield", "postal_code": "52216", "account": "6610 3392 05"},
     note="Commercial customer asks what exactly was in the files for its incident log: question. ZIP and account from her own text/signature.",
     ack="dwhitfield@northcedarcsd.org")
def _(rng):
    return compose.person(rng, at="2025-03-07 13:15:00", client="outlook_desktop", frm=("Dana Whitfield", "dwhitfield@northcedarcsd.org"),
                          mailbox="customercare", subject="Notice received at district office - request for details",
                          new="Good afternoon,\n\nOur district office received your letter dated March 3 regarding the Lakeshore Print & "
                              "Mail incident. We are a commercial gas and electric customer (account 6610 3392 05) and we have ordered "
                              "classroom supplies from the PowerHouse Catalog.\n\nCould you confirm exactly which information about the "
                              "district was in the affected files, and whether any individual staff names were included? We need to "
                              "document this in our own incident log for the board.\n\nThank you,\n\nDana Whitfield\nBusiness Office Manager\n"
                              "North Cedar Community School District\nPO Box 220, Clarence, IA 52216\n563-555-0123")


@msg("work-replyto-renee", "2025-03-07 14:05:00", "powerhousecatalog", "question", "work address, asks reply at personal address (Reply-To)",
     prog="outlook_desktop", labels=["question"], entities={"name": "Renee Abbott"},
     note="Question about her old address; written from work but asks to be answered at her personal Reply-To, so ack_to is the Reply-To.",
     ack="renee.abbott.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 14:05:00", client="outlook_desktop", frm=("Abbott, Renee", "rabbott@cedarridgetool.com"),
                          mailbox="powerhousecatalog", subject="Question about the letter - please reply to my personal e-mail",
                          reply_to=("Renee Abbott", "renee.abbott.ia@gmail.com"),
                          new="Hi,\n\nPlease reply to my personal e-mail (renee.abbott.ia@gmail.com), not this work address.\n\n"
                              "I got your letter at my home address. Was my old address on 5th Avenue in Marion also in those files? I "
                              "moved in January and I'm worried mail with my name on it is still going there.\n\nRenee Abbott\n\n"
                              "Cedar Ridge Tool & Die | Quality Department\nThis e-mail and any attachments are intended solely for the "
                              "addressee and may contain confidential information.")


@msg("delete-and-stop-proton", "2025-03-07 15:30:00", "powerhousecatalog", "delete request (unclear)", "stop the catalog AND delete me from every file",
     prog="proton", labels=["marketing_opt_out", "question"], unclear=True,
     note="Clear catalog stop plus deletion of everything: LABELS makes deletion 'unclear plus question'; the explicit marketing stop is kept as a label so staff see it, but unclear routes the whole message to review.",
     ack="w.hale@proton.me")
def _(rng):
    return compose.person(rng, at="2025-03-07 15:30:00", client="proton", frm=("W. Hale", "w.hale@proton.me"),
                          mailbox="powerhousecatalog", subject="Removal and deletion",
                          new="Remove me from the catalog mailing list, and delete my name and address from every file and database "
                              "you have, including anything you gave to Lakeshore. I want written confirmation once it's done.\n\n"
                              "Sent with Proton Mail secure email.")


@msg("spanglish-share-yesenia", "2025-03-07 16:48:00", "powerhousecatalog", "catalog-share opt-out", "Spanglish: very upset, no more sharing with anyone",
     lang="mixed", prog="iphone", labels=["catalog_share_opt_out"], entities={"name": "Yesenia Morales"},
     note="Spanish/English mix: 'No more sharing my info ... ni con otras compañías ni con nadie' is a sharing opt-out; 'estoy muy molesta' is anger, not a question.",
     ack="yesemorales@icloud.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 16:48:00", client="iphone", frm=("Yesenia Morales", "yesemorales@icloud.com"),
                          mailbox="powerhousecatalog", subject="Mi información",
                          new="Hola. Estoy muy molesta con esto. No more sharing my info ok?? Ni con imprentas ni con otras compañías "
                              "ni con nadie.\n\nYesenia Morales\n\nEnviado desde mi iPhone")


@msg("as-i-asked-before", "2025-03-07 17:20:00", "powerhousecatalog", "unclear", "'do the same for the address on Ridgeway'",
     prog="yahoo", unclear=True, entities={"name": "Mark"},
     note="Refers to an earlier e-mail without saying what was asked ('do the same for the address on Ridgeway'): unclear (LABELS).",
     ack="mkjellberg@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 17:20:00", client="yahoo", frm=("Mark Kjellberg", "mkjellberg@yahoo.com"),
                          mailbox="powerhousecatalog", subject="my other address",
                          new="Hi, as I asked in my e-mail last week, please do the same for the address on Ridgeway Dr too. That's "
                              "my mom's old house but the catalog still comes there.\n\nMark")


@msg("nancy-reply-to-ack", "2025-03-07 08:55:00", "customercare", "question (reply to our ack)", "asks whether sharing continues during the 10 business days",
     prog="gmail", labels=["question"], entities={"name": "Nancy"},
     note="A person replying to our acknowledgement with a new question needs an answer: question, not a loop. Her earlier opt-out is not repeated.",
     ack="nthorsby@gmail.com")
def _(rng):
    case = "CC-2025-03-06318"
    return compose.person(rng, at="2025-03-07 08:55:00", client="gmail", frm=("Nancy Thorsby", "nthorsby@gmail.com"),
                          mailbox="customercare", subject="Re: " + ack_subject(case),
                          new="Thanks for the quick reply. You say 10 business days. Does that mean my name could still be shared "
                              "with another catalog until then? Is there a list going out soon?\n\nNancy",
                          quote=rq_ack(case, "2025-03-06 12:40:00", "nthorsby@gmail.com"),
                          irt=ours.ack_msgid(case), refs=ours.ack_msgid(case))


@msg("cold-sales-idguardian", "2025-03-07 09:30:00", "powerhousecatalog", "vendor cold outreach", "identity-protection vendor bulk pitch",
     prog="SendGrid bulk", automated=True,
     note="Bulk marketing from an identity-protection vendor to our catalog address: cold sales, automated.")
def _(rng):
    html = ("<html><body style=\"font-family:Segoe UI,Arial;background:#eef3f8\"><table width=\"620\" align=\"center\" style=\"background:#fff\">"
            "<tr><td style=\"padding:28px\"><h2 style=\"color:#1a4b8c\">Breach Response Bundles for Retail &amp; Utility Brands</h2>"
            "<p>When a vendor incident hits the news, customers expect more than a letter. IdentityGuardian Pro lets you offer "
            "<b>12 months of 3-bureau monitoring</b>, dark-web scans and $1M identity-theft insurance, live in 48 hours.</p>"
            "<ul><li>Enrollment codes printed on your follow-up letter</li><li>Bilingual call center (English/Spanish)</li>"
            "<li>Pay only for customers who enroll</li></ul><p><a href=\"https://identityguardianpro.com/breach-bundles?src=ph\">"
            "Get pricing for PowerHouse Catalog</a></p><p style=\"font-size:11px;color:#888\">You received this message as a business "
            "contact. <a href=\"https://identityguardianpro.com/unsubscribe\">Unsubscribe</a> | IdentityGuardian Pro, 4400 Lakeview "
            "Pkwy, Plano, TX 75024</p></td></tr></table></body></html>\n")
    return m.html_mail(rng, at="2025-03-07 09:30:00", mailbox="powerhousecatalog", env_from="bounces+77120@em.identityguardianpro.com",
                       frm=("IdentityGuardian Pro", "partners@identityguardianpro.com"),
                       subject="PowerHouse Catalog: give affected customers peace of mind in 48 hours", html=html,
                       esp="sendgrid", domain="identityguardianpro.com",
                       list_headers=["List-Unsubscribe: <https://identityguardianpro.com/unsubscribe?e=ph>", "Precedence: bulk"])


@msg("curtis-back-in-share", "2025-03-07 10:02:00", "powerhousecatalog", "opt-in + catalog-share opt-out", "changed his mind: keep catalog after all, but no sharing",
     prog="gmail", labels=["catalog_share_opt_out", "question"], entities={"name": "Curtis Flanagan"},
     note="Opting back in to the catalog he stopped yesterday is a question (LABELS); his new sharing refusal is a clear share opt-out. Yesterday's stop is not repeated.",
     ack="cflanagan.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 10:02:00", client="gmail", frm=("Curtis Flanagan", "cflanagan.ia@gmail.com"),
                          mailbox="powerhousecatalog", subject="catalog - never mind",
                          new="I was in a mood yesterday when I wrote. Please keep sending the catalog after all, my wife orders from "
                              "it and she was not happy with me.\n\nBut I thought about it and I don't want my name shared with other "
                              "companies either.\n\nCurtis Flanagan")


@msg("data-access-margaret", "2025-03-07 12:20:00", "powerhousecatalog", "question (data access)", "formal request for a copy of her data",
     prog="thunderbird", labels=["question"], entities={"name": "Margaret Lindqvist", "postal_code": "50677"},
     note="Request for a copy of her data and sharing history: a clear question (LABELS: access requests are questions, not unclear).",
     ack="mlindqvist@butler-rtc.net")
def _(rng):
    return compose.person(rng, at="2025-03-07 12:20:00", client="thunderbird", frm=("Margaret Lindqvist", "mlindqvist@butler-rtc.net"),
                          mailbox="powerhousecatalog", subject="Request for a copy of my personal information",
                          isp=("mail.butler-rtc.net", "208.107.44.19", None),
                          new="Dear Sirs,\n\nFollowing your letter dated March 3, 2025, I ask that you send me a copy of all personal "
                              "information the PowerHouse Catalog holds about me, including the mailing list record that was "
                              "provided to Lakeshore Print & Mail Services, and the dates on which my name was shared with any "
                              "other company.\n\nI would prefer to receive this by post.\n\nYours faithfully,\n\nMargaret Lindqvist\n"
                              "118 Prospect St\nWaverly, IA 50677\n")


@msg("phish-account-locked", "2025-03-07 13:50:00", "customercare", "spam/phishing", "fake 'account restricted' security notice",
     prog="phishing kit", automated=True,
     note="Phishing impersonating Alliant security after the incident (lookalike domain, credential link); automated.")
def _(rng):
    html = ("<html><body style=\"font-family:Arial\"><img src=\"http://alliantenergy-verify.net/img/logo.png\" alt=\"Alliant Energy\">"
            "<p>Dear Customer,</p><p>Due to the recent security incident involving one of our vendors, your online account has been "
            "<b>temporarily restricted</b> to protect your information.</p><p>To restore access and avoid interruption of your "
            "electric and gas service, please sign in and confirm your billing details:</p><p><a href=\"http://alliantenergy-verify.net/login\">"
            "https://www.alliantenergy.com/restore-account</a></p><p>If you do not confirm within 24 hours your account will be "
            "suspended.</p><p>Thank you,<br>Alliant Energy Security Team</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-07 13:50:00", mailbox="customercare", env_from="admin@alliantenergy-verify.net",
                       frm=("Alliant Energy", "security@alliantenergy-verify.net"),
                       subject="Your account has been temporarily restricted due to a security incident", html=html,
                       sketch=("alliantenergy-verify.net", "45-61-137-80.static.hostbrr.net", "45.61.137.80"),
                       to="customercare@alliant-energy.com")


@msg("freeze-fee-craig", "2025-03-07 14:40:00", "customercare", "question", "froze credit, wants reimbursement for costs",
     prog="yahoo", labels=["question"], entities={"name": "Craig Pedersen"},
     note="Reimbursement and claim-form questions: question.",
     ack="cpedersen72@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-07 14:40:00", client="yahoo", frm=("Craig Pedersen", "cpedersen72@yahoo.com"),
                          mailbox="customercare", subject="Reimbursement for credit freeze",
                          new="Hello,\n\nI froze my credit at all three bureaus like your letter suggested. The freeze itself was free "
                              "but TransUnion made me request a PIN by mail, I paid for an overnight letter to get it faster, and I took a "
                              "half day off work to get it all done.\n\nWill Alliant reimburse me for that? Is there a claim form?\n\n"
                              "Craig Pedersen")


@msg("hold-complaint-ox", "2025-03-07 16:05:00", "customercare", "complaint", "on hold 40 minutes, was my info really in it?",
     prog="ox", labels=["question"], entities={},
     note="Complaint about the hotline plus a question whether his data was really in the files: question.",
     ack="rjbuckholz@comcast.net")
def _(rng):
    return compose.person(rng, at="2025-03-07 16:05:00", client="ox", frm=("R J Buckholz", "rjbuckholz@comcast.net"),
                          mailbox="customercare", subject="Your 800 number",
                          new="I called your 800 number twice today and sat on hold for 40 minutes then got disconnected. What is the "
                              "point of a hotline if nobody answers it?\n\nAll I want to know is if my information was actually in "
                              "those files or if this is just a blanket letter you sent to everybody.", tz=-6)


# ====================================================================== Sat 8 March
@msg("demand-gerald", "2025-03-08 09:15:00", "customercare", "complaint / legal threat", "formal demand for $500 or small claims",
     prog="outlookcom", labels=["question"], entities={"name": "Gerald P. Mikkelsen", "postal_code": "52405"},
     note="Demand letter threatening small-claims court: question (route to legal). Name kept as written, middle initial included.",
     ack="gpmikkelsen@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 09:15:00", client="outlookcom", frm=("Gerald Mikkelsen", "gpmikkelsen@outlook.com"),
                          mailbox="customercare", subject="Formal demand - notice ref. PHN-2503",
                          new="Alliant Energy / PowerHouse Catalog\nAttn: Legal Department\n\nRe: Demand for compensation, your notice "
                              "reference PHN-2503\n\nI received your notice that my name and home address were taken from your vendor's "
                              "server. Since then I have received two suspicious phone calls and one fraudulent e-mail using your name. "
                              "I have spent more than six hours protecting myself.\n\nI demand $500.00 in compensation for my time and "
                              "distress. If I do not receive payment or a written settlement offer within fourteen (14) days of this "
                              "e-mail, I will file a claim in Linn County small claims court without further notice.\n\n"
                              "Gerald P. Mikkelsen\n3310 Glass Rd NE\nCedar Rapids, IA 52405")


@msg("es-daughter-for-father", "2025-03-08 10:30:00", "powerhousecatalog", "on behalf (unclear)", "Spanish: daughter writes that her father wants no more catalogs",
     lang="es", prog="gmail", unclear=True, entities={"name": "Rogelio Fuentes"},
     note="Spanish: a daughter relays her father's wish to stop the catalog; she is not the customer and does not say she is authorised: on behalf, unclear. Entity is the father.",
     ack="marisolfuentes.mx@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 10:30:00", client="gmail", frm=("Marisol Fuentes", "marisolfuentes.mx@gmail.com"),
                          mailbox="powerhousecatalog", subject="Mi papá - catálogo",
                          new="Buenos días,\n\nLes escribo por mi papá, Rogelio Fuentes. Él no usa correo electrónico. Le llegó su carta "
                              "sobre lo de la imprenta y ya no quiere recibir el catálogo ni nada de ustedes.\n\nGracias,\nMarisol Fuentes")


@msg("iphone-remove-list", "2025-03-08 11:12:00", "powerhousecatalog", "marketing opt-out", "one-liner: remove me from your mailing list",
     prog="iphone", labels=["marketing_opt_out"], entities={},
     note="'Remove me from your mailing list' to the catalog address: marketing opt-out (LABELS: catalog/mailing list removal is marketing, not sharing).",
     ack="ellenvk@icloud.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 11:12:00", client="iphone", frm=("Ellen VanKirk", "ellenvk@icloud.com"),
                          mailbox="powerhousecatalog", subject="Mailing list", new="Remove me from your mailing list.\n\nSent from my iPhone")


@msg("all-three-yahoo-mobile", "2025-03-08 12:40:00", "customercare", "opt-out + question", "stop mailing, don't share, was my electric account involved?",
     prog="yahoo_ios", labels=["marketing_opt_out", "catalog_share_opt_out", "question"], entities={},
     note="Three things in three sentences: stop mailing (marketing), don't share (sharing), and a question about his electric account and odd calls.",
     ack="tony.ferraro@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 12:40:00", client="yahoo_ios", frm=("Tony Ferraro", "tony.ferraro@yahoo.com"),
                          mailbox="customercare", subject="breach",
                          new="Stop mailing me your catalog stuff. Dont share my name with anybody. And did this have anything to "
                              "do with my electric account?? Ive been getting weird calls all week\n\nSent from Yahoo Mail for iPhone")


@msg("long-vent-facebook", "2025-03-08 14:05:00", "powerhousecatalog", "complaint", "long rambling vent, no request",
     prog="gmail", labels=["question"], entities={"name": "Sherri"},
     note="Long complaint with no concrete request; a complaint is a question under LABELS (a person should answer). No opt-out despite 'never buying again'.",
     ack="sherrilynn.paulsen@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 14:05:00", client="gmail", frm=("Sherri Lynn Paulsen", "sherrilynn.paulsen@gmail.com"),
                          mailbox="powerhousecatalog", subject="Really??",
                          new="So let me get this straight. You give my name and address to some printing company in MICHIGAN, they "
                              "leave it sitting on a computer for who knows how long, somebody hacks it, and then you wait a whole month "
                              "to tell me?? And the letter says \"you do not need to do anything\" like that makes it ok.\n\n"
                              "My neighbor got the same letter and she's 80 and now she won't answer her phone because she thinks "
                              "everybody is a scammer. My husband says I'm overreacting because it's \"just an address\" but it's MY "
                              "address and I didn't say you could give it to anybody in Michigan.\n\n"
                              "I've bought from your catalog for 15 years. The bird seed, the heated water dish, the Christmas lights, the "
                              "whole thing. I'm honestly so disappointed. I posted about it in our neighborhood Facebook group and half the "
                              "street got the letter. Nobody knows what to do.\n\n"
                              "I don't even know what I want from you. I just want somebody to know this is not ok.\n\nSherri")


@msg("widow-marlene", "2025-03-08 15:30:00", "powerhousecatalog", "question", "letter addressed to late husband: was his info in it, what should I do?",
     prog="ox", labels=["question"], entities={"name": "Marlene Kowalczyk"},
     note="Questions about her late husband's name on the letter and what to do: question. She asks for guidance for her own household, no opt-out on his behalf, so no standing problem; entity is her signature.",
     ack="mkowalczyk@comcast.net")
def _(rng):
    return compose.person(rng, at="2025-03-08 15:30:00", client="ox", frm=("Marlene Kowalczyk", "mkowalczyk@comcast.net"),
                          mailbox="powerhousecatalog", subject="Letter to my husband",
                          new="Hello,\n\nThe letter came addressed to my husband Stanley, who passed away in 2021. Was his information in "
                              "the breach too, or just the name on the label? Do I have to tell the credit bureaus he passed? I don't "
                              "know how these things work and my son lives out of state.\n\nThank you for any help.\n\nMarlene Kowalczyk",
                          tz=-6)


@msg("phish-credit-alert", "2025-03-08 16:10:00", "powerhousecatalog", "spam/phishing", "fake credit alert tied to the breach",
     prog="phishing kit", automated=True,
     note="Phishing dressed as a credit alert linked to the PowerHouse incident; automated.")
def _(rng):
    html = ("<html><body style=\"font-family:Tahoma;font-size:13px\"><div style=\"background:#163a5f;color:#fff;padding:12px\"><b>CreditAlert Center</b></div>"
            "<p>ALERT: Your personal information was detected in the <b>PowerHouse Catalog data breach</b> (ref. PHN-2503).</p>"
            "<p>A new inquiry was placed on your credit file on 03/07/2025. If you did not authorize this inquiry, lock your credit "
            "immediately.</p><p><a href=\"http://creditalert-center.info/lock?c=PHN2503\" style=\"color:#c00\">LOCK MY CREDIT NOW</a></p>"
            "<p style=\"font-size:10px;color:#999\">To stop receiving alerts reply STOP. CreditAlert Center is not affiliated with any credit bureau.</p>"
            "</body></html>\n")
    return m.html_mail(rng, at="2025-03-08 16:10:00", mailbox="powerhousecatalog", env_from="alerts@creditalert-center.info",
                       frm=("CreditAlert Center", "alerts@creditalert-center.info"),
                       subject="ALERT: New inquiry on your credit file - PowerHouse breach", html=html,
                       sketch=("creditalert-center.info", "ip-172-105-88-14.linodeusercontent-cloud.com", "172.105.88.14"),
                       to="powerhousecatalog@alliant-energy.com")


@msg("teen-mom-scam", "2025-03-08 19:45:00", "powerhousecatalog", "question", "teenager asks if mom's letter is a scam",
     prog="gmail_ios", labels=["question"], entities={},
     note="A teenager asks whether the letter her mother got is real: a question anyone may ask; no request on the mother's behalf, so no standing issue.",
     ack="kaylee.j.moreno@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-08 19:45:00", client="gmail_ios", frm=("Kaylee Moreno", "kaylee.j.moreno@gmail.com"),
                          mailbox="powerhousecatalog", subject="is this real",
                          new="hi my mom got a letter from you guys in the mail and she thinks its a scam, is it real? she doesnt want "
                              "to call bc she thinks the phone number on it is fake too lol. the letter says reference PHN-2503\n\nthanks")
