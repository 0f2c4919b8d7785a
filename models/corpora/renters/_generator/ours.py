"""Alliant Energy's own outgoing mail of August 2026, which people quote, forward, bounce and auto-answer,
and the quote styles of the mail programs that carry it."""
from datetime import datetime

from mailkit import CDT

ADDR_CC = "customercare@alliant-energy.com"
ADDR_PH = "powerhousecatalog@alliant-energy.com"

OURS = {
    # promotion, customercare@, Tuesday 11 Aug 2026
    "renterkit": dict(
        from_name="Alliant Energy", from_addr=ADDR_CC, date=datetime(2026, 8, 11, 10, 2, 14, tzinfo=CDT),
        subject="New place? Claim your free renter energy-saving kit [AE-RN-2608-{tok}]",
        msgid="<AE-RN-2608-{tok}.{n}@mail.alliant-energy.com>",
        text=(
            "Welcome to the neighborhood!\n"
            "\n"
            "Just moved into a new apartment or rental? Alliant Energy renters can claim a FREE energy-saving kit: "
            "LED bulbs, a smart power strip and door weatherstripping, shipped to your new address.\n"
            "\n"
            "Claim your kit: https://www.alliantenergy.com/renterkit?c=AE-RN-2608\n"
            "\n"
            "Splitting the bill with roommates? Set up paperless billing and Budget Billing so everyone knows "
            "what to expect each month.\n"
            "\n"
            "Offer available while supplies last to residential customers in Iowa and Wisconsin.\n"
            "\n"
            "You are receiving this email because you have an Alliant Energy account. To opt out of marketing "
            "emails, click Unsubscribe or reply with the word unsubscribe.\n"
            "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718 | Privacy policy: "
            "https://www.alliantenergy.com/privacy"),
        list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe>",
    ),
    # catalog e-mail, powerhousecatalog@, Tuesday 4 Aug 2026
    "campus": dict(
        from_name="PowerHouse Catalog", from_addr=ADDR_PH, date=datetime(2026, 8, 4, 9, 30, 5, tzinfo=CDT),
        subject="Back to Campus: dorm & apartment essentials, up to 30% off [PH-2608-{tok}]",
        msgid="<PH-2608-{tok}.{n}@mail.alliant-energy.com>",
        text=(
            "BACK TO CAMPUS WITH POWERHOUSE\n"
            "\n"
            "Dorm & apartment essentials, up to 30% off through September 7.\n"
            "- Smart plug 4-pack, $24.99\n"
            "- LED desk lamp with USB-C charging, $29.99\n"
            "- Compact dehumidifier, $89.99\n"
            "- ENERGY STAR mini fridge, 3.1 cu. ft., $179.99\n"
            "\n"
            "Shop now: https://www.powerhousecatalog.com/campus?src=PH-2608\n"
            "\n"
            "PowerHouse Catalog is a service of Alliant Energy. From time to time we share our catalog customer "
            "list with other carefully selected catalog companies. If you prefer that we not share your name and "
            "address, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.\n"
            "To unsubscribe from PowerHouse e-mails, click Unsubscribe or reply \"unsubscribe\".\n"
            "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"),
        list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>",
    ),
    # service message: start of service
    "start": dict(
        from_name="Alliant Energy", from_addr="noreply@alliantenergy.com", date=None,
        subject="Your service start is confirmed",
        msgid="<svc.start.{tok}@notify.alliantenergy.com>",
        text=(
            "Your service is confirmed\n"
            "\n"
            "Hi {first},\n"
            "\n"
            "Electric service at {street} will be in your name starting {startdate}.\n"
            "Account number: {acct}\n"
            "\n"
            "What happens next:\n"
            "- Your first bill arrives about 30 days after your start date.\n"
            "- If a deposit is required, it will appear on your first bill.\n"
            "- Roommates can be added as authorized users at alliantenergy.com/myaccount.\n"
            "\n"
            "This is a service message about your account. You will receive it even if you have opted out "
            "of marketing.\n"
            "Questions? Reply to this e-mail or call (608) 555-0100."),
        list_unsub=None,
    ),
    # service message: bill
    "bill": dict(
        from_name="Alliant Energy", from_addr="noreply@alliantenergy.com", date=None,
        subject="Your Alliant Energy bill is ready",
        msgid="<bill.{tok}@notify.alliantenergy.com>",
        text=(
            "Your Alliant Energy bill is ready\n"
            "\n"
            "Account ending in {last4}\n"
            "Amount due: {amount}\n"
            "Due date: {due}\n"
            "\n"
            "View and pay: https://www.alliantenergy.com/myaccount\n"
            "\n"
            "This is a service message. You'll receive it even if you have opted out of marketing."),
        list_unsub=None,
    ),
    # service message: outage alert
    "outage": dict(
        from_name="Alliant Energy Alerts", from_addr="alerts@alliantenergy.com", date=None,
        subject="Outage in your area: {town}",
        msgid="<outage.{tok}@alerts.alliantenergy.com>",
        text=(
            "Alliant Energy Outage Alert\n"
            "\n"
            "We're aware of an outage affecting {street} (about {count} customers in {town}).\n"
            "Cause: storm damage\n"
            "Estimated restoration: {eta}\n"
            "\n"
            "We'll send an update when power is restored.\n"
            "Manage alerts: https://www.alliantenergy.com/alerts"),
        list_unsub=None,
    ),
    # the bot's acknowledgement
    "ack": dict(
        from_name="Alliant Energy Customer Care", from_addr=ADDR_CC, date=None,
        subject="We received your request [{ref}]",
        msgid="<ack.{ref}@alliant-energy.com>",
        text=(
            "Thank you for contacting Alliant Energy.\n"
            "\n"
            "We received your message of {received} and gave it the reference {ref}.\n"
            "\n"
            "If you asked us to stop sending marketing by mail or e-mail, or not to share your name with other "
            "catalog companies, we will update our records within 10 business days. Mailings already in "
            "production may still reach you.\n"
            "\n"
            "If you asked a question, a member of our Customer Care team will reply.\n"
            "\n"
            "Alliant Energy Customer Care"),
        list_unsub=None,
    ),
}


def our(key, date=None, **fmt):
    """A concrete copy of one of our mails, formatted for one recipient."""
    base = OURS[key]
    d = dict(base)
    fmt.setdefault("tok", "00000")
    fmt.setdefault("n", "0")
    d["subject"] = base["subject"].format(**fmt)
    d["msgid"] = base["msgid"].format(**fmt)
    d["text"] = base["text"].format(**fmt)
    if date is not None:
        d["date"] = date
    d["to"] = fmt.get("to", "")
    return d


# ----------------------------------------------------------------------------- quote styles
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def _h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d}", ("AM" if d.hour < 12 else "PM")


def _gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def q_gmail(o):
    d = o["date"]
    hm, ap = _h12(d)
    return (f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {hm}\u202f{ap} {o['from_name']} <\n"
            f"{o['from_addr']}> wrote:\n\n" + _gt(o["text"]))


def q_gmail_es(o):
    d = o["date"]
    return (f"El {DIA3[d.weekday()]}, {d.day} {MESES[d.month - 1][:3]} {d.year} a las {d.hour}:{d.minute:02d}, "
            f"{o['from_name']} (<\n{o['from_addr']}>) escribió:\n\n" + _gt(o["text"]))


def q_iphone(o):
    d = o["date"]
    hm, ap = _h12(d)
    return (f"On {d.strftime('%b')} {d.day}, {d.year}, at {hm}\u202f{ap}, {o['from_name']} <{o['from_addr']}> wrote:\n\n"
            + _gt(o["text"]))


def q_iphone_es(o):
    d = o["date"]
    hm, ap = _h12(d)
    ap = "a.m." if ap == "AM" else "p.m."
    return (f"El {d.day} {MESES[d.month - 1][:3]} {d.year}, a las {hm}\u202f{ap}, {o['from_name']} <{o['from_addr']}> "
            f"escribió:\n\n" + _gt(o["text"]))


def q_outlook(o, to_disp):
    d = o["date"]
    hm, ap = _h12(d)
    return ("________________________________\n"
            f"From: {o['from_name']} <{o['from_addr']}>\n"
            f"Sent: {DAYS[d.weekday()]}, {d.strftime('%B')} {d.day}, {d.year} {hm} {ap}\n"
            f"To: {to_disp}\n"
            f"Subject: {o['subject']}\n\n" + o["text"])


def q_outlook_desktop(o, to_disp):
    d = o["date"]
    hm, ap = _h12(d)
    return ("From: " + f"{o['from_name']} <{o['from_addr']}>\n"
            f"Sent: {DAYS[d.weekday()]}, {d.strftime('%B')} {d.day}, {d.year} {hm} {ap}\n"
            f"To: {to_disp}\n"
            f"Subject: {o['subject']}\n\n" + o["text"])


def q_outlook_es(o, to_disp):
    d = o["date"]
    return ("________________________________\n"
            f"De: {o['from_name']} <{o['from_addr']}>\n"
            f"Enviado: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}\n"
            f"Para: {to_disp}\n"
            f"Asunto: {o['subject']}\n\n" + o["text"])


def q_yahoo(o):
    d = o["date"]
    hm, ap = _h12(d)
    return (f"On {DAYS[d.weekday()]}, {d.strftime('%B')} {d.day}, {d.year} at {hm}:{d.second:02d} {ap} CDT, "
            f"{o['from_name']} <{o['from_addr']}> wrote:\n\n" + o["text"])


def q_thunderbird(o):
    d = o["date"]
    hm, ap = _h12(d)
    return f"On {d.month}/{d.day}/{d.year % 100} {hm} {ap}, {o['from_name']} wrote:\n" + _gt(o["text"])


def q_samsung(o):
    d = o["date"]
    hm, ap = _h12(d)
    return ("-------- Original message --------\n"
            f"From: {o['from_name']} <{o['from_addr']}>\n"
            f"Date: {d.month}/{d.day}/{d.year % 100} {hm} {ap} (GMT-05:00)\n"
            f"To: {o['to']}\n"
            f"Subject: {o['subject']}\n\n" + o["text"])


def q_samsung_es(o):
    d = o["date"]
    hm, ap = _h12(d)
    return ("-------- Mensaje original --------\n"
            f"De: {o['from_name']} <{o['from_addr']}>\n"
            f"Fecha: {d.day}/{d.month}/{d.year % 100} {hm} (GMT-05:00)\n"
            f"Para: {o['to']}\n"
            f"Asunto: {o['subject']}\n\n" + o["text"])


def fwd_gmail(o):
    d = o["date"]
    hm, ap = _h12(d)
    return ("---------- Forwarded message ---------\n"
            f"From: {o['from_name']} <{o['from_addr']}>\n"
            f"Date: {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {hm}\u202f{ap}\n"
            f"Subject: {o['subject']}\n"
            f"To: <{o['to']}>\n\n\n" + o["text"])


def fwd_iphone(o):
    d = o["date"]
    hm, ap = _h12(d)
    return ("Begin forwarded message:\n\n"
            f"From: {o['from_name']} <{o['from_addr']}>\n"
            f"Date: {d.strftime('%B')} {d.day}, {d.year} at {hm}:{d.second:02d}\u202f{ap} CDT\n"
            f"To: {o['to']}\n"
            f"Subject: {o['subject']}\n\n" + o["text"])
