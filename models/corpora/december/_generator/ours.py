"""What our own company sent in late November / December 2026.

These texts only ever appear quoted, forwarded, bounced or auto-answered inside the set.
"""
import datetime as _dt

from mailkit import CST, rs, HEXL, ALNUM

PH_FROM = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
CC_FROM = "Alliant Energy <customercare@alliant-energy.com>"
ACK_FROM = "Alliant Energy Customer Care <customercare@alliant-energy.com>"
ALERT_FROM = "Alliant Energy Outage Alerts <outagealerts@alliantenergy.com>"
BILL_FROM = "Alliant Energy <noreply@alliantenergy.com>"

DAYS12 = {
    1: ("Heated throws, 30% off", "Curl up under a heated throw: 30% off every throw in the\nHoliday 2026 catalog, today only."),
    2: ("Free shipping on LED string lights", "Deck the halls for less: LED string lights ship free\ntoday, no minimum."),
    3: ("$20 off any space heater", "Stay toasty this winter. Take $20 off any space heater\nin our Holiday 2026 catalog, today only."),
    4: ("Smart plugs: buy 2, get 1 free", "Put the holiday lights on a schedule. Buy two smart\nplugs and the third one is on us."),
    5: ("Flannel sheet sets from $39", "Flannel sheet sets in 14 colors, from $39. Queen and\nking in stock for Christmas delivery."),
    6: ("Weather radios 25% off", "Be ready before the next storm: NOAA weather radios\nare 25% off today."),
    7: ("Heated boot dryers, today only", "Warm, dry boots every morning. Heated boot dryers\nat our lowest price of the year, today only."),
    8: ("Portable power stations, $100 off", "Keep the lights on when the grid can't: $100 off\nevery portable power station."),
    9: ("15% off sitewide with code HEAT26", "Our biggest deal of the 12 days: 15% off everything\nwith code HEAT26 at checkout."),
    10: ("Stocking stuffers under $15", "Flashlights, hand warmers, outlet covers and more,\nall under $15."),
    11: ("Cordless snow blower + free battery", "Clear the drive without the cord: get a second\nbattery free with any cordless snow blower."),
    12: ("Last call for Christmas delivery", "Order by December 17 with standard shipping for\ndelivery by Christmas. Thank you for 12 great days!"),
}


def day_dt(n):
    return _dt.datetime(2026, 12, n, 6, 0, 0, tzinfo=CST)


def day_subject(n):
    return "Day %d of 12: %s [PH-2612-D%02d]" % (n, DAYS12[n][0], n)


def day_msgid(n, rng):
    return "<ph12d.202612%02d060000.%s@mail.alliant-energy.com>" % (n, rs(rng, 10, HEXL))


def day_text(n):
    title, blurb = DAYS12[n]
    return ("12 DAYS OF SAVINGS from the PowerHouse Catalog\n"
            "Day %d: %s\n\n%s\n\n"
            "Shop now: https://powerhouse.alliant-energy.com/12days/d%02d\n\n"
            "Offer good through 11:59 p.m. CT, December %d, 2026.\n\n"
            "--\n"
            "You are receiving this e-mail because you are a PowerHouse Catalog customer.\n"
            "To unsubscribe from 12 Days of Savings and other PowerHouse e-mails, reply\n"
            "with the word unsubscribe or write to powerhousecatalog@alliant-energy.com.\n"
            "From time to time we share catalog customers' names and postal addresses\n"
            "with other catalog companies. We never share e-mail addresses. To keep your\n"
            "name off those lists, write to powerhousecatalog@alliant-energy.com.\n"
            "PowerHouse Catalog | 4902 N. Biltmore Lane | Madison, WI 53718"
            % (n, title, blurb, n, n))


# customercare promotion, 2026-12-02
TSTAT_DT = _dt.datetime(2026, 12, 2, 10, 30, 0, tzinfo=CST)
TSTAT_SUBJ = "Stay warm for less: $75 back on a smart thermostat [AE-PR-2612-TS]"
TSTAT_TEXT = ("Stay warm for less this winter\n\n"
              "Alliant Energy customers can get $75 back on a qualifying smart thermostat\n"
              "bought by January 31, 2027. Most homes save 8% or more on heating.\n\n"
              "See qualifying models: https://www.alliant-energy.com/rebates/thermostat\n\n"
              "--\n"
              "To opt out of marketing e-mails from Alliant Energy, reply with the word\n"
              "unsubscribe or write to customercare@alliant-energy.com.\n"
              "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718")


def tstat_msgid(rng):
    return "<ae-pr-2612-ts.%s@mail.alliant-energy.com>" % rs(rng, 12, HEXL)


# customercare newsletter, 2026-12-09
NL_DT = _dt.datetime(2026, 12, 9, 9, 0, 0, tzinfo=CST)
NL_SUBJ = "Winter Ready: 6 ways to keep your December bill in check [AE-NL-2612]"
NL_TEXT = ("WINTER READY | Alliant Energy Home Comfort News, December 2026\n\n"
           "Cold weather means your furnace works harder. Here are six ways to keep\n"
           "your December bill in check:\n"
           "1. Set the thermostat to 68 when you're home and lower it at night.\n"
           "2. Replace the furnace filter.\n"
           "3. Seal drafts around doors and windows.\n"
           "4. Use LED holiday lights on a timer.\n"
           "5. Open south-facing curtains on sunny days.\n"
           "6. Ask about Budget Billing to spread costs across the year.\n\n"
           "--\n"
           "You can manage your preferences or unsubscribe at\n"
           "https://www.alliant-energy.com/preferences or reply with unsubscribe.\n"
           "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718")


def nl_msgid(rng):
    return "<ae-nl-2612.%s@mail.alliant-energy.com>" % rs(rng, 12, HEXL)


# service messages
def bill_text(last4, amount, due):
    return ("Your Alliant Energy bill is ready.\n\n"
            "Account ending in %s\nAmount due: $%s\nDue date: %s\n\n"
            "View and pay your bill: https://www.alliantenergy.com/myaccount\n\n"
            "This is a service message about your account. You receive it even if you\n"
            "have opted out of marketing e-mails.\n"
            "Please do not reply to this e-mail." % (last4, amount, due))


def bill_msgid(rng):
    return "<bill.%s.%s@notify.alliantenergy.com>" % (rs(rng, 10, "0123456789"), rs(rng, 8, HEXL))


def outage_text(area, when, status):
    return ("Alliant Energy outage alert\n\n"
            "We're aware of an outage affecting your address in %s.\n"
            "Reported: %s\nStatus: %s\n\n"
            "Check the outage map: https://www.alliantenergy.com/outages\n"
            "Reply or call 1-800-555-0199 to report downed lines.\n\n"
            "You are receiving this alert because you signed up for outage alerts.\n"
            "This is a service message, not marketing." % (area, when, status))


def outage_msgid(rng):
    return "<outage.%s@alerts.alliantenergy.com>" % rs(rng, 16, HEXL)


def ack_text(ref, dt):
    from mailkit import LONGMONTHS
    return ("Thank you for contacting Alliant Energy. We received your message on\n"
            "%s %d, %d and gave it the reference %s.\n\n"
            "If you asked us to stop marketing contact, or not to share your name with\n"
            "other catalog companies, we will update your preferences within 10\n"
            "business days. Questions are answered by our Customer Care team, usually\n"
            "within 3 business days.\n\n"
            "Please reply only if you need to add something to your request.\n\n"
            "Alliant Energy Customer Care" % (LONGMONTHS[dt.month - 1], dt.day, dt.year, ref))


def ack_subject(ref):
    return "We received your request [%s]" % ref


def ack_msgid(ref):
    return "<ack.%s@alliant-energy.com>" % ref
