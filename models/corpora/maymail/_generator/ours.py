"""What Alliant Energy itself sent during 10-21 May 2027 (and just before).

These texts only appear inside the set as quoted, forwarded, bounced or
auto-answered material.  They are listed in the README.
"""
from mimekit import dt

PH_FROM = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
CC_FROM = "Alliant Energy <customercare@alliant-energy.com>"
ACK_FROM = "Alliant Energy Customer Care <customercare@alliant-energy.com>"
ALERT_FROM = "Alliant Energy Alerts <alerts@alliant-energy.com>"
BILL_FROM = "Alliant Energy <noreply@alliantenergy.com>"

# ------------------------------------------------------------------ Garden & Grill
GG = {
    "from": PH_FROM,
    "from_name": "PowerHouse Catalog",
    "from_addr": "powerhousecatalog@alliant-energy.com",
    "date": dt("2027-05-11 07:00:12"),
    "subject": "Garden & Grill is here \U0001F33F 20% off patio lighting through May 31",
    "token": "PH-2705-GG",
    "list_unsub": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2705-GG>, "
                  "<https://email.alliant-energy.com/u/PH-2705-GG?r={rid}>",
    "msgid": "<PH-2705-GG.{rid}@mail.alliant-energy.com>",
    "text": """POWERHOUSE CATALOG | Garden & Grill 2027

Spring is finally here. Our Garden & Grill collection has everything
for long evenings outside: solar path lights, LED string lights,
electric grills and smokers, cordless mowers and trimmers, and rain
barrels.

20% OFF PATIO & PATH LIGHTING
Use code GRILL20 at checkout through May 31, 2027.

Shop Garden & Grill: https://powerhouse.alliant-energy.com/garden-grill

Featured this month
  Cordless 40V mower with two batteries - $329.00
  48 ft. LED cafe string lights - $59.99
  Electric pellet smoker, 700 sq. in. - $449.00
  55-gallon rain barrel kit - $89.00

Free shipping on orders over $75.

--
You are receiving this e-mail because you are a PowerHouse Catalog
customer. To unsubscribe from PowerHouse e-mails, click
https://email.alliant-energy.com/u/PH-2705-GG or reply with the word
"unsubscribe".
PowerHouse occasionally makes its customer list (names and postal
addresses, never e-mail addresses) available to other catalog
companies. If you prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com or PowerHouse Catalog,
P.O. Box 77, Madison, WI 53701.
PowerHouse Catalog is a service of Alliant Energy,
4902 N. Biltmore Lane, Madison, WI 53718.""",
}

# ------------------------------------------------------------------ thermostat rebate
TS_FOOTER = """--
Alliant Energy sends news about products, services, programs and special
offers to customers. To opt out of marketing e-mails, reply with the word
"unsubscribe" or visit alliantenergy.com/preferences. Bills, outage alerts
and other service messages are not affected.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

TS_EN = {
    "from": CC_FROM,
    "from_name": "Alliant Energy",
    "from_addr": "customercare@alliant-energy.com",
    "date": dt("2027-05-12 10:00:05"),
    "subject": "Spring into savings: $75 back on a smart thermostat",
    "token": "AE-TS-2705",
    "list_unsub": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-TS-2705>",
    "msgid": "<AE-TS-2705.{rid}@mail.alliant-energy.com>",
    "text": """Spring into savings

Get $75 back when you buy and install a qualifying smart thermostat
by June 30, 2027. Smart thermostats learn your schedule and can trim
heating and cooling costs by up to 10 percent.

How it works
1. Buy an ENERGY STAR certified smart thermostat.
2. Install it at your Alliant Energy service address.
3. Apply online within 60 days with your receipt.

Apply now: https://www.alliantenergy.com/rebates/thermostat
Offer code: AE-TS-2705

Lea este correo en espanol: https://www.alliantenergy.com/es/termostato

""" + TS_FOOTER,
}

TS_ES = {
    "from": CC_FROM,
    "from_name": "Alliant Energy",
    "from_addr": "customercare@alliant-energy.com",
    "date": dt("2027-05-12 10:05:40"),
    "subject": "Ahorre esta primavera: $75 de reembolso en un termostato inteligente",
    "token": "AE-TS-2705-ES",
    "list_unsub": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-TS-2705-ES>",
    "msgid": "<AE-TS-2705-ES.{rid}@mail.alliant-energy.com>",
    "text": """Ahorre esta primavera

Reciba $75 de reembolso al comprar e instalar un termostato inteligente
que califique antes del 30 de junio de 2027. Los termostatos
inteligentes aprenden su horario y pueden reducir hasta un 10 por ciento
el costo de calefacción y aire acondicionado.

Cómo funciona
1. Compre un termostato inteligente con certificación ENERGY STAR.
2. Instálelo en su dirección de servicio de Alliant Energy.
3. Presente su solicitud en línea dentro de 60 días con su recibo.

Solicítelo aquí: https://www.alliantenergy.com/es/termostato
Código de oferta: AE-TS-2705-ES

--
Alliant Energy envía información sobre productos, servicios, programas y
ofertas especiales. Si no desea recibir correos de mercadeo, responda con
la palabra "unsubscribe" o visite alliantenergy.com/preferencias. Las
facturas y los avisos de apagón no cambian.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""",
}

# ------------------------------------------------------------------ community solar
CS = {
    "from": CC_FROM,
    "from_name": "Alliant Energy",
    "from_addr": "customercare@alliant-energy.com",
    "date": dt("2027-05-18 09:00:31"),
    "subject": "Community solar is enrolling now: go solar without panels on your roof",
    "token": "AE-CS-2705",
    "list_unsub": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-CS-2705>",
    "msgid": "<AE-CS-2705.{rid}@mail.alliant-energy.com>",
    "text": """Go solar without a single panel on your roof

Our new Prairie Sun community solar garden near Marion is now
enrolling. Subscribe to a share of its output and get a monthly
credit on your bill. Homeowners and renters are welcome, and there
is no equipment to install.

- Shares from $8 a month
- Cancel any time with 60 days' notice
- Enrollment closes June 15, 2027 or when shares are gone

See if it is right for you: https://www.alliantenergy.com/communitysolar
Offer code: AE-CS-2705

""" + TS_FOOTER,
}

# ------------------------------------------------------------------ newsletter
NL = {
    "from": CC_FROM,
    "from_name": "Alliant Energy",
    "from_addr": "customercare@alliant-energy.com",
    "date": dt("2027-05-19 06:30:02"),
    "subject": "Home Matters | May 2027: storm prep, cooling tips and more",
    "token": "AE-NL-2705",
    "list_unsub": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2705>, "
                  "<https://email.alliant-energy.com/prefs/AE-NL-2705?r={rid}>",
    "msgid": "<AE-NL-2705.{rid}@mail.alliant-energy.com>",
    "text": """HOME MATTERS | May 2027

After the storms: thank you
Last Friday's storms left about 41,000 customers without power. Crews
from four states worked through the weekend. Thank you for your
patience.

Get ready for summer
- Set your thermostat to 78 degrees when you are home and a little
  higher when you are away.
- Close blinds on south and west windows in the afternoon.
- Change your furnace/AC filter before the first heat wave.

Stay safe around downed lines
Stay at least 35 feet away and call 1-800-555-0142.

Graduating or moving? Start, stop or move service online at
alliantenergy.com/move at least three business days ahead.

--
You receive Home Matters because you are an Alliant Energy customer.
Manage your preferences or unsubscribe:
https://email.alliant-energy.com/prefs/AE-NL-2705
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""",
}

# ------------------------------------------------------------------ outage alert & restoration
def outage_alert(service_address, outage_no):
    return {
        "from": ALERT_FROM,
        "from_name": "Alliant Energy Alerts",
        "from_addr": "alerts@alliant-energy.com",
        "reply_to": "customercare@alliant-energy.com",
        "date": dt("2027-05-14 21:38:44"),
        "subject": "Outage alert: power is out at your address",
        "msgid": "<OUT-20270514-%s.{rid}@alerts.alliant-energy.com>" % outage_no,
        "text": """Alliant Energy outage alert

A tornado warning is in effect for your area. Severe storms have
caused an outage at:
%s

Outage number: %s
Estimated restoration: we are assessing damage and will send an
update when crews have an estimate.

Stay at least 35 feet from downed lines and call 1-800-555-0142 to
report one. Check status at alliantenergy.com/outages.

You receive this service alert because your account is signed up for
outage notifications. Manage alerts at alliantenergy.com/alerts.""" % (service_address, outage_no),
    }


def restored(service_address, outage_no, when):
    return {
        "from": ALERT_FROM,
        "from_name": "Alliant Energy Alerts",
        "from_addr": "alerts@alliant-energy.com",
        "reply_to": "customercare@alliant-energy.com",
        "date": dt(when),
        "subject": "Power restored at your address",
        "msgid": "<RST-20270515-%s.{rid}@alerts.alliant-energy.com>" % outage_no,
        "text": """Good news: power has been restored at
%s

Outage number: %s

If your power is still out, please reset your main breaker and then
report it at alliantenergy.com/outages or 1-800-555-0142.

You receive this service alert because your account is signed up for
outage notifications. Manage alerts at alliantenergy.com/alerts.""" % (service_address, outage_no),
    }


# ------------------------------------------------------------------ bill notice
def bill_notice(last4, amount, due, when):
    return {
        "from": BILL_FROM,
        "from_name": "Alliant Energy",
        "from_addr": "noreply@alliantenergy.com",
        "date": dt(when),
        "subject": "Your Alliant Energy bill is ready",
        "msgid": "<bill.%s.%s@alliantenergy.com>" % (when[:10].replace("-", ""), last4),
        "text": """Your bill is ready

Account ending in: %s
Amount due: %s
Due date: %s

View and pay your bill: https://www.alliantenergy.com/myaccount

This is a service message about your account. You receive it even if
you have opted out of marketing.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""" % (last4, amount, due),
    }


# ------------------------------------------------------------------ bot acknowledgement
def ack(ref, received_on, when, in_reply_to=None):
    return {
        "from": ACK_FROM,
        "from_name": "Alliant Energy Customer Care",
        "from_addr": "customercare@alliant-energy.com",
        "date": dt(when),
        "subject": "We received your request [%s]" % ref,
        "msgid": "<ack.%s@alliant-energy.com>" % ref,
        "in_reply_to": in_reply_to,
        "auto_submitted": "auto-replied",
        "text": """Hello,

Thank you for writing to Alliant Energy. This message confirms that we
received your e-mail of %s. Your reference number is
%s.

If you asked us to stop marketing contact, we will update your
preferences within 10 business days. Catalogs and mailings that are
already printed may still arrive for a few weeks. If you asked us not
to share your name with other catalog companies, we will record that
choice. Bills, outage alerts and other service messages are not
affected.

If your message needs an answer, a member of our Customer Care team
will reply within 5 business days.

Alliant Energy Customer Care
customercare@alliant-energy.com
This is an automated acknowledgement.""" % (received_on, ref),
    }
