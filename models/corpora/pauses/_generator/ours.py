"""What Alliant Energy / PowerHouse itself sent in March-April 2027 (quoted, answered, bounced or auto-answered
inside the set).  Plain-text versions; the promos also went out as HTML, but the replies quote the text."""
from lib import t, msgid_hash

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

OURS = {
    "P1": dict(
        name="Alliant Energy", addr=CC, date=t(2027, 3, 2, 8, 0, 13, "-0600"),
        subject="Spring savings: up to $500 back on a heat pump water heater",
        token="AE-PR-2703", list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""Is your water heater more than 10 years old?

Spring is a good time to replace it before it quits. Through May 31, 2027,
Alliant Energy customers can get up to $500 back on a qualifying ENERGY STAR(R)
heat pump water heater installed by a participating contractor.

  * Uses up to 70% less energy than a standard electric tank
  * Free installation check with your contractor
  * Pair it with our Smart Thermostat offer for extra savings

Find a contractor and check eligibility: https://www.alliantenergy.com/hpwh

You are receiving this message because you are an Alliant Energy customer.
Opt out of marketing emails: reply with the word unsubscribe or write to
customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),
    "C1": dict(
        name="PowerHouse Catalog", addr=PH, date=t(2027, 3, 9, 9, 30, 2, "-0600"),
        subject="The PowerHouse Spring Catalog is here: garden, grill & smart plugs",
        token="PH-2703", list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>",
        text="""Spring has sprung at PowerHouse!

Our Spring 2027 catalog is on its way to your mailbox. Browse it online now:
  - Solar path lights, 8-pack ............ $39.99
  - Smart plug 4-pack (works with Alexa) .. $24.99
  - Cordless electric leaf blower ......... $129.00
  - Grill thermometer with app ............ $34.95

Free shipping on orders over $75 through March 31. Use code SPRING27.

Shop: https://www.powerhousecatalog.com/spring

PowerHouse Catalog occasionally makes its customer list available to other
carefully selected catalog companies. If you prefer that we not share your
name and address, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with unsubscribe.
PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane,
Madison, WI 53718"""),
    "S1": dict(
        name="Alliant Energy", addr=CC, date=t(2027, 4, 1, 10, 15, 40, "-0500"),
        subject="Heading back to your seasonal home? Schedule your gas turn-on",
        token=None, list_unsub=None,
        text="""Our records show a seasonal or second-home account in your name.

If you plan to open a cabin or lake home this spring, please schedule your
natural gas turn-on at least 10 business days ahead. A technician must be
present to relight pilot lights, and someone 18 or older must be at the
property.

Schedule online: https://www.alliantenergy.com/seasonal
Or call 1-800-255-4268, Monday-Friday, 7 a.m. to 6 p.m.

Summer tip: a smart thermostat lets you cool the cabin before you arrive.
See this month's thermostat rebates at alliantenergy.com/rebates.

This is a service message about your account."""),
    "N1": dict(
        name="PowerHouse by Alliant Energy", addr=CC, date=t(2027, 4, 6, 7, 45, 9, "-0500"),
        subject="Your April Home Comfort Tips from PowerHouse",
        token="AE-NL-2704", list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""APRIL HOME COMFORT TIPS

1. Spring cleaning for your AC: change the filter and clear leaves away
   from the outdoor unit before the first hot day.
2. Ceiling fans: switch them to counter-clockwise for summer.
3. Storm season is coming. Sign up for outage alerts by text.
4. Planting trees? Call 811 before you dig.

From the PowerHouse Catalog: rain barrels and smart sprinkler timers are
back in stock.

You received this newsletter because you subscribed to PowerHouse Home
Comfort Tips. Manage your preferences or unsubscribe:
https://www.alliantenergy.com/preferences
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),
    "P2": dict(
        name="Alliant Energy", addr=CC, date=t(2027, 4, 13, 8, 0, 55, "-0500"),
        subject="Earth Day: get $50 for your old fridge or freezer",
        token="AE-PR-2704", list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""That old fridge in the garage could be costing you $150 a year.

For Earth Day, we'll pick up your working second refrigerator or freezer for
free and send you $50. We recycle up to 95% of every appliance.

Schedule your pickup: https://www.alliantenergy.com/recycle
Offer good while funds last; limit two appliances per household.

Unsubscribe / opt out of marketing emails: reply with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),
    "C2": dict(
        name="PowerHouse Catalog", addr=PH, date=t(2027, 4, 20, 9, 30, 31, "-0500"),
        subject="Mother's Day picks from PowerHouse (order by May 4)",
        token="PH-2704", list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>",
        text="""Gifts for Mom that plug in, light up or save energy.

  - Heated throw with auto shut-off ........ $59.00
  - Digital photo frame, 10" .............. $79.99
  - Herb garden with grow light ........... $49.95

Order by May 4 for Mother's Day delivery.
https://www.powerhousecatalog.com/mom

PowerHouse Catalog occasionally makes its customer list available to other
carefully selected catalog companies. If you prefer that we not share your
name and address, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with unsubscribe."""),
    "BILL": dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com", date=None,
        subject="Your Alliant Energy bill is ready",
        token=None, list_unsub=None,
        text="""Your bill is ready to view.

Account ending in {last4}
Amount due: {amount}
Due date: {due}

View and pay: https://www.alliantenergy.com/myaccount

This is a service message. You will receive it even if you have opted out
of marketing messages. Please do not reply to this e-mail."""),
    "ACK": dict(
        name="Alliant Energy Customer Care", addr=CC, date=None,
        subject="We received your request [{ref}]",
        token=None, list_unsub=None,
        text="""Hello,

Thank you for contacting Alliant Energy. We received your message and a
member of our Customer Care team will take care of it.

If you asked us to stop marketing contact, or not to share your name with
other catalog companies, please allow up to 10 business days for the change.
Mailings already printed may still reach you during that time.

Reference: {ref}
Please keep the reference in the subject line if you reply.

Alliant Energy Customer Care"""),
}


def our_msgid(key, recipient, ref=None):
    if key == "ACK":
        return "<ack.%s@alliant-energy.com>" % ref
    if key == "BILL":
        return "<bill.%s@notify.alliantenergy.com>" % msgid_hash("BILL", recipient)[:20]
    o = OURS[key]
    d = o["date"]
    return "<%04d%02d%02d%02d%02d%02d.%s.%s@send.alliant-energy.com>" % (
        d.year, d.month, d.day, d.hour + 6 if d.utcoffset().total_seconds() == -21600 else d.hour + 5,
        d.minute, d.second, msgid_hash(key, recipient)[:12], o["token"] or "SVC")
