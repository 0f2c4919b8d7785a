"""Not requests: law-firm and association bulletins, vendor pitches, court e-filing, records and audit systems,
e-signature envelopes, calendar invitations, auto-replies, a bounce and a phishing 'subpoena'."""
from spec import M, ack

AUTO = dict(automated=True)


def A(id, box, kind, client, frm, date, subject, body, note, **kw):
    d = dict(AUTO)
    d.update(kw)
    return M(id, box, kind, client, frm, date, subject, body, note, **d)


ICAL = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Lionel Stavros:mailto:lstavros@meridianprivacyadvisors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:customercare@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Introductory call: consumer privacy request handling and opt-out program review.
UID:040000008200E00074C5B7101A82E0080000000071B2C9E4F2A3DC01000000000000000010000000B7F3
SUMMARY;LANGUAGE=en-US:Privacy request intake review - Meridian Privacy Advisors
DTSTART;TZID=Central Standard Time:20260414T100000
DTEND;TZID=Central Standard Time:20260414T103000
DTSTAMP:20260407T152210Z
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""

DSN = """Reporting-MTA: dns; mail.holloway-reinholt.com
Arrival-Date: Mon, 13 Jul 2026 14:20:07 -0500

Final-Recipient: rfc822; gpreston@holloway-reinholt.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gpreston@holloway-reinholt.com>: Recipient address rejected: User unknown"""

DSN_HEAD = """Return-Path: <customercare@alliant-energy.com>
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: gpreston@holloway-reinholt.com
Subject: We received your privacy request [Ref: PRV-2026-004872]
Date: Mon, 13 Jul 2026 14:20:01 -0500
Message-ID: <ack.PRV-2026-004872.c2e9187f04@privacy.alliant-energy.com>"""

SPECS = [
A("x01-lawfirm-newsletter", "cc", "newsletter", "bulk", ("Kessler Hartmann LLP", "insights@kesslerhartmann.com"),
  "2026-01-08 07:00", "Privacy Law Update: New State Consumer Privacy Laws Take Effect", """
KESSLER HARTMANN LLP | PRIVACY & DATA SECURITY UPDATE

New Year, New Obligations: Three More State Privacy Laws in Force

As of January 1, three additional state consumer privacy statutes are in force. Each grants consumers the right
to opt out of the sale of personal data and of targeted advertising, and each requires businesses to honor
universal opt-out signals within a defined period. Utilities and their affiliates should review whether
list-exchange arrangements constitute a "sale".

Key takeaways:
- Review your "Do Not Sell or Share" mechanisms and your response timelines.
- Confirm that authorized-agent requests are verified consistently.
- Update retention schedules for customer records.

This client alert is for general information and is not legal advice. Attorney advertising.

You are receiving this because you subscribed to Kessler Hartmann insights.
Unsubscribe | Update preferences | Privacy policy
Kessler Hartmann LLP, 200 South Wacker Drive, Chicago, IL 60606
""", "Law firm's privacy-law newsletter (bulk, List-Unsubscribe): automated; its 'opt out/unsubscribe' words are content",
  esp="mcsv.net"),

A("x02-regulator-bulletin", "cc", "bulletin", "bulk", ("Midwest Utility Regulators Forum", "bulletin@murforum.org"),
  "2026-02-02 06:30", "MURF Bulletin No. 26-03: Customer data access and privacy dockets", """
MIDWEST UTILITY REGULATORS FORUM
Bulletin No. 26-03

Customer Data Access and Privacy: Docket Round-Up

- Commission staff in two member states opened inquiries into the sharing of customer data with affiliates
  for marketing purposes.
- A model rule on customer consent for third-party access to interval usage data was circulated for comment.
- Reminder: annual privacy compliance reports are due March 31.

This bulletin is distributed to member commissions and registered utility contacts. To be removed from the
distribution list, use the link below.
Manage subscription: https://murforum.org/lists/bulletin
""", "Regulators' association bulletin sent to a distribution list: automated; mentions of opt-out/marketing are content",
  esp="lists.murforum.org", list_id="MURF Bulletin <bulletin.murforum.org>"),

A("x03-compliance-vendor-pitch", "cc", "vendor-pitch", "outlook365", ("Colby Renshaw", "colby.renshaw@privashieldhq.com"),
  "2026-02-16 10:42", "Automating DSARs and opt-outs for utilities", """
Hi there,

I lead utility-sector partnerships at PrivaShield. Utilities like yours receive hundreds of "do not sell",
"delete my data" and unsubscribe requests each month, often through shared inboxes like this one. PrivaShield
classifies them automatically, verifies identity and tracks statutory deadlines.

Would you have 20 minutes next week? If this isn't relevant, just reply "no" and I won't follow up.

Best,
Colby Renshaw
Director, Utility Partnerships | PrivaShield, Inc.
""", "Cold sales pitch from a compliance vendor: outreach, automated per LABELS.md despite 'do not sell/delete/unsubscribe'",
  style="outlook"),

A("x04-court-efiling", "cc", "court", "system", ("Iowa Courts EDMS", "noreply@edms-notice.iowacourts-efile.us"),
  "2026-03-06 14:03", "Notice of Electronic Filing - SCSC118840 - Petition (Small Claims)", """
NOTICE OF ELECTRONIC FILING

Case: SCSC118840   Linn County
Caption: PEMBROKE, DELLA v. INTERSTATE POWER AND LIGHT COMPANY
Document: Original Notice and Petition (Small Claims)
Filed: 03/06/2026 02:01 PM
Filed by: Della Pembroke (self-represented)

This notice was automatically generated by the Electronic Document Management System. You are receiving it
because this address is registered for electronic service for the named party. Do not reply to this e-mail.
To view the document, log in to EDMS.
""", "Court e-filing system notification: automated; staff route it to legal, not to the privacy bot", jvm="edms"),

A("x05-certificate-of-destruction", "cc", "records-vendor", "system_html", ("Ironvault Records Management", "notifications@ironvaultrm.com"),
  "2026-03-19 05:15", "Certificate of Destruction - Order 77410-IV", """
CERTIFICATE OF DESTRUCTION

Customer: Alliant Energy - Customer Care (Site 0412)
Order: 77410-IV
Service date: 03/18/2026
Containers: 14 (secure consoles), 6 (archive boxes, retention expired)
Method: Cross-cut shredding, NAID AAA certified

Materials were destroyed in accordance with your retention schedule and applicable privacy requirements. Keep
this certificate for your records.

This is an automated message from Ironvault Records Management. Please do not reply.
""", "Records-management vendor's certificate of destruction: system mail, automated", jvm="ironvault"),

A("x06-retention-review-due", "cc", "records-vendor", "system", ("Ironvault Records Portal", "portal@ironvaultrm.com"),
  "2026-04-02 06:00", "Action required: 38 boxes reach retention end date on 04/30/2026", """
Retention Review Reminder

Account: Alliant Energy - Customer Care (Site 0412)

38 boxes reach the end of their retention period on 04/30/2026. Approve destruction or place a legal hold in
the Ironvault portal before that date. Boxes without a response will be held and billed at the standard
storage rate.

Record series: CUST-CORR-07 (customer correspondence, privacy requests)

This reminder was generated automatically. Replies to this address are not monitored.
""", "Records vendor's automated retention reminder: system mail, automated", jvm="ironvault"),

A("x07-docusign-dpa", "cc", "e-signature", "docusign", ("Nora Fitzgerald via DocuSign", "dse_na3@docusign.net"),
  "2026-04-21 15:26", "Please DocuSign: Data Processing Addendum - Alliant Energy / Lumen Survey Partners", """
Nora Fitzgerald sent you a document to review and sign.

REVIEW DOCUMENT

Nora Fitzgerald
nfitzgerald@lumensurveypartners.com

Please review and sign the Data Processing Addendum, which sets out how survey responses and customer contact
data will be processed, retained and deleted.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""", "DocuSign envelope from a vendor: system mail, automated; 'Do Not Share This Email' is DocuSign boilerplate",
  reply_to=("Nora Fitzgerald", "nfitzgerald@lumensurveypartners.com")),

A("x08-auditor-pbc-overdue", "cc", "audit", "system", ("Audit Request Portal", "no-reply@requests.harrowgateaudit.com"),
  "2026-05-05 07:30", "[Overdue] PBC request PRV-14: Sample of 25 privacy requests and responses", """
Harrowgate & Pell LLP - Audit Request Portal

The following request is overdue:

Request ID: PRV-14
Engagement: Alliant Energy FY2026 Privacy Controls Review
Description: For the 25 sampled customer privacy requests (opt-out, access, deletion), provide the request,
the acknowledgement sent, and evidence of completion within the required period.
Due: 04/30/2026
Owner: customercare@alliant-energy.com

Upload evidence in the portal. This is an automated reminder; replies are not monitored.
""", "Auditor's automated evidence request: system mail, automated", jvm="auditportal"),

A("x09-privacy-webinar", "cc", "newsletter", "bulk", ("Utility Privacy Institute", "events@utilityprivacyinstitute.org"),
  "2026-05-18 09:00", "Webinar invitation: Handling authorized-agent requests at scale", """
UTILITY PRIVACY INSTITUTE - WEBINAR

Handling Authorized-Agent Requests at Scale
Thursday, June 11, 2026 - 11:00 a.m. CT

Agent services now submit a growing share of "do not sell" and deletion requests. Our panel of in-house counsel
and compliance officers will discuss verification, powers of attorney, and how to respond when an agent cannot
produce signed permission.

Register now - seats are limited.

You are receiving this because you attended a UPI event. Unsubscribe from UPI event announcements.
""", "Bulk webinar invitation: automated", esp="sendgrid.net"),

A("x10-attorney-ooo-ack", "cc", "autoreply", "autoreply", ("Stanton R. Blakeslee", "sblakeslee@blakesleelaw.net"),
  "2026-03-02 08:14", "Automatic reply: We received your privacy request [Ref: PRV-2026-002291]", """
I am out of the office attending trial through March 6 with limited access to e-mail. For urgent matters, please
contact my assistant, Dolores Fenn, at dfenn@blakesleelaw.net or (608) 555-0142.

CONFIDENTIALITY NOTICE: This message may contain attorney-client privileged information. If you are not the
intended recipient, do not read, distribute or copy it.
""", "Attorney's out-of-office (Auto-Submitted) answering our acknowledgement: automated, loop trap",
  irt=ack("PRV-2026-002291", "Mr. Blakeslee", "February 25, 2026", "Wed, Feb 25, 2026 at 10:44 AM", "41d0e6a2c7"),
  noquote=True),

A("x11-firm-no-longer-monitored", "cc", "autoreply", "autoreply", ("Morrow Lindqvist LLP", "intake@morrowlindqvist.com"),
  "2026-04-17 09:02", "RE: We received your privacy request [Ref: PRV-2026-003058]", """
Thank you for your message. This mailbox is no longer monitored. Morrow Lindqvist LLP has moved to a new client
intake system. Please resend your correspondence to the responsible attorney directly.

This e-mail may contain confidential or privileged information. If you are not the intended recipient, do not
distribute it.
""", "Headerless 'mailbox no longer monitored' reply to our acknowledgement (no Auto-Submitted): automated, loop trap",
  irt=ack("PRV-2026-003058", "Colette Marsh", "April 16, 2026", "Thu, Apr 16, 2026 at 4:40 PM", "5be2c81f09"),
  noquote=True, auto_hdr=[("X-Mailer", "Microsoft Outlook 16.0")]),

A("x12-dsar-platform-ticket", "cc", "privacy-platform", "system_html", ("ConsentLedger", "alerts@consentledger.io"),
  "2026-06-08 11:47", "New request received: Do Not Sell or Share (DSR-2026-18832)", """
New data subject request

Request ID: DSR-2026-18832
Type: Do Not Sell or Share My Personal Information
Received via: web form (alliant-energy.com/privacy-request)
Status: Awaiting identity verification
Statutory deadline: 07/23/2026

Open the request in ConsentLedger to review the submitted details. Personal information is not included in
notification e-mails.

You are receiving this notification because you are assigned to the Privacy Requests queue. Manage
notification settings in ConsentLedger.
""", "Privacy-request platform's ticket notice: vendor system mail, automated even though it names 'Do Not Sell or Share'",
  jvm="cl"),

A("x13-phishing-subpoena", "cc", "phishing", "phish", ("Clerk of Court - Document Services", "clerk-notice@courtdocs-secure.info"),
  "2026-06-29 03:12", "SUBPOENA - Case #CV-2026-40871 - Immediate Response Required", """
NOTICE OF SUBPOENA DUCES TECUM

You have been served with a subpoena in connection with Case #CV-2026-40871. Failure to respond within 48 hours
may result in contempt proceedings.

To view the subpoena document, verify your corporate e-mail credentials at the secure court portal:
http://courtdocs-secure.info/view?id=40871

This message is confidential. Do not distribute.
""", "Phishing dressed as a subpoena: automated (spam)", mid_dom="courtdocs-secure.info"),

A("x14-calendar-consultant", "cc", "calendar", "calendar", ("Lionel Stavros", "lstavros@meridianprivacyadvisors.com"),
  "2026-04-07 10:22", "Privacy request intake review - Meridian Privacy Advisors", """
Lionel Stavros has invited you to a meeting.

Privacy request intake review - Meridian Privacy Advisors
Tuesday, April 14, 2026 10:00 AM-10:30 AM (UTC-06:00) Central Time (US & Canada)
Microsoft Teams Meeting

Introductory call: consumer privacy request handling and opt-out program review.
""", "Consultant's unsolicited calendar invitation (text/calendar): automated per LABELS.md", ical=ICAL),

A("x15-es-boletin-despacho", "cc", "newsletter", "bulk", ("Despacho Olvera & Quiroga", "boletin@olveraquiroga.mx"),
  "2026-07-13 07:15", "Boletín de Protección de Datos: novedades del trimestre", """
OLVERA & QUIROGA, S.C.
Boletín de Protección de Datos Personales

Novedades del trimestre:

- Nuevos lineamientos sobre el ejercicio de los derechos ARCO por medios electrónicos.
- Criterios recientes sobre la transferencia de datos a terceros con fines de mercadotecnia.
- Recordatorio: actualice su aviso de privacidad y sus mecanismos para que los titulares puedan oponerse al
  envío de publicidad.

Este boletín es informativo y no constituye asesoría legal.
Si no desea recibir más boletines, haga clic en "Cancelar suscripción".
""", "Spanish law-firm data-protection newsletter (bulk): automated; its opt-out words are content",
  lang="es", esp="mailrelay-mx.com"),

A("x16-es-proveedor-cumplimiento", "cc", "vendor-pitch", "gmail", ("Valeria Sotomayor", "valeria.sotomayor.ventas@gmail.com"),
  "2026-08-11 10:10", "Propuesta: gestión de solicitudes de privacidad en español", """
Estimados señores:

Me permito presentarles los servicios de Cumplimiento Integral Hispano. Atendemos en español las solicitudes
de baja, de acceso y de "no vender mis datos" de sus clientes hispanohablantes, con reportes mensuales para su
área de cumplimiento.

Quedo atenta a la posibilidad de agendar una breve llamada.

Atentamente,
Valeria Sotomayor
Ejecutiva de Ventas
Cumplimiento Integral Hispano
""", "Spanish cold pitch from a compliance vendor: outreach, automated despite 'baja' and 'no vender mis datos'",
  lang="es"),

A("x17-secure-message-portal", "cc", "portal", "system_html", ("Secure Message Center - Thornbury Vale LLP", "securemail@thornburyvale.com"),
  "2026-09-01 13:55", "You have received a secure message from Thornbury Vale LLP", """
You have received a secure message.

From: Ellis Marchetti, Thornbury Vale LLP
Subject: [Encrypted]
Expires: 09/15/2026

Click "Read Message" to view it in the Secure Message Center. You may be asked to register or to verify your
e-mail address.

This notification was sent automatically. Do not reply to this e-mail. Confidentiality notice: the attached
secure message is intended only for the recipient and may be privileged.
""", "Encrypted-mail portal notification: system mail, automated (its content is not visible)", jvm="zixgw"),

A("x18-dsn-bounce-ack", "cc", "bounce", "dsn", ("Mail Delivery System", "MAILER-DAEMON@mail.holloway-reinholt.com"),
  "2026-07-13 14:20", "Undelivered Mail Returned to Sender", """
This is the mail system at host mail.holloway-reinholt.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<gpreston@holloway-reinholt.com>: host mail.holloway-reinholt.com said: 550 5.1.1 Recipient address rejected:
    User unknown
""", "Bounce of our acknowledgement to a law-firm address: automated (DSN), loop trap",
  dsn=DSN, orig_headers=DSN_HEAD, envelope=""),

A("x19-catalog-assn-bulletin", "ph", "bulletin", "bulk", ("Direct Catalog Marketers Council", "weekly@dcmcouncil.org"),
  "2026-02-24 06:45", "DCMC Weekly: list exchange under the new state privacy laws", """
DIRECT CATALOG MARKETERS COUNCIL - MEMBER WEEKLY

This week:
- Counsel's corner: is a name exchange between catalogs a "sale"? What the new statutes say.
- Suppression files: best practices for honoring do-not-share flags across co-op databases.
- Postal rate case update and paper surcharges.

Members may forward this bulletin within their organizations. To stop receiving DCMC Weekly, update your
subscription preferences.
""", "Trade-association member bulletin: automated; 'do-not-share flags' is content", esp="cmail20.com"),

A("x20-lawfirm-alert-catalog", "ph", "newsletter", "bulk", ("Whitcombe Darby PLLC", "alerts@whitcombedarby.com"),
  "2026-05-07 08:00", "Client Alert: Data broker registration and catalog list rentals", """
WHITCOMBE DARBY PLLC - CLIENT ALERT

Does renting your catalog mailing list make you a data broker?

Several state registries now ask whether businesses that rent or exchange customer lists must register as data
brokers. We summarize the tests, the exemptions for first-party relationships, and the consumer deletion
mechanisms that registrants must honor.

Attorney advertising. Prior results do not guarantee a similar outcome.
Unsubscribe from Whitcombe Darby alerts.
""", "Law firm client alert (bulk) to the catalog mailbox: automated", esp="mcsv.net"),

A("x21-docusign-completed", "ph", "e-signature", "docusign", ("DocuSign NA3 System", "dse_na3@docusign.net"),
  "2026-06-12 16:31", "Completed: Amendment No. 2 - List Exchange Agreement (Harborline Catalog Co.)", """
All parties have completed Amendment No. 2 - List Exchange Agreement.

View the completed document in DocuSign.

Envelope recipients:
Miriam Osterhaus, Harborline Catalog Co. - Signed
PowerHouse Catalog - Signed

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", "DocuSign 'Completed' notice for a list-exchange amendment: system mail, automated; 'Do Not Share' is boilerplate"),

A("x22-auditor-evidence", "ph", "audit", "system", ("Audit Request Portal", "no-reply@requests.harrowgateaudit.com"),
  "2026-07-22 07:30", "New PBC request PHC-06: catalog opt-out suppression evidence", """
Harrowgate & Pell LLP - Audit Request Portal

A new request has been assigned to you:

Request ID: PHC-06
Engagement: Alliant Energy FY2026 Privacy Controls Review
Description: Provide the suppression file applied to the most recent list exchange, and evidence that customers
who opted out of name sharing were excluded.
Due: 08/05/2026
Owner: powerhousecatalog@alliant-energy.com

Upload evidence in the portal. This is an automated message; replies are not monitored.
""", "Auditor's automated evidence request to the catalog mailbox: system mail, automated", jvm="auditportal"),

A("x23-suppression-vendor-pitch", "ph", "vendor-pitch", "outlook365", ("Dana Whitlow", "dwhitlow@listguardian.com"),
  "2026-08-26 11:20", "Are your do-not-share flags surviving list exchanges?", """
Hello PowerHouse team,

Catalogs that exchange names often lose customers' do-not-share and opt-out flags when files pass through
merge/purge. ListGuardian audits every outbound exchange file against your suppression list before it leaves
the building.

Could I send you a two-page overview? If you'd rather not hear from me, reply "remove" and I'll close the loop.

Regards,
Dana Whitlow
Account Executive, ListGuardian
""", "Vendor pitch about do-not-share flags: outreach, automated; its 'opt-out', 'reply remove' are not a customer's request",
  style="outlook"),

A("x24-es-boletin-asociacion", "ph", "bulletin", "bulk", ("Asociación Hispana de Venta por Catálogo", "boletin@ahvc-catalogos.org"),
  "2026-10-05 07:00", "Boletín mensual AHVC: privacidad y listas de correo", """
ASOCIACIÓN HISPANA DE VENTA POR CATÁLOGO
Boletín mensual - octubre de 2026

En este número:
- ¿Cómo responder a las solicitudes de "no vender ni compartir" de clientes hispanohablantes?
- Modelos de respuesta formales para solicitudes de baja.
- Calendario de ferias del sector.

Recibe este boletín por ser empresa asociada. Para darse de baja, actualice sus preferencias de suscripción.
""", "Spanish trade-association bulletin (bulk): automated; 'darse de baja' and 'no vender ni compartir' are content",
  lang="es", esp="cmail19.com"),

A("x25-records-pickup", "ph", "records-vendor", "system", ("Ironvault Records Scheduling", "scheduling@ironvaultrm.com"),
  "2026-11-03 05:45", "Pickup confirmed: secure shredding, PowerHouse Catalog order desk", """
Service Confirmation

Location: PowerHouse Catalog - Order Desk (Site 0419)
Service: Scheduled secure shredding pickup
Date: 11/10/2026, 8:00 AM - 12:00 PM
Containers: 4 consoles

Please ensure the consoles are accessible. To reschedule, use the Ironvault portal. This message was generated
automatically; please do not reply.
""", "Records vendor's pickup confirmation: system mail, automated", jvm="ironvault"),

A("x26-broker-registry-reminder", "ph", "registry", "system_html", ("Data Broker Registry", "no-reply@notices.dbr-registry.us"),
  "2026-12-01 08:00", "Annual registration reminder: data broker registry", """
Annual Registration Reminder

Our records indicate that this e-mail address was provided as a contact for a business that may be required to
register as a data broker. Registration for calendar year 2027 opens January 1 and closes January 31.

If your business does not sell personal information of consumers with whom it has no direct relationship, no
action is required.

This is an automated message. Replies are not monitored.
""", "State registry's automated reminder: system mail, automated", jvm="registry"),
]
