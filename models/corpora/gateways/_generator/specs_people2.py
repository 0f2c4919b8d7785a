"""People whose mail passes other machinery: replies to our mail, relays, corporate gateways, secure portals."""
import ours
from kit import M, plain, alt, under, re_ours, CC, PHC
from mime import text, multi, attachment, raw_part

SPECS = []
add = SPECS.append

add(M("watch-dictation", "person:device", PHC, ("Lyle Brandvold", "lylebrandvold@icloud.com"), "Catalogs",
      plain("Stop catalogs please I have too many\n\nSent from my Apple Watch"),
      client="apple-watch", labels=["marketing_opt_out"],
      headers=[("X-Mailer", "iPhone Mail (22A3354)")],
      note="dictated on a watch: 'stop catalogs' has its object -> marketing opt-out"))
add(M("typed-unsub-reply", "person:reply", PHC, ("Connie Ruhl", "connieruhl@aol.com"), re_ours("catalog_promo"),
      plain(under("catalog_promo", "unsubscribe", "On Tuesday, March 10, 2026, 09:02:11 AM CDT, PowerHouse Catalog "
                  "<deals@powerhouse.alliant-energy.com> wrote:")),
      in_reply_to=ours.msgid("catalog_promo", "typed-unsub-reply"), client="aol",
      labels=["marketing_opt_out"],
      note="a person typed 'unsubscribe' as a reply above our quoted promotion (To: the mailbox, not a token) -> marketing"))
add(M("stop-under-outage", "person:reply", CC, ("Vern Ostrowski", "vostrowski@tds.net"), re_ours("outage"),
      plain(under("outage", "STOP", "On Jul 14, 2026, at 6:40 PM, Alliant Energy Outage Alerts "
                  "<alerts@alliant-energy.com> wrote:")),
      in_reply_to=ours.msgid("outage", "stop-under-outage"), client="iphone", unclear=True,
      note="STOP under an outage alert (a service message), not under a promotion -> unclear"))
add(M("thanks-under-ack", "person:reply", CC, ("Bonnie Kettering", "bkettering@mchsi.com"), re_ours("ack"),
      plain(under("ack", "Thank you!\nBonnie", "On Apr 2, 2026, Alliant Energy Customer Care wrote:")),
      in_reply_to=ours.msgid("ack", "thanks-under-ack"), client="outlook-com", ack_to=None,
      entities={"name": "Bonnie"},
      note="thank-you under our acknowledgement: asks nothing -> no labels, not unclear, ack null"))
add(M("ack-plus-share", "person:reply", PHC, ("Raymond Tschida", "rtschida@gmail.com"), re_ours("ack"),
      alt(under("ack", "Thanks. Also please don't share my name with the other catalog companies.\n\nRay Tschida",
                "On Thu, Feb 19, 2026 at 10:14 AM Alliant Energy Customer Care <customercare@alliant-energy.com> wrote:")),
      in_reply_to=ours.msgid("ack", "ack-plus-share"), client="gmail", labels=["catalog_share_opt_out"],
      entities={"name": "Ray Tschida"},
      note="reply to our acknowledgement that adds a new, explicit do-not-share -> share opt-out (the Re: subject is ours)"))
add(M("fwd-promo", "person:forward", CC, ("Diane Kowalczyk", "dkowalczyk@wi.rr.com"), "Fwd: " + ours.subject("energy_promo"),
      plain("I keep getting these. Unsubscribe me.\n\n---------- Forwarded message ---------\n"
            "From: Alliant Energy <news@em.alliant-energy.com>\nDate: Mon, Jun 8, 2026\nSubject: " +
            ours.subject("energy_promo") + "\nTo: <dkowalczyk@wi.rr.com>\n\n" + ours.OURS["energy_promo"]["text"]),
      client="roundcube", labels=["marketing_opt_out"],
      note="forwards our promotion and says 'unsubscribe me' in her own text; the forwarded footer is not counted"))
add(M("corp-external", "person:gateway", CC, ("Kyle Brandt", "kbrandt@greatplainsmfg.com"), "newsletter",
      plain("[EXTERNAL EMAIL] This message originated outside Great Plains Mfg. Use caution with links.\n\n"
            "Hi, please take my work address off the Alliant energy tips newsletter. Thanks.\n\nKyle Brandt\n"
            "Facilities Supervisor | Great Plains Mfg. | Sioux City, IA\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you are not the "
            "intended recipient, delete it. To unsubscribe from Great Plains Mfg. marketing communications, "
            "visit greatplainsmfg.com/preferences."),
      client="outlook-365", labels=["marketing_opt_out"], entities={"name": "Kyle Brandt"},
      note="corporate gateway banner and a legal footer full of 'unsubscribe' around a real newsletter opt-out"))
add(M("apple-relay", "person:relay", CC, (None, "quiet_petal_4k@privaterelay.appleid.com"), "Promotional emails",
      plain("Please stop sending marketing emails to this address. I signed up for outage alerts only.\n"),
      relay=("ci74p00im-qukt09082301.me.com", "17.57.155.23"), relay_dom="privaterelay.appleid.com",
      client="apple-relay", labels=["marketing_opt_out"],
      note="Hide-My-Email relay address: anonymous but answerable, so ack to From; promo e-mail opt-out"))
add(M("duck-relay", "person:relay", PHC, ("Sam Iverson", "sam.iverson@duck.com"), "catalog",
      plain("Stop the catalog emails AND the paper one. - Sam, 54115\n\n"
            "---\nDuckDuckGo removed 2 trackers from this email.\n"),
      client="duck-relay", labels=["marketing_opt_out"], entities={"name": "Sam", "postal_code": "54115"},
      note="forwarding-service address with its tracker banner; stop both catalog channels -> marketing"))
add(M("secure-portal", "person:portal", CC, ("Zix Secure Mail", "securemail@zixmessagecenter.com"),
      "Secure message from hvandenberg@firstfedlacrosse.com",
      alt("You have received a secure message from hvandenberg@firstfedlacrosse.com.\n\n"
          "Subject: Opt out\n\nTo read it, open https://web1.zixmail.net/s/e?b=firstfed&m=ABC and register.\n"
          "This notice was sent by a secure-messaging system. Do not reply."),
      client="secure-portal", unclear=True, ack_to=None,
      note="a person's message locked behind an encryption portal; only the hidden subject 'Opt out' shows -> unclear, no usable address"))
add(M("trs-relay", "person:relay", PHC, ("IP Relay Service", "relay-noreply@iprelay-center.com"),
      "Relay message for PowerHouse Catalog",
      plain("This message was relayed by a Telecommunications Relay Service operator (CA #4471) for a caller who "
            "is deaf or hard of hearing.\n\nCALLER SAYS: please take me off your catalog mailing list my name is "
            "Sandra Kuehl zip code 54311 thank you GA\n\nEnd of relayed message."),
      client="trs-relay", labels=["marketing_opt_out"], ack_to=None,
      entities={"name": "Sandra Kuehl", "postal_code": "54311"},
      note="relay-service operator transcribes the caller's own words: catalog opt-out; no-reply relay -> ack null"))
add(M("q-phish-unsub", "person:question", CC, ("Gail Ferris", "gailferris@mediacombb.net"), "Is this really from you?",
      plain("I got an email that says \"Confirm your unsubscribe from Alliant Energy - verify your account\" with a "
            "link to a site I don't recognize. Did you send this? I don't want to click it.\n\nGail Ferris\n"
            "Ottumwa 52501\n\n> From: Alliant Energy Notices <notice@alliant-energy-secure.co>\n"
            "> Click below to confirm your unsubscribe request within 24 hours."),
      client="outlook-com", labels=["question"], entities={"name": "Gail Ferris", "postal_code": "52501"},
      note="asks whether a 'confirm your unsubscribe' mail is ours; the quoted phish asks nothing of us -> question only"))
add(M("q-gmail-unsub-delay", "person:question", CC, ("Owen Halvorsen", "ohalvorsen@gmail.com"), "unsubscribe not working?",
      alt("I clicked the Unsubscribe link Gmail shows at the top of your emails last week, but the thermostat "
          "offers keep coming. How long does that take to go through?\n\nOwen"),
      client="gmail", labels=["question"], entities={"name": "Owen"},
      note="asks how long the software unsubscribe takes; no new opt-out asked -> question only"))
add(M("q-backscatter", "person:question", CC, ("Lorraine Duquette", "lduquette@charter.net"),
      "Got a bounce for an email I never sent",
      plain("I got a \"Mail delivery failed\" message saying my email to customercare@alliant-energy.com "
            "could not be delivered, but I never wrote to you. Was my account or email hacked? Account 0077 3412 9921.\n\n"
            "Lorraine Duquette"),
      client="outlook-pc", labels=["question"],
      entities={"name": "Lorraine Duquette", "account": "0077 3412 9921"},
      note="a person asking about a bounce she received (not a bounce itself) -> question"))
add(M("q-ticket-status", "person:question", PHC, ("Ben Achterberg", "bachterberg@netins.net"),
      "Re: [Ticket #58213] We received your privacy request",
      plain("I got the automatic reply with this ticket number three weeks ago but the catalogs are still coming. "
            "Is my opt-out done? Can someone check?\n\nBen Achterberg\n50701\n\n"
            "> Thank you for contacting us. We have recorded your request and will process it\n"
            "> within 10 business days. No further action is needed."),
      in_reply_to=ours.msgid("ack", "q-ticket-status"), client="outlook-pc", labels=["question"],
      entities={"name": "Ben Achterberg", "postal_code": "50701"},
      note="reply to our acknowledgement asking about status: a question; it restates no new opt-out"))
add(M("q-opt-back-in", "person:question", CC, ("Kim Tran-Holt", "kimtranholt@yahoo.com"), "put me back",
      plain("My phone's mail app unsubscribed me from your emails when I tapped the wrong thing. Please put me back "
            "on the rebates and offers list. Kim Tran-Holt, 53072"),
      client="yahoo", labels=["question"], entities={"name": "Kim Tran-Holt", "postal_code": "53072"},
      note="opting back in after a software unsubscribe is a question; the old removal is not a new opt-out"))
add(M("contradictory", "person:mixed", CC, ("Marty Kohn", "martykohn@gmail.com"), "emails",
      alt("Unsubscribe me. Actually wait, no, the coupons are sometimes good. Just fewer? I don't know.\n\nMarty"),
      client="gmail", unclear=True, entities={"name": "Marty"},
      note="asks to unsubscribe and takes it back in the next line -> mixed wishes, unclear"))
add(M("unsub-mailto-typed", "person:list-unsubscribe", CC, ("Pete Jablonski", "pjablonski@sbcglobal.net"), "unsubscribe",
      plain("and quit selling my email to spammers\n"),
      client="outlook-pc", labels=["marketing_opt_out", "catalog_share_opt_out"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      note="a person used our unsubscribe mailto (subject 'unsubscribe') and typed his own line: no selling -> both opt-outs"))
