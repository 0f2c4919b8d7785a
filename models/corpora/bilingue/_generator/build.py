#!/usr/bin/env python3
"""Builds the `bilingue` set: a Spanish-dominant March 2025 of both privacy mailboxes.

Standard library only, fixed seed: `python3 _generator/build.py` rewrites every .eml, manifest.jsonl, index.tsv and
README.md byte for byte. The message texts live in the SPECS list further down; the top half of this file is the
machinery that turns a spec into the bytes a mail program and our Postfix hosts would have produced.
"""
from __future__ import annotations

import base64
import email.quoprimime
import hashlib
import html
import json
import random
import textwrap
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SEED = 20250331
rng = random.Random(SEED)

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
BOX = {"customercare": CC, "powerhousecatalog": PH}
CRLF = "\r\n"

# --------------------------------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------------------------------
DST_US = datetime(2025, 3, 9, 8, 0)      # 2 a.m. CST in UTC
DST_US_P = datetime(2025, 3, 9, 10, 0)   # 2 a.m. PST in UTC
DST_EU = datetime(2025, 3, 30, 1, 0)

WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
WD_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
WDAY_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MONTH_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"]


def offset_min(zone: str, utc: datetime) -> int:
    if zone == "C":
        return -300 if utc >= DST_US else -360
    if zone == "P":
        return -420 if utc >= DST_US_P else -480
    if zone == "E":
        return -240 if utc >= DST_US - timedelta(hours=1) else -300
    if zone in ("MX", "GT", "SV"):
        return -360
    if zone == "CO":
        return -300
    if zone == "PR":
        return -240
    if zone == "ES":
        return 120 if utc >= DST_EU else 60
    if zone == "UTC":
        return 0
    raise ValueError(zone)


def to_utc(day: int, hh: int, mm: int, ss: int, zone: str, month: int = 3) -> datetime:
    guess = datetime(2025, month, day, hh, mm, ss)
    off = offset_min(zone, guess - timedelta(minutes=offset_min(zone, guess + timedelta(hours=6))))
    return guess - timedelta(minutes=off)


def local(utc: datetime, zone: str) -> datetime:
    return utc + timedelta(minutes=offset_min(zone, utc))


def tzstr(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def rfc_date(utc: datetime, zone: str, *, pad: bool = False, comment: str = "") -> str:
    t = local(utc, zone)
    day = f"{t.day:02d}" if pad else str(t.day)
    s = f"{WD_EN[t.weekday()]}, {day} {MO_EN[t.month - 1]} {t.year} {t:%H:%M:%S} {tzstr(offset_min(zone, utc))}"
    return s + (f" ({comment})" if comment else "")


def central_comment(utc: datetime) -> str:
    return "CDT" if utc >= DST_US else "CST"


def epoch(utc: datetime) -> int:
    return int((utc - datetime(1970, 1, 1)).total_seconds())


# --------------------------------------------------------------------------------------------------------------
# random tokens (all from the one seeded generator, so the build is reproducible)
# --------------------------------------------------------------------------------------------------------------
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HEXS(n: int) -> str:
    return hexs(n).upper()


def b64s(n: int) -> str:
    return "".join(rng.choice(B64) for _ in range(n))


def alnum(n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid(upper: bool = True) -> str:
    s = f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{rng.choice('89ab')}{hexs(3)}-{hexs(12)}"
    return s.upper() if upper else s


def queue_id() -> str:
    return "4Z" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(7)) + "z" + \
        "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(4))


def b64blob(n: int, indent: str = "\t ") -> str:
    """A base64-looking signature value, folded the way signers fold it."""
    s = b64s(n)
    if n % 3:
        s = s[:-1] + "="
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return (CRLF + indent).join(lines)


# --------------------------------------------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------------------------------------------
def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(s: str, charset: str = "UTF-8", enc: str = "Q") -> list[str]:
    pre = f"=?{charset}?{enc}?"
    words, cur, curlen = [], [], 0
    if enc.upper() == "Q":
        for ch in s:
            if ch in Q_SAFE:
                tok = ch
            elif ch == " ":
                tok = "_"
            else:
                tok = "".join(f"={b:02X}" for b in ch.encode(charset))
            if cur and len(pre) + curlen + len(tok) + 2 > 75:
                words.append(pre + "".join(cur) + "?=")
                cur, curlen = [], 0
            cur.append(tok)
            curlen += len(tok)
        if cur:
            words.append(pre + "".join(cur) + "?=")
        return words
    chunk = ""
    for ch in s:
        trial = chunk + ch
        if len(pre) + len(base64.b64encode(trial.encode(charset))) + 2 > 75:
            words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
    return words


def hval(s: str, charset: str = "UTF-8", enc: str = "Q") -> str:
    """An unstructured header value, RFC 2047-encoded when it is not ASCII."""
    if is_ascii(s):
        return s
    return " ".join(encoded_words(s, charset, enc))


def addr(name: str | None, address: str, charset: str = "UTF-8", enc: str = "Q", quote: bool = False) -> str:
    if not name:
        return address if not quote else f"<{address}>"
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:@()"'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{hval(name, charset, enc)} <{address}>"


HANGING = {"Message-ID", "X-Gm-Message-State", "X-Google-Smtp-Source", "X-MS-Exchange-CrossTenant-Network-Message-Id"}


def fold(line: str, width: int = 78) -> str:
    """Fold a header line at spaces (never inside a word), continuation lines indented by one space."""
    if len(line) <= width or "\r\n" in line:
        return line
    out, cur = [], ""
    toks = line.split(" ")
    if toks[0].rstrip(":") not in HANGING and len(toks) > 1:
        toks = [toks[0] + " " + toks[1]] + toks[2:]
    for tok in toks:
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    out.append(cur)
    return CRLF.join(out)


def headers_bytes(pairs: list[tuple[str, str]]) -> bytes:
    lines = []
    for k, v in pairs:
        lines.append(fold(f"{k}: {v}") if "\r\n" not in v else f"{k}: {v}")
    return (CRLF.join(lines) + CRLF).encode("ascii")


# --------------------------------------------------------------------------------------------------------------
# body encoding
# --------------------------------------------------------------------------------------------------------------
def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def qp(text: str, charset: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    out = []
    for line in raw.split(b"\n"):
        enc = email.quoprimime.body_encode(line.decode("latin-1"), maxlinelen=76, eol=CRLF)
        out.append(enc)
    return CRLF.join(out).encode("ascii")


def b64(text_or_bytes, charset: str = "utf-8") -> bytes:
    raw = text_or_bytes if isinstance(text_or_bytes, bytes) else crlf(text_or_bytes).encode(charset)
    return base64.encodebytes(raw).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def eightbit(text: str, charset: str) -> bytes:
    return crlf(text).encode(charset)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long paragraph lines soft-broken with a trailing space; quotes left alone."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    if cte == "quoted-printable":
        return qp(text, charset)
    if cte == "base64":
        return b64(text, charset)
    return eightbit(text, charset)


def short_ascii(text: str, width: int = 76) -> bool:
    return is_ascii(text) and all(len(x) <= width for x in text.split("\n"))


def best_cte(text: str, prefer: str = "quoted-printable") -> str:
    return "7bit" if is_ascii(text) and max((len(x) for x in text.split("\n")), default=0) < 900 else prefer


def leaf(ctype: str, text: str, charset: str, cte: str, *, quote_cs: bool = False, params: str = "",
         extra: list[tuple[str, str]] | None = None) -> bytes:
    """One MIME leaf (headers + encoded body) as bytes."""
    cs = f'charset="{charset}"' if quote_cs else f"charset={charset}"
    h = [("Content-Type", f"{ctype}; {cs}{params}")]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h += extra or []
    return part_bytes(h, encode_body(text, charset, cte or "7bit"))


def part_bytes(headers: list[tuple[str, str]], body: bytes) -> bytes:
    return headers_bytes(headers) + b"\r\n" + body


def multipart(boundary: str, parts: list[bytes], preamble: str = "") -> bytes:
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p
        if not p.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return out


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------------------------------------------
# our own outgoing mail, as quoted, forwarded, bounced and auto-answered in this set
# --------------------------------------------------------------------------------------------------------------
HQ_EN = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
OUR: dict[str, dict] = {}


def our(key, kind, name, frm, subject, day, hh, mm, text, month=3, reply_to=None, mid=None, lang="es"):
    utc = to_utc(day, hh, mm, 0, "C", month)
    OUR[key] = dict(key=key, kind=kind, name=name, frm=frm, subject=subject, utc=utc, text=text.strip("\n"),
                    reply_to=reply_to, lang=lang,
                    mid=mid or f"<{utc:%Y%m%d%H%M%S}.{hexs(6)}.{key}@mail.alliant-energy.com>")


our("promo-en", "promo", "Alliant Energy", CC,
    "Spring into savings: up to $300 back on a heat pump water heater", 4, 10, 0, """
Spring into savings

Get up to $300 back when you install a qualifying heat pump water heater. It can use up to 60% less energy than a
standard electric model.

See the details: https://www.alliantenergy.com/rebates/water-heaters

You are receiving this e-mail because you are an Alliant Energy customer. To stop receiving promotional e-mails,
unsubscribe here: https://www.alliantenergy.com/unsubscribe or reply with the word UNSUBSCRIBE.
""" + HQ_EN, lang="en")

our("promo-es", "promo", "Alliant Energy", CC,
    "Ahorre esta primavera: hasta $300 de reembolso en un calentador de agua con bomba de calor", 5, 10, 0, """
Ahorre esta primavera

Reciba hasta $300 de reembolso al instalar un calentador de agua con bomba de calor que califique. Puede usar
hasta 60% menos energía que un modelo eléctrico común.

Vea los detalles: https://www.alliantenergy.com/es/reembolsos

Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos promocionales, cancele su
suscripción aquí: https://www.alliantenergy.com/es/baja o responda con la palabra BAJA.
""" + HQ_EN)

our("catalog-en", "catalog", "PowerHouse Catalog", PH,
    "Your PowerHouse Spring Catalog is here (plus free shipping over $49)", 3, 9, 30, """
The Spring Catalog is here!

LED shop lights, smart plugs, weather stations and 140 more ideas for a more comfortable home.
Free shipping on orders over $49 through March 31.

Shop now: https://www.powerhousecatalog.com/spring

The PowerHouse Catalog occasionally shares customer names and postal addresses with other catalog companies.
If you do not want your name shared, write to powerhousecatalog@alliant-energy.com.
To stop receiving these e-mails, unsubscribe: https://www.powerhousecatalog.com/unsubscribe
PowerHouse Catalog, P.O. Box 7200, Cedar Rapids, IA 52406
""", lang="en")

our("catalog-es", "catalog", "Catálogo PowerHouse", PH,
    "Ya llegó su Catálogo de Primavera PowerHouse (y envío gratis en pedidos de más de $49)", 3, 9, 45, """
¡Ya llegó el Catálogo de Primavera!

Lámparas LED para el taller, enchufes inteligentes, estaciones del clima y 140 ideas más para un hogar más
cómodo. Envío gratis en pedidos de más de $49 hasta el 31 de marzo.

Compre ahora: https://www.powerhousecatalog.com/es/primavera

El Catálogo PowerHouse a veces comparte los nombres y las direcciones postales de sus clientes con otras empresas
de catálogos. Si no desea que compartamos su nombre, escriba a powerhousecatalog@alliant-energy.com.
Para dejar de recibir estos correos, cancele su suscripción: https://www.powerhousecatalog.com/es/baja
Catálogo PowerHouse, P.O. Box 7200, Cedar Rapids, IA 52406
""")

our("news-es", "newsletter", "Alliant Energy", CC, "Consejos para su hogar: marzo", 11, 8, 0, """
Consejos para su hogar: marzo

1. Cambie el filtro de su calefacción antes de la primavera.
2. Use cortinas gruesas en las noches frías de marzo.
3. ¿Tormentas en camino? Guarde nuestro número para reportar apagones: 1-800-255-4268.

Este boletín se envía a los clientes que eligieron recibir noticias de Alliant Energy. Para administrar sus
preferencias o darse de baja, visite https://www.alliantenergy.com/es/preferencias.
""" + HQ_EN)

our("news-en", "newsletter", "Alliant Energy", CC, "Your March Home Comfort Tips", 11, 8, 5, """
Your March Home Comfort Tips

1. Change your furnace filter before spring.
2. Close heavy curtains on cold March nights.
3. Storms on the way? Save our outage number: 1-800-255-4268.

You receive this newsletter because you chose to hear from Alliant Energy. To manage your preferences or
unsubscribe, visit https://www.alliantenergy.com/preferences.
""" + HQ_EN, lang="en")

our("outage-es", "outage", "Alliant Energy Alertas", "alerts@alliantenergy.com",
    "Alerta de apagón: estamos trabajando en su zona", 15, 3, 42, """
Alerta de apagón

Hay un apagón que afecta el servicio en su dirección. Nuestras cuadrillas ya están trabajando.
Causa: tormenta con vientos fuertes.
Hora estimada de restablecimiento: 15 de marzo, 11:00 a. m.

Para reportar cables caídos llame al 1-800-255-4268. No se acerque a los cables.

Este es un mensaje de servicio sobre su cuenta de Alliant Energy.
""", reply_to=CC)

our("outage-en", "outage", "Alliant Energy Alerts", "alerts@alliantenergy.com",
    "Outage alert: crews are working in your area", 15, 3, 40, """
Outage alert

An outage is affecting service at your address. Our crews are on the way.
Cause: severe storm, high winds.
Estimated restoration: March 15, 11:00 a.m.

To report a downed line call 1-800-255-4268. Stay away from downed lines.

This is a service message about your Alliant Energy account.
""", reply_to=CC, lang="en")

our("bill-es", "bill", "Alliant Energy", "noreply@alliantenergy.com",
    "Su factura de Alliant Energy está lista", 7, 6, 15, """
Su factura está lista

Cuenta que termina en: ****4471
Total a pagar: $142.18
Fecha de vencimiento: 24 de marzo de 2025

Pague en línea: https://www.alliantenergy.com/es/pagar

Este es un mensaje de servicio. Lo enviamos aunque haya pedido no recibir mercadeo.
""", reply_to=CC)

our("bill-en", "bill", "Alliant Energy", "noreply@alliantenergy.com",
    "Your Alliant Energy bill is ready", 7, 6, 10, """
Your bill is ready

Account ending in: ****2290
Amount due: $118.62
Due date: March 24, 2025

Pay online: https://www.alliantenergy.com/pay

This is a service message. We send it even if you have opted out of marketing.
""", reply_to=CC, lang="en")

our("reminder-en", "reminder", "Alliant Energy", "noreply@alliantenergy.com",
    "Payment reminder: your bill is due March 24", 20, 7, 0, """
Payment reminder

Your payment of $211.40 is due March 24, 2025.
If you have already paid, thank you, and please disregard this reminder.

Need more time? Call 1-800-255-4268 to ask about payment arrangements.

This is a service message about your Alliant Energy account.
""", reply_to=CC, lang="en")

our("reminder-es", "reminder", "Alliant Energy", "noreply@alliantenergy.com",
    "Recordatorio de pago: su factura vence el 24 de marzo", 20, 7, 2, """
Recordatorio de pago

Su pago de $187.95 vence el 24 de marzo de 2025.
Si ya pagó, gracias; no tome en cuenta este recordatorio.

¿Necesita más tiempo? Llame al 1-800-255-4268 para preguntar por un acuerdo de pago.

Este es un mensaje de servicio sobre su cuenta de Alliant Energy.
""", reply_to=CC)


ACK_ES_MKT = """Gracias por escribir a Alliant Energy.

Recibimos su solicitud de dejar de recibir mercadeo de nuestra parte, por
correo electrónico y por correo postal. Su número de referencia es
{ref}.

Lo eliminaremos de nuestras listas de mercadeo por correo electrónico y por
correo postal a más tardar el {due}. Hasta
entonces, es posible que todavía reciba mercadeo que ya estaba en camino. Seguiremos enviándole
mensajes sobre su cuenta y su servicio, que no son de mercadeo.

Si nos escribe sobre esta solicitud, por favor mantenga {ref} en
el asunto.

Este es un acuse de recibo automático. No es necesario que responda.

Alliant Energy Privacy Team"""

ACK_ES_SHARE = """Gracias por escribir a Alliant Energy.

Recibimos su solicitud de que dejemos de vender o compartir su información
personal con socios de catálogos y de mercadeo.
Su número de referencia es {ref}.

Dejaremos de compartir su información a más tardar el
{due}.

Si nos escribe sobre esta solicitud, por favor mantenga {ref} en
el asunto.

Este es un acuse de recibo automático. No es necesario que responda.

Alliant Energy Privacy Team"""

ACK_EN_MKT = """Thank you for writing to Alliant Energy.

We received your request to stop receiving marketing from us, by e-mail
and by postal mail. Your reference number is {ref}.

We will remove you from our e-mail and postal marketing lists no later than
{due}. Until then you may still receive marketing
that was already on its way. We will keep sending messages about
your account and your service, which are not marketing.

If you write to us about this request, please keep {ref} in the
subject line.

This is an automatic acknowledgement. You do not need to reply.

Alliant Energy Privacy Team"""


def our_ack(key, ref, box, day, hh, mm, text, due, lang="es"):
    utc = to_utc(day, hh, mm, 0, "C")
    subject = (f"Recibimos su solicitud [{ref}]" if lang == "es" else f"We received your request [{ref}]")
    OUR[key] = dict(key=key, kind="ack", name="Alliant Energy Privacy Team", frm=box, subject=subject, utc=utc,
                    text=text.format(ref=ref, due=due), reply_to=None, lang=lang,
                    mid=f"<ack.{ref}.{hexs(16)}@alliant-energy.com>")


our_ack("ack-00117", "PR-2025-03-00117", CC, 6, 14, 2, ACK_ES_MKT, "jueves 13 de marzo de 2025")
our_ack("ack-00164", "PR-2025-03-00164", PH, 10, 9, 31, ACK_ES_SHARE, "lunes 17 de marzo de 2025")
our_ack("ack-00203", "PR-2025-03-00203", CC, 12, 16, 48, ACK_ES_MKT, "miércoles 19 de marzo de 2025")
our_ack("ack-00241", "PR-2025-03-00241", CC, 17, 11, 5, ACK_EN_MKT, "Monday, March 24, 2025", lang="en")
our_ack("ack-00259", "PR-2025-03-00259", CC, 18, 15, 26, ACK_EN_MKT, "Tuesday, March 25, 2025", lang="en")
our_ack("ack-00302", "PR-2025-03-00302", PH, 24, 10, 40, ACK_ES_MKT, "lunes 31 de marzo de 2025")


# --------------------------------------------------------------------------------------------------------------
# transport: our Postfix hosts and the sending providers
# --------------------------------------------------------------------------------------------------------------
MX = {"mx1": ("mx1.alliant-energy.com", "10.40.2.21"), "mx2": ("mx2.alliant-energy.com", "10.40.2.22")}
TLS_LINES = ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
             " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
             "(No client certificate requested)"]
TLS12 = ["(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
         "(No client certificate requested)"]

PROVIDER_OF = {
    "gmail.com": "google", "googlemail.com": "google",
    "yahoo.com": "yahoo", "yahoo.com.mx": "yahoo", "yahoo.es": "yahoo", "aol.com": "yahoo", "ymail.com": "yahoo",
    "hotmail.com": "mscons", "outlook.com": "mscons", "live.com.mx": "mscons", "hotmail.es": "mscons-eu",
    "outlook.es": "mscons-eu", "live.com": "mscons", "msn.com": "mscons",
    "icloud.com": "apple", "me.com": "apple",
    "gmx.es": "gmx", "gmx.com": "gmx",
    "telefonica.net": "movistar", "movistar.es": "movistar",
    "mchsi.com": "isp", "tds.net": "isp", "netins.net": "isp", "charter.net": "isp",
}
ISP_HOSTS = {
    "mchsi.com": ("smtp-out.mchsi.com", "68.66.108.41", "authsmtp02.mchsi.com"),
    "tds.net": ("mail-out-03.tds.net", "216.170.128.33", "smtp-auth01.tds.net"),
    "netins.net": ("mx-out1.netins.net", "167.142.225.12", "smtp.netins.net"),
    "charter.net": ("mta-out-01.charter.net", "47.43.20.28", "smtp-auth.charter.net"),
}


def auth_line(mx_host: str, domain: str, mailfrom: str, ip: str, *, dkim_sel: str | None, dmarc: str = "pass",
              spf: str = "pass", arc: bool = False) -> str:
    parts = [f"{mx_host};"]
    if dkim_sel:
        parts.append(f"dkim=pass (2048-bit key) header.d={domain} header.i=@{domain} header.a=rsa-sha256 "
                     f"header.s={dkim_sel} header.b={alnum(8)};")
    else:
        parts.append("dkim=none;")
    if dmarc == "pass":
        parts.append(f"dmarc=pass (policy=none) header.from={domain};")
    elif dmarc:
        parts.append(f"dmarc={dmarc} header.from={domain};")
    if arc:
        parts.append("arc=pass (i=1 spf=pass spfdomain=" + domain + " dkim=pass dkdomain=" + domain + ");")
    if not mailfrom:
        parts.append(f"spf=pass ({mx_host}: domain of postmaster@{domain} designates {ip} as permitted sender) "
                     f"smtp.helo={domain}")
    elif spf == "pass":
        parts.append(f"spf=pass ({mx_host}: domain of {mailfrom} designates {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} ({mx_host}: domain of {mailfrom} does not designate {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}")
    return fold(" ".join(parts)).replace(CRLF + " ", CRLF + "\t")


def our_hops(rcpt: str, envelope: str, utc: datetime, helo: str, host: str, ip: str, auth: str,
             tls: list[str] | None = None, mx: str = "mx1") -> tuple[list[tuple[str, str]], datetime]:
    """Return-Path .. Received(mx) headers; `utc` is when the sender's last hop handed it over."""
    mxh, mxip = MX[mx]
    t_mx = utc + timedelta(seconds=rng.randint(1, 4))
    t_mb = t_mx + timedelta(seconds=rng.randint(0, 2))
    rcv_mb = (f"from {mxh} ({mxh} [{mxip}]){CRLF}\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}"
              f"{CRLF}\tfor <{rcpt}>; {rfc_date(t_mb, 'C', comment=central_comment(t_mb))}")
    tls = TLS_LINES if tls is None else tls
    tls_txt = "".join(f"{CRLF}\t{x}" for x in tls)
    rcv_mx = (f"from {helo} ({host} [{ip}]){tls_txt}{CRLF}\tby {mxh} (Postfix) with ESMTPS id {queue_id()}"
              f"{CRLF}\tfor <{rcpt}>; {rfc_date(t_mx, 'C', comment=central_comment(t_mx))}")
    if not tls:
        rcv_mx = rcv_mx.replace("with ESMTPS", "with ESMTP")
    return [("Return-Path", f"<{envelope}>"), ("Delivered-To", rcpt), ("Received", rcv_mb),
            ("Authentication-Results", auth), ("Received", rcv_mx)], t_mb


def dkim(domain: str, sel: str, utc: datetime, h: str, *, t: bool = True, style: str = "google") -> str:
    ts = epoch(utc)
    if style == "google":
        return (f"v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d={domain}; s={sel}; t={ts}; x={ts + 604800};"
                f" darn=alliant-energy.com;{CRLF}        h={h};{CRLF}        bh={b64s(43)}=;{CRLF}        b="
                + b64blob(342, "         "))
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};{CRLF}\ts={sel}; " + (f"t={ts}; " if t else "") +
            f"bh={b64s(43)}=;{CRLF}\th={h};{CRLF}\tb=" + b64blob(342, "\t "))


def provider_pre(prov: str, sender: str, utc: datetime, rcpt: str, *, dkim_domain: str | None = None,
                 mx: str = "mx1", envelope: str | None = None, gen: dict | None = None
                 ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict]:
    """Trace + provider headers placed above the client's headers, and provider headers placed below them."""
    domain = sender.split("@", 1)[1].lower()
    envelope = sender if envelope is None else envelope
    dd = dkim_domain or domain
    mxh = MX[mx][0]
    post: list[tuple[str, str]] = []
    info: dict = {}
    if prov == "google":
        sub = rng.choice(["ed1", "ej1", "wm1", "lj1", "qk1", "pl1", "oi1", "yw1", "qt1"])
        n = rng.randint(40, 99)
        host = f"mail-{sub}-f{n}.google.com"
        ip = f"209.85.{rng.choice([128, 160, 166, 167, 208, 210, 214, 218, 219, 221, 222])}.{n}"
        sel = "20230601" if dd in ("gmail.com", "googlemail.com") else "google"
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel=sel)
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=1), host, host, ip, auth, mx=mx)
        smtp_id = f"{hexs(10)}-{hexs(11)}so{digits(7)}.{rng.randint(1, 9)}"
        pre = hops + [
            ("Received", f"by {host} with SMTP id {smtp_id}{CRLF}        for <{rcpt}>; "
                         f"{rfc_date(utc, 'P', pad=True, comment='PDT' if utc >= DST_US_P else 'PST')}"),
            ("DKIM-Signature", dkim(dd, sel, utc, "to:subject:message-id:date:from:mime-version:from:to:cc:subject"
                                    f"{CRLF}         :date:message-id:reply-to")),
            ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;" + CRLF + "        d=1e100.net; s=20230601;"
             f" t={epoch(utc)}; x={epoch(utc) + 604800};{CRLF}        h=to:subject:message-id:date:from:mime-version"
             f":x-gm-message-state:from:to:cc{CRLF}         :subject:date:message-id:reply-to;{CRLF}        "
             f"bh={b64s(43)}=;{CRLF}        b=" + b64blob(342, "         ")),
            ("X-Gm-Message-State", "AOJu0Y" + b64s(62)),
            ("X-Gm-Gg", "ASbGnc" + b64s(70) + CRLF + "\t" + b64s(76) + CRLF + "\t" + b64s(40)),
            ("X-Google-Smtp-Source", "AGHT+I" + b64s(68) + "=="),
            ("X-Received", f"by 2002:a17:{rng.randint(900, 907)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id"
                           f" {alnum(2).lower()}{digits(2)}-20020a17090{digits(5)}{hexs(6)}mr{digits(7)}"
                           f"{alnum(3).lower()}.{rng.randint(10, 99)}.{epoch(utc)}{digits(3)};{CRLF}        "
                           f"{rfc_date(utc, 'P', pad=True, comment='PDT' if utc >= DST_US_P else 'PST')}"),
        ]
        info["gmail"] = True
    elif prov == "yahoo":
        dc = rng.choice(["ne1", "bf2", "gq1"])
        n1, n2 = rng.randint(300, 330), rng.randint(10, 40)
        host = f"sonic{n1}-{n2}.consmr.mail.{dc}.yahoo.com"
        ip = f"{rng.choice(['66.163.185', '66.163.187', '74.6.128', '74.6.130', '98.137.64'])}.{rng.randint(30, 220)}"
        sel = "s2048" if dd in ("yahoo.com", "ymail.com") else ("a2048" if dd == "aol.com" else "s2048")
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel=sel)
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=2), host, host, ip, auth, tls=TLS12, mx=mx)
        pre = hops + [
            ("DKIM-Signature", dkim(dd, sel, utc, "Date:From:To:Subject:References:From:Subject:Reply-To", style="x")),
            ("X-SONIC-DKIM-SIGN", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={epoch(utc)};{CRLF}"
                                  f"\tbh={b64s(43)}=;{CRLF}\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;{CRLF}\tb="
             + b64blob(342, "\t ")),
            ("X-YMail-OSG", b64s(60).replace("+", ".").replace("/", "_") + CRLF + " " +
             b64s(70).replace("+", ".").replace("/", "_") + CRLF + " " + b64s(44).replace("+", ".").replace("/", "_")
             + "--"),
            ("X-Sonic-MF", f"<{sender}>"),
            ("X-Sonic-ID", uuid(False)),
            ("Received", f"from sonic.gate.mail.{dc}.yahoo.com by {host} with HTTP;"
                         f" {rfc_date(utc + timedelta(seconds=1), 'UTC')}"),
        ]
    elif prov in ("mscons", "mscons-eu", "m365"):
        eu = prov == "mscons-eu"
        region = rng.choice(["EUR05-AM6", "EUR03-DBA", "EUR02-VI1"]) if eu else rng.choice(
            ["NAM12-MW2", "NAM10-DM6", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1"])
        letters = "eur" if eu else "nam"
        if prov == "m365":
            host = f"mail-{region.split('-')[1].lower()}{letters}{rng.randint(10, 12)}on20{rng.randint(60, 99)}.outbound.protection.outlook.com"
            ip = f"40.107.{rng.randint(200, 244)}.{rng.randint(20, 130)}"
        else:
            host = f"mail-{region.split('-')[1].lower()}{letters}{rng.randint(10, 12)}olkn20{rng.randint(10, 99)}.outbound.protection.outlook.com"
            ip = f"40.92.{rng.randint(18, 60)}.{rng.randint(10, 99)}"
        helo = f"{region}-obe.outbound.protection.outlook.com"
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel="selector1", arc=True)
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=1), helo, host, ip, auth, tls=TLS12, mx=mx)
        pfx = rng.choice(["AM9PR02", "DB9PR03", "PAWPR04"] if eu else ["SJ0PR13", "DM6PR19", "CH3PR11", "BY5PR20",
                                                                         "MN2PR12", "PH7PR12"])
        mb = f"{pfx}MB{rng.randint(4000, 9999)}"
        domain_tail = ("eurprd" if eu else "namprd") + pfx[-2:] + ".prod.outlook.com"
        info["mbox_host"] = f"{mb}.{domain_tail}"
        info["mid"] = f"<{mb}{HEXS(12)}{HEXS(8)}@{mb}.{domain_tail}>"
        info["thread_index"] = "AQH" + b64s(21)
        arc_d = "microsoft.com"
        pre = hops + [
            ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d={arc_d}; cv=none;{CRLF} b=" + b64blob(342, " ")),
            ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d={arc_d};{CRLF} s=arcselector10001;"
                                      f"{CRLF} h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-"
                                      f"AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-"
                                      f"Exchange-AntiSpam-MessageData-1;{CRLF} bh={b64s(43)}=;{CRLF} b=" + b64blob(342, " ")),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF +
             " dkim=none; arc=none"),
            ("DKIM-Signature", dkim(dd, "selector1", utc, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                    "X-MS-Exchange-SenderADCheck", t=False, style="x")),
            ("Received", f"from {mb}.{domain_tail} ({'2a01:111:e400' if eu else '2603:10b6:a03'}:{hexs(3)}::{hexs(2)})"
                         f" by {pfx}{rng.choice(['MB', 'CA'])}{rng.randint(1000, 9999)}.{domain_tail}"
                         f" ({'2a01:111:e400' if eu else '2603:10b6:5'}:{hexs(3)}::{hexs(2)}) with Microsoft SMTP"
                         f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.25;"
                         f" {rfc_date(utc, 'UTC')}"),
        ]
        post = [
            ("X-MS-Exchange-MessageSentRepresentingType", "1"),
            ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-TrafficTypeDiagnostic", f"{mb}:EE_|{pfx}MB{rng.randint(1000, 9999)}:EE_"),
            ("X-MS-Office365-Filtering-Correlation-Id", uuid(False)),
            ("X-OriginatorOrg", "outlook.com" if prov != "m365" else dd),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid(False)),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{local(utc, 'UTC'):%d %b %Y %H:%M:%S.}{digits(4)}"
                                                             " (UTC)"),
            ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-Id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if prov != "m365" else uuid(False)),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", f"{pfx}MB{rng.randint(1000, 9999)}"),
        ]
    elif prov == "apple":
        host = f"st43p00im-{rng.choice(['ztfb', 'zteg', 'ztdg'])}1006{digits(4)}.me.com"
        ip = f"17.58.{rng.choice([6, 38, 63])}.{rng.randint(40, 200)}"
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel="1a1hai")
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=2), host, host, ip, auth, tls=TLS12, mx=mx)
        pre = hops + [
            ("DKIM-Signature", dkim(dd, "1a1hai", utc, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                                    style="x")),
            ("Received", f"from smtpclient.apple (st43p00im-qukt09082102.me.com [17.58.{rng.randint(1, 200)}.21]){CRLF}"
                         f"\tby {host} (Postfix) with ESMTPSA id {HEXS(10)}{CRLF}\tfor <{rcpt}>; "
                         f"{rfc_date(utc + timedelta(seconds=1), 'UTC', comment='UTC')}"),
            ("X-Proofpoint-ORIG-GUID", alnum(32)),
            ("X-Proofpoint-GUID", alnum(32)),
        ]
    elif prov == "gmx":
        host = "mout.gmx.net"
        ip = f"212.227.15.{rng.randint(15, 19)}"
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel="s31663417")
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=1), host, host, ip, auth, mx=mx)
        pre = hops + [
            ("DKIM-Signature", dkim(dd, "s31663417", utc, "X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:"
                                    "From:Content-Type:Content-Transfer-Encoding:cc:content-transfer-encoding:"
                                    "content-type:date:from:message-id:mime-version:reply-to:subject:to", style="x")),
            ("X-UI-Sender-Class", uuid(False)),
            ("Received", f"from [192.168.1.{rng.randint(30, 60)}] ([83.{rng.randint(32, 60)}.{rng.randint(1, 250)}."
                         f"{rng.randint(1, 250)}]) by mail.gmx.net{CRLF} (mrgmx{rng.randint(4, 6):03d} [212.227.17.190])"
                         f" with ESMTPSA (Nemesis) id 1M{alnum(3)}-1t{alnum(5)}{CRLF} for <{rcpt}>;"
                         f" {rfc_date(utc, 'ES')}"),
        ]
        post = [("X-Provags-ID", "V03:K1:" + b64s(72)), ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + b64s(30))]
    elif prov == "movistar":
        host = f"smtp{rng.randint(1, 9):02d}.movistar.es"
        ip = f"81.47.{rng.randint(192, 223)}.{rng.randint(2, 250)}"
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel="movistar2023")
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=1), "correo.movistar.es", host, ip, auth,
                           tls=TLS12, mx=mx)
        pre = hops + [
            ("DKIM-Signature", dkim(dd, "movistar2023", utc, "Message-ID:Subject:To:From:Date:MIME-Version:"
                                    "Content-Type", style="x")),
            ("Received", f"from webmail.movistar.es (localhost [127.0.0.1]){CRLF}\tby {host} (Postfix) with ESMTPSA id"
                         f" {HEXS(11)}{CRLF}\tfor <{rcpt}>; {rfc_date(utc, 'ES', comment='CET' if utc < DST_EU else 'CEST')}"),
        ]
    elif prov == "generic":
        g = gen or {}
        host, ip = g["host"], g["ip"]
        auth = g.get("auth") or auth_line(mxh, dd, envelope, ip, dkim_sel=g.get("sel"), dmarc=g.get("dmarc", "pass"),
                                          spf=g.get("spf", "pass"))
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=g.get("delay", 2)), g.get("helo", host), host, ip,
                           auth, tls=g.get("tls", TLS12), mx=mx)
        pre = hops + list(g.get("inner", []))
        if g.get("sel"):
            pre.append(("DKIM-Signature", dkim(dd, g["sel"], utc, g.get("h", "From:To:Subject:Date:Message-ID:"
                                                                         "MIME-Version:Content-Type"), style="x")))
        pre += list(g.get("after", []))
    elif prov == "isp":
        host, ip, auth_host = ISP_HOSTS[domain]
        auth = auth_line(mxh, dd, envelope, ip, dkim_sel=None, dmarc="none")
        hops, _ = our_hops(rcpt, envelope, utc + timedelta(seconds=2), host, host, ip, auth, tls=TLS12, mx=mx)
        pre = hops + [
            ("Received", f"from [192.168.{rng.randint(0, 1)}.{rng.randint(2, 200)}] (c-{rng.randint(24, 98)}-"
                         f"{rng.randint(1, 250)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}.{domain}){CRLF}"
                         f"\tby {auth_host} with ESMTPSA id {hexs(12)}{CRLF}\tfor <{rcpt}>; {rfc_date(utc, 'C')}"),
        ]
    else:
        raise ValueError(prov)
    return pre, post, info


def envelope_for(prov: str, sender: str) -> str:
    return sender


# --------------------------------------------------------------------------------------------------------------
# how mail programs quote our mail
# --------------------------------------------------------------------------------------------------------------
def h12(t: datetime, lang: str, dots: bool = True) -> str:
    h = t.hour % 12 or 12
    if lang == "es":
        return f"{h}:{t.minute:02d} {'a. m.' if t.hour < 12 else 'p. m.'}" if dots else \
            f"{h}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def who(o: dict) -> str:
    return f"{o['name']} <{o['frm']}>"


def qhead(style: str, lang: str, o: dict, zone: str) -> str:
    t = local(o["utc"], zone)
    if style == "gmail":
        if lang == "es":
            return (f"El {WD_ES[t.weekday()]}, {t.day} {MO_ES[t.month - 1]} {t.year} a las {t.hour}:{t.minute:02d}, "
                    f"{o['name']} (<{o['frm']}>) escribió:")
        return (f"On {WD_EN[t.weekday()]}, {MO_EN[t.month - 1]} {t.day}, {t.year} at {h12(t, 'en')} {o['name']} "
                f"<{o['frm']}> wrote:")
    if style == "apple":
        if lang == "es":
            return f"El {t.day} {MO_ES[t.month - 1]} {t.year}, a las {t.hour}:{t.minute:02d}, {who(o)} escribió:"
        return f"On {MO_EN[t.month - 1]} {t.day}, {t.year}, at {h12(t, 'en')}, {who(o)} wrote:"
    if style == "thunderbird":
        if lang == "es":
            return f"El {t.day}/{t.month}/{t.year % 100} a las {t.hour}:{t.minute:02d}, {o['name']} escribió:"
        return f"On {t.month}/{t.day}/{t.year % 100} {t.hour}:{t.minute:02d}, {o['name']} wrote:"
    if style == "roundcube":
        return f"El {t:%Y-%m-%d %H:%M}, {o['name']} escribió:" if lang == "es" else \
            f"On {t:%Y-%m-%d %H:%M}, {o['name']} wrote:"
    if style == "yahoo":
        tzn = {-360: "CST", -300: "CDT", -240: "AST", 60: "CET", 120: "CEST"}.get(offset_min(zone, o["utc"]), "UTC")
        if lang == "es":
            return (f"En {WDAY_ES[t.weekday()]}, {t.day} de {MONTH_ES[t.month - 1]} de {t.year}, "
                    f"{t.hour % 12 or 12:02d}:{t.minute:02d}:00 {'a.m.' if t.hour < 12 else 'p.m.'} {tzn}, "
                    f"{who(o)} escribió:")
        return (f"On {WDAY_EN[t.weekday()]}, {MONTH_EN[t.month - 1]} {t.day}, {t.year} at "
                f"{t.hour % 12 or 12:02d}:{t.minute:02d}:00 {'AM' if t.hour < 12 else 'PM'} {tzn}, {who(o)} wrote:")
    raise ValueError(style)


def outlook_block(lang: str, o: dict, zone: str, to: str, *, desktop: bool = False, english_date: bool = False) -> str:
    t = local(o["utc"], zone)
    if lang == "es" and not english_date:
        when = f"{WDAY_ES[t.weekday()]}, {t.day} de {MONTH_ES[t.month - 1]} de {t.year} " + \
            (f"{t.hour % 12 or 12:02d}:{t.minute:02d} {'a. m.' if t.hour < 12 else 'p. m.'}" if desktop
             else f"{t.hour}:{t.minute:02d}")
        if desktop:
            return f"De: {who(o)} \nEnviado el: {when}\nPara: {to}\nAsunto: {o['subject']}"
        return f"De: {who(o)}\nEnviado: {when}\nPara: {to}\nAsunto: {o['subject']}"
    when = f"{WDAY_EN[t.weekday()]}, {MONTH_EN[t.month - 1]} {t.day}, {t.year} {t.hour % 12 or 12}:{t.minute:02d}:00 " \
           f"{'AM' if t.hour < 12 else 'PM'}"
    if lang == "es":
        return f"De: {who(o)}\nEnviado: {when}\nPara: {to}\nAsunto: {o['subject']}"
    if desktop:
        return f"From: {who(o)} \nSent: {when}\nTo: {to}\nSubject: {o['subject']}"
    return f"From: {who(o)}\nSent: {when}\nTo: {to}\nSubject: {o['subject']}"


def gt(lines: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in lines.split("\n"))


def html_lines(text: str, wrap=lambda s: f"<div>{s}</div>", blank: str = "<div><br></div>") -> str:
    return "".join(wrap(esc(x)) if x.strip() else blank for x in text.split("\n"))


# --------------------------------------------------------------------------------------------------------------
# mail programs: each returns (its header fields, the body bytes)
# --------------------------------------------------------------------------------------------------------------
SIG = {
    ("iphone", "es"): "Enviado desde mi iPhone", ("iphone", "en"): "Sent from my iPhone",
    ("samsung", "es"): "Enviado desde mi Galaxy", ("samsung", "en"): "Sent from my Galaxy",
    ("yahoo_android", "es"): "Enviado desde Yahoo Mail para Android",
    ("yahoo_android", "en"): "Sent from Yahoo Mail for Android",
    ("outlook_ios", "es"): "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    ("outlook_ios", "en"): "Get Outlook for iOS<https://aka.ms/o0ukef>",
    ("outlook_android", "es"): "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    ("outlook_android", "en"): "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ("winmail", "es"): "Enviado desde Correo para Windows", ("winmail", "en"): "Sent from Mail for Windows",
}


def reply_ids(m: dict) -> list[tuple[str, str]]:
    o = m.get("reply") or None
    if not o:
        return []
    return [("In-Reply-To", o["mid"]), ("References", o["mid"])]


def subj_of(m: dict, re_: str = "Re: ", fw: str = "Fwd: ") -> str:
    if m.get("subject") is not None:
        return m["subject"]
    if m.get("reply"):
        return re_ + m["reply"]["subject"]
    if m.get("fwd"):
        return fw + m["fwd"]["subject"]
    return ""


def compose_plain(m: dict, style: str) -> tuple[str, str, str]:
    """(new text incl. signature, quote header, quoted text) for the plain part."""
    text = m["text"]
    sig = m.get("sig")
    return text, sig or "", ""


def c_gmail(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    text = m["text"] + (("\n\n" + m["sig"]) if m.get("sig") else "")
    plain, html_body = text, '<div dir="ltr">' + html_lines(text) + "</div>"
    o = m.get("reply")
    f = m.get("fwd")
    if o:
        head = qhead("gmail", ui, o, zone)
        plain = f"{text}\n\n{head}\n\n{gt(o['text'])}\n"
        html_body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + esc(head) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_lines(o["text"]) +
                      "</blockquote></div>")
    elif f:
        t = local(f["utc"], zone)
        if ui == "es":
            date = f"{WD_ES[t.weekday()]}, {t.day} {MO_ES[t.month - 1]} {t.year} a las {t.hour}:{t.minute:02d}"
            block = (f"---------- Forwarded message ---------\nDe: {f['name']} <{f['frm']}>\nDate: {date}\n"
                     f"Subject: {f['subject']}\nTo: <{m['frm'][1]}>")
        else:
            date = f"{WD_EN[t.weekday()]}, {MO_EN[t.month - 1]} {t.day}, {t.year} at {h12(t, 'en')}"
            block = (f"---------- Forwarded message ---------\nFrom: {f['name']} <{f['frm']}>\nDate: {date}\n"
                     f"Subject: {f['subject']}\nTo: <{m['frm'][1]}>")
        plain = f"{text}\n\n{block}\n\n\n{f['text']}\n"
        html_body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + "<br>".join(esc(x) for x in block.split("\n")) + "<br></div><br><br>" +
                      html_lines(f["text"]) + "</div>")
    plain = plain if plain.endswith("\n") else plain + "\n"
    bnd = "000000000000" + hexs(16)
    cte_p = "" if short_ascii(plain) else "quoted-printable"
    cte_h = "" if short_ascii(html_body) else "quoted-printable"
    body = multipart(bnd, [leaf("text/plain", plain, "UTF-8", cte_p, quote_cs=True),
                           leaf("text/html", html_body + "\n", "UTF-8", cte_h, quote_cs=True)])
    mid = f"<CA{rng.choice('BDEFJKLMNOP')}{b64s(rng.randint(40, 52)).replace('/', '_').replace('+', '=')}@mail.gmail.com>"
    h = [("MIME-Version", "1.0")]
    if o or m.get("irt"):
        rid = (o or OUR[m["irt"]])["mid"]
        h += [("References", rid), ("In-Reply-To", rid)]
    h += [("From", addr(m["frm"][0], m["frm"][1])), ("Date", rfc_date(m["utc"], zone)), ("Message-ID", mid),
          ("Subject", hval(subj_of(m)))]
    h += [("To", m["to_hdr"])] + ([("Cc", m["cc"])] if m.get("cc") else [])
    h += [("Content-Type", f'multipart/alternative; boundary="{bnd}"')]
    if m.get("reply_to"):
        h.insert(-1, ("Reply-To", m["reply_to"]))
    return h, body


def c_iphone(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    sig = m["sig"] if m.get("sig") is not None else SIG[("iphone", ui)]
    text = m["text"] + (("\n\n" + sig) if sig else "")
    o, f = m.get("reply"), m.get("fwd")
    if o:
        bom = "\ufeff" if m.get("bom") else ""
        text = f"{text}\n\n{gt(qhead('apple', ui, o, zone))}\n>\n{gt(bom + o['text'])}"
    elif f:
        t = local(f["utc"], zone)
        if ui == "es":
            blk = (f"Inicio del mensaje reenviado:\n\nDe: {who(f)}\nFecha: {t.day} de {MONTH_ES[t.month - 1]} de "
                   f"{t.year}, {h12(t, 'es', False)} CST\nPara: {m['frm'][1]}\nAsunto: {f['subject']}\n\n")
        else:
            blk = (f"Begin forwarded message:\n\nFrom: {who(f)}\nDate: {MONTH_EN[t.month - 1]} {t.day}, {t.year} at "
                   f"{h12(t, 'en')} CST\nTo: {m['frm'][1]}\nSubject: {f['subject']}\n\n")
        text = f"{text}\n\n{blk.split(chr(10))[0]}\n\n" + gt("\n".join(blk.split("\n")[2:]) + f["text"])
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    body = encode_body(text, "utf-8", cte)
    dom = m["frm"][1].split("@")[1]
    h = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", cte),
         ("From", addr(m["frm"][0], m["frm"][1])), ("Mime-Version", "1.0 (1.0)"),
         ("Subject", hval(subj_of(m, fw="Fwd: "))), ("Date", rfc_date(m["utc"], zone)),
         ("Message-Id", f"<{uuid()}@{dom}>")]
    if o:
        h += [("References", o["mid"])]
    if m.get("cc"):
        h += [("Cc", m["cc"])]
    if o:
        h += [("In-Reply-To", o["mid"])]
    h += [("To", m["to_hdr"]), ("X-Mailer", f"iPhone Mail ({m.get('ios', '22D72')})")]
    return h, body


def ms_html(text: str, block: str | None, quoted: str | None, font: str = "Aptos") -> str:
    style = (f"font-family: {font}, {font}_EmbeddedFont, {font}_MSFontService, Calibri, Helvetica, sans-serif; "
             "font-size: 12pt; color: rgb(0, 0, 0);")
    out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n')
    out += html_lines(text, lambda s: f'<div class="elementToProof" style="{style}">{s}</div>\n',
                      f'<div class="elementToProof" style="{style}"><br></div>\n')
    if block:
        b = block.split("\n")
        out += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">')
        out += "<br>\n".join(f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" for x in b)
        out += "</font>\n<div>&nbsp;</div>\n</div>\n<div>" + html_lines(quoted or "") + "</div>\n"
    return out + "</body>\n</html>\n"


def c_outlook(m: dict) -> tuple[list, bytes]:
    """outlook.com on the web, Outlook for iOS/Android, Windows Mail: all through Microsoft's consumer service."""
    ui, zone, prog = m["ui"], m["zone"], m["client"]
    info = m["pinfo"]
    sig = m["sig"] if m.get("sig") is not None else SIG.get((prog, ui), "")
    text = m["text"] + (("\n\n" + sig) if sig else "")
    o, f = m.get("reply"), m.get("fwd")
    charset = "utf-8" if prog.startswith("outlook_") and prog != "outlook_web" else "iso-8859-1"
    block = quoted = None
    plain = text
    src = o or f
    if src:
        to = f"{m['frm'][0] or m['frm'][1]} <{m['frm'][1]}>" if m["frm"][0] else m["frm"][1]
        block = outlook_block(ui, src, zone, to, english_date=m.get("english_date", False))
        quoted = src["text"]
        plain = f"{text}\n\n________________________________\n{block}\n\n{quoted}\n"
    plain = plain if plain.endswith("\n") else plain + "\n"
    htm = ms_html(text, block, quoted).replace("iso-8859-1", charset)
    bnd = f"_000_{info['mbox_host'].split('.')[0]}{HEXS(12)}{info['mbox_host'].split('.')[1][:4]}_"
    body = multipart(bnd, [leaf("text/plain", plain, charset, "quoted-printable", quote_cs=True),
                           leaf("text/html", htm, charset, "quoted-printable", quote_cs=True)])
    subj = subj_of(m, re_="RE: " if ui == "es" else "Re: ", fw="RV: " if ui == "es" else "Fw: ")
    if prog in ("outlook_ios", "outlook_android"):
        subj = subj_of(m, re_="Re: ", fw="Fwd: ")
    h = [("From", addr(m["frm"][0], m["frm"][1], charset.upper() if charset != "utf-8" else "utf-8")),
         ("To", m["to_hdr"])]
    if m.get("cc"):
        h += [("CC", m["cc"])]
    h += [("Subject", hval(subj, "iso-8859-1" if charset != "utf-8" else "utf-8")),
          ("Thread-Topic", hval(src["subject"] if src else subj, "iso-8859-1" if charset != "utf-8" else "utf-8")),
          ("Thread-Index", info["thread_index"] + ("AgAB" + b64s(16) if src else "")),
          ("Date", rfc_date(m["utc"], "UTC")), ("Message-ID", info["mid"])]
    if (src and o) or m.get("irt"):
        rid = (o or OUR[m["irt"]])["mid"]
        h += [("References", rid), ("In-Reply-To", rid)]
    lang_tag = {"es": m.get("locale", "es-MX"), "en": "en-US"}[ui]
    h += [("Accept-Language", f"{lang_tag}, en-US" if ui == "es" else "en-US"), ("Content-Language", lang_tag),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", "")]
    if m.get("reply_to"):
        h += [("Reply-To", m["reply_to"])]
    h += [("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'), ("MIME-Version", "1.0")]
    return h, body


def c_outlook_desktop(m: dict) -> tuple[list, bytes]:
    """Microsoft Outlook 16.0 sending through an ISP's or a company's server."""
    ui, zone = m["ui"], m["zone"]
    text = m["text"]
    o, f = m.get("reply"), m.get("fwd")
    src = o or f
    charset = "iso-8859-1" if not is_ascii(text + (src["text"] if src else "")) else "us-ascii"
    plain = text
    if src:
        to = f"{m['frm'][0]} <{m['frm'][1]}>" if m["frm"][0] else m["frm"][1]
        block = outlook_block(ui, src, zone, to, desktop=True)
        plain = f"{text}\n\n{block}\n\n{src['text']}\n"
    t = local(m["utc"], zone)
    stamp = f"01DB{HEXS(4)}.{HEXS(8)}"
    bnd = f"----=_NextPart_000_{HEXS(4)}_{stamp}"
    w = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset='
         + charset + '"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
         '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
         '\tfont-family:"Calibri",sans-serif;}\n--></style></head><body lang=' + ("ES-MX" if ui == "es" else "EN-US") +
         ' link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>')
    w += html_lines(text, lambda s: f"<p class=MsoNormal>{s}<o:p></o:p></p>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    if src:
        w += ("<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
              "padding:3.0pt 0in 0in 0in'>" + "".join(f"<p class=MsoNormal><b>{esc(x.split(':', 1)[0])}:</b>"
                                                     f"{esc(x.split(':', 1)[1])}<o:p></o:p></p>" for x in block.split("\n"))
              + "</div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>" +
              html_lines(src["text"], lambda s: f"<p class=MsoNormal>{s}<o:p></o:p></p>",
                         "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"))
    w += "</div></body></html>"
    plain = plain if plain.endswith("\n") else plain + "\n"
    body = multipart(bnd, [leaf("text/plain", plain, charset, "quoted-printable" if charset != "us-ascii" else "7bit",
                                quote_cs=True),
                           leaf("text/html", w + "\n", charset, "quoted-printable", quote_cs=True)],
                     preamble="This is a multipart message in MIME format.\r\n")
    dom = m["frm"][1].split("@")[1]
    subj = subj_of(m, re_="RE: " if ui == "es" else "RE: ", fw="RV: " if ui == "es" else "FW: ")
    h = [("From", addr(m["frm"][0], m["frm"][1], "iso-8859-1")), ("To", m["to_hdr"])]
    if m.get("cc"):
        h += [("Cc", m["cc"])]
    if o:
        h += [("References", o["mid"]), ("In-Reply-To", o["mid"])]
    h += [("Subject", hval(subj, "iso-8859-1")), ("Date", rfc_date(m["utc"], zone)),
          ("Message-ID", f"<000{rng.randint(0, 9)}01db{hexs(4)}${hexs(8)}${hexs(8)}$@{dom}>"),
          ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'),
          ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "A" + b64s(27) + ("==" if not src else "AgAB" + b64s(10))),
          ("Content-Language", {"es": m.get("locale", "es-mx").lower(), "en": "en-us"}[ui])]
    return h, body


def c_yahoo(m: dict) -> tuple[list, bytes]:
    ui, zone, prog = m["ui"], m["zone"], m["client"]
    sig = m["sig"] if m.get("sig") is not None else SIG.get((prog, ui), "")
    text = m["text"] + (("\n\n" + sig) if sig else "")
    o = m.get("reply")
    plain, htm_q = text, ""
    if o:
        head = qhead("yahoo", ui, o, zone)
        plain = f"{text}\n\n   {head}  \n\n" + "\n".join(" " + x if x else "" for x in o["text"].split("\n")) + "\n"
        htm_q = ('<div id="yahoo_quoted_' + digits(10) + '" class="yahoo_quoted"><div style="font-family:\'Helvetica '
                 'Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>' + esc(head) +
                 '</div><div><br></div><div><br></div>' + html_lines(o["text"]) + "</div></div>")
    yid = "ydp" + hexs(8)
    htm = (f'<html><head></head><body><div class="{yid}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica,'
           f' Arial, sans-serif;font-size:16px;">' +
           html_lines(text, lambda s: f'<div dir="ltr" data-setdir="false">{s}</div>',
                      '<div dir="ltr" data-setdir="false"><br></div>') + "</div>" + htm_q + "</body></html>")
    ms = epoch(m["utc"]) * 1000 + rng.randint(0, 999)
    bnd = f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(100000000, 2099999999)}.{ms}"
    body = multipart(bnd, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                           leaf("text/html", htm + "\n", "UTF-8", "quoted-printable")])
    mid_n = f"{rng.randint(100000000, 2099999999)}.{rng.randint(100000, 9999999)}.{ms}"
    h = [("Date", rfc_date(m["utc"], "UTC", comment="UTC")), ("From", addr(m["frm"][0], m["frm"][1])),
         ("To", m["to_hdr"])]
    if m.get("reply_to"):
        h += [("Reply-To", m["reply_to"])]
    h += [("Message-ID", f"<{mid_n}@mail.yahoo.com>")]
    if o:
        h += [("In-Reply-To", o["mid"])]
    h += [("Subject", hval(subj_of(m))), ("MIME-Version", "1.0"),
          ("Content-Type", f"multipart/alternative; {CRLF}\tboundary=\"{bnd}\"")]
    h += [("References", (o["mid"] + " " if o else "") + f"<{mid_n}.ref@mail.yahoo.com>")]
    mailer = "WebService/1.1.23369 YMailNovation" if prog == "yahoo_android" else \
        "WebService/1.1.23369 " + ("AolMailNorrin" if m["frm"][1].endswith("aol.com") else "YMailNorrin")
    h += [("X-Mailer", mailer)]
    return h, body


def c_samsung(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    sig = m["sig"] if m.get("sig") is not None else SIG[("samsung", ui)]
    text = m["text"] + (("\n\n\n\n" + sig) if sig else "")
    o, f = m.get("reply"), m.get("fwd")
    src = o or f
    plain = text
    if src:
        t = local(src["utc"], zone)
        off = offset_min(zone, src["utc"]) // 60
        if ui == "es":
            blk = (f"-------- Mensaje original --------\nDe: {who(src)} \nFecha: {t.day}/{t.month}/{t.year % 100} "
                   f"{h12(t, 'es')} (GMT{off:+03d}:00) \nA: {m['frm'][1]} \nAsunto: {src['subject']} \n")
        else:
            blk = (f"-------- Original message --------\nFrom: {who(src)} \nDate: {t.month}/{t.day}/{t.year % 100} "
                   f"{h12(t, 'en')} (GMT{off:+03d}:00) \nTo: {m['frm'][1]} \nSubject: {src['subject']} \n")
        plain = f"{text}\n\n{blk}\n{src['text']}\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' +
           html_lines(m["text"], lambda s: f'<div dir="auto">{s}</div>', '<div dir="auto"><br></div>') +
           (f'<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div '
            f'style="font-size:12px;color:#575757" dir="auto">{esc(sig)}</div></div>' if sig else "") +
           (f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
            + "<br>".join(esc(x) for x in blk.strip().split("\n")) + "</div></div>" + html_lines(src["text"])
            if src else "") + "</body></html>")
    bnd = f"--_com.samsung.android.email_{digits(15)}"
    body = multipart(bnd, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
    h = [("MIME-Version", "1.0"), ("Date", rfc_date(m["utc"], zone)),
         ("Subject", hval(subj_of(m, re_="RE: ", fw="FW: "), "UTF-8", "B"))]
    if o:
        h += [("In-Reply-To", o["mid"]), ("References", o["mid"])]
    h += [("To", m["to_hdr"]), ("From", addr(m["frm"][0], m["frm"][1], "UTF-8", "B")),
          ("Message-ID", f"<{alnum(24).lower()}.{epoch(m['utc'])}{digits(3)}@email.android.com>"),
          ("Content-Type", f'multipart/alternative; boundary="{bnd}"')]
    return h, body


def c_thunderbird(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    text = m["text"]
    o = m.get("reply")
    if o:
        text = f"{text}\n\n{qhead('thunderbird', ui, o, zone)}\n{gt(o['text'])}"
    text = flowed(text) + "\n"
    dom = m["frm"][1].split("@")[1]
    h = [("Message-ID", f"<{uuid(False)}@{dom}>"), ("Date", rfc_date(m["utc"], zone)), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"), ("Subject", hval(subj_of(m))),
         ("Content-Language", m.get("locale", "es-ES") if ui == "es" else "en-US"), ("To", m["to_hdr"])]
    if o:
        h += [("References", o["mid"])]
    h += [("From", addr(m["frm"][0], m["frm"][1]))]
    if o:
        h += [("In-Reply-To", o["mid"])]
    cte = "7bit" if is_ascii(text) else "8bit"
    h += [("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", cte)]
    return h, eightbit(text, "utf-8")


def c_apple_mail(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    text = m["text"]
    o = m.get("reply")
    if o:
        text = f"{text}\n\n{gt(qhead('apple', ui, o, zone))}\n>\n{gt(o['text'])}"
    text += "\n"
    dom = m["frm"][1].split("@")[1]
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    h = [("Content-Type", f"text/plain;{CRLF}\tcharset=utf-8"),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"), ("Subject", hval(subj_of(m))),
         ("From", addr(m["frm"][0], m["frm"][1]))]
    if o:
        h += [("In-Reply-To", o["mid"])]
    h += [("Date", rfc_date(m["utc"], zone)), ("Content-Transfer-Encoding", cte),
          ("Message-Id", f"<{uuid()}@{dom}>")]
    if o:
        h += [("References", o["mid"])]
    h += [("To", m["to_hdr"]), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    return h, encode_body(text, "utf-8", cte)


def c_roundcube(m: dict) -> tuple[list, bytes]:
    ui, zone = m["ui"], m["zone"]
    text = m["text"]
    o = m.get("reply")
    if o:
        text = f"{text}\n\n{qhead('roundcube', ui, o, zone)}\n{gt(o['text'])}"
    text = flowed(text) + "\n"
    dom = m["frm"][1].split("@")[1]
    ascii_ = is_ascii(text)
    h = [("MIME-Version", "1.0"), ("Date", rfc_date(m["utc"], zone, pad=True)), ("From", addr(m["frm"][0], m["frm"][1])),
         ("To", m["to_hdr"]), ("Subject", hval(subj_of(m)))]
    if o:
        h += [("In-Reply-To", o["mid"]), ("References", o["mid"])]
    h += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", f"<{hexs(32)}@{dom}>"),
          ("X-Sender", m["frm"][1]),
          ("Content-Type", f"text/plain; charset={'US-ASCII' if ascii_ else 'UTF-8'};{CRLF} format=flowed"),
          ("Content-Transfer-Encoding", "7bit" if ascii_ else "8bit")]
    return h, eightbit(text, "utf-8")


def c_openx(m: dict) -> tuple[list, bytes]:
    """Open-Xchange webmail (the Iowa/Wisconsin ISPs)."""
    ui, zone = m["ui"], m["zone"]
    text = m["text"]
    o = m.get("reply")
    plain = text
    if o:
        t = local(o["utc"], zone)
        plain = (f"{text}\n\n> On {MONTH_EN[t.month - 1]} {t.day:02d}, {t.year} {t.hour:02d}:{t.minute:02d} "
                 f"{o['name']} <{o['frm']}> wrote:\n>\n>\n{gt(o['text'])}") if ui == "en" else \
                (f"{text}\n\n> El {t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d} "
                 f"{o['name']} <{o['frm']}> escribió:\n>\n>\n{gt(o['text'])}")
    htm = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n' +
           html_lines(text, lambda s: f"  <div>\n   {s}\n  </div>\n", "  <div>\n   <br>\n  </div>\n") +
           " </body>\n</html>\n")
    ms = epoch(m["utc"]) * 1000 + rng.randint(0, 999)
    bnd = f"----=_Part_{rng.randint(1000, 99999)}_{rng.randint(100000000, 999999999)}.{ms}"
    body = multipart(bnd, [leaf("text/plain", plain + "\n", "UTF-8", "7bit" if short_ascii(plain, 900) else
                                "quoted-printable"),
                           leaf("text/html", htm, "UTF-8", "7bit" if short_ascii(htm, 900) else "quoted-printable")])
    dom = m["frm"][1].split("@")[1]
    h = [("Date", rfc_date(m["utc"], zone, comment=central_comment(m["utc"]))),
         ("From", addr(m["frm"][0], m["frm"][1])), ("To", m["to_hdr"]),
         ("Message-ID", f"<{rng.randint(100000000, 2099999999)}.{rng.randint(1000, 99999)}.{ms}@webmail.{dom}>")]
    if o:
        h += [("In-Reply-To", o["mid"]), ("References", o["mid"])]
    h += [("Subject", hval(subj_of(m))), ("MIME-Version", "1.0"),
          ("Content-Type", f"multipart/alternative; {CRLF}\tboundary=\"{bnd}\""), ("X-Priority", "3"),
          ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66"),
          ("X-Originating-Client", "open-xchange-appsuite")]
    return h, body


CLIENTS = {
    "gmail_web": c_gmail, "gmail_android": c_gmail, "gmail_ios": c_gmail,
    "iphone": c_iphone, "outlook_web": c_outlook, "outlook_ios": c_outlook, "outlook_android": c_outlook,
    "winmail": c_outlook, "outlook_desktop": c_outlook_desktop, "yahoo_web": c_yahoo, "yahoo_android": c_yahoo,
    "samsung": c_samsung, "thunderbird": c_thunderbird, "apple_mail": c_apple_mail, "roundcube": c_roundcube,
    "openx": c_openx,
}
PROGRAM_NAME = {
    "gmail_web": "Gmail (web)", "gmail_android": "Gmail for Android", "gmail_ios": "Gmail for iOS",
    "iphone": "iPhone Mail", "outlook_web": "Outlook.com (web)", "outlook_ios": "Outlook for iOS",
    "outlook_android": "Outlook for Android", "winmail": "Mail for Windows", "outlook_desktop": "Microsoft Outlook 16.0",
    "yahoo_web": "Yahoo Mail (web)", "yahoo_android": "Yahoo Mail for Android", "samsung": "Samsung Email",
    "thunderbird": "Thunderbird", "apple_mail": "Apple Mail (macOS)", "roundcube": "Roundcube (Movistar webmail)",
    "openx": "Open-Xchange webmail",
}


def build_human(s: dict) -> bytes:
    """A person's message: trace + provider headers + the client's headers and body."""
    box = BOX[s["box"]]
    name, address = s["frm"]
    domain = address.split("@")[1].lower()
    prov = s.get("prov") or PROVIDER_OF.get(domain, "google")
    utc = s["utc"]
    pre, post, info = provider_pre(prov, address, utc, box, mx=s.get("mx", "mx1"),
                                   dkim_domain=s.get("dkim_domain"), envelope=s.get("envelope"), gen=s.get("gen"))
    m = dict(s)
    m["pinfo"] = info
    m["ui"] = s.get("ui", "es" if s["lang"].startswith("es") else "en")
    m["reply"] = OUR[s["reply"]] if s.get("reply") else None
    m["fwd"] = OUR[s["fwd"]] if s.get("fwd") else None
    if "to_hdr" not in s:
        src = m["reply"] or m["fwd"]
        if s.get("to_name"):
            m["to_hdr"] = addr(s["to_name"], box)
        elif m["reply"] and s["client"] in ("gmail_web", "gmail_android", "yahoo_web", "yahoo_android", "iphone",
                                            "apple_mail", "samsung"):
            m["to_hdr"] = addr(src["name"], box)
        elif s["client"].startswith("outlook") or s["client"] == "winmail":
            m["to_hdr"] = f'"{box}" <{box}>' if not m["reply"] else addr(src["name"], box)
        else:
            m["to_hdr"] = box
    h, body = CLIENTS[s["client"]](m)
    h = [x for x in h]
    return headers_bytes(pre + s.get("extra_pre", []) + h + post + s.get("extra_post", [])) + b"\r\n" + body


# --------------------------------------------------------------------------------------------------------------
# machines: our own mail as it comes back inside bounces, DSNs, receipts
# --------------------------------------------------------------------------------------------------------------
LIST_UNSUB = {
    "promo-en": "<mailto:customercare@alliant-energy.com?subject=unsubscribe>, <https://www.alliantenergy.com/unsubscribe?t={t}>",
    "promo-es": "<mailto:customercare@alliant-energy.com?subject=BAJA>, <https://www.alliantenergy.com/es/baja?t={t}>",
    "catalog-en": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>, <https://www.powerhousecatalog.com/unsubscribe?t={t}>",
    "catalog-es": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>, <https://www.powerhousecatalog.com/es/baja?t={t}>",
    "news-es": "<mailto:customercare@alliant-energy.com?subject=unsubscribe>, <https://www.alliantenergy.com/es/preferencias?t={t}>",
    "news-en": "<mailto:customercare@alliant-energy.com?subject=unsubscribe>, <https://www.alliantenergy.com/preferences?t={t}>",
}


def our_header_block(o: dict, rcpt: str) -> list[tuple[str, str]]:
    h = [("Received", f"from mail.alliant-energy.com (mail.alliant-energy.com [198.51.100.25]){CRLF}\tby "
                      f"out02.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}{CRLF}\tfor <{rcpt}>; "
                      f"{rfc_date(o['utc'], 'C', comment=central_comment(o['utc']))}"),
         ("DKIM-Signature", dkim("alliant-energy.com", "ae2024", o["utc"], "From:To:Subject:Date:Message-ID:"
                                 "List-Unsubscribe:List-Unsubscribe-Post", style="x")),
         ("From", addr(o["name"], o["frm"])), ("To", f"<{rcpt}>"), ("Subject", hval(o["subject"])),
         ("Date", rfc_date(o["utc"], "C")), ("Message-ID", o["mid"])]
    if o["key"] in LIST_UNSUB:
        h += [("List-Unsubscribe", LIST_UNSUB[o["key"]].format(t=hexs(24))),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if o["kind"] == "ack":
        h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if o.get("reply_to"):
        h += [("Reply-To", o["reply_to"])]
    h += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="UTF-8"'),
          ("Content-Transfer-Encoding", "quoted-printable")]
    return h


def our_message_bytes(o: dict, rcpt: str) -> bytes:
    return headers_bytes(our_header_block(o, rcpt)) + b"\r\n" + qp(o["text"] + "\n", "utf-8")


def dsn_body(boundary: str, human: str, charset: str, cte: str, reporting: str, arrival: datetime, rcpt: str,
             action: str, status: str, diag: str, remote: str | None, o: dict, *, full: bool, html_part: str | None
             = None, zone: str = "UTC", postfix: bool = False) -> bytes:
    parts = []
    if html_part:
        alt_b = "alt_" + hexs(20)
        parts.append(part_bytes([("Content-Type", f'multipart/alternative; boundary="{alt_b}"')],
                                multipart(alt_b, [leaf("text/plain", human, charset, cte),
                                                  leaf("text/html", html_part, charset, cte)])))
    else:
        parts.append(leaf("text/plain", human, charset, cte, extra=[("Content-Description", "Notification")]))
    ds = (f"Reporting-MTA: dns; {reporting}\n" + (f"X-Postfix-Queue-ID: {HEXS(10)}\n" if postfix else "") +
          f"Arrival-Date: {rfc_date(arrival, zone)}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
          + (f"Remote-MTA: dns; {remote}\n" if remote else "") + f"Diagnostic-Code: smtp; {diag}\n")
    parts.append(part_bytes([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                            crlf(ds).encode("ascii")))
    if full:
        parts.append(part_bytes([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                                our_message_bytes(o, rcpt)))
    else:
        parts.append(part_bytes([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], headers_bytes(our_header_block(o, rcpt))))
    return multipart(boundary, parts, preamble="This is a MIME-encapsulated message.\r\n")


def generic_pre(box: str, envelope: str, utc: datetime, host: str, ip: str, domain: str, *, sel: str | None = None,
                helo: str | None = None, inner: list | None = None, spf: str = "pass", dmarc: str = "pass",
                tls=None, mx: str = "mx1") -> list[tuple[str, str]]:
    pre, _, _ = provider_pre("generic", f"x@{domain}", utc, box, envelope=envelope, mx=mx,
                             gen=dict(host=host, ip=ip, helo=helo or host, sel=sel, inner=inner or [], spf=spf,
                                      dmarc=dmarc, tls=TLS12 if tls is None else tls))
    return pre


# --------------------------------------------------------------------------------------------------------------
# the people (90 messages)
# --------------------------------------------------------------------------------------------------------------
SPECS: list[dict] = []
MKT, SHARE, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def P(sid, cat, box, lang, client, frm, when, text, *, zone="C", subject=None, reply=None, fwd=None, labels=(),
      unclear=False, ent=None, note="", ack="from", **kw):
    day, hh, mm = when
    utc = to_utc(day, hh, mm, rng.randint(0, 59), zone)
    SPECS.append(dict(sid=sid, cat=cat, box=box, lang=lang, client=client, frm=frm, utc=utc, zone=zone,
                      subject=subject, text=text.strip("\n"), reply=reply, fwd=fwd, labels=list(labels),
                      unclear=unclear, ent=ent or {}, note=note, ack=ack, automated=False, **kw))


# ---- marketing opt-outs ------------------------------------------------------------------------------------------
P("mkt-mx-propaganda-postal", "marketing opt-out", "customercare", "es", "gmail_android",
  ("Rosalba Mendoza", "rosalba.mendoza74@gmail.com"), (3, 14, 22), """
Buenas tardes, por favor ya no me manden propaganda por correo, me llegan puros papeles de ofertas y nomás los tiro a la basura.

Mi nombre es Rosalba Mendoza Huerta
1418 S 6th St, Marshalltown IA 50158

Gracias
""", subject="ya no quiero propaganda", labels=[MKT],
  ent={"name": "Rosalba Mendoza Huerta", "postal_code": "50158"},
  note="Mexican Spanish: 'ya no me manden propaganda por correo' is a plain postal marketing opt-out; full name and ZIP in the text")

P("mkt-pr-catalogs-codeswitch", "marketing opt-out", "powerhousecatalog", "es-en", "iphone",
  ("Yadira Colón", "yadicolon.pr@icloud.com"), (4, 19, 41), """
Hi, please ya no me manden más catalogs. Me llegan como tres al mes y no compro nada, mi casa no es un recycling center jaja 😅 Gracias!

Yadira Colón
""", subject="Catalogs", labels=[MKT], ent={"name": "Yadira Colón"},
  note="Puerto Rican code-switching; 'ya no me manden más catalogs' stops the catalog = marketing opt-out, nothing about sharing")

P("mkt-es-formal-letter", "marketing opt-out", "customercare", "es", "thunderbird",
  ("José Antonio Fernández Ruiz", "jafernandez.ruiz@gmx.es"), (4, 9, 12), """
Muy señores míos:

Por medio de la presente les solicito que se abstengan de remitirme en lo sucesivo publicidad de cualquier clase, tanto por correo postal como por correo electrónico.

A efectos de identificación les facilito los siguientes datos:

Titular del contrato: José Antonio Fernández Ruiz
Domicilio: 2207 Vilas Ave., Madison, WI 53711
N.º de cuenta: 4410-2287-35

Sin otro particular, y quedando a la espera de su confirmación, les saluda atentamente,

José Antonio Fernández Ruiz
""", subject="Solicitud de baja de publicidad", labels=[MKT],
  ent={"name": "José Antonio Fernández Ruiz", "postal_code": "53711", "account": "4410-2287-35"},
  note="very formal peninsular letter ('Por medio de la presente... se abstengan de remitirme publicidad'); awaiting confirmation is not a question")

P("mkt-noaccents-phone", "marketing opt-out", "customercare", "es", "samsung",
  ("Jesus Rodriguez", "chuyito.rdz@gmail.com"), (6, 21, 7), """
no me manden mas correos de ofertas porfavor ya son muchos. gracias
""", subject="no mas correos", labels=[MKT],
  note="phone Spanish without accents ('mas', 'porfavor'); 'correos de ofertas' = promotional mail; name only in the From header, so no entity")

P("mkt-sv-allcaps", "marketing opt-out", "customercare", "es", "yahoo_android",
  ("ANA GLORIA PORTILLO", "anagloriaportillo@yahoo.com"), (7, 8, 55), """
YA NO ME ENVIEN PUBLICIDAD A MI CASA. NO LA PEDI Y NO LA QUIERO. GRACIAS.
ANA GLORIA PORTILLO
53115
""", subject="PUBLICIDAD", labels=[MKT], ent={"name": "ANA GLORIA PORTILLO", "postal_code": "53115"},
  note="all caps, no accents; postal publicity to the house = marketing opt-out; name and bare ZIP kept as written")

P("mkt-baja-under-promo", "marketing opt-out", "customercare", "es", "gmail_web",
  ("Héctor Saldaña", "hsaldana.cr@gmail.com"), (5, 12, 33), "BAJA", reply="promo-es", labels=[MKT],
  note="one word 'BAJA' under our Spanish promotion (whose footer says to reply BAJA): a short reply takes its meaning from a promotion")

P("mkt-co-reply-english-promo", "marketing opt-out", "customercare", "es", "outlook_ios",
  ("Carolina Betancur", "caro.betancur@hotmail.com"), (4, 20, 15), """
Buenas noches, qué pena con ustedes pero ya no quiero recibir estos correos. Muchas gracias.
""", reply="promo-en", labels=[MKT],
  note="Colombian courtesy ('qué pena con ustedes') in Spanish under our English promotion; 'estos correos' = the promotional e-mails")

P("mkt-mx-dictated", "marketing opt-out", "customercare", "es", "gmail_android",
  ("Javier Ochoa", "javierochoa.mus@gmail.com"), (8, 7, 12), """
hola buenos días quisiera que ya no me mandaran los correos de promociones punto mi nombre es Javier Ochoa y mi código postal es 52761 gracias
""", subject="Correos de promociones", labels=[MKT], ent={"name": "Javier Ochoa", "postal_code": "52761"},
  note="voice dictation: no punctuation and a literal 'punto'; still a clear e-mail marketing opt-out with name and ZIP")

P("mkt-en-catalog-never-ordered", "marketing opt-out", "powerhousecatalog", "en", "gmail_web",
  ("Brittany Olsen", "brittolsen.ia@gmail.com"), (3, 10, 2), """
Hi,

I keep getting the PowerHouse catalog in the mail and I have never ordered anything from it. Please stop sending it.

Brittany Olsen
618 2nd Ave NW
Waukon, IA 52172
""", subject="Catalog", labels=[MKT], ent={"name": "Brittany Olsen", "postal_code": "52172"},
  note="stop the paper catalog = marketing opt-out (the catalog is promotional mail); no word about sharing")

P("mkt-en-formal-all-lists", "marketing opt-out", "customercare", "en", "outlook_desktop",
  ("Margaret Lindqvist", "mlindqvist@netins.net"), (10, 9, 30), """
To whom it may concern:

Please remove my name from all of your promotional mailing lists, both postal and electronic. I have no need for the offers and flyers.

Thank you for your attention to this matter.

Margaret Lindqvist
Account 5520193847
Dubuque, Iowa 52001
""", subject="Removal from mailing lists", labels=[MKT], locale="en-us",
  ent={"name": "Margaret Lindqvist", "postal_code": "52001", "account": "5520193847"},
  note="older English writer, formal; both channels named; account and ZIP in the signature")

P("mkt-pr-hacer-unsubscribe", "marketing opt-out", "customercare", "es-en", "gmail_web",
  ("Marisol Vélez", "marisol.velez.rosado@gmail.com"), (12, 22, 48), """
Saludos! Quiero hacer unsubscribe de todos los emails de marketing, me llegan a cada rato y ya el inbox no da más 😩

Gracias, bendiciones
Marisol Vélez Rosado
""", subject="unsubscribe porfa", labels=[MKT], ent={"name": "Marisol Vélez Rosado"},
  note="Puerto Rican Spanish with English verbs ('hacer unsubscribe', 'el inbox'); e-mail marketing opt-out")

P("mkt-es-question-form", "marketing opt-out", "powerhousecatalog", "es", "apple_mail",
  ("Irene Sastre", "irene.sastre@icloud.com"), (6, 13, 18), """
Hola:

Vivo en Madison desde hace dos años y cada dos por tres me llega vuestro catálogo en papel. No lo he pedido nunca. ¿Podéis darme de baja, por favor?

Un saludo,
Irene Sastre Molina
53703
""", subject="Catálogo en papel", labels=[MKT], ent={"name": "Irene Sastre Molina", "postal_code": "53703"},
  note="peninsular 'vosotros'; '¿Podéis darme de baja?' is the request in question form, so no question label")

P("mkt-noaccents-account", "marketing opt-out", "customercare", "es", "iphone",
  ("Luis F. Gutiérrez", "luisfer.gtz88@gmail.com"), (9, 23, 40), """
Buenas noches ya no quiero recibir ofertas ni por correo ni por email. Cuenta 3381 0094 52
Gracias
Luis
""", subject="Ofertas", labels=[MKT], ios="22D82", ent={"name": "Luis", "account": "3381 0094 52"},
  note="phone text without accents; 'ni por correo ni por email' = both channels; a first name alone counts as the name (LABELS.md)")

P("mkt-en-unsubscribe-catalog-mail", "marketing opt-out", "powerhousecatalog", "en", "gmail_android",
  ("Kyle Brenner", "kbrenner.wi@gmail.com"), (3, 16, 20), "Unsubscribe", reply="catalog-en", labels=[MKT],
  note="'Unsubscribe' under our catalog e-mail (a promotion): marketing opt-out, not a sharing opt-out though the quoted footer talks about sharing")

P("mkt-co-formal-email", "marketing opt-out", "customercare", "es", "outlook_web",
  ("Paola Andrea Restrepo", "paorestrepo@outlook.com"), (13, 8, 5), """
Cordial saludo.

De manera atenta solicito que me retiren de la lista de envío de publicidad por correo electrónico.

Quedo atenta.

Paola Andrea Restrepo
""", subject="Solicitud", locale="es-CO", labels=[MKT], ent={"name": "Paola Andrea Restrepo"},
  note="Colombian office register ('Cordial saludo', 'Quedo atenta'); e-mail channel only named; vague subject does not matter")

P("mkt-en-email-not-paper", "marketing opt-out", "powerhousecatalog", "en", "gmail_android",
  ("Griselda Ávila", "grisavila.sl@gmail.com"), (3, 11, 40), """
Hi, I don't want the catalog emails anymore, they come all the time. But I do like the paper catalog, that one you can keep sending.
Griselda
""", subject="Catalog emails", labels=[MKT], ent={"name": "Griselda"},
  note="channel limit: stop the catalog e-mails, keep the paper catalog = marketing_opt_out (LABELS.md 'Channel limits are kept')")

P("mkt-en-solar-letters", "marketing opt-out", "customercare", "en", "openx",
  ("Jim Brandt", "jbrandt@tds.net"), (14, 15, 2), """
Please quit sending me letters about solar panels and heat pumps. Not interested, never will be. Put me on whatever do not mail list you have.

Jim Brandt
W4417 County Rd K
Portage WI 53901
""", subject="Solar letters", labels=[MKT], ent={"name": "Jim Brandt", "postal_code": "53901"},
  note="rural Wisconsin customer; program letters are promotional postal mail")

P("mkt-mx-formal-viuda", "marketing opt-out", "customercare", "es", "outlook_desktop",
  ("María de la Luz Cárdenas", "mlcardenas@mchsi.com"), (17, 10, 12), """
A quien corresponda:

Por medio de la presente, yo, María de la Luz Cárdenas viuda de Ibarra, titular de la cuenta número 7702 3319 08, me dirijo a ustedes de la manera más atenta para solicitarles que ya no me envíen publicidad ni ofertas a mi domicilio, ni tampoco por correo electrónico. Soy una persona mayor y no hago uso de ellas.

Mi domicilio es 1105 W Madison St, Ottumwa, Iowa 52501.

Agradeciendo de antemano la atención que se sirvan prestar a la presente, quedo de ustedes.

Atentamente,

María de la Luz Cárdenas vda. de Ibarra
""", subject="Solicitud", labels=[MKT], locale="es-mx",
  ent={"name": "María de la Luz Cárdenas viuda de Ibarra", "postal_code": "52501", "account": "7702 3319 08"},
  note="older Mexican writer's formal letter; she is the account holder; name kept as she wrote it in the body")

P("mkt-pr-newsletter-reply", "marketing opt-out", "customercare", "es-en", "iphone",
  ("Keila Rodríguez", "keilarod@icloud.com"), (11, 9, 47), """
No me interesa este newsletter, sáquenme de la lista please 🙏
""", reply="news-es", labels=[MKT], bom=True,
  note="code-switching reply under our Spanish newsletter; 'sáquenme de la lista' of a newsletter = marketing opt-out")

P("mkt-mx-household", "marketing opt-out", "powerhousecatalog", "es", "gmail_web",
  ("Teresa Guzmán", "teresa.guzman.sl@gmail.com"), (18, 17, 30), """
Buenas tardes.

Somos la familia Guzmán. Ya no nos manden el catálogo, ni a mí ni a mi esposo ni a mis hijos, a la 905 Oak St, Storm Lake 50588. Nos llegan tres iguales cada vez.

Atentamente,
Teresa Guzmán
""", subject="Catálogo PowerHouse", labels=[MKT], ent={"name": "Teresa Guzmán", "postal_code": "50588"},
  note="a household member about her own household's catalogs (she is one of the addressees): clear, not an on-behalf case")

P("mkt-en-flyers-terse", "marketing opt-out", "customercare", "en", "yahoo_android",
  ("Dwayne K", "dwayne.k.53177@yahoo.com"), (19, 12, 11), """
pls stop mailing me the energy efficiency flyers. thx
Dwayne 53177
""", subject="flyers", labels=[MKT], ent={"name": "Dwayne", "postal_code": "53177"},
  note="terse English; first name and ZIP in the signature line")

P("mkt-en-forward-promo", "marketing opt-out", "customercare", "en", "gmail_web",
  ("Renee Schultz", "renee.schultz61@gmail.com"), (6, 7, 58), """
Please take this address off your email promotions. I get at least two a week. Thanks.
Renee
""", fwd="promo-en", labels=[MKT], ent={"name": "Renee"},
  note="forward of our promotion with her own request on top; the forwarded footer and our ZIP 53718 are not hers")

P("mkt-subject-only", "marketing opt-out", "customercare", "es", "samsung",
  ("", "fam.reyes.denison@gmail.com"), (20, 20, 33), "", subject="No mas publicidad por favor", labels=[MKT],
  note="the request is only in the subject (the sender's own, not a Re:); body is the phone's signature")

P("mkt-en-STOP-promo", "marketing opt-out", "customercare", "en", "iphone",
  ("Cody Hanson", "codyhanson.ia@gmail.com"), (4, 10, 31), "STOP", reply="promo-en", labels=[MKT], ios="22D72",
  note="'STOP' under our promotion is a marketing opt-out (LABELS.md short replies)")

P("mkt-co-sumerce", "marketing opt-out", "customercare", "es", "outlook_android",
  ("Luz Marina Pulido", "luzmarinapulido@hotmail.com"), (21, 18, 45), """
Buenas tardes sumercé, le escribo para pedirle el favor de que no me manden más publicidad de esa a la casa, ni los folleticos ni las cartas de ofertas. Le agradezco mucho.

Luz Marina Pulido
3010 Mt Vernon Rd SE, Cedar Rapids, IA 52403
""", subject="Publicidad a la casa", locale="es-CO", labels=[MKT],
  ent={"name": "Luz Marina Pulido", "postal_code": "52403"},
  note="Colombian (Boyacá) 'sumercé', diminutive 'folleticos'; postal marketing opt-out")

P("mkt-en-moving-remove-us", "marketing opt-out", "powerhousecatalog", "en", "yahoo_web",
  ("Bev Schaefer", "bevschaefer@aol.com"), (31, 9, 15), """
Please remove us from the PowerHouse Catalog mailing list. We are moving into assisted living next month and won't be at this address, and we really don't need any more catalogs anyway.

Bev and Leon Schaefer
1204 W 3rd St
Waterloo IA 50701
""", subject="Please remove us", labels=[MKT], ent={"name": "Bev and Leon Schaefer", "postal_code": "50701"},
  note="couple writing about their own household; moving is context, not a change-of-address request; joint name kept joint")

# ---- software that unsubscribes for a person ------------------------------------------------------------------------
P("sw-gmail-baja-button", "software unsubscribe (List-Unsubscribe mailto)", "customercare", "es", "gmail_unsub",
  ("Norma Lizárraga", "normaliz.7@gmail.com"), (5, 18, 2), "Gmail generó automáticamente este mensaje.",
  subject="BAJA", labels=[MKT], answers="promo-es",
  note="Gmail's unsubscribe button in Spanish sent to our List-Unsubscribe mailto (subject=BAJA): a person's opt-out, no Auto-Submitted, so acknowledged")

P("sw-cleaner-auto-submitted", "software unsubscribe (List-Unsubscribe mailto)", "powerhousecatalog", "es",
  "cleaner_unsub", ("", "dulce.m.ortega@gmail.com"), (8, 3, 14), """
Solicitud de baja enviada automáticamente por LimpiaBandeja en nombre de la persona titular de este buzón.
""", subject="unsubscribe", labels=[MKT], ack=None, answers="catalog-es",
  note="an inbox-cleaning service unsubscribing for its user via our mailto: marketing opt-out, but Auto-Submitted: auto-generated forbids an answer (ack_to null)")

P("sw-outlook-empty-unsubscribe", "software unsubscribe (List-Unsubscribe mailto)", "customercare", "en",
  "outlook_unsub", ("Tyler Weston", "tweston22@outlook.com"), (4, 13, 50), "", subject="unsubscribe",
  labels=[MKT], answers="promo-en",
  note="Outlook.com 'Unsubscribe' to our mailto: empty body, subject 'unsubscribe'; a person pressed it, no Auto-Submitted")

# ---- sharing opt-outs ----------------------------------------------------------------------------------------------
P("share-mx-keep-catalog", "sharing opt-out", "powerhousecatalog", "es", "gmail_web",
  ("Leticia Cervantes", "lety.cervantes.cr@gmail.com"), (3, 21, 10), """
Hola, buenas noches.

Sí me gusta el catálogo y voy a seguir comprando, pero no quiero que compartan mi nombre ni mi dirección con otras compañías de catálogos. Desde diciembre me llegan catálogos de tiendas que ni conozco.

Gracias.
Leticia Cervantes
2715 Ellis Blvd NW, Cedar Rapids IA 52405
""", subject="Mis datos", labels=[SHARE], ent={"name": "Leticia Cervantes", "postal_code": "52405"},
  note="keeps the catalog, refuses sharing: catalog_share_opt_out only")

P("share-es-formal-cesion", "sharing opt-out", "powerhousecatalog", "es", "thunderbird",
  ("Montserrat Vidal", "montse.vidal.puig@gmail.com"), (4, 17, 55), """
Muy señores míos:

Por la presente les comunico que no autorizo la cesión de mis datos personales (nombre y dirección postal) a terceras empresas de catálogos ni a ninguna otra entidad.

Cliente del Catálogo PowerHouse n.º 00418827.

Atentamente,

Montserrat Vidal i Puig
""", subject="Cesión de datos personales", labels=[SHARE],
  ent={"name": "Montserrat Vidal i Puig", "account": "00418827"},
  note="peninsular legal register ('no autorizo la cesión'); catalog customer number counts as the account")

P("share-en-dont-sell-info", "sharing opt-out", "powerhousecatalog", "en", "iphone",
  ("Gaby Cintrón", "gaby.cintron@gmail.com"), (7, 22, 2), """
dont sell my info to other companies pls. thanks
""", subject="info", labels=[SHARE], ios="22C161",
  note="phone English without apostrophes; 'dont sell my info to other companies' = sharing opt-out")

P("share-en-keep-catalog", "sharing opt-out", "powerhousecatalog", "en", "outlook_desktop",
  ("Harold Beck", "hbeck1947@charter.net"), (10, 14, 40), """
Hello,

I enjoy the catalog and intend to keep ordering, so please keep sending it. However, I do not want my name and address shared, rented or exchanged with other mail order companies.

Customer # PH 2290331

Harold Beck
Janesville, WI 53545
""", subject="Do not share my name", labels=[SHARE], locale="en-us",
  ent={"name": "Harold Beck", "postal_code": "53545", "account": "PH 2290331"},
  note="keep the catalog, don't share: sharing opt-out only; stopping his catalog would be wrong")

P("share-gt-wrong-mailbox", "sharing opt-out", "customercare", "es", "yahoo_web",
  ("Wilfredo Chacón", "wilfredochacon@yahoo.com"), (11, 19, 25), """
Buenas tardes, fíjese que desde que compré una vez en su catálogo me llegan catálogos de otras tiendas que nunca pedí. Quisiera pedirles de favor que no le den mis datos a otras empresas.

Atentamente
Wilfredo Chacón
Beloit WI 53511
""", subject="Datos personales", labels=[SHARE], ent={"name": "Wilfredo Chacón", "postal_code": "53511"},
  note="Guatemalan 'fíjese que', 'pedirles de favor'; sharing opt-out sent to the general mailbox (the mailbox is a hint, not an instruction)")

P("share-sv-dictated", "sharing opt-out", "powerhousecatalog", "es", "gmail_android",
  ("Reina Isabel Martínez", "reinaisabelmtz@gmail.com"), (12, 7, 44), """
no quiero que mi nombre se lo pasen a otras empresas de catálogos gracias Reina Isabel Martínez código postal 52732
""", subject="Mi nombre", labels=[SHARE], ent={"name": "Reina Isabel Martínez", "postal_code": "52732"},
  note="dictated, run-on; 'que mi nombre se lo pasen a otras empresas de catálogos' = sharing opt-out")

P("share-co-comedidamente", "sharing opt-out", "powerhousecatalog", "es", "outlook_web",
  ("Diana Marcela Gómez", "dianamgomez@outlook.com"), (13, 11, 20), """
Buen día.

Les solicito comedidamente no ceder, vender ni compartir mis datos personales con terceros.

Gracias por su atención.

Diana Marcela Gómez
Cuenta: 6032-7718-45
""", subject="No ceder mis datos", labels=[SHARE], locale="es-CO",
  ent={"name": "Diana Marcela Gómez", "account": "6032-7718-45"},
  note="Colombian formal ('comedidamente'); no ceder/vender/compartir = sharing opt-out; catalog not mentioned so not stopped")

P("share-reply-como-dice-abajo", "sharing opt-out", "powerhousecatalog", "es", "gmail_web",
  ("Ramiro Lemus", "ramirolemus.gt@gmail.com"), (3, 19, 5), """
No compartan mi nombre, como dice abajo. El catálogo sí lo quiero, me gustan las lámparas.
""", reply="catalog-es", labels=[SHARE],
  note="his own sentence points at our quoted footer; the quoted 'cancele su suscripción' is not his; he keeps the catalog")

P("share-en-do-not-sell", "sharing opt-out", "powerhousecatalog", "en", "gmail_android",
  ("Megan Thiel", "megthiel@gmail.com"), (14, 22, 30), "Do not sell my personal information.",
  subject="Do not sell my personal information", labels=[SHARE],
  note="the standard 'do not sell' wording: sharing opt-out")

P("share-mx-caps-cliente", "sharing opt-out", "powerhousecatalog", "es", "samsung",
  ("MARIO SEGURA", "mario.segura.tx@gmail.com"), (15, 13, 5), """
NO COMPARTAN MIS DATOS CON NADIE
MARIO ALBERTO SEGURA
CLIENTE 00562019
""", subject="DATOS", labels=[SHARE], ent={"name": "MARIO ALBERTO SEGURA", "account": "00562019"},
  note="all caps; 'no compartan mis datos con nadie' = sharing opt-out; CLIENTE number is the catalog customer number")

P("share-es-roundcube-direccion", "sharing opt-out", "powerhousecatalog", "es", "roundcube",
  ("Nuria", "nuria.bh@movistar.es"), (17, 16, 40), """
Buenas tardes:

Quiero seguir recibiendo el catálogo, pero no quiero que mi dirección acabe en manos de otras empresas. ¿Podéis encargaros?

Gracias,
Nuria
""", subject="Mi dirección", labels=[SHARE], ent={"name": "Nuria"},
  note="Spanish webmail; keeps the catalog; '¿Podéis encargaros?' is the request itself, not a separate question")

P("share-en-es-address", "sharing opt-out", "powerhousecatalog", "en-es", "iphone",
  ("Carmen Ortiz", "carmenortiz.dbq@gmail.com"), (18, 8, 20), """
Please don't share my address con otras compañías. I like the catalog but I don't like junk mail from everybody else.

Gracias,
Carmen Ortiz Delgado
""", subject="Address", labels=[SHARE], ios="22D82", ent={"name": "Carmen Ortiz Delgado"},
  note="English-dominant code-switching; likes the catalog, refuses sharing")

# ---- both opt-outs ------------------------------------------------------------------------------------------------
P("both-mx-catalog-y-datos", "both opt-outs", "powerhousecatalog", "es", "gmail_web",
  ("Graciela Montes", "graciela.montes58@gmail.com"), (5, 15, 15), """
Buenas tardes.
Por favor ya no me manden el catálogo y tampoco compartan mis datos con otras empresas de catálogos.
Graciela Montes
1120 Iowa Ave, Muscatine IA 52761
""", subject="Catálogo y datos", labels=[MKT, SHARE], ent={"name": "Graciela Montes", "postal_code": "52761"},
  note="stop the catalog + don't share = both opt-outs")

P("both-pr-caps", "both opt-outs", "powerhousecatalog", "es", "iphone",
  ("Wanda Figueroa", "wandafig@icloud.com"), (6, 18, 10), "NO MAS CATALOGOS Y NO VENDAN MI NOMBRE A NADIE",
  subject="CATALOGOS", labels=[MKT, SHARE], ios="22D72",
  note="all caps, no accents; both opt-outs in one line")

P("both-es-formal-derechos", "both opt-outs", "powerhousecatalog", "es", "gmail_web",
  ("Francisco Javier Lozano", "fjlozano.bermejo@gmail.com"), (7, 11, 0), """
Muy Sres. míos:

Por medio de la presente, y en ejercicio de los derechos que me asisten, les ruego que:

1) cesen el envío de comunicaciones comerciales a mi nombre por cualquier medio (correo postal y electrónico);
2) no cedan mis datos personales a terceros, en particular a otras empresas de catálogos.

Atentamente,

Francisco Javier Lozano Bermejo
1628 Algoma Blvd, Oshkosh, WI 54901
""", subject="Ejercicio de derechos", labels=[MKT, SHARE],
  ent={"name": "Francisco Javier Lozano Bermejo", "postal_code": "54901"},
  note="peninsular legal letter: numbered requests, (1) marketing by any channel, (2) no cession to third parties; 'ejercicio de derechos' is not a data-access request")

P("both-en-mailing-list", "both opt-outs", "customercare", "en", "yahoo_web",
  ("Sandra Kowalczyk", "skowalczyk@yahoo.com"), (10, 20, 2), """
Take me off your mailing list and don't give my name to anybody else either. I'm tired of the junk mail.

Sandra Kowalczyk
53081
""", subject="mailing list", labels=[MKT, SHARE], ent={"name": "Sandra Kowalczyk", "postal_code": "53081"},
  note="remove from mailing list + don't give my name to anybody = both")

P("both-gt-recivir", "both opt-outs", "powerhousecatalog", "es", "samsung",
  ("Oswaldo Tzul", "oswaldotzul.mc@gmail.com"), (11, 21, 55), """
buenas noches, ya no quiero recivir el catalogo ni propaganda de ustedes, tampoco quiero que den mi direccion a otras empresas. gracias
Oswaldo Tzul 50401
""", subject="catalogo", labels=[MKT, SHARE], ent={"name": "Oswaldo Tzul", "postal_code": "50401"},
  note="spelling slips ('recivir'), no accents; catalog + propaganda stopped, address not given to others")

P("both-co-borrenme-de-la-lista", "both opt-outs", "powerhousecatalog", "es", "outlook_ios",
  ("Andrés Felipe Muñoz", "afmunoz@hotmail.com"), (13, 19, 12), """
Buenas noches. Por favor bórrenme de su lista de correo y no le pasen mi información a nadie. Muchas gracias.

Andrés Felipe
""", subject="Lista de correo", labels=[MKT, SHARE], locale="es-CO", ent={"name": "Andrés Felipe"},
  note="'bórrenme de su lista de correo' names its object (the mailing list), unlike 'bórrenme de todo'; plus no sharing")

P("both-mx-dictated-account", "both opt-outs", "customercare", "es", "gmail_android",
  ("Rigoberto Salas", "rigo.salas71@gmail.com"), (14, 6, 48), """
Buenos días quiero que ya no me manden nada de catálogos ni correos de ofertas y que no vendan mis datos a otras compañías mi cuenta es 55012 83746 gracias
""", subject="Mi cuenta", labels=[MKT, SHARE], ent={"account": "55012 83746"},
  note="dictated run-on with the account number grouped as the phone heard it; both opt-outs")

P("both-en-es-catalogs-info", "both opt-outs", "powerhousecatalog", "en-es", "gmail_ios",
  ("Adriana Rangel", "adrirangel@gmail.com"), (16, 14, 25), """
Hi, ya no quiero los catalogs ni los emails, and please don't sell my info to other companies either. Thanks!

Adriana Rangel
""", subject="catalogs + my info", labels=[MKT, SHARE], ent={"name": "Adriana Rangel"},
  note="Chicano code-switching mid-sentence; catalogs and e-mails stopped, info not sold")

P("both-sv-reply-business", "both opt-outs", "powerhousecatalog", "es", "outlook_desktop",
  ("Salvador Hernández", "shernandez@constructorahernandez.com"), (4, 8, 40), """
Buenos días,

Por favor ya no me envíen esto, ni compartan mi nombre con nadie.

Saludos,
Salvador Hernández
Constructora Hernández LLC
(563) 555-0131
""", reply="catalog-es", labels=[MKT, SHARE], prov="m365", locale="es-mx",
  ent={"name": "Salvador Hernández"},
  note="'ya no me envíen esto' under our catalog e-mail = marketing opt-out; plus don't share; phone number is not an account")

P("both-en-formal-cease", "both opt-outs", "powerhousecatalog", "en", "winmail",
  ("Eleanor Hartwig", "ehartwig@hotmail.com"), (19, 10, 5), """
Dear Sir or Madam:

I request that the PowerHouse Catalog cease mailing to me, and that my name not be sold, rented or exchanged with any other company.

Sincerely,
Eleanor Hartwig
411 Cherry St
Baraboo, WI 53913
""", subject="PowerHouse Catalog", labels=[MKT, SHARE], ent={"name": "Eleanor Hartwig", "postal_code": "53913"},
  note="older English writer; cease mailing + not sold/rented/exchanged = both")

P("both-dictation-garbled", "both opt-outs", "powerhousecatalog", "es", "gmail_android",
  ("Elsa Quiroz", "elsaquiroz.wl@gmail.com"), (20, 19, 2), """
por favor no me manden más a tálogos ni con partan mis datos con otras empresas gracias Elsa Quiroz West Liberty
""", subject="Catalogo", labels=[MKT, SHARE], ent={"name": "Elsa Quiroz"},
  note="dictation split words ('a tálogos', 'con partan') but the meaning is plain: both opt-outs")

# ---- questions ----------------------------------------------------------------------------------------------------
P("q-mx-factura-alta", "question", "customercare", "es", "gmail_web",
  ("Ernesto Villalobos", "evillalobos.mt@gmail.com"), (8, 16, 30), """
Buenas tardes,

Tengo una pregunta sobre mi factura. Este mes me llegó de $287 y siempre pago como $120. ¿Por qué subió tanto? No hemos usado más de lo normal.

Cuenta 8830214756

Gracias,
Ernesto Villalobos
""", subject="Pregunta sobre mi factura", labels=[Q],
  ent={"name": "Ernesto Villalobos", "account": "8830214756"}, note="billing question (factura); no opt-out")

P("q-gt-mudanza", "question", "customercare", "es", "yahoo_android",
  ("Mynor Cux", "mynorcux@yahoo.com"), (9, 18, 2), """
Buenas tardes, fíjese que me voy a mudar el 1 de abril de 802 5th Ave SE, Cedar Rapids 52403 a una casa en Hiawatha. Qué tengo que hacer para pasar la luz y el gas a la nueva casa? Y a quién le aviso para que corten aquí?
Muchas gracias
Mynor Cux
""", subject="mudanza", labels=[Q], ent={"name": "Mynor Cux", "postal_code": "52403"},
  note="Guatemalan Spanish; moving (mudanza) = service/change of address question; ZIP is of his current address")

P("q-pr-descuento-tercera-edad", "question", "customercare", "es", "iphone",
  ("Nilda Ortiz", "nildaortiz.pr@gmail.com"), (10, 11, 15), """
Hola! Buenos días. ¿Ustedes tienen algún descuento para personas de la tercera edad? Mi mamá y yo vivimos juntas y la cuenta está a mi nombre, ella cumplió 80 en enero. Gracias de antemano, bendiciones.

Nilda Ortiz
""", subject="Descuento tercera edad", labels=[Q], ios="22D72", ent={"name": "Nilda Ortiz"},
  note="discount question (descuentos); the account holder asking, no standing issue")

P("q-sv-programa-de-ayuda", "question", "customercare", "es", "samsung",
  ("Marta Lidia Rivas", "martalidiarivas@gmail.com"), (3, 20, 50), """
Buenas noches, quisiera saber si hay algun programa de ayuda para pagar el gas, tengo 3 niños y este invierno se me subio mucho el recibo. Vivo en Janesville zip 53548. Gracias que Dios les bendiga
""", subject="ayuda para pagar", labels=[Q], ent={"postal_code": "53548"},
  note="energy-assistance question (programa de ayuda); ZIP given, name only in the header")

P("q-co-como-darme-de-baja", "question", "customercare", "es", "outlook_web",
  ("Juliana Ospina", "julianaospina@hotmail.com"), (6, 9, 40), """
Buenos días,

¿Cómo hago para darme de baja de los correos promocionales? Busqué el enlace al final del correo pero no lo encuentro en el celular.

Mil gracias,
Juliana
""", subject="¿Cómo me doy de baja?", labels=[Q], locale="es-CO", ent={"name": "Juliana"},
  note="asks HOW to opt out, does not ask us to do it: question only (LABELS.md 'A question about how to opt out')")

P("q-es-por-que-me-llego", "question", "customercare", "es", "apple_mail",
  ("Lucía Garrido", "lucia.garrido.m@icloud.com"), (15, 12, 0), """
Hola:

Me ha llegado una carta vuestra en inglés sobre un «Home Energy Assessment» y no sé si tengo que hacer algo o si es solo publicidad. ¿Me lo podéis explicar? No quiero que luego me cobren algo por no contestar.

Gracias,
Lucía Garrido
""", subject="Carta en inglés", labels=[Q], ent={"name": "Lucía Garrido"},
  note="'why did I get this / what is it' question about a program letter; she does not ask to stop it")

P("q-en-shared-with-whom", "question", "powerhousecatalog", "en", "gmail_web",
  ("Tom Riedel", "tom.riedel@gmail.com"), (12, 8, 30), """
Which companies did the PowerHouse Catalog share my name with? I've been getting catalogs from outfits I've never heard of since I ordered a weather station from you in the fall.

- Tom Riedel
""", subject="Who did you share my name with?", labels=[Q], ent={"name": "Tom Riedel"},
  note="asks with whom his name was shared; asking is a question, not a sharing opt-out")

P("q-mx-copia-de-datos", "question", "customercare", "es", "outlook_web",
  ("Alma Delia Saucedo", "almadsaucedo@outlook.com"), (18, 13, 35), """
Buenas tardes.

Quisiera una copia de toda la información personal que ustedes tienen de mí (nombre, dirección, historial de pagos, todo). ¿Cómo me la pueden enviar?

Alma Delia Saucedo
Cuenta 2210-4478-91
""", subject="Solicitud de mi información", labels=[Q],
  ent={"name": "Alma Delia Saucedo", "account": "2210-4478-91"},
  note="a copy of one's data is a clear question (LABELS.md data requests); not a deletion")

P("q-en-opt-back-in", "question", "powerhousecatalog", "en", "iphone",
  ("Linda Moeller", "lindamoeller@icloud.com"), (19, 15, 50), """
Hi there, I asked last fall to stop getting the catalog but I miss it! Can you put me back on the mailing list? Linda Moeller, 2209 Grand Ave, Spencer IA 51301
""", subject="Catalog", labels=[Q], ios="22D82", ent={"name": "Linda Moeller", "postal_code": "51301"},
  note="opting back in is a question; the old removal she mentions is not a new opt-out")

P("q-en-how-long", "question", "customercare", "en", "gmail_android",
  ("Yesenia Torres", "yeseniatorres787@gmail.com"), (20, 13, 13), """
hi how long does it take for the no advertising thing to go thru? i sent the email 2 weeks ago and still got an offers flyer yesterday
""", subject="question", labels=[Q],
  note="'how long does an opt-out take' is a question only; her earlier request is mentioned, not repeated")

P("q-en-reply-bill-payment", "question", "customercare", "en", "gmail_android",
  ("Pedro Juárez", "pjuarez.cedar@gmail.com"), (7, 12, 45), """
Does this include the $150 I paid on the 3rd? The amount looks the same as before.
""", reply="bill-en", labels=[Q],
  note="question under our bill-ready notice; quoted '****2290' and amounts are ours, not entities")

P("q-mx-outage-medicinas", "question", "customercare", "es", "samsung",
  ("Refugio Garza", "cuco.garza@gmail.com"), (15, 9, 20), """
Ya van 6 horas sin luz en la calle Maple, cuándo regresa? Tengo medicinas en el refri que tienen que estar frías. Por favor contesten.
""", reply="outage-es", labels=[Q],
  note="service question under our outage alert (which carries Reply-To customercare); needs a person")

P("q-en-payment-arrangement", "question", "customercare", "en", "outlook_android",
  ("Marcus Allen", "marcus.allen319@outlook.com"), (20, 18, 15), """
Can I set up a payment arrangement? Hours got cut at the plant and I can't cover the whole $211 by the 24th.
""", reply="reminder-en", labels=[Q], english_date=True,
  note="payment-plan question under our payment reminder")

P("q-es-comparten-email", "question", "powerhousecatalog", "es", "roundcube",
  ("Pilar Echeverría", "pilar.echeverria@telefonica.net"), (21, 10, 30), """
Hola, buenos días:

He leído en vuestra política que el catálogo comparte nombres y direcciones con otras empresas. ¿Compartís también el correo electrónico o el teléfono, o solo la dirección postal?

Un saludo,
Pilar
""", subject="Pregunta sobre privacidad", labels=[Q], ent={"name": "Pilar"},
  note="privacy-policy question only; she does not ask us to stop sharing")

P("q-mx-ack-en-ingles", "question", "customercare", "es", "gmail_web",
  ("Ignacio Benítez", "nachobenitez@gmail.com"), (17, 19, 30), """
Buenas tardes, recibí esta respuesta en inglés y no la entiendo bien. ¿Me la pueden mandar en español? Quiero estar seguro de que ya no me van a llegar las ofertas.
""", reply="ack-00241", labels=[Q],
  note="reply to our English acknowledgement asking for it in Spanish: a real question; wanting to be sure refers to the request already acknowledged, not a new one")

P("q-webform-cobro-doble", "question", "customercare", "es", "webform",
  ("Gerardo Mejía", "gmejia.dbq@yahoo.com"), (22, 14, 8), """
Me cobraron dos veces el mes pasado, una por el banco y otra con tarjeta. ¿Me pueden regresar uno de los pagos o pasarlo al siguiente mes?
""", subject="Formulario de contacto: Facturación", labels=[Q], ack="reply_to",
  ent={"name": "Gerardo Mejía", "postal_code": "52001", "account": "4093 1182 76"},
  note="our Spanish Contact Us form relayed from noreply@: the customer is in Reply-To; double-charge billing question")

# ---- opt-out + question ----------------------------------------------------------------------------------------------
P("oq-mx-reconexion", "opt-out + question", "customercare", "es", "gmail_web",
  ("Fidel Arriaga", "fidel.arriaga.mt@gmail.com"), (4, 18, 40), """
Buenas tardes.

Ya no me manden propaganda, ni por correo ni por email.

Y otra cosa, ¿por qué me cobraron un cargo de reconexión de $45 si nunca me cortaron la luz? Quiero que me lo quiten.

Cuenta 4471-0982-33
Fidel Arriaga
""", subject="propaganda y un cobro", labels=[MKT, Q],
  ent={"name": "Fidel Arriaga", "account": "4471-0982-33"}, note="marketing opt-out plus a billing complaint")

P("oq-es-formal-cesion-acceso", "opt-out + question", "powerhousecatalog", "es", "thunderbird",
  ("Carmen Sáez de Heredia", "csaezdeheredia@gmail.com"), (5, 11, 10), """
Estimados señores:

Por medio de la presente les comunico que no consiento que mis datos personales sean cedidos a otras empresas de catálogos.

Asimismo, les ruego me indiquen qué datos personales míos obran en su poder y a qué empresas se han cedido hasta la fecha.

Quedo a la espera de su respuesta.

Atentamente,
Carmen Sáez de Heredia
Cliente n.º 00377154
""", subject="Protección de datos", labels=[SHARE, Q],
  ent={"name": "Carmen Sáez de Heredia", "account": "00377154"},
  note="formal: no cession (sharing opt-out) + access request and 'to whom was it given' (question)")

P("oq-en-opted-out-january", "opt-out + question", "powerhousecatalog", "en", "gmail_web",
  ("Gary Voss", "garyvoss.wi@gmail.com"), (6, 19, 20), """
I opted out in January and I still got the spring catalog this week. Why? Take me off the list again and this time make it stick.

Gary Voss
53916
""", subject="Still getting catalogs", labels=[MKT, Q], ent={"name": "Gary Voss", "postal_code": "53916"},
  note="complaint about an ignored opt-out (question) and an explicit new 'take me off the list' (marketing)")

P("oq-pr-catalogs-cambio-direccion", "opt-out + question", "powerhousecatalog", "es-en", "iphone",
  ("Jessica Maldonado", "jessmaldonado.cr@gmail.com"), (9, 14, 5), """
Hola! Ya no quiero los catalogs, thank you, de verdad no los uso.

Y también, cambié de dirección para la factura de la luz, la nueva es 3340 Kirkwood Blvd SW, Cedar Rapids 52404. Me la pueden cambiar?

Gracias!!
Jessica Maldonado
""", subject="Catalogs y mi dirección", labels=[MKT, Q], ios="22D72",
  ent={"name": "Jessica Maldonado", "postal_code": "52404"},
  note="code-switching; catalog opt-out plus a change of address (a question); the ZIP is of her (new) address")

P("oq-en-since-when-sharing", "opt-out + question", "powerhousecatalog", "en", "outlook_web",
  ("Rachel Dominguez", "rdominguez88@outlook.com"), (12, 21, 10), """
Don't share my info with other catalog companies. Since when do you do that? Nobody ever told me when I ordered.

Rachel Dominguez
""", subject="Sharing my info??", labels=[SHARE, Q], ent={"name": "Rachel Dominguez"},
  note="sharing opt-out plus a question/complaint about the practice")

P("oq-gt-catalogo-datos-factura", "opt-out + question", "powerhousecatalog", "es", "gmail_android",
  ("Edgar Tzoc", "edgartzoc82@gmail.com"), (16, 20, 40), """
Buenas noches. Ya no quiero el catálogo y tampoco que pasen mis datos a otras empresas, por favor. Y otra pregunta, por qué la factura del gas vino doble este mes? Mi cuenta es 7719-3304-12. Gracias
Edgar Tzoc
""", subject="catalogo y factura", labels=[MKT, SHARE, Q],
  ent={"name": "Edgar Tzoc", "account": "7719-3304-12"}, note="all three: catalog stopped, no sharing, billing question")

P("oq-en-assistance-in-spanish", "opt-out + question", "customercare", "en", "gmail_web",
  ("Veronica Salgado", "vsalgado.mason@gmail.com"), (17, 12, 20), """
Hi, please unsubscribe me from the promotional emails.

Also, do you have the energy assistance (programa de ayuda) application in Spanish? It's for my mother-in-law, she lives with us and doesn't read English.

Thanks,
Veronica Salgado
Mason City 50401
""", subject="Emails + assistance program", labels=[MKT, Q],
  ent={"name": "Veronica Salgado", "postal_code": "50401"},
  note="e-mail opt-out for herself plus a question asked for a relative (asking a question needs no standing)")

P("oq-en-dictated-cash", "opt-out + question", "customercare", "en", "gmail_android",
  ("Álvaro Nieto", "alvaronieto.fd@gmail.com"), (22, 8, 35), """
please take me off the mail offers and tell me if I can pay my light bill in cash at a store here in Fort Dodge thank you
""", subject="Offers and payments", labels=[MKT, Q],
  note="dictated English ('light bill' from 'la luz'); 'take me off the mail offers' has its object; plus a payment question")

# ---- unclear ------------------------------------------------------------------------------------------------------
P("u-hija-por-su-mama", "unclear", "customercare", "es", "gmail_web",
  ("Karla Arreola", "karla.arreola93@gmail.com"), (7, 17, 20), """
Hola, le escribo por mi mamá, Josefina Arreola, ella ya no quiere que le manden nada de publicidad porque se confunde y cree que son cobros. Ella no usa email. Vive en 1711 Rose St, Marshalltown 50158.

Gracias,
Karla
""", subject="Mi mamá", unclear=True, ent={"name": "Josefina Arreola", "postal_code": "50158"},
  note="a daughter writing for her mother: on behalf of someone else without shown standing = unclear; entities name the mother")

P("u-ya-no", "unclear", "customercare", "es", "samsung",
  ("", "rmorales.1979@gmail.com"), (8, 22, 15), "ya no", subject="", unclear=True,
  note="'ya no' with an empty subject and nothing it answers: no object, no context")

P("u-quitenme-sin-objeto", "unclear", "powerhousecatalog", "es", "iphone",
  ("Daisy Rivera", "daisyriv@icloud.com"), (10, 23, 5), "quítenme porfa", subject="Quítenme", unclear=True,
  ios="22D82", note="'quítenme' with no object; the catalog mailbox is a hint, not an instruction (LABELS.md)")

P("u-borrenme-de-todo", "unclear", "customercare", "es", "outlook_web",
  ("Humberto Lara", "humbertolara@hotmail.com"), (13, 14, 50), """
Bórrenme de todo. No quiero que tengan nada mío, ni nombre ni dirección ni nada.
Humberto Lara
""", subject="BÓRRENME", labels=[Q], unclear=True, ent={"name": "Humberto Lara"},
  note="'bórrenme de todo... no quiero que tengan nada mío' = delete everything: unclear plus question (LABELS.md data requests)")

P("u-alto-under-outage", "unclear", "customercare", "es", "iphone",
  ("Concepción Ávila", "conchita.avila51@gmail.com"), (15, 4, 2), "ALTO", reply="outage-es", unclear=True,
  ios="21H16", note="'ALTO' under an outage alert (a service message) is not a marketing opt-out: unclear")

P("u-taking-it-back", "unclear", "powerhousecatalog", "es", "gmail_android",
  ("Verónica Hurtado", "vero.hurtado.sl@gmail.com"), (19, 21, 30), """
Ayer les escribí para que ya no me mandaran el catálogo pero mejor sí mándenlo, nomás no los correos... o no sé, mejor nada de nada. Ay perdón, luego les digo bien.
""", subject="Lo del catálogo", unclear=True,
  note="takes back yesterday's request, then contradicts herself and promises to write again: self-contradicting = unclear")

P("u-asking-again-no-object", "unclear", "customercare", "es", "yahoo_web",
  ("Salvador Quintanilla", "squintanilla@yahoo.com.mx"), (28, 11, 40), """
Les vuelvo a escribir porque no me han hecho caso con lo que les pedí hace un mes. Ya es la segunda vez.
Salvador Quintanilla
""", subject="OTRA VEZ", unclear=True, ent={"name": "Salvador Quintanilla"},
  note="asks again without saying what ('lo que les pedí'): reference to earlier mail = unclear")

P("u-ya-basta-under-ack", "unclear", "customercare", "es", "gmail_android",
  ("Rubén Carrillo", "rubencarrillo.ia@gmail.com"), (12, 17, 5), "YA BASTA", reply="ack-00203", unclear=True,
  note="'YA BASTA' under our own acknowledgement: stop what? (LABELS.md: the same word under our acknowledgement is unclear)")

P("u-en-deceased-father", "unclear", "powerhousecatalog", "en", "gmail_web",
  ("Ana Pineda", "ana.pineda.cr@gmail.com"), (27, 10, 20), """
Hello,

My dad, Rogelio Pineda, passed away in December and the PowerHouse catalogs still come to his name at 915 C Ave NE, Cedar Rapids, IA 52402. Could you please take him off? It's hard for my mom to see them.

Thank you,
Ana (his daughter)
""", subject="My father's catalogs", unclear=True, ent={"name": "Rogelio Pineda", "postal_code": "52402"},
  note="for a deceased parent without shown standing (not the executor or account holder): unclear; entities are the father's")

P("u-emoji-under-catalog", "unclear", "powerhousecatalog", "en", "iphone",
  ("Lorena Vásquez", "lorevasquez@gmail.com"), (4, 13, 2), "👎", reply="catalog-en", unclear=True, ios="22D72",
  note="an emoji alone under our catalog e-mail says nothing decidable: unclear")

P("u-en-opt-me-out", "unclear", "customercare", "en", "gmail_android",
  ("", "jjkrause@gmail.com"), (29, 7, 5), "Opt me out.", subject="opt out", unclear=True,
  note="'Opt me out' with no object and no context (LABELS.md 'No object, no context')")

P("u-en-under-bill", "unclear", "customercare", "en", "iphone",
  ("Darlene Fisk", "dfisk@icloud.com"), (7, 9, 10), "I don't want these anymore", reply="bill-en", unclear=True,
  ios="22D72", note="under a bill-ready notice: stop bill e-mails? go paper? not marketing, so unclear")

# ---- nothing to do -------------------------------------------------------------------------------------------------
P("n-gracias-under-ack", "human, nothing to do", "customercare", "es", "gmail_android",
  ("Rosa Elena Mejía", "rosaelenamejia@gmail.com"), (6, 15, 30), """
Muchas gracias por su atención. Dios los bendiga.
""", reply="ack-00117", ack=None,
  note="a thank-you under our acknowledgement asks for nothing: no labels, not unclear, no answer (ack_to null)")

P("n-en-thank-you-under-ack", "human, nothing to do", "customercare", "en", "outlook_ios",
  ("Greg Thompson", "gthompson_ia@outlook.com"), (18, 16, 2), "Thank you!", reply="ack-00259", ack=None,
  note="thank-you reply to our acknowledgement: nothing to do, no answer")


# ---- special senders for the people above --------------------------------------------------------------------------
def c_gmail_unsub(m: dict) -> tuple[list, bytes]:
    text = m["text"] + "\n"
    mid = f"<CA{rng.choice('BDEFJKLMNOP')}{b64s(46).replace('/', '_').replace('+', '=')}@mail.gmail.com>"
    return [("MIME-Version", "1.0"), ("From", addr(m["frm"][0], m["frm"][1])), ("Date", rfc_date(m["utc"], m["zone"])),
            ("Message-ID", mid), ("Subject", m["subject"]), ("To", m["to_hdr"]),
            ("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")], \
        qp(text, "utf-8")


def c_cleaner_unsub(m: dict) -> tuple[list, bytes]:
    text = m["text"] + "\n"
    mid = f"<CA{rng.choice('BDEFJKLMNOP')}{b64s(48).replace('/', '_').replace('+', '=')}@mail.gmail.com>"
    return [("MIME-Version", "1.0"), ("From", m["frm"][1]), ("Date", rfc_date(m["utc"], "UTC")),
            ("Message-ID", mid), ("Subject", m["subject"]), ("To", m["to_hdr"]),
            ("Auto-Submitted", "auto-generated"), ("X-Mailer", "LimpiaBandeja/2.4 (+https://limpiabandeja.app)"),
            ("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")], \
        qp(text, "utf-8")


def c_outlook_unsub(m: dict) -> tuple[list, bytes]:
    info = m["pinfo"]
    return [("From", addr(m["frm"][0], m["frm"][1])), ("To", m["to_hdr"]), ("Subject", m["subject"]),
            ("Thread-Topic", m["subject"]), ("Thread-Index", info["thread_index"]),
            ("Date", rfc_date(m["utc"], "UTC")), ("Message-ID", info["mid"]), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit"),
            ("MIME-Version", "1.0")], b""


CLIENTS.update({"gmail_unsub": c_gmail_unsub, "cleaner_unsub": c_cleaner_unsub, "outlook_unsub": c_outlook_unsub})
PROGRAM_NAME.update({"gmail_unsub": "Gmail unsubscribe button", "cleaner_unsub": "LimpiaBandeja (inbox cleaner)",
                     "outlook_unsub": "Outlook.com unsubscribe button", "webform": "alliantenergy.com contact form"})


def build_webform(s: dict) -> bytes:
    name, address = s["frm"]
    t = local(s["utc"], "C")
    body = (f"Formulario: Contáctenos (español)\nNombre: {name}\nCorreo electrónico: {address}\n"
            f"Teléfono: (563) 555-0178\nNúmero de cuenta: 4093 1182 76\nCódigo postal: 52001\nTema: Facturación\n\n"
            f"Mensaje:\n{s['text']}\n\n---\nEnviado: {t:%d/%m/%Y %H:%M} CDT\nPágina: https://www.alliantenergy.com/es/"
            f"contactenos\nIP: 198.51.100.77\n")
    pre = generic_pre(CC, "noreply@alliantenergy.com", s["utc"], "web02.alliantenergy.com", "198.51.100.40",
                      "alliantenergy.com", sel="web2024", tls=TLS12,
                      inner=[("Received", f"from web02.alliantenergy.com (localhost [127.0.0.1]){CRLF}\tby "
                                          f"web02.alliantenergy.com (Postfix) with ESMTP id {HEXS(10)}{CRLF}\tfor "
                                          f"<{CC}>; {rfc_date(s['utc'], 'C', comment='CDT')}")])
    h = [("Date", rfc_date(s["utc"], "C")), ("From", "Alliant Energy Web <noreply@alliantenergy.com>"),
         ("Reply-To", addr(name, address)), ("To", CC), ("Subject", hval(s["subject"])),
         ("Message-ID", f"<form.{epoch(s['utc'])}.{hexs(10)}@web02.alliantenergy.com>"),
         ("X-Form-Id", "contacto-es"), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
         ("Content-Transfer-Encoding", "8bit")]
    return headers_bytes(pre + h) + b"\r\n" + eightbit(body, "utf-8")


# --------------------------------------------------------------------------------------------------------------
# the machines and the not-a-request mail (30 messages)
# --------------------------------------------------------------------------------------------------------------
def A(sid, cat, box, lang, program, when, *, zone="C", answers="-", note=""):
    def reg(fn):
        day, hh, mm = when
        utc = to_utc(day, hh, mm, rng.randint(0, 59), zone)
        SPECS.append(dict(sid=sid, cat=cat, box=box, lang=lang, program=program, utc=utc, zone=zone, answers=answers,
                          note=note, automated=True, labels=[], unclear=False, ent={}, ack=None, builder=fn))
        return fn
    return reg


def auto_via_client(s: dict, **kw) -> bytes:
    """A machine or non-request message whose bytes look like a mail program's: reuse the human path."""
    spec = dict(s)
    spec.update(kw)
    spec.setdefault("subject", None)
    return build_human(spec)


@A("ooo-exchange-es-promo", "auto-reply (Auto-Submitted)", "customercare", "es", "Exchange Online (automatic reply)",
   (5, 10, 1), answers="promo:promo-es",
   note="Exchange out-of-office in Spanish with Auto-Submitted: auto-generated, answering our Spanish promotion")
def _(s):
    return auto_via_client(s, frm=("Alejandra Ruiz", "aruiz@ruizasociados-law.com"), client="outlook_web", prov="m365",
                           envelope="", irt="promo-es", locale="es-MX", sig="",
                           subject="Respuesta automática: " + OUR["promo-es"]["subject"], text="""
Gracias por su mensaje.

Estaré fuera de la oficina del 3 al 14 de marzo con acceso limitado a mi correo. Para asuntos urgentes, comuníquese con Laura Pérez al (319) 555-0142 o a lperez@ruizasociados-law.com.

Saludos cordiales,
Lic. Alejandra Ruiz
Ruiz & Asociados
""".strip("\n"), extra_post=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "aruiz@ruizasociados-law.com")],
                           to_hdr=addr("Alliant Energy", CC))


@A("ooo-gmail-vacation-under-ack", "auto-reply (Auto-Submitted)", "powerhousecatalog", "es",
   "Gmail vacation responder", (10, 9, 31), answers="ack:PR-2025-03-00164",
   note="Gmail vacation responder (Auto-Submitted: auto-replied) answering our own acknowledgement: a loop trap")
def _(s):
    return auto_via_client(s, frm=("Rosa Elia Chávez", "rosaelia.chavez@gmail.com"), client="gmail_web",
                           irt="ack-00164", subject="Fuera de casa hasta el 20 de marzo", text="""
Hola, estoy de viaje visitando a mi familia en Guanajuato hasta el 20 de marzo. Contestaré su correo cuando regrese.

Saludos,
Rosa Elia
""".strip("\n"), extra_post=[("Auto-Submitted", "auto-replied")], to_hdr=addr("Alliant Energy Privacy Team", PH))


@A("ooo-zimbra-es-es", "auto-reply (Auto-Submitted)", "powerhousecatalog", "es", "Zimbra (out of office)",
   (3, 16, 47), zone="ES", answers="catalog:catalog-es",
   note="Spanish municipal Zimbra server's out-of-office with Auto-Submitted: auto-replied, answering our catalog e-mail")
def _(s):
    o = OUR["catalog-es"]
    pre = generic_pre(PH, "", s["utc"], "mta01.aytocastrillo.es", "195.57.118.20", "aytocastrillo.es", sel="zimbra",
                      inner=[("Received", f"from mbox02.aytocastrillo.es (mbox02.aytocastrillo.es [10.1.1.12]){CRLF}"
                                          f"\tby mta01.aytocastrillo.es (Postfix) with ESMTP id {HEXS(10)}{CRLF}\tfor "
                                          f"<{PH}>; {rfc_date(s['utc'], 'ES', comment='CET')}")])
    text = ("Estaré fuera de la oficina hasta el lunes 10 de marzo, sin acceso al correo.\n\nPara cualquier asunto "
            "urgente pueden dirigirse a registro@aytocastrillo.es o llamar al 983 555 014.\n\nUn saludo,\n"
            "Ignacio Ferrer\nServicio de Urbanismo\n")
    h = [("Date", rfc_date(s["utc"], "ES", comment="CET")), ("From", addr("Ignacio Ferrer", "iferrer@aytocastrillo.es")),
         ("To", addr("Catálogo PowerHouse", PH)), ("Message-ID", f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**5, 10**6)}"
                                                                  f".{epoch(s['utc'])}{digits(3)}.JavaMail.zimbra@aytocastrillo.es>"),
         ("In-Reply-To", o["mid"]), ("Subject", hval("Fuera de la oficina: " + o["subject"])),
         ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable"), ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
         ("Precedence", "bulk"), ("X-Mailer", "Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "utf-8")


@A("ooo-headerless-outlook-rule", "auto-reply (headerless)", "customercare", "es", "Microsoft Outlook 16.0 (rule)",
   (5, 10, 4), answers="promo:promo-es",
   note="Outlook client-side rule reply: no Auto-Submitted, no In-Reply-To, but an out-of-office all the same (LABELS.md headerless auto-replies)")
def _(s):
    return auto_via_client(s, frm=("Miguel Ángel Soto", "msoto@tallersoto.com"), client="outlook_desktop", prov="m365",
                           locale="es-mx", subject="Fuera de la oficina", text="""
Hola, gracias por escribir.

Estoy fuera de la oficina hasta el 12 de marzo y no tendré acceso al correo. Si es urgente llame al taller al (563) 555-0119.

Miguel Ángel Soto
Taller Soto Auto Repair
""".strip("\n"), to_hdr=addr("Alliant Energy", CC))


@A("ooo-headerless-bilingual-school", "auto-reply (headerless)", "customercare", "es-en", "Gmail canned response",
   (11, 8, 1), answers="newsletter:news-es",
   note="bilingual 'Estaré fuera de la oficina / out of the office' from a school liaison, sent without Auto-Submitted")
def _(s):
    return auto_via_client(s, frm=("Guadalupe Herrera", "gherrera@wl-csd.org"), client="gmail_web", dkim_domain="wl-csd.org",
                           irt="news-es", subject="Fuera de la oficina / Out of office", text="""
Estaré fuera de la oficina por las vacaciones de primavera del 10 al 14 de marzo. Regreso el lunes 17.

I will be out of the office for spring break, March 10-14. I will return on Monday, March 17.

Guadalupe Herrera
Enlace Familiar / Family Liaison
""".strip("\n"), to_hdr=addr("Alliant Energy", CC))


@A("noreply-mailbox-not-monitored", "auto-reply (headerless)", "powerhousecatalog", "es", "Gmail (Google Workspace)",
   (3, 9, 48), answers="catalog:catalog-es",
   note="'Este buzón ya no es revisado' with Re: subject and In-Reply-To but no Auto-Submitted: a headerless auto-reply")
def _(s):
    return auto_via_client(s, frm=("Ventas Importadora Chapina", "ventas@importadorachapina.com"), client="gmail_web",
                           dkim_domain="importadorachapina.com", irt="catalog-es",
                           subject="Re: " + OUR["catalog-es"]["subject"], text="""
Este buzón ya no es revisado. Por favor escriba a info@importadorachapina.com.

Gracias.
Importadora Chapina – Des Moines, Iowa
""".strip("\n"), to_hdr=addr("Catálogo PowerHouse", PH))


@A("ooo-exchange-en-promo", "auto-reply (Auto-Submitted)", "customercare", "en", "Exchange Online (automatic reply)",
   (4, 10, 1), answers="promo:promo-en",
   note="English Exchange automatic reply (Auto-Submitted) to our English promotion")
def _(s):
    return auto_via_client(s, frm=("Brian Koenig", "bkoenig@koenigfarms.com"), client="outlook_web", prov="m365",
                           envelope="", irt="promo-en", sig="", subject="Automatic reply: " + OUR["promo-en"]["subject"],
                           text="""
I am out of the office until Monday, March 10, with limited access to e-mail. For urgent matters, please call the office at 319-555-0163.

Brian
""".strip("\n"), extra_post=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                           to_hdr=addr("Alliant Energy", CC))


def bounce_generic(s, *, box, o_key, rcpt, from_hdr, subject, human, host, ip, domain, reporting, status, diag,
                   remote=None, action="failed", full=False, zone="UTC", extra=(), html_part=None, sel=None,
                   mid_dom=None, charset="utf-8", cte="quoted-printable", postfix=False):
    o = OUR[o_key]
    pre = generic_pre(BOX[box], "", s["utc"], host, ip, domain, sel=sel)
    bnd = f"{HEXS(10)}.{epoch(s['utc'])}/{reporting}"
    body = dsn_body(bnd, human, charset, cte, reporting, o["utc"] + timedelta(seconds=3), rcpt, action, status, diag,
                    remote, o, full=full, html_part=html_part, zone=zone, postfix=postfix)
    h = [("Date", rfc_date(s["utc"], zone)), ("From", from_hdr), ("Subject", hval(subject)), ("To", o["frm"]),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
         ("Content-Type", f"multipart/report; report-type=delivery-status;{CRLF}\tboundary=\"{bnd}\""),
         ("Message-Id", f"<{epoch(s['utc'])}.{HEXS(8)}@{mid_dom or reporting}>")] + list(extra)
    return headers_bytes(pre + h) + b"\r\n" + body


@A("bounce-exchange-es-ndr", "bounce / DSN", "customercare", "es", "Exchange Online NDR", (5, 10, 2),
   answers="promo:promo-es", note="Exchange Online non-delivery report in Spanish for our Spanish promotion")
def _(s):
    rc = "jlopez@distribuidoramaya.com"
    human = (f"No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n{rc}\nLa dirección de correo "
             "electrónico que escribió no se encontró. Compruebe la dirección de correo electrónico del destinatario e "
             "intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el servicio de "
             "asistencia.\n\n\n\n\n\n\nInformación de diagnóstico para administradores:\n\nServidor generador: "
             "BN8PR12MB3345.namprd12.prod.outlook.com\n\n" + rc + "\nRemote Server returned '550 5.1.10 "
             "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nEncabezados originales "
             "del mensaje:\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><p><b><font "
           "color=\"#000000\" size=\"3\" face=\"Arial\">No se pudo entregar el mensaje a estos destinatarios o grupos:"
           f"</font></b></p><p><a href=\"mailto:{rc}\">{rc}</a><br>La dirección de correo electrónico que escribió no "
           "se encontró.</p></body></html>\n")
    return bounce_generic(s, box="customercare", o_key="promo-es", rcpt=rc,
                          from_hdr="Microsoft Outlook <postmaster@distribuidoramaya.onmicrosoft.com>",
                          subject="No se puede entregar: " + OUR["promo-es"]["subject"], human=human,
                          host="mail-bn8nam12on2097.outbound.protection.outlook.com", ip="40.107.237.97",
                          domain="distribuidoramaya.onmicrosoft.com", reporting="BN8PR12MB3345.namprd12.prod.outlook.com",
                          status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP"
                          " address lookup", html_part=htm, sel="selector1",
                          extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES"),
                                 ("X-MS-Exchange-Organization-SCL", "-1")])


@A("bounce-movistar-postfix-es", "bounce / DSN", "powerhousecatalog", "es", "Postfix (Movistar, Spanish text)",
   (3, 16, 52), zone="ES", answers="catalog:catalog-es",
   note="Postfix bounce with Spanish wording from a Spanish provider, for our catalog e-mail")
def _(s):
    rc = "jmartin1962@telefonica.net"
    human = ("Este es el programa de correo de smtp05.movistar.es.\n\nLamento informarle de que su mensaje no pudo ser "
             "entregado a uno o más destinatarios. Se adjunta a continuación.\n\nPara más ayuda, por favor envíe un "
             "correo a <postmaster@movistar.es>.\n\nSi lo hace, incluya este informe de problemas. Puede borrar su "
             "propio texto del mensaje devuelto adjunto.\n\n                   El programa de correo\n\n"
             f"<{rc}>: host buzon.movistar.es[81.47.192.10] said: 550 5.1.1\n    <{rc}>: Recipient address "
             "rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n")
    return bounce_generic(s, box="powerhousecatalog", o_key="catalog-es", rcpt=rc,
                          from_hdr="MAILER-DAEMON@smtp05.movistar.es (Sistema de entrega de correo)",
                          subject="Mensaje no entregado: devuelto al remitente", human=human,
                          host="smtp05.movistar.es", ip="81.47.200.45", domain="movistar.es",
                          reporting="smtp05.movistar.es", status="5.1.1",
                          diag=f"550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table",
                          remote="buzon.movistar.es", full=True, zone="ES", postfix=True)


@A("bounce-prodigy-cuenta-desactivada", "bounce / DSN", "customercare", "es", "Mexican ISP MTA (Spanish)", (5, 10, 5),
   zone="MX", answers="promo:promo-es", note="Mexican provider's bounce in Spanish: account disabled")
def _(s):
    rc = "lupita.ibarra@prodigy.net.mx"
    human = ("Su mensaje no pudo ser entregado.\n\nEl siguiente destinatario no existe o su cuenta de correo está "
             f"desactivada:\n\n    {rc}\n\nCódigo de error: 550 5.2.1 La cuenta del destinatario está desactivada "
             "(account disabled)\n\nEste es un mensaje generado automáticamente; por favor no responda.\n")
    return bounce_generic(s, box="customercare", o_key="promo-es", rcpt=rc,
                          from_hdr="Sistema de Correo <MAILER-DAEMON@correo.prodigy.net.mx>",
                          subject="Mensaje no entregado", human=human, host="mx-out3.prodigy.net.mx",
                          ip="200.33.150.83", domain="prodigy.net.mx", reporting="correo.prodigy.net.mx",
                          status="5.2.1", diag="550 5.2.1 account disabled", charset="iso-8859-1", zone="MX")


@A("bounce-exim-co-buzon-lleno", "bounce / DSN", "customercare", "es", "Exim (Colombian ISP, Spanish text)",
   (11, 8, 3), answers="newsletter:news-es",
   note="Exim 'buzón lleno' bounce, plain text with the message copy inline and X-Failed-Recipients")
def _(s):
    o = OUR["news-es"]
    rc = "claudiamvelez@une.net.co"
    pre = generic_pre(CC, "", s["utc"], "mail.une.net.co", "190.248.0.53", "une.net.co")
    text = ("Este mensaje fue creado automáticamente por el software de entrega de correo.\n\nNo se pudo entregar su "
            "mensaje a uno o más destinatarios. Este es un error permanente. Las siguientes direcciones fallaron:\n\n"
            f"  {rc}\n    el buzón del destinatario está lleno (mailbox full, quota exceeded)\n\n"
            "------ Esta es una copia del mensaje, incluidos todos los encabezados. ------\n\n")
    copy = headers_bytes(our_header_block(o, rc)) + b"\r\n" + qp(o["text"] + "\n", "utf-8")
    h = [("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@mail.une.net.co>"), ("To", CC),
         ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit"),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", f"<E1t{alnum(5)}-{digits(6)}-{alnum(2)}@mail.une.net.co>"),
         ("Date", rfc_date(s["utc"], "CO")), ("MIME-Version", "1.0")]
    return headers_bytes(pre + h) + b"\r\n" + eightbit(text, "utf-8") + copy


@A("dsn-exchange-es-retrasada", "bounce / DSN", "powerhousecatalog", "es", "Exchange Online delay DSN", (4, 9, 50),
   answers="catalog:catalog-es", note="Spanish 'Entrega retrasada' delay notice (Action: delayed) for our catalog e-mail")
def _(s):
    rc = "compras@ferreteriaelquetzal.com"
    human = ("La entrega se ha retrasado para estos destinatarios o grupos:\n\n" + rc + "\n\nAsunto: " +
             OUR["catalog-es"]["subject"] + "\n\nEste mensaje aún no se ha entregado. Seguiremos intentando "
             "entregarlo.\n\nEl servidor seguirá intentando entregar este mensaje durante 1 días y 23 horas. Se le "
             "notificará si no se puede entregar en ese tiempo.\n")
    return bounce_generic(s, box="powerhousecatalog", o_key="catalog-es", rcpt=rc,
                          from_hdr="Microsoft Outlook <postmaster@ferreteriaelquetzal.com>",
                          subject="Entrega retrasada: " + OUR["catalog-es"]["subject"], human=human,
                          host="mail-dm6nam10on2052.outbound.protection.outlook.com", ip="40.107.93.52",
                          domain="ferreteriaelquetzal.com", reporting="DM6PR10MB4186.namprd10.prod.outlook.com",
                          status="4.4.7", action="delayed",
                          diag="400 4.4.7 Message delayed", sel="selector1")


@A("bounce-gt-of-our-ack", "bounce / DSN", "powerhousecatalog", "es", "Postfix (Guatemalan ISP, Spanish text)",
   (24, 9, 41), zone="GT", answers="ack:PR-2025-03-00302",
   note="our own acknowledgement bounced ('usuario desconocido'); its quoted ack text talks about opting out")
def _(s):
    rc = "hmorales.xela@turbonett.com.gt"
    human = ("Este es el sistema de correo de correo.turbonett.com.gt.\n\nLamentamos informarle que su mensaje no pudo "
             "ser entregado a uno o más destinatarios.\n\n<" + rc + ">: usuario desconocido (user unknown)\n\n"
             "El sistema de correo\n")
    return bounce_generic(s, box="powerhousecatalog", o_key="ack-00302", rcpt=rc,
                          from_hdr="MAILER-DAEMON@correo.turbonett.com.gt (Mail Delivery System)",
                          subject="Undelivered Mail Returned to Sender", human=human, host="correo.turbonett.com.gt",
                          ip="200.6.210.14", domain="turbonett.com.gt", reporting="correo.turbonett.com.gt",
                          status="5.1.1", diag="550 5.1.1 usuario desconocido", full=True, zone="GT", postfix=True)


@A("bounce-qmail-en-legacy", "bounce / DSN", "customercare", "en", "qmail (no MIME)", (4, 10, 2),
   answers="promo:promo-en", note="old qmail 'failure notice' without MIME-Version, English, for our English promotion")
def _(s):
    o = OUR["promo-en"]
    rc = "dnielsen@iowatelecom.net"
    pre = generic_pre(CC, "", s["utc"], "mail.iowatelecom.net", "216.51.72.18", "iowatelecom.net", tls=[])
    text = ("Hi. This is the qmail-send program at mail.iowatelecom.net.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out."
            f"\n\n<{rc}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the "
            "message.\n\n")
    copy = headers_bytes(our_header_block(o, rc)) + b"\r\n" + qp(o["text"] + "\n", "utf-8")
    h = [("Date", rfc_date(s["utc"], "UTC")), ("From", "MAILER-DAEMON@mail.iowatelecom.net"), ("To", CC),
         ("Subject", "failure notice"),
         ("Message-ID", f"<{local(s['utc'], 'UTC'):%Y%m%d%H%M%S}.{rng.randint(1000, 99999)}.qmail@mail.iowatelecom.net>")]
    return headers_bytes(pre + h) + b"\r\n" + eightbit(text, "ascii") + copy


@A("bounce-sv-sendmail-es", "bounce / DSN", "powerhousecatalog", "es", "Sendmail (Salvadoran ISP, Spanish text)",
   (3, 9, 52), zone="SV", answers="catalog:catalog-es",
   note="Sendmail DSN with Spanish transcript from a Salvadoran host")
def _(s):
    rc = "mrivas.sansalvador@navegante.com.sv"
    human = ("El mensaje original fue recibido el " + rfc_date(OUR["catalog-es"]["utc"], "SV") + "\nde "
             "out02.alliant-energy.com [198.51.100.26]\n\n   ----- Las siguientes direcciones tuvieron errores "
             f"permanentes -----\n<{rc}>\n    (motivo: 550 5.1.1 Usuario desconocido)\n\n   ----- Transcripción de la "
             f"sesión a continuación -----\n... mientras se hablaba con buzones.navegante.com.sv.:\n>>> RCPT To:<{rc}>\n"
             "<<< 550 5.1.1 Usuario desconocido\n550 5.1.1 " + f"<{rc}>... Usuario desconocido\n")
    return bounce_generic(s, box="powerhousecatalog", o_key="catalog-es", rcpt=rc,
                          from_hdr="Mail Delivery Subsystem <MAILER-DAEMON@mail.navegante.com.sv>",
                          subject="Returned mail: see transcript for details", human=human,
                          host="mail.navegante.com.sv", ip="168.243.220.9", domain="navegante.com.sv",
                          reporting="mail.navegante.com.sv", status="5.1.1", diag="550 5.1.1 Usuario desconocido",
                          remote="buzones.navegante.com.sv", zone="SV", charset="iso-8859-1")


def spam_pre(box, envelope, utc, host, ip, domain):
    auth = (f"mx1.alliant-energy.com;{CRLF}\tdkim=none;{CRLF}\tdmarc=none header.from={domain};{CRLF}\t"
            f"spf=softfail (mx1.alliant-energy.com: domain of transitioning {envelope} does not designate {ip} as "
            f"permitted sender) smtp.mailfrom={envelope}")
    hops, _ = our_hops(BOX[box], envelope, utc + timedelta(seconds=3), host, host, ip, auth, tls=TLS12)
    return hops


@A("phish-cuenta-suspendida", "phishing / spam", "customercare", "es", "bulk spam kit (HTML, base64)", (13, 3, 12),
   note="Spanish phishing dressed as us: 'su cuenta será suspendida en 24 horas', look-alike domain, SPF softfail")
def _(s):
    pre = spam_pre("customercare", "bounce@alliant-energia-pagos.com", s["utc"], "srv-7731.hostcloud-latam.net",
                   "45.137.21.88", "alliant-energia-pagos.com")
    htm = ("<html><body style=\"font-family:Arial\"><div style=\"max-width:600px;margin:auto;border:1px solid #ddd\">"
           "<div style=\"background:#00539b;color:#fff;padding:14px;font-size:20px\">Alliant Energy</div><div "
           "style=\"padding:18px\"><p>Estimado cliente:</p><p>Le informamos que su cuenta presenta un saldo vencido de "
           "<b>$186.40</b>. <b>Su cuenta será suspendida en las próximas 24 horas</b> y el servicio de luz será "
           "desconectado si no realiza el pago.</p><p>Para evitar la suspensión, verifique su información y pague "
           "aquí:</p><p><a href=\"http://alliant-energia-pagos.com/verificar?id=AE8830219\" style=\"background:"
           "#e87722;color:#fff;padding:10px 18px;text-decoration:none\">VERIFICAR MI CUENTA</a></p><p>Atentamente,"
           "<br>Departamento de Cobranza<br>Alliant Energy</p><p style=\"font-size:10px;color:#888\">Si no desea recibir"
           " estos avisos, haga clic aquí para darse de baja.</p></div></div></body></html>")
    h = [("From", addr("Alliant Energy Servicio al Cliente", "avisos@alliant-energia-pagos.com")),
         ("To", CC), ("Subject", hval("Aviso final: su cuenta será suspendida en 24 horas", "UTF-8", "B")),
         ("Date", rfc_date(s["utc"], "UTC")), ("Message-ID", f"<{hexs(32)}@alliant-energia-pagos.com>"),
         ("Reply-To", "cobranza.alliant@outlook-mail-service.com"), ("MIME-Version", "1.0"),
         ("Content-Type", "text/html; charset=\"UTF-8\""), ("Content-Transfer-Encoding", "base64"),
         ("X-Priority", "1 (Highest)")]
    return headers_bytes(pre + h) + b"\r\n" + b64(htm, "utf-8") + b"\r\n"


@A("phish-buzon-lleno", "phishing / spam", "powerhousecatalog", "es", "webmail phishing kit", (18, 2, 40),
   note="Spanish credential phishing aimed at the mailbox itself ('su buzón alcanzó el límite')")
def _(s):
    pre = spam_pre("powerhousecatalog", "soporte@webmail-verificacion.net", s["utc"], "mail.webmail-verificacion.net",
                   "103.151.52.17", "webmail-verificacion.net")
    text = ("Estimado usuario powerhousecatalog@alliant-energy.com:\n\nSu buzón ha alcanzado el 98% de su capacidad de "
            "almacenamiento. A partir de hoy los mensajes nuevos serán rechazados y devueltos al remitente.\n\nPara "
            "ampliar su cuota sin costo, inicie sesión y confirme su cuenta en el siguiente enlace:\n\n"
            "https://alliant-energy-com.webmail-verificacion.net/owa/cuota?u=powerhousecatalog\n\n"
            "Si no confirma en 48 horas su cuenta será desactivada.\n\nAdministrador del sistema\n"
            "© 2025 Soporte técnico de correo\n")
    h = [("From", "Administrador del sistema <soporte@webmail-verificacion.net>"), ("To", PH),
         ("Subject", hval("Su buzón ha alcanzado el límite de almacenamiento", "windows-1252")),
         ("Date", rfc_date(s["utc"], "E")), ("Message-ID", f"<{digits(14)}.{hexs(8)}@webmail-verificacion.net>"),
         ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=\"windows-1252\""),
         ("Content-Transfer-Encoding", "quoted-printable"), ("X-Mailer", "PHPMailer 6.8.1")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "windows-1252")


@A("phish-reembolso-pendiente", "phishing / spam", "customercare", "es", "bulk spam kit (multipart)", (22, 5, 15),
   note="refund phishing in Spanish ('tiene un reembolso pendiente'), link to a .top domain")
def _(s):
    pre = spam_pre("customercare", "info@alliantenergy-reembolso.top", s["utc"], "vmi2218843.contaboserver.net",
                   "185.209.162.41", "alliantenergy-reembolso.top")
    text = ("Alliant Energy\n\nEstimado(a) cliente,\n\nDespués de revisar su cuenta, determinamos que tiene derecho a un "
            "reembolso de $187.40 por cobros duplicados.\n\nPara recibir su reembolso, complete el formulario en las "
            "próximas 48 horas:\nhttp://alliantenergy-reembolso.top/es/formulario\n\nGracias por su preferencia.\n")
    htm = ("<html><body><h2 style=\"color:#00539b\">Alliant Energy</h2><p>Estimado(a) cliente,</p><p>Después de revisar"
           " su cuenta, determinamos que tiene derecho a un <b>reembolso de $187.40</b> por cobros duplicados.</p><p><a"
           " href=\"http://alliantenergy-reembolso.top/es/formulario\">Reclamar mi reembolso</a></p></body></html>")
    bnd = f"=_{hexs(32)}"
    body = multipart(bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
    h = [("From", addr("Alliant Energy", "info@alliantenergy-reembolso.top")), ("To", f"<{CC}>"),
         ("Subject", hval("Tiene un reembolso pendiente de $187.40", "UTF-8", "B")), ("Date", rfc_date(s["utc"], "UTC")),
         ("Message-ID", f"<{hexs(24)}@alliantenergy-reembolso.top>"), ("MIME-Version", "1.0"),
         ("Content-Type", f'multipart/alternative; boundary="{bnd}"')]
    return headers_bytes(pre + h) + b"\r\n" + body


@A("sales-radio-la-poderosa", "sales / vendor", "customercare", "es", "Gmail (Google Workspace)", (11, 10, 30),
   note="Spanish-language radio station selling ad packages to us; its 'responda BAJA' footer is a trap, not a request")
def _(s):
    return auto_via_client(s, frm=("Marisela Ortega | La Poderosa 101.7 FM", "ventas@lapoderosa1017.com"),
                           client="gmail_web", dkim_domain="lapoderosa1017.com",
                           subject="Llegue a la comunidad latina del este de Iowa con La Poderosa 101.7 FM", text="""
Buenos días, equipo de Alliant Energy:

Mi nombre es Marisela Ortega y soy ejecutiva de ventas de La Poderosa 101.7 FM, la estación en español número uno de Cedar Rapids, Iowa City y West Liberty, con más de 38,000 radioescuchas a la semana.

Vimos su nueva campaña de reembolsos para calentadores de agua y creemos que nuestra audiencia es justo la que necesitan alcanzar. Para la temporada de primavera tenemos tres paquetes:

- Paquete Bronce: 40 anuncios de 30 segundos — $1,800
- Paquete Plata: 80 anuncios + mención en "El Despertador" — $3,200
- Paquete Oro: 120 anuncios + entrevista en vivo + redes sociales — $4,900

También podemos producir y traducir el anuncio sin costo adicional. ¿Tendrían 15 minutos esta semana para una llamada?

Saludos cordiales,
Marisela Ortega
Ejecutiva de Ventas | La Poderosa 101.7 FM
(319) 555-0190

Si no desea recibir más información de La Poderosa, responda BAJA.
""".strip("\n"), to_hdr=CC)


@A("newsletter-centro-latino", "newsletter / bulk", "customercare", "es", "Mailchimp", (6, 10, 0),
   note="community organisation's Spanish newsletter (Mailchimp, List-Id, List-Unsubscribe): bulk, not a request")
def _(s):
    u, lid, cid = hexs(25), hexs(10), hexs(10)
    n = rng.randint(10, 250)
    pre = generic_pre(CC, f"bounce-mc.us21_{digits(8)}.{digits(7)}-{CC.replace('@', '=')}@mail{n}.suw21.mcsv.net",
                      s["utc"], f"mail{n}.suw21.mcsv.net", f"198.2.{rng.randint(128, 191)}.{n}", "centrolatinocv.org",
                      sel="k2")
    text = """
** Boletín de marzo
------------------------------------------------------------

¡Hola, vecinos!

** Clínica de impuestos gratuita
Todos los sábados de marzo, de 9 a 1, en nuestra oficina de 1st Ave. Traiga sus formas W-2 y su ITIN o número de seguro social.

** Clases de inglés
Nuevo grupo los martes y jueves a las 6:30 p. m. Cupo limitado.

** Feria de salud y recursos — sábado 29 de marzo
Vacunas, presión arterial, información de vivienda y de ayuda con los pagos de luz y gas.

Gracias por ser parte de nuestra comunidad.
Centro Latino del Valle del Cedar

============================================================
Recibe este correo porque se suscribió en uno de nuestros eventos.
Nuestra dirección: Centro Latino del Valle del Cedar, 1220 1st Ave SE, Cedar Rapids, IA 52402
¿Ya no quiere recibir estos correos? Puede actualizar sus preferencias o darse de baja de esta lista:
https://centrolatinocv.us21.list-manage.com/unsubscribe?u=""" + u + "&id=" + lid + "\n"
    htm = ("<!doctype html><html><head><meta charset=\"UTF-8\"><title>Boletín de marzo</title></head><body><table "
           "width=\"100%\"><tr><td align=\"center\"><h1>Boletín de marzo</h1><p>¡Hola, vecinos!</p><h3>Clínica de "
           "impuestos gratuita</h3><p>Todos los sábados de marzo, de 9 a 1.</p><h3>Clases de inglés</h3><p>Martes y "
           "jueves, 6:30 p. m.</p><h3>Feria de salud y recursos — sábado 29 de marzo</h3><p>Vacunas, presión arterial, "
           "vivienda y ayuda con los pagos de luz y gas.</p><p style=\"font-size:11px\">¿Ya no quiere recibir estos "
           f"correos? <a href=\"https://centrolatinocv.us21.list-manage.com/unsubscribe?u={u}&id={lid}\">Darse de "
           "baja</a></p></td></tr></table></body></html>\n")
    bnd = f"_----------=_MCPart_{digits(10)}"
    body = multipart(bnd, [leaf("text/plain", text.lstrip("\n"), "utf-8", "quoted-printable", quote_cs=True,
                                params="; format=fixed"),
                           leaf("text/html", htm, "utf-8", "quoted-printable", quote_cs=True)])
    h = [("Subject", hval("Boletín de marzo: clínica de impuestos, clases de inglés y feria de salud")),
         ("From", addr("Centro Latino del Valle del Cedar", "boletin@centrolatinocv.org")),
         ("Reply-To", addr("Centro Latino del Valle del Cedar", "info@centrolatinocv.org")),
         ("To", f"<{CC}>"), ("Date", rfc_date(s["utc"], "UTC")),
         ("List-Unsubscribe", f"<https://centrolatinocv.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={hexs(10)}"
                              f"&c={cid}>, <mailto:unsubscribe-mc.us21_{u}.{cid}-{hexs(10)}@unsubscribe.mailchimpapp.net"
                              "?subject=unsubscribe>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Message-ID", f"<{hexs(32)}@mail{n}.suw21.mcsv.net>"), ("X-Mailer", f"Mailchimp Mailer - **CID{cid}{hexs(10)}**"),
         ("X-Campaign", f"mailchimp{u}.{cid}"), ("X-campaignid", f"mailchimp{u}.{cid}"),
         ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}"
                            f"&id={cid}&e={hexs(10)}"),
         ("X-MC-User", u), ("Feedback-ID", f"{digits(8)}:{digits(8)}.{digits(7)}:us21:mc"),
         ("List-ID", f"{u}mc list <{u}.{digits(6)}.list-id.mcsv.net>"), ("X-Accounttype", "fr"),
         ("Precedence", "bulk"), ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; boundary="{bnd}"')]
    return headers_bytes(pre + h) + b"\r\n" + body


@A("bulletin-parroquia-bilingue", "newsletter / bulk", "customercare", "es-en", "Constant Contact", (21, 18, 0),
   note="bilingual parish bulletin (Precedence: bulk, List-Unsubscribe); someone signed the mailbox up")
def _(s):
    n = rng.randint(10, 99)
    pre = generic_pre(CC, f"{hexs(12)}@in.constantcontact.com", s["utc"], f"ccm{n}.constantcontact.com",
                      f"208.75.123.{n}", "sanpatriciocr.org", sel="1000073432")
    text = """
Parroquia San Patricio / St. Patrick Parish
Boletín semanal — III Domingo de Cuaresma / Third Sunday of Lent
23 de marzo de 2025 / March 23, 2025

HORARIO DE MISAS / MASS TIMES
Sábado 5:00 p. m. (inglés) · Domingo 9:00 a. m. (inglés) · 11:30 a. m. (español)

VIACRUCIS / STATIONS OF THE CROSS
Todos los viernes de Cuaresma a las 7:00 p. m. Fridays of Lent, 7:00 p.m.

FISH FRY
Viernes 28 de marzo en el salón parroquial. Friday, March 28, parish hall. $12 adultos / adults.

INTENCIONES / INTENTIONS
Por el eterno descanso de Don Aurelio Gámez. Por la salud de Maricela Ruiz.

Parroquia San Patricio · 500 1st Ave SW, Cedar Rapids, IA 52404
Para cancelar su suscripción / To unsubscribe: https://visitor.constantcontact.com/do?p=un&m=001""" + hexs(20) + "\n"
    h = [("From", addr("Parroquia San Patricio", "boletin@sanpatriciocr.org")),
         ("Reply-To", "oficina@sanpatriciocr.org"), ("To", CC),
         ("Subject", hval("Boletín Parroquial — III Domingo de Cuaresma / Third Sunday of Lent")),
         ("Date", rfc_date(s["utc"], "UTC")), ("Message-ID", f"<{digits(13)}.{digits(13)}@ccm{n}.constantcontact.com>"),
         ("List-Unsubscribe", f"<https://visitor.constantcontact.com/do?p=un&m=001{hexs(20)}>, <mailto:unsubscribe-"
                              f"{hexs(16)}@ccm{n}.constantcontact.com>"),
         ("X-Mailer", "Roving Constant Contact 2012 (http://www.constantcontact.com)"),
         ("X-Campaign_ID", "11" + digits(11)), ("X-Roving-Id", f"{digits(13)}.{digits(13)}"),
         ("Precedence", "bulk"), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text.lstrip("\n"), "utf-8")


def ses_pre(box, utc, domain):
    n = rng.randint(20, 99)
    envelope = f"0100019{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@amazonses.com"
    return generic_pre(BOX[box], envelope, utc, f"a48-{n}.smtp-out.amazonses.com", f"54.240.48.{n}", domain,
                       sel="224i4yxa5dv7c2xz3womw6peuasteono"), envelope


@A("notify-charla-mensajes", "notification", "customercare", "es", "Amazon SES (app notification)", (9, 7, 30),
   note="WhatsApp-like chat app e-mailing unread-message alerts to an address someone registered with the mailbox")
def _(s):
    pre, env = ses_pre("customercare", s["utc"], "charla-app.com")
    text = ("Hola,\n\nTienes 3 mensajes sin leer en Charla:\n\n• Primos Iowa 🇲🇽 (2)\n• +1 (319) 555-0107 (1)\n\n"
            "Abre Charla para responder: https://charla-app.com/a/abrir\n\nRecibes este correo porque activaste las "
            "notificaciones por correo. Para dejarlas de recibir, cambia tus ajustes en la app.\n")
    htm = ("<html><body><p>Hola,</p><p>Tienes <b>3 mensajes sin leer</b> en Charla:</p><ul><li>Primos Iowa 🇲🇽 (2)</li>"
           "<li>+1 (319) 555-0107 (1)</li></ul><p><a href=\"https://charla-app.com/a/abrir\">Abrir Charla</a></p>"
           "</body></html>")
    bnd = f"----={hexs(24)}"
    body = multipart(bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                           leaf("text/html", htm, "UTF-8", "quoted-printable")])
    h = [("From", "Charla <notificaciones@charla-app.com>"), ("To", CC),
         ("Subject", hval("Tienes 3 mensajes nuevos en Charla")), ("MIME-Version", "1.0"),
         ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
         ("Message-ID", f"<{env.split('@')[0]}@email.amazonses.com>"), ("Date", rfc_date(s["utc"], "UTC")),
         ("List-Unsubscribe", "<https://charla-app.com/ajustes/correo?u=" + hexs(16) + ">"),
         ("Feedback-ID", "1.us-east-1." + b64s(43).replace("/", "A").replace("+", "B") + "=:AmazonSES"),
         ("X-SES-Outgoing", f"2025.03.{local(s['utc'], 'UTC').day:02d}-54.240.48.{rng.randint(20, 99)}")]
    return headers_bytes(pre + h) + b"\r\n" + body


@A("notify-charla-mensaje-de-voz", "notification", "powerhousecatalog", "es", "Amazon SES (app notification)",
   (23, 12, 10), note="the same chat app: a voice-message alert, plain text only")
def _(s):
    pre, env = ses_pre("powerhousecatalog", s["utc"], "charla-app.com")
    text = ("Nuevo mensaje de voz de +1 (319) 555-0188 (0:42).\n\nEscúchalo en la app: https://charla-app.com/a/voz/"
            + hexs(10) + "\n\n— El equipo de Charla\n")
    h = [("From", "Charla <notificaciones@charla-app.com>"), ("To", PH),
         ("Subject", hval("Nuevo mensaje de voz de +1 (319) 555-0188")), ("MIME-Version", "1.0"),
         ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "quoted-printable"),
         ("Message-ID", f"<{env.split('@')[0]}@email.amazonses.com>"), ("Date", rfc_date(s["utc"], "UTC")),
         ("Feedback-ID", "1.us-east-1." + b64s(43).replace("/", "A").replace("+", "B") + "=:AmazonSES"),
         ("X-SES-Outgoing", f"2025.03.{local(s['utc'], 'UTC').day:02d}-54.240.48.{rng.randint(20, 99)}")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "utf-8")


def mdn(s, *, box, o_key, who_, ua, subj_prefix, human, lang_tag):
    o = OUR[o_key]
    name, address = who_
    pre, _, info = provider_pre("m365", address, s["utc"], BOX[box])
    bnd = f"_{digits(3)}_{info['mbox_host'].split('.')[0]}{HEXS(12)}_"
    disp = (f"Reporting-UA: {info['mbox_host']}; {ua}\nFinal-Recipient: rfc822;{address}\n"
            f"Original-Message-ID: {o['mid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    body = multipart(bnd, [leaf("text/plain", human, "utf-8", "quoted-printable", quote_cs=True),
                           part_bytes([("Content-Type", "message/disposition-notification")], crlf(disp).encode())])
    h = [("From", addr(name, address)), ("To", addr(o["name"], o["frm"])),
         ("Subject", hval(subj_prefix + o["subject"])), ("Thread-Topic", hval(o["subject"])),
         ("Thread-Index", info["thread_index"]), ("Date", rfc_date(s["utc"], "UTC")), ("Message-ID", info["mid"]),
         ("References", o["mid"]), ("In-Reply-To", o["mid"]), ("Content-Language", lang_tag),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("Content-Type", f'multipart/report;{CRLF}\tboundary="{bnd}";{CRLF}\treport-type=disposition-notification'),
         ("MIME-Version", "1.0")]
    return headers_bytes(pre + h) + b"\r\n" + body


@A("mdn-read-receipt-en", "read receipt", "customercare", "en", "Microsoft Outlook 16.0 (read receipt)", (4, 14, 20),
   answers="promo:promo-en", note="Outlook read receipt ('Read: ...') for our English promotion")
def _(s):
    o = OUR["promo-en"]
    t = local(o["utc"], "C")
    human = (f"Your message\n\n  To: Carol Jensen\n  Subject: {o['subject']}\n  Sent: {WDAY_EN[t.weekday()]}, "
             f"{MONTH_EN[t.month - 1]} {t.day}, {t.year} 4:00:00 PM (UTC+00:00) Coordinated Universal Time\n\nwas read on "
             f"{WDAY_EN[t.weekday()]}, {MONTH_EN[t.month - 1]} {t.day}, {t.year} 8:20:41 PM (UTC+00:00) Coordinated "
             "Universal Time.\n")
    return mdn(s, box="customercare", o_key="promo-en", who_=("Carol Jensen", "cjensen@jensenhardware.com"),
               ua="Microsoft Outlook 16.0", subj_prefix="Read: ", human=human, lang_tag="en-US")


@A("mdn-leido-es", "read receipt", "powerhousecatalog", "es", "Microsoft Outlook 16.0 (confirmación de lectura)",
   (4, 9, 5), answers="catalog:catalog-es", note="Spanish Outlook read receipt ('Leído: ...') for our catalog e-mail")
def _(s):
    o = OUR["catalog-es"]
    t = local(o["utc"], "C")
    human = (f"El mensaje\n\n  Para: Lupita Salinas\n  Asunto: {o['subject']}\n  Enviado: {WDAY_ES[t.weekday()]}, {t.day} "
             f"de {MONTH_ES[t.month - 1]} de {t.year} 15:45:00 (UTC+00:00) Hora universal coordinada\n\nfue leído el "
             f"martes, 4 de marzo de 2025 15:05:12 (UTC+00:00) Hora universal coordinada.\n")
    return mdn(s, box="powerhousecatalog", o_key="catalog-es", who_=("Lupita Salinas", "lsalinas@salinasinsurance.com"),
               ua="Microsoft Outlook 16.0", subj_prefix="Leído: ", human=human, lang_tag="es-MX")


@A("sales-en-hispanic-marketing", "sales / vendor", "customercare", "en", "Gmail (Google Workspace)", (18, 10, 12),
   note="cold sales pitch in English for 'multicultural marketing'; mentions unsubscribes and suppression, still not a request")
def _(s):
    return auto_via_client(s, frm=("Daniel Price", "daniel@puentemarketinggroup.com"), client="gmail_web",
                           dkim_domain="puentemarketinggroup.com",
                           subject="Reaching Iowa's Hispanic customers (quick question)", text="""
Hi there,

I noticed Alliant Energy is sending Spanish-language promotions this spring. Nice work! Most utilities we talk to see 30-40% higher unsubscribe rates on translated campaigns because the copy reads like a translation.

Puente Marketing Group writes transcreated (not translated) campaigns for utilities and co-ops across the Midwest, and we handle suppression-list hygiene so your opt-outs stay honored across languages.

Would you be open to a 20-minute call next Tuesday or Wednesday?

Best,
Daniel Price
Partner, Puente Marketing Group
(612) 555-0143

P.S. If this isn't relevant, just reply "no thanks" and I won't follow up.
""".strip("\n"), to_hdr=CC)


@A("vendor-traduccion-portal", "sales / vendor", "powerhousecatalog", "es", "SendGrid (vendor portal)", (26, 14, 0),
   note="our translation vendor's portal notice (Auto-Submitted) about the summer catalog's Spanish files: vendor system mail")
def _(s):
    n = rng.randint(10, 99)
    pre = generic_pre(PH, f"bounces+{digits(8)}-{hexs(4)}-{PH.replace('@', '=')}@em{n}.tradunorte.com", s["utc"],
                      f"o{rng.randint(1, 9)}.ptr{digits(4)}.tradunorte.com", f"149.72.{rng.randint(1, 250)}.{n}",
                      "tradunorte.com", sel="s1")
    text = ("Portal de Clientes – TraduNorte\n\nProyecto: TR-4471\nTítulo: Catálogo Verano 2025 (ES) — borrador 1\n"
            "Estado: ENTREGADO\nPares de idiomas: inglés (EE. UU.) > español (EE. UU.)\nPalabras: 18,240\n\n"
            "Archivos entregados:\n  catalogo_verano_2025_ES_b1.idml\n  glosario_powerhouse_ES_v7.xlsx\n\n"
            "Nota del traductor: se mantuvo el texto legal del pie de página (\"El Catálogo PowerHouse a veces comparte "
            "los nombres...\") conforme al glosario aprobado.\n\nDescargue los archivos en https://portal.tradunorte.com/"
            "proyectos/TR-4471\n\nEste es un mensaje automático. Por favor no responda a este correo.\n")
    h = [("DKIM-Signature", dkim("sendgrid.info", "smtpapi", s["utc"], "from:subject:to:content-type:cc", style="x")),
         ("Date", rfc_date(s["utc"], "UTC")), ("From", "Portal TraduNorte <notificaciones@portal.tradunorte.com>"),
         ("To", PH), ("Subject", hval("Proyecto TR-4471 entregado: Catálogo Verano 2025 (ES)")),
         ("Message-ID", f"<{b64s(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{rng.randint(1, 40)}>"),
         ("Auto-Submitted", "auto-generated"), ("X-SG-EID", b64s(120)), ("X-SG-ID", b64s(80)),
         ("X-Entity-ID", "u001." + b64s(22)), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "utf-8")


@A("list-post-promotoras-google-group", "list post", "customercare", "es", "Google Groups", (14, 9, 10),
   note="Spanish Google Groups post (community health promoters) delivered to the subscribed mailbox; footer says 'anular la suscripción'")
def _(s):
    grp = "promotoras-este-iowa"
    sender = ("Blanca Estela Ríos", "blancaestelarios@gmail.com")
    envelope = f"{grp}+bncB{alnum(40)}@googlegroups.com"
    n = rng.randint(160, 199)
    host = f"mail-qt1-f{n}.google.com"
    pre = generic_pre(CC, envelope, s["utc"], host, f"209.85.160.{n}", "googlegroups.com", sel="20230601",
                      inner=[("Received", f"by {host} with SMTP id d75a77b69052e-{hexs(12)}so{digits(7)}.0{CRLF}        "
                                          f"for <{CC}>; {rfc_date(s['utc'], 'P', pad=True, comment='PDT')}")])
    text = """Hola a todas,

Les recuerdo que la Feria de Salud y Recursos es el sábado 29 de marzo en el gimnasio de la escuela de Columbus Junction, de 10 a 2.

Necesitamos 6 voluntarias para la mesa de registro y 2 para la mesa de ayuda con los recibos de luz y gas. Si pueden, contesten a este correo o escríbanme al (319) 555-0114.

Un abrazo,
Blanca Estela

--
Recibiste este mensaje porque estás suscrito al grupo "Promotoras de Salud del Este de Iowa" de Grupos de Google.
Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un correo electrónico a """ + grp + """+unsubscribe@googlegroups.com.
Para ver esta conversación, visita https://groups.google.com/d/msgid/""" + grp + "/" + hexs(20) + """.
"""
    h = [("X-BeenThere", f"{grp}@googlegroups.com"), ("MIME-Version", "1.0"),
         ("From", addr(sender[0], sender[1])), ("Date", rfc_date(s["utc"], "C")),
         ("Message-ID", f"<CA{alnum(44)}@mail.gmail.com>"),
         ("Subject", hval("Voluntarias para la feria del 29 de marzo")),
         ("To", addr("Promotoras de Salud del Este de Iowa", f"{grp}@googlegroups.com")),
         ("X-Original-Sender", sender[1]),
         ("X-Original-Authentication-Results", "gmr-mx.google.com;       dkim=pass header.i=@gmail.com;       "
                                               "spf=pass (google.com: domain of " + sender[1] + " designates "
                                               "209.85.220.41 as permitted sender) smtp.mailfrom=" + sender[1]),
         ("Reply-To", f"{grp}@googlegroups.com"), ("Precedence", "list"),
         ("Mailing-list", f"list {grp}@googlegroups.com; contact {grp}+owners@googlegroups.com"),
         ("List-ID", f"<{grp}.googlegroups.com>"), ("X-Spam-Checked-In-Group", f"{sender[1]}"),
         ("X-Google-Group-Id", digits(12)), ("List-Post", f"<https://groups.google.com/group/{grp}/post>, "
                                                             f"<mailto:{grp}@googlegroups.com>"),
         ("List-Help", f"<https://groups.google.com/support/>, <mailto:{grp}+help@googlegroups.com>"),
         ("List-Archive", f"<https://groups.google.com/group/{grp}"),
         ("List-Unsubscribe", f"<mailto:googlegroups-manage+{digits(12)}+unsubscribe@googlegroups.com>,"
                              f" <https://groups.google.com/group/{grp}/subscribe>"),
         ("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "utf-8")


@A("calendar-feria-recursos", "calendar invitation", "customercare", "es", "Google Calendar", (17, 11, 0),
   note="Google Calendar invitation in Spanish (text/calendar METHOD:REQUEST) from the community centre: not a request")
def _(s):
    org = ("Centro Latino del Valle del Cedar", "eventos@centrolatinocv.org")
    uid = f"{alnum(26).lower()}@google.com"
    stamp = local(s["utc"], "UTC")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250329T100000
DTEND;TZID=America/Chicago:20250329T140000
DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}
ORGANIZER;CN={org[0]}:mailto:{org[1]}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN={CC};X-NUM-GUESTS=0:mailto:{CC}
CREATED:{stamp:%Y%m%dT%H%M%SZ}
DESCRIPTION:Mesa para organizaciones: traiga folletos en español. ¿Pueden
  enviar a alguien para explicar los programas de ayuda con la factura?
LAST-MODIFIED:{stamp:%Y%m%dT%H%M%SZ}
LOCATION:Columbus Junction Community School\\, 1114 Colton St\\, Columbus J
 unction\\, IA 52738
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria de Recursos Comunitarios
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    title = "Feria de Recursos Comunitarios"
    plain = (f"{title}\nsábado 29 de marzo de 2025 ⋅ 10:00 a. m. – 2:00 p. m.\nHora central - Chicago\n\n"
             "Ubicación\nColumbus Junction Community School, 1114 Colton St, Columbus Junction, IA 52738\n\n"
             "Mesa para organizaciones: traiga folletos en español. ¿Pueden enviar a alguien para explicar los "
             f"programas de ayuda con la factura?\n\nOrganizador\n{org[0]}\n{org[1]}\n\nRespuesta para {CC}\n"
             "Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=" + b64s(60).replace("/", "_") +
             "&rst=1\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
             "porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza la "
             "invitación.\n")
    htm = (f"<html><body><h2>{esc(title)}</h2><p>sábado 29 de marzo de 2025 ⋅ 10:00 a. m. – 2:00 p. m. (Hora central"
           " - Chicago)</p><p>Columbus Junction Community School, 1114 Colton St, Columbus Junction, IA 52738</p>"
           "<p>Mesa para organizaciones: traiga folletos en español.</p></body></html>\n")
    alt = f"000000000000{hexs(16)}"
    mix = f"000000000000{hexs(16)}"
    inner = multipart(alt, [leaf("text/plain", plain, "UTF-8", "quoted-printable", quote_cs=True),
                            leaf("text/html", htm, "UTF-8", "quoted-printable", quote_cs=True),
                            leaf("text/calendar", ics, "UTF-8", "7bit" if is_ascii(ics) else "quoted-printable",
                                 params="; method=REQUEST")])
    att = part_bytes([("Content-Type", 'application/ics; name="invite.ics"'),
                      ("Content-Disposition", 'attachment; filename="invite.ics"'),
                      ("Content-Transfer-Encoding", "base64")], b64(ics, "utf-8") + b"\r\n")
    body = multipart(mix, [part_bytes([("Content-Type", f'multipart/alternative; boundary="{alt}"')], inner), att])
    n = rng.randint(40, 99)
    host = f"mail-yw1-f{n}.google.com"
    pre = generic_pre(CC, f"3{alnum(20)}@calendar-server.bounces.google.com", s["utc"], host, f"209.85.128.{n}",
                      "google.com", sel="20230601")
    h = [("MIME-Version", "1.0"), ("Reply-To", addr(org[0], org[1])), ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Auto-Submitted", "auto-generated"), ("Message-ID", f"<calendar-{uuid(False)}@google.com>"),
         ("Date", rfc_date(s["utc"], "UTC")),
         ("Subject", hval(f"Invitación: {title} @ sáb 29 mar 2025 10am - 2pm (CDT) ({CC})")),
         ("From", addr(org[0], org[1])), ("To", CC),
         ("Content-Type", f'multipart/mixed; boundary="{mix}"')]
    return headers_bytes(pre + h) + b"\r\n" + body


@A("spam-gift-card", "phishing / spam", "powerhousecatalog", "en", "bulk spam kit", (27, 4, 33),
   note="English prize spam ('Congratulations! You have been selected'); its unsubscribe link is not a request")
def _(s):
    pre = spam_pre("powerhousecatalog", "premios@ganadores-semanales.info", s["utc"], "host-77-91-124-9.static.net",
                   "77.91.124.9", "ganadores-semanales.info")
    text = ("Congratulations!\n\nYour e-mail address has been selected to receive a $500 gift card you can use at "
            "any participating store.\n\nJust answer a 30-second survey and pay shipping ($1.95):\n"
            "http://ganadores-semanales.info/claim?c=PH2025\n\nOffer valid today only \u2013 don\u2019t miss out!\n\n"
            "To unsubscribe from these promotions click here: http://ganadores-semanales.info/unsub\n")
    h = [("From", "Weekly Winners <premios@ganadores-semanales.info>"), ("To", PH),
         ("Subject", hval("Congratulations! You\u2019ve been selected for a $500 gift card", "windows-1252")),
         ("Date", rfc_date(s["utc"], "UTC")), ("Message-ID", f"<{hexs(20)}.{digits(6)}@ganadores-semanales.info>"),
         ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=\"windows-1252\""),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return headers_bytes(pre + h) + b"\r\n" + qp(text, "windows-1252")


# --------------------------------------------------------------------------------------------------------------
# writing the set
# --------------------------------------------------------------------------------------------------------------
LABEL_ORDER = [MKT, SHARE, Q]


def answers_of(s: dict) -> str:
    if s["automated"]:
        return s["answers"]
    key = s.get("reply") or s.get("fwd") or s.get("answers") or s.get("irt")
    if not key:
        return "-"
    o = OUR[key]
    if o["kind"] == "ack":
        return "ack:" + o["subject"].split("[")[1].rstrip("]")
    return f"{o['kind']}:{key}" + (" (fwd)" if s.get("fwd") else "")


def ack_of(s: dict) -> str | None:
    if s["automated"] or s["ack"] is None:
        return None
    if s["ack"] == "reply_to":
        return s["frm"][1]
    return s["frm"][1]


def render(s: dict) -> bytes:
    if s["automated"]:
        return s["builder"](s)
    if s["client"] == "webform":
        return build_webform(s)
    return build_human(s)


def main() -> None:
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = sorted(SPECS, key=lambda x: x["utc"])
    manifest, index = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for i, s in enumerate(order, 1):
        name = f"{i:04d}.eml"
        raw = render(s)
        (OUT / name).write_bytes(raw)
        labels = [l for l in LABEL_ORDER if l in s["labels"]]
        manifest.append({"file": name, "mailbox": s["box"], "automated": s["automated"], "labels": labels,
                         "unclear": s["unclear"], "entities": {k: s["ent"][k] for k in ("name", "postal_code", "account")
                                                               if k in s["ent"]},
                         "note": s["note"], "ack_to": ack_of(s)})
        prog = s["program"] if s["automated"] else PROGRAM_NAME[s["client"]]
        t = local(s["utc"], s["zone"])
        index.append("\t".join([name, s["sid"], s["cat"], answers_of(s), s["lang"], prog,
                                t.strftime("%Y-%m-%dT%H:%M:%S") + tzstr(offset_min(s["zone"], s["utc"]))[:3] + ":" +
                                tzstr(offset_min(s["zone"], s["utc"]))[3:]]))
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in manifest),
                                        encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme(manifest, order), encoding="utf-8")
    print(f"wrote {len(order)} messages to {OUT}")


def readme(manifest: list[dict], order: list[dict]) -> str:
    n = len(manifest)
    boxes = Counter(r["mailbox"] for r in manifest)
    auto_by_box = Counter(r["mailbox"] for r in manifest if r["automated"])
    langs = Counter(s["lang"] for s in order)
    human = [r for r in manifest if not r["automated"]]

    def combo(r):
        if r["automated"]:
            return "(none) - automated"
        if r["unclear"]:
            return ("unclear + " + " + ".join(r["labels"])) if r["labels"] else "(none) - unclear"
        return " + ".join(r["labels"]) if r["labels"] else "(none) - human, nothing to do"
    combos = Counter(combo(r) for r in manifest)
    cats = Counter(s["cat"] for s in order)
    ents = Counter(k for r in manifest for k in r["entities"])
    lines = []
    w = lines.append
    w("# `bilingue`: a Spanish-dominant March of both privacy mailboxes")
    w("")
    w("**Brief.** One month (March 2025) of `customercare@` and `powerhousecatalog@` as a mostly Spanish-speaking "
      "customer base writes it: about 70% Spanish and 30% English, with code-switching, Spanish of Mexico, Guatemala, "
      "El Salvador, Puerto Rico, Colombia and Spain, phones without accents, voice dictation, all caps and older "
      "writers' formal letters; opt-outs, questions and unclear mail, replies and forwards over our Spanish and English "
      "mail; and the month's machines and not-a-request mail (Spanish out-of-office replies, Spanish bounces, phishing, "
      "a radio station, a newsletter, a parish bulletin, chat-app notifications).")
    w("")
    w("Labels follow `../shared/LABELS.md`; the manifest schema is the one of `../shared/corpus/README.md`. "
      "`python3 _generator/build.py` rebuilds every byte (seed %d); `python3 _generator/verify.py` checks the set." % SEED)
    w("")
    w("## Counts")
    w("")
    w(f"{n} messages: {len(human)} from people, {n - len(human)} automated (machines and not-a-request mail).")
    w("")
    w("| mailbox | messages | of which automated |")
    w("|---|---|---|")
    for b in ("customercare", "powerhousecatalog"):
        w(f"| `{b}` | {boxes[b]} | {auto_by_box[b]} |")
    w("")
    w("| language (index.tsv) | messages |")
    w("|---|---|")
    names = {"es": "Spanish", "en": "English", "es-en": "Spanish-dominant code-switching",
             "en-es": "English-dominant code-switching"}
    for k, v in sorted(langs.items(), key=lambda kv: -kv[1]):
        w(f"| {names.get(k, k)} (`{k}`) | {v} |")
    es_total = langs["es"] + langs["es-en"]
    w("")
    w(f"Spanish or Spanish-dominant: {es_total} ({100 * es_total / n:.0f}%); English or English-dominant: "
      f"{n - es_total} ({100 * (n - es_total) / n:.0f}%).")
    w("")
    w("| labels | messages |")
    w("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"| {k} | {v} |")
    w("")
    w("| label | messages carrying it |")
    w("|---|---|")
    for l in LABEL_ORDER:
        w(f"| `{l}` | {sum(l in r['labels'] for r in manifest)} |")
    w(f"| `unclear: true` | {sum(r['unclear'] for r in manifest)} |")
    w(f"| `automated: true` | {sum(r['automated'] for r in manifest)} |")
    w("")
    w("| category (index.tsv) | messages |")
    w("|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"| {k} | {v} |")
    w("")
    w(f"Entities: {sum(1 for r in manifest if r['entities'])} messages carry any; name {ents['name']}, "
      f"postal_code {ents['postal_code']}, account {ents['account']}. `ack_to` is set on "
      f"{sum(1 for r in manifest if r['ack_to'])} messages and null on {sum(1 for r in manifest if not r['ack_to'])}.")
    w("")
    w(README_BODY)
    return "\n".join(lines) + "\n"


README_BODY = """## What is in it

* **Our own mail of the month**, which the replies, forwards, bounces and auto-replies answer (index.tsv column
  `answers`): the English and Spanish spring promotions (March 4 and 5; the Spanish one asks for a reply with
  `BAJA`, its List-Unsubscribe mailto has `subject=BAJA`), the English and Spanish catalog e-mails (March 3, whose
  footer mentions list sharing), the Spanish and English newsletters (March 11), outage alerts after the March 15
  storm, bill-ready notices, payment reminders (service mail, with `Reply-To: customercare@`), and our automatic
  acknowledgements (`Recibimos su solicitud [PR-2025-03-NNNNN]`, `Message-ID: <ack.…>`, `Auto-Submitted: auto-replied`).
* **People**: postal and e-mail marketing opt-outs ("propaganda", "publicidad", "ofertas", "catalogs"), sharing
  opt-outs ("no compartan / no vendan / no cedan mis datos"), both, questions (factura, mudanza, descuentos,
  programa de ayuda, cómo darse de baja, por qué me llegó esto, copy of data, opting back in, how long an opt-out
  takes), opt-outs with questions, and unclear mail as it really comes.
* **Voices**: Mexican ("nomás", "ahorita"), Guatemalan ("fíjese que", "pedirles de favor"), Salvadoran, Puerto Rican
  (code-switching, "bendiciones"), Colombian ("qué pena con ustedes", "sumercé", "comedidamente", "Quedo atenta") and
  peninsular Spanish ("vosotros", "Muy señores míos", "no autorizo la cesión"); phones without accents or ñ, voice
  dictation (a literal "punto", split words "a tálogos", "con partan"), ALL CAPS, formal letters ("Por medio de la
  presente…"), one request only in the subject.
* **Programs**: Gmail web/Android/iOS, iPhone Mail (several iOS builds, one quoted BOM), Outlook.com, Outlook for
  iOS/Android, Mail for Windows, Outlook 16 desktop (Word HTML, iso-8859-1), Yahoo web/Android, AOL, Samsung Email
  (base64), Thunderbird and Roundcube (format=flowed, 8bit), Apple Mail, Open-Xchange; our Spanish contact form
  relayed from `noreply@` with the customer in Reply-To; Gmail's and Outlook.com's unsubscribe buttons and an
  inbox-cleaning service. Spanish quote headers of each program ("El mié, 5 mar 2025 a las 10:00, … escribió:",
  "De: / Enviado el: / Para: / Asunto:", "-------- Mensaje original --------", "En miércoles, 5 de marzo…").
* **Machines and not-a-request mail** (automated): Spanish out-of-office replies with Auto-Submitted (Exchange,
  Gmail vacation, Zimbra) and without it (an Outlook rule, a bilingual school liaison, "Este buzón ya no es
  revisado"), one English; bounces in Spanish from Exchange Online, Movistar (Postfix), a Mexican ISP, a Colombian
  Exim ("buzón lleno"), a Salvadoran Sendmail, a Guatemalan Postfix bouncing our own acknowledgement, an Exchange
  delay notice, and an old English qmail bounce without MIME; Spanish phishing ("su cuenta será suspendida",
  a mailbox-quota lure, a refund lure) and prize spam; a Spanish-language radio station selling ads; an English
  multicultural-marketing pitch; a translation vendor's portal notice; a community centre's Mailchimp newsletter;
  a bilingual parish bulletin; a Google Groups post; a Google Calendar invitation; two chat-app notifications;
  English and Spanish read receipts.

## Judgement calls (and the LABELS.md passage behind each)

* **Entity key `account`.** The house brief for writers names the key `account_number`, but LABELS.md, the
  manifest schema in `../shared/corpus/README.md` and the scorer (`intake/decide/evaluate.py` reads
  `entities["account"]`) all use `account`. This set uses `account` so that its account numbers are scored.
* **"BAJA" / "STOP" / "Unsubscribe" under a promotion or catalog e-mail** are marketing opt-outs; **"ALTO" under an
  outage alert, "I don't want these anymore" under a bill notice, "YA BASTA" under our acknowledgement** are unclear.
  *"Short replies take their meaning from what they answer… The same word under a service message (outage alert,
  bill notice, payment reminder, our own acknowledgement) is not a marketing opt-out: unclear."*
* **"ya no", "quítenme porfa", "Opt me out."** with nothing that says of what are unclear, even "quítenme" sent to
  the catalog mailbox. *"No object, no context… unclear, whichever mailbox received it (the mailbox is a hint, not an
  instruction)."* By contrast "bórrenme de su lista de correo" names its object and is a marketing opt-out.
* **"Bórrenme de todo. No quiero que tengan nada mío"** is read as a request to delete everything: unclear plus
  `question`. *"A request to delete everything is unclear plus question."* It is the only unclear row with a label.
* **A daughter writing for her mother, and a daughter about her late father's catalogs** are unclear; entities name
  the mother and the father. *"On behalf of someone else (a spouse, a deceased parent, a tenant): unclear unless the
  writer clearly has the standing… Entities then name the person the request is for."* A wife writing for her own
  household ("Somos la familia Guzmán… ni a mí ni a mi esposo") and a couple signing together are not on-behalf
  cases: *"the account holder writing about the household is fine"*.
* **Taking it back** ("mejor sí mándenlo… o no sé, mejor nada de nada") is unclear: *"Mixed or self-contradicting
  wishes are unclear."* **Asking again without saying what** ("lo que les pedí hace un mes") is unclear:
  *"Reference to earlier mail without saying what… unclear."* But "I opted out in January… Take me off the list
  again" says what, so it is a marketing opt-out plus a question (the complaint).
* **"¿Cómo hago para darme de baja?"** is a question only; **"¿Podéis darme de baja?"** and **"¿Podéis
  encargaros?"** are the request in question form (opt-out only); **"how long does it take…?"** is a question only.
  *"A question about how to opt out… is a question only… A question that is the request in question form… is the
  opt-out."*
* **Channel limits**: "I don't want the catalog emails anymore… the paper catalog you can keep sending" is
  `marketing_opt_out`; "keep sending
  the catalog, don't share my name" is `catalog_share_opt_out` only. *"Channel limits are kept."*
* **Asking with whom the name was shared** is a question, not a sharing opt-out; **a copy of my data** is a clear
  question; **putting me back on the catalog list** is a question and the old removal it mentions is not an opt-out.
  *"Data requests… Opting back in… is a question."*
* **A reply to our English acknowledgement asking for it in Spanish** is a question (it asks for something);
  **"Muchas gracias… Dios los bendiga" and "Thank you!" under an acknowledgement** carry no labels, are not unclear,
  and get `ack_to: null`. *"null when… no answer is due (a thank-you, any reply to our own acknowledgement that asks
  for nothing)."*
* **Unsubscribe buttons**: Gmail's (Spanish text, subject `BAJA`) and Outlook.com's (empty body) are people's
  marketing opt-outs answered at From; the inbox-cleaning service's message carries `Auto-Submitted:
  auto-generated`, so it keeps `marketing_opt_out` with `ack_to: null`. *"Software that unsubscribes for a person…
  automated = false, marketing_opt_out, and ack_to = null when the message carries Auto-Submitted."*
* **Headerless auto-replies** (an Outlook rule, a bilingual school canned reply, "este buzón ya no es revisado")
  are automated. *"Headerless auto-replies… without Auto-Submitted: automated = true."* The Gmail vacation reply to
  our own acknowledgement is automated too (a loop trap).
* **Not a request though a person or company wrote it**: the radio station's ad pitch (its footer says "responda
  BAJA"), the marketing agency's pitch (talks about unsubscribes and suppression lists), the translation vendor's
  notice (quotes our sharing footer), the Google Groups post (footer "anular la suscripción"), the calendar
  invitation, the newsletter and bulletin, phishing and spam: automated, no labels, `ack_to: null`. *"Not a request
  at all, though a person or company wrote it… automated = true, no labels, ack_to = null, even when the text uses
  words like 'opt-out', 'suppression' or 'do not share'."*
* **Whose words count**: quoted and forwarded text of ours never adds a label or an entity (our ZIP 53718 and the
  catalog's P.O. Box ZIP 52406 in quoted footers; the `****2290` in a quoted bill). "No compartan mi nombre, como
  dice abajo" gets its label from the sender's own sentence. *"Only the sender's own new text… Quoted,
  forwarded-from-us or footer text is never the sender's request."*
* **Acknowledgement address**: our contact-form relay (`From: noreply@alliantenergy.com`) is answered at the
  customer's Reply-To. *"Reply-To when From is a relay, no-reply or role address."* Unclear rows keep the address
  they would get after review.
* **Entities** are kept exactly as written: first names alone count ("Luis", "Griselda", "Nuria", "Pilar",
  "Juliana", "Renee", "Dwayne", "Andrés Felipe"), ALL-CAPS names stay in capitals, the widow's "María de la Luz
  Cárdenas viuda de Ibarra" is taken from her own sentence, a couple stays joint ("Bev and Leon Schaefer"), account
  numbers keep their grouping ("3381 0094 52", "55012 83746", "4410-2287-35"), catalog customer numbers count as
  accounts ("PH 2290331", "00418827", and `00562019` from "CLIENTE 00562019"). Names that appear only in From headers
  are not entities; phone numbers, order amounts and our own quoted ZIPs never are. *"Entities are only what the
  sender wrote in the new text or signature… a first name alone counts… account number as written."*
* **List mail reaches the mailbox as a Bcc.** The Google Groups post is addressed to the group, not to
  `customercare@`; the mailbox is known from Delivered-To. `verify.py` allows a To without the mailbox only for mail
  carrying List-Id.
* **Outage question vs. outage "ALTO"**: the customer asking when the power comes back under the outage alert is a
  question (it needs a person); the one-word "ALTO" under the same alert is unclear.
"""


if __name__ == "__main__":
    main()
