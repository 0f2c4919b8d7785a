"""People writing for organisations (and a few sole proprietors): the 85 messages that a person meant for us.

Each spec: id, cat, at (US Central wall clock), mailbox, client, frm, subject, body, and the labels.
"""
import mime
import ours

CC, PH = "customercare", "powerhousecatalog"
M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def S_(id, cat, at, mailbox, client, frm, subject, body, labels, entities, note, unclear=False, lang="en",
       ack=None, **kw):
    d = dict(id=id, cat=cat, at=at, mailbox=mailbox, client=client, frm=frm, subject=subject, body=body,
             labels=labels, entities=entities, note=note, unclear=unclear, lang=lang, automated=False,
             ack=ack if ack is not None else frm[1])
    d.update(kw)
    return d


LOGO_HAUGEN = mime.png(180, 48, (178, 34, 34), (250, 250, 250), 3)
LOGO_KEYSTONE = mime.png(180, 48, (24, 64, 112), (230, 190, 60), 7)
LOGO_SUMMIT = mime.png(180, 48, (46, 110, 78), (240, 240, 240), 11)
LOGO_CVBT = mime.png(160, 40, (10, 52, 92), (200, 160, 40), 5)

ACK_M01 = ours.ack("CC-2026-01-00031", "2026-01-07 06:43", "marketing_opt_out")
ACK_M04 = ours.ack("CC-2026-01-00077", "2026-01-12 15:49", "marketing_opt_out", lang="es")

SPECS = [
# ------------------------------------------------------------------------------------------ marketing only
S_("m01-dairy", "org own account: marketing opt-out", "2026-01-07 06:41", CC, "gmail",
   ("Marlys Tjaden", "marlys@prairiecrestdairy.com"), "Promotional mail to Prairie Crest Dairy",
   """Hello,

We get two or three of your business rebate flyers a week at the farm office, plus the emails. I run the office for the dairy and nobody here has time for them. Please take Prairie Crest Dairy LLC off your promotional mailing list, paper and email both.

Our account number is 4471028836 (that's the main barn and milk house). Keep sending the bills like always.

Thanks,
Marlys Tjaden
Prairie Crest Dairy LLC
2186 Quail Ave
Hawkeye, IA 52147
563-555-0148
""", [M], {"name": "Marlys Tjaden", "postal_code": "52147", "account": "4471028836"},
   "farm office manager writing for the farm's own account from the farm's domain: clear marketing opt-out, both channels"),

S_("m02-coop-all", "org own account: all locations", "2026-01-08 14:20", CC, "o365",
   ("North Fayette Grain Coop Office", "office@northfayettecoop.com"), "Remove all NFGC locations from marketing mail",
   """Good afternoon,

Please remove North Fayette Grain Cooperative from your marketing mailings, both postal and e-mail, for all our locations. That is the main office and elevator in Elgin, the Fayette elevator, the West Union agronomy center and the Clermont feed mill. Each one gets its own copy of every postcard and we recycle a stack of them every month.

We still need all account and billing notices as usual.

Thank you,

Deb Kleinschmidt
Office Manager
North Fayette Grain Cooperative
PO Box 219 | Elgin, IA 52141
Phone 563-555-0172
""", [M], {"name": "Deb Kleinschmidt", "postal_code": "52141"},
   "co-op asks for all its locations without listing accounts; the co-op is the account holder, so staff can find them: clear opt-out; role From with no Reply-To is still the only address"),

S_("m03-hardware-logo", "org own account: signature logo", "2026-01-09 09:05", CC, "o365",
   ("Nils Haugen", "nils@haugenhardware.com"), "Haugen Hardware - please stop sending promotions",
   """Hi,

Please remove Haugen Hardware from your mail and email marketing lists. We're a business customer, account # 3390-117-482. Keep sending the bills to the same address, that part is fine.

Thanks,
Nils

Nils Haugen | Owner
[[LOGO]]
Haugen Hardware & Rental
112 E Main St, Mount Horeb, WI 53572
608-555-0131 | www.haugenhardware.com
""", [M], {"name": "Nils Haugen", "postal_code": "53572", "account": "3390-117-482"},
   "owner of a shop, inline logo in the signature (cid image in the plain part); clear marketing opt-out", logo=LOGO_HAUGEN),

S_("m04-taqueria-es", "org own account: Spanish", "2026-01-12 15:47", CC, "gmail",
   ("Rosa Elena Villaseñor", "rosaelena.nopal@gmail.com"), "publicidad al restaurante",
   """Buenas tardes,

Les escribo del restaurante Taquería El Nopal en Marshalltown. Cada semana nos llegan sus folletos de promociones y también correos electrónicos con ofertas. Por favor ya no nos manden publicidad al restaurante, ni por correo ni por email.

La cuenta está a nombre del restaurante, número 5102 8849 63.

Muchas gracias,
Rosa Elena Villaseñor
Taquería El Nopal
18 W Main St, Marshalltown IA 50158
""", [M], {"name": "Rosa Elena Villaseñor", "postal_code": "50158", "account": "5102 8849 63"},
   "restaurant owner in Spanish: no more publicity by mail or e-mail; account in the restaurant's name", lang="es"),

S_("m05-school-list", "org own account: named list of addresses", "2026-01-14 11:30", CC, "o365",
   ("Craig Obermeyer", "cobermeyer@riverbendcsd.org"), "Marketing mail to district buildings",
   """Hello,

The Riverbend Community School District receives promotional mailings from Alliant Energy at each of our buildings. Please remove the following district addresses from all marketing mail and e-mail:

  Riverbend High School, 1400 Viking Dr, Independence, IA 50644
  Riverbend Middle School, 1300 Viking Dr, Independence, IA 50644
  West Elementary, 610 4th Ave SW, Independence, IA 50644
  Jesup Attendance Center, 531 Prospect St, Jesup, IA 50648
  Transportation/Maintenance, 2200 Industrial Pkwy, Independence, IA 50644

Utility bills should continue to come to the district office at the address below.

Craig Obermeyer
Business Manager / Board Secretary
Riverbend Community School District
1207 1st St W, Independence, IA 50644
319-555-0160

CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain information protected by the Family Educational Rights and Privacy Act (FERPA). If you are not the intended recipient, please notify the sender and delete this message. Any review, use, disclosure or distribution by others is prohibited.
""", [M], {"name": "Craig Obermeyer", "postal_code": "50644"},
   "district business manager lists five of the district's own buildings; FERPA footer's 'disclosure or distribution' is boilerplate, not a sharing request",
   small_lines=("CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain information protected by the Family Educational Rights and Privacy Act (FERPA). If you are not the intended recipient, please notify the sender and delete this message. Any review, use, disclosure or distribution by others is prohibited.",)),

S_("m06-landlord-own", "landlord: own accounts only", "2026-01-15 20:12", CC, "yahoo",
   ("Gary Pothast", "gpothast@yahoo.com"), "Marketing mail - rental properties in my name",
   """To whom it may concern,

I own a few rental houses in Waterloo. Between tenants the electric and gas at 418 and 420 Elm St go back into my name and I end up with all the marketing and "welcome" offers for those addresses as well as at my own house. Please take me off your marketing mail and email, for my home and for those two rentals while they are in my name. My home account is 6620 4471 09.

This is only for me. My tenants have their own accounts and can decide for themselves.

Gary Pothast
1119 Ansborough Ave
Waterloo IA 50701
""", [M], {"name": "Gary Pothast", "postal_code": "50701", "account": "6620 4471 09"},
   "landlord writes about accounts in his own name and says explicitly the tenants are not included: standing is his own, clear opt-out"),

S_("m07-propmgr-house", "property manager: company's own house meters", "2026-01-20 10:02", CC, "o365",
   ("Alyssa Brandt", "abrandt@keystoneproperty.com"), "Stop promotional mailings \u2013 Keystone house accounts",
   """Hello,

Keystone Property Management holds the house-meter accounts (hallway lights, laundry rooms, parking lot lighting) for the buildings listed below. These accounts are in our company's name and billed to our office. Please stop all promotional mail and e-mail to these accounts:

- Cedar Terrace Apartments, 3400 Cedar Terrace Dr NE, Cedar Rapids 52402 (acct 7719 002 641)
- Westdale Court, 2215 Edgewood Rd SW, Cedar Rapids 52404 (acct 7719 002 658)
- Prairie View Townhomes, 840 Blairs Ferry Rd NE, Cedar Rapids 52402 (acct 7719 003 112)

Please note this request is for our company accounts only, not for any resident's individual account.

Best regards,

Alyssa Brandt
Accounting Coordinator
[[LOGO]]
Keystone Property Management, LLC
5100 N Park Pl NE, Suite 210 | Cedar Rapids, IA 52402
P: 319-555-0193

This message and any attachments are intended only for the addressee(s) and may contain confidential information. If you are not the intended recipient, do not read, copy, forward or share it; notify the sender and delete it.
""", [M], {"name": "Alyssa Brandt", "postal_code": "52402", "account": "7719 002 641"},
   "property manager about the company's own house-meter accounts, residents excluded in so many words: clear; first account of three taken; footer 'do not ... share it' is boilerplate",
   logo=LOGO_KEYSTONE,
   small_lines=("This message and any attachments are intended only for the addressee(s) and may contain confidential information. If you are not the intended recipient, do not read, copy, forward or share it; notify the sender and delete it.",)),

S_("m08-hoa-own", "HOA: association's own account", "2026-01-21 19:33", CC, "gmail",
   ("Bluestem Ridge HOA", "bluestemridgehoa@gmail.com"), "Bluestem Ridge HOA - marketing mail",
   """Hi there,

I'm the treasurer of the Bluestem Ridge Homeowners Association in Sun Prairie. The association has one Alliant account, for the entrance sign lights and the pool pump house, billed to our PO box. Along with the bill we keep getting promotional postcards and catalogs addressed to the association. Please stop sending marketing of any kind to the HOA. Account number: 2204-5518-37.

(This is just the association's own account. Homeowners have their own accounts and we're not asking about those.)

Thank you!
Tricia Ballweg, Treasurer
Bluestem Ridge HOA
PO Box 412, Sun Prairie WI 53590
""", [M], {"name": "Tricia Ballweg", "postal_code": "53590", "account": "2204-5518-37"},
   "HOA treasurer about the association's own account, homeowners explicitly excluded: clear marketing opt-out (catalogs included)"),

S_("m09-hospital-ap", "hospital AP: role From, personal Reply-To", "2026-01-22 13:48", CC, "o365",
   ("Accounts Payable", "ap@mercyvalleyhealth.org"), "Promotional mail sent to our AP remittance address",
   """Good afternoon,

Our Accounts Payable office processes the utility invoices for Mercy Valley Health's Dubuque campus. Promotional postcards and newsletters from Alliant Energy keep arriving at our remittance address mixed in with the invoices, and each one has to be opened and sorted by hand.

Please remove Mercy Valley Health, Accounts Payable, 250 Mercy Dr, Dubuque, IA 52001 from your marketing mail and e-mail lists. Invoices and account notices should continue to come here as they do now.

Please send any reply to me directly (janelle.price@mercyvalleyhealth.org), as this shared mailbox is checked only once a day.

Janelle Price
Accounts Payable Specialist
Mercy Valley Health | Finance Shared Services
250 Mercy Dr, Dubuque, IA 52001
Phone: 563-555-0127 | Fax: 563-555-0128

CONFIDENTIALITY NOTICE: This message may contain confidential or privileged information, including protected health information. If you received it in error, notify the sender and destroy all copies. Unauthorized use, disclosure or distribution is prohibited.
""", [M], {"name": "Janelle Price", "postal_code": "52001"},
   "AP office of a hospital; From is the shared AP mailbox, Reply-To the specialist, who also asks to be answered there: ack to Reply-To",
   reply_to=("Janelle Price", "janelle.price@mercyvalleyhealth.org"), ack="janelle.price@mercyvalleyhealth.org",
   small_lines=("CONFIDENTIALITY NOTICE: This message may contain confidential or privileged information, including protected health information. If you received it in error, notify the sender and destroy all copies. Unauthorized use, disclosure or distribution is prohibited.",)),

S_("m10-bank-suppress", "bank marketing-compliance: suppression for own branches", "2026-01-27 07:55", CC, "o365",
   ("Kowalczyk, Renee", "rkowalczyk@cedarvalleybt.com"), "Suppression request - Cedar Valley Bank & Trust branch locations",
   """Hello,

I manage marketing compliance for Cedar Valley Bank & Trust. Our branches are Alliant Energy business customers, and each branch receives your promotional mailings. Please add the branch addresses below to your do-not-mail suppression for marketing and promotional mail and e-mail. Statements, bills and service notices should continue.

  Main Office      315 Main St, Cedar Falls, IA 50613
  University Ave   5620 University Ave, Cedar Falls, IA 50613
  Waterloo East    1810 E 4th St, Waterloo, IA 50703
  Hudson           402 Washington St, Hudson, IA 50643
  La Porte City    208 Main St, La Porte City, IA 50651
  Operations Ctr   6700 Chancellor Dr, Cedar Falls, IA 50613
  Dike             100 Main St, Dike, IA 50624

For our vendor-management file, a written confirmation of the request is appreciated.

Regards,

Renee Kowalczyk, CRCM
AVP, Marketing Compliance
[[LOGO]]
Cedar Valley Bank & Trust
315 Main St | Cedar Falls, IA 50613
Direct 319-555-0114

Member FDIC. Equal Housing Lender.
This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender and delete it. Cedar Valley Bank & Trust will never ask for account credentials by e-mail.
""", [M], {"name": "Renee Kowalczyk", "postal_code": "50613"},
   "a bank's marketing-compliance officer uses list-industry words ('do-not-mail suppression') but asks as a customer for its own seven branches: clear opt-out; the confirmation is what the acknowledgement gives; CRCM is a credential, not part of the name",
   logo=LOGO_CVBT,
   small_lines=("Member FDIC. Equal Housing Lender.", "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender and delete it. Cedar Valley Bank & Trust will never ask for account credentials by e-mail.")),

S_("m11-soleprop-home", "sole proprietor: home account from business domain", "2026-01-28 17:22", CC, "iphone",
   ("Jim Kessler", "jim@kesslerelectricllc.com"), "home account - no more ads",
   """This is about my home account not the business one. Take me off the mailing list for the home energy ads and the emails. Account 3081 556 204, house is 2207 Grandview Ave Muscatine 52761. The shop account can stay how it is since I order rebates through it.

Jim Kessler
Kessler Electric LLC

Sent from my iPhone
""", [M], {"name": "Jim Kessler", "postal_code": "52761", "account": "3081 556 204"},
   "electrician writes from his business domain about his own home account and leaves the shop account as it is: clear, scope is the home",
   platform="isp", smtp_host="smtp.secureserver.net", smtp_ip="68.178.252.%d" % 101, smtp_dkim=False, client_host="smtpclient.apple"),

S_("m12-bakery-home", "business and owner's home", "2026-02-02 05:58", CC, "applemail",
   ("Ingrid Solberg", "ingrid@solbergbakery.com"), "Please stop the marketing - bakery and home",
   """Good morning,

Could you please take both of my accounts off your marketing lists? The bakery (Solberg's Bakery, 221 W Water St, Decorah, account 8410-0327-15) and my house (1504 Ridgewood Dr, Decorah, account 8410-5562-90). Both are in my name. No more mailers or e-mails for either one, please.

Thank you,
Ingrid Solberg
Solberg's Bakery
Decorah, IA 52101
563-555-0119
""", [M], {"name": "Ingrid Solberg", "postal_code": "52101", "account": "8410-0327-15"},
   "owner asks for the bakery and her house, both in her name; the request is phrased as a question but is the opt-out itself; first account written is taken",
   platform="isp", smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 14, smtp_dkim=False, client_host="[192.168.0.12]"),

S_("m13-autobody-reply", "reply to our business promotion", "2026-01-14 07:50", CC, "outlook16",
   ("Riverside Auto Body", "office@riversideautobody.net"), "RE: Put your 2026 upgrades to work: business rebates are open [AE-BIZ-2601]",
   """Please remove us from these e-mails and the mailers. Thanks

Pam Sauer
Riverside Auto Body
1620 S Main St
Fond du Lac, WI 54935
920-555-0139
""", [M], {"name": "Pam Sauer", "postal_code": "54935"},
   "short reply on top of our business promotion (quoted without '>'): 'remove us from these' takes its object from the promotion; the quoted unsubscribe footer and ZIP 53718 are ours",
   quote=ours.P1, irt=ours.P1, quote_to="office@riversideautobody.net",
   smtp_host="smtp.tds.net", smtp_ip="64.8.70.%d" % 112, smtp_dkim=False),

S_("m14-supperclub", "small restaurant, blunt", "2026-02-05 22:41", CC, "iphone",
   ("Dutch's Supper Club", "dutchssupperclub@gmail.com"), "STOP",
   """STOP sending us the business rebate mailers. We got the message. 3 this month already, all to the same address.

Bob
Dutch's Supper Club, Hwy 33, Reedsburg

Sent from my iPhone
""", [M], {"name": "Bob"},
   "blunt STOP that names its object (the rebate mailers): marketing opt-out; a first name alone is the name as written",
   platform="google-smtp"),

S_("m15-vet-email-only", "channel limit: e-mail only", "2026-02-06 12:15", CC, "gmail",
   ("Front Desk", "clinic@maplevalleyvet.com"), "Unsubscribe clinic@maplevalleyvet.com",
   """Hello, please unsubscribe clinic@maplevalleyvet.com from the Small Business Energy Notes newsletter and your other promotional e-mails. This inbox is for appointment requests and your newsletters bury them. (The paper bill and the occasional mailer are fine, no need to change anything there.)

Kristin Haas
Practice Manager, Maple Valley Veterinary Clinic
N2540 County Rd K, Portage, WI 53901
""", [M], {"name": "Kristin Haas", "postal_code": "53901"},
   "practice manager unsubscribes the clinic's address from e-mail only and keeps paper mailers: marketing_opt_out (channel named: e-mail)"),

S_("m16-panaderia-es", "org own account: Spanish", "2026-02-09 07:05", CC, "yahoo",
   ("Panaderia La Espiga", "panaderialaespiga@yahoo.com"), "Quitar de la lista",
   """Hola buenos dias,

Somos la Panadería La Espiga en West Liberty. Les pido de favor que quiten nuestro negocio de su lista de correo de promociones, ya no queremos recibir los volantes ni los emails. Nuestro numero de cuenta es 0937 2214 86.

Gracias,
Martín Ochoa
Panadería La Espiga
West Liberty, IA 52776
""", [M], {"name": "Martín Ochoa", "postal_code": "52776", "account": "0937 2214 86"},
   "bakery in Spanish asks to be taken off the promotions list, flyers and e-mails", lang="es"),

S_("m17-dealer-two", "org own accounts: two stores", "2026-02-10 10:40", CC, "o365",
   ("Lauren Pfeiffer", "lpfeiffer@ryanautogroupwi.com"), "Opt-out request: Ryan Auto Group (2 locations)",
   """Hi Customer Care team,

I handle marketing for Ryan Auto Group. Our two dealerships have been receiving your postal mailers for the commercial LED and EV charger programs at both addresses (and at our service department, which has its own meter). We've looked into the programs and decided not to participate this year, so please remove the following from promotional mail and e-mail:

Ryan Chevrolet Buick GMC \u2014 3000 Milton Ave, Janesville, WI 53545
Ryan Ford of Beloit \u2014 2700 Prairie Ave, Beloit, WI 53511

Our service department is at the Janesville address.

Thank you!

Lauren Pfeiffer
Marketing Coordinator | Ryan Auto Group
3000 Milton Ave, Janesville, WI 53545
(608) 555-0152
""", [M], {"name": "Lauren Pfeiffer", "postal_code": "53545"},
   "dealer group's marketing coordinator names both stores: clear opt-out for the group's own locations"),

S_("m18-orchard-catalog", "catalog stop at the catalog mailbox", "2026-02-18 16:20", PH, "thunderbird",
   ("Carl Wendt", "carl@wendtorchard.com"), "catalog",
   """We're an apple orchard and farm market. Every spring we get three copies of the PowerHouse catalog at the orchard, one addressed to the orchard, one to "Wendt Orchard LLC" and one to me. Please stop sending the catalog to the orchard altogether. Nobody here orders from it.

Customer no. from the label: 00518862

Carl Wendt
Wendt Orchard & Farm Market
S2411 Hwy 12, Baraboo, WI 53913
""", [M], {"name": "Carl Wendt", "postal_code": "53913", "account": "00518862"},
   "stop the catalog (all three copies) is a marketing opt-out, not a sharing one, even at the catalog mailbox",
   smtp_host="mail.wendtorchard.com", smtp_ip="69.129.%d.%d" % (44, 18), dkim_sel="mail"),

S_("m19-parish-three", "church: three parish buildings", "2026-02-11 09:31", CC, "outlook16",
   ("St. Bridget Parish Office", "office@stbridgetparish.org"), "Please remove St. Bridget Parish from promotional mailings",
   """Dear Alliant Energy,

On behalf of St. Bridget Parish, I ask that you remove our three buildings from your promotional mailings, both postal and e-mail: the church, the parish school, and the rectory. All three accounts are in the parish's name and the bills come to the parish office.

Father Dan asked me to write since the mailers add up, and we would rather not have the extra paper.

God bless,

Mary Jo Kuhn
Parish Secretary
St. Bridget Catholic Church
2001 St. Bridget Dr, Dyersville, IA 52040
563-555-0176
""", [M], {"name": "Mary Jo Kuhn", "postal_code": "52040"},
   "parish secretary writes for the parish, whose name is on all three accounts, at the pastor's request: the parish has standing; clear opt-out",
   smtp_host="smtp.iowatelecom.net", smtp_ip="209.%d.%d.%d" % (234, 88, 40), smtp_dkim=False),

S_("m20-motel", "small lodging, lower-case", "2026-02-12 14:03", CC, "gmail",
   ("Riverview Motor Inn", "riverviewmotorinn@gmail.com"), "unsubscribe + postcards",
   """hi - can you unsubscribe riverviewmotorinn@gmail.com from your emails and also stop the postcards to the motel? we're on acct 5561230087. thanks!! - Sue, Riverview Motor Inn, Prairie du Chien 53821
""", [M], {"name": "Sue", "postal_code": "53821", "account": "5561230087"},
   "request in question form ('can you unsubscribe ... and stop the postcards') is the opt-out; first name only"),

S_("m21-daycare-galaxy", "child-care center, phone", "2026-02-13 11:12", CC, "samsung",
   ("Little Acorns Child Care", "director@littleacornscc.org"), "advertising mail",
   """Please take Little Acorns Child Care Center off your advertising mail list. We get the thermostat rebate ads every month and we rent our building so we can't do any of it anyway.

Thanks,
Becky Engel, Director
Little Acorns Child Care Center
406 N Jackson St, Tama IA 52339
""", [M], {"name": "Becky Engel", "postal_code": "52339"},
   "center director, from a phone (Samsung Email, base64 parts): clear marketing opt-out; title after the comma is not part of the name",
   submit_helo="[192.168.1.57]"),

S_("m22-salon-partial", "sole proprietor: partial account number", "2026-02-16 10:27", CC, "ox",
   ("Shear Bliss Salon", "info@shearblisssalon.com"), "Remove from mailing list",
   """This is the owner of Shear Bliss Salon in Stoughton. Please remove the salon from your mailing list for promotions and take this email off the list as well. Our account number ends in 4410 if that helps find it.

Thank you,
Danielle Roethe
Owner, Shear Bliss Salon
""", [M], {"name": "Danielle Roethe"},
   "owner from the salon's info@ address: clear opt-out; 'ends in 4410' is not an account number, so no account entity"),

S_("m23-trucking", "org own account: shop", "2026-02-19 06:48", CC, "outlook16",
   ("Dispatch - Hagen Trucking", "dispatch@hagentrucking.com"), "marketing mail",
   """Good morning,

Please cancel all the marketing mail going to our shop. We are at 2811 Hwy 30 W, Carroll IA 51401 and we get the business flyers and the catalog both. Account #62-0041-7735 is the shop.

Lori Hagen
Hagen Trucking Inc.
Office 712-555-0108
""", [M], {"name": "Lori Hagen", "postal_code": "51401", "account": "62-0041-7735"},
   "'cancel all the marketing mail', flyers and catalog: marketing only (nothing about sharing); role From address is the only one",
   smtp_host="smtp.windstream.net", smtp_ip="162.39.%d.%d" % (147, 41), smtp_dkim=False),

S_("m24-construction-nl", "bare 'Unsubscribe' under our newsletter", "2026-02-04 13:15", CC, "o365",
   ("Vander Ploeg, Kurt", "kvanderploeg@vpconstruction.com"), "RE: Small Business Energy Notes | February 2026",
   """Unsubscribe.

Kurt Vander Ploeg
Project Manager
VP Construction Co. | Pella, Iowa
641-555-0183

NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
""", [M], {"name": "Kurt Vander Ploeg"},
   "one word above our newsletter (quoted Outlook-style): the word takes its meaning from the newsletter, a marketing opt-out",
   quote=ours.N1, irt=ours.N1, quote_to="Vander Ploeg, Kurt <kvanderploeg@vpconstruction.com>",
   small_lines=("NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",)),

S_("m25-funeral-formal", "formal letter from a business", "2026-02-20 15:36", CC, "outlook16",
   ("Schroeder-Lang Funeral Home", "info@schroederlang.com"), "Request regarding promotional mailings",
   """To the Customer Care Department:

Schroeder-Lang Funeral Home has been an Alliant Energy customer at 715 N Main Street for many years. We would ask that you discontinue all promotional mailings and promotional e-mail to our business. Most of what arrives is addressed to "Business Owner" or "Current Resident," and none of it is of use to us.

Our account number is 4418 0092 71. Regular billing should continue unchanged.

With thanks for your attention,

Thomas A. Schroeder
Funeral Director
Schroeder-Lang Funeral Home
715 N Main Street
Fort Atkinson, WI 53538
""", [M], {"name": "Thomas A. Schroeder", "postal_code": "53538", "account": "4418 0092 71"},
   "formal register ('We would ask that you discontinue'): clear marketing opt-out for the business",
   smtp_host="smtp.charter.net", smtp_ip="47.43.%d.%d" % (20, 3), smtp_dkim=False),

S_("m26-jardines-es", "business and owner's home, Spanish", "2026-03-02 19:50", CC, "gmail",
   ("Jardines Hernández LLC", "jardineshernandezllc@gmail.com"), "Ya no queremos promociones",
   """Hola, soy Miguel Hernández, dueño de Jardines Hernández LLC (jardinería y paisajismo) en Ottumwa. Ya no queremos recibir promociones de Alliant ni por correo postal ni por correo electrónico, ni a la oficina ni a mi casa. La oficina está en 1120 Church St, Ottumwa IA 52501 y la casa en el 2318 N Court St. Las dos cuentas están a mi nombre.

Gracias y que tengan buen día.
Miguel Hernández
641-555-0144
""", [M], {"name": "Miguel Hernández", "postal_code": "52501"},
   "owner of a landscaping company, office and home both in his name: clear opt-out in Spanish", lang="es"),

S_("m27-dental-hipaa", "office manager, HIPAA footer", "2026-03-03 12:20", CC, "o365",
   ("Tammy Rehder", "trehder@northsidefamilydental.com"), "Please remove our office from marketing",
   """Hello,

Northside Family Dental would like to be removed from all Alliant Energy marketing mail and e-mail. Account number 7705128843.

Thank you,

Tammy Rehder
Office Manager
Northside Family Dental, P.C.
501 N Federal Ave, Mason City, IA 50401
641-555-0166

HIPAA CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, you are hereby notified that you must not read, use, disclose, share or distribute this message or its contents. Please notify the sender and delete it.
""", [M], {"name": "Tammy Rehder", "postal_code": "50401", "account": "7705128843"},
   "short opt-out for the practice; the HIPAA footer says 'must not ... share or distribute' and is not a catalog-sharing request",
   small_lines=("HIPAA CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, you are hereby notified that you must not read, use, disclose, share or distribute this message or its contents. Please notify the sender and delete it.",)),

S_("m28-library-attach", "all branches; accounts only in an attachment", "2026-03-05 10:10", CC, "gmail",
   ("Joan Whitcomb", "jwhitcomb@fourriverslibrary.org"), "Promotional mail to library branches",
   """Hello,

I am the director of the Four Rivers Regional Library. Please stop all promotional mail and e-mail to our library locations: the Main Library in Wisconsin Rapids, the Plover and Nekoosa branches, and the bookmobile garage. The library board pays all four accounts.

I've attached a spreadsheet with the four account numbers and service addresses.

Joan Whitcomb
Library Director
Four Rivers Regional Library
410 W Grand Ave, Wisconsin Rapids, WI 54494
715-555-0129
""", [M], {"name": "Joan Whitcomb", "postal_code": "54494"},
   "library director for all locations; the account numbers are only in the attached CSV, so no account entity",
   attach=[dict(name="FRRL_alliant_accounts.csv", ctype="text/csv",
                data=("Location,Service address,Account\r\nMain Library,410 W Grand Ave Wisconsin Rapids WI 54494,5528140036\r\n"
                      "Plover Branch,2420 Post Rd Plover WI 54467,5528140044\r\nNekoosa Branch,208 Market St Nekoosa WI 54457,5528140051\r\n"
                      "Bookmobile Garage,1711 8th St S Wisconsin Rapids WI 54494,5528140069\r\n").encode())]),

S_("m29-countryclub-catalog", "stop catalog at a club", "2026-03-09 14:44", PH, "o365",
   ("Greg Halvorsen", "ghalvorsen@oakhillcc.org"), "PowerHouse Catalog - please discontinue",
   """Please discontinue mailing the PowerHouse Catalog to Oak Hill Country Club. We receive several copies addressed to previous managers and nobody here orders from it. If there is a customer number, it would be on the labels, which have unfortunately gone out with the recycling.

Greg Halvorsen
General Manager
Oak Hill Country Club
W6325 Oak Hill Rd, Ripon, WI 54971
""", [M], {"name": "Greg Halvorsen", "postal_code": "54971"},
   "general manager stops the catalog to the club's address (copies carry former managers' names, but the ask is for the club): marketing opt-out"),

S_("m30-ethanol-domain", "industrial customer: plant and company domain", "2026-03-12 08:03", CC, "o365",
   ("Ostrander, Paul", "postrander@cornbeltrenewables.com"), "Marketing contacts for Corn Belt Renewables",
   """Hello,

Corn Belt Renewables LLC is on an industrial rate and works with our key account manager at Alliant directly. We do not need the small-business promotional mailings and e-mails that go to our plant address and to several of our employees' work e-mail addresses. Please remove the plant (account 9930015567) and all e-mail addresses at cornbeltrenewables.com from marketing.

Paul Ostrander
Plant Controller
Corn Belt Renewables LLC
3370 220th St, Goldfield, IA 50542
""", [M], {"name": "Paul Ostrander", "postal_code": "50542", "account": "9930015567"},
   "plant controller asks for the plant and the company's own e-mail domain: the company has standing over its addresses; clear opt-out"),

# ----------------------------------------------------------------------------------------- sharing only
S_("s01-church-kitchen", "church keeps catalog, no sharing", "2026-01-16 10:15", PH, "outlook16",
   ("St. Olaf Lutheran Church", "office@stolafbelleplaine.org"), "PowerHouse Catalog mailing list",
   """Hello,

Our kitchen committee has ordered from the PowerHouse Catalog for years (roasters, extension cords, the big coffee urn) and we want to keep receiving it at the church. But since last fall the church has been getting catalogs from companies we never heard of, and one of them said our address came from a list exchange. Please do not share, rent or exchange St. Olaf's name and address with other catalog companies.

The label on the last catalog says: ST OLAF LUTHERAN CHURCH / ATTN KITCHEN COMMITTEE, Cust No. 00739214.

Thank you,
Karen Lindquist
Church Administrator
St. Olaf Lutheran Church
905 9th Ave, Belle Plaine, IA 52208
319-555-0124
""", [S], {"name": "Karen Lindquist", "postal_code": "52208", "account": "00739214"},
   "church keeps the catalog but refuses list exchange: sharing opt-out only; customer number from the label",
   smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 31, smtp_dkim=False),

S_("s02-giftshop-zoho", "shop keeps catalog, no sharing", "2026-01-19 13:58", PH, "zoho",
   ("Prairie Bloom Gifts", "hello@prairiebloomgifts.com"), "Do not share our info",
   """Hi PowerHouse team,

We're a small gift shop in Pella and we order from your catalog for the store. Love the catalog, please keep it coming! But please don't share our name or shop address with other catalog companies \u2014 we already get more catalogs than we can read.

Customer # PH-4418207

Anneke Vos
Prairie Bloom Gifts
612 Franklin St, Pella, IA 50219
""", [S], {"name": "Anneke Vos", "postal_code": "50219", "account": "PH-4418207"},
   "keep the catalog, don't share the shop's name: sharing opt-out only"),

S_("s03-farmsupply", "farm store: do not rent our name", "2026-01-23 16:30", PH, "gmail",
   ("Dale Ruppert", "rupperts.farmsupply@gmail.com"), "name and address",
   """To PowerHouse Catalog,
Do not rent or sell our business name and address to any other company. Ruppert's Farm Supply, 1402 Hwy 151 East, Platteville WI 53818. We don't mind your catalog coming but we are getting junk mail from 5 other catalogs now.
Dale Ruppert
""", [S], {"name": "Dale Ruppert", "postal_code": "53818"},
   "do not rent or sell, catalog itself welcome: sharing opt-out only"),

S_("s04-hwcoop-reply", "reply to our catalog e-mail: keep it, don't sell", "2026-02-17 13:22", PH, "o365",
   ("Brenda Iverson", "biverson@stoughtonhardwarecoop.com"), "RE: The PowerHouse Spring Preview is here [PH-2602]",
   """Keep the catalog coming (we sell some of the same items and it helps with pricing), but don't sell or give our name to any other catalog company.

Brenda Iverson
Buyer, Stoughton Hardware Co-op
Stoughton, WI 53589
""", [S], {"name": "Brenda Iverson", "postal_code": "53589"},
   "top-posted reply to our catalog e-mail, whose quoted footer mentions both sharing and unsubscribing; her own words ask only for no sharing",
   quote=ours.P2, irt=ours.P2, quote_to="Brenda Iverson <biverson@stoughtonhardwarecoop.com>"),

S_("s05-tienda-es", "Spanish shop: keep catalog, no sharing", "2026-02-24 18:11", PH, "gmail",
   ("Mercado La Michoacana", "mercadolamichoacana.perry@gmail.com"), "no compartan nuestros datos",
   """Buenas tardes,

Tenemos una tienda en Perry y compramos algunas cosas de su catálogo PowerHouse. Está bien que nos sigan mandando el catálogo, pero por favor no compartan el nombre de nuestra tienda ni la dirección con otras compañías de catálogos. Ya nos llegan muchos catálogos que no pedimos.

Número de cliente: 00827451

Gracias,
Guadalupe Ríos
Mercado La Michoacana
1108 2nd St, Perry, IA 50220
""", [S], {"name": "Guadalupe Ríos", "postal_code": "50220", "account": "00827451"},
   "Spanish: keep sending the catalog, do not share the shop's name: sharing opt-out only", lang="es"),

S_("s06-pto", "PTO whose address is a volunteer's house", "2026-02-25 21:04", PH, "yahoo",
   ("Lincoln Elementary PTO", "lincolnelempto.grinnell@yahoo.com"), "PTO mailing address - please don't share",
   """Hello,
The Lincoln Elementary PTO ordered classroom fans from the PowerHouse Catalog last spring, and now the PTO's mailing address (which is my house, since the PTO doesn't have an office) is getting catalogs from a bunch of other companies addressed to "Lincoln Elementary PTO". Please don't share or rent the PTO's name and address to other catalog companies. The PowerHouse catalog itself is fine.
Holly Dunagan
PTO Treasurer
Lincoln Elementary PTO, c/o 1218 Broad St, Grinnell IA 50112
""", [S], {"name": "Holly Dunagan", "postal_code": "50112"},
   "PTO treasurer for the PTO (which was the catalog customer): sharing opt-out only, catalog kept"),

S_("s07-bnb", "inn keeps catalog, exclude from rentals", "2026-03-04 09:44", PH, "applemail",
   ("Ellen Marquardt", "innkeeper@willowbendinn.com"), "Please don't share our inn's name",
   """Good morning,

We run the Willow Bend Inn, a five-room bed and breakfast in Mineral Point. We've bought lamps and a few space heaters through your catalog. Please keep us on your catalog mailing, but please exclude our inn from any list you rent or exchange with other companies.

Warmly,
Ellen Marquardt
Innkeeper, Willow Bend Inn
41 Shake Rag St, Mineral Point, WI 53565
608-555-0197
""", [S], {"name": "Ellen Marquardt", "postal_code": "53565"},
   "'exclude our inn from any list you rent or exchange', catalog kept: sharing opt-out only",
   platform="isp", smtp_host="smtp.tds.net", smtp_ip="64.8.70.%d" % 118, smtp_dkim=False, client_host="[10.0.1.7]"),

S_("s08-cpa-dnss", "firm's do-not-sell-or-share letter", "2026-03-10 11:20", PH, "o365",
   ("Timothy Greiner, CPA", "tgreiner@greinerwolfcpa.com"), "Do Not Sell or Share request - Greiner & Wolf CPAs",
   """To whom it may concern:

Please treat this message as a request that PowerHouse Catalog not sell, rent, share or exchange the name, address or any other information of Greiner & Wolf, CPAs, P.C., with any third party, including other catalog companies. We have no objection to continuing to receive your catalog.

Greiner & Wolf, CPAs, P.C.
Attn: Timothy Greiner
2100 Jackson St, Suite 300
Dubuque, IA 52001

Timothy Greiner, CPA
Managing Partner

CONFIDENTIALITY: This communication is intended only for the addressee and may contain confidential tax or financial information. If you are not the intended recipient, please do not disclose, copy or distribute it and notify the sender immediately.
""", [S], {"name": "Timothy Greiner", "postal_code": "52001"},
   "firm's formal do-not-sell/share request, catalog explicitly kept: sharing only; 'CPA' is a credential",
   small_lines=("CONFIDENTIALITY: This communication is intended only for the addressee and may contain confidential tax or financial information. If you are not the intended recipient, please do not disclose, copy or distribute it and notify the sender immediately.",)),

S_("s09-quilt-aol", "one run-on paragraph from an older owner", "2026-03-16 14:02", PH, "aol",
   ("Piecemakers Quilt Shop", "piecemakersquilts@aol.com"), "keep sending, but...",
   """Hi, I own Piecemakers Quilt Shop in Independence. I ordered the daylight lamps and the heated cutting mat from your catalog and I do want to keep getting it. BUT please do not give my shop's name to other companies. Since I ordered I've had about a dozen new catalogs show up at the shop. Thank you, Arlene Kuester, Piecemakers Quilt Shop, 109 1st St E, Independence Iowa 50644
""", [S], {"name": "Arlene Kuester", "postal_code": "50644"},
   "keeps the catalog, no giving the shop's name to other companies: sharing only"),

S_("s10-town-share", "town board: no sharing", "2026-03-18 10:55", PH, "gmail",
   ("Town of Rutland Clerk", "rutlandclerk@gmail.com"), "Town of Rutland - do not share",
   """Good morning,

The Town of Rutland purchased a few items for the town hall through the PowerHouse Catalog in 2025. We would like to continue receiving the catalog, but the Town Board has asked that the Town's name and address not be shared with, sold to or exchanged with other catalog companies.

Town of Rutland
785 Center Rd
Stoughton, WI 53589

Sandra Mickelson
Clerk/Treasurer
""", [S], {"name": "Sandra Mickelson", "postal_code": "53589"},
   "town clerk passes on the board's decision: sharing opt-out, catalog kept"),

S_("s11-embroidery-home", "home business: business and home one address", "2026-03-23 20:38", PH, "thunderbird",
   ("Jodi Platt", "jodi@stitchwerksembroidery.com"), "sharing my name",
   """Hello,

I'm a one-woman embroidery business run out of my home, so my business and my home address are the same. I'd like to keep getting your catalog, but please make sure neither my name nor Stitchwerks Embroidery is shared with other catalog companies.

Customer number (from the back cover): 00694130

Jodi Platt
Stitchwerks Embroidery
1711 Lincoln Way, Clinton, IA 52732
""", [S], {"name": "Jodi Platt", "postal_code": "52732", "account": "00694130"},
   "sole proprietor covers both her own name and the business name: sharing only",
   smtp_host="smtp.mchsi.com", smtp_ip="68.66.%d.%d" % (65, 18), smtp_dkim=False),

# ---------------------------------------------------------------------------------------------- both
S_("b01-lawfirm", "law office: stop catalog and sharing, legal footer", "2026-01-26 15:10", PH, "o365",
   ("Melissa Harting", "mharting@brandtharting.com"), "PowerHouse Catalog - Brandt & Harting, P.L.C.",
   """Good afternoon,

Our law firm receives the PowerHouse Catalog at our office. Please stop mailing it to us, and please do not share, sell or exchange the firm's name and address with any other company.

The catalog is addressed to:
BRANDT & HARTING PLC
ATTN OFFICE MANAGER
425 2ND ST SE STE 600
CEDAR RAPIDS IA 52401

Thank you,

Melissa Harting
Office Administrator
Brandt & Harting, P.L.C.
425 Second Street SE, Suite 600 | Cedar Rapids, Iowa 52401
T 319-555-0135

CONFIDENTIALITY NOTICE: This e-mail message is from a law firm and may contain information that is privileged and confidential. If you are not the intended recipient, do not read, copy, disclose, share or distribute this message; notify the sender by reply and delete it. Receipt by an unintended recipient does not waive attorney-client privilege.
""", [M, S], {"name": "Melissa Harting", "postal_code": "52401"},
   "firm's administrator stops the catalog and refuses sharing: both; the privilege footer's 'do not ... share' is boilerplate",
   small_lines=("CONFIDENTIALITY NOTICE: This e-mail message is from a law firm and may contain information that is privileged and confidential. If you are not the intended recipient, do not read, copy, disclose, share or distribute this message; notify the sender by reply and delete it. Receipt by an unintended recipient does not waive attorney-client privilege.",)),

S_("b02-insurance", "agency: stop catalog, don't sell", "2026-02-03 09:25", PH, "outlook16",
   ("Mark Ehlers", "mark@ehlersinsurance.net"), "Catalog",
   """Please stop sending the PowerHouse catalog to Ehlers Insurance Agency, and don't sell our information to anyone. Customer number 00410377. Thanks. Mark Ehlers, Ehlers Insurance Agency, 112 S Frederick Ave, Oelwein IA 50662
""", [M, S], {"name": "Mark Ehlers", "postal_code": "50662", "account": "00410377"},
   "two requests in one line: stop the catalog (marketing) and don't sell (sharing)",
   smtp_host="smtp.iowatelecom.net", smtp_ip="209.%d.%d.%d" % (234, 88, 44), smtp_dkim=False),

S_("b03-coop-limpieza-es", "worker co-op, Spanish, numbered", "2026-02-26 20:15", CC, "gmail",
   ("Cooperativa Brillo Limpio", "brillolimpio.coop@gmail.com"), "Solicitud de la Cooperativa Brillo Limpio",
   """Buenas noches,

Les escribe la coordinadora de la Cooperativa de Limpieza Brillo Limpio en Beloit. La cooperativa tiene una cuenta de luz y gas en nuestra oficina y queremos pedirles dos cosas:

1. Que ya no nos envíen publicidad ni ofertas, ni por correo ni por email.
2. Que no vendan ni compartan el nombre y la dirección de la cooperativa con otras compañías.

La cuenta es la 2290-4417-63 y la oficina está en 2045 Prairie Ave, Beloit, WI 53511.

Atentamente,
Yesenia Salgado
Coordinadora, Cooperativa Brillo Limpio
""", [M, S], {"name": "Yesenia Salgado", "postal_code": "53511", "account": "2290-4417-63"},
   "cleaning co-op's coordinator, numbered list in Spanish: no publicity (marketing) and no selling/sharing (sharing), at the general mailbox",
   lang="es"),

S_("b04-machineshop", "terse: everything, and don't give our name", "2026-03-06 06:15", CC, "yahoo",
   ("Rick Brecht", "rbrecht_machine@yahoo.com"), "take us off everything",
   """Take us off everything. Mail, email, catalog. And dont give our name to anybody else. Brecht Machine & Welding, 3219 Hwy 63, New Hampton 50659. Rick
""", [M, S], {"name": "Rick", "postal_code": "50659"},
   "'everything' is spelled out (mail, e-mail, catalog) and 'dont give our name to anybody' is sharing: both"),

S_("b05-photo-studio", "sole proprietor studio: both", "2026-03-11 13:33", PH, "applemail",
   ("Sofia Lindgren", "studio@lindgrenphoto.com"), "Remove + do not share",
   """Hi there - Lindgren Photography here (it's just me, Sofia). Two things please: stop sending us the PowerHouse catalog, and please remove the studio from any list that gets shared or sold to other companies. The studio address is 307 Broadway St, Boone, IA 50036.

Thanks so much,
Sofia Lindgren
Lindgren Photography
""", [M, S], {"name": "Sofia Lindgren", "postal_code": "50036"},
   "two requests: stop the catalog, and off any shared or sold list",
   platform="ionos"),

S_("b06-senior-center", "nonprofit: both, with tagline", "2026-03-13 10:48", CC, "o365",
   ("Wautoma Area Senior Center", "director@wautomaseniors.org"), "Remove Senior Center from marketing and list sharing",
   """Hello,

The Wautoma Area Senior Center is a nonprofit and we try to keep our mail costs and volume down. Please remove the Center from your promotional mailings and e-mail, and please do not share or exchange the Center's name and address with catalog or marketing companies.

Account: 6631-2004-58
Service address: 410 S Cambridge St, Wautoma, WI 54982

Thank you for your help,
Gloria Pankratz
Executive Director
Wautoma Area Senior Center
(920) 555-0117
www.wautomaseniors.org

"Serving older adults in Waushara County since 1978"
""", [M, S], {"name": "Gloria Pankratz", "postal_code": "54982", "account": "6631-2004-58"},
   "nonprofit director: promotional mail and e-mail stopped, and no sharing or exchange"),

S_("b07-printer-customer", "a printer as customer uses list vocabulary", "2026-03-17 16:05", PH, "outlook16",
   ("Nate Dreyer", "nate@lakesideprintmail.com"), "Do-not-mail / do-not-share for Lakeside Print & Mail",
   """Hi,

We're a commercial printer and mail house ourselves, so I know how this works: please add Lakeside Print & Mail to your internal do-not-mail suppression for the PowerHouse Catalog and any promo mail, and flag our record do-not-share / do-not-rent so our name doesn't go out on any list exchange.

Record as it appears on the label:
LAKESIDE PRINT & MAIL INC
1450 S KOELLER ST
OSHKOSH WI 54902-6740
Cust# 00387125

Thanks,
Nate Dreyer
Owner | Lakeside Print & Mail, Inc.
920-555-0102
""", [M, S], {"name": "Nate Dreyer", "postal_code": "54902-6740", "account": "00387125"},
   "looks like vendor mail (suppression, do-not-rent, list exchange) but it is a printer writing as a catalog customer about its own record: both opt-outs; ZIP+4 as written",
   smtp_host="smtp.tds.net", smtp_ip="64.8.70.%d" % 121, smtp_dkim=False),

S_("b08-fs-coop", "ag co-op: four locations, both", "2026-03-19 07:12", CC, "o365",
   ("Jessica Rasmussen", "jrasmussen@heartlandprairiefs.com"), "Privacy request - Heartland Prairie FS",
   """Hello,

On behalf of Heartland Prairie FS, Inc., please (1) remove our company and our four locations from all promotional mail and e-mail, and (2) do not sell, rent or share our company's name and addresses with any third party.

Locations: Vinton (main office), Belle Plaine, Urbana, Center Point. Main office: 601 W 13th St, Vinton, IA 52349.

Please confirm once this is done.

Jessica Rasmussen
Controller
Heartland Prairie FS, Inc.
319-555-0149
""", [M, S], {"name": "Jessica Rasmussen", "postal_code": "52349"},
   "controller writes 'on behalf of' her own company: standing is the company's; both opt-outs; 'confirm once done' is answered by the acknowledgement"),

# ------------------------------------------------------------------------------------ marketing + question
S_("q01-town-two", "township: opt-out plus policy question", "2026-01-29 13:40", CC, "thunderbird",
   ("Town of Primrose Clerk", "clerk@townofprimrose.org"), "Town of Primrose accounts",
   """Hello,

The Town of Primrose has two Alliant accounts, the town hall and the town garage (8411 6620 12 and 8411 6620 29). Please take the Town off your marketing mail and e-mail for both.

I also have a question from our board: are municipal customers like us included in the customer list the PowerHouse Catalog shares with other catalog companies? We have never ordered from the catalog, so we assume not, but the board would like to know for sure.

Linda Haack
Clerk, Town of Primrose
N9410 County Rd A, Belleville, WI 53508
""", [M, Q], {"name": "Linda Haack", "postal_code": "53508", "account": "8411 6620 12"},
   "marketing opt-out for both town accounts plus a question whether municipal customers are on the shared list (asking whether is a question, not a sharing opt-out)",
   smtp_host="mail.townofprimrose.org", smtp_ip="216.56.%d.%d" % (12, 90), dkim_sel="mail"),

S_("q02-restaurant-group", "five locations plus a billing question", "2026-02-04 16:55", CC, "o365",
   ("Aaron Duckett", "aduckett@threeriversrestgroup.com"), "Marketing opt-out for all locations + billing question",
   """Hello,

Three Rivers Restaurant Group operates five restaurants on separate Alliant accounts. Please opt all five locations out of your marketing mail and e-mail:

- Riverboat Grill, 400 E 3rd St, Dubuque 52001
- The Brick Oven, 1698 JFK Rd, Dubuque 52002
- Riverboat Grill Bellevue, 101 S Riverview St, Bellevue 52031
- Duckett's Pub, 221 Main St, Maquoketa 52060
- Three Rivers Catering kitchen, 3500 Dodge St, Dubuque 52003

Separately, the January bill for The Brick Oven is 31% higher than December with no change in hours. Could someone look at that account and call me? Acct 0391-5527-18.

Thanks,
Aaron Duckett
Director of Operations
Three Rivers Restaurant Group
563-555-0184
""", [M, Q], {"name": "Aaron Duckett", "postal_code": "52001", "account": "0391-5527-18"},
   "opt-out for the group's five locations and a separate bill question: both labels; first ZIP of the list"),

S_("q03-condo-address", "change of address plus opt-out", "2026-02-23 19:05", CC, "gmail",
   ("Harborview Condo Assn", "harborviewcondoassn@gmail.com"), "New mailing address + stop promotions",
   """Hello,

Harborview Condominium Association (common-area account 5530-7781-04) has a new mailing address as of March 1: PO Box 1187, Neenah, WI 54957. Please update the account. Our old address was the previous president's house.

And while you're at it, please stop the promotional mailings to the association. We only want the bill.

Ken Mattke
President, Harborview Condominium Association
""", [M, Q], {"name": "Ken Mattke", "postal_code": "54957", "account": "5530-7781-04"},
   "association's own common-area account: change of mailing address (question) and stop promotions (marketing)"),

S_("q04-iglesia-es", "Spanish church: opt-out plus nonprofit rate question", "2026-02-27 12:30", CC, "gmail",
   ("Iglesia Monte de Sion", "montedesion.cj@gmail.com"), "Iglesia Monte de Sion - publicidad y pregunta",
   """Bendiciones,

Soy el pastor de la Iglesia Pentecostal Monte de Sion en Columbus Junction. La iglesia tiene su propia cuenta con Alliant (número 4102 3390 57). Les pido que ya no nos manden publicidad a la iglesia, ni cartas de ofertas ni correos.

También quería preguntar si Alliant tiene alguna tarifa especial o programa de ayuda para iglesias u organizaciones sin fines de lucro, porque la cuenta del gas sube mucho en invierno.

Dios les bendiga,
Pastor Eliseo Navarro
Iglesia Pentecostal Monte de Sion
215 Main St, Columbus Junction, IA 52738
""", [M, Q], {"name": "Eliseo Navarro", "postal_code": "52738", "account": "4102 3390 57"},
   "pastor for the church's own account: no more publicity, and asks about a nonprofit rate; 'Pastor' is a title", lang="es"),

S_("q05-farm-solar", "farm: was our usage shared? plus opt-out", "2026-03-02 07:40", CC, "yahoo",
   ("Arlo Henning", "arlohenning1952@yahoo.com"), "solar salesmen",
   """I farm 640 acres north of Storm Lake and three different solar outfits have come up the lane in the last month, all saying they knew our electric usage. Did Alliant give out our farm name or usage to these people? I want to know. And take us off your own advertising too, we get enough mail.

Henning Farms
Arlo Henning
3148 Hwy 71, Storm Lake IA 50588
acct 1177 4402 93
""", [M, Q], {"name": "Arlo Henning", "postal_code": "50588", "account": "1177 4402 93"},
   "asks whether we gave out the farm's data (a question, not a sharing opt-out) and asks off our advertising (marketing)"),

S_("q06-furniture-access", "data copy for the business plus opt-out", "2026-03-09 10:25", CC, "o365",
   ("Priya Raman", "praman@cornerstonefurniture.com"), "Request for data on file + marketing opt-out",
   """Hello,

Cornerstone Furniture (three stores: Cedar Falls, Waterloo and Marshalltown) asks for two things:

1. Please send us a copy of the information Alliant Energy holds about our company for marketing purposes: which contact names, addresses and e-mail addresses you have on file for us, and where that information came from.
2. Please remove Cornerstone Furniture, all stores, from marketing mail and e-mail.

Our billing contact is the Cedar Falls store: 4820 University Ave, Cedar Falls, IA 50613.

Regards,
Priya Raman
HR & Compliance Manager
Cornerstone Furniture, Inc.
""", [M, Q], {"name": "Priya Raman", "postal_code": "50613"},
   "a copy of the data on file is a clear question; removal from marketing for all stores: both"),

S_("q07-manufacturer-howlong", "opt-out plus 'how long does it take'", "2026-03-20 11:11", CC, "outlook16",
   ("Don Witte", "dwitte@wittemfg.com"), "remove from advertising",
   """Please remove Witte Manufacturing, 900 Industrial Dr, Fairfield IA 52556, from your advertising mail and e-mail. How long does this take to go into effect? We just received another mailer today and our owner wants to know when they will stop.

Don Witte
Purchasing Manager
Witte Manufacturing Co.
""", [M, Q], {"name": "Don Witte", "postal_code": "52556"},
   "clear removal plus a question on timing: both",
   smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 22, smtp_dkim=False),

S_("q08-habitat-address", "nonprofit: opt-out plus which address is on file", "2026-03-24 15:30", CC, "gmail",
   ("Sam Okonkwo", "sokonkwo@cedarcountyhabitat.org"), "Our ReStore - mailing list + address question",
   """Hi,

Cedar County Habitat for Humanity runs a ReStore in Tipton and we keep getting your promotional mailers there in two versions: one to "Habitat ReStore" and one to "Cedar Cnty Habitat". Please take both off your marketing mail.

Can you also tell us which mailing address you have on file for the ReStore's account? Our bills go to the office but we're not sure the account address was ever updated after we moved the store to 511 Lynn St, Tipton, IA 52772.

Thanks!
Sam Okonkwo
Operations Manager, Cedar County Habitat for Humanity
""", [M, Q], {"name": "Sam Okonkwo", "postal_code": "52772"},
   "both name variants off marketing, and a question about the address on file"),

# --------------------------------------------------------------------------------------- sharing + question
S_("sq01-pantry", "food pantry: no sharing plus nonprofit discount question", "2026-01-30 11:40", PH, "gmail",
   ("Northside Food Pantry", "northsidefoodpantry.fdl@gmail.com"), "Catalog list + nonprofit discount?",
   """Hello,

We're a 501(c)(3) food pantry in Fond du Lac. Since we ordered two space heaters from the PowerHouse Catalog in November, the pantry has been flooded with catalogs from other companies. Please don't sell or rent the pantry's name and address to anyone.

Also, do you offer any discount for nonprofits on catalog orders? We'd like to order a chest freezer.

Thank you,
Carol Zuehlke
Volunteer Coordinator
Northside Food Pantry
425 Western Ave, Fond du Lac, WI 54935
""", [S, Q], {"name": "Carol Zuehlke", "postal_code": "54935"},
   "no selling or renting the pantry's name (sharing) plus a discount question; catalog not refused"),

S_("sq02-antiques", "who got our name? and no more", "2026-02-12 20:20", PH, "outlookcom",
   ("Larry Vogt", "vogtantiques@outlook.com"), "who did you give our name to?",
   """Hello, I run Vogt Antiques & Collectibles in Maquoketa. Since I ordered a dehumidifier from your catalog for the shop I am getting catalogs addressed to "Vogt Antiques" from outfits I have never done business with. I would like to know who you gave our name to. And from here on out do not give it to anyone. Customer no. 00573318.
Larry Vogt
Vogt Antiques & Collectibles
118 S Main St
Maquoketa IA 52060
""", [S, Q], {"name": "Larry Vogt", "postal_code": "52060", "account": "00573318"},
   "asks who received the name (question) and 'from here on out do not give it to anyone' (sharing opt-out)"),

S_("sq03-bikeshop", "no sharing plus does it include e-mail?", "2026-03-25 12:05", PH, "gmail",
   ("Ben Achterberg", "ben@spokeandpedal.com"), "Catalog sharing question",
   """Hey folks,

Two things from Spoke & Pedal Bike Shop:
- Please don't share our shop info with other catalog companies (we still want your catalog, the LED shop lights were great).
- Does the sharing also include our e-mail address? We started getting spam right around the time we placed the order.

Ben Achterberg
Spoke & Pedal Bike Shop
207 W Washington St, Mount Pleasant, IA 52641
""", [S, Q], {"name": "Ben Achterberg", "postal_code": "52641"},
   "sharing opt-out with the catalog kept, plus a question about e-mail addresses"),

# ---------------------------------------------------------------------------------------------- question
S_("qo01-woodworks-how", "how-to before deciding", "2026-01-10 08:30", PH, "iphone",
   ("Dave Kortendick", "dave@kortendickwoodworks.com"), "catalog question",
   """Quick question. If I ask you not to share my name with other catalog companies, do I stop getting the PowerHouse catalog too? Is that the same thing as unsubscribing? I want to keep the catalog coming to the shop and don't want to lose it by accident.

Dave Kortendick
Kortendick Woodworks, Dyersville

Sent from my iPhone
""", [Q], {"name": "Dave Kortendick"},
   "asks what a sharing opt-out would do before asking for one ('If I ask you...'): question only",
   platform="isp", smtp_host="smtp.secureserver.net", smtp_ip="68.178.252.%d" % 104, smtp_dkim=False, client_host="smtpclient.apple"),

S_("qo02-propmgr-how", "property manager asks how residents opt out", "2026-01-13 14:25", CC, "o365",
   ("Marisol Vega", "mvega@parkwayresidential.com"), "Question about tenant mail",
   """Hi,

I'm the community manager at Parkway Commons Apartments in Marion. Several residents have complained to our office about marketing mail from Alliant. Is there a way for our office to opt out all of the units, or does each resident have to contact you on their own? If each one has to write, is there a form or address I can post in our newsletter?

Thanks,
Marisol Vega
Community Manager
Parkway Commons Apartments | Parkway Residential
3100 Parkway Dr, Marion, IA 52302
""", [Q], {"name": "Marisol Vega", "postal_code": "52302"},
   "about the residents' mail but asks how, not for an opt-out on their behalf: question only, not unclear"),

S_("qo03-coop-policy", "co-op board asks whether business data is shared", "2026-01-16 15:05", CC, "outlook16",
   ("Gary Lensing", "glensing@mississippivalleycoop.com"), "Privacy policy - business accounts",
   """Hello,

Our board is reviewing vendor privacy practices. Does the Alliant Energy privacy policy apply to business and agricultural accounts the same way as residential? Specifically: (a) does Alliant or the PowerHouse Catalog sell, rent or exchange business customer names and addresses, and (b) is usage data for commercial accounts ever provided to third parties such as contractors or solar installers?

A short written answer we can share with the board would be appreciated.

Gary Lensing
Chief Financial Officer
Mississippi Valley Farmers Cooperative
PO Box 88, Guttenberg, IA 52052
""", [Q], {"name": "Gary Lensing", "postal_code": "52052"},
   "policy questions full of 'sell, rent or exchange' words but no request to stop anything: question only",
   smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 27, smtp_dkim=False),

S_("qo04-hospital-access", "hospital privacy officer: copy of data held", "2026-02-05 09:40", CC, "o365",
   ("Compliance Office", "compliance@prairielakesrmc.org"), "Request for copy of information held - Prairie Lakes Regional Medical Center",
   """Dear Alliant Energy Privacy Team,

As part of our annual vendor and utility review, Prairie Lakes Regional Medical Center requests a copy of the personal and business information Alliant Energy holds about our organization and its staff contacts, including any contact lists used for marketing, and a description of any third parties with whom that information has been shared in the last 12 months.

Our accounts are billed to: Prairie Lakes Regional Medical Center, Attn: Accounts Payable, 1010 N 15th St, Fort Dodge, IA 50501.

Please direct the response to this mailbox.

Denise Kolb, RHIA, CHPC
Privacy Officer
Prairie Lakes Regional Medical Center
Fort Dodge, Iowa

This e-mail may contain confidential information intended only for the named recipient. If you received it in error, please notify the sender and delete it.
""", [Q], {"name": "Denise Kolb", "postal_code": "50501"},
   "data access request for the organisation (copy plus who it was shared with): question only; answer to the compliance mailbox as asked",
   small_lines=("This e-mail may contain confidential information intended only for the named recipient. If you received it in error, please notify the sender and delete it.",)),

S_("qo05-district-move", "change of billing address for all accounts", "2026-02-16 08:15", CC, "o365",
   ("Jill Moeller", "jmoeller@dlasd.org"), "Change of billing address - all district accounts",
   """Good morning,

Effective March 1, 2026, the Devil's Lake Area School District business office is moving. Please update the mailing address on all district accounts to:

Devil's Lake Area School District
Business Office
210 4th Ave
Baraboo, WI 53913

There are 9 accounts; I can send a list if you need it. Thank you.

Jill Moeller
Director of Business Services
Devil's Lake Area School District
""", [Q], {"name": "Jill Moeller", "postal_code": "53913"},
   "change of address is a question for staff; no opt-out"),

S_("qo06-cafe-optin", "opting back in", "2026-02-19 14:50", CC, "gmail",
   ("The Copper Kettle", "coppkettle.cafe@gmail.com"), "Re-subscribe to business newsletter",
   """Hi,

Last year I unsubscribed The Copper Kettle from your business e-mails because there were too many, but now we're replacing our walk-in cooler and I'd like to hear about the rebates. Can you put us back on the Small Business Energy Notes list? The email is coppkettle.cafe@gmail.com.

Thanks,
Jenna Stroh
The Copper Kettle, Evansville WI 53536
""", [Q], {"name": "Jenna Stroh", "postal_code": "53536"},
   "opting back in is a question; the old unsubscribe it mentions is not a new opt-out"),

S_("qo07-coop-how-es", "Spanish co-op asks how to stop the catalog", "2026-03-06 17:42", PH, "gmail",
   ("Ramón Peña", "coop.tierrafertil@gmail.com"), "Pregunta sobre el catálogo",
   """Hola,

Somos una cooperativa de productores de hortalizas en Muscatine. Nos llega el catálogo PowerHouse a la oficina. ¿Cómo hacemos para que ya no nos llegue? ¿Tenemos que llamar o basta con un correo? ¿Y cuánto tiempo tarda en dejar de llegar?

Saludos,
Ramón Peña
Cooperativa Tierra Fértil
Muscatine, IA 52761
""", [Q], {"name": "Ramón Peña", "postal_code": "52761"},
   "asks how to stop the catalog, by phone or e-mail, and how long it takes: a how-to question only, not yet the request",
   lang="es"),

S_("qo08-church-shared", "church asks whether we shared its name", "2026-03-12 13:25", PH, "outlook16",
   ("First Presbyterian Church Office", "office@firstpreswaverly.org"), "Did you share our church's address?",
   """Hello,

First Presbyterian Church in Waverly received a catalog from a company called "Heritage Home Goods" this week. The label on it says FIRST PRESBYTERIAN CH ATTN FELLOWSHIP HALL, which is exactly how your PowerHouse catalog labels come to us and not how anyone else addresses us. Did PowerHouse give our name to this company? If so, when, and to whom else?

Rev. Ruth Aldrich
First Presbyterian Church
201 1st St SW, Waverly, IA 50677
""", [Q], {"name": "Ruth Aldrich", "postal_code": "50677"},
   "asks whether and to whom the name was shared, without asking us to stop: question only; 'Rev.' is a title",
   smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 35, smtp_dkim=False),

S_("qo09-attorney-policy", "attorney's general policy question", "2026-03-16 10:05", CC, "o365",
   ("Andrew Kittleson", "akittleson@kittlesonlaw.com"), "Question about your privacy policy",
   """Hello,

I'm an attorney in Janesville. A small-business client asked me whether Alliant Energy shares commercial customers' names or energy usage with other companies, and whether a business (as opposed to an individual) can ask you to stop. I've read the privacy policy on your website, but it speaks mostly of individual customers. Could someone tell me how the policy applies to business accounts?

I'm not making a request for any client at this time; this is a general question.

Andrew Kittleson
Kittleson Law Office, S.C.
20 S Main St, Janesville, WI 53545
608-555-0171

This communication may contain privileged attorney-client information. If you are not the intended recipient, do not read, copy or distribute it; please notify the sender and delete it.
""", [Q], {"name": "Andrew Kittleson", "postal_code": "53545"},
   "law office asks how the policy applies to businesses and says it is not a request for a client: question only",
   small_lines=("This communication may contain privileged attorney-client information. If you are not the intended recipient, do not read, copy or distribute it; please notify the sender and delete it.",)),

S_("qo10-farm-complaint", "complaint about a contractor's salesman", "2026-03-26 18:40", CC, "yahoo",
   ("Joyce Wubben", "jwubben_farm@yahoo.com"), "complaint - salesman said Alliant sent him",
   """I want to complain about a man from a heating and cooling company who came to our farm yesterday and told my husband Alliant had sent him because our grain dryer "qualifies for a rebate". He would not leave until my husband said we'd think about it. Did Alliant send him? Is this one of your contractors? My husband is 78 and this upset him. I want to know who gave this man our name.

Joyce Wubben
Wubben Family Farms
1877 Jasper Ave, Manchester IA 52057
""", [Q], {"name": "Joyce Wubben", "postal_code": "52057"},
   "complaint with questions about a contractor's visit; no opt-out from our mail or e-mail is asked"),

# ----------------------------------------------------------------------------------------------- unclear
S_("u01-landlord-tenants", "landlord for tenants' accounts", "2026-01-09 21:15", CC, "gmail",
   ("Ron Klostermann", "rklostermann.rentals@gmail.com"), "Junk mail at my rentals",
   """My tenants at 1200 Oak Park Dr, Ames 50014, units 1 through 12, keep getting your catalogs and energy offers and half of it ends up on the floor of the mailbox room. Please stop sending marketing to all the tenants at 1200 Oak Park Dr. I own the building.

Ron Klostermann
Klostermann Rentals
""", [], {"postal_code": "50014"},
   "landlord asks for his tenants, who hold their own accounts: on behalf of others without clear standing, unclear; entities are the tenants' building ZIP only",
   unclear=True),

S_("u02-hoa-members", "HOA for all its homeowners", "2026-02-02 20:30", CC, "o365",
   ("Deer Run HOA Board", "board@deerrunhoa.org"), "Opt out for all Deer Run homeowners",
   """Hello,

At our annual meeting the members of the Deer Run Homeowners Association voted to ask Alliant Energy to stop sending marketing mail to the neighborhood. On behalf of all 84 homeowners in Deer Run (Deer Run Dr, Fawn Ct and Antler Ln, Hiawatha, IA 52233), please remove the association's members from your marketing lists and do not share their names with other companies.

A copy of the meeting minutes is available if needed.

Mike Strohbeen
President, Deer Run HOA Board
""", [], {"postal_code": "52233"},
   "an HOA vote does not give standing over 84 households' own accounts: unclear despite both opt-out phrases",
   unclear=True),

S_("u03-propmgr-residents", "property manager for all residents", "2026-02-06 15:10", CC, "o365",
   ("Tasha Winfield", "twinfield@summitliving.com"), "Resident opt-out request - The Summit at Sheboygan",
   """Hello,

Summit Living manages The Summit at Sheboygan (212 units). Please remove our residents from all Alliant Energy marketing and from any list shared with catalog companies. Residents move in and out frequently and we receive a large volume of returned promotional mail at the leasing office. Our property address is 4300 S Taylor Dr, Sheboygan, WI 53081.

Thank you,
Tasha Winfield
Regional Property Manager
[[LOGO]]
Summit Living | Apartment Communities
""", [], {"postal_code": "53081"},
   "manager asks for 212 residents' accounts, not the company's own: on behalf of others, unclear",
   unclear=True, logo=LOGO_SUMMIT),

S_("u04-former-employee", "company asks for a retired employee's name", "2026-02-10 09:02", CC, "outlook16",
   ("Kathy Lutz", "klutz@lutzseedco.com"), "Mail for Dale Vought",
   """Hello,

We still receive promotional mail from Alliant Energy addressed to Dale Vought at our office. Dale retired from Lutz Seed Company in 2023. Could you please take his name off your mailing list for our address?

Lutz Seed Company
1905 W Madison St
Washington, IA 52353

Kathy Lutz
Office Manager
""", [], {"name": "Dale Vought", "postal_code": "52353"},
   "the request is about a former employee's marketing record; the company speaks for its address but not for him: unclear; entities name the person the request is for",
   unclear=True, smtp_host="smtp.iowatelecom.net", smtp_ip="209.%d.%d.%d" % (234, 88, 51), smtp_dkim=False),

S_("u05-florist-same", "'do the same' for a new location", "2026-02-13 08:40", CC, "gmail",
   ("Brooke Tiedt", "brooke@tiedtsfloral.com"), "New shop location",
   """Hi,

Tiedt's Floral opened a second shop in Watertown last month (1018 Main St, Watertown, WI 53094). Please do the same for the new shop as we asked for our Beaver Dam store last year.

Thank you!
Brooke Tiedt
Tiedt's Floral & Gifts
""", [], {"name": "Brooke Tiedt", "postal_code": "53094"},
   "'do the same as we asked last year' without saying what: reference to earlier mail, unclear",
   unclear=True),

S_("u06-plumbing-bill", "'remove us from these' over a forwarded bill notice", "2026-02-09 11:30", CC, "o365",
   ("Ron Pelzer", "rpelzer@pelzerplumbing.com"), "FW: Your Alliant Energy bill is ready",
   """Please remove us from these.

Ron Pelzer
Pelzer Plumbing & Heating
""", [], {"name": "Ron Pelzer"},
   "'remove us from these' above a forwarded bill-ready notice, a service message: not a marketing opt-out, unclear (paperless? the e-mail notices?)",
   unclear=True, quote=ours.BILL, quote_to="Ron Pelzer <rpelzer@pelzerplumbing.com>"),

S_("u07-logistics-delete", "delete all our data", "2026-02-20 10:18", CC, "o365",
   ("Marcus Feld", "mfeld@feldlogistics.com"), "Delete all Feld Logistics data",
   """Hello,

Feld Logistics is consolidating vendors and has closed its Clinton warehouse. Please delete all information you hold about Feld Logistics LLC and its employees from your systems, including account history, contacts and anything used for marketing. Please confirm in writing when deletion is complete.

Account for the Clinton warehouse: 3347-9012-66

Marcus Feld
Director of Operations
Feld Logistics LLC
2525 S 19th St, Clinton, IA 52732
""", [Q], {"name": "Marcus Feld", "postal_code": "52732", "account": "3347-9012-66"},
   "delete everything (account history included) is not something the bot may do: unclear plus question, per the data-request rule",
   unclear=True),

S_("u08-candle-mixed", "loves the catalog, off all lists", "2026-02-24 09:33", PH, "gmail",
   ("Wildflower Candle Co.", "hello@wildflowercandleco.com"), "catalog",
   """Hi! We love the PowerHouse catalog and use it for the shop, but please take us off all your mailing lists. We're just getting too much paper at the studio. Thank you!! - Tess, Wildflower Candle Co., Spring Green WI 53588
""", [], {"name": "Tess", "postal_code": "53588"},
   "says it loves and uses the catalog yet asks off all mailing lists: self-contradicting, unclear (maybe she means other companies' lists)",
   unclear=True),

S_("u09-motel-stop", "'Please stop.' with no object", "2026-03-04 23:10", CC, "yahoo",
   ("Hilltop Motel", "hilltopmotel.clinton@yahoo.com"), "",
   """Please stop.

Front desk
Hilltop Motel
""", [], {},
   "no subject, no object, nothing it answers: unclear whichever mailbox got it",
   unclear=True),

S_("u10-bookkeeper-client", "bookkeeper for a client business", "2026-03-10 16:40", CC, "o365",
   ("Heidi Brockman", "heidi@brockmanbookkeeping.com"), "Sunrise Diner - marketing mail",
   """Hello,

I do the books for the Sunrise Diner in Boone and pay their utility bills online. The owners asked me to see about stopping the advertising mail that comes with the bills. Can you remove Sunrise Diner from your marketing? Account number 2761 0043 85.

Heidi Brockman
Brockman Bookkeeping Services
Boone, IA 50036
""", [], {"account": "2761 0043 85"},
   "an outside bookkeeper writing for a client business: standing not shown, unclear; the diner's account is the only entity (50036 is the bookkeeper's)",
   unclear=True),

S_("u11-iglesia-voluntaria-es", "Spanish: volunteer for a church, account in the pastor's name", "2026-03-13 21:05", CC, "gmail",
   ("Lucía Méndez", "lucia.mendez.ia@gmail.com"), "correo de la iglesia",
   """Hola buenas noches,

Yo ayudo como voluntaria en la Iglesia Cristiana Nueva Vida de Marshalltown. A la iglesia le llega mucha propaganda de Alliant. ¿Pueden dejar de mandarle propaganda a la iglesia? La cuenta no está a mi nombre, está a nombre del pastor, pero yo abro el correo.

Gracias,
Lucía Méndez
""", [], {},
   "a volunteer who opens the church's mail asks for the church; the account is in the pastor's name: standing unclear, and no entity for the pastor",
   unclear=True, lang="es"),

S_("u12-franchise-corporate", "'apply the corporate opt-out'", "2026-03-18 13:15", CC, "o365",
   ("Jon Maas", "jmaas@maasenterprisesinc.com"), "Apply corporate opt-out to our store",
   """Hi,

Our franchisor's corporate office told franchisees that they sent Alliant an opt-out for all Big Dipper Custard locations last fall, but our store in Plover is still getting your mailers. Can you apply the corporate opt-out to our location too? Store #214, 2900 Plover Rd, Plover, WI 54467.

Jon Maas
Maas Enterprises Inc. (Big Dipper #214)
""", [], {"name": "Jon Maas", "postal_code": "54467"},
   "points at someone else's earlier request without saying what it covered: reference to earlier mail, unclear (staff must find the corporate letter)",
   unclear=True),

S_("u13-cafe-former-owners", "new owners about the former owners' names", "2026-03-20 07:55", CC, "gmail",
   ("Corner Cafe Anamosa", "cornercafeanamosa@gmail.com"), "mail for the Hansens",
   """Hello, we bought the Corner Café in Anamosa from Bill and Joan Hansen last fall. The account was switched to us in October but your promotional mail still comes addressed to the Hansens at the café. They retired to Arizona. Can you stop that? We don't know what the Hansens want for themselves, we just don't want their mail here.

Travis & Kim Boeckenstedt
Corner Café, 104 E Main St, Anamosa IA 52205
""", [], {"name": "Bill and Joan Hansen", "postal_code": "52205"},
   "new owners ask to stop marketing addressed to the former owners at the cafe: about other people's records, unclear; entities name the Hansens",
   unclear=True),

# ------------------------------------------------------------------------------------- human, no action
S_("na01-thanks-ack", "thank-you to our acknowledgement", "2026-01-07 07:20", CC, "gmail",
   ("Marlys Tjaden", "marlys@prairiecrestdairy.com"), "Re: " + ACK_M01["subject"],
   """Thank you!

Marlys
""", [], {},
   "thank-you under our acknowledgement asks for nothing: no labels, not unclear, nobody to answer (answering would start a ping-pong)",
   ack=None, quote=ACK_M01, irt=ACK_M01, ack_none=True),

S_("na02-gracias-ack-es", "Spanish thank-you to our acknowledgement", "2026-01-12 16:30", CC, "gmail",
   ("Rosa Elena Villaseñor", "rosaelena.nopal@gmail.com"), "Re: " + ACK_M04["subject"],
   """Muchas gracias por su ayuda!!
""", [], {},
   "Spanish thanks under our Spanish acknowledgement: nothing to do and nobody to answer",
   ack=None, quote=ACK_M04, irt=ACK_M04, quote_style="gmail-es", lang="es", ack_none=True),
]

for _s in SPECS:
    if _s.get("ack_none"):
        _s["ack"] = None
