# -*- coding: utf-8 -*-
"""Unclear (u..), thank-you replies to our acknowledgement (t..), software unsubscribes (s..)."""
import ours

CCB = "customercare"
PHB = "powerhousecatalog"

SPECS = [
    # ------------------------------------------------------------------ unclear
    dict(id="u01", cat="unclear:stop-under-outage", lang="es", client="iphone", mailbox=CCB,
         frm=("Gilberto Reyes", "gilreyes@icloud.com"), date="2026-07-14 22:55:02",
         quote="svc_outage", body="STOP",
         labels=[], unclear=True, entities={},
         note="STOP under a power-restored service alert: not a marketing opt-out, meaning unknown -> unclear"),

    dict(id="u02", cat="unclear:ya-no-under-bill", lang="es", client="gmail_app", mailbox=CCB,
         frm=("Susana Barrera", "susybarrera@gmail.com"), date="2026-02-11 07:30:47",
         quote="svc_bill", fill={"ACCT": "**4410", "AMT": "$132.18", "DUE": "03/04/2026"},
         body="Ya no",
         labels=[], unclear=True, entities={},
         note="'Ya no' (no more) under a bill-ready notice: stop what? paperless? the bill? -> unclear; quoted account tail is ours"),

    dict(id="u03", cat="unclear:same-as-last-time", lang="es", client="outlook_mobile", mailbox=CCB,
         frm=("Leonel Durán", "leoduran_84@hotmail.com"), date="2026-08-20 12:10:37",
         subject="lo mismo",
         body="""
Hola, lo mismo que la otra vez porfa. gracias
Leo
""",
         labels=[], unclear=True, entities={"name": "Leo"},
         note="'lo mismo que la otra vez' refers to an earlier request without saying what -> unclear"),

    dict(id="u04", cat="unclear:paren-ya-no-object", lang="es", client="ox", mailbox=CCB,
         frm=("JUAN MANUEL ORTEGA", "jmortega@prodigy.net.mx"), date="2026-10-27 22:30:14",
         subject="ya basta", cte="8bit",
         body="paren ya!!!",
         labels=[], unclear=True, entities={},
         note="'paren ya' / 'ya basta' with no object and no quoted context -> unclear"),

    dict(id="u05", cat="unclear:delete-all-data", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Patricio Aldana", "patricioaldanav@hotmail.com"), date="2026-04-30 09:15:58",
         subject="Eliminación de mis datos personales",
         body="""
Estimados señores:

Por medio del presente solicito que eliminen de manera definitiva todos mis datos personales de sus sistemas y bases de datos: nombre, dirección, teléfono, correo electrónico e historial.

Les pido que me confirmen por escrito cuando se haya realizado.

Atentamente,
Patricio Aldana Vega
Cuenta 7781-0342-556
""",
         labels=["question"], unclear=True, entities={"name": "Patricio Aldana Vega", "account": "7781-0342-556"},
         note="delete-all-data request: unclear + question per LABELS (bot may not delete account data)"),

    dict(id="u06", cat="unclear:daughter-for-mother", lang="en", client="gmail_web", mailbox=PHB,
         frm=("Daniela Benítez", "dani.benitez.ux@gmail.com"), date="2026-04-04 13:00:26",
         subject="Catalogs for my mom",
         body="""
Hi,

I'm writing for my mom, Guadalupe Benítez. She doesn't read English and she keeps getting your catalogs and a bunch of other ones at her house in Postville. She asked me to tell you she doesn't want them anymore. Can you take her off? Her address is 215 W Tilden St, Postville, IA 52162.

Gracias de parte de ella,
Daniela
""",
         labels=[], unclear=True, entities={"name": "Guadalupe Benítez", "postal_code": "52162"},
         note="daughter writes in English for her Spanish-speaking mother; not the account holder -> unclear; entities are the mother's"),

    dict(id="u07", cat="unclear:empty-reply", lang="es", client="samsung", mailbox=CCB,
         frm=("Fidel Cabrera", "fidelcabrera@hotmail.com"), date="2026-09-23 06:40:19",
         quote="promo_es_audit", fill={"G": "Estimado FIDEL:"}, body="",
         labels=[], unclear=True, entities={},
         note="empty reply (only 'Enviado desde mi Galaxy' + our quoted Spanish promo, whose footer has opt-out words) -> unclear"),

    dict(id="u08", cat="unclear:baja-under-ack", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Mónica Treviño", "monitrevino@gmail.com"), date="2026-05-04 18:44:50",
         quote=ours.ack("CC-2026-05-01877", "2026-05-04 10:02:11", "a93c0f5e"), body="BAJA",
         labels=[], unclear=True, entities={},
         note="'BAJA' under our own acknowledgement: short reply to a non-promotion -> unclear; it asks for something, so ack_to stays the sender"),

    dict(id="u09", cat="unclear:contradictory", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Irma Galindo", "irmagalindo@yahoo.com"), date="2026-10-29 20:00:33",
         subject="Catálogo",
         body="""
Hola. Ya no me manden nada, estoy harta de tanto papel. Bueno, el catálogo de Navidad sí porque ahí compro los regalos, y los cupones también. Pero lo demás no.
Irma
""",
         labels=[], unclear=True, entities={"name": "Irma"},
         note="'nada' then takes back the holiday catalog and coupons; what 'lo demás' covers is unclear -> self-contradicting wishes"),

    dict(id="u10", cat="unclear:deceased-father", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Miguel Arellano", "miguel.arellano@outlook.com"), date="2026-03-03 19:00:41",
         subject="Mi papá falleció",
         body="""
Buenas tardes,

Mi papá, Tomás Arellano, falleció en enero. Le siguen llegando cartas y ofertas de ustedes a su nombre y a mi mamá le duele mucho verlas. Por favor quiten su nombre de todo.

Gracias,
Miguel Arellano
""",
         labels=[], unclear=True, entities={"name": "Tomás Arellano"},
         note="son writes about his deceased father; standing unclear and 'quiten su nombre de todo' may mean closing records -> unclear; entity is the father"),

    dict(id="u11", cat="unclear:same-for-husband", lang="es", client="gmail_app", mailbox=CCB,
         frm=("Elena Ibarra", "elenaibarra.77@gmail.com"), date="2026-06-03 09:35:04",
         subject="correo de mi esposo",
         body="""
Hola, hagan lo mismo para el correo de mi esposo por favor, es ramon.ibarra.77@gmail.com
Gracias
Elena
""",
         labels=[], unclear=True, entities={},
         note="'hagan lo mismo' for another address + on behalf of her husband -> unclear; the husband's name is not written, only his e-mail"),

    dict(id="u12", cat="unclear:landlord-tenants", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Armando Félix", "armandofelix.cr@gmail.com"), date="2026-05-21 10:20:09",
         subject="Inquilinos",
         body="""
Buenos días,

Soy dueño de dos casas que rento en Cedar Rapids. Mis inquilinos me dicen que les llegan muchas ofertas de ustedes y que no las quieren. ¿Pueden dejar de mandarles? Las direcciones son 1120 y 1124 6th St SE, Cedar Rapids, IA 52401.

Gracias,
Armando Félix
""",
         labels=[], unclear=True, entities={"postal_code": "52401"},
         note="landlord asks for his tenants (no standing, tenants unnamed) -> unclear; ZIP is the tenants' address"),

    # ------------------------------------------------------------------ thank-you replies to our acknowledgement
    dict(id="t01", cat="thanks:reply-ack", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Paola Esparza", "paolaesparza@gmail.com"), date="2026-03-12 18:02:30",
         quote=ours.ack("CC-2026-03-02215", "2026-03-12 16:20:05", "7b1e44d2"), body="Muchas gracias!",
         labels=[], unclear=False, entities={}, ack="none",
         note="thank-you to our acknowledgement; asks nothing -> no labels, ack_to null (no ping-pong)"),

    dict(id="t02", cat="thanks:reply-ack", lang="es", client="iphone", mailbox=CCB,
         frm=("Ernesto Valdez", "netovaldez@icloud.com"), date="2026-07-22 11:11:47",
         quote=ours.ack("CC-2026-07-05530", "2026-07-22 09:48:19", "c2d09a77"), body="Ok gracias 👍",
         labels=[], unclear=False, entities={}, ack="none",
         note="'Ok gracias' + emoji under our acknowledgement; nothing asked"),

    dict(id="t03", cat="thanks:reply-ack-formal", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Jorge A. Treviño", "jatrevino_garza@hotmail.com"), date="2026-01-19 11:30:12",
         quote=ours.ack("CC-2026-01-00388", "2026-01-19 09:01:44", "3f5a6e10"),
         outlook_to_disp="Jorge A. Treviño <jatrevino_garza@hotmail.com>",
         body="""
Agradezco su pronta respuesta.

Saludos cordiales,

Lic. Jorge Alberto Treviño Garza
""",
         labels=[], unclear=False, entities={"name": "Jorge Alberto Treviño Garza"}, ack="none",
         note="formal thank-you to our acknowledgement of his January letter; asks nothing -> ack_to null; signature name kept"),

    dict(id="t04", cat="thanks:reply-ack-bilingual", lang="es+en", client="yahoo_web", mailbox=CCB,
         frm=("Ana Lucía Paz", "analuciapaz@yahoo.com"), date="2026-10-21 08:40:09",
         quote=ours.ack("CC-2026-10-07741", "2026-10-20 15:33:40", "e8810b4c"),
         body="""
Thank you so much, muchísimas gracias!

Ana
""",
         labels=[], unclear=False, entities={"name": "Ana"}, ack="none",
         note="bilingual thank-you under our acknowledgement; nothing to answer"),

    # ------------------------------------------------------------------ software unsubscribes for a person
    dict(id="s01", cat="mo:gmail-unsubscribe-es", lang="es", client="gmail_web", mailbox=CCB,
         client_label="gmail_web-unsub",
         frm=("Claudia Rosales", "claudiarosales.ia@gmail.com"), date="2026-06-12 08:00:31",
         to="customercare@alliant-energy.com", subject="unsubscribe",
         body="Gmail generó este mensaje automáticamente.",
         labels=["marketing_opt_out"], unclear=False, entities={},
         note="Gmail 'Cancelar suscripción' button sent to our List-Unsubscribe mailto (Spanish UI text); no Auto-Submitted -> ack to sender"),

    dict(id="s02", cat="mo:cleaner-service-unsub", lang="es", client="gmail_web", mailbox=PHB,
         client_label="inbox-cleaner-via-gmail",
         frm=("Víctor Manuel Soria", "vmsoria.mx@gmail.com"), date="2026-11-14 03:12:08",
         to="powerhousecatalog@alliant-energy.com", subject="unsubscribe",
         extra_headers=[("Auto-Submitted", "auto-generated", "Date"),
                        ("X-Auto-Response-Suppress", "All", "Auto-Submitted")],
         body="""
Solicitud de baja enviada automáticamente por LimpiaBuzón en nombre del titular de esta cuenta de correo.
Remitente: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
Lista: PH-2611 (List-Unsubscribe)

LimpiaBuzón - limpiabuzon.app
""",
         labels=["marketing_opt_out"], unclear=False, entities={}, ack="none",
         note="inbox-cleaning service unsubscribing the user via our List-Unsubscribe mailto, carries Auto-Submitted -> opt-out but ack_to null (RFC 3834)"),
]
