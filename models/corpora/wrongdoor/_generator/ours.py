"""Alliant's own outgoing mail that appears quoted, forwarded, bounced or auto-answered in this set,
and the quoting styles of the mail programs."""
from lib import when, DOW, MON, DOW_LONG, MON_LONG

CC_ADDR = "customercare@alliant-energy.com"
PH_ADDR = "powerhousecatalog@alliant-energy.com"

THERMO = dict(
    name="Alliant Energy", addr=CC_ADDR, date=when("2027-04-27 10:00:04"),
    subject="Beat the heat: $75 back on a smart thermostat", token="AE-PR-2704",
    text="""Summer's coming. Get ready with a smart thermostat.

Through June 30, Alliant Energy customers get $75 back on qualifying
ENERGY STAR smart thermostats, installed by you or by a contractor.

Shop eligible models: https://www.alliantenergy.com/thermostat
Offer code: AE-PR-2704

Questions? Call 1-800-555-0110.

----
You are receiving this email because you are an Alliant Energy customer.
To opt out of marketing emails, unsubscribe here
<https://www.alliantenergy.com/unsubscribe?c=AE-PR-2704> or reply with the
word unsubscribe. Service messages about your account are not affected.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""")

CATALOG = dict(
    name="PowerHouse Catalog", addr=PH_ADDR, date=when("2027-05-04 09:00:02"),
    subject="Summer Catalog Preview: porch, patio & power savings", token="PH-2705",
    text="""Your summer PowerHouse Catalog is on its way!

A sneak peek at what's inside:
  * Solar path lights, 8-pack
  * Smart plug 4-pack with energy monitoring
  * The cast-iron fire pit you asked us to bring back
  * Rain barrels and drip-irrigation kits

Take 15% off your first summer order with code PH-2705.
Shop now: https://powerhouse.alliantenergy.com/summer

----
PowerHouse Catalog is offered by Alliant Energy. From time to time we share
our customer list with other carefully selected catalog companies. If you
prefer that we not share your name, write to
powerhousecatalog@alliant-energy.com. We never share your email address.
To unsubscribe from PowerHouse emails, reply with the word unsubscribe.
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718""")

NEWSLETTER = dict(
    name="Alliant Energy", addr=CC_ADDR, date=when("2027-05-11 07:30:01"),
    subject="Your May Home Comfort Tips", token="AE-NL-2705",
    text="""Your May Home Comfort Tips

1. Flip your ceiling fans to spin counterclockwise for summer.
2. Rinse the outdoor AC coil with a garden hose before the first hot week.
3. Close blinds on south and west windows in the afternoon.

This month's community spotlight: volunteers from our Cedar Rapids office
planted 200 trees along the Cedar River trail.

----
Manage your preferences or unsubscribe:
https://www.alliantenergy.com/preferences?c=AE-NL-2705
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""")

ASSESS = dict(
    name="Alliant Energy", addr=CC_ADDR, date=when("2027-05-18 10:00:03"),
    subject="Free Home Energy Assessment: book by June 30", token="AE-PR-2705",
    text="""Find out where your home is losing energy, free.

Book a Home Energy Assessment by June 30 and one of our energy advisors
will walk through your home, check insulation and air leaks, and leave you
a personalized list of improvements and rebates. Offer code AE-PR-2705.

Book online: https://www.alliantenergy.com/assessment

----
Unsubscribe / opt out of marketing emails:
https://www.alliantenergy.com/unsubscribe?c=AE-PR-2705
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718""")


def bill(date, last4, amount, due):
    return dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com", date=date,
        subject="Your Alliant Energy bill is ready", token=None,
        text=f"""Your Alliant Energy bill is ready.

Account ending in {last4}
Amount due: ${amount}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/mybill

This is a service message about your account. You receive it even if you
have opted out of marketing emails.""")


def ack(date, ref):
    return dict(
        name="Alliant Energy Customer Care", addr=CC_ADDR, date=date,
        subject=f"We received your request [{ref}]", token=ref,
        msgid=f"<ack.{ref}@alliant-energy.com>",
        text=f"""Thank you for contacting Alliant Energy.

We have received your message and recorded it under reference
{ref}.

If you asked us to stop marketing contact, or not to share your name with
other catalog companies, your request will take effect within 10 business
days. If your message needs an answer, a member of our Customer Care team
will reply to you.

This is an automatic message. Please keep the reference number for your
records.

Alliant Energy Customer Care""")


def _h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def _gwrap(s, width=76):
    """Gmail wraps the attribution line in its text/plain part."""
    if len(s) <= width:
        return s
    cut = s.rfind(" ", 0, width)
    return s[:cut] + "\n" + s[cut + 1:] if cut > 0 else s


def quote(style, o, to="", subject=None):
    """Return spec keys (quote, quote_html, quote_attr, quote_kind) quoting our message o."""
    d = o["date"]
    h, ap = _h12(d)
    subject = subject or o["subject"]
    lines = o["text"].split("\n")
    who = f"{o['name']} <{o['addr']}>"
    if style == "gmail":
        attr = f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap} {who} wrote:"
        q = _gwrap(attr) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines)
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    if style == "gmail_fwd":
        attr = (f"---------- Forwarded message ---------<br>From: <strong class=\"gmail_sendername\" dir=\"auto\">{o['name']}</strong> "
                f"<span dir=\"auto\">&lt;{o['addr']}&gt;</span><br>Date: {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap}"
                f"<br>Subject: {subject}<br>To: &lt;{to}&gt;<br>")
        q = (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap}\n"
             f"Subject: {subject}\nTo: <{to}>\n\n\n" + o["text"])
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="fwd")
    if style == "iphone":
        attr = f"On {MON[d.month - 1]} {d.day}, {d.year}, at {h}:{d.minute:02d}\u202f{ap}, {who} wrote:"
        q = "> " + attr + "\n> \n" + "\n".join(("> " + l) if l else "> " for l in lines)
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    if style == "apple":
        attr = f"On {MON[d.month - 1]} {d.day}, {d.year}, at {h}:{d.minute:02d}\u202f{ap}, {who} wrote:"
        q = "\n" + "> " + attr + "\n> \n" + "\n".join(("> " + l) if l else "> " for l in lines)
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    if style == "apple_fwd":
        attr = "Begin forwarded message:"
        q = (f"\nBegin forwarded message:\n\nFrom: {who}\nSubject: {subject}\n"
             f"Date: {MON_LONG[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d}:{d.second:02d}\u202f{ap} CDT\nTo: {to}\n\n" + o["text"])
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="fwd")
    if style == "yahoo":
        attr = (f"On {DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} at {h:02d}:{d.minute:02d}:{d.second:02d} {ap} CDT, "
                f"{who} wrote:")
        q = attr + "\n\n\n" + o["text"]
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    if style in ("outlook", "outlook_fw"):
        q = ("________________________________\n" if style == "outlook" else "") + (
            f"From: {who}\nSent: {DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {ap}\n"
            f"To: {to}\nSubject: {subject}\n\n" + o["text"])
        return dict(quote=q, quote_html=None, quote_attr=None, quote_kind="reply" if style == "outlook" else "fwd")
    if style == "ox":
        attr = f"On {d.month:02d}/{d.day:02d}/{d.year} {h}:{d.minute:02d} {ap} CDT {who} wrote:"
        q = "> " + attr + "\n> \n> \n" + "\n".join(("> " + l) if l else "> " for l in lines)
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    if style == "samsung":
        q = (f"\n\n-------- Original message --------\nFrom: {who} \nDate: {d.month}/{d.day}/{d.year % 100} {h}:{d.minute:02d} {ap} (GMT-06:00) \n"
             f"To: {to} \nSubject: {subject} \n\n" + o["text"])
        return dict(quote=q, quote_html=q.strip("\n"), quote_attr=None, quote_kind="reply")
    if style == "thunderbird":
        attr = f"On {d.month}/{d.day}/{d.year % 100} {h}:{d.minute:02d} {ap}, {o['name']} wrote:"
        q = attr + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
        return dict(quote=q, quote_html=o["text"], quote_attr=attr, quote_kind="reply")
    raise ValueError(style)
