#!/usr/bin/env python3
"""Build the 'complaints' set (stdlib only). Fixed seed: every run writes the same bytes.

    python3 _generator/build.py

Writes NNNN.eml, manifest.jsonl, index.tsv and README.md into the set's folder.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from mimekit import (UTC, Rand, addr, b64bytes, central, leaf, multipart, postfix_date, qp, render, rfc,  # noqa: E402
                     subject_line)
import humans  # noqa: E402
import machines  # noqa: E402
import ours  # noqa: E402
from programs import MB, build_person, our_trace, provider_of  # noqa: E402
import readme  # noqa: E402

SEED = 20260105
N = 120
START = dt.datetime(2026, 1, 5, 13, 0, tzinfo=UTC)
END = dt.datetime(2026, 3, 20, 23, 0, tzinfo=UTC)
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]

PROG_NAMES = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail (Android)", "outlook_web": "Outlook.com (web)",
    "outlook_desktop": "Outlook (Microsoft 365 desktop)", "yahoo": "Yahoo Mail (web)", "aol": "AOL Mail (web)",
    "iphone": "iPhone Mail", "apple_mail": "Apple Mail (macOS)", "thunderbird": "Thunderbird",
    "samsung": "Samsung Email", "ox": "Xfinity Connect (Open-Xchange)", "proton": "Proton Mail",
    "webmail": "Roundcube webmail", "webform": "our Contact Us form relay",
}


def timestamps(rng, n):
    span = (END - START).total_seconds()
    out = []
    for i in range(n):
        t = START + dt.timedelta(seconds=span * (i + rng.uniform(0.05, 0.95)) / n)
        lt = central(t)
        if lt.hour < 6 and rng.random() < 0.7:          # fewer at night, but some angry 2 a.m. mail
            t += dt.timedelta(hours=rng.randint(6, 9))
        out.append(t.replace(microsecond=0))
    return sorted(out)


def in_window(rng, spec):
    """A time inside a dated spec's window, mostly in waking hours."""
    a, b = after_of(spec), before_of(spec)
    for _ in range(50):
        t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds()) - 1))
        if 7 <= central(t).hour <= 23 or rng.random() < 0.15:
            return t.replace(microsecond=0)
    return t.replace(microsecond=0)


def after_of(spec):
    y, m, d = map(int, spec["after"].split("-"))
    return dt.datetime(y, m, d, 6, 0, tzinfo=UTC)  # midnight Central


def before_of(spec):
    if not spec.get("before"):
        return END + dt.timedelta(days=1)
    y, m, d = map(int, spec["before"].split("-"))
    return dt.datetime(y, m, d, 6, 0, tzinfo=UTC)


def latest_needed(spec, t):
    """A reply must come after what it answers (campaigns have fixed dates)."""
    r = spec.get("reply") or {}
    if "campaign" in r:
        return t > ours.CAMPAIGNS[r["campaign"]]["sent"] + dt.timedelta(hours=1)
    return True


def schedule(specs, rng):
    """Specs tied to dates (a 'before' day) get a time inside their window; the rest fill evenly spaced
    slots, each slot taking a random spec whose earliest day has come (a reply never precedes what it
    answers). Categories end up mixed, not grouped. Returns [(spec, time)] in arrival order."""
    dated = [s for s in specs if s.get("before")]
    free = [s for s in specs if not s.get("before")]
    placed = [(s, in_window(rng, s)) for s in dated]
    ts = timestamps(rng, len(free))
    # the k-th slot may not come before the k-th earliest 'after' day (so every slot has a spec ready)
    firsts = sorted(after_of(s) for s in free)
    ts = sorted(max(t, f + dt.timedelta(seconds=rng.randint(5400, 78000))) for t, f in zip(ts, firsts))
    remaining = list(free)
    rng.shuffle(remaining)
    for k, t in enumerate(ts):
        elig = [s for s in remaining if after_of(s) <= t and latest_needed(s, t)]
        if not elig:
            raise SystemExit("no spec fits slot %d (%s)" % (k, t))
        s = elig[rng.randrange(len(elig))]
        placed.append((s, t))
        remaining.remove(s)
    placed.sort(key=lambda p: p[1])
    for s, t in placed:
        if not (after_of(s) <= t < before_of(s)) or not latest_needed(s, t):
            raise SystemExit("schedule violates %s" % s["id"])
    if len({t for _, t in placed}) != len(placed):
        raise SystemExit("two messages at the same second")
    return placed


# ---------------------------------------------------------------- attachments and special senders

def demand_pdf(R):
    text = ("BT /F1 11 Tf 72 720 Td (HALVORSEN & STEED LLP) Tj 0 -16 Td (Demand on behalf of Annette Ruiz-Coulter) Tj "
            "0 -16 Td (Signed copy) Tj ET")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%EOF\n" % (len(objs) + 1, xref)
    data = out.encode("latin-1")
    fn = "Ruiz-Coulter - Demand Letter 2026-03-03.pdf"
    return leaf('application/pdf; name="%s"' % fn, b64bytes(data), "base64",
                extra=['Content-Description: %s' % fn,
                       'Content-Disposition: attachment; filename="%s"; size=%d;\n\tcreation-date="Tue, 03 Mar 2026 15:02:11 GMT";'
                       '\n\tmodification-date="Tue, 03 Mar 2026 15:02:11 GMT"' % (fn, len(data))])


def build_webform(R, ctx):
    """Our own Contact Us form relay: From noreply@, the customer in Reply-To."""
    t = ctx["t"]
    mbx = MB[ctx["mb"]]
    host = "web-forms02.alliantenergy.com"
    h = our_trace(R, mbx, "noreply@alliantenergy.com", host, host, "10.30.4.22", t,
                  ["dkim=pass header.d=alliantenergy.com header.s=forms2025 header.b=%s" % R.s(8),
                   "spf=pass smtp.mailfrom=noreply@alliantenergy.com",
                   "dmarc=pass (p=REJECT dis=NONE) header.from=alliantenergy.com"])
    mid = "<form.%s.%s@web-forms02.alliantenergy.com>" % (central(t).strftime("%Y%m%d%H%M%S"), R.hex(10))
    ctx["message_id"] = mid
    body = ctx["body"] + ("\n\n--\nSubmitted from https://www.alliantenergy.com/contact-us at %s\nIP: 173.29.%d.%d\n"
                          % (central(t).strftime("%m/%d/%Y %I:%M:%S %p"), R.r.randint(1, 250), R.r.randint(1, 250)))
    ent = leaf("text/plain; charset=utf-8", qp(body), "quoted-printable")
    order = ["From: %s" % addr(ctx["from_name"], ctx["from_addr"]), "Reply-To: " + ctx["reply_to"],
             "To: " + mbx, subject_line(ctx["subject"]), "Date: " + rfc(central(t)), "Message-ID: " + mid,
             "MIME-Version: 1.0", "X-Form-ID: contact-us-v3", "X-Mailer: AE-WebForms/3.2"]
    return render(h + order, ent)


def quoted(spec, t, jitter):
    r = spec.get("reply")
    if not r:
        return None, "-"
    if "campaign" in r:
        c = ours.CAMPAIGNS[r["campaign"]]
        key = {"thermostat": "promo:winter-thermostat-2601", "newsletter": "newsletter:home-energy-insider-2602",
               "catalog": "catalog:spring-preview-2602", "assessment": "promo:home-assessment-2602"}[r["campaign"]]
        return c, key
    if "svc" in r:
        q = ours.service(r["svc"], t, r["hours"] + jitter / 3600.0, None, r["tail"], r.get("extra"))
        return q, "service:%s" % r["svc"]
    if "ack" in r:
        q = ours.ack(t, r["ack"] + jitter / 3600.0, r["ref"])
        return q, "ack:%s" % q["ref"]
    raise KeyError(r)


def ack_address(spec):
    if spec.get("ack") == "none":
        return None
    if spec.get("reply_to"):
        rt = spec["reply_to"]
        return rt[rt.index("<") + 1:rt.index(">")] if "<" in rt else rt
    return spec["addr"]


def main():
    rng = random.Random(SEED)
    R = Rand(rng)
    specs = [dict(s, kind="human") for s in humans.H] + [dict(s, kind="machine") for s in machines.M]
    assert len(specs) == N, len(specs)
    placed = schedule(specs, rng)

    for p in OUT.glob("*.eml"):
        p.unlink()
    manifest, index = [], []
    for i, (spec, t) in enumerate(placed, 1):
        fn = "%04d.eml" % i
        if spec["kind"] == "human":
            q, answers = quoted(spec, t, rng.randint(40, 1700))
            ctx = dict(prog=spec["prog"], mb=spec["mb"], lang=spec["lang"], from_name=spec["name"],
                       from_addr=spec["addr"], subject=spec["subject"], body=spec["body"], t=t, quote=q,
                       reply_to=spec.get("reply_to"), device_sig=spec.get("device_sig"), sig=spec.get("sig"),
                       forward=spec.get("forward"), to_name=spec.get("to_name"), cc=spec.get("cc"))
            if spec.get("attach") == "demand_pdf":
                ctx["attach"] = [demand_pdf(R)]
            raw = build_webform(R, ctx) if spec["prog"] == "webform" else build_person(R, ctx)
            labels = [l for l in LABEL_ORDER if l in spec["labels"]]
            row = dict(file=fn, mailbox="customercare" if spec["mb"] == "cc" else "powerhousecatalog",
                       automated=False, labels=labels, unclear=spec["unclear"], entities=spec["ents"],
                       note=spec["note"], ack_to=ack_address(spec))
            prog = PROG_NAMES[spec["prog"]]
        else:
            ctx = dict(mb=spec["mb"], t=t)
            raw = spec["build"](R, t, ctx)
            answers = ctx.get("answers", "-")
            row = dict(file=fn, mailbox="customercare" if spec["mb"] == "cc" else "powerhousecatalog",
                       automated=True, labels=[], unclear=False, entities={}, note=spec["note"], ack_to=None)
            prog = spec["prog"]
        (OUT / fn).write_bytes(raw)
        manifest.append(row)
        index.append([fn, spec["id"], spec["cat"], answers, spec["lang"], prog, central(t).isoformat()])

    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for r in index:
            f.write("\t".join(r) + "\n")
    (OUT / "README.md").write_text(readme.make(manifest, index), encoding="utf-8", newline="\n")
    print("wrote %d messages to %s" % (len(manifest), OUT))


if __name__ == "__main__":
    main()
