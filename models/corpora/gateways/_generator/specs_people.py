"""People writing through gateways: SMS, web form, fax and scans, voicemail, staff, shared and public computers."""
from kit import M, plain, alt, under, re_ours, CC, PHC
from mime import text, multi, attachment, raw_part, pdf, jpeg, wav, tiff

VTEXT = ("vtext.com", "njbrspmtas03.vtext.com")
SPECS = []
add = SPECS.append

# ---------------------------------------------------------------- SMS-to-email
add(M("sms-vtext-catalog", "person:sms", PHC, (None, "3195550142@vtext.com"), None,
      plain("Pls stop mailing me the powerhouse catalog. Thx -Deb 52404"),
      relay=("njbrspmtas03.vtext.com", "69.78.67.21"), client="vtext",
      labels=["marketing_opt_out"], entities={"name": "Deb", "postal_code": "52404"},
      note="SMS via vtext, no subject: stop mailing the catalog is a marketing opt-out; the vtext address can take a reply"))
add(M("sms-att-stop", "person:sms", CC, (None, "6085550199@txt.att.net"), None,
      plain("STOP"), relay=("alph736.prodigy.net", "144.160.159.17"), client="att-sms", unclear=True,
      note="bare STOP texted to customercare with no subject and nothing it answers: no object, no context -> unclear"))
add(M("sms-tmo-share", "person:sms", PHC, (None, "4145550123@tmomail.net"), "",
      plain("dont sell my name or address to other catalogs. Luis Ortega acct 3309 1127 45"),
      relay=("mx.tmomail.net", "66.94.9.228"), client="tmobile-sms",
      labels=["catalog_share_opt_out"], entities={"name": "Luis Ortega", "account": "3309 1127 45"},
      note="T-Mobile SMS with an empty subject: do-not-sell only, nothing about stopping the catalog"))
add(M("sms-vtext-emails", "person:sms", CC, (None, "5635550187@vtext.com"), None,
      plain("no more promo emails from alliant please. this is ken"),
      relay=("njbrspmtas01.vtext.com", "69.78.67.19"), client="vtext",
      labels=["marketing_opt_out"], entities={"name": "ken"},
      note="SMS: no more promo e-mails names the object; first name in lower case as written"))
add(M("sms-att-howto", "person:sms", PHC, (None, "3195550133@txt.att.net"), None,
      plain("How do I get off the powerhouse catalog list? my wife and I get 2 of them"),
      relay=("alph739.prodigy.net", "144.160.159.20"), client="att-sms", labels=["question"],
      note="SMS asking how to get off the list: a how-to question, not itself an opt-out"))
add(M("sms-vtext-split-1", "person:sms-split", PHC, (None, "3195550164@vtext.com"), None,
      plain("(1/2) Hi this is Marjorie Lutz at 1120 Elm St Cedar Falls 50613. Please take me off"),
      relay=("njbrspmtas02.vtext.com", "69.78.67.20"), client="vtext", unclear=True,
      entities={"name": "Marjorie Lutz", "postal_code": "50613"},
      note="first half of a split text: 'take me off' is cut before its object; this message alone cannot be decided"))
add(M("sms-vtext-split-2", "person:sms-split", PHC, (None, "3195550164@vtext.com"), None,
      plain("(2/2) your mailing list for the catalog and the sale flyers. Thank you"),
      relay=("njbrspmtas02.vtext.com", "69.78.67.20"), client="vtext", unclear=True,
      note="second half of a split text: the verb (take off? put on?) is in the other message, so unclear on its own"))
add(M("sms-tmo-es", "person:sms", PHC, (None, "4145550178@tmomail.net"), "",
      plain("Por favor ya no me manden el catalogo ni las ofertas. Rosa Elena 53204"),
      relay=("mx.tmomail.net", "66.94.9.229"), client="tmobile-sms", lang="es",
      labels=["marketing_opt_out"], entities={"name": "Rosa Elena", "postal_code": "53204"},
      note="Spanish SMS without accents: no more catalog or offers is a marketing opt-out"))
add(M("sms-att-mms", "person:sms", CC, (None, "6085550121@mms.att.net"), "",
      multi("related", [text("This is Gary Pfaff acct 70031 88214. Quit sending me the sale flyers and the "
                             "emails about thermostats and stuff\n", disp="inline", filename="text_0.txt"),
                        attachment("image/jpeg", jpeg(7), "IMG_0412.jpg")], params=[("type", "text/plain")]),
      relay=("alph741.prodigy.net", "144.160.159.23"), client="att-mms",
      labels=["marketing_opt_out"], entities={"name": "Gary Pfaff", "account": "70031 88214"},
      note="AT&T MMS: the words are in an inline text_0.txt beside a photo of a flyer; flyers and promo e-mails -> marketing"))

# ---------------------------------------------------------------- website contact form relay
FORM = ("Alliant Energy Website", "no-reply@web.alliant-energy.com")


def form(fields, topic="General question"):
    rows = ["A visitor submitted the contact form at https://www.alliant-energy.com/contact", "",
            "Topic: " + topic]
    for k, v in fields:
        rows.append("%s: %s" % (k, v))
    rows += ["", "Submitted from IP 10.44.%d.%d | Form ID contact-v3" % (len(topic), len(rows) * 7),
             "Do not reply to this message; use the visitor's e-mail address."]
    return plain("\n".join(rows))


add(M("form-share-only", "person:webform", PHC, FORM, "Website contact: Catalog",
      form([("Name", "Colleen Marsh"), ("Email", "cmarsh61@gmail.com"), ("Account", "PH-448120"),
            ("Message", "I like getting the catalog, keep it coming. But please do not sell or share my name "
                        "with the other catalog companies.")], "PowerHouse Catalog"),
      reply_to=("Colleen Marsh", "cmarsh61@gmail.com"), client="webform",
      labels=["catalog_share_opt_out"], entities={"name": "Colleen Marsh", "account": "PH-448120"},
      note="web form relay from no-reply with Reply-To: keep the catalog, don't share -> share opt-out only; ack to Reply-To"))
add(M("form-both", "person:webform", PHC, FORM, "Website contact: Privacy",
      form([("Name", "Thomas Ekdahl"), ("Email", "tekdahl@mchsi.com"), ("Account", "1102-334-5567"),
            ("ZIP", "52761"), ("Message", "Remove me from the catalog mailing list and all promotions. "
                                          "And do not rent or sell my address to anyone.")], "Privacy"),
      reply_to=("Thomas Ekdahl", "tekdahl@mchsi.com"), client="webform",
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Thomas Ekdahl", "postal_code": "52761", "account": "1102-334-5567"},
      note="form relay: off the catalog list and no renting -> both opt-outs; ZIP field counts as written by the sender"))
add(M("form-privacy-q", "person:webform", CC, FORM, "Website contact: Privacy",
      form([("Name", "Priya Raman"), ("Email", "priya.raman@outlook.com"), ("Account", ""),
            ("Message", "What information do you share with partners? Do you sell customer data to anyone?")],
           "Privacy"),
      reply_to=("Priya Raman", "priya.raman@outlook.com"), client="webform", labels=["question"],
      entities={"name": "Priya Raman"},
      note="form relay asking what is shared: privacy question only, no opt-out asked"))
add(M("form-no-email", "person:webform", PHC, FORM, "Website contact: Catalog",
      form([("Name", "Arlene Schutt"), ("Email", ""), ("Account", "7720 4419 03"),
            ("Message", "I do not use email. Remove my name from all your mailing lists and do not give "
                        "my name to any other company.")], "PowerHouse Catalog"),
      client="webform", ack_to=None, labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Arlene Schutt", "account": "7720 4419 03"},
      note="form relay with an empty Email field and no Reply-To: both opt-outs, but no usable address -> ack_to null"))
add(M("form-delete", "person:webform", CC, FORM, "Website contact: Privacy",
      form([("Name", "Marcus Webb"), ("Email", "mwebb.mke@yahoo.com"), ("Account", "44-0871-3392"),
            ("Message", "Delete everything you have on me. All of it. Close the online profile too.")], "Privacy"),
      reply_to=("Marcus Webb", "mwebb.mke@yahoo.com"), client="webform", unclear=True, labels=["question"],
      entities={"name": "Marcus Webb", "account": "44-0871-3392"},
      note="delete-everything through the form: unclear + question per LABELS.md data requests"))
add(M("form-opt-me-out", "person:webform", CC, FORM, "Website contact: General question",
      form([("Name", "Jo Ellen Price"), ("Email", "joellenprice@icloud.com"), ("Account", ""),
            ("Message", "opt me out please")]),
      reply_to=("Jo Ellen Price", "joellenprice@icloud.com"), client="webform", unclear=True,
      entities={"name": "Jo Ellen Price"},
      note="'opt me out' under the form's default 'General question' topic: no object -> unclear"))
add(M("form-topic-stop", "person:webform", PHC, FORM, "Website contact: Stop catalog mailings",
      form([("Name", "Dale Hufford"), ("Email", "dhufford@frontier.com"), ("Account", "5530-0912"),
            ("Message", "Thanks.")], "Stop catalog mailings"),
      reply_to=("Dale Hufford", "dhufford@frontier.com"), client="webform", labels=["marketing_opt_out"],
      entities={"name": "Dale Hufford", "account": "5530-0912"},
      note="the sender picked the form topic 'Stop catalog mailings' and typed only Thanks: the chosen topic is his request"))
add(M("form-move-promo", "person:webform", CC, FORM, "Website contact: Moving",
      form([("Name", "Sheila and Rob Dvorak"), ("Email", "dvorakhome@gmail.com"), ("Account", "3301-558-210"),
            ("Message", "We moved to 2210 Gregory St, Madison 53711 on the 1st. Please update the mailing address. "
                        "And while you're at it stop the promotional emails, we never read them.")], "Moving"),
      reply_to=("Sheila Dvorak", "dvorakhome@gmail.com"), client="webform",
      labels=["marketing_opt_out", "question"],
      entities={"name": "Sheila and Rob Dvorak", "postal_code": "53711", "account": "3301-558-210"},
      note="change of address (question) plus stop the promotional e-mails (marketing)"))
add(M("form-data-copy", "person:webform", CC, FORM, "Website contact: Privacy",
      form([("Name", "Nadia Farouk"), ("Email", "nfarouk@uwalumni.com"), ("Account", "88120-44301"),
            ("Message", "Please send me a copy of all the personal information Alliant holds about me.")],
           "Privacy"),
      reply_to=("Nadia Farouk", "nfarouk@uwalumni.com"), client="webform", labels=["question"],
      entities={"name": "Nadia Farouk", "account": "88120-44301"},
      note="data access request through the form: a clear question"))
add(M("form-es-howto", "person:webform", PHC, FORM, "Website contact: Catálogo",
      form([("Name", "Jesús Villalobos"), ("Email", "jvillalobos@hotmail.com"), ("Account", ""),
            ("Message", "¿Cómo hago para dejar de recibir el catálogo PowerHouse en papel? Gracias.")],
           "Catálogo PowerHouse"),
      reply_to=("Jesús Villalobos", "jvillalobos@hotmail.com"), client="webform", lang="es", labels=["question"],
      entities={"name": "Jesús Villalobos"},
      note="Spanish form: asks how to stop the paper catalog, does not ask to be removed -> question only"))

# ---------------------------------------------------------------- fax and scans
add(M("fax-pdf-noreply", "person:fax", PHC, ("eFaxMail", "message@inbound.faxmailer.net"),
      "Fax from 319-555-0177 - 2 page(s)",
      multi("mixed", [plain("You have received a 2 page fax from 319-555-0177.\n\n"
                            "The fax is attached as a PDF file.\n\n"
                            "This is an automated delivery; replies to this address are not read."),
                      attachment("application/pdf", pdf(["[scanned page 1]", "[scanned page 2]"]),
                                 "fax_3195550177.pdf")]),
      client="fax-gateway", unclear=True, ack_to=None,
      note="fax-to-email: the person's letter is only in a scanned PDF; the mail says nothing decidable -> unclear, relay no-reply -> ack null"))
add(M("scan-jpeg-gmail", "person:scan", CC, ("Walt Brenner", "waltbrenner48@gmail.com"), "letter",
      multi("mixed", [alt("see attached letter\n\nWalt Brenner"),
                      attachment("image/jpeg", jpeg(19), "IMG_20260311_101544.jpg")]),
      client="gmail", unclear=True, entities={"name": "Walt Brenner"},
      note="photo of a letter with 'see attached letter': the body decides nothing -> unclear; ack to From after review"))
add(M("scan-with-summary", "person:scan", PHC, ("Helen Sokol", "hsokol@charter.net"), "Signed opt-out letter",
      multi("mixed", [plain("Attached is my signed letter. In short: stop mailing me the PowerHouse catalog and "
                            "do not share my name with other companies.\n\nAccount 5520-114-09\nHelen Sokol"),
                      attachment("application/pdf", pdf(["Helen Sokol", "[signature]"]), "Sokol_letter.pdf")]),
      client="thunderbird", labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Helen Sokol", "account": "5520-114-09"},
      note="scanned letter attached, but the body itself states both wishes -> both opt-outs"))
add(M("fax-cover-ocr", "person:fax", PHC, ("FaxRelay", "noreply@faxrelay-hub.com"), "Inbound fax (1 page) from 608-555-0143",
      multi("mixed", [plain("Inbound fax received. Cover page text (recognized):\n\n"
                            "TO: Alliant Energy / PowerHouse Catalog - Privacy\nFROM: Bernard Kies\n"
                            "RE: Do not sell my information\n"
                            "MESSAGE: Please remove my name from the lists you rent out to other companies.\n\n"
                            "Pages: 1   Duration: 0:38   CSID: 6085550143"),
                      attachment("image/tiff", tiff(21), "fax_6085550143.tif")]),
      client="fax-gateway", labels=["catalog_share_opt_out"], ack_to=None, entities={"name": "Bernard Kies"},
      note="fax relay shows the recognised cover page: off the rented lists -> share opt-out; no-reply relay -> ack null"))
add(M("scan-mfp", "person:scan", CC, ("RICOH MP C3004", "scanner@kleinlaw-waukesha.com"), "Scanned from a Ricoh Multifunction Printer",
      multi("mixed", [plain("Please see attached scan.\n\nDevice: RICOH MP C3004 [kleinlaw-2F]"),
                      attachment("application/pdf", pdf(["[image]"]), "20260417093112.pdf")]),
      client="scanner", unclear=True, ack_to=None,
      note="office scan-to-email of an unknown document: nothing decidable; the device address is not a person's -> ack null"))
add(M("scan-filename-only", "person:scan", PHC, ("Roger Haakenson", "rhaakenson@centurytel.net"), None,
      multi("mixed", [plain(""), attachment("application/pdf", pdf(["[image]"]),
                                            "Opt-out request - do not share.pdf")]),
      client="outlook-pc", unclear=True,
      note="no subject and empty body, only a PDF named like an opt-out: the sender's text decides nothing -> unclear"))

# ---------------------------------------------------------------- voicemail transcriptions
VM = ("Alliant Energy Voicemail", "vm-noreply@alliant-energy.com")


def vm(caller, secs, transcript, seed):
    return multi("mixed", [plain("You received a voicemail from %s (%d seconds) in mailbox 4100 "
                                 "(Privacy line).\n\nTranscription (automatic, may contain errors):\n\n%s\n\n"
                                 "-- Alliant Energy Unified Messaging" % (caller, secs, transcript)),
                           attachment("audio/wav", wav(min(secs, 3), seed), "msg%04d.wav" % seed)])


add(M("vm-catalog", "person:voicemail", PHC, VM, "Voice Message from 563-555-0148 (0:42)",
      vm("563-555-0148", 42, "\"Hi, this is Eleanor Vance, V A N C E. My account number is 6614 2039 77. I'd like to "
                             "be taken off the mailing list for the catalog and the special offers. Thank you.\"", 11),
      relay=("exch02.corp.alliant-energy.com", "10.30.4.12"), client="voicemail",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Voicemail-Caller", "5635550148")],
      labels=["marketing_opt_out"], entities={"name": "Eleanor Vance", "account": "6614 2039 77"}, ack_to=None,
      note="voicemail transcript relayed by our phone system (Auto-Submitted): the caller's words are a marketing opt-out; no e-mail address -> ack null"))
add(M("vm-garbled", "person:voicemail", CC, VM, "Voice Message from 608-555-0117 (0:21)",
      vm("608-555-0117", 21, "\"Yeah hi I'm calling about the [inaudible] you keep sending the [inaudible] "
                             "stop it, this is [inaudible] on Park Street\"", 12),
      relay=("exch01.corp.alliant-energy.com", "10.30.4.11"), client="voicemail", unclear=True, ack_to=None,
      note="garbled transcript: what should stop is inaudible -> unclear; no usable address"))
add(M("vm-share-q", "person:voicemail", PHC, VM, "Voice Message from 608-555-0133 (1:05)",
      vm("608-555-0133", 65, "\"Hello, my name is Gordon Tibbets. I got a letter that says you share information "
                             "with other companies. What do you share exactly? Please call me back at 608-555-0133.\"", 13),
      relay=("exch02.corp.alliant-energy.com", "10.30.4.12"), client="voicemail", labels=["question"], ack_to=None,
      entities={"name": "Gordon Tibbets"},
      note="voicemail asking what we share: question only; callback by phone, no e-mail -> ack null"))
add(M("vm-no-transcript", "person:voicemail", PHC, VM, "Voice Message from WI 715-555-0190 (0:33)",
      vm("WI 715-555-0190", 33, "(Transcription not available for this message.)", 14),
      relay=("exch01.corp.alliant-energy.com", "10.30.4.11"), client="voicemail", unclear=True, ack_to=None,
      note="a caller left 33 seconds but no transcript: a person wants something nobody can read -> unclear"))
add(M("vm-es", "person:voicemail", PHC, VM, "Voice Message from 414-555-0166 (0:37)",
      vm("414-555-0166", 37, "\"Hola, habla Guadalupe Ríos. Ya no quiero recibir el catálogo ni los correos de "
                             "ofertas, por favor. Mi código postal es 53215. Gracias.\"", 15),
      relay=("exch02.corp.alliant-energy.com", "10.30.4.12"), client="voicemail", lang="es",
      labels=["marketing_opt_out"], ack_to=None, entities={"name": "Guadalupe Ríos", "postal_code": "53215"},
      note="Spanish voicemail transcript: no catalog, no offer e-mails -> marketing opt-out; ack null (phone only)"))

# ---------------------------------------------------------------- staff forwarding a caller's request
add(M("csr-both", "person:staff", PHC, ("Tasha Greene", "tasha.greene@alliant-energy.com"),
      "Caller request - catalog opt-out / do not share",
      plain("Hi Privacy team,\n\nTook a call from Dorothy Haines, acct 2201 5584 10, ZIP 52241. She asked us to stop "
            "the catalog and the promo mail and not to share her name with other catalog companies. Please process.\n\n"
            "Thanks,\nTasha Greene\nCustomer Care Rep II | Cedar Rapids"),
      relay=("exch01.corp.alliant-energy.com", "10.30.4.11"), client="outlook-internal",
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Dorothy Haines", "postal_code": "52241", "account": "2201 5584 10"},
      note="rep relays the account holder's own phone request: both opt-outs, entities are the caller's; ack to the rep (From)"))
add(M("csr-vague", "person:staff", CC, ("Brett Lundgren", "brett.lundgren@alliant-energy.com"), "FYI caller",
      plain("FYI - caller Mr. Alvarez (no acct # on hand) wanted us to \"stop all the mail\". I couldn't tell if he "
            "meant bills or the promos and he hung up before I could ask.\n\nBrett"),
      relay=("exch02.corp.alliant-energy.com", "10.30.4.12"), client="outlook-internal", unclear=True,
      entities={"name": "Alvarez"},
      note="rep passes on 'stop all the mail' and says himself it may mean bills -> unclear; name without Mr."))
add(M("csr-fwd-walkin", "person:staff", PHC, ("Renee Okafor", "renee.okafor@alliant-energy.com"),
      "FW: my name on lists",
      plain("Privacy team - Mrs. Patricia Lindqvist came to the Dubuque walk-in office and asked me to send this on. "
            "She wants her name kept off any lists given to outside companies. Her account is 90-4471-2286.\n\n"
            "Renee\n\n-----Original Message-----\nFrom: Pat Lindqvist <patlindq@mediacombb.net>\n"
            "Sent: Monday, May 4, 2026 8:12 AM\nTo: Renee Okafor\nSubject: my name on lists\n\n"
            "Renee, here is what we talked about. Thanks for your help.\nPat"),
      relay=("exch01.corp.alliant-energy.com", "10.30.4.11"), client="outlook-internal",
      labels=["catalog_share_opt_out"], entities={"name": "Patricia Lindqvist", "account": "90-4471-2286"},
      note="rep's own new text states the customer's do-not-share wish; forwarded text adds nothing; name without Mrs."))
add(M("csr-question", "person:staff", PHC, ("Hector Salinas", "hector.salinas@alliant-energy.com"),
      "Callback please - how did we get his address",
      plain("Caller Jim Oakes (53154) wants to know why he gets the PowerHouse catalog when he never ordered "
            "anything, and how we got his address. Can someone from privacy call him back at 414-555-0102?\n\n"
            "Hector Salinas, Customer Care"),
      relay=("exch02.corp.alliant-energy.com", "10.30.4.12"), client="outlook-internal", labels=["question"],
      entities={"name": "Jim Oakes", "postal_code": "53154"},
      note="rep forwards a caller's questions (why, how did you get my address): question only, no opt-out asked"))

# ---------------------------------------------------------------- shared family accounts
add(M("family-holder", "person:family", PHC, ("The Bergstrom Family", "bergstromfamily@netins.net"),
      "catalogs", plain("This is Karl Bergstrom, the account is in my name. Please stop sending catalogs and "
                        "promotions to our house at 1544 Ridge Rd, La Crosse 54601.\n\nKarl"),
      reply_to=("Karl Bergstrom", "karl.bergstrom@netins.net"), client="thunderbird", labels=["marketing_opt_out"],
      entities={"name": "Karl Bergstrom", "postal_code": "54601"},
      note="shared family account, the account holder writes for the household; Reply-To is his own -> ack there"))
add(M("family-adult-son", "person:family", PHC, ("Dunn House", "dunnhouse@q.com"), "for my son",
      plain("I'm writing for my son Derek Dunn who has his own account with you (4450 8812 03). He doesn't want "
            "his information shared with other companies.\n\n- Marilyn"),
      client="yahoo", unclear=True, entities={"name": "Derek Dunn", "account": "4450 8812 03"},
      note="mother writes for an adult son who holds his own account: standing not shown -> unclear; entity is the son"))
add(M("family-spouse", "person:family", PHC, ("The Nguyens", "nguyenfamily2009@gmail.com"), "Catalog and our names",
      alt("Hello, I'm Linh, the account holder (acct 60-2281-9947). My husband and I both want off the catalog "
          "mailing list, and please don't share our names with anyone.\n\nLinh Nguyen\nAppleton, WI 54911"),
      reply_to=("Linh Nguyen", "linh.t.nguyen@gmail.com"), client="gmail",
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Linh Nguyen", "postal_code": "54911", "account": "60-2281-9947"},
      note="family address with Reply-To of the account holder, writing for her household: both opt-outs"))
add(M("family-child", "person:family", CC, ("Schmitt Family", "theschmitts@mchsi.com"), "Newsletter signup at fair",
      plain("Our daughter Emma (she's 12) signed up for your energy-saving e-newsletter at the county fair "
            "using our family email. Please take this address off that newsletter. The account is ours, "
            "Greg Schmitt, 50125.\n"),
      client="outlook-com", labels=["marketing_opt_out"],
      entities={"name": "Greg Schmitt", "postal_code": "50125"},
      note="account holder removes the household address from the newsletter his child signed up for: standing clear"))

# ---------------------------------------------------------------- library and senior-center computers
add(M("library-no-email", "person:public-pc", PHC, ("Marion Public Library", "patronpc@marionlib.org"),
      "Please stop the catalog",
      plain("My name is Harold Vick. I do not have my own email. Please stop sending me the catalog and the sale "
            "letters at 880 7th Ave, Marion IA 52302. Do not answer to this address, it belongs to the library.\n\n"
            "--\nSent from a public computer at Marion Public Library. This mailbox is not monitored."),
      client="library-webmail", labels=["marketing_opt_out"], ack_to=None,
      entities={"name": "Harold Vick", "postal_code": "52302"},
      note="library patron PC address, writer says not to answer there and has no e-mail -> ack null; marketing opt-out"))
add(M("senior-scribe", "person:public-pc", PHC, ("Activities Office", "activities@oakparkplace-wi.org"),
      "For Olga Pruitt",
      plain("Olga Pruitt dictated this to me; in her words:\n\n\"Please stop sending me the PowerHouse catalog, and "
            "do not sell or give my name to other companies. My account is 33017-4420.\"\n\n"
            "Typed by Carol, Activities, Oak Park Place"),
      client="outlook-com", labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Olga Pruitt", "account": "33017-4420"},
      note="staff types the resident's own dictated words: the request is hers (scribe, not proxy); ack to the office From"))
add(M("library-own-webmail", "person:public-pc", CC, ("Fern Whitaker", "fernw1949@yahoo.com"), "email list",
      plain("Writing from the library since my computer died. Take me off the email list for promotions.\n"
            "Fern Whitaker, 50158\n\n"
            "Sent from a public access computer at Marshalltown Public Library"),
      client="yahoo", labels=["marketing_opt_out"], entities={"name": "Fern Whitaker", "postal_code": "50158"},
      note="own Yahoo address on a library PC: the library footer is noise; promo e-mail opt-out, ack From"))
add(M("senior-center-q", "person:public-pc", CC, ("Fennimore Senior Center", "seniorcenter@fennimore.net"),
      "question from our members",
      plain("Hello, several of our members asked me today: does Alliant sell customers' names to other companies? "
            "And who do they call about it?\n\nJune, front desk"),
      client="outlook-com", labels=["question"], entities={"name": "June"},
      note="senior-center desk asks a general privacy question for members: no standing needed for a question"))
