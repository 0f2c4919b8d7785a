"""The mail we (Alliant Energy / PowerHouse Catalog) sent in June 2026, which people reply to and quote."""
import hashlib
from mk import when, WD, WDL, MON, MONL

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
MAILBOX = {"cc": CC, "ph": PH}

PROMO_FOOT = """--
You are receiving this e-mail because you are an Alliant Energy customer. To stop
promotional e-mail and postal mail about new products, services, programs and
special offers, reply with "unsubscribe" or write to customercare@alliant-energy.com.
We will still send notices about your account and service.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

OURS = {
    "promoA": dict(
        name="Alliant Energy", addr=CC, date=when("06-02 09:15:00"),
        subject="Beat the heat: $75 back on a smart thermostat",
        msgid="<20260602091500.coolsummer.7d21c4e9a0@mail.alliant-energy.com>",
        text="""Beat the heat and save this summer.

Cooling is the biggest part of most June-to-August bills. Through August 31,
Alliant Energy customers can get $75 back on a qualifying ENERGY STAR smart
thermostat, installed by you or by a contractor.

  * Buy a qualifying model (see alliantenergy.com/thermostat)
  * Apply online within 90 days of purchase
  * Get your rebate as a check or a bill credit

Already have one? Enroll it in Summer Peak Rewards and earn a $25 bill credit.

Questions? Call 1-800-555-0130, Monday-Friday 7 a.m.-6 p.m.

""" + PROMO_FOOT),
    "promoB": dict(
        name="Alliant Energy", addr=CC, date=when("06-17 10:00:04"),
        subject="Plug in for less: up to $500 toward a home EV charger",
        msgid="<20260617100004.evcharge.e52a9b1f08@mail.alliant-energy.com>",
        text="""Thinking about an electric vehicle? Make charging at home easy.

For a limited time, residential customers can get up to $500 toward a
qualifying Level 2 home charger and installation. Charge overnight on our
off-peak rate and pay less per mile than gas.

  * Rebate: up to $500 (charger + installation)
  * Off-peak EV rate: 9 p.m. - 7 a.m.
  * Free home charging checklist at alliantenergy.com/ev

Offer ends September 30, 2026, or while funds last.

""" + PROMO_FOOT),
    "catalog": dict(
        name="PowerHouse Catalog", addr=PH, date=when("06-09 07:30:12"),
        subject="Summer is here: fans, LED shop lights & 20% off [PH-2606-4RT8M]",
        msgid="<20260609073012.summercat.3b9e0f17c2@mail.alliant-energy.com>",
        text="""THE POWERHOUSE SUMMER CATALOG IS HERE

Stay cool for less. This week only, take 20% off box fans, whole-house
fans, LED shop lights and weatherstripping. Use code SUMMER20 at
powerhousecatalog.com or on the order form in your printed catalog.

 - Quiet 20" box fan, 3 speeds .................. $34.99
 - 4-ft LED shop light, linkable, 2-pack ........ $42.00
 - Door sweep & weatherstrip kit ................ $18.50

Free shipping on orders over $59.

--
PowerHouse Catalog is an Alliant Energy company. From time to time we make
our customers' names and postal addresses available to other carefully
selected catalog companies. We never share your e-mail address. If you
prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
To stop catalog e-mails, reply with "unsubscribe".
PowerHouse Catalog, P.O. Box 44100, Madison, WI 53744"""),
    "storm": dict(
        name="Alliant Energy Alerts", addr="alerts@alliantenergy.com", date=when("06-20 11:58:40"),
        subject="Severe storms expected Sunday: be ready for outages",
        msgid="<stormprep.20260620.91c2d04e7b1a@notify.alliantenergy.com>",
        text="""Severe thunderstorms with damaging winds are forecast for eastern Iowa and
southern Wisconsin on Sunday, June 21.

Be ready:
  * Charge phones and keep a flashlight handy
  * Stay at least 35 feet away from downed lines and report them to 911
  * Report outages at alliantenergy.com/outages or text OUT to 55501

This is a service message about your account. It is sent even if you have
asked not to receive marketing e-mail."""),
}

SERVICE_FOOT = """This is a service message about your Alliant Energy account. It is sent even
if you have asked not to receive marketing e-mail. Please do not reply to this
e-mail; this mailbox is not monitored."""


def _h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def bill(to_name, last4, date, amount, due):
    d = when(date)
    return dict(name="Alliant Energy", addr="noreply@alliantenergy.com", date=d,
                subject="Your Alliant Energy bill is ready",
                msgid="<bill.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), _h(to_name, date)[:12]),
                text="""Hello %s,

Your bill for account ending in %s is ready.

  Amount due: $%s
  Due date:   %s

View and pay your bill at alliantenergy.com/mybill.

%s""" % (to_name, last4, amount, due, SERVICE_FOOT))


def reminder(to_name, last4, date, amount, due):
    d = when(date)
    return dict(name="Alliant Energy", addr="noreply@alliantenergy.com", date=d,
                subject="Payment reminder: your bill is due %s" % due,
                msgid="<remind.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), _h(to_name, date)[:12]),
                text="""Hello %s,

This is a friendly reminder that $%s is due on %s for account ending
in %s. If you have already paid, thank you, and please disregard this message.

%s""" % (to_name, amount, due, last4, SERVICE_FOOT))


def outage(street, date, est):
    d = when(date)
    return dict(name="Alliant Energy Alerts", addr="alerts@alliantenergy.com", date=d,
                subject="Outage alert: power is out at %s" % street,
                msgid="<outage.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), _h(street, date)[:12]),
                text="""We're aware of a power outage affecting %s.

Cause: severe weather
Customers affected in your area: 1,000+
Estimated restoration: %s

Storm damage is widespread and estimates may change. Stay away from downed
lines and report them to 911. Updates: alliantenergy.com/outages

This is a service message about your account. It is sent even if you have
asked not to receive marketing e-mail.""" % (street, est))


def restore(street, date):
    d = when(date)
    return dict(name="Alliant Energy Alerts", addr="alerts@alliantenergy.com", date=d,
                subject="Power restored at %s" % street,
                msgid="<restore.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), _h(street, date)[:12]),
                text="""Good news: power has been restored at %s.

If you are still without power, please report it at alliantenergy.com/outages.
Thank you for your patience while our crews worked through the storm.

This is a service message about your account. It is sent even if you have
asked not to receive marketing e-mail.""" % street)


def ack(ref, date, mailbox="cc"):
    d = when(date)
    return dict(name="Alliant Energy Customer Care", addr=CC, date=d,
                subject="We received your request [%s]" % ref,
                msgid="<ack.%s.%s@alliant-energy.com>" % (ref, _h(ref)[:8]),
                text="""Thank you for writing to us. This is an automatic confirmation that we
received your message; your reference number is %s.

If you asked us to stop marketing contact (e-mail or postal mail about new
products, services, programs and special offers) or not to share your name
and postal address with other companies, we will update our records within
10 business days. If your message needs an answer from our staff, someone
will reply to you.

Please keep the reference number %s if you contact us about this
request.

Alliant Energy Customer Care""" % (ref, ref))


def get(key):
    if isinstance(key, dict):
        return key
    return OURS[key]


# ---------------------------------------------------------------- attribution lines
def _h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def attrib(style, o, me_name="", me_addr=""):
    d = o["date"]
    who = "%s <%s>" % (o["name"], o["addr"])
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s wrote:" % (WD[d.weekday()], MON[d.month - 1], d.day, d.year,
                                                     _h12(d).replace(" ", "\u202f"), who)
    if style == "gmail_es":
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.hour, d.minute, o["name"], o["addr"])
    if style in ("apple", "iphone"):
        return "On %s %d, %d, at %s, %s wrote:" % (MON[d.month - 1], d.day, d.year, _h12(d).replace(" ", "\u202f"), who)
    if style == "thunderbird":
        return "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, _h12(d), o["name"])
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s CDT, %s wrote:" % (
            WDL[d.weekday()], MONL[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", who)
    if style == "proton":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "On %s, %s %d%s, %d at %s, %s wrote:" % (WDL[d.weekday()], MONL[d.month - 1], d.day, suf, d.year,
                                                       _h12(d), who)
    raise ValueError(style)


def header_block(style, o, me_name, me_addr):
    d = o["date"]
    to = "%s <%s>" % (me_name, me_addr) if me_name else me_addr
    if style == "outlook":
        return "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            o["name"], o["addr"], WDL[d.weekday()], MONL[d.month - 1], d.day, d.year, _h12(d), to, o["subject"])
    if style == "outlook_old":
        return "-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            o["name"], o["addr"], WDL[d.weekday()], MONL[d.month - 1], d.day, d.year, _h12(d), to, o["subject"])
    if style == "outlook_es":
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        return "De: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s" % (
            o["name"], o["addr"], dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.hour, d.minute, to, o["subject"])
    if style == "samsung_es":
        return "-------- Mensaje original --------\nDe: %s <%s> \nFecha: %d/%d/%02d  %d:%02d  (GMT-05:00) \nPara: %s \nAsunto: %s \n" % (
            o["name"], o["addr"], d.day, d.month, d.year % 100, d.hour, d.minute, me_addr, o["subject"])
    if style == "samsung":
        return "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d  %s  (GMT-05:00) \nTo: %s \nSubject: %s \n" % (
            o["name"], o["addr"], d.month, d.day, d.year % 100, _h12(d), me_addr, o["subject"])
    if style == "aol_old":
        return "-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s" % (
            o["name"], o["addr"], me_addr, WD[d.weekday()], MON[d.month - 1], d.day, d.year, d.hour % 12 or 12,
            d.minute, "am" if d.hour < 12 else "pm", o["subject"])
    if style == "gmail_fwd":
        return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>" % (
            o["name"], o["addr"], WD[d.weekday()], MON[d.month - 1], d.day, d.year, _h12(d).replace(" ", "\u202f"),
            o["subject"], me_addr)
    if style == "apple_fwd":
        return "Begin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s %d, %d at %s CDT\nTo: %s\n" % (
            o["name"], o["addr"], o["subject"], MONL[d.month - 1], d.day, d.year, _h12(d).replace(" ", "\u202f"), me_addr)
    raise ValueError(style)
