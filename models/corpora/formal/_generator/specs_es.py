"""Formal Spanish (usted) letters from writers of several countries."""
from spec import M, MO, CS, Q

SPECS = [
M("s01-mx-baja-publicidad", "cc", "rights-template", "outlookcom", ("Lic. Rodrigo Valdés Ibarra", "rvaldes.ibarra@outlook.com"),
  "2026-01-22 10:05", "Solicitud de exclusión de publicidad", """
A quien corresponda:

Por medio de la presente, y en mi carácter de titular de la cuenta número 4418-2207-635, solicito
atentamente que se excluya mi nombre y domicilio de toda comunicación publicitaria o promocional, tanto por
correo postal como por correo electrónico.

Sin otro particular, quedo de ustedes.

Atentamente,

Lic. Rodrigo Valdés Ibarra
West Liberty, Iowa 52776
""", "Mexican formal letter: exclude me from all advertising by post and e-mail: marketing_opt_out; 'Lic.' dropped",
  [MO], lang="es", ent={"name": "Rodrigo Valdés Ibarra", "account": "4418-2207-635", "postal_code": "52776"}),

M("s02-ccpa-es-no-vender", "ph", "rights-template", "gmail", ("Graciela Montalbán", "graciela.montalban@gmail.com"),
  "2026-02-12 18:22", "No vender ni compartir mi información personal", """
Estimados señores de PowerHouse Catalog:

Les solicito formalmente que no vendan ni compartan mi información personal con terceros. Deseo seguir
recibiendo el catálogo en mi domicilio.

Nombre: Graciela Montalbán
Código postal: 52404

Agradezco de antemano su atención.
""", "Spanish do-not-sell-or-share, keeps the catalog: catalog_share_opt_out only",
  [CS], lang="es", ent={"name": "Graciela Montalbán", "postal_code": "52404"}),

M("s03-mx-arco-acceso-oposicion", "cc", "rights-template", "outlookpc", ("Ing. Alejandro Cárdenas Villaseñor", "acardenas@cardenas-ingenieria.com"),
  "2026-03-09 09:30", "Ejercicio de derechos ARCO: acceso y oposición", """
SOLICITUD DE EJERCICIO DE DERECHOS ARCO

Alliant Energy
Departamento de Privacidad
Presente

Por este conducto, el suscrito, Alejandro Cárdenas Villaseñor, titular de la cuenta 7720-4413-89, ejerce los
siguientes derechos:

I. ACCESO: solicito copia de los datos personales que obran en su poder respecto de mi persona.
II. OPOSICIÓN: me opongo al tratamiento de mis datos personales con fines publicitarios y de mercadotecnia, por
correo postal y por correo electrónico.

Protesto lo necesario.

Ing. Alejandro Cárdenas Villaseñor
""", "Mexican ARCO-style letter: access (copy of data, question) and opposition to marketing (opt-out); 'Ing.' dropped",
  [MO, Q], lang="es", ent={"name": "Alejandro Cárdenas Villaseñor", "account": "7720-4413-89"}),

M("s04-cancelacion-datos", "cc", "rights-template", "gmail", ("Marisela Ochoa Fuentes", "marisela.ochoa.f@gmail.com"),
  "2026-03-26 20:14", "Solicitud de cancelación de datos personales", """
Muy estimados señores:

Mediante el presente correo solicito la cancelación y eliminación total de mis datos personales de sus bases de
datos, incluidos los de mi cuenta anterior en Muscatine, Iowa 52761, que di de baja en diciembre.

Les ruego me confirmen por escrito cuando se haya realizado.

Atentamente,
Marisela Ochoa Fuentes
""", "Spanish 'cancel and delete all my data': delete-everything rule, unclear + question",
  [Q], unclear=True, lang="es", ent={"name": "Marisela Ochoa Fuentes", "postal_code": "52761"}),

M("s05-rectificacion-nombre", "ph", "rights-template", "outlookcom", ("Maria Jose Echeverri", "mjecheverri@outlook.com"),
  "2026-04-13 11:45", "Rectificación de nombre en sus registros", """
Cordial saludo.

Me permito solicitar la rectificación de mi nombre en sus registros. En las etiquetas del catálogo figura como
"MARIA JOSE ECHEVERY"; el nombre correcto es María José Echeverri Restrepo.

Número de cliente: PH-4471902

Agradezco su amable atención.

María José Echeverri Restrepo
""", "Colombian-style request to correct her name on the catalog label: question only",
  [Q], lang="es", ent={"name": "María José Echeverri Restrepo", "account": "PH-4471902"}),

M("s06-co-apoderado", "cc", "agent", "outlookpc", ("Dr. Hernando Salazar Quintero", "hsalazar@salazarabogados.co"),
  "2026-04-27 08:50", "Solicitud en calidad de apoderado - Sra. Beatriz Londoño de Arango", """
Señores
ALLIANT ENERGY
Atención al Cliente

Asunto: Solicitud en calidad de apoderado

Cordial saludo:

Actuando en calidad de apoderado de la señora Beatriz Londoño de Arango, según poder especial debidamente
autenticado ante notario que adjunto a este correo, solicito respetuosamente que cesen el envío de publicidad y
ofertas comerciales a mi poderdante, por correo físico y electrónico. Su cuenta es la número 3356-0912-44.

Atentamente,

Hernando Salazar Quintero
Abogado
""", "Colombian lawyer with a notarised special power attached: standing; stop advertising = marketing_opt_out; entities the principal",
  [MO], lang="es", ent={"name": "Beatriz Londoño de Arango", "account": "3356-0912-44"},
  attach=[("Poder_especial_Londono.pdf", "application/pdf",
           ("PODER ESPECIAL", ["Poderdante: Beatriz Londono de Arango", "Apoderado: Hernando Salazar Quintero"]))]),

M("s07-albacea-catalogo", "ph", "estate", "gmail", ("Teodoro Villarreal", "teodoro.villarreal@gmail.com"),
  "2026-05-14 17:03", "Sucesión de la Sra. Amparo Villarreal - catálogos", """
Estimados señores:

Soy el albacea de la sucesión de mi madre, la señora Amparo Villarreal, fallecida el pasado mes de febrero; adjunto
copia de mi nombramiento expedido por el tribunal. Siguen llegando catálogos a su nombre en 615 Grove Street,
Waterloo, IA 50701.

En mi calidad de albacea les pido que dejen de enviarle catálogos y que no vendan, alquilen ni intercambien su
nombre y dirección con otras empresas.

Teodoro Villarreal
""", "Executor (court appointment attached): standing; stop catalogs + no exchange = both; entities the decedent ('señora' dropped)",
  [MO, CS], lang="es", ent={"name": "Amparo Villarreal", "postal_code": "50701"},
  attach=[("Nombramiento_albacea.pdf", "application/pdf",
           ("LETTERS OF APPOINTMENT", ["Estate of Amparo Villarreal", "Executor: Teodoro Villarreal"]))]),

M("s08-administrador-condominio", "cc", "hoa", "outlookcom", ("Administración Condominio Los Pinos", "admin.lospinos@outlook.com"),
  "2026-06-01 12:37", "Solicitud de la Junta de Condóminos", """
Señores de Alliant Energy:

La Junta de Condóminos del Condominio Los Pinos (48 departamentos, Cedar Rapids, Iowa 52404), en su sesión
ordinaria, acordó solicitar a ustedes que suspendan el envío de publicidad a todos los departamentos del
condominio.

Atentamente,

Lic. Arturo Benavides Ruiz
Administrador
""", "Condominium administrator for 48 units whose accounts are the owners': no standing, unclear; ZIP only",
  [], unclear=True, lang="es", ent={"postal_code": "52404"}),

M("s09-oficial-cumplimiento", "cc", "business", "outlookpc", ("Cumplimiento - Panadería La Espiga", "cumplimiento@laespigabakery.com"),
  "2026-06-16 09:14", "Exclusión de correos promocionales - cuentas de la empresa", """
Estimados señores:

En mi carácter de oficial de cumplimiento de Panadería La Espiga, LLC, titular de las cuentas comerciales
2290-7716-05 y 2290-7716-13, les solicito que dejen de enviar correos electrónicos promocionales y publicidad
impresa a nuestras dos sucursales y a las direcciones de correo de nuestro personal.

Quedo a sus órdenes.

Lcda. Yesenia Matos Figueroa
Oficial de Cumplimiento
Panadería La Espiga, LLC
""", "Puerto Rican compliance officer for the company's own accounts: standing; marketing_opt_out; 'Lcda.' dropped; first account",
  [MO], lang="es", ent={"name": "Yesenia Matos Figueroa", "account": "2290-7716-05"}),

M("s10-queja-fiscal-baja", "cc", "complaint", "yahoo", ("Nicolás Barrientos", "nicobarrientos@yahoo.com"),
  "2026-07-02 21:48", "Queja formal y solicitud de baja", """
Señores:

Desde hace meses les he pedido que dejen de mandarme publicidad por correo electrónico y no lo han hecho. Si no
me dan de baja de inmediato de sus correos promocionales, presentaré una queja ante la oficina del Fiscal
General del estado.

Exijo además una explicación por escrito de por qué no han atendido mi solicitud.

Nicolás Barrientos
Cuenta 6013-2248-77
""", "Formal complaint: stop promotional e-mail now (named) and explain in writing why it wasn't done: MO + question",
  [MO, Q], lang="es", ent={"name": "Nicolás Barrientos", "account": "6013-2248-77"}),

M("s11-con-quien-comparten", "ph", "question", "outlookcom", ("Rosalía Espinoza de Lara", "rosalia.espinozadelara@outlook.com"),
  "2026-07-20 10:28", "Consulta sobre el intercambio de datos", """
Distinguidos señores:

Me permito consultarles con qué empresas comparten o intercambian los nombres y direcciones de sus clientes, y
con qué frecuencia lo hacen. Les agradeceré que me informen también si mi nombre ha sido compartido en el último
año.

Reciban un cordial saludo,
Rosalía Espinoza de Lara
""", "Asks with whom and how often names are exchanged, and whether hers was: question only",
  [Q], lang="es", ent={"name": "Rosalía Espinoza de Lara"}),

M("s12-cambio-domicilio", "cc", "letter", "gmail", ("Fernando Aguilar Castañeda", "fer.aguilar.castaneda@gmail.com"),
  "2026-08-05 13:19", "Aviso de cambio de domicilio", """
Estimados señores:

Por medio de la presente les notifico que a partir del 1 de septiembre mi domicilio postal será 1802 Division
Street, Davenport, IA 52804. La cuenta número 5108-3362-49 permanece a mi nombre.

Atentamente,
Fernando Aguilar Castañeda
""", "Formal change of mailing address: question; postal_code the new ZIP",
  [Q], lang="es", ent={"name": "Fernando Aguilar Castañeda", "postal_code": "52804", "account": "5108-3362-49"}),

M("s13-lic-sin-autorizacion", "cc", "attorney", "outlookpc", ("Lic. Octavio Paredes Salgado", "oparedes@paredesyasociados.mx"),
  "2026-08-21 11:02", "Solicitud a favor de mi cliente", """
Muy señores míos:

En representación de mi cliente, el señor Efraín Gutiérrez Solís, les solicito que se abstengan de contactarlo
por cualquier medio y que eliminen sus datos de sus listas.

Sin más por el momento, quedo a sus órdenes.

Lic. Octavio Paredes Salgado
Paredes y Asociados, S.C.

AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial. Si usted lo recibió por error, le rogamos eliminarlo y
no distribuirlo.
""", "Lawyer for a client with no authorization; 'no contact by any means' would include bills: unclear; entity the client",
  [], unclear=True, lang="es", ent={"name": "Efraín Gutiérrez Solís"}),

M("s14-ar-supresion-listas", "ph", "rights-template", "thunderbird", ("Ana Inés Goldaracena", "anaines.goldaracena@fibertel.com.ar"),
  "2026-09-03 15:40", "Supresión de mi nombre de las listas que intercambian", """
De mi mayor consideración:

Me dirijo a ustedes a fin de solicitar la supresión de mi nombre y domicilio de toda lista que PowerHouse
Catalog ceda, alquile o intercambie con otras empresas. Aclaro que deseo seguir recibiendo el catálogo.

Resido temporalmente en 2415 University Avenue, Madison, WI 53726.

Sin otro particular, saludo a ustedes muy atentamente.

Ana Inés Goldaracena
""", "Argentine formal letter: remove her from lists that are exchanged, keep the catalog: catalog_share_opt_out",
  [CS], lang="es", ent={"name": "Ana Inés Goldaracena", "postal_code": "53726"}, cs="iso-8859-1"),

M("s15-es-oposicion", "cc", "rights-template", "thunderbird", ("Íñigo Arrieta Zubiaurre", "inigo.arrieta@telefonica.net"),
  "2026-09-29 08:33", "Ejercicio del derecho de oposición", """
Muy señores míos:

Por la presente ejerzo mi derecho de oposición al tratamiento de mis datos personales con fines de publicidad y
prospección comercial. Les ruego que no me remitan más comunicaciones comerciales ni por correo postal ni por
correo electrónico.

Titular del contrato: Íñigo Arrieta Zubiaurre
Número de cuenta: 8893-1204-56

Reciban un cordial saludo.
""", "Spanish (Spain) opposition to processing for advertising, no more commercial mail/e-mail: marketing_opt_out",
  [MO], lang="es", ent={"name": "Íñigo Arrieta Zubiaurre", "account": "8893-1204-56"}, cs="iso-8859-1"),

M("s16-pe-conservacion", "cc", "question", "gmail", ("Jorge Luis Cáceres Huamán", "jlcaceres.h@gmail.com"),
  "2026-10-19 12:06", "Consulta sobre plazo de conservación de datos", """
Señores
Alliant Energy
Presente.-

De mi consideración:

Tengo el agrado de dirigirme a ustedes para consultarles por cuánto tiempo conservan los datos personales de un
cliente una vez cerrada su cuenta, y si dichos datos se comparten con alguna empresa del grupo.

Sin otro particular, me despido.

Atentamente,
Jorge Luis Cáceres Huamán
Ottumwa, IA 52501
""", "Peruvian-style retention and group-sharing questions: question only",
  [Q], lang="es", ent={"name": "Jorge Luis Cáceres Huamán", "postal_code": "52501"}),

M("s17-cl-ambas-plazo", "ph", "rights-template", "outlookcom", ("Constanza Riquelme Vidal", "constanza.riquelme@outlook.com"),
  "2026-11-10 10:51", "Solicitud de baja del catálogo y de no cesión de datos", """
Estimados señores:

Junto con saludarlos, solicito a ustedes lo siguiente:

1. Dejar de enviarme el catálogo impreso y las ofertas por correo electrónico.
2. No ceder, vender ni intercambiar mis datos personales con otras empresas.

Asimismo, les agradecería indicarme en qué plazo se hará efectiva esta solicitud.

Se despide atentamente,
Constanza Riquelme Vidal
Cliente N.º PH-6620184
""", "Chilean letter: stop catalog and offers, no data transfer, and asks how long it takes: all three labels",
  [MO, CS, Q], lang="es", ent={"name": "Constanza Riquelme Vidal", "account": "PH-6620184"}),
]
