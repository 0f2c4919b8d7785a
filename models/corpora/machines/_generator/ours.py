"""Alliant Energy's own outgoing mail: promotions, catalog e-mails, the intake
acknowledgement.  Bounces and auto-replies quote or return these."""
from mailkit import (Ctx, Leaf, Multi, message, rfc_date, epoch, plus, D, text_to_html,
                     wrap_html_lines, html_escape, local)

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
OUT_HOST = "mail.alliant-energy.com"
OUT_IP = "198.51.100.25"

CC_FOOTER = """--
You are receiving this e-mail because you are an Alliant Energy customer and
agreed to hear about our programs and offers. To stop promotional e-mail or
postal mail about new products, services, programs and special offers, reply
with "unsubscribe" or write to customercare@alliant-energy.com. We will still
send messages about your account, bills and outages.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""

PH_FOOTER = """--
You are receiving this e-mail because you ordered from or asked for the
PowerHouse Catalog. To stop catalog e-mails, reply with "unsubscribe".
PowerHouse Catalog sometimes shares customer names and postal addresses with
other catalog companies whose products may interest you. We never share
e-mail addresses. If you prefer that we not share your name and address,
write to powerhousecatalog@alliant-energy.com.
PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718"""


class Campaign:
    def __init__(self, key, mailbox, sent, subject, text, token=None):
        self.key, self.mailbox, self.sent, self.subject = key, mailbox, D(sent), subject
        self.text, self.token = text, token

    @property
    def from_addr(self):
        return CC if self.mailbox == "customercare" else PH

    @property
    def from_name(self):
        return "Alliant Energy" if self.mailbox == "customercare" else "PowerHouse Catalog"

    @property
    def list_unsub(self):
        if self.token:
            return "<mailto:%s?subject=Unsubscribe%%20%s>" % (self.from_addr, self.token)
        return "<mailto:%s?subject=unsubscribe>" % self.from_addr

    @property
    def unsub_subject(self):
        return ("Unsubscribe %s" % self.token) if self.token else "unsubscribe"

    def msgid(self, ctx):
        ts = self.sent.strftime("%Y%m%d%H%M%S")
        return "<%s.%s.%s@mail.alliant-energy.com>" % (ts, self.key, ctx.hex(10))

    def body_text(self, first=None):
        greet = ("Hi %s,\n\n" % first) if first else "Hello,\n\n"
        footer = CC_FOOTER if self.mailbox == "customercare" else PH_FOOTER
        return greet + self.text.strip("\n") + "\n\n" + footer + "\n"


CAMPAIGNS = {}


def _c(*a, **k):
    c = Campaign(*a, **k)
    CAMPAIGNS[c.key] = c
    return c


_c("newsjan", "customercare", "2026-01-13 15:00:00", "Energy Matters | January 2026", """
Cold snaps and high bills: five ways to keep the heat in this month.

1. Set the thermostat to 68 when you're home and lower it at night.
2. Close the damper on a fireplace you're not using.
3. Check your furnace filter -- a clogged one works the blower harder.
4. Let the sun in on south-facing windows during the day.
5. Ask about Budget Billing to spread winter costs across the year.

Also in this issue: how our crews restored power after the December ice
storm, and this year's Hometown Care grants.

Read the full newsletter: https://www.alliantenergy.com/energymatters
""")

_c("thermostat", "customercare", "2026-03-10 14:02:11", "Spring into savings: $75 back on a smart thermostat", """
Spring is a good time to let your thermostat do the thinking. Through May 31,
Alliant Energy customers can get $75 back on a qualifying ENERGY STAR
certified smart thermostat -- and most homes save 8% or more on heating and
cooling.

How it works:
  1. Buy a qualifying thermostat from any retailer or the PowerHouse Catalog.
  2. Apply at alliantenergy.com/thermostat within 90 days of purchase.
  3. Your rebate check arrives in 4 to 6 weeks.

Shop thermostats: https://www.alliantenergy.com/thermostat

Questions? Call us at 1-800-555-0175.
""")

_c("audit", "customercare", "2026-04-07 14:30:05", "Book a home energy assessment for $25 -- this month only", """
Drafty rooms? High winter bills? A certified energy advisor will spend about
two hours in your home, check insulation and air leaks, install free LED
bulbs and a water-saving showerhead, and give you a written plan.

Regular price $99 -- in April, just $25 for Alliant Energy customers.

Book your visit: https://www.alliantenergy.com/homeassessment
""")

_c("evcharger", "customercare", "2026-05-05 13:45:40", "Plug in for less: EV charger rebates up to $500", """
Driving electric or thinking about it? Install a qualifying Level 2 home
charger and get up to $500 back, plus a special off-peak rate when you
charge overnight.

  - $500 rebate on ENERGY STAR certified chargers
  - Free home wiring check with a participating electrician
  - Charge after 10 p.m. for about half the regular price

Learn more: https://www.alliantenergy.com/evcharging
""")

_c("fridge", "customercare", "2026-06-09 14:10:22", "Got an old fridge in the garage? We'll haul it away and pay you $50", """
That second refrigerator could be adding $100 a year to your bill. Schedule
a free pickup and we'll haul away a working fridge or freezer, recycle it
responsibly, and send you $50.

Schedule a pickup: https://www.alliantenergy.com/recycle
""")

_c("renewable", "customercare", "2026-08-11 14:00:00", "Second Nature: match your home's electricity with renewable energy", """
For a few dollars a month, Second Nature matches some or all of your
electricity use with wind and solar energy from the Midwest.

Choose 25%, 50% or 100% -- change or cancel any time.

Enroll: https://www.alliantenergy.com/secondnature
""")

_c("newsoct", "customercare", "2026-10-06 14:20:00", "Energy Matters | October 2026", """
In this issue:

  * Heating season checklist: furnace tune-up rebates are back ($50)
  * Scam alert: we will never demand payment by gift card or crypto
  * Meet the linemen of our Cedar Rapids crew
  * Community solar: new gardens near Dubuque and Beloit

Read it online: https://www.alliantenergy.com/energymatters
""")

_c("winter", "customercare", "2026-11-03 15:05:09", "Get winter-ready: insulation rebates up to $1,000", """
Up to 25% of your heat can escape through the attic. Add insulation or seal
air leaks with a participating contractor before December 31 and get up to
$1,000 back.

Find a contractor: https://www.alliantenergy.com/insulation
""")

_c("phfeb", "powerhousecatalog", "2026-02-10 15:00:00",
   "[PH-2602-R8DM3] Winter clearance: up to 40% off heated throws & draft stoppers", """
Still winter out there. Our clearance prices won't last:

  Heated fleece throw ............ $39.99  (was $64.99)
  Door draft stopper, 2-pack ..... $12.99  (was $19.99)
  Window insulation kit .......... $ 9.49  (was $14.99)

Shop clearance: https://www.powerhousecatalog.com/clearance
""", token="PH-2602-R8DM3")

_c("phspring", "powerhousecatalog", "2026-03-17 14:15:00",
   "[PH-2603-7K2QX] The Spring PowerHouse Catalog is here -- LED bulbs from $1.99", """
The Spring PowerHouse Catalog is on its way to your mailbox. Can't wait?
Browse it online now:

  - LED bulbs from $1.99
  - Smart thermostats (with $75 Alliant Energy rebate)
  - Low-flow showerheads, faucet aerators and more

Browse the catalog: https://www.powerhousecatalog.com/spring
""", token="PH-2603-7K2QX")

_c("phplugs", "powerhousecatalog", "2026-04-14 13:30:00",
   "[PH-2604-K7PQ2] Smart plugs & power strips: 20% off this week", """
Stop paying for electronics that are "off". Our advanced power strips cut
standby power automatically, and smart plugs let you schedule lamps,
coffee makers and window units from your phone.

20% off through Sunday with code PLUGIN20.

Shop now: https://www.powerhousecatalog.com/plugs
""", token="PH-2604-K7PQ2")

_c("phshower", "powerhousecatalog", "2026-05-12 14:00:00",
   "[PH-2605-M3RT8] Free shipping on water-saving showerheads", """
A WaterSense showerhead uses up to 20% less water -- and less hot water
means a lower energy bill. This week every showerhead ships free.

Shop showerheads: https://www.powerhousecatalog.com/shower
""", token="PH-2605-M3RT8")

_c("phsummer", "powerhousecatalog", "2026-07-14 14:45:00",
   "[PH-2607-Q9WZ4] Beat the heat: fans, dehumidifiers & blackout shades", """
Keep cool without cranking the AC:

  - ENERGY STAR dehumidifiers from $179
  - Whisper-quiet ceiling fans with LED kits
  - Thermal blackout shades in 12 sizes

Shop summer: https://www.powerhousecatalog.com/summer
""", token="PH-2607-Q9WZ4")

_c("phfall", "powerhousecatalog", "2026-09-15 14:00:00",
   "[PH-2609-B6NJ2] Sneak peek: the Fall PowerHouse Catalog", """
Our Fall catalog mails next week. Here's an early look at what's inside:
smart smoke detectors, heated mattress pads, programmable space heaters
and our best-selling LED holiday lights.

Preview it online: https://www.powerhousecatalog.com/fall
""", token="PH-2609-B6NJ2")

_c("phholiday", "powerhousecatalog", "2026-11-10 15:30:00",
   "[PH-2611-H4XL7] Holiday gift guide: gadgets that pay for themselves", """
Gifts that keep on giving (back): smart plugs, LED light sets, heated
slippers, solar phone chargers and more -- most under $40.

See the gift guide: https://www.powerhousecatalog.com/gifts
""", token="PH-2611-H4XL7")


def promo_html(camp, first=None):
    greet = ("Hi %s," % html_escape(first)) if first else "Hello,"
    body = text_to_html(camp.text, "p")
    footer = (CC_FOOTER if camp.mailbox == "customercare" else PH_FOOTER).replace("--\n", "")
    brand = "Alliant Energy" if camp.mailbox == "customercare" else "PowerHouse Catalog"
    return wrap_html_lines("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;padding:0;background:#f2f4f5">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:18px 24px;background:#00558c;color:#fff;font-size:20px;font-weight:bold">%s</td></tr>
<tr><td style="padding:24px">
<p>%s</p>
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;border-top:1px solid #ddd">%s</td></tr>
</table></td></tr></table>
</body></html>
""" % (html_escape(camp.subject), brand, greet, body, "<br>\n".join(html_escape(l) for l in footer.split("\n"))))


def promo_raw(ctx, camp, to_addr, to_name=None, first=None, dt=None):
    """Our promotion as it left mail.alliant-energy.com."""
    dt = dt or plus(camp.sent, seconds=ctx.num(20, 1800))
    mid = camp.msgid(ctx)
    bnd = "=_ae_%s_alt" % ctx.hex(12)
    to = ('%s <%s>' % (to_name, to_addr)) if to_name else to_addr
    hs = [("Received", "from app03.mktg.alliant-energy.com (app03.mktg.alliant-energy.com [10.40.8.23])\n\tby mail.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (ctx.pf_qid(), to_addr, rfc_date(dt, "CT", abbr=True, pad=" "))),
          ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n\ts=mkt2025; t=%d;\n\tbh=%s;\n\th=From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:\n\t Content-Type;\n\tb=%s"
           % (epoch(dt), ctx.bh(), ctx.dkim_b(3, 64).replace("\n\t ", "\n\t "))),
          ("Date", rfc_date(dt, "CT")),
          ("From", "%s <%s>" % (camp.from_name, camp.from_addr)),
          ("To", to),
          ("Subject", camp.subject),
          ("Message-ID", mid),
          ("List-Unsubscribe", camp.list_unsub),
          ("MIME-Version", "1.0"),
          ("*", None)]
    part = Multi("alternative", [
        Leaf("text/plain", camp.body_text(first), "utf-8", "quoted-printable"),
        Leaf("text/html", promo_html(camp, first), "utf-8", "quoted-printable")], bnd)
    return message(hs, part), mid, dt


# --------------------------------------------------------------------------- acknowledgement

def ack_text(ref, received_on):
    return """Hello,

Thank you for contacting Alliant Energy. This message confirms that we
received your request on %s. Your reference number is %s.

If you asked us to stop sending you promotional e-mail or postal mail about
new products, services, programs or special offers, or asked the PowerHouse
Catalog not to share your name and postal address with other catalog
companies, we will complete your request within 10 business days. Messages
about your account, bills, outages and safety will continue.

If your message included a question, a member of our Customer Care team will
reply to you.

Please keep reference number %s for your records.

Alliant Energy Customer Care
This is an automated message.
""" % (received_on, ref, ref)


def ack_raw(ctx, ref, to_addr, dt, received_on, in_reply_to=None, to_name=None):
    mid = "<ack.%s.%s@alliant-energy.com>" % (ref, ctx.hex(8))
    to = (('"%s" <%s>' if "," in to_name else '%s <%s>') % (to_name, to_addr)) if to_name else to_addr
    hs = [("Received", "from intake01.alliant-energy.com (intake01.alliant-energy.com [10.40.8.41])\n\tby mail.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (ctx.pf_qid(), to_addr, rfc_date(dt, "CT", abbr=True, pad=" "))),
          ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n\ts=cc2025; t=%d;\n\tbh=%s;\n\th=From:To:Subject:Date:Message-ID:In-Reply-To:Auto-Submitted;\n\tb=%s"
           % (epoch(dt), ctx.bh(), ctx.dkim_b(3, 64))),
          ("From", "Alliant Energy Customer Care <%s>" % CC),
          ("To", to),
          ("Subject", "We received your request [%s]" % ref),
          ("Date", rfc_date(dt, "CT")),
          ("Message-ID", mid)]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += [("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("*", None)]
    return message(hs, Leaf("text/plain", ack_text(ref, received_on), "utf-8", "7bit")), mid, dt
