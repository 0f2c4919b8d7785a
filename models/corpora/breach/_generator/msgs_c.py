"""Sun 9 - Thu 13 March 2025 (daylight saving time starts Sunday 2 a.m.: our hosts move to CDT)."""
import compose
import machines as m
import mailgen as g
import ours
from registry import msg, NOTICE_RE, NOTICE_RE_OL, rq_notice, fq_notice, rq_ack, ack_subject, ack_time

S = ours.NOTICE_SUBJECT
RACHEL_FIRST = "<CAJx8Rw3pK2mQ7vL0tYh9dN4eFb6sU1oXcA5gZ=kWn+3rT_mP8Q@mail.gmail.com>"


# ====================================================================== Sun 9 March
@msg("scam-alert-weekly", "2025-03-09 06:00:00", "customercare", "list/newsletter", "consumer newsletter warning about the phishing",
     prog="SendGrid newsletter", automated=True,
     note="Consumer-watch newsletter (List-Id, List-Unsubscribe) that warns about phishing using our incident; bulk, automated.")
def _(rng):
    text = ("PRAIRIE CONSUMER WATCH - Scam Alert Weekly\nSunday, March 9, 2025\n\n"
            "THIS WEEK: Fake 'PowerHouse Catalog compensation' e-mails\n"
            "After a real notice about a printing-vendor incident went to PowerHouse Catalog customers, scammers began sending "
            "e-mails promising $150 'settlement payments'. The real notice asks for nothing. Never give your Social Security number "
            "to claim a payment you did not apply for.\n\n"
            "ALSO: Utility disconnection calls are back. Alliant, MidAmerican and MGE do not demand payment by gift card.\n\n"
            "You are receiving this because you subscribed at prairieconsumerwatch.org.\n"
            "Manage preferences or unsubscribe: https://prairieconsumerwatch.org/u?e=customercare%40alliant-energy.com\n")
    html = ("<html><body style=\"font-family:Georgia;max-width:640px\"><h1 style=\"color:#8a2b06\">Scam Alert Weekly</h1>"
            "<p><i>Prairie Consumer Watch &middot; Sunday, March 9, 2025</i></p><h3>Fake &lsquo;PowerHouse Catalog compensation&rsquo; e-mails</h3>"
            "<p>After a real notice about a printing-vendor incident went to PowerHouse Catalog customers, scammers began sending "
            "e-mails promising $150 &lsquo;settlement payments&rsquo;. The real notice asks for nothing. Never give your Social Security "
            "number to claim a payment you did not apply for.</p><h3>Also</h3><p>Utility disconnection calls are back. Alliant, "
            "MidAmerican and MGE do not demand payment by gift card.</p><p style=\"font-size:11px;color:#777\">You are receiving this "
            "because you subscribed at prairieconsumerwatch.org. <a href=\"https://prairieconsumerwatch.org/u?e=customercare%40alliant-energy.com\">"
            "Manage preferences or unsubscribe</a>.</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-09 06:00:00", mailbox="customercare", env_from="bounces+11904@em.prairieconsumerwatch.org",
                       frm=("Prairie Consumer Watch", "alerts@prairieconsumerwatch.org"),
                       subject="Scam Alert Weekly: fake PowerHouse 'compensation' e-mails", esp="sendgrid",
                       domain="prairieconsumerwatch.org", text=text, html=html,
                       list_headers=["List-Id: Scam Alert Weekly <scam-alert.prairieconsumerwatch.org>",
                                     "List-Unsubscribe: <mailto:unsubscribe@prairieconsumerwatch.org?subject=unsubscribe>, <https://prairieconsumerwatch.org/u?e=customercare%40alliant-energy.com>",
                                     "Precedence: bulk"])


@msg("tech-questions-ben", "2025-03-09 08:40:00", "powerhousecatalog", "question", "numbered technical questions, own-domain Thunderbird",
     prog="thunderbird", labels=["question"], entities={"name": "Ben Ostrowski"},
     note="Technical questions about encryption, exfiltration, record counts and the report: question. His vacation responder later answers our acknowledgement (loop trap).",
     ack="ben@ostrowski-home.net")
def _(rng):
    return compose.person(rng, at="2025-03-09 08:40:00", client="thunderbird", frm=("Ben Ostrowski", "ben@ostrowski-home.net"),
                          mailbox="powerhousecatalog", subject="Lakeshore incident - technical questions",
                          isp=("mail.ostrowski-home.net", "66.42.91.203", "mail"), tz=-6,
                          new="Hello,\n\nA few questions about the notice, if someone technical can answer:\n\n"
                              "1. Were the mailing list files encrypted at rest on Lakeshore's server?\n"
                              "2. Did the forensic firm confirm exfiltration, or only access?\n"
                              "3. How many records in total, and how many of them PowerHouse customers?\n"
                              "4. Will you publish the final forensic report, or at least a summary?\n\n"
                              "Thanks,\nBen Ostrowski\n\n-- \nBen Ostrowski\nhttps://ostrowski-home.net\n")


@msg("loop-sieve-ben", "2025-03-09 08:41:30", "customercare", "auto-reply (loop trap)", "sieve vacation reply to our acknowledgement",
     prog="Dovecot Sieve vacation", automated=True,
     note="LOOP TRAP: vacation responder answering our acknowledgement [CC-2025-03-09077]; Auto-Submitted: auto-replied (vacation).")
def _(rng):
    return m.sieve_vacation(rng, at="2025-03-09 08:41:30", frm=("Ben Ostrowski", "ben@ostrowski-home.net"), mailbox="customercare",
                            subject=ack_subject("CC-2025-03-09077"), irt=ours.ack_msgid("CC-2025-03-09077"),
                            text="I'm backpacking in the Porcupine Mountains until March 16 with no signal.\n"
                                 "I'll answer when I'm back.\n\n-- Ben\n",
                            isp=("mail.ostrowski-home.net", "66.42.91.203", "mail"))


@msg("email-included-question", "2025-03-09 09:20:00", "customercare", "question", "was my e-mail in it? more spam since last week",
     prog="gmail", labels=["question"], entities={},
     note="Asks whether her e-mail address was included: question.",
     ack="hollyann.steiner@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-09 09:20:00", client="gmail", frm=("Holly Steiner", "hollyann.steiner@gmail.com"),
                          mailbox="customercare", subject="Was my email part of this?",
                          new="Your letter says e-mail addresses weren't in the files, but I've been getting a ton more spam since last "
                              "week, including two that pretended to be from PowerHouse. Are you sure my e-mail wasn't included? Did "
                              "Lakeshore ever have it?")


@msg("es-delete-guadalupe", "2025-03-09 11:05:00", "powerhousecatalog", "delete request (unclear)", "Spanish: delete all my data, ISO-8859-1 Outlook",
     lang="es", prog="outlookcom", labels=["question"], unclear=True,
     entities={"name": "Guadalupe Serrano", "postal_code": "52738"},
     note="Spanish 'borren todos mis datos': deletion of everything is unclear plus question (LABELS). No explicit catalog stop.",
     ack="guadalupe.serrano@hotmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-09 11:05:00", client="outlookcom", frm=("Guadalupe Serrano", "guadalupe.serrano@hotmail.com"),
                          mailbox="powerhousecatalog", subject="Borrar mis datos",
                          new="Quiero que borren todos mis datos de su sistema. Nombre, dirección, todo. Ya no confío en ustedes.\n\n"
                              "Guadalupe Serrano\nColumbus Junction, IA 52738")


@msg("dnsmpi-ahmed", "2025-03-09 12:30:00", "powerhousecatalog", "catalog-share opt-out", "'Do Not Sell My Personal Information' with name and address",
     prog="gmail", labels=["catalog_share_opt_out"], entities={"name": "Ahmed Farouk", "postal_code": "52241"},
     note="CCPA-style 'do not sell, rent, share or exchange' with full address: share opt-out only.",
     ack="ahmed.farouk.cv@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-09 12:30:00", client="gmail", frm=("Ahmed Farouk", "ahmed.farouk.cv@gmail.com"),
                          mailbox="powerhousecatalog", subject="Do Not Sell My Personal Information",
                          new="Please do not sell, rent, share or exchange my personal information with any third party.\n\n"
                              "Name: Ahmed Farouk\nAddress: 2207 Brookview Ct, Coralville, IA 52241")


@msg("both-outlook-janet", "2025-03-09 14:15:00", "powerhousecatalog", "both opt-outs", "Outlook reply to the notice: no more catalogs, no sharing",
     prog="outlookcom", labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Janet Vogel"},
     note="Top-posted Outlook reply quoting the notice: no more catalogs (marketing) and no sharing (share). Quoted 'Dear Janet Vogel' is ours; her signature carries the entity.",
     ack="janetvogel@live.com")
def _(rng):
    return compose.person(rng, at="2025-03-09 14:15:00", client="outlookcom", frm=("Janet Vogel", "janetvogel@live.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE_OL,
                          new="I've gotten your catalog for years and never once thought about where my name goes. Now I do.\n\n"
                              "No more catalogs, please, and no more sharing my name with anyone.\n\nThank you,\nJanet Vogel",
                          quote=rq_notice("Janet Vogel"), irt=ours.notice_msgid(44502), refs=ours.notice_msgid(44502))


@msg("apple-mail-unsub", "2025-03-09 16:00:00", "powerhousecatalog", "List-Unsubscribe mailto (marketing opt-out)",
     "Apple Mail unsubscribe banner, empty body",
     prog="Apple Mail (List-Unsubscribe mailto:)", labels=["marketing_opt_out"],
     note="Apple Mail's Unsubscribe banner mailed our List-Unsubscribe address (subject 'unsubscribe', empty body): human opt-out, ack to the sender.",
     ack="dlmcgraw@me.com")
def _(rng):
    return compose.person(rng, at="2025-03-09 16:00:00", client="applemail", frm=("Dennis McGraw", "dlmcgraw@me.com"),
                          mailbox="powerhousecatalog", subject="unsubscribe", new="", fmt="plain")


# ====================================================================== Mon 10 March
@msg("inbox-cleaner-unsub", "2025-03-10 02:14:00", "powerhousecatalog", "List-Unsubscribe mailto via service (marketing opt-out, no ack)",
     "inbox-cleaning service unsubscribes for a user, Auto-Submitted",
     prog="inbox-cleaning service via Gmail API", labels=["marketing_opt_out"],
     note="An inbox-cleaning service mailed our List-Unsubscribe address for the user: not automated, marketing_opt_out, but it carries Auto-Submitted so ack_to is null (RFC 3834).",
     ack=None)
def _(rng):
    return compose.person(rng, at="2025-03-10 02:14:00", client="gmail", frm=("Tamara Lindgren", "tlindgren2@gmail.com"),
                          mailbox="powerhousecatalog", subject="unsubscribe",
                          new="Unsubscribe request sent by ClearInbox on behalf of tlindgren2@gmail.com.", fmt="plain",
                          extra=["Auto-Submitted: auto-generated", "X-Mailer: ClearInbox Unsubscribe Agent 2.4"])


@msg("vendor-forensic-summary", "2025-03-10 09:00:00", "powerhousecatalog", "vendor notification", "vendor's forensic summary update #4",
     prog="Amazon SES (vendor client portal)", automated=True,
     note="Vendor client-portal broadcast with the forensic summary; automated.")
def _(rng):
    text = ("LAKESHORE PRINT & MAIL SERVICES, INC.\nClient Incident Update #4 - Forensic Summary - Reference LPMS-IR-0211\n\n"
            "Dear Valued Client,\n\nOur forensic partner has completed its investigation. Key findings:\n\n"
            "1. The unauthorized access began with a compromised remote-access account on January 27, 2025.\n"
            "2. The actor accessed the job-file share on FS-02. Transfer logs show approximately 1.9 GB left the network on February 2.\n"
            "3. The share held print-ready mailing lists (name, postal address, client keycode). No payment or government ID data "
            "was stored on FS-02.\n4. There is no evidence of access to other systems.\n\n"
            "Lakeshore is offering affected individuals 12 months of credit monitoring at its own expense; clients who wish to "
            "include enrollment codes in follow-up mailings should contact their account manager.\n\n"
            "This message was sent from an unattended mailbox. Replies are not monitored.\n"
            "Lakeshore Print & Mail Services, Inc. | 1800 Harbor Industrial Dr. | Muskegon, MI 49442\n")
    return m.html_mail(rng, at="2025-03-10 09:00:00", mailbox="powerhousecatalog",
                       env_from="0100019581d0aa17-client-portal@notify.lakeshoreprintmail.com",
                       frm=("Lakeshore Print & Mail Client Portal", "noreply@notify.lakeshoreprintmail.com"),
                       subject="Client Incident Update #4 - Forensic Summary - LPMS-IR-0211", esp="ses",
                       domain="notify.lakeshoreprintmail.com", text=text, html=None, charset="us-ascii", cte="7bit",
                       extra=["X-LPMS-Notice: client-broadcast"])


@msg("address-change-douglas", "2025-03-10 09:40:00", "customercare", "question (change of address)", "letter went to old address; update it",
     prog="yahoo", labels=["question"], entities={"name": "Douglas Pruett", "postal_code": "52328"},
     note="Change of address plus 'how did you still have my old address?': question. Two addresses in the text; the entity ZIP is the new one where he lives (the old address has no ZIP).",
     ack="dpruett1961@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 09:40:00", client="yahoo", frm=("Douglas Pruett", "dpruett1961@yahoo.com"),
                          mailbox="customercare", subject="Wrong address on your letter",
                          new="Your letter went to my old house at 1414 Elm St in Hiawatha. The new owners dropped it off to me. I "
                              "moved out in 2022.\n\nMy address now is 88 Willow Bend Rd, Robins, IA 52328. Please update it and make sure "
                              "the old address isn't used anymore. And how did you still have my old address in 2025??\n\nDouglas Pruett")


@msg("preservation-letter", "2025-03-10 10:20:00", "customercare", "legal (question)", "attorney's evidence-preservation letter for a client, windows-1252",
     prog="outlook_desktop", labels=["question"], entities={"name": "Andrea Whitlock"},
     note="An attorney writing for a named client with a preservation demand: needs legal's answer, question. Entity is the client the letter is for (title 'Ms.' dropped). Not automated: a person wrote it to us.",
     ack="mcole@colesandoval-law.com")
def _(rng):
    pdf = (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return compose.person(rng, at="2025-03-10 10:20:00", client="outlook_desktop", frm=("Meredith Cole", "mcole@colesandoval-law.com"),
                          mailbox="customercare", subject="Preservation demand \u2013 PowerHouse Catalog incident (PHN-2503) \u2013 A. Whitlock",
                          charset="windows-1252", subj_mode="Q",
                          new="To the Legal Department, Alliant Energy Corporation / PowerHouse Catalog:\n\n"
                              "This firm represents Ms. Andrea Whitlock in connection with the data security incident described in your "
                              "notice dated March 3, 2025 (reference PHN-2503). Please forward this letter to your legal department.\n\n"
                              "You are requested to preserve all documents and electronically stored information relating to the "
                              "incident, including your agreement(s) with Lakeshore Print & Mail Services, Inc., the customer files "
                              "transmitted to Lakeshore since January 1, 2024, and all communications with Lakeshore concerning the "
                              "incident. This obligation extends to e-mail, backup media and logs.\n\n"
                              "Please direct all communications about Ms. Whitlock to the undersigned. A signed copy of this letter is "
                              "attached.\n\nVery truly yours,\n\nMeredith Cole\nCole & Sandoval PLLC\n425 2nd St SE, Suite 610 \u2022 "
                              "Cedar Rapids, IA 52401\n(319) 555-0151\n\nThis message may contain privileged and confidential "
                              "attorney\u2013client communications. If you are not the intended recipient, please delete it.",
                          attachments=[("application/pdf", pdf, "Whitlock_Preservation_Letter_2025-03-10.pdf")])


@msg("see-you-in-court", "2025-03-10 11:02:00", "powerhousecatalog", "complaint / legal threat", "short angry threat",
     prog="gmail_android", labels=["question"], entities={},
     note="Short legal threat, no request: complaint, question. Nothing to opt out of.",
     ack="tbaumgartner.dbq@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 11:02:00", client="gmail_android", frm=("Troy Baumgartner", "tbaumgartner.dbq@gmail.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE,
                          new="You people are a joke. Expect to hear from my lawyer.",
                          quote=rq_notice("Troy Baumgartner"), irt=ours.notice_msgid(9934), refs=ours.notice_msgid(9934))


@msg("es-no-catalog", "2025-03-10 12:15:00", "powerhousecatalog", "marketing opt-out", "Spanish: don't send me the catalog anymore",
     lang="es", prog="gmail", labels=["marketing_opt_out"], entities={},
     note="Spanish 'Ya no me manden el catálogo': marketing opt-out.",
     ack="lety.saucedo82@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 12:15:00", client="gmail", frm=("Leticia Saucedo", "lety.saucedo82@gmail.com"),
                          mailbox="powerhousecatalog", subject="catálogo",
                          new="Ya no me manden el catálogo por favor. Gracias.")


@msg("aol-fwd-is-real", "2025-03-10 13:30:00", "powerhousecatalog", "question", "AOL forward, new text only 'Is this real?'",
     prog="aol", labels=["question"], entities={},
     note="Three-word question over a full forwarded notice: question. Everything else is our text.",
     ack="ronnie.hesse@aol.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 13:30:00", client="aol", frm=("Ronald Hesse", "ronnie.hesse@aol.com"),
                          mailbox="powerhousecatalog", subject="Fw: " + S, new="Is this real?",
                          quote=fq_notice("Ronald Hesse", "ronnie.hesse@aol.com", to_name="Ronald Hesse"))


@msg("empty-reply-outlook", "2025-03-10 14:48:00", "powerhousecatalog", "unclear", "reply to the notice with no new text",
     prog="outlookcom", unclear=True,
     note="Reply whose new text is empty (only the quoted notice): unclear (LABELS).",
     ack="bettyjo.kramer@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 14:48:00", client="outlookcom", frm=("Betty Jo Kramer", "bettyjo.kramer@outlook.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE_OL, new="\n",
                          quote=rq_notice("Betty Jo Kramer"), irt=ours.notice_msgid(20877), refs=ours.notice_msgid(20877))


@msg("es-kids-freeze", "2025-03-10 16:20:00", "customercare", "question", "Spanish: should I freeze my children's credit?",
     lang="es", prog="yahoo", labels=["question"], entities={},
     note="Spanish question about freezing the children's credit: question.",
     ack="adriana.lozano.mu@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 16:20:00", client="yahoo", frm=("Adriana Lozano", "adriana.lozano.mu@yahoo.com"),
                          mailbox="customercare", subject="Congelar crédito de mis hijos",
                          new="Hola, buenas tardes.\n\n¿Debo congelar el crédito de mis hijos también? Tienen 9 y 12 años. La carta no "
                              "dice nada de niños y en el banco me dijeron que depende. ¿Qué me recomiendan?\n\nMuchas gracias.")


@msg("share-plus-history-wendell", "2025-03-10 18:05:00", "powerhousecatalog", "opt-out + question", "don't share anymore; how often was I shared and with whom?",
     prog="gmail", labels=["catalog_share_opt_out", "question"], entities={"name": "Wendell Okonkwo"},
     note="Refuses future sharing (share opt-out) and asks how often and with which catalogs his name was shared (question).",
     ack="wokonkwo@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 18:05:00", client="gmail", frm=("Wendell Okonkwo", "wokonkwo@gmail.com"),
                          mailbox="powerhousecatalog", subject="Sharing my name",
                          new="Don't share my name with other companies anymore.\n\nAlso, how many times has my name been shared in "
                              "the past three years, and with which catalogs? I'd like to know who else might have my address now.\n\n"
                              "Wendell Okonkwo")


@msg("es-saquenme", "2025-03-10 20:30:00", "customercare", "unclear", "Spanish: 'Por favor sáquenme.' with no object",
     lang="es", prog="gmail_android", unclear=True,
     note="Spanish 'take me out/off' with nothing saying of what (catalog? lists? account?): no object, no context, unclear.",
     ack="fidel.ochoa71@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-10 20:30:00", client="gmail_android", frm=("Fidel Ochoa", "fidel.ochoa71@gmail.com"),
                          mailbox="customercare", subject="", new="Por favor sáquenme.")


# ====================================================================== Tue 11 March
@msg("phish-docusign", "2025-03-11 07:45:00", "customercare", "spam/phishing", "fake e-signature 'settlement agreement'",
     prog="phishing kit", automated=True,
     note="Phishing posing as an e-signature request for a 'PowerHouse settlement agreement'; automated.")
def _(rng):
    html = ("<html><body style=\"font-family:Helvetica;background:#eaeaea\"><table width=\"560\" align=\"center\" style=\"background:#fff\">"
            "<tr><td style=\"background:#1e2b4a;color:#fff;padding:16px\"><b>eSign Review</b></td></tr><tr><td style=\"padding:24px\">"
            "<p>PowerHouse Catalog Legal sent you a document to review and sign.</p><p style=\"font-size:18px\"><b>Settlement_Agreement_PHN-2503.pdf</b></p>"
            "<p><a href=\"http://esign-envelope-review.com/e/PHN2503?u=customercare\" style=\"background:#f2b600;color:#000;padding:12px 24px;"
            "text-decoration:none\">REVIEW DOCUMENT</a></p><p style=\"font-size:12px;color:#666\">Sign in with your e-mail password to view. "
            "This link expires in 24 hours.</p></td></tr></table></body></html>\n")
    return m.html_mail(rng, at="2025-03-11 07:45:00", mailbox="customercare", env_from="dse@esign-envelope-review.com",
                       frm=("PowerHouse Legal via eSign", "dse_na4@esign-envelope-review.com"),
                       subject="Please review and sign: Settlement_Agreement_PHN-2503.pdf", html=html,
                       sketch=("esign-envelope-review.com", "mail.esign-envelope-review.com", "103.151.44.9"),
                       to="customercare@alliant-energy.com")


@msg("thanks-upfront-sueann", "2025-03-11 08:30:00", "powerhousecatalog", "no action (thanks)", "thanks for being upfront, no reply needed",
     prog="gmail", labels=[], entities={"name": "Sue Ann Kimball"},
     note="A thank-you that asks for nothing and says no reply is needed: no labels, not unclear, ack_to null (LABELS: no answer is due for a thank-you).",
     ack=None)
def _(rng):
    return compose.person(rng, at="2025-03-11 08:30:00", client="gmail", frm=("Sue Ann Kimball", "sueann.kimball@gmail.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE,
                          new="Just wanted to say thank you for being straightforward about this. A lot of companies bury it or "
                              "never tell you at all. No need to reply.\n\nSue Ann Kimball",
                          quote=rq_notice("Sue Ann Kimball"), irt=ours.notice_msgid(37741), refs=ours.notice_msgid(37741))


@msg("es-why-a-month-ernesto", "2025-03-11 09:50:00", "customercare", "complaint", "Spanish: why did it take almost a month?",
     lang="es", prog="outlookcom", labels=["question"], entities={"name": "Ernesto Galván"},
     note="Spanish complaint with a direct question about the notification delay: question.",
     ack="egalvan_wl@hotmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-11 09:50:00", client="outlookcom", frm=("Ernesto Galván", "egalvan_wl@hotmail.com"),
                          mailbox="customercare", subject="¿Por qué tardaron tanto?",
                          new="Buenos días.\n\n¿Por qué se tardaron casi un mes en avisarnos? Según la carta, Lakeshore les avisó el 11 de "
                              "febrero y la carta me llegó el 7 de marzo. Eso no está bien. En ese mes alguien pudo usar mi dirección "
                              "para cualquier cosa.\n\nErnesto Galván")


@msg("suspicious-call", "2025-03-11 11:10:00", "customercare", "question", "someone called offering paid credit monitoring: was that you?",
     prog="gmail", labels=["question"], entities={"name": "Phyllis"},
     note="Reports a suspicious call and asks if it was us; 'if it was, don't call me again' is conditional on a call we would not make, so it is not taken as an opt-out: question only.",
     ack="phyllis.dvorak@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-11 11:10:00", client="gmail", frm=("Phyllis Dvorak", "phyllis.dvorak@gmail.com"),
                          mailbox="customercare", subject="Phone call yesterday",
                          new="Somebody called me yesterday afternoon saying they were from PowerHouse and offering credit monitoring "
                              "for $29.99 a month because of the breach. They already knew my name and street. Was that really you? "
                              "If it was, please don't call me again.\n\nPhyllis")


@msg("contradicting-yahoo", "2025-03-11 12:35:00", "powerhousecatalog", "unclear", "self-contradicting: stop everything... except bill and catalog",
     prog="yahoo", unclear=True, entities={"name": "Gary"},
     note="Says stop everything, then keeps the bill and the catalog, then trails off about 'whatever you're doing with our info': mixed, self-contradicting wishes: unclear (maybe a sharing opt-out, but not decidable).",
     ack="gsvoboda@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-11 12:35:00", client="yahoo", frm=("Gary Svoboda", "gsvoboda@yahoo.com"),
                          mailbox="powerhousecatalog", subject="stop",
                          new="Stop sending me everything. Well not the bill obviously. And the catalog is ok I guess, my wife likes "
                              "it. Just not... you know what I mean. Whatever it is you're doing with our info.\n\nGary")


@msg("cold-sales-followup", "2025-03-11 14:00:00", "customercare", "vendor cold outreach", "sales-sequence follow-up quoting its own first mail",
     prog="sales-engagement platform (SendGrid)", automated=True,
     note="Step two of a cold sales sequence ('Re:' of its own earlier pitch); automated even though it looks like a reply.")
def _(rng):
    prev = ("Hi there,\n\nI saw last night's KWIO story about the incident at your print vendor. When this happens to a brand, the next 30 "
            "days decide how customers feel about it.")
    text = ("Hi again,\n\nFloating this back to the top of your inbox. Lakeshore announced this morning that it is offering 12 months of "
            "monitoring; brands that add their own offer on top usually see far fewer complaints.\n\nOpen to a quick call Thursday or "
            "Friday?\n\nJordan\n\nOn Wed, Mar 5, 2025 at 10:40 AM Jordan Pike <jordan.pike@shieldpoint-identity.com> wrote:\n" +
            "\n".join("> " + l if l else ">" for l in prev.split("\n")) + "\n")
    return m.html_mail(rng, at="2025-03-11 14:00:00", mailbox="customercare", env_from="bounces+2291@em4410.shieldpoint-identity.com",
                       frm=("Jordan Pike", "jordan.pike@shieldpoint-identity.com"),
                       subject="Re: Supporting PowerHouse Catalog customers after the Lakeshore incident", esp="sendgrid",
                       domain="shieldpoint-identity.com", text=text, html=None, msgid="<sp-seq-4410-2@shieldpoint-identity.com>",
                       extra=["In-Reply-To: <sp-seq-4410-1@shieldpoint-identity.com>", "References: <sp-seq-4410-1@shieldpoint-identity.com>"])


@msg("custnum-share-lorraine", "2025-03-11 15:20:00", "powerhousecatalog", "opt-out + question", "customer number from letter: confirm name/address, remove from sharing",
     prog="outlookcom", labels=["catalog_share_opt_out", "question"],
     entities={"name": "Lorraine Szymanski", "account": "4407-18826"},
     note="Catalog customer number from the letter is an account entity. Asks to confirm what we hold (question) and to be removed from shared lists (share opt-out).",
     ack="lszymanski@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-11 15:20:00", client="outlookcom", frm=("Lorraine Szymanski", "lszymanski@outlook.com"),
                          mailbox="powerhousecatalog", subject="Customer number 4407-18826",
                          new="Hello,\n\nMy customer number on the letter is 4407-18826. The letter had my last name spelled wrong "
                              "(Szymansky), so please tell me what name and address you have on file for that number.\n\n"
                              "Also remove it from any list that gets shared with other companies.\n\nLorraine Szymanski")


@msg("journalist-followup", "2025-03-11 16:05:00", "customercare", "question", "reporter follows up quoting her own first e-mail",
     prog="gworkspace", labels=["question"], entities={"name": "Rachel Whitcomb"},
     note="Follow-up from the same reporter, quoting her own earlier e-mail (her own words count): question for communications.",
     ack="rwhitcomb@kwio7news.com")
def _(rng):
    first = ("Hello,\n\nI'm a reporter with KWIO 7 News in Cedar Rapids. Several viewers forwarded us an e-mail from PowerHouse Catalog "
             "this morning about a security incident at a printing vendor.\n\nCould someone from Alliant Energy answer a few questions "
             "for our 5 p.m. newscast?")
    q = dict(kind="reply", text=first, who=("Rachel Whitcomb", "rwhitcomb@kwio7news.com"), when=g.central("2025-03-04 10:47:00"),
             subject="Media inquiry - PowerHouse Catalog data incident (deadline 4pm today)")
    return compose.person(rng, at="2025-03-11 16:05:00", client="gworkspace", frm=("Rachel Whitcomb", "rwhitcomb@kwio7news.com"),
                          mailbox="customercare", subject="Re: Media inquiry - PowerHouse Catalog data incident (deadline 4pm today)",
                          new="Hi again,\n\nFollowing up on my note from last Tuesday. We're now working on a follow-up story about "
                              "phishing e-mails that use the PowerHouse name. Could someone speak with us on camera, or send a short "
                              "statement, by Wednesday at noon?\n\nThanks,\nRachel Whitcomb\nKWIO 7 News | 319-555-0134",
                          quote=q, irt=RACHEL_FIRST, refs=RACHEL_FIRST)
