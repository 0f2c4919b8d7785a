# What Alliant Energy itself sent during 6-17 March 2028 (quoted, bounced or auto-answered in the corpus).
from lib import *
from mail import Ours

PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
CC = ("Alliant Energy", "customercare@alliant-energy.com")
ALERTS = ("Alliant Energy Alerts", "alerts@alliant-energy.com")
BILL = ("Alliant Energy", "noreply@alliantenergy.com")
BOT = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")

SR_SUBJECT = "Spring Refresh: fresh finds for every room [PH-2803-SR]"
SR_UTC = to_utc("2028-03-07 10:00:00")
SR_TEXT = """Spring Refresh is here!

Fresh finds for every room of the house: cordless LED garden lights, the 5-piece cordless cleaning kit, stackable organizing bins for spring decluttering, and our best-selling smart plugs.

Shop the Spring Refresh collection: https://www.powerhousecatalog.com/spring?utm_source=email&utm_campaign=PH-2803-SR

Free shipping on orders over $49 through March 31 with code SPRING28.

----
You are receiving this e-mail because you ordered from the PowerHouse Catalog.
The PowerHouse Catalog sometimes shares its customer list (names and postal addresses, never e-mail addresses) with other carefully selected catalog companies. If you would rather we did not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with "unsubscribe" or visit https://prefs.alliant-energy.com/ph/u?c=PH-2803-SR
PowerHouse Catalog, an Alliant Energy company, PO Box 77, Cedar Rapids, IA 52406"""

HP_SUBJECT = "Spring into savings: up to $1,500 back on a heat pump [AE-PR-2803-HP]"
HP_UTC = to_utc("2028-03-08 09:30:00")
HP_TEXT = """Spring into savings

Replacing an old furnace or air conditioner this year? Alliant Energy customers can get up to $1,500 back on a qualifying air-source heat pump, plus up to $600 back when you add attic insulation and air sealing.

- Heat pump rebates: $500 to $1,500, depending on efficiency
- Insulation and air sealing: 50% of the cost, up to $600
- Find a participating contractor: https://www.alliantenergy.com/rebates?c=AE-PR-2803-HP

Federal tax credits may also apply. Talk to your tax preparer.

----
You are receiving this e-mail because you are an Alliant Energy customer.
To opt out of marketing e-mails, reply with the word unsubscribe or visit https://prefs.alliant-energy.com/u?c=AE-PR-2803-HP
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

HPES_SUBJECT = "Ahorre esta primavera: hasta $1,500 de reembolso en una bomba de calor [AE-PR-2803-HP-ES]"
HPES_UTC = to_utc("2028-03-08 09:35:00")
HPES_TEXT = """Ahorre esta primavera

¿Va a cambiar su calefacción o aire acondicionado este año? Los clientes de Alliant Energy pueden recibir hasta $1,500 de reembolso por una bomba de calor de aire que califique, y hasta $600 más por aislamiento del ático y sellado de aire.

- Reembolso por bomba de calor: de $500 a $1,500 según la eficiencia
- Aislamiento y sellado de aire: 50% del costo, hasta $600
- Busque un contratista participante: https://www.alliantenergy.com/reembolsos?c=AE-PR-2803-HP-ES

También pueden aplicar créditos fiscales federales. Consulte a su preparador de impuestos.

----
Recibe este correo porque es cliente de Alliant Energy.
Para no recibir más correos promocionales, responda con la palabra BAJA o visite https://prefs.alliant-energy.com/u?c=AE-PR-2803-HP-ES
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

OUT_UTC = to_utc("2028-03-09 05:42:00")
OUT_SUBJECT = "Outage alert: ice storm outage at your address [OUT-280309-%s]"
OUT_TEXT = """Alliant Energy outage alert

An ice storm has caused a power outage affecting the service address on your account ending in %s.

Status: crews assessing damage
Estimated restoration: not yet available. We will send an update when we have one.

Stay at least 35 feet away from downed lines and report them at 1-800-555-0142.
Outage map: https://www.alliantenergy.com/outagemap

This is a service message about your account. We send it even if you have opted out of marketing.
Manage your alert settings: https://www.alliantenergy.com/alerts"""

REST_SUBJECT = "Power restored at your address [OUT-280309-%s]"
REST_TEXT = """Alliant Energy outage update

Power has been restored to the service address on your account ending in %s.

If you are still without power, please check your breakers, then call us at 1-800-555-0142 or reply to this message.

Thank you for your patience while our crews worked through the ice storm.

This is a service message about your account. We send it even if you have opted out of marketing.
Manage your alert settings: https://www.alliantenergy.com/alerts"""

BILL_SUBJECT = "Your Alliant Energy bill is ready"
BILL_TEXT = """Your bill is ready

Account ending in %s
Amount due: $%s
Due date: %s

View and pay your bill: https://www.alliantenergy.com/myaccount

This is a service message. We send it even if you have opted out of marketing.
Please do not reply to this e-mail; this mailbox is not monitored. Questions? Write to customercare@alliant-energy.com or call 1-800-555-0142."""

NL_SUBJECT = "Home & Energy, Spring 2028: spring cleaning, tax credits and storm recovery [AE-NL-2803]"
NL_UTC = to_utc("2028-03-14 10:00:00")
NL_TEXT = """Home & Energy | Spring 2028

IN THIS ISSUE
- Spring cleaning that saves: vacuum your fridge coils and swap furnace filters
- Tax season: federal credits for heat pumps and insulation
- After the ice storm: how our crews restored 41,000 customers in 30 hours
- Free energy check-ups for customers 65 and older
- Daylight saving time: a good reminder to test smoke detectors and reset thermostat schedules

Read the full issue: https://www.alliantenergy.com/homeandenergy?c=AE-NL-2803

----
You are receiving Home & Energy because you are an Alliant Energy customer.
Manage your preferences or unsubscribe: https://prefs.alliant-energy.com/nl?c=AE-NL-2803 (or reply with "unsubscribe").
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

ACK_SUBJECT = "We received your request [%s]"
ACK_TEXT = """Thank you for contacting Alliant Energy.

We received your message on %s and recorded it under reference %s.

If you asked us to stop sending you marketing or promotional contact, we will process your request within 10 business days. If you asked the PowerHouse Catalog not to share your name and address with other catalog companies, we will flag your record before the next list exchange. If you asked a question, a member of our team will reply within 3 business days.

You do not need to reply to this message.

Alliant Energy Customer Care
4902 N. Biltmore Lane, Madison, WI 53718
1-800-555-0142"""


def long_date(utc):
    loc = utc + datetime.timedelta(minutes=central_offset(utc))
    return "%s %d, %d" % (LMONS[loc.month - 1], loc.day, loc.year)


def ours(kind, r, **kw):
    """Per-recipient copy of one of our mails; r gives the per-recipient id."""
    if kind == "SR":
        return Ours("SR", PH[0], PH[1], SR_SUBJECT, SR_UTC + datetime.timedelta(seconds=r.randint(0, 180)), SR_TEXT,
                    "<20280307160000.PH-2803-SR.%s@send.alliant-energy.com>" % r.hexs(10))
    if kind == "HP":
        return Ours("HP", CC[0], CC[1], HP_SUBJECT, HP_UTC + datetime.timedelta(seconds=r.randint(0, 50)), HP_TEXT,
                    "<AE-PR-2803-HP.%s@mail.alliant-energy.com>" % r.hexs(12))
    if kind == "HPES":
        return Ours("HPES", CC[0], CC[1], HPES_SUBJECT, HPES_UTC + datetime.timedelta(seconds=r.randint(0, 300)), HPES_TEXT,
                    "<AE-PR-2803-HP-ES.%s@mail.alliant-energy.com>" % r.hexs(12))
    if kind == "NL":
        return Ours("NL", CC[0], CC[1], NL_SUBJECT, NL_UTC + datetime.timedelta(seconds=r.randint(0, 60)), NL_TEXT,
                    "<AE-NL-2803.%s@mail.alliant-energy.com>" % r.hexs(12))
    if kind == "OUT":
        area, last4 = kw["area"], kw["last4"]
        utc = OUT_UTC + datetime.timedelta(seconds=r.randint(0, 600))
        return Ours("OUT", ALERTS[0], ALERTS[1], OUT_SUBJECT % area, utc, OUT_TEXT % last4,
                    "<alert.OUT-280309-%s.%s@alerts.alliant-energy.com>" % (area, r.hexs(10)), reply_to=CC[1])
    if kind == "REST":
        area, last4 = kw["area"], kw["last4"]
        utc = to_utc(kw["when"])
        return Ours("REST", ALERTS[0], ALERTS[1], REST_SUBJECT % area, utc, REST_TEXT % last4,
                    "<alert.OUT-280309-%s.R.%s@alerts.alliant-energy.com>" % (area, r.hexs(10)), reply_to=CC[1])
    if kind == "BILL":
        utc = to_utc(kw["when"])
        return Ours("BILL", BILL[0], BILL[1], BILL_SUBJECT, utc, BILL_TEXT % (kw["last4"], kw["amt"], kw["due"]),
                    "<bill.%s.%s@notify.alliantenergy.com>" % (kw["last4"], r.hexs(12)))
    if kind == "ACK":
        ref, utc = kw["ref"], to_utc(kw["when"])
        got = utc - datetime.timedelta(seconds=40)
        return Ours("ACK", BOT[0], BOT[1], ACK_SUBJECT % ref, utc, ACK_TEXT % (long_date(got), ref),
                    "<ack.%s@alliant-energy.com>" % ref)
    if kind == "STAFF":
        utc = to_utc(kw["when"])
        return Ours("STAFF", kw.get("name", "Alliant Energy Customer Care"), kw.get("addr", CC[1]), kw["subject"], utc, kw["text"],
                    "<staff.%s.%s@alliant-energy.com>" % (utc.strftime("%Y%m%d%H%M%S"), r.hexs(8)))
    raise ValueError(kind)
