"""Machine mail of the esl set (and the one software unsubscribe that needs a hand-made message)."""
import sys
sys.dont_write_bytecode = True
from datetime import timedelta
from lib import (R, BOX, central, rfc, czone, utc, in_tz, rs, HEX, ALNUM, b64s, qid, uuid_lower, uuid_upper, fold_b,
                 ew, addr, leaf, binary, multipart, assemble, esc, br, Part, crlf)
from people import trace, dkim, reply_subject
from ours import OUR
import machines as mc

MACHINES = []

def M(id, when, box, cat, lang, program, fn, note, answers="-", **kw):
    m, d, h, mi = when
    spec = dict(kind="machine", id=id, dt=central(2025, m, d, h, mi, R.randint(0, 59)), box=box, cat=cat, lang=lang,
                program=program, fn=fn, note=note, answers=answers)
    spec.update(kw)
    MACHINES.append(spec)

def alt(text, html, cs="utf-8", cte="quoted-printable", bnd=None):
    return multipart("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], bnd or ("b1_" + rs(32, HEX)))

def wrap_html(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body style="margin:0;padding:0;background:#f4f4f4">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">\n'
            '%s\n</table></td></tr></table>\n</body></html>\n' % (esc(title), inner))

def rows(paras):
    return "\n".join("<tr><td>%s</td></tr>" % p for p in paras)

# ---------------------------------------------------------------------------------------------------- bounces

M("bounce-postfix-prairienet", (2, 11, 10, 5), "cc", "bounce (Postfix, user unknown)", "en", "Postfix",
  lambda dt: mc.postfix_remote_bounce(dt, "nl2502", "f.abdullahi@prairienet-ia.net", "mail.prairienet-ia.net", "207.177.38.14",
                                       "5.1.1", "550 5.1.1 <f.abdullahi@prairienet-ia.net>: Recipient address rejected: User unknown in virtual mailbox table",
                                       "mbox2.prairienet-ia.net[10.1.4.22]"),
  "Postfix DSN for the thermostat promo: the quoted original carries our own unsubscribe footer, which is no one's request.",
  answers="nl2502")

M("dsn-our-outbound-gmial", (2, 25, 9, 32), "cc", "bounce (our outbound Postfix, domain typo)", "en", "Postfix",
  lambda dt: mc.our_outbound_dsn(dt, "ack_khadra", "khadra.m@gmial.com", "5.4.4",
                                 "Host or domain name not found. Name service error for name=gmial.com type=A: Host not found"),
  "Our own outbound server returns an acknowledgement sent to a mistyped gmial.com address; the returned ack mentions opting out and sharing. Never acknowledged.",
  answers="ack_khadra")

M("bounce-ukrnet-full", (3, 4, 8, 33), "ph", "bounce (Exim, mailbox full, Ukrainian/English)", "uk+en", "Exim",
  lambda dt: mc.exim_bounce(dt, "ph2503", "o.kravets@ukr.net", "frv71.fwdcdn.com",
                            "mailbox is full: retry timeout exceeded",
                            lang_pre="Це повідомлення створено автоматично поштовою системою.\nЛист не вдалося доставити: поштова скринька адресата переповнена.\n\n"),
  "Bilingual bounce of the spring catalog e-mail ('This message was created automatically by the mail system. The letter could not be delivered: the recipient's mailbox is full.'), with the catalog footer quoted.",
  answers="ph2503")

M("ndr-o365-riverbend", (3, 4, 8, 34), "ph", "bounce (Exchange Online NDR)", "en", "Exchange Online",
  lambda dt: mc.o365_ndr(dt, "ph2503", "ldusabe@riverbendwelcome.org", "riverbendwelcome"),
  "Exchange Online 'Undeliverable' for the spring catalog e-mail (recipient not found).",
  answers="ph2503")

M("bounce-exim-quota", (4, 1, 13, 11), "cc", "bounce (Exim, quota)", "en", "Exim",
  lambda dt: mc.exim_bounce(dt, "ack_salon", "frontdesk@kibuyemarket.com", "server212.hostpilot-cloud.net", "Mailbox quota exceeded"),
  "Exim bounce of one of our acknowledgements (mailbox over quota); the copy includes the ack text about opting out. Machine mail.",
  answers="ack_salon")

M("bounce-qmail-kivu", (5, 20, 8, 17), "ph", "bounce (qmail)", "en", "qmail",
  lambda dt: mc.qmail_bounce(dt, "ph2505", "mapendo.j@kivuservices.net", "mail.kivuservices.net"),
  "qmail 'failure notice' without MIME for the summer catalog e-mail; the copy below the line carries the sharing footer.",
  answers="ph2505")

# ---------------------------------------------------------------------------------------------------- auto-replies

def ooo_heartland(dt):
    o = OUR["nl2502"]
    text = ("Thank you for your email. I am out of the office until Monday, February 17, with limited access to email. "
            "For urgent client needs please call our front desk at 319-555-0147.\n\n"
            "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 17 de febrero. Para asuntos urgentes llame al 319-555-0147.\n\n"
            "Asante kwa ujumbe wako. Niko nje ya ofisi hadi Jumatatu, Februari 17. Kwa dharura piga simu 319-555-0147.\n\n"
            "Beatrice Nshimirimana\nCase Manager | Heartland Refugee Partners")
    html = "<html><body><div>%s</div></body></html>" % br(text)
    body = alt(text, html, "us-ascii", "quoted-printable", "_000_" + rs(40, "0123456789ABCDEF") + "_")
    return mc.simple(dt, "cc", "Beatrice Nshimirimana", "bnshimirimana@heartlandrefugee.org", "Automatic reply: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"], "Thread-Topic: " + o["subject"],
                            "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "X-MS-Exchange-Inbox-Rules-Loop: bnshimirimana@heartlandrefugee.org",
                            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "Content-Language: en-US"],
                     src=("mail-bn8nam11on2102.outbound.protection.outlook.com", "40.107.236.102"), sel="selector1", date_tz=0)

M("ooo-caseworker-trilingual", (2, 11, 10, 3), "cc", "auto-reply (out of office, Auto-Submitted)", "en+es+sw", "Exchange Online",
  ooo_heartland,
  "Exchange out-of-office in English, Spanish and Swahili in answer to the thermostat promo: Auto-Submitted, never acknowledged.",
  answers="nl2502")

def bosnian_vacation(dt):
    o = OUR["ph2503"]
    text = ("Poštovani,\n\nhvala Vam na poruci. Naša prodavnica je zatvorena zbog godišnjeg odmora od 1. do 10. marta. "
            "Na Vašu poruku ćemo odgovoriti nakon povratka.\n\nSrdačan pozdrav,\nSarajevo Market\nWaterloo, Iowa")
    body = leaf("text/plain", text, "utf-8", "quoted-printable", quote_cs=False, params="; format=flowed")
    return mc.simple(dt, "ph", "Sarajevo Market", "info@sarajevomarketwaterloo.com", "Re: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"]], src=("server218.hostpilot-cloud.net", "162.241.60.18"))

M("autoreply-bosnian-headerless", (3, 4, 8, 31), "ph", "auto-reply (headerless, wholly Bosnian)", "bs", "cPanel autoresponder",
  bosnian_vacation,
  "Wholly Bosnian vacation notice without Auto-Submitted: 'Dear Sir/Madam, thank you for your message. Our shop is closed for annual leave from 1 to 10 March. We will answer your message after we return. Kind regards, Sarajevo Market.' Headerless auto-reply: automated.",
  answers="ph2503")

def loop_spanish(dt):
    o = OUR["ack_paredes"]
    text = "Hola, gracias por su correo. Trabajo en la planta de lunes a sábado y reviso mi correo solo los domingos. Le contesto pronto.\nJosé Luis"
    html = '<html><head></head><body><div dir="ltr">%s</div></body></html>' % br(text)
    body = alt(text, html, "UTF-8", "quoted-printable", "----=_Part_%d_%d.%d" % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), int(utc(dt).timestamp() * 1000)))
    return mc.simple(dt, "cc", "José Luis Paredes", "jlparedes77@yahoo.com", "Respuesta automática: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "Auto-Submitted: auto-replied", "X-Mailer: WebService/1.1.23187 YMailNorrin"],
                     src=("sonic312-21.consmr.mail.ne1.yahoo.com", "98.137.66.146"), sel="s2048",
                     mid="<%d.%d.%d@mail.yahoo.com>" % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), int(utc(dt).timestamp() * 1000)), date_tz=0)

M("loop-autoreply-spanish-ack", (3, 11, 15, 3), "cc", "auto-reply to our acknowledgement (loop trap)", "es", "Yahoo Mail vacation response",
  loop_spanish,
  "LOOP TRAP: Yahoo vacation reply ('thanks for your mail, I work at the plant Monday to Saturday and read mail only on Sundays') to our acknowledgement of the web-form opt-out. Answering it would loop.",
  answers="ack_paredes")

def lotus_autoreply(dt):
    o = OUR["nl2504"]
    text = ("Cảm ơn quý khách đã liên hệ Lotus Nails & Spa! Chúng tôi sẽ trả lời trong thời gian sớm nhất.\n"
            "Thank you for contacting Lotus Nails & Spa! We will reply as soon as possible.\n\n"
            "Giờ mở cửa / Hours: Mon-Sat 9:30am-7pm, Sun 11am-5pm\n608-555-0177")
    body = leaf("text/plain", text, "utf-8", "quoted-printable", quote_cs=False)
    return mc.simple(dt, "cc", "Lotus Nails & Spa", "info@lotusnailsjanesville.com", "Re: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "X-Autorespond: Lotus Nails & Spa", "Precedence: auto_reply"],
                     src=("server144.hostpilot-cloud.net", "162.241.27.144"))

M("autoreply-salon-vi-en", (4, 8, 10, 2), "cc", "auto-reply (Vietnamese/English, no Auto-Submitted)", "vi+en", "cPanel autoresponder",
  lotus_autoreply,
  "Salon autoresponder in Vietnamese and English ('Thank you for contacting Lotus Nails & Spa! We will reply as soon as possible') to the community solar promo; X-Autorespond/Precedence only.",
  answers="nl2504")

def french_church(dt):
    o = OUR["nl2504"]
    text = ("Bonjour,\n\nMerci pour votre message. Le secrétariat de l'église est fermé jusqu'au lundi 14 avril. "
            "Pour une urgence pastorale, veuillez appeler le 319-555-0162.\n\nQue Dieu vous bénisse,\nLe secrétariat\n"
            "Église Évangélique Lumière de Cedar Rapids")
    html = '<div dir="ltr">%s</div>' % br(text)
    body = alt(text, html, "UTF-8", "quoted-printable", "000000000000" + rs(16, HEX))
    return mc.simple(dt, "cc", "Église Lumière Secrétariat", "secretariat.eglise.lumiere@gmail.com", "Réponse automatique : " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"], "Auto-Submitted: auto-replied"],
                     src=("mail-yw1-f181.google.com", "209.85.128.181"), dom="gmail.com", sel="20230601",
                     mid="<CA+%s@mail.gmail.com>" % b64s(40).replace("/", "_"))

M("autoreply-french-church", (4, 8, 10, 1), "cc", "auto-reply (wholly French, Auto-Submitted)", "fr", "Gmail vacation responder",
  french_church,
  "Wholly French vacation reply: 'Hello, thank you for your message. The church office is closed until Monday 14 April. For a pastoral emergency please call ... God bless you, the office.' Auto-Submitted: automated.",
  answers="nl2504")

def arabic_market(dt):
    o = OUR["nl2505"]
    text = ("شكراً لرسالتكم. نحن في إجازة حتى ١٢ مايو وسنرد عليكم بعد عودتنا.\n\n"
            "Thank you for your message. We are on vacation until May 12 and will reply when we return.\n\nAl-Noor Halal Market, Cedar Rapids")
    html = '<div dir="rtl">%s</div>' % br(text)
    body = alt(text, html, "UTF-8", "base64", "000000000000" + rs(16, HEX))
    return mc.simple(dt, "cc", "Al-Noor Halal Market", "alnoor.halalmarket@gmail.com", "Auto: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "Auto-Submitted: auto-replied"],
                     src=("mail-oi1-f170.google.com", "209.85.167.170"), dom="gmail.com", sel="20230601",
                     mid="<CA+%s@mail.gmail.com>" % b64s(40).replace("/", "_"))

M("autoreply-arabic-market", (5, 6, 9, 46), "cc", "auto-reply (Arabic/English, Auto-Submitted)", "ar+en", "Gmail vacation responder",
  arabic_market,
  "Arabic and English vacation reply ('Thank you for your message. We are on vacation until 12 May and will reply when we return.') to the AC promo.",
  answers="nl2505")

def no_longer_monitored(dt):
    o = OUR["ph2505"]
    text = ("This mailbox is no longer monitored. Please write to info@congolesecommunitycr.org.\n"
            "Cette adresse n'est plus consultée. Veuillez écrire à info@congolesecommunitycr.org.")
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    return mc.simple(dt, "ph", "Congolese Community Association", "office.ccacr@gmail.com", "Re: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"]], src=("mail-qk1-f175.google.com", "209.85.222.175"), dom="gmail.com", sel="20230601",
                     mid="<CA+%s@mail.gmail.com>" % b64s(40).replace("/", "_"))

M("autoreply-no-longer-monitored", (5, 20, 8, 16), "ph", "auto-reply (headerless 'no longer monitored', English/French)", "en+fr", "Gmail vacation responder",
  no_longer_monitored,
  "Headerless 'this mailbox is no longer monitored' (English and French) in answer to the summer catalog e-mail: automated.",
  answers="ph2505")

def somali_ooo(dt):
    o = OUR["nl2506"]
    text = ("Mahadsanid fariintaada. Waxaan ka maqnaanayaa xafiiska ilaa 16-ka Juun. Haddii ay degdeg tahay, fadlan wac 641-555-0173.\n\n"
            "Hodan Warsame\nIsku-xiraha Qoysaska")
    html = "<html><body><div>%s</div></body></html>" % br(text)
    body = alt(text, html, "us-ascii", "quoted-printable", "_000_" + rs(40, "0123456789ABCDEF") + "_")
    return mc.simple(dt, "cc", "Hodan Warsame", "hwarsame@mtownschools.org", "Jawaab otomaatig ah: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "Content-Language: so-SO"],
                     src=("mail-dm6nam12on2131.outbound.protection.outlook.com", "40.107.243.131"), sel="selector2", date_tz=0)

M("autoreply-somali", (6, 3, 10, 31), "cc", "auto-reply (wholly Somali, Auto-Submitted)", "so", "Exchange Online",
  somali_ooo,
  "Wholly Somali out-of-office ('Automatic reply'): 'Thank you for your message. I will be away from the office until 16 June. If it is urgent, please call ... Hodan Warsame, family liaison.' Auto-Submitted: automated.",
  answers="nl2506")

def read_receipt(dt):
    o = OUR["ack_reyes"]
    text = ("Su mensaje\n\n   Para: Guadalupe Reyes\n   Asunto: %s\n   Enviado: jueves, 15 de mayo de 2025 16:48:19 (UTC+00:00) Monrovia, Reikiavik\n\n"
            "fue leído el viernes, 16 de mayo de 2025 12:04:51 (UTC+00:00) Monrovia, Reikiavik." % o["subject"])
    mdn = ("Reporting-UA: DM4PR19MB6624.namprd19.prod.outlook.com\nFinal-Recipient: rfc822;lupe.reyes.sl@hotmail.com\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % o["mid"])
    bnd = "_9B3C1E4F-%s_" % rs(12, "0123456789ABCDEF")
    body = multipart("report", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                Part(["Content-Type: message/disposition-notification"], crlf(mdn).encode())],
                     bnd, params="; report-type=disposition-notification")
    return mc.simple(dt, "cc", "Guadalupe Reyes", "lupe.reyes.sl@hotmail.com", "Leído: " + o["subject"], body,
                     extra=["In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"], "Thread-Topic: " + o["subject"],
                            "X-MS-Has-Attach:", "Content-Language: es-MX"],
                     src=("mail-sa9nam02olkn2061.outbound.protection.outlook.com", "40.92.48.61"), sel="selector1", date_tz=0)

M("read-receipt-leido", (5, 16, 7, 5), "cc", "read receipt (Spanish Outlook MDN)", "es", "Outlook.com",
  read_receipt,
  "Outlook read receipt 'Leído:' ('Your message ... was read on ...') for our acknowledgement: a receipt is machine mail even though a person's click sent it.",
  answers="ack_reyes")

# ---------------------------------------------------------------------------------------------------- newsletters, lists

def heartland_news(dt):
    text = ("HEARTLAND REFUGEE PARTNERS | March 2025\n\n"
            "Welcome to our newest neighbors\nIn February we welcomed 23 people from the DR Congo, Afghanistan and Ukraine to Cedar Rapids.\n\n"
            "Utility help night - March 20, 5:30 pm\nBring your gas and electric bills. Volunteers and interpreters (Swahili, French, Dari, Ukrainian) will help "
            "families read their bills, apply for LIHEAP and ask Alliant Energy about payment arrangements, budget billing and how to stop unwanted mail.\n\n"
            "Volunteer spotlight\nThank you to the St. Wenceslaus ESL team for 400 hours of tutoring this winter.\n\n"
            "Donate: https://heartlandrefugee.org/give\n\n"
            "You are receiving this email because you signed up at heartlandrefugee.org.\n"
            "Unsubscribe: https://heartlandrefugee.us21.list-manage.com/unsubscribe?u=%s&id=%s\n"
            "Heartland Refugee Partners, 1010 3rd Ave SE, Cedar Rapids, IA 52403" % (rs(25, HEX), rs(10, HEX)))
    inner = rows(["<h1 style=\"color:#1d5c8c\">March 2025</h1>",
                  "<h2>Welcome to our newest neighbors</h2><p>In February we welcomed 23 people from the DR Congo, Afghanistan and Ukraine to Cedar Rapids.</p>",
                  "<h2>Utility help night &ndash; March 20, 5:30 pm</h2><p>Bring your gas and electric bills. Volunteers and interpreters (Swahili, French, Dari, Ukrainian) "
                  "will help families read their bills, apply for LIHEAP and ask Alliant Energy about payment arrangements, budget billing and how to stop unwanted mail.</p>",
                  "<h2>Volunteer spotlight</h2><p>Thank you to the St. Wenceslaus ESL team for 400 hours of tutoring this winter.</p>",
                  "<p style=\"font-size:12px;color:#777\">You are receiving this email because you signed up at heartlandrefugee.org.<br>"
                  "<a href=\"https://heartlandrefugee.us21.list-manage.com/unsubscribe\">Unsubscribe</a> | Heartland Refugee Partners, 1010 3rd Ave SE, Cedar Rapids, IA 52403</p>"])
    body = alt(text, wrap_html(inner, "March 2025"), "utf-8", "quoted-printable", "_----------=_MCPart_%d" % R.randint(10**8, 10**9))
    lid = rs(25, HEX)
    return mc.simple(dt, "cc", "Heartland Refugee Partners", "news@heartlandrefugee.org", "March news: welcome, utility help night, volunteers", body,
                     env="bounce-mc.us21_%d.%d-customercare=alliant-energy.com@mail%d.suw11.mcsv.net" % (R.randint(10**6, 10**7), R.randint(10**5, 10**6), R.randint(10, 99)),
                     extra=["Reply-To: Heartland Refugee Partners <news@heartlandrefugee.org>",
                            "List-Unsubscribe: <https://heartlandrefugee.us21.list-manage.com/unsubscribe?u=%s>, <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (lid, rs(20, HEX)),
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: %s mc list <%s.heartlandrefugee.org>" % (lid, lid[:12]),
                            "Precedence: bulk", "X-Mailer: Mailchimp Mailer - **CID%s**" % rs(10, HEX), "Feedback-ID: 1:%s:mc" % rs(8, "0123456789")],
                     src=("mail%d.suw11.mcsv.net" % R.randint(10, 99), "198.2.%d.%d" % (R.randint(128, 190), R.randint(2, 250))), dom="mcsv.net", sel="k2")

M("newsletter-heartland", (3, 11, 7, 0), "cc", "newsletter (resettlement agency, Mailchimp)", "en", "Mailchimp",
  heartland_news,
  "Resettlement agency newsletter (List-Id, Precedence: bulk): mentions Alliant and 'how to stop unwanted mail' but requests nothing of us.")

def welcome_center_news(dt):
    text = ("NEWCOMER WELCOME CENTER - MAY NEWS\n\n"
            "English: Free citizenship class starts May 19. Summer energy tips night with Alliant Energy volunteers on May 29.\n"
            "Tiếng Việt: Lớp học quốc tịch miễn phí bắt đầu ngày 19 tháng 5.\n"
            "Soomaali: Fasalka dhalashada oo bilaash ah wuxuu bilaabanayaa 19-ka May.\n"
            "Español: La clase gratuita de ciudadanía empieza el 19 de mayo.\n"
            "Kiswahili: Darasa la bure la uraia linaanza tarehe 19 Mei.\n\n"
            "Newcomer Welcome Center, 18 E Main St, Marshalltown, IA 50158\n"
            "Unsubscribe / Darse de baja: https://visitor.constantcontact.com/do?p=un&m=%s" % rs(20, ALNUM))
    inner = rows(["<h1>May News</h1>",
                  "<p><b>English:</b> Free citizenship class starts May 19. Summer energy tips night with Alliant Energy volunteers on May 29.</p>",
                  "<p><b>Tiếng Việt:</b> Lớp học quốc tịch miễn phí bắt đầu ngày 19 tháng 5.</p>",
                  "<p><b>Soomaali:</b> Fasalka dhalashada oo bilaash ah wuxuu bilaabanayaa 19-ka May.</p>",
                  "<p><b>Español:</b> La clase gratuita de ciudadanía empieza el 19 de mayo.</p>",
                  "<p><b>Kiswahili:</b> Darasa la bure la uraia linaanza tarehe 19 Mei.</p>",
                  "<p style=\"font-size:12px\">Newcomer Welcome Center, 18 E Main St, Marshalltown, IA 50158 &middot; <a href=\"https://visitor.constantcontact.com/do?p=un\">Unsubscribe</a></p>"])
    body = alt(text, wrap_html(inner, "May News"), "utf-8", "quoted-printable", "----=_Part_%d_%d.%d" % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), int(utc(dt).timestamp() * 1000)))
    return mc.simple(dt, "cc", "Newcomer Welcome Center", "news@mtownwelcome.org", "May News / Tin tức tháng 5 / Wararka May / Noticias de mayo", body,
                     env="%s@in.constantcontact.com" % rs(16, ALNUM),
                     extra=["List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=%s>" % rs(20, ALNUM),
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: <%s.list-id.constantcontact.com>" % rs(10, "0123456789"), "Precedence: bulk",
                            "X-Roving-Campaignid: %d" % R.randint(10**9, 10**10), "X-Mailer: Roving Constant Contact 2012"],
                     src=("ccm%d.constantcontact.com" % R.randint(10, 40), "208.75.123.%d" % R.randint(2, 250)), dom="auth.ccsend.com", sel="1000073432")

M("newsletter-welcome-center-multilingual", (5, 8, 7, 30), "cc", "newsletter (multilingual, Constant Contact)", "en+vi+so+es+sw", "Constant Contact",
  welcome_center_news,
  "Newcomer center's multilingual newsletter (English, Vietnamese, Somali, Spanish, Swahili), bulk with List-Unsubscribe: automated.")

def list_post(dt):
    text = ("Hello everyone,\n\nMy gas bill from Alliant is $350 this month and I have 4 kids. Does anyone know how to get help? "
            "Somebody said LIHEAP but the office said wait. I put Alliant customer care in copy so maybe they answer also.\n\n"
            "Thank you\nPaw Htoo\n\n-- \nYou received this message because you are subscribed to the Google Groups \"Marshalltown Newcomers Help\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to marshalltown-newcomers+unsubscribe@googlegroups.com.\n"
            "To view this discussion visit https://groups.google.com/d/msgid/marshalltown-newcomers/CA%s%%40mail.gmail.com." % b64s(30).replace("/", "_"))
    html = '<div dir="ltr">%s</div>' % br(text)
    body = alt(text, html, "UTF-8", "quoted-printable", "000000000000" + rs(16, HEX))
    gid = "<CA+%s@mail.gmail.com>" % b64s(40).replace("/", "_")
    return mc.simple(dt, "cc", "Paw Htoo", "pawhtoo.mtown@gmail.com", "[marshalltown-newcomers] help with gas bill", body,
                     env="marshalltown-newcomers+bncBD%s@googlegroups.com" % rs(40, ALNUM), to="marshalltown-newcomers@googlegroups.com",
                     extra=["Cc: customercare@alliant-energy.com",
                            "Sender: marshalltown-newcomers@googlegroups.com",
                            "Reply-To: marshalltown-newcomers@googlegroups.com",
                            "Precedence: list", "Mailing-list: list marshalltown-newcomers@googlegroups.com; contact marshalltown-newcomers+owners@googlegroups.com",
                            "List-ID: <marshalltown-newcomers.googlegroups.com>", "X-Spam-Checked-In-Group: pawhtoo.mtown@gmail.com",
                            "X-Original-Sender: pawhtoo.mtown@gmail.com", "List-Post: <https://groups.google.com/group/marshalltown-newcomers/post>, <mailto:marshalltown-newcomers@googlegroups.com>",
                            "List-Help: <https://groups.google.com/support/>, <mailto:marshalltown-newcomers+help@googlegroups.com>",
                            "List-Archive: <https://groups.google.com/group/marshalltown-newcomers>",
                            "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>, <https://groups.google.com/group/marshalltown-newcomers/subscribe>" % R.randint(10**11, 10**12)],
                     src=("mail-yb1-f187.google.com", "209.85.219.187"), dom="googlegroups.com", sel="20230601", mid=gid)

M("list-post-newcomers-group", (3, 28, 10, 45), "cc", "mailing-list post (Google Groups, customercare in Cc)", "en", "Google Groups",
  list_post,
  "A newcomer's post to a Google Group with customercare in Cc, delivered as list traffic (List-ID, Precedence: list): automated by the rules, though a person wrote it and asks about help with a bill.")

# ---------------------------------------------------------------------------------------------------- vendor and system mail

def mailhouse_report(dt):
    text = ("This is an automated notice from MDMS JobTracker.\n\n"
            "Client: PowerHouse Catalog (Alliant Energy)\nJob: 25-0217 Spring 2025 catalog drop\nStatus: MERGE/PURGE COMPLETE\n\n"
            "Input records:                      184,220\nNCOA moves updated:                   6,912\nDeceased suppression:                   418\n"
            "Client do-not-mail suppression:       3,077\nClient do-not-share flag (excluded from list exchange file): 1,284\n"
            "Final mail file:                    173,813\n\n"
            "Reports: https://portal.midwestdirectmail.com/jobs/25-0217\nDo not reply to this message. Questions: your account manager, 608-555-0121.")
    csv = ("job,stage,records\n25-0217,input,184220\n25-0217,ncoa_updated,6912\n25-0217,deceased,418\n25-0217,do_not_mail,3077\n"
           "25-0217,do_not_share_excluded,1284\n25-0217,final,173813\n").encode()
    body = multipart("mixed", [leaf("text/plain", text, "us-ascii", "7bit"), binary("text/csv", csv, "25-0217_summary.csv")], "=_mdms_" + rs(20, HEX))
    return mc.simple(dt, "ph", "MDMS JobTracker", "jobs@midwestdirectmail.com", "Job 25-0217 PowerHouse Spring Catalog - merge/purge and suppression complete", body,
                     extra=["Auto-Submitted: auto-generated", "X-Mailer: MDMS JobTracker 4.2"], src=("smtp2.midwestdirectmail.com", "64.94.18.72"))

M("vendor-mailhouse-suppression", (2, 20, 6, 15), "ph", "vendor system mail (mail house suppression report)", "en", "MDMS JobTracker",
  mailhouse_report,
  "Mail house report counting do-not-mail and do-not-share suppressions for the spring catalog: vendor system mail, not a request, despite the opt-out words.")

def translation_job(dt):
    text = ("Clearvoice Language Services - Project update\n\n"
            "Project: TP-25-0311 Alliant Energy privacy notice (2025)\nStatus: COMPLETED\n"
            "Target languages: Somali, Swahili, Vietnamese, Hmong, Arabic, Bosnian\n"
            "Deliverables: 6 files (DOCX, PDF) ready for download in the client portal.\n\n"
            "Download: https://portal.clearvoicelanguage.com/projects/TP-25-0311\n\n"
            "This is an automated message. Please do not reply.")
    html = wrap_html(rows(["<h2>Project update</h2>", "<p><b>Project:</b> TP-25-0311 Alliant Energy privacy notice (2025)<br><b>Status:</b> COMPLETED<br>"
                           "<b>Target languages:</b> Somali, Swahili, Vietnamese, Hmong, Arabic, Bosnian<br><b>Deliverables:</b> 6 files (DOCX, PDF)</p>",
                           "<p><a href=\"https://portal.clearvoicelanguage.com/projects/TP-25-0311\">Download from the client portal</a></p>",
                           "<p style=\"font-size:12px;color:#888\">This is an automated message. Please do not reply.</p>"]), "Project update")
    body = alt(text, html, "utf-8", "quoted-printable")
    return mc.simple(dt, "cc", "Clearvoice Language Services", "notifications@clearvoicelanguage.com", "Project TP-25-0311 completed: privacy notice translations", body,
                     env="0100019%s-%s-000000@amazonses.com" % (rs(9, HEX), uuid_lower()),
                     extra=["Auto-Submitted: auto-generated", "X-SES-Outgoing: 2025.03.07-54.240.8.21", "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64s(43)],
                     src=("a8-21.smtp-out.amazonses.com", "54.240.8.21"))

M("vendor-translation-job", (3, 7, 14, 0), "cc", "translation-service notice (project completed)", "en", "Clearvoice portal (Amazon SES)",
  translation_job,
  "Translation vendor's automated notice that the privacy notice translations are ready: system mail, no request.")

def calendar_invite(dt):
    start = "20250403T230000Z"
    end = "20250404T010000Z"
    uid = "%s@google.com" % rs(26, "abcdefghijklmnopqrstuvwxyz0123456789")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:%s\nDTEND:%s\nDTSTAMP:%s\nORGANIZER;CN=Clearvoice Scheduling:mailto:scheduling@clearvoicelanguage.com\n"
           "UID:%s\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com\n"
           "DESCRIPTION:Hmong interpreter (Mai Nou Xiong) for the community energy workshop. Please confirm the room has a microphone.\n"
           "LOCATION:Mead Public Library\\, 710 N 8th St\\, Sheboygan WI\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:Interpreter booking: Hmong - community energy workshop\\, Sheboygan\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n"
           % (start, end, utc(dt).strftime("%Y%m%dT%H%M%SZ"), uid))
    text = ("Interpreter booking: Hmong - community energy workshop, Sheboygan\nThursday Apr 3, 2025 6pm - 8pm (Central Time - Chicago)\n"
            "Location: Mead Public Library, 710 N 8th St, Sheboygan WI\nOrganizer: scheduling@clearvoicelanguage.com\n\n"
            "Reply for customercare@alliant-energy.com: Yes / No / Maybe\n\nInvitation from Google Calendar")
    html = "<html><body><p>%s</p></body></html>" % br(text)
    inner = multipart("alternative", [leaf("text/plain", text, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "quoted-printable"),
                                      leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")], "000000000000" + rs(16, HEX))
    ics_att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                    "Content-Transfer-Encoding: base64"], __import__("lib").b64(crlf(ics).encode()))
    body = multipart("mixed", [inner, ics_att], "000000000000" + rs(16, HEX))
    return mc.simple(dt, "cc", "Clearvoice Scheduling", "scheduling@clearvoicelanguage.com",
                     "Invitation: Interpreter booking: Hmong - community energy workshop, Sheboygan @ Thu Apr 3, 2025 6pm - 8pm (CDT) (customercare@alliant-energy.com)", body,
                     extra=["Reply-To: scheduling@clearvoicelanguage.com", "Sender: Google Calendar <calendar-notification@google.com>"],
                     src=("mail-sor-f73.google.com", "209.85.220.73"), mid="<calendar-%s@google.com>" % uuid_lower())

M("calendar-interpreter-booking", (3, 25, 16, 0), "cc", "calendar invitation (text/calendar)", "en", "Google Calendar",
  calendar_invite,
  "Google Calendar invitation from the interpreting vendor for a Hmong community workshop: calendar mail, automated.")

def interp_invoice(dt):
    text = ("Your Clearvoice invoice is ready.\n\nInvoice: INV-CV-25031\nPeriod: March 2025\nOver-the-phone interpreting minutes: 4,812 "
            "(Spanish 3,390; Somali 402; Swahili 311; Vietnamese 288; Hmong 251; other 170)\nAmount due: $5,293.20\nTerms: Net 30\n\n"
            "View and pay: https://portal.clearvoicelanguage.com/billing\n\nThis is an automated message. Please do not reply.")
    body = leaf("text/plain", text, "utf-8", "7bit")
    return mc.simple(dt, "cc", "Clearvoice Billing", "billing@clearvoicelanguage.com", "Invoice INV-CV-25031 for March 2025 is ready", body,
                     env="0100019%s-%s-000000@amazonses.com" % (rs(9, HEX), uuid_lower()),
                     extra=["Auto-Submitted: auto-generated", "X-SES-Outgoing: 2025.04.10-54.240.8.35"],
                     src=("a8-35.smtp-out.amazonses.com", "54.240.8.35"))

M("vendor-interpreting-invoice", (4, 10, 5, 30), "cc", "translation-service notice (invoice)", "en", "Clearvoice portal (Amazon SES)",
  interp_invoice,
  "Phone-interpreting vendor's monthly invoice notice: vendor system mail.")

# ---------------------------------------------------------------------------------------------------- spam and phishing

def phish_en(dt):
    html = ('<html><body style="font-family:Arial"><div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">'
            '<p style="font-size:20px;color:#c00"><b>FINAL DISCONNECTION NOTICE</b></p>'
            '<p>Dear Customer,</p><p>Your Alliant Energy account has an unpaid balance of <b>$287.44</b>. Your electric service is scheduled for '
            'disconnection within <b>24 hours</b>.</p><p>To avoid disconnection, verify your payment information now:</p>'
            '<p><a href="http://alliant-energypay-secure.com/verify?id=%s" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">PAY NOW</a></p>'
            '<p>If you want to stop these notices, reply STOP.</p><p>Alliant Energy Billing Department</p></div></body></html>' % rs(12, ALNUM))
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    return mc.simple(dt, "cc", "Alliant Energy", "billing@alliant-energypay-secure.com", "FINAL NOTICE: Service Disconnection Scheduled - Account Suspended", body,
                     env="bounce@mx7.alliant-energypay-secure.com", dkim_res="none", spf="softfail", dmarc="fail",
                     src=("vps-2291.hostvault-eu.net", "185.225.%d.%d" % (R.randint(1, 250), R.randint(1, 250))))

M("phishing-disconnection-en", (3, 13, 3, 22), "cc", "phishing (fake disconnection)", "en", "bulk mailer",
  phish_en,
  "Phishing that imitates our billing (lookalike domain, SPF softfail, DMARC fail); 'reply STOP' in its text is bait, not a person's request.")

def spam_remit(dt):
    text = ("Send money home for $0 fees this month!\n\nSomalia, Kenya, Ethiopia, Uganda - cash pickup in minutes.\n"
            "Use code EID0 at checkout. Rates: 1 USD = 571 SOS.\n\nhttps://dahabexpress-remit.com/send\n\n"
            "To stop receiving these offers click https://dahabexpress-remit.com/unsub")
    html = wrap_html(rows(["<h1 style=\"color:#b8860b\">Send money home for $0 fees</h1>",
                           "<p>Somalia, Kenya, Ethiopia, Uganda &ndash; cash pickup in minutes. Use code <b>EID0</b>.</p>",
                           "<p><a href=\"https://dahabexpress-remit.com/send\">Send now</a></p>",
                           "<p style=\"font-size:11px\">To stop receiving these offers <a href=\"https://dahabexpress-remit.com/unsub\">click here</a>.</p>"]), "Dahab Express")
    body = alt(text, html, "windows-1252", "quoted-printable")
    return mc.simple(dt, "cc", "Dahab Express", "offers@dahabexpress-remit.com", "Eid offer: $0 fees to Somalia & Kenya", body,
                     extra=["List-Unsubscribe: <https://dahabexpress-remit.com/unsub?e=customercare%40alliant-energy.com>", "Precedence: bulk"],
                     src=("mta12.sendlane-mail.net", "69.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))), dom="dahabexpress-remit.com")

M("spam-remittance", (4, 3, 6, 0), "cc", "spam (remittance promotion)", "en", "bulk mailer",
  spam_remit,
  "Unsolicited remittance promotion sent to our customer-care address: bulk spam, automated.")

def phish_es(dt):
    text = ("Estimado cliente:\n\nSu servicio de luz será desconectado HOY por falta de pago ($198.50).\n"
            "Para evitar el corte, confirme su pago en el siguiente enlace:\nhttp://alliant-servicio-pagos.com/es/pago\n\n"
            "Atentamente,\nAlliant Energy Servicio al Cliente")
    body = leaf("text/plain", text, "iso-8859-1", "base64")
    return mc.simple(dt, "cc", "Alliant Energy Servicio al Cliente", "avisos@alliant-servicio-pagos.com", "Aviso urgente: su servicio será desconectado hoy", body,
                     env="avisos@alliant-servicio-pagos.com", dkim_res="none", spf="fail", dmarc="fail",
                     src=("smtp.cheap-relay-host.biz", "103.150.%d.%d" % (R.randint(1, 250), R.randint(1, 250))))

M("phishing-spanish", (4, 15, 7, 45), "cc", "phishing (Spanish, fake disconnection)", "es", "bulk mailer",
  phish_es,
  "Spanish phishing ('your power will be disconnected TODAY, confirm payment at this link') from a lookalike domain: automated.")

def cold_sales(dt):
    text = ("Hi there,\n\nI was looking at alliantenergy.com and noticed your bill help pages are only in English and Spanish. "
            "Iowa and Wisconsin have large Somali, Hmong, Vietnamese and Swahili-speaking communities.\n\n"
            "PolyglotWeb localizes utility websites into 20+ languages in under 30 days, fully ADA compliant. "
            "Would you be open to a 15-minute call next week?\n\nBest,\nDana Whitfield\nEnterprise Partnerships, PolyglotWeb\n\n"
            "If you'd rather not hear from me, just reply \"no thanks\" and I won't follow up.")
    body = leaf("text/plain", text, "utf-8", "7bit")
    return mc.simple(dt, "cc", "Dana Whitfield", "dana@polyglotweb-localize.com", "Quick question about Alliant's Somali and Hmong pages", body,
                     src=("mail-sor-f41.google.com", "209.85.220.41"), sel="google", mid="<CAL%s@mail.gmail.com>" % b64s(40).replace("/", "_"),
                     extra=["X-Mailer: Outreach.io"])

M("cold-sales-localization", (5, 2, 10, 20), "cc", "cold sales outreach", "en", "Outreach.io",
  cold_sales,
  "Cold sales pitch for website localization, written like a person's note: not a request, automated by the rules (its 'reply no thanks' is its own opt-out).")

def phish_vi(dt):
    html = ('<html><body><div style="font-family:Arial;max-width:520px">'
            '<p><b>Alliant Energy</b></p><p>Kính gửi Quý khách,</p>'
            '<p>Chúng tôi phát hiện Quý khách đã thanh toán thừa hóa đơn tiền điện. Quý khách được <b>hoàn tiền 86,40 USD</b>.</p>'
            '<p>Vui lòng nhập thông tin thẻ ngân hàng để nhận tiền hoàn trong vòng 48 giờ:</p>'
            '<p><a href="http://alliant-hoantien.top/nhan">NHẬN TIỀN HOÀN</a></p>'
            '<p>Trân trọng,<br>Bộ phận Chăm sóc Khách hàng</p></div></body></html>')
    body = leaf("text/html", html, "utf-8", "base64")
    return mc.simple(dt, "cc", "Alliant Energy Hoàn Tiền", "hoantien@alliant-hoantien.top", "Thông báo hoàn tiền 86,40 USD cho Quý khách", body,
                     env="noreply@alliant-hoantien.top", dkim_res="none", spf="fail", dmarc="fail",
                     src=("mail.alliant-hoantien.top", "45.134.%d.%d" % (R.randint(1, 250), R.randint(1, 250))))

M("phishing-vietnamese-refund", (5, 14, 4, 12), "cc", "phishing (Vietnamese, fake refund)", "vi", "bulk mailer",
  phish_vi,
  "Vietnamese phishing: 'we found you overpaid your electric bill; you get a refund of 86.40 USD; enter your bank card to receive it within 48 hours.' HTML-only, base64, lookalike domain: automated.")

def list_broker(dt):
    text = ("Hello PowerHouse team,\n\nApex List Partners now offers a 2.3 million record multicultural consumer file (Hispanic, Asian-American, "
            "African immigrant households) with in-language preferences, updated monthly and NCOA-processed.\n\n"
            "Catalogers like yours use it for prospecting and list exchange. Counts for Iowa and Wisconsin attached on request; "
            "rental from $95/M, exchange terms available.\n\nKevin Marsh\nSenior List Manager, Apex List Partners\n312-555-0108\n\n"
            "To be removed from future offers, reply REMOVE.")
    body = leaf("text/plain", text, "utf-8", "7bit")
    return mc.simple(dt, "ph", "Kevin Marsh", "kmarsh@apexlistpartners.com", "Multicultural consumer list - rental and exchange for PowerHouse", body,
                     src=("mail-ch5nam04on2112.outbound.protection.outlook.com", "40.107.201.112"), sel="selector1")

M("list-broker-cold", (6, 17, 9, 0), "ph", "cold sales (list broker)", "en", "Outlook (Microsoft 365)",
  list_broker,
  "List broker offering list rental and exchange to the catalog: cold sales, automated; 'exchange' and 'REMOVE' are his words, not a customer's.")

# ---------------------------------------------------------------------------------------------------- a person's unsubscribe made by software

def inbox_cleaner(dt):
    body = leaf("text/plain", "unsubscribe\n\nSent by InboxTidy on behalf of minh.tran.ia@gmail.com. Manage: https://inboxtidy.app/settings\n", "utf-8", "7bit")
    return mc.simple(dt, "cc", "InboxTidy", "unsubscribe@send.inboxtidy.app", "unsubscribe", body,
                     env="0100019%s-%s-000000@amazonses.com" % (rs(9, HEX), uuid_lower()),
                     extra=["Auto-Submitted: auto-generated", "X-InboxTidy-Request: %s" % uuid_lower()],
                     src=("a8-60.smtp-out.amazonses.com", "54.240.8.60"), dom="send.inboxtidy.app")

HUMAN_MADE = [dict(kind="human", id="inboxtidy-unsub", dt=central(2025, 3, 21, 2, 0, 17), box="cc", prov="custom", raw_fn=inbox_cleaner,
                   program="InboxTidy (Amazon SES)", frm=("InboxTidy", "unsubscribe@send.inboxtidy.app"), cat="software unsubscribe (inbox-cleaning service, Auto-Submitted)",
                   lang="en", labels=["marketing_opt_out"], ack=None, answers="nl2502",
                   note="An inbox-cleaning service unsubscribes its user from our promotions via the List-Unsubscribe mailto: a person's marketing opt-out, but Auto-Submitted forbids answering it (ack_to null). The user's address is not an entity.")]
