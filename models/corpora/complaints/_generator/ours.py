"""Our own outgoing mail that customers answer in this set (quoted under their replies).

Campaigns have fixed send dates; service mail and acknowledgements are dated relative to the reply
(the reply spec says how many hours earlier), because each customer got their own copy.
Our service mail carries Reply-To: customercare@alliant-energy.com, which is how replies to it land there.
"""
import datetime as dt

from mimekit import UTC, central

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def _t(y, m, d, hh, mm):
    # given in CST
    return dt.datetime(y, m, d, hh + 6, mm, tzinfo=UTC)


CAMPAIGNS = {
    "thermostat": dict(
        kind="promo", sent=_t(2026, 1, 13, 10, 2),
        from_name="Alliant Energy", from_addr=CC,
        subject="Winter Savings: $75 back on a smart thermostat",
        msgid="<20260113160200.AE-WS-2601.8c41d2@notify.alliantenergy.com>",
        text=("Winter Savings from Alliant Energy\n\n"
              "Stay comfortable and save: get $75 back when you buy and install an eligible\n"
              "smart thermostat by March 31, 2026.\n\n"
              "Claim your rebate: https://www.alliantenergy.com/rebates/thermostat?utm_campaign=AE-WS-2601\n\n"
              "Smart thermostats learn your schedule and can cut heating costs by up to 10%.\n\n"
              "You are receiving this e-mail because you are an Alliant Energy customer.\n"
              "To opt out of marketing e-mails, click unsubscribe or reply with the word unsubscribe.\n"
              + HQ)),
    "newsletter": dict(
        kind="newsletter", sent=_t(2026, 2, 3, 7, 30),
        from_name="Alliant Energy", from_addr=CC,
        subject="Home Energy Insider | February 2026",
        msgid="<20260203133000.AE-NL-2602.51e0aa@notify.alliantenergy.com>",
        text=("HOME ENERGY INSIDER | February 2026\n\n"
              "Reliability you can count on\n"
              "In 2025 our crews rebuilt 212 miles of power line and moved 48 miles underground,\n"
              "so you spend less time in the dark when winter weather hits.\n\n"
              "Heat pump water heaters: up to $400 back\n"
              "Community Solar: spots open in Dubuque and Fond du Lac counties\n\n"
              "Manage your preferences or unsubscribe: https://www.alliantenergy.com/preferences\n"
              + HQ)),
    "catalog": dict(
        kind="catalog", sent=_t(2026, 2, 10, 9, 15),
        from_name="PowerHouse Catalog", from_addr=PH,
        subject="Spring Preview: new arrivals from PowerHouse",
        msgid="<20260210151500.PH-2602-SP.77b3c9@powerhousecatalog.com>",
        text=("SPRING PREVIEW\n"
              "New arrivals for home and garden: rain barrels, LED grow lights, solar path lights.\n"
              "Free shipping on orders over $49 with code SPRING26.\n\n"
              "Shop now: https://www.powerhousecatalog.com/spring?src=PH-2602-SP\n\n"
              "The PowerHouse Catalog occasionally shares its customer list with other catalog\n"
              "companies. If you prefer that we not share your name, write to " + PH + ".\n"
              "To unsubscribe from these e-mails, reply with the word unsubscribe.")),
    "assessment": dict(
        kind="promo", sent=_t(2026, 2, 24, 10, 0),
        from_name="Alliant Energy", from_addr=CC,
        subject="Your free Home Energy Assessment is waiting",
        msgid="<20260224160000.AE-HEA-2602.0f9d12@notify.alliantenergy.com>",
        text=("Find out where your home is losing energy.\n"
              "Book a free Home Energy Assessment and get LED bulbs and a smart power strip\n"
              "installed during the visit, at no cost.\n\n"
              "Book now: https://www.alliantenergy.com/assessment?utm_campaign=AE-HEA-2602\n\n"
              "Unsubscribe / opt out of marketing e-mails: reply unsubscribe.\n" + HQ)),
}


def service(kind, t_reply, hours_before, who, acct_tail, extra=None):
    """A service message sent to one customer `hours_before` their reply."""
    sent = t_reply - dt.timedelta(hours=hours_before)
    lt = central(sent)
    stamp = lt.strftime("%b %-d, %Y %-I:%M %p")
    extra = extra or {}
    tok = sent.strftime("%Y%m%d%H%M%S")
    if kind == "outage":
        return dict(kind="service", sent=sent, from_name="Alliant Energy Outage Alerts",
                    from_addr="alerts@alliantenergy.com",
                    subject="Update: power restored at your address",
                    msgid="<%s.outage.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("Alliant Energy outage update\n\n"
                          "Power has been restored at your service address (account ending in %s).\n"
                          "Restored: %s\n\n"
                          "If your power is still out, call 1-800-555-0142 or report it at\n"
                          "alliantenergy.com/outages.\n\n"
                          "You are receiving this alert because you signed up for outage notifications.\n"
                          "Manage alerts in My Account." % (acct_tail, stamp)))
    if kind == "bill":
        return dict(kind="service", sent=sent, from_name="Alliant Energy",
                    from_addr="noreply@alliantenergy.com",
                    subject="Your Alliant Energy bill is ready",
                    msgid="<%s.bill.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("Your bill is ready.\n\n"
                          "Account ending in %s\n"
                          "Amount due: %s\n"
                          "Due date: %s\n\n"
                          "View and pay: https://www.alliantenergy.com/myaccount\n\n"
                          "This is a service message about your account. We send it even if you have\n"
                          "opted out of marketing.") % (acct_tail, extra.get("amount", "$187.40"),
                                                         central(sent + dt.timedelta(days=21)).strftime("%B %-d, %Y")))
    if kind == "reminder":
        return dict(kind="service", sent=sent, from_name="Alliant Energy",
                    from_addr="noreply@alliantenergy.com",
                    subject="Payment reminder: your bill is due soon",
                    msgid="<%s.remind.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("This is a friendly reminder that a payment of %s on account ending in %s\n"
                          "is due %s. If you have already paid, thank you, and please disregard\n"
                          "this message.\n\n"
                          "Pay online: https://www.alliantenergy.com/pay") % (
                              extra.get("amount", "$214.66"), acct_tail,
                              central(sent + dt.timedelta(days=5)).strftime("%B %-d, %Y")))
    if kind == "maintenance":
        return dict(kind="service", sent=sent, from_name="Alliant Energy",
                    from_addr="alerts@alliantenergy.com",
                    subject="Planned maintenance in your area",
                    msgid="<%s.maint.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("To upgrade equipment that serves your neighborhood, we will turn off power\n"
                          "at your address (account ending in %s) on %s,\n"
                          "from 9:00 AM to 3:00 PM.\n\n"
                          "Please plan ahead. We're sorry for the inconvenience.") % (
                              acct_tail, extra.get("day", "Tuesday, March 24, 2026")))
    if kind == "trees":
        return dict(kind="service", sent=sent, from_name="Alliant Energy",
                    from_addr="noreply@alliantenergy.com",
                    subject="Tree trimming scheduled near your home",
                    msgid="<%s.veg.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("Our line clearance contractor will trim trees near power lines on your\n"
                          "street in the next 2 to 4 weeks. Trees that touch or threaten the lines may\n"
                          "be pruned or removed for safety and reliability.\n\n"
                          "Questions? Visit alliantenergy.com/trees."))
    if kind == "meter":
        return dict(kind="service", sent=sent, from_name="Alliant Energy",
                    from_addr="noreply@alliantenergy.com",
                    subject="Your smart meter installation",
                    msgid="<%s.meter.%s@notify.alliantenergy.com>" % (tok, acct_tail),
                    text=("We're upgrading the meter at your home (account ending in %s) to a\n"
                          "smart meter between %s. The installer will need about 15 minutes\n"
                          "and your power will be off briefly.\n\n"
                          "Learn more at alliantenergy.com/smartmeter.") % (
                              acct_tail, extra.get("window", "March 2 and March 13")))
    raise KeyError(kind)


ACK_REQ = {
    "marketing_opt_out": ("We received your request to stop receiving marketing from us, by e-mail\n"
                          "and by postal mail. Your reference number is {ref}.\n\n"
                          "We will remove you from our e-mail and postal marketing lists no later than\n"
                          "{due}. Until then you may still receive marketing\n"
                          "that was already on its way. We will keep sending messages about\n"
                          "your account and your service, which are not marketing."),
}


def ack(t_reply, hours_before, ref_no, kind="marketing_opt_out"):
    sent = t_reply - dt.timedelta(hours=hours_before)
    lt = central(sent)
    ref = "CC-%s-%05d" % (lt.strftime("%Y-%m"), ref_no)
    due = central(sent + dt.timedelta(days=10)).strftime("%B %-d, %Y")
    text = ("Thank you for writing to Alliant Energy.\n\n" + ACK_REQ[kind].format(ref=ref, due=due) +
            "\n\nIf you write to us about this request, please keep %s in the\nsubject line.\n\n"
            "This is an automatic acknowledgement. You do not need to reply.\n\n"
            "Alliant Energy Customer Care" % ref)
    return dict(kind="ack", sent=sent, from_name="Alliant Energy Customer Care", from_addr=CC,
                subject="We received your request [%s]" % ref,
                msgid="<ack.%s@alliant-energy.com>" % ref, text=text, ref=ref)
