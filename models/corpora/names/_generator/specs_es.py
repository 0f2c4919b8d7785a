"""Spanish (and one bilingual) mail from people."""

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    dict(id="S01", mailbox=CC, date="2025-06-04 20:30", frm=("Maria Hernandez", "mguadalupe.hdz@gmail.com"), client="gmail",
         lang="es", subject="Ya no quiero publicidad",
         text="Buenas tardes,\n\nMe llamo María Guadalupe Hernández Ruiz. Ya no quiero recibir publicidad de ustedes "
              "por correo postal ni por email, solamente mi recibo de luz.\n\nNo. de cuenta: 4402 118 336\n"
              "Dirección: 608 Iowa Ave, Muscatine IA 52761\n\nGracias.\n",
         labels=[MO], ents={"name": "María Guadalupe Hernández Ruiz", "postal_code": "52761", "account": "4402 118 336"},
         cat="marketing opt-out", note="Mexican double surname given in the body ('me llamo'), fuller and accented unlike the From header; account in 4-3-3 groups"),

    dict(id="S02", mailbox=PH, date="2025-06-12 11:15", frm=("Rosa Mejia", "rosaelena.mejia@hotmail.com"),
         client="outlook_com", content_language="es-US", lang="es", subject="No compartir mis datos",
         text="Estimados señores:\n\nLes escribo para pedirles que no compartan ni vendan mi nombre ni mi dirección a "
              "otras compañías de catálogos. Sí deseo seguir recibiendo el catálogo PowerHouse.\n\nAtentamente,\n\n"
              "Sra. Rosa Elena Quintanilla de Mejía\n1422 Pine St\nWest Liberty, IA 52776\n",
         labels=[CS], ents={"name": "Rosa Elena Quintanilla de Mejía", "postal_code": "52776"},
         cat="catalog-sharing opt-out", note="'Sra.' is a title; Salvadoran married name with 'de' kept whole; wants to keep the catalog, so sharing only"),

    dict(id="S03", mailbox=CC, date="2025-06-18 09:40", frm=("Jorge Ramirez", "jaramirez.ochoa@gmail.com"), client="gmail",
         lang="es", subject="Sigo recibiendo publicidad",
         text="Buenos días:\n\nEn marzo pedí por teléfono que ya no me enviaran publicidad y sigo recibiendo cartas de "
              "ofertas cada semana. ¿Por qué no se ha procesado mi solicitud? Les pido nuevamente que me den de baja "
              "de toda la publicidad, por correo y por email.\n\nSaludos cordiales,\n\nLic. Jorge Alberto Ramírez "
              "Ochoa\nCel. 319-555-0182\n",
         labels=[MO, Q], ents={"name": "Jorge Alberto Ramírez Ochoa"},
         cat="opt-out + question", note="'Lic.' is a professional title, dropped; complaint ('why not processed?') plus a restated opt-out; the mobile number is not an account"),

    dict(id="S04", mailbox=CC, date="2025-06-21 19:05", frm=("Ramon Alvarado", "ralvarado53@icloud.com"), client="iphone",
         lang="es", subject="Promociones",
         text="Buenas noches, por favor ya no me manden correos de promociones ni folletos. Gracias.\n\nSr. Ramón "
              "Alvarado\nBeloit 53511\n\nEnviado desde mi iPhone\n",
         labels=[MO], ents={"name": "Ramón Alvarado", "postal_code": "53511"},
         cat="marketing opt-out", note="Spanish 'Sr.' (señor) before the name is a title, dropped (contrast English 'Sr.' after a name)"),

    dict(id="S05", mailbox=PH, date="2025-06-28 14:50", frm=("Karla Mejia", "karlay.mejia@gmail.com"), client="gmail",
         lang="es", subject="¿Cómo evito que compartan mis datos?",
         text="Hola,\n\n¿Cómo hago para que no compartan mis datos con otras empresas? Compré un ventilador en su "
              "catálogo y ahora me llegan catálogos de muchas compañías. ¿Tengo que llenar algún formulario?\n\n"
              "Gracias,\nKarla Yesenia Mejía Portillo\nPostville, IA 52162\n",
         labels=[Q], ents={"name": "Karla Yesenia Mejía Portillo", "postal_code": "52162"},
         cat="question", note="how to stop sharing is a question only (LABELS); Guatemalan two given names and two surnames"),

    dict(id="S06", mailbox=CC, date="2025-07-02 21:40", frm=("Wilmer Bonilla", "wilmerbonilla504@gmail.com"),
         client="samsung", provider="google", lang="es", subject="publicidad",
         text="Buenas, quiero que ya no me manden publicidad a mi casa. cuenta # 8810-2273-45\nWilmer Josué Bonilla "
              "Zelaya\n\n\nEnviado desde mi Galaxy\n",
         labels=[MO], ents={"name": "Wilmer Josué Bonilla Zelaya", "account": "8810-2273-45"},
         cat="marketing opt-out", note="Honduran four-part name above a Spanish phone signature; 'cuenta #' account"),

    dict(id="S07", mailbox=PH, date="2025-07-10 16:20", frm=("Ana Paredes", "anaparedes_85@yahoo.com"), client="yahoo",
         lang="es", subject="No compartan mi nombre",
         text="Hola, hice un pedido la semana pasada (Pedido No. 558-2210) y quiero pedirles que no compartan mi nombre "
              "ni mi dirección con otras compañías. Gracias.\nAna Lucía Paredes\n2309 5th St SW, Mason City IA 50401\n",
         labels=[CS], ents={"name": "Ana Lucía Paredes", "postal_code": "50401"},
         cat="catalog-sharing opt-out", note="order number ('Pedido No.') is not a customer number; sharing opt-out only"),

    dict(id="S08", mailbox=PH, date="2025-07-15 10:02", frm=("Marisol Villalobos", "marisolvillalobos@gmail.com"),
         client="gmail", lang="es", subject="Catálogos de mi papá",
         text="Buenos días,\n\nMi papá, Don Ernesto Villalobos Cruz, falleció en abril. Todavía le llegan sus catálogos "
              "a la casa a su nombre. Por favor ya no le manden nada.\n\nLa dirección es 517 W 2nd St, Ottumwa IA 52501."
              "\n\nGracias,\nMarisol Villalobos\n",
         labels=[MO], unclear=True, ents={"name": "Ernesto Villalobos Cruz", "postal_code": "52501"},
         cat="for someone else", note="daughter for a deceased parent, no stated standing (executor, account holder): unclear; 'Don' is an honorific; entities are the father's"),

    dict(id="S09", mailbox=CC, date="2025-07-17 23:10", frm=("Juan Carlos", "jcmendez.ia@gmail.com"), client="gmail_android",
         lang="es", subject="promociones",
         text="hola soy juan carlos mendez pls ya no me manden correos de promociones gracias\n",
         labels=[MO], ents={"name": "juan carlos mendez"},
         cat="marketing opt-out", note="lower case, no accents, no punctuation: name as written"),

    dict(id="S10", mailbox=CC, date="2025-07-21 12:30", frm=("Beatriz Solis", "bsolis.carrillo@outlook.com"),
         client="outlook_com", content_language="es-US", lang="es", subject="Solicitud de mis datos",
         text="Buenas tardes:\n\nQuisiera saber qué información personal tienen ustedes sobre mí y con quién la han "
              "compartido. Les solicito una copia de mis datos.\n\nCuenta: 55 2011 8734\n\nAtentamente,\nBeatriz "
              "Adriana Solís Carrillo\n",
         labels=[Q], ents={"name": "Beatriz Adriana Solís Carrillo", "account": "55 2011 8734"},
         cat="question (data access)", note="a request for a copy of one's data is a clear question (LABELS); account in 2-4-4 groups"),

    dict(id="S11", mailbox=CC, date="2025-07-28 18:18", frm=("Hector Ibarra", "hmibarra@gmail.com"), client="gmail",
         lang="es", subject="Borrar mis datos",
         text="Quiero que borren todos mis datos personales de sus sistemas, todo. No quiero que tengan nada mío.\n"
              "Héctor Manuel Ibarra\nCuenta 7702-1184-30\n",
         labels=[Q], unclear=True, ents={"name": "Héctor Manuel Ibarra", "account": "7702-1184-30"},
         cat="data deletion", note="delete-everything request: unclear plus question (LABELS)"),

    dict(id="S12", mailbox=PH, date="2025-08-01 09:45", frm=("Leticia Marquez", "leticia.marquez.qc@gmail.com"),
         client="gmail", lang="es", subject="No compartan mi nombre",
         text="Hola,\n\nEl año pasado le compré un regalo a mi hermana en su catálogo y lo mandé a su casa (2210 W 18th "
              "St, Chicago IL 60608). Ahora las dos recibimos catálogos de otras compañías. Por favor no compartan mi "
              "nombre con nadie.\n\nSaludos,\nLeticia Márquez\n",
         labels=[CS], ents={"name": "Leticia Márquez"},
         cat="catalog-sharing opt-out", note="the only ZIP is the gift recipient's (her sister's) Chicago address, not hers: no postal_code"),

    dict(id="S13", mailbox=PH, date="2025-08-05 13:00", frm=("Pedro Gomez", "pgomez.stormlake@outlook.com"),
         client="outlook", lang="es", content_language="es-US", subject="Catálogo",
         text="Buenas tardes,\n\nLes pedimos que ya no nos envíen el catálogo y que no compartan nuestros nombres con "
              "otras empresas.\n\nPedro y Lucía Gómez Treviño\nNúmero de cliente: PH 0045 8821\nStorm Lake, IA 50588\n",
         labels=[MO, CS], ents={"name": "Pedro y Lucía Gómez Treviño", "postal_code": "50588", "account": "PH 0045 8821"},
         cat="both opt-outs", note="married couple joined with 'y', shared surnames: joint name as written; catalog customer number with a letter prefix"),

    dict(id="S14", mailbox=CC, date="2025-08-08 08:25", frm=("Esteban Ruiz", "eruizc@windstream.net"), client="thunderbird",
         provider="windstream", content_language="es-MX", lang="es", subject="Baja de publicidad",
         text="Buenos días. Soy el Sr. Esteban Ruiz Castañeda, titular de la cuenta 3310 2277 81. Ya no deseo recibir "
              "correos promocionales ni en mi casa ni en mi email. Mi código postal es 52501.\nGracias de antemano.\n",
         labels=[MO], ents={"name": "Esteban Ruiz Castañeda", "postal_code": "52501", "account": "3310 2277 81"},
         cat="marketing opt-out", note="name, account and ZIP all inside running text ('soy el Sr. ...'); title dropped"),

    dict(id="S15", mailbox=CC, date="2025-07-22 07:30", frm=("Rocio Duarte", "rociod@icloud.com"), client="iphone",
         lang="es", reply=("OUTAGE", "iphone_es"),
         text="Por favor ya no.\n\nGracias, Rocío\n\nEnviado desde mi iPhone\n",
         labels=[], unclear=True, ents={"name": "Rocío"},
         cat="unclear", note="'ya no' under an outage alert (service, not marketing): unclear (LABELS, short replies); first name in the same-line sign-off"),

    dict(id="S16", mailbox=PH, date="2025-08-11 20:00", frm=("Yesenia Flores", "yesefloresortega@gmail.com"), client="gmail",
         lang="es+en", subject="catalogs / catálogos",
         text="Please no more catalogs / ya no quiero catálogos, gracias!\n\nYesenia Flores-Ortega\n",
         labels=[MO], ents={"name": "Yesenia Flores-Ortega"},
         cat="marketing opt-out", note="bilingual one-liner; the two surnames hyphenated as US forms often force"),

    dict(id="S17", mailbox=CC, date="2025-08-14 11:11", frm=("Raul Esparza", "resparza@esparzaingenieria.com"),
         client="outlook", lang="es", content_language="es-MX", subject="Publicidad y cargo en recibo",
         text="Buen día,\n\nDos cosas: 1) favor de darme de baja de la publicidad por correo electrónico; 2) mi recibo de "
              "julio salió con un cargo de $18.50 que no entiendo (\"facilities charge\"), ¿me lo pueden explicar?\n\n"
              "Cuenta: 4419-2205-67\n\nSaludos,\nIng. Raúl Esparza Trejo\nTel. (563) 555-0126\n",
         labels=[MO, Q], ents={"name": "Raúl Esparza Trejo", "account": "4419-2205-67"},
         cat="opt-out + question", note="'Ing.' (engineer) is a title; e-mail-only marketing opt-out plus a billing question; the phone is not an account"),

    dict(id="S18", mailbox=CC, date="2025-08-18 17:00", frm=("Jose Cardenas", "jlcardenasjr@gmail.com"), client="gmail",
         lang="es", subject="Lista de promociones",
         text="Hola, por favor quítenme de su lista de promociones (correo y email). Mi cuenta es 6604 3318 29.\n\n"
              "José Luis Cárdenas Jr.\nColumbus Junction, IA 52738\n",
         labels=[MO], ents={"name": "José Luis Cárdenas Jr.", "postal_code": "52738", "account": "6604 3318 29"},
         cat="marketing opt-out", note="Spanish given names with an English 'Jr.' suffix, kept"),

    dict(id="S19", mailbox=PH, date="2025-08-22 10:40", frm=("Lupe Sandoval", "lupesandoval@outlook.com"),
         client="outlook_com", lang="es", content_language="es-US", subject="Mis datos",
         text="Buenos días,\nPor favor no vendan ni compartan mis datos con otras compañías. Mi número de cliente es "
              "0091-44187. Si necesitan algo, mi teléfono es 641-555-0191.\nGracias,\nGuadalupe Sandoval\n",
         labels=[CS], ents={"name": "Guadalupe Sandoval", "account": "0091-44187"},
         cat="catalog-sharing opt-out", note="full name in the signature while the From header has the nickname 'Lupe'; customer number vs phone"),

    dict(id="S20", mailbox=CC, date="2025-06-10 18:25", frm=("Guadalupe Rios", "lupitarios@icloud.com"), client="iphone",
         lang="es", reply=("PROMO", "iphone_es"), first="Guadalupe",
         text="Baja por favor\n\nLupita\n\nEnviado desde mi iPhone\n",
         labels=[MO], ents={"name": "Lupita"},
         cat="marketing opt-out (reply)", note="'baja' under our promotion is a marketing opt-out; she signs 'Lupita', our quote says 'Hi Guadalupe': the entity is her own word"),

    dict(id="S21", mailbox=PH, date="2025-08-27 07:50", frm=("Maribel Ochoa Lara", "maribel.ochoa.lara@gmail.com"),
         client="gmail", lang="es", subject="Catálogo",
         text="Favor de ya no mandarme el catálogo.\n",
         labels=[MO], ents={},
         cat="marketing opt-out", note="full double-surname name only in the From header: no name entity"),
]
