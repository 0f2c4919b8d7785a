"""Our own outgoing mail, as it comes back inside bounces, auto-replies, receipts and customers' replies."""
import datetime as dt

from kit import NL, fold, hexid, rfc_date, central

OURS = {
    "energy_promo": {
        "from": ("Alliant Energy", "offers@email.alliant-energy.com"),
        "box": "customercare",
        "subject": "Up to $100 back on a heat pump water heater",
        "text": ("Hot water is about a fifth of a typical home's energy use. Replace an old tank with a\n"
                 "qualifying heat pump water heater before the end of the quarter and get up to $100 back.\n\n"
                 "Find a participating installer: https://www.alliant-energy.com/hpwh\n\n"
                 "--\nYou are receiving this promotional e-mail as an Alliant Energy customer.\n"
                 "Unsubscribe or change your preferences: https://www.alliant-energy.com/preferences\n"
                 "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"),
    },
    "catalog_promo": {
        "from": ("PowerHouse Catalog", "deals@powerhouse.alliant-energy.com"),
        "box": "powerhousecatalog",
        "subject": "Fresh in the PowerHouse Catalog: outdoor lighting week",
        "text": ("This week only in the PowerHouse Catalog:\n\n"
                 "* Solar path lights, 6-pack: $39.95\n* Motion-sensing LED floodlight: 25% off\n"
                 "* Free shipping on orders over $50\n\n"
                 "Browse online: https://powerhouse.alliant-energy.com/outdoor\n\n"
                 "--\nYou get this e-mail because you ordered from the PowerHouse Catalog.\n"
                 "To stop catalog e-mail, reply UNSUBSCRIBE. We exchange customer names and postal\n"
                 "addresses with other catalog companies; to opt out of that, write to\n"
                 "powerhousecatalog@alliant-energy.com.\n"
                 "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"),
    },
    "promo_es": {
        "from": ("Alliant Energy", "ofertas@email.alliant-energy.com"),
        "box": "customercare",
        "subject": "Ahorre este invierno: sellado de ventanas con descuento",
        "text": ("Este invierno, los clientes de Alliant Energy reciben un 20% de descuento en kits de\n"
                 "sellado para puertas y ventanas.\n\n"
                 "Vea las ofertas: https://www.alliant-energy.com/es/ofertas\n\n"
                 "--\nRecibe este correo promocional como cliente de Alliant Energy.\n"
                 "Para darse de baja: https://www.alliant-energy.com/preferencias"),
    },
    "newsletter": {
        "from": ("Alliant Energy News", "news@email.alliant-energy.com"),
        "box": "customercare",
        "subject": "Energy Notes: spring tune-ups, tree trimming and a new rebate",
        "text": ("ENERGY NOTES - your monthly newsletter\n\n"
                 "1. Spring tune-ups: why your air conditioner wants a check before June\n"
                 "2. Tree trimming near lines: what our crews do and when\n"
                 "3. New rebate on smart power strips\n\n"
                 "Read more: https://www.alliant-energy.com/notes\n\n"
                 "--\nUnsubscribe: https://www.alliant-energy.com/preferences\n"
                 "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"),
    },
    "outage": {
        "from": ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com"),
        "box": "customercare",
        "subject": "Outage alert: crews are on the way",
        "text": ("We know about a power outage affecting your service address. Crews are on the way\n"
                 "and we expect power back by 9:30 PM. Reply to this e-mail will not speed up repairs;\n"
                 "to report a downed line call 1-800-255-4268.\n\n"
                 "This is a service message about your account."),
    },
    "ack": {
        "from": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        "box": "customercare",
        "subject": "Re: your privacy request - received",
        "text": ("Hello,\n\nWe received your message and recorded your request. Changes to mailing\n"
                 "lists can take up to 10 business days. You do not need to do anything else.\n\n"
                 "Alliant Energy Customer Care"),
    },
    "ack_catalog": {
        "from": ("PowerHouse Catalog Customer Service", "powerhousecatalog@alliant-energy.com"),
        "box": "powerhousecatalog",
        "subject": "Re: catalog request - received",
        "text": ("Thank you for writing to the PowerHouse Catalog. We have recorded your request;\n"
                 "catalogs already printed may still arrive for a few weeks.\n\n"
                 "PowerHouse Catalog Customer Service"),
    },
}


def sent(kind, before, days=3):
    """When we sent it: a few days before the message that answers it, at 10:00 Central."""
    d = (before - dt.timedelta(days=days)).replace(hour=10, minute=0, second=0)
    d = d.replace(tzinfo=central(d))
    while d > before - dt.timedelta(minutes=30):
        d -= dt.timedelta(days=1)
    return d


def msgid(kind, key):
    return "<%s.%s@mail.alliant-energy.com>" % (kind, hexid("o" + key, 16))


def full(kind, to, before, key, days=3):
    """Our message exactly as sent (message/rfc822 inside a bounce)."""
    o = OURS[kind]
    d = sent(kind, before, days)
    h = ["Return-Path: <%s@alliant-energy.com>" % o["box"], "From: %s <%s>" % o["from"], "To: " + to,
         fold("Subject", o["subject"]), "Date: " + rfc_date(d), "Message-ID: " + msgid(kind, key)]
    if "promo" in kind or kind == "newsletter":
        h.append(fold("List-Unsubscribe", "<mailto:%s+u-%s@alliant-energy.com?subject=unsubscribe>"
                      % (o["box"], hexid("u" + key, 7))))
        h.append("Precedence: bulk")
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", ""]
    return NL.join(h) + NL + o["text"].replace("\n", NL) + NL


def heads(kind, to, before, key, days=3):
    return full(kind, to, before, key, days).split(NL + NL)[0] + NL


def quoted(kind, before, lead="On %s, %s wrote:", days=3):
    o = OURS[kind]
    d = sent(kind, before, days)
    top = lead % (d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), "%s <%s>" % o["from"])
    return top + "\n" + "\n".join(("> " + l) if l else ">" for l in o["text"].split("\n"))


def outlook_quoted(kind, to, before, days=3):
    o = OURS[kind]
    d = sent(kind, before, days)
    return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (o["from"][0], o["from"][1], d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), to,
               o["subject"], o["text"]))
