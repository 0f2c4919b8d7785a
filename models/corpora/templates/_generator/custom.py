"""Messages whose header block and MIME structure are written out by the spec itself: service and SaaS mail,
automated mail (auto-replies, DSNs, MDNs, newsletters, phishing, calendar invitations), web-form relays."""
import engine as E
import mail as M


def content_of(c):
    """c: ('plain', text, charset, cte) | ('html', html, charset, cte) | ('alt', plain, html, charset, boundary)
    | ('parts', subtype, boundary, [ (hdr, data), ...], preamble, ct_extra)"""
    kind = c[0]
    if kind == "plain":
        _, text, cs, cte = c
        return E.part("text/plain", text, cs, cte)
    if kind == "html":
        _, h, cs, cte = c
        return E.part("text/html", h, cs, cte)
    if kind == "alt":
        _, text, h, cs, bnd = c[:5]
        cte = c[5] if len(c) > 5 else "quoted-printable"
        return E.multipart("alternative", bnd, [E.part("text/plain", text, cs, cte), E.part("text/html", h, cs, cte)])
    if kind == "parts":
        _, sub, bnd, parts, pre, extra = c
        return E.multipart(sub, bnd, parts, preamble=pre, ct_extra=extra)
    raise KeyError(kind)


def build_custom(spec):
    cu = spec["custom"]
    hdr, body = content_of(cu["content"])
    if cu.get("attach"):
        parts = [(hdr, body)] + [E.attach_part(ct, fn, data) for ct, fn, data in cu["attach"]]
        hdr, body = E.multipart("mixed", cu["mixed_boundary"], parts, preamble=cu.get("preamble"))
    lines = []
    for k, v in cu["headers"]:
        if k == "CT":
            lines.extend(hdr)
        elif v is None:
            continue
        else:
            lines.append("%s: %s" % (k, v) if v != "" else "%s:" % k)
    if cu.get("no_ct"):
        pass
    elif not any(k == "CT" for k, _ in cu["headers"]):
        lines.extend(hdr)
    if cu.get("legacy"):
        # no MIME headers at all: strip Content-Type/CTE lines we would have added
        lines = [l for l in lines if not l.lower().startswith(("content-type", "content-transfer-encoding"))]
        lines = [l for l in lines if not l.startswith("\tcharset")]
    kind = M.provider_for(spec)
    return M.mx_wrap(spec, spec["_utc"], spec["_rcpt"], kind, lines, body)
