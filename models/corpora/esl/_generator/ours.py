"""Our own outgoing mail (invented for this set) that people answer, forward and bounce."""
import sys
sys.dont_write_bytecode = True
from lib import central

FOOT_CC = ("--\n"
           "You are receiving this email because you are an Alliant Energy customer. To opt out of marketing "
           "emails, unsubscribe at https://www.alliantenergy.com/unsubscribe or reply with the word unsubscribe.\n"
           "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_PH = ("--\n"
           "PowerHouse Catalog occasionally shares its customer mailing list with other catalog companies. "
           "If you do not want your name shared, write to powerhousecatalog@alliant-energy.com. "
           "To unsubscribe from these emails, reply with the word unsubscribe.\n"
           "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718")

def ack_text(num):
    return ("Thank you for contacting Alliant Energy.\n\n"
            "We received your message and logged it as request %s. If you asked us to stop marketing contact "
            "or not to share your name with other catalog companies, we will update our records within "
            "10 business days. If you asked a question, a member of our team will reply.\n\n"
            "Alliant Energy Customer Care" % num)

OUR = {
    "nl2502": dict(name="Alliant Energy", addr="customercare@alliant-energy.com", dt=central(2025, 2, 11, 10, 2, 14),
        subject="Stay warm for less: up to $100 back on a smart thermostat [AE-NL-2502-7741]",
        mid="<20250211160214.AE-NL-2502-7741.4a1c@news.alliant-energy.com>",
        text="Winter bills got you down?\n\nRight now, Alliant Energy customers can get up to $100 back on a "
             "qualifying smart thermostat, plus rebates on attic insulation and air sealing.\n\n"
             "See all rebates: https://www.alliantenergy.com/rebates\n\n" + FOOT_CC),
    "ph2503": dict(name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", dt=central(2025, 3, 4, 8, 30, 5),
        subject="Spring is here: 20% off LED lighting [PH-2503-0318]",
        mid="<20250304143005.PH-2503-0318.77e0@news.alliant-energy.com>",
        text="New in the Spring PowerHouse Catalog: LED bulbs and fixtures, smart plugs, weather stripping and more.\n"
             "Use code SPRING20 through March 31.\n\nShop now: https://www.powerhousecatalog.com/spring\n\n" + FOOT_PH),
    "nl2504": dict(name="Alliant Energy", addr="customercare@alliant-energy.com", dt=central(2025, 4, 8, 10, 0, 41),
        subject="Community solar subscriptions are open in your area",
        mid="<20250408150041.AE-NL-2504-2290.c3d1@news.alliant-energy.com>",
        text="Go solar without panels on your roof.\n\nSubscribe to a share of a local community solar garden and "
             "get a credit on your monthly bill. Spaces are limited.\n\nLearn more: https://www.alliantenergy.com/communitysolar\n\n" + FOOT_CC),
    "nl2505": dict(name="Alliant Energy", addr="customercare@alliant-energy.com", dt=central(2025, 5, 6, 9, 45, 2),
        subject="Beat the heat: $50 off a central AC tune-up [AE-NL-2505-3306]",
        mid="<20250506144502.AE-NL-2505-3306.0b9e@news.alliant-energy.com>",
        text="Summer is coming. Is your air conditioner ready?\n\nBook a tune-up with a participating contractor "
             "before June 30 and get $50 off.\n\nFind a contractor: https://www.alliantenergy.com/actuneup\n\n" + FOOT_CC),
    "ph2505": dict(name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", dt=central(2025, 5, 20, 8, 15, 33),
        subject="Summer Outdoor Living: solar path lights from $9.99 [PH-2505-1142]",
        mid="<20250520131533.PH-2505-1142.5f02@news.alliant-energy.com>",
        text="Light up your summer evenings.\n\nSolar path lights, string lights and outdoor timers, now in the "
             "Summer PowerHouse Catalog.\n\nShop now: https://www.powerhousecatalog.com/summer\n\n" + FOOT_PH),
    "nl2506": dict(name="Alliant Energy", addr="customercare@alliant-energy.com", dt=central(2025, 6, 3, 10, 30, 9),
        subject="Earn bill credits this summer with Peak Time Rewards",
        mid="<20250603153009.AE-NL-2506-4418.e81a@news.alliant-energy.com>",
        text="Use less energy on the hottest afternoons and earn credits on your bill.\n\nEnroll in Peak Time "
             "Rewards: https://www.alliantenergy.com/peaktime\n\n" + FOOT_CC),
    "outage0226": dict(name="Alliant Energy Alerts", addr="alerts@alliantenergy.com", dt=central(2025, 2, 26, 21, 12, 40),
        subject="Outage alert: power is out at your address",
        mid="<outage.20250227031240.88213@alerts.alliantenergy.com>",
        text="We're aware of a power outage affecting your address.\n\nCrews are on the way. Estimated restoration: "
             "11:30 PM.\nCause: equipment damage\n\nUpdates: https://www.alliantenergy.com/outages\n\n"
             "This is a service message. You are receiving it because you signed up for outage alerts."),
    "pastdue0520": dict(name="Alliant Energy Alerts", addr="alerts@alliantenergy.com", dt=central(2025, 5, 20, 7, 0, 3),
        subject="Reminder: your Alliant Energy payment is past due",
        mid="<pay.20250520120003.40921@alerts.alliantenergy.com>",
        text="Our records show a past-due balance of $312.60 on your account ending in 0921. Please pay by "
             "May 30, 2025 to avoid a disconnection notice.\n\nNeed help? Ask us about payment arrangements and "
             "energy assistance: 800-555-0142.\n\nThis is a service message about your account."),
    "bill0521": dict(name="Alliant Energy", addr="noreply@alliantenergy.com", dt=central(2025, 5, 21, 6, 2, 55),
        subject="Your Alliant Energy bill is ready",
        mid="<bill.20250521110255.61187@billing.alliantenergy.com>",
        text="Your bill for account ending in 6187 is ready.\n\nAmount due: $96.40\nDue date: June 10, 2025\n\n"
             "View and pay: https://www.alliantenergy.com/myaccount\n\nThis is a service message about your account. "
             "You will receive it even if you have opted out of marketing. Please do not reply to this email."),
}

def add_ack(key, num, dt):
    OUR[key] = dict(name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com", dt=dt,
                    subject="We received your request [%s]" % num, mid="<ack.%s@alliant-energy.com>" % num,
                    text=ack_text(num), num=num)

add_ack("ack_abdirahman", "CC-2025-03-00388", central(2025, 3, 13, 19, 40, 12))
add_ack("ack_paredes", "CC-2025-03-00402", central(2025, 3, 11, 15, 2, 30))
add_ack("ack_hoa", "CC-2025-03-00431", central(2025, 3, 27, 21, 5, 47))
add_ack("ack_medina", "CC-2025-05-00618", central(2025, 5, 5, 16, 20, 8))
add_ack("ack_reyes", "CC-2025-05-00655", central(2025, 5, 15, 11, 48, 19))
add_ack("ack_khadra", "CC-2025-02-00291", central(2025, 2, 25, 9, 31, 2))
add_ack("ack_salon", "CC-2025-04-00477", central(2025, 4, 1, 13, 10, 55))
