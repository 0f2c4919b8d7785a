"""Attorneys, authorized agents, powers of attorney, executors, guardians, trustees, HOAs, landlords, compliance
officers and officials writing in a formal register (English)."""
from spec import M, MO, CS, Q, ack

FIRM_FOOTER = """
_______________________________________
This electronic message transmission contains information from the law firm of {firm} that may be
confidential or privileged. The information is intended solely for the recipient and use by any other party is
not authorized. If you are not the intended recipient, be aware that any disclosure, copying, distribution or
use of the contents of this information is prohibited. If you have received this electronic transmission in
error, please notify us immediately by telephone or by reply e-mail. To unsubscribe from firm communications,
including client alerts on privacy law, visit our preference center. Do not distribute."""

SPECS = [
M("a01-attorney-authorization", "cc", "attorney", "outlookpc", ("Russell K. Amundsen", "ramundsen@amundsenpryor.com"),
  "2026-01-27 11:12", "RE: Our client Harold J. Tiedemann - privacy requests (authorization enclosed)", """
AMUNDSEN & PRYOR, P.L.C.
Attorneys at Law
300 Second Avenue SE, Suite 900
Cedar Rapids, Iowa 52401

January 27, 2026

Alliant Energy
Customer Care - Privacy

RE: Harold J. Tiedemann
    Service Address: 2930 Blairs Ferry Road NE, Cedar Rapids, IA 52402
    Account No. 5820-1147-396

Dear Sir or Madam:

This firm represents Harold J. Tiedemann. A written authorization signed by Mr. Tiedemann on January 22, 2026,
permitting us to act for him in privacy matters, is attached.

On his behalf, we request that Alliant Energy (1) cease sending him marketing or promotional materials by mail
or e-mail, and (2) not sell, share, rent or exchange his name, address or other personal information with any
third party, including any catalog company.

Please direct all correspondence on this matter to the undersigned.

Very truly yours,

Russell K. Amundsen, Esq.

cc: Harold J. Tiedemann (via U.S. Mail)
Enclosure
""" + FIRM_FOOTER.format(firm="Amundsen & Pryor, P.L.C."),
  "Attorney with the client's signed authorization attached: standing; both opt-outs; entities name the client",
  [MO, CS], ent={"name": "Harold J. Tiedemann", "postal_code": "52402", "account": "5820-1147-396"},
  attach=[("Tiedemann_Authorization_2026-01-22.pdf", "application/pdf",
           ("AUTHORIZATION TO ACT ON MY BEHALF", ["I, Harold J. Tiedemann, authorize Amundsen & Pryor, P.L.C.",
                                                 "to make privacy requests on my behalf.", "Signed 01/22/2026"]))]),

M("a02-attorney-cease-all", "cc", "attorney", "outlookpc", ("Veronica S. Haldane", "vhaldane@haldanelegal.com"),
  "2026-02-11 15:47", "Cease and Desist - Communications with Our Client", """
HALDANE LEGAL GROUP

February 11, 2026

RE: Our client, Dwight E. Kasparek
    Account No. 3318-6620-481

To Whom It May Concern:

Please be advised that this office represents Dwight E. Kasparek. Effective immediately, you are directed to
cease and desist from all communications with our client. Any further communication regarding our client should
be directed to this office.

Govern yourselves accordingly.

Veronica S. Haldane, Esq.
Haldane Legal Group
""" + FIRM_FOOTER.format(firm="Haldane Legal Group"),
  "Attorney's 'cease all communications' with no authorization, scope would include bills and notices: unclear; entity the client",
  [], unclear=True, ent={"name": "Dwight E. Kasparek", "account": "3318-6620-481"}),

M("a03-attorney-missing-enclosure", "ph", "attorney", "outlook365", ("Stanton R. Blakeslee", "sblakeslee@blakesleelaw.net"),
  "2026-02-25 10:30", "Privacy request on behalf of Mrs. Agnes Pettibone", """
Dear PowerHouse Catalog:

I write as counsel to Mrs. Agnes Pettibone of 45 Ridgeview Drive, Monona, WI 53716. Enclosed please find her
executed authorization. Please remove her from your catalog mailing list and do not rent or exchange her name.

Respectfully,

Stanton R. Blakeslee, Esq.
Blakeslee Law Office, S.C.
""" + FIRM_FOOTER.format(firm="Blakeslee Law Office, S.C."),
  "Attorney says the authorization is 'enclosed' but nothing is attached: standing not shown, unclear; entity the client ('Mrs.' dropped)",
  [], unclear=True, ent={"name": "Agnes Pettibone", "postal_code": "53716"}, style="outlook"),

M("a04-poa-mother", "cc", "agent", "gmail", ("Carolyn Westergaard", "carolyn.westergaard@gmail.com"),
  "2026-03-03 09:22", "Agent under Durable Power of Attorney - Elsie M. Westergaard", """
Dear Customer Care,

I hold a durable power of attorney for my mother, Elsie M. Westergaard, who is the account holder at
1216 Fourth Avenue North, Fort Dodge, IA 50501 (Account 7709-3321-08). A copy of the power of attorney is
attached.

Acting as her attorney-in-fact, I ask that you stop sending promotional mail and marketing e-mail to her. Her
bills and service notices should continue as they are.

Sincerely,
Carolyn Westergaard
Attorney-in-fact for Elsie M. Westergaard
""", "Daughter holding a durable POA (copy attached) stops marketing only: standing, marketing_opt_out; entities the mother",
  [MO], ent={"name": "Elsie M. Westergaard", "postal_code": "50501", "account": "7709-3321-08"},
  attach=[("POA_Westergaard.pdf", "application/pdf",
           ("DURABLE POWER OF ATTORNEY FOR FINANCIAL MATTERS", ["Principal: Elsie M. Westergaard",
                                                               "Agent: Carolyn Westergaard", "Notarized 2023"]))]),

M("a05-executor-catalog", "ph", "estate", "outlookcom", ("Franklin Oduya", "franklin.oduya@outlook.com"),
  "2026-03-12 13:55", "Estate of Josephine Oduya - catalog mailings", """
To PowerHouse Catalog:

I am the duly appointed executor of the Estate of Josephine Oduya, who died on November 30, 2025. Letters
Testamentary issued by the Dane County Circuit Court are attached.

Catalogs continue to arrive in her name at 3802 Lien Road, Madison, WI 53704. As executor, I request that you
stop mailing catalogs to her and that you not rent, sell or exchange her name and address.

Franklin Oduya
Executor
""", "Executor with letters testamentary: standing; stop catalogs + no name exchange = both; entities the decedent",
  [MO, CS], ent={"name": "Josephine Oduya", "postal_code": "53704"},
  attach=[("Letters_Testamentary_Oduya.pdf", "application/pdf",
           ("LETTERS TESTAMENTARY", ["Estate of Josephine Oduya", "Executor: Franklin Oduya"]))]),

M("a06-guardian-ward", "cc", "guardian", "outlookpc", ("Maureen Castellano", "mcastellano@lutheranfamilysvcs.org"),
  "2026-03-24 10:14", "Court-appointed guardian - Raymond P. Lusk", """
Dear Sir or Madam:

I am the court-appointed guardian of the estate and person of Raymond P. Lusk (Polk County Case No. GCPR
118204). A copy of my Letters of Appointment is attached.

Mr. Lusk's account number is 6634-2109-885. Please:

1. Stop all promotional mailings and marketing e-mail to Mr. Lusk; and
2. Send me copies of his account statements for the past twelve months.

Respectfully,

Maureen Castellano, MSW
Professional Guardian
Lutheran Family Services
""", "Court-appointed guardian (letters attached): standing; stop promotions + statements request: MO + question; entities the ward",
  [MO, Q], ent={"name": "Raymond P. Lusk", "account": "6634-2109-885"},
  attach=[("Letters_of_Appointment_Lusk.pdf", "application/pdf",
           ("LETTERS OF APPOINTMENT OF GUARDIAN", ["Ward: Raymond P. Lusk", "Guardian: Maureen Castellano"]))]),

M("a07-pr-delete", "cc", "estate", "gmail", ("Lorraine Haverkamp", "lhaverkamp1958@gmail.com"),
  "2026-04-07 14:21", "Personal Representative - Estate of Gerald Haverkamp", """
Dear Alliant Energy,

I am the personal representative of the estate of my late husband, Gerald Haverkamp (Account 2250-6618-43). I
request that you close his account, erase all of his personal information from your records, and confirm to me
in writing when this has been done.

Lorraine Haverkamp
Personal Representative
""", "Personal representative asks to close the account and erase all his data: delete-everything is unclear + question; entity the decedent",
  [Q], unclear=True, ent={"name": "Gerald Haverkamp", "account": "2250-6618-43"}),

M("a08-paralegal-no-auth", "cc", "attorney", "outlook365", ("Intake - Morrow Lindqvist LLP", "intake@morrowlindqvist.com"),
  "2026-04-16 16:03", "Client request - removal from marketing", """
Good afternoon,

Our office represents Ms. Tamsin Ebright in an unrelated matter. On her behalf, please remove her from all
marketing lists and confirm the removal to the undersigned.

Thank you,

Colette Marsh
Paralegal to Warren D. Morrow, Esq.
Morrow Lindqvist LLP
""" + FIRM_FOOTER.format(firm="Morrow Lindqvist LLP"),
  "Paralegal for a client 'in an unrelated matter', no authorization: unclear; entity the client; role From, ack to the paralegal's Reply-To",
  [], unclear=True, ent={"name": "Tamsin Ebright"}, reply_to=("Colette Marsh", "cmarsh@morrowlindqvist.com"),
  style="outlook"),

M("a09-agent-service-signed", "ph", "agent", "system_html", ("ClearPath Privacy Agents", "no-reply@clearpathprivacy.com"),
  "2026-04-28 07:00", "Authorized Agent Request: Opt-Out of Sale/Sharing for Naomi Prescott", """
Authorized Agent Request

ClearPath Privacy Agents is the authorized agent of the consumer named below. The consumer's signed permission
for ClearPath to submit this request is attached (PDF).

Consumer: Naomi Prescott
Postal code: 53590
Request type: Opt-out of sale and sharing of personal information

Please direct any verification questions to our case team by replying to this message; replies reach
cases@clearpathprivacy.com.

ClearPath Case ID: CP-26-0448712
""", "Agent service submitting with the consumer's signed permission attached: treated as standing (judgement call); CS; entities the consumer; ack to Reply-To",
  [CS], ent={"name": "Naomi Prescott", "postal_code": "53590"},
  reply_to=("ClearPath Case Team", "cases@clearpathprivacy.com"), hdr=[], jvm="agent", no_auto=True,
  attach=[("Signed_Permission_CP-26-0448712.pdf", "application/pdf",
           ("AUTHORIZED AGENT PERMISSION", ["Consumer: Naomi Prescott", "Agent: ClearPath Privacy Agents",
                                            "Signed electronically 04/26/2026"]))]),

M("a10-agent-service-unsigned", "ph", "agent", "gmail", ("Kestrel Privacy Concierge", "requests.kestrel@gmail.com"),
  "2026-05-06 12:48", "Data request on behalf of our member", """
Hello PowerHouse Catalog team,

We are contacting you on behalf of our member, Mr. Emmett Garrow, who has asked us to manage his privacy
preferences. Please stop sharing his details and remove him from your mailings.

Best regards,
Kestrel Privacy Concierge
Member services
""", "A 'concierge' writing for its member without any authorization: standing not shown, unclear; entity the member ('Mr.' dropped)",
  [], unclear=True, ent={"name": "Emmett Garrow"}),

M("a11-attorney-own-household", "cc", "attorney", "outlookpc", ("Adrienne L. Marchbanks", "amarchbanks@marchbankslaw.com"),
  "2026-05-13 08:41", "Personal account - promotional mail", """
Dear Alliant Energy:

I write in my personal capacity as the account holder for our home at 5512 Tokay Boulevard, Madison, WI 53711.
Please discontinue all promotional mailings and marketing e-mails to our household.

Adrienne L. Marchbanks, Esq.
Marchbanks Law Office, LLC
""" + FIRM_FOOTER.format(firm="Marchbanks Law Office, LLC"),
  "Lawyer writing for her own household from the firm address: standing; marketing opt-out; 'Esq.' dropped; footer ignored",
  [MO], ent={"name": "Adrienne L. Marchbanks", "postal_code": "53711"}),

M("a12-trustee", "cc", "trust", "outlookcom", ("Wendell Auclair", "wendell.auclair@outlook.com"),
  "2026-05-21 10:09", "Auclair Family Revocable Trust - promotional mail", """
Dear Sir or Madam:

I am the sole trustee of the Auclair Family Revocable Trust, which is the account holder for the residence at
18 Lakeshore Lane, Clear Lake, IA 50428 (Account No. 3377-4021-15). On behalf of the Trust, please remove that
account and address from all promotional and marketing mailing lists.

Wendell Auclair, Trustee
""", "Trustee for the trust that holds the account: standing for the trust's own account; marketing opt-out; name = signer",
  [MO], ent={"name": "Wendell Auclair", "postal_code": "50428", "account": "3377-4021-15"}),

M("a13-hoa-management", "cc", "hoa", "outlookpc", ("Prairie Ridge Community Management", "board@prairieridgehoa.org"),
  "2026-06-04 13:30", "Prairie Ridge Homeowners Association - resolution regarding solicitations", """
PRAIRIE RIDGE HOMEOWNERS ASSOCIATION
c/o Heartland Community Management, Inc.

June 4, 2026

RE: Board Resolution 2026-07 - Commercial Solicitations

Dear Sir or Madam:

At its regular meeting on May 28, 2026, the Board of Directors adopted a resolution requesting that utilities
and vendors refrain from commercial solicitations to the 96 residences within Prairie Ridge (Waukee, Iowa
50263). The Board therefore asks that Alliant Energy remove all Prairie Ridge addresses from its marketing lists.

On behalf of the Board,

Lydia Ferncastle
Community Association Manager, CMCA
""", "HOA manager for 96 homes whose accounts are the owners' own: no standing, unclear; no person named for the request, ZIP only",
  [], unclear=True, ent={"postal_code": "50263"}),

M("a14-landlord-tenants", "cc", "landlord", "gmail", ("Bertrand Osei", "bertrand.osei.properties@gmail.com"),
  "2026-06-18 09:45", "Tenants at 1400-1416 Summit Street - marketing mail", """
To Alliant Energy:

I own the eight-unit building at 1400-1416 Summit Street, Iowa City, IA 52245. Each unit is separately metered
and each tenant holds his or her own account. My tenants have complained about the quantity of advertising. I
hereby request, on their behalf, that you cease marketing mail to all eight units.

Bertrand Osei
Osei Rental Properties, LLC
""", "Landlord writing for tenants who hold their own accounts: no standing, unclear; ZIP of the building only",
  [], unclear=True, ent={"postal_code": "52245"}),

M("a15-landlord-former-tenant", "ph", "landlord", "yahoo", ("Glenda Rasmussen", "glenda.rasmussen@yahoo.com"),
  "2026-07-06 17:12", "Catalogs addressed to a former tenant", """
Dear PowerHouse Catalog:

I am the owner of the rental house at 219 Oak Street, Decorah, IA 52101. Your catalogs continue to arrive
addressed to Mr. Quentin Abernathy, who vacated the premises in 2024 and left no forwarding address. Please
remove his name from your list at this address.

Glenda Rasmussen
""", "Landlord for a former tenant's catalogs: on behalf of someone without standing, unclear; entity the former tenant",
  [], unclear=True, ent={"name": "Quentin Abernathy", "postal_code": "52101"}),

M("a16-landlord-own-accounts", "cc", "landlord", "outlookpc", ("Harlan Westbrook", "hwestbrook@westbrookrealty.com"),
  "2026-07-15 11:26", "House-meter accounts - Westbrook Realty", """
Dear Sir or Madam:

Westbrook Realty, Inc. holds the house-meter accounts for the common areas of our buildings in Dubuque (Account
Nos. 5501-2290-14 and 5501-2290-22). These accounts are in the company's name and I am authorized to manage them.
Please remove both accounts from all promotional mailings and marketing e-mail.

Harlan Westbrook III
Vice President, Property Operations
Westbrook Realty, Inc.
""", "Landlord about the company's own common-area accounts: standing; marketing opt-out; first account listed",
  [MO], ent={"name": "Harlan Westbrook III", "account": "5501-2290-14"}),

M("a17-compliance-officer-cu", "cc", "business", "outlookpc", ("Simone Okafor-Brandt", "compliance@riverbendcu.org"),
  "2026-08-03 14:00", "Riverbend Community Credit Union - marketing and data sharing opt-out", """
RIVERBEND COMMUNITY CREDIT UNION
Office of the Chief Compliance Officer

August 3, 2026

RE: Opt-out for business accounts and business contact information

Dear Sir or Madam:

Riverbend Community Credit Union holds commercial electric accounts for its four branch offices, including our
main office at 600 Riverside Drive, Waterloo, IA 50703 (Account No. 8840-1175-200). As Chief Compliance Officer
I am authorized to act for the credit union in this matter.

Please (a) remove the credit union's branch addresses and our employees' business e-mail addresses from your
promotional mailings, and (b) refrain from sharing, selling or exchanging any of this contact information with
third parties.

Sincerely,

Simone Okafor-Brandt, CRCM
Chief Compliance Officer

This message is intended only for the addressee and may contain confidential information. Riverbend Community
Credit Union does not sell or share member information. Federally insured by NCUA.
""", "Compliance officer opting the credit union's own addresses out: business standing; both opt-outs; role From, no Reply-To",
  [MO, CS], ent={"name": "Simone Okafor-Brandt", "postal_code": "50703", "account": "8840-1175-200"}),

M("a18-records-manager-catalog", "ph", "business", "outlook365", ("Purchasing - Tri-County Dental Group", "purchasing@tricountydental.com"),
  "2026-08-19 09:17", "Remove our purchasing department from catalog and list rentals", """
To PowerHouse Catalog:

Our purchasing department at 1750 Commerce Drive, North Liberty, IA 52317 receives several copies of your
catalog each season. Tri-County Dental Group requests that you stop mailing catalogs to this address and do not
rent or exchange the address or any of our staff names with other companies.

Regards,

Teresa Lindgren
Records and Purchasing Manager
Tri-County Dental Group

Please consider the environment before printing this e-mail.
""", "Records manager for the company's own address: standing; stop catalogs + no rental = both; role From with no Reply-To",
  [MO, CS], ent={"name": "Teresa Lindgren", "postal_code": "52317"}, style="outlook"),

M("a19-legislator-office", "cc", "official", "outlookpc", ("Office of Sen. Dorothea Blum", "sen.blum.district@legis-mail.us"),
  "2026-09-02 10:40", "Constituent inquiry - Mr. Abner Kilgallon", """
Dear Alliant Energy Government Relations:

Our office has been contacted by a constituent, Mr. Abner Kilgallon of Anamosa, Iowa 52205, who reports that he
continues to receive promotional mail and catalogs from Alliant Energy and PowerHouse after requesting their
cessation. Senator Blum would appreciate an explanation of the circumstances and of the steps taken to resolve
the matter.

Sincerely,

Jeremiah Toll
Constituent Services Director
Office of the Hon. Dorothea Blum
""", "Legislative aide for a constituent: wants an explanation (question) but has no standing on the account: unclear + question; entity the constituent",
  [Q], unclear=True, ent={"name": "Abner Kilgallon", "postal_code": "52205"}),

M("a20-judge-own-home", "cc", "official", "outlookcom", ("Hon. Margaret L. Voss", "mlvoss.home@outlook.com"),
  "2026-09-22 18:31", "Promotional mail - residential account", """
Dear Sir or Madam:

Please remove my name and residence from your promotional mailing and e-mail lists. The account is in my name
at 902 Country Club Road, Mount Vernon, IA 52314.

Thank you for your attention.

Hon. Margaret L. Voss (ret.)
""", "Retired judge about her own home: marketing opt-out; 'Hon.' and '(ret.)' dropped from the name",
  [MO], ent={"name": "Margaret L. Voss", "postal_code": "52314"}),

M("a21-conservator-catalog", "ph", "guardian", "applemail", ("Patrick Nwachukwu", "pnwachukwu@icloud.com"),
  "2026-10-06 12:05", "Conservatorship of Samuel Nwachukwu", """
PowerHouse Catalog:

By order of the Iowa District Court for Johnson County, I was appointed conservator for my father,
Samuel Nwachukwu. A copy of the order is attached. My father has been ordering from catalogs he cannot afford.
As his conservator, I direct that you stop mailing catalogs to him and that you not rent or exchange his name and address.

His address: 1107 Kirkwood Court, Iowa City, IA 52240.

Patrick Nwachukwu
Conservator
""", "Court-appointed conservator (order attached): standing; stop catalogs + no exchange = both; entities the father",
  [MO, CS], ent={"name": "Samuel Nwachukwu", "postal_code": "52240"},
  attach=[("Order_Appointing_Conservator.pdf", "application/pdf",
           ("ORDER APPOINTING CONSERVATOR", ["In the Matter of Samuel Nwachukwu", "Conservator: Patrick Nwachukwu"]))]),

M("a22-attorney-followup-ack", "cc", "attorney", "outlookpc", ("Russell K. Amundsen", "ramundsen@amundsenpryor.com"),
  "2026-02-09 09:51", "RE: We received your privacy request [Ref: PRV-2026-000318]", """
Thank you for your acknowledgement.

Please also confirm, for our file, whether Mr. Tiedemann's name or address was provided to any third party in
the twenty-four months before his request, and if so, to whom.

Russell K. Amundsen, Esq.
Amundsen & Pryor, P.L.C.
""", "Attorney (authorization already on file) replies to our acknowledgement with a question about past disclosures: question; entity the client's name as written",
  [Q], ent={"name": "Tiedemann"},
  irt=ack("PRV-2026-000318", "Mr. Amundsen", "January 27, 2026", "Tuesday, January 27, 2026 3:02 PM", "7a1c03e9b2")),
]
