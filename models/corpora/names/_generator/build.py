#!/usr/bin/env python3
"""Build the 'names' set: 120 .eml files, manifest.jsonl and index.tsv, byte-identical on every run (fixed seed).

    python3 _generator/build.py
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import mailer as M  # noqa: E402
import ours  # noqa: E402
from specs_en import SPECS as SPECS_EN  # noqa: E402
from specs_es import SPECS as SPECS_ES  # noqa: E402
from specs_machines import MAKERS, SPECS as SPECS_MACHINES  # noqa: E402

SEED = 20250602
CRLF = M.CRLF
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


# ----------------------------------------------------------------------------------------------- helpers
def local_dt(spec: dict) -> datetime:
    tz = timezone(timedelta(hours=spec.get("tz", -5)))
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=spec.get("sec", 0))


date_hdr = M.date_hdr


def uuid_from(rng: M.Rng, upper: bool = True) -> str:
    u = str(uuid.UUID(int=rng.r.getrandbits(128), version=4))
    return u.upper() if upper else u


def msgid_for(client: str, rng: M.Rng, addr: str, dt: datetime) -> str:
    dom = addr.rsplit("@", 1)[1]
    if client in ("gmail", "gmail_android", "gmail_unsub"):
        return f"<CA{rng.alnum(1, 'BDEFGHJKLMNOPQRSTUVWXYZ')}{rng.alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>"
    if client in ("iphone", "apple"):
        return f"<{uuid_from(rng)}@{dom}>"
    if client in ("outlook", "outlook_com", "outlook_mobile", "outlook_unsub"):
        host = rng.choice(["SN4PR", "BN8PR", "DM6PR", "CH3PR", "MN2PR", "PH0PR", "BL1PR", "SA1PR"]) + f"{rng.num(10, 19)}MB{rng.num(1000, 9999)}"
        return f"<{host}{rng.hex(32, True)}@{host}.namprd{rng.num(10, 19)}.prod.outlook.com>"
    if client in ("yahoo", "aol"):
        return f"<{rng.num(100000000, 999999999)}.{rng.num(1000000, 9999999)}.{int(dt.timestamp()) * 1000 + rng.num(0, 999)}@mail.yahoo.com>"
    if client == "thunderbird":
        return f"<{uuid_from(rng, False)}@{dom}>"
    if client == "samsung":
        return f"<{rng.hex(8)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(12)}@email.android.com>"
    if client == "zimbra":
        return f"<{rng.num(100000000, 999999999)}.{rng.num(1000000, 9999999)}.{int(dt.timestamp()) * 1000}.JavaMail.zimbra@{dom}>"
    return f"<{rng.hex(16)}.{int(dt.timestamp())}@{dom}>"


def to_header(spec: dict, client: str) -> str:
    if spec.get("to"):
        return spec["to"]
    a = M.MAILBOX_ADDR[spec["mailbox"]]
    if client in ("outlook", "outlook_com", "outlook_mobile"):
        return f'"{a}" <{a}>'
    if client in ("yahoo", "aol"):
        return f'"{a}" <{a}>'
    return a


# ----------------------------------------------------------------------------------------------- texts
def reply_pieces(spec: dict, client: str) -> dict:
    """new text, quote attribution, quoted text (plain) for replies and forwards."""
    new = spec["text"]
    if not new.endswith("\n"):
        new += "\n"
    r = spec.get("reply") or spec.get("fwd")
    if not r:
        return {"new": new, "head": "", "quoted": "", "subject": spec["subject"], "key": None}
    key, style = r
    head, quoted = ours.quote(key, style, spec.get("first", "there"))
    me = M.addr(spec["frm"][0], spec["frm"][1]) if spec["frm"][0] and M.is_ascii(spec["frm"][0]) else spec["frm"][1]
    head = head.replace("{me}", me)
    subj = spec.get("subject") or ((("Fwd: " if spec.get("fwd") else ("RE: " if client.startswith("outlook") else "Re: ")))
                                   + ours.OURS[key]["subject"])
    return {"new": new, "head": head, "quoted": quoted, "subject": subj, "key": key}


def plain_with_quote(p: dict, client: str, fwd: bool) -> str:
    new, head, q = p["new"], p["head"], p["quoted"]
    if not head:
        return new
    if client in ("gmail", "gmail_android"):
        if fwd:
            return new + "\n" + head + "\n\n\n" + q + "\n"
        return new + "\n" + head + "\n\n" + q + "\n"
    if client == "iphone":
        return new + "\n" + "\n".join(["> " + head, ">"] + [l for l in q.split("\n")]) + "\n"
    if client in ("outlook", "outlook_com", "outlook_mobile"):
        sep = "________________________________\n" if client != "outlook" else ""
        return new + "\n" + sep + head + "\n\n" + q + "\n"
    if client in ("yahoo", "aol") and fwd:
        return new + "\n\n\n" + head + "\n\n" + q + "\n"
    if client in ("yahoo", "aol"):
        return new + "\n\n    " + head + "  \n\n" + q + "\n"
    if client == "thunderbird":
        return new + "\n" + head + "\n" + q + "\n"
    if client == "samsung":
        return new + "\n\n\n" + head + "\n\n" + q + "\n"
    return new + "\n" + head + "\n" + q + "\n"


# ----------------------------------------------------------------------------------------------- composers
def compose(spec: dict, rng: M.Rng) -> bytes:
    if spec["client"] == "raw":
        return compose_raw(spec, rng)
    if spec["client"] == "gmail_unsub":
        return compose_gmail_unsub(spec, rng)
    client = spec["client"]
    name, address = spec["frm"]
    dt = local_dt(spec)
    provider = M.provider_of(address, spec.get("provider"))
    dom = address.rsplit("@", 1)[1]
    fwd = bool(spec.get("fwd"))
    p = reply_pieces(spec, client)
    plain = plain_with_quote(p, client, fwd)
    key = p["key"]
    subject = p["subject"]
    mid = spec.get("msgid") or msgid_for(client, rng, address, dt)
    charset = spec.get("charset", "utf-8")
    rcpt = M.MAILBOX_ADDR[spec["mailbox"]]

    hdr_from = M.addr(name, address, charset, "Q" if client.startswith("outlook") else "B")
    subj_h = M.ew(subject, "utf-8", "Q" if client.startswith("outlook") else "B") if subject else ""
    threading = []
    if key and not fwd:
        threading = [f"In-Reply-To: {ours.OURS[key]['msgid']}", f"References: {ours.OURS[key]['msgid']}"]
    reply_to = [f"Reply-To: {M.addr(*spec['reply_to'])}"] if spec.get("reply_to") else []
    extra = list(spec.get("extra", []))

    body_headers: list[str]
    body: str
    atts = spec.get("attach") or []

    if client in ("gmail", "gmail_android"):
        b = "000000000000" + rng.hex(12)
        tp = M.text_part(plain, "utf-8", None)
        hp = M.text_part(M.html_gmail(p["new"], p["head"], p["quoted"] if not fwd else p["quoted"]), "utf-8",
                         None if M.is_ascii(plain) else "quoted-printable", "text/html")
        if not M.is_ascii(plain) or any(len(l) > 76 for l in M.html_gmail(p["new"], p["head"], p["quoted"]).split("\n")):
            hp = M.text_part(M.html_gmail(p["new"], p["head"], p["quoted"]), "utf-8", "quoted-printable", "text/html")
        bh, body = M.multipart("alternative", b, [tp, hp])
        if atts:
            b2 = "000000000000" + rng.hex(12)
            parts = [(bh, body)] + [M.attachment(*a) for a in atts]
            bh, body = M.multipart("mixed", b2, parts)
        client_h = ["MIME-Version: 1.0"] + threading + [f"From: {hdr_from}"] + reply_to + [
            f"Date: {date_hdr(dt)}", f"Message-ID: {mid}", f"Subject: {subj_h}", f"To: {to_header(spec, client)}"] + extra + bh
    elif client == "iphone":
        tp_h, body = M.text_part(plain, "utf-8", None, lower_cs=True, quote_charset=False)
        tp_h = [h.replace('charset="utf-8"', "charset=utf-8") for h in tp_h]
        client_h = tp_h + [f"From: {hdr_from}", "Mime-Version: 1.0 (1.0)", f"Date: {date_hdr(dt)}",
                           f"Subject: {subj_h}"] + threading + [f"Message-Id: {mid}"] + reply_to + [
            f"To: {to_header(spec, client)}"] + extra + [f"X-Mailer: iPhone Mail ({spec.get('ios', '22F76')})"]
    elif client == "apple":
        b = f"Apple-Mail={uuid_from(rng)}"
        tp = M.text_part(plain, "utf-8", "quoted-printable", lower_cs=True, quote_charset=False)
        hp = M.text_part(M.html_plainish(p["new"], p["quoted"], p["head"], "apple"), "utf-8", "quoted-printable", "text/html",
                         lower_cs=True, quote_charset=False)
        bh, body = M.multipart("alternative", b, [tp, hp])
        if atts:
            b2 = f"Apple-Mail={uuid_from(rng)}"
            parts = [(bh, body)] + [M.attachment(*a) for a in atts]
            bh, body = M.multipart("mixed", b2, parts)
        client_h = [f"From: {hdr_from}"] + bh + ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
                                                f"Subject: {subj_h}"] + threading + [
            f"Message-Id: {mid}"] + reply_to + [f"Date: {date_hdr(dt)}", f"To: {to_header(spec, client)}"] + extra + [
            "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    elif client == "outlook" and provider not in ("msft", "m365"):
        # Outlook for Windows sending through an ISP's SMTP server (POP/IMAP account): no Exchange headers
        stamp = f"01DB{rng.hex(4, True)}.{rng.hex(8, True)}"
        mid = spec.get("msgid") or f"<000001db{rng.hex(4)}${rng.hex(8)}${rng.hex(8)}$@{dom}>"
        b = f"----=_NextPart_000_0001_{stamp}"
        cs = charset if charset != "utf-8" else ("us-ascii" if M.is_ascii(plain) else "utf-8")
        tp = M.text_part(plain, cs, "quoted-printable")
        qb = (p["head"] + "\n\n" + p["quoted"]) if p["head"] else ""
        hp = M.text_part(M.html_outlook(p["new"], qb, cs), cs, "quoted-printable", "text/html")
        bh, body = M.multipart("alternative", b, [tp, hp], preamble="This is a multipart message in MIME format.")
        client_h = [f"From: {hdr_from}", f"To: {to_header(spec, 'plain')}"] + reply_to + [
            f"Subject: {subj_h}"] + threading + [f"Date: {date_hdr(dt)}", f"Message-ID: {mid}", "MIME-Version: 1.0"] + bh + [
            "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQH{rng.b64(25)}==",
            f"Content-Language: {spec.get('content_language', 'en-us').lower()}"] + extra
    elif client in ("outlook", "outlook_com", "outlook_mobile"):
        host = mid.split("@")[1].rstrip(">")
        b = f"_000_{mid[1:].split('@')[0][:40]}_"
        cs = charset if charset != "utf-8" else ("us-ascii" if M.is_ascii(plain) else "utf-8")
        tp = M.text_part(plain, cs, "quoted-printable")
        qb = (p["head"] + "\n\n" + p["quoted"]) if p["head"] else ""
        hp = M.text_part(M.html_outlook(p["new"], qb), "utf-8", "quoted-printable", "text/html")
        bh, body = M.multipart("alternative", b, [tp, hp])
        if atts:
            b2 = f"_004_{mid[1:].split('@')[0][:40]}_"
            parts = [(bh, body)] + [M.attachment(*a) for a in atts]
            bh, body = M.multipart("mixed", b2, parts)
        client_h = [f"From: {hdr_from}", f"To: {to_header(spec, client)}", f"Subject: {subj_h}"]
        if subject:
            client_h.append(f"Thread-Topic: {M.ew(subject.split(': ', 1)[1] if key and not fwd else subject, 'utf-8', 'Q')}")
        client_h += [f"Thread-Index: AQH{rng.b64(25)}==", f"Date: {date_hdr(dt, 'outlook')}", f"Message-ID: {mid}"] + threading
        client_h += reply_to + ["Accept-Language: en-US", f"Content-Language: {spec.get('content_language', 'en-US')}",
                                "X-MS-Has-Attach: " + ("yes" if atts else ""), "X-MS-TNEF-Correlator: "] + extra + bh + ["MIME-Version: 1.0"]
        client_h = [h.rstrip() if h.endswith(": ") else h for h in client_h]
        client_h = [h if not h.endswith(":") else h + " " for h in client_h]
    elif client in ("yahoo", "aol"):
        b = f"----=_Part_{rng.num(1000000, 9999999)}_{rng.num(100000000, 999999999)}.{int(dt.timestamp()) * 1000}"
        tp = M.text_part(plain, "utf-8", None, quote_charset=False)
        hp = M.text_part(M.html_plainish(p["new"], p["quoted"], p["head"], "yahoo"), "utf-8", "quoted-printable",
                         "text/html", quote_charset=False)
        bh, body = M.multipart("alternative", b, [tp, hp])
        client_h = [f"Date: {date_hdr(dt, 'utc')}", f"From: {hdr_from}"] + reply_to + [
            f"To: {to_header(spec, client)}", f"Message-ID: {mid}"] + threading + [
            f"Subject: {subj_h}", "MIME-Version: 1.0"] + bh + extra + [
            "X-Mailer: WebService/1.1.24018 " + ("AolMailNorrin" if client == "aol" else spec.get("ymailer", "YMailNorrin"))]
    elif client == "thunderbird":
        fl = M.flowed(plain)
        tp_h, body = M.text_part(fl, "utf-8", "7bit" if M.is_ascii(fl) else "8bit", extra_ct="; format=flowed",
                                 quote_charset=False)
        client_h = [f"Message-ID: {mid}", f"Date: {date_hdr(dt)}", "MIME-Version: 1.0",
                    "User-Agent: Mozilla Thunderbird", f"Content-Language: {spec.get('content_language', 'en-US')}",
                    f"To: {to_header(spec, client)}"] + threading + [f"From: {hdr_from}"] + reply_to + [
            f"Subject: {subj_h}"] + extra + tp_h
    elif client == "samsung":
        b = f"--_com.samsung.android.email_{rng.num(10**15, 10**16 - 1)}"
        tp = M.text_part(plain, "utf-8", "base64", quote_charset=False)
        hp = M.text_part(M.html_plainish(p["new"], p["quoted"], "", "samsung"), "utf-8", "base64", "text/html",
                         quote_charset=False)
        bh, body = M.multipart("alternative", b, [tp, hp])
        client_h = [f"Message-ID: {mid}", f"Date: {date_hdr(dt)}", f"Subject: {subj_h}"] + threading + [
            f"From: {hdr_from}"] + reply_to + [f"To: {to_header(spec, client)}", "MIME-Version: 1.0"] + extra + bh
    elif client == "zimbra":
        b = f"=_{uuid_from(rng, False)}"
        tp = M.text_part(plain, "utf-8", "7bit" if M.is_ascii(plain) else "quoted-printable", quote_charset=False)
        hp = M.text_part(M.html_plainish(p["new"], "", "", "zimbra"), "utf-8", "quoted-printable", "text/html",
                         quote_charset=False)
        bh, body = M.multipart("alternative", b, [tp, hp])
        client_h = [f"Date: {date_hdr(dt)}", f"From: {hdr_from}", f"To: {to_header(spec, client)}"] + reply_to + [
            f"Message-ID: {mid}"] + threading + [f"Subject: {subj_h}", "MIME-Version: 1.0"] + bh + extra + [
            "X-Originating-IP: [173.20.44.118]", "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC138 (Win)/9.0.0_GA_4583)",
            f"Thread-Index: {rng.b64(20)}", f"Thread-Topic: {subject}"]
    else:
        raise ValueError(client)

    env_from = spec.get("env_from", address)
    trans = M.transport_headers(rng, spec["mailbox"], env_from, dt + timedelta(seconds=rng.num(2, 9)), provider, dom,
                                rcpt=rcpt)
    inner = M.provider_inner(rng, provider, dt, rcpt, dom)
    return M.assemble(trans + inner + client_h, body)


def compose_gmail_unsub(spec: dict, rng: M.Rng) -> bytes:
    """Gmail's unsubscribe button: a one-part message to our List-Unsubscribe mailto: address."""
    name, address = spec["frm"]
    dt = local_dt(spec)
    rcpt = M.MAILBOX_ADDR[spec["mailbox"]]
    h, body = M.text_part(spec["text"], "utf-8", "7bit")
    client_h = ["MIME-Version: 1.0", f"From: {M.addr(name, address)}", f"Date: {date_hdr(dt)}",
                f"Message-ID: {msgid_for('gmail', rng, address, dt)}", f"Subject: {spec['subject']}",
                f"To: {rcpt}"] + h
    trans = M.transport_headers(rng, spec["mailbox"], address, dt + timedelta(seconds=rng.num(2, 9)), "google",
                                "gmail.com", rcpt=rcpt)
    inner = M.provider_inner(rng, "google", dt, rcpt, "gmail.com")
    return M.assemble(trans + inner + client_h, body)


def compose_raw(spec: dict, rng: M.Rng) -> bytes:
    """Machine mail and relays: the spec's make() gives the headers below the transport and the body."""
    dt = local_dt(spec)
    make = spec["make"]
    if isinstance(make, str):
        make = MAKERS[make]
    made = make(rng, dt, spec)
    rcpt = M.MAILBOX_ADDR[spec["mailbox"]]
    trans = M.transport_headers(rng, spec["mailbox"], made["env_from"], dt + timedelta(seconds=rng.num(2, 40)),
                                made["provider"], made["domain"], dkim_fail=made.get("dkim_fail", False), rcpt=rcpt)
    inner = made.get("inner")
    if inner is None:
        inner = M.provider_inner(rng, made["provider"], dt, rcpt, made["domain"])
    return M.assemble(trans + inner + made["headers"], made["body"])


# ----------------------------------------------------------------------------------------------- manifest
def ack_address(spec: dict) -> str | None:
    a = spec.get("ack", "from")
    if a is None or spec.get("automated"):
        return None
    if a == "reply_to":
        return spec["reply_to"][1]
    if a == "from":
        return spec["frm"][1]
    return a


def main() -> None:
    specs = SPECS_EN + SPECS_ES + SPECS_MACHINES
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    specs.sort(key=lambda s: (local_dt(s).astimezone(timezone.utc), s["id"]))
    rng = M.Rng(SEED)
    manifest, index = [], []
    for old in OUT.glob("[0-9][0-9][0-9][0-9].eml"):
        old.unlink()
    for i, spec in enumerate(specs, 1):
        fname = f"{i:04d}.eml"
        raw = compose(spec, rng)
        (OUT / fname).write_bytes(raw)
        automated = bool(spec.get("automated"))
        labels = [l for l in LABEL_ORDER if l in spec.get("labels", [])]
        ents = {k: spec.get("ents", {})[k] for k in ("name", "postal_code", "account") if k in spec.get("ents", {})}
        if automated:
            assert not labels and not ents and not spec.get("unclear"), spec["id"]
        for v in ents.values():
            new_text = spec.get("text", "")
            assert v in new_text, (spec["id"], v)
        manifest.append({"file": fname, "mailbox": spec["mailbox"], "automated": automated, "labels": labels,
                         "unclear": bool(spec.get("unclear")), "entities": ents, "note": spec["note"],
                         "ack_to": ack_address(spec)})
        r = spec.get("reply") or spec.get("fwd")
        answers = "-"
        if r:
            answers = f"{ours.OURS[r[0]]['kind']}:{ours.OURS[r[0]]['key']}"
        elif spec.get("answers"):
            answers = spec["answers"]
        index.append("\t".join([fname, spec["id"], spec["cat"], answers, spec.get("lang", "en"),
                                spec.get("program", spec["client"]), local_dt(spec).isoformat()]))
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlang\tprogram\tdate\n")
        for line in index:
            f.write(line + "\n")
    print(f"wrote {len(specs)} messages")


if __name__ == "__main__":
    main()
