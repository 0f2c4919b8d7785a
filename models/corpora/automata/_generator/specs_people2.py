"""Human (automated = false), part 2 -- software that unsubscribes for a person, forwarded bounces and phishing,
assistants and delegates, requests in machine-looking wrappers, and a few other languages."""
import datetime as dt

import ours
from kit import text, html, multi, raw, att, hexid
from spec import S, ics

OM = ours.msgid


def tok(box, key):
    return "%s+u-%s@alliant-energy.com" % (box, hexid("u" + key, 7))


def reply(new, kind, d, days=3):
    return text(new + "\n\n" + ours.quoted(kind, d, days=days))


def sw(id, box, frm, subject, body, note, client, auto_submitted=False, month=None, **kw):
    t = tok(box, id)
    hdrs = [("Auto-Submitted", "auto-generated")] if auto_submitted else []
    return S(id, box, frm, subject, body, note=note, cat="software:unsubscribe", client=client, month=month,
             to=[t], rcpt=t, headers=hdrs + kw.pop("headers", []), labels=["marketing_opt_out"],
             ack=None if auto_submitted else frm[1], **kw)


def fwd_bounce(d):
    bounce = ("---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mx2.alliant-energy.com>\n"
              "Date: %s\nSubject: Undelivered Mail Returned to Sender\nTo: <nbrandvold@gmail.com>\n\n"
              "This is the mail system at host mx2.alliant-energy.com.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
              "<privacy@alliant-energy.com>: User unknown in local recipient table\n"
              % (d - dt.timedelta(hours=2)).strftime("%a, %b %d, %Y at %I:%M %p"))
    return text("Hi,\n\nI tried to send you a question about my meter reading and got this back. The address\n"
                "privacy@alliant-energy.com is printed on my bill insert. Is there a right address, and did my\n"
                "message reach anybody?\n\nNils Brandvold\n\n" + bounce)


def fwd_bounce_optout(d):
    bounce = ("-----Original Message-----\nFrom: postmaster@email.alliant-energy.com\nSent: %s\n"
              "To: joann.kuhlers@mchsi.com\nSubject: Undeliverable: RE: Up to $100 back on a heat pump water heater\n\n"
              "Delivery has failed to these recipients or groups:\n\noffers@email.alliant-energy.com\n"
              "The e-mail address you entered couldn't be found.\n" % (d - dt.timedelta(days=1)).strftime("%A, %B %d, %Y %I:%M %p"))
    return text("I replied STOP to your heat pump e-mail like it says to and got the message below back.\n"
                "Take me off your promotional e-mails, please. And why does the address you send from bounce?\n\n"
                "JoAnn Kuhlers\n\n" + bounce)


def fwd_phish(intro, phish_from, phish_subject, phish_body, d, sig):
    return text(intro + "\n\n" + sig + "\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s"
                % (phish_from, (d - dt.timedelta(hours=5)).strftime("%a, %b %d, %Y at %I:%M %p"), phish_subject,
                   phish_body))


def cal_decline(d, key):
    start = (d + dt.timedelta(days=4)).replace(hour=18, minute=30, second=0)
    cal = ics("REPLY", "%s@alliant-energy.com" % hexid(key, 24), "Webinar: Winter energy savings at home", start, 45,
              ("Alliant Energy Events", "events@alliant-energy.com"), [("Owen Halloran", "ohalloran@live.com")],
              partstat="DECLINED")
    return multi("alternative", [text("Please stop sending me these webinar invitations and your promotional\n"
                                      "e-mails. I never signed up for them.\n\nOwen Halloran\n\n"
                                      "Owen Halloran has declined this invitation."),
                                 raw("text/calendar", cal, [("charset", "utf-8"), ("method", "REPLY")])])


def read_fwd(d):
    return text("You sent me this read receipt in March, so somebody there read my request to stop the catalogs.\n"
                "Why am I still getting them? Stop them.\n\nMarvin Tjaden\nOelwein, IA 50662\n\n"
                "-----Original Message-----\nFrom: PowerHouse Catalog Customer Service\nSent: Thursday, March 12, 2026 "
                "9:14 AM\nSubject: Read: stop the catalogs\n\nYour message\n\n  To: powerhousecatalog@alliant-energy.com\n"
                "  Subject: stop the catalogs\n\nwas read on Thursday, March 12, 2026 9:14:02 AM.")


def pgp(d):
    body = "Please unsubscribe me from all Alliant Energy promotional e-mail.\n\nEthan Morrow\n"
    sig = ("-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE" + hexid("pgp1", 40) + "\n" + hexid("pgp2", 64) + "\n"
           + hexid("pgp3", 60) + "\n=" + hexid("pgp4", 4) + "\n-----END PGP SIGNATURE-----\n")
    return multi("signed", [text(body), raw("application/pgp-signature", sig, [("name", "signature.asc")],
                                            [("Content-Description", "OpenPGP digital signature"),
                                             ("Content-Disposition", 'attachment; filename="signature.asc"')])],
                 [("micalg", "pgp-sha256"), ("protocol", "application/pgp-signature")])


SPECS = [
    sw("sw-gmail", "customercare", ("Sherri Olander", "sherri.olander@gmail.com"), "Unsubscribe",
       text("This message was sent by Gmail on behalf of a user who chose to unsubscribe from this sender."),
       "Gmail one-click unsubscribe to our tokened List-Unsubscribe address; no Auto-Submitted -> ack From",
       "Gmail", month=3),
    sw("sw-inboxtidy", "powerhousecatalog", ("Dennis Furlong", "dfurlong@outlook.com"), "unsubscribe",
       text("unsubscribe\n\n--\nSent by InboxTidy on behalf of its user."),
       "inbox-cleaning service unsubscribing for the user, carries Auto-Submitted -> marketing_opt_out, ack_to null",
       "InboxTidy", auto_submitted=True, month=6),
    sw("sw-declutter", "customercare", ("Priscilla Dvorak", "pdvorak@mchsi.com"), "Unsubscribe request",
       text("Please unsubscribe pdvorak@mchsi.com from this mailing list.\n\n"
            "This request was sent from the user's own mailbox by DeclutterMail."),
       "inbox cleaner sending from the user's own mailbox without Auto-Submitted -> ack From",
       "DeclutterMail", month=9),
    sw("sw-apple", "powerhousecatalog", ("Tomasz Wierzbicki", "t.wierzbicki@icloud.com"), "unsubscribe",
       text(""), "Apple Mail 'Unsubscribe' banner: empty body to the tokened address; person's choice, ack From",
       "Apple Mail", month=2, headers=[("X-Mailer", "Apple Mail (2.3774)")]),
    sw("sw-outlook-as", "customercare", ("Bonnie Keller", "bonniekeller58@outlook.com"), "Unsubscribe",
       text("Unsubscribe request generated by Outlook.com for the recipient."),
       "Outlook.com unsubscribe carrying Auto-Submitted: auto-generated -> ack_to null",
       "Outlook.com", auto_submitted=True, month=11),
    sw("sw-yahoo", "powerhousecatalog", ("Russ Engebretson", "russ.engebretson@yahoo.com"), "unsubscribe",
       text("unsubscribe"), "Yahoo Mail unsubscribe link sends the bare word to the tokened address; ack From",
       "Yahoo Mail", month=7),

    S("fwd-bounce-question", "customercare", ("Nils Brandvold", "nbrandvold@gmail.com"),
      "Fwd: Undelivered Mail Returned to Sender", fwd_bounce, month=5,
      labels=["question"], ent={"name": "Nils Brandvold"},
      note="customer forwards our own MTA's bounce to ask which address works; the bounce text is quoted, his question is human",
      cat="human:forwarded-machine", client="Gmail web"),
    S("fwd-bounce-optout", "customercare", ("JoAnn Kuhlers", "joann.kuhlers@mchsi.com"),
      "FW: Undeliverable: RE: Up to $100 back on a heat pump water heater", fwd_bounce_optout, month=4,
      labels=["marketing_opt_out", "question"], ent={"name": "JoAnn Kuhlers"},
      note="forwarded bounce of her STOP reply: restates the opt-out in new text and asks why it bounced -> both",
      cat="human:forwarded-machine", client="Outlook 2016"),
    S("fwd-phish-privacy", "customercare", ("Lorraine Gebhardt", "lgebhardt@netins.net"),
      "Fwd: Privacy request confirmation #PR-20931 - verify your identity",
      lambda d: fwd_phish("Is this really from you? I never made any privacy request and it wants my card number.",
                          "Alliant Energy Privacy Team <privacy@alliant-energy-secure.com>",
                          "Privacy request confirmation #PR-20931 - verify your identity",
                          "Your privacy request #PR-20931 has been received. To complete it, verify your identity "
                          "and payment\nmethod within 48 hours: http://alliant-energy-secure.com/verify", d,
                          "Lorraine Gebhardt"),
      month=6, labels=["question"], ent={"name": "Lorraine Gebhardt"},
      note="forwarded phishing that imitates our privacy confirmation; she asks if it is real -> question",
      cat="human:forwarded-machine", client="Windstream webmail"),
    S("fwd-phish-unsub", "customercare", ("Stan Kubicek", "stan.kubicek@gmail.com"),
      "Fwd: Action needed: confirm your unsubscribe to avoid a $4.99 charge",
      lambda d: fwd_phish("Did you people send this? I'm not paying $4.99 to unsubscribe. While I'm at it, stop "
                          "the sales e-mails\nfor real - that's what I actually want.",
                          "Unsubscribe Confirmation Center <confirm@unsub-verify-center.com>",
                          "Action needed: confirm your unsubscribe to avoid a $4.99 charge",
                          "Dear Customer, to avoid a recurring charge of $4.99, confirm your opt-out within 24 "
                          "hours.\nCONFIRM OPT-OUT: http://unsub-verify-center.com.ru/confirm", d, "Stan"),
      month=3, labels=["marketing_opt_out", "question"], ent={"name": "Stan"},
      note="forwarded opt-out phishing: asks if it is ours AND says in his own words to stop sales e-mails -> both",
      cat="human:forwarded-machine", client="Gmail Android"),
    S("fwd-phish-bill", "customercare", ("Evelyn Marchetti", "emarchetti@charter.net"),
      "FW: Final notice: your service will be disconnected today",
      lambda d: fwd_phish("I got this today. My account is 3302-118-447 and I thought it was paid up. Is this real?\n"
                          "I did not click anything.",
                          "Alliant Energy Billing <billing@alliant-enrgy-pay.com>",
                          "Final notice: your service will be disconnected today",
                          "Your account is past due. Pay $287.14 within 2 hours to avoid disconnection.\n"
                          "Pay now: http://alliant-enrgy-pay.com/pay\nTo unsubscribe from billing alerts, click here.",
                          d, "Evelyn Marchetti"),
      month=1, labels=["question"], ent={"name": "Evelyn Marchetti", "account": "3302-118-447"},
      note="forwarded disconnection phishing, asks if real; the phish's 'unsubscribe' footer is not her request",
      cat="human:forwarded-machine", client="Spectrum webmail"),
    S("fwd-other-catalog", "powerhousecatalog", ("Loretta Bickel", "lbickel@iowatelecom.net"),
      "Fwd: Garden Path Catalog - welcome, new friend!",
      lambda d: text("I never ordered from these people and the only catalog I get is yours. Did you give them my\n"
                     "name? Don't give it to anyone else.\n\nLoretta Bickel\n\n"
                     "---------- Forwarded message ---------\nFrom: Garden Path Catalog <hello@gardenpathcatalog.com>\n"
                     "Subject: Garden Path Catalog - welcome, new friend!\n\nWelcome! Your first catalog is on the way.\n"
                     "To opt out of future mailings, visit gardenpathcatalog.com/optout."),
      month=10, labels=["catalog_share_opt_out", "question"], ent={"name": "Loretta Bickel"},
      note="forwarded another catalog's welcome mail (its opt-out footer is not hers); asks if we shared and says don't -> both",
      cat="human:forwarded-machine", client="Windstream webmail"),
    S("fwd-read-receipt", "powerhousecatalog", ("Marvin Tjaden", "mtjaden@netins.net"),
      "FW: Read: stop the catalogs", read_fwd, month=5,
      labels=["marketing_opt_out", "question"], ent={"name": "Marvin Tjaden", "postal_code": "50662"},
      note="forwards a read receipt as proof; new text repeats 'stop them' and asks why -> both",
      cat="human:forwarded-machine", client="Outlook 2013"),

    S("ea-exec", "powerhousecatalog", ("Corinne Ashworth", "cashworth@vossindustries.com"),
      "Request on behalf of Harlan Voss",
      text("Good afternoon,\n\nI am the executive assistant to Harlan Voss, President of Voss Industries. Mr. Voss\n"
           "has asked that his home address be removed from the PowerHouse Catalog mailing list and that it\n"
           "not be shared with other companies.\n\nThank you,\n\nCorinne Ashworth\nExecutive Assistant to the "
           "President\nVoss Industries | 1400 Commerce Dr | Cedar Rapids, IA 52404\n\n"
           "CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient."),
      month=9, unclear=True, ent={"name": "Harlan Voss"},
      note="assistant writing from her own work address about her boss's home mailing: on behalf of someone without stated standing -> unclear; entity is the person it is for (ZIP is the company's, left out)",
      cat="human:assistant", client="Outlook 365"),
    S("ea-delegate", "customercare", ("Luis Ortiz", "lortiz@ortizlawgroup.com"),
      "Promotional mail",
      text("Please remove me from Alliant Energy's promotional e-mail and postal mailings.\n\n"
           "Luis Ortiz\n\nSent by Janet Pruett on behalf of Luis Ortiz"),
      sender="Janet Pruett <jpruett@ortizlawgroup.com>", month=10,
      labels=["marketing_opt_out"], ent={"name": "Luis Ortiz"},
      note="Outlook delegate send: written in the first person from his own mailbox by his assistant (Sender header); treated as his own request",
      cat="human:assistant", client="Outlook 365 (send on behalf)"),
    S("office-manager", "customercare", ("Pamela Reinholt", "office@brightwaterdental.com"),
      "Brightwater Dental - promotional mailings",
      text("Hello,\n\nI'm the office manager at Brightwater Dental and handle our utility account\n"
           "(account 88120-44109). Please remove our office from your promotional mailings and e-mails.\n\n"
           "Pamela Reinholt\nOffice Manager, Brightwater Dental\nPlatteville, WI 53818"),
      month=2, labels=["marketing_opt_out"],
      ent={"name": "Pamela Reinholt", "account": "88120-44109", "postal_code": "53818"},
      note="role address office@, but an office manager for her practice's own account has standing (as in business/); ack From (no Reply-To)",
      cat="human:assistant", client="Outlook 2019"),

    S("helpdesk-outbound", "powerhousecatalog", ("Meadowlark Bakery Support", "support@meadowlarkbakery.com"),
      "[Meadowlark Bakery #3318] Catalog mail",
      text("##- Please type your reply above this line -##\n\nBrenda (Meadowlark Bakery)\n\n"
           "Hi, please take Meadowlark Bakery off your catalog mailing list. We don't need the\n"
           "PowerHouse catalog at the shop anymore.\n\nThanks,\nBrenda\n\n"
           "--------------------------------\nThis email is a service from Meadowlark Bakery Support.\n"
           "[ticket:3318]"),
      month=8, labels=["marketing_opt_out"], ent={"name": "Brenda"},
      note="a small business writes out through its own help-desk tool (reply-above-this-line marker, ticket tag): a person's catalog opt-out",
      cat="human:machine-wrapper", client="help-desk outbound"),
    S("typed-form", "powerhousecatalog", ("Gus Wendt", "gwendt@cfu.net"),
      "OPT-OUT REQUEST",
      text("REQUEST TYPE: Opt out of list sharing\nNAME: Gus Wendt\nADDRESS: 908 W 4th St, Waterloo IA 50702\n"
           "CUSTOMER NO.: PH-5520917\nCATALOG: keep sending\nSHARING: NO\n\n-- end --"),
      month=4, labels=["catalog_share_opt_out"],
      ent={"name": "Gus Wendt", "postal_code": "50702", "account": "PH-5520917"},
      note="he typed it like a form: keep the catalog, no sharing -> catalog_share_opt_out only",
      cat="human:machine-wrapper", client="CFU webmail"),
    S("crm-footer", "powerhousecatalog", ("Darnell Whitfield", "dwhitfield@prairiestatecabinets.com"),
      "my name on your lists",
      text("Please keep my name off any lists you give or sell to other companies.\n\nDarnell Whitfield\n\n"
           "Sent via PipelineCRM | Prairie State Cabinets\n"
           "ref:_00D5f0000ABCD._5004X00002ZqRt:ref"),
      month=7, labels=["catalog_share_opt_out"], ent={"name": "Darnell Whitfield"},
      note="sent from a work CRM (tracking ref, 'Sent via' footer) but the sentence is his own do-not-share",
      cat="human:machine-wrapper", client="CRM send"),
    S("disclaimer-footer", "customercare", ("Kimberly Asante", "kasante@hawkeyeinsurance.com"),
      "copy of my information",
      text("Hello,\n\nPlease send me a copy of the personal information Alliant Energy holds about me.\n\n"
           "Kimberly Asante\n\n-------\nThis e-mail and any attachments are confidential. If you received it in "
           "error,\nplease delete it. To unsubscribe from Hawkeye Insurance communications, reply UNSUBSCRIBE.\n"
           "Hawkeye Insurance will not sell or share your information."),
      month=6, labels=["question"], ent={"name": "Kimberly Asante"},
      note="data-access request; her employer's footer says 'reply UNSUBSCRIBE' and 'not sell or share' -> footer is never the request",
      cat="human:machine-wrapper", client="Outlook 365"),
    S("pgp-signed", "customercare", ("Ethan Morrow", "ethan@morrow.dev"),
      "Unsubscribe", pgp, month=3, labels=["marketing_opt_out"], ent={"name": "Ethan Morrow"},
      note="multipart/signed PGP mail with a signature attachment looks generated; one typed sentence opting out",
      cat="human:machine-wrapper", client="Thunderbird + OpenPGP"),
    S("cal-decline-typed", "customercare", ("Owen Halloran", "ohalloran@live.com"),
      "Declined: Webinar: Winter energy savings at home", lambda d: cal_decline(d, "cal-decline-typed"),
      month=11, labels=["marketing_opt_out"], ent={"name": "Owen Halloran"},
      note="calendar 'Declined:' reply to our promotional webinar invite with a typed comment asking us to stop",
      cat="human:machine-wrapper", client="Outlook.com"),
    S("agent-service", "powerhousecatalog", ("PrivacyPal Requests", "no-reply@privacypal-agent.com"),
      "Do Not Sell request for consumer Corinne Lund",
      text("PrivacyPal is an authorized agent acting for the consumer named below.\n\n"
           "Consumer: Corinne Lund\nPostal code: 52245\nRequest: Do not sell or share personal information\n\n"
           "A signed authorization is available on request. Reply to requests@privacypal-agent.com."),
      reply_to=("PrivacyPal Requests", "requests@privacypal-agent.com"), month=8,
      unclear=True, ent={"name": "Corinne Lund", "postal_code": "52245"},
      note="authorized-agent service writing for a consumer, authorization not attached: on behalf without shown standing -> unclear; ack Reply-To",
      cat="human:machine-wrapper", client="agent service"),

    S("ack-reply-question", "powerhousecatalog", ("Bernice Aalfs", "baalfs@mchsi.com"),
      "Re: catalog request - received",
      lambda d: reply("I got your automatic answer. How long before the e-mails actually stop?", "ack_catalog", d, days=0),
      month=12, in_reply_to=OM("ack_catalog", "ack-reply-question"), labels=["question"],
      note="reply to our acknowledgement asking how long it takes: question only (no new opt-out)",
      cat="human:ack-reply", client="Mediacom webmail"),
    S("ack-reply-thanks", "customercare", ("Clifford Yoder", "cyoder@kalonaweb.net"),
      "RE: Re: your privacy request - received",
      lambda d: reply("Thank you!\n\nSent from Mail for Windows", "ack", d, days=0),
      month=7, in_reply_to=OM("ack", "ack-reply-thanks"), ack=None,
      note="a person's thank-you under our acknowledgement: human, nothing to answer, ack_to null",
      cat="human:ack-reply", client="Mail for Windows"),

    S("lang-fr", "powerhousecatalog", ("Claudette Boisvert", "claudette.boisvert@gmail.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: reply("Bonjour, veuillez retirer mon adresse de votre liste d'envoi du catalogue. Merci.\n"
                      "Claudette Boisvert", "catalog_promo", d),
      month=10, lang="fr", in_reply_to=OM("catalog_promo", "lang-fr"),
      labels=["marketing_opt_out"], ent={"name": "Claudette Boisvert"},
      note="French-speaking customer: take my address off the catalog mailing list",
      cat="human:language", client="Gmail web (fr)"),
    S("lang-de", "customercare", ("Gerda Lammers", "gerda.lammers@mchsi.com"),
      "AW: Up to $100 back on a heat pump water heater",
      lambda d: reply("Bitte keine Werbung mehr per E-Mail.\nDanke, Gerda Lammers", "energy_promo", d),
      month=5, lang="de", in_reply_to=OM("energy_promo", "lang-de"),
      labels=["marketing_opt_out"], ent={"name": "Gerda Lammers"},
      note="German 'no more advertising by e-mail' under our promotion; 'AW:' prefix like an Outlook auto reply",
      cat="human:language", client="Outlook (de)"),
    S("lang-pt", "powerhousecatalog", ("Roberto Figueiredo", "rfigueiredo@outlook.com"),
      "dados pessoais",
      text("Olá, vocês vendem ou compartilham meus dados com outras empresas? Não autorizo isso.\n\n"
           "Roberto Figueiredo\nIowa City, IA 52240"),
      month=9, lang="pt", labels=["catalog_share_opt_out", "question"],
      ent={"name": "Roberto Figueiredo", "postal_code": "52240"},
      note="Portuguese: asks whether we sell/share and says he does not authorise it -> both",
      cat="human:language", client="Outlook.com (pt-BR)"),
]
