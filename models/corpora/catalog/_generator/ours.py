"""Mail the PowerHouse Catalog and Alliant Energy sent, which some people answer or forward.

Each kind keeps the sender and Message-ID style of our other sets: catalog mail from
deals@catalog.alliant-energy.com, privacy acknowledgements from the mailbox itself with a PHC-26-nnnnn or
PRV-2026-nnnnnn reference.  The wording here is this set's own.
"""
import datetime as dt

from mailer import rng, rnd, HEXL, AN

CAT_FOOT = ("--\nThe PowerHouse Catalog is offered by Alliant Energy. We sometimes let other catalogs and "
            "well-screened companies mail their offers to our customers. To keep your name and address out of "
            "those mailings, reply to this message or call 1-800-862-6222.\n"
            "Email preferences or unsubscribe: https://catalog.alliant-energy.com/prefs?id=%s\n"
            "PowerHouse Catalog, P.O. Box 77007, Madison, WI 53707")


def make(kind, when, first="", **kw):
    r = rng("ours", kind, when, first, sorted(kw.items()))
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    o = dict(kind=kind, t=t)
    dear = first or "Valued Customer"
    if kind in ("sale", "newbook", "shipped", "holiday"):
        o["from_name"], o["from_addr"] = "PowerHouse Catalog", "deals@catalog.alliant-energy.com"
        o["msgid"] = "<pc-%s.%d.%s@catalog.alliant-energy.com>" % (kind, r.randint(10 ** 6, 10 ** 7), rnd(r, 6))
        o["to_addr"] = kw["to"]
        if kind == "sale":
            o["subject"] = "Stay warm for less: 20% off heaters, throws and weatherstrip"
            body = ("Hello %s,\n\nCold weather is coming. This week only, take 20%% off ceramic space heaters, "
                    "heated throws and our door and window weatherstrip kits. Orders of $59 or more ship free.\n\n"
                    "See the markdowns: https://catalog.alliant-energy.com/warm26\n\nPrices good through the end of "
                    "the month while supplies last.\n\n" % dear)
        elif kind == "newbook":
            o["subject"] = "The new PowerHouse Catalog is in the mail"
            body = ("Hello %s,\n\nYour copy of the new PowerHouse Catalog left our mail house this week. Look for "
                    "LED shop lights, timers, rechargeable lanterns and a bigger page of smart-home plugs and "
                    "switches.\n\nCan't wait? Flip through it online: https://catalog.alliant-energy.com/book\n\n"
                    % dear)
        elif kind == "holiday":
            o["subject"] = "Gifts that save energy - order by Dec. 15 for holiday delivery"
            body = ("Hello %s,\n\nStill shopping? Our gift guide has ideas under $25: LED candle sets, a "
                    "plug-in power meter, and cordless book lights.\n\nShop gifts: "
                    "https://catalog.alliant-energy.com/gifts26\n\n" % dear)
        else:
            o["subject"] = "Order %s is on its way" % kw["order"]
            body = ("Hello %s,\n\nYour PowerHouse Catalog order %s shipped today by FedEx Ground.\nTracking number: "
                    "%d\n\nQuestions about your order? Call 1-800-862-6222, Monday to Friday 7 a.m. to 6 p.m.\n\n"
                    % (dear, kw["order"], r.randint(10 ** 11, 10 ** 12 - 1)))
        o["body"] = body + CAT_FOOT % rnd(r, 18, HEXL)
    elif kind in ("ack", "ack_cc"):
        if kind == "ack":
            ref = "PHC-26-%05d" % r.randint(1000, 99999)
            o["from_name"], o["from_addr"] = "PowerHouse Catalog Customer Privacy", "powerhousecatalog@alliant-energy.com"
        else:
            ref = "PRV-2026-%06d" % r.randint(10 ** 5, 10 ** 6 - 1)
            o["from_name"], o["from_addr"] = "Alliant Energy Customer Privacy", "customercare@alliant-energy.com"
        o["msgid"] = "<ack.%s.%s@privacy.alliant-energy.com>" % (ref, rnd(r, 10, HEXL))
        o["to_addr"] = kw["to"]
        o["subject"] = "We received your privacy request [Ref: %s]" % ref
        o["body"] = ("Dear %s,\n\nWe have your message and recorded this request: %s.\n\nReference: %s\n\n"
                     "Changes to e-mail take effect within 10 business days. Catalogs already printed may still "
                     "arrive for up to 8 weeks.\n\nSincerely,\n%s" % (
                         first or "Customer", kw["what"], ref, o["from_name"]))
    else:
        raise ValueError(kind)
    return o


def other(frm_name, frm_addr, to_addr, subject, when, body, msgid_dom):
    """Someone else's mail that a customer forwards (another catalog, a spouse)."""
    r = rng("other", frm_addr, when)
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    return dict(kind="other", t=t, from_name=frm_name, from_addr=frm_addr, to_addr=to_addr, subject=subject,
                body=body, msgid="<%s@%s>" % (rnd(r, 24, AN), msgid_dom))
