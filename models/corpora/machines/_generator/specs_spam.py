"""13 phishing and spam messages (automated, no labels)."""
import base64
from mailkit import Ctx, Leaf, Multi, D, plus, rfc_date, epoch, wrap_html_lines, text_to_html, html_escape, rfc2047
from clients import send, plain, gmail_alt
from ours import CC, PH
from spec import auto


def spamsend(ctx, mailbox, dt, hs, part, helo, ip, env, spf="softfail", dkim_dom=None, from_dom=None, mx="mx1",
             spam=True, score=None, rdns=None, tls="TLSv1.2"):
    mxh = "%s.alliant-energy.com" % mx
    auth = []
    auth.append("dkim=pass header.d=%s header.s=default header.b=%s" % (dkim_dom, ctx.alnum(8)) if dkim_dom else "dkim=none")
    if spf == "softfail":
        auth.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mxh, env, ip, env))
    elif spf == "fail":
        auth.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mxh, env, ip, env))
    elif spf == "pass":
        auth.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mxh, env, ip, env))
    else:
        auth.append("spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s" % (mxh, env, ip, env))
    if from_dom:
        auth.append("dmarc=fail reason=\"No valid SPF, No valid DKIM\" header.from=%s (policy=none)" % from_dom if not dkim_dom else "dmarc=pass (policy=none) header.from=%s" % from_dom)
    else:
        auth.append("dmarc=none")
    return send(ctx, "raw", mailbox, dt, "", "", "", part, extra=hs, isp=(helo, ip, rdns, env, auth, tls), mx=mx,
                spam=spam, score=score or ctx.pick(["7.40", "9.85", "11.20", "6.10", "8.95"]))


def html_only(html, charset="utf-8", cte="quoted-printable"):
    return Leaf("text/html", wrap_html_lines(html), charset, cte, ct='text/html; charset="%s"' % charset)


# ---------------------------------------------------------------- P01 fake Alliant payment page
def p01():
    k = "p01"; ctx = Ctx(k)
    dt = D("2026-02-24 11:52:07")
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#00558c;color:#fff;padding:14px;font-size:22px"><b>Alliant Energy</b></td></tr>
<tr><td style="padding:20px">
<p>Dear Valued Customer,</p>
<p>We were unable to process your most recent payment of <b>$184.37</b> for the account ending in <b>**4410</b>. Your bank declined the transaction.</p>
<p>To avoid a late fee and possible <b>interruption of service</b>, please update your payment information within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://alliantenergy-billpay.com.secure-verify.top/myaccount/login?ref=%s" style="background:#f7a800;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">UPDATE PAYMENT</a></p>
<p>Thank you for being an Alliant Energy customer.</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply. &copy; 2026 Alliant Energy Corporation</p>
</td></tr></table></body></html>
""" % ctx.hex(16)
    sent = plus(dt, seconds=-9)
    hs = [("Received", "from [127.0.0.1] (unknown [45.%d.%d.%d])\n\tby vps%d.hostnet-cloud.ru (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (ctx.num(10, 200), ctx.num(1, 250), ctx.num(1, 250), ctx.num(100, 999), ctx.pf_short(), CC, rfc_date(sent, "+0300"))),
          ("From", '"Alliant Energy" <billing@alliantenergy-payments.com>'),
          ("To", CC), ("Subject", "Action required: your payment could not be processed"),
          ("Date", rfc_date(sent, "+0300")),
          ("Message-ID", "<%s@alliantenergy-payments.com>" % ctx.hex(32)),
          ("MIME-Version", "1.0"), ("*", None), ("X-Priority", "1 (Highest)")]
    raw = spamsend(ctx, "customercare", dt, hs, html_only(html), "vps%d.hostnet-cloud.ru" % ctx.num(100, 999), "203.0.113.%d" % ctx.num(2, 250),
                   "billing@alliantenergy-payments.com", "none", None, "alliantenergy-payments.com")
    auto(k, "customercare", dt, "spam:phish-fake-alliant-payment", "en", "bulk phishing kit", raw,
         "phishing that impersonates Alliant Energy's own billing (lookalike domain, HTML-only, SPF none)")


# ---------------------------------------------------------------- P02 Spanish fake refund
def p02():
    k = "p02"; ctx = Ctx(k)
    dt = D("2026-05-27 03:14:44")
    html = """<html><body style="font-family:Verdana;font-size:13px">
<p><b>Alliant Energy</b> - Servicio al Cliente</p>
<p>Estimado cliente:</p>
<p>Después del último cálculo anual de su consumo de energía, hemos determinado que usted es elegible para recibir un reembolso de <b>$127,50</b>.</p>
<p>Por favor envíe la solicitud de reembolso y permítanos de 3 a 5 días hábiles para procesarla.</p>
<p><a href="http://alliant-reembolso.com.es-atencion.info/solicitud.php?id=%s">Haga clic aquí para solicitar su reembolso</a></p>
<p>Nota: si no completa la solicitud en 48 horas, el reembolso será cancelado.</p>
<p>Atentamente,<br>Departamento de Facturación<br>Alliant Energy</p>
</body></html>
""" % ctx.digits(8)
    sent = plus(dt, seconds=-12)
    hs = [("Received", "from User (unknown [185.%d.%d.%d])\n\tby mail.tallerhnos-ruiz.com.ar (Postfix) with ESMTPA id %s;\n\t%s" % (ctx.num(10, 250), ctx.num(1, 250), ctx.num(1, 250), ctx.pf_short(), rfc_date(sent, "-0300"))),
          ("Reply-To", "<reembolsos.alliant@outlook.es>"),
          ("From", '"Alliant Energy" <servicio@alliant-reembolso.com>'),
          ("Subject", rfc2047("Notificación de reembolso - Alliant Energy", "iso-8859-1", "Q")),
          ("Date", rfc_date(sent, "-0300")),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2600.0000"),
          ("To", PH)]
    raw = spamsend(ctx, "powerhousecatalog", dt, hs, html_only(html, "iso-8859-1"), "mail.tallerhnos-ruiz.com.ar", "198.51.100.%d" % ctx.num(2, 250),
                   "servicio@alliant-reembolso.com", "fail", None, "alliant-reembolso.com", mx="mx2")
    auto(k, "powerhousecatalog", dt, "spam:phish-refund-es", "es", "compromised server / OE6 forgery", raw,
         "Spanish refund phishing impersonating Alliant; no Message-ID, Latin-1 QP HTML, forged Outlook Express headers")


# ---------------------------------------------------------------- P03 fake Microsoft password expiry
def p03():
    k = "p03"; ctx = Ctx(k)
    dt = D("2026-03-31 14:06:31")
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<div style="max-width:520px;margin:auto;border:1px solid #e1e1e1;padding:24px">
<div style="font-size:20px;color:#0078d4">Microsoft 365</div>
<h2 style="font-weight:400">Password Expiry Notice</h2>
<p>The password for <b>customercare@alliant-energy.com</b> expires today, %s.</p>
<p>You can keep your current password by confirming below. If you do nothing, you will be signed out of Outlook, Teams and OneDrive.</p>
<p><a href="https://login-m365-keep-password.web.app/?u=customercare@alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Keep Current Password</a></p>
<p style="color:#777;font-size:12px">Microsoft respects your privacy. This message was sent from an unmonitored e-mail address.</p>
</div></body></html>
""" % "3/31/2026"
    sent = plus(dt, seconds=-4)
    hs = [("From", '"Microsoft 365 Admin" <no-reply@m365-secure-notify.com>'),
          ("To", "customercare <%s>" % CC),
          ("Subject", "Password Expiry Notice for customercare@alliant-energy.com"),
          ("Date", rfc_date(sent, "UTC")),
          ("Message-ID", "<%s@m365-secure-notify.com>" % ctx.uuid()),
          ("MIME-Version", "1.0"), ("*", None)]
    raw = spamsend(ctx, "customercare", dt, hs, html_only(html, "utf-8", "base64"), "mail.m365-secure-notify.com", "192.0.2.%d" % ctx.num(2, 250),
                   "bounce@m365-secure-notify.com", "pass", "m365-secure-notify.com", "m365-secure-notify.com", score="5.90")
    auto(k, "customercare", dt, "spam:phish-m365-password", "en", "phishing kit (self-hosted)", raw,
         "fake Microsoft 365 password-expiry credential phish aimed at the shared mailbox; base64 HTML only")


# ---------------------------------------------------------------- P04 fake invoice with attachment
def p04():
    k = "p04"; ctx = Ctx(k)
    dt = D("2026-06-16 13:22:05")
    text = """Good afternoon,

Please find attached invoice INV-20884 in the amount of $4,812.60, which is
now 30 days past due. Kindly review and remit payment at your earliest
convenience to avoid a hold on your account.

If payment has already been sent, please disregard this notice.

Regards,
Accounts Receivable
Northstar Freight & Logistics
"""
    att_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice INV-20884</title></head>
<body style="font-family:Arial"><h3>Secure Document Viewer</h3>
<p>This invoice is protected. Sign in with your email account to view INV-20884.pdf</p>
<form action="https://docs-viewer-secure.example-invoice.top/auth" method="post">
<input name="email" value="powerhousecatalog@alliant-energy.com"><br>
<input name="password" type="password" placeholder="Password"><br>
<button type="submit">View Document</button></form></body></html>
"""
    b = "----=_NextPart_000_%s_%s.%s" % (ctx.hex(4, True), ctx.hex(8, True), ctx.hex(8, True))
    part = Multi("mixed", [Leaf("text/plain", text, "us-ascii", "7bit"),
                           Leaf("text/html", data=att_html.replace("\n", "\r\n").encode(), cte="base64",
                                ct='text/html; name="INV-20884.html"',
                                headers=[("Content-Disposition", 'attachment; filename="INV-20884.html"')])], b,
                 preamble="This is a multi-part message in MIME format.\n")
    sent = plus(dt, seconds=-6)
    hs = [("From", '"Accounts Receivable" <ar@northstar-logistics-invoices.com>'),
          ("To", PH), ("Subject", "Invoice INV-20884 overdue - 2nd notice"),
          ("Date", rfc_date(sent, "ET")),
          ("Message-ID", "<%s$%s@northstar-logistics-invoices.com>" % (ctx.hex(12).upper(), ctx.hex(8).upper())),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "Ad" + ctx.b64(22) + "=="), ("Content-Language", "en-us")]
    raw = spamsend(ctx, "powerhousecatalog", dt, hs, part, "smtp.northstar-logistics-invoices.com", "203.0.113.%d" % ctx.num(2, 250),
                   "ar@northstar-logistics-invoices.com", "pass", None, "northstar-logistics-invoices.com", mx="mx2", score="8.30")
    auto(k, "powerhousecatalog", dt, "spam:phish-invoice-attachment", "en", "phishing (Outlook 16 forgery)", raw,
         "fake overdue invoice with an HTML credential-harvesting attachment; words like 'account' are bait, not a customer account")


# ---------------------------------------------------------------- P05 mailbox will be deactivated (compromised M365 tenant)
def p05():
    k = "p05"; ctx = Ctx(k)
    dt = D("2026-09-09 17:40:12")
    text = """Your mailbox customercare@alliant-energy.com has exceeded its storage limit (49.8 GB / 50 GB).

Your mailbox will be deactivated within 48 hours and incoming messages will be returned to sender.

To retain your mailbox and increase your quota, click below:

VALIDATE NOW <https://mailbox-quota-upgrade.weebly.example.net/validate>

IT Service Desk
"""
    html = """<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Your mailbox <b>customercare@alliant-energy.com</b> has exceeded its storage limit (49.8 GB / 50 GB).</p>
<p style="color:red">Your mailbox will be deactivated within 48 hours and incoming messages will be returned to sender.</p>
<p>To retain your mailbox and increase your quota, click below:</p>
<p><a href="https://mailbox-quota-upgrade.weebly.example.net/validate">VALIDATE NOW</a></p>
<p>IT Service Desk</p></div></body></html>
"""
    from clients import outlook_alt
    raw = send(ctx, "m365", "customercare", dt, "jmartinez@lincolnvalleyschools.org", "customercare@alliant-energy.com",
               "Mailbox Deactivation Notice", outlook_alt(ctx, text, html), name="IT Service Desk",
               spam=True, score="7.70")
    auto(k, "customercare", dt, "spam:phish-mailbox-deactivation", "en", "compromised Microsoft 365 account", raw,
         "'Your mailbox will be deactivated' phish sent from a hijacked school M365 account (passes DKIM/SPF, still phishing)")


# ---------------------------------------------------------------- P06 lottery
def p06():
    k = "p06"; ctx = Ctx(k)
    dt = D("2026-01-22 06:33:50")
    text = """ATTENTION: WINNER

POWERBALL INTERNATIONAL E-MAIL PROMOTION 2026
REF NO: PBI/7721/26    BATCH NO: 14/0093/IPD

We are pleased to inform you that your e-mail address attached to ticket
number 0456-8822-119 drew the lucky numbers 04-11-27-39-52 and won the
sum of ONE MILLION FIVE HUNDRED THOUSAND UNITED STATES DOLLARS
(US$1,500,000.00) in the second category.

To file your claim, contact our claims agent with the following:

1. Full Name
2. Address
3. Telephone
4. Occupation
5. Age

Claims Agent: Mr. Richard Collins
E-mail: richardcollins.claims@gmail.com

Note: all winnings must be claimed within 14 days or will be returned to
the MINISTRY OF FINANCE. Keep your winning information CONFIDENTIAL.

Congratulations once again!
Mrs. Angela Whitfield
Promotions Co-ordinator
"""
    sent = plus(dt, seconds=-20)
    hs = [("Received", "from [10.%d.%d.%d] (unknown [102.%d.%d.%d])\n\tby mail.lotto-intl-awards.com with ESMTPA;\n\t%s" % (ctx.num(0, 250), ctx.num(0, 250), ctx.num(0, 250), ctx.num(64, 127), ctx.num(1, 250), ctx.num(1, 250), rfc_date(sent, "+0100"))),
          ("Reply-To", "richardcollins.claims@gmail.com"),
          ("From", '"POWERBALL INTL" <claims@lotto-intl-awards.com>'),
          ("Subject", "CONGRATULATIONS!!! YOU HAVE WON US$1,500,000.00"),
          ("Date", rfc_date(sent, "+0100")),
          ("Message-ID", "<%s@lotto-intl-awards.com>" % ctx.hex(20)),
          ("MIME-Version", "1.0"), ("*", None),
          ("To", "Undisclosed recipients:;" if False else PH)]
    raw = spamsend(ctx, "powerhousecatalog", dt, hs, Leaf("text/plain", text, "us-ascii", "7bit", ct="text/plain; charset=us-ascii"),
                   "mail.lotto-intl-awards.com", "192.0.2.%d" % ctx.num(2, 250), "claims@lotto-intl-awards.com", "none", None, None, mx="mx2", score="12.60")
    auto(k, "powerhousecatalog", dt, "spam:lottery", "en", "advance-fee spam", raw,
         "lottery advance-fee scam asking for name/address/phone; automated spam, nothing to extract")


# ---------------------------------------------------------------- P07 crypto
def p07():
    k = "p07"; ctx = Ctx(k)
    dt = D("2026-07-02 22:08:16")
    html = """<html><body style="background:#0b0e11;color:#eaecef;font-family:Arial">
<div style="max-width:560px;margin:auto;padding:28px">
<h2 style="color:#f0b90b">You received 0.8431 BTC</h2>
<p>Your BlockVault wallet linked to <b>customercare@alliant-energy.com</b> has an unclaimed balance of <b>0.8431 BTC (&asymp; $51,240.18)</b> from the 2026 loyalty airdrop.</p>
<p>To release the funds to your wallet, confirm your identity and pay the one-time network fee of 0.0049 BTC.</p>
<p><a href="https://blockvault-claim.io.example.org/airdrop" style="background:#f0b90b;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">Claim now</a></p>
<p style="font-size:11px;color:#848e9c">Unclaimed balances expire in 48 hours. BlockVault Ltd.</p>
</div></body></html>
"""
    text = "You received 0.8431 BTC. Claim within 48 hours: https://blockvault-claim.io.example.org/airdrop\n"
    b = "--%s" % ctx.hex(28)
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "7bit"), html_only(html)], b)
    sent = plus(dt, seconds=-3)
    hs = [("From", "BlockVault <rewards@blockvault-wallet-rewards.com>"), ("To", CC),
          ("Subject", "\u2705 0.8431 BTC is waiting in your wallet"),
          ("Date", rfc_date(sent, "UTC")),
          ("Message-ID", "<%s@blockvault-wallet-rewards.com>" % ctx.uuid()),
          ("MIME-Version", "1.0"), ("*", None)]
    hs = [(n, rfc2047(v) if n == "Subject" else v) for n, v in hs]
    raw = spamsend(ctx, "customercare", dt, hs, part, "mta%d.blockvault-wallet-rewards.com" % ctx.num(1, 9), "198.51.100.%d" % ctx.num(2, 250),
                   "bounce@blockvault-wallet-rewards.com", "pass", "blockvault-wallet-rewards.com", "blockvault-wallet-rewards.com", score="9.10")
    auto(k, "customercare", dt, "spam:crypto", "en", "crypto scam mailer", raw,
         "crypto 'airdrop' scam with a fee to release funds; automated spam")


# ---------------------------------------------------------------- P08 Spanish account-suspension phish
def p08():
    k = "p08"; ctx = Ctx(k)
    dt = D("2026-08-19 09:55:23")
    html = """<html><body style="font-family:Arial;font-size:14px">
<p><b>Aviso importante de seguridad</b></p>
<p>Estimado usuario de <b>customercare@alliant-energy.com</b>:</p>
<p>Detectamos actividad inusual en su cuenta de correo. Por su seguridad, su cuenta será <b>suspendida</b> en las próximas 24 horas si no verifica su identidad.</p>
<p><a href="https://verificacion-cuenta-correo.example.mx/login">VERIFICAR MI CUENTA</a></p>
<p>Gracias por su comprensión.<br>Equipo de Seguridad de Correo</p>
</body></html>
"""
    sent = plus(dt, seconds=-7)
    hs = [("From", '"Soporte de Correo" <seguridad@soporte-correo-verificacion.com>'),
          ("To", CC),
          ("Subject", rfc2047("Su cuenta será suspendida - verificación requerida", "utf-8", "B")),
          ("Date", rfc_date(sent, "MX")),
          ("Message-ID", "<%s@soporte-correo-verificacion.com>" % ctx.hex(24)),
          ("MIME-Version", "1.0"), ("*", None)]
    raw = spamsend(ctx, "customercare", dt, hs, html_only(html, "utf-8", "8bit"), "srv%d.hosting-mx.example.net" % ctx.num(1, 90), "203.0.113.%d" % ctx.num(2, 250),
                   "seguridad@soporte-correo-verificacion.com", "softfail", None, "soporte-correo-verificacion.com", score="8.05")
    auto(k, "customercare", dt, "spam:phish-account-suspension-es", "es", "phishing kit", raw,
         "Spanish 'su cuenta será suspendida' credential phish; 8bit UTF-8 HTML")


# ---------------------------------------------------------------- P09 person-looking "verify your account"
def p09():
    k = "p09"; ctx = Ctx(k)
    dt = D("2026-04-29 16:31:02")
    text = """Hello,

This is Brian from the accounts team. We noticed an unusual sign in on your
account from a new device this morning. To keep everything active please
verify your account at the link below today, otherwise we will have to put
a temporary hold on it.

https://secure-account-review.com.example.net/verify

Sorry for the hassle, just following procedure.

Thanks,
Brian
"""
    raw = send(ctx, "gmail", "powerhousecatalog", dt, "brian.accountsteam@gmail.com", PH, "quick question about your account",
               gmail_alt(ctx, text, '<div dir="ltr">' + "<br>".join(html_escape(l) for l in text.rstrip().split("\n")) + "</div>\n"),
               name="Brian Accounts", spam=True, score="6.40")
    auto(k, "powerhousecatalog", dt, "spam:phish-personlike-verify", "en", "Gmail (freemail phisher)", raw,
         "phishing written like a person ('This is Brian... please verify your account'); no real request, automated")


# ---------------------------------------------------------------- P10 person-looking BEC
def p10():
    k = "p10"; ctx = Ctx(k)
    dt = D("2026-10-15 14:02:49")
    text = """Hi, are you at your desk?

I need you to verify your account details on the vendor portal before end of day, our payment run is tonight. Use this link and let me know when it's done:

https://vendor-portal-verify.example.com/login

Marcia
Sent from my iPhone
"""
    raw = send(ctx, "gmail", "customercare", dt, "marcia.office.exec@gmail.com", CC, "Urgent",
               gmail_alt(ctx, text, '<div dir="auto">' + "<br>".join(html_escape(l) for l in text.rstrip().split("\n")) + "</div>\n"),
               name="Marcia Feldt")
    auto(k, "customercare", dt, "spam:phish-bec", "en", "Gmail (BEC)", raw,
         "business-e-mail-compromise style 'are you at your desk? verify your account' lure; reads like a person, still phishing")


# ---------------------------------------------------------------- P11 Spanish lottery
def p11():
    k = "p11"; ctx = Ctx(k)
    dt = D("2026-11-23 04:47:31")
    text = """¡FELICIDADES!

Su dirección de correo electrónico ha sido seleccionada como ganadora de
€850.000,00 (OCHOCIENTOS CINCUENTA MIL EUROS) en el sorteo internacional
de la Lotería EuroMillones celebrado el 20 de noviembre de 2026.

Número de referencia: EM/2026/33-AE
Número de lote: 7704-119

Para reclamar su premio envíe sus datos completos (nombre, dirección,
teléfono, copia de identificación) a nuestro agente:

Lic. Fernando Alcázar
Correo: f.alcazar.premios@outlook.es

Atentamente,
Dña. Pilar Montero
Coordinadora de Premios
"""
    sent = plus(dt, seconds=-15)
    hs = [("Reply-To", "f.alcazar.premios@outlook.es"),
          ("From", rfc2047("Lotería Internacional", "iso-8859-1", "Q") + " <premios@loteria-euro-sorteos.com>"),
          ("To", PH),
          ("Subject", rfc2047("¡Felicidades! Usted ha ganado €850.000", "utf-8", "B")),
          ("Date", rfc_date(sent, "CET")),
          ("Message-ID", "<%s@loteria-euro-sorteos.com>" % ctx.hex(18)),
          ("MIME-Version", "1.0"), ("*", None)]
    raw = spamsend(ctx, "powerhousecatalog", dt, hs, Leaf("text/plain", text, "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
                   "mail.loteria-euro-sorteos.com", "192.0.2.%d" % ctx.num(2, 250), "premios@loteria-euro-sorteos.com", "none", None, None, mx="mx2", score="13.40")
    auto(k, "powerhousecatalog", dt, "spam:lottery-es", "es", "advance-fee spam", raw,
         "Spanish EuroMillones lottery scam; asks for personal data, automated")


# ---------------------------------------------------------------- P12 fake voicemail with .htm attachment
def p12():
    k = "p12"; ctx = Ctx(k)
    dt = D("2026-12-01 15:20:38")
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>You have a new voice message.</p>
<table><tr><td>From:</td><td>(319) 555-0147</td></tr><tr><td>Duration:</td><td>0:42</td></tr>
<tr><td>Received:</td><td>12/1/2026 9:18 AM</td></tr></table>
<p>The message is attached. Open the attachment to play it.</p>
<p style="font-size:11px;color:#999">Unified Messaging for customercare@alliant-energy.com</p>
</body></html>
"""
    att = """<html><head><title>Voice Message</title></head><body><script>/* redirect removed */</script>
<p>Loading audio player... sign in to continue.</p></body></html>
"""
    b = "=_%s" % ctx.hex(24)
    part = Multi("mixed", [html_only(html),
                           Leaf("text/html", data=att.replace("\n", "\r\n").encode(), cte="base64",
                                ct='text/html; name="VM_0042_audio.htm"',
                                headers=[("Content-Disposition", 'attachment; filename="VM_0042_audio.htm"')])], b)
    sent = plus(dt, seconds=-5)
    hs = [("From", '"Voicemail Service" <voicemail@alliant-energy.com>'),
          ("To", CC),
          ("Subject", "New voicemail from (319) 555-0147 - 0:42"),
          ("Date", rfc_date(sent, "UTC")),
          ("Message-ID", "<%s@mail-vmservice.example.net>" % ctx.hex(20)),
          ("MIME-Version", "1.0"), ("*", None)]
    mxh = "mx1.alliant-energy.com"
    ip = "203.0.113.%d" % ctx.num(2, 250)
    auth = ["dkim=none",
            "spf=fail (%s: domain of voicemail@alliant-energy.com does not designate %s as permitted sender) smtp.mailfrom=voicemail@alliant-energy.com" % (mxh, ip),
            "dmarc=fail reason=\"SPF not aligned (relaxed), No valid DKIM\" header.from=alliant-energy.com (policy=quarantine)"]
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("mail-vmservice.example.net", ip, None, "voicemail@alliant-energy.com", auth, "TLSv1.2"), mx="mx1",
               spam=True, score="10.75")
    auto(k, "customercare", dt, "spam:phish-voicemail-spoof", "en", "spoofed internal sender", raw,
         "fake voicemail notice spoofing our own domain (DMARC fail) with an .htm attachment")


# ---------------------------------------------------------------- P13 fake disconnection notice
def p13():
    k = "p13"; ctx = Ctx(k)
    dt = D("2026-12-08 12:44:09")
    text = """ALLIANT ENERGY - FINAL NOTICE

Account: ****7732
Amount past due: $312.84
Scheduled disconnection: December 9, 2026

Our records show your account is past due. To avoid disconnection of your
electric service tomorrow, pay the past-due amount now using our secure
express payment page:

https://alliantenergy-express-pay.net.example.com/pay

Payments made by phone or in person may not post in time.

Alliant Energy Collections
"""
    html = """<html><body style="font-family:Arial">
<h2 style="color:#b00">FINAL NOTICE</h2>
<p>Account: ****7732<br>Amount past due: <b>$312.84</b><br>Scheduled disconnection: <b>December 9, 2026</b></p>
<p>To avoid disconnection of your electric service tomorrow, pay the past-due amount now using our secure express payment page.</p>
<p><a href="https://alliantenergy-express-pay.net.example.com/pay">PAY NOW</a></p>
<p>Alliant Energy Collections</p></body></html>
"""
    b = "b1_%s" % ctx.hex(32)
    part = Multi("alternative", [Leaf("text/plain", text, "us-ascii", "7bit"), html_only(html)], b)
    sent = plus(dt, seconds=-4)
    hs = [("From", '"Alliant Energy Billing" <alerts@alliantenergy-notices.net>'),
          ("To", "powerhousecatalog@alliant-energy.com"),
          ("Subject", "FINAL NOTICE: disconnection scheduled for your Alliant Energy service"),
          ("Date", rfc_date(sent, "CT")),
          ("Message-ID", "<%s@alliantenergy-notices.net>" % ctx.hex(24)),
          ("MIME-Version", "1.0"), ("*", None)]
    raw = spamsend(ctx, "powerhousecatalog", dt, hs, part, "smtp.alliantenergy-notices.net", "198.51.100.%d" % ctx.num(2, 250),
                   "alerts@alliantenergy-notices.net", "pass", "alliantenergy-notices.net", "alliantenergy-notices.net", mx="mx2", score="6.95")
    auto(k, "powerhousecatalog", dt, "spam:phish-fake-disconnect", "en", "phishing kit", raw,
         "fake Alliant disconnection notice with a lookalike pay page; the masked 'account' is bait, automated")


for f in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13]:
    f()
