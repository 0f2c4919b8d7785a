"""Our own outgoing mail during the ten days: it turns up quoted, forwarded, bounced and auto-answered.

| what                                   | From                    | sent                    |
| notice of the printing-vendor incident | powerhousecatalog@      | Tue 2025-03-04 08:02 CST |
| postal letter with the same text       | (paper, dated March 3)  | arrives Mar 6-8          |
| promo "Spring Preview" PH-2503-SP      | powerhousecatalog@      | Thu 2025-03-06 10:00 CST |
| bot acknowledgement [CC-2025-03-NNNNN] | customercare@           | on receipt               |
"""
import mailgen as g

NOTICE_SUBJECT = "Notice of a data security incident at one of our printing vendors"
NOTICE_FROM = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
NOTICE_SENT = g.central("2025-03-04 08:02:11")
PROMO_SUBJECT = "Spring Preview: garden, grill & 20% off LED lighting [PH-2503-SP]"
PROMO_SENT = g.central("2025-03-06 10:00:04")
ACK_FROM = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")


def notice_msgid(n):
    return "<PHN-2503.%010d.%06x@alliant-energy.com>" % (n, (n * 2654435761) % 0xFFFFFF)


def promo_msgid(n):
    return "<PH-2503-SP.%08d@alliant-energy.com>" % n


def ack_msgid(case):
    return "<ack.%s@alliant-energy.com>" % case


def notice_text(name):
    return """Dear %s,

We are writing to tell you about a data security incident at Lakeshore Print & Mail Services, Inc., a company that prints and mails the PowerHouse Catalog for us.

What happened
On February 11, 2025, Lakeshore told us that an unauthorized person had gained access to one of its file servers between January 27 and February 3, 2025. Lakeshore shut off the access, hired an outside forensic firm and notified law enforcement.

What information was involved
The files on that server were mailing lists used to print the catalog. For some PowerHouse Catalog customers, including you, they contained a name and mailing address. They did not contain Social Security numbers, Alliant Energy account numbers, payment card or bank information, e-mail addresses or passwords.

What we are doing
We have stopped sending customer files to Lakeshore while the investigation continues, and we are reviewing how all of our vendors store customer lists.

What you can do
Because only names and addresses were involved, you do not need to change passwords or cancel cards. Be careful with unexpected mail, calls or e-mails that mention this incident. We will never ask you for a Social Security number, card number or password in connection with this notice. If you wish, you can place a free security freeze with Equifax, Experian and TransUnion; the Federal Trade Commission's website explains how.

For more information
Call 1-800-555-0147, Monday to Friday, 7 a.m. to 6 p.m. Central time, and mention reference PHN-2503.
Si desea esta información en español, llame al 1-800-555-0147 y marque 2.

We are sorry this happened.

PowerHouse Catalog, an Alliant Energy company
4902 N. Biltmore Lane, Madison, WI 53718""" % name


def promo_text(name=None):
    return """Spring is coming - and so is our Spring Preview.

Garden & patio: raised cedar beds, solar path lights, rain barrels
Grill season: cast-iron griddles, smart meat thermometers
20% off all LED lighting through March 31 with code SPRING20

Shop the Spring Preview: https://www.powerhousecatalog.com/spring?utm_source=email&utm_campaign=PH-2503-SP

You are receiving this e-mail because you are a PowerHouse Catalog customer. To unsubscribe from catalog e-mails, reply with the word unsubscribe or visit https://www.powerhousecatalog.com/unsubscribe. The PowerHouse Catalog occasionally shares its customer list with other catalog companies. If you prefer that we not share your name, write to powerhousecatalog@alliant-energy.com.
PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"""


def ack_text(case):
    return """Thank you for contacting Alliant Energy. We received your message and logged it as %s.

If you asked us to stop marketing contact, or not to share your name with other catalog companies, we will record your choice within 10 business days. If your message needs an answer, a member of our team will reply.

Please keep the reference number above if you contact us again about this request.

Alliant Energy Customer Care
4902 N. Biltmore Lane, Madison, WI 53718""" % case


# attribution lines as different clients write them
def attribution(style, who=NOTICE_FROM, when=NOTICE_SENT):
    name, address = who
    d = g.local(when, g.us_offset(when, -6))
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            g.DAYS[d.weekday()], g.MONTHS[d.month - 1], d.day, d.year, h12, d.minute, ampm, name, address)
    if style == "gmail_es":
        meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.hour, d.minute, name, address)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (
            g.MONTHS[d.month - 1], d.day, d.year, h12, d.minute, ampm, name, address)
    if style == "apple_es":
        return "El %d mar %d, a las %d:%02d, %s <%s> escribió:" % (d.day, d.year, d.hour, d.minute, name, address)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            g.LONGDAYS[d.weekday()], g.LONGMONTHS[d.month - 1], d.day, d.year, h12, d.minute, d.second, ampm,
            "CDT" if g.us_offset(when, -6) == -5 else "CST", name, address)
    if style == "thunderbird":
        return "On %d/%d/%02d %d:%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, h12, d.minute, ampm, name)
    if style == "ox":
        return "On %02d/%02d/%d %d:%02d %s %s %s <%s> wrote:" % (
            d.month, d.day, d.year, h12, d.minute, ampm, "CDT" if g.us_offset(when, -6) == -5 else "CST", name, address)
    raise ValueError(style)


def outlook_block(to_name, to_addr, subject=NOTICE_SUBJECT, who=NOTICE_FROM, when=NOTICE_SENT, es=False):
    d = g.local(when, g.us_offset(when, -6))
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if es:
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]
        return ("________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s <%s>\nAsunto: %s" % (
            who[0], who[1], dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.hour, d.minute,
            to_name, to_addr, subject))
    return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s <%s>\nSubject: %s" % (
        who[0], who[1], g.LONGDAYS[d.weekday()], g.LONGMONTHS[d.month - 1], d.day, d.year, h12, d.minute, ampm,
        to_name, to_addr, subject))


def gmail_fwd_block(to_addr, subject=NOTICE_SUBJECT, who=NOTICE_FROM, when=NOTICE_SENT, es=False):
    d = g.local(when, g.us_offset(when, -6))
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if es:
        meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        return ("---------- Forwarded message ---------\nDe: %s <%s>\nDate: %s, %d %s %d a las %d:%02d\nSubject: %s\nTo: <%s>" % (
            who[0], who[1], dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.hour, d.minute, subject, to_addr))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: <%s>" % (
        who[0], who[1], g.DAYS[d.weekday()], g.MONTHS[d.month - 1], d.day, d.year, h12, d.minute, ampm, subject, to_addr))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
