# -*- coding: utf-8 -*-
"""Machine mail and mail that is not a request (automated = true, labels [], ack_to null)."""
import random

import clients
import mime
import ours
from clients import alnum, hexs, uuid_, b64blob

CC, PHC = "customercare", "powerhousecatalog"
CCA, PHCA = "customercare@alliant-energy.com", "powerhousecatalog@alliant-energy.com"
OUR_OUT = ("smtp-out2.alliant-energy.com", "10.40.12.22", False)

MACHINES = []


def machine(sid, cat, mbox, when, program, note, lang="en", answers="-", tz=None):
    def deco(fn):
        MACHINES.append(dict(sid=sid, cat=cat, mbox=mbox, when=when, program=program, note=note, lang=lang,
                             answers=answers, tz=tz, build=fn))
        return fn
    return deco


def finish(m, hdrs, body, env_from, domain, hop=None, spf="pass", dkim_ok=True):
    rng = random.Random("movers-transport-" + m["sid"])
    when = mime.parse_local(m["when"], m.get("tz"))
    trans, _ = clients.transport(rng, m["mbox"], env_from, when, domain, hop)
    ar = [clients.auth_results(rng, domain, dkim_ok=dkim_ok, spf=spf)] if env_from else []
    return mime.to_bytes(mime.message(trans + ar + hdrs, body))


def W(m):
    return mime.parse_local(m["when"], m.get("tz"))


def R(m):
    return random.Random("movers-" + m["sid"])


# =============================================================================================== vendors
@machine("M01", "mail house NCOA processing report", PHC, "2027-03-08 06:12:44", "vendor job system (plain + CSV)",
         "Mail house's automated NCOA/suppression report; mentions moves, 'suppression' and 'opt-out' but is vendor system mail, not a request (rulebook 'Not a request at all').")
def m01(m):
    rng, d = R(m), W(m)
    b = "----=_Part_%d_%d" % (rng.randint(10000, 99999), rng.randint(1000000, 9999999))
    text = """LAKESHORE MAILING SERVICES - JOB COMPLETION REPORT

Client:        Alliant Energy / PowerHouse Catalog
Job:           27-0412  PowerHouse Spring 2027 catalog drop
File received: 03/05/2027 14:22 (powerhouse_spring27_v3.csv)
Processed:     03/08/2027 06:10

NCOALink (48-month) results
  Records submitted ..................... 184,306
  Moves with new address (COA applied) ..   6,912
  Moved, left no address (suppressed) ...   1,187
  Foreign moves (suppressed) ............      44
  Deceased (DMAchoice suppression) ......     302
  In-house opt-out / do-not-mail list ...   2,415
  Final mailable ........................ 180,358

CASS/DPV: 99.2% deliverable. Presort: Marketing Mail Basic Carrier Route.

The processed file and the move/suppression detail report are on the SFTP
server in /outbound/alliant/27-0412/. Files are kept for 30 days.

This report was generated automatically by LMS JobTrack. Do not reply to
this message; contact your account manager with questions.
"""
    csv = ("category,count\nsubmitted,184306\ncoa_applied,6912\nmoved_no_forward,1187\nforeign,44\n"
           "deceased,302\ninhouse_optout,2415\nmailable,180358\n")
    body = mime.multipart(b, [
        mime.leaf("text/plain; charset=us-ascii", text, "7bit"),
        mime.leaf('text/csv; charset=us-ascii; name="27-0412_summary.csv"', csv, "7bit",
                  extra=[("Content-Disposition", 'attachment; filename="27-0412_summary.csv"')])],
        preamble="This is a multi-part message in MIME format.")
    hdrs = [("Date", mime.rfc_date(d)), ("From", "LMS JobTrack <jobtrack@lakeshoremailing.com>"),
            ("To", PHCA), ("Cc", "acctmgr-kbauer@lakeshoremailing.com"),
            ("Subject", "NCOALink processing complete - Job 27-0412 PowerHouse Spring 2027"),
            ("Message-ID", "<jobtrack.27-0412.%s@lakeshoremailing.com>" % hexs(rng, 12)),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/mixed; boundary="%s"' % b),
            ("X-Mailer", "LMS JobTrack 6.3")]
    return finish(m, hdrs, body, "jobtrack@lakeshoremailing.com", "lakeshoremailing.com")


@machine("M02", "list broker: merge/purge and do-not-share suppression report", PHC, "2027-04-02 15:30:09",
         "Salesforce-style notification (HTML)",
         "List-exchange partner's merge/purge notice; it talks about 'do not share' suppression but is partner system mail, not a request.")
def m02(m):
    rng, d = R(m), W(m)
    b = "_=_swift_%d_%s_=_" % (rng.randint(1700000000, 1799999999), hexs(rng, 32))
    text = """April exchange - merge/purge results

Hello PowerHouse Catalog team,

Your April list exchange with Prairie Home Goods and Northwoods Outfitter
has completed merge/purge.

  Names contributed by PowerHouse:            41,280
  Removed - your do-not-share suppression:     3,904
  Removed - recent movers without new address:   611
  Names released to exchange partners:        36,765

The next exchange window opens May 3. Updated do-not-share suppression
files must be uploaded to the portal by April 28 to be applied.

Meridian List Services | Data Card Desk
This is an automated notification from the Meridian partner portal.
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><h2>April exchange - merge/purge "
            "results</h2><p>Hello PowerHouse Catalog team,</p><p>Your April list exchange with Prairie Home Goods and "
            "Northwoods Outfitter has completed merge/purge.</p><table border=\"1\" cellpadding=\"4\">"
            "<tr><td>Names contributed by PowerHouse</td><td>41,280</td></tr>"
            "<tr><td>Removed - your do-not-share suppression</td><td>3,904</td></tr>"
            "<tr><td>Removed - recent movers without new address</td><td>611</td></tr>"
            "<tr><td>Names released to exchange partners</td><td>36,765</td></tr></table>"
            "<p>The next exchange window opens May 3. Updated do-not-share suppression files must be uploaded to "
            "the portal by April 28 to be applied.</p><p style=\"color:#777\">Meridian List Services | Data Card Desk"
            "<br>This is an automated notification from the Meridian partner portal.</p></body></html>")
    body = mime.multipart(b, [mime.leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                              mime.leaf("text/html; charset=utf-8", html, "quoted-printable")])
    hdrs = [("Date", mime.rfc_date(d, utc=True)),
            ("From", "Meridian Partner Portal <noreply@portal.meridianlists.com>"),
            ("Reply-To", "datacards@meridianlists.com"), ("To", PHCA),
            ("Message-ID", "<%s@portal.meridianlists.com>" % alnum(rng, 32)),
            ("Subject", "April exchange: merge/purge results and do-not-share suppression applied"),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
            ("X-SFDC-LK", "00D%s" % alnum(rng, 12)), ("X-SFDC-User", "005%s" % alnum(rng, 12)),
            ("X-Sender", "postmaster@salesforce.com"), ("X-mail_abuse_inquiries",
                                                        "http://www.salesforce.com/company/abuse.jsp"),
            ("Auto-Submitted", "auto-generated")]
    return finish(m, hdrs, body, "bounce-%s@bnc.salesforce.com" % hexs(rng, 10), "salesforce.com",
                  hop=("smtp%d-ia5-sp3.mta.salesforce.com" % rng.randint(1, 9), "13.110.6.%d" % rng.randint(2, 250), True))


# =============================================================================================== sales pitches
@machine("M03", "moving company B2B partnership pitch", CC, "2027-03-03 10:41:27", "HubSpot sequence (HTML)",
         "Cold sales outreach from a moving company: not a request even though it is addressed to us personally.")
def m03(m):
    rng, d = R(m), W(m)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999),
                                 int(d.timestamp() * 1000))
    text = """Hi there,

Every spring thousands of Alliant customers call you to stop and start
service because they're moving. What if you could hand them a trusted mover
at the same time?

Badger State Movers runs crews out of Madison, Janesville and Dubuque. Our
utility referral program pays $75 per booked move and we handle all the
co-branded material.

Worth a 15-minute call next week? Grab a time here:
https://meetings.hubspot.com/kwilder-badgerstate

Kyle Wilder
Partnerships, Badger State Movers
(608) 555-0190

If you'd rather not hear from me, just let me know.
"""
    html = "<div>" + "</div><div>".join(mime.esc(l) if l else "<br>" for l in text.split("\n")) + \
           "</div><img src=\"https://t.sidekickopen07.com/Cto/%s\" width=\"1\" height=\"1\">" % alnum(rng, 40)
    body = mime.multipart(b, [mime.leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                              mime.leaf("text/html; charset=UTF-8", html, "quoted-printable")])
    hdrs = [("Date", mime.rfc_date(d, utc=True)), ("From", "Kyle Wilder <kwilder@badgerstatemovers.com>"),
            ("To", CCA), ("Message-ID", "<%s@badgerstatemovers.com>" % uuid_(rng, upper=False)),
            ("Subject", "Helping your customers who are moving this spring"),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
            ("X-HubSpot-Sequence-Id", str(rng.randint(10000000, 99999999)))]
    return finish(m, hdrs, body, "kwilder@badgerstatemovers.com", "badgerstatemovers.com")


@machine("M04", "mudanzas: oferta de primavera (Spanish moving-company bulk)", CC, "2027-03-19 12:05:33",
         "Mailchimp (HTML)", "Spanish bulk promotion from a moving company; bulk mail, not a request.", lang="es")
def m04(m):
    rng, d = R(m), W(m)
    b = "_----------=_MCPart_%d" % rng.randint(100000000, 999999999)
    text = """MUDANZAS EL ÁGUILA
Precios especiales de primavera

¿Se muda en marzo o abril? Camión con dos ayudantes desde $95 la hora en
Beloit, Janesville y Rockford. Cajas gratis con su mudanza local.

Llame o mande WhatsApp al (608) 555-0155.

============================================================
Recibe este correo porque se suscribió en mudanzaselaguila.com.
Darse de baja: https://mudanzaselaguila.us21.list-manage.com/unsubscribe?u=%s
""" % hexs(rng, 24)
    html = ("<!doctype html><html><body><table width=\"100%%\"><tr><td align=\"center\"><h1 style=\"color:#b3261e\">"
            "MUDANZAS EL ÁGUILA</h1><h2>Precios especiales de primavera</h2><p>¿Se muda en marzo o abril? Camión "
            "con dos ayudantes desde $95 la hora en Beloit, Janesville y Rockford. Cajas gratis con su mudanza "
            "local.</p><p>Llame o mande WhatsApp al (608) 555-0155.</p><p style=\"font-size:11px;color:#888\">"
            "Recibe este correo porque se suscribió en mudanzaselaguila.com. <a href=\"https://mudanzaselaguila."
            "us21.list-manage.com/unsubscribe\">Darse de baja</a></p></td></tr></table></body></html>")
    body = mime.multipart(b, [mime.leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                              mime.leaf("text/html; charset=utf-8", html, "quoted-printable")])
    hdrs = [("Subject", mime.encoded_words("¡Precios de primavera para su mudanza! 🚚")),
            ("From", mime.addr("Mudanzas El Águila", "info@mudanzaselaguila.com")),
            ("Reply-To", "info@mudanzaselaguila.com"), ("To", "<%s>" % CCA),
            ("Date", mime.rfc_date(d, pad=True, utc=True)),
            ("Message-ID", "<%s.%s@mail%d.suw%d.mcdlv.net>" % (hexs(rng, 20), hexs(rng, 6), rng.randint(10, 99),
                                                             rng.randint(10, 99))),
            ("List-Unsubscribe", "<https://mudanzaselaguila.us21.list-manage.com/unsubscribe?u=%s>, "
                                 "<mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net>" % (
                                     hexs(rng, 24), hexs(rng, 24))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("X-Mailer", "MailChimp Mailer - **CID%s**" % hexs(rng, 10)),
            ("Precedence", "bulk"), ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    return finish(m, hdrs, body, "bounce-mc.us21_%d@mail%d.suw%d.mcdlv.net" % (
        rng.randint(10000000, 99999999), rng.randint(10, 99), rng.randint(10, 99)), "mcdlv.net",
                  hop=("mail%d.suw%d.mcdlv.net" % (rng.randint(10, 99), rng.randint(10, 99)),
                       "198.2.1%d.%d" % (rng.randint(28, 91), rng.randint(2, 250)), True))


@machine("M05", "moving-kit supplier pitch to the catalog", PHC, "2027-03-24 09:17:02", "Gmail (salesperson, plain)",
         "Cold sales outreach to the catalog team; a person typed it but it is not a request of ours.")
def m05(m):
    rng, d = R(m), W(m)
    text = """Hi PowerHouse team,

Quick question: do you carry moving supplies in the catalog? We make a
"first night" kit (LED lantern, outlet covers, power strip, box cutter,
labels) that sells really well to new homeowners. Happy to send samples
and wholesale pricing.

Best,
Dana Whitcomb
BoxBright Supply Co.
dana@boxbrightsupply.com
"""
    hdrs = [("MIME-Version", "1.0"), ("From", "Dana Whitcomb <dana@boxbrightsupply.com>"),
            ("Date", mime.rfc_date(d)), ("Message-ID", "<CA%s+%s@mail.gmail.com>" % (alnum(rng, 20), alnum(rng, 26))),
            ("Subject", "Moving kits for the PowerHouse Catalog?"), ("To", PHCA),
            ("Content-Type", 'text/plain; charset="UTF-8"')]
    return finish(m, hdrs, text, "dana@boxbrightsupply.com", "boxbrightsupply.com",
                  hop=("mail-pl1-f%d.google.com" % rng.randint(41, 199), "209.85.214.%d" % rng.randint(2, 250), True))


@machine("M06", "PCS-season military moving pitch", CC, "2027-04-13 08:00:41", "SendGrid (HTML only)",
         "Bulk pitch about military moves; bulk mail, not a request.")
def m06(m):
    rng, d = R(m), W(m)
    html = ("<html><body style=\"font-family:Verdana\"><h1>PCS season is here.</h1><p>Orders in hand? "
            "PatriotPath Relocation handles PPM (DITY) moves, storage and utility setup at your next duty station."
            "</p><p><b>Utility partners:</b> offer our free PCS checklist to your military customers and we'll "
            "co-brand it.</p><p><a href=\"https://u%d.ct.sendgrid.net/ls/click?upn=%s\">See the partner kit</a></p>"
            "<p style=\"font-size:10px\">PatriotPath Relocation, 1200 Commerce Dr, Fayetteville NC 28303. "
            "<a href=\"https://u%d.ct.sendgrid.net/asm/unsubscribe/?user_id=%d\">Unsubscribe</a></p>"
            "</body></html>") % (rng.randint(1000000, 9999999), alnum(rng, 60), rng.randint(1000000, 9999999),
                                 rng.randint(1000000, 9999999))
    hdrs = [("Content-Type", "text/html; charset=us-ascii"), ("Content-Transfer-Encoding", "quoted-printable"),
            ("Date", mime.rfc_date(d, utc=True)), ("From", "PatriotPath Relocation <news@patriotpathrelo.com>"),
            ("Mime-Version", "1.0"), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (alnum(rng, 22), rng.randint(1, 40))),
            ("Subject", "PCS season is here - help your military customers move"),
            ("To", CCA), ("X-SG-EID", alnum(rng, 80)), ("X-Entity-ID", alnum(rng, 22)),
            ("List-Unsubscribe", "<mailto:unsubscribe@sendgrid.net?subject=%s>" % alnum(rng, 30))]
    return finish(m, hdrs, mime.encode_body(html, "quoted-printable", "us-ascii"),
                  "bounces+%d-%s@em%d.patriotpathrelo.com" % (rng.randint(1000000, 9999999), hexs(rng, 4),
                                                             rng.randint(100, 9999)), "sendgrid.net",
                  hop=("o%d.ptr%d.sendgrid.net" % (rng.randint(1, 9), rng.randint(1000, 9999)),
                       "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250)), True))


# =============================================================================================== newsletters
@machine("M07", "realtor's monthly market newsletter", CC, "2027-03-10 07:00:12", "Mailchimp (HTML + text)",
         "Real-estate newsletter (bulk, List-Unsubscribe); it mentions opting out in its own footer, which is never a request to us.")
def m07(m):
    rng, d = R(m), W(m)
    b = "_----------=_MCPart_%d" % rng.randint(100000000, 999999999)
    text = """MADISON MARKET MINUTE - MARCH 2027

Spring listings are up 14%% over February and the median days on market in
Dane County dropped to 9. Buyers: get pre-approved before you tour.

Moving checklist for sellers
 - Transfer or stop utilities two weeks before closing
 - File your USPS change of address
 - Opt out of junk mail at the old address before you leave

Questions about your home's value? Reply or call me any time.

Carla Benning, Benning Realty Group | (608) 555-0116

Copyright (C) 2027 Benning Realty Group, All rights reserved.
You are receiving this email because you opted in via our website.
Unsubscribe: https://benningrealty.us14.list-manage.com/unsubscribe?u=%s
""" % hexs(rng, 24)
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p) for p in text.split("\n\n")) + "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                              mime.leaf("text/html; charset=utf-8", html, "quoted-printable")])
    hdrs = [("Subject", "Madison Market Minute - March 2027"),
            ("From", "Carla Benning <carla@benningrealty.com>"), ("Reply-To", "carla@benningrealty.com"),
            ("To", "<%s>" % CCA), ("Date", mime.rfc_date(d, pad=True, utc=True)),
            ("Message-ID", "<%s.%s@mail%d.atl%d.mcdlv.net>" % (hexs(rng, 20), hexs(rng, 6), rng.randint(10, 99),
                                                             rng.randint(10, 99))),
            ("List-ID", "%s mc list <%s.%s.list-id.mcsv.net>" % (hexs(rng, 24), hexs(rng, 24), hexs(rng, 10))),
            ("List-Unsubscribe", "<https://benningrealty.us14.list-manage.com/unsubscribe?u=%s>" % hexs(rng, 24)),
            ("Precedence", "bulk"), ("X-Mailer", "MailChimp Mailer - **CID%s**" % hexs(rng, 10)),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    return finish(m, hdrs, body, "bounce-mc.us14_%d@mail%d.atl%d.mcdlv.net" % (
        rng.randint(10000000, 99999999), rng.randint(10, 99), rng.randint(10, 99)), "mcdlv.net",
                  hop=("mail%d.atl%d.mcdlv.net" % (rng.randint(10, 99), rng.randint(10, 99)),
                       "198.2.1%d.%d" % (rng.randint(28, 91), rng.randint(2, 250)), True))


@machine("M09", "boletín inmobiliario (Spanish real-estate newsletter)", CC, "2027-04-05 09:30:55",
         "Constant Contact (HTML)", "Spanish real-estate newsletter, bulk; not a request.", lang="es")
def m09(m):
    rng, d = R(m), W(m)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999),
                                 int(d.timestamp() * 1000))
    text = """BOLETÍN DE BIENES RAÍCES - ABRIL 2027
Hogar Realty Iowa | Marshalltown - Ottumwa - Des Moines

¿Primera casa? Conozca los programas de enganche de Iowa Finance Authority.
Casas nuevas en venta esta semana: 6 en Marshalltown, 4 en Ottumwa.

Antes de mudarse: cambie su dirección en el correo, contrate la luz y el gas
a su nombre y pida que lo quiten de las listas de publicidad del dueño
anterior.

Hogar Realty Iowa, 20 W Main St, Marshalltown, IA 50158
Cancelar suscripción: https://visitor.constantcontact.com/do?p=un&m=%s
""" % alnum(rng, 30)
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", "<br>")
                                    for p in text.split("\n\n")) + "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                              mime.leaf("text/html; charset=utf-8", html, "quoted-printable")])
    hdrs = [("Date", mime.rfc_date(d, utc=True)),
            ("From", "Hogar Realty Iowa <boletin@hogarrealtyiowa.com>"),
            ("Reply-To", "boletin@hogarrealtyiowa.com"), ("To", CCA),
            ("Message-ID", "<%s@ind1s0%dmta%d.constantcontact.com>" % (alnum(rng, 24), rng.randint(1, 9),
                                                                      rng.randint(100, 999))),
            ("Subject", mime.encoded_words("Boletín de Bienes Raíces - Abril 2027", "UTF-8", "B")),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
            ("List-Unsubscribe", "<https://visitor.constantcontact.com/do?p=un&m=%s>" % alnum(rng, 30)),
            ("X-Roving-Id", "%d.%d" % (rng.randint(10 ** 12, 10 ** 13), rng.randint(1000, 9999))),
            ("X-Feedback-ID", "%s:%s:constantcontact" % (alnum(rng, 10), alnum(rng, 8))), ("Precedence", "bulk")]
    return finish(m, hdrs, body, "%s@in.constantcontact.com" % alnum(rng, 20), "constantcontact.com",
                  hop=("ccm%d.constantcontact.com" % rng.randint(10, 40), "208.75.123.%d" % rng.randint(2, 250), True))


@machine("M10", "listing alert: new homes near our HQ", CC, "2027-04-17 06:45:19", "Amazon SES (HTML only)",
         "Automated home-listing alert; system/bulk mail.")
def m10(m):
    rng, d = R(m), W(m)
    html = ("<html><body><h2>3 new listings near 4902 N Biltmore Ln</h2><ul>"
            "<li>5110 Anton Dr, Madison - 3 bd, 2 ba - $389,900</li>"
            "<li>22 Cottage Grove Rd, Madison - 2 bd, 1 ba - $264,500</li>"
            "<li>4818 Wendover Dr, Madison - 4 bd, 3 ba - $512,000</li></ul>"
            "<p><a href=\"https://alerts.homefinderalerts.com/s/%s\">View on map</a></p>"
            "<p style=\"font-size:11px\">You saved this search on 02/27/2027. Manage alerts or unsubscribe at "
            "homefinderalerts.com/settings.</p></body></html>") % alnum(rng, 20)
    hdrs = [("Date", mime.rfc_date(d, utc=True)), ("From", "HomeFinder Alerts <alerts@homefinderalerts.com>"),
            ("To", CCA), ("Message-ID", "<0100%s-%s-000000@email.amazonses.com>" % (hexs(rng, 12), uuid_(rng, False))),
            ("Subject", "3 new listings near 4902 N Biltmore Ln"), ("MIME-Version", "1.0"),
            ("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "quoted-printable"),
            ("List-Unsubscribe", "<https://homefinderalerts.com/settings/unsub?t=%s>" % alnum(rng, 24)),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % alnum(rng, 40)),
            ("X-SES-Outgoing", "2027.04.17-54.240.8.%d" % rng.randint(2, 250))]
    return finish(m, hdrs, mime.encode_body(html, "quoted-printable"),
                  "0100%s-%s-000000@amazonses.com" % (hexs(rng, 12), uuid_(rng, False)), "amazonses.com",
                  hop=("a8-%d.smtp-out.amazonses.com" % rng.randint(10, 99), "54.240.8.%d" % rng.randint(2, 250), True))


@machine("M38", "apartment community resident newsletter", CC, "2027-04-01 08:05:37", "Yardi/RentCafe-style bulk (HTML)",
         "Property manager's resident newsletter (bulk); its move-out reminders are not requests to us.")
def m38(m):
    rng, d = R(m), W(m)
    b = "=_%s" % hexs(rng, 28)
    text = """THE LOFTS AT UNION CORNERS - APRIL RESIDENT NEWS

Moving out at lease end? Give your 60-day notice in the resident portal and
remember to schedule your Alliant Energy stop date. Electric must stay in
your name through the last day of your lease.

Pool opens Memorial Day weekend. Spring carpet cleaning sign-ups are in the
office.

The Lofts at Union Corners | 2510 E Washington Ave, Madison, WI 53704
You are receiving this because you are listed as a contact for this community.
"""
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", " ") for p in text.split("\n\n")) + \
           "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=utf-8", text, "7bit"),
                              mime.leaf("text/html; charset=utf-8", html, "7bit")])
    hdrs = [("From", "The Lofts at Union Corners <noreply@residentnews.rentcafe.com>"),
            ("To", CCA), ("Subject", "April Resident News - The Lofts at Union Corners"),
            ("Date", mime.rfc_date(d)), ("Message-ID", "<%s@rentcafe.com>" % uuid_(rng, False)),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
            ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]
    return finish(m, hdrs, body, "bounce@residentnews.rentcafe.com", "rentcafe.com")


# =============================================================================================== bounces
def _our_postfix_dsn(m, o, rcpt, diag, status, remote, subj="Undelivered Mail Returned to Sender", delayed=False):
    rng, d = R(m), W(m)
    b = "%s.%d/smtp-out2.alliant-energy.com" % (hexs(rng, 10, True), rng.randint(1700000000, 1799999999))
    qid = ours._h(o["msgid"])[:11].upper()
    if delayed:
        intro = """This is the mail system at host smtp-out2.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s
""" % (rcpt, diag)
    else:
        intro = """This is the mail system at host smtp-out2.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host %s said:
    %s
""" % (rcpt, remote, diag)
    ds = """Reporting-MTA: dns; smtp-out2.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: %s
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s%s
""" % (qid, o["frm_addr"], mime.rfc_date(o["date"], comment="tz"), rcpt, rcpt, "delayed" if delayed else "failed",
       status, remote.split(" ")[0], diag.replace("\n    ", " "),
       ("\nWill-Retry-Until: %s" % mime.rfc_date(mime.shift(o["date"], days=5), comment="tz")) if delayed else "")
    parts = [mime.leaf("text/plain; charset=us-ascii", intro, "7bit", cte_header=False,
                       extra=[("Content-Description", "Notification")]),
             mime.leaf("message/delivery-status", ds, "7bit", cte_header=False,
                       extra=[("Content-Description", "Delivery report")])]
    if delayed:
        parts.append(mime.headers([("Content-Description", "Undelivered Message Headers"),
                                   ("Content-Type", "text/rfc822-headers")]) + "\n\n" + ours.raw(o, True))
    else:
        parts.append(mime.headers([("Content-Description", "Undelivered Message"),
                                   ("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")]) +
                     "\n\n" + ours.raw(o))
    body = mime.multipart(b, parts, preamble="This is a MIME-encapsulated message.\n")
    hdrs = [("Date", mime.rfc_date(d, comment="tz")),
            ("From", "MAILER-DAEMON@smtp-out2.alliant-energy.com (Mail Delivery System)"),
            ("Subject", subj), ("To", o["frm_addr"]), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b),
            ("Content-Transfer-Encoding", "8bit"),
            ("Message-Id", "<%s.%s@smtp-out2.alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), qid))]
    return finish(m, hdrs, body, None, "alliant-energy.com", hop=OUR_OUT)


@machine("M11", "bounce: Gmail account deleted (our Postfix DSN)", CC, "2027-03-02 09:31:10", "Postfix DSN",
         "Delivery status notification for our moving promotion; automated.",
         answers="bounce of promo_move")
def m11(m):
    o = ours.our("promo_move", "Brandon Kies", "brandon.kies.cr@gmail.com")
    return _our_postfix_dsn(m, o, "brandon.kies.cr@gmail.com",
                            "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                            "    550-5.1.1 double-checking the recipient's email address for typos or\n"
                            "    550-5.1.1 unnecessary spaces. For more information, go to\n"
                            "    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b2f3c1a0d1bsi"
                            "8812345a12.177 - gsmtp (in reply to RCPT TO command)",
                            "5.1.1", "gmail-smtp-in.l.google.com[142.250.115.27]")


@machine("M13", "bounce: old Mediacom address closed", CC, "2027-03-16 10:01:02", "Postfix DSN",
         "Bounce of our thermostat promotion to an ISP mailbox closed after a move; automated.",
         answers="bounce of promo_rebate")
def m13(m):
    o = ours.our("promo_rebate", "Lyle Schmitt", "lschmitt48@mchsi.com")
    return _our_postfix_dsn(m, o, "lschmitt48@mchsi.com",
                            "550 5.1.1 <lschmitt48@mchsi.com>: Recipient address rejected: User unknown\n"
                            "    (in reply to RCPT TO command)", "5.1.1", "mx.mchsi.com[173.17.40.15]")


@machine("M20", "delayed-mail warning for catalog e-mail", PHC, "2027-04-15 15:02:30", "Postfix DSN (delay)",
         "Postfix delay warning ('do not need to resend'); automated.", answers="delay notice for cat_april")
def m20(m):
    o = ours.our("cat_april", "Gail Henning", "ghenning@iowatelecom.net")
    return _our_postfix_dsn(m, o, "ghenning@iowatelecom.net",
                            "connect to mx.iowatelecom.net[162.39.4.20]:25: Connection timed out", "4.4.1",
                            "mx.iowatelecom.net", subj="Delayed Mail (still being retried)", delayed=True)


@machine("M12", "Office 365 NDR: recipient left the company", PHC, "2027-03-04 11:02:39", "Exchange Online NDR",
         "Exchange Online non-delivery report for the spring catalog e-mail; automated.",
         answers="bounce of cat_spring")
def m12(m):
    rng, d = R(m), W(m)
    o = ours.our("cat_spring", "Megan Ahlgren", "mahlgren@prairiestatebank.com")
    b = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    b2 = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    srv = clients.ms_host(rng) + ".namprd%02d.prod.outlook.com" % rng.randint(1, 19)
    text = """Your message to mahlgren@prairiestatebank.com couldn't be delivered.

mahlgren wasn't found at prairiestatebank.com.

PowerHouse Catalog      Office 365      mahlgren
Action Required                         Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If the address belongs to someone who recently moved or left the
  organization, remove it from your distribution list.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found
in the recipient's email system.

Original Message Details
Created Date:    %s
Sender Address:  powerhousecatalog@alliant-energy.com
Recipient Address: mahlgren@prairiestatebank.com
Subject:         Your spring PowerHouse Catalog is here

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: %s
""" % (mime.rfc_date(o["date"], utc=True), srv)
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + \
           "</body></html>"
    alt = mime.headers([("Content-Type", 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b2)]) + \
        "\n\n" + mime.multipart(b2, [mime.leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                      mime.leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;smtp-out2.alliant-energy.com
Arrival-Date: %s

Original-Recipient: rfc822;mahlgren@prairiestatebank.com
Final-Recipient: rfc822;mahlgren@prairiestatebank.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (srv, mime.rfc_date(o["date"], utc=True))
    body = mime.multipart(b, [alt, mime.leaf("message/delivery-status", ds, "7bit"),
                              mime.headers([("Content-Type", "message/rfc822")]) + "\n\n" + ours.raw(o)])
    hdrs = [("From", "<postmaster@prairiestatebank.com>"), ("To", "<%s>" % PHCA), ("Date", mime.rfc_date(d, utc=True)),
            ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
            ("Message-ID", "<%s@%s>" % (uuid_(rng, False), srv)),
            ("In-Reply-To", o["msgid"]), ("References", o["msgid"]),
            ("Subject", "Undeliverable: " + o["subject"]), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0")]
    return finish(m, hdrs, body, None, "prairiestatebank.com",
                  hop=("mail-bn8nam12on20%02d.outbound.protection.outlook.com" % rng.randint(10, 99),
                       "40.107.237.%d" % rng.randint(2, 250), True))


@machine("M14", "Exim bounce: employee mailbox removed", PHC, "2027-03-25 11:03:56", "Exim",
         "Exim 'Mail delivery failed' for the moving-day catalog e-mail; automated.",
         answers="bounce of cat_moveday")
def m14(m):
    rng, d = R(m), W(m)
    o = ours.our("cat_moveday", "Neil Osterberg", "neil.o@hawkeyeag-supply.com")
    xid = "1%s-%s-%s" % (alnum(rng, 5), alnum(rng, 6), alnum(rng, 2))
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  neil.o@hawkeyeag-supply.com
    No Such User Here

------ This is a copy of the message, including all the headers. ------

""" + ours.raw(o)
    hdrs = [("Received", "from mailnull by server%d.hawkeyeag-supply.com with local (Exim 4.98)\n\tid %s\n"
                         "\tfor powerhousecatalog@alliant-energy.com; %s" % (rng.randint(10, 99), xid,
                                                                              mime.rfc_date(d, pad=True))),
            ("X-Failed-Recipients", "neil.o@hawkeyeag-supply.com"), ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@server%d.hawkeyeag-supply.com>" % rng.randint(10, 99)),
            ("To", PHCA), ("Content-Type", "text/plain; charset=utf-8"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E%s@server.hawkeyeag-supply.com>" % xid), ("Date", mime.rfc_date(d, pad=True))]
    return finish(m, hdrs, text, None, "hawkeyeag-supply.com",
                  hop=("server41.hawkeyeag-supply.com", "198.54.115.%d" % rng.randint(2, 250), True))


@machine("M15", "qmail bounce from a small Iowa ISP", CC, "2027-04-06 08:47:15", "qmail",
         "qmail failure notice for the April newsletter; automated.", answers="bounce of promo_april")
def m15(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_april", "Arlene Tjaden", "atjaden@netins.net")
    text = """Hi. This is the qmail-send program at mail.netins.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<atjaden@netins.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + ours.raw(o)
    hdrs = [("Date", "%d %s %d %02d:%02d:%02d -0000" % (d.day, mime.MON[d.month - 1], d.year, (d.hour + 5) % 24,
                                                       d.minute, d.second)),
            ("From", "MAILER-DAEMON@mail.netins.net"), ("To", CCA),
            ("Subject", "failure notice"),
            ("Message-ID", "<%d.%d.qmail@mail.netins.net>" % (int(d.timestamp()), rng.randint(1000, 99999)))]
    return finish(m, hdrs, text, None, "netins.net", hop=("mail.netins.net", "167.142.225.%d" % rng.randint(2, 250), False))


@machine("M17", "university account deactivated after graduation", CC, "2027-03-02 09:33:48",
         "Exchange Online NDR (plain)", "University NDR: student account disabled after graduation; automated.",
         answers="bounce of promo_move")
def m17(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_move", "Austin Pham", "apham27@students.clarke.edu")
    b = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    text = """Delivery has failed to these recipients or groups:

apham27@students.clarke.edu
The recipient's mailbox has been disabled. Clarke University student
accounts are deactivated 90 days after graduation or withdrawal.

Diagnostic information for administrators:

Generating server: %s.namprd%02d.prod.outlook.com

apham27@students.clarke.edu
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipDisabled; recipient disabled'

Original message headers:

""" % (clients.ms_host(rng), rng.randint(1, 19)) + ours.raw(o, True)
    ds = """Reporting-MTA: dns;mx.students.clarke.edu

Final-Recipient: rfc822;apham27@students.clarke.edu
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipDisabled; recipient disabled
"""
    body = mime.multipart(b, [mime.leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                              mime.leaf("message/delivery-status", ds, "7bit"),
                              mime.headers([("Content-Type", "text/rfc822-headers")]) + "\n\n" + ours.raw(o, True)])
    hdrs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@students.clarke.edu>"),
            ("To", "<%s>" % CCA), ("Date", mime.rfc_date(d, utc=True)),
            ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
            ("Message-ID", "<%s@students.clarke.edu>" % uuid_(rng, False)),
            ("Subject", "Undeliverable: " + o["subject"]), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0")]
    return finish(m, hdrs, body, None, "students.clarke.edu",
                  hop=("mail-co1nam11on20%02d.outbound.protection.outlook.com" % rng.randint(10, 99),
                       "40.107.220.%d" % rng.randint(2, 250), True))


@machine("M18", "sendmail bounce: mailbox full at a family business", PHC, "2027-04-15 11:25:07", "Sendmail",
         "Sendmail 'Returned mail' (quota exceeded) for the April catalog e-mail; automated.",
         answers="bounce of cat_april")
def m18(m):
    rng, d = R(m), W(m)
    o = ours.our("cat_april", "Bonnie Kraus", "bonnie@krausorchards.com")
    b = "%s.%d/mail.krausorchards.com" % (alnum(rng, 14), int(d.timestamp()))
    qid = "%s%06d" % (alnum(rng, 8), rng.randint(0, 999999))
    text = """The original message was received at %s
from smtp-out2.alliant-energy.com [198.51.100.22]

   ----- The following addresses had permanent fatal errors -----
<bonnie@krausorchards.com>
    (reason: 552 5.2.2 Mailbox full)
    (expanded from: <bonnie@krausorchards.com>)

   ----- Transcript of session follows -----
... while talking to local:
>>> DATA
<<< 552 5.2.2 <bonnie@krausorchards.com>... Mailbox full
554 5.0.0 Service unavailable
""" % mime.rfc_date(o["date"], comment="tz")
    ds = """Reporting-MTA: dns; mail.krausorchards.com
Received-From-MTA: DNS; smtp-out2.alliant-energy.com
Arrival-Date: %s

Final-Recipient: RFC822; bonnie@krausorchards.com
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: %s
""" % (mime.rfc_date(o["date"]), mime.rfc_date(d))
    body = mime.multipart(b, [mime.leaf("text/plain; charset=us-ascii", text, "7bit", cte_header=False),
                              mime.leaf("message/delivery-status", ds, "7bit", cte_header=False),
                              mime.headers([("Content-Type", "message/rfc822")]) + "\n\n" + ours.raw(o)],
                          preamble="This is a MIME-encapsulated message\n")
    hdrs = [("Date", mime.rfc_date(d)), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.krausorchards.com>"),
            ("Message-Id", "<%s@mail.krausorchards.com>" % qid), ("To", "<%s>" % PHCA),
            ("MIME-Version", "1.0"),
            ("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b),
            ("Subject", "Returned mail: see transcript for details"), ("Auto-Submitted", "auto-generated (failure)")]
    return finish(m, hdrs, body, None, "krausorchards.com",
                  hop=("mail.krausorchards.com", "66.43.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), False))


@machine("M19", "NDR en español: buzón no existe", CC, "2027-03-09 09:02:26", "Exchange Online NDR (Spanish)",
         "Spanish-localised Exchange Online non-delivery report for the Spanish promotion; automated.", lang="es",
         answers="bounce of promo_es")
def m19(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_es", "Leticia Mora", "lmora@tysonfoods-contractor.com")
    b = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    text = """No se pudo entregar el mensaje a estos destinatarios o grupos:

lmora@tysonfoods-contractor.com
No se encontró la dirección de correo electrónico en el dominio de destino.
Es posible que esté mal escrita o que ya no exista. Intente volver a
escribir la dirección y reenviar el mensaje.

Información de diagnóstico para administradores:

Servidor de generación: %s.namprd%02d.prod.outlook.com

lmora@tysonfoods-contractor.com
El servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % (clients.ms_host(rng), rng.randint(1, 19))
    ds = """Reporting-MTA: dns;mx.tysonfoods-contractor.com

Final-Recipient: rfc822;lmora@tysonfoods-contractor.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    body = mime.multipart(b, [mime.leaf('text/plain; charset="utf-8"', text, "base64"),
                              mime.leaf("message/delivery-status", ds, "7bit"),
                              mime.headers([("Content-Type", "text/rfc822-headers")]) + "\n\n" + ours.raw(o, True)])
    hdrs = [("From", "<postmaster@tysonfoods-contractor.com>"), ("To", "<%s>" % CCA),
            ("Date", mime.rfc_date(d, utc=True)),
            ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-MX"),
            ("Message-ID", "<%s@tysonfoods-contractor.com>" % uuid_(rng, False)),
            ("Subject", mime.encoded_words("No se puede entregar: " + o["subject"], "utf-8", "B")),
            ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    return finish(m, hdrs, body, None, "tysonfoods-contractor.com",
                  hop=("mail-dm6nam12on20%02d.outbound.protection.outlook.com" % rng.randint(10, 99),
                       "40.107.243.%d" % rng.randint(2, 250), True))


# =============================================================================================== auto-replies
def _reply_hdrs(o, prefix="Automatic reply: "):
    return [("In-Reply-To", o["msgid"]), ("References", o["msgid"]), ("Subject", prefix + o["subject"])]


@machine("M21", "Outlook automatic reply: moving offices", CC, "2027-03-16 10:00:58", "Exchange Online auto-reply",
         "Out-of-office with Auto-Submitted about the sender's own office move; automated.",
         answers="auto-reply to promo_rebate")
def m21(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_rebate", "Paul Reinert", "preinert@reinertcpa.com")
    b = "_000_%s_" % clients.ms_host(rng)
    text = """Our office is moving this week! From March 15-19 I will have limited access to e-mail while we relocate to 2300 Kimball Ave, Waterloo. I will reply after March 22.

Paul Reinert, CPA
"""
    html = "<html><body><p>%s</p></body></html>" % mime.esc(text).replace("\n\n", "</p><p>")
    body = mime.multipart(b, [mime.leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                              mime.leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    hdrs = [("From", "Paul Reinert <preinert@reinertcpa.com>"), ("To", "Alliant Energy <%s>" % CCA)] + \
        _reply_hdrs(o) + [("Thread-Topic", o["subject"]), ("Date", mime.rfc_date(d, utc=True)),
                          ("Message-ID", clients.ms_msgid(rng)), ("Auto-Submitted", "auto-generated"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "preinert@reinertcpa.com"),
                          ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US"),
                          ("Content-Type", 'multipart/alternative; boundary="%s"' % b), ("MIME-Version", "1.0")]
    return finish(m, hdrs, body, "", "reinertcpa.com")


@machine("M22", "Gmail vacation responder: moving, limited e-mail", PHC, "2027-03-04 11:01:33", "Gmail vacation responder",
         "Gmail vacation auto-reply (Auto-Submitted) about the sender's move; automated.",
         answers="auto-reply to cat_spring")
def m22(m):
    rng, d = R(m), W(m)
    o = ours.our("cat_spring", "Tessa Grimm", "tessagrimm@gmail.com")
    text = """We're moving! Between March 1 and April 20 I'm checking email only now and then. If it's about the house on Jenifer St, please call instead.

Tessa
"""
    hdrs = [("MIME-Version", "1.0"), ("From", "Tessa Grimm <tessagrimm@gmail.com>"), ("Date", mime.rfc_date(d)),
            ("Auto-Submitted", "auto-replied"), ("Message-ID", "<CA%s@mail.gmail.com>" % alnum(rng, 44))] + \
        [("References", o["msgid"]), ("In-Reply-To", o["msgid"]), ("Subject", "Re: " + o["subject"]),
         ("To", "PowerHouse Catalog <%s>" % PHCA), ("Content-Type", 'text/plain; charset="UTF-8"'),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return finish(m, hdrs, mime.encode_body(text, "quoted-printable"), "tessagrimm@gmail.com", "gmail.com")


@machine("M23", "headerless 'address no longer monitored' auto-reply", CC, "2027-04-06 08:46:02",
         "cPanel autoresponder (no Auto-Submitted)",
         "Auto-reply without Auto-Submitted saying the address is no longer monitored: still automated (rulebook 'Headerless auto-replies').",
         answers="auto-reply to promo_april")
def m23(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_april", "Hawkeye Property Management", "leasing@hawkeyepropertymgmt.com")
    text = """This address is no longer monitored.

Hawkeye Property Management has moved our leasing office and changed our
contact information. For leasing and maintenance, please write to
office@hawkeyepm-iowa.com or call (319) 555-0181.

Thank you for your patience.
"""
    hdrs = [("Date", mime.rfc_date(d)), ("From", "Hawkeye Property Management <leasing@hawkeyepropertymgmt.com>"),
            ("To", CCA), ("Subject", "Re: " + o["subject"]), ("In-Reply-To", o["msgid"]),
            ("Message-ID", "<autoresp.%s@hawkeyepropertymgmt.com>" % hexs(rng, 16)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=us-ascii")]
    return finish(m, hdrs, text, "leasing@hawkeyepropertymgmt.com", "hawkeyepropertymgmt.com",
                  hop=("server%d.hostgator.com" % rng.randint(100, 999), "192.185.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), True))


@machine("M24", "respuesta automática: fuera de la oficina", CC, "2027-03-09 09:01:47", "Exchange Online auto-reply (Spanish)",
         "Spanish out-of-office (Auto-Submitted); automated.", lang="es", answers="auto-reply to promo_es")
def m24(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_es", "Ana Lucía Treviño", "atrevino@clinicahispanafdl.org")
    text = """Gracias por su mensaje. Estoy fuera de la oficina por mudanza hasta el lunes 15 de marzo, con acceso limitado al correo. Para asuntos urgentes, llame a la clínica al (920) 555-0108.

Ana Lucía Treviño
Clínica Hispana de Fond du Lac
"""
    hdrs = [("From", mime.addr("Ana Lucía Treviño", "atrevino@clinicahispanafdl.org", "utf-8", "B")),
            ("To", "Alliant Energy <%s>" % CCA),
            ("Subject", mime.encoded_words("Respuesta automática: " + o["subject"], "utf-8", "B")),
            ("Thread-Topic", mime.encoded_words(o["subject"], "utf-8", "B")),
            ("Date", mime.rfc_date(d, utc=True)), ("Message-ID", clients.ms_msgid(rng)),
            ("In-Reply-To", o["msgid"]), ("References", o["msgid"]), ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-MX"),
            ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "base64"),
            ("MIME-Version", "1.0")]
    return finish(m, hdrs, mime.encode_body(text, "base64"), "", "clinicahispanafdl.org")


@machine("M25", "auto-reply: deployed service member", PHC, "2027-03-04 11:04:20", "iCloud vacation auto-reply",
         "Vacation auto-reply from a deployed service member (Auto-Submitted); automated.",
         answers="auto-reply to cat_spring")
def m25(m):
    rng, d = R(m), W(m)
    o = ours.our("cat_spring", "Ethan Raabe", "ethanraabe@icloud.com")
    u = uuid_(rng, False)
    text = """I am currently deployed and have very limited access to personal email until late summer. Mail for our household is being handled by my wife, Carly, at carlyraabe@icloud.com.

SPC Ethan Raabe
"""
    hdrs = [("From", "ethanraabe@icloud.com"), ("To", '"PowerHouse Catalog" <%s>' % PHCA),
            ("Subject", "Auto reply: " + o["subject"]), ("Date", mime.rfc_date(d, utc=True)),
            ("Message-id", "<%s-vac@icloud.com>" % u), ("In-Reply-To", o["msgid"]), ("References", o["msgid"]),
            ("X-Apple-Criteria", "{kind=VACATION,startDate=2027-02-20T06:00:00Z,endDate=2027-08-31T05:00:00Z}"),
            ("X-Apple-Action", "VACATION"), ("X-Apple-UUID", u), ("Auto-Submitted", "auto-replied"),
            ("Content-type", "text/plain; charset=UTF-8")]
    return finish(m, hdrs, text, "ethanraabe@icloud.com", "icloud.com")


@machine("M26", "senior-living inquiry inbox auto-acknowledgement", CC, "2027-03-02 09:32:15", "HubSpot auto-responder (HTML)",
         "Assisted-living community's inquiry auto-responder triggered by our promotion; automated.",
         answers="auto-reply to promo_move")
def m26(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_move", "Meadow Ridge", "info@meadowridgeseniorliving.com")
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999), int(d.timestamp() * 1000))
    text = """Thank you for contacting Meadow Ridge Senior Living!

A member of our move-in team will reach out within one business day to talk
about independent living, assisted living and memory care options, and to
help your family plan the move.

Schedule a tour any time: meadowridgeseniorliving.com/tour

Meadow Ridge Senior Living | 3900 Woodland Dr, Cedar Falls, IA 50613
"""
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", " ") for p in text.split("\n\n")) + \
           "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=UTF-8", text, "7bit"),
                              mime.leaf("text/html; charset=UTF-8", html, "7bit")])
    hdrs = [("Date", mime.rfc_date(d, utc=True)), ("From", "Meadow Ridge Senior Living <info@meadowridgeseniorliving.com>"),
            ("To", CCA), ("Message-ID", "<%d.%s@meadowridgeseniorliving.com>" % (int(d.timestamp() * 1000), hexs(rng, 8))),
            ("In-Reply-To", o["msgid"]), ("Subject", "Thanks for reaching out to Meadow Ridge!"),
            ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
            ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    return finish(m, hdrs, body, "bounce-%s@bf%d.hubspotemail.net" % (hexs(rng, 10), rng.randint(10, 99)), "hubspotemail.net",
                  hop=("mta%d.hubspotemail.net" % rng.randint(100, 999), "158.247.%d.%d" % (rng.randint(16, 31), rng.randint(2, 250)), True))


@machine("M37", "challenge-response: verify you're a sender", CC, "2027-03-02 09:40:11", "SpamArrest challenge",
         "Challenge-response verification request provoked by our promotion; automated (rulebook lists challenge-response).",
         answers="challenge for promo_move")
def m37(m):
    rng, d = R(m), W(m)
    o = ours.our("promo_move", "Carol Wendt", "cwendt@spamarrest-user.net")
    text = """Hello,

I'm protecting myself from receiving junk mail. Please click the link below
to complete the verification process. You have to do this only once.

https://www.spamarrest.com/a2?%s

Your original message, "%s", is being held and will be
delivered once you verify.

Thank you,
cwendt@spamarrest-user.net
""" % (alnum(rng, 30), o["subject"])
    hdrs = [("Date", mime.rfc_date(d)), ("From", "cwendt@spamarrest-user.net"), ("To", CCA),
            ("Subject", "Re: " + o["subject"] + " [verification]"),
            ("Message-ID", "<sa.%s@spamarrest.com>" % hexs(rng, 20)),
            ("X-SpamArrest-Challenge", "yes"), ("Precedence", "junk"),
            ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=us-ascii")]
    return finish(m, hdrs, text, "challenge@spamarrest.com", "spamarrest.com")


@machine("M35", "read receipt for our acknowledgement", PHC, "2027-04-13 08:12:40", "Outlook MDN",
         "Read receipt (message/disposition-notification); automated (rulebook lists read receipts).",
         answers="MDN for ack_phc")
def m35(m):
    rng, d = R(m), W(m)
    o = ours.our("ack_phc", "Harriet Olsen", "holsen@olsenfarmsupply.com", "2027-04-12 15:40:09",
                 orig="Catalog for our new store address", origdate="April 12, 2027", ref="PHC-27-0412-0120",
                 action="We have updated the mailing address for your catalog.")
    b = "_%s_" % hexs(rng, 24)
    text = """Your message

  To: Harriet Olsen
  Subject: %s
  Sent: %s

was read on %s.
""" % (o["subject"], mime.rfc_date(o["date"]), mime.rfc_date(d))
    mdn = """Reporting-UA: %s.namprd%02d.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;holsen@olsenfarmsupply.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (clients.ms_host(rng), rng.randint(1, 19), o["msgid"])
    body = mime.multipart(b, [mime.leaf('text/plain; charset="us-ascii"', text, "7bit"),
                              mime.leaf("message/disposition-notification", mdn, "7bit")])
    hdrs = [("From", "Harriet Olsen <holsen@olsenfarmsupply.com>"), ("To", "PowerHouse Catalog <%s>" % PHCA),
            ("Subject", "Read: " + o["subject"]), ("Date", mime.rfc_date(d, utc=True)),
            ("Message-ID", clients.ms_msgid(rng)), ("References", o["msgid"]),
            ("Content-Type", 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % b),
            ("MIME-Version", "1.0")]
    return finish(m, hdrs, body, "holsen@olsenfarmsupply.com", "olsenfarmsupply.com")


# =============================================================================================== phishing
@machine("M27", "phishing: USPS 'verify your new address'", CC, "2027-03-13 02:17:45", "spam kit (HTML)",
         "Phishing posing as USPS asking to 'verify your new address'; spam, automated.")
def m27(m):
    rng, d = R(m), W(m)
    html = ("<html><body><div style=\"max-width:600px;font-family:Arial\"><img src=\"http://usps-redelivery-%s.top/"
            "logo.png\"><h3>Your package could not be delivered</h3><p>Dear customer,</p><p>We attempted to deliver "
            "your parcel but the address on file does not match your <b>new address</b>. To avoid return to sender, "
            "please <b>verify your new address</b> and pay the $1.99 redelivery fee within 24 hours.</p><p><a href="
            "\"http://usps-redelivery-%s.top/verify?id=%s\">VERIFY NEW ADDRESS</a></p><p>USPS Change of Address "
            "Department</p></div></body></html>") % (alnum(rng, 5).lower(), alnum(rng, 5).lower(), alnum(rng, 12))
    hdrs = [("From", "USPS Informed Delivery <no-reply@usps-informed-deliv.com>"), ("To", CCA),
            ("Subject", "Action required: verify your new address (Tracking US9514%d)" % rng.randint(10 ** 12, 10 ** 13)),
            ("Date", mime.rfc_date(d, pad=True, utc=True)), ("Message-ID", "<%s@usps-informed-deliv.com>" % alnum(rng, 18)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=\"utf-8\""),
            ("Content-Transfer-Encoding", "base64"), ("X-Priority", "1")]
    return finish(m, hdrs, mime.encode_body(html, "base64"), "bounce@usps-informed-deliv.com",
                  "usps-informed-deliv.com", spf="softfail", dkim_ok=False,
                  hop=("vps%d.hostingcloud.ru" % rng.randint(1000, 9999), "45.%d.%d.%d" % (
                      rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), False))


@machine("M28", "phishing: fake Alliant 'verify new service address'", CC, "2027-04-09 23:51:08", "spam kit (plain + HTML)",
         "Phishing impersonating us ('verify your new service address or be disconnected'); spam, automated.")
def m28(m):
    rng, d = R(m), W(m)
    b = "----=_NextPart_%s" % hexs(rng, 20)
    text = """Dear Valued Customer,

Our records show you recently requested a change of service address. To
avoid interruption of your electric service, you must VERIFY YOUR NEW
SERVICE ADDRESS and billing details within 12 hours.

Verify now: http://alliant-energy-verify.com.secure-acct%s.xyz/login

Failure to verify will result in disconnection.

Alliant Energy Account Security
""" % rng.randint(100, 999)
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", " ") for p in text.split("\n\n")) + \
           "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=\"iso-8859-1\"", text, "quoted-printable"),
                              mime.leaf("text/html; charset=\"iso-8859-1\"", html, "quoted-printable")],
                          preamble="This is a multi-part message in MIME format.\n")
    hdrs = [("From", "\"Alliant Energy\" <security@alliantenergy-accounts.net>"), ("Reply-To", "verify.team2027@gmx.com"),
            ("To", "customercare <%s>" % CCA),
            ("Subject", "URGENT: Verify your new service address to avoid disconnection"),
            ("Date", mime.rfc_date(d, utc=True)), ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b), ("X-Priority", "1 (Highest)"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
            ("Message-ID", "<%s$%s@alliantenergy-accounts.net>" % (hexs(rng, 12, True), hexs(rng, 8, True)))]
    return finish(m, hdrs, body, "security@alliantenergy-accounts.net", "alliantenergy-accounts.net", spf="fail",
                  dkim_ok=False, hop=("mail.alliantenergy-accounts.net", "185.%d.%d.%d" % (
                      rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), False))


@machine("M29", "phishing en español: confirme su nueva dirección", PHC, "2027-03-30 04:33:27", "spam kit (HTML, Spanish)",
         "Spanish phishing ('confirme su nueva dirección'); spam, automated.", lang="es")
def m29(m):
    rng, d = R(m), W(m)
    html = ("<html><body><p>Estimado cliente:</p><p>Su paquete está retenido en nuestro centro de distribución porque "
            "la dirección no coincide con su <b>nueva dirección</b> registrada en el cambio de domicilio.</p>"
            "<p>Confirme su nueva dirección y pague la tarifa de reenvío de $2.15 aquí: <a href=\"https://correos-"
            "usps-entrega.%s.shop/confirmar\">Confirmar dirección</a></p><p>Si no confirma en 48 horas, el paquete "
            "será devuelto.</p><p>Servicio Postal - Atención al Cliente</p></body></html>") % alnum(rng, 6).lower()
    hdrs = [("From", mime.addr("Servicio Postal", "avisos@entrega-paquete-usps.shop", "UTF-8", "B")), ("To", PHCA),
            ("Subject", mime.encoded_words("Su paquete está retenido: confirme su nueva dirección", "UTF-8", "B")),
            ("Date", mime.rfc_date(d, utc=True)), ("Message-ID", "<%s@entrega-paquete-usps.shop>" % alnum(rng, 24)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=UTF-8"),
            ("Content-Transfer-Encoding", "base64")]
    return finish(m, hdrs, mime.encode_body(html, "base64"), "avisos@entrega-paquete-usps.shop",
                  "entrega-paquete-usps.shop", spf="none", dkim_ok=False,
                  hop=("mx%d.bulkhost-eu.net" % rng.randint(1, 9), "91.%d.%d.%d" % (
                      rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), True))


@machine("M30", "phishing: e-signature 'change of address form'", PHC, "2027-04-20 14:09:33", "spam kit (HTML)",
         "Phishing dressed as an e-signature request for a 'change of address form'; spam, automated.")
def m30(m):
    rng, d = R(m), W(m)
    html = ("<html><body style=\"font-family:Helvetica\"><div style=\"background:#1e4e9c;color:#fff;padding:20px\">"
            "Vendor Services sent you a document to review and sign.</div><p><b>Change of Remit Address Form - "
            "PowerHouse Catalog vendor #44817</b></p><p>Please review and sign to confirm our new remittance address "
            "before your next payment run.</p><p><a href=\"https://sign-docs-review.%s.app/d/%s\">REVIEW DOCUMENT</a>"
            "</p><p style=\"font-size:11px\">Do not share this email. It contains a secure link.</p></body></html>") % (
        alnum(rng, 7).lower(), alnum(rng, 16))
    hdrs = [("From", "\"Vendor Services via eSign\" <dse@esign-notification-mail.com>"), ("To", PHCA),
            ("Subject", "Please sign: Change of Remit Address Form - Vendor #44817"),
            ("Date", mime.rfc_date(d, utc=True)), ("Message-ID", "<%s@esign-notification-mail.com>" % uuid_(rng, False)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=\"us-ascii\""),
            ("Content-Transfer-Encoding", "quoted-printable")]
    return finish(m, hdrs, mime.encode_body(html, "quoted-printable"), "dse@esign-notification-mail.com",
                  "esign-notification-mail.com", spf="softfail", dkim_ok=False)


# =============================================================================================== misdirected confirmations
@machine("M31", "credit union address-change confirmation (misdirected)", CC, "2027-03-22 16:20:51", "bank notification system",
         "Another company's address-change confirmation sent to our address by a customer's typo; system mail, automated.")
def m31(m):
    rng, d = R(m), W(m)
    text = """Prairie Lakes Credit Union

Your mailing address was updated

We're confirming that the mailing address on your membership ending in
*4412 was changed on 03/22/2027 at 4:19 PM CT.

If you made this change, no action is needed. If you did not, call us right
away at 1-800-555-0133.

This is an automated message. Please do not reply.
"""
    hdrs = [("Date", mime.rfc_date(d)), ("From", "Prairie Lakes Credit Union <alerts@notify.prairielakescu.org>"),
            ("To", CCA), ("Subject", "Your mailing address was updated"),
            ("Message-ID", "<%s.alerts@notify.prairielakescu.org>" % hexs(rng, 24)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=us-ascii"),
            ("Auto-Submitted", "auto-generated")]
    return finish(m, hdrs, text, "alerts@notify.prairielakescu.org", "notify.prairielakescu.org")


@machine("M32", "magazine subscription address-change confirmation", PHC, "2027-04-07 03:14:09", "subscription service (HTML)",
         "A magazine's change-of-address confirmation delivered to our catalog mailbox; system mail, automated.")
def m32(m):
    rng, d = R(m), W(m)
    b = "==%s==" % hexs(rng, 20)
    text = """Heartland Home Magazine - Customer Service

Thank you! Your change of address has been received.

Account: 0044%d
New address: 1801 ********* Ave, ******, IA
Your first issue at the new address: June/July 2027

Manage your subscription at heartlandhomemag.com/account.
""" % rng.randint(100000, 999999)
    html = "<html><body>" + "".join("<p>%s</p>" % mime.esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + \
           "</body></html>"
    body = mime.multipart(b, [mime.leaf("text/plain; charset=us-ascii", text, "7bit"),
                              mime.leaf("text/html; charset=us-ascii", html, "7bit")])
    hdrs = [("From", "Heartland Home Customer Service <noreply@heartlandhomemag.com>"), ("To", PHCA),
            ("Subject", "We've received your change of address"), ("Date", mime.rfc_date(d, utc=True)),
            ("Message-ID", "<%s@heartlandhomemag.com>" % uuid_(rng, False)), ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    return finish(m, hdrs, body, "bounces@heartlandhomemag.com", "heartlandhomemag.com")


@machine("M33", "confirmación de cambio de domicilio (compañía telefónica)", CC, "2027-04-12 10:41:58",
         "carrier notification (HTML, Spanish)",
         "Spanish address-change confirmation from a phone carrier, misdirected to us; system mail, automated.", lang="es")
def m33(m):
    rng, d = R(m), W(m)
    html = ("<html><body><p>Hola:</p><p>Confirmamos que actualizamos la dirección de servicio y facturación de su "
            "cuenta móvil terminada en 7720. El cambio se verá en su próxima factura.</p><p>Si usted no solicitó "
            "este cambio, llame al 611 desde su teléfono.</p><p>Este es un mensaje automático; no responda a este "
            "correo.</p><p>Conecta Móvil</p></body></html>")
    hdrs = [("From", mime.addr("Conecta Móvil", "notificaciones@conectamovil.com")), ("To", CCA),
            ("Subject", mime.encoded_words("Confirmación: cambio de dirección en su cuenta")),
            ("Date", mime.rfc_date(d)), ("Message-ID", "<%s@conectamovil.com>" % hexs(rng, 30)),
            ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=UTF-8"),
            ("Content-Transfer-Encoding", "quoted-printable"), ("Auto-Submitted", "auto-generated")]
    return finish(m, hdrs, mime.encode_body(html, "quoted-printable"), "notificaciones@conectamovil.com",
                  "conectamovil.com")


@machine("M34", "third-party change-of-address filing receipt", CC, "2027-04-23 21:03:12", "web shop receipt",
         "Receipt from a paid change-of-address website, sent to our address; transactional system mail, automated.")
def m34(m):
    rng, d = R(m), W(m)
    text = """ADDRESS CHANGE FILING CONFIRMATION

Order #COA-%d
Filing fee: $39.95 (charged to card ending 0187)

Your change of address request has been submitted. You should receive a
validation letter at your old address within 5-10 business days.

Need to notify your utilities, banks and subscriptions too? Upgrade to
Address Change Plus for $14.95.

ChangeMyAddressOnline.co is not affiliated with the U.S. Postal Service.
""" % rng.randint(1000000, 9999999)
    hdrs = [("Date", mime.rfc_date(d)), ("From", "ChangeMyAddressOnline <orders@changemyaddressonline.co>"),
            ("To", CCA), ("Subject", "Your change of address filing is complete (Order #COA)"),
            ("Message-ID", "<%s@changemyaddressonline.co>" % hexs(rng, 26)), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit")]
    return finish(m, hdrs, text, "orders@changemyaddressonline.co", "changemyaddressonline.co")


# =============================================================================================== other not-a-request
@machine("M36", "calendar invitation: move-out walkthrough", CC, "2027-04-16 13:37:20", "Google Calendar (text/calendar)",
         "Calendar invitation (text/calendar) sent to us by mistake: not a request (rulebook).")
def m36(m):
    rng, d = R(m), W(m)
    b = "000000000000" + hexs(rng, 14)
    uid = "%s@google.com" % alnum(rng, 26).lower()
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270430T150000Z
DTEND:20270430T160000Z
DTSTAMP:%s
ORGANIZER;CN=Megan Tollefson:mailto:mtollefson.pm@gmail.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare
 @alliant-energy.com
DESCRIPTION:Final meter read + keys. Tenant moving out 4/30.
LOCATION:1418 Jenifer St\\, Madison\\, WI 53703
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Move-out walkthrough - 1418 Jenifer St
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % (d.astimezone(mime._dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"), uid)
    text = """Megan Tollefson has invited you to an event.

Move-out walkthrough - 1418 Jenifer St
Friday Apr 30, 2027 10am - 11am (CDT)
1418 Jenifer St, Madison, WI 53703
Final meter read + keys. Tenant moving out 4/30.

Reply for customercare@alliant-energy.com: Yes / No / Maybe

Invitation from Google Calendar
"""
    alt_b = "000000000000" + hexs(rng, 14)
    alt = mime.headers([("Content-Type", 'multipart/alternative; boundary="%s"' % alt_b)]) + "\n\n" + \
        mime.multipart(alt_b, [mime.leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                               mime.leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit")])
    body = mime.multipart(b, [alt, mime.leaf('application/ics; name="invite.ics"', ics, "base64",
                                             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    hdrs = [("MIME-Version", "1.0"), ("Reply-To", "Megan Tollefson <mtollefson.pm@gmail.com>"),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", "<calendar-%s@google.com>" % uuid_(rng, False)), ("Date", mime.rfc_date(d, utc=True)),
            ("Subject", "Invitation: Move-out walkthrough - 1418 Jenifer St @ Fri Apr 30, 2027 10am - 11am (CDT) "
                        "(customercare@alliant-energy.com)"),
            ("From", "Megan Tollefson <mtollefson.pm@gmail.com>"), ("To", CCA),
            ("Content-Type", 'multipart/mixed; boundary="%s"' % b)]
    return finish(m, hdrs, body, "%s@calendar-server.bounces.google.com" % alnum(rng, 30), "google.com",
                  hop=("mail-sor-f%d.google.com" % rng.randint(41, 99), "209.85.220.%d" % rng.randint(41, 99), True))


@machine("M39", "neighbourhood mailing-list post about junk mail after moving", CC, "2027-03-28 12:26:40",
         "Google Groups list traffic",
         "Mailing-list post that happens to tell neighbours how to opt out with us; list traffic, not a request (rulebook 'mailing-list posts').")
def m39(m):
    rng, d = R(m), W(m)
    text = """Welcome to the three new households on the 1100 block of E Dayton! A few
tips we've collected over the years for new neighbors:

 - Recycling is every other Tuesday, schedule is on the city site.
 - Catalogs for previous owners: write "moved, return to sender" on them,
   and for the Alliant PowerHouse catalog you can e-mail
   customercare@alliant-energy.com and ask them to opt you out.
 - The block party is June 12.

Jo Ann (block captain)

--
You received this message because you are subscribed to the Google Groups "Tenney-Lapham Neighbors" group.
To unsubscribe from this group and stop receiving emails from it, send an email to tenney-lapham+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/tenney-lapham/%s.
""" % alnum(rng, 30)
    hdrs = [("MIME-Version", "1.0"), ("Date", mime.rfc_date(d)),
            ("Message-ID", "<CA%s@mail.gmail.com>" % alnum(rng, 44)),
            ("Subject", "[Tenney-Lapham] Welcome new neighbors + junk mail tips"),
            ("From", "Jo Ann Riedl <joann.riedl@gmail.com>"), ("To", "tenney-lapham@googlegroups.com"),
            ("Content-Type", 'text/plain; charset="UTF-8"'),
            ("Reply-To", "tenney-lapham@googlegroups.com"), ("Precedence", "list"),
            ("Mailing-list", "list tenney-lapham@googlegroups.com; contact tenney-lapham+owners@googlegroups.com"),
            ("List-ID", "<tenney-lapham.googlegroups.com>"), ("X-Google-Group-Id", str(rng.randint(10 ** 11, 10 ** 12))),
            ("List-Post", "<https://groups.google.com/group/tenney-lapham/post>, <mailto:tenney-lapham@googlegroups.com>"),
            ("List-Help", "<https://groups.google.com/support/>, <mailto:tenney-lapham+help@googlegroups.com>"),
            ("List-Archive", "<https://groups.google.com/group/tenney-lapham/>"),
            ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n"
                                 " <https://groups.google.com/group/tenney-lapham/subscribe>" % rng.randint(10 ** 11, 10 ** 12))]
    return finish(m, hdrs, text, "tenney-lapham+bncBD%s@googlegroups.com" % alnum(rng, 40), "googlegroups.com",
                  hop=("mail-qk1-f%d.google.com" % rng.randint(41, 199), "209.85.222.%d" % rng.randint(41, 199), True))


@machine("M40", "SEO outreach about a moving guide", CC, "2027-04-27 10:58:31", "Outlook.com (cold outreach)",
         "SEO / link-building outreach; cold sales, automated by the rulebook.")
def m40(m):
    rng, d = R(m), W(m)
    text = """Hi Alliant Energy team,

I came across your page "Moving? Start, stop or transfer service" while
researching resources for people relocating to the Midwest. Great checklist!

We just published The 2027 Ultimate Moving Cost Guide and I think it would
be a useful addition to your page for readers. Would you consider adding a
link? Happy to share our article on any of our partner sites in return.

Cheers,
Olivia Grant
Outreach Specialist, MovingHacks Media
"""
    hdrs = [("From", "Olivia Grant <olivia.grant.outreach@outlook.com>"), ("To", CCA),
            ("Subject", "Quick suggestion for your moving page"), ("Date", mime.rfc_date(d, utc=True)),
            ("Message-ID", clients.ms_msgid(rng)), ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")]
    return finish(m, hdrs, text, "olivia.grant.outreach@outlook.com", "outlook.com")
