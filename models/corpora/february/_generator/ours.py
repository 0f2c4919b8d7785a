"""Alliant Energy's own outgoing mail of January-February 2027, as it turns up quoted, forwarded,
bounced or auto-answered inside this set.  Every function returns a dict describing one copy
of the message as a given recipient got it."""
from mime import parse_date

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"
HQ = "4902 N. Biltmore Lane, Madison, WI 53718"


def _m(from_name, from_addr, date, subject, msgid, text, to, extra=None):
    d = {"from_name": from_name, "from_addr": from_addr, "date": parse_date(date),
         "subject": subject, "msgid": msgid, "text": text, "to": to}
    if extra:
        d.update(extra)
    return d


VAL_TEXT = """\
Valentine's Day is Sunday, February 14, and nothing says "I love you" in
February like warm toes.

This week's picks from the PowerHouse Catalog:

  * Heated throw with 3-hour auto shut-off ............ $49.95
  * Rechargeable hand warmers, set of 2 ............... $24.95
  * Smart plug 4-pack (coffee maker, twinkle lights) .. $29.95
  * Flameless LED candle set with timer ............... $19.95

Order by Tuesday, February 9 for delivery by Valentine's Day.
Free shipping on orders over $50.

Shop now: https://www.alliant-energy.com/powerhouse/valentines

--
You are receiving this e-mail because you bought from or asked for the
PowerHouse Catalog. The PowerHouse Catalog sometimes shares its customer
list with other catalog companies. If you would rather we did not share
your name and address, write to powerhousecatalog@alliant-energy.com.
We never share e-mail addresses.
To unsubscribe from these e-mails, reply with the word "unsubscribe".
PowerHouse Catalog, an Alliant Energy company, """ + HQ + "\n"


def valentine(to, tag):
    return _m("PowerHouse Catalog", PH, "2027-02-02 09:15:00 -0600",
              "Gifts that keep them warm: Valentine's picks from PowerHouse [PH-2702-VAL]",
              "<20270202151500.PH2702VAL.%s@mail.alliant-energy.com>" % tag, VAL_TEXT, to,
              {"list_unsub": "<mailto:%s?subject=unsubscribe%%20PH-2702-VAL>" % PH})


BTC_TEXT = """\
February is when drafts cost the most.

BEAT THE COLD rebates, now through March 31, 2027:

  - $25 back on weatherstripping and door sweeps (receipts of $40 or more)
  - $50 back on a qualifying smart thermostat
  - Attic insulation: 30% of the cost, up to $300 (contractor installed)

Claim online at alliantenergy.com/beatthecold or call 1-800-555-0148.

Tip: every degree you set the thermostat back overnight saves about 1% on
heating.

--
You're getting this because you're an Alliant Energy customer who agreed to
hear about programs and offers. To opt out of marketing e-mails, click
unsubscribe or reply to this message with the word unsubscribe. You'll still
get bills, outage alerts and other service messages.
Alliant Energy, """ + HQ + "\n"


def beat_the_cold(to, tag):
    return _m("Alliant Energy", CC, "2027-02-03 10:00:00 -0600",
              "Beat the Cold: up to $75 back when you seal the drafts [AE-NL-2702-BTC]",
              "<20270203160000.AENL2702BTC.%s@mail.alliant-energy.com>" % tag, BTC_TEXT, to,
              {"list_unsub": "<mailto:%s?subject=unsubscribe&body=AE-NL-2702-BTC>" % CC})


def bill_notice(to, tag, date, last4, amount, due):
    text = """\
Your bill is ready.

Account ending in %s
Amount due: $%s
Due date: %s

View and pay your bill at alliantenergy.com/myaccount.

Winter bills are higher for many customers. If you need help, ask about
budget billing or a payment arrangement: 1-800-555-0148.

This is a service message about your account. You receive it even if you
have opted out of marketing.
Please do not reply to this e-mail; this mailbox is not monitored.
Alliant Energy, %s
""" % (last4, amount, due, HQ)
    return _m("Alliant Energy", NOREPLY, date, "Your Alliant Energy bill is ready",
              "<bill.%s@alliantenergy.com>" % tag, text, to)


def outage_alert(to, tag, date, street, eta):
    text = """\
OUTAGE ALERT

We know the power is out at %s.

Cause: winter storm (snow and ice on lines)
Estimated restoration: %s

Crews are working as quickly and safely as they can. Stay away from
downed lines and call 1-800-555-0149 to report one.

See the outage map: alliantenergy.com/outages

You get this service message because you signed up for outage alerts.
To change your alert settings, sign in to My Account.
Alliant Energy, %s
""" % (street, eta, HQ)
    return _m("Alliant Energy Outage Alerts", NOREPLY, date,
              "Outage alert: power is out at your address",
              "<outage.WS0208.%s@alerts.alliantenergy.com>" % tag, text, to,
              {"reply_to": CC})


def outage_alert_es(to, tag, date, street, eta):
    text = """\
ALERTA DE INTERRUPCIÓN

Sabemos que no hay servicio eléctrico en %s.

Causa: tormenta invernal (nieve y hielo en las líneas)
Restablecimiento estimado: %s

Nuestras cuadrillas trabajan lo más rápido y seguro posible. Aléjese de
los cables caídos y llame al 1-800-555-0149 para reportarlos.

Mapa de interrupciones: alliantenergy.com/outages

Recibe este mensaje de servicio porque se inscribió en las alertas.
Para cambiar sus alertas, entre a Mi Cuenta.
Alliant Energy, %s
""" % (street, eta, HQ)
    return _m("Alertas de Alliant Energy", NOREPLY, date,
              "Alerta de interrupción: no hay servicio en su domicilio",
              "<outage.WS0208.%s@alerts.alliantenergy.com>" % tag, text, to,
              {"reply_to": CC})


def ack(to, ref, date):
    text = """\
Thank you for writing to us.

We received your message and recorded it under reference %s.

If you asked us to stop marketing contact, or not to share your name and
address with other companies, we will update our records within 10
business days. Mail that was already printed may still reach you.
If you asked a question, a member of our team will answer you.

This is an automatic message.
Alliant Energy Customer Care
""" % ref
    return _m("Alliant Energy Customer Care", CC, date,
              "We received your request [%s]" % ref,
              "<ack.%s@alliant-energy.com>" % ref, text, to, {"auto": True})


def staff_reply(to, subject, date, tag, text, frm=CC):
    return _m("Alliant Energy Customer Care", frm, date, subject,
              "<staff.%s@alliant-energy.com>" % tag, text, to)
