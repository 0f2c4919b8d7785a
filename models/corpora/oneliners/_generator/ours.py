"""Our own outgoing mail that people reply to: promotions, newsletters, catalog e-mails,
service mail (outage alerts, bill notices, payment reminders) and acknowledgements."""

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy Alerts", "alerts@notify.alliantenergy.com")
CC_ES = ("Alliant Energy", "customercare@alliant-energy.com")

FOOT = ("You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving\n"
        "promotional e-mail, reply with \"unsubscribe\" or write to customercare@alliant-energy.com.\n"
        "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")

FOOT_PH = ("You are receiving this e-mail because you shop with the PowerHouse Catalog. To stop catalog\n"
           "e-mail, reply \"unsubscribe\". We share our customer list with other catalog companies; to\n"
           "opt out of sharing write to powerhousecatalog@alliant-energy.com.\n"
           "PowerHouse Catalog, Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")

FOOT_ES = ("Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos\n"
           "promocionales, responda \"unsubscribe\" o escriba a customercare@alliant-energy.com.\n"
           "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")

OURS = {
    "promo_thermostat": dict(
        kind="promotion", sender=CC, subject="Save up to $100 on a smart thermostat this fall",
        text="Save up to $100 on a smart thermostat\n\n"
             "Alliant Energy customers can get an instant rebate of up to $100 on qualifying\n"
             "ENERGY STAR smart thermostats through December 31.\n\n"
             "Shop now: https://www.alliantenergy.com/thermostats\n\n" + FOOT,
        list_unsub=True, id="promo.thermo"),
    "promo_heatpump": dict(
        kind="promotion", sender=CC, subject="Is a heat pump right for your home? Rebates up to $1,600",
        text="Stay comfortable all year with an air-source heat pump.\n\n"
             "Qualifying Alliant Energy customers can receive rebates of up to $1,600 when a\n"
             "participating contractor installs an eligible system.\n\n"
             "Find a contractor: https://www.alliantenergy.com/heatpumps\n\n" + FOOT,
        list_unsub=True, id="promo.heatpump"),
    "newsletter_nov": dict(
        kind="newsletter", sender=CC, subject="Energy Connections | November 2026",
        text="ENERGY CONNECTIONS - November 2026\n\n"
             "* Five ways to cut your heating bill this winter\n"
             "* Meet the line crews who restored power after the October storms\n"
             "* Holiday lighting: LED strings use up to 90% less energy\n\n"
             "Read more: https://www.alliantenergy.com/connections\n\n" + FOOT,
        list_unsub=True, id="news.connections"),
    "promo_es": dict(
        kind="promotion", sender=CC_ES, subject="Ahorre hasta $100 en un termostato inteligente",
        text="Ahorre hasta $100 en un termostato inteligente\n\n"
             "Los clientes de Alliant Energy pueden recibir un reembolso inmediato de hasta $100\n"
             "en termostatos inteligentes ENERGY STAR hasta el 31 de diciembre.\n\n"
             "Compre ahora: https://www.alliantenergy.com/termostatos\n\n" + FOOT_ES,
        list_unsub=True, id="promo.thermo-es"),
    "catalog_holiday": dict(
        kind="catalog e-mail", sender=PH, subject="The PowerHouse Holiday Catalog is here: 20% off LED lighting",
        text="THE HOLIDAY CATALOG IS HERE\n\n"
             "Take 20% off LED string lights, smart plugs and timers through December 15.\n"
             "Your printed catalog is on its way, or browse it online:\n"
             "https://powerhouse.alliantenergy.com/holiday\n\n" + FOOT_PH,
        list_unsub=True, id="cat.holiday"),
    "catalog_fall": dict(
        kind="catalog e-mail", sender=PH, subject="New in the PowerHouse Catalog: smart plugs from $9.99",
        text="NEW THIS FALL\n\n"
             "Smart plugs from $9.99, weatherstripping kits and programmable timers.\n"
             "Free shipping on orders over $35.\n\n"
             "Shop: https://powerhouse.alliantenergy.com/new\n\n" + FOOT_PH,
        list_unsub=True, id="cat.fall"),
    "outage_restored": dict(
        kind="outage alert", sender=ALERTS, subject="Outage update: power restored",
        text="Alliant Energy outage update\n\n"
             "Power has been restored in your area. If you are still without power, please call\n"
             "1-800-255-4268.\n\n"
             "To change how you receive outage alerts, visit My Account at alliantenergy.com.",
        list_unsub=False, id="alert.outage", reply_to="customercare@alliant-energy.com"),
    "outage_es": dict(
        kind="outage alert", sender=ALERTS, subject="Aviso de apagón en su zona",
        text="Aviso de Alliant Energy\n\n"
             "Hay un apagón en su zona. Hora estimada de restablecimiento: 6:30 p. m.\n"
             "Si hay cables caídos, llame al 1-800-255-4268.\n\n"
             "Para cambiar cómo recibe estos avisos, visite Mi Cuenta en alliantenergy.com.",
        list_unsub=False, id="alert.outage-es", reply_to="customercare@alliant-energy.com"),
    "bill_ready": dict(
        kind="bill notice", sender=ALERTS, subject="Your Alliant Energy bill is ready",
        text="Your bill is ready.\n\n"
             "Account ending in 4471\nAmount due: $142.18\nDue date: November 20, 2026\n\n"
             "View and pay your bill: https://www.alliantenergy.com/myaccount",
        list_unsub=False, id="alert.bill", reply_to="customercare@alliant-energy.com"),
    "payment_reminder": dict(
        kind="payment reminder", sender=ALERTS, subject="Payment reminder: your bill is due soon",
        text="This is a friendly reminder that your payment of $88.40 for the account ending in\n"
             "0937 is due on December 4, 2026.\n\n"
             "If you have already paid, thank you and please disregard this message.",
        list_unsub=False, id="alert.remind", reply_to="customercare@alliant-energy.com"),
}

ACK_TEXT = {
    "ack_mo": "Thank you for contacting Alliant Energy.\n\n"
              "We have received your request to stop marketing mail and e-mail from us. It will take\n"
              "effect within 10 business days; mail that was already prepared may still arrive during\n"
              "that time.\n\n"
              "If you did not send this request, or if you have a question, reply to this message.\n\n"
              "Alliant Energy Customer Care\n4902 N. Biltmore Lane, Madison, WI 53718",
    "ack_cso": "Thank you for writing to the PowerHouse Catalog.\n\n"
               "We have received your request that we not share your name and address with other\n"
               "companies. It will take effect within 15 business days.\n\n"
               "If you have a question, reply to this message.\n\n"
               "PowerHouse Catalog, Alliant Energy\n4902 N. Biltmore Lane, Madison, WI 53718",
    "ack_mo_ph": "Thank you for writing to the PowerHouse Catalog.\n\n"
                 "We have received your request to stop sending you the PowerHouse Catalog and our catalog\n"
                 "e-mail. It will take effect within 10 business days; a catalog that is already in the\n"
                 "mail may still arrive.\n\n"
                 "If you have a question, reply to this message.\n\n"
                 "PowerHouse Catalog, Alliant Energy\n4902 N. Biltmore Lane, Madison, WI 53718",
    "ack_mo_es": "Gracias por comunicarse con Alliant Energy.\n\n"
                 "Recibimos su solicitud de no recibir más correo ni correo electrónico de mercadeo.\n"
                 "Se aplicará dentro de 10 días hábiles.\n\n"
                 "Si usted no envió esta solicitud o tiene alguna pregunta, responda a este mensaje.\n\n"
                 "Alliant Energy, Atención al Cliente\n4902 N. Biltmore Lane, Madison, WI 53718",
}


def ack(kind, orig_subject):
    sender = PH if kind in ("ack_cso", "ack_mo_ph") else CC
    return dict(kind="acknowledgement", sender=sender, subject="Re: " + orig_subject, text=ACK_TEXT[kind],
                list_unsub=False, id="ack", auto_submitted=True)
