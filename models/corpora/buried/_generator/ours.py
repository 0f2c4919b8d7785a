"""Alliant Energy's own outgoing mail, as it turns up quoted, forwarded, bounced or auto-answered in this set."""
import datetime as dt
from lib import UTC

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
NOREPLY = ("Alliant Energy", "noreply@alliantenergy.com")
ALERTS = ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com")
ACKFROM = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def u(y, m, d, hh, mm):  # given as UTC
    return dt.datetime(y, m, d, hh, mm, tzinfo=UTC)


CAMPAIGNS = {
    "solar": dict(
        frm=CC, sent=u(2024, 9, 17, 14, 0), subject="Is community solar right for you?", token=None,
        lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""Is community solar right for you?

You don't need panels on your roof to go solar. With Community Solar from Alliant Energy you subscribe to a share of a local solar garden and get a monthly credit on your electric bill for the energy your share produces.

- No installation or maintenance
- Subscriptions start at one panel
- Credits show up on your regular bill

Find out more: https://www.alliant-energy.com/communitysolar

""" + HQ + """
You are receiving this e-mail because you are an Alliant Energy customer.
Opt out of marketing emails: https://www.alliant-energy.com/preferences"""),
    "thermostat": dict(
        frm=CC, sent=u(2024, 10, 15, 14, 2), subject="Fall savings: $50 back on a smart thermostat [AE-NL-2410-%s]",
        token="AE-NL-2410", lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""Fall savings: $50 back on a smart thermostat

Cooler days are here. Install a qualifying ENERGY STAR certified smart thermostat by December 31, 2024 and get a $50 rebate from Alliant Energy.

Shop eligible models and apply online: https://www.alliant-energy.com/rebates

""" + HQ + """
To opt out of future promotional e-mails, unsubscribe at https://www.alliant-energy.com/unsubscribe or reply with the word unsubscribe."""),
    "holiday": dict(
        frm=PH, sent=u(2024, 11, 12, 13, 30), subject="Holiday Preview: gifts for everyone on your list [PH-2411-%s]",
        token="PH-2411", lu="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>",
        text="""HOLIDAY PREVIEW from the PowerHouse Catalog

Heated throws, LED village sets, smart plugs and stocking stuffers for everyone on your list. Order by December 16 for delivery before the holidays.

Shop the Holiday Preview: https://www.alliant-energy.com/powerhouse

The PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails: https://www.alliant-energy.com/powerhouse/unsubscribe
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"""),
    "december": dict(
        frm=CC, sent=u(2024, 12, 3, 16, 0), subject="Your December Home Comfort Tips from PowerHouse", token=None,
        lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""Your December Home Comfort Tips

1. Seal drafts around doors and windows.
2. Reverse your ceiling fans so they push warm air down.
3. Keep vents clear of furniture and holiday decorations.
4. Switch to LED holiday lights: they use up to 75% less energy.

Stay safe: never use an oven or a grill to heat your home.

""" + HQ + """
You can manage your preferences or unsubscribe at https://www.alliant-energy.com/preferences"""),
    "assessment": dict(
        frm=CC, sent=u(2025, 1, 14, 15, 15), subject="Free Home Energy Assessment", token=None,
        lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
        text="""Book your free Home Energy Assessment

An energy advisor will visit your home, look for air leaks and insulation gaps, and install free LED bulbs and low-flow showerheads. Winter appointments fill quickly.

Schedule today at https://www.alliant-energy.com/assessment or call 1-800-555-0147.

""" + HQ + """
Unsubscribe / opt out: https://www.alliant-energy.com/preferences"""),
    "clearance": dict(
        frm=PH, sent=u(2025, 1, 21, 13, 30), subject="Winter Clearance: up to 40% off heated throws & more [PH-2501-%s]",
        token="PH-2501",
        lu="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe&body=Please%20remove%20me%20from%20PowerHouse%20e-mail%20(PH-2501)>",
        text="""WINTER CLEARANCE at the PowerHouse Catalog

Up to 40% off heated throws, boot dryers, LED lanterns and more, while supplies last.

Shop the sale: https://www.alliant-energy.com/powerhouse/clearance

The PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails: https://www.alliant-energy.com/powerhouse/unsubscribe
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"""),
}

BILL = dict(frm=NOREPLY, subject="Your Alliant Energy bill is ready",
            text="""Your bill is ready.

Account ending in {last4}
Amount due: {amount}
Due date: {due}

View and pay your bill: https://www.alliant-energy.com/myaccount

This is a service message about your account. You receive it even if you have opted out of marketing.
Please do not reply to this e-mail; this mailbox is not monitored.""")

OUTAGE = dict(frm=ALERTS, reply_to="customercare@alliant-energy.com", sent=u(2025, 1, 6, 18, 0),
              subject="Planned outage: Thursday, January 9, 8 a.m. to noon",
              text="""Planned outage notice

To replace a utility pole and equipment in your neighborhood, crews will turn off power on Thursday, January 9, from about 8 a.m. to noon.

Please unplug sensitive electronics before the work begins. If you use medical equipment that needs electricity, call us at 1-800-555-0147.

This is a service message about your electric service. You receive it even if you have opted out of marketing.""")

ACK_TEXT = """Hello,

Thank you for writing to Alliant Energy. We received your message and recorded it under reference {ref}.

If you asked us to stop promotional mail or e-mail, or asked the PowerHouse Catalog not to share your name with other catalog companies, we will update our records within 10 business days. If your message needs an answer from our staff, someone will contact you.

Please keep the reference number above if you write again.

Alliant Energy Customer Care"""


def campaign_msgid(key, token):
    c = CAMPAIGNS[key]
    t = c["sent"].strftime("%Y%m%d%H%M%S")
    return "<%s.%s.%s@mail.alliant-energy.com>" % (t, key, token or "all")


def ack_msgid(ref):
    return "<ack.%s@alliant-energy.com>" % ref
