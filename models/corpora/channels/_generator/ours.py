"""Alliant Energy's own outgoing mail that people reply to, forward or auto-answer."""
from datetime import datetime, timedelta, timezone

CST = timezone(timedelta(hours=-6), "CST")
CDT = timezone(timedelta(hours=-5), "CDT")
DST_START = datetime(2027, 3, 14, 8, 0, tzinfo=timezone.utc)  # 2:00 CST


def central(y, mo, d, h, mi, s=0):
    """A wall-clock time in Madison / Cedar Rapids."""
    naive = datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=CST)
    if guess >= DST_START:
        return naive.replace(tzinfo=CDT)
    return guess


def to_central(dt):
    utc = dt.astimezone(timezone.utc)
    return utc.astimezone(CDT if utc >= DST_START else CST)


CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
ALERTS = "alerts@notify.alliantenergy.com"
REPORTS = "reports@notify.alliantenergy.com"
FOOT_PROMO = (
    "You are receiving this e-mail because you are an Alliant Energy customer.\n"
    "To stop promotional e-mail, reply \"unsubscribe\" or update your preferences at\n"
    "https://www.alliantenergy.com/preferences\n"
    "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"
)
FOOT_CAT = (
    "You are receiving this message because you shopped with or requested the PowerHouse Catalog.\n"
    "Unsubscribe: reply to this e-mail with \"unsubscribe\". Privacy policy: https://www.alliantenergy.com/privacy\n"
    "PowerHouse Catalog | Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"
)
FOOT_SERVICE = (
    "This is a service message about your Alliant Energy account. It is sent to every customer\n"
    "enrolled in alerts and is not a promotional message.\n"
    "Manage alerts: https://www.alliantenergy.com/alerts"
)

OURS = {
    "promo_thermostat": dict(
        kind="promotion", from_name="Alliant Energy", from_addr=CC,
        subject="Save $75 on a smart thermostat this winter",
        when=central(2027, 1, 19, 10, 0, 4),
        text=("Stay comfortable and save.\n\n"
              "For a limited time, get a $75 instant rebate on qualifying smart thermostats\n"
              "at the Alliant Energy Marketplace. Installation help is available too.\n\n"
              "Shop now: https://www.alliantenergy.com/marketplace\n\n"
              "Offer ends February 28, 2027. Limit one rebate per account.\n\n" + FOOT_PROMO)),
    "promo_heatpump": dict(
        kind="promotion", from_name="Alliant Energy", from_addr=CC,
        subject="Rebates up to $1,500 on heat pumps - apply by March 31",
        when=central(2027, 2, 9, 10, 0, 11),
        text=("Thinking about a new heating system?\n\n"
              "Air-source and ground-source heat pumps qualify for rebates of up to $1,500\n"
              "when installed by a participating contractor before March 31, 2027.\n\n"
              "Find a contractor: https://www.alliantenergy.com/heatpumps\n\n" + FOOT_PROMO)),
    "promo_appliance": dict(
        kind="promotion", from_name="Alliant Energy", from_addr=CC,
        subject="Get $50 for your old refrigerator - free pickup",
        when=central(2027, 3, 2, 10, 0, 2),
        text=("Spring cleaning? We'll haul away your old, working refrigerator or freezer\n"
              "for free and send you a $50 check.\n\n"
              "Schedule a pickup: https://www.alliantenergy.com/recycle\n\n" + FOOT_PROMO)),
    "newsletter": dict(
        kind="newsletter", from_name="Alliant Energy Connections", from_addr=CC,
        subject="Energy Connections | February 2027",
        when=central(2027, 2, 3, 7, 0, 0),
        text=("ENERGY CONNECTIONS - February 2027\n\n"
              "* Five ways to keep winter bills in check\n"
              "* Meet the line crews who worked the January ice storm\n"
              "* Community grants now open for 2027\n"
              "* Recipe: slow-cooker chili that barely uses any energy\n\n"
              "Read online: https://www.alliantenergy.com/connections\n\n" + FOOT_PROMO)),
    "catalog_spring": dict(
        kind="catalog", from_name="PowerHouse Catalog", from_addr=PH,
        subject="Spring Preview: 20% off LED lighting and smart plugs",
        when=central(2027, 2, 16, 9, 0, 0),
        text=("SPRING PREVIEW\n\n"
              "Take 20% off LED bulbs, fixtures and smart plugs through March 7.\n"
              "Use code SPRING20 at checkout or call 1-800-555-0199 to order.\n\n"
              "Browse the catalog online: https://powerhouse.alliantenergy.com\n\n" + FOOT_CAT)),
    "catalog_ship": dict(
        kind="catalog", from_name="PowerHouse Catalog", from_addr=PH,
        subject="Free shipping ends Sunday - Winter Clearance inside",
        when=central(2027, 1, 26, 9, 0, 0),
        text=("WINTER CLEARANCE\n\n"
              "Heated mattress pads, draft stoppers and programmable timers up to 40% off.\n"
              "Free shipping on orders over $49 ends Sunday, January 31.\n\n"
              "Shop now: https://powerhouse.alliantenergy.com/clearance\n\n" + FOOT_CAT)),
    "outage_alert": dict(
        kind="service", from_name="Alliant Energy Alerts", from_addr=ALERTS, reply_to=CC,
        subject="Outage alert for your service address",
        when=central(2027, 1, 28, 17, 42, 10),
        text=("We're aware of a power outage affecting your service address.\n\n"
              "Cause: ice on lines\n"
              "Crews assigned: yes\n"
              "Estimated restoration: 11:30 PM\n\n"
              "View the outage map: https://www.alliantenergy.com/outages\n\n" + FOOT_SERVICE)),
    "bill_ready": dict(
        kind="service", from_name="Alliant Energy", from_addr=ALERTS, reply_to=CC,
        subject="Your Alliant Energy bill is ready",
        when=central(2027, 2, 4, 6, 10, 0),
        text=("Your monthly bill is ready to view.\n\n"
              "Amount due: $142.18\n"
              "Due date: February 22, 2027\n\n"
              "View and pay: https://www.alliantenergy.com/mybill\n\n" + FOOT_SERVICE)),
    "payment_reminder": dict(
        kind="service", from_name="Alliant Energy", from_addr=ALERTS, reply_to=CC,
        subject="Reminder: your payment is due in 3 days",
        when=central(2027, 2, 19, 6, 30, 0),
        text=("This is a friendly reminder that your payment of $118.40 is due on\n"
              "February 22, 2027. If you have already paid, thank you and please\n"
              "disregard this message.\n\n"
              "Pay now: https://www.alliantenergy.com/pay\n\n" + FOOT_SERVICE)),
    "energy_report": dict(
        kind="service", from_name="Alliant Energy Home Energy Report", from_addr=REPORTS, reply_to=CC,
        subject="Your January Home Energy Report",
        when=central(2027, 1, 22, 8, 0, 0),
        text=("YOUR JANUARY HOME ENERGY REPORT\n\n"
              "You used 18% more electricity than similar homes near you.\n"
              "  Efficient neighbors: 612 kWh\n"
              "  All neighbors:       781 kWh\n"
              "  You:                 903 kWh\n\n"
              "Tip: lower your water heater to 120 degrees F.\n\n"
              "Reports are part of your residential service. Learn more:\n"
              "https://www.alliantenergy.com/homeenergyreport")),
}


def ack(key, subject, when, recorded, catalog=False):
    OURS[key] = dict(
        kind="ack", from_name="PowerHouse Catalog Customer Service" if catalog else "Alliant Energy Customer Care",
        from_addr=PH if catalog else CC,
        subject="Re: " + subject, when=when, auto=True,
        text=("Thank you for writing to Alliant Energy.\n\n"
              "We have recorded your request: %s\n"
              "Mailings that are already printed or scheduled may still arrive for up to\n"
              "10 business days.\n\n"
              "If anything else is needed, just reply to this message.\n\n"
              "%s\n"
              "4902 N. Biltmore Lane, Madison, WI 53718" % (recorded, "PowerHouse Catalog Customer Service" if catalog else "Alliant Energy Customer Care")))


ack("ack_remove", "Please remove me from the postcard list", central(2027, 2, 1, 9, 14, 2),
    "no promotional postal mail to this customer.")
ack("ack_thanks1", "stop the emails", central(2027, 1, 25, 13, 2, 40),
    "no promotional e-mail to this address.")
ack("ack_thanks2", "Catalog", central(2027, 2, 24, 10, 31, 7),
    "no PowerHouse Catalog mailings to this customer.", catalog=True)
ack("ack_gracias", "No mas correos", central(2027, 3, 4, 15, 55, 20),
    "no promotional e-mail to this address.")
ack("ack_postal", "junk mail", central(2027, 2, 10, 11, 20, 5),
    "no promotional postal mail to this customer.")
