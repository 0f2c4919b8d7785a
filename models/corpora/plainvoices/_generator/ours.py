"""Mail that Alliant Energy and the PowerHouse Catalog sent out in 2026 and that customers answer on top of,
plus the quoting styles of the common mail programs (Gmail, Outlook, iPhone/Apple, Yahoo, Spanish locales).
The wording here is written for this set."""
import datetime as dt

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
CC_FROM = "Alliant Energy <customercare@alliant-energy.com>"
PH_FROM = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
NEWS_FROM = "Alliant Energy Power Lines <news@mail.alliant-energy.com>"
ALERT_FROM = "Alliant Energy Alerts <alerts@alliant-energy.com>"

CC_FOOTER = ("We sent this e-mail because you are an Alliant Energy customer. Prefer not to hear from us about\n"
             "products, services, programs and offers, by e-mail or by postal mail? Reply to this e-mail or write\n"
             "to customercare@alliant-energy.com and we will take you off the list.\n"
             "Alliant Energy, 4902 North Biltmore Lane, Madison WI")

PH_FOOTER = ("The PowerHouse Catalog is part of the Alliant Energy family of companies. Now and then we make our\n"
             "customers' names and mailing addresses available to other catalog companies. If you would like us\n"
             "to leave yours out, e-mail powerhousecatalog@alliant-energy.com. E-mail addresses are never shared.\n"
             "Reply \"unsubscribe\" to stop catalog e-mails.")

SERVICE_FOOTER = ("This is a service message about your Alliant Energy account. It is sent even if you asked us not\n"
                  "to send marketing.")

PROMOS = {
    "peak": (CC_FROM, "Earn bill credits this summer with Peak Time Rewards",
             "Hot afternoons are coming. When demand peaks, ease off the A/C or the dryer for a couple of hours\n"
             "and we'll credit your bill for every kilowatt-hour you save. No equipment to buy.\n\n"
             "Enroll in two minutes: alliantenergy.com/peaktime\n\n" + CC_FOOTER),
    "hpwh": (CC_FROM, "$300 back when you switch to a heat pump water heater",
             "A heat pump water heater uses about a third of the electricity of a standard tank. Buy one from a\n"
             "participating dealer before September 30 and we'll send you a $300 rebate check.\n\n"
             "Find a dealer: alliantenergy.com/waterheat\n\n" + CC_FOOTER),
    "assessment": (CC_FROM, "Your free Home Energy Assessment is waiting",
                   "One of our energy advisors can walk through your home, check insulation and air leaks, and leave\n"
                   "you with a list of fixes that pay for themselves. The visit is free for customers.\n\n"
                   "Pick a time: alliantenergy.com/assessment\n\n" + CC_FOOTER),
    "fridge": (CC_FROM, "Old fridge in the garage? We'll haul it away and pay you $50",
               "That second refrigerator could be adding $150 a year to your bill. Schedule a free pickup and\n"
               "we'll recycle it properly and mail you $50.\n\n"
               "Schedule pickup: alliantenergy.com/recycle\n\n" + CC_FOOTER),
    "newsletter": (NEWS_FROM, "Power Lines | March 2026: storm season, new rebates, a lineworker's day",
                   "POWER LINES - news for Alliant Energy customers\n\n"
                   "* Get ready for spring storms: build a kit and sign up for outage texts\n"
                   "* New this year: rebates for induction cooktops\n"
                   "* 5 a.m. to midnight: a day with a line crew in Dubuque\n\n"
                   "Read more: alliantenergy.com/powerlines\n\n" + CC_FOOTER),
    "solar": (CC_FROM, "Community solar: local sunshine, no panels on your roof",
              "Subscribe to a share of a community solar garden near you and see the savings right on your\n"
              "monthly bill. Limited shares left for 2026.\n\n"
              "Reserve a share: alliantenergy.com/communitysolar\n\n" + CC_FOOTER),
    "ph_fall": (PH_FROM, "The PowerHouse Fall Catalog is here: 48 pages of cozy",
                "Heated throws, draft stoppers, smart plugs and our famous window insulation kit. The fall catalog\n"
                "is on its way to your mailbox, or flip through it online now.\n\n"
                "Browse: powerhousecatalog.com/fall\n\n" + PH_FOOTER),
    "ph_clearance": (PH_FROM, "Winter clearance: up to 40% off while it lasts",
                     "Make room for spring! LED string lights, programmable timers and weatherstripping are marked\n"
                     "down up to 40%. Use code THAW26 for free shipping over $35.\n\n"
                     "Shop the sale: powerhousecatalog.com/clearance\n\n" + PH_FOOTER),
    "ph_garden": (PH_FROM, "Solar garden lights have landed",
                  "Path lights, string lights and a solar fountain pump, all new in the Spring PowerHouse Catalog.\n"
                  "Order by May 10 for delivery before Mother's Day.\n\n"
                  "See what's new: powerhousecatalog.com/spring\n\n" + PH_FOOTER),
    "ph_gift": (PH_FROM, "Gifts that pay for themselves: the PowerHouse holiday guide",
                "Smart thermostats, rechargeable hand warmers, LED reading lamps and more, all under $75.\n"
                "Free gift wrap through December 15.\n\n"
                "Shop gifts: powerhousecatalog.com/gifts\n\n" + PH_FOOTER),
}

SERVICE = {
    "outage": (ALERT_FROM, "Outage alert: crews are working in your area",
               "We know about an outage affecting your address. Crews are on site and we expect power back by\n"
               "about 7:30 p.m. We'll send another message when it is restored.\n\n"
               "Check the outage map: alliantenergy.com/outages\n\n" + SERVICE_FOOTER),
    "bill": (CC_FROM, "Your Alliant Energy bill is ready",
             "Your new bill is ready to view. Amount due: $164.09. Due date: August 21, 2026.\n\n"
             "View and pay: alliantenergy.com/mybill\n\n" + SERVICE_FOOTER),
    "payment_due": (CC_FROM, "Reminder: your payment is due in 3 days",
                    "A friendly reminder that your payment of $212.40 is due on February 9, 2026. If you have\n"
                    "already paid, thank you, and please ignore this message.\n\n"
                    "Pay now: alliantenergy.com/pay\n\n" + SERVICE_FOOTER),
    "autopay": (CC_FROM, "You're enrolled in AutoPay",
                "Thanks for signing up. Starting with your next bill, we'll draft the amount due from your bank\n"
                "account on the due date. You'll still get a bill each month so you can review it.\n\n"
                + SERVICE_FOOTER),
    "maintenance": (ALERT_FROM, "Planned maintenance on your street Thursday",
                    "Crews will replace a pole on your block Thursday between 9 a.m. and 1 p.m. Your power will be off\n"
                    "for about two hours during that window. Thank you for your patience.\n\n" + SERVICE_FOOTER),
}

ACK = ("Hello,\n\n"
       "Thank you for writing to Alliant Energy. Your message has been received and recorded under\n"
       "reference {ref}. If you asked us to stop marketing mail or e-mail, or to keep your name off lists\n"
       "shared with other companies, the change will be made within the time the law allows; mail already\n"
       "printed may still arrive for a short while.\n\n"
       "Alliant Energy Customer Care")


# ------------------------------------------------------------------------------- quoting styles
def _d(d):
    return dt.datetime.strptime(d, "%Y-%m-%d %H:%M")


def _h(x):
    return "%d:%02d %s" % (x.hour % 12 or 12, x.minute, "AM" if x.hour < 12 else "PM")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_reply(d, frm, text):
    x = _d(d)
    return "On %s, %s %d, %d at %s %s wrote:\n\n%s" % (x.strftime("%a"), x.strftime("%b"), x.day, x.year, _h(x),
                                                       frm, gt(text))


ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def gmail_reply_es(d, frm, text):
    x = _d(d)
    return "El %s, %d %s %d a las %d:%02d, %s escribió:\n\n%s" % (
        ES_DAYS[x.weekday()], x.day, ES_MONTHS[x.month - 1], x.year, x.hour, x.minute, frm, gt(text))


def iphone_reply(d, frm, text):
    x = _d(d)
    return "> On %s %d, %d, at %s, %s wrote:\n>\n%s" % (x.strftime("%b"), x.day, x.year, _h(x), frm, gt(text))


def iphone_reply_es(d, frm, text):
    x = _d(d)
    return "> El %d %s %d, a las %d:%02d, %s escribió:\n>\n%s" % (x.day, ES_MONTHS[x.month - 1], x.year, x.hour,
                                                                  x.minute, frm, gt(text))


def outlook_block(frm, d, to, subject, text):
    x = _d(d)
    sent = "%s, %s %d, %d %s" % (x.strftime("%A"), x.strftime("%B"), x.day, x.year, _h(x))
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))


ES_LONG_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_LONG_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre"]


def outlook_block_es(frm, d, to, subject, text):
    x = _d(d)
    sent = "%s, %d de %s de %d %d:%02d" % (ES_LONG_DAYS[x.weekday()], x.day, ES_LONG_MONTHS[x.month - 1], x.year,
                                           x.hour, x.minute)
    return ("________________________________\nDe: %s\nEnviado: %s\nPara: %s\nAsunto: %s\n\n%s"
            % (frm, sent, to, subject, text))


def yahoo_reply(d, frm, text):
    x = _d(d)
    return "On %s, %s %d, %d, %s, %s wrote:\n\n\n%s" % (x.strftime("%A"), x.strftime("%B"), x.day, x.year, _h(x),
                                                         frm, gt(text))


def gmail_fwd(frm, d, subject, to, text):
    x = _d(d)
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, x.strftime("%a"), x.strftime("%b"), x.day, x.year, _h(x), subject, to, text))


def mid(d, slug, h):
    """Message-ID of one of our own mailings, for In-Reply-To/References."""
    return "<%s.%s.%s@mail.alliant-energy.com>" % (_d(d).strftime("%Y%m%d%H%M%S"), slug, h)
