#!/usr/bin/env python3
"""Rebuild the `business` set byte for byte: python3 _generator/build.py"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mailkit import rng_for, parse_date, assemble, UTC, Leaf, rfc  # noqa: E402
from clients import PROFILES  # noqa: E402
from transports import TRANSPORTS, trace, BOXES  # noqa: E402
from templates import card_html, simple_pdf, simple_docx  # noqa: E402
import specs_requests  # noqa: E402
import specs_unclear  # noqa: E402
import specs_questions  # noqa: E402
import specs_hard  # noqa: E402
import specs_auto  # noqa: E402

ALL = (specs_requests.SPECS + specs_unclear.SPECS + specs_questions.SPECS + specs_hard.SPECS
       + specs_auto.SPECS)

PDFS = {
    "authorization": ["AUTHORIZATION TO ACT AS AGENT", "",
                      "I, the undersigned, authorize Jandt & Koehler, S.C. to act on my behalf",
                      "with respect to my personal information held by Alliant Energy and the",
                      "PowerHouse Catalog, including requests not to sell or share it.", "",
                      "Signed: (signature on file)   Date: 04/06/2026"],
    "cass": ["PS Form 3553 - CASS Summary Report", "List: PowerHouse_Summer26",
             "Total coded: 184,220   ZIP+4: 183,577   CRRT: 183,901   DPV: 182,944"],
    "invoice": ["Badger State Lettershop - INVOICE 2026-0412", "Bill to: PowerHouse Catalog",
                "Job 26-0512 addressing/tabbing/presort ........ $14,862.30", "Terms: Net 30"],
    "surcharge": ["Lakeshore Web Printing - Paper Surcharge Schedule Q2 2026",
                  "#5 groundwood 35# ... +3.8%", "#3 gloss cover 80# ... +2.1%"],
}
DOCX = {
    "agreement": ["LIST MANAGEMENT AGREEMENT (2026) - REDLINE",
                  "4.2 Minimum list price: $110/M.",
                  "7.3 Confidentiality; Do Not Share. Manager shall not share, rent or exchange any record "
                  "that Owner has flagged as do-not-share.",
                  "9. Term and renewal."],
}


def resolve(spec):
    for a in spec.get("attach", []):
        d = a["data"]
        if isinstance(d, str) and d.startswith("PDF:"):
            a["data"] = simple_pdf(PDFS[d[4:]], title=a["name"])
        elif isinstance(d, str) and d.startswith("DOCX:"):
            a["data"] = simple_docx(DOCX[d[5:]])
        elif isinstance(d, str) and d.startswith("ICS:"):
            a["data"] = specs_auto.ICS_TEXT[d[4:]]
            a.setdefault("cte", "base64" if a["ctype"] == "application/ics" else "7bit")
            if a["cte"] == "base64":
                a["data"] = a["data"].replace("\n", "\r\n").encode("utf-8")
    if spec.get("ics") == "GCAL":
        spec["ics"] = specs_auto.ICS_TEXT["gcal"]
    if spec.get("ics") and spec.get("ics_cte") == "base64":
        # base64 calendar parts carry canonical CRLF line ends
        spec["ics_b64"] = True
    if spec["client"] == "bulk" and "html" in spec and spec["html"] is None and spec.get("layout", "alt") in ("alt", "html"):
        spec["html"] = card_html(spec["text"], brand=spec.get("brand", spec["frm"][0]),
                                 color=spec.get("color", "#1f4e79"), button=spec.get("button"),
                                 preheader=spec["text"].strip().split("\n")[0][:90])
    if spec.get("report") == "MDN":
        spec["report_parts"] = [Leaf("message/disposition-notification", text=(
            "Reporting-UA: EXCH02.lpp.local; Microsoft Exchange Server 2019\n"
            "Final-Recipient: rfc822;rokafor@linnpointproperties.com\n"
            "Original-Message-ID: <ack.CC-2026-03-02291.91c3aa07@alliant-energy.com>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n"), charset=None, cte="7bit")]
    if spec.get("report") == "DSN":
        spec["report_parts"] = [
            Leaf("message/delivery-status", text=(
                "Reporting-MTA: dns;BL1PR17MB6120.namprd17.prod.outlook.com\n"
                "Received-From-MTA: dns;mbx01.alliant-energy.com\n"
                "Arrival-Date: Tue, 19 May 2026 20:47:31 +0000\n\n"
                "Final-Recipient: rfc822;jbauer@cedarviewdental.com\n"
                "Action: failed\nStatus: 5.1.10\n"
                "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
                charset=None, cte="7bit"),
            Leaf("text/rfc822-headers", text=(
                "Return-Path: <bounce-ack@alliant-energy.com>\n"
                "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\n"
                "To: jbauer@cedarviewdental.com\n"
                "Subject: We received your request [CC-2026-05-04120]\n"
                "Date: Tue, 19 May 2026 15:47:30 -0500\n"
                "Message-ID: <ack.CC-2026-05-04120.27fd9e61@alliant-energy.com>\n"
                "Auto-Submitted: auto-replied\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\n"), charset="us-ascii", cte="7bit")]


def build_one(spec):
    resolve(spec)
    r = rng_for(spec["key"])
    dt = parse_date(spec["date"])
    utc = dt.astimezone(UTC)
    prof, default_tr = PROFILES[spec["client"]]
    trname = spec.get("transport", default_tr)
    tr = TRANSPORTS[trname](spec, r, utc)
    if "env_from" in spec and spec["env_from"] == "":
        tr["env_from"] = ""
    if spec["client"] in ("m365", "outlookcom", "exchange"):
        ch, top = prof(spec, r, dt, tr)
    else:
        ch, top = prof(spec, r, dt)
    headers = trace(spec, r, utc, tr) + tr["headers"] + ch
    return assemble(headers, top)


def ack_to(spec):
    a = spec["ack"]
    if a is None:
        return None
    if a == "from":
        return spec["frm"][1]
    if a == "reply":
        return spec["reply_to"][1]
    raise ValueError(a)


def main():
    specs = sorted(ALL, key=lambda s: parse_date(s["date"]).astimezone(UTC))
    keys = [s["key"] for s in specs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for i, spec in enumerate(specs, 1):
        name = f"{i:04d}.eml"
        raw = build_one(spec)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        row = {"file": name, "mailbox": spec["mailbox"], "automated": spec["automated"],
               "labels": spec["labels"], "unclear": spec["unclear"], "entities": spec["entities"],
               "note": spec["note"], "ack_to": ack_to(spec)}
        man.append(json.dumps(row, ensure_ascii=False))
        client = spec["client"] if spec["client"] != "bulk" else f"bulk:{spec.get('svc') or spec.get('transport')}"
        idx.append(f"{name}\t{spec['cat']}\ten\t{client}")
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tcategory\tlang\tclient\n" + "\n".join(idx) + "\n")
    print(f"wrote {len(specs)} messages to {OUT}")


if __name__ == "__main__":
    main()
