"""Mail that Alliant itself sent.  None of it is a file of the set: it only shows up quoted,
referenced in In-Reply-To/References, bounced, read-receipted or auto-answered."""
from mailkit import t, CST

DESK_NAME = "Alliant Energy Privacy Desk"
CARE_NAME = "Alliant Energy Customer Care"
CC_ADDR = "customercare@alliant-energy.com"
PH_ADDR = "powerhousecatalog@alliant-energy.com"
PH_NAME = "PowerHouse Catalog"


class Out:
    def __init__(self, kind, msgid, when, from_name, from_addr, to_name, to_addr, subject, body,
                 reply_to=None, tid=None, refs=()):
        self.kind = kind                  # desk | ack | promo | bill
        self.msgid = msgid
        self.when = t(when) if isinstance(when, str) else when
        self.from_name = from_name
        self.from_addr = from_addr
        self.to_name = to_name
        self.to_addr = to_addr
        self.subject = subject
        self.body = body.strip("\n") + "\n"
        self.reply_to = reply_to          # (name, addr) or None
        self.tid = tid
        self.refs = list(refs)            # References of our own mail (thread history)

    @property
    def label(self):
        return self.msgid.strip("<>")


SIG = {
    "Marcy": "Marcy\nAlliant Energy Privacy Desk",
    "Kristin": "Kristin H.\nAlliant Energy Privacy Desk",
    "Tom": "Tom V.\nPrivacy Desk | Alliant Energy",
    "Dwayne": "Dwayne\nAlliant Energy Privacy Desk",
    "Lupe": "Lupe C.\nAlliant Energy - Oficina de Privacidad / Privacy Desk",
}


def _long(dt):
    d = dt.astimezone(CST)
    h = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute,
                                         "AM" if d.hour < 12 else "PM")


def desk(tid, when, to_name, to_addr, subject, text, staff="Marcy", seq=1, box="customercare", orig=None,
         lang="en", hist=None, refs=()):
    """A privacy-desk reply written by staff.

    orig = (from, sent 'YYYY-MM-DD HH:MM', subject, text): the customer's message that the ticket system
    appends below the reply in an Outlook-style block.  hist: free text (already quoted) appended instead,
    for later rounds of a thread."""
    if lang == "es":
        ref = "Referencia: %s (por favor no cambie el asunto si nos responde)" % tid
    else:
        ref = "Reference: %s -- please keep this in the subject line if you write back." % tid
    body = text.strip("\n") + "\n\n" + SIG[staff] + "\n" + CC_ADDR + "\n\n" + ref + "\n"
    box_addr = PH_ADDR if box == "powerhousecatalog" else CC_ADDR
    if orig:
        o_from, o_sent, o_subj, o_text = orig
        body += ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                 % (o_from, _long(t(o_sent)), box_addr, o_subj, o_text.strip("\n")))
    if hist:
        body += "\n" + hist.strip("\n") + "\n"
    mid = "<desk.%s@alliant-energy.com>" % tid if seq == 1 else "<desk.%s.%d@alliant-energy.com>" % (tid, seq)
    rt = (PH_NAME, PH_ADDR) if box == "powerhousecatalog" else None
    return Out("desk", mid, when, DESK_NAME, CC_ADDR, to_name, to_addr, subject, body, reply_to=rt, tid=tid,
               refs=refs)


ACK_TEXT = """Thank you for writing to Alliant Energy.

This is an automatic confirmation that we received your message on {date}.
Your reference number is {tid}.

If you asked us to stop promotional mail or e-mail, or not to share your
name with other catalog companies, we will update our records within
10 business days. Catalogs and mailings that are already printed may
still arrive for a few weeks.

If your message needs an answer, someone from our privacy team will
reply to you.

Please keep the reference number in the subject line if you write back.

Alliant Energy Customer Care
"""


def ack(tid, when, to_name, to_addr, datestr, refs=()):
    return Out("ack", "<ack.%s@alliant-energy.com>" % tid, when, CARE_NAME, CC_ADDR, to_name, to_addr,
               "We received your request [%s]" % tid, ACK_TEXT.format(date=datestr, tid=tid), tid=tid, refs=refs)


PROMO_HPWH = Out(
    "promo", "<20270202160004.AE-PR-2702-HPWH.41877@mail.alliant-energy.com>", "2027-02-02 10:00:04",
    CARE_NAME, CC_ADDR, None, None,
    "Hot water for less: $300 back on a heat pump water heater",
    """Hot water is the second-biggest energy cost in most homes.

A heat pump water heater uses up to 70% less electricity than a
standard electric tank. Through March 31, Alliant Energy customers
get $300 back when a participating contractor installs one.

  * Find a contractor: alliantenergy.com/hpwh
  * Stack it with the federal tax credit
  * Financing from 0.99% for qualified customers

Questions? Call 1-800-555-0148, Monday-Friday 7 a.m. to 6 p.m.

--
You are receiving this because you are an Alliant Energy customer.
To opt out of marketing e-mail, unsubscribe at alliantenergy.com/email
or reply to this message with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""")

PROMO_SPRING = Out(
    "promo", "<ph.2702.spring.55120.1@mail.alliant-energy.com>", "2027-02-09 09:30:11",
    PH_NAME, PH_ADDR, None, None,
    "Spring Preview: new in the PowerHouse Catalog",
    """SPRING PREVIEW

New this season in the PowerHouse Catalog:
  - Smart plug 4-pack, now with energy monitoring ..... $34.99
  - LED shop light, 5000 lumens, linkable ............ $29.95
  - Programmable timer for block heaters .............. $19.99

Free shipping on orders over $49 through March 15. Use code PH-2702-SPRING.

Shop the catalog: powerhousecatalog.alliantenergy.com

--
The PowerHouse Catalog sometimes shares its customer list with other
catalog companies. If you don't want your name shared, write to
powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from catalog e-mail, reply with the word unsubscribe.
""")

PROMO_WINTER = Out(
    "promo", "<20270112150002.AE-PR-2701-PEAK.30215@mail.alliant-energy.com>", "2027-01-12 09:00:02",
    CARE_NAME, CC_ADDR, None, None,
    "Beat the cold-snap peak: earn bill credits this winter",
    """When the temperature drops, everyone's furnace runs at once.

Enroll in Winter Peak Rewards and earn a $5 bill credit for every
peak event you help with: just turn the thermostat down two degrees
when we send the alert. Most events last under three hours.

Enroll in two minutes: alliantenergy.com/peakrewards

--
You are receiving this because you are an Alliant Energy customer.
To opt out of marketing e-mail, unsubscribe at alliantenergy.com/email
or reply to this message with the word unsubscribe.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""")

BILL_FEB = Out(
    "bill", "<bill.20270205.7731920@notify.alliantenergy.com>", "2027-02-05 06:12:40",
    "Alliant Energy", "noreply@alliantenergy.com", None, None,
    "Your Alliant Energy bill is ready",
    """Your bill is ready to view.

Amount due: $214.37
Due date: February 26, 2027

View and pay your bill: alliantenergy.com/mybill

This is a service message about your account. We send it even if you
have opted out of marketing e-mail. Please do not reply to this e-mail;
this mailbox is not monitored.
""")

PROMO_HOLIDAY26 = Out(
    "promo", "<ph.2611.holiday.48803.1@mail.alliant-energy.com>", "2026-11-10 09:30:07",
    PH_NAME, PH_ADDR, None, None,
    "Holiday Preview: gifts that pay for themselves",
    """HOLIDAY PREVIEW

Gifts for everyone on your list, and your energy bill:
  - Heated throw with 9 settings, auto shut-off ....... $49.99
  - Outdoor LED string lights, 66 ft .................. $24.95
  - Smart thermostat (Alliant rebate eligible) ........ $129.00

Order by December 15 for delivery before the holidays.

Shop the catalog: powerhousecatalog.alliantenergy.com

--
The PowerHouse Catalog sometimes shares its customer list with other
catalog companies. If you don't want your name shared, write to
powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from catalog e-mail, reply with the word unsubscribe.
""")
