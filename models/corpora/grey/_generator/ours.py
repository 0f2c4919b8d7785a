"""Our own mail as customers quote it under their replies (wording written for this set)."""

FOOT_CC = ("You are receiving this because you are an Alliant Energy customer who agreed to hear about offers.\n"
           "To stop promotional e-mail and mail, reply to this message or write to customercare@alliant-energy.com.\n"
           "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_PH = ("PowerHouse Catalog is part of the Alliant Energy family of companies. From time to time we exchange\n"
           "customer names and postal addresses with other catalog companies. If you prefer not to be included,\n"
           "write to powerhousecatalog@alliant-energy.com. Reply \"unsubscribe\" to stop these e-mails.")

MAIL = {
    "promo_thermo": ("Alliant Energy", "offers@alliant-energy.com", "Get $75 back on a smart thermostat this fall",
                     "Cooler nights are coming. Install a qualifying smart thermostat before November 30 and we will\n"
                     "send you a $75 rebate, plus up to $40 a year in bill credits through our Peak Savings program.\n\n"
                     "Find a qualifying model: alliantenergy.com/thermostat\n\n" + FOOT_CC),
    "promo_ev": ("Alliant Energy", "offers@alliant-energy.com", "Charging at home just got cheaper",
                 "Drive electric? Our new off-peak EV rate and a $500 charger rebate can cut what you pay to charge\n"
                 "at home. Sign up in two minutes.\n\n"
                 "alliantenergy.com/ev\n\n" + FOOT_CC),
    "promo_cat_spring": ("PowerHouse Catalog", "deals@powerhousecatalog.com", "Spring into savings: 20% off LED lighting",
                         "Brighten every room for less. Our LED bulbs, under-cabinet lights and solar path lights are\n"
                         "20% off through April 30. Free shipping on orders over $49.\n\n"
                         "Shop now: powerhousecatalog.com/spring\n\n" + FOOT_PH),
    "promo_cat_holiday": ("PowerHouse Catalog", "deals@powerhousecatalog.com", "Our holiday catalog is on its way!",
                          "Look for the new PowerHouse holiday catalog in your mailbox this week: heated blankets,\n"
                          "smart plugs, LED string lights and gifts for the whole family.\n\n"
                          "Browse online: powerhousecatalog.com/holiday\n\n" + FOOT_PH),
    "outage": ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com", "Power outage in your area",
               "We are aware of an outage affecting your address. Crews have been assigned and we estimate\n"
               "power will be restored by 8:45 PM. We will send an update if this changes.\n\n"
               "This is a service alert for your account."),
    "bill": ("Alliant Energy", "billing@alliant-energy.com", "Your Alliant Energy bill is ready",
             "Your new statement is available. Amount due: $187.42. Due date: the 21st.\n\n"
             "View or pay your bill: alliantenergy.com/pay\n\n"
             "This is a service message about your account."),
    "pastdue": ("Alliant Energy", "billing@alliant-energy.com", "Important: your account is past due",
                "Our records show a past-due balance of $312.08 on your account. To avoid a service\n"
                "disconnection, please pay by the date shown on your notice or call us to set up a payment plan.\n\n"
                "This is a service message about your account."),
    "ack": ("Alliant Energy Customer Care", "customercare@alliant-energy.com", "We received your message",
            "Hello,\n\nThanks for contacting Alliant Energy. We have logged your message and a member of our team\n"
            "will follow up if anything else is needed. Changes to mailing preferences can take up to 10 business\n"
            "days to take effect.\n\nAlliant Energy Customer Care"),
    "ack_ph": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com", "Your request to PowerHouse Catalog",
               "Hello,\n\nWe have received your request and will update our records. Catalogs already printed may\n"
               "still arrive for a few weeks.\n\nPowerHouse Catalog Customer Service"),
    "survey": ("Alliant Energy", "news@alliant-energy.com", "Tell us how we did",
               "You recently contacted Alliant Energy. Would you take two minutes to tell us how we did?\n\n"
               "Start the survey: alliantenergy.com/survey\n\n" + FOOT_CC),
}


def get(key):
    n, a, s, b = MAIL[key]
    return n, a, s, b, key.replace("_", "")
