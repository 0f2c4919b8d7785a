"""Our own outgoing mail in 2026 (campaigns, service mail, bot acknowledgements).

These texts only ever appear inside the corpus as quoted, forwarded or bounced material.
"""
import datetime as dt
import hashlib

from mailer import to_utc

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

FOOT_AE = ("You are receiving this email because you are an Alliant Energy customer.\n"
           "To opt out of marketing emails, unsubscribe here or reply with the word unsubscribe.\n"
           "Privacy policy: alliantenergy.com/privacy\n"
           "Alliant Energy | Madison, WI 53718")
FOOT_PH = ("The PowerHouse Catalog occasionally shares its customer list with other catalog\n"
           "companies. If you prefer that we not share your name, write to\n"
           "powerhousecatalog@alliant-energy.com. (We never share email addresses.)\n"
           "To unsubscribe from PowerHouse emails, click here.\n"
           "PowerHouse Catalog, an Alliant Energy company | Madison, WI 53718")

CAMPAIGNS = {
    "AE-2601-HEA": dict(
        box="customercare", when=(2026, 1, 13, 9, 15), name="Alliant Energy",
        subject="Start 2026 with a free Home Energy Assessment",
        text="Start 2026 with a free Home Energy Assessment\n\n"
             "Drafty windows? A furnace that never seems to stop? One of our energy advisors\n"
             "will walk through your home, install free LED bulbs and showerheads, and give\n"
             "you a list of upgrades ranked by payback.\n\n"
             "Book your free visit: alliantenergy.com/assessment\n\n" + FOOT_AE),
    "PH-2602-VAL": dict(
        box="powerhousecatalog", when=(2026, 2, 3, 10, 4), name="PowerHouse Catalog",
        subject="Sweetheart Savings: Valentine's picks from PowerHouse",
        text="Sweetheart Savings\n\n"
             "Heated throws, cozy robes and our bestselling salt lamp, all 20% off through\n"
             "February 14 with code SWEET26.\n\n"
             "Shop the Valentine's picks: powerhousecatalog.com/valentine\n\n" + FOOT_PH),
    "AE-2603-HP": dict(
        box="customercare", when=(2026, 3, 10, 9, 0), name="Alliant Energy",
        subject="Heat pump rebates up to $1,200 this spring [AE-2603-HP]",
        text="Heat pump rebates up to $1,200 this spring\n\n"
             "Replacing an old furnace or air conditioner? A qualifying air-source heat pump\n"
             "can earn you up to $1,200 back, and your contractor can submit the paperwork.\n\n"
             "See the qualifying models: alliantenergy.com/heatpump\n\n" + FOOT_AE),
    "AE-NL-2604": dict(
        box="customercare", when=(2026, 4, 7, 9, 30), name="Alliant Energy",
        subject="Your April Home Comfort Tips from PowerHouse",
        text="Your April Home Comfort Tips\n\n"
             "- Storm season is here: sign up for outage text alerts\n"
             "- Spring is the time to change your furnace filter\n"
             "- Earth Day: trees that shade your home can cut cooling costs\n\n"
             "Manage your preferences or unsubscribe: alliantenergy.com/preferences\n\n" + FOOT_AE),
    "PH-2604-MD": dict(
        box="powerhousecatalog", when=(2026, 4, 28, 10, 0), name="PowerHouse Catalog",
        subject="Mother's Day gifts ship free through May 6",
        text="Mother's Day gifts ship free through May 6\n\n"
             "Garden lights, the heated neck wrap she keeps borrowing, and 40 other ideas.\n\n"
             "Shop now: powerhousecatalog.com/mom\n\n" + FOOT_PH),
    "PH-2605-MD2": dict(
        box="powerhousecatalog", when=(2026, 5, 5, 10, 0), name="PowerHouse Catalog",
        subject="Last call: Mother's Day gifts ship free through tomorrow",
        text="Last call for free shipping\n\n"
             "Order by May 6 and your Mother's Day gift ships free.\n\n"
             "Shop now: powerhousecatalog.com/mom\n\n" + FOOT_PH),
    "AE-2606-PTS": dict(
        box="customercare", when=(2026, 6, 2, 9, 0), name="Alliant Energy",
        subject="Beat the peak: earn rewards this summer",
        text="Beat the peak: earn rewards this summer\n\n"
             "Join Peak Time Savings and earn a bill credit every time you use less energy\n"
             "during a summer peak event. No equipment needed, and you can opt out of any event.\n\n"
             "Enroll in two minutes: alliantenergy.com/peaktime\n\n" + FOOT_AE),
    "AE-2608-EV": dict(
        box="customercare", when=(2026, 8, 11, 9, 0), name="Alliant Energy",
        subject="$500 back on a Level 2 EV charger [AE-2608-EV]",
        text="$500 back on a Level 2 EV charger\n\n"
             "Charging at home is the cheapest way to fuel an electric vehicle. Install a\n"
             "qualifying Level 2 charger by December 31 and get $500 back.\n\n"
             "Details: alliantenergy.com/ev\n\n" + FOOT_AE),
    "PH-2609-FALL": dict(
        box="powerhousecatalog", when=(2026, 9, 15, 10, 0), name="PowerHouse Catalog",
        subject="The PowerHouse Fall Catalog is here",
        text="The PowerHouse Fall Catalog is here\n\n"
             "Flip through 96 pages of heated everything, smart plugs, and the back-to-school\n"
             "desk lamp that sold out last year.\n\n"
             "Browse online: powerhousecatalog.com/fall\n\n" + FOOT_PH),
    "AE-2610-TSTAT": dict(
        box="customercare", when=(2026, 10, 13, 9, 0), name="Alliant Energy",
        subject="$75 back on a smart thermostat",
        text="$75 back on a smart thermostat\n\n"
             "Heating season is here. A smart thermostat learns your schedule and can trim\n"
             "your heating bill, and we'll send you $75 back when you install one.\n\n"
             "Claim your rebate: alliantenergy.com/thermostat\n\n" + FOOT_AE),
    "PH-2611-HOL": dict(
        box="powerhousecatalog", when=(2026, 11, 10, 10, 0), name="PowerHouse Catalog",
        subject="Holiday Preview 2026: gifts for everyone on your list",
        text="Holiday Preview 2026\n\n"
             "Gifts for everyone on your list, from stocking stuffers under $15 to the\n"
             "heated blanket everyone asks about. Order by December 15 for Christmas delivery.\n\n"
             "Shop the preview: powerhousecatalog.com/holiday\n\n" + FOOT_PH),
    "AE-NL-2612": dict(
        box="customercare", when=(2026, 12, 1, 9, 0), name="Alliant Energy",
        subject="Your December Home Comfort Tips from PowerHouse",
        text="Your December Home Comfort Tips\n\n"
             "- Holiday lights: LED strings use up to 80% less energy\n"
             "- Keep the area around your gas meter clear of snow and ice\n"
             "- Winter payment help is available: alliantenergy.com/assistance\n\n"
             "Manage your preferences or unsubscribe: alliantenergy.com/preferences\n\n" + FOOT_AE),
}

BILL_TEXT = ("Your Alliant Energy bill is ready\n\n"
             "Account ending in {last4}\n"
             "Amount due: {amount}\n"
             "Due date: {due}\n\n"
             "View and pay your bill: alliantenergy.com/mybill\n\n"
             "This is a service message about your account. We send it even if you have opted\n"
             "out of marketing. Please do not reply to this email.\n"
             "Alliant Energy | Madison, WI 53718")

ACK_TEXT = ("Thank you for contacting Alliant Energy.\n\n"
            "We received your message on {date} and logged it as request {ref}.\n\n"
            "If you asked us to stop marketing mail or email, or not to share your name with\n"
            "other catalog companies, we will update our records within 10 business days.\n"
            "If your message needs an answer, a member of our Customer Care team will reply.\n\n"
            "This is an automated message.\n"
            "Alliant Energy Customer Care")


class Ours:
    """One message we sent (to one recipient)."""

    def __init__(self, frm_name, frm_addr, to_addr, subject, utc, msgid, text, zone="CT"):
        self.frm_name, self.frm_addr, self.to_addr = frm_name, frm_addr, to_addr
        self.subject, self.t, self.msgid, self.text, self.zone = subject, utc, msgid, text, zone


def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def campaign(token, recipient):
    c = CAMPAIGNS[token]
    y, mo, d, h, mi = c["when"]
    utc = to_utc("CT", dt.datetime(y, mo, d, h, mi, 2))
    box = CC if c["box"] == "customercare" else PH
    msgid = "<%s.%s@mail.alliant-energy.com>" % (token, _h(token, recipient)[:16])
    return Ours(c["name"], box, recipient, c["subject"], utc, msgid, c["text"])


def bill(recipient, when, last4, amount, due):
    utc = to_utc("CT", dt.datetime(*when))
    msgid = "<bill.%s.%s@notify.alliantenergy.com>" % (utc.strftime("%Y%m%d"), _h("bill", recipient)[:12])
    return Ours("Alliant Energy", "noreply@alliantenergy.com", recipient, "Your Alliant Energy bill is ready",
                utc, msgid, BILL_TEXT.format(last4=last4, amount=amount, due=due))


def ack(recipient, ref, when):
    utc = to_utc("CT", dt.datetime(*when))
    from mailer import MONS_LONG
    t = dt.datetime(*when)
    text = ACK_TEXT.format(date="%s %d, %d" % (MONS_LONG[t.month - 1], t.day, t.year), ref=ref)
    return Ours("Alliant Energy Customer Care", CC, recipient, "We received your request [%s]" % ref,
                utc, "<ack.%s@alliant-energy.com>" % ref, text)


def list_unsubscribe(token):
    c = CAMPAIGNS[token]
    box = CC if c["box"] == "customercare" else PH
    return box
