"""Attachment payloads (tiny, synthetic)."""
import base64
from mailkit import Leaf, Embedded, encode_bytes_b64, enc_header

TINY_JPEG_B64 = ("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////"
                 "////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")


def jpeg(name):
    data = base64.b64decode(TINY_JPEG_B64)
    return Leaf("image/jpeg", None, None, "base64", params=['name="%s"' % name],
                disposition='attachment; filename="%s"' % name, raw=encode_bytes_b64(data))


def pdf(name, lines):
    """A minimal one-page PDF whose page shows the given text lines."""
    stream = "BT /F1 11 Tf 72 720 Td 14 TL\n" + "\n".join("(%s) '" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += "%010d 00000 n \n" % off
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return Leaf("application/pdf", None, None, "base64", params=['name="%s"' % name],
                disposition='attachment; filename="%s"' % name, raw=encode_bytes_b64(out.encode("latin-1")))


def rfc822(raw, name=None):
    disp = 'attachment; filename="%s"' % name if name else "inline"
    return Embedded(raw, disposition=disp)
