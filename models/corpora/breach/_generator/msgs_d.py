"""Wed 12 - Thu 13 March 2025: day nine and ten."""
import compose
import machines as m
import mailgen as g
import ours
from registry import msg, NOTICE_RE, NOTICE_RE_OL, rq_notice, fq_notice, rq_ack, ack_subject, ack_time

S = ours.NOTICE_SUBJECT


# ====================================================================== Wed 12 March
@msg("phish-replacement-catalog", "2025-03-12 06:30:00", "powerhousecatalog", "spam/phishing", "confirm your address for a replacement catalog + $25 credit",
     prog="phishing kit", automated=True,
     note="Phishing asking customers to 'confirm' their mailing address and card for a $25 credit; automated.")
def _(rng):
    html = ("<html><body style=\"font-family:Arial;font-size:14px\"><div style=\"border-bottom:4px solid #e87722;padding:8px\">"
            "<b style=\"font-size:20px;color:#00395d\">PowerHouse</b> <span style=\"color:#e87722\">Catalog</span></div>"
            "<p>Dear Customer,</p><p>Because of the recent incident at our printing partner, some Spring catalogs were not mailed. "
            "To receive your <b>replacement catalog</b> and a <b>$25 store credit</b>, please confirm your mailing address and "
            "payment card on file.</p><p><a href=\"https://powerhouse-catalog-support.top/confirm?id=55102\">Confirm my address</a></p>"
            "<p>This offer expires 03/14/2025.</p><p style=\"font-size:11px;color:#999\">PowerHouse Catalog Customer Care</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-12 06:30:00", mailbox="powerhousecatalog", env_from="postmaster@powerhouse-catalog-support.top",
                       frm=("PowerHouse Catalog", "care@powerhouse-catalog-support.top"),
                       subject="Final notice: confirm your address to receive your replacement catalog", html=html,
                       sketch=("powerhouse-catalog-support.top", "vm2281.cloudvps-lt.com", "185.243.115.62"),
                       to="powerhousecatalog@alliant-energy.com")


@msg("es-both-alma", "2025-03-12 08:45:00", "powerhousecatalog", "both opt-outs", "Spanish: don't share my name, stop advertising",
     lang="es", prog="gmail", labels=["marketing_opt_out", "catalog_share_opt_out"],
     entities={"name": "Alma Reyes Quintero", "postal_code": "52761"},
     note="Spanish: 'no compartan mi nombre' (share) and 'dejen de mandarme publicidad, ni catálogos ni correos' (marketing): both.",
     ack="almareyesq@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-12 08:45:00", client="gmail", frm=("Alma Reyes", "almareyesq@gmail.com"),
                          mailbox="powerhousecatalog", subject="No compartan mi información",
                          new="Buenos días:\n\nPor favor no compartan mi nombre con nadie, y dejen de mandarme publicidad, ni catálogos ni "
                              "correos.\n\nGracias.\nAlma Reyes Quintero\nMuscatine, IA 52761")


@msg("form-roland-utility", "2025-03-12 09:30:00", "customercare", "question", "web form: does this involve my electric account?",
     prog="alliantenergy.com Contact Us form", labels=["question"],
     entities={"name": "Roland Beaudry", "account": "4120 5573 91"},
     note="Web-form relay; asks whether the breach touches his utility account: question. Ack to Reply-To (From is our no-reply relay).",
     ack="rkbeaudry@outlook.com")
def _(rng):
    return m.contact_form(rng, at="2025-03-12 09:30:00", reply_to=("Roland Beaudry", "rkbeaudry@outlook.com"),
                          fields={"Name": "Roland Beaudry", "Email": "rkbeaudry@outlook.com", "Phone": "",
                                  "ZIP code": "", "Account number (optional)": "4120 5573 91", "Topic": "Other",
                                  "Message": "I got the letter about the PowerHouse printing company but I don't shop the catalog. Does "
                                             "this breach involve my electric account or my billing information in any way? Why would "
                                             "the catalog have my name at all?"})


@msg("thanks-for-nothing", "2025-03-12 10:55:00", "powerhousecatalog", "complaint", "'Thanks for nothing.' under the notice",
     prog="iphone", labels=["question"], entities={},
     note="Two sarcastic words under the notice: a complaint rather than an empty reply (it says something decidable: dissatisfaction), so question for a human; no opt-out inferred.",
     ack="mikeschuler@icloud.com")
def _(rng):
    return compose.person(rng, at="2025-03-12 10:55:00", client="iphone", frm=("Mike Schuler", "mikeschuler@icloud.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE, new="Thanks for nothing.\n\nSent from my iPhone",
                          quote=rq_notice("Mike Schuler"), irt=ours.notice_msgid(17310), refs=ours.notice_msgid(17310))


@msg("is-powerhouse-alliant", "2025-03-12 13:10:00", "customercare", "question", "WI gas customer: is PowerHouse part of Alliant? do you share utility data?",
     prog="ox", labels=["question"], entities={"postal_code": "53590"},
     note="Asks whether Alliant shares utility data with the catalog: a question about sharing, not a refusal (asking whether/with whom is a question).",
     ack="jmhalvorson@comcast.net")
def _(rng):
    return compose.person(rng, at="2025-03-12 13:10:00", client="ox", frm=("Judy Halvorson", "jmhalvorson@comcast.net"),
                          mailbox="customercare", subject="PowerHouse Catalog and Alliant?",
                          new="Hi,\n\nI'm a gas customer in Sun Prairie (53590). I got the letter about the PowerHouse Catalog and the "
                              "printer. I didn't even know the catalog was part of Alliant.\n\nDoes that mean Alliant shares my utility "
                              "information with the catalog? Do you share it with anyone else?\n\nThanks", tz=-6)


@msg("both-confirm-lindstrom", "2025-03-12 15:45:00", "powerhousecatalog", "both opt-outs", "couple: remove from mailing list and shared lists, confirm in writing",
     prog="applemail", labels=["marketing_opt_out", "catalog_share_opt_out"],
     entities={"name": "Harold and Bev Lindstrom", "postal_code": "54601"},
     note="Joint household request: both opt-outs. 'Confirm in writing' is satisfied by the acknowledgement, so not a separate question. Joint name kept as written.",
     ack="hblindstrom@me.com")
def _(rng):
    return compose.person(rng, at="2025-03-12 15:45:00", client="applemail", frm=("Harold Lindstrom", "hblindstrom@me.com"),
                          mailbox="powerhousecatalog", subject="Remove our names",
                          new="Please remove our names from your catalog mailing list and from any list that gets shared, rented or "
                              "sold to other companies. Please confirm in writing when this has been done.\n\n"
                              "Harold and Bev Lindstrom\nLa Crosse, WI 54601")


# ====================================================================== Thu 13 March
@msg("craig-reply-to-ack", "2025-03-13 08:20:00", "customercare", "question (reply to our ack)", "nobody answered my reimbursement question",
     prog="yahoo", labels=["question"], entities={"name": "Craig Pedersen"},
     note="A person replying to our acknowledgement because his question went unanswered: question (not a loop, not a thank-you).",
     ack="cpedersen72@yahoo.com")
def _(rng):
    case = "CC-2025-03-07402"
    return compose.person(rng, at="2025-03-13 08:20:00", client="yahoo", frm=("Craig Pedersen", "cpedersen72@yahoo.com"),
                          mailbox="customercare", subject="Re: " + ack_subject(case),
                          new="It's been almost a week and nobody has answered my question about being reimbursed for the credit freeze "
                              "costs. Can someone please get back to me?\n\nCraig Pedersen",
                          quote=rq_ack(case, "2025-03-07 14:40:00", "cpedersen72@yahoo.com", "Craig Pedersen"),
                          irt=ours.ack_msgid(case), refs=ours.ack_msgid(case))


@msg("vendor-callcenter-report", "2025-03-13 07:00:00", "powerhousecatalog", "vendor notification", "vendor's daily call-center report with CSV",
     prog="Amazon SES (vendor reporting)", automated=True,
     note="Scheduled report from the vendor's notification call center (CSV attached); system mail, automated.")
def _(rng):
    csv = ("date,client,calls_offered,calls_answered,avg_wait_sec,spanish_line,escalations\r\n"
           "2025-03-10,POWERHOUSE,1184,1022,412,96,14\r\n2025-03-11,POWERHOUSE,903,861,188,71,9\r\n"
           "2025-03-12,POWERHOUSE,655,649,64,52,4\r\n").encode("ascii")
    text = ("Daily Notification Call Center Report - PowerHouse Catalog (LPMS-IR-0211)\nReport date: 2025-03-12\n\n"
            "Calls offered: 655\nCalls answered: 649\nAverage wait: 1 min 04 s\nSpanish line: 52\nEscalations to client: 4\n\n"
            "The full history is attached as CSV. This report is generated automatically at 07:00 CT.\n")
    return m.html_mail(rng, at="2025-03-13 07:00:00", mailbox="powerhousecatalog", env_from="reports@notify.lakeshoreprintmail.com",
                       frm=("LPMS Reporting", "reports@notify.lakeshoreprintmail.com"),
                       subject="[Report] Notification call center - PowerHouse - 2025-03-12", esp="ses",
                       domain="notify.lakeshoreprintmail.com", text=text, html=None, charset="us-ascii", cte="7bit",
                       attachments=[("text/csv", csv, "powerhouse_callcenter_2025-03-12.csv")],
                       extra=["Auto-Submitted: auto-generated"])


@msg("es-fwd-phish-real", "2025-03-13 09:35:00", "customercare", "question", "Spanish: forwards the Spanish phishing, is it real?",
     lang="es", prog="gmail", labels=["question"], entities={"name": "Beatriz Lomelí"},
     note="Spanish customer forwards the Spanish phishing and asks if it is real: question. The forwarded text is the phisher's.",
     ack="bea.lomeli@gmail.com")
def _(rng):
    phish = ("Aviso importante de seguridad\n\nEstimado cliente:\n\nDebido al reciente incidente de seguridad con nuestro proveedor de "
             "impresión, su cuenta ha sido marcada para verificación. Para evitar la suspensión de su servicio eléctrico, confirme su "
             "información en las próximas 24 horas.\n\nVerificar mi cuenta ahora <http://alliant-energia-aviso.com/verificar>\n\n"
             "Necesitará su número de cuenta, número de Seguro Social y los datos de su tarjeta.")
    q = dict(kind="forward", text=phish, who=("Alliant Energy Seguridad", "seguridad@alliant-energia-aviso.com"),
             when=g.central("2025-03-12 19:02:00"), subject="Aviso importante: verifique su identidad para evitar la suspensión del servicio",
             to_addr="bea.lomeli@gmail.com", es=True)
    return compose.person(rng, at="2025-03-13 09:35:00", client="gmail", frm=("Beatriz Lomelí", "bea.lomeli@gmail.com"),
                          mailbox="customercare", subject="Fwd: Aviso importante: verifique su identidad para evitar la suspensión del servicio",
                          new="Hola, me llegó este correo anoche. ¿Es de ustedes? Dice que me van a cortar la luz si no confirmo mis "
                              "datos. No he hecho clic en nada.\n\nBeatriz Lomelí", quote=q)


@msg("maiden-name-carol", "2025-03-13 10:40:00", "powerhousecatalog", "question (change of name)", "letter used her maiden name: how old is the data? update it",
     prog="gmail", labels=["question"], entities={"name": "Carol Ann Hoffmann"},
     note="Name correction and a question about data age: question. Two names appear; the entity is the name she uses now (the request is for her current record).",
     ack="carolann.hoffmann@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-13 10:40:00", client="gmail", frm=("Carol Ann Hoffmann", "carolann.hoffmann@gmail.com"),
                          mailbox="powerhousecatalog", subject="Your letter used my maiden name",
                          new="Hello,\n\nYour letter was addressed to Carol Ann Brekke. I haven't used that name since I got married in "
                              "1998. How old is the information you had on me? Please update my name to Carol Ann Hoffmann, and let me know "
                              "what else in your file is out of date.\n\nThank you,\nCarol Ann Hoffmann")


@msg("law-firm-kessling", "2025-03-13 11:00:00", "customercare", "law-firm solicitation (bulk)", "second class-action solicitation, plain text",
     prog="Amazon SES bulk", automated=True,
     note="Another firm's bulk solicitation (plain text, Precedence: bulk, unsubscribe footer) to the customer-care address: automated.")
def _(rng):
    text = ("ATTORNEY ADVERTISEMENT\n\nDear Sir or Madam,\n\nIf you received a letter from PowerHouse Catalog or Alliant Energy about a data\n"
            "security incident at Lakeshore Print & Mail Services, you may have legal rights.\n\n"
            "Kessling Ward Consumer Law has filed similar cases on behalf of consumers whose\n"
            "names and addresses were exposed. Consultations are free and confidential.\n\n"
            "Reply YES to this e-mail or call 1-888-555-0109.\n\n"
            "--\nKessling Ward Consumer Law | 1 N. Dearborn, Chicago, IL 60602\n"
            "You are receiving this message because your address appears in a public directory.\n"
            "To unsubscribe reply REMOVE. Do not share this message.\n")
    return m.html_mail(rng, at="2025-03-13 11:00:00", mailbox="customercare", env_from="outreach@mail.kesslingward-law.com",
                       frm=("Kessling Ward Consumer Law", "outreach@kesslingward-law.com"),
                       subject="Your rights after the PowerHouse Catalog data breach", esp="ses", domain="mail.kesslingward-law.com",
                       text=text, html=None, charset="us-ascii", cte="7bit",
                       list_headers=["Precedence: bulk", "List-Unsubscribe: <mailto:remove@kesslingward-law.com>"])


@msg("terse-share-zip", "2025-03-13 12:25:00", "powerhousecatalog", "catalog-share opt-out", "terse lowercase: do not share, do not sell, ZIP",
     prog="iphone", labels=["catalog_share_opt_out"], entities={"postal_code": "53593"},
     note="Terse 'do not share / do not sell my address' with only a bare ZIP: share opt-out, ZIP entity, no name.",
     ack="pkoenig53@icloud.com")
def _(rng):
    return compose.person(rng, at="2025-03-13 12:25:00", client="iphone", frm=("P Koenig", "pkoenig53@icloud.com"),
                          mailbox="powerhousecatalog", subject="address",
                          new="do not share my address. do not sell my address. thank you. 53593")


@msg("two-letters-jpaulsen", "2025-03-13 15:10:00", "customercare", "question", "got two letters (ours and the vendor's): two breaches? why no monitoring?",
     prog="outlook_desktop", labels=["question"], entities={"name": "Jill Paulsen"},
     note="Asks whether the vendor's own letter means a second breach and why we offer no monitoring: question. Her school's auto-responder then answers our acknowledgement (loop trap).",
     ack="jpaulsen@cedarvalleyschools.org")
def _(rng):
    return compose.person(rng, at="2025-03-13 15:10:00", client="outlook_desktop", frm=("Jill Paulsen", "jpaulsen@cedarvalleyschools.org"),
                          mailbox="customercare", subject="Two letters?",
                          new="Hello,\n\nI got TWO letters this week, one from you and one from Lakeshore Print & Mail themselves. Are "
                              "these two different breaches or the same one?\n\nAlso, Lakeshore's letter offers 12 months of free credit "
                              "monitoring but yours doesn't offer anything. Why is that?\n\nJill Paulsen\n4th Grade, Jefferson Elementary\n"
                              "Cedar Valley Community Schools")


@msg("loop-headerless-school", "2025-03-13 15:11:20", "customercare", "auto-reply (loop trap)", "headerless spring-break auto-reply to our acknowledgement",
     prog="school mail server auto-responder", automated=True,
     note="LOOP TRAP: auto-reply to our acknowledgement [CC-2025-03-13519] with no Auto-Submitted or Precedence header; still automated (LABELS: headerless auto-replies).")
def _(rng):
    return m.headerless_reply(rng, at="2025-03-13 15:11:20", frm=("Jill Paulsen", "jpaulsen@cedarvalleyschools.org"),
                              mailbox="customercare", subject="Out of Office: " + ack_subject("CC-2025-03-13519"),
                              irt=ours.ack_msgid("CC-2025-03-13519"),
                              text="Thank you for your e-mail. I am away for spring break from March 14 through March 23 and will "
                                   "not be checking e-mail.\nFor classroom matters please contact the Jefferson Elementary office at "
                                   "319-555-0179.\n\nMrs. Paulsen",
                              helo="mail.cedarvalleyschools.org", ip="216.51.232.14")
