# -*- coding: utf-8 -*-
"""Mail a careful person could not act on without more context (LABELS.md hard cases)."""
from spec import M, Q

U = dict(unclear=True)

SPECS = [
M("u-stop-rate-notice", "cc", "2026-09-08 17:26", "iphone", ("", "kbuchholz@iowatelecom.net"),
  None, "STOP\n\nSent from my iPhone\n", [], "STOP under the rate-change notice (a required service notice, not a promotion): unclear",
  quote="ratechange", **U),

M("u-remove-under-ack", "ph", "2026-09-30 08:04", "gmail_android", ("Lyle Draper", "lyledraper61@gmail.com"),
  None, "remove", [], "'remove' under our acknowledgement: says nothing decidable about what to remove: unclear",
  quote="ack_ph", **U),

M("u-fwd-furnace-question-mark", "cc", "2026-09-25 09:12", "gmail", ("Sharon Pfeiffer", "sharonpfeiffer.wi@gmail.com"),
  None, "???\n", [], "Forward of our furnace promotion with only '???': no decidable new text: unclear",
  quote="furnace", fwd=True, **U),

M("u-previous-owner", "ph", "2026-10-03 15:40", "ox", ("Matt Gerlach", "mattgerlach@mediacombb.net"),
  "Catalogs for previous owner", """Hi,

We bought our house on Hillcrest in July and we still get the PowerHouse catalog for the previous owner,
Dorothy Fenske. She moved to assisted living in Waverly. Can you stop sending them here?

Matt""", [], "New owner asks to stop catalogs addressed to the previous owner: on behalf without standing: unclear",
  ents={"name": "Dorothy Fenske"}, **U),

M("u-es-por-mi-mama", "ph", "2026-10-12 19:58", "samsung", ("Daniela Ruvalcaba", "dani.ruvalcaba@gmail.com"),
  "catalogo de mi mama", """Hola, les escribo por mi mamá, Josefina Ruvalcaba. Ella no lee inglés y le llegan muchos catálogos de
ustedes y de otras compañías. Quítenla de todo por favor.

Enviado desde mi Galaxy""", [],
  "Spanish: daughter writing for her mother, no standing stated; 'de todo' mixes our catalog and others: unclear",
  lang="es", ents={"name": "Josefina Ruvalcaba"}, **U),

M("u-landlord-tenants-flyers", "cc", "2026-09-30 16:22", "o365", ("Brent Ohnemus", "brent@ohnemuspm.com"),
  "Flyers at my buildings", """Hello,

I manage three apartment buildings in Platteville (53818). Every unit got your furnace tune-up flyer this
month and most of them end up on the lobby floor. The tenants have their own accounts with you. Can you
stop sending this stuff to my buildings?

Brent Ohnemus
Ohnemus Property Management""", [],
  "Property manager asking for tenants who hold their own accounts: no standing: unclear (ZIP only)",
  ents={"postal_code": "53818"}, **U),

M("u-dads-address-like-before", "ph", "2026-10-18 09:27", "yahoo", ("Janice Uthe", "janiceuthe@yahoo.com"),
  "my dad", """Could you do the same thing for my dad's address that you did for mine last spring? He's at 305 N Oak
in Dysart now.
Janice""", [], "Reference to an earlier request without saying what, for someone else: unclear",
  ents={"name": "Janice"}, **U),

M("u-opt-me-out", "cc", "2026-10-05 22:03", "gmail_android", ("", "bigred4life.ia@gmail.com"),
  "opt out", "Opt me out please", [], "'Opt me out' with no object and no quoted mail: unclear whichever mailbox", **U),

M("u-es-contradictorio", "ph", "2026-09-22 12:48", "gmail", ("Irma Cárdenas", "irmacardenas.ia@gmail.com"),
  "catalogo", """Hola. Quiero seguir recibiendo el catálogo pero ya no quiero que me manden nada de PowerHouse. Gracias.
Irma Cárdenas""", [], "Spanish, self-contradicting: keep the catalog yet send nothing: unclear", lang="es",
  ents={"name": "Irma Cárdenas"}, **U),

M("u-vi-son-for-father", "cc", "2026-10-21 21:15", "gmail", ("Kevin Dang", "kevindang.dsm@gmail.com"),
  "For my father's account", """Hi,

My father, Dang Van Phuoc, has the account at our old house on Hull Ave. He doesn't read English so the
ads just confuse him and he thinks they are bills. Please stop sending him the advertisements and don't
give his information out. I help him with his mail.

Kevin Dang""", [], "Son writing for his father the account holder; helping with mail is not standing: unclear",
  ents={"name": "Dang Van Phuoc"}, **U),

M("uq-delete-everything", "cc", "2026-10-28 14:36", "gmail", ("Madison Reinholt", "madisonreinholt@gmail.com"),
  "Delete my account and data", """Hi, I'm moving back home after this semester and I want my account closed and all of my data deleted,
everything, e-mail, phone number, payment info, all of it. Please confirm when it's done.

Madison Reinholt
acct 6620 3319 45""", [Q], "Delete-everything request: unclear plus question (the bot may not delete account data)",
  ents={"name": "Madison Reinholt", "account": "6620 3319 45"}, **U),

M("uq-es-borrar-todo", "ph", "2026-10-25 10:22", "yahoo", ("Esperanza Galván", "esperanza.galvan@yahoo.com"),
  "Borrar mis datos", """Buenos días,

Quiero que borren todos mis datos de su sistema, mi nombre, mi dirección, mis compras, todo.

Esperanza Galván""", [Q], "Spanish delete-everything request: unclear plus question", lang="es",
  ents={"name": "Esperanza Galván"}, **U),
]
