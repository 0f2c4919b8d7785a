"""Our own outgoing mail of January 2027, which people answer, forward, bounce or auto-answer.

Each function returns a dict: from_name, from_addr, to_addr, date, subject, text, msgid (and kind, token).
"""
from mimelib import jan, rhex

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def _mid(prefix, d, host="mailer.alliant-energy.com"):
    return f"<{prefix}.{d.strftime('%Y%m%d%H%M%S')}.{rhex(10)}@{host}>"


def welcome(first, to_addr, d, acct, svc_addr, start, services="electric and natural gas"):
    text = (f"Hi {first},\n\n"
            f"Welcome to Alliant Energy! Your {services} service at {svc_addr} started on {start}.\n\n"
            f"Your account number: {acct}\n"
            "Account numbers now have 12 digits. If older paperwork shows a 10-digit number, please use the new one.\n\n"
            "What happens next\n"
            "- Your first bill arrives in about 30 days. If a security deposit applies to your account, you'll see it there.\n"
            "- Sign up for Autopay, Paperless Billing or Budget Billing at alliantenergy.com/myaccount.\n"
            "- Save our outage line: 1-800-555-0199.\n\n"
            "Questions? Just reply to this e-mail.\n\n"
            "Alliant Energy Customer Care\n\n"
            "This is a service message about your account. You will receive service messages even if you have "
            "opted out of marketing.\n" + HQ)
    return dict(kind="WELCOME", from_name="Alliant Energy", from_addr=CC, to_addr=to_addr, date=d,
                subject=f"Welcome to Alliant Energy, {first}! Your service is set up", text=text,
                msgid=_mid("welcome", d))


def paperless(first, to_addr, d):
    text = (f"Hi {first},\n\n"
            "Thanks for choosing Paperless Billing. Starting with your next statement, we'll e-mail you when your "
            "bill is ready instead of mailing a paper copy.\n\n"
            "Didn't ask for this? Reply to this message and we'll switch you back to paper.\n\n"
            "Alliant Energy\n\n"
            "This is a service message about your account.\n" + HQ)
    return dict(kind="PAPERLESS", from_name="Alliant Energy", from_addr=CC, to_addr=to_addr, date=d,
                subject="You're enrolled in Paperless Billing", text=text, msgid=_mid("ebill", d))


def order(first, to_addr, d, number, item, price, ship_to):
    text = (f"Thanks for your first order, {first}!\n\n"
            f"Order {number}, placed {d.strftime('%B')} {d.day}, {d.year}\n"
            f"{item}    ${price}\n"
            f"Ships to: {ship_to}\n\n"
            "We'll e-mail you again when it ships.\n\n"
            "PowerHouse Catalog, an Alliant Energy company\n\n"
            "Privacy: We never share your e-mail address. From time to time we make our customers' names and postal "
            "addresses available to carefully selected catalog companies. If you'd rather we didn't share yours, "
            "write to powerhousecatalog@alliant-energy.com.")
    return dict(kind="ORDER", from_name="PowerHouse Catalog", from_addr=PH, to_addr=to_addr, date=d,
                subject=f"Thanks for your first order, {first}! (Order {number})", text=text,
                msgid=_mid("order", d, "shop.powerhousecatalog.com"))


PROMO1_DATE = jan(12, "10:00", 12)
PROMO2_DATE = jan(14, "08:30", 12)
PROMO3_DATE = jan(21, "09:15", 40)
PROMO4_DATE = jan(26, "08:30", 5)


def promo1(to_addr):
    text = ("Welcome home!\n\n"
            "Settling into a new place? The PowerHouse Catalog has what you need for an efficient first winter: "
            "LED bulbs, smart thermostats, door sweeps, heated mattress pads and more.\n\n"
            "Take 20% off your first order with code NEWHOME27 through January 31.\n"
            "Shop now: powerhousecatalog.com/new\n\n"
            "You're receiving this e-mail because you recently started service with Alliant Energy. To unsubscribe, "
            "reply with the word unsubscribe or visit powerhousecatalog.com/prefs.\n"
            "PowerHouse Catalog occasionally shares its customer list (names and postal addresses, never e-mail "
            "addresses) with other catalog companies. To ask us not to share your name, write to "
            "powerhousecatalog@alliant-energy.com.\n"
            "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718")
    return dict(kind="PROMO", token="PH-2701-NEW", from_name="PowerHouse Catalog", from_addr=PH, to_addr=to_addr,
                date=PROMO1_DATE, subject="New to the neighborhood? 20% off your first PowerHouse order [PH-2701-NEW]",
                text=text, msgid="<PH-2701-NEW.20270112160012.7731@news.alliant-energy.com>",
                unsub=f"<mailto:{PH}?subject=unsubscribe>, <https://powerhousecatalog.com/prefs?c=PH-2701-NEW>")


def promo2(to_addr):
    text = ("Your first Home Comfort newsletter\n\n"
            "Welcome to the neighborhood! Three things to do in your first month:\n"
            "1. Set a thermostat schedule. Every degree you lower it at night saves up to 3% on heating.\n"
            "2. Check the furnace filter. The previous owner may not have.\n"
            "3. Book a free Home Energy Assessment. Interested? Reply YES and we'll send details next week.\n\n"
            "Plus: how Budget Billing evens out winter bills, and where to find your meter.\n"
            "Read more: alliantenergy.com/settlingin\n\n"
            "You are receiving this newsletter as an Alliant Energy customer. Manage your preferences or unsubscribe "
            "at alliantenergy.com/preferences, or reply with the word unsubscribe.\n" + HQ)
    return dict(kind="PROMO", token="AE-NL-2701-W", from_name="Alliant Energy", from_addr=CC, to_addr=to_addr,
                date=PROMO2_DATE, subject="Settling in: your first Home Comfort newsletter (AE-NL-2701-W)",
                text=text, msgid="<AE-NL-2701-W.20270114143012.1190@news.alliant-energy.com>",
                unsub=f"<mailto:{CC}?subject=unsubscribe>, <https://alliantenergy.com/preferences?c=AE-NL-2701-W>")


def promo3(to_addr):
    text = ("New homeowner? Get a free Home Energy Assessment + $50 back\n\n"
            "An energy advisor will visit your new home, check insulation, air leaks and your furnace, and leave "
            "you a personal savings plan. Book by February 28 and get a $50 bill credit.\n\n"
            "Book now: alliantenergy.com/assessment or reply to this e-mail.\n\n"
            "Don't want offers like this? Unsubscribe / opt out at alliantenergy.com/preferences.\n" + HQ)
    return dict(kind="PROMO", token="AE-2701-HEA", from_name="Alliant Energy", from_addr=CC, to_addr=to_addr,
                date=PROMO3_DATE, subject="New homeowner? Get a free Home Energy Assessment + $50 back",
                text=text, msgid="<AE-2701-HEA.20270121151540.5528@news.alliant-energy.com>",
                unsub=f"<mailto:{CC}?subject=unsubscribe>, <https://alliantenergy.com/preferences?c=AE-2701-HEA>")


def promo4(to_addr):
    text = ("Winter Clearance: up to 40% off\n\n"
            "Heated throws, weatherstripping kits, smart plugs and LED string lights, while they last.\n"
            "Shop the clearance: powerhousecatalog.com/clearance\n\n"
            "To unsubscribe from PowerHouse e-mails, reply with the word unsubscribe. PowerHouse Catalog may share "
            "names and postal addresses with other catalog companies; to ask us not to share yours, write to "
            "powerhousecatalog@alliant-energy.com.\n"
            "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718")
    return dict(kind="PROMO", token="PH-2701-WCL", from_name="PowerHouse Catalog", from_addr=PH, to_addr=to_addr,
                date=PROMO4_DATE, subject="Winter Clearance: up to 40% off at PowerHouse [PH-2701-WCL]",
                text=text, msgid="<PH-2701-WCL.20270126143005.3307@news.alliant-energy.com>",
                unsub=f"<mailto:{PH}?subject=unsubscribe&body=unsubscribe%20PH-2701-WCL>")


def ack(ref, to_addr, d, received, lines):
    text = ("Hello,\n\n"
            f"Thank you for contacting Alliant Energy. We received your message on {received} and recorded the "
            "following request:\n\n" + "\n".join(f"  - {l}" for l in lines) + "\n\n"
            "Please allow up to 10 business days for mailings already in progress to stop. Service messages such as "
            "bills and outage alerts will continue. If you also want the PowerHouse Catalog not to share your name "
            "with other catalog companies, write to powerhousecatalog@alliant-energy.com.\n\n"
            f"Reference: {ref}\n\n"
            "Alliant Energy Customer Care\n"
            "This is an automated acknowledgement.")
    return dict(kind="ACK", from_name="Alliant Energy Customer Care", from_addr=CC, to_addr=to_addr, date=d,
                subject=f"We received your request [{ref}]", text=text, msgid=f"<ack.{ref}@alliant-energy.com>")


def staff_deposit(to_addr, d, orig_msgid):
    text = ("Hello Tamika,\n\n"
            "Thank you for writing. Yes: we can waive the deposit if you send us a letter of credit from your "
            "previous utility showing at least 12 months of on-time payments. Ask Xcel Energy for a \"letter of "
            "credit\" or \"payment history letter\" and reply to this e-mail with it attached, or upload it at "
            "alliantenergy.com/myaccount under Documents. If it arrives before your first bill is issued, the "
            "deposit will not be billed.\n\n"
            "Renee M.\nAlliant Energy Customer Care")
    return dict(kind="STAFF", from_name="Alliant Energy Customer Care", from_addr=CC, to_addr=to_addr, date=d,
                subject="RE: Deposit on new account", text=text,
                msgid=f"<staff.{d.strftime('%Y%m%d%H%M%S')}.{rhex(6)}@alliant-energy.com>", refs=[orig_msgid])


def first_bill(to_addr, d):
    text = ("Your first Alliant Energy bill is ready\n\n"
            "Account ending in 0983\n"
            "Amount due: $318.46\n"
            "Due date: February 9, 2027\n\n"
            "This bill includes:\n"
            "  Electric service 12/21 - 01/15      $61.12\n"
            "  Natural gas service 12/21 - 01/15   $17.34\n"
            "  Service Connection Charge           $15.00\n"
            "  Security deposit                   $225.00\n\n"
            "View and pay your bill at alliantenergy.com/myaccount.\n\n"
            "This is a service message. You receive it even if you have opted out of marketing.\n"
            "Please do not reply to this e-mail; this mailbox is not monitored.")
    return dict(kind="BILL", from_name="Alliant Energy", from_addr="noreply@alliantenergy.com", to_addr=to_addr,
                date=d, subject="Your first Alliant Energy bill is ready", text=text,
                msgid=f"<bill.{d.strftime('%Y%m%d%H%M%S')}.{rhex(8)}@notify.alliantenergy.com>")
