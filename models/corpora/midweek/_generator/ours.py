"""What Alliant Energy itself sent this week (or just before): the mail people answer,
forward, bounce or auto-answer. Only the parts a reply would quote are modelled."""
from core import T, rfc, esc, enc_qp, CRLF, render_headers, Leaf, Multi, crlf

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

FURNACE_SENT = T("2027-10-11 09:02:14")
PREVIEW_SENT = T("2027-10-13 10:30:05")
OUTAGE_SENT = T("2027-10-12 07:30:00")


class Orig:
    def __init__(self, kind, from_name, from_addr, to, date, subject, msgid, text, html, reply_to=None,
                 extra_headers=()):
        self.kind = kind
        self.from_name = from_name
        self.from_addr = from_addr
        self.to = to
        self.date = date
        self.subject = subject
        self.msgid = msgid
        self.text = text
        self.html = html
        self.reply_to = reply_to
        self.extra_headers = list(extra_headers)

    @property
    def from_hdr(self):
        return "%s <%s>" % (self.from_name, self.from_addr)

    def raw(self):
        hdrs = [("From", self.from_hdr), ("To", self.to), ("Subject", self.subject),
                ("Date", rfc(self.date)), ("Message-ID", self.msgid)]
        if self.reply_to:
            hdrs.insert(1, ("Reply-To", self.reply_to))
        hdrs += self.extra_headers
        hdrs += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
                 ("Content-Transfer-Encoding", "quoted-printable")]
        return render_headers(hdrs) + b"\r\n" + enc_qp(self.text)

    def header_block(self):
        hdrs = [("Return-Path", "<%s>" % self.from_addr)] if self.kind == "ack" else []
        hdrs += [("From", self.from_hdr), ("To", self.to), ("Subject", self.subject),
                 ("Date", rfc(self.date)), ("Message-ID", self.msgid)]
        hdrs += self.extra_headers
        return render_headers(hdrs)


def _html_from(text, title):
    body = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("- ") for l in lines):
            body.append("<ul>" + "".join("<li>%s</li>" % esc(l[2:]) for l in lines) + "</ul>")
        else:
            body.append("<p>%s</p>" % "<br>".join(esc(l) for l in lines))
    return ('<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:15px;color:#222">'
            '<tr><td style="background:#00447c;color:#fff;padding:16px;font-size:20px"><b>%s</b></td></tr>'
            '<tr><td style="padding:16px">%s</td></tr></table>' % (esc(title), "".join(body)))


FURNACE_TEXT = """Get your furnace ready before the first cold snap.

Book a tune-up with a participating HVAC contractor by November 30, 2027,
and get $40 off the visit. A yearly tune-up can lower heating costs and
catch small problems before they turn into no-heat calls in January.

Find a contractor and claim your $40: alliantenergy.com/furnacetuneup
Offer code: FALL40

Already scheduled? Show the offer code to your technician.

--
You are receiving this email because you are an Alliant Energy customer.
To opt out of marketing emails, click Unsubscribe or reply to this message
with the word unsubscribe. You will still receive bills, outage alerts and
other service messages.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
"""


def furnace(to_addr, n, to_name=None):
    to = ("%s <%s>" % (to_name, to_addr)) if to_name else to_addr
    return Orig("furnace", "Alliant Energy", CC, to, FURNACE_SENT, "Fall furnace tune-up: $40 off",
                "<AE-FT-2710.%06d.20271011140214@mail.alliant-energy.com>" % n, FURNACE_TEXT,
                _html_from(FURNACE_TEXT, "Fall furnace tune-up: $40 off"),
                extra_headers=[("List-Unsubscribe", "<mailto:%s?subject=unsubscribe%%20AE-FT-2710>" % CC)])


PREVIEW_TEXT = """PowerHouse Catalog - Holiday Preview

Our holiday catalog mails the first week of November, and you get the
first look:
- Heated sherpa throws, from $39.95
- Smart plug 4-pack, $24.99
- LED village lights, 20% off through November 7
- NEW: cast-iron pie iron set with campfire recipes

Shop early at powerhousecatalog.com/holiday. Free shipping on orders of
$50 or more with code PREVIEW27.

--
PowerHouse Catalog, an Alliant Energy company
From time to time we make our customer list available to other carefully
selected catalog companies. If you prefer that we not share your name and
postal address, write to powerhousecatalog@alliant-energy.com. We never
share e-mail addresses.
To unsubscribe from PowerHouse e-mails, reply with the word unsubscribe.
"""


def preview(to_addr, n, to_name=None):
    to = ("%s <%s>" % (to_name, to_addr)) if to_name else to_addr
    return Orig("preview", "PowerHouse Catalog", PH, to, PREVIEW_SENT,
                "Sneak peek: the PowerHouse Holiday Catalog is almost here",
                "<PH-2710.%06d.20271013153005@mail.alliant-energy.com>" % n, PREVIEW_TEXT,
                _html_from(PREVIEW_TEXT, "Holiday Preview"),
                extra_headers=[("List-Unsubscribe", "<mailto:%s?subject=unsubscribe%%20PH-2710>" % PH)])


OUTAGE_TEXT = """Dear customer,

To upgrade equipment in your neighborhood, we need to turn off electric
service on Thursday, October 14, 2027, between 9:00 a.m. and 1:00 p.m.
Affected area: %s and nearby streets, %s.

Please unplug sensitive electronics beforehand and keep refrigerator and
freezer doors closed. If anyone in your home depends on powered medical
equipment, call us today at 1-800-555-0142.

We're sorry for the inconvenience and thank you for your patience.

This is a service message about your account. It is sent even if you
have opted out of marketing messages.
"""


def outage(to_addr, n, street="Maple Ridge Rd", town="Marion, IA", to_name=None):
    to = ("%s <%s>" % (to_name, to_addr)) if to_name else to_addr
    text = OUTAGE_TEXT % (street, town)
    return Orig("outage", "Alliant Energy", "outagenotice@alliantenergy.com", to, OUTAGE_SENT,
                "Planned outage Thursday, October 14 - equipment upgrade in your area",
                "<PO-271014-%04d.%d@notify.alliantenergy.com>" % (n, 40000 + n * 7), text,
                _html_from(text, "Planned power outage"),
                reply_to="Alliant Energy Customer Care <%s>" % CC)


BILL_TEXT = """Your bill is ready to view.

Account ending in %s
Amount due: $%s
Due date: %s

View and pay your bill: alliantenergy.com/mybill

This is a service message. You will receive it even if you have opted
out of marketing.
"""


def bill(to_addr, tail, amount, due, sent, n, to_name=None):
    to = ("%s <%s>" % (to_name, to_addr)) if to_name else to_addr
    text = BILL_TEXT % (tail, amount, due)
    return Orig("bill", "Alliant Energy", "noreply@alliantenergy.com", to, sent,
                "Your Alliant Energy bill is ready",
                "<bill.2710.%08d@notify.alliantenergy.com>" % n, text, _html_from(text, "Your bill is ready"),
                reply_to="Alliant Energy Customer Care <%s>" % CC)


ACK_TEXT = """Thank you for contacting Alliant Energy. We received your message and
gave it the reference number %s.

If you asked us to stop marketing contact, or not to share your name and
address with other companies, we will update our records within 10
business days. If you asked a question, a member of our team will reply.

Please keep the reference number in the subject line if you write back.

Alliant Energy Customer Care
"""


def ack(ref, to_addr, sent, to_name=None):
    to = ("%s <%s>" % (to_name, to_addr)) if to_name else to_addr
    text = ACK_TEXT % ref
    return Orig("ack", "Alliant Energy Customer Care", CC, to, sent,
                "We received your request [%s]" % ref, "<ack.%s@alliant-energy.com>" % ref, text,
                "<p>" + "</p><p>".join(esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</p>",
                extra_headers=[("Auto-Submitted", "auto-replied")])


def trim(o, text, html=None):
    """A copy of our message whose quoted text is only part of it (a reply that kept a few lines)."""
    import copy
    c = copy.copy(o)
    c.text = text
    c.html = html if html is not None else "<p>" + esc(text).replace("\n", "<br>") + "</p>"
    return c
