"""What Alliant Energy itself sent in March 2027 (quoted, forwarded, bounced or auto-answered in the corpus)."""
from lib import T, rid

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

SPRING_TEXT = """Spring Home is here

Brighten every room with new LED floor lamps, smart plugs, window insulation kits and our best-selling solar garden lights. Free shipping on orders over $49 through March 31 with code SPRINGHOME.

Shop Spring Home: https://www.powerhousecatalog.com/spring?utm_campaign=PH-2703-SH

PowerHouse Catalog, an Alliant Energy company
PO Box 77, Madison, WI 53707-0077 | 1-800-555-0123

About your information: PowerHouse Catalog occasionally shares its customer list (names and postal addresses, never e-mail addresses) with other catalog companies. If you would rather we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with "unsubscribe" or visit https://www.powerhousecatalog.com/prefs. Ref PH-2703-SH"""

HP_TEXT = """Stay comfortable and save

Through May 31, 2027, Alliant Energy customers can get up to $1,200 back on a qualifying air-source heat pump installed by a participating contractor.

Want a participating contractor to call you? Just reply YES to this e-mail and include the best phone number to reach you.

Details and rebate form: https://www.alliant-energy.com/heatpump?c=AE-HP-2703

You are receiving this promotional e-mail because you are an Alliant Energy customer. To stop promotional e-mails, reply STOP or unsubscribe at https://www.alliant-energy.com/prefs.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

HP_ES_TEXT = """Manténgase cómodo y ahorre

Hasta el 31 de mayo de 2027, los clientes de Alliant Energy pueden recibir hasta $1,200 de reembolso por una bomba de calor de aire calificada, instalada por un contratista participante.

¿Quiere que un contratista participante le llame? Responda SÍ a este correo e incluya su número de teléfono.

Detalles y formulario: https://www.alliant-energy.com/bombadecalor?c=AE-HP-2703-ES

Recibe este correo promocional porque es cliente de Alliant Energy. Para dejar de recibir correos promocionales, responda BAJA o visite https://www.alliant-energy.com/prefs.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

NL_TEXT = """POWER LINES - March 2027

* Budget Billing: spread your costs evenly across the year. Sign up by March 31 to start with your April bill.
* Spring safety: call 811 before you dig, and stay 10 feet from overhead lines.
* Meet Ray Kaczmarek, a lineworker with our Cedar Rapids crew for 22 years.
* Tip: a clean dryer vent saves energy and prevents fires.

Read more: https://www.alliant-energy.com/powerlines?c=AE-NL-2703

You are receiving Power Lines because you are an Alliant Energy customer. Manage your preferences or unsubscribe: https://www.alliant-energy.com/prefs
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

PLANNED_TEXT = """Planned service interruption

To upgrade equipment in your neighborhood, our crews will interrupt electric service to your address on Tuesday, March 16, 2027, between 9:00 a.m. and 1:00 p.m. Please turn off sensitive electronics beforehand. If you use life-support or medical equipment, call us at 1-800-555-0155.

Reference: OUT-2703-MR16

This is a service message about your electric service. It is sent even if you have opted out of marketing e-mail. To change how you receive alerts, visit My Account > Alerts. Replies go to Alliant Energy Customer Care."""

STORM_TEXT = """Outage alert

Severe storms have caused a power outage affecting your address. Crews are assessing damage. Estimated restoration: 11:30 p.m. tonight.

Check status or report a downed line: https://www.alliant-energy.com/outages or call 1-800-555-0155. Stay at least 35 feet from downed lines.

Reference: OUT-2703-ST21

This is a service message. It is sent even if you have opted out of marketing e-mail. Replies go to Alliant Energy Customer Care."""

BILL_TEXT = """Your Alliant Energy bill is ready

Your March statement is now available in My Account.
Amount due and due date: see your statement.

View and pay: https://www.alliant-energy.com/myaccount

This is a service message about your account. You receive it even if you have opted out of marketing. Questions? Reply to this e-mail or call 1-800-555-0155."""

REMIND_TEXT = """Payment reminder

This is a friendly reminder that your Alliant Energy payment is due March 24, 2027. If you have already paid, thank you, and please disregard this message.

Pay now: https://www.alliant-energy.com/pay

This is a service message about your account. You receive it even if you have opted out of marketing."""

SURVEY_TEXT = """How did we do?

Thank you for contacting Alliant Energy Customer Care. Please tell us about your recent call in our 2-minute survey:
https://survey.alliant-energy.com/s/SVY-2703

You can also simply reply to this e-mail with your comments.

Survey reference SVY-2703. This one-time survey is about your recent contact with us."""

ACK_TEXT = """Hello,

Thank you for writing to Alliant Energy. We received your message and recorded it under reference {token}.

If you asked us to stop promotional mail or e-mail, or not to share your name with other catalog companies, we will update your preferences within 10 business days. Service messages such as bills and outage alerts will continue. If you asked a question, a member of our team will reply within 2 business days.

Please keep the reference number in the subject line if you write again.

{sig}"""

STAFF_TEXT = """Hello {first},

Thank you for your request. We have started gathering the personal information Alliant Energy holds about you and will send it to you by secure e-mail within 30 days.

Kind regards,
Denise Ruppert
Alliant Energy Customer Care"""

SENDS = {
    "spring": dict(name="PowerHouse Catalog", addr=PH, mailbox="powerhousecatalog", date=T(2, 9, 14, 7),
                   subject="Spring Home: fresh finds for every room + free shipping over $49 [PH-2703-SH]",
                   text=SPRING_TEXT, token="PH-2703-SH", mid="<PH-2703-SH.{rid}@mailer.alliant-energy.com>",
                   lu="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2703-SH>, <https://www.powerhousecatalog.com/prefs?u={rid}>"),
    "hp": dict(name="Alliant Energy", addr=CC, mailbox="customercare", date=T(9, 10, 0, 12),
               subject="Up to $1,200 back when you switch to a heat pump [AE-HP-2703]",
               text=HP_TEXT, token="AE-HP-2703", mid="<AE-HP-2703.{rid}@mailer.alliant-energy.com>",
               lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-HP-2703>, <https://www.alliant-energy.com/prefs?u={rid}>"),
    "hp_es": dict(name="Alliant Energy", addr=CC, mailbox="customercare", date=T(9, 10, 0, 41),
                  subject="Reciba hasta $1,200 al cambiarse a una bomba de calor [AE-HP-2703-ES]",
                  text=HP_ES_TEXT, token="AE-HP-2703-ES", mid="<AE-HP-2703-ES.{rid}@mailer.alliant-energy.com>",
                  lu="<mailto:customercare@alliant-energy.com?subject=baja%20AE-HP-2703-ES>, <https://www.alliant-energy.com/prefs?u={rid}>"),
    "nl": dict(name="Alliant Energy Power Lines", addr=CC, mailbox="customercare", date=T(4, 7, 30, 3),
               subject="Power Lines | March 2027: Budget Billing, spring safety, meet a lineworker [AE-NL-2703]",
               text=NL_TEXT, token="AE-NL-2703", mid="<AE-NL-2703.{rid}@mailer.alliant-energy.com>",
               lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2703>, <https://www.alliant-energy.com/prefs?u={rid}>"),
    "planned": dict(name="Alliant Energy Alerts", addr="alerts@alliant-energy.com", reply_to=CC, mailbox="customercare",
                    date=T(11, 14, 20, 55), subject="Planned power interruption Tuesday, March 16, 9 a.m. to 1 p.m.",
                    text=PLANNED_TEXT, token="OUT-2703-MR16", mid="<OUT-2703-MR16.{rid}@alerts.alliant-energy.com>"),
    "storm": dict(name="Alliant Energy Alerts", addr="alerts@alliant-energy.com", reply_to=CC, mailbox="customercare",
                  date=T(21, 18, 42, 10), subject="Outage alert: power is out in your area",
                  text=STORM_TEXT, token="OUT-2703-ST21", mid="<OUT-2703-ST21.{rid}@alerts.alliant-energy.com>"),
    "bill": dict(name="Alliant Energy", addr="billing@alliant-energy.com", reply_to=CC, mailbox="customercare",
                 date=T(5, 5, 2, 30), subject="Your Alliant Energy bill is ready",
                 text=BILL_TEXT, token="(none)", mid="<bill.202703.{rid}@billing.alliant-energy.com>"),
    "remind": dict(name="Alliant Energy", addr="billing@alliant-energy.com", reply_to=CC, mailbox="customercare",
                   date=T(18, 6, 0, 5), subject="Reminder: your Alliant Energy payment is due March 24",
                   text=REMIND_TEXT, token="(none)", mid="<remind.20270318.{rid}@billing.alliant-energy.com>"),
    "survey": dict(name="Alliant Energy Customer Care", addr=CC, mailbox="customercare", date=T(23, 11, 5, 40),
                   subject="How did we do? Tell us about your recent call [SVY-2703]",
                   text=SURVEY_TEXT, token="SVY-2703", mid="<SVY-2703.{rid}@survey.alliant-energy.com>"),
}


def ours(key, recipient, date=None):
    s = dict(SENDS[key])
    s["key"] = key
    s["mid"] = s["mid"].format(rid=rid(recipient))
    if "lu" in s:
        s["lu"] = s["lu"].format(rid=rid(recipient))
    s["to"] = recipient
    if date is not None:
        s["date"] = date
    return s


def ack(token, mailbox, date, recipient, orig_subject):
    if mailbox == "powerhousecatalog":
        name, a, sig = "PowerHouse Catalog", PH, "PowerHouse Catalog Customer Service"
    else:
        name, a, sig = "Alliant Energy Customer Care", CC, "Alliant Energy Customer Care"
    return dict(key="ack", name=name, addr=a, mailbox=mailbox, date=date, to=recipient,
                subject="We received your request [%s]" % token, orig_subject=orig_subject,
                text=ACK_TEXT.format(token=token, sig=sig), token=token,
                mid="<ack.%s@alliant-energy.com>" % token)


def staff(recipient, first, date, subject, mid):
    return dict(key="staff", name="Alliant Energy Customer Care", addr=CC, mailbox="customercare", date=date,
                to=recipient, subject=subject, text=STAFF_TEXT.format(first=first), token="CC-2027-03-00519",
                mid=mid)
