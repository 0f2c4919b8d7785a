# -*- coding: utf-8 -*-
"""The season's machine mail and mail that is not a request (automated = true, no labels, ack_to null)."""
from machine import bulk, dsn, mdn, calendar
from spec import M

FAIL = "dkim=none; spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s"


def A(id, box, date, frm, subj, note, builder=bulk, **kw):
    d = M(id, box, date, kw.pop("client", "machine"), frm, subj, kw.pop("body", ""), [], note, auto=True,
          builder=builder, **kw)
    return d


def pdf(title):
    body = "BT /F1 14 Tf 72 720 Td (%s) Tj ET" % title
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


SPECS = [
# ------------------------------------------------------------------ bounces of our autumn campaigns
A("b-postfix-frontier", "ph", "2026-09-15 08:34", ("Mail Delivery System", "MAILER-DAEMON@mx3.catalog.alliant-energy.com"),
  "Undelivered Mail Returned to Sender", "Postfix bounce of the fall catalog e-mail (5.1.1 user unknown)", builder=dsn,
  mfrom="", orig="fallcat", failed="hwinkelman@frontiernet.net", reporting="mx3.catalog.alliant-energy.com",
  status="5.1.1", remote="mx.frontiernet.net", diag="550 5.1.1 <hwinkelman@frontiernet.net>: Recipient address rejected: User unknown",
  body="""This is the mail system at host mx3.catalog.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<hwinkelman@frontiernet.net>: host mx.frontiernet.net[74.40.3.55] said: 550 5.1.1
    <hwinkelman@frontiernet.net>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)
""", host="mx3.catalog.alliant-energy.com", ip="10.40.8.13", auth="dkim=none; spf=none smtp.helo=mx3.catalog.alliant-energy.com; dmarc=none",
  headers=["Auto-Submitted: auto-replied"], prog="Postfix DSN"),

A("b-exchange-ndr", "cc", "2026-09-22 10:09", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@siouxlandmfg.com"),
  "Undeliverable: Get ahead of the cold: $50 back on a furnace tune-up", "Exchange Online NDR for the furnace promotion", builder=dsn,
  mfrom="", orig="furnace", failed="j.oconnell@siouxlandmfg.com", reporting="CH3PR11MB7712.namprd11.prod.outlook.com",
  status="5.1.10", remote="CH3PR11MB7712.namprd11.prod.outlook.com", no_queue=True,
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  body="""Your message to j.oconnell@siouxlandmfg.com couldn't be delivered.

j.oconnell wasn't found at siouxlandmfg.com.

offers    Office 365    j.oconnell
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.
""", html="""<html><body><p><b><span style="font-size:16pt">Your message to j.oconnell@siouxlandmfg.com couldn't be delivered.</span></b></p>
<p>j.oconnell wasn't found at siouxlandmfg.com.</p><p><b>Action Required</b>: Unknown To address</p></body></html>
""", host="NAM10-DM6-obe.outbound.protection.outlook.com", ip="40.107.93.61", auth="dkim=none; spf=pass smtp.helo=NAM10-DM6-obe.outbound.protection.outlook.com; dmarc=none",
  bnd="_a1c3e0d2-77b1-4c28-9b0e-5f7d2d1a9e44_", prog="Exchange Online NDR"),

A("b-gmail-quota", "cc", "2026-10-06 07:05", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)", "Gmail over-quota bounce of the October newsletter", builder=dsn,
  mfrom="", orig="newsletter", failed="grandmakathy52@gmail.com", reporting="googlemail.com", status="5.2.2", no_queue=True,
  remote="gmail-smtp-in.l.google.com",
  diag="552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
  body="""** Message not delivered **

Your message couldn't be delivered to grandmakathy52@gmail.com because the recipient's inbox is full.

The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space and inactive.
""", host="mail-sor-f69.google.com", ip="209.85.220.69", auth="dkim=pass header.d=googlemail.com; spf=pass smtp.mailfrom=googlemail.com; dmarc=pass header.from=googlemail.com",
  headers=["Auto-Submitted: auto-replied"], prog="Gmail DSN"),

A("b-yahoo-perm", "ph", "2026-09-15 08:41", ("MAILER-DAEMON@yahoo.com", "MAILER-DAEMON@yahoo.com"),
  "Failure Notice", "Yahoo permanent failure of the fall catalog e-mail", builder=dsn, mfrom="", orig="fallcat",
  failed="farmgirl_1961@yahoo.com", reporting="mta4015.mail.gq1.yahoo.com", status="5.0.0", no_queue=True,
  remote="mta7.am0.yahoodns.net", diag="554 delivery error: dd This user doesn't have a yahoo.com account (farmgirl_1961@yahoo.com) [0]",
  body="""Sorry, we were unable to deliver your message to the following address.

<farmgirl_1961@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (farmgirl_1961@yahoo.com) [0] - mta7.am0.yahoodns.net
""", host="sonic312-1.consmr.mail.gq1.yahoo.com", ip="98.137.64.81", auth="dkim=none; spf=none smtp.helo=yahoo.com; dmarc=none", prog="Yahoo bounce"),

A("b-college-graduated", "cc", "2026-09-22 10:12", ("Mail Delivery System", "MAILER-DAEMON@mx1.luther.edu"),
  "Undelivered Mail Returned to Sender", "College mail server bounce for a graduate's closed address (furnace promotion)",
  builder=dsn, mfrom="", orig="furnace", failed="halvma02@luther.edu", reporting="mx1.luther.edu", status="5.1.1",
  remote="aspmx.l.google.com", diag="550-5.1.1 The email account that you tried to reach does not exist.",
  body="""This is the mail system at host mx1.luther.edu.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<halvma02@luther.edu>: host aspmx.l.google.com said: 550-5.1.1 The email
    account that you tried to reach does not exist.
""", host="mx1.luther.edu", ip="192.203.196.31", auth="dkim=none; spf=pass smtp.helo=mx1.luther.edu; dmarc=none", prog="Postfix DSN"),

A("b-es-isp", "cc", "2026-10-06 07:11", ("Sistema de entrega de correo", "postmaster@correo.prodigy.net.mx"),
  "Mensaje no entregado", "Spanish-language bounce of the October newsletter (mailbox full)", builder=dsn, mfrom="",
  orig="newsletter", failed="abuelita.chayo@prodigy.net.mx", reporting="correo.prodigy.net.mx", status="5.2.2",
  remote="mx.prodigy.net.mx", diag="552 5.2.2 Buzon lleno / Mailbox full", lang="es", cs="utf-8", cte="quoted-printable",
  body="""Este es el sistema de correo de correo.prodigy.net.mx.

No fue posible entregar su mensaje al siguiente destinatario:

<abuelita.chayo@prodigy.net.mx>: el buzón está lleno (552 5.2.2).

El mensaje original se adjunta a continuación.
""", host="correo.prodigy.net.mx", ip="200.33.146.27", auth="dkim=none; spf=none smtp.helo=correo.prodigy.net.mx; dmarc=none", prog="ISP DSN (Spanish)"),

# ------------------------------------------------------------------ auto-replies
A("o-harvest-agronomist", "ph", "2026-09-15 08:52", ("Brad Ties", "bties@heartlandgrowers.coop"),
  "Automatic reply: Your Fall Catalog is on its way: cozy savings inside",
  "Outlook out-of-office with Auto-Submitted: harvest season", mfrom="bties@heartlandgrowers.coop",
  body="""I'm out in the field for harvest and checking e-mail only now and then until October 30. For seed and
chemical orders please call the Greene location at 641-555-0190.

Brad Ties
Agronomist, Heartland Growers Cooperative
""", cs="us-ascii", cte="7bit", headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: bties@heartlandgrowers.coop",
                                          "In-Reply-To: <20260915083000.fallcat26.b41c7e0d93@mail.alliant-energy.com>"],
  host="NAM12-BN8-obe.outbound.protection.outlook.com", ip="40.107.237.84", prog="Exchange auto-reply"),

A("o-retired-headerless", "cc", "2026-09-22 11:30", ("Carla Mehrens", "cmehrens@wapsievalley.k12.ia.us"),
  "Re: Get ahead of the cold: $50 back on a furnace tune-up",
  "Headerless 'no longer monitored, I retired' auto-reply to the furnace promotion: automated", mfrom="cmehrens@wapsievalley.k12.ia.us",
  body="""Thank you for your email. This mailbox is no longer monitored. I retired from Wapsie Valley Schools in
June. For business office matters please contact the district office at 319-555-0133.
""", cs="us-ascii", cte="7bit", headers=["In-Reply-To: <20260922100500.tuneup26.3fa90c17e2@mail.alliant-energy.com>"],
  host="mail-yw1-f180.google.com", ip="209.85.128.180", prog="Google Workspace (headerless auto-reply)"),

A("o-es-vacaciones", "cc", "2026-10-06 07:20", ("Leticia Aranda", "laranda@latinosunidos-ia.org"),
  "Respuesta automática: Home Matters, October: help with heating bills, and more",
  "Spanish out-of-office with Auto-Submitted under the newsletter", mfrom="laranda@latinosunidos-ia.org", lang="es",
  body="""Gracias por su mensaje. Estaré fuera de la oficina del 5 al 16 de octubre con acceso limitado al correo.
Para asuntos urgentes comuníquese con Ramiro Duarte, rduarte@latinosunidos-ia.org.

Thank you for your message. I am out of the office October 5-16.
""", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], host="NAM04-MW2-obe.outbound.protection.outlook.com",
  ip="40.107.101.55", prog="Exchange auto-reply (Spanish)"),

A("o-gmail-hunting", "ph", "2026-10-28 09:00", ("Jeff Kramer", "jeffkramer.hunts@gmail.com"),
  "Re: We received your message [PH-260929-0188]",
  "Gmail vacation responder (Auto-Submitted) answering our acknowledgement", mfrom="jeffkramer.hunts@gmail.com",
  body="""Up north at deer camp till November 2, no signal. I'll get back to you when I'm home.

Jeff
""", cs="UTF-8", cte="7bit", headers=["Auto-Submitted: auto-replied", "Precedence: bulk",
                                      "In-Reply-To: <ack.PH-260929-0188@alliant-energy.com>"],
  host="mail-sor-f41.google.com", ip="209.85.220.41", dom="gmail.com", mid_dom="mail.gmail.com", prog="Gmail vacation responder"),

A("o-church-office-headerless", "cc", "2026-09-08 13:20", ("St. Wenceslaus Parish Office", "office@stwenceslausspillville.org"),
  "Re: Important notice about your electric and natural gas rates",
  "Headerless parish-office auto-reply to the rate notice (office hours): automated", mfrom="office@stwenceslausspillville.org",
  body="""Thank you for contacting St. Wenceslaus Parish. The parish office is open Tuesday through Thursday,
9 a.m. to 1 p.m. Your message will be read when the office is next open. For a pastoral emergency
please call the rectory.
""", cs="us-ascii", cte="7bit", prog="hosted mail (headerless auto-reply)"),

A("o-ticket-ack", "cc", "2026-09-22 10:40", ("Hawkeye Rentals Support", "support@hawkeyerentals.freshticket.io"),
  "[#48812] Re: Get ahead of the cold: $50 back on a furnace tune-up",
  "Property-management ticket system auto-acknowledgement of our promotion", mfrom="bounce+48812@freshticket.io",
  body="""Hi,

We've received your request and created ticket #48812. A member of our maintenance team will follow up
within two business days. For emergencies (no heat, water leak) call 319-555-0166.

Hawkeye Rentals
""", html="""<div style="font-family:Arial"><p>Hi,</p><p>We've received your request and created ticket <b>#48812</b>.
A member of our maintenance team will follow up within two business days.</p><p>Hawkeye Rentals</p></div>
""", headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: 48812"], dom="freshticket.io", prog="ticket system auto-ack"),

# ------------------------------------------------------------------ list mail
A("l-extension-harvest", "cc", "2026-09-14 06:00", ("Clayton County Extension", "news@claytonext.lists.iastate.edu"),
  "Harvest Safety Week: PTO shields, power lines, and grain bins",
  "County extension list newsletter (List-Id, Precedence: list)", mfrom="owner-claytonext@lists.iastate.edu",
  body="""HARVEST SAFETY WEEK, SEPTEMBER 14-20

* Look up before you raise an auger or a grain cart. Keep 10 feet from overhead lines.
* If your equipment touches a line, stay in the cab and call 911 and your utility.
* Check PTO shields before the first day in the field.

Bin rescue training: Thursday 7 p.m., Elkader fire station.

You are subscribed to claytonext. To leave the list, visit lists.iastate.edu.
""", headers=["List-Id: Clayton County Extension news <claytonext.lists.iastate.edu>", "Precedence: list",
              "List-Unsubscribe: <mailto:claytonext-leave@lists.iastate.edu>"], cs="us-ascii", cte="7bit",
  host="lists.iastate.edu", prog="list server"),

A("l-privacy-list", "ph", "2026-10-01 14:22", ("Owen Marchetti", "omarchetti@cataloguecouncil.org"),
  "[dm-privacy] Honoring do-not-share flags across co-op databases",
  "Mailing-list post among catalogers about opt-out suppression; list traffic, not a request",
  mfrom="dm-privacy-bounces@groups.cataloguecouncil.org",
  body="""Colleagues,

Quick poll for the list: when a customer opts out of list rental, do you push the do-not-share flag to
the co-op databases you contribute to, or only suppress at rental time? Our counsel thinks the
state laws coming in 2027 will expect the former.

Owen Marchetti
Cataloguing Council

_______________________________________________
dm-privacy mailing list
dm-privacy@groups.cataloguecouncil.org
""", headers=["List-Id: Direct marketing privacy practitioners <dm-privacy.groups.cataloguecouncil.org>",
              "List-Post: <mailto:dm-privacy@groups.cataloguecouncil.org>", "Precedence: list",
              "Sender: dm-privacy-bounces@groups.cataloguecouncil.org"], cs="us-ascii", cte="7bit",
  to="dm-privacy@groups.cataloguecouncil.org", headers_cc=True, prog="Mailman list"),

A("l-township-group", "cc", "2026-09-10 20:41", ("Gail Oberhauser", "gailoberhauser@gmail.com"),
  "Rate increase notice - anyone going to the hearing?",
  "Neighbours' Google Group post about our rate notice (List-Id): list traffic", mfrom="granttwpneighbors+bncBAAB@googlegroups.com",
  body="""Did everybody get the letter from Alliant about rates going up in January? The hearing is October 20.
I'm thinking of going and saying something about the fixed charge. Anybody want to carpool from the
township hall?

Gail

--
You received this message because you are subscribed to the Google Groups "Grant Township Neighbors" group.
To unsubscribe from this group and stop receiving emails from it, send an email to granttwpneighbors+unsubscribe@googlegroups.com.
""", headers=["List-Id: <granttwpneighbors.googlegroups.com>", "Mailing-list: list granttwpneighbors@googlegroups.com; contact granttwpneighbors+owners@googlegroups.com",
              "Precedence: list", "List-Unsubscribe: <mailto:granttwpneighbors+unsubscribe@googlegroups.com>"],
  cs="UTF-8", cte="7bit", to="granttwpneighbors@googlegroups.com", host="mail-ot1-f62.google.com", ip="209.85.210.62",
  auth="dkim=pass header.d=googlegroups.com; spf=pass smtp.mailfrom=googlegroups.com; dmarc=pass header.from=gmail.com",
  prog="Google Groups"),

# ------------------------------------------------------------------ vendors and partners
A("v-printer-proof", "ph", "2026-09-04 15:17", ("Driftless Press Proofing", "proofs@driftlesspress.com"),
  "Proof ready for approval: PowerHouse Holiday 2026 catalog, job 26-4471",
  "Printer's proof-portal notice for the holiday catalog: vendor mail", body="""Hello PowerHouse team,

Soft proofs for job 26-4471 (PowerHouse Holiday 2026, 48 pp + cover) are ready in the portal.
Please approve or mark changes by Tuesday, September 8 to hold the October 5 press date.

Review: https://proof.driftlesspress.com/j/26-4471

Driftless Press Prepress
""", cs="us-ascii", cte="7bit", prog="vendor MTA"),

A("v-mailhouse-merge", "ph", "2026-09-11 11:02", ("Kari Lindemann", "klindemann@prairiemailworks.com"),
  "Merge/purge complete - Holiday drop - suppression summary attached",
  "Mail house merge/purge report with suppression CSV: vendor mail despite 'do-not-share' words",
  body="""Hi all,

Merge/purge for the Holiday drop is done. Summary:

  Input records ............ 211,840
  NCOA moves updated ....... 6,377
  Deceased suppressed ...... 1,102
  Do-not-mail suppressed ... 3,412
  Do-not-share flagged ..... 1,208 (held out of the exchange file)

Detail is in the attached CSV. Let me know if the counts look off before we cut the exchange file Friday.

Kari Lindemann
Account Manager, Prairie Mailworks
""", cs="us-ascii", cte="7bit",
  attach=("holiday26_suppression_summary.csv", "text/csv",
          b"category,records\r\ninput,211840\r\nncoa_moves,6377\r\ndeceased,1102\r\ndo_not_mail,3412\r\ndo_not_share,1208\r\n"),
  prog="vendor (Outlook)"),

A("v-broker-exchange", "ph", "2026-09-28 09:30", ("Meridian List Services", "exchanges@meridianlists.com"),
  "Fall exchange schedule: suppression files due October 9",
  "List broker's exchange schedule asking for our do-not-share suppression file: partner mail",
  body="""Dear list owner,

The fall exchange window opens October 12. Please upload your do-not-share suppression file and your
exchange counts to the broker portal by October 9 so partner orders can be cleared in time for
holiday mailings.

Meridian List Services
""", html="""<html><body><p>Dear list owner,</p><p>The fall exchange window opens <b>October 12</b>. Please upload your
do-not-share suppression file and your exchange counts to the broker portal by <b>October 9</b>.</p>
<p>Meridian List Services</p></body></html>
""", prog="vendor (bulk)"),

A("v-esp-report", "cc", "2026-09-24 06:00", ("SendLoft Reports", "reports@sendloft.com"),
  "Campaign report: Furnace Tune-Up 2026 (sent Sep 22)",
  "ESP campaign report with unsubscribe counts: system notification", body="""Campaign: Furnace Tune-Up 2026
Sent: 184,220    Delivered: 181,907    Opens: 38.2%    Clicks: 4.1%
Unsubscribes: 1,377    Spam complaints: 41    Hard bounces: 2,313

Unsubscribes have been added to your global suppression list.
View full report: https://app.sendloft.com/r/ft26
""", headers=["X-SendLoft-Account: alliant-marketing"], cs="us-ascii", cte="7bit", prog="ESP notification"),

A("v-translation", "cc", "2026-09-30 16:45", ("Nuria Belmonte", "nbelmonte@puentelanguage.com"),
  "Home Matters October - Spanish version delivered",
  "Translation vendor delivering the Spanish newsletter (PDF attached): vendor mail",
  body="""Hi Customer Care team,

Attached is the final Spanish version of Home Matters for October, reviewed by our second linguist.
We kept "Budget Billing" as "Plan de Pagos Nivelados" to match last year's glossary.

Invoice to follow at month end.

Nuria Belmonte
Project Manager, Puente Language Services
""", cs="us-ascii", cte="7bit", attach=("HomeMatters_Oct2026_ES_final.pdf", "application/pdf", pdf("Home Matters Octubre 2026")),
  prog="vendor (Outlook)"),

A("v-crm-export", "cc", "2026-10-19 05:00", ("Salesbridge CRM", "noreply@notify.salesbridgecrm.com"),
  "Your scheduled export is ready: Do Not Contact - weekly",
  "CRM scheduled-export notice ('Do Not Contact'): system mail, not a request",
  body="""Your scheduled export "Do Not Contact - weekly" finished at 5:00 AM CDT.
Rows: 2,946. The file will be available for 7 days.

Download: https://alliant.salesbridgecrm.com/exports/88213
""", headers=["Auto-Submitted: auto-generated"], cs="us-ascii", cte="7bit", prog="CRM notification"),

A("v-calendar-drop", "ph", "2026-10-02 13:05", ("Kari Lindemann", "klindemann@prairiemailworks.com"),
  "Holiday drop planning call", "Outlook meeting invitation from the mail house (text/calendar): calendar traffic",
  builder=calendar, method="REQUEST", org=("Kari Lindemann", "klindemann@prairiemailworks.com"),
  attendees="ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\n",
  summary="Holiday drop planning call", start="20261008T100000", end="20261008T103000", location="Teams",
  uid="040000008200E00074C5B7101A82E00800000000D0C1A2B3C4D5E6F7", body="""Let's walk through the drop dates, the exchange file and the do-not-share holdout before the 12th.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_prairie
""", prog="Outlook calendar"),

# ------------------------------------------------------------------ phishing
A("p-assistance-grant", "cc", "2026-10-07 03:14", ("Alliant Energy Assistance", "grants@alliant-energyassist.info"),
  "Your Winter Energy Grant of $350 is APPROVED - verify now",
  "Phishing riding our energy-assistance newsletter (look-alike domain, DMARC fail)",
  html="""<html><body style="font-family:Arial"><h2 style="color:#0066b3">Alliant Energy Assistance Program</h2>
<p>Dear Customer,</p><p>You have been approved for a <b>$350 Winter Energy Grant</b>. To receive your credit you must
verify your card within 24 hours.</p><p><a href="http://alliant-energyassist.info/verify?id=8812">VERIFY NOW</a></p>
<p>Failure to verify will cancel your grant.</p></body></html>
""", auth=FAIL % ("alliant-energyassist.info", "alliant-energyassist.info"), prog="phishing kit"),

A("p-rate-refund", "cc", "2026-09-13 22:48", ("Alliant Billing", "billing-refund@secure-ae-portal.com"),
  "Rate adjustment: refund of $87.16 pending",
  "Phishing riding the rate-change notice: fake refund", body="""Due to the recent rate adjustment, your account is eligible for a refund of $87.16.
Confirm your banking details to receive the deposit: http://secure-ae-portal.com/refund

Alliant Energy Billing Department
""", html="""<html><body><p>Due to the recent rate adjustment, your account is eligible for a refund of <b>$87.16</b>.</p>
<p><a href="http://secure-ae-portal.com/refund">Confirm banking details</a></p></body></html>
""", auth=FAIL % ("secure-ae-portal.com", "secure-ae-portal.com"), prog="phishing kit"),

A("p-es-corte", "cc", "2026-10-15 04:20", ("Servicio al Cliente", "avisos@alliant-pagos.net"),
  "Aviso final: su servicio será suspendido en 24 horas",
  "Spanish phishing: fake shut-off notice demanding payment (ISO-8859-1)", lang="es", cs="iso-8859-1",
  html="""<html><body><p>Estimado cliente:</p><p>Su cuenta tiene un saldo vencido. Su servicio de electricidad será
<b>suspendido en 24 horas</b> si no realiza el pago inmediatamente.</p>
<p><a href="http://alliant-pagos.net/pagar">Pagar ahora</a></p><p>Atención al Cliente</p></body></html>
""", auth=FAIL % ("alliant-pagos.net", "alliant-pagos.net"), prog="phishing kit"),

A("p-docusign", "ph", "2026-10-20 02:33", ("DocuSign via PowerHouse Vendor", "dse@docsign-envelope.net"),
  "Please DocuSign: Q4 List Exchange Agreement",
  "Fake DocuSign lure about a list-exchange agreement", html="""<html><body><table width="100%"><tr><td style="background:#1e4ca1;color:#fff;padding:20px">
<b>Meridian List Services sent you a document to review and sign.</b></td></tr>
<tr><td style="padding:20px"><a href="http://docsign-envelope.net/s/q4-exchange">REVIEW DOCUMENT</a></td></tr></table></body></html>
""", auth=FAIL % ("docsign-envelope.net", "docsign-envelope.net"), prog="phishing kit"),

A("p-parcel", "ph", "2026-09-26 06:06", ("USPS Delivery", "notice@usps-redelivery-center.com"),
  "Your package could not be delivered - address incomplete",
  "Parcel redelivery fee scam", body="""USPS: Your package is being held because the address is incomplete.
Update your address and pay the $1.99 redelivery fee: http://usps-redelivery-center.com/t/IA
""", auth=FAIL % ("usps-redelivery-center.com", "usps-redelivery-center.com"), cs="us-ascii", cte="7bit", prog="phishing kit"),

# ------------------------------------------------------------------ sales and outreach
A("x-seo", "ph", "2026-09-09 10:12", ("Ravi Menon", "ravi@rankharbor.io"),
  "Quick question about powerhousecatalog.com",
  "Cold SEO pitch: outreach, not a request", body="""Hi there,

I was looking at powerhousecatalog.com and noticed the fall collection pages aren't showing up for
searches like "heated mattress pad". We help catalog brands fix that in about 60 days.

Worth a 15-minute call next week?

Ravi Menon
Rank Harbor
""", cs="us-ascii", cte="7bit", host="mail-pf1-f171.google.com", ip="209.85.210.171", prog="Google Workspace (outreach)"),

A("x-print-supplier-bulk", "ph", "2026-10-26 09:00", ("Great Plains Paper Co.", "deals@greatplainspaper.com"),
  "Spooky-low prices on coated stock: Halloween sale ends Friday",
  "Supplier's bulk promotion (List-Unsubscribe): bulk mail", body="""HALLOWEEN STOCK-UP
40 lb and 50 lb coated web stock at 2025 prices through October 30.
Call your rep or reply to reserve tons for Q1.

Unsubscribe: https://greatplainspaper.com/u
""", html="""<html><body><h1 style="color:#e36b00">HALLOWEEN STOCK-UP</h1><p>40 lb and 50 lb coated web stock at 2025 prices through October 30.</p>
<p><a href="https://greatplainspaper.com/u">Unsubscribe</a></p></body></html>
""", headers=["List-Unsubscribe: <https://greatplainspaper.com/u>", "Precedence: bulk"], prog="ESP (bulk)"),

A("x-solar-leads", "cc", "2026-09-17 14:40", ("Destiny Cole", "destiny@sunlinkleads.com"),
  "Partnership idea: solar leads from your customer base",
  "Lead-generation partnership pitch: outreach", body="""Hello Alliant team,

We work with utilities to turn customer interest in solar into qualified installer leads. With a simple
opt-in on your bill insert, we handle the rest and share revenue with you.

Open to a call?

Destiny Cole
Partnerships, SunLink Leads
""", cs="us-ascii", cte="7bit", prog="vendor (outreach)"),

A("x-data-append", "ph", "2026-10-13 08:15", ("Mark Jessup", "mjessup@appendly.com"),
  "Add emails to 60% of your catalog file",
  "Data-append seller pitch: outreach", body="""Hi,

Catalogers like PowerHouse typically have email addresses for fewer than a third of their buyers. Our
append service matches postal records to permissioned emails at a 55-60% rate.

Can I send a free match test?

Mark Jessup
Appendly
""", cs="us-ascii", cte="7bit", prog="vendor (outreach)"),

A("x-chatbot", "cc", "2026-10-22 11:11", ("Hannah Voigt", "hannah.voigt@replybright.ai"),
  "Cut customer care email volume 40% before winter",
  "AI chatbot vendor pitch: outreach", body="""Hi Customer Care team,

Winter is your busiest season. ReplyBright answers billing and outage questions automatically and hands
off the rest. Would you be the right person to talk to, or could you point me to them?

Hannah
""", html="""<div>Hi Customer Care team,</div><div><br></div><div>Winter is your busiest season. ReplyBright answers billing and outage questions automatically.</div><div><br></div><div>Hannah</div>
""", headers=["X-HubSpot-Sequence: 2217"], prog="HubSpot (outreach)"),

# ------------------------------------------------------------------ receipts, challenge-response, calendar reply, notification
A("r-mdn", "cc", "2026-10-14 08:02", ("Orville Damm", "odamm@kmtel.com"),
  "Read: Re: your request [CC-261013-0731]",
  "Read receipt (MDN) for our acknowledgement", builder=mdn, orig="ack_cc", ua="Microsoft Outlook 16.0",
  body="""Your message

  To: odamm@kmtel.com
  Subject: Re: your request [CC-261013-0731]

was read on Wednesday, October 14, 2026 8:01 AM.
""", prog="Outlook MDN"),

A("c-challenge", "ph", "2026-09-15 08:44", ("Spam Arrest", "noreply@spamarrest.com"),
  "Please verify your email address (re: Your Fall Catalog is on its way)",
  "Challenge-response hold for our fall catalog e-mail", body="""The message you sent to lorenzburg@bellsouth.net is being held.

Please click the link below to verify that you are a person so it can be delivered:
https://www.spamarrest.com/v/8821a7c

This is a one-time request.
""", headers=["Auto-Submitted: auto-replied"], cs="us-ascii", cte="7bit", prog="challenge-response"),

A("a-calendar-accept", "ph", "2026-10-02 15:20", ("Kari Lindemann", "klindemann@prairiemailworks.com"),
  "Accepted: Holiday drop planning call", "Calendar accept reply from the mail house", builder=calendar,
  method="REPLY", org=("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"),
  attendees="ATTENDEE;PARTSTAT=ACCEPTED;CN=Kari Lindemann:mailto:klindemann@prairiemailworks.com\n",
  summary="Accepted: Holiday drop planning call", start="20261008T100000", end="20261008T103000", location="Teams",
  uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F60718", body="\n", prog="Outlook calendar"),

A("n-survey-response", "cc", "2026-10-30 12:00", ("SurveyPeak", "member@surveypeak-mail.com"),
  "New response to: Customer Care Satisfaction, Q3",
  "Survey tool notification of a new response: system mail", body="""You have a new response to "Customer Care Satisfaction, Q3".
Responses so far: 412.

View responses: https://www.surveypeak.com/results/cc-q3
""", headers=["Auto-Submitted: auto-generated"], cs="us-ascii", cte="7bit", prog="survey notification"),
]
