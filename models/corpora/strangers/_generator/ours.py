"""Our own outgoing mail as people quote it: promotions, service notices and acknowledgements (our wording),
and the reply/forward headers that each mail program writes above the quoted text."""
import datetime as dt

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
NEWS = ("Alliant Energy", "news@alliant-energy.com")
CATNEWS = ("PowerHouse Catalog", "offers@powerhousecatalog.com")
ALERTS = ("Alliant Energy Alerts", "alerts@alliant-energy.com")

CC_TAIL = ("Why you got this: you have an Alliant Energy account and agreed to hear about programs and offers.\n"
           "Rather not? Reply to this e-mail or write to customercare@alliant-energy.com and we will stop\n"
           "promotional e-mail and postal mail. Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
PH_TAIL = ("PowerHouse Catalog, an Alliant Energy company. We sometimes exchange customer names and postal\n"
           "addresses with other catalog companies. To keep your name out of those exchanges, write to\n"
           "powerhousecatalog@alliant-energy.com. Reply \"unsubscribe\" to stop these e-mails.")

PROMO = {
    "homecheck": ("Is your home ready for January? Book a free energy check-up",
                  "An Alliant Energy advisor can walk through your home in about an hour, find the drafts and\n"
                  "the energy hogs, and leave you with a short list of fixes. The visit is free for customers\n"
                  "this winter, and you may qualify for a free LED and weatherstrip kit.\n\n"
                  "Pick a time: alliantenergy.com/checkup\n\n" + CC_TAIL),
    "solar": ("Community solar is open in your area",
              "Support a local solar garden without putting panels on your roof. Subscribers see a credit on\n"
              "their monthly bill for their share of the output.\n\n"
              "See if you qualify: alliantenergy.com/communitysolar\n\n" + CC_TAIL),
    "waterheater": ("$300 back when you switch to a heat pump water heater",
                    "Heat pump water heaters use about a third of the electricity of a standard tank. Replace yours\n"
                    "before June 30 and we will send a $300 rebate.\n\n"
                    "Details and dealers: alliantenergy.com/waterheater\n\n" + CC_TAIL),
    "smallbiz": ("Running a small business? Your energy bill can shrink",
                 "Our Business Energy Advisors help shops, restaurants and offices find savings, from lighting\n"
                 "to refrigeration. Book a 20-minute call at no cost.\n\n"
                 "alliantenergy.com/smallbusiness\n\n" + CC_TAIL),
    "summer_cat": ("Hello summer! PowerHouse picks for cooler rooms",
                   "Smart fans, blackout curtains, window AC covers and solar string lights, up to 25% off until\n"
                   "July 15. Free shipping on orders of $59 or more.\n\n"
                   "Shop: powerhousecatalog.com/summer\n\n" + PH_TAIL),
    "gift_cat": ("Gift ideas that lower the bill, too",
                 "Heated throws with automatic shut-off, LED candles, smart plugs and our best-selling door draft\n"
                 "stopper. Order by December 12 for holiday delivery.\n\n"
                 "Browse: powerhousecatalog.com/gifts\n\n" + PH_TAIL),
    "webinar": ("You're invited: Electric vehicles at home, live Q&A",
                "Thinking about an EV? Join our advisors Tuesday at 7 p.m. for a one-hour webinar on home\n"
                "charging, the off-peak EV rate and the charger rebate.\n\n"
                "Register: alliantenergy.com/evwebinar\n\n" + CC_TAIL),
}

SERVICE = {
    "bill": ("Your Alliant Energy bill is ready",
             "Your statement for the period ending the 14th is ready to view. Amount due: $142.36,\n"
             "due on the 2nd of next month.\n\n"
             "View and pay: alliantenergy.com/mybill\n\n"
             "This is a service message about your account and is sent even if you opted out of promotions."),
    "outage": ("Outage update: crews are working in your area",
               "We know your power is out. Crews are on site and we expect service back by 9:30 p.m.\n"
               "Reply OUT to report another outage, or STATUS for the latest estimate.\n\n"
               "This is a service alert about your account."),
}

ACK = ("Hello,\n\nThank you for writing to us. Your message has been logged under reference {ref}. If you asked us\n"
       "to stop promotional mail or e-mail, or not to share your name and address, we will update our records\n"
       "within 10 business days; mail already printed may still arrive for a short while.\n\n"
       "Alliant Energy Customer Care")


def _d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def _h12(x):
    return "%d:%02d %s" % (x.hour % 12 or 12, x.minute, "AM" if x.hour < 12 else "PM")


def q(text, p="> "):
    return "\n".join(p + l if l else p.rstrip() for l in text.split("\n"))


def gmail_on(d, name, a, text):
    x = _d(d)
    return "On %s, %s %d, %d at %s %s <%s> wrote:\n\n%s" % (x.strftime("%a"), x.strftime("%b"), x.day, x.year,
                                                            _h12(x), name, a, q(text))


def gmail_el(d, name, a, text):
    x = _d(d)
    dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:\n\n%s" % (
        dias[x.weekday()], x.day, meses[x.month - 1], x.year, x.hour, x.minute, name, a, q(text))


def iphone_on(d, name, a, text):
    x = _d(d)
    return "On %s %d, %d, at %s, %s <%s> wrote:\n\n%s" % (x.strftime("%b"), x.day, x.year, _h12(x), name, a,
                                                           q(text, "> "))


def outlook_hdr(frm, d, to, subj, text):
    x = _d(d)
    return ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, x.strftime("%A"), x.strftime("%B"), x.day, x.year, _h12(x), to, subj, text))


def outlook_hdr_es(frm, d, to, subj, text):
    x = _d(d)
    dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
    return ("________________________________\nDe: %s\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s\n\n%s"
            % (frm, dias[x.weekday()], x.day, meses[x.month - 1], x.year, x.hour, x.minute, to, subj, text))


def gmail_fwd(frm, d, subj, to, text):
    x = _d(d)
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, x.strftime("%a"), x.strftime("%b"), x.day, x.year, _h12(x), subj, to, text))


def apple_fwd(frm, d, subj, to, text):
    x = _d(d)
    return ("Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s %d, %d at %s CDT\nTo: %s\n\n%s"
            % (frm, subj, x.strftime("%B"), x.day, x.year, _h12(x), to, text))


def yahoo_fwd(frm, d, subj, to, text):
    x = _d(d)
    return ("----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s, %s %d, %d at %s CDT\nSubject: %s\n\n%s"
            % (frm, to, x.strftime("%A"), x.strftime("%B"), x.day, x.year, _h12(x), subj, text))


def mid(d, slug):
    return "<%s.%s@mail.alliant-energy.com>" % (_d(d).strftime("%Y%m%d%H%M"), slug)
