"""Our own outgoing mail that the senders in this set reply to, quote or forward."""

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy Alerts", "alerts@alliantenergy.com")
NOREPLY = ("Alliant Energy", "noreply@alliantenergy.com")

PROMO_FOOT = """--
You are receiving this e-mail because you are an Alliant Energy customer.
To stop receiving promotional e-mail from us, reply with "unsubscribe" or
write to customercare@alliant-energy.com. You will still get service
messages such as bills and outage alerts.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

CAT_FOOT = """--
You received this e-mail from the PowerHouse Catalog, an Alliant Energy
company. To stop receiving catalog e-mails or the printed catalog, reply
"unsubscribe" or write to powerhousecatalog@alliant-energy.com.
From time to time we share our customers' names and postal addresses with
other catalog companies whose products may interest you. We never share
e-mail addresses. If you prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com."""

SERVICE_FOOT = """This is a service message about your Alliant Energy account. It is sent
even if you have opted out of marketing e-mail. Manage notifications at
alliantenergy.com/alerts."""

O = {}


def _o(key, kind, sender, subject, date, msgid, text, reply_to=None):
    O[key] = dict(key=key, kind=kind, name=sender[0], addr=sender[1], subject=subject, date=date,
                  msgid=msgid, text=text, reply_to=reply_to)


# ------------------------------------------------------------ promotions ---
_o("P1", "promo", CC, "Save up to $100 on a smart thermostat this spring", "2026-03-05 08:02:10",
   "<20260305140210.springtstat.7c1e9a04b2@mail.alliant-energy.com>",
   """Spring is a great time to take control of your energy use.

Install an ENERGY STAR certified smart thermostat and get up to $100 back
from Alliant Energy. Most customers save 8-10% on heating and cooling.

Shop eligible models: https://www.alliantenergy.com/thermostat

Offer ends May 31, 2026. Limit one rebate per account.

""" + PROMO_FOOT)

_o("P2", "promo", CC, "Plug in at home: $500 toward a Level 2 EV charger", "2026-04-02 08:30:45",
   "<20260402133045.evcharger.3b9d2f7e01@mail.alliant-energy.com>",
   """Driving electric? Charging at home just got cheaper.

Alliant Energy customers can get a $500 rebate on a qualified Level 2
charger installed by a participating electrician, plus a lower off-peak
rate for overnight charging.

See if you qualify: https://www.alliantenergy.com/evcharging

""" + PROMO_FOOT)

_o("P3", "promo", CC, "Energy Matters | April 2026: storm season, rebates and more", "2026-04-14 07:15:00",
   "<20260414121500.newsletter-apr.5e61a0c3f4@mail.alliant-energy.com>",
   """ENERGY MATTERS - April 2026

In this issue
* Getting ready for storm season: build a 72-hour kit
* New rebates on heat pump water heaters
* Meet the line crew that rebuilt 40 miles of line near Dubuque
* Recipe corner: slow-cooker chili (uses less energy than the oven!)

Read the full newsletter: https://www.alliantenergy.com/energymatters

""" + PROMO_FOOT)

_o("P4", "promo", CC, "Book your free Home Energy Assessment", "2026-05-06 09:40:00",
   "<20260506144000.homeassess.91c7e2d05a@mail.alliant-energy.com>",
   """Where is your home losing energy?

A certified energy advisor will walk through your home, check insulation,
windows and your furnace, and install free LED bulbs and a low-flow
showerhead. No cost to Alliant Energy customers.

Book a visit: https://www.alliantenergy.com/assessment

""" + PROMO_FOOT)

_o("P5", "promo", CC, "We\u2019ll haul away your old fridge \u2014 and pay you $50", "2026-06-03 10:05:30",
   "<20260603150530.fridgerecycle.0d4b8e2a77@mail.alliant-energy.com>",
   """That old fridge in the garage could be costing you $150 a year.

Schedule a free pickup and we'll recycle it responsibly and send you a
$50 check. Freezers and window air conditioners qualify too.

Schedule a pickup: https://www.alliantenergy.com/recycle

""" + PROMO_FOOT)

_o("P6", "promo", CC, "Power your home with Iowa wind: try Second Nature", "2026-07-08 11:20:00",
   "<20260708162000.secondnature.6a2f9c1e38@mail.alliant-energy.com>",
   """Choose renewable energy for as little as $3 a month.

With Second Nature, you can match some or all of your electricity use
with wind and solar energy from the Midwest. No equipment, no contracts,
cancel any time.

Sign up: https://www.alliantenergy.com/secondnature

""" + PROMO_FOOT)

_o("P7", "promo", CC, "Beat the heat: $25 off an AC tune-up", "2026-06-17 08:00:00",
   "<20260617130000.actuneup.c83d15b4e0@mail.alliant-energy.com>",
   """Is your air conditioner ready for July?

A tune-up from a participating contractor keeps your system running
efficiently. Alliant Energy customers get $25 off through August 31.

Find a contractor: https://www.alliantenergy.com/tuneup

""" + PROMO_FOOT)

_o("P8", "promo", CC, "Winterize your home: free weatherization kit", "2025-10-22 09:00:00",
   "<20251022140000.weatherkit.2b7e40d9c6@mail.alliant-energy.com>",
   """Keep the cold out this winter.

Request a free weatherization kit with door sweeps, outlet gaskets and
window film. Kits ship free to Alliant Energy customers while supplies
last.

Request your kit: https://www.alliantenergy.com/weatherkit

""" + PROMO_FOOT)

# --------------------------------------------------------------- catalog ---
_o("C1", "catalog", PH, "Spring Home Sale: 20% off LED lighting [PH-2603-7K2QX]", "2026-03-12 10:05:00",
   "<20260312150500.springsale.8f3a2c91d0@mail.alliant-energy.com>",
   """PowerHouse Catalog | Spring Home Sale

20% off all LED lighting, this week only. Use code BRIGHT20 at checkout.

- Dimmable LED A19 bulbs, 8-pack ........ $19.96
- Motion-sensor porch light ............. $34.95
- Under-cabinet LED strip kit ........... $27.50

Shop now: https://www.powerhousecatalog.com/spring

""" + CAT_FOOT)

_o("C2", "catalog", PH, "New for summer: smart plugs, window film & more [PH-2606-M4R8T]", "2026-06-10 09:30:00",
   "<20260610143000.summernew.4d9e1b7c25@mail.alliant-energy.com>",
   """New in the PowerHouse Summer Catalog

- Wi-Fi smart plug, 4-pack ............... $29.99
- Heat-control window film, 3 ft x 15 ft . $24.95
- Solar-powered attic fan ................ $189.00

Browse the summer catalog: https://www.powerhousecatalog.com/summer

""" + CAT_FOOT)

_o("C3", "catalog", PH, "Free shipping this weekend only", "2026-08-21 07:45:00",
   "<20260821124500.freeship.e17a3c5b92@mail.alliant-energy.com>",
   """FREE SHIPPING on every order, Friday through Sunday.

No minimum. Stock up on LED bulbs, weatherstripping, smart power strips
and more.

Shop: https://www.powerhousecatalog.com

""" + CAT_FOOT)

_o("C4", "catalog", PH, "Your Fall catalog is on its way [PH-2609-Q2W7D]", "2026-09-15 10:10:00",
   "<20260915151000.fallcatalog.7b0c2e9d41@mail.alliant-energy.com>",
   """The PowerHouse Fall Catalog ships this week.

Look for it in your mailbox: 48 pages of draft stoppers, programmable
space heaters, LED holiday lights and gift ideas. Can't wait? Browse it
online now.

View the catalog: https://www.powerhousecatalog.com/fall

""" + CAT_FOOT)

_o("C5", "catalog", PH, "Holiday gifts that save energy [PH-2511-H8N3V]", "2025-11-18 09:00:00",
   "<20251118150000.holidaygifts.3c8a5f1d06@mail.alliant-energy.com>",
   """Gifts that pay for themselves.

- LED string lights, 100 ct .............. $14.99
- Smart power strip ...................... $32.50
- Heated throw with auto shut-off ........ $59.00

Order by December 15 for delivery before the holidays.
https://www.powerhousecatalog.com/holiday

""" + CAT_FOOT)

# --------------------------------------------------------------- service ---
_o("S1", "service", ALERTS, "Outage alert: we're working to restore your power", "2026-07-02 18:42:00",
   "<outage.20260702.4be1c0d9a7f3@notify.alliantenergy.com>",
   """Alliant Energy outage alert

An outage has been reported in your area and crews have been assigned.
Estimated restoration: 9:30 PM, July 2.
Cause: under investigation
Customers affected: 1,214

Check outage status: https://www.alliantenergy.com/outages
Stay away from downed lines and call 1-800-555-0147 to report them.

""" + SERVICE_FOOT, reply_to=CC)

_o("S2", "service", ALERTS, "Power restored at your address", "2026-07-02 22:14:00",
   "<restore.20260702.91d3a6b0c2e5@notify.alliantenergy.com>",
   """Good news: power has been restored at your address.

If you are still without power, please report it at
https://www.alliantenergy.com/outages or call 1-800-555-0147.

Thank you for your patience.

""" + SERVICE_FOOT, reply_to=CC)

_o("S3", "service", NOREPLY, "Your Alliant Energy bill is ready", "2026-03-09 06:00:00",
   "<bill.20260309.7f20c4e9b1a8@notify.alliantenergy.com>",
   """Your bill is ready to view.

Amount due: $143.87
Due date: March 30, 2026

View and pay your bill: https://www.alliantenergy.com/mybill

""" + SERVICE_FOOT, reply_to=CC)

_o("S4", "service", NOREPLY, "Payment reminder: your bill is due April 24", "2026-04-20 06:00:00",
   "<remind.20260420.2c9e7a1f40d3@notify.alliantenergy.com>",
   """This is a friendly reminder that your Alliant Energy bill is due soon.

Amount due: $118.42
Due date: April 24, 2026

Already paid? Thank you, please disregard this message.
Pay now: https://www.alliantenergy.com/pay

""" + SERVICE_FOOT, reply_to=CC)

_o("S5", "service", NOREPLY, "Planned maintenance in your area on May 19", "2026-05-12 13:00:00",
   "<maint.20260512.b4e81d0c7a26@notify.alliantenergy.com>",
   """To keep your service reliable, crews will upgrade equipment in your area.

Date: Tuesday, May 19, 2026
Time: 9:00 AM to 1:00 PM
Your power will be off during this time.

We're sorry for the inconvenience.

""" + SERVICE_FOOT, reply_to=CC)

_o("S6", "service", NOREPLY, "Action needed: your automatic payment did not go through", "2026-08-06 07:30:00",
   "<autopay.20260806.0e5b9c3d71f8@notify.alliantenergy.com>",
   """We were unable to process your automatic payment of $162.09.

Please update your bank information or make a payment by August 20, 2026
to avoid a late fee.

Update AutoPay: https://www.alliantenergy.com/autopay

""" + SERVICE_FOOT, reply_to=CC)

_o("S7", "service", ALERTS, "Storm prep: severe weather expected this weekend", "2026-06-12 15:00:00",
   "<storm.20260612.6d1f8b2e90c4@notify.alliantenergy.com>",
   """Severe thunderstorms with high winds are forecast for Saturday and Sunday.

- Charge phones and keep a flashlight handy
- Stay at least 35 feet from downed power lines
- Report outages at alliantenergy.com/outages or 1-800-555-0147

""" + SERVICE_FOOT, reply_to=CC)

_o("S8", "service", NOREPLY, "You're enrolled in paperless billing", "2026-02-17 12:00:00",
   "<paperless.20260217.a3c60e8f15b2@notify.alliantenergy.com>",
   """You're all set. Starting with your next statement, we'll e-mail you
when your bill is ready instead of mailing a paper bill.

Changed your mind? Update your preferences at alliantenergy.com/paperless.

""" + SERVICE_FOOT, reply_to=CC)


# ------------------------------------------------------- acknowledgements ---
ACK_TEMPLATE = """Hello,

Thank you for contacting Alliant Energy. This message confirms that we
received your request on {when}. Your reference number is {ref}.

If you asked us to stop sending you marketing (offers, new products,
services or programs) by e-mail or postal mail, or asked that the
PowerHouse Catalog not share your name and postal address with other
catalog companies, we will complete your request within 10 business
days. Service messages such as bills, outage alerts and payment
reminders will continue.

If your message needs a personal answer, a member of our Customer Care
team will reply.

Please keep reference number {ref} for your records.

Alliant Energy Customer Care
This is an automated message. """


def ack(key, ref, date, tag):
    """Register an acknowledgement; `tag` is the 8-hex tail of the Message-ID."""
    import datetime as _dt
    d = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S")
    from mailkit import LMONS
    when = "%s %d, %d" % (LMONS[d.month - 1], d.day, d.year)
    _o(key, "ack", ("Alliant Energy Customer Care", CC[1]), "We received your request [%s]" % ref, date,
       "<ack.%s.%s@alliant-energy.com>" % (ref, tag), ACK_TEMPLATE.format(when=when, ref=ref).rstrip())
    return key
