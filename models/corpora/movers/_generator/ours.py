"""Our own outgoing mail (Alliant Energy), which people reply to, forward or auto-answer, and which bounces."""
import hashlib
import textwrap

import mime

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PHC = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy", "alerts@notify.alliantenergy.com")
UNSUB_CC = "<mailto:customercare@alliant-energy.com?subject=unsubscribe>"
UNSUB_PHC = "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>"

FOOTER_CC = """Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
You are receiving this e-mail because you are an Alliant Energy customer.
To stop promotional e-mail, reply "unsubscribe" or write to
customercare@alliant-energy.com. Privacy policy: alliantenergy.com/privacy"""

FOOTER_PHC = """The PowerHouse Catalog from Alliant Energy
4902 N. Biltmore Lane, Madison, WI 53718
We share our catalog customer list with carefully selected catalog companies.
To opt out of sharing, or to stop catalog e-mail, write to
powerhousecatalog@alliant-energy.com."""

FOOTER_ES = """Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
Recibe este correo porque es cliente de Alliant Energy. Para no recibir más
correos promocionales, responda "unsubscribe" o escriba a
customercare@alliant-energy.com."""

CAMPAIGNS = {
    "promo_move": dict(
        frm=CC, date="2027-03-02 09:30:04", kind="promo", tag="mv27",
        subject="Moving this spring? Start, stop or transfer service in minutes",
        text="""Hi {first},

Moving this spring? Make it one less thing on your list.

Start, stop or transfer your Alliant Energy service online in about five
minutes at alliantenergy.com/move. Schedule up to 30 days ahead and we'll
send a confirmation once it's set.

Your new-home checklist:
 - Schedule your start date before move-in day
 - Go paperless at your new address
 - Book a free Home Energy Assessment for new homeowners

See you at the new place,
Alliant Energy

""" + FOOTER_CC),
    "promo_es": dict(
        frm=CC, date="2027-03-09 09:00:12", kind="promo", tag="mudanza27",
        subject="¿Se muda? Prepare su nuevo hogar con Alliant Energy",
        text="""Hola, {first}:

¿Se muda esta primavera? Inicie, suspenda o transfiera su servicio en
línea en alliantenergy.com/mudanza. Puede programarlo con 30 días de
anticipación.

Consejos para su nuevo hogar:
 - Programe el inicio del servicio antes del día de la mudanza
 - Active la factura sin papel
 - Pida una evaluación energética gratuita

Alliant Energy

""" + FOOTER_ES),
    "promo_rebate": dict(
        frm=CC, date="2027-03-16 10:00:31", kind="promo", tag="tstat27",
        subject="New home? Get up to $100 back on a smart thermostat",
        text="""Hi {first},

Settling into a new place? A smart thermostat learns your schedule and can
trim heating and cooling costs from the first month.

Through April 30, Alliant Energy customers get up to $100 back on
qualifying ENERGY STAR(R) smart thermostats. Apply at
alliantenergy.com/rebates.

""" + FOOTER_CC),
    "promo_april": dict(
        frm=CC, date="2027-04-06 08:45:10", kind="promo", tag="news0427",
        subject="April Energy News: your moving checklist + spring safety tips",
        text="""APRIL ENERGY NEWS

In this issue:
 * Your moving checklist: what to do 30, 14 and 3 days before the truck
 * Call 811 before you dig: spring yard projects
 * Community Solar: spots open in Iowa and Wisconsin

Your moving checklist
Thirty days out, schedule your stop and start dates online. Two weeks out,
update your mailing address and sign up for paperless billing. Moving day:
take a meter photo at both homes.

""" + FOOTER_CC),
    "cat_spring": dict(
        frm=PHC, date="2027-03-04 11:00:45", kind="catalog", tag="spring27",
        subject="Your spring PowerHouse Catalog is here",
        text="""The spring PowerHouse Catalog is here, {first}!

New this season: smart plugs that report energy use, dusk-to-dawn LED
porch lights, and the SafeHome outlet tester.

Shop the catalog online at alliantenergy.com/powerhouse or call
1-800-555-0199 to order.

""" + FOOTER_PHC),
    "cat_moveday": dict(
        frm=PHC, date="2027-03-25 11:00:20", kind="catalog", tag="moveday27",
        subject="Moving-day must-haves: 20% off smart plugs, LEDs & more",
        text="""MOVING-DAY MUST-HAVES

New place? Light it right. Through April 10, take 20% off:
 - LED bulb 12-packs
 - Smart plugs (2-pack)
 - Motion-sensor night lights

Use code NEWHOME20 at alliantenergy.com/powerhouse.

""" + FOOTER_PHC),
    "cat_april": dict(
        frm=PHC, date="2027-04-15 11:00:03", kind="catalog", tag="settle27",
        subject="Settle in: new-home energy savers from PowerHouse",
        text="""Settle in with PowerHouse, {first}.

Weatherstripping kits, low-flow showerheads and programmable timers:
small fixes that make a new home cheaper to run.

Browse the spring catalog at alliantenergy.com/powerhouse.

""" + FOOTER_PHC),
    "alert_final": dict(
        frm=ALERTS, kind="service", tag="final",
        subject="Your final bill is ready",
        text="""Your final bill is ready

Account ending in {last4}
Service address: {svc}
Amount due: {amount}
Due date: {due}

Thank you for being an Alliant Energy customer. View or pay your final
bill at alliantenergy.com/myaccount.

This is a service message about your account. Please do not reply to
this e-mail."""),
    "alert_stop": dict(
        frm=ALERTS, kind="service", tag="stop",
        subject="We received your request to stop service",
        text="""We received your request to stop service.

Account ending in {last4}
Service address: {svc}
Stop date: {stopdate}

Your final meter reading will be taken on or near the stop date. Your
final bill will be mailed to the address on file.

This is a service message about your account."""),
    "alert_bill": dict(
        frm=ALERTS, kind="service", tag="bill",
        subject="Your Alliant Energy bill is ready to view",
        text="""Your bill is ready.

Account ending in {last4}
Amount due: {amount}
Due date: {due}

Log in at alliantenergy.com/myaccount to view or pay.

This is a service message about your account."""),
    "alert_outage": dict(
        frm=ALERTS, kind="service", tag="outage",
        subject="Outage alert: crews are working in your area",
        text="""OUTAGE ALERT

We're aware of an outage affecting {svc}.
Cause: equipment damage
Estimated restoration: {eta}

We'll text or e-mail you when power is restored. Check the outage map at
alliantenergy.com/outages.

This is a service message about your account."""),
    "ack": dict(
        frm=("Alliant Energy Customer Care", "customercare@alliant-energy.com"), kind="ack", tag="ack",
        subject="Re: {orig}",
        text="""Hello {first},

Thank you for contacting Alliant Energy. This confirms that we received
your message of {origdate}.

{action}

If you have any questions, reply to this message or call 1-800-255-4268,
Monday through Friday, 7 a.m. to 6 p.m.

Alliant Energy Customer Care
Reference: {ref}"""),
    "ack_phc": dict(
        frm=("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"), kind="ack", tag="ack",
        subject="Re: {orig}",
        text="""Hello {first},

Thank you for writing to the PowerHouse Catalog. We received your message
of {origdate}.

{action}

PowerHouse Catalog Customer Service
Reference: {ref}"""),
}


def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def our(key, to_name, to_addr, when=None, **ctx):
    """Render one of our messages to one recipient. Returns a dict with everything a reply needs."""
    c = CAMPAIGNS[key]
    first = (to_name or "").split(" ")[0] or ("Customer" if not key.endswith("es") else "cliente")
    ctx.setdefault("first", first)
    d = mime.parse_local(when or c["date"])
    subject = c["subject"].format(**ctx)
    if "action" in ctx:
        ctx["action"] = textwrap.fill(ctx["action"], 72)
    text = c["text"].format(**ctx)
    h = _h(key, to_addr, d.isoformat())
    if c["kind"] == "ack":
        msgid = "<ack.%s.%s@alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), h[:10])
    elif c["kind"] == "service":
        msgid = "<svc.%s.%s@notify.alliantenergy.com>" % (c["tag"], h[:16])
    elif c["kind"] == "catalog":
        msgid = "<phc.%s.%s@alliant-energy.com>" % (c["tag"], h[:14])
    else:
        msgid = "<m.%s.%s@alliant-energy.com>" % (c["tag"], h[:14])
    frm_name, frm_addr = c["frm"]
    hdrs = [("From", mime.addr(frm_name, frm_addr)),
            ("To", mime.addr(to_name, to_addr) if to_name else to_addr),
            ("Subject", mime.encoded_words(subject)),
            ("Date", mime.rfc_date(d)),
            ("Message-ID", msgid)]
    if c["kind"] == "promo":
        hdrs.append(("List-Unsubscribe", UNSUB_CC))
        hdrs.append(("Precedence", "bulk"))
    elif c["kind"] == "catalog":
        hdrs.append(("List-Unsubscribe", UNSUB_PHC))
        hdrs.append(("Precedence", "bulk"))
    elif c["kind"] == "ack":
        hdrs.append(("Auto-Submitted", "auto-replied"))
        if ctx.get("orig_msgid"):
            hdrs.append(("In-Reply-To", ctx["orig_msgid"]))
    hdrs += [("MIME-Version", "1.0"),
             ("Content-Type", 'text/plain; charset="utf-8"'),
             ("Content-Transfer-Encoding", "8bit" if not text.isascii() else "7bit")]
    return dict(key=key, kind=c["kind"], frm_name=frm_name, frm_addr=frm_addr, to_name=to_name,
                to_addr=to_addr, subject=subject, date=d, msgid=msgid, text=text, headers=hdrs,
                envelope=frm_addr if c["kind"] != "service" else "bounces@notify.alliantenergy.com")


def raw(o, only_headers=False):
    """Our message as it left us (LF line ends), for bounces that return it."""
    rec = ("Received: from app07.mail.alliant-energy.com (app07.mail.alliant-energy.com [10.40.12.7])\n"
           "\tby smtp-out2.alliant-energy.com (Postfix) with ESMTP id %s\n"
           "\tfor <%s>; %s" % (_h(o["msgid"])[:11].upper(), o["to_addr"], mime.rfc_date(o["date"], comment="tz")))
    text = "Return-Path: <%s>\n%s\n%s" % (o["envelope"], rec, mime.headers(o["headers"]))
    if only_headers:
        return text
    return text + "\n\n" + o["text"]
