"""HTML templates and small binary attachments (PDF, DOCX, PNG) built from scratch."""
import io
import zipfile

from mailkit import esc, linkify

BULLETS = " *-\u2022"
BSTARTS = ("  * ", "- ", "* ", "\u2022 ")


def card_html(text, brand="", color="#1f4e79", width=600, footer=None, preheader=None, logo_text=None,
              button=None):
    """Transactional/marketing-platform HTML made from the plain text (tables, inline CSS)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    rows = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(BSTARTS) for l in lines if l.strip()):
            items = "".join(f'<li style="margin:0 0 6px 0;">{linkify(esc(l.lstrip(BULLETS)))}</li>' for l in lines if l.strip())
            rows.append(f'<tr><td style="padding:0 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;"><ul style="margin:0;padding-left:20px;">{items}</ul></td></tr>')
        else:
            rows.append(f'<tr><td style="padding:0 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">{"<br>".join(linkify(esc(l)) for l in lines)}</td></tr>')
    if button:
        label, url = button
        rows.append(f'<tr><td align="center" style="padding:8px 32px 24px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{color}" style="border-radius:4px;"><a href="{url}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">{esc(label)}</a></td></tr></table></td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:18px 32px 28px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5;">'
                f'{"<br>".join(linkify(esc(l)) for l in footer.split(chr(10)))}</td></tr>')
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{esc(preheader)}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
           if preheader else "")
    head = (f'<tr><td bgcolor="{color}" style="padding:18px 32px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">{esc(logo_text or brand)}</td></tr>'
            if (logo_text or brand) else "")
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n"
            f"<title>{esc(brand)}</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background-color:#f2f4f6;\">\n" + pre +
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f2f4f6\">\n"
            f"<tr><td align=\"center\" style=\"padding:24px 12px;\">\n<table role=\"presentation\" width=\"{width}\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#ffffff\" style=\"max-width:{width}px;width:100%;\">\n"
            + head + "\n<tr><td style=\"height:24px;line-height:24px;\">&nbsp;</td></tr>\n" + "\n".join(rows) + "\n" + foot +
            "\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n")


def simple_pdf(lines, title="Document"):
    """A small valid single-page PDF with the given text lines."""
    def pdfstr(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 740
    ops = ["BT", "/F1 11 Tf"]
    for l in lines:
        ops.append(f"1 0 0 1 56 {y} Tm ({pdfstr(l)}) Tj")
        y -= 15
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (" + pdfstr(title) + ") /Producer (ReportWriter 7.2) /CreationDate (D:20260101000000) >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def simple_docx(paragraphs):
    """Minimal .docx (deterministic zip timestamps)."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{x(p)}</w:t></w:r></w:p>" for p in paragraphs)
    files = {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                '<Default Extension="xml" ContentType="application/xml"/>'
                                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                                '</Types>'),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                        '</Relationships>'),
        "word/document.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                              + body + '</w:body></w:document>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def simple_zip(name, content):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 5, 8, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return buf.getvalue()
