"""Every message of the `templates` set, as a spec. Order here is writing order; files are numbered by arrival time.

Human messages: H(...). Messages whose headers/MIME the spec writes itself: C(...) with a make() function.
Labels follow /work/shared/LABELS.md; see README.md for the decisions taken on its hard cases.
"""
import textwrap

import engine as E
from ours import CAMPAIGNS, CC, PH, NOREPLY

SPECS = []
MB = {"customercare": CC, "powerhousecatalog": PH}


def T(s):
    return textwrap.dedent(s).strip("\n")


def H(sid, cat, lang, prog, mb, when, zone, frm, subject, text, labels=(), unclear=False, ent=None, note="", ack="from", **kw):
    d = dict(sid=sid, cat=cat, lang=lang, prog=prog, mb=mb, when=when, zone=zone, frm=frm, subject=subject, text=text,
             labels=list(labels), unclear=unclear, ent=ent or {}, note=note, ack=ack, automated=False)
    q = kw.get("quote")
    if "to" not in kw and q and not q.get("fwd"):
        # a reply goes to the display name and address of the mail it answers
        kw["to"] = [CAMPAIGNS[q["src"]]["frm"]] if q["src"] in CAMPAIGNS else [("Alliant Energy Customer Care", CC)]
        assert kw["to"][0][1] == MB[mb], sid
    d.setdefault("to", [("", MB[mb])])
    d.update(kw)
    SPECS.append(d)


def C(sid, cat, lang, progname, mb, when, zone, frm, make, labels=(), unclear=False, ent=None, note="", ack="from",
      automated=False, **kw):
    d = dict(sid=sid, cat=cat, lang=lang, prog="custom", progname=progname, mb=mb, when=when, zone=zone, frm=frm, make=make,
             labels=list(labels), unclear=unclear, ent=ent or {}, note=note, ack=ack, automated=automated)
    d.update(kw)
    SPECS.append(d)


# ---------------------------------------------------------------------------------------------------------------
# Template texts that circulate on consumer sites (our own invented wording).
PCA_FOOTER = "-- Letter template courtesy of Prairie Consumers Alliance (prairieconsumers.org). Free to copy and share."


def pca_letter(name, address, extra_before_sign=""):
    return T(f"""
    To the Privacy Officer:

    I am writing to exercise my right to opt out of the sale and sharing of my personal information. Please do not sell, rent, trade, exchange or otherwise share my name, address, telephone number, e-mail address or any other information about me with any third party, including affiliates, list brokers and other catalog or marketing companies.

    Please apply this request to every record you hold under my name and address, and confirm in writing once it has been processed.

    Name: {name}
    Address: {address}
    """) + ("\n\n" + extra_before_sign if extra_before_sign else "") + "\n\nThank you,\n" + name


def ccpa_optout(name, address, email, custno="", state_line=True):
    s = T(f"""
    Re: Request to Opt-Out of Sale/Sharing of Personal Information (Cal. Civ. Code § 1798.120)

    Dear Sir or Madam:

    I hereby direct you not to sell or share my personal information, as those terms are defined in the California Consumer Privacy Act, as amended by the California Privacy Rights Act. This request applies to all personal information you have collected about me, including information collected through cookies, pixels and similar technologies.

    Under Cal. Civ. Code § 1798.135 and the CCPA regulations, you must comply with this request as soon as feasibly possible and no later than 15 business days from receipt. Please do not require me to create an account or provide more information than is reasonably necessary to process this request.

    My identifying information:
    Full name: {name}
    Mailing address: {address}
    E-mail: {email}
    """)
    if custno:
        s += "\nCustomer number: " + custno
    return s + "\n\nSincerely,\n" + name


# ===============================================================================================================
# 1. CCPA / CPRA "Do Not Sell or Share" templates
# ===============================================================================================================
H("cc-filled", "template: do-not-sell/share (CCPA/CPRA)", "en", "gmail_web", "powerhousecatalog", "2024-09-23 20:41", "C",
  ("Deborah Kessler", "dkessler.cr@gmail.com"), "Request to Opt-Out of Sale/Sharing of Personal Information",
  ccpa_optout("Deborah Kessler", "4417 Larkspur Ln, Cedar Rapids, IA 52402", "dkessler.cr@gmail.com",
              "0048213377 (from the catalog label)"),
  labels=["catalog_share_opt_out"], ent={"name": "Deborah Kessler", "postal_code": "52402", "account": "0048213377"},
  note="CCPA do-not-sell/share template, fully filled in by an Iowa catalog customer; 'confirm within 15 business days' is what the acknowledgement does, not a question; the catalog is not stopped")

H("cc-unfilled", "template: brackets unfilled", "en", "outlook_ios", "powerhousecatalog", "2024-10-02 07:12", "C",
  ("K McAlister", "kmcalister77@hotmail.com"), "Opt out of sale of personal information",
  T("""
  Dear [COMPANY NAME] Privacy Officer,

  I am writing to exercise my right to opt out of the sale and sharing of my personal information under [STATE] law. My name is [YOUR FULL NAME] and my mailing address is [STREET ADDRESS, CITY, STATE ZIP].

  Please do not sell, rent, share or otherwise disclose my personal information to any third party, and confirm that you have done so within [15/45] days.

  Sincerely,
  [YOUR NAME]
  """),
  labels=["catalog_share_opt_out"], ent={},
  note="every bracket left unfilled, but the request itself (do not sell/share) is unmistakable and the sender is reachable; no name/ZIP in the body (display name only in From: is not an entity)")

H("cc-cross-context", "template: do-not-sell/share (CCPA/CPRA)", "en", "yahoo_web", "customercare", "2024-10-07 13:05", "C",
  ("Lorraine Whitcomb", "lwhitcomb52@yahoo.com"), "Do Not Sell or Share My Personal Information",
  T("""
  To whom it may concern,

  Please treat this message as my request to opt out of the sale of my personal information and of the sharing of my personal information for cross-context behavioral advertising.

  This request covers all personal information about me, including information collected by cookies, tracking pixels and software development kits on your websites and apps, and any customer or mailing list that contains my name and address. Please also forward this request to any third party to which you have sold or shared my personal information.

  Lorraine Whitcomb
  118 Moorland Rd
  Madison, WI 53704
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Lorraine Whitcomb", "postal_code": "53704"},
  note="CPRA-style do-not-sell/share sent to the general mailbox; sharing opt-out applies to the catalog list; 'forward to third parties' is part of the opt-out, not a question")

H("cc-both-mac", "template: do-not-sell + marketing", "en", "apple_mail", "customercare", "2024-10-10 21:17", "C",
  ("Philip Nagel", "pnagel@icloud.com"), "Opt-Out of Sale and Marketing Communications",
  T("""
  To the Privacy Department of Alliant Energy and its affiliates:

  I request that you:

  1. Do not sell or share my personal information with any third party.
  2. Remove me from all of your direct marketing lists, including postal mail, e-mail and telephone. This includes the PowerHouse Catalog.

  This request applies to all members of the Alliant Energy family of companies.

  Philip Nagel
  2880 Asbury Rd
  Dubuque, IA 52001-2215
  """),
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Philip Nagel", "postal_code": "52001-2215"},
  note="numbered template: both opt-outs stated; ZIP+4 kept as written")

H("cc-wrong-company", "unclear: template addressed to another company", "en", "xfinity_web", "powerhousecatalog", "2024-10-21 16:48", "C",
  ("Barbara Oyelaran", "boyelaran@comcast.net"), "Do Not Sell My Personal Information - Account 8155 20 013 0412877",
  T("""
  Dear Comcast Privacy Team,

  I am a Comcast Xfinity customer (account number 8155 20 013 0412877). Under the California Consumer Privacy Act I direct Comcast not to sell or share my personal information, including my viewing history and the information you collect through my Xfinity equipment.

  Please confirm that my account has been opted out.

  Barbara Oyelaran
  """),
  labels=[], unclear=True, ent={"name": "Barbara Oyelaran"},
  note="letter written to Comcast about a Comcast account and sent only to our catalog mailbox: nothing says it is meant for us (mis-sent?); a person must check; the Comcast number is not our account")

H("cc-sensitive", "template: do-not-sell + limit sensitive PI", "en", "thunderbird", "customercare", "2024-10-24 22:36", "C",
  ("Anand Krishnamurthy", "anand.k@mchsi.com"), "CPRA request: opt out of sale/sharing and limit use of sensitive personal information",
  T("""
  Hello,

  Please accept this as two requests under the California Privacy Rights Act, which I am asking you to honor even though I live in Iowa:

  (1) Request to opt out of the sale and sharing of my personal information. Do not sell, share, rent or exchange my name, address or any other personal information, including with the PowerHouse Catalog's list partners.

  (2) Request to limit the use and disclosure of my sensitive personal information. I consider my smart-meter interval data and anything that shows when my house is empty to be sensitive. Please tell me what you use it for and limit it to what is needed to bill me.

  Anand Krishnamurthy
  1504 Prairie du Chien Rd
  Iowa City, IA 52245
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Anand Krishnamurthy", "postal_code": "52245"},
  note="share opt-out plus a 'limit use of sensitive PI' request about smart-meter data that staff must answer")

H("cc-iphone-short", "plain: do-not-sell", "en", "iphone_mail", "powerhousecatalog", "2024-10-28 12:03", "C",
  ("Gary Lindqvist", "glindqvist@icloud.com"), "Do not sell",
  "Do not sell my personal information.\n\nGary Lindqvist",
  labels=["catalog_share_opt_out"], ent={"name": "Gary Lindqvist"},
  note="one sentence, the statutory phrase used plainly: sharing opt-out only")

H("cc-instructions-left", "template: website instructions left in", "en", "gmail_web", "powerhousecatalog", "2024-11-05 19:26", "C",
  ("Tamsin Okafor", "tamsin.okafor@gmail.com"), "Do Not Sell My Personal Information",
  T("""
  --- COPY THE TEXT BELOW THIS LINE. REPLACE EVERYTHING IN CAPITALS. ---

  To the Privacy Department:

  I am contacting you to exercise my right to opt out of the sale of my personal information. Please:

  (1) stop selling, renting, trading or sharing my personal information with anyone;
  (2) tell any company you have given my information to in the last 12 months that I have opted out; and
  (3) confirm in writing when this is done.

  Name: Tamsin Okafor
  Mailing address: 918 W Summit Ave, Ottumwa, IA 52501
  Email: tamsin.okafor@gmail.com

  --- END OF TEMPLATE ---
  Tip: send the same letter to every company on our list and keep a copy for your records.
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Tamsin Okafor", "postal_code": "52501"},
  note="the template site's own instructions were pasted along with the letter; they are not requests; 'tell the companies you gave it to' is part of the opt-out")

H("cc-es", "template: do-not-sell (Spanish)", "es", "gmail_android", "powerhousecatalog", "2024-11-08 18:52", "C",
  ("Guadalupe Ibarra", "lupita.ibarra.soto@gmail.com"), "Solicitud para no vender ni compartir mi información personal",
  T("""
  A quien corresponda:

  Por medio de la presente solicito que no vendan, renten, intercambien ni compartan mi nombre, mi dirección ni ningún otro dato personal con terceros, incluidas otras empresas de catálogos.

  Nombre: Guadalupe Ibarra Soto
  Dirección: 1507 Bluff St, Des Moines, IA 50309

  Les agradeceré confirmar por escrito que mi solicitud fue procesada.

  Atentamente,
  Guadalupe Ibarra Soto
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Guadalupe Ibarra Soto", "postal_code": "50309"},
  note="Spanish do-not-sell/share template; confirmation request is not a separate question; full two-surname name as written in the body")

H("cc-keep-catalog", "plain: keep catalog, don't share", "en", "yahoo_web", "powerhousecatalog", "2024-11-14 10:31", "C",
  ("Marjorie Fenske", "margefenske@yahoo.com"), "my name",
  T("""
  Hi,

  I really do enjoy the PowerHouse catalog and want to keep getting it. But I saw the little note about sharing the list with other catalog companies, and I would rather you didn't sell or rent my name. I already get enough junk mail.

  Thank you,
  Marjorie Fenske
  2207 Hawthorne Dr
  Waterloo IA 50701
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Marjorie Fenske", "postal_code": "50701"},
  note="keeps the catalog, refuses sharing: sharing opt-out only (never stop her catalog)")

H("cc-gpc", "GPC / do-not-sell link", "en", "gmail_web", "customercare", "2024-11-19 08:44", "C",
  ("Derek Halvorsen", "derek.halvorsen@gmail.com"), "Your website ignores Global Privacy Control",
  T("""
  Hello,

  I browse with Global Privacy Control turned on. Under the CCPA regulations a business has to treat a GPC signal as a valid request to opt out of sale and sharing, and several states now say the same. When I log in to My Account your site still loads Facebook and Google ad trackers.

  Please treat this email as my opt-out of sale and sharing for my account, and tell me whether you honor GPC at all.

  Derek Halvorsen
  Account 3310 427 1185
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Derek Halvorsen", "account": "3310 427 1185"},
  note="explicit opt-out of sale/sharing (so the share label) plus a real question about whether GPC is honored")

H("gpc-question", "GPC / do-not-sell link", "en", "proton_web", "customercare", "2024-12-02 15:09", "E",
  ("", "jamsel@proton.me"), "Global Privacy Control",
  T("""
  Quick question: does alliantenergy.com honor the Global Privacy Control signal? If so, does that also cover the PowerHouse catalog mailing list, or only the website?

  Thanks.
  J. Amsel
  """),
  labels=["question"], ent={"name": "J. Amsel"},
  note="asks whether GPC is honored and what it covers; asks for nothing to be done: question only")

H("dns-link", "GPC / do-not-sell link", "en", "outlook_web", "customercare", "2024-12-05 12:22", "C",
  ("Ivy Castellanos", "ivy.castellanos@outlook.com"), "Where is your Do Not Sell link?",
  T("""
  Where is your "Do Not Sell or Share My Personal Information" link? Every other company has one at the bottom of the page and I can't find it anywhere on your site or the PowerHouse site.

  Until I find it, consider this email my request that PowerHouse not rent or exchange my name and address with anybody.

  Ivy Castellanos
  Ames, IA 50010
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Ivy Castellanos", "postal_code": "50010"},
  note="asks where the link is (question) and makes the sharing opt-out now in plain words")

# ===============================================================================================================
# 2. CAN-SPAM
# ===============================================================================================================
H("canspam-angry", "template: CAN-SPAM", "en", "outlook_desktop", "customercare", "2024-10-24 08:15", "C",
  ("Kurt Bremer", "kurt@bremerplumbingheating.com"), "RE: Fall savings: $50 back on a smart thermostat",
  T("""
  This is the THIRD time I have asked to be removed from your promotional emails.

  Under the CAN-SPAM Act (15 U.S.C. 7704(a)(4)) you are required to honor an opt-out request within 10 business days. I replied "unsubscribe" on September 18 and used your preferences page on October 2. Remove this address now and tell me why it hasn't happened.

  Kurt Bremer
  Bremer Plumbing & Heating
  611 4th Ave SE, Cedar Rapids, IA 52401
  319-555-0147
  """),
  quote=dict(src="P2"), provider="m365",
  labels=["marketing_opt_out", "question"], ent={"name": "Kurt Bremer", "postal_code": "52401"},
  note="top-posted over our thermostat promo: opt-out plus a complaint that earlier requests were ignored (needs an answer); quoted footer and our 53718 are ignored; business signature ZIP counts")

H("canspam-template", "template: CAN-SPAM", "en", "gmail_web", "customercare", "2024-11-01 11:38", "C",
  ("", "dropthespam.hb@gmail.com"), "CAN-SPAM Opt-Out Notice",
  T("""
  To Whom It May Concern:

  Pursuant to the CAN-SPAM Act of 2003 (15 U.S.C. § 7701 et seq.), I request that you remove the e-mail address [YOUR EMAIL ADDRESS] from all of your commercial e-mail lists. You are required to honor this request within 10 business days, and you may not sell or transfer my e-mail address to any other party.

  Any commercial e-mail sent to this address after that time will be a violation of federal law.
  """),
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={},
  note="CAN-SPAM template with the address bracket unfilled (the From address is the one meant); 'may not sell or transfer my e-mail address' is a do-not-sell in the sender's words even though we never share e-mail")

H("canspam-postal", "template: CAN-SPAM", "en", "yahoo_web", "powerhousecatalog", "2024-11-11 14:02", "C",
  ("Wendell Ostrowski", "wostrowski@yahoo.com"), "Stop mailing catalogs - CAN-SPAM",
  T("""
  Under the CAN-SPAM Act and the DMA's Mail Preference Service I demand that you stop mailing me your catalog. I registered with DMAchoice in August.

  Wendell Ostrowski
  RR 2 Box 118
  Monona, IA 52159
  """),
  labels=["marketing_opt_out"], ent={"name": "Wendell Ostrowski", "postal_code": "52159"},
  note="cites the wrong law (CAN-SPAM does not cover paper mail) but the request to stop the catalog is clear: marketing opt-out")

H("canspam-iphone-reply", "template: CAN-SPAM", "en", "iphone_mail", "powerhousecatalog", "2024-11-13 07:48", "C",
  ("", "trevor.lund88@icloud.com"), "Re: Holiday Preview: gifts for every room",
  "Unsubscribe me. I never signed up for this. How did you get my email address?? Can spam act.",
  quote=dict(src="P3", first="Trevor"),
  labels=["marketing_opt_out", "question"], ent={},
  note="reply to the catalog e-mail: unsubscribe (marketing, never a sharing opt-out) plus a real question about where the address came from; the quoted sharing footer is ours")

H("canspam-es-reply", "template: CAN-SPAM", "es", "gmail_android", "customercare", "2025-01-15 20:27", "C",
  ("Rosa Delgado", "rosadelgado.ia@gmail.com"), "Re: Free Home Energy Assessment",
  "Por favor quítenme de su lista de correos promocionales. Ya lo pedí una vez. CAN-SPAM Act.\n\nGracias\nRosa",
  quote=dict(src="P5"),
  labels=["marketing_opt_out"], ent={"name": "Rosa"},
  note="Spanish unsubscribe under our promo; 'I already asked once' is not a question; a first name alone counts (LABELS.md)")

# ===============================================================================================================
# 3. State laws
# ===============================================================================================================
H("iowa-icdpa", "template: state law", "en", "gmail_web", "customercare", "2025-01-08 09:57", "C",
  ("Kelsey Vandenberg", "kvandenberg@gmail.com"), "Iowa Consumer Data Protection Act - opt-out and access request",
  T("""
  To Alliant Energy:

  The Iowa Consumer Data Protection Act (Iowa Code chapter 715D) took effect on January 1, 2025. As an Iowa consumer I am exercising my rights under Iowa Code § 715D.3:

  a) I opt out of the sale of my personal data.
  b) I opt out of the processing of my personal data for targeted advertising.
  c) I request confirmation of whether you process my personal data, and access to that data.

  Please respond within the 90 days the law allows.

  Kelsey Vandenberg
  Account #: 8821-44109-3
  North Liberty, IA 52240
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Kelsey Vandenberg", "postal_code": "52240", "account": "8821-44109-3"},
  note="Iowa ICDPA: opt-out of sale (share label) + access request (question); a targeted-ads opt-out is not a request to stop promotional mail/e-mail, so no marketing label")

H("wisconsin-plain", "plain: both opt-outs", "en", "thunderbird", "customercare", "2024-10-29 19:40", "C",
  ("Arlen Poehlmann", "apoehlmann@tds.net"), "marketing and my info",
  T("""
  I know Wisconsin doesn't have one of those consumer privacy laws like California, but I'm asking anyway.

  Please take me off your marketing mail, the paper kind and the email kind, and don't sell or give my information to anyone.

  Arlen Poehlmann
  4410 Buckeye Rd
  Madison WI 53714
  """),
  provider="generic", helo="mail-out.tds.net", selector="tds2019",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Arlen Poehlmann", "postal_code": "53714"},
  note="no law cited, plainly written, both opt-outs")

H("nevada", "template: state law", "en", "outlook_web", "powerhousecatalog", "2024-12-09 17:33", "P",
  ("Celeste Marchetti", "celeste.marchetti@outlook.com"), "Nevada Privacy Law Opt-Out Request (NRS 603A.345)",
  T("""
  Dear PowerHouse Catalog,

  Pursuant to NRS 603A.345, I am submitting a verified request that you not make any sale of covered information that you have collected or will collect about me.

  I moved to Henderson last year, and your catalog is still forwarded to me from my old Iowa address.

  Celeste Marchetti
  2291 Sunridge Heights Pkwy
  Henderson, NV 89052
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Celeste Marchetti", "postal_code": "89052"},
  note="Nevada sale opt-out = sharing opt-out; the move is mentioned but no change of address or catalog stop is asked")

H("colorado", "template: state law", "en", "apple_mail", "customercare", "2024-12-12 20:05", "M",
  ("Owen Fairbanks", "ofairbanks@me.com"), "Colorado Privacy Act opt-out",
  T("""
  Hello,

  Under the Colorado Privacy Act (C.R.S. 6-1-1306) I opt out of the sale of my personal data and of its use for targeted advertising and profiling. I also use a universal opt-out mechanism (Global Privacy Control) which you should be honoring.

  I ordered from the PowerHouse catalog while visiting family in Dubuque and have been on your list since.

  Owen Fairbanks
  1730 Blake St Apt 412
  Denver, CO 80202
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Owen Fairbanks", "postal_code": "80202"},
  note="Colorado opt-out of sale/targeting/profiling; nothing asks to stop the catalog; GPC mentioned as a statement, not a question")

H("shine-the-light", "template: state law", "en", "outlook_smtp", "powerhousecatalog", "2024-12-16 11:12", "P",
  ("Miriam Estrada-Coyle", "miriam.estradacoyle@gmail.com"), "California Civil Code 1798.83 (Shine the Light) request",
  T("""
  To PowerHouse Catalog:

  Pursuant to California Civil Code § 1798.83, I request that you provide me with (a) a list of the categories of personal information about me that you disclosed to third parties for their direct marketing purposes during the immediately preceding calendar year, and (b) the names and addresses of all such third parties.

  Please send your response to this e-mail address.

  Miriam Estrada-Coyle
  611 Oak Ave
  Davis, CA 95616
  """),
  labels=["question"], ent={"name": "Miriam Estrada-Coyle", "postal_code": "95616"},
  note="Shine-the-Light asks WHOM the name was shared with: a question, not an opt-out (nothing says stop sharing)")

H("minnesota", "template: state law", "en", "gmail_web", "customercare", "2025-02-04 18:21", "C",
  ("Lars Tjernagel", "lars.tjernagel@gmail.com"), "Minnesota Consumer Data Privacy Act",
  T("""
  Minnesota's new privacy law (the MCDPA) takes effect this summer, but I'd rather not wait.

  1. Don't sell my personal data.
  2. Tell me whether you use my data for profiling, for example to decide who has to pay a deposit, and if you do, what the logic is.

  Lars Tjernagel
  1103 Garfield Ave
  Albert Lea, MN 56007
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Lars Tjernagel", "postal_code": "56007"},
  note="sale opt-out plus a question about profiling")

# ===============================================================================================================
# 4. Access requests
# ===============================================================================================================
H("access-ccpa", "template: access request", "en", "gmail_web", "customercare", "2024-09-26 21:14", "C",
  ("Naomi Feldhaus", "naomi.feldhaus@gmail.com"), "Consumer Request to Know",
  T("""
  To Alliant Energy:

  I am requesting that you disclose to me:

  1. The categories of personal information you have collected about me;
  2. The categories of sources from which it was collected;
  3. The business or commercial purpose for collecting, selling or sharing it;
  4. The categories of third parties to whom you disclose it; and
  5. The specific pieces of personal information you have collected about me.

  Please provide this information in a portable and readily usable format.

  Naomi Feldhaus
  Alliant Energy account 1120 883 4471
  """),
  labels=["question"], ent={"name": "Naomi Feldhaus", "account": "1120 883 4471"},
  note="request-to-know template: a request for a copy of one's data is a clear question (LABELS.md), not unclear")

H("access-gdpr", "template: access request", "en", "outlook_web", "customercare", "2024-10-16 10:40", "C",
  ("Ciarán Doherty", "ciaran.doherty@outlook.com"), "Subject Access Request - Article 15 GDPR",
  T("""
  Dear Data Protection Officer,

  I am an Irish citizen living in Iowa City and I am making a subject access request under Article 15 of the General Data Protection Regulation.

  Please provide a copy of all personal data you hold about me, the purposes of processing, the recipients, the retention period and the source of the data. You have one month to respond.

  Yours sincerely,
  Ciarán Doherty
  52246
  """),
  hdr_latin1=True,
  labels=["question"], ent={"name": "Ciarán Doherty", "postal_code": "52246"},
  note="GDPR access-request template from a US customer: still a request for a copy of his data, a question; RFC 2047 display name; bare ZIP counts")

H("access-plain", "plain: access request", "en", "iphone_mail", "customercare", "2024-11-21 22:50", "C",
  ("Trish Mahoney", "trishmahoney@icloud.com"), "my info",
  "Hi what info do you guys have on me? Id like a copy. acct 4471 220 9016\n\nTrish Mahoney",
  labels=["question"], ent={"name": "Trish Mahoney", "account": "4471 220 9016"},
  note="plainly written access request")

H("access-and-stop", "template: access + marketing", "en", "yahoo_ios", "customercare", "2024-11-26 13:16", "C",
  ("Beverly Sundquist", "bsundquist@yahoo.com"), "Request for my personal information",
  T("""
  Please send me a copy of all the personal information Alliant Energy and the PowerHouse Catalog have about me. In the meantime, stop sending me promotional mail and e-mail.

  Beverly Sundquist
  3007 Olive St, Cedar Falls IA 50613
  """),
  labels=["marketing_opt_out", "question"], ent={"name": "Beverly Sundquist", "postal_code": "50613"},
  note="access request (question) plus a clear marketing opt-out on both channels")

H("access-and-share", "template: access + do-not-sell", "en", "gmail_web", "powerhousecatalog", "2024-12-10 19:02", "C",
  ("Malik Henderson", "malik.henderson@gmail.com"), "Request to Know and Request to Opt Out",
  T("""
  To the PowerHouse Catalog privacy team:

  REQUEST TO KNOW: Please tell me what personal information you have about me and which companies you have sold, rented or exchanged it with.

  REQUEST TO OPT OUT: From now on, do not sell, rent, exchange or share my personal information with anyone.

  Malik Henderson
  1220 W 3rd St
  Davenport, IA 52802
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Malik Henderson", "postal_code": "52802"},
  note="two headed requests: opt-out of sharing, and a question about what was shared with whom")

H("access-es", "template: access request (Spanish)", "es", "outlook_web", "customercare", "2024-12-18 09:23", "C",
  ("Leticia Paredes", "leticia.paredes@hotmail.com"), "Solicitud de acceso a mis datos personales",
  T("""
  Estimados señores:

  Solicito una copia de toda la información personal que Alliant Energy tiene sobre mí, de dónde la obtuvieron y con quién la han compartido.

  Mi número de cuenta es 5528 013 4402.

  Gracias de antemano,
  Leticia Paredes Molina
  """),
  labels=["question"], ent={"name": "Leticia Paredes Molina", "account": "5528 013 4402"},
  note="Spanish access request: a question; iso-8859-1 body from Outlook")

H("access-ami", "plain: access request", "en", "thunderbird", "customercare", "2025-01-21 20:18", "C",
  ("Graham Lusk", "glusk@fastmail.com"), "Smart meter data request",
  T("""
  Hello,

  I'd like the 15-minute interval data your smart meter has collected for my house over the last two years, in CSV if possible, and a list of everyone you have shared it with (third parties, researchers, "partners").

  My account number is 0771-30214-8.

  Thanks,
  Graham Lusk
  """),
  provider="generic", helo="mail-out1.fastmail.com", selector="fm2",
  labels=["question"], ent={"name": "Graham Lusk", "account": "0771-30214-8"},
  note="access to meter data and to the list of recipients: a question; asking with whom data was shared is not an opt-out")

# ===============================================================================================================
# 5. Deletion requests (LABELS.md: unclear + question)
# ===============================================================================================================
H("delete-ccpa", "template: deletion request", "en", "gmail_web", "customercare", "2024-09-30 07:05", "C",
  ("Harriet Lomax", "harriet.lomax@gmail.com"), "Request to Delete Personal Information",
  T("""
  Dear Privacy Officer,

  Under Cal. Civ. Code § 1798.105 I request that you delete all personal information you have collected about me and direct any service providers and contractors to delete it as well.

  If you deny any part of this request, please explain the legal basis for the denial.

  Harriet Lomax
  301 S Whitney Way
  Madison, WI 53711
  """),
  labels=["question"], unclear=True, ent={"name": "Harriet Lomax", "postal_code": "53711"},
  note="delete-everything template: unclear plus question (LABELS.md data requests); no opt-out wording")

H("delete-combo", "template: deletion + opt-outs", "en", "outlook_web", "powerhousecatalog", "2024-10-14 18:47", "C",
  ("Sven Aaberg", "sven.aaberg@hotmail.com"), "Request to Delete, Opt Out of Sale, and Unsubscribe",
  T("""
  To PowerHouse Catalog:

  Please take the following actions regarding my personal information:

  1. DELETE: Delete all personal information you hold about me.
  2. DO NOT SELL OR SHARE: Do not sell, rent, share or exchange my personal information with any third party.
  3. UNSUBSCRIBE: Remove me from all mailing lists, including the printed catalog and e-mail.

  Name: Sven Aaberg
  Address: 211 W Greene St, Postville, IA 52162
  Customer #PH-7730218

  Regards,
  Sven Aaberg
  """),
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"], unclear=True,
  ent={"name": "Sven Aaberg", "postal_code": "52162", "account": "PH-7730218"},
  note="delete + do-not-sell + unsubscribe in one template: the deletion makes it unclear + question; the two opt-outs he states explicitly are labelled too (staff act on them after review)")

H("delete-catalog-db", "plain: deletion request", "en", "ipad_mail", "powerhousecatalog", "2024-11-04 15:37", "C",
  ("Dorothy Kaminski", "dotkaminski@icloud.com"), "Catalog",
  "Please delete me from your catalog database, I don't want the catalog anymore. Thank you.\n\nDot Kaminski\n618 Elm St\nTama IA 52339",
  labels=["marketing_opt_out", "question"], unclear=True, ent={"name": "Dot Kaminski", "postal_code": "52339"},
  note="'delete me from your database' is a data-deletion request (unclear + question); stopping the catalog is clear as well; name as written in the body, not the From display name")

H("delete-active-account", "plain: deletion request", "en", "yahoo_web", "customercare", "2024-11-22 09:08", "C",
  ("Ronald Huebsch", "ronhuebsch@yahoo.com"), "delete my data",
  T("""
  Delete my account and all of my data. I don't want you keeping anything on me.

  Ronald Huebsch
  acct# 2210 556 0381
  """),
  labels=["question"], unclear=True, ent={"name": "Ronald Huebsch", "account": "2210 556 0381"},
  note="delete everything, from an active utility customer (billing records cannot simply be deleted): unclear + question")

H("delete-es", "template: deletion request (Spanish)", "es", "gmail_web", "customercare", "2024-12-03 21:30", "C",
  ("Esperanza Villalobos", "esperanza.villalobos@gmail.com"), "Solicitud de eliminación de datos",
  T("""
  A quien corresponda:

  Solicito que eliminen todos mis datos personales de sus sistemas y que no compartan mi información con nadie.

  Esperanza Villalobos
  906 Avenue G, Fort Madison, IA 52627
  """),
  labels=["catalog_share_opt_out", "question"], unclear=True, ent={"name": "Esperanza Villalobos", "postal_code": "52627"},
  note="Spanish: delete everything (unclear + question) and 'do not share my information with anyone' (share opt-out, stated explicitly)")

H("delete-email-from-list", "plain: unsubscribe worded as deletion", "en", "gmail_web", "customercare", "2024-10-17 12:55", "C",
  ("Megan Oberbroeckling", "megobe@gmail.com"), "Re: Fall savings: $50 back on a smart thermostat",
  "Please delete my email address from your mailing list. I'm not interested in the thermostat offers.",
  quote=dict(src="P2"),
  labels=["marketing_opt_out"], ent={},
  note="'delete my e-mail from your mailing list' under a promo is an unsubscribe, not a delete-everything request: marketing opt-out only")

# web form relay: deletion + marketing
def _webform(name, email, phone, acct, zipc, topic, message, when_txt, ipaddr):
    def make(spec):
        body = T(f"""
        A customer submitted the Contact Us form on alliantenergy.com.

        Name: {name}
        Email: {email}
        Phone: {phone}
        Account number: {acct}
        Service address ZIP: {zipc}
        Topic: {topic}
        Preferred contact: Email

        Message:
        {message}

        ---
        Submitted {when_txt} from {ipaddr}
        """)
        return dict(headers=[("From", "Alliant Energy Contact Us <%s>" % NOREPLY), ("Reply-To", E.fmt_addr(name, email)),
                             ("To", CC), ("Subject", "Contact Us: %s" % topic), ("Date", E.rfcdate(spec["_utc"], "C")),
                             ("Message-ID", "<webform.%d.%s@web02.alliantenergy.com>" % (int(spec["_utc"].timestamp()), E.hexs(8))),
                             ("MIME-Version", "1.0"), ("X-Mailer", "AE-WebForms 3.2"), ("X-Form-Id", "contact-us"), ("CT", None)],
                    content=("plain", body, "utf-8", "quoted-printable"))
    return make


C("webform-delete", "web form: deletion + marketing", "en", "web form relay", "customercare", "2024-11-18 19:42", "C",
  ("Alliant Energy Contact Us", NOREPLY),
  _webform("Jeanette Holm", "jeanette.holm@mchsi.com", "641-555-0139", "6603 118 2294", "50129", "Privacy / my information",
           "Please delete all of my personal information and stop all marketing to me. I am closing my account when I move out on the 30th.",
           "2024-11-18 19:42 CST", "73.164.20.117"),
  provider="internal", reply_to=("Jeanette Holm", "jeanette.holm@mchsi.com"),
  labels=["marketing_opt_out", "question"], unclear=True,
  ent={"name": "Jeanette Holm", "postal_code": "50129", "account": "6603 118 2294"},
  note="our own Contact Us relay (From noreply, customer in Reply-To): delete everything (unclear + question) plus stop all marketing; ack to Reply-To",
  ack="reply")

C("webform-sell-question", "web form: question", "en", "web form relay", "customercare", "2024-12-27 14:03", "C",
  ("Alliant Energy Contact Us", NOREPLY),
  _webform("Gerald Thoreson", "gthoreson@aol.com", "", "", "52060", "Privacy / my information",
           "I would like to know what you do with my information. Do you sell it? I'm asking because I'm getting a lot more mail since I started service with you.",
           "2024-12-27 14:03 CST", "98.41.77.203"),
  provider="internal", reply_to=("Gerald Thoreson", "gthoreson@aol.com"),
  labels=["question"], ent={"name": "Gerald Thoreson", "postal_code": "52060"},
  note="web form: asks whether we sell his information; asking is not an opt-out; empty form fields left empty; ack to Reply-To",
  ack="reply")

# ===============================================================================================================
# 6. Letters mass-sent to many companies (BCC, "To whom it may concern", other companies named)
# ===============================================================================================================
OTHER_COS = [("Harlow Data Services", "optout@harlowdata.com"), ("Brightfield Lists", "privacy@brightfieldlists.com"),
             ("Ridgeway Catalog Group", "privacy@ridgewaycatalog.com"), ("Meridian Home Catalog", "customerservice@meridianhomecatalog.com"),
             ("Northstar Direct", "dnc@northstardirect.net"), ("Cardinal List Management", "suppress@cardinallistmgmt.com"),
             ("Lakeshore Outfitters", "privacy@lakeshoreoutfitters.com"), ("Heartland Gardens Catalog", "optout@heartlandgardens.com"),
             ("Keystone Consumer Data", "privacy@keystoneconsumerdata.com"), ("Bluestem Mailing Co.", "lists@bluestemmailing.com"),
             ("Vantage Audience Data", "privacy@vantageaudience.com"), ("Old Mill Gifts", "service@oldmillgifts.com"),
             ("Pinecrest Home Goods", "privacy@pinecresthomegoods.com")]

H("mass-bcc", "mass-sent: BCC data-broker letter", "en", "gmail_web", "powerhousecatalog", "2024-10-04 22:09", "C",
  ("Patricia Lemke", "patricia.lemke61@gmail.com"), "Opt-out and do not sell request",
  T("""
  To whom it may concern:

  I am sending this letter to every data broker, list broker and marketing company that may hold my information. If you are receiving it, your company is one of them.

  1. Do not sell, rent, share or exchange my personal information.
  2. Remove my name and address from all of your marketing and mailing lists.
  3. Do not add me to any list in the future.

  Patricia Lemke
  4021 Brady St
  Davenport, IA 52806
  """),
  bcc=True, bcc_to="undisclosed-recipients:;",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Patricia Lemke", "postal_code": "52806"},
  note="BCC'd mass letter (To: undisclosed-recipients; our mailbox only in Delivered-To); generic wording still asks both opt-outs of whoever receives it")

H("mass-to-list", "mass-sent: companies in To", "en", "outlook_web", "powerhousecatalog", "2024-10-09 19:55", "C",
  ("Douglas Pruett", "dpruett_ia@outlook.com"), "Opt-out request - do not sell, share or mail",
  T("""
  Dear Sir or Madam at Harlow Data Services, Brightfield Lists, Ridgeway Catalog Group, PowerHouse Catalog, Northstar Direct and the other companies addressed here:

  Each of you has sent me catalogs or offers, or has bought or rented my name from someone who did. Please:

  - stop sending me catalogs, offers and other marketing by mail or e-mail; and
  - stop selling, renting or exchanging my name and address.

  Douglas Pruett
  1011 Broad St
  Grinnell, IA 50112
  """),
  to=[(n, a) for n, a in OTHER_COS[:3]] + [("PowerHouse Catalog", PH)] + [(n, a) for n, a in OTHER_COS[3:11]],
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Douglas Pruett", "postal_code": "50112"},
  note="one letter to twelve companies in To:, PowerHouse named among them: both opt-outs apply to us")

H("mass-merge-slip", "mass-sent: wrong company in salutation", "en", "yahoo_web", "powerhousecatalog", "2024-10-31 10:18", "C",
  ("Annette Gorski", "annettegorski@yahoo.com"), "Please do not sell or rent my name",
  T("""
  Dear Meridian Home Catalog:

  I am asking your company not to sell, rent or exchange my name and address with any other company. I do not mind receiving your own catalog, but I do not want to be put on other companies' lists.

  Annette Gorski
  731 Windsor St
  Sun Prairie, WI 53590
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Annette Gorski", "postal_code": "53590"},
  note="mail-merge slip: salutation names another catalog, but the letter is generic ('your company') and was addressed to our mailbox alone: sharing opt-out; she keeps the catalog")

H("mass-es-bcc", "mass-sent: BCC (Spanish)", "es", "gmail_web", "customercare", "2024-11-15 21:46", "C",
  ("Héctor Quiñones", "hector.quinones.dsm@gmail.com"), "No vendan mi información / bórrenme de sus listas",
  T("""
  A quien corresponda:

  Les escribo a todas las empresas que puedan tener mis datos. No vendan ni compartan mi información personal, y bórrenme de sus listas de correo postal y electrónico.

  Héctor Quiñones
  2410 E Grand Ave
  Des Moines, IA 50317
  """),
  bcc=True, bcc_to="hector.quinones.dsm@gmail.com",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Héctor Quiñones", "postal_code": "50317"},
  note="Spanish mass letter, To: himself, us in BCC; 'bórrenme de sus listas de correo' is removal from mailing lists (marketing), not a delete-everything request")

H("mass-delete-bcc", "mass-sent: deletion + opt-outs", "en", "thunderbird", "powerhousecatalog", "2024-12-11 23:02", "C",
  ("Elliott Brandvold", "ebrandvold@fastmail.com"), "Data deletion and opt-out request",
  T("""
  To the privacy or compliance department:

  This is a request under applicable state privacy laws. I am sending the same request to 38 data brokers and marketing companies.

  Please (1) delete all personal information you hold about me, (2) do not sell or share my personal information, and (3) remove me from all marketing lists.

  Elliott Brandvold
  2214 Viola Heights Dr NE
  Rochester, MN 55906
  """),
  bcc=True, bcc_to="Elliott Brandvold <ebrandvold@fastmail.com>", provider="generic", helo="mail-out1.fastmail.com", selector="fm2",
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"], unclear=True,
  ent={"name": "Elliott Brandvold", "postal_code": "55906"},
  note="mass-BCC'd delete + do-not-sell + unsubscribe: the deletion makes it unclear + question; both opt-outs stated")

H("mass-cc-list", "mass-sent: companies in Cc", "en", "apple_mail", "powerhousecatalog", "2025-01-06 16:24", "C",
  ("Susan Ravenscroft", "susanravenscroft@icloud.com"), "Please stop trading my name",
  T("""
  Hello,

  I am sending this identical request to PowerHouse Catalog, Heartland Gardens, Lakeshore Outfitters, Old Mill Gifts and Pinecrest Home Goods, because I think one of you is trading my name with the rest.

  I am happy to keep receiving catalogs from companies I have actually ordered from. I do not want my name and address sold, rented or exchanged with anyone.

  Susan Ravenscroft
  318 N Cedar St
  Monticello, IA 52310
  """),
  cc=[("Heartland Gardens Catalog", "optout@heartlandgardens.com"), ("Lakeshore Outfitters", "privacy@lakeshoreoutfitters.com"),
      ("Old Mill Gifts", "service@oldmillgifts.com"), ("Pinecrest Home Goods", "privacy@pinecresthomegoods.com")],
  labels=["catalog_share_opt_out"], ent={"name": "Susan Ravenscroft", "postal_code": "52310"},
  note="other catalogs in Cc and named in the body; she keeps catalogs she ordered from, refuses trading: sharing opt-out only")

H("mass-people-search", "unclear: people-search removal sent to us", "en", "gmail_web", "customercare", "2025-01-27 13:11", "C",
  ("Marcus Dell", "marcus.dell.cb@gmail.com"), "Removal request - personal listing",
  T("""
  Hello,

  Please remove my listing from your website. It shows my home address, my phone number and the names of my relatives.

  Listing: https://www.findanyone-records.net/person/marcus-dell-council-bluffs-ia

  Marcus Dell
  Council Bluffs, IA 51501
  """),
  bcc=True, bcc_to="undisclosed-recipients:;",
  labels=[], unclear=True, ent={"name": "Marcus Dell", "postal_code": "51501"},
  note="BCC'd people-search removal: we run no such site; nothing says what he wants from us (mis-sent?): unclear")

# ===============================================================================================================
# 7. Authorised agents and data-removal services
# ===============================================================================================================
def _ses_env():
    return "0100019%s-%s-000000@amazonses.com" % (E.hexs(9), E.uuid_())


def _agent_html(text):
    paras = text.split("\n\n")
    return ('<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            + "".join("<p>%s</p>" % "<br>".join(E.esc(l) for l in p.split("\n")) for p in paras)
            + "</body></html>")


def _purgely(spec):
    spec["envelope"] = _ses_env()
    text = T("""
    To the Privacy Team at Alliant Energy,

    Purgely Inc. is an authorized agent acting on behalf of the consumer identified below, as permitted by Cal. Civ. Code § 1798.135(e) and 11 CCR § 7063. The consumer has given Purgely signed permission to submit this request; a copy of the authorization is attached.

    Consumer: Melissa Tran
    Address: 2715 Wilshire Ct NE, Cedar Rapids, IA 52404
    Email: m.tran.cr@gmail.com
    Phone: 319-555-0163

    On the consumer's behalf we request that you:
    1. Delete all personal information you have collected about the consumer, and direct your service providers and contractors to do the same;
    2. Stop selling or sharing the consumer's personal information.

    Please reply to this e-mail to confirm completion. Do not contact the consumer directly about this request unless the law requires it.

    Purgely Privacy Requests Team
    Ref: PG-558213
    """)
    pdf = E.fake_pdf(["AUTHORIZED AGENT DESIGNATION", "I, Melissa Tran, authorize Purgely Inc. to submit privacy requests on my behalf.",
                      "Signed electronically 2024-10-28 14:02 CDT", "Purgely reference PG-558213"])
    return dict(headers=[("From", "Purgely Privacy Requests <requests@mail.purgely.io>"),
                         ("Reply-To", "case+PG-558213@reply.purgely.io"), ("To", CC),
                         ("Subject", "Authorized Agent Request: Deletion and Opt-Out of Sale - Melissa Tran (Ref PG-558213)"),
                         ("MIME-Version", "1.0"), ("CT", None), ("Message-ID", "<%s@email.amazonses.com>" % spec["envelope"].split("@")[0]),
                         ("Date", E.rfcdate(spec["_utc"], "UTC")), ("X-Purgely-Case", "PG-558213")],
                content=("alt", text, _agent_html(text), "utf-8", "----=_Part_%d_%d.%d" % (E.RNG.randint(10 ** 6, 10 ** 7), E.RNG.randint(10 ** 8, 10 ** 9), int(spec["_utc"].timestamp() * 1000))),
                attach=[("application/pdf", "Authorization_PG-558213.pdf", pdf)],
                mixed_boundary="----=_Part_%d_%d.%d" % (E.RNG.randint(10 ** 6, 10 ** 7), E.RNG.randint(10 ** 8, 10 ** 9), int(spec["_utc"].timestamp() * 1000)))


C("agent-purgely", "agent / data-removal service", "en", "SaaS via Amazon SES", "customercare", "2024-10-29 14:20", "C",
  ("Purgely Privacy Requests", "requests@mail.purgely.io"), _purgely, provider="ses",
  reply_to=("", "case+PG-558213@reply.purgely.io"),
  labels=["catalog_share_opt_out", "question"], unclear=True, ent={"name": "Melissa Tran", "postal_code": "52404"},
  note="data-removal service as 'authorized agent' for a named customer: standing not verifiable from the mail, and it asks deletion: unclear + question (+ her sale opt-out); entities are the customer's; ack to the case Reply-To",
  ack="reply")


def _sendgrid_env(dom, rcpt):
    return "bounces+%d-%s-%s=alliant-energy.com@em%d.%s" % (E.RNG.randint(1000000, 9999999), E.hexs(4), rcpt.split("@")[0], E.RNG.randint(1000, 9999), dom)


def _optoutly(subject, text):
    def make(spec):
        spec["envelope"] = _sendgrid_env("optoutly.com", spec["_rcpt"])
        return dict(headers=[("Content-Transfer-Encoding", None), ("CT", None), ("Date", E.rfcdate(spec["_utc"], "UTC")),
                             ("From", "OptOutly Agent Services <agent@optoutly.com>"), ("Mime-Version", "1.0"),
                             ("Message-ID", "<%s@geopod-ismtpd-%d>" % (E.rs(E.ALNUM + "_-", 22), E.RNG.randint(1, 40))),
                             ("Subject", subject), ("To", spec["_rcpt"]), ("X-OptOutly-Request", spec["sid"])],
                    content=("alt", text, _agent_html(text), "utf-8", E.hexs(60)))
    return make


C("agent-optoutly", "agent / data-removal service", "en", "SaaS via SendGrid", "powerhousecatalog", "2024-11-20 15:05", "C",
  ("OptOutly Agent Services", "agent@optoutly.com"),
  _optoutly("Opt-out request on behalf of Jason Whitfield", T("""
  Hello PowerHouse Catalog team,

  OptOutly is a data-removal service. Our member, Jason Whitfield, has authorized us to act for him in opting out of marketing and data sharing.

  Member name: Jason Whitfield
  Mailing address: 1212 Oak St, Dubuque, IA 52001
  Email on file: jwhitfield1979@yahoo.com

  Please:
  - remove this person from all of your mailing and marketing lists (postal and e-mail), and
  - do not sell, rent, share or exchange his name and address with any other company.

  A copy of the member's signed authorization is available on request.

  Thank you,
  OptOutly Agent Services
  """)),
  provider="sendgrid",
  labels=["marketing_opt_out", "catalog_share_opt_out"], unclear=True, ent={"name": "Jason Whitfield", "postal_code": "52001"},
  note="removal service writing for a member, authorization only 'on request': standing unclear; the requested opt-outs are labelled; From is the agent's working address (no Reply-To)")


def _datavanish(spec):
    spec["envelope"] = _ses_env()
    text = T("""
    Privacy request: Do Not Sell or Share

    This request is sent by DataVanish on behalf of the person named below, who has authorized DataVanish to act as their agent.

    Name: Kimberly Ashford
    Address: 1402 Jenifer St, Madison, WI 53703

    Request: Do not sell or share this person's personal information.

    To confirm that you have processed this request, visit https://portal.datavanish.app/r/7Hq2Lm9XwA
    This mailbox is not monitored. Replies are not read.
    """)
    return dict(headers=[("From", "DataVanish <no-reply@datavanish.app>"), ("To", PH),
                         ("Subject", "Privacy request: Do Not Sell or Share - Kimberly Ashford"),
                         ("MIME-Version", "1.0"), ("CT", None), ("Message-ID", "<%s@email.amazonses.com>" % spec["envelope"].split("@")[0]),
                         ("Date", E.rfcdate(spec["_utc"], "UTC"))],
                content=("alt", text, _agent_html(text), "UTF-8", "----=_Part_%d_%d.%d" % (E.RNG.randint(10 ** 6, 10 ** 7), E.RNG.randint(10 ** 8, 10 ** 9), int(spec["_utc"].timestamp() * 1000))))


C("agent-noreply", "agent / data-removal service", "en", "SaaS via Amazon SES", "powerhousecatalog", "2024-12-04 06:31", "C",
  ("DataVanish", "no-reply@datavanish.app"), _datavanish, provider="ses",
  labels=["catalog_share_opt_out"], unclear=True, ent={"name": "Kimberly Ashford", "postal_code": "53703"},
  note="agent request from a no-reply address with no Reply-To ('replies are not read'): standing unclear, and no usable address, so ack_to null",
  ack=None)


def _scrub(spec):
    spec["envelope"] = "bounce+%s.%s-powerhousecatalog=alliant-energy.com@mg.scrubmydata.net" % (E.hexs(6), E.hexs(6))
    text = T("""
    Opt-Out Request (automated submission)

    ScrubMyData submits this request for our subscriber:

    Roberto Salinas
    5816 Ashworth Rd, West Des Moines, IA 50265

    The subscriber asks that you remove him from all marketing mail and e-mail lists and that you do not sell, rent or share his personal information.

    Request ID: SMD-24-0931772
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "UTC")), ("From", "ScrubMyData Requests <requests@scrubmydata.net>"),
                         ("To", PH), ("Subject", "Opt-Out Request - SMD-24-0931772"), ("Auto-Submitted", "auto-generated"),
                         ("X-Mailer", "ScrubMyData Dispatcher 4.2"), ("Message-Id", "<%s.%s@mg.scrubmydata.net>" % (int(spec["_utc"].timestamp()), E.hexs(16))),
                         ("Mime-Version", "1.0"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"))


C("agent-autosubmitted", "agent / data-removal service", "en", "SaaS via Mailgun", "powerhousecatalog", "2025-01-09 03:12", "C",
  ("ScrubMyData Requests", "requests@scrubmydata.net"), _scrub, provider="mailgun",
  labels=["marketing_opt_out", "catalog_share_opt_out"], unclear=True, ent={"name": "Roberto Salinas", "postal_code": "50265"},
  note="software submitting for a subscriber: not automated mail in the LABELS sense (a person's request), standing unclear; carries Auto-Submitted: auto-generated, so no acknowledgement (ack_to null)",
  ack=None)

H("agent-self-cc", "agent: customer writes herself", "en", "gmail_web", "customercare", "2024-11-07 12:40", "C",
  ("Rachel Odom", "rachel.odom@gmail.com"), "My own request - do not sell, stop the catalog",
  T("""
  Hello,

  My name is Rachel Odom and I am the account holder (account 5501 778 2043). You may also have received a request from Purgely on my behalf; this is me confirming it directly.

  Do not sell or share my information, and please stop mailing me the PowerHouse catalog and any other offers.

  Rachel Odom
  """),
  cc=[("Purgely Support", "support@purgely.io")],
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Rachel Odom", "account": "5501 778 2043"},
  note="the customer writes herself with her removal service in Cc: standing is hers, both opt-outs clear")

H("agent-poa", "agent: power of attorney for parent", "en", "outlook_web", "powerhousecatalog", "2024-12-13 11:47", "C",
  ("Linda Brandt-Moore", "lindabrandtmoore@outlook.com"), "Catalogs for my mother",
  T("""
  Hello,

  I have power of attorney for my mother, Evelyn Brandt, who is 91 and in memory care. She keeps getting your catalogs and ordering things she doesn't need over the phone.

  Please stop sending catalogs and offers to her at 405 Grove St, Decorah IA 52101.

  Thank you,
  Linda Brandt-Moore
  """),
  labels=["marketing_opt_out"], unclear=True, ent={"name": "Evelyn Brandt", "postal_code": "52101"},
  note="daughter writing for her mother under a power of attorney she asserts but does not show: on-behalf, standing not clear, so unclear; entities are the mother's")

H("agent-household", "agent: account holder for household", "en", "gmail_web", "customercare", "2024-12-17 18:59", "C",
  ("Frank Dolezal", "frankdolezal@gmail.com"), "marketing mail",
  T("""
  The account is in my name (account 4421 090 7735). Please stop sending marketing mail to our household. My wife gets the same offers addressed to her.

  Frank Dolezal
  """),
  labels=["marketing_opt_out"], ent={"name": "Frank Dolezal", "account": "4421 090 7735"},
  note="account holder writing about the household: standing is fine (LABELS.md), clear marketing opt-out")

H("agent-son-es", "agent: son for mother (Spanish)", "es", "gmail_android", "powerhousecatalog", "2025-01-13 19:36", "C",
  ("Javier Ruiz", "javi.ruiz.wl@gmail.com"), "Catálogo para mi mamá",
  T("""
  Buenas tardes:

  Le escribo de parte de mi mamá, María Elena Ruiz, que no habla inglés. Ella ya no quiere recibir el catálogo PowerHouse. Su dirección es 2211 Maple St, West Liberty, IA 52776.

  Gracias,
  Javier Ruiz
  """),
  labels=["marketing_opt_out"], unclear=True, ent={"name": "María Elena Ruiz", "postal_code": "52776"},
  note="son writing for his mother: no shown standing, unclear; entities name the mother, not the writer")

C("agent-second-notice", "agent / data-removal service", "en", "SaaS via SendGrid", "customercare", "2025-01-22 16:00", "C",
  ("OptOutly Agent Services", "agent@optoutly.com"),
  _optoutly("SECOND NOTICE - Request OO-2024-118 - Angela Fortney", T("""
  SECOND NOTICE

  On November 20, 2024 OptOutly sent you a request on behalf of our member Angela Fortney to delete her personal information and to stop selling or sharing it. We have not received a response, and more than 45 days have passed.

  Member name: Angela Fortney
  Mailing address: 608 Mill St, Manchester, IA 52057

  Please delete the member's personal information, do not sell or share it, and confirm completion by replying to this message. Continued failure to respond may be reported to the appropriate state attorney general.

  OptOutly Agent Services
  """)),
  provider="sendgrid",
  labels=["catalog_share_opt_out", "question"], unclear=True, ent={"name": "Angela Fortney", "postal_code": "52057"},
  note="agent follow-up with a complaint: it restates what was asked (delete + do not sell), so not a bare 'as I asked before'; deletion and agent standing make it unclear + question")


def _erasio(spec):
    spec["envelope"] = _ses_env()
    text = T("""
    Dear PowerHouse Catalog,

    Erasio acts as the authorized agent of our client {{customer.full_name}}, residing at {{customer.address_line1}}, {{customer.city}}, {{customer.state}} {{customer.zip}}.

    On behalf of our client we request that you do not sell, rent or share their personal information with any third party.

    Sincerely,
    Erasio Privacy Agent
    """)
    return dict(headers=[("From", "Erasio Privacy Agent <agent@erasio.co>"), ("To", PH),
                         ("Subject", "Do Not Sell request for {{customer.full_name}}"),
                         ("MIME-Version", "1.0"), ("CT", None), ("Message-ID", "<%s@email.amazonses.com>" % spec["envelope"].split("@")[0]),
                         ("Date", E.rfcdate(spec["_utc"], "UTC"))],
                content=("alt", text, _agent_html(text), "UTF-8", "----=_Part_%d_%d.%d" % (E.RNG.randint(10 ** 6, 10 ** 7), E.RNG.randint(10 ** 8, 10 ** 9), int(spec["_utc"].timestamp() * 1000))))


C("agent-merge-fields", "agent / data-removal service", "en", "SaaS via Amazon SES", "powerhousecatalog", "2025-02-06 02:44", "C",
  ("Erasio Privacy Agent", "agent@erasio.co"), _erasio, provider="ses",
  labels=["catalog_share_opt_out"], unclear=True, ent={},
  note="agent template whose merge fields were never filled: a do-not-sell for nobody identifiable; unclear, no entities")

# ===============================================================================================================
# 8. Lawyers' letters
# ===============================================================================================================
H("law-client", "lawyer: for a client", "en", "outlook_desktop", "customercare", "2024-11-25 15:21", "C",
  ("Karen L. Dunleavy", "kdunleavy@dmklawiowa.com"), "Thomas Ecker - Demand to Cease Marketing and Sale of Personal Information",
  T("""
  Dear Sir or Madam:

  This firm represents Thomas Ecker of 3301 Birch Ct, Marion, IA 52302. Please see the attached letter.

  In short, we demand on our client's behalf that Alliant Energy and its affiliates, including the PowerHouse Catalog, cease all marketing communications to Mr. Ecker by any channel and refrain from selling, renting or otherwise sharing his personal information with third parties.

  Please direct all further communications regarding this matter to the undersigned.

  Karen L. Dunleavy
  Dunleavy Marsh & Kettering LLP
  222 Second Ave SE, Suite 900
  Cedar Rapids, IA 52401
  319-555-0121

  CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain privileged or confidential information. If you received it in error, please notify the sender and delete it.
  """),
  provider="m365",
  attach=[("application/pdf", "2024-11-25 Ltr to Alliant Energy re Ecker.pdf",
           E.fake_pdf(["Dunleavy Marsh & Kettering LLP", "November 25, 2024", "Re: Thomas Ecker", "Demand to cease marketing and sale of personal information"]))],
  labels=["marketing_opt_out", "catalog_share_opt_out"], unclear=True, ent={"name": "Thomas Ecker", "postal_code": "52302"},
  note="law firm for a client: standing asserted by counsel, not shown; both demands clear, so labelled, but unclear for review; entities are the client's (firm ZIP 52401 is not his); attachment ignored; ack to the lawyer who asks to be answered")

H("law-self", "lawyer: writing for himself", "en", "gmail_web", "powerhousecatalog", "2024-12-19 07:33", "C",
  ("Jonathan Reyes", "jpreyes.law@gmail.com"), "Do not share my name",
  T("""
  To PowerHouse Catalog:

  I write in my personal capacity, not on behalf of any client. Do not share, rent, sell or exchange my name and address with other catalog companies or anyone else.

  Jonathan P. Reyes, Esq.
  1840 Grand Ave
  West Des Moines, IA 50265
  """),
  labels=["catalog_share_opt_out"], ent={"name": "Jonathan P. Reyes", "postal_code": "50265"},
  note="an attorney writing for himself has standing; sharing opt-out; name without the ', Esq.' title")

H("law-estate", "lawyer: estate of deceased customer", "en", "outlook_desktop", "customercare", "2024-10-22 10:06", "C",
  ("Paul Verhoef", "pverhoef@verhoeflaw.net"), "Estate of Harold Jansen",
  T("""
  Good morning,

  I am the attorney for the Estate of Harold Jansen, who passed away on October 3. His daughter is the personal representative.

  Please remove Mr. Jansen from all mailing and marketing lists, and let me know what you need in order to close account 3382 019 5560 and send the final bill to the estate at my office.

  Paul Verhoef
  Verhoef Law Office, PLC
  115 Main St, Pella, IA 50219
  641-555-0178
  """),
  provider="m365",
  labels=["marketing_opt_out", "question"], unclear=True, ent={"name": "Harold Jansen", "account": "3382 019 5560"},
  note="estate attorney for a deceased customer: standing needs checking (unclear); marketing stop + a question about closing the account; entities are the deceased's; the firm's ZIP is not his")

H("tcpa-demand", "template: TCPA demand", "en", "gmail_web", "customercare", "2025-01-30 21:05", "C",
  ("Dale Kerkhoff", "dale.kerkhoff@gmail.com"), "NOTICE OF TCPA VIOLATION AND DEMAND",
  T("""
  NOTICE OF TCPA VIOLATION AND DEMAND

  To: Alliant Energy

  Between January 6 and January 24, 2025 I received four prerecorded telemarketing calls about "energy efficiency programs" on my cell phone, 563-555-0182, after I told your representative on December 30 to stop calling.

  1. Cease all telemarketing calls and texts to this number and place it on your internal do-not-call list.
  2. Under 47 U.S.C. § 227(b)(3) each call carries statutory damages of $500, trebled for willful violations. I am willing to settle for $6,000 if paid within 30 days.

  Dale Kerkhoff
  """),
  labels=["marketing_opt_out", "question"], ent={"name": "Dale Kerkhoff"},
  note="self-written TCPA demand: stop telemarketing (a marketing opt-out by phone) plus a damages demand that needs a human answer; the phone number is not an account")

# ===============================================================================================================
# 9. A template pasted, plus a line of the sender's own
# ===============================================================================================================
H("own-line-bill", "template + own line", "en", "yahoo_web", "customercare", "2024-10-18 17:26", "C",
  ("Connie Wessels", "conniewessels@yahoo.com"), "Do not sell my personal information",
  pca_letter("Connie Wessels", "2701 Glen Oaks Dr, Sioux City, IA 51104") + "\n\n" + PCA_FOOTER +
  "\n\nP.S. Also why did my bill go up almost $40 this month when we were gone for half of it? Account 7712 405 8820",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Connie Wessels", "postal_code": "51104", "account": "7712 405 8820"},
  note="consumer-group template (sharing opt-out) with the template's credit line left in, plus her own P.S. billing question")

H("own-line-keep-bills", "template + own line", "en", "gmail_web", "customercare", "2024-11-12 20:14", "C",
  ("Brett Koenigs", "brett.koenigs@gmail.com"), "Request to delete my data and cease contact",
  T("""
  To whom it may concern,

  I request that you delete all personal information you hold about me and cease all contact with me.

  Brett Koenigs
  419 Lincoln Ave
  Sauk City, WI 53583

  But PLEASE keep my autopay going and keep sending my bills to this email, I don't want a shutoff. I just want the ads to stop.
  """),
  labels=["marketing_opt_out", "question"], unclear=True, ent={"name": "Brett Koenigs", "postal_code": "53583"},
  note="template says delete everything and cease all contact; his own line narrows 'contact' to ads and keeps billing: marketing opt-out is clear, the deletion is not (contradicts keeping autopay): unclear + question")

H("own-line-complaint", "template + own line", "en", "outlook_web", "powerhousecatalog", "2024-11-27 09:51", "C",
  ("Loretta Pauley", "loretta.pauley@hotmail.com"), "Do not sell my personal information",
  "I'm sending this because after I ordered a heated throw from you last winter I started getting five catalogs a week from companies I never heard of. Did you sell my name to them?\n\n"
  + pca_letter("Loretta Pauley", "1106 E 1st St, Ankeny, IA 50021") + "\n\n" + PCA_FOOTER,
  labels=["catalog_share_opt_out", "question"], ent={"name": "Loretta Pauley", "postal_code": "50021"},
  note="her own line above the pasted template asks whether we sold her name (question) and the template opts out of sharing")

H("own-line-es", "template + own line (mixed)", "mixed", "gmail_android", "powerhousecatalog", "2024-12-06 19:17", "C",
  ("Araceli Montoya", "aracelimontoya.ia@gmail.com"), "Do not sell my personal information",
  pca_letter("Araceli Montoya", "1515 Sycamore St, Muscatine, IA 52761") + "\n\n" + "Y por favor ya no me manden el catálogo, gracias.",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Araceli Montoya", "postal_code": "52761"},
  note="English template (sharing) plus her own Spanish line asking to stop the catalog (marketing): both")

H("own-line-husband", "template + own line", "en", "apple_mail", "customercare", "2025-01-17 15:42", "C",
  ("Gretchen Hollister", "ghollister@me.com"), "Opt-out of sale",
  pca_letter("Gretchen Hollister", "22 Country Club Ln, Burlington, IA 52601") + "\n\nDo the same for my husband's address too.",
  labels=["catalog_share_opt_out"], unclear=True, ent={"name": "Gretchen Hollister", "postal_code": "52601"},
  note="her own opt-out is clear, but her added line asks the same for her husband at an address she does not give (spouse, no shown standing, unknown address): unclear for review")

H("own-line-calls", "template + own line", "en", "gmail_web", "customercare", "2025-02-10 12:29", "C",
  ("Rodney Achterberg", "rachterberg@gmail.com"), "Do not sell my personal information",
  pca_letter("Rodney Achterberg", "N4521 County Rd P, Portage, WI 53901") + "\n\n" + PCA_FOOTER + "\n\nAlso please stop calling me about the solar program. -Rod",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Rodney Achterberg", "postal_code": "53901"},
  note="template (sharing) plus his own line stopping marketing calls (marketing); template credit line ignored")

# ===============================================================================================================
# 10. Plainly written, beside the templates
# ===============================================================================================================
H("plain-mailing-list", "plain: marketing opt-out", "en", "samsung_email", "powerhousecatalog", "2024-09-19 09:02", "C",
  ("Norma Pettit", "normajpettit@gmail.com"), "mailing list",
  "Please take me off your mailing list. I get three catalogs a month from you and I never order anything.\n\nNorma Jean Pettit\n1402 3rd St NW\nMason City IA 50401",
  provider="google",
  labels=["marketing_opt_out"], ent={"name": "Norma Jean Pettit", "postal_code": "50401"},
  note="plain 'take me off your mailing list' for the catalog: marketing opt-out")

H("plain-share-keep", "plain: sharing opt-out", "en", "iphone_mail", "powerhousecatalog", "2024-10-11 20:28", "C",
  ("", "shirleyhaugen@icloud.com"), "",
  "Please don't give my name to other companies. I still want the catalog though!!\n\nShirley",
  labels=["catalog_share_opt_out"], ent={"name": "Shirley"},
  note="empty Subject; keeps the catalog, refuses sharing; first name alone counts (LABELS.md)")

H("plain-unsub-newsletter", "plain: marketing opt-out", "en", "gmail_ios", "customercare", "2024-12-04 06:50", "C",
  ("Carol Ann Vogt", "carolannvogt@gmail.com"), "Re: Your December Home Comfort Tips from PowerHouse",
  "unsubscribe",
  quote=dict(src="P4"),
  labels=["marketing_opt_out"], ent={},
  note="one word under our newsletter: marketing opt-out")

H("plain-stop-bill", "unclear: STOP under a service message", "en", "iphone_mail", "customercare", "2024-12-09 07:21", "C",
  ("Bill Greenlee", "bgreenlee@icloud.com"), "Fwd: Your Alliant Energy bill is ready",
  "STOP",
  quote=dict(src="BILL", when="2024-12-09 06:12", last4="3094", amount="142.87", due="December 27, 2024", fwd=True),
  labels=[], unclear=True, ent={},
  note="'STOP' over a forwarded bill notice (a service message, not a promotion): unclear; the quoted bill text and its 'opted out' line are ours")

H("plain-no-object", "unclear: no object", "en", "thunderbird", "customercare", "2025-01-03 10:15", "C",
  ("", "w.hagedorn@frontier.com"), "opt out",
  "Please stop. Thank you.",
  provider="generic", helo="smtp.frontier.com", selector="frontier2020",
  labels=[], unclear=True, ent={},
  note="'opt out' / 'please stop' with nothing that says of what: unclear whatever the mailbox")

H("plain-how-to", "plain: how-to question", "en", "yahoo_ios", "powerhousecatalog", "2024-10-25 18:03", "C",
  ("Marlys Oetken", "marlysoetken@yahoo.com"), "sharing my name",
  "How do I stop my name being shared with the other catalog companies? Is there a form I have to fill out?",
  labels=["question"], ent={},
  note="asks how to opt out of sharing, does not ask to be opted out: question only (LABELS.md)")

H("plain-can-you", "plain: marketing opt-out", "en", "outlook_web", "customercare", "2025-01-16 12:12", "C",
  ("Jim Reinhart", "jimreinhart@msn.com"), "RE: Free Home Energy Assessment",
  "Can you take me off your list? thanks",
  quote=dict(src="P5"),
  labels=["marketing_opt_out"], ent={},
  note="a request in question form under our promo is the opt-out itself")

H("plain-es", "plain: marketing opt-out (Spanish)", "es", "gmail_android", "customercare", "2024-12-21 16:38", "C",
  ("Maribel Cortés", "maribelcortes77@gmail.com"), "Correos",
  "Ya no quiero recibir correos de promociones ni ofertas de Alliant. Gracias.",
  labels=["marketing_opt_out"], ent={},
  note="Spanish: no more promotional e-mails or offers")

H("plain-opt-back-in", "plain: opt back in", "en", "gmail_web", "powerhousecatalog", "2025-02-13 08:25", "C",
  ("Kristin Moen", "kristinmoen@gmail.com"), "Put me back on the list",
  "I unsubscribed by mistake last month when I was cleaning out my inbox. Please put me back on the PowerHouse emails! I want the spring sale.\n\nKristin Moen",
  labels=["question"], ent={"name": "Kristin Moen"},
  note="opting back in is a question; the old unsubscribe it mentions is not a new opt-out")

H("plain-move-share", "plain: change of address + sharing", "en", "xfinity_web", "powerhousecatalog", "2025-01-24 14:48", "C",
  ("Dean Rasmussen", "deanrasmussen@comcast.net"), "new address",
  T("""
  We moved from 1820 Kirkwood Blvd in Davenport to 77 Sycamore Ln, Ely IA 52227. Please update the catalog mailing address.

  And please don't share our new address with other companies.

  Dean and Patty Rasmussen
  """),
  labels=["catalog_share_opt_out", "question"], ent={"name": "Dean and Patty Rasmussen", "postal_code": "52227"},
  note="change of address (question) plus sharing opt-out for the new address; they keep the catalog; joint name kept joint; the new ZIP is the one written")

H("plain-as-before", "unclear: reference to earlier mail", "en", "gmail_web", "customercare", "2024-12-30 11:02", "C",
  ("Vivian Kolb", "vivian.kolb@gmail.com"), "following up",
  "Following up on the letter I sent you in October. Has this been done yet?\n\nVivian Kolb",
  labels=[], unclear=True, ent={"name": "Vivian Kolb"},
  note="refers to an earlier letter without saying what it asked: unclear")

H("plain-spanglish", "plain: marketing opt-out (mixed)", "mixed", "iphone_mail", "powerhousecatalog", "2024-10-03 17:44", "C",
  ("Lupe Carrasco", "lupecarrasco@icloud.com"), "catalogos",
  "Hola, please stop the catalogs, gracias. Mi cuenta es 2290 441 7106.\n\nLupe Carrasco",
  labels=["marketing_opt_out"], ent={"name": "Lupe Carrasco", "account": "2290 441 7106"},
  note="Spanish/English mix: stop the catalogs; the utility account number she gives is an account entity")

H("plain-es-question", "plain: question (Spanish)", "es", "outlook_web", "powerhousecatalog", "2025-02-18 20:09", "C",
  ("Ofelia Nava", "ofelia.nava@hotmail.com"), "¿Venden mi información?",
  T("""
  Buenas noches,

  ¿Ustedes venden la información de sus clientes? Vi en su política de privacidad que el catálogo comparte su lista con otras compañías. ¿Cómo sé si compartieron la mía?

  Saludos,
  Ofelia
  """),
  labels=["question"], ent={"name": "Ofelia"},
  note="Spanish: asks whether and how to know if her name was shared; no opt-out asked: question")

# ===============================================================================================================
# 11. Unsubscribe sent by a mail client or a service (List-Unsubscribe mailto:)
# ===============================================================================================================
H("unsub-gmail", "List-Unsubscribe mailto: from a mail client", "en", "gmail_web", "customercare", "2024-10-16 07:03", "C",
  ("Aaron Lindahl", "aaronlindahl@gmail.com"), "unsubscribe AE-NL-2410-7QK2MD",
  "This message was automatically generated by Gmail.", html=False,
  labels=["marketing_opt_out"], ent={},
  note="Gmail's unsubscribe button mailing our List-Unsubscribe address: a person's opt-out, automated=false; no Auto-Submitted, so acknowledged")


def _mop(spec):
    return dict(headers=[("MIME-Version", "1.0"), ("Date", E.rfcdate(spec["_utc"], "C")),
                         ("Message-ID", "<CA%s@mail.gmail.com>" % (E.rs(E.ALNUM + "+_-", 44) + "=" + E.rs(E.ALNUM, 1))),
                         ("Subject", "unsubscribe PH-2411-R8TZ4C"), ("From", "Tom Voss <tomvoss.ia@gmail.com>"), ("To", PH),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "InboxMop/2.4 (+https://inboxmop.app)"), ("CT", None)],
                content=("plain", "Unsubscribe request sent by InboxMop on behalf of the mailbox owner.", "UTF-8", None))


C("unsub-cleaner", "List-Unsubscribe mailto: from an inbox-cleaning service", "en", "InboxMop via Gmail API", "powerhousecatalog", "2024-11-14 02:17", "C",
  ("Tom Voss", "tomvoss.ia@gmail.com"), _mop, provider="google",
  labels=["marketing_opt_out"], ent={},
  note="inbox-cleaning service unsubscribing its user from the catalog e-mail: marketing opt-out (never sharing); Auto-Submitted, so ack_to null",
  ack=None)

H("unsub-ios", "List-Unsubscribe mailto: from a mail client", "en", "iphone_mail", "customercare", "2025-01-14 12:31", "C",
  ("", "kbergstrom@icloud.com"), "unsubscribe", "", sig="",
  labels=["marketing_opt_out"], ent={},
  note="iPhone Mail's unsubscribe banner: subject 'unsubscribe', empty body; a person pressed it: marketing opt-out")

# ===============================================================================================================
# 12. People answering our acknowledgement
# ===============================================================================================================
H("ack-thanks", "human, no action needed (thanks to our ack)", "en", "iphone_mail", "customercare", "2024-11-14 16:55", "C",
  ("Marjorie Fenske", "margefenske@yahoo.com"), "Re: We received your request [CC-2024-11-00214]",
  "Thank you! Marjorie", sig="\n\nSent from my iPhone",
  quote=dict(src="ACK", ref="CC-2024-11-00214", when="2024-11-14 10:33"), provider="yahoo",
  labels=[], ent={}, ack=None,
  note="a thank-you to our acknowledgement: a person wrote it, nothing to do, no answer due (ack_to null); the quoted ack text is ours")

H("ack-followup-access", "question: reply to our ack", "en", "gmail_web", "customercare", "2024-12-12 09:14", "C",
  ("Nina Sorensen", "ninasorensen@gmail.com"), "Re: We received your request [CC-2024-12-00388]",
  "Thanks, but I also asked for a copy of the information you have about me. When will I get that?\n\nNina",
  quote=dict(src="ACK", ref="CC-2024-12-00388", when="2024-12-11 16:02"),
  labels=["question"], ent={"name": "Nina"},
  note="human reply to our acknowledgement that asks something new (when the data copy comes): a question, not a loop")

H("ack-add-share", "reply to our ack adding a sharing opt-out", "en", "outlook_web", "customercare", "2025-01-29 18:40", "C",
  ("Heidi Kuehl", "heidikuehl@outlook.com"), "RE: We received your request [CC-2025-01-00157]",
  "One more thing - please don't share my name with the other catalogs either.",
  quote=dict(src="ACK", ref="CC-2025-01-00157", when="2025-01-29 11:05"),
  labels=["catalog_share_opt_out"], ent={},
  note="reply to our ack whose own new text adds a sharing opt-out; the 'Re:' subject and the quoted ack add nothing")

# ===============================================================================================================
# 13. Other unclear mail
# ===============================================================================================================
H("form-unticked", "unclear: blank form template", "en", "gmail_web", "powerhousecatalog", "2024-10-08 13:37", "C",
  ("", "privacyforms4me@gmail.com"), "Privacy Rights Request Form",
  T("""
  PRIVACY RIGHTS REQUEST FORM

  Company: ____________________

  I request that you (check all that apply):
  [ ] Provide a copy of my personal information
  [ ] Delete my personal information
  [ ] Stop selling or sharing my personal information
  [ ] Remove me from your marketing lists

  Name: ____________________
  Address: ____________________
  Signature: ____________________
  """),
  labels=[], unclear=True, ent={},
  note="blank request form, no box ticked, no name: nothing says which request is meant: unclear")

H("form-ticked", "template: form with boxes ticked", "en", "yahoo_web", "customercare", "2024-11-29 11:28", "C",
  ("Curtis Ebeling", "cebeling@yahoo.com"), "Privacy Rights Request Form",
  T("""
  PRIVACY RIGHTS REQUEST FORM

  Company: Alliant Energy / PowerHouse Catalog

  I request that you (check all that apply):
  [ ] Provide a copy of my personal information
  [ ] Delete my personal information
  [X] Stop selling or sharing my personal information
  [X] Remove me from your marketing lists

  Name: Curtis Ebeling
  Address: 3930 Eastern Ave, Davenport, IA 52807
  Signature: Curtis Ebeling
  """),
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Curtis Ebeling", "postal_code": "52807"},
  note="same form, two boxes ticked: both opt-outs; unticked access/delete boxes are not requests")

H("contradicting", "unclear: contradicting wishes", "en", "outlook_web", "powerhousecatalog", "2025-02-12 19:51", "C",
  ("Tammy Wirth", "tammywirth@hotmail.com"), "RE: Spring Preview: fresh finds from PowerHouse",
  "Do not sell my information. But please sign me up for any partner offers so I get the discounts you mentioned.",
  quote=dict(src="P6"),
  labels=[], unclear=True, ent={},
  note="refuses the sale of her information and asks for partner offers in the same breath: self-contradicting, unclear")

H("credit-union", "unclear: other Alliant", "en", "gmail_android", "customercare", "2024-10-30 21:13", "C",
  ("Kevin Strand", "kstrand.mpls@gmail.com"), "stop the card offers",
  "Stop sending me the Alliant Visa Signature card offers. I already have a card with you and I don't need three letters a week about another one.",
  labels=[], unclear=True, ent={},
  note="names a product we do not sell (probably another company called Alliant): what he wants from us cannot be told; staff check")

H("former-tenant", "on behalf: former resident", "en", "thunderbird", "powerhousecatalog", "2025-02-20 13:06", "C",
  ("Gail Mertz", "gmertz@mchsi.com"), "Catalogs for a former tenant",
  T("""
  Hello,

  I own the rental house at 14 Park Pl, Marshalltown IA 50158. Your catalogs keep coming for Kyle Brandes, who moved out more than a year ago. Please stop sending his catalogs here.

  Gail Mertz
  """),
  labels=["marketing_opt_out"], unclear=True, ent={"name": "Kyle Brandes", "postal_code": "50158"},
  note="landlord asking to stop mail for a former tenant: on behalf of someone else, standing not clear; entities name the person the catalogs are for")

H("widow-household", "on behalf: account holder, deceased spouse", "en", "aol_web", "powerhousecatalog", "2025-02-25 10:37", "C",
  ("Ida Moeller", "idamoeller@aol.com"), "Walter Moeller",
  T("""
  To PowerHouse Catalog,

  My husband Walter Moeller passed away in December. The account is in my name now (account 8830 152 6671). Please stop sending the catalog addressed to him. It is hard to see his name on it every month.

  Ida Moeller
  """),
  labels=["marketing_opt_out"], ent={"name": "Walter Moeller", "account": "8830 152 6671"},
  note="the account holder writes about mail to her household (her late husband's catalog): standing is hers (LABELS.md), so clear; entities name the person the stop is for, with her account number")

# ===============================================================================================================
# 14. Not requests, though they look like templates or use the words (automated = true)
# ===============================================================================================================
def A(sid, cat, lang, progname, mb, when, zone, frm, make, note, **kw):
    C(sid, cat, lang, progname, mb, when, zone, frm, make, labels=[], unclear=False, ent={}, note=note, ack=None,
      automated=True, **kw)


def _bnd():
    return "----=_Part_%d_%d.%d" % (E.RNG.randint(10 ** 6, 10 ** 7), E.RNG.randint(10 ** 8, 10 ** 9), E.RNG.randint(1726000000000, 1740999999999))


def _questionnaire(spec):
    spec["envelope"] = _sendgrid_env("vendorassure-grc.com", spec["_rcpt"])
    text = T("""
    Action required: 2025 Service Provider Privacy Questionnaire

    Ridgeway Catalog Group has asked PowerHouse Catalog to complete its annual Service Provider Privacy & Data Protection Questionnaire (CCPA/CPRA and state privacy laws).

    Sample questions:
    Q4. Do you sell or share consumer personal information received from Ridgeway? (Yes / No)
    Q7. Do you honor consumer opt-out and do-not-share requests within 15 business days? (Yes / No)
    Q9. Describe how you process "Do Not Sell or Share My Personal Information" requests received by e-mail.
    Q12. Do you maintain a suppression list of consumers who opted out of list rental or exchange?

    Due date: February 28, 2025
    Start the questionnaire: https://app.vendorassure-grc.com/q/RCG-2025-PH-0042

    This message was sent by VendorAssure on behalf of Ridgeway Catalog Group. Please do not reply to this e-mail.
    """)
    html = _agent_html(text)
    return dict(headers=[("From", "VendorAssure <noreply@vendorassure-grc.com>"), ("To", PH),
                         ("Subject", "Action required: 2025 Service Provider Privacy Questionnaire - Ridgeway Catalog Group"),
                         ("Date", E.rfcdate(spec["_utc"], "UTC")), ("Mime-Version", "1.0"),
                         ("Message-ID", "<%s@geopod-ismtpd-%d>" % (E.rs(E.ALNUM + "_-", 22), E.RNG.randint(1, 40))),
                         ("X-Auto-Response-Suppress", "All"), ("CT", None)],
                content=("alt", text, html, "utf-8", E.hexs(60)))


A("vendor-questionnaire", "automated: vendor compliance questionnaire", "en", "SaaS via SendGrid", "powerhousecatalog", "2025-02-03 15:00", "C",
  ("VendorAssure", "noreply@vendorassure-grc.com"), _questionnaire,
  "a list partner's compliance questionnaire (vendor system mail): full of 'do not sell/share' wording but no one's request", provider="sendgrid")


def _suppression(spec):
    spec["envelope"] = "bounce+%s@mg.cardinallistmgmt.com" % E.hexs(10)
    text = T("""
    PowerHouse Catalog - Do-Not-Share suppression file processed

    File:             PH_DNS_2411.csv
    Received:         2024-11-25 06:00 CST
    Records:          1,284
    Accepted:         1,247
    Rejected:         37 (missing or invalid ZIP code; see attached)

    The accepted records will be suppressed from all list rentals and exchanges of the PowerHouse Catalog file starting with the December 2 merge/purge. Consumers on this file will not be shared with Ridgeway Catalog Group, Heartland Gardens or other exchange partners.

    This is an automated notice from Cardinal List Management data operations. Replies go to an unmonitored mailbox.
    """)
    csv = "customer_no,first_name,last_name,address1,city,state,zip,reason\r\n" + "".join(
        "%s,%s,%s,%s,%s,IA,,MISSING_ZIP\r\n" % (E.rs("0123456789", 10), fn, ln, ad, ci)
        for fn, ln, ad, ci in [("MARY", "SCHULTE", "112 ELM ST", "DYERSVILLE"), ("JOHN", "PATTERSON", "45 HILLCREST DR", "CRESTON"),
                               ("LINDA", "OLSON", "9 W MAIN ST", "OSAGE")])
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "C")), ("From", "Cardinal List Management <dataops@cardinallistmgmt.com>"),
                         ("To", PH), ("Subject", "PH_DNS_2411.csv processed: 1,247 accepted, 37 rejected"),
                         ("Message-Id", "<%s.%s@cardinallistmgmt.com>" % (E.hexs(16), E.hexs(8))), ("Mime-Version", "1.0"),
                         ("Auto-Submitted", "auto-generated"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"),
                attach=[("text/csv", "PH_DNS_2411_rejected.csv", csv.encode())],
                mixed_boundary=E.hexs(32))


A("list-broker-suppression", "automated: list broker suppression-file notice", "en", "list manager via Mailgun", "powerhousecatalog", "2024-11-25 06:42", "C",
  ("Cardinal List Management", "dataops@cardinallistmgmt.com"), _suppression,
  "list manager's suppression-file report (partner system mail): 'Do-Not-Share' everywhere, names only in a CSV attachment; nobody is asking anything",
  provider="mailgun")


def _phish_cppa(spec):
    spec["envelope"] = "info@%s" % "mx.cppa-notices-gov.com"
    html = T("""
    <html><body style="font-family:Times New Roman,serif">
    <p style="text-align:center"><b>CALIFORNIA PRIVACY PROTECTION AGENCY</b><br>Enforcement Division</p>
    <p><b>FINAL NOTICE</b> - Consumer Privacy Complaint #CPPA-2024-118842</p>
    <p>A consumer has filed a complaint alleging that your organization failed to honor a "Do Not Sell or Share My Personal Information" request within the period required by Cal. Civ. Code &sect; 1798.135.</p>
    <p>You must review the complaint and submit your response within <b>48 hours</b>. Failure to respond may result in administrative fines of up to $7,500 per violation.</p>
    <p><a href="https://cppa-complaint-portal.com.secure-docview.ru/case/118842">View Complaint and Respond</a></p>
    <p>Enforcement Division<br>California Privacy Protection Agency</p>
    </body></html>
    """)
    return dict(headers=[("From", "California Privacy Protection Agency <enforcement@cppa-notices-gov.com>"), ("To", CC),
                         ("Subject", "FINAL NOTICE: Consumer Privacy Complaint #CPPA-2024-118842 - Response Required Within 48 Hours"),
                         ("Date", E.rfcdate(spec["_utc"], "E")), ("Message-ID", "<%s@cppa-notices-gov.com>" % E.hexs(24)),
                         ("MIME-Version", "1.0"), ("X-Priority", "1 (Highest)"), ("CT", None)],
                content=("html", html, "windows-1252", "quoted-printable"))


A("phish-cppa", "automated: phishing as legal notice", "en", "spam", "customercare", "2024-12-14 03:12", "E",
  ("California Privacy Protection Agency", "enforcement@cppa-notices-gov.com"), _phish_cppa,
  "phishing dressed as a regulator's privacy-complaint notice (lookalike domain, SPF/DMARC fail, credential link)",
  provider="spam", spam_helo="vps-83412.hostingnode.ru", spam_rdns="unknown", spf="fail")


def _phish_attach(spec):
    spec["envelope"] = "legal@%s" % "lawdept-notify.com"
    text = T("""
    Dear Data Protection Officer,

    Our client has instructed us to commence proceedings regarding your company's unlawful sale and sharing of consumer personal information, in breach of a written do-not-sell request.

    Please review the attached notice of claim. You will be asked to sign in with your company e-mail account to view the secure document.

    Legal Department
    Harrington & Crowe Associates
    """)
    att = b"<html><body><form action='https://secure-docs-sharepoint.com-view.top/login' method='post'><p>Sign in to view Notice_of_Claim.pdf</p><input name='email'><input name='password' type='password'></form></body></html>"
    return dict(headers=[("From", "Harrington & Crowe Legal <legal@lawdept-notify.com>"), ("To", PH),
                         ("Subject", "Notice of Claim - Unlawful Sale of Personal Information"), ("Date", E.rfcdate(spec["_utc"], "UTC")),
                         ("Message-ID", "<%s@lawdept-notify.com>" % E.uuid_()), ("MIME-Version", "1.0"), ("CT", None)],
                content=("plain", text, "utf-8", "base64"),
                attach=[("text/html", "Notice_of_Claim.htm", att)], mixed_boundary="===============%d==" % E.RNG.randint(10 ** 18, 10 ** 19))


A("phish-attachment", "automated: phishing as legal notice", "en", "spam", "powerhousecatalog", "2025-01-19 04:55", "C",
  ("Harrington & Crowe Legal", "legal@lawdept-notify.com"), _phish_attach,
  "phishing: a fake law firm's 'notice of claim' about selling data, with a credential-harvesting .htm attachment",
  provider="spam", spam_helo="mail.lawdept-notify.com", spam_rdns="ip-45-147-229-18.hostedby.example-vps.net", spam_ip="45.147.229.18")


def _newsletter_law(spec):
    spec["envelope"] = "bounce-mc.us21_%d.%d-%s=alliant-energy.com@mail%d.suw21.mcsv.net" % (E.RNG.randint(10 ** 7, 10 ** 8), E.RNG.randint(10 ** 6, 10 ** 7), spec["_rcpt"].split("@")[0], E.RNG.randint(10, 250))
    text = T("""
    PRIVACY LAW UPDATE | December 2024

    Iowa's Consumer Data Protection Act takes effect January 1: what utilities and retailers need to know

    Beginning January 1, 2025, controllers that process the personal data of at least 100,000 Iowa consumers must honor requests to access and delete personal data and to opt out of the sale of personal data. Unlike California, Iowa gives businesses 90 days to respond and does not require a "Do Not Sell" link.

    Also in this issue:
    - Minnesota's MCDPA: the profiling right explained
    - CAN-SPAM refresher: 10 business days to honor an unsubscribe
    - Global Privacy Control: which states now require it

    Read the full alert: https://www.hartwellboyce.com/insights/iowa-icdpa-utilities

    You are receiving this because you subscribed to Hartwell & Boyce insights.
    Unsubscribe: https://hartwellboyce.us21.list-manage.com/unsubscribe?u=%s
    Hartwell & Boyce LLP, 801 Grand Ave, Des Moines, IA 50309
    """ % E.hexs(25))
    return dict(headers=[("Subject", "Privacy Law Update: Iowa's ICDPA takes effect January 1"),
                         ("From", "Hartwell & Boyce LLP <insights@hartwellboyce.com>"), ("Reply-To", "Hartwell & Boyce LLP <insights@hartwellboyce.com>"),
                         ("To", "<%s>" % CC), ("Date", E.rfcdate(spec["_utc"], "C")), ("Message-ID", "<%s@mail%d.suw21.mcdlv.net>" % (E.hexs(32), E.RNG.randint(10, 250))),
                         ("X-Mailer", "Mailchimp Mailer - **CID%s**" % E.hexs(20)), ("X-Campaign", "mailchimp%s.%s" % (E.hexs(20), E.hexs(10))),
                         ("X-campaignid", "mailchimp%s.%s" % (E.hexs(20), E.hexs(10))), ("List-ID", "%s mc list <%s.%s.x.list-id.mcsv.net>" % (E.hexs(20), E.hexs(20), E.hexs(10))),
                         ("X-Accounttype", "pd"), ("List-Unsubscribe", "<https://hartwellboyce.us21.list-manage.com/unsubscribe?u=%s>, <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (E.hexs(25), E.hexs(20))),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("MIME-Version", "1.0"), ("CT", None)],
                content=("alt", text, _agent_html(text), "utf-8", "_----------=_MCPart_%d" % E.RNG.randint(10 ** 9, 10 ** 10)))


A("newsletter-law", "automated: newsletter about privacy law", "en", "Mailchimp", "customercare", "2024-12-17 07:00", "C",
  ("Hartwell & Boyce LLP", "insights@hartwellboyce.com"), _newsletter_law,
  "law firm's bulk newsletter about privacy law (List-Id, Precedence: bulk); its 'unsubscribe' and 'opt out' are about the newsletter, not a request",
  provider="mailchimp")


def _newsletter_pca(spec):
    spec["envelope"] = "bounces@news.prairieconsumers.org"
    text = T("""
    Prairie Consumers Alliance - Member News, October 2024

    TAKE BACK YOUR MAILBOX: FREE OPT-OUT LETTER TEMPLATES

    Tired of catalogs and junk mail? Copy the letter below, fill in the brackets and send it to every company on our list (it includes utilities, catalogs and data brokers).

    ---------------------------------------------
    To the Privacy Officer:

    I am writing to exercise my right to opt out of the sale and sharing of my personal information. Please do not sell, rent, trade, exchange or otherwise share my name, address, telephone number, e-mail address or any other information about me with any third party.

    Name: [YOUR NAME]
    Address: [YOUR ADDRESS]
    ---------------------------------------------

    Also this month: how to register with the Mail Preference Service, and a checklist for stopping pre-approved credit offers.

    You are receiving this because you signed up at prairieconsumers.org.
    Unsubscribe or change your preferences: https://news.prairieconsumers.org/u/%s
    """ % E.hexs(16))
    return dict(headers=[("From", "Prairie Consumers Alliance <news@prairieconsumers.org>"), ("To", CC),
                         ("Subject", "Take back your mailbox: free opt-out letter templates inside"),
                         ("Date", E.rfcdate(spec["_utc"], "C")), ("Message-ID", "<%s.%s@news.prairieconsumers.org>" % (E.hexs(12), E.hexs(6))),
                         ("List-Id", "Prairie Consumers Alliance Member News <member-news.prairieconsumers.org>"),
                         ("List-Unsubscribe", "<mailto:unsubscribe@news.prairieconsumers.org?subject=unsubscribe>, <https://news.prairieconsumers.org/u/%s>" % E.hexs(16)),
                         ("Precedence", "list"), ("MIME-Version", "1.0"), ("X-Mailer", "Listmonk v3.0.0"), ("CT", None)],
                content=("alt", text, _agent_html(text), "UTF-8", "%s" % E.hexs(32)))


A("newsletter-templates", "automated: consumer-group newsletter with templates", "en", "Listmonk (self-hosted)", "customercare", "2024-10-01 12:00", "C",
  ("Prairie Consumers Alliance", "news@prairieconsumers.org"), _newsletter_pca,
  "consumer group's member newsletter that reproduces the very opt-out template people send us; bulk list mail, not a request",
  provider="generic", helo="lists.prairieconsumers.org", selector="lm1")


def _coldsales(spec):
    text = T("""
    Hi Customer Care team,

    Are you still handling CCPA and Iowa ICDPA requests by hand? With the new state laws, most utilities we talk to have seen "Do Not Sell or Share" and deletion requests triple.

    PrivacyPilot reads your privacy mailbox, verifies the requester and updates your suppression lists in three clicks. Three Midwest utilities went live with us this quarter.

    Worth a 15-minute call next week?

    Brooke Ammons
    Account Executive, PrivacyPilot
    https://privacypilot.io

    If this isn't relevant, reply "no thanks" and I won't follow up.
    """)
    return dict(headers=[("MIME-Version", "1.0"), ("From", "Brooke Ammons <brooke@privacypilot-mail.com>"), ("Date", E.rfcdate(spec["_utc"], "P")),
                         ("Message-ID", "<CA%s@mail.gmail.com>" % (E.rs(E.ALNUM + "+_-", 44) + "=" + E.rs(E.ALNUM, 1))),
                         ("Subject", "quick question about your privacy requests"), ("To", CC), ("CT", None)],
                content=("alt", text, '<div dir="ltr">' + "".join("<div>%s</div>" % E.esc(l) if l else "<div><br></div>" for l in text.split("\n")) + "</div>", "UTF-8", "000000000000" + E.hexs(16)))


A("cold-sales", "automated: cold sales", "en", "Gmail (Workspace) sequence tool", "customercare", "2025-01-23 10:14", "P",
  ("Brooke Ammons", "brooke@privacypilot-mail.com"), _coldsales,
  "cold sales outreach for privacy-request software; written to look personal, uses 'Do Not Sell' words; LABELS.md treats it as automated",
  provider="google", gworkspace=True)


def _mps(spec):
    spec["envelope"] = "files@nmpr-data.org"
    text = T("""
    National Mail Preference Registry
    MONTHLY SUPPRESSION UPDATE AVAILABLE - January 2025

    Subscriber: PowerHouse Catalog (subscriber ID NMPR-44172)

    The January 2025 Mail Preference suppression file is ready for download. It contains 2,918,440 consumer name/address records who have asked not to receive prospect mail, including 41,206 new registrations.

    Download (SFTP): sftp://files.nmpr-data.org/outbound/NMPR-44172/MPS_2501.zip
    The file must be applied to all prospect mailings dropped after January 15, 2025.

    This notice is generated automatically. Do not reply.
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "E")), ("From", "National Mail Preference Registry <files@nmpr-data.org>"),
                         ("To", PH), ("Subject", "[NMPR] Suppression update available: January 2025"),
                         ("Message-ID", "<nmpr.%s.%s@nmpr-data.org>" % (spec["_utc"].strftime("%Y%m%d"), E.hexs(8))),
                         ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("MIME-Version", "1.0"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"))


A("mps-update", "automated: industry suppression-file notice", "en", "registry system mail", "powerhousecatalog", "2025-01-06 05:00", "E",
  ("National Mail Preference Registry", "files@nmpr-data.org"), _mps,
  "industry registry's monthly suppression-file notice (system mail to the catalog): talks about consumers who asked not to get mail, asks nothing",
  provider="generic", helo="mta1.nmpr-data.org", selector="nmpr")


def _calendar(spec):
    uid = E.uuid_().upper()
    st = spec["_utc"]
    ics = T("""
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VEVENT
    ORGANIZER;CN=Dana Whitlock:mailto:dwhitlock@clearpathcompliance.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com
    DESCRIPTION;LANGUAGE=en-US:Agenda: CCPA/ICDPA opt-out handling\\, Do Not Sell workflow\\, suppression-list hygiene.
    UID:%s
    SUMMARY;LANGUAGE=en-US:CCPA / ICDPA readiness review
    DTSTART:20250128T160000Z
    DTEND:20250128T170000Z
    LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    END:VCALENDAR
    """ % uid)
    text = T("""
    Agenda: CCPA/ICDPA opt-out handling, Do Not Sell workflow, suppression-list hygiene.

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_clearpath
    ________________________________________________________________________________
    """)
    bnd = "_000_%s_" % E.rs(E.UPPERNUM, 40)
    parts = [E.part("text/plain", text, "us-ascii", "quoted-printable"),
             E.part("text/calendar", None, "utf-8", "base64", ct_params='; method=REQUEST', raw=E.b64((ics + "\n").replace("\n", "\r\n").encode()))]
    return dict(headers=[("From", "Dana Whitlock <dwhitlock@clearpathcompliance.com>"), ("To", CC),
                         ("Subject", "CCPA / ICDPA readiness review"), ("Thread-Topic", "CCPA / ICDPA readiness review"),
                         ("Thread-Index", "AQH" + E.rs(E.B64, 29) + "=="), ("Date", E.rfcdate(spec["_utc"], "C")),
                         ("Message-ID", "<%s@%s.namprd04.prod.outlook.com>" % (E.rs(E.UPPERNUM, 40), "MW4PR04MB" + E.rs("0123456789", 4))),
                         ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                         ("CT", None), ("MIME-Version", "1.0")],
                content=("parts", "alternative", bnd, parts, None, ""))


A("calendar-invite", "automated: calendar invitation", "en", "Outlook (Microsoft 365) meeting request", "customercare", "2025-01-20 14:22", "C",
  ("Dana Whitlock", "dwhitlock@clearpathcompliance.com"), _calendar,
  "consultant's meeting request (text/calendar METHOD:REQUEST) about opt-out handling: a calendar invitation is automated per LABELS.md",
  provider="m365")


def _phish_es(spec):
    spec["envelope"] = "avisos@notificaciones-juridicas.info"
    text = T("""
    AVISO LEGAL - Expediente 2025/0187

    Estimado cliente:

    Su empresa ha sido denunciada por violar la privacidad de datos personales de un consumidor y por no respetar su solicitud de "No vender mi información".

    Para evitar una multa, descargue y firme el documento adjunto en las próximas 24 horas:
    http://notificaciones-juridicas.info/expediente/2025-0187/descargar

    Departamento Jurídico
    """)
    return dict(headers=[("From", "=?UTF-8?B?%s?= <avisos@notificaciones-juridicas.info>" % __import__("base64").b64encode("Notificación Jurídica".encode()).decode()),
                         ("To", CC), ("Subject", E.ew("Aviso legal: demanda por violación de privacidad de datos - Expediente 2025/0187")),
                         ("Date", E.rfcdate(spec["_utc"], "UTC")), ("Message-ID", "<%s@notificaciones-juridicas.info>" % E.hexs(20)),
                         ("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.8.0"), ("CT", None)],
                content=("plain", text, "iso-8859-1", "quoted-printable"))


A("phish-es", "automated: phishing as legal notice (Spanish)", "es", "spam", "customercare", "2025-02-08 02:30", "C",
  ("Notificación Jurídica", "avisos@notificaciones-juridicas.info"), _phish_es,
  "Spanish phishing: fake legal notice about a 'no vender mi información' complaint, with a download link",
  provider="spam", spam_helo="srv1.notificaciones-juridicas.info", spam_rdns="unknown")


def _dv_business(spec):
    spec["envelope"] = _sendgrid_env("datavanish.app", spec["_rcpt"])
    text = T("""
    Your company appeared in 1,142 DataVanish removal requests this quarter

    Hi there,

    DataVanish members asked us to opt them out of your lists 1,142 times between October and December. Handling each request by e-mail takes your team time.

    With the DataVanish Business Compliance Portal you receive requests as a daily file and confirm them in bulk. It's free for companies that process under 5,000 requests a year.

    Claim your portal: https://business.datavanish.app/claim?c=AE-PH

    DataVanish, Inc. - 2100 Geng Rd, Palo Alto, CA 94303
    Unsubscribe: https://business.datavanish.app/unsub
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "UTC")), ("From", "DataVanish for Business <business@datavanish.app>"),
                         ("Mime-Version", "1.0"), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (E.rs(E.ALNUM + "_-", 22), E.RNG.randint(1, 40))),
                         ("Subject", "Your company appeared in 1,142 removal requests this quarter"), ("To", CC),
                         ("List-Unsubscribe", "<https://business.datavanish.app/unsub>"), ("CT", None)],
                content=("alt", text, _agent_html(text), "utf-8", E.hexs(60)))


A("removal-service-marketing", "automated: cold sales", "en", "SaaS via SendGrid", "customercare", "2025-01-07 17:30", "C",
  ("DataVanish for Business", "business@datavanish.app"), _dv_business,
  "a removal service marketing its business portal to us: bulk sales mail, no consumer's request in it",
  provider="sendgrid")


def _cmp(spec):
    spec["envelope"] = _sendgrid_env("consenthub.io", spec["_rcpt"])
    text = T("""
    ConsentHub - weekly export ready

    Property: alliantenergy.com
    Period: Dec 30, 2024 - Jan 5, 2025

    Do Not Sell/Share requests (GPC signal):   213
    Do Not Sell/Share requests (web form):       9
    Cookie preference changes:               1,874

    Download the export (CSV, link valid 7 days): https://app.consenthub.io/exports/ae-2025-w01

    You receive this notification because you are an administrator of this property. Manage notifications in ConsentHub settings.
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "UTC")), ("From", "ConsentHub <notifications@consenthub.io>"), ("Mime-Version", "1.0"),
                         ("Message-ID", "<%s@geopod-ismtpd-%d>" % (E.rs(E.ALNUM + "_-", 22), E.RNG.randint(1, 40))),
                         ("Subject", "Weekly Do Not Sell/Share export ready: alliantenergy.com (222 requests)"), ("To", CC),
                         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("CT", None)],
                content=("alt", text, _agent_html(text), "utf-8", E.hexs(60)))


A("cmp-export", "automated: consent-platform notification", "en", "SaaS via SendGrid", "customercare", "2025-01-06 14:00", "C",
  ("ConsentHub", "notifications@consenthub.io"), _cmp,
  "consent platform's weekly export notice counting GPC 'Do Not Sell/Share' signals: system notification, not a request",
  provider="sendgrid")


# ===============================================================================================================
# 15. Machine mail: read receipts, challenge-response, auto-replies (incl. loop traps), bounces
# ===============================================================================================================
def _mdn(ref, ackwhen, reader, reader_name):
    def make(spec):
        local, _ = E.zoned(spec["_utc"], "C")
        text = T(f"""
        Your message

          To: {reader}
          Subject: We received your request [{ref}]
          Sent: {ackwhen}

        was read on {local.strftime('%A, %B')} {local.day}, {local.year} {local.strftime('%I:%M:%S %p').lstrip('0')} (UTC-06:00) Central Time (US & Canada).
        """)
        dn = T(f"""
        Reporting-UA: {reader.split('@')[1]}; Microsoft Outlook 16.0
        Final-Recipient: rfc822;{reader}
        Original-Message-ID: <ack.{ref}@alliant-energy.com>
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
        parts = [E.part("text/plain", text, "us-ascii", "7bit"),
                 (["Content-Type: message/disposition-notification"], (dn + "\n").encode())]
        return dict(headers=[("From", E.fmt_addr(reader_name, reader)), ("To", "Alliant Energy Customer Care <%s>" % CC),
                             ("Subject", "Read: We received your request [%s]" % ref), ("Date", E.rfcdate(spec["_utc"], "C")),
                             ("Message-ID", "<%s@%s>" % (E.uuid_(), reader.split("@")[1])), ("MIME-Version", "1.0"),
                             ("X-Mailer", "Microsoft Outlook 16.0"), ("CT", None)],
                    content=("parts", "report", "----=_NextPart_000_%s" % E.hexs(12).upper(), parts, None, " report-type=disposition-notification;"))
    return make


A("read-receipt", "automated: read receipt", "en", "Outlook read receipt", "customercare", "2024-10-25 08:03", "C",
  ("Kurt Bremer", "kurt@bremerplumbingheating.com"), _mdn("CC-2024-10-00512", "Thursday, October 24, 2024 8:16 AM", "kurt@bremerplumbingheating.com", "Kurt Bremer"),
  "read receipt (MDN) for our acknowledgement: machine-generated, never acknowledged", provider="m365")


def _challenge(spec):
    text = T("""
    Hello,

    I use BoxGuard to protect my inbox from spam. Your message to jkoehler@boxguard-mail.net, "We received your request [CC-2024-12-00441]", is being held until you confirm you are a real person.

    Please click the link below to deliver your message. You only have to do this once.

    https://verify.boxguard-mail.net/c/%s

    Thank you,
    BoxGuard on behalf of jkoehler@boxguard-mail.net
    """ % E.hexs(24))
    return dict(headers=[("From", "BoxGuard <verify@boxguard-mail.net>"), ("To", CC),
                         ("Subject", "Please confirm your message: We received your request [CC-2024-12-00441]"),
                         ("Date", E.rfcdate(spec["_utc"], "E")), ("Message-ID", "<cr.%s@boxguard-mail.net>" % E.hexs(16)),
                         ("X-BoxGuard-Challenge", "1"), ("MIME-Version", "1.0"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"))


A("challenge-response", "automated: challenge-response", "en", "challenge-response service", "customercare", "2024-12-19 10:41", "E",
  ("BoxGuard", "verify@boxguard-mail.net"), _challenge,
  "challenge-response held our acknowledgement and asks us to click: automated; answering would loop",
  provider="generic", helo="out.boxguard-mail.net", selector="bg1")


def _ooo_exchange(spec):
    spec["envelope"] = ""
    text = T("""
    Thank you for your email. I am out of the office until Monday, September 23 with limited access to email.

    For service emergencies please call our main line at 563-555-0110.

    Brian Kettwig
    Operations Manager, Tri-County Cooperative
    """)
    return dict(headers=[("From", "Brian Kettwig <bkettwig@tricountycoop.com>"), ("To", "Alliant Energy <%s>" % CC),
                         ("Subject", "Automatic reply: Is community solar right for you?"),
                         ("Thread-Topic", "Is community solar right for you?"), ("Thread-Index", "AQH" + E.rs(E.B64, 29) + "=="),
                         ("Date", E.rfcdate(spec["_utc"], "C")), ("Message-ID", "<%s@%s.namprd13.prod.outlook.com>" % (E.rs(E.UPPERNUM, 40), "CH0PR13MB" + E.rs("0123456789", 4))),
                         ("In-Reply-To", "<20240917.p1.%s@news.alliant-energy.com>" % E.hexs(12)),
                         ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                         ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"),
                         ("X-Auto-Response-Suppress", "All"), ("CT", None), ("MIME-Version", "1.0")],
                content=("alt", text, "<html><body>" + "".join("<p>%s</p>" % E.esc(p) for p in text.split("\n\n")) + "</body></html>", "us-ascii", "_000_%s_" % E.rs(E.UPPERNUM, 40)))


A("ooo-promo", "automated: auto-reply", "en", "Exchange Online automatic reply", "customercare", "2024-09-17 10:02", "C",
  ("Brian Kettwig", "bkettwig@tricountycoop.com"), _ooo_exchange,
  "out-of-office to our community-solar promo (Auto-Submitted, null Return-Path)", provider="m365")


def _headerless(spec):
    text = T("""
    This mailbox is no longer monitored.

    Kari Lindstrom is no longer with Hawkeye Farm Supply. For orders and account questions please write to office@hawkeyefarmsupply.com or call 319-555-0134.
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "C")), ("From", "Kari Lindstrom <klindstrom@hawkeyefarmsupply.com>"),
                         ("To", "PowerHouse Catalog <%s>" % PH), ("Subject", "Re: Holiday Preview: gifts for every room"),
                         ("Message-ID", "<%s@hawkeyefarmsupply.com>" % E.uuid_()), ("MIME-Version", "1.0"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"))


A("headerless-no-longer-monitored", "automated: auto-reply", "en", "hosted mail rule", "powerhousecatalog", "2024-11-12 08:03", "C",
  ("Kari Lindstrom", "klindstrom@hawkeyefarmsupply.com"), _headerless,
  "'this mailbox is no longer monitored' without Auto-Submitted, 3 minutes after the catalog e-mail: a headerless auto-reply is automated (LABELS.md)",
  provider="generic", helo="smtp.hawkeyefarmsupply.com", selector="hfs")


def _purgely_ticket(spec):
    spec["envelope"] = _ses_env()
    text = T("""
    Your reply has been logged to case PG-558213.

    This is an automated message from Purgely. A privacy specialist will review the company's response and update our member. You do not need to reply.

    Ref: PG-558213
    """)
    return dict(headers=[("From", "Purgely Case Updates <cases@mail.purgely.io>"), ("To", CC),
                         ("Subject", "Re: We received your request [CC-2024-10-00533] [PG-558213]"),
                         ("In-Reply-To", "<ack.CC-2024-10-00533@alliant-energy.com>"), ("References", "<ack.CC-2024-10-00533@alliant-energy.com>"),
                         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("CT", None),
                         ("Message-ID", "<%s@email.amazonses.com>" % spec["envelope"].split("@")[0]), ("Date", E.rfcdate(spec["_utc"], "UTC"))],
                content=("plain", text, "UTF-8", "7bit"))


A("loop-agent-ticket", "automated: auto-reply (loop trap)", "en", "SaaS via Amazon SES", "customercare", "2024-10-29 14:23", "C",
  ("Purgely Case Updates", "cases@mail.purgely.io"), _purgely_ticket,
  "LOOP TRAP: the removal service's case system answering our acknowledgement (Auto-Submitted: auto-replied)",
  provider="ses")


def _ooo_es(spec):
    spec["envelope"] = ""
    text = T("""
    Respuesta automática:

    Estoy fuera de la oficina hasta el 6 de enero y no tendré acceso a mi correo. Para asuntos urgentes comuníquese con recepción al 515-555-0126.

    I am out of the office until January 6.

    Carmen Ochoa
    """)
    return dict(headers=[("From", "Carmen Ochoa <cochoa@latinoresourcecenter-dsm.org>"), ("To", "Alliant Energy Customer Care <%s>" % CC),
                         ("Subject", E.ew("Respuesta automática: We received your request [CC-2024-12-00502]", "utf-8", "Q")),
                         ("Thread-Topic", "We received your request [CC-2024-12-00502]"), ("Thread-Index", "AQH" + E.rs(E.B64, 29) + "=="),
                         ("Date", E.rfcdate(spec["_utc"], "C")), ("Message-ID", "<%s@%s.namprd02.prod.outlook.com>" % (E.rs(E.UPPERNUM, 40), "SA1PR02MB" + E.rs("0123456789", 4))),
                         ("In-Reply-To", "<ack.CC-2024-12-00502@alliant-energy.com>"), ("References", "<ack.CC-2024-12-00502@alliant-energy.com>"),
                         ("Content-Language", "es-US"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                         ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("CT", None), ("MIME-Version", "1.0")],
                content=("alt", text, "<html><body>" + "".join("<p>%s</p>" % E.esc(p) for p in text.split("\n\n")) + "</body></html>", "iso-8859-1", "_000_%s_" % E.rs(E.UPPERNUM, 40)))


A("loop-ooo-es", "automated: auto-reply (loop trap)", "es", "Exchange Online automatic reply", "customercare", "2024-12-23 09:41", "C",
  ("Carmen Ochoa", "cochoa@latinoresourcecenter-dsm.org"), _ooo_es,
  "LOOP TRAP: Spanish/English out-of-office answering our acknowledgement", provider="m365")


def _law_autoreply(spec):
    text = T("""
    Thank you for your message. This is an automatic acknowledgement from Dunleavy Marsh & Kettering LLP.

    Your e-mail has been received and will be reviewed. If your matter is urgent, please call our office at 319-555-0121.

    This message and any attachment may contain privileged or confidential information.
    """)
    return dict(headers=[("From", "Dunleavy Marsh & Kettering LLP <reception@dmklawiowa.com>"), ("To", "Alliant Energy Customer Care <%s>" % CC),
                         ("Subject", "Received: We received your request [CC-2024-11-00620]"), ("Date", E.rfcdate(spec["_utc"], "C")),
                         ("Message-ID", "<%s@dmklawiowa.com>" % E.uuid_()), ("X-Autoreply", "yes"), ("X-Autorespond", "yes"),
                         ("MIME-Version", "1.0"), ("CT", None)],
                content=("plain", text, "us-ascii", "7bit"))


A("loop-law-firm", "automated: auto-reply (loop trap)", "en", "law firm mail rule", "customercare", "2024-11-25 15:25", "C",
  ("Dunleavy Marsh & Kettering LLP", "reception@dmklawiowa.com"), _law_autoreply,
  "LOOP TRAP: the law firm's rule-based receipt for our acknowledgement; no Auto-Submitted, only X-Autoreply",
  provider="m365")


def _zendesk(spec):
    spec["envelope"] = "bounce+%s@optoutly.zendesk.com" % E.hexs(12)
    text = T("""
    ##- Please type your reply above this line -##

    Your request (#48213) has been received and is being reviewed by our support staff.

    To add additional comments, reply to this email.

    ----------------------------------------------

    Alliant Energy Customer Care, Nov 20, 2024, 3:12 PM CST

    We received your request [CC-2024-11-00577]
    """)
    return dict(headers=[("Date", E.rfcdate(spec["_utc"], "UTC")), ("From", "OptOutly Support <support@optoutly.zendesk.com>"),
                         ("Reply-To", "OptOutly Support <support+id48213@optoutly.zendesk.com>"), ("To", "Alliant Energy Customer Care <%s>" % CC),
                         ("Message-ID", "<%s_sprut@zendesk.com>" % E.rs(E.UPPERNUM, 14)),
                         ("In-Reply-To", "<ack.CC-2024-11-00577@alliant-energy.com>"),
                         ("Subject", "[OptOutly] Re: We received your request [CC-2024-11-00577]"), ("Mime-Version", "1.0"),
                         ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", E.hexs(7)), ("Auto-Submitted", "auto-generated"),
                         ("CT", None)],
                content=("alt", text, _agent_html(text), "UTF-8", "--==_mimepart_%s_%d" % (E.hexs(13), E.RNG.randint(10000, 99999))))


A("loop-zendesk", "automated: auto-reply (loop trap)", "en", "Zendesk", "customercare", "2024-11-20 21:13", "C",
  ("OptOutly Support", "support@optoutly.zendesk.com"), _zendesk,
  "LOOP TRAP: the agent's helpdesk opened a ticket from our acknowledgement and says so (Auto-Submitted: auto-generated)",
  provider="sendgrid")


def _dsn_ours(spec):
    spec["envelope"] = ""
    local, zn = E.zoned(spec["_utc"], "C")
    orig_rcpt = "case+PG-559077@reply.purgely.io"
    text = T(f"""
    This is the mail system at host out01.alliant-energy.com.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <{orig_rcpt}>: host inbound-smtp.us-east-1.amazonaws.com[44.206.91.27]
        said: 550 5.1.1 Recipient address rejected: case closed (in reply to RCPT
        TO command)
    """)
    ds = T(f"""
    Reporting-MTA: dns; out01.alliant-energy.com
    X-Postfix-Queue-ID: {E.rs('0123456789ABCDEF', 10)}
    X-Postfix-Sender: rfc822; customercare@alliant-energy.com
    Arrival-Date: {E.rfcdate(E.plus(spec['_utc'], -4), 'C')}

    Final-Recipient: rfc822; {orig_rcpt}
    Original-Recipient: rfc822;{orig_rcpt}
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com
    Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: case closed
    """)
    hdrs = T(f"""
    Return-Path: <customercare@alliant-energy.com>
    Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.2.10])
    	by out01.alliant-energy.com (Postfix) with ESMTPS id {E.rs('0123456789ABCDEF', 10)}
    	for <{orig_rcpt}>; {E.rfcdate_c(E.plus(spec['_utc'], -4), 'C')}
    From: Alliant Energy Customer Care <customercare@alliant-energy.com>
    To: {orig_rcpt}
    Subject: We received your request [CC-2025-01-00281]
    Message-ID: <ack.CC-2025-01-00281@alliant-energy.com>
    Auto-Submitted: auto-replied
    Date: {E.rfcdate(E.plus(spec['_utc'], -5), 'C')}
    """)
    bnd = "%s.%d/out01.alliant-energy.com" % (E.rs("0123456789ABCDEF", 10), int(spec["_utc"].timestamp()))
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], (text + "\n").encode()),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], (ds + "\n").encode()),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], (hdrs + "\n").encode())]
    return dict(headers=[("Message-Id", "<%s@out01.alliant-energy.com>" % E.rs("0123456789ABCDEF", 16)), ("Date", E.rfcdate(spec["_utc"], "C")),
                         ("From", "MAILER-DAEMON@out01.alliant-energy.com (Mail Delivery System)"),
                         ("Subject", "Undelivered Mail Returned to Sender"), ("To", CC), ("Auto-Submitted", "auto-replied"),
                         ("MIME-Version", "1.0"), ("CT", None), ("Content-Transfer-Encoding", "8bit")],
                content=("parts", "report", bnd, parts, "This is a MIME-encapsulated message.", " report-type=delivery-status;"))


A("bounce-ack-agent", "automated: bounce", "en", "our outbound Postfix DSN", "customercare", "2025-01-10 08:14", "C",
  ("Mail Delivery System", "MAILER-DAEMON@out01.alliant-energy.com"), _dsn_ours,
  "our own MTA's DSN: the acknowledgement to a removal service's per-case reply address bounced ('case closed')",
  provider="ourmta")


def _yahoo_legacy(spec):
    spec["envelope"] = ""
    local, zn = E.zoned(E.parse_local("2024-11-12 08:00", "C"), "C")
    text = T(f"""
    Sorry, we were unable to deliver your message to the following address.

    <jdvorak1957@yahoo.com>:
    554: delivery error: dd This user doesn't have a yahoo.com account (jdvorak1957@yahoo.com) [0] - mta{E.RNG.randint(4000, 4999)}.mail.gq1.yahoo.com

    --- Below this line is a copy of the message.

    Received: from out02.alliant-energy.com (EHLO out02.alliant-energy.com) (64.191.208.13)
      by mta{E.RNG.randint(4000, 4999)}.mail.gq1.yahoo.com with SMTPS; {E.utcdate(E.plus(spec['_utc'], -2))}
    From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
    To: jdvorak1957@yahoo.com
    Subject: Holiday Preview: gifts for every room
    List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2411-{E.rs(E.UPPERNUM, 6)}>
    Date: {email_date(local)}

    PowerHouse Catalog | Holiday Preview

    Heated throws, smart plugs, LED string lights and more, for everyone on your list.
    """)
    return dict(headers=[("From", "MAILER-DAEMON@yahoo.com"), ("To", PH), ("Subject", "Failure Notice"),
                         ("Date", E.utcdate(spec["_utc"])), ("Message-ID", "<%d.%d@mta%d.mail.gq1.yahoo.com>" % (int(spec["_utc"].timestamp()), E.RNG.randint(1000, 9999), E.RNG.randint(4000, 4999)))],
                content=("plain", text, "us-ascii", None), legacy=True)


def email_date(local):
    import email.utils as eu
    return eu.format_datetime(local)


A("bounce-promo-yahoo", "automated: bounce", "en", "Yahoo legacy bounce", "powerhousecatalog", "2024-11-12 08:04", "C",
  ("", "MAILER-DAEMON@yahoo.com"), _yahoo_legacy,
  "Yahoo's legacy (non-MIME) bounce of the catalog e-mail; the copy below contains our List-Unsubscribe and 'unsubscribe'",
  provider="generic", helo="mta4263.mail.gq1.yahoo.com", ip="98.137.65.27", selector="s2048")


def _gmail_dsn(spec):
    spec["envelope"] = ""
    bad = "rwalz1960@gmial.com"
    text = T(f"""
    ** Address not found **

    Your message wasn't delivered to {bad} because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

    Learn more here: https://support.google.com/mail/answer/6596

    The response was:

    DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com
    """)
    html = "<html><body><h2>Address not found</h2><p>%s</p></body></html>" % E.esc(text.split("\n\n")[1])
    ds = T(f"""
    Reporting-MTA: dns; googlemail.com
    Received-From-MTA: dns; customercare@alliant-energy.com
    Arrival-Date: {E.utcdate(E.plus(spec['_utc'], -3))}
    X-Original-Message-ID: <ack.CC-2024-11-00431@alliant-energy.com>

    Final-Recipient: rfc822; {bad}
    Action: failed
    Status: 5.1.2
    Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
    Last-Attempt-Date: {E.utcdate(spec['_utc'])}
    """)
    orig = T(f"""
    From: Alliant Energy Customer Care <customercare@alliant-energy.com>
    To: {bad}
    Subject: We received your request [CC-2024-11-00431]
    Message-ID: <ack.CC-2024-11-00431@alliant-energy.com>
    Auto-Submitted: auto-replied
    Date: {E.rfcdate(E.plus(spec['_utc'], -4), 'C')}
    MIME-Version: 1.0
    Content-Type: text/plain; charset="us-ascii"

    Thank you for contacting Alliant Energy.
    """)
    bnd = "000000000000" + E.hexs(16)
    alt = E.multipart("alternative", "000000000000" + E.hexs(16), [E.part("text/plain", text, "UTF-8", "quoted-printable"),
                                                                   E.part("text/html", html, "UTF-8", "quoted-printable")])
    parts = [alt, (["Content-Type: message/delivery-status"], (ds + "\n").encode()),
             (["Content-Type: message/rfc822"], (orig + "\n").encode())]
    return dict(headers=[("MIME-Version", "1.0"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                         ("To", CC), ("Auto-Submitted", "auto-replied"), ("Message-ID", "<%s.%s@mx.google.com>" % (E.hexs(10), E.hexs(10))),
                         ("Date", E.rfcdate(spec["_utc"], "P")), ("In-Reply-To", "<ack.CC-2024-11-00431@alliant-energy.com>"),
                         ("References", "<ack.CC-2024-11-00431@alliant-energy.com>"), ("Subject", "Delivery Status Notification (Failure)"),
                         ("X-Failed-Recipients", bad), ("CT", None)],
                content=("parts", "report", bnd, parts, None, " report-type=delivery-status;"))


A("bounce-ack-typo", "automated: bounce", "en", "Gmail DSN", "customercare", "2024-11-18 19:44", "C",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), _gmail_dsn,
  "DSN for an acknowledgement sent to a mistyped address (gmial.com); contains our own ack text",
  provider="google", gworkspace=True)


def _outlook_ndr(spec):
    spec["envelope"] = ""
    rcpt = "mkrogman.family@outlook.com"
    text = T(f"""
    Your message to {rcpt} couldn't be delivered.

    mkrogman.family's mailbox is full.

    Action Required: Recipient
    Mailbox full

    How to Fix It
    The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.
    """)
    ds = T(f"""
    Reporting-MTA: dns;BN8NAM12HT214.eop-nam12.prod.protection.outlook.com
    Received-From-MTA: dns;mx2.alliant-energy.com
    Arrival-Date: {E.utcdate(E.plus(spec['_utc'], -2))}

    Final-Recipient: rfc822;{rcpt}
    Action: failed
    Status: 5.2.2
    Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
    """)
    orig = T(f"""
    From: Alliant Energy Customer Care <customercare@alliant-energy.com>
    To: {rcpt}
    Subject: We received your request [CC-2024-11-00658]
    Message-ID: <ack.CC-2024-11-00658@alliant-energy.com>
    Auto-Submitted: auto-replied
    Date: {E.rfcdate(E.plus(spec['_utc'], -3), 'C')}
    """)
    bnd = "_%s_" % E.uuid_()
    parts = [E.part("text/plain", text, "us-ascii", "quoted-printable"),
             (["Content-Type: message/delivery-status"], (ds + "\n").encode()),
             (["Content-Type: text/rfc822-headers"], (orig + "\n").encode())]
    return dict(headers=[("From", "postmaster@outlook.com"), ("To", CC), ("Date", E.utcdate(spec["_utc"])),
                         ("Content-Language", "en-US"), ("Message-ID", "<%s@BN8NAM12HT214.eop-nam12.prod.protection.outlook.com>" % E.uuid_()),
                         ("In-Reply-To", "<ack.CC-2024-11-00658@alliant-energy.com>"), ("References", "<ack.CC-2024-11-00658@alliant-energy.com>"),
                         ("Subject", "Undeliverable: We received your request [CC-2024-11-00658]"), ("Auto-Submitted", "auto-replied"),
                         ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0"), ("CT", None)],
                content=("parts", "report", bnd, parts, None, " report-type=delivery-status;"))


A("bounce-ack-quota", "automated: bounce", "en", "Outlook.com NDR", "customercare", "2024-11-26 13:20", "C",
  ("", "postmaster@outlook.com"), _outlook_ndr,
  "Outlook.com NDR (mailbox full) for an acknowledgement; subject 'Undeliverable: We received your request'",
  provider="outlook")
