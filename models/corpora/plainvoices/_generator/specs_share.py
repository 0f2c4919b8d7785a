"""Clear requests not to share/sell/rent the name and address (catalog_share_opt_out), alone or together
with a marketing opt-out."""
from common import make, on_top
from ours import CC, PH

SPECS = []
M = make(SPECS)
SH = ["catalog_share_opt_out"]
BOTH = ["marketing_opt_out", "catalog_share_opt_out"]

M(id="k01", mailbox="powerhousecatalog", cat="cs:keep-catalog-dont-sell", lang="en", client="gmail",
  frm=("Wendy Carlisle", "wendy.carlisle@gmail.com"), subject="Love the catalog, but",
  date="2026-01-27 13:10",
  body="""Hi PowerHouse,

I really enjoy the catalog and I order from it a couple of times a year, so please keep it coming. I'd just ask that you not sell my name to other catalogs. Since I first ordered, I've been hearing from companies I've never heard of.

Wendy Carlisle
Fitchburg, WI 53711
""",
  labels=SH, entities={"name": "Wendy Carlisle", "postal_code": "53711"},
  note="Keeps the catalog, asks not to be sold to other catalogs: catalog_share_opt_out only")

M(id="k02", mailbox="powerhousecatalog", cat="cs:dont-rent", lang="en", client="outlookcom",
  frm=("Stuart Mahlberg", "smahlberg@hotmail.com"), subject="Mailing list rental",
  date="2026-02-10 09:26",
  body="""Please do not rent my address to any other company.

Stuart Mahlberg
1207 Prairie Ln, Marion IA 52302
""",
  labels=SH, entities={"name": "Stuart Mahlberg", "postal_code": "52302"},
  note="'Do not rent my address' is the list-rental idiom of the catalog trade")

M(id="k03", mailbox="powerhousecatalog", cat="cs:in-house", lang="en", client="apple",
  frm=("Irene Castellanos", "irene.castellanos@me.com"), subject="My information",
  date="2026-03-16 16:44",
  body="""Hello,

Please keep my information in-house. I'm happy to be your customer, I'm not happy to be everybody's customer.

Irene Castellanos
Customer #00318842
""",
  labels=SH, entities={"name": "Irene Castellanos", "account": "00318842"},
  note="'Keep my information in-house' means no sharing outside the company; nothing said against the catalog itself")

M(id="k04", mailbox="powerhousecatalog", cat="cs:do-not-sell-ccpa", lang="en", client="gmail",
  frm=("Jane Quist", "janequist@gmail.com"), subject="Do Not Sell My Personal Information",
  date="2026-04-02 11:58",
  body="""Do not sell my personal information.

Jane Quist
53704
""",
  labels=SH, entities={"name": "Jane Quist", "postal_code": "53704"},
  note="Statutory 'Do not sell my personal information' phrase as subject and body; ZIP alone on a line")

M(id="k05", mailbox="customercare", cat="cs:wrong-mailbox-keep-catalog", lang="en", client="yahoo",
  frm=("Doug Renfro", "dougrenfro@yahoo.com"), subject="catalog question... not really a question",
  date="2026-04-29 20:13",
  body="""Hi, I think this goes to the catalog people. Keep sending me the PowerHouse catalog, but no third parties get my address. That's all.
Doug Renfro
""",
  labels=SH, entities={"name": "Doug Renfro"},
  note="Share opt-out sent to customercare instead of powerhousecatalog; subject says 'question' but nothing is asked")

M(id="k06", mailbox="powerhousecatalog", cat="cs:stop-trading-name", lang="en", client="isp",
  frm=("Lorraine Budde", "lbudde@mchsi.com"), subject="Other catalogs", date="2026-05-19 14:37",
  body="""Since I ordered a draft stopper from you last fall I get five other catalogs I never asked for: garden, clothing, a cheese company. Please stop trading my name with them.

Lorraine Budde
Account PH 771 0932
""",
  labels=SH, entities={"name": "Lorraine Budde", "account": "PH 771 0932"},
  note="'Stop trading my name' is a share opt-out; the other companies' catalogs are not ours to stop")

_s, _b, _r = on_top("gmail", "ph_garden", "2026-04-22 08:30",
                    "Love this catalog! But please remove me from the list you swap with other companies. Thanks - Rhoda",
                    PH, "abcdef9876")
M(id="k07", mailbox="powerhousecatalog", cat="cs:reply-under-catalog-swap", lang="en", client="gmail",
  frm=("Rhoda Greenfield", "rhodagreenfield@gmail.com"), subject=_s, date="2026-04-22 12:02", body=_b,
  in_reply_to=_r, references=_r, labels=SH, entities={"name": "Rhoda"},
  note="Reply above our catalog e-mail: 'remove me from the list you swap' is the share list, and she loves the catalog; not a marketing opt-out")

M(id="k08", mailbox="powerhousecatalog", cat="cs:dont-pass-along", lang="en", client="iphone",
  frm=("Curtis Amundson", "camundson@icloud.com"), subject="Name and address",
  date="2026-06-03 07:48",
  body="""Don't pass my name and address along to anyone else please.

Curtis Amundson
Sent from my iPhone
""",
  labels=SH, entities={"name": "Curtis Amundson"},
  note="'Don't pass my name along to anyone else': share opt-out in plain idiom")

M(id="k09", mailbox="powerhousecatalog", cat="cs:formal-hereby", lang="en", client="o365",
  frm=("Meredith Osei", "meredith.osei@uiowa.edu"), subject="Opt-out of sale or exchange of personal information",
  date="2026-06-24 10:05",
  body="""To the PowerHouse Catalog:

I hereby opt out of the sale, rental or exchange of my personal information, including my name and mailing address, with any third party. This request applies to my home address below; please continue to send the catalog.

Meredith Osei
508 Woolf Ave
Iowa City, IA 52246
""",
  labels=SH, entities={"name": "Meredith Osei", "postal_code": "52246"},
  note="Legalistic 'I hereby opt out of the sale, rental or exchange'; catalog explicitly kept")

M(id="k10", mailbox="powerhousecatalog", cat="cs:no-third-parties-short", lang="en", client="gmail",
  frm=("Ben Thao", "benthao.wi@gmail.com"), subject="no third parties", date="2026-07-28 21:30",
  body="""No third parties please. Keep the catalog coming though, my wife loves it.

Ben
""",
  labels=SH, entities={"name": "Ben"},
  note="Three-word share opt-out; the catalog is kept, so no marketing opt-out")

M(id="k11", mailbox="powerhousecatalog", cat="cs:flag-do-not-share", lang="en", client="roundcube",
  frm=("Pauline Rasmussen", "prasmussen@frontiernet.net"), subject="Do Not Share",
  date="2026-08-26 13:16",
  body="""Please flag my account "Do Not Share".

Name: Pauline Rasmussen
Customer no.: 0092-55173
ZIP: 54601
""",
  labels=SH, entities={"name": "Pauline Rasmussen", "postal_code": "54601", "account": "0092-55173"},
  note="Form-like body with labelled fields; 'Do Not Share' flag asked by the customer herself")

# ------------------------------------------------------------------------------------ Spanish
M(id="k12", mailbox="powerhousecatalog", cat="cs:es-no-compartan", lang="es", client="gmail",
  frm=("Rosa Imelda Paz", "rosaimeldapaz@gmail.com"), subject="No compartan mis datos",
  date="2026-03-25 17:08",
  body="""Hola,

Por favor no compartan mi nombre ni mi dirección con otras compañías de catálogos. El catálogo sí lo quiero seguir recibiendo.

Rosa Imelda Paz
Postville, IA 52162
""",
  labels=SH, entities={"name": "Rosa Imelda Paz", "postal_code": "52162"},
  note="Spanish share opt-out that keeps the catalog ('el catálogo sí lo quiero seguir recibiendo')")

M(id="k13", mailbox="customercare", cat="cs:es-no-vendan-wrong-box", lang="es", client="outlookcom",
  frm=("Julio César Montaño", "jcmontano@hotmail.com"), subject="No vendan mi información",
  date="2026-06-11 19:45",
  body="""No vendan mi información personal a nadie, por favor.

Julio César Montaño
""",
  labels=SH, entities={"name": "Julio César Montaño"},
  note="Spanish 'do not sell my personal information' sent to customercare (wrong mailbox)")

M(id="k14", mailbox="powerhousecatalog", cat="cs:es-terceros", lang="es", client="yahoo", charset="iso-8859-1",
  frm=("Esperanza Lugo", "esperanzalugo@yahoo.com"), subject="datos a terceros",
  date="2026-10-06 12:27",
  body="""Buenos días. Por favor no den mis datos a terceros. Gracias.
Esperanza Lugo, código postal 52060
""",
  labels=SH, entities={"name": "Esperanza Lugo", "postal_code": "52060"},
  note="Spanish 'no den mis datos a terceros'; ISO-8859-1 charset")

# ------------------------------------------------------------------------------ both opt-outs
M(id="b01", mailbox="powerhousecatalog", cat="both:one-sentence", lang="en", client="outlookcom",
  frm=("Lyle Dettmann", "lyledettmann@outlook.com"), subject="catalog", date="2026-01-08 08:17",
  body="""Stop the catalog, and don't give my name to anyone else either.

Lyle Dettmann, Waverly IA 50677
""",
  labels=BOTH, entities={"name": "Lyle Dettmann", "postal_code": "50677"},
  note="Both opt-outs in one short sentence")

M(id="b02", mailbox="customercare", cat="both:promos-and-sell", lang="en", client="gmail",
  frm=("Tasha Ewing", "tasha.ewing@gmail.com"), subject="promos", date="2026-02-12 22:40",
  body="""Don't send me any more promos and don't sell my info. Thanks

Tasha
""",
  labels=BOTH, entities={"name": "Tasha"},
  note="Both opt-outs, sent to customercare; 'don't sell my info' is a share opt-out wherever it arrives")

_s, _b, _r = on_top("iphone", "ph_gift", "2026-11-10 07:00",
                    "Unsubscribe, and do not share my address with other catalogs.", PH, "9090dada11")
M(id="b03", mailbox="powerhousecatalog", cat="both:reply-under-gift-guide", lang="en", client="iphone",
  frm=("Marcus Leung", "marcus.leung@icloud.com"), subject=_s, date="2026-11-10 08:14", body=_b,
  in_reply_to=_r, references=_r, labels=BOTH, entities={},
  note="iPhone reply above the holiday gift guide: unsubscribe plus do-not-share in one line")

_body = """Good afternoon,

Please remove Hartwig Veterinary Clinic from the PowerHouse catalog mailing list and do not include our name or address in any list made available to other catalog companies.

Regards,

Diane Hartwig, DVM
Hartwig Veterinary Clinic
315 Main St
Monticello, IA 52310
"""
M(id="b04", mailbox="powerhousecatalog", cat="both:business-formal", lang="en", client="o365",
  frm=("Diane Hartwig", "dhartwig@hartwigvet.com"), subject="Catalog mailing list and list sharing",
  date="2026-03-04 14:02", body=_body, labels=BOTH,
  entities={"name": "Diane Hartwig", "postal_code": "52310"},
  note="Business owner for her clinic; name written without the ', DVM' suffix per the entity rule")

M(id="b05", mailbox="customercare", cat="both:buried-retirement-letter", lang="en", client="thunderbird",
  frm=("Frank Nemecek", "fnemecek@iowatelecom.net"), subject="Retired and simplifying",
  date="2026-05-12 10:50",
  body="""Hello,

I retired from the John Deere works in March after 38 years and Lois and I are spending this year simplifying everything: the garage, the basement, the magazines, the whole works. We cancelled eleven subscriptions last month alone.

So in that spirit: please stop sending us your advertising, the paper and the e-mail, and please don't let our name go out on any list to other companies. You folks have been good to us otherwise and the power has been reliable.

We are going down to Arizona in January for six weeks but that has nothing to do with you, the bills are on autopay.

Frank Nemecek
Waterloo IA 50701
Acct 2219-004-771
""",
  labels=BOTH, entities={"name": "Frank Nemecek", "postal_code": "50701", "account": "2219-004-771"},
  note="Both opt-outs buried in a chatty retirement letter; the trip is explicitly not a request")

M(id="b06", mailbox="powerhousecatalog", cat="both:mailing-list-and-rented", lang="en", client="apple",
  frm=("Heidi Schroeder", "heidi.schroeder@mac.com"), subject="Lists", date="2026-06-30 18:18",
  body="""Please remove me from your mailing list and from any list you rent to other companies.

Heidi Schroeder
""",
  labels=BOTH, entities={"name": "Heidi Schroeder"},
  note="Both opt-outs in one sentence ('your mailing list' and 'any list you rent')")

M(id="b07", mailbox="customercare", cat="both:junk-and-sold-lists", lang="en", client="gmail",
  frm=("Earl Fenske", "earlfenske@gmail.com"), subject="junk mail and selling names",
  date="2026-08-07 06:35",
  body="""No more junk mail, and keep my name off the lists you sell. -- Earl Fenske, 54701
""",
  labels=BOTH, entities={"name": "Earl Fenske", "postal_code": "54701"},
  note="One line with both opt-outs and the signature on the same line")

M(id="b08", mailbox="customercare", cat="both:household-all-lists", lang="en", client="ox",
  frm=("The Okonkwo Family", "okonkwofamily@comcast.net"), reply_to=("Chidi Okonkwo", "chidi.okonkwo@gmail.com"),
  subject="All mailing lists", date="2026-09-17 20:20",
  body="""Hello,

I'm the account holder. Please take our household off all of your mailing lists, both yours and the ones you share with other companies. Please answer me at my own address, chidi.okonkwo@gmail.com, not the family one.

Chidi Okonkwo
Account 9005 6613 27
""",
  labels=BOTH, entities={"name": "Chidi Okonkwo", "account": "9005 6613 27"},
  note="Account holder writing from a shared family address; asks for the answer at his own address, which is in Reply-To")

M(id="b09", mailbox="powerhousecatalog", cat="both:blunt-quit", lang="en", client="isp",
  frm=(None, "bigjim.hauser@netins.net"), subject="QUIT", date="2026-10-27 16:09",
  body="""QUIT MAILING ME STUFF AND QUIT SELLING MY ADDRESS.
""",
  labels=BOTH, entities={},
  note="All caps, no name, no display name; both opt-outs are clear")

M(id="b10", mailbox="powerhousecatalog", cat="both:es-catalogo-y-datos", lang="es", client="gmail", cte="base64",
  frm=("Ana Lucía Barrientos", "analucia.barrientos@gmail.com"), subject="Catálogo y mis datos",
  date="2026-04-08 10:22",
  body="""Buenos días,

Ya no me envíen el catálogo y tampoco compartan mis datos con nadie.

Saludos,
Ana Lucía Barrientos
Muscatine, IA 52761
""",
  labels=BOTH, entities={"name": "Ana Lucía Barrientos", "postal_code": "52761"},
  note="Spanish, both opt-outs ('ya no me envíen el catálogo', 'tampoco compartan mis datos')")

M(id="b11", mailbox="customercare", cat="both:bilingual-stop-no-vendan", lang="es", client="iphone",
  frm=("Ramón Echeverría", "ramon.echeverria@icloud.com"), subject="STOP", date="2026-08-31 13:03",
  body="""Please STOP all mail y no vendan mi información. Gracias

Ramón Echeverría
Cuenta 6610 0721 85

Enviado desde mi iPhone
""",
  labels=BOTH, entities={"name": "Ramón Echeverría", "account": "6610 0721 85"},
  note="Bilingual: English STOP of all (marketing) mail, Spanish 'no vendan mi información'")
