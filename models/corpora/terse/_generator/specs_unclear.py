"""Unclear short replies and thank-yous to our acknowledgement."""
from originals import ack
from spec import M, Q

ack("A_LOOMIS", "CC-2026-05-05011", "2026-05-04 09:10:02", "0c5a2e96")
ack("A_GERBER", "CC-2026-03-04590", "2026-03-18 11:20:05", "9d3b70e1")
ack("A_SCHULTZ", "CC-2026-06-06203", "2026-06-01 13:30:45", "47e2a1cd")
ack("A_PFLUG", "CC-2026-03-04471", "2026-03-13 08:00:14", "e6a09b35")
ack("A_TOMCZAK", "CC-2026-04-05088", "2026-04-22 17:15:30", "5f81c3d2")
ack("A_GREENE", "CC-2026-06-06377", "2026-06-18 19:46:20", "a2d4e790")
ack("A_VOSS", "CC-2026-09-10988", "2026-09-16 06:24:00", "7b3c0f18")
ack("A_RUIZ", "CC-2026-05-05164", "2026-05-07 11:00:00", "d09e5b42")
ack("A_SCHALLER", "CC-2026-08-09215", "2026-08-24 09:00:30", "3a6f8e01")
ack("A_WHITCOMB", "CC-2026-05-05092", "2026-05-02 16:46:00", "c4b71d9a")
ack("A_BLUM", "CC-2026-06-06342", "2026-06-14 09:49:00", "18e5a3f6")

UNCLEAR = [
    M("un:stop-under-outage", "iphone", "Brenda Kline", "bkline@icloud.com", "2026-07-02 18:50:31",
      "STOP", reply="S1", unclear=True,
      note="STOP under an outage alert is not a marketing opt-out (service mail); could mean stop the alerts"),
    M("un:remove-under-bill", "gmail-android", "Curtis Moe", "curtismoe@gmail.com", "2026-03-09 08:12:52",
      "remove", reply="S3", unclear=True,
      note="'remove' under the bill-ready notice: paperless? the address? unclear"),
    M("un:unsub-under-reminder", "outlook-android", "Natalie Pruitt", "npruitt@hotmail.com", "2026-04-20 06:33:19",
      "Unsubscribe", reply="S4", unclear=True,
      note="'Unsubscribe' under a payment reminder (service mail, not marketing)"),
    M("un:stop-under-ack", "yahoo-android", "Gary Loomis", "gloomis@yahoo.com", "2026-05-04 09:31:40",
      "stop", reply="A_LOOMIS", unclear=True,
      note="'stop' under our own acknowledgement: stop what? not a marketing opt-out per LABELS"),
    M("un:empty-reply-promo", "iphone", "Ellen Sorensen", "esorensen@icloud.com", "2026-03-05 14:17:22",
      "", reply="P1", unclear=True,
      note="nothing typed: only the iPhone signature above the quoted promo; quoted footer's 'unsubscribe' is ours"),
    M("un:empty-reply-catalog", "gmail-ios", "Mark Trinh", "mtrinh@gmail.com", "2026-06-10 13:40:59",
      "", reply="C2", unclear=True,
      note="empty Gmail reply, only the quote of the catalog e-mail (which mentions sharing and unsubscribing)"),
    M("un:see-below", "outlook-ios", "Julie Haugen", "jhaugen@outlook.com", "2026-04-14 10:03:37",
      "see below", reply="P3", unclear=True,
      note="'see below' but below is only our newsletter; nothing decidable"),
    M("un:emoji-only", "samsung-gmail", "Andre Lewis", "andrelewis.dsm@gmail.com", "2026-04-02 20:44:12",
      "\U0001F6D1", reply="P2", sig="", unclear=True,
      note="only a stop-sign emoji under the EV promo; LABELS treats an emoji-only reply as nothing decidable"),
    M("un:bare-stop-fresh", "gmail-android", "Tasha Brooks", "tashabrooks.ia@gmail.com", "2026-05-11 21:02:40",
      "stop", subject="", mailbox="customercare", unclear=True,
      note="bare 'stop', empty subject, no quote, no thread headers: no object, no context"),
    M("un:same-for-wife", "iphone", "Paul Gerber", "pgerber@icloud.com", "2026-03-18 11:58:44",
      "do the same for my wife's email", reply="A_GERBER", unclear=True,
      note="reference to an earlier request plus an address he does not give, on someone else's behalf"),
    M("un:question-mark", "yahoo-ios", "Loretta Knapp", "lknapp@yahoo.com", "2026-07-09 07:05:11",
      "?", reply="P6", unclear=True, note="a lone '?' under a promo"),
    M("un:alto-under-outage-es", "gmail-android", "Jorge Medina", "jorgemedina.cr@gmail.com", "2026-07-02 19:01:27",
      "alto ya", reply="S1", lang="es", unclear=True,
      note="Spanish 'stop already' under an outage alert: service mail, so unclear"),
    M("un:please-stop-catalog-box", "outlook-ios", "Margaret Ihde", "mihde@outlook.com", "2026-10-08 16:30:02",
      "Please stop.", subject="Please stop", mailbox="powerhousecatalog", unclear=True,
      note="'Please stop.' with no object and no quote; the catalog mailbox is only a hint"),
    M("un:opt-me-out", "proton", "R. K. Hollister", "rk.hollister@proton.me", "2026-02-03 08:48:20",
      "Opt me out", subject="opt out", mailbox="customercare", sig="", unclear=True,
      note="'Opt me out' of what? no object, no context"),
    M("un:same-as-last-time", "att-web", "Dolores Uhl", "duhl@att.net", "2026-06-24 14:13:57",
      "Same as last time please. thx", subject="again", mailbox="customercare", no_msgid=True, unclear=True,
      note="refers to an earlier request without saying what it was"),
    M("un:nope", "iphone", "Kurt Wendt", "kwendt@icloud.com", "2026-05-06 10:22:35",
      "nope", reply="P4", unclear=True,
      note="'nope' declines this one offer; it does not clearly ask to stop marketing"),
    M("un:no-under-maintenance", "verizon-web", "Ralph Stender", "rstender@verizon.net", "2026-05-12 15:17:09",
      "NO", reply="S5", unclear=True,
      note="'NO' under a planned maintenance notice: objects to the outage? to the e-mail?"),
    M("un:delete-everything", "gmail-ios", "Jasmine Holt", "jasmineholt@gmail.com", "2026-08-12 23:10:48",
      "pls delete everything you have on me", subject="delete", mailbox="customercare", unclear=True,
      labels=[Q], note="delete-all-data request: unclear + question per LABELS (the bot may not delete account data)"),
    M("un:on-behalf-deceased", "samsung-comcast", "Karen Nyberg-Holt", "knyberg@comcast.net", "2026-02-19 13:45:06",
      "my dad passed away in january please stop sending stuff to him. Walter Nyberg", subject="my father",
      mailbox="powerhousecatalog", unclear=True, entities={"name": "Walter Nyberg"},
      note="on behalf of a deceased parent, standing unclear and 'stuff' is vague; entity is the father"),
    M("un:contradictory", "fastmail", "Sylvia Marchetti", "smarchetti@fastmail.com", "2026-09-15 13:22:17",
      "take me off the email list but keep emailing me the coupon codes", reply="C4", unclear=True,
      note="self-contradicting wishes (off the e-mail list, yet keep the coupon e-mails)"),
    M("un:stop-under-autopay", "outlook-ios", "Brian Keefe", "bkeefe@live.com", "2026-08-06 08:04:55",
      "stop", reply="S6", unclear=True,
      note="'stop' under the failed-AutoPay notice: stop AutoPay? the notices? unclear"),
    M("un:not-what-i-asked", "yahoo-ios", "Roberta Schultz", "rschultz@yahoo.com", "2026-06-01 16:02:10",
      "this isnt what I asked for", reply="A_SCHULTZ", unclear=True,
      note="complains about our acknowledgement without saying what she asked for"),
    M("un:empty-forward", "gmail-android", "Dean Whitmore", "deanwhitmore@gmail.com", "2026-06-05 07:50:00",
      "", reply="P5", fwd=True, unclear=True,
      note="forwards our fridge promo with no text of his own"),
    M("un:remove-under-storm", "iphone", "Teresa Galvin", "tgalvin@icloud.com", "2026-06-12 15:45:30",
      "remove me", reply="S7", irt=False, unclear=True,
      note="'remove me' under a storm-prep service alert, thread headers dropped; not a marketing opt-out"),
]

THANKS = [
    M("ty:thanks", "iphone", "Nancy Pflug", "npflug@icloud.com", "2026-03-13 08:09:50",
      "thanks", reply="A_PFLUG", ack=None,
      note="thank-you under our acknowledgement: nothing to do, no reply (avoid ping-pong)"),
    M("ty:ok", "gmail-android", "Joe Tomczak", "jtomczak@gmail.com", "2026-04-22 17:20:04",
      "ok", reply="A_TOMCZAK", ack=None, note="'ok' under our acknowledgement asks for nothing"),
    M("ty:thumbs-up", "samsung-att", "Lamar Greene", "lgreene@att.net", "2026-06-18 20:02:31",
      "\U0001F44D", reply="A_GREENE", ack=None,
      sig="Sent via the Samsung Galaxy S23, an AT&T 5G smartphone",
      note="thumbs-up under our acknowledgement = 'ok', asks for nothing (not treated as an undecidable emoji)"),
    M("ty:thank-you", "outlook-ios", "Cheryl Voss", "cvoss@outlook.com", "2026-09-16 06:51:12",
      "Thank you!", reply="A_VOSS", ack=None, note="thank-you to our acknowledgement"),
    M("ty:gracias-es", "yahoo-android", "Alejandra Ruiz", "aleruiz@yahoo.com", "2026-05-07 11:42:30",
      "Gracias", reply="A_RUIZ", lang="es", cte="8bit", ack=None, note="Spanish thank-you under our acknowledgement"),
    M("ty:ok-thx", "att-web", "Vern Schaller", "vschaller@att.net", "2026-08-24 09:33:12",
      "ok thx", reply="A_SCHALLER", ack=None, note="'ok thx' under our acknowledgement"),
    M("ty:signed", "proton", "Dana Whitcomb", "dana.whitcomb@proton.me", "2026-05-02 17:10:40",
      "Got it, appreciate the quick response.\n\nDana", reply="A_WHITCOMB", ack=None,
      entities={"name": "Dana"}, note="signed thank-you under our acknowledgement; name is hers, still no action"),
    M("ty:bottom-posted", "fastmail", "Howard Blum", "hblum@fastmail.com", "2026-06-14 10:15:00",
      "great, thank you", reply="A_BLUM", position="bottom", ack=None,
      note="bottom-posted thank-you under the quoted acknowledgement"),
]

SPECS = UNCLEAR + THANKS
