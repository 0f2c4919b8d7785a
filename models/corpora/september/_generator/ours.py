"""Alliant's own outgoing mail in 6-17 September 2027 (quoted, replied to, bounced or auto-answered in the set),
and the quoting styles of the mail programs that quote it."""

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

# ---------------------------------------------------------------- PowerHouse "Fall Preview" (Tue 7 Sep 2027 09:02)
FP_SUBJ = "Fall Preview: get cozy for less + free shipping through 9/30"
FP_FROM = ("PowerHouse Catalog", PH)
FP_TOKEN = "PH-2709-FP"
FP_DATE = "Tue, 7 Sep 2027 09:02:11 -0500"


def fp_msgid(n):
    return "<PH-2709-FP.%s@mail.alliant-energy.com>" % n


FP_TEXT = """PowerHouse Fall Preview

Cooler nights are on the way. Get ready with the new fall lineup:

* Smart plug 4-pack - $39.99 (was $49.99)
* Heated stock tank de-icer, 1500 W - $64.95
* Programmable thermostat with geofencing - $119.00
* LED shop lights, 4 ft, linkable 6-pack - $79.99
* Heated throw blanket with auto shut-off - $44.95

Free standard shipping on orders of $50 or more through September 30
with code FALLSHIP27.

Shop the Fall Preview:
https://www.alliant-energy.com/powerhouse/fall-preview?c=PH-2709-FP

--
You are receiving this e-mail because you bought from the PowerHouse
Catalog or asked to hear from us.
PowerHouse occasionally makes its customer list (names and postal
addresses, never e-mail addresses) available to other carefully screened
catalog companies. If you would rather we not share your name, write to
powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mail, reply with "unsubscribe" or visit
https://www.alliant-energy.com/powerhouse/prefs
PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718"""

FP_LIST_UNSUB = ("<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2709-FP>, "
                 "<https://www.alliant-energy.com/powerhouse/prefs?c=PH-2709-FP>")

# ---------------------------------------------------------------- furnace tune-up promo (Wed 8 Sep 2027 10:30)
TU_SUBJ = "Get your furnace ready: $25 off a tune-up"
TU_SUBJ_ES = "Prepare su calefacci\u00f3n: $25 de descuento en el mantenimiento"
TU_FROM = ("Alliant Energy", CC)
TU_DATE = "Wed, 8 Sep 2027 10:30:04 -0500"


def tu_msgid(n, es=False):
    return "<AE-PR-2709-TU%s.%s@mail.alliant-energy.com>" % ("-ES" if es else "", n)


TU_TEXT = """Heating season is almost here.

A tune-up now helps your furnace run safely and efficiently all winter.
Through October 31, get $25 off a furnace or boiler tune-up from a
participating contractor in our Trade Ally network.

How it works:
1. Pick a participating contractor: alliant-energy.com/tuneup
2. Mention offer code TUNE25 when you book.
3. The $25 comes off your invoice. That's it.

Offer open to Alliant Energy natural gas customers in Iowa and Wisconsin.
One tune-up per account.

--
You're receiving this because you're an Alliant Energy customer.
Don't want offers like this? Opt out of marketing e-mails: reply
"unsubscribe" or write to customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

TU_TEXT_ES = """La temporada de calefacci\u00f3n ya casi llega.

Un mantenimiento ahora ayuda a que su calefactor funcione de forma segura
y eficiente todo el invierno. Hasta el 31 de octubre, obtenga $25 de
descuento en el mantenimiento de su calefactor o caldera con un
contratista participante.

C\u00f3mo funciona:
1. Elija un contratista participante: alliant-energy.com/tuneup
2. Mencione el c\u00f3digo TUNE25 al hacer su cita.
3. Los $25 se descuentan de su factura del contratista.

Oferta para clientes de gas natural de Alliant Energy en Iowa y Wisconsin.
Un mantenimiento por cuenta.

--
Recibe este mensaje porque es cliente de Alliant Energy.
\u00bfNo desea recibir ofertas como esta? Responda "unsubscribe" o escriba
a customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

TU_LIST_UNSUB = "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2709-TU>"
TU_LIST_UNSUB_ES = "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2709-TU-ES>"

# ---------------------------------------------------------------- post-contact survey (from Thu 9 Sep 2027)
SV_SUBJ = "How did we do? 3 quick questions about your recent call"
SV_FROM = ("Alliant Energy", CC)


def sv_msgid(n):
    return "<AE-SV-2709.%s@mail.alliant-energy.com>" % n


SV_TEXT = """Thank you for contacting Alliant Energy Customer Care.

Would you answer three quick questions about your recent call? Just
reply to this e-mail, or use the link below.

1. On a scale of 1 to 5, how satisfied were you with your call?
2. Was your question or issue resolved?
3. Is there anything else you'd like us to know?

Take the survey online: https://survey.alliant-energy.com/s/AE-SV-2709

This survey is about your recent contact with us. It is not a marketing
message.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

# ---------------------------------------------------------------- outage alerts (Fri 10 - Sat 11 Sep 2027)
OA_FROM = ("Alliant Energy Alerts", "alerts@alliant-energy.com")
OA_SUBJ = "Outage alert: power is out near your address"
OA_SUBJ2 = "Outage update: crews are working in your area"


def oa_msgid(n):
    return "<OA-%s@alerts.alliant-energy.com>" % n


def oa_text(outage_id, town, etr, update=False):
    if not update:
        head = ("Severe thunderstorms have caused a power outage affecting your address\n"
                "near %s.\n" % town)
    else:
        head = ("Update: crews have been assigned to the outage affecting your address\n"
                "near %s.\n" % town)
    return head + """
Outage number: %s
Estimated restoration: %s

Stay at least 35 feet away from downed lines and call 1-800-555-0137 to
report them. For updates, visit alliant-energy.com/outages.

--
You receive this service alert because you are enrolled in Alliant Energy
Alerts. Replies go to customercare@alliant-energy.com.
Manage alerts: alliant-energy.com/alerts""" % (outage_id, etr)


# ---------------------------------------------------------------- monthly bill notice
BN_FROM = ("Alliant Energy", "noreply@alliantenergy.com")
BN_SUBJ = "Your Alliant Energy bill is ready"


def bn_text(last4, amount, due):
    return """Your Alliant Energy bill is ready to view.

Account ending in: %s
Amount due: %s
Due date: %s

View and pay your bill: alliant-energy.com/mybill

This is a service message about your account. We send it even if you have
opted out of marketing. Please do not reply to this e-mail; this mailbox is
not monitored.""" % (last4, amount, due)


# ---------------------------------------------------------------- Budget Billing promo (Tue 14 Sep 2027 10:05)
BB_SUBJ = "Winter bills, evened out: try Budget Billing"
BB_FROM = ("Alliant Energy", CC)
BB_DATE = "Tue, 14 Sep 2027 10:05:40 -0500"


def bb_msgid(n):
    return "<AE-PR-2709-BB.%s@mail.alliant-energy.com>" % n


BB_TEXT = """No more surprise winter bills.

With Budget Billing, we average your energy costs over 12 months so
you pay about the same amount every month. Once a year we settle up
the difference.

Sign up before October 15 and your first budget bill arrives in November.
Enroll in My Account or call 1-800-555-0137.

--
You're receiving this because you're an Alliant Energy customer.
To opt out of marketing e-mails, reply "unsubscribe" or write to
customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

BB_LIST_UNSUB = "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2709-BB>"

# ---------------------------------------------------------------- our bot's acknowledgement
ACK_FROM = ("Alliant Energy Customer Care", CC)


def ack_subj(ref):
    return "We received your request [%s]" % ref


def ack_msgid(ref):
    return "<ack.%s@alliant-energy.com>" % ref


def ack_text(ref, when):
    return """Thank you for contacting Alliant Energy.

We received your message on %s and logged it as %s.

If you asked us to stop marketing contact, or not to share your name
with other companies, we will record your request within 10 business
days. Mail that is already printed may still reach you for a few weeks.
If you asked a question, a member of our Customer Care team will reply.

Please reply to this message only if you need to add something.

Alliant Energy Customer Care""" % (when, ref)


# ---------------------------------------------------------------- quoting styles
def q_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def gmail_quote(text, who, when_gmail):
    """when_gmail like 'Tue, Sep 7, 2027 at 9:02 AM'."""
    return "On %s %s wrote:\n\n%s" % (when_gmail, who, q_gt(text))


def apple_quote(text, who, when_apple):
    """when_apple like 'Sep 7, 2027, at 9:02 AM'."""
    return "> On %s, %s wrote:\n>\n%s" % (when_apple, who, q_gt(text))


def outlook_quote(text, frm, sent, to, subject):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))


def yahoo_quote(text, who, when_yahoo):
    """Yahoo's text/plain twin: attribution line, then the original text unmarked."""
    return "On %s, %s wrote:\n\n\n%s" % (when_yahoo, who, text)


def fwd_gmail(text, frm, date, subject, to):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, date, subject, to, text))


# ---------------------------------------------------------------- headers of our own sent copies (for DSN parts)
def sent_headers(kind, rcpt, n, when=None):
    """The header block of one of our outgoing messages, as a bounce would return it."""
    if kind == "FP":
        frm, subj_, date, mid, lu = "PowerHouse Catalog <%s>" % PH, FP_SUBJ, FP_DATE, fp_msgid(n), FP_LIST_UNSUB
        rp = PH
    elif kind == "TU":
        frm, subj_, date, mid, lu = "Alliant Energy <%s>" % CC, TU_SUBJ, TU_DATE, tu_msgid(n), TU_LIST_UNSUB
        rp = CC
    elif kind == "BB":
        frm, subj_, date, mid, lu = "Alliant Energy <%s>" % CC, BB_SUBJ, BB_DATE, bb_msgid(n), BB_LIST_UNSUB
        rp = CC
    elif kind == "ACK":
        frm, subj_, date, mid, lu = "Alliant Energy Customer Care <%s>" % CC, ack_subj(n), when, ack_msgid(n), None
        rp = CC
    else:
        raise ValueError(kind)
    lines = ["Return-Path: <%s>" % rp,
             "From: %s" % frm,
             "To: %s" % rcpt,
             "Subject: %s" % subj_,
             "Date: %s" % date,
             "Message-ID: %s" % mid,
             "MIME-Version: 1.0"]
    if lu:
        lines.append("List-Unsubscribe: %s" % lu.split(", ")[0])
    if kind == "ACK":
        lines.append("Auto-Submitted: auto-replied")
    lines.append("Content-Type: multipart/alternative; boundary=\"=_ae_%s\"" % n)
    return "\n".join(lines)
