"""Our own outgoing mail (promotions, newsletters, catalog e-mail, service mail, acknowledgements).

People reply to, forward or auto-answer these; the generators quote them the way each mail program does.
"""
import datetime

CDT = datetime.timezone(datetime.timedelta(hours=-5), "CDT")
CC = ("Alliant Energy", "customercare@alliant-energy.com")
CAT = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy", "alerts@notify.alliantenergy.com")
LIST_UNSUB = "<mailto:customercare@alliant-energy.com?subject=unsubscribe>"

FOOT_CC = ("Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
           "To stop receiving promotional e-mail from us, reply \"unsubscribe\" or update your preferences "
           "at alliantenergy.com/preferences.")

CAMPAIGNS = {
    "thermo": dict(
        sender=CC, tag="promo", slug="thermostat", date=(10, 13, 10, 0),
        subject="Save $75 on a smart thermostat \u2014 this month only",
        text=("Hi {first},\n\n"
              "Winter is coming, and so are higher heating bills. This month, Alliant Energy customers can get "
              "$75 back on a qualifying ENERGY STAR certified smart thermostat.\n\n"
              "A smart thermostat learns your schedule and can trim heating and cooling costs by up to 8% a year.\n\n"
              "Shop eligible models and apply for your rebate: alliantenergy.com/thermostat\n\n"
              "Offer ends October 31, 2026. Limit one rebate per account.\n\n" + FOOT_CC)),
    "news": dict(
        sender=CC, tag="news", slug="october", date=(10, 16, 9, 0),
        subject="Powering What's Next: your October newsletter",
        text=("POWERING WHAT'S NEXT | October 2026\n\n"
              "In this issue\n"
              "- Get ready for winter: 5 no-cost ways to cut heating costs\n"
              "- Meet the line crews who keep the lights on in Marshalltown\n"
              "- Community solar enrollment opens October 27\n"
              "- Call 811 before you dig, even in fall\n\n"
              "Read the full newsletter: alliantenergy.com/newsletter\n\n"
              "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
              "You received this newsletter because you subscribed at alliantenergy.com. "
              "Unsubscribe: reply \"unsubscribe\" or visit alliantenergy.com/preferences.")),
    "furnace": dict(
        sender=CC, tag="promo", slug="tuneup", date=(10, 20, 10, 30),
        subject="Fall tune-up rebate: get your furnace ready for winter",
        text=("Hi {first},\n\n"
              "A quick furnace tune-up now can prevent a no-heat call on the first cold night. Through "
              "November 30, Alliant Energy will rebate $50 of a professional furnace or boiler tune-up by a "
              "participating contractor.\n\n"
              "Find a contractor and claim your rebate at alliantenergy.com/tuneup.\n\n"
              "Stay warm,\nYour Alliant Energy team\n\n" + FOOT_CC)),
    "solar": dict(
        sender=CC, tag="promo", slug="communitysolar", date=(10, 27, 9, 15),
        subject="Community solar enrollment is open",
        text=("Hi {first},\n\n"
              "Want solar power without panels on your roof? Enrollment in Alliant Energy Community Solar is "
              "open now. Subscribe to a share of a local solar garden and receive a credit on your monthly bill.\n\n"
              "Shares are limited. Learn more and sign up: alliantenergy.com/communitysolar\n\n" + FOOT_CC)),
    "catalog1": dict(
        sender=CAT, tag="catalog", slug="holiday", date=(10, 14, 11, 0),
        subject="The PowerHouse Holiday Catalog is here",
        text=("The PowerHouse Holiday Catalog is here!\n\n"
              "Your copy is on its way to your mailbox, or browse it online now at powerhousecatalog.com.\n\n"
              "This season's favorites:\n"
              "* Heated throw blankets, from $49.99\n"
              "* Smart plugs, 4-pack, $34.99\n"
              "* Weatherproof LED string lights, from $19.99\n"
              "* Space heaters with tip-over shutoff, from $64.99\n\n"
              "Free shipping on orders over $75 through November 15.\n\n"
              "PowerHouse Catalog, an Alliant Energy company. 4902 N. Biltmore Lane, Madison, WI 53718.\n"
              "We occasionally make our customer list available to carefully screened companies whose products "
              "may interest you. To stop receiving catalog e-mail or to ask us not to share your name, reply to "
              "this message.")),
    "catalog2": dict(
        sender=CAT, tag="catalog", slug="newarrivals", date=(10, 23, 10, 0),
        subject="New arrivals: LED string lights & smart plugs",
        text=("New this week at PowerHouse\n\n"
              "Light up the season for less: our new weatherproof LED string lights use up to 80% less energy "
              "than incandescent strands. Pair them with a smart plug and set them on a schedule from your "
              "phone.\n\n"
              "Shop new arrivals: powerhousecatalog.com/new\n\n"
              "PowerHouse Catalog, an Alliant Energy company. 4902 N. Biltmore Lane, Madison, WI 53718.\n"
              "To stop receiving catalog e-mail, reply to this message.")),
    "bill": dict(
        sender=ALERTS, tag="bill", slug="ready", date=None,
        subject="Your Alliant Energy bill is ready",
        text=("Your bill is ready to view.\n\n"
              "Account ending in {last4}\n"
              "Amount due: ${amount}\n"
              "Due date: {due}\n\n"
              "View and pay your bill at alliantenergy.com/myaccount.\n\n"
              "This is a service message about your Alliant Energy account. Questions? Call 1-800-255-4268.")),
    "payrem": dict(
        sender=ALERTS, tag="remind", slug="due", date=None,
        subject="Payment reminder: your bill is due {due}",
        text=("This is a friendly reminder that your Alliant Energy bill is due soon.\n\n"
              "Account ending in {last4}\n"
              "Amount due: ${amount}\n"
              "Due date: {due}\n\n"
              "If you have already paid, thank you, and please disregard this reminder.\n"
              "Pay online at alliantenergy.com/myaccount or call 1-800-255-4268.\n\n"
              "This is a service message about your Alliant Energy account.")),
    "outage": dict(
        sender=ALERTS, tag="outage", slug="update", date=None,
        subject="Outage update: crews are working in your area",
        text=("We're aware of a power outage affecting your area.\n\n"
              "Status: Crews assigned\n"
              "Estimated restoration: {eta}\n"
              "Cause: Under investigation\n\n"
              "We'll send another update when power is restored. To report an outage or view the outage map, "
              "visit alliantenergy.com/outages.\n\n"
              "This is a service message from Alliant Energy.")),
    "ack": dict(
        sender=CC, tag="ack", slug="", date=None,
        subject="Re: {orig}",
        text=("Thank you for contacting Alliant Energy.\n\n"
              "We have received your request to stop {what} and recorded it on {when}. Please allow up to 10 "
              "business days for the change to take effect; mailings already in process may still arrive "
              "during that time.\n\n"
              "Alliant Energy Customer Care\n"
              "4902 N. Biltmore Lane, Madison, WI 53718")),
}

SERVICE = {"bill", "payrem", "outage"}


def instance(key, to_addr, rng, first="", when=None, fields=None, sender=None):
    """One copy of our mail as it reached one recipient."""
    c = CAMPAIGNS[key]
    fields = dict(fields or {})
    fields.setdefault("first", first or "there")
    if c["date"]:
        mo, d, h, mi = c["date"]
        dt = datetime.datetime(2026, mo, d, h, mi, rng.randrange(0, 60), tzinfo=CDT)
    else:
        mo, d, h, mi = when
        dt = datetime.datetime(2026, mo, d, h, mi, rng.randrange(0, 60), tzinfo=CDT)
    hexid = "%010x" % rng.getrandbits(40)
    ymd = dt.strftime("%Y%m%d")
    if key in SERVICE:
        msgid = "<%s.%s.%s@notify.alliantenergy.com>" % (c["tag"], ymd, hexid)
    elif key == "ack":
        msgid = "<ack.%s.%s@alliant-energy.com>" % (ymd, hexid)
    else:
        msgid = "<%s.%s.%s.%s@alliant-energy.com>" % (c["tag"], ymd, c["slug"], hexid)
    snd = sender or c["sender"]
    return dict(
        key=key,
        from_name=snd[0], from_addr=snd[1], to=to_addr,
        subject=c["subject"].format(**fields), date=dt, msgid=msgid,
        text=c["text"].format(**fields),
        reply_to="customercare@alliant-energy.com" if key in SERVICE else None,
        list_unsub=LIST_UNSUB if snd == CC and key in ("thermo", "news", "furnace", "solar") else None,
    )
