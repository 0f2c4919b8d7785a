"""What Alliant Energy / PowerHouse Catalog itself sent in January-February 2027.

These texts only ever appear quoted, forwarded, bounced or auto-answered inside the set.
"""
import hashlib

from lib import parse

CAT = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
CC = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")
CCP = ("Alliant Energy", "customercare@alliant-energy.com")
BILL = ("Alliant Energy", "noreply@alliantenergy.com")

CAT_FOOTER = """--
You are receiving this e-mail because you ordered from or asked for the PowerHouse Catalog.
To unsubscribe from PowerHouse e-mails, reply with the word unsubscribe or visit https://www.powerhousecatalog.com/email-preferences
PowerHouse Catalog sometimes shares customer names and postal addresses with other catalog companies. We never share e-mail addresses. To ask us not to share your name, write to powerhousecatalog@alliant-energy.com.
PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718"""

WC_TEXT = """PowerHouse Catalog
WINTER CLEARANCE | Up to 40% off, this week only

Heated sherpa throw, was $69.95, now $41.97
Boot & glove dryer, was $54.95, now $36.99
Seed-starting kit with heat mat, was $39.95, now $27.97

Shop the clearance: https://www.powerhousecatalog.com/winter-clearance?src=PH-2701-WC

Free shipping on orders over $49 through January 26.

""" + CAT_FOOTER

VD_TEXT = """PowerHouse Catalog
Valentine's picks they'll actually use
Order by February 10 for delivery by Valentine's Day.

Heated foot warmer, $49.95
Rechargeable hand warmers (set of 2), $29.95
LED candle trio with timer, $24.95

See all gifts: https://www.powerhousecatalog.com/valentines?src=PH-2701-VD

""" + CAT_FOOTER

ST_TEXT = """Winter peak savings: $75 back on a smart thermostat

Alliant Energy customers can get a $75 rebate on a qualifying smart thermostat installed by March 31, 2027. Set it once and it trims your heating bill on the coldest days.

Details and qualifying models: https://www.alliantenergy.com/thermostat?cid=AE-2701-ST

--
You are receiving this e-mail as an Alliant Energy customer.
Opt out of marketing emails: reply with the word unsubscribe, or manage your preferences at https://www.alliantenergy.com/preferences
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

NL_TEXT = """Your February Home Comfort Tips from PowerHouse

1. Check your furnace filter every month while it's this cold.
2. Close the damper when the fireplace isn't in use.
3. Heat tape on a timer keeps pipes safe without running all night.

This month in the PowerHouse Catalog: programmable heat tape, draft stoppers, and a boot dryer that pays for itself in dry socks.

--
You are receiving this newsletter as an Alliant Energy customer.
To manage your preferences or unsubscribe: https://www.alliantenergy.com/preferences or reply unsubscribe
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""


def bill_text(last4, amount, due):
    return """Your Alliant Energy bill is ready

Account ending in %s
Amount due: $%s
Due date: %s

View and pay your bill: https://www.alliantenergy.com/myaccount

This is a service message about your account. You'll receive it even if you have opted out of marketing e-mails.
Please do not reply to this e-mail; this mailbox is not monitored.""" % (last4, amount, due)


def ack_text(num):
    return """Hello,

Thank you for writing to Alliant Energy. We received your message and logged it as request %s.

If you asked us to stop promotional mail or e-mail, or not to share your name with other catalog companies, we will update our records within 10 business days. Catalogs that are already printed may still arrive for a few weeks.

If your message needs an answer from our team, we will reply within 5 business days.

Alliant Energy Customer Care
customercare@alliant-energy.com | 1-800-555-0100""" % num


def _h(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def mail(kind, to_addr, **kw):
    """A dict describing one of our messages as received by to_addr."""
    if kind == "wc":
        h = _h("wc", to_addr)
        return dict(kind=kind, frm=CAT, to=to_addr, date=parse("2027-01-19 10:02:14"),
                    subject="Winter Clearance: up to 40% off heated throws & seed-starting kits",
                    mid="<PH-2701-WC.%s.%s@mail.alliant-energy.com>" % (h[:12], h[12:18]),
                    text=WC_TEXT, promo=True)
    if kind == "vd":
        h = _h("vd", to_addr)
        return dict(kind=kind, frm=CAT, to=to_addr, date=parse("2027-01-28 09:30:05"),
                    subject="Valentine's picks they'll actually use (ships by Feb 10)",
                    mid="<PH-2701-VD.%s.%s@mail.alliant-energy.com>" % (h[:12], h[12:18]),
                    text=VD_TEXT, promo=True)
    if kind == "st":
        h = _h("st", to_addr)
        return dict(kind=kind, frm=CCP, to=to_addr, date=parse("2027-01-12 08:45:31"),
                    subject="Winter peak savings: $75 back on a smart thermostat",
                    mid="<AE-2701-ST.%s@mail.alliant-energy.com>" % h[:20],
                    text=ST_TEXT, promo=True)
    if kind == "nl":
        h = _h("nl", to_addr)
        return dict(kind=kind, frm=CCP, to=to_addr, date=parse("2027-02-02 10:00:12"),
                    subject="Your February Home Comfort Tips from PowerHouse",
                    mid="<AE-NL-2702.%s@mail.alliant-energy.com>" % h[:20],
                    text=NL_TEXT, promo=True)
    if kind == "bill":
        h = _h("bill", to_addr, kw["date"])
        return dict(kind=kind, frm=BILL, to=to_addr, date=parse(kw["date"]),
                    subject="Your Alliant Energy bill is ready",
                    mid="<bill.%s.%s@alliantenergy.com>" % (kw["date"][:10].replace("-", ""), h[:16]),
                    text=bill_text(kw["last4"], kw["amount"], kw["due"]), promo=False)
    if kind == "ack":
        num = kw["num"]
        return dict(kind=kind, frm=CC, to=to_addr, date=parse(kw["date"]),
                    subject="We received your request [%s]" % num,
                    mid="<ack.%s@alliant-energy.com>" % num,
                    text=ack_text(num), promo=False, num=num)
    raise ValueError(kind)
