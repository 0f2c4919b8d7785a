"""Our own outgoing mail (and a few other people's), which turns up quoted, forwarded, bounced or auto-answered.

Each original renders as plain text and as the inner HTML of its body for one recipient (personalised: first name,
catalog customer number, account ending, service address...).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lib import R, central, esc, hexs, linkify, alnum

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


@dataclass
class Orig:
    key: str                      # kind:key, as index.tsv names it
    from_name: str
    from_addr: str
    subject: str
    date: datetime
    msgid: str
    plain_t: str                  # with {placeholders}
    html_t: str | None = None     # inner body HTML with {placeholders}; None: made from plain
    reply_to: str | None = None
    list_unsub: str | None = None
    lang: str = "en"
    extra: dict = field(default_factory=dict)

    def plain(self, p: dict) -> str:
        return self.plain_t.format(**p)

    def html(self, p: dict) -> str:
        if self.html_t is None:
            return plain_to_html(self.plain(p))
        return self.html_t.format(**p)


def plain_to_html(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(linkify(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def promo_html(brand: str, color: str, preheader: str, heading: str, paras: list[str], bullets: list[str],
               cta: tuple[str, str], footer: list[str], extra_rows: str = "") -> str:
    """Inner HTML of a marketing e-mail (table layout, hidden preheader), with {placeholders} left in."""
    pre = (f'<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
           f'opacity:0;overflow:hidden;">{esc(preheader)}</div>')
    ps = "".join(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;'
                 f'line-height:22px;color:#333333;">{p}</p>' for p in paras)
    ul = ""
    if bullets:
        ul = ('<ul style="margin:0 0 14px 18px;padding:0;font-family:Arial,Helvetica,sans-serif;font-size:15px;'
              'line-height:22px;color:#333333;">' + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
    btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{color}" '
           f'style="border-radius:4px;padding:12px 22px;"><a href="{cta[1]}" style="font-family:Arial,Helvetica,'
           f'sans-serif;font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold;">{cta[0]}</a></td></tr>'
           f'</table>')
    foot = "".join(f'<p style="margin:0 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:'
                   f'16px;color:#777777;">{f}</p>' for f in footer)
    return (pre + '\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 0;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
            f'<tr><td style="padding:18px 24px;border-bottom:4px solid {color};"><img src="https://img.alliantenergy'
            f'.com/email/{brand.lower().replace(" ", "-")}-logo.png" width="160" height="40" alt="{brand}" '
            'style="display:block;border:0;"></td></tr>\n'
            f'<tr><td style="padding:24px;"><h1 style="margin:0 0 16px 0;font-family:Arial,Helvetica,sans-serif;'
            f'font-size:24px;line-height:30px;color:#1a1a1a;">{heading}</h1>\n{ps}\n{ul}\n{btn}\n{extra_rows}</td></tr>\n'
            f'<tr><td style="padding:18px 24px;background:#fafafa;border-top:1px solid #e5e5e5;">{foot}</td></tr>\n'
            '</table>\n</td></tr></table>')


def _msgid(tag: str, host: str = "notify.alliantenergy.com") -> str:
    return f"<{tag}.{hexs(16)}@{host}>"


ORIGS: dict[str, Orig] = {}


def _add(o: Orig) -> Orig:
    ORIGS[o.key] = o
    return o


# --- promotions and catalog mail -------------------------------------------------------------------------------------

_add(Orig(
    "promo:heatpump", "Alliant Energy", "customercare@alliant-energy.com",
    "Save up to $1,500 on a new heat pump", central("2026-01-13 09:02", 11), _msgid("AE-PR-2601-HP"),
    """Rebates end March 31 - stay warm for less.

Hi {first},

When the temperature drops, a cold-climate heat pump keeps working - and it
can cost less to run than propane or electric baseboard heat.

Right now Alliant Energy customers can get up to $1,500 back when a
participating contractor installs a qualifying air-source heat pump.

  * Up to $1,500 for cold-climate air-source heat pumps
  * Up to $300 for ductless mini-splits
  * Free contractor list and rebate form online

See if you qualify: https://www.alliantenergy.com/heatpump?utm_campaign=AE-PR-2601-HP

Questions? Call us at 1-800-555-0199, Monday-Friday, 7 a.m. to 6 p.m.

----------------------------------------------------------------------
You are receiving this e-mail because you are an Alliant Energy customer.
Unsubscribe from promotional e-mails: https://notify.alliantenergy.com/u/{tok}
or reply to this message with the word UNSUBSCRIBE.
We do not sell or share your e-mail address.
Privacy policy: https://www.alliantenergy.com/privacy
""" + HQ,
    promo_html("Alliant Energy", "#005DAA", "Rebates end March 31 - stay warm for less.",
               "Save up to $1,500 on a new heat pump",
               ["Hi {first},",
                "When the temperature drops, a cold-climate heat pump keeps working &#8211; and it can cost less to "
                "run than propane or electric baseboard heat.",
                "Right now Alliant Energy customers can get up to <b>$1,500 back</b> when a participating contractor "
                "installs a qualifying air-source heat pump."],
               ["Up to $1,500 for cold-climate air-source heat pumps", "Up to $300 for ductless mini-splits",
                "Free contractor list and rebate form online"],
               ("See if you qualify", "https://www.alliantenergy.com/heatpump?utm_campaign=AE-PR-2601-HP"),
               ["You are receiving this e-mail because you are an Alliant Energy customer.",
                '<a href="https://notify.alliantenergy.com/u/{tok}" style="color:#777777;">Unsubscribe</a> from '
                "promotional e-mails, or reply to this message with the word UNSUBSCRIBE. We do not sell or share "
                'your e-mail address. <a href="https://www.alliantenergy.com/privacy" style="color:#777777;">'
                "Privacy policy</a>", HQ]),
    list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2601-HP>, "
               "<https://notify.alliantenergy.com/u/{tok}>"))

_CAT_FOOT_PLAIN = """----------------------------------------------------------------------
The PowerHouse Catalog occasionally makes its customer list available to
other carefully selected catalog companies whose products may interest you.
If you prefer that we not share your name and address, write to
powerhousecatalog@alliant-energy.com. We never share your e-mail address.
To unsubscribe from PowerHouse Catalog e-mails, go to
https://www.powerhousecatalog.com/unsubscribe?u={tok} or reply "unsubscribe".
PowerHouse Catalog, P.O. Box 1007, Cedar Rapids, IA 52406"""

_CAT_FOOT_HTML = [
    "The PowerHouse Catalog occasionally makes its customer list available to other carefully selected catalog "
    "companies whose products may interest you. If you prefer that we not share your name and address, write to "
    '<a href="mailto:powerhousecatalog@alliant-energy.com" style="color:#777777;">powerhousecatalog@alliant-energy'
    ".com</a>. We never share your e-mail address.",
    'To unsubscribe from PowerHouse Catalog e-mails, <a href="https://www.powerhousecatalog.com/unsubscribe?u={tok}" '
    'style="color:#777777;">click here</a> or reply &quot;unsubscribe&quot;.',
    "PowerHouse Catalog, P.O. Box 1007, Cedar Rapids, IA 52406"]

_add(Orig(
    "catalog:winter", "PowerHouse Catalog", "powerhousecatalog@alliant-energy.com",
    "Winter Clearance: up to 40% off - ends Jan. 31", central("2026-01-20 10:15", 7),
    _msgid("PH-2601-WC", "mail.powerhousecatalog.com"),
    """PowerHouse Catalog | Winter Clearance

Up to 40% off heated throws, LED lanterns, smart plugs and more.
Sale ends January 31.

Shop the clearance: https://www.powerhousecatalog.com/winter?c=PH-2601-WC

  Heated plush throw ............ $39.99 (was $64.99)
  Rechargeable LED lantern ...... $17.99 (was $29.99)
  Smart plug, 2-pack ............ $14.99 (was $24.99)

Free shipping on orders over $49. Call 1-800-555-0142 to order by phone.
Your customer number: {custno}

""" + _CAT_FOOT_PLAIN,
    promo_html("PowerHouse Catalog", "#B4441C", "Heated throws, lanterns and smart plugs - sale ends January 31.",
               "Winter Clearance: up to 40% off",
               ["Up to 40% off heated throws, LED lanterns, smart plugs and more. Sale ends January 31.",
                "Heated plush throw <b>$39.99</b> <s>$64.99</s><br>Rechargeable LED lantern <b>$17.99</b> "
                "<s>$29.99</s><br>Smart plug, 2-pack <b>$14.99</b> <s>$24.99</s>",
                "Free shipping on orders over $49. Call 1-800-555-0142 to order by phone.<br>"
                "Your customer number: {custno}"], [],
               ("Shop the clearance", "https://www.powerhousecatalog.com/winter?c=PH-2601-WC"), _CAT_FOOT_HTML),
    list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2601-WC>"))

_add(Orig(
    "newsletter:feb", "Alliant Energy", "customercare@alliant-energy.com",
    "Home Comfort News: February 2026", central("2026-02-03 08:30", 40), _msgid("AE-NL-2602"),
    """Home Comfort News | February 2026

In this issue
 - Five places drafts hide (and how to stop them)
 - Slow-cooker chili for a snow day
 - Meet Marcus, a lineworker in Cedar Rapids
 - Winter bill help: budget billing and energy assistance

FIVE PLACES DRAFTS HIDE
Outlets on outside walls, the attic hatch, the dryer vent, recessed lights
and the gap under exterior doors. Foam gaskets and a $6 door sweep can cut
heat loss noticeably. Read more: https://www.alliantenergy.com/drafts

SLOW-COOKER CHILI
Brown a pound of ground beef with an onion, add two cans of beans, a can of
tomatoes, chili powder and cumin. Low for six hours. Recipe:
https://www.alliantenergy.com/chili

WINTER BILL HELP
Budget Billing spreads your costs evenly over 12 months. If you are
struggling to pay, call 1-800-555-0199 to ask about energy assistance.

Manage your e-mail preferences or unsubscribe:
https://notify.alliantenergy.com/prefs/{tok}
We respect your privacy. We do not share your information with third
parties for their own marketing. Privacy policy:
https://www.alliantenergy.com/privacy
""" + HQ,
    None,
    list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2602>, "
               "<https://notify.alliantenergy.com/prefs/{tok}>"))

_add(Orig(
    "promo:ev", "Alliant Energy", "customercare@alliant-energy.com",
    "Charge your EV for less: $500 toward a Level 2 charger", central("2026-02-10 09:05", 13), _msgid("AE-PR-2602-EV"),
    """Charge overnight, save all year.

Hi {first},

Driving electric? Get $500 toward a Level 2 home charger installed by a
licensed electrician, and pay less for the electricity you use overnight
with our EV off-peak rate.

  * $500 rebate on a qualifying Level 2 charger
  * Off-peak charging from 10 p.m. to 6 a.m.
  * Apply online in about five minutes

Apply now: https://www.alliantenergy.com/ev?utm_campaign=AE-PR-2602-EV

Offer available to residential customers in Iowa and Wisconsin while funds
last.

----------------------------------------------------------------------
You are receiving this promotional e-mail because you are an Alliant Energy
customer. To unsubscribe, visit https://notify.alliantenergy.com/u/{tok}
or reply UNSUBSCRIBE. We do not sell or share your e-mail address.
""" + HQ,
    promo_html("Alliant Energy", "#005DAA", "Charge overnight, save all year.",
               "Charge your EV for less",
               ["Hi {first},",
                "Driving electric? Get <b>$500</b> toward a Level 2 home charger installed by a licensed electrician, "
                "and pay less for the electricity you use overnight with our EV off-peak rate."],
               ["$500 rebate on a qualifying Level 2 charger", "Off-peak charging from 10 p.m. to 6 a.m.",
                "Apply online in about five minutes"],
               ("Apply now", "https://www.alliantenergy.com/ev?utm_campaign=AE-PR-2602-EV"),
               ["Offer available to residential customers in Iowa and Wisconsin while funds last.",
                "You are receiving this promotional e-mail because you are an Alliant Energy customer. To "
                '<a href="https://notify.alliantenergy.com/u/{tok}" style="color:#777777;">unsubscribe</a>, click '
                "the link or reply UNSUBSCRIBE. We do not sell or share your e-mail address.", HQ]),
    list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2602-EV>"))

_add(Orig(
    "catalog:spring", "PowerHouse Catalog", "powerhousecatalog@alliant-energy.com",
    "Spring Preview: 20% off LED lighting", central("2026-02-24 10:00", 3),
    _msgid("PH-2602-SP", "mail.powerhousecatalog.com"),
    """PowerHouse Catalog | Spring Preview

Brighten up for spring: 20% off all LED lighting through March 15.
Use code SPRING20 at checkout or when you call.

  New: dusk-to-dawn LED barn light ..... $44.79
  Solar path lights, 6-pack ............ $31.99
  Under-cabinet LED kit ................ $27.19

Shop now: https://www.powerhousecatalog.com/spring?c=PH-2602-SP
Your spring catalog is in the mail this week.

Customer number: {custno}

""" + _CAT_FOOT_PLAIN,
    promo_html("PowerHouse Catalog", "#B4441C", "20% off all LED lighting through March 15 with code SPRING20.",
               "Spring Preview: 20% off LED lighting",
               ["Brighten up for spring: 20% off all LED lighting through March 15. Use code <b>SPRING20</b> at "
                "checkout or when you call.",
                "New: dusk-to-dawn LED barn light <b>$44.79</b><br>Solar path lights, 6-pack <b>$31.99</b><br>"
                "Under-cabinet LED kit <b>$27.19</b>",
                "Your spring catalog is in the mail this week.<br>Customer number: {custno}"], [],
               ("Shop now", "https://www.powerhousecatalog.com/spring?c=PH-2602-SP"), _CAT_FOOT_HTML),
    list_unsub="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2602-SP>"))

_add(Orig(
    "promo:solar", "Alliant Energy", "customercare@alliant-energy.com",
    "Community solar spots are open in your area", central("2026-03-10 09:00", 21), _msgid("AE-PR-2603-CS"),
    """No panels on your roof. Just clean energy credits on your bill.

Hi {first},

A new community solar garden near you has open subscriptions. Subscribe to
a share of the garden and receive a credit on your Alliant Energy bill for
the electricity your share produces.

  * No installation and no roof needed
  * Renters and homeowners can join
  * Cancel with 90 days' notice

Reserve your share: https://www.alliantenergy.com/communitysolar

----------------------------------------------------------------------
Opt out of marketing e-mails: https://notify.alliantenergy.com/u/{tok}
Privacy policy: https://www.alliantenergy.com/privacy
""" + HQ,
    promo_html("Alliant Energy", "#2E8540", "No panels on your roof. Just clean energy credits on your bill.",
               "Community solar spots are open in your area",
               ["Hi {first},",
                "A new community solar garden near you has open subscriptions. Subscribe to a share of the garden "
                "and receive a credit on your Alliant Energy bill for the electricity your share produces."],
               ["No installation and no roof needed", "Renters and homeowners can join",
                "Cancel with 90 days&#39; notice"],
               ("Reserve your share", "https://www.alliantenergy.com/communitysolar"),
               ['<a href="https://notify.alliantenergy.com/u/{tok}" style="color:#777777;">Opt out of marketing '
                'e-mails</a> | <a href="https://www.alliantenergy.com/privacy" style="color:#777777;">Privacy '
                "policy</a>", HQ]),
    list_unsub="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2603-CS>"))

# --- service mail ----------------------------------------------------------------------------------------------------

_add(Orig(
    "outage:ice", "Alliant Energy Alerts", "alerts@alliantenergy.com",
    "Outage alert: power is out at {svc}", central("2026-01-24 06:41", 2), _msgid("OUT-260124", "notify.alliantenergy.com"),
    """Alliant Energy outage alert

We're aware of a power outage affecting your service address:
{svc}

Cause: Ice on power lines
Customers affected in your area: 1,284
Estimated restoration: Jan. 24, 6:00 p.m.

Our crews are working to restore power as safely and quickly as possible.
We'll send an update if the estimate changes.

Stay safe: stay at least 35 feet away from downed power lines and report
them by calling 1-800-555-0133.

You are receiving this alert because you enrolled in outage alerts for this
address. To stop outage alerts or change how you receive them, sign in to
My Account and choose Alert preferences.""",
    None, reply_to="customercare@alliant-energy.com"))

_add(Orig(
    "bill:ready", "Alliant Energy", "noreply@alliantenergy.com",
    "Your Alliant Energy bill is ready", central("2026-01-08 05:12", 30), "",
    """Your bill is ready

Hello {first},

Your latest Alliant Energy bill is now available.

Account ending in: {acct4}
Amount due: {amount}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/myaccount

Enrolled in Auto Pay? We'll deduct the amount due on the due date.

This is a service message about your Alliant Energy account. You will
receive it even if you have opted out of marketing e-mails.
""" + HQ,
    None, reply_to="customercare@alliant-energy.com"))

_add(Orig(
    "maint:feb18", "Alliant Energy Alerts", "alerts@alliantenergy.com",
    "Planned maintenance: brief power interruption Feb. 18", central("2026-02-12 14:00", 5),
    _msgid("MNT-260218", "notify.alliantenergy.com"),
    """Planned maintenance in your area

To keep your service reliable, our crews will replace equipment serving your
neighborhood on Wednesday, Feb. 18. Power to your address will be off for
up to two hours between 1 a.m. and 3 a.m.

Service address: {svc}

What to do:
  * Unplug sensitive electronics before 1 a.m.
  * If you use medical equipment that needs power, call us at
    1-800-555-0199 before Feb. 17.

If the weather is bad, the work moves to Thursday, Feb. 19, same hours.

This is a service notice about your Alliant Energy account.""",
    None, reply_to="customercare@alliant-energy.com"))

_add(Orig(
    "payment:reminder", "Alliant Energy", "noreply@alliantenergy.com",
    "Payment reminder: your bill is due March 9", central("2026-03-02 07:00", 44),
    _msgid("PMT-2603", "notify.alliantenergy.com"),
    """Payment reminder

Hello {first},

This is a friendly reminder that your payment of {amount} for the account
ending in {acct4} is due March 9, 2026.

If you have already paid, thank you - please disregard this message.

Pay online: https://www.alliantenergy.com/pay
Pay by phone: 1-800-555-0199

This is a service message about your Alliant Energy account. You will
receive it even if you have opted out of marketing e-mails.""",
    None, reply_to="customercare@alliant-energy.com"))


# --- made per message: bills, staff replies, our acknowledgements ----------------------------------------------------

def bill(d: str) -> Orig:
    b = ORIGS["bill:ready"]
    o = Orig(f"bill:{d[:7]}", b.from_name, b.from_addr, b.subject, central(d), _msgid("BILL", "notify.alliantenergy.com"),
             b.plain_t, None, b.reply_to)
    return o


def staff(ref: str, their_subject: str, d: str, first: str, lang: str = "en") -> Orig:
    if lang == "es":
        text = f"""Hola {first}:

Gracias por comunicarse con Alliant Energy. Antes de hacer cualquier cambio
necesitamos un poco más de información:

1. ¿Desea que dejemos de enviarle mercadeo por correo electrónico, por
correo postal o por ambos?

2. El Catálogo PowerHouse a veces comparte su lista de clientes con otras
compañías de catálogos. ¿Desea también que dejemos de compartir su nombre y
dirección?

3. Por favor envíenos su número de cuenta o el código postal de su
dirección de servicio para encontrar sus datos.

Puede responder a este mensaje con sus respuestas.

Gracias,
Ana
Equipo de Privacidad, Alliant Energy
1-800-555-0199"""
    else:
        text = f"""Hello {first},

Thank you for contacting Alliant Energy. Before we make any changes, we
need a little more information:

1. Would you like us to stop marketing by e-mail, by postal mail, or both?

2. The PowerHouse Catalog sometimes shares its customer list with other
catalog companies. Would you also like us to stop sharing your name and
address?

3. Please send your account number or the ZIP code of your service address
so we can find your records.

You can simply reply to this message with your answers.

Thank you,
Kelsey
Privacy Team, Alliant Energy
1-800-555-0199"""
    subj = f"RE: {their_subject} [{ref}]"
    return Orig(f"staff:{ref}", "Alliant Energy Privacy Team", "customercare@alliant-energy.com", subj, central(d),
                f"<MN2PR04MB{R.randrange(1000, 9999)}{hexs(16, True)}@MN2PR04MB{R.randrange(1000, 9999)}.namprd04.prod.outlook.com>",
                text.replace("{", "{{").replace("}", "}}"), None, lang=lang)


ACK_EN = {
    "marketing": """We received your request to stop receiving marketing from us, by e-mail
and by postal mail. Your reference number is {ref}.

We will remove you from our e-mail and postal marketing lists no later than
{due}. Until then you may still receive marketing
that was already on its way. We will keep sending messages about
your account and your service, which are not marketing.""",
    "share": """We received your request that we stop selling or sharing your personal
information with catalog and marketing partners.
Your reference number is {ref}.

We will stop sharing your information no later than
{due}.""",
    "review": """We received your message. Your reference number is {ref}.

A member of our privacy team will read it. If you asked us to stop sending
you marketing or to stop selling or sharing your personal information, we
will act on your request, and reply to any question, by {due}.""",
    "question": """We received your question. Your reference number is {ref}.

A member of our privacy team will read your message and reply by
{due}.""",
}
ACK_ES = {
    "marketing": """Recibimos su solicitud de dejar de recibir mercadeo de nuestra parte, por
correo electrónico y por correo postal. Su número de referencia es
{ref}.

Lo eliminaremos de nuestras listas de mercadeo por correo electrónico y por
correo postal a más tardar el {due}. Hasta
entonces, es posible que todavía reciba mercadeo que ya estaba en camino. Seguiremos enviándole
mensajes sobre su cuenta y su servicio, que no son de mercadeo.""",
    "share": """Recibimos su solicitud de que dejemos de vender o compartir su información
personal con socios de catálogos y de mercadeo.
Su número de referencia es {ref}.

Dejaremos de compartir su información a más tardar el
{due}.""",
    "review": """Recibimos su mensaje. Su número de referencia es {ref}.

Un miembro de nuestro equipo de privacidad lo leerá. Si nos pidió dejar de
enviarle mercadeo o dejar de vender o compartir su información personal,
atenderemos su solicitud, y responderemos a cualquier pregunta, a más
tardar el {due}.""",
}


def ack(ref: str, their_subject: str, d: str, kind: str, due: str, lang: str = "en") -> Orig:
    mid = ACK_ES[kind] if lang == "es" else ACK_EN[kind]
    if lang == "es":
        text = ("Gracias por escribir a Alliant Energy.\n\n" + mid.format(ref=ref, due=due) +
                f"\n\nSi nos escribe sobre esta solicitud, por favor mantenga {ref} en\nel asunto.\n\n"
                "Este es un acuse de recibo automático. No es necesario que responda.\n\nAlliant Energy Customer Care")
    else:
        text = ("Thank you for writing to Alliant Energy.\n\n" + mid.format(ref=ref, due=due) +
                f"\n\nIf you write to us about this request, please keep {ref} in the\nsubject line.\n\n"
                "This is an automatic acknowledgement. You do not need to reply.\n\nAlliant Energy Customer Care")
    subj = f"Re: {their_subject} [{ref}]" if their_subject else \
        (f"Su solicitud de privacidad [{ref}]" if lang == "es" else f"Your privacy request [{ref}]")
    return Orig(f"ack:{ref}", "Alliant Energy Customer Care", "customercare@alliant-energy.com", subj, central(d),
                f"<ack.{ref}.{hexs(16)}@alliant-energy.com>", text.replace("{", "{{").replace("}", "}}"), None,
                lang=lang, extra={"auto": True})


def own(key: str, name: str, addr_: str, to_name: str, to_addr: str, subject: str, d: str, text: str,
        msgid: str, html_inner: str | None = None) -> Orig:
    """Someone else's message (the sender's own earlier mail, a newsletter...), quoted or forwarded."""
    o = Orig(key, name, addr_, subject, central(d), msgid, text.replace("{", "{{").replace("}", "}}"),
             None if html_inner is None else html_inner.replace("{", "{{").replace("}", "}}"))
    o.extra["to"] = (to_name, to_addr)
    return o
