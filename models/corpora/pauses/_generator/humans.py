# -*- coding: utf-8 -*-
"""The people of the `pauses` set: March-April 2027, seen through life events (snowbirds, deployments,
travel nurses, cabins, rehab, deaths, executors, moves abroad and into assisted living, divorces, babies)."""
from lib import t

MKT, SHARE, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
AUTO = "auto"   # ack_to = Reply-To or From


def quote(key, **kw):
    d = dict(key=key)
    d.update(kw)
    return d


HUMANS = [
    # ------------------------------------------------------------------------------------ snowbirds
    dict(key="snowbird-mesa-pause-promo-emails", category="marketing opt-out (time-limited)", answers="P1",
         mailbox="customercare", sent=t(2027, 3, 2, 10, 41, 7, "-0700"), client="gmail",
         frm=("Dale Hoversten", "dhoversten52@gmail.com"),
         subject="Re: Spring savings: up to $500 back on a heat pump water heater", quote=quote("P1"),
         text="""Hi there,

Judy and I are down in Mesa until the first week of May like every year. Could you hold off on the promotional emails until we're home? Doesn't make a lot of sense reading about water heaters from a park model lol. We'll let you know when we're back if we want them again.

Thanks,
Dale Hoversten
Cedar Rapids IA 52402""",
         labels=[MKT], unclear=False, entities={"name": "Dale Hoversten", "postal_code": "52402"},
         note="time-limited stop ('until we're home') is still a marketing opt-out; 'we'll let you know' needs no answer"),
    dict(key="snowbird-bev-catalog-till-april", category="marketing opt-out (time-limited)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 6, 14, 22, 51, "-0500"), client="iphone", provider="icloud",
         frm=("Beverly Tjaden", "bevtjaden@icloud.com"), subject="catalog",
         text="""Please stop the catalog until I'm back in April. My neighbor is getting my mail and its piling up on her kitchen table. Thank you
Bev""",
         labels=[MKT], unclear=False, entities={"name": "Bev"},
         note="catalog stop until April: time-limited marketing opt-out; first name alone in the signature is the name entity (LABELS.md)"),
    dict(key="snowbird-naples-bills-south", category="opt-out + question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 3, 19, 5, 33, "-0500"), client="outlook_com",
         frm=("Gary & Lois Pfohl", "gpfohl@hotmail.com"), subject="Seasonal address / mailings",
         text="""Good evening,

We are at our winter place in Naples again until about April 25. Two things:

1) Please do not send the advertising mail or the PowerHouse catalog to the Dubuque house while we're gone, there's no one there to get it and a full mailbox just tells everyone the house is empty.
2) Last winter someone set it up so our paper bill came down here to Florida. That didn't happen this year. Can you do that again for March and April? Same condo as last year, Unit 4B.

Account number 4102 8836 21

Gary Pfohl
Dubuque, IA 52001""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Gary Pfohl", "postal_code": "52001", "account": "4102 8836 21"},
         note="stop promo mail while away (time-limited opt-out) plus a seasonal billing-address change that needs staff"),
    dict(key="snowbird-yuma-ok-reply-to-ack", category="human, no action (reply to our ack)", answers="ACK",
         mailbox="customercare", sent=t(2027, 3, 17, 10, 22, 40, "-0700"), client="yahoo",
         frm=("Shirley Boeckman", "shirleyboeckman@yahoo.com"),
         subject="Re: We received your request [CC-2027-03-01244]",
         quote=quote("ACK", ref="CC-2027-03-01244", date=t(2027, 3, 16, 15, 2, 18, "-0500")),
         text="""ok got it. no hurry, we're in Yuma till May anyway.
Shirley""",
         labels=[], unclear=False, entities={"name": "Shirley"}, ack=None,
         note="reply to our acknowledgement that asks for nothing: human, no labels, no acknowledgement (LABELS.md)"),
    dict(key="snowbird-still-getting-catalogs", category="opt-out + question (complaint)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 26, 14, 14, 2, "-0400"), client="wlm",
         provider="isp:smtp.netins.net:167.142.225.5:-",
         frm=("Lorraine Hefty", "lhefty@netins.net"), subject="Still getting catalogs!!",
         text="""I called in January before we left for Florida and asked that the catalogs be stopped until we get back in May. My neighbor says there are three of them in our mailbox at home now. Why is this still happening? It\u2019s a waste of paper and money.

Please STOP the catalog. We will be home May 10 and I\u2019ll call if we want it again.

Lorraine Hefty
Sigourney, Ia. 52591
Customer # 0049 1172 3""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Lorraine Hefty", "postal_code": "52591", "account": "0049 1172 3"},
         note="renewed time-limited stop plus a complaint ('why is this still happening?') that needs an answer; windows-1252 QP"),
    dict(key="snowbird-vacation-hold-how", category="question (how to pause)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 5, 16, 50, 19, "-0700"), client="gmail",
         frm=("Gail Ostrander", "gailostrander@gmail.com"), subject="Is there a vacation hold for the catalog?",
         text="""Hi,

Is there a way to put a vacation hold on the catalog like the post office does? We go to Arizona every winter and the catalogs end up in a pile at our son's house. I still want them the rest of the year. How would that work and how far ahead do I need to tell you?

Thanks
Gail Ostrander""",
         labels=[Q], unclear=False, entities={"name": "Gail Ostrander"},
         note="asks how a seasonal pause would work, never asks for one now: question only (LABELS.md, question about how to opt out)"),
    dict(key="snowbird-not-while-arizona", category="marketing opt-out (short reply, time-limited)", answers="C1",
         mailbox="powerhousecatalog", sent=t(2027, 3, 10, 7, 40, 12, "-0700"), client="outlook_m365",
         frm=("Dennis Grothe", "dennis@grothefamily.net"),
         subject="RE: The PowerHouse Spring Catalog is here: garden, grill & smart plugs", quote=quote("C1"),
         text="""Not while we're in Arizona please. We're back May 3.

Dennis""",
         labels=[MKT], unclear=False, entities={"name": "Dennis"},
         note="short reply takes its meaning from the catalog promo it answers: stop until May 3; the sharing sentence is only in our quoted footer"),
    dict(key="snowbird-back-from-texas-restart", category="question (opt back in)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 21, 10, 5, 44, "-0500"), client="gmail",
         frm=("Harlan Dykstra", "harlandykstra@gmail.com"), subject="We're back - catalog",
         text="""Hello, we are back from Texas for the summer. In January I had you stop the catalog while we were gone. You can go ahead and start sending it again to the Fairmont address. Thanks!

Harlan & Joyce Dykstra
Fairmont MN 56031""",
         labels=[Q], unclear=False, entities={"name": "Harlan & Joyce Dykstra", "postal_code": "56031"},
         note="opting back in after a winter pause is a question; the January stop it mentions is not a new opt-out"),
    dict(key="snowbird-home-change-address-back", category="question (change of address)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 27, 17, 48, 3, "-0500"), client="yahoo_ios",
         frm=("Connie Weidemann", "connieweidemann@yahoo.com"), subject="Address back to Iowa",
         text="""Hi we're home from Florida. Please send the catalog back to our Iowa address 2860 Asbury Rd Dubuque 52002 not the Fort Myers one. Customer # 1183392
Connie Weidemann""",
         labels=[Q], unclear=False,
         entities={"name": "Connie Weidemann", "postal_code": "52002", "account": "1183392"},
         note="end of season: wants the catalog at home again; a change of address is a question, nothing is stopped"),
    dict(key="snowbird-fwd-own-february-request", category="opt-out + question (forward of own mail)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 11, 10, 5, 27, "-0600"), client="outlook_com",
         frm=("Kurt Nemmers", "kurtnemmers@hotmail.com"), subject="FW: catalog stop until May",
         text="""Sending this again. I wrote you on Feb 3 (below) and the Spring catalog still showed up at the house, my brother-in-law checks on it. Can someone confirm this is taken care of?

Kurt Nemmers""",
         fwd_block="""________________________________
From: Kurt Nemmers <kurtnemmers@hotmail.com>
Sent: Wednesday, February 3, 2027 7:12 PM
To: powerhousecatalog@alliant-energy.com <powerhousecatalog@alliant-energy.com>
Subject: catalog stop until May

Hello, we will be in Gulf Shores AL from Feb 10 until May 1. Please stop the catalog until then. Customer # PH-4827731, Kurt Nemmers, 1650 Hale St, Dubuque 52001. Thank you.""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Kurt Nemmers", "postal_code": "52001", "account": "PH-4827731"},
         note="forwards his OWN earlier stop request, which counts as his words; 'can someone confirm' needs an answer"),
    dict(key="snowbird-neighbor-collecting-mail", category="unclear (on behalf, no standing)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 19, 11, 45, 36, "-0500"), client="gmail",
         frm=("Sharon Vaske", "sharonvaske@gmail.com"), subject="Catalogs for my neighbors",
         text="""Hello, I'm getting the mail for my neighbors Bill and Jean Paulsen while they're in Florida (till end of April) and your catalogs are stuffing their mailbox. Could you stop them until they get back? Their address is 915 N Washington St, Manchester 52057.

Thanks so much,
Sharon""",
         labels=[], unclear=True, entities={"name": "Bill and Jean Paulsen", "postal_code": "52057"},
         note="a neighbor asks for someone else's catalog to stop: on behalf without standing is unclear; entities name the Paulsens"),
    dict(key="snowbird-keep-catalog-no-share", category="catalog-sharing opt-out (keep catalog)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 14, 13, 0, 48, "-0700"), client="aol",
         frm=("Norma Jean Wiebke", "njwiebke@aol.com"), subject="Please keep me on, but...",
         text="""I forward my mail to Apache Junction every winter and your catalog always finds me, I do enjoy reading it. Keep it coming.

But I noticed since last year I get catalogs from places I never heard of at my winter address too, so please DO NOT give out my name or my address to anybody.

Norma Jean Wiebke
Waukon Iowa 52172""",
         labels=[SHARE], unclear=False, entities={"name": "Norma Jean Wiebke", "postal_code": "52172"},
         note="keeps the catalog, refuses sharing: catalog_share_opt_out only"),
    dict(key="snowbird-thanks-hold-worked", category="human, no action (thank-you)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 29, 9, 30, 11, "-0500"), client="gmail",
         frm=("Bonnie Lage", "bonnielage@gmail.com"), subject="Thank you",
         text="""Just wanted to say thank you for holding the catalogs while we were in Texas this winter, it worked perfectly and nothing piled up. You folks are great.

Bonnie Lage""",
         labels=[], unclear=False, entities={"name": "Bonnie Lage"}, ack=None,
         note="thank-you for a past pause, asks for nothing (not even a restart): no labels, no acknowledgement"),
    dict(key="es-snowbird-michoacan", category="marketing opt-out (time-limited)", answers="-", lang="es",
         mailbox="customercare", sent=t(2027, 3, 7, 19, 35, 0, "-0600"), client="outlook_com",
         frm=("Alfredo Zamora", "alfredo.zamora61@hotmail.com"), subject="Promociones",
         text="""Buenas noches,

Mi esposa y yo estamos en Michoacán con la familia hasta mediados de mayo. Por favor no nos manden promociones por ahora, ni correos electrónicos ni cosas por correo a la casa. Cuando regresemos les aviso.

Gracias,
Alfredo Zamora
Marshalltown, Iowa 50158""",
         labels=[MKT], unclear=False, entities={"name": "Alfredo Zamora", "postal_code": "50158"},
         note="Spanish: 'no promotions for now' until mid-May, both channels: time-limited marketing opt-out"),
    dict(key="snowbird-both-plus-confirm-letter", category="both opt-outs + question", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 26, 15, 30, 58, "-0500"), client="wlm",
         provider="isp:smtp.windstream.net:162.39.146.18:-",
         frm=("Eleanor Schmitt", "eschmitt@windstream.net"), subject="Catalog mailing list",
         text="""To: PowerHouse Catalog

I returned from my daughter\u2019s home in Tucson on April 20 and found your spring catalog and several other catalogs waiting. I wish to be removed from your catalog mailing list permanently. I also request that my name and address not be sold, rented or exchanged to any other company.

Please confirm in writing, by mail, that this has been done, and tell me which companies my name has been given to in the past year.

Sincerely,
Eleanor Schmitt
816 Kennedy Dr.
Mason City, IA 50401
Customer #: 27-0093318""",
         labels=[MKT, SHARE, Q], unclear=False,
         entities={"name": "Eleanor Schmitt", "postal_code": "50401", "account": "27-0093318"},
         note="letter-style: permanent catalog stop, no sharing, and a written confirmation plus 'which companies' that a person must answer"),

    # -------------------------------------------------------------------------------- service members
    dict(key="deploying-stop-marketing-add-wife", category="opt-out + question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 8, 21, 12, 45, "-0600"), client="outlook_com",
         frm=("Tyler Manske", "tyler.manske@outlook.com"), subject="Deployment - account changes",
         text="""Hello,

I'm in the Iowa National Guard and my unit deploys the second week of April for about 10 months. The account at 1908 Locust St in Marshalltown is in my name (acct 7719304452).

- Please stop all marketing emails and mailers to me. I won't be reading any of it and I don't want my wife buried in it either.
- I need to add my wife Brittany as an authorized user so she can talk to you about the bill while I'm gone. What do you need from me for that? I can sign something before I leave but I'd need it by April 5.

Thank you,
SGT Tyler Manske
(641) 555-0143""",
         labels=[MKT, Q], unclear=False, entities={"name": "Tyler Manske", "account": "7719304452"},
         note="account holder deploying: stops marketing for himself and asks how to add an authorized user; rank dropped from the name"),
    dict(key="deployed-spouse-no-standing", category="unclear (on behalf, no standing)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 19, 8, 3, 29, "-0500"), client="gmail_android",
         frm=("Kelsey Lindgren", "kelsey.lindgren22@gmail.com"), subject="catalogs for my husband",
         text="""hi my husband Aaron Lindgren is deployed right now and theres a PowerHouse catalog coming addressed to him every few weeks. the account is in his name not mine. can you take him off for now? he's not going to see them until next year anyway
thanks Kelsey""",
         labels=[], unclear=True, entities={"name": "Aaron Lindgren"},
         note="spouse asks to remove the deployed husband, says herself the account is his: no clear standing, unclear; entity is the husband"),
    dict(key="deployed-kuwait-do-not-sell", category="catalog-sharing opt-out", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 4, 6, 10, 14, "+0300"), client="outlook_com",
         frm=("Brandon Sievers", "b.sievers@outlook.com"), subject="Do not sell my name",
         text="""PowerHouse Catalog,

I'm deployed overseas until early 2028 and my mail is being held and forwarded through my parents in Platteville. I keep getting mail from companies I've never heard of that clearly bought a list somewhere. Please do not sell or share my name and address with other companies.

Thanks,
Brandon Sievers
Platteville, WI 53818""",
         labels=[SHARE], unclear=False, entities={"name": "Brandon Sievers", "postal_code": "53818"},
         note="service member writes for himself from overseas (+0300 Date): plain sharing opt-out, catalog not stopped"),
    dict(key="pcs-orders-stop-service-no-promo-forward", category="opt-out + question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 28, 20, 45, 9, "-0500"), client="gmail",
         frm=("Jordan Kleinschmidt", "jkleinschmidt.usaf@gmail.com"), subject="PCS move - stop service 4/20",
         text="""Hello,

I got PCS orders and we are moving from Iowa to Joint Base Lewis-McChord. Please stop service at 2712 Boyson Rd, Hiawatha IA 52233 on April 20 (account 8812-4409-37) and mail the final bill to our new address, which I'll send once we have it. If you need it before then, use my parents' address: 1406 Park Ave, Mason City IA 50401.

Also please don't put the PowerHouse catalog or any promo mail on our forwarding. We are trying to get as little mail forwarded as possible.

Thanks,
Jordan Kleinschmidt""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Jordan Kleinschmidt", "postal_code": "52233", "account": "8812-4409-37"},
         note="stop-service date and final-bill address need staff; no catalog/promo mail to the forwarding address is a marketing opt-out; two ZIPs, the service address is his"),
    dict(key="es-son-in-army-no-standing", category="unclear (on behalf, no standing)", answers="-", lang="es",
         mailbox="powerhousecatalog", sent=t(2027, 3, 20, 12, 40, 2, "-0500"), client="yahoo",
         frm=("Gloria Benítez", "gbenitez52@yahoo.com"), subject="Catálogo para mi hijo",
         text="""Hola, mi hijo Daniel Benítez se fue al ejército el año pasado y ya no vive aquí, pero siguen llegando catálogos a su nombre a mi casa. Quiten su nombre por favor.

Gloria""",
         labels=[], unclear=True, entities={"name": "Daniel Benítez"},
         note="Spanish: mother asks to remove her adult son who enlisted; on behalf without standing is unclear"),

    # --------------------------------------------------------------------------------- travel nurses
    dict(key="travel-nurse-no-promotions-for-now", category="marketing opt-out (time-limited)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 11, 22, 47, 30, "-0700"), client="gmail_android",
         frm=("Kayla Rausch", "kaylarauschrn@gmail.com"), subject="no promotions for now please",
         text="""Hi! Im a travel nurse and Im on a 13 week contract in Tucson through mid June. My apartment back home is sublet. No promotions for now please, not email or mail. I'll reach out when I'm home if I want them back.

Kayla
sent between 12s lol""",
         labels=[MKT], unclear=False, entities={"name": "Kayla"},
         note="'no promotions for now' through June: time-limited marketing opt-out, both channels"),
    dict(key="travel-nurse-keep-catalog-at-moms", category="catalog-sharing opt-out (keep catalog)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 2, 6, 58, 17, "-0400"), client="gmail",
         frm=("Jenna Schwab", "jschwab.rn@gmail.com"), subject="Don't share my name please",
         text="""Hello PowerHouse,

I'm a traveling nurse so I move every few months, right now I'm in Boston. I have all my mail go to my mom's house in Waverly and she brings the catalog to me when she visits, I like it so please keep sending it there.

What I don't want is my name going out to other catalog companies. Since I started traveling I get stuff from companies I've never heard of at every temporary address and I'm trying to cut that down. Please don't share or rent my name and address.

Jenna Schwab
c/o 210 4th St SW, Waverly IA 50677""",
         labels=[SHARE], unclear=False, entities={"name": "Jenna Schwab", "postal_code": "50677"},
         note="keep the catalog at the c/o address, no renting/sharing: catalog_share_opt_out only"),
    dict(key="travel-contract-reply-ack-does-it-cover-paper", category="question (reply to our ack)", answers="ACK",
         mailbox="customercare", sent=t(2027, 3, 22, 8, 48, 55, "-0500"), client="gmail",
         frm=("Todd Bernhard", "toddbernhard@gmail.com"),
         subject="Re: We received your request [CC-2027-03-01390]",
         quote=quote("ACK", ref="CC-2027-03-01390", date=t(2027, 3, 21, 19, 33, 5, "-0500")),
         text="""Thanks. Quick question, does this cover the paper catalog and the postcards too or only the emails? I asked for no marketing at all while I'm on my contract job in Texas.

Todd""",
         labels=[Q], unclear=False, entities={"name": "Todd"},
         note="reply to our ack that asks something is normal human mail: question; the earlier request it mentions is not a new opt-out"),

    # --------------------------------------------------------------------------------- second homes
    dict(key="cabin-okoboji-no-promo-mail-there", category="marketing opt-out (address-limited)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 16, 11, 30, 4, "-0500"), client="apple_mail", provider="icloud",
         frm=("Richard Oyen", "rickoyen@me.com"), subject="Mail to our lake place",
         text="""To whom it may concern,

We have a second account for our cabin on West Lake Okoboji (acct 3381 0042 97). We are only up there from Memorial Day to Labor Day. All winter the promotional mailers and catalogs pile up in the box out at the road. Please stop sending promotional mail to the cabin address. Mail to our home in Fort Dodge is fine, keep that as is.

Rick Oyen
Okoboji, IA 51355""",
         labels=[MKT], unclear=False,
         entities={"name": "Rick Oyen", "postal_code": "51355", "account": "3381 0042 97"},
         note="stop limited to the cabin address, home mail kept: still marketing_opt_out (channel/address limits are kept in the record)"),
    dict(key="cabin-green-lake-gas-on-and-no-flyers", category="opt-out + question (reply to service notice)", answers="S1",
         mailbox="customercare", sent=t(2027, 4, 3, 9, 12, 26, "-0500"), client="yahoo",
         frm=("Linda Wollersheim", "lwollersheim@yahoo.com"),
         subject="Re: Heading back to your seasonal home? Schedule your gas turn-on", quote=quote("S1"),
         text="""Hi, yes we need the gas turned on at the cottage, N4620 Lakeshore Dr, Green Lake WI 54941. We'll be up Friday May 14, can someone come that morning? Either of us can be there.

Also while I have you, we get the sale flyers and catalogs at the cottage address all winter long and they just get soaked in the box. Please stop the promotional stuff going there. Bills can keep going to our Madison address like they do now.

Linda Wollersheim
608-555-0177""",
         labels=[MKT, Q], unclear=False, entities={"name": "Linda Wollersheim", "postal_code": "54941"},
         note="answers the seasonal service notice with a scheduling request (question) and stops promo mail to the cottage (address-limited opt-out)"),
    dict(key="cabin-conditional-if-marketing", category="unclear (conditional, under service notice)", answers="S1",
         mailbox="customercare", sent=t(2027, 4, 2, 8, 15, 52, "-0500"), client="outlook16",
         provider="isp:p3plsmtpa07-04.prod.phx3.secureserver.net:68.178.252.%d:-",
         frm=("Jerry Halverson", "jerry@halversonmarine.com"),
         subject="RE: Heading back to your seasonal home? Schedule your gas turn-on", quote=quote("S1"),
         text="""If this is marketing, unsubscribe me. If it's about my account I already called and scheduled for May.

Jerry""",
         labels=[], unclear=True, entities={"name": "Jerry"},
         note="conditional wish ('if this is marketing') under a service message: unclear per brief and LABELS.md short-reply rule"),
    dict(key="golf-course-seasonal-rate", category="question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 17, 14, 2, 38, "-0500"), client="outlook16",
         provider="isp:smtp.hickorytech.net:216.114.%d.20:-",
         frm=("Mike Terhune", "mike@prairieviewgolf.com"), subject="Seasonal service question - irrigation pump",
         text="""Hi,

We're a seasonal golf course (open April-October) and we shut the irrigation pump house service down every winter. Is there a seasonal or reconnect rate so we don't pay the full customer charge November through March? If so, how do we get on it before this fall? Our account is 330-118-0042.

Mike Terhune, Superintendent
Prairie View Golf Club
2200 Country Club Dr, Albert Lea MN 56007""",
         labels=[Q], unclear=False,
         entities={"name": "Mike Terhune", "postal_code": "56007", "account": "330-118-0042"},
         note="seasonal business asks about a rate: question only; ZIP from the business signature counts"),
    dict(key="campground-closed-pause-promos", category="marketing opt-out (time-limited, business)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 3, 9, 25, 16, "-0600"), client="outlook_m365",
         frm=("Office - Pine Bluff Campground", "office@pinebluffcamping.com"),
         subject="Promotional mail - campground closed until May 1",
         text="""Hello,

Pine Bluff Campground is closed for the season until May 1 and nobody is in the office to get the mail. Please pause the promotional mailings and emails to the campground account until then (acct no. 9001 5528 14). Bills should still come as normal, those go to the owners' home address.

Thank you,
Deb
Pine Bluff Campground
W1144 Pine Bluff Rd, Baraboo, WI 53913""",
         labels=[MKT], unclear=False,
         entities={"name": "Deb", "postal_code": "53913", "account": "9001 5528 14"},
         note="seasonal business pauses promotions until May 1, bills kept: time-limited marketing opt-out; role From address, no Reply-To, ack to From"),

    # --------------------------------------------------------------------------------- hospital / rehab
    dict(key="rehab-walt-dictated-to-daughter", category="marketing opt-out (time-limited, dictated)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 19, 19, 40, 31, "-0500"), client="gmail",
         frm=("Karen Brekke-Alm", "karenbalm@gmail.com"), subject="For my dad Walt Brekke - hold the catalogs",
         text="""This is Walt Brekke, my daughter Karen is typing this for me because I don't do the email.

I had my hip replaced and I'm at Heritage Manor for rehab, the social worker says 3 or 4 more weeks. Please stop sending the catalog and all the advertising until I'm home. It's all piling up and Karen has to sort it. My customer number off the back is 00-4418-207.

Thank you,
Walt Brekke
Decorah 52101""",
         labels=[MKT], unclear=False,
         entities={"name": "Walt Brekke", "postal_code": "52101", "account": "00-4418-207"},
         note="subject looks like on-behalf, but the customer himself dictates: standing is clear; ack to the daughter's From (no Reply-To)"),
    dict(key="hospital-daughter-junk-mail", category="unclear (on behalf, no standing)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 24, 7, 15, 50, "-0500"), client="iphone", provider="gmail",
         frm=("Jill Tschirmer", "jilltschirmer@gmail.com"), subject="My father",
         text="""My dad Leonard Tschirmer has been in the hospital at St Luke's since Feb, and will probably go to a nursing home after. His mailbox is stuffed full of junk mail, can you please stop sending him stuff. His house is at 2214 Oakland Rd NE Cedar Rapids 52404""",
         labels=[], unclear=True, entities={"name": "Leonard Tschirmer", "postal_code": "52404"},
         note="daughter writes for a hospitalised father with no stated authority, and 'stuff' could include bills: unclear"),
    dict(key="rehab-share-whatever-stop-catalog", category="marketing opt-out (share whatever)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 1, 15, 45, 21, "-0500"), client="ipad", provider="icloud",
         frm=("Gene Fangman", "genefangman@me.com"), subject="stop the catalog",
         text="""I'm in rehab at Sunnybrook after a fall and will be here a while. Stop the catalog please, my wife can't keep up with the mail. I don't care who you share my name with, just stop sending the catalog.

Gene Fangman
Independence IA 50644""",
         labels=[MKT], unclear=False, entities={"name": "Gene Fangman", "postal_code": "50644"},
         note="'share whatever, just stop the catalog' is marketing_opt_out only (LABELS.md channel limits)"),
    dict(key="hospital-phone-only-unsubscribe", category="marketing opt-out (time-limited)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 11, 11, 11, 43, "-0500"), client="samsung",
         frm=("Janet Pint", "janetpint@gmail.com"), subject="Unsubscribe for now",
         text="""I'm in the hospital for a while and only have my phone. Please unsubscribe me from the marketing emails for now, I can't keep up with them. Thanks, Janet Pint""",
         labels=[MKT], unclear=False, entities={"name": "Janet Pint"},
         note="'for now' is a time-limited e-mail marketing opt-out; Samsung Email base64 parts"),
    dict(key="caregiver-pause-emails-restart-q", category="opt-out + question (time-limited)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 15, 7, 55, 2, "-0500"), client="outlook_com",
         frm=("Sandra Mulder", "sandymulder@outlook.com"), subject="Pause emails",
         text="""Hello, please pause the e-mails for a few months, I'm caring for my mom after her surgery and can't keep up with my inbox. Will they start again on their own or do I need to contact you when I want them back?

Sandy Mulder""",
         labels=[MKT, Q], unclear=False, entities={"name": "Sandy Mulder"},
         note="pause for a few months (opt-out) plus a real question about how the restart works: both labels"),

    # ---------------------------------------------------------------------------------- deaths, estates
    dict(key="widow-account-now-mine-stop-and-no-share", category="both opt-outs (surviving spouse, account holder)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 10, 13, 5, 9, "-0600"), client="aol",
         frm=("Marlene Oberbroeckling", "moberbroeckling@aol.com"), subject="catalog addressed to my late husband",
         text="""Dear PowerHouse,

My husband Gerald passed away on February 2. The electric account has already been changed over into my name, the lady on the phone did that for me last week.

The catalogs still come addressed to him and it is hard to see his name on them. Please stop sending the catalog, I don't need it anymore. And please do not give my name or his name to any other companies. We have been getting so much mail since the funeral.

Thank you for your kindness.
Marlene Oberbroeckling
1106 E Main St
Manchester IA 52057""",
         labels=[MKT, SHARE], unclear=False, entities={"name": "Marlene Oberbroeckling", "postal_code": "52057"},
         note="surviving spouse now holds the account, so she has standing for the household: both opt-outs, nothing left to answer"),
    dict(key="widower-joint-account-remove-name", category="opt-out + question (joint account holder)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 7, 16, 44, 20, "-0500"), client="zimbra",
         frm=("Don Feuerbach", "dfeuerbach@comcast.net"), subject="Remove wife's name from account",
         text="""My wife Carol died on March 18th. Our account has always been in both our names. I need her name taken off so it's just in mine, Donald R Feuerbach. What paperwork do you need, a death certificate?

Also stop the promotional emails and the sale mailers please. I am not going to be buying water heaters, I just want the bill.

Account 2290-115-368
Don Feuerbach
Sun Prairie WI 53590""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Don Feuerbach", "postal_code": "53590", "account": "2290-115-368"},
         note="joint account holder: name change needs staff (question) and his own promo stop is clear"),
    dict(key="son-deceased-mother-catalog", category="unclear (deceased parent, no standing)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 29, 20, 20, 37, "-0500"), client="outlook_com",
         frm=("Mark Heisler", "markheisler@live.com"), subject="Please stop catalog - Ruth Heisler (deceased)",
         text="""My mother, Ruth Heisler, passed away in December. I'm cleaning out her house in Fort Atkinson and there's still a PowerHouse catalog coming every month. Please take her off your list and don't send anything else to her.

Thanks,
Mark""",
         labels=[], unclear=True, entities={"name": "Ruth Heisler"},
         note="adult child for a deceased parent, no executor or POA stated: unclear (LABELS.md); entity is the mother, not the writer"),
    dict(key="executor-voss-letters-testamentary", category="both opt-outs + question (executor)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 15, 10, 2, 55, "-0500"), client="outlook_m365",
         frm=("Patricia Voss Kramer", "pkramer@kramerabstract.com"),
         subject="Estate of Harold J. Voss - account 3320-118-04",
         text="""Good morning,

I am the executor of the Estate of Harold J. Voss, who died January 27, 2027. Letters testamentary were issued by the Dubuque County District Court on March 4; I can send a copy if you need one.

The electric and gas account at his house is 3320-118-04 (1574 Rhomberg Ave, Dubuque, IA 52001). The house is listed for sale. Please:

1. Keep service on but move the account into the name of the Estate and send bills to me at the address below until closing. I'll contact you again with the closing date for a final read.
2. Remove Harold from all marketing mail and e-mail, including the PowerHouse Catalog.
3. Do not share, rent or sell his name or address to any other company.

Thank you for your help.

Patricia Voss Kramer
Executor, Estate of Harold J. Voss
Kramer Abstract & Title
PO Box 318, Dubuque, IA 52004-0318
563-555-0129""",
         labels=[MKT, SHARE, Q], unclear=False,
         entities={"name": "Harold J. Voss", "postal_code": "52001", "account": "3320-118-04"},
         note="executor with letters testamentary has standing: both opt-outs for the deceased plus an account transfer; entities are the deceased's, not her PO Box"),
    dict(key="es-albacea-padre", category="opt-out + question (executor)", answers="-", lang="es",
         mailbox="customercare", sent=t(2027, 4, 12, 18, 30, 44, "-0500"), client="gmail",
         frm=("Rosa Elena Márquez", "rosaelena.marquez@gmail.com"),
         subject="Cuenta de mi papá (fallecido) - soy la albacea",
         text="""Buenas tardes,

Mi papá, Jesús Márquez Ortega, falleció el 28 de febrero. Yo soy la albacea de su herencia, el juez me nombró el mes pasado y tengo los papeles.

La cuenta de luz y gas es la número 5561 2093 44, en la casa de 118 Lawler St, Postville, IA 52162.

Les pido por favor:
- que ya no le manden publicidad ni promociones, ni por correo ni por e-mail
- ¿qué necesito mandarles para cambiar la cuenta a mi nombre? Mi hermano y yo vamos a vivir en la casa.

Gracias,
Rosa Elena Márquez""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Jesús Márquez Ortega", "postal_code": "52162", "account": "5561 2093 44"},
         note="Spanish: court-appointed executor (albacea) has standing; stop promotions for the deceased plus account-transfer question"),
    dict(key="es-widow-change-account-name", category="question", answers="-", lang="es",
         mailbox="customercare", sent=t(2027, 4, 18, 14, 22, 8, "-0500"), client="gmail_android",
         frm=("Leticia Aranda", "leti.aranda@gmail.com"), subject="Cambio de nombre en la cuenta",
         text="""Hola, buenas tardes.

Mi esposo falleció en enero y la cuenta de la luz está a su nombre. ¿Cómo la cambio a mi nombre? ¿Necesito llevar el acta de defunción a alguna oficina o se puede mandar por correo electrónico? No sé bien cómo hacerlo.

Muchas gracias,
Leticia Aranda
Cuenta 7023 4418 90""",
         labels=[Q], unclear=False, entities={"name": "Leticia Aranda", "account": "7023 4418 90"},
         note="Spanish: widow asks how to move the account into her name: question only, no opt-out"),
    dict(key="personal-rep-aunt-final-read", category="question (personal representative)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 5, 10, 40, 18, "-0500"), client="gmail",
         frm=("Greg Uthe", "greguthe@gmail.com"), subject="Final meter read - estate",
         text="""Hello,

I'm the personal representative for my late aunt, Velma Uthe, who passed in February. Her house at 603 3rd Ave SE in Waukon is being sold and closing is May 7. How do I schedule a final meter read for that day and have the final bill sent to me instead of the house? Her account number is 1029 4471 55. I have the court letters if you need them.

Greg Uthe
319-555-0182""",
         labels=[Q], unclear=False, entities={"name": "Velma Uthe", "account": "1029 4471 55"},
         note="personal representative asks about a final read: question; entities name the deceased customer"),
    dict(key="obituary-fyi-nothing-asked", category="unclear (forward, nothing decidable)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 13, 16, 20, 5, "-0600"), client="gmail",
         frm=("Lisa Ahrendsen", "lisaahrendsen@gmail.com"),
         subject='Fwd: Obituary - Robert "Bob" Ahrendsen',
         text="""FYI, this was my dad.""",
         fwd_block="""---------- Forwarded message ---------
From: Hoffmann Funeral Home <notices@hoffmannfh.com>
Date: Mon, Mar 8, 2027 at 9:02 AM
Subject: Obituary - Robert "Bob" Ahrendsen
To: <lisaahrendsen@gmail.com>


Robert "Bob" Ahrendsen, 84, of Oelwein, died peacefully at home on Saturday, March 6, 2027, surrounded by his family.

Bob was born June 2, 1942, in Fayette County. He farmed east of Oelwein for 45 years and was a member of Sacred Heart Catholic Church and the Oelwein Lions Club.

He is survived by his children, Lisa Ahrendsen of Waterloo and Michael (Dana) Ahrendsen of Oelwein, and five grandchildren. He was preceded in death by his wife, Marilyn.

Mass of Christian Burial will be 10:30 a.m. Friday, March 12, at Sacred Heart Catholic Church.""",
         labels=[], unclear=True, entities={},
         note="forwards an obituary with 'FYI' and asks for nothing: unclear (close account? stop mail?); names are only in the forwarded text"),
    dict(key="new-owners-previous-owner-died", category="unclear (on behalf, no standing)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 13, 19, 55, 40, "-0500"), client="gmail",
         frm=("Kyle Bormann", "kylebormann@gmail.com"), subject="Catalogs for previous owner",
         text="""Hi, we bought a house in Baraboo in January. The previous owner, Evelyn Schauf, passed away last year and we still get your catalog in her name every month along with a bunch of other stuff. Can you take her off? We don't know anyone in the family to ask.

Kyle""",
         labels=[], unclear=True, entities={"name": "Evelyn Schauf"},
         note="new owners ask to remove a deceased previous owner: not the person, no standing (the tenant case in LABELS.md): unclear"),

    # ------------------------------------------------------------------------------- moving abroad
    dict(key="moving-lisbon-tenants-and-stop-promos", category="opt-out + question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 21, 15, 10, 28, "-0500"), client="gmail",
         frm=("Nicole Hartung", "nicole.hartung@gmail.com"), subject="Moving abroad - questions + please stop promos",
         text="""Hi,

My husband got a two-year assignment in Lisbon and we fly out April 28. We're keeping our house in Stoughton (WI 53589) and renting it out, starting May 1.

Questions:
- Do the tenants need to open their own account or can we leave it in ours and have them pay us? Whatever's easier is fine with us.
- If it stays in our name, can the bills be e-mail only? We won't have a US mailing address.

And in the meantime please stop sending us promotional e-mails and the catalog. We won't be there to read any of it for two years anyway.

Nicole Hartung""",
         labels=[MKT, Q], unclear=False, entities={"name": "Nicole Hartung", "postal_code": "53589"},
         note="move abroad: tenant/billing questions plus a two-year promo and catalog stop for her own household"),
    dict(key="moving-germany-do-not-exchange", category="catalog-sharing opt-out", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 9, 11, 52, 0, "-0500"), client="thunderbird",
         provider="isp:smtp.tds.net:64.8.70.%d:tds",
         frm=("Stefan Brunkhorst", "s.brunkhorst@tds.net"), reply_to=("Stefan Brunkhorst", "stefan.brunkhorst@web.de"),
         subject="Customer list",
         text="""Hello,

We are moving back to Germany in May and the house in Portage is sold. Until we leave please do not sell, rent or exchange our name and address with other catalog companies. The new owners should not inherit all of our junk mail either.

Please answer to my new address (stefan.brunkhorst@web.de), this tds.net account will be closed at the end of April.

Regards,
Stefan and Ulrike Brunkhorst
W7430 Hwy 33, Portage WI 53901""",
         labels=[SHARE], unclear=False,
         entities={"name": "Stefan and Ulrike Brunkhorst", "postal_code": "53901"},
         note="a time-limited sharing opt-out is still a sharing opt-out; joint names kept joint; asks to be answered at the Reply-To (new German address)"),
    dict(key="moving-melbourne-delete-everything", category="unclear + question (delete all data)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 26, 22, 3, 34, "-0500"), client="gmail",
         frm=("Nathan Pohlman", "nate.pohlman@gmail.com"), subject="Delete my data - leaving the US",
         text="""I'm moving to Melbourne permanently next month and I'm closing my account (final read May 20 please, 1720 7th Ave, Marion 52302). After that I want every bit of my personal data deleted from your systems, marketing lists, catalog lists, all of it. Please confirm when it's done.

Nathan Pohlman""",
         labels=[Q], unclear=True, entities={"name": "Nathan Pohlman", "postal_code": "52302"},
         note="LABELS.md: a request to delete everything is unclear plus question (the bot may not delete account data); the closing date also needs staff"),
    dict(key="moving-seoul-final-bill-abroad", category="question", answers="-",
         mailbox="customercare", sent=t(2027, 4, 23, 8, 30, 12, "-0500"), client="gmail",
         frm=("Soo-jin Park", "soojinpark.ia@gmail.com"), subject="Final bill to an overseas address?",
         text="""Hello,

My postdoc ends in May and I'm moving back to Seoul. I'll stop service at my apartment on May 31. Can you send the final bill by e-mail only, or to an address in Korea? I won't have a US address after June. Also, how do I get my deposit back if I'm not in the US?

Thank you,
Soo-jin Park
account 6630 0918 24""",
         labels=[Q], unclear=False, entities={"name": "Soo-jin Park", "account": "6630 0918 24"},
         note="moving overseas: final bill and deposit questions, no opt-out"),
    dict(key="moving-out-of-state-copy-of-data", category="question (data access)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 16, 13, 13, 59, "-0500"), client="outlook_com",
         frm=("Renee Gaffney", "renee.gaffney@hotmail.com"), subject="Request for my personal information",
         text="""Hello,

I'm moving out of state at the end of May and closing out a lot of accounts. Before I close mine with you I would like a copy of all the personal information Alliant Energy has on file about me, including anything shared with PowerHouse or other companies. Please send it to this email address.

Renee Gaffney
Account 4417 3090 28""",
         labels=[Q], unclear=False, entities={"name": "Renee Gaffney", "account": "4417 3090 28"},
         note="request for a copy of one's data is a clear question (LABELS.md); asking what was shared is not a sharing opt-out"),
    dict(key="usps-change-of-address-do-i-tell-you", category="question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 26, 9, 9, 47, "-0500"), client="yahoo",
         frm=("Tina Marchant", "tmarchant@yahoo.com"), subject="USPS change of address - do I need to tell you?",
         text="""Hello, I filled out the change of address with the post office for our move from Clinton to Davenport on April 15. Do I also need to tell you separately or do you get that from USPS? I'll need to stop service at the Clinton house too, what's the best way to do that?

Thanks, Tina""",
         labels=[Q], unclear=False, entities={"name": "Tina"},
         note="moving: asks whether USPS change of address reaches us and how to stop service: question only"),

    # -------------------------------------------------------------------------- assisted living
    dict(key="assisted-living-self-no-catalog-no-share", category="both opt-outs", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 25, 10, 18, 40, "-0500"), client="aol",
         frm=("Arlene Vosberg", "avosberg31@aol.com"), subject="Moving - no more catalogs",
         text="""I am moving into assisted living at Prairie Crest in Ripon on April 1. My apartment will be very small and I won't have room for catalogs or any of that. Please stop mailing me the PowerHouse catalog and please don't pass my name to other catalogs either, I would like the mail to slow down.

It has been a nice catalog for many years, I bought my heated mattress pad from you.

Arlene Vosberg
Ripon WI 54971""",
         labels=[MKT, SHARE], unclear=False, entities={"name": "Arlene Vosberg", "postal_code": "54971"},
         note="moving into assisted living, writes for herself: stop catalog and don't pass the name on"),
    dict(key="poa-son-mother-memory-care", category="opt-out + question (power of attorney)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 14, 12, 35, 6, "-0500"), client="outlook_m365",
         frm=("Kessel, Brian", "brian.kessel@fdlmachine.com"),
         subject="Dorothy Kessel - POA - stop service and mailings",
         text="""Hello,

I hold durable power of attorney for my mother, Dorothy Kessel. She moved into memory care at Cedar Ridge on April 3 and her house at 331 Linden St, Fond du Lac, WI 54935 will be sold.

Please:
- end electric and gas service in her name on April 30 and send the final bill to me (address below)
- stop all promotional mail, e-mail and catalogs to her

I can fax or e-mail the POA document if you need it. Account number on her last bill is 6104-7792-50.

Brian Kessel
N6218 County Rd K, Fond du Lac, WI 54937
920-555-0164""",
         labels=[MKT, Q], unclear=False,
         entities={"name": "Dorothy Kessel", "postal_code": "54935", "account": "6104-7792-50"},
         note="durable POA gives clear standing: marketing stop for the mother plus end of service; entities are hers, not his (54937 is his address)"),
    dict(key="memory-care-daughter-mom-keeps-ordering", category="unclear (on behalf, no standing)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 22, 21, 8, 25, "-0500"), client="iphone", provider="gmail",
         frm=("Tammy Reuter", "tammyjo.reuter@gmail.com"), subject="Mom keeps ordering",
         text="""My mom is in memory care now and she still gets your catalog forwarded there and she keeps calling to order things she doesn't need, we had 3 heated throws show up. Can you stop sending it to her? Her name is Phyllis Reuter. I don't have her customer number sorry""",
         labels=[], unclear=True, entities={"name": "Phyllis Reuter"},
         note="daughter for a mother in memory care, no POA mentioned: unclear despite the sympathetic reason"),
    dict(key="allcaps-moving-to-daughters", category="marketing opt-out", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 17, 8, 2, 13, "-0500"), client="aol",
         frm=("VERNON KRAY", "vkray1938@aol.com"), subject="NO MORE CATALOGS",
         text="""TAKE ME OFF YOUR MAILING LIST. I AM 88 AND MOVING IN WITH MY DAUGHTER IN ROCHESTER NEXT MONTH AND I DO NOT WANT THIS FOLLOWING ME THERE
VERNON KRAY
ALBERT LEA MINN 56007""",
         labels=[MKT], unclear=False, entities={"name": "VERNON KRAY", "postal_code": "56007"},
         note="all caps, moving in with family: plain marketing opt-out; name kept as written"),

    # ------------------------------------------------------------------------------------ divorce
    dict(key="divorce-kept-house-keep-catalog-no-share", category="sharing opt-out + question", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 13, 9, 27, 1, "-0600"), client="gmail",
         frm=("Amber Koopmann", "amberkoopmann@gmail.com"), subject="name change and sharing",
         text="""Hello,

My divorce was final in February and I kept the house. The account (and I assume the catalog list) is still in both our names, Amber and Travis Koopmann. Could you please update it to just my name? Let me know if you need a copy of the decree.

Also, I do still want the catalog, but please don't share my name or address with other companies. I've had enough junk mail with both our names on it to last a lifetime.

Thank you!
Amber Koopmann
507 Grant St, Mount Vernon IA 52314""",
         labels=[SHARE, Q], unclear=False, entities={"name": "Amber Koopmann", "postal_code": "52314"},
         note="divorce splits the account: name change is a question; keeps catalog, refuses sharing; the joint name is the old one, entity is hers"),
    dict(key="divorce-moved-out-my-name-only", category="marketing opt-out (own name only)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 5, 23, 51, 32, "-0500"), client="yahoo",
         frm=("Craig Stoltenberg", "cstoltenberg77@yahoo.com"), subject="Take my name off",
         text="""I moved out last fall (divorce) and my name is still on the catalog that goes to my ex-wifes house at 1221 Beech St. Please take MY name, Craig Stoltenberg, off your mailing list. What she gets is her business.

Craig""",
         labels=[MKT], unclear=False, entities={"name": "Craig Stoltenberg"},
         note="asks only for his own name, expressly not for the ex: own standing, marketing opt-out; nothing for the ex-wife"),
    dict(key="divorce-remove-ex-email-from-account", category="question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 30, 12, 2, 58, "-0500"), client="icloud_web",
         frm=("Heather Lindaman", "hlindaman@icloud.com"), subject="Remove ex-husband's email from my account",
         text="""Hi,

I'm the account holder (account 8837 2210 65). My ex-husband's email address is still on the account from when we were married and he is getting my bill notices and outage texts. We are divorced and he doesn't live here. How do I get his email and cell number removed so everything only comes to me?

Heather Lindaman
Oelwein, IA 50662""",
         labels=[Q], unclear=False,
         entities={"name": "Heather Lindaman", "postal_code": "50662", "account": "8837 2210 65"},
         note="service notices going to an ex-spouse: an account change is a question, not a marketing opt-out"),

    # ---------------------------------------------------------------------------------- new babies
    dict(key="new-baby-too-much-mail", category="marketing opt-out (time-limited)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 18, 3, 14, 22, "-0500"), client="gmail_ios",
         frm=("Megan Freese", "megfreese88@gmail.com"), subject="too much mail right now",
         text="""Hi, we just had a baby 2 weeks ago and honestly there is way too much mail and email right now. Could you stop the promotional emails and mailers for a few months? I'll sign back up later if I want to. Sorry if this is the wrong address for this

Megan Freese
Hiawatha""",
         labels=[MKT], unclear=False, entities={"name": "Megan Freese"},
         note="'too much mail right now', stop for a few months: request in question form is the opt-out itself; no ZIP written"),
    dict(key="twins-stop-emails-keep-paper", category="marketing opt-out (channel-limited)", answers="C2",
         mailbox="powerhousecatalog", sent=t(2027, 4, 24, 13, 40, 9, "-0500"), client="iphone", provider="icloud",
         frm=("Josh Dvorak", "jdvorak@icloud.com"),
         subject="Re: Mother's Day picks from PowerHouse (order by May 4)", quote=quote("C2"),
         text="""We had twins in March and my inbox is out of control. Please stop the emails. The paper catalog can keep coming, my wife actually likes flipping through it at 2am feedings.

Josh Dvorak""",
         labels=[MKT], unclear=False, entities={"name": "Josh Dvorak"},
         note="stop the e-mails, keep the paper catalog: marketing_opt_out for the named channel; our quoted footer's sharing text is not his"),
    dict(key="newsletter-unsub-new-baby-emoji", category="marketing opt-out (reply to newsletter)", answers="N1",
         mailbox="customercare", sent=t(2027, 4, 7, 2, 40, 50, "-0500"), client="gmail_android",
         frm=("Caitlin Wedemeier", "cwedemeier@gmail.com"),
         subject="Re: Your April Home Comfort Tips from PowerHouse", quote=quote("N1"),
         text="""pls unsubscribe me, new baby + toddler = zero time for newsletters \U0001F605 maybe in a year""",
         labels=[MKT], unclear=False, entities={},
         note="unsubscribe from the newsletter; 'maybe in a year' does not make it conditional; emoji forces UTF-8 QP"),
    dict(key="preemie-medical-priority-question", category="question", answers="-",
         mailbox="customercare", sent=t(2027, 3, 31, 13, 48, 16, "-0500"), client="gmail",
         frm=("Alyssa Brinkman", "alyssabrinkman@gmail.com"), subject="Question - baby on oxygen at home",
         text="""Hi there,

Our daughter was born early and came home last week on oxygen and an apnea monitor. The NICU nurse said we should tell the electric company so we're on some kind of medical list in case of outages or a shutoff. Is that something you have, and what do you need from her doctor?

Our account # is 5590 2213 86.

Thank you,
Alyssa Brinkman
Fort Dodge 50501""",
         labels=[Q], unclear=False,
         entities={"name": "Alyssa Brinkman", "postal_code": "50501", "account": "5590 2213 86"},
         note="new baby, but the mail is a medical-priority service question, not an opt-out"),

    # --------------------------------------------------------------------------------- conditionals / mixed
    dict(key="conditional-if-you-share-stop", category="catalog-sharing opt-out (conditional)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 12, 15, 33, 18, "-0600"), client="openx",
         provider="isp:smtp.mchsi.com:68.66.%d.44:mediacom",
         frm=("Ron Kuehl", "rkuehl@mchsi.com"), subject="name",
         text="""If you share my name with other companies, stop.

Ron Kuehl
Clinton 52732""",
         labels=[SHARE], unclear=False, entities={"name": "Ron Kuehl", "postal_code": "52732"},
         note="conditional on our practice ('if you share my name, stop'): the catalog does share, so a sharing opt-out (relabelled by the lead to the other sets' convention; the brief had called conditionals unclear)"),
    dict(key="mixed-unsubscribe-everything-except", category="unclear (self-contradicting)", answers="-",
         mailbox="customercare", sent=t(2027, 4, 16, 20, 40, 3, "-0500"), client="yahoo",
         frm=("Rhonda Goetzinger", "rgoetzinger@yahoo.com"), subject="emails",
         text="""Please unsubscribe me from everything, I'm drowning in email since I started my new job. Except the catalog emails, I still want those, and the rebate ones because I'm buying a new water heater this summer. And the newsletter is ok I guess. Just cut it down please
Rhonda""",
         labels=[], unclear=True, entities={"name": "Rhonda"},
         note="'unsubscribe me from everything' then keeps catalog, rebate and newsletter e-mails: self-contradicting, unclear"),
    dict(key="pause-or-cancel-either-way", category="marketing opt-out (time-limited, fallback)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 23, 12, 0, 24, "-0500"), client="gmail",
         frm=("Rachel Tiedt", "rtiedt@gmail.com"), subject="Pause catalog until fall?",
         text="""Hi! We're spending the spring and summer at our place up north (Eagle River) and won't be home until September. Could you pause the catalog until fall? If you can't pause it just cancel it altogether, I can always sign up again.

Rachel Tiedt
Monroe WI""",
         labels=[MKT], unclear=False, entities={"name": "Rachel Tiedt"},
         note="the 'if' only chooses between pausing and cancelling; both branches stop the catalog, so not truly conditional"),
    dict(key="reference-do-same-for-mother", category="unclear (reference to earlier mail)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 10, 12, 12, 39, "-0500"), client="gmail",
         frm=("Diane Kluesner", "dkluesner@gmail.com"), subject="one more",
         text="""Hi again, could you please do the same for my mother's address? She's at 418 Elm in Dyersville. Thank you!

Diane""",
         labels=[], unclear=True, entities={},
         note="'do the same' refers to earlier mail without saying what, and is for someone else: unclear; mother not named, no ZIP"),

    # --------------------------------------------------------------------------- ordinary mail of the season
    dict(key="plain-remove-from-promos", category="marketing opt-out (reply to promo)", answers="P1",
         mailbox="customercare", sent=t(2027, 3, 2, 12, 30, 50, "-0600"), client="gmail",
         frm=("Paul Ringgenberg", "pringgenberg@gmail.com"),
         subject="Re: Spring savings: up to $500 back on a heat pump water heater", quote=quote("P1"),
         text="""Please remove me from your promotional emails. Thank you.""",
         labels=[MKT], unclear=False, entities={},
         note="plain marketing opt-out under the spring promo; no name or ZIP in the new text (53718 is our footer)"),
    dict(key="unsubscribe-reply-earth-day", category="marketing opt-out (one word under promo)", answers="P2",
         mailbox="customercare", sent=t(2027, 4, 13, 9, 20, 3, "-0500"), client="iphone", provider="att",
         frm=("Deb Konrardy", "debkonrardy@att.net"),
         subject="Re: Earth Day: get $50 for your old fridge or freezer", quote=quote("P2"),
         text="""Unsubscribe""",
         labels=[MKT], unclear=False, entities={},
         note="one word under a promotion is a marketing opt-out"),
    dict(key="stop-forwarding-bill-notice", category="unclear (STOP under service message)", answers="BILL",
         mailbox="customercare", sent=t(2027, 3, 23, 18, 2, 11, "-0500"), client="samsung",
         frm=("Luis Carrillo", "luiscarrillo.ia@gmail.com"), subject="Fwd: Your Alliant Energy bill is ready",
         text="""STOP""",
         fwd_quote=quote("BILL", date=t(2027, 3, 19, 6, 12, 44, "-0500"),
                         bill=dict(last4="0917", amount="$118.40", due="April 9, 2027")),
         labels=[], unclear=True, entities={},
         note="'STOP' over a forwarded bill notice (a service message) is not a marketing opt-out: unclear (LABELS.md)"),
    dict(key="gmail-list-unsubscribe-p1", category="List-Unsubscribe mailto from a mail client", answers="P1",
         mailbox="customercare", sent=t(2027, 3, 4, 20, 11, 26, "-0600"), client="gmail",
         frm=("", "ashneuzil@gmail.com"), subject="unsubscribe",
         text="""This message was automatically generated by Gmail.""",
         labels=[MKT], unclear=False, entities={},
         note="Gmail's unsubscribe button mailed our List-Unsubscribe address: a person's opt-out, not automated; no Auto-Submitted, so ack to sender"),
    dict(key="apple-mail-list-unsubscribe-c1", category="List-Unsubscribe mailto from a mail client", answers="C1",
         mailbox="powerhousecatalog", sent=t(2027, 3, 9, 12, 44, 19, "-0600"), client="iphone", provider="icloud",
         frm=("Brenda Sojka", "bsojka@icloud.com"), subject="unsubscribe", text="", sig="",
         labels=[MKT], unclear=False, entities={},
         note="iPhone Mail 'Unsubscribe' banner: empty body, subject from our mailto; catalog e-mail unsubscribe is marketing, never sharing"),
    dict(key="tidymail-service-unsubscribe-auto-submitted", category="List-Unsubscribe mailto via inbox-cleaning service", answers="N1",
         mailbox="customercare", sent=t(2027, 4, 6, 9, 2, 37, "-0500"), client="gmail",
         frm=("Mara Lindqvist", "mara.lindqvist@gmail.com"), subject="unsubscribe",
         extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Tidymail Unsubscriber 3.2"],
         text="""unsubscribe

--
This request was sent automatically by Tidymail on behalf of the mailbox owner, who chose to unsubscribe from this sender.
https://tidymail.app""",
         labels=[MKT], unclear=False, entities={}, ack=None,
         note="inbox-cleaning service unsubscribing for a person: human opt-out, but Auto-Submitted means no acknowledgement (RFC 3834)"),
    dict(key="aol-list-unsubscribe-c2", category="List-Unsubscribe mailto from a mail client", answers="C2",
         mailbox="powerhousecatalog", sent=t(2027, 4, 20, 14, 30, 51, "-0500"), client="aol",
         frm=("", "kmbauer1950@aol.com"), subject="unsubscribe", text="",
         labels=[MKT], unclear=False, entities={},
         note="AOL unsubscribe link sent our mailto with an empty body: marketing opt-out"),
    dict(key="share-plain-keep-catalog-farm", category="catalog-sharing opt-out (keep catalog)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 8, 8, 40, 33, "-0600"), client="outlook16",
         provider="isp:p3plsmtpa11-02.prod.phx3.secureserver.net:68.178.252.%d:-",
         frm=("Thomas Reicks", "treicks@reicksfarms.com"), subject="Do not rent my name",
         text="""Please do not rent, sell or exchange my name and address. I want to keep getting your catalog.

Customer No. 00318842
Thomas Reicks
2105 170th St
New Hampton, IA 50659""",
         labels=[SHARE], unclear=False,
         entities={"name": "Thomas Reicks", "postal_code": "50659", "account": "00318842"},
         note="plain sharing opt-out, catalog explicitly kept; customer number from the mailing label is an account"),
    dict(key="es-share-keep-catalog", category="catalog-sharing opt-out (keep catalog)", answers="-", lang="es",
         mailbox="powerhousecatalog", sent=t(2027, 3, 27, 11, 16, 45, "-0500"), client="gmail",
         frm=("Guadalupe Ríos", "lupe.rios.beloit@gmail.com"), subject="Mi nombre y dirección",
         text="""Hola,

Recibo su catálogo en casa y está bien, pero no quiero que compartan ni vendan mi nombre ni mi dirección a otras compañías. Por favor anótenlo.

Gracias,
Guadalupe Ríos
Beloit, WI 53511""",
         labels=[SHARE], unclear=False, entities={"name": "Guadalupe Ríos", "postal_code": "53511"},
         note="Spanish sharing opt-out, catalog kept"),
    dict(key="widowed-cancel-catalog-do-not-sell", category="both opt-outs", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 4, 8, 19, 20, 57, "-0500"), client="zimbra",
         frm=("Pat Ehlers", "patehlers@comcast.net"), subject="CANCEL CATALOG",
         text="""Cancel my catalog and do not sell my information to anybody. I am 82 years old and I get 30 catalogs a week now since my husband died and I am sick of it. I did not order anything from most of these companies.

Patricia Ehlers
Janesville 53545""",
         labels=[MKT, SHARE], unclear=False, entities={"name": "Patricia Ehlers", "postal_code": "53545"},
         note="writes for herself (the death is context): cancel catalog + do not sell; signature name differs from the display name"),
    dict(key="who-did-you-share-my-name-with", category="question (whether/with whom shared)", answers="-",
         mailbox="powerhousecatalog", sent=t(2027, 3, 31, 21, 37, 22, "-0500"), client="proton",
         frm=("Evan Tollefson", "etollefson@proton.me"), subject="Which companies got my name?",
         text="""Hi,

After I moved into my new apartment in Beaver Dam in January I started getting catalogs from at least six companies I've never done business with, all with the same misspelling of my name ("Even Tollefson") that's on my PowerHouse mailing label. Did you share my name and address with other catalog companies, and if so which ones, and when?

Evan Tollefson
Beaver Dam, WI 53916""",
         labels=[Q], unclear=False, entities={"name": "Evan Tollefson", "postal_code": "53916"},
         note="asks whether and with whom his name was shared: a question, not a sharing opt-out"),
    dict(key="stop-sales-calls-emails-fine", category="marketing opt-out (phone channel)", answers="-",
         mailbox="customercare", sent=t(2027, 3, 12, 17, 26, 9, "-0600"), client="gmail",
         frm=("Brent Hageman", "bhageman@gmail.com"), subject="phone calls about water heater",
         text="""Somebody from Alliant (or a contractor calling for you) has called me 4 times this week about the heat pump water heater rebate. I work nights and these calls wake me up. Stop calling me with sales stuff. Emails are fine, I can ignore those.

Brent Hageman
563-555-0117""",
         labels=[MKT], unclear=False, entities={"name": "Brent Hageman"},
         note="marketing opt-out limited to phone, e-mail kept: channel limit kept in the record; phone number is not an account"),
    dict(key="thanks-reply-to-ack", category="human, no action (thank-you to our ack)", answers="ACK",
         mailbox="customercare", sent=t(2027, 3, 9, 14, 5, 44, "-0600"), client="iphone", provider="icloud",
         frm=("Ken Rasmussen", "kenras@icloud.com"),
         subject="Re: We received your request [CC-2027-03-01062]",
         quote=quote("ACK", ref="CC-2027-03-01062", date=t(2027, 3, 9, 13, 51, 30, "-0600")),
         text="""Thank you!""",
         labels=[], unclear=False, entities={}, ack=None,
         note="thank-you to our acknowledgement: human, no labels, ack_to null (no politeness ping-pong)"),
    dict(key="stop-reply-to-ack", category="unclear (STOP under our ack)", answers="ACK",
         mailbox="customercare", sent=t(2027, 4, 8, 17, 1, 5, "-0500"), client="gmail_android",
         frm=("Marcus Bell", "marcusbell319@gmail.com"),
         subject="Re: We received your request [CC-2027-04-02116]",
         quote=quote("ACK", ref="CC-2027-04-02116", date=t(2027, 4, 8, 16, 40, 2, "-0500")),
         text="""STOP""",
         labels=[], unclear=True, entities={},
         note="'STOP' under our own acknowledgement (a service message) is unclear; still gets the ack it would get after review"),
    dict(key="fridge-pickup-sign-me-up", category="question (wants the offer)", answers="P2",
         mailbox="customercare", sent=t(2027, 4, 14, 16, 18, 27, "-0500"), client="aol",
         frm=("Merle Huber", "merlehuber@aol.com"),
         subject="Re: Earth Day: get $50 for your old fridge or freezer", quote=quote("P2"),
         text="""Yes sign me up. We have an old freezer in the basement from when my wife was alive, it still works. Don't have a computer at home this is from the library. Call me at 319-555-0155.
Merle Huber, Vinton""",
         labels=[Q], unclear=False, entities={"name": "Merle Huber"},
         note="'yes, sign me up' under a promo wants more, a question; our quoted 'unsubscribe' footer is not his"),
]
