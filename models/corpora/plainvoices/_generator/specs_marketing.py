"""Clear requests to stop marketing (postal, e-mail or both), and nothing else: marketing_opt_out only."""
from common import make, on_top
from ours import CC, PH

SPECS = []
M = make(SPECS)
MO = ["marketing_opt_out"]

M(id="m01", mailbox="customercare", cat="mo:polite-indirect-postal", lang="en", client="gmail",
  frm=("Marjorie Kessel", "marjorie.kessel@gmail.com"), subject="Program brochures", date="2026-01-12 09:41",
  body="""Good morning,

I would be grateful if you no longer mailed me the brochures about your energy programs. I have read them faithfully for years, but at 81 I am not going to put in a heat pump, and the envelopes only go into the recycling bin.

My electric service is at 1419 Grand Ave, Ames, IA 50010.

With thanks,
Marjorie Kessel
""",
  labels=MO, entities={"name": "Marjorie Kessel", "postal_code": "50010"},
  note="Conditional-polite wording ('I would be grateful if you no longer mailed me'); postal program brochures are marketing")

M(id="m02", mailbox="customercare", cat="mo:blunt-junk", lang="en", client="iphone",
  frm=("Ray Toomey", "rtoomey61@icloud.com"), subject="Junk mail", date="2026-02-03 18:22",
  body="""Stop sending me junk mail. Every week theres something from you guys in the box and I never asked for any of it.

Ray

Sent from my iPhone
""",
  labels=MO, entities={"name": "Ray"},
  note="Blunt, no greeting, typo; 'junk mail' from us is promotional postal mail; first name alone is the name")

M(id="m03", mailbox="customercare", cat="mo:negation-flyers", lang="en", client="outlookcom",
  frm=("Dennis Achterberg", "d_achterberg@hotmail.com"), subject="flyers",
  date="2026-02-17 07:05",
  body="""Hello,

I don't want any more of your flyers. Not the ones about solar, not the rebate ones, none of them.

Dennis Achterberg
Waukon IA 52172
""",
  labels=MO, entities={"name": "Dennis Achterberg", "postal_code": "52172"},
  note="Request phrased as a negation ('I don't want any more of your flyers'), no verb like stop/remove")

M(id="m04", mailbox="powerhousecatalog", cat="mo:catalog-downsized", lang="en", client="yahoo",
  frm=("Bev Lindquist", "bevlindquist@yahoo.com"), subject="catalog", date="2026-03-09 14:12",
  body="""Hi there,
We sold the house and moved into a two-bedroom apartment, we simply have no room for more gadgets! Please cancel the PowerHouse catalog for us. It still finds us at the new place.
Thanks a bunch,
Bev Lindquist
""",
  labels=MO, entities={"name": "Bev Lindquist"},
  note="Cancel the catalog after a move; the move is context, not a change-of-address request (the catalog already reaches the new place)")

M(id="m05", mailbox="customercare", cat="mo:buried-in-letter", lang="en", client="o365",
  frm=("Harold Pfannenstiel", "hpfannenstiel@pfannenstielfarms.com"), subject="The crew on County Road X",
  date="2026-04-21 16:48",
  body="""To whoever reads this mailbox,

I want to pass along a word of thanks for the line crew that came out during the ice storm on the 9th. We lost power around 2 in the morning and there were four trucks on County Road X by daylight. One of the younger fellows even helped my wife get the generator going in the machine shed. You don't see that much anymore and I hope somebody tells their supervisor.

While I have you, please take me off the list for the mailers about programs and offers. We get one every week or two and we're not interested, the farm office is buried in paper as it is.

Anyway, thank you again to those men. They were out in weather I would not send a dog out in.

Harold Pfannenstiel
Pfannenstiel Farms
Account 4410 2287 19
""",
  labels=MO, entities={"name": "Harold Pfannenstiel", "account": "4410 2287 19"},
  note="Opt-out buried in the middle of a thank-you letter about storm crews; the compliment needs no answer")

_s, _b, _r = on_top("gmail", "peak", "2026-05-14 10:00",
                    "unsubscribe", CC, "7f31c2aa90")
M(id="m06", mailbox="customercare", cat="mo:reply-under-promo-unsubscribe", lang="en", client="gmail",
  frm=("Tom Brekke", "tbrekke.mn@gmail.com"), subject=_s, date="2026-05-14 12:31", body=_b, in_reply_to=_r,
  references=_r, labels=MO, entities={},
  note="One word 'unsubscribe' typed above our Peak Time Rewards promotion: a marketing opt-out")

_s, _b, _r = on_top("iphone", "ph_clearance", "2026-01-20 08:00", "STOP", PH, "c0ffee1234")
M(id="m07", mailbox="powerhousecatalog", cat="mo:reply-under-catalog-stop", lang="en", client="iphone",
  frm=("Kay Sorensen", "kaysorensen@icloud.com"), subject=_s, date="2026-01-20 19:02", body=_b, in_reply_to=_r,
  references=_r, labels=MO, entities={},
  note="'STOP' typed above a PowerHouse clearance e-mail: a marketing opt-out, not a share opt-out")

M(id="m08", mailbox="customercare", cat="mo:question-form", lang="en", client="gmail",
  frm=("Priya Raman", "priya.raman.cr@gmail.com"), subject="Rebate offers",
  date="2026-03-02 21:15",
  body="""Hi,

Could you take me off your mailing list for the rebate offers? I've already replaced everything I can afford to replace. Thank you!

Priya Raman
Cedar Rapids, IA 52403
""",
  labels=MO, entities={"name": "Priya Raman", "postal_code": "52403"},
  note="The opt-out asked as a question ('Could you take me off...'): it is the request itself, not a question needing an answer")

M(id="m09", mailbox="customercare", cat="mo:email-only", lang="en", client="outlookcom",
  frm=("Luis Ocampo", "luis.ocampo@outlook.com"), subject="Emails only please",
  date="2026-03-19 12:40",
  body="""Hello,
Please stop the promotional e-mails. The postcards in the mail are fine, I actually read those at the kitchen table, but my inbox is a disaster.

Luis Ocampo

Get Outlook for Android
""",
  labels=MO, entities={"name": "Luis Ocampo"},
  note="Channel-limited: e-mail only, postal explicitly kept; still marketing_opt_out (the record keeps the channel)")

M(id="m10", mailbox="customercare", cat="mo:postal-only", lang="en", client="thunderbird",
  frm=("Gretchen Vail", "gvail@tds.net"), subject="Paper mail", date="2026-04-06 10:03",
  body="""Hi,

Your e-mails I can delete, that doesn't bother me. What I'd like stopped is the paper: the postcards and mailers about programs that come to the house. Please remove my address from the postal mailing list.

Gretchen Vail
N2241 Lakeview Rd
Poynette, WI 53955
""",
  labels=MO, entities={"name": "Gretchen Vail", "postal_code": "53955"},
  note="Channel-limited: postal only, e-mail kept; marketing_opt_out with the postal channel")

M(id="m11", mailbox="customercare", cat="mo:both-channels", lang="en", client="isp",
  frm=("Walt Henning", "whenning@mchsi.com"), subject="no more promos", date="2026-04-27 06:55",
  body="""No more promos please, by mail or by email. Thank you.
Walt Henning, acct 7723019945
""",
  labels=MO, entities={"name": "Walt Henning", "account": "7723019945"},
  note="Both channels named in one line; account number written inline after the name")

M(id="m12", mailbox="powerhousecatalog", cat="mo:all-this-paper", lang="en", client="roundcube",
  frm=("Dorothy Abernathy", "dabernathy@netins.net"), subject="ALL THIS PAPER",
  date="2026-05-05 15:20",
  body="""Dear PowerHouse people,

My granddaughter set up this e-mail for me so I am writing instead of calling. I have a stack of your catalogs and coupon books on the counter as tall as my coffee pot. I would like all this paper to stop coming please. I am 87 and I do not order things from catalogs any more.

Thank you kindly,
Dorothy Abernathy
Story City, Iowa 50248
""",
  labels=MO, entities={"name": "Dorothy Abernathy", "postal_code": "50248"},
  note="'all this paper' means the catalogs and coupon books she names; stop mailing = marketing_opt_out, no share request")

M(id="m13", mailbox="customercare", cat="mo:newsletter", lang="en", client="apple",
  frm=("Colin Marsh", "colin.marsh@me.com"), subject="Power Lines newsletter",
  date="2026-03-11 20:44",
  body="""Please unsubscribe me from the Power Lines newsletter. Thanks.

Colin
""",
  labels=MO, entities={"name": "Colin"},
  note="Unsubscribe from our customer newsletter, which carries program and rebate promotion")

M(id="m14", mailbox="customercare", cat="mo:coupons", lang="en", client="gmail", cte="base64",
  frm=("Shauna Pettit", "shaunapettit22@gmail.com"), subject="coupons",
  date="2026-06-08 13:37",
  body="""Hey, can you guys quit sending me the LED bulb coupons and the other special offers? I have like 40 bulbs in the closet lol. Thanks

Shauna Pettit
Sent from my Galaxy
""",
  labels=MO, entities={"name": "Shauna Pettit"},
  note="Casual Android mail; 'quit sending me coupons and special offers' asked as a question is the opt-out itself")

_body = """Please remove our household from these rebate mailers. We rent, so we can't swap out the fridge or anything else anyway.

Thanks,
Mónica Alvarado
Account: 1102-448-305

"""
_s, _b, _r = on_top("outlook", "fridge", "2026-06-15 09:00", _body, "malvarado@outlook.com", "4e5f6a7b8c")
M(id="m15", mailbox="customercare", cat="mo:reply-outlook-rebate-mailers", lang="en", client="outlookcom",
  frm=("Mónica Alvarado", "malvarado@outlook.com"), subject=_s, date="2026-06-15 17:26", body=_b,
  in_reply_to=_r, labels=MO, entities={"name": "Mónica Alvarado", "account": "1102-448-305"},
  note="Outlook reply above the appliance-recycling promo; account holder speaking for her household; accented name in English mail")

M(id="m16", mailbox="powerhousecatalog", cat="mo:html-only-catalog", lang="en", client="isp", fmt="html",
  frm=("Eugene Struble", "gstruble@centurylink.net"), subject="Take me off your catalog list",
  date="2026-07-01 11:11",
  body="""Hello,

Please take me off your catalog list. I have not ordered anything since 2019.

Eugene Struble
Mount Vernon, IA 52314
""",
  labels=MO, entities={"name": "Eugene Struble", "postal_code": "52314"},
  note="HTML-only message (no text/plain part); request is in the subject and repeated in the body")

M(id="m17", mailbox="customercare", cat="mo:webform-relay", lang="en", client="vendor",
  frm=("Alliant Energy Website", "webforms@alliant-energy.com"),
  reply_to=("Joanne Ritchey", "joritchey@frontiernet.net"), subject="Contact Us form: Mail preferences",
  date="2026-07-09 22:04",
  body="""A visitor submitted the Contact Us form on alliantenergy.com.

Topic: Mail preferences
Name: Joanne Ritchey
E-mail: joritchey@frontiernet.net
ZIP code: 53901
Account number: 600 118 4472

Message:
I keep getting postcards about the community solar thing and the home energy visit. Please stop sending me that kind of advertising mail. Thank you.

--
Submitted 07/09/2026 10:04 PM CT from the Contact Us page.
""",
  labels=MO, entities={"name": "Joanne Ritchey", "postal_code": "53901", "account": "600 118 4472"},
  note="Website form relayed from a no-reply role address: a person's request, ack goes to the Reply-To; fields give the entities")

M(id="m18", mailbox="customercare", cat="mo:small-business", lang="en", client="gmail", dkim_d="lakesidediner-ia.com",
  frm=("Carla Nunemaker", "carla@lakesidediner-ia.com"), subject="Marketing mail to the diner",
  date="2026-07-22 05:58",
  body="""Morning,

I own the Lakeside Diner in Clear Lake. Please take the diner off your marketing lists, mail and e-mail both. The business lighting and kitchen equipment offers come every month and I'm not remodeling. Keep the bills coming as usual of course.

Carla Nunemaker
Lakeside Diner
Clear Lake, IA 50428
Acct #5001-2283-44
""",
  labels=MO, entities={"name": "Carla Nunemaker", "postal_code": "50428", "account": "5001-2283-44"},
  note="Business owner for her own business: standing is clear; bills explicitly kept; '#' glued to the account number")

M(id="m19", mailbox="customercare", cat="mo:terse-mobile", lang="en", client="gmail",
  frm=("Brandon Kuehl", "bkuehl.1994@gmail.com"), subject="mailing list", date="2026-08-04 23:47",
  body="""remove me from mailing list pls

Sent from my Galaxy
""",
  labels=MO, entities={},
  note="Terse lowercase but has an object ('mailing list'): a clear marketing opt-out, not a no-object case")

M(id="m20", mailbox="customercare", cat="mo:formal", lang="en", client="o365",
  frm=("Ellen Fairbanks", "efairbanks@fairbankslaw.com"), subject="Request to cease promotional contact",
  date="2026-08-12 08:30",
  body="""To Alliant Energy Customer Care:

I do not wish to receive offers for new products, services or programs from Alliant Energy, whether by postal mail or by electronic mail. Please update your records accordingly.

Ellen Fairbanks
210 E. Washington St.
Iowa City, IA 52240-3925
""",
  labels=MO, entities={"name": "Ellen Fairbanks", "postal_code": "52240-3925"},
  note="Formal 'I do not wish to receive' wording mirroring the policy; ZIP+4 written as the postal code")

M(id="m21", mailbox="powerhousecatalog", cat="mo:wrong-mailbox-emails", lang="en", client="yahoo",
  frm=("Arlene Goetsch", "agoetsch@yahoo.com"), subject="stop emails", date="2026-08-19 16:02",
  body="""Hello
I'm not sure if this is the right place but please stop sending me e-mails about heat pumps and water heaters from Alliant. I get 2 or 3 a week.
Arlene
""",
  labels=MO, entities={"name": "Arlene"},
  note="Alliant marketing opt-out sent to the catalog mailbox: the wrong mailbox does not change the request")

M(id="m22", mailbox="customercare", cat="mo:household-account-holder", lang="en", client="apple",
  frm=("Nancy Durbin", "nancy.durbin@mac.com"), subject="Mail for our house", date="2026-09-01 10:19",
  body="""Hi,

The account is in my name. Your program mail comes addressed to me, to my husband Gary, and sometimes to both of us. Please stop all the marketing mail to our household, all three versions.

Thanks,
Nancy Durbin
Account No. 8831 0046 22
""",
  labels=MO, entities={"name": "Nancy Durbin", "account": "8831 0046 22"},
  note="Account holder asking for the whole household, including her husband: she has standing, so not unclear")

_s, _b, _r = on_top("outlook", "newsletter", "2026-03-03 07:00", "Not interested. Please remove.\n\nK. Vandermeer\n",
                    "kvandermeer@wi.rr.com", "99aa88bb77")
M(id="m23", mailbox="customercare", cat="mo:reply-outlook-newsletter", lang="en", client="isp",
  fmt="alt", html_style="outlook", hdr=[("X-Mailer", "Microsoft Outlook 16.0")], frm=("Vandermeer, Karl", "kvandermeer@wi.rr.com"), subject=_s, date="2026-03-03 11:46",
  body=_b, in_reply_to=_r, labels=MO, entities={"name": "K. Vandermeer"},
  note="'Please remove' above our Power Lines newsletter takes its meaning from the promotion it answers; name as signed ('K. Vandermeer')")

M(id="m24", mailbox="powerhousecatalog", cat="mo:share-whatever-stop-catalog", lang="en", client="gmail",
  frm=("Phil Grabowski", "philgrabowski@gmail.com"), subject="The catalog",
  date="2026-09-14 19:55",
  body="""I honestly don't care who you share my name with, I'm on every list in America already. I just don't want the catalog anymore. Please stop sending it.

Phil Grabowski
Janesville WI 53545
""",
  labels=MO, entities={"name": "Phil Grabowski", "postal_code": "53545"},
  note="'Share whatever, just stop the catalog': marketing_opt_out only; the sharing is explicitly allowed")

M(id="m25", mailbox="customercare", cat="mo:typo-iphone", lang="en", client="iphone",
  frm=("Jolene", "jolene.mc@icloud.com"), subject="Mailers", date="2026-09-23 07:12",
  body="""Pls no more mailers thx

Sent from my iPhone
""",
  labels=MO, entities={},
  note="Six words with abbreviations; 'mailers' is the object, so it is a clear opt-out")

M(id="m26", mailbox="customercare", cat="mq:buried-long-letter", lang="en", client="thunderbird",
  frm=("Raymond Oberholtzer", "roberholtzer@chorus.net"), subject="A few things",
  date="2026-10-02 14:07",
  body="""Dear Sir or Madam,

I taught high school physics in Baraboo for thirty-four years and I have always had a soft spot for the power company, so please take this in the spirit it is meant.

First, the new meter your people installed in August works fine and the installer was courteous. Second, I noticed the tree by our service drop is getting close to the line again, and I would appreciate it if someone could look at it before winter, though I understand that may be a different department.

Third, and this is the main reason I am writing: kindly stop sending us the promotional brochures and the e-mails about new programs. My wife and I are in our late seventies and we have done all the upgrades we intend to do.

Respectfully,
Raymond Oberholtzer
E10577 Hillcrest Dr
Baraboo, WI 53913
""",
  labels=MO + ["question"], entities={"name": "Raymond Oberholtzer", "postal_code": "53913"},
  note="Long letter: the opt-out is the third of three points; the tree near the service line is a service request a human must answer")

M(id="m27", mailbox="customercare", cat="mo:zimbra-brochures", lang="en", client="zimbra",
  frm=("Audrey Whitcomb", "awhitcomb@luther.edu"), subject="Brochures", date="2026-10-13 11:25",
  body="""Hello,

We would prefer not to receive the energy-saving program brochures any longer. Could you please remove 804 Center St, Decorah, IA 52101 from that mailing?

Thank you,
Audrey Whitcomb
""",
  labels=MO, entities={"name": "Audrey Whitcomb", "postal_code": "52101"},
  note="'We would prefer not to receive' plus a question-form removal of the service address; written from a work account about her home")

M(id="m28", mailbox="customercare", cat="mo:all-promotional", lang="en", client="isp", fmt="html",
  frm=("Bernice Tollefson", "btollefson@aol.com"), subject="Unsubscribe",
  date="2026-10-20 09:14",
  body="""Kindly unsubscribe me from all promotional communications from Alliant Energy.

Bernice Tollefson
""",
  labels=MO, entities={"name": "Bernice Tollefson"},
  note="HTML-only AOL-style message; 'all promotional communications' covers both channels")

M(id="m29", mailbox="powerhousecatalog", cat="mo:we-no-longer-want", lang="en", client="ox",
  frm=("Gene Hostetler", "genehostetler@comcast.net"), subject="catalogs and sale postcards",
  date="2026-11-02 17:50",
  body="""We no longer want the catalogs or the sale postcards. Please take us off. The customer number on the back is PH-2290417.

Gene and Martha Hostetler
""",
  labels=MO, entities={"name": "Gene and Martha Hostetler", "account": "PH-2290417"},
  note="A couple signing together about their own mail; catalog customer number from the mailing label is the account")

M(id="m30", mailbox="customercare", cat="mo:promo-emails-outlook-html", lang="en", client="outlookcom",
  frm=("Tyrell Banks", "tyrell.banks@live.com"), subject="Promotional emails",
  date="2026-11-09 12:02",
  body="""Hi team,

I signed up for paperless billing and now I get more e-mail from you than from my own mother. Please keep the e-bills but stop the promotional e-mails: the webinars, the solar pitches, the holiday ones.

Tyrell Banks
ZIP 52001
""",
  labels=MO, entities={"name": "Tyrell Banks", "postal_code": "52001"},
  note="Keep e-bills (service) but stop promotional e-mail; the joke about his mother is not a complaint")

# ----------------------------------------------------------------------------------- Spanish
M(id="m31", mailbox="customercare", cat="mo:es-publicidad", lang="es", client="gmail",
  frm=("Guadalupe Cervantes", "lupita.cervantes@gmail.com"), subject="Publicidad",
  date="2026-02-24 18:30",
  body="""Buenas tardes,

Por favor ya no me manden publicidad por correo. Me llegan folletos casi cada semana y no los necesito.

Gracias,
Guadalupe Cervantes
West Liberty, IA 52776
""",
  labels=MO, entities={"name": "Guadalupe Cervantes", "postal_code": "52776"},
  note="Spanish: 'ya no me manden publicidad por correo' (postal flyers) is a marketing opt-out")

M(id="m32", mailbox="powerhousecatalog", cat="mo:es-catalogo", lang="es", client="iphone",
  frm=("Héctor Villalobos", "hvillalobos@icloud.com"), subject="Catálogo",
  date="2026-04-14 08:05",
  body="""Ya no quiero recibir el catálogo. Gracias.

Héctor

Enviado desde mi iPhone
""",
  labels=MO, entities={"name": "Héctor"},
  note="Spanish negation ('ya no quiero recibir el catálogo'); iPhone QP-encoded UTF-8")

_s, _b, _r = on_top("gmail", "solar", "2026-05-26 10:00", "BAJA", CC, "5151aaee01")
M(id="m33", mailbox="customercare", cat="mo:es-baja-under-promo", lang="es", client="gmail",
  frm=("Rigoberto Salas", "rigosalas77@gmail.com"), subject=_s, date="2026-05-26 20:41", body=_b,
  in_reply_to=_r, references=_r, labels=MO, entities={},
  note="Single Spanish word 'BAJA' (unsubscribe) typed above our English community-solar promotion")

M(id="m34", mailbox="customercare", cat="mo:bilingual-cupones", lang="es", client="yahoo",
  frm=("Maria Elena Fuentes", "mefuentes58@yahoo.com"), subject="cupones y ofertas",
  date="2026-07-16 15:33",
  body="""Hello, no hablo mucho inglés.
Please no more cupones y ofertas por correo. Ni papel ni email.
Thank you / gracias
Maria Elena Fuentes
Denison IA 51442
""",
  labels=MO, entities={"name": "Maria Elena Fuentes", "postal_code": "51442"},
  note="Bilingual code-switching; both channels ('ni papel ni email') for coupons and offers")

M(id="m35", mailbox="customercare", cat="mo:es-formal-email", lang="es", client="o365", dkim_d="coopmarshalltown.org",
  frm=("Alejandro Beltrán Ruiz", "abeltran@coopmarshalltown.org"), subject="Correos promocionales",
  date="2026-09-08 09:52", charset="iso-8859-1", hdr_mode="Q", content_lang="es-MX", accept_lang="es-MX, en-US",
  body="""Estimados señores:

Les agradecería que dejaran de enviarme correos electrónicos promocionales a esta dirección. Las facturas y avisos de servicio sí deseo seguir recibiéndolos.

Atentamente,
Alejandro Beltrán Ruiz
Cuenta 3307 5512 08
""",
  labels=MO, entities={"name": "Alejandro Beltrán Ruiz", "account": "3307 5512 08"},
  note="Formal Spanish conditional ('les agradecería que dejaran de enviarme'), e-mail channel, service mail kept; ISO-8859-1 body")
