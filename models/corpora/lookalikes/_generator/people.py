"""People whose mail looks like a machine's (automated = false)."""
import senders as S
from common import body_outlook, h_generic, label, message, outlook_block
from kit import addr, attachment, central, multipart, text
from make import form_relay, fwd_block, ip4, mach, person
from ours import CC, PH, Ours, ack, bill, promo

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def L(labels=(), ent=None, note="", ack_to=None, unclear=False):
    return label(labels=labels, unclear=unclear, entities=ent, note=note, ack_to=ack_to)


# ------------------------------------------------------------------ template letters, legal text, mail merge

@message("carol-cc-two-companies", "person: letter to two companies", "en", "Thunderbird", "powerhousecatalog")
def _(rng):
    who = ("Carol Wendt", "cwendt54@charter.net")
    t = ("To Lakeshore Gifts and PowerHouse Catalog:\n\nPlease stop selling my name and address to other catalogs. "
         "Since I ordered a lamp from one of you I get six catalogs a week. I want to keep getting YOUR catalogs, "
         "just stop passing my name around.\n\nCarol Wendt\n1187 Birchwood Ct\nEau Claire WI 54701")
    d, b = person(rng, "powerhousecatalog", who, "tbird", central(2024, 12, 9, 19, 39), t,
                  "Please stop selling my name", to="support@lakeshoregifts.com", cc=PH,
                  host=("mta-out.charter.net", "47.43.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))))
    return d, b, L([CS], {"name": "Carol Wendt", "postal_code": "54701"},
                   "One letter to two catalogs (we are on Cc). Keep the catalog, stop sharing: sharing opt-out only. "
                   "The other company's help-desk echo of it is a separate automated message.", who[1])


@message("template-stopthemail", "person: template letter", "en", "Outlook.com", "powerhousecatalog")
def _(rng):
    who = ("Gerald Fink", "geraldfink1949@outlook.com")
    t = ("To Whom It May Concern:\n\nI am writing to request that you remove my name and address from your mailing "
         "list. I also request that you do not rent, sell, or exchange my name and address with any other company "
         "or organization.\n\nPlease process this request for the name and address exactly as it appears below, as "
         "well as any variations of this name or address that may be in your files:\n\nName: Gerald R. Fink\nAddress: "
         "2208 Oakcrest Dr\nCity/State/ZIP: Ames, IA 50010\nCustomer number (from mailing label): 0071-448-203\n\n"
         "Thank you for your prompt attention to this matter.\n\nSincerely,\nGerald R. Fink\n\n(Letter generated at "
         "StopTheMail.org - free opt-out letters for consumers)")
    d, b = person(rng, "powerhousecatalog", who, "outlook", central(2024, 10, 1, 16, 22), t,
                  "Request to be removed from your mailing list and to not have my name rented, sold or exchanged")
    return d, b, L([MO, CS], {"name": "Gerald R. Fink", "postal_code": "50010", "account": "0071-448-203"},
                   "Website template letter, filled in and sent by the person: stop mailing + do not rent/sell/"
                   "exchange. The generator credit line does not make it machine mail.", who[1])


@message("template-half-filled", "person: template letter", "en", "Gmail", "customercare")
def _(rng):
    who = ("Pat Olmstead", "patolmstead.mn@gmail.com")
    t = ("Dear Sir or Madam,\n\nPlease remove my name from your mailing list and do not sell, rent or exchange my name "
         "with other companies.\n\nName: Patricia Ann Olmstead\nAddress: 1733 9th Ave SE, Rochester MN 55904\n"
         "Account or customer number: [Customer number from mailing label]\n\nThank you,\nPatricia Ann Olmstead")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 11, 18, 7, 48), t, "Mailing list removal request")
    return d, b, L([MO, CS], {"name": "Patricia Ann Olmstead", "postal_code": "55904"},
                   "Template letter with one placeholder left unfilled ('[Customer number from mailing label]'); "
                   "the bracket text is no account. Both opt-outs stated.", who[1])


@message("template-unfilled", "person: template letter", "en", "Gmail", "powerhousecatalog")
def _(rng):
    who = ("", "bjhaugen77@gmail.com")
    t = ("Dear [COMPANY NAME],\n\nPlease remove [YOUR NAME] at [YOUR ADDRESS] from all of your mailing lists, "
         "including catalogs and promotional offers. In addition, please do not share, sell or rent my information "
         "to any third party.\n\nSincerely,\n[YOUR NAME]")
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2025, 1, 4, 22, 13), t, "Opt-Out Request")
    return d, b, L([MO, CS], {}, "Raw template sent with every placeholder unfilled. The wish (stop mailing, "
                   "don't share) is clear even though the name and address must be found from the e-mail address; "
                   "no entities (placeholders are not values).", who[1])


@message("cease-desist-copypaste", "person: legal text", "en", "Yahoo Mail", "customercare")
def _(rng):
    who = ("Dwayne Pruitt", "dpruitt_ia@yahoo.com")
    t = ("NOTICE TO CEASE AND DESIST ALL MARKETING COMMUNICATIONS\n\nPursuant to the Telephone Consumer Protection Act, "
         "47 U.S.C. § 227, and the CAN-SPAM Act, 15 U.S.C. § 7704, you are hereby notified to immediately CEASE AND "
         "DESIST all telephone calls, text messages, e-mail and postal solicitations directed to me. Any further "
         "marketing contact after receipt of this notice will be considered willful.\n\nNAME: DWAYNE PRUITT\nZIP: "
         "50309\n\nI have got 4 flyers about solar this month. ENOUGH.")
    d, b = person(rng, "customercare", who, "yahoo", central(2024, 9, 27, 21, 5), t, "CEASE AND DESIST")
    return d, b, L([MO], {"name": "DWAYNE PRUITT", "postal_code": "50309"},
                   "Copy-pasted statute boilerplate plus one angry line of his own; it demands an end to marketing "
                   "contact on all channels. Marketing opt-out only (nothing about sharing).", who[1])


@message("ccpa-right-to-know", "person: legal text", "en", "Gmail", "customercare")
def _(rng):
    who = ("Renee Castellanos", "renee.castellanos@gmail.com")
    t = ("To whom it may concern,\n\nPursuant to the California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et "
         "seq.), I request that you disclose to me:\n\n1. The categories of personal information you have collected "
         "about me;\n2. The specific pieces of personal information you hold about me;\n3. The categories of third "
         "parties with whom you have shared or sold my personal information.\n\nI realize I live in Iowa, not "
         "California, but I found this letter online and I'd still like the answers.\n\nRenee Castellanos\n"
         "Account 3302 7719 05")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 10, 11, 12, 30), t, "Request to Know")
    return d, b, L([Q], {"name": "Renee Castellanos", "account": "3302 7719 05"},
                   "Copy-pasted CCPA 'right to know' letter: a request for a copy of her data and whom it was shared "
                   "with. Asking with whom is a question, not a sharing opt-out.", who[1])


@message("gdpr-erasure", "person: legal text", "en", "Apple Mail (Mac)", "customercare")
def _(rng):
    who = ("Anke Schreiber", "anke.schreiber@icloud.com")
    t = ("Dear Sir or Madam,\n\nUnder Article 17 of the General Data Protection Regulation (GDPR) I request the "
         "erasure of all personal data you hold about me, without undue delay. Please confirm in writing once "
         "erasure is complete, and inform any third parties to whom my data has been disclosed.\n\nName: Anke "
         "Schreiber\nAddress: 630 S Dodge St, Iowa City, IA 52240\n\nKind regards\nAnke Schreiber")
    d, b = person(rng, "customercare", who, "apple", central(2024, 11, 25, 14, 2), t,
                  "Request for erasure (Art. 17 GDPR)", sig="")
    return d, b, L([Q], {"name": "Anke Schreiber", "postal_code": "52240"},
                   "Copy-pasted GDPR erasure template: a request to delete everything is unclear + question; staff "
                   "must decide what can be deleted (an active utility account cannot simply vanish).", who[1],
                   unclear=True)


@message("agent-delete-dns", "person: authorized agent", "en", "Exchange Online", "customercare")
def _(rng):
    who = ("Privacy Requests - ClearPath Advocates", "requests@clearpathadvocates.com")
    t = ("RE: Consumer privacy request - Maria Elena Gonzalez\n\nClearPath Advocates is the authorized agent of the "
         "consumer named below. On her behalf we request that you:\n\n(1) not sell or share her personal "
         "information; and\n(2) delete all personal information you have collected about her.\n\nConsumer: Maria "
         "Elena Gonzalez\nAddress: 2417 Fish Hatchery Rd, Madison WI 53713\n\nA signed authorization is attached. "
         "Please direct all correspondence regarding this request to this mailbox.\n\nJ. Whitfield\nCase "
         "Coordinator, ClearPath Advocates\nRef: CPA-24-118203")
    body = multipart("mixed", [text(t, "plain", "utf-8", "quoted-printable"),
                               attachment(b"%PDF-1.7\n% authorization (scanned)\n%%EOF\n", "application/pdf",
                                          "Authorization_Gonzalez.pdf")], "_004_%s_" % "".join(
        rng.choice("ABCDEF0123456789") for _ in range(30)))
    d, b = person(rng, "customercare", who, "exchange", central(2024, 12, 2, 9, 15), t,
                  "Consumer privacy request - Maria Elena Gonzalez (Ref CPA-24-118203)", part=body)
    return d, b, L([Q], {"name": "Maria Elena Gonzalez", "postal_code": "53713"},
                   "Templated request from a paid authorized agent: do-not-sell plus delete-everything. Agent "
                   "standing needs checking and deletion is never automatic: unclear + question. Entities are the "
                   "consumer's. Ack to the agent's mailbox as asked.", who[1], unclear=True)


@message("removal-service-auto", "software for a person", "en", "data-removal service", "powerhousecatalog")
def _(rng):
    d0 = central(2025, 2, 10, 3, 0, 7)
    t = ("This is a privacy request sent on behalf of our customer, who has authorized ScrubMyData to contact "
         "companies for them.\n\nRequest type: Do Not Sell or Share My Personal Information\nName: Kevin Lindqvist\n"
         "Address: 8812 Zane Ave N, Brooklyn Park, MN 55443\nE-mail on file: k.lindqvist@gmail.com\n\nPlease do not "
         "sell, rent, share or exchange this person's name or address with any third party. Replies to this message "
         "are not monitored; our customer will see your confirmation in their dashboard.\n\nScrubMyData request "
         "ID: SMD-7F3K-22910")
    sent = S.bulk(rng, "requests@mail.scrubmydata.com", d0, "o4.mail.scrubmydata.com", ip4(rng, 168),
                  "scrubmydata.com")
    h = h_generic(addr("ScrubMyData for Kevin Lindqvist", "requests@scrubmydata.com"), PH,
                  "Do Not Sell or Share request: Kevin Lindqvist", d0, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-generated"), ("X-SMD-Request", "SMD-7F3K-22910")])
    d, b = mach(rng, "powerhousecatalog", sent, h, text(t, "plain", "utf-8", "quoted-printable"))
    return d, b, L([CS], {"name": "Kevin Lindqvist", "postal_code": "55443"},
                   "A data-removal service's software sending one customer's do-not-sell request (the customer "
                   "signed up for it): treated like software that unsubscribes for a person, so a person's request, "
                   "sharing opt-out; Auto-Submitted means no acknowledgement.", None)


@message("gmail-oneclick", "software for a person", "en", "Gmail List-Unsubscribe", "powerhousecatalog")
def _(rng):
    who = ("Shirley Goetz", "shirleygoetz52@gmail.com")
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 11, 13, 18, 4),
                  "This message was automatically generated by Gmail.", "unsubscribe")
    return d, b, L([MO], {}, "Gmail's Unsubscribe button mailing our List-Unsubscribe address; reads like machine "
                   "mail but a person pressed it. No Auto-Submitted, so acknowledge the sender.", who[1])


@message("cleaner-autosub", "software for a person", "en", "inbox-cleaning service", "customercare")
def _(rng):
    who = ("", "lmcnally.home@outlook.com")
    d0 = central(2024, 12, 4, 2, 14, 40)
    sent = S.outlookcom(rng, who[1], d0)
    h = h_generic(who[1], CC, "unsubscribe", d0, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Declutterly Unsubscriber/2.3")])
    d, b = mach(rng, "customercare", sent, h, text("unsubscribe\n", "plain", "us-ascii", "7bit"))
    return d, b, L([MO], {}, "Inbox-cleaning service unsubscribing its user from our newsletter via the mailto "
                   "address, at 2 AM, Auto-Submitted: a person's marketing opt-out, but RFC 3834 forbids an "
                   "acknowledgement.", None)


# ------------------------------------------------------------------ form-like mail typed by people

@message("checkbox-mo", "person: form-like", "en", "Xfinity Connect", "customercare")
def _(rng):
    who = ("HAROLD MEEKS", "hjmeeks@comcast.net")
    t = ("PRIVACY REQUEST\n---------------------------------\nName: Harold J. Meeks\nService address: 418 W 5th St, "
         "Waterloo IA 50701\nAccount #: 2290-1175-44\n\n[X] Remove me from marketing mail and e-mail\n[ ] Do not "
         "share my name with other companies\n[ ] Other: ______________\n\nSignature: H. Meeks    Date: 10/08/24")
    d, b = person(rng, "customercare", who, "comcast", central(2024, 10, 8, 10, 2), t, "PRIVACY REQUEST")
    return d, b, L([MO], {"name": "Harold J. Meeks", "postal_code": "50701", "account": "2290-1175-44"},
                   "A form he typed himself: only the marketing box is ticked; the unticked sharing box is not a "
                   "request.", who[1])


@message("checkbox-both", "person: form-like", "en", "iPhone Mail", "powerhousecatalog")
def _(rng):
    who = ("Ruth Ann Kowalczyk", "ruthannk@icloud.com")
    t = ("PowerHouse Catalog - Mailing Preference\n(couldn't find the card that used to be in the catalog so I typed "
         "it)\n\nCustomer No.: PH 00619342\nName: Ruth Ann Kowalczyk\nZIP: 54481\n\n(X) Please do not send me "
         "catalogs\n(X) Please do not share my name")
    d, b = person(rng, "powerhousecatalog", who, "apple", central(2025, 2, 14, 8, 31), t, "Mailing Preference")
    return d, b, L([MO, CS], {"name": "Ruth Ann Kowalczyk", "postal_code": "54481", "account": "PH 00619342"},
                   "Hand-typed copy of the catalog's old preference card with both boxes ticked.", who[1])


@message("checkbox-blank", "person: form-like", "en", "Android Gmail", "customercare")
def _(rng):
    who = ("Dale Ostrander", "daleostrander@gmail.com")
    t = ("Privacy Request Form\n\nName: Dale Ostrander\nAddress: 27 Elm Ct, New Glarus WI\nZIP: 53574\nRequest type: "
         "__________\nDetails:\n\n\nSent from my Galaxy")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 10, 20, 17, 40), t, "Privacy Request Form")
    return d, b, L([], {"name": "Dale Ostrander", "postal_code": "53574"},
                   "Form-shaped mail with the request line left blank: nothing says what he wants.", who[1],
                   unclear=True)


@message("forma-es-no-compartir", "person: form-like", "es", "Gmail", "powerhousecatalog")
def _(rng):
    who = ("Guadalupe Treviño", "lupitatrevino.s@gmail.com")
    t = ("SOLICITUD\n\nNombre: Guadalupe Treviño Salas\nDirección: 903 Elm St, Marshalltown, IA\nCódigo postal: 50158\n"
         "No. de cliente: 00482201\nSolicitud: No compartir mis datos con otras empresas de catálogos. Sí quiero "
         "seguir recibiendo el catálogo.\n\nFirma: G. Treviño")
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 10, 25, 13, 12), t, "Solicitud de privacidad")
    return d, b, L([CS], {"name": "Guadalupe Treviño Salas", "postal_code": "50158", "account": "00482201"},
                   "Spanish form-like request: no sharing, keep the catalog: sharing opt-out only.", who[1])


@message("merge-fields-unreplaced", "person: mail merge", "en", "Gmail (mail-merge add-on)", "customercare")
def _(rng):
    who = ("Nathaniel Brooks", "nate.brooks.dbq@gmail.com")
    t = ("Dear {{Company_Name}} Privacy Team,\n\nI am writing to ask that {{Company_Name}} remove me from all marketing "
         "mail, e-mail and phone lists, and that you do not sell, rent or share my name and address with any other "
         "company.\n\nNathaniel Brooks\n77 Riverside Ave\nDubuque, IA 52002\n\nThank you.")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 9, 23, 19, 55), t,
                  "Opt-out request for {{Company_Name}}", pre=[("X-Mailer", "YAMM (Yet Another Mail Merge)")])
    return d, b, L([MO, CS], {"name": "Nathaniel Brooks", "postal_code": "52002"},
                   "Mail merge with unreplaced {{Company_Name}} fields, sent to many companies at once; the wish is "
                   "still his and clear: both opt-outs.", who[1])


@message("gmass-bulk-optout", "person: mail merge", "en", "GMass bulk merge", "powerhousecatalog")
def _(rng):
    who = ("Jennifer Haas", "jhaas.rochester@gmail.com")
    plain = ("Hi PowerHouse Catalog team,\n\nI'm writing to every company that sends me catalogs. Please remove me from "
             "your catalog mailing list and do not share, sell, or rent my name and address.\n\nName: Jennifer L. Haas\n"
             "Address: 5121 Aspen Way NW, Rochester MN 55901\n\nThank you!\nJennifer\n\n\nIf you'd like me to stop "
             "sending you emails, please click here.")
    html = ("<div dir=\"ltr\"><div>Hi PowerHouse Catalog team,</div><div><br></div><div>I'm writing to every company "
            "that sends me catalogs. Please remove me from your catalog mailing list and do not share, sell, or rent "
            "my name and address.</div><div><br></div><div>Name: Jennifer L. Haas<br>Address: 5121 Aspen Way NW, "
            "Rochester MN 55901</div><div><br></div><div>Thank you!<br>Jennifer</div></div><br><br><div style=\"font-"
            "size:10px\"><a href=\"https://ctrk.gmass.co/unsub?u=%s\">If you'd like me to stop sending you emails, "
            "please click here</a></div><img width=\"1\" height=\"1\" src=\"https://ctrk.gmass.co/open?o=%s\">\n"
            % ("".join(rng.choice("abcdef0123456789") for _ in range(16)),
               "".join(rng.choice("abcdef0123456789") for _ in range(16))))
    part = multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                     text(html, "html", "UTF-8", "quoted-printable")],
                     "000000000000%s" % "".join(rng.choice("0123456789abcdef") for _ in range(12)))
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 12, 30, 20, 0, 12), plain,
                  "Please remove me from your catalog mailing list", part=part,
                  post=[("X-Mailer", "GMass"), ("Precedence", "bulk"),
                        ("List-Unsubscribe", "<https://ctrk.gmass.co/unsub?u=%s>" % "".join(
                            rng.choice("abcdef0123456789") for _ in range(16)))])
    return d, b, L([MO, CS], {"name": "Jennifer L. Haas", "postal_code": "55901"},
                   "Personal opt-out sent through a bulk merge tool (Precedence: bulk, List-Unsubscribe, tracking "
                   "pixel): looks like bulk mail, but it is one person's request to stop and not share.", who[1])


@message("merge-wrong-company", "person: mail merge", "en", "Yahoo Mail", "powerhousecatalog")
def _(rng):
    who = ("Bev Lindahl", "bevlindahl@yahoo.com")
    t = ("Dear Lakeshore Gifts,\n\nPlease remove me from your catalog mailing list. I no longer wish to receive your "
         "catalogs.\n\nThank you,\nBev Lindahl\n402 Hillcrest Dr\nAlbert Lea MN 56007")
    d, b = person(rng, "powerhousecatalog", who, "yahoo", central(2025, 1, 20, 9, 44), t, "Catalog mailing list")
    return d, b, L([MO], {"name": "Bev Lindahl", "postal_code": "56007"},
                   "Merge letter greeting the wrong company; it was sent to our catalog address and asks 'your' "
                   "catalog to stop, so it is a marketing opt-out for us (the greeting is a merge slip).", who[1])


@message("church-newsletter-tool", "person: looks like bulk", "en", "church newsletter tool", "powerhousecatalog")
def _(rng):
    who = ("Grace Lutheran Church", "office@gracelutheranoelwein.org")
    plain = ("Dear PowerHouse Catalog,\n\nThe church office receives two or three of your catalogs every month "
             "addressed to \"Grace Lutheran Church\" and \"Current Resident\". We don't order from catalogs. Please "
             "remove our address from your catalog mailing list:\n\nGrace Lutheran Church\n310 2nd Ave NE\nOelwein, IA "
             "50662\n\nThank you and blessings,\nLinda Sorensen, Church Secretary\n\n--\nGrace Lutheran Church | "
             "Unsubscribe from Grace e-news")
    html = ("<html><body style=\"background:#f3efe6\"><table align=\"center\" width=\"600\" style=\"background:#fff;"
            "font-family:Georgia,serif\"><tr><td style=\"background:#4b2e83;color:#fff;padding:14px\"><b>Grace "
            "Lutheran Church</b><br><span style=\"font-size:12px\">Oelwein, Iowa</span></td></tr><tr><td style=\""
            "padding:18px\"><p>Dear PowerHouse Catalog,</p><p>The church office receives two or three of your "
            "catalogs every month addressed to \"Grace Lutheran Church\" and \"Current Resident\". We don't order "
            "from catalogs. Please remove our address from your catalog mailing list:</p><p>Grace Lutheran Church<br>"
            "310 2nd Ave NE<br>Oelwein, IA 50662</p><p>Thank you and blessings,<br>Linda Sorensen, Church Secretary"
            "</p></td></tr><tr><td style=\"font-size:10px;color:#777;padding:10px\">Grace Lutheran Church | <a href="
            "\"https://gracelutheranoelwein.flocknotes.com/u\">Unsubscribe from Grace e-news</a></td></tr></table>"
            "</body></html>\n")
    d, b = person(rng, "powerhousecatalog", who, "smtp", central(2024, 10, 29, 11, 5), plain,
                  "Please remove the church from your mailing list",
                  part=text(html, "html", "utf-8", "quoted-printable"),
                  host=("mta1.flocknotes.com", ip4(rng, 199)),
                  post=[("List-Unsubscribe", "<https://gracelutheranoelwein.flocknotes.com/u>"),
                        ("X-Mailer", "Flocknotes")])
    return d, b, L([MO], {"postal_code": "50662"},
                   "HTML-only letter sent through the church's newsletter tool (List-Unsubscribe, branded template) "
                   "but written by the secretary for the church's own address: marketing opt-out. No person's name "
                   "is the subject of the request (the church is), so no name entity.", who[1])


@message("es-merge-empresa", "person: mail merge", "es", "Yahoo Mail", "customercare")
def _(rng):
    who = ("Yolanda Medina", "yoli.medina64@yahoo.com")
    t = ("Estimados señores de «EMPRESA»:\n\nLes pido de la manera más atenta que eliminen mi nombre y dirección de su "
         "lista de envíos de catálogos y publicidad. Ya no deseo recibir ofertas por correo postal ni por correo "
         "electrónico.\n\nAtentamente,\nYolanda Medina\n1420 W 3rd St\nDavenport, IA 52802")
    d, b = person(rng, "customercare", who, "yahoo", central(2025, 2, 3, 19, 20), t, "Baja de lista de correo")
    return d, b, L([MO], {"name": "Yolanda Medina", "postal_code": "52802"},
                   "Spanish Word mail merge with the «EMPRESA» field unreplaced; clear marketing opt-out (post and "
                   "e-mail).", who[1])


@message("ai-drafted-formal", "person: reads like a template", "en", "Spark (iPhone)", "powerhousecatalog")
def _(rng):
    who = ("Greg Thoms", "gthoms@icloud.com")
    t = ("Hello,\n\nI hope this message finds you well. I am writing to formally request that my personal information "
         "be removed from your marketing distribution lists, including both postal and electronic communications. "
         "Additionally, I request that my information not be shared, sold, or otherwise disclosed to third parties "
         "for marketing purposes.\n\nThank you for your attention to this matter. I look forward to your "
         "confirmation.\n\nBest regards,\nGreg Thoms")
    d, b = person(rng, "powerhousecatalog", who, "apple", central(2025, 1, 27, 7, 3), t,
                  "Formal Request: Removal from Marketing Lists", sig="Sent with Spark")
    return d, b, L([MO, CS], {"name": "Greg Thoms"},
                   "Assistant-drafted, form-letter prose from his own address: both opt-outs.", who[1])


# ------------------------------------------------------------------ no-reply-looking and role addresses

@message("noreply-clinic-asks-other", "person: no-reply-looking address", "en", "office system mail", "powerhousecatalog")
def _(rng):
    who = ("Harborview Chiropractic", "no-reply@harborviewchiro.com")
    t = ("This is Dr. Nkem Okafor. I'm sending from our office system address - please don't answer to it, write me at "
         "n.okafor@harborviewchiro.com instead.\n\n1) Please stop sending PowerHouse catalogs to the clinic "
         "(Harborview Chiropractic, 1450 Harbor Dr, Dubuque IA 52001).\n2) Have you shared our clinic's address with "
         "other catalog companies? We get a pile of them.\n\nThanks,\nNkem Okafor, DC")
    d, b = person(rng, "powerhousecatalog", who, "smtp", central(2024, 11, 7, 12, 40), t, "Catalogs to our clinic",
                  host=("smtp.harborviewchiro.com", ip4(rng, 71)))
    return d, b, L([MO, Q], {"name": "Nkem Okafor", "postal_code": "52001"},
                   "From a no-reply system address; she asks to be answered at n.okafor@, so that is the ack address. "
                   "Stop catalogs + asks whether shared (question, not a sharing opt-out).",
                   "n.okafor@harborviewchiro.com")


@message("notifications-replyto", "person: no-reply-looking address", "en", "Google Workspace", "powerhousecatalog")
def _(rng):
    who = ("Prairie Winds Farm Notifications", "notifications@prairiewindsfarm.com")
    t = ("Lyle here. This went out from our shop's notification address because that is what's set up on the office "
         "computer, answers come to me.\n\nWe like the catalog, keep it coming. But do not share or sell our name and "
         "address to other companies.\n\nLyle Ostby\nPrairie Winds Farm\n2741 County Rd 9, Ellendale MN 56026")
    d, b = person(rng, "powerhousecatalog", who, "workspace", central(2024, 12, 19, 6, 12), t, "our name",
                  reply_to="Lyle Ostby <lyle@prairiewindsfarm.com>")
    return d, b, L([CS], {"name": "Lyle Ostby", "postal_code": "56026"},
                   "Machine-looking notifications@ sender with a personal Reply-To; keep catalog, no sharing.",
                   "lyle@prairiewindsfarm.com")


@message("noreply-family-domain", "person: no-reply-looking address", "en", "Thunderbird", "customercare")
def _(rng):
    who = ("Kessler Family", "no-reply@kesslerfamily.org")
    t = ("Yes this is a real address, my son set up our family domain and named it that, I do read it.\n\nQuestion: "
         "why did my bill go up $40 this month when we were gone for two weeks in October? Account 6610 0394 27.\n\n"
         "Marv Kessler")
    d, b = person(rng, "customercare", who, "tbird", central(2024, 11, 12, 15, 21), t, "bill question",
                  host=("mail.kesslerfamily.org", ip4(rng, 98)))
    return d, b, L([Q], {"name": "Marv Kessler", "account": "6610 0394 27"},
                   "From 'no-reply@' with no Reply-To, but he says the address is read: ack to From. Billing "
                   "question.", who[1])


@message("postmaster-owner", "person: role address", "en", "small ISP webmail", "powerhousecatalog")
def _(rng):
    who = ("postmaster", "postmaster@olsonsmallengine.com")
    t = ("This is Bob Olson, the owner. Please stop mailing the PowerHouse catalog to the shop. We get 3 copies a month "
         "for Olson Small Engine and nobody here buys from it.\n\nBob")
    d, b = person(rng, "powerhousecatalog", who, "smtp", central(2024, 9, 19, 7, 58), t, "catalog",
                  host=("webmail.netins.net", ip4(rng, 167)),
                  post=[("User-Agent", "Roundcube Webmail/1.6.6")])
    return d, b, L([MO], {"name": "Bob Olson"},
                   "Owner writing from the shop's postmaster@ account (looks like a mailer daemon): stop the catalog.",
                   who[1])


@message("ap-mailbox-case", "person: ticket-like", "en", "Exchange Online", "customercare")
def _(rng):
    who = ("Accounts Payable", "ap@midwestfeedco.com")
    t = ("Per our internal case 00482913:\n\nPlease remove Midwest Feed Co. (acct 5540-2281-07) from all promotional "
         "mailings and catalogs, and do not rent or share our company name and address.\n\nThis request was entered "
         "from our vendor-maintenance queue; please reply to this mailbox to confirm.\n\nRegards,\nAccounts Payable\n"
         "Midwest Feed Co.\n600 Industrial Pkwy, Fort Dodge IA 50501")
    d, b = person(rng, "customercare", who, "exchange", central(2025, 1, 16, 10, 25), t,
                  "[EXT] RE: Case 00482913 - Remove from mailing list")
    return d, b, L([MO, CS], {"postal_code": "50501", "account": "5540-2281-07"},
                   "A clerk in a business customer's AP team writing from a role mailbox with ticket-style subject; "
                   "a business's own request: both opt-outs. No person named as subject.", who[1])


@message("library-zendesk-outbound", "person: ticket-like", "en", "Zendesk (agent-initiated ticket)", "powerhousecatalog")
def _(rng):
    who = ("Riverbend Public Library", "support@riverbendlib.zendesk.com")
    t = ("##- Please type your reply above this line -##\n\nDana Kirchner (Riverbend Public Library)\nFeb 3, 2025, "
         "10:14 CST\n\nHello, please stop mailing the PowerHouse catalog to the library. We get several copies a month "
         "addressed to staff who no longer work here and to \"Library Director\".\n\nRiverbend Public Library\n215 "
         "Water St, Wabasha MN 55981\n\nThank you,\nDana Kirchner, Circulation Supervisor\n\n[GK4R7Q-P2M1]")
    d, b = person(rng, "powerhousecatalog", who, "smtp", central(2025, 2, 3, 10, 14, 30), t,
                  "[Riverbend Public Library] Catalog mailings to the library",
                  reply_to="Riverbend Public Library <support+id5512@riverbendlib.zendesk.com>",
                  host=("outbyip2.pod17.use1.zdsys.com", "192.161.%d.%d" % (rng.randint(144, 159),
                                                                            rng.randint(1, 250))),
                  post=[("X-Mailer", "Zendesk Mailer")])
    return d, b, L([MO], {"name": "Dana Kirchner", "postal_code": "55981"},
                   "Written by a library staffer in her help desk and sent as a new ticket (ticket markers, "
                   "Zendesk headers) but no acknowledgement: a person's request for the library's address. Ack to "
                   "the ticket Reply-To.", "support+id5512@riverbendlib.zendesk.com")


# ------------------------------------------------------------------ replies to auto-replies (our acknowledgement)

@message("ack-reply-adds-share", "person: reply to auto-reply", "en", "Gmail", "powerhousecatalog")
def _(rng):
    who = ("Phyllis Dorn", "phyllisdorn@gmail.com")
    a = ack("CC-2024-10-01322", central(2024, 10, 14, 9, 12))
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 10, 14, 11, 40),
                  "Thanks. One more thing - please also don't share my name with the other catalog companies.\n\n"
                  "Phyllis", quote=a)
    return d, b, L([CS], {"name": "Phyllis"},
                   "Reply to our acknowledgement that adds a new, clear request (no sharing); not a loop. Quoted ack "
                   "text about opting out is ours.", who[1])


@message("ack-reply-thanks", "person: reply to auto-reply", "en", "iPhone Mail", "customercare")
def _(rng):
    who = ("Marlys Vande Voort", "marlysvv@icloud.com")
    a = ack("CC-2024-11-02018", central(2024, 11, 8, 16, 3))
    d, b = person(rng, "customercare", who, "apple", central(2024, 11, 8, 18, 27), "Thank you!", quote=a)
    return d, b, L([], {}, "A thank-you under our acknowledgement: no request, no ack (avoid ping-pong).", None)


@message("ack-reply-stop", "person: reply to auto-reply", "en", "Yahoo Mail", "customercare")
def _(rng):
    who = ("Carl Hemsworth", "carlhemsworth@yahoo.com")
    a = ack("CC-2024-12-01402", central(2024, 12, 11, 13, 0))
    d, b = person(rng, "customercare", who, "yahoo", central(2024, 12, 11, 13, 9), "I ASKED YOU TO STOP!!!", quote=a)
    return d, b, L([], {}, "'STOP' under our own acknowledgement refers to an earlier request we can't see from "
                   "this mail; under a service message it is not an opt-out: unclear.", who[1], unclear=True)


@message("ack-reply-es-ofertas", "person: reply to auto-reply", "es", "Gmail", "customercare")
def _(rng):
    who = ("Rocío Barajas", "rocio.barajas.ia@gmail.com")
    a = ack("CC-2025-01-00388", central(2025, 1, 21, 10, 40))
    d, b = person(rng, "customercare", who, "gmail", central(2025, 1, 21, 20, 15),
                  "Gracias. ¿Pueden también dejar de mandarme los correos de ofertas?\n\nSaludos,\nRocío", quote=a)
    return d, b, L([MO], {"name": "Rocío"},
                   "Spanish reply to our ack asking, in question form, to stop offer e-mails: marketing opt-out "
                   "(the question is the request).", who[1])


@message("ack-reply-es-cuanto", "person: reply to auto-reply", "es", "Outlook.com", "powerhousecatalog")
def _(rng):
    who = ("Ernesto Villalobos", "e.villalobos@outlook.com")
    a = ack("CC-2024-11-02101", central(2024, 11, 11, 8, 55))
    d, b = person(rng, "powerhousecatalog", who, "outlook", central(2024, 11, 27, 17, 2),
                  "¿Y cuánto tiempo tarda? Ayer me llegó otro catálogo.\n\nE. Villalobos", quote=a, lang="es-US")
    return d, b, L([Q], {}, "Reply to our ack asking how long it takes and complaining a catalog still came: a "
                   "question, no new opt-out.", who[1])


@message("fwd-bill-paper", "person: forward of machine mail", "en", "Outlook.com", "customercare")
def _(rng):
    who = ("Joyce Whitcomb", "joyce.whitcomb@outlook.com")
    bl = bill("joyce.whitcomb@outlook.com", central(2024, 10, 4, 6, 0), "3318", "142.57", "October 25, 2024")
    t = ("I tried to reply to this but it says the mailbox isn't monitored. I want to get my bill on paper again, not "
         "by email.\n\nJoyce Whitcomb")
    part = body_outlook(rng, t, outlook_block(bl.date, bl.from_hdr, addr(*who), bl.subject), bl.text)
    d, b = person(rng, "customercare", who, "outlook", central(2024, 10, 4, 19, 48), t,
                  "FW: Your Alliant Energy bill is ready", part=part)
    return d, b, L([Q], {"name": "Joyce Whitcomb"},
                   "Forwarded our bill notice (which says it is sent 'even if you have opted out of marketing'); her "
                   "own words ask for paper billing: a service question, not an opt-out.", who[1])


@message("fwd-bounce-own-words", "person: forward of machine mail", "en", "Gmail", "customercare")
def _(rng):
    who = ("Irene Dvorak", "irenedvorak@gmail.com")
    t = ("I tried to write to the catalog people and got this back. Can you please take me off the PowerHouse catalog "
         "mailing list? Thanks.\n\nIrene Dvorak\nRed Wing MN 55066\n\n" + fwd_block(
             "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Mon, Dec 16, 2024 at 3:02 PM",
             "Delivery Status Notification (Failure)", "irenedvorak@gmail.com",
             "** Address not found **\n\nYour message wasn't delivered to powerhouse@alliant-energy.com because the "
             "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
             "550 5.1.1 <powerhouse@alliant-energy.com>: Recipient address rejected: User unknown\n\n---------- "
             "Forwarded message ----------\nFrom: Irene Dvorak <irenedvorak@gmail.com>\nTo: powerhouse@alliant-energy"
             ".com\nSubject: catalog\n\nplease take me off the catalog list"))
    d, b = person(rng, "customercare", who, "gmail", central(2024, 12, 16, 15, 10), t,
                  "Fwd: Delivery Status Notification (Failure)")
    return d, b, L([MO], {"name": "Irene Dvorak", "postal_code": "55066"},
                   "Subject and lower half are a bounce, but a person forwards it under her own clear request "
                   "(stop the catalog): a person's marketing opt-out.", who[1])


@message("fwd-phish-is-this-you", "person: forward of machine mail", "en", "Outlook.com", "customercare")
def _(rng):
    who = ("Lorraine Tietz", "ltietz@outlook.com")
    t = ("Got this today - is this really from you? I'm on autopay so a disconnection notice scared me. I didn't click "
         "anything.\n\nLorraine Tietz\n\n________________________________\nFrom: Alliant Energy <billing@alliant-"
         "energy-billing.com>\nSent: Friday, December 27, 2024 4:36 AM\nSubject: FINAL NOTICE: Service Disconnection "
         "- Action Required\n\nFINAL NOTICE: Service Disconnection\nDear Customer,\nYour account has a past-due balance "
         "of $418.62. Service will be disconnected within 24 hours unless payment is received.\nPAY NOW\nYou are "
         "receiving this service message even if you opted out of marketing. To unsubscribe click here.")
    d, b = person(rng, "customercare", who, "outlook", central(2024, 12, 27, 8, 55), t,
                  "FW: FINAL NOTICE: Service Disconnection - Action Required")
    return d, b, L([Q], {"name": "Lorraine Tietz"},
                   "A customer forwarding the phishing mail and asking if it is real: a person's question. The "
                   "forwarded 'unsubscribe' is the phisher's text.", who[1])


@message("fwd-other-unsub-confirm", "person: forward of machine mail", "en", "iPhone Mail", "powerhousecatalog")
def _(rng):
    who = ("Arlene Paulsen", "arlene.paulsen@icloud.com")
    t = ("I got this saying I'm unsubscribed but the PowerHouse catalogs keep coming in the mail. Why?? Stop them "
         "please.\n\nArlene Paulsen\nDuluth 55811\n\nBegin forwarded message:\n\nFrom: Northwoods Outfitters "
         "<email@news.northwoodsoutfitters.com>\nDate: February 18, 2025 at 9:12:44 AM CST\nTo: arlene.paulsen@"
         "icloud.com\nSubject: You've been unsubscribed\n\nYou've been unsubscribed\narlene.paulsen@icloud.com will no "
         "longer receive marketing email from Northwoods Outfitters.")
    d, b = person(rng, "powerhousecatalog", who, "apple", central(2025, 2, 19, 14, 30), t,
                  "Fwd: You've been unsubscribed")
    return d, b, L([MO, Q], {"name": "Arlene Paulsen", "postal_code": "55811"},
                   "Forwards another company's unsubscribe confirmation believing it was ours; her own words: stop "
                   "the catalogs (opt-out) and 'why?' (complaint/question).", who[1])


@message("pasted-dsn-question", "person: pastes machine text", "en", "Exchange Online", "customercare")
def _(rng):
    who = ("Gary Wendling", "gwendling@wendlingconcrete.com")
    t = ("Writing from my work email because my home one keeps bouncing. When I reply to you from home I get this:\n\n"
         "Remote Server returned '550 5.7.1 Service unavailable; Client host [71.12.8.44] blocked using "
         "Spamhaus'\n\nWhat does that mean? I'm trying to ask about a payment arrangement for the December bill, "
         "account 9023 4471 60.\n\nGary Wendling")
    d, b = person(rng, "customercare", who, "exchange", central(2025, 1, 3, 13, 17), t, "Undeliverable??")
    return d, b, L([Q], {"name": "Gary Wendling", "account": "9023 4471 60"},
                   "Subject 'Undeliverable??' and a pasted SMTP error, but it is a person asking about bounces and a "
                   "payment arrangement: question.", who[1])


# ------------------------------------------------------------------ people who write like machines

@message("caps-terse", "person: reads like a machine", "en", "small ISP webmail", "customercare")
def _(rng):
    who = ("", "rkarns@netins.net")
    t = "REMOVE FROM LIST. ACCT 4417 2290 18. ZIP 52404. NO MORE SOLAR FLYERS."
    d, b = person(rng, "customercare", who, "smtp", central(2024, 9, 25, 6, 14), t, "REMOVE",
                  host=("webmail.netins.net", ip4(rng, 167)))
    return d, b, L([MO], {"postal_code": "52404", "account": "4417 2290 18"},
                   "Terse all-caps command that reads like a list-server instruction, from a person: marketing "
                   "opt-out (solar flyers).", who[1])


@message("moved-reads-like-autoreply", "person: reads like an auto-reply", "en", "Comcast webmail", "customercare")
def _(rng):
    who = ("Don Hansen", "donhansen41@comcast.net")
    o = promo("solar", who[1])
    t = ("This email address is no longer checked by the Hansens. We have moved to Arizona for good.\n\nPlease remove "
         "it from your list.\n\nDon")
    d, b = person(rng, "customercare", who, "comcast", central(2024, 9, 19, 9, 12), t, quote=o)
    return d, b, L([MO], {"name": "Don"},
                   "Typed by Don two days after our solar promo, in the words of a 'no longer monitored' auto-reply; "
                   "no auto headers, a signed personal request to stop our e-mails: marketing opt-out.", who[1])


@message("corporate-disclaimer", "person: legal footer", "en", "Exchange Online", "powerhousecatalog")
def _(rng):
    who = ("Greg Yoder", "gyoder@yoderlappins.com")
    t = ("Hi,\n\nPlease remove our office from the PowerHouse Catalog mailing list. We receive 4 copies addressed to "
         "former employees.\n\nThanks,\n\nGreg Yoder\nOffice Manager | Yoder & Lapp Insurance\n112 E Main St, Kalona "
         "IA 52247 | 319-555-0133\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and "
         "intended solely for the addressee. If you are not the intended recipient, do not read, copy, share or "
         "distribute it; notify the sender and delete it. Yoder & Lapp does not sell or share your personal "
         "information. To unsubscribe from Yoder & Lapp marketing communications, reply UNSUBSCRIBE.")
    d, b = person(rng, "powerhousecatalog", who, "exchange", central(2024, 10, 16, 10, 51), t,
                  "PowerHouse catalogs")
    return d, b, L([MO], {"name": "Greg Yoder", "postal_code": "52247"},
                   "Office manager stops the catalog for his office; the legal footer's 'does not sell or share' and "
                   "'reply UNSUBSCRIBE' are his company's boilerplate, not requests.", who[1])


@message("realtor-sig-stop", "person: signature boilerplate", "en", "Gmail", "customercare")
def _(rng):
    who = ("Tamara Kuehl", "tamara.kuehl.realtor@gmail.com")
    t = ("Hi there,\n\nMy clients are closing on 415 Pine St, Decorah on 11/22. How do they get the gas and electric "
         "put in their names for that date, and does the seller have to call separately to stop service?\n\nThank you!"
         "\n\nTamara Kuehl | REALTOR®\nDriftless Realty Group\nText me: 563-555-0129\nReply STOP to opt out of my "
         "monthly market updates.")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 11, 14, 15, 6), t, "Service transfer question")
    return d, b, L([Q], {"name": "Tamara Kuehl"},
                   "Service-transfer question; 'Reply STOP to opt out' is her own signature's marketing line.", who[1])


@message("undeliverable-prev-residents", "person: reads like a bounce", "en", "Gmail", "powerhousecatalog")
def _(rng):
    who = ("B. Sandoval", "bsandoval.home@gmail.com")
    t = ("UNDELIVERABLE - NOT AT THIS ADDRESS\n\nMark and Julie Henderson moved out three years ago. We still get your "
         "catalogs for them every month. Please stop sending them here.\n\n1520 Carroll St, Boone IA 50036")
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 12, 5, 18, 30), t,
                  "Undeliverable: catalogs for previous residents")
    return d, b, L([], {"name": "Mark and Julie Henderson", "postal_code": "50036"},
                   "Styled like a postal return, written by the current resident about former residents' catalogs: "
                   "on behalf of others without standing; staff must decide between an address clean-up and an "
                   "opt-out. Unclear.", who[1], unclear=True)


@message("deceased-return", "person: reads like a postal return", "en", "AOL Mail", "customercare")
def _(rng):
    who = ("Karen", "kvogt1961@aol.com")
    t = ("RETURN TO SENDER - DECEASED\n\nPlease remove Margaret Olsen from your mailing list. Mom passed in August.\n\n"
         "Karen")
    d, b = person(rng, "customercare", who, "smtp", central(2024, 9, 30, 10, 20), t, "DECEASED",
                  host=("omr-a017e.mx.aol.com", ip4(rng, 64)),
                  post=[("X-Mailer", "WebService/1.1.22806 AolMailNorrin")])
    return d, b, L([], {"name": "Margaret Olsen"},
                   "Written like a postal endorsement; a daughter asks to remove her late mother. On behalf of a "
                   "deceased parent without shown standing: unclear (staff handle a deceased flag).", who[1],
                   unclear=True)


@message("executor-letter", "person: legal text", "en", "Outlook (desktop)", "powerhousecatalog")
def _(rng):
    who = ("Richard Brandt", "rbrandt@brandtlawcr.com")
    t = ("RE: Estate of Harold W. Brandt\n\nI am the personal representative of the Estate of Harold W. Brandt, "
         "appointed by the Iowa District Court for Linn County (ESPR 041188). Letters of appointment are available "
         "on request.\n\nPlease remove Harold W. Brandt, 88 Kirkwood Ct, Cedar Rapids IA 52403, customer no. PH "
         "00734410, from all mailing lists, and do not sell, share or exchange his name or address.\n\nRichard Brandt"
         "\nPersonal Representative")
    d, b = person(rng, "powerhousecatalog", who, "exchange", central(2025, 1, 10, 14, 40), t,
                  "Estate of Harold W. Brandt - mailing list removal")
    return d, b, L([MO, CS], {"name": "Harold W. Brandt", "postal_code": "52403", "account": "PH 00734410"},
                   "Formal executor letter: standing is stated (court-appointed personal representative), so both "
                   "opt-outs for the deceased customer; entities are the deceased's.", who[1])


@message("lawfirm-client", "person: legal text", "en", "Exchange Online", "customercare")
def _(rng):
    who = ("Melissa Ortiz", "mortiz@hagenortizlaw.com")
    t = ("Dear Privacy Officer:\n\nThis firm represents Sandra K. Mertz (1640 Sheridan Rd, Janesville WI 53545) in "
         "connection with unwanted solicitations. On her behalf we demand that you immediately cease all marketing "
         "communications to Ms. Mertz by mail, e-mail and telephone, and that you not sell, rent, share or otherwise "
         "transfer her name or contact information to any third party.\n\nPlease confirm compliance in writing to "
         "the undersigned.\n\nMelissa Ortiz\nParalegal, Hagen & Ortiz LLP\n\nThis communication may contain "
         "privileged and confidential attorney-client information.")
    d, b = person(rng, "customercare", who, "exchange", central(2024, 10, 23, 11, 11), t,
                  "Sandra K. Mertz - demand to cease marketing communications")
    return d, b, L([MO, CS], {"name": "Sandra K. Mertz", "postal_code": "53545"},
                   "Law firm letter for its client: representation is stated, so standing is clear; both opt-outs, "
                   "entities are the client's, ack to the paralegal who asked for confirmation.", who[1])


@message("es-legal-oposicion", "person: legal text", "es", "Outlook.com", "powerhousecatalog")
def _(rng):
    who = ("Alejandro Ruiz", "alejandro.ruizd@outlook.com")
    t = ("Por medio del presente, y con fundamento en los artículos 22 y 27 de la Ley Federal de Protección de Datos "
         "Personales en Posesión de los Particulares, ejerzo mi derecho de OPOSICIÓN al tratamiento de mis datos "
         "personales para fines de transferencia a terceros. Asimismo, solicito se me informe a qué terceros han sido "
         "transferidos mis datos.\n\nYa sé que esta ley es de México, pero vivo aquí y recibo su catálogo.\n\n"
         "Alejandro Ruiz Domínguez\n1110 Mt Pleasant St, Burlington IA 52601")
    d, b = person(rng, "powerhousecatalog", who, "outlook", central(2025, 2, 25, 9, 35), t,
                  "Ejercicio de derecho de oposición", lang="es-MX")
    return d, b, L([CS, Q], {"name": "Alejandro Ruiz Domínguez", "postal_code": "52601"},
                   "Spanish copy-pasted Mexican data-protection text: objection to transfer to third parties = "
                   "sharing opt-out, plus asks to whom it went = question.", who[1])


@message("policy-quote-share", "person: quotes our text", "en", "Thunderbird", "powerhousecatalog")
def _(rng):
    who = ("Howard Tiegs", "htiegs@mchsi.com")
    t = ("Your privacy policy says:\n\n\"The PowerHouse Catalog occasionally shares its customer list with other "
         "catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com"
         "\"\n\nConsider this my writing to you. I prefer that you not share my name.\n\nHoward Tiegs\ncust # "
         "00557120")
    d, b = person(rng, "powerhousecatalog", who, "tbird", central(2024, 11, 21, 20, 2), t, "not sharing my name",
                  host=("mx.mchsi.com", ip4(rng, 68)))
    return d, b, L([CS], {"name": "Howard Tiegs", "account": "00557120"},
                   "Quotes our own policy text (not his words) and then states his wish in his own sentence: sharing "
                   "opt-out only.", who[1])


@message("pasted-footer-only", "person: quotes our text", "en", "iPhone Mail", "powerhousecatalog")
def _(rng):
    who = ("", "tjbeckman@icloud.com")
    t = "To unsubscribe from PowerHouse Catalog e-mail, click here or reply with the word unsubscribe."
    d, b = person(rng, "powerhousecatalog", who, "apple", central(2024, 11, 15, 22, 48), t, "")
    return d, b, L([], {}, "No subject, no words of his own: only our footer pasted as plain text. He may want out, "
                   "or may be reporting a broken link; footer text is never the sender's request. Unclear.", who[1],
                   unclear=True)


@message("external-banner-stop", "person: reply with banner", "en", "Exchange Online", "powerhousecatalog")
def _(rng):
    who = ("Brianna Lutz", "blutz@ccfammed.org")
    o = promo("holiday", who[1])
    o2 = Ours(o.key, o.frm_name, o.frm, o.date, o.subject,
              "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
              "unless you recognize the sender.\n\n" + o.text, o.mid, o.kind)
    d, b = person(rng, "powerhousecatalog", who, "exchange", central(2024, 11, 12, 9, 2),
                  "STOP\n\nBrianna Lutz, RN\nCedar County Family Medicine", quote=o2)
    return d, b, L([MO], {"name": "Brianna Lutz"},
                   "'STOP' typed above our Holiday Preview (quoted with her employer's external-mail banner): under "
                   "our promotion it is a marketing opt-out; the quoted sharing/unsubscribe footer is ours.", who[1])


@message("spam-tagged-real", "person: tagged as spam", "en", "Gmail", "customercare")
def _(rng):
    who = ("Eleanor Briggs", "eleanorbriggs1939@gmail.com")
    t = ("Please remove me from your mailing list. I am getting both the Alliant newsletter emails and the PowerHouse "
         "catalog and I don't want either one.\n\nThank you,\nEleanor Briggs\n1905 Walnut St\nGrinnell IA 50112")
    d, b = person(rng, "customercare", who, "gmail", central(2024, 12, 6, 8, 17), t,
                  "***SPAM*** Please remove me from mailing list",
                  pre=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "6.2"),
                       ("X-Spam-Status", "Yes, score=6.2 required=5.0 tests=FREEMAIL_FROM,SUBJ_ALL_CAPS_REMOVE,"
                                         "LIST_REMOVE_PHRASE,BAYES_80")])
    return d, b, L([MO], {"name": "Eleanor Briggs", "postal_code": "50112"},
                   "Our filter tagged it ***SPAM*** (remove-phrases), but it is a real person: stop newsletter and "
                   "catalog = marketing opt-out.", who[1])


@message("dmachoice-question", "person: reads like a notice", "en", "Gmail", "powerhousecatalog")
def _(rng):
    who = ("Vernon Ashby", "vashby.cf@gmail.com")
    t = ("I registered with DMAchoice (Do Not Mail) in March. Why am I still getting your catalog? Please take me off "
         "your list, and tell me how long it takes to stop.\n\nVernon Ashby\nCedar Falls 50613")
    d, b = person(rng, "powerhousecatalog", who, "gmail", central(2024, 10, 7, 14, 55), t,
                  "DMAchoice Do Not Mail registration")
    return d, b, L([MO, Q], {"name": "Vernon Ashby", "postal_code": "50613"},
                   "Subject reads like a registry notice; he asks to be taken off (opt-out) and why/how long "
                   "(question).", who[1])


@message("vendor-rep-question", "person: business partner", "en", "Outlook (desktop)", "powerhousecatalog")
def _(rng):
    who = ("Tom Strand", "tstrand@badgerpresort.com")
    t = ("Hi Karen,\n\nQuick one on the spring book: do you want the December opt-outs from your mailbox applied to the "
         "2/10 merge, or will they go in the next monthly file? Also the do-not-share flags - exclude from the "
         "Northwoods exchange only, or from all exchanges?\n\nThanks,\nTom\n\nTom Strand | Account Manager\nBadger "
         "Presort Services | 608-555-0178")
    d, b = person(rng, "powerhousecatalog", who, "exchange", central(2025, 1, 30, 15, 48), t,
                  "Spring book - opt-outs and do-not-share flags")
    return d, b, L([Q], {}, "Mail-house account manager (a person) asking our staff a business question full of "
                   "opt-out vocabulary; not a customer request but it needs a human answer: question. No "
                   "customer entities.", who[1])


@message("voicemail-transcript", "person: carried by our phone system", "en", "our voicemail-to-e-mail",
         "powerhousecatalog")
def _(rng):
    d0 = central(2024, 12, 13, 16, 44)
    t = ("New voicemail from (608) 555-0147 for mailbox 4410 (PowerHouse Catalog)\nReceived: Fri 12/13/2024 4:43 PM\n"
         "Length: 0:38\n\nTranscription (may contain errors):\n\"Hi, this is Arlene Fossum, F-O-S-S-U-M, at 2215 Ridge "
         "Road in Baraboo, 53913. I'd like to stop getting the PowerHouse catalog please, and don't give my name out "
         "to anybody either. Thank you.\"\n\nThe recording is attached.\n-- \nAlliant Energy Unified Messaging")
    body = multipart("mixed", [text(t, "plain", "utf-8", "quoted-printable"),
                               attachment(b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00"
                                          b"\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00", "audio/wav",
                                          "msg0038.wav")], "----=_UM_%d" % rng.randint(10 ** 9, 10 ** 10))
    sent = S.internal(rng, "voicemail@alliant-energy.com", d0, "um01.alliant-energy.com", "10.40.31.20")
    h = h_generic(addr("Alliant Voice Mail", "voicemail@alliant-energy.com"), PH,
                  "Voicemail from 6085550147 (0:38)", d0, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-generated"), ("X-Unified-Messaging", "mailbox=4410")])
    d, b = mach(rng, "powerhousecatalog", sent, h, body)
    return d, b, L([MO, CS], {"name": "Arlene Fossum", "postal_code": "53913"},
                   "Our phone system's voicemail notification carries a caller's own clear words (stop the catalog, "
                   "don't give my name out). Treated like software acting for a person: a person's request with "
                   "both opt-outs; no e-mail address to acknowledge (ack null).", None)


@message("mms-es-gateway", "person: text message via carrier gateway", "es", "AT&T MMS gateway", "powerhousecatalog")
def _(rng):
    who = ("", "5635550186@mms.att.net")
    d0 = central(2024, 10, 31, 19, 7)
    body = multipart("mixed", [text("Ya no me manden el catalogo de powerhouse porfavor. Soy Maria Luisa Paredes "
                                    "52732\n", "plain", "utf-8", "base64",
                                    extra=[("Content-Disposition", "inline; filename=\"text_0.txt\""),
                                           ("Content-Location", "text_0.txt")])],
                     "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9),
                                              int(d0.timestamp() * 1000)))
    sent = S.isp(rng, who[1], d0, "vm-mms-rly-03.mms.att.net", ip4(rng, 166), dkim=False)
    h = h_generic(who[1], PH, "", d0, sent.mid, extra_after=[("X-Mms-Message-Type", "m-send-req")])
    d, b = mach(rng, "powerhousecatalog", sent, h, body)
    return d, b, L([MO], {"name": "Maria Luisa Paredes", "postal_code": "52732"},
                   "A text message sent from a phone to our address through the carrier's MMS gateway: looks like "
                   "gateway mail, is a person (Spanish): stop the catalog. Ack to the gateway address, which "
                   "reaches her phone.", who[1])


# ------------------------------------------------------------------ our own web forms, used by people

@message("form-real-whogave", "person: our web form", "en", "our Contact Us form relay", "customercare")
def _(rng):
    f = [("Name", "Theresa Vogel"), ("Email", "tvogel.ia@gmail.com"), ("Phone", "319-555-0158"),
         ("Account number", ""), ("Topic", "Privacy"),
         ("Message", "I never signed up for this PowerHouse catalog. Who gave you my address? I want to know where you "
                     "got it.")]
    d, b = form_relay(rng, "customercare", central(2024, 10, 18, 20, 33), f, "Contact Us: Privacy",
                      "tvogel.ia@gmail.com", "Contact Us")
    return d, b, L([Q], {"name": "Theresa Vogel"},
                   "Real person through our form relay (noreply@ From, Reply-To the visitor): asks where we got her "
                   "address, a question, not an opt-out.", "tvogel.ia@gmail.com")


@message("form-real-es-caps", "person: our web form", "es", "our Contact Us form relay", "customercare")
def _(rng):
    f = [("Name", "Jesús Ortega"), ("Email", "jesusortega.qc@hotmail.com"), ("Phone", ""), ("ZIP", "52761"),
         ("Account number", ""), ("Topic", "Marketing preferences"),
         ("Message", "YA NO QUIERO RECIBIR OFERTAS NI PROPAGANDA DE ALLIANT, NI POR CORREO NI POR EMAIL. GRACIAS")]
    d, b = form_relay(rng, "customercare", central(2025, 1, 11, 12, 2), f, "Contact Us: Marketing preferences",
                      "jesusortega.qc@hotmail.com", "Contact Us")
    return d, b, L([MO], {"name": "Jesús Ortega", "postal_code": "52761"},
                   "All-caps Spanish message through our form relay: no more offers by post or e-mail = marketing "
                   "opt-out; ack to the Reply-To.", "jesusortega.qc@hotmail.com")


@message("form-real-please-stop-billing", "person: our web form", "en", "our Contact Us form relay", "customercare")
def _(rng):
    f = [("Name", "Kim Lutz"), ("Email", "kimlutz88@gmail.com"), ("Phone", ""), ("Account number", ""),
         ("Topic", "Billing"), ("Message", "please stop")]
    d, b = form_relay(rng, "customercare", central(2024, 12, 22, 23, 51), f, "Contact Us: Billing",
                      "kimlutz88@gmail.com", "Contact Us")
    return d, b, L([], {"name": "Kim Lutz"},
                   "'please stop' with topic Billing: no object (bill e-mails? paperless? marketing?). Unclear.",
                   "kimlutz88@gmail.com", unclear=True)


@message("form-real-catalog-restart", "person: our web form", "en", "our catalog request form relay",
         "powerhousecatalog")
def _(rng):
    f = [("Name", "Joan Reuter"), ("Address", "1502 Maple Ave"), ("City", "Charles City"), ("ZIP", "50616"),
         ("Email", "joanreuter@mchsi.com"), ("Send me the catalog", "Yes"), ("Do not share my name", "Yes"),
         ("Comments", "Please start my catalog again, I moved here from Mason City. And yes do NOT share my name.")]
    d, b = form_relay(rng, "powerhousecatalog", central(2024, 9, 28, 15, 40), f,
                      "Catalog request from Joan Reuter", "joanreuter@mchsi.com", "Request a Catalog")
    return d, b, L([CS, Q], {"name": "Joan Reuter", "postal_code": "50616"},
                   "Real customer on the same form the bots abuse: restart the catalog at a new address (question) "
                   "and do not share (sharing opt-out, confirmed in her own comment).", "joanreuter@mchsi.com")
