"""Calendar replies, list posts without list headers, phishing and scams, read receipts, challenge-response,
out-of-office and 'no longer monitored' replies without Auto-Submitted."""
import mime
from ours import CC, PH, ACK, q


def S(**kw):
    d = dict(automated=True)
    d.update(kw)
    return d


ACK_MID = "<ack.20260312.R-48213@alliant-energy.com>"

# ---------------------------------------------------------------- calendar
GINV = """Invitation from Google Calendar

Intro call: Rankwell x Alliant Energy
Thursday Feb 26, 2026 ⋅ 10:00 – 10:30am (Central Time - Chicago)
Google Meet: meet.google.com/xkp-trwd-qmn

Organizer: trent@rankwelldigital.com
Guests: customercare@alliant-energy.com

Reply for customercare@alliant-energy.com: Yes / No / Maybe

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event."""

ACCEPT = """Accepted: Suppression file reconciliation - Q3

Jennifer Paulsen has accepted this meeting."""

DECLINE_OUT = """Declined: Vendor review - list rental terms"""

TENT = """Brandon Oyelaran has tentatively accepted. "Might be late, dentist at 9."
"""

BOOKED = """Hi,

Your meeting is confirmed.

What: ConsentLoop demo (30 min)
When: Tuesday, August 18, 2026, 2:00pm - 2:30pm (Central Time)
Where: Zoom, link in the calendar invite

Need to make changes? Reschedule or cancel: https://cal.consentloop.io/r/8d21c

Powered by MeetSlot"""

# ---------------------------------------------------------------- list / group posts
GROUP1 = """Hi neighbors,

Reminder that the Linn Grove block party is Saturday the 13th from 4 to 8. Bring a side dish. The city
is closing Elm between 3rd and 5th.

Also: several people got postcards from "Alliant Home Protection" offering a water-line warranty.
It's NOT from the utility, it's a third-party warranty company. Toss it if you don't want it.

Rhonda (block captain)

--
You received this message because you are subscribed to the Google Groups "Linn Grove Neighbors" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
linngrove-neighbors+unsubscribe@googlegroups.com."""

LIST2 = """All,

For those who asked on Tuesday's call: our team now treats a "do not share" request received by any
channel (phone, letter, e-mail, web form) as a universal opt-out across every rental and exchange,
rather than per list. It cut our complaints noticeably.

Anyone else doing this, or still handling it list by list?

-- Ray Okafor, Privacy Lead, Timberline Outfitters

_______________________________________________
Catalog Privacy Roundtable
Posting address: roundtable@catalogprivacy.org"""

DIGEST = """CATALOG PRIVACY ROUNDTABLE -- DIGEST Vol 41, Issue 9

Today's topics:
  1. Re: universal "do not share" across lists (Marta Ines Cole)
  2. Suppression timing for holiday drops (Gus Whitcomb)
  3. OFF-TOPIC: anyone hiring? (Pete L.)

----------------------------------------------------------------------
Message 1
From: Marta Ines Cole
Subject: Re: universal "do not share" across lists

We went universal in 2024. The hard part was the broker contracts, not the database.

----------------------------------------------------------------------
Message 2
From: Gus Whitcomb
Subject: Suppression timing for holiday drops

Our mail house needs the final opt-out file 12 days before drop. What do others use?

----------------------------------------------------------------------
Message 3
From: Pete L.
Subject: OFF-TOPIC: anyone hiring?

Laid off last week after 9 years in catalog data ops. DM me.

End of Digest"""

GRUPO = """Hola a todos:

Les recuerdo que la reunión del grupo de padres será el jueves a las 6:30 en el salón parroquial.
Vamos a organizar la venta de tamales para el viaje de fin de curso.

Y ojo: a varios nos llegó un correo que dice ser de la compañía de luz pidiendo "verificar la cuenta".
No den clic, es falso.

Saludos,
Maribel

--
Recibiste este mensaje porque estás suscrito al grupo "Padres Escuela San José" de Grupos de Google."""

# ---------------------------------------------------------------- phishing / scams
PH_INVOICE = """<html><body><p>Hello,</p>
<p>Please find attached invoice <b>INV-20931</b> for services rendered in October. Payment is now
<span style="color:red">overdue</span>. Kindly process today to avoid a late fee.</p>
<p>View invoice: <a href="https://docs-secure-share.top/inv/20931">INV-20931.pdf</a></p>
<p>Regards,<br>Accounts Receivable<br>Lakeshore Graphic</p></body></html>"""

PH_PARCEL = """<html><body style="font-family:Arial"><div style="background:#ffcc00;padding:10px"><b>Delivery notice</b></div>
<p>Dear customer,</p><p>We attempted to deliver your package (tracking 1Z88A0W20395711834) but no one was
available. A redelivery fee of <b>$1.99</b> is required.</p>
<p><a href="http://ups-redelivery-center.info/pay">Schedule redelivery</a></p>
<p>If the fee is not paid within 48 hours the package will be returned to sender.</p></body></html>"""

PH_PASS = """<html><body><table width="520" style="font-family:Segoe UI,Arial"><tr><td>
<p style="font-size:18px">Microsoft 365</p>
<p>The password for <b>customercare@alliant-energy.com</b> expires today.</p>
<p>To keep using your current password, confirm it below. Otherwise you will be signed out of Outlook
and Teams.</p>
<p><a href="https://login-m365-keep.webflow.io/" style="background:#0067b8;color:#fff;padding:8px 16px">Keep current password</a></p>
<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>"""

PH_CEO = """Are you available? I need you to handle a quick task for me.

I'm in a board meeting and can't talk. I need 6 Apple gift cards of $200 each for client appreciation,
it's urgent. Let me know how soon you can get them and send me pictures of the back of the cards.

Thanks
Sent from my iPhone"""

PH_REFUND = """<html><body style="font-family:Arial;font-size:14px">
<img src="https://alliant-energy-refunds.com/img/logo.png" alt="Alliant Energy" width="160">
<p>Dear Valued Customer,</p>
<p>Due to a billing system error you were <b>overcharged $184.20</b> in the last 3 months. To receive your
refund, verify your payment details within 24 hours.</p>
<p><a href="https://alliant-energy-refunds.com/claim">CLAIM MY REFUND</a></p>
<p>Alliant Energy Billing Department</p>
<p style="font-size:10px">To unsubscribe from billing notices click here.</p></body></html>"""

PH_BANCO = """<html><body><p>Estimado cliente:</p>
<p>Hemos detectado un intento de acceso no autorizado a su cuenta. Por su seguridad, su cuenta ha sido
<b>suspendida temporalmente</b>.</p>
<p>Para reactivarla, confirme sus datos en el siguiente enlace dentro de las próximas 12 horas:</p>
<p><a href="http://bancomer-verificacion-segura.com.mx.ru/">Verificar mi cuenta</a></p>
<p>Atentamente,<br>Departamento de Seguridad</p></body></html>"""

PH_PAQUETE = """<html><body><p>Su paquete está retenido en nuestro centro de distribución por falta de pago de
aranceles ($2.95 USD).</p><p>Número de envío: <b>ES-4471-0093-US</b></p>
<p><a href="https://correos-envios-pago.xyz/p">Pagar y reprogramar la entrega</a></p>
<p>Si no paga en 24 horas, el paquete será devuelto.</p></body></html>"""

PH_DOCUSIGN = """<html><body style="font-family:Helvetica;background:#f4f4f4"><div style="background:#fff;margin:20px;padding:20px">
<p><b>DocuSign</b></p><p>Jennifer Paulsen sent you a document to review and sign.</p>
<p style="font-size:16px">"Updated Privacy Notice - Customer Data Sharing Addendum.pdf"</p>
<p><a href="https://docusign-review.netlify.app/d/88ac" style="background:#ffc423;padding:10px 20px;color:#000">REVIEW DOCUMENT</a></p>
<p style="font-size:11px">Do not share this email. It contains a secure link to DocuSign.</p></div></body></html>"""

PH_VOICE = """You have (1) new voicemail

Caller: +1 (608) 555-0117
Duration: 00:47
Received: 11/04/2026 8:12 AM

Listen to the message in the attached file.

Voice Mail System"""

PH_VOICE_HTM = """<html><script>window.location='https://vm-listen-secure.click/?e=customercare@alliant-energy.com'</script>
<body>Loading your voicemail...</body></html>"""

# ---------------------------------------------------------------- receipts, challenge-response
MDN_HUMAN = """Your message

  To: Rebecca Thornquist
  Subject: Re: Stop the catalog please
  Sent: Thursday, March 12, 2026 10:41 AM (UTC-06:00) Central Time (US & Canada)

was read on Thursday, March 12, 2026 7:02 PM (UTC-06:00) Central Time (US & Canada)."""

MDN_FIELDS = """Reporting-UA: thornquistfamily.net; Microsoft Outlook 16.0
Final-Recipient: rfc822;becky@thornquistfamily.net
Original-Message-ID: <ack.20260312.R-48213@alliant-energy.com>
Disposition: manual-action/MDN-sent-manually; displayed"""

READ_PLAIN = """Your message

   To:      Vargas, Esteban
   Subject: Your request has been received
   Sent:    6/3/2026 2:15 PM

was read on 6/3/2026 4:48 PM."""

CHALLENGE1 = """Hello,

I'm protecting my inbox from spam with MailGuard. Your message to me is being held.

To get it delivered, please confirm you're a real person by clicking the link below. You only have
to do this once.

https://verify.mailguard-shield.com/c/5e02d8a1

Thanks,
dgrummel@netins.net

(This is a one-time request. MailGuard.)"""

CHALLENGE2 = """Your message has not been delivered yet.

The recipient uses Boxguard to keep unknown senders out. Please solve the short check at the link
below and your message will be released:

  https://boxguard.io/release?m=9931-ab07

Your original message:
  Subject: Re: Your PowerHouse order and privacy choices
  Date: 22 Sep 2026"""

# ---------------------------------------------------------------- OOO / no longer monitored
OOO1 = """Thank you for your email. I am out of the office from Monday, July 6 through Friday, July 17
with no access to email. For anything urgent about your order please call our main line at
(563) 555-0148.

Best regards,
Whitney Falk
Purchasing | Cedar Bluff Hardware"""

OOO_ES = """Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 24 de agosto, con acceso
limitado al correo. Para asuntos urgentes, comuníquese con Ana Beltrán al 555-0163.

Saludos cordiales,
Jorge Medina Ruiz"""

GONE = """This mailbox is no longer monitored.

The sender's address changed on 1 May 2026. Please update your records and write to
accounts@holtbuildersia.com instead. Your message has not been forwarded."""

LEFT = """Hello,

Thank you for your message. Mark Eldridge is no longer with Quad River Veterinary Clinic.
For appointments, call the front desk; for billing, write to billing@quadrivervet.com.

This mailbox will be closed on December 31."""

OOO_ACK = """I'm on vacation until 4/6 and checking email only sporadically. If this is about the church
building (lights, HVAC, keys) please contact our sexton, Bill, at 319-555-0102.

Blessings,
Carol"""

OOO_PHONE = """I'm traveling with limited service until the 14th. I'll reply when I'm back.

Sent from my iPhone"""

HELPDESK = """Hello,

We have received your email and a ticket has been opened for you (#HD-448102). One of our
support agents will get back to you within 2 business days.

Please do not reply to this message; replies create a new ticket.

Cornerstone Property Management - Resident Support"""

SPECS = [
    S(id="cal-google-intro", mailbox="customercare", client="workspace", frm=("Trent Kowalczyk", "trent@rankwelldigital.com"),
      date="2026-02-19 15:02", subject="Invitation: Intro call: Rankwell x Alliant Energy @ Thu Feb 26, 2026 10am - 10:30am (CST) (customercare@alliant-energy.com)",
      body=GINV, fmt="cal", keep_wrap=True, reply_to=("Trent Kowalczyk", "trent@rankwelldigital.com"),
      ics=dict(method="REQUEST", google=True, uid="5r1v0k8qp0m2ae7t3dbl6s9cng@google.com",
               summary="Intro call: Rankwell x Alliant Energy", start="2026-02-26 10:00", end="2026-02-26 10:30",
               organizer=("Trent Kowalczyk", "trent@rankwelldigital.com"),
               attendees=[("customercare@alliant-energy.com", CC, "NEEDS-ACTION")],
               location="https://meet.google.com/xkp-trwd-qmn"),
      cat="auto:calendar-invite-google", note="Google Calendar invite sent by a cold-outreach seller (text/calendar + invite.ics)"),
    S(id="cal-accept", mailbox="customercare", client="o365", frm=("Jennifer Paulsen", "j.paulsen@alliant-energy.com"),
      date="2026-08-27 11:12", subject="Accepted: Suppression file reconciliation - Q3", body=ACCEPT, fmt="cal",
      to=[("Dana Pruitt", "dpruitt@prairiemailing.com")], cc=[(None, CC)],
      ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E00800000000" + "7D3B2A19C0E1DC01",
               summary="Accepted: Suppression file reconciliation - Q3", start="2026-09-02 10:00", end="2026-09-02 10:45",
               organizer=("Dana Pruitt", "dpruitt@prairiemailing.com"),
               attendees=[("Jennifer Paulsen", "j.paulsen@alliant-energy.com", "ACCEPTED")]),
      cat="auto:calendar-accept", note="Outlook 'Accepted:' reply (METHOD:REPLY) copied to the mailbox"),
    S(id="cal-decline", mailbox="powerhousecatalog", client="o365", frm=("Martin Quade", "mquade@meridianlist.com"),
      date="2026-05-05 16:40", subject="Declined: Vendor review - list rental terms", body=DECLINE_OUT, fmt="cal",
      ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E008000000004A1C77D02BD8DC01",
               summary="Declined: Vendor review - list rental terms", start="2026-05-12 13:00", end="2026-05-12 14:00",
               organizer=("PowerHouse Catalog", PH),
               attendees=[("Martin Quade", "mquade@meridianlist.com", "DECLINED")]),
      cat="auto:calendar-decline", note="Bare Outlook decline from the list broker, no typed comment"),
    S(id="cal-tentative", mailbox="customercare", client="gmail", frm=("Brandon Oyelaran", "boyelaran@gmail.com"),
      date="2026-03-30 20:14", subject="Invitation: Tentatively accepted: Neighborhood energy fair volunteers",
      body=TENT, fmt="cal",
      ics=dict(method="REPLY", google=True, uid="0jq7a9c4m2t5fmlhk1v0r8b6de@google.com",
               summary="Neighborhood energy fair volunteers", start="2026-04-04 09:00", end="2026-04-04 12:00",
               organizer=("Customer Care", CC),
               attendees=[("Brandon Oyelaran", "boyelaran@gmail.com", "TENTATIVE")]),
      cat="auto:calendar-tentative", note="Google Calendar 'tentatively accepted' reply with a note about being late; calendar traffic"),
    S(id="cal-booked", mailbox="customercare", client="sendgrid", frm=("MeetSlot", "notifications@meetslot.com"),
      date="2026-08-11 13:58", subject="Confirmed: ConsentLoop demo on Tue, Aug 18", body=BOOKED, fmt="cal", ics_file=True,
      cal_plain_only=True,
      ics=dict(method="REQUEST", uid="ms-8d21c-2026@meetslot.com", summary="ConsentLoop demo (30 min)",
               start="2026-08-18 14:00", end="2026-08-18 14:30", organizer=("Priya Venkataraman", "priya@consentloop.io"),
               attendees=[("Customer Care", CC, "ACCEPTED")], location="Zoom"),
      cat="auto:calendar-booking", note="Scheduling tool's booking confirmation with an .ics file"),
    S(id="grp-linngrove", mailbox="customercare", client="gmail", frm=("Rhonda Pfeiffer", "rhonda.pfeiffer58@gmail.com"),
      to=[("Linn Grove Neighbors", "linngrove-neighbors@googlegroups.com")], cc=[(None, CC)],
      date="2026-06-08 18:22", subject="Block party Sat + those warranty postcards", body=GROUP1,
      cat="auto:google-group-post", note="Neighborhood Google-group post (no List- headers) that copies us; warns about a warranty postcard, asks nothing"),
    S(id="list-roundtable", mailbox="powerhousecatalog", client="thunderbird", frm=("Ray Okafor", "rokafor@timberlineoutfitters.com"),
      to=[("Catalog Privacy Roundtable", "roundtable@catalogprivacy.org")], cc=[(None, PH)],
      date="2026-04-16 12:05", subject="[CPR] universal do-not-share", body=LIST2,
      cat="auto:list-post", note="Industry mailing-list post about 'do not share' handling, no List- headers; the question is for list members"),
    S(id="list-digest", mailbox="powerhousecatalog", client="vendor", frm=("Catalog Privacy Roundtable", "roundtable-request@catalogprivacy.org"),
      date="2026-04-18 06:00", subject="Catalog Privacy Roundtable Digest, Vol 41, Issue 9", body=DIGEST, fmt="plain",
      mailer="Mailman digest", cat="auto:list-digest", note="Mailing-list digest without list headers; talks about opt-out files"),
    S(id="grp-padres", mailbox="customercare", client="gmail", frm=("Maribel Ochoa", "maribel.ochoa.sj@gmail.com"),
      to=[("Padres Escuela San José", "padres-sanjose@googlegroups.com")], cc=[(None, CC)],
      date="2026-10-20 21:03", subject="Reunión jueves + ojo con correo falso", body=GRUPO, lang="es",
      cat="auto:google-group-post-es", note="Spanish Google-group post copied to us; warns parents of a fake utility mail, asks us nothing"),
    S(id="ph-invoice", mailbox="powerhousecatalog", client="phish", frm=("Lakeshore Graphic AR", "ar@lakeshore-graphics-billing.com"),
      date="2026-11-02 04:11", subject="Overdue: INV-20931", body="", html=PH_INVOICE, fmt="html",
      cat="auto:phish-vendor-invoice", note="Invoice scam imitating our printer from a look-alike domain"),
    S(id="ph-parcel", mailbox="customercare", client="phish", frm=("UPS Delivery", "notice@ups-redelivery-center.info"),
      date="2026-01-27 02:47", subject="Delivery attempt failed - action required", body="", html=PH_PARCEL, fmt="html",
      cat="auto:phish-parcel", note="Parcel redelivery-fee phishing"),
    S(id="ph-pass", mailbox="customercare", client="phish", frm=("Microsoft 365 Admin", "admin@m365-notify-center.com"),
      date="2026-05-27 23:18", subject="Password expiry notice for customercare@alliant-energy.com", body="", html=PH_PASS,
      fmt="html", cat="auto:phish-password", note="Credential phishing pretending to be a Microsoft 365 password notice"),
    S(id="ph-ceo", mailbox="customercare", client="phish", frm=("David de Haan", "ceo.office.dh@execmail-secure.com"),
      date="2026-09-22 07:36", subject="Quick task", body=PH_CEO, fmt="plain", mailer="iPhone Mail (20H115)", cte="7bit",
      cat="auto:scam-ceo-giftcard", note="CEO gift-card fraud; a 'question' only in form"),
    S(id="ph-refund", mailbox="customercare", client="phish", frm=("Alliant Energy Billing", "billing@alliant-energy-refunds.com"),
      date="2026-03-17 05:55", subject="Refund notification: $184.20 overcharge", body="", html=PH_REFUND, fmt="html",
      cat="auto:phish-alliant-refund", note="Phishing impersonating our billing with a refund lure; its 'unsubscribe' footer is bait"),
    S(id="ph-banco", mailbox="customercare", client="phish", frm=("Seguridad BBVA", "seguridad@bbva-alertas-mx.com"),
      date="2026-07-29 01:20", subject="Aviso: su cuenta ha sido suspendida", body="", html=PH_BANCO, fmt="html",
      cte="quoted-printable", lang="es", tz="-0600", cat="auto:phish-bank-es", note="Spanish bank phishing"),
    S(id="ph-paquete", mailbox="powerhousecatalog", client="phish", frm=("Correos Envíos", "avisos@correos-envios-pago.xyz"),
      date="2026-11-18 03:02", subject="Su paquete está retenido", body="", html=PH_PAQUETE, fmt="html", lang="es",
      cs="iso-8859-1", cte="quoted-printable", tz="+0100", cat="auto:phish-parcel-es",
      note="Spanish parcel-fee phishing in ISO-8859-1"),
    S(id="ph-docusign", mailbox="powerhousecatalog", client="phish", frm=("DocuSign via Jennifer Paulsen", "dse@docusign-mail.net"),
      date="2026-06-16 14:44", subject="Jennifer Paulsen sent you a document: Customer Data Sharing Addendum", body="",
      html=PH_DOCUSIGN, fmt="html", cat="auto:phish-docusign",
      note="Fake DocuSign lure about a 'data sharing addendum'; 'Do not share this email' is scam boilerplate"),
    S(id="ph-voicemail", mailbox="customercare", client="phish", frm=("Voice Mail", "voicemail@alliant-energy.com"),
      envelope="vm@pbx-notify.cc", date="2026-11-04 08:13", subject="New voicemail from +1 (608) 555-0117",
      body=PH_VOICE, fmt="plain", spf="fail",
      attach=[dict(ctype="text/html", name="VM_00047.htm", data=PH_VOICE_HTM)],
      cat="auto:phish-voicemail", note="Spoofed internal voicemail notice with an HTML redirect attachment"),
    S(id="mdn-outlook", mailbox="customercare", client="outlookpc", frm=("Rebecca Thornquist", "becky@thornquistfamily.net"),
      date="2026-03-12 19:02", subject="Read: Re: Stop the catalog please", body=MDN_HUMAN, fmt="mdn", irt=ACK_MID,
      mdn=dict(fields=MDN_FIELDS), cat="auto:read-receipt-mdn",
      note="Read receipt (multipart/report MDN) for our acknowledgement; a loop trap"),
    S(id="read-plain", mailbox="customercare", client="o365", frm=("Vargas, Esteban", "evargas@vargaslandscaping.com"),
      date="2026-06-03 16:48", subject="Read: Your request has been received", body=READ_PLAIN, fmt="plain",
      irt="<ack.20260603.R-51877@alliant-energy.com>", cat="auto:read-receipt-plain",
      note="Plain-text Outlook read notice ('Read:') without a report part, answering our acknowledgement"),
    S(id="cr-mailguard", mailbox="customercare", client="vendor", frm=("dgrummel@netins.net", "dgrummel@netins.net"),
      envelope="challenge@mailguard-shield.com", date="2026-05-14 10:31", subject="Please verify your message to dgrummel@netins.net",
      body=CHALLENGE1, fmt="plain", esp_dom="mailguard-shield.com", cat="auto:challenge-response",
      note="Challenge-response 'verify you're human' reply to our acknowledgement"),
    S(id="cr-boxguard", mailbox="powerhousecatalog", client="ses", frm=("Boxguard for Lynn Carver", "hold@boxguard.io"),
      date="2026-09-22 18:07", subject="Held: Re: Your PowerHouse order and privacy choices", body=CHALLENGE2, fmt="plain",
      cat="auto:challenge-response", note="Challenge-response hold notice quoting our mail's subject"),
    S(id="ooo-cedarbluff", mailbox="powerhousecatalog", client="o365", frm=("Whitney Falk", "wfalk@cedarbluffhardware.com"),
      date="2026-07-07 09:00", subject="Out of Office: Your PowerHouse wholesale order", body=OOO1,
      irt="<20260707.order.88012@powerhousecatalog.com>", cat="auto:ooo-no-header",
      note="Out-of-office without Auto-Submitted answering our order mail"),
    S(id="ooo-es", mailbox="customercare", client="o365", frm=("Jorge Medina Ruiz", "jmedina@medinaconstructora.com"),
      date="2026-08-10 07:15", subject="Respuesta automática: Su factura de Alliant Energy está lista", body=OOO_ES,
      content_lang="es-MX", accept_lang="es-MX, en-US", lang="es", cat="auto:ooo-no-header-es",
      note="Spanish out-of-office ('Respuesta automática') without Auto-Submitted, answering our bill notice"),
    S(id="gone-holt", mailbox="customercare", client="roundcube", frm=("accounting@holtbuilders.com", "accounting@holtbuilders.com"),
      date="2026-01-06 00:04", subject="Re: Is your home ready for January? Book a free energy check-up", body=GONE,
      cat="auto:no-longer-monitored", note="'This mailbox is no longer monitored' reply without Auto-Submitted, under our promotion"),
    S(id="left-vet", mailbox="customercare", client="outlookpc", frm=("Mark Eldridge", "meldridge@quadrivervet.com"),
      date="2026-10-27 13:22", subject="RE: Running a small business? Your energy bill can shrink", body=LEFT,
      cat="auto:left-company", note="'No longer with the clinic' auto-reply without headers"),
    S(id="ooo-church", mailbox="customercare", client="yahoo", frm=("Carol Ambrose", "stmarks.office@yahoo.com"),
      date="2026-03-27 15:40", subject="Re: Your request has been received", body=OOO_ACK,
      irt="<ack.20260327.R-49022@alliant-energy.com>", cat="auto:ooo-ack-loop",
      note="Headerless vacation reply to our acknowledgement; answering it would loop"),
    S(id="ooo-phone", mailbox="powerhousecatalog", client="iphone", frm=("Dale Grummel", "dgrummel@netins.net"),
      date="2026-11-27 11:19", subject="Re: Gift ideas that lower the bill, too", body=OOO_PHONE, smtp_host="smtp.netins.net",
      cat="auto:ooo-phone", note="Short vacation auto-reply from a phone, no Auto-Submitted, under our catalog e-mail"),
    S(id="helpdesk-ack", mailbox="customercare", client="vendor", frm=("Cornerstone Resident Support", "support@cornerstonepm.com"),
      date="2026-02-06 12:00", subject="[Ticket #HD-448102] Re: Your Alliant Energy bill is ready", body=HELPDESK, fmt="plain",
      mailer="Freshdesk", cat="auto:ticket-autoack", note="Property manager's helpdesk auto-acknowledgement of our bill notice"),
]

EXCHANGE = """Hi PowerHouse folks,

Hollow Creek Home & Garden here. We'd like to set up a name-for-name exchange for our spring drop:
25,000 of your 12-month buyers for 25,000 of ours, 0-12 month, $40+ AOV.

Two questions: do you exclude your do-not-share flags before the exchange, or should our mail house
suppress them on our side? And can you select by ZIP (IA and MN only)?

Thanks,
Beth Lindqvist
Circulation Manager, Hollow Creek Home & Garden
(507) 555-0122"""

INVOICE_REAL = """Hello,

Attached is invoice 26-1143 for the Community Solar postcard (data processing, NCOA, suppression,
lettershop and postage). Net 30.

Let me know if you need a W-9 again.

Thanks,
Ginny Albers
Accounting | Prairie Mailing Services"""

YA_NO = """Esta cuenta de correo ya no se utiliza. Escríbanos a contacto@floreriaelsol.com

Florería El Sol"""

SPECS += [
    S(id="exchange-hollowcreek", mailbox="powerhousecatalog", client="o365", frm=("Beth Lindqvist", "blindqvist@hollowcreekhg.com"),
      date="2026-01-13 10:48", subject="Name exchange for spring?", body=EXCHANGE,
      cat="auto:partner-exchange-proposal", note="Another catalog proposing a list exchange and asking how we handle do-not-share flags; partner business mail, not a customer request"),
    S(id="mh-invoice", mailbox="customercare", client="outlookpc", frm=("Ginny Albers", "galbers@prairiemailing.com"),
      date="2026-06-30 16:02", subject="Invoice 26-1143 - Community Solar postcard", body=INVOICE_REAL,
      attach=[dict(ctype="application/pdf", name="INV_26-1143.pdf",
                   data=mime.pdf("Prairie Mailing Services\nInvoice 26-1143\nData processing, NCOA, suppression\n"
                                 "Lettershop\nPostage\nTotal due $31,208.44"))],
      cat="auto:vendor-invoice", note="Genuine vendor invoice from the mail house mentioning suppression work; vendor mail"),
    S(id="ya-no-floreria", mailbox="customercare", client="gmail", frm=("Florería El Sol", "floreriaelsol@gmail.com"),
      date="2026-04-21 09:35", subject="Re: ¿Tiene un negocio? Su factura de energía puede bajar", body=YA_NO, fmt="plain",
      lang="es", cat="auto:no-longer-monitored-es",
      note="Spanish 'this address is no longer used' reply without Auto-Submitted, under our small-business promotion"),
]
