"""Alliant Energy's own outgoing mail, as it shows up quoted or forwarded in replies.

Only the plain-text rendering is kept: that is what mail programs quote.
"""
from mailer import utc

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
NOREPLY = ("Alliant Energy", "noreply@alliantenergy.com")
ALERTS = ("Alliant Energy Alerts", "alerts@alliantenergy.com")

CC_FOOTER = (
    "You are receiving this email because you are an Alliant Energy customer. To stop receiving "
    "promotional emails from us, reply with the word \"unsubscribe\" or write to "
    "customercare@alliant-energy.com. Messages about your account, bills and outages will still be sent.\n"
    "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718\n"
    "Privacy policy: https://www.alliantenergy.com/privacy")

PH_FOOTER = (
    "PowerHouse Catalog is an Alliant Energy company. We never share your e-mail address. From time to "
    "time we share customer names and postal addresses with other catalog companies whose products we think "
    "you'll enjoy. If you would rather we didn't share yours, write to powerhousecatalog@alliant-energy.com.\n"
    "To unsubscribe from these e-mails, reply with \"unsubscribe\".\n"
    "PowerHouse Catalog, P.O. Box 7702, Madison, WI 53707")

SERVICE_FOOTER = (
    "This is a service message about your Alliant Energy account. You will receive messages like this even "
    "if you have opted out of marketing. Questions? Reply to this email or call 1-800-255-4268.")


def _o(frm, subject, date, msgid, text, zone="C"):
    return {"from": frm, "subject": subject, "date": utc(date, zone), "msgid": msgid, "text": text,
            "refs": []}


ORIG = {}

ORIG["recycle"] = _o(CC, "We'll haul away your old fridge \u2014 and pay you $50", "2025-10-07 10:00:04",
                     "<20251007150004.fridgerecycle.2e91c0a7d4@mail.alliant-energy.com>",
                     "Hi there,\n\nThat second refrigerator in the garage could be costing you up to $150 a year. "
                     "Let us take it off your hands. We'll pick it up for free and send you a $50 check.\n\n"
                     "Schedule a pickup: https://www.alliantenergy.com/recycle\n\n"
                     "Working refrigerators and freezers, 10-30 cubic feet. Limit two per household.\n\n--\n"
                     + CC_FOOTER)

ORIG["ph_holiday"] = _o(PH, "Holiday gifts that save energy [PH-2511-D4N6P]", "2025-11-13 07:30:12",
                        "<20251113133012.phholiday.a1c47e2b90@mail.alliant-energy.com>",
                        "THE POWERHOUSE HOLIDAY BOOK IS HERE\n\nHeated throws, smart plugs, LED village sets "
                        "and 200 more gifts for everyone on your list.\n\nFree shipping on orders over $49 "
                        "through December 15.\n\nShop now: https://www.powerhousecatalog.com/holiday\n\n"
                        "Your printed Holiday Book is on its way to your mailbox.\n\n" + PH_FOOTER)

ORIG["audit"] = _o(CC, "Free Home Energy Assessment \u2014 book before February 28", "2026-01-20 10:00:04",
                   "<20260120160004.homeaudit.b71c2e9f04@mail.alliant-energy.com>",
                   "Hi there,\n\nDrafty windows? High winter bills? An Alliant Energy energy advisor can visit "
                   "your home, find where energy is being wasted and install free LED bulbs and "
                   "weatherstripping while they're there.\n\nBook your free assessment: "
                   "https://www.alliantenergy.com/assessment\n\nAppointments are limited and fill up fast.\n\n--\n"
                   + CC_FOOTER)

ORIG["thermo"] = _o(CC, "Spring into savings: up to $100 back on a smart thermostat", "2026-03-10 09:02:11",
                    "<20260310140211.springthermo.4c1e9a77b2@mail.alliant-energy.com>",
                    "Hi there,\n\nSpring is a great time to take control of your heating and cooling costs. "
                    "For a limited time, Alliant Energy customers can get up to $100 back on a qualifying "
                    "ENERGY STAR certified smart thermostat.\n\n"
                    "* Save an average of 8% on heating and cooling\n* Adjust your comfort from your phone\n"
                    "* Rebate paid by check or bill credit\n\nShop qualifying models and apply: "
                    "https://www.alliantenergy.com/thermostatrebate\n\nOffer ends May 31, 2026. Limit one "
                    "rebate per account.\n\n--\n" + CC_FOOTER)

ORIG["ph_spring"] = _o(PH, "Spring cleaning, the efficient way [PH-2603-R5T2W]", "2026-03-24 07:15:40",
                       "<20260324121540.phspring.7d02f3c1e8@mail.alliant-energy.com>",
                       "SPRING INTO A LIGHTER BILL\n\nCordless tools, low-flow showerheads, rain barrels and "
                       "our best-selling LED shop lights, now 20% off.\n\nShop the Spring Book: "
                       "https://www.powerhousecatalog.com/spring\n\nYour printed Spring Book arrives next week."
                       "\n\n" + PH_FOOTER)

ORIG["solar"] = _o(CC, "Is community solar right for your home?", "2026-04-14 10:30:22",
                   "<20260414153022.communitysolar.95be0d3f61@mail.alliant-energy.com>",
                   "Hi there,\n\nYou don't need panels on your roof to go solar. With Alliant Energy Community "
                   "Solar you can subscribe to a share of a local solar garden and get a credit on your bill "
                   "for the energy it produces.\n\n* No equipment to install or maintain\n"
                   "* Subscriptions from $9 a month\n* Take it with you if you move within our service area\n\n"
                   "See if there's a share near you: https://www.alliantenergy.com/communitysolar\n\n--\n"
                   + CC_FOOTER)

ORIG["ev"] = _o(CC, "Plug in for less: $500 toward a Level 2 EV charger", "2026-05-19 09:45:00",
                "<20260519144500.evcharger.3a77c51d28@mail.alliant-energy.com>",
                "Hi there,\n\nThinking about an electric vehicle? Charging at home is the easiest way to "
                "drive electric, and right now Alliant Energy will put $500 toward a qualified Level 2 "
                "charger and installation.\n\nPlus, charge overnight on our EV rate and pay less per mile.\n\n"
                "Get started: https://www.alliantenergy.com/evcharging\n\n--\n" + CC_FOOTER)

ORIG["newsletter"] = _o(CC, "Home Energy Notes \u2014 June 2026", "2026-06-09 06:00:30",
                        "<20260609110030.newsletter-jun.c0f39b8e21@mail.alliant-energy.com>",
                        "HOME ENERGY NOTES | JUNE 2026\n\n1. Keep cool for less: set your thermostat to 78 "
                        "when you're home and use ceiling fans.\n2. Storm season: how to report an outage and "
                        "check the outage map.\n3. Customer spotlight: a Mount Horeb dairy farm cuts energy "
                        "use 30% with LED barn lighting.\n4. Rebates of the month: heat pump water heaters, "
                        "$300 back.\n\nRead the full issue: https://www.alliantenergy.com/homeenergynotes\n\n"
                        "Manage your email preferences or unsubscribe: "
                        "https://www.alliantenergy.com/preferences\n\n--\n" + CC_FOOTER)

ORIG["ph_summer"] = _o(PH, "Beat the heat: summer sale up to 30% off [PH-2606-3RT8M]", "2026-06-16 07:05:09",
                       "<20260616120509.phsummer.f4a90c2d7b@mail.alliant-energy.com>",
                       "SUMMER SALE, UP TO 30% OFF\n\nWindow fans, blackout curtains, solar path lights and "
                       "the cooling towels everyone asked about.\n\nShop the sale: "
                       "https://www.powerhousecatalog.com/summer\n\nSale ends June 30.\n\n" + PH_FOOTER)

ORIG["green"] = _o(CC, "Power your home with 100% renewable energy", "2026-08-11 10:10:10",
                   "<20260811151010.renewable.8b1e44a0c6@mail.alliant-energy.com>",
                   "Hi there,\n\nFor about $3 a month you can match all of your home's electricity use with "
                   "wind and solar energy from the Midwest. No contracts, cancel anytime.\n\n"
                   "Enroll online: https://www.alliantenergy.com/renewablechoice\n\n--\n" + CC_FOOTER)

ORIG["ph_fall"] = _o(PH, "Your Fall Preview is here [PH-2609-W2K7D]", "2026-09-08 07:20:45",
                     "<20260908122045.phfall.2c8d1f7a39@mail.alliant-energy.com>",
                     "THE FALL PREVIEW\n\nGet ready for the first cold snap: heated mattress pads, draft "
                     "stoppers, programmable outlets and the new PowerHouse LED lantern.\n\nShop the Fall "
                     "Preview: https://www.powerhousecatalog.com/fall\n\nYour printed Fall Book is on its way.\n\n"
                     + PH_FOOTER)

# ---- service mail (not marketing)
ORIG["bill"] = _o(NOREPLY, "Your Alliant Energy bill is ready", "2026-02-06 05:12:44",
                  "<bill.20260206.71c3e0a9b5d2@notify.alliantenergy.com>",
                  "Your bill is ready\n\nAccount ending in 8904\nAmount due: $142.86\nDue date: February 27, "
                  "2026\n\nView and pay your bill: https://www.alliantenergy.com/pay\n\n" + SERVICE_FOOTER)

ORIG["outage"] = _o(ALERTS, "Outage alert: we're working to restore your power", "2026-07-14 18:42:07",
                    "<outage.20260714.4be1c0d9a7f3@notify.alliantenergy.com>",
                    "We're aware of a power outage affecting your service address.\n\nEstimated restoration: "
                    "10:30 PM\nCause: under investigation\nCustomers affected: 212\n\nCheck the outage map: "
                    "https://www.alliantenergy.com/outagemap\n\n" + SERVICE_FOOTER)

ORIG["restored"] = _o(ALERTS, "Your power has been restored", "2026-07-15 03:10:55",
                      "<restored.20260715.9e2a61f0c4b8@notify.alliantenergy.com>",
                      "Good news: power has been restored at your service address.\n\nIf you are still "
                      "without power, please report it at https://www.alliantenergy.com/outage or call "
                      "1-800-872-9333.\n\n" + SERVICE_FOOTER)


ACK_TEXT = (
    "Hello,\n\nThank you for contacting Alliant Energy. We received your message and have recorded your "
    "request.\n\nIf you asked us to stop sending you promotional mail or e-mail, or asked the PowerHouse "
    "Catalog not to share your name and address with other companies, your request will take effect within "
    "10 business days. Messages about your account, bills and outages will continue.\n\nYour reference "
    "number is {ref}. Please keep it for your records.\n\nAlliant Energy Customer Care\n"
    "This message was sent automatically.")


def ack(ref, date, salt):
    o = _o(("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
           "We received your request [%s]" % ref, date, "<ack.%s.%s@alliant-energy.com>" % (ref, salt),
           ACK_TEXT.format(ref=ref))
    return o


def own(frm, to, subject, date, msgid, text, zone="C"):
    """A message the sender wrote earlier (for forwards of their own mail)."""
    o = _o(frm, subject, date, msgid, text, zone)
    o["to"] = to
    return o
