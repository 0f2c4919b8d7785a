"""Word-pasted letters with footers, notarised statements, complaints citing CAN-SPAM or the attorney general,
and formal questions about retention, brokers and sharing (English)."""
from spec import M, MO, CS, Q

SPECS = [
M("m01-lawoffice-billing-footer", "cc", "footer", "outlookpc", ("Deborah Ingersoll", "dingersoll@ingersoll-tate.com"),
  "2026-01-15 10:33", "RE: Late payment charge - Account No. 6602-1193-744", """
Ingersoll & Tate, Certified Public Accountants
118 West Water Street, Decorah, Iowa 52101

Dear Sir or Madam:

Our office account (Account No. 6602-1193-744) was assessed a late payment charge of $18.42 on the December
statement. Our payment was mailed on December 12 and our bank shows it cleared December 16, before the due date.
Please review and reverse the charge, or explain why it was assessed.

Sincerely,

Deborah Ingersoll, CPA
Managing Partner

--
Ingersoll & Tate, CPAs | 118 West Water Street | Decorah, IA 52101
CONFIDENTIALITY: This communication may contain privileged or confidential information. If you are not the
intended recipient, do not read, distribute or copy it.
To unsubscribe from our quarterly tax newsletter, reply with "unsubscribe" in the subject line.
""", "Billing dispute from a CPA office; footer's 'unsubscribe' is their own newsletter boilerplate: question only",
  [Q], ent={"name": "Deborah Ingersoll", "account": "6602-1193-744", "postal_code": "52101"}),

M("m02-taxexempt-catalog-footer", "ph", "footer", "outlook365", ("Accounts Payable - Grace Lutheran Church", "ap@gracelutheranfdl.org"),
  "2026-01-29 11:48", "Sales tax exemption - catalog order", """
Good morning,

Grace Lutheran Church is exempt from Wisconsin sales tax. Our recent PowerHouse Catalog order (ship to 410 Linden
Street, Fond du Lac, WI 54935) was charged $6.87 in sales tax. May we send you our exemption certificate (Form
S-211) and receive a refund of the tax?

Thank you,

Harriet Vollmer
Church Administrator

PRIVACY NOTICE: This message and any attachment are intended for the named recipient only. Do not distribute or
forward without permission. Grace Lutheran Church respects your privacy and never shares member information.
""", "Sales-tax refund question from a church office; the footer's privacy/'do not distribute' words are boilerplate: question",
  [Q], ent={"name": "Harriet Vollmer", "postal_code": "54935"}, style="outlook"),

M("m03-change-of-address", "cc", "letter", "outlookpc", ("Lamont Whitfield-Greer", "lwgreer@whitfieldgreer.com"),
  "2026-02-05 08:27", "RE: Notice of Change of Mailing Address - Account No. 1187-6630-52", """
Lamont Whitfield-Greer

February 5, 2026

Alliant Energy
Customer Care

RE: Notice of Change of Mailing Address
    Account No. 1187-6630-52

Dear Sir or Madam:

Please be advised that effective March 1, 2026, my mailing address for all correspondence concerning the above
account will change from 2204 Prairie Avenue, Beloit, Wisconsin 53511 to:

    P.O. Box 1450
    Rockford, Illinois 61110

The service address is unchanged. Kindly update your records accordingly.

Sincerely,

Lamont Whitfield-Greer

cc: File
""", "Formal change of mailing address: question; the postal_code entity is the new one (61110)",
  [Q], ent={"name": "Lamont Whitfield-Greer", "account": "1187-6630-52", "postal_code": "61110"}),

M("m04-dns-long-footer", "ph", "footer", "outlook365", ("Rebecca Thornquist", "rthornquist@lakelandhealth.org"),
  "2026-02-19 15:10", "Please do not share my name", """
Hello,

I receive the PowerHouse Catalog at home (1218 Grant Street, Stoughton, WI 53589). I would like to keep receiving
it, but please do not give, rent or sell my name and address to any other companies.

Thank you,
Rebecca Thornquist

Rebecca Thornquist, RN, BSN | Clinical Informatics | Lakeland Health
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended
recipient(s) and may contain confidential and privileged information protected by law, including protected health
information under HIPAA. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not
the intended recipient, please contact the sender by reply e-mail and destroy all copies. To opt out of Lakeland
Health system announcements, contact IT.
""", "Keep the catalog, don't share my name: catalog_share_opt_out only; the HIPAA footer's 'opt out'/'distribution' is not hers",
  [CS], ent={"name": "Rebecca Thornquist", "postal_code": "53589"}, style="outlook"),

M("m05-formal-thanks", "cc", "footer", "outlookpc", ("Edmund Pryce-Hollis", "epryce@prycehollis.com"),
  "2026-03-04 16:55", "Thank you - matter resolved", """
Dear Ms. Albrecht:

I write only to thank you and your colleagues for the courteous and prompt resolution of the billing matter we
discussed last week. No further action is required on our part or yours.

With appreciation,

Edmund Pryce-Hollis
Pryce-Hollis Architects

This e-mail may contain privileged material. If received in error, please delete. To unsubscribe from project
announcements, reply UNSUBSCRIBE.
""", "A formal thank-you that asks nothing; the footer's 'reply UNSUBSCRIBE' is boilerplate: human, no labels, ack_to null",
  [], ent={"name": "Edmund Pryce-Hollis"}, ack_to=None),

M("m06-affidavit-revocation", "cc", "notarised", "outlookcom", ("Cyrus Pemberton", "cyrus.pemberton@outlook.com"),
  "2026-03-16 09:12", "SWORN REVOCATION OF CONSENT - MARKETING", """
STATE OF IOWA          )
                       ) ss:
COUNTY OF LINN         )

AFFIDAVIT OF CYRUS PEMBERTON

I, Cyrus Pemberton, being first duly sworn on oath, depose and state:

1. I am the holder of Alliant Energy account number 4902-7715-336 for the premises at 2011 C Avenue NE, Cedar
   Rapids, Iowa 52402.
2. I do not consent, and hereby revoke any prior consent, to receive advertising, promotional offers or
   marketing material from Alliant Energy by postal mail or by electronic mail.

FURTHER AFFIANT SAYETH NAUGHT.

/s/ Cyrus Pemberton

Subscribed and sworn to before me this 14th day of March, 2026.
/s/ Lorena Bickford, Notary Public, State of Iowa
My commission expires: 09/30/2028
""", "Affidavit-style revocation of consent to marketing by mail and e-mail: marketing_opt_out; the notary is not the requester",
  [MO], ent={"name": "Cyrus Pemberton", "account": "4902-7715-336", "postal_code": "52402"}),

M("m07-sworn-dns-catalog", "ph", "notarised", "gmail", ("Ottilie Brennecke", "ottilie.brennecke@gmail.com"),
  "2026-03-30 13:41", "Notarized statement - do not sell or exchange my name", """
NOTARIZED STATEMENT OF OTTILIE BRENNECKE

I, the undersigned, Ottilie Brennecke, of 77 Vine Street, Baraboo, Wisconsin 53913, declare as follows:

I am a customer of PowerHouse Catalog. I do not authorize PowerHouse Catalog, Alliant Energy or any affiliate to
sell, rent, exchange or otherwise share my name, address or purchase information with any other company for any
purpose.

Signed: Ottilie Brennecke
Date: March 27, 2026

State of Wisconsin, County of Sauk. Signed before me on March 27, 2026 by Ottilie Brennecke.
Notary Public: Anselm Drury. My commission is permanent.

(The original notarized copy has also been mailed to your Madison office.)
""", "Notarised-style statement forbidding sale/rental/sharing: catalog_share_opt_out; the notary's name is not the requester",
  [CS], ent={"name": "Ottilie Brennecke", "postal_code": "53913"}),

M("m08-canspam-still-receiving", "cc", "complaint", "gmail", ("Franklin Aldous", "franklin.aldous@gmail.com"),
  "2026-04-09 07:31", "CAN-SPAM violation - opt-out not honored", """
To Alliant Energy:

On March 11, 2026, I used the unsubscribe link in your promotional e-mail. The CAN-SPAM Act (15 U.S.C. 7704)
requires that an opt-out be honored within ten business days. I have since received at least four further
promotional e-mails, the latest this morning.

Remove franklin.aldous@gmail.com from all marketing e-mail now, and explain why my prior request was ignored.

Franklin Aldous
""", "CAN-SPAM complaint with a renewed stop and a demand for an explanation: marketing_opt_out + question",
  [MO, Q], ent={"name": "Franklin Aldous"}),

M("m09-canspam-no-optout", "cc", "complaint", "thunderbird", ("Ignatius Mbeki-Rowe", "imbekirowe@posteo.net"),
  "2026-04-20 22:04", "Your e-mail of April 18 does not comply with CAN-SPAM", """
Dear Sir or Madam,

Your "Spring Savings" e-mail of April 18 displayed no valid physical postal address and its unsubscribe link
returned an error page. Both are requirements of 15 U.S.C. 7704(a)(5). I am preparing a report to the Federal
Trade Commission and would like to know who is responsible for compliance in your marketing department.

Ignatius Mbeki-Rowe
""", "CAN-SPAM complaint that reports a broken link but never asks to be removed; asks who is responsible: question only",
  [Q], ent={"name": "Ignatius Mbeki-Rowe"}),

M("m10-ag-threat-dns", "ph", "complaint", "yahoo", ("Winifred Szabo", "winnie_szabo@yahoo.com"),
  "2026-05-01 10:55", "FINAL NOTICE before complaint to Attorney General", """
To PowerHouse Catalog:

I have now received catalogs from three companies I have never dealt with, each addressed with the same
misspelling of my name ("Winnifred Zsabo") that only your catalog uses. I demand that you stop selling, renting
or exchanging my name and address. If I receive one more catalog bearing that misspelling I will file a complaint
with the Attorney General.

Winifred Szabo
""", "Demands an end to sale/rental of her name under threat of an AG complaint: catalog_share_opt_out; threat is not a question",
  [CS], ent={"name": "Winifred Szabo"}),

M("m11-datcp-ag-remove", "cc", "complaint", "outlookcom", ("Ruben Kowalczyk", "ruben.kowalczyk@outlook.com"),
  "2026-05-12 19:20", "Complaint filed - remove me", """
Alliant Energy:

I have today filed complaints with the Wisconsin Department of Agriculture, Trade and Consumer Protection and with
the Office of the Attorney General concerning your unsolicited promotional e-mails. Remove me from your
promotional e-mail list immediately.

R. Kowalczyk
Account 7731-0449-62
""", "Announces regulator/AG complaints and orders removal from promotional e-mail: marketing_opt_out only (the announcement asks nothing)",
  [MO], ent={"name": "R. Kowalczyk", "account": "7731-0449-62"}),

M("m12-ag-how-obtained", "cc", "complaint", "outlookpc", ("Genevieve Lascelles", "glascelles@lascelles-design.com"),
  "2026-05-26 11:11", "How did you obtain this address?", """
Dear Sir or Madam:

Before I take this matter to the Attorney General's Consumer Protection Division, I require an explanation. Your
promotional e-mails arrive at my business address, which I have never given to Alliant Energy; I am not even in
your service area. Please tell me how you obtained it, from whom, and on what basis.

Genevieve Lascelles
Lascelles Design Studio
""", "AG threat with a demand to know how we got her address; no stop asked: question only",
  [Q], ent={"name": "Genevieve Lascelles"}),

M("m13-govern-yourselves", "ph", "complaint", "gmail", ("Mortimer Haig", "mortimer.haig@gmail.com"),
  "2026-06-10 08:08", "FORMAL NOTICE", """
TAKE NOTICE that I hereby exercise each and every right available to me under all applicable federal and state
laws with respect to my personal information and your communications with me.

Govern yourselves accordingly.

Mortimer Haig
""", "'Every right under all laws' with no object (stop? share? delete? access?): unclear",
  [], unclear=True, ent={"name": "Mortimer Haig"}),

M("m14-tcpa-calls", "cc", "complaint", "outlookcom", ("Clementine Agboola", "c.agboola@outlook.com"),
  "2026-06-24 14:36", "Telephone Consumer Protection Act - prerecorded calls", """
Dear Sir or Madam:

Over the past month I have received five prerecorded telephone calls to my mobile number promoting a
"home energy check-up" and identifying Alliant Energy as the sponsor. I did not consent to prerecorded marketing
calls. Under the TCPA, I ask that you place my number on your internal do-not-call list and confirm that you
have done so.

Clementine Agboola
Account No. 3048-5561-27
""", "Do-not-call request for telemarketing (phone, not mail/e-mail): question only, per earlier sets",
  [Q], ent={"name": "Clementine Agboola", "account": "3048-5561-27"}),

M("m15-retention-question", "cc", "question", "outlookpc", ("Alastair Penhaligon", "apenhaligon@penhaligonlaw.com"),
  "2026-07-09 10:20", "Inquiry regarding data retention periods", """
Dear Privacy Officer:

I would be grateful for information on the following points concerning your records retention:

1. For how long do you retain a residential customer's account and billing records after the account is closed?
2. Is interval meter data retained for the same period, or for a different one?
3. Are records held by your affiliated companies, including PowerHouse Catalog, subject to the same schedule?

I ask as a customer (Account No. 6710-2283-19) and not on behalf of any client.

Yours faithfully,

Alastair Penhaligon
""", "Formal retention-schedule questions as a customer: question",
  [Q], ent={"name": "Alastair Penhaligon", "account": "6710-2283-19"}),

M("m16-data-brokers-question", "ph", "question", "gmail", ("Hortense Lavigne", "hortense.lavigne@gmail.com"),
  "2026-07-21 09:03", "Do you provide customer information to data brokers?", """
Dear PowerHouse Catalog,

Could you please tell me whether PowerHouse Catalog provides, sells or licenses customer names, addresses or
purchase histories to data brokers or list compilers, as distinct from other catalog companies? If so, please
identify them.

Respectfully,
Hortense Lavigne
""", "Asks whether and to which brokers we give data; no opt-out asked: question only",
  [Q], ent={"name": "Hortense Lavigne"}),

M("m17-how-catalog-shares", "ph", "question", "outlookcom", ("Bartholomew Quayle", "b.quayle@outlook.com"),
  "2026-08-06 16:44", "Questions concerning exchange of catalog customer names", """
Dear Sir or Madam:

Your catalog states that you occasionally make customer names available to other catalog companies. Before I
decide whether to object, I should like to know (a) which companies receive the names, (b) how often exchanges
occur, (c) whether e-mail addresses or purchase amounts are included, and (d) how long the recipients may
retain them.

Bartholomew Quayle
Customer No. PH-5580231
""", "Four questions about name exchange, explicitly before deciding to object: question only",
  [Q], ent={"name": "Bartholomew Quayle", "account": "PH-5580231"}),

M("m18-if-brokers-cease", "cc", "question", "outlookpc", ("Isadora Wexley", "iwexley@wexleyassociates.com"),
  "2026-08-18 13:13", "Sale of customer data to data brokers", """
Dear Alliant Energy:

Please inform me whether Alliant Energy or any of its affiliates sells or otherwise provides customer personal
information to data brokers. To the extent that it does, I instruct you to cease doing so with respect to my
information immediately.

Isadora Wexley
Account No. 2019-8844-07
""", "Asks whether we sell to brokers and, to the extent we do, instructs us to stop: conditional sharing opt-out + question",
  [CS, Q], ent={"name": "Isadora Wexley", "account": "2019-8844-07"}),

M("m19-affiliates-question", "cc", "question", "gmail", ("Percival Okonjo", "percival.okonjo@gmail.com"),
  "2026-08-27 07:57", "Sharing among Alliant Energy's family of companies", """
Dear Privacy Office,

Your privacy notice refers to sharing information within the "Alliant Energy family of companies". Would you
kindly provide a list of the companies comprising that family, and state whether a customer may object to
sharing among them?

Percival Okonjo
Sun Prairie, WI 53590
""", "Asks which affiliates receive data and whether one may object: question only",
  [Q], ent={"name": "Percival Okonjo", "postal_code": "53590"}),

M("m20-rescind-optout", "ph", "question", "outlookpc", ("Millicent Harwood", "mharwood@harwoodquilts.com"),
  "2026-09-10 10:36", "Rescission of prior opt-out", """
Dear PowerHouse Catalog:

In 2024 I asked to be removed from your catalog mailing list. I hereby rescind that request and ask that you
resume sending the catalog to me at 318 Main Street, Mineral Point, WI 53565.

Millicent Harwood
""", "Opting back in to the catalog: question; the old removal it mentions is not a new opt-out",
  [Q], ent={"name": "Millicent Harwood", "postal_code": "53565"}),

M("m21-confirm-optout-on-file", "ph", "question", "thunderbird", ("Augustin Ferreira", "augustin.ferreira@fastmail.com"),
  "2026-09-24 20:10", "Confirmation of opt-out status", """
Dear Sir or Madam,

In October 2025 I submitted a request that my name not be rented or exchanged. Kindly confirm that this
instruction remains on file and applies to the address below.

Augustin Ferreira
44 Hillcrest Drive, Dodgeville, WI 53533
""", "Asks us to confirm an earlier do-not-share on file (he names it): question only, no new opt-out",
  [Q], ent={"name": "Augustin Ferreira", "postal_code": "53533"}),

M("m22-as-previously-stated", "cc", "letter", "outlookpc", ("Horace Blanchard", "hblanchard@blanchardseed.com"),
  "2026-10-01 09:44", "RE: My letter of March 3, 2026", """
Dear Sir or Madam:

I refer to my letter of March 3, 2026. As I stated therein, I expect the requests set out in that letter to be
honored without further delay. I trust this will not require additional correspondence.

Very truly yours,

Horace Blanchard
Blanchard Seed Company
""", "Refers to an earlier letter without saying what it asked: unclear (reference to earlier mail)",
  [], unclear=True, ent={"name": "Horace Blanchard"}),

M("m23-cc-attorney-general", "cc", "letter", "outlookpc", ("Josephine Albrecht-Moore", "jalbrechtmoore@amlaw-firm.com"),
  "2026-10-14 15:02", "Promotional mailings and disclosure of personal information", """
JOSEPHINE ALBRECHT-MOORE
816 Walnut Street
Des Moines, Iowa 50309

October 14, 2026

Alliant Energy
Privacy Office

RE: Promotional mailings; disclosure of personal information

Dear Sir or Madam:

I write concerning my residential account, Account No. 5066-3318-912. I request that Alliant Energy (1) cease
sending me promotional mailings and promotional e-mails, and (2) refrain from selling or sharing my name and
address with any third party, including any catalog company.

Sincerely,

Josephine Albrecht-Moore

cc: Office of the Attorney General of Iowa, Consumer Protection Division
    Iowa Utilities Commission
""", "Word letter with cc: lines to regulators: stop promotions + no sale/sharing: both; the cc: lines ask nothing",
  [MO, CS], ent={"name": "Josephine Albrecht-Moore", "account": "5066-3318-912", "postal_code": "50309"}),

M("m24-researcher-question", "cc", "question", "outlookpc", ("Dr. Tobias Ellingsen", "tellingsen@uwplatt-research.edu"),
  "2026-10-27 11:18", "Research inquiry - customer data practices", """
Dear Privacy Officer:

I am a professor of information policy preparing a study of how Midwestern utilities handle customer data. I
would be grateful if you could tell me (1) whether Alliant Energy discloses customer lists to affiliates for
marketing, (2) how customers are informed of their choices, and (3) whether opt-out requests are honored across
all affiliates.

Respectfully,

Tobias Ellingsen, Ph.D.
Associate Professor
""", "Researcher's policy questions: question; titles 'Dr.' and ', Ph.D.' dropped",
  [Q], ent={"name": "Tobias Ellingsen"}),

M("m25-printed-notice", "cc", "question", "yahoo", ("Eugenia Stallworth", "eugenia.stallworth@yahoo.com"),
  "2026-11-05 13:26", "Request for printed privacy notice", """
Dear Sir or Madam:

I do not use the internet for anything but e-mail. Kindly mail me a printed copy of your current privacy notice,
together with any form I may use to state my choices.

Eugenia Stallworth
27 Chestnut Street, Lancaster, WI 53813
""", "Asks for a printed privacy notice and choices form: question only",
  [Q], ent={"name": "Eugenia Stallworth", "postal_code": "53813"}),
]
