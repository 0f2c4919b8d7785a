"""Text of Alliant Energy's own outgoing mail, as it turns up quoted, forwarded,
bounced or auto-answered inside this set. Written for this set."""
import mimekit as mk

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
CC_NAME = "Alliant Energy Customer Care"
PH_NAME = "PowerHouse Catalog"


def ack_text(ref, received_on):
    return (
        "Hello,\n"
        "\n"
        "Thank you for contacting Alliant Energy. We received your message on\n"
        "%s and logged it under reference %s.\n"
        "\n"
        "If you asked us to stop sending you promotional mail or e-mail, or asked\n"
        "the PowerHouse Catalog not to share your name and address with other\n"
        "companies, we will update our records within 10 business days. Mail that\n"
        "is already printed or in the post may still reach you during that time.\n"
        "\n"
        "You do not need to reply to this message. If you have a question, write\n"
        "to customercare@alliant-energy.com and include the reference number.\n"
        "\n"
        "Alliant Energy Customer Care\n"
        "4902 N. Biltmore Lane, Madison, WI 53718\n" % (received_on, ref)
    )


class Ours:
    """One of our own messages: enough to quote it or to bounce it."""

    def __init__(self, kind, msgid, from_name, from_addr, subject, date, text, to=None):
        self.kind, self.msgid, self.from_name, self.from_addr = kind, msgid, from_name, from_addr
        self.subject, self.date, self.text, self.to = subject, date, text, to

    @property
    def from_hdr(self):
        return mk.addr(self.from_name, self.from_addr)


def ack(ref, date_str, to, tz="CDT"):
    d = mk.parse_local(date_str, tz)
    received_on = "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    return Ours("ack", "<ack.%s@alliant-energy.com>" % ref, CC_NAME, CC,
                "We received your request [%s]" % ref, d, ack_text(ref, received_on), to)


PROMO_HEA_TEXT = (
    "Is your home as comfortable as it could be?\n"
    "\n"
    "Book a free Home Energy Assessment. One of our energy advisors will\n"
    "visit, check your insulation, air leaks and heating system, and leave\n"
    "you with a list of low-cost fixes. Most visits take about 90 minutes.\n"
    "\n"
    "Book online at alliantenergy.com/assessment or call 1-800-555-0150.\n"
    "\n"
    "--\n"
    "You are receiving this e-mail because you are an Alliant Energy customer.\n"
    "Unsubscribe / opt out: alliantenergy.com/preferences, or reply with the\n"
    "word unsubscribe.\n"
    "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
)


def promo_hea(to, token):
    d = mk.parse_local("2025-01-14 10:02:00", "CST")
    return Ours("promo", "<promo.AE-2501-HEA.%s@alliant-energy.com>" % token, "Alliant Energy", CC,
                "Free Home Energy Assessment: book yours this winter", d, PROMO_HEA_TEXT, to)


PROMO_HOLIDAY_TEXT = (
    "HOLIDAY PREVIEW\n"
    "20% off heated throws, LED candle sets and our best-selling\n"
    "programmable timers, through November 30.\n"
    "\n"
    "Shop the preview: powerhousecatalog.com/holiday\n"
    "\n"
    "--\n"
    "The PowerHouse Catalog sometimes shares customer names and postal\n"
    "addresses with other catalog companies. If you would rather we did not\n"
    "share yours, write to powerhousecatalog@alliant-energy.com.\n"
    "To unsubscribe from PowerHouse e-mail, reply with the word unsubscribe.\n"
    "PowerHouse Catalog, an Alliant Energy company, Madison, WI 53718\n"
)


def promo_holiday(to, token):
    d = mk.parse_local("2024-11-12 09:30:00", "CST")
    return Ours("promo", "<promo.PH-2411-HOL.%s@alliant-energy.com>" % token, PH_NAME, PH,
                "Holiday Preview: 20%% off heated throws & more [PH-2411-%s]" % token[:6].upper(), d,
                PROMO_HOLIDAY_TEXT, to)


def bill_notice(to, last4, amount, due, date_str):
    d = mk.parse_local(date_str, "CST")
    text = (
        "Your Alliant Energy bill is ready.\n"
        "\n"
        "Account ending in %s\n"
        "Amount due: $%s\n"
        "Due date: %s\n"
        "\n"
        "View and pay your bill at alliantenergy.com/myaccount.\n"
        "\n"
        "This is a service message about your account. We send it even if you\n"
        "have opted out of marketing e-mail.\n" % (last4, amount, due)
    )
    return Ours("bill", "<bill.%s.%s@alliantenergy.com>" % (d.strftime("%Y%m%d"), last4), "Alliant Energy",
                "noreply@alliantenergy.com", "Your Alliant Energy bill is ready", d, text, to)


def ph_staff_reply(to, date_str, token, first_greeting, tz="CST"):
    d = mk.parse_local(date_str, tz)
    text = (
        "Hello %s,\n"
        "\n"
        "Thank you for contacting the PowerHouse Catalog. We have added your name\n"
        "to our do-not-share list. Our spring lists had already gone to our\n"
        "mailing partners, so please allow 6-8 weeks for the change to take full\n"
        "effect.\n"
        "\n"
        "Deb K.\n"
        "PowerHouse Catalog Customer Service\n" % first_greeting
    )
    return Ours("staff", "<%s.ph-staff.%s@alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), token), PH_NAME, PH,
                "RE: Your request about the PowerHouse Catalog", d, text, to)
