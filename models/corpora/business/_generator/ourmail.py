"""Alliant Energy's own outgoing mail that senders reply to, quote or forward."""
from mailkit import parse_date

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

OUR = {}


def _m(key, display, address, date, subject, msgid, text):
    OUR[key] = dict(display=display, address=address, date=parse_date(date),
                    subject=subject, msgid=msgid, text=text.strip("\n"))


_m("P_FARM", "Alliant Energy", CC, "2026-02-17 07:15:02 -0600",
   "Free on-farm energy assessment \u2013 spring sign-ups open [AE-2602-FRM2]",
   "<20260217071502.farmassess.7d21c0e94b@mail.alliant-energy.com>",
   """
Get ready for planting season with a free on-farm energy assessment.

An Alliant Energy agricultural specialist will walk your grain drying, livestock
ventilation, lighting and irrigation equipment with you and send a written report
with estimated savings and the rebates that apply.

  * No cost for farms with an Alliant Energy electric account
  * Spring appointments fill fast - sign up by March 31
  * Rebates up to 50% on qualifying fans, VFDs and LED barn lighting

Schedule today: https://www.alliantenergy.com/farmassessment

--
You are receiving this e-mail because you have an Alliant Energy agricultural account.
To stop receiving promotional e-mails about new products, services, programs and special
offers, reply with the word unsubscribe or write to customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""")

_m("P_PH_SPRING", "PowerHouse Catalog", PH, "2026-03-24 09:05:11 -0500",
   "Spring Clearance: 30% off LED fixtures & smart plugs [PH-2603-7K2QX]",
   "<20260324090511.springclear.8f3a2c91d0@mail.alliant-energy.com>",
   """
SPRING CLEARANCE - THIS WEEK ONLY

30% off LED ceiling fixtures, under-cabinet lights and smart plugs.
Free shipping on orders over $49.

Shop now: https://www.powerhousecatalog.com/clearance

--
PowerHouse Catalog is an Alliant Energy company.
From time to time we share the names and postal addresses of our customers with other
catalog companies whose products may interest you. We never share e-mail addresses.
If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with "unsubscribe".
""")

_m("P_BIZ_NEWS", "Alliant Energy", CC, "2026-04-14 09:30:00 -0500",
   "Business Energy Insights \u2013 April 2026",
   "<20260414093000.bizinsights.a17c55e0b4@mail.alliant-energy.com>",
   """
BUSINESS ENERGY INSIGHTS | APRIL 2026

Demand charges, explained
Your bill's demand charge is set by your highest 15-minute usage in the month.
Staggering equipment start-ups can cut it noticeably.

Custom rebates for compressed air
Leak surveys and VFD compressors can qualify for custom incentives.
Talk to your business energy advisor.

Lighting retrofits: deadline June 30
Prescriptive lighting rebates for commercial customers end June 30, 2026.

--
You're receiving Business Energy Insights because your business has an Alliant Energy
account. Manage your preferences or unsubscribe: https://www.alliantenergy.com/preferences
or write to customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""")

_m("P_PH_SUMMER", "PowerHouse Catalog", PH, "2026-05-05 08:00:04 -0500",
   "Your PowerHouse Summer Catalog is on its way [PH-2605-R8TLM]",
   "<20260505080004.summercat.41be90c7a2@mail.alliant-energy.com>",
   """
The Summer 2026 PowerHouse Catalog is in the mail!

Inside: ceiling fans, smart thermostats, outdoor LED lighting and our new
line of portable power stations. Browse it online today:
https://www.powerhousecatalog.com/summer

--
PowerHouse Catalog is an Alliant Energy company.
We sometimes share customer names and postal addresses with other catalog companies.
We never share e-mail addresses. If you would rather we not share your name, write to
powerhousecatalog@alliant-energy.com. To unsubscribe from these e-mails, reply "unsubscribe".
""")

_m("P_LIGHTING", "Alliant Energy", CC, "2026-06-02 10:05:33 -0500",
   "Last call: commercial lighting retrofit rebates end June 30 [AE-2606-LT7N]",
   "<20260602100533.lightingrebate.c04e7b1f99@mail.alliant-energy.com>",
   """
LAST CALL FOR LIGHTING REBATES

Prescriptive rebates for commercial LED retrofits end June 30, 2026.
Up to $40 per fixture for troffers, high-bays and exterior lighting.

Start your application: https://www.alliantenergy.com/business/lighting

--
To opt out of promotional e-mails about new products, services, programs and special
offers, reply with the word unsubscribe or write to customercare@alliant-energy.com.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718
""")

_m("S_BILL", "Alliant Energy", "noreply@alliantenergy.com", "2026-05-04 06:12:40 -0500",
   "Your Alliant Energy bill is ready",
   "<bill.20260504.9a7e1c33d0f2@notify.alliantenergy.com>",
   """
Your bill is ready to view.

Account ending in: 0417
Amount due: $2,318.64
Due date: May 22, 2026

View and pay: https://www.alliantenergy.com/myaccount

This is a service message about your account. You'll receive messages like this one even
if you have opted out of marketing. Questions? Reply to this e-mail or call 1-800-255-4268.
""")

_m("S_AUTOPAY", "Alliant Energy", "alerts@alliantenergy.com", "2026-03-05 07:40:18 -0600",
   "Action needed: your AutoPay payment didn't go through",
   "<autopay.20260305.5c2d8e10a6b4@notify.alliantenergy.com>",
   """
We couldn't process your AutoPay payment.

Account ending in: 2291
Amount: $412.07
Reason: bank declined (R01 - insufficient funds)

Please make a payment by March 12 to avoid a late fee:
https://www.alliantenergy.com/myaccount

This is a service message. It is sent even if you have opted out of marketing.
""")

ACK_TEXT = """
Thank you for contacting Alliant Energy.

We received your message and recorded your request under reference number {ref}.

If you asked us to stop promotional contact (new products, services, programs and special
offers by postal mail or e-mail), we will update your preferences within 10 business days.
If you asked the PowerHouse Catalog not to share your name and postal address with other
catalog companies, we will add you to our do-not-share list within 10 business days.
If your message needs a personal answer, a member of our team will reply.

Please keep the reference number {ref} for your records.

Alliant Energy Customer Care
"""


def ack(key, ref, date, msghex):
    _m(key, "Alliant Energy Customer Care", CC, date,
       f"We received your request [{ref}]",
       f"<ack.{ref}.{msghex}@alliant-energy.com>",
       ACK_TEXT.format(ref=ref))


ack("ACK_GIESLER", "CC-2026-04-03118", "2026-04-21 16:02:55 -0500", "5d0e2b1a")
ack("ACK_OKAFOR", "CC-2026-03-02291", "2026-03-12 10:43:09 -0500", "91c3aa07")
ack("ACK_FELD", "CC-2026-04-03342", "2026-04-28 13:20:41 -0500", "e40b7c52")
ack("ACK_BAUER", "CC-2026-05-04120", "2026-05-19 15:47:30 -0500", "27fd9e61")
