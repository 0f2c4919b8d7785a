#!/usr/bin/env python3
"""Build the dec2028 corpus: 4-15 December 2028, both privacy mailboxes.

python3 _generator/build.py   (rebuilds every .eml, manifest.jsonl, index.tsv and README.md byte for byte)
Standard library only; all randomness comes from lib.R (fixed seed)."""
import base64
import datetime as _dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import *  # noqa
from clients import *  # noqa
import lib

OUT = os.path.dirname(HERE)
ITEMS = []

MO = "marketing_opt_out"
SO = "catalog_share_opt_out"
Q = "question"


def add(raw, mailbox, dt, cat, automated=False, labels=(), unclear=False, entities=None, note="", ack_to=None,
        lang="en"):
    order = [MO, SO, Q]
    labels = [l for l in order if l in labels]
    ITEMS.append(dict(raw=raw, mailbox=mailbox, dt=dt, cat=cat, automated=automated, labels=labels,
                      unclear=unclear, entities=entities or {}, note=note, ack_to=ack_to, lang=lang))


def human(raw, mailbox, dt, cat, labels=(), unclear=False, entities=None, note="", ack_to=None, lang="en"):
    add(raw, mailbox, dt, cat, False, labels, unclear, entities, note, ack_to, lang)


def auto(raw, mailbox, dt, cat, note, lang="en"):
    add(raw, mailbox, dt, cat, True, (), False, {}, note, None, lang)


NAME_CC = to_hdr(CC, "name")
NAME_PH = to_hdr(PH, "name")
CARE = "Alliant Energy Customer Care <%s>" % CC

# acknowledgements our bot sent (some come back quoted, bounced or auto-answered)
ACK_STRAND = ack("CC-2028-12-04118", T(4, 10, 21, 44))
ACK_MARSH = ack("CC-2028-12-04163", T(6, 10, 2, 37))
ACK_BREKKE = ack("CC-2028-12-04171", T(6, 18, 55, 40))
ACK_KOWALSKI = ack("CC-2028-12-04236", T(11, 14, 8, 12))
ACK_LOOP1 = ack("CC-2028-12-04180", T(7, 14, 19, 51))
ACK_LOOP2 = ack("CC-2028-12-04240", T(12, 11, 58, 30))

BILL_HOLLANDER = bill(T(7, 18, 2, 11), "1590", "487.19", "211.04")
BILL_RASMUSSEN = bill(T(7, 18, 2, 40), "7342", "298.66", "141.20")
BILL_THILL = bill(T(7, 18, 3, 2), "0871", "176.35", "102.77")
BILL_RAMIREZ = bill(T(8, 6, 0, 17), "2210", "395.02", "160.48", due="January 4, 2029")
BILL_BUDGET = bill(T(13, 18, 1, 9), "6643", "452.70", "238.15", due="January 9, 2029")

OUT_KOLB = outage(T(9, 2, 14, 5), "14th St, Marion", "OUT-28120902-117", est="6:00 PM Saturday, Dec 9")
OUT_FENSKE = outage(T(9, 2, 16, 48), "Prairie Ave, Anamosa", "OUT-28120902-131", est="8:00 PM Saturday, Dec 9")
OUT_HAUGEN = outage(T(9, 2, 21, 30), "Oak Ridge Rd, Mount Vernon", "OUT-28120902-144", est="9:00 PM Saturday, Dec 9")
OUT_WL = outage(T(9, 3, 2, 2), "E 3rd St (Elm St area), West Liberty", "OUT-28120903-022", est="7:00 PM Saturday, Dec 9")
OUT_ES2 = outage(T(9, 3, 5, 19), "N Calhoun St, West Liberty", "OUT-28120903-022", est="7:00 PM Saturday, Dec 9")
RES_MARV = restored(T(9, 17, 41, 0), "Oak Ridge Rd, Mount Vernon", "OUT-28120902-144")
OUT_OOO = outage(T(9, 2, 14, 9), "Boyson Rd, Hiawatha", "OUT-28120902-117")


# =============================================================== people
def people():
    # ---- Mon 4 Dec
    e = "lhoeft58@gmail.com"
    human(gmail("Linda Hoeft", e, PH, T(4, 7, 12, 30), "Catalog mailing list",
                "Hello,\n\nPlease take me off the mailing list for the PowerHouse catalog. We are downsizing and moving "
                "into a condo after the first of the year and I am trying to cut down on the paper that comes into this house.\n\n"
                "Thank you,\nLinda Hoeft\n1412 Ridgeview Dr\nPlatteville WI 53818"),
          "powerhousecatalog", T(4, 7, 12, 30), "marketing opt-out (person)", [MO],
          entities={"name": "Linda Hoeft", "postal_code": "53818"},
          note="Plain request to stop the catalog mailings; moving is context, not a change-of-address request.", ack_to=e)

    e = "gbrandt.farm@icloud.com"
    human(iphone("Gary Brandt", e, PH, T(4, 8, 3, 12), "catalog",
                 "I got the holiday catalog yesterday. Keep sending it, my wife orders from it every year. But I do NOT "
                 "want my name given or sold to other catalogs we are getting buried this year. Customer # on the label is 0418-77203\n\nGary Brandt"),
          "powerhousecatalog", T(4, 8, 3, 12), "catalog-sharing opt-out", [SO],
          entities={"name": "Gary Brandt", "account": "0418-77203"},
          note="Keeps the catalog, refuses sharing: sharing opt-out only; catalog customer number from the mailing label.", ack_to=e)

    e = "rosamaldonado_74@yahoo.com"
    human(yahoo("Rosa Maldonado", e, CC, T(4, 8, 40, 5), "Correos",
                "Buenos d\u00edas,\nYa no quiero recibir correos de promociones de Alliant. Solo quiero mi factura.\nGracias\nRosa Maldonado"),
          "customercare", T(4, 8, 40, 5), "marketing opt-out (person)", [MO], entities={"name": "Rosa Maldonado"},
          note="Spanish: no more promotional e-mail, keep the bill.", ack_to=e, lang="es")

    e = "kstrand22@outlook.com"
    human(outlookcom("Kevin Strand", e, CC, T(4, 10, 21, 40), "Re: " + LED.subject, "unsubscribe", reply=LED, to=NAME_CC),
          "customercare", T(4, 10, 21, 40), "marketing opt-out (person)", [MO],
          note="One word under the LED-lights promotion: marketing opt-out; the quoted footer is ours.", ack_to=e)

    e = "mjhalverson@gmail.com"
    human(gmail("Mike Halverson", e, CC, T(4, 10, 34, 2), "unsubscribe AE-PR-2812-LED",
                "This message was automatically generated by Gmail.", html=False),
          "customercare", T(4, 10, 34, 2), "List-Unsubscribe mailto (mail client)", [MO],
          note="Gmail's unsubscribe button used our List-Unsubscribe mailto; no Auto-Submitted, so it is acknowledged.", ack_to=e)

    e = "dkuehl@icloud.com"
    human(iphone("Dennis Kuehl", e, CC, T(4, 11, 15, 48), "Re: " + LED.subject,
                 "Does the $5 off work for the C9 bulbs or just the mini lights? Can I get it at Fleet Farm in Waterloo or only online",
                 reply=LED, to=NAME_CC),
          "customercare", T(4, 11, 15, 48), "question", [Q],
          note="Product question under the promotion; the unsubscribe wording is only in the quoted footer.", ack_to=e)

    e = "aleruiz.dbq@gmail.com"
    human(gmail("Alejandra Ruiz", e, CC, T(4, 12, 2, 10), "Re: " + LED_ES.subject,
                "Por favor ya no me manden estos correos. Gracias", reply=LED_ES, lang="es", to=NAME_CC),
          "customercare", T(4, 12, 2, 10), "marketing opt-out (person)", [MO],
          note="Spanish reply under the Spanish LED promotion: stop these e-mails.", ack_to=e, lang="es")

    # ---- Tue 5 Dec
    e = "bjmoser1948@aol.com"
    human(yahoo("Betty Moser", e, PH, T(5, 8, 15, 33), "Re: " + LMG.subject, "STOP", reply=LMG, aol=True, to=NAME_PH),
          "powerhousecatalog", T(5, 8, 15, 33), "marketing opt-out (person)", [MO],
          note="STOP under the Last-Minute Gifts promotion; AOL quotes without '>' so the footer's sharing text is unmarked.",
          ack_to=e)

    raw = generic_transport("jpike.unsub@relay.tidyinbox.com", PH, T(5, 8, 47, 2), "relay.tidyinbox.com",
                            "out-3.relay.tidyinbox.com", "198.51.100.%d" % R.randint(10, 90), dkim_s="ti1",
                            internal=dkim_sig("relay.tidyinbox.com", "ti1", "from:to:subject:date:message-id:auto-submitted") + "\r\n")
    raw += ("From: \"Jason Pike via TidyInbox\" <jpike.unsub@relay.tidyinbox.com>\r\nTo: %s\r\n"
            "Subject: unsubscribe PH-2812-LMG\r\nDate: %s\r\nMessage-ID: <unsub.%s@relay.tidyinbox.com>\r\n"
            "Auto-Submitted: auto-generated\r\nX-Mailer: TidyInbox Unsubscriber 4.2\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
            "unsubscribe\r\n\r\n--\r\nThis request was sent by TidyInbox on behalf of one of its users, who asked to be\r\n"
            "unsubscribed from this mailing list. Replies to this address are not read.\r\n") % (PH, rfc(T(5, 8, 47, 0), UTC), rhex(20))
    human(raw, "powerhousecatalog", T(5, 8, 47, 2), "inbox-cleaner unsubscribe (Auto-Submitted)", [MO],
          note="Inbox-cleaning service wrote to our List-Unsubscribe mailto for its user: opt-out, but Auto-Submitted forbids an answer.",
          ack_to=None)

    e = "judykrause@comcast.net"
    human(comcast("Judith Krause", e, PH, T(5, 9, 30, 51), "Please remove me",
                  "To whom it may concern,\n\nI have never ordered anything from PowerHouse. My sister had a heated throw "
                  "sent to me from your catalog last Christmas (lovely, thank you Donna) and ever since I have been getting "
                  "your catalog and your emails. Please take me off both.\n\nAnd please do not pass my name and address "
                  "along to anybody else. I'm guessing that's how I ended up with three other catalogs this fall that I "
                  "never asked for either.\n\nJudith Krause\nIowa City, IA 52241"),
          "powerhousecatalog", T(5, 9, 30, 51), "both opt-outs", [MO, SO],
          entities={"name": "Judith Krause", "postal_code": "52241"},
          note="Gift recipient who never ordered: stop catalog and e-mails, and do not pass her name on. 'Donna' is the giver, not the subject.",
          ack_to=e)

    e = "mtiedt@rivercityortho.com"
    human(outlook_desktop("Megan Tiedt", e, PH, T(5, 10, 12, 20), "Snow globe lantern item 40219",
                          "Hi,\n\nIs the lighted snow globe lantern (item 40219) still available to ship by the 20th? I'd need 3.\n\n"
                          "Also, unrelated - how do I keep my name off the lists you share with other companies? I saw the note at the bottom of your email.\n\nThanks,",
                          sig="Megan Tiedt\nOffice Manager | River City Orthopedics\n(319) 555-0119"),
          "powerhousecatalog", T(5, 10, 12, 20), "question", [Q], entities={"name": "Megan Tiedt"},
          note="Order question plus 'how do I keep my name off the lists': a question about how to opt out, not the opt-out itself.",
          ack_to=e)

    e = "karen.moe.decorah@gmail.com"
    human(gmail("Karen Lindqvist-Moe", e, PH, T(5, 13, 5, 9), "My mother's catalogs",
                "Hi, my mother Dorothy Lindqvist passed away in October and catalogs are still coming to her house at "
                "408 3rd Ave NW, Waukon IA 52172. Could you please stop sending them? I'm cleaning out the house and "
                "there's a stack of them. Your Holiday one came this week.\n\nThanks,\nKaren"),
          "powerhousecatalog", T(5, 13, 5, 9), "unclear", [], unclear=True,
          entities={"name": "Dorothy Lindqvist", "postal_code": "52172"},
          note="Daughter asks to stop catalogs for her late mother; standing not shown, so staff review. Entities are the mother's.",
          ack_to=e)

    e = "jaz.ortega03@gmail.com"
    human(gmail("Jazm\u00edn Ortega", e, CC, T(5, 15, 22, 14), "emails",
                "hi, porfa qu\u00edtenme de la lista de emails de promociones, ya tengo demasiados correos. gracias!"),
          "customercare", T(5, 15, 22, 14), "marketing opt-out (person)", [MO],
          note="Spanish/English mix: take me off the promotional e-mail list.", ack_to=e, lang="es")

    # ---- Wed 6 Dec
    e = "rgoettsch@gmail.com"
    human(samsung("Ron Goettsch", e, CC, T(6, 9, 26, 3), "RE: " + EA.subject, "Stop", reply=EA, to=NAME_CC),
          "customercare", T(6, 9, 26, 3), "unclear", [], unclear=True,
          note="'Stop' under the energy-assistance notice, a service message: not a marketing opt-out; staff review.", ack_to=e)

    e = "evelynmarsh40@comcast.net"
    human(comcast("Evelyn Marsh", e, CC, T(6, 10, 2, 21), "Re: " + EA.subject,
                  "I received this about help with heating. I am 78 years old and on Social Security only. My bill for "
                  "November was $312 and I expect December to be worse. How do I apply for this? Do I call you or the county? "
                  "I don't have a computer other than this tablet my grandson set up.\n\nMy account number is 4410 2298 31.\n\n"
                  "Thank you,\nEvelyn Marsh\nCedar Rapids", reply=EA, to=NAME_CC),
          "customercare", T(6, 10, 2, 21), "question", [Q],
          entities={"name": "Evelyn Marsh", "account": "4410 2298 31"},
          note="Asks how to apply for heating assistance; the quoted notice's opt-out wording is ours.", ack_to=e)

    e = "mguadalupe.ortiz@hotmail.com"
    human(outlookcom("Mar\u00eda Guadalupe Ortiz", e, CC, T(6, 11, 30, 42), "RE: " + EA.subject,
                     "Buenos d\u00edas,\n\n\u00bfC\u00f3mo puedo aplicar para la ayuda de calefacci\u00f3n? Trat\u00e9 en la p\u00e1gina "
                     "pero no entiendo el formulario. Mi cuenta es 7720-1183-05. Somos 5 en la casa.\n\nGracias,\n"
                     "Mar\u00eda Guadalupe Ortiz", reply=EA, to=NAME_CC, lang="es-US"),
          "customercare", T(6, 11, 30, 42), "question", [Q],
          entities={"name": "Mar\u00eda Guadalupe Ortiz", "account": "7720-1183-05"},
          note="Spanish: how to apply for heating assistance.", ack_to=e, lang="es")

    e = "wjkiefer@icloud.com"
    human(applemail("Walter Kiefer", e, PH, T(6, 13, 45, 10), "Our names",
                    "Dear PowerHouse people,\n\nJune and I have ordered from your catalog for going on twenty years, mostly "
                    "gifts for the grandchildren and the odd replacement bulb. We enjoy it and want to keep getting it.\n\n"
                    "However, our grandson (who is home from college for the holidays) pointed out the small print on page 2 "
                    "of the Holiday Book about making your customer list available to other catalog companies. We were not "
                    "aware of this. Please do not share, rent or sell our names and address to anybody.\n\n"
                    "We would also like to know which companies you have given our name to in the past. We seem to get a new "
                    "catalog every week since October.\n\nSincerely,\nWalter and June Kiefer\n2217 Prairie Rose Ln\nSun Prairie, WI 53590"),
          "powerhousecatalog", T(6, 13, 45, 10), "opt-out + question", [SO, Q],
          entities={"name": "Walter and June Kiefer", "postal_code": "53590"},
          note="Keep the catalog, do not share; also asks which companies got their name (a question). Joint names kept joint.",
          ack_to=e)

    e = "tbrekke@outlook.com"
    human(outlookcom("Tyler Brekke", e, CC, T(6, 18, 55, 12), "Mailing list",
                     "Please remove me from your mailing list. I'm trying to get my inbox under control before the new "
                     "year and I'm getting 2-3 emails a week from you. Thanks"),
          "customercare", T(6, 18, 55, 12), "marketing opt-out (person)", [MO],
          note="New-year inbox clean-up: remove me from your mailing list.", ack_to=e)

    # ---- Thu 7 Dec
    e = "kvo.designs@icloud.com"
    human(iphone("Kim Vo", e, PH, T(7, 7, 5, 40), "Unsubscribe", "Unsubscribe"),
          "powerhousecatalog", T(7, 7, 5, 40), "marketing opt-out (person)", [MO],
          note="A bare 'Unsubscribe' sent fresh to the catalog address: 'unsubscribe' names its own object (the mailing).",
          ack_to=e)

    e = "hjpetersen1937@yahoo.com"
    human(yahoo("HAROLD PETERSEN", e, CC, T(7, 8, 22, 19), "CATALOGS",
                "PLEASE STOP SENDING ME ALL THESE CATALOGS AND ADS. I AM 91 YEARS OLD AND I DO NOT NEED ANYTHING. I HAVE TOLD YOU BEFORE.\n"
                "HAROLD J PETERSEN\nPORTAGE WIS 53901"),
          "customercare", T(7, 8, 22, 19), "marketing opt-out (person)", [MO],
          entities={"name": "HAROLD J PETERSEN", "postal_code": "53901"},
          note="All caps, older customer: stop catalogs and ads; 'I have told you before' is emphasis, the request itself is stated.",
          ack_to=e)

    e = "ashley.nguyen.qc@gmail.com"
    human(gmail("Ashley Nguyen", e, CC, T(7, 9, 10, 3), "Request for my personal information",
                "Hello,\n\nI would like to request a copy of the personal information Alliant Energy has on file about me, "
                "including any information you have shared with third parties or affiliates. My account number is 2093 4471 88 "
                "and the service address is 815 W Locust St, Davenport IA 52804.\n\nPlease let me know if you need anything "
                "else to verify my identity.\n\nAshley Nguyen"),
          "customercare", T(7, 9, 10, 3), "question", [Q],
          entities={"name": "Ashley Nguyen", "postal_code": "52804", "account": "2093 4471 88"},
          note="Data access request: a clear question, no opt-out ('shared with third parties' asks what, does not forbid).", ack_to=e)

    e = "cjwiese1951@gmail.com"
    human(gmail("Carol Wiese", e, PH, T(7, 11, 48, 27), "my name",
                "My daughter is home for the holidays and she read me the part in your catalog that says you give out your "
                "customer list to other catalogs?? I don't want that. Do not sell or share my name and address with anybody.\n\n"
                "Keep sending me the catalog though, I order the bird feeders every year for the grandkids.\n\n"
                "Carol Jean Wiese\nDecorah"),
          "powerhousecatalog", T(7, 11, 48, 27), "catalog-sharing opt-out", [SO], entities={"name": "Carol Jean Wiese"},
          note="Family visiting pointed out the sharing notice; keep the catalog, do not share: sharing opt-out only.", ack_to=e)

    e = "blutz@kirkwoodfab.com"
    human(outlook_desktop("Brian Lutz", e, CC, T(7, 13, 30, 8), "Promotional emails",
                          "Hi,\n\nPlease take my personal email brian.lutz77@gmail.com off your promotional list. I'm sending "
                          "from work, please reply to my gmail if you need anything.\n\nAccount holder Brian Lutz, 52240",
                          extra=[("Reply-To", "brian.lutz77@gmail.com")]),
          "customercare", T(7, 13, 30, 8), "marketing opt-out (person)", [MO],
          entities={"name": "Brian Lutz", "postal_code": "52240"},
          note="Work address, asks for the answer at his personal address (Reply-To): ack goes there.",
          ack_to="brian.lutz77@gmail.com")

    # ---- Fri 8 Dec
    e = "ghollander@mchsi.com"
    human(thunderbird("Greg Hollander", e, CC, T(8, 7, 40, 55), "Re: " + BILL_HOLLANDER.subject,
                      "Why is my bill $487.19??? Last month was $211. We keep the thermostat at 66 and nobody is home during "
                      "the day. Something is wrong with the meter or you are overcharging. I want someone to look at this.\n\n"
                      "Greg Hollander\nAcct 3307 5521 90", reply=BILL_HOLLANDER, to=CARE,
                      ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.5.0",
                      tr=generic_transport(e, CC, T(8, 7, 40, 55), "mchsi.com", "mail.mchsi.com", "173.%d.%d.%d" % (R.randint(16, 31), R.randint(1, 250), R.randint(1, 250)), dkim_s="mcom")),
          "customercare", T(8, 7, 40, 55), "question", [Q],
          entities={"name": "Greg Hollander", "account": "3307 5521 90"},
          note="Complaint about a high heating bill, replied to the bill notice (Reply-To customercare).", ack_to=e)

    e = "shellyras@icloud.com"
    human(iphone("Shelly Rasmussen", e, CC, T(8, 8, 5, 16), "Re: " + BILL_RASMUSSEN.subject, "STOP",
                 reply=BILL_RASMUSSEN, to=CARE),
          "customercare", T(8, 8, 5, 16), "unclear", [], unclear=True,
          note="STOP under the bill notice, a service message: could mean paper bill, e-bill, or marketing; staff review.",
          ack_to=e)

    e = "nthill@outlook.com"
    human(outlookcom("Nancy Thill", e, CC, T(8, 9, 15, 0), "RE: " + BILL_THILL.subject,
                     "I pay online and I get the bill notice, that is fine. But please take me off all the promotional emails "
                     "and the mailers with the light bulb offers. I only want my bill.\n\nNancy", reply=BILL_THILL, to=CARE),
          "customercare", T(8, 9, 15, 0), "marketing opt-out (person)", [MO], entities={"name": "Nancy"},
          note="Under a bill notice but names its object: promotional e-mails and mailers. Keeps the bill.", ack_to=e)

    e = "jenna.kowalczyk@gmail.com"
    human(gmail("Jenna Kowalczyk", e, PH, T(8, 12, 30, 44), "unsubscribe",
                "Unsubscribe me please - cleaning out my inbox before the new year. Thanks!\nJenna"),
          "powerhousecatalog", T(8, 12, 30, 44), "marketing opt-out (person)", [MO], entities={"name": "Jenna"},
          note="Inbox clean-up, plain unsubscribe.", ack_to=e)

    e = "talbrecht@tds.net"
    human(roundcube("Thomas Albrecht", e, PH, T(8, 14, 2, 37), "Name",
                    "Please do not rent, sell or exchange my name and address.\n\nThomas Albrecht\n2290 County Rd W\nMount Horeb WI 53572",
                    host="smtp.tds.net"),
          "powerhousecatalog", T(8, 14, 2, 37), "catalog-sharing opt-out", [SO],
          entities={"name": "Thomas Albrecht", "postal_code": "53572"},
          note="Classic sharing opt-out in the catalog's own words; says nothing about the catalog itself.", ack_to=e)

    e = "jaramirez.wl@yahoo.com"
    human(yahoo("Jose Ramirez", e, CC, T(8, 16, 45, 9), "Re: " + BILL_RAMIREZ.subject,
                "Buenas tardes, \u00bfpor qu\u00e9 mi factura subi\u00f3 tanto? El mes pasado pagu\u00e9 $160 y ahora son $395. "
                "No entiendo. Cuenta 6604-2210-47.\nGracias.\nJos\u00e9 Antonio Ram\u00edrez", reply=BILL_RAMIREZ, to=CARE),
          "customercare", T(8, 16, 45, 9), "question", [Q],
          entities={"name": "Jos\u00e9 Antonio Ram\u00edrez", "account": "6604-2210-47"},
          note="Spanish: why did my bill go up so much.", ack_to=e, lang="es")

    # ---- Sat 9 Dec: blizzard
    e = "amandakolb.marion@gmail.com"
    human(gmail("Amanda Kolb", e, CC, T(9, 6, 12, 30), "Re: " + OUT_KOLB.subject,
                "When will power be back?? We have a 2 month old and it's 54 degrees in the house. The estimate keeps "
                "changing. We are on 14th St in Marion. Please someone tell me something real", reply=OUT_KOLB, to=CC),
          "customercare", T(9, 6, 12, 30), "question", [Q],
          note="Urgent outage question, replied to the alert (Reply-To customercare).", ack_to=e)

    e = "dalefenske@icloud.com"
    human(iphone("Dale Fenske", e, CC, T(9, 7, 30, 2), "Re: " + OUT_FENSKE.subject, "Stop", reply=OUT_FENSKE, to=CC),
          "customercare", T(9, 7, 30, 2), "unclear", [], unclear=True,
          note="'Stop' under an outage alert: not a marketing opt-out; may mean stop alerts; staff review.", ack_to=e)

    e = "rhaugen46@outlook.com"
    human(outlookcom("Roger Haugen", e, CC, T(9, 8, 45, 18), "RE: " + OUT_HAUGEN.subject,
                     "We're in Mesa, Arizona until April. Please stop sending me these outage emails and texts, there's nothing "
                     "I can do about it from here and my phone went off at 2 in the morning. The neighbor checks the house.\n\n- Roger Haugen",
                     reply=OUT_HAUGEN, to=CC),
          "customercare", T(9, 8, 45, 18), "question", [Q], entities={"name": "Roger Haugen"},
          note="Snowbird wants outage alerts stopped: a service-alert preference, not marketing; needs a person.", ack_to=e)

    e = "chuy.mendoza.wl@gmail.com"
    human(gmail("Jes\u00fas Mendoza", e, CC, T(9, 10, 20, 7), "Re: " + OUT_WL.subject,
                "Todav\u00eda no tenemos luz en la calle Elm en West Liberty. \u00bfCu\u00e1ndo va a regresar? Tenemos ni\u00f1os "
                "y hace mucho fr\u00edo. Gracias.", reply=OUT_WL, lang="es", to=CC),
          "customercare", T(9, 10, 20, 7), "question", [Q],
          note="Spanish outage question.", ack_to=e, lang="es")

    e = "lety.garcia88@yahoo.com"
    human(yahoo("Leticia Garcia", e, CC, T(9, 11, 3, 44), "Re: " + OUT_ES2.subject, "ya no por favor", reply=OUT_ES2, to=CC),
          "customercare", T(9, 11, 3, 44), "unclear", [], unclear=True,
          note="Spanish 'no more please' under an outage alert: service message, so not a marketing opt-out; staff review.",
          ack_to=e, lang="es")

    e = "pdvorak.anamosa@icloud.com"
    human(applemail("Paul Dvorak", e, PH, T(9, 13, 0, 26), "Catalog",
                    "You folks can't keep the lights on in Anamosa but you can sure get three catalogs a week into my mailbox. "
                    "Take me off the PowerHouse catalog list.\n\nPaul Dvorak"),
          "powerhousecatalog", T(9, 13, 0, 26), "marketing opt-out (person)", [MO], entities={"name": "Paul Dvorak"},
          note="Storm-day jab plus a clear catalog opt-out; the jab asks nothing, so no question label.", ack_to=e)

    e = "marvlois.schaefer@gmail.com"
    human(gmail("Marv Schaefer", e, CC, T(9, 19, 30, 55), "Re: " + RES_MARV.subject,
                "Thank you to the crews who were out in that mess. Power came back about 5:30. Merry Christmas!\n\n- Marv and Lois",
                reply=RES_MARV, to=CC),
          "customercare", T(9, 19, 30, 55), "human, no action (thank-you)", [],
          entities={"name": "Marv and Lois"},
          note="Thank-you under the power-restored alert: nothing to do and no answer due.", ack_to=None)

    # ---- Sun 10 Dec
    e = "tjmeyer.ia@gmail.com"
    human(samsung("TJ Meyer", e, PH, T(10, 9, 14, 51), "Catalog list",
                  "pls remove my name from any list you sell or share with other companys. thx"),
          "powerhousecatalog", T(10, 9, 14, 51), "catalog-sharing opt-out", [SO],
          note="Phone shorthand: remove my name from lists you sell or share; says nothing about the catalog itself.", ack_to=e)

    e = "arlene.schroeder@mchsi.com"
    human(thunderbird("Arlene Schroeder", e, CC, T(10, 11, 2, 3), "Special offers",
                      "Good morning,\n\nLast spring I wrote and asked you to stop sending me emails because there were so many of "
                      "them. Now my neighbor tells me there is a $5 coupon on the LED Christmas lights and I never got it. I would "
                      "like to go back on the list for the special offers please. My email is this one.\n\nThank you and Merry Christmas,\n"
                      "Arlene Schroeder\nOelwein, Iowa",
                      tr=generic_transport(e, CC, T(10, 11, 2, 3), "mchsi.com", "mail.mchsi.com", "173.%d.%d.%d" % (R.randint(16, 31), R.randint(1, 250), R.randint(1, 250)), dkim_s="mcom")),
          "customercare", T(10, 11, 2, 3), "question", [Q], entities={"name": "Arlene Schroeder"},
          note="Opting back in; the old removal she mentions is not a new opt-out.", ack_to=e)

    e = "lorrainehaas@aol.com"
    human(yahoo("Lorraine Haas", e, PH, T(10, 14, 30, 20), "Re: " + LMG.subject, "Remove", reply=LMG, aol=True, to=NAME_PH),
          "powerhousecatalog", T(10, 14, 30, 20), "marketing opt-out (person)", [MO],
          note="'Remove' under the catalog promotion: marketing opt-out, not sharing (the sharing text is in our quoted footer).",
          ack_to=e)

    e = "lupita.sanchez.ia@icloud.com"
    human(iphone("Lupita S\u00e1nchez", e, CC, T(10, 20, 15, 9), "Informaci\u00f3n",
                 "Hola buenas noches. Yo no quiero que compartan mi nombre ni mi direcci\u00f3n con otras compa\u00f1\u00edas. Por favor. Gracias.\n\nLupita S\u00e1nchez",
                 sig="Enviado desde mi iPhone"),
          "customercare", T(10, 20, 15, 9), "catalog-sharing opt-out", [SO], entities={"name": "Lupita S\u00e1nchez"},
          note="Spanish sharing opt-out sent to customercare; the mailbox is only a hint.", ack_to=e, lang="es")

    # ---- Mon 11 Dec
    e = "jnolte@nolteimplement.com"
    human(outlook_desktop("Jeff Nolte", e, CC, T(11, 8, 5, 41), "Marketing emails and information sharing",
                          "Good morning,\n\nPlease remove Nolte Implement from all marketing emails and mailings, and do not share "
                          "our company or contact information with any third parties.\n\nAccount 8830-44120-7.\n\nThank you,",
                          sig="Jeff Nolte\nFacilities Manager\nNolte Implement Co.\n1200 Industrial Pkwy\nDubuque, IA 52001\n563-555-0148"),
          "customercare", T(11, 8, 5, 41), "both opt-outs", [MO, SO],
          entities={"name": "Jeff Nolte", "postal_code": "52001", "account": "8830-44120-7"},
          note="Business customer: no marketing and no sharing; ZIP and account from the signature and body.", ack_to=e)

    e = "derek.lindahl@gmail.com"
    human(gmail("Derek Lindahl", e, CC, T(11, 9, 12, 35), "Do you sell email addresses?",
                "Does Alliant sell or give out my email address? I signed up for paperless billing in November and I "
                "started getting a ton of spam right after. Just want to know.\n\n- Derek"),
          "customercare", T(11, 9, 12, 35), "question", [Q], entities={"name": "Derek"},
          note="Asks whether his address was sold: a question, not a sharing opt-out.", ack_to=e)

    e = "sokonkwo_ia@yahoo.com"
    human(yahoo("Samuel Okonkwo", e, PH, T(11, 10, 40, 28), "Catalog I did not order",
                "I did not order this catalog and I don't know how you got my name. Please remove me from your list and "
                "tell me where you got my address.\n\nS. Okonkwo\n50613"),
          "powerhousecatalog", T(11, 10, 40, 28), "opt-out + question", [MO, Q],
          entities={"name": "S. Okonkwo", "postal_code": "50613"},
          note="Never ordered: remove me, and where did you get my address (question).", ack_to=e)

    e = "carlsens.beloit@gmail.com"
    human(gmail("Sandy Carlsen", e, CC, T(11, 11, 30, 17), "Final bill - new address",
                "Hi - we have sold our house in Beloit and moved to Florida for good. The new owners take over the service "
                "on the 15th. Please send the final bill to our new address:\n\n3310 Palmetto Way\nVenice, FL 34293\n\n"
                "Account 5120 3388 02.\n\nThank you,\nBill and Sandy Carlsen"),
          "customercare", T(11, 11, 30, 17), "question", [Q],
          entities={"name": "Bill and Sandy Carlsen", "postal_code": "34293", "account": "5120 3388 02"},
          note="Snowbirds moved for good: change of address for the final bill.", ack_to=e)

    e = "hzeller41@gmail.com"
    human(gmail("Harriet Zeller", e, PH, T(11, 12, 2, 50), "", "Please stop"),
          "powerhousecatalog", T(11, 12, 2, 50), "unclear", [], unclear=True,
          note="'Please stop' with no subject and no object, even to the catalog address: unclear.", ack_to=e)

    e = "amy.brueggeman@outlook.com"
    tr, srv = outlookcom_transport(e, PH, T(11, 13, 15, 6))
    raw = tr + ("From: Amy Brueggeman <%s>\r\nTo: \"%s\" <%s>\r\nSubject: unsubscribe PH-2812-LMG\r\n"
                "Thread-Topic: unsubscribe PH-2812-LMG\r\nThread-Index: AQH%s==\r\nDate: %s\r\n"
                "Message-ID:\r\n <%s%s@%s.namprd%s.prod.outlook.com>\r\nAccept-Language: en-US\r\nContent-Language: en-US\r\n"
                "X-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\nmsip_labels:\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\nMIME-Version: 1.0\r\n\r\n\r\n") % (
        e, PH, PH, rb64(25), rfc(T(11, 13, 15, 5), UTC), srv, rhex(24, True), srv, srv[5:7])
    human(raw, "powerhousecatalog", T(11, 13, 15, 6), "List-Unsubscribe mailto (mail client)", [MO],
          note="Outlook.com's Unsubscribe button: empty body, subject from our mailto; no Auto-Submitted, so acknowledged.",
          ack_to=e)

    e = "evelynmarsh40@comcast.net"
    human(comcast("Evelyn Marsh", e, CC, T(11, 15, 40, 2), "Re: " + ACK_MARSH.subject,
                  "Thank you so much.\nEvelyn", reply=ACK_MARSH, to=CARE),
          "customercare", T(11, 15, 40, 2), "human, no action (thank-you)", [], entities={"name": "Evelyn"},
          note="Thank-you in reply to our acknowledgement: no action, and answering would start a ping-pong.", ack_to=None)

    e = "tbrekke@outlook.com"
    human(outlookcom("Tyler Brekke", e, CC, T(11, 17, 20, 31), "RE: " + ACK_BREKKE.subject,
                     "Thanks. Can you also stop the paper ones? I get the postcards about the thermostat rebates too.",
                     reply=ACK_BREKKE, to=CARE),
          "customercare", T(11, 17, 20, 31), "marketing opt-out (person)", [MO],
          note="Reply to our acknowledgement that adds a new, clear request (stop the promotional postcards).", ack_to=e)

    # ---- Tue 12 Dec: kit promotion
    e = "bevlundquist@gmail.com"
    human(gmail("Bev Lundquist", e, CC, T(12, 9, 44, 12), "Re: " + KIT.subject,
                "Yes please send me one!\n1907 Sycamore St, Waterloo IA 50703\nBev Lundquist", reply=KIT, to=NAME_CC),
          "customercare", T(12, 9, 44, 12), "question", [Q],
          entities={"name": "Bev Lundquist", "postal_code": "50703"},
          note="Wants the kit: wanting more is a question, not an opt-out.", ack_to=e)

    e = "dwagner_55@yahoo.com"
    human(yahoo("Doug Wagner", e, CC, T(12, 9, 51, 37), "Re: " + KIT.subject, "No thanks. Remove me from your list.",
                reply=KIT, to=NAME_CC),
          "customercare", T(12, 9, 51, 37), "marketing opt-out (person)", [MO],
          note="Declines the kit and asks to be removed.", ack_to=e)

    e = "cmaas_77@yahoo.com"
    raw = yahoo_transport(e, CC, T(12, 10, 3, 19)) + (
        "Date: %s\r\nFrom: Craig Maas <%s>\r\nTo: %s\r\nMessage-ID: <%d.%d.%d@mail.yahoo.com>\r\n"
        "Subject: unsubscribe AE-PR-2812-KIT\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\nX-Mailer: WebService/1.1.23610 YMailNorrin\r\n\r\n\r\n") % (
        rfc(T(12, 10, 3, 17), UTC), e, CC, R.randint(100000000, 999999999), R.randint(1000000, 9999999), int(T(12, 10, 3, 17).timestamp() * 1000))
    human(raw, "customercare", T(12, 10, 3, 19), "List-Unsubscribe mailto (mail client)", [MO],
          note="Yahoo Mail's unsubscribe link sent our mailto with an empty body; no Auto-Submitted, so acknowledged.", ack_to=e)

    e = "rgreenfield.mn@gmail.com"
    human(gmail("Rachel Greenfield", e, CC, T(12, 11, 20, 48), "Delete my data",
                "To Alliant Energy,\n\nI am closing my account as I have moved out of state. I request that you delete all "
                "personal information you hold about me, including my email address, phone number and payment information, "
                "and close my online account. Please confirm in writing when this has been done.\n\nRachel Greenfield\n"
                "Former account 4478 1102 63"),
          "customercare", T(12, 11, 20, 48), "unclear (data deletion)", [Q], unclear=True,
          entities={"name": "Rachel Greenfield", "account": "4478 1102 63"},
          note="Delete-everything request: question, and unclear because the bot may not delete account data.", ack_to=e)

    e = "bvogel1944@yahoo.com"
    human(yahoo("Bernice Vogel", e, PH, T(12, 13, 40, 59), "mailing list",
                "Take me off your mailing list and do not sell my name to anyone else. I am 84 and I get more catalogs "
                "than I can carry in from the mailbox.\n\nBernice Vogel\n620 Elm St\nSumner IA 50674"),
          "powerhousecatalog", T(12, 13, 40, 59), "both opt-outs", [MO, SO],
          entities={"name": "Bernice Vogel", "postal_code": "50674"},
          note="Both: off the mailing list, and do not sell her name.", ack_to=e)

    e = "jlpena.cr@hotmail.com"
    human(outlookcom("Jorge Luis Pe\u00f1a", e, CC, T(12, 15, 5, 33), "Mi informaci\u00f3n",
                     "Buenas tardes,\n\nQuisiera pedirles que ya no compartan mi informaci\u00f3n con otras compa\u00f1\u00edas y que "
                     "no me manden publicidad por correo ni por email.\n\nAtentamente,\nJorge Luis Pe\u00f1a\nCuenta 5512 0934 77",
                     lang="es-US"),
          "customercare", T(12, 15, 5, 33), "both opt-outs", [MO, SO],
          entities={"name": "Jorge Luis Pe\u00f1a", "account": "5512 0934 77"},
          note="Spanish: do not share my information, and no advertising by post or e-mail.", ack_to=e, lang="es")

    # ---- Wed 13 Dec
    e = "kbrandenburg9@gmail.com"
    human(gmail("Kyle Brandenburg", e, CC, T(13, 7, 55, 1), "opt out", "Opt me out."),
          "customercare", T(13, 7, 55, 1), "unclear", [], unclear=True,
          note="'Opt me out' with no object and no quoted mail: unclear per the no-object rule.", ack_to=e)

    e = "sierra.holm.elkader@gmail.com"
    human(gmail("Sierra Holm", e, PH, T(13, 9, 20, 16), "Catalogs for someone who doesn't live here",
                "Hi, I rent the upstairs apartment at 712 Main St in Elkader. Catalogs keep coming here addressed to Leonard "
                "Fuchs who I think is my landlord's dad. He doesn't live here. Can you stop sending them here? Thanks"),
          "powerhousecatalog", T(13, 9, 20, 16), "unclear", [], unclear=True,
          entities={"name": "Leonard Fuchs"},
          note="Tenant asks to stop catalogs addressed to someone else: on behalf of another person, standing unclear; staff review.",
          ack_to=e)

    e = "dwhitcomb@fastmail.com"
    human(thunderbird("Dana Whitcomb", e, PH, T(13, 10, 10, 42), "Please keep my address private",
                      "Hello,\n\nI need to make sure my name and address are never given to any other company. I have a "
                      "protective order against someone and I have worked very hard to keep my new address private. I order "
                      "from you a few times a year and want to keep doing that.\n\nCan someone confirm that my information has "
                      "not been shared already, and that it won't be?\n\nThank you,\nDana Whitcomb",
                      ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 15.6; rv:140.0) Gecko/20100101 Thunderbird/140.5.0",
                      tr=generic_transport(e, PH, T(13, 10, 10, 42), "fastmail.com", "fout-b3-smtp.messagingengine.com",
                                           "202.12.124.%d" % R.randint(140, 160), dkim_s="fm1")),
          "powerhousecatalog", T(13, 10, 10, 42), "opt-out + question", [SO, Q], entities={"name": "Dana Whitcomb"},
          note="Sensitive: keep the catalog, never share; asks for confirmation it was not shared already (question).", ack_to=e)

    e = "gregorsen.matt@gmail.com"
    human(gmail("Matt Gregorsen", e, CC, T(13, 11, 45, 3), "Too many emails",
                "I'd like to keep getting the LED and rebate deals but stop everything else from you folks, there are "
                "way too many emails. Is that possible?\n\nMatt"),
          "customercare", T(13, 11, 45, 3), "question", [Q], entities={"name": "Matt"},
          note="Partial preference (keep some offers, drop the rest): a full opt-out would cut what he wants, so question only.",
          ack_to=e)

    e = "lisa.brunner@outlook.com"
    human(outlookcom("Lisa Brunner", e, CC, T(13, 12, 30, 25), "Unsubscribe not working?",
                     "How long does it take for an unsubscribe to go through? I replied unsubscribe to your Christmas lights "
                     "email last week and today I got the energy kit one."),
          "customercare", T(13, 12, 30, 25), "question", [Q],
          note="Asks how long an opt-out takes; the earlier request she mentions is not a new one: question only.", ack_to=e)

    raw = generic_transport("bounce-8f2a91@mail.leanbox.app", CC, T(13, 14, 0, 30), "leanbox.app",
                            "o3.mail.leanbox.app", "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim_s="s1",
                            internal=dkim_sig("leanbox.app", "s1", "from:subject:to:auto-submitted:mime-version") + "\r\n")
    raw += ("From: LeanBox Unsubscribe <unsubscribe@leanbox.app>\r\nReply-To: LeanBox Support <support@leanbox.app>\r\n"
            "To: %s\r\nSubject: unsubscribe AE-PR-2812-KIT\r\nDate: %s\r\nMessage-ID: <%s@leanbox.app>\r\n"
            "Auto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 7bit\r\n\r\n"
            "Please unsubscribe the recipient of this mailing from all future messages.\r\n\r\n"
            "Sent automatically by LeanBox (leanbox.app) at the request of a LeanBox user.\r\n") % (
        CC, rfc(T(13, 14, 0, 28), UTC), uuid())
    human(raw, "customercare", T(13, 14, 0, 30), "inbox-cleaner unsubscribe (Auto-Submitted)", [MO],
          note="Inbox cleaner used our List-Unsubscribe mailto: opt-out, but Auto-Submitted and a support Reply-To: no answer.",
          ack_to=None)

    e = "patkowalski.ia@gmail.com"
    human(gmail("Pat Kowalski", e, CC, T(13, 16, 10, 22), "Re: " + ACK_KOWALSKI.subject,
                "Did you also remove my husband? His name is Rich Kowalski, he gets the same emails at rjkowalski@centurylink.net.\n\n- Pat",
                reply=ACK_KOWALSKI, to=CARE),
          "customercare", T(13, 16, 10, 22), "unclear", [], unclear=True,
          entities={"name": "Rich Kowalski"},
          note="Reply to our acknowledgement asking about the husband: on behalf of a spouse, standing unclear. Entity is the husband.",
          ack_to=e)

    # ---- Thu 14 Dec
    e = "mellingson@windstream.net"
    human(roundcube("Mark Ellingson", e, PH, T(14, 8, 20, 4), "email address",
                    "Do you share my email address with other companies? Since I ordered the pathway lights from you in "
                    "November I have been getting a lot of spam from other catalogs.\n\nMark Ellingson",
                    host="smtp.windstream.net", ver="1.6.11"),
          "powerhousecatalog", T(14, 8, 20, 4), "question", [Q], entities={"name": "Mark Ellingson"},
          note="Asks whether his e-mail is shared: a question, no opt-out stated.", ack_to=e)

    e = "dcastillo.cr@gmail.com"
    human(gmail("Daniel Castillo", e, CC, T(14, 9, 5, 38), "Re: " + LED_ES.subject,
                "Hola, I got the luces LED email en espa\u00f1ol but I read English better. Can you send me the English emails "
                "instead? Gracias,\nDaniel Castillo", reply=LED_ES, to=NAME_CC),
          "customercare", T(14, 9, 5, 38), "question", [Q], entities={"name": "Daniel Castillo"},
          note="Mixed Spanish/English: wants promotions in English, i.e. wants to keep them; the quoted 'cancelar' footer is ours.",
          ack_to=e, lang="es")

    e = "gail.rempe@yahoo.com"
    human(yahoo("Gail Rempe", e, PH, T(14, 10, 30, 12), "Remove", "Remove from list", html=False),
          "powerhousecatalog", T(14, 10, 30, 12), "marketing opt-out (person)", [MO],
          note="Three words, fresh mail to the catalog: remove from (mailing) list.", ack_to=e)

    e = "nikki.sorensen22@gmail.com"
    human(samsung("Nikki Sorensen", e, CC, T(14, 11, 12, 9), "RE: " + BILL_BUDGET.subject,
                  "Can I get on budget billing?? this bill is killing me. acct 9021 6643 18", reply=BILL_BUDGET, to=CARE),
          "customercare", T(14, 11, 12, 9), "question", [Q], entities={"account": "9021 6643 18"},
          note="Budget-billing question under the high bill notice.", ack_to=e)

    e = "kolmstead@icloud.com"
    human(iphone("Kristin Olmstead", e, PH, T(14, 12, 40, 47), "Paper catalog",
                 "Please stop mailing me the paper catalog, I'd rather just get the emails. Thanks.\nKristin Olmstead 54601"),
          "powerhousecatalog", T(14, 12, 40, 47), "marketing opt-out (person)", [MO],
          entities={"name": "Kristin Olmstead", "postal_code": "54601"},
          note="Channel limit: stop the paper catalog, keep e-mails; the record must say postal only.", ack_to=e)

    e = "tomreding@gmail.com"
    fwd = ("see below\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>\n\n\n%s" % (
        LED.from_name, LED.from_addr, DAYS[LED.dt.weekday()], MON[11], LED.dt.day, LED.dt.year, hour12(LED.dt).replace(" ", "\u202f"),
        LED.subject, e, LED.text))
    human(gmail("Tom Reding", e, CC, T(14, 13, 55, 17), "Fwd: " + LED.subject, fwd, to=CC),
          "customercare", T(14, 13, 55, 17), "unclear", [], unclear=True,
          note="Forwards our LED promotion with only 'see below': nothing decidable in his own text; the forwarded footer is ours.",
          ack_to=e)

    e = "marisolvega.mt@gmail.com"
    human(gmail("Marisol Vega", e, CC, T(14, 16, 20, 3), "Re: " + LED_ES.subject, "unsuscribir por favor", reply=LED_ES,
                lang="es", to=NAME_CC),
          "customercare", T(14, 16, 20, 3), "marketing opt-out (person)", [MO],
          note="Misspelt 'unsubscribe' (unsuscribir) under the Spanish promotion.", ack_to=e, lang="es")

    # ---- Fri 15 Dec
    e = "marjthuente@comcast.net"
    human(comcast("Marjorie Thuente", e, PH, T(15, 8, 30, 19), "Catalogs for my grandchildren",
                  "Hello,\n\nI have been a PowerHouse customer for many years and I send gifts to my grandchildren from your "
                  "catalog every Christmas. This year two of them, Emily in Ames and Jacob in Madison, told me they are now "
                  "getting your catalogs and emails themselves, I suppose because I gave you their addresses for shipping. "
                  "They are young and don't want them, please send the catalogs only to me.\n\nAlso I would like you not to "
                  "share our names with other companies. I did not know you did that until my granddaughter told me.\n\n"
                  "Thank you for your help and Merry Christmas.\nMarjorie Thuente\nAnkeny, IA 50023"),
          "powerhousecatalog", T(15, 8, 30, 19), "opt-out + question", [SO, Q],
          entities={"name": "Marjorie Thuente", "postal_code": "50023"},
          note="Her own sharing opt-out is clear; stopping mail to grandchildren (gift recipients) is for others, so a question for staff.",
          ack_to=e)

    e = "dieterfamily.mv@gmail.com"
    human(gmail("Dieter Family", e, CC, T(15, 9, 40, 26), "Thank you linemen",
                "Merry Christmas to the linemen! Our power came back Saturday night after the storm and we know they were out "
                "in awful conditions. Thank you.\n\n- The Dieter family, Mount Vernon"),
          "customercare", T(15, 9, 40, 26), "human, no action (thank-you)", [],
          note="Unprompted thank-you: nothing to act on, no answer due.", ack_to=None)

    e = "carlajensen.ksha@gmail.com"
    human(gmail("Carla Jensen", e, PH, T(15, 10, 50, 4), "Catalog",
                "Please remove me from the catalog mailing list. I'm moving to Arizona at the end of the month.\n\nCarla Jensen, Kenosha 53142"),
          "powerhousecatalog", T(15, 10, 50, 4), "marketing opt-out (person)", [MO],
          entities={"name": "Carla Jensen", "postal_code": "53142"},
          note="Moving away and does not want the catalog: marketing opt-out; no forwarding address asked for.", ack_to=e)

    e = "anabeltran.cr@yahoo.com"
    human(yahoo("Ana Beltran", e, CC, T(15, 11, 30, 51), "emails y factura",
                "Quiero cancelar los emails de promociones. And also I need to know why my bill is so high this month, $402, "
                "I live alone in apartment. Cuenta 3390 1176 25.\nGracias\nAna Beltr\u00e1n"),
          "customercare", T(15, 11, 30, 51), "opt-out + question", [MO, Q],
          entities={"name": "Ana Beltr\u00e1n", "account": "3390 1176 25"},
          note="Mixed Spanish/English: cancel promotional e-mails, plus a billing question.", ack_to=e, lang="es")

    e = "kstrand22@outlook.com"
    human(outlookcom("Kevin Strand", e, CC, T(15, 13, 10, 38), "RE: " + ACK_STRAND.subject,
                     "Please do the same for my other address too, kevin.strand@cedarvalleyglass.com", reply=ACK_STRAND, to=CARE),
          "customercare", T(15, 13, 10, 38), "unclear", [], unclear=True,
          note="'Do the same for my other address' under our acknowledgement, whose text mentions both opt-outs: which one is not said.",
          ack_to=e)

    e = "brooke.tenold@outlook.com"
    human(outlookcom("Brooke Tenold", e, PH, T(15, 14, 30, 2), "two things",
                     "Hi, two things:\n1) please stop sending the PowerHouse emails, I'm unsubscribing from everything before the new year\n"
                     "2) don't sell or trade my name to other catalogs either\n\nthanks,\nBrooke"),
          "powerhousecatalog", T(15, 14, 30, 2), "both opt-outs", [MO, SO], entities={"name": "Brooke"},
          note="Numbered list: stop PowerHouse e-mails (channel e-mail) and do not sell or trade her name.", ack_to=e)

    e = "esalinas.madison@gmail.com"
    human(gmail("Eduardo Salinas", e, PH, T(15, 16, 5, 45), "Mi nombre",
                "Buenas tardes,\n\nNo quiero que vendan ni compartan mi nombre con otras compa\u00f1\u00edas de cat\u00e1logos. "
                "S\u00ed quiero seguir recibiendo el cat\u00e1logo.\n\nEduardo Salinas\n53713"),
          "powerhousecatalog", T(15, 16, 5, 45), "catalog-sharing opt-out", [SO],
          entities={"name": "Eduardo Salinas", "postal_code": "53713"},
          note="Spanish: do not sell or share my name; keep the catalog.", ack_to=e, lang="es")


# =============================================================== machines
def ack_headers(a, rcpt):
    return ("Return-Path: <%s>\r\nReceived: by out01.alliant-energy.com (Postfix, from userid 1002)\r\n"
            "\tid %s; %s\r\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\r\n"
            "\ts=ae2028; t=%d; bh=%s=;\r\n\th=From:To:Subject:Date:From;\r\n\tb=%s\r\n"
            "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nAuto-Submitted: auto-replied\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n") % (
        CC, qid(), pfx_time(a.dt), int(a.dt.timestamp()), rb64(43), rb64(120), a.fromline(), rcpt, a.subject,
        rfc(a.dt), a.msgid(rcpt))


def internal_transport(env_from, rcpt, dt, host="out01.alliant-energy.com", ip="10.40.3.21"):
    return generic_transport(env_from, rcpt, dt, "alliant-energy.com", host, ip, dkim=False, dmarc=None, tls=True)


def postfix_bounce(dt, a, rcpt, status, diag, remote, action="failed", delayed=False):
    b = "%s.%d/out01.alliant-energy.com" % (qid(), int(dt.timestamp()))
    q = qid()
    if not delayed:
        subj = "Undelivered Mail Returned to Sender"
        human_txt = ("This is the mail system at host out01.alliant-energy.com.\n\n"
                     "I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n"
                     "<%s>: %s\n" % (rcpt, diag))
    else:
        subj = "Delayed Mail (still being retried)"
        human_txt = ("This is the mail system at host out01.alliant-energy.com.\n\n"
                     "####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for more than 4 hour(s).\n"
                     "It will be retried until it is 5 day(s) old.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n"
                     "<%s>: %s\n" % (rcpt, diag))
    rep = ("Reporting-MTA: dns; out01.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
           "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\n"
           "Status: %s\n%sDiagnostic-Code: %s\n%s" % (
               q, CC, rfc(a.dt, pad=True).replace("-0600", "-0600 (CST)"), rcpt, rcpt, action, status,
               ("Remote-MTA: dns; %s\n" % remote) if remote else "", ("X-Postfix; " + diag) if "said:" not in diag else "smtp; " + diag.split("said: ", 1)[1],
               ("Will-Retry-Until: %s\n" % rfc(a.dt + _dt.timedelta(days=5), pad=True)) if delayed else ""))
    hdrs = ack_headers(a, rcpt)
    body = ("This is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Description: Notification\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n\r\n%s\r\n--%s\r\nContent-Description: %s\r\n"
            "Content-Type: message/delivery-status\r\n\r\n%s\r\n--%s\r\nContent-Description: %s\r\n"
            "Content-Type: text/rfc822-headers\r\n\r\n%s\r\n--%s--\r\n") % (
        b, crlf(human_txt), b, "Delivery report" if not delayed else "Delivery report", crlf(rep), b,
        "Undelivered Message Headers" if not delayed else "Undelivered Message Headers", hdrs, b)
    top = ("Received: by out01.alliant-energy.com (Postfix)\r\n\tid %s; %s\r\nDate: %s\r\n"
           "From: MAILER-DAEMON@out01.alliant-energy.com (Mail Delivery System)\r\nSubject: %s\r\nTo: %s\r\n"
           "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n"
           "Content-Transfer-Encoding: 7bit\r\nMessage-Id: <%s@out01.alliant-energy.com>\r\n\r\n") % (
        q, pfx_time(dt), rfc(dt, pad=True).replace("-0600", "-0600 (CST)"), subj, CC, b, rstr(14, "ABCDEF0123456789") + "." + q)
    return internal_transport("", CC, dt) + top + body


def exch_ooo(dt, name, email, subj, text, orig, rcpt=CC, auto_sub=True, dom=None, lang="en-US"):
    dom = dom or email.split("@")[1]
    tr, srv = m365_transport("", rcpt, dt, dom)
    tr = tr.replace("Return-Path: <>", "Return-Path: <>")
    thread = subj.split(": ", 1)[1]
    h = [("From", addr(name, email)), ("To", rcpt if orig.from_addr != "alerts@alliant-energy.com" else orig.reply_to),
         ("Subject", hq(subj)), ("Thread-Topic", hq(thread)), ("Thread-Index", "AQH" + rb64(25) + "=="),
         ("Date", rfc(dt, UTC)), ("Message-ID", "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, rhex(24, True), srv, srv[5:7])),
         ("References", orig.msgid(email)), ("In-Reply-To", orig.msgid(email)),
         ("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-parent-message-id", orig.msgid(email)), ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent")]
    if auto_sub:
        h.append(("auto-submitted", "auto-generated"))
    h.append(("x-ms-exchange-inbox-rules-loop", email))
    h.append(("X-Auto-Response-Suppress", "All"))
    h += [("Content-Type", "text/plain; charset=\"utf-8\""), ("Content-Transfer-Encoding", "base64"), ("MIME-Version", "1.0")]
    top = "".join("%s: %s\r\n" % (k, v) if v != "" else "%s:\r\n" % k for k, v in h)
    return tr + top + "\r\n" + b64(crlf(text)) + "\r\n"


def machines():
    # ---- phishing: disconnect notice (Mon 4, 06:51)
    dt = T(4, 6, 51, 14)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body style=\"font-family:Arial\">"
            "<table width=\"600\" align=\"center\"><tr><td style=\"background:#00558c;color:#fff;padding:14px;font-size:20px\"><b>Alliant Energy</b></td></tr>"
            "<tr><td style=\"padding:18px\"><p>Dear Valued Customer,</p><p>Our records show your account has an <b>unpaid balance of $286.41</b>. "
            "To avoid interruption of service during the holiday season, payment must be received within <b>24 hours</b>.</p>"
            "<p>Your service is scheduled for disconnection on <b>December 5, 2028</b>.</p>"
            "<p style=\"text-align:center\"><a href=\"http://alliant-energy-billpay.top/secure/acct?id=8841\" style=\"background:#e37222;color:#fff;padding:12px 28px;text-decoration:none\">PAY NOW AND AVOID DISCONNECT</a></p>"
            "<p>We accept Visa, MasterCard, Apple Pay and holiday gift cards.</p><p>Thank you for choosing Alliant Energy \u2013 Happy Holidays!</p>"
            "<p style=\"font-size:10px;color:#777\">\u00a9 2028 Alliant Energy Corporation. All rights reserved. To unsubscribe from billing alerts click here.</p>"
            "</td></tr></table></body></html>")
    raw = generic_transport("info@mx-relay7.alliant-energy-billpay.top", CC, dt, "alliantenergy-billing.com", "mx-relay7.alliant-energy-billpay.top",
                            "185.234.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim=False, spf="softfail", dmarc="none", tls=False)
    raw += ("From: \"Alliant Energy Billing\" <billing@alliantenergy-billing.com>\r\nTo: %s\r\n"
            "Subject: =?windows-1252?Q?Final_Notice=3A_Service_Disconnection_Scheduled_=96_Action_Required?=\r\n"
            "Date: %s\r\nMessage-ID: <%s@alliantenergy-billing.com>\r\nMIME-Version: 1.0\r\nX-Priority: 1\r\n"
            "Content-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n") % (
        CC, rfc(dt, UTC), rhex(24), b64(html.encode("cp1252")))
    auto(raw, "customercare", dt, "automated: phishing",
         "Holiday disconnect phishing pretending to be us (lookalike domain, softfail SPF, pay-with-gift-card).")

    # ---- mail house report (Mon 4, 05:30)
    dt = T(4, 5, 30, 2)
    txt = ("PowerHouse Catalog - Job 28-4471 \"Holiday Book 2028\" - merge/purge and suppression report\n\n"
           "Drop dates: Nov 27 - Dec 1, 2028 (USPS Marketing Mail, 4 drops)\n"
           "Input records (house file + gift recipients + rented lists): 412,886\n"
           "NCOA moves applied: 9,114\n"
           "DMAchoice / mail preference suppression: 1,208\n"
           "House do-not-mail suppression: 6,377\n"
           "Deceased suppression: 2,041\n"
           "Final mail quantity: 377,502\n\n"
           "List exchange output (Jan 2029 co-op): 3,942 records flagged do-not-share were excluded.\n\n"
           "Files are on the SFTP site under /outbound/powerhouse/28-4471/. Please reply to this message "
           "(not to the no-reply address) with any questions.\n\n"
           "-- \nMidwest Direct Mail Services | Job tracking system\n")
    raw = generic_transport("jobs@mwdirectmail.com", PH, dt, "mwdirectmail.com", "smtp2.mwdirectmail.com",
                            "64.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim_s="mwdm")
    raw += ("From: MDMS Job Tracking <jobs@mwdirectmail.com>\r\nReply-To: Carla Bettis <cbettis@mwdirectmail.com>\r\nTo: %s\r\n"
            "Cc: cbettis@mwdirectmail.com\r\nSubject: Job 28-4471 PowerHouse Holiday Book 2028 - final counts and suppression report\r\n"
            "Date: %s\r\nMessage-ID: <job284471.%s@mwdirectmail.com>\r\nX-Mailer: JobTrack 7.3\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s") % (
        PH, rfc(dt), rhex(10), crlf(txt))
    auto(raw, "powerhousecatalog", dt, "automated: vendor notice",
         "Mail house's suppression/counts report; 'do-not-share' and 'suppression' are vendor words, not a request.")

    # ---- OOO, Exchange, Auto-Submitted, to the LED promo (Mon 4, 10:00)
    dt = T(4, 10, 0, 41)
    auto(exch_ooo(dt, "Hansen, Tracy", "thansen@cedarvalleyschools.org", "Automatic reply: " + LED.subject,
                  "I am out of the office through Friday, December 8 at the state facilities conference with limited access "
                  "to email. For building issues please contact the district office at 319-555-0121.\n\nTracy Hansen\n"
                  "Facilities Coordinator\nCedar Valley Community Schools\n", LED),
         "customercare", dt, "automated: auto-reply", "Exchange out-of-office answering the LED promotion; Auto-Submitted present.")

    # ---- Gmail vacation responder in Spanish, to LED-ES (Mon 4, 10:06)
    dt = T(4, 10, 6, 2)
    e = "lherrera.postville@gmail.com"
    raw = gmail_transport(e, CC, dt)
    raw += ("MIME-Version: 1.0\r\nReferences: %s\r\nIn-Reply-To: %s\r\nFrom: =?UTF-8?Q?Luc=C3=ADa_Herrera?= <%s>\r\n"
            "Date: %s\r\nMessage-ID: <CA%s@mail.gmail.com>\r\nSubject: =?UTF-8?Q?Re=3A_Ilumine_las_fiestas_por_menos=3A_=245_de_descuento_en_lu?=\r\n"
            " =?UTF-8?Q?ces_LED_navide=C3=B1as_=5BAE=2DPR=2D2812=2DLED=2DES=5D?=\r\nTo: %s\r\nAuto-Submitted: auto-replied\r\n"
            "Precedence: bulk\r\nX-Autoreply: yes\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n") % (
        LED_ES.msgid(e), LED_ES.msgid(e), e, rfc(dt), rstr(48), CC,
        qp("Hola, estoy de viaje visitando a mi familia en Guatemala hasta el 8 de enero y tengo acceso limitado al correo. "
           "Le responder\u00e9 a mi regreso.\n\nSaludos,\nLuc\u00eda"))
    auto(raw, "customercare", dt, "automated: auto-reply", "Spanish Gmail vacation reply to the Spanish LED promotion.", lang="es")

    # ---- snowbird vacation reply without Auto-Submitted (Tue 5, 07:31)
    dt = T(5, 7, 31, 22)
    e = "dmostrander@tds.net"
    raw = generic_transport(e, PH, dt, "tds.net", "smtp.tds.net", "204.246.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim=False, dmarc="none")
    raw += ("Date: %s\r\nFrom: Don & Marlys Ostrander <%s>\r\nTo: PowerHouse Catalog <%s>\r\nSubject: Away from home\r\n"
            "Message-ID: <%s@tds.net>\r\nIn-Reply-To: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n"
            "Content-Transfer-Encoding: 7bit\r\n\r\n"
            "Thank you for your email. Don and Marlys are in Fort Myers, Florida until\r\n"
            "April 15. We check email now and then but not every day.\r\n\r\n"
            "If this is about the house in Sauk City please call our son Kevin at\r\n608-555-0163.\r\n\r\n"
            "Have a blessed Christmas!\r\n") % (rfc(dt), e, PH, rhex(16), LMG.msgid(e))
    auto(raw, "powerhousecatalog", dt, "automated: auto-reply (no Auto-Submitted)",
         "Snowbirds' vacation script answering the catalog e-mail; no Auto-Submitted header, still automatic.")

    # ---- read receipt for an agent reply (Tue 5, 16:10)
    dt = T(5, 16, 10, 33)
    e = "pwendt@wendtlaw.com"
    tr, srv = m365_transport(e, CC, dt, "wendtlaw.com")
    b = "_%s_" % uuid()
    orig_mid = "<CH3PR14MB7730%s@CH3PR14MB7730.namprd14.prod.outlook.com>" % rhex(24, True)
    raw = tr + ("From: Paul Wendt <%s>\r\nTo: Alliant Energy Customer Care <%s>\r\nSubject: Read: RE: Question about my November bill\r\n"
                "Thread-Topic: Question about my November bill\r\nThread-Index: AQH%s==\r\nDate: %s\r\n"
                "Message-ID: <%s%s@%s.namprd%s.prod.outlook.com>\r\nReferences: %s\r\nIn-Reply-To: %s\r\nContent-Language: en-US\r\n"
                "X-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\nContent-Type: multipart/report;\r\n\tboundary=\"%s\";\r\n\treport-type=disposition-notification\r\n"
                "MIME-Version: 1.0\r\n\r\n--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                "Your message\r\n\r\n  To: Paul Wendt\r\n  Subject: RE: Question about my November bill\r\n  Sent: Tuesday, December 5, 2028 3:52:10 PM (UTC-06:00) Central Time (US & Canada)\r\n\r\n"
                "was read on Tuesday, December 5, 2028 4:10:30 PM (UTC-06:00) Central Time (US & Canada).\r\n\r\n"
                "--%s\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: %s.namprd%s.prod.outlook.com; Microsoft Exchange\r\n"
                "Final-Recipient: rfc822;%s\r\nOriginal-Message-ID: %s\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--%s--\r\n") % (
        e, CC, rb64(25), rfc(dt, UTC), srv, rhex(24, True), srv, srv[5:7], orig_mid, orig_mid, b, b, b, srv, srv[5:7], e, orig_mid, b)
    auto(raw, "customercare", dt, "automated: read receipt", "Read receipt for an agent's reply sent from customercare@.")

    # ---- newsletter (Wed 6, 06:00)
    dt = T(6, 6, 0, 12)
    txt = ("GRID CUSTOMER WEEKLY - December 6, 2028\n\n"
           "1. Winter storm season: how utilities are rewriting outage texts\n"
           "2. Survey: 61% of customers say they get 'too many' utility marketing e-mails\n"
           "3. State privacy laws in 2029: what changes for customer data sharing\n"
           "4. Case study: cutting call volume with bill-explainer e-mails\n\n"
           "Read online: https://gridcustomerweekly.com/issues/2028-12-06\n\n"
           "You are subscribed as customercare@alliant-energy.com.\n"
           "Unsubscribe: https://gridcustomerweekly.com/u/7f3a2c | Manage preferences\n"
           "Grid Customer Weekly, 1100 Wacker Dr, Chicago, IL 60601\n")
    html = "<html><body>" + "".join("<p>%s</p>" % html_escape(p) for p in txt.split("\n\n")) + "</body></html>"
    b = "b1_%s" % rhex(32)
    raw = generic_transport("bounce-gcw-2812@em.gridcustomerweekly.com", CC, dt, "gridcustomerweekly.com",
                            "o1.em.gridcustomerweekly.com", "167.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim_s="s1")
    raw += ("From: Grid Customer Weekly <news@gridcustomerweekly.com>\r\nTo: %s\r\nSubject: Storm texts, e-mail fatigue, 2029 privacy laws\r\n"
            "Date: %s\r\nMessage-ID: <gcw-20281206.%s@em.gridcustomerweekly.com>\r\nList-Unsubscribe: <https://gridcustomerweekly.com/u/7f3a2c>, <mailto:unsubscribe@em.gridcustomerweekly.com?subject=7f3a2c>\r\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nList-Id: Grid Customer Weekly <weekly.gridcustomerweekly.com>\r\nPrecedence: bulk\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n--%s\r\n%s\r\n--%s\r\n%s\r\n--%s--\r\n") % (
        CC, rfc(dt, UTC), rhex(16), b, b, part("text/plain", txt, "utf-8", cte="quoted-printable"), b,
        part("text/html", html, "utf-8", cte="quoted-printable"), b)
    auto(raw, "customercare", dt, "automated: newsletter", "Trade newsletter the team subscribes to; its own unsubscribe/privacy words are not a request.")

    # ---- phishing: PowerHouse gift card (Wed 6, 14:12)
    dt = T(6, 14, 12, 55)
    html = ("<html><body style=\"font-family:Georgia\"><div style=\"max-width:560px;margin:auto;border:1px solid #c00\">"
            "<h2 style=\"color:#b00\">\U0001F381 Congratulations, PowerHouse Customer!</h2>"
            "<p>As a thank-you for shopping the PowerHouse Holiday Book, you have been selected for a <b>$500 holiday gift card</b>.</p>"
            "<p>Confirm your shipping details and pay only $4.95 handling by <b>Dec 8</b>:</p>"
            "<p><a href=\"https://powerhouse-giftcenter.shop/claim?u=ph4471\">CLAIM MY GIFT CARD</a></p>"
            "<p style=\"font-size:9px\">If you no longer wish to receive these emails, unsubscribe here. PowerHouse Rewards Center</p></div></body></html>")
    raw = generic_transport("rewards@powerhouse-giftcenter.shop", PH, dt, "powerhouse-giftcenter.shop", "vps-4471.hostnest-cloud.net",
                            "45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim=True, dkim_s="default",
                            spf="pass", dmarc="pass")
    raw += ("From: =?UTF-8?B?UG93ZXJIb3VzZSBDYXRhbG9nIFJld2FyZHMg8J+OgQ==?= <rewards@powerhouse-giftcenter.shop>\r\nTo: %s\r\n"
            "Subject: =?UTF-8?B?%s?=\r\nDate: %s\r\nMessage-ID: <%s@powerhouse-giftcenter.shop>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n") % (
        PH, base64.b64encode("Your $500 holiday gift card is waiting \U0001F384".encode()).decode(), rfc(dt, UTC), uuid(), b64(html))
    auto(raw, "powerhousecatalog", dt, "automated: phishing", "Gift-card phishing impersonating PowerHouse from a lookalike domain (passes its own SPF/DKIM).")

    # ---- bounce of an acknowledgement: typo domain (Wed 6, 09:41)
    a = ack("CC-2028-12-04158", T(6, 9, 40, 58))
    dt = T(6, 9, 41, 2)
    auto(postfix_bounce(dt, a, "hjorgensen@gmial.com", "5.4.4",
                        "Host or domain name not found. Name service error for name=gmial.com type=A: Host not found", None),
         "customercare", dt, "automated: bounce", "Our acknowledgement bounced (typo domain); Postfix DSN to customercare@.")

    # ---- calendar invitation from the agency (Thu 7, 10:00)
    dt = T(7, 10, 0, 19)
    e = "rokafor@brightlinemktg.com"
    uid = "040000008200E00074C5B7101A82E008000000%s" % rhex(34, True)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Central Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Rachel Okafor:mailto:%s\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\n"
           "DESCRIPTION;LANGUAGE=en-US:Agenda: LED and kit e-mail results\\, opt-out volume\\, holiday catalog list-exchange timing.\\n\n"
           "UID:%s\nSUMMARY;LANGUAGE=en-US:Holiday campaign wrap-up\nDTSTART;TZID=Central Standard Time:20281214T130000\n"
           "DTEND;TZID=Central Standard Time:20281214T140000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20281207T160019Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nBEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n") % (e, uid)
    b = "_000_%s_" % rhex(30, True)
    tr, srv = m365_transport(e, CC, dt, "brightlinemktg.com")
    raw = tr + ("From: Rachel Okafor <%s>\r\nTo: \"customercare@alliant-energy.com\" <%s>, \"powerhousecatalog@alliant-energy.com\" <%s>\r\n"
                "Subject: Holiday campaign wrap-up\r\nThread-Topic: Holiday campaign wrap-up\r\nThread-Index: AdsN%s==\r\nDate: %s\r\n"
                "Message-ID: <%s%s@%s.namprd%s.prod.outlook.com>\r\nAccept-Language: en-US\r\nContent-Language: en-US\r\nX-MS-Has-Attach:\r\n"
                "X-MS-TNEF-Correlator:\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"%s\"\r\nMIME-Version: 1.0\r\n\r\n"
                "--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\nAgenda: LED and kit e-mail results, opt-out volume, holiday catalog list-exchange timing.\r\n\r\n"
                "________________________________________________________________________________\r\nMicrosoft Teams meeting\r\nJoin: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s\r\n"
                "Meeting ID: 284 117 903 442\r\n________________________________________________________________________________\r\n\r\n"
                "--%s\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n\r\n--%s--\r\n") % (
        e, CC, PH, rb64(20), rfc(dt, UTC), srv, rhex(24, True), srv, srv[5:7], b, b, rstr(40), b, b64(crlf(ics)), b)
    auto(raw, "customercare", dt, "automated: calendar invitation", "Agency meeting request (text/calendar); mentions opt-out volume but is no request.")

    # ---- loop: OOO answering our acknowledgement (Thu 7, 14:20)
    dt = T(7, 14, 20, 3)
    auto(exch_ooo(dt, "Schuett, Lynn", "lschuett@unitypointpartners.org", "Automatic reply: " + ACK_LOOP1.subject,
                  "Thank you for your message. I am away from the office until Monday, December 11, with no access to email.\n\n"
                  "If you need immediate assistance please contact the front desk at 563-555-0137.\n\nLynn\n", ACK_LOOP1),
         "customercare", dt, "automated: auto-reply (loop trap)",
         "LOOP TRAP: out-of-office answering our own acknowledgement; the ack text it quotes must never be re-acknowledged.")

    # ---- Mailman list post to PH: reply-all in a thread our catalog team started (Thu 7, 15:00)
    dt = T(7, 15, 0, 44)
    e = "jfurst@prairiehomegoods.com"
    txt = ("Same here - our broker wants final do-not-share suppressions by 12/20 this year instead of 1/5.\n"
           "We usually process the holiday requests in the first week of January, so we're going to send a\n"
           "second file on 1/6 and ask them to re-run. Curious how others handle it.\n\n"
           "Jill Furst\nCirculation Manager, Prairie Home Goods\n\n"
           "> Has the co-op exchange deadline moved up for anyone else this year?\n\n"
           "_______________________________________________\n"
           "MCA-Ops mailing list -- mca-ops@lists.midwestcatalogers.org\n"
           "To unsubscribe send an email to mca-ops-leave@lists.midwestcatalogers.org\n")
    raw = generic_transport("mca-ops-bounces@lists.midwestcatalogers.org", PH, dt, "prairiehomegoods.com",
                            "lists.midwestcatalogers.org", "104.130.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim_s="mm3",
                            dmarc="pass", dkim_d="lists.midwestcatalogers.org")
    raw += ("Received: from mail.prairiehomegoods.com (mail.prairiehomegoods.com [23.%d.%d.%d])\r\n\tby lists.midwestcatalogers.org (Postfix) with ESMTPS id %s\r\n"
            "\tfor <mca-ops@lists.midwestcatalogers.org>; %s\r\n"
            "From: Jill Furst <%s>\r\nTo: %s\r\nCc: mca-ops@lists.midwestcatalogers.org\r\nSubject: [MCA-Ops] Re: Co-op list exchange deadline moved up?\r\n"
            "Date: %s\r\nMessage-ID: <%s@prairiehomegoods.com>\r\nIn-Reply-To: <mca-ops.20281206.%s@alliant-energy.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n"
            "Content-Transfer-Encoding: 7bit\r\nMessage-ID-Hash: %s\r\nX-Message-ID-Hash: %s\r\nX-MailFrom: %s\r\n"
            "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header\r\n"
            "X-Mailman-Version: 3.3.9\r\nPrecedence: list\r\nList-Id: Ops talk for Midwest catalogers <mca-ops.lists.midwestcatalogers.org>\r\n"
            "Archived-At: <https://lists.midwestcatalogers.org/archives/list/mca-ops@lists.midwestcatalogers.org/message/%s/>\r\n"
            "List-Archive: <https://lists.midwestcatalogers.org/archives/list/mca-ops@lists.midwestcatalogers.org/>\r\n"
            "List-Help: <mailto:mca-ops-request@lists.midwestcatalogers.org?subject=help>\r\n"
            "List-Owner: <mailto:mca-ops-owner@lists.midwestcatalogers.org>\r\n"
            "List-Post: <mailto:mca-ops@lists.midwestcatalogers.org>\r\n"
            "List-Subscribe: <mailto:mca-ops-join@lists.midwestcatalogers.org>\r\n"
            "List-Unsubscribe: <mailto:mca-ops-leave@lists.midwestcatalogers.org>\r\n\r\n%s") % (
        R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), qid(), pfx_time(dt - _dt.timedelta(seconds=3)),
        e, PH, rfc(dt), uuid(), rhex(10), rhex(32, True), rhex(32, True), e, rhex(32, True), crlf(txt))
    auto(raw, "powerhousecatalog", dt, "automated: list post",
         "Peer mailing-list reply (Mailman, reply-all to our catalog team's thread) about do-not-share timing: list traffic, not a request.")

    # ---- cold SEO outreach (Fri 8, 09:00)
    dt = T(8, 9, 0, 7)
    e = "ethan@rankrise-seo.co"
    raw = gmail_transport(e, CC, dt, dom="rankrise-seo.co")
    raw += ("MIME-Version: 1.0\r\nFrom: Ethan Marks <%s>\r\nDate: %s\r\nMessage-ID: <CA%s@mail.gmail.com>\r\n"
            "Subject: Quick question about alliant-energy.com\r\nTo: %s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
            "Hi there,\r\n\r\nI was looking at alliant-energy.com and noticed a few technical SEO issues that are costing you\r\n"
            "holiday traffic (slow mobile pages, 40+ broken links, missing schema on your rebate pages).\r\n\r\n"
            "We helped two regional utilities grow organic traffic 212%% last year. Would you be open to a free\r\n"
            "15-minute audit call next week?\r\n\r\nBest,\r\nEthan Marks\r\nGrowth Lead, RankRise\r\n\r\n"
            "P.S. If you're not the right person, who should I reach out to? Reply \"no\" and I won't follow up.\r\n") % (
        e, rfc(dt), rstr(48), CC)
    auto(raw, "customercare", dt, "automated: cold outreach", "Cold SEO pitch: bulk outreach, not a customer request.")

    # ---- cold sales from a list broker (Fri 8, 10:20)
    dt = T(8, 10, 20, 31)
    e = "mlaursen@heartlandlistco.com"
    tr, srv = m365_transport(e, PH, dt, "heartlandlistco.com")
    txt = ("Hi PowerHouse team,\n\nWith holiday orders peaking, now is the time to line up your January prospecting.\n\n"
           "Our Heartland Gift Buyers file has 240,000 active catalog responders (last 6 months, $60+ AOV), home-decor and "
           "garden selects, NCOA'd monthly. We also run a privacy-compliant co-op exchange - your do-not-share names are "
           "never included.\n\nCan I send counts for WI/IA/MN/IL?\n\nThanks,\nMike Laursen\nAccount Executive | Heartland List Co.\n"
           "612-555-0184\n\nIf you'd prefer not to hear from me, just let me know and I'll remove you from my list.")
    raw = tr + ("From: Mike Laursen <%s>\r\nTo: \"%s\" <%s>\r\nSubject: January prospecting - 240K holiday gift buyers\r\n"
                "Thread-Topic: January prospecting - 240K holiday gift buyers\r\nThread-Index: AdsP%s==\r\nDate: %s\r\n"
                "Message-ID: <%s%s@%s.namprd%s.prod.outlook.com>\r\nAccept-Language: en-US\r\nContent-Language: en-US\r\n"
                "X-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\nMIME-Version: 1.0\r\n\r\n%s\r\n") % (
        e, PH, PH, rb64(20), rfc(dt, UTC), srv, rhex(24, True), srv, srv[5:7], qp(txt, "ascii"))
    auto(raw, "powerhousecatalog", dt, "automated: cold outreach", "List broker's sales pitch mentioning do-not-share: cold sales, no request.")

    # ---- bounce: mailbox full (Fri 8, 11:12)
    a = ack("CC-2028-12-04187", T(8, 11, 11, 40))
    dt = T(8, 11, 12, 3)
    auto(postfix_bounce(dt, a, "vi.kruse@mchsi.com", "5.2.2",
                        "host mx.mchsi.com[173.%d.%d.%d] said: 552 5.2.2 Mailbox full - user quota exceeded (in reply to RCPT TO command)" % (
                            R.randint(16, 31), R.randint(1, 250), R.randint(1, 250)), "mx.mchsi.com"),
         "customercare", dt, "automated: bounce", "Acknowledgement bounced: recipient mailbox full.")

    # ---- OOO to outage alert (Sat 9, 02:15)
    dt = T(9, 2, 15, 12)
    auto(exch_ooo(dt, "Brecht, Allison", "abrecht@linncountyhealth.org", "Automatic reply: " + OUT_OOO.subject,
                  "I am out of the office December 8-11 with limited access to email. For urgent matters please call "
                  "319-555-0150.\n\nAllison Brecht, RN\n", OUT_OOO),
         "customercare", dt, "automated: auto-reply",
         "Out-of-office answering an outage alert; went to customercare@ via the alert's Reply-To.")

    # ---- delayed-mail warning for an ack (Sat 9, 05:00)
    a = ack("CC-2028-12-04190", T(9, 0, 52, 10))
    dt = T(9, 5, 0, 48)
    auto(postfix_bounce(dt, a, "office@fennimoreelevator.com", "4.4.1",
                        "connect to mail.fennimoreelevator.com[66.%d.%d.%d]:25: Connection timed out" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                        None, action="delayed", delayed=True),
         "customercare", dt, "automated: bounce (delay warning)", "Postfix delay warning for an acknowledgement (recipient's server down in the storm).")

    # ---- Google Groups post, reply-all to a thread our customer-care lead started (Sun 10, 07:00)
    dt = T(10, 7, 0, 2)
    e = "rkoch@prairiecoop.net"
    txt = ("We get dozens after every storm. We route them to a person; they can mean 'stop texts',\n"
           "'stop alerts' or just frustration. Never treat them as marketing unsubscribes.\n\n"
           "Renee Koch\nMember Services, Prairie Electric Cooperative\n\n"
           "On Sat, Dec 9, 2028 at 1:12 PM Alliant Energy Customer Care wrote:\n"
           "> How do other utilities handle 'STOP' replies to outage e-mails?\n\n"
           "-- \nYou received this message because you are subscribed to the Google Groups \"utility-cx-forum\" group.\n"
           "To unsubscribe from this group and stop receiving emails from it, send an email to utility-cx-forum+unsubscribe@googlegroups.com.\n")
    raw = generic_transport("utility-cx-forum+bncBD%s@googlegroups.com" % rstr(20), CC, dt, "prairiecoop.net", "mail-yb1-f199.google.com",
                            "209.85.219.199", dkim_s="20230601", dkim_d="googlegroups.com")
    raw += ("Received: by mail-yb1-f199.google.com with SMTP id %s for <%s>; %s (PST)\r\n"
            "X-BeenThere: utility-cx-forum@googlegroups.com\r\nMIME-Version: 1.0\r\nDate: %s\r\nMessage-ID: <%s@prairiecoop.net>\r\n"
            "In-Reply-To: <%s@alliant-energy.com>\r\nSubject: Re: [utility-cx-forum] Handling STOP replies to outage e-mails\r\n"
            "From: Renee Koch <%s>\r\nTo: Alliant Energy Customer Care <%s>\r\nCc: utility-cx-forum@googlegroups.com\r\n"
            "X-Original-Sender: %s\r\nReply-To: utility-cx-forum@googlegroups.com\r\n"
            "Precedence: list\r\nMailing-list: list utility-cx-forum@googlegroups.com; contact utility-cx-forum+owners@googlegroups.com\r\n"
            "List-Post: <https://groups.google.com/group/utility-cx-forum/post>, <mailto:utility-cx-forum@googlegroups.com>\r\n"
            "List-ID: <utility-cx-forum.googlegroups.com>\r\nList-Archive: <https://groups.google.com/group/utility-cx-forum/>\r\n"
            "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/utility-cx-forum/subscribe>\r\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s") % (
        rhex(12), CC, rfc(dt, PST), rfc(dt), uuid(), uuid(), e, CC, e, R.randint(100000000000, 999999999999), crlf(txt))
    auto(raw, "customercare", dt, "automated: list post",
         "Google Groups reply-all in a thread our team started; discusses STOP replies but is list traffic.")

    # ---- Spanish phishing (Sun 10, 16:40)
    dt = T(10, 16, 40, 9)
    txt = ("Estimado cliente:\n\nSu cuenta de Alliant Energy tiene un saldo vencido de $214.90. Si no realiza el pago hoy, "
           "su servicio de luz y gas ser\u00e1 desconectado ma\u00f1ana a las 8:00 a.m.\n\n"
           "Pague ahora con tarjeta o tarjeta de regalo: http://alliant-pagos.info/pago\n\n"
           "Atentamente,\nDepartamento de Cobranza\nAlliant Energy")
    raw = generic_transport("servicio@alliant-pagos.info", CC, dt, "alliant-pagos.info", "mail.alliant-pagos.info",
                            "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim=False, spf="pass", dmarc="none", tls=False)
    raw += ("From: Alliant Energy <servicio@alliant-pagos.info>\r\nTo: %s\r\n"
            "Subject: =?ISO-8859-1?Q?Aviso_de_desconexi=F3n_=96_pago_pendiente?=\r\nDate: %s\r\nMessage-ID: <%s@alliant-pagos.info>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n") % (
        CC, rfc(dt), rhex(20), qp(txt, "latin-1"))
    auto(raw, "customercare", dt, "automated: phishing", "Spanish disconnect phishing from a lookalike domain.", lang="es")

    # ---- ESP campaign report (Mon 11, 06:00)
    dt = T(11, 6, 0, 0)
    txt = ("Campaign report: Last-Minute Gifts [PH-2812-LMG]\nSent: Tue, Dec 5, 2028 7:30 AM CST\n\n"
           "Delivered: 148,203\nOpens: 31.4%\nClicks: 4.2%\nUnsubscribes: 1,118 (0.75%)\nSpam complaints: 41\n"
           "Hard bounces: 612 (added to suppression)\n\nView full report: https://app.sendwave-esp.com/reports/ph-2812-lmg\n\n"
           "You get this report because you are a member of the PowerHouse Catalog account.\n")
    raw = generic_transport("bounces+ph@reports.sendwave-esp.com", PH, dt, "sendwave-esp.com", "mta12.sendwave-esp.com",
                            "198.2.%d.%d" % (R.randint(128, 190), R.randint(1, 250)), dkim_s="k1")
    raw += ("From: SendWave Reports <reports@sendwave-esp.com>\r\nTo: %s\r\nSubject: Campaign report: Last-Minute Gifts [PH-2812-LMG]\r\n"
            "Date: %s\r\nMessage-ID: <report.%s@sendwave-esp.com>\r\nAuto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s") % (PH, rfc(dt, UTC), rhex(20), crlf(txt))
    auto(raw, "powerhousecatalog", dt, "automated: vendor notice", "E-mail platform's campaign report quoting our token and unsubscribe counts.")

    # ---- Exchange NDR for an ack (Mon 11, 10:05)
    dt = T(11, 10, 5, 20)
    a = ack("CC-2028-12-04211", T(11, 10, 4, 51))
    rc = "dkessler@hawkeyeroofing.com"
    tr, srv = m365_transport("", CC, dt, "hawkeyeroofing.com")
    b = "%s" % uuid()
    html = ("<html><body><p><b><font color=\"#000066\">Your message to dkessler@hawkeyeroofing.com couldn't be delivered.</font></b></p>"
            "<p>dkessler wasn't found at hawkeyeroofing.com.</p><p>Office 365</p></body></html>")
    raw = tr + ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hawkeyeroofing.com>\r\nTo: <%s>\r\n"
                "Date: %s\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n"
                "X-MS-Exchange-Message-Is-Ndr:\r\nContent-Language: en-US\r\nMessage-ID: <%s@%s.namprd%s.prod.outlook.com>\r\n"
                "In-Reply-To: %s\r\nReferences: %s\r\nThread-Topic: %s\r\nSubject: Undeliverable: %s\r\nAuto-Submitted: auto-replied\r\n"
                "MIME-Version: 1.0\r\n\r\n--%s\r\nContent-Type: multipart/alternative; differences=Content-Type;\r\n\tboundary=\"%s\"\r\n\r\n"
                "--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                "Your message to dkessler@hawkeyeroofing.com couldn't be delivered.\r\n\r\ndkessler wasn't found at hawkeyeroofing.com.\r\n\r\n"
                "customercare    Office 365      dkessler\r\nAction Required                 Recipient\r\n\r\nUnknown To address\r\n\r\n"
                "--%s\r\nContent-Type: text/html; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n--%s--\r\n\r\n"
                "--%s\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;%s.namprd%s.prod.outlook.com\r\n"
                "Received-From-MTA: dns;mx1.alliant-energy.com\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822;%s\r\nAction: failed\r\n"
                "Status: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n\r\n"
                "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n%s\r\n--%s--\r\n") % (
        CC, rfc(dt, UTC), b, uuid(), srv, srv[5:7], a.msgid(rc), a.msgid(rc), a.subject, a.subject, b, b + "a", b + "a", b + "a",
        qp(html, "ascii"), b + "a", b, srv, srv[5:7], rfc(a.dt, UTC), rc, b, ack_headers(a, rc), b)
    auto(raw.replace("Return-Path: <>", "Return-Path: <>"), "customercare", dt, "automated: bounce",
         "Microsoft 365 NDR for one of our acknowledgements (recipient not found).")

    # ---- OOO AS to KIT (Tue 12, 09:30:50)
    dt = T(12, 9, 30, 50)
    auto(exch_ooo(dt, "Pham, Linh", "lpham@mercycare-ia.org", "Automatic reply: " + KIT.subject,
                  "Thank you for your email. I am on PTO through December 18. For scheduling questions, please contact "
                  "Surgery Scheduling at 319-555-0172.\n\nLinh Pham\n", KIT),
         "customercare", dt, "automated: auto-reply", "Exchange out-of-office to the kit promotion; Auto-Submitted present.")

    # ---- no longer monitored, no Auto-Submitted (Tue 12, 09:31)
    dt = T(12, 9, 31, 15)
    e = "s.marek@lakeviewcu.org"
    tr, srv = m365_transport(e, CC, dt, "lakeviewcu.org")
    raw = tr + ("From: Sara Marek <%s>\r\nTo: %s\r\nSubject: This mailbox is no longer monitored\r\nDate: %s\r\n"
                "Message-ID: <%s%s@%s.namprd%s.prod.outlook.com>\r\nIn-Reply-To: %s\r\nContent-Language: en-US\r\n"
                "Content-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\nMIME-Version: 1.0\r\n\r\n"
                "This email address is no longer monitored. Sara Marek is no longer with\r\nLakeview Credit Union.\r\n\r\n"
                "For member services please email memberservices@lakeviewcu.org or call\r\n563-555-0108.\r\n") % (
        e, CC, rfc(dt, UTC), srv, rhex(24, True), srv, srv[5:7], KIT.msgid(e))
    auto(raw, "customercare", dt, "automated: auto-reply (no Auto-Submitted)",
         "'No longer monitored' rule reply without Auto-Submitted: still automatic.")

    # ---- quilt shop closed, no Auto-Submitted (Tue 12, 09:32)
    dt = T(12, 9, 32, 40)
    e = "heritagequiltshop@gmail.com"
    raw = gmail_transport(e, CC, dt)
    raw += ("MIME-Version: 1.0\r\nFrom: Heritage Quilt Shop <%s>\r\nDate: %s\r\nMessage-ID: <CA%s@mail.gmail.com>\r\n"
            "Subject: Re: %s\r\nTo: %s\r\nIn-Reply-To: %s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n") % (
        e, rfc(dt), rstr(48), hq(KIT.subject), CC, KIT.msgid(e),
        qp("Thank you for contacting Heritage Quilt Shop! We are closed for inventory December 11-14 and will answer your "
           "message when we reopen on Friday the 15th. Holiday hours: Mon-Sat 9-5.\n\nHappy stitching!\nHeritage Quilt Shop, Kalona"))
    auto(raw, "customercare", dt, "automated: auto-reply (no Auto-Submitted)",
         "Small business's 'we are closed' canned reply to the kit promotion, sent without Auto-Submitted.")

    # ---- Spanish loop: auto-reply to our ack (Tue 12, 12:00)
    dt = T(12, 12, 0, 2)
    auto(exch_ooo(dt, "Rodr\u00edguez, Carmen", "crodriguez@musccommunityhealth.org", "Respuesta autom\u00e1tica: " + ACK_LOOP2.subject,
                  "Gracias por su mensaje. Estoy fuera de la oficina hasta el 2 de enero. Para asuntos urgentes llame al 563-555-0129.\n\n"
                  "Thank you for your message. I am out of the office until January 2.\n\nCarmen Rodr\u00edguez\n", ACK_LOOP2, lang="es-US"),
         "customercare", dt, "automated: auto-reply (loop trap)",
         "LOOP TRAP: Spanish/English out-of-office answering our acknowledgement.", lang="es")

    # ---- phishing: mailbox storage (Tue 12, 08:10)
    dt = T(12, 8, 10, 40)
    html = ("<div style=\"font-family:Segoe UI\"><p>powerhousecatalog@alliant-energy.com</p><p>Your mailbox has reached <b>98%</b> of its storage limit. "
            "Incoming holiday orders will be rejected after 24 hours.</p><p><a href=\"https://alliant-energy-com.sharepoint-docs.click/owa/upgrade\">Increase storage now</a></p>"
            "<p style=\"color:#888\">Microsoft 365 Admin | alliant-energy.com</p></div>")
    raw = generic_transport("admin@mail-secure-notice.click", PH, dt, "mail-secure-notice.click", "server1.mail-secure-notice.click",
                            "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim=False, spf="fail", dmarc="none", tls=False)
    raw += ("From: \"Mail Administrator\" <admin@mail-secure-notice.click>\r\nTo: %s\r\nSubject: Storage limit reached for %s\r\n"
            "Date: %s\r\nMessage-ID: <%s@mail-secure-notice.click>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n") % (PH, PH, rfc(dt), rhex(22), qp(html))
    auto(raw, "powerhousecatalog", dt, "automated: phishing", "Credential phishing ('mailbox full') aimed at our own address.")

    # ---- read receipt for a PH agent reply (Tue 12, 16:30)
    dt = T(12, 16, 30, 11)
    e = "wstruck@charter.net"
    b = "------------%s" % rstr(24)
    orig_mid = "<DM6PR11MB4412%s@DM6PR11MB4412.namprd11.prod.outlook.com>" % rhex(24, True)
    raw = generic_transport(e, PH, dt, "charter.net", "mail.charter.net", "47.43.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim_s="spectrum")
    raw += ("Content-Type: multipart/report; report-type=disposition-notification;\r\n boundary=\"%s\"\r\nMessage-ID: <%s@charter.net>\r\n"
            "Date: %s\r\nMIME-Version: 1.0\r\nUser-Agent: Mozilla Thunderbird\r\nFrom: Walt Struck <%s>\r\nTo: %s\r\n"
            "Subject: Return Receipt (displayed) - RE: Order 7731052 - missing item\r\nReferences: %s\r\nIn-Reply-To: %s\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n--%s\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
            "This is a Return Receipt for the mail that you sent to %s.\r\n\r\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
            "There is no guarantee that the recipient has read or understood the message contents.\r\n\r\n--%s\r\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\r\n"
            "Content-Disposition: inline\r\nContent-Transfer-Encoding: 7bit\r\n\r\nReporting-UA: charter.net; Mozilla Thunderbird\r\n"
            "Final-Recipient: rfc822;%s\r\nOriginal-Message-ID: %s\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--%s--\r\n") % (
        b, uuid(), rfc(dt), e, PH, orig_mid, orig_mid, b, e, b, e, orig_mid, b)
    auto(raw, "powerhousecatalog", dt, "automated: read receipt", "Thunderbird return receipt for an agent's order reply from powerhousecatalog@.")

    # ---- challenge-response to an ack (Wed 13, 09:05)
    dt = T(13, 9, 5, 2)
    a = ack("CC-2028-12-04244", T(13, 9, 4, 40))
    txt = ("Hello,\n\nI'm protecting myself from spam with MailShield. Your message to gkrogh@frontier.com\n"
           "(subject: \"%s\") is being held.\n\n"
           "To deliver it, please click the link below and type the characters you see. You only need to do this once.\n\n"
           "https://verify.mailshield.net/c/%s\n\nThank you,\ngkrogh@frontier.com\n\n--\nMailShield challenge-response. This message was sent automatically.\n") % (
        a.subject, rstr(28))
    raw = generic_transport("challenge@verify.mailshield.net", CC, dt, "verify.mailshield.net", "out2.mailshield.net",
                            "66.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim_s="ms")
    raw += ("From: \"gkrogh@frontier.com (via MailShield)\" <challenge@verify.mailshield.net>\r\nTo: %s\r\nSubject: Please verify your message to gkrogh@frontier.com\r\n"
            "Date: %s\r\nMessage-ID: <%s@verify.mailshield.net>\r\nIn-Reply-To: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n"
            "Content-Transfer-Encoding: 7bit\r\n\r\n%s") % (CC, rfc(dt), uuid(), a.msgid("gkrogh@frontier.com"), crlf(txt))
    auto(raw, "customercare", dt, "automated: challenge-response",
         "LOOP TRAP: challenge-response system answering our acknowledgement; no Auto-Submitted, still machine mail.")

    # ---- DHL phishing (Wed 13, 13:22)
    dt = T(13, 13, 22, 8)
    b = "----=_NextPart_%s" % rhex(20)
    txt = ("DHL Express\n\nYour PowerHouse Catalog order #PH-7731-2208 could not be delivered on 12/13/2028 because the address "
           "label is incomplete.\n\nPlease confirm your address and pay the $1.99 redelivery fee within 48 hours, or the package "
           "will be returned to sender.\n\nSee the attached waybill.\n\nDHL Customer Service")
    att = b64(b"%PDF-1.4\n% fake waybill\n" + bytes(R.randint(0, 255) for _ in range(300)))
    raw = generic_transport("noreply@dhl-express-track.net", PH, dt, "dhl-express-track.net", "smtp.dhl-express-track.net",
                            "5.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), dkim=False, spf="none", dmarc="none", tls=False)
    raw += ("From: \"DHL Express\" <noreply@dhl-express-track.net>\r\nTo: %s\r\nSubject: Delivery failed: PowerHouse Catalog order #PH-7731-2208\r\n"
            "Date: %s\r\nMessage-ID: <%s@dhl-express-track.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n--%s\r\n%s\r\n\r\n--%s\r\nContent-Type: application/pdf; name=\"DHL_Waybill_7731.pdf\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"DHL_Waybill_7731.pdf\"\r\n\r\n%s\r\n\r\n--%s--\r\n") % (
        PH, rfc(dt), rhex(20), b, b, part("text/plain", txt, "us-ascii", cte="7bit"), b, att, b)
    auto(raw, "powerhousecatalog", dt, "automated: phishing", "Fake DHL delivery failure for a 'PowerHouse order', with attachment.")

    # ---- list broker meeting request (Wed 13, 15:00)
    dt = T(13, 15, 0, 37)
    e = "mfeld@northstarlists.com"
    uid = "040000008200E00074C5B7101A82E008000000%s" % rhex(34, True)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=Marcy Feld:mailto:%s\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\n"
           "DESCRIPTION;LANGUAGE=en-US:Review Q1 2029 list exchange schedule and do-not-share suppression file handoff.\\n\n"
           "UID:%s\nSUMMARY;LANGUAGE=en-US:PowerHouse list exchange review - Q1 2029\nDTSTART:20290109T160000Z\nDTEND:20290109T163000Z\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20281213T210037Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:Phone: 612-555-0191\n"
           "END:VEVENT\nEND:VCALENDAR\n") % (e, uid)
    tr, srv = m365_transport(e, PH, dt, "northstarlists.com")
    b = "_000_%s_" % rhex(30, True)
    raw = tr + ("From: Marcy Feld <%s>\r\nTo: \"%s\" <%s>\r\nSubject: PowerHouse list exchange review - Q1 2029\r\n"
                "Thread-Topic: PowerHouse list exchange review - Q1 2029\r\nThread-Index: AdsQ%s==\r\nDate: %s\r\n"
                "Message-ID: <%s%s@%s.namprd%s.prod.outlook.com>\r\nAccept-Language: en-US\r\nContent-Language: en-US\r\nX-MS-Has-Attach:\r\n"
                "X-MS-TNEF-Correlator:\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"%s\"\r\nMIME-Version: 1.0\r\n\r\n"
                "--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\nReview Q1 2029 list exchange schedule and do-not-share suppression file handoff.\r\n\r\n"
                "--%s\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n\r\n--%s--\r\n") % (
        e, PH, PH, rb64(20), rfc(dt, UTC), srv, rhex(24, True), srv, srv[5:7], b, b, b, b64(crlf(ics)), b)
    auto(raw, "powerhousecatalog", dt, "automated: calendar invitation", "List broker's meeting request about do-not-share file handoff: not a request.")

    # ---- partner newsletter (Wed 13, 06:30)
    dt = T(13, 6, 30, 5)
    html = ("<html><body><h1>Trade Ally News - December 2028</h1><p>Year-end incentive deadlines, new LED fixture rebates for 2029, "
            "and winter weatherization tips for your crews.</p><p><a href=\"https://tradeally.example-efficiency.org/dec\">Read more</a></p>"
            "<p style=\"font-size:11px\">You are receiving this because customercare@alliant-energy.com is registered as a partner contact. "
            "<a href=\"https://tradeally.example-efficiency.org/unsub\">Unsubscribe</a></p></body></html>")
    raw = generic_transport("news@tradeally-efficiency.org", CC, dt, "tradeally-efficiency.org", "mail134.sea91.rsgsv.net",
                            "205.201.%d.%d" % (R.randint(128, 140), R.randint(1, 250)), dkim_s="k2")
    raw += ("From: Trade Ally News <news@tradeally-efficiency.org>\r\nTo: <%s>\r\nSubject: Trade Ally News - December 2028\r\nDate: %s\r\n"
            "Message-ID: <%s@mail134.sea91.rsgsv.net>\r\nList-Unsubscribe: <https://tradeally.example-efficiency.org/unsub?u=%s>, <mailto:unsubscribe-%s@mail134.sea91.rsgsv.net>\r\n"
            "List-Id: %s.tradeally-efficiency.org\r\nPrecedence: bulk\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n") % (
        CC, rfc(dt, UTC), rhex(24), rhex(10), rhex(10), rhex(18), qp(html))
    auto(raw, "customercare", dt, "automated: newsletter", "Partner programme newsletter (HTML only, bulk).")

    # ---- qmail legacy bounce (Thu 14, 15:00)
    dt = T(14, 15, 0, 14)
    a = ack("CC-2028-12-04262", T(14, 14, 59, 50))
    rc = "lmhoppe@netins.net"
    raw = generic_transport("", CC, dt, "mail.netins.net", "mail.netins.net", "167.142.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                            dkim=False, dmarc=None, spf="none", tls=False)
    raw += ("Date: %s\r\nFrom: MAILER-DAEMON@mail.netins.net\r\nTo: %s\r\nSubject: failure notice\r\n\r\n"
            "Hi. This is the qmail-send program at mail.netins.net.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<%s>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
            "--- Below this line is a copy of the message.\r\n\r\n%s\r\n\r\n%s\r\n") % (
        rfc(dt, UTC).replace(" +0000", " -0000"), CC, rc, ack_headers(a, rc).split("\r\n", 1)[1].rstrip("\r\n"),
        qp(a.text))
    auto(raw, "customercare", dt, "automated: bounce (legacy)",
         "qmail 'failure notice' without MIME or Auto-Submitted, quoting our acknowledgement text (which mentions opting out).")

    # ---- trade newsletter to PH (Fri 15, 06:15)
    dt = T(15, 6, 15, 40)
    txt = ("CATALOG INSIDER WEEKLY\n\nThis week: the shipping cutoff squeeze, why gift recipients complain, and the 2029 co-op outlook.\n\n"
           "Gift recipients are the #1 source of 'I never ordered from you' complaints in December. Three fixes...\n\n"
           "Read more at catalog-insider.com\n\nUnsubscribe or update preferences: https://catalog-insider.com/prefs\n")
    raw = generic_transport("bounce@news.catalog-insider.com", PH, dt, "catalog-insider.com", "mta3.news.catalog-insider.com",
                            "192.174.%d.%d" % (R.randint(80, 95), R.randint(1, 250)), dkim_s="ci1")
    raw += ("From: Catalog Insider <newsletter@catalog-insider.com>\r\nTo: %s\r\nSubject: The shipping cutoff squeeze + gift-recipient complaints\r\n"
            "Date: %s\r\nMessage-ID: <ciw.20281215.%s@news.catalog-insider.com>\r\nList-Unsubscribe: <https://catalog-insider.com/u/%s>\r\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nPrecedence: bulk\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s") % (PH, rfc(dt, UTC), rhex(12), rhex(12), crlf(txt))
    auto(raw, "powerhousecatalog", dt, "automated: newsletter", "Trade newsletter; discusses 'I never ordered' complaints but is bulk mail.")

    # ---- CRM export notice (Fri 15, 07:00)
    dt = T(15, 7, 0, 1)
    txt = ("Your scheduled export is ready.\n\nExport: Privacy opt-outs - weekly (marketing + do-not-share)\nRecords: 214\n"
           "Created: 2028-12-15 07:00 CST\nDownload (expires in 7 days): https://alliant.crmdesk-cloud.com/exports/%s\n\n"
           "This is an automated notification. Do not reply.\n") % rhex(16)
    raw = generic_transport("notifications@crmdesk-cloud.com", CC, dt, "crmdesk-cloud.com", "smtp-out-4.crmdesk-cloud.com",
                            "54.240.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), dkim_s="cdc")
    raw += ("From: CRMDesk Notifications <notifications@crmdesk-cloud.com>\r\nTo: %s\r\nSubject: Export ready: Privacy opt-outs - weekly\r\n"
            "Date: %s\r\nMessage-ID: <%s@crmdesk-cloud.com>\r\nAuto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: All\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s") % (
        CC, rfc(dt, UTC), uuid(), crlf(txt))
    auto(raw, "customercare", dt, "automated: vendor notice", "CRM's scheduled export notice ('privacy opt-outs', 'do-not-share'): system mail.")


# =============================================================== output
BRIEF = """A realistic two weeks, 4-15 December 2028, of both privacy mailboxes, in the proportions a privacy team
really sees (about 100 messages). Invent what Alliant sent these weeks and list it in the README: e.g. a PowerHouse
"Last-Minute Gifts" catalog e-mail and the printed holiday catalog (with the list-sharing footer and
List-Unsubscribe), a customercare@ promotion for holiday LED lights or a year-end energy-savings kit (with a Spanish
version), a blizzard outage alert from an alerts address with Reply-To: customercare@, the monthly bill notice with a
high heating bill, an energy-assistance reminder, and our bot's acknowledgements. December: holiday shopping, gift
recipients who never ordered, people decluttering their inboxes before the new year, families visiting, snowbirds
gone south, older customers, second-language writers, ~15 % Spanish or mixed. Write the way real people write, from
one word to long letters, in many mail programs: plain opt-outs of every kind, sharing opt-outs, questions,
mixtures, short replies over our promotions, alerts and acknowledgements, some unclear ones, thank-yous. Around that
the usual machine mail (about a third): bounces, out-of-office replies (some without Auto-Submitted), read receipts,
newsletters, vendor notices, holiday phishing pretending to be us, list posts, calendar invitations, mail-client and
inbox-cleaner unsubscribes. Write it as it would really arrive; do not make it a puzzle set."""

SENT = """| what | From | sent (CST) | Subject | token / Message-ID | footer and other notes |
|---|---|---|---|---|---|
| printed **PowerHouse Holiday Book 2028** (postal) | PowerHouse Catalog, P.O. Box 77, Madison WI 53701 | in homes 27 Nov - 2 Dec | - | mailing label `CUSTOMER NO. 0418-77203  H28A` (customer number format `NNNN-NNNNN`, key code `H28A`) | page 2 notice: "We occasionally make our customers' names and postal addresses available to other carefully screened catalog companies. If you'd rather we not share your name, e-mail powerhousecatalog@alliant-energy.com or write to PowerHouse Catalog, P.O. Box 77, Madison, WI 53701." Mail house job 28-4471. |
| promo, holiday LED lights (English) | `Alliant Energy <customercare@alliant-energy.com>` | Mon 4 Dec 10:00 | "Light up the holidays for less: $5 off ENERGY STAR® LED lights [AE-PR-2812-LED]" | `<20281204160003.AE-PR-2812-LED.xxxxxxxx@mail.alliant-energy.com>` (one per recipient) | `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2812-LED>`; footer "To opt out of marketing e-mails, reply with the word unsubscribe or write to customercare@…", HQ address ZIP 53718 |
| promo, holiday LED lights (Spanish) | same | Mon 4 Dec 10:05 | "Ilumine las fiestas por menos: $5 de descuento en luces LED navideñas [AE-PR-2812-LED-ES]" | `<20281204160511.AE-PR-2812-LED-ES.xxxxxxxx@mail.alliant-energy.com>` | List-Unsubscribe mailto with `subject=unsubscribe%20AE-PR-2812-LED-ES`; footer "Para dejar de recibir correos promocionales, responda con la palabra cancelar …" |
| promo e-mail "Last-Minute Gifts" | `PowerHouse Catalog <powerhousecatalog@alliant-energy.com>` | Tue 5 Dec 07:30 | "Last-Minute Gifts they'll love – order by Dec 18 for Christmas delivery [PH-2812-LMG]" | `<20281205133009.PH-2812-LMG.xxxxxxxx@mail.alliant-energy.com>` | `List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2812-LMG>`; footer has the **list-sharing notice** ("…available to other carefully selected catalog companies. If you prefer that we not share your name, write to powerhousecatalog@…") **and** "To unsubscribe from PowerHouse e-mails, reply with "unsubscribe"…". Sent through the SendWave e-mail platform. |
| energy-assistance reminder (service) | `Alliant Energy <customercare@alliant-energy.com>` | Wed 6 Dec 09:00 | "Help with winter heating bills is available" | `<20281206150004.AE-SV-2812-EA.xxxxxxxx@mail.alliant-energy.com>` | no List-Unsubscribe; footer "This is an informational message about your account and assistance programs. It is sent even if you have opted out of promotional e-mail." |
| monthly bill notice (service), high December heating bills | `Alliant Energy <noreply@alliantenergy.com>`, `Reply-To: Alliant Energy Customer Care <customercare@alliant-energy.com>` | by billing cycle (7, 8, 13 Dec) | "Your Alliant Energy bill is ready" | `<bill.YYYYMMDD.hex@notify.alliantenergy.com>` | "Your bill is higher than last month … 38% more heating degree days"; "This is a service message … even if you have opted out of marketing. Please do not reply to this e-mail." (Replies reach customercare@ through Reply-To anyway.) |
| blizzard outage alerts (service) | `Alliant Energy Alerts <alerts@alliant-energy.com>`, `Reply-To: customercare@alliant-energy.com` | Sat 9 Dec 02:14-03:05 | "Outage alert: power is out at your address" | `<OUT-28120902-117.hex@alerts.alliant-energy.com>` (Outage ID in the local part) | body: cause winter storm, estimated restoration, Outage ID; footer "This is a service alert for your account. Manage alert preferences at alliantenergy.com/alerts." |
| power-restored alerts (service) | same | Sat 9 Dec afternoon | "Update: power restored at your address" | `<OUT-…-R.hex@alerts.alliant-energy.com>` | same footer |
| promo, year-end energy-savings kit | `Alliant Energy <customercare@alliant-energy.com>` | Tue 12 Dec 09:30 | "Free Year-End Energy-Savings Kit – claim yours by Dec 31 [AE-PR-2812-KIT]" | `<20281212153006.AE-PR-2812-KIT.xxxxxxxx@mail.alliant-energy.com>` | List-Unsubscribe mailto with `subject=unsubscribe%20AE-PR-2812-KIT`; same footer as the LED promo |
| **bot acknowledgement** | `Alliant Energy Customer Care <customercare@alliant-energy.com>` (envelope customercare@, sent via out01.alliant-energy.com) | on receipt | "We received your request [CC-2028-12-NNNNN]" | `Message-ID: <ack.CC-2028-12-NNNNN@alliant-energy.com>`, `Auto-Submitted: auto-replied` | text mentions stopping marketing contact **and** not sharing names with other catalog companies; seen in this set: CC-2028-12-04118, 04158, 04163, 04171, 04180, 04187, 04190, 04211, 04236, 04240, 04244, 04262 |
| agent replies from the shared mailboxes | customercare@ / powerhousecatalog@ (Outlook) | during the period | "RE: Question about my November bill", "RE: Order 7731052 - missing item" | Exchange Message-IDs | sent with a read receipt requested; only the receipts appear here |
"""

JUDGEMENTS = """1. **A bare "Unsubscribe" / "Remove from list" sent fresh** (not a reply) to either mailbox is a marketing opt-out: the
   word itself names its object (a mailing). Only objectless wishes ("Please stop", "Opt me out.") are unclear, per the
   no-object rule. (Kim Vo, Gail Rempe vs. Harriet Zeller, Kyle Brandenburg.)
2. **The energy-assistance reminder is a service message**, like the bill notice and the outage alerts: its footer says
   it is informational and is sent even to people who opted out. So "Stop" under it is unclear (Ron Goettsch), not an
   opt-out.
3. **Stopping outage alerts is not a marketing opt-out.** The snowbird who wants no more outage e-mails/texts (Roger
   Haugen) asks for an alert-preference change: question. "Stop" / "ya no por favor" under an alert with nothing else:
   unclear.
4. **A reply under a service message that names marketing** ("take me off the promotional emails and the mailers … I only
   want my bill", Nancy Thill) is a marketing opt-out: the short-reply rule only covers words that take their meaning
   from the message they answer.
5. **A passing jab is not a complaint.** "You folks can't keep the lights on … take me off the catalog list" (Paul
   Dvorak) carries only marketing_opt_out: the jab asks for nothing. Harold Petersen's "I HAVE TOLD YOU BEFORE" is
   emphasis on a request that is fully stated, so it is not the "as I asked before" kind of unclear reference.
6. **Partial preferences**: "keep the LED and rebate deals but stop everything else. Is that possible?" (Matt) is a
   question only. A full opt-out would cut off what he wants to keep, and the bot can't split marketing by programme.
   He is not unclear: his wish is plain, it just needs a person.
7. **Gift givers and recipients.** A recipient who never ordered and writes for herself is a normal opt-out (Judith
   Krause, S. Okonkwo). A grandmother asking that her grandchildren (gift recipients) get no catalogs is writing for
   others, so that part is a question for staff. Her own "don't share our names" is a clear sharing opt-out: labels
   catalog_share_opt_out + question, entity = her own name (Marjorie Thuente).
8. **On behalf of someone else → unclear, labels [].** A daughter for her late mother (entities = the mother's name and
   ZIP), a tenant about catalogs addressed to the landlord's father (entity = that person), a wife asking about her
   husband under our acknowledgement (entity = the husband's name she gives). The account holder's household writing
   jointly ("Walter and June Kiefer", "Bill and Sandy Carlsen") has standing, and the names stay joint.
9. **Delete-everything request** (Rachel Greenfield): unclear + question, as LABELS.md says. This is the one unclear row
   that carries a label. Every other unclear row has labels [].
10. **"Do the same for my other address"** in reply to our acknowledgement (Kevin Strand): unclear. The ack mentions
    both marketing and sharing, and his first request was a marketing unsubscribe. That reading is likely but it isn't
    his own words.
11. **A reply to our acknowledgement that adds a clear new request** ("Can you also stop the paper ones?", Tyler Brekke)
    is a human marketing opt-out, not a loop. Replies to the acknowledgement from machines (out-of-office,
    challenge-response) are automated loop traps.
12. **Thank-yous** (a reply to the restored-power alert, a reply to our acknowledgement, an unprompted note for the
    linemen) are human, labels [], not unclear, ack_to null. Their names are still recorded when written ("Marv and
    Lois", "Evelyn").
13. **Entities.** A first name alone counts (LABELS.md): "Nancy", "Jenna", "Derek", "Matt", "Brooke", "Evelyn". An initial plus
    surname ("S. Okonkwo") is taken as written. "The Dieter family" is not taken as a person's name. A town without a
    ZIP gives no postal_code. A catalog customer number from the mailing label counts as account (Gary Brandt). The
    ZIP of a new address given in a change-of-address request is the person's postal_code (34293). Phone numbers and
    item/order numbers are never entities. Names that appear only in the quoted promotion or the From header are not
    used.
14. **Reply-To for the answer.** Brian Lutz writes from work with `Reply-To:` his Gmail and asks to be answered there:
    ack_to is the Reply-To. Inbox-cleaner mail (TidyInbox, LeanBox) carries `Auto-Submitted: auto-generated`: it is a
    marketing opt-out with ack_to null, even though LeanBox gives a support Reply-To.
15. **Mail-client unsubscribes** (Gmail's "This message was automatically generated by Gmail.", Outlook.com's and Yahoo's
    empty bodies) are human opt-outs acknowledged to the sender, because they carry no Auto-Submitted.
16. **Wanting the English version** of a Spanish promotion (Daniel Castillo) is a question (he wants to keep getting
    them). Our quoted footer's "cancelar" does not count.
17. **Asking whether or where a name/e-mail was shared** (Derek, Mark Ellingson, Ashley Nguyen's data request) is a
    question, never a sharing opt-out. Walter and June Kiefer and Dana Whitcomb ask it *and* refuse sharing: both labels.
18. **Machine mail that uses privacy words**: the mail house's suppression report, the CRM's "Privacy opt-outs" export,
    the list broker's pitch and meeting request about do-not-share files, the Mailman post on do-not-share timing,
    and the Google Groups reply-all about STOP replies are all automated with no labels.
"""


def main():
    people()
    machines()
    items = sorted(ITEMS, key=lambda x: x["dt"])
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, it in enumerate(items, 1):
        fn = "%04d.eml" % n
        it["file"] = fn
        raw = it["raw"].replace("\r\n", "\n").replace("\n", "\r\n")
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw.encode("utf-8"))
        rec = {"file": fn, "mailbox": it["mailbox"], "automated": it["automated"], "labels": it["labels"],
               "unclear": it["unclear"], "entities": it["entities"], "note": it["note"], "ack_to": it["ack_to"]}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("%s\t%s" % (fn, it["cat"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    write_readme(items)
    print("wrote %d messages" % len(items))


def table(rows, head):
    out = ["| %s |" % " | ".join(head), "|%s" % ("---|" * len(head))]
    for r in rows:
        out.append("| %s |" % " | ".join(str(x) for x in r))
    return "\n".join(out)


def write_readme(items):
    from collections import Counter, OrderedDict
    n = len(items)
    hum = [i for i in items if not i["automated"]]
    lab = Counter()
    combo = Counter()
    for i in items:
        for l in i["labels"]:
            lab[l] += 1
        if i["automated"]:
            k = "(none) - automated"
        elif i["labels"]:
            k = " + ".join(i["labels"]) + (" (unclear)" if i["unclear"] else "")
        elif i["unclear"]:
            k = "(none) - unclear"
        else:
            k = "(none) - human, nothing to do"
        combo[k] += 1
    cats = Counter(i["cat"] for i in items)
    mb = OrderedDict()
    for box in ("customercare", "powerhousecatalog"):
        sel = [i for i in items if i["mailbox"] == box]
        mb[box] = (len(sel), sum(i["automated"] for i in sel))
    es = [i for i in items if i["lang"] == "es"]
    days = Counter(i["dt"].strftime("%a %d Dec") for i in items)
    ent = Counter()
    for i in items:
        for k in i["entities"]:
            ent[k] += 1
    s = []
    s.append("# dec2028: both privacy mailboxes, 4-15 December 2028\n")
    s.append("%d raw messages (`0001.eml` … `%04d.eml`, in arrival order) with `manifest.jsonl` (schema of "
             "`shared/corpus/README.md`, labelled by `shared/LABELS.md`) and `index.tsv` (file → category it was written for).\n" % (n, n))
    s.append("Rebuild: `python3 _generator/build.py` (stdlib only, fixed seed; rewrites every .eml, the manifest, index.tsv and this README). "
             "Check: `python3 _generator/verify.py`.\n")
    s.append("## The brief\n")
    s.append("\n".join("> " + l for l in BRIEF.split("\n")) + "\n")
    s.append("## What Alliant sent in this period\n")
    s.append("These are fictional. They show up quoted, forwarded, bounced or auto-answered inside the corpus.\n")
    s.append(SENT)
    s.append("Every promotion carries `List-Unsubscribe: <mailto:…?subject=unsubscribe%20TOKEN>` pointing at the mailbox that sent it, "
             "so mail-client and inbox-cleaner unsubscribes arrive with `Subject: unsubscribe TOKEN`.\n")
    s.append("## Counts\n")
    s.append(table([("total messages", n), ("automated", sum(i["automated"] for i in items)), ("human", len(hum)),
                    ("unclear", sum(i["unclear"] for i in items)),
                    ("ack_to set", sum(1 for i in items if i["ack_to"])),
                    ("ack_to null on human mail", sum(1 for i in hum if not i["ack_to"])),
                    ("with any entity", sum(1 for i in items if i["entities"]))] +
                   [("entity `%s`" % k, ent[k]) for k in ("name", "postal_code", "account")], ["", "count"]) + "\n")
    s.append(table([("`%s`" % l, lab[l]) for l in (MO, SO, Q)], ["label", "messages carrying it"]) + "\n")
    s.append(table(sorted(combo.items(), key=lambda x: (-x[1], x[0])), ["labels (exact combination)", "messages"]) + "\n")
    s.append(table([("`%s`" % k, v[0], v[1]) for k, v in mb.items()], ["mailbox", "messages", "of which automated"]) + "\n")
    s.append(table([("English", n - len(es)), ("Spanish or mixed Spanish/English", "%d (%.0f %%; %d human, %d automated)" % (
        len(es), 100.0 * len(es) / n, sum(1 for i in es if not i["automated"]), sum(1 for i in es if i["automated"])))],
        ["language", "messages"]) + "\n")
    s.append(table(sorted(cats.items(), key=lambda x: (-x[1], x[0])), ["category (index.tsv)", "messages"]) + "\n")
    s.append(table([(d, days[d]) for d in sorted(days, key=lambda x: x.split()[1])], ["day", "messages"]) + "\n")
    s.append("## Judgement calls\n")
    s.append("Where LABELS.md had to be interpreted, or was silent, this is what I decided.\n")
    s.append(JUDGEMENTS)
    s.append("## Notes on realism\n")
    s.append("* Clients: Gmail (web, Spanish UI), Yahoo and AOL (quoted text without `>`), Outlook.com/Hotmail, Outlook desktop on "
             "Microsoft 365, iPhone Mail, Apple Mail (macOS), Thunderbird (format=flowed), Xfinity/Comcast Open-Xchange, Roundcube at "
             "small ISPs (tds.net, windstream.net), Samsung Email (base64 parts). Charsets: UTF-8, iso-8859-1, us-ascii, windows-1252 (phishing).\n"
             "* Transport: every message passes mx1 or mx2 → mbx01 (Postfix) with `Authentication-Results` from the MX; the sender's provider "
             "headers (DKIM, ARC, X-Google-*, X-YMail-OSG/X-Sonic-*, X-MS-Exchange-*, X-Xfinity-*) come below.\n"
             "* Our own outbound host is `out01.alliant-energy.com`; bounces of acknowledgements come back from its MAILER-DAEMON, from "
             "Microsoft 365 and from an old qmail server.\n"
             "* The set is a sample of the fortnight, not every message: some acknowledgements that bounce or are auto-answered "
             "(e.g. CC-2028-12-04158 to a mistyped web-form address) belong to requests not included here.\n"
             "* All people, addresses, account and customer numbers are invented; phone numbers use 555-01xx.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(s))


if __name__ == "__main__":
    main()
