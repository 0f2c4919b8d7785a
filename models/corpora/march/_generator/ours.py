"""Alliant Energy's own outgoing mail that people reply to, forward, or that bounces back."""
from lib import when, h, rfcdate, utcdate, addr, text_part, multipart, render, crlf

CC = "customercare@alliant-energy.com"
PHC = "powerhousecatalog@alliant-energy.com"
ALERTS = "alerts@notify.alliantenergy.com"

FOOT_CC = ("You are receiving this e-mail because you are an Alliant Energy customer.\n"
           "Unsubscribe: reply with \"unsubscribe\" or write to Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718.")

OURS = {
    "promo_hp": dict(
        name="Alliant Energy", frm=CC, date="02-26 10:00:04", dom="mail.alliant-energy.com",
        subject="Spring into savings: up to $1,500 back on a heat pump",
        unsub=CC,
        text="""Winter is almost behind us. Your energy bill can be too.

Replace an older furnace or central air conditioner with a qualifying
air-source heat pump by May 31, 2026 and get up to $1,500 back from
Alliant Energy, plus a free home energy assessment.

- Rebates from $500 (ducted) to $1,500 (cold-climate models)
- Work with any participating contractor in Iowa or Wisconsin
- Apply online in about ten minutes

Find a contractor: alliantenergy.com/heatpump

""" + FOOT_CC),
    "news_mar": dict(
        name="Alliant Energy", frm=CC, date="03-02 09:00:11", dom="mail.alliant-energy.com",
        subject="Energy Matters | March 2026",
        unsub=CC,
        text="""ENERGY MATTERS - MARCH 2026

Storm season checklist
Late-winter ice can bring down lines. Keep a flashlight, charged phones
and a list of medications handy, and report outages at 1-800-255-4268.

Why February's bill was higher
February was one of the coldest in a decade. Budget Billing spreads
your costs evenly across the year - enroll at alliantenergy.com/budget.

Heat pump rebates are back
Up to $1,500 back through May 31. Details at alliantenergy.com/heatpump.

""" + FOOT_CC),
    "cat_spring": dict(
        name="PowerHouse Catalog", frm=PHC, date="03-02 07:30:00", dom="catalog.alliant-energy.com",
        subject="Your Spring 2026 PowerHouse Catalog is here",
        unsub=PHC,
        text="""The Spring 2026 PowerHouse Catalog is on its way to your mailbox.

Inside this season:
* LED grow lights and seed-starting kits
* Smart thermostats with a $50 instant rebate
* Rain barrels, solar path lights and outdoor outlets
* Surge protectors for storm season

Take 15% off your first spring order with code SPRING15.
Shop now: powerhousecatalog.com

PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718
To stop catalog e-mails, reply "unsubscribe".""" ),
    "bill": dict(
        name="Alliant Energy", frm=ALERTS, date="03-02 06:15:40", dom="notify.alliantenergy.com",
        subject="Your Alliant Energy bill is ready",
        text="""Your bill is ready to view.

Account ending in: {acct4}
Amount due: {amount}
Due date: March 23, 2026

February's extended cold snap means many customers used more energy
for heating than usual. Payment arrangements and Budget Billing are
available at alliantenergy.com/pay.

View and pay your bill: alliantenergy.com/myaccount

This is a service message about your Alliant Energy account.
Please do not reply to this e-mail."""),
    "payrem": dict(
        name="Alliant Energy", frm=ALERTS, date="03-03 07:02:13", dom="notify.alliantenergy.com",
        subject="Payment reminder: your bill is due soon",
        text="""This is a friendly reminder that your Alliant Energy bill is due soon.

Account ending in: {acct4}
Amount due: {amount}
Due date: March 9, 2026

If you've already paid, thank you - no further action is needed.
Pay online at alliantenergy.com/myaccount or call 1-800-255-4268.

This is a service message about your Alliant Energy account."""),
    "outage": dict(
        name="Alliant Energy Outage Alerts", frm=ALERTS, date="03-04 04:52:09", dom="notify.alliantenergy.com",
        subject="Outage alert: power is out near your address",
        text="""We're aware of a power outage affecting your address.

Cause: ice and high winds damaged equipment in your area
Customers affected: about {affected}
Estimated restoration: 11:30 AM today

Crews are working as quickly and safely as they can. Stay at least
35 feet away from downed lines and report them by calling 911.

Outage map: alliantenergy.com/outages
Manage alerts: alliantenergy.com/alerts"""),
    "restored": dict(
        name="Alliant Energy Outage Alerts", frm=ALERTS, date="03-04 10:48:30", dom="notify.alliantenergy.com",
        subject="Power restored at your address",
        text="""Good news - power has been restored at your address.

If you are still without power, please report it at
alliantenergy.com/outages or call 1-800-255-4268.

Thank you for your patience while our crews worked through the storm.

Manage alerts: alliantenergy.com/alerts"""),
}

ACK_TEXT = """Thank you for writing to Alliant Energy.

We have received your request and will update your preferences within
10 business days. Mail that was already being prepared may still reach
you during that time.

Reference number: {ref}

Alliant Energy Customer Care
4902 N. Biltmore Lane, Madison, WI 53718

This message was sent automatically."""


def ours(key, to_addr, **kw):
    """Return a dict describing our message as it was sent to to_addr."""
    if key.startswith("ack:"):
        # ack:<orig subject>|<date>
        subj, date = key[4:].split("|")
        ref = "AE-%s" % h(to_addr + subj, 6).upper()
        d = when(date)
        return dict(name="Alliant Energy Customer Care", frm=CC, date=d,
                    subject="Re: " + subj, text=ACK_TEXT.format(ref=ref),
                    mid="<ack.%s.%s@alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), h(to_addr + subj, 10)),
                    orig_mid="<%s.%s@%s>" % (h(subj, 12), h(to_addr, 6), to_addr.split("@")[1]),
                    auto=True, unsub=None, key="ack")
    o = dict(OURS[key])
    d = when(o["date"])
    fmt = dict(acct4=kw.get("acct4", "%04d" % (int(h(to_addr), 16) % 10000)),
               amount=kw.get("amount", "$%d.%02d" % (180 + int(h(to_addr + "a"), 16) % 260, int(h(to_addr + "c"), 16) % 100)),
               affected=kw.get("affected", "%d" % (140 + int(h(to_addr + "o"), 16) % 2900)))
    o["text"] = o["text"].format(**fmt)
    o["date"] = d
    o["mid"] = "<%s.%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), key.replace("_", ""), h(to_addr, 12), o["dom"])
    o["key"] = key
    o.setdefault("unsub", None)
    o["auto"] = False
    return o


def ours_headers(o, to_name, to_addr):
    hs = [("Date", rfcdate(o["date"])),
          ("From", addr(o["name"], o["frm"])),
          ("To", addr(to_name, to_addr) if to_name else to_addr),
          ("Subject", o["subject"]),
          ("Message-ID", o["mid"])]
    if o.get("unsub"):
        hs.append(("List-Unsubscribe", "<mailto:%s?subject=unsubscribe>" % o["unsub"]))
    if o.get("key") == "ack":
        hs.append(("In-Reply-To", o["orig_mid"]))
        hs.append(("Auto-Submitted", "auto-replied"))
    hs.append(("MIME-Version", "1.0"))
    return hs


def ours_raw_text(o, to_name, to_addr):
    """Our message as text (headers + plain body), LF line ends, for message/rfc822 attachments."""
    p = text_part(o["text"], charset="us-ascii", cte="7bit")
    hs = [("Return-Path", "<bounce-%s@%s>" % (h(to_addr, 10), o["mid"].split("@")[1].rstrip(">")))]
    hs += ours_headers(o, to_name, to_addr)
    return render(hs, p).decode("utf-8").replace("\r\n", "\n")
