"""Alliant Energy's own outgoing mail, as it shows up quoted, forwarded, bounced or auto-answered in this set."""
import datetime as dt

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"

CAMPAIGNS = {
    "P1": dict(frm=("Alliant Energy", CC), when="2024-09-17 10:00", subject="Is community solar right for you?",
               token=None, desc='promo "Is community solar right for you?"',
               notes='footer "Opt out of marketing emails", HQ ZIP 53718'),
    "P2": dict(frm=("Alliant Energy", CC), when="2024-10-15 09:30", subject="Fall savings: $50 back on a smart thermostat",
               token="AE-NL-2410", desc='promo "Fall savings: $50 back on a smart thermostat"',
               notes='footer "To opt out ... unsubscribe ... or reply with the word unsubscribe"; List-Unsubscribe subject token AE-NL-2410-…'),
    "P3": dict(frm=("PowerHouse Catalog", PH), when="2024-11-12 08:00", subject="Holiday Preview: gifts for every room",
               token="PH-2411", desc='catalog e-mail "Holiday Preview: gifts for every room"',
               notes='footer mentions list sharing **and** "To unsubscribe"; List-Unsubscribe subject token PH-2411-…'),
    "P4": dict(frm=("Alliant Energy", CC), when="2024-12-03 11:00", subject="Your December Home Comfort Tips from PowerHouse",
               token=None, desc='newsletter "Your December Home Comfort Tips from PowerHouse"',
               notes='"Manage your preferences or unsubscribe"'),
    "P5": dict(frm=("Alliant Energy", CC), when="2025-01-14 09:00", subject="Free Home Energy Assessment",
               token=None, desc='promo "Free Home Energy Assessment"', notes='"Unsubscribe / opt out", HQ ZIP 53718'),
    "P6": dict(frm=("PowerHouse Catalog", PH), when="2025-02-11 08:00", subject="Spring Preview: fresh finds from PowerHouse",
               token="PH-2502", desc='catalog e-mail "Spring Preview: fresh finds from PowerHouse"',
               notes='same sharing + unsubscribe footer as the Holiday Preview; token PH-2502-…'),
}


def promo_text(key, first):
    hi = "Hi %s," % first if first else "Hi there,"
    if key == "P1":
        return f"""Is community solar right for you?

{hi}

Community solar lets you support new solar projects in Iowa and Wisconsin without putting panels on your roof. Subscribers lock in a fixed rate and see a credit on their monthly bill.

Check availability: https://www.alliantenergy.com/communitysolar

Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
Opt out of marketing emails: https://www.alliantenergy.com/preferences"""
    if key == "P2":
        return f"""Fall savings: $50 back on a smart thermostat

{hi}

Get ready for heating season. Buy an ENERGY STAR certified smart thermostat by November 30 and we'll put $50 back on your Alliant Energy bill.

Claim your rebate: https://www.alliantenergy.com/thermostat

You are receiving this email because you are an Alliant Energy customer. To opt out of future promotional emails, unsubscribe at https://www.alliantenergy.com/preferences or reply with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""
    if key == "P3":
        return f"""PowerHouse Catalog | Holiday Preview

{hi}

Heated throws, smart plugs, LED string lights and more, for everyone on your list. Free shipping on orders over $49 through December 15.

Shop the preview: https://www.powerhousecatalog.com/holiday

PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you do not want your name shared, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mails: https://www.powerhousecatalog.com/unsubscribe"""
    if key == "P4":
        return f"""Your December Home Comfort Tips

{hi}

1. Reverse your ceiling fan so it pushes warm air down.
2. Close the fireplace damper when you aren't using it.
3. Set your water heater to 120 degrees.

From the PowerHouse Catalog: draft stoppers are 20% off this week.

Manage your preferences or unsubscribe: https://www.alliantenergy.com/preferences"""
    if key == "P5":
        return f"""Book your free Home Energy Assessment

{hi}

An Alliant Energy energy advisor will walk through your home, find where heat is escaping and install free LED bulbs and water-saving devices. Appointments are limited.

Schedule now: https://www.alliantenergy.com/assessment

Unsubscribe / opt out: https://www.alliantenergy.com/preferences
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""
    if key == "P6":
        return f"""PowerHouse Catalog | Spring Preview

{hi}

Solar path lights, smart sprinkler timers and a new line of LED grow lights. Spring catalog customers get 15% off their first order with code SPRING15.

Shop now: https://www.powerhousecatalog.com/spring

PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you do not want your name shared, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mails: https://www.powerhousecatalog.com/unsubscribe"""
    raise KeyError(key)


def bill_text(last4, amount, due):
    return f"""Your bill is ready.

Account ending in {last4}
Amount due: ${amount}
Due date: {due}

View and pay: https://www.alliantenergy.com/myaccount

This is a service message about your account. You will receive it even if you have opted out of marketing."""


def ack_subject(ref):
    return "We received your request [%s]" % ref


def ack_text(ref, datestr):
    return f"""Thank you for contacting Alliant Energy.

We received your message on {datestr} and recorded it under reference {ref}.

- If you asked us to stop marketing or promotional contact, we will update your preferences within 10 business days. You will still receive service messages such as bills and outage alerts.
- If you asked the PowerHouse Catalog not to share your name with other catalog companies, we will add you to our do-not-share list before the next list exchange.
- Questions and other requests are answered by our Customer Care team.

Alliant Energy Customer Care
customercare@alliant-energy.com"""


OWN_MAIL_ROWS = [
    ("P1", "`customercare@`", "2024-09-17"),
    ("P2", "`customercare@`", "2024-10-15"),
    ("P3", "`powerhousecatalog@`", "2024-11-12"),
    ("P4", "`customercare@`", "2024-12-03"),
    ("P5", "`customercare@`", "2025-01-14"),
    ("P6", "`powerhousecatalog@`", "2025-02-11"),
]
