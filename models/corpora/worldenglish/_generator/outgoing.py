"""What Alliant itself sent in July/August 2027. These texts only ever appear quoted, bounced or
auto-answered inside the set; the README table is written from OUTGOING."""
from lib import CDT, parse_dt, LONGMONS

ADDR = "4902 N. Biltmore Lane, Madison, WI 53718"
CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"

PROMO_FOOTER = (
    "--\n"
    "You are receiving this email because you are an Alliant Energy\n"
    "customer. To opt out of marketing emails, click Unsubscribe or\n"
    "reply with the word unsubscribe.\n"
    f"Alliant Energy, {ADDR}"
)

OUTGOING = {
    "P0": dict(
        kind="promo", from_name="Alliant Energy", from_addr=CC, at="2027-07-20 10:00:00 -0500",
        subject="Summer tune-up: a free LED kit when you book by July 31",
        mid="AE-2707-TUNEUP.{seq}@mail.alliant-energy.com",
        list_unsub=f"<mailto:{CC}?subject=unsubscribe>",
        code="TUNEUP27",
        text=(
            "Keep your central air running cool all summer.\n\n"
            "Book a tune-up with a participating Alliant Energy contractor by\n"
            "July 31 and we'll send you a free LED starter kit (six bulbs).\n"
            "Use offer code TUNEUP27 when you book.\n\n"
            "Book a tune-up: https://www.alliantenergy.com/tuneup\n\n" + PROMO_FOOTER),
    ),
    "P1": dict(
        kind="promo", from_name="Alliant Energy", from_addr=CC, at="2027-08-03 10:00:00 -0500",
        subject="Beat the heat: up to $75 back on a smart thermostat",
        mid="AE-2708-COOL.{seq}@mail.alliant-energy.com",
        list_unsub=f"<mailto:{CC}?subject=unsubscribe>",
        code="COOL75",
        text=(
            "Hot days, lower bills.\n\n"
            "Through September 30, get up to $75 back when you buy and install\n"
            "an ENERGY STAR certified smart thermostat. Use code COOL75 in the\n"
            "Alliant Energy Marketplace, or send us your receipt.\n\n"
            "Shop thermostats: https://www.alliantenergy.com/cool75\n\n" + PROMO_FOOTER),
    ),
    "P2": dict(
        kind="promo", from_name="PowerHouse Catalog", from_addr=PH, at="2027-08-10 09:00:00 -0500",
        subject="Back to School & Fall Preview: free shipping over $49 [PH-2708-FALL]",
        mid="PH-2708-FALL.{seq}@mail.alliant-energy.com",
        list_unsub=f"<mailto:{PH}?subject=unsubscribe>",
        code="PHFALL27",
        text=(
            "Dorm-room fans, desk lamps, and a space heater for the first cold\n"
            "snap: the PowerHouse Fall 2027 catalog is on its way to your mailbox.\n\n"
            "Order online with code PHFALL27 for free shipping on orders over $49.\n\n"
            "Browse the catalog: https://www.powerhousecatalog.com/fall\n\n"
            "--\n"
            "PowerHouse Catalog is offered by Alliant Energy. From time to time\n"
            "we make our customer list available to other carefully selected\n"
            "catalog companies. If you prefer that we not share your name and\n"
            "address, email powerhousecatalog@alliant-energy.com. We never share\n"
            "your email address.\n"
            "To unsubscribe from PowerHouse emails, click Unsubscribe or reply\n"
            "with the word unsubscribe."),
    ),
    "P3": dict(
        kind="newsletter", from_name="Alliant Energy", from_addr=CC, at="2027-08-17 08:00:00 -0500",
        subject="Energy Matters, August 2027: State Fair, storm safety and savings",
        mid="AE-NL-2708.{seq}@mail.alliant-energy.com",
        list_unsub=f"<mailto:{CC}?subject=unsubscribe&body=AE-NL-2708>",
        code="COOL75 (repeated)",
        text=(
            "ENERGY MATTERS - AUGUST 2027\n\n"
            "Come see us at the fair\n"
            "Stop by the Alliant Energy booth at the Iowa State Fair (Aug. 12-22)\n"
            "and the Wisconsin State Fair for a free LED bulb and a kids' coloring\n"
            "book.\n\n"
            "After the storms\n"
            "Thank you for your patience during last week's storms. To report an\n"
            "outage, text OUT to 555-0100 or call 1-800-555-0199. Stay at least\n"
            "35 feet away from downed lines.\n\n"
            "Savings corner\n"
            "There's still time to get up to $75 back on a smart thermostat with\n"
            "code COOL75.\n\n"
            "--\n"
            "Manage your preferences or unsubscribe:\n"
            "https://www.alliantenergy.com/preferences\n"
            f"Alliant Energy, {ADDR}"),
    ),
    "P4": dict(
        kind="promo", from_name="Alliant Energy", from_addr=CC, at="2027-08-24 09:00:00 -0500",
        subject="Free Home Energy Assessment / Evaluaci\u00f3n de energ\u00eda gratis para su hogar",
        mid="AE-2708-HOGAR.{seq}@mail.alliant-energy.com",
        list_unsub=f"<mailto:{CC}?subject=unsubscribe>",
        code="HOGAR27",
        text=(
            "Find out where your home is losing energy - for free.\n"
            "Schedule a free home energy assessment and get a personalized list\n"
            "of savings. Use code HOGAR27 when you book.\n\n"
            "Averig\u00fce d\u00f3nde pierde energ\u00eda su casa, gratis.\n"
            "Programe una evaluaci\u00f3n de energ\u00eda gratuita y reciba una lista\n"
            "personalizada de ahorros. Use el c\u00f3digo HOGAR27 al reservar.\n\n"
            "Schedule / Programar: https://www.alliantenergy.com/hogar\n\n"
            "--\n"
            "To opt out of marketing emails, click Unsubscribe or reply with the\n"
            "word unsubscribe. / Para dejar de recibir correos promocionales, haga\n"
            "clic en Cancelar suscripci\u00f3n o responda con la palabra unsubscribe.\n"
            f"Alliant Energy, {ADDR}"),
    ),
    "S1": dict(
        kind="service", from_name="Alliant Energy", from_addr=NOREPLY, reply_to=CC, at="2027-08-12 18:40:00 -0500",
        subject="Outage update: power is out in your area",
        mid="outage.{seq}@notify.alliantenergy.com",
        text=(
            "We're aware of a power outage affecting your address at\n"
            "{where}.\n\n"
            "Cause: storm damage\n"
            "Crews assigned: yes\n"
            "Estimated restoration: 11:30 PM, Aug. 12\n\n"
            "We'll send another update when we know more. Outage map:\n"
            "https://www.alliantenergy.com/outages\n\n"
            "This is a service message about your Alliant Energy account. You\n"
            "receive it even if you have opted out of marketing."),
    ),
    "S1b": dict(
        kind="service", from_name="Alliant Energy", from_addr=NOREPLY, reply_to=CC, at="2027-08-13 07:00:00 -0500",
        subject="Outage update: crews are still working in your area",
        mid="outage.{seq}@notify.alliantenergy.com",
        text=(
            "Crews are still working to restore power in your area\n"
            "({where}).\n\n"
            "Cause: storm damage\n"
            "Estimated restoration: 10:00 AM, Aug. 13\n\n"
            "If your power is already back on, you don't need to do anything.\n"
            "Outage map: https://www.alliantenergy.com/outages\n\n"
            "This is a service message about your Alliant Energy account. You\n"
            "receive it even if you have opted out of marketing."),
    ),
    "S2": dict(
        kind="service", from_name="Alliant Energy", from_addr=NOREPLY, reply_to=CC, at="2027-08-05 07:00:00 -0500",
        subject="Your Alliant Energy bill is ready",
        mid="bill.{seq}@notify.alliantenergy.com",
        text=(
            "Your bill for the account ending in {last4} is ready.\n\n"
            "Amount due: {amount}\n"
            "Due date: Aug. 26, 2027\n\n"
            "View and pay: https://www.alliantenergy.com/mybill\n\n"
            "This is a service message about your Alliant Energy account. You\n"
            "receive it even if you have opted out of marketing."),
    ),
}

ACK_TEXT = (
    "Thank you for writing to Alliant Energy Customer Care.\n\n"
    "We received your message on {when} and logged it as\n"
    "request {cc}.\n\n"
    "- If you asked us to stop promotional mail or e-mail, or not to\n"
    "  share your name with other catalog companies, we will update our\n"
    "  records within 10 business days. Catalogs already printed may\n"
    "  still arrive for a few weeks.\n"
    "- If your message needs an answer, a member of our team will reply\n"
    "  within 3 business days.\n\n"
    "Please do not send passwords or payment card numbers by e-mail.\n\n"
    "Alliant Energy Customer Care\n"
    f"{ADDR}"
)


def ack(cc, at):
    """Our bot acknowledgement, as a dict shaped like the OUTGOING entries."""
    d = parse_dt(at)
    when = f"{LONGMONS[d.month - 1]} {d.day}, {d.year}"
    return dict(kind="ack", from_name="Alliant Energy Customer Care", from_addr=CC, at=at,
                subject=f"We received your request [{cc}]", mid=f"ack.{cc}@alliant-energy.com",
                text=ACK_TEXT.format(when=when, cc=cc), cc=cc)


def instance(key, seq=None, **fmt):
    """One delivered copy of an outgoing mail (the Message-ID carries a per-recipient number)."""
    o = dict(OUTGOING[key])
    o["key"] = key
    o["mid"] = o["mid"].format(seq=seq if seq is not None else 0)
    if fmt:
        o["text"] = o["text"].format(**fmt)
    return o


README_TABLE = [
    ("P0", "promo", "`customercare@`", "2027-07-20",
     "\"Summer tune-up: a free LED kit when you book by July 31\"; offer code TUNEUP27; footer \"To opt out of "
     "marketing emails, click Unsubscribe or reply with the word unsubscribe\" + HQ address ZIP 53718; "
     "`Message-ID: <AE-2707-TUNEUP.NNNNNN@mail.alliant-energy.com>`; `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>`"),
    ("P1", "promo", "`customercare@`", "2027-08-03",
     "\"Beat the heat: up to $75 back on a smart thermostat\"; code COOL75; same footer as P0; "
     "`<AE-2708-COOL.NNNNNN@mail.alliant-energy.com>`; `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>`"),
    ("P2", "catalog promo", "`PowerHouse Catalog <powerhousecatalog@>`", "2027-08-10",
     "\"Back to School & Fall Preview: free shipping over $49 [PH-2708-FALL]\" (token in the subject); code PHFALL27; "
     "footer says the list is shared with other catalog companies **and** how to unsubscribe; "
     "`<PH-2708-FALL.NNNNNN@mail.alliant-energy.com>`; `List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>`"),
    ("P3", "newsletter", "`customercare@`", "2027-08-17",
     "\"Energy Matters, August 2027: State Fair, storm safety and savings\"; \"Manage your preferences or unsubscribe\"; "
     "`<AE-NL-2708.NNNNNN@mail.alliant-energy.com>`; `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe&body=AE-NL-2708>`"),
    ("P4", "bilingual promo", "`customercare@`", "2027-08-24",
     "\"Free Home Energy Assessment / Evaluaci\u00f3n de energ\u00eda gratis para su hogar\"; code HOGAR27; footer in English and "
     "Spanish (\"responda con la palabra unsubscribe\"); `<AE-2708-HOGAR.NNNNNN@mail.alliant-energy.com>`; "
     "`List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>`"),
    ("S1", "service: outage alert", "`noreply@alliantenergy.com`, `Reply-To: customercare@`", "2027-08-12 18:40",
     "\"Outage update: power is out in your area\" after the Aug. 12 storms; \"This is a service message ... even if "
     "you have opted out of marketing\"; `<outage.NNNNNN@notify.alliantenergy.com>`"),
    ("S1b", "service: outage follow-up", "same", "2027-08-13 07:00",
     "\"Outage update: crews are still working in your area\" (went out to some addresses whose power was already back)"),
    ("S2", "service: bill notice", "same", "2027-08-05 (monthly)",
     "\"Your Alliant Energy bill is ready\"; `<bill.NNNNNN@notify.alliantenergy.com>`"),
    ("ACK", "bot acknowledgement", "`Alliant Energy Customer Care <customercare@>`", "on receipt",
     "\"We received your request [CC-2027-08-NNNNN]\"; `Message-ID: <ack.CC-2027-08-NNNNN@alliant-energy.com>`, "
     "`Auto-Submitted: auto-replied`, `In-Reply-To` the customer's message; its text mentions stopping promotional "
     "mail and not sharing names with other catalog companies"),
]
