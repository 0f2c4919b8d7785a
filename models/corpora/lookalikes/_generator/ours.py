"""Alliant Energy's own outgoing mail, as it shows up quoted, bounced or auto-answered inside this set."""
import hashlib

from kit import central, fmt_date

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"


def _h(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def _tok(prefix, rcpt):
    h = hashlib.sha1((prefix + rcpt).encode()).hexdigest().upper()
    return "%s-%s" % (prefix, h[:5])


class Ours:
    def __init__(self, key, frm_name, frm, date, subject, text, mid, kind):
        self.key, self.frm_name, self.frm, self.date = key, frm_name, frm, date
        self.subject, self.text, self.mid, self.kind = subject, text, mid, kind

    @property
    def from_hdr(self):
        return "%s <%s>" % (self.frm_name, self.frm)

    @property
    def date_hdr(self):
        return fmt_date(self.date)


SOLAR_TEXT = """Is community solar right for you?

Community solar lets you support clean energy from a shared solar garden near you, with no panels on your roof and no upfront cost. Subscribers see a credit on their monthly bill for their share of the energy produced.

Check whether a garden near you has openings: alliantenergy.com/communitysolar

Questions? Call us at 1-800-555-0100.

--
You are receiving this e-mail because you are an Alliant Energy customer.
Opt out of marketing emails: alliantenergy.com/preferences
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

THERMO_TEXT = """Fall savings: $50 back on a smart thermostat

Heating season is almost here. Buy a qualifying ENERGY STAR smart thermostat by November 30 and get a $50 rebate on your bill. Most customers save 8-10% on heating and cooling.

See qualifying models and apply: alliantenergy.com/thermostat

--
You are receiving this e-mail because you are an Alliant Energy customer.
To opt out of marketing e-mail, click unsubscribe at alliantenergy.com/unsubscribe or reply with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

HOLIDAY_TEXT = """PowerHouse Catalog - Holiday Preview

Gifts for everyone on your list, shipped free on orders over $49 through December 15.

* Heated throw blankets, now in six colors
* LED village sets and timers
* The cast-iron cocoa kettle everyone asked about

Shop the preview: powerhousecatalog.com/holiday

--
PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse Catalog e-mail, click here or reply with the word unsubscribe.
PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718"""

NEWS_TEXT = """Your December Home Comfort Tips from PowerHouse

1. Close the flue. An open fireplace damper lets warm air escape all night.
2. Reverse ceiling fans to clockwise on low to push warm air down.
3. Check furnace filters monthly during heating season.
4. Holiday lights: LED strings use up to 90% less energy.

Stay warm,
Your friends at Alliant Energy and PowerHouse

--
Manage your preferences or unsubscribe: alliantenergy.com/preferences
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

ASSESS_TEXT = """Free Home Energy Assessment

A certified energy advisor will visit your home, check insulation, air leaks and appliances, and leave you with free LED bulbs and a custom savings plan. It's free for Alliant Energy customers.

Book your visit: alliantenergy.com/assessment or call 1-800-555-0100.

--
Unsubscribe / opt out of marketing e-mail: alliantenergy.com/unsubscribe
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

BILL_TEXT = """Your Alliant Energy bill is ready

Account ending in {last4}
Amount due: ${amount}
Due date: {due}

View and pay your bill: alliantenergy.com/mybill

This is a service message about your account. We send it even if you have opted out of marketing.
Please do not reply to this e-mail; this mailbox is not monitored."""

ACK_TEXT = """Hello,

We received your message and logged it as request {ref}.

If you asked us to stop marketing contact, or asked the PowerHouse Catalog not to share your name with other catalog companies, we will update your preferences within 10 business days. If your message needs an answer, a member of our Customer Care team will reply.

Thank you,
Alliant Energy Customer Care

This is an automated acknowledgement. Replies to this address are read by Customer Care."""


def promo(key, rcpt):
    """Return an Ours object for one recipient of a campaign."""
    if key == "solar":
        d = central(2024, 9, 17, 10, 0)
        return Ours(key, "Alliant Energy", CC, d, "Is community solar right for you?", SOLAR_TEXT,
                    "<20240917150000.AE-NL-2409.%s@mail.alliant-energy.com>" % _h(rcpt), "promo")
    if key == "thermo":
        d = central(2024, 10, 15, 8, 0)
        return Ours(key, "Alliant Energy", CC, d,
                    "Fall savings: $50 back on a smart thermostat [%s]" % _tok("AE-NL-2410", rcpt), THERMO_TEXT,
                    "<20241015130000.AE-NL-2410.%s@mail.alliant-energy.com>" % _h(rcpt), "promo")
    if key == "holiday":
        d = central(2024, 11, 12, 7, 30)
        return Ours(key, "PowerHouse Catalog", PH, d,
                    "Holiday Preview: gifts for everyone on your list [%s]" % _tok("PH-2411", rcpt), HOLIDAY_TEXT,
                    "<20241112133000.PH-2411.%s@mail.alliant-energy.com>" % _h(rcpt), "promo")
    if key == "news":
        d = central(2024, 12, 3, 9, 0)
        return Ours(key, "Alliant Energy", CC, d, "Your December Home Comfort Tips from PowerHouse", NEWS_TEXT,
                    "<20241203150000.AE-NL-2412.%s@mail.alliant-energy.com>" % _h(rcpt), "promo")
    if key == "assess":
        d = central(2025, 1, 14, 8, 15)
        return Ours(key, "Alliant Energy", CC, d, "Free Home Energy Assessment", ASSESS_TEXT,
                    "<20250114141500.AE-NL-2501.%s@mail.alliant-energy.com>" % _h(rcpt), "promo")
    raise KeyError(key)


def bill(rcpt, date, last4, amount, due):
    return Ours("bill", "Alliant Energy", NOREPLY, date, "Your Alliant Energy bill is ready",
                BILL_TEXT.format(last4=last4, amount=amount, due=due),
                "<bill.%s.%s@notify.alliantenergy.com>" % (_h(rcpt, 12), date.strftime("%Y%m")), "service")


def ack(ref, date):
    return Ours("ack", "Alliant Energy Customer Care", CC, date, "We received your request [%s]" % ref,
                ACK_TEXT.format(ref=ref), "<ack.%s@alliant-energy.com>" % ref, "ack")


def promo_list_unsub(o):
    if o.frm == PH:
        return "<mailto:%s?subject=unsubscribe>" % PH
    return "<mailto:%s?subject=unsubscribe>" % CC
