"""The same machinery carrying nobody's request: spam through the forms, bots, billing and quota notices, empty
digests, test submissions, sync reports, chat-widget and voicemail system notices."""
from kit import M

FW = ("Formwell", "no-reply@formwell.io")
JP = ("JotPad Forms", "noreply@jotpadforms.com")
CL = ("ChatLoop", "notifications@chatloop.io")
SD = ("SocialDesk", "alerts@socialdesk.app")
DW = ("Alliant Energy Support", "support@alliant-energy.deskwise.com")
BULK = [("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]

MACHINES = [
    M("m-web-seo", "web", "cc", "en",
      "SEO pitch typed into our contact form: cold sales outreach is not a request, automated even though a form relayed it",
      topic="General question", name="Ryan Cole", email="ryan@rankrocket-seo.co", phone="", account="", zip="",
      msg="Hi team, I was checking alliant-energy.com and noticed you are not ranking on page 1 for 'energy rebates\n"
          "Iowa'. We helped 40+ utilities triple organic traffic. Can I send a free audit? Reply with a good time.\n"
          "Ryan Cole | Growth Lead | RankRocket"),
    M("m-web-test", "web", "cc", "en",
      "Web team's deploy check through the contact form ('TEST please ignore'): a test submission, automated",
      topic="Privacy request", name="QA Test", email="webqa@web.alliant-energy.com", phone="000-000-0000",
      account="0000-0000-00", zip="00000", page="/contact-us?qa=1",
      msg="TEST - contact form v4.2 deploy check. Please ignore, no action needed. unsubscribe opt-out do not share"),
    M("m-priv-qa", "priv", "cc", "en",
      "Nightly QA run of the Privacy Choices form with boxes ticked and 'automated regression run': not a person's request, automated",
      name="TEST TEST", email="privacy-qa@forms.alliant-energy.com", zip="99999", account="TEST-0001", ticked=[0, 2],
      msg="Automated regression run #2231. Please disregard this submission."),
    M("m-fw-bot-links", "formwell", "phc", "en",
      "A bot filled every field of the Formwell form with links: form spam, automated",
      rows=[("Name", "http://cheap-pills-now.example.ru"), ("Email", "seo.blaster88@mail-link.top"),
            ("ZIP Code", "https://bit.example/xx4"), ("What do you need?", "Other"),
            ("Message", "BEST PRICES >>> http://best-replica-watches.example.biz <<< http://crypto-x100.example.top\n"
                        "http://backlinks-fast.example.ru http://casino-bonus.example.xyz")]),
    M("m-fw-invoice", "generic", "phc", "en",
      "Formwell's billing receipt to the form owner: vendor system mail, automated", via="formwell-billing",
      frm=("Formwell Billing", "billing@formwell.io"), subject="Your Formwell receipt [#FW-2026-118402]",
      plain="Thanks for your payment.\n\nAccount: alliantenergy (PowerHouse Catalog)\nPlan: Team (annual)\nAmount: $828.00 USD\n"
            "Card: Visa ending 4417\nPeriod: Mar 1, 2026 - Feb 28, 2027\n\nDownload the PDF receipt from Account > Billing.\n"
            "Questions? billing@formwell.io\n\nFormwell - forms that just work", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-fw-disabled", "generic", "phc", "en",
      "Formwell notice that a form hit its entry limit and was switched off; the form's name mentions privacy choices: system notification, automated",
      via="formwell-notice", frm=FW, subject="Your form \"PowerHouse Catalog Privacy Choices\" has stopped accepting entries",
      plain="Heads up: \"PowerHouse Catalog Privacy Choices\" reached its limit of 1,000 entries this month and is no longer\n"
            "accepting new ones. Visitors now see your 'form closed' message.\n\nRaise the limit or upgrade: "
            "https://alliantenergy.formwell.io/account/plan\n\nFormwell", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-jp-bot", "jotpad", "cc", "en",
      "JotPad entry from a spam bot (Cyrillic text and links in every field): automated",
      who="Виктор", rows=[("Full Name", "Виктор Продвижение"), ("E-mail", "promo7731@mail-spam.example"),
                         ("ZIP", "http://seo-progon.example.ru"),
                         ("Request", "Other"), ("Details", "Прогон сайта по 5000 форумам http://seo-progon.example.ru\n"
                                                            "Быстро и недорого http://seo-progon.example.ru/price")]),
    M("m-jp-quota", "generic", "cc", "en",
      "JotPad usage notice (90% of monthly submissions): vendor system mail, automated", via="jotpad-notice",
      frm=JP, subject="You've used 90% of your monthly submissions",
      plain="Hi Alliant Energy Web Team,\n\nYour JotPad account has used 900 of 1,000 submissions this month. When you reach\n"
            "the limit, your forms (including \"Contact the Privacy Office\") will stop accepting responses until\n"
            "Apr 1.\n\nUpgrade now: https://www.jotpadforms.com/pricing\n\nThe JotPad Team",
      headers=[("List-Unsubscribe", "<https://www.jotpadforms.com/unsubscribe?u=ae7731>")]),
    M("m-jp-phish", "generic", "cc", "en",
      "Phishing dressed as the form service ('account will be suspended, confirm billing'), from a look-alike domain: automated",
      via="phish", frm=("JotPad Billing Team", "support@jotpadforms-billing.com"),
      subject="Action required: your JotPad account will be suspended",
      plain="Dear customer,\n\nWe could not process your last payment. Your forms and all submitted data will be DELETED in\n"
            "24 hours unless you confirm your billing details:\n\nhttps://jotpadforms-billing.com/secure/confirm\n\n"
            "JotPad Billing Team", auth="spf=softfail smtp.mailfrom=jotpadforms-billing.com; dkim=none; dmarc=none "
                                      "header.from=jotpadforms-billing.com"),
    M("m-ak-digest", "generic", "phc", "en",
      "Askly daily summary: '6 new responses' and a link, no answers in it: a digest with no content, automated",
      via="askly-digest", frm=("Askly Forms", "forms-receipts-noreply@askly.com"),
      subject="Daily summary for \"Catalog mailing preferences\": 6 new responses",
      plain="\"Catalog mailing preferences\" received 6 new responses yesterday.\n\nView responses: "
            "https://forms.askly.com/d/1xQe7Lm0/responses\n\nTo stop these summaries, change notification settings in "
            "the form.\nAskly Forms cannot receive replies.", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-qf-weekly", "generic", "cc", "en",
      "Quillform weekly report (14 responses, completion rate) with no response content: automated", via="quill-report",
      frm=("Quillform", "notifications@quillform.com"), subject="Your week on Quillform: 14 new responses",
      plain="Tell us how we can help\n  Responses this week: 14 (+3)\n  Completion rate: 61%\n  Average time: 1m 48s\n\n"
            "Cuéntenos cómo podemos ayudarle\n  Responses this week: 2\n\nSee results: https://app.quillform.com/workspace\n\n"
            "You're getting this weekly report because you own these forms. Manage email settings in your account.",
      headers=[("List-Unsubscribe", "<https://app.quillform.com/settings/notifications>")]),
    M("m-qf-integration", "generic", "cc", "en",
      "Quillform integration failure alert (webhook to the CRM failing): system notification, automated",
      via="quill-alert", frm=("Quillform", "notifications@quillform.com"),
      subject="Integration failing: CaseHarbor (Tell us how we can help)",
      plain="Your CaseHarbor integration for \"Tell us how we can help\" failed 3 times in the last hour.\n\nLast error: "
            "401 Unauthorized (token expired)\nResponses are still saved in Quillform and will be retried for 72 hours.\n\n"
            "Reconnect: https://app.quillform.com/forms/8c1e2f/integrations", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-hb-empty", "hubbard", "phc", "en",
      "Hubbard 'new form submission' with every field empty (a blank or bot submit): no one's words, automated",
      contact="(no contact record)",
      rows=[("First name", ""), ("Last name", ""), ("Email", ""), ("Zip", ""), ("How can we help?", "")]),
    M("m-hb-sync", "generic", "cc", "en",
      "CRM sync report counting e-mail opt-outs and do-not-share flags synced between systems: system report, automated",
      via="hubbard-sync", frm=("Hubbard", "noreply@notifications.hubbardcrm.com"),
      subject="Sync complete: Hubbard <> CaseHarbor (nightly)",
      plain="Nightly sync finished at 02:14 CT.\n\nContacts updated: 212\nNew contacts: 17\nEmail opt-outs synced: 9\n"
            "Do-not-share flags synced: 3\nErrors: 1 (contact 88120: invalid ZIP)\n\nDetails: "
            "https://app.hubbardcrm.com/integrations/caseharbor/history", headers=[("Auto-Submitted", "auto-generated")],
      return_path="bounce-sync@bounce.hubbardmail.net"),
    M("m-case-test", "case", "cc", "en",
      "CRM administrator's test case ('do not process') through web-to-case: a test submission, automated",
      name="Test Admin", email="crm-admin@alliant-energy.com", phone="", account="", csubj="TEST CASE - do not process",
      msg="Testing the new privacy routing rule. Keyword check: opt out, do not sell. Please close without action."),
    M("m-case-job-failed", "generic", "cc", "en",
      "CaseHarbor scheduled-job failure ('Privacy flags export' to the mail house): system notification, automated",
      via="case-job", frm=("CaseHarbor", "noreply@cases.caseharbor.com"),
      subject="Scheduled job failed: Privacy flags export (weekly)",
      plain="The scheduled job \"Privacy flags export (weekly)\" did not complete.\n\nStarted: 2026-05-04 01:00 CT\n"
            "Failed: 2026-05-04 01:03 CT\nStep: SFTP upload to mailhouse-prod\nError: connection refused\n\nRecords prepared: "
            "1,482 (not sent)\n\nThis is an automated message from CaseHarbor.", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-desk-csat", "generic", "cc", "en",
      "Help desk's satisfaction notice ('ticket solved, customer rated Good'): system notification quoting no request, automated",
      via="deskwise-csat", frm=DW, subject="[Alliant Energy Support] Ticket #48812 rated Good",
      plain="Ticket #48812 \"Catalog mailing\" was rated Good by the requester.\n\nComment: (none)\nAssignee: Privacy team\n\n"
            "View ticket: https://alliant-energy.deskwise.com/agent/tickets/48812\n\nThis email is a service from Alliant "
            "Energy Support. Delivered by Deskwise.", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-desk-sla", "generic", "cc", "en",
      "Help desk SLA breach alert listing ticket subjects like 'Stop sharing my info': the subjects are not a request here, automated",
      via="deskwise-sla", frm=DW, subject="[Alliant Energy Support] SLA warning: 3 tickets in view 'Privacy'",
      plain="3 tickets in the view 'Privacy' have breached the first-reply target (8 business hours):\n\n"
            "  #48790  Stop sharing my info            (waiting 11h)\n  #48794  Catalog - remove me             (waiting 10h)\n"
            "  #48801  Question about my data          (waiting 9h)\n\nOpen the view: "
            "https://alliant-energy.deskwise.com/agent/filters/privacy", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-fresh-digest", "generic", "phc", "en",
      "Help-desk weekly digest of ticket counts for the catalog portal: no one's words, automated",
      via="freshanswer-digest", frm=("PowerHouse Catalog Help Desk", "helpdesk@alliantenergy.freshanswer.com"),
      subject="Weekly helpdesk summary: 23 new tickets",
      plain="Summary for Mar 9 - Mar 15, 2026\n\nNew tickets: 23\nResolved: 19\nAverage first response: 5h 12m\n\nBy type:\n"
            "  Order status    9\n  Privacy         6\n  Returns         5\n  Other           3\n\n-- FreshAnswer",
      headers=BULK),
    M("m-chat-left", "generic", "cc", "en",
      "Chat widget 'visitor left before chatting' notice with no messages: automated", via="chatloop-notice",
      frm=CL, subject="Visitor left before an agent joined",
      plain="A visitor on www.alliant-energy.com/privacy left after waiting 2m 40s.\nNo messages were sent.\n\n"
            "Visitor location: Cedar Rapids, IA (approx.)\nBrowser: Safari on iPhone\n\n-- ChatLoop",
      headers=[("Auto-Submitted", "auto-generated")]),
    M("m-chat-missed", "generic", "cc", "en",
      "Chat widget 'missed chat' while offline, no message left: automated", via="chatloop-notice",
      frm=CL, subject="Missed chat (offline hours)",
      plain="Someone tried to start a chat at 10:42 PM while your team was offline.\nThey did not leave a message or an "
            "email address.\n\nSet offline hours: https://app.chatloop.io/settings/hours\n\n-- ChatLoop",
      headers=[("Auto-Submitted", "auto-generated")]),
    M("m-chat-es-left", "generic", "cc", "es",
      "Spanish chat-widget notice that a visitor left without writing: automated", via="chatloop-notice",
      frm=CL, subject="Un visitante salió sin escribir",
      plain="Un visitante de www.alliant-energy.com/es salió del chat después de 1m 15s.\nNo envió ningún mensaje.\n\n"
            "-- ChatLoop", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-chat-weekly", "generic", "cc", "en",
      "Chat widget weekly analytics report: automated", via="chatloop-report",
      frm=("ChatLoop Reports", "reports@chatloop.io"), subject="Your weekly ChatLoop report (Jun 1 - Jun 7)",
      plain="Chats: 318 (+4%)\nMissed: 12\nAvg. wait: 1m 05s\nTop topics: Outage (102), Billing (88), Start/stop service (61), "
            "Privacy (9)\nBot resolution rate: 44%\n\nFull report: https://app.chatloop.io/reports/weekly",
      headers=[("List-Unsubscribe", "<https://app.chatloop.io/settings/email>"), ("Precedence", "bulk")]),
    M("m-sd-digest", "generic", "cc", "en",
      "Social inbox daily digest (mentions, followers) with no message text: automated", via="socialdesk-digest",
      frm=SD, subject="Daily digest: 12 mentions, 3 new followers",
      plain="Alliant Energy - yesterday\n\nFacebook: 7 comments, 1 private message (assigned)\nInstagram: 3 mentions, 3 new "
            "followers\nX: 2 mentions\n\nOpen SocialDesk: https://app.socialdesk.app/inbox", headers=BULK),
    M("m-sd-token", "generic", "cc", "en",
      "Social inbox notice that the Instagram connection expired: system notification, automated",
      via="socialdesk-notice", frm=SD, subject="Reconnect Instagram to keep receiving messages",
      plain="Your Instagram connection for Alliant Energy expired on Apr 12. New private messages will not reach\n"
            "SocialDesk until you reconnect.\n\nReconnect: https://app.socialdesk.app/settings/channels",
      headers=[("Auto-Submitted", "auto-generated")]),
    M("m-vm-hangup", "vm", "cc", "en",
      "Voicemail system notice with no message (caller hung up): no one's words, automated",
      autosub=True, no_wav=True, subject="Missed call - no message",
      raw="A caller reached mailbox 4410 (Privacy line) but did not leave a message.\n\nFrom: %(phone)s   Caller ID: "
          "UNAVAILABLE\nLength: 0:03\n\nNo recording was saved."),
    M("m-vm-full", "generic", "cc", "en",
      "Voicemail system warning that the mailbox is 90% full: automated", via="vm-notice",
      frm=("Alliant Energy Voice Mail", "vm-transcripts@voice.alliant-energy.com"),
      subject="Mailbox 4410 is 90% full", helo="uc-vm01.voice.alliant-energy.com", ip="10.40.8.21",
      plain="Voice mailbox 4410 (Privacy line) is 90% full (54 of 60 messages).\nWhen it is full, callers will hear "
            "'this mailbox cannot accept messages'.\nDelete old messages in the voicemail portal.",
      headers=[("Auto-Submitted", "auto-generated")]),
    M("m-sms-undeliverable", "sms", "cc", "en",
      "Short-code relay's delivery failure report for an outbound alert: system notification, automated",
      subject="Delivery failure on short code 30547",
      raw="Outbound message could not be delivered.\n\nTo:        %(phone)s\nReason:    Carrier rejected (number "
          "deactivated)\nMessage:   \"Alliant Energy: Planned maintenance in your area Tue 9 AM-1 PM.\"\n\nThe number has "
          "been marked inactive.", headers=[("Auto-Submitted", "auto-generated")]),
    M("m-wp-spam-es", "wp", "phc", "es",
      "Spanish loan spam through the blog's contact form: automated",
      name="Préstamos Rápidos", email="info@prestamos-ya.example.mx", wsubj="Préstamo aprobado",
      msg="¡Felicidades! Su préstamo de $50,000 ha sido pre-aprobado sin revisión de buró. Responda con su nombre\n"
          "completo y número de cuenta bancaria para depositar hoy mismo. https://prestamos-ya.example.mx"),
    M("m-wp-blocked", "generic", "phc", "en",
      "WordPress plugin's weekly 'spam blocked' report: system notification, automated", via="wordpress-notice",
      frm=("PowerHouse Home Blog", "wordpress@blog.alliant-energy.com"),
      subject="[PowerHouse Home Blog] Contact Form 9: 17 spam messages blocked this week",
      plain="Contact Form 9 blocked 17 messages on PowerHouse Home Blog this week (honeypot: 12, blocklist: 5).\n"
            "Legitimate messages delivered: 4.\n\nReview the spam log: https://blog.alliant-energy.com/wp-admin/admin.php?page=cf9-log",
      helo="wp-prod-2.blog.alliant-energy.com", ip="66.151.70.88"),
]
