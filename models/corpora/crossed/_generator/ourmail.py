"""Text of our own outgoing mail, as it appears when people quote or forward it (see ../../shared/corpus/README.md)."""

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

OURMAIL = {
    "solar": {
        "from_name": "Alliant Energy", "from": CC, "date": "2024-09-17 10:00:12",
        "subject": "Is community solar right for you?",
        "msgid": "<20240917150012.AE-CS-2409.44710@alliant-energy.com>",
        "text": (
            "Is community solar right for you?\n\n"
            "You don't need panels on your roof to power your home with the sun. With community solar you\n"
            "subscribe to a share of a local solar garden and see the credits right on your Alliant Energy bill.\n\n"
            "Learn more and check availability in your area: alliantenergy.com/communitysolar\n\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
            "You are receiving this email because you are an Alliant Energy customer. Opt out of marketing emails."
        ),
    },
    "thermostat": {
        "from_name": "Alliant Energy", "from": CC, "date": "2024-10-15 09:02:11",
        "subject": "Fall savings: $50 back on a smart thermostat",
        "msgid": "<20241015140211.AE-NL-2410-TS.58213@alliant-energy.com>",
        "text": (
            "Fall savings: $50 back on a smart thermostat\n\n"
            "Cooler nights are here. Install a qualifying smart thermostat by December 31 and get $50 back.\n"
            "Apply online in minutes at alliantenergy.com/rebates.\n\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
            "To opt out of marketing emails, unsubscribe here or reply with the word unsubscribe."
        ),
    },
    "holiday": {
        "from_name": "PowerHouse Catalog", "from": PH, "date": "2024-11-12 08:30:40",
        "subject": "Holiday Preview: warm gifts for every home [PH-2411-HP]",
        "msgid": "<20241112143040.PH-2411-HP.90177@alliant-energy.com>",
        "text": (
            "HOLIDAY PREVIEW\n"
            "Heated throws, LED string lights, smart plugs and more. Free shipping on orders over $49.\n\n"
            "Shop the Holiday Preview: powerhousecatalog.com/holiday\n\n"
            "The PowerHouse Catalog sometimes shares its customer list with other catalog companies. If you\n"
            "prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.\n"
            "To unsubscribe from PowerHouse emails, click here."
        ),
    },
    "december": {
        "from_name": "PowerHouse from Alliant Energy", "from": CC, "date": "2024-12-03 07:15:05",
        "subject": "Your December Home Comfort Tips from PowerHouse",
        "msgid": "<20241203131505.AE-NL-2412.31188@alliant-energy.com>",
        "text": (
            "Your December Home Comfort Tips\n\n"
            "1. Let the sun in: open south-facing curtains during the day.\n"
            "2. Check your furnace filter every month in winter.\n"
            "3. Use LED holiday lights and a timer.\n\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
            "Manage your preferences or unsubscribe."
        ),
    },
    "assessment": {
        "from_name": "Alliant Energy", "from": CC, "date": "2025-01-14 10:00:27",
        "subject": "Free Home Energy Assessment",
        "msgid": "<20250114160027.AE-HEA-2501.77204@alliant-energy.com>",
        "text": (
            "Book your free Home Energy Assessment\n\n"
            "An energy advisor will walk through your home, install free LED bulbs and showerheads and show you\n"
            "where you're losing heat. Appointments fill fast in January.\n\n"
            "Schedule now: alliantenergy.com/assessment\n\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
            "Unsubscribe / opt out"
        ),
    },
    "bill_nov": {
        "from_name": "Alliant Energy", "from": "noreply@alliantenergy.com", "date": "2024-11-06 05:41:09",
        "subject": "Your Alliant Energy bill is ready",
        "msgid": "<billready.20241106.6630182@alliantenergy.com>",
        "text": (
            "Your bill is ready\n\n"
            "Amount due: $118.42\n"
            "Due date: November 27, 2024\n\n"
            "View and pay your bill at alliantenergy.com/myaccount.\n\n"
            "This is a service message about your account. You receive it even if you have opted out of\n"
            "marketing. Please do not reply to this email."
        ),
    },
}


def ack(ticket, date, to_addr):
    """Our bot's acknowledgement, as quoted under replies."""
    return {
        "from_name": "Alliant Energy Customer Care", "from": CC, "date": date,
        "subject": "We received your request [%s]" % ticket,
        "msgid": "<ack.%s@alliant-energy.com>" % ticket,
        "to": to_addr,
        "text": (
            "Thank you for contacting Alliant Energy.\n\n"
            "We received your message and logged it as request %s. If you asked us to stop marketing mail or\n"
            "email, or not to share your name with other catalog companies, we will update our records within\n"
            "10 business days. If your message needs an answer, a member of our team will reply.\n\n"
            "Alliant Energy Customer Care" % ticket
        ),
    }
