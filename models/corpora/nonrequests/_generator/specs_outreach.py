"""Non-requests, part 2: cold sales/SEO/lead lists, recruiters, press releases, webinars, surveys,
community newsletters and list posts without list headers, headerless out-of-office replies."""
from ours import CC, PH, PROMOS, SERVICE, ACK, gt, outlook_block, gmail_reply, promo_mid

SPECS = []


def A(**kw):
    kw.setdefault("automated", True)
    SPECS.append(kw)


# ------------------------------------------------------------------ cold sales, SEO, lead lists
A(id="o01", mailbox="customercare", cat="auto:cold-seo", lang="en", client="gmail", dkim_d="rankforgedigital.com",
  frm=("Tyler Brandt", "tyler@rankforgedigital.com"), to=[(None, CC)],
  subject="Quick question about alliantenergy.com", date="2025-05-06 10:14",
  body="""Hi there,

I was looking at alliantenergy.com and noticed you're not on page one for "home energy rebates Iowa" or "Wisconsin EV charger rebate", even though your rebate pages are better than the ones that rank.

We ran a quick audit and found 3 things holding you back:

- 214 pages with duplicate title tags
- Core Web Vitals failing on mobile (LCP 4.8s)
- No schema markup on your program pages

I put together a 2-minute Loom walking through the fixes. Want me to send it over?

Best,
Tyler Brandt
Growth Lead, RankForge Digital
rankforgedigital.com

P.S. If you're not the right person for this, who should I reach out to?
""",
  note="Cold SEO pitch to the privacy mailbox ending with 'who should I reach out to?'; sales outreach, not a question for us to answer")

A(id="o02", mailbox="customercare", cat="auto:cold-seo-followup", lang="en", client="gmail", dkim_d="rankforgedigital.com",
  frm=("Tyler Brandt", "tyler@rankforgedigital.com"), to=[(None, CC)],
  subject="Re: Quick question about alliantenergy.com", date="2025-05-13 09:02",
  in_reply_to="<CAK7r2pZq0f9WdJ3u+Lx7bGkE1mR5s2YhTqN8aVvC4oP6eUiD0w@mail.gmail.com>",
  references="<CAK7r2pZq0f9WdJ3u+Lx7bGkE1mR5s2YhTqN8aVvC4oP6eUiD0w@mail.gmail.com>",
  body="""Hi again,

Just bumping this to the top of your inbox in case it got buried. Happy to send the audit over, no strings.

If now's not a good time, just reply "later" and I'll check back next quarter.

Tyler

On Tue, May 6, 2025 at 10:14 AM Tyler Brandt <tyler@rankforgedigital.com> wrote:
> Hi there,
>
> I was looking at alliantenergy.com and noticed you're not on page one for
> "home energy rebates Iowa" or "Wisconsin EV charger rebate", even though
> your rebate pages are better than the ones that rank.
>
> I put together a 2-minute Loom walking through the fixes. Want me to send
> it over?
>
> Best,
> Tyler Brandt
> Growth Lead, RankForge Digital
""",
  note="Automated-sequence follow-up 'bump' of a cold SEO pitch, quoting itself; outreach")

A(id="o03", mailbox="customercare", cat="auto:lead-list-seller", lang="en", client="hubspot",
  frm=("Marissa Cole", "marissa.cole@verifiedreach.com"), to=[(None, CC)],
  subject="Utility & energy decision makers - 14,200 verified contacts", date="2025-07-22 11:37",
  body="""Hi,

Are you looking to reach decision makers at utilities, co-ops and energy services companies?

We have just refreshed our Utility & Energy Decision Makers database:

  - 14,200 verified contacts (VP and Director level)
  - Customer Experience, Marketing, Privacy/Compliance, Grid Ops
  - Direct dials and business e-mails, 95% deliverability guarantee
  - CAN-SPAM and CCPA compliant, updated every 90 days

I can send you a free sample of 50 records and the pricing for your target states.

Thanks,
Marissa Cole
Data Specialist | Verified Reach
+1 (646) 555-0139

If you don't want to hear from me again, reply "remove" and I will take you off our list.
""",
  note="Lead-list seller pitch whose footer says reply 'remove'; the word 'remove' and 'CCPA' appear but it is cold outreach")

A(id="o04", mailbox="customercare", cat="auto:attendee-list-scam", lang="en", client="outlookcom",
  frm=("Stella Moore", "stella.moore.datareach@outlook.com"), to=[(None, CC)],
  subject="RE: DISTRIBUTECH 2026 Attendees List", date="2026-01-20 04:51", fmt="plain",
  body="""Hi,

Would you be interested in acquiring the DISTRIBUTECH 2026 Attendees list?

Attendees count: 12,486 verified contacts
Each record includes: Contact Name, Job Title, Company Name, Email, Phone, Website, Country.

Let me know your interest, so that I can send you the counts and pricing for your review.

Regards,
Stella Moore
Marketing Coordinator

If you do not wish to receive further emails, please reply with "Leave Out" in the subject line.
""",
  note="Conference attendee-list scam with a fake 'RE:' subject and an opt-out instruction in its footer; spam")

A(id="o05", mailbox="customercare", cat="auto:cold-privacy-saas", lang="en", client="gmail", dkim_d="consentra.io",
  frm=("Nadia Petrov", "nadia@consentra.io"), to=[(None, CC)],
  subject="Your opt-out inbox is a liability", date="2026-02-10 08:44",
  body="""Hi Alliant Energy team,

Saw that your privacy policy asks customers to e-mail customercare@ to stop marketing, and that PowerHouse Catalog shares names with other catalogs unless people write in.

Every one of those e-mails is a deadline. Miss one "do not sell my info" request and it's a finding in your next audit.

Consentra reads those inboxes for you:
- classifies opt-outs, do-not-sell and data requests in 30+ languages
- syncs suppressions to your ESP, CRM and mail house
- keeps an audit trail for every request

Regional utilities like yours cut handling time by 80%. Worth a 15-minute look next week? Tuesday or Thursday afternoon?

Nadia Petrov
Account Executive, Consentra
consentra.io/utilities
""",
  note="Privacy-tech sales pitch quoting our own policy and 'do not sell my info'; the words of a request, the intent of a vendor")

A(id="o06", mailbox="powerhousecatalog", cat="auto:cold-printer-pitch", lang="en", client="o365",
  frm=("Greg Schaller", "gschaller@northwoodsprinting.com"), to=[(None, PH)],
  subject="PowerHouse catalog - 12% lower print + postage?", date="2025-09-30 13:29", charset="windows-1252",
  body="""Good afternoon,

I picked up your Fall catalog at a friend’s house in Middleton (nice book, by the way – the weatherization spread is great).

Northwoods Printing runs catalogs for 40+ direct mailers in the upper Midwest. With co-mail and commingling we typically take 10-14% off combined print and postage for books your size (48pp, ~250K).

Would it be worth a quick comparison quote for your Spring drop? All I need is your specs and last postal statement.

Best regards,

Greg Schaller
Senior Account Executive
Northwoods Printing Co. | Wausau, WI
715-555-0112 | northwoodsprinting.com
""",
  note="Printer's cold sales pitch to the catalog mailbox asking 'would it be worth a quote?'; outreach")

A(id="o07", mailbox="powerhousecatalog", cat="auto:cold-guest-post", lang="en", client="gmail",
  frm=("Emma Watson", "emmawatson.outreach24@gmail.com"), to=[(None, PH)],
  subject="Guest post collaboration for powerhousecatalog.com", date="2025-11-18 02:13",
  body="""Hello Team,

Hope you are doing well.

I am Emma, content writer and outreach manager. I visited your website powerhousecatalog.com and really like your content about energy saving products.

I want to contribute a high quality, unique article for your website on topic like "10 Smart Ways to Reduce Energy Bill in Winter". In return i just need one do-follow link to my client website in the article body.

Also we can pay for sponsored post if you accept it, please share your price.

Waiting for your positive response.

Thanks & Regards
Emma
""",
  note="Guest-post/backlink outreach from a free-mail account; spam-like outreach")

A(id="o08", mailbox="customercare", cat="auto:cold-agency-es", lang="es", client="gmail", dkim_d="puentemedia.com",
  frm=("Alejandra Rivas", "arivas@puentemedia.com"), to=[(None, CC)],
  subject="Conecte con sus clientes hispanos en Iowa y Wisconsin", date="2025-08-12 10:05",
  body="""Estimado equipo de Alliant Energy:

Le escribo de Puente Media, una agencia de marketing especializada en el mercado hispano del Medio Oeste.

Más de 320,000 hispanos viven en Iowa y Wisconsin, y muchos prefieren recibir información sobre su servicio de luz y gas en español. Nosotros ayudamos a empresas de servicios públicos a:

- traducir y adaptar campañas de ahorro de energía y reembolsos
- llegar a la comunidad por radio en español, redes sociales y eventos
- medir resultados por código postal

¿Tendría 20 minutos la próxima semana para una llamada? Con gusto le envío algunos casos de éxito.

Saludos cordiales,

Alejandra Rivas
Directora de Cuentas | Puente Media
Milwaukee, WI | 414-555-0186
""",
  note="Spanish-language marketing agency cold pitch asking for a call; outreach, not a customer question")

A(id="o09", mailbox="powerhousecatalog", cat="auto:lead-list-consumer", lang="en", client="mandrill",
  frm=("HomeMover Data", "sales@homemoverdata.com"), to=[(None, PH)],
  subject="New homeowners in IA & WI - fresh weekly names for catalogers", date="2026-04-07 09:30",
  body="""New movers buy more home goods in their first 6 months than in the next 3 years.

HomeMover Data delivers NEW HOMEOWNER names every week:

  Iowa ............... ~4,100 new homeowners / month
  Wisconsin .......... ~6,300 new homeowners / month
  Selects: home value, dwelling type, ZIP, est. income, pets

  $65/M, 5,000 minimum. First order 20% off.

Reply to this e-mail or call 800-555-0197 for counts.

HomeMover Data, 2200 Cabot Dr, Lisle, IL 60532
You are receiving this message because your company is a direct marketer.
To unsubscribe from HomeMover Data announcements, reply with UNSUBSCRIBE.
""",
  note="List vendor pitching new-homeowner names to the catalog; its own 'reply UNSUBSCRIBE' footer is not our customer's opt-out")

# ------------------------------------------------------------------ recruiters
A(id="o10", mailbox="customercare", cat="auto:recruiter", lang="en", client="o365",
  frm=("Kelsey Vang", "kvang@talentbridgesearch.com"), to=[(None, CC)],
  subject="Privacy Program Manager candidates - utility experience", date="2025-10-14 15:22",
  body="""Hello,

I couldn't find a direct contact for your privacy or HR team, so I'm trying this address. I hope that's alright.

TalentBridge Search places privacy and compliance professionals with regulated companies in the Midwest. I'm currently representing two Privacy Program Managers who have run opt-out and data request programs at a Midwest gas utility and at a national retailer. Both are open to Madison or Cedar Rapids.

If you have an opening (or expect one in 2026), could you forward this to the hiring manager? I'm happy to send anonymized resumes.

Thank you,

Kelsey Vang
Senior Recruiter, TalentBridge Search
Minneapolis, MN | 612-555-0148
""",
  note="Recruiter marketing candidates and asking us to forward the mail to a hiring manager; not a customer request")

A(id="o11", mailbox="customercare", cat="auto:staffing-pitch", lang="en", client="gmail", dkim_d="callpointstaffing.com",
  frm=("Brandon Okafor", "bokafor@callpointstaffing.com"), to=[(None, CC)],
  subject="Bilingual customer care agents for storm season", date="2026-05-26 12:48",
  body="""Hi Customer Care team,

Storm season means call spikes. CallPoint Staffing can have trained bilingual (English/Spanish) agents on your queues in 10 business days, remote or on site in Iowa and Wisconsin.

- utility billing and outage call experience
- PCI and privacy trained
- flexible 30/60/90-day contracts

Could I get 15 minutes with whoever manages your contact center staffing?

Brandon Okafor
Business Development, CallPoint Staffing
319-555-0123
""",
  note="Staffing agency pitch addressed to the customer care mailbox; outreach")

A(id="o12", mailbox="powerhousecatalog", cat="auto:exec-recruiter", lang="en", client="apple",
  frm=("Lauren Whitfield", "lauren.whitfield@icloud.com"), to=[(None, PH)],
  subject="Confidential - VP, Catalog & Direct Marketing", date="2026-06-02 18:07",
  body="""Hi,

Apologies for the cold note to a general inbox. I'm leading a confidential search for a VP of Catalog & Direct Marketing at a specialty home goods company in the Twin Cities, and the PowerHouse book keeps coming up when I ask people who does catalog well in the region.

If whoever leads the catalog there would be open to a quiet conversation, or could suggest someone, I'd be grateful. Happy to share details by phone.

Warmly,
Lauren Whitfield
Whitfield Executive Partners
651-555-0190
""",
  note="Executive recruiter's personal note to the catalog mailbox; not a customer request")

# ------------------------------------------------------------------ press releases
A(id="o13", mailbox="customercare", cat="auto:press-release", lang="en", client="sendgrid",
  frm=("Brightline PR for Nestwise", "news@brightlinepr.com"), to=[(None, CC)],
  subject="EMBARGOED until 7am CT 9/9: Nestwise launches demand response program with 14 Midwest utilities",
  date="2025-09-08 16:00",
  body="""FOR IMMEDIATE RELEASE - EMBARGOED UNTIL 7:00 AM CT, SEPTEMBER 9, 2025

Nestwise Launches "Comfort Share" Demand Response Program with 14 Midwest Utilities

MINNEAPOLIS, Sept. 9, 2025 - Nestwise, maker of the Nestwise Halo smart thermostat, today announced Comfort Share, a bring-your-own-thermostat demand response program now available to customers of 14 electric utilities across Iowa, Minnesota and Wisconsin.

Customers who enroll receive a $50 sign-up credit and let their thermostat adjust by up to 3 degrees during peak events. Participants can opt out of any individual event from the Nestwise app.

"Utilities need flexible load, and customers want control," said Priyanka Sethi, CEO of Nestwise. "Comfort Share gives both."

About Nestwise
Nestwise designs smart home energy products used in more than 900,000 homes.

Media contact:
Jenna Morrow, Brightline PR
jenna@brightlinepr.com | 612-555-0153

###

You are receiving this release because you are on Brightline PR's energy industry media list.
Unsubscribe from Brightline PR releases: https://brightlinepr.com/u/8812
""",
  note="Embargoed press release from a PR firm's media list; 'opt out of any event' and an unsubscribe link belong to the sender")

A(id="o14", mailbox="powerhousecatalog", cat="auto:press-release-association", lang="en", client="mandrill",
  frm=("National Catalog Marketers Association", "press@ncma-catalog.org"), to=[(None, PH)],
  subject="NCMA releases 2026 Consumer Privacy Guidelines for Catalog Marketers", date="2026-01-15 10:00",
  body="""NEWS RELEASE
For immediate release | January 15, 2026

NCMA RELEASES 2026 CONSUMER PRIVACY GUIDELINES FOR CATALOG MARKETERS

WASHINGTON - The National Catalog Marketers Association (NCMA) today published its 2026 Consumer Privacy Guidelines, updating member standards for list rental and exchange.

Key changes:
- Members must honor a consumer's request not to have their name shared, rented or exchanged within 10 business days, and pass the request to list managers and co-ops.
- Every catalog and e-mail must explain, in plain language, how to opt out of list sharing.
- Members must suppress DMAchoice and state do-not-mail registrations before every mailing.

"Consumers should be able to say 'don't share my name' once and have it stick," said NCMA president Robert Lindahl.

The full guidelines are available to members at ncma-catalog.org/privacy2026.

Contact: Claire Dunning, NCMA Communications, 202-555-0106

You receive NCMA news releases as a member company contact.
""",
  note="Trade association press release quoting \"don't share my name\" as an example; industry news, not a consumer's request")

A(id="o15", mailbox="customercare", cat="auto:press-release-city", lang="en", client="o365",
  frm=("City of Marion Communications", "communications@cityofmarion.org"),
  to=[(None, CC), (None, "newsdesk@kcrg.example"), (None, "editor@marion-times.example")],
  subject="NEWS RELEASE: Community solar open house at Lowe Park, Oct. 4", date="2025-09-24 14:15",
  body="""NEWS RELEASE
City of Marion, Iowa
For immediate release: September 24, 2025

Community Solar Open House at Lowe Park on October 4

MARION - The City of Marion, Linn County and Alliant Energy will host a community solar open house on Saturday, October 4, from 10 a.m. to 1 p.m. at the Lowe Park Arts & Environment Center, 4500 N. 10th St.

Residents can tour the new 1.2 MW solar garden, ask questions about subscriptions and bill credits, and learn about home energy assistance. Free and open to the public; kids' activities and food trucks on site.

Media contact:
Jordan Pietz, Communications Manager
319-555-0131 | communications@cityofmarion.org

###
""",
  note="City news release sent to a media list that includes our mailbox; event announcement, nothing asked of us")

# ------------------------------------------------------------------ webinars
A(id="o16", mailbox="customercare", cat="auto:webinar-invite-lawfirm", lang="en", client="hubspot",
  frm=("Hollister Grant LLP", "events@hollistergrant.com"), to=[(None, CC)],
  subject="Webinar Oct 29: State privacy laws and utilities - opt-outs, data sales and what's next",
  date="2025-10-08 09:15",
  body="""Hollister Grant LLP | Energy & Privacy Practice

COMPLIMENTARY WEBINAR
State Privacy Laws and Utilities: Opt-Outs, Data Sales and What's Next
Wednesday, October 29, 2025 | 12:00 - 1:00 p.m. CT | 1.0 CLE credit (pending)

Iowa's consumer privacy law takes effect January 1, 2025, joining a growing list of states. Our panel covers:
  - when a utility affiliate "sells" or "shares" customer data
  - handling opt-out and data deletion requests by e-mail
  - list rental and catalog affiliates
  - what regulators have asked for in recent audits

Speakers: Karen Hollister, Partner; David Mbeki, Counsel

REGISTER: https://hollistergrant.com/events/utility-privacy-2025

Hollister Grant LLP, 33 E Main St, Madison, WI 53703
This communication may be considered attorney advertising.
Update your preferences or unsubscribe: https://hollistergrant.com/preferences
""",
  note="Law-firm webinar invitation about opt-outs and data deletion; marketing from another company")

A(id="o17", mailbox="powerhousecatalog", cat="auto:webinar-invite-association", lang="en", client="mandrill",
  frm=("Print & Mail Alliance", "learn@printmailalliance.org"), to=[(None, PH)],
  subject="Live webinar: July 2026 postal rate changes - what catalogers must do now", date="2026-05-12 07:45",
  body="""PRINT & MAIL ALLIANCE - MEMBER WEBINAR

July 2026 Postal Rate Changes: What Catalogers Must Do Now
Tuesday, May 26, 2026 - 1:00 PM CT - 60 minutes - free for members

Marketing Mail flats are going up again. Learn how to:
  * model the increase against your summer and fall drops
  * use co-mail and commingling to offset it
  * qualify for the 2026 USPS promotions calendar

Presenter: Joel Haverkamp, Director of Postal Affairs

Register: https://printmailalliance.org/webinars/rate2026

You are receiving this as a member contact. Manage e-mail preferences in your member profile.
""",
  note="Trade association webinar invitation to the catalog mailbox; member marketing")

A(id="o18", mailbox="customercare", cat="auto:webinar-reminder", lang="en", client="ses",
  frm=("CX Summit Live", "noreply@cxsummitlive.com"), to=[(None, CC)],
  subject="Starting in 1 hour: Preference centers that customers actually use", date="2026-03-18 10:00",
  body="""Hi Customer Care,

Preference centers that customers actually use
starts in 1 hour, today at 11:00 AM CT.

Join the session: https://live.cxsummitlive.com/e/pref-centers?r=8812aa

Can't make it? We'll e-mail you the recording within 24 hours.

Add to calendar: https://live.cxsummitlive.com/ics/pref-centers

CX Summit Live | 500 W Madison St, Chicago, IL 60661
You registered for this session. Unsubscribe from session reminders:
https://live.cxsummitlive.com/unsub/8812aa
""",
  note="Webinar platform reminder ('starts in 1 hour') with its own unsubscribe link; system mail")

# ------------------------------------------------------------------ surveys from other companies
A(id="o19", mailbox="customercare", cat="auto:survey-vendor-csat", lang="en", client="sendgrid",
  frm=("Relaymail Support", "surveys@relaymail.io"), to=[(None, CC)],
  subject="How did we do? Your request #48213", date="2025-04-22 10:05",
  body="""Hi Customer Care,

Your support request #48213 "Unsubscribe link in footer not resolving" was
solved recently. How would you rate the support you received?

  Good, I'm satisfied:    https://relaymail.zendesk.com/satisfaction/48213/good
  Bad, I'm unsatisfied:   https://relaymail.zendesk.com/satisfaction/48213/bad

Thanks for helping us improve.
The Relaymail Support Team
""",
  note="Vendor customer-satisfaction survey after a support ticket; the ticket title mentions unsubscribe, still a survey")

A(id="o20", mailbox="customercare", cat="auto:survey-benchmark", lang="en", client="ses",
  frm=("Midwest Utility Communicators", "research@mwutilitycomm.org"), to=[(None, CC)],
  subject="10-minute survey: 2026 utility customer communications benchmark", date="2026-02-24 08:20",
  body="""Dear colleague,

Midwest Utility Communicators is running its annual benchmark of how utilities
communicate with customers. This year we added questions on:

  - how customers opt out of marketing, and how fast you process it
  - e-mail vs. text vs. mail preferences
  - affiliate marketing and list sharing

The survey takes about 10 minutes. Participants receive the full report free
(non-participants $450).

Take the survey: https://survey.mwutilitycomm.org/s/2026bench?id=AE-0211

Deadline: March 20, 2026. Individual answers stay confidential.

Thank you,
Dr. Helen Marchetti
Research Director, Midwest Utility Communicators
""",
  note="Industry association benchmark survey asking how we handle opt-outs; a survey from another organisation")

A(id="o21", mailbox="powerhousecatalog", cat="auto:survey-shipper", lang="en", client="sendgrid",
  frm=("Midwest Freightways", "feedback@midwestfreightways.com"), to=[(None, PH)],
  subject="Tell us about your recent shipment (PRO# 44718-2290)", date="2025-10-09 14:00", fmt="html",
  html="""<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;">
<table width="560" align="center" cellpadding="20" style="background:#fff;">
<tr><td><img src="https://cdn.midwestfreightways.com/email/logo.png" alt="Midwest Freightways" width="180"></td></tr>
<tr><td style="font-size:15px;color:#333;">
<p>Thank you for shipping with Midwest Freightways.</p>
<p>Your shipment <b>PRO# 44718-2290</b> (Madison, WI &rarr; Dubuque, IA) was delivered on October 7.</p>
<p><b>How likely are you to recommend Midwest Freightways to a colleague?</b></p>
<p>
<a href="https://survey.midwestfreightways.com/nps?p=447182290&amp;s=0">0</a> &nbsp;
<a href="https://survey.midwestfreightways.com/nps?p=447182290&amp;s=5">5</a> &nbsp;
<a href="https://survey.midwestfreightways.com/nps?p=447182290&amp;s=10">10</a>
</p>
<p style="font-size:11px;color:#999;">Midwest Freightways, 1900 Kennedy Rd, Janesville, WI 53545. To stop survey invitations, <a href="https://survey.midwestfreightways.com/optout?p=447182290">opt out here</a>.</p>
</td></tr></table></body></html>
""",
  note="Freight carrier NPS survey (HTML only) with its own 'opt out here' link; a survey, not a request")

# ------------------------------------------------------------------ community newsletters / list posts (no list headers)
A(id="o22", mailbox="customercare", cat="auto:community-newsletter", lang="en", client="gmail",
  frm=("Atwood Neighbors", "atwoodneighbors@gmail.com"),
  to=[(None, "atwoodneighbors@gmail.com"), (None, CC), (None, "district6@cityofmadison.example")],
  subject="Atwood Neighbors - November news", date="2025-11-02 19:40",
  body="""ATWOOD NEIGHBORS - NOVEMBER NEWS

Hi neighbors!

* Leaf pickup: our area's last round starts Nov 10. Keep piles off the bike lane please.
* Tree trimming: Alliant Energy crews will be trimming around the lines on Fair Oaks and Dunning the week of Nov 17. Questions go to Alliant, not to us :)
* Potluck: Thursday Nov 20, 6pm, Goodman Center. Bring a dish, bring a neighbor.
* Winter coat drive: drop-off bin at Lake Edge Lutheran through Dec 1.
* Energy help: the Goodman Center has volunteers on Tuesdays to help with heating assistance applications.

Want off this list? Just reply and tell me, I keep it by hand.

- Sue Brennan, newsletter volunteer
""",
  note="Hand-kept neighborhood newsletter with our mailbox in To; 'want off this list? reply' is the sender's own list, no request to us")

A(id="o23", mailbox="customercare", cat="auto:list-post-no-headers", lang="en", client="outlookcom",
  frm=("Dave Kettering", "dkettering_ee@hotmail.com"),
  to=[(None, "iowa-ee-pros@googlegroups.example"), (None, CC), (None, "midamerican-programs@example.com")],
  subject="RE: heat pump rebate stacking in Iowa?", date="2026-01-29 20:11", fmt="plain",
  body="""Jim and all,

(Keeping everyone Jim had on the original message.) From what I've seen on jobs in Linn and Johnson county you can stack the utility rebate with the federal 25C credit, but not with the manufacturer's instant rebate if the distributor already took it at the counter. Alliant's program sheet says the invoice has to show the full price before discounts.

Dave Kettering
Kettering Heating & Air, Cedar Rapids
""",
  note="Contractor's reply-all in an informal e-mail group whose first poster had put our mailbox on the To line; list traffic without list headers, talks about our rebates but asks us nothing")

A(id="o24", mailbox="customercare", cat="auto:community-newsletter-es", lang="es", client="yahoo",
  frm=("Centro Latino de Dubuque", "centrolatinodbq@yahoo.com"),
  to=[(None, "centrolatinodbq@yahoo.com"), (None, CC), (None, "parroquia.stpatrick@example.org")],
  subject="Boletín Centro Latino - noviembre 2025", date="2025-11-05 17:25",
  body="""BOLETÍN DEL CENTRO LATINO DE DUBUQUE
Noviembre 2025

¡Hola, familias!

- Clínica de impuestos: a partir del 15 de enero, los sábados de 9 a 1. Traigan sus formas W-2.
- Ayuda con la calefacción: la agencia de acción comunitaria recibe solicitudes de LIHEAP desde el 1 de noviembre. Tenemos voluntarios que ayudan en español los miércoles.
- Feria de salud: sábado 22 de noviembre en la escuela Audubon, vacunas contra la gripe gratis.
- Clases de inglés: lunes y miércoles a las 6:30 pm.

Representantes de Alliant Energy estarán en la feria para hablar de planes de pago y cómo ahorrar en la factura.

Si ya no quiere recibir este boletín, contéstenos y lo quitamos de la lista.

Con cariño,
Equipo del Centro Latino
""",
  note="Spanish community newsletter sent with our address in To; its 'contéstenos y lo quitamos' refers to its own list")

A(id="o25", mailbox="customercare", cat="auto:club-newsletter", lang="en", client="zimbra",
  frm=("Marion Rotary Club", "newsletter@marionrotary.example.org"),
  to=[(None, "members@marionrotary.example.org"), (None, CC)],
  subject="The Spoke - Rotary Club of Marion - week of March 9", date="2026-03-08 18:02",
  body="""THE SPOKE
Rotary Club of Marion | Week of March 9, 2026

This Tuesday: Our speaker is Rachel Dunlap from Alliant Energy's community relations team on the new community solar garden and the Hometown Care Energy Fund. Lunch at noon, Longbranch.

Service project: Habitat build Saturday the 21st, 8am. Sign-up sheet at the front table.

Birthdays: Gene T. (3/10), Marla K. (3/14).

Fines went to the dictionary project: $212 this month. Thank you, Bob, for your very expensive phone ringtone.

Yours in service,
Carol Ann Reding, newsletter editor
""",
  note="Rotary club bulletin whose distribution includes our mailbox because an Alliant speaker is coming; list mail without list headers")

A(id="o26", mailbox="powerhousecatalog", cat="auto:list-post-catalogers", lang="en", client="o365",
  frm=("Janet Oyelaran", "joyelaran@hearthsidehome.com"),
  to=[(None, "catalog-roundtable@example.org"), (None, PH), (None, "list@gardenwaycatalog.com")],
  subject="RE: co-op database results for home goods?", date="2025-07-09 11:48",
  body="""Replying all since a few of you asked offline.

We tested Meridian and one other co-op against our rented lists for the spring book. Meridian names came in at 1.4% / $62 AOV, about even with the best rented list (PowerHouse buyers, 1.6%). The other co-op was under 1%.

Two caveats: our do-not-share suppressions took 3 weeks to show up in their model pulls, and the merge/purge house had to re-run once.

Janet Oyelaran
Circulation Manager, Hearthside Home Goods
""",
  note="Reply-all post on a catalog marketers' discussion list, mentions our buyers list and suppressions; list traffic, no request")

A(id="o27", mailbox="customercare", cat="auto:church-bulletin", lang="en", client="ox",
  frm=("St. Mary Parish Office", "office.stmarymtvernon@comcast.net"),
  to=[(None, "office.stmarymtvernon@comcast.net"), (None, CC)],
  subject="St. Mary weekly bulletin - 3rd Sunday of Advent", date="2025-12-12 15:30",
  body="""St. Mary Parish - Weekly Bulletin
Third Sunday of Advent

Mass times: Sat 5:00 pm, Sun 8:00 and 10:30 am
Confession: Saturdays 3:30-4:30 pm

Giving Tree: please return gifts by Dec 14.
Energy assistance table: volunteers from Alliant Energy and the county will be in the parish hall after both Sunday masses on Dec 14 to help with heating bill assistance forms. Bring a recent bill.
Christmas schedule is on the back page.

Parish office: 319-555-0115

(You are receiving the bulletin because you signed up at the parish office or are a ministry partner.)
""",
  note="Parish bulletin sent to ministry partners including our mailbox; community mail, no request")

# ------------------------------------------------------------------ headerless out-of-office / gone
A(id="o28", mailbox="powerhousecatalog", cat="auto:ooo-vendor", lang="en", client="o365",
  frm=("Kara Lindgren", "klindgren@badgerstatemail.com"), to=[(None, PH)],
  subject="Automatic reply: PH summer file - DNS flags", date="2026-05-20 09:31",
  in_reply_to="<BN0PR08MB69541A2C3F7E9D0B4A3E6F11C8E2A@BN0PR08MB6954.namprd08.prod.outlook.com>",
  body="""Thank you for your email. I am out of the office through Tuesday, May 26 with limited access to email.

For job questions please contact our customer service team at cs@badgerstatemail.com or 608-555-0144. For anything urgent about a mailing in production, call our plant line at 608-555-0145.

Kara
""",
  note="Vendor's out-of-office reply without Auto-Submitted; subject mentions DNS flags from our own mail, still an auto-reply")

A(id="o29", mailbox="powerhousecatalog", cat="auto:no-longer-with-company", lang="en", client="vendor",
  frm=("Brad Kimmel", "bkimmel@lakesideprint.com"), send_domain="lakesideprint.com", to=[(None, PH)],
  subject="Re: Holiday book file copies", date="2025-11-20 10:12", fmt="plain", charset="us-ascii", no_msgid=True,
  hdr=[("X-Mailer", "Microsoft Outlook 16.0")],
  body="""Brad Kimmel is no longer with Lakeside Print Group. This mailbox is not monitored.

For estimating and new projects please contact Sandra Ulrich (sulrich@lakesideprint.com, 608-555-0171). For jobs in production contact customer service at cs@lakesideprint.com.
""",
  note="'No longer with the company' reply from a printer's address without any automated header; automated")

A(id="o30", mailbox="customercare", cat="auto:ooo-es", lang="es", client="o365",
  frm=("Gabriela Fuentes", "gfuentes@latiendita-waterloo.com"), to=[("Alliant Energy", CC)],
  subject="Respuesta automática: Charge at home for less: EV charger rebate up to $500", date="2025-07-03 07:10",
  accept_lang="es-US", content_lang="es-US",
  body="""Gracias por su mensaje. Estaré fuera de la oficina del 3 al 14 de julio por vacaciones y no tendré acceso al correo.

Para pedidos de la tienda, favor de llamar al 319-555-0132 o escribir a pedidos@latiendita-waterloo.com.

Saludos,
Gabriela Fuentes
La Tiendita Waterloo
""",
  note="Spanish out-of-office reply to our EV promotion with no Auto-Submitted header; automated, not an opt-out")

_p = PROMOS["thermostat"]
A(id="o31", mailbox="customercare", cat="auto:ooo-quoting-promo", lang="en", client="o365",
  frm=("Mark Dvorak", "mdvorak@hawkeyeag.com"), to=[("Alliant Energy", CC)],
  subject="Automatic reply: " + _p[0], date="2025-11-05 10:03",
  in_reply_to=promo_mid("2025-11-05 10:00", "thermostat", "a71c03e9b2"),
  body="""I am currently out of the office attending the Farm Progress conference and will return on Monday, November 10. I will respond to your message when I return.

If you need immediate assistance, please contact Jill Henning at 515-555-0109.

Thank you,
Mark Dvorak
Hawkeye Ag Supply

""" + outlook_block("Alliant Energy <customercare@alliant-energy.com>", "2025-11-05 10:00",
                    "mdvorak@hawkeyeag.com", _p[0], _p[1]),
  note="Out-of-office that quotes our whole thermostat promo including the opt-out footer; no automated header, still an auto-reply")

_s = SERVICE["payment_reminder"]
A(id="o32", mailbox="customercare", cat="auto:mailbox-not-monitored", lang="en", client="roundcube",
  frm=("Accounts", "accounts@prairiefieldsco-op.example.com"), to=[(None, CC)],
  subject="Re: " + _s[0], date="2026-03-04 06:15",
  body="""This inbox is no longer monitored.

Prairie Fields Co-op now handles vendor invoices and statements through our AP portal. Please send invoices to ap@prairiefieldsco-op.example.com or mail them to PO Box 118, Dyersville, IA 52040.

This is an unmonitored mailbox. Replies will not be read.
""",
  note="'Inbox no longer monitored' reply to our payment reminder, without Auto-Submitted; automated, even though it gives instructions")

_a = ACK.format(ref="CC-2025-12-03310")
A(id="o33", mailbox="customercare", cat="auto:ooo-reply-to-ack", lang="en", client="outlookcom",
  frm=("Shelby Nygaard", "shelby.nygaard@outlook.com"), to=[("Alliant Energy Customer Care", CC)],
  subject="Automatic reply: We received your request [CC-2025-12-03310]", date="2025-12-19 13:40",
  in_reply_to="<ack.CC-2025-12-03310.c5e91b07@alliant-energy.com>",
  body="""Hi! I'm away for the holidays until January 5th and checking email only occasionally. Merry Christmas and happy new year!

Shelby
""",
  note="Personal out-of-office answering our acknowledgement, no automated header; LOOP TRAP")

_p2 = PROMOS["ev"]
A(id="o34", mailbox="customercare", cat="auto:ooo-parental-leave", lang="en", client="gmail", dkim_d="coralvillesigns.com",
  frm=("Anjali Mehta", "anjali@coralvillesigns.com"), to=[(None, CC)],
  subject="Re: " + _p2[0], date="2026-01-14 08:00",
  body="""Hello! I'm on parental leave until March 30 and not checking email. For sign orders and quotes, please contact Ben at ben@coralvillesigns.com or 319-555-0167.

Thanks for your patience!
Anjali
""",
  note="Parental-leave auto-reply to our EV promotion, 'Re:' subject and no automated header at all; automated, not a reply to the offer")
