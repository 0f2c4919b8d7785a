"""Spanish and bilingual customers (Mexico, Puerto Rico, Colombia, the Dominican Republic, Guatemala, Argentina,
Spain, Cuba, Venezuela, El Salvador, Peru, Chile, Honduras), some mixing English."""
from spec import CC, MK, PH, Q, SH, M

SPECS = [
    M("es-mx-bill-buried", CC, "Rosa Elena Maldonado <rosaelena.mald@hotmail.com>", "Mi recibo de luz",
      """
      Buenas tardes,

      Les escribo porque el recibo de este mes me llegó de $287 y yo siempre pago como $120. Vivo sola con mi
      nieto, no tenemos aire acondicionado y casi no estamos en la casa. Ya fui a la oficina y me dijeron que
      mandara un correo. Y ya no me manden publicidad por favor, me llegan papeles de ofertas cada semana y no los
      leo. Quiero que alguien me explique por qué subió tanto, mi número de cuenta es 6613220845.

      Gracias,
      Rosa Elena Maldonado
      """, [MK, Q], ent={"name": "Rosa Elena Maldonado", "account": "6613220845"}, client="outlook-com-es",
      lang="es", group="buried",
      date=(8, 11, 15, 4), note="Mexican Spanish bill complaint with 'ya no me manden publicidad' in the middle: both labels"),

    M("es-pr-outage-ps", CC, "Javier Colón Rivera <jcolonrivera@gmail.com>", "Outage en Elm Street otra vez",
      """
      Saludos. La luz se fue otra vez anoche en Elm Street, ya van tres veces este mes y nadie nos dice nada.
      El outage map decía "crew assigned" por seis horas y nunca vimos un truck. ¿Qué está pasando con esa línea?
      Tengo medicinas en la nevera.

      Javier

      PD: y no compartan mi información con nadie, please. Ni con el catálogo ni con nadie.
      """, [SH, Q], ent={"name": "Javier"}, client="gmail-es", lang="es", group="buried",
      note="Puerto Rican Spanglish outage complaint with a share opt-out in the PD: both labels"),

    M("es-co-both-formal", PH, "Luz Marina Restrepo <lmrestrepo@yahoo.com>", "Solicitud",
      """
      Señores PowerHouse Catalog:

      Muy comedidamente les solicito que no me sigan enviando el catálogo y que no compartan, vendan ni
      intercambien mi nombre y dirección con otras empresas.

      Agradezco de antemano su atención.

      Luz Marina Restrepo
      """, [MK, SH], ent={"name": "Luz Marina Restrepo"}, client="yahoo-es", lang="es", group="both",
      note="Colombian formal register, both opt-outs in one sentence"),

    M("es-do-how-long", CC, "Yohanna Peña <yohannapena@gmail.com>", "pregunta",
      """
      Hola, una pregunta. Si uno pide que no le manden más el catálogo, ¿cuánto tiempo se tarda en dejar de
      llegar? Mi mamá lo pidió y le siguen llegando. Gracias
      """, [Q], client="gmail-es", lang="es", group="about-optout",
      note="Dominican writer asks how long an opt-out takes (the mother's request is only context): question only"),

    M("es-gt-address", PH, "Edgar Xol <edgarxol@outlook.com>", "cambio de dirección",
      """
      Buenos días. Me cambié de casa, la nueva dirección es 2215 Center Point Rd NE, Cedar Rapids, IA 52404.
      Por favor actualicen mi dirección en la cuenta. Y el catálogo ya no lo manden a la nueva casa, gracias.

      Edgar Xol
      """, [MK, Q], ent={"name": "Edgar Xol", "postal_code": "52404"}, client="outlook-com-es", lang="es",
      group="address", note="Guatemalan writer: change of address (question) plus no catalog at the new house (opt-out)"),

    M("es-ar-podes", CC, "Martín Ferreyra <mferreyra@gmail.com>", "mails",
      """
      Hola, ¿me podés sacar de la lista de mails de promociones? Llegan todos los días. Gracias!
      """, [MK], client="gmail-es", lang="es", group="as-question",
      note="Argentine voseo; the request asked as a question: marketing opt-out"),

    M("es-es-politica", PH, "Begoña Iturralde <bego.iturralde@gmail.com>", "Sobre vuestra política de privacidad",
      """
      Hola:

      He leído en vuestra política de privacidad que "podemos compartir su nombre y dirección postal con otras
      empresas de catálogos cuidadosamente seleccionadas". Os pido que no lo hagáis con mis datos. Además, me
      gustaría saber qué empresas son esas exactamente.

      Un saludo,
      Begoña Iturralde
      """, [SH, Q], ent={"name": "Begoña Iturralde"}, client="gmail-es", lang="es", group="policy",
      note="Castilian Spanish quoting the sharing sentence back: share opt-out plus a question about which companies"),

    M("es-cu-gracias", CC, "Ofelia Casanova <ofeliacasanova@bellsouth.net>", "Gracias",
      """
      Muy buenas. Solo para darles las gracias, ya no me llegan las cartas de propaganda que les pedí quitar. Que
      Dios los bendiga.

      Ofelia
      """, [], client="outlook-desktop", lang="es", group="thanks",
      note="Elderly Cuban writer thanks us that the mailings stopped: no request, no acknowledgement"),

    M("es-ve-borrar", CC, "Gustavo Mendoza <gmendoza.ve@gmail.com>", "Eliminar mis datos",
      """
      Buenas noches. Quiero que borren toda mi información personal de sus sistemas: nombre, teléfono, correo,
      todo. Ya no quiero tener nada que ver con ustedes después del problema del depósito.

      Gustavo Mendoza
      """, [Q], True, ent={"name": "Gustavo Mendoza"}, client="gmail-es", lang="es", group="delete",
      note="Venezuelan writer asks to delete everything: unclear plus question by rule"),

    M("es-sv-llamadas", CC, "Reina Guardado <reinaguardado@yahoo.com>", "llamadas",
      """
      Por favor ya no me llamen para ofrecerme el programa de paneles solares. Me llaman en el trabajo. Las
      cartas no me molestan, solo las llamadas.
      """, [Q], client="yahoo-es", lang="es", group="channel",
      note="Salvadoran writer: phone calls only, letters explicitly fine; calls are outside the marketing label: question"),

    M("es-mx-emails-si-catalogo", PH, "Itzel Ramírez <itzel.rmz@gmail.com>", "correos",
      """
      holaa, ya no quiero los emails pero el catálogo en papel sí porfa, me gusta verlo
      """, [MK], client="gmail-android", lang="es", group="channel",
      note="Young Mexican writer: stop e-mails, keep the paper catalog: marketing opt-out for e-mail"),

    M("es-contradice", CC, "Héctor Villalobos <hvillalobos@hotmail.com>", "publicidad",
      """
      Ya no quiero que me manden publicidad. Bueno, la de los termostatos sí, esa me interesa. Y la revista
      también. Lo demás no. O sea, no sé, ustedes vean.
      """, [], True, client="outlook-com-es", lang="es", group="contradiction",
      note="Stops advertising, then keeps two kinds and ends 'ustedes vean': self-contradicting, unclear"),

    M("es-ya-no", CC, "Dolores Quintanilla <doloresq@gmail.com>", "",
      """
      Por favor ya no.
      """, [], True, client="gmail-es", lang="es", group="unclear",
      note="'Por favor ya no' with no subject and no object: unclear"),

    M("es-mx-marzo-catalogo", PH, "Socorro Galván <socorrogalvan@yahoo.com.mx>", "OTRA VEZ EL CATALOGO",
      """
      Ya les pedí en marzo que no me mandaran el catálogo y sigue llegando cada mes. POR FAVOR YA NO ME LO MANDEN.
      ¿Por qué no hacen caso?
      """, [MK, Q], client="yahoo-es", lang="es", group="earlier",
      date=(9, 3, 18, 26), note="Earlier request restated with its object and renewed now: marketing opt-out plus the complaint (question)"),

    M("es-lo-mismo", CC, "Armando Téllez <atellez@gmail.com>", "otra vez",
      """
      Les escribo otra vez para lo mismo de la vez pasada. Gracias.
      """, [], True, client="gmail-es", lang="es", group="earlier",
      note="'lo mismo de la vez pasada' without saying what: unclear (reference to earlier mail)"),

    M("es-misdirected-comadre", CC, "Lupita Arellano <lupita.arellano@hotmail.com>", "fotos del bautizo",
      """
      Comadre!! Aquí te mando las fotos del bautizo de Mateo, quedaron bien bonitas. Dile a mi compadre que
      gracias por el mole, estaba buenísimo. Nos vemos el domingo, un abrazo.
      """, [], client="outlook-com-es", lang="es", group="nonrequest",
      note="Christening photos meant for a friend: misdirected personal mail, nothing to answer"),

    M("es-iglesia-patrocinio", CC, "Parroquia San José Obrero <festival@sanjoseobrero-dbq.org>",
      "Invitación a patrocinar nuestro festival",
      """
      Estimados amigos de Alliant Energy:

      La Parroquia San José Obrero celebrará su Festival de la Familia el 14 de septiembre. Estamos buscando
      patrocinadores de la comunidad para cubrir los gastos de la música y los juegos para niños. Los paquetes
      de patrocinio van desde $150 hasta $1,000 e incluyen su logotipo en nuestro programa.

      ¿Les interesaría participar? Con gusto les enviamos más información.

      Comité del Festival
      """, [], auto=True, client="outlook-com-es", lang="es", group="nonrequest",
      date=(7, 20, 11, 15), note="Parish festival sponsorship solicitation: outreach, automated per LABELS.md"),

    M("es-spanglish-hypothetical", CC, "Kevin Santiago <ksantiago.pr@gmail.com>", "pregunta sobre mi info",
      """
      Hey, una pregunta. ¿Ustedes comparten la info de los clientes con otras compañías? Because si algún día me
      entero que vendieron mis datos, me cambio de compañía ese mismo día jaja. Pero en serio, quisiera saber.
      """, [Q], client="gmail-es", lang="es", group="hypothetical",
      note="Spanglish: asks whether we share; 'si algún día me entero que vendieron mis datos...' is a hypothetical, not a request: question only"),

    M("es-sera-posible", CC, "Consuelo Arriaga <carriaga@outlook.com>", "Correos de promociones",
      """
      Buenos días, ¿será posible que ya no me envíen correos de promociones? Muchas gracias por su atención.

      Consuelo Arriaga
      Muscatine, IA 52761
      """, [MK], ent={"name": "Consuelo Arriaga", "postal_code": "52761"}, client="outlook-com-es", lang="es", group="as-question",
      note="The opt-out asked as a polite question: marketing opt-out"),

    M("es-no-es-que-no", PH, "Marisela Fuentes <marisela.fuentes@gmail.com>", "mi dirección",
      """
      No es que no quiera el catálogo, me gusta. Es que no quiero que vendan mi dirección a otras compañías.
      """, [SH], client="gmail-es", lang="es", group="negation",
      note="Double negation keeps the catalog; the wish is no selling of her address: share opt-out only"),

    M("es-pe-html-bill", CC, "Walter Huamán <whuaman@mchsi.com>", "Consulta sobre cargo",
      """
      Estimados,

      En mi último recibo aparece un cargo de $35 que dice "service fee" y no sé a qué corresponde. ¿Me podrían
      explicar? Mi cuenta es la 2209 7715 3304.

      Asimismo les pido que me retiren de sus envíos de publicidad por correo electrónico y por correo postal.

      Atentamente,
      Walter Huamán
      """, [MK, Q], ent={"name": "Walter Huamán", "account": "2209 7715 3304"}, client="ox-webmail-es-html",
      lang="es", group="optout+q",
      note="Peruvian formal: fee question plus a marketing opt-out for e-mail and post; HTML-only"),

    M("es-cl-thread", CC, "Camila Fuenzalida <cfuenzalida@gmail.com>", None,
      """
      Hola de nuevo! Una consulta distinta: ¿tienen algún programa para ayudar a pagar la calefacción en
      invierno? Este año viene difícil. Gracias altiro.

      Camila
      """, [Q], ent={"name": "Camila"}, client="gmail-es", lang="es", group="thread",
      thread={"subject": "Cambio de fecha de pago", "days": 34, "ours": """
Hi Camila,

Thank you for writing. I have changed your bill due date to the 22nd of each month, starting with your next
statement.

Saludos,
Ana R.
Customer Care | Alliant Energy
""", "theirs": """
Hola, ¿se puede cambiar la fecha de pago al día 22? Me pagan el 20. Gracias.
Camila Fuenzalida
"""}, date=(10, 20, 22, 41), note="Chilean writer top-posts a new question over her own old due-date thread: question"),

    M("es-hn-mama", CC, "Nelson Banegas <nbanegas@hotmail.com>", "correspondencia de mi mamá",
      """
      Buenas tardes. Les escribo por mi mamá, la señora Olga Banegas, que no habla inglés y no usa
      computadora. A ella le llegan muchas cartas de ofertas de ustedes y se preocupa pensando que debe algo.
      ¿Pueden dejar de mandarle esas cartas? Ella vive en el 1507 de la calle 3 en West Liberty, 52776.
      """, [], True, ent={"name": "Olga Banegas", "postal_code": "52776"}, client="outlook-com-es", lang="es",
      group="unclear",
      note="Honduran son writes for his mother without showing standing: unclear; entities name the mother"),

    M("es-arbol-vecino", CC, "Guadalupe Soto <gsoto.waterloo@gmail.com>", "árbol en los cables",
      """
      Buenas tardes, el árbol del vecino ya está tocando los cables de la luz detrás de mi casa y cuando hay
      viento se ven chispas. Él dice que no es su problema. ¿Pueden mandar a alguien a revisarlo? Vivo en la
      calle Franklin, en Waterloo.

      Guadalupe Soto
      """, [Q], ent={"name": "Guadalupe Soto"}, client="gmail-es", lang="es", group="nonrequest",
      note="Neighbour's tree sparking on the lines: a service/safety question, no privacy request"),

    M("es-pr-solo-emails", CC, "Nilsa Ortiz <nilsa.ortiz@icloud.com>", "Emails",
      """
      Hola. Solo los emails de promociones, por favor páralos. Los papeles que llegan por correo no me molestan.

      Nilsa
      """, [MK], ent={"name": "Nilsa"}, client="iphone-es", lang="es", group="channel",
      note="Puerto Rican writer stops promotional e-mails only and keeps the paper: marketing opt-out for e-mail"),

    M("es-textos", CC, "Óscar Benítez <obenitez@gmail.com>", "mensajes de texto",
      """
      Buenas, ¿cómo hago para que no me lleguen los mensajes de texto con ofertas? Los de cortes de luz sí los
      quiero.
      """, [Q], client="samsung-es", lang="es", group="about-optout",
      note="Asks how to stop offer texts (keeping outage texts): a question about opting out of a channel outside the label"),
]
