"""The people who wrote to us in August 2027, in their own words. One dict per message.

Keys: spec (slug), cat (index category), lang, mailbox, at (sender's local send time), prog (clients.PROGRAMS key),
name/addr (From), subject (None = reply subject), body (the sender's new text only; the program adds its own
footer and quote), quote (what they answered), labels, unclear, ent, note, and optional: reply_to, ack (override
of the acknowledgement address: None = no acknowledgement), ui (quote language), isp (relay for ISP programs),
host (iPhone account), content_language, unsub_to."""
from outgoing import instance, ack

CC = "customercare"
PH = "powerhousecatalog"

# relay_host, relay_ip, dkim domain, selector, submission server
BT = ("sa-prd-rgout-004.btmx-prd.synchronoss.net", "52.210.54.33", "btinternet.com", "btmx201904",
      "sa-prd-rgout-004.btmx-prd.synchronoss.net")
CHARTER = ("mta-out-06.charter.net", "47.43.20.26", "charter.net", "20230401", "mta-out-06.charter.net")
MCHSI = ("smtp.mchsi.com", "12.218.17.82", "mchsi.com", "mc2019", "smtp.mchsi.com")
MWEB = ("smtp-out.mweb.co.za", "196.2.45.71", "mweb.co.za", "mweb2022", "smtp-out.mweb.co.za")
SINGNET = ("mailsnd.singnet.com.sg", "165.21.100.112", "singnet.com.sg", "sn2021", "mailsnd.singnet.com.sg")
VIDEOTRON = ("mailrelay.videotron.ca", "24.201.245.36", "videotron.ca", "vl2020", "mailrelay.videotron.ca")
BIGPOND = ("smtp.telstra.com", "203.38.21.60", "bigpond.com", "telstra", "mail.bigpond.com")
EIRCOM = ("smtp.eircom.net", "86.43.91.14", "eircom.net", "eir1", "smtp.eircom.net")

MKT = ["marketing_opt_out"]
SHARE = ["catalog_share_opt_out"]
BOTH = ["marketing_opt_out", "catalog_share_opt_out"]
Q = ["question"]
MKTQ = ["marketing_opt_out", "question"]
SHAREQ = ["catalog_share_opt_out", "question"]
BOTHQ = ["marketing_opt_out", "catalog_share_opt_out", "question"]

PEOPLE = [
    # ------------------------------------------------------------------------------------ Aug 1-2
    dict(spec="south-loretta-catalogs-and-emails", cat="marketing opt-out", lang="en-US (Southern)", mailbox=CC,
         at="2027-08-01 08:12:40 -0500", prog="aol_web", name="Loretta Pruitt", addr="lorettapruitt1946@aol.com",
         subject="Please take me off",
         body="Good morning,\n\n"
              "I'd appreciate it if y'all would take me off the list for the catalogs and the e-mail specials both. "
              "I moved up here to Cedar Rapids from Dothan, Alabama to be near my daughter and her young'uns and I am "
              "81 years old, I do not need one more thing in this house.\n\n"
              "Thank you kindly,\n"
              "Mrs. Loretta Pruitt\n"
              "1418 Mayfair Ct NE\n"
              "Cedar Rapids, IA 52402",
         labels=MKT, unclear=False, ent={"name": "Loretta Pruitt", "postal_code": "52402"},
         note="Southern idiom ('y'all', 'both'): stop catalogs and e-mail specials = marketing opt-out by mail and e-mail; "
              "name given without 'Mrs.'"),
    dict(spec="india-venkatesh-do-the-needful", cat="marketing opt-out", lang="en-IN", mailbox=CC,
         at="2027-08-02 07:55:03 -0500", prog="rediffmail_web", name="Venkatesh Raghunathan",
         addr="venkatesh.raghunathan@rediffmail.com", subject="Request for removal of name from mailing list",
         body="Respected Sir/Madam,\n\n"
              "I am an Alliant Energy customer at Fitchburg since March 2026. I am receiving promotional mailers from "
              "your side by post as well as e-mail, almost every week. Kindly do the needful and remove my name from all "
              "your promotional mailing lists.\n\n"
              "My account number is 4418 2290 37 for your reference.\n\n"
              "Thanks and regards,\n"
              "Venkatesh Raghunathan\n"
              "Fitchburg, WI",
         labels=MKT, unclear=False, ent={"name": "Venkatesh Raghunathan", "account": "4418 2290 37"},
         note="'Kindly do the needful and remove my name' is a plain marketing opt-out (post and e-mail); rediffmail "
              "sets Reply-To equal to From; account number with spaces kept as written"),
    dict(spec="aus-dave-not-for-me-tuneup", cat="marketing opt-out (reply to promo)", lang="en-AU", mailbox=CC,
         at="2027-08-02 11:20:17 -0500", prog="iphone_mail", host="isp", isp=BIGPOND, name="Dave Gillespie",
         addr="dave.gillespie@bigpond.com", subject=None, quote=instance("P0", 384120),
         body="Not for me thanks. Can you take me off the email list pls\n\nCheers\nDave",
         labels=MKT, unclear=False, ent={},
         note="Short Australian reply under the July tune-up promo asking off the e-mail list; first name only, so no "
              "name entity; the quoted footer (ZIP 53718) is ours"),
    # ------------------------------------------------------------------------------------ Aug 3 (P1 day)
    dict(spec="uk-tom-cheers-unsubscribe", cat="marketing opt-out (reply to promo)", lang="en-GB", mailbox=CC,
         at="2027-08-03 13:15:22 -0500", prog="iphone_mail", host="gmail", name="Tom Hadfield",
         addr="tom.hadfield84@gmail.com", subject=None, quote=instance("P1", 517733),
         body="No thanks \u2013 please unsubscribe me.\n\nCheers,\nTom",
         labels=MKT, unclear=False, ent={},
         note="British 'No thanks \u2013 please unsubscribe me. Cheers' under the thermostat promo: marketing opt-out; "
              "en dash and iOS narrow no-break space force UTF-8 QP"),
    dict(spec="spanglish-yesenia-stop-porfa", cat="marketing opt-out (reply to promo)", lang="es-en", mailbox=CC,
         at="2027-08-03 18:22:51 -0500", prog="iphone_mail", host="icloud", name="Yesenia Morales",
         addr="yesi.morales23@icloud.com", subject=None, quote=instance("P1", 602214),
         body="STOP porfa \U0001F64F",
         labels=MKT, unclear=False, ent={},
         note="'STOP porfa' under a promotion takes its meaning from the promo: marketing opt-out (LABELS: short replies)"),
    dict(spec="uk-geoffrey-cease-sending", cat="marketing opt-out", lang="en-GB", mailbox=CC,
         at="2027-08-03 21:05:09 -0500", prog="thunderbird", isp=BT, content_language="en-GB",
         client_rdns="static-67-53-201-14.tds.net", client_ip="67.53.201.14",
         name="Geoffrey Ashworth", addr="g.ashworth@btinternet.com", subject="Promotional e-mails",
         body="Dear Sir or Madam,\n\n"
              "Please cease sending me promotional e-mails. I have never, to my knowledge, asked to receive them, and "
              "I have now had three this summer about thermostats, LED bulbs and the like.\n\n"
              "I am perfectly content to receive my bills and any genuine service notices at this address; it is only "
              "the advertising I object to.\n\n"
              "Yours faithfully,\n\n"
              "Dr Geoffrey Ashworth\n"
              "Middleton, Wisconsin",
         labels=MKT, unclear=False, ent={"name": "Geoffrey Ashworth"},
         note="Formal British 'please cease sending' = marketing opt-out; keeping bills/service notices is the normal "
              "channel limit, not a question; title 'Dr' dropped from the name"),
    # ------------------------------------------------------------------------------------ Aug 4
    dict(spec="aave-marcus-bill-jumped", cat="opt-out + question", lang="en-US (AAVE)", mailbox=CC,
         at="2027-08-04 08:30:47 -0500", prog="gmail_android", name="Marcus Bell", addr="mbell.608@gmail.com",
         subject=None, quote=instance("P1", 133907),
         body="I dont need no thermostat, I need to know why my bill jumped $61 this month. Same house, same everything, "
              "I aint did nothing different. Acct 6093 1147 82.\n\n"
              "And take me off these promo emails please.\n\n"
              "Marcus",
         labels=MKTQ, unclear=False, ent={"account": "6093 1147 82"},
         note="Reply to the thermostat promo: billing complaint (question) plus 'take me off these promo emails' "
              "(marketing opt-out); first name only"),
    dict(spec="india-priya-having-one-query", cat="question", lang="en-IN", mailbox=CC,
         at="2027-08-04 10:10:33 -0500", prog="gmail_web", name="Priya Natarajan", addr="priya.natarajan.mn@gmail.com",
         subject="Query regarding privacy policy",
         body="Dear Team,\n\n"
              "I am having one query regarding your privacy policy. In the policy it is mentioned that the PowerHouse "
              "Catalog may share customer list with other catalog companies. I have purchased one LED lamp from the "
              "catalog in June. Whether my name and address is also shared? And if shared, with which companies it is "
              "given?\n\n"
              "Please revert at the earliest.\n\n"
              "Thanks and regards,\n"
              "Priya Natarajan",
         labels=Q, unclear=False, ent={"name": "Priya Natarajan"},
         note="Asks whether and with whom her name was shared; no request to stop sharing, so question only "
              "('please revert' = please reply)"),
    dict(spec="aave-keisha-never-signed-up", cat="both opt-outs", lang="en-US (AAVE)", mailbox=PH,
         at="2027-08-04 20:44:12 -0500", prog="iphone_mail", host="icloud", name="Keisha Lawson",
         addr="keishalawson@icloud.com", subject="Catalog",
         body="Hi,\n\n"
              "I been getting these PowerHouse catalogs for like a year now and I never signed up for nothing. Can y'all "
              "take me off the list please. And don't be giving my info out to other companies either, I already get "
              "enough junk mail as it is.\n\n"
              "Thank you,\n"
              "Keisha Lawson",
         labels=BOTH, unclear=False, ent={"name": "Keisha Lawson"},
         note="'Can y'all take me off the list' (request in question form) + 'don't be giving my info out' = both "
              "opt-outs"),
    # ------------------------------------------------------------------------------------ Aug 5
    dict(spec="india-anil-unsubscribe-mail-id", cat="both opt-outs", lang="en-IN", mailbox=CC,
         at="2027-08-05 09:12:26 -0500", prog="yahoo_android", name="Anil Kumar Sharma", addr="anil.k.sharma@yahoo.co.in",
         subject="Unsubscribe and data sharing",
         body="Hello,\n\n"
              "Please unsubscribe my mail id from your promotional mailers. Also I do not want my data to be shared with "
              "any third party, please note the same in your records.\n\n"
              "Regards,\n"
              "Anil Kumar Sharma\n"
              "Ph: 608-555-0142",
         labels=BOTH, unclear=False, ent={"name": "Anil Kumar Sharma"},
         note="'unsubscribe my mail id from your promotional mailers' + 'do not want my data shared with any third "
              "party' = both; phone number is not an account"),
    dict(spec="es-rosamaria-ya-no-promociones", cat="marketing opt-out", lang="es", mailbox=CC,
         at="2027-08-05 12:30:08 -0500", prog="gmail_web", name="Rosa María Delgado", addr="rosamdelgado@gmail.com",
         subject="Ya no quiero promociones",
         body="Buenas tardes,\n\n"
              "Ya no quiero recibir correos de promociones ni de ofertas. Por favor quítenme de la lista.\n\n"
              "Gracias.\n"
              "Rosa María Delgado",
         labels=MKT, unclear=False, ent={"name": "Rosa María Delgado"},
         note="Spanish: no more promotional e-mails or offers, take me off the list = marketing opt-out"),
    dict(spec="jm-andre-remove-under-bill", cat="unclear", lang="en-JM", mailbox=CC,
         at="2027-08-05 16:40:37 -0500", prog="samsung_email", name="Andre Campbell", addr="andre.campbell876@gmail.com",
         subject=None, quote=instance("S2", 771204, last4="4471", amount="$142.18"),
         body="remove me pls",
         labels=[], unclear=True, ent={},
         note="'remove me pls' under the monthly bill notice (a service message): LABELS short-reply rule makes it "
              "unclear, not a marketing opt-out"),
    # ------------------------------------------------------------------------------------ Aug 6
    dict(spec="india-suresh-please-revert-ack", cat="unclear (reply to our ack)", lang="en-IN", mailbox=CC,
         at="2027-08-06 09:20:14 -0500", prog="gmail_android", name="Suresh Balakrishnan",
         addr="suresh.balakrishnan82@gmail.com", subject=None,
         quote=ack("CC-2027-08-00071", "2027-08-03 14:12:09 -0500"),
         body="Please revert.",
         labels=[], unclear=True, ent={},
         note="'Please revert' (= please reply) under our acknowledgement; the quote does not say what he asked, so "
              "nobody can tell what answer he wants: unclear (reference to earlier mail)"),
    dict(spec="jm-claudette-catalogue-every-month", cat="marketing opt-out", lang="en-JM", mailbox=PH,
         at="2027-08-06 11:00:41 -0500", prog="outlook_web", name="Claudette Thompson-Reid",
         addr="claudette.thompsonreid@hotmail.com", subject="Remove from catalogue mailing list",
         body="Good morning,\n\n"
              "Please take me off the mailing list for the PowerHouse catalogue. I did not request it and I am not in "
              "need of anything from it at this time. It is coming every month now.\n\n"
              "Kind regards,\n"
              "Mrs. Claudette Thompson-Reid\n"
              "Dubuque, IA 52003",
         labels=MKT, unclear=False, ent={"name": "Claudette Thompson-Reid", "postal_code": "52003"},
         note="Jamaican English, stop the catalogue = marketing opt-out (not sharing); 'Mrs.' dropped, hyphenated "
              "surname kept"),
    # ------------------------------------------------------------------------------------ Aug 7
    dict(spec="sg-weikeong-can-or-not", cat="marketing opt-out", lang="en-SG", mailbox=CC,
         at="2027-08-07 10:15:02 -0500", prog="outlook_desktop", isp=SINGNET, content_language="en-sg",
         name="Lim Wei Keong", addr="wk.lim@singnet.com.sg", subject="Promo email",
         body="Hi,\n\n"
              "I keep receiving your promo email about thermostat, I want to stop the promo email, can or not?\n\n"
              "Thanks.\n"
              "Wei Keong",
         labels=MKT, unclear=False, ent={},
         note="'I want to stop the promo email, can or not?' is the request in question form: marketing opt-out only; "
              "'Wei Keong' is a given name without the surname, so no name entity"),
    dict(spec="spanglish-dany-catalogo-de-mi-mama", cat="unclear (for someone else)", lang="es-en", mailbox=PH,
         at="2027-08-07 15:00:19 -0500", prog="iphone_mail", host="gmail", name="Daniela Ramirez",
         addr="dany.ramirez.ia@gmail.com", subject="catalogo de mi mama",
         body="Hi, porfa ya no le manden el catalogo a mi mamá, Guadalupe Ramírez. Ella lo recibe every month and she "
              "doesn't even read English jaja. She never ordered nada, I think my brother put her name when he bought "
              "the fan.\n\n"
              "Gracias!\n"
              "Dany",
         labels=[], unclear=True, ent={"name": "Guadalupe Ramírez"},
         note="Clear wish but for her mother, and nothing shows she has standing: on-behalf rule makes it unclear; the "
              "entity is the mother's name"),
    # ------------------------------------------------------------------------------------ Aug 8
    dict(spec="appalachia-earlene-name-took-off", cat="both opt-outs", lang="en-US (Appalachian)", mailbox=PH,
         at="2027-08-08 14:00:55 -0500", prog="yahoo_web", name="Earlene Whitt", addr="earlenewhitt52@yahoo.com",
         subject="catalog",
         body="To who it may concern,\n\n"
              "I would like my name took off of your catalog list. I have got three of them since spring and I never "
              "ordered nothing out of it but one heater, back in 2025. And I don't want my name give out to them other "
              "catalog companies neither, I am getting catalogs now from outfits I never heard tell of.\n\n"
              "Thank you,\n"
              "Earlene Whitt\n"
              "Route 2 Box 118\n"
              "Maquoketa, IA 52060",
         labels=BOTH, unclear=False, ent={"name": "Earlene Whitt", "postal_code": "52060"},
         note="Appalachian grammar ('name took off', 'give out to them other catalog companies neither') but two "
              "clear requests: stop the catalog and don't share = both"),
    dict(spec="uk-ian-brilliant-thanks-ack", cat="thanks (reply to our ack)", lang="en-GB", mailbox=CC,
         at="2027-08-08 19:20:31 -0500", prog="gmail_web", name="Ian McAllister", addr="ian.mcallister.uk@gmail.com",
         subject=None, quote=ack("CC-2027-08-00142", "2027-08-08 18:51:40 -0500"),
         body="Brilliant, thanks very much.\n\nCheers,\nIan",
         labels=[], unclear=False, ent={}, ack=None,
         note="Thank-you under our acknowledgement, asks for nothing: no labels, not unclear, no acknowledgement "
              "(the quoted ack talks about opting out and sharing)"),
    # ------------------------------------------------------------------------------------ Aug 9
    dict(spec="ng-chukwuemeka-with-immediate-effect", cat="both opt-outs", lang="en-NG", mailbox=PH,
         at="2027-08-09 08:05:44 -0500", prog="yahoo_web", name="Chukwuemeka Obi", addr="chuks.obi@yahoo.com",
         subject="REQUEST TO REMOVE NAME FROM CATALOG MAILING LIST",
         body="Good day Sir/Ma,\n\n"
              "I write to kindly request that my name be removed from the PowerHouse catalog mailing list with "
              "immediate effect. I also do not want my name and address to be shared with any other catalog company.\n\n"
              "My customer number on the back of the catalog is 30917742.\n\n"
              "I will be most grateful for your prompt attention to this matter.\n\n"
              "Yours faithfully,\n"
              "Chukwuemeka Obi\n"
              "Coralville, Iowa",
         labels=BOTH, unclear=False, ent={"name": "Chukwuemeka Obi", "account": "30917742"},
         note="Nigerian formal letter style: remove from catalog list + don't share = both; catalog customer number "
              "from the label is an account"),
    dict(spec="fr-ca-genevieve-courriels", cat="marketing opt-out", lang="fr-CA/en", mailbox=CC,
         at="2027-08-09 09:40:27 -0500", prog="zimbra_web", isp=VIDEOTRON, name="Geneviève Tremblay",
         addr="genevieve.tremblay@videotron.ca", subject="Courriels promotionnels / Promotional emails",
         body="Bonjour,\n\n"
              "Je ne veux plus recevoir vos courriels promotionnels. Merci de retirer mon adresse de votre liste.\n\n"
              "(English: I don't want to receive your promotional emails anymore, please remove my address from your "
              "list. Sorry, my English is better in writing than on the phone!)\n\n"
              "Merci et bonne journée,\n"
              "Geneviève Tremblay",
         labels=MKT, unclear=False, ent={"name": "Geneviève Tremblay"},
         note="Quebec French with her own English gloss: no more promotional e-mails = marketing opt-out"),
    dict(spec="india-srinivas-catalogue-to-mother", cat="unclear (for someone else)", lang="en-IN", mailbox=PH,
         at="2027-08-09 13:00:16 -0500", prog="gmail_web", name="Srinivas Reddy", addr="srinivas.reddy.k@gmail.com",
         subject="Regarding catalogue to my mother",
         body="Hello Sir/Madam,\n\n"
              "My mother Smt. Kamala Devi Reddy is staying with us in Marion since last year and she is receiving your "
              "catalogue every month in her name. She has not ordered anything, she does not even know English "
              "properly. Kindly stop sending the catalogue to her.\n\n"
              "Our address is 2207 Belle Plaine Dr, Marion IA 52302.\n\n"
              "Thanks & Regards,\n"
              "Srinivas",
         labels=[], unclear=True, ent={"name": "Kamala Devi Reddy", "postal_code": "52302"},
         note="Son asks to stop the catalogue addressed to his mother; he does not say he holds the account, so "
              "standing is not clear: unclear; entity is the mother without 'Smt.'"),
    # ------------------------------------------------------------------------------------ Aug 10 (P2 day)
    dict(spec="aus-brendan-no-more-junk-mail-mate", cat="marketing opt-out (reply to promo)", lang="en-AU", mailbox=PH,
         at="2027-08-10 11:45:30 -0500", prog="gmail_android", name="Brendan O'Connell",
         addr="brendan.oconnell.au@gmail.com", subject=None, quote=instance("P2", 240518),
         body="No more junk mail thanks mate.\n\nBrendan",
         labels=MKT, unclear=False, ent={},
         note="Under the catalog e-mail: 'no more junk mail' = marketing opt-out; the quoted footer's sharing sentence "
              "is ours, so no sharing opt-out"),
    dict(spec="ph-marites-stop-catalog-po", cat="marketing opt-out", lang="en-PH/tl", mailbox=PH,
         at="2027-08-10 20:15:09 -0500", prog="yahoo_android", name="Marites Dela Cruz", addr="marites.dlcruz@yahoo.com",
         subject="Catalog",
         body="Hello po, pls stop sending me the catalog po, i dont need it na. Thank u! God bless",
         labels=MKT, unclear=False, ent={},
         note="Filipino English with 'po'/'na': stop the catalog = marketing opt-out; no surname in the text"),
    # ------------------------------------------------------------------------------------ Aug 11
    dict(spec="za-pieter-keep-yours-not-others", cat="catalog-sharing opt-out", lang="en-ZA", mailbox=PH,
         at="2027-08-11 07:30:02 -0500", prog="outlook_desktop", isp=MWEB, content_language="en-za",
         name="Pieter van der Merwe", addr="pvdmerwe@mweb.co.za", subject="Please don't share my details",
         body="Morning,\n\n"
              "I'm happy to keep getting the PowerHouse catalogue \u2013 we've actually ordered a few things from it since "
              "we moved to Sun Prairie. But please don't share my name and address with any other catalogue companies. "
              "Since our first order we've had a flood of catalogues from outfits we've never dealt with.\n\n"
              "Just to be clear: keep sending yours, just not all the others.\n\n"
              "Shot,\n"
              "Pieter van der Merwe\n"
              "Sun Prairie, WI 53590",
         labels=SHARE, unclear=False, ent={"name": "Pieter van der Merwe", "postal_code": "53590"},
         note="Keeps the catalog, refuses sharing: catalog_share_opt_out only (stopping his catalog would be wrong); "
              "'Shot' is South African for thanks"),
    dict(spec="scot-morag-wee-pile", cat="both opt-outs", lang="en-GB (Scottish)", mailbox=PH,
         at="2027-08-11 10:00:48 -0500", prog="outlook_web", content_language="en-GB", name="Morag Kinnear",
         addr="morag.kinnear@outlook.com", subject="Catalogue",
         body="Hello,\n\n"
              "Could you stop sending me the PowerHouse catalogue please. I've no use for it and it just goes straight "
              "in the recycling.\n\n"
              "And I'd rather my name wasn't passed on to any other firms either \u2013 I've had a wee pile of catalogues "
              "from companies I've never heard of since I first ordered from you.\n\n"
              "Thanks very much,\n"
              "Morag Kinnear\n"
              "Iowa City, 52240",
         labels=BOTH, unclear=False, ent={"name": "Morag Kinnear", "postal_code": "52240"},
         note="'Could you stop sending' (request as question) + 'I'd rather my name wasn't passed on' (understated "
              "British refusal) = both"),
    dict(spec="gy-savitri-information-sold", cat="sharing opt-out + question", lang="en-GY", mailbox=PH,
         at="2027-08-11 12:10:36 -0500", prog="yahoo_web", name="Savitri Persaud", addr="savitri.persaud@yahoo.com",
         subject="Information sold?",
         body="Good afternoon,\n\n"
              "I want to find out if my information was sold or given to other companies. Since I buy the heater from "
              "your catalogue last winter I am getting all kind of catalogues and mail in my name, even one with my name "
              "spelt the same wrong way as on your label.\n\n"
              "Please do not share my name and address again with anybody.\n\n"
              "Thank you,\n"
              "Savitri Persaud",
         labels=SHAREQ, unclear=False, ent={"name": "Savitri Persaud"},
         note="Guyanese English: asks whether her information was sold (question) and says don't share again "
              "(sharing opt-out); she does not ask to stop the catalog"),
    dict(spec="padutch-ruth-it-wonders-me", cat="both opt-outs", lang="en-US (Pennsylvania Dutch)", mailbox=PH,
         at="2027-08-11 14:20:05 -0500", prog="outlook_web", name="Ruth Hershberger", addr="ruth.hershberger@outlook.com",
         subject="catalogs",
         body="Hello,\n\n"
              "It wonders me why we get your catalog at all, we never ordered from it that I know of. Would you take us "
              "off your list once? We get too many catalogs as it is.\n\n"
              "And please don't be giving our name to the other catalog outfits either.\n\n"
              "Thank you,\n"
              "Ruth Hershberger\n"
              "Kalona, Iowa 52247",
         labels=BOTH, unclear=False, ent={"name": "Ruth Hershberger", "postal_code": "52247"},
         note="Pennsylvania Dutch English ('It wonders me', softening 'once'): take us off + don't give our name to other "
              "catalogs = both; 'It wonders me why' is not a question needing an answer"),
    dict(spec="uk-harriet-straight-into-recycling", cat="marketing opt-out", lang="en-GB", mailbox=PH,
         at="2027-08-11 16:00:21 -0500", prog="apple_mail_mac", name="Harriet Pennington-Lowe",
         addr="hpenningtonlowe@icloud.com", subject="Catalogue",
         body="Hello,\n\n"
              "I'd be grateful if you'd take me off your catalogue mailing list. It's very kindly meant, I'm sure, but it "
              "goes straight into the recycling, I'm afraid.\n\n"
              "The label reads: H PENNINGTON-LOWE, 3041 Zenith Ave S, Minneapolis MN 55416.\n\n"
              "Many thanks,\n"
              "Harriet",
         labels=MKT, unclear=False, ent={"postal_code": "55416"},
         note="Polite British 'I'd be grateful if you'd take me off' = marketing opt-out; the label gives an initial + "
              "surname and she signs with her first name, so no full name is extracted (only From has it); ZIP yes"),
    # ------------------------------------------------------------------------------------ Aug 12-13 (storms)
    dict(spec="es-jose-alto-under-outage", cat="unclear", lang="es", mailbox=CC,
         at="2027-08-12 19:05:40 -0500", prog="iphone_mail", host="gmail", ui="es", name="José García",
         addr="jgarcia.dbq@gmail.com", subject=None, sig="Enviado desde mi iPhone",
         quote=instance("S1", 905571, where="1207 Rhomberg Ave, Dubuque, IA"),
         body="ALTO",
         labels=[], unclear=True, ent={},
         note="'ALTO' (Spanish STOP) under an outage alert, a service message: unclear, never a marketing opt-out; "
              "the quoted alert names his street (not his words)"),
    dict(spec="aave-terrance-power-been-back", cat="unclear", lang="en-US (AAVE)", mailbox=CC,
         at="2027-08-13 07:12:18 -0500", prog="gmail_android", name="Terrance Williams", addr="tdwilliams319@gmail.com",
         subject=None, quote=instance("S1b", 118862, where="1840 Ellis Blvd NW, Cedar Rapids"),
         body="Power been back on since last night. Y'all can stop sending these now lol",
         labels=[], unclear=True, ent={},
         note="'Y'all can stop sending these' refers to the outage updates (service messages), not marketing: "
              "unclear under the short-reply rule"),
    dict(spec="nz-aroha-have-you-passed-my-name", cat="sharing opt-out + question", lang="en-NZ", mailbox=PH,
         at="2027-08-13 09:00:12 -0500", prog="gmail_web", name="Aroha Tipene", addr="aroha.tipene@gmail.com",
         subject="Have you passed my name on?",
         body="Kia ora,\n\n"
              "Since I ordered a dehumidifier from PowerHouse back in May I've had heaps of catalogues turn up from "
              "companies I've never heard of \u2013 outdoor gear, garden stuff, even one for orthopaedic shoes. Have you "
              "passed my name on to them?\n\n"
              "If so, please don't do it again. I'm happy enough to get your catalogue, just not everyone else's.\n\n"
              "Ngā mihi,\n"
              "Aroha Tipene\n"
              "Decorah, IA 52101",
         labels=SHAREQ, unclear=False, ent={"name": "Aroha Tipene", "postal_code": "52101"},
         note="New Zealand English with te reo greetings: asks whether her name was passed on (question) + 'don't do it "
              "again' while keeping the catalog = sharing opt-out + question, no marketing opt-out"),
    dict(spec="fr-ca-luc-dont-want-that-you-give", cat="catalog-sharing opt-out", lang="en (Quebec French speaker)",
         mailbox=PH, at="2027-08-13 13:30:57 -0500", prog="outlook_web", name="Luc Bergeron",
         addr="luc.bergeron@hotmail.com", subject="My name",
         body="Allo,\n\n"
              "I am receiving your catalog at my new address in Dubuque since the spring and it's correct, I like it. But "
              "I don't want that you give my name or my address to other compagnies. Please note this in my file.\n\n"
              "Merci beaucoup,\n"
              "Luc Bergeron\n"
              "Dubuque 52001",
         labels=SHARE, unclear=False, ent={"name": "Luc Bergeron", "postal_code": "52001"},
         note="French-speaker's English ('I don't want that you give my name'): keep the catalog, don't share = "
              "catalog_share_opt_out only; 'my new address' is not a change-of-address request"),
    # ------------------------------------------------------------------------------------ Aug 14
    dict(spec="wi-ostrowski-lake-place", cat="marketing opt-out (one address)", lang="en-US (Wisconsin)", mailbox=PH,
         at="2027-08-14 10:30:44 -0500", prog="thunderbird", isp=CHARTER,
         client_rdns="syn-071-088-213-040.res.spectrum.com", client_ip="71.88.213.40",
         name="Gary Ostrowski", addr="gdostrowski@charter.net", subject="Catalog coming to the lake place",
         body="Hi there,\n\n"
              "We got another PowerHouse catalog up at the cabin this week, addressed to us at N8412 Birch Point Rd, "
              "Minocqua WI 54548. Could you stop sending it up there? Nobody's there to get the mail most of the year "
              "and it just piles up in the box.\n\n"
              "Keep sending it to our home address in Waukesha though, Deb likes to look through it.\n\n"
              "Thanks,\n"
              "Gary and Deb Ostrowski",
         labels=MKT, unclear=False, ent={"name": "Gary and Deb Ostrowski", "postal_code": "54548"},
         note="Stop the catalog at the cabin only, keep it at home: marketing opt-out limited to one address (channel "
              "limits are kept; the record says which address); joint name and the cabin ZIP the request is about"),
    dict(spec="ph-jocelyn-tanong-lang-po", cat="sharing opt-out + question", lang="tl-en (Taglish)", mailbox=PH,
         at="2027-08-14 22:10:03 -0500", prog="gmail_android", name="Jocelyn Dimaculangan",
         addr="jocelyn.dimaculangan@gmail.com", subject="tanong lang po",
         body="Good eve po. Ask ko lang po if yung name and address ko is being shared sa ibang companies? Kasi ang dami "
              "ko na narereceive na catalogs from different stores since nag order ako ng fan sa inyo last June. If yes "
              "po, pls don't share na po my info. Thank you po!\n\n"
              "Jocelyn Dimaculangan",
         labels=SHAREQ, unclear=False, ent={"name": "Jocelyn Dimaculangan"},
         note="Taglish: asks if her name is shared (question) and 'pls don't share na po my info' (sharing opt-out)"),
    # ------------------------------------------------------------------------------------ Aug 15
    dict(spec="pr-wilfredo-ni-por-email-ni-por-correo", cat="marketing opt-out", lang="es (Puerto Rico)", mailbox=CC,
         at="2027-08-15 16:00:29 -0500", prog="gmail_web", name="Wilfredo Santiago Rivera",
         addr="wsantiago.rivera@gmail.com", subject="Favor de no enviar más promociones",
         body="Saludos,\n\n"
              "Favor de no enviarme más promociones, ni por email ni por correo regular. Soy cliente de Alliant desde "
              "que me mudé a Janesville, la cuenta es 5512 0938 44.\n\n"
              "Bendiciones,\n"
              "Wilfredo Santiago Rivera",
         labels=MKT, unclear=False, ent={"name": "Wilfredo Santiago Rivera", "account": "5512 0938 44"},
         note="Puerto Rican Spanish 'favor de no enviarme más promociones' by e-mail and post = marketing opt-out"),
    dict(spec="ie-siobhan-would-you-ever", cat="marketing opt-out", lang="en-IE", mailbox=PH,
         at="2027-08-15 20:00:38 -0500", prog="gmail_web", name="Siobhán Ní Bhriain", addr="siobhan.nibhriain@gmail.com",
         subject="Catalogue",
         body="Hi there,\n\n"
              "I'm after getting another one of your catalogues in the post today \u2013 that's the third since June. "
              "Would you ever take me off the list? I've no interest in space heaters, sure we're only in the apartment "
              "a wet week.\n\n"
              "Thanks a million,\n"
              "Siobhán Ní Bhriain\n"
              "Madison 53703",
         labels=MKT, unclear=False, ent={"name": "Siobhán Ní Bhriain", "postal_code": "53703"},
         note="Irish 'Would you ever take me off the list?' is a polite request, not a question; 'I'm after getting' = "
              "I have just got; RFC 2047 From name, accented entity"),
    # ------------------------------------------------------------------------------------ Aug 16
    dict(spec="india-krishnan-father-in-law-expired", cat="unclear (for someone else)", lang="en-IN", mailbox=PH,
         at="2027-08-16 08:45:10 -0500", prog="gmail_web", name="Krishnan Venkatraman", addr="k.venkatraman@gmail.com",
         subject="Stop catalogue - deceased",
         body="Dear Sir/Madam,\n\n"
              "My father-in-law Shri Ramaswamy Iyer, who was staying with us in Ankeny, is expired in March this year. "
              "Still the PowerHouse catalogue is coming in his name every month. Kindly do the needful and stop sending "
              "the same.\n\n"
              "Thanks and regards,\n"
              "Krishnan Venkatraman",
         labels=[], unclear=True, ent={"name": "Ramaswamy Iyer"},
         note="'is expired' = has died: stop the catalogue for a deceased father-in-law; the writer states no standing "
              "(not executor or account holder), so unclear for review; entity is the deceased without 'Shri'"),
    dict(spec="ng-adebisi-executor-late-father", cat="both opt-outs (executor)", lang="en-NG", mailbox=CC,
         at="2027-08-16 10:20:52 -0500", prog="outlook_web", content_language="en-GB", name="Adebisi Adeyemi",
         addr="bisi.adeyemi@outlook.com", subject="Estate of late Emmanuel Adeyemi - mailing lists",
         body="Good morning,\n\n"
              "I am the executor of the estate of my late father, Chief Emmanuel Adeyemi, who passed on in April. He was "
              "an Alliant Energy customer at 915 Oakland Rd NE, Cedar Rapids, IA 52403, and the account has since been "
              "closed by the estate.\n\n"
              "Kindly remove his name from all your mailing lists, including the PowerHouse catalog, and please do not "
              "pass his name or address to any other company.\n\n"
              "Thank you for your understanding.\n\n"
              "Yours faithfully,\n"
              "Adebisi Adeyemi (Mrs.)\n"
              "Executor",
         labels=BOTH, unclear=False, ent={"name": "Emmanuel Adeyemi", "postal_code": "52403"},
         note="On behalf of a deceased customer, but she states she is the executor, which is clear standing: both "
              "opt-outs; entities are the father's ('Chief' dropped) and his ZIP"),
    dict(spec="ie-declan-do-ye-share", cat="question", lang="en-IE", mailbox=CC,
         at="2027-08-16 12:00:06 -0500", prog="iphone_mail", host="isp", isp=EIRCOM, name="Declan Moriarty",
         addr="declan.moriarty@eircom.net", subject="Sharing of details",
         body="Hi,\n\n"
              "Quick question. Do ye share customers' details with other companies, and if so which ones? I'm with "
              "Alliant since I moved over to Dubuque and I'd like to know where my details are going before I sign up "
              "for the paperless billing.\n\n"
              "Thanks,\n"
              "Declan Moriarty",
         labels=Q, unclear=False, ent={"name": "Declan Moriarty"},
         note="Irish 'ye' (you plural): asks whether and with whom details are shared; no opt-out asked = question"),
    dict(spec="india-deepa-also-ensure-ack-reply", cat="catalog-sharing opt-out (reply to our ack)", lang="en-IN",
         mailbox=CC, at="2027-08-16 17:30:25 -0500", prog="outlook_web", content_language="en-IN",
         name="Deepa Srinivasan", addr="deepa.srinivasan@outlook.com", subject=None,
         quote=ack("CC-2027-08-00287", "2027-08-16 09:12:44 -0500"),
         body="Hi,\n\n"
              "Thanks for the acknowledgement. Kindly also ensure that my name and address are not shared with other "
              "catalogue companies, as I am getting many catalogues from other companies nowadays.\n\n"
              "Regards,\n"
              "Deepa Srinivasan",
         labels=SHARE, unclear=False, ent={"name": "Deepa Srinivasan"},
         note="Reply to our acknowledgement that adds a new, explicit request (don't share): a human sharing opt-out, "
              "not a thank-you; the quoted ack's opt-out wording is not hers"),
    # ------------------------------------------------------------------------------------ Aug 17 (P3 day)
    dict(spec="tt-ravi-i-does-get-it-two-times", cat="marketing opt-out (reply to newsletter)", lang="en-TT",
         mailbox=CC, at="2027-08-17 11:00:14 -0500", prog="gmail_web", name="Ravi Ramdass",
         addr="ravi.ramdass.tt@gmail.com", subject=None, quote=instance("P3", 330917),
         body="Good day,\n\n"
              "Please take me off this newsletter. I does get it two times, once here and once on my work email, and I "
              "does read the same thing on the website anyway.\n\n"
              "Thanks,\n"
              "Ravi",
         labels=MKT, unclear=False, ent={},
         note="Trinidadian habitual 'does': take me off this newsletter = marketing opt-out for this address (the work "
              "address is not given)"),
    dict(spec="south-wendell-maam-newsletter", cat="marketing opt-out (reply to newsletter)", lang="en-US (Southern)",
         mailbox=CC, at="2027-08-17 13:40:09 -0500", prog="yahoo_ios", name="Wendell Tate", addr="wtate1950@yahoo.com",
         subject=None, quote=instance("P3", 331442),
         body="Unsubscribe me from this please ma'am. Thank you",
         labels=MKT, unclear=False, ent={},
         note="Unsubscribe under the newsletter, with a Southern 'ma'am': marketing opt-out"),
    # ------------------------------------------------------------------------------------ Aug 18
    dict(spec="ng-funmilayo-how-do-i-stop", cat="question", lang="en-NG", mailbox=PH,
         at="2027-08-18 09:00:33 -0500", prog="gmail_web", name="Funmilayo Adebayo-Okon", addr="funmi.adebayo@gmail.com",
         subject="Enquiry",
         body="Good morning,\n\n"
              "Please I want to ask, how do I stop the catalog from coming to my house? Is there a form I need to fill or "
              "a number I should call? I don't want to do the wrong thing.\n\n"
              "Thank you.\n"
              "Funmilayo Adebayo-Okon",
         labels=Q, unclear=False, ent={"name": "Funmilayo Adebayo-Okon"},
         note="Nigerian 'Please I want to ask': a question about how to stop the catalog, not yet the request "
              "(LABELS: how-to questions are questions only)"),
    dict(spec="es-jorgeluis-si-quiero-el-catalogo", cat="catalog-sharing opt-out", lang="es", mailbox=PH,
         at="2027-08-18 10:30:50 -0500", prog="outlook_web", content_language="es-MX", name="Jorge Luis Cárdenas",
         addr="jlcardenas@hotmail.com", subject="No compartir mi nombre",
         body="Buenos días,\n\n"
              "No quiero que compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero seguir "
              "recibiendo el catálogo de PowerHouse, me gusta mucho.\n\n"
              "Atentamente,\n"
              "Jorge Luis Cárdenas\n"
              "Burlington, IA 52601",
         labels=SHARE, unclear=False, ent={"name": "Jorge Luis Cárdenas", "postal_code": "52601"},
         note="Spanish: don't share my name, yes keep the catalog = catalog_share_opt_out only"),
    dict(spec="uk-fiona-u-turn-back-on", cat="question (opt back in)", lang="en-GB", mailbox=PH,
         at="2027-08-18 14:00:17 -0500", prog="gmail_web", name="Fiona Harcourt", addr="fi.harcourt@gmail.com",
         subject="Back on the catalogue list, please",
         body="Hello,\n\n"
              "Bit of a U-turn, sorry. I unsubscribed from everything in the spring, but I've just seen a neighbour's "
              "copy of the autumn catalogue and I'd actually quite like to get it again. Could you put me back on the "
              "list for the paper catalogue? Not the emails, mind \u2013 those can stay off.\n\n"
              "Address as before: 618 Hawthorn Lane, Mount Vernon, IA 52314.\n\n"
              "Many thanks,\n"
              "Fiona Harcourt",
         labels=Q, unclear=False, ent={"name": "Fiona Harcourt", "postal_code": "52314"},
         note="Opting back in to the paper catalogue is a question; 'those can stay off' keeps an old e-mail removal "
              "and is not a new opt-out (LABELS: opting back in)"),
    # ------------------------------------------------------------------------------------ Aug 19
    dict(spec="gh-akosua-no-more-interested", cat="marketing opt-out", lang="en-GH", mailbox=CC,
         at="2027-08-19 08:10:26 -0500", prog="outlook_web", name="Akosua Mensah-Bonsu",
         addr="akosua.mensahbonsu@outlook.com", subject="Unsubscribe",
         body="Hello,\n\n"
              "Please I am no more interested in receiving your promotional emails. Kindly unsubscribe me from all of "
              "them.\n\n"
              "Thank you.\n\n"
              "Akosua Mensah-Bonsu\n"
              "Platteville, WI 53818",
         labels=MKT, unclear=False, ent={"name": "Akosua Mensah-Bonsu", "postal_code": "53818"},
         note="Ghanaian 'Please I am no more interested ... kindly unsubscribe me' = marketing opt-out"),
    dict(spec="es-martha-como-le-hago", cat="question", lang="es", mailbox=PH,
         at="2027-08-19 11:30:04 -0500", prog="yahoo_android", name="Martha Rodríguez", addr="mrodriguez_hdz@yahoo.com",
         subject="pregunta",
         body="Hola buenas, ¿cómo le hago para que ya no me llegue el catálogo? ¿Tengo que llamar o con este correo es "
              "suficiente?\n\n"
              "Gracias",
         labels=Q, unclear=False, ent={},
         note="Spanish: asks how to stop the catalog and whether this e-mail is enough; a how-to question, not yet an "
              "explicit request (LABELS: how-to = question only)"),
    dict(spec="za-lerato-copy-of-my-information", cat="question (data access)", lang="en-ZA", mailbox=CC,
         at="2027-08-19 13:00:39 -0500", prog="gmail_web", name="Lerato Dlamini", addr="lerato.dlamini.za@gmail.com",
         subject="Request for a copy of my personal information",
         body="Good day,\n\n"
              "Could you please send me a copy of the personal information Alliant Energy holds about me? I'd like to "
              "see what you have on file, including anything you've received from or given to third parties. My account "
              "number is 2208 5531 90.\n\n"
              "I look forward to hearing from you.\n\n"
              "Kind regards,\n"
              "Lerato Dlamini",
         labels=Q, unclear=False, ent={"name": "Lerato Dlamini", "account": "2208 5531 90"},
         note="Data access request (a copy of her data) = clear question; mentioning third parties is not a sharing "
              "opt-out"),
    # ------------------------------------------------------------------------------------ Aug 20
    dict(spec="sg-joanne-still-get-bill", cat="question", lang="en-SG", mailbox=CC,
         at="2027-08-20 06:50:45 -0500", prog="iphone_mail", host="gmail", name="Joanne Tan", addr="joanne.tan.sg@gmail.com",
         subject="Question on opt out",
         body="Hi, just to check, if I opt out of the promo emails will I still get my bill by email? Don't want to miss "
              "the bill. Thanks!\n\nJoanne",
         labels=Q, unclear=False, ent={},
         note="Conditional 'if I opt out ... will I still get my bill': a question about the effect of opting out, not "
              "an opt-out"),
    dict(spec="ph-rheamae-unsub-and-moved", cat="opt-out + question", lang="en-PH", mailbox=CC,
         at="2027-08-20 12:00:58 -0500", prog="gmail_android", name="Rhea Mae Villanueva",
         addr="rheamae.villanueva@gmail.com", subject="Unsubscribe + address change",
         body="Hi good day po!\n\n"
              "Pls unsubscribe me from ur promo emails. Also pls update my address, I moved from Mason City to Albert Lea "
              "MN last month. New address is 1120 Bridge Ave Apt 4, Albert Lea MN 56007. Acct # 7720-441-09.\n\n"
              "Thank you po, God bless!\n"
              "Rhea Mae Villanueva, RN",
         labels=MKTQ, unclear=False, ent={"name": "Rhea Mae Villanueva", "postal_code": "56007", "account": "7720-441-09"},
         note="Filipino nurse: unsubscribe from promo e-mails (opt-out) + change of address (question); 'RN' dropped, "
              "new ZIP is her address"),
    dict(spec="india-mohan-as-i-told-last-week", cat="unclear", lang="en-IN", mailbox=CC,
         at="2027-08-20 16:30:21 -0500", prog="gmail_web", name="Mohan Kulkarni", addr="mohan.kulkarni1975@gmail.com",
         subject="Reminder",
         body="Dear Sir/Madam,\n\n"
              "As I told you people last week also, kindly do the needful at the earliest. It is very much "
              "inconvenient.\n\n"
              "Regards,\n"
              "Mohan Kulkarni",
         labels=[], unclear=True, ent={"name": "Mohan Kulkarni"},
         note="'Kindly do the needful' with only a reference to last week's mail: nothing says what the needful is; "
              "unclear (reference to earlier mail)"),
    # ------------------------------------------------------------------------------------ Aug 21
    dict(spec="spanglish-karla-venden-my-info", cat="sharing opt-out + question", lang="es-en", mailbox=PH,
         at="2027-08-21 15:20:12 -0500", prog="outlook_web", name="Karla Vega", addr="karla.m.vega@hotmail.com",
         subject="my info??",
         body="Hello, quería saber si ustedes venden my info a otras compañías?? porque desde que compré el space heater "
              "me llegan un montón de catálogos de otras stores. Si es así, please no la compartan más.\n\n"
              "Thanks,\n"
              "Karla Vega",
         labels=SHAREQ, unclear=False, ent={"name": "Karla Vega"},
         note="Spanglish: do you sell my info? (question) + if so please stop sharing it (sharing opt-out)"),
    # ------------------------------------------------------------------------------------ Aug 22
    dict(spec="za-nadia-i-live-in-cape-town", cat="opt-out + question", lang="en-ZA", mailbox=CC,
         at="2027-08-22 15:00:03 +0200", prog="gmail_web", name="Nadia Abrahams", addr="nadiaabrahams@gmail.com",
         subject=None, quote=instance("P3", 349011),
         body="Hi there,\n\n"
              "Why am I getting your emails? I've never been an Alliant Energy customer \u2013 I live in Cape Town! "
              "Somebody must have typed my address wrong. Please take me off your list and let me know how you got my "
              "email address.\n\n"
              "Thanks,\n"
              "Nadia Abrahams\n"
              "Cape Town, South Africa",
         labels=MKTQ, unclear=False, ent={"name": "Nadia Abrahams"},
         note="Not a customer, writes from South Africa under the newsletter: take me off (opt-out) + how did you get my "
              "address (question)"),
    # ------------------------------------------------------------------------------------ Aug 23
    dict(spec="sg-cheekiat-wife-also", cat="unclear (for someone else)", lang="en-SG", mailbox=PH,
         at="2027-08-23 08:40:16 -0500", prog="outlook_desktop", isp=SINGNET, content_language="en-sg",
         name="Tan Chee Kiat", addr="ck.tan@singnet.com.sg", subject="Catalogue for my wife",
         body="Hi,\n\n"
              "My wife also receiving your catalogue, she don't want it. Pls remove her also. Her name is Tan Mei Ling, "
              "same address as me.\n\n"
              "Thanks & regards,\n"
              "Chee Kiat",
         labels=[], unclear=True, ent={"name": "Tan Mei Ling"},
         note="Singapore English; asks to stop the catalogue for his wife, with no sign he holds the account and "
              "'same address as me' unstated: on behalf of a spouse = unclear; entity is the wife"),
    dict(spec="uk-hollingsworth-should-be-obliged", cat="catalog-sharing opt-out", lang="en-GB", mailbox=PH,
         at="2027-08-23 10:00:27 -0500", prog="apple_mail_mac", name="Richard Hollingsworth", addr="rjhollingsworth@me.com",
         subject="PowerHouse Catalogue - Customer No. PH-2290417",
         body="Dear Sir or Madam,\n\n"
              "Re: PowerHouse Catalogue, Customer No. PH-2290417\n\n"
              "I should be obliged if you would refrain from passing my name and address to any third party, catalogue "
              "company or otherwise. I am content to continue receiving your own catalogue.\n\n"
              "I should be grateful for written confirmation that this has been done.\n\n"
              "Yours faithfully,\n\n"
              "Richard J. Hollingsworth\n"
              "Cedar Falls, Iowa 50613",
         labels=SHARE, unclear=False, ent={"name": "Richard J. Hollingsworth", "postal_code": "50613",
                                           "account": "PH-2290417"},
         note="'I should be obliged if you would refrain from passing my name' = sharing opt-out, keeps the catalogue; "
              "a request for written confirmation is what the acknowledgement/record gives, not a separate question"),
    dict(spec="es-consuelo-que-datos-tienen", cat="question (data access)", lang="es", mailbox=CC,
         at="2027-08-23 11:15:33 -0500", prog="yahoo_web", name="Consuelo Ibarra", addr="consuelo.ibarra@yahoo.com",
         subject="Mis datos personales",
         body="Buenos días,\n\n"
              "Quisiera saber qué datos personales tienen ustedes de mí y si se los dan a otras empresas. Mi cuenta de luz "
              "está a mi nombre desde 2024.\n\n"
              "Muchas gracias,\n"
              "Consuelo Ibarra Montes\n"
              "West Liberty, Iowa",
         labels=Q, unclear=False, ent={"name": "Consuelo Ibarra Montes"},
         note="Spanish: what personal data do you hold and do you give it to others = question (access + sharing "
              "question), no opt-out; name with both surnames as she signed"),
    dict(spec="gh-kwame-god-bless-ack", cat="thanks (reply to our ack)", lang="en-GH", mailbox=CC,
         at="2027-08-23 12:30:40 -0500", prog="gmail_android", name="Kwame Asante", addr="kwame.asante.gh@gmail.com",
         subject=None, quote=ack("CC-2027-08-00391", "2027-08-23 11:02:15 -0500"),
         body="Thank you very much. God bless you.",
         labels=[], unclear=False, ent={}, ack=None,
         note="Thanks under our acknowledgement, nothing asked: no labels, no acknowledgement"),
    # ------------------------------------------------------------------------------------ Aug 24 (P4 day)
    dict(spec="es-ramon-no-gracias-borrenme", cat="marketing opt-out (reply to promo)", lang="es", mailbox=CC,
         at="2027-08-24 12:00:11 -0500", prog="gmail_android", ui="es", name="Ramón Escobedo",
         addr="ramon.escobedo.mx@gmail.com", subject=None, quote=instance("P4", 712390),
         body="No gracias, bórrenme de esta lista por favor.",
         labels=MKT, unclear=False, ent={},
         note="Spanish reply to the bilingual assessment promo: 'bórrenme de esta lista' = marketing opt-out"),
    dict(spec="gt-analucia-titular-de-la-cuenta", cat="marketing opt-out (household)", lang="es (Guatemala)",
         mailbox=CC, at="2027-08-24 18:00:49 -0500", prog="gmail_web", name="Ana Lucía Chávez",
         addr="analucia.chavez@gmail.com", subject="Ya no publicidad por favor",
         body="Buenas tardes,\n\n"
              "Soy la titular de la cuenta de luz y gas de nuestra casa en Postville, cuenta número 3370 4481 06. Les pido "
              "de favor que ya no manden publicidad ni promociones a nuestra casa, ni a mi nombre ni al de mi esposo ni al "
              "de mis hijos. Nos llegan muchas cosas y no las usamos.\n\n"
              "Que Dios les bendiga,\n"
              "Ana Lucía Chávez de León",
         labels=MKT, unclear=False, ent={"name": "Ana Lucía Chávez de León", "account": "3370 4481 06"},
         note="Account holder asks for no advertising to the whole household (herself, husband, children): the "
              "household exception gives her standing, so a clear marketing opt-out"),
    # ------------------------------------------------------------------------------------ Aug 25
    dict(spec="gh-abena-please-stop-no-object", cat="unclear", lang="en", mailbox=CC,
         at="2027-08-25 07:00:13 -0500", prog="outlook_android", name="Abena Owusu", addr="abena.owusu@outlook.com",
         subject="",
         body="Please stop.\n\nThank you.",
         labels=[], unclear=True, ent={},
         note="Fresh message, empty subject, 'Please stop.' with nothing that says what: unclear (no object, no context)"),
    dict(spec="gh-kofi-relocated-dont-share", cat="sharing opt-out + question", lang="en-GH", mailbox=PH,
         at="2027-08-25 09:30:37 -0500", prog="yahoo_web", name="Kofi Boateng", addr="kofi.boateng@yahoo.com",
         subject="Change of address",
         body="Good morning,\n\n"
              "Please kindly update my address on your catalogue list. I have relocated from Cedar Rapids to Des Moines. "
              "The new address is 4410 SE 14th St, Apt 207, Des Moines, IA 50315.\n\n"
              "Also please I don't want my name to be shared with other companies.\n\n"
              "Thank you and God bless.\n"
              "Kofi Boateng",
         labels=SHAREQ, unclear=False, ent={"name": "Kofi Boateng", "postal_code": "50315"},
         note="Change of address (question; he wants to keep the catalogue) + don't share my name (sharing opt-out)"),
    dict(spec="es-esperanza-sigue-llegando", cat="opt-out + question (complaint)", lang="es", mailbox=PH,
         at="2027-08-25 13:00:02 -0500", prog="gmail_web", name="Esperanza Villalobos",
         addr="esperanza.villalobos@gmail.com", subject="¡Sigue llegando el catálogo!",
         body="Buenas tardes,\n\n"
              "¿Por qué me siguen llegando los catálogos si desde junio pedí que me quitaran de la lista? Hoy llegó otro. "
              "Por favor ya no me lo manden.\n\n"
              "Esperanza Villalobos\n"
              "Muscatine, IA 52761",
         labels=MKTQ, unclear=False, ent={"name": "Esperanza Villalobos", "postal_code": "52761"},
         note="Complaint that catalogs still come after a June request (question) and a fresh, explicit 'ya no me lo "
              "manden' (marketing opt-out); the earlier request is referenced but this one names the object"),
    # ------------------------------------------------------------------------------------ Aug 26
    dict(spec="ia-darlene-budget-billing", cat="opt-out + question", lang="en-US (Iowa)", mailbox=CC,
         at="2027-08-26 07:15:28 -0500", prog="apple_mail_mac", isp=MCHSI, name="Darlene Hoffmeyer",
         addr="dhoffmeyer@mchsi.com", subject="Promotional mail & budget billing question",
         body="Good morning,\n\n"
              "Would you please take us off the list for the promotional mailings? We get something from you about every "
              "other week \u2013 thermostats, solar, the home assessment \u2013 and we just don't have a use for any of "
              "it out here.\n\n"
              "While I have you, I do have a question. We'd like to go on budget billing for the house before winter. Is "
              "that something I can sign up for by e-mail, or do I need to call? The account is in both our names.\n\n"
              "Thanks so much,\n"
              "Darlene Hoffmeyer\n"
              "2861 180th St\n"
              "Monticello, IA 52310",
         labels=MKTQ, unclear=False, ent={"name": "Darlene Hoffmeyer", "postal_code": "52310"},
         note="Iowa farm household: 'take us off the list for the promotional mailings' (she is a joint account "
              "holder) + budget billing question = both"),
    dict(spec="aave-bernice-blessed-day", cat="marketing opt-out", lang="en-US (AAVE, older)", mailbox=PH,
         at="2027-08-29 19:00:55 -0500", prog="iphone_mail", host="gmail", device="iPad", sig="Sent from my iPad",
         name="Bernice Holloway", addr="bholloway1949@gmail.com", subject="Catalog mailing list",
         body="Good evening,\n\n"
              "I am writing to ask that you please remove my name from your catalog mailing list. I have been an Alliant "
              "customer going on 20 years and I pay my bill on time every month, but I do not need all of this mail "
              "coming to the house. My grandson does my ordering on the computer now anyway.\n\n"
              "Thank you and have a blessed day.\n\n"
              "Mrs. Bernice Holloway\n"
              "Waterloo, Iowa 50703",
         labels=MKT, unclear=False, ent={"name": "Bernice Holloway", "postal_code": "50703"},
         note="Formal churchgoing register: remove my name from the catalog mailing list = marketing opt-out (not "
              "sharing)"),
    # ------------------------------------------------------------------------------------ Aug 27-31
    dict(spec="do-yokasta-gracias-ack", cat="thanks (reply to our ack)", lang="es (Dominican)", mailbox=CC,
         at="2027-08-27 10:00:21 -0500", prog="outlook_web", ui="es", content_language="es-US",
         name="Yokasta Pérez", addr="yokasta.perez@hotmail.com", subject=None,
         quote=ack("CC-2027-08-00468", "2027-08-27 08:40:03 -0500"),
         body="Muchas gracias por la pronta respuesta. Dios le bendiga.\n\nYokasta",
         labels=[], unclear=False, ent={}, ack=None,
         note="Spanish thank-you under our acknowledgement; asks for nothing: no labels, no acknowledgement"),
    dict(spec="appalachia-hollis-did-you-all-give", cat="question", lang="en-US (Appalachian)", mailbox=PH,
         at="2027-08-28 10:00:42 -0500", prog="aol_web", name="Hollis Caudill", addr="hollis.caudill@aol.com",
         subject="catalogs",
         body="Hello,\n\n"
              "I have been getting catalogs from outfits I never done business with, a tool company, a seed company and "
              "I don't know what all. Only place I ever ordered from was you all, last fall. Did you all give my name out "
              "to them? I would like to know.\n\n"
              "Hollis Caudill\n"
              "Dubuque County",
         labels=Q, unclear=False, ent={"name": "Hollis Caudill"},
         note="Asks whether his name was given out; no request to stop: question only (asking whether a name was "
              "shared is not an opt-out)"),
    dict(spec="mn-harold-discontinue-catalog", cat="marketing opt-out", lang="en-US (Minnesota, older)", mailbox=PH,
         at="2027-08-30 09:04:55 -0500", prog="xfinity_connect", name="Harold Lindqvist", addr="hjlindqvist@comcast.net",
         subject="Discontinue catalog",
         body="To whom it may concern:\n\n"
              "Please discontinue sending the PowerHouse catalog to this household. I am 88 years of age and my late wife "
              "was the one who did the ordering. I have no further need of it.\n\n"
              "I thank you for your many years of good service.\n\n"
              "Respectfully,\n"
              "Harold J. Lindqvist\n"
              "Fairmont, Minn. 56031",
         labels=MKT, unclear=False, ent={"name": "Harold J. Lindqvist", "postal_code": "56031"},
         note="Older formal Minnesotan: discontinue the catalog to this household; he is the surviving householder, "
              "not writing for someone else = marketing opt-out"),
    dict(spec="aus-sharon-how-long-this-arvo", cat="question", lang="en-AU", mailbox=PH,
         at="2027-08-30 16:30:08 -0500", prog="outlook_web", content_language="en-AU", name="Sharon McPhee",
         addr="sharon.mcphee@outlook.com.au", subject="Catalogues still coming",
         body="Hi,\n\n"
              "How long does it take for the catalogues to stop? I asked a few weeks back and there was another one in "
              "the letterbox this arvo.\n\n"
              "Cheers,\n"
              "Sharon McPhee",
         labels=Q, unclear=False, ent={"name": "Sharon McPhee"},
         note="'How long does it take for the catalogues to stop?' is a how-long question; the earlier request is "
              "referenced, not repeated: question only"),
    dict(spec="ie-eoin-same-for-other-address", cat="unclear", lang="en-IE", mailbox=CC,
         at="2027-08-31 20:10:19 -0500", prog="iphone_mail", host="gmail", name="Eoin Gallagher",
         addr="eoin.gallagher.dub@gmail.com", subject="Same again",
         body="Howya,\n\nCould ye do the same for the other email address I have, eoin.g@outlook.com?\n\nCheers,\nEoin",
         labels=[], unclear=True, ent={},
         note="'Do the same for my other address' without saying what was done: unclear (LABELS: reference to earlier "
              "mail)"),
    # ------------------------------------------------------------------------------------ mail-client unsubscribes
    dict(spec="unsub-gmail-brenda-p1", cat="List-Unsubscribe mailto from a mail client", lang="en", mailbox=CC,
         at="2027-08-03 10:41:12 -0500", prog="gmail_unsubscribe", name="Brenda Schaefer",
         addr="brenda.schaefer77@gmail.com", subject="unsubscribe", unsub_to="customercare@alliant-energy.com",
         body="", labels=MKT, unclear=False, ent={},
         note="Gmail's Unsubscribe button on the thermostat promo (List-Unsubscribe mailto): a person's opt-out sent by "
              "software; no Auto-Submitted, so it is acknowledged"),
    dict(spec="unsub-ios-mark-p2", cat="List-Unsubscribe mailto from a mail client", lang="en", mailbox=PH,
         at="2027-08-10 21:00:34 -0500", prog="ios_unsubscribe", name="Mark Vander Beek", addr="mkvanderbeek@icloud.com",
         subject="unsubscribe", unsub_to="powerhousecatalog@alliant-energy.com",
         body="", labels=MKT, unclear=False, ent={},
         note="iOS Mail unsubscribe banner on the catalog e-mail: empty body, subject 'unsubscribe' to the catalog "
              "mailbox = marketing opt-out (never a sharing opt-out)"),
    dict(spec="unsub-outlook-kevin-p3", cat="List-Unsubscribe mailto from a mail client", lang="en", mailbox=CC,
         at="2027-08-17 09:15:40 -0500", prog="outlook_unsubscribe", name="Kevin Brandt", addr="kbrandt1971@outlook.com",
         subject="unsubscribe", unsub_to="customercare@alliant-energy.com", body="AE-NL-2708",
         labels=MKT, unclear=False, ent={},
         note="Outlook.com unsubscribe from the newsletter; the body is the campaign token from our mailto "
              "'body=' parameter, not an account"),
    dict(spec="unsub-yahoo-maricela-p4", cat="List-Unsubscribe mailto from a mail client", lang="en", mailbox=CC,
         at="2027-08-24 10:30:05 -0500", prog="yahoo_unsubscribe", name="Maricela Ortiz", addr="maricela.ortiz88@yahoo.com",
         subject="unsubscribe", unsub_to="customercare@alliant-energy.com", body="",
         labels=MKT, unclear=False, ent={},
         note="Yahoo Mail unsubscribe from the bilingual promo, empty body = marketing opt-out"),
]
