"""Our own outgoing mail (as quoted, forwarded, bounced or auto-answered inside this set)."""
from lib import local_to_utc, rhex, ralnum

CC = "customercare@alliant-energy.com"
PHC = "powerhousecatalog@alliant-energy.com"
NOREPLY = "noreply@alliantenergy.com"

OURS = {
    "solar": dict(
        name="Alliant Energy", addr=CC, subject="Is community solar right for you?",
        when="2024-09-17 10:00", token="AE-NL-2409", host="news.alliant-energy.com",
        text="""Is community solar right for you?

You don't need panels on your own roof to be part of solar power in
your community. A Community Solar subscription lets you buy into a
shared solar garden and get a credit on your monthly bill.

* No installation, no equipment on your home
* Works for renters and homeowners
* Cancel any time

See if a garden is open near you:
https://www.alliant-energy.com/communitysolar

Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
Opt out of marketing emails: https://www.alliant-energy.com/preferences"""),
    "thermo": dict(
        name="Alliant Energy", addr=CC, subject="Fall savings: $50 back on a smart thermostat",
        when="2024-10-15 09:30", token="AE-NL-2410", host="news.alliant-energy.com",
        text="""Fall savings: $50 back on a smart thermostat

Heating season is here. Install a qualifying smart thermostat by
December 31 and get a $50 rebate on your Alliant Energy bill.

Find qualifying models and the rebate form:
https://www.alliant-energy.com/thermostat

To opt out of future marketing emails, unsubscribe here or reply
with the word unsubscribe.
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"""),
    "holiday": dict(
        name="PowerHouse Catalog", addr=PHC, subject="Holiday Preview: gifts that keep the lights on",
        when="2024-11-12 08:00", token="PH-2411", host="news.alliant-energy.com",
        text="""HOLIDAY PREVIEW from the PowerHouse Catalog

Heated throws, LED candle sets, battery lanterns and our best-selling
electric kettle are back for the season. Order by December 13 for
delivery before Christmas.

Shop the preview: https://powerhouse.alliant-energy.com/holiday

The PowerHouse Catalog sometimes shares its customer list with other
catalog companies. If you prefer that we not share your name, write
to powerhousecatalog@alliant-energy.com. We never share e-mail
addresses.
To unsubscribe from these e-mails, click here."""),
    "news": dict(
        name="PowerHouse from Alliant Energy", addr=CC,
        subject="Your December Home Comfort Tips from PowerHouse",
        when="2024-12-03 07:00", token="AE-NL-2412", host="news.alliant-energy.com",
        text="""Your December Home Comfort Tips

1. Seal drafty windows with a plastic window kit.
2. Turn your water heater down to 120 degrees.
3. Open south-facing curtains on sunny days, close them at night.
4. Change your furnace filter every month during heating season.

Questions? Call 1-800-555-0187.

You are receiving this newsletter because you are an Alliant Energy
customer. Manage your preferences or unsubscribe:
https://www.alliant-energy.com/preferences"""),
    "assess": dict(
        name="Alliant Energy", addr=CC, subject="Free Home Energy Assessment",
        when="2025-01-14 10:15", token="AE-NL-2501", host="news.alliant-energy.com",
        text="""Free Home Energy Assessment

Cold floors? High winter bills? Schedule a free home energy
assessment. One of our energy advisors will walk through your home,
check insulation and air leaks, and leave you free LED bulbs and
weather stripping.

Book your visit: https://www.alliant-energy.com/assessment

Unsubscribe / opt out: https://www.alliant-energy.com/preferences
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718"""),
}


def bill(when, acct_tail, amount, due):
    return dict(name="Alliant Energy", addr=NOREPLY, subject="Your Alliant Energy bill is ready",
                when=when, token=None, host="alliantenergy.com",
                text="""Your bill is ready

Account ending in %s
Amount due: $%s
Due date: %s

View and pay your bill: https://www.alliant-energy.com/mybill

This is a service message about your account. You receive it even
if you have opted out of marketing.
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718""" % (acct_tail, amount, due))


def ack(when, ref):
    return dict(name="Alliant Energy Customer Care", addr=CC,
                subject="We received your request [%s]" % ref, when=when, token=None, host=None, ref=ref,
                text="""Thank you for writing to Alliant Energy.

We received your message and opened request %s.

If you asked us to stop marketing contact or not to share your name
with other catalog companies, we will update our records within 10
business days. If your message needs an answer, a member of our team
will reply.

Alliant Energy Customer Care""" % ref)


def resolve(ref):
    """ref is a key of OURS or an already built dict (bill/ack)."""
    return dict(OURS[ref]) if isinstance(ref, str) else dict(ref)


def our_message_id(our, rng):
    if our.get("ref"):
        return "<ack.%s@alliant-energy.com>" % our["ref"]
    if our["addr"] == NOREPLY:
        return "<bill.%s.%s@alliantenergy.com>" % (rhex(rng, 16), our["when"][:7].replace("-", ""))
    d = our["when"].replace("-", "").replace(" ", "").replace(":", "")
    return "<%s00.%s.%s@%s>" % (d, rhex(rng, 10), our["token"], our["host"])


def our_when_utc(our):
    return local_to_utc(our["when"], "central")


def unsub_subject(our, rng):
    return "unsubscribe %s-%s" % (our["token"], ralnum(rng, 5, "0123456789"))
