"""Our own outgoing mail of June-August 2025 that people in this set answer, quote or forward."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

CDT = timezone(timedelta(hours=-5))

OURS = {
    "PROMO": {
        "kind": "promo", "key": "AE-PR-2506",
        "from": ("Alliant Energy", "customercare@alliant-energy.com"),
        "subject": "Beat the heat: $75 back on a smart thermostat",
        "date": datetime(2025, 6, 10, 9, 2, tzinfo=CDT),
        "msgid": "<AE-PR-2506.7f3a91c2@mail.alliantenergy.com>",
        "text": (
            "Hi {first},\n\n"
            "Summer is here, and so are the savings. Install an ENERGY STAR(R) certified smart\n"
            "thermostat by August 31 and get $75 back on your Alliant Energy bill.\n\n"
            "Find a qualifying model: alliantenergy.com/thermostat\n\n"
            "You are receiving this email because you are an Alliant Energy customer.\n"
            "Opt out of marketing emails: reply with the word unsubscribe.\n"
            "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718\n"),
    },
    "NEWS": {
        "kind": "newsletter", "key": "AE-NL-2507",
        "from": ("Alliant Energy", "customercare@alliant-energy.com"),
        "subject": "Your July Energy Saver: 5 ways to keep cool for less",
        "date": datetime(2025, 7, 1, 7, 30, tzinfo=CDT),
        "msgid": "<AE-NL-2507.c1d22e07@mail.alliantenergy.com>",
        "text": (
            "YOUR JULY ENERGY SAVER\n\n"
            "1. Close blinds on sunny windows in the afternoon.\n"
            "2. Set the thermostat to 78 when you're home.\n"
            "3. Run the dishwasher and dryer after 8 p.m.\n"
            "4. Change your furnace/AC filter.\n"
            "5. Ask about our Appliance Recycling program: $50 for an old fridge.\n\n"
            "Manage your preferences or unsubscribe: alliantenergy.com/preferences\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"),
    },
    "CATMAIL": {
        "kind": "catalog", "key": "PH-2507",
        "from": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"),
        "subject": "PowerHouse Summer Sale: up to 40% off fans, grills & more",
        "date": datetime(2025, 7, 8, 10, 15, tzinfo=CDT),
        "msgid": "<PH-2507.0b9e44d1@mail.powerhousecatalog.com>",
        "text": (
            "POWERHOUSE SUMMER SALE\n"
            "Up to 40% off box fans, grills, LED patio lights and more. Ends July 20.\n\n"
            "Shop now: powerhousecatalog.com/summer\n\n"
            "The PowerHouse Catalog occasionally makes its customer list available to other\n"
            "catalog companies. To unsubscribe from these emails, reply with \"unsubscribe\".\n"
            "PowerHouse Catalog, PO Box 77, Cedar Rapids, IA 52406\n"),
    },
    "BILL": {
        "kind": "bill", "key": "2025-06",
        "from": ("Alliant Energy", "noreply@alliantenergy.com"),
        "subject": "Your Alliant Energy bill is ready",
        "date": datetime(2025, 6, 17, 5, 40, tzinfo=CDT),
        "msgid": "<bill.20250617.a8812f@notify.alliantenergy.com>",
        "text": (
            "Your bill for account ending in 3381 is ready.\n\n"
            "Amount due: $142.18\nDue date: July 8, 2025\n\n"
            "View and pay: alliantenergy.com/myaccount\n\n"
            "This is a service message about your account. We send it even if you have\n"
            "opted out of marketing. Please do not reply to this email.\n"),
    },
    "OUTAGE": {
        "kind": "outage", "key": "2025-07-22",
        "from": ("Alliant Energy Alerts", "alerts@alliantenergy.com"),
        "subject": "Outage update for your address",
        "date": datetime(2025, 7, 22, 4, 51, tzinfo=CDT),
        "msgid": "<outage.20250722.5519@notify.alliantenergy.com>",
        "text": (
            "We're aware of an outage affecting your address after last night's storms.\n"
            "Crews are on the way. Estimated restoration: 2:00 p.m. today.\n\n"
            "Reply STOP to end outage alerts by text. Manage alerts at alliantenergy.com/alerts\n"),
    },
    "ACK1": {
        "kind": "ack", "key": "CC-2025-07-04418",
        "from": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        "subject": "We received your request [CC-2025-07-04418]",
        "date": datetime(2025, 7, 15, 11, 3, tzinfo=CDT),
        "msgid": "<ack.CC-2025-07-04418@alliant-energy.com>",
        "text": (
            "Thank you for writing to Alliant Energy.\n\n"
            "We received your request to stop receiving marketing from us, by e-mail\n"
            "and by postal mail. Your reference number is CC-2025-07-04418.\n\n"
            "This is an automatic acknowledgement. You do not need to reply.\n\n"
            "Alliant Energy Customer Care\n"),
    },
    "ACK2": {
        "kind": "ack", "key": "CC-2025-08-01127",
        "from": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        "subject": "We received your request [CC-2025-08-01127]",
        "date": datetime(2025, 8, 4, 16, 20, tzinfo=CDT),
        "msgid": "<ack.CC-2025-08-01127@alliant-energy.com>",
        "text": (
            "Thank you for writing to Alliant Energy.\n\n"
            "We received your request to stop receiving marketing from us, by e-mail\n"
            "and by postal mail. Your reference number is CC-2025-08-01127.\n\n"
            "This is an automatic acknowledgement. You do not need to reply.\n\n"
            "Alliant Energy Customer Care\n"),
    },
}

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_DAYS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_MON_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"]


def _h12(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def our_text(key: str, first: str = "there") -> str:
    return OURS[key]["text"].replace("{first}", first)


def quote(key: str, style: str, first: str = "there") -> tuple[str, str]:
    """(attribution line or header block, quoted text as the program puts it in text/plain)."""
    o = OURS[key]
    d = o["date"]
    name, ad = o["from"]
    body = our_text(key, first).rstrip("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "gmail":
        head = f"On {EN_DAYS[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {_h12(d)} {name} <{ad}> wrote:"
        return head, gt
    if style == "gmail_es":
        head = (f"El {ES_DAYS[d.weekday()]}, {d.day} {ES_MON[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, "
                f"{name} (<{ad}>) escribió:")
        return head, gt
    if style == "iphone":
        head = f"On {EN_MON[d.month - 1][:3]} {d.day}, {d.year}, at {_h12(d)}, {name} <{ad}> wrote:"
        return head, gt
    if style == "iphone_es":
        ampm = "a.m." if d.hour < 12 else "p.m."
        head = f"El {d.day} {ES_MON[d.month - 1]} {d.year}, a la(s) {d.hour % 12 or 12}:{d.minute:02d} {ampm}, {name} <{ad}> escribió:"
        return head, gt
    if style == "yahoo":
        head = (f"On {EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at {_h12(d).replace(' ', ' ')}, "
                f"{name} <{ad}> wrote:")
        return head, "\n".join(body.split("\n"))
    if style == "outlook":
        head = (f"From: {name} <{ad}>\nSent: {EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {_h12(d)}\n"
                f"To: {{me}}\nSubject: {o['subject']}")
        return head, body
    if style == "outlook_es":
        head = (f"De: {name} <{ad}>\nEnviado: {ES_DAYS_LONG[d.weekday()]}, {d.day} de {ES_MON_LONG[d.month - 1]} de "
                f"{d.year} {d.hour}:{d.minute:02d}\nPara: {{me}}\nAsunto: {o['subject']}")
        return head, body
    if style == "thunderbird":
        head = f"On {d.month}/{d.day}/{d.year} {_h12(d)}, {name} wrote:"
        return head, gt
    if style == "samsung":
        head = (f"-------- Original message --------\nFrom: {name} <{ad}> \nDate: {d.month}/{d.day}/{str(d.year)[2:]} "
                f"{_h12(d)} (GMT-05:00) \nTo: {{me}} \nSubject: {o['subject']} ")
        return head, body
    if style == "fwd_gmail":
        head = (f"---------- Forwarded message ---------\nFrom: {name} <{ad}>\nDate: {EN_DAYS[d.weekday()][:3]}, "
                f"{EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {_h12(d)}\nSubject: {o['subject']}\nTo: {{me}}")
        return head, body
    if style == "fwd_yahoo":
        head = (f"----- Forwarded Message -----\nFrom: {name} <{ad}>\nTo: {{me}}\nSent: {EN_DAYS[d.weekday()]}, "
                f"{EN_MON[d.month - 1]} {d.day}, {d.year} at {_h12(d)} CDT\nSubject: {o['subject']}")
        return head, body
    raise ValueError(style)
