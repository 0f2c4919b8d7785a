"""Human mail, June 1-8, 2026 (the thermostat promotion went out June 2, 09:15)."""
from ours import bill, ack

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

SPECS = [
dict(dt="06-01 08:47:22", mb="cc", client="gmail", frm=("Darlene Huebner", "dhuebner52@gmail.com"),
     subj="mailing list",
     body="""Hello,

Please take me off your mailing list for the rebate flyers and the "energy tips" postcards. We get two or three a month and they go straight in the recycling. I'm happy with my service, I just don't need the advertising.

Thanks,
Darlene Huebner
1718 Oakland Rd NE
Cedar Rapids, IA 52402""",
     labels=[MO], ent={"name": "Darlene Huebner", "postal_code": "52402"},
     cat="mo:fresh-postal", note="Fresh request to stop promotional postal mail (flyers, postcards); name and ZIP in signature."),

dict(dt="06-01 10:30:05", mb="ph", client="aol", frm=("marjorie tellefsen", "mtellefsen@aol.com"),
     subj="DO NOT SELL MY NAME",
     body="""TO WHOM IT MAY CONCERN,

I ENJOY YOUR CATALOG AND ORDER THE LIGHT BULBS EVERY YEAR. BUT I DO NOT WANT MY NAME AND ADDRESS GIVEN OR SOLD TO ANY OTHER CATALOG COMPANY. SINCE LAST FALL I AM GETTING CATALOGS FROM PLACES I NEVER HEARD OF.

PLEASE KEEP SENDING YOURS.

MARJORIE TELLEFSEN
211 W CONANT ST
PORTAGE WI 53901""",
     labels=[CSO], ent={"name": "MARJORIE TELLEFSEN", "postal_code": "53901"},
     cat="cso:fresh-keep-catalog", note="All caps; wants to keep the catalog but not be sold/shared: sharing opt-out only, not marketing."),

dict(dt="06-01 15:40:31", mb="cc", client="outlook", frm=("Tom Berglund", "tberglund@outlook.com"),
     subj="Question about sharing of thermostat / usage data",
     body="""Hi,

I'm thinking about signing up for the smart thermostat program I've seen on your website, but before I do I'd like to understand your privacy policy better. If I enroll a thermostat, does Alliant share my hourly usage or the thermostat data with the thermostat manufacturer or anyone else? And is any of that data used for marketing?

I couldn't find a clear answer on the website.

Regards,
Tom Berglund""",
     labels=[Q], ent={"name": "Tom Berglund"},
     cat="q:privacy-policy", note="Policy question about data sharing; words 'share' and 'marketing' appear but nothing is opted out."),

dict(dt="06-01 19:22:40", mb="cc", client="gmail", lang="es", frm=("Rosa Elena Martínez", "rosaelena.mtz@gmail.com"),
     subj="Pregunta sobre mi factura",
     body="""Buenas tardes,

Quisiera saber por qué mi factura de mayo subió tanto. Normalmente pago como $90 y este mes me llegó de $184. No hemos cambiado nada en la casa. ¿Me pueden explicar o revisar si el medidor está bien?

Mi número de cuenta es 6120 4471 39.

Gracias,
Rosa Elena Martínez
Marshalltown, IA 50158""",
     labels=[Q], ent={"name": "Rosa Elena Martínez", "account": "6120 4471 39", "postal_code": "50158"},
     cat="q:billing-es", note="Spanish billing question (high bill, meter check); account number with spaces."),

dict(dt="06-02 09:48:13", mb="cc", client="iphone", frm=("Tasha Greer", "tgreer88@icloud.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="Stop",
     labels=[MO], ent={},
     cat="mo:reply-promo-short", note="One-word STOP under our thermostat promotion: marketing opt-out (meaning taken from what it answers)."),

dict(dt="06-02 10:40:51", mb="cc", client="outlook_com", frm=("Keith Vanderploeg", "kvanderploeg@hotmail.com"),
     subj="RE: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""This is the third time I've asked. TAKE ME OFF your promotional email list. I don't want thermostat ads, I don't want solar ads, none of it.

While I have someone's attention, why did my last bill jump $40 when we were gone half the month? Acct 3317 0942 58.

Keith Vanderploeg""",
     labels=[MO, Q], ent={"name": "Keith Vanderploeg", "account": "3317 0942 58"},
     cat="mo+q:reply-promo-billing", note="Angry opt-out plus a billing question; quoted footer says unsubscribe too but the sender's own words decide."),

dict(dt="06-02 12:30:19", mb="cc", client="gmail", frm=("Jeff Ruggles", "jruggles.ia@gmail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""Quick q - I bought a Nest thermostat at Menards back in April (receipt says 4/19). Does that still count for the $75 or does it have to be bought after this email went out?

Jeff""",
     labels=[Q], ent={"name": "Jeff"},
     cat="q:reply-promo-rebate", note="Reply to promotion asking about rebate eligibility, no opt-out; first name alone is the name entity."),

dict(dt="06-02 16:55:02", mb="cc", client="thunderbird", frm=("Ingrid Solheim", "ingrid.solheim@tds.net"), smtp="smtp.tds.net",
     subj="Please remove me from marketing and do not share my information",
     body="""To the Alliant Energy privacy office,

I read the privacy notice on your website this afternoon after receiving yet another thermostat offer, and I would like to exercise both of the choices it describes.

1. Please stop all promotional contact with me -- e-mail and postal mail alike. I'm aware that bills and outage notices will continue, and that is fine.

2. Please do not share, rent, sell or exchange my name and address with any other company. I understand the PowerHouse Catalog is part of your family of companies; this request covers it as well.

My service address is 4410 Tokay Blvd, Madison, WI 53711. The account is in my name.

Thank you,
Ingrid Solheim""",
     labels=[MO, CSO], ent={"name": "Ingrid Solheim", "postal_code": "53711"},
     cat="mo+cso:fresh-formal", note="Numbered, formal request for both opt-outs; format=flowed plain text."),

dict(dt="06-02 20:14:37", mb="cc", client="samsung", frm=("Dale Kruse", "dkruse.farms@gmail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="quit sending me this stuff  i dont want a thermostat",
     labels=[MO], ent={},
     cat="mo:reply-promo-terse", note="Terse, no punctuation, reply under the promotion from Samsung Email (base64 parts)."),

dict(dt="06-02 22:45:09", mb="cc", client="gmail", frm=("Bonnie Schaapveld", "bschaap1957@gmail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="",
     labels=[], unclear=True, ent={},
     cat="unclear:empty-reply", note="Reply with no new text at all, only our quoted promotion (which itself says unsubscribe): unclear."),

dict(dt="06-03 07:05:44", mb="cc", client="iphone", frm=("Darlene Huebner", "dhuebner52@gmail.com"),
     subj="Re: We received your request [CC-2026-06-00163]", reply=ack("CC-2026-06-00163", "06-01 08:48:30"),
     body="Thank you!",
     labels=[], ent={}, ack=None,
     cat="thanks:ack", note="Thank-you reply to our acknowledgement: nothing to do, ack_to null so the bot does not answer a thank-you."),

dict(dt="06-03 09:50:10", mb="ph", client="gmail", frm=("Linda Brandt", "lbrandt.dbq@gmail.com"),
     subj="Still getting other catalogs",
     body="""Hi there,

Back in early May I called and asked that you stop sharing my name with other catalog companies. I'm still getting Harbor Freight-type catalogs and two garden ones I've never ordered from. Please make sure my name is flagged not to be shared or rented.

How long does it take for that to go through? I'd like to know when I can expect these to stop.

Linda Brandt
Dubuque, IA 52001""",
     labels=[CSO, Q], ent={"name": "Linda Brandt", "postal_code": "52001"},
     cat="cso+q:followup", note="Mentions an earlier request but restates it explicitly (do not share/rent), plus a how-long question."),

dict(dt="06-03 13:42:56", mb="cc", client="gmail", lang="es", frm=("Guadalupe Reyes", "lupita.reyes.ia@gmail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""Hola, por favor ya no me manden correos de promociones. Solo quiero recibir mi factura.
Thanks
Guadalupe Reyes""",
     labels=[MO], ent={"name": "Guadalupe Reyes"},
     cat="mo:reply-promo-es", note="Spanish/English mix; Gmail in Spanish ('escribió:') quoting the promotion."),

dict(dt="06-03 15:00:27", mb="cc", client="yahoo", lang="es", frm=("Maribel J", "mjimenez_1979@yahoo.com"),
     subj="", body="Por favor paren.",
     labels=[], unclear=True, ent={},
     cat="unclear:no-object-es", note="'Please stop.' in Spanish, empty subject, no quote, no object: cannot tell what to stop."),

dict(dt="06-03 18:30:12", mb="cc", client="outlook_ios", frm=("Caleb Strand", "cstrand.cr@outlook.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""Unsubscribe me please. Also just curious, can renters get the thermostat rebate or does the landlord have to apply? My landlord said I could put one in.""",
     labels=[MO, Q], ent={},
     cat="mo+q:reply-promo", note="Unsubscribes AND asks an eligibility question in the same breath: both labels."),

dict(dt="06-04 09:10:33", mb="cc", client="outlook_com", frm=("Sharon Pettit", "spettit44@hotmail.com"),
     subj="RE: Your Alliant Energy bill is ready", reply=bill("Sharon", "2291", "06-03 06:02:10", "112.47", "June 24, 2026"),
     body="remove",
     labels=[], unclear=True, ent={},
     cat="unclear:short-under-service", note="'remove' under a bill-ready notice (service mail, not marketing): unclear, not an opt-out."),

dict(dt="06-04 14:33:18", mb="cc", client="gmail", frm=("Eric Jansen", "ejansen.waverly@gmail.com"),
     subj="My father passed away - please stop mail",
     body="""Hello,

My dad, Harold Jansen, passed away in March. He still gets a lot of promotional mail from Alliant at his house in Waverly (the thermostat postcards, the appliance recycling flyers, and now emails too). My sister and I are cleaning out the house and it's hard to see his name on all of it.

Can you please take him off everything? The house is at 905 3rd St SW, Waverly IA 50677.

Thank you,
Eric Jansen""",
     labels=[], unclear=True, ent={"name": "Harold Jansen", "postal_code": "50677"},
     cat="unclear:on-behalf-deceased", note="Son writes for his deceased father without showing standing (executor/account holder): unclear; entities name the father."),

dict(dt="06-04 16:48:50", mb="cc", client="aol", lang="es", frm=("Teresa Villalobos", "tvillalobos@aol.com"),
     subj="¿Es real este correo?",
     body="""Hola, recibí un correo de ustedes sobre un reembolso de $75 por un termostato. No me acuerdo haberme inscrito para recibir correos. ¿Es de verdad de Alliant Energy o es un fraude? No quiero hacer clic en nada si es falso.

Teresa Villalobos""",
     labels=[Q], ent={"name": "Teresa Villalobos"},
     cat="q:is-it-real-es", note="Spanish: asks whether our promotion is genuine; says she never signed up but does not ask to be removed."),

dict(dt="06-04 20:05:41", mb="cc", client="exchange", org="GRAINWELL", frm=("Hollister, Nathan", "nhollister@grainwell.com"),
     reply_to=("Nate Hollister", "nate.hollister@gmail.com"),
     subj="Opt out of promotional mail",
     body="""Hi,

Please opt me out of all promotional mailings, both email and the paper ones. I'm sending from my work account because that's where I had your email open, but please send any reply to my personal address (nate.hollister@gmail.com), which is on the reply-to.

Nathan Hollister
2230 Grand Ave, Ames IA 50010""",
     disclaimer="CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential information of Grainwell Cooperative. If you received this in error, please notify the sender and delete it.",
     labels=[MO], ent={"name": "Nathan Hollister", "postal_code": "50010"},
     cat="mo:work-address-replyto", note="Work Exchange address with a personal Reply-To the sender asks us to use: ack_to is the Reply-To."),

dict(dt="06-05 07:30:02", mb="cc", client="outlook", frm=("Tom Berglund", "tberglund@outlook.com"),
     subj="RE: We received your request [CC-2026-06-00169]", reply=ack("CC-2026-06-00169", "06-01 15:41:10"),
     body="""Thank you. I'll look forward to hearing back from someone.

Tom""",
     labels=[], ent={"name": "Tom"}, ack=None,
     cat="thanks:ack", note="Polite thank-you to our acknowledgement, asks nothing new (his question is already queued): no labels, ack_to null."),

dict(dt="06-05 08:15:49", mb="cc", client="proton", frm=("Mateo Lindqvist", "mlindqvist@proton.me"),
     subj="Privacy request: marketing opt-out, no sharing, and access",
     body="""Hello,

I am an Alliant Energy residential customer (account 7702-3318-650, service ZIP 52240). Please treat this message as three requests:

1. Stop sending me marketing of any kind, by e-mail or by post.
2. Do not sell, rent, share or exchange my name, address or any other personal information with third parties, including affiliates such as the PowerHouse Catalog.
3. Tell me what categories of personal information you hold about me, where you got them, and which third parties have received them in the last 12 months.

I know utilities may be exempt from Iowa's consumer privacy law, but I would appreciate a written answer anyway.

Mateo Lindqvist""",
     labels=[MO, CSO, Q], ent={"name": "Mateo Lindqvist", "account": "7702-3318-650", "postal_code": "52240"},
     cat="mo+cso+q:privacy-rights", note="Both opt-outs plus an access/disclosure request (question); access is a clear question, not a deletion."),

dict(dt="06-05 14:20:06", mb="cc", client="gmail", frm=("Kurt Ostrander", "kostrander61@gmail.com"),
     subj="Re: We received your request [CC-2026-06-00201]", reply=ack("CC-2026-06-00201", "06-04 11:02:51"),
     body="""Thanks. Can you do the same for my wife's email too? k.ostrander.home@gmail.com""",
     labels=[], unclear=True, ent={},
     cat="unclear:do-the-same", note="Reply to our acknowledgement: 'do the same' for another address without saying what; for another person too: unclear."),

dict(dt="06-05 21:30:17", mb="cc", client="winlive", frm=("GERALD FENSKE", "gfenske@iowatelecom.net"), smtp="smtp.iowatelecom.net",
     subj="ADVERTISING",
     body="""I dont want any more of your advertisements in my mail box. the paper ones. I pay my bill on time every month I dont need to be sold anything

Gerald Fenske
1420 N 5th St
Clinton IA 52732""",
     labels=[MO], ent={"name": "Gerald Fenske", "postal_code": "52732"},
     cat="mo:fresh-postal", note="Older writer, no apostrophes: stop paper advertisements (postal marketing)."),

dict(dt="06-06 09:12:40", mb="cc", client="apple", frm=("Hannah Ortega", "hannah.ortega@icloud.com"),
     subj="Moving - transfer service?",
     body="""Hi,

We're moving from Ames to Ankeny at the end of the month (closing is June 26). Do I need to call to stop service at the old house, and can I transfer my account to the new address, or is Ankeny not Alliant territory? I couldn't tell from the map.

Old address: 3115 Woodland St, Ames 50014

Thanks!
Hannah""",
     labels=[Q], ent={"name": "Hannah", "postal_code": "50014"},
     cat="q:move-service", note="Moving / stop-and-transfer service question: needs staff, no opt-out."),

dict(dt="06-06 17:25:58", mb="cc", client="iphone", frm=("Ron Kessler", "ronkessler@me.com"),
     subj="emails",
     body="""I want the rebate emails to keep coming but stop all the other junk. Actually the rebate ones are the ones that keep filling up my inbox so I dont know. Whatever is easiest""",
     labels=[], unclear=True, ent={},
     cat="unclear:contradictory", note="Self-contradicting wishes (keep rebate mail / rebate mail is the problem / whatever): unclear."),

dict(dt="06-07 10:40:03", mb="cc", client="gmail", frm=("Shauna Mikkelsen", "shaunamikk@gmail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""Not interested, please take me off this list.

And honestly, maybe spend less on thermostat ads and more on the lines on our road. We lost power for six hours last Tuesday with no wind and no storm, and nobody could tell me why when I called. What happened?

Shauna Mikkelsen
Mount Vernon, IA 52314""",
     labels=[MO, Q], ent={"name": "Shauna Mikkelsen", "postal_code": "52314"},
     cat="mo+q:reply-promo-complaint", note="Opt-out from the promotion plus an outage complaint/question."),

dict(dt="06-08 09:30:41", mb="ph", client="outlook", frm=("Carol Ann Whitford", "cawhitford@charter.net"),
     subj="Name sharing",
     body="""Good morning,

I have been a PowerHouse customer for years and like the catalog, so please keep sending it. However I do not want my name rented or exchanged with other catalog companies. My customer number from the back of the catalog is 00731-4428-C.

Thank you,
Carol Ann Whitford
Baraboo, WI 53913""",
     labels=[CSO], ent={"name": "Carol Ann Whitford", "account": "00731-4428-C", "postal_code": "53913"},
     cat="cso:fresh-keep-catalog", note="Keep the catalog, do not rent/exchange the name: sharing opt-out only; PowerHouse customer number is the account."),

dict(dt="06-08 11:11:52", mb="cc", client="exchange", org="HAWKEYEFAB", frm=("Dana Whitcomb", "dwhitcomb@hawkeyefab.com"),
     reply_to=("Hawkeye Fabrication AP", "ap@hawkeyefab.com"),
     subj="Remove AP mailbox from marketing emails",
     body="""Hello,

Our accounts payable mailbox (ap@hawkeyefab.com) has started receiving your promotional e-mails - thermostat rebates, etc. We only need invoices and account notices for our business accounts at that address. Please remove it from all marketing lists.

Please reply to the AP mailbox, not to me directly; I'm covering for our AP clerk this week.

Dana Whitcomb
Accounting, Hawkeye Fabrication Inc.
1600 Industrial Pkwy, Waterloo, IA 50701""",
     labels=[MO], ent={"name": "Dana Whitcomb", "postal_code": "50701"},
     cat="mo:business-ap-replyto", note="Business customer's staff asks to remove the shared AP mailbox from marketing; Reply-To is the AP mailbox and she asks us to answer there."),

dict(dt="06-08 14:00:26", mb="cc", client="xfinity", frm=("Greg Tollefson", "gtollefson@comcast.net"),
     subj="Put me back on the rebate emails",
     body="""Hey there, last summer I unsubscribed from your emails because I was getting too many. Turns out I missed the heat pump rebate and my neighbor got $400 back. Can you put me back on the list for rebate and program emails?

Thanks
Greg Tollefson""",
     labels=[Q], ent={"name": "Greg Tollefson"},
     cat="q:opt-back-in", note="Opting back in: a question; the old unsubscribe it mentions is not a new opt-out."),
]
