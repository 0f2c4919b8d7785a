"""Our own outgoing mail that people reply to, forward or auto-answer."""
from mailkit import When, digest

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy", "alerts@notify.alliantenergy.com")

PROMO_FOOTER = (
    "---\n"
    "You are receiving this email because you are an Alliant Energy customer.\n"
    "To stop promotional emails, reply UNSUBSCRIBE or write to customercare@alliant-energy.com.\n"
    "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
)

CATALOG_FOOTER = (
    "---\n"
    "You are receiving the PowerHouse Catalog because you ordered from us or asked for a copy.\n"
    "To stop catalog emails or the printed catalog, reply STOP. We share our customer list with other\n"
    "catalog companies; if you prefer that we do not share your name and address, write to\n"
    "powerhousecatalog@alliant-energy.com.\n"
    "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718"
)

SERVICE_FOOTER = (
    "---\n"
    "This is a service message about your Alliant Energy account. Manage alerts at alliantenergy.com/alerts.\n"
    "Alliant Energy will never ask you to pay with gift cards or demand payment within minutes."
)

_OURS = {
    "promo_thermostat": dict(
        sender=CC, date="2026-09-09 10:00", subject="Fall savings: up to $100 back on a smart thermostat",
        kind="promotion",
        text=("Fall is here. Get your home ready for heating season.\n\n"
              "Install a qualifying smart thermostat by December 31 and get up to $100 back from Alliant Energy.\n"
              "Most customers save 8 to 10 percent on heating costs.\n\n"
              "See qualifying models and apply online: https://www.alliantenergy.com/rebates\n\n" + PROMO_FOOTER)),
    "news_oct": dict(
        sender=CC, date="2026-10-01 09:30", subject="Your October Home Energy Newsletter",
        kind="newsletter",
        text=("HOME ENERGY NEWSLETTER - OCTOBER 2026\n\n"
              "Seal the drafts: a tube of caulk and some weatherstripping can cut heating bills this winter.\n\n"
              "Energy assistance: applications for the Low Income Home Energy Assistance Program open November 1.\n\n"
              "Scam alert: we will never call or e-mail demanding immediate payment by gift card or wire transfer.\n"
              "If in doubt, hang up and call the number on your bill.\n\n"
              "Community: our volunteers planted 1,200 trees in Iowa and Wisconsin this summer.\n\n" + PROMO_FOOTER)),
    "news_nov": dict(
        sender=CC, date="2026-11-03 09:30", subject="Winter-ready: tips and offers for November",
        kind="newsletter",
        text=("Winter is on its way.\n\n"
              "- Free home energy assessment for qualifying customers\n"
              "- $25 off a programmable thermostat at participating retailers\n"
              "- Budget Billing spreads your winter costs evenly over the year\n\n"
              "Learn more at https://www.alliantenergy.com/winter\n\n" + PROMO_FOOTER)),
    "cat_fall": dict(
        sender=PH, date="2026-09-15 08:00", subject="The PowerHouse Catalog Fall Collection is here",
        kind="catalog",
        text=("New for fall from the PowerHouse Catalog:\n\n"
              "* Heated throws and mattress pads\n"
              "* LED night lights with motion sensors, set of 4, $19.99\n"
              "* Low-flow showerheads and tub grab bars\n\n"
              "Shop the Fall Collection: https://powerhouse.alliantenergy.com/fall\n\n" + CATALOG_FOOTER)),
    "cat_sale": dict(
        sender=PH, date="2026-10-13 08:00", subject="This week only: 20% off LED lighting",
        kind="catalog",
        text=("This week only, take 20% off all LED lighting in the PowerHouse Catalog.\n\n"
              "Bulbs, under-cabinet lights, lighted magnifiers and more.\n"
              "Use code GLOW20 by Sunday, October 18.\n\n" + CATALOG_FOOTER)),
    "cat_holiday": dict(
        sender=PH, date="2026-11-05 08:00", subject="Holiday Gift Guide from the PowerHouse Catalog",
        kind="catalog",
        text=("Gifts that keep them warm and save energy.\n\n"
              "Our Holiday Gift Guide is here, with ideas for everyone on your list, from heated slippers to\n"
              "smart plugs. Order by December 14 for delivery before Christmas.\n\n"
              "Browse the guide: https://powerhouse.alliantenergy.com/holiday\n\n" + CATALOG_FOOTER)),
}


def _msgid(key, w):
    return "<%s.%s.%s@alliant-energy.com>" % (key.split("_")[0], w.local.strftime("%Y%m%d"), digest(key, 8))


def get(key):
    d = dict(_OURS[key])
    w = When(d["date"])
    d["when"] = w
    d["msgid"] = _msgid(key, w)
    d["key"] = key
    return d


def service(kind, date, account_tail, recipient_name=None):
    """Service messages: outage alert, bill-ready, payment reminder."""
    w = When(date)
    if kind == "outage":
        subject = "Outage in your area"
        text = ("We are aware of a power outage affecting your area. Crews are on the way.\n"
                "Estimated restoration: %s.\n\n"
                "Account ending in %s.\n\n" % ((w.shifted(3 * 3600)).h12(), account_tail)) + SERVICE_FOOTER
    elif kind == "bill":
        subject = "Your Alliant Energy bill is ready"
        text = ("Your new bill for the account ending in %s is ready to view.\n"
                "Amount due: $%s   Due date: %s\n\n"
                "View and pay your bill at https://www.alliantenergy.com/myaccount\n\n" %
                (account_tail, "142.87", "November 12, 2026")) + SERVICE_FOOTER
    elif kind == "payment":
        subject = "Payment reminder: your bill is due soon"
        text = ("This is a friendly reminder that your payment for the account ending in %s is due in 5 days.\n"
                "If you have already paid, thank you, and please disregard this message.\n\n" % account_tail) + SERVICE_FOOTER
    else:
        raise ValueError(kind)
    return dict(sender=ALERTS, when=w, subject=subject, text=text, kind=kind,
                msgid="<%s.%s.%s@notify.alliantenergy.com>" % (kind, w.local.strftime("%Y%m%d%H%M"), digest(date + kind + account_tail, 10)),
                key=kind)


def ack(mailbox, orig_subject, date, tag):
    """Our acknowledgement of an earlier request."""
    w = When(date)
    sender = CC if mailbox == "customercare" else PH
    subject = "Re: " + orig_subject if orig_subject else "Re: your request"
    if mailbox == "customercare":
        text = ("Thank you for contacting Alliant Energy.\n\n"
                "We have received your request and will update our records within 10 business days.\n"
                "You may still receive mail that was already printed before your request was processed.\n\n"
                "This is an automated acknowledgement. Please do not reply to this message.\n"
                "Alliant Energy Customer Care")
    else:
        text = ("Thank you for writing to the PowerHouse Catalog.\n\n"
                "Your request has been received. Please allow up to 6 weeks for catalog mailings to stop,\n"
                "as some catalogs may already be in the mail.\n\n"
                "This is an automated acknowledgement.\n"
                "PowerHouse Catalog Customer Service")
    return dict(sender=sender, when=w, subject=subject, text=text, kind="ack",
                msgid="<ack.%s.%s@alliant-energy.com>" % (w.local.strftime("%Y%m%d%H%M"), digest(tag, 10)),
                key="ack")
