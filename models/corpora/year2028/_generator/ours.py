"""What Alliant Energy itself sent in 2028 (only ever seen quoted, forwarded, bounced or auto-answered)."""
from mailkit import central

HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

FOOT_CC = ("You are receiving this e-mail because you are an Alliant Energy customer.\n"
           "To opt out of marketing e-mails, reply with the word unsubscribe or write to\n"
           "customercare@alliant-energy.com. Privacy policy: alliantenergy.com/privacy\n" + HQ)

FOOT_NL = ("You are receiving Home Comfort Tips because you are an Alliant Energy customer.\n"
           "Manage your preferences or unsubscribe: reply to this e-mail with UNSUBSCRIBE.\n" + HQ)

FOOT_ES = ("Recibe este correo porque es cliente de Alliant Energy. Para no recibir más\n"
           "correos de promociones, responda con la palabra BAJA o escriba a\n"
           "customercare@alliant-energy.com. Aviso de privacidad: alliantenergy.com/privacidad\n" + HQ)

FOOT_PH = ("You are receiving this e-mail because you ordered from or requested the\n"
           "PowerHouse Catalog. From time to time we share our customer list with other\n"
           "catalog companies whose products may interest you. If you prefer that we not\n"
           "share your name and postal address, write to powerhousecatalog@alliant-energy.com.\n"
           "We never share e-mail addresses.\n"
           "To unsubscribe from PowerHouse e-mails, reply with UNSUBSCRIBE in the subject line.\n"
           "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718")

CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")

# token, when (Central), sender, subject (as sent), body (first screen of the text part), footer
CAMPAIGNS = [
    ("AE-PR-2801-HEA", "2028-01-11 09:00:12", CC, "Start 2028 with a free Home Energy Assessment",
     "Hi there,\n\nA new year is a good time to find out where your home loses energy. Book a\nfree Home Energy Assessment and one of our energy advisors will walk through\nyour home, install free LED bulbs and a showerhead, and leave you a plan.\n\nBook your visit: alliantenergy.com/assessment\n", FOOT_CC),
    ("PH-2801-WCL", "2028-01-18 10:30:05", PH, "Winter Clearance: up to 40% off cozy essentials [PH-2801-WCL]",
     "Stay warm for less.\n\nHeated throws, draft stoppers and LED lanterns are up to 40% off while\nsupplies last. Free shipping on orders over $49.\n\nShop the clearance: powerhousecatalog.com/clearance\n", FOOT_PH),
    ("PH-2802-SPR", "2028-02-08 10:15:44", PH, "Your Spring Preview catalog is here",
     "Spring is on its way!\n\nOur Spring Preview catalog is in the mail. Browse it online now: solar path\nlights, rain barrels, smart plugs and more.\n\nView the catalog: powerhousecatalog.com/spring\n", FOOT_PH),
    ("AE-NL-2802", "2028-02-15 08:00:31", CC, "Your February Home Comfort Tips [AE-NL-2802]",
     "February Home Comfort Tips\n\n* Keep your furnace filter clean: check it monthly in winter.\n* Open south-facing curtains on sunny days.\n* Seal drafty outlets with foam gaskets.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("AE-NL-2802-ES", "2028-02-15 08:05:10", CC, "Sus consejos de febrero para el hogar [AE-NL-2802-ES]",
     "Consejos de febrero para su hogar\n\n* Revise el filtro de su calefacción cada mes en invierno.\n* Abra las cortinas del lado sur en los días soleados.\n* Selle los enchufes con corrientes de aire.\n\nMás consejos: alliantenergy.com/consejos\n", FOOT_ES),
    ("AE-PR-2803-HPWH", "2028-03-07 09:00:08", CC, "Heat pump water heaters: rebates up to $600",
     "Your water heater is one of the biggest energy users in your home.\n\nReplace an old electric tank with a heat pump water heater and get up to\n$600 back from Alliant Energy. Most families save $300 a year.\n\nSee if you qualify: alliantenergy.com/waterheater\n", FOOT_CC),
    ("AE-PR-2803-HPWH-ES", "2028-03-07 09:04:51", CC, "Calentadores de agua con bomba de calor: reembolsos de hasta $600",
     "Su calentador de agua es uno de los aparatos que más energía usa.\n\nCambie su tanque eléctrico viejo por un calentador con bomba de calor y\nreciba hasta $600 de Alliant Energy. La mayoría de las familias ahorra\n$300 al año.\n\nVea si califica: alliantenergy.com/calentador\n", FOOT_ES),
    ("PH-2803-GDN", "2028-03-21 10:00:19", PH, "Spring Garden & Outdoor: new arrivals",
     "New for your yard and garden.\n\nSolar stake lights, a weatherproof outdoor outlet timer and our best-selling\nrain barrel are back in stock.\n\nShop now: powerhousecatalog.com/garden\n", FOOT_PH),
    ("AE-NL-2804", "2028-04-04 08:00:27", CC, "Your April Home Comfort Tips [AE-NL-2804]",
     "April Home Comfort Tips\n\n* Schedule your air conditioner tune-up before the first hot day.\n* Use ceiling fans counter-clockwise in spring and summer.\n* Check your outdoor unit for leaves and debris.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("PH-2804-MOM", "2028-04-25 10:00:03", PH, "Gifts for Mom, ready to ship",
     "Mother's Day is May 14.\n\nAroma diffusers, cordless lamps and our heated neck wrap ship free this\nweek.\n\nShop gifts: powerhousecatalog.com/mom\n", FOOT_PH),
    ("PH-2805-SUM", "2028-05-09 10:20:40", PH, "The PowerHouse Summer Catalog is here [PH-2805-SUM]",
     "Summer starts here.\n\nFans, portable coolers, solar lanterns and everything for the patio. Your\nSummer Catalog should arrive this week.\n\nBrowse online: powerhousecatalog.com/summer\n", FOOT_PH),
    ("AE-PR-2805-PEAK", "2028-05-16 09:00:02", CC, "Earn $40 this summer with Peak Time Rewards",
     "Help keep the grid reliable on the hottest days and get paid for it.\n\nJoin Peak Time Rewards and earn $40 for cutting back your use during a few\nsummer peak events. No equipment needed.\n\nEnroll: alliantenergy.com/peakrewards\n", FOOT_CC),
    ("AE-PR-2805-PEAK-ES", "2028-05-16 09:05:33", CC, "Gane $40 este verano con Recompensas en Horas Pico",
     "Ayude a mantener la red confiable en los días más calurosos y reciba un pago.\n\nInscríbase en Recompensas en Horas Pico y gane $40 por reducir su consumo\ndurante algunos eventos de verano. No necesita equipo.\n\nInscríbase: alliantenergy.com/recompensas\n", FOOT_ES),
    ("AE-NL-2806", "2028-06-06 08:00:15", CC, "Your June Home Comfort Tips [AE-NL-2806]",
     "June Home Comfort Tips\n\n* Set your thermostat to 78 when you are home.\n* Close blinds on the west side in the afternoon.\n* Sign up for outage alerts before storm season.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("AE-PR-2806-EV", "2028-06-20 09:00:41", CC, "Up to $500 back on a home EV charger",
     "Thinking about an electric vehicle?\n\nInstall a qualified Level 2 charger at home and get up to $500 back, plus\na lower overnight rate for charging.\n\nLearn more: alliantenergy.com/ev\n", FOOT_CC),
    ("AE-NL-2807", "2028-07-11 08:00:09", CC, "Your July Home Comfort Tips [AE-NL-2807]",
     "July Home Comfort Tips\n\n* Run the dishwasher and dryer in the evening.\n* Clean your AC filter monthly in summer.\n* Unplug the old fridge in the garage.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("AE-NL-2807-ES", "2028-07-11 08:04:22", CC, "Sus consejos de julio para el hogar [AE-NL-2807-ES]",
     "Consejos de julio para su hogar\n\n* Use la lavavajillas y la secadora por la noche.\n* Limpie el filtro del aire acondicionado cada mes.\n* Desconecte el refrigerador viejo del garaje.\n\nMás consejos: alliantenergy.com/consejos\n", FOOT_ES),
    ("PH-2807-MSS", "2028-07-18 10:10:37", PH, "Mid-Summer Sale: 25% off fans, coolers and more [PH-2807-MSS]",
     "Beat the heat.\n\n25% off tower fans, window fans and portable coolers through July 31.\n\nShop the sale: powerhousecatalog.com/sale\n", FOOT_PH),
    ("PH-2808-FALL", "2028-08-08 10:00:50", PH, "Fall Preview: cozy season starts here",
     "A first look at fall.\n\nNew heated blankets, smart space heaters with tip-over shutoff, and LED\ncandles for the porch.\n\nPreview the catalog: powerhousecatalog.com/fall\n", FOOT_PH),
    ("AE-PR-2808-KIT", "2028-08-15 09:00:18", CC, "Free back-to-school energy savings kit",
     "Back to school, back to savings.\n\nRequest a free kit with LED bulbs, a smart power strip and a faucet\naerator. One kit per household while supplies last.\n\nRequest yours: alliantenergy.com/kit\n", FOOT_CC),
    ("AE-PR-2808-KIT-ES", "2028-08-15 09:04:02", CC, "Kit gratuito de ahorro de energía para el regreso a clases",
     "Regreso a clases, regreso al ahorro.\n\nPida un kit gratuito con focos LED, una regleta inteligente y un aireador\npara la llave. Un kit por hogar mientras duren las existencias.\n\nPida el suyo: alliantenergy.com/kit-es\n", FOOT_ES),
    ("AE-NL-2809", "2028-09-05 08:00:44", CC, "Your September Home Comfort Tips [AE-NL-2809]",
     "September Home Comfort Tips\n\n* Book a furnace tune-up before the first cold night.\n* Test your carbon monoxide detectors.\n* Caulk around windows while it is still warm out.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("AE-PR-2809-TUNE", "2028-09-19 09:00:30", CC, "$50 back on a fall furnace tune-up",
     "A tuned-up furnace runs safer and costs less to operate.\n\nHave a participating contractor tune up your natural gas furnace by\nNovember 30 and we will send you $50.\n\nFind a contractor: alliantenergy.com/tuneup\n", FOOT_CC),
    ("PH-2809-SMART", "2028-09-26 10:00:11", PH, "New in the PowerHouse Smart Home Shop",
     "Make your home a little smarter.\n\nSmart plugs, video doorbells and leak sensors, all tested by our team.\n\nShop smart home: powerhousecatalog.com/smart\n", FOOT_PH),
    ("AE-NL-2810", "2028-10-03 08:00:36", CC, "Your October Home Comfort Tips [AE-NL-2810]",
     "October Home Comfort Tips\n\n* Reverse your ceiling fans to clockwise.\n* Drain and store garden hoses.\n* Ask about Budget Billing to even out winter bills.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("AE-NL-2810-ES", "2028-10-03 08:04:55", CC, "Sus consejos de octubre para el hogar [AE-NL-2810-ES]",
     "Consejos de octubre para su hogar\n\n* Cambie la dirección de sus ventiladores de techo.\n* Vacíe y guarde las mangueras del jardín.\n* Pregunte por los pagos nivelados para el invierno.\n\nMás consejos: alliantenergy.com/consejos\n", FOOT_ES),
    ("PH-2810-HOL", "2028-10-10 10:00:25", PH, "Holiday Preview: first look at our 2028 gift collection [PH-2810-HOL]",
     "The holidays are closer than you think.\n\nGet a first look at our 2028 gift collection: heated throws, rechargeable\nlanterns, weather radios and stocking stuffers under $20.\n\nSee the preview: powerhousecatalog.com/holiday\n", FOOT_PH),
    ("AE-PR-2810-THERM", "2028-10-17 09:00:07", CC, "Smart thermostat: $75 back through December",
     "Stay comfortable and save up to 10% on heating.\n\nBuy and install a qualifying smart thermostat by December 31 and get $75\nback from Alliant Energy.\n\nApply online: alliantenergy.com/thermostat\n", FOOT_CC),
    ("PH-2811-GIFT", "2028-11-07 10:00:58", PH, "The PowerHouse Holiday Gift Guide",
     "Gifts for everyone on your list.\n\nOur Holiday Gift Guide is here, with picks for the gadget lover, the\ncamper and the person who is always cold.\n\nShop the guide: powerhousecatalog.com/gifts\n", FOOT_PH),
    ("AE-PR-2811-BUDGET", "2028-11-14 09:00:16", CC, "Winter ready: even out your bills with Budget Billing",
     "No more surprise winter bills.\n\nBudget Billing spreads your energy costs evenly over the year, so you pay\nabout the same amount every month.\n\nSign up: alliantenergy.com/budget\n", FOOT_CC),
    ("AE-PR-2811-BUDGET-ES", "2028-11-14 09:05:03", CC, "Prepárese para el invierno: pagos nivelados",
     "Sin sorpresas en las facturas de invierno.\n\nCon el Plan de Pagos Nivelados paga casi la misma cantidad cada mes\ndurante todo el año.\n\nInscríbase: alliantenergy.com/pagos\n", FOOT_ES),
    ("AE-NL-2812", "2028-12-05 08:00:21", CC, "Your December Home Comfort Tips [AE-NL-2812]",
     "December Home Comfort Tips\n\n* Use LED holiday lights and put them on a timer.\n* Keep space heaters three feet from anything that can burn.\n* Lower the thermostat a few degrees when you travel.\n\nRead more: alliantenergy.com/tips\n", FOOT_NL),
    ("PH-2812-SHIP", "2028-12-12 10:00:34", PH, "Last call: order by Dec 18 for holiday delivery",
     "There's still time!\n\nOrder by December 18 with standard shipping, or December 21 with express,\nfor delivery before the holidays.\n\nShop now: powerhousecatalog.com\n", FOOT_PH),
]

BILL_FROM = ("Alliant Energy", "noreply@alliantenergy.com")
BILL_SUBJECT = "Your Alliant Energy bill is ready"


def bill_text(acct_tail, amount, due):
    return ("Your Alliant Energy bill is ready.\n\nAccount ending in %s\nAmount due: $%s\nDue date: %s\n\n"
            "View and pay your bill: alliantenergy.com/myaccount\n\n"
            "This is a service message about your account. We send it even if you have\n"
            "opted out of marketing. Questions? Reply to this e-mail or call 608-555-0100.\n" % (acct_tail, amount, due)
            + HQ)


ALERT_FROM = ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com")
OUTAGES = {
    "OE-2806-13": "2028-06-13",
    "OE-2807-24": "2028-07-24",
    "OE-2810-29": "2028-10-29",
    "OE-2812-20": "2028-12-20",
}


def alert_text(kind, place, when, cause):
    if kind == "out":
        head = ("We are aware of a power outage affecting your address near %s.\n\n"
                "Cause: %s\nEstimated restoration: %s\n\nCrews are on the way. Please stay away from downed lines\n"
                "and report them by calling 608-555-0101." % (place, cause, when))
    elif kind == "update":
        head = ("Update on the outage near %s: crews are assigned and working.\n\n"
                "Cause: %s\nNew estimated restoration: %s" % (place, cause, when))
    else:
        head = ("Power has been restored at your address near %s. Thank you for your\npatience." % place)
    return head + ("\n\nView the outage map: alliantenergy.com/outages\n"
                   "You are receiving this alert because you signed up for outage notifications.\n"
                   "Manage alerts at alliantenergy.com/alerts.\n" + HQ)


ACK_SUBJECT = "We received your request [%s]"


def ack_text(token, when):
    return ("Hello,\n\nThank you for contacting Alliant Energy. We received your message on %s\n"
            "and logged it as request %s.\n\n"
            "If you asked us to stop marketing contact, or not to share your name and\n"
            "address with other catalog companies, we will update our records within\n"
            "10 business days. Mail already being printed may still reach you. If you\n"
            "asked a question, a member of our Customer Care team will reply.\n\n"
            "Please do not reply to this automated message.\n\n"
            "Alliant Energy Customer Care\n" % (when, token) + HQ)


def campaign(token):
    for c in CAMPAIGNS:
        if c[0] == token:
            return c
    raise KeyError(token)


def ours_campaign(token, rcpt_no):
    tok, when, (fn, fa), subj, body, foot = campaign(token)
    utc = central(when)
    return {"kind": "campaign", "token": tok, "from_name": fn, "from_addr": fa, "subject": subj, "utc": utc,
            "msgid": "<%s.%s.%06d@mail.alliant-energy.com>" % (tok, utc.strftime("%Y%m%d"), rcpt_no),
            "text": body + "\n" + foot + "\n"}


def ours_bill(when, acct_tail, amount, due, key):
    utc = central(when)
    return {"kind": "bill", "from_name": BILL_FROM[0], "from_addr": BILL_FROM[1], "subject": BILL_SUBJECT, "utc": utc,
            "reply_to": "customercare@alliant-energy.com",
            "msgid": "<bill.%s.%s@notify.alliantenergy.com>" % (key, utc.strftime("%Y%m")),
            "text": bill_text(acct_tail, amount, due) + "\n"}


def ours_alert(event, n, when, kind, place, eta, cause, subject):
    utc = central(when)
    return {"kind": "alert", "from_name": ALERT_FROM[0], "from_addr": ALERT_FROM[1], "subject": subject, "utc": utc,
            "reply_to": "customercare@alliant-energy.com",
            "msgid": "<outage.%s.%d@alerts.alliant-energy.com>" % (event, n),
            "text": alert_text(kind, place, eta, cause) + "\n"}


def ours_ack(token, when, mailbox="customercare", refs=None):
    utc = central(when)
    if mailbox == "powerhousecatalog":
        fn, fa = "PowerHouse Catalog Customer Service", "powerhousecatalog@alliant-energy.com"
    else:
        fn, fa = "Alliant Energy Customer Care", "customercare@alliant-energy.com"
    d = utc.astimezone(__import__("mailkit").tz_for(utc, -6))
    return {"kind": "ack", "from_name": fn, "from_addr": fa, "subject": ACK_SUBJECT % token, "utc": utc,
            "msgid": "<ack.%s@alliant-energy.com>" % token, "token": token, "references": refs or [],
            "text": ack_text(token, "%s %d, %d" % (d.strftime("%B"), d.day, d.year)) + "\n"}


def ours_staff(subject, when, text, token, refs=None):
    utc = central(when)
    return {"kind": "staff", "from_name": "Alliant Energy Customer Care", "from_addr": "customercare@alliant-energy.com",
            "subject": subject, "utc": utc, "msgid": "<staff.%s@alliant-energy.com>" % token, "references": refs or [],
            "text": text}
