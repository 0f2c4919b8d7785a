"""Shorthands the spec files share."""
import html as _html

import ours
from mime import text, multi, attachment, raw_part, when, rfc_date, BOX

CC, PHC = "customercare", "powerhousecatalog"


def M(id, cat, box, frm, subject, body, **kw):
    s = {"id": id, "cat": cat, "mailbox": box, "frm": frm, "subject": subject, "body": body}
    s.update(kw)
    return s


def plain(t, **kw):
    return text(t.strip("\n") + "\n", **kw)


def html_of(t):
    paras = t.strip("\n").split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" +
            "\n".join("<div>%s</div><div><br></div>" % "<br>\n".join(_html.escape(l) for l in p.split("\n"))
                      for p in paras) + "\n</body></html>\n")


def alt(t, **kw):
    return multi("alternative", [plain(t, **kw), text(html_of(t), "html")])


def under(kind, new, lead=None, frm_name=None):
    """New text typed above our quoted message."""
    o = ours.OURS[kind]
    lead = lead or "On %s, %s <%s> wrote:" % ("Tue, Mar 10, 2026 at 9:02 AM", o["from"][0], o["from"][1])
    return new.strip("\n") + "\n\n" + ours.quote(kind, lead) + "\n"


def re_ours(kind):
    return "Re: " + ours.subject(kind)
