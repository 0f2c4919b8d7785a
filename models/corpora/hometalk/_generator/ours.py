"""Our own outgoing mail as it shows up quoted, forwarded, bounced or auto-answered.

Texts follow the table in the shared corpus README (senders, send dates, footers).
"""
from mimekit import parse_local

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ACKFROM = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")
BILLFROM = ("Alliant Energy", "noreply@alliantenergy.com")

OURS = {
    "solar": dict(
        frm=CC, date="2024-09-17 10:00:12", msgid="<AE-NL-2409-CS.20240917150012.4d81c2@mail.alliant-energy.com>",
        subject="Is community solar right for you?",
        text="""Hi there,

Community solar lets you support local solar power without putting
panels on your roof. Subscribers in Iowa and Wisconsin can lower their
monthly bill and lock in a rate for up to 20 years.

See if community solar is right for you:
https://www.alliantenergy.com/communitysolar

Alliant Energy | 4902 N. Biltmore Lane, Madison, WI 53718
Opt out of marketing emails: https://www.alliantenergy.com/preferences"""),
    "thermostat": dict(
        frm=CC, date="2024-10-15 09:30:05", msgid="<AE-NL-2410-TS.20241015143005.9a07e1@mail.alliant-energy.com>",
        subject="Fall savings: $50 back on a smart thermostat [AE-NL-2410-TS]",
        text="""Get ready for heating season.

Buy a qualifying smart thermostat by November 30 and get $50 back
on your Alliant Energy bill. Most customers save up to 8% on heating
and cooling.

Claim your rebate: https://www.alliantenergy.com/thermostat

Alliant Energy | 4902 N. Biltmore Lane, Madison, WI 53718
To opt out of marketing emails, click unsubscribe or reply with the
word unsubscribe."""),
    "holiday": dict(
        frm=PH, date="2024-11-12 08:00:41", msgid="<PH-2411-HP.20241112140041.c3e552@mail.alliant-energy.com>",
        subject="Holiday Preview: gifts for every room [PH-2411-HP]",
        text="""HOLIDAY PREVIEW
Heated throws, smart plugs, LED string lights and more. Free
shipping on orders over $49 through December 15.

Shop the Holiday Preview: https://www.powerhousecatalog.com/holiday

PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718
PowerHouse Catalog occasionally shares its customer list with other
catalog companies. If you prefer that we not share your name, write
to powerhousecatalog@alliant-energy.com.
To unsubscribe from these e-mails, click here."""),
    "december": dict(
        frm=CC, date="2024-12-03 07:00:09", msgid="<AE-NL-2412-HC.20241203130009.77b0fe@mail.alliant-energy.com>",
        subject="Your December Home Comfort Tips from PowerHouse",
        text="""Your December Home Comfort Tips

1. Let the sun in: open south-facing curtains during the day.
2. Check furnace filters monthly during heating season.
3. Use LED holiday lights - they use up to 75% less energy.

Alliant Energy | 4902 N. Biltmore Lane, Madison, WI 53718
You can manage your preferences or unsubscribe at any time."""),
    "assessment": dict(
        frm=CC, date="2025-01-14 10:15:33", msgid="<AE-NL-2501-HA.20250114161533.e21a4b@mail.alliant-energy.com>",
        subject="Free Home Energy Assessment",
        text="""Is your home losing heat?

Schedule a free home energy assessment. An energy advisor will walk
through your home, check insulation and air leaks, and leave you a
list of ways to save.

Book your visit: https://www.alliantenergy.com/assessment

Alliant Energy | 4902 N. Biltmore Lane, Madison, WI 53718
Unsubscribe / opt out: https://www.alliantenergy.com/preferences"""),
}


def bill(key, date, last4, amount, due):
    OURS[key] = dict(
        frm=BILLFROM, date=date,
        msgid="<bill.%s.%s@notify.alliantenergy.com>" % (date[:10].replace("-", ""), last4),
        subject="Your Alliant Energy bill is ready",
        text="""Your bill is ready.

Account ending in %s
Amount due: %s
Due date: %s

View and pay your bill: https://www.alliantenergy.com/mya

This is a service message about your account. We send it even if you
have opted out of marketing.""" % (last4, amount, due))


def ack(key, case, date):
    OURS[key] = dict(
        frm=ACKFROM, date=date,
        msgid="<ack.%s@alliant-energy.com>" % case,
        subject="We received your request [%s]" % case,
        text="""Thank you for contacting Alliant Energy.

We received your message and recorded it as %s. If you asked us to
stop promotional contact, or not to share your name and address with
other catalog companies, the change can take up to 10 business days.

You do not need to reply to this message.

Alliant Energy Customer Care""" % case)


bill("bill_1203", "2024-12-02 06:10:44", "4471", "$142.18", "December 23, 2024")
bill("bill_0102", "2025-01-02 06:12:09", "0917", "$211.40", "January 22, 2025")
ack("ack_1014", "CC-2024-10-00233", "2024-10-14 11:02:17")
ack("ack_1218", "CC-2024-12-00518", "2024-12-18 09:41:55")
ack("ack_1219", "CC-2024-12-00541", "2024-12-19 14:20:03")
ack("ack_1105", "CC-2024-11-00377", "2024-11-05 16:12:40")
ack("ack_0123", "CC-2025-01-00204", "2025-01-23 08:55:21")
ack("ack_0204", "CC-2025-02-00061", "2025-02-04 10:30:02")
ack("ack_1126", "CC-2024-11-00466", "2024-11-26 13:08:49")
ack("ack_0122", "CC-2025-01-00188", "2025-01-22 16:40:12")
ack("ack_0110", "CC-2025-01-00097", "2025-01-10 09:05:37")
ack("ack_1204", "CC-2024-12-00102", "2024-12-04 13:08:10")


def get(key):
    o = dict(OURS[key])
    o["dt"] = parse_local(o["date"])
    return o
