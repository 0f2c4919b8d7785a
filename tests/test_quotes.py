"""intake.mail.quotes: splitting a body into new text, quotes, signature, forwarded text and disclaimer."""

from __future__ import annotations

import pytest

from intake.mail.html_text import html_to_text
from intake.mail.quotes import attribution_span, is_pointer, split_body


def test_plain_text_is_all_new() -> None:
    split = split_body("Hello,\n\nPlease remove me.\n\nAnn Lee")
    assert split.new_text == "Hello,\n\nPlease remove me.\n\nAnn Lee"
    assert split.quoted == split.signature == split.forwarded == split.disclaimer == ""
    assert not split.forwarded_as_own


def test_empty_body() -> None:
    split = split_body("")
    assert split.new_text == "" and not split.forwarded_as_own


def test_top_posted_reply_with_gt_quotes() -> None:
    split = split_body(
        "Stop please.\n\nOn Mon, Jan 6, 2025 at 9:00 AM News <n@x.example> wrote:\n> Offer\n> unsubscribe"
    )
    assert split.new_text == "Stop please."
    assert split.quoted.startswith("On Mon, Jan 6, 2025") and "> unsubscribe" in split.quoted


def test_attribution_without_gt_quotes_cuts_everything_after() -> None:
    split = split_body("Yes.\n\nOn 1/6/25 9:00 AM, News wrote:\nOffer text\nunsubscribe here")
    assert split.new_text == "Yes."
    assert "unsubscribe here" in split.quoted


@pytest.mark.parametrize(
    "lines",
    [
        ["On Tue, Sep 17, 2024 at 11:00 AM Some Long Company Name <", "news@x.example> wrote:"],
        ["On Tue, Sep 17, 2024 at 11:00 AM Some Long Company Name", "<news@x.example>", "wrote:"],
        ["El mar, 17 sept 2024 a las 11:00, Empresa (<news@x.example>)", "escribió:"],
        ["El 17/09/2024 a las 11:00, Empresa escribió:"],
    ],
)
def test_attribution_spans(lines: list[str]) -> None:
    assert attribution_span(lines + ["> quoted"], 0) == len(lines)


@pytest.mark.parametrize(
    "line", ["On reflection I wrote:", "On the other hand we should talk", "Eleven wrote:"]
)
def test_not_attributions(line: str) -> None:
    assert attribution_span([line, "> x"], 0) == 0


def test_not_an_attribution_keeps_text() -> None:
    split = split_body("On reflection I wrote:\nplease stop the mail")
    assert split.new_text == "On reflection I wrote:\nplease stop the mail"


def test_original_message_marker_spanish() -> None:
    split = split_body("No compartan mis datos.\n\n-----Mensaje original-----\nDe: X\nAsunto: Y\n\nbaja aquí")
    assert split.new_text == "No compartan mis datos."
    assert split.quoted.startswith("-----Mensaje original-----") and "baja aquí" in split.quoted


def test_outlook_header_block_requires_sent_and_subject() -> None:
    text = "From: my own notes, not a header\nI want out of the list.\n"
    assert split_body(text).new_text == text.strip()
    block = "Hi\n\nFrom: A <a@x.example>\nSent: Monday\nTo: b@x.example\nSubject: hi\n\nold text"
    split = split_body(block)
    assert split.new_text == "Hi" and split.quoted.startswith("From: A")


def test_outlook_block_with_bold_html_markers() -> None:
    block = "Please stop.\n\n*From:* A <a@x.example>\n*Sent:* Monday\n*To:* b@x.example\n*Subject:* hi\n\nold"
    assert split_body(block).new_text == "Please stop."


def test_outlook_block_in_forward_is_forwarded() -> None:
    block = "What is this charge?\n\nFrom: A <a@x.example>\nSent: Monday\nTo: b@x.example\nSubject: bill\n\nAmount due"
    split = split_body(block, subject="FW: bill")
    assert split.forwarded.startswith("From: A") and split.quoted == ""
    assert split.new_text == "What is this charge?" and not split.forwarded_as_own


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "-------- Forwarded Message --------",
        "Begin forwarded message:",
        "-------- Mensaje reenviado --------",
        "Inicio del mensaje reenviado:",
    ],
)
def test_forward_markers(marker: str) -> None:
    split = split_body(f"My note here.\n\n{marker}\nFrom: A <a@x.example>\nSubject: s\n\nForwarded words")
    assert split.new_text == "My note here."
    assert split.forwarded.startswith(marker) and "Forwarded words" in split.forwarded
    assert not split.forwarded_as_own


@pytest.mark.parametrize(
    "pointer",
    [
        "",
        "See below",
        "see below.",
        "FYI",
        "Please see below!",
        "ver abajo",
        "Ver adjunto",
        "fyi -",
        "Please see the email below",
        "Para su información",
    ],
)
def test_pointer_to_someone_elses_forward_stays_a_pointer(pointer: str) -> None:
    """Regression test (LABELS.md, whose words count): "see below" above a message somebody else wrote does not
    make their words the sender's; the sender's own earlier message does."""
    text = (
        f"{pointer}\n\n---------- Forwarded message ---------\nFrom: A <a@x.example>\nDate: today\n"
        "Subject: s\nTo: <b@x.example>\n\nDo not sell my name.\nA Person, 99999"
    )
    split = split_body(text)
    assert not split.forwarded_as_own and "Do not sell my name" not in split.new_text
    assert "From: A" in split.forwarded
    own = split_body(text, own_addresses=("a@x.example",))
    assert own.forwarded_as_own and own.new_text == "Do not sell my name.\nA Person, 99999"
    by_name = split_body(text.replace("From: A <", "From: Ann Person <"), own_names=("Ann Person",))
    assert by_name.forwarded_as_own


def test_real_sentence_pointing_below_is_own_text() -> None:
    text = (
        "Do not share my name like it says below.\n\nOn 1/1/25, Shop <s@x.example> wrote:\n> we share names"
    )
    split = split_body(text)
    assert not split.forwarded_as_own
    assert split.new_text == "Do not share my name like it says below."


@pytest.mark.parametrize("text", ["see below", "FYI", "", "  fyi  ", "ver abajo"])
def test_is_pointer(text: str) -> None:
    assert is_pointer(text)


@pytest.mark.parametrize("text", ["see below and please remove me", "stop", "Thanks!"])
def test_is_not_pointer(text: str) -> None:
    assert not is_pointer(text)


def test_forward_from_own_address_counts_as_own() -> None:
    text = (
        "Resending.\n\n---------- Forwarded message ---------\nFrom: Me <me@x.example>\n\nRemove me please."
    )
    split = split_body(text, own_addresses=("ME@x.example",))
    assert split.forwarded_as_own and split.new_text == "Resending.\n\nRemove me please."
    other = split_body(text, own_addresses=("you@x.example",))
    assert not other.forwarded_as_own and other.new_text == "Resending."


def test_dash_dash_signature() -> None:
    split = split_body("Remove me.\n\n-- \nAnn Lee\n12 Oak St\nSpringfield 99999")
    assert split.new_text == "Remove me."
    assert split.signature == "--\nAnn Lee\n12 Oak St\nSpringfield 99999"


@pytest.mark.parametrize(
    "signoff",
    [
        "Sent from my iPhone",
        "Sent from my Galaxy",
        "Get Outlook for iOS",
        "Enviado desde mi iPhone",
        "Sent from Yahoo Mail for iPhone",
        "Sent from Mail for Windows",
    ],
)
def test_mobile_signoffs(signoff: str) -> None:
    split = split_body(f"Stop the catalog.\n\n{signoff}")
    assert split.new_text == "Stop the catalog." and split.signature == signoff


@pytest.mark.parametrize(
    "salutation",
    [
        "Thanks,",
        "Thank you,",
        "Regards,",
        "Best regards,",
        "Sincerely,",
        "Gracias,",
        "Saludos cordiales,",
        "Atentamente,",
        "Many thanks!",
    ],
)
def test_salutation_signature_block(salutation: str) -> None:
    split = split_body(f"Please stop the flyers.\n\n{salutation}\nJane Doe\n123 Main St\nMadison, WI 53703")
    assert split.new_text == "Please stop the flyers."
    assert split.signature == f"{salutation}\nJane Doe\n123 Main St\nMadison, WI 53703"


def test_name_block_without_salutation_stays_new() -> None:
    text = "Please stop the flyers.\n\nJane Doe\n123 Main St\nMadison, WI 53703"
    split = split_body(text)
    assert split.new_text == text and split.signature == ""


def test_salutation_alone_is_the_message() -> None:
    split = split_body("Thank you!\n\nJanet")
    assert split.new_text == "Thank you!\n\nJanet" and split.signature == ""


def test_salutation_followed_by_sentences_is_not_a_signature() -> None:
    text = "Got your note.\n\nThanks,\nbut I still want you to stop sending these to my house every week."
    assert split_body(text).signature == ""


def test_salutation_then_mobile_signoff() -> None:
    split = split_body("Remove me.\n\nThanks,\nAnn\n\nSent from my iPhone")
    assert split.new_text == "Remove me."
    assert split.signature == "Thanks,\nAnn\n\nSent from my iPhone"


@pytest.mark.parametrize(
    "notice",
    [
        "CONFIDENTIALITY NOTICE: This message is for the named person only.",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        "This message may contain confidential information.",
        "The information contained in this email is privileged.",
        "Este mensaje es confidencial y para uso exclusivo del destinatario.",
        "Este correo electrónico y sus anexos son confidenciales.",
        "AVISO DE CONFIDENCIALIDAD: este mensaje es privado.",
    ],
)
def test_disclaimers(notice: str) -> None:
    split = split_body(f"Stop the mail.\n\nAnn\n\n{notice}\nMore legal text.")
    assert split.new_text == "Stop the mail.\n\nAnn"
    assert split.disclaimer == f"{notice}\nMore legal text."


def test_disclaimer_inside_quote_stays_quoted() -> None:
    text = "Ok.\n\nOn 1/2/25, A <a@x.example> wrote:\n> hi\n> CONFIDENTIALITY NOTICE: secret"
    split = split_body(text)
    assert split.disclaimer == "" and "CONFIDENTIALITY" in split.quoted


def test_inline_reply() -> None:
    text = "On 1/2/25, A <a@x.example> wrote:\n> Keep the catalog?\nYes\n> Share your name?\nNo"
    split = split_body(text)
    assert split.new_text == "Yes\nNo"
    assert split.quoted == "On 1/2/25, A <a@x.example> wrote:\n> Keep the catalog?\n> Share your name?"


def test_nested_quotes_and_crlf() -> None:
    split = split_body("Stop.\r\n\r\n> > old\r\n> older\r\n")
    assert split.new_text == "Stop." and split.quoted == "> > old\n> older"


def test_html_reply_round_trip() -> None:
    html = (
        '<div>Remove me please.</div><div class="gmail_quote">On Mon, Jan 6, 2025 at 9:00 AM A '
        "&lt;a@x.example&gt; wrote:<br><blockquote>Offer<br>unsubscribe</blockquote></div>"
    )
    split = split_body(html_to_text(html))
    assert split.new_text == "Remove me please."
    assert "> unsubscribe" in split.quoted


def test_html_text_line_structure() -> None:
    text = html_to_text("<p>One</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul><div>x<div>y</div></div>")
    assert text == "One\n\nTwo\nThree\n\na\nb\n\nx\ny"


def test_html_text_never_raises_on_bad_markup() -> None:
    for html in [
        "<![foo",
        "<!DOCTYPE",
        "</p></p><p",
        "<scr<script>ipt>",
        "<div style='display:none'>",
        "&#xffffff;",
    ]:
        assert isinstance(html_to_text(html), str)


def test_outlook_html_reply_round_trip() -> None:
    html = (
        '<div>Please remove me from the list.</div><div><br></div><div>Ann</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font><b>From:</b> News '
        "&lt;news@x.example&gt;<br><b>Sent:</b> Monday, December 2, 2024 6:00 AM<br><b>To:</b> ann@x.example<br>"
        "<b>Subject:</b> Tips</font><div>&nbsp;</div></div><div>Tips here. Unsubscribe.</div>"
        "<!--[if mso]><p>MSO only</p><![endif]-->"
    )
    split = split_body(html_to_text(html))
    assert split.new_text == "Please remove me from the list.\n\nAnn"
    assert split.quoted.startswith("From: News <news@x.example>\nSent: Monday")
    assert "Unsubscribe" in split.quoted and "MSO only" not in split.quoted


def test_mobile_signoff_must_not_swallow_a_sentence() -> None:
    split = split_body("Sent from my iPhone but I want you to stop mailing me")
    assert split.new_text == "Sent from my iPhone but I want you to stop mailing me"


def test_outlook_signoff_with_link() -> None:
    split = split_body("Get Outlook for iOS<https://aka.ms/o0ukef>")
    assert split.new_text == "" and split.signature.startswith("Get Outlook for iOS")


# Regression tests (the inline set at first sight): Outlook's inline comments inside the quote.
OUTLOOK_QUOTE = (
    "From: Alliant Energy <customercare@alliant-energy.com>\nSent: Tuesday, March 2, 2027 9:30 AM\n"
    "To: Marta Quill <mquill@example.com>\nSubject: Spring savings\n\nSpring savings on heat pumps.\n\n"
    "To opt out of marketing e-mails, reply with the word unsubscribe.\n\n"
)


@pytest.mark.parametrize("label", ["Marta Quill", "MQ", "Quill, Marta", "marta"])
def test_an_outlook_inline_comment_under_the_senders_label_is_their_own(label: str) -> None:
    split = split_body(OUTLOOK_QUOTE + f"[{label}] Please take me off this list.\n\nAlliant Energy, Madison WI\n",
                       own_names=("Marta Quill",))
    assert "Please take me off this list." in split.new_text
    assert "Spring savings" not in split.new_text and "unsubscribe" not in split.new_text


def test_a_bracketed_label_of_someone_else_stays_quoted() -> None:
    split = split_body(OUTLOOK_QUOTE + "[EXTERNAL] This email originated outside the organization.\n"
                       "[Ops Team] Please take me off this list.\n", own_names=("Marta Quill",))
    assert split.new_text == ""
