"""Messages written by people (or by software acting for one person).

Each entry: id, arrival time (US Central, local), mailbox, program, From, Subject, the sender's own new text, and
the labels. `quote` = (our mail key, quote header, "reply"|"forward").
"""
from ours import OURS, fwd_gmail, qh_gmail, qh_ios, qh_outlook, qh_yahoo

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
CC_NAMED = "Alliant Energy <customercare@alliant-energy.com>"
PH_NAMED = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
ACK_NAMED = "Alliant Energy Customer Care <customercare@alliant-energy.com>"

H = []


def m(id, when, box, prog, frm, subject, text, *, labels, unclear=False, ents=None, note, ack="from", cat, lang,
      to=None, quote=None, reply_to=None, **kw):
    d = dict(id=id, when=when, box=box, prog=prog, frm=frm, subject=subject, text=text.strip("\n"), labels=labels,
             unclear=unclear, ents=ents or {}, note=note, ack=ack, cat=cat, lang=lang,
             to=to or (CC if box == "customercare" else PH), quote=quote, reply_to=reply_to)
    d.update(kw)
    H.append(d)


def Q(key, qh, kind="reply"):
    return dict(ref=OURS[key], qh=qh, kind=kind)


MO, SH, BOTH, QU, OQ, UN, NO, LU = ("marketing opt-out written by a person", "catalog-sharing opt-out", "both opt-outs",
                                    "question", "opt-out + question", "unclear", "human, no action needed",
                                    "RFC 2369 List-Unsubscribe mailto: from a mail client (marketing opt-out)")
MK, CS, QN = "marketing_opt_out", "catalog_share_opt_out", "question"

# =====================================================================================================================
# marketing opt-outs written by a person
# =====================================================================================================================

m("mo-vi-book-of-sale", "2024-09-19 19:42:18", "customercare", "gmail", ("Minh Tran", "tranvanminh1960@gmail.com"),
  "please to stop send me the book of sale", """
Hello Alliant,

Please to stop send me the book of sale and the paper advertise. I am not read English good and it is many paper in my mailbox every week. My wife she angry.

Thank you very much,
Tran Van Minh
2214 Ellis Blvd NW
Cedar Rapids IA 52405
""", labels=[MK], ents={"name": "Tran Van Minh", "postal_code": "52405"}, cat=MO, lang="en (L1 vi)",
  note="learner English: 'book of sale' = the catalog, 'paper advertise' = promotional mail; sent to customercare, still a marketing opt-out")

m("mo-vi-dung-lai", "2024-09-18 07:33:50", "customercare", "gmail", ("Đỗ Văn Hùng", "dovanhung.cr@gmail.com"),
  "Re: Is community solar right for you?", "Dừng lại. Stop.",
  quote=Q("solar", "Vào Th 3, 17 thg 9, 2024 vào lúc 09:00 Alliant Energy <customercare@alliant-energy.com> đã viết:"),
  to=CC_NAMED, labels=[MK], cat=MO, lang="vi+en",
  note="'Dừng lại. Stop.' typed over our community-solar promo: a short stop under a promotion is a marketing opt-out; Vietnamese Gmail quote line")

m("unsub-ios-solar", "2024-09-20 12:05:33", "customercare", "apple_unsub", ("Phuc Nguyen", "phuc.nguyen88@icloud.com"),
  "unsubscribe", "", labels=[MK], cat=LU, lang="-",
  note="iPhone Mail 'Unsubscribe' banner used our List-Unsubscribe mailto (community solar); empty body; a person pressed it")

m("mo-uk-thunderbird", "2024-09-24 20:11:45", "customercare", "thunderbird", ("Mykola Shevchuk", "m.shevchuk@mchsi.com"),
  "Re: Is community solar right for you?", """
Добрий день!
Прошу більше не надсилати мені рекламні листи.

Good day! I ask you more not to send me the advertising letters. Solar on the roof I cannot do, I rent the apartment. For me it is not actual.

З повагою / With respect,
Mykola Shevchuk
""", quote=Q("solar", "On 9/17/24 9:00 AM, Alliant Energy wrote:"), to=CC_NAMED, content_language="uk",
  labels=[MK], ents={"name": "Mykola Shevchuk"}, cat=MO, lang="uk+en",
  note="Ukrainian line then the English; 'not actual' = not relevant (false friend); 'листи' means both letters and e-mails, either way marketing")

m("mo-hmn-samsung", "2024-10-02 18:20:07", "customercare", "samsung", ("Pa Houa Xiong", "pahouaxiong83@gmail.com"),
  "Ntawv tshaj tawm / advertise mail", """
Nyob zoo,

Thov txhob xa ntawv tshaj tawm tuaj rau kuv lawm.
(Hello, please no more send the advertise paper to me.)

I am Pa Houa Xiong, 1418 N 12th St Sheboygan WI 53081.
Ua tsaug.

Sent from my Galaxy
""", labels=[MK], ents={"name": "Pa Houa Xiong", "postal_code": "53081"}, cat=MO, lang="hmn+en",
  note="Hmong line with her own English gloss in brackets; promotional paper mail; name and ZIP in the sentence, not a signature block")

m("mo-ar-khalid", "2024-10-08 21:17:40", "customercare", "gmail_android", ("Khalid H.", "khalid.hassan.sp@gmail.com"),
  "Remove from advertise list", """
Hello,

Please remove my name from your list on mail of advertise. I am not interest on your products and programs. Thank you for your understand.

Khalid
""", labels=[MK], ents={"name": "Khalid"}, cat=MO, lang="en (L1 ar)",
  note="wrong prepositions ('list on mail of advertise'); first name only in the signature, which counts under LABELS.md")

m("mo-es-coronilla", "2024-10-17 06:58:21", "customercare", "gmail", ("Jose Luis Hernandez", "jlhernandez.ia@gmail.com"),
  "Re: Fall savings: $50 back on a smart thermostat", """
Good morning. I am until the crown (hasta la coronilla) with so many emails of offers. Please remove me of all your lists of promotions. I already have thermostat, thank you.

José Luis Hernández
""", quote=Q("fall", qh_gmail(OURS["fall"])), to=CC_NAMED, labels=[MK], ents={"name": "José Luis Hernández"},
  cat=MO, lang="en (L1 es)",
  note="Spanish idiom translated word for word ('until the crown' = fed up); opt-out in his own words over the quoted fall promo")

m("mo-es-unsubscribe-word", "2024-10-15 13:47:02", "customercare", "yahoo_android", ("Elvira Sandoval", "elvira.sandoval55@yahoo.com"),
  "Re: Fall savings: $50 back on a smart thermostat", """
unsubscribe

Enviado desde Yahoo Mail para Android
""", quote=Q("fall", "El martes, 15 de octubre de 2024, 10:02:11 a.m. CDT, Alliant Energy <customercare@alliant-energy.com> escribió:"),
  to=CC_NAMED, labels=[MK], cat=MO, lang="en+es",
  note="she did what the footer says (reply with the word unsubscribe); the quoted footer itself is not her request, her one word is")

m("mo-es-yahoo-rosa", "2024-10-16 07:55:12", "customercare", "yahoo", ("Rosa Elena Vazquez", "rosaelena.vazquez@yahoo.com"),
  "Re: Fall savings: $50 back on a smart thermostat", """
Ya no quiero recibir estos correos de promociones. Bórrenme de su lista por favor.
Gracias

Rosa Elena Vázquez
""", quote=Q("fall", "El martes, 15 de octubre de 2024, 10:02:11 a.m. CDT, Alliant Energy <customercare@alliant-energy.com> escribió:"),
  to=CC_NAMED, labels=[MK], ents={"name": "Rosa Elena Vázquez"}, cat=MO, lang="es",
  note="Spanish only; 'Bórrenme de su lista' under our promo; the quoted footer ZIP 53718 is ours, not hers")

m("mo-bs-outlook", "2024-10-21 10:14:33", "customercare", "outlook_desktop", ("Senada Mujic", "senada.mujic@windstream.net"),
  "Offers / ponude", """
Poštovani,

I am not wish more to get your offers on the post and on the e-mail. Please erase me from the list for advertising. Every day it goes me on the nerves (ide mi na živce) when I empty the mailbox.

Lijep pozdrav,
Senada Mujić
Waterloo
""", charset="iso-8859-2", content_language="bs", to="<customercare@alliant-energy.com>",
  labels=[MK], ents={"name": "Senada Mujić"}, cat=MO, lang="en (L1 bs)",
  note="Bosnian politeness formula and idiom ('goes me on the nerves'); both channels named; iso-8859-2 body; town without ZIP")

m("mo-zh-qq-catalog", "2024-11-18 08:40:26", "powerhousecatalog", "qqmail", ("王秀英", "2413376650@qq.com"),
  "请不要再寄目录 Please no more catalog", """
您好！
请不要再寄圣诞礼品目录给我。我不需要。谢谢！

Hello! Please do not send the Christmas gift catalog to me again. I do not need. Thank you!

王秀英 Wang Xiuying
2950 Kane St, Dubuque IA 52001
""", tz="china", labels=[MK], ents={"name": "Wang Xiuying", "postal_code": "52001"}, cat=MO, lang="zh+en",
  note="Chinese then machine English; stop the (paper) catalog; gb18030 base64 body and encoded From; Latin spelling of the name taken")

m("mo-so-hotmail", "2024-11-20 13:05:44", "powerhousecatalog", "outlook_web", ("Hodan Abdi", "hodan.abdi22@hotmail.com"),
  "Stop catalog", """
Fadlan jooji inaad ii soo dirto buugga iibka. Mahadsanid.

Please stop to send me the book of selling. Thank you.

Hodan Abdi
Customer number 30917745
""", labels=[MK], ents={"name": "Hodan Abdi", "account": "30917745"}, cat=MO, lang="so+en",
  note="Somali line and a literal English version ('book of selling' = catalog); catalog customer number from the label")

m("mo-zh-email-only", "2024-11-13 20:10:09", "powerhousecatalog", "outlook_web", ("Huang Min", "huangmin.wi@outlook.com"),
  "RE: Holiday Preview: gifts for everyone on your list", """
Hello,
Please no more send me email. The paper catalog is OK, my mother like to look the pictures. Only stop the email please.
Thank you
Huang Min
""", quote=Q("holiday", qh_outlook(OURS["holiday"], "Huang Min <huangmin.wi@outlook.com>")), to=PH_NAMED,
  labels=[MK], ents={"name": "Huang Min"}, cat=MO, lang="en (L1 zh)",
  note="channel limit: stop the e-mails, keep the paper catalog -> marketing_opt_out (e-mail channel); quoted footer's sharing text is ours")

m("mo-tl-remove-po", "2024-11-25 21:03:55", "powerhousecatalog", "gmail", ("Rowena Bautista", "rowena.bautista.rn@gmail.com"),
  "Remove po from catalog mailing list", """
Good day po!

Kindly remove me po in your mailing list of the catalog. We are already many catalog at home and I am not ordering since long time. Thank you po and God bless.

Rowena Bautista
Fort Dodge, IA 50501
""", labels=[MK], ents={"name": "Rowena Bautista", "postal_code": "50501"}, cat=MO, lang="en (L1 tl)",
  note="Filipino English politeness ('po', 'kindly', 'God bless'); plain catalog mailing-list removal")

m("mo-vi-only", "2024-11-15 10:12:38", "powerhousecatalog", "gmail", ("Pham Thu Lan", "phamthulan.2020@gmail.com"),
  "Xin ngừng gửi catalog", """
Kính gửi công ty,

Xin vui lòng ngừng gửi sách quảng cáo (catalog) đến nhà tôi. Tôi không đọc được tiếng Anh và không mua hàng.

Xin cảm ơn.
Phạm Thu Lan
""", labels=[MK], ents={"name": "Phạm Thu Lan"}, cat=MO, lang="vi",
  note="Vietnamese only, no English at all: 'please stop sending the advertising book (catalog) to my house'; clear once translated")

m("mo-ar-newsletter", "2024-12-05 16:47:19", "customercare", "gmail", ("Ahmed Saleh", "ahmed.saleh.ia@gmail.com"),
  "Re: Your December Home Comfort Tips from PowerHouse", """
السلام عليكم
أرجو إيقاف إرسال النشرة والعروض إلي. جزاكم الله خيرا.

Peace be upon you. I kindly request you to stop sending me your newsletter and your offers. May God reward you with good.

Ahmed Saleh
""", quote=Q("newsletter", qh_gmail(OURS["newsletter"])), to=CC_NAMED, labels=[MK], ents={"name": "Ahmed Saleh"},
  cat=MO, lang="ar+en", note="Arabic blessing formulas translated literally; newsletter and offers = marketing; right-to-left HTML")

m("mo-kar-can-you", "2024-12-10 17:15:02", "powerhousecatalog", "gmail_android", ("Naw Paw Say", "nawpawsay1990@gmail.com"),
  "catalog", """
Hello, My name Naw Paw Say. I get the catalog every month. I not can read it. Can you no send again? Ta blut.
1109 S 3rd Ave Marshalltown 50158
""", labels=[MK], ents={"name": "Naw Paw Say", "postal_code": "50158"}, cat=MO, lang="en (L1 ksw)",
  note="Karen speaker; the request is in question form ('Can you no send again?') = the opt-out itself, not a question; 'Ta blut' = thank you")

m("mo-es-share-whatever", "2024-12-14 11:22:48", "powerhousecatalog", "gmail", ("Marco Antonio Rivas", "marcorivas.dbq@gmail.com"),
  "Catálogo PowerHouse", """
Hola,

No me importa si comparten mi nombre con otras compañías, eso me da igual. Lo que quiero es que ya no me manden el catálogo de PowerHouse a mi casa. Es pura basura para mí.

Gracias,
Marco Antonio Rivas
Dubuque, IA 52003
""", labels=[MK], ents={"name": "Marco Antonio Rivas", "postal_code": "52003"}, cat=MO, lang="es",
  note="'share whatever, just stop the catalog': marketing_opt_out only, explicitly NOT a sharing opt-out")

m("mo-mh-yahoo", "2025-01-08 19:40:31", "powerhousecatalog", "yahoo_android", ("Linta Lejmen", "lintalejmen@yahoo.com"),
  "Catalog book", """
Iakwe. Please stop send the catalog book to our house. We no use it. Kommol tata.
Linta Lejmen

Sent from Yahoo Mail on Android
""", labels=[MK], ents={"name": "Linta Lejmen"}, cat=MO, lang="en (L1 mh)",
  note="Marshallese greeting and thanks around a plain request; 'our house' = her own household")

m("mo-es-basta", "2025-01-15 07:12:09", "customercare", "apple_ios", ("Juana Ibarra", "juanaibarra71@gmail.com"),
  "Re: Evaluación gratuita de energía en el hogar", """
BASTA. No más correos.

Enviado desde mi iPhone
""", quote=Q("assess_es", "El 14 ene 2025, a las 9:00 a.m., Alliant Energy <customercare@alliant-energy.com> escribió:"),
  to=CC_NAMED, provider="google", labels=[MK], cat=MO, lang="es",
  note="'ENOUGH. No more e-mails.' under the Spanish version of our assessment promo: marketing opt-out")

m("mo-ht-iphone", "2025-01-16 12:31:27", "customercare", "apple_ios", ("Marie-Ange Joseph", "marieange.joseph@icloud.com"),
  "Re: Free Home Energy Assessment", """
Bonjou. I no need the free check of energy, please no more send me the email of publicity. Mèsi anpil.
Marie-Ange Joseph

Envoyé de mon iPhone
""", quote=Q("assess", "Le 14 janv. 2025 à 09:00, Alliant Energy <customercare@alliant-energy.com> a écrit :"),
  to=CC_NAMED, labels=[MK], ents={"name": "Marie-Ange Joseph"}, cat=MO, lang="en (L1 ht)",
  note="Haitian Creole greeting/thanks, French-locale iPhone ('Envoyé de mon iPhone'); 'email of publicity' = promotional e-mail")

m("mo-so-paper-only", "2025-02-03 08:05:14", "customercare", "gmail_android", ("Abdirahman M.", "abdirahman.farah.cr@gmail.com"),
  "Advertisement letters", """
Asc. I want you to stop the advertisement letters coming to my home. Not email, the paper ones. Thank you.
Abdirahman
""", labels=[MK], ents={"name": "Abdirahman"}, cat=MO, lang="en (L1 so)",
  note="postal channel only ('not email, the paper ones'); 'Asc' = Somali shorthand for the Islamic greeting; first name counts")

m("mo-my-thida", "2025-02-11 20:36:58", "customercare", "outlook_mobile", ("Thida Win", "thidawin.ia@outlook.com"),
  "Promotion email", """
Mingalarbar,

Please I don't want the email of promotion anymore. Please take me off. Thank you so much.

Thida

Get Outlook for Android
""", labels=[MK], ents={"name": "Thida"}, cat=MO, lang="en (L1 my)",
  note="Burmese greeting romanized ('Mingalarbar'); plain e-mail opt-out; first name in signature")

m("mo-uk-ukrnet-only", "2024-12-04 09:41:22", "customercare", "ukrnet", ("Ірина Мельник", "iryna.melnyk77@ukr.net"),
  "Re: Your December Home Comfort Tips from PowerHouse", """
Будь ласка, відпишіть мене від вашої розсилки. Дякую.
Ірина Мельник
""", quote=Q("newsletter", "--- Оригінальне повідомлення ---\nВід кого: \"Alliant Energy\" <customercare@alliant-energy.com>\nДата: 3 грудня 2024, 16:30:00"),
  to=CC, labels=[MK], ents={"name": "Ірина Мельник"}, cat=MO, lang="uk",
  note="Ukrainian only ('please unsubscribe me from your mailing'); windows-1251 base64; name kept in Cyrillic as written")

m("mo-es-webform", "2024-11-06 15:33:21", "customercare", "webform", ("Alliant Energy Website", "noreply@alliantenergy.com"),
  "Contact Us form: Mail preferences", """
A new Contact Us form was submitted on alliantenergy.com.

Topic: Mail preferences
Preferred language: Español
Name: Francisco Javier Sánchez
Email: fjsanchez63@yahoo.com
Phone: 563-555-0142
Account number: 4407 2291 83
ZIP code: 52601
Message:
Por favor no me manden más publicidad por correo postal. Solo quiero mi factura. Gracias.

Submitted: 11/06/2024 3:33 PM CST
""", reply_to="Francisco Javier Sanchez <fjsanchez63@yahoo.com>", ack="reply",
  labels=[MK], ents={"name": "Francisco Javier Sánchez", "account": "4407 2291 83", "postal_code": "52601"}, cat=MO, lang="es",
  note="web-form relay (From noreply, customer in Reply-To); Spanish message: no more postal advertising, keep the bill")

# =====================================================================================================================
# List-Unsubscribe (mail clients / software acting for one person)
# =====================================================================================================================

m("unsub-gmail-fall", "2024-10-15 11:40:16", "customercare", "gmail_unsub", ("Guadalupe Ramirez", "lupitaramirez.fdl@gmail.com"),
  "unsubscribe AE-NL-2410-7QK4Z8", "This message was automatically generated by Gmail.", labels=[MK], cat=LU, lang="-",
  note="Gmail's Unsubscribe link on the fall promo sent our List-Unsubscribe mailto (subject token AE-NL-2410-...); a person clicked it")

m("unsub-outlook-holiday", "2024-11-13 07:22:51", "powerhousecatalog", "outlook_unsub", ("Abdullahi Jama", "a.jama.storm@outlook.com"),
  "unsubscribe PH-2411-R7D2M9", "", labels=[MK], cat=LU, lang="-",
  note="Outlook.com Unsubscribe button on the catalog e-mail; empty body; unsubscribing from a catalog e-mail is marketing, never a sharing opt-out")

m("unsub-yahoo-newsletter", "2024-12-04 18:02:37", "customercare", "yahoo", ("Mai Yer Lor", "maiyerlor@yahoo.com"),
  "unsubscribe", "Please remove me from the Home Comfort Tips list.", labels=[MK], cat=LU, lang="en",
  note="Yahoo unsubscribe on the December newsletter; the body is the List-Unsubscribe body= text, not typed by her, still her opt-out")

m("unsub-cleaner-assess", "2025-01-15 02:14:05", "customercare", "cleaner", ("Eh Htoo Paw", "ehtoopaw.wi@gmail.com"),
  "unsubscribe", "", auto_submitted="auto-generated", xmailer="Tidymail Unsubscriber 2.4 (on behalf of the account owner)",
  api=True, labels=[MK], ack=None, cat=LU, lang="-",
  note="inbox-cleaning service unsubscribed for its user via Gmail API; carries Auto-Submitted -> human opt-out but ack_to null (RFC 3834)")

m("unsub-gmail-holiday", "2024-11-12 19:58:40", "powerhousecatalog", "gmail_unsub", ("Luu Thi Kim", "luuthikim1977@gmail.com"),
  "unsubscribe PH-2411-9XB3TF", "This message was automatically generated by Gmail.", labels=[MK], cat=LU, lang="-",
  note="Gmail unsubscribe on the Holiday Preview catalog e-mail: marketing_opt_out only")

# =====================================================================================================================
# catalog-sharing opt-outs
# =====================================================================================================================

m("sh-vi-no-give-name", "2024-09-27 14:02:11", "powerhousecatalog", "gmail", ("Hoa Nguyen", "nguyenthihoa.cr@gmail.com"),
  "no give my name other company", """
Hello,

I like your catalog, I buy the lamp last year from it. But please no give my name and address other company. Now I get many catalog from company I never know.

Thank you
Nguyen Thi Hoa
Customer # 5518 2034
""", labels=[CS], ents={"name": "Nguyen Thi Hoa", "account": "5518 2034"}, cat=SH, lang="en (L1 vi)",
  note="keeps the catalog ('I like your catalog') but 'no give my name ... other company' = sharing opt-out only")

m("sh-so-yahoo", "2024-10-10 16:14:29", "powerhousecatalog", "yahoo", ("Fartun Ali", "fartun.ali88@yahoo.com"),
  "Magacayga / my name", """
Fadlan magacayga iyo cinwaankayga ha la wadaagin shirkado kale.

Please do not share my name and my address with other companies. I want still to receive your catalog.

Fartun Ali, Mason City 50401
""", labels=[CS], ents={"name": "Fartun Ali", "postal_code": "50401"}, cat=SH, lang="so+en",
  note="Somali sentence then English; explicitly still wants the catalog -> sharing opt-out only")

m("sh-ar-noor-cc", "2024-10-14 12:48:03", "customercare", "gmail", ("Noor Al-Tamimi", "noor.altamimi@gmail.com"),
  "About your privacy", """
Hello,
I read in your privacy policy that you give the names to other catalog company. I don't agree on this. Please not share my information to anybody.
Noor Al-Tamimi, 52402
""", labels=[CS], ents={"name": "Noor Al-Tamimi", "postal_code": "52402"}, cat=SH, lang="en (L1 ar)",
  note="sharing opt-out sent to customercare instead of the catalog box (mailbox is only a hint); 'I don't agree on this' + 'not share'")

m("sh-hmn-tou", "2024-10-25 19:31:47", "powerhousecatalog", "gmail_ios", ("Tou Vang", "touvang.sheb@gmail.com"),
  "Kuv lub npe / my name", """
Nyob zoo,
Kuv tsis xav kom nej muab kuv lub npe rau lwm lub tuam txhab.
I not want you give my name to another company.
Tou Vang
""", labels=[CS], ents={"name": "Tou Vang"}, cat=SH, lang="hmn+en",
  note="Hmong sentence with his own word-for-word English: do not give my name to another company")

m("sh-es-hotmail", "2024-10-30 15:22:56", "powerhousecatalog", "outlook_web", ("Maria del Carmen Ortiz", "mcortiz_beloit@hotmail.com"),
  "No compartir mis datos", """
Buenas tardes,

Les escribo para pedirles que no vendan ni compartan mi nombre ni mi dirección con otras compañías de catálogos. El catálogo de ustedes sí lo quiero seguir recibiendo.

Atentamente,
María del Carmen Ortiz
Número de cliente: PH-00731956
Beloit, WI 53511
""", content_language="es-MX", labels=[CS], ents={"name": "María del Carmen Ortiz", "account": "PH-00731956", "postal_code": "53511"},
  cat=SH, lang="es",
  note="formal Spanish; keeps receiving the catalog; customer number 'PH-00731956' looks like a campaign token but is labelled Número de cliente")

m("sh-bs-begovic", "2024-11-22 11:47:30", "powerhousecatalog", "thunderbird", ("Edin Begovic", "edin.begovic.wloo@gmail.com"),
  "Moje ime / my name", """
Poštovani,

Molim vas da ne dajete moje ime i adresu drugim firmama.

Please that you don't give my name and address to other firms. Since I ordered from you the electric blanket, I get catalogs from five firms I don't know. It does not fall on my mind to order from them.

Pozdrav,
Edin Begović
""", content_language="bs", labels=[CS], ents={"name": "Edin Begović"}, cat=SH, lang="bs+en",
  note="Bosnian then literal English ('it does not fall on my mind' = I would never); complains about OTHER firms' catalogs, not ours")

m("sh-es-marisol-mixed", "2024-11-26 09:05:12", "powerhousecatalog", "gmail", ("Marisol Gutierrez", "marisolg.janesville@gmail.com"),
  "Re: Holiday Preview: gifts for everyone on your list", """
Me gusta el catálogo pero please do not sell my name a otras compañías. Thank you / gracias.
Marisol Gutiérrez
""", quote=Q("holiday", "El mar, 12 nov 2024 a las 9:00, PowerHouse Catalog (<powerhousecatalog@alliant-energy.com>) escribió:"),
  to=PH_NAMED, labels=[CS], ents={"name": "Marisol Gutiérrez"}, cat=SH, lang="es+en",
  note="Spanish-English code-switching in one sentence; quoted footer has both 'unsubscribe' and sharing text, only her sentence counts")

m("sh-zh-163", "2024-12-02 08:10:01", "powerhousecatalog", "mail163", ("陈建国", "cjg_1962@163.com"),
  "关于我的名字 About my name", """
你好，请不要把我的名字和地址给别的公司。目录可以继续寄。谢谢。

Hello, please not give my name and address to other company. Catalog can continue send. Thanks.

陈建国 Chen Jianguo
""", tz="china", labels=[CS], ents={"name": "Chen Jianguo"}, cat=SH, lang="zh+en",
  note="Chinese then English; 'catalog can continue send' -> sharing opt-out only; GBK base64 from 163.com webmail")

m("sh-es-denison", "2024-12-09 21:40:18", "powerhousecatalog", "yahoo", ("Juan Carlos Medina", "jcmedina.denison@yahoo.com"),
  "mi nombre", """
Hola, buenas noches.

No quiero que mi nombre ni mi dirección se compartan o se vendan a otras empresas. El catálogo sí me lo pueden seguir mandando.

Gracias.
Juan Carlos Medina
Denison IA 51442
""", labels=[CS], ents={"name": "Juan Carlos Medina", "postal_code": "51442"}, cat=SH, lang="es",
  note="Spanish; no sharing or selling, keep the catalog")

m("sh-tl-iphone", "2024-12-16 22:05:44", "powerhousecatalog", "apple_ios", ("Cristina Reyes", "macris.reyes@icloud.com"),
  "Pls dont share my info", """
Hi po, pls dont share/sell my info to other companies po. Still want the catalog, my kids like the toys page hehe. Thanks po

- Ma. Cristina Reyes

Sent from my iPhone
""", labels=[CS], ents={"name": "Ma. Cristina Reyes"}, cat=SH, lang="en (L1 tl)",
  note="Taglish texting style; 'Ma.' is short for Maria, part of the name as written, not a title; keeps the catalog")

m("sh-ar-fatima", "2025-01-22 18:30:14", "powerhousecatalog", "outlook_web", ("Fatima Yousef", "fatima.yousef.cr@outlook.com"),
  "طلب / Request", """
أرجو عدم مشاركة اسمي وعنواني مع أي شركة أخرى. شكراً

I hope not to share my name and my address with any other company. Thanks

Fatima Yousef
""", rtl=True, labels=[CS], ents={"name": "Fatima Yousef"}, cat=SH, lang="ar+en",
  note="Arabic then machine English ('I hope not to share' = please do not share); RFC 2047 Arabic subject")

m("sh-my-khin", "2025-01-28 10:51:39", "powerhousecatalog", "gmail", ("Khin Mar Aye", "khinmaraye.iowa@gmail.com"),
  "Please do not share", """
မင်္ဂလာပါ။ ကျွန်မ၏ အမည်နှင့် လိပ်စာကို အခြားကုမ္ပဏီများသို့ မမျှဝေပါနှင့်။ ကျေးဇူးတင်ပါတယ်။

Hello. Please do not share my name and address to other companies. Thank you.

Khin Mar Aye
""", labels=[CS], ents={"name": "Khin Mar Aye"}, cat=SH, lang="my+en",
  note="Burmese script then the English; sharing opt-out, nothing about stopping the catalog")

m("sh-ht-pierre", "2025-02-10 09:18:25", "powerhousecatalog", "gmail", ("Jean-Robert Pierre", "jrpierre.ia@gmail.com"),
  "Non mwen / my name", """
Bonjou, tanpri pa bay lòt konpayi non mwen ak adrès mwen.

Good morning, please do not give other company my name and my address. Thank you.

Jean-Robert Pierre
# kliyan / customer no. 6620-4417
""", labels=[CS], ents={"name": "Jean-Robert Pierre", "account": "6620-4417"}, cat=SH, lang="ht+en",
  note="Haitian Creole then English; catalog customer number written bilingually")

# =====================================================================================================================
# both opt-outs
# =====================================================================================================================

m("both-vi-book-of-sale", "2024-10-04 09:25:40", "powerhousecatalog", "gmail", ("Dung Le", "lequangdung.sl@gmail.com"),
  "please to stop send me the book of sale", """
Dear Sir,

Please to stop send me the book of sale and no give my name other company. I have receive it 2 year and I never buy. Thank you so much.

Le Quang Dung
511 Lake Ave, Storm Lake IA 50588
""", labels=[MK, CS], ents={"name": "Le Quang Dung", "postal_code": "50588"}, cat=BOTH, lang="en (L1 vi)",
  note="the brief's two literal phrases in one mail: stop the catalog AND do not give the name to other companies")

m("both-uk-kovalenko", "2024-10-18 11:05:27", "powerhousecatalog", "gmail", ("Oksana Kovalenko", "oksana.kovalenko.ua@gmail.com"),
  "Каталог / Catalog", """
Вітаю! Прошу виключити мене з розсилки каталогів і не передавати мої дані третім особам.

Hello! I ask to exclude me from the mailing of catalogs and not to transfer my data to third persons. Thank you in advance.

Оксана Коваленко / Oksana Kovalenko
""", labels=[MK, CS], ents={"name": "Oksana Kovalenko"}, cat=BOTH, lang="uk+en",
  note="Ukrainian then machine English; 'exclude from the mailing of catalogs' + 'not transfer my data to third persons'")

m("both-es-leticia", "2024-11-14 10:18:06", "powerhousecatalog", "gmail", ("Leticia Ochoa", "leti.ochoa@gmail.com"),
  "Re: Holiday Preview: gifts for everyone on your list", """
No me manden más el catálogo y tampoco quiero que den mi nombre a otras compañías. Gracias.

Leticia Ochoa
""", quote=Q("holiday", "El mar, 12 nov 2024 a las 9:00, PowerHouse Catalog (<powerhousecatalog@alliant-energy.com>) escribió:"),
  to=PH_NAMED, labels=[MK, CS], ents={"name": "Leticia Ochoa"}, cat=BOTH, lang="es",
  note="Spanish reply over the catalog e-mail: both wishes in her own sentence")

m("both-so-jama", "2024-12-12 14:33:18", "customercare", "outlook_web", ("Mohamed Hassan Jama", "mhjama@hotmail.com"),
  "Papers of advertising", """
Asalaamu calaykum,

Please stop sending me the papers of advertising and also do not sell my name to other business. I am old man and this papers is too much.

Mahadsanid,
Mohamed Hassan Jama
acct 8834120057
""", labels=[MK, CS], ents={"name": "Mohamed Hassan Jama", "account": "8834120057"}, cat=BOTH, lang="en (L1 so)",
  note="both opt-outs sent to customercare; Somali greeting and thanks; utility account number")

m("both-bs-mac", "2024-12-18 19:09:52", "powerhousecatalog", "apple_mac", ("Mirsad Kovacevic", "mirsad.kovacevic@icloud.com"),
  "Katalog", """
Poštovani,

molim vas da mi više ne šaljete katalog i da moje ime ne dajete drugima.

Respected, I ask you that you do not send me the catalog anymore and that you don't give my name to the others.

Mirsad Kovačević
Kupac br. 7710 3382
""", labels=[MK, CS], ents={"name": "Mirsad Kovačević", "account": "7710 3382"}, cat=BOTH, lang="bs+en",
  note="Bosnian then literal English ('Respected' = Poštovani); customer number labelled 'Kupac br.' (customer no.)")

m("both-zh-liufang", "2025-01-06 09:48:20", "powerhousecatalog", "outlook_desktop", ("Liu Fang", "liufang.sp@charter.net"),
  "Catalog mailing list", """
Dear Sir/Madam,

Please remove my name from the catalog mailing list and do not rent my name to other companies. Thank you for your cooperation.

Best regards,
Liu Fang
Sun Prairie, WI 53590
""", labels=[MK, CS], ents={"name": "Liu Fang", "postal_code": "53590"}, cat=BOTH, lang="en (L1 zh)",
  note="textbook-formal learner English; 'rent my name' is one of the sharing verbs")

m("both-es-webform", "2025-01-23 12:06:40", "customercare", "webform", ("Alliant Energy Website", "noreply@alliantenergy.com"),
  "Contact Us form: Privacy", """
A new Contact Us form was submitted on alliantenergy.com.

Topic: Privacy
Preferred language: Español
Name: Ernesto Villalobos
Email: ernesto.villalobos@outlook.com
Phone: 641-555-0119
Account number:
ZIP code: 52501
Message:
No quiero recibir publicidad, ni por correo ni por email. Tampoco autorizo que compartan o vendan mis datos a otras compañías.

Submitted: 01/23/2025 12:06 PM CST
""", reply_to="Ernesto Villalobos <ernesto.villalobos@outlook.com>", ack="reply",
  labels=[MK, CS], ents={"name": "Ernesto Villalobos", "postal_code": "52501"}, cat=BOTH, lang="es",
  note="web-form relay; Spanish: no advertising by mail or e-mail, and no sharing/selling of his data; empty account field")

m("both-ht-fabiola", "2025-02-05 18:44:36", "customercare", "apple_ios", ("Fabiola Charles", "fabiolacharles509@gmail.com"),
  "Katalòg", """
Tanpri sispann voye katalòg ak lèt piblisite. Pa vann non mwen.
Please stop send catalog and letter of publicity. Don't sell my name. Mèsi.

Fabiola Charles

Envoyé de mon iPhone
""", provider="google", labels=[MK, CS], ents={"name": "Fabiola Charles"}, cat=BOTH, lang="ht+en",
  note="Haitian Creole line then English; 'letter of publicity' = promotional mail; don't sell my name")

# =====================================================================================================================
# questions
# =====================================================================================================================

m("q-es-address-change", "2024-09-26 16:27:31", "customercare", "outlook_web", ("Yesenia Castillo", "yesenia.castillo@outlook.com"),
  "Cambio de dirección", """
Buenas tardes,

Me cambié de casa. Mi nueva dirección es 418 W 5th St, Perry IA 50220. ¿Tengo que hacer algo más para que me llegue la factura ahí?

Número de cuenta 6613-0428-55

Gracias,
Yesenia Castillo
""", content_language="es-US", labels=[QN], ents={"name": "Yesenia Castillo", "postal_code": "50220", "account": "6613-0428-55"},
  cat=QU, lang="es", note="change of address + question how to get the bill there -> question")

m("q-vi-high-bill", "2024-10-09 20:03:15", "customercare", "gmail", ("Binh Nguyen", "nguyenvanbinh.ia@gmail.com"),
  "bill very high", """
Hello,

I receive the bill very high this month, 312 dollar, before only 140 dollar. Why is it? I live alone, I am not use more. I call 2 time already but it is like pour water on the duck head, nobody explain me.

Account 2290 4471 06
Thank you,
Nguyen Van Binh
""", labels=[QN], ents={"name": "Nguyen Van Binh", "account": "2290 4471 06"}, cat=QU, lang="en (L1 vi)",
  note="billing complaint/question; Vietnamese idiom word for word ('water on the duck head' = no effect); no opt-out wording")

m("q-es-privacy-sale", "2024-10-23 13:14:52", "customercare", "yahoo", ("Aurelio Perez", "aurelioperez48@aol.com"),
  "Pregunta sobre mi información", """
Buenas tardes,

¿Ustedes venden mi información? Leí algo en su política de privacidad sobre otras compañías de catálogos y no entendí bien. Yo nunca he comprado nada del catálogo, solo pago la luz.

Gracias,
Aurelio Pérez
""", labels=[QN], ents={"name": "Aurelio Pérez"}, cat=QU, lang="es",
  note="asks WHETHER his data is sold (question), does not ask to stop it -> question only, not a sharing opt-out")

m("q-tl-payment-plan", "2024-10-28 22:11:09", "customercare", "yahoo", ("Maria Luz Dela Cruz", "marialuz.delacruz@yahoo.com"),
  "Payment arrangement po", """
Good evening po.

I want to ask if I can do payment arrangement for my bill po because I lost my job last month. I can pay little by little. Acct no. 5501-2278-903

Salamat po,
Maria Luz Dela Cruz
""", labels=[QN], ents={"name": "Maria Luz Dela Cruz", "account": "5501-2278-903"}, cat=QU, lang="en (L1 tl)",
  note="billing hardship question; 'Salamat po' = thank you (polite)")

m("q-mh-start-service", "2024-10-31 11:26:44", "customercare", "samsung", ("Alik Jibon", "alikjibon.ott@gmail.com"),
  "new house light", """
Iakwe,

I move to new house, 1204 N Court St Ottumwa 52501. How I start the light (electric) in my name? The old people there is leave already.

Kommol,
Alik Jibon
""", labels=[QN], ents={"name": "Alik Jibon", "postal_code": "52501"}, cat=QU, lang="en (L1 mh)",
  note="start-service question; 'the light' = electricity (literal from Marshallese/Spanish usage)")

m("q-ar-opt-back-in", "2024-11-04 19:55:20", "powerhousecatalog", "gmail", ("Yousif Abdalla", "yousif.abdalla.bur@gmail.com"),
  "Catalog again please", """
Peace upon you,

Last year I asked you to stop the catalog but now my wife want it again for the Christmas shopping. Please put us again on the list. Address 2702 Grant St, Burlington IA 52601.

Thank you,
Yousif Abdalla
""", labels=[QN], ents={"name": "Yousif Abdalla", "postal_code": "52601"}, cat=QU, lang="en (L1 ar)",
  note="opting back in is a question; the old removal he mentions ('asked you to stop') is not a new opt-out")

m("q-so-how-stop", "2024-11-08 10:37:29", "customercare", "gmail", ("Sahra Warsame", "sahrawarsame.cr@gmail.com"),
  "Catalog", """
Asc,

How I can stop the catalog? I see in your privacy paper I must write to email, but which email? This one or other one?

Thank you
Sahra
""", labels=[QN], ents={"name": "Sahra"}, cat=QU, lang="en (L1 so)",
  note="asks HOW to stop the catalog and which address to use, does not ask us to do it -> question only")

m("q-es-heating-help", "2024-11-19 19:22:35", "customercare", "gmail_android", ("Karla Mendoza", "karlamendoza.fdl@gmail.com"),
  "Ayuda para pagar / help", """
Hola, I want to know si ustedes tienen programa de ayuda para pagar la calefacción en el invierno. Tengo 3 niños y el bill del gas está muy alto. Gracias

Karla
""", labels=[QN], ents={"name": "Karla"}, cat=QU, lang="es+en",
  note="Spanglish question about winter bill assistance; nothing to opt out of")

m("q-zh-email-shared", "2024-12-20 07:55:41", "customercare", "qqmail", ("张梅", "1790245318@qq.com"),
  "请问 Question", """
您好，请问你们会不会把我的电子邮件给别的公司？

Hello, please ask: do you give my email to other company?

Zhang Mei
""", tz="china", labels=[QN], ents={"name": "Zhang Mei"}, cat=QU, lang="zh+en",
  note="'请问' rendered literally as 'please ask'; asks whether her e-mail is shared (policy: e-mail addresses never are) -> question")

m("q-zh-order", "2024-12-06 15:10:33", "powerhousecatalog", "outlook_web", ("Li Wei", "liwei.dubuque@outlook.com"),
  "Order not arrive", """
Hello,

I order the heated blanket from catalog on Nov 20, order number 88120457, still not arrive. Can you check for me? It is for my mother birthday.

Thank you,
Li Wei
""", labels=[QN], ents={"name": "Li Wei"}, cat=QU, lang="en (L1 zh)",
  note="order status question; the order number is not an account number")

m("q-kar-son-for-father", "2024-12-09 18:47:02", "customercare", "gmail", ("Saw Eh Htoo", "sawehhtoo62@gmail.com"),
  "Letter say disconnect", """
Hello Alliant Energy,

I am son of Saw Eh Htoo. I write for my father from his email because he not speak English. He ask: why he get the letter say disconnect? He pay already on December 5 at the pay station. Account 1027 5530 81.

Please answer to this email, I read for him.
Thank you,
Eh Kaw (son)
""", labels=[QN], ents={"name": "Saw Eh Htoo", "account": "1027 5530 81"}, cat=QU, lang="en (L1 ksw)",
  note="son translating from the account holder's own mailbox; a question for a human either way, nothing to act on; entities = the father")

m("q-vi-bill-language", "2024-11-29 09:30:48", "customercare", "apple_mac", ("Ngoc Tran", "tranbaongoc@icloud.com"),
  "Bill in Vietnamese language?", """
Dear Alliant Energy,

Does Alliant Energy have the bill in Vietnamese language? My mother cannot read English and every month I must explain to her. If not have Vietnamese, do you have phone with interpreter?

Best regards,
Tran Bao Ngoc
""", labels=[QN], ents={"name": "Tran Bao Ngoc"}, cat=QU, lang="en (L1 vi)",
  note="question about bills / interpreter in Vietnamese; mentions the mother but asks nothing on her behalf")

m("q-ht-kreyol", "2024-12-27 16:04:11", "customercare", "gmail_android", ("Wilner Dorvil", "wilnerdorvil.cr@gmail.com"),
  "Meter problem - somebody speak Kreyòl?", """
Hello,

I call your number 2 time about my meter but the man on phone no understand me and I no understand him. You have somebody speak Kreyòl? Or French? I want explain the problem, the meter make noise and the bill go up. Behind the mountain there is more mountain, first the meter now the bill.

Wilner Dorvil
319-555-0137
""", labels=[QN], ents={"name": "Wilner Dorvil"}, cat=QU, lang="en (L1 ht)",
  note="complaint + request for a Creole/French speaker; Haitian proverb translated literally ('behind the mountain, more mountain'); phone number is not an entity")

m("q-uk-data-copy", "2025-01-09 14:26:19", "customercare", "outlook_desktop", ("Volodymyr Tkachuk", "v.tkachuk@charter.net"),
  "Request of personal data", """
Good day.

According to your privacy policy I would like to receive the copy of all personal information which you keep about me (name, address, consumption, payments, to whom it was transferred).

My account: 3350 8812 40

With respect,
Volodymyr Tkachuk
""", labels=[QN], ents={"name": "Volodymyr Tkachuk", "account": "3350 8812 40"}, cat=QU, lang="en (L1 uk)",
  note="data access request (copy of my data) = clear question; 'to whom it was transferred' asks, does not forbid")

m("q-ar-webform-which", "2025-02-14 11:41:05", "customercare", "webform", ("Alliant Energy Website", "noreply@alliantenergy.com"),
  "Contact Us form: Privacy", """
A new Contact Us form was submitted on alliantenergy.com.

Topic: Privacy
Preferred language: English
Name: Hassan Idris
Email: hassan.idris.ia@yahoo.com
Phone:
Account number:
ZIP code: 52404
Message:
Please what is the difference of the two emails in your privacy policy? I want maybe not receive the catalog but I don't know which address is correct for write.

Submitted: 02/14/2025 11:40 AM CST
""", reply_to="hassan.idris.ia@yahoo.com", ack="reply", labels=[QN], ents={"name": "Hassan Idris", "postal_code": "52404"},
  cat=QU, lang="en (L1 ar)",
  note="'I want maybe not receive the catalog' is hesitant and asks which address to use -> question only, no opt-out yet")

# =====================================================================================================================
# opt-out + question
# =====================================================================================================================

m("oq-es-bill-too-high", "2024-10-22 08:51:26", "customercare", "samsung", ("Alejandro Torres", "alejandrotorres.cr@gmail.com"),
  "Promociones y factura", """
Buenos días,

Por favor quítenme de la lista de promociones, no me interesan. Y otra pregunta: ¿por qué mi factura de octubre vino tan alta si estuvimos de viaje dos semanas?

Cuenta 7720 1459 30
Alejandro Torres
""", labels=[MK, QN], ents={"name": "Alejandro Torres", "account": "7720 1459 30"}, cat=OQ, lang="es",
  note="Spanish: promotions opt-out plus a billing question")

m("oq-vi-reply-to-ack-fix", "2024-10-24 09:02:55", "customercare", "gmail", ("Thu Do", "dothithu.mt@gmail.com"),
  "Re: We received your request [CC-2024-10-00455]", """
Thank you but I think you make mistake. I still want the catalog! Only I not want you give my name other company. Please fix.

Đỗ Thị Thu
""", quote=Q("ack.CC-2024-10-00455", qh_gmail(OURS["ack.CC-2024-10-00455"])), to=ACK_NAMED,
  labels=[CS, QN], ents={"name": "Đỗ Thị Thu"}, cat=OQ, lang="en (L1 vi)",
  note="a person answering our acknowledgement and asking for something: not a loop trap; restates the sharing opt-out and asks to undo the catalog stop (question)")

m("oq-ht-outage", "2024-11-12 21:15:03", "customercare", "apple_ios", ("Marc-Kendy Louis", "marckendy.louis@icloud.com"),
  "Email promotion and light problem", """
Bonsoir. Stop the emails of promotion please, I don't want. Also my light go off 3 times this week in my street (Wilson Ave SW), why? Who I call?

Marc-Kendy Louis

Envoyé de mon iPhone
""", labels=[MK, QN], ents={"name": "Marc-Kendy Louis"}, cat=OQ, lang="en (L1 ht)",
  note="e-mail marketing opt-out plus an outage question; French-locale iPhone signature")

m("oq-uk-share-and-data", "2024-11-21 17:29:40", "powerhousecatalog", "gmail", ("Halyna Bondarenko", "halyna.bondarenko@gmail.com"),
  "Personal data", """
Good day.

I do not give permission to sell or exchange my personal data (name, address) to other catalog firms. Please note this.
And please tell me what data about me you have and to which firms you gave it already.

With respect,
Halyna Bondarenko
53548
""", labels=[CS, QN], ents={"name": "Halyna Bondarenko", "postal_code": "53548"}, cat=OQ, lang="en (L1 uk)",
  note="sharing opt-out plus an access question (what data, given to whom); bare ZIP line counts")

m("oq-vi-who-you-give", "2024-12-03 12:44:17", "powerhousecatalog", "gmail_ios", ("Mai Tran", "tranthimai.wloo@gmail.com"),
  "stop catalog and question", """
Hello,

Please stop the catalog to my house. And I want ask: who you give my name? Since I order one time from you I get many other catalog, 4 or 5 company.

Thank you
Tran Thi Mai
""", labels=[MK, QN], ents={"name": "Tran Thi Mai"}, cat=OQ, lang="en (L1 vi)",
  note="stop the catalog + asks WHO got her name: asking with whom it was shared is a question, not a sharing opt-out")

m("oq-hmn-new-address", "2024-12-30 13:08:27", "customercare", "gmail", ("Chue Thao", "chuethao.sheb@gmail.com"),
  "Change address and stop advertise", """
Nyob zoo,

Please stop send me advertisement mail. And please change my mailing address to 903 Ontario Ave, Sheboygan WI 53081, I move on January 1.

Ua tsaug,
Chue Thao
""", labels=[MK, QN], ents={"name": "Chue Thao", "postal_code": "53081"}, cat=OQ, lang="en (L1 hmn)",
  note="marketing opt-out + change of address (question); the ZIP is of the new address, the person's own")

m("oq-es-outlook-spanish-bill", "2025-01-17 10:20:36", "customercare", "outlook_web", ("Diana Flores", "dianaflores.ott@hotmail.com"),
  "RE: Evaluación gratuita de energía en el hogar", """
Ya no me manden correos de ofertas por favor.

Además quiero saber: ¿cómo puedo recibir la factura en español?

Diana Flores
""", quote=Q("assess_es", "De: Alliant Energy <customercare@alliant-energy.com>\nEnviado: martes, 14 de enero de 2025 9:00\nPara: Diana Flores <dianaflores.ott@hotmail.com>\nAsunto: Evaluación gratuita de energía en el hogar"),
  to=CC_NAMED, content_language="es-ES", labels=[MK, QN], ents={"name": "Diana Flores"}, cat=OQ, lang="es",
  note="Spanish Outlook reply (De:/Enviado:/Para: block, no '>'): e-mail offers opt-out + how to get a Spanish bill")

m("oq-so-assistance", "2025-01-27 20:13:08", "customercare", "outlook_mobile", ("Ayaan Mohamud", "ayaan.mohamud@outlook.com"),
  "Emails and help", """
Asc,

Stop the promotional emails please. Also I want to know how to get the energy assistance, I have 6 children and the bill is 280 dollar.

Ayaan Mohamud

Get Outlook for Android
""", labels=[MK, QN], ents={"name": "Ayaan Mohamud"}, cat=OQ, lang="en (L1 so)",
  note="marketing e-mail opt-out + energy assistance question")

m("oq-ar-how-long", "2025-01-30 16:55:49", "powerhousecatalog", "gmail", ("Samira Haddad", "samira.haddad.fd@gmail.com"),
  "Remove from catalog", """
Hello,

Please remove me from the catalog list. How long it take until the catalog stop to come? I see still two in this month.

Thank you
Samira Haddad
Fort Dodge 50501
""", labels=[MK, QN], ents={"name": "Samira Haddad", "postal_code": "50501"}, cat=OQ, lang="en (L1 ar)",
  note="clear catalog opt-out AND a how-long question -> both labels")

m("oq-tl-all-three", "2025-02-07 21:47:22", "powerhousecatalog", "yahoo", ("Jonel Santos", "jonel.santos@yahoo.com"),
  "catalog po", """
Hello po,

Please stop sending the catalog po and please don't share my name to other companies. Also why do I receive it? I never order from PowerHouse, maybe my name is from other store?

Thank you po,
Jonel Santos
""", labels=[MK, CS, QN], ents={"name": "Jonel Santos"}, cat=OQ, lang="en (L1 tl)",
  note="stop + don't share + 'why do I receive it, where is my name from?' -> all three labels")

# =====================================================================================================================
# unclear
# =====================================================================================================================

m("un-es-deceased-father", "2024-09-30 12:02:10", "customercare", "outlook_web", ("Rosa Villa", "rosavilla.perry@outlook.com"),
  "Mi papá falleció", """
Buenas tardes,

Mi papá, Ramón Villa, falleció en agosto. Ya no manden nada a su nombre por favor, ni catálogos ni cartas.

Gracias,
Rosa
""", content_language="es-US", labels=[], unclear=True, ents={"name": "Ramón Villa"}, cat=UN, lang="es",
  note="daughter writing about her deceased father: on behalf of someone else without shown standing (and 'ni cartas' may mean bills) -> unclear; entities = the father")

m("un-zh-delete-all", "2024-10-11 22:19:33", "customercare", "outlook_web", ("Chen Yu", "chenyu.madison@hotmail.com"),
  "Delete my information", """
Hello,

Please delete all my information in your company. I don't want you keep my data anymore.
请删除我的所有资料。

Chen Yu
""", labels=[QN], unclear=True, ents={"name": "Chen Yu"}, cat=UN, lang="en+zh",
  note="delete-everything request: question + unclear per LABELS.md (deleting account data is not something the bot may do)")

m("un-es-outage-fwd", "2024-10-29 07:41:56", "customercare", "gmail_android", ("Beto Gallegos", "betogallegos.mt@gmail.com"),
  "Fwd: Outage update: crews are working in your area", "Ya no quiero recibir esto por favor",
  quote=Q("outage", "---------- Mensaje reenviado ---------\nDe: Alliant Energy <noreply@alliantenergy.com>\nDate: lun, 28 oct 2024 a las 17:40\nSubject: Outage update: crews are working in your area\nTo: <betogallegos.mt@gmail.com>", "forward"),
  labels=[], unclear=True, cat=UN, lang="es",
  note="'I don't want to receive this anymore' about a forwarded OUTAGE alert: a service message, not marketing -> unclear")

m("un-bs-same-for-sister", "2024-10-31 17:50:04", "customercare", "apple_ios", ("Amela Hodzic", "amela.hodzic.wloo@gmail.com"),
  "Again", """
Hello again,

please make the same also for my sister, she live on 2206 Logan Ave in Waterloo. She don't have e-mail.

Thank you,
Amela

Sent from my iPhone
""", provider="google", labels=[], unclear=True, cat=UN, lang="en (L1 bs)",
  note="'the same' refers to an earlier mail we cannot see, and it is for someone else (the sister, unnamed) -> unclear; no entities for the sister")

m("un-vi-bill-fwd", "2024-11-01 06:55:21", "customercare", "gmail", ("Tam Nguyen", "nguyenvantam.ia@gmail.com"),
  "Fwd: Your Alliant Energy bill is ready", "stop please, too many email",
  quote=Q("bill_oct", fwd_gmail(OURS["bill_oct"], "nguyenvantam.ia@gmail.com"), "forward"),
  labels=[], unclear=True, cat=UN, lang="en (L1 vi)",
  note="'stop' over a forwarded BILL notice (service message, sent even to opted-out people): not a marketing opt-out -> unclear")

m("un-vi-daughter-for-mother", "2024-11-06 20:31:12", "powerhousecatalog", "gmail", ("Lisa Nguyen", "lisa.nguyen.sl@gmail.com"),
  "Catalog for my mom", """
Hi,

My mother Nguyen Thi Sau does not want the catalog any more, she is 81 and cannot read English. Her address is 611 Oak St, Storm Lake 50588. Can you stop it?

Thanks,
Lisa
""", labels=[], unclear=True, ents={"name": "Nguyen Thi Sau", "postal_code": "50588"}, cat=UN, lang="en",
  note="adult daughter (family translator) asking for her mother from her own address: no shown standing -> unclear; entities = the mother")

m("un-so-please-to-stop", "2024-11-27 10:02:47", "customercare", "gmail_android", ("Fardowsa", "fardowsa.a1985@gmail.com"),
  None, "Please to stop. Thank you.", labels=[], unclear=True, cat=UN, lang="en (L1 so)",
  note="empty subject, no quote, no object: 'stop' what? -> unclear whichever mailbox")

m("un-so-waan-ka-daalay", "2024-12-06 08:14:36", "customercare", "gmail", ("Mohamed Yusuf", "mohamed.yusuf.cr@gmail.com"),
  "Re: Your December Home Comfort Tips from PowerHouse", "Waan ka daalay.",
  quote=Q("newsletter", qh_gmail(OURS["newsletter"])), to=CC_NAMED, labels=[], unclear=True, cat=UN, lang="so",
  note="Somali only: 'I am tired of it' over the newsletter; expresses annoyance but asks nothing decidable -> unclear")

m("un-hmn-want-and-not", "2024-12-19 20:26:59", "powerhousecatalog", "gmail", ("Youa Her", "youaher1979@gmail.com"),
  "catalog", """
Nyob zoo. My husband he like the catalog but I don't like, too much paper. I want and not want. Maybe you send only one time in the year?

Youa
""", labels=[], unclear=True, ents={"name": "Youa"}, cat=UN, lang="en (L1 hmn)",
  note="self-contradicting wishes ('I want and not want') and a frequency request we have no option for -> unclear")

m("un-kar-former-resident", "2024-12-23 15:38:14", "powerhousecatalog", "gmail_android", ("Hsa Moo", "hsamoo.cj@gmail.com"),
  "Book not mine", """
Hello. The book come to my house have name of other people, Sandra Pohl, she not live here. Stop please. I am Hsa Moo, I live here 1 year.
""", labels=[], unclear=True, ents={"name": "Sandra Pohl"}, cat=UN, lang="en (L1 ksw)",
  note="catalog addressed to a former resident: request on behalf of someone else (no standing) -> unclear; entity = the person the request is for")

m("un-hmn-family-account", "2025-01-10 19:12:40", "customercare", "gmail", ("Lor Family", "lorfamily.sheboygan@gmail.com"),
  "Grandma", """
Hello this is the family email. My grandmother Pa Yeng Lor say stop, she dont want anymore. Please.
Ua tsaug
""", labels=[], unclear=True, ents={"name": "Pa Yeng Lor"}, cat=UN, lang="en (L1 hmn)",
  note="shared family account, on behalf of the grandmother, and 'stop' has no object -> unclear")

m("un-vi-thumbs-down", "2025-01-14 16:02:27", "customercare", "gmail_android", ("Ly Tran", "lytran.cr@gmail.com"),
  "Re: Free Home Energy Assessment", "👎", quote=Q("assess", qh_gmail(OURS["assess"])), to=CC_NAMED,
  labels=[], unclear=True, cat=UN, lang="-",
  note="emoji-only reply to a promo: nothing decidable -> unclear")

m("un-ar-see-below", "2024-10-18 15:04:50", "customercare", "gmail", ("Omar Khalil", "omarkhalil.cr@gmail.com"),
  "Re: Fall savings: $50 back on a smart thermostat", "Please see below",
  quote=Q("fall", qh_gmail(OURS["fall"])), to=CC_NAMED, labels=[], unclear=True, cat=UN, lang="en",
  note="'see below' points only at OUR promo (with its unsubscribe footer); quoted text is never the sender's request -> unclear")

m("un-tl-follow-up", "2025-01-31 08:33:05", "customercare", "gmail", ("Jessa Villanueva", "jessa.villanueva@gmail.com"),
  "Follow up po", """
Hi po, follow up lang po on my request last week. Please do it na po. Thank you.

Jessa
""", labels=[], unclear=True, ents={"name": "Jessa"}, cat=UN, lang="en (L1 tl)",
  note="refers to an earlier request without saying what it was -> unclear")

m("un-es-borren-todo", "2025-02-17 18:06:31", "customercare", "yahoo", ("Rigoberto Salas", "rigo.salas@yahoo.com"),
  "Borren mis datos", """
Quiero que borren todos mis datos de su sistema, todo. Ya no quiero tener nada que ver con ustedes.

Rigoberto Salas
""", labels=[QN], unclear=True, ents={"name": "Rigoberto Salas"}, cat=UN, lang="es",
  note="Spanish delete-everything request: question + unclear (the bot may not delete account data)")

# =====================================================================================================================
# human, no action needed
# =====================================================================================================================

m("no-vi-thanks-ack", "2024-09-20 06:30:08", "customercare", "gmail", ("Minh Tran", "tranvanminh1960@gmail.com"),
  "Re: We received your request [CC-2024-09-00318]", "Thank you very much, have a nice day.",
  quote=Q("ack.CC-2024-09-00318", qh_gmail(OURS["ack.CC-2024-09-00318"])), to=ACK_NAMED,
  labels=[], ack=None, cat=NO, lang="en (L1 vi)",
  note="a person thanking us for our acknowledgement: asks for nothing -> no labels, not unclear, ack_to null (no politeness ping-pong)")

m("no-uk-ok-received", "2024-10-19 08:15:42", "customercare", "gmail", ("Oksana Kovalenko", "oksana.kovalenko.ua@gmail.com"),
  "Re: We received your request [CC-2024-10-00471]", "Ok, received. Thank you.",
  quote=Q("ack.CC-2024-10-00471", qh_gmail(OURS["ack.CC-2024-10-00471"])), to=ACK_NAMED,
  labels=[], ack=None, cat=NO, lang="en (L1 uk)",
  note="reply to our acknowledgement that asks for nothing -> ack_to null")

m("no-es-gracias-ack", "2024-11-07 18:20:14", "customercare", "yahoo", ("Francisco Javier Sanchez", "fjsanchez63@yahoo.com"),
  "Re: We received your request [CC-2024-11-00687]", "Muchas gracias por su ayuda. Dios los bendiga.",
  quote=Q("ack.CC-2024-11-00687", "El miércoles, 6 de noviembre de 2024, 03:34:01 p.m. CST, Alliant Energy Customer Care <customercare@alliant-energy.com> escribió:"),
  to=ACK_NAMED, labels=[], ack=None, cat=NO, lang="es",
  note="Spanish thank-you to our acknowledgement ('God bless you'): no request -> ack_to null")

m("no-mh-catalog-beautiful", "2024-11-16 13:44:30", "powerhousecatalog", "gmail_android", ("Nerija Lokboj", "nerijalokboj@gmail.com"),
  "Thank you", """
Iakwe! I want say thank you, the catalog is very beautiful. My mother she look the pictures of the lights for Christmas. Kommol tata.

Nerija
""", labels=[], ack=None, ents={"name": "Nerija"}, cat=NO, lang="en (L1 mh)",
  note="a compliment, not a request: no labels, not unclear, no answer due -> ack_to null")
