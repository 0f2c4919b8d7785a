"""Our own outgoing mail that the phone writers in `dictated` reply to or quote.

Written for this set. Each original carries the Reply-To that sends answers to one of our two mailboxes.
"""
import datetime as _dt

CC_ADDR = "customercare@alliant-energy.com"
PH_ADDR = "powerhousecatalog@alliant-energy.com"
OFFERS = ("Alliant Energy", "offers@email.alliant-energy.com")
OFFERS_ES = ("Alliant Energy", "ofertas@email.alliant-energy.com")
NEWS = ("Alliant Energy EnergyWise", "energywise@news.alliant-energy.com")
DEALS = ("PowerHouse Catalog", "deals@catalog.alliant-energy.com")
OUTAGE = ("Alliant Energy Outage Alerts", "outagealerts@notify.alliant-energy.com")
BILLING = ("Alliant Energy", "billing@notify.alliant-energy.com")
ADDR = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

PROMO_FOOT = ("--\nYou get this e-mail because you have an Alliant Energy account and agreed to hear about\n"
              "offers and programs. Reply STOP to stop promotional e-mail, or manage your choices at\n"
              "https://email.alliant-energy.com/prefs. Bills and outage alerts are not affected.\n" + ADDR)
PROMO_FOOT_ES = ("--\nRecibe este correo porque tiene una cuenta con Alliant Energy. Para dejar de recibir\n"
                 "ofertas por correo electronico, responda BAJA. Sus facturas y alertas no cambian.\n" + ADDR)
CAT_FOOT = ("--\nPowerHouse Catalog is part of the Alliant Energy family of companies.\n"
            "To stop catalog e-mails or the printed catalog, reply to this message.\n"
            "We sometimes exchange customer names and postal addresses with other catalog companies.\n"
            "If you would rather we not share yours, reply and tell us. We never share e-mail addresses.")
SERVICE_FOOT = ("This is a service message about your account. You get it even if you have opted out of\n"
                "promotional e-mail. Change alert settings at https://www.alliant-energy.com/alerts\n" + ADDR)
SERVICE_FOOT_ES = ("Este es un mensaje de servicio sobre su cuenta. Cambie sus alertas en\n"
                   "https://www.alliant-energy.com/es/alertas\n" + ADDR)

O = {}


def _o(key, kind, sender, subject, date, msgid, text, reply_to):
    O[key] = dict(key=key, kind=kind, name=sender[0], addr=sender[1], subject=subject, date=date,
                  msgid=msgid, text=text, reply_to=("", reply_to))


# ------------------------------------------------------------------ promotions ---
_o("P1", "promo", OFFERS, "Cooler summer, lower bill: $300 back on a heat pump", "2026-05-12 09:10:00",
   "<010001956a2b7c3e-5f1a9d22-7c41-4e0b-9a33-c1d2e0f4a871-000000@email.alliant-energy.com>",
   "Thinking about replacing an old air conditioner?\n\n"
   "A cold-climate heat pump heats and cools with one system. Through August 31\n"
   "Alliant Energy customers get $300 back when a participating contractor installs one.\n\n"
   "Find a contractor: https://www.alliant-energy.com/heatpump\n\n" + PROMO_FOOT, CC_ADDR)

_o("P2", "promo", OFFERS, "Your thermostat could be earning you $75", "2026-06-23 10:45:00",
   "<010001957c3d8e4f-6a2b0e33-8d52-4f1c-ab44-d2e3f1a5b982-000000@email.alliant-energy.com>",
   "Join Smart Hours this summer.\n\n"
   "Connect a compatible smart thermostat, let us nudge it a few degrees on the hottest\n"
   "afternoons, and get a $75 bill credit. You can override any event from your phone.\n\n"
   "Enroll in two minutes: https://www.alliant-energy.com/smarthours\n\n" + PROMO_FOOT, CC_ADDR)

_o("P3", "promo", OFFERS, "Go solar without a roof: community solar shares are open", "2026-03-17 08:30:00",
   "<010001953f1e5a2d-4e0c8b11-6b30-4d9a-8922-b0c1d9e3f760-000000@email.alliant-energy.com>",
   "No panels on your house? No problem.\n\n"
   "Reserve a share of the Prairie Ridge community solar garden and see a credit on every\n"
   "bill for 20 years. Shares start at $9 a month.\n\n"
   "Reserve a share: https://www.alliant-energy.com/communitysolar\n\n" + PROMO_FOOT, CC_ADDR)

_o("P4", "promo", OFFERS_ES, "Ahorre este verano: $75 por su termostato inteligente", "2026-06-24 11:00:00",
   "<010001957c4e9f50-7b3c1f44-9e63-4a2d-bc55-e3f4a2b6ca93-000000@email.alliant-energy.com>",
   "Inscriba su termostato inteligente en Horas Inteligentes y reciba un credito de $75 en su\n"
   "factura. Usted puede cancelar cualquier evento desde su telefono.\n\n"
   "Inscribase aqui: https://www.alliant-energy.com/es/horas\n\n" + PROMO_FOOT_ES, CC_ADDR)

_o("N1", "newsletter", NEWS, "EnergyWise | Fall 2026: furnace tune-ups, rebates and a pie recipe",
   "2026-09-15 07:00:00", "<nl.energywise.202609.k3Qd8Zr1vTm2Lw@news.alliant-energy.com>",
   "ENERGYWISE - FALL 2026\n\n"
   "1. Book a furnace tune-up before the first cold snap and get $50 back.\n"
   "2. Weatherstrip kits are 30% off at the PowerHouse Catalog through October.\n"
   "3. Apple-cranberry pie from our Cedar Rapids line crew.\n\n"
   "Read it all: https://news.alliant-energy.com/fall26\n\n" + PROMO_FOOT, CC_ADDR)

# ------------------------------------------------------------- catalog e-mail ---
_o("C1", "catalog", DEALS, "Weekend only: 25% off LED lighting", "2026-04-24 06:30:00",
   "<pc-weekend-led.4471902.h8k2qz@catalog.alliant-energy.com>",
   "This weekend only, take 25% off every LED bulb, strip and fixture in the PowerHouse\n"
   "Catalog. Use code BRIGHT25 at checkout.\n\n"
   "Shop now: https://catalog.alliant-energy.com/led\n\n" + CAT_FOOT, PH_ADDR)

_o("C2", "catalog", DEALS, "The fall PowerHouse Catalog is on its way", "2026-08-27 06:30:00",
   "<pc-fall-book.4472155.m3t9wd@catalog.alliant-energy.com>",
   "Look for the fall PowerHouse Catalog in your mailbox next week: 96 pages of space\n"
   "heaters, draft stoppers, smart plugs and gifts for the handy person in your life.\n\n"
   "Can't wait? Browse it online: https://catalog.alliant-energy.com/fall26\n\n" + CAT_FOOT, PH_ADDR)

_o("C3", "catalog", DEALS, "Holiday gift guide: free shipping over $49", "2026-11-19 06:30:00",
   "<pc-holiday-guide.4473018.r6v1px@catalog.alliant-energy.com>",
   "Gifts that save energy all year: heated throws, solar string lights, smart plugs and\n"
   "more. Free shipping on orders over $49 through December 15.\n\n"
   "See the gift guide: https://catalog.alliant-energy.com/gifts\n\n" + CAT_FOOT, PH_ADDR)

# -------------------------------------------------------------- service mail ---
_o("S1", "outage", OUTAGE, "Outage alert: power is out near your address", "2026-07-09 18:42:00",
   "<OMS.20260709.1842.48213@notify.alliant-energy.com>",
   "We know about an outage affecting your address on file.\n\n"
   "Cause: storm damage\nCustomers affected: about 1,900\nEstimated restoration: 11:30 PM\n\n"
   "Crews are on the way. Check the outage map: https://www.alliant-energy.com/outages\n\n" + SERVICE_FOOT,
   CC_ADDR)

_o("S2", "restore", OUTAGE, "Power restored at your address", "2026-07-10 00:14:00",
   "<OMS.20260710.0014.48977@notify.alliant-energy.com>",
   "Good news: our records show power is back on at your address.\n\n"
   "If you are still out, report it at https://www.alliant-energy.com/outages or call\n"
   "1-800-255-4268.\n\n" + SERVICE_FOOT, CC_ADDR)

_o("S3", "outage", OUTAGE, "Alerta de apagon: no hay luz cerca de su domicilio", "2026-08-02 16:05:00",
   "<OMS.20260802.1605.50142@notify.alliant-energy.com>",
   "Sabemos de un apagon que afecta su domicilio.\n\n"
   "Causa: en investigacion\nRestablecimiento estimado: 8:00 PM\n\n"
   "Mapa de apagones: https://www.alliant-energy.com/es/apagones\n\n" + SERVICE_FOOT_ES, CC_ADDR)

_o("B1", "bill", BILLING, "Your Alliant Energy bill is ready", "2026-05-04 05:20:00",
   "<bill.20260504.7a9c2e41b05d@notify.alliant-energy.com>",
   "Your new bill is ready to view.\n\n"
   "Amount due: $142.18\nDue date: May 26, 2026\n\n"
   "View and pay: https://www.alliant-energy.com/myaccount\n\n" + SERVICE_FOOT, CC_ADDR)

_o("B2", "reminder", BILLING, "Reminder: your payment is due in 3 days", "2026-10-20 05:20:00",
   "<bill.20261020.3e7b1d09c4aa@notify.alliant-energy.com>",
   "Friendly reminder: a payment of $96.40 is due on October 23, 2026.\n\n"
   "Already paid? Thank you, you can ignore this message.\n"
   "Pay now: https://www.alliant-energy.com/pay\n\n" + SERVICE_FOOT, CC_ADDR)

_o("B3", "bill", BILLING, "Su factura de Alliant Energy esta lista", "2026-02-03 05:20:00",
   "<bill.20260203.5c2d8f7a1e93@notify.alliant-energy.com>",
   "Su nueva factura esta lista.\n\n"
   "Total a pagar: $188.62\nFecha de vencimiento: 24 de febrero de 2026\n\n"
   "Vea y pague: https://www.alliant-energy.com/es/micuenta\n\n" + SERVICE_FOOT_ES, CC_ADDR)

# ----------------------------------------------------------- acknowledgements ---
ACK_EN = ("Hello,\n\nWe received your message on {when} and gave it the reference number {ref}.\n\n"
          "If you asked us to stop marketing mail or e-mail, or asked the PowerHouse Catalog not to\n"
          "share your name and postal address, the change will take effect within 10 business days.\n"
          "Bills, outage alerts and other service messages will continue.\n\n"
          "If your message needs a personal answer, someone from our team will write back.\n\n"
          "{team}\nThis message was sent automatically.")
ACK_ES = ("Hola:\n\nRecibimos su mensaje el {when}. Su numero de referencia es {ref}.\n\n"
          "Si pidio dejar de recibir publicidad por correo o por e-mail, o que no compartamos su\n"
          "nombre y direccion, el cambio se hara en un plazo de 10 dias habiles. Las facturas y\n"
          "alertas de servicio continuaran.\n\nServicio al Cliente de Alliant Energy\n"
          "Este mensaje se envio automaticamente.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def _ack(key, ref, date, tag, catalog=False, es=False):
    d = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S")
    if es:
        text = ACK_ES.format(when="%d de %s de %d" % (d.day, MESES[d.month - 1], d.year), ref=ref)
        subject = "Recibimos su solicitud [%s]" % ref
    else:
        team = "PowerHouse Catalog Customer Privacy" if catalog else "Alliant Energy Customer Privacy"
        text = ACK_EN.format(when="%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), ref=ref, team=team)
        subject = "We received your request [%s]" % ref
    sender = (("PowerHouse Catalog Customer Privacy", PH_ADDR) if catalog else
              ("Alliant Energy Customer Privacy", CC_ADDR))
    _o(key, "ack", sender, subject, date, "<ack.%s.%s@privacy.alliant-energy.com>" % (ref, tag), text,
       PH_ADDR if catalog else CC_ADDR)


_ack("A1", "PRV-2026-204417", "2026-03-03 14:02:11", "c41e0a9b27")
_ack("A2", "PRV-2026-311902", "2026-05-19 09:47:30", "7d20f3b18e")
_ack("A3", "PHC-26-08815", "2026-06-02 11:15:04", "a93b5e0c61", catalog=True)
_ack("A4", "PRV-2026-377540", "2026-08-11 16:20:45", "1f8c6d2a95")
_ack("A5", "PRV-2026-290118", "2026-04-28 10:05:19", "e6a40b7c13", es=True)
_ack("A6", "PHC-26-11342", "2026-10-06 13:31:58", "5b7e29d0f4", catalog=True)
_ack("A7", "PRV-2026-402263", "2026-09-22 08:55:40", "2c9f81e6a0")
