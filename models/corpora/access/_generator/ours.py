"""Alliant Energy's own outgoing mail, as it shows up quoted, forwarded, bounced or auto-answered."""
import hashlib

from mailkit import central_to_utc

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ACK = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")
BILL = ("Alliant Energy", "noreply@alliantenergy.com")

PROMOS = {
    "solar": dict(
        frm=CC, when="2024-09-17 10:00:12", subject="Is community solar right for you?",
        token="AE-NL-2409-SOLAR",
        text=(
            "Is community solar right for you?\n\n"
            "Community solar lets you support new solar projects in your area without putting panels on your roof. "
            "Subscribers receive a credit on their monthly bill for their share of the energy produced.\n\n"
            "See if there is a project near you: https://www.alliant-energy.com/communitysolar\n\n"
            "You are receiving this email because you are an Alliant Energy customer.\n"
            "Opt out of marketing emails: https://www.alliant-energy.com/preferences\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
        ),
    ),
    "therm": dict(
        frm=CC, when="2024-10-15 10:05:30", subject="Fall savings: $50 back on a smart thermostat",
        token="AE-NL-2410-THERM",
        text=(
            "Fall savings: $50 back on a smart thermostat\n\n"
            "Get $50 back when you install a qualifying smart thermostat by December 31. "
            "Most customers save 8% or more on heating and cooling.\n\n"
            "Claim your rebate: https://www.alliant-energy.com/thermostat\n\n"
            "To opt out of future promotional emails, unsubscribe at https://www.alliant-energy.com/preferences "
            "or reply with the word unsubscribe.\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
        ),
    ),
    "holiday": dict(
        frm=PH, when="2024-11-12 08:00:05", subject="Holiday Preview: gifts that light up the season",
        token="PH-2411-HOL",
        text=(
            "Holiday Preview from the PowerHouse Catalog\n\n"
            "New this season: LED candle sets, heated throws, smart plugs and outdoor string lights. "
            "Free shipping on orders over $50 through November 30.\n\n"
            "Shop the preview: https://www.alliant-energy.com/powerhouse/holiday\n\n"
            "The PowerHouse Catalog occasionally shares its customer list with other catalog companies. "
            "If you do not want your name shared, write to powerhousecatalog@alliant-energy.com.\n"
            "To unsubscribe from catalog emails, reply with the word unsubscribe."
        ),
    ),
    "tips": dict(
        frm=CC, when="2024-12-03 08:15:44", subject="Your December Home Comfort Tips from PowerHouse",
        token="AE-NL-2412-TIPS",
        text=(
            "Your December Home Comfort Tips\n\n"
            "1. Close the damper when the fireplace is not in use.\n"
            "2. Let the sun in on south-facing windows during the day.\n"
            "3. Check furnace filters every month in winter.\n\n"
            "Read more tips: https://www.alliant-energy.com/tips\n\n"
            "You can manage your preferences or unsubscribe at any time: https://www.alliant-energy.com/preferences\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
        ),
    ),
    "hea": dict(
        frm=CC, when="2025-01-14 09:10:02", subject="Free Home Energy Assessment",
        token="AE-NL-2501-HEA",
        text=(
            "Free Home Energy Assessment\n\n"
            "An energy advisor will visit your home, check insulation and air leaks, and install free LED bulbs "
            "and low-flow showerheads. The visit takes about 90 minutes.\n\n"
            "Book your visit: https://www.alliant-energy.com/assessment or call 1-800-555-0119.\n\n"
            "Unsubscribe / opt out: https://www.alliant-energy.com/preferences\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
        ),
    ),
}


def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def promo(key, rcpt_addr):
    p = dict(PROMOS[key])
    p["mid"] = "<%s.%s@alliant-energy.com>" % (p["token"], _h(key, rcpt_addr)[:12])
    p["utc"] = central_to_utc(p["when"])
    p["kind"] = "promo"
    return p


def bill(rcpt_addr, when, acct_tail, amount, due):
    return dict(
        frm=BILL, when=when, utc=central_to_utc(when), kind="bill",
        subject="Your Alliant Energy bill is ready",
        mid="<bill.%s.%s@alliantenergy.com>" % (when[:10].replace("-", ""), _h("bill", rcpt_addr)[:10]),
        text=(
            "Your Alliant Energy bill is ready.\n\n"
            "Account ending in %s\nAmount due: %s\nDue date: %s\n\n"
            "View and pay your bill: https://www.alliantenergy.com/myaccount\n\n"
            "This is a service message about your account. You will receive it even if you have opted out of "
            "marketing. Please do not reply to this email." % (acct_tail, amount, due)
        ),
    )


def ack(req_id, when, received_on):
    return dict(
        frm=ACK, when=when, utc=central_to_utc(when), kind="ack",
        subject="We received your request [%s]" % req_id,
        mid="<ack.%s@alliant-energy.com>" % req_id,
        text=(
            "Thank you for writing to Alliant Energy. We received your message on %s and logged it as "
            "request %s.\n\n"
            "If you asked us to stop marketing contact, or not to share your name with other catalog companies, "
            "we will record your choice within 10 business days. Service messages such as bills and outage "
            "alerts will continue.\n\n"
            "If your message needs an answer from a person, a member of our team will reply.\n\n"
            "Alliant Energy Customer Care" % (received_on, req_id)
        ),
    )
