"""Byte-level helpers for the outlook set: dates, encodings, MIME assembly, transport traces.

Everything random comes from the one seeded generator R, called in a fixed order, so a rebuild is byte-identical.
"""
from __future__ import annotations

import base64
import hashlib
import html
import random
import re
import struct
import zlib
from datetime import datetime, timedelta, timezone

R = random.Random(20260317)

CST = timezone(timedelta(hours=-6), "CST")
CDT = timezone(timedelta(hours=-5), "CDT")
UTC = timezone.utc
DST_START = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)  # 2 a.m. CST on the second Sunday of March 2026

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
NNBSP = "\u202f"


# --- time ----------------------------------------------------------------------------------------------------------

def central(s: str, sec: int | None = None) -> datetime:
    """'2026-01-13 09:02' read as Central time (CST or CDT as the date requires)."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M")
    if sec is None:
        sec = R.randrange(0, 60)
    naive = naive.replace(second=sec)
    as_cst = naive.replace(tzinfo=CST)
    if as_cst >= DST_START:
        return naive.replace(tzinfo=CDT)
    return as_cst


def local(d: datetime) -> datetime:
    u = d.astimezone(UTC)
    return u.astimezone(CDT if u >= DST_START else CST)


def rfc_date(d: datetime, utc: bool = False, comment: bool = False) -> str:
    if utc:
        d = d.astimezone(UTC)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} {d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    if comment:
        s += " (UTC)" if utc else f" ({d.tzname()})"
    return s


def h12(d: datetime, secs: bool = False, sep: str = " ", low: bool = False) -> str:
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if low:
        ampm = ampm.lower()
    return f"{hour}:{d:%M}{':%02d' % d.second if secs else ''}{sep}{ampm}"


def outlook_long(d: datetime) -> str:          # Tuesday, January 13, 2026 9:02 AM
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)}"


def outlook_long_es(d: datetime) -> str:       # martes, 13 de enero de 2026 9:02
    return f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.hour}:{d:%M}"


def tzname(d: datetime) -> str:
    return local(d).tzname()


# --- ids -------------------------------------------------------------------------------------------------------------

def hexs(n: int, upper: bool = False) -> str:
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def b64junk(n: int) -> str:
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def uuid_upper() -> str:
    h = hexs(32, True)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def queue_id() -> str:
    return "4" + alnum(1, "bcdfghjkl") + alnum(1, "BCDFGHJKLMNPQRSTVWXYZ") + alnum(11, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def exo_server(region: str = "namprd") -> str:
    pre = R.choice(["SA1PR", "CH3PR", "BY5PR", "DM6PR", "MN2PR", "PH0PR", "SJ0PR", "IA1PR", "DS7PR", "BL1PR"])
    num = f"{R.randrange(1, 20):02d}"
    return f"{pre}{num}MB{R.randrange(1000, 9999)}", f"{region}{num}"


def exo_msgid() -> tuple[str, str]:
    host, reg = exo_server()
    left = host + hexs(20, True)
    return f"<{left}@{host}.{reg}.prod.outlook.com>", host


def thread_index() -> str:
    return base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()


# --- encodings -------------------------------------------------------------------------------------------------------

def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text: str, charset: str = "utf-8") -> bytes:
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        raw = line.encode(charset)
        toks: list[str] = []
        for i, c in enumerate(raw):
            last = i == len(raw) - 1
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and not last):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def needs_qp(text: str) -> bool:
    return any(ord(c) > 126 for c in text) or any(len(l) > 76 for l in text.split("\n"))


def ew(s: str, charset: str = "utf-8", mode: str = "Q") -> str:
    """RFC 2047 encoded words for a header value (split so each word stays under 76 chars)."""
    if all(32 <= ord(c) < 127 for c in s):
        return s
    words: list[str] = []
    if mode == "B":
        chunk = ""
        for ch in s:
            if len(base64.b64encode((chunk + ch).encode(charset))) > 40:
                words.append(f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode()}?=")
                chunk = ""
            chunk += ch
        if chunk:
            words.append(f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode()}?=")
        return "\r\n ".join(words)
    cur = ""
    prefix = f"=?{charset}?Q?"
    for ch in s:
        if ch == " ":
            t = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            t = ch
        else:
            t = "".join("=%02X" % b for b in ch.encode(charset))
        if len(prefix) + len(cur) + len(t) + 2 > 74:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += t
    words.append(prefix + cur + "?=")
    return "\r\n ".join(words)


def addr(name: str | None, email: str, charset: str = "utf-8", quote_always: bool = False) -> str:
    if not name:
        return email
    if not name.isascii():
        return f"{ew(name, charset)} <{email}>"
    if quote_always or any(c in name for c in ',.;:@()<>[]"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def fold(name: str, value: str, width: int = 78) -> str:
    """Fold a header at spaces (values already containing CRLF are left alone)."""
    line = f"{name}: {value}"
    if "\r\n" in value or len(line) <= width:
        return line
    words = line.split(" ")
    lines: list[str] = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def linkify(s: str) -> str:
    s = esc(s)
    return re.sub(r"(https?://[^\s<>&]+)", r'<a href="\1">\1</a>', s)


# --- MIME ------------------------------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def bytes(self) -> bytes:
        return ("\r\n".join(self.headers) + "\r\n\r\n").encode("ascii") + self.body


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None,
              params: str = "", extra: list[str] | None = None, quote_charset: bool = True,
              order: str = "ct-first") -> Part:
    text = text.replace("\r\n", "\n")
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(crlf(text).encode(charset))
    else:
        body = crlf(text).encode(charset)
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"Content-Type: text/{subtype}; charset={cs}{params}"
    hs = [ct, f"Content-Transfer-Encoding: {cte}"]
    if order == "cte-first":
        hs.reverse()
    return Part(hs + (extra or []), body)


def binary_part(data: bytes, ctype: str, extra: list[str]) -> Part:
    return Part([f"Content-Type: {ctype}"] + extra + ["Content-Transfer-Encoding: base64"], b64(data))


def multipart(subtype: str, parts: list[Part], boundary: str, params: str = "", preamble: str = "",
              extra: list[str] | None = None, quote_boundary: bool = True) -> Part:
    bq = f'"{boundary}"' if quote_boundary else boundary
    hs = [f"Content-Type: multipart/{subtype};{' ' if len(subtype) < 12 else chr(13) + chr(10) + chr(9)}boundary={bq}{params}"]
    hs += extra or []
    chunks = []
    if preamble:
        chunks.append(crlf(preamble).encode() + b"\r\n\r\n")
    for p in parts:
        chunks.append(f"--{boundary}\r\n".encode() + p.bytes() + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return Part(hs, b"".join(chunks))


def message(headers: list[str], part: Part, mime_version: str | None = "MIME-Version: 1.0",
            mv_position: int | None = None) -> bytes:
    hs = list(headers)
    if mime_version:
        if mv_position is None:
            hs.append(mime_version)
        else:
            hs.insert(mv_position, mime_version)
    hs += part.headers
    raw = ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + part.body
    return raw


def tiny_png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_jpeg_like(seed: str, n: int = 900) -> bytes:
    """Stand-in bytes for a photo/screenshot attachment (JFIF header, deterministic filler)."""
    h = hashlib.sha256(seed.encode()).digest()
    filler = (h * (n // len(h) + 1))[:n]
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + filler + b"\xff\xd9"


# --- transport trace -------------------------------------------------------------------------------------------------

MX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def our_hops(mailbox: str, arrive: datetime, relay_helo: str, relay_rdns: str, relay_ip: str,
             envelope_from: str, auth: str | None, tls: bool = True) -> list[str]:
    rcpt = MX[mailbox]
    t2 = local(arrive)
    t1 = local(arrive - timedelta(seconds=R.randrange(1, 3)))
    qid1, qid2 = queue_id(), queue_id()
    hs = [f"Return-Path: <{envelope_from}>", f"Delivered-To: {rcpt}",
          "Received: from mx1.alliant-energy.com (mx1.alliant-energy.com [10.40.2.11])\r\n"
          f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid2}\r\n"
          f"\tfor <{rcpt}>; {rfc_date(t2, comment=True)}"]
    if auth:
        hs.append(auth)
    tls_txt = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
               "\t(No client certificate requested)") if tls else ""
    hs.append(f"Received: from {relay_helo} ({relay_rdns} [{relay_ip}]){tls_txt}\r\n"
              f"\tby mx1.alliant-energy.com (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {qid1}\r\n"
              f"\tfor <{rcpt}>; {rfc_date(t1, comment=True)}")
    return hs


def auth_results(dkim_domain: str | None, mailfrom: str, ip: str, dmarc_domain: str, dmarc_policy: str = "NONE",
                 spf: str = "pass", dkim: str = "pass", dmarc: str = "pass") -> str:
    parts = ["Authentication-Results: mx1.alliant-energy.com;"]
    if dkim_domain:
        parts.append(f"\tdkim={dkim} ({'2048-bit key; ' if dkim == 'pass' else ''}unprotected) header.d={dkim_domain} "
                     f"header.i=@{dkim_domain} header.b=\"{alnum(8)}\";")
    else:
        parts.append("\tdkim=none;")
    dom = mailfrom.split("@")[-1] if mailfrom else "unknown"
    parts.append(f"\tspf={spf} (mx1.alliant-energy.com: domain of {mailfrom or 'postmaster@' + dom} "
                 f"designates {ip} as permitted sender) smtp.mailfrom={mailfrom or dom};")
    parts.append(f"\tdmarc={dmarc} (p={dmarc_policy} dis=NONE) header.from={dmarc_domain}")
    return "\r\n".join(parts)


def dkim_sig(domain: str, selector: str, hdrs: str, algo: str = "rsa-sha256") -> str:
    bh = b64junk(32)
    b = b64junk(256)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f"DKIM-Signature: v=1; a={algo}; c=relaxed/relaxed; d={domain}; s={selector};\r\n"
            f"\th={hdrs};\r\n\tbh={bh};\r\n\tb=" + "\r\n\t ".join(bl))


class Trace:
    """The Received chain and provider headers for one sending service."""

    def __init__(self, provider: str, sender: str, mailbox: str, sent: datetime, corp_domain: str | None = None,
                 mid: str | None = None):
        self.mid = mid
        self.provider = provider
        self.sender = sender
        self.mailbox = mailbox
        self.sent = sent
        self.corp = corp_domain or sender.split("@")[1]

    def headers(self, envelope_from: str | None = None) -> list[str]:
        p = self.provider
        env = self.sender if envelope_from is None else envelope_from
        dom = self.sender.split("@")[1]
        arrive = self.sent + timedelta(seconds=R.randrange(2, 9))
        if p == "gmail":
            kind = R.choice(["yw1", "qt1", "ot1", "pl1", "oi1", "lf1", "qk1"])
            n = R.randrange(40, 240)
            ip = f"209.85.{R.choice([128, 160, 167, 208, 210, 214, 219, 222])}.{n}"
            host = f"mail-{kind}-f{n}.google.com"
            gd = "gmail.com" if dom == "gmail.com" else dom
            hs = our_hops(self.mailbox, arrive, host, host, ip, env,
                          auth_results(gd, env, ip, gd, "NONE"))
            hs.append(dkim_sig(gd, "20230601" if gd == "gmail.com" else "google",
                               "to:subject:message-id:date:from:in-reply-to:references\r\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to"))
            hs.append(f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td=1e100.net; s=20230601; t={int(self.sent.timestamp())}; x={int(self.sent.timestamp()) + 604800};\r\n\tbh={b64junk(32)};\r\n\tb={b64junk(60)}")
            hs.append(f"X-Gm-Message-State: AOJu0Y{alnum(60)}\r\n\t{alnum(40)}==")
            hs.append(f"X-Google-Smtp-Source: AGHT+I{alnum(70)}\r\n\t{alnum(20)}==")
            hs.append(f"X-Received: by 2002:a05:{hexs(4)}:{hexs(3)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(14)}-{hexs(12)}.{R.randrange(1, 30)}.{R.randrange(100000, 9999999)};\r\n"
                      f"        {rfc_date(self.sent.astimezone(timezone(timedelta(hours=-8))))} (PST)")
            return hs
        if p in ("outlookcom", "exo"):
            reg = R.choice(["NAM12", "NAM10", "NAM11", "NAM04", "NAM02"])
            dc = R.choice(["MW2", "DM6", "BN8", "CO1", "BN1", "SN4", "CH3"])
            if p == "outlookcom":
                ip = f"40.92.{R.randrange(16, 63)}.{R.randrange(10, 250)}"
                rdns = f"mail-{dc.lower()}{reg.lower()}olkn20{R.randrange(10, 99)}.outbound.protection.outlook.com"
                ddom = "outlook.com" if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com") else dom
                auth = auth_results(dom, env, ip, dom, "NONE")
                sel = "selector1"
            else:
                ip = f"{R.choice(['40.107', '52.101', '52.100'])}.{R.randrange(1, 250)}.{R.randrange(10, 250)}"
                rdns = f"mail-{dc.lower()}{reg.lower()}on20{R.randrange(40, 99)}.outbound.protection.outlook.com"
                ddom = dom
                auth = auth_results(dom, env, ip, dom, R.choice(["QUARANTINE", "REJECT", "NONE"]))
                sel = "selector2"
            helo = f"{reg}-{dc}-obe.outbound.protection.outlook.com"
            hs = our_hops(self.mailbox, arrive, helo, rdns, ip, env, auth)
            hs.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b={b64junk(180)[:78]}\r\n {b64junk(120)[:78]}")
            hs.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh={b64junk(32)};\r\n b={b64junk(120)[:78]}")
            hs.append(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
            sig = "selector1-" + ddom.replace(".", "-") + "01b" if p == "exo" else "selector1"
            hs.append(dkim_sig(ddom, sel if p == "outlookcom" else "selector2",
                               "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
            if getattr(self, "mid", None):
                dom = self.mid.strip("<>").split("@")[1].split(".")
                a, reg1 = dom[0], dom[1]
            else:
                a, reg1 = exo_server()
            b, reg2 = exo_server()
            u = self.sent.astimezone(UTC)
            hs.append(f"Received: from {a}.{reg1}.prod.outlook.com (2603:10b6:{hexs(3)}:{hexs(3)}::{R.randrange(5, 20)})\r\n"
                      f" by {b}.{reg2}.prod.outlook.com (2603:10b6:{hexs(3)}:{hexs(2)}::{R.randrange(5, 20)}) with Microsoft SMTP\r\n"
                      f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
                      f" 15.20.{R.randrange(9100, 9400)}.{R.randrange(5, 30)}; {rfc_date(u + timedelta(seconds=1))}")
            hs.append(f"Received: from {a}.{reg1}.prod.outlook.com\r\n ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}]) by {a}.{reg1}.prod.outlook.com\r\n"
                      f" ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}%7]) with mapi id 15.20.{R.randrange(9100, 9400)}.{R.randrange(5, 30)}; {rfc_date(u)}")
            self.exo_host = a
            return hs
        if p in ("yahoo", "aol"):
            ydom = "yahoo.com" if p == "yahoo" else "aol.com"
            dc = R.choice(["ne1", "gq1", "bf2"])
            n = R.randrange(301, 330)
            ip = {"ne1": f"66.163.{R.randrange(184, 191)}.{R.randrange(10, 250)}",
                  "gq1": f"98.137.{R.randrange(64, 69)}.{R.randrange(10, 250)}",
                  "bf2": f"74.6.{R.randrange(128, 135)}.{R.randrange(10, 250)}"}[dc]
            host = f"sonic{n}-{R.randrange(1, 40)}.consmr.mail.{dc}.yahoo.com"
            hs = our_hops(self.mailbox, arrive, host, host, ip, env,
                          auth_results(ydom, env, ip, ydom, "REJECT"))
            hs.append(dkim_sig(ydom, "s2048" if p == "yahoo" else "a2048",
                               "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To"))
            hs.append(f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d={ydom}; s=s2048;\r\n\tbh={b64junk(32)};\r\n\tb={b64junk(60)}")
            hs.append(f"X-YMail-OSG: {alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._')}\r\n {alnum(70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._')}")
            hs.append(f"X-Sonic-MF: <{self.sender}>")
            hs.append(f"X-Sonic-ID: {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}")
            hs.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {rfc_date(self.sent, utc=True)}")
            return hs
        if p == "icloud":
            host = f"{R.choice(['st43p00im', 'pv50p00im', 'qs51p00im', 'ms11p00im'])}-ztdg{R.randrange(10010000, 10109999)}.me.com"
            ip = f"17.58.{R.randrange(6, 63)}.{R.randrange(10, 250)}"
            hs = our_hops(self.mailbox, arrive, host, host, ip, env,
                          auth_results("icloud.com", env, ip, "icloud.com", "QUARANTINE"))
            hs.append(dkim_sig("icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:To:From"))
            hs.append(f"Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n"
                      f"\tby {host} (Postfix) with ESMTPSA id {hexs(10).upper()}\r\n\tfor <{MX[self.mailbox]}>; {rfc_date(self.sent.astimezone(UTC))}")
            return hs
        if p == "comcast":
            host = f"resomta-h2p-{R.randrange(554000, 555999)}.sys.comcast.net"
            ip = f"96.102.{R.randrange(1, 20)}.{R.randrange(10, 250)}"
            hs = our_hops(self.mailbox, arrive, host, host, ip, env,
                          auth_results("comcast.net", env, ip, "comcast.net", "NONE"))
            hs.append(dkim_sig("comcast.net", "20190202a", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"))
            hs.append(f"Received: from oxapp-hoa-{R.randrange(10, 99)}a.email.comcast.net ([96.118.{R.randrange(1, 200)}.{R.randrange(1, 250)}])\r\n"
                      f"\tby resomta-h2p-{R.randrange(554000, 555999)}.sys.comcast.net with ESMTP\r\n\tid {alnum(14)}; {rfc_date(self.sent.astimezone(UTC))}")
            hs.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvfedrvddtgddufeejucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuegftifdpucgfpgfnpdfqfgfvnecuuegrihhlohhuthemuceftddtnecu")
            return hs
        if p == "generic":   # a small business host (cPanel/Exim)
            host = f"box{R.randrange(2000, 6999)}.bluehost.com"
            ip = f"162.241.{R.randrange(1, 250)}.{R.randrange(10, 250)}"
            hs = our_hops(self.mailbox, arrive, host, f"{host}", ip, env,
                          auth_results(dom, env, ip, dom, "NONE"))
            hs.append(dkim_sig(dom, "default", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From"))
            return hs
        raise ValueError(p)
