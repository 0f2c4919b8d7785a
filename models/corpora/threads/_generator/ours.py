"""The mail we sent and our desk's replies, which people quote, answer and forward in this set.

build(kind, **kw) -> dict(kind, from_name, from_addr, to_name, to_addr, subject, body, msgid, local, refs,
preheader).  Every random choice comes from a seed made of the arguments, so a rebuild gives the same ids.
"""
import datetime as dt
import random
import zlib

AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MESESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
POST = "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"
CAT_POST = "PowerHouse Catalog | P.O. Box 77007 | Madison, WI 53707"


def rnd(r, n, a=AN):
    return "".join(r.choice(a) for _ in range(n))


def promo_footer(r, es=False):
    t = rnd(r, 20, AN)
    if es:
        return ("--\nLe enviamos este mensaje porque es cliente de Alliant Energy y pidió recibir ofertas. "
                "Si ya no desea recibirlas, responda BAJA o entre a https://email.alliant-energy.com/pref/%s\n%s"
                % (t, POST))
    return ("--\nYou're getting this because you're an Alliant Energy customer who opted in to offers and program "
            "news. Reply STOP to end offers by email, or update preferences at "
            "https://email.alliant-energy.com/pref/%s\n%s" % (t, POST))


def catalog_footer(r, es=False):
    t = rnd(r, 14, HEXL)
    if es:
        return ("--\nEl Catálogo PowerHouse es un servicio de Alliant Energy. A veces intercambiamos nuestra lista de "
                "correo con otros catálogos de confianza. Si prefiere que su nombre y dirección no se incluyan, "
                "responda a este mensaje o llame al 1-800-862-6222.\nDarse de baja: "
                "https://catalog.alliant-energy.com/baja?c=%s\n%s" % (t, CAT_POST))
    return ("--\nPowerHouse Catalog is a service of Alliant Energy. We sometimes exchange our mailing list with "
            "other reputable catalogs. To keep your name and address off those lists, reply to this email or call "
            "1-800-862-6222.\nUnsubscribe from catalog email: https://catalog.alliant-energy.com/unsub?c=%s\n%s"
            % (t, CAT_POST))


def build(kind, date, to=("", ""), first="", **kw):
    seed = zlib.crc32(("%s|%s|%s|%s" % (kind, date, to, sorted(kw.items()))).encode())
    r = random.Random(seed)
    local = dt.datetime.strptime(date, "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    d = dict(kind=kind, local=local, refs=list(kw.get("refs", [])), to_name=to[0], to_addr=to[1], preheader=None)
    hi = ("Hi %s," % first) if first else "Hi there,"
    if kind.startswith("promo"):
        d["from_name"], d["from_addr"] = "Alliant Energy", "offers@email.alliant-energy.com"
        d["msgid"] = "<01000190%s-%s-%s-%s-%s-000000@email.alliant-energy.com>" % (
            rnd(r, 8, HEXL), rnd(r, 8, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 12, HEXL))
        if kind == "promo_attic":
            d["subject"] = "Cut drafts this winter: up to $1,200 back on attic insulation"
            body = ("%s\n\nMost heat escapes through the attic. Add insulation before the cold sets in and get up to "
                    "$1,200 back when a participating contractor does the work.\n\nBook a contractor by December 15: "
                    "https://www.alliant-energy.com/insulate?utm_campaign=attic26\n\nRebate depends on the R-value "
                    "added and square footage.\n\n" % hi)
            d["preheader"] = "Up to $1,200 back before the snow flies. Reply STOP to opt out of offers."
        elif kind == "promo_hpwh":
            d["subject"] = "A water heater that pays you back: $800 rebate"
            body = ("%s\n\nHeat pump water heaters use about a third of the electricity of a standard electric "
                    "tank. Replace yours this fall and get an $800 rebate, plus free removal of the old unit.\n\n"
                    "See qualifying models: https://www.alliant-energy.com/hpwh?utm_campaign=hpwh26\n\n"
                    "Offer valid through November 30, 2026.\n\n" % hi)
            d["preheader"] = "Save on hot water all year. Not interested? Reply STOP."
        elif kind == "promo_ev":
            d["subject"] = "Drive electric for less: $400 toward a home charger"
            body = ("%s\n\nCharging overnight on our EV rate costs about the same as a gallon of gas per week of "
                    "driving. Enroll now and we'll put $400 toward a Level 2 charger.\n\nCheck eligibility: "
                    "https://www.alliant-energy.com/evrate?utm_campaign=ev26b\n\n" % hi)
            d["preheader"] = "Overnight charging rate plus a charger rebate. Reply STOP to end offers."
        elif kind == "promo_es":
            d["subject"] = "Ahorre en su calentador de agua: reembolso de hasta $800"
            body = ("Hola %s:\n\nLos calentadores de agua con bomba de calor usan mucha menos electricidad. Cambie el "
                    "suyo este otoño y reciba un reembolso de hasta $800 y el retiro gratis del equipo viejo.\n\n"
                    "Vea los modelos: https://www.alliant-energy.com/es/calentador?utm_campaign=hpwh26es\n\n"
                    "Oferta válida hasta el 30 de noviembre de 2026.\n\n" % (first or "cliente"))
            d["preheader"] = "Ofertas por tiempo limitado. Responda BAJA para no recibir más."
        else:
            raise ValueError(kind)
        d["body"] = body + promo_footer(r, kind == "promo_es")
        d["bulk"] = True
    elif kind.startswith("catalog"):
        d["from_name"], d["from_addr"] = "PowerHouse Catalog", "deals@catalog.alliant-energy.com"
        d["msgid"] = "<phc.%s.%d.%s@catalog.alliant-energy.com>" % (kind[8:], r.randint(10 ** 7, 10 ** 8), rnd(r, 8))
        dear = "Dear %s," % (first or "Valued Customer")
        if kind == "catalog_sale":
            d["subject"] = "Fall Savings Event: 30% off smart home and lighting"
            body = ("%s\n\nOur Fall Savings Event runs through October 31. Take 30%% off smart switches, video "
                    "doorbells, LED floodlights and more. Orders over $59 ship free.\n\nShop now: "
                    "https://catalog.alliant-energy.com/fall26\n\nThis week's pick: dusk-to-dawn LED barn light, "
                    "$27.93 (was $39.90).\n\n" % dear)
            d["preheader"] = "30% off smart home picks. We never share your name if you ask us not to."
        elif kind == "catalog_new":
            d["subject"] = "The Holiday 2026 PowerHouse Catalog just landed"
            body = ("%s\n\nYour Holiday 2026 PowerHouse Catalog is in the mail. This year: heated throws, "
                    "battery lanterns, smart outdoor plugs for the lights, and stocking stuffers under $15.\n\n"
                    "Flip through it online: https://catalog.alliant-energy.com/holiday26\n\n" % dear)
            d["preheader"] = "Gift ideas that save energy. Don't want your name shared? Just reply."
        elif kind == "catalog_es":
            d["subject"] = "Ofertas de otoño del Catálogo PowerHouse: 30% de descuento"
            body = ("Estimado/a %s:\n\nHasta el 31 de octubre, 30%% de descuento en interruptores inteligentes, "
                    "timbres con video y focos LED. Envío gratis en pedidos de más de $59.\n\nCompre aquí: "
                    "https://catalog.alliant-energy.com/es/otono26\n\n" % (first or "cliente"))
            d["preheader"] = "30% de descuento. Si no quiere que compartamos su nombre, responda."
        elif kind == "catalog_order":
            d["subject"] = "Order PH-%s is on the way" % kw["order"]
            body = ("%s\n\nYour PowerHouse Catalog order PH-%s left our warehouse today by FedEx Ground.\n"
                    "Tracking number: %s\n\nYou might also like: plug-in motion night lights, 4 for $14.99.\n\n"
                    % (dear, kw["order"], "".join(r.choice("0123456789") for _ in range(15))))
        else:
            raise ValueError(kind)
        d["body"] = body + catalog_footer(r, kind == "catalog_es")
        d["bulk"] = True
    elif kind == "news":
        d["from_name"], d["from_addr"] = "Alliant Energy EnergyWise", "energywise@news.alliant-energy.com"
        d["msgid"] = "<ew.%s.%s@news.alliant-energy.com>" % (local.strftime("%Y%m"), rnd(r, 16))
        d["subject"] = "EnergyWise | %s: getting ready for heating season" % MOL[local.month - 1]
        d["body"] = ("EnergyWise | %s %d\n\n- Change your furnace filter before the first cold night.\n- Book a free "
                     "home energy checkup: https://www.alliant-energy.com/checkup\n- Smart thermostats are $50 off "
                     "at the PowerHouse Catalog this month.\n- Budget Billing spreads winter costs across the year.\n\n"
                     "Program spotlight: our Appliance Recycling program picks up old freezers for free and sends you "
                     "$35.\n\n--\nYou subscribed to EnergyWise from Alliant Energy. Unsubscribe: "
                     "https://news.alliant-energy.com/u?m=%s\n%s" % (MOL[local.month - 1], local.year, rnd(r, 18, HEXL),
                                                                      POST))
        d["preheader"] = "Your monthly energy tips. Unsubscribe anytime."
        d["bulk"] = True
    elif kind in ("bill", "payrem"):
        d["from_name"], d["from_addr"] = "Alliant Energy", "billing@notify.alliant-energy.com"
        d["msgid"] = "<bill.%s.%s@notify.alliant-energy.com>" % (local.strftime("%Y%m%d"), rnd(r, 14, HEXL))
        due = local + dt.timedelta(days=kw.get("due_in", 17))
        if kind == "bill":
            d["subject"] = "Your %s bill is ready to view" % MOL[local.month - 1]
            d["body"] = ("Hello %s,\n\nYour bill for the account ending in %s is ready.\n\nAmount due: $%s\n"
                         "Usage this period: %s kWh\nDue date: %s %d, %d\n\nView your bill: "
                         "https://www.alliant-energy.com/myaccount\n\nThis is a service message about your account.\n%s"
                         % (first or "customer", kw["acct4"], kw["amt"], kw.get("kwh", "744"), MOL[due.month - 1],
                            due.day, due.year, POST))
        else:
            d["subject"] = "Friendly reminder: payment due %s %d" % (MOL[due.month - 1][:3], due.day)
            d["body"] = ("Hello %s,\n\nA payment of $%s for the account ending in %s is due %s %d. If you've already "
                         "paid, thank you, and please ignore this note.\n\nPay now: https://www.alliant-energy.com/pay\n"
                         "\nThis is a service message about your account.\n%s" % (
                             first or "customer", kw["amt"], kw["acct4"], MOL[due.month - 1], due.day, POST))
    elif kind == "outage":
        d["from_name"], d["from_addr"] = "Alliant Energy Outage Alerts", "outagealerts@notify.alliant-energy.com"
        d["msgid"] = "<OMS.%s.%d@notify.alliant-energy.com>" % (local.strftime("%Y%m%d.%H%M"), r.randint(10000, 99999))
        d["subject"] = "Power outage reported near %s" % kw["street"]
        d["body"] = ("Alliant Energy outage alert\n\nWe know about an outage near %s.\nCause: %s\nEstimated "
                     "restoration: %s\n\nWe'll update you if the estimate changes. Stay away from downed lines and call "
                     "1-800-255-4268.\n\nYou get these alerts because this address is signed up for outage "
                     "notifications.\n%s" % (kw["street"], kw.get("cause", "Equipment failure"), kw.get("eta", "8:00 PM"),
                                             POST))
    elif kind == "maint":
        d["from_name"], d["from_addr"] = "Alliant Energy Field Operations", "planned-work@notify.alliant-energy.com"
        d["msgid"] = "<fo.%d.%s@notify.alliant-energy.com>" % (r.randint(100000, 999999), rnd(r, 6, HEXL))
        day = local + dt.timedelta(days=kw.get("in_days", 5))
        d["subject"] = "Scheduled work on %s on %s %d" % (kw["street"], MOL[day.month - 1], day.day)
        d["body"] = ("Dear customer,\n\nOur crews will replace a transformer serving %s on %s %d. Expect your power "
                     "to be off for up to three hours between 8 AM and noon.\n\nIf anyone at your address relies on "
                     "powered medical equipment, call 1-800-255-4268 before then.\n\nThank you for your patience.\n"
                     "Alliant Energy Field Operations\n%s" % (kw["street"], MOL[day.month - 1], day.day, POST))
    elif kind in ("ack", "ack_cat", "ack_es"):
        ref = kw["ref"]
        cat = kind == "ack_cat"
        d["from_name"] = "PowerHouse Catalog Customer Privacy" if cat else "Alliant Energy Customer Privacy"
        d["from_addr"] = "powerhousecatalog@alliant-energy.com" if cat else "customercare@alliant-energy.com"
        d["msgid"] = "<ack.%s.%s@privacy.alliant-energy.com>" % (ref, rnd(r, 10, HEXL))
        if kind == "ack_es":
            d["subject"] = "Recibimos su solicitud [Ref. %s]" % ref
            d["body"] = ("Estimado/a %s:\n\nGracias por escribirnos. Registramos lo siguiente: %s.\n\nReferencia: %s\n\n"
                         "Los cambios en el correo electrónico se aplican en un máximo de 10 días hábiles. El correo "
                         "impreso que ya está en camino puede seguir llegando de 6 a 8 semanas.\n\nAtentamente,\n"
                         "Equipo de Privacidad de Alliant Energy" % (first or "cliente", kw["what"], ref))
        else:
            d["subject"] = "We received your privacy request [Ref: %s]" % ref
            d["body"] = ("Dear %s,\n\nThank you for writing. We have recorded your request: %s.\n\nReference: %s\n\n"
                         "Email changes take effect within 10 business days. Printed mail that is already on its way "
                         "may keep arriving for 6 to 8 weeks.\n\nSincerely,\n%s" % (
                             first or "Customer", kw["what"], ref,
                             "PowerHouse Catalog Customer Privacy" if cat else "Alliant Energy Customer Privacy Team"))
    elif kind in ("agent", "agent_cat", "agent_es"):
        cat = kind == "agent_cat"
        d["from_name"] = kw.get("agent_name") or ("PowerHouse Catalog Customer Care" if cat else
                                                  "Alliant Energy Customer Care")
        d["from_addr"] = "powerhousecatalog@alliant-energy.com" if cat else "customercare@alliant-energy.com"
        d["msgid"] = "<desk.%s.%s@privacy.alliant-energy.com>" % (local.strftime("%Y%m%d%H%M"), rnd(r, 10, HEXL))
        d["subject"] = kw["subject"]
        d["body"] = kw["text"]
    elif kind == "customer":
        # a customer's own earlier message in a thread (quoted under our desk's reply)
        d["from_name"], d["from_addr"] = kw["name"], kw["addr"]
        d["msgid"] = kw.get("msgid") or "<%s-%s@%s>" % (rnd(r, 8, HEXL), rnd(r, 12, HEXL), kw["addr"].split("@")[1])
        d["subject"] = kw["subject"]
        d["body"] = kw["text"]
    else:
        raise ValueError(kind)
    return d
