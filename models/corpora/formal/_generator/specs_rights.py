"""Privacy-rights template letters in English: do not sell/share, know, delete, correct, limit, combinations."""
from spec import M, MO, CS, Q

SPECS = [
M("r01-ccpa-dns-gmail", "cc", "rights-template", "gmail", ("Theodore Ashgrove", "t.ashgrove.law@gmail.com"),
  "2026-01-12 09:14", "Do Not Sell or Share My Personal Information", """
To Whom It May Concern:

I am submitting this request under the California Consumer Privacy Act, as amended by the California Privacy
Rights Act. Please do not sell or share my personal information with any third party, and apply this choice to
every record you hold about me.

Name: Theodore Ashgrove
Service address: 1840 Bever Avenue SE, Cedar Rapids, IA 52403

I understand I may not be a California resident for purposes of the statute; I ask that you honor the request
regardless, as a matter of your own policy.

Respectfully,
Theodore Ashgrove
""", "CCPA 'do not sell or share' template from an Iowa address: a sharing opt-out; no marketing words",
  [CS], ent={"name": "Theodore Ashgrove", "postal_code": "52403"}),

M("r02-cpra-notice-word", "ph", "rights-template", "outlookpc", ("Priscilla Dunmore", "pdunmore@dunmore-cpa.com"),
  "2026-01-20 14:02", "Notice of Opt-Out of Sale and Sharing - Cal. Civ. Code 1798.120", """
PRISCILLA A. DUNMORE
2716 Capitol Mall, Suite 400
Sacramento, California 95816

January 20, 2026

PowerHouse Catalog
Attn: Privacy Department

RE: Notice of Opt-Out of Sale and Sharing - Cal. Civ. Code section 1798.120

Dear Sir or Madam:

This letter constitutes my notice, pursuant to section 1798.120 of the California Civil Code, that I opt out of
the sale and of the sharing of my personal information. I have received your catalog at the address above since
2023 and have reason to believe my name and address have been exchanged with other mail-order firms.

Please direct every entity to which you have sold or shared my information to cease further use of it, to the
extent the statute requires.

Sincerely,

Priscilla A. Dunmore
""", "Formal CPRA opt-out of sale and sharing pasted from Word: catalog_share_opt_out only, catalog still welcome",
  [CS], ent={"name": "Priscilla A. Dunmore", "postal_code": "95816"}),

M("r03-cpra-and-cease-catalog", "ph", "rights-template", "thunderbird", ("Gordon Whitlock", "gwhitlock@fastmail.com"),
  "2026-02-03 19:40", "Consumer privacy request (sale/sharing) and cessation of mailings", """
Dear PowerHouse Catalog:

Pursuant to applicable consumer privacy law, I hereby (1) opt out of the sale and sharing of my personal
information, and (2) request that you cease mailing me catalogs, postcards and any other promotional material.

Name as it appears on your label: GORDON R WHITLOCK
Address: 412 Locust Street, Dubuque, IA 52001

Thank you for your attention to this matter.

Gordon R. Whitlock, Jr.
""", "Two numbered demands: opt out of sale/sharing and stop promotional mailings: both opt-outs; generational suffix kept in the name",
  [MO, CS], ent={"name": "Gordon R. Whitlock, Jr.", "postal_code": "52001"}),

M("r04-right-to-know", "cc", "rights-template", "outlookcom", ("Lenora Fairweather", "lenora.fairweather@outlook.com"),
  "2026-02-09 11:27", "Request to Know - Personal Information", """
Dear Privacy Officer,

I am writing to exercise my right to know. Please provide me with:

1. the categories of personal information you have collected about me;
2. the categories of sources from which it was collected;
3. the business or commercial purpose for collecting, selling or sharing it;
4. the categories of third parties to whom you disclose it; and
5. the specific pieces of personal information you hold about me.

My electric account number is 5503-281-7740. I can verify my identity in whatever manner you require.

Regards,
Lenora Fairweather
Janesville, WI 53545
""", "Right-to-know template listing five items: a data access request, question only",
  [Q], ent={"name": "Lenora Fairweather", "postal_code": "53545", "account": "5503-281-7740"}),

M("r05-right-to-delete", "cc", "rights-template", "gmail", ("Marcus Delacroix-Hale", "mdelacroixhale@gmail.com"),
  "2026-02-17 08:55", "Request to Delete Personal Information", """
Dear Sir or Madam:

Pursuant to Cal. Civ. Code section 1798.105, I request that you delete any and all personal information you
have collected about me, and that you direct your service providers and contractors to do the same.

Please confirm in writing once deletion has been completed.

Marcus Delacroix-Hale
""", "Statutory request to delete all personal information: unclear + question per LABELS.md (bot may not delete)",
  [Q], unclear=True, ent={"name": "Marcus Delacroix-Hale"}),

M("r06-right-to-correct", "cc", "rights-template", "outlookpc", ("Beatrice Kowalski", "bkowalski@kowalskiandsons.com"),
  "2026-03-02 10:08", "Request to Correct Inaccurate Personal Information", """
Dear Privacy Team:

I am exercising my right to correct inaccurate personal information. Your records, including my monthly
statements, list my surname as "Kowalsky". The correct spelling is Kowalski. Your records also show my middle
initial as "R"; it is "T".

Account Number: 4471 0093 2265

Please correct both items and confirm.

Very truly yours,

Beatrice T. Kowalski

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain
privileged or confidential information. If you are not the intended recipient, do not read, copy, distribute or
retain this message; notify the sender and delete it.
""", "Right-to-correct request (surname spelling, middle initial): question; the footer's 'do not distribute' is not hers",
  [Q], ent={"name": "Beatrice T. Kowalski", "account": "4471 0093 2265"}),

M("r07-limit-sensitive", "cc", "rights-template", "applemail", ("Ingrid Solvang", "ingrid.solvang@icloud.com"),
  "2026-03-05 21:16", "Limit the Use of My Sensitive Personal Information", """
To the Privacy Department:

I direct you to limit the use and disclosure of my sensitive personal information, including my Social Security
number, my account log-in credentials and any precise geolocation derived from my smart meter, to that which is
necessary to provide the services I have requested.

Ingrid Solvang
Account 3390-1182-57
""", "CPRA 'limit the use of sensitive data' is neither a marketing nor a sharing opt-out; needs a person: question",
  [Q], ent={"name": "Ingrid Solvang", "account": "3390-1182-57"}),

M("r08-know-delete-dns", "ph", "rights-template", "gmail", ("Evangeline Roark", "evangeline.roark@gmail.com"),
  "2026-03-10 16:31", "Privacy Rights Request: Access, Deletion, Opt-Out", """
Dear PowerHouse Catalog,

I am exercising the following rights with respect to my personal information:

- RIGHT TO KNOW: Provide a copy of all personal information you maintain about me.
- RIGHT TO DELETE: Delete all personal information you maintain about me.
- RIGHT TO OPT OUT: Do not sell or share my personal information.

Evangeline Roark
88 Hawthorne Court
Fond du Lac, WI 54935
""", "Access + delete everything + do not sell: the delete-everything part makes the whole mail unclear + question",
  [Q], unclear=True, ent={"name": "Evangeline Roark", "postal_code": "54935"}),

M("r09-access-and-dns", "cc", "rights-template", "outlookcom", ("Winston Oyelaran", "woyelaran@hotmail.com"),
  "2026-03-18 13:44", "Data access request and opt-out of sale", """
Dear Alliant Energy,

Please treat this e-mail as two requests.

First, I request a copy of the personal information you hold about me, in a portable format.

Second, I instruct you not to sell or share my personal information with third parties, now or in the future.

Winston Oyelaran
Acct. No. 7012-5540-36
Marshalltown, Iowa 50158
""", "Copy of data (question) plus do-not-sell/share (sharing opt-out): both labels",
  [CS, Q], ent={"name": "Winston Oyelaran", "account": "7012-5540-36", "postal_code": "50158"}),

M("r10-virginia-style", "cc", "rights-template", "gmail", ("Harriet Blackwood", "harriet.blackwood@gmail.com"),
  "2026-04-01 10:19", "Consumer Data Protection Act - Opt-Out Request", """
Dear Data Controller:

Under the Consumer Data Protection Act, I opt out of the processing of my personal data for purposes of
(a) targeted advertising, (b) the sale of personal data, and (c) profiling in furtherance of decisions that
produce legal or similarly significant effects concerning me.

Please apply this opt-out to all personal data associated with my e-mail address and with the account held at
3019 Grand Avenue, Spirit Lake, IA 51360.

Harriet Blackwood
""", "Opt out of sale (sharing opt-out) plus targeted advertising and profiling, which need a person: CS + question",
  [CS, Q], ent={"name": "Harriet Blackwood", "postal_code": "51360"}),

M("r11-colorado-sale", "ph", "rights-template", "yahoo", ("Clifford Ambrose", "cliff.ambrose@yahoo.com"),
  "2026-04-06 18:02", "Opt-out of sale of personal data", """
PowerHouse Catalog:

I exercise my right to opt out of the sale of my personal data. This applies to my name, mailing address,
purchase history and any inferences drawn from them.

Please continue to send me your catalog.

Clifford Ambrose
Customer No. PH-2207714
""", "Opt out of sale, keeps the catalog: catalog_share_opt_out only (channel kept)",
  [CS], ent={"name": "Clifford Ambrose", "account": "PH-2207714"}),

M("r12-minnesota-third-parties", "cc", "rights-template", "outlookpc", ("Rolf Engebretson", "rengebretson@engebretson-ag.com"),
  "2026-04-14 09:37", "Request for list of specific third parties", """
Dear Privacy Officer:

I am a customer at a property I own in Winona County, Minnesota, and I also hold an account with you at my
residence in La Crosse County, Wisconsin. I request a list of the specific third parties, not merely the
categories, to which you have disclosed my personal data.

Please send your response to the address below.

Rolf Engebretson
N2291 County Road OA
La Crescent, MN 55947

This message was sent from Engebretson Agricultural Services. Our privacy policy is available on request. To
unsubscribe from our seasonal newsletters, reply with REMOVE in the subject.
""", "Asks for the specific third parties his data went to: question; the company footer's 'unsubscribe/REMOVE' is boilerplate",
  [Q], ent={"name": "Rolf Engebretson", "postal_code": "55947"}),

M("r13-iowa-icdpa", "cc", "rights-template", "gmail", ("Della Mae Quist", "dellamae.quist@gmail.com"),
  "2026-04-22 15:50", "Iowa Consumer Data Protection Act - opt out", """
Dear Alliant Energy:

In accordance with Iowa Code chapter 715D, I opt out of the sale of my personal data.

Account holder: Della Mae Quist
Acct. No. 6120-448-0173
Service address: 1107 North Federal Avenue, Mason City, IA 50401

Thank you.
""", "Iowa statute cited, opt out of sale only: catalog_share_opt_out, not marketing",
  [CS], ent={"name": "Della Mae Quist", "account": "6120-448-0173", "postal_code": "50401"}),

M("r14-texas-targeted", "ph", "rights-template", "outlookcom", ("Barrett Olmsted", "barrett.olmsted@outlook.com"),
  "2026-05-04 12:12", "Opt-Out Request (Sale and Targeted Advertising)", """
To the Privacy Department of PowerHouse Catalog:

I am writing to opt out of (i) the sale of my personal data and (ii) the processing of my personal data for
targeted advertising. I received your spring catalog at 905 West Ninth Street, Austin, Texas 78703.

Kindly confirm the opt-outs have been applied.

Barrett Olmsted
""", "Opt out of sale (sharing) and of targeted advertising (not a mail/e-mail stop; needs a person): CS + question",
  [CS, Q], ent={"name": "Barrett Olmsted", "postal_code": "78703"}),

M("r15-portability", "cc", "rights-template", "thunderbird", ("Nathaniel Prewitt", "nprewitt@mailbox.org"),
  "2026-05-11 07:48", "Data portability request", """
Dear Sir or Madam,

I request that you provide the personal data concerning me which I have provided to you, including fifteen-minute
interval usage from my meter for the past 24 months, in a structured, commonly used and machine-readable format,
so that I may transmit it to another party.

Nathaniel Prewitt
Account No. 2284 5591 0307
""", "Portability = copy of his data: question",
  [Q], ent={"name": "Nathaniel Prewitt", "account": "2284 5591 0307"}),

M("r16-gdpr-style", "cc", "rights-template", "gmail", ("Dr. Annika Vogelsang", "annika.vogelsang@gmail.com"),
  "2026-05-19 17:25", "Subject access request and objection to direct marketing (Art. 15 and 21 GDPR)", """
Dear Data Protection Officer,

I am a German national residing in Madison, Wisconsin, and your customer since 2024.

1. Under Article 15 GDPR, please confirm whether you process personal data concerning me and provide a copy.
2. Under Article 21(2) and (3) GDPR, I object to the processing of my personal data for direct marketing.
   Please stop sending me marketing by post and by e-mail.

I am aware that the GDPR may not apply to you; I ask you to honour these requests in any case.

Yours faithfully,

Dr. Annika Vogelsang
Madison, WI 53705
""", "GDPR-style letter: copy of data (question) and objection to direct marketing by post and e-mail (opt-out); title 'Dr.' dropped",
  [MO, Q], ent={"name": "Annika Vogelsang", "postal_code": "53705"}),

M("r17-cease-direct-marketing", "ph", "rights-template", "outlookpc", ("Cornelius Van Hoorn", "cvanhoorn@vanhoorn-insurance.com"),
  "2026-05-27 10:41", "Cease and Desist - Direct Marketing and List Rental", """
Cornelius J. Van Hoorn
214 East Main Street
Pella, Iowa 50219

May 27, 2026

VIA ELECTRONIC MAIL

PowerHouse Catalog

RE: Cessation of direct marketing; prohibition on rental or exchange of my name

Dear Sir or Madam:

Please accept this letter as my formal demand that you (1) cease all direct marketing to me, in print and
electronic form, and (2) refrain from renting, exchanging or otherwise making available my name and address to
any other company.

Sincerely,

Cornelius J. Van Hoorn

--
Van Hoorn Insurance Agency | 214 East Main Street, Pella, IA 50219
The information in this e-mail is confidential and intended only for the named recipient. Insurance coverage
cannot be bound or altered by e-mail. Privacy notice: www.vanhoorn-insurance.com/privacy
""", "Formal demand: cease direct marketing and do not rent/exchange his name: both opt-outs; footer 'privacy' is boilerplate",
  [MO, CS], ent={"name": "Cornelius J. Van Hoorn", "postal_code": "50219"}),

M("r18-gpc", "cc", "rights-template", "gmail", ("Simone Achterberg", "simone.achterberg@gmail.com"),
  "2026-06-02 20:33", "Global Privacy Control - please honor by e-mail too", """
Hello,

My browser transmits the Global Privacy Control signal when I use your website and customer portal. Please
treat this e-mail as the same instruction, applied to my account generally: do not sell or share my personal
information.

Simone Achterberg
Account 8810-2247-35
""", "GPC signal restated as 'do not sell or share': catalog_share_opt_out",
  [CS], ent={"name": "Simone Achterberg", "account": "8810-2247-35"}),

M("r19-know-12-months-and-optout", "cc", "rights-template", "outlookcom", ("Leopold Stanczyk", "lstanczyk@outlook.com"),
  "2026-06-09 08:20", "Disclosure of sales in the preceding 12 months; opt-out", """
Dear Alliant Energy Privacy Office:

Please disclose the categories of my personal information that you sold or shared in the preceding twelve
months, and the categories of third parties to whom each was sold or shared.

Further, effective immediately, I opt out of any sale or sharing of my personal information.

Leopold Stanczyk
Beloit, WI 53511
""", "Asks what was sold in the last 12 months (question) and opts out of sale/sharing: CS + question",
  [CS, Q], ent={"name": "Leopold Stanczyk", "postal_code": "53511"}),

M("r20-shine-the-light", "ph", "rights-template", "applemail", ("Rosalind Garraway", "rgarraway@me.com"),
  "2026-06-15 11:05", "Shine the Light Request (Cal. Civ. Code 1798.83)", """
To PowerHouse Catalog:

Pursuant to California Civil Code section 1798.83, I request the following information for the preceding
calendar year: a list of the categories of personal information you disclosed to third parties for their direct
marketing purposes, and the names and addresses of all such third parties.

Rosalind Garraway
1432 Solano Avenue
Albany, CA 94706
""", "Shine the Light request for the list of third parties that received her data: question only",
  [Q], ent={"name": "Rosalind Garraway", "postal_code": "94706"}),

M("r21-shine-the-light-optout", "ph", "rights-template", "gmail", ("Julius Marchetti", "julius.marchetti@gmail.com"),
  "2026-06-23 14:47", "Direct marketing disclosure request and opt-out", """
Dear Sir or Madam:

Please identify each third party to which you disclosed my name or address for that party's own direct marketing
during 2025. In addition, I opt out of any further disclosure of my personal information to third parties for
their direct marketing purposes.

Julius Marchetti
Customer Number PH-1193380
""", "Asks which parties got his name (question) and opts out of further disclosure (sharing opt-out)",
  [CS, Q], ent={"name": "Julius Marchetti", "account": "PH-1193380"}),

M("r22-nevada-sale", "cc", "rights-template", "yahoo", ("Verna Holcombe", "verna_holcombe@yahoo.com"),
  "2026-07-01 09:58", "Verified request - opt out of sale of covered information", """
Dear Operator:

I hereby submit a verified request directing you not to make any sale of any covered information you have
collected or will collect about me.

Verna Holcombe
Account No. 1206-7734-90
""", "Nevada-style 'no sale of covered information': catalog_share_opt_out",
  [CS], ent={"name": "Verna Holcombe", "account": "1206-7734-90"}),

M("r23-oregon-list", "cc", "rights-template", "gmail", ("Desmond Achebe-Lyle", "desmond.achebelyle@gmail.com"),
  "2026-07-08 16:16", "Request for list of specific third parties (consumer privacy)", """
Good afternoon,

I request, at your option, a list of the specific third parties to which you have disclosed my personal data
or any personal data, and confirmation of whether you are processing my personal data at all.

Desmond Achebe-Lyle
Portage, WI 53901
""", "Asks for the specific third parties and confirmation of processing: question",
  [Q], ent={"name": "Desmond Achebe-Lyle", "postal_code": "53901"}),

M("r24-know-and-correct", "cc", "rights-template", "outlookpc", ("Philippa Crane-Morrow", "pcranemorrow@cranemorrowlaw.com"),
  "2026-07-14 13:29", "Request to Know and Request to Correct", """
Dear Privacy Officer:

I write in my personal capacity, concerning my residential account (Acct. 3305-7781-204).

(1) Request to Know. Please provide the specific pieces of personal information you hold about me.
(2) Request to Correct. Your records show a former mailing address (P.O. Box 118, Cuba City) that has not been
valid since 2024. Please correct it to 611 Sherman Street, Platteville, WI 53818.

Sincerely,

Philippa Crane-Morrow, J.D.

----
PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION. If you have received this message in error, please
notify the sender immediately and do not distribute, copy or disclose its contents.
""", "Lawyer about her own account: access (question) and address correction (question); ', J.D.' dropped; footer ignored",
  [Q], ent={"name": "Philippa Crane-Morrow", "account": "3305-7781-204", "postal_code": "53818"}),

M("r25-erase-privacy-notice", "cc", "rights-template", "outlook365", ("Gunnar Lindahl", "gunnar.lindahl@lindahl-eng.com"),
  "2026-07-28 10:02", "Erasure request under your Privacy Notice", """
Dear Sir or Madam,

Section 7 of your Privacy Notice states that customers may request deletion of personal information. I am
exercising that right and ask that you erase all personal information relating to me from your systems,
including the records of my former account at 720 Pine Street, Sheboygan, WI 53081, closed in 2025.

Kind regards,

Gunnar Lindahl, P.E.
Principal | Lindahl Engineering Group
""", "Erase everything (former account): unclear + question by rule; ', P.E.' dropped",
  [Q], unclear=True, ent={"name": "Gunnar Lindahl", "postal_code": "53081"}, style="outlook"),

M("r26-profiling-only", "cc", "rights-template", "gmail", ("Odessa Fairbanks", "odessa.fairbanks@gmail.com"),
  "2026-08-04 12:40", "Opt-out of profiling and automated decision-making", """
To Whom It May Concern:

I opt out of profiling and of any automated decision-making that uses my personal data, including any scoring of
my payment history used to set deposits or to decide on disconnection.

Please let me know what profiling you perform, if any.

Odessa Fairbanks
Account No. 9021-3346-11
""", "Profiling / automated-decision opt-out is not a marketing or sharing opt-out: question only",
  [Q], ent={"name": "Odessa Fairbanks", "account": "9021-3346-11"}),

M("r27-dns-confirm-15-days", "ph", "rights-template", "outlookcom", ("Meredith Vanlandingham", "meredith.vanl@outlook.com"),
  "2026-08-12 15:18", "OPT-OUT OF SALE - response required within 15 business days", """
PowerHouse Catalog:

Do not sell my personal information. I expect this request to be honored within fifteen (15) business days as
required, and I expect written confirmation when it has been.

Meredith Vanlandingham
7 Elm Court, Marion, IA 52302
""", "Do not sell + demand for written confirmation (the acknowledgement answers it): catalog_share_opt_out only",
  [CS], ent={"name": "Meredith Vanlandingham", "postal_code": "52302"}),

M("r28-revocation-all-channels", "cc", "rights-template", "outlookpc", ("Ambrose T. Kettering", "akettering@ketteringfarms.com"),
  "2026-08-25 08:06", "Revocation of consent to marketing communications", """
NOTICE OF REVOCATION OF CONSENT

To: Alliant Energy
From: Ambrose T. Kettering, Account No. 4410-2271-63

I hereby revoke any consent, express or implied, that I may have given to receive marketing communications from
Alliant Energy or any of its affiliates, whether by postal mail, e-mail, text message or telephone. This revocation
is effective upon receipt.

Dated: August 25, 2026

/s/ Ambrose T. Kettering
""", "Revokes consent to marketing by mail, e-mail, text and phone: opt-out for mail/e-mail, question for the text/phone part",
  [MO, Q], ent={"name": "Ambrose T. Kettering", "account": "4410-2271-63"}),

M("r29-dns-keep-catalog", "ph", "rights-template", "gmail", ("Lucinda Harrow", "lucinda.harrow@gmail.com"),
  "2026-09-08 19:51", "Do not sell or share my information (but keep the catalog coming)", """
Dear PowerHouse Catalog,

I enjoy your catalog and wish to keep receiving it. I do not, however, consent to the sale or sharing of my
name, address or purchase history with any other company. Please record my opt-out accordingly.

With thanks,
Lucinda Harrow
Customer No. PH-3340918
""", "Keeps the catalog, forbids sale/sharing: catalog_share_opt_out only",
  [CS], ent={"name": "Lucinda Harrow", "account": "PH-3340918"}),

M("r30-four-rights", "cc", "rights-template", "outlookcom", ("Thaddeus Greenleaf", "thaddeus.greenleaf@outlook.com"),
  "2026-09-15 11:33", "Exercise of privacy rights - four requests", """
Dear Privacy Officer:

I am exercising the following rights:

A. Opt-out of sale and sharing. Do not sell or share my personal information.
B. Opt-out of marketing. Do not send me promotional mail or promotional e-mail.
C. Limit use of sensitive personal information. Limit the use of my sensitive personal information to what is
   necessary to provide electric service.
D. Right to know. Provide a copy of the personal information you hold about me.

Thaddeus Greenleaf
Acct. 0093 4471 2206
Clinton, IA 52732
""", "Sale/sharing opt-out, marketing opt-out, limit sensitive data and a copy of data: all three labels",
  [MO, CS, Q], ent={"name": "Thaddeus Greenleaf", "account": "0093 4471 2206", "postal_code": "52732"}),
]
