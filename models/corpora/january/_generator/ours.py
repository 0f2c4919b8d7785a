# -*- coding: utf-8 -*-
"""What Alliant Energy itself sent in (or just before) the fortnight. These texts only ever appear
quoted, forwarded, bounced or auto-answered inside the set; they are never a sender's own words."""
from mimekit import at, sha, LMONS

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

PROMO_A_SUBJECT = "New Year, lower bills: 5 ways to save in 2027"
PROMO_A_TOKEN = "AE-NL-2701-LB7"
PROMO_A_TEXT = """Hi there,

A new year is a good time for a fresh start, and for a lower energy bill. Here are five simple ways to save this winter:

1. Get a free LED lighting kit (while supplies last).
2. Save $75 on a qualifying smart thermostat bought January 1 - February 28, 2027.
3. Book a Home Energy Assessment and find out where your heat is going.
4. Seal drafts around doors and windows: a $10 fix that can cut heating costs up to 10%.
5. Set your water heater to 120\u00b0F.

Learn more: https://www.alliantenergy.com/newyear

You are receiving this e-mail because you are an Alliant Energy customer. Opt out of marketing e-mails: reply with the word unsubscribe or visit alliantenergy.com/preferences. We will still send bills, outage alerts and other service messages.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

PROMO_B_SUBJECT = "Winter Clearance: up to 60% off heaters, throws & lighting [PH-2701]"
PROMO_B_TEXT = """WINTER CLEARANCE IS ON
Up to 60% off while supplies last.

- Oil-filled radiator heater: was $89.99, now $44.99
- Heated sherpa throw: was $59.99, now $29.99
- LED dusk-to-dawn bulbs, 4-pack: now $12.99

Holiday returns: items bought November 15 - December 31, 2026 can be returned until January 31, 2027.
Gift cards never expire. Check a balance at powerhousecatalog.com/giftcard.

Shop now: https://www.powerhousecatalog.com/clearance

PowerHouse Catalog is part of the Alliant Energy family of companies. We occasionally share our customer mailing list with other catalog companies. If you prefer that we not share your name and address, write to powerhousecatalog@alliant-energy.com. To unsubscribe from PowerHouse e-mails, reply with "unsubscribe".
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"""

OUTAGE_TEXT = """We're aware of a power outage affecting your service address:
{addr}

Cause: ice on lines and trees (winter storm)
Customers affected in your area: {n:,}
Estimated restoration: {eta}

Crews are working as quickly and safely as they can. Stay away from downed lines and report them at 1-800-555-0142.

We will e-mail you when power is restored. To change how you receive outage alerts, sign in to My Account at alliantenergy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

BILL_TEXT = """Your bill for account ending in {acct_end} is ready.

Amount due: {amount}
Due date: {due}

View and pay: https://www.alliantenergy.com/myaccount

This is a service message about your account. We send it even if you have opted out of marketing. Please do not reply to this e-mail; it is not monitored.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

ACK_TEXT = """Hello,

Thank you for contacting Alliant Energy. We received your message on {received} and logged it as request {id}.

If you asked us to stop promotional mail or e-mail, or not to share your name with other catalog companies, we will update your preferences within 10 business days. Bills, outage alerts and other service messages will still be sent.

If your message needs a personal answer, a member of our Customer Care team will reply.

Alliant Energy Customer Care
customercare@alliant-energy.com"""


class Ours:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def ours(s):
    """The message of ours that a human message quotes or forwards."""
    q = s["quote"]
    k = q["kind"]
    rid = sha(s["addr"] + k, 10)
    if k == "promoA":
        return Ours(from_name="Alliant Energy", from_addr=CC, date=at("01-05 10:02:14"),
                    subject=PROMO_A_SUBJECT, text=PROMO_A_TEXT,
                    msgid="<%s.%s@news.alliant-energy.com>" % (PROMO_A_TOKEN, rid))
    if k == "promoB":
        return Ours(from_name="PowerHouse Catalog", from_addr=PH, date=at("01-07 10:01:37"),
                    subject=PROMO_B_SUBJECT, text=PROMO_B_TEXT,
                    msgid="<PH-2701-WC.%s@news.alliant-energy.com>" % rid)
    if k == "outage":
        return Ours(from_name="Alliant Energy Outage Alerts", from_addr="outagealerts@alliantenergy.com",
                    date=at(q["sent"] + ":07"), subject="Outage alert: power is out at %s" % q["addr"],
                    text=OUTAGE_TEXT.format(**q), reply_to=CC,
                    msgid="<outage.OMS-270112.%s@alerts.alliantenergy.com>" % rid)
    if k == "bill":
        return Ours(from_name="Alliant Energy", from_addr="noreply@alliantenergy.com",
                    date=at(q["sent"] + ":31"), subject="Your Alliant Energy bill is ready",
                    text=BILL_TEXT.format(**q), msgid="<bill.%s@notify.alliantenergy.com>" % rid)
    if k == "ack":
        return Ours(from_name="Alliant Energy Customer Care", from_addr=CC, date=at(q["sent"] + ":02"),
                    subject="We received your request [%s]" % q["id"],
                    text=ACK_TEXT.format(**q), msgid="<ack.%s@alliant-energy.com>" % q["id"])
    raise ValueError(k)


# For the README: our own outgoing mail that shows up inside this set.
OUTGOING = [
    ("promo \"New Year, lower bills: 5 ways to save in 2027\" (energy-efficiency e-mail)", "`customercare@`",
     "2027-01-05", "token `AE-NL-2701-LB7` in `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2701-LB7>`, so "
     "Gmail/Outlook/iPhone/cleaner-service unsubscribes arrive with subject `unsubscribe AE-NL-2701-LB7`; "
     "footer: \"Opt out of marketing e-mails: reply with the word unsubscribe\", HQ address ZIP 53718; "
     "`Message-ID: <AE-NL-2701-LB7.…@news.alliant-energy.com>`"),
    ("catalog e-mail \"Winter Clearance: up to 60% off heaters, throws & lighting [PH-2701]\"", "`powerhousecatalog@`",
     "2027-01-07", "`List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>`; footer mentions list "
     "sharing **and** \"To unsubscribe … reply with 'unsubscribe'\", holiday returns until Jan 31, gift cards; ZIP 53718"),
    ("outage alert \"Outage alert: power is out at <ADDRESS>\" (ice storm 12-14 Jan)", "`Alliant Energy Outage Alerts <outagealerts@alliantenergy.com>`, **`Reply-To: customercare@alliant-energy.com`**",
     "2027-01-12 … 01-13", "a service message: replies and auto-replies land in customercare; its text says "
     "\"To change how you receive outage alerts, sign in to My Account\"; ZIP 53718"),
    ("bill notice \"Your Alliant Energy bill is ready\" (December usage)", "`noreply@alliantenergy.com`",
     "2027-01-04 … 01-07", "a service message, says it's sent \"even if you have opted out of marketing\"; reaches "
     "customercare only when a customer forwards it"),
    ("**bot acknowledgement** \"We received your request [CC-2027-01-NNNNN]\"", "`Alliant Energy Customer Care <customercare@…>`",
     "–", "`Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out "
     "and sharing; sent from customercare@ for both mailboxes, so every reply to it lands in customercare"),
    ("staff replies \"RE: …\" written in Outlook with a read receipt requested", "`customercare@` / `powerhousecatalog@`",
     "2027-01-06, 01-08, 01-15", "only seen through the read receipts they bring back (`Read:`, `Leído:`, Thunderbird's "
     "`Return Receipt (displayed)`)"),
]


def month_day(dt):
    return "%s %d, %d" % (LMONS[dt.month - 1], dt.day, dt.year)
