"""held-b messages 0061-0090."""
from common import M, O, ack, nest, person_reply, staff, LEGAL, CC, PH
import attach as A

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

# 0069: business thread (promo -> question -> staff answer -> new question)
_t69a = person_reply("Renee Kasparek", "rkasparek@kasparekimplement.com", "2026-01-14 08:40:12",
                     "RE: Match your home's energy with Iowa and Wisconsin wind \U0001F33F",
                     "Is Second Nature available for a business account? We have the shop and the parts "
                     "store on separate meters.\n\nRenee Kasparek\nOffice Manager, Kasparek Implement",
                     "<BL1PR13MB7730C4D5E6F7A8B9C0D1E2F3A4B5@BL1PR13MB7730.namprd13.prod.outlook.com>")
_t69a = nest(_t69a, "outlook", O["renew26"], "rkasparek@kasparekimplement.com")
_t69b = staff("Devon Marsh", "2026-01-15 14:22:48",
              "RE: Match your home's energy with Iowa and Wisconsin wind \U0001F33F",
              "Hi Renee,\n\nYes - business accounts can enroll each meter separately. I've signed up the "
              "shop meter at 100% as you asked; the parts store can be added any time.\n\nDevon Marsh\n"
              "Business Customer Care | Alliant Energy",
              "<CH0PR13MB5120E1D2C3B4A5968778695A4B3C@CH0PR13MB5120.namprd13.prod.outlook.com>")
_t69b = nest(_t69b, "outlook", _t69a, "rkasparek@kasparekimplement.com")

# 0083: reply to our acknowledgement, which quotes her earlier reply, which quotes the newsletter
_t83a = person_reply("Lorraine Petsche", "lpetsche@yahoo.com", "2025-09-16 19:02:33",
                     "Re: Energy Insights \u2013 September 2025", "Stop sending these please.",
                     "<1184227306.2281945.1758067353120@mail.yahoo.com>")
_t83a = nest(_t83a, "yahoo", O["news0925"], "lpetsche@yahoo.com")
_t83b = ack("CC-2025-09-04102", "2025-09-16 19:03:10", "7d41e0b9")
_t83b.to = "lpetsche@yahoo.com"
_t83b = nest(_t83b, "outlook_orig", _t83a, "lpetsche@yahoo.com")

_ack84 = ack("CC-2026-05-01877", "2026-05-12 16:20:05", "0c6b9f22")
_ack90 = ack("CC-2026-02-01192", "2026-02-24 13:31:19", "ab7c0e55")

_friend85 = person_reply(
    "Janet Riordan", "janriordan@mchsi.com", "2026-05-02 07:11:52", "FW: heads up",
    "Did you see this? Dad said the Alliant guy came to the door asking about solar and wanted to see his bill. "
    "Not sure if it's legit or a scam. Be careful.\n\nJan", "<000a01dcbb31$11aa22b0$35ff6810$@mchsi.com>",
    to="tomriordan62@gmail.com")

_vcard80 = A.vcard("Loretta Minnich", "Minnich", "Loretta", "lminnich@me.com", tel="+1 (563) 555-0186",
                   adr="618 Bluff St;Dubuque;IA;52001;USA")

SPECS = [
M(n=61, box="customercare", cat="mo:fwd-thunderbird-request-on-top", client="thunderbird",
  frm=("Stan Oberbroeckling", "stan.ober@mchsi.com"), date="2025-09-19 17:30:08", isp="smtp.mchsi.com",
  quote=("fwd", "news0925"),
  text="Please remove this address from your newsletter and promotions list. Forwarding one so you know which "
       "list I mean.\n\nStan Oberbroeckling\n",
  labels=[MO], ent={"name": "Stan Oberbroeckling"}, ack="from",
  note="Thunderbird '-------- Forwarded Message --------' of the newsletter, request on top, flowed text"),

M(n=62, box="powerhousecatalog", cat="cso:keep-catalog-gmail-reply", client="gmail",
  frm=("Duane Schwieger", "dschwieger@gmail.com"), date="2026-06-25 06:52:40", quote=("reply", "ph_summer26"),
  text="I like the catalog, keep it coming. But I read your fine print and I don't want my name passed to other "
       "outfits. Customer no. on my label is 77302291-04.\n\nDuane Schwieger\n",
  labels=[CSO], ent={"name": "Duane Schwieger", "account": "77302291-04"}, ack="from",
  note="wants the catalog, refuses sharing: sharing opt-out only; catalog customer number as written"),

M(n=63, box="customercare", cat="auto:vendor-newsletter-cc", builder="bulk", esp="cc", client=None,
  frm=("Midwest Comfort Supply", "news@midwestcomfortsupply.com"), date="2025-11-04 10:00:00",
  subject="Rebate season is here: utility programs for your HVAC customers",
  lu="<mailto:unsubscribe-5ab0f3@in.constantcontact.com>",
  text="Midwest Comfort Supply - Contractor News\n\nUtility rebates your customers can claim this winter, "
       "including Alliant Energy heat pump and smart thermostat rebates.\n\nMidwest Comfort Supply | 2200 "
       "Industrial Pkwy | Waterloo, IA 50701\nUnsubscribe customercare@alliant-energy.com | Update Profile | "
       "Constant Contact Data Notice\n",
  html='<html><body><table width="600" align="center" style="font-family:Verdana"><tr><td><img src="https://files.'
       'constantcontact.com/mcs/logo.png" alt="Midwest Comfort Supply"></td></tr><tr><td><h2>Rebate season is '
       'here</h2><p>Utility rebates your customers can claim this winter, including Alliant Energy heat pump and '
       'smart thermostat rebates.</p></td></tr><tr><td style="font-size:10px">Midwest Comfort Supply | 2200 '
       'Industrial Pkwy | Waterloo, IA 50701<br><a href="https://visitor.constantcontact.com/do?p=un">Unsubscribe '
       'customercare@alliant-energy.com</a></td></tr></table></body></html>',
  automated=True, note="a distributor's Constant Contact newsletter that our address subscribed to; bulk"),

M(n=64, box="customercare", cat="q:opt-back-in", client="yahoo",
  frm=("Vicki Nebel", "vickinebel@yahoo.com"), date="2025-04-02 13:19:54", subject="put me back on please",
  text="Hi, I unsubscribed from your emails last year because there were too many, but my neighbor just got $75 "
       "back on a thermostat and I never heard about it. Can you put me back on the list for rebates and "
       "offers?\n\nVicki Nebel\nAnamosa IA 52205\n",
  labels=[Q], ent={"name": "Vicki Nebel", "postal_code": "52205"}, ack="from",
  note="opting back in is a question; the old unsubscribe she mentions is not a new opt-out"),

M(n=65, box="customercare", cat="sw:inbox-service-auto-submitted", builder="unsub_service", client=None,
  frm=("SaneBox Unsubscribe", "unsub@sanebox.com"), date="2026-01-13 11:48:30", helo="out3.sanebox.com",
  ip="52.45.118.20", sel="sb2024", subject="unsubscribe", autosub="auto-generated", mid_host="sanebox.com",
  extra=["X-SaneBox-Action: SaneBlackHole-unsubscribe"],
  text="This is an automated unsubscribe request sent by SaneBox on behalf of a user who moved your messages "
       "to SaneBlackHole. Please remove the recipient of your message <20260113090037.secondnature.1a9f6e3c55"
       "@mail.alliant-energy.com> from this list.\n",
  labels=[MO], ent={}, ack=None,
  note="inbox service unsubscribing a user via our mailto; Auto-Submitted means no acknowledgement"),

M(n=66, box="powerhousecatalog", cat="unclear:landlord-for-tenant", client="outlook_smtp",
  frm=("Rick Hafner", "rhafner@hafnerproperties.com"), date="2026-03-24 09:05:37", isp="mail.hafnerproperties.com",
  subject="Catalogs at 88 Elm St unit 2",
  text="I own the duplex at 88 Elm St. Your catalogs keep coming to unit 2 addressed to Kayla Morrow. She "
       "tells me she doesn't want them. Can you stop sending them?\n\nRick Hafner\nHafner Properties LLC\n",
  labels=[], unclear=True, ent={"name": "Kayla Morrow"}, ack="from",
  note="landlord asking on behalf of a tenant: no clear standing, unclear; entity is the tenant's name"),

M(n=67, box="customercare", cat="auto:phish-es", builder="bulk", esp="raw", client=None, lang="es",
  frm=("Servicio al Cliente", "soporte@alliant-pagos-mx.com"), date="2026-05-06 04:22:16",
  helo="srv1.alliant-pagos-mx.com", ip="193.233.44.17", dkim_res="none", spf="neutral", dmarc="none",
  score="7.8", subj_cs="iso-8859-1", charset="iso-8859-1", cte="base64",
  subject="Aviso urgente: su servicio eléctrico será suspendido",
  html="<html><body><p>Estimado cliente,</p><p>Detectamos un saldo pendiente de <b>$89.40</b> en su cuenta. "
       "Su servicio eléctrico será <b>suspendido en 24 horas</b> si no realiza el pago.</p><p><a href=\"http://"
       "alliant-pagos-mx.com/pagar\">Pagar ahora</a></p><p>Si no desea recibir más avisos, haga clic aquí para "
       "darse de baja.</p><p>Atentamente,<br>Departamento de Cobranza</p></body></html>",
  automated=True, note="Spanish shut-off scam, iso-8859-1 base64 HTML; 'darse de baja' link is bait"),

M(n=68, box="customercare", cat="mo:aol-all-caps", client="aol",
  frm=("Dick Moeller", "dickmoeller41@aol.com"), date="2026-04-07 19:55:03", quote=("reply", "fridge26"),
  text="TAKE ME OFF YOUR LIST. I DONT HAVE A SECOND FRIDGE AND IF I DID I WOULDNT TELL YOU\n",
  labels=[MO], ent={}, ack="from",
  note="all-caps short reply under a promotion: marketing opt-out"),

M(n=69, box="customercare", cat="q:business-thread-three-levels", client="outlook_biz", biz=True,
  frm=("Renee Kasparek", "rkasparek@kasparekimplement.com"), date="2026-03-04 11:11:28", quote=("reply", _t69b),
  text="Hi Devon,\n\nFollowing up on this. The February bill for the shop shows the Second Nature charge at "
       "$41.80, but I thought it was a flat few dollars a month. Can you tell me how that was calculated "
       "before I add the parts store? Shop account is 2240 5591 17.\n\nThanks,\nRenee\n\nRenee Kasparek\n"
       "Office Manager | Kasparek Implement\n1900 Hwy 20 W, Manchester, IA 52057\n",
  labels=[Q], ent={"name": "Renee Kasparek", "account": "2240 5591 17", "postal_code": "52057"}, ack="from",
  note="business thread with three quoted levels; billing question about a program charge, no opt-out"),

M(n=70, box="powerhousecatalog", cat="mo+cso:iphone-typos", client="iphone", plain_only=True,
  frm=("Jen Stoltz", "jenstoltz22@icloud.com"), date="2025-11-25 21:33:49", quote=("reply", "ph_holiday25"),
  text="pls stop the catalog n emails n dont share my adress w nobody. thx\nJen\n\nSent from my iPhone\n",
  labels=[MO, CSO], ent={"name": "Jen"}, ack="from",
  note="typos and abbreviations; both opt-outs; first name only"),

M(n=71, box="customercare", cat="auto:ooo-es-outlook", builder="autoreply", style="outlook", client=None,
  lang="es", frm=("Verónica Salas", "vsalas@clinicadelvalle.org"), date="2026-01-13 09:01:12", orig="renew26",
  subject="Respuesta automática: Match your home's energy with Iowa and Wisconsin wind \U0001F33F",
  text="Gracias por su mensaje. Estoy fuera de la oficina hasta el 19 de enero. Para asuntos urgentes "
       "comuníquese con recepción al 608-555-0139.\n\nVerónica Salas\nClínica del Valle\n",
  automated=True, note="Spanish Exchange out-of-office to a promotion"),

M(n=72, box="customercare", cat="mo+q:gmail-inline-interleaved", client="gmail", inline=True,
  frm=("Pete Hruska", "pete.hruska@gmail.com"), date="2025-10-23 07:20:15", quote=("reply", "audit25"),
  text="Answers inline.\n\nOn Tue, Oct 21, 2025 at 11:45\u202fAM Alliant Energy <customercare@alliant-energy.com> "
       "wrote:\n> A certified energy advisor will walk through your home, install free LED bulbs\n> and "
       "water-saving showerheads\n\nYou did this for us in 2023. Half the LED bulbs the advisor put in burned "
       "out within a year. Is there a warranty on those, or can I get replacements?\n\n> If you would rather not "
       "hear from us about new products, services, programs\n> or special offers by e-mail or postal mail, reply "
       "to customercare@alliant-energy.com\n> and tell us\n\nYes. Please take me off the promotional emails and "
       "mailers.\n\nPete Hruska\n",
  labels=[MO, Q], ent={"name": "Pete Hruska"}, ack="from",
  note="Gmail inline answers between quoted promo lines: bulb warranty question plus marketing opt-out"),

M(n=73, box="powerhousecatalog", cat="auto:mailhouse-ncoa-csv", builder="bulk", esp="raw", client=None,
  frm=("DataFlow Mail Services", "jobreports@dataflowmail.com"), date="2026-03-10 15:44:02",
  helo="relay2.dataflowmail.com", ip="64.136.18.42",
  subject="Job 26-0912 PowerHouse Spring 2026: NCOA/merge-purge results",
  text="Attached: merge-purge summary for job 26-0912 (Spring 2026 catalog).\n\nDo-not-share flags applied to "
       "the list exchange output: 3,411\nOpt-out (do-not-mail) suppressions: 1,297\n\nThis mailbox is not "
       "monitored.\n",
  att=[("csv", "26-0912_mergepurge_summary.csv",
        b"step,description,records\r\n1,input,191044\r\n2,ncoa_moves,7208\r\n3,dma_deceased,402\r\n"
        b"4,client_do_not_mail,1297\r\n5,client_do_not_share_exchange,3411\r\n6,dupes,1118\r\n"
        b"7,mail_file,181019\r\n")],
  automated=True, note="mail house NCOA/merge-purge notice with a CSV attachment; vendor system mail"),

M(n=74, box="customercare", cat="unclear:emoji-only", client="iphone",
  frm=("Brooke Tiedemann", "brooketiedemann@icloud.com"), date="2026-05-19 12:02:40", quote=("reply", "solar26"),
  text="\U0001F44D\n\nSent from my iPhone\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="thumbs-up emoji under the solar promotion: nothing decidable"),

M(n=75, box="customercare", cat="cso:policy-language-zimbra", client="zimbra",
  frm=("Harriet Olufsen", "holufsen@lakesnet.net"), date="2025-05-08 14:10:51",
  subject="Privacy choice - affiliate and third party sharing",
  text="Under the privacy policy on your website, I am exercising my choice that Alliant Energy and its "
       "affiliates, including the PowerHouse Catalog, not share, rent, sell or exchange my name and postal "
       "address with any other company.\n\nPlease apply this to the account for 615 W Main St, Sun Prairie, WI "
       "53590.\n\nHarriet Olufsen\n",
  labels=[CSO], ent={"name": "Harriet Olufsen", "postal_code": "53590"}, ack="from",
  note="formal sharing opt-out sent to customercare (mailbox is only a hint); no marketing opt-out asked"),

M(n=76, box="customercare", cat="q:how-to-stop-catalog", client="outlook_com",
  frm=("Marcy Wendling", "marcywendling@hotmail.com"), date="2025-10-15 20:48:22",
  subject="PowerHouse catalog question",
  text="How do I get off the PowerHouse catalog mailing list? Is that the same as your list or a different "
       "company?\n\nMarcy\n",
  labels=[Q], ent={"name": "Marcy"}, ack="from",
  note="asks how to stop the catalog and who runs it; a question, not yet a request"),

M(n=77, box="customercare", cat="auto:challenge-response", builder="challenge", client=None,
  frm=("Gordon Pfab via Boxbe", "notification@boxbe.com"), date="2025-06-10 10:08:19", orig="ev25",
  subject="Request to join Gordon Pfab's Guest List (Action Required)",
  text="Hello Alliant Energy,\n\nYour message to Gordon Pfab is waiting for you to verify your email address. "
       "Click the link below to confirm you are a real person:\n\nhttps://www.boxbe.com/anno?tc=2847119_"
       "1c8f&key=Q2hd7\n\nThis is a one-time request. Boxbe\n",
  html='<html><body><div style="font-family:Arial;max-width:520px"><p>Hello Alliant Energy,</p><p>Your message '
       'to <b>Gordon Pfab</b> is waiting for you to verify your email address.</p><p><a href="https://www.boxbe.'
       'com/anno?tc=2847119_1c8f&amp;key=Q2hd7">Click here to be added to the Guest List</a></p>'
       '<p style="color:#888;font-size:11px">Boxbe</p></div></body></html>',
  automated=True, note="challenge-response verification request; machine-made"),

M(n=78, box="powerhousecatalog", cat="mo:es-samsung-catalog", client="samsung", lang="es",
  frm=("Rubén Cisneros", "rcisneros.wi@gmail.com"), date="2026-03-16 18:40:27", quote=("reply", "ph_spring26"),
  text="Por favor ya no me envíen el catálogo ni estos correos. Gracias.\n\nRubén Cisneros\n\n"
       "Enviado desde mi Galaxy\n",
  labels=[MO], ent={"name": "Rubén Cisneros"}, ack="from",
  note="Spanish Samsung Email reply, base64 parts; stop catalog and e-mails, nothing about sharing"),

M(n=79, box="customercare", cat="mo:one-word-huge-disclaimer", client="outlook_biz", biz=True,
  frm=("Marcus D. Whitlow", "mwhitlow@bo-law.com"), date="2025-06-11 08:02:19", quote=("reply", "ev25"),
  text="Unsubscribe.\n\nMarcus D. Whitlow, Esq.\nPartner\nBrandt Ostrowski LLP\nT 319-555-0192\n\n"
       + LEGAL["law"] + "\n\n" + LEGAL["law"].replace("CONFIDENTIALITY NOTICE", "PRIVILEGED AND CONFIDENTIAL") + "\n",
  labels=[MO], ent={"name": "Marcus D. Whitlow"}, ack="from",
  note="one word above a promo under a signature with two long disclaimers; name without 'Esq.'"),

M(n=80, box="customercare", cat="q:paperless-who-did-this-vcard", client="apple",
  frm=("Loretta Minnich", "lminnich@me.com"), date="2025-08-06 09:14:05", quote=("reply", "paperless0825"),
  att=[("vcard", "Loretta Minnich.vcf", _vcard80)],
  text="I did not sign up for paperless billing. I want my paper bill. Who changed this and how do I switch it "
       "back? My contact card is attached.\n\nLoretta Minnich\n",
  labels=[Q], ent={"name": "Loretta Minnich"}, ack="from",
  note="reply to a paperless confirmation (service mail) with a vCard; question only; ZIP only in the vCard"),

M(n=81, box="powerhousecatalog", cat="sw:leave-me-alone-service", builder="unsub_service", client=None,
  frm=("Leave Me Alone", "unsubscribe@mail.leavemealone.com"), date="2025-11-27 04:02:10",
  helo="smtp.leavemealone.com", ip="54.183.22.71", sel="lma", subject="unsubscribe",
  autosub="auto-generated", mid_host="leavemealone.com",
  text="Unsubscribe\n",
  labels=[MO], ent={}, ack=None,
  note="unsubscribe service mail to our catalog List-Unsubscribe mailto; Auto-Submitted, so ack_to null"),

M(n=82, box="customercare", cat="auto:crm-export-notice", builder="bulk", esp="sendgrid", client=None,
  frm=("Tallyworks CRM", "no-reply@tallyworks.io"), date="2026-04-01 02:00:41",
  subject="Your scheduled export \"Marketing opt-outs (weekly)\" is ready",
  text="Hi Customer Care team,\n\nYour scheduled export \"Marketing opt-outs (weekly)\" finished at 2:00 AM "
       "CDT.\nRows: 214\n\nDownload it from Reports > Exports within 7 days.\n\nTallyworks CRM\n",
  automated=True, note="CRM system notice about an opt-out export; vendor system mail"),

M(n=83, box="customercare", cat="mo:reply-to-ack-above-three-levels", client="yahoo",
  frm=("Lorraine Petsche", "lpetsche@yahoo.com"), date="2025-10-21 08:44:56", quote=("reply", _t83b),
  text="I asked you in September to stop and I'm still getting the newsletter. Stop sending me the Energy "
       "Insights newsletter and any other promotions. How hard is this.\n",
  labels=[MO], ent={}, ack="from",
  note="reply to our acknowledgement that names what to stop (not just 'as I asked'): opt-out; three quote "
       "levels below"),

M(n=84, box="customercare", cat="thanks:outlook-com-ack", client="outlook_com",
  frm=("Bill Sondgeroth", "billsondgeroth@outlook.com"), date="2026-05-12 16:44:30", quote=("reply", _ack84),
  text="Got it, thanks.\n",
  labels=[], ent={}, ack=None,
  note="thank-you to our acknowledgement: no labels, no answer"),

M(n=85, box="customercare", cat="unclear:fwd-friend-see-below", client="gmail",
  frm=("Tom Riordan", "tomriordan62@gmail.com"), date="2026-05-02 10:03:21", quote=("fwd", _friend85),
  text="see below\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="forward of his sister's mail with only 'see below'; maybe a scam report, maybe not: unclear"),

M(n=86, box="powerhousecatalog", cat="mo+q:order-status-ox", client="ox",
  frm=("Gloria Baumhover", "gbaumhover@comcast.net"), date="2025-12-15 11:26:03",
  subject="Order #PH-482115",
  text="I ordered two heated mattress pads on Nov 28 (order #PH-482115) and the website still says "
       "\"processing\". Can you tell me when they'll ship? They were Christmas gifts.\n\nAnd after this please "
       "take me off the catalog mailing list, I'm downsizing and don't need more stuff.\n\n"
       "Gloria Baumhover\n",
  labels=[MO, Q], ent={"name": "Gloria Baumhover"}, ack="from",
  note="order status question plus stop the catalog; the order number is not an account"),

M(n=87, box="customercare", cat="auto:dsn-delay-warning", builder="dsn_delay", client=None,
  date="2026-05-19 14:12:40", orig="solar26", bad="office@kleinfarmsupply.com",
  remote="mail.kleinfarmsupply.com", remote_ip="67.222.31.9",
  automated=True, note="Postfix delayed-delivery warning for the solar promotion"),

M(n=88, box="customercare", cat="mo+q:es-webform", client="webform", lang="es",
  frm=("Alliant Energy Website", "noreply@alliantenergy.com"), reply_to="Yesenia Carrillo <yesi.carrillo@gmail.com>",
  date="2025-12-02 18:07:33", subject="Contact Us: Billing / Facturación", formid="contact-us-es",
  text="Formulario de contacto - alliantenergy.com/es\nEnviado: 02/12/2025 6:07 PM\n\nNombre: Yesenia Carrillo\n"
       "Correo: yesi.carrillo@gmail.com\nTeléfono: 608-555-0114\nNúmero de cuenta: 4471-0093-26\n"
       "Código postal: 53713\nTema: Facturación\n\nMensaje:\nNo quiero recibir ofertas ni promociones por correo. "
       "También quiero saber si tienen algún programa de ayuda para pagar la factura de gas en invierno, somos "
       "cinco en la casa y subió mucho.\n",
  labels=[MO, Q], ent={"name": "Yesenia Carrillo", "account": "4471-0093-26", "postal_code": "53713"},
  ack="reply",
  note="Spanish Contact Us relay: stop offers plus an energy-assistance question; answer goes to Reply-To"),

M(n=89, box="powerhousecatalog", cat="cso:pasted-web-form", client="gmail",
  frm=("Craig Feddersen", "cfeddersen@gmail.com"), date="2026-06-02 22:15:46",
  subject="Your privacy form doesn't work",
  text="Your \"privacy choices\" form on powerhousecatalog.com gave me an error twice, so here is what I "
       "typed in:\n\n-----\nFirst name: Craig\nLast name: Feddersen\nAddress: 3307 Ridgeview Dr, Waverly IA "
       "50677\nCustomer # (optional): 5530871\nRequest: [x] Do not share my name and address with other "
       "companies\n           [ ] Remove me from the catalog mailing list\n-----\n\nJust the first one, I still "
       "want the catalog.\n\n-- Craig Feddersen\n",
  labels=[CSO], ent={"name": "Craig Feddersen", "postal_code": "50677", "account": "5530871"}, ack="from",
  note="text pasted from a web form with checkboxes: only the sharing box ticked, he keeps the catalog"),

M(n=90, box="customercare", cat="auto:ndr-of-ack", builder="ndr_exchange", client=None,
  date="2026-02-24 13:31:50", orig=_ack90, bad="a.thoreson@greatriverwindows.com",
  automated=True, note="Exchange Online NDR for our own acknowledgement; Auto-Submitted"),
]
