"""Our own mail of the season as customers quote it under their replies (our wording, written for this set)."""
import datetime as dt

PH_FOOT = ("PowerHouse Catalog is part of the Alliant Energy family. We may exchange names and postal addresses\n"
           "with other catalog companies; to keep yours out, write to powerhousecatalog@alliant-energy.com.\n"
           "Reply \"unsubscribe\" to stop these e-mails.")
CC_FOOT = ("You are receiving this because you are an Alliant Energy customer. To stop promotional e-mail or\n"
           "postal mail, write to customercare@alliant-energy.com.")

OURS = {
    "holiday_sale": (("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"), dt.datetime(2025, 11, 28, 6, 0),
                     "Black Friday starts now: 30% off heated throws, smart plugs and LED village sets",
                     "Our biggest sale of the year is here. Through Cyber Monday, take 30% off heated throws,\n"
                     "smart plugs, LED village sets and more. Free shipping on orders of $49 or more.\n\n"
                     "Shop the sale: powerhousecatalog.com/holiday\n\n" + PH_FOOT),
    "last_ship": (("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"), dt.datetime(2025, 12, 15, 7, 30),
                  "Last call for Christmas delivery: order by Dec 18",
                  "Order standard shipping by Thursday, December 18 and your gifts arrive before Christmas.\n"
                  "Still looking? Our LED candle sets and plug-in timers are 20% off this week.\n\n" + PH_FOOT),
    "winter_promo": (("Alliant Energy", "customercare@alliant-energy.com"), dt.datetime(2025, 11, 12, 9, 15),
                     "Stay warm for less: furnace tune-up rebates are back",
                     "Get $50 back on a furnace tune-up completed by January 31, and ask about our free\n"
                     "home energy assessment. Smart thermostat rebates of up to $75 are available too.\n\n"
                     "Learn more: alliantenergy.com/winter\n\n" + CC_FOOT),
    "outage": (("Alliant Energy", "customercare@alliant-energy.com"), dt.datetime(2025, 12, 9, 22, 41),
               "Outage update for your address",
               "Crews are working on an outage affecting your address. Estimated restoration: 4:00 AM.\n"
               "Cause: ice on lines. Reply STATUS for an update. Stay clear of downed lines."),
    "bill": (("Alliant Energy", "customercare@alliant-energy.com"), dt.datetime(2025, 12, 22, 5, 10),
             "Your December bill is ready",
             "Your bill for the period ending December 19 is ready to view. Amount due: $187.42 by January 12.\n"
             "View and pay at alliantenergy.com/myaccount."),
    "ack": (("Alliant Energy Customer Care", "customercare@alliant-energy.com"), dt.datetime(2025, 12, 3, 10, 2),
            "We received your request",
            "Thank you for writing. We have recorded your request to stop promotional mail and e-mail.\n"
            "It can take up to 30 days for mailings already in process to stop."),
    "ack_ph": (("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"), dt.datetime(2026, 1, 6, 11, 20),
               "Your request has been received",
               "Thank you. Your name will be kept out of the lists we exchange with other catalog companies,\n"
               "starting with our next exchange."),
}


def longdate(t):
    return t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y %I:%M %p").replace(" 0", " ")


def fill(fmt, key, box):
    (n, a), t, subj, _ = OURS[key]
    return fmt.format(date=t.strftime("%a, %b ") + str(t.day) + t.strftime(", %Y at %I:%M %p").replace(" 0", " "),
                      who="%s <%s>" % (n, a), whofull="%s <%s>" % (n, a), longdate=longdate(t),
                      shortdate=t.strftime("%b ") + str(t.day) + t.strftime(", %Y, at %I:%M %p").replace(" 0", " "),
                      slashdate="%d/%d/%d %s" % (t.month, t.day, t.year, t.strftime("%I:%M %p")),
                      isodate=t.strftime("%Y-%m-%d %H:%M"), to="you", subj=subj)
