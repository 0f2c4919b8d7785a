"""English mail whose meaning is unclear, replies to our spring promotions, service mail and acknowledgements, and
software that unsubscribes for a person. Every person and sentence is invented for this set."""
from spec import M

CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    # ---- unclear as it naturally comes ----
    M("u-rhonda", "unclear", CC, "gmail", "2026-04-05 09:19", ("Rhonda Kiefer", "rkiefer71@gmail.com"),
      "Please stop.\n\nRhonda", "", "'Please stop' with no object and no quote: unclear", {"name": "Rhonda"},
      unclear=True, subject=""),
    M("u-lyle", "unclear", PH, "yahoo", "2026-04-28 15:51", ("Lyle Vander Ploeg", "lvanderploeg@yahoo.com"),
      "Opt me out\nLyle Vander Ploeg", "",
      "'Opt me out' of what? The catalog mailbox is only a hint: unclear", {"name": "Lyle Vander Ploeg"},
      unclear=True, subject="Opt out"),
    M("u-janelle", "unclear", CC, "outlookcom", "2026-04-15 20:44", ("Janelle Schutte", "janelleschutte@hotmail.com"),
      "Could you please do the same for my mom's address too? 412 Oak St, Decorah 52101. Thank you!", "",
      "'Do the same' refers to an earlier mail and is for her mother: unclear", {"postal_code": "52101"},
      unclear=True, subject="Re: my request"),
    M("u-cheryl", "unclear", PH, "gmail", "2026-04-30 11:36", ("Cheryl Ambrose", "cheryl.ambrose@gmail.com"),
      "My husband Richard gets the catalog in his name and he wants off. He doesn't do email so I'm writing for "
      "him.\n\nCheryl", "", "Spouse writing for her husband without stated standing: unclear; entity is the husband",
      {"name": "Richard"}, unclear=True, subject="catalog for my husband"),
    M("u-karen", "unclear", CC, "iphone", "2026-04-10 16:12", ("Karen Lindqvist-Moe", "klmoe@icloud.com"),
      "My dad Arthur Lindqvist passed away in March. Please stop all mail to him at 2216 Prairie View Dr, "
      "Mount Horeb 53572.\n\nKaren", "",
      "Daughter for her late father, no standing stated, 'all mail' may include bills: unclear",
      {"name": "Arthur Lindqvist", "postal_code": "53572"}, unclear=True, subject="My father"),
    M("u-phil", "unclear", PH, "applemail", "2026-04-04 10:07", ("Phil Gustafson", "philgus@mac.com"),
      "Go ahead and stop the catalog. Actually hold on, my wife says she wants the spring one for the garden stuff. "
      "But not the others. Or maybe just the spring one? I'll let you figure it out.\n\nPhil", "",
      "Stops the catalog, then takes it back in part: self-contradicting wishes, unclear", {"name": "Phil"},
      unclear=True, subject="catalog"),
    M("u-gretchen", "delete", CC, "thunderbird", "2026-05-05 21:25", ("Gretchen Sauer", "gsauer@tds.net"),
      "I want all of my personal data deleted from your systems. Everything. I'm tired of my information being "
      "everywhere.\n\nGretchen Sauer\n53555", "q",
      "Delete everything: question plus unclear (the bot may not delete account data)",
      {"name": "Gretchen Sauer", "postal_code": "53555"}, unclear=True, subject="Delete my data"),
    M("u-agent", "agent", PH, "machine", "2026-04-22 03:15", ("OptOutNow Requests", "no-reply@optoutnow-mail.com"),
      "To the privacy team at PowerHouse Catalog,\n\nAs part of our member's Spring Privacy Cleanup, OptOutNow is "
      "submitting the following request as the consumer's authorized agent.\n\nConsumer: Teodora Blaszczyk\n"
      "Address: 904 W Grand Ave, Beloit WI 53511\nEmail: tblaszczyk@proton.me\n\nRequested actions:\n"
      "- Delete the consumer's personal information\n- Do not sell or share the consumer's personal information\n"
      "- Stop direct marketing to the consumer\n\nA copy of the consumer's authorization is available on request.\n"
      "Case ID: OON-88213-WI\n\nPlease reply to this message to confirm completion.\n\nOptOutNow Case Team",
      "", "Removal service acting as agent, authorization not attached: on behalf without shown standing, unclear; "
      "ack to its Reply-To", {"name": "Teodora Blaszczyk", "postal_code": "53511"}, unclear=True,
      subject="Privacy request for Teodora Blaszczyk (Case OON-88213-WI)",
      reply_to=("OptOutNow Case Team", "cases@optoutnow.io"), ack="reply_to",
      hop=("o12.mta.optoutnow-mail.com", "167.89.31.%d" % 77), dkim="optoutnow-mail.com",
      msgid="<oon.88213.wi.1776845700@optoutnow-mail.com>"),
    M("u-ashley", "unclear", CC, "gmail_android", "2026-04-19 13:02", ("Ashley Nguyen", "ashnguyen.ia@gmail.com"),
      "We bought this house in March and we keep getting Alliant mailers addressed to Dennis Whitcomb. He doesn't live "
      "here anymore. Can you stop those?", "",
      "Current occupant about a previous resident's mailers: not hers to decide, unclear; entity the previous resident",
      {"name": "Dennis Whitcomb"}, unclear=True, subject="Mail for previous owner"),
    M("u-mike", "unclear", CC, "gmail", "2026-05-14 17:33", ("Mike Jablonski", "mjablonski@gmail.com"),
      "As I asked before, please take care of this. Thanks", "",
      "'As I asked before' with nothing saying what: unclear", unclear=True, subject="again"),
    # ---- replies to our spring promotions ----
    M("r-darlene", "reply-promo", CC, "iphone", "2026-04-07 10:14", ("Darlene Fisk", "dfisk@icloud.com"),
      "STOP", "mo", "STOP under the heat-pump promotion: marketing opt-out", reply="promo_hp"),
    M("r-hollis", "reply-promo", PH, "gmail", "2026-05-01 07:20", ("Hollis Grant", "hollis.grant@gmail.com"),
      "unsubscribe", "mo", "'unsubscribe' under the garden sale e-mail: marketing opt-out", reply="garden_sale"),
    M("r-vernon", "reply-promo", CC, "outlookcom", "2026-04-07 18:03", ("Vernon Ahlquist", "vahlquist@outlook.com"),
      "No thanks.", "", "'No thanks' under an offer: this offer or all offers? undecidable, unclear",
      reply="promo_hp", unclear=True),
    M("r-priscilla", "reply-promo", CC, "gmail", "2026-04-08 12:51", ("Priscilla Yoder", "pyoder.home@gmail.com"),
      "Does this include ductless mini-splits? We got a quote from Riverbend Heating for two heads and they weren't "
      "sure it qualifies.\n\nPriscilla", "q", "Question about the rebate offer", {"name": "Priscilla"},
      reply="promo_hp"),
    M("r-naomi", "reply-promo", PH, "applemail", "2026-04-02 19:40", ("Naomi Achterberg", "nachterberg@me.com"),
      "Love the catalog, the porch lights were a hit last year. But the note at the bottom says to reply if I don't "
      "want my name shared, so here I am: please don't share it.\n\nNaomi Achterberg", "cs",
      "Answers our footer's sharing sentence in her own words, keeps the catalog: sharing opt-out only",
      {"name": "Naomi Achterberg"}, reply="cat_spring", fmt="alt"),
    M("r-frank", "reply-promo", PH, "yahoo", "2026-05-02 08:33", ("Frank Delgado", "fdelgado44@yahoo.com"),
      "Take me off this email list and the paper catalog list too.", "mo",
      "E-mail list and paper catalog: marketing opt-out", reply="garden_sale"),
    M("r-glen", "reply-promo", CC, "thunderbird", "2026-04-08 06:47", ("Glen Rasmussen", "grasmussen@chorus.net"),
      "We put in a heat pump two years ago with your rebate, so this is wasted on us. Please stop sending these "
      "ads.\n\nGlen", "mo", "Bottom-posted under the promotion: 'stop sending these ads' is a marketing opt-out",
      {"name": "Glen"}, reply="promo_hp", qmode="bottom"),
    M("r-tiffany", "reply-promo", PH, "gmail_android", "2026-04-03 12:09", ("Tiffany Ross", "tiffross.ia@gmail.com"),
      "ok", "", "'ok' under a catalog promotion could be interest as well as assent: unclear", reply="cat_spring",
      unclear=True),
    M("r-derek", "reply-promo", PH, "samsung", "2026-05-01 20:58", ("Derek Fullerton", "dfullerton@gmail.com"),
      "Why do you keep emailing me? I never bought anything from a catalog in my life.", "q",
      "'Why do I get this' under the sale e-mail, no stop asked: question", reply="garden_sale"),
    M("r-walt", "reply-promo", CC, "gmail", "2026-04-09 08:26", ("Walt Sorensen", "waltsorensen@gmail.com"),
      "???", "", "Forward of our own promotion with only '???': nothing decidable, unclear", reply="promo_hp",
      qmode="fwd", unclear=True),
    M("r-loretta", "reply-promo", CC, "aol", "2026-04-10 15:15", ("Loretta Banks", "lorettabanks@aol.com"),
      "I rent my house. Can my landlord get this rebate, and would that make my rent go up? Not interested "
      "otherwise.", "q", "Renter's questions about the offer; 'not interested otherwise' declines, does not opt out",
      reply="promo_hp"),
    # ---- replies to service mail ----
    M("s-brent", "reply-service", CC, "iphone", "2026-04-21 20:01", ("Brent Kaufmann", "bkaufmann@icloud.com"),
      "STOP", "", "STOP under an outage alert is not a marketing opt-out: unclear", reply="outage", unclear=True),
    M("s-lacey", "reply-service", CC, "gmail_android", "2026-04-22 04:40", ("Lacey Wendt", "laceywendt@gmail.com"),
      "It's been almost 9 hours, not 11:30 like this said. We have a sump pump running off a little generator and the "
      "basement is getting wet. Any real estimate? 1840 Hawthorne Rd", "q",
      "Storm outage question sent to the privacy mailbox: question", reply="outage"),
    M("s-maxine", "reply-service", CC, "yahoo_app", "2026-04-22 07:12", ("Maxine Porter", "mporter1949@yahoo.com"),
      "Thank you to the crews who were out in that mess last night!", "",
      "Thanks under the restoration notice: nothing to answer, ack_to null", reply="restored", ack=None),
    M("s-dwight", "reply-service", CC, "outlookcom", "2026-05-04 09:36", ("Dwight Ellison", "dellison@live.com"),
      "Why is this so high? I was in Arizona for half of April and the house sat empty with the heat at 55.", "q",
      "Billing question under the bill notice", reply="bill"),
    M("s-kristen", "reply-service", CC, "gmail", "2026-05-04 11:58", ("Kristen Voigt", "kvoigt@gmail.com"),
      "remove", "", "'remove' under a bill notice: not a marketing opt-out, unclear", reply="bill", unclear=True),
    M("s-samir", "reply-service", CC, "outlook365", "2026-04-22 08:15", ("Samir Haddad", "shaddad@haddadlaw.com"),
      "Not these alerts, those are great. But please stop the rebate and heat pump e-mails.", "mo",
      "Under an outage alert but names the promotional e-mails as the object: marketing opt-out", reply="outage"),
    # ---- replies to our acknowledgements ----
    M("k-elaine", "reply-ack", CC, "gmail", "2026-04-14 11:02", ("Elaine Dorsey", "elainedorsey@gmail.com"),
      "Thank you!", "", "Thank-you under our acknowledgement: nothing to answer", reply="ack", ack=None),
    M("k-roger", "reply-ack", CC, "thunderbird", "2026-05-06 19:49", ("Roger Halvorson", "rhalvorson@mhtc.net"),
      "It has been three weeks since this and I am still getting the heat pump e-mails. Two more this week. What is "
      "going on?", "q", "Still getting e-mails after our acknowledgement: question, the opt-out is already on record",
      reply="ack"),
    M("k-ingeborg", "reply-ack", PH, "gmail", "2026-04-20 14:22", ("Ingeborg Tvedt", "itvedt@gmail.com"),
      "Thanks. Please also make sure my name isn't shared with other catalog companies.", "cs",
      "New sharing opt-out added under our catalog acknowledgement", reply="ack_ph"),
    M("k-warren", "reply-ack", CC, "outlookcom", "2026-05-07 08:09", ("Warren Fitch", "wfitch@outlook.com"),
      "Please do the same for my other address.", "", "'Do the same for my other address': reference, unclear",
      reply="ack2", unclear=True),
    M("k-len", "reply-ack", PH, "aol", "2026-04-21 17:30", ("Leonard Mraz", "lmraz@aol.com"),
      "Actually, could you put me back on the catalog list? My wife was upset I cancelled it. Sorry for the "
      "trouble.\n\nLen Mraz", "q", "Opting back in under our acknowledgement: question", {"name": "Len Mraz"},
      reply="ack_ph"),
    # ---- software unsubscribing for a person ----
    M("w-gmail-button", "software", CC, "machine", "2026-04-07 13:40", ("", "jpetrakis@gmail.com"),
      "This message was automatically generated by Gmail.", "mo",
      "Gmail's unsubscribe button mailed our List-Unsubscribe address; no Auto-Submitted: opt-out, ack to From",
      subject="unsubscribe", fmt="alt", dkim="gmail.com",
      html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>'
           '<div>This message was automatically generated by Gmail.</div></body></html>',
      msgid="<CAK7q2RwXpTbn3mV0d-4fLq8zsYc1oPjH9AeW5uNgk2=Ex1rT6Q@mail.gmail.com>",
      hop=("mail-yw1-f171.google.com", "209.85.128.171")),
    M("w-cleaner", "software", PH, "machine", "2026-05-16 04:12", ("CleanSweep Inbox", "unsub-7f3a9c21@cleansweep-inbox.com"),
      "Unsubscribe request generated by CleanSweep Inbox for one of its users.\nList: PowerHouse Catalog deals\n"
      "Requested: 2026-05-16 09:12 UTC", "mo",
      "Inbox-cleaning service unsubscribing a user, carries Auto-Submitted: opt-out, ack_to null",
      subject="unsubscribe", ack=None, hdr=[("Auto-Submitted", "auto-generated")],
      hop=("out-3.cleansweep-inbox.com", "34.213.90.%d" % 18), msgid="<unsub.7f3a9c21.1778922720@cleansweep-inbox.com>"),
]
