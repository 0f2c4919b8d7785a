"""Automated: out-of-office and vacation replies (five languages, with and without headers), 'no longer
monitored', challenge-response, and other companies' ticket-system acknowledgements."""
import ours
from kit import text, html, multi, hexid
from spec import S

AS = ("Auto-Submitted", "auto-replied")
XA = ("X-Autoreply", "yes")
XARS = ("X-Auto-Response-Suppress", "All")


def irt(kind, key):
    return ours.msgid(kind, key)


SPECS = [
    S("ooo-en-exch", "customercare", ("Marisol Bergstrom", "mbergstrom@prairieridgecu.org"),
      "Automatic reply: Up to $100 back on a heat pump water heater",
      text("Thank you for your message. I am out of the office from March 9 through March 13 with no\n"
           "access to e-mail. For loan questions please call our main office at 319-555-0142.\n\n"
           "Marisol Bergstrom\nMember Services, Prairie Ridge Credit Union"),
      auto=True, month=3, headers=[AS, XARS, ("X-MS-Exchange-Inbox-Rules-Loop", "mbergstrom@prairieridgecu.org")],
      in_reply_to=irt("energy_promo", "ooo-en-exch"),
      note="Exchange out-of-office with Auto-Submitted answering our water-heater promotion",
      cat="auto:ooo", client="Exchange Online"),

    S("ooo-en-friendly", "powerhousecatalog", ("Tessa Hjelm", "tessahjelm@gmail.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      text("Hi there!\n\nThanks so much for your email! I'm away hiking the North Shore until July 20th\n"
           "and won't be checking messages. I promise I'll get back to you when I'm home.\n\n"
           "Have a great week!\nTessa"),
      auto=True, month=7, in_reply_to=irt("catalog_promo", "ooo-en-friendly"),
      note="Gmail vacation responder with no Auto-Submitted or X-Autoreply; friendly text that reads like a person, still an auto-reply",
      cat="auto:ooo-headerless", client="Gmail vacation responder"),

    S("ooo-es-xauto", "customercare", ("Rogelio Valdez Ochoa", "rvaldez@ferreteriavaldez.com"),
      "Respuesta automática: Ahorre este invierno: sellado de ventanas con descuento",
      text("Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 8 de enero. Durante mi ausencia "
           "no tendré acceso\nal correo. Para asuntos urgentes, comuníquese con Lucía al 563-555-0187.\n\n"
           "Saludos cordiales,\nRogelio Valdez Ochoa"),
      auto=True, month=1, lang="es", headers=[XA], in_reply_to=irt("promo_es", "ooo-es-xauto"),
      note="Spanish out-of-office with only X-Autoreply: yes",
      cat="auto:ooo", client="cPanel autoresponder"),

    S("ooo-es-headerless", "customercare", ("Ximena Carrasco", "ximena.carrasco@hotmail.com"),
      "RE: Ahorre este invierno: sellado de ventanas con descuento",
      text("¡Hola! Gracias por escribirme. Estoy de vacaciones con mi familia en Monterrey y regreso el\n"
           "lunes 2 de febrero. Le contestaré en cuanto vuelva. ¡Un abrazo!"),
      auto=True, month=1, lang="es", in_reply_to=irt("promo_es", "ooo-es-headerless"),
      note="headerless Spanish vacation reply from an Outlook.com rule; warm first-person text, no request",
      cat="auto:ooo-headerless", client="Outlook.com automatic replies"),

    S("ooo-fr-as", "customercare", ("Amélie Durocher", "a.durocher@vallee-conseil.ca"),
      "Réponse automatique : Energy Notes: spring tune-ups, tree trimming and a new rebate",
      text("Bonjour,\n\nJe suis absente du bureau jusqu'au 27 avril inclus et je n'aurai qu'un accès "
           "limité à mes courriels.\nPour toute demande urgente, veuillez écrire à info@vallee-conseil.ca.\n\n"
           "Merci et bonne journée,\nAmélie Durocher", charset="iso-8859-1"),
      auto=True, month=4, lang="fr", headers=[AS, XARS], in_reply_to=irt("newsletter", "ooo-fr-as"),
      note="French out-of-office (ISO-8859-1) with Auto-Submitted, answering our newsletter",
      cat="auto:ooo", client="Exchange Online (fr)"),

    S("ooo-fr-headerless", "powerhousecatalog", ("Benoît Lachance", "benoit.lachance@videotron.ca"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      text("Merci pour votre message !\n\nJe suis en congé jusqu'au 15 août. Je lirai vos courriels à mon "
           "retour.\nÀ bientôt,\nBenoît"),
      auto=True, month=8, lang="fr", in_reply_to=irt("catalog_promo", "ooo-fr-headerless"),
      note="French vacation note sent by a webmail rule with no auto headers; reads like a person, asks nothing",
      cat="auto:ooo-headerless", client="Roundcube vacation plugin"),

    S("ooo-pt-xauto", "customercare", ("Juliana Moraes", "juliana.moraes@uol.com.br"),
      "Resposta automática: Up to $100 back on a heat pump water heater",
      text("Olá,\n\nEstou de férias até 3 de junho, com acesso restrito ao e-mail. Responderei sua "
           "mensagem assim que retornar.\n\nAtenciosamente,\nJuliana Moraes"),
      auto=True, month=5, lang="pt", headers=[XA, ("Precedence", "auto_reply")],
      in_reply_to=irt("energy_promo", "ooo-pt-xauto"),
      note="Portuguese vacation reply with X-Autoreply and Precedence: auto_reply",
      cat="auto:ooo", client="UOL Mail"),

    S("ooo-pt-headerless", "customercare", ("Paulo Henrique Tavares", "phtavares@gmail.com"),
      "Re: Energy Notes: spring tune-ups, tree trimming and a new rebate",
      text("Oi! Obrigado pelo seu e-mail. Estou viajando e volto no dia 12. Até lá, respondo com calma.\n"
           "Abraço,\nPaulo"),
      auto=True, month=6, lang="pt", in_reply_to=irt("newsletter", "ooo-pt-headerless"),
      note="Portuguese Gmail vacation responder with no auto headers at all",
      cat="auto:ooo-headerless", client="Gmail vacation responder"),

    S("ooo-de-as", "powerhousecatalog", ("Jürgen Pfeiffer", "j.pfeiffer@pfeiffer-maschinenbau.de"),
      "Abwesenheitsnotiz: Fresh in the PowerHouse Catalog: outdoor lighting week",
      text("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
           "21.09. nicht im Büro.\nIhre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie "
           "sich bitte an\nvertrieb@pfeiffer-maschinenbau.de.\n\nMit freundlichen Grüßen\nJürgen Pfeiffer"),
      auto=True, month=9, lang="de", headers=[AS, XARS], in_reply_to=irt("catalog_promo", "ooo-de-as"),
      note="German Abwesenheitsnotiz with Auto-Submitted answering our catalog promotion",
      cat="auto:ooo", client="Exchange on-premises (de)"),

    S("ooo-de-precedence", "customercare", ("Heike Sommerfeld", "heike.sommerfeld@t-online.de"),
      "Automatische Antwort: Up to $100 back on a heat pump water heater",
      text("Hallo,\n\nich bin im Urlaub und ab dem 4. Mai wieder erreichbar. Ihre Nachricht lese ich "
           "nach meiner Rückkehr.\n\nViele Grüße\nHeike Sommerfeld", charset="iso-8859-15"),
      auto=True, month=4, lang="de", headers=[("Precedence", "bulk")],
      in_reply_to=irt("energy_promo", "ooo-de-precedence"),
      note="German vacation reply with only Precedence: bulk (ISO-8859-15)",
      cat="auto:ooo", client="T-Online Mail"),

    S("ooo-vacation1", "customercare", ("Walt Kuehl", "wkuehl@netins.net"),
      "away from my mail",
      text("I will not be reading my mail until the middle of November. Your mail regarding\n"
           "\"Energy Notes: spring tune-ups, tree trimming and a new rebate\" will be read when I return.\n\n-- Walt"),
      auto=True, month=10, headers=[("Precedence", "bulk")],
      note="classic vacation(1) reply from a Unix host, Precedence: bulk only; quotes our newsletter subject",
      cat="auto:ooo", client="vacation(1)"),

    S("ooo-en-leave", "customercare", ("Dr. Priya Venkataraman", "pvenkataraman@riverbendclinic.org"),
      "Out of Office Re: We received your request",
      text("I am on parental leave until September 8. I'm checking e-mail rarely, if at all.\n"
           "Clinic scheduling: 319-555-0190. For research matters, please contact Owen Marsh.\n\n"
           "Priya"),
      auto=True, month=7, headers=[AS], in_reply_to=irt("ack", "ooo-en-leave"),
      note="out-of-office with Auto-Submitted answering our own acknowledgement (loop trap: never acknowledge)",
      cat="auto:ooo", client="hosted Exchange"),

    S("ooo-en-ack-headerless", "powerhousecatalog", ("Gordon Ashby", "gordon.ashby@mchsi.com"),
      "Re: catalog request - received",
      lambda d: text("Thanks for your note! I'm out of town until the 30th with spotty internet.\n"
                     "I'll read everything when I get back. - Gordon\n\n" + ours.quoted("ack_catalog", d, days=0)),
      auto=True, month=10, in_reply_to=irt("ack_catalog", "ooo-en-ack-headerless"),
      note="headerless auto-reply to our catalog acknowledgement with our text quoted; a rule, not a person, so no ack (loop trap)",
      cat="auto:ooo-headerless", client="Mediacom webmail rule"),

    S("ooo-en-retired", "customercare", ("Karen Osterhaus", "kosterhaus@hawkridgeschools.org"),
      "Automatic reply: Outage alert: crews are on the way",
      text("Karen Osterhaus has retired from the Hawk Ridge school district and this mailbox is no\n"
           "longer monitored. Please update your records. Building questions: facilities@hawkridgeschools.org"),
      auto=True, month=6, headers=[AS],
      note="retirement auto-reply ('please update your records') is still machine mail, not a change-of-address request",
      cat="auto:no-longer-monitored", client="Google Workspace routing rule"),

    S("nlm-en-as", "customercare", ("Harbor Freight Logistics Accounts", "ap@hfl-logistics.net"),
      "This mailbox is no longer monitored",
      text("This e-mail address is no longer monitored.\n\nYour message has not been read and will not be "
           "forwarded. For accounts payable,\nplease use our supplier portal at https://portal.hfl-logistics.net.\n\n"
           "This is an automated message. Please do not reply."),
      auto=True, headers=[AS, ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF")],
      note="role-address 'no longer monitored' notice with Auto-Submitted",
      cat="auto:no-longer-monitored", client="Exchange transport rule"),

    S("nlm-en-headerless", "powerhousecatalog", ("Wendy Larkspur", "wendy.larkspur@frontier.com"),
      "Re: Fresh in the PowerHouse Catalog: outdoor lighting week",
      text("Hello! I am no longer using this address. Please send mail to my new one,\n"
           "wlarkspur.home at gmail. Thank you and God bless!"),
      auto=True, month=5,
      note="headerless 'no longer using this address' responder; points to a new address but is a standing rule, not a request (LABELS: headerless auto-replies are automated)",
      cat="auto:no-longer-monitored", client="Frontier webmail auto-responder"),

    S("nlm-es", "customercare", ("Oficina Parroquial San José", "oficina@sanjose-parroquia.org"),
      "Re: Ahorre este invierno: sellado de ventanas con descuento",
      text("Esta dirección de correo ya no se revisa. Por favor escriba a parroquia.sanjose.dbq@gmail.com.\n"
           "Gracias."),
      auto=True, month=12, lang="es",
      note="Spanish 'this address is no longer checked' with no headers at all",
      cat="auto:no-longer-monitored", client="Hostinger autoresponder"),

    S("cr-verify-en", "customercare", ("Mitch Okonkwo via SenderCheck", "verify@sendercheck-mail.com"),
      "Please verify you are human to reach me",
      text("Hi,\n\nI'm using SenderCheck to keep spam out of my inbox. Your message to\n"
           "mitch.okonkwo@sbcglobal.net is waiting for you to confirm you are a real person.\n\n"
           "Click once to confirm: https://sendercheck-mail.com/c/7fQ2kxa91\n\n"
           "You only need to do this once. After you verify, your messages go straight through.\n\n"
           "-- Mitch (sent automatically by SenderCheck)"),
      auto=True, headers=[AS, ("X-SenderCheck-Challenge", "7fQ2kxa91")],
      note="challenge-response asking us to prove we are human; signed with a person's first name, still a machine",
      cat="auto:challenge", client="SenderCheck"),

    S("cr-held-en", "powerhousecatalog", ("Glenda Pruitt", "glenda.pruitt@windstream.net"),
      "Your message is being held: Fresh in the PowerHouse Catalog: outdoor lighting week",
      text("I only accept mail from people I know. Your message has been held.\n\n"
           "If you are a real person and want me to get your message, reply to this e-mail and type the\n"
           "word in the picture at https://mailkeeper.windstream-apps.net/h/44821 (it only takes a second).\n\n"
           "Held messages are deleted after 14 days.\nMailKeeper for Glenda Pruitt"),
      auto=True, month=8,
      note="challenge-response without any auto headers, From the person's own address",
      cat="auto:challenge", client="MailKeeper"),

    S("cr-fr", "customercare", ("Filtre anti-pourriel", "filtre@mailsur.fr"),
      "Confirmez votre envoi / Please confirm your message",
      text("Bonjour,\nVotre message à claude.renaud@mailsur.fr est en attente. Pour le délivrer, confirmez "
           "que vous êtes\nune personne : https://mailsur.fr/v/a83kd\n\n"
           "Hello,\nYour message to claude.renaud@mailsur.fr is on hold. To deliver it, confirm you are a\n"
           "person: https://mailsur.fr/v/a83kd"),
      auto=True, month=2, lang="fr", headers=[AS],
      note="bilingual French/English challenge-response with Auto-Submitted",
      cat="auto:challenge", client="MailSur filter"),

    S("tkt-insurer", "customercare", ("Northfield Mutual Support", "support@northfieldmutual-help.com"),
      "[Request #48213] We've received your message",
      text("Hello,\n\nYour request #48213 has been received and is being reviewed by our support staff.\n"
           "A representative will respond within 2 business days.\n\n"
           "Subject: Up to $100 back on a heat pump water heater\n\n"
           "To add comments, reply to this e-mail. Please do not change the subject line.\n\n"
           "Northfield Mutual Insurance | Privacy: https://northfieldmutual-help.com/privacy"),
      auto=True, month=3, headers=[AS, ("X-Ticket-ID", "48213")],
      note="another company's help desk opened a ticket on our promotion; 'privacy' link in its footer",
      cat="auto:ticket-ack", client="help desk (Zendesk-style)"),

    S("tkt-dental", "customercare", ("Lakeshore Family Dental", "frontdesk@lakeshorefamilydental.com"),
      "Ticket 2026-1107: we got your message",
      text("##- Please type your reply above this line -##\n\n"
           "Thanks for contacting Lakeshore Family Dental! This is an automatic confirmation that we\n"
           "received your e-mail. Our front desk answers messages Monday-Thursday, 8-4.\n\n"
           "To cancel or change an appointment, please call 608-555-0133.\n\nTicket: 2026-1107"),
      auto=True, month=11,
      note="headerless ticket-system acknowledgement from a dental office; 'reply above this line' marker",
      cat="auto:ticket-ack", client="Freshdesk-style"),

    S("tkt-es", "powerhousecatalog", ("Atención al Cliente Muebles Robles", "atencion@mueblesrobles.mx"),
      "Hemos recibido su solicitud [Caso 00918274]",
      text("Estimado cliente:\n\nHemos recibido su solicitud y le asignamos el número de caso 00918274.\n"
           "Un asesor le responderá en un plazo de 48 horas hábiles.\n\n"
           "Aviso de privacidad: https://mueblesrobles.mx/privacidad\n"
           "Este es un mensaje automático, por favor no responda."),
      auto=True, month=6, lang="es", headers=[AS],
      note="Spanish case-system acknowledgement with a privacy-notice link; not addressed to any request of ours",
      cat="auto:ticket-ack", client="Salesforce Service Cloud-style"),

    S("tkt-closed", "customercare", ("Cobalt ISP Help Center", "help@cobalt-isp.net"),
      "Your ticket #CX-55102 has been solved - how did we do?",
      html("<html><body><p>Hi,</p><p>Your ticket <b>#CX-55102</b> (\"Re: Outage alert: crews are on the way\") "
           "was marked <b>solved</b>.</p><p>How would you rate the support you received?</p>"
           "<p><a href=\"https://cobalt-isp.net/s/g\">Good</a> | <a href=\"https://cobalt-isp.net/s/b\">Bad</a></p>"
           "<p style=\"font-size:11px\">To opt out of satisfaction surveys, update your notification settings. "
           "Privacy policy: https://cobalt-isp.net/privacy</p></body></html>"),
      auto=True, month=2, headers=[AS],
      note="ticket 'solved' survey (HTML only) from a company that opened a ticket on our outage alert; 'opt out' is theirs",
      cat="auto:ticket-ack", client="help desk survey"),
]
