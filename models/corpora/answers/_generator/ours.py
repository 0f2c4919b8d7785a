"""The mail we sent, which people answer.  Each kind has its own sender, Message-ID style and footer, the way
an ESP, the catalog's mail platform, the outage system, billing, field operations, the newsletter tool, the survey
vendor and the privacy team each write their own.  build(o) -> dict(kind, from_name, from_addr, subject, body,
msgid, local, refs)."""
import datetime as dt
import random
import zlib

AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXL, HEXU = "0123456789abcdef", "0123456789ABCDEF"
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MESESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
ADDR = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def rnd(r, n, a=AN):
    return "".join(r.choice(a) for _ in range(n))


def _promo_footer(r, first_es=False):
    tok = rnd(r, 22, AN + "-_")
    if first_es:
        return ("--\nRecibe este correo porque es cliente de Alliant Energy y aceptó recibir ofertas y noticias de "
                "programas. Para cancelar la suscripción responda BAJA o visite https://email.alliant-energy.com/u/%s\n"
                "%s" % (tok, ADDR))
    return ("--\nYou are receiving this email because you are an Alliant Energy customer and signed up for offers "
            "and program news. To unsubscribe, reply STOP or visit https://email.alliant-energy.com/u/%s\n"
            "Manage your email preferences: https://email.alliant-energy.com/p/%s\n%s" % (tok, tok, ADDR))


def _catalog_footer(r):
    return ("--\nPowerHouse Catalog is a service of Alliant Energy. From time to time we make our customer list "
            "available to carefully screened companies whose products may interest you. If you would rather we not "
            "share your name and address, reply to this email or call 1-800-862-6222.\n"
            "Unsubscribe from PowerHouse Catalog emails: https://catalog.alliant-energy.com/unsub?e=%s\n"
            "PowerHouse Catalog, P.O. Box 77007, Madison, WI 53707" % rnd(r, 16, HEXL))


def build(o):
    r = random.Random(zlib.crc32(repr(sorted((k, repr(v)) for k, v in o.items())).encode()))
    k = o["k"]
    first = o.get("first", "")
    local = dt.datetime.strptime(o["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    d = dict(kind=k, local=local, refs=[])
    day = "%s %d" % (MOL[local.month - 1], local.day)
    if k.startswith("promo"):
        d["from_name"], d["from_addr"] = "Alliant Energy", "offers@email.alliant-energy.com"
        d["msgid"] = "<0100018%s-%s-%s-%s-%s-000000@email.alliant-energy.com>" % (
            rnd(r, 9, HEXL), rnd(r, 8, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 12, HEXL))
        hi = "Hi %s," % first if first else "Hi there,"
        if k == "promo_hp":
            d["subject"] = "Save up to $1,500 on a new heat pump this spring"
            body = ("%s\n\nSpring is the best time to upgrade. Right now, Alliant Energy customers can get rebates of "
                    "up to $1,500 on qualifying air-source heat pumps installed by a participating contractor.\n\n"
                    "Find a contractor: https://www.alliant-energy.com/heatpump?utm_source=email&utm_campaign=hp26\n\n"
                    "Offer ends May 31, 2026. Rebate amounts depend on equipment efficiency.\n\n" % hi)
        elif k == "promo_thermo":
            d["subject"] = "Get a smart thermostat for $0 after rebate"
            body = ("%s\n\nFor a limited time, get a qualifying smart thermostat for as little as $0 after your "
                    "instant rebate from Alliant Energy. Pair it with our Smart Savings program and earn a $25 bill "
                    "credit every summer.\n\nShop now: https://www.alliant-energy.com/thermostat?utm_campaign=st26\n\n"
                    "Limit two per account while supplies last.\n\n" % hi)
        elif k == "promo_ev":
            d["subject"] = "Charging at home? Earn $500 toward a Level 2 charger"
            body = ("%s\n\nThinking about an electric vehicle? Our EV Home Charging program pays up to $500 toward a "
                    "Level 2 charger and installation, plus lower off-peak rates overnight.\n\n"
                    "See if you qualify: https://www.alliant-energy.com/ev?utm_campaign=ev26\n\n" % hi)
        elif k == "promo_solar":
            d["subject"] = "Join Community Solar - spots are filling up"
            body = ("%s\n\nYou can support local solar without panels on your roof. Subscribe to a share of an Alliant "
                    "Energy community solar garden and receive a monthly bill credit for 20 years.\n\n"
                    "Reserve your share: https://www.alliant-energy.com/communitysolar?utm_campaign=cs26\n\n"
                    "Shares are limited.\n\n" % hi)
        elif k == "promo_es":
            d["subject"] = "Ahorre hasta $75 con un termostato inteligente"
            body = ("Hola %s:\n\nPor tiempo limitado, los clientes de Alliant Energy reciben un reembolso inmediato "
                    "de hasta $75 en termostatos inteligentes calificados. Además, con el programa Smart Savings gana "
                    "un crédito de $25 en su factura cada verano.\n\nCompre aquí: "
                    "https://www.alliant-energy.com/es/termostato?utm_campaign=st26es\n\n" % (first or "cliente"))
        else:
            raise ValueError(k)
        d["body"] = body + _promo_footer(r, k == "promo_es")
        d["list_unsub"] = True
    elif k.startswith("catalog"):
        d["from_name"], d["from_addr"] = "PowerHouse Catalog", "deals@catalog.alliant-energy.com"
        d["msgid"] = "<pc-%s.%d.%s@catalog.alliant-energy.com>" % (k[8:], r.randint(10 ** 6, 10 ** 7), rnd(r, 6))
        if k == "catalog_sale":
            d["subject"] = "Spring Sale: 25% off LED lighting and smart plugs"
            body = ("Dear %s,\n\nOur Spring Sale is on! Take 25%% off LED bulbs, fixtures and smart plugs through "
                    "April 15. Free shipping on orders over $49.\n\nShop the sale: "
                    "https://catalog.alliant-energy.com/spring26\n\nFeatured: 6-pack 60W-equivalent LED bulbs, now "
                    "$11.96. Wi-Fi smart plug 2-pack, now $18.71.\n\n" % (first or "Valued Customer"))
        elif k == "catalog_new":
            d["subject"] = "Your Summer 2026 PowerHouse Catalog is on its way"
            body = ("Dear %s,\n\nThe Summer 2026 PowerHouse Catalog is in the mail and should arrive within a week. "
                    "Inside: ceiling fans, outdoor solar lights, surge protectors and our new line of "
                    "energy-saving window films.\n\nBrowse it online now: https://catalog.alliant-energy.com/summer26\n\n"
                    % (first or "Valued Customer"))
        elif k == "catalog_order":
            d["subject"] = "Your PowerHouse Catalog order #PH-%d has shipped" % o["order"]
            body = ("Dear %s,\n\nGood news: your order #PH-%d shipped today by UPS Ground.\nTracking: 1Z%s\n\n"
                    "You may also like: LED under-cabinet light kit, $24.99.\n\n" % (first, o["order"],
                                                                                      rnd(r, 16, HEXU)))
        else:
            raise ValueError(k)
        d["body"] = body + _catalog_footer(r)
        d["list_unsub"] = True
    elif k in ("outage", "restored"):
        d["from_name"], d["from_addr"] = "Alliant Energy Outage Alerts", "outagealerts@notify.alliant-energy.com"
        d["msgid"] = "<OMS.%s.%d@notify.alliant-energy.com>" % (local.strftime("%Y%m%d.%H%M"), r.randint(10000, 99999))
        if k == "outage":
            d["subject"] = "Outage alert: power is out at %s" % o["street"]
            d["body"] = ("Alliant Energy outage alert\n\nWe're aware of a power outage affecting %s.\n"
                         "Cause: %s\nCustomers affected: %d\nEstimated restoration: %s\n\nWe'll send an update if "
                         "the estimate changes. Report a downed line: call 1-800-255-4268 right away.\n\n"
                         "You are receiving this outage alert because this email address is on file for alerts. "
                         "Manage alerts at https://www.alliant-energy.com/alerts\n%s" % (
                             o["street"], o.get("cause", "Storm damage"), o.get("n", 214), o.get("eta", "6:30 PM"),
                             ADDR))
        else:
            d["subject"] = "Power restored at %s" % o["street"]
            d["body"] = ("Alliant Energy outage update\n\nPower has been restored to %s. Thank you for your patience."
                         "\n\nIf you are still without power, call 1-800-255-4268 or report it at "
                         "https://www.alliant-energy.com/outages\n\nYou are receiving this outage alert because "
                         "this email address is on file for alerts. Manage alerts at "
                         "https://www.alliant-energy.com/alerts\n%s" % (o["street"], ADDR))
    elif k in ("bill", "payrem", "payrem_es"):
        d["from_name"], d["from_addr"] = "Alliant Energy", "billing@notify.alliant-energy.com"
        d["msgid"] = "<bill.%s.%s@notify.alliant-energy.com>" % (local.strftime("%Y%m%d"), rnd(r, 12, HEXL))
        due = local + dt.timedelta(days=o.get("due_in", 18))
        if k == "bill":
            d["subject"] = "Your Alliant Energy bill is ready"
            d["body"] = ("Hello %s,\n\nYour new bill for the account ending in %s is ready.\n\nAmount due: $%s\n"
                         "Due date: %s %d, %d\n\nView and pay your bill: https://www.alliant-energy.com/mya\n\n"
                         "This is a service message about your account. Please do not reply with payment "
                         "information.\n%s" % (first, o["acct4"], o["amt"], MOL[due.month - 1], due.day, due.year,
                                               ADDR))
        elif k == "payrem":
            d["subject"] = "Reminder: your payment is due %s %d" % (MOL[due.month - 1][:3] + ".", due.day)
            d["body"] = ("Hello %s,\n\nThis is a friendly reminder that a payment of $%s for the account ending in %s "
                         "is due on %s %d.\n\nIf you've already paid, thank you, and please disregard this message.\n\n"
                         "Pay now: https://www.alliant-energy.com/pay\nSet up AutoPay: "
                         "https://www.alliant-energy.com/autopay\n\nThis is a service message about your account.\n%s"
                         % (first, o["amt"], o["acct4"], MOL[due.month - 1], due.day, ADDR))
        else:
            d["subject"] = "Recordatorio: su pago vence el %d de %s" % (due.day, MESESL[due.month - 1])
            d["body"] = ("Hola %s:\n\nLe recordamos que el pago de $%s de la cuenta que termina en %s vence el %d de "
                         "%s.\n\nSi ya pagó, gracias; no tome en cuenta este mensaje.\n\nPagar ahora: "
                         "https://www.alliant-energy.com/es/pagar\n\nEste es un mensaje de servicio sobre su cuenta.\n%s"
                         % (first, o["amt"], o["acct4"], due.day, MESESL[due.month - 1], ADDR))
    elif k == "maint":
        d["from_name"], d["from_addr"] = "Alliant Energy Field Operations", "planned-work@notify.alliant-energy.com"
        d["msgid"] = "<fieldops-notice-%d.%s@notify.alliant-energy.com>" % (r.randint(80000, 89999), rnd(r, 5, HEXL))
        day2 = local + dt.timedelta(days=o.get("in", 6))
        d["subject"] = "Planned maintenance near %s on %s %d" % (o["street"], MOL[day2.month - 1], day2.day)
        d["body"] = ("Dear customer,\n\nTo keep service reliable, our crews will replace equipment on the power lines "
                     "near %s on %s, %s %d. Your power will be off for about %s between 9 AM and 1 PM.\n\n"
                     "Please unplug sensitive electronics beforehand. If you rely on medical equipment, call us at "
                     "1-800-255-4268.\n\nWe apologize for the inconvenience.\nAlliant Energy Field Operations\n%s" % (
                         o["street"], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
                             day2.weekday()], MOL[day2.month - 1], day2.day, o.get("dur", "two hours"), ADDR))
    elif k in ("news", "news_es"):
        d["from_name"], d["from_addr"] = "Alliant Energy EnergyWise", "energywise@news.alliant-energy.com"
        d["msgid"] = "<nl.energywise.%s.%s@news.alliant-energy.com>" % (local.strftime("%Y%m"), rnd(r, 14, AN))
        if k == "news":
            d["subject"] = "EnergyWise: 5 ways to cut your %s energy bill" % o.get("season", "summer")
            d["body"] = ("EnergyWise | %s %d\n\n1. Set your thermostat a few degrees higher when you're away.\n"
                         "2. Get a free home energy assessment - book at https://www.alliant-energy.com/assessment\n"
                         "3. Recycle your old fridge and get $50 back.\n4. Seal air leaks around doors and windows.\n"
                         "5. Switch to LED bulbs - now 25%% off at the PowerHouse Catalog.\n\nProgram spotlight: "
                         "Appliance rebates up to $400 on ENERGY STAR models through June 30.\n\n--\nYou are "
                         "subscribed to EnergyWise, the energy-efficiency newsletter from Alliant Energy. "
                         "Unsubscribe: https://news.alliant-energy.com/unsubscribe?u=%s\n%s" % (
                             MOL[local.month - 1], local.year, rnd(r, 18, HEXL), ADDR))
        else:
            d["subject"] = "Boletín EnergyWise: consejos para ahorrar este verano"
            d["body"] = ("EnergyWise | %s de %d\n\n1. Suba unos grados el termostato cuando no esté en casa.\n"
                         "2. Pida una evaluación energética gratuita de su hogar.\n3. Recicle su refrigerador viejo "
                         "y reciba $50.\n\nReembolsos de hasta $400 en electrodomésticos ENERGY STAR hasta el 30 de "
                         "junio.\n\n--\nEstá suscrito a EnergyWise, el boletín de eficiencia energética de Alliant "
                         "Energy. Cancelar suscripción: https://news.alliant-energy.com/unsubscribe?u=%s\n%s" % (
                             MESESL[local.month - 1], local.year, rnd(r, 18, HEXL), ADDR))
        d["list_unsub"] = True
    elif k == "survey":
        d["from_name"], d["from_addr"] = "Alliant Energy Customer Feedback", "feedback@survey.alliant-energy.com"
        d["msgid"] = "<SV_%s.R_%s@survey.alliant-energy.com>" % (rnd(r, 15), rnd(r, 15))
        d["subject"] = o.get("subject", "How did we do? Tell us about your recent call")
        d["body"] = ("Hi %s,\n\nYou recently %s. We'd like to hear how it went.\n\nThis 3-minute survey asks about "
                     "your experience: https://survey.alliant-energy.com/jfe/form/SV_%s\n\nThank you for helping us "
                     "improve.\nAlliant Energy Customer Experience\n\nThis survey is conducted for Alliant Energy. "
                     "Your answers are confidential. To opt out of future surveys, click here: "
                     "https://survey.alliant-energy.com/optout\n%s" % (
                         first, o.get("why", "called our customer service center"), rnd(r, 15), ADDR))
    elif k in ("ack", "ack_cat", "ack_es"):
        ref = o["ref"]
        if k == "ack_cat":
            d["from_name"], d["from_addr"] = "PowerHouse Catalog Customer Privacy", "powerhousecatalog@alliant-energy.com"
        else:
            d["from_name"], d["from_addr"] = "Alliant Energy Customer Privacy", "customercare@alliant-energy.com"
        d["msgid"] = "<ack.%s.%s@privacy.alliant-energy.com>" % (ref, rnd(r, 10, HEXL))
        if o.get("their"):
            d["refs"] = [o["their"]]
        if k == "ack_es":
            d["subject"] = "Hemos recibido su solicitud [Ref. %s]" % ref
            d["body"] = ("Estimado/a %s:\n\nGracias por escribirnos. Hemos registrado su solicitud: %s.\n\n"
                         "Número de referencia: %s\n\nEl cambio en los correos electrónicos se aplica en un plazo de "
                         "10 días hábiles; el correo postal ya impreso puede seguir llegando de 6 a 8 semanas.\n\n"
                         "Atentamente,\nEquipo de Privacidad de Alliant Energy" % (first, o["what"], ref))
        else:
            d["subject"] = "We received your privacy request [Ref: %s]" % ref
            d["body"] = ("Dear %s,\n\nThank you for contacting us. We have recorded your request: %s.\n\n"
                         "Reference number: %s\n\nE-mail changes take effect within 10 business days. Catalogs and "
                         "mailings already printed may still arrive for 6 to 8 weeks.\n\nPlease keep this reference "
                         "number if you contact us about this request.\n\nSincerely,\n%s" % (
                             first, o["what"], ref, "PowerHouse Catalog Customer Privacy" if k == "ack_cat" else
                             "Alliant Energy Customer Privacy Team"))
    elif k == "friendfwd":
        inner = build(o["inner"])
        fn, fa = o["friend"]
        t = inner["local"]
        d["from_name"], d["from_addr"] = fn, fa
        d["msgid"] = "<CA%s@mail.gmail.com>" % rnd(r, 46, AN + "-_")
        d["subject"] = "Fwd: " + inner["subject"]
        d["body"] = (o["text"] + "\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d\n"
                     "Subject: %s\nTo: <%s>\n\n\n%s" % (inner["from_name"], inner["from_addr"],
                                                       ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()],
                                                       MOL[t.month - 1][:3], t.day, t.year, inner["subject"],
                                                       fa, inner["body"]))
    else:
        raise ValueError(k)
    del day
    return d
