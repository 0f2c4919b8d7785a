# -*- coding: utf-8 -*-
"""Every message of the 'thanksgiving' set: who writes, when, with which program, what, and its labels.

Human messages: prog + name/addr + text (+ quote = which of our own messages they answer).
Machine messages: machine = builder in machines.py with its parameters.
Order here does not matter: build.py sorts by time.
"""

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

SPECS = [
    # =========================================================== Monday 16 November
    dict(k="h01", when="2026-11-16 07:12:40", mb="cc", prog="gmail_web",
         name="Dorothy Kessler", addr="dorothy.kessler52@gmail.com", subj="Please remove me from mailing list",
         text="Good morning,\n\n"
              "Please remove me from your mailing list. I get enough junk in the mail this time of year and I "
              "would rather not get the advertisements from Alliant.\n\n"
              "Thank you,\n"
              "Dorothy Kessler\n"
              "Marion, IA 52302\n",
         labels=[M], ent={"name": "Dorothy Kessler", "postal_code": "52302"},
         cat="marketing_opt_out", spec="remove from mailing list, advertisements named",
         note="'remove me from your mailing list' plus 'advertisements': plain marketing opt-out; ZIP from her signature"),

    dict(k="h02", when="2026-11-16 09:31:08", mb="ph", prog="iphone",
         name="Gary Lindqvist", addr="glindqvist@icloud.com", subj="Catalog",
         text="Got the holiday catalog today, looks good. I don't mind getting it but please do not share my name "
              "or address with other catalog companies.\n\n"
              "Gary Lindqvist\n"
              "53711\n\n"
              "Sent from my iPhone\n",
         labels=[S], ent={"name": "Gary Lindqvist", "postal_code": "53711"},
         cat="catalog_share_opt_out", spec="keeps catalog, no sharing",
         note="keeps the catalog ('I don't mind getting it'), refuses sharing: catalog_share_opt_out only; bare ZIP counts"),

    dict(k="a01", when="2026-11-16 06:02:17", mb="cc", machine="newsletter",
         nl=dict(esp="sendgrid", from_name="Prairie Supply Co.", from_addr="deals@email.prairiesupply.com", sel="s1",
                 subject="Black Friday Preview: doors open 6 AM Friday \U0001F983",
                 text="PRAIRIE SUPPLY CO. | Rewards member preview\n\n"
                      "Black Friday starts early for Rewards members.\n"
                      "Doors open 6 AM Friday, November 27. Shop online starting Thursday at 8 PM.\n\n"
                      "- Insulated bibs & chore coats: 30% off\n"
                      "- Heated water buckets & tank de-icers: from $39.99\n"
                      "- 50 lb. wild bird seed: $17.99\n"
                      "- Holiday candy & nuts: buy 2, get 1\n\n"
                      "Find your store: https://www.prairiesupply.com/stores\n\n"
                      "You're receiving this email because customercare@alliant-energy.com is enrolled in Prairie "
                      "Supply Rewards.\n"
                      "Unsubscribe: https://www.prairiesupply.com/unsubscribe | Update preferences | "
                      "Do Not Sell or Share My Personal Information: https://www.prairiesupply.com/privacy-choices\n"
                      "Prairie Supply Co., 1200 W. Commerce Dr., Janesville, WI 53545\n"),
         cat="automated: newsletter", spec="farm-store Black Friday newsletter", program="SendGrid",
         note="retailer newsletter someone enrolled our address in; its footer says unsubscribe and do-not-sell: automated, no labels"),

    dict(k="h03", when="2026-11-16 10:05:51", mb="ph", prog="outlook_desktop",
         name="Sheila Brandt", addr="sbrandt@lindenfamilydental.com", subj=None, quote="ph_holiday",
         text="unsubscribe\n\n"
              "Sheila Brandt | Office Manager\n"
              "Linden Family Dental\n"
              "1120 Linden Dr, Dubuque, IA 52001\n"
              "563-555-0148\n",
         labels=[M], ent={"name": "Sheila Brandt", "postal_code": "52001"},
         cat="marketing_opt_out", spec="'unsubscribe' over Outlook-quoted catalog e-mail",
         note="one word 'unsubscribe' on top of our catalog e-mail (Outlook From/Sent block, no '>'): marketing opt-out; the quoted footer's sharing text is ours, not hers; ZIP from her work signature"),

    dict(k="h04", when="2026-11-16 11:48:22", mb="cc", prog="gmail_android", lang="es",
         name="Rosa Elena Márquez", addr="rosaelena.marquez77@gmail.com", subj="Publicidad",
         text="Buenos días,\n"
              "Por favor ya no me manden publicidad por correo, ni cartas ni emails. Gracias.\n"
              "Rosa Elena Márquez\n",
         labels=[M], ent={"name": "Rosa Elena Márquez"},
         cat="marketing_opt_out", spec="no more advertising, letters or e-mails (es)",
         note="Spanish: 'ya no me manden publicidad ... ni cartas ni emails' = stop advertising by post and e-mail"),

    dict(k="a02", when="2026-11-16 08:40:06", mb="cc", machine="bounce_postfix",
         b=dict(ref="CC-2026-11-04108", rcpt="hjgrossman@netins.net", host="mail.netins.net", ip="167.142.225.%d" % 31,
                diag_text="user unknown. Command output: Invalid user specified.", status="5.1.1",
                diag_code="x-unix; user unknown"),
         cat="automated: bounce", spec="Postfix DSN for our acknowledgement", program="Postfix",
         answers="ack CC-2026-11-04108",
         note="Postfix DSN returning our own acknowledgement (its text mentions opting out and sharing): automated, never answer"),

    dict(k="h05", when="2026-11-16 13:20:37", mb="ph", prog="yahoo_web",
         name="Carol Witt", addr="cjwitt1951@yahoo.com", subj="catalog question",
         text="Hello, is there a way to only get the Holiday catalog and not the other ones during the year? "
              "I do like to order gifts from it but I don't need one every month. Thank you. Carol Witt\n",
         labels=[Q], ent={"name": "Carol Witt"},
         cat="question", spec="can I get only the holiday catalog?",
         note="asks whether she can limit the catalog to the holiday issue; no opt-out asked: question only"),

    dict(k="h06", when="2026-11-16 15:02:14", mb="cc", prog="thunderbird",
         name="Martin Oyelaran", addr="martin@oyelaran.net", subj="Question about your privacy notice - affiliates",
         text="Hello,\n\n"
              "I was reading your online privacy notice and have a question. It says Alliant Energy may share "
              "customer information with its \"affiliates\" for marketing purposes. Which companies are considered "
              "affiliates? Is the PowerHouse Catalog one of them, and does that mean my utility account information "
              "goes to the catalog?\n\n"
              "I'm not asking to opt out of anything at this point, I just want to understand it.\n\n"
              "Regards,\n"
              "Martin Oyelaran\n"
              "Sun Prairie, WI\n",
         labels=[Q], ent={"name": "Martin Oyelaran"},
         cat="question", spec="privacy policy: who are the affiliates",
         note="privacy-policy question; says outright he is not opting out: question only"),

    dict(k="h07", when="2026-11-16 17:40:09", mb="ph", prog="aol",
         name="Beverly Hanson", addr="bevhanson1942@aol.com", subj="CATALOG",
         text="PLEASE TAKE MY NAME OFF YOUR CATALOG LIST. MY CHILDREN ARE COMING HOME FOR THANKSGIVING AND I AM "
              "TRYING TO CLEAN OUT ALL THIS PAPER. I AM 83 AND I DO NOT ORDER FROM CATALOGS ANY MORE.\n\n"
              "BEVERLY J. HANSON\n"
              "1420 5TH AVE SE\n"
              "CEDAR RAPIDS IA 52403\n",
         labels=[M], ent={"name": "BEVERLY J. HANSON", "postal_code": "52403"},
         cat="marketing_opt_out", spec="all caps, take my name off catalog list",
         note="'take my name off your catalog list' = stop the catalog (marketing), not a sharing request; all capitals kept as written"),

    # =========================================================== Tuesday 17 November
    dict(k="a03", when="2026-11-17 05:51:30", mb="cc", machine="phish",
         ph={"from": "\"USPS Delivery\" <notice@usps-redelivery-track.info>",
             "subject": "USPS: Your package could not be delivered (Action required)",
             "env": "bounce-7731@mailer.usps-redelivery-track.info", "helo": "vps-4471.hostfast-cloud.net",
             "ip": "185.244.36.118", "mid_host": "usps-redelivery-track.info",
             "html": "<html><body style=\"font-family:Arial,sans-serif\">\n"
                      "<div style=\"background:#333366;color:#fff;padding:12px;font-size:20px\"><b>USPS</b> Tracking</div>\n"
                      "<p>Dear Customer,</p>\n"
                      "<p>Your holiday package <b>US9514901185421</b> could not be delivered on 11/16/2026 because the "
                      "address is incomplete.</p>\n"
                      "<p>To schedule a new delivery, please confirm your address and pay the $1.99 redelivery fee within "
                      "48 hours:</p>\n"
                      "<p><a href=\"http://usps-redelivery-track.info/c/?id=88213\" style=\"background:#d61b1b;color:#fff;"
                      "padding:10px 18px;text-decoration:none\">Confirm Address</a></p>\n"
                      "<p>If the address is not confirmed, the package will be returned to the sender.</p>\n"
                      "<p style=\"font-size:11px;color:#777\">&copy; 2026 United States Postal Service. All rights reserved.</p>\n"
                      "</body></html>\n"},
         cat="automated: phishing", spec="fake USPS redelivery fee", program="bulk mailer (spoofed)",
         note="holiday package phishing, HTML only in base64: automated, no labels"),

    dict(k="h08", when="2026-11-17 06:58:30", mb="ph", prog="gmail_unsub",
         name="Kate McAllister", addr="kmcallister.wi@gmail.com", subj="unsubscribe",
         to="powerhousecatalog@alliant-energy.com",
         text="This message was automatically generated by Gmail.\n",
         labels=[M], ent={},
         cat="software unsubscribe", spec="Gmail Unsubscribe button on the catalog e-mail", answers="ph_holiday",
         note="Gmail's Unsubscribe button mailed our List-Unsubscribe address: a person's opt-out sent by software, no Auto-Submitted, so acknowledged"),

    dict(k="h09", when="2026-11-17 07:35:44", mb="cc", prog="outlook_com",
         name="Tom Brekke", addr="tbrekke@outlook.com", subj=None, quote="winter",
         quote_kw={"dec": "341", "jan": "412", "feb": "377"},
         text="Hello,\n\n"
              "Your email says my January bill will be around $412. Last winter my highest bill was $263, and I put "
              "in a new high-efficiency furnace in September. How did you come up with these numbers? Are they based "
              "on the old furnace? I'd like someone to look at this before I panic.\n\n"
              "Tom Brekke\n"
              "Acct 4418-220-915\n",
         labels=[Q], ent={"name": "Tom Brekke", "account": "4418-220-915"},
         cat="question", spec="winter estimate looks too high",
         note="billing question under the winter-bill estimate notice: question"),

    dict(k="h10", when="2026-11-17 08:02:10", mb="cc", prog="iphone",
         name="Jason P", addr="jpeterka88@gmail.com", subj=None, quote="winter",
         text="STOP\n\nSent from my iPhone\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="STOP under the winter-bill estimate (service notice)",
         note="'STOP' under a service notice (winter-bill estimate), not under a promotion: no marketing to stop, so unclear"),

    dict(k="h11", when="2026-11-17 09:47:33", mb="ph", prog="apple_mail",
         name="Priya Raman", addr="priya.raman@me.com", subj="Please stop the catalog and don't share my name",
         text="Hi,\n\n"
              "Please stop mailing me the PowerHouse catalog, and please don't pass my name and address along to "
              "other companies either. Since we moved here in the spring our mailbox has been stuffed with catalogs "
              "I never asked for, and with family coming next week I'm trying to get ahead of the clutter.\n\n"
              "Priya Raman\n"
              "7 Pheasant Run Ct\n"
              "Middleton, WI 53562\n",
         labels=[M, S], ent={"name": "Priya Raman", "postal_code": "53562"},
         cat="both opt-outs", spec="stop the catalog and don't pass my name along",
         note="stop the catalog (marketing) and don't pass name along (sharing): both opt-outs"),

    dict(k="h12", when="2026-11-17 12:15:06", mb="cc", prog="yahoo_web", lang="es",
         name="Juan Carlos Villalobos", addr="jcvillalobos@yahoo.com", subj=None, quote="winter",
         quote_kw={"dec": "196", "jan": "244", "feb": "221"},
         text="Buenas tardes,\n\n"
              "Recibí el aviso del estimado de las facturas de invierno. ¿Me puedo inscribir en el plan de pagos "
              "iguales (Budget Billing)? Y si me inscribo ahora, ¿ya aplica para la factura de diciembre?\n\n"
              "Mi cuenta es 2209 7714 63.\n\n"
              "Gracias,\n"
              "Juan Carlos Villalobos\n",
         labels=[Q], ent={"name": "Juan Carlos Villalobos", "account": "2209 7714 63"},
         cat="question", spec="Budget Billing sign-up (es)",
         note="Spanish question about Budget Billing under the winter notice; Yahoo quotes our text without '>'"),

    dict(k="a04", when="2026-11-17 10:21:02", mb="cc", machine="ooo_exchange",
         ooo=dict(ref="CC-2026-11-04139", name="Tricia Halvorson", addr="thalvorson@marionisd.org",
                  text="I am out of the office through Friday, November 20, at a conference with limited e-mail access.\n"
                       "For anything urgent, please call the district office at 319-555-0117.\n\n"
                       "Tricia Halvorson\nBusiness Manager\n"),
         cat="automated: auto-reply (loop)", spec="Exchange automatic reply to our acknowledgement",
         program="Microsoft 365 (Exchange OOF)", answers="ack CC-2026-11-04139",
         note="LOOP TRAP: Exchange out-of-office answering our acknowledgement, Auto-Submitted: auto-generated"),

    dict(k="h13", when="2026-11-17 14:38:51", mb="ph", prog="gmail_web",
         name="Eileen Moravec", addr="eileen.moravec@gmail.com", subj="Did you sell my address?",
         text="Hello,\n\n"
              "I ordered a set of LED candles from your catalog last Christmas. Since then I get catalogs from at "
              "least a dozen companies I have never heard of (Harbor Lane, Vermont Country Living, Sunnyfield "
              "Gardens...). Did you sell or rent my name and address to them? If so, please stop doing that.\n\n"
              "Eileen Moravec\n"
              "Cresco, Iowa\n",
         labels=[S, Q], ent={"name": "Eileen Moravec"},
         cat="opt-out + question", spec="did you sell my address? if so stop",
         note="asks whether her name was sold (question) and asks that it stop (sharing opt-out); does not ask to stop the catalog"),

    dict(k="h14", when="2026-11-17 18:22:17", mb="cc", prog="zimbra",
         name="Ron Stueve", addr="rstueve@mchsi.com", subj="advertising",
         text="Take me off all of your advertising lists, email and regular mail both.\n"
              "Acct 3301884520\n"
              "Ron Stueve\n",
         labels=[M], ent={"name": "Ron Stueve", "account": "3301884520"},
         cat="marketing_opt_out", spec="off all advertising lists, both channels",
         note="advertising lists, e-mail and postal: marketing opt-out; account number without separators"),

    # =========================================================== Wednesday 18 November
    dict(k="h15", when="2026-11-18 07:55:02", mb="cc", prog="gmail_web",
         name="Alyssa Tran", addr="alyssa.m.tran@gmail.com", subj="Furnace check before the holidays?",
         text="Hi there,\n\n"
              "My parents are flying in from Arizona next week and staying through New Year's, so the furnace is "
              "going to get a workout. Does Alliant still do furnace safety checks, or do you have a list of "
              "contractors you recommend? It's a 12-year-old Lennox.\n\n"
              "Thanks!\n"
              "Alyssa\n",
         labels=[Q], ent={"name": "Alyssa"},
         cat="question", spec="furnace check before family visits",
         note="service question; first name alone is her written name"),

    dict(k="a05", when="2026-11-18 07:05:44", mb="ph", machine="vendor",
         v=dict(from_name="Lakeshore Direct JobTrack", from_addr="jobtrack@lakeshoredirect.com", sel="ldds1",
                helo="smtp2.lakeshoredirect.com", ip="216.57.%d.%d" % (144, 23),
                subject="Job 26-1187 PowerHouse Holiday Drop 2 - Merge/Purge & NCOA summary",
                extra=["Auto-Submitted: auto-generated", "X-Mailer: LDDS JobTrack 4.2"],
                text="This is an automated message from Lakeshore Direct JobTrack. Please do not reply.\n\n"
                     "Client:   PowerHouse Catalog (Alliant Energy)\n"
                     "Job:      26-1187  Holiday 2026 - Drop 2 (remail to non-responders)\n"
                     "Status:   Merge/purge complete - files released to print\n\n"
                     "Input records ...........................  214,806\n"
                     "Duplicates removed (household) ..........    9,412\n"
                     "NCOA moves updated ......................    6,183\n"
                     "NCOA moves, no forwarding (dropped) .....    1,027\n"
                     "Deceased suppression (dropped) ..........      618\n"
                     "DMAchoice mail preference (dropped) .....    2,240\n"
                     "Client do-not-mail file (dropped) .......    4,876\n"
                     "Client do-not-share flag carried ........   11,309\n"
                     "Final mail quantity .....................  197,430\n\n"
                     "In-home window: November 30 - December 4, 2026.\n"
                     "Detailed counts by key code are attached.\n\n"
                     "Questions: contact your account manager, Brenda Koss, 920-555-0159.\n",
                attach=("26-1187_keycode_summary.csv", "text/csv",
                        "key_code,segment,input,final\n"
                        "PH26H2A,0-6 mo buyers,48211,45902\n"
                        "PH26H2B,7-12 mo buyers,61730,57811\n"
                        "PH26H2C,13-24 mo buyers,70144,63020\n"
                        "PH26H2D,catalog requests,34721,30697\n")),
         cat="automated: vendor", spec="mail house merge/purge report with CSV", program="vendor job system",
         note="mail-house suppression/merge report with 'do-not-share' counts: vendor system mail, automated"),

    dict(k="h16", when="2026-11-18 09:20:45", mb="ph", prog="roundcube",
         name="Loretta Frey", addr="lfrey@windstream.net", subj="Do not rent or sell my name",
         text="To whom it may concern:\n\n"
              "I do not want my name and address rented, sold or exchanged with any other company. Please make a "
              "note of this on my record.\n\n"
              "Customer # 07724519\n"
              "Loretta Frey\n"
              "Ames, IA 50010\n",
         labels=[S], ent={"name": "Loretta Frey", "postal_code": "50010", "account": "07724519"},
         cat="catalog_share_opt_out", spec="do not rent/sell/exchange, customer number",
         note="rented/sold/exchanged: sharing opt-out only, says nothing about stopping the catalog; catalog customer number is the account"),

    dict(k="h17", when="2026-11-18 10:44:19", mb="cc", prog="outlook_com", lang="es",
         name="Yesenia Ortiz", addr="yesi_ortiz92@hotmail.com", subj="",
         text="Ya no quiero\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="'Ya no quiero', empty subject (es)",
         note="Spanish 'I don't want it any more', no subject, no object, no quote: unclear"),

    dict(k="h18", when="2026-11-18 12:06:55", mb="cc", prog="iphone",
         name="Nancy Ehler", addr="nehler@icloud.com", subj=None, quote="nl_nov",
         text="unsubscribe please\n\nSent from my iPhone\n",
         labels=[M], ent={},
         cat="marketing_opt_out", spec="'unsubscribe please' under the newsletter",
         note="'unsubscribe please' under our newsletter (a promotion): marketing opt-out"),

    dict(k="a06", when="2026-11-18 11:12:03", mb="cc", machine="bounce_gmail",
         b=dict(ref="CC-2026-11-04171", rcpt="marjorie.tesch1948@gmail.com"),
         cat="automated: bounce", spec="Gmail DSN for our acknowledgement", program="Gmail MTA",
         answers="ack CC-2026-11-04171",
         note="Gmail 'Address not found' DSN with our acknowledgement attached: automated"),

    dict(k="h19", when="2026-11-18 14:30:00", mb="ph", prog="thunderbird",
         name="Walter Pruitt", addr="wjpruitt@charter.net", subj="Catalogs - please read",
         text="Dear PowerHouse Catalog,\n\n"
              "I am a retired schoolteacher and I have never been one to complain, but this fall has been too much. "
              "My wife and I decided to clean out the house before our children and grandchildren arrive for "
              "Thanksgiving, and in doing so I counted the catalogs that came to this address in the last three "
              "weeks: forty-one. Yours was among them, and I believe yours was the first, because the others "
              "started coming the year after I bought a heated mattress pad from you in 2023.\n\n"
              "So I would like to ask three things.\n\n"
              "First, please stop sending the PowerHouse catalog to us.\n\n"
              "Second, please do not share, rent or trade our name and address with any other catalog company, now "
              "or in the future.\n\n"
              "Third, how long will it take before this takes effect? I have read that catalogs are printed months "
              "ahead, and I would like to know whether to expect more of them through Christmas.\n\n"
              "The mailing label reads:\n"
              "  PH 5520 1187 03\n"
              "  WALTER J PRUITT\n"
              "  N6124 COUNTY RD K\n"
              "  FOND DU LAC WI 54935\n\n"
              "Thank you for your attention.\n\n"
              "Sincerely,\n"
              "Walter J. Pruitt\n",
         labels=[M, S, Q], ent={"name": "Walter J. Pruitt", "postal_code": "54935", "account": "PH 5520 1187 03"},
         cat="both opt-outs + question", spec="long letter: stop, don't share, how long?",
         note="long letter with three numbered asks: stop the catalog, no sharing, and how long it takes (question)"),

    dict(k="h20", when="2026-11-18 16:12:38", mb="cc", prog="xfinity",
         name="Elmer Nordstrom", addr="enordstrom@comcast.net", subj="Home Comfort Tips",
         text="Please don't send me any more of the Home Comfort Tips e-mails. I am 84 years old and have been "
              "heating this house since 1968, I don't need tips.\n"
              "Thank you,\n"
              "Elmer\n",
         labels=[M], ent={"name": "Elmer"},
         cat="marketing_opt_out", spec="no more Home Comfort Tips e-mails",
         note="names our newsletter and asks for no more: marketing opt-out; first name as signed"),

    dict(k="h21", when="2026-11-18 19:03:27", mb="cc", prog="gmail_web", lang="es",
         name="Guadalupe Reyes", addr="lupita.reyes.dbq@gmail.com", subj="Catálogo PowerHouse",
         text="Hola,\n"
              "Hoy me llegó un catálogo de PowerHouse a mi nombre, pero yo nunca he comprado nada de ese catálogo. "
              "Soy cliente de Alliant nada más por la luz. ¿De dónde sacaron mi dirección? ¿Ustedes le dan los "
              "datos de los clientes al catálogo?\n"
              "Gracias,\n"
              "Guadalupe Reyes\n",
         labels=[Q], ent={"name": "Guadalupe Reyes"},
         cat="question", spec="where did the catalog get my address? (es)",
         note="Spanish: asks where the catalog got her address and whether Alliant gives customer data to it; no request to stop: question"),

    # =========================================================== Thursday 19 November
    dict(k="a07", when="2026-11-19 06:30:12", mb="ph", machine="vendor",
         v=dict(from_name="ShipRight Notifications", from_addr="notifications@shipright-wms.com", sel="sr2024",
                helo="mta1.shipright-wms.com", ip="52.44.%d.%d" % (201, 17), html=True,
                subject="Shipment Confirmation - Order PH-448812 (1 package)",
                extra=["Auto-Submitted: auto-generated", "X-ShipRight-Warehouse: MAD-2"],
                text="PowerHouse Catalog - merchant copy\n\n"
                     "Order PH-448812 has shipped.\n\n"
                     "Ship to: Renata Vos, 88 Willow Ct, Pella, IA 50219\n"
                     "Carrier: UPS Ground\n"
                     "Tracking: 1Z8W4R710344129906\n"
                     "Items: 1 x Heated Throw, Buffalo Plaid, Queen (SKU HT-2240-Q)\n"
                     "       1 x LED Window Candle, 4-pack (SKU LC-0104)\n"
                     "Ship date: 11/19/2026\n\n"
                     "This notification was generated automatically by ShipRight WMS for warehouse MAD-2.\n"
                     "To change notification settings, sign in to the ShipRight merchant portal.\n"),
         cat="automated: shipping", spec="fulfillment shipping confirmation, merchant copy", program="warehouse system",
         note="fulfillment system's merchant copy of a shipment; a customer's name and ZIP appear but nobody is asking anything: automated"),

    dict(k="h22", when="2026-11-19 08:34:12", mb="ph", prog="iphone",
         name="Margaret Ostrowski", addr="mostrowski@icloud.com", subj="Three catalogs",
         text="Hello. This week I received three copies of your holiday catalog. One to me, one to my husband "
              "Stanley who passed away in 2021, and one to \"Margret Ostroski\". Please remove all three from your "
              "mailing list. We don't need any of them.\n\n"
              "Margaret Ostrowski\n"
              "220 Elm St\n"
              "Decorah IA 52101\n\n"
              "Sent from my iPhone\n",
         labels=[M], ent={"name": "Margaret Ostrowski", "postal_code": "52101"},
         cat="marketing_opt_out", spec="three copies incl. late husband, remove all",
         note="removal of three catalog copies at her own household address (herself, a misspelling, late husband): she writes about her own household, so a marketing opt-out, not unclear"),

    dict(k="h23", when="2026-11-19 09:50:41", mb="cc", prog="gmail_web",
         name="Ben Hollister", addr="ben.hollister@gmail.com", subj="Copy of my usage data",
         text="Hi,\n\n"
              "Your winter estimate email made me curious. Can I get a copy of my usage data, ideally the hourly "
              "electric and daily gas readings for the past 12 months, as a spreadsheet (CSV)? The download on My "
              "Account only seems to go back 90 days.\n\n"
              "Account: 5102 3344 19\n"
              "Ben Hollister\n",
         labels=[Q], ent={"name": "Ben Hollister", "account": "5102 3344 19"},
         cat="question", spec="copy of 12 months of usage data",
         note="request for a copy of his own data: question"),

    dict(k="h24", when="2026-11-19 11:25:03", mb="ph", prog="gmail_web", lang="es",
         name="Lucía Fernández", addr="lucia.fdz.madison@gmail.com", subj="No compartir mis datos",
         text="Hola:\n\n"
              "Sí quiero seguir recibiendo el catálogo PowerHouse, me gusta mucho. Pero por favor no compartan mi "
              "nombre ni mi dirección con otras compañías de catálogos.\n\n"
              "Lucía Fernández\n"
              "Madison, WI 53704\n",
         labels=[S], ent={"name": "Lucía Fernández", "postal_code": "53704"},
         cat="catalog_share_opt_out", spec="keep catalog, don't share (es)",
         note="Spanish: wants to keep the catalog, not be shared: catalog_share_opt_out only"),

    dict(k="a08", when="2026-11-19 13:44:20", mb="cc", machine="phish", lang="es",
         ph={"from": "\"Alliant Energy Servicio al Cliente\" <avisos@alliant-pagos-seguro.com>",
             "subject": "Aviso final de desconexión - acción inmediata",
             "charset": "iso-8859-1", "cte": "base64", "senc": "b",
             "env": "avisos@alliant-pagos-seguro.com", "helo": "mail.alliant-pagos-seguro.com", "ip": "45.141.%d.%d" % (87, 9),
             "mid_host": "alliant-pagos-seguro.com", "spf": "pass",
             "html": "<html><body style=\"font-family:Verdana,sans-serif;font-size:14px\">\n"
                     "<p><b>Alliant Energy</b> - Departamento de Cobranzas</p>\n"
                     "<p>Estimado cliente:</p>\n"
                     "<p>Su cuenta tiene un saldo vencido de <b>$187.42</b>. Su servicio de electricidad será "
                     "desconectado dentro de las próximas 24 horas.</p>\n"
                     "<p>Para evitar la desconexión durante las fiestas, realice su pago de inmediato:</p>\n"
                     "<p><a href=\"http://alliant-pagos-seguro.com/pago\">PAGAR AHORA</a></p>\n"
                     "<p>También aceptamos pagos con tarjetas de regalo. Llame al 1-888-555-0190.</p>\n"
                     "<p>Atentamente,<br>Departamento de Cobranzas</p>\n"
                     "</body></html>\n"},
         cat="automated: phishing", spec="Spanish disconnection scam impersonating us", program="bulk mailer",
         note="Spanish phishing that impersonates Alliant (disconnection, gift-card payment); iso-8859-1 base64 HTML: automated"),

    dict(k="h25", when="2026-11-19 12:40:55", mb="cc", prog="yahoo_android",
         name="Sue Kramer", addr="suekramer58@yahoo.com", subj=None, quote="gas",
         text="Thank you for the reminder. My husband went out and cleared around the meter this morning. Have a "
              "happy Thanksgiving!\n",
         labels=[], unclear=False, ent={}, ack_to=None,
         cat="thanks (no action)", spec="thank-you under the gas-safety reminder",
         note="thanks for the gas-safety reminder, asks nothing: no labels, not unclear, no acknowledgement due"),

    dict(k="a09", when="2026-11-19 15:10:37", mb="ph", machine="list_post",
         cat="automated: list", spec="trade-association list post about do-not-rent flags", program="Mailman 3",
         note="mailing-list post by a person at another catalog company, all about do-not-rent flags: list traffic, automated"),

    # =========================================================== Friday 20 November
    dict(k="h26", when="2026-11-20 06:41:29", mb="cc", prog="iphone",
         name="Troy Weber", addr="troyweber.ia@gmail.com", subj=None, quote="gas",
         text="Unsubscribe\n\nSent from my iPhone\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="'Unsubscribe' under the gas-safety reminder",
         note="'Unsubscribe' under a safety notice (not a promotion): unclear; staff decide whether he means marketing"),

    dict(k="h27", when="2026-11-20 08:15:16", mb="cc", prog="gmail_web",
         name="Hannah Schuett", addr="hschuett@gmail.com", subj="Dryer vent frosting over",
         text="Hello,\n\n"
              "Got your gas safety email. Our dryer vent on the north side of the house frosts over almost every "
              "morning now that it's down in the single digits, and I noticed a little ice around the furnace "
              "intake pipe too. Is that dangerous? We're going to have nine people staying with us for Thanksgiving "
              "and I want to be sure it's safe. Should I call someone?\n\n"
              "Hannah Schuett\n"
              "Waverly\n",
         labels=[Q], ent={"name": "Hannah Schuett"},
         cat="question", spec="frosted dryer vent, nine guests",
         note="safety question prompted by our gas reminder: question"),

    dict(k="h28", when="2026-11-20 10:02:47", mb="ph", prog="apple_mail",
         name="Kyle Vandermeer", addr="kyle.vandermeer@icloud.com", subj="Paper catalog",
         text="Hi - please stop sending me the printed PowerHouse catalog. I'll shop online if I want something. "
              "The e-mails are fine, keep those coming.\n\n"
              "Kyle Vandermeer\n",
         labels=[M], ent={"name": "Kyle Vandermeer"},
         cat="marketing_opt_out", spec="stop paper catalog, keep e-mails",
         note="channel limit: stop the printed catalog, keep e-mails; marketing_opt_out for the postal channel only"),

    dict(k="a10", when="2026-11-20 09:03:05", mb="cc", machine="ooo_plain",
         ooo=dict(ref="CC-2026-11-04215", name="Ken Ribbeck", addr="ken@ribbeckfarms.com",
                  subject="Re: %(subject)s", irt=True, helo="p3plsmtpa07-04.prod.phx3.secureserver.net",
                  ip="68.178.252.%d" % 57, sel=None, mid_host="ribbeckfarms.com",
                  text="Thanks for your email. We're away for Thanksgiving and deer season and will be back in the "
                       "office Monday, November 30.\n\n"
                       "For grain deliveries or anything urgent call Ken's cell, 319-555-0185.\n\n"
                       "Ribbeck Farms\n"),
         cat="automated: auto-reply (loop)", spec="headerless out-of-office with 'Re:' subject",
         program="GoDaddy webmail vacation", answers="ack CC-2026-11-04215",
         note="LOOP TRAP: out-of-office with no Auto-Submitted header and a 'Re:' subject of our acknowledgement: automated"),

    dict(k="h29", when="2026-11-20 11:37:02", mb="cc", prog="aol_html",
         name="Joan Tesdahl", addr="joantesdahl@aol.com", subj="one more",
         text="Please do the same for my other address, 4410 Maple Ridge Rd, Marion 52302. Thanks, Joan Tesdahl\n",
         labels=[], unclear=True, ent={"name": "Joan Tesdahl", "postal_code": "52302"},
         cat="unclear", spec="'do the same for my other address', HTML only",
         note="refers to an earlier request without saying what it was: unclear; her own name and ZIP are given"),

    dict(k="h30", when="2026-11-20 13:18:26", mb="cc", prog="outlook_com",
         name="Mitchell Greer", addr="mitch.greer@hotmail.com", subj="Address change",
         text="Hello,\n\n"
              "We moved from Waterloo to Ames at the end of October. Please update my mailing address for the "
              "account to:\n\n"
              "2315 Lincoln Way, Apt 4\n"
              "Ames, IA 50014\n\n"
              "Account number 6120 4471 08. The service at the old address was already shut off. Thanks.\n\n"
              "Mitchell Greer\n",
         labels=[Q], ent={"name": "Mitchell Greer", "postal_code": "50014", "account": "6120 4471 08"},
         cat="question", spec="change of mailing address",
         note="change of address: question; the new ZIP is his address"),

    dict(k="h31", when="2026-11-20 15:55:40", mb="cc", prog="iphone", lang="es",
         name="Martha Cisneros", addr="marthacisneros@icloud.com", subj=None, quote="nl_nov",
         text="Ya no quiero recibir estos correos de consejos. Gracias.\n\nEnviado desde mi iPhone\n",
         labels=[M], ent={},
         cat="marketing_opt_out", spec="no more tips e-mails, under the newsletter (es)",
         note="Spanish reply under our newsletter: 'no more of these tips e-mails' = marketing opt-out"),

    dict(k="a30", when="2026-11-20 14:00:31", mb="ph", machine="calendar",
         cat="automated: calendar", spec="internal meeting invitation to the catalog team", program="Outlook (Microsoft 365)",
         note="calendar invitation (text/calendar REQUEST) from a colleague; its agenda mentions do-not-share volume: automated"),

    # =========================================================== Saturday 21 November
    dict(k="a11", when="2026-11-21 05:00:44", mb="ph", machine="newsletter",
         nl=dict(esp="mailchimp", from_name="Catalog Insider", from_addr="editor@cataloginsider.net", sel="k2",
                 subject="This week: holiday postage, paper prices, and the 'one catalog too many' problem",
                 text="CATALOG INSIDER - Weekly, November 21, 2026\n\n"
                      "1. Holiday postage: what the January price change means for your spring drops.\n"
                      "2. Paper prices ease for the first time in three quarters.\n"
                      "3. The 'one catalog too many' problem: why more customers are asking to opt out, and how "
                      "co-op databases handle do-not-rent requests.\n"
                      "4. Webinar Dec. 3: match-back reporting for small mailers.\n\n"
                      "Read online: https://cataloginsider.net/weekly/2026-11-21\n\n"
                      "You are receiving this because powerhousecatalog@alliant-energy.com subscribed to Catalog Insider.\n"
                      "Unsubscribe from this list | Update subscription preferences\n"
                      "Catalog Insider, PO Box 4410, Minneapolis, MN 55401\n"),
         cat="automated: newsletter", spec="catalog trade newsletter", program="Mailchimp",
         note="trade newsletter (Mailchimp, Precedence: bulk) full of opt-out vocabulary: automated"),

    dict(k="h32", when="2026-11-21 09:12:53", mb="cc", prog="gmail_android", lang="es",
         name="Ernesto Gallegos", addr="egallegos.cr@gmail.com", subj="Quitar de la lista",
         text="Favor de quitarme de la lista de correos electrónicos de promociones de Alliant Energy.\n"
              "Gracias\n"
              "Ernesto Gallegos\n",
         labels=[M], ent={"name": "Ernesto Gallegos"},
         cat="marketing_opt_out", spec="remove from promotional e-mail list (es)",
         note="Spanish: remove me from the promotional e-mail list: marketing opt-out"),

    dict(k="h33", when="2026-11-21 10:40:11", mb="ph", prog="samsung",
         name="Jake Bauer", addr="jbauer22@tds.net", subj="catalog",
         text="dont share my info with other companies\n",
         labels=[S], ent={},
         cat="catalog_share_opt_out", spec="'dont share my info', Samsung base64",
         note="lower-case, no apostrophe: 'dont share my info with other companies' = sharing opt-out; parts are base64"),

    dict(k="h34", when="2026-11-21 13:05:37", mb="ph", prog="gmail_web",
         name="Renee Pollock", addr="renee.pollock@gmail.com", subj="Order status - 118-40227",
         text="Hi, I ordered the heated throw (plaid, queen) from the holiday catalog on November 10 as a gift for "
              "my son, who is coming home for Thanksgiving. The order still says processing. Will it ship in time? "
              "Order 118-40227.\n\n"
              "Thank you,\n"
              "Renee Pollock\n",
         labels=[Q], ent={"name": "Renee Pollock"},
         cat="question", spec="catalog order status",
         note="order-status question to the catalog mailbox: question; an order number is not an account"),

    dict(k="a12", when="2026-11-21 14:22:09", mb="cc", machine="plain_cold",
         cat="automated: cold sales", spec="SEO follow-up with fake 'Re:'", program="Google Workspace",
         note="cold SEO outreach ('reply no thanks and I'll take you off my list'): not a request, automated"),

    # =========================================================== Sunday 22 November
    dict(k="h35", when="2026-11-22 11:20:19", mb="ph", prog="ipad",
         name="Tyler Kowalczyk", addr="tkowalczyk03@gmail.com", subj="For my grandma",
         text="Hi, I'm staying with my grandma this week for Thanksgiving and she asked me to email you. She "
              "doesn't want the catalog anymore, she says she gets too many. Her name is Irene Kowalczyk, 318 W "
              "Main St, Mount Horeb WI 53572.\n\n"
              "Thanks,\n"
              "Tyler\n\n"
              "Sent from my iPad\n",
         labels=[], unclear=True, ent={"name": "Irene Kowalczyk", "postal_code": "53572"},
         cat="unclear", spec="grandson writes for grandmother",
         note="on behalf of someone else (grandson for his grandmother), standing not shown: unclear; entities name the grandmother"),

    dict(k="h36", when="2026-11-22 14:47:58", mb="cc", prog="thunderbird",
         name="Samuel Achterberg", addr="sam@achterberg.net", subj="Request for a copy of my personal information",
         text="Dear Alliant Energy privacy team,\n\n"
              "Please provide me with a copy of the personal information Alliant Energy holds about me, including:\n\n"
              "- contact and account details,\n"
              "- billing and payment history,\n"
              "- meter/usage data,\n"
              "- any marketing profile or segment I have been placed in, and\n"
              "- a list of the third parties (including affiliates such as the PowerHouse Catalog) with whom my "
              "information has been shared in the last 24 months.\n\n"
              "Name: Samuel Achterberg\n"
              "Account: 5530-118-207\n"
              "Service address ZIP: 53593\n\n"
              "An electronic copy sent to this address is fine.\n\n"
              "Thank you,\n"
              "Samuel Achterberg\n",
         labels=[Q], ent={"name": "Samuel Achterberg", "postal_code": "53593", "account": "5530-118-207"},
         cat="question", spec="formal data-access request",
         note="request for a copy of his data, including who it was shared with: question only, no opt-out"),

    dict(k="h37", when="2026-11-22 20:31:14", mb="cc", prog="gmail_web",
         name="Courtney Ahlers", addr="courtneyahlers@gmail.com", subj="Delete my data",
         text="I want you to delete all of my information from your systems. Marketing, account, all of it. I don't "
              "want Alliant holding my data. Please confirm when it's done.\n",
         labels=[Q], unclear=True, ent={},
         cat="unclear", spec="delete everything",
         note="delete-everything request: question plus unclear (account data cannot be deleted by the bot)"),

    dict(k="h38", when="2026-11-22 21:58:06", mb="cc", prog="yahoo_web", lang="es",
         name="Alejandro Ruiz", addr="alejandro.ruiz.wi@yahoo.com", subj="Mis datos",
         text="Hola. No quiero que compartan mis datos con ninguna otra compañía ni que me manden promociones por "
              "correo o email.\n"
              "Alejandro Ruiz\n"
              "53713\n",
         labels=[M, S], ent={"name": "Alejandro Ruiz", "postal_code": "53713"},
         cat="both opt-outs", spec="no sharing and no promotions (es)",
         note="Spanish: no sharing of his data and no promotions by mail or e-mail: both opt-outs"),

    # =========================================================== Monday 23 November (Black Friday promo 07:30)
    dict(k="a13", when="2026-11-23 07:44:51", mb="cc", machine="bounce_text",
         b=dict(kind="yahoo", ref="bf", rcpt="gwen.thorsby@yahoo.com", host="mta4471.mail.bf1.yahoo.com"),
         cat="automated: bounce", spec="Yahoo 'Failure Notice' for the Black Friday promo", program="Yahoo MTA",
         answers="bf",
         note="Yahoo bounce (no MIME) with our Black Friday promo and its 'unsubscribe' footer copied below: automated"),

    dict(k="h39", when="2026-11-23 07:42:05", mb="cc", prog="gmail_web",
         name="Shawn Dietz", addr="shawn.dietz1985@gmail.com", subj=None, quote="bf",
         text="STOP\n",
         labels=[M], ent={},
         cat="marketing_opt_out", spec="STOP under the Black Friday promo",
         note="'STOP' under a promotion: marketing opt-out"),

    dict(k="a14", when="2026-11-23 07:31:40", mb="cc", machine="ooo_exchange",
         ooo=dict(ref="bf", name="Nguyen, Thanh", addr="tnguyen@northstarclinic.org",
                  text="Thank you for your message. I am out of the office November 23-27 for the Thanksgiving "
                       "holiday with limited access to email.\n\n"
                       "For patient scheduling, please call 319-555-0124.\n"),
         cat="automated: auto-reply", spec="Exchange out-of-office to the Black Friday promo",
         program="Microsoft 365 (Exchange OOF)", answers="bf",
         note="holiday out-of-office answering our promo, Auto-Submitted present: automated"),

    dict(k="h40", when="2026-11-23 07:58:40", mb="cc", prog="ios_unsub",
         name="Linda Paulsen", addr="lpaulsen@icloud.com", subj="unsubscribe",
         to="customercare@alliant-energy.com",
         text="\n",
         labels=[M], ent={},
         cat="software unsubscribe", spec="iPhone Mail unsubscribe banner, empty body", answers="bf",
         note="iPhone Mail's unsubscribe banner sent our mailto with an empty body: a person's opt-out, no Auto-Submitted, acknowledged"),

    dict(k="h41", when="2026-11-23 08:26:33", mb="cc", prog="outlook_desktop",
         name="Dennis Vogel", addr="dvogel@vogelinsurance.com", subj=None, quote="bf",
         text="Quick question on this offer. Does the $75 Black Friday discount stack with the $50 rebate, or is it "
              "one or the other? And is the Nest Learning Thermostat eligible for the rebate, or just the ecobee? "
              "Want to order before Friday.\n\n"
              "Thanks,\n"
              "Dennis Vogel\n"
              "Home acct 8841 2207 35\n\n"
              "Dennis Vogel, CIC | Vogel Insurance Agency\n"
              "319-555-0163\n",
         labels=[Q], ent={"name": "Dennis Vogel", "account": "8841 2207 35"},
         cat="question", spec="does the discount stack with the rebate?",
         note="question about the promotion itself (wants it, not an opt-out): question"),

    dict(k="h42", when="2026-11-23 09:14:48", mb="cc", prog="outlook_com", lang="es",
         name="Ramón Quintero", addr="ramonquintero@hotmail.com", subj=None, quote="bf",
         text="No me manden más ofertas de termostatos ni de nada. Ya tengo uno.\n"
              "Ramón\n",
         labels=[M], ent={"name": "Ramón"},
         cat="marketing_opt_out", spec="no more offers (es), OWA quote",
         note="Spanish under the Black Friday promo: no more offers of thermostats or anything: marketing opt-out"),

    dict(k="h43", when="2026-11-23 10:33:26", mb="cc", prog="yahoo_web",
         name="Gwen Albrecht", addr="gwenalbrecht@yahoo.com", subj=None, quote="bf",
         text="Please unsubscribe me from these promotions.\n\n"
              "Also, while I have you: why did I get that \"your estimated winter bills\" email last week saying "
              "$250+ a month? We have had solar panels since 2022 and our bills are under $40 even in January. Is "
              "that estimate wrong or is something going on with my account?\n\n"
              "Gwen Albrecht\n"
              "Decorah\n",
         labels=[M, Q], ent={"name": "Gwen Albrecht"},
         cat="opt-out + question", spec="unsubscribe + why the winter estimate with solar",
         note="unsubscribe from promotions plus a billing question about the winter estimate: both labels"),

    dict(k="h44", when="2026-11-23 11:52:09", mb="ph", prog="gmail_web",
         name="Heather Lindgren", addr="heather.lindgren@gmail.com", subj="Put me back on the catalog list?",
         text="Hi! Last spring I was in a big decluttering phase and asked you to stop sending me the catalog. "
              "Well, now I miss it, especially the holiday one - my mom always circled things for me in it. Can "
              "you put me back on the mailing list?\n\n"
              "Heather Lindgren\n"
              "1806 Brookview Dr\n"
              "Waunakee, WI 53597\n",
         labels=[Q], ent={"name": "Heather Lindgren", "postal_code": "53597"},
         cat="question", spec="opt back in to the catalog",
         note="opting back in; the old removal she mentions is not a new opt-out: question"),

    dict(k="h45", when="2026-11-23 12:03:00", mb="cc", builder="inboxtidy",
         name="InboxTidy", addr="unsubscribe@send.inboxtidy.app",
         labels=[M], ent={}, ack_to=None,
         cat="software unsubscribe", spec="inbox-cleaning service unsubscribes a user (Auto-Submitted)",
         program="InboxTidy via Amazon SES", answers="bf",
         note="an inbox-cleaning service sent a user's unsubscribe to our List-Unsubscribe address: marketing opt-out, not automated, but Auto-Submitted forbids an acknowledgement"),

    dict(k="h46", when="2026-11-23 14:21:37", mb="cc", prog="outlook_com",
         name="Brian Kaskel", addr="bkaskel@outlook.com", subj="Remove me from your email promotions",
         text="Please take me off the e-mail list for Alliant Energy promotions. I don't want the thermostat deals "
              "or any of it. I'm on the Do Not Call list for a reason, same goes for email.\n\n"
              "Brian Kaskel\n",
         labels=[M], ent={"name": "Brian Kaskel"},
         cat="marketing_opt_out", spec="off the promotional e-mail list",
         note="marketing opt-out by e-mail, written fresh (no quote)"),

    dict(k="a15", when="2026-11-23 10:15:22", mb="ph", machine="vendor",
         v=dict(from_name="Northfield List Management - OrderDesk", from_addr="orders@northfieldlists.com", sel="nlm",
                helo="mail.northfieldlists.com", ip="66.118.%d.%d" % (40, 212),
                subject="Order confirmation LR-2026-4471: PowerHouse Catalog Buyers - rental to Heartland Home Goods",
                extra=["Auto-Submitted: auto-generated", "X-Mailer: NLM OrderDesk 7"],
                text="ORDER CONFIRMATION - please retain for your records\n\n"
                     "Order:        LR-2026-4471\n"
                     "List:         PowerHouse Catalog Buyers (12-month)\n"
                     "Mailer:       Heartland Home Goods, Spring 2027 prospecting\n"
                     "Quantity:     40,000 names (net name, 85% floor)\n"
                     "Selects:      $50+ buyers, IA/WI/MN/IL, home decor & seasonal\n"
                     "Suppressions: PowerHouse do-not-share file (refreshed 11/20/2026);\n"
                     "              DMAchoice; deceased; mailer's house file\n"
                     "Ship date:    12/04/2026 via secure FTP to Lakeshore Direct\n"
                     "Mail date:    01/18/2027\n\n"
                     "List owner approval: APPROVED by PowerHouse Catalog list manager 11/23/2026\n\n"
                     "This confirmation was generated automatically by NLM OrderDesk. Replies to this address are "
                     "not monitored.\n"),
         cat="automated: vendor", spec="list-broker rental order confirmation", program="broker order system",
         note="list broker's automatic rental confirmation mentioning the do-not-share file: vendor mail, automated"),

    # =========================================================== Tuesday 24 November (Giving Tuesday push 10:00)
    dict(k="h47", when="2026-11-24 06:35:18", mb="cc", prog="gmail_unsub",
         name="Mark Jorgensen", addr="markjorgensen61@gmail.com", subj="unsubscribe",
         to="customercare@alliant-energy.com",
         text="This message was automatically generated by Gmail.\n",
         labels=[M], ent={},
         cat="software unsubscribe", spec="Gmail Unsubscribe button on the Black Friday promo", answers="bf",
         note="Gmail Unsubscribe button on our promo: marketing opt-out by software, acknowledged"),

    dict(k="h48", when="2026-11-24 10:26:44", mb="cc", prog="xfinity",
         name="Gary Pfiffner", addr="gpfiffner@comcast.net", subj=None, quote="gt",
         text="Stop asking me for money. I already pay you over $300 a month in the winter. Remove me from these "
              "emails.\n"
              "G. Pfiffner\n",
         labels=[M], ent={"name": "G. Pfiffner"},
         cat="marketing_opt_out", spec="angry reply to the Giving Tuesday appeal",
         note="'remove me from these emails' under our Giving Tuesday appeal (a promotional mailing): marketing opt-out"),

    dict(k="h49", when="2026-11-24 11:02:15", mb="cc", prog="iphone",
         name="Kelsey Brandau", addr="kelseybrandau@gmail.com", subj=None, quote="gt",
         text="How do I add a monthly gift to my bill? I tried in My Account but I can't find the Hometown Care "
              "option. I'd like to do $10 a month. Acct 1120 0398 44\n\n"
              "Sent from my iPhone\n",
         labels=[Q], ent={"account": "1120 0398 44"},
         cat="question", spec="how to give through the bill",
         note="wants to give through her bill: question, not an opt-out"),

    dict(k="h50", when="2026-11-24 12:47:30", mb="ph", prog="apple_mail",
         name="Robert Haugland", addr="rhaugland@mac.com", subj="Moving - please remove us",
         text="Hello,\n\n"
              "Linda and I are downsizing to a condo in January, and we are using the holiday to go through forty "
              "years of stuff (and mail). Please remove us from the PowerHouse catalog mailing, and please do not "
              "share our names with any other catalog companies.\n\n"
              "Also: if you have already shared our names, is there any way to have the other companies remove us "
              "too, or do we have to contact each of them?\n\n"
              "Robert and Linda Haugland\n"
              "2811 Sunset Ridge Dr\n"
              "Cedar Falls, IA 50613\n",
         labels=[M, S, Q], ent={"name": "Robert and Linda Haugland", "postal_code": "50613"},
         cat="both opt-outs + question", spec="couple downsizing: stop, don't share, what about others?",
         note="household (husband for himself and wife): stop catalog, no sharing, and a question about companies already given the names"),

    dict(k="a16", when="2026-11-24 08:00:09", mb="cc", machine="newsletter",
         nl=dict(esp="ctct", from_name="Cedar Valley Food Bank Network", from_addr="hello@cvfoodbank.org", sel="1000073432",
                 subject="#GivingTuesday is next week: your gift goes 3x further",
                 text="Hi friend,\n\n"
                      "Giving Tuesday is December 1, and this year three local businesses will TRIPLE every gift up to "
                      "$25,000.\n\n"
                      "$20 puts a Thanksgiving-to-New-Year's box of groceries on a family's table.\n\n"
                      "Give now: https://cvfoodbank.org/give\n\n"
                      "Thank you for standing with your neighbors.\n"
                      "Cedar Valley Food Bank Network\n"
                      "410 Commercial St, Waterloo, IA 50701\n\n"
                      "Unsubscribe customercare@alliant-energy.com | Update Profile | Constant Contact Data Notice\n"),
         cat="automated: newsletter", spec="food bank Giving Tuesday newsletter", program="Constant Contact",
         note="charity newsletter on Giving Tuesday (bulk, List-Unsubscribe): automated"),

    dict(k="h51", when="2026-11-24 13:30:12", mb="cc", prog="gmail_web", lang="es",
         name="Daniela Paredes", addr="daniela.paredes.ia@gmail.com", subj="Pregunta sobre la calefacción",
         text="Buenas tardes,\n\n"
              "Mis suegros vienen de México a pasar las fiestas con nosotros, van a estar un mes. Con el frío vamos "
              "a usar mucho más la calefacción. ¿Más o menos cuánto podría subir la factura? ¿Y hay algún programa "
              "de ayuda para pagar si sale muy alta?\n\n"
              "Gracias,\n"
              "Daniela Paredes\n"
              "West Liberty, IA 52776\n",
         labels=[Q], ent={"name": "Daniela Paredes", "postal_code": "52776"},
         cat="question", spec="in-laws visiting: how much will heating cost? (es)",
         note="Spanish billing/assistance question: question"),

    dict(k="a17", when="2026-11-24 11:31:15", mb="cc", machine="mdn_outlook",
         mdn=dict(ref="CC-2026-11-04298", name="Ruth Ellingson", addr="rellingson@ellingsonlaw.com",
                  host="BN0PR14MB4412.namprd14.prod.outlook.com"),
         cat="automated: read receipt", spec="Outlook read receipt for our acknowledgement",
         program="Outlook (Microsoft 365)", answers="ack CC-2026-11-04298",
         note="read receipt (multipart/report disposition-notification) for our acknowledgement: automated"),

    dict(k="h52", when="2026-11-24 15:05:49", mb="ph", prog="yahoo_web",
         name="Patty Schroeder", addr="pattyschroeder@yahoo.com", subj="catalog list",
         text="Take me off the list. Actually wait, I do want the Christmas one, I always order my grandkids' "
              "stocking stuff from it. Just not all the others the rest of the year? Whatever you can do.\n"
              "Patty\n",
         labels=[], unclear=True, ent={"name": "Patty"},
         cat="unclear", spec="take me off - actually keep the Christmas one",
         note="self-contradicting: asks to be removed, then to keep the holiday catalog: unclear"),

    dict(k="h53", when="2026-11-24 16:18:02", mb="cc", prog="outlook_desktop",
         name="Hawkeye Tool & Die - Accounts Payable", addr="ap@hawkeyetooldie.com", subj="Marketing emails to this mailbox",
         text="Hello,\n\n"
              "Please stop sending marketing e-mails (thermostat offers, newsletters, Giving Tuesday, etc.) to "
              "ap@hawkeyetooldie.com. This mailbox is used for invoices only. Our electric bills should continue to "
              "come here as usual.\n\n"
              "Thank you,\n"
              "Kristin Yoder\n"
              "Accounts Payable\n"
              "Hawkeye Tool & Die, Inc.\n"
              "2200 Industrial Pkwy\n"
              "Waterloo, IA 50701\n"
              "319-555-0176\n",
         labels=[M], ent={"name": "Kristin Yoder", "postal_code": "50701"},
         cat="marketing_opt_out", spec="business AP mailbox: no marketing, keep bills",
         note="business customer's shared AP mailbox: stop marketing e-mail, keep bills; no Reply-To, so the role address itself is answered"),

    dict(k="a18", when="2026-11-24 16:40:33", mb="cc", machine="newsletter", lang="es",
         nl=dict(esp="mailchimp", from_name="Supermercado El Rancho", from_addr="ofertas@elranchosuper.com", sel="k3",
                 subject="¡Ofertas de Thanksgiving! Pavo a 89¢ la libra \U0001F983",
                 text="¡Feliz Día de Acción de Gracias!\n\n"
                      "Ofertas válidas del 24 al 28 de noviembre:\n"
                      "- Pavo entero congelado: 89¢ la libra (con compra mínima de $25)\n"
                      "- Tamales de puerco o de pollo, la docena: $14.99\n"
                      "- Pan dulce recién horneado: 3 por $2\n"
                      "- Camote y calabaza: 79¢ la libra\n\n"
                      "Visítenos en 2100 E. 14th St, Des Moines, IA 50316.\n\n"
                      "Recibe este correo porque customercare@alliant-energy.com se suscribió a las ofertas de El Rancho.\n"
                      "Cancelar suscripción | Actualizar preferencias\n"),
         cat="automated: newsletter", spec="Spanish grocery Thanksgiving newsletter", program="Mailchimp",
         note="Spanish grocery newsletter someone subscribed our address to ('cancelar suscripción' in footer): automated"),

    # =========================================================== Wednesday 25 November
    dict(k="h55", when="2026-11-25 07:20:36", mb="cc", prog="gmail_web",
         name="Sarah Oberbroeckling", addr="sarah.oberbroeckling@gmail.com", subj=None, quote="gt",
         text="Please remove me from your fundraising emails. I give to my church's fuel fund locally. Thanks.\n",
         labels=[M], ent={},
         cat="marketing_opt_out", spec="remove from fundraising e-mails",
         note="remove from our fundraising appeals (promotional e-mail): marketing opt-out"),

    dict(k="h56", when="2026-11-25 08:48:19", mb="ph", prog="thunderbird",
         name="Dale Sorensen", addr="dsorensen@tds.net", subj="Which companies got my name?",
         text="Hello,\n\n"
              "Your privacy policy says the PowerHouse catalog shares its customer list with other catalog "
              "companies. Can you tell me which companies received my name and address in 2026? I'd like to "
              "contact them directly and ask them to stop.\n\n"
              "Customer number from the catalog: 0091-44720\n"
              "Dale Sorensen\n"
              "Mount Horeb WI\n",
         labels=[Q], ent={"name": "Dale Sorensen", "account": "0091-44720"},
         cat="question", spec="with whom was my name shared?",
         note="asks with whom his name was shared (to contact them himself): question, not a sharing opt-out"),

    dict(k="a19", when="2026-11-25 06:20:14", mb="cc", machine="bounce_text",
         b=dict(kind="exim", ref="gt", rcpt="dkoenig@iowaconnect.net", host="mx01.iowaconnect.net", ip="64.71.%d.%d" % (112, 40),
                diag="retry timeout exceeded\n    (mailbox is full: quota exceeded)"),
         cat="automated: bounce", spec="Exim bounce of the Giving Tuesday appeal", program="Exim",
         answers="gt",
         note="classic Exim bounce (no MIME) with our Giving Tuesday appeal and its unsubscribe line copied: automated"),

    dict(k="h57", when="2026-11-25 10:11:44", mb="cc", prog="gmail_web",
         name="Tyson Meier", addr="tmeier.iowa@gmail.com", subj=None, quote="bf",
         text="??\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="'??' under the Black Friday promo",
         note="'??' over a quoted promo says nothing decidable: unclear"),

    dict(k="h58", when="2026-11-25 11:30:02", mb="cc", prog="iphone",
         name="Joyce Ulrich", addr="joyceulrich@icloud.com", subj=None, quote="CC-2026-11-04288",
         text="Thank you!\n\nSent from my iPhone\n",
         labels=[], unclear=False, ent={}, ack_to=None,
         cat="thanks (no action)", spec="'Thank you!' to our acknowledgement",
         note="thanks in reply to our acknowledgement: no labels, not unclear, no acknowledgement (no ping-pong)"),

    dict(k="h59", when="2026-11-25 13:45:27", mb="ph", prog="gmail_android", lang="es",
         name="Marisol Gutiérrez", addr="marisol.gtz@gmail.com", subj="Catálogo",
         text="Buenas tardes. Por favor dejen de enviarme el catálogo PowerHouse y no vendan ni compartan mi "
              "dirección con nadie.\n"
              "Gracias.\n"
              "Marisol Gutiérrez\n"
              "Columbus Junction, IA 52738\n",
         labels=[M, S], ent={"name": "Marisol Gutiérrez", "postal_code": "52738"},
         cat="both opt-outs", spec="stop catalog, don't sell or share (es)",
         note="Spanish: stop the catalog and don't sell or share her address: both opt-outs"),

    dict(k="h60", when="2026-11-25 15:02:33", mb="cc", prog="gmail_web",
         name="Doug Reicks", addr="dougreicks@gmail.com", subj="Mail for old tenants",
         text="Hi,\n\n"
              "I own a rental house at 415 4th St NW in Mount Vernon, IA 52314. The tenants moved out at the end "
              "of October and your mail keeps coming for them, ads and everything. Please stop sending it.\n\n"
              "Doug Reicks\n",
         labels=[], unclear=True, ent={"postal_code": "52314"},
         cat="unclear", spec="landlord asks to stop mail for former tenants",
         note="landlord writing about his former tenants' mail: on behalf of others whose names he does not give, unclear; the ZIP is the address concerned"),

    dict(k="a20", when="2026-11-25 12:10:48", mb="cc", machine="phish",
         ph={"from": "\"Costco Member Rewards\" <rewards@cstco-members-gift.top>",
             "subject": "\U0001F381 Thanksgiving Reward: your $100 Costco gift card is waiting",
             "cte": "quoted-printable",
             "env": "info@mx3.cstco-members-gift.top", "helo": "mx3.cstco-members-gift.top", "ip": "193.42.%d.%d" % (33, 200),
             "mid_host": "cstco-members-gift.top",
             "html": "<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;text-align:center\">\n"
                     "<h2 style=\"color:#005DAA\">Congratulations!</h2>\n"
                     "<p>As a valued member, you have been selected for our Thanksgiving Reward.</p>\n"
                     "<p>Complete a 30-second survey to claim your <b>$100 Costco gift card</b>.</p>\n"
                     "<p><a href=\"http://cstco-members-gift.top/r/x8812\" style=\"background:#E31837;color:#fff;padding:12px 24px;"
                     "text-decoration:none;border-radius:4px\">CLAIM NOW</a></p>\n"
                     "<p style=\"font-size:11px;color:#888\">Only a $2.95 shipping fee applies. Offer expires 11/27/2026.<br>\n"
                     "To unsubscribe from future offers click <a href=\"http://cstco-members-gift.top/u\">here</a>.</p>\n"
                     "</body></html>\n"},
         cat="automated: phishing", spec="fake Costco Thanksgiving reward", program="bulk mailer",
         note="holiday gift-card phishing, HTML only: automated"),

    dict(k="h61", when="2026-11-25 17:33:50", mb="cc", prog="outlook_com",
         name="Angela Bruns", addr="angela.bruns@outlook.com", subj="Not what I signed up for",
         text="I signed up for paperless billing, not for ads. Please remove my email address from all marketing.\n"
              "Angela Bruns\n",
         labels=[M], ent={"name": "Angela Bruns"},
         cat="marketing_opt_out", spec="paperless billing yes, ads no",
         note="remove e-mail from all marketing, keep paperless bills: marketing opt-out"),

    dict(k="h62", when="2026-11-25 19:46:05", mb="ph", prog="yahoo_web",
         name="Donna Heitz", addr="dheitz54@yahoo.com", subj="Fwd: Your PowerHouse Holiday Catalog is on its way [PH-2611-HOL]",
         quote="ph_holiday", fwd=True,
         text="",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="our catalog e-mail forwarded back with no text",
         note="forwards our own catalog e-mail back with no words of her own: the footer's unsubscribe/sharing text is ours, so unclear"),

    # =========================================================== Thursday 26 November (Thanksgiving)
    dict(k="a21", when="2026-11-26 10:02:01", mb="cc", machine="ooo_plain", lang="es",
         ooo=dict(ref="CC-2026-11-04402", name="Contabilidad Ríos", addr="info@contabilidadrios.com",
                  subject="Fuera de la oficina", charset="iso-8859-1", cte="quoted-printable",
                  helo="server.hostpapa-us44.com", ip="198.71.%d.%d" % (54, 131), sel="default",
                  received="Received: from contabil by server.hostpapa-us44.com with local (Exim 4.97.1)\n"
                           "\t(envelope-from <info@contabilidadrios.com>)\n\tfor customercare@alliant-energy.com; %(date)s",
                  text="Gracias por su mensaje.\n\n"
                       "Nuestra oficina estará cerrada el jueves 26 y el viernes 27 de noviembre por el Día de Acción "
                       "de Gracias. Responderemos a su correo a partir del lunes 30 de noviembre.\n\n"
                       "Atentamente,\n"
                       "Contabilidad Ríos\n"
                       "Servicios de impuestos y contabilidad\n"
                       "Tel. 563-555-0172\n"),
         cat="automated: auto-reply (loop)", spec="Spanish headerless out-of-office to our acknowledgement",
         program="cPanel autoresponder", answers="ack CC-2026-11-04402",
         note="LOOP TRAP: Spanish holiday out-of-office without Auto-Submitted, iso-8859-1: automated"),

    dict(k="h63", when="2026-11-26 09:14:22", mb="ph", prog="ipad_att",
         name="Betty Lou Carmody", addr="blcarmody@att.net", subj="Catalog",
         text="Happy Thanksgiving. Please take me off your catalog list. My daughter is here showing me how to do "
              "email on the new iPad.\n"
              "Betty Lou Carmody\n\n"
              "Sent from my iPad\n",
         labels=[M], ent={"name": "Betty Lou Carmody"},
         cat="marketing_opt_out", spec="Thanksgiving morning, daughter helping",
         note="she writes for herself (the daughter only helps): catalog removal is a marketing opt-out"),

    dict(k="h64", when="2026-11-26 09:40:51", mb="cc", prog="iphone", lang="es",
         name="Verónica Delgado", addr="vero.delgado81@gmail.com", subj="Cuenta de mi mamá",
         text="Hola, buenos días. Mi mamá, Carmen Delgado, falleció en agosto y siguen llegando cartas y facturas a "
              "su nombre a la casa. ¿Qué tengo que hacer para cerrar la cuenta o ponerla a mi nombre? Yo vivo en "
              "la casa.\n\n"
              "Gracias,\n"
              "Verónica Delgado\n\n"
              "Enviado desde mi iPhone\n",
         labels=[Q], ent={"name": "Carmen Delgado"},
         cat="question", spec="mother died: how to close or transfer the account (es)",
         note="Spanish: asks what to do about her late mother's account; a clear question, no request to act; name is the account holder it concerns"),

    dict(k="a22", when="2026-11-26 15:29:41", mb="cc", machine="vacation_gmail",
         ooo=dict(ref="CC-2026-11-04405", name="Heidi Schramm", addr="heidi.schramm@gmail.com",
                  subject="Happy Thanksgiving! (away until Nov 30)",
                  text="Hi! I'm traveling to see family for Thanksgiving and will only check email now and then "
                       "until Monday, November 30. Talk soon!\n\nHeidi\n"),
         cat="automated: auto-reply (loop)", spec="Gmail vacation responder to our acknowledgement",
         program="Gmail vacation responder", answers="ack CC-2026-11-04405",
         note="LOOP TRAP: Gmail vacation responder (Auto-Submitted: auto-replied) answering our acknowledgement"),

    # =========================================================== Friday 27 November (Black Friday)
    dict(k="h65", when="2026-11-27 06:12:03", mb="cc", prog="gmail_android",
         name="Rick Sadler", addr="ricksadler.ia@gmail.com", subj=None, quote="bf_last",
         text="STOP SENDING ME BLACK FRIDAY ADS\n",
         labels=[M], ent={},
         cat="marketing_opt_out", spec="STOP SENDING ME BLACK FRIDAY ADS",
         note="shouted opt-out under the last-call promo: marketing opt-out"),

    dict(k="h66", when="2026-11-27 07:48:37", mb="cc", prog="gmail_android",
         name="Megan Kruse", addr="megkruse@gmail.com", subj="Thermostat rebate",
         text="I bought a Nest thermostat at Best Buy this morning for Black Friday. Where do I find the $50 rebate "
              "form and do I need the receipt or just the box UPC? Account 0417-553-921\n\n"
              "Megan Kruse\n",
         labels=[Q], ent={"name": "Megan Kruse", "account": "0417-553-921"},
         cat="question", spec="where is the rebate form?",
         note="rebate question: question"),

    dict(k="a23", when="2026-11-27 09:10:26", mb="ph", machine="vendor",
         v=dict(from_name="UPS", from_addr="mcinfo@ups.com", sel="ups1", helo="mailhost.ups.com", ip="153.2.%d.%d" % (236, 14),
                html=True, mid_host="ups.com",
                subject="UPS Update: Delivery Exception - Address Correction Needed",
                extra=["X-UPS-QVN: Exception", "Auto-Submitted: auto-generated"],
                text="Hello, PowerHouse Catalog\n\n"
                     "A delivery exception occurred for a package you sent.\n\n"
                     "Tracking Number: 1Z8W4R710391773402\n"
                     "Ship To: WATERLOO, IA, US\n"
                     "Exception Reason: The street number is incorrect. This may delay delivery.\n"
                     "Scheduled Delivery: Updated once address is corrected\n"
                     "Reference Number 1: PH-451077\n\n"
                     "Please do not reply directly to this email. UPS will not receive any reply message.\n"
                     "Quantum View Notify - UPS\n"),
         cat="automated: shipping", spec="UPS delivery exception for a catalog order", program="UPS Quantum View",
         note="carrier shipping notification to the catalog as shipper: automated"),

    dict(k="h67", when="2026-11-27 09:33:40", mb="cc", prog="outlook_desktop",
         name="Greg Toomey", addr="gtoomey@toomeyag.com", subj=None, quote="bf_last",
         text="Please remove me from this list.\n\n"
              "Thanks,\n"
              "Greg Toomey\n",
         labels=[M], ent={"name": "Greg Toomey"},
         cat="marketing_opt_out", spec="'remove me from this list' over Outlook quote",
         note="'this list' resolves from the quoted promo below (Outlook block): marketing opt-out"),

    dict(k="h68", when="2026-11-27 10:55:15", mb="cc", prog="yahoo_web", lang="es",
         name="Rigoberto Salinas", addr="rigo.salinas@yahoo.com", subj="Promociones y factura",
         text="Buenos días.\n"
              "Quiero que dejen de mandarme correos de promociones, ya son muchos.\n"
              "Otra pregunta: ¿por qué mi factura de noviembre salió más alta que la de octubre si todavía no "
              "prendíamos la calefacción? Cuenta 3390 2271 50.\n"
              "Gracias.\n"
              "Rigoberto Salinas\n",
         labels=[M, Q], ent={"name": "Rigoberto Salinas", "account": "3390 2271 50"},
         cat="opt-out + question", spec="stop promotional e-mails + bill question (es)",
         note="Spanish: stop promotional e-mails plus a billing question: both labels"),

    dict(k="a24", when="2026-11-27 08:04:12", mb="ph", machine="ndr_o365",
         b=dict(ref="ph_bf", rcpt="jlangreck@marshalltowncsd.org"),
         cat="automated: bounce", spec="Microsoft 365 NDR of the PowerHouse Black Friday e-mail", program="Exchange Online",
         answers="ph_bf",
         note="Microsoft 365 non-delivery report for our catalog e-mail: automated"),

    dict(k="a25", when="2026-11-27 08:01:55", mb="ph", machine="ooo_exchange",
         ooo=dict(ref="ph_bf", name="Deb Klostermann", addr="dklostermann@dbqtrust.com",
                  text="I'm out of the office through Monday, November 30. Happy Thanksgiving!\n\n"
                       "If you need immediate assistance, please contact our main office at 563-555-0131.\n"),
         cat="automated: auto-reply", spec="Exchange out-of-office to the PowerHouse Black Friday e-mail",
         program="Microsoft 365 (Exchange OOF)", answers="ph_bf",
         note="holiday out-of-office answering our catalog e-mail: automated"),

    dict(k="h69", when="2026-11-27 12:20:48", mb="cc", prog="gmail_web",
         name="Lauren Mohr", addr="laurenmohr.cr@gmail.com", subj=None, quote="bf_last",
         text="\U0001F44D\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="thumbs-up emoji under the last-call promo",
         note="only an emoji over our quoted promo: unclear"),

    dict(k="h70", when="2026-11-27 13:07:22", mb="ph", prog="gmail_unsub", lang="es",
         name="Adriana Molina", addr="adriana.molina.wi@gmail.com", subj="unsubscribe",
         to="powerhousecatalog@alliant-energy.com",
         text="Gmail ha generado este mensaje automáticamente.\n",
         labels=[M], ent={},
         cat="software unsubscribe", spec="Gmail Unsubscribe button, Spanish interface", answers="ph_bf",
         note="Gmail Unsubscribe button (Spanish interface) on the PowerHouse e-mail: marketing opt-out, not a sharing request"),

    dict(k="h71", when="2026-11-27 14:40:09", mb="cc", prog="outlook_com",
         name="Nathan Kwiatkowski", addr="nkwiatkowski@outlook.com", subj="Smart thermostat data - privacy question",
         text="Hello,\n\n"
              "Before I buy a thermostat through your Black Friday promotion, I'd like to understand the privacy "
              "side. If I buy through the Alliant Energy Marketplace and claim the rebate, does Alliant get access to "
              "my thermostat data (temperatures, schedules, when we're home)? Is any of it shared with or sold to "
              "third parties? And does claiming the rebate enroll me in a demand-response program automatically?\n\n"
              "Thanks,\n"
              "Nathan Kwiatkowski\n",
         labels=[Q], ent={"name": "Nathan Kwiatkowski"},
         cat="question", spec="does Alliant get my thermostat data?",
         note="privacy question about thermostat data and sharing; 'sold to third parties' is asked, not refused: question only"),

    # =========================================================== Saturday 28 November
    dict(k="h72", when="2026-11-28 08:30:44", mb="ph", prog="aol",
         name="Harriet Voss", addr="harrietvoss@aol.com", subj="Do not share my name",
         text="I like your catalog and I want to keep getting it. But I am being flooded with catalogs from other "
              "companies. Please do not share, rent or exchange my name with anyone.\n\n"
              "Harriet Voss\n"
              "Customer No. 55-20318-7\n"
              "Dubuque 52001\n",
         labels=[S], ent={"name": "Harriet Voss", "postal_code": "52001", "account": "55-20318-7"},
         cat="catalog_share_opt_out", spec="keep catalog, don't share; customer number",
         note="keeps the catalog, refuses sharing: catalog_share_opt_out only"),

    dict(k="a26", when="2026-11-28 03:15:27", mb="cc", machine="phish",
         ph={"from": "\"Microsoft 365 Admin\" <no-reply@m365-storage-alerts.net>",
             "subject": "customercare@alliant-energy.com: mailbox 99% full - holiday storage upgrade",
             "cte": "base64", "charset": "utf-8",
             "env": "admin@m365-storage-alerts.net", "helo": "smtp.m365-storage-alerts.net", "ip": "91.92.%d.%d" % (247, 61),
             "mid_host": "m365-storage-alerts.net",
             "html": "<html><body style=\"font-family:Segoe UI,Arial,sans-serif\">\n"
                     "<p><b>Microsoft 365</b></p>\n"
                     "<p>Your mailbox customercare@alliant-energy.com is 99% full. Incoming messages will be "
                     "rejected after 11/28/2026.</p>\n"
                     "<p>Claim your free holiday storage upgrade to keep receiving email:</p>\n"
                     "<p><a href=\"http://m365-storage-alerts.net/upgrade?u=customercare\">Upgrade storage</a></p>\n"
                     "<p style=\"font-size:11px;color:#666\">Microsoft Corporation, One Microsoft Way, Redmond, WA</p>\n"
                     "</body></html>\n"},
         cat="automated: phishing", spec="fake Microsoft 365 storage upgrade", program="bulk mailer",
         note="credential phishing aimed at the mailbox itself: automated"),

    dict(k="h73", when="2026-11-28 10:14:27", mb="cc", prog="gmail_android", lang="es",
         name="Jorge Medina", addr="jorgemedina.ia@gmail.com", subj="Ya basta",
         text="Por favor ya basta.\n",
         labels=[], unclear=True, ent={},
         cat="unclear", spec="'Por favor ya basta' (es)",
         note="Spanish 'please, enough already' with no object and no quote: unclear"),

    dict(k="h74", when="2026-11-28 11:48:03", mb="cc", prog="iphone",
         name="Lisa Pietsch-Romero", addr="lisapietsch@icloud.com", subj="My dad's account",
         text="Hello, my dad Arnold Pietsch is 91 and moved in with us in October, so I'm taking care of his mail "
              "now. Please stop all the advertising going to his old house (1107 Oak St, Reedsburg WI 53959), and "
              "can you tell me how to get his final bill sent here instead?\n\n"
              "Thank you,\n"
              "Lisa\n\n"
              "Sent from my iPhone\n",
         labels=[Q], unclear=True, ent={"name": "Arnold Pietsch", "postal_code": "53959"},
         cat="unclear", spec="daughter handles father's mail: stop ads + final bill",
         note="on behalf of her father without shown standing: the opt-out is unclear; the final-bill question needs a human anyway (question kept); entities name the father"),

    dict(k="h75", when="2026-11-28 13:22:39", mb="ph", prog="yahoo_android",
         name="Colleen Fitzgerald", addr="colleenfitz@yahoo.com", subj="Mailing list",
         text="Please remove me from your mailing list. Thank you.\n\n"
              "Colleen Fitzgerald\n"
              "1518 Jackson St\n"
              "Oelwein, IA 50662\n",
         labels=[M], ent={"name": "Colleen Fitzgerald", "postal_code": "50662"},
         cat="marketing_opt_out", spec="remove from mailing list, to the catalog mailbox",
         note="'remove me from your mailing list' sent to the catalog mailbox means the catalog mailing: marketing opt-out, not sharing"),

    dict(k="a27", when="2026-11-28 07:00:18", mb="cc", machine="newsletter",
         nl=dict(esp="sfmc", from_name="Hearth & Home Outlet", from_addr="news@e.hearthhomeoutlet.com", sel="200608",
                 subject="Cyber Monday starts NOW: 40% off fireplaces & space heaters",
                 text="CYBER MONDAY STARTS NOW\n\n"
                      "40% off electric fireplaces and space heaters, this weekend only.\n"
                      "Free shipping on orders over $99.\n\n"
                      "Shop the sale: https://www.hearthhomeoutlet.com/cyber\n\n"
                      "This email was sent to customercare@alliant-energy.com.\n"
                      "Unsubscribe | Privacy Policy | Your Privacy Choices\n"
                      "Hearth & Home Outlet, 800 Heritage Blvd, Rockford, IL 61108\n"),
         cat="automated: newsletter", spec="home-goods retailer Cyber Monday newsletter", program="Salesforce Marketing Cloud",
         note="retailer newsletter (Cyber Monday): automated"),

    dict(k="h76", when="2026-11-28 15:10:20", mb="cc", prog="gmail_web",
         name="Paul Zabel", addr="paulzabel@gmail.com", subj=None, quote="CC-2026-11-04236",
         text="Thanks, but my email last week also asked why my bill went up $90 and nobody has answered that part. "
              "Account 7730 1155 82.\n",
         labels=[Q], ent={"account": "7730 1155 82"},
         cat="question", spec="reply to our ack: billing part unanswered",
         note="reply to our acknowledgement that does ask for something (an unanswered billing question): question, acknowledged"),

    dict(k="h77", when="2026-11-28 18:02:51", mb="ph", prog="outlook_com", lang="es",
         name="Teresa Aguilar", addr="teresa.aguilar@outlook.com", subj="Catálogo",
         text="Gracias por el catálogo, pero ya no lo necesito. Por favor bórrenme de la lista de envíos.\n"
              "Teresa Aguilar\n",
         labels=[M], ent={"name": "Teresa Aguilar"},
         cat="marketing_opt_out", spec="no longer need the catalog (es), iso-8859-1",
         note="Spanish: take me off the mailing list for the catalog: marketing opt-out; Outlook.com sends iso-8859-1"),

    # =========================================================== Sunday 29 November
    dict(k="h78", when="2026-11-29 09:40:30", mb="cc", prog="outlook_com",
         name="Steven Holtz", addr="steve.holtz@outlook.com", subj="Opt out of promotional mail",
         text="Hello,\n\n"
              "I'd like to opt out of all promotional mail from Alliant Energy, both the paper flyers that come in "
              "with my bill and the marketing e-mails. Bills and outage notices are fine.\n\n"
              "Account number: 9912-0044-718\n"
              "ZIP: 52240\n\n"
              "Steven Holtz\n",
         labels=[M], ent={"name": "Steven Holtz", "postal_code": "52240", "account": "9912-0044-718"},
         cat="marketing_opt_out", spec="opt out of paper flyers and e-mails, keep bills",
         note="both marketing channels, service mail kept: marketing opt-out"),

    dict(k="h79", when="2026-11-29 11:15:06", mb="ph", prog="gmail_web",
         name="Jenna Rasmussen", addr="jenna.rasmussen@gmail.com", subj=None, quote="ph_bf",
         text="Two things: please stop e-mailing me the sales, and don't give my name to other catalog companies. I "
              "do like the paper catalog, so keep sending that.\n\n"
              "Jenna\n",
         labels=[M, S], ent={"name": "Jenna"},
         cat="both opt-outs", spec="stop e-mails, keep paper, don't share",
         note="stop the e-mails (channel named; paper catalog kept) and no sharing: both opt-outs"),

    dict(k="a28", when="2026-11-29 09:05:02", mb="cc", machine="challenge",
         cat="automated: challenge-response", spec="challenge-response for our acknowledgement", program="BoxGuard",
         answers="ack CC-2026-11-04511",
         note="challenge-response asking us to verify we are human, triggered by our acknowledgement: automated"),

    dict(k="h80", when="2026-11-29 14:28:55", mb="cc", prog="yahoo_web",
         name="Ken Mathis", addr="kenmathis47@yahoo.com", subj="same as last year",
         text="As I asked last year, please take care of it again. Ken Mathis\n",
         labels=[], unclear=True, ent={"name": "Ken Mathis"},
         cat="unclear", spec="'as I asked last year'",
         note="refers to an earlier request without saying what: unclear"),

    dict(k="h81", when="2026-11-29 16:50:12", mb="cc", prog="gmail_android", lang="es",
         name="Ana Lucía Ramos", addr="analuciaramos@gmail.com", subj=None, quote="CC-2026-11-04497",
         text="Muchas gracias por la confirmación.\n",
         labels=[], unclear=False, ent={}, ack_to=None,
         cat="thanks (no action)", spec="Spanish thanks to our acknowledgement",
         note="Spanish thanks in reply to our acknowledgement: no labels, no acknowledgement"),

    dict(k="a29", when="2026-11-29 12:40:33", mb="cc", machine="bounce_text",
         b=dict(kind="qmail", ref="CC-2026-11-04519", rcpt="rhoepner@iowatelecom.net", host="mail.iowatelecom.net",
                ip="207.28.%d.%d" % (120, 7), diag="This address no longer accepts mail."),
         cat="automated: bounce", spec="qmail failure notice for our acknowledgement", program="qmail",
         answers="ack CC-2026-11-04519",
         note="qmail bounce of our acknowledgement: automated"),
]
