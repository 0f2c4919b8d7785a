"""Our own outgoing mail as it comes back: quoted under replies, attached to bounces and auto-replies."""
from mime import NL, hexid, rfc_date, fold

OURS = {
    "catalog_promo": {
        "from": ("PowerHouse Catalog", "deals@powerhouse.alliant-energy.com"),
        "subject": "New in the PowerHouse Catalog: 20% off LED bundles",
        "unsub": "powerhousecatalog@alliant-energy.com",
        "text": ("New this month in the PowerHouse Catalog:\n\n"
                 "- 20% off LED bulb bundles\n- Free shipping on smart plugs over $35\n"
                 "- New: weather-sealing kits for doors and windows\n\n"
                 "Shop the catalog: https://powerhouse.alliant-energy.com/new\n\n"
                 "--\nYou are receiving this e-mail because you are a PowerHouse Catalog customer.\n"
                 "Unsubscribe: reply UNSUBSCRIBE or visit https://powerhouse.alliant-energy.com/prefs\n"
                 "We may share customer names and postal addresses with other catalog companies.\n"
                 "To opt out of sharing, write to powerhousecatalog@alliant-energy.com.\n"
                 "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"),
    },
    "energy_promo": {
        "from": ("Alliant Energy", "news@em.alliant-energy.com"),
        "subject": "Get $75 back on a smart thermostat this month",
        "unsub": "customercare@alliant-energy.com",
        "text": ("Stay comfortable and save. Through the end of the month, Alliant Energy customers get\n"
                 "a $75 rebate on qualifying smart thermostats.\n\n"
                 "See the models and apply: https://www.alliant-energy.com/thermostat\n\n"
                 "--\nThis promotional e-mail was sent by Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718.\n"
                 "Manage preferences: https://www.alliant-energy.com/preferences\n"
                 "Unsubscribe from promotional e-mail: https://www.alliant-energy.com/unsubscribe"),
    },
    "outage": {
        "from": ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com"),
        "subject": "Outage update: power has been restored",
        "unsub": None,
        "text": ("Power has been restored at your service address. If you are still without power,\n"
                 "call 1-800-255-4268.\n\nThis is a service message about your account. It was sent to the\n"
                 "address you chose for outage alerts."),
    },
    "bill": {
        "from": ("Alliant Energy", "billing@alliant-energy.com"),
        "subject": "Your Alliant Energy bill is ready",
        "unsub": None,
        "text": ("Your monthly statement is ready to view. Amount due: $112.48. Due date: the 21st.\n\n"
                 "View and pay: https://www.alliant-energy.com/mya\n\n"
                 "This is a service message about your account."),
    },
    "ack": {
        "from": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        "subject": "We received your privacy request",
        "unsub": None,
        "text": ("Thank you for contacting us. We have recorded your request and will process it\n"
                 "within 10 business days. No further action is needed.\n\n"
                 "Alliant Energy Customer Care"),
    },
}


def raw(kind, to, d, key):
    """The full message as we sent it (for message/rfc822 parts of bounces and some auto-replies)."""
    o = OURS[kind]
    h = ["From: %s <%s>" % o["from"], "To: " + to, fold("Subject", o["subject"]), "Date: " + rfc_date(d),
         "Message-ID: " + msgid(kind, key)]
    if o["unsub"]:
        h.append(fold("List-Unsubscribe", "<mailto:%s?subject=unsubscribe>, <https://www.alliant-energy.com/u/%s>"
                      % (o["unsub"], hexid("u" + key, 20))))
        h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        h.append("Precedence: bulk")
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", ""]
    return NL.join(h) + NL + o["text"].replace("\n", NL) + NL


def headers_only(kind, to, d, key):
    return raw(kind, to, d, key).split(NL + NL)[0] + NL


def msgid(kind, key):
    return "<%s.%s@mail.alliant-energy.com>" % (kind, hexid("o" + key, 16))


def quote(kind, lead):
    o = OURS[kind]
    return lead + "\n" + "\n".join("> " + l if l else ">" for l in o["text"].split("\n"))


def subject(kind):
    return OURS[kind]["subject"]
