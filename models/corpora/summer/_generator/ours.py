"""Our own outgoing mail of summer 2026: what people reply to, forward, bounce or auto-answer.

kind: promo (marketing), catalog (marketing), service (outage, bill, Peak Time Savings event), ack (our bot).
"""

from mime import when

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
PH_FOOT = "PowerHouse Catalog, P.O. Box 77, Cedar Rapids, IA 52406"

OURS = {}


def ours(key, kind, frm_name, frm, subject, date, text, token=None, lang="en", reply_to=None, to_hint=None):
    OURS[key] = dict(key=key, kind=kind, frm_name=frm_name, frm=frm, subject=subject, date=when(date), text=text,
                     token=token, lang=lang, reply_to=reply_to,
                     msgid=f"<{(token or key).lower()}.{abs(hash_key(key)) % 10**9:09d}@notify.alliantenergy.com>")


def hash_key(s):
    h = 0
    for c in s:
        h = (h * 131 + ord(c)) % (2**61 - 1)
    return h


CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

ours("AE-2606-AC", "promo", "Alliant Energy", CC,
     "Beat the heat: $75 back on a new central air conditioner", "2026-06-02 09:14:22",
     """Summer's here, and so is the heat.

Replace an older central air conditioner with a qualifying ENERGY STAR certified model by August 31, 2026 and get $75 back from Alliant Energy. Add a smart thermostat and get another $50.

See qualifying models and apply online: alliantenergy.com/coolrebates

Questions? Call us at 1-800-255-4268, Monday-Friday, 7 a.m.-6 p.m.

You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving marketing e-mails from us, unsubscribe here or reply with the word unsubscribe.
""" + HQ, token="AE-2606-AC")

ours("AE-2606-AC-ES", "promo", "Alliant Energy", CC,
     "Combata el calor: $75 de reembolso en un aire acondicionado central nuevo", "2026-06-02 09:20:05",
     """Llegó el verano, y con él el calor.

Reemplace un aire acondicionado central antiguo por un modelo certificado ENERGY STAR antes del 31 de agosto de 2026 y reciba $75 de Alliant Energy. Agregue un termostato inteligente y reciba otros $50.

Vea los modelos que califican y presente su solicitud: alliantenergy.com/reembolsos

¿Preguntas? Llámenos al 1-800-255-4268, de lunes a viernes, de 7 a.m. a 6 p.m.

Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos de mercadeo, cancele su suscripción aquí o responda con la palabra cancelar.
""" + HQ, token="AE-2606-AC-ES", lang="es")

ours("AE-2606-PTS", "promo", "Alliant Energy", CC,
     "Get paid to beat the peak: join Peak Time Savings", "2026-06-10 10:02:40",
     """Hot afternoons are when electricity costs the most to make.

With Peak Time Savings, you earn a bill credit every time you use less electricity during a Peak Time Savings event, usually 2 to 7 p.m. on the hottest weekdays. No equipment, no penalty if you can't cut back.

Enroll in two minutes: alliantenergy.com/peaktimesavings

Last summer, participating customers earned an average of $31 in bill credits.

You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving marketing e-mails from us, unsubscribe here or reply with the word unsubscribe.
""" + HQ, token="AE-2606-PTS")

ours("PH-2606-SS", "catalog", "PowerHouse Catalog", PH,
     "Summer Sale: up to 40% off fans, grills & patio lights", "2026-06-16 08:30:11",
     """SUMMER SALE - this week only

Up to 40% off box fans, tower fans and ceiling fans
25% off outdoor string lights and solar path lights
Free shipping on grills and griddles over $149

Shop the sale: powerhousecatalog.com/summer
Prefer paper? Your Summer Sale catalog is on its way.

The PowerHouse Catalog occasionally shares its customers' names and postal addresses with other carefully selected catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mails, click here.
""" + PH_FOOT, token="PH-2606-SS")

ours("AE-2606-TS", "promo", "Alliant Energy", CC,
     "Smart thermostat rebate: $50 back this summer", "2026-06-23 09:45:03",
     """Let your thermostat handle the heat.

Buy and install a qualifying smart thermostat by August 31 and get $50 back. Enroll it in Peak Time Savings and earn bill credits on the hottest days, too.

Qualifying models and the rebate form: alliantenergy.com/thermostat

You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving marketing e-mails from us, unsubscribe here or reply with the word unsubscribe.
""" + HQ, token="AE-2606-TS")

ours("AE-2606-TS-ES", "promo", "Alliant Energy", CC,
     "Termostato inteligente: reciba $50 este verano", "2026-06-23 09:51:40",
     """Deje que su termostato se encargue del calor.

Compre e instale un termostato inteligente que califique antes del 31 de agosto y reciba $50 de reembolso. Inscríbalo en Ahorros en Horas Pico y gane créditos en su factura en los días más calurosos.

Modelos que califican y formulario: alliantenergy.com/termostato

Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos de mercadeo, cancele su suscripción aquí o responda con la palabra cancelar.
""" + HQ, token="AE-2606-TS-ES", lang="es")

ours("AE-2607-NL", "promo", "Alliant Energy", CC,
     "Your July Home Comfort Tips: keep cool without the shock", "2026-07-07 07:05:00",
     """Your July Home Comfort Tips

1. Set the thermostat to 78 when you're home and higher when you're away. Every degree saves up to 3% on cooling.
2. Close blinds on south and west windows in the afternoon.
3. Run the dishwasher and dryer after 7 p.m.
4. Change your furnace filter - your air conditioner uses it too.

Budget Billing can even out summer and winter bills. Learn more at alliantenergy.com/budgetbilling

Manage your preferences or unsubscribe.
""" + HQ, token="AE-2607-NL")

ours("PTS-EVENT-0721", "service", "Alliant Energy Alerts", "alerts@alliantenergy.com",
     "Peak Time Savings event tomorrow, Tuesday, July 21, 2-7 p.m.", "2026-07-20 15:00:12",
     """A Peak Time Savings event is scheduled for tomorrow, Tuesday, July 21, from 2 to 7 p.m.

Use less electricity during those hours to earn a bill credit. Pre-cool your home before 2 p.m., and hold off on laundry and the dishwasher until after 7.

You are receiving this notice because you are enrolled in Peak Time Savings. Program notices are part of your enrollment.
""" + HQ, reply_to=CC)

ours("OUT-0721", "service", "Alliant Energy Alerts", "alerts@alliantenergy.com",
     "Outage alert: power is out at your address", "2026-07-21 16:47:31",
     """We're aware of a power outage affecting your service address.

Cause: equipment failure (heat-related)
Customers affected in your area: 2,140
Estimated restoration: 11:30 p.m. today

Crews are on site. Check the outage map for updates: alliantenergy.com/outages
If you see a downed line, stay away and call 1-800-255-4268.

You are receiving this alert because you signed up for outage alerts. To change how you get alerts, visit My Account.
""" + HQ, reply_to=CC)

ours("OUT-0721-UPD", "service", "Alliant Energy Alerts", "alerts@alliantenergy.com",
     "Outage update: new estimated restoration time", "2026-07-21 22:58:09",
     """Update on the outage at your service address.

The estimated restoration time is now 6:00 a.m. Wednesday, July 22. The heat has damaged more equipment than expected, and we have brought in crews from Wisconsin to help.

Cooling centers are open in Cedar Rapids and Marion. A list is at alliantenergy.com/outages.

You are receiving this alert because you signed up for outage alerts. To change how you get alerts, visit My Account.
""" + HQ, reply_to=CC)

ours("BILL-2607", "service", "Alliant Energy", "noreply@alliantenergy.com",
     "Your Alliant Energy bill is ready", "2026-07-29 06:12:44",
     """Your July bill is ready to view.

Amount due: see My Account
Due date: August 18, 2026

View and pay your bill: alliantenergy.com/myaccount

This is a service message about your account. You receive it even if you have opted out of marketing e-mails. Please do not reply to this e-mail.
""" + HQ)

ours("PH-2608-BTS", "catalog", "PowerHouse Catalog", PH,
     "Back to school with PowerHouse: dorm & desk essentials", "2026-08-04 08:15:27",
     """BACK TO SCHOOL

Desk lamps, surge protectors, mini fridges and fans for the dorm - everything they need, delivered.
Save 20% with code SCHOOL20 through August 23.

Shop now: powerhousecatalog.com/school
Your Back-to-School catalog arrives this week.

The PowerHouse Catalog occasionally shares its customers' names and postal addresses with other carefully selected catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mails, click here.
""" + PH_FOOT, token="PH-2608-BTS")


def ack(ref, date, lang="en", kind="opt_out"):
    import datetime as _dt
    from mime import MON_LONG, MON_ES_LONG
    d = when(date) + _dt.timedelta(days=10)
    due = f"{MON_LONG[d.month - 1]} {d.day}, {d.year}"
    due_es = f"{d.day} de {MON_ES_LONG[d.month - 1]} de {d.year}"
    if lang == "es":
        subject = f"Recibimos su solicitud [{ref}]"
        text = f"""Gracias por escribir a Alliant Energy.

Recibimos su solicitud de dejar de recibir mercadeo de nuestra parte, por
correo electrónico y por correo postal. Su número de referencia es
{ref}.

Lo eliminaremos de nuestras listas de mercadeo por correo electrónico y por
correo postal a más tardar el {due_es}. Seguiremos enviándole mensajes sobre
su cuenta y su servicio, que no son de mercadeo.

Si nos escribe sobre esta solicitud, por favor mantenga {ref} en
el asunto.

Este es un acuse de recibo automático. No es necesario que responda.

Alliant Energy Customer Care"""
    elif kind == "question":
        subject = f"We received your request [{ref}]"
        text = f"""Thank you for writing to Alliant Energy.

We received your question. Your reference number is {ref}.

A member of our privacy team will read your message and reply by
{due}.

If you write to us again about this, please keep {ref} in the
subject line.

This is an automatic acknowledgement. You do not need to reply.

Alliant Energy Customer Care"""
    else:
        subject = f"We received your request [{ref}]"
        text = f"""Thank you for writing to Alliant Energy.

We received your request to stop receiving marketing from us, by e-mail
and by postal mail. Your reference number is {ref}.

We will remove you from our e-mail and postal marketing lists no later than
{due}. We will keep sending messages about
your account and your service, which are not marketing.

If you write to us about this request, please keep {ref} in the
subject line.

This is an automatic acknowledgement. You do not need to reply.

Alliant Energy Customer Care"""
    OURS[ref] = dict(key=ref, kind="ack", frm_name="Alliant Energy Customer Care", frm=CC, subject=subject,
                     date=when(date), text=text, token=None, lang=lang, reply_to=None,
                     msgid=f"<ack.{ref}@alliant-energy.com>")


ack("CC-2026-06-00412", "2026-06-09 11:20:03")
ack("CC-2026-07-00733", "2026-07-08 14:02:51")
ack("CC-2026-07-00741", "2026-07-08 13:51:20")
ack("CC-2026-07-00901", "2026-07-23 09:31:17", kind="question")
ack("CC-2026-08-01046", "2026-08-05 18:44:09", lang="es")
ack("CC-2026-08-01122", "2026-08-11 10:05:36")
