"""Alliant Energy's own outgoing mail of July 2027, as it appears quoted, forwarded, bounced or
auto-answered inside the set. build.py also uses OUTGOING to write the README table."""
import datetime as dt

from lib import CDT

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

AC_TEXT = """Hi {first},

Summer is here, and your air conditioner is about to work its hardest.
A tune-up keeps it running efficiently when you need it most. Through
July 31, Alliant Energy customers get $100 back when they book a smart
AC tune-up with a participating contractor and enroll in Smart Cooling.

  * Clean coils and the right refrigerant charge can cut cooling costs
    by up to 15%
  * Find a participating contractor: alliantenergy.com/ACtuneup
  * Offer code: AE-HT-2707

Stay cool,
Your friends at Alliant Energy

--
You are receiving this email because you are an Alliant Energy customer.
To opt out of marketing emails, unsubscribe at alliantenergy.com/unsubscribe
or reply with the word "unsubscribe".
""" + HQ + "\n"

AC_ES_TEXT = """Hola {first}:

Llegó el verano y su aire acondicionado está a punto de trabajar al máximo.
Un mantenimiento lo mantiene funcionando de forma eficiente. Hasta el 31 de
julio, los clientes de Alliant Energy reciben un reembolso de $100 al programar
el mantenimiento de su aire acondicionado con un contratista participante e
inscribirse en Smart Cooling.

  * Serpentines limpios y la carga correcta de refrigerante pueden reducir
    el costo de enfriamiento hasta un 15%
  * Contratistas participantes: alliantenergy.com/ACtuneup
  * Código de oferta: AE-HT-2707-ES

¡Que se mantenga fresco!
Alliant Energy

--
Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir
correos de mercadeo, cancele su suscripción en alliantenergy.com/unsubscribe
o responda con la palabra "unsubscribe".
""" + HQ + "\n"

SALE_TEXT = """POWERHOUSE SUMMER SALE -- up to 40% off

Fans, grills, outdoor lighting and more, now through July 25.

  - 20" box fans from $24.99
  - Solar path lights, 8-pack, $39.99 (reg. $64.99)
  - Smart plug 4-pack, $29.99
  - Free shipping on orders over $75 with code PH-2707-SUMMER

Shop the sale: powerhousecatalog.com/summer

--
PowerHouse Catalog, an Alliant Energy company.
From time to time we make our customer list available to carefully
screened catalog companies. We never share your e-mail address. If you
prefer not to have your name and address shared, write to
powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with "unsubscribe" or visit
powerhousecatalog.com/email-preferences.
"""

PEAK_TEXT = """PEAK DEMAND ALERT

Temperatures near 100 degrees are expected across our service area on
Sunday, July 11. To keep the grid reliable, please reduce your energy use
between 2 p.m. and 7 p.m.:

  * Set your thermostat a few degrees higher
  * Wait until after 7 p.m. to run the dishwasher, washer and dryer
  * Close blinds on sunny windows

If you or someone in your home depends on medical equipment, make sure
you have a backup plan and call us at 1-800-555-0127.

This is a service alert. You receive it because you signed up for
outage and service alerts. Manage alerts at alliantenergy.com/alerts.
"""

OUTAGE_TEXT = """ALLIANT ENERGY OUTAGE ALERT

We're aware of a power outage affecting your service address:
{addr}

Cause: Severe weather
Estimated restoration: {etr}

Severe storms with winds over 90 mph caused widespread damage across
eastern Iowa this afternoon. Crews from across the region are working
around the clock. If you see a downed line, stay at least 35 feet away
and call 1-800-555-0127.

Check status: alliantenergy.com/outagemap
You receive this alert because you signed up for outage notifications.
Manage alerts at alliantenergy.com/alerts.
"""

OUTAGE_UPD_TEXT = """OUTAGE UPDATE

Service address: {addr}
New estimated restoration: {etr}

The July 13 storms damaged more than 1,900 poles across our Iowa
service area. We're sorry for the longer wait. Crews will keep working
until every customer is restored.

Check status: alliantenergy.com/outagemap
Manage alerts at alliantenergy.com/alerts.
"""

RESTORED_TEXT = """POWER RESTORED

Our records show power has been restored at:
{addr}

If your power is still out, or if you see damage to the service line
or meter at your home, please call 1-800-555-0127.

Manage alerts at alliantenergy.com/alerts.
"""

BILL_TEXT = """Your Alliant Energy bill is ready

Account ending in {acct4}
Amount due: {amount}
Due date: {due}

View and pay your bill: alliantenergy.com/mybill

This is a service message about your account. We send it even if you
have opted out of marketing e-mail.
"""

ACK_TEXT = """Hello,

Thank you for writing to Alliant Energy. We received your message on
{when} and recorded it as request {num}.

If you asked us to stop sending you marketing or promotional e-mail or
postal mail, or not to share your name and address with other companies,
we will update your preferences within 10 business days. If you asked a
question, a member of our Customer Care team will reply within 2 business
days.

Please do not reply to this message unless you need to add something to
your request.

Alliant Energy Customer Care
customercare@alliant-energy.com | 1-800-555-0127
"""

STAFF_TENANT_TEXT = """Hi Craig,

Thanks for letting us know. We have set up service at 415 Main St, Unit B
in the name of Huebsch Properties LLC effective July 1, so there is no
interruption. A landlord agreement would make this automatic next time;
I've attached the form.

Best regards,
Kari
Alliant Energy Customer Care
"""

STAFF_SHARING_TEXT = """Hello Mr. Rasmussen,

Thank you for your note. We have marked your PowerHouse Catalog record so
that your name and address are not shared with other catalog companies.
Lists already prepared for mailings may take up to 60 days to clear.

Sincerely,
Tom
PowerHouse Catalog Customer Service
"""


def dtc(m, d, hh, mm, ss=0):
    return dt.datetime(2027, m, d, hh, mm, ss, tzinfo=CDT)


def ours(key, **ctx):
    """Return a dict describing one of our messages: from_disp, from_addr, to, date, subject, text, msgid."""
    if key == "ac":
        return dict(from_disp="Alliant Energy", from_addr="customercare@alliant-energy.com", date=dtc(7, 6, 9, 2, 13),
                    subject="Beat the heat: $100 back on a smart AC tune-up",
                    text=AC_TEXT.format(first=ctx.get("first", "there")),
                    msgid=f"<AE-HT-2707.{ctx.get('mid', '0')}@em.alliant-energy.com>")
    if key == "ac_es":
        return dict(from_disp="Alliant Energy", from_addr="customercare@alliant-energy.com", date=dtc(7, 6, 9, 2, 40),
                    subject="Combata el calor: $100 de reembolso en el mantenimiento de su aire acondicionado",
                    text=AC_ES_TEXT.format(first=ctx.get("first", "")),
                    msgid=f"<AE-HT-2707-ES.{ctx.get('mid', '0')}@em.alliant-energy.com>")
    if key == "sale":
        return dict(from_disp="PowerHouse Catalog", from_addr="powerhousecatalog@alliant-energy.com",
                    date=dtc(7, 8, 10, 0, 21),
                    subject="Summer Sale: up to 40% off fans, grills & outdoor lighting",
                    text=SALE_TEXT, msgid=f"<PH-2707.{ctx.get('mid', '0')}@em.powerhousecatalog.com>")
    if key == "peak":
        return dict(from_disp="Alliant Energy Alerts", from_addr="alerts@alliantenergy.com", date=dtc(7, 10, 16, 5, 2),
                    reply_to="customercare@alliant-energy.com",
                    subject="Peak demand alert: please conserve energy Sunday, July 11, 2-7 p.m.",
                    text=PEAK_TEXT, msgid=f"<alert.peak.20270711.{ctx.get('mid', '0')}@alerts.alliantenergy.com>")
    if key in ("outage", "outage_upd", "restored"):
        subj = {"outage": "Outage alert: power outage at {addr}",
                "outage_upd": "Outage update: new estimated restoration for {addr}",
                "restored": "Power restored at {addr}"}[key].format(addr=ctx["addr"])
        text = {"outage": OUTAGE_TEXT, "outage_upd": OUTAGE_UPD_TEXT, "restored": RESTORED_TEXT}[key]
        return dict(from_disp="Alliant Energy Outage Alerts", from_addr="outagealerts@alliantenergy.com",
                    reply_to="customercare@alliant-energy.com", date=ctx["date"], subject=subj,
                    text=text.format(addr=ctx["addr"], etr=ctx.get("etr", "")),
                    msgid=f"<outage.{ctx.get('mid', '0')}@alerts.alliantenergy.com>")
    if key == "bill":
        return dict(from_disp="Alliant Energy", from_addr="noreply@alliantenergy.com", date=ctx["date"],
                    subject="Your Alliant Energy bill is ready",
                    text=BILL_TEXT.format(acct4=ctx["acct4"], amount=ctx["amount"], due=ctx["due"]),
                    msgid=f"<bill.{ctx.get('mid', '0')}@notify.alliantenergy.com>")
    if key == "ack":
        d = ctx["date"]
        when = f"{d:%B} {d.day}, {d.year}"
        return dict(from_disp="Alliant Energy Customer Care", from_addr="customercare@alliant-energy.com", date=d,
                    subject=f"We received your request [{ctx['num']}]", text=ACK_TEXT.format(when=when, num=ctx["num"]),
                    msgid=f"<ack.{ctx['num']}@alliant-energy.com>")
    if key == "staff_tenant":
        return dict(from_disp="Alliant Energy Customer Care", from_addr="customercare@alliant-energy.com",
                    date=dtc(7, 7, 9, 10, 44), subject="RE: Tenant move-out - 415 Main St Unit B",
                    text=STAFF_TENANT_TEXT,
                    msgid="<BL1PR04MB7312C0D7E19A0B5F66A2D1B4A7E2@BL1PR04MB7312.namprd04.prod.outlook.com>")
    if key == "staff_sharing":
        return dict(from_disp="PowerHouse Catalog", from_addr="powerhousecatalog@alliant-energy.com",
                    date=dtc(7, 9, 15, 2, 9), subject="RE: name sharing", text=STAFF_SHARING_TEXT,
                    msgid="<BL1PR04MB7312A51C3F0E8D4B2290F7C1D3B9@BL1PR04MB7312.namprd04.prod.outlook.com>")
    raise KeyError(key)


# what the README says we sent (kept next to the texts so the two cannot drift apart)
OUTGOING = [
    ("promo \"Beat the heat: $100 back on a smart AC tune-up\"", "`customercare@`", "2027-07-06",
     "offer code `AE-HT-2707`; footer: \"To opt out of marketing emails, unsubscribe … or reply with the word "
     "unsubscribe\", HQ address ZIP 53718; `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-HT-2707>`"),
    ("promo, Spanish version \"Combata el calor: $100 de reembolso en el mantenimiento de su aire acondicionado\"",
     "`customercare@`", "2027-07-06", "sent to customers with Spanish as their language preference; code `AE-HT-2707-ES`; "
     "same footer in Spanish (\"responda con la palabra unsubscribe\"); List-Unsubscribe subject `unsubscribe AE-HT-2707-ES`"),
    ("catalog e-mail \"Summer Sale: up to 40% off fans, grills & outdoor lighting\"", "`PowerHouse Catalog <powerhousecatalog@…>`",
     "2027-07-08", "code `PH-2707-SUMMER`; footer mentions list sharing (\"If you prefer not to have your name and address "
     "shared, write to …\") **and** \"To unsubscribe … reply with unsubscribe\"; `List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2707>`"),
    ("service alert \"Peak demand alert: please conserve energy Sunday, July 11, 2-7 p.m.\"",
     "`Alliant Energy Alerts <alerts@alliantenergy.com>`", "2027-07-10",
     "**`Reply-To: customercare@alliant-energy.com`**, so replies land in the privacy mailbox; a service message, not marketing; "
     "footer \"Manage alerts at alliantenergy.com/alerts\""),
    ("outage alerts \"Outage alert: power outage at <ADDRESS>\", \"Outage update: new estimated restoration for <ADDRESS>\", "
     "\"Power restored at <ADDRESS>\"", "`Alliant Energy Outage Alerts <outagealerts@alliantenergy.com>`",
     "2027-07-13 … 07-16 (derecho of July 13)", "**`Reply-To: customercare@alliant-energy.com`**; service messages; the "
     "service address appears in upper case in subject and body"),
    ("bill notice \"Your Alliant Energy bill is ready\"", "`noreply@alliantenergy.com`", "monthly",
     "a service message; says it's sent \"even if you have opted out of marketing e-mail\""),
    ("**bot acknowledgement** \"We received your request [CC-2027-07-NNNNN]\"",
     "`Alliant Energy Customer Care <customercare@…>`", "–",
     "`Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and sharing"),
    ("staff replies (Outlook, sometimes with a read-receipt request)", "`customercare@` / `powerhousecatalog@`", "as needed",
     "e.g. \"RE: Tenant move-out - 415 Main St Unit B\" (07-07), \"RE: name sharing\" (07-09); their read receipts come back"),
]
