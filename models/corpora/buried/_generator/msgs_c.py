"""Human mail, part C: more on-behalf-of and channel cases, Spanish, and mail-client unsubscribes."""
from lib import local_to_utc as L

M = []
A = M.append

A(dict(
    k="parish-former-pastor", d="2024-10-03 10:48", box="ph", prog="outlook_com",
    frm=("St. Wenceslaus Parish Office", "office.stwenceslaus@outlook.com"),
    subj="Catalogs for Fr. Novak at the rectory",
    body="""Good morning,

I'm the parish administrator at St. Wenceslaus in Clinton. The parish holds the electric and gas accounts for the church, the school and the rectory (the rectory is account 4410 0285 61).

Our former pastor, Fr. Anthony Novak, was reassigned to a parish in Dubuque on July 1 and our new pastor, Fr. Tomasz, moved in the same week. Fr. Novak was apparently a loyal PowerHouse customer because the catalogs keep coming to the rectory in his name, two or three a month. Fr. Tomasz jokes that he's going to order the heated slippers in Fr. Novak's name.

Please stop sending the catalog to Anthony Novak at the rectory, 410 S 4th St, Clinton, IA 52732. (If Father wants it at his new parish he can order it himself, I've told him.)

Also, the school's fall festival is October 19 if anyone from the Clinton office wants kolaches.

God bless,
Marlene Tobin
Parish Administrator
St. Wenceslaus Catholic Church
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Anthony Novak", "postal_code": "52732", "account": "4410 0285 61"},
    note="Parish administrator (the parish holds the rectory account) stopping catalogs addressed to a former pastor who moved away: the account holder writing about its own premises, so standing is fine. Name without 'Fr.'; the entity is the person the request is for."))

A(dict(
    k="son-poa-mother-memory-care", d="2024-11-12 20:26", box="ph", prog="gmail",
    frm=("Greg Tiedemann", "gregtiedemann@gmail.com"),
    subj="Mother's catalogs - I have power of attorney",
    body="""Hello,

My mother, Verna Tiedemann, moved into memory care at Oaknoll in October. I have durable power of attorney for her and I handle all of her finances and mail. I'm now cleaning out her house at 1325 Dubuque St, North Liberty, IA 52317, and I found more than 60 catalogs in her sewing room. Some she'd ordered from, most she hadn't. She also has a stack of letters from "sweepstakes" and "charities" I have never heard of, which frankly scares me, because she sent some of them money.

Her PowerHouse customer number on the label is 00284471.

Please stop sending Mom the catalog, and please do not sell or share her name and address with any other company. If you need a copy of the POA I can send one.

I'm sorry to be blunt, it's been a long month. She still remembers the Christmas lights she bought from you for the porch, so thank you for that.

Greg Tiedemann
""",
    cat="both opt-outs", lang="en", labels=["marketing_opt_out", "catalog_share_opt_out"],
    ent={"name": "Verna Tiedemann", "postal_code": "52317", "account": "00284471"},
    note="Son writing for his mother, but he states he holds durable power of attorney and handles her mail: clear standing. Both opt-outs, entities are the mother's."))

A(dict(
    k="gift-recipient-never-ordered", d="2025-01-04 16:03", box="ph", prog="xfinity",
    frm=("Elaine Brockmeyer", "ebrockmeyer@comcast.net"),
    subj="I never ordered from you",
    body="""Hello,

For my 70th birthday in August my daughter in Minneapolis sent me one of your heated foot warmers (which I love, I use it every night, my feet have been cold since 1985). She had it shipped straight to me.

Ever since then the PowerHouse catalog comes to me, plus a catalog for compression socks, one for "senior safety products" and a jigsaw puzzle company. I did not order anything myself and I did not sign up for anything.

Please don't put me on your mailing list and don't sell my name, since I never gave it to you in the first place, my daughter did.

Elaine Brockmeyer
412 Hawthorne Ln
Fort Dodge, IA 50501
""",
    cat="both opt-outs", lang="en", labels=["marketing_opt_out", "catalog_share_opt_out"],
    ent={"name": "Elaine Brockmeyer", "postal_code": "50501"},
    note="Gift recipient who never ordered; both requests are in the last paragraph after a birthday story."))

A(dict(
    k="es-contradict-husband", d="2024-12-19 21:35", box="cc", prog="gmail",
    frm=("Maribel Cárdenas", "maribelcardenas.ia@gmail.com"),
    subj="Las promociones",
    body="""Hola,

Les escribo por las promociones que nos llegan por correo y por email, los termostatos, lo del sol, las visitas para revisar la casa.

Quítenme de la lista, por favor. Bueno, mejor no, mi esposo Javier dice que él sí quiere ver las ofertas porque a lo mejor compramos el termostato para el cuarto de los niños. No sé. Él ahorita está trabajando en el turno de noche en la planta de Tyson y casi no lo veo para hablarlo. Ustedes decidan, o esperen a que él les escriba.

Gracias,
Maribel Cárdenas
Columbus Junction
""",
    cat="unclear", lang="es",
    labels=[], unclear=True,
    ent={"name": "Maribel Cárdenas"},
    note="Spanish: 'take me off the list. Well, better not, my husband wants the offers... you decide, or wait for him to write.' Self-contradicting: unclear."))

A(dict(
    k="spanglish-ps-share-spanish-bill", d="2024-10-21 19:45", box="cc", prog="samsung",
    frm=("Jorge Luis Paredes", "jlparedes.mtown@gmail.com"),
    subj="Bill in Spanish?",
    body="""Hi, good evening.

My wife and I moved to Marshalltown in 2019 from Texas and everything with the electric has been good. Our question is: can we get the paper bill in Spanish? Mi esposa es la que paga las cuentas y ella lee mejor en español. Our account is 6650 2219 04.

Also we got a letter with a coupon for a thermostat, we might do it, my cousin did it in Waterloo and saved a lot.

Thank you very much,
Jorge Luis Paredes

PD: no compartan mi nombre ni mi dirección con nadie, please. Ya nos llegan muchas cartas de otras compañías.

Enviado desde mi Galaxy
""",
    cat="opt-out + question", lang="mixed", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Jorge Luis Paredes", "account": "6650 2219 04"},
    note="Mixed English/Spanish: the main text is a question (bill in Spanish?) and he welcomes the thermostat offer; the Spanish P.S. ('PD') asks not to share his name and address. No marketing opt-out."))

A(dict(
    k="subject-no-more-fwd-empty", d="2024-12-04 06:30", box="cc", prog="gmail",
    frm=("Ray Fiedler", "rayfiedler57@gmail.com"),
    q=dict(src="december", kind="forward"),
    subj="NO MORE OF THESE PLEASE",
    body="""
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"], ent={},
    note="Forward of our newsletter with an empty new text; the request is only in his own subject ('NO MORE OF THESE PLEASE'), which replaced our subject and so counts, and 'these' means the forwarded newsletter."))

A(dict(
    k="medicaid-residency-data", d="2025-02-03 14:09", box="cc", prog="gmail",
    frm=("Bernice Walz", "berniewalz@gmail.com"),
    subj="Records needed",
    body="""Hello,

My sister Gladys and I have been going through a terrible time. I had my gallbladder out in November and then pneumonia in December and I was in the hospital in Waterloo for eleven days. Now the social worker is helping me apply for Medicaid and a waiver for in-home help, and they want proof of where I've lived and what my household costs are for the last three years.

Could you please send me whatever you have on file about me: my service address history, my bills and payments for 2022, 2023 and 2024. Paper is better than e-mail because the social worker wants copies, but either is OK. My account is 2204 8817 30 and I live at 915 W 4th St, Waterloo, IA 50702.

Gladys is typing this for me but these are my words. Thank you.

Bernice Walz
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Bernice Walz", "postal_code": "50702", "account": "2204 8817 30"},
    note="A request for a copy of her own records, buried after an illness story: a clear question (data access, not deletion). The sister types, but the words and request are Bernice's own."))

A(dict(
    k="keep-email-stop-paper", d="2024-11-16 11:02", box="ph", prog="thunderbird",
    frm=("Owen Lutz", "owen.lutz@gmail.com"),
    subj="paper catalog",
    body="""Hi PowerHouse team,

We're trying to go paperless in our house this year. Our kids did a unit on recycling at school (Mrs. Kinney's 3rd grade at Wilson Elementary) and now we have a "paper police" at home who inspects the mail. Your catalog is, unfortunately, the worst offender at 64 pages.

I'm happy to keep getting your e-mails, I actually read them and I bought the smart plugs from the last one. But please stop mailing us the paper catalog.

Owen Lutz
Cedar Falls, IA 50613
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Owen Lutz", "postal_code": "50613"},
    note="The mirror of 'stop the e-mails, keep the catalog': keep the e-mails, stop the paper catalog. marketing_opt_out, limited to postal mail."))

A(dict(
    k="outage-reply-complaint-and-marketing", d="2025-01-06 19:40", box="cc", prog="outlook_com",
    frm=("Jody Schrader", "jodyschrader@hotmail.com"),
    q=dict(src="outage"),
    body="""Thursday from 8 to noon? I work from home and I have a day of calls scheduled, and nobody asked. The last "planned outage" in November went until 2:30. Can you at least tell me if this is going to run long again, and whether it's the pole in our backyard or the one by the school?

And while I have your attention: I'm fine getting these outage notices, but please stop the marketing e-mails and the solar mailers. I get two a week.

Jody Schrader
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Jody Schrader"},
    note="Reply to a service message (outage notice) that names its object: 'stop the marketing e-mails and the solar mailers', keep the notices. A clear marketing opt-out, unlike a bare 'remove', plus questions about the outage."))

A(dict(
    k="ack-reply-same-for-sister", d="2024-12-14 10:30", box="cc", prog="gmail",
    frm=("Mary Jo Kluesner", "maryjokluesner@gmail.com"),
    q=dict(src="ack", ref="CC-2024-12-00611", sent=L("2024-12-13 15:02", "central")),
    body="""Thank you for this. Could you do the same for my sister Ann? She lives with me half the year and gets all the same mail. Her e-mail is something with AOL, I'll have to ask her.

Mary Jo
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Ann"},
    note="Reply to our acknowledgement: 'do the same for my sister' refers to an earlier request without saying what, and is for someone else without clear standing. Unclear; it asks for something, so it still gets an ack after review. Entity is the sister, the person the request is for."))

A(dict(
    k="iub-complaint-cc-shutoff", d="2024-11-27 16:44", box="cc", prog="outlook_com",
    frm=("Theresa Mbeki-Johnson", "tmbekijohnson@outlook.com"),
    to=[("Iowa Utilities Commission - Customer Service", "customer@iuc.iowa.example.gov")],
    cc=[("Alliant Energy Customer Care", "customercare@alliant-energy.com")],
    subj="Formal complaint - disconnection notice during winter moratorium",
    body="""To the Iowa Utilities Commission:

I am filing a complaint against Interstate Power and Light Company (Alliant Energy).

Account: 9912 0043 17
Service address: 2450 Grand Ave, Apt 6, Davenport, IA 52803

On November 20 I received a disconnection notice for $318.56. I am the parent of a 4-month-old and I qualify for LIHEAP (application submitted November 4, case number LH-24-118342, pending). It is my understanding that disconnection is not allowed between November 1 and April 1 for LIHEAP-eligible households. When I called the company on November 22 the representative told me the notice "still applies" until the LIHEAP approval is posted.

I am asking the Commission to confirm my protection and to require the company to withdraw the notice.

I have copied Alliant Energy on this message.

Theresa Mbeki-Johnson
563-555-0109
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Theresa Mbeki-Johnson", "postal_code": "52803", "account": "9912 0043 17"},
    note="Formal complaint to the state commission with us in Cc: a billing/service complaint that needs a human answer. The LIHEAP case number is not an account."))

A(dict(
    k="extra-copy-sister-galena", d="2024-10-05 09:55", box="ph", prog="aol",
    frm=("Dolores Kieffer", "doloreskieffer@aol.com"),
    subj="Love the catalog - one more",
    body="""Hello dear people,

I look forward to the catalog every time. I've circled half the things in the fall one already. My sister Rosemary in Galena (61036) always borrows mine when she visits and then forgets to give it back, which has been going on since 1972 with one thing or another.

Could you send a copy of the catalog to her too? Her name is Rosemary Heiar, 318 Spring St, Galena, IL 61036. She said it's fine with her, she asked me to ask.

And mine should keep coming to me as always, of course.

Dolores Kieffer
Dubuque
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Dolores Kieffer"},
    note="Wants more, not less: a request to add her sister to the mailing list is a question, never an opt-out. The ZIP in the letter is the sister's, not the writer's, so no postal_code."))

A(dict(
    k="throw-got-me-through-chemo", d="2025-02-12 13:15", box="ph", prog="gmail",
    frm=("Angela Pfohl", "angelapfohl@gmail.com"),
    subj="A note to the PowerHouse people",
    body="""Hi,

This isn't a complaint or a question, I just wanted to send a note.

Last January my husband bought me the heated throw from your catalog (the gray one, item 44-1185) because I was starting chemo and I was cold all the time. I took it to every infusion at the cancer center in Iowa City, 16 of them. The nurses called it my "Alliant blanket". My last scan on February 3 was clear.

The throw is looking a little rough now but I'm keeping it forever.

Thank you for making something that helped on some very long days.

Angela Pfohl
Kalona, IA
""",
    cat="human, no action needed", lang="en", labels=[],
    ent={"name": "Angela Pfohl"}, ack=None,
    note="A long thank-you note that says itself it is 'not a complaint or a question': no labels, no acknowledgement due."))

A(dict(
    k="stop-phone-calls-assessment", d="2025-01-30 18:18", box="cc", prog="gmail_android",
    frm=("Gary Pudenz", "garypudenz@gmail.com"),
    subj="phone calls",
    body="""Hello,

Our landline is still the same number we had when we built the house in 1979, 712-555-0193, and since the middle of January it rings every other day with someone from your company or working for you wanting to schedule a "free home energy assessment". My wife answers because she thinks it might be the grandkids, and then she has to get up from the recliner for a sales call. She had her hip replaced on December 9.

We had an assessment in 2018, they put in the light bulbs. We don't need another one. Stop calling us about it, please, and that goes for any other sales calls you've got.

Gary Pudenz
Carroll, Iowa
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Gary Pudenz"},
    note="Telemarketing: 'stop calling us about it... and any other sales calls' is a marketing opt-out by phone. The phone number is not an account."))

A(dict(
    k="snowbird-hold-or-stop", d="2024-12-10 10:30", box="ph", prog="gmail", z="eastern",
    frm=("Dean Rolfes", "deanrolfes@gmail.com"),
    subj="Catalog while we're in Florida",
    body="""Hello from Fort Myers!

We came down on November 20 like every year and we'll be here until about April 10. The house in Mason City (1406 N Carolina Ave, 50401) is empty, our neighbor Jim checks on it and picks up the mail once a week, but he complains about the catalogs. The post office only forwards first-class.

Can you hold the catalog until April, or just stop it, whichever is easier for you? We get plenty to read down here.

Dean and Karen Rolfes
""",
    cat="unclear", lang="en", labels=["question"], unclear=True,
    ent={"name": "Dean and Karen Rolfes", "postal_code": "50401"},
    note="Disjunctive wish: hold the catalog until April OR stop it, 'whichever is easier'. The bot cannot hold mail and should not pick the permanent option for him: unclear, with a question (the hold). ZIP is the home address on the catalog, not the Florida stay."))

A(dict(
    k="door-to-door-solar-affiliated", d="2024-09-25 17:30", box="cc", prog="xfinity",
    frm=("Harlan Duer", "hduer@comcast.net"),
    subj="Are these people with you?",
    body="""Good afternoon,

Today at about 2:30 a young man in a polo shirt with a clipboard came to the door. He said he was "working with Alliant Energy on the new community solar program" and needed to see my last bill to "verify my rate". He had a badge on a lanyard but it said SunPath Energy Partners, not your name. I told him I'd look into it and he left a flyer.

I got your e-mail last week about community solar so I thought maybe it was real. Is SunPath working with you? Should I have shown him my bill? My neighbor across the street, Mrs. Loes, did show him hers.

I'm not interested either way, I just want to know if this is a scam so I can tell the neighbors.

Harlan Duer
Hiawatha
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Harlan Duer"},
    note="Asks whether a door-to-door solar seller is affiliated with us (possible scam): a question. 'I'm not interested either way' refers to the seller, not an opt-out from our mail."))

A(dict(
    k="roundcube-widow-postcards-frank", d="2024-11-06 15:42", box="cc", prog="roundcube",
    frm=("Ardith Pelz", "ardithpelz@prairieinet.net"),
    subj="Postcards",
    body="""Hello,

I am writing to you from the library in Oelwein because my computer at home is acting up again.

My husband Frank died in April. He was the handy one, he did the furnace filter and the caulking and he used to read every one of your rebate postcards and save them in a shoebox on the workbench. I found the shoebox last week with about 40 of them in it going back to 2011, some he'd written notes on ("ask Jerry about this one").

The electric has been in my name since May. We don't need the postcards about rebates and programs anymore, I'm not going to put in a heat pump at my age. You can stop sending those. The bill itself is fine, I pay it at the bank.

Ardith Pelz
Oelwein, IA 50662
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Ardith Pelz", "postal_code": "50662"},
    note="A widow's story about her late husband's shoebox of rebate postcards; the account is in her name now, so the stop is hers: marketing opt-out (postal), bill kept."))

A(dict(
    k="halfback-ps-never-mind", d="2025-02-06 20:55", box="cc", prog="apple_mail",
    frm=("Noreen Hauser", "noreenhauser@icloud.com"),
    subj="your mailings",
    body="""Hello,

Please take me off your mailing list for the promotions, the postcards and the e-mails both. Between the election mail in the fall and the Christmas catalogs, my recycling bin has been overflowing since September.

That's all. Thanks.

Noreen Hauser
Anamosa, IA 52205

P.S. Never mind about the e-mails, I just saw the one about the free energy assessment and we need one, the upstairs is freezing. I'll call that number. Just the paper then? Or maybe keep both until after the assessment, I'm not sure how you find me otherwise.
""",
    cat="unclear", lang="en", labels=["question"], unclear=True,
    ent={"name": "Noreen Hauser", "postal_code": "52205"},
    note="Clear opt-out in the body, then the P.S. half-takes it back ('never mind about the e-mails... just the paper then? Or maybe keep both') and asks how we would find her. Self-contradicting: unclear; her question keeps question."))

A(dict(
    k="xfinity-both-list-downsize", d="2024-10-19 10:02", box="ph", prog="xfinity",
    frm=("Vernon and Lois Schlichting", "vlschlichting@comcast.net"),
    subj="From the Schlichtings",
    body="""Hello,

We are cleaning house, literally and otherwise, before we move to the Lutheran Home in Cedar Falls in November. A few things for whoever reads this:

* The catalog: we won't be needing it at the new place, and the family who bought our house doesn't need it either. Please stop it. The label says customer number 00166207.
* Please don't give our name to the other catalog people. The new place has one little mailbox per apartment.
* The electric account will be closed by our son Mark, he has power of attorney, he'll call you.

We bought our very first microwave through your catalog in 1984 when it was still Iowa Electric's, it was the size of a doghouse.

Vernon and Lois Schlichting
2110 Main St
Waverly, IA 50677
""",
    cat="both opt-outs", lang="en", labels=["marketing_opt_out", "catalog_share_opt_out"],
    ent={"name": "Vernon and Lois Schlichting", "postal_code": "50677", "account": "00166207"},
    note="Bullet points: stop the catalog, don't share our name, and a note that the son will close the account (no question to us). Joint names kept joint."))

A(dict(
    k="unsub-reply-under-huge-signature", d="2024-09-18 08:06", box="cc", prog="outlook_desktop", tenant="ruppelconstruction.com",
    frm=("Tanner Ruppel", "truppel@ruppelconstruction.com"),
    q=dict(src="solar"),
    body="""unsubscribe

Thanks,

Tanner Ruppel
Project Manager
RUPPEL CONSTRUCTION, INC.
Commercial | Agricultural | Post-Frame
3150 Old Highway 30, Cedar Rapids, IA 52404
O: 319-555-0112 | C: 319-555-0113
www.ruppelconstruction.com

"Measure twice, cut once."
Proud member of the Master Builders of Iowa | OSHA 30 certified | EMR 0.71

**Please note our new office hours: Mon-Thu 7:00-4:30, Fri 7:00-12:00**
**We will be closed Friday, October 11 for our annual safety day.**

CONFIDENTIALITY: The information contained in this e-mail is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential or otherwise protected from disclosure. If the reader of this message is not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. WIRE FRAUD ALERT: Ruppel Construction will never change wiring instructions by e-mail. Always call to verify before sending funds.
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Tanner Ruppel"},
    note="A one-word 'unsubscribe' reply under our solar promo, drowned in a 20-line business signature with office hours, a slogan and two disclaimers; under a promotion the short word is a marketing opt-out. The signature ZIP is his company's office, not a home address."))

A(dict(
    k="es-subject-only-no-compartan", d="2025-01-19 17:12", box="ph", prog="gmail_android",
    frm=("Leticia Barajas", "leti.barajas79@gmail.com"),
    subj="No compartan mis datos con otras compañías",
    body="""Hola, buenas tardes.

Les cuento que en Navidad vinieron mis nietos de Chicago y les encantaron las lucecitas LED que compré en su catálogo, las pusimos en todo el patio y los vecinos salían a verlas. Mi nieta Sofi (tiene 6 años) dice que la casa de la abuela parece un parque de diversiones.

Ya pedí más para el próximo año, el pedido es el 2025-0117-88. Sigan mandándome el catálogo, lo leo completito.

Saludos y bendiciones,
Leticia Barajas
West Liberty, IA 52776
""",
    cat="catalog-sharing opt-out", lang="es", labels=["catalog_share_opt_out"],
    ent={"name": "Leticia Barajas", "postal_code": "52776"},
    note="Spanish: the sharing opt-out is only in her subject line ('No compartan mis datos con otras compañías'); the body is a Christmas story that asks to keep the catalog. The order number is not an account."))

# ---------------------------------------------------------------- mail-client unsubscribes (RFC 2369 mailto)
A(dict(
    k="lu-gmail-oneclick", d="2024-10-15 19:22", box="cc", prog="gmail",
    frm=("Brianna Sels", "briannasels@gmail.com"), to=[(None, "customercare@alliant-energy.com")],
    subj="unsubscribe", html=False,
    body="""This message was automatically generated by Gmail.
""",
    cat="List-Unsubscribe mailto: from a mail client", lang="en", labels=["marketing_opt_out"], ent={},
    note="Gmail's unsubscribe button used our List-Unsubscribe mailto: a person asked, so not automated; marketing opt-out, ack to the sender (no Auto-Submitted)."))

A(dict(
    k="lu-sweepmail-autosubmitted", d="2024-11-13 03:12", box="ph", prog="gmail", workspace=True,
    frm=("SweepMail on behalf of Jody Marek", "unsubscribe-agent@sweepmail.io"), mfrom="bounces+ua.88213@sweepmail.io",
    progname="SweepMail unsubscribe service",
    to=[(None, "powerhousecatalog@alliant-energy.com")],
    subj="unsubscribe", html=False,
    extra={"Auto-Submitted": "Auto-Submitted: auto-generated", "X-SweepMail-Request": "X-SweepMail-Request: ua-88213-6641-PH"},
    body="""unsubscribe

This unsubscribe request was sent by SweepMail on behalf of one of our users, who chose to unsubscribe from mail sent by "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>" with the List-Unsubscribe address in your message.

User address: jody.marek@gmail.com
Original list: powerhousecatalog@alliant-energy.com
Requested: 2024-11-13 09:12:40 UTC

SweepMail cleans up inboxes for 2 million people. Senders: please honor this request within 10 days as required by CAN-SPAM. This message was generated automatically; replies to this address are not read.

SweepMail Inc. | 548 Market St PMB 70412 | San Francisco, CA 94104
""",
    cat="List-Unsubscribe mailto: from a mail client", lang="en", labels=["marketing_opt_out"], ent={},
    ack=None,
    note="An inbox-cleaning service pressed 'Unsubscribe' for a user: a person's marketing opt-out (not automated), but it carries Auto-Submitted, so no acknowledgement (RFC 3834). Long boilerplate; the SweepMail ZIP is not the person's."))

A(dict(
    k="lu-yahoo-long-signature", d="2024-12-03 17:48", box="cc", prog="yahoo",
    frm=("Rhonda Feuerbach", "rhonda.feuerbach@yahoo.com"), to=[(None, "customercare@alliant-energy.com")],
    subj="unsubscribe",
    body="""


~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~
Rhonda Feuerbach
Independent Consultant, Scentsy Family Fragrance
"Life isn't about waiting for the storm to pass, it's about learning to dance in the rain."
Shop my online party: https://rhondafeuerbach.scentsy.us
~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~
""",
    cat="List-Unsubscribe mailto: from a mail client", lang="en", labels=["marketing_opt_out"], ent={"name": "Rhonda Feuerbach"},
    note="Yahoo's unsubscribe via our List-Unsubscribe mailto: subject 'unsubscribe', body only her automatic long signature with a quote. A person's marketing opt-out; name from her own signature."))

A(dict(
    k="lu-apple-body-text", d="2025-01-21 08:40", box="ph", prog="apple_mail", html=False,
    frm=("Keith Ambrose", "keith.ambrose@me.com"), to=[(None, "powerhousecatalog@alliant-energy.com")],
    subj="unsubscribe",
    body="""Please remove me from PowerHouse e-mail (PH-2501)
""",
    cat="List-Unsubscribe mailto: from a mail client", lang="en", labels=["marketing_opt_out"], ent={},
    note="Apple Mail unsubscribe using the Winter Clearance List-Unsubscribe, which pre-fills a body: a catalog e-mail unsubscribe is a marketing opt-out, never a sharing opt-out. PH-2501 is a campaign token."))
