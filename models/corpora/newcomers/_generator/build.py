#!/usr/bin/env python3
"""Builds the 'newcomers' set: mail of January 2027 from and about people who have just become customers.

python3 _generator/build.py   rewrites NNNN.eml, manifest.jsonl, index.tsv and README.md byte for byte
(standard library only, fixed seed, no bytecode written).
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import pathlib  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import clients as C  # noqa: E402
import machines as M  # noqa: E402
import ours as O  # noqa: E402
import transports as T  # noqa: E402
from mimelib import jan, rfc, finish, leaf, rhex  # noqa: E402

OUT = HERE.parent
CCA = "customercare@alliant-energy.com"
PHA = "powerhousecatalog@alliant-energy.com"
MBOX_ADDR = {"customercare": CCA, "powerhousecatalog": PHA}
CC, PH = "customercare", "powerhousecatalog"
MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

ROWS = []


def entities_dict(ent):
    ent = ent or {}
    return {k: ent[k] for k in ("name", "postal_code", "account") if k in ent}


def add(n, raw, *, mbox, automated, labels, unclear, ent, note, ack_to, spec, cat, answers, lang, program, date):
    assert n == len(ROWS) + 1, (n, len(ROWS))
    if ROWS:
        assert date >= ROWS[-1]["_date"], f"{n:04d} is earlier than the message before it"
    ROWS.append(dict(n=n, raw=raw, mbox=mbox, automated=automated, labels=list(labels), unclear=unclear,
                     ent=entities_dict(ent), note=note, ack_to=ack_to, spec=spec, cat=cat, answers=answers,
                     lang=lang, program=program, _date=date))


# ---------------------------------------------------------------- people
def transport_for(provider, mbox, address, d, spec):
    kind = provider[0] if isinstance(provider, tuple) else provider
    if kind == "gmail":
        return T.gmail(mbox, address, d)
    if kind == "workspace":
        return T.gmail(mbox, address, d, domain=address.split("@")[1], selector="google")
    if kind == "yahoo":
        return T.yahoo(mbox, address, d)
    if kind == "aol":
        return T.aol(mbox, address, d)
    if kind in ("outlook", "tenant"):
        h, a, region = T.outlook(mbox, address, d, domain=address.split("@")[1], tenant=(kind == "tenant"))
        spec["_outlook_ids"] = (a, region)
        return h
    if kind == "icloud":
        return T.icloud(mbox, address, d)
    if kind == "comcast":
        return T.comcast(mbox, address, d)
    if kind == "proton":
        return T.proton(mbox, address, d)
    if kind == "fastmail":
        return T.fastmail(mbox, address, d, address.split("@")[1])
    if kind == "isp":
        _, host, ip, web = provider
        return T.isp(mbox, address, d, host, ip, address.split("@")[1], webmail_host=web)
    raise ValueError(provider)


PROGRAM_NAMES = {
    "gmail": "Gmail web", "gmail_ios": "Gmail for iOS", "gmail_android": "Gmail for Android",
    "gmail_plain": "Gmail (List-Unsubscribe)", "iphone": "iOS Mail", "outlook_web": "Outlook.com",
    "outlook_desktop": "Outlook 16 desktop", "yahoo": "Yahoo Mail web", "yahoo_mobile": "Yahoo Mail app",
    "aol": "AOL Mail web", "thunderbird": "Thunderbird", "openxchange": "Xfinity Connect (Open-Xchange)",
    "roundcube": "Roundcube webmail", "samsung": "Samsung Email", "proton": "Proton Mail web",
}


def person(n, day, hm, mbox, name, address, prog, provider, subject, text, *, labels=(), unclear=False, ent=None,
           note, cat, spec_id, lang="en", reply=None, fwd=False, reply_to=None, ack="from", **opts):
    d = jan(day, hm)
    spec = dict(name=name, addr=address, subject=subject, text=text, date=d, reply=reply, fwd=fwd, **opts)
    for v in entities_dict(ent).values():
        assert v in text, f"{n:04d}: entity {v!r} not in the sender's own text"
    to_addr = MBOX_ADDR[mbox]
    if reply and not fwd:
        spec["to"] = f"{reply['from_name']} <{reply['from_addr']}>"
        spec["to_quoted"] = f"{reply['from_name']} <{reply['from_addr']}>"
    else:
        spec["to"] = to_addr
        spec["to_quoted"] = f'"{to_addr}" <{to_addr}>'
    spec["to_addr"] = to_addr
    if reply_to:
        spec["extra_headers"] = spec.get("extra_headers", "") + f"Reply-To: {reply_to}\n"
    top = transport_for(provider, mbox, address, d, spec)
    base = prog.split("_")[0] if prog in ("gmail_ios", "gmail_android") else prog
    if prog == "yahoo_mobile":
        hdr, body, _ = C.yahoo(spec, mailer="WebService/1.1.23040 YahooMailIosMobile")
    elif prog == "aol":
        hdr, body, _ = C.yahoo(spec, mailer="WebService/1.1.23040 AolMailNorrin")
    else:
        hdr, body, _ = C.PROGRAMS[base](spec)
    raw = finish(top + hdr, body)
    if ack == "from":
        ack_to = address
    elif ack == "reply_to":
        ack_to = reply_to.split("<")[-1].rstrip(">").strip()
    else:
        ack_to = None
    answers = "-"
    if reply:
        answers = reply.get("token") or reply["kind"]
        if fwd:
            answers = "fwd " + answers
    add(n, raw, mbox=mbox, automated=False, labels=labels, unclear=unclear, ent=ent, note=note, ack_to=ack_to,
        spec=spec_id, cat=cat, answers=answers, lang=lang, program=PROGRAM_NAMES[prog], date=d)


def machine(n, raw, d, mbox, *, note, cat, spec_id, answers="-", lang="en", program):
    add(n, raw, mbox=mbox, automated=True, labels=[], unclear=False, ent={}, note=note, ack_to=None, spec=spec_id,
        cat=cat, answers=answers, lang=lang, program=program, date=d)


# ---------------------------------------------------------------- our mail of the month, per recipient
W_PRIYA = O.welcome("Priya", "priya.natarajan.ia@gmail.com", jan(4, "09:10", 3), "3107 2284 5561",
                    "2840 Windsor Ave NE, Cedar Rapids", "January 4, 2027")
W_TOM = O.welcome("Tom", "tgerhardt@icloud.com", jan(6, "16:02", 41), "3107 3390 1276",
                  "1775 Rhomberg Ave, Dubuque", "January 6, 2027")
W_CARL = O.welcome("Carl", "cyoder@tds.net", jan(12, "15:00", 9), "3107 1148 6620",
                   "W6120 County Rd P, Portage", "January 12, 2027", services="electric")
W_GRACIELA = O.welcome("Graciela", "graciela.montoya.ia@gmail.com", jan(14, "11:20", 30), "3107 5127 8804",
                       "915 S 3rd Ave, Marshalltown", "January 14, 2027")
W_TOMASZ = O.welcome("Tomasz", "t.kowalczyk@gmial.com", jan(2, "16:39", 50), "3107 0021 4438",
                     "322 Oak Dr, Marion", "January 2, 2027")
W_ANDERS = O.welcome("Anders", "a.lindqvist@hawkeyeplainsclinic.org", jan(5, "08:11", 20), "3107 0388 1904",
                     "4410 Bowling St SW, Cedar Rapids", "January 5, 2027")
W_BROOKE = O.welcome("Brooke", "bsandoval@cedarplainsmed.org", jan(8, "16:01", 44), "3107 0712 5530",
                     "88 Maple Ln, Clinton", "January 8, 2027")
W_MIKE = O.welcome("Mike", "brandt.mike77@yahoo.com", jan(11, "06:57", 31), "3107 0934 2219",
                   "1502 Hillview Dr, Sun Prairie", "January 11, 2027")
W_HAROLD = O.welcome("Harold", "hbergan@netins.net", jan(13, "14:36", 12), "3107 1204 7781",
                     "207 Elm St, Anamosa", "January 13, 2027")
W_KATKA = O.welcome("Katka", "kdvorak@rivervalleyisp.net", jan(18, "16:19", 2), "3107 1590 3348",
                    "12 River Rd, Prairie du Sac", "January 18, 2027", services="electric")
W_LARS = O.welcome("Lars", "lhansen@dodgeconet.com", jan(20, "17:47", 5), "3107 1833 0027",
                   "419 Spring St, Beaver Dam", "January 20, 2027")
W_ROSA = O.welcome("Rosa", "rosa.mendez@lakeshorewireless.net", jan(25, "09:08", 16), "3107 2011 5590",
                   "1220 N 8th St, Sheboygan", "January 25, 2027")
PAPER_DW = O.paperless("Dale", "dwhitcombe77@gmail.com", jan(5, "18:20", 8))
PAPER_ESPERANZA = O.paperless("Esperanza", "esperanza.ruiz58@hotmail.com", jan(22, "17:00", 27))
ORDER_LILY = O.order("Lily", "lhuang.ia@icloud.com", jan(10, "20:30", 2), "PH-0110-58821", "Smart plug, 4-pack",
                     "39.96", "Lily Huang, 60 Kirkwood Blvd SW, Cedar Rapids IA")
ORDER_GWEN = O.order("Gwen", "gwenp_1960@yahoo.com", jan(17, "19:55", 48), "PH-0117-66310",
                     "Heated throw, charcoal", "59.00", "Gwen Paulsen, 118 Cedar St, Baraboo WI")
ACK_GREG = O.ack("CC-2027-01-00107", "greg.hollister82@gmail.com", jan(2, "10:15", 20), "January 2, 2027",
                 ["Stop marketing and promotional contact by postal mail and e-mail"])
ACK_TRAVEL = O.ack("CC-2027-01-00388", "lena.sorensen@outlook.com", jan(17, "15:32", 58), "January 17, 2027",
                   ["Stop marketing and promotional contact by e-mail"])
ACK_CODY = O.ack("CC-2027-01-00655", "codyj.wagner@yahoo.com", jan(25, "16:45", 30), "January 25, 2027",
                 ["Stop marketing and promotional contact by postal mail and e-mail"])
ACK_OAK = O.ack("CC-2027-01-00702", "leasing@oakterraceapts.com", jan(29, "18:49", 11), "January 29, 2027",
                ["Question forwarded to Customer Care staff"])
STAFF_TAMIKA = O.staff_deposit("tamika.rowe@hotmail.com", jan(15, "14:10", 7), "<SJ0PR08MB7731C2A9E1F04B2D8E0E1A4FB6A2@SJ0PR08MB7731.namprd08.prod.outlook.com>")
BILL_COLLEEN = O.first_bill("colleen.vasquez.wi@gmail.com", jan(19, "06:00", 15))


def P1(to):
    return O.promo1(to)


def P2(to):
    return O.promo2(to)


def P3(to):
    return O.promo3(to)


def P4(to):
    return O.promo4(to)


def build():
    # 0001 ---------------------------------------------------------------
    person(1, 2, "10:14", CC, "Greg Hollister", "greg.hollister82@gmail.com", "gmail", "gmail",
           "New account - please no marketing",
           "Hello,\n\nWe closed on our house at 1418 Chestnut Ct in Marion yesterday and I started electric and gas "
           "service online this morning (the confirmation said it will be under my name). Before anything starts "
           "showing up: please never send me marketing. Not by mail, not by email. Bills, outage notices and anything "
           "I actually need about the account are fine.\n\nThanks,\nGreg Hollister\n1418 Chestnut Ct\nMarion, IA 52302",
           labels=[MO], ent={"name": "Greg Hollister", "postal_code": "52302"}, spec_id="upfront-never-marketing",
           cat="marketing opt-out", note="New homeowner opts out of all marketing before any arrives; service mail "
                                         "explicitly kept. Signature gives name and ZIP.")
    # 0002 ---------------------------------------------------------------
    d = jan(2, "16:40", 2)
    machine(2, M.bounce_postfix(W_TOMASZ, "Tomasz Kowalczyk", d, CC,
                                "Host or domain name not found. Name service error for name=gmial.com type=A: Host not found",
                                "X-Postfix; Host or domain name not found. Name service error for name=gmial.com type=A: Host not found",
                                "5.4.4"),
            d, CC, spec_id="bounce-welcome-gmial", cat="automated: bounce", answers="WELCOME",
            program="Postfix (our outbound relay)",
            note="Our own relay bounces a welcome e-mail sent to a mistyped new address (gmial.com); the attached "
                 "headers and the welcome text are ours.")
    # 0003 ---------------------------------------------------------------
    person(3, 3, "13:05", CC, "Lucía Benítez", "lbenitez@netins.net", "roundcube",
           ("isp", "mail.netins.net", "167.142.225.40", "webmail.netins.net"),
           "Cuenta nueva - sin publicidad",
           "Buenas tardes:\n\nAcabo de abrir una cuenta nueva con ustedes para el departamento que estoy rentando en "
           "Cedar Rapids. Les pido por favor que no me envíen publicidad ni ofertas, ni por correo postal ni por "
           "email. Solo quiero recibir mis facturas y avisos del servicio.\n\nMuchas gracias,\nLucía Benítez\n"
           "Cedar Rapids, IA 52404",
           labels=[MO], ent={"name": "Lucía Benítez", "postal_code": "52404"}, lang="es", charset="ISO-8859-1",
           hcharset="iso-8859-1", hmode="Q", spec_id="es-renter-no-ads", cat="marketing opt-out",
           note="Spanish, ISO-8859-1 quoted-printable: new renter wants no advertising or offers by post or e-mail, "
                "bills only.")
    # 0004 ---------------------------------------------------------------
    person(4, 3, "20:22", PH, "Beth Ann Kroeger", "bethann.kroeger@outlook.com", "outlook_web", "outlook",
           "Please don't sell my name",
           "Hi,\n\nLast week I placed my very first order from the PowerHouse Catalog (LED bulbs and a couple of door "
           "sweeps for the new house). My neighbor warned me that once you buy from one catalog your name gets passed "
           "around to every catalog company in the country.\n\nSo, to be safe: please do NOT share, sell or rent my "
           "name and address to other catalog companies. I don't mind getting your catalog and I still want my "
           "order!\n\nBeth Ann Kroeger\n1207 4th St SW\nMason City, IA 50401",
           labels=[CSO], ent={"name": "Beth Ann Kroeger", "postal_code": "50401"}, spec_id="first-buyer-fears-lists",
           cat="catalog-sharing opt-out",
           note="First-time catalog buyer: do not share/sell/rent her name, but she keeps the catalog and her order, "
                "so sharing only.")
    # 0005 ---------------------------------------------------------------
    d = jan(4, "07:02", 11)
    machine(5, M.vendor_notice(d, CC, "Northlight Journeys", "notifications@northlightjourneys.com",
                               "o1.ptr4471.northlightjourneys.com", "149.72.131.18",
                               "[Northlight] Journey activated: New Customer Welcome - Jan 2027",
                               "Journey activated\n\n"
                               "Account: Alliant Energy (workspace ae-residential)\n"
                               "Journey: New Customer Welcome - Jan 2027\n"
                               "Activated by: m.oduya@alliant-energy.com on 01/04/2027 06:58 CST\n\n"
                               "Steps\n"
                               "  Day 0   Welcome e-mail (transactional)\n"
                               "  Day 1   Paperless Billing prompt (transactional)\n"
                               "  Day 8   PowerHouse Catalog new-mover offer (promotional)\n"
                               "  Day 10  Home Comfort newsletter (promotional)\n\n"
                               "Audience: New service starts, rolling entry\n"
                               "Suppression: 3,214 contacts on list 'Marketing opt-out (all channels)' will be "
                               "excluded from promotional steps. Transactional steps ignore the opt-out list.\n\n"
                               "You are receiving this notification because you are a workspace admin. Manage "
                               "notifications: https://app.northlightjourneys.com/settings/notifications\n",
                               html_too=True, extra="X-Auto-Response-Suppress: All\n"),
            d, CC, spec_id="vendor-journey-activated", cat="automated: notification", program="Northlight Journeys (SaaS)",
            note="Marketing-automation vendor's system notice to a workspace admin; mentions opt-out and suppression "
                 "lists but asks nothing of us.")
    # 0006 ---------------------------------------------------------------
    person(6, 4, "11:48", CC, "Priya Natarajan", "priya.natarajan.ia@gmail.com", "gmail_ios", "gmail",
           "Re: " + W_PRIYA["subject"],
           "Hi, quick question. The paper confirmation letter I got in December shows account number 4410228391, "
           "but this email has a different 12-digit number. Which one do I give my bank for bill pay? I don't want "
           "the first payment going to the wrong place.\n\nThanks\nPriya",
           reply=W_PRIYA, labels=[Q], ent={"name": "Priya", "account": "4410228391"},
           spec_id="welcome-reply-which-account-number", cat="question",
           note="Reply to our welcome e-mail: old 10-digit vs new 12-digit account number, a billing question. The "
                "new number appears only in the quote; the entity is the one she wrote.")
    # 0007 ---------------------------------------------------------------
    person(7, 4, "19:31", CC, "Dana Ortiz", "dana.ortiz.wi@gmail.com", "gmail", "gmail",
           "New joint account - preferences",
           "Hello,\n\nMy husband and I just set up our new account together (Dana & Chris Ortiz, account "
           "3107 5560 1182, service started Jan 2 at our house in Sun Prairie).\n\nTwo things:\n"
           "1. Neither of us wants promotional mail or e-mail from Alliant. Bills and outage texts only.\n"
           "2. Can bill notifications go to both of our e-mail addresses? Mine is this one, his is "
           "chris.ortiz.ia@gmail.com. The online form only lets me enter one.\n\nThank you,\nDana Ortiz",
           labels=[MO, Q], ent={"name": "Dana & Chris Ortiz", "account": "3107 5560 1182"},
           spec_id="couple-joint-account-optout-and-two-emails", cat="opt-out + question",
           note="Joint account holder opts the household out (standing is clear: both names are on the account) and "
                "asks a service question about bill e-mails to two addresses.")
    # 0008 ---------------------------------------------------------------
    d = jan(5, "08:12", 3)
    machine(8, M.bounce_o365(W_ANDERS, "Anders Lindqvist", d, CC, "hawkeyeplainsclinic.org"),
            d, CC, spec_id="bounce-welcome-o365", cat="automated: bounce", answers="WELCOME",
            program="Microsoft 365 NDR",
            note="Microsoft 365 non-delivery report for a welcome e-mail sent to a mistyped work address.")
    # 0009 ---------------------------------------------------------------
    person(9, 5, "14:55", CC, "Kevin Tran", "ktran@fastmail.com", "thunderbird", "fastmail",
           "Do not sell or share my personal information (new customer)",
           "Hello,\n\nMy family moved from Sacramento to Sun Prairie in December and we started service with you on "
           "December 29.\n\nIn California, both SMUD and PG&E had to follow the CCPA: there was a \"Do Not Sell or "
           "Share My Personal Information\" link on their sites and they honored it within a couple of weeks. I "
           "couldn't find anything like that on alliantenergy.com, so I'm writing instead.\n\nPlease treat this as "
           "my request:\n- do not sell or share my personal information (name, address, phone, usage) with anyone "
           "outside Alliant, including catalog companies;\n- no marketing or promotional contact by mail or "
           "e-mail.\n\nAlso, could you tell me which Wisconsin law, if any, covers this? I'd like to know what "
           "rights I actually have here compared to California.\n\nKevin Tran\nSun Prairie, WI 53590",
           labels=[MO, CSO, Q], ent={"name": "Kevin Tran", "postal_code": "53590"},
           spec_id="mover-california-ccpa", cat="both opt-outs + question",
           note="Mover from California cites CCPA and his old utilities' practice; asks both opt-outs and a "
                "privacy-law question. Thunderbird format=flowed.")
    # 0010 ---------------------------------------------------------------
    person(10, 5, "21:03", PH, "Rita Dunleavy", "rdunleavy@aol.com", "aol", "aol", "catalog",
           "Remove me from the catalog mailing list. I bought one thing, one time.\n\nR. Dunleavy",
           labels=[MO], ent={"name": "R. Dunleavy"}, spec_id="one-time-buyer-remove-catalog",
           cat="marketing opt-out",
           note="One-time buyer: remove from the catalog mailing list is a marketing opt-out (catalog is "
                "promotional), nothing about sharing. Name written with an initial.")
    # 0011 ---------------------------------------------------------------
    person(11, 6, "07:45", CC, "Dale Whitcombe", "dwhitcombe77@gmail.com", "gmail_android", "gmail",
           "Re: " + PAPER_DW["subject"], "STOP", reply=PAPER_DW, unclear=True,
           spec_id="paperless-reply-stop", cat="unclear",
           note="STOP under a service message (paperless enrollment confirmation): could mean back to paper bills or "
                "stop e-mail; not a marketing opt-out. Unclear.")
    # 0012 ---------------------------------------------------------------
    d = jan(6, "10:30", 45)
    machine(12, M.vendor_notice(d, CC, "AddressCheck Pro", "jobs@addresscheckpro.com", "mta7.addresscheckpro.com",
                                "198.51.100.61", "Batch 27-0106-AE complete: 1,942 records processed",
                                "Your batch verification job has finished.\n\n"
                                "Job ID:            27-0106-AE\n"
                                "Input file:        AE_new_service_starts_2027-01-05.csv\n"
                                "Records:           1,942\n"
                                "DPV confirmed:     1,861 (95.8%)\n"
                                "Missing unit/apt:  40\n"
                                "Undeliverable:     41\n"
                                "Move-update match: 12\n\n"
                                "Download results (link expires in 7 days):\n"
                                "https://portal.addresscheckpro.com/jobs/27-0106-AE/results\n\n"
                                "This is an automated message. Replies to this address are not monitored.\n"),
            d, CC, spec_id="vendor-address-verification", cat="automated: notification",
            program="AddressCheck Pro (SaaS)",
            note="Address-verification vendor's batch report on new service starts; system mail, no request.")
    # 0013 ---------------------------------------------------------------
    person(13, 6, "15:12", CC, "Tamika Rowe", "tamika.rowe@hotmail.com", "outlook_web", "outlook",
           "Deposit on new account",
           "Hello,\n\nI just started service at 412 Cherry St, Clinton and was told there will be a $185 deposit on "
           "my first bill. I had service with Xcel Energy in Minneapolis for 9 years and never paid late once. In "
           "Minnesota, Xcel let me skip the deposit with a letter of good payment history from my old utility. Can I "
           "do that here? If so, where do I send it?\n\nAccount 3107 8823 0045\n\nThanks,\nTamika Rowe",
           labels=[Q], ent={"name": "Tamika Rowe", "account": "3107 8823 0045"}, spec_id="deposit-waiver-xcel",
           cat="question", note="Deposit question from a mover; mentions another utility's practice. Billing question only.")
    # 0014 ---------------------------------------------------------------
    person(14, 6, "22:40", CC, "Marisol Ayala", "marisol.ayala.cr@gmail.com", "gmail", "gmail",
           "Pago automático - número de cuenta no válido",
           "Hola,\n\nQuiero inscribirme en el pago automático pero la página me dice que el número de cuenta no es "
           "válido. Lo copié del correo de bienvenida: 3107-4419-2260. ¿Lo tengo que escribir sin guiones? ¿O todavía "
           "no está activa la cuenta?\n\nGracias,\nMarisol Ayala",
           labels=[Q], ent={"name": "Marisol Ayala", "account": "3107-4419-2260"}, lang="es",
           spec_id="es-autopay-account-invalid", cat="question",
           note="Spanish: autopay sign-up rejects the new-format account number; service question.")
    # 0015 ---------------------------------------------------------------
    person(15, 7, "08:05", CC, "Tom Gerhardt", "tgerhardt@icloud.com", "iphone", "icloud",
           "Re: " + W_TOM["subject"],
           "Thanks for the welcome. One thing up front so we don't have to do this later: I don't want any "
           "marketing, surveys, newsletters or \"special offers\" from you, by mail or email. Just the bill.\n\nTom\n\n"
           "Sent from my iPhone",
           reply=W_TOM, labels=[MO], ent={"name": "Tom"}, spec_id="welcome-reply-upfront-optout",
           cat="marketing opt-out",
           note="Reply under the welcome (a service message), but the new text names marketing, newsletters and "
                "offers explicitly, so it is a clear marketing opt-out, not a bare STOP.")
    # 0016 ---------------------------------------------------------------
    person(16, 7, "12:30", PH, "Helen Marchetti", "hmarchetti@yahoo.com", "yahoo", "yahoo", "My first and last order?",
           "To whom it may concern,\n\nI ordered a humidifier from your catalog for our new apartment. Now I'm reading "
           "the fine print on the packing slip about sharing customer names with \"carefully selected catalog "
           "companies.\" No thank you. Do not share, rent or trade my name or address with anyone.\n\nAnd please stop "
           "mailing me the catalog as well, I'll order online if I need anything else.\n\nCustomer no. 00731945 "
           "(from the mailing label)\nHelen Marchetti",
           labels=[MO, CSO], ent={"name": "Helen Marchetti", "account": "00731945"},
           spec_id="first-buyer-both", cat="both opt-outs",
           note="First-time buyer: no sharing and no more catalog. Catalog customer number from the label is the account.")
    # 0017 ---------------------------------------------------------------
    d = jan(7, "17:55", 20)
    txt = ("Welcome to the neighborhood!\n\nJust moved? Prairie Move Pros makes the last mile easy:\n"
           "- 25% off move-in deep cleaning\n- First month of climate-controlled storage FREE\n"
           "- Same-week furniture assembly\n\nBook by January 31: https://prairiemovepros.com/newhome?src=em0107\n\n"
           "Prairie Move Pros, 2100 Edgewood Rd SW, Cedar Rapids, IA 52404\n"
           "You are receiving this because you recently moved or showed interest in moving services. "
           "Unsubscribe: https://mail.prairiemovepros.com/u/x81kq2")
    machine(17, M.bulk(d, CC, "Prairie Move Pros", "deals@prairiemovepros.com", "mail.prairiemovepros.com",
                       "192.0.2.201", "Welcome to the neighborhood! 25% off move-in cleaning + 1 month free storage",
                       txt, "<html><body><table width=\"600\"><tr><td><h1>Welcome to the neighborhood!</h1>"
                       + "".join(f"<p>{l}</p>" for l in txt.split("\n") if l) + "</td></tr></table></body></html>",
                       "<https://mail.prairiemovepros.com/u/x81kq2>, <mailto:unsub-x81kq2@mail.prairiemovepros.com>"),
            d, CC, spec_id="spam-moving-company", cat="automated: spam/bulk", program="bulk mailer",
            note="Moving-company bulk mail sent to our address (harvested); carries its own unsubscribe wording.")
    # 0018 ---------------------------------------------------------------
    person(18, 8, "09:20", CC, "Aaron Feldkamp", "afeldkamp@mediacombb.net", "outlook_desktop",
           ("isp", "smtp.mediacombb.net", "173.247.34.18", None), "Budget billing for new account",
           "Good morning,\n\nWe bought a house in Ottumwa and service started in our name on 12/30. I'd like to go on "
           "Budget Billing from the start so the winter bills don't hit all at once. Do I need 12 months of history "
           "at the address first? The previous owner had electric heat and we have gas, so their usage won't look "
           "anything like ours.\n\nAccount: 310761128874\n\nAaron Feldkamp",
           labels=[Q], ent={"name": "Aaron Feldkamp", "account": "310761128874"}, spec_id="budget-billing-new-home",
           cat="question", note="Budget Billing eligibility for a new homeowner; question only.")
    # 0019 ---------------------------------------------------------------
    person(19, 8, "13:47", CC, "", "sbeckman.wi@gmail.com", "gmail", "gmail", "UNSUBSCRIBE",
           "unsubscribe unsubscribe unsubscribe\n\nnew customer, never signed up for any emails from you",
           labels=[MO], spec_id="unsubscribe-x3", cat="marketing opt-out",
           note="Standalone unsubscribe (not a reply to a service mail) about e-mails she never signed up for: "
                "marketing opt-out. No name anywhere.")
    # 0020 ---------------------------------------------------------------
    d = jan(8, "16:02", 30)
    machine(20, M.ooo_outlook(W_BROOKE, d, CC, "Brooke Sandoval", "bsandoval@cedarplainsmed.org",
                              "I am out of the office until Monday, January 11, with limited access to email.\n\n"
                              "For scheduling or urgent patient matters please call the front desk at 563-555-0134.\n\n"
                              "Brooke Sandoval, RN\nCedar Plains Medical"),
            d, CC, spec_id="ooo-welcome", cat="automated: auto-reply", answers="WELCOME",
            program="Exchange Online (OOF)",
            note="Out-of-office auto-reply (Auto-Submitted) to a welcome e-mail sent to a work address.")
    # 0021 ---------------------------------------------------------------
    person(21, 9, "10:11", PH, "Karen Oostendorp", "koostendorp@comcast.net", "openxchange", "comcast",
           "Keep the catalog, but don't share our name",
           "Hello PowerHouse,\n\nWe just moved from Cedar Falls to Dubuque and the first thing that showed up at the "
           "new house was your catalog, which is fine, we like it and want to keep getting it here.\n\nWhat we do NOT "
           "want is our name and new address going to other catalog companies. We've been in the house two weeks and "
           "already get a stack of catalogs every day. Please mark us as do-not-share.\n\nJim and Karen Oostendorp\n"
           "3318 Hillcrest Dr\nDubuque IA 52001",
           labels=[CSO], ent={"name": "Jim and Karen Oostendorp", "postal_code": "52001"},
           spec_id="keep-catalog-no-share-couple", cat="catalog-sharing opt-out",
           note="Keeps the catalog, refuses sharing: sharing opt-out only. Household signs jointly; joint name kept.")
    # 0022 ---------------------------------------------------------------
    person(22, 9, "14:26", CC, "", "trish.m.kahler@gmail.com", "gmail", "gmail", "following up",
           "Same as what I told the lady on the phone, for my mom's house too please. Thanks",
           unclear=True, spec_id="same-as-phone-moms-house", cat="unclear",
           note="Refers to an earlier phone call without saying what was asked, and for someone else's house: unclear.")
    # 0023 ---------------------------------------------------------------
    d = jan(9, "19:58", 7)
    h = ("<html><body style=\"font-family:Segoe UI,Arial\"><div style=\"background:#0b5394;color:#fff;padding:14px\">"
         "<b>Alliant Energy</b></div><p>Dear Valued Customer,</p><p>Our records show that you paid a security deposit "
         "when you started service with us. Because your new account is in good standing, you are eligible for an "
         "<b>immediate Welcome Deposit Refund of $150.00</b>.</p><p>To receive your refund, confirm your banking "
         "details within 48 hours:</p><p><a href=\"http://alliant-energy-refund.support/claim?id=88410273\" "
         "style=\"background:#f1c232;padding:10px 18px;color:#000\">Claim My Refund</a></p><p>If you do not claim "
         "your refund, it will be applied to a future bill and cannot be returned.</p><p style=\"font-size:11px\">"
         "Alliant Energy Billing Department. To stop receiving refund notices <a href=\"http://alliant-energy-refund"
         ".support/optout\">click here</a>.</p></body></html>")
    machine(23, M.bulk(d, CC, "Alliant Energy Billing", "billing-notice@alliantenergy-refunds.com",
                       "vps-31877.hostcheap.example", "203.0.113.58", "Your Welcome Deposit Refund of $150.00 is ready",
                       "", h, None, precedence=None, html_only=True, auth_ok=False),
            d, CC, spec_id="phish-welcome-deposit-refund", cat="automated: spam/phishing", program="phishing kit",
            note="Phishing dressed as a welcome-deposit refund from a look-alike domain (SPF softfail, no DKIM); "
                 "HTML only, has its own 'stop receiving' link.")
    # 0024 ---------------------------------------------------------------
    person(24, 10, "11:35", CC, "Ana Villalobos", "ana.villalobos.beloit@gmail.com", "gmail", "gmail",
           "Cuenta nueva: sin promociones y sin compartir datos",
           "Buenos días,\n\nMi esposo y yo abrimos la cuenta la semana pasada, a nombre de los dos: Roberto y Ana "
           "Villalobos. Cuenta 3107 9902 4417, en Beloit 53511.\n\nNo queremos recibir promociones, ni por correo ni "
           "por email, ni llamadas de ventas. Tampoco queremos que compartan ni vendan nuestros nombres o dirección a "
           "otras compañías.\n\nMuchas gracias,\nAna Villalobos",
           labels=[MO, CSO], ent={"name": "Roberto y Ana Villalobos", "postal_code": "53511",
                                  "account": "3107 9902 4417"}, lang="es",
           spec_id="es-couple-both", cat="both opt-outs",
           note="Spanish: joint account holder, for both names on the account: no promotions and no sharing or selling "
                "of their names. Sent to customercare; the sharing wish still counts.")
    # 0025 ---------------------------------------------------------------
    person(25, 10, "15:09", CC, "Meredith Sallis", "meredith.sallis@gmail.com", "gmail", "gmail",
           "Request for a copy of my personal data",
           "Hello,\n\nI moved to Cedar Rapids from Denver in December and opened an account with you (service started "
           "12/19). Under the Colorado Privacy Act I was used to being able to ask a company for a copy of the "
           "personal data it holds about me, and I understand Iowa has its own consumer data protection law "
           "now.\n\nPlease send me a copy of the personal information Alliant Energy has about me, including whatever "
           "you received from the credit check you ran when I applied for service (that's what the deposit was based "
           "on, I was told).\n\nMeredith Sallis\nCedar Rapids, IA 52402",
           labels=[Q], ent={"name": "Meredith Sallis", "postal_code": "52402"}, spec_id="mover-colorado-data-copy",
           cat="question", note="Data access request (copy of her data) citing Colorado and Iowa law: a clear question.")
    # 0026 ---------------------------------------------------------------
    person(26, 10, "20:44", PH, "Lily Huang", "lhuang.ia@icloud.com", "iphone", "icloud",
           "Re: " + ORDER_LILY["subject"], "?\n\nSent from my iPhone", reply=ORDER_LILY, unclear=True,
           spec_id="order-confirm-reply-questionmark", cat="unclear",
           note="A lone '?' under an order confirmation whose footer talks about sharing names: nothing decidable.")
    # 0027 ---------------------------------------------------------------
    d = jan(11, "06:58", 1)
    machine(27, M.bounce_postfix(W_MIKE, "Mike Brandt", d, CC,
                                 "host mta6.am0.yahoodns.net[67.195.204.77] said: 554 delivery error: dd This user "
                                 "doesn't have a yahoo.com account (brandt.mike77@yahoo.com) [0] - "
                                 "mta4471.mail.gq1.yahoo.com (in reply to end of DATA command)",
                                 "smtp; 554 delivery error: dd This user doesn't have a yahoo.com account\n"
                                 "    (brandt.mike77@yahoo.com) [0] - mta4471.mail.gq1.yahoo.com",
                                 "5.0.0", remote="mta6.am0.yahoodns.net"),
            d, CC, spec_id="bounce-welcome-yahoo-unknown", cat="automated: bounce", answers="WELCOME",
            program="Postfix (our outbound relay)",
            note="Our relay bounces a welcome e-mail: Yahoo says the new customer's address does not exist.")
    # 0028 ---------------------------------------------------------------
    person(28, 11, "09:40", CC, "Greg Hollister", "greg.hollister82@gmail.com", "gmail", "gmail",
           "Re: " + ACK_GREG["subject"], "Perfect, thank you.\n\nGreg", reply=ACK_GREG, ack=None,
           ent={"name": "Greg"}, spec_id="thanks-to-ack", cat="human, no action (thanks)",
           note="Thank-you under our acknowledgement: no labels, not unclear, and no answer is due (ack_to null).")
    # 0029 ---------------------------------------------------------------
    person(29, 11, "13:12", CC, "Shawna Pruitt", "shawna.pruitt@outlook.com", "outlook_web", "outlook",
           "Welcome packet question + no marketing",
           "Hi,\n\nPlease take me off all marketing, I only want bills.\n\nAlso a question about the welcome packet. "
           "I'm renting a duplex in Janesville and my lease says the landlord pays the gas and I pay electric. The "
           "packet talks about \"your electric and natural gas service\" like both are mine. Am I actually on the "
           "hook for the gas? I don't want a surprise bill.\n\nShawna Pruitt",
           labels=[MO, Q], ent={"name": "Shawna Pruitt"}, spec_id="renter-gas-landlord-optout",
           cat="opt-out + question", note="Renter opts out of all marketing and asks who is billed for gas.")
    # 0030 ---------------------------------------------------------------
    person(30, 12, "10:03", PH, "", "kbauer1991@gmail.com", "gmail_plain", "gmail", "unsubscribe",
           "This message was automatically generated by Gmail.", labels=[MO],
           spec_id="gmail-list-unsubscribe-promo1", cat="software unsubscribe (List-Unsubscribe mailto)",
           note="Gmail's unsubscribe button mailed our List-Unsubscribe address for the new-mover catalog e-mail: "
                "a person's marketing opt-out; no Auto-Submitted, so it gets an acknowledgement.")
    # 0031 ---------------------------------------------------------------
    d = jan(12, "10:04", 2)
    machine(31, M.vacation_gmail(P1("arao@prairieortho.com"), d, PH, "Anjali Rao", "arao@prairieortho.com",
                                 "Out of office",
                                 "Thank you for your email. I am out of the office through January 15 and will reply "
                                 "when I return. For appointments please call 319-555-0148.\n\nAnjali Rao\n"
                                 "Prairie Orthodontics", domain="prairieortho.com"),
            d, PH, spec_id="ooo-promo1-workspace", cat="automated: auto-reply", answers="PH-2701-NEW",
            program="Google Workspace vacation responder",
            note="Vacation responder (Auto-Submitted) to the new-mover catalog promotion.")
    # 0032 ---------------------------------------------------------------
    d = jan(12, "10:06", 40)
    machine(32, M.headerless_autoreply(P1("glindahl@mchsi.com"), d, PH, "Gary Lindahl", "glindahl@mchsi.com", "isp",
                                       "Re: " + P1("x")["subject"],
                                       "I am no longer using this e-mail address. We have moved to Tucson and this "
                                       "mailbox is not checked anymore.\n\nPlease update your records with my new "
                                       "address: gary.lindahl.az@gmail.com\n\nThank you,\nGary"),
            d, PH, spec_id="headerless-moved-autoreply", cat="automated: auto-reply (no headers)",
            answers="PH-2701-NEW", program="ISP autoresponder",
            note="Auto-reply without Auto-Submitted or Precedence, sent within minutes of the promotion: 'no longer "
                 "using this address'. Automated by its wording and timing.")
    # 0033 ---------------------------------------------------------------
    person(33, 12, "10:26", PH, "Debra Kinney", "debkinney63@icloud.com", "iphone", "icloud",
           "Re: " + P1("x")["subject"],
           "I moved here 3 weeks ago and you're already sending me catalogs?? Did the electric company hand my info "
           "to your catalog or what? Take me off and don't give my name to anybody else either.\n\n- Deb\n\n"
           "Sent from my iPhone",
           reply=P1("debkinney63@icloud.com"), labels=[MO, CSO, Q], ent={"name": "Deb"},
           spec_id="promo1-reply-how-did-you-get-me", cat="both opt-outs + question",
           note="Under the catalog promotion: take me off (marketing), don't give my name to anybody (sharing), and "
                "asks how the catalog got her details (needs an answer).")
    # 0034 ---------------------------------------------------------------
    person(34, 12, "11:50", PH, "Jorge Salinas", "jsalinas.dbq@gmail.com", "samsung", "gmail",
           "Re: " + P1("x")["subject"],
           "Por favor no me manden más catálogos ni correos de promociones. Gracias.",
           reply=P1("jsalinas.dbq@gmail.com"), labels=[MO], lang="es", spec_id="es-promo1-reply-no-more",
           cat="marketing opt-out",
           note="Spanish reply to the catalog promotion, Samsung Email base64: no more catalogs or promotional "
                "e-mails. Nothing about sharing.")
    # 0035 ---------------------------------------------------------------
    person(35, 12, "13:14", PH, "", "mattyp.iowa@gmail.com", "gmail", "gmail", "Re: " + P1("x")["subject"],
           "\U0001F44E", reply=P1("mattyp.iowa@gmail.com"), unclear=True, spec_id="promo1-reply-thumbs-down",
           cat="unclear",
           note="Only a thumbs-down emoji above the quoted promotion: displeasure, but no decidable request. Unclear.")
    # 0036 ---------------------------------------------------------------
    person(36, 12, "19:08", PH, "Ivy Nakamura", "ivy.nakamura@outlook.com", "outlook_web", "outlook",
           "RE: " + P1("x")["subject"],
           "Hi, I placed my first order with you in December (the smart plug bundle). Before I order again: which "
           "companies do you share your customer list with? And is it only names and addresses, or order history "
           "too? I'd like to know before deciding whether to opt out.\n\nIvy Nakamura",
           reply=P1("ivy.nakamura@outlook.com"), labels=[Q], ent={"name": "Ivy Nakamura"},
           spec_id="promo1-reply-who-do-you-share-with", cat="question",
           note="Asks with whom names are shared and what is shared, and says she has not decided to opt out: "
                "question only.")
    # 0037 ---------------------------------------------------------------
    person(37, 13, "08:22", PH, "Nathaniel Okafor", "nokafor.jvl@gmail.com", "thunderbird", "gmail",
           "Opt-out of sale of personal data",
           "Hello,\n\nWhen I lived in Virginia, the Consumer Data Protection Act gave me the right to opt out of the "
           "sale of my personal data, and catalog companies there honored it on request. I've just moved to "
           "Janesville and placed my first PowerHouse order (#PH-0108-55172).\n\nI'm asking for the same here: do not "
           "sell, rent or exchange my name or postal address with other catalog companies or any other third "
           "party.\n\nNathaniel Okafor\nJanesville, WI 53548",
           labels=[CSO], ent={"name": "Nathaniel Okafor", "postal_code": "53548"},
           spec_id="mover-virginia-vcdpa", cat="catalog-sharing opt-out",
           note="Mover cites Virginia's law and asks not to sell/rent/exchange his name: sharing opt-out. The order "
                "number is not an account number.")
    # 0038 ---------------------------------------------------------------
    person(38, 13, "11:01", CC, "Carl Yoder", "cyoder@tds.net", "outlook_desktop",
           ("isp", "mail.tds.net", "216.170.153.21", None), "RE: " + W_CARL["subject"],
           "Hello,\n\nThe service address on the welcome e-mail is right, but we don't get mail delivered at the "
           "house. Please send paper bills to PO Box 214, Portage WI 53901.\n\nAnd no advertising to either address, "
           "please.\n\nCarl Yoder",
           reply=W_CARL, labels=[MO, Q], ent={"name": "Carl Yoder", "postal_code": "53901"},
           spec_id="welcome-reply-po-box-and-no-ads", cat="opt-out + question",
           note="Under the welcome: change of mailing address (question) plus no advertising (marketing opt-out). "
                "Outlook-style quote without '>'.")
    # 0039 ---------------------------------------------------------------
    d = jan(13, "14:37", 3)
    machine(39, M.bounce_exim(W_HAROLD, "Harold Bergan", d, CC, "mail.netins.net", "167.142.225.41",
                              "Unrouteable address"),
            d, CC, spec_id="bounce-welcome-exim", cat="automated: bounce", answers="WELCOME", program="Exim 4.97",
            note="Exim bounce with a full copy of our welcome e-mail, whose footer mentions opting out of marketing.")
    # 0040 ---------------------------------------------------------------
    person(40, 13, "18:15", CC, "Luis Ortega-Reyes", "luis.ortegareyes@gmail.com", "gmail", "gmail",
           "Autopay with a credit card?",
           "Hi there,\n\nThe welcome packet explains Autopay from a checking or savings account. Can I set Autopay to "
           "charge a credit card instead? If yes, is there a fee? We're new in Fond du Lac and I'm still sorting out "
           "all the accounts.\n\nThanks,\nLuis Ortega-Reyes",
           labels=[Q], ent={"name": "Luis Ortega-Reyes"}, spec_id="autopay-credit-card", cat="question",
           note="Autopay question from a new customer.")
    # 0041 ---------------------------------------------------------------
    person(41, 14, "08:34", CC, "Wendy Albrecht", "walbrecht@icloud.com", "iphone", "icloud", "unsubscribe", "",
           labels=[MO], spec_id="apple-mail-list-unsubscribe-promo2",
           cat="software unsubscribe (List-Unsubscribe mailto)",
           note="iOS Mail's unsubscribe banner sent an empty message to the newsletter's List-Unsubscribe address: "
                "marketing opt-out; acknowledgement goes to the sender.")
    # 0042 ---------------------------------------------------------------
    person(42, 14, "09:02", CC, "Jeff Holcomb", "jholcomb_88@yahoo.com", "yahoo", "yahoo",
           "Re: " + P2("x")["subject"], "remove", reply=P2("jholcomb_88@yahoo.com"), labels=[MO],
           spec_id="promo2-reply-remove", cat="marketing opt-out",
           note="One word under our newsletter (a promotion), so it is a marketing opt-out. Yahoo quotes the "
                "newsletter without '>' marks.")
    # 0043 ---------------------------------------------------------------
    d = jan(14, "09:40", 30)
    machine(43, M.mdn_read(P2("rvint@bellcommunications.net"), d, CC, "Roger Vint", "rvint@bellcommunications.net",
                           "smtp.bellcommunications.net", "192.0.2.93"),
            d, CC, spec_id="read-receipt-promo2", cat="automated: read receipt", answers="AE-NL-2701-W",
            program="Outlook 16 (MDN)", note="Read receipt (disposition-notification) for the newsletter.")
    # 0044 ---------------------------------------------------------------
    person(44, 14, "12:18", CC, "Franklin Ashby", "fdashby3@ashbylaw-office.com", "outlook_desktop", "tenant",
           "RE: " + P2("x")["subject"],
           "To Alliant Energy:\n\nWhen I started service online on January 5 I unchecked the box that said \u201cSend "
           "me news and offers from Alliant Energy and its family of companies.\u201d Nine days later I receive this "
           "\u201cnewsletter.\u201d I signed up for electricity, not a newsletter.\n\nPlease remove me from all "
           "promotional e-mail and mail, and please look into why the preference I chose on your own start-service "
           "form was not honored. I would like a reply confirming that my choice is now on record.\n\n"
           "Franklin D. Ashby III",
           reply=P2("fdashby3@ashbylaw-office.com"), labels=[MO, Q], ent={"name": "Franklin D. Ashby III"},
           charset="windows-1252", spec_id="promo2-reply-complaint-checkbox", cat="opt-out + question",
           note="Complaint that his start-service choice was ignored, opt-out of all promotional mail, asks for a "
                "confirming reply: opt-out + question. windows-1252 curly quotes.")
    # 0045 ---------------------------------------------------------------
    person(45, 14, "16:45", CC, "Sam Ohlsen", "sohlsen@icloud.com", "iphone", "icloud", "Re: " + P2("x")["subject"],
           "Yes\n\nSent from my iPhone", reply=P2("sohlsen@icloud.com"), unclear=True,
           spec_id="promo2-reply-yes", cat="unclear",
           note="'Yes' under the newsletter: may answer 'reply YES for an assessment', or may mean yes, unsubscribe. "
                "Unclear.")
    # 0046 ---------------------------------------------------------------
    person(46, 15, "07:30", PH, "", "quietlist@proton.me", "proton", "proton", "Do Not Sell My Personal Information",
           "Please apply this to my name and my new address. Thank you.",
           labels=[CSO], spec_id="dnsmpi-short", cat="catalog-sharing opt-out",
           note="The subject is the sender's own words (not a reply): do-not-sell request, applied to name and new "
                "address. No entities.")
    # 0047 ---------------------------------------------------------------
    d = jan(15, "10:12", 18)
    machine(47, M.vendor_notice(d, CC, "Tyler Briggs", "tyler@movedata-direct.com", "mail.movedata-direct.com",
                                "192.0.2.166", "New mover data for Alliant Energy's territory (Jan file ready)",
                                "Hi Alliant team,\n\nEvery month 12,400+ households move into the Iowa and Wisconsin "
                                "ZIP codes you serve. Our New Mover file gives you names, new addresses and move-in "
                                "dates within 10 days of closing, so your welcome offers land first.\n\n"
                                "All records are CAN-SPAM compliant and screened against the DMA suppression file.\n\n"
                                "Want a free sample of 500 records for 52404 and 53590? Just reply 'sample'.\n\n"
                                "Tyler Briggs\nMoveData Direct\n\nNot interested? Reply 'remove' and I won't follow up.",
                                auto=None),
            d, CC, spec_id="cold-sales-new-mover-data", cat="automated: cold sales", program="sales outreach tool",
            note="Cold sales pitch for new-mover lists; contains ZIP codes and 'remove' wording but is not a request "
                 "to us.")
    # 0048 ---------------------------------------------------------------
    person(48, 15, "13:25", CC, "Graciela Montoya", "graciela.montoya.ia@gmail.com", "gmail_ios", "gmail",
           "Re: " + W_GRACIELA["subject"],
           "Gracias por la bienvenida. Una pregunta: en el correo dice que si hay depósito aparecerá en la primera "
           "factura. ¿Cuánto es el depósito y me lo devuelven después de un año de pagar a tiempo? ¿Gana "
           "intereses?\n\nGraciela",
           reply=W_GRACIELA, labels=[Q], ent={"name": "Graciela"}, lang="es", spec_id="es-welcome-reply-deposit",
           cat="question", note="Spanish reply to the welcome: deposit amount, refund and interest. Question only.")
    # 0049 ---------------------------------------------------------------
    person(49, 15, "17:50", CC, "Jordan Pfeiffer", "jordan.pfeiffer@gmail.com", "gmail", "gmail",
           "Communication preferences - new customer",
           "Hi - I just want bills and outage alerts. No marketing mail, no promo e-mails, no \"special offers,\" no "
           "newsletters, and no phone calls about solar or thermostats please.\n\nThanks!\nJordan Pfeiffer\n"
           "acct #310755829913",
           labels=[MO], ent={"name": "Jordan Pfeiffer", "account": "310755829913"}, spec_id="optout-every-channel",
           cat="marketing opt-out", note="Opt-out listed channel by channel (mail, e-mail, phone); service mail kept.")
    # 0050 ---------------------------------------------------------------
    person(50, 16, "09:05", PH, "Marjorie Heald", "mheald41@aol.com", "aol", "aol", "My daughter's catalog order",
           "Hello,\n\nMy daughter, Kelsey Heald, stayed with me over the holidays and ordered something from your "
           "catalog using my address in Anamosa. She lives in Chicago, not here. I don't want catalogs in her name "
           "coming to my house, and I don't think she wants her name given out either.\n\nMarjorie Heald",
           unclear=True, ent={"name": "Kelsey Heald"}, spec_id="mother-for-adult-daughter", cat="unclear",
           note="Mother writes about her adult daughter's catalog record (no standing; 'I don't think she wants' is a "
                "guess). Unclear; entity names the daughter the request is about.")
    # 0051 ---------------------------------------------------------------
    d = jan(16, "12:40", 51)
    machine(51, M.google_group(d, CC, "sunprairie-newcomers", "Sun Prairie Newcomers", "Kara Lindqvist",
                               "kara.lindqvist@gmail.com", "Alliant catalog + do they sell your name?",
                               "Has anyone figured out how to get Alliant to stop sending the PowerHouse catalog? "
                               "We've been in the house 3 weeks and have two already. Also does anyone know if they "
                               "sell your name to other companies? I'd like to opt out of that too.\n\nKara"),
            d, CC, spec_id="list-post-newcomers-group", cat="automated: list post", program="Google Groups",
            note="Neighborhood newcomers' mailing-list post (our address is subscribed); opt-out words addressed to "
                 "the list, not to us. Automated.")
    # 0052 ---------------------------------------------------------------
    person(52, 16, "18:22", CC, "Ben Achterberg", "ben.achterberg@gmail.com", "gmail", "gmail",
           "Question about sharing customer data",
           "Hello,\n\nI'm new to Alliant (moved from Naperville, IL). ComEd had a setting where I could say my usage "
           "data could not go to third-party energy suppliers or solar installers. Does Alliant share customer names, "
           "addresses or usage data with outside companies, solar companies included? What does your privacy policy "
           "say about that? I'm not asking you to change anything yet, I just want to know how it works here.\n\n"
           "Ben Achterberg",
           labels=[Q], ent={"name": "Ben Achterberg"}, spec_id="mover-illinois-sharing-question", cat="question",
           note="Asks whether and with whom data is shared and says explicitly he is not asking for a change: question "
                "only, no opt-out.")
    # 0053 ---------------------------------------------------------------
    person(53, 17, "11:00", CC, "Tamika Rowe", "tamika.rowe@hotmail.com", "outlook_web", "outlook",
           "RE: " + STAFF_TAMIKA["subject"],
           "Thank you Renee, that clears it up! I'll have Xcel send the letter this week.\n\nTamika",
           reply=STAFF_TAMIKA, ack=None, ent={"name": "Tamika"}, spec_id="thanks-to-staff-answer",
           cat="human, no action (thanks)",
           note="Thanks under a staff member's answer about the deposit; nothing to do, no acknowledgement.")
    # 0054 ---------------------------------------------------------------
    d = jan(17, "15:33", 19)
    machine(54, M.ooo_outlook(ACK_TRAVEL, d, CC, "Lena Sorensen", "lena.sorensen@outlook.com",
                              "Thanks for your message. I'm in the middle of a move until January 24 and checking "
                              "email only now and then. I'll get back to you after that."),
            d, CC, spec_id="loop-ooo-to-ack", cat="automated: auto-reply (loop trap)", answers="ACK",
            program="Outlook.com automatic reply",
            note="LOOP TRAP: automatic reply to our own acknowledgement. Must never be answered.")
    # 0055 ---------------------------------------------------------------
    person(55, 17, "20:10", PH, "Gwen Paulsen", "gwenp_1960@yahoo.com", "yahoo_mobile", "yahoo",
           "Re: " + ORDER_GWEN["subject"], "STOP", reply=ORDER_GWEN, unclear=True,
           spec_id="order-confirm-reply-stop", cat="unclear",
           note="STOP under an order confirmation (transactional, not a promotion): stop the order, the e-mails, the "
                "sharing its footer mentions? Unclear.")
    # 0056 ---------------------------------------------------------------
    person(56, 18, "08:48", CC, "The Petersen Family", "thepetersenfamily@outlook.com", "outlook_web", "outlook",
           "No marketing please - new account",
           "Hi,\n\nThis is Amy Petersen, the account holder (we started service at the Fitchburg house on January 8). "
           "Please take our household off all marketing mail and e-mail.\n\nPlease reply to my own address, "
           "amy.petersen.wi@gmail.com - this one is the family's shared inbox.\n\nAmy Petersen",
           reply_to="Amy Petersen <amy.petersen.wi@gmail.com>", ack="reply_to", labels=[MO],
           ent={"name": "Amy Petersen"}, spec_id="shared-family-inbox-reply-to", cat="marketing opt-out",
           note="Account holder writes from a shared family inbox and asks to be answered at her own address "
                "(Reply-To): ack goes there.")
    # 0057 ---------------------------------------------------------------
    person(57, 18, "12:05", CC, "Osvaldo Treviño", "otrevino.mtown@hotmail.com", "outlook_web", "outlook",
           "¿Qué es budget billing?",
           "Buenas tardes,\n\nMe mudé de San Antonio a Marshalltown en diciembre. En Texas, con CPS Energy, pagábamos "
           "según lo que gastábamos cada mes. En el paquete de bienvenida mencionan \"Budget Billing\". ¿Cómo "
           "funciona? ¿Pago lo mismo todos los meses y luego hacen un ajuste? ¿Puedo inscribirme si soy cliente "
           "nuevo?\n\nGracias,\nOsvaldo Treviño",
           labels=[Q], ent={"name": "Osvaldo Treviño"}, lang="es", spec_id="es-mover-texas-budget-billing",
           cat="question", note="Spanish: mover from Texas asks how Budget Billing works and whether he can enrol.")
    # 0058 ---------------------------------------------------------------
    d = jan(18, "16:20", 26)
    machine(58, M.bounce_qmail(W_KATKA, "Katka Dvorak", d, CC, "mail.rivervalleyisp.net", "192.0.2.118"),
            d, CC, spec_id="bounce-welcome-qmail", cat="automated: bounce", answers="WELCOME", program="qmail",
            note="qmail failure notice (no MIME) with our welcome e-mail copied below.")
    # 0059 ---------------------------------------------------------------
    webform(59)
    # 0060 ---------------------------------------------------------------
    person(60, 19, "13:44", PH, "Julie Brandvold", "julie.brandvold@gmail.com", "gmail", "gmail",
           "Re: " + P1("x")["subject"],
           "We got the paper catalog at the new house this week too. Keep sending yours, the kids love circling "
           "things in it. But please don't share our name with any other catalog companies, we're already getting "
           "five or six a day since we moved.\n\nMark & Julie Brandvold",
           reply=P1("julie.brandvold@gmail.com"), labels=[CSO], ent={"name": "Mark & Julie Brandvold"},
           spec_id="promo1-reply-keep-catalog-no-share", cat="catalog-sharing opt-out",
           note="Replying under a promotion whose footer says 'unsubscribe', she asks to keep the catalog: sharing "
                "opt-out only, no marketing opt-out.")
    # 0061 ---------------------------------------------------------------
    person(61, 19, "19:30", CC, "", "tlarkin22@gmail.com", "gmail", "gmail", "", "Opt me out.", unclear=True,
           spec_id="opt-me-out-no-object", cat="unclear",
           note="'Opt me out.' with an empty subject and no context: of what? Unclear.")
    # 0062 ---------------------------------------------------------------
    d = jan(20, "08:00", 14)
    machine(62, M.calendar_invite(d, CC, "Lisa Moreland", "lmoreland@alliant-energy.com",
                                  "New customer onboarding review - January", jan(22, "13:00", 0), jan(22, "14:00", 0),
                                  "Madison HQ 3B / Teams",
                                  "Review of the January welcome journey: bounce rate on welcome e-mails, opt-out "
                                  "volume from new customers, catalog new-mover offer results."),
            d, CC, spec_id="calendar-invite-internal", cat="automated: calendar invitation",
            program="Exchange (text/calendar)",
            note="Internal meeting invitation (text/calendar) sent to the shared mailbox; mentions opt-outs.")
    # 0063 ---------------------------------------------------------------
    person(63, 20, "10:35", CC, "Colleen Vasquez", "colleen.vasquez.wi@gmail.com", "gmail", "gmail",
           "Fwd: " + BILL_COLLEEN["subject"],
           "Hi,\n\nForwarding my first bill. Why is there a $225.00 security deposit on it? Nobody mentioned a "
           "deposit when I signed up on the phone. And is the \"Service Connection Charge\" a one-time thing?\n\n"
           "Acct 3107 6612 0983\n\nColleen Vasquez",
           reply=BILL_COLLEEN, fwd=True, labels=[Q], ent={"name": "Colleen Vasquez", "account": "3107 6612 0983"},
           spec_id="fwd-first-bill-deposit", cat="question",
           note="Forwards our first-bill notice (which says 'opted out of marketing') with a deposit question; only "
                "her words count.")
    # 0064 ---------------------------------------------------------------
    person(64, 20, "14:02", PH, "Sven Halvorsen", "sven.halvorsen@outlook.com", "outlook_web", "outlook", "Catalog",
           "Please stop sending the PowerHouse catalog and don't share my name with other companies. How long does it "
           "take for the catalogs to stop? We've only been in the house a month and there are already two.\n\n"
           "Sven Halvorsen\nFond du Lac 54935",
           labels=[MO, CSO, Q], ent={"name": "Sven Halvorsen", "postal_code": "54935"},
           spec_id="both-plus-how-long", cat="both opt-outs + question",
           note="Both opt-outs stated outright plus how long it takes: all three labels.")
    # 0065 ---------------------------------------------------------------
    d = jan(20, "17:48", 40)
    machine(65, M.bounce_sendmail(W_LARS, "Lars Hansen", d, CC, "mx.dodgeconet.com", "192.0.2.129"),
            d, CC, spec_id="bounce-welcome-sendmail", cat="automated: bounce", answers="WELCOME",
            program="Sendmail 8.17",
            note="Sendmail DSN returning a full copy of our welcome e-mail (message/rfc822).")
    # 0066 ---------------------------------------------------------------
    d = jan(21, "09:16", 3)
    machine(66, M.vacation_gmail(P3("rociofuentes.ia@gmail.com"), d, CC, "Rocío Fuentes", "rociofuentes.ia@gmail.com",
                                 "Respuesta automática: de viaje",
                                 "Hola, gracias por tu mensaje. Estoy de viaje (¡mudanza!) hasta el 1 de febrero y "
                                 "casi no reviso el correo. Te contesto a mi regreso.\n\nRocío"),
            d, CC, spec_id="es-vacation-promo3", cat="automated: auto-reply", answers="AE-2701-HEA", lang="es",
            program="Gmail vacation responder",
            note="Spanish Gmail vacation auto-reply (Auto-Submitted) to the assessment promotion.")
    # 0067 ---------------------------------------------------------------
    person(67, 21, "09:20", CC, "Laurel Finch", "laurel.finch@yahoo.com", "yahoo", "yahoo", "unsubscribe", "",
           labels=[MO], spec_id="yahoo-list-unsubscribe-promo3", cat="software unsubscribe (List-Unsubscribe mailto)",
           note="Empty message with subject 'unsubscribe' to our List-Unsubscribe address minutes after the "
                "promotion: a mail client's unsubscribe; marketing opt-out.")
    # 0068 ---------------------------------------------------------------
    sweep(68)
    # 0069 ---------------------------------------------------------------
    person(69, 21, "11:30", CC, "Kristin Moua", "kristin.moua@gmail.com", "gmail", "gmail", "Re: " + P3("x")["subject"],
           "We bought our house in November. The previous owners told us they had one of these assessments done in "
           "2025. Are we still eligible? If so, please sign us up. Weekday afternoons work best.\n\nKristin Moua\n"
           "608-555-0162",
           reply=P3("kristin.moua@gmail.com"), labels=[Q], ent={"name": "Kristin Moua"},
           spec_id="promo3-reply-sign-us-up", cat="question",
           note="Wants the offered assessment (opting in) and asks about eligibility: question. Phone is not an entity.")
    # 0070 ---------------------------------------------------------------
    person(70, 21, "14:05", CC, "Miguel Ángel Pérez", "maperez.sheb@gmail.com", "gmail_android", "gmail",
           "Re: " + P3("x")["subject"], "No me interesa. Por favor quítenme de esta lista de correos.",
           reply=P3("maperez.sheb@gmail.com"), labels=[MO], lang="es", spec_id="es-promo3-reply-remove",
           cat="marketing opt-out", note="Spanish reply to a promotion: not interested, remove me from this list.")
    # 0071 ---------------------------------------------------------------
    person(71, 22, "08:15", CC, "Doug Reinholt", "dreinholt@mediacombb.net", "outlook_desktop",
           ("isp", "smtp.mediacombb.net", "173.247.34.19", None), "RE: " + P3("x")["subject"],
           "Sign me up for the assessment, but then no more emails from you after that. I get way too many.\n\n"
           "Doug Reinholt",
           reply=P3("dreinholt@mediacombb.net"), unclear=True, ent={"name": "Doug Reinholt"},
           spec_id="promo3-reply-signup-but-no-emails", cat="unclear",
           note="Mixed wishes: opts in to a marketing program and asks for no more e-mail in the same breath. Unclear "
                "per the mixed-wishes rule.")
    # 0072 ---------------------------------------------------------------
    person(72, 22, "12:40", CC, "Jess Kowalski", "jess.kowalski@gmail.com", "gmail", "gmail",
           "Delete my old account data",
           "Hi,\n\nI had an account at my old apartment on 1st Ave (closed it Jan 15) and now I have a new account at "
           "the house. Please delete all of my data from the old account. There's no reason for you to keep it "
           "now.\n\nOld acct 4410 537 226\n\nJess Kowalski",
           labels=[Q], unclear=True, ent={"name": "Jess Kowalski", "account": "4410 537 226"},
           spec_id="delete-old-account-data", cat="unclear + question",
           note="Request to delete all data of a closed account: unclear plus question (deletion is not for the bot).")
    # 0073 ---------------------------------------------------------------
    d = jan(22, "17:25", 9)
    machine(73, M.vendor_notice(d, CC, "Paystream Notifications", "no-reply@paystream-billing.net",
                                "mta2.paystream-billing.net", "198.51.100.23",
                                "[Paystream] eBill enrollment export ALLIANT-WPL 2027-01-22: 318 new, 0 errors",
                                "Daily export completed\n\nClient: ALLIANT-WPL\nFile: ebill_enroll_20270122.csv\n"
                                "New enrollments: 318\nCancellations: 12\nErrors: 0\n\n"
                                "Customers who cancel eBill return to paper statements at their mailing address. "
                                "Marketing preferences are not part of this export.\n\n"
                                "This mailbox does not accept replies.\n"),
            d, CC, spec_id="vendor-paperless-export", cat="automated: notification", program="Paystream (billing vendor)",
            note="Billing vendor's daily paperless-enrollment export notice.")
    # 0074 ---------------------------------------------------------------
    person(74, 23, "10:10", PH, "Rosemary Quist", "rquist@aol.com", "aol", "aol", "name sharing",
           "Hello PowerHouse people,\nFirst time customer here (the heated mattress pad, which I love). Please keep my "
           "name private: no renting, trading or selling it to other catalogs.\nMy mailing label says CUST 0081-4472."
           "\nThank you,\nRosemary Quist\nPlatteville, WI 53818",
           html_only=True, labels=[CSO], ent={"name": "Rosemary Quist", "postal_code": "53818",
                                               "account": "CUST 0081-4472"},
           spec_id="first-buyer-keep-private-html", cat="catalog-sharing opt-out",
           note="HTML-only: first-time buyer asks that her name not be rented, traded or sold; catalog customer "
                "number as written on the label.")
    # 0075 ---------------------------------------------------------------
    person(75, 23, "14:30", CC, "Pete Gunderson", "pgunderson.mc@gmail.com", "gmail", "gmail", "opt out",
           "Xcel had me opted out of marketing for years back in Rochester, MN. I know that doesn't carry over to a new "
           "company, so here it is again: please opt me out of all marketing by mail and e-mail.\n\nPete Gunderson\n"
           "Mason City",
           labels=[MO], ent={"name": "Pete Gunderson"}, spec_id="mover-xcel-optout-again", cat="marketing opt-out",
           note="Mover restates an opt-out he had with his old utility; the earlier opt-out is context, this one is "
                "explicit.")
    # 0076 ---------------------------------------------------------------
    person(76, 23, "19:02", CC, "Esperanza Ruiz", "esperanza.ruiz58@hotmail.com", "outlook_web", "outlook",
           "RE: " + PAPER_ESPERANZA["subject"],
           "Buenas noches,\n\nYo no pedí la factura electrónica. Quiero seguir recibiendo la factura en papel en mi "
           "casa, por favor cámbienlo. Mi hijo me ayudó a abrir la cuenta y creo que marcó esa opción por error.\n\n"
           "Y por favor no me manden publicidad, ni por correo ni por email.\n\nEsperanza Ruiz",
           reply=PAPER_ESPERANZA, labels=[MO, Q], ent={"name": "Esperanza Ruiz"}, lang="es",
           spec_id="es-paperless-reply-paper-and-no-ads", cat="opt-out + question",
           note="Spanish reply to the paperless confirmation: switch back to paper (service request) and no "
                "advertising (marketing opt-out).")
    # 0077 ---------------------------------------------------------------
    d = jan(24, "11:45", 50)
    h = ("<html><body style=\"font-family:Arial\"><p><b>Alliant Energy</b> - Centro de Reembolsos</p>"
         "<p>Estimado cliente:</p><p>Como cliente nuevo, usted tiene derecho a un <b>reembolso de su depósito de "
         "bienvenida por $175.00</b>. Para recibirlo, verifique su cuenta bancaria antes de 24 horas.</p>"
         "<p><a href=\"https://alliant-servicio-reembolso.top/verificar?c=55102\">VERIFICAR Y RECIBIR REEMBOLSO</a></p>"
         "<p>Si no verifica, el reembolso será cancelado.</p><p style=\"font-size:10px\">Para no recibir más avisos, "
         "responda BAJA.</p></body></html>")
    machine(77, M.bulk(d, CC, "Alliant Energy Reembolsos", "reembolsos@alliant-servicio.com", "smtp.bulkrelay-7.example",
                       "203.0.113.201", "Reembolso de su depósito de bienvenida: $175.00",
                       "Estimado cliente: como cliente nuevo tiene derecho a un reembolso de su depósito de bienvenida "
                       "por $175.00. Verifique su cuenta: https://alliant-servicio-reembolso.top/verificar?c=55102",
                       h, None, precedence=None, cte="base64", auth_ok=False),
            d, CC, spec_id="es-phish-deposit-refund", cat="automated: spam/phishing", lang="es", program="phishing kit",
            note="Spanish phishing for a 'welcome deposit refund', base64, look-alike domain; 'responda BAJA' is bait.")
    # 0078 ---------------------------------------------------------------
    person(78, 24, "15:20", CC, "Alma Reyes", "almareyes.bdam@icloud.com", "iphone", "icloud", "",
           "Por favor paren.\n\nEnviado desde mi iPhone", unclear=True, lang="es", spec_id="es-please-stop-no-object",
           cat="unclear", note="Spanish 'please stop' with empty subject and nothing saying what to stop: unclear.")
    # 0079 ---------------------------------------------------------------
    person(79, 24, "20:05", PH, "Gloria Weatherby", "gloria.weatherby@outlook.com", "outlook_web", "outlook",
           "Catalogs since my first order",
           "Dear PowerHouse Catalog,\n\nI am 71 years old and just moved to Burlington to be closer to my son. I placed "
           "one order with you in December (a programmable thermostat my son installed). Since then I have received "
           "your catalog twice, plus catalogs from three companies I have never heard of: a garden company, a "
           "\"senior comfort\" clothing company and a company selling walk-in tubs.\n\nI would like the following:\n"
           "1. Please stop sending me the PowerHouse Catalog.\n2. Please do not share, sell or rent my name and "
           "address to anyone.\n3. Please tell me whether my name has already been given to other companies, and "
           "which ones, so I can contact them.\n\nSincerely,\nGloria Weatherby\n1450 Summer St, Apt 2\n"
           "Burlington, IA 52601",
           labels=[MO, CSO, Q], ent={"name": "Gloria Weatherby", "postal_code": "52601"},
           spec_id="first-buyer-letter-three-asks", cat="both opt-outs + question",
           note="Long letter: stop the catalog, do not share, and tell me who already got my name. All three labels.")
    # 0080 ---------------------------------------------------------------
    person(80, 25, "09:30", CC, "Kayla Lutz", "kayla.lutz.wi@gmail.com", "gmail", "gmail", "promotional mail",
           "Hi, my husband opened our new account in his name (Derek Lutz) and asked me to email you to stop the "
           "promotional mail. I'm not on the account myself. Thanks - Kayla",
           unclear=True, ent={"name": "Derek Lutz"}, spec_id="spouse-not-on-account", cat="unclear",
           note="Spouse who says she is not on the account writes for the account holder: no clear standing, unclear. "
                "Entity names the account holder the request is for.")
    # 0081 ---------------------------------------------------------------
    d = jan(25, "13:10", 22)
    machine(81, M.bounce_postfix(W_ROSA, "Rosa Mendez", d, CC,
                                 "connect to mx.lakeshorewireless.net[192.0.2.210]:25: Connection timed out",
                                 "X-Postfix; connect to mx.lakeshorewireless.net[192.0.2.210]:25: Connection timed out",
                                 "4.4.1", delayed=True, relay="smtp-out2"),
            d, CC, spec_id="delay-dsn-welcome", cat="automated: bounce (delay warning)", answers="WELCOME",
            program="Postfix (our outbound relay)",
            note="Delay warning (Action: delayed) for a welcome e-mail; not a failure, still automated.")
    # 0082 ---------------------------------------------------------------
    person(82, 25, "16:44", CC, "Cody Wagner", "codyj.wagner@yahoo.com", "yahoo", "yahoo", "emails",
           "pls take me of you're email list and dont send no more flyers to the new house either thx\n\ncody",
           labels=[MO], ent={"name": "cody"}, spec_id="typo-optout-email-and-flyers", cat="marketing opt-out",
           note="Misspelled but clear: off the e-mail list and no more flyers by post. First name as written.")
    # 0083 ---------------------------------------------------------------
    d = jan(26, "08:31", 30)
    machine(83, M.challenge(P4("gwen.haugen@tds.net"), d, PH, "gwen.haugen@tds.net"),
            d, PH, spec_id="challenge-response-promo4", cat="automated: challenge-response", answers="PH-2701-WCL",
            program="SpamBarrier", note="Challenge-response 'confirm you are human' reply to the clearance promotion.")
    # 0084 ---------------------------------------------------------------
    person(84, 26, "09:00", PH, "Marina Ferreira", "m.ferreira@outlook.com", "outlook_web", "outlook", "unsubscribe",
           "unsubscribe PH-2701-WCL", labels=[MO], spec_id="outlook-list-unsubscribe-promo4",
           cat="software unsubscribe (List-Unsubscribe mailto)",
           note="Outlook.com's unsubscribe used the mailto's body= text (campaign token): marketing opt-out from a "
                "catalog e-mail, never a sharing opt-out.")
    # 0085 ---------------------------------------------------------------
    person(85, 26, "10:25", PH, "", "nate.kessler.ia@gmail.com", "gmail", "gmail", "Re: " + P4("x")["subject"],
           "Unsubscribe me please. I don't care if you share my info, I just don't want the emails.",
           reply=P4("nate.kessler.ia@gmail.com"), labels=[MO], spec_id="promo4-reply-share-whatever",
           cat="marketing opt-out",
           note="'Share whatever, just stop the e-mails': marketing opt-out only, explicitly not a sharing opt-out.")
    # 0086 ---------------------------------------------------------------
    person(86, 26, "15:37", PH, "Teresa Gallardo", "teresa.gallardo.fdl@gmail.com", "gmail", "gmail",
           "Re: " + P4("x")["subject"],
           "Hola,\n\nQuiero seguir recibiendo el catálogo y sus correos, me gustan las ofertas. Pero por favor no "
           "compartan mi nombre ni mi dirección con otras compañías de catálogos. Acabo de hacer mi primer pedido.\n\n"
           "Teresa Gallardo",
           reply=P4("teresa.gallardo.fdl@gmail.com"), labels=[CSO], ent={"name": "Teresa Gallardo"}, lang="es",
           spec_id="es-promo4-reply-keep-catalog-no-share", cat="catalog-sharing opt-out",
           note="Spanish, under a promotion: keep catalog and e-mails, do not share name or address. Sharing only.")
    # 0087 ---------------------------------------------------------------
    person(87, 26, "19:20", CC, "Walter Brenneman", "wbrenneman@gmail.com", "gmail", "gmail", "Privacy policy question",
           "Hello,\n\nI'm reading the privacy policy that came with my welcome packet. It says the PowerHouse Catalog "
           "sometimes shares customer names with other catalog companies. Does that apply to me if I've never ordered "
           "anything from the catalog? In other words, does becoming an Alliant Energy customer put me on the "
           "catalog's list automatically?\n\nIf it does, then please don't share mine.\n\nWalter Brenneman\n"
           "Sun Prairie 53590",
           labels=[CSO, Q], ent={"name": "Walter Brenneman", "postal_code": "53590"},
           spec_id="policy-question-conditional-no-share", cat="catalog-sharing opt-out + question",
           note="Policy question plus a conditional 'if it does, don't share mine': recording a sharing opt-out is "
                "harmless either way, so both labels.")
    # 0088 ---------------------------------------------------------------
    d = jan(27, "08:40", 0)
    txt = ("GRID CUSTOMER WEEKLY - January 27, 2027\n\n"
           "1. Onboarding new customers: five utilities that cut deposit complaints in half\n"
           "2. Paperless billing adoption hits 61% among new movers\n"
           "3. State privacy laws: what 'opt-out of sale' means for utility catalog programs\n\n"
           "Read online: https://gridcustomerweekly.com/issues/2027-01-27\n\n"
           "You are subscribed as customercare@alliant-energy.com. Unsubscribe: "
           "https://gridcustomerweekly.com/unsubscribe?u=ae-cc")
    machine(88, M.bulk(d, CC, "Grid Customer Weekly", "newsletter@gridcustomerweekly.com", "mail.gridcustomerweekly.com",
                       "198.51.100.140", "Onboarding new customers: 5 utilities that cut deposit complaints", txt,
                       "<html><body>" + "".join(f"<p>{l}</p>" for l in txt.split("\n") if l) + "</body></html>",
                       "<https://gridcustomerweekly.com/unsubscribe?u=ae-cc>",
                       list_id="Grid Customer Weekly <weekly.gridcustomerweekly.com>"),
            d, CC, spec_id="industry-newsletter", cat="automated: newsletter", program="newsletter platform",
            note="Industry newsletter the mailbox subscribes to (List-Id, Precedence: bulk); talks about opt-outs.")
    # 0089 ---------------------------------------------------------------
    person(89, 27, "11:15", CC, "Marcus Bell", "marcus@bellheatingcooling.com", "outlook_desktop", "tenant",
           "New account - 2 things",
           "Two things on my new residential account:\n\n1) No marketing to me, mail or e-mail.\n2) My bank's bill pay "
           "won't accept the new 12-digit number 3107 2039 4418. Do I enter it with the spaces, without them, or use "
           "the old number from the paper letter?\n\nMarcus Bell\nBell Heating & Cooling",
           labels=[MO, Q], ent={"name": "Marcus Bell", "account": "3107 2039 4418"},
           spec_id="optout-and-new-account-format", cat="opt-out + question",
           note="Opt-out plus a question about entering the new 12-digit account number at his bank. Writes from his "
                "business address about his home account; From is his own, so ack goes there.")
    # 0090 ---------------------------------------------------------------
    person(90, 27, "15:48", CC, "Cody Wagner", "codyj.wagner@yahoo.com", "yahoo", "yahoo",
           "Re: " + ACK_CODY["subject"], "got it thanks", reply=ACK_CODY, ack=None,
           spec_id="thanks-to-ack-yahoo", cat="human, no action (thanks)",
           note="Short thanks under our acknowledgement (quoted without '>' by Yahoo, and the quote mentions opting "
                "out): nothing to do, no answer.")
    # 0091 ---------------------------------------------------------------
    d = jan(27, "19:30", 37)
    h = ("<html><body><center><h2>Congratulations on your new home!</h2><p>New homeowners in Iowa and Wisconsin "
         "qualify for <b>60 days of FREE home warranty coverage</b> on furnace, water heater and appliances.</p>"
         "<p><a href=\"https://hs-warranty-offers.info/claim?ref=ae\">Activate my free coverage</a></p>"
         "<p style=\"font-size:10px\">You received this offer because public records show a recent change of "
         "ownership. To opt out of future mailings visit hs-warranty-offers.info/optout.</p></center></body></html>")
    machine(91, M.bulk(d, CC, "HomeShield Warranty", "offers@hs-warranty-offers.info", "mx3.hs-warranty-offers.info",
                       "203.0.113.77", "Congratulations on your new home - claim 60 days free coverage", "", h,
                       "<https://hs-warranty-offers.info/optout>", html_only=True, cte="base64", auth_ok=False),
            d, CC, spec_id="spam-home-warranty", cat="automated: spam/bulk", program="bulk mailer",
            note="New-homeowner warranty spam, HTML-only base64; its opt-out text is not ours.")
    # 0092 ---------------------------------------------------------------
    person(92, 28, "09:05", CC, "Brianna Coulter", "bri.coulter@gmail.com", "gmail", "gmail", "Don't share my info",
           "Hi,\n\nNew customer here (moved from Austin to Clinton last month). Please don't sell or share my name, "
           "address or phone number with anyone outside Alliant Energy. Texas's privacy law gave me that right and I "
           "used it with every company there, so I'm doing the same here.\n\nBrianna Coulter\nClinton, IA 52732",
           labels=[CSO], ent={"name": "Brianna Coulter", "postal_code": "52732"}, spec_id="mover-texas-no-share",
           cat="catalog-sharing opt-out",
           note="Sharing opt-out sent to customercare, citing Texas law; nothing about marketing.")
    # 0093 ---------------------------------------------------------------
    person(93, 28, "13:33", PH, "Nora Ellingson", "nora.ellingson@gmail.com", "gmail", "gmail",
           "Put me back on the catalog list",
           "Hi,\n\nWhen we moved in last month I asked to be taken off the catalog mailing list because we were "
           "drowning in mail. Now that things have calmed down I actually want it again. Could you put me back on? "
           "Address is 405 Ash St, Baraboo WI 53913.\n\nThanks,\nNora Ellingson",
           labels=[Q], ent={"name": "Nora Ellingson", "postal_code": "53913"}, spec_id="opt-back-in-catalog",
           cat="question", note="Opting back in to the catalog: a question; the earlier removal she mentions is not a "
                                "new opt-out.")
    # 0094 ---------------------------------------------------------------
    d = jan(28, "17:00", 44)
    machine(94, M.vendor_notice(d, PH, "Heartland Mailing Services", "dataops@heartlandmailing.com",
                                "smtp.heartlandmailing.com", "198.51.100.88",
                                "NCOALink results: AE_PH_catalog_Jan27 - 23,118 records, 1,406 moves",
                                "NCOALink processing complete\n\nList: AE_PH_catalog_Jan27 (PowerHouse Catalog, "
                                "spring drop)\nRecords in: 23,118\nMoves found: 1,406 (individual 802, family 604)\n"
                                "New addresses applied: 1,311\nMoved, left no address: 95\n\n"
                                "Do-not-share and do-not-mail flags were carried to the updated records. The list "
                                "rental extract will be built from the updated file on February 2.\n\n"
                                "Results: sftp://files.heartlandmailing.com/alliant/out/AE_PH_catalog_Jan27_ncoa.zip\n\n"
                                "Heartland Mailing Services - Data Operations\n"),
            d, PH, spec_id="vendor-ncoa-report", cat="automated: notification", program="mail house notice",
            note="Mail house's NCOA move-update report on the catalog list; talks about do-not-share flags, asks "
                 "nothing.")
    # 0095 ---------------------------------------------------------------
    person(95, 29, "10:40", CC, "Rubén Castillo", "rcastillo@tds.net", "thunderbird",
           ("isp", "mail.tds.net", "216.170.153.22", None), "Otra dirección",
           "Hola, es lo mismo que pedí antes pero para la otra dirección. Gracias.\n\nRubén",
           unclear=True, ent={"name": "Rubén"}, lang="es", charset="ISO-8859-1", cte="8bit", lang_tag="es-MX",
           hcharset="iso-8859-1", hmode="Q", spec_id="es-same-as-before-other-address", cat="unclear",
           note="Spanish, ISO-8859-1 8bit: 'same as I asked before, for the other address' without saying what. "
                "Unclear.")
    # 0096 ---------------------------------------------------------------
    person(96, 29, "14:15", CC, "Paul Kaminski", "pkaminski@dodgeconet.com", "outlook_desktop",
           ("isp", "mx.dodgeconet.com", "192.0.2.130", None), "Privacy preferences - new owners of 614 Ridge Rd",
           "Hello,\n\nWe are the new owners of 614 Ridge Rd in Beaver Dam (closed December 18, service in both our "
           "names since December 21). We moved here from Connecticut, where our utility (Eversource) had a simple "
           "privacy form with three checkboxes. Since we can\u2019t find one on your site, here is our version in "
           "writing:\n\n- No marketing or promotional mail, e-mail or phone calls to either of us.\n- Do not share, "
           "sell or rent our names or address with other companies, including any catalog companies.\n- Question: "
           "can we start Budget Billing before our first bill comes, or do we have to wait for it?\n\nThank you,\n"
           "Paul and Denise Kaminski\n614 Ridge Rd\nBeaver Dam, WI 53916",
           labels=[MO, CSO, Q], ent={"name": "Paul and Denise Kaminski", "postal_code": "53916"},
           charset="windows-1252", spec_id="mover-connecticut-three-checkboxes", cat="both opt-outs + question",
           note="Joint owners, both on the account: both opt-outs plus a Budget Billing question.")
    # 0097 ---------------------------------------------------------------
    d = jan(29, "18:50", 2)
    machine(97, M.headerless_autoreply(ACK_OAK, d, CC, "Oak Terrace Apartments", "leasing@oakterraceapts.com", "crm",
                                       "Re: " + ACK_OAK["subject"],
                                       "Thank you for contacting Oak Terrace Apartments! A leasing specialist will "
                                       "respond within one business day.\n\nOffice hours: Monday-Friday 9-5, "
                                       "Saturday 10-2.\nFor maintenance emergencies call 608-555-0117.\n\n"
                                       "Oak Terrace Apartments | 5200 Oak Terrace Dr, Fitchburg, WI 53711"),
            d, CC, spec_id="loop-leasing-autoresponder", cat="automated: auto-reply (loop trap, no headers)",
            answers="ACK", program="leasing CRM autoresponder",
            note="LOOP TRAP: a leasing office's CRM autoresponder answers our acknowledgement, without Auto-Submitted. "
                 "Its signature ZIP is not a request.")
    # 0098 ---------------------------------------------------------------
    person(98, 30, "11:20", CC, "Héctor Lozano", "hlozano.clinton@gmail.com", "gmail_android", "gmail", "Publicidad",
           "Por favor nunca me envíen publicidad. Soy cliente nuevo. Gracias.", labels=[MO], lang="es",
           spec_id="es-never-send-ads", cat="marketing opt-out",
           note="Spanish 'please never send me advertising', written up front by a new customer.")
    # 0099 ---------------------------------------------------------------
    person(99, 30, "16:05", PH, "", "ljpetrakis@yahoo.com", "yahoo", "yahoo", "name sharing card",
           "There was a little card in the box with my first order about \"name sharing\". Is this where I send it? "
           "I don't have a printer or stamps.",
           labels=[Q], spec_id="how-do-i-send-the-sharing-card", cat="question",
           note="Asks how to send the sharing opt-out card; a question about how to opt out, not yet the opt-out "
                "itself.")
    # 0100 ---------------------------------------------------------------
    person(100, 31, "09:30", CC, "Yesenia Cárdenas", "yesenia.cardenas.wi@gmail.com", "gmail", "gmail",
           "Pago automático y publicidad",
           "Buenos días,\n\nSoy cliente nueva desde el 15 de enero y ya me inscribí en el pago automático. ¿Cuándo se "
           "cobra el primer pago, en la fecha de vencimiento o cuando llega la factura?\n\nY otra cosa: por favor no "
           "me envíen publicidad de ningún tipo.\n\nSaludos,\nYesenia Cárdenas",
           labels=[MO, Q], ent={"name": "Yesenia Cárdenas"}, lang="es", cte="base64",
           spec_id="es-autopay-and-no-ads", cat="opt-out + question",
           note="Spanish, base64: autopay timing question plus no advertising of any kind.")


def webform(n):
    """Our own Contact Us form relay: From noreply, the customer in Reply-To."""
    d = jan(19, "09:12", 4)
    text = ("A customer submitted the Contact Us form on alliantenergy.com.\n\n"
            "Topic: Privacy / marketing preferences\n"
            "Name: Hannah Lindgren\n"
            "Email: hannah.lindgren@gmail.com\n"
            "ZIP code: 53081\n"
            "Account number: 310744017765\n"
            "Message:\n"
            "Started service January 4 (new construction). No promotional mail or e-mail please, ever. Thank you.\n\n"
            "Submitted: 01/19/2027 09:11 CST | Form ID: CU-883120")
    top = T.internal(CC, "noreply@alliantenergy.com", d, "webforms01.alliantenergy.com", "10.30.2.15")
    ct, body = leaf("text/plain; charset=UTF-8", text, "utf-8", "7bit")
    hdr = (top + f"Date: {rfc(d)}\nFrom: Alliant Energy Web Forms <noreply@alliantenergy.com>\n"
           "Reply-To: Hannah Lindgren <hannah.lindgren@gmail.com>\n"
           f"To: {CCA}\nSubject: Contact Us: Privacy / marketing preferences [CU-883120]\n"
           f"Message-ID: <CU-883120.{rhex(8)}@webforms01.alliantenergy.com>\nMIME-Version: 1.0\n"
           "X-Mailer: AE-WebForms/4.2\n" + ct)
    ent = {"name": "Hannah Lindgren", "postal_code": "53081", "account": "310744017765"}
    for v in ent.values():
        assert v in text
    add(n, finish(hdr, body), mbox=CC, automated=False, labels=[MO], unclear=False, ent=ent,
        note="Our Contact Us form relay (From noreply) carrying a customer's marketing opt-out; ack goes to the "
             "Reply-To. Entities come from the fields she filled in.",
        ack_to="hannah.lindgren@gmail.com", spec="webform-relay-optout", cat="marketing opt-out (web form)",
        answers="-", lang="en", program="AE-WebForms relay", date=d)


def sweep(n):
    """An inbox-cleaning service unsubscribing for a person, marked Auto-Submitted: no acknowledgement."""
    d = jan(21, "09:47", 15)
    address = "jmartinez.wi@gmail.com"
    text = f"Unsubscribe request sent by SweepInbox on behalf of {address}."
    top = T.gmail(CC, address, d)
    ct, body = leaf('text/plain; charset="UTF-8"', text, "utf-8", None)
    hdr = (top + "MIME-Version: 1.0\n" + f"From: {address}\nDate: {rfc(d)}\n"
           f"Message-ID: <sweep.{rhex(20)}@sweepinbox.app>\nSubject: unsubscribe\nTo: {CCA}\n"
           "Auto-Submitted: auto-generated\nX-Mailer: SweepInbox/3.2 (unsubscribe agent)\n" + ct)
    add(n, finish(hdr, body), mbox=CC, automated=False, labels=[MO], unclear=False, ent={},
        note="Inbox-cleaning service sends the List-Unsubscribe mailto for the person (sent through her Gmail): "
             "marketing opt-out, but Auto-Submitted forbids an answer, so ack_to is null.",
        ack_to=None, spec="inbox-cleaner-auto-submitted", cat="software unsubscribe (inbox cleaner, Auto-Submitted)",
        answers="AE-2701-HEA", lang="en", program="SweepInbox via Gmail API", date=d)


# ---------------------------------------------------------------- output
def write():
    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for r in ROWS:
        fname = f"{r['n']:04d}.eml"
        (OUT / fname).write_bytes(r["raw"])
        manifest.append(json.dumps({
            "file": fname, "mailbox": r["mbox"], "automated": r["automated"], "labels": r["labels"],
            "unclear": r["unclear"], "entities": r["ent"], "note": r["note"], "ack_to": r["ack_to"]},
            ensure_ascii=False))
        index.append("\t".join([fname, r["spec"], r["cat"], r["answers"], r["lang"], r["program"],
                                r["_date"].isoformat()]))
    (OUT / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    import readme
    (OUT / "README.md").write_text(readme.render(ROWS), encoding="utf-8")


if __name__ == "__main__":
    build()
    write()
    print(f"wrote {len(ROWS)} messages to {OUT}")
