"""Unclear requests: standing, scope, reference to earlier mail, contradictions (12)."""
from spec import S, MO, CS, Q

SPECS = [
S(key="u01-tollefson", mailbox="cc", cat="unclear:landlord-for-tenants", client="gmail",
  date="2026-03-17 18:22:09 -0500",
  frm=("Rick Tollefson", "rtollefson.properties@gmail.com"),
  subject="tenants getting too much mail from you",
  text="""
Hello,

I own several rental houses in Fond du Lac. My tenants have their own Alliant accounts (they pay their own electric and gas) but they complain to me about all the advertising mail, rebate offers and so on, and then they leave it in the recycling bins at the curb and it blows all over the neighborhood.

Can you stop sending the promotional stuff to my rentals? The addresses are 314 and 316 Linden St and 1022 Ruggles St, Fond du Lac 54935. Tenants are the Ochoa family, Brandon Kees, and a couple named Meyer.

Thanks,
Rick Tollefson
Tollefson Rentals
""",
  unclear=True, entities={"postal_code": "54935"},
  note="landlord asking for tenants whose accounts are in their own names: standing unclear; several households so no single name entity"),

S(key="u02-prairiecreek-hoa", mailbox="ph", cat="unclear:hoa-whole-neighbourhood", client="gmail",
  date="2026-05-20 20:41:33 -0500",
  frm=("Linda Marsh-Coyle", "lmarshcoyle@gmail.com"),
  subject="Prairie Creek Estates HOA - request for all 142 homes",
  text="""
Good evening,

I'm writing as secretary of the board of the Prairie Creek Estates Homeowners Association in Sun Prairie. At our May meeting several residents complained about the volume of catalog and promotional mail, and the board voted to contact the companies directly.

On behalf of all 142 households in Prairie Creek Estates (the streets off Bird St north of Main, ZIP 53590), please stop the PowerHouse Catalog and Alliant promotional mailers and do not share residents' names or addresses with other companies.

I can provide a list of addresses if needed.

Linda Marsh-Coyle
Board Secretary, Prairie Creek Estates HOA
""",
  unclear=True, entities={"postal_code": "53590"},
  note="HOA board member for a whole neighbourhood: no standing for 142 separate households, scope undefined; the neighbourhood ZIP is the only entity"),

S(key="u03-gallo-atty", mailbox="cc", cat="unclear:attorney-cease-all", client="m365",
  date="2026-04-02 10:14:48 -0500",
  frm=("Brian K. Sorensen", "bsorensen@sorensenlegalgroup.com"),
  subject="Cease communications - Teresa Gallo",
  text="""
Dear Alliant Energy:

Please be advised that this office has been retained by Teresa Gallo of Ripon, Wisconsin. Effective immediately, all communications regarding Ms. Gallo are to be directed to this office, and you are to cease all further communications with her directly.

Please confirm receipt of this letter and update your records accordingly.

Sincerely,

Brian K. Sorensen
Sorensen Legal Group, LLC
410 Watson St, Ripon, WI 54971
(920) 555-0149

CONFIDENTIALITY NOTICE: The information contained in this e-mail is attorney-client privileged and confidential, intended only for the use of the addressee. If you have received this e-mail in error, please notify the sender immediately and delete it.
""",
  unclear=True, entities={"name": "Teresa Gallo"},
  note="attorney, no authorization shown, and 'cease all communications' would include bills and service notices: not a clean marketing opt-out; the firm's ZIP is not the client's"),

S(key="u04-whitfield", mailbox="cc", cat="unclear:reference-earlier-mail", client="gws",
  date="2026-06-11 09:07:55 -0500",
  frm=("Jamal Whitfield", "jamal@whitfieldcleaners.com"),
  subject="other location",
  text="""
Hi, same thing as last time but for our Hiawatha store please.

Jamal Whitfield
Whitfield Cleaners
Cedar Rapids & Hiawatha
""",
  unclear=True, entities={"name": "Jamal Whitfield"},
  note="'same thing as last time' without saying what: reference to earlier mail -> unclear"),

S(key="u05-gunderson-ap", mailbox="cc", cat="unclear:ap-remove-under-bill", client="exchange",
  corp="GFI", date="2026-05-06 08:12:37 -0500",
  frm=("Accounts Payable", "accountspayable@gundersonfoods.com"),
  reply_to=("Kim Stoltz", "kstoltz@gundersonfoods.com"),
  quote={"src": "S_BILL"},
  text="""
Please remove this address.

Thank you,
Kim Stoltz
AP Specialist | Gunderson Foods, Inc.
""",
  unclear=True, entities={"name": "Kim Stoltz"}, ack="reply",
  note="'remove this address' under a bill-ready service notice (could mean e-bill delivery, not marketing) -> unclear; AP role From with named Reply-To -> ack_to Reply-To"),

S(key="u06-arndt-stop", mailbox="cc", cat="unclear:stop-under-autopay", client="iphone",
  date="2026-03-06 07:58:13 -0600",
  frm=("Becky Arndt", "office@arndtvet.com"),
  quote={"src": "S_AUTOPAY"},
  text="""
STOP

Becky Arndt
Office Manager, Arndt Veterinary Clinic
""",
  unclear=True, entities={"name": "Becky Arndt"},
  note="STOP under an AutoPay failure service message, not a promotion -> unclear"),

S(key="u07-summit-plaza", mailbox="cc", cat="unclear:manager-for-commercial-tenants", client="m365",
  date="2026-02-26 15:33:21 -0600",
  frm=("Kyle Brennan", "kbrennan@summitpmg.com"),
  subject="Riverside Plaza tenants - marketing",
  text="""
Hi there,

Summit Property Management Group manages Riverside Plaza (1250 Riverside Dr, Dubuque 52001), a 22-suite retail and office center. Each tenant has its own Alliant electric account.

Several tenants have asked the management office to get them off Alliant's marketing lists. Rather than have 22 separate businesses contact you, can you please remove all Riverside Plaza suites from your promotional mailings?

Kyle Brennan, CPM
Property Manager, Summit Property Management Group
563-555-0125
""",
  unclear=True, entities={"postal_code": "52001"},
  note="property manager asking for 22 tenant businesses whose accounts are their own: standing unclear"),

S(key="u08-trinity-umc", mailbox="ph", cat="unclear:self-contradicting", client="thunderbird",
  transport="isp", date="2026-04-20 19:33:02 -0500",
  frm=("Marvin Kluetz", "mkluetz@tds.net"),
  subject="Catalog to Trinity Methodist",
  text="""
Hello,

I'm the treasurer at Trinity United Methodist in Baraboo. The trustees want the PowerHouse catalog stopped at the church because it just goes in the recycling. But our women's circle ordered the LED candles from it last Christmas and they would like to keep getting it, maybe sent to the church but to their attention? I don't know if you can do that. Please stop it \u2014 but not for them I guess.

Marvin Kluetz
Treasurer, Trinity UMC
""",
  unclear=True, entities={"name": "Marvin Kluetz"},
  note="stop the catalog and keep sending it to the same address for another group: self-contradicting -> unclear"),

S(key="u09-reinhart", mailbox="cc", cat="unclear:relative-no-standing-everything", client="gmail", plain_only=True,
  date="2026-01-16 12:26:40 -0600",
  frm=("Scott Reinhart", "sreinhart76@gmail.com"),
  subject="Uncle passed away",
  text="""
My uncle Gerald Reinhart passed away in December. He lived at 415 S Park Ave in Mason City. Please stop everything going to him. Thank you.

Scott
""",
  unclear=True, entities={"name": "Gerald Reinhart"},
  note="nephew with no stated role for the estate; 'stop everything' includes bills/service -> scope and standing unclear"),

S(key="u10-dunleavy", mailbox="ph", cat="unclear:neighbour-caregiver", client="apple",
  date="2026-06-18 11:05:29 -0500",
  frm=("Janice Wold", "janicewold@icloud.com"),
  subject="Mrs. Dunleavy's catalogs",
  text="""
Hi,

I look in on my neighbor, Agnes Dunleavy, who is 91 and lives alone at 207 Oak St in Lake Mills, WI 53551. She gets your catalog and at least a dozen others every week and it's confusing her - she thinks they're bills. Could you take her off please? She doesn't use a computer so I'm writing for her.

Janice Wold
(neighbor)
""",
  unclear=True, entities={"name": "Agnes Dunleavy", "postal_code": "53551"},
  note="neighbour helping an elderly customer, no power of attorney or other standing stated -> unclear (contrast with the POA caregiver)"),

S(key="u11-hasselbring-delete", mailbox="cc", cat="unclear+q:delete-all-data", client="gws",
  date="2026-07-07 10:48:16 -0500",
  frm=("Tom Hasselbring", "tom@hasselbringhardware.com"),
  subject="Business sold - delete our information",
  text="""
Hello,

We sold Hasselbring Hardware effective June 30 and the new owners are opening their own Alliant account under their LLC. I'm asking that you delete all of our data \u2014 my name, the store's account, contact information, payment info, everything you have \u2014 from all Alliant Energy and PowerHouse systems. We no longer have any relationship with you.

Final bill can go to my home: 1608 Oak Ridge Dr, Cresco IA 52136.

Tom Hasselbring
""",
  unclear=True, labels=[Q], entities={"name": "Tom Hasselbring", "postal_code": "52136"},
  note="request to delete all data (business sold): unclear + question per LABELS.md; the bot may not delete account data"),

S(key="u12-giesler-ack", mailbox="cc", cat="unclear:reply-to-ack-do-the-same", client="m365",
  date="2026-04-23 09:31:44 -0500",
  frm=("Pam Giesler", "pgiesler@gieslerflooring.com"),
  quote={"src": "ACK_GIESLER", "to_display": "Pam Giesler <pgiesler@gieslerflooring.com>"},
  text="""
Please do the same for our Marion store too.

Pam Giesler
Giesler Flooring & Design
""",
  unclear=True, entities={"name": "Pam Giesler"},
  note="reply to our acknowledgement that asks for something by reference ('do the same'): unclear, and it does ask -> ack_to From"),
]
