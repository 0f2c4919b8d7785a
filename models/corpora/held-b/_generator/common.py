"""Shared helpers for the spec files."""
from clients import S
from ourmail import O, Orig, ack, CC, PH
from quoting import nest
from mailkit import local


def M(**kw):
    kw.setdefault("lang", "en")
    return S(kw)


def person_reply(name, addr, date, subject, text, msgid, to=CC):
    """An earlier message written by a customer (to be quoted in a thread)."""
    return Orig("p." + msgid, name, addr, local(date), subject, text, msgid, "person", to=to)


def staff(name, date, subject, text, msgid):
    return Orig("s." + msgid, name, CC, local(date), subject, text, msgid, "staff")


LEGAL = {
    "law": ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
            "the intended recipient(s) and may contain confidential and privileged information protected by the "
            "attorney-client privilege or the attorney work-product doctrine. Any unauthorized review, use, "
            "disclosure, copying or distribution is strictly prohibited. If you are not the intended recipient, "
            "please contact the sender by reply e-mail and destroy all copies of the original message and any "
            "attachments. Nothing in this message is intended to constitute an electronic signature for purposes "
            "of the Uniform Electronic Transactions Act or any similar law unless a specific statement to the "
            "contrary is included. Brandt Ostrowski LLP does not accept service of process by e-mail."),
    "bank": ("This message and any attachments are intended only for the named recipient(s) and may contain "
             "information that is confidential, proprietary, or subject to the Gramm-Leach-Bliley Act. If you "
             "received this message in error, notify the sender immediately and delete it. Heartland Prairie Bank "
             "will never ask you for your password, PIN or full account number by e-mail. E-mail transmission "
             "cannot be guaranteed to be secure or error-free; the sender therefore does not accept liability for "
             "any errors or omissions in the contents of this message which arise as a result of e-mail "
             "transmission. Member FDIC. Equal Housing Lender."),
    "health": ("CONFIDENTIALITY NOTICE: This communication, including any attachments, may contain protected "
               "health information (PHI) that is privileged and confidential under federal and state law, "
               "including the Health Insurance Portability and Accountability Act (HIPAA). It is intended only "
               "for the use of the individual or entity named above. If you are not the intended recipient, you "
               "are hereby notified that any reading, dissemination, distribution or copying of this "
               "communication is strictly prohibited. If you have received this communication in error, please "
               "notify the sender immediately by reply e-mail and permanently delete the original message. "
               "Thank you.\n\nPlease consider the environment before printing this e-mail."),
}
