"""Alliant Energy's own mail of January-March 2026 that the 'orgs' set answers, quotes or forwards."""
import datetime as dt

import mime

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
NOREPLY = ("Alliant Energy", "noreply@alliantenergy.com")


def _at(s):
    u = mime.local_to_utc(s)
    return u.astimezone(mime.central(u))


P1 = dict(
    key="promo:AE-BIZ-2601",
    frm=CC,
    date=_at("2026-01-13 09:02"),
    subject="Put your 2026 upgrades to work: business rebates are open [AE-BIZ-2601]",
    msgid="<20260113150211.AE-BIZ-2601.7Q2K9F@mail.alliant-energy.com>",
    text="""Business Solutions from Alliant Energy

New for 2026: rebates of up to $5,000 on lighting, refrigeration and
HVAC upgrades for small businesses and farms.

Schedule a free facility walkthrough with one of our energy advisors
and we'll show you which upgrades pay for themselves fastest.

Learn more: https://www.alliantenergy.com/business/rebates

You are receiving this e-mail because you are an Alliant Energy business
customer. To opt out of marketing e-mails, unsubscribe here or reply
with the word unsubscribe.

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""",
)

N1 = dict(
    key="newsletter:AE-NL-2602",
    frm=CC,
    date=_at("2026-02-03 10:30"),
    subject="Small Business Energy Notes | February 2026",
    msgid="<20260203163004.AE-NL-2602.K4M1TZ@mail.alliant-energy.com>",
    text="""SMALL BUSINESS ENERGY NOTES - February 2026

* Cold snap ahead? Three ways to keep heating costs steady
* Walk-in coolers: a $40 gasket can save $300 a year
* Meet the energy advisors for your county

Read the full issue: https://www.alliantenergy.com/business/notes

You're receiving Small Business Energy Notes because you signed up or
are a business customer. Manage your preferences or unsubscribe:
https://www.alliantenergy.com/preferences

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""",
)

P2 = dict(
    key="catalog:PH-2602",
    frm=PH,
    date=_at("2026-02-17 08:45"),
    subject="The PowerHouse Spring Preview is here [PH-2602]",
    msgid="<20260217144501.PH-2602.9WB3XA@mail.powerhousecatalog.com>",
    text="""THE POWERHOUSE SPRING PREVIEW

New LED shop lights, smart plugs and the return of the heavy-duty
roaster oven. Free shipping on orders over $75 through March 15.

Shop the preview: https://www.powerhousecatalog.com/spring

From time to time we make our customer list available to other catalog
companies whose products may interest you. If you prefer that we not
share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, click here.

PowerHouse Catalog, an Alliant Energy company
""",
)

BILL = dict(
    key="bill:2026-02",
    frm=NOREPLY,
    date=_at("2026-02-09 06:12"),
    subject="Your Alliant Energy bill is ready",
    msgid="<bill.20260209.61284417@alliantenergy.com>",
    text="""Your Alliant Energy bill is ready

Account ending in: 0419
Amount due: $1,846.22
Due date: March 2, 2026

View and pay your bill: https://www.alliantenergy.com/myaccount

This is a service message about your account. We send it even if you
have opted out of marketing.

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""",
)

ACK_SIG = "Alliant Energy Customer Care\ncustomercare@alliant-energy.com"
ACK_SIG_PH = "PowerHouse Catalog, an Alliant Energy company\npowerhousecatalog@alliant-energy.com"


def _long_date(d):
    return "%s %d, %d" % (mime.MONS_LONG[d.month - 1], d.day, d.year)


def _fecha(d):
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
    return "%d de %s de %d" % (d.day, meses[d.month - 1], d.year)


def ack(ref, at, kind, lang="en", mailbox="customercare"):
    """Our automatic acknowledgement (wording of intake/send/templates/ack)."""
    d = _at(at)
    due = d + dt.timedelta(days=14)
    sig = ACK_SIG_PH if mailbox == "powerhousecatalog" else ACK_SIG
    frm = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com") if mailbox == "powerhousecatalog" \
        else ("Alliant Energy Customer Care", "customercare@alliant-energy.com")
    if lang == "es":
        assert kind == "marketing_opt_out"
        body = ("Gracias por escribir a Alliant Energy.\n\n"
                "Recibimos su solicitud de dejar de recibir mercadeo de nuestra parte, por\n"
                "correo electrónico y por correo postal. Su número de referencia es\n"
                "%s.\n\n"
                "Lo eliminaremos de nuestras listas de mercadeo por correo electrónico y por\n"
                "correo postal a más tardar el %s. Hasta\n"
                "entonces, es posible que todavía reciba mercadeo que ya estaba en camino. Seguiremos enviándole\n"
                "mensajes sobre su cuenta y su servicio, que no son de mercadeo.\n\n"
                "Si nos escribe sobre esta solicitud, por favor mantenga %s en\n"
                "el asunto.\n\n"
                "Este es un acuse de recibo automático. No es necesario que responda.\n\n%s\n"
                % (ref, _fecha(due), ref, sig))
        subject = "Recibimos su solicitud [%s]" % ref
    elif kind == "marketing_opt_out":
        body = ("Thank you for writing to Alliant Energy.\n\n"
                "We received your request to stop receiving marketing from us, by e-mail\n"
                "and by postal mail. Your reference number is %s.\n\n"
                "We will remove you from our e-mail and postal marketing lists no later than\n"
                "%s. Until then you may still receive marketing\n"
                "that was already on its way. We will keep sending messages about\n"
                "your account and your service, which are not marketing.\n\n"
                "If you write to us about this request, please keep %s in the\n"
                "subject line.\n\n"
                "This is an automatic acknowledgement. You do not need to reply.\n\n%s\n"
                % (ref, _long_date(due), ref, sig))
        subject = "We received your request [%s]" % ref
    elif kind == "catalog_share_opt_out":
        body = ("Thank you for writing to Alliant Energy.\n\n"
                "We received your request that we stop selling or sharing your personal\n"
                "information with catalog and marketing partners.\n"
                "Your reference number is %s.\n\n"
                "We will stop sharing your information no later than\n"
                "%s.\n\n"
                "If you write to us about this request, please keep %s in the\n"
                "subject line.\n\n"
                "This is an automatic acknowledgement. You do not need to reply.\n\n%s\n"
                % (ref, _long_date(due), ref, sig))
        subject = "We received your request [%s]" % ref
    elif kind == "both":
        body = ("Thank you for writing to Alliant Energy.\n\n"
                "We received 2 requests from you. Your reference number is %s.\n\n"
                "1. Stop marketing by e-mail and postal mail: we will remove you from our\n"
                "   marketing lists no later than %s. We will keep sending\n"
                "   messages about your account and your service, which are not marketing.\n\n"
                "2. Stop selling or sharing your personal information: we will stop sharing\n"
                "   it with catalog and marketing partners no later than\n"
                "   %s.\n\n"
                "If you write to us about these requests, please keep %s in the\n"
                "subject line.\n\n"
                "This is an automatic acknowledgement. You do not need to reply.\n\n%s\n"
                % (ref, _long_date(due), _long_date(due), ref, sig))
        subject = "We received your request [%s]" % ref
    else:
        raise ValueError(kind)
    return dict(key="ack:" + ref, frm=frm, date=d, subject=subject,
                msgid="<ack.%s@alliant-energy.com>" % ref, text=body)
