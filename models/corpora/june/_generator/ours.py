"""Alliant Energy's own outgoing mail in June 2027 (it shows up quoted, forwarded, bounced or auto-answered)."""
import datetime as dt
import hashlib

from mimekit import CDT

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"


def tok(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n].upper()


FD_TEXT = """PowerHouse Catalog | Father's Day 2027

Gifts he'll actually use.
Free shipping on orders over $49 through June 14 with code DAD27.

* Cordless 20V leaf blower & trimmer combo .............. $149.99
* Smart Wi-Fi garage door controller ...................... $39.95
* Heated grill-side tool set with LED flashlight ........ $54.00
* Rechargeable work light, 3000 lumens .................... $44.50

Shop now: https://powerhouse.alliant-energy.com/fathers-day
Order by phone: 1-800-555-0163 (Mon-Sat, 7 am - 7 pm CT)

------------------------------------------------------------
You're receiving this e-mail because you shopped with the PowerHouse
Catalog or asked to hear from us.

About your name and address: the PowerHouse Catalog occasionally shares
its customer list with other carefully selected catalog companies. We
never share your e-mail address. If you prefer that we not share your
name and postal address, write to powerhousecatalog@alliant-energy.com.

Don't want these e-mails? Unsubscribe:
https://email.alliant-energy.com/u/PH-2706-FD or reply UNSUBSCRIBE.

PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718
"""

EV_EN_TEXT = """Charge your EV at home for less

Get $500 back on a qualified Level 2 home charger installed by
September 30, 2027, and pay just 6.2 cents per kWh when you charge
overnight (10 pm - 6 am) on our Charge Ahead Home rate.

Apply at alliantenergy.com/evhome with offer code EVHOME500.

Not driving electric yet? Our Community Solar Garden has new shares
open this summer. Learn more at alliantenergy.com/communitysolar.

------------------------------------------------------------
You are receiving this e-mail because you are an Alliant Energy
customer and agreed to receive news about programs and offers.
To opt out of marketing e-mails, click Unsubscribe or reply with
the word unsubscribe. To stop marketing by postal mail, write to
customercare@alliant-energy.com.
Privacy policy: alliantenergy.com/privacy
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
"""

EV_ES_TEXT = """Cargue su vehículo eléctrico en casa por menos

Reciba $500 de reembolso por un cargador de nivel 2 calificado,
instalado antes del 30 de septiembre de 2027, y pague solo 6.2
centavos por kWh cuando cargue de noche (10 pm - 6 am) con nuestra
tarifa Charge Ahead Home.

Solicítelo en alliantenergy.com/evhome/es con el código EVHOME500.

¿Todavía no maneja un auto eléctrico? Nuestro Jardín Solar
Comunitario tiene nuevas participaciones este verano:
alliantenergy.com/communitysolar/es

------------------------------------------------------------
Usted recibe este correo porque es cliente de Alliant Energy y
aceptó recibir noticias sobre programas y ofertas. Para no recibir
más correos promocionales, haga clic en Cancelar suscripción o
responda con la palabra BAJA. Para dejar de recibir publicidad por
correo postal, escriba a customercare@alliant-energy.com.
Aviso de privacidad: alliantenergy.com/privacy
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
"""

OUTAGE_TEXT = """Alliant Energy outage alert

We know the power is out at your service address, {addr}.
Severe thunderstorms moved through your area this evening and
damaged lines and poles. Crews are on the way.

Estimated restoration: {eta}
Customers affected in your area: {n}

Stay at least 30 feet away from downed lines and call 911 or
1-800-555-0148 right away if you see one.

Track the outage: alliantenergy.com/outages

This is a service message about your account. You receive outage
alerts even if you have opted out of marketing. To change how we
send alerts, sign in to My Account > Alerts & Notifications.
"""

RESTORED_TEXT = """Alliant Energy: your power is back on

Power was restored at your service address, {addr}, at
{when}. Thank you for your patience while our crews worked through
the night after Thursday's storms.

Still out? Your home may have damage we can't see from our system.
Check your breakers, then report it at alliantenergy.com/outages or
call 1-800-555-0148.

This is a service message about your account. You receive outage
alerts even if you have opted out of marketing.
"""

BILL_TEXT = """Your Alliant Energy bill is ready

Account ending in: {tail}
Amount due: ${amount}
Due date: {due}

View and pay your bill: alliantenergy.com/myaccount

Sign up for AutoPay or Budget Billing any time in My Account.

This is a service message about your account. We send it even if
you have opted out of marketing contact. Please do not reply to this
e-mail; this mailbox is not monitored.
"""

ACK_TEXT = """Thank you for writing to {org}.

This is an automatic confirmation that we received your message of
{when}. Your reference number is {ref}.

If you asked us to stop marketing contact (new products, services,
programs and special offers) by postal mail or e-mail, or asked that
the PowerHouse Catalog not share your name and address with other
catalog companies, we will update our records within 10 business
days. Mailings already being printed may still reach you.

If you asked a question, someone from our Customer Care team will
answer within 2 business days.

You do not need to reply to this message. If you want to add
something to your request, reply and keep the reference number in
the subject line.

Alliant Energy Customer Care
"""


def promo(key, recipient):
    """Our promotional message as received by recipient (per-recipient Message-ID)."""
    t = tok(key + recipient)
    if key == "FD":
        return {"from_name": "PowerHouse Catalog", "from_addr": PH,
                "date": dt.datetime(2027, 6, 3, 10, 0, 12, tzinfo=CDT),
                "subject": "Father's Day gifts he'll actually use (free shipping through June 14)",
                "text": FD_TEXT, "msgid": "<PH-2706-FD.%s@mail.alliant-energy.com>" % t}
    if key == "EV-EN":
        return {"from_name": "Alliant Energy", "from_addr": CC,
                "date": dt.datetime(2027, 6, 8, 9, 30, 5, tzinfo=CDT),
                "subject": "Charge your EV at home for less: $500 back on a Level 2 charger",
                "text": EV_EN_TEXT, "msgid": "<AE-EV-2706-EN.%s@mail.alliant-energy.com>" % t}
    if key == "EV-ES":
        return {"from_name": "Alliant Energy", "from_addr": CC,
                "date": dt.datetime(2027, 6, 8, 9, 45, 5, tzinfo=CDT),
                "subject": "Cargue su vehículo eléctrico en casa: $500 de reembolso en un cargador de nivel 2",
                "text": EV_ES_TEXT, "msgid": "<AE-EV-2706-ES.%s@mail.alliant-energy.com>" % t}
    raise KeyError(key)


def outage(recipient, addr_tail, eta, n, sent=None):
    sent = sent or dt.datetime(2027, 6, 10, 19, 41, 30, tzinfo=CDT)
    return {"from_name": "Alliant Energy Alerts", "from_addr": "alerts@alliantenergy.com", "date": sent,
            "subject": "Outage alert: power is out at your address",
            "text": OUTAGE_TEXT.format(addr=addr_tail, eta=eta, n=n),
            "msgid": "<outage.20270610.%s@alerts.alliantenergy.com>" % tok("out" + recipient, 12).lower()}


def restored(recipient, addr_tail, when, sent):
    return {"from_name": "Alliant Energy Alerts", "from_addr": "alerts@alliantenergy.com", "date": sent,
            "subject": "Restored: your power is back on",
            "text": RESTORED_TEXT.format(addr=addr_tail, when=when),
            "msgid": "<restored.20270611.%s@alerts.alliantenergy.com>" % tok("res" + recipient, 12).lower()}


def bill(recipient, tail, amount, due, sent):
    return {"from_name": "Alliant Energy", "from_addr": "noreply@alliantenergy.com", "date": sent,
            "subject": "Your Alliant Energy bill is ready",
            "text": BILL_TEXT.format(tail=tail, amount=amount, due=due),
            "msgid": "<bill.%s.202706@notify.alliantenergy.com>" % tok("bill" + recipient, 12).lower()}


def ack(ref, mailbox, when_received, sent, in_reply_to=None):
    org = "the PowerHouse Catalog" if mailbox == "powerhousecatalog" else "Alliant Energy"
    w = "%s, %s %d, %d" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
                           [when_received.weekday()], "June" if when_received.month == 6 else "May",
                           when_received.day, when_received.year)
    d = {"from_name": "PowerHouse Catalog" if mailbox == "powerhousecatalog" else "Alliant Energy Customer Care",
         "from_addr": PH if mailbox == "powerhousecatalog" else CC, "date": sent,
         "subject": "We received your request [%s]" % ref,
         "text": ACK_TEXT.format(org=org, when=w, ref=ref), "msgid": "<ack.%s@alliant-energy.com>" % ref}
    if in_reply_to:
        d["refs"] = in_reply_to + " " + d["msgid"]
    return d


def staff(subject, text, sent, msgid, mailbox="customercare", refs=None):
    d = {"from_name": "PowerHouse Catalog" if mailbox == "powerhousecatalog" else "Alliant Energy Customer Care",
         "from_addr": PH if mailbox == "powerhousecatalog" else CC, "date": sent, "subject": subject,
         "text": text, "msgid": msgid}
    if refs:
        d["refs"] = refs + " " + msgid
    return d
