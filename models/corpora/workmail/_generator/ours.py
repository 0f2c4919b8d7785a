"""Our own outgoing mail (Alliant Energy / PowerHouse Catalog), as it appears quoted, forwarded or answered.

Links are written [[label|url]] and rendered per mail program (and per link-rewriting gateway) in clients.py.
"""
from mailkit import D

FOOT_AE = ("Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_PH = ("PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718")

OURS = {
    "assess": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com",
        sent=D("2026-01-13 09:00:00"), subject="Free Home Energy Assessment",
        body="""Is your home working as hard as it could?

Book a free Home Energy Assessment. One of our energy advisors will walk through your home, check insulation and air leaks, and leave you with a custom list of upgrades and the rebates that go with them.

[[Schedule your free assessment|https://www.alliantenergy.com/assessment]]

Appointments fill up fast in winter. Offer available to Alliant Energy residential customers in Iowa and Wisconsin.

You are receiving this e-mail because you are an Alliant Energy customer. [[Opt out of marketing emails|https://www.alliantenergy.com/preferences]] or reply with the word unsubscribe.
""" + FOOT_AE),

    "winter": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com",
        sent=D("2026-01-20 06:30:00"), subject="Winter Clearance: up to 40% off LED fixtures",
        body="""PowerHouse Catalog | WINTER CLEARANCE

Up to 40% off LED fixtures, shop lights and under-cabinet kits while supplies last.

[[Shop the clearance|https://www.alliantenergy.com/powerhouse/winter-clearance]]

Free shipping on orders of $49 or more with code WINTER49 through January 31.

You are receiving this e-mail because you ordered from the PowerHouse Catalog. The PowerHouse Catalog occasionally shares customer names and postal addresses with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com. To unsubscribe from PowerHouse e-mail, reply with the word unsubscribe or visit [[your preferences|https://www.alliantenergy.com/powerhouse/preferences]].
""" + FOOT_PH),

    "smallbiz": dict(
        name="Alliant Energy Business", addr="customercare@alliant-energy.com",
        sent=D("2026-01-22 07:00:00"), subject="Small Business Energy Savings: rebates on LED retrofits",
        body="""Lower your operating costs this year

Small business customers can get rebates of up to $2,500 on LED lighting retrofits, plus a free walk-through from a trade ally in your area.

[[See if your business qualifies|https://www.alliantenergy.com/business/small-business-savings]]

Questions? Call the Business Resource Center at 1-800-555-0199.

You are receiving this e-mail as the contact for an Alliant Energy business account. To opt out of marketing e-mail, reply unsubscribe or [[manage your preferences|https://www.alliantenergy.com/preferences]].
""" + FOOT_AE),

    "tou": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com",
        sent=D("2026-02-05 07:15:00"), subject="Shift your use and save: join the Time-of-Use pilot",
        body="""Run the dishwasher at 9 pm, save all year.

We are looking for 2,000 Iowa and Wisconsin households to try time-of-use pricing for 12 months. Pilot members get a $25 bill credit and a bill-protection guarantee: if you pay more than you would have on your standard rate, we credit the difference.

[[Join the pilot|https://www.alliantenergy.com/tou-pilot]]

You are receiving this e-mail because you are an Alliant Energy customer. [[Unsubscribe|https://www.alliantenergy.com/preferences]] or reply unsubscribe to opt out of marketing e-mail.
""" + FOOT_AE),

    "phbiz": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com",
        sent=D("2026-02-10 06:45:00"), subject="PowerHouse for Business: smart power strips for every desk",
        body="""PowerHouse for Business

Smart power strips cut phantom load from monitors, printers and chargers after hours. Order 10 or more and save 25%.

[[Outfit your office|https://www.alliantenergy.com/powerhouse/business]]

Tax-exempt organizations: send your certificate to powerhousecatalog@alliant-energy.com before ordering.

You are receiving this e-mail because your organization ordered from the PowerHouse Catalog. The PowerHouse Catalog occasionally shares customer names and postal addresses with other catalog companies; write to powerhousecatalog@alliant-energy.com if you prefer we not share yours. [[Unsubscribe|https://www.alliantenergy.com/powerhouse/preferences]]
""" + FOOT_PH),

    "spring": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com",
        sent=D("2026-02-17 06:30:00"), subject="PowerHouse Spring Preview: new arrivals + free shipping",
        body="""Spring is (almost) here.

Be the first to see the new PowerHouse Spring catalog: solar path lights, smart sprinkler controllers and our best-selling LED bulb packs, now with free shipping through March 8.

[[Preview the spring catalog|https://www.alliantenergy.com/powerhouse/spring]]

You are receiving this e-mail because you ordered from the PowerHouse Catalog. The PowerHouse Catalog occasionally shares customer names and postal addresses with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com. To unsubscribe from PowerHouse e-mail, reply with the word unsubscribe or visit [[your preferences|https://www.alliantenergy.com/powerhouse/preferences]].
""" + FOOT_PH),

    "bill_0126": dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com",
        sent=D("2026-01-24 05:12:00"), subject="Your Alliant Energy bill is ready",
        body="""Your bill is ready

Account ending in 2207
Amount due: $184.36
Due date: February 13, 2026

[[View and pay your bill|https://www.alliantenergy.com/myaccount]]

This is a service message about your account. You receive it even if you have opted out of marketing e-mail. Please do not reply to this e-mail; this mailbox is not monitored."""),

    "bill_0212": dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com",
        sent=D("2026-02-12 05:04:00"), subject="Your Alliant Energy bill is ready",
        body="""Your bill is ready

Account ending in 6618
Amount due: $241.09
Due date: March 4, 2026

[[View and pay your bill|https://www.alliantenergy.com/myaccount]]

This is a service message about your account. You receive it even if you have opted out of marketing e-mail. Please do not reply to this e-mail; this mailbox is not monitored."""),

    "outage": dict(
        name="Alliant Energy Alerts", addr="alerts@alliantenergy.com",
        sent=D("2026-02-03 05:52:00"), subject="Outage in your area",
        body="""We're aware of a power outage affecting your service address.

Reported: Feb 3, 2026 5:41 AM
Estimated restoration: Feb 3, 2026 10:30 AM
Cause: Ice on lines

[[View the outage map|https://www.alliantenergy.com/outages]]

You are receiving this alert because you signed up for outage notifications. To change how you get alerts, visit [[Manage alerts|https://www.alliantenergy.com/myaccount/alerts]]."""),
}


def ack_body(req, when):
    return ("""Thank you for contacting Alliant Energy.

We received your message of %s and logged it as request %s.

If you asked us to stop marketing contact by postal mail or e-mail, or asked the PowerHouse Catalog not to share your name with other catalog companies, we will update our records within 10 business days. Bills, outage alerts and other service messages are not affected.

If your message needs an answer, a member of our Customer Care team will reply within 3 business days.

Alliant Energy Customer Care
This mailbox handles privacy and marketing-preference requests.""" % (when, req))


def add_ack(key, req, sent, when):
    OURS[key] = dict(name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com",
                     sent=sent, subject="We received your request [%s]" % req,
                     body=ack_body(req, when), msgid="<ack.%s@alliant-energy.com>" % req)


add_ack("ack_whitmore", "CC-2026-01-00412", D("2026-01-20 08:13:40"), "January 20, 2026")
add_ack("ack_marsh", "CC-2026-01-00467", D("2026-01-28 16:46:05"), "January 28, 2026")
add_ack("ack_brenneman", "CC-2026-02-00029", D("2026-02-05 13:01:12"), "February 5, 2026")
add_ack("ack_hartwig", "CC-2026-01-00415", D("2026-01-20 11:06:20"), "January 20, 2026")
