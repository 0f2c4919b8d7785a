"""The people of the set: second and third messages, February 2027.

Each entry: what the person wrote (new text + signature), what they answered (an Out from ours.py),
their mail program and provider, and the labels with a one-line note."""
from ours import (desk, ack, Out, CC_ADDR, PH_ADDR, PROMO_HPWH, PROMO_SPRING, PROMO_WINTER, PROMO_HOLIDAY26,
                  BILL_FEB)

PEOPLE = []
AUTO = "auto"
MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def person(key, when, frm, client, prov, box, note, cat, labels=(), unclear=False, ent=None, ack_to=AUTO,
           quote=None, new=None, sig=None, plain=None, subject=None, lang="en", **extra):
    d = dict(key=key, when=when, frm=frm, client=client, prov=prov, mailbox=box, note=note, cat=cat,
             labels=list(labels), unclear=unclear, ent=ent or {}, ack_to=ack_to, quote=quote, new=new, sig=sig,
             plain=plain, subject=subject, lang=lang)
    d.update(extra)
    PEOPLE.append(d)


# ---------------------------------------------------------------------------------------------- week 1
d = desk("CC-2027-01-04391", "2027-01-29 10:14", "Gary Lindqvist", "glindqvist54@gmail.com",
         "Re: junk mail [CC-2027-01-04391]",
         """Hi Gary,

Thanks for writing. You asked us to stop sending you promotional material.
We send offers both by e-mail and by regular mail, so we want to get this
right: do you want us to stop e-mail, paper, or both?""", staff="Tom",
         orig=("Gary Lindqvist <glindqvist54@gmail.com>", "2027-01-28 19:51", "junk mail",
               "Please quit sending me all the junk. Thanks Gary"))
GARY_Q = d
person("both-bare", "2027-02-01 07:42", ("Gary Lindqvist", "glindqvist54@gmail.com"), "gmail", "gmail",
       "customercare", "bare 'Both' under the desk's 'stop e-mail, paper, or both?' (which restates the promo "
       "opt-out): both channels of marketing; the word alone means nothing", "marketing opt-out (answer)",
       [MO], quote=d, new="Both")

d = desk("CC-2027-01-04402", "2027-01-29 11:02", "Maribel Ocampo", "maribel.ocampo77@yahoo.com",
         "Re: propaganda [CC-2027-01-04402]",
         """Hola Sra. Ocampo:

Gracias por escribirnos. Nos pide que dejemos de enviarle publicidad.
¿Quiere que dejemos de mandarle los correos electrónicos, el correo en
papel, o las dos cosas?""", staff="Lupe", lang="es",
         orig=("Maribel Ocampo <maribel.ocampo77@yahoo.com>", "2027-01-27 20:33", "propaganda",
               "Ya no quiero recibir propaganda de ustedes. Gracias"))
person("si-las-dos", "2027-02-01 09:15", ("Maribel Ocampo", "maribel.ocampo77@yahoo.com"), "yahoo_android",
       "yahoo", "customercare", "'si, las dos' answers the quoted Spanish question (e-mail, papel o las dos "
       "cosas?) about stopping publicity: marketing opt-out, both channels; first name in the signature",
       "marketing opt-out (answer)", [MO], ent={"name": "Maribel"}, quote=d, new="si, las dos\nMaribel",
       lang="es")

d = desk("CC-2027-01-04418", "2027-01-29 14:40", "Dennis Forsberg", "dforsberg@mchsi.com",
         "Re: advertising [CC-2027-01-04418]",
         """Hello Mr. Forsberg,

You asked us to take your household off our promotional mailing lists and
not to share your name. Before we change anything on the account we need
to check one thing: are you the account holder?""", staff="Marcy",
         orig=("Dennis Forsberg <dforsberg@mchsi.com>", "2027-01-28 08:12", "advertising",
               "Take us off all your advertising lists and don't give our names out to anybody."))
person("holder-yes-why", "2027-02-01 11:03", ("Dennis Forsberg", "dforsberg@mchsi.com"), "outlook", "smallisp",
       "customercare", "confirms he is the account holder, so the quoted request (no promotions, don't share "
       "the name) stands for the household; asks why, and reports a suspicious call: both opt-outs + question",
       "both opt-outs + question (answer)", [MO, CSO, Q], ent={"name": "Dennis Forsberg", "postal_code": "52302"},
       quote=d, new="""Yes I am the account holder, it has been in my name since 1994.

Why do you ask, has somebody else been contacting you about my account? My wife got a strange call last week from a man saying he was from Alliant and needed to "verify" our information. She hung up on him.""",
       sig="Dennis Forsberg\nMarion IA 52302")

person("status-no-ack", "2027-02-01 13:40", ("Sharon Vick", "svick.home@outlook.com"), "owa", "outlookcom",
       "powerhousecatalog", "status check that restates its object (off the catalog mailing list) and asks "
       "whether it was received: marketing opt-out + question", "opt-out + question (status check)",
       [MO, Q], ent={"name": "Sharon Vick", "postal_code": "50010"}, subject="Request from Jan 11 - no response",
       new="""Hello,

I emailed on January 11 asking to be taken off the PowerHouse catalog mailing list and I have not received any kind of confirmation. Did you get my request? My neighbor said she got an automatic email back right away when she wrote you, I never did.

I still want off the list.""", sig="Sharon Vick\n3004 Grand Ave\nAmes IA 50010")

d = desk("CC-2027-01-04436", "2027-01-29 15:55", None, "rjhalv@netins.net",
         "Re: catalog [CC-2027-01-04436]",
         """Hello,

We'd be glad to keep your name off the lists the PowerHouse Catalog shares
with other catalog companies. We couldn't find a catalog record under this
e-mail address (we don't keep e-mail addresses for catalog mail). Could you
send the name on the catalog label, exactly as printed, or the customer
number above it?""", staff="Kristin", box="powerhousecatalog",
         orig=("rjhalv@netins.net", "2027-01-28 21:07", "catalog",
               "I do not want my name given to other catalog companies."))
person("label-name-number", "2027-02-01 16:22", ("Roger Halvorsen", "rjhalv@netins.net"), "thunderbird",
       "smallisp", "powerhousecatalog", "sends the label name and customer number the desk asked for; the "
       "quoted question restates his don't-share request: sharing opt-out; title MR dropped from the name",
       "catalog-sharing opt-out (answer)", [CSO],
       ent={"name": "R J HALVORSEN", "account": "0044172983"}, quote=d,
       new="The label reads\n\nMR R J HALVORSEN\n\nand the number above it is 0044172983", sig="Roger",
       ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")

d = desk("CC-2027-01-04455", "2027-01-29 16:20", "Tammy Roethler", "troethler@icloud.com",
         "Re: Your message to Alliant Energy [CC-2027-01-04455]",
         """Hi Tammy,

You asked us to stop sending you offers. Do you want us to stop e-mail,
paper, or both?""", staff="Dwayne")
person("paper-no-quote", "2027-02-02 08:05", ("Tammy Roethler", "troethler@icloud.com"), "iphone", "icloud",
       "customercare", "'Paper' with the quoted question deleted: only In-Reply-To ties it to the desk's "
       "question, the new text decides nothing by itself -> unclear (LABELS: nothing decidable)",
       "unclear (bare answer, no quote)", unclear=True, new="Paper", refs=[d.msgid],
       subject="Re: Your message to Alliant Energy [CC-2027-01-04455]", answers=d.label)

d = desk("CC-2027-01-04463", "2027-02-01 09:20", "Linda Kauffeld", "lkauffeld@gmail.com",
         "Re: catalog privacy [CC-2027-01-04463]",
         """Hi Linda,

Thanks for your note. We can do either of these for you:

  1) stop mailing you the PowerHouse Catalog altogether, or
  2) keep sending the catalog, but leave your name off the customer list
     we share with other catalog companies.

Which would you like?""", staff="Kristin", box="powerhousecatalog",
         orig=("Linda Kauffeld <lkauffeld@gmail.com>", "2027-01-29 22:40", "catalog privacy",
               "Please take care of my catalog privacy. I read the note on the back page."))
person("second-one-options", "2027-02-02 09:30", ("Linda Kauffeld", "lkauffeld@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "'the second one' picks option 2 of the quoted list (keep the catalog, don't "
       "share the name): sharing opt-out only, the catalog is kept", "catalog-sharing opt-out (answer)", [CSO],
       ent={"name": "Linda K"}, quote=d,
       new="the second one. I do like the catalog I just dont want 6 more showing up every month because of it.",
       sig="thanks, Linda K")

a = ack("CC-2027-01-04470", "2027-01-27 18:03", "Paul Nygaard", "pnygaard@charter.net", "January 27, 2027")
person("keep-catalog-no-share", "2027-02-02 12:10", ("Paul Nygaard", "pnygaard@charter.net"), "roundcube",
       "smallisp", "customercare", "change of mind under our acknowledgement: 'actually keep sending the "
       "catalog' undoes an earlier stop (opting back in = question) and 'don't share our name' is a sharing "
       "opt-out", "change of mind: opt back in + sharing opt-out", [CSO, Q], ent={"name": "Paul Nygaard"},
       quote=a, new="""Actually, after talking it over with my wife, keep sending the catalog. We do order the furnace filters out of it. Just don't share our name with the other companies. Sorry for the back and forth.""",
       sig="Paul Nygaard")

person("unsubscribe-caps-hpwh", "2027-02-02 14:48", ("Jerome Blakely", "jblakely@aol.com"), "aol", "aol",
       "customercare", "UNSUBSCRIBE under our heat pump water heater promotion: marketing opt-out",
       "marketing opt-out (reply to promo)", [MO], quote=PROMO_HPWH, new="UNSUBSCRIBE")

d = desk("CC-2027-01-04481", "2027-02-01 10:30", "Carol Wendt", "carolwendt@frontiernet.net",
         "Re: ads at both addresses [CC-2027-01-04481]",
         """Hi Carol,

You asked us to stop the advertising mail. We have two service addresses
on your account: 611 3rd Ave SE in Waverly, and the seasonal address at
Lake Delhi. Which address do you mean?""", staff="Dwayne",
         orig=("Carol Wendt <carolwendt@frontiernet.net>", "2027-01-30 13:18", "ads at both addresses",
               "I keep getting your ads, please stop."))
person("both-addresses", "2027-02-02 19:20", ("Carol Wendt", "carolwendt@frontiernet.net"), "outlook",
       "smallisp", "customercare", "'both of them' answers 'which address?' for the quoted advertising "
       "opt-out: marketing opt-out at both addresses", "marketing opt-out (answer)", [MO],
       ent={"name": "Carol Wendt"}, quote=d,
       new="Both of them please. The lake place is closed up all winter anyway and the mail just piles up in the box until April.",
       sig="Carol Wendt\n(319) 555-0143")

a = ack("CC-2027-01-04018", "2027-01-12 16:44", "Bev Stoltenberg", "bev.stoltenberg@comcast.net",
        "January 12, 2027")
person("three-weeks-still-came", "2027-02-03 07:55", ("Bev Stoltenberg", "bev.stoltenberg@comcast.net"), "ox",
       "comcast", "customercare", "three weeks after our acknowledgement the catalog still came: she repeats "
       "'I want it STOPPED' (marketing opt-out) and asks what is going on (complaint = question)",
       "opt-out + question (status check)", [MO, Q], ent={"name": "Bev"}, quote=a,
       new="""It has been three weeks since I got this and the catalog still came yesterday. Same name, same address, same everything. I want it STOPPED. What is going on over there?""",
       sig="Bev")

a = ack("CC-2027-02-00107", "2027-02-02 21:16", "Nathan Oyler", "noyler@proton.me", "February 2, 2027")
person("meant-paper-not-email", "2027-02-03 10:12", ("Nathan Oyler", "noyler@proton.me"), "proton", "proton",
       "customercare", "correction under our acknowledgement: he meant the paper mail, not e-mail; stop the "
       "mailers and catalog, keep the e-mails: marketing opt-out limited to paper",
       "correction: marketing opt-out (paper)", [MO], ent={"name": "Nathan"}, quote=a,
       new="""Quick correction to what I sent last night: I meant the paper mail, not email. I actually want to keep getting the emails, that's how I find out about the rebates. It's the glossy mailers and the catalog I'd like stopped.""",
       sig="Nathan")

d = desk("CC-2027-02-00052", "2027-02-02 13:25", "Julie Brandt", "julie.brandt@gmail.com",
         "Re: mom's mail [CC-2027-02-00052]",
         """Hi Julie,

Thanks for helping your mother with this. You asked us to take Doris
Kettleson off our mailing lists. Are you the account holder, or do you
have authority to act on her account (for example a power of attorney)?""", staff="Marcy",
         orig=("Julie Brandt <julie.brandt@gmail.com>", "2027-02-01 20:02", "mom's mail",
               "Please remove my mother Doris Kettleson from all your mailing lists, 1207 W Main, "
               "Manchester IA 52057. She gets so much mail."))
person("not-holder-mother", "2027-02-03 15:05", ("Julie Brandt", "julie.brandt@gmail.com"), "gmail", "gmail",
       "customercare", "answers 'are you the account holder?' with no: a daughter without power of attorney "
       "writing for her mother (LABELS: on behalf, no standing) -> unclear; the mother's name is only in the "
       "quote, so no name entity", "unclear (on behalf of a parent)", unclear=True, quote=d,
       new="""No, it's her account, not mine. She's 88 and I go through her mail when I visit on Sundays, she asked me to get this stopped because it confuses her. I don't have power of attorney, my brother does. Does he have to email you instead? He's not great with email.""",
       sig="Julie Brandt")

d = desk("CC-2027-02-00061", "2027-02-02 15:10", "Ann Marie Duffy", "amduffy@comcast.net",
         "Re: my name [CC-2027-02-00061]",
         """Hi Ann Marie,

Just to make sure we have this right: you want to keep receiving the
PowerHouse Catalog, but you don't want your name shared with other
catalog companies. Is that correct?""", staff="Kristin", box="powerhousecatalog")
person("correct-keep-catalog", "2027-02-04 08:20", ("Ann Marie Duffy", "amduffy@comcast.net"), "ox", "comcast",
       "powerhousecatalog", "'Correct.' confirms the quoted summary: keep the catalog, don't share the name "
       "-> sharing opt-out only", "catalog-sharing opt-out (answer)", [CSO], ent={"name": "Ann Marie Duffy"},
       quote=d, new="Correct.", sig="Ann Marie Duffy\nDubuque")

d = desk("CC-2027-02-00070", "2027-02-03 09:05", "Howard Teague", "hteague@tds.net",
         "Re: STOP THE MAILERS [CC-2027-02-00070]",
         """Hello Mr. Teague,

We'd like to stop the promotional mail for you, but we couldn't find an
account under this e-mail address. Could you send us your account number
or the ZIP code of the service address?""", staff="Dwayne",
         orig=("Howard Teague <hteague@tds.net>", "2027-02-02 17:48", "STOP THE MAILERS",
               "STOP THE MAILERS. I DONT NEED A NEW FURNACE."))
person("bottom-post-account-zip", "2027-02-04 09:45", ("Howard Teague", "hteague@tds.net"), "thunderbird",
       "smallisp", "customercare", "bottom-posted answer giving the account number and ZIP the desk asked for "
       "to stop the promotional mail: marketing opt-out; 'H. Teague' as written", "marketing opt-out (answer)",
       [MO], ent={"name": "H. Teague", "account": "3309 1178 42", "postal_code": "53704"}, quote=d,
       new="Account is 3309 1178 42. Zip 53704.", sig="H. Teague", bottom=True,
       ua="Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0")

a = ack("CC-2027-02-00164", "2027-02-03 19:22", "Guadalupe Rentería", "lupe.renteria@hotmail.com",
        "February 3, 2027")
person("tambien-no-compartan", "2027-02-04 12:00", ("Guadalupe Rentería", "lupe.renteria@hotmail.com"), "owa_es",
       "outlookcom", "customercare", "adds a new request in Spanish under our acknowledgement: don't share "
       "name or address with other catalog companies -> sharing opt-out", "extra request under ack",
       [CSO], ent={"name": "Guadalupe Rentería", "postal_code": "50703"}, quote=a,
       new="""Gracias por la confirmación.

También quiero pedirles que no compartan mi nombre ni mi dirección con otras compañías de catálogos, por favor.""",
       sig="Guadalupe Rentería\nWaterloo, IA 50703", lang="es")

d = desk("CC-2026-10-03117", "2026-10-14 11:32", "Ray Kowalczyk", "raykow@gmail.com",
         "Re: flyers at 818 Division [CC-2026-10-03117]",
         """Hi Ray,

We've removed 818 Division St from our promotional mailing list. You
should stop seeing the mailers within a few weeks, since some are
printed in advance.""", staff="Marcy")
person("old-thread-bill", "2027-02-04 15:30", ("Ray Kowalczyk", "raykow@gmail.com"), "gmail", "gmail",
       "customercare", "replies to an October desk thread about something new (a high bill, meter check): "
       "question only; the old opt-out in the quote is not a new request", "old thread, new topic (question)",
       [Q], ent={"name": "Ray Kowalczyk", "account": "2290417736"}, quote=d,
       new="""Hi again, different question this time. My January bill was $311 which is almost double what December was. Nothing changed in the house, same thermostat setting, nobody new living here. Can somebody look at whether the meter is reading right? Account 2290417736.""",
       sig="Thanks\nRay Kowalczyk")

d = desk("CC-2027-02-00088", "2027-02-03 11:45", "Kelly Schaap", "kschaap@icloud.com",
         "Re: Name sharing [CC-2027-02-00088]",
         """Hi Kelly,

You asked us not to share your name with other catalog companies. The
catalog account at that address is in the name of K. and D. Schaap.
Are you the account holder?""", staff="Tom", box="powerhousecatalog")
person("yep-thats-me", "2027-02-04 19:02", ("Kelly Schaap", "kschaap@icloud.com"), "iphone", "icloud",
       "powerhousecatalog", "'Yep that's me' answers 'are you the account holder?' for the quoted don't-share "
       "request: sharing opt-out", "catalog-sharing opt-out (answer)", [CSO], ent={"name": "Kelly"}, quote=d,
       new="Yep that's me (Kelly). Dan is my husband, he doesn't care either way")

d = desk("CC-2027-02-00093", "2027-02-03 14:30", "Marv Eilers", "marveilers@yahoo.com",
         "Re: catalog [CC-2027-02-00093]",
         """Hello Marv,

Two quick questions so we can finish your request:

1. Do you want us to stop sending the PowerHouse Catalog, or only stop
   sharing your name with other catalog companies?
2. Is 2210 Wren St, Cedar Falls still your mailing address?""", staff="Kristin", box="powerhousecatalog")
person("yes-to-two-questions", "2027-02-05 08:10", ("Marv Eilers", "marveilers@yahoo.com"), "yahoo", "yahoo",
       "powerhousecatalog", "'yes' to an either/or question plus an address question: the quote does not "
       "make the answer clear (stop the catalog, or only sharing?) -> unclear", "unclear (bare yes)",
       unclear=True, quote=d, new="yes")

a = ack("CC-2027-02-00198", "2027-02-04 20:31", "Doreen Pflug", "doreenp@mchsi.com", "February 4, 2027")
person("thanks-ack-ipad", "2027-02-05 10:25", ("Doreen Pflug", "doreenp@mchsi.com"), "ipad", "icloud",
       "customercare", "a thank-you under our acknowledgement that asks nothing: human, no labels, no answer "
       "due (ack_to null)", "thanks (reply to ack)", ack_to=None, quote=a, new="Thank you so much!",
       env_from="doreenp@mchsi.com")

d = desk("CC-2027-02-00072", "2027-02-04 10:20", "Vern Hagedorn", "vhagedorn@netins.net",
         "Re: dont share [CC-2027-02-00072]",
         """Hi Vern,

We've added your name to the PowerHouse Catalog's do-not-share list. You'll
keep receiving the catalog, but your name won't be included in the lists
we share with other catalog companies.""", staff="Kristin", box="powerhousecatalog",
         orig=("Vern Hagedorn <vhagedorn@netins.net>", "2027-02-02 18:30", "dont share", "dont share my name"))
person("meant-dont-send", "2027-02-05 13:15", ("Vern Hagedorn", "vhagedorn@netins.net"), "outlook", "smallisp",
       "powerhousecatalog", "correction after our confirmation: he meant don't SEND, not don't share, and says "
       "sharing is fine -> marketing opt-out only (LABELS: 'share whatever, just stop the catalog')",
       "correction: marketing opt-out", [MO], ent={"name": "Vern Hagedorn", "postal_code": "52136"}, quote=d,
       new="""No no. I wrote don't share but what I meant was don't SEND. I don't want the catalog at all, it goes right in the recycling bin. You can share my name with whoever you want for all I care, I just don't want the catalog coming here.""",
       sig="Vern Hagedorn\n1450 Hwy 9\nCresco IA 52136")

person("ya-procesaron", "2027-02-05 16:40", ("Héctor Villaseñor", "hvillasenor@gmail.com"), "gmail_es", "gmail",
       "powerhousecatalog", "Spanish status check that restates the object ('no lo quiero recibir', the "
       "catalog) and asks whether it was processed: marketing opt-out + question",
       "opt-out + question (status check)", [MO, Q], ent={"name": "Héctor Villaseñor", "postal_code": "52761"},
       subject="Solicitud de hace un mes", lang="es",
       new="""Buenas tardes,

El 8 de enero les escribí para que ya no me mandaran el catálogo PowerHouse. Hoy me llegó otra vez. ¿Ya procesaron mi solicitud o tengo que volver a escribir? No lo quiero recibir.""",
       sig="Héctor Villaseñor\nMuscatine, IA 52761")

d = desk("CC-2027-02-00101", "2027-02-05 09:40", "Sue Marsh", "smarsh1960@icloud.com",
         "Re: Please do not share [CC-2027-02-00101]",
         """Hi,

We're happy to keep your name off the lists we share with other catalog
companies. To find the right record, could you send the name on the
catalog label, exactly as printed?""", staff="Kristin", box="powerhousecatalog")
person("label-photo", "2027-02-06 09:00", ("Sue Marsh", "smarsh1960@icloud.com"), "iphone", "icloud",
       "powerhousecatalog", "answers the label question with a photo: the quoted desk mail restates her "
       "don't-share request -> sharing opt-out; the name is only in the picture, so no entities",
       "catalog-sharing opt-out (answer, attachment)", [CSO], quote=d, new="Here you go", attach_photo=True)

d = desk("CC-2027-02-00117", "2027-02-05 14:02", "Greg Thorsen", "gthorsen@fastmail.com",
         "Re: advertising [CC-2027-02-00117]",
         """Hi Greg,

You asked us to stop our advertising. A couple of questions:

- Do you want us to stop e-mail, paper, or both?
- Should this apply only to you, or to everyone at 905 Linden Dr?""", staff="Dwayne")
person("inline-answers", "2027-02-06 11:20", ("Greg Thorsen", "gthorsen@fastmail.com"), "fastmail", "fastmail",
       "customercare", "answers inline between the desk's quoted questions: 'Paper only. The emails are fine' "
       "-> marketing opt-out for paper; the street address is only in the quote", "marketing opt-out (inline answer)",
       [MO], ent={"name": "Greg"}, quote=d, inline=[
           ("- Do you want us to stop e-mail, paper, or both?", "Paper only. The emails are fine, I filter them."),
           ("- Should this apply only to you, or to everyone at 905 Linden Dr?", "It's just me here.\n\n-- Greg")])

a = ack("CC-2027-02-00240", "2027-02-05 22:10", "Kristen Lammers", "kristen.lammers@gmail.com",
        "February 5, 2027")
person("put-me-back", "2027-02-06 14:45", ("Kristen Lammers", "kristen.lammers@gmail.com"), "gmail_android",
       "gmail", "customercare", "under our acknowledgement: clicked the wrong thing, wants the rebate e-mails "
       "back -> opting back in is a question", "change of mind: opt back in", [Q], quote=a,
       new="Hi, I think I clicked the wrong thing. I do want the emails about the rebates, we're planning to replace our furnace this year. Can you put me back on? Sorry!!")

d = desk("CC-2027-02-00126", "2027-02-05 15:30", "Doug Ebert", "dougebert@outlook.com",
         "Re: emails [CC-2027-02-00126]",
         """Hi Doug,

You asked us to stop the e-mails. So we unsubscribe you from the right
lists, which e-mails are you getting from us? (Bill notices and outage
alerts are service messages and aren't affected by a marketing opt-out.)""", staff="Marcy")
person("which-emails", "2027-02-06 17:30", ("Doug Ebert", "dougebert@outlook.com"), "owa", "outlookcom",
       "customercare", "names the newsletter, the water heater ads and 'anything selling something', keeps "
       "the bills: marketing opt-out (e-mail)", "marketing opt-out (answer)", [MO], ent={"name": "Doug"},
       quote=d,
       new="the monthly newsletter thing and those water heater ads, and anything else thats selling something. Bills are fine keep those coming",
       sig="Doug")

d = desk("CC-2027-02-00131", "2027-02-05 16:05", "Ron Gilbertson", "rgilbertson@centurylink.net",
         "Re: too much mail [CC-2027-02-00131]",
         """Hi Ron,

Thanks for writing. Do you want us to stop e-mail, paper, or both?""", staff="Tom")
person("contradicting-answer", "2027-02-07 10:05", ("Ron Gilbertson", "rgilbertson@centurylink.net"),
       "thunderbird", "smallisp", "customercare", "answers 'e-mail, paper, or both?' by going back and forth "
       "(keep paper, stop e-mail, ask the wife, do both I guess): self-contradicting -> unclear",
       "unclear (contradicting)", unclear=True, ent={"name": "Ron"}, quote=d,
       new="""Well my wife likes the paper catalog so maybe keep that. But the emails are too many. Actually she just said she doesn't read it anymore either. Let me ask her tonight and get back to you, or just do both I guess.""",
       sig="Ron", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")

# ---------------------------------------------------------------------------------------------- week 2
d = desk("CC-2027-02-00144", "2027-02-05 16:40", "Rosa Elena Saucedo", "rosasaucedo62@yahoo.com",
         "Re: publicidad [CC-2027-02-00144]",
         """Hola Sra. Saucedo:

Nos pidió que dejáramos de enviar publicidad a su casa. Antes de hacer el
cambio, ¿es usted la titular de la cuenta?""", staff="Lupe", lang="es")
person("si-soy-yo-titular", "2027-02-08 08:30", ("Rosa Elena Saucedo", "rosasaucedo62@yahoo.com"), "yahoo",
       "yahoo", "customercare", "Spanish 'Sí, soy yo' to 'are you the account holder?' for the quoted "
       "publicity opt-out, with name and account number: marketing opt-out", "marketing opt-out (answer)",
       [MO], ent={"name": "Rosa Elena Saucedo", "account": "5103-88214-7"}, quote=d, lang="es",
       new="Sí, soy yo. La cuenta está a mi nombre desde que falleció mi esposo.",
       sig="Rosa Elena Saucedo\ncuenta 5103-88214-7")

a = ack("CC-2026-11-02877", "2026-11-18 14:02", "Brenda Joswick", "bjoswick@gmail.com", "November 18, 2026")
person("old-ack-moved", "2027-02-08 09:50", ("Brenda Joswick", "bjoswick@gmail.com"), "gmail", "gmail",
       "customercare", "replies to a November acknowledgement about something new: a change of address -> "
       "question (a reply to our ack that asks something is normal human mail)",
       "old thread, new topic (change of address)", [Q], ent={"name": "Brenda", "postal_code": "52101"},
       quote=a, new="""Hello, replying to this because it's the only email I have from you guys. We moved! New address is 310 Oak St, Decorah IA 52101 as of Feb 1. Can you update our account so the bill goes there? Old address was 74 Pleasant Hill Rd.""",
       sig="Thanks, Brenda")

a = ack("CC-2027-02-00233", "2027-02-05 12:47", "Ashley Pruitt", "ashleypruitt22@icloud.com", "February 5, 2027")
person("also-stop-texts", "2027-02-08 11:40", ("Ashley Pruitt", "ashleypruitt22@icloud.com"), "iphone",
       "icloud", "customercare", "extra request under our acknowledgement: stop the promotional text messages "
       "about rebate programs -> marketing opt-out (phone channel); the phone number is not an entity",
       "extra request under ack", [MO], quote=a,
       new="Ok thank you. Can you also stop the text messages about the rebate programs? I get like 2 a week. My number is 319-555-0127")

d = desk("CC-2027-02-00150", "2027-02-05 17:02", "Mike Dolezal", "mdolezal@gmail.com",
         "Re: delete my info [CC-2027-02-00150]",
         """Hi Mike,

You asked us to "delete your information". We want to be sure we
understand: do you want to close your account and have your data
removed, or only stop marketing mail and e-mail?""", staff="Tom",
         orig=("Mike Dolezal <mdolezal@gmail.com>", "2027-02-04 23:15", "delete my info",
               "delete my info from your marketing crap"))
person("only-marketing", "2027-02-08 14:00", ("Mike Dolezal", "mdolezal@gmail.com"), "samsung", "gmail",
       "customercare", "answers 'close the account or only stop marketing?' with only the marketing -> "
       "marketing opt-out, no deletion request", "marketing opt-out (answer)", [MO], quote=d,
       new="only the marketing lol. I still need the lights on. just stop the ads")

person("hpwh-question-basement", "2027-02-08 16:25", ("Lois Fenske", "lfenske@me.com"), "apple_mac", "icloud",
       "customercare", "a product question in reply to our water heater promotion: question only",
       "question (reply to promo)", [Q], ent={"name": "Lois"}, quote=PROMO_HPWH,
       new="""Does the heat pump kind work in a basement that gets down to about 50 degrees in January? Our old electric tank is 14 years old and I'd like to replace it before it goes. Also does the $300 come off the price or is it a check afterward?""",
       sig="Lois")

d = desk("CC-2027-02-00171", "2027-02-08 10:05", "Kate Morrow-Lindahl", "kmorrowlindahl@gmail.com",
         "Re: catalog list [CC-2027-02-00171]",
         """Hi Kate,

We'll keep your name off the lists we share with other catalog
companies. Could you send the name on the catalog label so we find the
right record?""", staff="Kristin", box="powerhousecatalog")
person("label-plus-name-change", "2027-02-09 07:40", ("Kate Morrow-Lindahl", "kmorrowlindahl@gmail.com"),
       "gmail", "gmail", "powerhousecatalog", "sends the label name (don't-share request restated by the quote "
       "and again in her text) and asks to change the name on the catalog -> sharing opt-out + question",
       "catalog-sharing opt-out + question (answer)", [CSO, Q],
       ent={"name": "Kathleen Morrow-Lindahl", "postal_code": "50265"}, quote=d,
       new="""Hi Kristin,

The label says KATHLEEN MORROW, 4415 Ashworth Rd, West Des Moines IA 50265. But I got married in 2025 so it should really be Kathleen Morrow-Lindahl now -- can you change the name on the catalog too? Either way, please don't give it out to other companies.""",
       sig="Kate")

hist = """On Thu, Jan 28, 2027 at 7:12 PM Janet Pruess <jpruess@iowatelecom.net> wrote:
> It's Janet L Pruess.
>
> On 2027-01-27 10:02, Alliant Energy Privacy Desk wrote:
>> Hi Janet,
>>
>> We can stop the PowerHouse Catalog for you. What name is on the
>> catalog label?"""
d = desk("CC-2027-01-04256", "2027-02-08 13:30", "Janet Pruess", "jpruess@iowatelecom.net",
         "Re: stop the catalog [CC-2027-01-04256]",
         """Hi Janet,

Thanks. We found two catalog records that could be yours:

  - Janet L Pruess, 22 Elm St, Sumner IA
  - Janet Pruess, PO Box 118, Sumner IA

Do you want the catalog stopped for both?""", staff="Kristin", box="powerhousecatalog", seq=2, hist=hist,
         refs=["<desk.CC-2027-01-04256@alliant-energy.com>"])
person("third-both-records", "2027-02-09 09:55", ("Janet Pruess", "jpruess@iowatelecom.net"), "roundcube",
       "smallisp", "powerhousecatalog", "third message of a thread: 'Both are me' answers 'stop the catalog "
       "for both records?' -> marketing opt-out; names and addresses only in the nested quote",
       "marketing opt-out (third message)", [MO], ent={"name": "Janet"}, quote=d,
       new="Both are me. The PO box is where the mail actually comes so definitely that one. Thanks for being so thorough.",
       sig="Janet", refs=["<desk.CC-2027-01-04256@alliant-energy.com>"])

person("stop-spring", "2027-02-09 11:10", ("Tyler Mumm", "tmumm21@gmail.com"), "gmail_android", "gmail",
       "powerhousecatalog", "STOP under the Spring Preview catalog e-mail (a promotion): marketing opt-out",
       "marketing opt-out (reply to promo)", [MO], quote=PROMO_SPRING, new="STOP")

person("gmail-unsub-button", "2027-02-09 12:45", ("Heather Quade", "hquade.iowa@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "Gmail's unsubscribe button mailed our List-Unsubscribe mailto for the Spring "
       "Preview: software acting for a person, no Auto-Submitted -> marketing opt-out, ack to the sender",
       "List-Unsubscribe mailto (mail client)", [MO], subject="unsubscribe", html=False,
       plain="This message was automatically generated by Gmail.", answers=PROMO_SPRING.label)

person("dont-pass-name-around", "2027-02-09 15:20", ("Evelyn Ruhl", "evruhl@aol.com"), "aol", "aol",
       "powerhousecatalog", "reply to the Spring Preview: likes the catalog, 'do not pass my name around to "
       "other companies' -> sharing opt-out only", "catalog-sharing opt-out (reply to promo)", [CSO],
       ent={"name": "Evelyn Ruhl", "postal_code": "50219"}, quote=PROMO_SPRING,
       new="""I order from you every spring and I like the catalog fine. But ever since I started ordering I get catalogs from places I never heard of. Please do not pass my name around to other companies.""",
       sig="Evelyn Ruhl\nPella IA 50219")

person("timer-load-question", "2027-02-09 17:00", ("Dale Schwieger", "dschwieger@tds.net"), "thunderbird",
       "smallisp", "powerhousecatalog", "product question under the Spring Preview: question only",
       "question (reply to promo)", [Q], ent={"name": "Dale"}, quote=PROMO_SPRING,
       new="Does the programmable timer for block heaters handle a 15 amp load? My heater is 1500 watts. If so I'll order two, one for the truck.",
       sig="-Dale", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.1")

d = desk("CC-2027-01-04330", "2027-01-26 11:50", "Pat Ulrich", "pulrich@centurylink.net",
         "Re: catalog + my name [CC-2027-01-04330]",
         """Hi Pat,

Thanks. We've passed your request to the catalog team to stop both the
catalog and the list sharing, and we'll write again to confirm once it's
done.""", staff="Tom", box="powerhousecatalog")
person("any-update", "2027-02-10 08:15", ("Pat Ulrich", "pulrich@centurylink.net"), "outlook", "smallisp",
       "powerhousecatalog", "'Any update on this?' under the desk's promise to confirm: a status question; "
       "the opt-outs are only in the quote -> question only", "status check (question)", [Q],
       ent={"name": "Pat Ulrich"}, quote=d,
       new="Any update on this? It's been two weeks. Just want to make sure it went through before the spring catalog goes out.",
       sig="Pat Ulrich")

person("stop-under-bill-fwd", "2027-02-10 10:30", ("Randy Welter", "rwelter@yahoo.com"), "yahoo", "yahoo",
       "customercare", "forwards our bill notice (a service message) with only 'STOP': LABELS says STOP under "
       "a service message is unclear", "unclear (STOP under service mail)", unclear=True, fwd=BILL_FEB,
       new="STOP", subject="Fwd: Your Alliant Energy bill is ready")

d = desk("CC-2027-02-00188", "2027-02-09 09:15", "Cheryl Ames-Boyd", "cherylab@gmail.com",
         "Re: advertising mail [CC-2027-02-00188]",
         """Hi Cheryl,

You asked us to stop sending advertising mail. We have two addresses
for you:

  - 1620 Blairs Ferry Rd NE, Cedar Rapids (current service address)
  - 419 Fifth St, Mount Vernon (closed account, 2024)

Which one do you mean?""", staff="Marcy")
person("second-one-address", "2027-02-10 13:05", ("Cheryl Ames-Boyd", "cherylab@gmail.com"), "gmail", "gmail",
       "customercare", "'the second one, Mount Vernon' answers which address for the quoted advertising "
       "opt-out -> marketing opt-out", "marketing opt-out (answer)", [MO], ent={"name": "Cheryl"}, quote=d,
       new="the second one, Mount Vernon. We sold that house and the new owners keep handing me the flyers at church lol",
       sig="Cheryl")

person("old-holiday-no-sell", "2027-02-10 15:50", ("Stan Wiebold", "stan.wiebold@mac.com"), "apple_mac",
       "icloud", "powerhousecatalog", "replies to November's Holiday Preview (old thread) with a new request: "
       "don't sell or rent the name, keep the catalog -> sharing opt-out", "old thread, sharing opt-out",
       [CSO], ent={"name": "Stan Wiebold"}, quote=PROMO_HOLIDAY26,
       new="""I know this is an old email but it was the easiest way to find you. I don't want my name sold or rented to any other catalog. Keep sending yours, I do use it.""",
       sig="Stan Wiebold")

d = desk("CC-2027-02-00203", "2027-02-09 10:40", "Irene Vos", "irenevos@gmail.com",
         "Re: Don't share my info [CC-2027-02-00203]",
         """Hi Irene,

We'll keep your name off the customer lists the PowerHouse Catalog shares
with other catalog companies. Could you send the name and address exactly
as they appear on your catalog label?""", staff="Kristin", box="powerhousecatalog")
person("label-and-who-shared", "2027-02-11 08:00", ("Irene Vos", "irenevos@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "gives the label (for the quoted don't-share request) and asks which companies "
       "already got her name -> sharing opt-out + question", "catalog-sharing opt-out + question (answer)",
       [CSO, Q], ent={"name": "IRENE M VOS", "postal_code": "50138"}, quote=d,
       new="It's IRENE M VOS, 1812 Clark St, Knoxville IA 50138. And which companies have you already given my name to? I would like to know.",
       sig="Irene")

d = desk("CC-2027-01-04391", "2027-02-08 13:20", "Gary Lindqvist", "glindqvist54@gmail.com",
         "Re: junk mail [CC-2027-01-04391]",
         """Hi Gary,

All set: we've stopped both our promotional e-mail and our advertising
mail to you. A few pieces that were already printed may still show up
over the next couple of weeks.""", staff="Tom", seq=2,
         hist="""On Mon, Feb 1, 2027 at 7:42 AM Gary Lindqvist <glindqvist54@gmail.com> wrote:
> Both""", refs=[GARY_Q.msgid])
person("thanks-third", "2027-02-11 10:20", ("Gary Lindqvist", "glindqvist54@gmail.com"), "gmail", "gmail",
       "customercare", "third message: a plain thank-you for the desk's confirmation; nothing to do, no "
       "answer due (ack_to null)", "thanks (third message)", ack_to=None, ent={"name": "Gary"}, quote=d,
       new="Thanks Tom, appreciate it.", sig="Gary", refs=[GARY_Q.msgid])

d = desk("CC-2027-02-00210", "2027-02-10 09:30", "Larry Mohr", "lmohr@mchsi.com",
         "Re: stop [CC-2027-02-00210]",
         """Hi Larry,

You asked us to stop the promotional mail and e-mail. The account at
2816 Kimball Ave is in the name of Diane Mohr. Are you the account
holder?""", staff="Marcy")
person("husband-not-holder", "2027-02-11 12:40", ("Larry Mohr", "lmohr@mchsi.com"), "outlook", "smallisp",
       "customercare", "not the account holder: writes for his wife's account (LABELS: a spouse, no clear "
       "standing) -> unclear; name is the account holder the request is about, as written ('Diane')",
       "unclear (spouse)", unclear=True, ent={"name": "Diane"}, quote=d,
       new="No, it's in my wife Diane's name. We both live here and we both want it stopped. She's not much for email which is why I'm the one writing.",
       sig="Larry")

d = desk("CC-2027-02-00219", "2027-02-10 11:10", "Amanda Retzlaff", "aretzlaff@gmail.com",
         "Re: privacy request [CC-2027-02-00219]",
         """Hi Amanda,

We'd be glad to keep your name off the lists we share with other catalog
companies. Is your catalog mailing address still 88 Birch Ct, Fitchburg
WI 53711?""", staff="Tom", box="powerhousecatalog")
person("no-moved-new-address", "2027-02-11 15:15", ("Amanda Retzlaff", "aretzlaff@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "answers the address check with a new address and asks to update it and keep "
       "the no-sharing on it -> sharing opt-out + question (change of address); the old ZIP is only in the "
       "quote", "catalog-sharing opt-out + question (answer)", [CSO, Q],
       ent={"name": "Amanda", "postal_code": "53593"}, quote=d,
       new="No - 88 Birch Ct was our old place. We've been at 412 Marigold Way, Verona WI 53593 since October. Please update it and make sure the no-sharing thing is on the new address.",
       sig="Amanda")

person("did-you-get-my-email", "2027-02-12 08:45", ("Tonya Greer", "tonyagreer@yahoo.com"), "yahoo_android",
       "yahoo", "customercare", "'did you get my email from last week?' with no object: nothing to act on, but "
       "the status question itself is clear and needs a person -> question", "status check (question)", [Q],
       subject="checking", new="Hi did you get my email from last week? havent heard anything back")

d = desk("CC-2027-02-00226", "2027-02-10 14:22", "Brandon Hoeft", "bhoeft88@gmail.com",
         "Re: unsubscribe [CC-2027-02-00226]",
         """Hi Brandon,

You asked to be unsubscribed. We send promotions by e-mail and by mail:
do you want us to stop e-mail, paper, or both?""", staff="Dwayne")
person("idk-whatever", "2027-02-12 10:30", ("Brandon Hoeft", "bhoeft88@gmail.com"), "gmail_android", "gmail",
       "customercare", "answers the channel question with 'email i guess? but the rebate ones are useful ... "
       "idk just do whatever': mixed wishes -> unclear", "unclear (mixed wishes)", unclear=True, quote=d,
       new="email i guess? but the rebate ones are useful. and the paper ones go in the trash but my dad reads them. idk just do whatever")

a = ack("CC-2027-02-00262", "2027-02-10 16:55", "Meredith Claussen", "mclaussen@fastmail.com",
        "February 10, 2027")
person("ack-plus-data-copy", "2027-02-12 13:00", ("Meredith Claussen", "mclaussen@fastmail.com"), "fastmail",
       "fastmail", "customercare", "under our acknowledgement she adds a request for a copy of her personal "
       "data (and what was shared) -> question", "extra request under ack (data access)", [Q],
       ent={"name": "Meredith Claussen", "postal_code": "53715"}, quote=a,
       new="""Thanks for the confirmation. One more thing while I have you: I'd like a copy of the personal information Alliant Energy has about me, including whatever you've shared with other companies. Is there a form for that or is this email enough?""",
       sig="Meredith Claussen\n1107 Vilas Ave\nMadison WI 53715")

d = desk("CC-2027-02-00231", "2027-02-11 09:50", "Yolanda Beltrán", "ybeltran@hotmail.com",
         "Re: catálogo [CC-2027-02-00231]",
         """Hola Sra. Beltrán:

Listo, ya dimos de baja su dirección de la lista del catálogo PowerHouse.
Puede que le llegue uno más que ya estaba impreso.""", staff="Lupe", box="powerhousecatalog", lang="es")
person("mejor-si-catalogo", "2027-02-12 15:40", ("Yolanda Beltrán", "ybeltran@hotmail.com"), "owa_es",
       "outlookcom", "powerhousecatalog", "Spanish change of mind after our confirmation: her husband wants the "
       "catalog, 'put me back on the list' -> opting back in = question", "change of mind: opt back in", [Q],
       ent={"name": "Yolanda Beltrán"}, quote=d, lang="es",
       new="""Hola Lupe, disculpe la molestia. Mi esposo dice que sí quiere el catálogo, él compra los focos y los filtros ahí. ¿Me pueden volver a poner en la lista? Gracias.""",
       sig="Yolanda Beltrán")

hist = """On Tuesday, February 9, 2027 at 08:41:12 PM CST, Norm Petersen <npetersen44@yahoo.com> wrote:

 It's the one at 603 Maple St. I get 3 or 4 other catalogs a week now too.

    On Tuesday, February 9, 2027 at 10:02:45 AM CST, Alliant Energy Privacy Desk <customercare@alliant-energy.com> wrote:

 Hi Norm, which address should we stop the PowerHouse Catalog at?"""
d = desk("CC-2027-02-00195", "2027-02-11 10:45", "Norm Petersen", "npetersen44@yahoo.com",
         "Re: catalog [CC-2027-02-00195]",
         """Thanks Norm. We've stopped the catalog at 603 Maple. Since you mentioned
the other catalogs you've been getting: would you also like us to keep
your name off the lists we share with other companies?""", staff="Kristin", box="powerhousecatalog", seq=2,
         hist=hist, refs=["<desk.CC-2027-02-00195@alliant-energy.com>"])
person("third-sure-share-too", "2027-02-12 17:55", ("Norm Petersen", "npetersen44@yahoo.com"), "yahoo",
       "yahoo", "powerhousecatalog", "third message: 'yes do that too' answers the desk's offer to keep his "
       "name off shared lists -> sharing opt-out (the catalog stop was already done)",
       "catalog-sharing opt-out (third message)", [CSO], ent={"name": "Norm"}, quote=d,
       new="Sure why not, yes do that too.", sig="Norm", refs=["<desk.CC-2027-02-00195@alliant-energy.com>"])

a = ack("CC-2026-09-02104", "2026-09-22 10:31", "Gail Ostrander", "gostrander@gmail.com", "September 22, 2026")
person("same-for-daughter", "2027-02-13 09:10", ("Gail Ostrander", "gostrander@gmail.com"), "gmail", "gmail",
       "customercare", "under a September acknowledgement: 'do the same thing you did for me' for her daughter "
       "-> reference without saying what, and on behalf of another adult: unclear; name is the daughter's",
       "unclear (reference + on behalf)", unclear=True, ent={"name": "Kayla Ostrander"}, quote=a,
       new="""Hi, can you do the same thing you did for me for my daughter? She just moved into her first apartment in Ankeny and is already getting your stuff. Her name is Kayla Ostrander.""",
       sig="Thanks, Gail")

d = desk("CC-2027-02-00247", "2027-02-12 11:00", "Steve Brockway", "sbrockway@icloud.com",
         "Re: Mail [CC-2027-02-00247]",
         """Hi Steve,

You asked us to stop promotional mail for your household and not to
share your name. Are you the account holder?""", staff="Marcy")
person("yes-bare-holder", "2027-02-13 11:25", ("Steve Brockway", "sbrockway@icloud.com"), "iphone", "icloud",
       "customercare", "bare 'Yes' to 'are you the account holder?' under a quote restating both requests "
       "(no promotions, don't share): both opt-outs", "both opt-outs (answer)", [MO, CSO], quote=d, new="Yes")

d = desk("CC-2027-01-04512", "2027-02-03 16:20", "Jeff Hanke", "jhanke@outlook.com",
         "Re: unsubscribe [CC-2027-01-04512]",
         """Hi Jeff,

You've been unsubscribed from all Alliant Energy marketing e-mail. You'll
still get bill notices and outage alerts.""", staff="Dwayne")
person("unsubscribed-but-again", "2027-02-14 10:00", ("Jeff Hanke", "jhanke@outlook.com"), "owa", "outlookcom",
       "customercare", "after our confirmation another promo came: 'take me off for real' (marketing opt-out) "
       "and 'tell me why it didn't work' (question)", "opt-out + question (complaint)", [MO, Q],
       ent={"name": "Jeff Hanke"}, quote=d,
       new="You said on the 3rd I was unsubscribed. This morning I got another one about the peak rewards thing. Take me off for real this time and tell me why it didn't work.",
       sig="Jeff Hanke")

d = desk("CC-2027-02-00252", "2027-02-12 13:40", "Wanda Kleinschmidt", "wkleinschmidt@netins.net",
         "Re: catalog [CC-2027-02-00252]",
         """Hello Wanda,

You asked us to stop the PowerHouse Catalog. Do you want this for the
catalog only, or for Alliant Energy's other promotional mail and e-mail
as well?""", staff="Kristin")
person("everything-all-of-it", "2027-02-14 13:30", ("Wanda Kleinschmidt", "wkleinschmidt@netins.net"), "outlook",
       "smallisp", "customercare", "'Everything. All of it.' answers catalog-only or all promotions: "
       "marketing opt-out for every channel", "marketing opt-out (answer)", [MO],
       ent={"name": "Wanda Kleinschmidt", "postal_code": "50677"}, quote=d,
       new="Everything. All of it. Catalog, the flyers, the emails. Thank you.",
       sig="Wanda Kleinschmidt\nWaverly, Iowa 50677")

# ---------------------------------------------------------------------------------------------- week 3
d = desk("CC-2027-02-00258", "2027-02-12 14:15", "Ed Sandoval", "edsandoval@comcast.net",
         "Re: Mailing list [CC-2027-02-00258]",
         """Hi Ed,

Thanks for writing. Could you tell us which mailings you'd like to stop
(the PowerHouse Catalog, our e-mail offers, or the advertising we mail
to your home), and whether you also want us not to share your name?""", staff="Tom")
person("see-below-nothing", "2027-02-15 08:20", ("Ed Sandoval", "edsandoval@comcast.net"), "ox", "comcast",
       "customercare", "'See below.' and below is only our own question, unanswered: nothing decidable in "
       "his text -> unclear", "unclear (empty answer)", unclear=True, quote=d, new="See below.")

d = desk("CC-2027-02-00263", "2027-02-12 15:05", "Martín Aguirre", "martin.aguirre@gmail.com",
         "Re: publicidad por correo [CC-2027-02-00263]",
         """Hola Sr. Aguirre:

Nos pidió que ya no le enviemos publicidad por correo. Tenemos dos
direcciones a su nombre: 1009 Jackson St, Sioux City 51105, y 2711
Correctionville Rd, Sioux City 51106. ¿A cuál se refiere?""", staff="Lupe", lang="es")
person("a-las-dos-direcciones", "2027-02-15 10:40", ("Martín Aguirre", "martin.aguirre@gmail.com"), "gmail_es",
       "gmail", "customercare", "Spanish 'A las dos' answers which address for the quoted publicity opt-out "
       "-> marketing opt-out; the ZIPs are only in the quote", "marketing opt-out (answer)", [MO],
       ent={"name": "Martín"}, quote=d, lang="es",
       new="A las dos por favor. La de Correctionville es el taller y ahí tampoco la queremos.", sig="Martín")

a = ack("CC-2027-02-00281", "2027-02-14 20:12", "Chris Vogel", "cvogel319@icloud.com", "February 14, 2027")
person("thumbs-up-ack", "2027-02-15 13:00", ("Chris Vogel", "cvogel319@icloud.com"), "iphone", "icloud",
       "customercare", "a thumbs-up emoji under our acknowledgement: a reply to the ack that asks nothing "
       "(LABELS: human, no labels, no answer) rather than an undecidable reply to a question",
       "reply to ack, nothing asked", ack_to=None, quote=a, new="\U0001F44D")

d = desk("CC-2027-02-00270", "2027-02-12 16:30", "Renee Kopecky", "rkopecky@gmail.com",
         "Re: catalog [CC-2027-02-00270]",
         """Hi Renee,

We'd be glad to keep your name off the lists we share with other catalog
companies. Could you send the name on the catalog label, exactly as it is
printed?""", staff="Kristin", box="powerhousecatalog")
person("label-deceased-father", "2027-02-15 15:20", ("Renee Kopecky", "rkopecky@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "the label is her late father's and she now asks to stop the catalog and take his "
       "name off 'everything': on behalf of a deceased parent with no stated standing, request changed -> "
       "unclear; name is the father's as written", "unclear (deceased parent)", unclear=True,
       ent={"name": "HAROLD KOPECKY"}, quote=d,
       new="The label says HAROLD KOPECKY. That's my dad, he passed away in November. I'm living in the house now. I just want the catalogs stopped and his name off everything.",
       sig="Renee")

a = ack("CC-2027-02-00266", "2027-02-12 18:40", "Tim Bauer", "timbauer@charter.net", "February 12, 2027")
person("correct-account-number", "2027-02-16 08:05", ("Tim Bauer", "timbauer@charter.net"), "roundcube",
       "smallisp", "customercare", "corrects the account number and restates what the request was (quit "
       "sharing my name with other catalogs) -> sharing opt-out; the corrected number is the entity",
       "correction: sharing opt-out", [CSO], ent={"name": "Tim Bauer", "account": "4410-2287-19"}, quote=a,
       new="""Correction to my email from Friday asking you to quit sharing my name with other catalogs -- I typed my account number wrong. It's 4410-2287-19, not 4410-2278-19. Sorry about that.""",
       sig="Tim Bauer")

a = ack("CC-2027-02-00271", "2027-02-12 19:05", "Joan Riedemann", "joanried@aol.com", "February 12, 2027")
person("use-this-account-instead", "2027-02-16 09:40", ("Joan Riedemann", "joanried@aol.com"), "aol", "aol",
       "customercare", "under our acknowledgement, only 'use this account number instead': the request itself "
       "is never named (LABELS: reference to earlier mail without saying what) -> unclear",
       "unclear (reference to earlier mail)", unclear=True, ent={"account": "771 204 5589", "name": "Joan"},
       quote=a, new="Please use account 771 204 5589 instead of the one I gave you.", sig="Joan")

d = desk("CC-2027-02-00237", "2027-02-12 10:20", "Sandra Lueck", "slueck@gmail.com",
         "Re: catalog emails [CC-2027-02-00237]",
         """Hi Sandra,

We've removed you from the PowerHouse Catalog mailing list. You may still
receive one more catalog that was already printed.""", staff="Kristin", box="powerhousecatalog")
person("meant-emails-not-catalog", "2027-02-16 11:15", ("Sandra Lueck", "slueck@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "correction after our confirmation: she meant the catalog e-mails, not the paper "
       "catalog; put her back on for paper (opt back in = question) and stop the e-mails (marketing opt-out)",
       "correction: opt-out + opt back in", [MO, Q], ent={"name": "Sandra"}, quote=d,
       new="""Oh no, I don't think I was clear. I meant the EMAILS from the catalog, not the paper catalog! I want to keep getting the paper one in the mail. Can you put me back on for the paper catalog and take me off the emails instead?""",
       sig="Sandra")

hist = """-----Original Message-----
From: Phyllis Dahlberg <pdahlberg@mchsi.com>
Sent: Wednesday, February 10, 2027 7:58 PM
To: customercare@alliant-energy.com
Subject: RE: flyers [CC-2027-02-00214]

The Grandview house. The other one is my son's.
"""
d = desk("CC-2027-02-00214", "2027-02-11 14:00", "Phyllis Dahlberg", "pdahlberg@mchsi.com",
         "RE: flyers [CC-2027-02-00214]",
         """Hi Phyllis,

Thanks, we've stopped the advertising mail to 2204 Grandview Ave. You're
also on our marketing e-mail list. Do you want us to stop those e-mails
too?""", staff="Marcy", seq=2, hist=hist, refs=["<desk.CC-2027-02-00214@alliant-energy.com>"])
person("third-no-leave-emails", "2027-02-16 13:50", ("Phyllis Dahlberg", "pdahlberg@mchsi.com"), "outlook",
       "smallisp", "customercare", "third message: declines the e-mail stop ('No, leave the emails. Just the "
       "paper.'): her own words are a channel-limited opt-out (paper), which the quote says is already done; "
       "recording it again is harmless -> marketing opt-out", "marketing opt-out (third message)", [MO],
       ent={"name": "Phyllis"}, quote=d, new="No, leave the emails. Just the paper. Thank you.", sig="Phyllis",
       refs=["<desk.CC-2027-02-00214@alliant-energy.com>"])

person("no-compartan-spring", "2027-02-16 16:30", ("Araceli Mendoza", "aracelimendoza@gmail.com"), "gmail_es",
       "gmail", "powerhousecatalog", "Spanish reply to the Spring Preview: don't share my name, I do want the "
       "catalog -> sharing opt-out only", "catalog-sharing opt-out (reply to promo)", [CSO],
       ent={"name": "Araceli"}, quote=PROMO_SPRING, lang="es",
       new="No compartan mi nombre con otras compañías, por favor. El catálogo sí lo quiero seguir recibiendo.",
       sig="Araceli")

d = desk("CC-2027-02-00279", "2027-02-15 09:25", "Carl Wessels", "cwessels@proton.me",
         "Re: offers [CC-2027-02-00279]",
         """Hi Carl,

You asked us to stop sending offers. Do you want us to stop e-mail, paper,
or both?""", staff="Dwayne")
person("email-plus-billing", "2027-02-17 08:20", ("Carl Wessels", "cwessels@proton.me"), "proton", "proton",
       "customercare", "'E-mail.' answers the channel question (marketing opt-out, e-mail) and he adds an "
       "unanswered billing complaint -> marketing opt-out + question", "opt-out + question (answer)", [MO, Q],
       ent={"name": "Carl Wessels", "account": "6612-0098-31"}, quote=d,
       new="""E-mail.

And while I'm at it: I called in January about a billing error (charged for a second meter I don't have) and nobody called me back. Can someone look at account 6612-0098-31?""",
       sig="Carl Wessels")

person("owa-unsub-button", "2027-02-17 11:45", (None, "mattkoenig77@outlook.com"), "owa", "outlookcom",
       "customercare", "Outlook.com's unsubscribe action mailed our List-Unsubscribe mailto for the water heater "
       "promotion, empty body: a person pressed it -> marketing opt-out, ack to the sender",
       "List-Unsubscribe mailto (mail client)", [MO], subject="unsubscribe", plain="",
       answers=PROMO_HPWH.label)

d = desk("CC-2027-02-00284", "2027-02-15 11:10", "Dave Strunk", "dstrunk@strunkproperties.com",
         "RE: flyers at 517 W 4th [CC-2027-02-00284]",
         """Hi Dave,

You asked us to stop promotional mail at 517 W 4th St, Unit B. Are you the
account holder for that address?""", staff="Marcy")
person("landlord-holder", "2027-02-17 14:00", ("Dave Strunk", "dstrunk@strunkproperties.com"), "outlook", "m365",
       "customercare", "a landlord's company holds the account (he gives its number) and asks to stop the "
       "flyers: the account holder has standing -> marketing opt-out", "marketing opt-out (answer)", [MO],
       ent={"name": "Dave Strunk", "account": "8820135560", "postal_code": "50701"}, quote=d,
       new="Yes. Strunk Properties LLC holds the account for the whole building (acct 8820135560), the tenants pay us for utilities. None of them want the flyers. Please stop them.",
       sig="Dave Strunk\nStrunk Properties LLC\n120 Main St, Suite 4\nWaterloo, IA 50701\n(319) 555-0188")

a = ack("CC-2027-02-00290", "2027-02-16 21:48", "Esperanza Ruiz", "esperanza.ruiz@yahoo.com", "February 16, 2027")
person("gracias-ack", "2027-02-17 16:10", ("Esperanza Ruiz", "esperanza.ruiz@yahoo.com"), "yahoo", "yahoo",
       "customercare", "Spanish thank-you under our acknowledgement that asks nothing: no labels, ack_to null",
       "thanks (reply to ack)", ack_to=None, ent={"name": "Esperanza"}, quote=a, lang="es",
       new="Muchas gracias por la confirmación. Que tengan buen día.", sig="Esperanza")

d = desk("CC-2027-02-00288", "2027-02-16 10:35", "Troy Buss", "troybuss@gmail.com",
         "Re: name [CC-2027-02-00288]",
         """Hi Troy,

To find your catalog record so we can keep your name off shared lists,
can you send your ZIP code and the name as it appears on the catalog?""", staff="Tom", box="powerhousecatalog")
person("zip-plus-stop-emails", "2027-02-18 08:30", ("Troy Buss", "troybuss@gmail.com"), "samsung", "gmail",
       "powerhousecatalog", "answers with name and ZIP for the quoted don't-share request and adds 'stop the "
       "catalog emails too' -> both opt-outs", "both opt-outs (answer + extra)", [MO, CSO],
       ent={"name": "Troy A Buss", "postal_code": "52404"}, quote=d,
       new="Troy A Buss, 52404. And stop the catalog emails too, I get like 3 a week")

hist = """On 2/15/27 6:20 PM, Bonnie Rasch wrote:
> Stop the catalog please, it's Bonnie Rasch on the label.
>
> On 2/15/27 9:40 AM, Alliant Energy Privacy Desk wrote:
>> Hi Bonnie, what would you like us to do about the catalog?"""
d = desk("CC-2027-02-00276", "2027-02-16 13:15", "Bonnie Rasch", "brasch@iowatelecom.net",
         "Re: catalog [CC-2027-02-00276]",
         """Hi Bonnie,

Done, we've stopped the catalog. Would you also like us to take your name
off the lists the PowerHouse Catalog shares with other catalog companies?""", staff="Kristin",
         box="powerhousecatalog", seq=2, hist=hist, refs=["<desk.CC-2027-02-00276@alliant-energy.com>"])
person("third-what-does-sharing-mean", "2027-02-18 10:50", ("Bonnie Rasch", "brasch@iowatelecom.net"),
       "thunderbird", "smallisp", "powerhousecatalog", "third message: instead of answering the sharing offer "
       "she asks what it means and who gets her data -> question only, no opt-out yet",
       "question (third message)", [Q], ent={"name": "Bonnie"}, quote=d,
       new="What does that mean exactly? Who do you share it with and what do they get, just my name and address? Before I say yes I'd like to know.",
       sig="Bonnie", refs=["<desk.CC-2027-02-00276@alliant-energy.com>"],
       ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.1")

a = ack("CC-2027-02-00295", "2027-02-17 07:58", "Alan Reinke", "areinke@gmail.com", "February 17, 2027")
person("how-long-ten-days", "2027-02-18 13:20", ("Alan Reinke", "areinke@gmail.com"), "gmail", "gmail",
       "customercare", "under our acknowledgement asks how the 10 business days are counted: a question about "
       "how long an opt-out takes -> question only", "question (timing)", [Q], ent={"name": "Alan"}, quote=a,
       new="You said 10 business days. Does that count from when I sent it or from today? The spring catalog is usually in our mailbox by the first week of March and I'd like this to be done before then.",
       sig="Alan")

d = desk("CC-2027-02-00297", "2027-02-17 09:40", "Merle Jurgensen", "mjurgensen@omnitelcom.com",
         "RE: ads [CC-2027-02-00297]",
         """Hi Merle,

You asked us to stop the advertising mail. We have two addresses for you,
404 Oak St and 1212 Summit Ave, both in Osage. Which address do you mean?""", staff="Dwayne")
person("the-one-in-town", "2027-02-18 15:45", ("Merle Jurgensen", "mjurgensen@omnitelcom.com"), "outlook",
       "smallisp", "customercare", "'the one in town' when both quoted addresses are in the same town: the "
       "quote does not make the answer clear -> unclear", "unclear (ambiguous answer)", unclear=True,
       ent={"name": "Merle"}, quote=d, new="The one in town.", sig="Merle")

person("how-stop-paper-keep-email", "2027-02-19 09:00", ("Heidi Walz", "hwalz@gmail.com"), "gmail", "gmail",
       "powerhousecatalog", "asks how to stop the paper catalog but keep the e-mails, without asking to be "
       "opted out: question only (LABELS: a question about how to opt out)", "question (how to opt out)", [Q],
       ent={"name": "Heidi"}, quote=PROMO_SPRING,
       new="How do I stop getting this in the mail without stopping the emails? I like seeing the sales in my inbox but the paper catalog is a waste.",
       sig="Heidi")

d = desk("CC-2027-02-00301", "2027-02-17 10:55", "Frank DeWitt", "fdewitt@yahoo.com",
         "Re: mail [CC-2027-02-00301]",
         """Hi Frank,

You asked us to stop mailing you offers. Do you want us to stop e-mail,
paper, or both?""", staff="Tom")
person("both-and-dont-share", "2027-02-19 11:20", ("Frank DeWitt", "fdewitt@yahoo.com"), "yahoo_android",
       "yahoo", "customercare", "'both' to the channel question plus a new 'don't share my name either' -> "
       "both opt-outs", "both opt-outs (answer + extra)", [MO, CSO], ent={"name": "Frank"}, quote=d,
       new="both, and dont share my name with anyone either", sig="Frank")

d = desk("CC-2025-03-00912", "2025-03-19 15:02", "Donna Schuett", "dschuett@me.com",
         "Re: PowerHouse catalog [CC-2025-03-00912]",
         """Hi Donna,

We've taken your name off the PowerHouse Catalog mailing list, as you
asked.""", staff="Kristin", box="powerhousecatalog")
person("back-on-catalog", "2027-02-19 14:10", ("Donna Schuett", "dschuett@me.com"), "apple_mac", "icloud",
       "powerhousecatalog", "replies to a 2025 removal confirmation asking to get the catalog again: opting "
       "back in is a question; the old removal is not a new opt-out", "opt back in (old thread)", [Q],
       ent={"name": "Donna Schuett", "postal_code": "52001"}, quote=d,
       new="""Hello, a couple of years ago you took me off the catalog list at my request. I'd like to start getting it again, my granddaughter showed me the new smart plugs. Same address, 2780 Kaufmann Ave, Dubuque 52001.""",
       sig="Donna Schuett")

d = desk("CC-2027-02-00305", "2027-02-17 13:30", "Rick Engebretson", "rengebretson@hotmail.com",
         "Re: mail [CC-2027-02-00305]",
         """Hi Rick,

You asked us to stop sending you offers. Do you want us to stop e-mail,
paper, or both?""", staff="Dwayne")
person("paper-with-quote", "2027-02-19 16:35", ("Rick Engebretson", "rengebretson@hotmail.com"), "owa",
       "outlookcom", "customercare", "'Paper.' with the desk's channel question quoted below (Outlook header "
       "block): the quote makes it clear -> marketing opt-out (paper)", "marketing opt-out (answer)", [MO],
       quote=d, new="Paper.")

d = desk("CC-2027-02-00310", "2027-02-18 09:45", "Leticia Orozco", "leticiaorozco@icloud.com",
         "Re: catálogo [CC-2027-02-00310]",
         """Hola Sra. Orozco:

Para confirmar: ¿quiere seguir recibiendo el catálogo PowerHouse, pero
que no compartamos su nombre con otras compañías de catálogos?""", staff="Lupe", box="powerhousecatalog",
         lang="es")
person("si-exacto", "2027-02-20 09:30", ("Leticia Orozco", "leticiaorozco@icloud.com"), "iphone_es", "icloud",
       "powerhousecatalog", "Spanish 'Sí, exacto' confirms the quoted summary (keep the catalog, don't share "
       "the name) -> sharing opt-out only", "catalog-sharing opt-out (answer)", [CSO], quote=d, lang="es",
       new="Sí, exacto. Gracias")

d = desk("CC-2027-02-00292", "2027-02-17 15:20", "Rachel Tiedt", "rtiedt@gmail.com",
         "Re: emails [CC-2027-02-00292]",
         """Hi Rachel,

Done: rtiedt@gmail.com is unsubscribed from our marketing e-mail.""", staff="Marcy")
person("also-work-address", "2027-02-20 11:00", ("Rachel Tiedt", "rtiedt@gmail.com"), "gmail", "gmail",
       "customercare", "after our confirmation she adds another address to unsubscribe (her work e-mail): new "
       "marketing opt-out", "extra request after confirmation", [MO], ent={"name": "Rachel"}, quote=d,
       new="Great, thank you! Could you also stop the emails going to my work address, rtiedt@kwikfab.com? I get the same promos there.",
       sig="Rachel")

a = ack("CC-2027-01-04347", "2027-01-26 09:12", "Gordon Fjelstad", "gfjelstad@netins.net", "January 26, 2027")
person("did-you-sell-my-name", "2027-02-20 14:30", ("Gordon Fjelstad", "gfjelstad@netins.net"), "thunderbird",
       "smallisp", "customercare", "three weeks on, asks whether we gave his name to another catalog after he "
       "wrote: asking whether a name was shared is a question, not a new opt-out (no new request stated)",
       "question (complaint)", [Q], ent={"name": "Gordon Fjelstad"}, quote=a,
       new="""It's been three weeks. The PowerHouse catalog still came Thursday, and the same week I got a catalog from "Northwoods Home Outfitters" addressed to GORDON T FJELSTAD, which is exactly how your label spells it. I never ordered anything from them. Did you give them my name after I wrote you?""",
       sig="Gordon Fjelstad", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0")
