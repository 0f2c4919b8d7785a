# -*- coding: utf-8 -*-
"""Mail a careful person could not act on without more: for someone else, no object, vague references, mixed
wishes, delete-everything, short replies under service mail or our acknowledgement."""
from spec import P
import ours

SH, MK, Q = "catalog_share_opt_out", "marketing_opt_out", "question"

SPECS = [
    P("u-deceased-mom", "cc", "en", "gmail", "Janelle Pfiffner", "janellepfiffner@gmail.com",
      "Mom's catalogs", "2026-04-06 18:35",
      "Hi,\n\nMy mother, Rosemary Pfiffner, passed away in March. Her PowerHouse catalogs are still coming to her "
      "house at 811 Linn St, Independence IA 50644. Please stop sending them.\n\nThank you,\nJanelle",
      [], unclear=True, ent={"name": "Rosemary Pfiffner", "postal_code": "50644"}, cat="on-behalf",
      note="A daughter for her late mother, no stated role as executor: on behalf, unclear; entities name the mother"),
    P("u-deceased-es", "phc", "es", "gmail-es", "Rocío Tapia", "rociotapia.ia@gmail.com",
      "Catálogos de mi papá", "2026-06-29 20:02",
      "Buenas noches,\n\nMi papá, Aurelio Tapia, falleció en abril y siguen llegando catálogos a su nombre. Ya no "
      "los manden por favor, cada vez que llegan mi mamá se pone triste.\n\nRocío Tapia",
      [], unclear=True, ent={"name": "Aurelio Tapia"}, cat="on-behalf",
      note="Spanish: a daughter for her late father, standing not stated: unclear; entity is the father"),
    P("u-spouse-seebelow", "phc", "en", "outlook-com", "Tom Rasmussen", "tom.rasmussen@outlook.com",
      "FW: catalog", "2026-02-09 21:44",
      "FYI - see Linda's note below.",
      [], unclear=True, ent={"name": "Linda"}, cat="spouse-fwd",
      quote=dict(mode="fwd", orig=ours.other("Linda Rasmussen", "lindarasmussen@gmail.com",
                                             "tom.rasmussen@outlook.com", "catalog", "2026-02-09 17:10",
                                             "Tom can you tell the PowerHouse people we don't need their catalog "
                                             "anymore? I never look at it", "mail.gmail.com")),
      note="Husband forwards his wife's note with only 'see below': his own text decides nothing; on behalf of Linda"),
    P("u-please-stop", "phc", "en", "iphone", "", "mandy.kruse@icloud.com", "(no subject)",
      "2026-07-18 23:11", "Please stop.",
      [], unclear=True, cat="no-object",
      note="'Please stop.' with no object, even to the catalog mailbox: unclear"),
    P("u-optout-cc", "cc", "en", "gmail-android", "", "dwaynehoefer@gmail.com", "opt out",
      "2026-09-02 06:48", "Opt me out",
      [], unclear=True, cat="no-object",
      note="'Opt me out' with nothing saying of what, to customercare: unclear"),
    P("u-same-daughter", "phc", "en", "yahoo", "Marlys Tjelmeland", "marlystj@yahoo.com",
      "one more", "2026-03-31 11:16",
      "Could you do the same for my daughter's address too? She is at 44 Birch Lane, Waukee 50263.\n\nMarlys",
      [], unclear=True, ent={"postal_code": "50263"}, cat="reference",
      note="'Do the same' without saying what, and for her daughter: unclear; the daughter's ZIP is the entity"),
    P("u-as-letter", "cc", "en", "o365", "Bruce Kinzenbaw", "bkinzenbaw@kinzenbawfarms.com",
      "My letter of August 3", "2026-08-20 09:05",
      "As I explained in my letter of August 3, please take care of this promptly. I have heard nothing back.\n\n"
      "Bruce Kinzenbaw\nAcct 600 412 8871",
      [], unclear=True, ent={"name": "Bruce Kinzenbaw", "account": "600 412 8871"}, cat="reference",
      note="Refers to an earlier letter without saying what it asked: unclear"),
    P("u-contradict", "cc", "en", "gmail", "Shelby Arens", "shelby.arens@gmail.com", "catalog",
      "2026-11-12 22:19",
      "Take me off your catalog list. Actually, the holiday one is kind of nice for gift ideas. Ugh, I don't know. "
      "Do whatever.\n\nShelby",
      [], unclear=True, ent={"name": "Shelby"}, cat="mixed",
      note="Asks, retracts, then 'do whatever': self-contradicting, unclear"),
    P("u-delete-all", "cc", "en", "outlook-com", "Nathaniel Brecht", "nbrecht@hotmail.com",
      "Delete my data", "2026-05-25 14:27",
      "I want all my data deleted. Everything the catalog and Alliant have on me, purchase history, address, "
      "email, all of it.\n\nNathaniel Brecht\nIowa City 52245",
      [Q], unclear=True, ent={"name": "Nathaniel Brecht", "postal_code": "52245"}, cat="delete",
      note="Delete everything: unclear + question (the bot may not delete account data)"),
    P("u-delete-es", "phc", "es", "gmail-es", "Fernanda Alcázar", "fer.alcazar@gmail.com",
      "Borrar mis datos", "2026-10-22 12:37",
      "Hola. Quiero que borren todos mis datos de su sistema: nombre, dirección, teléfono y mis compras. "
      "Gracias.\n\nFernanda Alcázar\nMuscatine, IA 52761",
      [Q], unclear=True, ent={"name": "Fernanda Alcázar", "postal_code": "52761"}, cat="delete",
      note="Spanish delete-everything request: unclear + question"),
    P("u-fewer-or-none", "phc", "en", "comcast", "Lowell Ahrendsen", "lahrendsen@comcast.net",
      "Too many catalogs", "2026-01-22 13:58",
      "Way too many catalogs coming from you. Send fewer or none, whichever is easier on your end, I really don't "
      "care.\n\nLowell Ahrendsen\nCust. # 3390125",
      [Q], unclear=True, ent={"name": "Lowell Ahrendsen", "account": "3390125"}, cat="fewer",
      note="'Fewer or none, whichever is easier' leaves the choice to us: not a clear stop; unclear + question"),
    P("u-emoji", "phc", "en", "iphone", "", "b.vandenberg@icloud.com",
      "Re: The new PowerHouse Catalog is in the mail", "2026-08-27 19:09", "\U0001F44E",
      [], unclear=True, cat="empty-reply", sig=False,
      quote=dict(mode="reply", orig=ours.make("newbook", "2026-08-27 07:30", to="b.vandenberg@icloud.com")),
      note="A thumbs-down emoji under our new-catalog mail: nothing decidable, unclear"),
    P("u-stop-shipped", "phc", "en", "gmail-android", "", "kelseymoeller22@gmail.com",
      "Re: Order PH-2260417 is on its way", "2026-03-19 16:40", "Stop",
      [], unclear=True, cat="service-reply",
      quote=dict(mode="reply", orig=ours.make("shipped", "2026-03-19 11:00", "Kelsey", order="PH-2260417",
                                              to="kelseymoeller22@gmail.com")),
      note="'Stop' under an order-shipped notice (service mail): not a marketing opt-out, unclear"),
    P("u-remove-ack", "cc", "en", "yahoo", "Joyce Naber", "joycenaber@yahoo.com",
      "Re: (subject of the acknowledgement)", "2026-06-11 08:26", "remove",
      [], unclear=True, cat="ack-reply",
      quote=dict(mode="reply", orig=ours.make("ack_cc", "2026-06-10 15:00", "Joyce", to="joycenaber@yahoo.com",
                                              what="no more promotional e-mail from Alliant Energy")),
      note="'remove' under our own acknowledgement: undecidable, unclear"),
    P("u-tenant", "phc", "en", "o365", "Craig Vanderploeg", "craig@vanderploegrentals.com",
      "Former tenant's catalogs", "2026-04-23 10:50",
      "Hello,\n\nI own the duplex at 1120 Franklin St, Pella IA 50219. A former tenant, Shannon Ricke, moved out "
      "last fall and your catalogs keep coming for her. Please stop mailing her there.\n\nCraig Vanderploeg\n"
      "Vanderploeg Rentals LLC",
      [], unclear=True, ent={"name": "Shannon Ricke", "postal_code": "50219"}, cat="on-behalf",
      note="Landlord for a former tenant: no standing for her mail; unclear, entities the tenant and the property ZIP"),
    P("u-caregiver", "cc", "en", "aol", "Colleen Mattes", "colleenmattes@aol.com",
      "My father", "2026-07-27 12:14",
      "I take care of my dad's mail. He is 88 and keeps ordering things he doesn't need out of your catalog. "
      "Please stop sending catalogs to Eugene Mattes, 202 N Walnut, Carroll IA 51401.\n\nColleen Mattes",
      [], unclear=True, ent={"name": "Eugene Mattes", "postal_code": "51401"}, cat="on-behalf",
      note="A daughter who handles her father's mail, no power of attorney stated: unclear; entities are the father's"),
    P("u-boss", "cc", "en", "o365", "Kara Lensing", "klensing@lensingagco.com",
      "Catalogs for Mr. Lensing", "2026-10-05 11:03",
      "Good morning,\n\nI'm at the front desk here. Our owner, Dan Lensing, gets your catalog at the office and "
      "asked me to have it stopped. Could you please take care of that?\n\nKara\nLensing Ag Supply, Le Mars IA "
      "51031",
      [], unclear=True, ent={"name": "Dan Lensing", "postal_code": "51031"}, cat="on-behalf",
      note="Front-desk employee relaying her boss's wish about his own catalog: on behalf, unclear"),
    P("u-es-nada", "cc", "es", "samsung-es", "", "elviraquezada64@gmail.com", "ya no",
      "2026-12-07 18:31", "Ya no quiero nada de ustedes",
      [], unclear=True, cat="no-object",
      note="Spanish 'I don't want anything from you any more' to customercare: no object, could include service mail"),
    P("u-es-abuela", "phc", "es", "outlook-es", "Brenda Salgado", "brenda.salgado@outlook.com",
      "Catálogo de mi abuela", "2026-02-26 17:48",
      "Hola,\n\nMi abuela, Josefina Salgado, recibe su catálogo cada mes. Ella ya no quiere recibirlo, me pidió que "
      "les escribiera porque no usa computadora. Vive en Columbus Junction, 52738.\n\nBrenda Salgado",
      [], unclear=True, ent={"name": "Josefina Salgado", "postal_code": "52738"}, cat="on-behalf",
      note="Spanish: a granddaughter relaying her grandmother's wish: on behalf, unclear; entities the grandmother"),
    P("u-all-mail", "cc", "en", "comcast", "Harlan Gosch", "hgosch@comcast.net", "mail",
      "2026-05-01 15:19",
      "Stop all the mail you send me. All of it.\n\nHarlan Gosch",
      [], unclear=True, ent={"name": "Harlan Gosch"}, cat="scope",
      note="'All the mail' to customercare may include bills and notices: scope unclear"),
    P("u-no-paper", "cc", "en", "gmail", "Abby Frerichs", "abby.frerichs@gmail.com", "no more paper",
      "2026-09-14 20:55", "No more paper please! Account 3340-118-92",
      [], unclear=True, ent={"account": "3340-118-92"}, cat="scope",
      note="'No more paper' could be paperless billing or the catalog: unclear"),
    P("u-gift-mom", "phc", "en", "gmail", "Renee Hackbarth", "renee.hackbarth@gmail.com",
      "Catalog to my mom", "2026-01-08 12:40",
      "I ordered a gift for my mom from you last Christmas and had it shipped to her, and now she gets your "
      "catalog every month. Please take her off. Her name is Arlene Hackbarth, Sheboygan WI 53081.",
      [], unclear=True, ent={"name": "Arlene Hackbarth", "postal_code": "53081"}, cat="on-behalf",
      note="A gift buyer asks to remove the recipient (her mother): on behalf, unclear"),
    P("u-fwd-other", "phc", "en", "outlook-com", "Stan Rekow", "srekow@outlook.com",
      "FW: Your Northwoods Hearth & Home catalog is here!", "2026-10-30 08:37", "???",
      [], unclear=True, cat="empty-fwd",
      quote=dict(mode="fwd", orig=ours.other("Northwoods Hearth & Home", "hello@northwoodshearth.com",
                                             "srekow@outlook.com", "Your Northwoods Hearth & Home catalog is here!",
                                             "2026-10-29 06:15",
                                             "Hi Stan,\n\nThe Winter Lodge catalog is on its way to your mailbox. "
                                             "Flannel, fire starters and our famous maple fudge.\n\nShop now: "
                                             "https://northwoodshearth.com/winter\n\nYou received this because you "
                                             "asked to hear from us or a partner shared your information.",
                                             "northwoodshearth.com")),
      note="Forwards another company's catalog mail with '???' only: the point may be sharing, but nothing is said"),
]

# replies take their subject from the mail they answer
for _s in SPECS:
    if _s.get("quote") and _s["quote"]["mode"] == "reply":
        _s["subject"] = "Re: " + _s["quote"]["orig"]["subject"]
