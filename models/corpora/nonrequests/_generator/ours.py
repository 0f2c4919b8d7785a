"""Our own mail (Alliant Energy / PowerHouse Catalog) that people quote, forward and reply to,
plus the quoting styles of the common mail programs."""
import datetime as dt

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

CC_FOOTER = ("You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving\n"
             "promotional e-mail or postal mail about new products, services, programs and special offers,\n"
             "reply to this message or write to customercare@alliant-energy.com.\n"
             "Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718")

PH_FOOTER = ("PowerHouse Catalog is an Alliant Energy company. From time to time we share customer names and\n"
             "postal addresses with other catalog companies whose products may interest you. If you would\n"
             "rather we not share your name, write to powerhousecatalog@alliant-energy.com. We never share\n"
             "e-mail addresses. To stop these e-mails, reply with \"unsubscribe\".")

PROMOS = {
    "thermostat": ("Cozy up for less: $75 back on a smart thermostat",
                   "Winter is coming, and your furnace is about to work overtime.\n\n"
                   "Install an ENERGY STAR certified smart thermostat by December 31 and get a $75 rebate\n"
                   "on your Alliant Energy bill. Most customers save 8% on heating.\n\n"
                   "Claim your rebate: alliantenergy.com/thermostat\n\n" + CC_FOOTER),
    "led_business": ("Brighter for less: commercial LED lighting rebates are back",
                     "Upgrade the lights in your shop, office or warehouse and we will cover up to 50% of the\n"
                     "project cost through our Business Lighting program.\n\n"
                     "Talk to an energy advisor: alliantenergy.com/businesslighting\n\n" + CC_FOOTER),
    "webinar": ("Free webinar Thursday: Heat pumps 101 for Iowa homes",
                "Join our energy advisors live on Thursday at 6:30 p.m. to learn how a cold-climate heat pump\n"
                "works, what it costs, and which rebates apply.\n\n"
                "Save your seat: alliantenergy.com/heatpumps101\n\n" + CC_FOOTER),
    "ev": ("Charge at home for less: EV charger rebate up to $500",
           "Thinking about an electric vehicle? Our Level 2 charger rebate and off-peak EV rate make\n"
           "charging at home simple and affordable.\n\n"
           "Learn more: alliantenergy.com/ev\n\n" + CC_FOOTER),
    "spring_catalog": ("Spring is here! New arrivals in the PowerHouse Catalog",
                       "Fresh for spring: solar path lights, low-flow showerheads, smart plugs and our best-selling\n"
                       "weatherstrip kit, now 20% off through April 30.\n\n"
                       "Shop now: powerhousecatalog.com/spring\n\n" + PH_FOOTER),
    "holiday_catalog": ("Your PowerHouse Holiday Catalog is on its way",
                        "Gifts that give back all year: LED string lights, heated throws with auto shut-off, smart\n"
                        "power strips and more. Free shipping on orders over $49 through December 15.\n\n"
                        "Browse the catalog online: powerhousecatalog.com/holiday\n\n" + PH_FOOTER),
    "fall_catalog": ("PowerHouse: fall savings inside",
                     "Seal the drafts before the first frost. Door sweeps, window film and programmable timers,\n"
                     "up to 30% off this week only.\n\n"
                     "Shop fall savings: powerhousecatalog.com/fall\n\n" + PH_FOOTER),
}

SERVICE = {
    "payment_reminder": ("Payment reminder: your Alliant Energy bill is past due",
                         "This is a reminder that a payment of $1,482.17 on your account was due on March 2.\n"
                         "If you have already paid, thank you, and please disregard this notice.\n\n"
                         "Pay online at alliantenergy.com/pay or call 1-800-255-4268.\n\n"
                         "This is a service message about your account. You receive it even if you have opted out\n"
                         "of marketing e-mail."),
}

ACK = ("Thank you for contacting Alliant Energy. We received your request and logged it under reference\n"
       "number {ref}.\n\n"
       "If you asked us to stop sending promotional mail or e-mail, or not to share your name and postal\n"
       "address with other companies, we will update our records within 10 business days. Some mail that\n"
       "was already printed may still reach you during that time.\n\n"
       "Please keep the reference number {ref} for your records.\n\n"
       "Alliant Energy Customer Care")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def long_date(d):
    """'Tuesday, April 14, 2026 9:12 AM' (Outlook Sent: line)."""
    d = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    h = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute,
                                         "AM" if d.hour < 12 else "PM")


def gmail_date(d):
    """'Tue, Apr 14, 2026 at 9:12 AM'."""
    d = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute,
                                            "AM" if d.hour < 12 else "PM")


ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def gmail_date_es(d):
    d = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    return "%s, %d %s %d a las %d:%02d" % (ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1], d.year, d.hour, d.minute)


def gmail_reply(d, name, addr, text):
    return "On %s %s <%s> wrote:\n\n%s" % (gmail_date(d), name, addr, gt(text))


def gmail_reply_es(d, name, addr, text):
    return "El %s, %s (<%s>) escribió:\n\n%s" % (gmail_date_es(d), name, addr, gt(text))


def gmail_fwd(frm, d, subject, to, text):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, gmail_date(d), subject, to, text))


def gmail_fwd_es(frm, d, subject, to, text):
    return ("---------- Forwarded message ---------\nDe: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, gmail_date_es(d), subject, to, text))


def outlook_block(frm, d, to, subject, text, rule=True, cc=None):
    head = "________________________________\n" if rule else ""
    s = "%sFrom: %s\nSent: %s\nTo: %s\n" % (head, frm, long_date(d), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subject, text)


def apple_fwd(frm, d, subject, to, text):
    x = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    h = x.hour % 12 or 12
    ds = "%s %d, %d at %d:%02d:%02d %s CDT" % (x.strftime("%B"), x.day, x.year, h, x.minute, 14, "AM" if x.hour < 12 else "PM")
    return "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n%s" % (frm, subject, ds, to, text)


def promo_mid(d, slug, h):
    x = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    return "<%s.%s.%s@mail.alliant-energy.com>" % (x.strftime("%Y%m%d%H%M%S"), slug, h)
