"""Alliant Energy's own outgoing mail that customers reply to, quote or forward.

All plain ASCII on purpose so it can be re-encoded in any customer charset.
`{G}` is replaced by the greeting line the campaign used for that customer.
"""

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

FOOT_CC = """--
You are receiving this e-mail because you are an Alliant Energy customer.
To stop receiving promotional e-mail or postal mail from us about new
products, services, programs and special offers, reply to this message or
write to customercare@alliant-energy.com.
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
Privacy policy: alliantenergy.com/privacy"""

FOOT_PH = """--
The PowerHouse Catalog is an Alliant Energy company.
We occasionally share customer names and postal addresses with other
catalog companies whose products we think you may enjoy. If you prefer that
we not share your name and address, write to
powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To stop receiving catalog e-mail or the printed catalog, reply
"unsubscribe" or write to the same address.
PowerHouse Catalog | PO Box 77 | Cedar Rapids, IA 52406"""

FOOT_SVC = """This is a service message about your Alliant Energy account. Service
messages are sent even if you have opted out of marketing. Please do not
reply to this message; for help, contact customercare@alliant-energy.com
or call 1-800-255-4268."""

OURS = {
    "promo_winter": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="New year, new savings: rebates on furnaces and heat pumps",
        date="2026-01-08 09:30:00",
        msgid="<20260108093000.winterrebate.3b7d0e51aa@mail.alliant-energy.com>",
        text="""{G}

Cold months are here. If your furnace is more than 15 years old, a new
high-efficiency model or an air-source heat pump could cut your heating
costs by up to 30%.

* Rebates up to $1,200 on qualifying heat pumps
* $300 back on ENERGY STAR furnaces
* 0% financing for 12 months through participating contractors

See all rebates: alliantenergy.com/rebates

""" + FOOT_CC),
    "promo_thermostat": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Save up to $100 on a smart thermostat this spring",
        date="2026-03-03 09:14:02",
        msgid="<20260303091402.thermostat.7e2a91c4d0@mail.alliant-energy.com>",
        text="""{G}

Spring is a great time to take control of your energy use. For a limited
time, Alliant Energy customers can get up to $100 back on a qualifying
ENERGY STAR smart thermostat.

* Instant rebate at participating retailers
* Free installation for income-qualified households
* Works with most furnaces and central air systems

Claim your rebate: alliantenergy.com/thermostat

""" + FOOT_CC),
    "promo_solar": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Go solar without panels on your roof",
        date="2026-04-14 10:05:40",
        msgid="<20260414100540.communitysolar.c91f2b6e04@mail.alliant-energy.com>",
        text="""{G}

With Community Solar you can subscribe to a share of a local solar garden
and get a credit on your monthly bill. No installation, no roof work.

* Shares start at $5 a month
* Credits appear on your regular Alliant Energy bill
* Cancel any time

Reserve your share: alliantenergy.com/communitysolar

""" + FOOT_CC),
    "promo_ev": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Charge at home: $500 back on a Level 2 EV charger",
        date="2026-05-12 08:45:11",
        msgid="<20260512084511.evcharger.5a0c7d93e2@mail.alliant-energy.com>",
        text="""{G}

Thinking about an electric vehicle? Alliant Energy customers can get $500
back on a qualifying Level 2 home charger, plus a lower overnight rate
when you charge between 10 p.m. and 6 a.m.

Learn more: alliantenergy.com/ev

""" + FOOT_CC),
    "promo_fridge": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="We'll haul away your old fridge - and pay you $50",
        date="2026-06-09 11:20:00",
        msgid="<20260609112000.appliancerecycling.8d24f1b07c@mail.alliant-energy.com>",
        text="""{G}

That old refrigerator in the garage could be costing you up to $150 a year.
Schedule a free pickup and we'll recycle it responsibly and send you a $50
check.

* Free pickup for working refrigerators and freezers
* $50 per appliance, up to two per household

Schedule a pickup: alliantenergy.com/recycle

""" + FOOT_CC),
    "promo_audit": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Is your home ready for winter? Book a free energy assessment",
        date="2026-09-15 09:00:00",
        msgid="<20260915090000.homeassessment.2f6b8e1d39@mail.alliant-energy.com>",
        text="""{G}

Our energy advisors will walk through your home, find drafts and wasted
energy, and install free LED bulbs and water-saving showerheads while
they're there.

Book your free assessment: alliantenergy.com/assessment

""" + FOOT_CC),
    "promo_es_audit": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Evaluacion de energia GRATIS para su hogar",
        date="2026-09-22 09:00:00",
        msgid="<20260922090000.evaluacion-es.6c1d9a4f70@mail.alliant-energy.com>",
        text="""{G}

Prepare su casa para el invierno. Un asesor de energia de Alliant Energy
puede visitar su hogar, encontrar corrientes de aire y fugas de energia, e
instalar focos LED gratis.

Haga su cita: alliantenergy.com/evaluacion

--
Usted recibe este correo porque es cliente de Alliant Energy.
Si no desea recibir correos o correspondencia promocional sobre nuevos
productos, servicios, programas y ofertas especiales, responda a este
mensaje o escriba a customercare@alliant-energy.com.
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"""),
    "newsletter_oct": dict(
        from_name="Alliant Energy", from_addr=CC, reply_to=None,
        subject="Your Energy Connection - October 2026",
        date="2026-10-06 07:30:00",
        msgid="<20261006073000.newsletter-oct.b7e03c5a12@mail.alliant-energy.com>",
        text="""{G}

IN THIS ISSUE
* Five ways to cut heating costs this fall
* Meet the crew restoring power after the August storms
* Community Solar: new garden opening near Dubuque
* Recipe: slow-cooker chili (uses less energy than the oven!)

Read the full newsletter: alliantenergy.com/newsletter

""" + FOOT_CC),
    "catalog_spring": dict(
        from_name="PowerHouse Catalog", from_addr=PH, reply_to=None,
        subject="Spring savings inside the new PowerHouse Catalog [PH-2603-7K2QX]",
        date="2026-03-10 07:02:15",
        msgid="<20260310070215.springcatalog.8f3a2c91d0@mail.alliant-energy.com>",
        text="""{G}

Your spring PowerHouse Catalog is on its way! Inside: LED bulbs, smart
plugs, low-flow showerheads, weather stripping and more, all at member
prices.

Shop now: powerhousecatalog.com/spring
Use code SPRING26 for free shipping on orders over $35.

""" + FOOT_PH),
    "catalog_summer": dict(
        from_name="PowerHouse Catalog", from_addr=PH, reply_to=None,
        subject="Stay cool for less: summer deals [PH-2606-M4R8T]",
        date="2026-06-16 07:05:00",
        msgid="<20260616070500.summercatalog.4e91b0d27a@mail.alliant-energy.com>",
        text="""{G}

Beat the heat without a big bill. Ceiling fans, window film, smart
power strips and solar yard lights, now in the summer PowerHouse Catalog.

Shop now: powerhousecatalog.com/summer

""" + FOOT_PH),
    "catalog_holiday": dict(
        from_name="PowerHouse Catalog", from_addr=PH, reply_to=None,
        subject="Holiday gift guide: bright ideas under $25 [PH-2611-3QW8Z]",
        date="2026-11-10 07:00:30",
        msgid="<20261110070030.holidaycatalog.0d5c8a3f61@mail.alliant-energy.com>",
        text="""{G}

LED string lights, rechargeable hand warmers, smart plugs and more.
Our holiday catalog is in the mail, and everything is online now.

Shop the gift guide: powerhousecatalog.com/holiday

""" + FOOT_PH),
    "svc_bill": dict(
        from_name="Alliant Energy", from_addr="noreply@alliantenergy.com", reply_to=CC,
        subject="Your Alliant Energy bill is ready",
        date="2026-02-11 05:12:44",
        msgid="<bill.20260211.9c2e4f7a1b30@notify.alliantenergy.com>",
        text="""Your bill is ready to view.

Account ending in: {ACCT}
Amount due: {AMT}
Due date: {DUE}

View and pay your bill: alliantenergy.com/mybill

""" + FOOT_SVC),
    "svc_outage": dict(
        from_name="Alliant Energy Alerts", from_addr="alerts@alliantenergy.com", reply_to=CC,
        subject="Power restored at your address",
        date="2026-07-14 22:41:09",
        msgid="<outage.20260714.4be1c0d9a7f3@notify.alliantenergy.com>",
        text="""Good news: power has been restored at your address.

Outage reported: 07/14/2026 6:05 PM
Power restored: 07/14/2026 10:38 PM
Cause: storm damage

If you are still without power, call 1-800-255-4268 or report it at
alliantenergy.com/outages.

""" + FOOT_SVC),
    "svc_storm": dict(
        from_name="Alliant Energy Alerts", from_addr="alerts@alliantenergy.com", reply_to=CC,
        subject="Severe storms expected tonight - be prepared",
        date="2026-08-03 15:02:00",
        msgid="<storm.20260803.71ac39e0b2d4@notify.alliantenergy.com>",
        text="""Severe thunderstorms with high winds are expected in your area tonight.

* Charge phones and keep a flashlight handy
* Stay at least 35 feet away from downed power lines
* Report outages at alliantenergy.com/outages or 1-800-255-4268

""" + FOOT_SVC),
    "svc_reminder": dict(
        from_name="Alliant Energy", from_addr="noreply@alliantenergy.com", reply_to=CC,
        subject="Payment reminder: your bill is due soon",
        date="2026-05-20 06:00:12",
        msgid="<reminder.20260520.0e6d2b9f84c1@notify.alliantenergy.com>",
        text="""This is a friendly reminder that your payment of {AMT} is due on {DUE}.

If you have already paid, thank you - please disregard this message.
Pay online: alliantenergy.com/pay

""" + FOOT_SVC),
}

ACK_TEXT = """Thank you for contacting Alliant Energy.

We received your message and gave it reference number {CC}.

If you asked us to stop sending you marketing (offers about new products,
services, programs and special offers) by postal mail or e-mail, or asked
that we not share your name and postal address with other companies, we
will complete your request within 10 business days. You may still receive
mail that was already printed or scheduled before then.

If your message needs an answer from our staff, a team member will reply.
Please keep the reference number {CC} for your records.

Alliant Energy Customer Care
This is an automated message."""


def ack(cc, date, token):
    """Our intake acknowledgement, as quoted by a customer."""
    return dict(from_name="Alliant Energy Customer Care", from_addr=CC, reply_to=None,
                subject="We received your request [%s]" % cc, date=date,
                msgid="<ack.%s.%s@alliant-energy.com>" % (cc, token),
                text=ACK_TEXT.replace("{CC}", cc))


def get(key, **fill):
    """Return a copy of one of our mails with placeholders filled."""
    if isinstance(key, dict):
        d = dict(key)
    else:
        d = dict(OURS[key])
    t = d["text"]
    fill.setdefault("G", "Hello,")
    for k, v in fill.items():
        t = t.replace("{%s}" % k, v)
    d["text"] = t
    return d
