"""Our own outgoing mail in the week of the 14 July 2026 derecho (what people reply under)."""
from engine import T, rfcdate, tok, CDT

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
ALERTS = "alerts@alliantenergy.com"
NOREPLY = "noreply@alliantenergy.com"


class Ours:
    def __init__(self, kind, from_name, from_addr, subject, dt, text, mid, reply_to=None):
        self.kind = kind
        self.from_name = from_name
        self.from_addr = from_addr
        self.subject = subject
        self.dt = dt
        self.text = text
        self.mid = mid
        self.reply_to = reply_to

    @property
    def reply_addr(self):
        return self.reply_to or self.from_addr


FOOT_HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

CAT_TEXT = """Summer is here, and so is the new PowerHouse Catalog.

Inside this season's edition:
  * 20" box fans and tower fans, from $24.99
  * Energy Star window air conditioners, 6,000 to 12,000 BTU
  * Solar path lights and LED string lights
  * Smart plugs and outdoor timers

Your printed catalog is on its way. Browse it online now at
powerhousecatalog.com/summer or call (800) 555-0134 to order.

--
PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718

PowerHouse occasionally makes its customer list (names and postal
addresses, never e-mail addresses) available to other carefully
selected catalog companies. If you prefer that we not share your
name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mail, reply with the word
unsubscribe. Ref PH-2607-SUM"""

GEN_TEXT = """Summer storms don't wait. Neither should you.

Keep the lights, the refrigerator and the sump pump running the next
time the grid goes down. For a limited time, Alliant Energy customers
save $300 on a professionally installed standby generator, and can
protect every outlet in the house with whole-home surge protection for
$9.95 a month.

  * $300 off 14 to 26 kW standby generators, installed by local contractors
  * Whole-home surge protection at the meter: $9.95/month, nothing to buy
  * 0% financing for 24 months on approved credit

Get your free quote: alliantenergy.com/storm-ready
Offer ends August 31, 2026. Promo code AE-PR-2607-GEN.

You are receiving this e-mail because you are an Alliant Energy
customer. To opt out of marketing e-mail, reply with the word
unsubscribe or visit alliantenergy.com/preferences.
""" + FOOT_HQ

APOLOGY_TEXT = """Yesterday morning we sent you an e-mail promoting standby generators
and surge protection. It was scheduled weeks ago, and it should have
been stopped. It went out while many of you had been without power for
a day or more, and we are sorry.

Right now our only focus is getting everyone's power back on. More than
2,100 line workers, including crews from six neighboring states, are
working around the clock in eastern Iowa and southern Wisconsin. For
restoration times at your address, visit alliantenergy.com/outages.

If you would rather not receive offers from us at all, reply to this
e-mail with the word unsubscribe.

Alliant Energy Customer Care
""" + FOOT_HQ

ALERT_FOOT = """This is a service message about your account. You're receiving it
because you signed up for outage alerts; change how you receive them
at alliantenergy.com/alerts."""


def cat_email(key):
    return Ours("catalog", "PowerHouse Catalog", PH,
                "Your PowerHouse Summer Catalog is here [PH-2607-SUM]",
                T("2026-07-13 08:30:00"), CAT_TEXT,
                f"<20260713133000.PH2607SUM.{tok(key + 'cat', 12)}@mta.alliant-energy.com>")


def gen_promo(key):
    return Ours("promo", "Alliant Energy", CC,
                "Be storm-ready: $300 off standby generators + whole-home surge protection",
                T("2026-07-15 09:02:00"), GEN_TEXT,
                f"<20260715140200.AEPR2607GEN.{tok(key + 'gen', 12)}@mta.alliant-energy.com>")


def apology(key):
    return Ours("apology", "Alliant Energy", CC, "About yesterday's e-mail from us",
                T("2026-07-16 13:30:00"), APOLOGY_TEXT,
                f"<20260716183000.AEAPOL0716.{tok(key + 'apo', 12)}@mta.alliant-energy.com>")


def alert_out(key, street, town, when, reported):
    text = f"""Alliant Energy outage alert

We're aware of a power outage affecting service at
{street}, {town}.

Cause: severe weather
Reported: {reported}
Estimated restoration: being assessed

Crews are responding. Stay at least 35 feet from downed lines and
report them to 911 and to us at (800) 555-0199.

{ALERT_FOOT}"""
    return Ours("alert", "Alliant Energy Outage Alerts", ALERTS, f"Outage alert: {street}",
                T(when), text, f"<oa.{tok(key + 'oa', 16, '0123456789abcdef')}@alerts.alliantenergy.com>",
                reply_to=CC)


def alert_etr(key, street, town, when, etr):
    text = f"""Alliant Energy outage update

Service at {street}, {town} is still out.

Estimated restoration: {etr}

The July 14 storm damaged more than 1,400 poles across our service
area. We restore the lines that bring power back to the most people
first, then work street by street. Thank you for your patience.

{ALERT_FOOT}"""
    return Ours("alert", "Alliant Energy Outage Alerts", ALERTS, f"Outage update: {street}",
                T(when), text, f"<ou.{tok(key + 'ou', 16, '0123456789abcdef')}@alerts.alliantenergy.com>",
                reply_to=CC)


def alert_restored(key, street, town, when, restored):
    text = f"""Alliant Energy outage alert

Good news: power was restored at {street}, {town}
on {restored}.

If you're still without power, reply to this e-mail or call
(800) 555-0199 so we can check the line to your home.

{ALERT_FOOT}"""
    return Ours("restored", "Alliant Energy Outage Alerts", ALERTS, f"Power restored: {street}",
                T(when), text, f"<or.{tok(key + 'or', 16, '0123456789abcdef')}@alerts.alliantenergy.com>",
                reply_to=CC)


def bill_credit(key, amount, hours):
    text = f"""Dear customer,

Your electric service was interrupted for about {hours} hours after the
July 14 derecho. As a thank-you for your patience, a credit of
${amount} will appear on your next bill. You don't need to do anything
to receive it.

Food and property losses: Alliant Energy is not able to reimburse
losses caused by severe weather. Many homeowner's and renter's
policies cover food spoilage; check with your insurance agent.

This is a service message and is sent even if you have opted out of
marketing.

Alliant Energy
{FOOT_HQ}"""
    return Ours("bill", "Alliant Energy", NOREPLY, "Storm outage credit on your next bill",
                T("2026-07-20 07:15:00"), text,
                f"<bc.{tok(key + 'bc', 18, '0123456789abcdef')}@billing.alliantenergy.com>",
                reply_to=CC)


def ack(ref, when, received_on):
    text = f"""Hello,

Thank you for writing to Alliant Energy. We received your message on
{received_on} (reference {ref}).

If you asked us to stop marketing contact or not to share your name
with other companies, your request will be processed within 10
business days; you don't need to do anything else. If you asked a
question, a member of our Customer Care team will answer it.

This is an automatic message.
Alliant Energy Customer Care"""
    return Ours("ack", "Alliant Energy Customer Care", CC, f"We received your request [{ref}]",
                T(when), text, f"<ack.{ref}@alliant-energy.com>")


def staff_reply(key, when, subject, text, name="Alliant Energy Customer Care"):
    return Ours("staff", name, CC, subject, T(when), text,
                f"<{tok(key + 'st', 14, '0123456789abcdef')}.cc@alliant-energy.com>")
