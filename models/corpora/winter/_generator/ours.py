"""Our own outgoing mail of the winter 2026-27 season: what people reply to, forward, bounce or auto-answer."""

import datetime as _dt

from mailkit import CST, esc

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def d(y, m, dd, hh, mm, ss=0):
    return _dt.datetime(y, m, dd, hh, mm, ss, tzinfo=CST)


def _html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<p>%s</p>" % "<br>".join(esc(l) for l in para.split("\n")))
    return '<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">%s</div>' % "".join(out)


OURS = {}


def mail(key, kind, from_name, from_addr, date, subject, text, msgid, list_unsub=None, campaign=None, rtz=None):
    OURS[key] = {"key": key, "kind": kind, "from_name": from_name, "from_addr": from_addr, "date": date,
                 "subject": subject, "text": text, "html": _html(text), "msgid": msgid,
                 "list_unsub": list_unsub, "campaign": campaign}
    return OURS[key]


mail("catalog_holiday", "catalog", "PowerHouse Catalog", "powerhousecatalog@alliant-energy.com", d(2026, 12, 1, 9, 30),
     "The 2026 PowerHouse Holiday Catalog is here [PH-2612-HOL]",
     "Your new PowerHouse Holiday Catalog is on its way to your mailbox, and every page is online now.\n\n"
     "Inside: heated throws and mattress pads, LED window candles, weather radios, cordless snow blowers,\n"
     "and stocking stuffers under $25. Free shipping on orders over $75 through December 17.\n\n"
     "Shop the catalog: https://www.powerhousecatalog.com/holiday\n\n"
     "You are receiving this e-mail because you are a PowerHouse Catalog customer.\n"
     "To unsubscribe from catalog e-mails, reply with \"unsubscribe\" or visit powerhousecatalog.com/email.\n"
     "From time to time we make our customer list available to other catalog companies. If you do not want\n"
     "your name shared, write to powerhousecatalog@alliant-energy.com.\n"
     "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718",
     "<PH-2612-HOL.0001.a41c9e@powerhousecatalog.com>",
     "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2612-HOL>", "PH-2612-HOL")

mail("promo_thermostat", "promo", "Alliant Energy", "customercare@alliant-energy.com", d(2026, 12, 8, 10, 2),
     "Give the gift of warmth: $75 back on a smart thermostat",
     "This season, give your home (or someone you love) a smarter way to stay warm.\n\n"
     "Buy and install a qualifying smart thermostat by January 31, 2027 and get a $75 rebate from\n"
     "Alliant Energy. Most customers save 8% on heating.\n\n"
     "Apply in minutes: alliantenergy.com/thermostat\n\n"
     "You are receiving this message because you are an Alliant Energy customer.\n"
     "Don't want promotional e-mails? Unsubscribe: reply with the word unsubscribe, or manage your\n"
     "preferences at alliantenergy.com/preferences.\n" + HQ,
     "<AE-2612-TSTAT.7d21f0a3@notify.alliantenergy.com>",
     "<mailto:customercare@alliant-energy.com?subject=unsubscribe>", "AE-2612-TSTAT")

mail("catalog_lastship", "catalog", "PowerHouse Catalog", "powerhousecatalog@alliant-energy.com", d(2026, 12, 14, 7, 45),
     "Last call: order by Dec. 17 for Christmas delivery",
     "Time is running out! Order by 11:59 p.m. Thursday, December 17 for standard delivery by\n"
     "Christmas. Express orders ship through December 21.\n\n"
     "Still shopping? Our best sellers: the Nordic heated throw ($59), the 6-in-1 emergency radio ($44)\n"
     "and the LED lantern 4-pack ($29).\n\n"
     "Gift shipping: send any order straight to the people on your list. Add a gift message at checkout.\n\n"
     "To unsubscribe from PowerHouse e-mails, reply \"unsubscribe\".\n"
     "We sometimes share our customer list with other catalog companies; to keep your name off those\n"
     "lists, write to powerhousecatalog@alliant-energy.com.\n"
     "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718",
     "<PH-2612-SHIP.0003.e88b12@powerhousecatalog.com>",
     "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2612-SHIP>", "PH-2612-SHIP")

mail("catalog_clearance", "catalog", "PowerHouse Catalog", "powerhousecatalog@alliant-energy.com", d(2027, 1, 7, 8, 15),
     "Winter Clearance: up to 40% off heated throws, snow gear and lanterns",
     "Our Winter Clearance starts today. Up to 40% off while supplies last:\n"
     "- Nordic heated throw, now $39\n- Ice melt spreader, now $24\n- Rechargeable LED lantern, now $17\n\n"
     "Shop clearance: https://www.powerhousecatalog.com/clearance\n\n"
     "To unsubscribe from PowerHouse e-mails, reply \"unsubscribe\" or visit powerhousecatalog.com/email.\n"
     "We sometimes share our customer list with other catalog companies; to keep your name off those\n"
     "lists, write to powerhousecatalog@alliant-energy.com.\n"
     "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718",
     "<PH-2701-CLR.0002.5c0f77@powerhousecatalog.com>",
     "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2701-CLR>", "PH-2701-CLR")

mail("newsletter_jan", "newsletter", "Alliant Energy", "customercare@alliant-energy.com", d(2027, 1, 13, 9, 0),
     "New year, lower bills: 5 ways to save this winter [AE-NL-2701]",
     "Hello neighbor,\n\n"
     "January is the coldest month of the year, and the most expensive one to heat a home. Five ways to save:\n"
     "1. Set your thermostat to 68 when you're home and lower at night.\n"
     "2. Seal drafty windows with shrink film.\n"
     "3. Let the sun in on south-facing windows during the day.\n"
     "4. Change your furnace filter.\n"
     "5. Try Budget Billing to spread winter costs over the year.\n\n"
     "Read more at alliantenergy.com/winter\n\n"
     "You are receiving Home Comfort News because you are an Alliant Energy customer.\n"
     "Manage your preferences or unsubscribe: alliantenergy.com/preferences or reply unsubscribe.\n" + HQ,
     "<AE-NL-2701.33aa41e2@notify.alliantenergy.com>",
     "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2701>", "AE-NL-2701")

mail("promo_assessment", "promo", "Alliant Energy", "customercare@alliant-energy.com", d(2027, 2, 9, 10, 30),
     "Free Home Energy Assessment: book before spring",
     "Winter bills got you thinking? Our energy advisors will visit your home for free, find where heat\n"
     "is escaping, and leave you with LED bulbs and a personal savings plan.\n\n"
     "Book your free assessment: alliantenergy.com/assessment or call 1-800-555-0142.\n\n"
     "To opt out of marketing e-mails, reply unsubscribe or visit alliantenergy.com/preferences.\n" + HQ,
     "<AE-2702-HEA.90be1d44@notify.alliantenergy.com>",
     "<mailto:customercare@alliant-energy.com?subject=unsubscribe>", "AE-2702-HEA")


def outage(key, date, area, est, msgid, update="Crews are working to restore power in your area."):
    return mail(key, "outage", "Alliant Energy Alerts", "alerts@alliantenergy.com", date,
                "Outage update: %s" % area,
                "Outage update for your address in %s.\n\n%s\n"
                "Estimated restoration: %s.\n\n"
                "Cause: ice accumulation on lines and trees. More than 140,000 customers are affected by this storm.\n"
                "Stay away from downed lines and call 1-800-555-0118 to report one.\n\n"
                "You are receiving this outage alert because you signed up for account alerts. To change\n"
                "how you receive alerts, visit alliantenergy.com/alerts." % (area, update, est), msgid)


outage("outage_0120", d(2027, 1, 20, 5, 40), "Cedar Rapids, IA", "Wednesday, January 21 by 11:00 p.m.",
       "<outage.2701200540.CR.52402.91fe@notify.alliantenergy.com>")
outage("outage_0121", d(2027, 1, 21, 18, 5), "Marion, IA", "Friday, January 23 by 6:00 p.m.",
       "<outage.2701211805.MR.52302.1a7c@notify.alliantenergy.com>",
       "Repairs are taking longer than expected because of the number of broken poles.")
outage("outage_0122", d(2027, 1, 22, 21, 30), "Mount Vernon, IA", "Power has been restored",
       "<outage.2701222130.MV.52314.0b3e@notify.alliantenergy.com>",
       "Power has been restored at your address. If you are still out, please report it again.")


def bill(key, date, amount, due, last4, msgid):
    return mail(key, "bill", "Alliant Energy", "noreply@alliantenergy.com", date,
                "Your Alliant Energy bill is ready",
                "Your bill for account ending in %s is ready to view.\n\n"
                "Amount due: %s\nDue date: %s\n\n"
                "View and pay your bill: alliantenergy.com/mybill\n\n"
                "This is a service message about your account. You receive it even if you have opted out of\n"
                "marketing. Please do not reply to this e-mail." % (last4, amount, due), msgid)


bill("bill_dec", d(2026, 12, 21, 6, 10), "$214.38", "January 11, 2027", "4471",
     "<bill.202612.4471.5e2f@notify.alliantenergy.com>")
bill("bill_jan", d(2027, 1, 22, 6, 12), "$356.90", "February 12, 2027", "0936",
     "<bill.202701.0936.c4d1@notify.alliantenergy.com>")

mail("payment_reminder", "reminder", "Alliant Energy", "noreply@alliantenergy.com", d(2027, 2, 1, 7, 0),
     "Payment reminder: your balance is past due",
     "Our records show a past-due balance of $188.52 on your account ending in 2210.\n\n"
     "If you have already paid, thank you, and please disregard this message. If you need more time,\n"
     "payment arrangements are available: alliantenergy.com/payment-options or 1-800-555-0142.\n\n"
     "Energy assistance (LIHEAP) is open through April 30. Contact your local community action agency.\n\n"
     "This is a service message about your account.",
     "<remind.202702.2210.77ab@notify.alliantenergy.com>")

ACK_SIG = "Alliant Energy Customer Care\ncustomercare@alliant-energy.com"


def ack(key, ref, date, body, mailbox="customercare"):
    addr = "%s@alliant-energy.com" % mailbox
    name = "Alliant Energy Customer Care" if mailbox == "customercare" else "PowerHouse Catalog"
    return mail(key, "ack", name, addr, date, "We received your request [%s]" % ref,
                "Thank you for writing to Alliant Energy.\n\n" + body + "\n\nIf you write to us about this request, please keep %s in the\nsubject line.\n\n"
                "This is an automatic acknowledgement. You do not need to reply.\n\n" % ref + ACK_SIG.replace("Customer Care", "Customer Care" if mailbox == "customercare" else "PowerHouse Catalog"),
                "<ack.%s@alliant-energy.com>" % ref)


ack("ack_1209", "CC-2026-12-04417", d(2026, 12, 9, 16, 20),
    "We received your request to stop receiving marketing from us, by e-mail\nand by postal mail. Your reference number is CC-2026-12-04417.\n\n"
    "We will remove you from our e-mail and postal marketing lists no later than\nJanuary 8, 2027. Until then you may still receive marketing\nthat was already on its way. We will keep sending messages about\nyour account and your service, which are not marketing.")
ack("ack_1210", "CC-2026-12-04452", d(2026, 12, 10, 11, 3),
    "We received your question. Your reference number is CC-2026-12-04452.\n\nA member of our privacy team will read your message and reply by\nDecember 17, 2026.")
ack("ack_1223", "CC-2026-12-05890", d(2026, 12, 23, 14, 2),
    "We received your question. Your reference number is CC-2026-12-05890.\n\nA member of our privacy team will read your message and reply by\nDecember 31, 2026.")
ack("ack_0102", "CC-2027-01-00031", d(2027, 1, 2, 13, 40),
    "We received your request to stop receiving marketing from us, by e-mail\nand by postal mail. Your reference number is CC-2027-01-00031.\n\n"
    "We will remove you from our e-mail and postal marketing lists no later than\nFebruary 1, 2027. Until then you may still receive marketing\nthat was already on its way. We will keep sending messages about\nyour account and your service, which are not marketing.")
ack("ack_0120", "CC-2027-01-01288", d(2027, 1, 20, 9, 12),
    "We received your question. Your reference number is CC-2027-01-01288.\n\nA member of our privacy team will read your message and reply by\nJanuary 27, 2027.")
ack("ack_0126", "CC-2027-01-01502", d(2027, 1, 26, 15, 7),
    "We received your request to stop receiving marketing from us, by e-mail\nand by postal mail. Your reference number is CC-2027-01-01502.\n\n"
    "We will remove you from our e-mail and postal marketing lists no later than\nFebruary 25, 2027. Until then you may still receive marketing\nthat was already on its way. We will keep sending messages about\nyour account and your service, which are not marketing.")
ack("ack_0215", "CC-2027-02-00877", d(2027, 2, 15, 10, 44),
    "We received your request that we stop selling or sharing your personal\ninformation with catalog and marketing partners.\nYour reference number is CC-2027-02-00877.\n\n"
    "We will stop sharing your information no later than\nMarch 17, 2027.")
ack("ack_0216", "CC-2027-02-00903", d(2027, 2, 16, 8, 31),
    "We received your request to stop receiving marketing from us, by e-mail\nand by postal mail. Your reference number is CC-2027-02-00903.\n\n"
    "We will remove you from our e-mail and postal marketing lists no later than\nMarch 18, 2027. Until then you may still receive marketing\nthat was already on its way. We will keep sending messages about\nyour account and your service, which are not marketing.")


def headers_of(q, to_addr):
    """The headers our sending system put on one of our messages (for bounces that return them)."""
    h = ["Return-Path: <%s>" % q["from_addr"],
         "Received: from sendr03.notify.alliantenergy.com (sendr03.notify.alliantenergy.com [204.52.118.43])\n\tby mta.notify.alliantenergy.com with ESMTP id %s; %s" % (
             __import__("hashlib").md5(q["msgid"].encode()).hexdigest()[:12].upper(), q["date"].strftime("%a, %d %b %Y %H:%M:%S -0600")),
         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com; s=notify1;\n\th=From:To:Subject:Date:Message-ID:List-Unsubscribe; bh=Qm9vdHN0cmFwcGVkRGlnZXN0Rm9yVGhlV2ludGVyU2V0PQ=;\n\tb=UzNnYmVkV2ludGVyU2V0U2lnbmF0dXJlTm90UmVhbFRoaXNJc0FGaXh0dXJlQnl0ZXNPbmx5",
         "From: %s <%s>" % (q["from_name"], q["from_addr"]),
         "To: %s" % to_addr,
         "Subject: %s" % q["subject"],
         "Date: %s" % q["date"].strftime("%a, %d %b %Y %H:%M:%S -0600"),
         "Message-ID: %s" % q["msgid"]]
    if q.get("list_unsub"):
        h.append("List-Unsubscribe: %s" % q["list_unsub"])
    h += ["MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"=_ae_%s\"" % q["key"]]
    return h
