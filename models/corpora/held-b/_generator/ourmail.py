"""Our own mail (promotions, catalog e-mails, service notices, acknowledgements)
that senders quote or forward.  Invented wording for the held-b set."""
from mailkit import local, esc, paras

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

FOOT_CC = (
    "You are receiving this e-mail because you are an Alliant Energy customer. "
    "If you would rather not hear from us about new products, services, programs "
    "or special offers by e-mail or postal mail, reply to customercare@alliant-energy.com "
    "and tell us, or use the unsubscribe link.\n"
    "Unsubscribe | Privacy Policy | alliantenergy.com\n"
    "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")

FOOT_PH = (
    "PowerHouse Catalog is an Alliant Energy company. From time to time we share "
    "the names and postal addresses of our customers with other catalog companies "
    "whose products may interest you. If you prefer that we not share your name, "
    "write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.\n"
    "Don't want these e-mails? Unsubscribe.\n"
    "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718 | powerhousecatalog.com")

FOOT_SVC = (
    "This is a service message about your account. It is sent even if you have "
    "asked not to receive marketing from Alliant Energy. Please do not reply to "
    "this message; questions can be sent to customercare@alliant-energy.com.\n"
    "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")


class Orig:
    def __init__(self, key, name, addr, date, subject, text, msgid, kind="promo",
                 reply_to=None, html=None, list_unsub=None, to=None):
        self.key = key
        self.name = name
        self.addr = addr
        self.date = date
        self.subject = subject
        self.text = text
        self.msgid = msgid
        self.kind = kind
        self.reply_to = reply_to
        self._html = html
        self.list_unsub = list_unsub
        self.to = to

    @property
    def html(self):
        if self._html:
            return self._html
        if self.kind in ("person", "staff", "ack", "service"):
            return "<div>%s</div>" % "<br>".join(esc(x) for x in self.text.split("\n"))
        return promo_html(self)

    def copy(self, **kw):
        o = Orig(self.key, self.name, self.addr, self.date, self.subject, self.text,
                 self.msgid, self.kind, self.reply_to, self._html, self.list_unsub, self.to)
        for k, v in kw.items():
            setattr(o, k if k != "html" else "_html", v)
        return o


def promo_html(o):
    """Table layout like a bulk-mail template, built from the text version."""
    rows = []
    blocks = paras(o.text)
    head = blocks[0] if blocks else [""]
    rows.append('<tr><td style="background:#00507a;color:#ffffff;font-family:Arial,sans-serif;'
                'font-size:22px;padding:18px 24px;">%s</td></tr>' % esc(" ".join(head)))
    for b in blocks[1:]:
        rows.append('<tr><td style="font-family:Arial,sans-serif;font-size:15px;line-height:22px;'
                    'color:#333333;padding:8px 24px;">%s</td></tr>' % "<br>".join(esc(x) for x in b))
    return ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td align="center"><table role="presentation" width="600" cellpadding="0" '
            'cellspacing="0" border="0">' + "".join(rows) + '</table></td></tr></table>')


def _promo(key, date, subject, text, msgid, box="cc"):
    if box == "cc":
        return Orig(key, "Alliant Energy", CC, local(date), subject, text + "\n\n" + FOOT_CC,
                    msgid, "promo", list_unsub="<mailto:%s?subject=unsubscribe>" % CC)
    return Orig(key, "PowerHouse Catalog", PH, local(date), subject, text + "\n\n" + FOOT_PH,
                msgid, "catalog", list_unsub="<mailto:%s?subject=unsubscribe>" % PH)


def _svc(key, date, subject, text, msgid, frm="noreply@alliantenergy.com"):
    return Orig(key, "Alliant Energy", frm, local(date), subject, text + "\n\n" + FOOT_SVC,
                msgid, "service", reply_to=CC)


O = {}


def reg(o):
    O[o.key] = o
    return o


reg(_promo("thermo25", "2025-03-04 09:15:02",
           "Save $75 on a smart thermostat this spring",
           "Spring into savings with a smart thermostat\n\n"
           "Hi there,\n\n"
           "Through May 31, 2025, Alliant Energy customers can get a $75 rebate on a "
           "qualifying ENERGY STAR smart thermostat. Most households save 8% or more on "
           "heating and cooling.\n\n"
           "Shop qualifying models and apply online at alliantenergy.com/thermostat.",
           "<20250304091502.thermostat.8f3a2c91d0@mail.alliant-energy.com>"))

reg(_promo("ev25", "2025-06-10 10:02:44",
           "Charge at home for less: EV charger rebates up to $500",
           "Thinking about an electric vehicle?\n\n"
           "Install a qualifying Level 2 home charger and Alliant Energy will send you up "
           "to $500. Enroll in our off-peak charging program and save every night you plug in.\n\n"
           "Get the details at alliantenergy.com/ev.",
           "<20250610100244.evcharger.3b71e0aa42@mail.alliant-energy.com>"))

reg(_promo("news0925", "2025-09-16 08:30:11",
           "Energy Insights \u2013 September 2025",
           "Energy Insights \u2013 September 2025\n\n"
           "In this issue: getting your furnace ready for winter, a look at our new "
           "Kossuth County wind farm, and five no-cost ways to trim your bill.\n\n"
           "Plus: appliance recycling is back. We'll pick up your old fridge or freezer for free "
           "and send you $50.",
           "<20250916083011.newsletter.c02d8e5f19@mail.alliant-energy.com>"))

reg(_promo("audit25", "2025-10-21 11:45:09",
           "Free home energy assessment \u2014 book before Dec. 15",
           "Find out where your home is losing energy\n\n"
           "A certified energy advisor will walk through your home, install free LED bulbs "
           "and water-saving showerheads, and give you a custom list of upgrades. There's "
           "no cost for Alliant Energy customers.\n\n"
           "Book a visit at alliantenergy.com/assessment or call 1-800-555-0142.",
           "<20251021114509.assessment.77c4b1d2e0@mail.alliant-energy.com>"))

reg(_promo("renew26", "2026-01-13 09:00:37",
           "Match your home's energy with Iowa and Wisconsin wind \U0001F33F",
           "Second Nature\u00ae renewable energy\n\n"
           "For as little as $3 a month you can match some or all of your electricity use "
           "with renewable energy from wind and solar farms in the Midwest.\n\n"
           "Sign up in two minutes at alliantenergy.com/secondnature.",
           "<20260113090037.secondnature.1a9f6e3c55@mail.alliant-energy.com>"))

reg(_promo("fridge26", "2026-04-07 14:20:15",
           "We'll haul away your old fridge \u2014 and pay you $50",
           "Old fridge in the garage?\n\n"
           "That second refrigerator could be costing you $150 a year. Schedule a free pickup "
           "and we'll send a $50 check. Freezers and window air conditioners qualify too.\n\n"
           "Schedule at alliantenergy.com/recycle.",
           "<20260407142015.recycling.e5b0c7d913@mail.alliant-energy.com>"))

reg(_promo("solar26", "2026-05-19 10:10:10",
           "Is solar right for your roof? Free estimate inside",
           "Solar made simple\n\n"
           "Our Solar Partners program connects you with vetted local installers, and "
           "customers who finish an installation by Sept. 30, 2026 get a $250 bill credit.\n\n"
           "Get a free roof estimate at alliantenergy.com/solar.",
           "<20260519101010.solar.4d2a9b8e61@mail.alliant-energy.com>"))

reg(_promo("ph_fall25", "2025-09-03 07:05:00",
           "Fall catalog is here: weatherstripping, smart plugs & more [PH-2509-3RM8D]",
           "The PowerHouse Fall Catalog is here\n\n"
           "Get ready for cold weather: door sweeps from $6.49, window insulation kits, "
           "programmable outlets and our best-selling heated mattress pad.\n\n"
           "Free shipping on orders over $49 through Oct. 15. Shop powerhousecatalog.com.",
           "<20250903070500.fallcatalog.9e1c2f7ab4@mail.alliant-energy.com>", box="ph"))

reg(_promo("ph_holiday25", "2025-11-25 06:45:30",
           "Holiday gift guide: 20% off smart home gadgets \U0001F381 [PH-2511-Q4HT2]",
           "Gifts that save energy\n\n"
           "Smart bulbs, plug-in power monitors, rechargeable lanterns and more, 20% off "
           "through Dec. 12 with code GLOW25.\n\n"
           "Shop the gift guide at powerhousecatalog.com/gifts.",
           "<20251125064530.holiday.0bd4f87a2c@mail.alliant-energy.com>", box="ph"))

reg(_promo("ph_spring26", "2026-03-14 09:15:02",
           "Spring savings inside: LED bulbs from $1.99 [PH-2603-7K2QX]",
           "Spring savings from PowerHouse\n\n"
           "LED bulbs from $1.99, low-flow showerheads, and new solar path lights. Your "
           "spring catalog is on its way to your mailbox, too.\n\n"
           "Shop now at powerhousecatalog.com.",
           "<20260314091502.springsale.8f3a2c91d0@mail.alliant-energy.com>", box="ph"))

reg(_promo("ph_summer26", "2026-06-23 08:00:00",
           "Beat the heat: fans, blinds & cooling deals [PH-2606-X9V4M]",
           "Stay cool for less\n\n"
           "Ceiling fans, thermal blackout curtains and smart AC controllers, all on sale "
           "until July 10.\n\n"
           "See everything at powerhousecatalog.com/summer.",
           "<20260623080000.summer.6f0a3d2c88@mail.alliant-energy.com>", box="ph"))

reg(_svc("outage0725", "2025-07-14 17:42:10",
         "Outage in your area",
         "We're aware of a power outage affecting your area near Cedar Rapids, IA.\n\n"
         "Crews have been assigned. Estimated restoration: 9:30 PM.\n"
         "View the outage map at alliantenergy.com/outages.",
         "<outage.20250714.4be1c0d9a7f3@notify.alliantenergy.com>", frm="alerts@alliantenergy.com"))

reg(_svc("restored0725", "2025-07-14 21:18:55",
         "Power restored",
         "Good news: power has been restored at your service address.\n\n"
         "If you are still without power, please report it at alliantenergy.com/outages "
         "or call 1-800-555-0177.",
         "<restore.20250714.9c33d1e0b2aa@notify.alliantenergy.com>", frm="alerts@alliantenergy.com"))

reg(_svc("bill1125", "2025-11-06 06:02:19",
         "Your Alliant Energy bill is ready",
         "Your bill is ready.\n\n"
         "Amount due: $142.87\nDue date: November 26, 2025\n\n"
         "View and pay your bill at alliantenergy.com/myaccount.",
         "<bill.20251106.71d0f2a9c4e1@notify.alliantenergy.com>"))

reg(_svc("remind0226", "2026-02-18 07:30:00",
         "Payment reminder: your bill is due Feb. 24",
         "This is a friendly reminder that your payment of $211.40 is due on February 24, 2026.\n\n"
         "If you have already paid, thank you, and please disregard this message.",
         "<remind.20260218.2a9e4c71f0bd@notify.alliantenergy.com>"))

reg(_svc("maint0426", "2026-04-28 12:00:00",
         "Planned maintenance: brief outage on May 6",
         "To upgrade equipment in your neighborhood, we'll need to turn off power on "
         "Wednesday, May 6, between 9 AM and 1 PM.\n\n"
         "We're sorry for the inconvenience.",
         "<maint.20260428.bb04e7d16c2f@notify.alliantenergy.com>"))

reg(_svc("paperless0825", "2025-08-05 15:11:47",
         "You're enrolled in paperless billing",
         "Thanks for going paperless! You'll receive an e-mail each month when your bill is "
         "ready instead of a paper bill.",
         "<paperless.20250805.5f6a7b8c9d0e@notify.alliantenergy.com>"))


def ack(ref, date, hexid):
    text = ("Thank you for contacting Alliant Energy. We received your message and "
            "assigned it reference number %s.\n\n"
            "If you asked us to stop sending you promotional e-mail or postal mail, or not to "
            "share your name and address with other companies, we will update our records "
            "within 10 business days. Some mail that is already being printed may still reach "
            "you during that time.\n\n"
            "If your message needs an answer from a person, a member of our Customer Care team "
            "will reply. Please keep the reference number in the subject line if you write "
            "again.\n\n"
            "Alliant Energy Customer Care" % ref)
    return Orig("ack." + ref, "Alliant Energy Customer Care", CC, local(date),
                "We received your request [%s]" % ref, text,
                "<ack.%s.%s@alliant-energy.com>" % (ref, hexid), "ack")
