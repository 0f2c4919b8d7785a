"""Alliant Energy's own outgoing mail that appears quoted, forwarded, bounced or auto-answered in this set."""
import datetime as D

HQ = "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"

OURS = {}


def _add(key, *, name, addr, when, subject, text, msgid, lu=None, token=None, kind):
    OURS[key] = dict(key=key, name=name, addr=addr, dt=D.datetime(*when), subject=subject, text=text.strip("\n"),
                     msgid=msgid, list_unsubscribe=lu, token=token, kind=kind)


_add("solar", name="Alliant Energy", addr="customercare@alliant-energy.com", when=(2024, 9, 17, 9, 0, 0),
     subject="Is community solar right for you?", kind="promo",
     msgid="<20240917140000.AE-CS-2409.7f31c2@mailer.alliant-energy.com>",
     lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
     text="""
Is community solar right for you?

Get the benefits of solar energy without putting panels on your roof.
Subscribe to a share of an Alliant Energy community solar garden and
see a credit on your monthly bill.

Learn more: https://www.alliantenergy.com/communitysolar

You are receiving this email because you are an Alliant Energy customer.
Opt out of marketing emails: https://www.alliantenergy.com/emailpreferences
""" + HQ)

_add("fall", name="Alliant Energy", addr="customercare@alliant-energy.com", when=(2024, 10, 15, 10, 2, 11),
     subject="Fall savings: $50 back on a smart thermostat", kind="promo",
     msgid="<20241015150211.AE-NL-2410.0c9d4e@mailer.alliant-energy.com>",
     lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2410-{token}>", token="AE-NL-2410",
     text="""
Fall savings: $50 back on a smart thermostat

Cooler nights are here. Install a qualifying smart thermostat by
December 31 and get a $50 rebate from Alliant Energy.

Apply online: https://www.alliantenergy.com/rebates

To opt out of future marketing emails, unsubscribe here:
https://www.alliantenergy.com/unsubscribe or reply with the word
unsubscribe.
""" + HQ)

_add("holiday", name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", when=(2024, 11, 12, 9, 0, 0),
     subject="Holiday Preview: gifts for everyone on your list", kind="promo",
     msgid="<20241112150000.PH-2411.a81be0@mailer.alliant-energy.com>",
     lu="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2411-{token}>", token="PH-2411",
     text="""
PowerHouse Catalog - Holiday Preview

Heated throws, LED string lights, smart plugs and more.
Order by December 13 for delivery before the holidays.

Shop now: https://www.powerhousecatalog.com/holiday

PowerHouse Catalog sometimes shares its customer list with other
catalog companies. If you do not want your name shared, write to
powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse emails:
https://www.powerhousecatalog.com/unsubscribe
PowerHouse Catalog | 4902 N. Biltmore Lane | Madison, WI 53718
""")

_add("newsletter", name="Alliant Energy", addr="customercare@alliant-energy.com", when=(2024, 12, 3, 8, 30, 0),
     subject="Your December Home Comfort Tips from PowerHouse", kind="newsletter",
     msgid="<20241203143000.AE-NL-2412.5be210@mailer.alliant-energy.com>",
     lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe&body=Please%20remove%20me%20from%20the%20Home%20Comfort%20Tips%20list.>",
     text="""
Your December Home Comfort Tips from PowerHouse

1. Lower your thermostat 7-10 degrees at night.
2. Let the sun in during the day and close curtains at night.
3. Check your furnace filter every month.

Manage your preferences or unsubscribe:
https://www.alliantenergy.com/emailpreferences
""" + HQ)

_add("assess", name="Alliant Energy", addr="customercare@alliant-energy.com", when=(2025, 1, 14, 9, 0, 0),
     subject="Free Home Energy Assessment", kind="promo",
     msgid="<20250114150000.AE-HEA-2501.e4a2f9@mailer.alliant-energy.com>",
     lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
     text="""
Free Home Energy Assessment

Find out where your home is losing energy. An Alliant Energy advisor
will visit, check insulation and air leaks, and install free LED bulbs.

Schedule today: https://www.alliantenergy.com/assessment

Unsubscribe / opt out: https://www.alliantenergy.com/unsubscribe
""" + HQ)

_add("assess_es", name="Alliant Energy", addr="customercare@alliant-energy.com", when=(2025, 1, 14, 9, 0, 0),
     subject="Evaluación gratuita de energía en el hogar", kind="promo",
     msgid="<20250114150000.AE-HEA-2501-ES.77c01b@mailer.alliant-energy.com>",
     lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
     text="""
Evaluación gratuita de energía en el hogar

Descubra dónde su casa pierde energía. Un asesor de Alliant Energy
visitará su hogar, revisará el aislamiento y las fugas de aire, e
instalará focos LED gratis.

Haga su cita hoy: https://www.alliantenergy.com/evaluacion

Cancelar suscripción / darse de baja: https://www.alliantenergy.com/unsubscribe
""" + HQ)

_add("bill_oct", name="Alliant Energy", addr="noreply@alliantenergy.com", when=(2024, 10, 30, 6, 12, 40),
     subject="Your Alliant Energy bill is ready", kind="service",
     msgid="<bill.20241030111240.3310427@notify.alliantenergy.com>",
     text="""
Your bill is ready.

Account ending in: 0427
Amount due: $164.18
Due date: November 19, 2024

View and pay: https://www.alliantenergy.com/mybill

This is a service message about your account. You will receive it
even if you have opted out of marketing emails.
""")

_add("outage", name="Alliant Energy", addr="noreply@alliantenergy.com", when=(2024, 10, 28, 17, 40, 5),
     subject="Outage update: crews are working in your area", kind="service",
     msgid="<outage.20241028224005.88213@notify.alliantenergy.com>",
     text="""
We are aware of an outage affecting your address.

Estimated restoration: 9:30 PM
Cause: storm damage

Get updates: https://www.alliantenergy.com/outages

This is a service message. Outage alerts are sent even if you have
opted out of marketing emails.
""")


def ack(ref, when):
    """our bot's acknowledgement (Auto-Submitted: auto-replied)."""
    key = "ack." + ref
    _add(key, name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com", when=when,
         subject="We received your request [%s]" % ref, kind="ack",
         msgid="<ack.%s@alliant-energy.com>" % ref,
         text="""
Hello,

Thank you for writing to Alliant Energy. We received your message and
recorded it under reference %s.

If you asked us to stop marketing contact by mail or e-mail, or not to
share your name with other catalog companies, the change takes effect
within 10 business days. If you asked a question, a member of our team
will answer you.

This is an automatic reply. You do not need to respond.

Alliant Energy Customer Care
""" % ref)
    return OURS[key]


for _r, _w in [("CC-2024-09-00318", (2024, 9, 19, 19, 43, 2)), ("CC-2024-10-00455", (2024, 10, 23, 14, 10, 37)),
               ("CC-2024-10-00471", (2024, 10, 18, 11, 6, 12)), ("CC-2024-11-00687", (2024, 11, 6, 15, 34, 1)),
               ("CC-2024-10-00498", (2024, 10, 25, 16, 2, 44)), ("CC-2024-12-01022", (2024, 12, 17, 10, 15, 9)),
               ("CC-2025-01-00087", (2025, 1, 21, 13, 27, 50)), ("CC-2024-11-00733", (2024, 11, 14, 12, 1, 18)),
               ("CC-2024-11-00702", (2024, 11, 8, 9, 44, 30)), ("CC-2024-12-00912", (2024, 12, 2, 8, 11, 5))]:
    ack(_r, _w)


# ---------------------------------------------------------------- quote headers in the usual client formats

_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def _h12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def who(ref):
    return "%s <%s>" % (ref["name"], ref["addr"])


def qh_gmail(ref):
    d = ref["dt"]
    return "On %s, %s %d, %d at %s %s wrote:" % (_DAY[d.weekday()][:3], _MON[d.month - 1][:3], d.day, d.year, _h12(d), who(ref))


def qh_ios(ref):
    d = ref["dt"]
    return "On %s %d, %d, at %s, %s wrote:" % (_MON[d.month - 1][:3], d.day, d.year, _h12(d), who(ref))


def qh_yahoo(ref):
    d = ref["dt"]
    tz = "CDT" if d < D.datetime(2024, 11, 3, 2) else "CST"
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d:%02d %s %s, %s wrote:" % (
        _DAY[d.weekday()], _MON[d.month - 1], d.day, d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM", tz, who(ref))


def qh_outlook(ref, to):
    d = ref["dt"]
    return "From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
        who(ref), _DAY[d.weekday()], _MON[d.month - 1], d.day, d.year, _h12(d), to, ref["subject"])


def fwd_gmail(ref, to):
    d = ref["dt"]
    return "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>" % (
        who(ref), _DAY[d.weekday()][:3], _MON[d.month - 1][:3], d.day, d.year, _h12(d), ref["subject"], to)
