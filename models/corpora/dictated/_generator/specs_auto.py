"""Machine-made and not-a-request mail from phones, carriers and apps (15 messages, 2 in Spanish)."""
from spec import M

AUTO = dict(labels=[], automated=True, ack=None)

SPECS = [
    M("auto:sms-driving", "sms", "", "3195550152@vtext.com", "2026-07-09 18:44:10",
      "Auto-reply: I have Driving Focus on and will see your message when I get where I'm going.",
      mailbox="customercare", raw="sms", **AUTO,
      note="the phone's driving auto-reply to our outage text, delivered by Verizon's gateway: automated"),
    M("auto:sms-autoreply-app", "sms", "", "5635550139@tmomail.net", "2026-08-11 16:22:03",
      "[TextBack auto reply] Busy at work right now. I will text you back after 5pm.",
      mailbox="customercare", raw="sms", **AUTO,
      note="an auto-reply app answering our text to the phone: automated"),
    M("auto:sms-scam", "sms", "", "8155550104@txt.att.net", "2026-02-27 09:03:55",
      "ALLIANT REWARDS: Congratulations, your $100 loyalty credit is waiting. Claim within 24 hrs at "
      "al-energy-rewards.co/c/88x1", mailbox="customercare", raw="sms", **AUTO,
      note="scam text that a gateway turned into e-mail to our address; phishing is automated"),
    M("auto:mms-bounce-ack", "dsn", "", "MAILER-DAEMON@njbrmmsc05.vzwpix.com", "2026-08-11 16:24:51",
      mailbox="customercare", raw="dsn", bounce_of="A4", phone="3195550187@vzwpix.com",
      subject="Undeliverable: mail to 3195550187@vzwpix.com",
      dsn_text="The message to %(phone)s could not be delivered.\n\nThe recipient's device does not accept "
               "picture or e-mail messages, or the number is no longer in service.\n\n%(host)s\n",
      status="5.1.1", diag="550 5.1.1 Subscriber not found or MMS not provisioned", **AUTO,
      note="Verizon MMS gateway bouncing our acknowledgement sent to a phone address: automated, never answer"),
    M("auto:mms-bounce-outage", "dsn", "", "MAILER-DAEMON@mmsmtai03.mms.att.net", "2026-07-09 18:49:30",
      mailbox="customercare", raw="dsn", bounce_of="S1", phone="3195550111@mms.att.net",
      subject="Returned mail: see transcript for details",
      dsn_text="   ----- The following addresses had permanent fatal errors -----\n<%(phone)s>\n"
               "    (reason: 554 5.7.1 Message size or content not allowed for this subscriber)\n\n"
               "   ----- Transcript of session follows -----\n554 5.7.1 <%(phone)s>... not allowed\n",
      status="5.7.1", diag="554 5.7.1 Message size or content not allowed for this subscriber", **AUTO,
      note="AT&T MMS gateway rejecting our outage alert: a bounce, automated"),
    M("auto:ooo-gmail-promo", "gmail-android", "Carmen Holtz", "carmenholtz@gmail.com", "2026-06-23 10:46:12",
      "I'm on vacation through June 30 with spotty signal. For anything about the Lakeview PTA please text "
      "Shelly.\n\nCarmen", reply="P2", quote=False, subject="Out of office: Your thermostat could be earning you $75",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], **AUTO,
      note="Gmail vacation responder (Auto-Submitted) answering a promotion: automated"),
    M("auto:ooo-samsung-noheader", "samsung-comcast", "Ron Eckhoff", "roneckhoff@comcast.net", "2026-09-15 07:03:40",
      "I am away from my phone until Monday Sept 21 and will answer when I get back.", reply="N1", quote=False,
      subject="Away", **AUTO,
      note="phone away-message with no Auto-Submitted header; a headerless auto-reply is still automated"),
    M("auto:vacation-yahoo-ack", "yahoo-android", "Sue Ellen Pratt", "sueellenpratt@yahoo.com", "2026-09-22 08:56:15",
      "Thanks for your email! I'm traveling and checking mail only from my phone now and then. I will get back "
      "to you soon.", reply="A7", quote=False, subject="Vacation Response",
      extra_headers=[("Auto-Submitted", "auto-replied")], **AUTO,
      note="Yahoo vacation reply to our acknowledgement (loop trap): automated"),
    M("auto:read-receipt", "mdn", "Will Hennessey", "willhennessey@outlook.com", "2026-05-19 10:30:02",
      mailbox="customercare", raw="mdn", receipt_of="A2", **AUTO,
      note="Outlook for iOS read receipt for our acknowledgement: automated"),
    M("auto:app-feedback", "notif", "", "no-reply@mobile.alliant-energy.com", "2026-04-09 03:15:00",
      mailbox="customercare", raw="notif", from_name="Alliant Energy App", from_addr="no-reply@mobile.alliant-energy.com",
      host="mta2.mobile.alliant-energy.com", ip="198.51.100.61",
      subject="New in-app rating: 4 stars (Android 15, app 6.12.0)",
      text="A customer left a rating in the Alliant Energy app.\n\nRating: 4 of 5\nComment: (none)\n"
           "Device: Android 15, Pixel 8a\nApp version: 6.12.0\n\nThis notification is sent automatically to "
           "customercare@alliant-energy.com.", **AUTO,
      note="our own app's rating notification with no comment: system mail, automated"),
    M("auto:app-voicemail", "notif", "", "notifications@callbridge-voice.com", "2026-10-29 14:52:18",
      mailbox="customercare", raw="notif", from_name="CallBridge Voice", from_addr="notifications@callbridge-voice.com",
      host="o12.mail.callbridge-voice.com", ip="203.0.113.44",
      subject="New voicemail from (319) 555-0117",
      text="You have a new voicemail.\n\nFrom: (319) 555-0117\nLength: 0:04\nTranscription: not available\n\n"
           "Open the CallBridge app to listen.\nYou get this e-mail because voicemail-to-email is on for this "
           "line. Turn it off in Settings.", **AUTO,
      note="a phone app's voicemail notice with no transcript: no person's words, automated"),
    M("auto:app-shared-album", "notif", "", "invites@photonest.app", "2026-07-11 09:31:44",
      mailbox="customercare", raw="notif", from_name="PhotoNest", from_addr="invites@photonest.app",
      host="mail-out7.photonest.app", ip="203.0.113.120",
      subject="Deb shared an album with you: \"tree on line elm st\"",
      text="Deb invited you to view a shared album.\n\n\"tree on line elm st\" - 6 photos\n\nOpen the album: "
           "https://photonest.app/a/Q7kd2Lw\n\nYou received this invitation because someone entered your e-mail "
           "address. PhotoNest, 500 Harbor Way, San Mateo CA.", **AUTO,
      note="photo app's share invitation; the album name hints at a tree on a line but no person wrote to us: "
           "automated (a real report would need a message)"),
    M("auto:app-energy-report", "notif", "", "reports@homehub-app.com", "2026-03-09 06:00:00",
      mailbox="powerhousecatalog", raw="notif", from_name="HomeHub", from_addr="reports@homehub-app.com",
      host="em2291.homehub-app.com", ip="203.0.113.77",
      subject="Your weekly home report: 212 kWh used",
      text="Here is your HomeHub week.\n\nEnergy used: 212 kWh (down 6%)\nThermostat away hours: 41\n"
           "Smart plug 'garage freezer' ran 100% of the time.\n\nManage e-mail reports in the HomeHub app. "
           "To unsubscribe from weekly reports, open Settings > Notifications.", **AUTO,
      note="a smart-home app's weekly report registered to our catalog address; its own unsubscribe footer is "
           "not a request: automated"),
    M("auto:sms-autorespuesta", "sms", "", "3195550134@tmomail.net", "2026-08-02 16:07:22",
      "Respuesta automatica: estoy manejando, te contesto cuando llegue.", mailbox="customercare", raw="sms",
      lang="es", **AUTO,
      note="Spanish driving auto-reply from a phone to our outage text via T-Mobile's gateway: automated"),
    M("auto:ooo-samsung-es", "samsung-gmail", "Alma Zepeda", "almazepeda@gmail.com", "2026-06-25 09:12:30",
      "Estoy de vacaciones hasta el 6 de julio y casi no reviso el correo. Si es urgente llamen a la oficina.",
      reply="P4", quote=False, subject="Respuesta automatica: fuera de la oficina", lang="es",
      extra_headers=[("Auto-Submitted", "auto-replied")], sig="", **AUTO,
      note="Spanish out-of-office with Auto-Submitted answering the Spanish promotion: automated"),
]
