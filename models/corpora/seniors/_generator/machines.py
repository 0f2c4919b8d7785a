# -*- coding: utf-8 -*-
"""Machine mail around the seniors: scams, misdirected newsletters, bulletins, auto-replies, bounces, system mail."""
import ours
from mailkit import (When, Leaf, Multi, Embedded, render_message, render_header_block, enc_header, addr, esc,
                     text_to_html_p, hexid, HEXID, alnum, uuid_upper, uuid_lower, stable_rng, MAILBOX_ADDR,
                     encode_text, utc_stamp)
from clients import our_hop, pfx_date

SPECS = []


def M(**kw):
    kw.setdefault("lang", "en")
    if "frm" in kw:
        kw["from"] = kw.pop("frm")
    SPECS.append(kw)


def epoch(w):
    return int((w.utc() - When("1970-01-01 00:00", 0).utc()).total_seconds())


def inbound(rng, envelope, helo, ip, rcpt, w, spf="pass", dkim="pass", dkim_d=None, extra_hops=()):
    arrive = w.shifted(rng.randint(3, 50))
    ours_hop, mx = our_hop(rng, helo, ip, rcpt, arrive)
    hdrs = [("Return-Path", "<%s>" % envelope if envelope else "<>"), ("Delivered-To", rcpt)]
    hdrs.append(tuple(ours_hop.split(": ", 1)))
    dom = dkim_d or (envelope.rsplit("@", 1)[1] if envelope else helo)
    hdrs.append(("Authentication-Results", "%s.alliant-energy.com;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s" % (
        mx, dkim, dom, spf, envelope or helo)))
    for h in extra_hops:
        hdrs.append(h)
    return hdrs


def our_original(o, to_addr, rng, full=True):
    """Raw bytes of one of our outgoing messages as it left us (used inside bounces/reports)."""
    w = o["when"]
    h = [("Return-Path", "<bounces+%s@mail.alliant-energy.com>" % hexid(rng, 10))] if full else []
    h += [("Received", "from mailer.alliant-energy.com (mailer.alliant-energy.com [148.163.%d.%d])\n\tby mta%d.alliant-energy.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
        rng.randint(128, 160), rng.randint(2, 250), rng.randint(1, 4), alnum(rng, 11), to_addr, pfx_date(w)))] if full else []
    h += [("From", addr(o["sender"][0], o["sender"][1])), ("To", to_addr), ("Subject", o["subject"]),
          ("Date", w.rfc()), ("Message-ID", o["msgid"]), ("MIME-Version", "1.0")]
    if o.get("kind") in ("promotion", "newsletter"):
        h += [("List-Unsubscribe", "<mailto:customercare@alliant-energy.com?subject=unsubscribe>"),
              ("Precedence", "bulk")]
    elif o.get("kind") == "catalog":
        h += [("List-Unsubscribe", "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>"),
              ("Precedence", "bulk")]
    h += [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit")]
    body = o["text"].replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    return render_header_block(h), body


# ================================================================== scams and phishing
def build_phish(s):
    rng = stable_rng(s["id"])
    w = When(s["date"], s.get("tz", 0))
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    hdrs = inbound(rng, s["envelope"], s["helo"], s["ip"], rcpt, w, spf=s.get("spf", "softfail"), dkim="none")
    hdrs += [("From", s["from"]), ("To", s.get("to", rcpt)), ("Subject", enc_header(s["subject"])),
             ("Date", w.rfc()), ("Message-ID", "<%s@%s>" % (hexid(rng, 24), s["helo"])), ("MIME-Version", "1.0")]
    if s.get("reply_to"):
        hdrs.append(("Reply-To", s["reply_to"]))
    hdrs += s.get("extra", [])
    text = s["text"]
    html = s.get("html") or "<html><body style=\"font-family:Arial\">%s</body></html>" % text_to_html_p(text)
    cs = s.get("charset", "utf-8")
    body = Multi("alternative", [Leaf("text/plain", text, cs, s.get("cte", "quoted-printable")),
                                 Leaf("text/html", html, cs, s.get("html_cte", "base64"))],
                 "----=_Part_%d_%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9)))
    return render_message(hdrs, body)


def phish_refund_raw(to_addr, date):
    """Stand-alone copy of the 'refund' phishing, as a customer would have received it (for forwarding)."""
    rng = stable_rng("refund-copy" + to_addr)
    w = When(date)
    hdrs = [("Return-Path", "<bounce-7731@mx.ae-refunds-center.com>"),
            ("From", '"Alliant Energy" <refunds@ae-refunds-center.com>'), ("To", to_addr),
            ("Subject", "Your refund of $187.40 is waiting"), ("Date", w.rfc()),
            ("Message-ID", "<%s@ae-refunds-center.com>" % hexid(rng, 20)), ("MIME-Version", "1.0")]
    text = ("Dear Valued Customer,\n\n"
            "Due to a billing error you were overcharged on your last 3 statements. A refund of $187.40\n"
            "is waiting for you. To receive your refund, confirm your account and banking details within 48 hours:\n\n"
            "http://alliant-refund-portal.com/claim?id=%s\n\n"
            "If you do not confirm, your refund will be cancelled.\n\n"
            "Alliant Energy Refund Department\n" % hexid(rng, 12))
    return render_message(hdrs, Leaf("text/plain", text, "us-ascii", "7bit"))


M(id="M01", kind="phishing", cat="phishing spoofing us: disconnection", mailbox="customercare",
  date="2026-09-24 14:03:11", envelope="notice@alliantenergy-billing-secure.com", helo="mail.alliantenergy-billing-secure.com",
  ip="185.234.72.19", frm='"Alliant Energy Billing" <notice@alliantenergy-billing-secure.com>',
  subject="URGENT: Disconnection Notice - Account Past Due",
  text=("FINAL DISCONNECTION NOTICE\n\n"
        "Our records show your account is PAST DUE in the amount of $412.65.\n"
        "Your electric service is scheduled for disconnection TODAY within 30 minutes.\n\n"
        "To avoid disconnection, call our Disconnection Department immediately at 1-888-555-0143\n"
        "and have payment ready. We accept Green Dot, Target and Walgreens gift cards for immediate processing.\n\n"
        "Do NOT ignore this notice.\n\n"
        "Alliant Energy Collections\n"),
  note="Phishing aimed at older customers, spoofing our name: automated, no labels, even though it names us and a bill.")

M(id="M02", kind="phishing", cat="Medicare card phishing", mailbox="customercare",
  date="2026-10-08 07:41:26", envelope="noreply@medicare-benefit-update.info", helo="smtp.medicare-benefit-update.info",
  ip="45.148.10.77", frm='"Medicare Benefits Center" <noreply@medicare-benefit-update.info>',
  subject="Action Required: Your New Medicare Card Is Ready",
  text=("Dear Beneficiary,\n\n"
        "A new plastic Medicare card with a security chip has been issued in your name for 2027.\n"
        "To receive your card by mail you must verify your identity. Please reply with your full name,\n"
        "date of birth, Social Security number and Medicare number, or call 1-877-555-0190.\n\n"
        "Beneficiaries who do not verify by October 15 may experience an interruption in coverage.\n\n"
        "Medicare Benefits Center\n"),
  note="Medicare-card phishing that landed in our box: automated spam, no labels.")

M(id="M03", kind="phishing", cat="Social Security phishing", mailbox="powerhousecatalog",
  date="2026-10-19 03:18:52", envelope="alerts@ssa-gov-benefits.net", helo="mx1.ssa-gov-benefits.net",
  ip="193.42.33.150", frm='"Social Security Administration" <alerts@ssa-gov-benefits.net>',
  subject="Your Social Security benefits have been suspended",
  text=("NOTICE OF SUSPENSION\n\n"
        "Your Social Security number has been linked to suspicious activity in Texas and your benefits\n"
        "have been temporarily suspended. To restore your monthly payments you must speak with an\n"
        "officer today. Call 1-844-555-0117 and press 1.\n\n"
        "Failure to respond will result in the permanent loss of benefits and a warrant in your name.\n\n"
        "Office of the Inspector General\n"),
  note="Government-impersonation scam aimed at retirees: automated, no labels.")

M(id="M04", kind="scam", cat="sweepstakes scam", mailbox="powerhousecatalog",
  date="2026-11-13 11:22:07", envelope="claims@prize-notification-center.biz", helo="mail.prize-notification-center.biz",
  ip="91.215.85.32", frm='"Prize Notification Center" <claims@prize-notification-center.biz>',
  subject="CONGRATULATIONS! You have won $2,500,000.00 and a new Mercedes",
  text=("Dear Lucky Winner,\n\n"
        "Your name was selected in our 2026 American Senior Sweepstakes! You have won $2,500,000.00\n"
        "and a brand new Mercedes-Benz.\n\n"
        "To release your prize, a one-time processing and insurance fee of $499 must be paid by\n"
        "Western Union or Apple gift cards. Reply with your full name, address and phone number.\n\n"
        "Keep this win confidential until your prize is delivered.\n\n"
        "Claims Director\n"),
  note="Lottery scam: automated spam, no labels.")

M(id="M05", kind="spam", cat="medical alert spam", mailbox="customercare",
  date="2026-09-29 10:47:33", envelope="offers@seniorsafetyalert.co", helo="mta4.seniorsafetyalert.co",
  ip="104.223.118.9", frm='"Senior Safety Alert" <offers@seniorsafetyalert.co>',
  subject="FREE Medical Alert System for Seniors - No Monthly Fees for 3 Months",
  text=("Falls are the #1 cause of injury for Americans over 65.\n\n"
        "Get a FREE medical alert pendant with fall detection. No contracts. Waterproof. Works anywhere.\n"
        "Call now: 1-800-555-0166 and mention code SAFE26.\n\n"
        "You are receiving this because you opted in with one of our partners.\n"
        "To opt out of future mailings click here: http://seniorsafetyalert.co/optout\n"),
  extra=[("List-Unsubscribe", "<http://seniorsafetyalert.co/optout>"), ("Precedence", "bulk")],
  spf="pass",
  note="Cold bulk advertising for a product aimed at seniors; its own 'opt out' footer does not make it a request: automated.")

M(id="M06", kind="phishing", lang="es", cat="fraude Medicare en español", mailbox="customercare",
  date="2026-11-03 16:30:45", envelope="avisos@medicare-beneficios-2027.com", helo="mail.medicare-beneficios-2027.com",
  ip="5.188.206.14", frm='"Centro de Beneficios Medicare" <avisos@medicare-beneficios-2027.com>',
  subject="Su tarjeta de Medicare ha sido suspendida",
  text=("Estimado beneficiario:\n\n"
        "Su tarjeta de Medicare ha sido suspendida por falta de verificación. Para seguir recibiendo sus\n"
        "beneficios debe confirmar su número de Seguro Social y su número de Medicare hoy mismo.\n\n"
        "Llame al 1-866-555-0124 o responda a este correo con sus datos completos.\n\n"
        "Si no responde en 24 horas perderá su cobertura médica.\n\n"
        "Centro de Beneficios Medicare\n"),
  note="Spanish Medicare phishing aimed at older Spanish speakers: automated, no labels.")

M(id="M07", kind="phishing", cat="phishing spoofing us: refund", mailbox="powerhousecatalog",
  date="2026-10-15 05:12:38", envelope="bounce-7731@mx.ae-refunds-center.com", helo="mx.ae-refunds-center.com",
  ip="176.113.115.61", frm='"Alliant Energy" <refunds@ae-refunds-center.com>',
  subject="Your refund of $187.40 is waiting",
  text=("Dear Valued Customer,\n\n"
        "Due to a billing error you were overcharged on your last 3 statements. A refund of $187.40\n"
        "is waiting for you. To receive your refund, confirm your account and banking details within 48 hours:\n\n"
        "http://alliant-refund-portal.com/claim?id=8c41f0a2e913\n\n"
        "If you do not confirm, your refund will be cancelled.\n\n"
        "Alliant Energy Refund Department\n"),
  note="Refund phishing spoofing us, the same campaign a customer forwards elsewhere in this set: automated, no labels.")

# ================================================================== misdirected newsletters, bulletins, lists
def build_bulk(s):
    rng = stable_rng(s["id"])
    w = When(s["date"], s.get("tz"))
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    hdrs = inbound(rng, s["envelope"], s["helo"], s["ip"], rcpt, w, dkim_d=s.get("dkim_d"))
    hdrs += [("From", s["from"]), ("To", s.get("to", rcpt)), ("Subject", enc_header(s["subject"])),
             ("Date", w.rfc()), ("Message-ID", s.get("msgid") or "<%s.%s@%s>" % (utc_stamp(w), hexid(rng, 16), s["helo"])),
             ("MIME-Version", "1.0")]
    hdrs += s.get("extra", [])
    text = s["text"]
    cs = s.get("charset", "utf-8")
    if s.get("plain_only"):
        body = Leaf("text/plain", text, cs, s.get("cte", "quoted-printable"))
    else:
        html = s.get("html") or ("<!DOCTYPE html><html><head><meta charset=\"%s\"></head><body style=\"margin:0;padding:0;background:#f4f4f4\">"
                                 "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
                                 "<table width=\"600\" style=\"background:#ffffff;font-family:Georgia,serif;font-size:16px;color:#222\"><tr><td style=\"padding:24px\">"
                                 "%s</td></tr></table></td></tr></table></body></html>" % (cs, text_to_html_p(text)))
        body = Multi("alternative", [Leaf("text/plain", text, cs, s.get("cte", "quoted-printable")),
                                     Leaf("text/html", html, cs, s.get("html_cte", "quoted-printable"))],
                     s.get("boundary") or "b1_%s" % hexid(rng, 32))
    return render_message(hdrs, body)


M(id="M08", kind="bulk", cat="pharmacy newsletter sent to us by mistake", mailbox="customercare",
  date="2026-09-21 09:00:14", envelope="bounce-412-88310@news.riverbendpharmacy.com", helo="o12.news.riverbendpharmacy.com",
  ip="167.89.44.12", dkim_d="riverbendpharmacy.com",
  frm='"Riverbend Pharmacy" <news@riverbendpharmacy.com>',
  subject="Flu shots are here - walk in any time",
  text=("RIVERBEND PHARMACY NEWS - SEPTEMBER\n\n"
        "Flu shots are here! Walk in any time during pharmacy hours, no appointment needed.\n"
        "High-dose vaccines for patients 65 and older are in stock and covered by most Medicare Part B plans.\n\n"
        "Also this month: free blood pressure checks every Tuesday, and 20% off compression socks.\n\n"
        "Riverbend Pharmacy, 310 Main Street, Decorah IA\n"
        "You are receiving this email because you signed up for Riverbend Pharmacy News.\n"
        "Unsubscribe: https://news.riverbendpharmacy.com/u/88310\n"),
  extra=[("List-Unsubscribe", "<https://news.riverbendpharmacy.com/u/88310>, <mailto:unsubscribe@news.riverbendpharmacy.com>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-SG-EID", alnum(stable_rng("M08x"), 40))],
  note="A pharmacy's newsletter that reached us because someone signed up with our address: bulk mail, automated, no labels.")

M(id="M09", kind="notification", cat="pharmacy refill notice sent to us by mistake", mailbox="customercare",
  date="2026-11-17 13:31:02", envelope="noreply@rx.hometowndrug.com", helo="mail.rx.hometowndrug.com",
  ip="52.1.88.140", frm='"Hometown Drug" <noreply@rx.hometowndrug.com>',
  subject="Your prescription is ready for pickup",
  text=("Hello,\n\n"
        "Your prescription is ready for pickup at Hometown Drug - Waverly.\n"
        "Rx ending in 4471. Please pick up within 10 days.\n\n"
        "Pharmacy hours: Mon-Fri 9-6, Sat 9-1.\n\n"
        "This is an automated message. Replies to this address are not monitored.\n"),
  plain_only=True, cte="7bit", charset="us-ascii",
  extra=[("Auto-Submitted", "auto-generated")],
  note="Pharmacy system notification addressed to us by mistake: automated, no labels.")

M(id="M10", kind="bulk", cat="Medicare Advantage member newsletter", mailbox="powerhousecatalog",
  date="2026-10-06 10:00:00", envelope="bounces@mail.prairiehealthplans.com", helo="mta2.mail.prairiehealthplans.com",
  ip="198.2.180.74", frm='"Prairie Health Advantage" <members@prairiehealthplans.com>',
  subject="Your Fall 2026 Member Newsletter",
  text=("PRAIRIE HEALTH ADVANTAGE (HMO) - MEMBER NEWSLETTER, FALL 2026\n\n"
        "- Your 2027 Annual Notice of Changes is on its way. Please read it carefully.\n"
        "- Get your flu shot at no cost at any network pharmacy.\n"
        "- New: rides to medical appointments, up to 12 one-way trips a year.\n"
        "- Staying safe: we will never call to ask for your Medicare number.\n\n"
        "Questions? Call Member Services at 1-800-555-0182 (TTY 711), 8 a.m. to 8 p.m., seven days a week.\n\n"
        "Prairie Health Advantage is an HMO plan with a Medicare contract. H9999_NL_FALL26\n"
        "To stop receiving e-mail from us, update your preferences: https://mail.prairiehealthplans.com/prefs\n"),
  extra=[("List-Unsubscribe", "<https://mail.prairiehealthplans.com/prefs?u=5521>"), ("Precedence", "bulk")],
  note="Medicare-plan newsletter delivered to us by mistake: automated, no labels.")

M(id="M11", kind="bulk", cat="Medicare enrollment broker mailing", mailbox="customercare",
  date="2026-10-15 08:15:37", envelope="mailer@heartlandseniorbenefits.com", helo="mailer.heartlandseniorbenefits.com",
  ip="192.254.113.21", frm='"Heartland Senior Benefits" <info@heartlandseniorbenefits.com>',
  subject="Annual Enrollment is OPEN: October 15 - December 7",
  text=("Medicare Annual Enrollment starts TODAY.\n\n"
        "Are you paying too much for prescriptions? Many Iowa and Wisconsin seniors qualify for $0 premium plans\n"
        "with dental, vision and a grocery allowance.\n\n"
        "Book a free, no-obligation review with a licensed agent: 1-855-555-0139\n\n"
        "We do not offer every plan available in your area. Not affiliated with the U.S. government.\n"
        "Unsubscribe / opt out: reply REMOVE\n"),
  extra=[("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID" + hexid(stable_rng("M11"), 20) + "**")],
  note="Cold bulk mailing from an insurance broker: automated. Its 'reply REMOVE' is its own footer, not a request to us.")

M(id="M12", kind="bulk", lang="es", cat="boletín de plan Medicare", mailbox="powerhousecatalog",
  date="2026-11-10 10:00:00", envelope="bounces@mail.prairiehealthplans.com", helo="mta2.mail.prairiehealthplans.com",
  ip="198.2.180.74", frm='"Prairie Health Advantage" <miembros@prairiehealthplans.com>',
  subject="Boletín para miembros - Otoño 2026",
  text=("PRAIRIE HEALTH ADVANTAGE - BOLETÍN PARA MIEMBROS\n\n"
        "- Vacúnese contra la gripe sin costo en cualquier farmacia de la red.\n"
        "- Nuevo en 2027: transporte a sus citas médicas, hasta 12 viajes al año.\n"
        "- Cuidado con las estafas: nunca le llamaremos para pedirle su número de Medicare.\n\n"
        "¿Preguntas? Llame a Servicios para Miembros al 1-800-555-0182 (TTY 711).\n\n"
        "Para dejar de recibir estos correos, actualice sus preferencias: https://mail.prairiehealthplans.com/prefs\n"),
  charset="utf-8",
  extra=[("List-Unsubscribe", "<https://mail.prairiehealthplans.com/prefs?u=7730>"), ("Precedence", "bulk"),
         ("Content-Language", "es")],
  note="Spanish Medicare-plan newsletter misdirected to us: automated, no labels.")

M(id="M13", kind="list", cat="parish weekly bulletin", mailbox="customercare",
  date="2026-09-13 06:00:00", envelope="bounce+stboniface@lists.flocknote-mail.com", helo="out3.flocknote-mail.com",
  ip="23.253.182.43", frm='"St. Boniface Parish" <office@stbonifacewaverly.org>',
  subject="This Week at St. Boniface - 24th Sunday in Ordinary Time",
  text=("THIS WEEK AT ST. BONIFACE\n\n"
        "Mass times: Saturday 5:00 pm, Sunday 8:00 and 10:30 am.\n\n"
        "Fall Festival and chicken dinner: Sunday, September 27, 11 am to 2 pm in the parish hall.\n"
        "Volunteers needed for pie baking. Sign up in the gathering space.\n\n"
        "Please keep in your prayers our homebound parishioners and those who have recently moved to care facilities.\n\n"
        "Bulletin deadline is Tuesday noon.\n"
        "Manage your subscription: https://stboniface.flocknote.example/settings\n"),
  extra=[("List-Id", "St. Boniface Parish News <stboniface.lists.flocknote-mail.com>"),
         ("List-Unsubscribe", "<https://stboniface.flocknote.example/settings>"), ("Precedence", "list")],
  note="Church bulletin list traffic that reached us: automated, no labels.")

M(id="M14", kind="list", cat="Lutheran church e-news", mailbox="powerhousecatalog",
  date="2026-10-25 07:30:00", envelope="firstlutheran@mail.churchnews.example", helo="mail.churchnews.example",
  ip="66.151.12.88", frm='"First Lutheran Church" <news@firstlutheranportage.org>',
  subject="First Lutheran E-News: Reformation Sunday and the lefse sale",
  text=("FIRST LUTHERAN E-NEWS\n\n"
        "Reformation Sunday: wear red! Joint service at 9:30 followed by coffee hour.\n\n"
        "LEFSE SALE: Saturday, November 7, 8 am until sold out. Pre-orders taken by the church office.\n\n"
        "Prayer chain: please remember the Engebretson family, and Lloyd who is recovering at home.\n\n"
        "Rides to worship are available for members who no longer drive. Call the office by Friday.\n"
        "Unsubscribe from First Lutheran E-News: https://firstlutheranportage.org/news/leave\n"),
  extra=[("List-Id", "First Lutheran E-News <enews.firstlutheranportage.org>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<https://firstlutheranportage.org/news/leave>")],
  note="Church newsletter: automated list mail, no labels.")

M(id="M15", kind="bulk", cat="senior centre monthly newsletter", mailbox="customercare",
  date="2026-10-01 08:00:00", envelope="bounce-mc.us21_99112.1234@mail189.suw121.mcdlv.net", helo="mail189.suw121.mcdlv.net",
  ip="198.2.189.121", dkim_d="mcdlv.net",
  frm='"Westside Senior Center" <westsideseniors.pat@gmail.com>',
  subject="Westside Senior Center - October Happenings",
  text=("WESTSIDE SENIOR CENTER - OCTOBER HAPPENINGS\n\n"
        "Mondays: chair yoga 9:30. Tuesdays: cribbage and euchre. Wednesdays: Lunch & Learn at 10:30.\n"
        "Oct 14: Flu shot clinic (bring your Medicare card).\n"
        "Oct 21: Medicare plan counseling with SHIIP volunteers, by appointment.\n"
        "Oct 28: Halloween potluck. Costumes optional, pie mandatory.\n\n"
        "Rides available through the county van. Call 24 hours ahead.\n\n"
        "You are receiving this because you are on the Westside Senior Center mailing list.\n"
        "Unsubscribe https://westsideseniors.us21.list-manage.com/unsubscribe?u=99112\n"),
  extra=[("List-Unsubscribe", "<https://westsideseniors.us21.list-manage.com/unsubscribe?u=99112>"),
         ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer")],
  note="Senior-centre newsletter (bulk): automated, no labels, although its coordinator also wrote to us as a person elsewhere in the set.")

M(id="M17", kind="list", lang="es", cat="boletín parroquial", mailbox="powerhousecatalog",
  date="2026-11-22 07:00:00", envelope="boletin@parroquiasanjose-wl.org", helo="mail.parroquiasanjose-wl.org",
  ip="72.167.218.40", frm='"Parroquia San José" <boletin@parroquiasanjose-wl.org>',
  subject="Boletín parroquial - Solemnidad de Cristo Rey",
  text=("BOLETÍN PARROQUIAL - PARROQUIA SAN JOSÉ\n\n"
        "Misas en español: sábado 6:30 pm y domingo 12:00 pm.\n\n"
        "Posada comunitaria: sábado 12 de diciembre después de la misa de la Virgen de Guadalupe.\n"
        "Se necesitan voluntarios para los tamales.\n\n"
        "Oremos por nuestros enfermos y por los adultos mayores que viven solos.\n\n"
        "Para dejar de recibir este boletín, responda con la palabra BAJA.\n"),
  charset="iso-8859-1", cte="quoted-printable",
  extra=[("List-Id", "Boletin San Jose <boletin.parroquiasanjose-wl.org>"), ("Precedence", "list")],
  note="Spanish parish bulletin (list mail): automated, no labels.")

M(id="M18", kind="list", cat="residents' mailing-list post", mailbox="powerhousecatalog",
  date="2026-10-17 15:42:18", envelope="oakwood-residents+bncBAABBY3D@googlegroups.com", helo="mail-oo1-f70.google.com",
  ip="209.85.161.70", dkim_d="googlegroups.com",
  frm='"Bill Engel" <billengel@gmail.com>',
  to='"Oakwood Village Residents" <oakwood-residents@googlegroups.com>',
  subject="[Oakwood Residents] Tip: stopping catalogs",
  text=("Hi neighbors,\n\n"
        "Several of you asked at coffee how to stop the catalogs that follow you here from your old houses.\n"
        "I wrote to each company and asked them to stop sending them and not to share my name. For the\n"
        "PowerHouse one you can write to powerhousecatalog@alliant-energy.com. Took about a month.\n\n"
        "Bill (Apt 3C)\n\n"
        "-- \n"
        "You received this message because you are subscribed to the Google Groups \"Oakwood Village Residents\" group.\n"
        "To unsubscribe from this group and stop receiving emails from it, send an email to\n"
        "oakwood-residents+unsubscribe@googlegroups.com.\n"),
  plain_only=True, cte="7bit", charset="UTF-8",
  extra=[("Mailing-list", "list oakwood-residents@googlegroups.com; contact oakwood-residents+owners@googlegroups.com"),
         ("List-ID", "<oakwood-residents.googlegroups.com>"), ("Precedence", "list"),
         ("List-Post", "<https://groups.google.com/group/oakwood-residents/post>, <mailto:oakwood-residents@googlegroups.com>"),
         ("List-Unsubscribe", "<mailto:googlegroups-manage+1029384756+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/oakwood-residents/subscribe>")],
  note="A mailing-list post that reached us because our address is on the list; it talks about stopping catalogs and sharing but is not a request to us: automated.")

# ================================================================== calendar invitation
def build_calendar(s):
    rng = stable_rng(s["id"])
    w = When(s["date"])
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    hdrs = inbound(rng, "westsideseniors.pat@gmail.com", "mail-pj1-f73.google.com", "209.85.216.73", rcpt, w,
                   dkim_d="gmail.com")
    hdrs += [("MIME-Version", "1.0"), ("Reply-To", "westsideseniors.pat@gmail.com"),
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Message-ID", "<calendar-%s@google.com>" % uuid_lower(rng)), ("Date", w.rfc()),
             ("Subject", "Invitation: Lunch & Learn: Staying Safe from Scams @ Wed Nov 18, 2026 10:30am - 12pm (CST) (customercare@alliant-energy.com)"),
             ("From", '"Pat Ehlers" <westsideseniors.pat@gmail.com>'), ("To", rcpt)]
    uid = hexid(rng, 26) + "@google.com"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261118T163000Z\nDTEND:20261118T180000Z\nDTSTAMP:%s\n"
           "ORGANIZER;CN=Pat Ehlers:mailto:westsideseniors.pat@gmail.com\n"
           "UID:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\n ;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com\n"
           "CREATED:%s\nDESCRIPTION:Lunch & Learn for Westside Senior Center members. Speaker from the utility\\, if available.\n"
           "LOCATION:Westside Senior Center\\, 1250 University Ave\\, Dubuque\\, IA\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:Lunch & Learn: Staying Safe from Scams\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n") % (
        w.utc().strftime("%Y%m%dT%H%M%SZ"), uid, w.utc().strftime("%Y%m%dT%H%M%SZ"))
    text = ("Lunch & Learn: Staying Safe from Scams\n"
            "Wednesday Nov 18, 2026 - 10:30am - 12pm (Central Time - Chicago)\n\n"
            "Location: Westside Senior Center, 1250 University Ave, Dubuque, IA\n\n"
            "Organizer: Pat Ehlers westsideseniors.pat@gmail.com\n"
            "Guests: customercare@alliant-energy.com\n\n"
            "Reply for customercare@alliant-energy.com: Yes / No / Maybe\n\n"
            "Invitation from Google Calendar\n")
    html = "<div>%s</div>" % text_to_html_p(text)
    alt = Multi("alternative", [Leaf("text/plain", text, '"UTF-8"', "7bit"),
                                Leaf("text/html", html, '"UTF-8"', "quoted-printable"),
                                Leaf("text/calendar", ics, '"UTF-8"', "7bit", params=["method=REQUEST"])],
                "000000000000" + hexid(rng, 16))
    att = Leaf("application/ics", ics, None, "base64", params=['name="invite.ics"'],
               disposition='attachment; filename="invite.ics"',
               raw=__import__("mailkit").encode_bytes_b64(ics.replace("\n", "\r\n").encode("utf-8")))
    body = Multi("mixed", [alt, att], "000000000000" + hexid(rng, 16))
    return render_message(hdrs, body)


M(id="M16", kind="calendar", cat="calendar invitation from senior centre", mailbox="customercare",
  date="2026-10-27 11:05:40", builder=build_calendar,
  note="A calendar invitation (text/calendar) is not a request by the rulebook: automated, no labels, even though it follows up on a person's question.")

# ================================================================== auto-replies
def build_autoreply(s):
    rng = stable_rng(s["id"])
    w = When(s["date"], s.get("tz"))
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    o = s.get("ours")
    sender = s["from_addr"]
    hdrs = inbound(rng, s.get("envelope", sender), s["helo"], s["ip"], rcpt, w, dkim_d=sender.rsplit("@", 1)[1])
    subj = s["subject"]
    hdrs += [("From", addr(s.get("from_name"), sender)), ("To", rcpt), ("Subject", enc_header(subj)),
             ("Date", w.rfc()), ("Message-ID", "<%s@%s>" % (s.get("mid") or uuid_lower(rng), s["helo"]))]
    if o:
        hdrs += [("In-Reply-To", o["msgid"]), ("References", o["msgid"])]
    hdrs += s.get("extra", [])
    hdrs.append(("MIME-Version", "1.0"))
    body = Leaf("text/plain", s["text"], s.get("charset", "utf-8"), s.get("cte", "quoted-printable"))
    if s.get("html"):
        body = Multi("alternative", [body, Leaf("text/html", "<html><body>%s</body></html>" % text_to_html_p(s["text"]),
                                                s.get("charset", "utf-8"), "quoted-printable")],
                     "_000_" + alnum(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_")
    return render_message(hdrs, body)


_news_oct = ours.get("news_oct")
_news_nov = ours.get("news_nov")
_cat_fall = ours.get("cat_fall")
_cat_sale = ours.get("cat_sale")
_cat_hol = ours.get("cat_holiday")

M(id="M19", kind="autoreply", cat="out-of-office: wintering in Arizona", mailbox="customercare", builder=build_autoreply,
  date="2026-10-01 07:31:02", tz=-420, ours=_news_oct, from_name="Dale Hoffmann", from_addr="dalehoffmann@comcast.net",
  helo="resomta-h2p-553210.sys.comcast.net", ip="96.102.18.40",
  subject="Auto: Your October Home Energy Newsletter",
  text=("Thank you for your e-mail. Dale and Carol are in Mesa, Arizona until April 15 and check e-mail only now and then.\n"
        "If this is about the house in Janesville, please call our son Mike.\n"),
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  note="Vacation auto-reply to our newsletter (Auto-Submitted): automated, no labels.")

M(id="M20", kind="autoreply", cat="Outlook automatic reply", mailbox="powerhousecatalog", builder=build_autoreply,
  date="2026-09-15 08:00:47", ours=_cat_fall, from_name="Kathleen Brandt", from_addr="kbrandt@lutheranliving-wi.org",
  helo="mail.lutheranliving-wi.org", ip="40.107.220.95",
  subject="Automatic reply: The PowerHouse Catalog Fall Collection is here",
  text=("I am out of the office through Monday, September 21, with limited access to e-mail.\n"
        "For resident or family concerns please contact the front desk at 608-555-0148.\n\n"
        "Kathleen Brandt, Director of Resident Services\n"),
  html=True,
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "kbrandt@lutheranliving-wi.org"), ("Content-Language", "en-US")],
  note="Exchange automatic reply from care-home staff: automated, no labels.")

M(id="M21", kind="autoreply", cat="headerless 'no longer monitored' reply", mailbox="customercare", builder=build_autoreply,
  date="2026-11-03 09:31:15", ours=_news_nov, from_name="Leonard Thorson", from_addr="lthorson@tds.net",
  helo="mail.tds.net", ip="204.246.4.212",
  subject="Re: Winter-ready: tips and offers for November",
  text=("This mailbox is no longer monitored.\n\n"
        "Leonard Thorson has moved to assisted living and does not read e-mail. Mail for him is handled by\n"
        "his son Mark. Please do not reply to this address.\n"),
  cte="7bit", charset="us-ascii",
  note="Headerless auto-reply (no Auto-Submitted) saying the mailbox is no longer monitored: automated by the rulebook, although it mentions assisted living.")

M(id="M22", kind="autoreply", cat="assisted-living facility auto-reply", mailbox="powerhousecatalog", builder=build_autoreply,
  date="2026-11-05 08:00:59", ours=_cat_hol, from_name="Sunrise Meadows Reception", from_addr="reception@sunrisemeadows-iowa.com",
  helo="smtp.sunrisemeadows-iowa.com", ip="173.201.193.40",
  subject="Re: Holiday Gift Guide from the PowerHouse Catalog",
  text=("Thank you for contacting Sunrise Meadows Assisted Living.\n\n"
        "This is an automatic response. Our reception desk is staffed 8 am to 6 pm daily. Mail for residents\n"
        "is delivered to their apartments each afternoon. For urgent matters call 319-555-0102.\n"),
  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
  note="A facility's auto-response to our catalog mail: automated, no labels.")

M(id="M23", kind="autoreply", cat="Yahoo vacation response", mailbox="powerhousecatalog", builder=build_autoreply,
  date="2026-10-13 08:01:12", tz=0, ours=_cat_sale, from_name="Audrey Kunkel", from_addr="audreykunkel@yahoo.com",
  helo="sonic304-21.consmr.mail.ne1.yahoo.com", ip="66.163.187.146",
  subject="Vacation Response: This week only: 20% off LED lighting",
  text=("Hello! I'm visiting my sister in Florida until October 27. I'll answer when I get home.\n"
        "Audrey\n"),
  extra=[("Auto-Submitted", "auto-replied"), ("X-Yahoo-Newman-Property", "ymail-5")],
  note="Vacation response: automated, no labels.")

M(id="M24", kind="autoreply", lang="es", cat="respuesta automática a nuestro acuse", mailbox="customercare",
  builder=build_autoreply, date="2026-11-16 10:14:31",
  ours=ours.ack("customercare", "Publicidad", "2026-11-16 10:14:00", "M24"),
  from_name="Socorro Ibáñez", from_addr="socorroibanez@hotmail.com",
  helo="NAM10-DM6-obe.outbound.protection.outlook.com", ip="40.92.41.77",
  subject="Respuesta automática: Re: Publicidad",
  text=("Gracias por su mensaje. Estoy de viaje visitando a mis nietos en Guadalajara hasta el 20 de noviembre.\n"
        "Le contestaré a mi regreso.\n\n"
        "Socorro\n"),
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-MX")],
  note="Spanish auto-reply answering our own acknowledgement (a loop we must not feed): automated, no labels.")

# ================================================================== bounces
def build_bounce(s):
    rng = stable_rng(s["id"])
    w = When(s["date"], s.get("tz"))
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    o = s["ours"]
    failed = s["failed"]
    style = s["style"]
    hdrs = inbound(rng, None, s["helo"], s["ip"], rcpt, w, spf="none", dkim="none")
    oh, ob = our_original(o, failed, rng)
    if style == "postfix":
        b = "%s.%s/%s" % (HEXID(rng, 11), epoch(w), s["helo"])
        hdrs += [("Date", w.rfc()), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % s["helo"]),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("To", rcpt), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0"), ("Message-Id", "<%s.%s@%s>" % (utc_stamp(w), HEXID(rng, 11), s["helo"]))]
        notif = ("This is the mail system at host %s.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"
                 "<%s>: %s\n") % (s["helo"], failed, s["diag_human"])
        dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
               "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
               "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n") % (
            s["helo"], HEXID(rng, 11), rcpt, w.shifted(-5).rfc(), failed, failed, s["status"], s.get("remote", s["helo"]), s["diag"])
        body = Multi("report", [Leaf("text/plain", notif, "us-ascii", None, extra=[("Content-Description", "Notification")]),
                                Leaf("message/delivery-status", dsn, None, None, extra=[("Content-Description", "Delivery report")]),
                                Embedded(oh + b"\r\n" + ob, extra=[("Content-Description", "Undelivered Message")])],
                     b, params=["report-type=delivery-status"], preamble="This is a MIME-encapsulated message.\n")
        return render_message(hdrs, body)
    if style == "gmail":
        hdrs += [("MIME-Version", "1.0"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                 ("To", rcpt), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
                 ("References", o["msgid"]), ("In-Reply-To", o["msgid"]), ("X-Failed-Recipients", failed),
                 ("Message-ID", "<%s.%s.%s@mx.google.com>" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 12))), ("Date", w.rfc())]
        text = ("** Message not delivered **\n\n"
                "Your message couldn't be delivered to %s because the remote server is misconfigured. See technical details below for more information.\n\n"
                "The response from the remote server was:\n%s\n") % (failed, s["diag"])
        if "OverQuota" in s["diag"] or "quota" in s["diag"]:
            text = ("** Address not found **\n\n" if False else "** Message not delivered **\n\n") + (
                "Your message couldn't be delivered to %s. The recipient's inbox is full and can't accept messages now.\n"
                "Try resending the message later, or contact the recipient in another way.\n\n"
                "The response was:\n%s\n" % (failed, s["diag"]))
        dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n"
               "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n") % (
            w.shifted(-3).rfc(), o["msgid"], failed, s["status"], s["diag"], w.rfc())
        body = Multi("report", [Multi("alternative", [Leaf("text/plain", text, '"UTF-8"', "quoted-printable"),
                                                      Leaf("text/html", "<html><body>%s</body></html>" % text_to_html_p(text), '"UTF-8"', "quoted-printable")],
                                      "000000000000" + hexid(rng, 16)),
                                Leaf("message/delivery-status", dsn, None, None),
                                Embedded(oh, ctype="text/rfc822-headers")],
                     "000000000000" + hexid(rng, 16), params=["report-type=delivery-status"])
        return render_message(hdrs, body)
    if style == "yahoo":
        hdrs += [("From", "MAILER-DAEMON@yahoo.com"), ("To", rcpt), ("Date", w.to_offset(0).rfc().replace("+0000", "-0000")),
                 ("Subject", "Failure Notice"), ("Auto-Submitted", "auto-replied")]
        text = ("Sorry, we were unable to deliver your message to the following address.\n\n"
                "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n") % (failed, s["diag"])
        raw = text.replace("\n", "\r\n").encode("ascii") + oh + b"\r\n" + ob
        return render_message(hdrs, Leaf("text/plain", None, None, None, raw=raw))
    if style == "o365":
        b = "_000_" + alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
        hdrs += [("From", "<postmaster@%s>" % s["org"]), ("To", "<%s>" % rcpt), ("Date", w.to_offset(0).rfc()),
                 ("Content-Language", "en-US"),
                 ("Message-ID", "<%s@%s.namprd%02d.prod.outlook.com>" % (uuid_lower(rng), "PH0PR" + str(rng.randint(10, 19)) + "MB" + str(rng.randint(1000, 9999)), rng.randint(10, 19))),
                 ("In-Reply-To", o["msgid"]), ("References", o["msgid"]),
                 ("Subject", "Undeliverable: " + o["subject"]), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
        text = ("Your message to %s couldn't be delivered.\n\n"
                "%s wasn't found at %s.\n\n"
                "postmaster    Office 365    %s\nAction Required                 Recipient\n\n"
                "Unknown To address\n\n"
                "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
                "- Retype the recipient's address, then resend the message.\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n") % (
            failed, failed.split("@")[0], failed.split("@")[1], failed.split("@")[0], s.get("gen", s["helo"]), failed, s["diag"])
        dsn = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mta2.alliant-energy.com\nArrival-Date: %s\n\n"
               "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp;%s\n") % (
            s["helo"], w.shifted(-2).to_offset(0).rfc(), failed, s["status"], s["diag"])
        body = Multi("report", [Multi("alternative", [Leaf("text/plain", text, '"us-ascii"', "quoted-printable"),
                                                      Leaf("text/html", "<html><head></head><body>%s</body></html>" % text_to_html_p(text), '"us-ascii"', "quoted-printable")],
                                      "_002_" + alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"),
                                Leaf("message/delivery-status", dsn, None, None),
                                Embedded(oh, ctype="message/rfc822-headers" if False else "text/rfc822-headers")],
                     b, params=["report-type=delivery-status"])
        return render_message(hdrs, body)
    if style == "exim":
        hdrs += [("X-Failed-Recipients", failed), ("Auto-Submitted", "auto-replied"),
                 ("From", "Mail Delivery System <Mailer-Daemon@%s>" % s["helo"]), ("To", rcpt),
                 ("Content-Type", None), ("Subject", "Mail delivery failed: returning message to sender"),
                 ("Message-Id", "<E1%s-%s-%s@%s>" % (alnum(rng, 5), alnum(rng, 6), alnum(rng, 2), s["helo"])),
                 ("Date", w.rfc())]
        hdrs = [(k, v) for k, v in hdrs if v is not None]
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    %s\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n") % (failed, s["diag"])
        raw = text.replace("\n", "\r\n").encode("ascii") + oh + b"\r\n" + ob
        return render_message(hdrs, Leaf("text/plain", None, None, None, raw=raw))
    if style == "sendmail":
        qid = "%s%s%06d" % (w.local.strftime("%y%m%d")[:0], alnum(rng, 8), rng.randint(0, 999999))
        b = "%s.%d/%s" % (qid, epoch(w), s["helo"])
        hdrs += [("Date", w.rfc()), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % s["helo"]),
                 ("Message-Id", "<%s%s@%s>" % (w.utc().strftime("%Y%m%d%H%M"), qid, s["helo"])), ("To", "<%s>" % rcpt),
                 ("MIME-Version", "1.0"), ("Subject", "Returned mail: see transcript for details"),
                 ("Auto-Submitted", "auto-generated (failure)")]
        text = ("The original message was received at %s\nfrom mta2.alliant-energy.com [148.163.140.21]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: %s)\n\n"
                "   ----- Transcript of session follows -----\n... while talking to %s.:\n>>> DATA\n<<< %s\n") % (
            w.shifted(-4).rfc(), failed, s["diag"], s.get("remote", s["helo"]), s["diag"])
        dsn = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; mta2.alliant-energy.com\nArrival-Date: %s\n\n"
               "Final-Recipient: RFC822; %s\nAction: failed\nStatus: %s\nRemote-MTA: DNS; %s\nDiagnostic-Code: SMTP; %s\nLast-Attempt-Date: %s\n") % (
            s["helo"], w.shifted(-4).rfc(), failed, s["status"], s.get("remote", s["helo"]), s["diag"], w.rfc())
        body = Multi("report", [Leaf("text/plain", text, None, None), Leaf("message/delivery-status", dsn, None, None),
                                Embedded(oh + b"\r\n" + ob)], b, params=["report-type=delivery-status"],
                     preamble="This is a MIME-encapsulated message\n")
        return render_message(hdrs, body)
    if style == "qmail":
        hdrs += [("Date", w.rfc()), ("From", "MAILER-DAEMON@%s" % s["helo"]), ("To", rcpt),
                 ("Subject", "failure notice"), ("Auto-Submitted", "auto-replied")]
        text = ("Hi. This is the qmail-send program at %s.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n") % (s["helo"], failed, s["diag"])
        raw = text.replace("\n", "\r\n").encode("ascii") + oh + b"\r\n" + ob
        return render_message(hdrs, Leaf("text/plain", None, None, None, raw=raw))
    if style == "delay":
        b = "%s.%s/%s" % (HEXID(rng, 11), epoch(w), s["helo"])
        hdrs += [("Date", w.rfc()), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % s["helo"]),
                 ("Subject", "Delayed Mail (still being retried)"), ("To", rcpt), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0"), ("Message-Id", "<%s.%s@%s>" % (utc_stamp(w), HEXID(rng, 11), s["helo"]))]
        notif = ("This is the mail system at host %s.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "                   The mail system\n\n"
                 "<%s>: %s\n") % (s["helo"], failed, s["diag_human"])
        dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
               "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: %s\n"
               "Diagnostic-Code: X-Postfix; %s\nWill-Retry-Until: %s\n") % (
            s["helo"], HEXID(rng, 11), rcpt, w.shifted(-4 * 3600 - 120).rfc(), failed, failed, s["status"], s["diag"],
            w.shifted(5 * 86400 - 4 * 3600).rfc())
        body = Multi("report", [Leaf("text/plain", notif, "us-ascii", None, extra=[("Content-Description", "Notification")]),
                                Leaf("message/delivery-status", dsn, None, None, extra=[("Content-Description", "Delivery report")]),
                                Embedded(oh, ctype="text/rfc822-headers", extra=[("Content-Description", "Undelivered Message Headers")])],
                     b, params=["report-type=delivery-status"], preamble="This is a MIME-encapsulated message.\n")
        return render_message(hdrs, body)
    raise ValueError(style)


M(id="M25", kind="bounce", cat="bounce: Postfix user unknown", mailbox="customercare", builder=build_bounce,
  style="postfix", date="2026-10-01 09:31:44", ours=_news_oct, failed="hgoetz1936@charter.net",
  helo="mx01.mail.spectrum-relay.net", ip="47.43.26.137",
  status="5.1.1", diag="550 5.1.1 <hgoetz1936@charter.net>: Recipient address rejected: User unknown",
  diag_human="host inbound.charter.net[47.43.26.5] said: 550 5.1.1 <hgoetz1936@charter.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
  remote="inbound.charter.net",
  note="Bounce of our newsletter (account of someone no longer at that address): automated, no labels.")

M(id="M26", kind="bounce", cat="bounce: Gmail inbox full", mailbox="powerhousecatalog", builder=build_bounce,
  style="gmail", date="2026-09-15 08:01:37", tz=-420, ours=_cat_fall, failed="evelyn.strom.1938@gmail.com",
  helo="mail-sor-f69.google.com", ip="209.85.220.69",
  status="4.2.2", diag="452 4.2.2 The recipient's inbox is out of storage space. OverQuotaTemp",
  note="Gmail DSN, mailbox full (an elderly customer's unattended inbox): automated.")

M(id="M27", kind="bounce", cat="bounce: Yahoo failure notice", mailbox="powerhousecatalog", builder=build_bounce,
  style="yahoo", date="2026-10-13 13:02:51", tz=0, ours=_cat_sale, failed="arlenenygaard1941@yahoo.com",
  helo="sonic312-27.consmr.mail.gq1.yahoo.com", ip="98.137.65.83",
  diag="Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (arlenenygaard1941@yahoo.com) [0] - mta4471.mail.gq1.yahoo.com [RCPT_TO]",
  note="Yahoo failure notice for a closed account: automated.")

M(id="M28", kind="bounce", cat="bounce: Office 365 undeliverable", mailbox="customercare", builder=build_bounce,
  style="o365", date="2026-11-03 14:32:10", tz=0, ours=_news_nov, failed="dsmith@oakwoodvillage-sp.org",
  org="oakwoodvillage-sp.org", helo="mail-bn8nam12on2050.outbound.protection.outlook.com", ip="40.107.236.50",
  gen="BN8PR12MB3345.namprd12.prod.outlook.com",
  status="5.1.10", diag="Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  note="Exchange Online NDR: automated.")

M(id="M29", kind="bounce", cat="bounce: Exim mailbox disabled", mailbox="powerhousecatalog", builder=build_bounce,
  style="exim", date="2026-11-05 08:04:26", ours=_cat_hol, failed="wpfaff@netins.net",
  helo="mx2.netins.net", ip="167.142.225.12",
  diag="SMTP error from remote mail server after RCPT TO:<wpfaff@netins.net>:\n    550 5.2.1 Mailbox disabled for this recipient",
  note="Exim bounce, mailbox disabled: automated.")

M(id="M30", kind="bounce", cat="bounce: qmail", mailbox="customercare", builder=build_bounce,
  style="qmail", date="2026-09-09 10:06:12", ours=ours.get("promo_thermostat"), failed="mlwendt@iowatelecom.net",
  helo="mx.iowatelecom.net", ip="162.39.4.18",
  diag="Sorry, no mailbox here by that name. (#5.1.1)",
  note="qmail failure notice for a retired ISP mailbox: automated.")

M(id="M31", kind="bounce", cat="bounce: Sendmail", mailbox="powerhousecatalog", builder=build_bounce,
  style="sendmail", date="2026-09-15 08:04:55", ours=_cat_fall, failed="gnygaard@frontiernet.net",
  helo="smtp2.frontiernet.net", ip="74.40.3.191", remote="mx.frontiernet.net",
  status="5.1.1", diag="550 5.1.1 <gnygaard@frontiernet.net>... User unknown",
  note="Sendmail bounce: automated.")

M(id="M32", kind="bounce", cat="delay notice", mailbox="customercare", builder=build_bounce,
  style="delay", date="2026-11-03 13:35:02", ours=_news_nov, failed="bettyvos@windstream.net",
  helo="relay.windstream-mail.net", ip="162.39.10.44",
  status="4.4.1", diag="connect to mx.windstream.net[162.39.2.10]:25: Connection timed out",
  diag_human="delivery temporarily suspended: connect to mx.windstream.net[162.39.2.10]:25: Connection timed out",
  note="Delay warning DSN (not a failure yet): automated.")

# ================================================================== system mail: ARF, MDN, challenge, vendors
def build_arf(s):
    rng = stable_rng(s["id"])
    w = When(s["date"], 0)
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    o = s["ours"]
    hdrs = inbound(rng, "feedback@arf.mail.yahoo.com", "fbl.yahoo.com", "74.6.128.43", rcpt, w, dkim_d="yahoo.com")
    hdrs += [("From", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>"), ("To", rcpt),
             ("Subject", "FW: " + o["subject"]), ("Date", w.rfc()),
             ("Message-ID", "<%s@arf.mail.yahoo.com>" % uuid_lower(rng)), ("MIME-Version", "1.0")]
    oh, ob = our_original(o, "redacted@yahoo.com", rng)
    text = ("This is an email abuse report for an email message received from IP 148.163.141.90 on %s.\n"
            "For more information about this format please see http://www.mipassoc.org/arf/.\n") % o["when"].to_offset(0).rfc()
    fb = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\nOriginal-Mail-From: <bounces@mail.alliant-energy.com>\n"
          "Original-Rcpt-To: redacted@yahoo.com\nReceived-Date: %s\nSource-IP: 148.163.141.90\nReported-Domain: alliant-energy.com\n"
          "Authentication-Results: mta1047.mail.ne1.yahoo.com  from=alliant-energy.com; domainkeys=neutral (no sig);  from=alliant-energy.com; dkim=pass (ok)\n") % o["when"].to_offset(0).rfc()
    body = Multi("report", [Leaf("text/plain", text, '"us-ascii"', "7bit"),
                            Leaf("message/feedback-report", fb, None, None),
                            Embedded(oh + b"\r\n" + ob)],
                 "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), epoch(w)),
                 params=["report-type=feedback-report"])
    return render_message(hdrs, body)


M(id="M33", kind="arf", cat="spam-complaint feedback report", mailbox="customercare", builder=build_arf,
  date="2026-10-02 19:44:08", ours=_news_oct,
  note="Feedback-loop report (ARF) that a Yahoo user marked our newsletter as spam: system notification, automated, no labels.")


def build_mdn(s):
    rng = stable_rng(s["id"])
    w = When(s["date"])
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    o = s["ours"]
    who = s["who"]
    hdrs = inbound(rng, who[1], "NAM12-MW2-obe.outbound.protection.outlook.com", "40.92.22.61", rcpt, w, dkim_d="outlook.com")
    hdrs += [("From", addr(who[0], who[1])), ("To", rcpt), ("Subject", "Read: " + o["subject"]),
             ("Thread-Topic", o["subject"]), ("Date", w.rfc()),
             ("Message-ID", "<%s%s@SJ0PR11MB%04d.namprd11.prod.outlook.com>" % ("SJ0PR11MB", HEXID(rng, 24), rng.randint(1000, 9999))),
             ("References", o["msgid"]), ("In-Reply-To", o["msgid"]), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    text = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n") % (
        who[1], o["subject"], o["when"].rfc(), w.rfc())
    mdn = ("Reporting-UA: SJ0PR11MB%04d.namprd11.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n") % (rng.randint(1000, 9999), who[1], o["msgid"])
    body = Multi("report", [Leaf("text/plain", text, '"us-ascii"', "7bit"),
                            Leaf("message/disposition-notification", mdn, None, None)],
                 "_000_" + alnum(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_",
                 params=["report-type=disposition-notification"])
    return render_message(hdrs, body)


M(id="M34", kind="mdn", cat="read receipt", mailbox="powerhousecatalog", builder=build_mdn,
  date="2026-11-07 15:12:40", ours=_cat_hol, who=("Gladys Nygaard", "gladysnygaard@outlook.com"),
  note="Read receipt (MDN) for our catalog e-mail: automated, no labels.")

M(id="M35", kind="challenge", cat="challenge-response", mailbox="customercare", builder=build_autoreply,
  date="2026-10-01 09:33:20", ours=_news_oct, from_name="MailGuard for Edna Bruns", from_addr="verify@mailguard-protect.com",
  helo="out.mailguard-protect.com", ip="64.71.156.20",
  subject="Please verify your message to Edna Bruns",
  text=("Hello,\n\n"
        "I use MailGuard to protect my inbox from junk mail. Your message \"Your October Home Energy Newsletter\"\n"
        "is being held. To have it delivered, please click the link below to confirm you are a real person.\n"
        "You only have to do this once.\n\n"
        "https://mailguard-protect.com/verify?t=%s\n\n"
        "Edna Bruns\n" % hexid(stable_rng("M35t"), 24)),
  extra=[("Auto-Submitted", "auto-replied"), ("X-MailGuard-Challenge", "1")],
  note="Challenge-response mail: automated by the rulebook, no labels.")

M(id="M36", kind="cold", cat="cold sales: senior marketing agency", mailbox="customercare", builder=build_bulk,
  date="2026-10-20 10:27:15", envelope="jordan@silverreachmarketing.com", helo="mail-sor.silverreachmarketing.com",
  ip="209.85.220.41", dkim_d="silverreachmarketing.com", plain_only=True, cte="7bit", charset="us-ascii",
  frm='"Jordan Pike" <jordan@silverreachmarketing.com>', subject="Reaching 65+ customers in Iowa and Wisconsin",
  text=("Hi there,\n\n"
        "I noticed Alliant Energy runs programs for older customers. SilverReach helps utilities reach the 65+\n"
        "audience with large-print direct mail and phone outreach that actually converts.\n\n"
        "We handle suppression lists, do-not-share flags and opt-outs so your team doesn't have to.\n\n"
        "Would you have 15 minutes next week for a quick call?\n\n"
        "Jordan Pike\nPartnerships, SilverReach Marketing\n\n"
        "If you'd rather not hear from me, just reply \"no thanks\".\n"),
  note="Cold sales outreach; mentions opt-outs and do-not-share but is not a request: automated by the rulebook.")

M(id="M37", kind="cold", cat="cold SEO outreach", mailbox="powerhousecatalog", builder=build_bulk,
  date="2026-11-19 04:51:33", envelope="priya.seo@rankbridge-digital.com", helo="mail.rankbridge-digital.com",
  ip="103.21.58.140", plain_only=True, cte="7bit", charset="us-ascii",
  frm='"Priya | RankBridge" <priya.seo@rankbridge-digital.com>', subject="Quick question about powerhouse.alliantenergy.com",
  text=("Hello Team,\n\n"
        "I was going through your catalog website and found 27 technical SEO issues that are stopping it from\n"
        "ranking on the first page of Google for terms like \"heated throws for seniors\".\n\n"
        "Can I send you a free audit report? No obligation.\n\n"
        "Regards,\nPriya\nDigital Growth Consultant\n"),
  note="Cold SEO outreach: automated by the rulebook, no labels.")

M(id="M38", kind="vendor", cat="mail-house suppression report", mailbox="powerhousecatalog", builder=build_bulk,
  date="2026-09-04 17:20:00", envelope="reports@midwestmailworks.com", helo="reports.midwestmailworks.com",
  ip="216.139.77.15", plain_only=True, cte="7bit", charset="us-ascii",
  frm='"Midwest MailWorks Reports" <reports@midwestmailworks.com>',
  subject="Job 26-0912 PowerHouse Fall Catalog - suppression processing complete",
  text=("JOB 26-0912  POWERHOUSE FALL CATALOG  (DROP DATE 09/14/2026)\n\n"
        "Input records ........................ 184,220\n"
        "NCOA moves updated ...................... 3,912\n"
        "Deceased suppression (DMA/commercial) ... 1,284\n"
        "Client do-not-mail suppression .......... 6,730\n"
        "Client do-not-share flags applied ....... 2,118 (excluded from list rental file)\n"
        "Final mail quantity ................... 172,294\n\n"
        "Suppression detail file: sftp://ftp.midwestmailworks.com/out/26-0912_supp.csv\n\n"
        "This is an automated report. Reply to your account manager with questions.\n"),
  extra=[("Auto-Submitted", "auto-generated")],
  note="Vendor system report full of 'suppression' and 'do-not-share' words: not a request, automated by the rulebook.")

M(id="M39", kind="vendor", cat="CRM export notice", mailbox="customercare", builder=build_bulk,
  date="2026-11-23 06:00:04", envelope="noreply@notify.relaytree-crm.com", helo="notify.relaytree-crm.com",
  ip="54.240.8.77", plain_only=True, cte="7bit", charset="us-ascii",
  frm='"Relaytree CRM" <noreply@notify.relaytree-crm.com>',
  subject="Your scheduled export \"Marketing opt-outs - weekly\" is ready",
  text=("Your scheduled export is ready.\n\n"
        "Export: Marketing opt-outs - weekly\nRows: 412\nFormat: CSV\nAvailable until: November 30, 2026\n\n"
        "Download: https://app.relaytree-crm.com/exports/7f21c9\n\n"
        "You are receiving this because you are the owner of this scheduled export.\n"),
  extra=[("Auto-Submitted", "auto-generated"), ("X-Relaytree-Notification", "export.ready")],
  note="CRM export notice: system mail, automated, no labels despite 'opt-outs' in the subject.")

M(id="M40", kind="cold", cat="senior expo exhibitor invitation", mailbox="customercare", builder=build_bulk,
  date="2026-09-08 09:12:50", envelope="expo@coulee-senior-expo.org", helo="mail.coulee-senior-expo.org",
  ip="69.89.31.112",
  frm='"Coulee Region Senior Expo" <expo@coulee-senior-expo.org>',
  subject="Exhibitor booths still available - Senior Living Expo, Oct 24",
  text=("Dear Community Partner,\n\n"
        "Booths are still available for the 2026 Coulee Region Senior Living Expo on Saturday, October 24,\n"
        "at the La Crosse Center. Last year more than 2,000 older adults and caregivers attended.\n\n"
        "Booth (8x10) with table and two chairs: $350. Non-profit rate: $175.\n\n"
        "Register at https://coulee-senior-expo.org/exhibit by October 1.\n\n"
        "To be removed from our exhibitor list, reply with REMOVE in the subject line.\n"),
  extra=[("Precedence", "bulk")],
  note="Cold bulk invitation to exhibit: automated, no labels.")

for _s in SPECS:
    _s.setdefault("builder", build_phish if _s["kind"] in ("phishing", "scam", "spam") else
                  (build_bulk if _s["kind"] in ("bulk", "list", "notification") else None))
