"""People's mail for the complaints set: angry, frustrated, long-winded, and the requests inside.

Each spec: id, cat (index category), mb, lang, prog, name/addr (From), subject, body (the sender's own new
text), after (earliest arrival day), labels, unclear, ents, note; optional reply (what of ours it quotes),
reply_to, ack ("none" = no acknowledgement due), device_sig, sig, forward, attach, to_name, cc.
"""

MO = "marketing_opt_out"
CS = "catalog_share_opt_out"
Q = "question"

H = []


def h(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("unclear", False)
    kw.setdefault("ents", {})
    kw.setdefault("after", "2026-01-05")
    H.append(kw)


# ------------------------------------------------------------------ outages

h(id="C001", cat="outage rant, marketing opt-out in the last paragraph", mb="cc", prog="gmail",
  name="Dale Kruse", addr="dkruse.marion@gmail.com", subject="31 HOURS", before="2026-02-10", after="2026-01-26",
  body="""I have been a customer of yours for 26 years and I have never been this angry at a utility company.

On January 24th, the night of the ice storm, the power went out at 9:40 pm. Fine, it was an ice storm, I get it, lines come down. I called the outage line and got the recording. I called again at 6 am and got the recording. Your outage map said "estimated restoration 11:00 AM" then "2:00 PM" then "assessing" and then it said my outage was RESOLVED while I was standing in my kitchen with a flashlight. My neighbor across the street had power back Sunday afternoon. We got ours back Monday the 26th at 4:50 AM. That is 31 hours in January with a 79 year old mother in law living with us.

I threw out a full chest freezer. Two packages of venison my son gave us, a turkey, everything. Who pays for that? Is there a claim form or do you just say "act of God" and move on.

I'm not expecting miracles but I am expecting somebody to tell me why one side of 35th Street gets power back 20 hours before the other side.

Also, and I mean this, take me off the mailing list for the glossy flyers. The day the power came back I had a postcard from you about community solar in my mailbox. Read the room.

Dale Kruse
3318 35th St
Marion IA 52302""",
  labels=[MO, Q], ents={"name": "Dale Kruse", "postal_code": "52302"},
  note="long outage complaint (freezer claim, restoration order) with a plain marketing opt-out in the last paragraph; both")

h(id="C010", cat="vent only: outages", mb="cc", prog="gmail_android",
  name="Mike Schadle", addr="mschadle77@gmail.com", subject="Again??", after="2026-01-27",
  body="""Third outage in three weeks. Third. Lights flickered twice tonight before it went out for good. I am not even going to call because nobody answers anyway.

Unbelievable. Nothing else to say.

-Mike""",
  labels=[Q], ents={"name": "Mike"},
  note="pure venting about outages, asks nothing; a complaint is a question per LABELS.md (needs a human to handle); first name only")

h(id="C097", cat="reply to outage alert: still out", mb="cc", prog="gmail_android",
  name="Cody Rasmussen", addr="codyras.cr@gmail.com", subject="Re: Update: power restored at your address",
  before="2026-01-26", after="2026-01-25", reply=dict(svc="outage", hours=1.2, tail="6620"),
  body="""Restored my a**. Still out on 8th Ave SW. 14 hours now. Whole block is dark, go look.""",
  labels=[Q], ents={},
  note="reply to our outage alert reporting it is wrong: an outage complaint, question; nothing about marketing")

h(id="C021", cat="reply to outage alert: STOP with profanity", mb="cc", prog="iphone",
  name="Troy Albrecht", addr="troy.albrecht@icloud.com", subject="Re: Update: power restored at your address",
  after="2026-01-25", reply=dict(svc="outage", hours=0.4, tail="3017"),
  body="""STOP SENDING THESE DAMN THINGS""",
  labels=[], unclear=True, ents={},
  note="STOP under a service message (outage alert) is not a marketing opt-out; whether he wants alerts off or is venting is unclear")

h(id="C073", cat="Spanish: outage vent", mb="cc", lang="es", prog="iphone",
  name="Maribel Ochoa", addr="maribel.ochoa@icloud.com", subject="Sin luz otra vez", before="2026-01-26", after="2026-01-25",
  body="""Llevamos desde anoche sin luz. Tengo dos niños chiquitos y la casa está helada, tuvimos que irnos a dormir con mi cuñada. Llamé tres veces y nada, solo la grabación. Su mapa dice que ya está arreglado y NO es cierto.

No sé para qué pagamos tanto si a la primera nevada se va todo.

Maribel Ochoa
West Liberty, IA 52776""",
  device_sig="Enviado desde mi iPhone",
  labels=[Q], ents={"name": "Maribel Ochoa", "postal_code": "52776"},
  note="Spanish outage complaint that asks nothing: a complaint, question")

# ------------------------------------------------------------------ bills

h(id="C002", cat="bill rant, marketing opt-out in the middle", mb="cc", prog="outlook_web",
  name="Tanya Reinholt", addr="treinholt@outlook.com", subject="bill", before="2026-02-05", after="2026-01-08",
  body="""I need someone to explain to me how my January bill is $412. I am on budget billing. The whole POINT of budget billing is that it is the same every month. It has been $168 since last spring. Now I get a letter that says "your budget amount has been reviewed" and suddenly I owe a $244 "settle up" on top of the regular amount.

Nobody told me in October that I was running behind. Nobody told me in November. I would have been happy to pay an extra $40 a month if anybody had bothered to tell me. Instead I get hit with this in January, right after Christmas, with two kids.

And while I'm venting, stop mailing me the energy savings brochures. Every single one of them goes straight into the trash and I'm guessing I'm paying for the printing.

I want this settle-up amount spread out over the rest of the year. I shouldn't have to beg for that. acct 4127 093 381

Tanya Reinholt""",
  labels=[MO, Q], ents={"name": "Tanya Reinholt", "account": "4127 093 381"},
  note="budget-billing complaint with 'stop mailing me the energy savings brochures' in the middle; both; spaced account")

h(id="C011", cat="bill question without a question mark + opt-out", mb="cc", prog="yahoo",
  name="Linda Sorensen", addr="lsorensen52@yahoo.com", subject="december bill", before="2026-01-31", after="2026-01-06",
  body="""I would like to know why my bill doubled when I was gone for three weeks in December. The house was at 58 degrees the whole time and the water heater was on vacation mode. My neighbor looked in on the place twice. Nothing was running. $96 in November and $201 in December. I would like somebody to actually look at the meter reading and not just tell me "it was a cold month"

Also quit sending me the paper newsletters, I don't read any of them

Linda Sorensen""",
  labels=[MO, Q], ents={"name": "Linda Sorensen"},
  note="'I would like to know why...' is a question without a question mark; 'quit sending me the paper newsletters' is a marketing opt-out; both")

h(id="C032", cat="billing complaint with mild profanity", mb="cc", prog="gmail",
  name="Randy Pohlman", addr="rpohlman.bldrs@gmail.com", subject="What the hell is going on with my bill",
  after="2026-01-07",
  body="""What the hell is wrong with your billing department. I have called four times. FOUR. Every time somebody says they're "putting in a ticket" and every time the next bill comes with the same late fee on it. I paid on time. I have the bank statement. The payment posted on the 11th, the due date was the 14th.

$17.50 late fee, plus the late fee on the late fee. I don't care about the money at this point I care that nobody over there can fix a simple thing.

Account 8841226093. Fix it or I'm done being polite, and this is me being polite.

Randy Pohlman""",
  labels=[Q], ents={"name": "Randy Pohlman", "account": "8841226093"},
  note="billing complaint (late fees), no opt-out anywhere; question")

h(id="C022", cat="reply to bill-ready notice", mb="cc", prog="outlook_web",
  name="Jeremy Vosika", addr="jvosika@hotmail.com", subject="RE: Your Alliant Energy bill is ready",
  after="2026-02-02", reply=dict(svc="bill", hours=3, tail="0932", extra={"amount": "$502.18"}),
  body="""$502?? For an 1100 square foot ranch house??

Somebody explain this to me because I can't. Last February was $260. Same house, same furnace, same two people. I already turned the thermostat down to 64.

I'd like an actual person to call me, not another e-mail.""",
  labels=[Q], ents={},
  note="reply to our bill notice questioning the amount; a billing question; the quoted notice is ours and adds nothing")

h(id="C023", cat="reply to payment reminder: already paid", mb="cc", prog="yahoo",
  name="Sharon Klostermann", addr="sklostermann@sbcglobal.net", subject="Re: Payment reminder: your bill is due soon",
  after="2026-02-25", reply=dict(svc="reminder", hours=5, tail="5518", extra={"amount": "$214.66"}),
  body="""I PAID THIS LAST WEEK. Confirmation number 77120-B. Check your records before you send people threatening reminders, some of us are on a fixed income and these things give me a heart attack.

Sharon K.""",
  labels=[Q], ents={"name": "Sharon K."},
  note="reply to a payment reminder disputing it; question; name as written ('Sharon K.', a first name counts); the confirmation number is not an account")

h(id="C100", cat="Spanish reply to payment reminder", mb="cc", lang="es", prog="gmail",
  name="Héctor Villalobos", addr="hvillalobos.dbq@gmail.com", subject="Re: Payment reminder: your bill is due soon",
  after="2026-02-25", reply=dict(svc="reminder", hours=20, tail="7764", extra={"amount": "$188.20"}),
  body="""¿Cómo que pago atrasado? Ya pagué la semana pasada en la tienda, tengo el recibo. Siempre es lo mismo con ustedes, pago en efectivo y luego dicen que no aparece. Revisen bien por favor porque no voy a pagar dos veces.

Héctor Villalobos""",
  labels=[Q], ents={"name": "Héctor Villalobos"},
  note="Spanish reply to our payment reminder disputing it: question")

h(id="C074", cat="Spanish: billing question without a question mark", mb="cc", lang="es", prog="gmail",
  name="Guadalupe Arreola", addr="lupita.arreola83@gmail.com", subject="cobro doble", before="2026-02-28", after="2026-02-10",
  body="""Buenas tardes

Quisiera saber por qué me cobraron dos veces este mes. En mi banco aparecen dos cargos de $143.87 de Alliant el mismo día, el 4 de febrero. Yo solo autoricé un pago. Ya me cobraron la comisión por sobregiro en el banco por culpa de esto

Necesito que me regresen el dinero lo antes posible

Mi cuenta es 3306 8812 45

Guadalupe Arreola
Marshalltown 50158""",
  labels=[Q], ents={"name": "Guadalupe Arreola", "postal_code": "50158", "account": "3306 8812 45"},
  note="Spanish double-charge complaint; 'quisiera saber por qué' is a question without a question mark")

h(id="C033", cat="web form: IUB threat over estimated bill", mb="cc", prog="webform",
  name="Alliant Energy Web Forms", addr="noreply@alliantenergy.com",
  reply_to="Curtis Wehrle <cwehrle@netins.net>", subject="Contact Us: Billing",
  after="2026-02-16",
  body="""Name: Curtis Wehrle
Email: cwehrle@netins.net
Phone: 641-555-0137
Account number: 2209441873
Service address ZIP: 50112
Topic: Billing
Preferred contact: Email

Message:
This is the third month in a row my bill has been ESTIMATED. Your meter reader has not been out since October. The estimate for January was 1,840 kWh. I have a small house with gas heat. I read the meter myself tonight and I'm 600 kWh under what you have billed me since October. If my estimated bills are not corrected and the overcharge refunded by Friday I am filing a complaint with the Iowa Utilities Board. I have already pulled up the form.""",
  labels=[Q], ents={"name": "Curtis Wehrle", "postal_code": "50112", "account": "2209441873"},
  note="our Contact Us form relay: From is noreply, the customer is in Reply-To (ack there); estimated-bill complaint with an IUB threat, question")

h(id="C098", cat="opt-out in subject only, bill rant in body", mb="cc", prog="gmail",
  name="Nicole Brandau", addr="nbrandau.home@gmail.com", subject="No more promotional mail!!!",
  after="2026-02-18",
  body="""I'm looking at a bill for $361 and a glossy postcard telling me I could "take control of my energy use" with a $75 thermostat rebate. Both came the same day. In the same mailbox.

How about you take control of your rates. We keep the house at 65. We put plastic on the windows. We did the free assessment two years ago and your guy told us the house was "in great shape."

Nicole Brandau
Waverly, IA""",
  labels=[MO, Q], ents={"name": "Nicole Brandau"},
  note="the opt-out is only in the sender's own Subject; the body is a bill/rates complaint; both")

h(id="C067", cat="paperless but still getting paper bill (service, not marketing)", mb="cc", prog="gmail",
  name="Aaron Feldmann", addr="aaron.feldmann@gmail.com", subject="Stop mailing me paper",
  after="2026-01-20",
  body="""I signed up for paperless billing in NOVEMBER. I got the confirmation e-mail. I still got a paper bill in December and again this week. I also got charged the paper bill fee, which is the reason I went paperless in the first place.

Stop mailing me paper bills and refund the fees. It's not complicated.

Aaron Feldmann
acct #0071-5529-36""",
  labels=[Q], ents={"name": "Aaron Feldmann", "account": "0071-5529-36"},
  note="'stop mailing me paper' is about the paper bill (service), not marketing: question only")

h(id="C068", cat="stop the rate-case bill inserts (required notices)", mb="cc", prog="aol",
  name="Walter Huebsch", addr="whuebsch@aol.com", subject="Bill inserts", after="2026-02-06",
  body="""To whoever reads these,

Every bill for the last three months has had a folded sheet in it about the proposed rate increase, "public comment", hearing dates, tables of numbers nobody can read without a magnifying glass. I am 81 years old. I do not need three copies of the same notice telling me you want more of my money. Stop stuffing my bill with these rate increase notices, put it on your website like everybody else does.

Walter Huebsch
Independence""",
  labels=[Q], ents={"name": "Walter Huebsch"},
  note="he wants the rate-case notices out of his bill; those are regulatory notices, not marketing, so a question (staff explain), not an opt-out")

h(id="C069", cat="stop catalog ads inside the bill envelope", mb="cc", prog="yahoo",
  name="Deb Kuehl", addr="debkuehl@yahoo.com", subject="your bill envelope", after="2026-02-12",
  body="""Every month I open my bill and three little advertisements fall out onto the floor. Solar garden. Water heater rebate. And now a full color PowerHouse Catalog flyer with garden gnomes on it.

I don't want them. Stop putting the catalog ads and the other promotions in my bill envelope. Just send the bill.

Deb Kuehl
Decorah IA 52101""",
  labels=[MO], ents={"name": "Deb Kuehl", "postal_code": "52101"},
  note="promotional inserts are marketing by postal mail even inside the bill; marketing opt-out; the annoyance is the reason, nothing else to answer")

h(id="C040", cat="question without a question mark: deposit", mb="cc", prog="gmail_android",
  name="Jasmine Tolliver", addr="jaz.tolliver@gmail.com", subject="deposit", after="2026-01-15",
  body="""Wondering who I talk to about getting my $230 deposit back. I've paid on time for 14 months, your own website says 12. I called and was on hold 47 min and then it hung up on me

Jasmine Tolliver 52405""",
  labels=[Q], ents={"name": "Jasmine Tolliver", "postal_code": "52405"},
  note="'Wondering who I talk to' is a question with no question mark; deposit refund; question")

h(id="C060", cat="polite formal complaint: disconnection notice in error", mb="cc", prog="outlook_desktop",
  name="Evelyn Marquardt", addr="emarquardt@marquardtcpa.com", subject="Disconnection notice received in error",
  before="2026-03-05", after="2026-02-20",
  body="""Good afternoon,

I am writing to bring to your attention a disconnection notice I received on February 17 for my residence. The notice states a past-due balance of $318.44. My records, and my bank's, show that this balance was paid in full on January 28 by electronic transfer.

I have attached nothing, as I would prefer not to send bank information by e-mail, but I am happy to provide confirmation by telephone. I would appreciate written confirmation that the notice was issued in error and that my account is in good standing, and an explanation of how this occurred so that it does not happen again. My husband has a medical device at home and the prospect of a disconnection, even an erroneous one, is distressing.

Account number: 5573 0194 28
Service address: 1207 Fairview Drive, Janesville, WI 53545

Thank you for your attention to this matter.

Sincerely,

Evelyn Marquardt""",
  labels=[Q], ents={"name": "Evelyn Marquardt", "postal_code": "53545", "account": "5573 0194 28"},
  note="polite formal complaint about a wrong disconnection notice; question; work address, own household")

# ------------------------------------------------------------------ rates and regulators

h(id="C007", cat="passive-aggressive rates letter, opt-out at the end", mb="cc", prog="aol",
  name="Ruth Ann Pfeiffer", addr="rapfeiffer@aol.com", subject="Congratulations on your rate increase",
  after="2026-01-14",
  body="""Dear Alliant Energy,

I read in the Telegraph Herald that you have asked for another rate increase. Congratulations! I'm sure the shareholders are thrilled. I am a widow on Social Security, which went up 2.8 percent this year, so I expect we will all be very happy together.

I have no doubt the increase is necessary for reasons I am not smart enough to understand. I would only ask that someone explain, in plain English, why a company that made record profits last year needs more from people like me. I will wait.

In the meantime, kindly remove me from whatever list sends the "Winter Savings" postcards. I'm already saving, by wearing two sweaters.

Warmest regards (the house isn't),
Ruth Ann Pfeiffer
Dubuque 52001""",
  labels=[MO, Q], ents={"name": "Ruth Ann Pfeiffer", "postal_code": "52001"},
  note="sarcastic rates complaint that asks for an explanation, with a polite marketing opt-out near the end; both")

h(id="C048", cat="rates vent with PSC hearing threat", mb="cc", prog="thunderbird",
  name="Gerald Stoffel", addr="gstoffel@tds.net", subject="Your rate case", after="2026-02-09",
  body="""I have read the entire notice of your rate application with the Public Service Commission. All 4 pages of it. You want to raise the fixed customer charge from $19 to $26 a month. That is a charge I pay whether I use one kilowatt hour or a thousand. It punishes the people who conserve.

I will be at the public hearing and so will everybody in my Lions club. I've already written to the PSC and to my state representative. I wanted you to hear it from me directly too.

Gerald Stoffel
Baraboo""",
  labels=[Q], ents={"name": "Gerald Stoffel"},
  note="complaint about the rate case with a PSC threat; asks nothing specific but a complaint is a question; no marketing request")

h(id="C034", cat="PSC threat + home services opt-out", mb="cc", prog="gmail",
  name="Shelby Groth", addr="shelbygroth.fdl@gmail.com", subject="Filing a complaint with the PSC",
  before="2026-03-01", after="2026-02-14",
  body="""This is my last e-mail before I go to the Public Service Commission.

In December your crew replaced the gas meter and left the siding around it cracked. I sent photos. Somebody named Kyle said a claims adjuster would call within 5 business days. That was December 19th.

What I have gotten instead since then: two bills, a postcard about your "Home Services protection plan" and a letter asking if I want to finance a new furnace. So apparently you have my address just fine.

1) Send someone about the siding.
2) Stop sending me the home services and furnace financing mail. I'm not buying anything from you right now.

I will file with the PSC on March 1 if I haven't heard back.

Shelby Groth
N6710 County Rd K
Fond du Lac WI 54935""",
  labels=[MO, Q], ents={"name": "Shelby Groth", "postal_code": "54935"},
  note="damage claim complaint with PSC threat, numbered list whose item 2 is a marketing opt-out (home services/furnace financing mail); both")

h(id="C004", cat="ALL CAPS third request + attorney general threat", mb="cc", prog="iphone",
  name="Gary Wendt", addr="gwendt1958@icloud.com", subject="LAST TIME", before="2026-02-15", after="2026-01-09",
  body="""I HAVE ASKED YOU THREE TIMES TO STOP SENDING ME YOUR ADVERTISING MAIL. THREE. ONCE ON THE PHONE IN OCTOBER, ONCE BY LETTER IN NOVEMBER AND ONCE THROUGH YOUR WEBSITE IN DECEMBER. I STILL GET IT. SOLAR, THERMOSTATS, THE CATALOG, ALL OF IT.

IF I GET ONE MORE PIECE OF JUNK MAIL FROM YOU I AM CALLING THE ATTORNEY GENERAL. I MEAN IT.

GARY WENDT
MUSCATINE IA 52761""",
  device_sig="Sent from my iPhone",
  labels=[MO, Q], ents={"name": "GARY WENDT", "postal_code": "52761"},
  note="ALL CAPS; the opt-out is explicit (advertising mail); third earlier request and an AG threat make it a complaint too; both; name as written in caps")

h(id="C072", cat="Spanish: attorney general threat + opt-out", mb="cc", lang="es", prog="yahoo",
  name="Rigoberto Salinas", addr="rigo.salinas71@yahoo.com", subject="Queja formal", after="2026-02-03",
  body="""A quien corresponda:

Les escribo por segunda vez. En diciembre les pedí por teléfono que dejaran de mandarme publicidad por correo y siguen llegando las tarjetas de los paneles solares y del termostato, a veces dos por semana. La muchacha que me atendió me dijo que ya estaba hecho.

Quiero que me quiten de sus listas de publicidad, del correo normal y del correo electrónico. Si esto no se arregla voy a poner una queja con la oficina del Procurador General de Iowa, ya me informé cómo se hace.

También quiero saber por qué no se hizo la primera vez.

Rigoberto Salinas
Storm Lake, IA 50588""",
  labels=[MO, Q], ents={"name": "Rigoberto Salinas", "postal_code": "50588"},
  note="Spanish: explicit marketing opt-out (postal and e-mail), second request, AG threat and 'why wasn't it done': both")

# ------------------------------------------------------------------ smart meters

h(id="C005", cat="smart meter 'opt out' (not marketing)", mb="cc", prog="gmail",
  name="Kathleen Moravec", addr="kmoravec.sp@gmail.com", subject="I want to OPT OUT", before="2026-03-01", after="2026-02-23",
  body="""I got your e-mail saying a contractor will be at my house between March 2 and March 13 to put in a "smart meter."

I want to OPT OUT of the smart meter program. I do not want a transmitting device bolted to the wall of my child's bedroom, which is exactly where the meter is. I have read about the radio frequency emissions and I've read about the data. I don't care if it costs a fee, I want to keep the old meter.

Nobody asked me. There was no "do you consent" anywhere. I would like to know what my options are and I would like someone to put in writing that no one will swap my meter while I'm at work.

Kathleen Moravec
Sun Prairie 53590""",
  labels=[Q], ents={"name": "Kathleen Moravec", "postal_code": "53590"},
  note="'OPT OUT' of the smart meter is a service matter, not marketing or sharing: question only")

h(id="C083", cat="reply to smart meter notice: I DO NOT CONSENT", mb="cc", prog="gmail",
  name="Bruce Tjaden", addr="brucetjaden@gmail.com", subject="Re: Your smart meter installation",
  before="2026-03-01", after="2026-02-24", reply=dict(svc="meter", hours=26, tail="1184", extra={"window": "March 2 and March 13"}),
  body="""I DO NOT CONSENT. Do not install. Your installer is not welcome on my property and the gate will be locked.

B. Tjaden""",
  labels=[Q], ents={"name": "B. Tjaden"},
  note="reply to our smart meter notice refusing installation: a service matter for a human; not an opt-out; name as written with an initial")

h(id="C037", cat="smart meter data: do not sell my usage data", mb="cc", prog="proton",
  name="Owen Liska", addr="owen.liska@proton.me", subject="Smart meter data and consent", after="2026-02-25",
  body="""Your smart meter records my household's electricity use every 15 minutes. From that data anyone can tell when we wake up, when we leave, when the house is empty, when we're on vacation. That is surveillance, whatever the brochure calls it.

I never agreed to this. I'm told I can't opt out of the meter itself without a monthly fee, which I think is outrageous and I'll be raising it with the IUB.

At minimum: I do not consent to you selling, sharing or "partnering" my usage data or my name with any third party. None. Not for marketing, not for "research", not for your catalog.

I'd also like to know who has received it so far.

Owen Liska
Ames, Iowa 50010""",
  labels=[CS, Q], ents={"name": "Owen Liska", "postal_code": "50010"},
  note="smart-meter privacy complaint with an explicit do-not-share/sell request and a 'who received it' question; sharing opt-out + question")

h(id="C038", cat="Spanish: smart meter vent", mb="cc", lang="es", prog="samsung",
  name="Esperanza Núñez", addr="esperanza.nunez@gmail.com", subject="medidor", before="2026-03-14", after="2026-03-04",
  body="""Ayer vino un señor a cambiar el medidor y no tocó la puerta, nomás lo cambió y se fue. Se me apagó el refrigerador y la computadora de mi hijo. Nadie me avisó que iban a venir ese día. Ahora la luz parpadea en la cocina y antes no pasaba.

Muy mal servicio, la verdad.""",
  labels=[Q], ents={},
  note="Spanish smart-meter installation complaint, asks nothing explicit; a complaint, question; the From name is not in the text")

h(id="C064", cat="smart meter crew left the gate open", mb="cc", prog="iphone",
  name="Lori Gansen", addr="lgansen@icloud.com", subject="your meter guy let my dog out", after="2026-03-05",
  body="""Your meter installer came into my backyard today without knocking, swapped the meter, and LEFT THE GATE OPEN. My dog got out. We spent two hours driving around Hiawatha in the snow looking for her. Found her by the interstate.

There's a "Beware of Dog" sign ON the gate. I want to know who that was and I want to know that someone is going to talk to him.

Lori Gansen
Hiawatha""",
  device_sig="Sent from my iPhone",
  labels=[Q], ents={"name": "Lori Gansen"},
  note="complaint about an installer; question; no opt-out")

h(id="C088", cat="polite formal: smart meter data questions", mb="cc", prog="thunderbird",
  name="Harold Brinkman", addr="hbrinkman@charter.net", subject="Questions regarding smart meter data",
  after="2026-03-09",
  sig="Harold Brinkman\n418 W. Cook St.\nPortage, WI 53901",
  body="""Dear Sir or Madam,

A smart meter was installed at my home last week. I have no objection to the meter as such, but I have been unable to find clear answers on your website, and so I would be grateful if you could tell me:

1. What data the meter collects, and how often.
2. How long you keep it.
3. With whom, if anyone, it is shared, and on what terms.

I would also like to register my disappointment that the installation was carried out without the advance notice your letter promised; I was not home, and I returned to find my clocks blinking and my garage door opener reset.

Thank you in advance for a written reply.

Yours faithfully,""",
  labels=[Q], ents={"name": "Harold Brinkman", "postal_code": "53901"},
  note="polite formal questions about meter data and whom it is shared with; asking with whom data is shared is a question, not a sharing opt-out; name and ZIP from the signature block")

# ------------------------------------------------------------------ trees

h(id="C006", cat="tree trimming rant", mb="cc", prog="thunderbird",
  name="Howard Lindqvist", addr="hlindqvist@mchsi.com", subject="What your tree crew did to my maples",
  after="2026-01-19",
  sig="Howard Lindqvist\n1120 Rochester Ave\nIowa City, IA 52245",
  body="""I came home Thursday to find that your "line clearance contractor" had been through the alley. Two sugar maples my wife and I planted in 1987 now look like someone took a chainsaw to them blindfolded. One of them has been cut into a V so deep you can see straight through it to the neighbor's garage. The other has a limb hanging by a strip of bark over my driveway.

Nobody knocked. There was no door hanger. The e-mail you sent said "2 to 4 weeks" and gave no date.

I understand you need to keep the lines clear. I am not an unreasonable person. But there is a right way to prune a tree and this wasn't it, and the city forester agrees with me, I called him.

I want someone to come look at it. I want the hanging limb taken down before it lands on my car. And I want to know who I send the arborist's bill to when I have to have these trees properly repaired or removed.""",
  labels=[Q], ents={"name": "Howard Lindqvist", "postal_code": "52245"},
  note="long tree-trimming complaint with demands; question; name and ZIP from the signature after '-- '")

h(id="C082", cat="reply to tree trimming notice: threat", mb="cc", prog="iphone",
  name="Patty Wiegand", addr="pattywiegand@yahoo.com", subject="Re: Tree trimming scheduled near your home",
  after="2026-03-02", reply=dict(svc="trees", hours=30, tail="2290"),
  body="""That oak is 120 years old and it is nowhere near your line. Touch it and I'm calling the sheriff and a lawyer, in that order.

Have someone call me BEFORE the crew comes. 319-555-0188""",
  labels=[Q], ents={},
  note="reply to our tree-trimming notice asking for a call before work; service question; the phone number is not an entity")

h(id="C035", cat="polite formal complaint: trimming debris", mb="cc", prog="outlook_desktop",
  name="Margaret Sween", addr="msween@sweenfamilylaw.com", subject="Debris left after line clearance work",
  before="2026-03-10", after="2026-02-27",
  body="""To the Customer Care team,

I am writing, with some reluctance, to register a complaint about the line clearance work carried out along the rear lot line of my property on or about February 19.

The crew removed several large limbs from the silver maple at the back of the lot, which I understand was necessary. However, the cut wood and brush were left where they fell, across my garden beds and partly blocking the alley gate. It has now been more than a week. I have been told by a neighbour that the crew said "someone else" picks up the debris.

I would be grateful if you could arrange for the debris to be removed, and let me know when I may expect this. I would also appreciate knowing whether property owners are normally notified before such work begins, as I was not.

Thank you for your help.

Kind regards,

Margaret L. Sween
212 Eighth Avenue
Baraboo, WI 53913""",
  labels=[Q], ents={"name": "Margaret L. Sween", "postal_code": "53913"},
  note="polite formal complaint about debris, asks for removal and a notification policy answer; question; name as written with middle initial")

h(id="C039", cat="Spanish: tree trimming complaint", mb="cc", lang="es", prog="gmail",
  name="Yolanda Cisneros", addr="yolacisneros@gmail.com", subject="los árboles de mi casa", after="2026-02-20",
  body="""Hola,

El martes vinieron los de los árboles y me cortaron el durazno que tenía en el patio, ni siquiera estaba cerca de los cables. Lo sembró mi papá antes de morir. No me avisaron nada, cuando llegué del trabajo ya estaba en pedazos en el suelo.

Quiero hablar con alguien responsable. No es justo que entren así a una propiedad privada.

Yolanda Cisneros
1510 3rd St, Columbus Junction IA 52738""",
  labels=[Q], ents={"name": "Yolanda Cisneros", "postal_code": "52738"},
  note="Spanish complaint about a tree removed without notice; asks to speak to someone; question")

h(id="C085", cat="rambling complaint about everything, sharing opt-out buried", mb="cc", prog="ox",
  name="Lyle Fenske", addr="lylefenske@comcast.net", subject="a few things", after="2026-03-03",
  body="""Well where do I start.

First the tree guys. They were here in November and left a stump in the ditch that the county mower hit, that's between you and the county I guess but somebody should know.

Then the meter reader, who I haven't seen since they put in the new meter, which I didn't want, but fine. My bill went up $30 a month since then. I'm not saying the meter is wrong. I'm saying it's a funny coincidence.

Then the rates. I know, everybody's mad about the rates.

Then last week I get a phone call from some outfit selling "whole house surge protection" and the guy knew I was an Alliant customer and knew my address. So either that's a big coincidence too or somebody is handing out my information. Oh and the "sharing" thing I read about in your privacy paper. Don't share my info with nobody. Not the catalog people, not the surge protector people, nobody.

Anyway. I'd like somebody to look at the bill thing at least.

Lyle Fenske
Beloit""",
  labels=[CS, Q], ents={"name": "Lyle Fenske"},
  note="rambling multi-topic complaint; 'Don't share my info with nobody' buried near the end is a sharing opt-out; bill to look at is a question; both")

# ------------------------------------------------------------------ junk mail, catalog, marketing

h(id="C003", cat="sarcasm: keep sending catalogs", mb="ph", prog="yahoo",
  name="Brenda Oakes", addr="brenda.oakes@yahoo.com", subject="Catalogs", after="2026-01-06",
  body="""Sure, keep sending me catalogs. I love paying the village $4 a month for recycling, and I especially love hauling three of your catalogs a month out to the curb in February. It's honestly the highlight of my week.

I ordered one bird feeder from you in 2023. ONE. Since then I've gotten the Winter catalog, the Holiday catalog, the Holiday catalog again with a different cover, the "Last Chance" catalog and a "New Year Clearance" catalog that showed up before New Year's.

Anyway, keep them coming! I'm sure the landfill appreciates it.

Brenda Oakes
cust # 88120447""",
  labels=[MO], ents={"name": "Brenda Oakes", "account": "88120447"},
  note="the request is only in sarcasm ('keep them coming!'); a careful reader takes it as stop the catalog: marketing opt-out; annoyance is the reason, nothing separate to answer; catalog customer number")

h(id="C041", cat="junk-mail rant with opt-out as a P.S.", mb="ph", prog="outlook_web",
  name="Darlene Voss", addr="darlenevoss@hotmail.com", subject="junk mail", after="2026-01-07",
  body="""I'm going to be honest, this isn't all your fault. I get credit card offers for my dead mother, car warranty letters, a furniture store flyer every single week, and something from a cemetery that I find personally rude. My mail carrier and I have a running joke about it.

But you're the only one of them who has an e-mail address printed right there in the catalog, so you're the one who's getting this.

P.S. Take me off the catalog list.

Darlene Voss""",
  labels=[MO], ents={"name": "Darlene Voss"},
  note="general junk-mail venting aimed at nobody in particular; the actual request is the P.S. (catalog): marketing opt-out only")

h(id="C030", cat="four copies to one house", mb="ph", prog="gmail",
  name="Joan Hackbarth", addr="joanhackbarth@gmail.com", subject="FOUR catalogs", after="2026-02-13",
  body="""Today I got four copies of your spring catalog. Four. One to me, one to my husband who passed away in 2021, one to "Current Resident" and one to "Joan Hackbert" which I assume is also me.

Stop them ALL. Every one of those four names at this address. I don't want the catalog.

Joan Hackbarth
2809 Church St
Stevens Point WI 54481""",
  labels=[MO], ents={"name": "Joan Hackbarth", "postal_code": "54481"},
  note="household catalog stop including a late husband's copy; she is the household, so no standing problem; marketing opt-out only; the misspelled name is a label variant, not the name entity")

h(id="C049", cat="ALL CAPS elderly: solar papers", mb="cc", prog="aol",
  name="Irene Vosberg", addr="ivosberg1941@aol.com", subject="SOLAR", after="2026-01-08",
  body="""STOP SENDING ME THE PAPERS ABOUT THE SOLAR. I AM 84 YEARS OLD AND I RENT. I CAN NOT PUT SOLAR ON A HOUSE I DO NOT OWN AND I WILL NOT BE HERE LONG ENOUGH FOR IT TO PAY FOR ITSELF ANYWAY.

THANK YOU

IRENE VOSBERG 53901""",
  labels=[MO], ents={"name": "IRENE VOSBERG", "postal_code": "53901"},
  note="ALL CAPS marketing opt-out (solar mailings); reasons, no complaint to answer; name as written")

h(id="C050", cat="short profane opt-out", mb="cc", prog="iphone",
  name="Jake Pruett", addr="jpruett04@icloud.com", subject="mail", after="2026-01-11",
  body="""Quit sending me your crap. Every week a new flyer. Solar this, heat pump that. Damn.""",
  device_sig="Sent from my iPhone",
  labels=[MO], ents={},
  note="mild profanity, clear marketing opt-out (flyers); nothing else to answer")

h(id="C092", cat="dictated opt-out with homophone", mb="cc", prog="gmail_android",
  name="Verna Goettsch", addr="vernagoettsch@gmail.com", subject="solar", after="2026-01-12",
  body="""please stop sending me the male about the solar community thing I have told my son to email you because I don't know how and he's not doing it so I am doing it myself on my phone talking to it. I am not interested I am 78 and I do not need another bill. thank you Verna""",
  labels=[MO], ents={"name": "Verna"},
  note="dictated text, 'male' for mail; a marketing opt-out (community solar mail); first name only in the text")

h(id="C095", cat="passive-aggressive catalog stop as a question", mb="ph", prog="apple_mail",
  name="Colleen Drees", addr="cdrees@me.com", subject="A small favor", after="2026-02-14",
  body="""Dear PowerHouse,

I'm sure you're very busy. So am I! Busy carrying your catalogs from the mailbox to the recycling bin, mostly. Three this month, if anyone's counting, which I am.

Would it be too much trouble to stop sending them? I'd be ever so grateful.

All the best,
Colleen Drees
Cedar Falls 50613""",
  labels=[MO], ents={"name": "Colleen Drees", "postal_code": "50613"},
  note="passive-aggressive politeness; 'would it be too much trouble to stop' is the request in question form: marketing opt-out, no separate question")

h(id="C012", cat="thinks already opted out: thermostat postcards", mb="cc", prog="gmail",
  name="Nathan Kroeger", addr="nkroeger.cf@gmail.com", subject="opted out and still getting it", after="2026-01-20",
  body="""I opted out of your marketing mail back in October. I have the confirmation e-mail with a reference number and everything. And yet, this week, there it is: a postcard about a smart thermostat rebate, addressed to me, in my mailbox.

I don't want your postcards. That was the whole point of opting out. What exactly is the point of your opt-out if it doesn't do anything?

Nathan Kroeger
Cedar Falls, IA 50613""",
  labels=[MO, Q], ents={"name": "Nathan Kroeger", "postal_code": "50613"},
  note="thinks he already opted out; he names what he still gets and says he doesn't want it, so the opt-out is restated and can be re-applied; the failed opt-out is a complaint (question); both")

h(id="C013", cat="already told you, still getting it: no object", mb="cc", prog="iphone",
  name="Tim Ostrander", addr="t.ostrander@icloud.com", subject="", after="2026-01-21",
  body="""I already told you people. Still getting it. Unreal.""",
  device_sig="Sent from my iPhone",
  labels=[], unclear=True, ents={},
  note="refers to an earlier request without saying what 'it' is (marketing? bills? alerts?); empty subject; unclear")

h(id="C066", cat="opted out of everything, why am I getting mail", mb="cc", prog="outlook_web",
  name="Carol Mishler", addr="carolmishler@live.com", subject="Mail", after="2026-02-17",
  body="""I opted out of everything last year. Everything. Why am I getting mail from you?

Carol Mishler""",
  labels=[Q], unclear=True, ents={"name": "Carol Mishler"},
  note="'opted out of everything' and 'mail from you' do not say whether she means marketing, the catalog, sharing or her bills; a question is asked, so question, but the opt-out is unclear")

h(id="C031", cat="passive-aggressive fourth request", mb="cc", prog="outlook_web",
  name="Melissa Hartung", addr="mhartung@outlook.com", subject="Fourth time's the charm?", after="2026-02-02",
  body="""Hi there!

Per my last three emails (which I'm sure are being read with great interest), please remove me from your marketing mailings. Postcards, letters, the newsletter, all of it.

I've attached nothing, because apparently attachments don't help either. Just a friendly reminder that "We received your request" is not the same thing as doing it!

Hoping the fourth time's the charm!

Melissa Hartung
Waterloo IA 50701""",
  labels=[MO, Q], ents={"name": "Melissa Hartung", "postal_code": "50701"},
  note="passive-aggressive fourth request; the object is named (postcards, letters, newsletter) so the opt-out stands, and three ignored requests make it a complaint; both")

h(id="C070", cat="fourth request with dates listed", mb="cc", prog="outlook_desktop",
  name="Kenneth Rausch", addr="krausch@rauschag.com", subject="Request #4 - remove from marketing",
  after="2026-02-21",
  body="""For the record:

Request #1 - October 2, phone call, spoke with "Brittany"
Request #2 - November 14, e-mail to this address
Request #3 - December 30, letter mailed to your Madison office
Request #4 - today

Every one of them says the same thing: stop sending marketing mail to my home and my farm office. Since Request #3 I have received 7 pieces, which I have kept in a folder.

I'd like an explanation of why three requests were not processed, and confirmation in writing when this one is.

Kenneth Rausch
Rausch Ag Services
2217 Hwy 9
Cresco, IA 52136
Acct: 6001-339-214""",
  labels=[MO, Q], ents={"name": "Kenneth Rausch", "postal_code": "52136", "account": "6001-339-214"},
  note="fourth request listed by date; names the object (marketing mail); asks for an explanation: both; account with odd grouping")

h(id="C102", cat="forward of own earlier request: third time", mb="cc", prog="outlook_web",
  name="Brian Delzer", addr="bdelzer@outlook.com", subject="FW: 2nd request", after="2026-02-26",
  body="""Third time. See below. Still getting the mailers.""",
  forward=dict(from_name="Brian Delzer", from_addr="bdelzer@outlook.com", to="customercare@alliant-energy.com",
               sent="Monday, January 19, 2026 8:12 PM", subject="2nd request",
               text="Hello,\n\nThis is my second request. Please stop mailing me your promotions and "
                    "advertisements. I asked in December too.\n\nBrian Delzer\nClinton IA 52732"),
  labels=[MO, Q], ents={"name": "Brian Delzer", "postal_code": "52732"},
  note="forward of his OWN earlier request: his own words count (below: 'stop mailing me your promotions'); third time is a complaint; both; entities from his own forwarded signature")

h(id="C054", cat="cancel everything, I'm done", mb="cc", prog="gmail",
  name="Derek Hollis", addr="derekhollis.ia@gmail.com", subject="done", after="2026-02-01",
  body="""I'm done with you people. We're putting panels on the barn in the spring and getting off your grid as much as the law lets us.

Cancel everything. I mean it.""",
  labels=[], unclear=True, ents={},
  note="'cancel everything' could mean close the account, stop programs or stop marketing; a careful person could not act; unclear")

h(id="C055", cat="contradictory: stop junk but keep the rebates", mb="cc", prog="outlook_web",
  name="Jill Ambrose", addr="jill.ambrose@outlook.com", subject="your mailings", after="2026-02-05",
  body="""Okay so I'm sick of the amount of stuff you send. Can you stop the junk? Although to be fair the thermostat rebate postcard was actually useful, I did that one and got my $75. So keep those I guess. And the one about the free assessment. But the rest of it, no. I don't even know what the rest of it is honestly, I just know there's too much of it.

Jill""",
  labels=[], unclear=True, ents={"name": "Jill"},
  note="mixed wishes: stop the marketing, but keep the rebate and assessment marketing, 'the rest' undefined; self-contradicting, unclear")

h(id="C061", cat="polite formal: no promotional materials + call center complaint", mb="cc", prog="apple_mail",
  name="Richard Oberholtzer", addr="roberholtzer@me.com", subject="Formal request and complaint",
  before="2026-02-15", after="2026-01-27",
  body="""Dear Customer Care,

I would be grateful if you would no longer send promotional materials of any kind to our home, whether by post or by e-mail.

Further, I wish to express my dissatisfaction with the treatment my wife received when she telephoned your call center on January 26 regarding our outage. She was told, in so many words, that there was "nothing anyone can do" and the call was ended while she was still speaking. I would ask that this be passed to whoever supervises that team.

Yours sincerely,

Richard Oberholtzer
2114 Grand Ave
Ames, IA 50010""",
  labels=[MO, Q], ents={"name": "Richard Oberholtzer", "postal_code": "50010"},
  note="polite formal letter: marketing opt-out (post and e-mail) plus a call-center complaint; both")

h(id="C087", cat="polite formal complaint about frequency + household removal", mb="cc", prog="outlook_desktop",
  name="Patricia Vanderploeg", addr="pvanderploeg@pellahomes.org", subject="Formal complaint regarding promotional mailings",
  after="2026-03-10",
  body="""Dear Sir or Madam,

I write to register a formal complaint regarding the frequency of your promotional mailings. In the past six weeks our household has received eleven separate pieces of promotional mail from Alliant Energy and the PowerHouse Catalog, several of them duplicates.

I respectfully request that our household be removed from all of your marketing mailing lists.

I would further ask that you explain how mailing frequency is decided, since I find it difficult to reconcile with your public statements about controlling costs for customers.

With thanks,

Patricia Vanderploeg
1004 Broadway
Pella, IA 50219""",
  labels=[MO, Q], ents={"name": "Patricia Vanderploeg", "postal_code": "50219"},
  note="formal complaint plus household marketing opt-out (she writes for her own household) plus a question about frequency; both")

h(id="C091", cat="moved out of state, still getting promotions", mb="cc", prog="gmail",
  name="Alicia Brandt", addr="aliciabrandt.chi@gmail.com", subject="I don't even live in Iowa anymore",
  after="2026-01-21",
  body="""I moved to Illinois in June 2024. I closed my account. I paid my final bill. I am not your customer.

WHY am I still getting your energy-saving promotions, now at my NEW address in Evanston? I never gave you this address. How did you get it. Did you buy it from somebody?

Take me off your mailing lists, all of them, and tell me where this address came from.

Alicia Brandt
60201""",
  labels=[MO, Q], ents={"name": "Alicia Brandt", "postal_code": "60201"},
  note="former customer: explicit marketing opt-out plus questions about where her new address came from; both; an Illinois ZIP is still her postal code")

h(id="C096", cat="spouse asks for husband (standing)", mb="cc", prog="yahoo",
  name="Sandy Delacroix", addr="sandydelacroix@yahoo.com", subject="solar mail", after="2026-03-14",
  body="""Take my husband Ron Delacroix off your solar mailing list. He's sick of it and so am I, it comes every week and it's always in his name. He's the one on the account but he doesn't do e-mail.""",
  labels=[], unclear=True, ents={"name": "Ron Delacroix"},
  note="written by the wife for the husband, who she says holds the account: on behalf of a spouse without clear standing, unclear; entity names the husband")

h(id="C036", cat="polite formal: deceased mother's mail", mb="cc", prog="gmail",
  name="Diane Faber-Lutz", addr="dianefaberlutz@gmail.com", subject="Mailings to my late mother", after="2026-01-23",
  body="""Hello,

My mother, Loretta Faber, passed away in August. Your mailings addressed to her continue to arrive at her house in Anamosa, which we are in the process of selling, postcards about rebates and, this week, a catalog. Each one is a small, unnecessary reminder.

Please remove her name from your mailing lists.

Thank you for your understanding.

Diane""",
  labels=[], unclear=True, ents={"name": "Loretta Faber"},
  note="polite request for a deceased parent; the writer does not say she is the executor or account holder: on behalf of a deceased parent without clear standing, unclear; entity is the mother")

h(id="C019", cat="neighbor writes for an elderly neighbor", mb="ph", prog="gmail",
  name="Dennis Kopecky", addr="dkopecky.maq@gmail.com", subject="Catalogs for Mrs. Brandt", after="2026-02-19",
  body="""Good morning,

I'm writing on behalf of my elderly neighbor, Mrs. Ethel Brandt, who is 91 and lives alone next door to me. I pick up her mail. Your catalogs come nearly every week now and she gets confused and thinks she has to order something or pay something. Last month she called me in tears because she thought a catalog was a bill.

Please stop sending her catalogs, and please don't sell her name to anyone else either, she gets enough of that.

Her address is 406 S. Niagara St, Maquoketa IA 52060.

Dennis Kopecky""",
  labels=[], unclear=True, ents={"name": "Ethel Brandt", "postal_code": "52060"},
  note="a neighbor asks both opt-outs for someone else with no authority shown; unclear; entities name the neighbor the request is for, not the writer")

h(id="C052", cat="both opt-outs in an exasperated catalog rant", mb="ph", prog="yahoo",
  name="Lorraine Pape", addr="lpape_decorah@yahoo.com", subject="enough", after="2026-01-16",
  body="""I have been getting your catalog for years because I once bought a heated bird bath. Fine. Then I started getting catalogs from garden companies, tool companies, a company that sells nothing but socks. I called one of them and they said they "rented my name from a list" and yours was the first name the girl read off.

Stop the catalog. Stop selling my name. Stop all of it.

Lorraine Pape
Decorah 52101
Customer no. 40877215""",
  labels=[MO, CS], ents={"name": "Lorraine Pape", "postal_code": "52101", "account": "40877215"},
  note="both opt-outs in three short sentences after a rant; no question asked; catalog customer number")

h(id="C089", cat="keeps the catalog, stop sharing (too much junk mail)", mb="ph", prog="gmail",
  name="Stacy Lammers", addr="stacylammers@gmail.com", subject="Too much junk mail", after="2026-01-18",
  body="""I like the catalog, honestly. I've bought the rain barrel and the LED shop lights from you and I'll probably buy more.

What I don't like is the eleven other catalogs that started showing up about two months after my first order. I have a whole stack of them on the counter right now. Garden, tools, "outdoor living", a pet supply company (I don't have a pet).

So, keep sending yours, but stop passing my name around.

Stacy Lammers
Tipton IA 52772""",
  labels=[CS], ents={"name": "Stacy Lammers", "postal_code": "52772"},
  note="'keep sending yours, but stop passing my name around': sharing opt-out only; the catalog must not be stopped")

h(id="C029", cat="late order complaint + keep catalog, don't share", mb="ph", prog="apple_mail",
  name="Douglas Brekke", addr="dbrekke@icloud.com", subject="Order 55120934 and another matter", before="2026-02-15", after="2026-01-31",
  body="""Hello,

I ordered a set of LED shop lights (order 55120934) on January 6. Your site said 5-7 business days. It has now been more than three weeks and the tracking number still says "label created." I have e-mailed twice through the order page and received nothing but the automatic reply. I would like either the lights or a refund, whichever you can manage first.

On a separate matter: I noticed in the fine print of your catalog that you share customer names with other catalog companies. I'm happy to keep getting the PowerHouse catalog but I don't want my name shared with anyone.

Douglas Brekke
Customer No. 3390 1175
Oelwein, IA 50662""",
  labels=[CS, Q], ents={"name": "Douglas Brekke", "postal_code": "50662", "account": "3390 1175"},
  note="late order complaint (question) plus 'keep getting the catalog but don't share my name' (sharing only); order number is not an account")

h(id="C051", cat="damaged item + do not sell my address", mb="ph", prog="gmail",
  name="Keisha Morrow", addr="keisha.morrow@gmail.com", subject="Broken heater + one more thing", after="2026-01-26",
  body="""Hi,

The ceramic space heater I ordered (order #55098812) arrived with the grill snapped off and the box crushed on one corner. I've attached nothing because I already threw the box out before I opened it properly, which I know is my fault, but the heater is clearly broken. How do I return it and do I have to pay shipping on something that came broken?

And do NOT sell my address to your catalog buddies. I got three brand new catalogs from companies I've never heard of within a month of my first order with you. That is not a coincidence.

Keisha Morrow
Cedar Rapids 52403""",
  labels=[CS, Q], ents={"name": "Keisha Morrow", "postal_code": "52403"},
  note="return question plus an explicit 'do NOT sell my address' in the middle; sharing opt-out + question; catalog not stopped")

h(id="C042", cat="thinks already opted out of sharing, other catalogs again", mb="ph", prog="thunderbird",
  name="Frances Uhl", addr="fuhl@windstream.net", subject="I told you in 2023", after="2026-02-22",
  sig="Frances Uhl\nMt. Vernon, Iowa 52314",
  body="""In 2023 I wrote to this address and told you not to share my name with other catalog companies. I got a nice e-mail back saying it was done.

This winter I'm getting Thistle & Row Garden Co. and Prairie Hearth Outfitters catalogs again, addressed exactly the way your catalog addresses me, middle initial and all. That's how I know where they got it.

Make sure my name is NOT being shared. And I'd like to know whether it was shared again after 2023, and with whom.""",
  labels=[CS, Q], ents={"name": "Frances Uhl", "postal_code": "52314"},
  note="thinks she already opted out of sharing; restates it ('make sure my name is NOT being shared') and asks whether and with whom it was shared: sharing opt-out + question")

h(id="C043", cat="opted out last fall, catalog came today (which opt-out?)", mb="ph", prog="iphone",
  name="Gail Rietz", addr="gailrietz@icloud.com", subject="Opted out", after="2026-02-12",
  body="""Opted out last fall. Your catalog came today. Just thought you should know how well your system works.""",
  device_sig="Sent from my iPhone",
  labels=[Q], unclear=True, ents={},
  note="sarcastic complaint; at this mailbox 'opted out' may have been the sharing opt-out, after which the catalog still comes by design, so what she wants now is unclear; the complaint itself needs an answer (question)")

h(id="C053", cat="Spanish: both opt-outs", mb="ph", lang="es", prog="outlook_web",
  name="Patricia Zamarripa", addr="pzamarripa@hotmail.com", subject="Ya no quiero el catálogo", after="2026-02-16",
  body="""Buenas tardes.

Hace un año compré un calentador de su catálogo y desde entonces no paran. El catálogo de ustedes llega cada mes y además empezaron a llegar catálogos de otras compañías que yo nunca conocí, de ropa, de jardín, hasta de seguros.

No quiero recibir más su catálogo y tampoco quiero que vendan ni compartan mi nombre y mi dirección con otras compañías.

Patricia Zamarripa
Columbus Junction, Iowa 52738""",
  labels=[MO, CS], ents={"name": "Patricia Zamarripa", "postal_code": "52738"},
  note="Spanish: stop the catalog and do not sell/share name and address: both opt-outs")

h(id="C076", cat="Spanish: catalog sarcasm", mb="ph", lang="es", prog="samsung",
  name="Arturo Benítez", addr="arturo.benitez.ia@gmail.com", subject="catálogos", after="2026-03-07",
  body="""Qué bonito es recibir su catálogo tres veces al mes, de verdad. Ya tengo suficiente papel para prender la chimenea todo el invierno. Muchas gracias por pensar en mí.

Ya en serio: no me manden más catálogos.

Arturo Benítez""",
  labels=[MO], ents={"name": "Arturo Benítez"},
  note="Spanish sarcasm then a plain 'no me manden más catálogos': marketing opt-out; name from the sign-off")

h(id="C077", cat="Spanish: thought sharing was stopped, other catalogs again", mb="ph", lang="es", prog="gmail",
  name="Leticia Mondragón", addr="leti.mondragon@gmail.com", subject="otra vez los catálogos de otras compañías",
  after="2026-03-11",
  body="""Hola,

El año pasado les escribí para que no compartieran mi nombre con otras compañías y me contestaron que ya estaba. Pero ahora me están llegando otra vez catálogos de jardinería y de herramientas con mi nombre escrito igualito como lo escriben ustedes.

Sigo queriendo recibir su catálogo, eso no me molesta. Pero no quiero que compartan mi nombre con nadie. ¿Me pueden decir si lo volvieron a compartir?

Leticia Mondragón
Ottumwa IA 52501""",
  labels=[CS, Q], ents={"name": "Leticia Mondragón", "postal_code": "52501"},
  note="Spanish: restates the sharing opt-out (keeps the catalog) and asks whether it was shared again: sharing opt-out + question")

h(id="C017", cat="Spanish: other companies' catalogs blamed on us", mb="ph", lang="es", prog="outlook_web",
  name="Ramón Quintero", addr="ramonquintero58@outlook.com", subject="¿Quién les dio mi dirección?", after="2026-01-18",
  body="""Buenos días,

Desde que les compré una cobija eléctrica en noviembre me llegan catálogos de por lo menos cinco compañías que no conozco. Todas con mi nombre escrito igual que en el suyo. Mi esposa dice que ustedes vendieron nuestros datos.

No quiero que vendan ni compartan mi nombre. ¿A quién se lo dieron?

Ramón Quintero
Muscatine, IA 52761""",
  labels=[CS, Q], ents={"name": "Ramón Quintero", "postal_code": "52761"},
  note="Spanish: other companies' catalogs blamed on us; explicit do-not-sell/share plus 'who did you give it to': sharing opt-out + question")

h(id="C008", cat="other companies' catalogs blamed on us, who did you sell it to", mb="ph", prog="gmail",
  name="Marjorie Tiedeman", addr="mtiedeman@gmail.com", subject="You sold my name", after="2026-01-12",
  body="""Since I ordered a space heater from your catalog in October I have gotten catalogs from six companies I have never heard of. Lawn ornaments. Orthopedic shoes. A "collectible coin" outfit. Every one of them spells my name Marjorie J. Tiedeman, with the J, which is exactly how it appears on your order form and nowhere else.

You sold my name. Don't you dare do it again.

Who did you sell it to?

Marjorie Tiedeman
Vinton IA 52349""",
  labels=[CS, Q], ents={"name": "Marjorie Tiedeman", "postal_code": "52349"},
  note="another company's mail blamed on us; 'don't you dare do it again' = do not share; 'who did you sell it to?' = question; both")

h(id="C062", cat="other company's catalogs: stop it", mb="cc", prog="yahoo",
  name="Vern Ackerson", addr="vackerson@yahoo.com", subject="MidAmerica Window catalogs", after="2026-01-09",
  body="""I don't know who you sold me to but I get MidAmerica Window & Door catalogs now, and a home warranty company, right after I signed up for your community solar thing. Stop it.

Vern Ackerson""",
  labels=[CS], ents={"name": "Vern Ackerson"},
  note="other companies' mail blamed on us; 'stop it' refers to selling his name: sharing opt-out; no question is asked; sent to customercare, the mailbox does not change the label")

h(id="C027", cat="scare letters from another company blamed on us", mb="cc", prog="ox",
  name="Bonnie Sadler", addr="bsadler1952@comcast.net", subject="Midwest Energy Solutions letters", after="2026-01-24",
  body="""I keep getting letters from "Midwest Energy Solutions" that look official, they have a big red URGENT: RATE NOTICE on the envelope and they say my "utility rates are scheduled to increase" and I should call them to "lock in protection". They have my name, my address and they say "Alliant Energy customer" right on the letter.

Did you give them my information? How do they know who my electric company is?

Whoever they are, stop giving my info out. I'm 73 and I almost called them.

Bonnie Sadler
Clinton""",
  labels=[CS, Q], ents={"name": "Bonnie Sadler"},
  note="another company's scare mail blamed on us; 'stop giving my info out' = sharing opt-out; 'did you give them my information?' = question")

h(id="C028", cat="solar company calls blamed on us, no request", mb="cc", prog="gmail",
  name="Trent Hageman", addr="trenthageman@gmail.com", subject="Your partner Sunrise Solar Pros", after="2026-02-11",
  body="""Your "partner" Sunrise Solar Pros has called my cell phone every day for two weeks. Twice on Sunday. The guy says he's "working with Alliant on the new solar incentive" and knows my address and roughly what my bill is.

I assume you sold them my number. Disgusting.

Trent""",
  labels=[Q], ents={"name": "Trent"},
  note="complaint about a third party's calls blamed on us; he accuses but asks nothing, no explicit do-not-share wish: question only (a human should answer and may offer the opt-out)")

h(id="C063", cat="another utility's mail blamed on us", mb="cc", prog="gmail",
  name="Peggy Lindahl", addr="peggylindahl@gmail.com", subject="why", after="2026-01-19",
  body="""Why does Prairie States Power keep sending me stuff? Rebate offers, a newsletter, some kind of survey. I'm YOUR customer, not theirs. I've never had an account with them. Are you two the same company now or what. This is very confusing for an old lady.

Peggy Lindahl
Mount Pleasant IA 52641""",
  labels=[Q], ents={"name": "Peggy Lindahl", "postal_code": "52641"},
  note="asks why another utility mails her; nothing we can stop and no request to us: question only")

h(id="C080", cat="forwarded third-party scam e-mail: is this you", mb="cc", prog="gmail",
  name="Ross Mueller", addr="rossmueller.ia@gmail.com", subject="Fwd: Your Energy Rebate Is Waiting - Action Required",
  before="2026-03-02", after="2026-02-27",
  body="""Is this you? It has your logo colors and it says "Alliant customers". If you gave these people my email I am going to lose it. I get enough garbage.

Ross""",
  forward=dict(from_name="Energy Rebate Center", from_addr="rebates@energy-rebatecenter.net", to="rossmueller.ia@gmail.com",
               sent="Thu, Feb 26, 2026 at 6:41 PM", subject="Your Energy Rebate Is Waiting - Action Required",
               text="Dear Valued Alliant Customer,\n\nYou qualify for a $350 Winter Energy Rebate! Claim before "
                    "Friday or your rebate will be forfeited.\n\nCLAIM MY REBATE: http://energy-rebatecenter.net/claim\n\n"
                    "To stop receiving these messages click here."),
  labels=[Q], ents={"name": "Ross"},
  note="forwards a third party's (probably scam) mail and asks whether it is us; the forwarded 'stop receiving' footer is not his words; question only")

h(id="C044", cat="scam call pretending to be us", mb="cc", prog="yahoo",
  name="Marlene Hoch", addr="marlenehoch@yahoo.com", subject="Is this you calling me???", after="2026-01-13",
  body="""Somebody claiming to be Alliant called me at 7 this morning and said my power would be shut off in 45 minutes unless I paid $612 with a prepaid card from Walgreens. He had a very official voice and a case number. I hung up but my heart is still pounding.

Is this you?? Do you do that?? If it's not you, who do I report it to, and how did they know I'm your customer?

Marlene Hoch
Monticello IA 52310""",
  labels=[Q], ents={"name": "Marlene Hoch", "postal_code": "52310"},
  note="scam-call report with questions; question only; nothing about marketing")

# ------------------------------------------------------------------ calls and texts

h(id="C014", cat="marketing robocalls", mb="cc", prog="gmail",
  name="Amanda Kiefer", addr="amandakiefer.dbq@gmail.com", subject="Stop calling me", after="2026-01-17",
  body="""Your company's automated calls about the "Home Energy Assessment" program came at 8:02 am on a Saturday. Then again Tuesday during dinner. Then a voicemail. I have a newborn.

I don't want sales calls from you. Stop calling me with sales pitches. Outage calls are fine, I guess, if my power is actually out.

Amanda Kiefer
563-555-0114""",
  labels=[MO, Q], ents={"name": "Amanda Kiefer"},
  note="marketing by phone: she doesn't want promotional contact, so marketing opt-out, but our e-mail/postal ack does not cover calls, so a human must handle the phone list (question); the phone number is not an entity")

h(id="C045", cat="texts: keep outage texts, stop sales texts", mb="cc", prog="iphone",
  name="Brooke Salas", addr="brookesalas@icloud.com", subject="Texts", after="2026-02-28",
  body="""I signed up for outage TEXTS. Not "Save $50 on a heat pump water heater! Reply Y to learn more" texts. I got three of those this week.

Stop the sales texts, keep the outage ones. If you can't separate the two, tell me, because I'd rather keep the outage alerts.""",
  device_sig="Sent from my iPhone",
  labels=[MO, Q], ents={},
  note="promotional texts: marketing opt-out by the text channel with the outage texts kept (channel limit); needs a human for SMS and to answer 'tell me': both")

h(id="C015", cat="service texts at 2am (not marketing)", mb="cc", prog="gmail_android",
  name="Kyle Brennecke", addr="kbrennecke22@gmail.com", subject="TEXT ALERTS", after="2026-01-26",
  body="""I keep getting texts at 2 and 3 in the morning saying my power is RESTORED when it never went out in the first place. Four nights in a row now. My wife works early.

Turn off these texts. I'll check your website if I need to know about an outage.

Kyle Brennecke
Acct 7712093354""",
  labels=[Q], ents={"name": "Kyle Brennecke", "account": "7712093354"},
  note="outage texts are service messages; turning them off is a service preference, not a marketing opt-out: question")

h(id="C047", cat="Spanish: promotional texts", mb="cc", lang="es", prog="gmail_android",
  name="Juan Carlos Téllez", addr="jctellez.ia@gmail.com", subject="mensajes de texto", after="2026-03-08",
  body="""Buenas. Me llegan mensajes de texto de ustedes casi cada semana con promociones de termostatos y de paneles solares. Yo nunca pedí eso, solo puse mi celular para las alertas de cuando se va la luz. Ya basta, no quiero mensajes de promociones.

Juan Carlos Téllez""",
  labels=[MO, Q], ents={"name": "Juan Carlos Téllez"},
  note="Spanish: promotional texts; marketing opt-out by text, needs a human for the SMS list: both")

h(id="C079", cat="Spanish: sales calls", mb="cc", lang="es", prog="outlook_web",
  name="Silvia Cárdenas", addr="silviacardenas@hotmail.com", subject="llamadas", after="2026-03-13",
  body="""Hola buenas noches

Les pido por favor que dejen de llamarme para venderme cosas. Me han llamado como cinco veces para lo del "análisis de energía gratis" y siempre a la hora que estoy haciendo la cena o cuando estoy en el trabajo. Ya les dije que no me interesa.

Si es algo de mi cuenta, está bien, pero llamadas de ventas no.

Silvia Cárdenas
Perry, IA 50220""",
  labels=[MO, Q], ents={"name": "Silvia Cárdenas", "postal_code": "50220"},
  note="Spanish: stop sales calls, keep account calls; marketing opt-out by phone, human needed for the phone list: both")

h(id="C101", cat="texts: replied STOP five times", mb="cc", prog="ox",
  name="Dwight Hollenbeck", addr="dhollenbeck@comcast.net", subject="Your texts", after="2026-03-15",
  body="""Your text message says "Reply STOP to opt out." I have replied STOP five times. I got a text back each time saying I was unsubscribed and then the next day I get another one.

Fix it. I don't know what else to tell you.

Dwight Hollenbeck""",
  labels=[Q], ents={"name": "Dwight Hollenbeck"},
  note="texts keep coming after STOP; he never says what the texts are (alerts or promotions), so no marketing opt-out can be inferred; the complaint is a question")

h(id="C046", cat="hold times vent", mb="cc", prog="yahoo",
  name="Gloria Rempe", addr="grempe@yahoo.com", subject="Your phone line", after="2026-01-14",
  body="""I want to describe my morning to you.

8:05 called your customer service number. "Due to high call volume." 8:51 still on hold. 9:20 the call dropped. 9:22 called back. "Due to high call volume." 10:14 a very nice young man picked up and said he could not help me with a payment arrangement and transferred me. The transfer went to the same hold music. 10:40 I gave up.

Two and a half hours. I'm not even asking you for anything right now. I just want someone over there to know what it's like.

Gloria Rempe
Anamosa""",
  labels=[Q], ents={"name": "Gloria Rempe"},
  note="'I'm not even asking you for anything' - a complaint that only vents; still a complaint, question")

# ------------------------------------------------------------------ replies over promotions and catalog e-mail

h(id="C020", cat="reply to thermostat promo: rates + unsubscribe", mb="cc", prog="gmail",
  name="Eric Lunsford", addr="ericlunsford.ia@gmail.com", subject="Re: Winter Savings: $75 back on a smart thermostat",
  before="2026-01-25", after="2026-01-13", reply=dict(campaign="thermostat"),
  body="""You want me to buy a thermostat?? My bill last month was $389.

How about you lower your rates instead of spending money e-mailing me about gadgets. I'd genuinely like to know what your plan is for that.

UNSUBSCRIBE ME.""",
  labels=[MO, Q], ents={},
  note="reply to our promotion: UNSUBSCRIBE is a marketing opt-out; the rates complaint asks what the plan is: both")

h(id="C075", cat="Spanish reply to thermostat promo", mb="cc", lang="es", prog="gmail",
  name="Beatriz Quiñones", addr="bquinones.ia@gmail.com", subject="Re: Winter Savings: $75 back on a smart thermostat",
  before="2026-01-25", after="2026-01-13", reply=dict(campaign="thermostat"),
  body="""No quiero más correos de ustedes. Bastante tengo con la factura.""",
  labels=[MO], ents={},
  note="Spanish reply to our promotion: 'no more e-mails from you' is a marketing opt-out; the jab about the bill asks nothing")

h(id="C056", cat="reply to newsletter: tone deaf, no request", mb="cc", prog="gmail",
  name="Renee Dostal", addr="reneedostal@gmail.com", subject="Re: Home Energy Insider | February 2026",
  before="2026-02-14", after="2026-02-03", reply=dict(campaign="newsletter"),
  body=""""Reliability you can count on." I lost power twice the week this showed up, once for nine hours.

Tone deaf doesn't begin to cover it.""",
  labels=[Q], ents={},
  note="reply to our newsletter complaining, with no unsubscribe or stop: a complaint (question), not an opt-out; the quoted 'unsubscribe' link is ours")

h(id="C057", cat="reply to newsletter: long rant, unsubscribe buried", mb="cc", prog="outlook_desktop",
  name="Glenn Schiltz", addr="gschiltz@schiltzinsurance.com", subject="RE: Home Energy Insider | February 2026",
  before="2026-02-20", after="2026-02-03", reply=dict(campaign="newsletter"),
  body="""I read your newsletter this morning, which I rarely do, and I have some thoughts.

You rebuilt 212 miles of line. Good. The line behind my office on 2nd Street has been sagging since the ice storm and I reported it twice, once by phone and once on your app, and I got a ticket number both times and nobody has come. My office lost power for a day and a half in January, and I run an insurance agency, so that's a day and a half of not being able to help people file claims, ironically.

Heat pump water heaters, community solar, fine, I'm sure those are nice. Please unsubscribe me from this newsletter and the rest of your promotional e-mail, I'll look at your website if I want to know about programs.

The sagging line I do want someone to look at. 204 2nd St NE, Oelwein.

Glenn Schiltz""",
  labels=[MO, Q], ents={"name": "Glenn Schiltz"},
  note="reply to our newsletter; unsubscribe request buried in the middle of a complaint about an unrepaired line; both; the address has no ZIP")

h(id="C058", cat="reply to catalog e-mail: REMOVE. ME.", mb="ph", prog="iphone",
  name="Heidi Wurzer", addr="heidiwurzer@yahoo.com", subject="Re: Spring Preview: new arrivals from PowerHouse",
  before="2026-02-25", after="2026-02-10", reply=dict(campaign="catalog"),
  body="""REMOVE. ME.""",
  labels=[MO], ents={},
  note="short angry reply to our catalog e-mail: a marketing opt-out by what it answers, not a sharing opt-out (the quoted footer about sharing is ours)")

h(id="C059", cat="reply to catalog e-mail at a work address", mb="ph", prog="outlook_desktop",
  name="Scott Brunscheen", addr="sbrunscheen@kirkwoodmfg.com", subject="RE: Spring Preview: new arrivals from PowerHouse",
  before="2026-02-25", after="2026-02-10", reply=dict(campaign="catalog"),
  body="""You sent this to my WORK address. I've never given PowerHouse my work e-mail, I only ever ordered with my personal one. Where did you get it.

Take this address off whatever list this is.

Scott Brunscheen
Production Manager | Kirkwood Manufacturing
Manchester, IA 52057""",
  labels=[MO, Q], ents={"name": "Scott Brunscheen", "postal_code": "52057"},
  note="reply to our catalog e-mail: 'take this address off' is a marketing opt-out for this address; 'where did you get it' (no question mark) is a question; ZIP from his business signature")

# ------------------------------------------------------------------ replies over our acknowledgements

h(id="C024", cat="reply to our ack: fourth ack, catalogs still come", mb="cc", prog="gmail",
  name="Wendy Pospisil", addr="wendypospisil@gmail.com", subject="Re: We received your request [CC-2026-01-00587]",
  after="2026-01-27", reply=dict(ack=30, ref=587),
  body="""Got your "we received your request" robot email. That's the FOURTH one of these I've gotten since October. I don't want acknowledgements. I want the catalogs and the postcards to STOP.

Is anybody actually reading these? Because the robot certainly isn't doing anything.""",
  labels=[MO, Q], ents={},
  note="reply to our acknowledgement that restates the opt-out (catalogs and postcards) and complains nothing happens: both; a reply to our ack that asks something is answered")

h(id="C025", cat="reply to our ack: 'Whatever.'", mb="cc", prog="iphone",
  name="Lance Heitz", addr="lance.heitz@icloud.com", subject="Re: We received your request [CC-2026-02-00214]",
  after="2026-02-07", reply=dict(ack=3, ref=214), ack="none",
  body="""Whatever.""",
  device_sig="Sent from my iPhone",
  labels=[], ents={},
  note="reply to our own acknowledgement that asks for nothing: no labels, not unclear (there is nothing to decide), and no acknowledgement is due (ack_to null) per LABELS.md")

h(id="C026", cat="Spanish reply to our ack: catalogs still arrive", mb="cc", lang="es", prog="gmail",
  name="Ernesto Galván", addr="ernestogalvan.dsm@gmail.com", subject="Re: We received your request [CC-2026-02-00391]",
  after="2026-02-19", reply=dict(ack=150, ref=391),
  body="""Ya van dos veces que me mandan este aviso y los catálogos siguen llegando a mi casa, esta semana llegó otro. Yo no quiero recibir el catálogo, ya lo dije.

¿Qué tengo que hacer para que dejen de mandarlo?

Ernesto Galván""",
  labels=[MO, Q], ents={"name": "Ernesto Galván"},
  note="Spanish reply to our ack: restates 'I don't want the catalog' and asks what to do: marketing opt-out + question; a reply to our ack that asks something is answered")

h(id="C084", cat="reply to our ack: thanks for nothing, still got a mailer", mb="cc", prog="gmail",
  name="Gordon Pittman", addr="gordonpittman@gmail.com", subject="Re: We received your request [CC-2026-02-00455]",
  after="2026-02-22", reply=dict(ack=100, ref=455),
  body="""Thanks for nothing. Still got your mailer Saturday.""",
  labels=[Q], ents={},
  note="reply to our ack complaining a mailer still came; the opt-out is already on record (quoted ack) and he asks nothing new: a complaint, question only")

# ------------------------------------------------------------------ other service replies

h(id="C081", cat="reply to planned maintenance notice", mb="cc", prog="outlook_desktop",
  name="Tom Kinney", addr="tkinney@kinneyarch.com", subject="RE: Planned maintenance in your area",
  after="2026-03-09", reply=dict(svc="maintenance", hours=20, tail="4406", extra={"day": "Tuesday, March 24, 2026"}),
  body="""A planned outage on a Tuesday from 9 to 3? I work from home, as do half the people on this street. Six hours with no power, no internet, no heat pump.

Unacceptable. Move it to a weekend or at least tell me why it can't be moved.

Tom Kinney""",
  labels=[Q], ents={"name": "Tom Kinney"},
  note="reply to our planned-maintenance notice asking to move it: service complaint, question")

h(id="C099", cat="reply to bill notice: unsubscribe x3", mb="cc", prog="outlook_web",
  name="Brandon Eckhoff", addr="beckhoff91@outlook.com", subject="RE: Your Alliant Energy bill is ready",
  after="2026-03-02", reply=dict(svc="bill", hours=2, tail="8851", extra={"amount": "$176.02"}),
  body="""unsubscribe unsubscribe UNSUBSCRIBE

I get like 3 emails a month from you""",
  labels=[], unclear=True, ents={},
  note="'unsubscribe' under a service message (bill notice): not a marketing opt-out by LABELS.md; he may mean the bill e-mails or promotions; unclear")

# ------------------------------------------------------------------ other complaints

h(id="C086", cat="misdirected bill e-mails: I'm not Kevin", mb="cc", prog="yahoo",
  name="Paula Strand", addr="paulastrand@yahoo.com", subject="I am not Kevin", after="2026-01-05",
  body="""For the third time, I am not Kevin. I do not know Kevin. I get Kevin's bill notices, Kevin's payment reminders and now Kevin's outage alerts for an address on Edgewood Road that I have never lived at.

Stop sending Kevin's bill to me. And frankly, Kevin probably wants to know his bills are going to a stranger.""",
  labels=[Q], ents={},
  note="someone else's service mail reaching her: a privacy/service problem for a human, not a marketing opt-out; no entity (Kevin is not the requester and has no surname)")

h(id="C093", cat="what info do you have on me", mb="cc", prog="outlook_web",
  name="Sean Loughlin", addr="sloughlin@outlook.com", subject="my information", after="2026-02-16",
  body="""After all the junk and the calls I've gotten since signing up for your solar program, I want to see exactly what you've got. Tell me what info you have on me and who you gave it to. All of it, in writing.

Sean Loughlin
Dubuque, IA 52003""",
  labels=[Q], ents={"name": "Sean Loughlin", "postal_code": "52003"},
  note="data access request plus whom it was given to, written as a demand without question marks: question only (no do-not-share wish stated)")

h(id="C094", cat="delete my info, all of it", mb="cc", prog="iphone",
  name="Jenna Voigt", addr="jennavoigt@icloud.com", subject="Delete", after="2026-03-18",
  body="""Delete my info from your systems. All of it. Name, email, phone, address, usage, whatever you have. I'm done with the junk mail and the calls and I'm done with you.""",
  device_sig="Sent from my iPhone",
  labels=[Q], unclear=True, ents={},
  note="request to delete everything: unclear plus question by LABELS.md (deleting account data is not the bot's to do); the junk mail mention is the reason, not a separate opt-out")

h(id="C078", cat="Spanish: already told you no", mb="cc", lang="es", prog="gmail_android",
  name="Rosalba Mejía", addr="rosalbamejia77@gmail.com", subject="ya les dije", after="2026-02-11",
  body="""Ya les dije que no. No entienden. Es la tercera vez""",
  labels=[], unclear=True, ents={},
  note="Spanish: 'I already told you no' without saying to what; reference to earlier mail without its object: unclear")

h(id="C016", cat="Spanish: outage + bill, opt-out buried", mb="cc", lang="es", prog="gmail",
  name="Rosa Elena Carrillo", addr="rosaelena.carrillo@gmail.com", subject="Queja", before="2026-02-07", after="2026-01-27",
  body="""Buenas noches,

Les escribo porque ya no sé a quién más decirle. El sábado 24 se fue la luz por la tormenta de hielo y no regresó hasta el lunes en la tarde. Se me echó a perder toda la comida del refrigerador y del congelador, más de 200 dólares de comida, y tengo tres hijos.

Luego llega la factura y es más alta que la del mes pasado, cuando estuvimos dos días sin luz. No entiendo cómo puede ser eso. Quiero que alguien me explique.

Y ya no me manden esos folletos de ofertas de termostatos y paneles, no tengo dinero para eso y nomás se llena el buzón.

¿Hay alguna manera de que me repongan lo de la comida?

Rosa Elena Carrillo
Cedar Rapids, IA 52404
Cuenta 5120 7734 09""",
  labels=[MO, Q], ents={"name": "Rosa Elena Carrillo", "postal_code": "52404", "account": "5120 7734 09"},
  note="Spanish outage and bill complaint with questions; 'ya no me manden esos folletos de ofertas' buried in the middle is a marketing opt-out; both")

h(id="C009", cat="polite formal business billing complaint", mb="cc", prog="outlook_desktop",
  name="Paul Hendershot", addr="phendershot@hendershotmt.com", subject="Demand charge on January invoice",
  before="2026-02-25", after="2026-02-04",
  body="""Good morning,

I'm writing regarding the January invoice for our shop. The demand charge is based on a peak of 212 kW recorded on January 24. Our shop was closed on January 24 because of the ice storm; we had no power at all from roughly 10 p.m. on the 24th until the afternoon of the 26th, and our largest machines were not running at any point that day.

My guess is that the peak was recorded when service was restored and everything came back on at once, or that there is a metering error. Either way, I'd appreciate it if someone could review the interval data and correct the invoice. The difference is a little over $1,900, which for a business our size is not trivial.

I'm happy to provide our production logs for the period if useful.

Best regards,

Paul Hendershot
Operations Manager
Hendershot Machine & Tool, Inc.
3150 Jackson St, Oshkosh, WI 54901
920-555-0163""",
  labels=[Q], ents={"name": "Paul Hendershot", "postal_code": "54901"},
  note="polite business billing dispute; question; ZIP from the business signature")

h(id="C018", cat="lawyer's demand letter", mb="cc", prog="outlook_desktop",
  name="Gregory P. Halvorsen", addr="ghalvorsen@halvorsensteed.com", subject="Demand on behalf of Annette Ruiz-Coulter",
  before="2026-03-07", after="2026-03-03", attach="demand_pdf",
  body="""Alliant Energy
Attn: Customer Care / Privacy

Re: Our client Annette Ruiz-Coulter
Account No. 7730118442
Service address: 2411 Sommers Ave, Madison, WI 53704

To whom it may concern:

This firm represents Ms. Annette Ruiz-Coulter in connection with your company's handling of her personal information. Ms. Ruiz-Coulter has authorized us to write to you on her behalf. A signed copy of this letter is attached.

Our client made written requests on November 3 and December 8, 2025, that Alliant Energy and the PowerHouse Catalog cease sending her marketing materials and refrain from sharing her name and address with third parties. She continues to receive promotional mail from Alliant Energy and, since November, solicitations from at least four catalog companies that appear to have obtained her information from your customer list.

On her behalf we demand that you:

1. Cease all marketing communications to Ms. Ruiz-Coulter, by postal mail and e-mail, immediately;
2. Cease selling, renting, exchanging or otherwise sharing her name, address or other personal information with any third party;
3. Identify, in writing, each third party with which her information has been shared since January 1, 2025; and
4. Preserve all records relating to her requests and to any disclosure of her information.

Please confirm in writing within thirty (30) days of the date of this letter that you have complied. Please direct all correspondence on this matter to the undersigned.

Very truly yours,

Gregory P. Halvorsen
Halvorsen & Steed LLP
10 E. Doty St., Suite 800
Madison, WI 53703
608-555-0191

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain privileged and confidential information. If you are not the intended recipient, please notify the sender and delete this message.""",
  labels=[MO, CS, Q], ents={"name": "Annette Ruiz-Coulter", "postal_code": "53704", "account": "7730118442"},
  note="attorney with stated authorization (standing clear): both opt-outs demanded plus disclosure and preservation demands (question); entities are the client's, not the firm's ZIP 53703")

h(id="C071", cat="sharing complaint with attorney general threat", mb="ph", prog="gmail",
  name="Victor Zeman", addr="victor.zeman@gmail.com", subject="Selling customer names", after="2026-03-05",
  body="""I found the paragraph in your catalog that says you "occasionally share" your customer list with "other catalog companies." Occasionally. I have received 14 new catalogs since my order in November, so I'd say it's more than occasionally.

I do not want my name shared, sold, rented or traded. Take me out of whatever list you sell today.

I'm also sending a copy of this e-mail to the Iowa Attorney General's Consumer Protection Division, because I think burying this in the fine print of a utility company's catalog is exactly the kind of thing they should be looking at.

Victor Zeman
Solon IA 52333""",
  labels=[CS, Q], ents={"name": "Victor Zeman", "postal_code": "52333"},
  note="explicit sharing opt-out plus a complaint addressed to the AG: sharing opt-out + question; he doesn't ask to stop the catalog")

h(id="C103", cat="budget senior: question without question mark, hidden opt-out", mb="cc", prog="webmail",
  name="Arlene Koopmann", addr="akoopmann@netins.net", subject="my account", after="2026-03-17",
  body="""To Alliant,

I am writing because my son set up this e-mail for me and says this is faster than the telephone, we will see.

My late husband always handled the bills. Since he passed the bill still comes in his name, Elmer Koopmann, and I would like to know how to put it in my name without having to pay a new deposit. I have lived in this house since 1968.

Also I do not want any more of the advertising that comes in his name or mine. The bill is all I need.

I would also like to know why the bill went up so much this winter

Arlene Koopmann
Grinnell, Iowa 50112""",
  labels=[MO, Q], ents={"name": "Arlene Koopmann", "postal_code": "50112"},
  note="widow (the household) asks how to transfer the account and why the bill rose, without question marks, and says no more advertising: both; the husband's name is mentioned but the request is hers")
