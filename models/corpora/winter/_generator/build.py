#!/usr/bin/env python3
"""Build the winter set: python3 _generator/build.py (fixed seed; rebuilds every byte identically)."""

import datetime as _dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mailkit import CST, MBOX, Rng, finish, rfc_date, rfc_date_pad  # noqa: E402
from programs import PROGRAM_NAMES, PROVIDERS, compose, ours_in  # noqa: E402
import kit  # noqa: E402
import msgs_dec  # noqa: E402,F401
import msgs_jan  # noqa: E402,F401
import msgs_feb  # noqa: E402,F401

SEED = 20261201


def bare(a):
    m = re.search(r"<([^>]+)>", a or "")
    return m.group(1) if m else a


def ours_web(rng, env_from, rcpt, dt, domain):
    host = "web01.alliantenergy.com"
    ip = "10.40.8.31"
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=alliantenergy.com header.i=@alliantenergy.com header.a=rsa-sha256 header.s=web1 header.b=%s;\n"
            "\tspf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=reject dis=none) header.from=alliantenergy.com" % (rng.b64(8), env_from, ip, env_from))
    inner = ["Received: by web01.alliantenergy.com (Postfix, from userid 33)\n\tid %s; %s" % (rng.HEX(10), rfc_date_pad(dt.astimezone(CST)))]
    return host, ip, inner, auth


PROVIDERS["ourweb"] = ours_web


def assemble(rng, mailbox, dt, built, env_from_override=None):
    mb = MBOX[mailbox]
    arrive = dt + _dt.timedelta(seconds=rng.randint(2, 50))
    if built.get("provider") is None:
        env = built["env_from"]
        auth = ("dkim=none;\n\tspf=softfail (mx1.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=none dis=none) header.from=%s" % (env, built["raw_ip"], env, built["domain"]))
        lines = ours_in(rng, mb, arrive, env, built["raw_host"], built["raw_ip"], auth)
    else:
        env = built["env_from"] if env_from_override is None else env_from_override
        probe = env or "postmaster@%s" % built.get("helo", built["domain"])
        host, ip, inner, auth = PROVIDERS[built["provider"]](rng, probe, mb, dt, built["domain"])
        if not env:
            auth = re.sub(r"spf=pass \([^)]*\) smtp\.mailfrom=\S+;", "spf=pass (mx1.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;"
                          % (built.get("helo", host), ip, built.get("helo", host)), auth)
        if not built.get("person"):
            # written by a server, not submitted from a person's device: no client hop
            inner = [l for l in inner if "Authenticated sender" not in l and "Received: from webmail." not in l]
            if built.get("helo"):
                host = built["helo"]
        lines = ours_in(rng, mb, arrive, env, host, ip, auth) + inner
    return finish(lines + built["headers"], built["node"])


def build_person(rng, s):
    to = s["to"]
    if to is None:
        if s["quote"] is not None and s["mode"] == "reply" and s["quote"]["from_addr"] == MBOX[s["mailbox"]]:
            to = ["%s <%s>" % (s["quote"]["from_name"], s["quote"]["from_addr"])]
        else:
            to = [MBOX[s["mailbox"]]]
    hs, node, msgid = compose(rng, s["client"], s["frm"], to, s["subject"], s["dt"], s["text"], quote=s["quote"],
                              mode=s["mode"], lang=s["lang"], cc=s["cc"], reply_to=s["reply_to"], extra=s["extra"],
                              attachments=s["att"], html_override=s["html"], plain_override=s["plain"], charset=s["charset"])
    return dict(env_from=s["env_from"] or s["frm"][1], provider=s["provider"], domain=s["frm"][1].split("@")[1],
                headers=hs, node=node, msgid=msgid, program=PROGRAM_NAMES[s["client"]], person=True)


def main():
    rng = Rng(random.Random(SEED))
    specs = sorted(kit.SPECS, key=lambda s: s["dt"])
    if len(specs) != 120:
        print("warning: %d specs" % len(specs))
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{4}\.eml", f):
            os.remove(os.path.join(OUT, f))
    manifest, index = [], []
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        if s["type"] == "person":
            built = build_person(rng, s)
            program = built["program"] + (" (%s)" % s["prog_note"] if s.get("prog_note") else "")
            ack = None
            if s["ack"] == "from":
                ack = s["frm"][1]
            elif s["ack"] == "reply_to":
                ack = bare(s["reply_to"])
            rec = {"file": fn, "mailbox": s["mailbox"], "automated": False,
                   "labels": [l for l in ("marketing_opt_out", "catalog_share_opt_out", "question") if l in s["labels"]],
                   "unclear": s["unclear"], "entities": {k: s["entities"][k] for k in ("name", "postal_code", "account") if k in s["entities"]},
                   "note": s["note"], "ack_to": ack}
        else:
            built = s["builder"](rng)
            program = built["program"]
            rec = {"file": fn, "mailbox": s["mailbox"], "automated": True, "labels": [], "unclear": False,
                   "entities": {}, "note": s["note"], "ack_to": None}
        raw = assemble(rng, s["mailbox"], s["dt"], built)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        manifest.append(rec)
        index.append([fn, s.get("spec") or "-", s["cat"], s["answers"], s["lang"], program,
                      s["dt"].strftime("%Y-%m-%dT%H:%M:%S%z")])
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in manifest:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    print("wrote %d messages" % len(manifest))


if __name__ == "__main__":
    main()
