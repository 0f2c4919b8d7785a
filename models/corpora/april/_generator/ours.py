"""Alliant Energy's own outgoing mail in April 2027. It shows up quoted, forwarded, bounced and auto-answered."""
from mailkit import R, CDT, at, rfc, ralnum, rdigits

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

PROMO_SUBJECT = "Spring into savings: heat-pump rebates"
PROMO_DATE = at(6, "10:02:00")
CATALOG_SUBJECT = "Spring Garden & Patio: solar lights, rain barrels & more"
CATALOG_DATE = at(8, "09:30:00")


class Ours:
    def __init__(self, kind, from_name, from_addr, to_addr, dt, subject, msgid, text, to_name=None,
                 reply_to=None, extra_headers=(), html_title=None):
        self.kind = kind
        self.from_name = from_name
        self.from_addr = from_addr
        self.to_addr = to_addr
        self.to_name = to_name
        self.dt = dt
        self.subject = subject
        self.msgid = msgid
        self.text = text
        self.reply_to = reply_to
        self.extra_headers = list(extra_headers)

    @property
    def sender_display(self):
        return "%s <%s>" % (self.from_name, self.from_addr)

    def header_lines(self):
        """Headers as our sending platform wrote them (used inside bounces)."""
        h = ["From: %s <%s>" % (self.from_name, self.from_addr)]
        if self.reply_to:
            h.append("Reply-To: %s" % self.reply_to)
        h.append("To: %s" % (("%s <%s>" % (self.to_name, self.to_addr)) if self.to_name else self.to_addr))
        h.append("Subject: %s" % self.subject)
        h.append("Date: %s" % rfc(self.dt, pad=True))
        h.append("Message-ID: %s" % self.msgid)
        h.extend(self.extra_headers)
        h.append("MIME-Version: 1.0")
        return h


def promo(to_addr, first=None, to_name=None, token=None):
    token = token or ralnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    hello = "Hi %s," % first if first else "Hello,"
    text = """Spring into savings with a heat pump

%s

Spring is the best time to plan for next winter. Through June 30, 2027,
Alliant Energy customers can get:

  * up to $1,200 back on a qualifying air-source or ductless heat pump
  * up to $300 back on a heat-pump water heater
  * 0%% financing for 36 months on approved credit

A heat pump heats and cools with one system, and most customers who
switch from propane or electric baseboard heat see lower bills.

Find a participating contractor: https://www.alliantenergy.com/heatpump
Questions about the rebate? Call 1-800-555-0142.

--
You are receiving this email because you are an Alliant Energy customer.
Opt out of marketing emails: reply with the word unsubscribe, or visit
https://www.alliantenergy.com/preferences. We will still send bill and
service notices.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
Ref: AE-HP-2704-%s""" % (hello, token)
    msgid = "<AE-HP-2704.%s.%s@mailer.alliant-energy.com>" % (token, rdigits(6))
    return Ours("promo", "Alliant Energy", CC, to_addr, PROMO_DATE, PROMO_SUBJECT, msgid, text, to_name=to_name,
                extra_headers=["List-Unsubscribe: <mailto:%s?subject=unsubscribe%%20AE-HP-2704-%s>" % (CC, token),
                               "X-Campaign: AE-HP-2704"])


def catalog(to_addr, to_name=None, token=None):
    token = token or ralnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    text = """PowerHouse Catalog | Spring Garden & Patio

New for spring: solar path lights, rain barrels, raised-bed kits and
the patio heater everyone asked about.

  * Solar path lights, 8-pack ............... $39.95  (item GP-1180)
  * 55-gallon rain barrel, brass spigot ..... $89.00  (item GP-2241)
  * Cedar raised-bed kit, 4 x 8 ft .......... $129.00 (item GP-3307)
  * Free shipping on orders over $75 through April 30

Shop the catalog: https://www.powerhousecatalog.com/spring
Order by phone: 1-800-555-0167

--
PowerHouse Catalog is part of the Alliant Energy family of companies.
We occasionally make our customer list (names and postal addresses,
never e-mail addresses) available to other carefully selected catalog
companies. If you prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com.
To unsubscribe from catalog e-mails, reply "unsubscribe" or visit
https://www.powerhousecatalog.com/unsubscribe
PowerHouse Catalog, P.O. Box 1877, Cedar Rapids, IA 52406
PH-2704-GP-%s""" % token
    msgid = "<PH-2704-GP.%s.%s@mailer.alliant-energy.com>" % (token, rdigits(6))
    lu = ("List-Unsubscribe: <mailto:%s?subject=unsubscribe%%20PH-2704-GP-%s&body=Please%%20remove%%20me%%20"
          "from%%20PowerHouse%%20Catalog%%20e-mails.>" % (PH, token))
    return Ours("catalog", "PowerHouse Catalog", PH, to_addr, CATALOG_DATE, CATALOG_SUBJECT, msgid, text,
                to_name=to_name, extra_headers=[lu, "X-Campaign: PH-2704-GP"])


OUTAGE_FROM = ("Alliant Energy Outage Alerts", "outagealerts@alliantenergy.com")


def outage(stage, to_addr, street, dt, outage_no="OT-2704-18833", affected="4,212", eta=None):
    if stage == "alert":
        subject = "Outage alert: power is out at %s" % street
        body = """Outage alert for %s

We know the power is out at your address. Severe thunderstorms with
winds over 70 mph have caused widespread outages in your area.

Outage number: %s
Customers affected in your area: %s
Estimated restoration: not yet available. Crews are assessing damage.""" % (street, outage_no, affected)
    elif stage == "update":
        subject = "Outage update: estimated restoration %s" % eta
        body = """Outage update for %s

Crews are working in your area. Storm damage is extensive and some
customers may be out longer than the estimate.

Outage number: %s
Estimated restoration: %s""" % (street, outage_no, eta)
    else:
        subject = "Power restored at %s" % street
        body = """Power restored at %s

Our records show power has been restored at your address. If you are
still without power, reply to this message or call 1-800-555-0193.

Outage number: %s""" % (street, outage_no)
    text = body + """

Stay away from downed power lines. Report them by calling 911 or
1-800-555-0193.

You are receiving this alert because you signed up for outage
notifications for this address. Manage alerts:
https://www.alliantenergy.com/alerts
This is a service message. Replies go to Alliant Energy Customer Care."""
    msgid = "<outage.%s.%s.%s@alerts.alliantenergy.com>" % (outage_no, stage, rdigits(8))
    return Ours("outage", OUTAGE_FROM[0], OUTAGE_FROM[1], to_addr, dt, subject, msgid, text,
                reply_to="Alliant Energy Customer Care <%s>" % CC)


def bill(to_addr, dt, last4, amount, due, name=None):
    text = """Your bill is ready

Hello%s,

Account ending in %s
Amount due: %s
Due date: %s

View and pay your bill: https://www.alliantenergy.com/paybill

This is a service message about your account. We send it even if you
have opted out of marketing. Please do not reply to this e-mail. For
questions write to customercare@alliant-energy.com.

Alliant Energy""" % ((" " + name) if name else "", last4, amount, due)
    msgid = "<bill.%s.%s@notify.alliantenergy.com>" % (rdigits(10), ralnum(6).lower())
    return Ours("bill", "Alliant Energy", "noreply@alliantenergy.com", to_addr, dt,
                "Your Alliant Energy bill is ready", msgid, text)


def ack(num, to_addr, dt):
    ref = "CC-2027-04-%05d" % num
    text = """Hello,

Thank you for contacting Alliant Energy. We received your message and
logged it as request %s.

If you asked us to stop marketing contact, or asked the PowerHouse
Catalog not to share your name and address with other companies, we
will update our records within 10 business days. Other questions are
answered by a member of our Customer Care team, usually within two
business days.

You do not need to reply to this message.

Alliant Energy Customer Care""" % ref
    o = Ours("ack", "Alliant Energy Customer Care", CC, to_addr, dt, "We received your request [%s]" % ref,
             "<ack.%s@alliant-energy.com>" % ref, text, extra_headers=["Auto-Submitted: auto-replied"])
    o.ref = ref
    return o


def staff(to_addr, to_name, dt, subject, text, agent):
    msgid = "<%s%s@CH2PR20MB%s.namprd20.prod.outlook.com>" % (ralnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                            rdigits(4), rdigits(4))
    return Ours("staff", "Alliant Energy Customer Care", CC, to_addr, dt, subject, msgid,
                text + "\n\n" + agent + "\nAlliant Energy Customer Care\n1-800-555-0142", to_name=to_name)
