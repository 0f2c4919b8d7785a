"""What Alliant Energy / PowerHouse Catalog itself sent in September 2027 (only ever
appears quoted, forwarded, bounced or auto-answered inside this set)."""
from lib import R, T, junk, later

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"
ALERTS = "alerts@alliant-energy.com"

TS_TEXT = """Hi there,

Summer bills got you sweating? A smart thermostat learns your schedule and can trim heating and cooling costs all year long.

Through October 31, 2027, Alliant Energy customers can get a $75 rebate on a qualifying ENERGY STAR(R) certified smart thermostat.

- Buy a qualifying model (Google Nest, ecobee, Honeywell Home and more)
- Apply online within 60 days of purchase
- Get $75 back by direct deposit or check

Renting? Check with your landlord before you install.

Apply now: https://www.alliantenergy.com/thermostat

You're receiving this e-mail because you are an Alliant Energy customer. To opt out of marketing e-mails, visit https://www.alliantenergy.com/unsubscribe or reply with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

EV_TEXT = """Driving electric, or thinking about it?

Charge at home overnight and wake up to a full battery. For a limited time, Alliant Energy customers can get up to $500 off a qualifying Level 2 home charger, plus a lower overnight rate through our EV charging program.

- Up to $500 instant discount on select chargers
- Installation by a qualified electrician
- Off-peak charging rate from 10 p.m. to 6 a.m.

See if you qualify: https://www.alliantenergy.com/evcharger

Opt out of marketing e-mails: https://www.alliantenergy.com/unsubscribe
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

BTS_TEXT = """BACK TO SCHOOL, BACK TO BASICS

Dorm, first apartment, or just a fresh start? Stock up on the little things that make a small space work.

* LED desk lamp with USB-C charging port - $24.99
* 6-outlet surge protector tower - $29.99
* Smart plug 2-pack - $19.99
* Compact ceramic space heater - $39.99

Free shipping on orders over $49 with code SCHOOL27 through September 30.

Shop the catalog: https://www.powerhousecatalog.com/bts

PowerHouse Catalog, P.O. Box 14380, Madison, WI 53708
From time to time PowerHouse Catalog shares the names and postal addresses of its customers with other catalog companies. If you would rather we did not share your name, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse Catalog e-mails, reply with the word unsubscribe or visit https://www.powerhousecatalog.com/email-preferences"""

ALERT_TEXT = """Alliant Energy: We're aware of a power outage affecting your area (near {near}). Crews are assessing damage. Est. restoration: {eta}. Updates: alliantenergy.com/outages
Reply STOP to end outage alerts."""

RESTORED_TEXT = """Alliant Energy: Power has been restored in your area (near {near}). If you are still without power, reply OUT or report it at alliantenergy.com/outages. Thank you for your patience."""

BILL_TEXT = """Your Alliant Energy bill is ready

Account ending in {last4}
Amount due: ${amount}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/mybill

Save with a smart thermostat: get $75 back through October 31. https://www.alliantenergy.com/thermostat

This is a service message about your Alliant Energy account. You will receive it even if you have opted out of marketing e-mails.
Please do not reply to this e-mail. Questions? Write to customercare@alliant-energy.com."""

ACK_TEXT = """Hello,

We received your request and logged it as {num}.

If you asked us to stop promotional mail or e-mail, or asked that PowerHouse Catalog not share your name and address with other companies, we will process it within 10 business days. If you asked a question, a member of our Customer Care team will reply within 3 business days.

Please keep the reference number above if you contact us about this request.

Alliant Energy Customer Care"""


def token(kind, to_addr):
    rng = R("token|" + kind + "|" + to_addr)
    return junk(rng, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ours(kind, to_addr, info=None):
    info = info or {}
    if kind == "ts":
        tok = token(kind, to_addr)
        return dict(kind=kind, from_name="Alliant Energy", from_addr=CC, subject="Stay cool, save more: $75 back on a smart thermostat",
                    date=T("2027-09-02 10:05:12"), msgid="<promo.AE-2709-TS-%s@alliant-energy.com>" % tok,
                    text=TS_TEXT, token="AE-2709-TS-" + tok, to=to_addr, unsub=CC)
    if kind == "ev":
        tok = token(kind, to_addr)
        return dict(kind=kind, from_name="Alliant Energy", from_addr=CC, subject="Plug in at home: up to $500 off a Level 2 EV charger",
                    date=T("2027-09-14 11:00:07"), msgid="<promo.AE-2709-EV-%s@alliant-energy.com>" % tok,
                    text=EV_TEXT, token="AE-2709-EV-" + tok, to=to_addr, unsub=CC)
    if kind == "bts":
        tok = token(kind, to_addr)
        return dict(kind=kind, from_name="PowerHouse Catalog", from_addr=PH,
                    subject="Back to school, back to basics \U0001F4DA dorm + first-apartment finds",
                    date=T("2027-09-07 09:30:44"), msgid="<promo.PH-2709-BTS-%s@alliant-energy.com>" % tok,
                    text=BTS_TEXT, token="PH-2709-BTS-" + tok, to=to_addr, unsub=PH)
    if kind == "alert":
        n = info["n"]
        return dict(kind=kind, from_name="Alliant Energy Alerts", from_addr=ALERTS, reply_to=CC, subject="Alliant Energy Outage Alert",
                    date=info["sent"], msgid="<alert.OUT-2709-%05d@alliant-energy.com>" % n,
                    text=ALERT_TEXT.format(**info), to=to_addr)
    if kind == "restored":
        n = info["n"]
        return dict(kind=kind, from_name="Alliant Energy Alerts", from_addr=ALERTS, reply_to=CC, subject="Alliant Energy: Power restored",
                    date=info["sent"], msgid="<alert.RST-2709-%05d@alliant-energy.com>" % n,
                    text=RESTORED_TEXT.format(**info), to=to_addr)
    if kind == "bill":
        return dict(kind=kind, from_name="Alliant Energy", from_addr=NOREPLY, reply_to=CC, subject="Your Alliant Energy bill is ready",
                    date=info["sent"], msgid="<bill.%s.%s@alliantenergy.com>" % (info["sent"].strftime("%Y%m%d%H%M%S"), info["last4"]),
                    text=BILL_TEXT.format(**info), to=to_addr)
    if kind == "ack":
        num = info["num"]
        return dict(kind=kind, from_name="Alliant Energy Customer Care", from_addr=CC, subject="We received your request [%s]" % num,
                    date=info["sent"], msgid="<ack.%s@alliant-energy.com>" % num, in_reply_to=info.get("irt"),
                    text=ACK_TEXT.format(num=num), to=to_addr)
    raise KeyError(kind)


ANSWER_NAME = {"ts": "thermostat promo",
               "ev": "EV charger promo",
               "bts": "catalog e-mail",
               "alert": "outage alert (2027-09-10 storm)",
               "restored": "restoration alert (2027-09-11)",
               "bill": "bill notice",
               "ack": "acknowledgement"}
