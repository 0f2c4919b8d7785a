"""Cold sales, SEO and agency outreach, their follow-ups, recruiters: people writing, none of it a request."""
from ours import CC, PH

A = dict(automated=True)


def S(**kw):
    d = dict(A)
    d.update(kw)
    return d


SEO1 = """Hi there,

I was looking at alliant-energy.com this morning and noticed a few things that are probably costing you
organic traffic:

  - 38 pages share the same meta description
  - your "rebates" pages load in 4.9s on mobile
  - no schema markup on the outage map page

We're a small team in Austin that does technical SEO for regulated industries (utilities, credit unions,
regional hospitals). Last year we took a Midwest co-op from page 3 to the top 5 for "energy rebates near me".

Would it be crazy to grab 15 minutes next week? I can send a free audit either way.

Cheers,
Trent Kowalczyk
Growth Lead | Rankwell Digital
rankwelldigital.com

If you'd rather not hear from me again, just reply "no thanks" and I'll take you off my list."""

SEO1_BUMP = """Hi again,

Just bumping this up in case it got buried. The audit is ready, happy to send it over, no strings.

Trent

On Tue, Feb 10, 2026 at 9:04 AM Trent Kowalczyk <trent@rankwelldigital.com> wrote:

""" + "\n".join("> " + l if l else ">" for l in SEO1.split("\n"))

SEO1_BREAKUP = """Hey,

I haven't heard back so I'll assume the timing isn't right. I'll close your file on my end.

If organic search ever becomes a priority for the privacy or rebate pages, you know where to find me.

All the best,
Trent"""

WEB = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hello Alliant team,</p>
<p>Your customers expect the same experience from their utility that they get from their bank app.
At <b>Northpine Studio</b> we design and build customer portals for energy companies: outage maps,
bill pay, rebate finders, all ADA-compliant and fast.</p>
<p>We'd love to show you a 3-minute video of the portal we launched for a water district in Ohio.</p>
<p><a href="https://northpinestudio.co/utilities?utm_source=outbound">See the case study &rarr;</a></p>
<p>Best regards,<br>Marisol Teague<br>Business Development, Northpine Studio<br>Columbus, OH</p>
<p style="font-size:11px;color:#888">Northpine Studio LLC, 88 E Broad St, Columbus OH 43215.
Not interested? <a href="https://northpinestudio.co/unsub?e=customercare">Unsubscribe</a> and you won't hear from us again.</p>
</body></html>"""

LEADS = """Hello,

Are you interested in acquiring a Utility Customers Email List for your marketing campaigns?

We can provide contacts of Residential Energy Consumers, Homeowners with Solar Interest, HVAC Decision
Makers etc. across USA with Name, Email, Phone, Mailing Address, Zip Code and more. All data is
opt-in verified and CAN-SPAM / CCPA compliant.

Kindly let me know your target criteria so that I can share counts, pricing and a sample for your review.

Regards,
Nancy Adams
Data Specialist

If you do not wish to receive further emails, please reply with "Leave Out" in the subject line."""

AGENCIA = """Estimado equipo de Alliant Energy:

Mi nombre es Camila Robledo y dirijo Brío Agencia Digital, en Guadalajara. Ayudamos a empresas de
servicios en Estados Unidos a comunicarse mejor con su clientela hispanohablante: campañas en redes
sociales, correo electrónico y anuncios en español, con textos escritos por nativos, no traducidos.

¿Tendría 20 minutos la próxima semana para una videollamada? Puedo compartirle ejemplos de campañas
que hicimos para una cooperativa eléctrica de Texas.

Un saludo cordial,
Camila Robledo
Directora de Cuentas | Brío Agencia Digital
+52 33 1234 0987

Si no desea recibir más correos nuestros, responda "baja" y lo retiramos de nuestra lista."""

AGENCIA_FU = """Hola de nuevo,

Le escribo solo para dar seguimiento a mi mensaje anterior. Entiendo que su bandeja está llena;
si no es usted la persona indicada, ¿podría indicarme con quién debería hablar sobre marketing
en español?

Gracias de antemano,
Camila"""

PPC = """Quick question -- who handles paid search for Alliant Energy?

I run Google Ads accounts for 9 utilities and energy retailers. Most are overpaying 20-35% on
branded clicks because competitors bid on their names. I took a look at yours and I think the same
thing is happening with "alliant energy pay bill".

Worth a chat?

Devin
--
Devin Farouk | Founder, ClickLedger
(312) 555-0144"""

PRIVSAAS = """Hi Customer Care team,

Handling opt-out and "do not sell or share" requests by hand? Most utilities we talk to still copy
them from a shared inbox into a spreadsheet, and miss the CCPA 15-business-day clock about 1 time in 12.

ConsentLoop reads your privacy inbox, classifies each request (opt-out, suppression, access, deletion),
writes it to your CRM and sends the acknowledgement. Setup takes an afternoon.

Can I send you a 2-page overview? Or, if someone else owns privacy operations, a name would be great.

Thanks,
Priya Venkataraman
Account Executive, ConsentLoop
consentloop.io | SOC 2 Type II

Don't want to hear about ConsentLoop? Click here to opt out: https://consentloop.io/prefs"""

PRIVSAAS_FU = """Hi again -- one more try before I stop.

We just published a short guide: "Suppression lists for utilities: 7 mistakes that trigger complaints".
Want me to send it your way?

Priya"""

PODCAST = """Hey team!

I host "Grid & Grit", a weekly podcast about the people who keep the lights on (about 14k listens per
episode). We'd love to have someone from Alliant on to talk about how utilities handle customer data
and privacy these days. Super casual, 30 minutes, recorded over Zoom.

Would someone on your side be up for it? Any week in March or April works.

Thanks a ton,
Jolene Baptiste
Host & Producer, Grid & Grit"""

GUEST = """Dear Webmaster,

I hope this email finds you well. I am reaching out to offer a high quality guest article for your
website on the topic "10 Ways to Save on Your Energy Bill This Winter". The article will be 100%
unique, written by a professional writer and will include one do-follow link to our client's site.

We are also happy to pay a publishing fee. Please let me know your price for a sponsored post.

Waiting for your kind response.

Thanks & Regards
Aarav Mehta
Outreach Manager"""

SOLAR = """Good afternoon,

My name is Garrett Lind, I'm the regional partnerships manager at SunHarbor Solar. We install
residential solar in Iowa and Wisconsin and we'd like to explore a referral partnership with
Alliant: your customers who ask about solar get a free quote from us, and you get a per-install fee.

We also have a co-marketing option where we'd mail your customers a joint offer (we'd handle printing,
postage and any suppression/do-not-mail lists you give us).

Is there someone in marketing or partnerships I should speak with?

Regards,
Garrett Lind
SunHarbor Solar | Des Moines, IA"""

VIDEO = """hi!! 👋

saw your "winter safety" video on youtube, nice work. we make short explainer videos (60-90 sec)
for utilities and co-ops: outage reporting, scam warnings, how to read your bill. flat price, 3 week turnaround.

here's our reel → framebright.tv/reel

want me to put together a quick concept for free?

— Noor @ Framebright"""

REC1 = """Hi,

I'm reaching out because your background looks like a great fit for a Privacy Operations Analyst
role I'm filling for a Fortune 500 energy company in Chicago (hybrid, 3 days on site).

- Handle consumer privacy requests (access, deletion, opt-out of sale/sharing)
- Maintain suppression and do-not-contact lists across marketing systems
- $78-92k + bonus

If you're open to a conversation, reply with a good time and a copy of your resume. If not, would you
mind forwarding this to someone who might be interested?

Best,
Kendra Wolfe
Senior Technical Recruiter | Talentbridge Search Partners"""

REC2 = """Hello Hiring Manager,

We are a staffing firm with 20 years' experience supporting utilities. We currently have several
pre-screened candidates available immediately for Customer Service Representative, Billing Specialist
and Call Center Supervisor positions, for contract or contract-to-hire.

Attached is a short summary of three of our candidates. If you have any open needs, please reply
and I will schedule interviews at your convenience.

Kind regards,
Roberto Salas
Account Manager, Midstate Staffing Group"""

REC3 = """Buenos días:

Somos Talento Hispano, una bolsa de trabajo especializada en personal bilingüe para centros de
atención telefónica. Contamos con agentes con experiencia en servicio al cliente de compañías de
luz y gas, listos para incorporarse de inmediato.

Si en algún momento necesitan reforzar su equipo de atención en español, con gusto les envío
perfiles y tarifas.

Atentamente,
Lucía Herrera Pons
Coordinadora de Reclutamiento"""

SPECS = [
    S(id="seo-rankwell-1", mailbox="customercare", client="workspace", frm=("Trent Kowalczyk", "trent@rankwelldigital.com"),
      date="2026-02-10 09:04", subject="alliant-energy.com: 3 quick SEO fixes", body=SEO1, fmt="plain",
      mailer="Mixmax", cat="auto:cold-seo", note="Cold SEO pitch; its 'reply no thanks to be taken off my list' is the sender's own list, not a request to us"),
    S(id="seo-rankwell-2", mailbox="customercare", client="workspace", frm=("Trent Kowalczyk", "trent@rankwelldigital.com"),
      date="2026-02-17 08:51", subject="Re: alliant-energy.com: 3 quick SEO fixes", body=SEO1_BUMP,
      irt="<CAK7rw-seo1@mail.gmail.com>", mailer="Mixmax", cat="auto:cold-seo-bump",
      note="'Just bumping this up' follow-up quoting its own earlier cold pitch; Re: of the sender's own mail, not of ours"),
    S(id="seo-rankwell-3", mailbox="customercare", client="workspace", frm=("Trent Kowalczyk", "trent@rankwelldigital.com"),
      date="2026-03-03 10:12", subject="Closing the loop", body=SEO1_BREAKUP, fmt="plain", mailer="Mixmax",
      cat="auto:cold-seo-breakup", note="Sales 'break-up' mail (closing the loop) at the end of a cold sequence"),
    S(id="web-northpine", mailbox="customercare", client="hubspot", frm=("Marisol Teague", "marisol@northpinestudio.co"),
      date="2026-04-07 11:30", subject="A portal your customers will actually use", body="", html=WEB, fmt="html",
      cat="auto:cold-webdesign", note="HTML-only agency pitch through HubSpot with its own Unsubscribe link"),
    S(id="leads-list", mailbox="powerhousecatalog", client="outlookcom", frm=("Nancy Adams", "nancy.adams.data@outlook.com"),
      date="2026-05-19 03:41", subject="Utility Customers Email List", body=LEADS, fmt="plain",
      cat="auto:list-seller", note="Lead-list seller; 'opt-in verified', 'CCPA compliant', 'Leave Out' are its boilerplate"),
    S(id="agencia-brio", mailbox="customercare", client="zoho", frm=("Camila Robledo", "camila@brioagencia.mx"),
      date="2026-06-02 10:05", subject="Campañas en español para sus clientes hispanos", body=AGENCIA, tz="-0600",
      lang="es", cat="auto:cold-agency-es", note="Spanish cold pitch from a Mexican agency; 'responda baja' refers to the agency's own list"),
    S(id="agencia-brio-fu", mailbox="customercare", client="zoho", frm=("Camila Robledo", "camila@brioagencia.mx"),
      date="2026-06-11 09:40", subject="Re: Campañas en español para sus clientes hispanos", body=AGENCIA_FU,
      irt="<brio-first@zoho.com>", lang="es", cat="auto:cold-agency-es-bump",
      note="Spanish follow-up to a cold pitch asking who the right contact is; outreach, not a customer question"),
    S(id="ppc-clickledger", mailbox="customercare", client="gmail", frm=("Devin Farouk", "devin@clickledger.com"),
      date="2026-07-14 07:58", subject="who runs paid search?", body=PPC, fmt="plain",
      cat="auto:cold-ppc", note="Cold pitch phrased as a question ('who handles paid search?'); outreach is automated per the rulebook"),
    S(id="saas-consentloop", mailbox="customercare", client="hubspot", frm=("Priya Venkataraman", "priya@consentloop.io"),
      date="2026-08-04 13:15", subject="Your opt-out inbox, on autopilot", body=PRIVSAAS,
      cat="auto:cold-privacy-saas", note="Privacy-software pitch full of 'opt-out', 'do not sell or share', 'suppression'; none of it is the sender's request"),
    S(id="saas-consentloop-fu", mailbox="powerhousecatalog", client="hubspot", frm=("Priya Venkataraman", "priya@consentloop.io"),
      date="2026-08-13 08:02", subject="Re: Your opt-out inbox, on autopilot", body=PRIVSAAS_FU, fmt="plain",
      irt="<1754312100412.4471129@consentloop.io>", cat="auto:cold-privacy-saas-bump",
      note="Follow-up of the privacy-software pitch sent to the catalog mailbox; mentions suppression lists"),
    S(id="podcast-gridgrit", mailbox="customercare", client="gmail", frm=("Jolene Baptiste", "gridandgritpod@gmail.com"),
      date="2026-02-24 16:20", subject="Podcast invite: utilities + customer privacy", body=PODCAST,
      cat="auto:cold-podcast", note="Podcast guest invitation from a gmail address; outreach about privacy, no customer request"),
    S(id="guestpost", mailbox="customercare", client="gmail", frm=("Aarav Mehta", "aarav.outreachdesk@gmail.com"),
      date="2026-09-09 02:13", subject="Guest Post Collaboration", body=GUEST, fmt="plain",
      cat="auto:cold-guestpost", note="Paid guest-post / link-building request; 'Please let me know your price' is sales"),
    S(id="solar-sunharbor", mailbox="customercare", client="o365", frm=("Garrett Lind", "glind@sunharborsolar.com"),
      date="2026-03-26 14:47", subject="Referral partnership idea", body=SOLAR,
      cat="auto:cold-partnership", note="Partnership pitch that offers to honour our 'suppression/do-not-mail lists'; business outreach"),
    S(id="video-framebright", mailbox="customercare", client="gmail", frm=("Noor Haddad", "noor@framebright.tv"),
      date="2026-10-06 12:31", subject="your winter safety video", body=VIDEO,
      cat="auto:cold-video", note="Casual lowercase cold pitch with emoji; outreach"),
    S(id="rec-talentbridge", mailbox="customercare", client="o365", frm=("Kendra Wolfe", "kwolfe@talentbridgesearch.com"),
      date="2026-01-20 10:22", subject="Privacy Operations Analyst - Chicago (hybrid)", body=REC1,
      cat="auto:recruiter", note="Recruiter mail describing opt-out and suppression work; asks us to reply or forward, still outreach"),
    S(id="rec-midstate", mailbox="customercare", client="outlookpc", frm=("Roberto Salas", "rsalas@midstatestaffing.com"),
      date="2026-04-28 08:15", subject="Available candidates - Customer Service / Billing", body=REC2,
      attach=[dict(ctype="application/pdf", name="Candidate_Summary_April.pdf",
                   data=None)], cat="auto:recruiter-staffing",
      note="Staffing agency offering candidates, with a PDF summary"),
    S(id="rec-talentohispano", mailbox="customercare", client="gmail", frm=("Lucía Herrera Pons", "reclutamiento@talentohispano.com.mx"),
      date="2026-05-06 09:10", subject="Personal bilingüe para su centro de atención", body=REC3, fmt="plain",
      lang="es", cat="auto:recruiter-es", note="Spanish job-board / recruiting pitch"),
]

import mime  # noqa: E402
SPECS[15]["attach"][0]["data"] = mime.pdf("Midstate Staffing Group\nCandidate summary, April 2026\n\n"
                                          "1. CSR, 6 yrs utility call center, bilingual\n2. Billing specialist, SAP IS-U\n"
                                          "3. Call center supervisor, 11 yrs")
