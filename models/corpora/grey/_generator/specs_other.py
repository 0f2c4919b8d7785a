"""Mail that is not a request, from people and companies: bulletins, newsletters, surveys, press, vendors, list
brokers, law firms, data brokers, groups, auto-replies, phishing. All automated, no labels, no ack."""
from spec import S, CC, PH


def bulk(list_dom, unsub, lid=None):
    h = [("List-Unsubscribe", "<mailto:%s>, <https://%s/u/%s>" % (unsub, list_dom, "x7Kq2")),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    if lid:
        h.append(("List-Id", lid))
    return h


A = dict(auto=True)

SPECS = [
    S("a-chamber-newsletter", CC, "en", "bulk", ("Greater Cedar Rapids Chamber", "news@cedarrapidschamber.org"),
      "This Week at the Chamber: ribbon cuttings, legislative breakfast",
      "THIS WEEK AT THE CHAMBER\n\nRibbon cutting: Riverside Bakery, Thursday 10 a.m.\n"
      "Legislative breakfast: hear from area lawmakers on energy costs and data privacy, Friday 7:30 a.m.\n"
      "Member spotlight: thank you to our energy partners for sponsoring the summer concert series.\n\n"
      "You are receiving this because your organization is a Chamber member. Unsubscribe or update preferences\n"
      "at the link below.", "", "Chamber newsletter (bulk, List-Unsubscribe); the word 'unsubscribe' is its own footer",
      hdr=bulk("cedarrapidschamber.org", "unsub@cedarrapidschamber.org"), **A),
    S("a-church-bulletin", CC, "en", "gmail", ("St. Paul Lutheran Church Office", "office@stpaullutheranmtv.org"),
      "Weekly Bulletin - Third Sunday after Pentecost",
      "Grace and peace to you all!\n\nThis Sunday: worship at 8:30 and 10:45, coffee hour after the late service.\n"
      "Wednesday: quilting group in the fellowship hall. Thank you to everyone who brought meals to the Haugens.\n"
      "Prayer list: Marvin T., the Schroeder family, our linemen and first responders after the storms.\n\n"
      "If you would like to be removed from this bulletin list, just reply STOP and Pastor Anne's assistant will\n"
      "take care of it.\n\nSt. Paul Lutheran Church, Mount Vernon", "",
      "Church bulletin sent to a distribution list that includes our address; its 'reply STOP' is for its own "
      "list, not a request to us", to="undisclosed-recipients:;", **A),
    S("a-es-boletin-parroquia", CC, "es", "yahoo", ("Parroquia San José", "sanjose.westliberty@yahoo.com"),
      "Boletín parroquial - Semana del 14",
      "Queridos hermanos:\n\nMisa en español los domingos a las 12:30. Clases de catecismo el miércoles a las 6.\n"
      "Venta de tamales el sábado después de misa, todo lo recaudado es para la calefacción del salón.\n"
      "Recuerden que pueden pedir ayuda con el pago de la luz en la oficina parroquial.\n\n"
      "Si ya no desea recibir este boletín, responda con la palabra BAJA.\n\nParroquia San José", "",
      "Spanish parish bulletin to a list; its 'responda BAJA' belongs to the parish", **A),
    S("a-survey-invite", CC, "en", "bulk", ("Midwest Energy Efficiency Alliance", "surveys@mwalliance-research.org"),
      "2026 Member Utility Survey - 10 minutes",
      "Dear colleague,\n\nAs a member utility, you are invited to take part in our annual survey on program\n"
      "delivery, customer communications and opt-out practices. Results are shared in aggregate only.\n\n"
      "Begin survey: https://mwalliance-research.org/s/2026-member\n\nThe survey closes on the 30th. Questions?\n"
      "Reply to this email.\n\nTo stop receiving survey invitations, use the opt-out link below.", "",
      "Survey invitation from an industry group; its questions and 'opt-out' are its own, no request",
      hdr=bulk("mwalliance-research.org", "optout@mwalliance-research.org"), **A),
    S("a-press-release", CC, "en", "bulk", ("PR Newswire Distribution", "distribution@prnmedia-wire.com"),
      "DataClear Launches One-Click Consumer Opt-Out Portal for Utilities",
      "DES MOINES, Iowa /PRNewswire/ -- DataClear Inc. today announced a consumer opt-out portal that lets utility\n"
      "customers submit do-not-sell and do-not-share requests to multiple companies at once. \"Consumers should not\n"
      "have to write a dozen emails to stop their data from being shared,\" said CEO Mark Villegas.\n\n"
      "About DataClear: ...\n\nMedia contact: press@dataclear.io\n\n"
      "You are receiving this release as part of the utilities-and-energy media list.", "",
      "Press release to a media list; quoted 'do-not-sell' and 'stop' are the company's copy",
      hdr=bulk("prnmedia-wire.com", "remove@prnmedia-wire.com"), **A),
    S("a-job-application", CC, "mixed", "gmail", ("Adriana Campos", "adriana.campos.work@gmail.com"),
      "Application - Customer Service Representative (bilingual)",
      "Dear Hiring Manager,\n\nI am writing to apply for the bilingual Customer Service Representative position I "
      "saw posted. I have three years of call-center experience and I speak English and Spanish fluently "
      "(hablo español e inglés con fluidez). My resume is below.\n\nThank you for your time,\nAdriana Campos\n"
      "(319) 555-0148", "",
      "Job application sent to the privacy mailbox: unsolicited outreach from a person, treated like a recruiter's "
      "cold mail (doubtful; see README)", **A),
    S("a-neighbour-group", CC, "en", "gmail", ("Kathy Brenneman", "kathybrenneman@gmail.com"),
      "[Oakhill-Neighbors] power out again??",
      "Anyone else's power out on the east side of Oakhill? Ours went off about 20 min ago. I reported it to\n"
      "Alliant but wanted to let everyone know. Also Jim found a gray cat by the mailboxes, no collar.\n\nKathy\n\n"
      "--\nYou received this message because you are subscribed to the Google Groups \"Oakhill Neighbors\" group.\n"
      "To unsubscribe from this group and stop receiving emails from it, send an email to\n"
      "oakhill-neighbors+unsubscribe@googlegroups.com.", "",
      "Neighbourhood Google group post (our mailbox is on the list): list traffic, though it mentions an outage",
      to="Oakhill Neighbors <oakhill-neighbors@googlegroups.com>",
      hdr=[("List-Id", "<oakhill-neighbors.googlegroups.com>"), ("Mailing-list", "list oakhill-neighbors@googlegroups.com"),
           ("Precedence", "list")], **A),
    S("a-es-vecinos-group", CC, "es", "system", ("Vecinos SW Cedar Rapids", "vecinos-swcr@groups.io"),
      "[vecinos-swcr] ¿Alguien sabe a quién llamar por el poste caído?",
      "Buenas noches vecinos, hay un poste de luz inclinado en la 6th St y Wilson. ¿Alguien sabe si ya le avisaron "
      "a Alliant?\n\nSaludos, Mario\n\n_._,_._,_\nGroups.io Links:\nDarse de baja: vecinos-swcr+unsubscribe@groups.io",
      "", "Spanish neighbourhood group post (groups.io) delivered to us as a list member; list traffic, no request",
      to="vecinos-swcr@groups.io",
      hdr=[("List-Id", "<vecinos-swcr.groups.io>"), ("Precedence", "list")], **A),
    S("a-esp-unsub-report", PH, "en", "system", ("Sendwave Reports", "reports@sendwave-esp.com"),
      "Weekly report: unsubscribes and suppressions for PowerHouse Catalog",
      "Account: PowerHouse Catalog (ID 448120)\nPeriod: last 7 days\n\nUnsubscribes: 214\nSpam complaints: 9\n"
      "Hard bounces added to suppression list: 61\n\nDownload the full suppression file from your dashboard.\n"
      "This is an automated report.", "",
      "E-mail service provider's weekly report; 'unsubscribes' and 'suppression' are its vocabulary",
      hdr=[("Auto-Submitted", "auto-generated")], **A),
    S("a-broker-optout-file", PH, "en", "outlook", ("Denise Farrow", "dfarrow@northstarlistmgmt.com"),
      "March opt-out file for the PowerHouse rental list",
      "Hi team,\n\nThe March opt-out file for the PowerHouse buyers list is posted to the usual SFTP folder\n"
      "(1,204 records). Please apply it to your suppression list before the 4/15 rental drop so the names are\n"
      "pulled from the outgoing file.\n\nThanks,\nDenise Farrow\nAccount Manager, Northstar List Management", "",
      "List broker's routine opt-out file notice to a partner; partner mail, not a request", **A),
    S("a-broker-pitch", PH, "en", "bulk", ("Keystone Data Lists", "sales@keystonedatalists.com"),
      "New movers list: 38,000 Iowa & Wisconsin households",
      "Reach new homeowners in the first 30 days. Our monthly new-movers file is NCOA-processed and suppressed\n"
      "against the DMA opt-out file and your own do-not-mail list at no extra charge.\n\n"
      "Request counts: keystonedatalists.com/counts\n\nTo opt out of Keystone emails, reply REMOVE.", "",
      "List broker's cold sales mail with opt-out vocabulary", hdr=bulk("keystonedatalists.com", "remove@keystonedatalists.com"),
      **A),
    S("a-lawfirm-alert", CC, "en", "bulk", ("Brandt & Coyle LLP", "alerts@brandtcoyle.com"),
      "Client Alert: Iowa consumer data law - what utilities must do by January 1",
      "CLIENT ALERT\n\nThe Iowa Consumer Data Protection Act gives consumers a right to opt out of the sale of\n"
      "personal data. Utilities that share customer lists with affiliates or catalog partners should review their\n"
      "notices and opt-out handling now.\n\nThis alert is for general information and is not legal advice.\n"
      "To unsubscribe from Brandt & Coyle alerts, click here.", "",
      "Law-firm client alert (bulk); talks about opt-outs, asks nothing",
      hdr=bulk("brandtcoyle.com", "unsubscribe@brandtcoyle.com"), **A),
    S("a-class-action-notice", CC, "en", "bulk", ("Settlement Administrator", "noreply@datasharesettlement.com"),
      "Legal Notice: Proposed Class Action Settlement (Reyes v. MarketReach Data)",
      "LEGAL NOTICE\n\nIf your business sent or received consumer contact lists through MarketReach Data between\n"
      "2019 and 2024, you may be affected by a proposed settlement. This notice is sent to all entities in the\n"
      "records produced in the case.\n\nVisit datasharesettlement.com for claim forms and deadlines.\n"
      "Do not reply to this email.", "", "Bulk legal notice from a settlement administrator",
      hdr=bulk("datasharesettlement.com", "optout@datasharesettlement.com"), **A),
    S("a-databroker-confirm", PH, "en", "system", ("PeopleFindr Privacy", "privacy@peoplefindr.com"),
      "Your opt-out request has been received",
      "We received an opt-out request for the record associated with powerhousecatalog@alliant-energy.com.\n"
      "Please click the link below within 48 hours to confirm the removal of this record from our search results.\n\n"
      "https://peoplefindr.com/optout/confirm?t=8c1f2a\n\nPeopleFindr Privacy Team", "",
      "People-search site's opt-out confirmation (someone used our address); system mail", **A),
    S("a-databroker-sales", CC, "en", "outlook", ("Jenna Morrow", "jenna.morrow@appendix-data.com"),
      "Enrich your customer file (300+ attributes)",
      "Hi there,\n\nUtilities like yours use Appendix Data to add household income, home value and lifestyle\n"
      "segments to their customer file. We honor all consumer opt-outs and never share your data.\n\n"
      "Do you have 15 minutes next week?\n\nJenna Morrow\nEnterprise Sales, Appendix Data\n\n"
      "If you'd rather not hear from me, just let me know.", "",
      "Data broker's cold sales mail; its question is a sales pitch", **A),
    S("a-ooo-headerless", PH, "en", "outlook", ("Gail Thompson", "gthompson@lcmc-health.org"), None,
      "I am out of the office until Monday, April 20 with limited access to email. For urgent matters please\n"
      "contact the front desk at 563-555-0199.\n\nGail Thompson", "",
      "Out-of-office reply to our promotion without Auto-Submitted: automated", quote="promo_cat_spring", month=4, **A),
    S("a-es-fuera-oficina", CC, "es", "outlookcom", ("Mónica Treviño", "monica.trevino@latinoresource.org"), None,
      "Estoy fuera de la oficina hasta el 5 de enero. Para asuntos urgentes, comuníquese con "
      "info@latinoresource.org.\n\nI am out of the office until January 5.", "",
      "Bilingual out-of-office reply to our acknowledgement, no Auto-Submitted", quote="ack", month=12, **A),
    S("a-not-monitored", CC, "en", "system", ("Kerber Farms Office", "office@kerberfarms.com"), None,
      "This mailbox is no longer monitored. Please send all correspondence to billing@kerberfarms.com.\n\n"
      "Thank you.", "", "'No longer monitored' reply to our bill notice without headers: automated", quote="bill",
      **A),
    S("a-phish-refund", CC, "en", "phish", ("Alliant Energy Billing", "support@alliant-refunds-center.com"),
      "Refund of $184.21 pending - confirm your details",
      "Dear Customer,\n\nDue to a billing error you are eligible for a refund of $184.21. To receive it, confirm\n"
      "your card details within 24 hours: http://alliant-refunds-center.com/claim\n\n"
      "Alliant Energy Billing Department", "", "Phishing impersonating our billing", auth="fail", **A),
    S("a-agency-pitch", PH, "en", "gmail", ("Rob Castellano", "rob@printsmartdirect.com"),
      "Cut your catalog print costs 18%?",
      "Hi PowerHouse team,\n\nI noticed your catalog in my mailbox last week, nice work. We help catalogers cut\n"
      "print and postage with co-mail and smarter suppression. Worth a quick call?\n\nRob Castellano\n"
      "PrintSmart Direct", "", "Direct-mail agency's cold pitch; a sales question", **A),
    S("a-webinar-vendor", CC, "en", "bulk", ("ConsentLoop", "events@consentloop.io"),
      "Webinar Thursday: Honoring opt-outs across every channel",
      "Join us Thursday at 1 p.m. CT: how utilities can route do-not-sell, do-not-share and unsubscribe requests\n"
      "from every inbox into one suppression list.\n\nSave your seat: consentloop.io/webinar\n\nUnsubscribe", "",
      "Vendor webinar invitation full of opt-out words", hdr=bulk("consentloop.io", "unsub@consentloop.io"), **A),
    S("a-crm-export", PH, "en", "system", ("Salesforce", "noreply@salesforce.com"),
      "Scheduled export ready: Do Not Mail - weekly",
      "Your scheduled report export \"Do Not Mail - weekly\" has completed.\n\nRecords: 388\n"
      "Download link expires in 7 days.\n\nThis is an automatically generated message. Please do not reply.", "",
      "CRM export notice about a do-not-mail report", hdr=[("Auto-Submitted", "auto-generated")], **A),
    S("a-mailhouse-mergepurge", PH, "en", "system", ("Hawkeye Mail Services", "jobs@hawkeyemail.com"),
      "Job 26-0418 merge/purge complete",
      "Job 26-0418 PowerHouse Fall Catalog\n\nInput records: 96,402\nNCOA moves applied: 2,118\n"
      "Suppressed (DMAchoice): 3,906\nSuppressed (client do-not-mail): 4,812\n"
      "Suppressed (client do-not-share, rental file only): 1,377\n\nFinal mail file: 84,189\n\n"
      "Reply to this message if counts need review.", "",
      "Mail house's merge/purge report; vendor system mail", **A),
    S("a-coop-reminder", PH, "en", "bulk", ("Abacus Co-op Data Services", "coop@abacuscoopdata.com"),
      "Reminder: Q3 transaction file and do-not-share flags due",
      "This is a reminder that your Q3 transaction file is due by the 10th. Please remember to flag any customers\n"
      "who have asked not to have their names shared, so they are excluded from co-op models.\n\n"
      "Upload: portal.abacuscoopdata.com", "", "Data cooperative reminder to a member catalog",
      hdr=bulk("abacuscoopdata.com", "unsub@abacuscoopdata.com"), **A),
    S("a-es-boletin-casa-latina", CC, "es", "bulk", ("Casa Latina de Iowa City", "boletin@casalatinaic.org"),
      "Boletín de marzo: clínica de impuestos y ayuda con la luz",
      "BOLETÍN DE MARZO\n\nClínica gratuita de impuestos: sábados de 9 a 1.\n"
      "Ayuda con facturas de luz y gas (LIHEAP): traiga su última factura y su identificación.\n"
      "Clases de inglés: martes y jueves a las 6 p.m.\n\n"
      "Para dejar de recibir este boletín, haga clic en 'cancelar suscripción'.", "",
      "Spanish community-centre newsletter (bulk)", hdr=bulk("casalatinaic.org", "baja@casalatinaic.org"), **A),
]
