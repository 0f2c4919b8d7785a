# -*- coding: utf-8 -*-
"""People writing to the two privacy mailboxes, 29 Nov - 10 Dec 2027. Each message written by hand."""

MO = "marketing_opt_out"
SH = "catalog_share_opt_out"
Q = "question"

SPECS = []


def H(key, when, box, prog, frm, body, labels, note, cat, subject=None, ent=None, unclear=False, lang="en",
      **kw):
    d = dict(key=key, when=when, box=box, prog=prog, frm=frm, body=body, labels=labels, note=note, cat=cat,
             subject=subject, ent=ent or {}, unclear=unclear, lang=lang)
    d.update(kw)
    SPECS.append(d)


OUT_P = {"n": "3,214", "eta": "Monday, December 6, 11:00 PM"}

# ------------------------------------------------------------------ Monday 29 November
H("gift-recipient-dubuque", "11-29 07:14", "ph", "aol_web", ("Dorothy Kleinschmidt", "dkleinschmidt47@aol.com"),
  """Hello,

My daughter ordered me a heated throw from your catalog for my birthday in October and it was lovely, but ever since then I am getting the PowerHouse catalog and now two others I never heard of. I did not sign up for anything.

Please take my name off your mailing list and do not give my name or address to any other company.

Dorothy Kleinschmidt
2240 Kaufmann Ave
Dubuque, IA 52001
""", [MO, SH], "gift recipient: stop the catalog and do not give the name to other companies: both opt-outs",
  "both opt-outs", subject="Catalog - please remove",
  ent={"name": "Dorothy Kleinschmidt", "postal_code": "52001"})

H("cyber-stop-iphone", "11-29 08:21", "ph", "iphone", ("Brian Feeney", "bfeeney.ia@icloud.com"),
  """Stop. That's six emails since Thanksgiving.

Sent from my iPhone""", [MO],
  "'Stop.' under the Cyber Monday promo takes its object from the promotion: marketing opt-out; quoted footer "
  "mentions list sharing but is ours", "marketing opt-out", reply="CM")

H("share-only-to-cc", "11-29 08:47", "cc", "outlook_desktop", ("Carol Jean Aldrich", "cjaldrich@att.net"),
  """To whom it may concern,

I have been a PowerHouse customer since about 2012 and the holiday book came last week, which I enjoy every year. I would like to keep getting it.

However I read on the back page that you make your customer list available to other catalog companies. Please do not include my name in that. I already get more mail than I can read.

My customer number from the label is 4 11873 0962.

Thank you,
Carol Jean Aldrich
Fort Dodge, IA 50501
""", [SH], "keeps the catalog, refuses list sharing; sent to customercare rather than the catalog mailbox "
           "(mailbox is only a hint); label customer number is the account",
  "sharing opt-out", subject="PowerHouse catalog customer list",
  ent={"name": "Carol Jean Aldrich", "postal_code": "50501", "account": "4 11873 0962"})

H("three-labels-one-man", "11-29 10:02", "ph", "yahoo_web", ("Don Hauge", "donhauge@yahoo.com"),
  """We got 3 of your holiday catalogs in one day. One to DONALD HAUGE, one to DON HAUGE and one to D L HAUGE. All three are me. Same address 1108 Birch St, Decorah IA 52101.

I only need one. Please take the other two off. Seems like a waste of paper and postage for you too.

Don""", [MO],
  "duplicate labels for one person: asks to remove two of three copies and keep one; a partial stop of "
  "promotional mail is still marketing_opt_out (the record says which names); name taken from the first full form",
  "marketing opt-out", subject="3 catalogs same house",
  ent={"name": "DONALD HAUGE", "postal_code": "52101"})

H("es-gift-keep-catalog", "11-29 10:40", "ph", "gmail_android",
  ("Rosa Elvira M\u00e9ndez", "rosaelvira.mendez@gmail.com"),
  """Buenos d\u00edas,

Mi hija me mand\u00f3 un regalo de su cat\u00e1logo para mi cumplea\u00f1os en septiembre y desde entonces me llega el cat\u00e1logo PowerHouse. Est\u00e1 bien, me gusta ver las cosas y a lo mejor compro algo para Navidad.

Pero no quiero que vendan ni compartan mi nombre y mi direcci\u00f3n con otras compa\u00f1\u00edas. Por favor an\u00f3tenme para que no compartan mis datos.

Gracias,
Rosa Elvira M\u00e9ndez
Muscatine, IA 52761
""", [SH], "Spanish; gift recipient who likes the catalog but refuses sharing/selling: sharing opt-out only",
  "sharing opt-out", subject="Cat\u00e1logo PowerHouse", lang="es",
  ent={"name": "Rosa Elvira M\u00e9ndez", "postal_code": "52761"})

H("fourth-catalog-angry", "11-29 11:58", "ph", "xfinity", ("Gary Pautsch", "gpautsch@comcast.net"),
  """This is the FOURTH PowerHouse catalog to come to this house since the middle of October. Four. Plus the emails. My wife ordered one lamp from you two years ago.

We are done. Remove us from your mailing list, both names, Gary and Lynn Pautsch, 3315 Woodcrest Dr, Janesville WI 53548.

Gary Pautsch""", [MO],
  "angry about catalog volume; household writer removes both names (household, not a third party); joint name kept "
  "joint; venting needs no answer", "marketing opt-out", subject="ENOUGH catalogs",
  ent={"name": "Gary and Lynn Pautsch", "postal_code": "53548"})

H("snowbird-forward-florida", "11-29 12:30", "ph", "thunderbird", ("Walt Brenneman", "wbrenneman@comcast.net"),
  """Hello PowerHouse folks,

My wife and I leave for Fort Myers on December 8 and won't be back in Baraboo until about April 20. Every year the catalogs pile up in the box at home and the neighbor has to collect them.

Can you send the catalog to our Florida address for the winter and then switch back? Or if that's too complicated, just hold it until spring. We do like it, we just won't be there.

Home: 411 Ash St, Baraboo WI 53913
Winter: 11820 Paseo Grande Blvd, Unit 304, Fort Myers FL 33908

Thanks,
Walt Brenneman
""", [Q], "snowbird wants a seasonal change of address (or a hold), explicitly keeps the catalog: question, not an "
          "opt-out; postal_code is the home ZIP on file, not the winter one",
  "question", subject="Catalog while we're in Florida",
  ent={"name": "Walt Brenneman", "postal_code": "53913"})

H("gg-email-only", "11-29 13:44", "ph", "outlook_web", ("Maureen Tjelmeland", "mtjelmeland@hotmail.com"),
  """Hi there,
I like getting the paper catalog in the mail but I'd rather not have these emails too, I get enough email. Please just take me off the email list and keep the paper one coming.
Thanks
Maureen""", [MO],
  "reply to the Gift Guide e-mail: stop e-mail, keep paper -> marketing_opt_out for the e-mail channel; the quoted "
  "footer's sharing sentence is ours, not hers; first name counts", "marketing opt-out", reply="GG",
  ent={"name": "Maureen"})

H("previous-owners-how", "11-29 15:02", "cc", "gmail", ("Kayla Oyen", "kaylaoyen@gmail.com"),
  """Hi, is the PowerHouse Catalog part of Alliant? We bought our house in August and we keep getting the holiday catalog addressed to the people who lived here before us (they moved to Arizona). How do we get that stopped? I don't want to just throw them away every time.

Thanks,
Kayla Oyen
Marshalltown 50158""", [Q],
  "asks HOW to stop catalogs addressed to the previous owners: a how-to question, and not her own name to opt out",
  "question", subject="PowerHouse catalog for previous owners?",
  ent={"name": "Kayla Oyen", "postal_code": "50158"})

H("grandma-phone-order", "11-29 16:25", "cc", "yahoo_web", ("Arlene Voss", "arlenevoss1944@yahoo.com"),
  """Good afternoon,

My grandson Tyler has his heart set on the solar camping lantern that is in your Holiday catalog on page 23. Can I order it over the telephone? I am not good with computers and my daughter set up this email. What number do I call, and would it get here before Christmas if I order this week?

Also, please do not give my name out to the other catalog companies. Since I ordered the weather radio last year I get catalogs from everybody under the sun.

Thank you kindly,
Arlene Voss
Sun Prairie, Wis.""", [SH, Q],
  "grandparent: ordering question plus 'do not give my name out' (keeps buying): sharing opt-out + question; the "
  "grandson's first name is not the requester", "opt-out + question", subject="order for grandson & my name",
  ent={"name": "Arlene Voss"})

H("hmong-for-mother", "11-29 21:12", "ph", "gmail", ("Pa Houa Lor", "pahoualor88@gmail.com"),
  """Hello,

I am writing for my mother Mai Vang. She don't read English and she keep getting the PowerHouse catalog and also other ones now. She does not want them. Can you stop sending to her? Her address is 1520 N 8th St, Sheboygan WI 53081.

Thank you
Pa Houa""", [],
  "second-language writer asking on behalf of her (living) mother, no stated standing: unclear per the on-behalf "
  "rule; entities name the mother", "unclear", subject="catalog for my mom", unclear=True,
  ent={"name": "Mai Vang", "postal_code": "53081"})

# ------------------------------------------------------------------ Tuesday 30 November
H("declutter-before-holidays", "11-30 07:20", "ph", "gmail", ("Jennifer Albrecht", "jen.albrecht.sp@gmail.com"),
  """Hi,

We are doing a big clean-out before the holidays and I'm calling/emailing every catalog that comes to this house to get off the list. Nothing personal, I just can't keep up with the paper.

Please remove:
Jennifer Albrecht
1407 Prairie Rose Ln
Sun Prairie, WI 53590
Cust # 6 41082 2207

Thank you!
Jen""", [MO], "decluttering, plain catalog removal with the label's customer number", "marketing opt-out",
  subject="Remove from mailing list",
  ent={"name": "Jennifer Albrecht", "postal_code": "53590", "account": "6 41082 2207"})

H("thanks-to-ack", "11-30 07:51", "cc", "iphone", ("Ruth Ann Stolz", "rastolz@icloud.com"),
  """Thank you!

Sent from my iPhone""", [],
  "thank-you in reply to our acknowledgement: nothing to do, no acknowledgement back (no ping-pong); quoted ack "
  "text mentions opt-outs", "human, no action", ack=None,
  reply=("ACK", {"ref": "CC-2027-11-04790", "day": "November 29, 2027", "when": "2027-11-29 16:02:11"}))

H("opted-out-2025-again", "11-30 09:10", "cc", "outlook_web", ("Steven Grabau", "sgrabau@outlook.com"),
  """I asked Alliant to stop all promotional mail in March 2025. I got an email back confirming it, reference CC-2025-03-01188. This week the PowerHouse holiday catalog showed up with my name on it anyway.

Take me off again, please, and I would like to know why the first request did not stick. Is my name on some other list you use?

Steven Grabau
Acct 4470 9913 02""", [MO, Q],
  "repeat opt-out plus a complaint that wants an explanation: both; the old CC- reference is not an account",
  "opt-out + question", subject="Asked to be removed in 2025 - catalog came anyway",
  ent={"name": "Steven Grabau", "account": "4470 9913 02"})

H("loyal-but-shared", "11-30 09:45", "ph", "apple_mail", ("Nancy Whitcomb", "nwhitcomb@me.com"),
  """Hello,

I've bought gifts from PowerHouse for years. The holiday catalog showing up is a little tradition at our house, my husband circles what he wants and leaves it on the counter. So please keep sending it!

But this fall I've started getting catalogs from companies I have never heard of, with my middle initial spelled the same odd way as on your label (NANCY Q WHITCOMB, it's really O). Is that because you shared my name? If so please stop, I don't want it rented or traded to anybody.

Nancy Whitcomb
Cedar Falls, IA 50613""", [SH, Q],
  "loves the catalog, asks whether her name was shared and refuses renting/trading: sharing opt-out + question; "
  "'please stop' refers to the sharing, not the catalog", "opt-out + question", subject="Sharing my name",
  ent={"name": "Nancy Whitcomb", "postal_code": "50613"})

H("gift-recipient-how-address", "11-30 12:02", "ph", "zimbra", ("Lori Engstrom", "lengstrom@charter.net"),
  """I have never ordered anything from PowerHouse. Someone sent me a gift from your catalog last Christmas (thank you to whoever it was!) and now I'm on your list and getting the holiday catalog.

How did you get my address, and have you given it to anybody else? Please take me off your list.

Lori Engstrom
Beloit WI""", [MO, Q],
  "gift recipient: asks where the address came from and whether it was passed on (a question, not a sharing "
  "opt-out) and asks to be taken off the list", "opt-out + question", subject="how did you get my address",
  ent={"name": "Lori Engstrom"})

H("donation-monthly-on-bill", "11-30 13:30", "cc", "gmail", ("Bev Hochstetler", "bevhochstetler@gmail.com"),
  """Hi - I'd like to give to the Hometown Care fund every month but I can't find the Hometown Care option under Payments like it says. Can you add $10 a month to my bill instead? Account 2206 5518 73.

Thanks,
Bev""", [Q], "reply to the Giving Tuesday appeal wanting to give: a question (wanting more is never an opt-out)",
  "question", reply="DN", ent={"name": "Bev", "account": "2206 5518 73"})

H("donation-appeal-remove", "11-30 14:05", "cc", "apple_mail", ("Richard Osterkamp", "rosterkamp@icloud.com"),
  """Please remove me from these solicitations. I give to my church and the food pantry here in town.

R. Osterkamp""", [MO],
  "reply to the year-end donation appeal: an appeal is promotional contact (program e-mail with an unsubscribe "
  "footer), not a service message, so 'remove me' is a marketing opt-out", "marketing opt-out", reply="DN",
  ent={"name": "R. Osterkamp"})

H("mixed-share-keep", "11-30 15:18", "ph", "iphone", ("Leticia Barajas", "leti.barajas@icloud.com"),
  """Hi, por favor no compartan mi nombre con otras compa\u00f1\u00edas de cat\u00e1logos. I still want the catalog, me gusta mucho.

Gracias,
Leticia Barajas
West Liberty IA 52776

Sent from my iPhone""", [SH], "Spanish/English mix: no sharing, keeps the catalog: sharing opt-out only",
  "sharing opt-out", subject="Mi nombre", lang="mixed",
  ent={"name": "Leticia Barajas", "postal_code": "52776"})

H("emoji-under-gift-guide", "11-30 18:10", "ph", "iphone", ("Jake Mrachek", "jmrachek@icloud.com"),
  "\U0001F644", [],
  "reply to the Gift Guide whose only new text is an eye-roll emoji: nothing decidable, unclear", "unclear",
  reply="GG", unclear=True)

H("grandma-highlighter", "11-30 20:22", "ph", "yahoo_web", ("Marjorie Lindahl", "grandmamargie.l@yahoo.com"),
  """Dear PowerHouse people,

I want to start by saying I love your catalog. I have 7 grandchildren and every year I go through the holiday book with a highlighter and that is how I do my Christmas shopping, the night lights and the little flashlights are always a hit with the little ones.

BUT. Last year right after I placed my big December order I started getting catalogs from 8 or 10 other companies. Some of them had my name spelled exactly like yours does. My son says that is because you sell the list. I don't like that one bit.

So please keep me on YOUR list but do not share my name or address with anybody else.

Thank you and Merry Christmas,
Grandma Marjorie
(Marjorie Lindahl)
Mason City, Iowa 50401""", [SH],
  "long grandparent letter: keep me on your list, do not share: sharing opt-out only", "sharing opt-out",
  subject="please read - from a loyal customer",
  ent={"name": "Marjorie Lindahl", "postal_code": "50401"})

# ------------------------------------------------------------------ Wednesday 1 December
H("renter-kit", "12-01 07:40", "cc", "gmail", ("Devin Schuett", "dschuett21@gmail.com"),
  """Is the free weatherization kit available for renters? I rent a duplex in Ames, my landlord has the gas account but the electric is in my name. The door in the back has a gap you can see daylight through lol.

Devin""", [Q], "reply to the weatherization promo asking about eligibility: question", "question", reply="WX",
  ent={"name": "Devin"})

H("es-baja-correos", "12-01 08:30", "cc", "outlook_web", ("Mariela Contreras", "marielacontreras@hotmail.com"),
  """Por favor ya no me manden correos de promociones. Gracias.""", [MO],
  "Spanish reply to the Spanish weatherization promo: no more promotional e-mail", "marketing opt-out",
  reply="WXES", lang="es")

H("es-heater-oil", "12-01 09:12", "cc", "samsung", ("Jose Luis Arreola", "joseluis.arreola77@gmail.com"),
  """Buenos d\u00edas. \u00bfEl descuento de $25 sirve para los calentadores de aceite o nada m\u00e1s para los de ventilador? \u00bfY c\u00f3mo lo pido si no tengo computadora, puedo llamar? Mi n\u00famero de cuenta es 7712 0093 55.

Jos\u00e9 Luis Arreola

Enviado desde mi Galaxy""", [Q],
  "Spanish question about the space-heater offer; base64 Samsung parts; accented name in body differs from the "
  "ASCII display name", "question", reply="WXES", lang="es",
  ent={"name": "Jos\u00e9 Luis Arreola", "account": "7712 0093 55"})

H("work-address-reply-personal", "12-01 09:50", "ph", "exchange", ("Raymond Tjaden", "rtjaden@cedarvalleymech.com"),
  """Please remove me from the PowerHouse catalog mailing list.

Raymond Tjaden
2218 W 3rd St
Waterloo IA 50701

I'm sending from my work email, please send any reply to my personal address ray.tjaden@mchsi.com.

Ray Tjaden | Service Manager
Cedar Valley Mechanical
319-555-0148""", [MO],
  "plain removal from a work address; he asks to be answered at his personal address, which is also in Reply-To: "
  "ack_to is the Reply-To", "marketing opt-out", subject="Remove from catalog mailing list",
  reply_to="ray.tjaden@mchsi.com",
  ent={"name": "Raymond Tjaden", "postal_code": "50701"})

H("terse-both", "12-01 11:05", "ph", "thunderbird", ("Kurt Wendling", "k.wendling@gmail.com"),
  """Don't sell my name. And stop the catalog while you're at it.
K. Wendling""", [MO, SH], "two terse sentences, one for each opt-out", "both opt-outs", subject="name",
  ent={"name": "K. Wendling"})

H("policy-which-companies", "12-01 11:48", "cc", "outlook_web", ("Thomas Rasmussen", "t.rasmussen@live.com"),
  """Hello,

Your privacy policy says the PowerHouse Catalog "may share its customer list with other catalog companies." Two questions:

1. Which companies, or what kind?
2. Does that list include anything from my electric account, like usage or payment history, or only name and mailing address?

I'm not asking to opt out yet, I just want to understand what is shared.

Thomas Rasmussen""", [Q],
  "asks with whom and what is shared and says explicitly he is not opting out: question only",
  "question", subject="Question about your privacy policy", ent={"name": "Thomas Rasmussen"})

H("gift-giver-for-recipients", "12-01 12:30", "ph", "gmail", ("Sheila Brandau", "sheilabrandau@gmail.com"),
  """Hi,

I placed an order on Nov 27 (order #PH-55810427) with gifts shipping directly to my three sisters and my son in Colorado. I'm happy to be on your list, but please don't add THEIR addresses to your catalog mailing list or share them with anyone. They didn't ask for this and I'll hear about it at Christmas if they start getting catalogs from everyone.

Thanks so much,
Sheila""", [],
  "gift giver asks for the gift recipients (not herself) to be kept off the list and not shared: on behalf of "
  "others without their standing -> unclear; recipients unnamed so no entity; order number is not an account",
  "unclear", subject="Gift orders - please don't add my family to your list", unclear=True)

H("bill-forward-too-high", "12-01 16:05", "cc", "gmail", ("Chris Vandeberg", "chrisvandeberg@gmail.com"),
  """This is almost $100 more than November. Nothing changed at our house except it got cold. Can somebody look at whether the meter read is right? And how do I sign up for the budget billing thing it mentions?

Chris Vandeberg
acct 8820 3317 6614""", [Q],
  "forwards the winter bill notice with a billing question; the forwarded 'opted out of marketing' sentence is ours",
  "question", fwd=("BILL", {"acct": "6614", "amt": "$287.19", "due": "December 21, 2027",
                             "when": "2027-12-01 05:12:40"}),
  ent={"name": "Chris Vandeberg", "account": "8820 3317 6614"})

H("please-stop-nothing-else", "12-01 19:40", "cc", "yahoo_ios", (None, "lmk4455@yahoo.com"),
  """Please stop.

Sent from Yahoo Mail for iPhone""", [],
  "'Please stop.' with empty subject, no quote and no object: unclear whatever the mailbox", "unclear",
  subject="", unclear=True)

# ------------------------------------------------------------------ Thursday 2 December
H("snowbird-mesa-stop", "12-02 07:25", "ph", "ipad", ("Gene Kaufmann", "genekaufmann@icloud.com"),
  """We winter in Mesa AZ now from November through April. Your catalogs go to our house in Dubuque where nobody is home, and the box fills up which tells every crook in town the house is empty.

Please stop sending the catalog altogether. We'll shop online if we need anything.

Gene & Carol Kaufmann
1875 Rhomberg Ave, Dubuque IA 52001

Sent from my iPad""", [MO],
  "snowbird who wants the catalog stopped altogether (not re-routed): marketing opt-out; household joint name; "
  "written from Arizona time", "marketing opt-out", subject="Stop catalog", tz=-7,
  ent={"name": "Gene & Carol Kaufmann", "postal_code": "52001"})

H("mixed-language-pref", "12-02 09:00", "cc", "gmail_android", ("Alejandra Pineda", "alepineda.iowa@gmail.com"),
  """Hola, I got this email in Spanish but I prefer English por favor, mi esposo es el que habla m\u00e1s espa\u00f1ol. Can you change my language? Y tambi\u00e9n el kit gratis, \u00bfc\u00f3mo lo pido? The link didn't open on my phone.

Thank you,
Alejandra""", [Q],
  "mixed reply to the Spanish promo: language preference change and how to get the kit: question, no opt-out",
  "question", reply="WXES", lang="mixed", ent={"name": "Alejandra"})

H("deceased-father", "12-02 09:45", "ph", "outlook_web", ("Kristin Moore", "kmoore.home@outlook.com"),
  """Hello,

My father, Harold Engebretsen, passed away in September. I had his mail forwarded to my house while we settle things, and now his PowerHouse catalogs come here along with everything else. Could you please remove him from your mailing list?

His old address was 611 Oak Park Blvd, Cedar Falls IA 50613.

Thank you,
Kristin Moore""", [],
  "daughter asks to remove her deceased father, no executor/POA standing stated: unclear per the on-behalf rule; "
  "entities name the father", "unclear", subject="Catalogs for my father", unclear=True,
  ent={"name": "Harold Engebretsen", "postal_code": "50613"})

H("label-copied-share", "12-02 11:10", "ph", "xfinity", ("Karen Luebke", "kluebke54@comcast.net"),
  """On the inside back cover of the holiday catalog it says I can write to this address to keep my name from being shared with other catalogs. Please do that for me.

Here is what is on the mailing label:
KAREN M LUEBKE
CUST 3 10558 4021
N6124 COUNTY RD K
FOND DU LAC WI 54935

Karen""", [SH],
  "'do that for me' points at the printed catalog's sharing notice: sharing opt-out; the label is typed by her, so "
  "its name, customer number and ZIP count", "sharing opt-out", subject="Do not share my name",
  ent={"name": "KAREN M LUEBKE", "postal_code": "54935", "account": "3 10558 4021"})

H("opt-back-in-cyber", "12-02 12:20", "cc", "gmail", ("Megan Tollefson", "megtollefson@gmail.com"),
  """Hi! I unsubscribed from your emails last spring because I was getting too many, but my neighbor just told me about a Cyber Monday code for smart plugs and I missed it. Can you put me back on the email list? I'd like the PowerHouse deals and the energy-saving emails too.

Thanks,
Megan Tollefson""", [Q],
  "opting back in; the old unsubscribe it mentions is not a new opt-out: question", "question",
  subject="put me back on the email list", ent={"name": "Megan Tollefson"})

H("plain-remove-portage", "12-02 14:00", "ph", "outlook_web", ("Sharon Kuehl", "sharonkuehl@hotmail.com"),
  """Please take me off your catalog mailing list. Thank you.

Sharon Kuehl
220 E Main St Apt 3
Portage WI 53901""", [MO], "plain catalog removal", "marketing opt-out", subject="Catalog",
  ent={"name": "Sharon Kuehl", "postal_code": "53901"})

H("bosnian-both", "12-02 16:50", "ph", "gmail_android", ("Amra Hodzic", "amra.hodzic85@gmail.com"),
  """Hello,
Please I dont want catalog anymore, it comes every month and I dont order. Also please no sharing my name and adress to other company, I get now much mails from company I dont know.
Thank you
Amra Hodzic
Waterloo 50703""", [MO, SH], "second-language writer, both opt-outs in broken English", "both opt-outs",
  subject="catalog", ent={"name": "Amra Hodzic", "postal_code": "50703"})

# ------------------------------------------------------------------ Friday 3 December
H("household-four-names", "12-03 07:45", "ph", "outlook_desktop", ("Tom Schaefer", "tschaefer51@att.net"),
  """Good morning,

This season four PowerHouse catalogs came to our house: one for me, one for my wife, one for our son who moved out in 2019, and one for my mother-in-law who passed away in 2022.

I'm the one who orders from you and the account is in my name. Please send ONE catalog, to me, and take the other three names off your list at this address.

Tom Schaefer
904 Grant St
Clinton IA 52732""", [MO],
  "several names on one address: the account holder writing about his household has standing, so removing the "
  "other three names is a marketing opt-out; he keeps his own copy", "marketing opt-out",
  subject="Too many catalogs at one address", ent={"name": "Tom Schaefer", "postal_code": "52732"})

H("es-publicidad-postal", "12-03 08:20", "cc", "iphone", ("Graciela Ocampo", "graciela.ocampo@icloud.com"),
  """Buenos d\u00edas.

Les pido de favor que ya no me env\u00eden publicidad por correo postal, ni el cat\u00e1logo ni los folletos. Los recibos s\u00ed los necesito.

Mi nombre es Graciela Ocampo, c\u00f3digo postal 50158.

Saludos.

Enviado desde mi iPhone""", [MO],
  "Spanish: no more advertising by post (catalog and flyers), bills still wanted: marketing opt-out",
  "marketing opt-out", subject="Publicidad por correo", lang="es",
  ent={"name": "Graciela Ocampo", "postal_code": "50158"})

H("data-access-request", "12-03 09:40", "cc", "proton", ("Elliot Marsh", "elliot.marsh@proton.me"),
  """Hello,

I'd like a copy of the personal information Alliant Energy and the PowerHouse Catalog hold about me: contact details, account and usage data, marketing preferences, and a list of any third parties (including other catalog companies) you have shared or sold my information to in the last two years.

Name: Elliot Marsh
Service address ZIP: 52302
Account: 5093 1127 48

Please tell me if you need anything else to verify my identity.

Elliot Marsh""", [Q],
  "access request including who the data was shared with: question only (asking about sharing is not refusing it)",
  "question", subject="Request for a copy of my personal information",
  ent={"name": "Elliot Marsh", "postal_code": "52302", "account": "5093 1127 48"})

H("caps-stop-selling", "12-03 10:15", "ph", "yahoo_web", ("Judy Pfannenstiel", "jpfannenstiel@yahoo.com"),
  """I HAVE RECEIVED THE POWERHOUSE CATALOG 4 TIMES SINCE HALLOWEEN PLUS 3 OTHER CATALOGS I NEVER ASKED FOR WHICH I AM SURE BOUGHT MY NAME FROM YOU.

STOP SENDING AND STOP SELLING MY NAME.

JUDY PFANNENSTIEL
ROUTE 2 BOX 118
NEW HAMPTON IA 50659""", [MO, SH], "all caps, catalog volume anger: stop sending and stop selling: both",
  "both opt-outs", subject="STOP", ent={"name": "JUDY PFANNENSTIEL", "postal_code": "50659"})

H("love-hate-reply", "12-03 11:45", "ph", "outlook_web", ("Mark Sundet", "marksundet@outlook.com"),
  """Love the catalog. Hate that you share it. Keep sending, stop sharing.
-Mark""", [SH],
  "reply to the Gift Guide: keep sending, stop sharing; the quoted footer's 'unsubscribe' is ours: sharing only",
  "sharing opt-out", reply="GG", ent={"name": "Mark"})

H("is-this-real-kit", "12-03 12:30", "cc", "gmail", ("Paula Drees", "pauladrees62@gmail.com"),
  """Is this really from Alliant? My sister in Dubuque got one too. When I clicked the link for the free kit it asked for my account number AND the last 4 of my social, which seemed like a lot for some door sweeps. I didn't finish it. Please let me know.

Paula Drees""", [Q],
  "forwards our weatherization promo asking whether it is genuine; forwarded footer's unsubscribe text is ours",
  "question", fwd="WX", ent={"name": "Paula Drees"})

H("same-for-other-address", "12-03 13:50", "ph", "aol_web", ("Diane Kessler", "dk1955@aol.com"),
  """I wrote you last week from my other email. Please do the same for this address too.

Diane""", [],
  "'do the same' for an earlier message whose content is not stated: unclear (reference to earlier mail)",
  "unclear", subject="one more", unclear=True, ent={"name": "Diane"})

H("assisted-living-move", "12-03 15:20", "ph", "aol_web", ("Eleanor Pietz", "eleanorpietz@aol.com"),
  """To the catalog people,

I am moving to Prairie View assisted living after New Year's. Please don't send any more catalogs, I won't have room for them and I'm giving most everything away anyway.

And please do not pass my new address along to any other companies when the post office forwards it. I've had enough of that.

Eleanor Pietz
Newton, IA 50208""", [MO, SH],
  "moving and decluttering: no more catalogs and do not pass the new address on: both; she gives no new address, so "
  "there is no change-of-address question", "both opt-outs", subject="Moving - no more catalogs",
  ent={"name": "Eleanor Pietz", "postal_code": "50208"})

H("widower-what-to-do", "12-03 22:40", "ph", "gmail", ("Lyle Bergstrom", "lylebergstrom@gmail.com"),
  """I got one of your holiday catalogs in the mail today with my name and my late wife Joyce's name on it. I have never shopped with PowerHouse, maybe she did, she did most of the Christmas shopping. She died in March.

I don't really know what I'm supposed to do with it. Do I need to do anything, or will it just stop on its own?""",
  [Q], "widower asks whether he needs to do anything; he does not ask to stop it: question, no opt-out inferred; "
       "no signature, display name only in From", "question", subject="catalog with my wife's name")

# ------------------------------------------------------------------ Saturday 4 December
H("es-ofertas-y-datos", "12-04 09:15", "cc", "yahoo_web", ("Norma Villalobos", "normavillalobos@yahoo.com"),
  """Hola buenas, ya no quiero recibir ofertas ni por correo ni por email, y por favor no den mi informaci\u00f3n a nadie, ni a otras compa\u00f1\u00edas.

Norma Villalobos
Cuenta: 3390 4418 26""", [MO, SH], "Spanish: no offers by post or e-mail and do not give my data to anyone: both",
  "both opt-outs", subject="Ofertas", lang="es",
  ent={"name": "Norma Villalobos", "account": "3390 4418 26"})

H("unsubscribe-subject-catalog", "12-04 15:00", "ph", "iphone", ("Jon Meyer", "jmeyer.dbq@gmail.com"),
  """Unsubscribe

Sent from my iPhone""", [MO],
  "one word with subject 'Catalog' sent to the catalog mailbox: the subject supplies the object: marketing opt-out",
  "marketing opt-out", subject="Catalog")

# ------------------------------------------------------------------ Sunday 5 December
H("mixed-share-cr", "12-05 10:10", "ph", "gmail", ("Ana Luc\u00eda Ferrer", "analucia.ferrer@gmail.com"),
  """Good morning, por favor remove my name de la lista que comparten con otras compa\u00f1\u00edas de cat\u00e1logos. I still want to get yours, it's just the other ones I don't want.

Thank you!
Ana Luc\u00eda Ferrer
Cedar Rapids 52404""", [SH],
  "code-switching: 'remove my name' is from the SHARED list, keeps the catalog: sharing only", "sharing opt-out",
  subject="Remove my name from shared list", lang="mixed",
  ent={"name": "Ana Luc\u00eda Ferrer", "postal_code": "52404"})

H("outage-newborn", "12-05 18:40", "cc", "iphone", ("Ashley Kramer", "ashkramer@icloud.com"),
  """Our power has been out since about 4 on Elm Ridge Rd outside Anamosa and it's already 58 in the house. We have a 3 week old. Is anyone actually coming tonight?? 11 PM tomorrow is not ok. Is there a warming center?

Ashley Kramer
319-555-0183

Sent from my iPhone""", [Q],
  "reply to the ice-storm outage alert (Reply-To customercare): urgent service question; phone is not an account",
  "question", reply=("OUT", dict(OUT_P, acct="4471")), ent={"name": "Ashley Kramer"})

H("stop-under-outage", "12-05 19:25", "cc", "gmail_android", ("Ron Buchholz", "ronbuchholz55@gmail.com"),
  """STOP""", [],
  "'STOP' under a service message (outage alert): not a marketing opt-out; unclear whether he means the alerts",
  "unclear", reply=("OUT", dict(OUT_P, acct="2290")), unclear=True)

H("outage-alerts-too-many", "12-05 21:05", "cc", "yahoo_ios", ("Peggy Schmitt", "peggyschmitt@aol.com"),
  """Please take me off these outage texts and emails. I've gotten five since 5 o'clock and I KNOW my power is out, I'm sitting here in the dark. I only want one when it comes back on if that's possible.

Sent from the all new AOL app for iOS""", [Q],
  "under the outage alert but with an explicit object: she wants fewer SERVICE alerts, not marketing: a preference "
  "change for a human (question), not marketing_opt_out and not unclear", "question",
  reply=("OUT", dict(OUT_P, acct="7731")))

# ------------------------------------------------------------------ Monday 6 December
H("no-power-heater-email", "12-06 07:00", "cc", "outlook_ios", ("Brad Heitkamp", "bradheitkamp@outlook.com"),
  """18 hours without power now. House is at 44 degrees, we're at my brother's with the dog. And on Wednesday you sent me an email trying to sell me a SPACE HEATER. Unbelievable timing.

Take me off your marketing emails. And somebody tell me when power will be back at 2870 Hwy 151, Cascade. Acct 9035 6612 40.

Get Outlook for iOS""", [MO, Q],
  "ice-storm anger: explicit marketing e-mail opt-out plus a restoration question; no name in the body",
  "opt-out + question", subject="No power 18 hours and you're selling me heaters",
  ent={"account": "9035 6612 40"})

H("es-cyber-ya-no", "12-06 08:30", "ph", "gmail_android", ("H\u00e9ctor Salgado", "hsalgado.mtown@gmail.com"),
  """Ya no quiero estos correos, gracias.""", [MO],
  "Spanish one-liner replying to the (English) Cyber Monday promo a week later: marketing opt-out",
  "marketing opt-out", reply="CM", lang="es")

H("three-preferences", "12-06 10:05", "ph", "apple_mail", ("Susan Drummond", "sdrummond@mac.com"),
  """Hello,

To be clear about what I want, since your emails have a footer about this:

- I DO want the paper catalog.
- I do NOT want the emails.
- I do NOT want my name given, rented or sold to anybody else.

Susan Drummond
Ripon WI 54971""", [MO, SH],
  "keep paper, stop e-mail, no sharing: e-mail marketing opt-out (channel recorded) + sharing opt-out",
  "both opt-outs", subject="My preferences", ent={"name": "Susan Drummond", "postal_code": "54971"})

H("contradicts-self", "12-06 11:30", "cc", "gmail", ("Pete Larkin", "petelarkin.wi@gmail.com"),
  """Take me off the catalog list please. Actually hold on, my wife says she likes the catalog and uses it for gifts. Never mind then? Or maybe just stop the emails, I don't know. I'll ask her tonight.

Pete""", [], "takes back his own request and ends undecided: self-contradicting -> unclear", "unclear",
  subject="catalog", unclear=True, ent={"name": "Pete"})

H("ack-reply-add-share", "12-06 15:00", "cc", "xfinity", ("Deb Harnish", "debharnish@comcast.net"),
  """Thanks. Also please do not share my name with other companies, I forgot to put that in my first email.

Deb Harnish""", [SH],
  "reply to our acknowledgement that adds a new, stated request: sharing opt-out (not a thanks-only reply)",
  "sharing opt-out",
  reply=("ACK", {"ref": "CC-2027-12-00141", "day": "December 3, 2027", "when": "2027-12-03 16:22:08"}),
  ent={"name": "Deb Harnish"})

H("es-gracias-ack", "12-06 16:45", "cc", "outlook_web", ("Maria Guadalupe Torres", "lupitatorres@hotmail.com"),
  """Muchas gracias por su ayuda.

Lupita""", [],
  "Spanish thank-you to our acknowledgement: nothing to do, no ack back", "human, no action", lang="es",
  ack=None, reply=("ACK", {"ref": "CC-2027-12-00188", "day": "December 6, 2027", "when": "2027-12-06 08:14:51"}))

# ------------------------------------------------------------------ Tuesday 7 December
H("vietnamese-share", "12-07 08:15", "ph", "gmail", ("Lan Nguyen", "lannguyen.cr@gmail.com"),
  """Hello,

I like your catalog, I buy the LED candle for my grandson last year. But after I buy I receive many catalog from other company, I think because my name go to them. Please no give my name to other company. I still want receive your catalog.

Thank you very much
Lan Nguyen
Cedar Rapids 52404""", [SH],
  "second-language grandparent: keep the catalog, do not give the name out", "sharing opt-out",
  subject="please no give my name", ent={"name": "Lan Nguyen", "postal_code": "52404"})

H("es-fondo-ayuda", "12-07 10:40", "cc", "gmail_android", ("Yesenia Ruiz", "yeseniaruiz.mtown@gmail.com"),
  """Hola, vi su correo del fondo Hometown Care. Yo no puedo donar pero s\u00ed necesito ayuda para pagar la calefacci\u00f3n, tengo dos ni\u00f1os y mi recibo de diciembre es de $311. \u00bfA qui\u00e9n le hablo o c\u00f3mo aplico?

Yesenia Ruiz
Marshalltown 50158""", [Q],
  "Spanish reply to the donation appeal asking for help paying her own bill: question", "question",
  reply="DN", lang="es", ent={"name": "Yesenia Ruiz", "postal_code": "50158"})

H("poa-mother", "12-07 13:05", "ph", "outlook_web", ("Gail Boone", "gailboone@outlook.com"),
  """Hello,

My mother, Joan Reiter, moved in with us in June and I have power of attorney and handle all of her mail and accounts. Her PowerHouse catalogs now come to our address along with a stack of others. Please remove her from your catalog mailing list.

Joan Reiter
c/o Gail Boone
2719 Forest Dr, Marion IA 52302

Thank you,
Gail Boone""", [MO],
  "on behalf of her mother but with stated power of attorney: standing is clear, so a marketing opt-out for the "
  "mother; entities name the mother", "marketing opt-out", subject="Catalogs for Joan Reiter",
  ent={"name": "Joan Reiter", "postal_code": "52302"})

# ------------------------------------------------------------------ Wednesday 8 December
H("delete-everything-moving", "12-08 07:50", "cc", "outlook_web", ("Greg Fahey", "gfahey@msn.com"),
  """I'm closing my account and moving to Texas at the end of the month. When I'm gone I want all of my information deleted from your systems, the marketing lists, the catalog list, everything. I don't want anything left behind.

Greg Fahey
Account 1107 4483 95""", [],
  "request to delete everything: unclear per LABELS.md (deletion is not for the bot); schema keeps labels empty "
  "when unclear; staff will also handle the account closing", "unclear", subject="Delete my information",
  unclear=True, ent={"name": "Greg Fahey", "account": "1107 4483 95"})

H("mixed-household-ottumwa", "12-08 10:45", "ph", "yahoo_web", ("Maribel Casta\u00f1eda", "maribelcastaneda@yahoo.com"),
  """Hello, mi esposo y yo ya no queremos el cat\u00e1logo, we don't use it. Please remove both of us:

Jorge y Maribel Casta\u00f1eda
618 Church St
Ottumwa IA 52501

Gracias""", [MO],
  "mixed Spanish/English; writes for 'my husband and I' as one household: joint marketing opt-out, joint name kept",
  "marketing opt-out", subject="Cat\u00e1logo / Catalog", lang="mixed",
  ent={"name": "Jorge y Maribel Casta\u00f1eda", "postal_code": "52501"})

H("points-at-footer", "12-08 16:20", "ph", "gmail_android", ("Kevin Ries", "kevinries.dbq@gmail.com"),
  """Do what it says at the bottom, don't share my name. Thanks""", [SH],
  "reply to the Gift Guide whose new text points at the footer and names the sharing: the label comes from his own "
  "sentence, not from the quoted 'unsubscribe'", "sharing opt-out", reply="GG")

# ------------------------------------------------------------------ Thursday 9 December
H("es-storm-billing", "12-09 08:20", "cc", "gmail", ("Rogelio Ben\u00edtez", "rogelio.benitez.ia@gmail.com"),
  """Buenos d\u00edas. Estuvimos sin luz dos d\u00edas por la tormenta. \u00bfMe van a cobrar esos d\u00edas en el recibo? Y el refrigerador se descompuso cuando regres\u00f3 la luz, \u00bfustedes pagan eso?

Rogelio Ben\u00edtez
Cuenta 6650 1938 27""", [Q],
  "Spanish reply to the Spanish outage alert: billing and damage claim questions", "question",
  reply=("OUTES", dict(acct="2719", n="3,214", eta="lunes 6 de diciembre, 11:00 PM")), lang="es",
  ent={"name": "Rogelio Ben\u00edtez", "account": "6650 1938 27"})

H("third-time-writing", "12-09 09:10", "ph", "gmail", ("Sandy Krapfl", "sandykrapfl@gmail.com"),
  """Third time I'm writing about this. STOP SENDING CATALOGS TO 1211 W 5TH ST, MANCHESTER IA 52057. It's not that hard.

S. Krapfl""", [MO],
  "frustrated repeat request; the object is stated, so not a bare reference to earlier mail; no explicit question",
  "marketing opt-out", subject="CATALOGS", ent={"name": "S. Krapfl", "postal_code": "52057"})

H("donor-names-shared", "12-09 13:15", "cc", "apple_mail", ("Peg Wilkening", "pegwilkening@icloud.com"),
  """I'd like to give something, but the last time I gave to a utility fund through my bill, my name ended up on every charity list in the state. Do you share or sell donor names? If I give online will my name go anywhere besides you?

Peg Wilkening""", [Q],
  "reply to the donation appeal asking whether donor names are shared: a question about sharing, not a refusal",
  "question", reply="DN", ent={"name": "Peg Wilkening"})

H("remove-under-spanish-promo", "12-09 15:40", "cc", "yahoo_web", ("Ramon Duarte", "ramonduarte@yahoo.com"),
  """remove""", [MO],
  "one English word under the Spanish weatherization promo: 'remove' under a promotion is a marketing opt-out",
  "marketing opt-out", reply="WXES")

# ------------------------------------------------------------------ Friday 10 December
H("ninety-one-eyes", "12-10 08:05", "ph", "gmail", ("Evelyn Tiedt", "evelyntiedt.1936@gmail.com"),
  """Dear Sirs,

I am 91 years old and my granddaughter set up this email for me so I could write you. Please do not send me any more catalogs. My eyes are too bad to read them now and it makes me sad to throw them out.

Evelyn Tiedt
Waverly, Iowa 50677""", [MO], "older customer, plain catalog stop written with a granddaughter's help",
  "marketing opt-out", subject="No more catalogs please",
  ent={"name": "Evelyn Tiedt", "postal_code": "50677"})

# ------------------------------------------------------------------ one message to both mailboxes (two copies)
_GUST = """Hello,

I'm sending this to both addresses on your privacy page because I'm not sure which one handles what.

1) Please stop all promotional mail and email from Alliant Energy and the PowerHouse Catalog.
2) Do not share, rent or sell my name and address to anyone.

Anne Marie Gustafson
305 4th Ave SW
Oelwein IA 50662"""
for _box in ("cc", "ph"):
    H("both-mailboxes-%s" % _box, "12-07 16:50", _box, "zimbra", ("Anne Marie Gustafson", "amgustafson@charter.net"),
      _GUST, [MO, SH],
      "same message addressed To customercare and Cc powerhousecatalog: one copy lands in each mailbox with the same "
      "Message-ID; both copies carry both opt-outs (de-duplication is the bot's job)", "both opt-outs",
      subject="Privacy request - Anne Marie Gustafson", to=[(None, "customercare@alliant-energy.com")],
      cc=[(None, "powerhousecatalog@alliant-energy.com")], seed_key="both-mailboxes",
      ent={"name": "Anne Marie Gustafson", "postal_code": "50662"})

# ------------------------------------------------------------------ buttons: mail-client List-Unsubscribe
H("btn-gmail-cyber", "11-29 07:38", "ph", "gmail_unsub", ("Mike Ostrander", "mike.ostrander1968@gmail.com"),
  "This message was automatically generated by Gmail.", [MO],
  "Gmail's Unsubscribe button on the Cyber Monday e-mail sent our List-Unsubscribe mailto: a person pressed it; no "
  "Auto-Submitted, so ack to the sender", "button unsubscribe", subject="unsubscribe PH-2711-CM",
  to=[(None, "powerhousecatalog@alliant-energy.com")])

H("btn-ios-cyber", "11-29 15:40", "ph", "iphone_unsub", (None, "kellyjo.brandt@icloud.com"),
  "", [MO],
  "iOS Mail unsubscribe banner: empty body, subject from our mailto: marketing opt-out", "button unsubscribe",
  subject="unsubscribe PH-2711-CM", to=[(None, "powerhousecatalog@alliant-energy.com")])

H("btn-outlook-gg", "11-30 10:33", "ph", "outlook_unsub", ("Dana Whitford", "dwhitford@outlook.com"),
  "", [MO],
  "Outlook.com Unsubscribe on the Gift Guide: empty body; an unsubscribe from a catalog e-mail is a marketing "
  "opt-out, never a sharing opt-out", "button unsubscribe", subject="unsubscribe PH-2711-GG",
  to=[(None, "powerhousecatalog@alliant-energy.com")])

H("btn-yahoo-wx", "12-01 08:05", "cc", "yahoo_unsub", ("Lorraine Haack", "lhaack@yahoo.com"),
  "Please remove me from Alliant Energy marketing e-mail.", [MO],
  "Yahoo unsubscribe on the weatherization promo; the body text is the body= of our own mailto, still a person's "
  "button press", "button unsubscribe", subject="unsubscribe AE-NL-2712-WR",
  to=[(None, "customercare@alliant-energy.com")])

H("btn-gmail-gg", "12-03 09:05", "ph", "gmail_unsub", (None, "twinsmom2014@gmail.com"),
  "This message was automatically generated by Gmail.", [MO],
  "Gmail unsubscribe on the Gift Guide, no display name", "button unsubscribe", subject="unsubscribe PH-2711-GG",
  to=[(None, "powerhousecatalog@alliant-energy.com")])

H("btn-outlook-cyber", "12-06 07:45", "ph", "outlook_unsub", ("Rob Kluesner", "robkluesner@live.com"),
  "", [MO], "Outlook unsubscribe on the Cyber Monday e-mail a week later", "button unsubscribe",
  subject="unsubscribe PH-2711-CM", to=[(None, "powerhousecatalog@alliant-energy.com")])
