"""Our own outgoing mail that people answer, quote and forward.

Bodies are str.format templates; per-recipient values (account tail, amount,
dates, reference numbers) are filled from each message spec's `vars`.
"""
from mailkit import wrap_para

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

PROMO_FOOTER = """--
You are receiving this email because you are an Alliant Energy customer. To stop receiving promotional email from us, reply "unsubscribe" or write to customercare@alliant-energy.com. Service messages about your account will continue to be sent.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

CATALOG_FOOTER = """--
You received this email because you are a PowerHouse Catalog customer. To stop receiving catalog emails, reply "unsubscribe". From time to time we share customer names and postal addresses with other carefully selected catalog companies. We never share email addresses. If you prefer that we not share your name and address, write to powerhousecatalog@alliant-energy.com.
PowerHouse Catalog, an Alliant Energy company. powerhousecatalog.com"""

SERVICE_FOOTER = """This is a service message about your Alliant Energy account. Service messages are sent even if you have opted out of marketing email. Please do not reply to this email; for help, contact customercare@alliant-energy.com or call 1-800-555-0123."""

SOURCES = {
    "P1": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Spring into savings: $75 off a smart thermostat",
               date="2026-03-14 09:15:02",
               msgid="<20260314091502.springsale.8f3a2c91d0@mail.alliant-energy.com>",
               body="""Hello,

Warmer days are coming, and so is air-conditioning season. Through April 30, Alliant Energy customers can take $75 off a qualifying ENERGY STAR certified smart thermostat.

  * Choose from Google Nest, ecobee and Honeywell Home models
  * The rebate comes off instantly at checkout in our online store
  * Add professional installation for $49

A smart thermostat learns your schedule and can trim heating and cooling costs by up to 10% a year.

Shop thermostats: https://www.alliantenergy.com/thermostat

Questions? Call us at 1-800-555-0123, Monday-Friday, 7 a.m.-6 p.m.

""" + PROMO_FOOTER),

    "P2": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Up to $500 back on a home EV charger",
               date="2026-04-08 14:00:10",
               msgid="<20260408140010.evcharger.2b7d11e04a@mail.alliant-energy.com>",
               body="""Thinking about an electric vehicle? Make charging at home easy.

Alliant Energy customers who install a qualifying Level 2 charger can get up to $500 back. Charge overnight at off-peak rates and wake up to a full battery.

How it works:
  1. Buy a qualifying ENERGY STAR Level 2 charger
  2. Have it installed by a licensed electrician
  3. Apply online within 90 days of installation

Learn more: https://www.alliantenergy.com/evcharging

""" + PROMO_FOOTER),

    "P3": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Your home could be losing energy. Book a free assessment",
               date="2026-05-12 08:30:00",
               msgid="<20260512083000.homeaudit.c41e9a72f0@mail.alliant-energy.com>",
               body="""Drafty windows? Rooms that never feel comfortable?

A free Home Energy Assessment from Alliant Energy can show you where your home is losing energy and what to fix first. One of our energy advisors will:

  * Check insulation and air leaks
  * Look at your furnace, air conditioner and water heater
  * Install free LED bulbs and a low-flow showerhead

Most assessments take about 90 minutes. Appointments are filling up for June.

Book yours: https://www.alliantenergy.com/homeassessment

""" + PROMO_FOOTER),

    "P4": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Get $50 for your old fridge (we'll haul it away)",
               date="2026-06-03 10:05:00",
               msgid="<20260603100500.fridgerecycle.77ab30d6e1@mail.alliant-energy.com>",
               body="""That old refrigerator in the garage could be costing you up to $150 a year.

Schedule a free pickup and we'll send you a $50 check. We recycle up to 95% of every appliance we collect.

  * Working refrigerators and freezers, 10-30 cubic feet
  * Room air conditioners and dehumidifiers picked up at the same time: $25 each
  * Limit two appliances per household per year

Schedule a pickup: https://www.alliantenergy.com/recycle

""" + PROMO_FOOTER),

    "P5": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Power your home with 100% renewable energy",
               date="2026-07-15 09:12:00",
               msgid="<20260715091200.greenplan.5e09fd1c38@mail.alliant-energy.com>",
               body="""Want your electricity to come from wind and solar?

With our WindShare Plus option, you can match 100% of your home's electricity use with renewable energy from Iowa and Wisconsin wind farms and solar sites. For a typical home it adds about $5 a month to your bill.

No equipment, no contracts, and you can change your mind any time.

Sign up in two minutes: https://www.alliantenergy.com/windshare

""" + PROMO_FOOTER),

    "P6": dict(kind="promo", name="Alliant Energy", frm=CC, reply_to=None,
               subject="Energy Matters | Community solar now enrolling [AE-2609-QF3N8]",
               date="2026-09-10 07:30:00",
               msgid="<20260910073000.newsletter.a0c6e4b917@mail.alliant-energy.com>",
               body="""ENERGY MATTERS - September 2026

COMMUNITY SOLAR NOW ENROLLING
Can't put panels on your roof? Subscribe to a share of a local solar garden instead and see the credit on your bill. Shares are limited.
https://www.alliantenergy.com/communitysolar

FALL FURNACE CHECK
Schedule a tune-up before the first cold snap and get a $25 rebate.

IN YOUR COMMUNITY
Our crews planted 1,200 trees this summer with local Iowa and Wisconsin schools.

""" + PROMO_FOOTER),

    "C1": dict(kind="catalog", name="PowerHouse Catalog", frm=PH, reply_to=None,
               subject="Spring Savings Event: 20% off LED lighting & weatherstripping [PH-2603-7K2QX]",
               date="2026-03-18 08:15:00",
               msgid="<20260318081500.phspring.9d4f2e7b13@mail.alliant-energy.com>",
               body="""SPRING SAVINGS EVENT
20% off LED lighting and weatherstripping through March 31

  * Dimmable LED bulbs, 6-packs from $11.96
  * Door sweeps and foam weatherstrip kits from $7.99
  * Smart plugs with energy monitoring, 2 for $24.99

Use code SPRING20 at checkout or call 1-800-555-0177 to order.
Shop now: https://www.powerhousecatalog.com/spring

""" + CATALOG_FOOTER),

    "C2": dict(kind="catalog", name="PowerHouse Catalog", frm=PH, reply_to=None,
               subject="The Fall PowerHouse Catalog is here [PH-2609-M4R8T]",
               date="2026-09-22 09:00:00",
               msgid="<20260922090000.phfall.6be30c8a52@mail.alliant-energy.com>",
               body="""Your Fall 2026 PowerHouse Catalog is on its way to your mailbox, and you can browse it online today.

New this season:
  * Heated mattress pads with auto shut-off
  * Programmable space-heater timers
  * Insulated window film kits
  * Free shipping on orders over $49

Browse the catalog: https://www.powerhousecatalog.com/fall

""" + CATALOG_FOOTER),

    "S1": dict(kind="service", name="Alliant Energy", frm="noreply@alliantenergy.com", reply_to=CC,
               subject="Your Alliant Energy bill is ready",
               date="2026-04-05 06:02:00",
               msgid="<bill.20260405.3e8a17c2d0f4@notify.alliantenergy.com>",
               defaults=dict(acct4="4471", amount="142.36", due="April 24, 2026"),
               body="""Your bill is ready.

Account ending in: {acct4}
Amount due: ${amount}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/myaccount

Enrolled in Auto Pay? Your payment will be drafted on the due date. No action needed.

""" + SERVICE_FOOTER),

    "S2": dict(kind="service", name="Alliant Energy", frm="noreply@alliantenergy.com", reply_to=CC,
               subject="Reminder: your payment is due April 21",
               date="2026-04-17 07:00:00",
               msgid="<payrem.20260417.9c2d4a61b7e0@notify.alliantenergy.com>",
               defaults=dict(acct4="2093", amount="96.18"),
               body="""This is a friendly reminder that a payment of ${amount} for your account ending in {acct4} is due April 21, 2026.

If you have already paid, thank you, and please disregard this message.

Pay now: https://www.alliantenergy.com/pay

""" + SERVICE_FOOTER),

    "S3": dict(kind="service", name="Alliant Energy", frm="noreply@alliantenergy.com", reply_to=CC,
               subject="Action needed: your automatic payment didn't go through",
               date="2026-05-03 10:41:00",
               msgid="<autopay.20260503.51f7e2c9a4d8@notify.alliantenergy.com>",
               defaults=dict(acct4="7310", amount="118.52"),
               body="""We tried to draft your automatic payment of ${amount} for the account ending in {acct4}, but your bank returned it.

To avoid a late payment charge, please make a payment by May 10, 2026 and check the bank information on file.

Update Auto Pay: https://www.alliantenergy.com/autopay

""" + SERVICE_FOOTER),

    "S4": dict(kind="service", name="Alliant Energy Alerts", frm="alerts@alliantenergy.com", reply_to=CC,
               subject="Outage alert: we're aware of a power outage at your address",
               date="2026-07-02 03:18:00",
               msgid="<outage.20260702.4be1c0d9a7f3@notify.alliantenergy.com>",
               defaults=dict(addr="your address", eta="7:30 AM"),
               body="""We're aware of a power outage affecting {addr}.

Cause: Storm damage
Estimated restoration: {eta}

Crews are on the way. You don't need to report this outage.
Stay clear of downed lines and report them to 1-800-555-0123.

Outage map: https://www.alliantenergy.com/outagemap

""" + SERVICE_FOOTER),

    "S5": dict(kind="service", name="Alliant Energy Alerts", frm="alerts@alliantenergy.com", reply_to=CC,
               subject="Your power has been restored",
               date="2026-07-02 08:47:00",
               msgid="<restore.20260702.8a1d6c3e0b52@notify.alliantenergy.com>",
               defaults=dict(addr="your address"),
               body="""Good news: power has been restored at {addr}.

If you're still without power, please reset your main breaker and report the outage at https://www.alliantenergy.com/outage or call 1-800-555-0123.

Thank you for your patience.

""" + SERVICE_FOOTER),

    "S6": dict(kind="service", name="Alliant Energy", frm="noreply@alliantenergy.com", reply_to=CC,
               subject="Planned maintenance on May 12: natural gas service",
               date="2026-05-05 12:00:00",
               msgid="<maint.20260505.27c9f4b80e1a@notify.alliantenergy.com>",
               body="""Our crews will be replacing natural gas lines in your neighborhood on Tuesday, May 12, between 8 a.m. and 4 p.m.

Your gas service may be off for up to 4 hours. A technician will knock before turning service off and will relight pilot lights when work is finished. If no one is home, we will leave a door tag.

Questions about the project: https://www.alliantenergy.com/projects

""" + SERVICE_FOOTER),

    "S7": dict(kind="service", name="Alliant Energy", frm="noreply@alliantenergy.com", reply_to=CC,
               subject="You're enrolled in paperless billing",
               date="2026-02-11 16:25:00",
               msgid="<paperless.20260211.d3b50a7e9c16@notify.alliantenergy.com>",
               defaults=dict(acct4="5528"),
               body="""You're all set. Paperless billing is now on for the account ending in {acct4}.

Starting with your next statement, we'll email you when your bill is ready instead of mailing a paper copy.

Changed your mind? Manage your preferences at https://www.alliantenergy.com/paperless

""" + SERVICE_FOOTER),

    "S8": dict(kind="service", name="Alliant Energy Alerts", frm="alerts@alliantenergy.com", reply_to=CC,
               subject="Severe storms expected tonight: be prepared",
               date="2026-06-15 15:30:00",
               msgid="<storm.20260615.f08e2d5a1c93@notify.alliantenergy.com>",
               body="""The National Weather Service is forecasting severe thunderstorms with high winds for much of our service area tonight.

Be ready:
  * Charge phones and keep flashlights handy
  * Stay at least 35 feet away from downed power lines
  * Report outages at https://www.alliantenergy.com/outage or text OUT to 25686

Our crews are staged and ready to respond.

""" + SERVICE_FOOTER),

    "ACK": dict(kind="ack", name="Alliant Energy Customer Care", frm=CC, reply_to=None,
                subject="We received your request [{ref}]",
                date=None,
                msgid="<ack.{ref}.{tag}@alliant-energy.com>",
                defaults=dict(ref="CC-2026-03-04417", tag="5d0e2b1a", rdate="March 4, 2026"),
                body="""Hello,

Thank you for contacting Alliant Energy. We received your message on {rdate} and gave it reference number {ref}.

If you asked us to stop sending marketing or promotional contact, by email or postal mail, your preferences will be updated within 10 business days. If you asked the PowerHouse Catalog not to share your name and postal address with other catalog companies, that will also be recorded within 10 business days. Mail that was already being prepared may still arrive during that time.

Service messages about your account, such as bills, payment reminders and outage notices, are not marketing and will continue.

If you write to us about this request, please keep {ref} in the subject line.

Alliant Energy Customer Care
customercare@alliant-energy.com

This is an automated acknowledgement."""),
}


def render(key, vars=None):
    """Return dict with concrete subject, msgid, body (wrapped), from etc. for a source."""
    s = dict(SOURCES[key])
    v = dict(s.get("defaults", {}))
    v.update(vars or {})
    s["subject"] = s["subject"].format(**v)
    s["msgid"] = s["msgid"].format(**v)
    s["body"] = wrap_para(s["body"].format(**v), 72)
    s["vars"] = v
    s["key"] = key
    return s
