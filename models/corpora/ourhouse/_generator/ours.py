"""What Alliant Energy sent in the period (used for quoting and for the README table)."""
from lib import dt

PH_FOOT = """You are receiving this e-mail because you are a PowerHouse Catalog
customer. PowerHouse occasionally makes the names and postal addresses
of catalog customers available to carefully screened catalog companies.
If you would prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mail, reply with the word unsubscribe.
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"""

OURS = {
    "ph": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", t=dt(14, 10, 0),
        subject="Fall Favorites & Halloween glow: 20% off LED lighting [PH-2710-HW]",
        msgid="<PH-2710-HW.7f3a91c2e4@mail.alliant-energy.com>",
        text="""PowerHouse Catalog | Fall Favorites

Halloween glow, done right.
Save 20% on LED porch lights, pathway lights and smart plugs through
October 31 with code GLOW20.

Shop Fall Favorites: https://www.powerhousecatalog.com/fall?src=PH-2710-HW

--
""" + PH_FOOT,
        list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2710-HW>",
        kind="promotion (catalog e-mail)"),
    "furn": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", t=dt(19, 9, 30),
        subject="Get ready for winter: $75 back on a furnace tune-up",
        msgid="<AE-PR-2710-FURN.c81d2e0b@mail.alliant-energy.com>",
        text="""Get ready for winter

Schedule a furnace tune-up with a participating contractor before
December 15 and get $75 back. Add a free weatherization check and we'll
show you where your home loses heat.

Book now: https://www.alliantenergy.com/furnace?c=AE-PR-2710-FURN

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
You're receiving this because you're an Alliant Energy customer.
Opt out of marketing emails: reply with the word unsubscribe or write to
customercare@alliant-energy.com.""",
        list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe&body=AE-PR-2710-FURN>",
        kind="promotion"),
    "wind": dict(
        name="Alliant Energy Alerts", addr="noreply-alerts@alliantenergy.com", t=dt(21, 19, 48),
        subject="Outage alert: windstorm damage in your area",
        msgid="<OUT-20271021-WIND.5521a9@alerts.alliantenergy.com>",
        text="""Outage alert

High winds are causing power outages in your area. Crews are
assessing damage. Estimated restoration: Friday, October 22, 6:00 PM.

Check or report an outage at https://www.alliantenergy.com/outages
or call 1-800-555-0134. Stay at least 35 feet away from downed lines.

This is a service message about your account. You receive it even if
you have opted out of marketing.""",
        reply_to="customercare@alliant-energy.com",
        kind="service alert (Reply-To: customercare@)"),
    "bill": dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com", t=dt(22, 6, 15),
        subject="Your Alliant Energy bill is ready",
        msgid="<bill.20271022.0811739@billing.alliantenergy.com>",
        text="""Your Alliant Energy bill is ready

Amount due: see your account
Due date: November 12, 2027

View and pay: https://www.alliantenergy.com/pay

This is a service message about your account. We send it even if you
have opted out of marketing.""",
        reply_to="customercare@alliant-energy.com",
        kind="service (monthly, various days; Reply-To: customercare@)"),
    "news": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", t=dt(26, 10, 0),
        subject="Home Comfort Tips: ready for November [AE-NL-2710]",
        msgid="<AE-NL-2710.0c44e7f1@mail.alliant-energy.com>",
        text="""Home Comfort Tips | Late Fall 2027

- Swap your furnace filter before Thanksgiving
- Weatherstrip the door between the garage and the house
- Set your thermostat back 7-10 degrees while you sleep

Read more: https://www.alliantenergy.com/tips?c=AE-NL-2710

Manage your preferences or unsubscribe: reply with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""",
        list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2710>",
        kind="newsletter"),
}


def ack(num, t):
    return dict(
        name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com", t=t,
        subject="We received your request [%s]" % num,
        msgid="<ack.%s@alliant-energy.com>" % num,
        text="""Thank you for contacting Alliant Energy.

We received your message and logged it as %s.

If you asked us to stop marketing contact, or asked the PowerHouse
Catalog not to share your name with other companies, we will update
your preferences within 10 business days. Mail that is already printed
may still arrive for a few weeks. Questions are answered by a member of
our team within 3 business days.

Alliant Energy Customer Care""" % num,
        kind="bot acknowledgement (Auto-Submitted: auto-replied)")
