"""Our own outgoing mail that senders reply to, quote or forward.

Invented campaigns for the `letters` set.  `text` is the plain-text part as
the recipient's mail program would quote it.
"""

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")

PROMO_FOOTER = """\
You are receiving this e-mail because you are an Alliant Energy customer.
To stop receiving promotional e-mail or postal mail about new products,
services, programs and special offers, reply to this message or write to
customercare@alliant-energy.com. Service messages about your account (bills,
outages, safety) will still be sent.

Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"""

CATALOG_FOOTER = """\
You are receiving this e-mail because you requested the PowerHouse Catalog or
ordered from us. To stop catalog e-mail, reply with "unsubscribe".
The PowerHouse Catalog occasionally shares customer names and postal
addresses with other catalog companies whose products may interest you. If
you would prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com. We never share e-mail addresses.

PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718"""

SERVICE_FOOTER = """\
This is a service message about your Alliant Energy account. It is sent even
if you have asked not to receive marketing. Please do not reply to this
automated message; for help, contact customercare@alliant-energy.com or call
1-800-255-4268."""

OURS = {
    "promo_thermostat": dict(
        sender=CC, date=("2026-03-10 09:15:02", "central"),
        subject="Save $75 on a smart thermostat this spring",
        msgid="<20260310091502.springstat.8f3a2c91d0@mail.alliant-energy.com>",
        text="""\
Spring is the perfect time to take control of your comfort.

For a limited time, Alliant Energy customers can get a $75 instant rebate
on qualifying smart thermostats from Ecobee, Google Nest and Honeywell Home.
A smart thermostat learns your schedule and can trim heating and cooling
costs by up to 10% a year.

Claim your rebate: https://www.alliantenergy.com/thermostat

Offer ends May 31, 2026. Limit one rebate per account.

""" + PROMO_FOOTER),
    "promo_ev": dict(
        sender=CC, date=("2026-05-12 10:02:44", "central"),
        subject="Charge at home for less: EV charger rebates are back",
        msgid="<20260512100244.evcharge.4b7e19d2aa@mail.alliant-energy.com>",
        text="""\
Thinking about an electric vehicle? Charging at home is easier than you think.

- Up to $500 back on a qualified Level 2 home charger
- Off-peak charging rates that can save you hundreds a year
- A list of trusted local electricians

See if you qualify: https://www.alliantenergy.com/evcharging

""" + PROMO_FOOTER),
    "promo_recycle": dict(
        sender=CC, date=("2025-09-16 08:30:11", "central"),
        subject="We'll haul away your old fridge - and pay you $50",
        msgid="<20250916083011.fridgeaway.c03d8e61f2@mail.alliant-energy.com>",
        text="""\
That old refrigerator in the garage could be costing you up to $150 a year.

Schedule a free pickup and we'll send you a $50 check. We recycle up to 95%
of every appliance we collect.

Schedule your pickup: https://www.alliantenergy.com/recycle

""" + PROMO_FOOTER),
    "promo_audit": dict(
        sender=CC, date=("2025-10-07 11:45:30", "central"),
        subject="Free home energy assessment - book yours this fall",
        msgid="<20251007114530.fallaudit.9e2b7c40d1@mail.alliant-energy.com>",
        text="""\
Before the cold sets in, let one of our energy advisors walk through your
home. The assessment is free for Iowa residential customers and takes about
an hour.

You'll get free LED bulbs, a low-flow showerhead and a written report with
rebates you qualify for.

Book a visit: https://www.alliantenergy.com/assessment

""" + PROMO_FOOTER),
    "promo_solar": dict(
        sender=CC, date=("2026-04-21 09:00:05", "central"),
        subject="Is solar right for your roof? Find out in 2 minutes",
        msgid="<20260421090005.solarcheck.1a6f0e3b57@mail.alliant-energy.com>",
        text="""\
Our free online tool uses satellite images of your roof to estimate how much
a solar array could save you, and which incentives you qualify for.

Check your roof: https://www.alliantenergy.com/solar

Prefer to share? Our Community Solar program lets you buy into a local solar
garden instead.

""" + PROMO_FOOTER),
    "promo_newsletter": dict(
        sender=CC, date=("2026-02-03 07:30:00", "central"),
        subject="Powerful Savings - your February newsletter",
        msgid="<20260203073000.newsfeb.6d21f9a8c4@mail.alliant-energy.com>",
        text="""\
POWERFUL SAVINGS - FEBRUARY 2026

* Winter bills running high? Budget Billing spreads costs evenly over the year.
* Seal the drafts: $25 back on weatherstripping kits through March.
* Meet our line crews: 48 hours on the road after the January ice storm.
* Recipe corner: slow-cooker chili for a cold night.

Read more: https://www.alliantenergy.com/newsletter

""" + PROMO_FOOTER),
    "cat_winter": dict(
        sender=PH, date=("2026-01-14 06:45:12", "central"),
        subject="Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]",
        msgid="<20260114064512.wintersale.2c8d5f1e77@mail.alliant-energy.com>",
        text="""\
WINTER WARMTH SALE - THIS WEEK ONLY

Plaid Heated Throw, 50x60 .......... $39.99 (reg. $56.99)
Heated Mattress Pad, Queen ......... $64.99 (reg. $89.99)
Draft Stopper, set of 2 ............ $14.99
Ceramic Space Heater w/ Tip-Over Shutoff .. $49.99

Shop now: https://www.powerhousecatalog.com/winter
Or call 1-800-555-0142 to order by phone.

""" + CATALOG_FOOTER),
    "cat_garden": dict(
        sender=PH, date=("2026-04-02 06:50:40", "central"),
        subject="PowerHouse Catalog: Garden & Patio preview [PH-2604-9G2LW]",
        msgid="<20260402065040.gardenprev.71b0a4c9e3@mail.alliant-energy.com>",
        text="""\
SPRING IS HERE - GARDEN & PATIO PREVIEW

Solar Path Lights, 8-pack ............ $29.99
LED Porch Light w/ Motion Sensor ..... $44.99
Rain Barrel, 55 gal .................. $79.99
Bird Feeder Camera ................... $99.99

Shop the preview: https://www.powerhousecatalog.com/garden

""" + CATALOG_FOOTER),
    "cat_holiday": dict(
        sender=PH, date=("2025-11-18 06:40:09", "central"),
        subject="Your PowerHouse Holiday Gift Guide is here [PH-2511-2C7VN]",
        msgid="<20251118064009.holiday25.e54a0b2f9c@mail.alliant-energy.com>",
        text="""\
GIFTS THAT KEEP ON SAVING

Hand-Crank Weather Radio ............. $34.99
LED Lantern, 2-pack .................. $24.99
Smart Plug, 4-pack ................... $29.99
Heated Ice Scraper ................... $19.99

Free shipping on orders over $50 through December 15.
Shop the guide: https://www.powerhousecatalog.com/gifts

""" + CATALOG_FOOTER),
    "svc_restore": dict(
        sender=("Alliant Energy", "alerts@alliantenergy.com"), date=("2026-06-23 02:14:51", "central"),
        subject="Power has been restored at your address",
        msgid="<outage.20260623.4be1c0d9a7f3@notify.alliantenergy.com>",
        reply_to="customercare@alliant-energy.com",
        text="""\
Good news: power has been restored at your service address.

Outage start: June 21, 2026, 7:02 PM
Restored:     June 23, 2026, 2:09 AM
Cause:        Storm damage

If your power is still out, please report it at
https://www.alliantenergy.com/outages or call 1-800-255-4268.

""" + SERVICE_FOOTER),
    "svc_bill": dict(
        sender=("Alliant Energy", "noreply@alliantenergy.com"), date=("2026-03-05 05:10:33", "central"),
        subject="Your Alliant Energy bill is ready",
        msgid="<bill.20260305.a7c2e90d41b6@notify.alliantenergy.com>",
        reply_to="customercare@alliant-energy.com",
        text="""\
Your new bill is ready to view.

Amount due:  $187.42
Due date:    March 24, 2026

View and pay your bill: https://www.alliantenergy.com/mybill

""" + SERVICE_FOOTER),
}


def ack(ref, date, salt):
    return dict(
        sender=("Alliant Energy Customer Care", "customercare@alliant-energy.com"), date=date,
        subject="We received your request [%s]" % ref,
        msgid="<ack.%s.%s@alliant-energy.com>" % (ref, salt),
        text="""\
Thank you for contacting Alliant Energy.

We have received your message. If you asked us to stop sending you
marketing by postal mail or e-mail, or asked that the PowerHouse Catalog not
share your name and address with other companies, we will update your
record within 10 business days. Service messages about your account will
still be sent.

If your message needs a personal answer, a member of our Customer Care team
will reply.

Your reference number is %s. Please keep it for your records.

Alliant Energy Customer Care""" % ref)


OURS["ack_a"] = ack("CC-2026-03-04417", ("2026-03-04 10:22:18", "central"), "5d0e2b1a")
OURS["ack_b"] = ack("CC-2026-01-00892", ("2026-01-20 14:05:51", "central"), "a91c33f0")
OURS["ack_c"] = ack("CC-2026-04-02276", ("2026-04-07 09:41:07", "central"), "7f20b6d8")
OURS["ack_d"] = ack("CC-2025-11-05530", ("2025-11-12 16:30:44", "central"), "c4e8a012")
OURS["ack_f"] = ack("CC-2026-03-04452", ("2026-03-04 10:22:18", "central"), "e3a7410c")
OURS["ack_e"] = ack("CC-2026-02-01964", ("2026-02-18 11:12:09", "central"), "2b7d9e55")
