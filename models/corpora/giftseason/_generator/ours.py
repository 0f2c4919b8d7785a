"""Alliant Energy's own outgoing mail during the giftseason weeks (quoted, replied to, forwarded,
bounced or auto-answered inside the set). Plain-text versions; the HTML versions only differ in markup."""
import datetime

CST = datetime.timezone(datetime.timedelta(hours=-6))

PH = "powerhousecatalog@alliant-energy.com"
CC = "customercare@alliant-energy.com"

PH_FOOTER = """--
PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718

We occasionally make our catalog customer list available to other catalog
companies. If you would rather we not share your name and postal address,
write to powerhousecatalog@alliant-energy.com. We never share your e-mail
address.

To unsubscribe from PowerHouse e-mail, visit
https://www.powerhousecatalog.com/unsubscribe?t={tok} or reply to this
message with the word "unsubscribe". Ref: {tok}"""

AE_FOOTER = """Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
You are receiving this e-mail because you are an Alliant Energy customer.
To opt out of {what} e-mail, unsubscribe at
https://www.alliantenergy.com/unsubscribe?t={tok} or reply "unsubscribe"."""

GG_TEXT = """The PowerHouse Holiday Gift Guide is here

Bright ideas for everyone on your list: LED village sets, heated throws,
smart plugs, rechargeable lanterns and our best-selling weather radio.

Shop the Gift Guide: https://www.powerhousecatalog.com/gifts?cid=PH-2711-GG

Free standard shipping on orders of $49 or more through December 12.
Order by December 17 for delivery by Christmas.

Prefer to shop by phone? Call 1-800-555-0134, 7 a.m. to 9 p.m. Central.

""" + PH_FOOTER.format(tok="PH-2711-GG")

CM_TEXT = """CYBER MONDAY AT POWERHOUSE

25% off smart plugs, timers and power strips
Free shipping on every order, no minimum
Today only, Monday, November 29. Use code CYBER27 at checkout.

Shop now: https://www.powerhousecatalog.com/cyber?cid=PH-2711-CM

""" + PH_FOOTER.format(tok="PH-2711-CM")

DN_TEXT = """This Giving Tuesday, help a neighbor stay warm

Last winter the Hometown Care Energy Fund helped 11,400 families in Iowa and
Wisconsin pay heating bills they could not cover on their own.

Through December 31, Alliant Energy will match every gift dollar for dollar,
up to $250,000.

Give online: https://www.alliantenergy.com/hometowncare?cid=AE-DN-2711
Or add a monthly gift to your bill: log in to My Account > Payments >
Hometown Care.

Need help with your own bill? Call 1-800-555-0162 or visit
alliantenergy.com/assistance.

""" + AE_FOOTER.format(what="program and promotional", tok="AE-DN-2711")

WX_TEXT = """Get your home ready for winter

FREE WEATHERIZATION KIT
Door sweeps, window film, outlet gaskets and pipe insulation, shipped free to
Alliant Energy residential customers (one per household, while supplies
last). Request yours: https://www.alliantenergy.com/winterkit?cid=AE-NL-2712-WR

$25 OFF A SAFER SPACE HEATER
Choose a heater with tip-over and overheat shutoff and get $25 off with code
WARM25 at the PowerHouse Catalog. Keep heaters 3 feet from anything that can
burn, plug them straight into the wall, and never leave them on while you
sleep.

""" + AE_FOOTER.format(what="marketing", tok="AE-NL-2712-WR")

WXES_TEXT = """Prepare su hogar para el invierno

KIT DE CLIMATIZACI\u00d3N GRATIS
Burletes para puertas, pel\u00edcula para ventanas, aislantes para enchufes y
tuber\u00edas, enviados sin costo a clientes residenciales de Alliant Energy
(uno por hogar, hasta agotar existencias).
Pida el suyo: https://www.alliantenergy.com/es/winterkit?cid=AE-NL-2712-WR-ES

$25 DE DESCUENTO EN UN CALENTADOR M\u00c1S SEGURO
Elija un calentador con apagado autom\u00e1tico por volcadura y
sobrecalentamiento y obtenga $25 de descuento con el c\u00f3digo WARM25 en el
cat\u00e1logo PowerHouse. Mantenga los calentadores a 3 pies de cualquier cosa
que pueda quemarse, con\u00e9ctelos directamente a la pared y no los deje
encendidos mientras duerme.

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
Recibe este correo porque es cliente de Alliant Energy.
Para dejar de recibir correos promocionales, cancele su suscripci\u00f3n en
https://www.alliantenergy.com/es/baja?t=AE-NL-2712-WR-ES o responda "baja"."""

OUT_TEXT = """Alliant Energy outage alert

Our records show the power is out at your service address (account ending
{acct}).

Cause: ice storm damage
Customers without power in your area: {n}
Estimated restoration: {eta}

Crews are working around the clock. Ice on trees and lines keeps causing new
outages while the storm continues, so restoration times may change.

Stay away from downed lines and anything touching them. Report a downed line
at 1-800-555-0199. Never run a generator indoors or in a garage.

Check status: https://www.alliantenergy.com/outages
You are receiving this alert because you signed up for outage notifications.
Manage alerts at https://www.alliantenergy.com/alerts"""

OUT_TEXT_ES = """Alerta de apag\u00f3n de Alliant Energy

Nuestros registros indican que no hay luz en su domicilio de servicio (cuenta
que termina en {acct}).

Causa: da\u00f1os por tormenta de hielo
Clientes sin servicio en su zona: {n}
Restablecimiento estimado: {eta}

Las cuadrillas trabajan d\u00eda y noche. Mant\u00e9ngase lejos de los cables ca\u00eddos.
Reporte un cable ca\u00eddo al 1-800-555-0199. Nunca use un generador dentro de
la casa o del garaje.

Consulte el estado: https://www.alliantenergy.com/es/apagones
Recibe esta alerta porque se inscribi\u00f3 para recibir avisos de apagones."""

BILL_TEXT = """Your Alliant Energy bill is ready

Account ending in {acct}
Amount due: {amt}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/myaccount

Winter bills are usually higher. Budget Billing spreads your costs evenly
across the year: https://www.alliantenergy.com/budgetbilling

This is a service message about your account. You will receive it even if
you have opted out of marketing e-mail.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

ACK_TEXT = """Thank you for contacting Alliant Energy.

We received your message on {day} and recorded it under reference
{ref}. Please keep this number if you write to us again.

If you asked us to stop marketing contact by mail or e-mail, or asked the
PowerHouse Catalog not to share your name with other catalog companies, we
will process your request within 10 business days. Catalogs already printed
and mailed may continue to arrive for up to 8 weeks.

If your message needs an answer, a Customer Care team member will reply.

This is an automated message.
Alliant Energy Customer Care"""


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


# campaign key -> facts
CAMPAIGNS = {
    "GG": dict(name="PowerHouse Catalog", addr=PH, reply_to=None, when=dt("2027-11-23 11:00:04"),
               subject="The PowerHouse Holiday Gift Guide is here", text=GG_TEXT, tok="PH-2711-GG",
               msgid="<20271123170004.PH-2711-GG.{h}@news.alliant-energy.com>",
               list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2711-GG>, "
                          "<https://www.powerhousecatalog.com/unsubscribe?t=PH-2711-GG>"),
    "CM": dict(name="PowerHouse Catalog", addr=PH, reply_to=None, when=dt("2027-11-29 06:00:02"),
               subject="Cyber Monday: 25% off smart plugs + free shipping, today only", text=CM_TEXT,
               tok="PH-2711-CM", msgid="<20271129120002.PH-2711-CM.{h}@news.alliant-energy.com>",
               list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2711-CM>, "
                          "<https://www.powerhousecatalog.com/unsubscribe?t=PH-2711-CM>"),
    "DN": dict(name="Alliant Energy", addr=CC, reply_to=None, when=dt("2027-11-30 07:00:05"),
               subject="This Giving Tuesday, help a neighbor stay warm", text=DN_TEXT, tok="AE-DN-2711",
               msgid="<20271130130005.AE-DN-2711.{h}@news.alliant-energy.com>",
               list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-DN-2711>"),
    "WX": dict(name="Alliant Energy", addr=CC, reply_to=None, when=dt("2027-12-01 06:30:03"),
               subject="Get winter-ready: a free weatherization kit + $25 off a safer space heater",
               text=WX_TEXT, tok="AE-NL-2712-WR",
               msgid="<20271201123003.AE-NL-2712-WR.{h}@news.alliant-energy.com>",
               list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2712-WR"
                          "&body=Please%20remove%20me%20from%20Alliant%20Energy%20marketing%20e-mail.>"),
    "WXES": dict(name="Alliant Energy", addr=CC, reply_to=None, when=dt("2027-12-01 06:30:41"),
                 subject="Prepare su hogar para el invierno: kit gratis y $25 de descuento en un calentador "
                         "m\u00e1s seguro",
                 text=WXES_TEXT, tok="AE-NL-2712-WR-ES",
                 msgid="<20271201123041.AE-NL-2712-WR-ES.{h}@news.alliant-energy.com>",
                 list_unsub="<mailto:customercare@alliant-energy.com?subject=baja%20AE-NL-2712-WR-ES>"),
    "OUT": dict(name="Alliant Energy Outage Alerts", addr="alerts@alliant-energy.com", reply_to=CC,
                when=dt("2027-12-05 17:55:10"),
                subject="Outage alert: ice storm - estimated restoration 11:00 PM Dec 6", text=OUT_TEXT,
                tok=None, msgid="<outage.20271205235510.{h}@alerts.alliant-energy.com>", list_unsub=None),
    "OUTES": dict(name="Alliant Energy Alertas", addr="alerts@alliant-energy.com", reply_to=CC,
                  when=dt("2027-12-05 17:55:48"),
                  subject="Alerta de apag\u00f3n: tormenta de hielo - restablecimiento estimado 11:00 PM 6 dic",
                  text=OUT_TEXT_ES, tok=None, msgid="<outage.20271205235548.{h}@alerts.alliant-energy.com>",
                  list_unsub=None),
    "BILL": dict(name="Alliant Energy", addr="noreply@alliantenergy.com", reply_to=CC, when=None,
                 subject="Your Alliant Energy bill is ready", text=BILL_TEXT, tok=None,
                 msgid="<bill.202712.{h}@notify.alliantenergy.com>", list_unsub=None),
    "ACK": dict(name="Alliant Energy Customer Care", addr=CC, reply_to=None, when=None,
                subject="We received your request [{ref}]", text=ACK_TEXT, tok=None,
                msgid="<ack.{ref}@alliant-energy.com>", list_unsub=None),
}
