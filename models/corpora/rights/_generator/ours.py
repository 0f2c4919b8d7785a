"""Our own outgoing mail that senders reply to, forward or auto-answer."""
from mime import When, MONTHS_LONG

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
ALERTS = "alerts@notify.alliantenergy.com"
FOOTER = ("You are receiving this e-mail because you are an Alliant Energy customer.\n"
          "To unsubscribe, reply with \"unsubscribe\" or write to customercare@alliant-energy.com.\n"
          "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOTER_PH = ("You are receiving this e-mail because you ordered from the PowerHouse Catalog.\n"
             "We share our customer list with other catalog companies; to opt out of sharing or to stop\n"
             "these e-mails, write to powerhousecatalog@alliant-energy.com.\n"
             "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718")

TEMPLATES = {
    "promo_thermostat": dict(
        frm=("Alliant Energy", CC), kind="promotion",
        subject="Save up to $100 on a smart thermostat this spring",
        text="""Spring into savings!

Right now Alliant Energy customers can get up to $100 back on a qualifying ENERGY STAR smart thermostat. Pair it with our Smart Thermostat Program and you could trim your heating and cooling costs all year.

Shop eligible models: https://www.alliant-energy.com/smartthermostat

Offer valid through May 31, 2026. Limit one rebate per account.

--
""" + FOOTER),
    "newsletter_insider": dict(
        frm=("Alliant Energy", CC), kind="newsletter",
        subject="Energy Insider: your news from Alliant Energy",
        text="""ENERGY INSIDER

* Five ways to get your home ready for summer heat
* Meet the crew that restored power after the June storms
* New: pay your bill by text message

Read the full issue: https://www.alliant-energy.com/insider

--
""" + FOOTER),
    "promo_es": dict(
        frm=("Alliant Energy", CC), kind="promotion (Spanish)",
        subject="Ahorre hasta $75 en su nueva lavadora ENERGY STAR",
        text="""¡Ahorre energía y dinero!

Los clientes de Alliant Energy pueden recibir un reembolso de hasta $75 al comprar una lavadora o secadora certificada ENERGY STAR.

Vea los modelos participantes: https://www.alliant-energy.com/reembolsos

Oferta válida hasta el 30 de septiembre de 2026.

--
Recibe este correo porque es cliente de Alliant Energy.
Para darse de baja, responda con la palabra BAJA.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),
    "catalog_spring": dict(
        frm=("PowerHouse Catalog", PH), kind="catalog e-mail",
        subject="Fresh picks for spring from the PowerHouse Catalog",
        text="""New this season in the PowerHouse Catalog

- Solar path lights, set of 8 ... $49.95
- Smart plug 4-pack ... $34.99
- Cordless leaf blower ... $129.00

Shop the spring catalog: https://www.alliant-energy.com/powerhouse

--
""" + FOOTER_PH),
    "catalog_holiday": dict(
        frm=("PowerHouse Catalog", PH), kind="catalog e-mail",
        subject="Your PowerHouse Catalog holiday gift guide is here",
        text="""Gifts that keep the lights on

- Heated throw blanket ... $59.95
- Weather radio with hand crank ... $39.99
- LED string lights, 100 ft ... $24.50

Order by December 15 for delivery before Christmas.

--
""" + FOOTER_PH),
    "bill_ready": dict(
        frm=("Alliant Energy", ALERTS), reply_to=CC, kind="service: bill notice",
        subject="Your Alliant Energy bill is ready to view",
        text="""Your bill is ready.

Amount due: $142.37
Due date: see your account

View and pay your bill: https://www.alliant-energy.com/mybill

This is a service message about your account. Please do not reply to this e-mail."""),
    "outage_es": dict(
        frm=("Alliant Energy", ALERTS), reply_to=CC, kind="service: outage alert (Spanish)",
        subject="Alerta: interrupción del servicio eléctrico en su zona",
        text="""Hay una interrupción del servicio eléctrico que afecta su domicilio.

Causa: tormenta
Hora estimada de restablecimiento: 9:30 p. m.

Consulte el mapa de interrupciones: https://www.alliant-energy.com/interrupciones

Este es un mensaje de servicio sobre su cuenta."""),
}

ACK_WHAT = {
    "marketing": "You will no longer receive marketing e-mail or promotional postal mail from Alliant Energy.",
    "catalog": "You have been removed from the PowerHouse Catalog mailing list.",
    "share": "Your name and address will no longer be shared with other catalog companies.",
    "received": "A member of our team will review your message and respond.",
}


def ack_text(when, whats, mailbox=CC):
    body = ("Hello,\n\nThank you for contacting Alliant Energy. We received your request on %s %d, %d.\n\n"
            % (MONTHS_LONG[when.local.month - 1], when.local.day, when.local.year))
    body += "\n".join(ACK_WHAT[w] for w in whats)
    body += ("\n\nPlease allow up to 10 business days for the change to take effect. Mail that was already "
             "printed may still arrive for a few weeks.\n\nIf you have questions, reply to this message.\n\n"
             + ("PowerHouse Catalog Customer Service" if mailbox == PH else "Alliant Energy Customer Care"))
    return body


def make_ours(key, when, rng, to_addr, to_name=None, mailbox=None, their_subject=None, whats=None):
    """Return a dict describing one of our messages as sent (date, ids, text)."""
    if key == "ack":
        frm = ("PowerHouse Catalog" if mailbox == PH else "Alliant Energy", mailbox or CC)
        subject = "Re: " + their_subject
        mid = "<ack.%s.%s@alliant-energy.com>" % (when.utc.strftime("%Y%m%d%H%M%S"), rng.hexs(10))
        return dict(key="ack", frm=frm, subject=subject, text=ack_text(when, whats or ["received"], frm[1]), when=when,
                    mid=mid, to=to_addr, to_name=to_name, kind="acknowledgement", reply_to=None)
    t = TEMPLATES[key]
    host = "notify.alliantenergy.com" if t["frm"][1] == ALERTS else "mail.alliant-energy.com"
    mid = "<%s.%s.%s@%s>" % (when.utc.strftime("%Y%m%d%H%M%S"), key.split("_")[0], rng.hexs(8), host)
    return dict(key=key, frm=t["frm"], subject=t["subject"], text=t["text"], when=when, mid=mid, to=to_addr,
                to_name=to_name, kind=t["kind"], reply_to=t.get("reply_to"))
