"""How each mail program writes the lines that introduce quoted or forwarded mail, in English, Spanish, German and
French, with and without '>' markers; plus the HTML our own mail carries (with its hidden preheader)."""
import datetime as dt

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIASL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
TAGL = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _sunday(y, m, nth):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def offset(local):
    a = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    b = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(2))
    return -5 if a <= local < b else -6


def tz(t):
    return "CDT" if offset(t) == -5 else "CST"


def h12(t, sec=False):
    s = "%d:%02d" % ((t.hour % 12) or 12, t.minute)
    if sec:
        s += ":%02d" % t.second
    return s + (" AM" if t.hour < 12 else " PM")


def gt(text):
    out = []
    for line in text.split("\n"):
        out.append((">" + line) if line.startswith(">") else ("> " + line) if line else ">")
    return "\n".join(out)


def who(m):
    return "%s <%s>" % (m["from_name"], m["from_addr"]) if m["from_name"] else m["from_addr"]


def to_of(m):
    if not m.get("to_addr"):
        return ""
    return "%s <%s>" % (m["to_name"], m["to_addr"]) if m.get("to_name") else m["to_addr"]


def text_of(m):
    return m.get("full", m["body"])


def attribution(style, m):
    t = m["local"]
    n, a = m["from_name"] or m["from_addr"], m["from_addr"]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (WD[t.weekday()], MO[t.month - 1], t.day, t.year,
                                                         h12(t).replace(" ", "\u202f"), n, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DIAS[t.weekday()], t.day, MESES[t.month - 1],
                                                                     t.year, t.hour, t.minute, n, a)
    if style == "ios":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MO[t.month - 1], t.day, t.year, h12(t), n, a)
    if style == "ios_es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (t.day, MESES[t.month - 1], t.year, t.hour,
                                                                t.minute, n, a)
    if style == "tbird":
        return "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, h12(t), n)
    if style == "yahoo":
        return "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (WDL[t.weekday()], MOL[t.month - 1], t.day, t.year,
                                                             h12(t, True), tz(t), n, a)
    if style == "french":
        return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (JOURS[t.weekday()], t.day, MOIS[t.month - 1],
                                                                 t.year, t.hour, t.minute, n, a)
    raise ValueError(style)


def header_block(style, m):
    t = m["local"]
    if style in ("outlook", "outlook_android"):
        sent = "%s, %s %d, %d %s" % (WDL[t.weekday()], MOL[t.month - 1], t.day, t.year,
                                     h12(t, style == "outlook_android"))
        return "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (who(m), sent, to_of(m), m["subject"])
    if style == "outlook_es":
        sent = "%s, %d de %s de %d %d:%02d" % (DIASL[t.weekday()], t.day, MESESL[t.month - 1], t.year, t.hour,
                                              t.minute)
        return "De: %s\nEnviado: %s\nPara: %s\nAsunto: %s" % (who(m), sent, to_of(m), m["subject"])
    if style == "outlook_de":
        sent = "%s, %d. %s %d %02d:%02d" % (TAGL[t.weekday()], t.day, MONATE[t.month - 1], t.year, t.hour, t.minute)
        return "Von: %s\nGesendet: %s\nAn: %s\nBetreff: %s" % (who(m), sent, to_of(m), m["subject"])
    if style == "origmsg":
        sent = "%s, %s %02d, %d %s" % (WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, h12(t))
        return "-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s" % (
            m["from_name"] or m["from_addr"], m["from_addr"], sent, to_of(m), m["subject"])
    if style == "origmsg_es":
        sent = "%s, %d de %s de %d %d:%02d" % (DIASL[t.weekday()], t.day, MESESL[t.month - 1], t.year, t.hour,
                                              t.minute)
        return "-----Mensaje original-----\nDe: %s [mailto:%s]\nEnviado el: %s\nPara: %s\nAsunto: %s" % (
            m["from_name"] or m["from_addr"], m["from_addr"], sent, to_of(m), m["subject"])
    raise ValueError(style)


OUTLOOKISH = ("outlook", "outlook_android", "outlook_es", "outlook_de", "origmsg", "origmsg_es")


def quote(style, m, text=None):
    """The block a reply carries under (or over) the new text."""
    body = text if text is not None else text_of(m)
    if style in OUTLOOKISH:
        sep = "________________________________\n" if style in ("outlook", "outlook_es", "outlook_de") else ""
        return sep + header_block(style, m) + "\n\n" + body
    if style in ("ios", "ios_es", "yahoo"):
        return attribution(style, m) + "\n\n" + gt(body)
    return attribution(style, m) + "\n" + gt(body)


def forward(style, m, text=None):
    body = text if text is not None else text_of(m)
    t = m["local"]
    if style == "fwd_gmail":
        return "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n\n%s" % (
            who(m), WD[t.weekday()], MO[t.month - 1], t.day, t.year, h12(t).replace(" ", "\u202f"), m["subject"],
            to_of(m), body)
    if style == "fwd_gmail_es":
        return ("---------- Mensaje reenviado ---------\nDe: %s\nDate: %s, %d %s %d a las %d:%02d\nSubject: %s\n"
                "To: %s\n\n\n%s" % (who(m), DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour, t.minute,
                                     m["subject"], to_of(m), body))
    if style == "fwd_apple":
        return "Begin forwarded message:\n\n" + gt("From: %s\nSubject: %s\nDate: %s %d, %d at %s %s\nTo: %s\n\n%s" % (
            who(m), m["subject"], MOL[t.month - 1], t.day, t.year, h12(t, True), tz(t), to_of(m), body))
    if style == "fwd_apple_es":
        return "Inicio del mensaje reenviado:\n\n" + gt(
            "De: %s\nAsunto: %s\nFecha: %d de %s de %d, %d:%02d:%02d %s\nPara: %s\n\n%s" % (
                who(m), m["subject"], t.day, MESESL[t.month - 1], t.year, t.hour, t.minute, t.second, tz(t),
                to_of(m), body))
    if style in ("fwd_outlook", "fwd_outlook_es"):
        return "________________________________\n" + header_block(style[4:], m) + "\n\n" + body
    if style == "fwd_yahoo":
        return "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s, %s %d, %d at %s %s\nSubject: %s\n\n%s" % (
            who(m), to_of(m), WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, h12(t, True), tz(t), m["subject"],
            body)
    if style == "fwd_tbird":
        return "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s, %d %s %d %02d:%02d:%02d %s%02d00\n" \
               "From: \t%s\nTo: \t%s\n\n\n%s" % (m["subject"], WD[t.weekday()], t.day, MO[t.month - 1], t.year,
                                                t.hour, t.minute, t.second, "-", -offset(t), who(m), to_of(m), body)
    raise ValueError(style)


def thread(msgs, styles):
    """msgs[0] is the first mail; msgs[k] quotes msgs[k-1] top-posted in styles[k-1]. Sets 'full' and 'refs'."""
    msgs[0].setdefault("full", msgs[0]["body"])
    for k in range(1, len(msgs)):
        m, prev = msgs[k], msgs[k - 1]
        m["full"] = m["body"].rstrip("\n") + "\n\n" + quote(styles[k - 1], prev)
        m["refs"] = prev["refs"] + [prev["msgid"]]
    return msgs[-1]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def our_html(m):
    """Our mail's own HTML, as a webmail keeps it inside a quote: hidden preheader first."""
    out = []
    if m.get("preheader"):
        out.append('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;'
                   'max-width:0px;opacity:0;overflow:hidden;">%s</div>' % esc(m["preheader"]))
    for para in m["body"].split("\n\n"):
        out.append('<p style="font-family:Arial,sans-serif;font-size:14px;color:#333333">%s</p>'
                   % "<br>".join(esc(x) for x in para.split("\n")))
    return "\n".join(out)
