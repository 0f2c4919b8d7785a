"""More look-alike customer mail: Spanish writers, partners' and vendors' staff writing as customers,
calendar replies with typed comments, and other hard cases."""
import mime
from ours import (CC, PH, NEWS, CATNEWS, PROMO, SERVICE, q, gmail_on, gmail_el, iphone_on, outlook_hdr,
                  outlook_hdr_es, gmail_fwd, mid)


def P(**kw):
    d = dict(lang="en")
    d.update(kw)
    return d


SALON = """Buenas tardes:

Les escribe Rosa Elvira Zamudio, dueña de Estética Rosy. Recibimos el catálogo PowerHouse en el
local y no hay problema con eso, pero les pido que NO compartan ni vendan nuestro nombre ni nuestra
dirección a otras empresas de catálogos. Nos están llegando demasiados folletos que no pedimos.

Muchas gracias.

Rosa Elvira Zamudio
Estética Rosy · Cortes · Color · Uñas
1509 Mt Vernon Rd SE, Cedar Rapids, IA 52403
Tel. 319-555-0117 · ¡Pregunte por nuestras promociones de temporada!"""

VENDEN = """¡Esto es el colmo!

Desde que hice un pedido a PowerHouse me llegan catálogos de empresas que ni conozco. Ustedes están
vendiendo mis datos y no les di permiso. Exijo que dejen de compartir mi nombre y mi dirección con
quien sea. Y quiero saber a qué compañías se los dieron.

Héctor Villalobos Aranda
West Liberty, IA 52776"""

VACACIONES_ES = """Hola, estoy de vacaciones en Michoacán y con poca señal, pero ya me cansé: por favor
dejen de mandarme correos de promociones. Solo quiero el recibo.

Saludos
Guadalupe Treviño

Enviado desde mi teléfono"""

AGENCIA_FWD_ES = """Buenos días,

Me llegó este correo a mi dirección personal. Dice que soy "cliente de Alliant". ¿Ustedes le dieron
mi correo a esta agencia? Nunca les he dado mis datos.

Gracias,
Fernando Quiñones

""" + gmail_fwd("Ahorro Hogar Latino <promos@ahorrohogarlatino.com>", "2026-06-15 11:05",
                "Fernando, como cliente de Alliant califica para un descuento",
                "fquinones.ia@gmail.com",
                "Hola Fernando:\n\nComo cliente de Alliant Energy usted califica para un descuento en su recibo de luz\n"
                "si se cambia a nuestro plan de energía verde. Responda hoy y reciba una tarjeta de regalo de $50.\n\n"
                "Para dejar de recibir estos mensajes, responda BAJA.")

SOSPECHOSO_ES = """Hola, buenas noches.

Me llegó un mensaje de texto que dice que es de Alliant Energy y que me van a cortar la luz hoy si no
pago con una tarjeta de regalo. ¿Es verdadero? Mi número de cuenta es 3310-48-2217. No quiero que me
corten, pero tampoco quiero caer en un fraude.

Atentamente,
Yolanda Benítez"""

LLAMADAS_ES = """Buenas tardes,

Quisiera saber cómo hago para que ya no me llamen por teléfono. Me llaman casi todos los días
ofreciéndome paneles solares y dicen que trabajan con ustedes. ¿Es cierto? ¿Cómo los paro?

Gracias,
Ramiro Estrada
563-555-0126"""

BAJA = """BAJA por favor

""" + gmail_el("2026-01-09 08:00", "Alliant Energy", "news@alliant-energy.com", PROMO["homecheck"][1])

BASURA_ES = """A quien corresponda:

Cada semana recibo folletos, postales y sobres de Alliant que no pedí. Parece que me mandan un recibo y
es publicidad. Ya no quiero nada de eso. Sáquenme de su lista de correo postal y de correo electrónico.

Sra. Consuelo Arreola
Muscatine, Iowa 52761"""

COMO_ES = """Hola, ¿cómo puedo dejar de recibir el catálogo PowerHouse? ¿Hay que llenar algún formulario?

Martina"""

LANDLORD = """To whom it may concern,

I own the six-plex at 415 Washington St, Mount Pleasant IA 52641. My tenants have their own Alliant
accounts. PowerHouse catalogs and your promotional postcards keep arriving addressed to the units and
to "Current Resident", and end up all over the entry hall. Please stop mailing promotions to the building.

Dwayne Hollis
Hollis Rentals LLC"""

SAFE_SENDER = """Please unsubscribe me from your promotional emails and stop the postcards too.

Carla Jimenez-Rourke
Marion, IA 52302

** To make sure my replies reach you, please add carla.jr@mediacombb.net to your safe senders list.
   I use a spam filter that may ask you to confirm your address. **"""

BUMP = """Just bumping this up.

I asked on October 20 to be taken off the PowerHouse catalog mailing list and today another catalog
arrived. Please remove me: Dorothy Kline, 1408 Ashby Ct, Marion IA 52302. And can someone tell me why
it's still coming?

Dorothy Kline

""" + gmail_on("2026-10-20 09:15", "Dorothy Kline", "dkline.marion@gmail.com",
               "Please take me off the PowerHouse catalog mailing list. Thank you.\nDorothy Kline")

RECRUITER_HOME = """Hi PowerHouse team,

Completely unrelated to my day job -- this is about my house. Please stop sending the PowerHouse
catalog to 2750 Meadowlark Ln, Bettendorf IA 52722. Thanks!

Best,
Jason Whitford
Senior Talent Partner | Talentbridge Search Partners
Hiring? We place privacy, compliance & customer operations talent across the Midwest.
www.talentbridgesearch.com"""

PRINTSHOP = """Hello,

I run a print and mail shop, so I know exactly how list rentals and exchanges work. I don't want my
name in any of them. Please flag me do-not-share, and tell me which companies received my name from
PowerHouse in the last 12 months.

Stan Wojcik
Personal address: 806 10th Ave, Coralville IA 52241
(Owner, Wojcik Print & Mail -- but this is about me, not the shop)"""

DECLINE_WEBINAR = """Please stop sending me these webinar invitations and the other promotions. Not interested, thank you."""

FREQUENCY = """Four e-mails from you last week. Four! Rebates, webinars, solar, the catalog.
Enough already, stop e-mailing me offers.

Jen Abara"""

BROKERS = """Hello,

Do you sell or share customer data with data brokers or other companies? Your website is vague.
If you do, count me out -- I do not want my name or address shared.

Thanks,
Ellen Varga
account #: 88120-44301"""

CAPS_AOL = """PLEASE TAKE MY NAME OFF YOUR MAILING LIST AND DO NOT GIVE MY NAME TO ANYONE ELSE.
I AM 88 YEARS OLD AND DO NOT ORDER FROM CATALOGS.
THANK YOU.
MILDRED SORENSEN
BOX 114
ELKADER IA 52043"""

CHURCH = """<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<div style="background:#f3efe6;padding:12px;border-bottom:3px solid #7a5c2e">
<h2 style="margin:0;color:#7a5c2e">Trinity Lutheran Church</h2>
<p style="margin:0;font-size:12px">Worship Sundays 8:30 &amp; 10:45 &middot; All are welcome</p></div>
<p>Hello,</p>
<p>The church office receives Alliant Energy promotional mail and marketing e-mails for our church
account. Please remove Trinity Lutheran from your promotional mailings and e-mail lists. We still need
our monthly statements, of course.</p>
<p>Thank you and blessings,</p>
<p>Pastor Dan Ruiz<br>Trinity Lutheran Church<br>640 Main St, Epworth IA 52045</p>
<p style="font-size:11px;color:#777">Join us for the Advent soup suppers every Wednesday in December!</p>
</body></html>"""

FAMILY = """Hi, please stop sending us the PowerHouse catalog. We're trying to cut down on paper.

- Ann (for the Kowalski household)"""

POLICY = """Good afternoon,

Your privacy notice says PowerHouse "from time to time" shares names and postal addresses with "other
catalog companies whose products may interest you". Which companies are these, and how often does
this happen? I'm not asking to opt out yet, I just want to understand it.

Regards,
Samuel Okonkwo-Reyes"""

MOVE = """Hi,

We're moving on December 15 from 2213 Cottage Grove, Des Moines IA 50311 to 77 Hawthorne Rd, Ankeny IA
50023. Please update our address for the service transfer, and while you're at it, please stop sending
us the promotional mailers.

Thanks,
Brian & Alicia Fenwick
Acct 6602-11-8870"""

REMOVE_BILL = """Remove

""" + outlook_hdr("Alliant Energy <billing@alliant-energy.com>", "2026-09-15 06:00", "Gail Strand",
                  SERVICE["bill"][0], SERVICE["bill"][1])

COOP_FWD = """This letter came from something called the "Heartland Catalog Cooperative". It says member
catalogs contribute "transaction information" to them and that I can opt out of their database.
The only catalog I order from is PowerHouse. Did PowerHouse give them my information? Keep me out of
anything like that, I don't want my name shared.

Phyllis Adair
Anamosa 52205

(Typed from the letter:)
"Dear Phyllis Adair, You are receiving this notice because you have purchased from one or more member
catalogs of the Heartland Catalog Cooperative. Members contribute name, address and transaction
information to our database... To opt out, call 1-800-555-0144.\""""

SPECS = [
    P(id="e-salon", mailbox="powerhousecatalog", client="outlookpc", frm=("Estética Rosy", "esteticarosy@mediacombb.net"),
      date="2026-03-24 15:22", subject="Favor de no compartir nuestros datos", body=SALON, content_lang="es-mx", lang="es",
      cs="windows-1252",
      labels=["catalog_share_opt_out"], entities={"name": "Rosa Elvira Zamudio", "postal_code": "52403"},
      cat="human:es-business-owner-noshare", note="Spanish salon owner, promotional business signature; keeps the catalog, do not share"),
    P(id="e-venden", mailbox="powerhousecatalog", client="gmail", frm=("Héctor Villalobos", "hvillalobos.wl@gmail.com"),
      date="2026-07-17 21:48", subject="¡Dejen de vender mis datos!", body=VENDEN, lang="es", hmode="Q",
      labels=["catalog_share_opt_out", "question"], entities={"name": "Héctor Villalobos Aranda", "postal_code": "52776"},
      cat="human:es-angry-selling-data", note="Angry Spanish accusation of selling data; do-not-share demand plus 'which companies'"),
    P(id="e-vacaciones", mailbox="customercare", client="gmail", frm=("Guadalupe Treviño", "lupitatrevino@gmail.com"),
      date="2026-12-01 19:06", subject="Re: Community solar is open in your area",
      body=VACACIONES_ES + "\n\n" + gmail_el("2026-11-30 08:00", "Alliant Energy", "news@alliant-energy.com", PROMO["solar"][1]),
      irt=mid("2026-11-30 08:00", "solar"), lang="es", labels=["marketing_opt_out"],
      entities={"name": "Guadalupe Treviño"}, cat="human:es-vacation-phone",
      note="Spanish customer on vacation writing from a phone ('estoy de vacaciones') under our promotion; a typed e-mail opt-out, not an out-of-office"),
    P(id="e-agenciafwd", mailbox="customercare", client="gmail", frm=("Fernando Quiñones", "fquinones.ia@gmail.com"),
      date="2026-06-15 18:30", subject="Fwd: Fernando, como cliente de Alliant califica para un descuento", body=AGENCIA_FWD_ES,
      lang="es", labels=["question"], entities={"name": "Fernando Quiñones"}, cat="human:es-forwarded-agency-question",
      note="Spanish forward of an agency mail naming him as our customer; asks whether we gave out his e-mail; the forwarded 'responda BAJA' is not his"),
    P(id="e-sospechoso", mailbox="customercare", client="yahoo", frm=("Yolanda Benitez", "yoli.benitez@yahoo.com"),
      date="2026-10-13 20:57", subject="¿Es real este mensaje?", body=SOSPECHOSO_ES, lang="es", labels=["question"],
      entities={"name": "Yolanda Benítez", "account": "3310-48-2217"}, cat="human:es-suspicious-question",
      note="Spanish question about a gift-card disconnection scam text"),
    P(id="e-llamadas", mailbox="customercare", client="outlookcom", frm=("Ramiro Estrada", "ramiro.estrada@hotmail.com"),
      date="2026-04-23 16:44", subject="Llamadas", body=LLAMADAS_ES, lang="es", labels=["question"],
      content_lang="es-US", entities={"name": "Ramiro Estrada"}, cat="human:es-telemarketing-question",
      note="Spanish: how to stop sales calls claiming to work with us; phone is not the postal/e-mail channel: question"),
    P(id="e-baja", mailbox="customercare", client="gmail", frm=("Nicolás Fuentes", "nicofuentes.cr@gmail.com"),
      date="2026-01-09 12:51", subject="Re: " + PROMO["homecheck"][0], body=BAJA, irt=mid("2026-01-09 08:00", "checkup"),
      lang="es", labels=["marketing_opt_out"], cat="human:es-baja-under-promo",
      note="'BAJA por favor' under our promotion (Spanish Gmail quote header): marketing opt-out"),
    P(id="e-basura", mailbox="customercare", client="roundcube", frm=("Consuelo Arreola", "carreola@machlink.com"),
      date="2026-05-28 10:30", subject="Publicidad no deseada", body=BASURA_ES, lang="es", cs="iso-8859-1", cte="8bit",
      labels=["marketing_opt_out"], entities={"name": "Consuelo Arreola", "postal_code": "52761"},
      cat="human:es-junk-complaint-optout", note="Spanish junk-mail complaint ending with 'sáquenme de su lista' (8bit ISO-8859-1); name without 'Sra.'"),
    P(id="e-como", mailbox="powerhousecatalog", client="samsung", frm=("Martina Solís", "martinasolis@mchsi.com"),
      smtp_host="smtp.mchsi.com", date="2026-08-25 13:15", subject="Catálogo", body=COMO_ES, lang="es", labels=["question"],
      entities={"name": "Martina"}, cat="human:es-how-to-stop", note="Spanish 'how can I stop the catalog?': question only"),
    P(id="x-landlord", mailbox="powerhousecatalog", client="outlookcom", frm=("Dwayne Hollis", "hollisrentals@outlook.com"),
      date="2026-09-10 08:22", subject="Catalogs to my rental building", body=LANDLORD, unclear=True,
      entities={"postal_code": "52641"}, cat="human:on-behalf-landlord",
      note="Landlord asks to stop promotions to units whose tenants hold their own accounts; standing unclear; the tenants are not named, so only the building ZIP is an entity"),
    P(id="x-safesender", mailbox="customercare", client="roundcube", frm=("Carla Jimenez-Rourke", "carla.jr@mediacombb.net"),
      date="2026-01-15 19:19", subject="unsubscribe", body=SAFE_SENDER, labels=["marketing_opt_out"],
      entities={"name": "Carla Jimenez-Rourke", "postal_code": "52302"}, cat="human:challenge-like-signature",
      note="Signature mentions a spam filter that 'may ask you to confirm' (looks like challenge-response); the mail itself is a typed opt-out"),
    P(id="x-bump", mailbox="powerhousecatalog", client="gmail", frm=("Dorothy Kline", "dkline.marion@gmail.com"),
      date="2026-11-09 14:02", subject="Re: catalog", body=BUMP, irt="<CAJ9dk-first-request@mail.gmail.com>",
      labels=["marketing_opt_out", "question"], entities={"name": "Dorothy Kline", "postal_code": "52302"},
      cat="human:customer-bump", note="'Just bumping this up' like a sales follow-up, but it restates the catalog removal and asks why it still comes"),
    P(id="x-recruiter", mailbox="powerhousecatalog", client="o365", frm=("Jason Whitford", "jwhitford@talentbridgesearch.com"),
      date="2026-02-12 12:46", subject="Catalog at my home", body=RECRUITER_HOME, labels=["marketing_opt_out"],
      entities={"name": "Jason Whitford", "postal_code": "52722"}, cat="human:recruiter-as-customer",
      note="A recruiter (same firm as a recruiting mail in this set) writing about his own house: human catalog opt-out"),
    P(id="x-printshop", mailbox="powerhousecatalog", client="thunderbird", frm=("Stan Wojcik", "stan@wojcikprint.com"),
      date="2026-05-07 17:05", subject="do-not-share", body=PRINTSHOP, labels=["catalog_share_opt_out", "question"],
      entities={"name": "Stan Wojcik", "postal_code": "52241"}, cat="human:printer-as-customer",
      note="Print-and-mail shop owner, vendor vocabulary, writing for himself: do-not-share plus 'which companies got my name'"),
    P(id="x-decline", mailbox="customercare", client="o365", frm=("Roxanne Tilley", "rtilley@tilleyag.com"),
      date="2026-03-05 10:11", subject="Declined: EV at home live Q&A", body=DECLINE_WEBINAR, fmt="cal",
      ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E00800000000E1F0A2C3D4B5DC01",
               summary="Declined: EV at home live Q&A", start="2026-03-10 19:00", end="2026-03-10 20:00",
               organizer=("Alliant Energy", CC), attendees=[("Roxanne Tilley", "rtilley@tilleyag.com", "DECLINED")],
               description="Please stop sending me these webinar invitations and the other promotions."),
      labels=["marketing_opt_out"], entities={}, cat="human:calendar-decline-with-comment",
      note="Calendar decline (text/calendar REPLY) of our promotional webinar, but with a typed comment asking to stop promotions"),
    P(id="x-frequency", mailbox="customercare", client="applemail", frm=("Jen Abara", "jen.abara@me.com"),
      date="2026-08-31 22:04", subject="Too many emails", body=FREQUENCY, labels=["marketing_opt_out"],
      entities={"name": "Jen Abara"}, cat="human:frequency-complaint",
      note="Frequency complaint ending 'stop e-mailing me offers'; venting, nothing asked"),
    P(id="x-brokers", mailbox="powerhousecatalog", client="outlookcom", frm=("Ellen Varga", "ellenvarga@msn.com"),
      date="2026-06-09 14:38", subject="Data brokers?", body=BROKERS, labels=["catalog_share_opt_out", "question"],
      entities={"name": "Ellen Varga", "account": "88120-44301"}, cat="human:data-broker-question",
      note="Asks whether we share with data brokers; 'if you do, count me out' treated as a do-not-share (we do share with catalogs)"),
    P(id="x-capsaol", mailbox="powerhousecatalog", client="yahoo", frm=("MILDRED SORENSEN", "msorensen114@aol.com"),
      date="2026-04-06 10:27", subject="MAILING LIST", body=CAPS_AOL, fmt="plain",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "MILDRED SORENSEN", "postal_code": "52043"},
      cat="human:elderly-caps-both", note="All-caps AOL note that looks like bulk mail; off the mailing list and don't give the name to anyone"),
    P(id="x-church", mailbox="customercare", client="mailchimp", frm=("Trinity Lutheran Church", "office@trinityepworth.org"),
      esp_dom="trinityepworth.org", date="2026-11-25 11:00", subject="Please remove our church from promotions", body="",
      html=CHURCH, fmt="html", labels=["marketing_opt_out"], entities={"name": "Dan Ruiz", "postal_code": "52045"},
      cat="human:church-html-newsletter-look",
      note="Sent through the church's newsletter tool so it looks like bulk HTML; the pastor asks to remove the church account from promotions ('Pastor' dropped from the name)"),
    P(id="x-family", mailbox="powerhousecatalog", client="gmail", frm=("The Kowalski Family", "kowalskifamily5@gmail.com"),
      reply_to=("Ann Kowalski", "ann.kowalski@gmail.com"), date="2026-10-18 16:16", subject="catalog", body=FAMILY,
      labels=["marketing_opt_out"], entities={"name": "Ann"}, cat="human:shared-family-account",
      note="Shared family account; Ann signs for her own household (standing ok); ack to her Reply-To"),
    P(id="x-policy", mailbox="powerhousecatalog", client="workspace", frm=("Samuel Okonkwo-Reyes", "sam@okonkworeyes.net"),
      date="2026-01-08 13:30", subject="Question about your privacy notice", body=POLICY, labels=["question"],
      entities={"name": "Samuel Okonkwo-Reyes"}, cat="human:policy-question",
      note="Question about which catalog companies get names; says explicitly it is not an opt-out yet"),
    P(id="x-move", mailbox="customercare", client="xfinity", frm=("Brian Fenwick", "bfenwick@comcast.net"),
      date="2026-11-28 09:41", subject="Moving + mailers", body=MOVE, labels=["marketing_opt_out", "question"],
      entities={"name": "Brian & Alicia Fenwick", "postal_code": "50023", "account": "6602-11-8870"},
      cat="human:move-plus-optout", note="Change of address (question) plus stop promotional mailers; account holders for their household"),
    P(id="x-removebill", mailbox="customercare", client="o365", frm=("Gail Strand", "gstrand@strandfarms.com"),
      date="2026-09-15 07:12", subject="RE: " + SERVICE["bill"][0], body=REMOVE_BILL, irt=mid("2026-09-15 06:00", "bill"),
      unclear=True, cat="human:remove-under-bill",
      note="'Remove' under a bill notice (service mail): remove what? unclear"),
    P(id="x-coopfwd", mailbox="powerhousecatalog", client="iphone", frm=("Phyllis Adair", "phyllisadair@icloud.com"),
      date="2026-11-11 15:33", subject="Letter from catalog cooperative", body=COOP_FWD,
      labels=["catalog_share_opt_out", "question"], entities={"name": "Phyllis Adair", "postal_code": "52205"},
      cat="human:datacoop-letter-question",
      note="Customer retypes a data-cooperative opt-out letter; her own words ask whether we gave her data and not to share it"),
]

SMART = """Is this legit? I've never heard of a fee for a new meter. I haven't paid anything or called the number.
We live at 3409 Kirkwood Blvd, Davenport IA 52807.

Thanks,
Cheryl Banda

""" + outlook_hdr("Alliant Smart Meter Program <upgrade@alliant-smartmeter.net>", "2026-10-26 10:14",
                  "cbanda@outlook.com", "Mandatory smart meter upgrade - installation fee due",
                  "Dear Customer,\n\nYour home is scheduled for a mandatory smart meter upgrade. A one-time installation\n"
                  "fee of $89.00 must be paid before your appointment. Call 1-877-555-0110 to pay by card.\n\n"
                  "Failure to pay may result in interruption of service.\n\nAlliant Energy Metering Services")

SPECS.append(
    P(id="x-smartmeter", mailbox="customercare", client="outlookcom", frm=("Cheryl Banda", "cbanda@outlook.com"),
      date="2026-10-26 18:50", subject="FW: Mandatory smart meter upgrade - installation fee due", body=SMART,
      labels=["question"], entities={"name": "Cheryl Banda", "postal_code": "52807"}, cat="human:forwarded-scam-question",
      note="Customer forwards a fake 'smart meter fee' mail claiming to be us and asks if it is real; the scam text is not hers"))
