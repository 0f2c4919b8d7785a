"""Human mail, June 9-16, 2026 (the PowerHouse summer catalog e-mail went out June 9, 07:30)."""
from ours import bill, reminder, ack

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CAT = "Re: Summer is here: fans, LED shop lights & 20% off [PH-2606-4RT8M]"

SPECS = [
dict(dt="06-09 08:40:22", mb="ph", client="gmail", frm=("Bev Kowalczyk", "bevkowalczyk@gmail.com"),
     subj=CAT, reply="catalog",
     body="""Please don't share my name with other catalog companies like it says at the bottom. I do still want the catalog, I order the furnace filters from you.

Bev Kowalczyk""",
     labels=[CSO], ent={"name": "Bev Kowalczyk"},
     cat="cso:reply-catalog-points-at-footer", note="Points at our quoted footer ('like it says at the bottom'); her own sentence is the sharing opt-out; keeps the catalog."),

dict(dt="06-09 09:15:48", mb="ph", client="yahoo", frm=("Dennis Whalen", "dwhalen_88@yahoo.com"),
     subj=CAT, reply="catalog",
     body="""Remove me from the catalog mailing list and the emails. And do NOT share my address with anyone. Dennis Whalen, 88 Ridge Rd, Dodgeville WI 53533""",
     labels=[MO, CSO], ent={"name": "Dennis Whalen", "postal_code": "53533"},
     cat="mo+cso:reply-catalog", note="Both opt-outs in one line; Yahoo quotes the catalog e-mail without '>' markers."),

dict(dt="06-09 11:30:14", mb="ph", client="thunderbird", frm=("Arlo Pedersen", "arlo.pedersen@mhtc.net"), smtp="mail.mhtc.net",
     subj="Who have you shared my name with?",
     body="""Hello,

Your catalog email this morning says you make customer names and addresses available to other catalog companies. Since about last fall I've been getting catalogs from at least five companies I have never done business with.

Could you tell me which companies you have given or rented my name to, and when?

Arlo Pedersen""",
     labels=[Q], ent={"name": "Arlo Pedersen"},
     cat="q:who-shared", note="Asks WITH WHOM his name was shared; does not ask us to stop: question only."),

dict(dt="06-09 12:45:31", mb="ph", client="outlook", lang="es", charset="iso-8859-1", clang="es-US", qstyle="outlook_es",
     frm=("Alejandro Ruiz Ochoa", "aruizochoa@live.com"),
     subj="RE: Summer is here: fans, LED shop lights & 20% off [PH-2606-4RT8M]", reply="catalog",
     body="""Buenos días:

No quiero que compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero seguir recibiendo su catálogo, me gustan los productos.

Gracias.
Alejandro Ruiz Ochoa
Beloit, WI 53511""",
     labels=[CSO], ent={"name": "Alejandro Ruiz Ochoa", "postal_code": "53511"},
     cat="cso:reply-catalog-es", note="Spanish, iso-8859-1, Spanish Outlook quote block (De:/Enviado:); keep catalog, do not share: sharing opt-out only."),

dict(dt="06-09 14:00:55", mb="ph", client="aol_old", frm=("Bernadette Quill", "bquill@aol.com"),
     subj="Fwd: Summer is here: fans, LED shop lights & 20% off [PH-2606-4RT8M]", fwd="catalog",
     body="see below",
     labels=[], unclear=True, ent={},
     cat="unclear:fwd-see-below", note="Forwards our catalog e-mail with only 'see below'; the forwarded footer talks about sharing and unsubscribing but that is our text: unclear."),

dict(dt="06-09 17:50:09", mb="ph", client="outlook", frm=("Craig Nordin", "craig@nordinfamily.net"),
     subj="RE: Summer is here: fans, LED shop lights & 20% off [PH-2606-4RT8M]", reply="catalog",
     body="""Please stop sending me the catalog emails. I'd still like the paper catalog, my wife likes to flip through it.

Customer # 4471902

Craig Nordin""",
     labels=[MO], ent={"name": "Craig Nordin", "account": "4471902"},
     cat="mo:channel-email-keep-paper", note="Stop catalog e-mails, keep the paper catalog: marketing opt-out for the e-mail channel he named."),

dict(dt="06-09 19:30:40", mb="ph", client="iphone", frm=("Judy Kaminski", "judykaminski@icloud.com"),
     subj="How did you get my address??",
     body="""Please take me off your catalog mailing list and do not share my name or address with any other company. I have never ordered anything from PowerHouse so how did you get my address in the first place?

Judy Kaminski
412 Birch Ln
Fort Atkinson WI 53538""",
     atts=[("IMG_0213.jpeg", bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(256)) * 6 + bytes.fromhex("ffd9"), "image/jpeg")],
     labels=[MO, CSO, Q], ent={"name": "Judy Kaminski", "postal_code": "53538"},
     cat="mo+cso+q:fresh-how-got-address", note="Both opt-outs plus 'how did you get my address' (needs an answer); photo of the mailing label attached."),

dict(dt="06-10 08:20:17", mb="ph", client="aol", frm=("Lorraine Duchene", "lduchene@aol.com"), boiler="Sent from the all new AOL app for iOS",
     subj="catalogs",
     body="""Please do not give my name to other catalogs. I have been getting Haband and others I did not ask for. I still want yours.

Thank you,
Mrs. Lorraine Duchene
Prairie du Chien""",
     labels=[CSO], ent={"name": "Lorraine Duchene"},
     cat="cso:fresh-keep-catalog", note="Keep the catalog, do not give the name to others: sharing opt-out only; title 'Mrs.' dropped from the name."),

dict(dt="06-10 09:45:29", mb="cc", client="gmail", lang="es", frm=("Guadalupe Reyes", "lupita.reyes.ia@gmail.com"),
     subj="Re: We received your request [CC-2026-06-00190]", reply=ack("CC-2026-06-00190", "06-03 13:43:40"),
     body="Muchas gracias!!",
     labels=[], ent={}, ack=None,
     cat="thanks:ack-es", note="Spanish thank-you to our acknowledgement: nothing to do, ack_to null."),

dict(dt="06-10 13:15:08", mb="ph", client="samsung", frm=("Tyler Brandvold", "tbrandvold7@gmail.com"),
     subj="email address",
     body="do you guys sell my email to anyone? started getting a ton of spam around the time I ordered the shop lights",
     labels=[Q], ent={},
     cat="q:sell-email", note="Asks whether we sell his e-mail address; a question, not a request to stop."),

dict(dt="06-10 15:00:51", mb="cc", client="apple", frm=("Sue Lindahl", "slindahl@me.com"),
     subj="Re: We received your request [CC-2026-06-00243]", reply=ack("CC-2026-06-00243", "06-09 16:12:03"),
     body="Please do the same for our cabin address in Minocqua.",
     labels=[], unclear=True, ent={},
     cat="unclear:do-the-same", note="Reply to our acknowledgement: 'do the same' for another address without saying what: unclear (still gets an ack)."),

dict(dt="06-10 18:40:36", mb="ph", client="winmail", frm=("Walt Harnisch", "walt.harnisch@charter.net"), smtp="mobile.charter.net",
     subj="No more catalogs please",
     body="""Hello,

We're downsizing and moving into a condo in August, and we're trying to cut back on the paper that comes into the house. Please stop sending us the PowerHouse catalog.

Walt Harnisch
N4512 County Rd K, Lodi WI 53555""",
     labels=[MO], ent={"name": "Walt Harnisch", "postal_code": "53555"},
     cat="mo:fresh-stop-catalog", note="Stop the catalog (promotional mail) for the household; moving is context, no change of address asked."),

dict(dt="06-11 09:05:27", mb="cc", client="apple", frm=("Trent Albers", "talbers.cvpg@gmail.com"),
     subj="Remove from promotional mailings",
     body="""Hello,

Please remove our office from your promotional mailings (postcards and e-mail). We manage a few commercial accounts with you and only need the bills and service notices.

Account 8830-112-004

Trent Albers
Cedar Valley Property Group
500 Sycamore St, Suite 210
Waterloo, IA 50703""",
     labels=[MO], ent={"name": "Trent Albers", "account": "8830-112-004", "postal_code": "50703"},
     cat="mo:business", note="Business customer's manager opts the office out of promotional postcards and e-mail; signature gives ZIP."),

dict(dt="06-11 11:20:44", mb="cc", client="proton", frm=("Bethany Crowl", "bethany.crowl@protonmail.com"),
     subj="Request for a copy of my personal data",
     body="""Hello,

I'd like to request a copy of the personal information Alliant Energy has on file about me: account details, usage history, payment history, any notes on my account, and anything you've received about me from other companies (credit checks, marketing lists, etc.).

Account number 5503 2281 76
Name on account: Bethany Crowl

Please send it electronically if possible.

Thanks,
Bethany""",
     labels=[Q], ent={"name": "Bethany Crowl", "account": "5503 2281 76"},
     cat="q:data-access", note="Request for a copy of her data: a clear question (access), not deletion."),

dict(dt="06-11 16:05:13", mb="cc", client="outlook_com", frm=("Marcus Teague", "marcus.teague@outlook.com"),
     subj="Delete my account and data",
     body="""I'm moving to Colorado next week and closing my service. After my final bill is paid I want my account and all the information you have about me deleted. Every record, not just marked inactive.

Marcus Teague
1207 S Gilbert St, Iowa City 52240""",
     labels=[Q], unclear=True, ent={"name": "Marcus Teague", "postal_code": "52240"},
     cat="unclear+q:delete-all-data", note="Request to delete all data: unclear + question per LABELS.md (the bot may not delete account data)."),

dict(dt="06-11 20:50:19", mb="cc", client="apple", frm=("Elaine Fosdick", "efosdick@mac.com"),
     subj="Sharing my information",
     body="""I just read your privacy policy. I'm fine getting your newsletters, but I want to make sure my name and address are never passed along to the catalog's partner companies or anyone else.

Elaine Fosdick""",
     labels=[CSO], ent={"name": "Elaine Fosdick"},
     cat="cso:to-customercare", note="Sharing opt-out sent to customercare (not the catalog box); explicitly keeps newsletters, so no marketing opt-out."),

dict(dt="06-12 08:30:02", mb="cc", client="iphone", frm=("Brandon Reicks", "breicks@icloud.com"),
     subj="Re: Payment reminder: your bill is due June 15, 2026", reply=reminder("Brandon", "0417", "06-12 06:00:00", "86.12", "June 15, 2026"),
     body="STOP",
     labels=[], unclear=True, ent={},
     cat="unclear:short-under-service", note="STOP under a payment reminder (service mail that is sent regardless): unclear, not a marketing opt-out."),

dict(dt="06-12 12:40:21", mb="cc", client="outlook_com", lang="es", clang="es-US", frm=("Yesenia Caballero", "yesi.caballero@hotmail.com"),
     subj="publicidad y ayuda con el pago",
     body="""Hola,

Ya no quiero recibir publicidad de Alliant, ni por correo electrónico ni en papel.

También quería preguntar si tienen algún programa de ayuda para pagar la luz. Estoy atrasada dos meses y me da miedo que me corten.

Yesenia Caballero
Cuenta: 9901-448-272
West Liberty, IA 52776""",
     labels=[MO, Q], ent={"name": "Yesenia Caballero", "account": "9901-448-272", "postal_code": "52776"},
     cat="mo+q:es-assistance", note="Spanish: stop advertising by e-mail and paper, plus a payment-assistance question."),

dict(dt="06-13 10:22:48", mb="cc", client="gmail", frm=("Kayla Vinton", "kaylavinton@gmail.com"),
     subj="unsubscribe me from the promo emails",
     body="thx",
     labels=[MO], ent={},
     cat="mo:subject-only", note="The request is in her own (non-Re:) subject; body is just 'thx'."),

dict(dt="06-13 16:00:33", mb="ph", client="thunderbird", frm=("Leonard Hoeft", "lhoeft@centurytel.net"), smtp="smtp.centurytel.net",
     subj="Catalog list and name sharing",
     body="""Dear PowerHouse Catalog,

My wife and I have received your catalog for what must be fifteen years now, going back to when it came with the electric bill as I recall. We have enjoyed it and bought a good many things from it, including the dehumidifier that is still running in the basement.

However, we are both in our eighties now, we do not need anything more, and the mailbox is more full of catalogs than letters. So please remove us from the catalog mailing list. And while you are at it, please see that our name is not sold or traded to any other company. It seems that once one catalog has you, they all do.

The label on the last catalog reads:
LEONARD & DORIS HOEFT
CUST NO 2209-88417
W7390 STATE RD 33
BEAVER DAM WI 53916

With thanks for many years of good service,
Leonard Hoeft""",
     labels=[MO, CSO], ent={"name": "LEONARD & DORIS HOEFT", "account": "2209-88417", "postal_code": "53916"},
     cat="mo+cso:retiree-long", note="Long, rambling retiree letter; both opt-outs for the couple; joint name and customer number copied from the mailing label."),

dict(dt="06-14 19:10:27", mb="cc", client="iphone", frm=("Marissa Dunlap", "mdunlap.rn@icloud.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="\U0001F44D",
     labels=[], unclear=True, ent={},
     cat="unclear:emoji-reply", note="Only a thumbs-up emoji under the promotion: nothing decidable, unclear."),

dict(dt="06-15 08:05:40", mb="cc", client="gmail", frm=("Nate Hollister", "nate.hollister@gmail.com"),
     subj="Re: We received your request [CC-2026-06-00205]", reply=ack("CC-2026-06-00205", "06-04 20:06:30"),
     body="Thanks for confirming, appreciate it.",
     labels=[], ent={}, ack=None,
     cat="thanks:ack", note="Thank-you to our acknowledgement (sent to his personal address as asked): no action, ack_to null."),

dict(dt="06-15 09:40:12", mb="ph", client="outlook", frm=("Pamela Ruzicka", "pruzicka@ruzickacpa.com"),
     subj="Do not rent/exchange - customer 118-20944",
     body="""Hello,

Please flag my customer record "do not rent / do not exchange." I'm happy to keep receiving the PowerHouse catalog and e-mails; I just don't want my name and address going out on lists to other mailers.

Customer number: 118-20944
Pamela Ruzicka
Mount Horeb, WI 53572

Thank you,
Pam""",
     labels=[CSO], ent={"name": "Pamela Ruzicka", "account": "118-20944", "postal_code": "53572"},
     cat="cso:keep-catalog-and-email", note="Keeps catalog and e-mails, asks do-not-rent/exchange: sharing opt-out only."),

dict(dt="06-15 11:55:39", mb="cc", client="yahoo", frm=("Doreen Falk", "doreenfalk@ymail.com"),
     subj="Re: Beat the heat: $75 back on a smart thermostat", reply="promoA",
     body="""Yes please enroll my thermostat in the Summer Peak Rewards for the $25 credit. It's an ecobee, we put it in last fall.

Doreen""",
     labels=[Q], ent={"name": "Doreen"},
     cat="q:sign-me-up", note="'Yes, sign me up' reply to the promotion: wanting more is a question, not an opt-out."),

dict(dt="06-15 14:20:16", mb="cc", client="gmail", frm=("Austin Rempe", "arempe.hawks@gmail.com"),
     subj="Stop emailing me",
     body="""I never gave Alliant permission to send me marketing emails. I gave you my email address so I could get my bill online, that's it. Now I'm getting thermostat ads, "energy tips", surveys, you name it.

Please stop sending me promotional emails. Bills only.""",
     labels=[MO], ent={},
     cat="mo:fresh-angry", note="Annoyed, fresh opt-out from promotional e-mail; keeps billing e-mail; unsigned."),

dict(dt="06-16 09:00:14", mb="cc", client="outlook", frm=("Rachel Oduya", "rachel@oduyadesign.com"),
     subj="Unsubscribe",
     body="""Hi - please unsubscribe rachel@oduyadesign.com from Alliant marketing emails. I'll still need my billing emails.

Thank you,
Rachel Oduya
Oduya Design Studio""",
     labels=[MO], ent={"name": "Rachel Oduya"},
     cat="mo:fresh-typed-unsubscribe", note="A person typed 'Unsubscribe' herself (not a client button); names the address, keeps billing e-mail."),

dict(dt="06-16 12:30:08", mb="cc", client="gmail", frm=("Jorge Saucedo", "jsaucedo.cr@gmail.com"),
     subj="Emails + late fee question",
     body="""Hi,

Two things:
- Please remove me from promotional emails (rebates, newsletters etc).
- My autopay failed in May because my bank changed routing numbers after a merger. I updated it the same day I got your notice but was still charged a $7.50 late fee. Can that be reversed?

Acct 2209 5583 11

Thanks,
Jorge Saucedo""",
     labels=[MO, Q], ent={"name": "Jorge Saucedo", "account": "2209 5583 11"},
     cat="mo+q:fresh-billing", note="Opt-out plus a late-fee reversal question, as a bulleted list."),
]
