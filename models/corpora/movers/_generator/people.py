# -*- coding: utf-8 -*-
"""People's mail (automated = false). One dict per message; see clients.render_person for the keys.

labels/unclear/entities/ack follow /work/shared/LABELS.md; `note` says why."""

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CC, PHC = "customercare", "powerhousecatalog"

# a tiny JPEG-like blob (SOI/APP0 header + filler) standing in for a phone photo of a mailing label
_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(
    (i * 37 + 11) % 256 for i in range(1400)) + bytes.fromhex("ffd9")

_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

PEOPLE = [
    # ------------------------------------------------------------------ new homeowners / tenants
    dict(sid="P01", cat="new homeowner: catalog to 'Current Resident' at own address", mbox=PHC,
         when="2027-03-03 19:42:11", client="gmail", frm=("Priya Raman", "priya.raman.wi@gmail.com"),
         subject="Catalogs addressed to \"Current Resident\" at our new house",
         text="""Hello,

We closed on our house at 1127 Rutledge St at the end of January and since then the PowerHouse Catalog has shown up three times addressed to "Current Resident." We're the residents now, and we don't want it. Please take 1127 Rutledge St, Madison WI 53703 off your catalog mailing list.

Thanks,
Priya Raman""",
         labels=[MO], unclear=False, ent={"name": "Priya Raman", "postal_code": "53703"},
         note="Stop the catalog at her own address ('Current Resident' mail is hers now): plain marketing opt-out; not on behalf of the former owner because no other person is named."),
    dict(sid="P02", cat="moved: final bill to new address", mbox=CC, when="2027-03-05 08:14:52",
         client="outlook_desktop", frm=("Derek Halvorsen", "dhalvorsen@linncountyfab.com"),
         subject="Mailing address change - acct 441 722 0981",
         text="""Good morning,

I moved from our rental on 2nd Ave SE in Cedar Rapids to a house in Marion on March 1st. The electric at the new place is already in my name (started it online), but my old account still has a final bill coming. Could you please make sure the final bill for account 441 722 0981 goes to my new address?

3370 Windsor Ct
Marion, IA 52302

Thank you,
Derek Halvorsen
(319) 555-0147""",
         labels=[Q], unclear=False,
         ent={"name": "Derek Halvorsen", "postal_code": "52302", "account": "441 722 0981"},
         note="Change of mailing address for a final bill: a question for staff; no opt-out anywhere."),
    dict(sid="P03", cat="moved: send catalog to new address", mbox=PHC, when="2027-03-08 12:03:40",
         client="iphone", frm=("Tamara Kowalczyk", "tamkow@icloud.com"), subject="New address for catalog",
         text="""Hi! We moved from Janesville to Beloit. I still want the catalog, can you send it to 2210 Shopiere Rd, Beloit WI 53511 instead of the old house? Name on it is Tamara Kowalczyk.""",
         labels=[Q], unclear=False, ent={"name": "Tamara Kowalczyk", "postal_code": "53511"},
         note="Change of address for the catalog: question only. Stopping mail at the old house is not an opt-out because she wants the catalog."),
    dict(sid="P04", cat="downsized to condo: stop catalog everywhere", mbox=PHC, when="2027-03-09 15:27:05",
         client="yahoo", frm=("Bev Lindqvist", "bevlindqvist@yahoo.com"),
         subject="Please stop catalog - we moved to a condo",
         text="""To whom it may concern,

My husband and I sold our home in Mason City and moved into a two bedroom condo. We don't have room for gadgets anymore and have no need for the PowerHouse Catalog. Please do not send it to the condo or to the old house on 4th St NE. New zip is 50401.

Bev Lindqvist""",
         labels=[MO], unclear=False, ent={"name": "Bev Lindqvist", "postal_code": "50401"},
         note="Household request to stop the catalog at both addresses: marketing opt-out. Mentioning her husband is the household, not a third party."),
    dict(sid="P05", cat="moved: do not share new address", mbox=PHC, when="2027-03-11 10:48:33",
         client="aol", frm=("Shirley Vance", "shirlvance@aol.com"), subject="do not share our new address",
         text="""Since we moved in Feb we have gotten catalogs from companies we never heard of, all with the same misspelling of my name that your catalog uses ("Shirly"). Please do not sell, rent or swap my name and address with any other company. We still like your catalog, just keep it to yourselves.

Shirley Vance
Dubuque IA 52003""",
         labels=[CS], unclear=False, ent={"name": "Shirley Vance", "postal_code": "52003"},
         note="Keep the catalog, stop sharing: catalog_share_opt_out only (rulebook 'A sender may want to keep getting the catalog but not be shared')."),
    dict(sid="P06", cat="one-word reply to moving promotion", mbox=CC, when="2027-03-02 20:51:16",
         client="gmail_android", frm=("Jessica Moreland", "jmoreland.92@gmail.com"),
         reply=dict(key="promo_move"), text="unsubscribe", html=True,
         labels=[MO], unclear=False, ent={},
         note="Bare 'unsubscribe' under our moving promotion takes its meaning from it: marketing opt-out. Her name is only in our quoted greeting, so no entity."),
    dict(sid="P07", cat="STOP reply to thermostat promotion", mbox=CC, when="2027-03-16 13:22:09",
         client="iphone", frm=("Marcus Bell", "marcusbell71@icloud.com"), reply=dict(key="promo_rebate"),
         text="STOP", labels=[MO], unclear=False, ent={},
         note="STOP under one of our promotions = marketing opt-out (rulebook 'Short replies take their meaning from what they answer')."),
    dict(sid="P08", cat="renter, account holder: stop promos", mbox=CC, when="2027-03-12 18:09:44",
         client="outlook_com", frm=("Jordan Whitfield", "jwhitfield_sp@outlook.com"), subject="Remove me from mailers",
         text="""Hello, I rent an apartment at 615 W Main St Apt 3, Sun Prairie 53590 and the electric account there is in my name. I keep getting promotional mailers and emails from Alliant about solar, thermostats etc. As a renter I can't use any of that. Please take me off the marketing lists, both mail and email.

Jordan Whitfield""",
         labels=[MO], unclear=False, ent={"name": "Jordan Whitfield", "postal_code": "53590"},
         note="Tenant who is the account holder asks for himself: clear marketing opt-out."),
    dict(sid="P09", cat="moving in with partner: close account + no promo e-mail", mbox=CC,
         when="2027-03-15 07:36:21", client="outlook_desktop", frm=("Alexis Brandvold", "abrandvold@stoughtonhealth.org"),
         subject="Closing my account / no more promo emails",
         text="""Hi,

I'm moving in with my partner in Stoughton on April 15th and won't need service at my apartment after that. Can you close account 52-0193-7746 effective April 15? And while you're at it, please remove this email address from your promotional emails. The final bill can come to this email.

Thanks,
Alexis Brandvold""",
         labels=[MO, Q], unclear=False, ent={"name": "Alexis Brandvold", "account": "52-0193-7746"},
         note="Account closing (question) plus a clear request to stop promotional e-mail (marketing opt-out)."),
    dict(sid="P10", cat="moving to assisted living herself", mbox=CC, when="2027-03-17 09:58:02",
         client="aol", frm=("Eleanor Haugen", "ehaugen1942@aol.com"), subject="MOVING TO ASSISTED LIVING",
         text="""Dear Sirs,

I am 84 years old and I will be moving into Oak Park Place in Baraboo at the end of March. I will not need the gas and electric at my house on 8th Street after that, my son Tom is selling it. Please stop sending me all the advertising mail, I don't want any more of it at the new place either. And please tell me where my last bill will go.

Account number 3381502744

Sincerely,
Mrs. Eleanor Haugen""",
         labels=[MO, Q], unclear=False, ent={"name": "Eleanor Haugen", "account": "3381502744"},
         note="The account holder writes for herself: stop advertising mail (opt-out) + final bill/stop service (question). Title 'Mrs.' dropped from the name."),
    dict(sid="P11", cat="military PCS: stop catalog, don't share", mbox=PHC, when="2027-03-22 21:14:37",
         client="gmail", frm=("Danielle Okafor", "dani.okafor.army@gmail.com"),
         subject="PCS move - stop catalog + don't share our info",
         text="""Hello,

We're PCSing from Fort McCoy to Fort Bragg next month. Please stop sending the PowerHouse catalog to our quarters at Fort McCoy (zip 54656) and don't forward it to NC. Also, please don't share our name or address with other companies. With military moves our info already gets passed around enough.

V/r,
SSG Danielle Okafor""",
         labels=[MO, CS], unclear=False, ent={"name": "Danielle Okafor", "postal_code": "54656"},
         note="Both opt-outs, clearly stated for her own household. Military rank 'SSG' is a title and is dropped from the name."),
    dict(sid="P12", cat="military OCONUS orders: stop service + no marketing e-mail", mbox=CC,
         when="2027-04-02 06:41:55", client="outlook_android", frm=("Kayla Brennan", "kbrennan0611@outlook.com"),
         subject="Orders to Germany - stop service May 1",
         text="""Hi, I'm the account holder at 1408 Oak Ridge Dr in Tomah (acct 12-7740-3318). My husband got orders to Germany and we ship out end of April. Please stop service May 1st and let me know how the final bill works when we won't have a US address for a while.

Also please take my email off your marketing list.

Kayla Brennan""",
         labels=[MO, Q], unclear=False, ent={"name": "Kayla Brennan", "account": "12-7740-3318"},
         note="Account holder: stop service and final-bill question, plus a clear marketing e-mail opt-out."),
    dict(sid="P13", cat="college student account holder moving out", mbox=CC, when="2027-03-26 23:47:18",
         client="samsung", frm=("Caleb Nguyen", "calebnguyen.03@gmail.com"), subject="moving out end of semester",
         text="""hi my name is Caleb Nguyen, im a student at UW-Platteville and the electric at my apartment (Apt 12, 280 W Mineral St, 53818) is in my name. me and my roommates are moving out May 15. how do i stop service for that date? also pls stop sending me the energy savings emails thx""",
         labels=[MO, Q], unclear=False, ent={"name": "Caleb Nguyen", "postal_code": "53818"},
         note="Student account holder: how to stop service (question) + stop promotional e-mails (opt-out). Sent from Samsung Email via Gmail."),
    dict(sid="P14", cat="first apartment: keep catalog, don't sell info", mbox=PHC, when="2027-03-29 16:20:30",
         client="apple_mail", frm=("Maddie Sorensen", "maddie.sorensen@icloud.com"), subject="Please don't sell my info",
         text="""Hi there —

I just moved into my first apartment in Decorah and ordered a couple of smart plugs from you. Now I'm getting mailers from three other catalogs that I'm pretty sure got my name from you. The PowerHouse catalog itself is fine, keep sending it. But please don't share or sell my name or address to anybody else.

Thanks!
Maddie Sorensen
Decorah, IA 52101""",
         labels=[CS], unclear=False, ent={"name": "Maddie Sorensen", "postal_code": "52101"},
         note="Explicitly keeps the catalog and refuses sharing: catalog_share_opt_out only."),
    dict(sid="P15", cat="parents (account holders): household promos incl. daughter at dorm", mbox=CC,
         when="2027-04-05 11:31:08", client="yahoo", frm=("Karen Esterly", "kesterly@yahoo.com"),
         subject="Stop promotional mail to our house",
         text="""Hello,

We are the account holders at 1840 Ridgeway Dr, Clinton IA 52732 (account 6620485513). Our daughter moved into her dorm at Iowa State last fall but your promotional mail still comes for her here, along with the flyers addressed to us. Please stop all the promotional mail to our house, hers included.

Thank you,
Karen Esterly""",
         labels=[MO], unclear=False,
         ent={"name": "Karen Esterly", "postal_code": "52732", "account": "6620485513"},
         note="Account holder about the household's mail (rulebook: 'the account holder writing about the household is fine'), even though part of it is addressed to the daughter."),
    dict(sid="P16", cat="landlord who holds the account for a vacant unit", mbox=CC, when="2027-03-19 14:05:51",
         client="thunderbird", frm=("Walt Pedersen", "walt@pedersenrentals.com"), subject="Marketing mail at 1012 Liberty St",
         text="""Hello,

I own the duplex at 1012-1014 Liberty St, Janesville WI 53545. The lower unit (1012) is vacant between tenants and the electric account for it is in my name until the new tenant starts May 1 (acct 12-5583-0461). Your promotional mailers addressed to me at 1012 are piling up in the box. Please stop sending marketing mail to me at that address.

Regards,
Walt Pedersen
Pedersen Rentals LLC""",
         labels=[MO], unclear=False,
         ent={"name": "Walt Pedersen", "postal_code": "53545", "account": "12-5583-0461"},
         note="A landlord, but the mail is addressed to him and the account is his: his own request, clear opt-out (contrast with landlords writing about tenants)."),
    dict(sid="P17", cat="property manager: how service reverts between tenants", mbox=CC,
         when="2027-03-23 10:12:40", client="outlook_desktop", frm=("Stacy Hoeft", "shoeft@riverbendpm.com"),
         subject="Landlord service transfer between tenants",
         text="""Hi,

I'm the office manager at Riverbend Property Management in Fort Dodge. We manage 42 units. When a tenant moves out, what's the process for having service revert into our company's name automatically so the heat stays on between tenants? Is there a landlord agreement form we can sign once for all units?

Thanks,
Stacy Hoeft
Office Manager | Riverbend Property Management
(515) 555-0188""",
         labels=[Q], unclear=False, ent={"name": "Stacy Hoeft"},
         note="Service question from a property manager; no opt-out and no request about anyone's mail."),
    dict(sid="P19", cat="how long does a catalog opt-out take", mbox=PHC, when="2027-04-08 20:33:12",
         client="ipad", frm=("Nora Feeney", "nfeeney@mchsi.com"), subject="catalog question",
         text="""Quick question: if I ask to be taken off the catalog list, how long before it actually stops coming? We're moving June 1 and I'd rather the new owners not get it with my name on it.

— Nora Feeney""",
         labels=[Q], unclear=False, ent={"name": "Nora Feeney"},
         note="Conditional 'if I ask' = a question about how an opt-out works, not the opt-out itself (rulebook 'A question about how to opt out')."),
    dict(sid="P20", cat="buried in catalogs after move: both opt-outs", mbox=PHC, when="2027-03-30 07:55:26",
         client="windows_mail", frm=("Mark Tillotson", "mtillotson.cr@outlook.com"),
         subject="Remove from catalog list AND do not trade our address",
         text="""We moved to Cedar Rapids in January and we are buried in catalogs. Please remove our name from the PowerHouse Catalog list and do not trade, rent or share our address with anyone.

Mark Tillotson
1612 Linmar Dr NE
Cedar Rapids, IA 52402""",
         labels=[MO, CS], unclear=False, ent={"name": "Mark Tillotson", "postal_code": "52402"},
         note="Both opt-outs in plain words."),
    dict(sid="P22", cat="change of address + no promo e-mail", mbox=CC, when="2027-03-18 17:45:03",
         client="zimbra", frm=("Mike Duggan", "mduggan57@mchsi.com"), subject="address update",
         text="""Hello, please update the mailing address on my account 1029384756 to 77 Prospect Pl, Dubuque IA 52001, I sold the house on Asbury Rd. Also please stop sending me promotional emails. I only want bills and outage stuff.

Mike Duggan""",
         labels=[MO, Q], unclear=False,
         ent={"name": "Mike Duggan", "postal_code": "52001", "account": "1029384756"},
         note="Change of address (question) + stop promotional e-mail while keeping service mail (marketing opt-out)."),
    dict(sid="P23", cat="keep catalog at new place, don't share", mbox=PHC, when="2027-04-12 19:02:47",
         client="thunderbird", frm=("Ingrid Solheim", "ingrid.solheim@tds.net"), subject="New address, and please don't share it",
         text="""Hello,

I'd like to keep receiving the PowerHouse Catalog, at my new address:

  Ingrid Solheim
  502 N Beaumont Rd
  Prairie du Chien, WI 53821

The last time I moved, my new address ended up with a dozen mail-order companies within weeks, so please make sure my name and address are not shared with other catalogs.

Thank you,
Ingrid Solheim""",
         labels=[CS, Q], unclear=False, ent={"name": "Ingrid Solheim", "postal_code": "53821"},
         note="Change of address (question) and no sharing (catalog_share_opt_out); she keeps the catalog, so no marketing opt-out."),
    dict(sid="P24", cat="share whatever, just stop the catalog", mbox=PHC, when="2027-04-14 12:18:09",
         client="outlook_ios", frm=("Curtis Wambold", "cwambold@hotmail.com"), subject="Catalog still coming",
         text="""I honestly don't care who you share the list with, I just want the catalog to stop coming. We moved out of state two years ago and the post office still forwards it somehow. Name on the label: Curtis Wambold.""",
         labels=[MO], unclear=False, ent={"name": "Curtis Wambold"},
         note="Rulebook 'Share whatever, just stop the catalog' = marketing_opt_out only; the words about sharing waive, not request, a share opt-out."),
    dict(sid="P25", cat="stop promo e-mails, keep paper", mbox=CC, when="2027-03-25 09:07:14",
         client="apple_mail", frm=("Judith Amundsen", "judyamundsen@me.com"), subject="E-mail vs. paper",
         text="""Hello,

Since moving to Fort Atkinson I've switched to reading everything on paper — my eyes don't do screens well anymore. Please stop the promotional e-mails to this address, but I'm happy to keep getting your newsletter and the PowerHouse catalog in the mail.

Best,
Judith Amundsen""",
         labels=[MO], unclear=False, ent={"name": "Judith Amundsen"},
         note="Rulebook 'Channel limits are kept': stop e-mail, keep paper = marketing_opt_out (the record notes the e-mail channel)."),
    dict(sid="P26", cat="texts only: stop promo text messages", mbox=CC, when="2027-03-27 14:40:59",
         client="gmail_android", frm=("Ben Achenbach", "benach1988@gmail.com"), subject="Texts",
         text="""Ever since I set up service at our new house I get text messages about thermostat rebates and the home energy checkup. Please stop texting me, my number is 608-555-0172. Emails are fine.

Ben""",
         labels=[Q], unclear=False, ent={"name": "Ben"},
         note="Project convention: a wish about text messages only (not postal mail or e-mail) is a question, not a marketing opt-out."),
    dict(sid="P27", cat="data access request after move", mbox=CC, when="2027-04-03 10:26:37",
         client="proton", frm=("Hannah Wojcik", "hwojcik@proton.me"), subject="Request for a copy of my personal data",
         text="""Hello,

Under your privacy policy I'd like a copy of the personal information Alliant Energy holds about me, including any addresses and phone numbers on file. I moved last year from Ottumwa to Sun Prairie and want to confirm my old address and phone number aren't still being used. My account number is 880 417 3325.

Regards,
Hannah Wojcik""",
         labels=[Q], unclear=False, ent={"name": "Hannah Wojcik", "account": "880 417 3325"},
         note="Copy-of-data request: a clear question (rulebook 'Data requests')."),
    dict(sid="P28", cat="opting back in after buying a house", mbox=CC, when="2027-04-07 19:14:25",
         client="iphone", frm=("Erin Colby", "erincolby@icloud.com"), subject="Put me back on the list",
         text="""Hi, I asked to be taken off your mailing list a couple of years ago when we were renting. We just bought our first house in Marshalltown and I'd actually like the rebate and energy-efficiency mailings again. Can you put me back on?

Thanks, Erin Colby, 50158""",
         labels=[Q], unclear=False, ent={"name": "Erin Colby", "postal_code": "50158"},
         note="Opting back in is a question; the old removal she mentions is not a new opt-out (rulebook 'Opting back in')."),
    dict(sid="P29", cat="thank-you reply to our acknowledgement", mbox=CC, when="2027-03-13 08:02:19",
         client="gmail", frm=("Rachel Dunn", "rdunn.mpls@gmail.com"),
         reply=dict(key="ack", when="2027-03-12 16:40:02",
                    ctx=dict(orig="Moved - stop the mailers please", origdate="March 12, 2027", ref="CC-27-0312-0418",
                             action="Your request to stop promotional mail and e-mail has been recorded. Please allow up to 10 business days; pieces already printed may still arrive.")),
         text="Thank you, that's all I needed!", labels=[], unclear=False, ent={}, ack=None,
         note="Pure thank-you to our acknowledgement: no labels, not unclear, no acknowledgement due."),
    dict(sid="P30", cat="gracias reply to our acknowledgement", mbox=PHC, when="2027-04-09 18:26:44",
         client="iphone_es", frm=("Verónica Arteaga", "vero.arteaga@icloud.com"), lang="es",
         reply=dict(key="ack_phc", when="2027-04-09 10:05:33",
                    ctx=dict(orig="Cambio de dirección del catálogo", origdate="April 8, 2027", ref="PHC-27-0408-0093",
                             action="We have updated the mailing address for your catalog. The next edition will go to your new address.")),
         text="Muchas gracias por la confirmación. Que tengan buen día.", labels=[], unclear=False, ent={}, ack=None,
         note="Spanish thank-you to our acknowledgement; asks for nothing: no labels, no acknowledgement."),
    dict(sid="P31", cat="complaint: still getting promos at old address", mbox=CC, when="2027-04-13 21:55:30",
         client="outlook_com", frm=("Trevor Mahlum", "tmahlum@live.com"), subject="STILL getting your junk at my old address",
         text="""I moved out of 209 Pine St in Portage in December and told your phone rep at the time. My old landlord is STILL handing me envelopes of Alliant promotions addressed to me there. Stop sending me promotional mail, at any address. And I'd like to know why this wasn't taken care of the first time.

Trevor Mahlum""",
         labels=[MO, Q], unclear=False, ent={"name": "Trevor Mahlum"},
         note="Explicit opt-out for himself plus a complaint that wants an answer (question). The earlier phone call is context, the request itself is stated."),
    dict(sid="P32", cat="new homeowner account holder: pre-emptive both opt-outs", mbox=CC,
         when="2027-03-06 13:11:48", client="fastmail", frm=("Sam Okonkwo-Reyes", "sam@okonkwo-reyes.net"),
         subject="New account - marketing and sharing preferences",
         text="""Hi,

We just started service at our new house (account 771 033 4902). Before the flood of welcome offers starts: please don't sign us up for any marketing emails or mailers, and don't share our information with third parties.

Thanks,
Sam Okonkwo-Reyes""",
         labels=[MO, CS], unclear=False, ent={"name": "Sam Okonkwo-Reyes", "account": "771 033 4902"},
         note="Both opt-outs from the account holder; sent to customercare, but 'don't share with third parties' is still catalog_share_opt_out."),
    # ------------------------------------------------------------------ Spanish
    dict(sid="P33", cat="cambio de dirección de facturación", mbox=CC, when="2027-03-10 15:42:18",
         client="yahoo_es", frm=("Rosa Elena Martínez", "rosaelena.mtz@yahoo.com"), lang="es", subject="Cambio de dirección",
         text="""Buenas tardes,

Me mudé de Marshalltown a Ottumwa el mes pasado. Por favor cambien la dirección donde me mandan el recibo. Mi cuenta es 5520187734.

Nueva dirección: 418 N Court St, Ottumwa, IA 52501

Gracias,
Rosa Elena Martínez""",
         labels=[Q], unclear=False,
         ent={"name": "Rosa Elena Martínez", "postal_code": "52501", "account": "5520187734"},
         note="Change of billing address in Spanish: question."),
    dict(sid="P34", cat="ya no quiero el catálogo", mbox=PHC, when="2027-03-20 11:09:57", client="gmail_es",
         frm=("Jorge Villarreal", "jorgevillarreal77@gmail.com"), lang="es", subject="Catálogo",
         text="""Hola, ya no quiero recibir el catálogo PowerHouse. Nos mudamos a un departamento más chico y no tenemos espacio. Por favor quítenme de la lista.

Jorge Villarreal
Beloit 53511""",
         labels=[MO], unclear=False, ent={"name": "Jorge Villarreal", "postal_code": "53511"},
         note="Spanish: stop the catalog = marketing opt-out."),
    dict(sid="P35", cat="seguir con el catálogo pero no compartir", mbox=PHC, when="2027-03-31 09:33:41",
         client="outlook_desktop_es", frm=("Claudia Ibarra Soto", "cibarra@ibarrasoto-contadores.com"), lang="es",
         subject="No compartir mis datos",
         text="""Buenos días:

Acabo de mudarme y quiero seguir recibiendo el catálogo en mi nueva dirección, que ya actualicé en su página. Lo que no quiero es que compartan mi nombre ni mi dirección con otras compañías de catálogos. Por favor anoten eso en mi registro.

Saludos cordiales,
Claudia Ibarra Soto""",
         labels=[CS], unclear=False, ent={"name": "Claudia Ibarra Soto"},
         note="Keeps the catalog (address already updated online), refuses sharing: catalog_share_opt_out only."),
    dict(sid="P36", cat="BAJA reply to Spanish promotion", mbox=CC, when="2027-03-09 19:47:02",
         client="iphone_es", frm=("Maricela Duarte", "maricela.duarte@icloud.com"), lang="es",
         reply=dict(key="promo_es"), text="BAJA", labels=[MO], unclear=False, ent={},
         note="'BAJA' (Spanish 'unsubscribe') under our Spanish promotion: marketing opt-out."),
    dict(sid="P37", cat="cómo cancelo el servicio, me mudé con mi novio", mbox=CC, when="2027-04-04 22:10:35",
         client="gmail_es", frm=("Yesenia Carrillo", "yesecarrillo.fd@gmail.com"), lang="es",
         subject="cancelar servicio depto anterior",
         text="""Hola buenas, me mudé con mi novio a su casa en Fort Dodge y ya no vivo en el depto de la calle 10. ¿Cómo cancelo el servicio de luz y gas allá? La cuenta está a mi nombre, Yesenia Carrillo, número de cuenta 34-1109-6682. ¿Lo puedo hacer por correo o tengo que llamar?

Gracias!""",
         labels=[Q], unclear=False, ent={"name": "Yesenia Carrillo", "account": "34-1109-6682"},
         note="Stop-service question from the account holder, Spanish; no opt-out."),
    dict(sid="P38", cat="quítenme del catálogo y no vendan mis datos", mbox=PHC, when="2027-04-01 17:25:50",
         client="outlook_com_es", frm=("Ramón Guerrero Luna", "ramon.guerrero.l@hotmail.com"), lang="es",
         subject="Catálogo y mis datos",
         text="""Por favor quítenme de la lista del catálogo y no vendan ni compartan mis datos con nadie. Me cambié de casa y ya me están llegando catálogos de otras tiendas.

Atte. Ramón Guerrero Luna
Burlington, IA 52601""",
         labels=[MO, CS], unclear=False, ent={"name": "Ramón Guerrero Luna", "postal_code": "52601"},
         note="Both opt-outs in Spanish."),
    dict(sid="P39", cat="estudiante: dejen de mandar correos promocionales", mbox=CC, when="2027-04-10 13:01:26",
         client="gmail_android", frm=("Daniela Fuentes", "dfuentes@coe.edu"), lang="es", subject="correos",
         text="""Hola, soy estudiante en Coe College y desde que abrí la cuenta de luz para mi departamento me llegan muchos correos de promociones. Por favor dejen de mandarme correos promocionales.

Gracias, Daniela Fuentes""",
         labels=[MO], unclear=False, ent={"name": "Daniela Fuentes"},
         note="Student account holder, Spanish: marketing e-mail opt-out."),
    dict(sid="P40", cat="cambio de domicilio + no más correos promocionales", mbox=CC, when="2027-04-16 10:44:03",
         client="outlook_desktop_es", frm=("Arturo Benavides Garza", "abenavides@benavides-law.com"), lang="es",
         subject="Cambio de domicilio, cuenta 12-8830-5527",
         text="""Estimados señores:

Les escribo para informarles que a partir del 1 de mayo mi domicilio será 1205 Grant St, Beloit, WI 53511. Les ruego actualicen la dirección postal de mi cuenta 12-8830-5527. Asimismo, les pido que no me envíen más correos electrónicos promocionales.

Atentamente,
Lic. Arturo Benavides Garza""",
         labels=[MO, Q], unclear=False,
         ent={"name": "Arturo Benavides Garza", "postal_code": "53511", "account": "12-8830-5527"},
         note="Change of address (question) + no promotional e-mail (opt-out). 'Lic.' is a title, dropped."),
    # ------------------------------------------------------------------ more English
    dict(sid="P41", cat="moved to Arizona: stop forwarded catalog", mbox=PHC, when="2027-04-18 15:16:22",
         tz=-7, client="outlook_com", frm=("Phyllis Grunwald", "pgrunwald@msn.com"), subject="Remove from mailing list",
         html_only=True,
         text="""Please remove me from the PowerHouse catalog mailing list. I have moved to Arizona (Mesa, AZ 85203) and your catalog is being forwarded to me. I do not want it at the new address.

Thank you,
Phyllis Grunwald""",
         labels=[MO], unclear=False, ent={"name": "Phyllis Grunwald", "postal_code": "85203"},
         note="Plain catalog opt-out, HTML-only body; the postal code is outside the service area but is recorded as written."),
    dict(sid="P42", cat="follow-up question to our acknowledgement", mbox=CC, when="2027-03-21 16:34:11",
         client="yahoo_android", frm=("Lorraine Pfaff", "lorraine.pfaff@yahoo.com"),
         reply=dict(key="ack", when="2027-03-19 11:02:47",
                    ctx=dict(orig="no more ads please", origdate="March 18, 2027", ref="CC-27-0318-0772",
                             action="Your request to stop promotional mail and e-mail has been recorded. Please allow up to 10 business days; pieces already printed may still arrive.")),
         text="""Thanks. Will this also stop the inserts that come in the envelope with my bill? Those are what I really wanted gone.

Lorraine""",
         labels=[Q], unclear=False, ent={"name": "Lorraine"},
         note="Reply to our acknowledgement with a new question: question, acknowledgement due."),
    dict(sid="P43", cat="reply to acknowledgement: change mailing address", mbox=CC, when="2027-04-20 09:19:38",
         client="thunderbird", frm=("Dale Kittleson", "dkittleson@tds.net"),
         reply=dict(key="ack", when="2027-04-19 14:12:05",
                    ctx=dict(orig="Remove me from promotional mailings", origdate="April 19, 2027", ref="CC-27-0419-0220",
                             action="Your request to stop promotional mail and e-mail has been recorded. Please allow up to 10 business days; pieces already printed may still arrive.")),
         text="""Got your confirmation, thanks. One more thing: please change the mailing address on my account to PO Box 214, Lodi WI 53555. I'm moving out of the house on the 30th and won't get mail there after that.

Dale Kittleson""",
         labels=[Q], unclear=False, ent={"name": "Dale Kittleson", "postal_code": "53555"},
         note="Reply to our acknowledgement that asks for something new (change of address): question, not a thank-you."),
    dict(sid="P44", cat="catalog web form: remove, moved", mbox=PHC, when="2027-03-14 20:17:09", client="web_form",
         frm=("PowerHouse Catalog Web Form", "no-reply@forms.alliant-energy.com"),
         reply_to=("Linda Schuett", "lschuett54@charter.net"), form_id="phc-catalog-request",
         subject="[Catalog request] Remove me from the catalog mailing list",
         text="""Catalog request form submission
===============================

Request type:   Remove me from the catalog mailing list
Name:           Linda Schuett
Street address: 730 Blackburn St
City:           Ripon
State:          WI
ZIP:            54971
E-mail:         lschuett54@charter.net
Phone:          (920) 555-0163

Comments:
Moved here in March, please stop sending it.

--
Submitted 03/14/2027 8:17 PM from 73.185.20.144
This message was generated by alliantenergy.com/powerhouse/contact""",
         labels=[MO], unclear=False, ent={"name": "Linda Schuett", "postal_code": "54971"},
         ack="lschuett54@charter.net",
         note="Web form relay: From is our no-reply form address, so the acknowledgement goes to Reply-To; the chosen request type is her request."),
    dict(sid="P45", cat="contact web form: transfer service when moving", mbox=CC, when="2027-04-19 12:48:56",
         client="web_form", frm=("Alliant Energy Contact Form", "no-reply@forms.alliant-energy.com"),
         reply_to=("Tyler Brockway", "tbrockway@gmail.com"), form_id="customercare-contact",
         subject="Contact form: Moving / start, stop or transfer service",
         text="""Contact form submission

Topic: Moving / start, stop or transfer service
Name: Tyler Brockway
E-mail: tbrockway@gmail.com
Account number: 2290 514 387
Message:
I'm moving from Sun Prairie to Marshall in May. Do I need to start a new account at the new house or can you just transfer the one I have? Both are Alliant.

--
Submitted 04/19/2027 12:48 PM""",
         labels=[Q], unclear=False, ent={"name": "Tyler Brockway", "account": "2290 514 387"},
         ack="tbrockway@gmail.com",
         note="Web form question; acknowledgement to Reply-To (From is a no-reply relay)."),
    dict(sid="P46", cat="shared family account, answer elsewhere", mbox=CC, when="2027-03-28 18:03:27",
         client="gmail", frm=("The Brekke Family", "brekkefamily@gmail.com"), subject="Moved to the lake - stop promos",
         text="""This is Ron Brekke, the account holder (account 220 988 1470). We moved up to the lake house full time and sold the place in Portage. Please stop all promotional emails and mailers to us.

Please reply to my own email, ron.brekke@tds.net, we don't check this family one much.

Ron Brekke""",
         labels=[MO], unclear=False, ent={"name": "Ron Brekke", "account": "220 988 1470"},
         ack="ron.brekke@tds.net",
         note="Account holder writing from a shared family address and asking to be answered elsewhere: ack_to is the address he gives (rulebook 'Acknowledgement address')."),
    dict(sid="P47", cat="Gmail unsubscribe button (software)", mbox=CC, when="2027-04-06 09:12:44",
         client="gmail_unsub", frm=("", "kristen.lund88@gmail.com"), subject="unsubscribe",
         text="This message was automatically generated by Gmail.",
         labels=[MO], unclear=False, ent={}, answers="List-Unsubscribe mailto of promo_april",
         note="Mail client's unsubscribe button to our List-Unsubscribe address: automated=false, marketing opt-out; no Auto-Submitted header, so ack_to is the sender."),
    dict(sid="P48", cat="inbox-cleaning service unsubscribes (Auto-Submitted)", mbox=CC, when="2027-03-17 03:00:12",
         client="tidyinbox", frm=("", "mpetrakis@comcast.net"), subject="unsubscribe",
         text="""Unsubscribe request sent by Tidy Inbox on behalf of the owner of this mailbox, who chose to unsubscribe from mailings sent by customercare@alliant-energy.com.

Tidy Inbox - tidyinbox.app""",
         labels=[MO], unclear=False, ent={}, ack=None, answers="List-Unsubscribe mailto of promo_rebate",
         note="Inbox-cleaning software unsubscribing for a person: marketing opt-out, automated=false, but Auto-Submitted: auto-generated forbids an answer, so ack_to null."),
    dict(sid="P49", cat="iOS Mail unsubscribe to catalog List-Unsubscribe", mbox=PHC, when="2027-03-25 19:40:03",
         client="iphone", frm=("", "jberglund@icloud.com"), subject="unsubscribe", text="", nosig=True,
         labels=[MO], unclear=False, ent={}, answers="List-Unsubscribe mailto of cat_moveday",
         note="Empty body, subject 'unsubscribe' to the catalog's List-Unsubscribe address: the subject is the sender's own text (not 'Re:' of ours), so a marketing opt-out."),
    dict(sid="P50", cat="moving in with fiancé: close own account", mbox=CC, when="2027-04-21 12:30:19",
         client="outlook_desktop", frm=("Courtney Blaha", "cblaha@marionschools.net"), subject="close my account",
         text="""Hi,

I'm moving in with my fiancé in Marion on May 3. His place is already on his own Alliant account. Can you close mine (acct 4470 118 263) as of May 3? And is there anything I need to do to get my deposit back?

Thanks,
Courtney Blaha""",
         labels=[Q], unclear=False, ent={"name": "Courtney Blaha", "account": "4470 118 263"},
         note="Close account / deposit: questions only."),
    dict(sid="P51", cat="moved into senior living: no more e-mails", mbox=CC, when="2027-04-22 10:05:46",
         client="aol", frm=("Marjorie Thiel", "margethiel@aol.com"), subject="No more e-mails",
         text="""I moved into Brookdale Senior Living in Fond du Lac. I do not want your e-mails anymore please.

Marjorie Thiel""",
         labels=[MO], unclear=False, ent={"name": "Marjorie Thiel"},
         note="Writes for herself: stop e-mails = marketing opt-out."),
    dict(sid="P52", cat="catalog subscriber moved: update address", mbox=PHC, when="2027-04-23 20:51:30",
         client="apple_mail", frm=("Lisa Feld", "lisafeld@mac.com"), subject="We've moved!",
         text="""Hi PowerHouse team,

We've moved! Please update the address on our catalog subscription from 88 Bluff St, Dubuque to 3415 Pennsylvania Ave, Dubuque, IA 52002. We don't want to miss the fall edition.

Cheers,
Lisa Feld""",
         labels=[Q], unclear=False, ent={"name": "Lisa Feld", "postal_code": "52002"},
         note="Change of address: question."),
    dict(sid="P53", cat="privacy question: moving-company calls after stop-service", mbox=CC,
         when="2027-04-24 08:27:55", client="gmail", frm=("Nathan Ellefson", "n.ellefson@gmail.com"),
         subject="Do you share info about customers who are moving?",
         text="""Hi,

I scheduled a stop-service online on Monday for my move, and by Wednesday I'd had three calls from moving companies. Does Alliant give out information about customers who are moving? Who do you share it with?

Nathan Ellefson""",
         labels=[Q], unclear=False, ent={"name": "Nathan Ellefson"},
         note="Privacy-policy question; he asks what is shared but does not ask us to stop sharing, so no share opt-out."),
    dict(sid="P54", cat="did you sell my name? stop sharing", mbox=CC, when="2027-04-26 19:49:14",
         client="yahoo", frm=("Alicia Moorhouse", "amoorhouse22@yahoo.com"), subject="did you sell my info??",
         text="""Did you sell my name to moving companies?? I started service at my new apartment and got a flood of moving and storage ads the same week. If you're sharing my info, stop it now. I want my name and address kept private.

Alicia Moorhouse""",
         labels=[CS, Q], unclear=False, ent={"name": "Alicia Moorhouse"},
         note="Asks whether we sold her data (question) and tells us to stop sharing (catalog_share_opt_out)."),
    dict(sid="P56", cat="forwards our newsletter back: remove me", mbox=CC, when="2027-04-07 11:40:28",
         client="outlook_desktop", frm=("Greg Lundquist", "greg.lundquist@lundquistag.com"),
         fwd=dict(key="promo_april"), fwd_style="outlook_fw", prefix="FW: ",
         text="""Please remove me from these. I moved out of Iowa in January.

Thanks,
Greg Lundquist""",
         labels=[MO], unclear=False, ent={"name": "Greg Lundquist"},
         note="Forwarded our promotion with a clear request on top; the forwarded footer's unsubscribe wording is not his, his own line is the opt-out."),
    dict(sid="P57", cat="terse reply to catalog e-mail", mbox=PHC, when="2027-03-25 17:03:39",
         client="iphone", frm=("Keith Rowe", "keithrowe@me.com"), reply=dict(key="cat_moveday"),
         text="Take me off. Moved.", labels=[MO], unclear=False, ent={},
         note="Short reply under our catalog promotion takes its meaning from it: marketing opt-out."),
    dict(sid="P58", cat="reply to bill notice: I don't live there", mbox=CC, when="2027-03-07 10:55:20",
         client="gmail", frm=("Kirsten Rasmussen", "kirstenr.dbq@gmail.com"),
         reply=dict(key="alert_bill", when="2027-03-06 06:02:14",
                    ctx=dict(last4="5521", amount="$84.17", due="March 26, 2027")),
         text="""I don't live there anymore, I stopped service on March 1. Why am I getting a bill for 1903 Cedar St? Please check.

K. Rasmussen""",
         labels=[Q], unclear=False, ent={"name": "K. Rasmussen"},
         note="Billing question under a service notice; clear question, nothing about marketing."),
    dict(sid="P59", cat="reply to outage alert: stop alerts for old address", mbox=CC, when="2027-04-11 07:12:03",
         client="outlook_com", frm=("Rick Osterhaus", "rosterhaus@hotmail.com"),
         reply=dict(key="alert_outage", when="2027-04-11 05:48:30",
                    ctx=dict(svc="118 Oak St, Newton, IA", eta="9:30 AM")),
         prefix="RE: ",
         text="""I moved out of 118 Oak St in February. Please stop sending me outage alerts for that address, I'm not the customer there anymore.

Rick""",
         labels=[Q], unclear=False, ent={"name": "Rick"},
         note="Stop service alerts for an old address: the object is named, so not unclear; alerts are not marketing, so a question (account/notification change), not an opt-out."),
    dict(sid="P60", cat="relocating within service area: all three", mbox=CC, when="2027-03-12 20:31:06",
         client="thunderbird", frm=("Simone Achterberg", "s.achterberg@mchsi.com"), subject="Relocation: account, marketing and data sharing",
         text="""Dear Alliant Energy,

I am relocating from Cedar Rapids, Iowa to Platteville, Wisconsin at the end of April for a new position. I understand Alliant serves both locations, so I have a few requests:

1. Please close my Cedar Rapids account (account 118 820 4395) effective April 29 and send the final bill to my new address below.
2. Please open service at the new address effective April 28, or tell me what you need from me to do that.
3. I do not want to receive any marketing or promotional material from Alliant Energy at either address, by mail or e-mail.
4. Please do not share my name, address or contact details with any third party, including the PowerHouse Catalog's partner companies.

New address: 645 Camp St, Platteville, WI 53818

Thank you,
Dr. Simone Achterberg""",
         labels=[MO, CS, Q], unclear=False,
         ent={"name": "Simone Achterberg", "postal_code": "53818", "account": "118 820 4395"},
         note="Numbered letter with service questions, a marketing opt-out and a share opt-out: all three labels. Title 'Dr.' dropped."),
    dict(sid="P61", cat="send fewer catalogs", mbox=PHC, when="2027-04-02 19:58:48", client="gmail",
         frm=("Heather Nakamura", "heather.nakamura@gmail.com"), subject="Too many catalogs",
         text="""We just moved into our new house in Grinnell and it seems like the PowerHouse catalog shows up every other week. Could you send it just once a season? We do like it, just not that often.

Heather Nakamura""",
         labels=[Q], unclear=False, ent={"name": "Heather Nakamura"},
         note="Project convention: 'send fewer catalogs' is a question, not an opt-out."),
    dict(sid="P62", cat="realtor asks how buyers start service", mbox=CC, when="2027-03-31 14:22:07",
         client="outlook_desktop", frm=("Jen Kaltenbach", "jen@kaltenbachhomes.com"), subject="Starting service for relocating buyers",
         text="""Hello,

My buyers close on 412 Maple Ave in Charles City on April 18. They're relocating from Texas and asked me how they set up gas and electric before they arrive. Is there a form, or do they have to call? Can service be started before they have any local credit history?

Thanks,
Jen Kaltenbach, REALTOR®
Kaltenbach Homes | Charles City, Iowa
(641) 555-0121""",
         labels=[Q], unclear=False, ent={"name": "Jen Kaltenbach"},
         note="A general service question needs no standing; question. 'REALTOR®' is a designation, not part of the name."),
    dict(sid="P64", cat="photo of forwarded catalog label: stop it", mbox=PHC, when="2027-04-10 16:44:29",
         client="apple_mail", frm=("Colleen Marsh", "colleenmarsh@icloud.com"), subject="Catalog label",
         attach=[("IMG_4471.jpeg", "image/jpeg", _JPEG)],
         text="""Hello,

Attached is a photo of the mailing label from the catalog that keeps following me. The post office forwards it from my old place on Water St. Please stop sending it to me, at the old address and at the new one.

Thank you,
Colleen Marsh""",
         labels=[MO], unclear=False, ent={"name": "Colleen Marsh"},
         note="Clear catalog opt-out with an image attachment; entities only from the text, not the photo."),
    dict(sid="P65", cat="business relocated: mailing address change", mbox=CC, when="2027-03-29 11:08:15",
         client="outlook_desktop", frm=("Melissa Ruiz", "mruiz@hawkeyedentalgroup.com"), subject="Mailing address update - Hawkeye Dental Group",
         text="""Hi,

Our office relocated from 200 1st Ave SE to 1450 Edgewood Rd SW, Cedar Rapids, IA 52404. Please update the mailing address on account 12-0078-4431 (Hawkeye Dental Group). Service at the old suite was stopped on March 26.

Best regards,

Melissa Ruiz | Practice Administrator
Hawkeye Dental Group
1450 Edgewood Rd SW, Cedar Rapids, IA 52404

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain confidential or privileged information. It may not be disclosed or shared with third parties without the sender's consent. If you received it in error, please delete it.""",
         labels=[Q], unclear=False,
         ent={"name": "Melissa Ruiz", "postal_code": "52404", "account": "12-0078-4431"},
         note="Business change of address: question. The disclaimer's 'shared with third parties' is boilerplate, not a share opt-out."),
    dict(sid="P66", cat="subject-only: do not sell my personal information", mbox=PHC, when="2027-03-17 22:14:40",
         client="spark", frm=("Anthony Zielinski", "azielinski.stoughton@gmail.com"),
         subject="Do not sell my personal information",
         text="""Anthony Zielinski
53589""",
         labels=[CS], unclear=False, ent={"name": "Anthony Zielinski", "postal_code": "53589"},
         note="The subject is the sender's own text (not 'Re:' of ours): a share opt-out; the body is only his signature."),
    dict(sid="P68", cat="selling up and moving to Florida", mbox=CC, when="2027-03-01 09:44:02", tz=-5,
         client="roundcube", frm=("Gordon Van Wyk", "gvanwyk@windstream.net"), subject="Final move to Florida",
         text="""Good morning,

After 31 winters in Spencer we have sold the house at 1020 W 4th St and are moving to Sarasota for good on March 20. Please end service on that date on account 6613 802 447 and mail the final bill to 4410 Beneva Rd, Sarasota, FL 34233.

We also want no more advertising from Alliant, at either address, in the mail or by e-mail.

Gordon Van Wyk""",
         labels=[MO, Q], unclear=False,
         ent={"name": "Gordon Van Wyk", "postal_code": "34233", "account": "6613 802 447"},
         note="Account holder: end service + final bill address (question) and stop advertising by mail and e-mail (opt-out). Written from Florida (EST)."),
    # ------------------------------------------------------------------ unclear: on behalf of someone without standing
    dict(sid="U01", cat="new homeowner: stop catalogs for the people who lived here before", mbox=PHC,
         when="2027-03-05 18:26:57", client="gmail", frm=("Kelsey Dunbar", "kelseydunbar.ia@gmail.com"),
         subject="stop sending catalogs for the people who lived here before",
         text="""Hi,

We moved into 2714 Harwood Dr, Marion IA 52302 in January. We keep getting the PowerHouse Catalog addressed to Gary Brandt, who lived here before us and moved to Florida. Can you please stop sending it to him here? We don't have a forwarding address for him.

Thanks,
Kelsey Dunbar""",
         labels=[MO], unclear=True, ent={"name": "Gary Brandt", "postal_code": "52302"},
         note="New resident asks to remove the previous owner's catalog: a request on behalf of someone else without standing (rulebook 'On behalf of someone else'), so unclear; entities name the person the request is for."),
    dict(sid="U02", cat="catálogos a nombre de la dueña anterior", mbox=PHC, when="2027-03-18 20:39:12",
         client="yahoo_es", frm=("Familia Sandoval", "fam.sandoval.mtown@yahoo.com"), lang="es",
         subject="Catálogos de la dueña anterior",
         text="""Hola, compramos una casa en Marshalltown hace dos meses y siguen llegando sus catálogos a nombre de Rosa Ortega, la dueña anterior. Ella ya no vive aquí. Por favor dejen de mandarlos.

Nuestra dirección es 506 S 3rd Ave, Marshalltown, IA 50158.

Gracias.
Fam. Sandoval""",
         labels=[MO], unclear=True, ent={"name": "Rosa Ortega", "postal_code": "50158"},
         note="Spanish: new owners want the previous owner's catalogs stopped; on behalf of someone else without standing, unclear."),
    dict(sid="U03", cat="new tenant: promos for previous tenant", mbox=CC, when="2027-03-26 12:15:43",
         client="iphone", frm=("Brianna Cole", "bri.cole@icloud.com"), subject="Mail for previous tenant",
         text="""Hey, I moved into Apt 2B at 1130 Kellogg Ave, Janesville 53546 last month. I keep getting Alliant promotional mailers for Kyle Danner, the guy who lived here before me. Can you take him off?""",
         labels=[MO], unclear=True, ent={"name": "Kyle Danner", "postal_code": "53546"},
         note="Tenant asks to remove the former tenant from marketing: on behalf of a third party, unclear."),
    dict(sid="U04", cat="landlord: remove all former tenants", mbox=CC, when="2027-04-01 09:03:37",
         client="outlook_desktop", frm=("Brad Kessler", "brad@kesslerproperty.com"), subject="Former tenants' mail",
         text="""Hello,

I manage a 14-unit building at 2200 University Ave in Dubuque (52001). Tenants come and go and your marketing mailers for former residents keep piling up in our mailroom. Please remove all former tenants at this address from your mailing lists. I can't give you a list of names, there have been a lot of them.

Thanks,
Brad Kessler
Kessler Property Services""",
         labels=[MO], unclear=True, ent={"postal_code": "52001"},
         note="Property manager writing about unnamed former tenants: no standing and no identifiable person; unclear. The only entity for them is the building's ZIP."),
    dict(sid="U05", cat="parent for adult son at college", mbox=PHC, when="2027-03-27 10:51:18",
         client="outlook_com", frm=("Sharon Vogt", "sharonvogt@outlook.com"), subject="Please remove my son",
         text="""My son Tyler Vogt is a sophomore at UW-Platteville and he keeps getting your catalog emails at his student email. He asked me to get him taken off since he never signed up. His school email is vogtt@uwplatt.edu.

Thank you.
Sharon Vogt""",
         labels=[MO], unclear=True, ent={"name": "Tyler Vogt"},
         note="Parent writing for an adult child's own e-mail address (not her household): on behalf without standing, unclear; entity is the son."),
    dict(sid="U06", cat="daughter for mother in memory care", mbox=CC, when="2027-04-05 15:58:21",
         client="gmail", frm=("Linda Kasper-Hoel", "lkasperhoel@gmail.com"), subject="My mother moved to memory care - stop marketing",
         text="""Hello,

My mother, Dolores Kasper, moved into memory care at Heritage Oaks last month. Her house at 915 Oak St, Tomah WI 54660 is being sold. Please stop all marketing mail and e-mail to her and do not share her name or address with anyone. I'm helping manage her affairs.

Linda Kasper-Hoel""",
         labels=[MO, CS], unclear=True, ent={"name": "Dolores Kasper", "postal_code": "54660"},
         note="Both opt-outs, but for her mother; 'helping manage her affairs' is not clear standing, so unclear; entities for the mother."),
    dict(sid="U07", cat="hijo por su papá en un asilo", mbox=CC, when="2027-04-08 19:33:02",
         client="gmail_android", frm=("Miguel Solís", "miguelsolis.otm@gmail.com"), lang="es", subject="mi papá",
         text="""Buenas, mi papá Efraín Solís ya vive en un asilo en Ottumwa y le siguen llegando sus anuncios y promociones a su casa vieja. Por favor ya no le manden nada. Su cuenta era 2201938845.

Gracias, Miguel Solís""",
         labels=[MO], unclear=True, ent={"name": "Efraín Solís", "account": "2201938845"},
         note="Son writes for his father in a nursing home: on behalf without standing, unclear; entities for the father."),
    dict(sid="U08", cat="estate clear-out: deceased father's catalog", mbox=PHC, when="2027-04-11 13:37:49",
         client="aol", frm=("Don Jessup", "donjessup@aol.com"), subject="Harold Jessup - deceased",
         text="""My father, Harold Jessup, passed away in January. I'm cleaning out his house in Mount Pleasant and found a stack of your catalogs. Please take his name off the catalog mailing list and don't pass it along to any other company.

Don Jessup""",
         labels=[MO, CS], unclear=True, ent={"name": "Harold Jessup"},
         note="Deceased parent is the rulebook's own example of writing on behalf of someone: unclear, both opt-outs recorded for review."),
    dict(sid="U09", cat="wife for husband who holds the account", mbox=CC, when="2027-03-16 20:04:55",
         client="outlook_com", frm=("Angie Marchetti", "angiemarchetti@hotmail.com"), subject="promotions",
         text="""My husband Dean Marchetti has the account at our new house. He says to tell you he doesn't want your promotions anymore, email or mail.

Thanks, Angie""",
         labels=[MO], unclear=True, ent={"name": "Dean Marchetti"},
         note="Spouse relays the account holder's wish (rulebook names 'a spouse'): unclear; entity is the husband."),
    # ------------------------------------------------------------------ unclear: no object / reference / contradictory
    dict(sid="U10", cat="'Please stop. We moved.' with no object", mbox=CC, when="2027-03-09 07:22:31",
         client="iphone", frm=("Holly Baumgartner", "hollybaum@icloud.com"), subject="Moved",
         text="Please stop. We moved in January.",
         labels=[], unclear=True, ent={},
         note="'Please stop' with nothing that says what (promotions? bills? service?): unclear whichever mailbox (rulebook 'No object, no context'); labels left empty because the object is unknown."),
    dict(sid="U11", cat="'Opt me out' to the catalog mailbox, no object", mbox=PHC, when="2027-04-17 11:29:50",
         client="gmail_android", frm=("Derrick Jahnke", "djahnke54@gmail.com"), subject="Opt out",
         text="Opt me out please, new address anyway", html=False,
         labels=[], unclear=True, ent={},
         note="'Opt me out' with no object; the mailbox is a hint, not an instruction (rulebook): unclear."),
    dict(sid="U12", cat="STOP under final-bill notice", mbox=CC, when="2027-03-23 18:11:09",
         client="yahoo_android", frm=("Jamal Pruitt", "jpruitt1990@yahoo.com"),
         reply=dict(key="alert_final", when="2027-03-23 06:15:40",
                    ctx=dict(last4="0834", svc="2116 Blairs Ferry Rd NE, Cedar Rapids", amount="$41.66", due="April 12, 2027")),
         text="STOP", nosig=True, labels=[], unclear=True, ent={},
         note="STOP under a service message (final bill), not a promotion: unclear (rulebook 'Short replies take their meaning from what they answer')."),
    dict(sid="U13", cat="'do the same for my new address'", mbox=CC, when="2027-04-19 16:07:33", client="gmail",
         frm=("Pat Hentges", "pat.hentges@gmail.com"), subject="new address",
         text="""Hi, please do the same for my new address, 2660 Kaufmann Ave, Dubuque IA 52001.

Thanks!
Pat Hentges""",
         labels=[], unclear=True, ent={"name": "Pat Hentges", "postal_code": "52001"},
         note="Refers to an earlier request without saying what it was (rulebook 'Reference to earlier mail'): unclear."),
    dict(sid="U14", cat="'como les pedí antes' new address, Spanish", mbox=PHC, when="2027-04-21 21:18:26",
         client="iphone_es", frm=("Guadalupe Reyes", "lupitareyes@icloud.com"), lang="es", subject="nueva dirección",
         text="""Como les pedí antes, por favor háganlo también con mi nueva dirección: 1010 E Washington St, Mount Pleasant, IA 52641.

Gracias, Lupita""",
         labels=[], unclear=True, ent={"name": "Lupita", "postal_code": "52641"},
         note="Spanish 'as I asked before, do it for my new address too': the earlier request is unknown, unclear."),
    dict(sid="U15", cat="'See below.' reply to our newsletter", mbox=CC, when="2027-04-08 08:31:16",
         client="outlook_desktop", frm=("Todd Rasmussen", "todd@rasmussenplumbing.com"),
         reply=dict(key="promo_april"), prefix="RE: ",
         text="""See below.

Todd Rasmussen
Rasmussen Plumbing & Heating
563-555-0134""",
         labels=[], unclear=True, ent={"name": "Todd Rasmussen"},
         note="New text says nothing decidable ('See below' pointing at our own newsletter): unclear (rulebook 'Whose words count')."),
    dict(sid="U16", cat="contradictory: stop / no, send to new house", mbox=PHC, when="2027-04-24 17:42:05",
         client="yahoo", frm=("Duane Krogman", "dkrogman@yahoo.com"), subject="catalog",
         text="""Stop sending the catalog, we moved. Actually wait, my wife says she wants it at the new house. Can you send it there but maybe not so many? I don't know. Just fix it.

Duane""",
         labels=[MO, Q], unclear=True, ent={"name": "Duane"},
         note="Self-contradicting wishes (stop it / send it to the new house, less often): unclear (rulebook 'Mixed or self-contradicting wishes'); both readings recorded."),
    dict(sid="U17", cat="moved out of state: delete all my data", mbox=CC, when="2027-04-26 11:50:38",
         client="outlook_com", frm=("Jessica Lindahl", "jlindahl@outlook.com"), subject="Delete my information",
         text="""I've moved out of state and closed my account. Please delete all of my personal information from your systems: name, address, phone, email, everything.

Jessica Lindahl""",
         labels=[Q], unclear=True, ent={"name": "Jessica Lindahl"},
         note="Delete-everything request: unclear plus question (rulebook 'Data requests')."),
    dict(sid="U18", cat="thumbs-up emoji reply to our acknowledgement", mbox=CC, when="2027-04-12 12:02:58",
         client="gmail", frm=("Scott Haefner", "shaefner.wi@gmail.com"),
         reply=dict(key="ack", when="2027-04-12 09:47:11",
                    ctx=dict(orig="Stop promo emails - moved", origdate="April 11, 2027", ref="CC-27-0411-0531",
                             action="Your request to stop promotional e-mail has been recorded. Please allow up to 10 business days.")),
         text="\U0001F44D", labels=[], unclear=True, ent={}, ack=None,
         note="Emoji-only reply is 'nothing decidable' (unclear), and a reply to our acknowledgement that asks for nothing gets no acknowledgement (ack_to null)."),
    # ------------------------------------------------------------------ a moving-concierge service writing for a customer
    dict(sid="P69", cat="moving-concierge service sends a change of address for a customer", mbox=CC,
         when="2027-04-14 10:00:05", client="web_form", frm=("MoveWise Concierge", "updates@movewise-concierge.com"),
         reply_to=("Andrea Lindgren", "andrea.lindgren@gmail.com"), mailer="MoveWise Notify/2.4",
         env_from="bounces+2290617@em.movewise-concierge.com",
         subject="Change of address for your customer Andrea Lindgren",
         text="""Hello Alliant Energy team,

Your customer Andrea Lindgren used MoveWise to notify her service providers of her move. Please update her mailing address.

Customer:     Andrea Lindgren
Account:      51-2290-6617
Old address:  808 Lincoln Way, Boone, IA 50036
New address:  1221 Story St, Boone, IA 50036
Effective:    May 1, 2027

Questions about this request can be sent to the customer directly at the reply-to address.

MoveWise Concierge - one form, every provider
movewise-concierge.com""",
         labels=[Q], unclear=False,
         ent={"name": "Andrea Lindgren", "postal_code": "50036", "account": "51-2290-6617"},
         ack="andrea.lindgren@gmail.com",
         note="Judgement call: software sending a person's own change of address, treated like 'Software that unsubscribes for a person' (automated=false); no Auto-Submitted, From is a relay, so ack_to is the customer's Reply-To."),
]
