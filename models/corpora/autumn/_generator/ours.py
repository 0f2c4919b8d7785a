"""Our own autumn 2026 mail, as customers quote it under their replies (our wording)."""
import datetime as dt

CDT = dt.timezone(dt.timedelta(hours=-5))


def _d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CDT)


PH_FOOT = ("PowerHouse Catalog is part of the Alliant Energy family of companies. From time to time we exchange\n"
           "customer names and postal addresses with other catalog companies whose products we think you may\n"
           "enjoy. If you would rather we left your name out, write to powerhousecatalog@alliant-energy.com.\n"
           "To stop these e-mails, reply with \"unsubscribe\".")
CC_FOOT = ("You are receiving this because you are an Alliant Energy customer. To stop promotional e-mail and\n"
           "postal mail from us, reply to this message or write to customercare@alliant-energy.com.  \n"
           "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")

OURS = {
    "fallcat": dict(
        name="PowerHouse Catalog", addr="deals@catalog.alliant-energy.com", dt=_d("2026-09-15 08:30"),
        mid="<20260915083000.fallcat26.b41c7e0d93@mail.alliant-energy.com>", promo=True,
        subj="Your Fall Catalog is on its way: cozy savings inside",
        body=("The leaves are turning and the new PowerHouse Fall Catalog is in the mail. Inside: heated mattress\n"
              "pads with auto shut-off, plug-in draft blockers, LED lanterns for the early dark, and a smart\n"
              "thermostat bundle at our lowest price of the year.\n\n"
              "Can't wait for the paper copy? Browse the whole catalog online: powerhousecatalog.com/fall\n"
              "Free shipping on orders of $49 or more through October 31.\n\n" + PH_FOOT)),
    "furnace": dict(
        name="Alliant Energy", addr="offers@email.alliant-energy.com", dt=_d("2026-09-22 10:05"),
        mid="<20260922100500.tuneup26.3fa90c17e2@mail.alliant-energy.com>", promo=True,
        subj="Get ahead of the cold: $50 back on a furnace tune-up",
        body=("A tuned-up furnace runs safer and uses less gas. Book a tune-up with a participating contractor\n"
              "between September 22 and November 15 and we'll send you a $50 rebate.\n\n"
              "Find a contractor and claim your rebate: alliantenergy.com/tuneup\n\n" + CC_FOOT)),
    "newsletter": dict(
        name="Alliant Energy Home Matters", addr="homematters@news.alliant-energy.com", dt=_d("2026-10-06 07:00"),
        mid="<20261006070000.homematters-oct.9d02ab61f4@mail.alliant-energy.com>", promo=True,
        subj="Home Matters, October: help with heating bills, and more",
        body=("HELP WITH WINTER BILLS\n"
              "Energy assistance applications are open. Households that qualify can get help paying heating\n"
              "bills this winter. Learn more at alliantenergy.com/assistance.\n\n"
              "FREE WEATHERIZATION FOR QUALIFYING HOMES\n"
              "Insulation, sealing and a furnace safety check at no cost through our partner agencies.\n\n"
              "SPREAD YOUR PAYMENTS\n"
              "Budget Billing evens out your bill across the year. Sign up in My Account.\n\n"
              "FROM POWERHOUSE CATALOG\n"
              "20% off weatherstripping and door sweeps this month.\n\n" + CC_FOOT)),
    "ratechange": dict(
        name="Alliant Energy", addr="billing@notify.alliant-energy.com", dt=_d("2026-09-08 13:15"),
        mid="<20260908131500.ratenotice.c2e71d45a0@notify.alliant-energy.com>", promo=False,
        subj="Important notice about your electric and natural gas rates",
        body=("We have asked the state utilities board to approve new electric and natural gas rates. If\n"
              "approved, the change would take effect on January 1, 2027. For a typical residential customer\n"
              "the monthly bill would rise by about $6.40.\n\n"
              "A public comment hearing is scheduled for October 20. Details, and how to comment:\n"
              "alliantenergy.com/rates\n\n"
              "This is a required notice about your service. It is sent to all customers.")),
    "ack_ph": dict(
        name="PowerHouse Catalog Customer Care", addr="powerhousecatalog@alliant-energy.com", dt=_d("2026-09-29 11:42"),
        mid="<ack.PH-260929-0188@alliant-energy.com>", promo=False,
        subj="We received your message [PH-260929-0188]",
        body=("Hello,\n\nThanks for writing to PowerHouse Catalog. We have logged your message as PH-260929-0188.\n"
              "Requests to stop catalogs or e-mail, or to keep your name out of list exchanges, are recorded\n"
              "within 10 business days. A catalog that is already printed may still reach you.\n\n"
              "PowerHouse Catalog Customer Care")),
    "ack_cc": dict(
        name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com", dt=_d("2026-10-13 15:20"),
        mid="<ack.CC-261013-0731@alliant-energy.com>", promo=False,
        subj="Re: your request [CC-261013-0731]",
        body=("Hello,\n\nWe received your message and logged it as CC-261013-0731. If you asked us to stop\n"
              "promotional mail or e-mail, or not to share your information, your record will be updated within\n"
              "10 business days. For billing or service questions, a member of our team will reply.\n\n"
              "Alliant Energy Customer Care")),
}
