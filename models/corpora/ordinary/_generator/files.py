"""Small deterministic attachment payloads (fake photos, simple PDFs, CSV, HTML)."""
import mime


def pdf_bytes(lines):
    """A minimal but well-formed one-page PDF showing the given text lines."""
    content = "BT /F1 11 Tf 72 740 Td 14 TL\n" + "".join(
        "(%s) '\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def jpeg_bytes(rng, n=2400):
    """JPEG-looking bytes (SOI, JFIF APP0, random scan data, EOI)."""
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return head + body + bytes.fromhex("ffd9")


def attachment(a, rng):
    kind = a["kind"]
    fn = a["name"]
    if kind == "jpeg":
        return mime.binary_part(jpeg_bytes(rng, a.get("size", 2400)), "image/jpeg", fn)
    if kind == "pdf":
        return mime.binary_part(pdf_bytes(a["lines"]), "application/pdf", fn)
    if kind == "csv":
        data = a["text"].replace("\n", "\r\n").encode("utf-8")
        return mime.binary_part(data, "text/csv", fn)
    if kind == "html":
        return mime.binary_part(a["text"].encode("utf-8"), "text/html", fn)
    raise ValueError(kind)
