"""Unclear mail per the hard cases of LABELS.md: no object, short replies under service mail, empty replies,
references to earlier mail, requests for someone else, delete-everything, mixed or self-contradicting wishes."""
from common import make, on_top
from ours import CC, PH

SPECS = []
M = make(SPECS)
U = dict(unclear=True)
UQ = dict(unclear=True, labels=["question"])

# ------------------------------------------------------------------------------- no object
M(id="u01", mailbox="customercare", cat="un:no-object-please-stop", lang="en", client="gmail",
  frm=("Darlene Hupp", "darlenehupp@gmail.com"), subject="", date="2026-01-06 07:33",
  body="""Please stop.
""",
  entities={}, note="'Please stop.' with an empty subject and no quoted mail: no object, unclear", **U)

M(id="u02", mailbox="powerhousecatalog", cat="un:no-object-opt-me-out", lang="en", client="iphone",
  frm=("Scott Ridley", "sridley@icloud.com"), subject="Opt out", date="2026-02-21 22:15",
  body="""Opt me out

Sent from my iPhone
""",
  entities={}, note="'Opt me out' of nothing named; the catalog mailbox is a hint, not an instruction (could be share or catalog or both)",
  **U)

M(id="u03", mailbox="customercare", cat="un:no-object-remove-me", lang="en", client="yahoo",
  frm=("Evelyn Moss", "evelynmoss44@yahoo.com"), subject="Remove", date="2026-04-11 10:40",
  body="""Remove me.
Evelyn Moss
""",
  entities={"name": "Evelyn Moss"}, note="'Remove me.' with subject 'Remove' and nothing saying from what", **U)

M(id="u04", mailbox="powerhousecatalog", cat="un:es-no-object-ya-basta", lang="es", client="gmail",
  frm=("Joaquín Arreola", "joaquin.arreola@gmail.com"), subject="Ya basta", date="2026-06-26 19:19",
  body="""Ya basta, por favor. Ya no más.

Joaquín
""",
  entities={"name": "Joaquín"}, note="Spanish 'ya basta, ya no más' without saying of what: unclear", **U)

M(id="u05", mailbox="customercare", cat="un:no-object-take-me-off", lang="en", client="outlookcom",
  frm=("Clint Rahe", "clintrahe@hotmail.com"), subject="(no subject)", date="2026-09-05 13:50",
  body="""Take me off.

Clint
""",
  entities={"name": "Clint"}, note="'Take me off.' of what list is not said; subject is the literal '(no subject)'", **U)

# ---------------------------------------------------------------- short replies under service mail
_s, _b, _r = on_top("iphone", "outage", "2026-06-19 16:40", "STOP", CC, "0u7a9e0001")
M(id="u06", mailbox="customercare", cat="un:stop-under-outage-alert", lang="en", client="iphone",
  frm=("Jared Lintz", "jaredlintz@icloud.com"), subject=_s, date="2026-06-19 17:05", body=_b, in_reply_to=_r,
  references=_r, entities={},
  note="'STOP' under an outage alert is not a marketing opt-out (service message): unclear", **U)

_s, _b, _r = on_top("gmail", "bill", "2026-08-01 06:00", "unsubscribe", CC, "b111aaaa02")
M(id="u07", mailbox="customercare", cat="un:unsubscribe-under-bill", lang="en", client="gmail",
  frm=("Melissa Kraus", "melissa.kraus.ia@gmail.com"), subject=_s, date="2026-08-01 08:27", body=_b,
  in_reply_to=_r, references=_r, entities={},
  note="'unsubscribe' under a bill-ready notice: the bill is service mail, so it is not a marketing opt-out", **U)

_s, _b, _r = on_top("outlook", "payment_due", "2026-02-06 09:00",
                    "Please remove me.\n\nGerald Pohl\nAcct 4012 7736 51\n", "gpohl@outlook.com", "9a7d0e0003")
M(id="u08", mailbox="customercare", cat="un:remove-under-payment-reminder", lang="en", client="outlookcom",
  frm=("Gerald Pohl", "gpohl@outlook.com"), subject=_s, date="2026-02-06 11:12", body=_b, in_reply_to=_r,
  entities={"name": "Gerald Pohl", "account": "4012 7736 51"},
  note="'Please remove me' under a payment reminder (service): remove from reminders? from e-bills? unclear", **U)

_s, _b, _r = on_top("gmail", "ack:AE-26-04418", "2026-03-18 09:14", "Stop", CC, "ack0004418")
M(id="u09", mailbox="customercare", cat="un:stop-under-our-ack", lang="en", client="gmail",
  frm=("Lydia Brennan", "lydiabrennan@gmail.com"), subject=_s, date="2026-03-18 13:02", body=_b,
  in_reply_to=_r, references=_r, entities={},
  note="'Stop' in reply to our own acknowledgement: stop what, the acknowledgements? unclear", **U)

_s, _b, _r = on_top("gmail_es", "maintenance", "2026-07-21 15:00", "Cancelar", CC, "mn7e000005")
M(id="u10", mailbox="customercare", cat="un:es-cancelar-under-maintenance", lang="es", client="gmail",
  frm=("Saúl Bermúdez", "saulbermudez81@gmail.com"), subject=_s, date="2026-07-21 16:48", body=_b,
  in_reply_to=_r, references=_r, entities={},
  note="Spanish 'Cancelar' under a planned-maintenance notice: cancel the work? the notices? unclear", **U)

# ----------------------------------------------------------------------- empty / undecidable replies
_s, _b, _r = on_top("gmail", "solar", "2026-05-26 10:00", "see below", CC, "5151aaee06")
M(id="u11", mailbox="customercare", cat="un:see-below-under-promo", lang="en", client="gmail",
  frm=("Nate Gustafson", "nate.gustafson@gmail.com"), subject=_s, date="2026-05-27 07:58", body=_b,
  in_reply_to=_r, references=_r, entities={},
  note="New text is only 'see below' and below is our own promotion and footer: nothing decidable", **U)

_s, _b, _r = on_top("iphone", "ph_fall", "2026-09-22 08:00", "\U0001F44D", PH, "fa11fa1107")
M(id="u12", mailbox="powerhousecatalog", cat="un:emoji-under-catalog", lang="en", client="iphone",
  frm=("Becca Olmstead", "beccaolmstead@icloud.com"), subject=_s, date="2026-09-22 12:30", body=_b,
  in_reply_to=_r, references=_r, entities={},
  note="A thumbs-up emoji above the fall catalog e-mail: a reaction, not a request; undecidable", **U)

_s, _b, _r = on_top("fwd", "newsletter", "2026-03-03 07:00", "", CC, "99aa88bb08")
M(id="u13", mailbox="customercare", cat="un:bare-forward-of-newsletter", lang="en", client="gmail",
  frm=("Phyllis Dreyer", "phyllisdreyer@gmail.com"), subject=_s, date="2026-03-09 15:05", body=_b,
  entities={},
  note="Our newsletter forwarded back with no new text at all; the footer's opt-out words are ours, not hers", **U)

# ------------------------------------------------------------------------ reference to earlier mail
M(id="u14", mailbox="customercare", cat="un:same-for-other-address", lang="en", client="gmail",
  frm=("Curtis Baumann", "curtbaumann@gmail.com"), subject="other address", date="2026-02-14 11:04",
  body="""Hi, could you please do the same for my other address, 2205 Lincoln Way? Thanks.

Curt
""",
  entities={"name": "Curt"}, note="'Do the same for my other address' without saying what 'the same' was", **U)

M(id="u15", mailbox="powerhousecatalog", cat="un:as-i-asked-before", lang="en", client="outlookcom",
  frm=("Deborah Kinney", "debkinney@outlook.com"), subject="Again", date="2026-05-15 09:37",
  body="""As I asked before, please take care of this. This is the third time I have written.

Deborah Kinney
""",
  entities={"name": "Deborah Kinney"}, note="'As I asked before, please take care of this': refers to earlier mail without saying what", **U)

M(id="u16", mailbox="customercare", cat="un:es-lo-mismo-que-antes", lang="es", client="yahoo",
  frm=("Gilberto Carrasco", "gilbertocarrasco@yahoo.com"), subject="Lo mismo",
  date="2026-07-08 18:22",
  body="""Buenas tardes, por favor hagan lo mismo que les pedí la vez pasada, pero para la cuenta de mi negocio.
Gilberto Carrasco
""",
  entities={"name": "Gilberto Carrasco"}, note="Spanish 'lo mismo que les pedí la vez pasada': earlier request not stated", **U)

M(id="u17", mailbox="customercare", cat="un:same-as-wife", lang="en", client="apple",
  frm=("Greg Lundberg", "greg.lundberg@me.com"), subject="Me too", date="2026-10-01 20:01",
  body="""My wife wrote to you last month. I'd like the same done for me please.

Greg Lundberg
""",
  entities={"name": "Greg Lundberg"}, note="Same as his wife's earlier (unseen) request: we cannot tell what it was", **U)

# ------------------------------------------------------------------------ on behalf of someone else
M(id="u18", mailbox="customercare", cat="un:deceased-mother", lang="en", client="o365", dkim_d="bakertilly.com",
  frm=("Lisa Hagemann", "lisa.hagemann@bakertilly.com"), subject="My mother's mail",
  date="2026-07-02 12:45",
  body="""Hello,

My mother, Irma Hagemann, passed away in June. Mail from you keeps arriving at her house in Carroll (51401) and it is hard on my father to see it. Please stop the advertising mail to her.

Lisa Hagemann
""",
  entities={"name": "Irma Hagemann", "postal_code": "51401"},
  note="Daughter writing for her deceased mother; standing and the account situation need staff: unclear, entities name the mother",
  **U)

M(id="u19", mailbox="powerhousecatalog", cat="un:neighbor", lang="en", client="isp",
  frm=("Marlys Teig", "mteig@netins.net"), subject="For my neighbor", date="2026-03-27 14:29",
  body="""Hello,

My neighbor Edna Perkins is 93 and doesn't use e-mail. She asked me to let you know she doesn't want the catalog or her name given out. She lives at 407 3rd St NE, Oelwein IA 50662.

Marlys Teig
""",
  entities={"name": "Edna Perkins", "postal_code": "50662"},
  note="Neighbor passing on another person's wishes: no standing shown, so unclear; entities name Edna Perkins", **U)

M(id="u20", mailbox="customercare", cat="un:landlord-for-tenant", lang="en", client="gmail",
  frm=("Rick Stanhope", "stanhope.rentals@gmail.com"), subject="Tenant mail",
  date="2026-04-24 10:17",
  body="""I own the duplex at 44 Oak St in Mount Pleasant. My tenant Kayla Reinert in the upstairs unit gets your flyers all the time and they end up all over the porch. Take her off your list.

Rick Stanhope
Stanhope Rentals
""",
  entities={"name": "Kayla Reinert"},
  note="Landlord asking for his tenant: the tenant holds her own account, landlord lacks standing; unclear", **U)

M(id="u21", mailbox="powerhousecatalog", cat="un:adult-child-for-father", lang="en", client="gmail",
  frm=("Amy Voss", "amyvoss.mpls@gmail.com"), subject="My dad's catalogs",
  date="2026-08-13 21:44",
  body="""Hi,

My dad is 88 and lives alone in Manchester, Iowa. He gets a dozen catalogs a week and I think yours is the one that started it. Can you stop sending them to him and stop sharing his name? His name is Walter Voss.

Thanks,
Amy
""",
  entities={"name": "Walter Voss"},
  note="Adult child for her father, no power of attorney or account role stated: unclear; entities name the father", **U)

M(id="u22", mailbox="customercare", cat="un:ex-husband", lang="en", client="yahoo",
  frm=("Crystal Denney", "crystaldenney@yahoo.com"), subject="mail for my ex",
  date="2026-10-19 16:56",
  body="""Your promo mail keeps coming here for my ex-husband Travis Denney. He hasn't lived here since 2024. Please take him off.
""",
  entities={"name": "Travis Denney"},
  note="Asks for her ex-husband, who is not the writer: on behalf of someone else (or a change of address), unclear", **U)

M(id="u23", mailbox="customercare", cat="un:es-suegra", lang="es", client="gmail",
  frm=("Verónica Ibarra", "veronica.ibarra.ia@gmail.com"), subject="Por mi suegra",
  date="2026-11-12 09:06",
  body="""Hola,

Les escribo por mi suegra, la señora Consuelo Ramírez, que no tiene correo electrónico. Ella ya no quiere recibir los folletos de ofertas. Vive en Marshalltown, 50158.

Verónica
""",
  entities={"name": "Consuelo Ramírez", "postal_code": "50158"},
  note="Spanish, daughter-in-law writing for her mother-in-law: no standing shown; entities name the mother-in-law", **U)

# ----------------------------------------------------------------------------- delete everything
M(id="u24", mailbox="customercare", cat="uq:delete-all", lang="en", client="outlookcom",
  frm=("Patrick Huff", "patrickhuff@live.com"), subject="Delete my data",
  date="2026-02-28 23:02",
  body="""Delete all of my information from your systems. All of it.

Patrick Huff
""",
  entities={"name": "Patrick Huff"}, note="Delete-everything request: the bot may not delete account data; unclear + question", **UQ)

M(id="u25", mailbox="powerhousecatalog", cat="uq:es-borren", lang="es", client="iphone", cte="base64",
  frm=("Yesenia Carrillo", "yesecarrillo@icloud.com"), subject="Borrar mis datos",
  date="2026-05-04 12:12",
  body="""Borren todos mis datos de su sistema por favor.

Yesenia Carrillo
Enviado desde mi iPhone
""",
  entities={"name": "Yesenia Carrillo"}, note="Spanish delete-everything request: unclear + question", **UQ)

M(id="u26", mailbox="customercare", cat="uq:erase-never-hear", lang="en", client="thunderbird",
  frm=("Roger Eckhardt", "reckhardt@chorus.net"), subject="Erase me", date="2026-06-06 08:08",
  body="""Erase me from your database. I never want to hear from your company again, and stop the catalog while you are at it.

Roger Eckhardt
Account 5560 2218 07
""",
  entities={"name": "Roger Eckhardt", "account": "5560 2218 07"},
  note="Erasure of everything plus a catalog stop; deletion needs staff and decides what the rest means: unclear + question", **UQ)

M(id="u27", mailbox="powerhousecatalog", cat="uq:delete-customer-record", lang="en", client="gmail",
  frm=("Natalie Borchardt", "nborchardt@gmail.com"), subject="Close and delete",
  date="2026-09-25 15:41",
  body="""Hello,

I'd like you to delete my customer record and order history completely, and remove me from everything. I've moved out of state.

Natalie Borchardt
Customer #00451193
""",
  entities={"name": "Natalie Borchardt", "account": "00451193"},
  note="Delete record and order history completely: deletion is staff work; unclear + question", **UQ)

# ------------------------------------------------------------------- mixed / self-contradicting wishes
M(id="u28", mailbox="powerhousecatalog", cat="un:mixed-catalog-flipflop", lang="en", client="yahoo",
  frm=("Jean Haverkamp", "jeanhaverkamp@yahoo.com"), subject="catalog", date="2026-03-13 17:25",
  body="""Please keep sending me the catalog. Actually no, stop it, there's too much paper. Well, I do like the spring one with the garden lights. I don't know, do what you think is best.
Jean
""",
  entities={"name": "Jean"}, note="Self-contradicting and ends by deferring to us: unclear", **U)

M(id="u29", mailbox="customercare", cat="un:mixed-stop-all-but-rebates", lang="en", client="gmail",
  frm=("Cody Wendling", "codywendling@gmail.com"), subject="emails", date="2026-08-28 12:47",
  body="""Stop all the emails, but I still want to hear about new rebates by email when they come out.

Cody
""",
  entities={"name": "Cody"}, note="Contradiction: stop all e-mails yet keep rebate e-mails (which are the marketing); unclear", **U)

M(id="u30", mailbox="powerhousecatalog", cat="un:es-opt-in-and-out", lang="es", client="outlookcom",
  frm=("Norma Cisneros", "normacisneros@hotmail.com"), subject="Catálogo otra vez",
  date="2026-10-30 10:10",
  body="""Hola,

Quiero volver a recibir el catálogo, pero no me manden más publicidad por correo.

Norma Cisneros
""",
  entities={"name": "Norma Cisneros"},
  note="Spanish opt-back-in to the catalog mixed with 'no more advertising by mail' (the catalog IS advertising by mail): unclear", **U)
