"""Tue 4 - Thu 6 March 2025: the e-mail notice goes out at 08:02 CST; letters start arriving Thursday."""
import compose
import machines as m
import mailgen as g
import ours
from registry import msg, NOTICE_RE, NOTICE_RE_OL, rq_notice, fq_notice, rq_ack, ack_subject, ack_time

S = ours.NOTICE_SUBJECT


# ====================================================================== Tue 4 March
@msg("ooo-hawkeye", "2025-03-04 08:02:49", "powerhousecatalog", "auto-reply", "Exchange out-of-office to the notice",
     prog="Exchange Online (Mailbox Rules Agent)", automated=True,
     note="Out-of-office to the notice: Auto-Submitted and X-Auto-Response-Suppress; never acknowledge.")
def _(rng):
    return m.exchange_ooo(rng, at="2025-03-04 08:02:49", frm=("Gregory Tillman", "gtillman@hawkeyemutual-ins.com"),
                          mailbox="powerhousecatalog", subject=S, irt=ours.notice_msgid(31877),
                          text="Thank you for your message. I am out of the office attending the IIA Midwest conference "
                               "and will return on Monday, March 10.\n\nFor policy service questions please contact our "
                               "service team at 319-555-0118 or service@hawkeyemutual-ins.com.\n\nGreg Tillman\nHawkeye Mutual Insurance")


@msg("ooo-es-clinica", "2025-03-04 08:03:05", "powerhousecatalog", "auto-reply", "Spanish Exchange out-of-office",
     lang="es", prog="Exchange Online (Mailbox Rules Agent)", automated=True,
     note="Spanish out-of-office ('Respuesta automática') to the notice; Auto-Submitted present; automated.")
def _(rng):
    return m.exchange_ooo(rng, at="2025-03-04 08:03:05", frm=("Lucía Ferrer", "lferrer@clinicasanrafael-ia.org"),
                          mailbox="powerhousecatalog", subject=S, irt=ours.notice_msgid(22604),
                          lang_prefix="Respuesta automática: ", charset="iso-8859-1",
                          text="Gracias por su mensaje. Estaré fuera de la oficina del 3 al 7 de marzo con acceso "
                               "limitado al correo.\nPara asuntos urgentes de la clínica, llame a recepción al 319-555-0166.\n\n"
                               "Thank you for your message. I am out of the office March 3-7.\n\nLucía Ferrer\nClínica San Rafael")


@msg("dsn-gmail-unknown", "2025-03-04 08:03:31", "powerhousecatalog", "bounce", "Postfix DSN, Gmail 550 5.1.1 user unknown",
     prog="Postfix (our outbound relay)", automated=True,
     note="Bounce of the notice from our own outbound relay (multipart/report, null Return-Path); automated.")
def _(rng):
    return m.postfix_dsn(rng, at="2025-03-04 08:03:31", rcpt_name="Bernard Kessler", rcpt_addr="bkessler1957@gmail.com",
                         n=10442, remote_mta="gmail-smtp-in.l.google.com", remote_ip="142.250.115.27", status="5.1.1",
                         diag="550-5.1.1 The email account that you tried to reach does not exist. Please try\n    "
                              "550-5.1.1 double-checking the recipient's email address for typos or\n    "
                              "550-5.1.1 unnecessary spaces. For more information, go to\n    "
                              "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4720c1a9a2esi118.271 - gsmtp (in reply to RCPT TO command)")


@msg("ticket-ridgeline", "2025-03-04 08:03:58", "powerhousecatalog", "auto-reply", "helpdesk ticket auto-acknowledgement, X-Autoreply only",
     prog="Freshdesk-style helpdesk", automated=True,
     note="A business helpdesk opened a ticket for our notice and auto-acknowledged; no Auto-Submitted, but X-Autoreply/Precedence; automated.")
def _(rng):
    t = "2025-03-04 08:03:58"
    return m.html_mail(rng, at=t, mailbox="powerhousecatalog", env_from="bounces+48213@ridgelinerealtygroup.freshdesk-mail.com",
                       frm=("Ridgeline Realty Group Support", "support@ridgelinerealtygroup.com"),
                       subject="[Ticket #48213] Re: " + S, esp="sendgrid", domain="ridgelinerealtygroup.com",
                       text="Hello PowerHouse Catalog,\n\nThank you for contacting Ridgeline Realty Group. We have received your "
                            "request and a member of our team will get back to you within 1 business day.\n\n"
                            "Your ticket number is #48213. To add information, simply reply to this e-mail.\n\n"
                            "Ridgeline Realty Group | Cedar Rapids - Iowa City - Coralville\n",
                       html="<div style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hello PowerHouse Catalog,</p>"
                            "<p>Thank you for contacting Ridgeline Realty Group. We have received your request and a member of our "
                            "team will get back to you within 1 business day.</p><p>Your ticket number is <b>#48213</b>. To add "
                            "information, simply reply to this e-mail.</p><p style=\"color:#888\">Ridgeline Realty Group | Cedar Rapids "
                            "- Iowa City - Coralville</p></div>\n",
                       extra=["In-Reply-To: %s" % ours.notice_msgid(40018), "References: %s" % ours.notice_msgid(40018),
                              "X-Autoreply: yes", "Precedence: auto_reply"])


@msg("ndr-outlook", "2025-03-04 08:04:12", "powerhousecatalog", "bounce", "Outlook.com NDR 550 5.5.0 (multipart/report, HTML)",
     prog="Exchange Online Protection", automated=True,
     note="Outlook.com non-delivery report for the notice; automated.")
def _(rng):
    return m.outlook_ndr(rng, at="2025-03-04 08:04:12", rcpt_name="Sharon Mielke", rcpt_addr="sharonmielke54@outlook.com", n=27719)


@msg("dsn-yahoo-full", "2025-03-04 08:05:20", "powerhousecatalog", "bounce", "Postfix DSN, Yahoo 552 mailbox full",
     prog="Postfix (our outbound relay)", automated=True,
     note="Bounce (over quota) of the notice; automated.")
def _(rng):
    return m.postfix_dsn(rng, at="2025-03-04 08:05:20", rcpt_name="Wayne Dorsey", rcpt_addr="wdorsey_ia@yahoo.com", n=51130,
                         remote_mta="mta7.am0.yahoodns.net", remote_ip="67.195.204.72", status="5.2.2",
                         diag="552 1 Requested mail action aborted, mailbox not found or full (in reply to end of DATA command)")


@msg("qmail-bounce", "2025-03-04 08:06:02", "powerhousecatalog", "bounce", "legacy qmail failure notice, no MIME",
     prog="qmail", automated=True,
     note="Old-style qmail bounce without MIME headers quoting the notice; automated.")
def _(rng):
    return m.qmail_bounce(rng, at="2025-03-04 08:06:02", rcpt_addr="hjensen@hickoryhills-net.com", n=8821,
                          host="mail.hickoryhills-net.com", ip="64.39.121.18")


@msg("challenge-response", "2025-03-04 08:07:40", "powerhousecatalog", "auto-reply", "challenge-response verification request",
     prog="challenge-response filter", automated=True,
     note="Anti-spam challenge asking us to click to deliver the notice; automated, never answered.")
def _(rng):
    t = "2025-03-04 08:07:40"
    txt = ("Hello,\n\nYou recently sent a message to kwells@prairiewindnet.com with the subject:\n\n   \"%s\"\n\n"
           "kwells@prairiewindnet.com uses SafeInbox to block junk e-mail. To get your message delivered, please verify "
           "that you are a person by visiting the link below. You only need to do this once.\n\n"
           "   https://verify.safeinbox-cr.net/c/7QkX2mBf19aZ\n\nIf you do not verify within 7 days, your message will be deleted.\n\n"
           "SafeInbox - we stop spam, not people.\n" % S)
    return m.html_mail(rng, at=t, mailbox="powerhousecatalog", env_from="verify@safeinbox-cr.net",
                       frm=("SafeInbox Verification", "verify@safeinbox-cr.net"),
                       subject="Please verify your message to kwells@prairiewindnet.com", esp="mailgun",
                       text=txt, html=None, cte="7bit", charset="us-ascii",
                       extra=["In-Reply-To: %s" % ours.notice_msgid(3391)])


@msg("is-this-real-arlene", "2025-03-04 08:31:00", "powerhousecatalog", "question", "forwarded the notice back asking if it is real",
     prog="gmail", labels=["question"], entities={"name": "Arlene"},
     note="Forward of our own notice; only the two new lines count: asks whether it is genuine. First-name signature is the entity (LABELS: a first name alone counts).",
     ack="arlene.dufresne@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 08:31:00", client="gmail", frm=("Arlene Dufresne", "arlene.dufresne@gmail.com"),
                          mailbox="powerhousecatalog", subject="Fwd: " + S,
                          new="Is this for real or one of those scams? I did buy a bird feeder from you people a couple years ago. "
                              "I'm not clicking on anything until somebody tells me.\n\nArlene",
                          quote=fq_notice("Arlene Dufresne", "arlene.dufresne@gmail.com"))


@msg("stop-under-notice", "2025-03-04 08:40:00", "powerhousecatalog", "unclear", "bare STOP under the service notice",
     prog="iphone", unclear=True,
     note="'STOP' under the incident notice, which is a service message, not a promotion: LABELS says this is unclear (stop what? the notices? the catalog?).",
     ack="kbrandt88@icloud.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 08:40:00", client="iphone", frm=("Kyle Brandt", "kbrandt88@icloud.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE, new="STOP\n\nSent from my iPhone",
                          quote=rq_notice("Kyle Brandt"), irt=ours.notice_msgid(5120), refs=ours.notice_msgid(5120), tz=-6)


@msg("share-keep-catalog-tom", "2025-03-04 09:05:00", "powerhousecatalog", "catalog-share opt-out", "calm reply: keep catalog, never share",
     prog="outlookcom", labels=["catalog_share_opt_out"], entities={"name": "Tom Engebretsen", "postal_code": "52101"},
     note="Keeps the catalog, refuses sharing: share opt-out only. Quoted notice says 'Dear Thomas Engebretsen' and ZIP 53718; the entity is his own signature.",
     ack="t.engebretsen@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 09:05:00", client="outlookcom", frm=("Thomas Engebretsen", "t.engebretsen@outlook.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE_OL,
                          new="Thanks for letting me know about this. I would like to keep getting the catalog, but from now on "
                              "please do not share my name and address with any other companies.\n\nTom Engebretsen\nDecorah, IA 52101",
                          quote=rq_notice("Thomas Engebretsen"), irt=ours.notice_msgid(11873), refs=ours.notice_msgid(11873))


@msg("read-receipt", "2025-03-04 09:31:00", "powerhousecatalog", "receipt", "Outlook read receipt (MDN) for the notice",
     prog="Outlook (MDN)", automated=True,
     note="Read receipt, message/disposition-notification; automated.")
def _(rng):
    return m.mdn(rng, at="2025-03-04 09:31:00", frm=("Harriet Boone", "hboone@boonefarmsupply.com"), mailbox="powerhousecatalog",
                 n=6605, rcpt_name="Harriet Boone")


@msg("both-angry-dale", "2025-03-04 09:48:00", "powerhousecatalog", "both opt-outs", "angry caps: off the mailing list, share with nobody",
     prog="yahoo", labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Dale"},
     note="'Take me off your mailing list' + 'don't give my name and address to anybody else': both opt-outs. The anger is not a separate question. 'not your printers' cannot be honoured by the sharing opt-out, but the sharing wish is clear.",
     ack="dale.rasmussen44@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 09:48:00", client="yahoo", frm=("Dale Rasmussen", "dale.rasmussen44@yahoo.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE,
                          new="TAKE ME OFF YOUR MAILING LIST. I have been a customer since 1994 and this is how you treat people.\n\n"
                              "And dont you dare give my name and address to ANYBODY else. Not your printers, not other catalogs, nobody.\n\n- Dale",
                          quote=rq_notice("Dale Rasmussen"), irt=ours.notice_msgid(1907), refs=ours.notice_msgid(1907))


@msg("journalist-tv", "2025-03-04 10:47:00", "customercare", "question", "local TV reporter asks for comment",
     prog="gworkspace", labels=["question"], entities={"name": "Rachel Whitcomb"},
     note="A journalist asking for comment is a person who needs a human answer (route to communications): question. Not cold outreach.",
     ack="rwhitcomb@kwio7news.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 10:47:00", client="gworkspace", frm=("Rachel Whitcomb", "rwhitcomb@kwio7news.com"),
                          mailbox="customercare", subject="Media inquiry - PowerHouse Catalog data incident (deadline 4pm today)",
                          msgid="<CAJx8Rw3pK2mQ7vL0tYh9dN4eFb6sU1oXcA5gZ=kWn+3rT_mP8Q@mail.gmail.com>",
                          new="Hello,\n\nI'm a reporter with KWIO 7 News in Cedar Rapids. Several viewers forwarded us an e-mail from "
                              "PowerHouse Catalog this morning about a security incident at a printing vendor.\n\n"
                              "Could someone from Alliant Energy answer a few questions for our 5 p.m. newscast?\n\n"
                              "- How many customers received the notice, and in which states?\n"
                              "- Why did it take from Feb. 11 to March 4 to notify customers?\n"
                              "- Is Lakeshore Print & Mail still a vendor for Alliant?\n"
                              "- Were any utility customers' account details involved?\n\n"
                              "A written statement is fine if nobody is available for an interview. My deadline is 4 p.m. today.\n\n"
                              "Thank you,\n\nRachel Whitcomb\nReporter, KWIO 7 News\n319-555-0134\nrwhitcomb@kwio7news.com")


@msg("vendor-update-3", "2025-03-04 11:15:00", "powerhousecatalog", "vendor notification", "printing vendor's client incident update #3",
     prog="Amazon SES (vendor client portal)", automated=True,
     note="The vendor's own client-update mailing, sent by its portal to our catalog address; vendor system mail: automated.")
def _(rng):
    text = ("LAKESHORE PRINT & MAIL SERVICES, INC.\nClient Incident Update #3 - Reference LPMS-IR-0211\n\n"
            "Dear Valued Client,\n\nThis update supplements our notices of February 11 and February 20, 2025.\n\n"
            "* Containment: The affected file server (FS-02, Muskegon facility) remains offline. All client job files were "
            "migrated to a rebuilt environment on February 26.\n"
            "* Investigation: Our forensic partner has completed log review for January 20 - February 5. We have no evidence "
            "that files other than print-ready mailing lists were accessed.\n"
            "* Client data: Per-client record counts were delivered through the Client Portal on February 24.\n"
            "* Next update: on or before March 10, 2025.\n\n"
            "Client questions should be directed to your account manager or to incident@lakeshoreprintmail.com.\n\n"
            "This message was sent from an unattended mailbox. Replies are not monitored.\n"
            "Lakeshore Print & Mail Services, Inc. | 1800 Harbor Industrial Dr. | Muskegon, MI 49442\n")
    html = ("<html><body style=\"font-family:Georgia,serif;font-size:14px;color:#222\"><h2 style=\"color:#0b3d5c\">Client Incident Update #3</h2>"
            "<p><b>Reference LPMS-IR-0211</b></p><p>Dear Valued Client,</p><p>This update supplements our notices of February 11 and "
            "February 20, 2025.</p><ul><li><b>Containment:</b> The affected file server (FS-02, Muskegon facility) remains offline. "
            "All client job files were migrated to a rebuilt environment on February 26.</li><li><b>Investigation:</b> Our forensic "
            "partner has completed log review for January 20 - February 5. We have no evidence that files other than print-ready "
            "mailing lists were accessed.</li><li><b>Client data:</b> Per-client record counts were delivered through the Client "
            "Portal on February 24.</li><li><b>Next update:</b> on or before March 10, 2025.</li></ul><p>Client questions should be "
            "directed to your account manager or to incident@lakeshoreprintmail.com.</p><p style=\"font-size:11px;color:#777\">This "
            "message was sent from an unattended mailbox. Replies are not monitored.<br>Lakeshore Print &amp; Mail Services, Inc. | "
            "1800 Harbor Industrial Dr. | Muskegon, MI 49442</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-04 11:15:00", mailbox="powerhousecatalog",
                       env_from="0100019562a1c5e2-client-portal@notify.lakeshoreprintmail.com",
                       frm=("Lakeshore Print & Mail Client Portal", "noreply@notify.lakeshoreprintmail.com"),
                       subject="Client Incident Update #3 - LPMS-IR-0211", esp="ses", domain="notify.lakeshoreprintmail.com",
                       text=text, html=html, extra=["X-LPMS-Notice: client-broadcast"])


@msg("credit-freeze-brian", "2025-03-04 12:10:00", "customercare", "question", "work address: do I need to freeze my credit, will you pay",
     prog="outlook_desktop", labels=["question"], entities={"name": "Brian Sokol"},
     note="Credit-freeze questions need a human answer: question. Sent from a work Microsoft 365 mailbox; his out-of-office later answers our acknowledgement (loop trap).",
     ack="bsokol@mercyvalleyhealth.org")
def _(rng):
    return compose.person(rng, at="2025-03-04 12:10:00", client="outlook_desktop", frm=("Sokol, Brian", "bsokol@mercyvalleyhealth.org"),
                          mailbox="customercare", subject="Credit freeze question - PowerHouse letter",
                          new="Hello,\n\nMy wife and I both got the e-mail about the printing company this morning. A couple of questions "
                              "before I leave for the week:\n\n1. Do we actually need to freeze our credit if it was only names and addresses?\n"
                              "2. If we do, will Alliant cover any cost?\n3. Does each of us have to do it separately?\n\n"
                              "Thanks,\nBrian Sokol\n\nBrian Sokol | Facilities Coordinator\nMercy Valley Health\n\n"
                              "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee. "
                              "If you received it in error, please notify the sender and delete it.")


@msg("loop-ooo-brian", "2025-03-04 12:11:05", "customercare", "auto-reply (loop trap)", "out-of-office answering our acknowledgement",
     prog="Exchange Online (Mailbox Rules Agent)", automated=True,
     note="LOOP TRAP: out-of-office answering our own acknowledgement [CC-2025-03-04163]; must never be acknowledged.")
def _(rng):
    return m.exchange_ooo(rng, at="2025-03-04 12:11:05", frm=("Sokol, Brian", "bsokol@mercyvalleyhealth.org"),
                          mailbox="customercare", subject=ack_subject("CC-2025-03-04163"),
                          irt=ours.ack_msgid("CC-2025-03-04163"),
                          text="I am out of the office March 4-7 with limited access to e-mail. For facilities emergencies "
                               "call the operator at extension 0 and ask for the on-call engineer.\n\nBrian Sokol")


@msg("dsn-delay", "2025-03-04 12:05:30", "powerhousecatalog", "bounce", "Postfix delay warning (4.4.1), still retrying",
     prog="Postfix (our outbound relay)", automated=True,
     note="Delayed-delivery warning for the notice (Action: delayed); automated.")
def _(rng):
    return m.postfix_dsn(rng, at="2025-03-04 12:05:30", rcpt_name="Loretta Hauge", rcpt_addr="lhauge@netins-mail.com", n=33019,
                         remote_mta="mail.netins-mail.com", remote_ip="198.51.100.77", status="4.4.1",
                         diag="connect to mail.netins-mail.com[198.51.100.77]:25: Connection timed out", delay=True)


@msg("spanish-is-real-maria", "2025-03-04 14:22:00", "powerhousecatalog", "question", "Spanish forward of the notice: is it true?",
     lang="es", prog="yahoo", labels=["question"], entities={"name": "María Elena Cárdenas"},
     note="Spanish: forwards the notice and asks whether it is genuine or fraud: question.",
     ack="mecardenas_70@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 14:22:00", client="yahoo", frm=("María Elena Cárdenas", "mecardenas_70@yahoo.com"),
                          mailbox="powerhousecatalog", subject="Fw: " + S,
                          new="Buenas tardes,\n\nRecibí este correo y no sé si es verdad o es un fraude. Yo sí compré del catálogo hace "
                              "como dos años. ¿Me pueden confirmar si es de ustedes? No quiero abrir nada.\n\nGracias,\nMaría Elena Cárdenas",
                          quote=fq_notice("María Elena Cárdenas", "mecardenas_70@yahoo.com", to_name="María Elena Cárdenas"))


@msg("all-three-pamela", "2025-03-04 15:40:00", "customercare", "opt-out + question", "numbered demands: stop mail, no sharing, list past sharing",
     prog="outlookcom", labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
     entities={"name": "Pamela Hartley", "postal_code": "52302"},
     note="Three numbered requests: stop catalog/advertising, no sharing, and which companies got her name (a question). Cc's the catalog address; delivered to customercare.",
     ack="pamhartley@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 15:40:00", client="outlookcom", frm=("Pamela Hartley", "pamhartley@outlook.com"),
                          mailbox="customercare", subject="Your data breach letter - my instructions",
                          cc="powerhousecatalog@alliant-energy.com",
                          new="To whom it may concern,\n\nAfter receiving your notice today I am instructing you as follows, effective immediately:\n\n"
                              "1) Stop mailing me the PowerHouse catalog and any other advertising.\n"
                              "2) Do not share, sell or rent my name or address to any company for any reason.\n"
                              "3) Tell me in writing which companies you have shared my name with in the past five years.\n\n"
                              "Pamela Hartley\n1127 Oak Ridge Dr\nMarion, IA 52302")


@msg("delete-everything-gmail", "2025-03-04 17:55:00", "powerhousecatalog", "delete request (unclear)", "delete all my information",
     prog="gmail_android", labels=["question"], unclear=True,
     note="Deletion of everything: LABELS says unclear plus question (the bot may not delete account data). 'I'll shop somewhere else' is not an explicit opt-out.",
     ack="jlarkin.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-04 17:55:00", client="gmail_android", frm=("Jesse Larkin", "jlarkin.ia@gmail.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE,
                          new="Delete all of my information from your systems. Name, address, order history, all of it. I don't "
                              "want to exist in your database anymore. I'll shop somewhere else.",
                          quote=rq_notice("Jesse Larkin"), irt=ours.notice_msgid(29044), refs=ours.notice_msgid(29044))


@msg("thanks-to-ack-tom", "2025-03-04 16:20:00", "customercare", "no action (thanks to our ack)", "'Thank you.' under our acknowledgement",
     prog="outlookcom", labels=[], entities={"name": "Tom"},
     note="Human thank-you in reply to our acknowledgement that asks for nothing: no labels, not unclear, ack_to null (no ping-pong).",
     ack=None)
def _(rng):
    case = "CC-2025-03-04122"
    return compose.person(rng, at="2025-03-04 16:20:00", client="outlookcom", frm=("Thomas Engebretsen", "t.engebretsen@outlook.com"),
                          mailbox="customercare", subject="RE: " + ack_subject(case), new="Thank you.\n\nTom",
                          quote=rq_ack(case, "2025-03-04 09:05:00", "t.engebretsen@outlook.com", "Thomas Engebretsen"),
                          irt=ours.ack_msgid(case), refs=ours.ack_msgid(case),
                          to="Alliant Energy Customer Care <customercare@alliant-energy.com>")


# ====================================================================== Wed 5 March
@msg("phish-compensation", "2025-03-05 03:12:00", "powerhousecatalog", "spam/phishing", "fake $150 compensation claim, HTML only",
     prog="phishing kit (PHPMailer)", automated=True,
     note="Phishing imitating our notice (lookalike domain, SPF softfail, asks for SSN/card); automated, even though it quotes PHN-2503.")
def _(rng):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>PowerHouse Catalog</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;border-top:6px solid #e87722">
<tr><td><h1 style="font-size:22px;color:#00395d">PowerHouse Catalog Customer Compensation Program</h1>
<p>Reference: <b>PHN-2503</b></p>
<p>Dear Valued Customer,</p>
<p>As you were informed, your personal information was involved in a data security incident at our printing vendor.
As part of the settlement, every affected customer is entitled to a one-time compensation payment of <b>$150.00</b>.</p>
<p>To receive your payment you must verify your identity within <b style="color:#c00">48 hours</b>. Unclaimed payments will be forfeited.</p>
<p style="text-align:center"><a href="http://powerhouse-settlement-claims.com/claim/?ref=PHN-2503&amp;id=88213" style="background:#e87722;color:#fff;padding:14px 28px;text-decoration:none;font-weight:bold">CLAIM MY $150</a></p>
<p style="font-size:12px;color:#666">You will need your full name, date of birth, Social Security number and a debit card for the deposit.</p>
<p style="font-size:11px;color:#999">PowerHouse Catalog, an Alliant Energy company. This is an automated message, please do not reply.</p>
</td></tr></table></td></tr></table></body></html>
"""
    return m.html_mail(rng, at="2025-03-05 03:12:00", mailbox="powerhousecatalog", env_from="www-data@vps-51-77-140-19.hostnet-eu.com",
                       frm=("PowerHouse Catalog Settlement", "notice@powerhouse-settlement-claims.com"),
                       subject="Action Required: Claim your $150 data incident compensation (Ref PHN-2503)", html=html,
                       sketch=("vps-51-77-140-19.hostnet-eu.com", "vps-51-77-140-19.hostnet-eu.com", "51.77.140.19"),
                       extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "X-Priority: 1 (Highest)"])


@msg("vent-gloria", "2025-03-05 07:15:00", "customercare", "complaint", "pure vent, third breach letter this year",
     prog="aol", labels=["question"], entities={},
     note="Venting with no request at all: a complaint, which LABELS counts as question (someone should answer). No opt-out asked for.",
     ack="gpettibone@aol.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 07:15:00", client="aol", frm=("Gloria Pettibone", "gpettibone@aol.com"),
                          mailbox="customercare", subject="your letter",
                          new="this is the THIRD letter like this I have gotten since Christmas. the hospital, the phone company and now "
                              "you. nobody is ever responsible for anything, it's always some other company. I pay my bill on time every "
                              "single month for 31 years and this is what I get. I am 74 years old and I don't need this worry.\n\n"
                              "Gloria Pettibone")


@msg("sue-marcus", "2025-03-05 08:02:00", "customercare", "complaint / legal threat", "forwarded to my attorney, preserve records, call me",
     prog="gmail", labels=["question"], entities={"name": "Marcus Delong"},
     note="Legal threat and demand for a call from legal: question (route to legal). No opt-out.",
     ack="marcus.delong@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 08:02:00", client="gmail", frm=("Marcus Delong", "marcus.delong@gmail.com"),
                          mailbox="customercare", subject="Data breach - legal",
                          new="I've forwarded your notice to my attorney.\n\nYou should preserve every record relating to this incident, "
                              "including your contract with Lakeshore and every file you sent them. I expect to be compensated for the time "
                              "I've spent on this and I expect a call from someone in your legal department, not another form letter.\n\n"
                              "Marcus Delong\n(563) 555-0192")


@msg("email-only-keep-paper", "2025-03-05 09:30:00", "powerhousecatalog", "marketing opt-out", "stop e-mails, keep the paper catalog",
     prog="yahoo_ios", labels=["marketing_opt_out"], entities={},
     note="Channel limit: stop the e-mails, keep the paper catalog: marketing_opt_out (the record must say e-mail only).",
     ack="cindy.m.wagner@yahoo.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 09:30:00", client="yahoo_ios", frm=("Cindy Wagner", "cindy.m.wagner@yahoo.com"),
                          mailbox="powerhousecatalog", subject="emails",
                          new="Keep the paper catalog coming but please stop emailing me. After this whole thing I'm not clicking on "
                              "links in emails from anybody.\n\nSent from Yahoo Mail for iPhone")


@msg("unsubscribe-under-notice", "2025-03-05 10:11:00", "powerhousecatalog", "unclear", "bare 'unsubscribe' typed under the notice",
     prog="gmail_android", unclear=True,
     note="'unsubscribe' as a reply to the incident notice (a service message with no unsubscribe footer): LABELS makes this unclear.",
     ack="dnguyen.cr@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 10:11:00", client="gmail_android", frm=("Duc Nguyen", "dnguyen.cr@gmail.com"),
                          mailbox="powerhousecatalog", subject=NOTICE_RE, new="unsubscribe",
                          quote=rq_notice("Duc Nguyen"), irt=ours.notice_msgid(15562), refs=ours.notice_msgid(15562))


@msg("cold-sales-shieldpoint", "2025-03-05 10:40:00", "customercare", "vendor cold outreach", "credit-monitoring vendor pitches breach services",
     prog="sales-engagement platform (SendGrid)", automated=True,
     note="Cold sales from an identity-protection vendor; LABELS: cold outreach is automated with no labels even though a person signs it.")
def _(rng):
    text = ("Hi there,\n\nI saw last night's KWIO story about the incident at your print vendor. When this happens to a brand, the "
            "next 30 days decide how customers feel about it.\n\nShieldPoint Identity works with utilities and retailers to offer "
            "affected customers 12-24 months of credit monitoring and identity restoration, fully branded, live in 72 hours, "
            "priced per enrolled customer (not per notified one).\n\nWould it be worth 15 minutes this week to see how Midland "
            "Water & Light handled their 2023 vendor incident with us?\n\nBest,\nJordan Pike\nEnterprise Partnerships | ShieldPoint Identity\n"
            "(312) 555-0140\n\nIf this isn't relevant, reply \"no thanks\" and I won't follow up.\n")
    html = "<div style=\"font-family:Arial;font-size:14px\">" + "".join(
        "<p>%s</p>" % g.esc(p_).replace("\n", "<br>") for p_ in text.split("\n\n")) + \
        "<img src=\"https://t.shieldpoint-identity.com/o/4f9a2c1e.gif\" width=\"1\" height=\"1\" alt=\"\"></div>\n"
    return m.html_mail(rng, at="2025-03-05 10:40:00", mailbox="customercare", env_from="bounces+2291@em4410.shieldpoint-identity.com",
                       frm=("Jordan Pike", "jordan.pike@shieldpoint-identity.com"),
                       subject="Supporting PowerHouse Catalog customers after the Lakeshore incident", esp="sendgrid",
                       domain="shieldpoint-identity.com", text=text, html=html, msgid="<sp-seq-4410-1@shieldpoint-identity.com>")


@msg("household-steven", "2025-03-05 12:30:00", "customercare", "both opt-outs", "account holder: household off catalog list, no sharing",
     prog="gmail", labels=["marketing_opt_out", "catalog_share_opt_out"],
     entities={"name": "Steven Albrecht", "account": "5521 0087 43"},
     note="The account holder writing for his household has standing (LABELS): both opt-outs. Wife named by first name only; the entity is the account holder.",
     ack="s.albrecht.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 12:30:00", client="gmail", frm=("Steve Albrecht", "s.albrecht.ia@gmail.com"),
                          mailbox="customercare", subject="Remove our household from PowerHouse catalog",
                          new="Hello,\n\nMy wife Carol and I both received the e-mail about the printing company. Please take our household "
                              "off the PowerHouse catalog mailing list, and do not share our names or address with anyone.\n\n"
                              "I'm the account holder.\n\nSteven Albrecht\nAccount 5521 0087 43")


@msg("form-linda-both", "2025-03-05 13:05:00", "customercare", "both opt-outs", "Contact Us form relay: remove from catalog list and don't share",
     prog="alliantenergy.com Contact Us form", labels=["marketing_opt_out", "catalog_share_opt_out"],
     entities={"name": "Linda Pfannenstiel", "postal_code": "53588"},
     note="Our web-form relay: From is noreply@alliantenergy.com, the customer is in Reply-To (ack goes there). Form fields she typed count as her text.",
     ack="linda.kaye.p@gmail.com")
def _(rng):
    return m.contact_form(rng, at="2025-03-05 13:05:00", reply_to=("Linda Pfannenstiel", "linda.kaye.p@gmail.com"),
                          fields={"Name": "Linda Pfannenstiel", "Email": "linda.kaye.p@gmail.com", "Phone": "608-555-0171",
                                  "ZIP code": "53588", "Account number (optional)": "", "Topic": "Privacy / marketing preferences",
                                  "Message": "Please remove me from the PowerHouse catalog mailing list and do not share my name or "
                                             "address with anybody. After that letter I am done."})


@msg("fwd-phish-kevin", "2025-03-05 18:44:00", "powerhousecatalog", "question", "forwards the $150 phishing mail: is this legit?",
     prog="gmail", labels=["question"], entities={"name": "Kevin"},
     note="A customer forwarding a phishing e-mail to ask if it is real is a person with a question (the forwarded text is the phisher's, not his).",
     ack="kevinbrandvold@gmail.com")
def _(rng):
    phish = ("PowerHouse Catalog Customer Compensation Program\n\nReference: PHN-2503\n\nDear Valued Customer,\n\n"
             "As you were informed, your personal information was involved in a data security incident at our printing vendor. "
             "As part of the settlement, every affected customer is entitled to a one-time compensation payment of $150.00.\n\n"
             "To receive your payment you must verify your identity within 48 hours. Unclaimed payments will be forfeited.\n\n"
             "CLAIM MY $150 <http://powerhouse-settlement-claims.com/claim/?ref=PHN-2503&id=88213>\n\n"
             "You will need your full name, date of birth, Social Security number and a debit card for the deposit.")
    q = dict(kind="forward", text=phish, who=("PowerHouse Catalog Settlement", "notice@powerhouse-settlement-claims.com"),
             when=g.central("2025-03-05 03:12:00"), subject="Action Required: Claim your $150 data incident compensation (Ref PHN-2503)",
             to_addr="kevinbrandvold@gmail.com")
    return compose.person(rng, at="2025-03-05 18:44:00", client="gmail", frm=("Kevin Brandvold", "kevinbrandvold@gmail.com"),
                          mailbox="powerhousecatalog", subject="Fwd: Action Required: Claim your $150 data incident compensation (Ref PHN-2503)",
                          new="Got this today. It says I can get $150 from you guys for the data breach. Is this legit?? It wants my SSN "
                              "to \"verify\" which seems fishy to me.\n\n- Kevin", quote=q)


@msg("retention-priya", "2025-03-05 20:15:00", "customercare", "question", "IT-compliance questions about vendor retention",
     prog="gmail", labels=["question"], entities={"name": "Priya Natarajan"},
     note="Detailed questions about vendor data retention and deletion: question.",
     ack="priya.natarajan.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-05 20:15:00", client="gmail", frm=("Priya Natarajan", "priya.natarajan.ia@gmail.com"),
                          mailbox="customercare", subject="Questions about the Lakeshore incident",
                          new="Hi,\n\nI work in IT compliance, so forgive the checklist. After reading your notice:\n\n"
                              "- Why did a print vendor still hold customer mailing lists on a file server weeks after the print job?\n"
                              "- What retention period does your contract with Lakeshore require?\n"
                              "- Have you confirmed that your files were deleted from Lakeshore's systems, including backups?\n"
                              "- Will customers be told if the forensic review finds the files were actually copied?\n\n"
                              "I'm not looking for compensation, just straight answers.\n\nThanks,\nPriya Natarajan")


# ====================================================================== Thu 6 March
@msg("media-digest", "2025-03-06 06:00:00", "customercare", "list/newsletter", "daily media-query digest mentioning the incident",
     prog="mailing list (Mailgun)", automated=True,
     note="A journalists' source-request digest (List-Id, Precedence: bulk); one query mentions our incident, but it is list mail: automated.")
def _(rng):
    text = ("SOURCEWIRE DAILY - Thursday, March 6, 2025\nQueries from journalists looking for expert sources\n\n"
            "1) Consumer: Are catalog mailing lists a privacy risk?\n   Outlet: regional business weekly (Midwest)\n"
            "   Looking for a privacy attorney or direct-mail expert to explain how catalog companies share and rent customer lists, "
            "in light of this week's PowerHouse Catalog / Lakeshore Print & Mail incident.\n   Deadline: Mar 7, 5 PM CT\n\n"
            "2) Energy: Heat-pump rebates in cold climates\n   Outlet: national trade publication\n   Deadline: Mar 10\n\n"
            "3) Personal finance: Should you freeze your credit after every breach letter?\n   Outlet: syndicated column\n   Deadline: Mar 8\n\n"
            "You are receiving this because customercare@alliant-energy.com subscribed to SourceWire Daily.\n"
            "Unsubscribe: https://sourcewire.example-lists.net/u/ae-cc-2210\n")
    return m.html_mail(rng, at="2025-03-06 06:00:00", mailbox="customercare", env_from="bounce+ae-cc-2210@lists.sourcewire-daily.net",
                       frm=("SourceWire Daily", "daily@lists.sourcewire-daily.net"), subject="SourceWire Daily: 3 new queries (Thu Mar 6)",
                       esp="mailgun", domain="lists.sourcewire-daily.net", text=text, html=None,
                       list_headers=["List-Id: SourceWire Daily <daily.lists.sourcewire-daily.net>",
                                     "List-Unsubscribe: <mailto:unsubscribe+ae-cc-2210@lists.sourcewire-daily.net>",
                                     "Precedence: bulk"])


@msg("phish-es-verify", "2025-03-06 07:20:00", "customercare", "spam/phishing", "Spanish phishing: verify identity, base64 ISO-8859-1",
     lang="es", prog="phishing kit", automated=True,
     note="Spanish phishing impersonating Alliant security after the incident; automated.")
def _(rng):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body style=\"font-family:Verdana\">"
            "<p><b>Aviso importante de seguridad</b></p><p>Estimado cliente:</p><p>Debido al reciente incidente de seguridad con nuestro "
            "proveedor de impresión, su cuenta ha sido marcada para verificación. Para evitar la suspensión de su servicio eléctrico, "
            "confirme su información en las próximas 24 horas.</p><p><a href=\"http://alliant-energia-aviso.com/verificar\">Verificar mi cuenta ahora</a></p>"
            "<p>Necesitará su número de cuenta, número de Seguro Social y los datos de su tarjeta.</p><p>Atentamente,<br>Departamento de "
            "Seguridad<br>Alliant Energy</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-06 07:20:00", mailbox="customercare", env_from="info@alliant-energia-aviso.com",
                       frm=("Alliant Energy Seguridad", "seguridad@alliant-energia-aviso.com"),
                       subject="Aviso importante: verifique su identidad para evitar la suspensión del servicio", html=html,
                       charset="iso-8859-1", cte="base64", subj_mode="Q",
                       sketch=("mail.alliant-energia-aviso.com", "static.88.214.26.11.clients.your-server.de", "88.214.26.11"),
                       to="clientes@alliant-energy.com, customercare@alliant-energy.com")


@msg("promo-unsub-gmail", "2025-03-06 10:03:00", "powerhousecatalog", "List-Unsubscribe mailto (marketing opt-out)",
     "Gmail unsubscribe button on the Spring Preview e-mail",
     prog="Gmail (List-Unsubscribe mailto:)", labels=["marketing_opt_out"],
     note="Gmail's Unsubscribe button mailed our List-Unsubscribe address for the Spring Preview promo: human opt-out, not automated.",
     ack="rickhowland.55@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 10:03:00", client="gmail", frm=("Rick Howland", "rickhowland.55@gmail.com"),
                          mailbox="powerhousecatalog", subject="unsubscribe",
                          new="This message was automatically generated by Gmail.", fmt="plain")


@msg("law-firm-hargrove", "2025-03-06 11:30:00", "powerhousecatalog", "law-firm solicitation (bulk)", "class-action solicitation, HTML+text",
     prog="Mailgun bulk", automated=True,
     note="Class-action firm's mass solicitation about the incident, sent in bulk with List-Unsubscribe: automated, no labels despite 'opt out' wording.")
def _(rng):
    text = ("ATTORNEY ADVERTISING\n\nWere you affected by the PowerHouse Catalog / Lakeshore Print & Mail data breach?\n\n"
            "Hargrove Benning LLP is investigating claims on behalf of people who received a notice dated March 3 or March 4, 2025 "
            "about a data security incident involving a PowerHouse Catalog printing vendor.\n\nYou may be entitled to compensation. "
            "There is no cost to you unless we recover.\n\nFind out if you qualify: https://www.hargrovebenning-law.com/powerhouse\n\n"
            "Prior results do not guarantee a similar outcome. To opt out of future messages from Hargrove Benning LLP, click here: "
            "https://www.hargrovebenning-law.com/optout\nHargrove Benning LLP, 200 W. Madison St., Suite 2900, Chicago, IL 60606\n")
    html = ("<html><body style=\"font-family:Helvetica,Arial;max-width:600px\"><p style=\"font-size:10px;color:#999\">ATTORNEY ADVERTISING</p>"
            "<h2 style=\"color:#7a0019\">Were you affected by the PowerHouse Catalog / Lakeshore Print &amp; Mail data breach?</h2>"
            "<p>Hargrove Benning LLP is investigating claims on behalf of people who received a notice dated March 3 or March 4, 2025 "
            "about a data security incident involving a PowerHouse Catalog printing vendor.</p><p><b>You may be entitled to compensation.</b> "
            "There is no cost to you unless we recover.</p><p><a href=\"https://www.hargrovebenning-law.com/powerhouse\" "
            "style=\"background:#7a0019;color:#fff;padding:10px 20px;text-decoration:none\">Find out if you qualify</a></p>"
            "<p style=\"font-size:10px;color:#999\">Prior results do not guarantee a similar outcome. <a href=\"https://www.hargrovebenning-law.com/optout\">"
            "Opt out</a> of future messages.<br>Hargrove Benning LLP, 200 W. Madison St., Suite 2900, Chicago, IL 60606</p></body></html>\n")
    return m.html_mail(rng, at="2025-03-06 11:30:00", mailbox="powerhousecatalog", env_from="bounce@mg.hargrovebenning-law.com",
                       frm=("Hargrove Benning LLP", "intake@hargrovebenning-law.com"),
                       subject="PowerHouse Catalog Data Breach - You May Be Entitled to Compensation", esp="mailgun",
                       domain="mg.hargrovebenning-law.com", text=text, html=html,
                       list_headers=["List-Unsubscribe: <https://www.hargrovebenning-law.com/optout?u=7731>, <mailto:unsubscribe@mg.hargrovebenning-law.com>",
                                     "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


@msg("howto-share-optout", "2025-03-06 12:02:00", "powerhousecatalog", "question", "how do I opt out of sharing? is there a form?",
     prog="outlookcom", labels=["question"], entities={"name": "Gail"},
     note="Asks HOW to opt out of list sharing, without asking us to do it: question only (LABELS).",
     ack="gfreiberg@outlook.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 12:02:00", client="outlookcom", frm=("Gail Freiberg", "gfreiberg@outlook.com"),
                          mailbox="powerhousecatalog", subject="Sharing names with other catalogs",
                          new="Good afternoon,\n\nHow do I opt out of having my name shared with other catalog companies? Is there a form "
                              "I need to fill out, or a website? I didn't see anything about it in the letter.\n\nThank you,\nGail")


@msg("share-question-form-nancy", "2025-03-06 12:40:00", "powerhousecatalog", "catalog-share opt-out", "'Can you take me off the list you share?'",
     prog="gmail", labels=["catalog_share_opt_out"], entities={"name": "Nancy Thorsby", "account": "3318-20475"},
     note="A request in question form ('Can you take me off the list you share with other catalog companies?') is the opt-out itself; nothing else needs answering.",
     ack="nthorsby@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 12:40:00", client="gmail", frm=("Nancy Thorsby", "nthorsby@gmail.com"),
                          mailbox="powerhousecatalog", subject="list sharing",
                          new="Hi,\n\nAfter getting your e-mail I went and read your privacy policy for the first time. Can you take me off the "
                              "list you share with other catalog companies?\n\nThanks,\nNancy Thorsby\ncustomer # 3318-20475")


@msg("share-whatever-curtis", "2025-03-06 13:15:00", "powerhousecatalog", "marketing opt-out", "share whatever, just stop the catalog",
     prog="gmail", labels=["marketing_opt_out"], entities={},
     note="'Share it with whoever you want ... just stop sending me the catalog': marketing_opt_out only (LABELS channel rule); explicitly not a sharing opt-out.",
     ack="cflanagan.ia@gmail.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 13:15:00", client="gmail", frm=("Curtis Flanagan", "cflanagan.ia@gmail.com"),
                          mailbox="powerhousecatalog", subject="catalog",
                          new="Honestly share my name with whoever you want, it's all out there already after this. Just stop sending me "
                              "the catalog. I never order anything from it anyway.")


@msg("vendor-formal-notice-pdf", "2025-03-06 14:00:00", "powerhousecatalog", "vendor notification", "vendor's formal legal notice with PDF",
     prog="Microsoft 365 (vendor legal mass mailing)", automated=True,
     note="Printing vendor's formal client notice with PDF attachment, mass-sent to all clients: vendor mail, not a request: automated.")
def _(rng):
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
           b"4 0 obj<</Length 88>>stream\nBT /F1 12 Tf 72 720 Td (Lakeshore Print & Mail - Formal Notice of Data Security Incident) Tj ET\n"
           b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    text = ("To our clients:\n\nPlease find attached Lakeshore Print & Mail Services, Inc.'s formal notice of the data security incident "
            "described in our earlier updates (reference LPMS-IR-0211), together with the per-client record schedule.\n\n"
            "This notice is provided under Section 9.4 (Security Incidents) of our Master Services Agreement. It is being sent to all "
            "affected clients; please do not reply to this address.\n\nLakeshore Print & Mail Services, Inc. - Office of the General Counsel\n")
    return m.html_mail(rng, at="2025-03-06 14:00:00", mailbox="powerhousecatalog", env_from="legal-notices@lakeshoreprintmail.com",
                       frm=("Lakeshore Print & Mail - Legal", "legal-notices@lakeshoreprintmail.com"),
                       subject="Formal Notice of Data Security Incident - Client Copy (LPMS-IR-0211)", esp="ses",
                       domain="lakeshoreprintmail.com", text=text, html=None, cte="7bit", charset="us-ascii",
                       attachments=[("application/pdf", pdf, "LPMS-IR-0211_Formal_Notice_PowerHouse.pdf")],
                       to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")


@msg("please-stop-bare", "2025-03-06 15:22:00", "customercare", "unclear", "'Please stop.' with no object, new thread",
     prog="aol", unclear=True,
     note="'Please stop.' with nothing saying what (mail? calls? the notices? sharing?), new message with no quote: unclear whichever mailbox.",
     ack="bstanek1948@aol.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 15:22:00", client="aol", frm=("Bev Stanek", "bstanek1948@aol.com"),
                          mailbox="customercare", subject="please", new="Please stop.")


@msg("photo-letter-is-legit", "2025-03-06 19:05:00", "powerhousecatalog", "question", "iPhone photo of the postal letter: is this legit?",
     prog="iphone", labels=["question"], entities={},
     note="Photo of the paper letter attached; her text asks if it is genuine: question. Anything in the image is not an entity.",
     ack="tashabell.cr@icloud.com")
def _(rng):
    jpg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + bytes(
        (i * 37 + 11) % 256 for i in range(1400)) + bytes([0xFF, 0xD9])
    return compose.person(rng, at="2025-03-06 19:05:00", client="iphone", frm=("Tasha Bell", "tashabell.cr@icloud.com"),
                          mailbox="powerhousecatalog", subject="Letter",
                          new="Is this legit? I never heard of Lakeshore anything. Picture of the letter attached\n\nSent from my iPhone",
                          fmt="plain", attachments=[("image/jpeg", jpg, "IMG_4471.jpeg")])


@msg("promo-stop-angry", "2025-03-06 11:47:00", "powerhousecatalog", "marketing opt-out", "angry STOP in reply to the Spring Preview promo",
     prog="gmail", labels=["marketing_opt_out"], entities={},
     note="STOP under one of our promotions is a marketing opt-out (contrast the STOP under the notice). 'Read the room' is anger, not a question.",
     ack="jwestergaard@gmail.com")
def _(rng):
    q = dict(kind="reply", text=ours.promo_text(), who=ours.NOTICE_FROM, when=ours.PROMO_SENT, subject=ours.PROMO_SUBJECT)
    return compose.person(rng, at="2025-03-06 11:47:00", client="gmail", frm=("Julie Westergaard", "jwestergaard@gmail.com"),
                          mailbox="powerhousecatalog", subject="Re: " + ours.PROMO_SUBJECT,
                          new="You send me a letter on Tuesday saying my address got stolen and on Thursday you send me a sale flyer?? "
                              "Read the room.\n\nSTOP", quote=q, irt=ours.promo_msgid(70331), refs=ours.promo_msgid(70331))


@msg("journalist-es", "2025-03-06 16:30:00", "customercare", "question", "Spanish-language outlet asks for comment",
     lang="es", prog="gworkspace", labels=["question"], entities={"name": "Claudia Ríos"},
     note="Spanish journalist asking for comment and whether Spanish speakers got a Spanish notice: question (route to communications).",
     ack="crios@prensadelvalle-ia.com")
def _(rng):
    return compose.person(rng, at="2025-03-06 16:30:00", client="gworkspace", frm=("Claudia Ríos", "crios@prensadelvalle-ia.com"),
                          mailbox="customercare", subject="Solicitud de comentario - incidente de PowerHouse Catalog",
                          new="Buenas tardes:\n\nSoy reportera de La Prensa del Valle, un periódico en español de West Liberty y Muscatine. "
                              "Varios lectores nos han preguntado por la carta sobre el incidente de seguridad en la imprenta Lakeshore.\n\n"
                              "¿Podrían responder a estas preguntas?\n\n"
                              "1. ¿Enviaron la notificación también en español a los clientes hispanohablantes?\n"
                              "2. ¿Cuántos clientes de Iowa recibieron la carta?\n"
                              "3. ¿Qué deben hacer los lectores que reciben correos falsos que dicen venir de ustedes?\n\n"
                              "Nuestra fecha de cierre es el lunes 10 de marzo a mediodía.\n\n"
                              "Muchas gracias,\nClaudia Ríos\nReportera | La Prensa del Valle\n563-555-0187")


@msg("no-longer-monitored", "2025-03-04 08:04:31", "powerhousecatalog", "auto-reply", "headerless 'mailbox no longer monitored' reply",
     prog="small-business mail server auto-responder", automated=True,
     note="Closed business's 'no longer monitored' responder answering the notice; no Auto-Submitted or Precedence header, still automated (LABELS: headerless auto-replies).")
def _(rng):
    return m.headerless_reply(rng, at="2025-03-04 08:04:31", frm=("Prairie Petals Floral", "info@prairiepetalsfloral.com"),
                              mailbox="powerhousecatalog", subject="Re: " + S, irt=ours.notice_msgid(40977),
                              text="This mailbox is no longer monitored.\n\nPrairie Petals Floral closed its doors on December 31, "
                                   "2024. Thank you to everyone who supported us for 22 wonderful years.\n\nFor questions about "
                                   "outstanding gift cards please write to PO Box 118, Anamosa, IA 52205.",
                              helo="mail.prairiepetalsfloral.com", ip="173.20.66.140")


@msg("promo-footer-share-only", "2025-03-06 14:30:00", "powerhousecatalog", "catalog-share opt-out", "reply to the Spring Preview pointing at its sharing footer; keeps e-mails",
     prog="yahoo", labels=["catalog_share_opt_out"], entities={"name": "Doris Keane"},
     note="Her own sentence points at our footer ('what it says at the bottom') and refuses sharing while keeping catalog and e-mails: share opt-out only. The quoted 'unsubscribe' footer is ours and adds nothing.",
     ack="doris.keane@yahoo.com")
def _(rng):
    q = dict(kind="reply", text=ours.promo_text(), who=ours.NOTICE_FROM, when=ours.PROMO_SENT, subject=ours.PROMO_SUBJECT)
    return compose.person(rng, at="2025-03-06 14:30:00", client="yahoo", frm=("Doris Keane", "doris.keane@yahoo.com"),
                          mailbox="powerhousecatalog", subject="Re: " + ours.PROMO_SUBJECT,
                          new="I read what it says at the bottom of this e-mail for the first time. Please do not share my name "
                              "with the other catalog companies. I do still want the catalog and these e-mails, I like the garden "
                              "things.\n\nDoris Keane",
                          quote=q, irt=ours.promo_msgid(58240), refs=ours.promo_msgid(58240))
