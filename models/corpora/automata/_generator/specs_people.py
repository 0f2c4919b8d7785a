"""Human (automated = false): people whose mail looks like machine mail, part 1 -- no-reply-looking senders,
privacy-template letters, requests typed inside out-of-office-style text, one-word mobile replies."""
import ours
from kit import text, html, multi
from spec import S

OM = ours.msgid


def reply(new, kind, d, days=3, outlook_to=None):
    if outlook_to:
        return text(new + "\n\n" + ours.outlook_quoted(kind, outlook_to, d, days))
    return text(new + "\n\n" + ours.quoted(kind, d, days=days))


SPECS = [
    S("nr-farm", "powerhousecatalog", ("Kessler Farm Supply", "noreply@kesslerfarmsupply.com"),
      "Catalog mailings",
      text("Hello,\n\nSorry this comes from our store's no-reply address, the invoicing program sends everything\n"
           "that way. Please stop mailing the PowerHouse catalog to the farm. We get three copies and\n"
           "nobody here orders from it.\n\nAnswer me at dale@kesslerfarmsupply.com if you need anything.\n\n"
           "Dale Kessler\n1882 Old Mill Rd\nDecorah, IA 52101"),
      reply_to=("Dale Kessler", "dale@kesslerfarmsupply.com"), month=2,
      labels=["marketing_opt_out"], ent={"name": "Dale Kessler", "postal_code": "52101"},
      note="a person writing from a no-reply business address with Reply-To set: catalog opt-out, ack to Reply-To",
      cat="human:noreply-sender", client="Outlook 2019"),
    S("nr-joke-address", "powerhousecatalog", ("Ingrid Lindgren", "noreply.lindgren@gmail.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: reply("Yes, this really is my address (my grandson set it up as a joke and it stuck).\n\n"
                      "Keep the catalogs coming, I like the bird feeders. But please do not sell or trade my name\n"
                      "and address to any other catalog company.\n\nIngrid Lindgren", "catalog_promo", d),
      month=5, in_reply_to=OM("catalog_promo", "nr-joke-address"),
      labels=["catalog_share_opt_out"], ent={"name": "Ingrid Lindgren"},
      note="'noreply.' personal Gmail with no Reply-To is still her own address; keeps catalog, no sharing; ack From",
      cat="human:noreply-sender", client="Gmail web"),
    S("nr-family-farm-question", "powerhousecatalog", ("Holland Family Farms", "do-not-reply@hollandfamilyfarms.com"),
      "question about your customer list",
      text("Hi, this is Marcy at Holland Family Farms (our website sends from this address, sorry).\n"
           "Which companies do you share your catalog customer list with, and is our farm on it?\n"
           "Please answer to marcy@hollandfamilyfarms.com.\n\nMarcy Holland"),
      reply_to=("Marcy Holland", "marcy@hollandfamilyfarms.com"), month=8,
      labels=["question"], ent={"name": "Marcy Holland"},
      note="do-not-reply From with a personal Reply-To; asks who gets the list (question only, no opt-out said)",
      cat="human:noreply-sender", client="website mail plugin"),
    S("nr-es-business", "powerhousecatalog", ("Panadería La Esperanza", "no-responder@panaderialaesperanza.com"),
      "datos de nuestra panadería",
      text("Buenas tardes,\n\nLes escribe Graciela Ortiz, dueña de la Panadería La Esperanza. Este correo sale\n"
           "de la dirección automática de la tienda; contésteme a graciela@panaderialaesperanza.com.\n\n"
           "Sigan mandándonos el catálogo, pero no vendan ni compartan nuestros datos con otras compañías.\n\n"
           "Gracias,\nGraciela Ortiz\nWest Liberty, IA 52776"),
      reply_to=("Graciela Ortiz", "graciela@panaderialaesperanza.com"), month=3, lang="es",
      labels=["catalog_share_opt_out"], ent={"name": "Graciela Ortiz", "postal_code": "52776"},
      note="Spanish, sent from the shop's no-reply address with Reply-To; keep catalog, do not share",
      cat="human:noreply-sender", client="Zoho Mail"),

    S("tpl-ccpa-120", "powerhousecatalog", ("Audrey Pelletier", "audrey.pelletier@outlook.com"),
      "Request to Opt Out of Sale of Personal Information",
      text("To Whom It May Concern:\n\nPursuant to CCPA \u00a71798.120, I direct you not to sell my personal "
           "information to third parties.\nThis includes my name, postal address, e-mail address, and purchase "
           "history.\n\nPlease confirm in writing that you have complied with this request.\n\n"
           "Name: Audrey Pelletier\nAddress: 415 Locust St, Dubuque, IA 52001\n\n"
           "(This letter was prepared using a template from a consumer privacy-rights website.)"),
      month=1, labels=["catalog_share_opt_out"], ent={"name": "Audrey Pelletier", "postal_code": "52001"},
      note="CCPA 1798.120 template letter: a do-not-sell request, catalog_share_opt_out (cites a California law from Iowa: still her wish)",
      cat="human:template", client="Outlook.com"),
    S("tpl-know-delete-optout", "customercare", ("Terrence Vogel", "tvogel1971@yahoo.com"),
      "Consumer Privacy Request - Access, Deletion and Opt-Out",
      text("Dear Privacy Officer,\n\nI am writing to exercise my rights under applicable consumer privacy law.\n\n"
           "1. RIGHT TO KNOW: Please provide the categories and specific pieces of personal information you\n"
           "   have collected about me.\n2. RIGHT TO DELETE: Please delete all personal information you hold "
           "about me.\n3. RIGHT TO OPT OUT: Do not sell or share my personal information.\n\n"
           "Respond within 45 days as required.\n\nFull name: Terrence Vogel\nZIP: 53704\n\n"
           "Generated with a free template - replace bracketed text before sending."),
      month=2, unclear=True, labels=["question"], ent={"name": "Terrence Vogel", "postal_code": "53704"},
      note="access+delete+do-not-sell template; 'delete all' makes it unclear + question (LABELS data rule), so staff handle the opt-out too",
      cat="human:template", client="Yahoo Mail"),
    S("tpl-dns-and-marketing", "powerhousecatalog", ("Renata Szabo", "rszabo@mchsi.com"),
      "Do Not Sell or Share My Personal Information",
      text("Re: Request to Opt Out of Sale/Sharing and Direct Marketing\n\n"
           "I hereby request that you do not sell, rent, share or otherwise disclose my personal information\n"
           "to any third party. Additionally, I request that you cease sending me direct marketing of any\n"
           "kind, by mail or e-mail.\n\nRenata Szabo\n2210 Grand Ave, Ames, IA 50010\n\nSent from a template "
           "provided by StopTheSale.org"),
      month=6, labels=["marketing_opt_out", "catalog_share_opt_out"],
      ent={"name": "Renata Szabo", "postal_code": "50010"},
      note="template letter: do-not-sell plus 'cease direct marketing' -> both opt-outs",
      cat="human:template", client="Mediacom webmail"),
    S("tpl-iowa-icdpa", "powerhousecatalog", ("Brent Sauer", "brent.sauer@gmail.com"),
      "Opt-out request under the Iowa Consumer Data Protection Act",
      text("Dear Sir or Madam,\n\nUnder the Iowa Consumer Data Protection Act, I am exercising my right to opt\n"
           "out of the sale of my personal data. Do not sell my personal data to any third party.\n\n"
           "Consumer: Brent Sauer\nPostal code: 50613\n\nThank you."),
      month=4, labels=["catalog_share_opt_out"], ent={"name": "Brent Sauer", "postal_code": "50613"},
      note="state-law template: opt out of sale only; catalog_share_opt_out, nothing about marketing",
      cat="human:template", client="Gmail web"),
    S("tpl-dsar", "customercare", ("Fatima Osei", "fatima.osei@icloud.com"),
      "Data Subject Access Request",
      text("Subject: Data Subject Access Request\n\nDear Data Protection Officer,\n\n"
           "Please supply a copy of all personal data you hold about me, the purposes for which it is\n"
           "processed, the recipients to whom it has been disclosed, and how long it will be kept.\n\n"
           "Name: Fatima Osei\nAccount number: 4471-0932-58\n\nKind regards"),
      month=9, labels=["question"], ent={"name": "Fatima Osei", "account": "4471-0932-58"},
      note="GDPR-style access template, reads like a form: a copy of her data is a clear question",
      cat="human:template", client="Apple Mail"),

    S("ooo-typed-optout", "powerhousecatalog", ("Janelle Brecht", "jbrecht@cfu.net"),
      "Automatic reply: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: reply("OUT OF OFFICE June 29 - July 10, limited e-mail.\n\n"
                      "^ ignore that, it's my signature while I travel. I'm actually typing this: please stop\n"
                      "sending the PowerHouse catalog e-mails AND the paper catalog. We are moving into a condo.\n\n"
                      "Janelle", "catalog_promo", d),
      month=6, in_reply_to=OM("catalog_promo", "ooo-typed-optout"),
      labels=["marketing_opt_out"], ent={"name": "Janelle"},
      note="subject and first line look like an out-of-office, but she typed an opt-out below it; no auto headers",
      cat="human:ooo-lookalike", client="CFU webmail"),
    S("ooo-typed-question", "customercare", ("Dwayne Pokorny", "dpokorny@southslope.net"),
      "Re: Up to $100 back on a heat pump water heater",
      lambda d: reply("Thanks for your email! I'm away until Monday with my phone only.\n\n"
                      "Since I have you though - my bill jumped from $96 to $214 last month and nothing changed\n"
                      "in the house. Can somebody look at it? Account 3318 2207 41.\n\nDwayne Pokorny",
                      "energy_promo", d),
      month=2, in_reply_to=OM("energy_promo", "ooo-typed-question"),
      labels=["question"], ent={"name": "Dwayne Pokorny", "account": "3318 2207 41"},
      note="opens exactly like a headerless out-of-office, then asks about a bill: a person, question",
      cat="human:ooo-lookalike", client="South Slope webmail"),
    S("ooo-sig-share", "customercare", ("Leticia Bauman", "lbauman@cedarbluffcollege.edu"),
      "Re: Energy Notes: spring tune-ups, tree trimming and a new rebate",
      lambda d: reply("Please don't sell or share my e-mail address with anyone. Also, how long do you keep\n"
                      "my information after I close an account?\n\nLeticia Bauman\n"
                      "Please note: I am on sabbatical and this inbox is checked weekly.", "newsletter", d,
                      outlook_to="lbauman@cedarbluffcollege.edu"),
      month=3, in_reply_to=OM("newsletter", "ooo-sig-share"),
      labels=["catalog_share_opt_out", "question"], ent={"name": "Leticia Bauman"},
      note="a standing 'on sabbatical, checked weekly' line in her signature; the typed text is do-not-share plus a retention question",
      cat="human:ooo-lookalike", client="Outlook 365"),
    S("sig-challenge", "customercare", ("Curtis Anand", "curtis.anand@sbcglobal.net"),
      "Re: Energy Notes: spring tune-ups, tree trimming and a new rebate",
      lambda d: reply("Stop sending me your newsletter.\n\nCurtis\n--\nMy inbox uses SenderCheck. If you get a "
                      "verification request from me,\nplease click it once.", "newsletter", d),
      month=8, in_reply_to=OM("newsletter", "sig-challenge"),
      labels=["marketing_opt_out"], ent={"name": "Curtis"},
      note="signature advertises a challenge-response filter, but the line above it is a typed opt-out under our newsletter",
      cat="human:ooo-lookalike", client="AT&T webmail"),

    S("mob-unsub-iphone", "powerhousecatalog", ("", "hollyfrerichs@icloud.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: reply("UNSUBSCRIBE\n\nSent from my iPhone", "catalog_promo", d, days=1),
      month=7, in_reply_to=OM("catalog_promo", "mob-unsub-iphone"),
      labels=["marketing_opt_out"],
      note="one word plus 'Sent from my iPhone', under our catalog promotion: marketing_opt_out; no name written",
      cat="human:one-word", client="iOS Mail"),
    S("mob-unsub-galaxy-sig", "customercare", ("Roberta Voss", "roberta.voss@bluffcityrealty.com"),
      "RE: Up to $100 back on a heat pump water heater",
      lambda d: reply("Unsubscribe\n\nSent from my Galaxy\n\nRoberta Voss\nREALTOR | Bluff City Realty\n"
                      "c: 563-555-0111\nWhere Dubuque finds home", "energy_promo", d, days=2),
      month=4, in_reply_to=OM("energy_promo", "mob-unsub-galaxy-sig"),
      labels=["marketing_opt_out"], ent={"name": "Roberta Voss"},
      note="one word above a long realtor signature block that reads like an ad; under our promotion",
      cat="human:one-word", client="Samsung Email"),
    S("mob-stop-outage", "customercare", ("", "5635550178.mms@vzwpix.com"),
      "Re: Outage alert: crews are on the way",
      lambda d: reply("STOP\n\nSent from my Verizon, Samsung Galaxy smartphone", "outage", d, days=0),
      month=7, in_reply_to=OM("outage", "mob-stop-outage"), unclear=True,
      note="STOP under a service outage alert, not a promotion: unclear (LABELS short-reply rule); phone-gateway-looking address",
      cat="human:one-word", client="Verizon Message+"),
    S("mob-unsub-ack", "customercare", ("Gail Sandoval", "gailsandoval@aol.com"),
      "Re: Re: your privacy request - received",
      lambda d: reply("unsubscribe\n\nSent from AOL on Android", "ack", d, days=1),
      month=10, in_reply_to=OM("ack", "mob-unsub-ack"), unclear=True,
      note="'unsubscribe' under our own acknowledgement: unclear per LABELS",
      cat="human:one-word", client="AOL Android"),
    S("mob-remove-yahoo", "powerhousecatalog", ("Lyle Hackbarth", "lhackbarth@yahoo.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: reply("Remove\n\nSent from Yahoo Mail on Android", "catalog_promo", d, days=2),
      month=9, in_reply_to=OM("catalog_promo", "mob-remove-yahoo"), labels=["marketing_opt_out"],
      note="'Remove' plus mobile footer under the catalog promotion",
      cat="human:one-word", client="Yahoo Mail Android"),
    S("mob-baja", "customercare", ("Maricela Fuentes", "maricela.fuentes77@gmail.com"),
      "Re: Ahorre este invierno: sellado de ventanas con descuento",
      lambda d: reply("BAJA\n\nEnviado desde mi Samsung Galaxy", "promo_es", d, days=1),
      month=12, lang="es", in_reply_to=OM("promo_es", "mob-baja"), labels=["marketing_opt_out"],
      note="Spanish 'BAJA' with a phone footer under our Spanish promotion",
      cat="human:one-word", client="Gmail Android (es)"),
    S("mob-unsub-newsletter", "customercare", ("", "tk.sorensen@charter.net"),
      "Re: Energy Notes: spring tune-ups, tree trimming and a new rebate",
      lambda d: reply("Unsubscribe please\n\n--\nSent from my Verizon 4G LTE smartphone", "newsletter", d, days=1),
      month=5, in_reply_to=OM("newsletter", "mob-unsub-newsletter"), labels=["marketing_opt_out"],
      note="under our newsletter (promotional list mail): marketing_opt_out",
      cat="human:one-word", client="Android stock mail"),
    S("fresh-stop-subject", "powerhousecatalog", ("Vern Ihde", "vern.ihde@netins.net"),
      "STOP", text("\n\nSent from my iPad"), month=11, unclear=True,
      note="new message, 'STOP' only in the subject, nothing it answers: no object, no context -> unclear (the catalog mailbox is only a hint)",
      cat="human:one-word", client="iPadOS Mail"),
    S("dictated", "powerhousecatalog", ("Hazel Rundquist", "hazel.rundquist@frontier.com"),
      "catalog",
      text("please take me off the mailing list for the power house catalog period thank you period\n\n"
           "Hazel Rundquist\n\n-- Dictated with VoiceType. Please excuse any errors. --"),
      month=1, labels=["marketing_opt_out"], ent={"name": "Hazel Rundquist"},
      note="dictation-app footer and spoken punctuation make it look generated; a person asking off the catalog list",
      cat="human:one-word", client="VoiceType dictation"),
]
