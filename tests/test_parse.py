"""intake.mail.parse: one regression .eml per phenomenon, plus robustness over every message we can find."""

from __future__ import annotations

import email
import random
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.mail.parse import decode_bytes, decode_header_value, parse
from intake.values import Address, Attachment, Mail

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CPYTHON_EMAIL_DATA = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The regression files this module owns; other engineers add their own samples (auto_*, bounce_*, ...) to DATA.
OWN_NAMES = (
    "bad_encoded_word_from.eml",
    "bottom_posted_reply.eml",
    "broken_boundary.eml",
    "dsn_null_return_path.eml",
    "encoded_headers_rfc2047.eml",
    "external_banner_top.eml",
    "format_flowed_attribution.eml",
    "forwarded_begin_apple_fyi.eml",
    "forwarded_own_message.eml",
    "forwarded_see_below.eml",
    "gmail_on_wrote_two_lines.eml",
    "header_injection_encoded_newline.eml",
    "html_blockquote_reply.eml",
    "html_only_with_hidden_and_style.eml",
    "inline_reply_interleaved.eml",
    "iso8859_mislabelled_as_ascii.eml",
    "latin1_label_but_utf8.eml",
    "missing_message_id.eml",
    "mobile_signoff_spanish.eml",
    "outlook_from_sent_block_reply.eml",
    "outlook_original_message_block.eml",
    "outlook_spanish_de_enviado_forward.eml",
    "plain_simple_optout.eml",
    "raw_8bit_header.eml",
    "salutation_signature_block.eml",
    "see_attached_empty_reply.eml",
    "signature_and_disclaimer.eml",
    "spanish_reply_el_escribio.eml",
    "text_attachment.eml",
    "truncated_multipart.eml",
    "unknown_charset_label.eml",
    "utf8_label_but_cp1252.eml",
)
OWN_FILES = [DATA / name for name in OWN_NAMES]
ALL_FILES = sorted(DATA.glob("*.eml"))


def load(name: str) -> Mail:
    return parse((DATA / name).read_bytes())


def assert_sane(mail: Mail) -> None:
    """Every field has the type the contract promises, and no header value carries a control character."""
    assert isinstance(mail, Mail)
    for name, values in mail.headers.items():
        assert isinstance(name, str) and name == name.lower()
        assert isinstance(values, tuple) and all(isinstance(v, str) for v in values)
        assert not any(CONTROL.search(v) for v in values), (name, values)
    for address in (mail.from_, mail.sender, *mail.reply_to, *mail.to, *mail.cc):
        if address is not None:
            assert isinstance(address, Address)
            assert not CONTROL.search(address.name) and not CONTROL.search(address.email)
    assert isinstance(mail.subject, str) and not CONTROL.search(mail.subject)
    assert mail.date is None or (isinstance(mail.date, datetime) and mail.date.tzinfo is not None)
    assert mail.message_id is None or (mail.message_id.startswith("<") and mail.message_id.endswith(">"))
    assert all(i.startswith("<") and i.endswith(">") for i in mail.in_reply_to + mail.references)
    assert mail.return_path is None or isinstance(mail.return_path, str)
    assert mail.content_type == mail.content_type.lower() and "/" in mail.content_type
    assert all(isinstance(t, str) for t in mail.part_types)
    assert mail.language in ("en", "es", "und")
    for text in (mail.body, mail.new_text, mail.quoted, mail.signature, mail.forwarded, mail.disclaimer):
        assert isinstance(text, str)
        text.encode("utf-8")  # no lone surrogates
    assert "--- mail_boundary ---" not in mail.body
    assert all(isinstance(a, Attachment) and a.size >= 0 for a in mail.attachments)
    assert isinstance(mail.size, int) and all(isinstance(d, str) and d for d in mail.defects)


# -- one file per phenomenon ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_file_in_data_is_sane(path: Path) -> None:
    mail = parse(path.read_bytes())
    assert_sane(mail)
    assert not any(_is_own_bug(d) for d in mail.defects)


@pytest.mark.parametrize("path", OWN_FILES, ids=lambda p: p.name)
def test_own_regression_files_use_crlf(path: Path) -> None:
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "test mail must use CRLF only"


def test_plain_message_fields() -> None:
    mail = load("plain_simple_optout.eml")
    assert mail.from_ == Address("Maria Kowalski", "maria.k@mail.example.net")
    assert mail.to == (Address("", "customercare@utility.example"),)
    assert mail.return_path == "maria.k@mail.example.net"
    assert mail.message_id == "<plain1@mail.example.net>"
    assert mail.date is not None and mail.date.utcoffset().total_seconds() == -5 * 3600
    assert mail.date.isoformat() == "2024-09-03T10:15:00-05:00"
    assert mail.content_type == "text/plain" and mail.part_types == ("text/plain",)
    assert mail.language == "en"
    assert "paper flyers" in mail.new_text
    assert mail.defects == ()
    assert mail.size == len((DATA / "plain_simple_optout.eml").read_bytes())
    assert mail.header("Subject") == "Stop the flyers" and mail.header_all("received") == ()


def test_html_only_drops_hidden_style_script_and_head() -> None:
    mail = load("html_only_with_hidden_and_style.eml")
    assert mail.body_is_html
    assert "stop getting the monthly newsletter" in mail.new_text
    for invisible in (
        "HEADTITLE",
        "HIDDENSTYLE",
        "SCRIPTTEXT",
        "PREHEADER",
        "HIDDENATTR",
        "INVISIBLE",
        "<p>",
    ):
        assert invisible not in mail.body
    # <br> and block elements keep the line structure; entities are decoded.
    assert "newsletter.\nThank you" in mail.body
    assert "Fish & chips" in mail.body


def test_html_blockquote_becomes_quoted() -> None:
    mail = load("html_blockquote_reply.eml")
    assert mail.new_text == "Please unsubscribe me."
    assert "> Fall savings are here." in mail.quoted
    assert "unsubscribe to opt out" not in mail.new_text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("iso8859_mislabelled_as_ascii.eml", "recibir más publicidad. Mi dirección es Calle Mayor"),
        ("latin1_label_but_utf8.eml", "mi información con otras compañías"),
        ("utf8_label_but_cp1252.eml", "I said “please stop” – it’s not hard. Café."),
        ("unknown_charset_label.eml", "Café owner here"),
    ],
)
def test_mislabelled_charsets_decode_cleanly(name: str, expected: str) -> None:
    mail = load(name)
    assert expected in mail.body
    assert "\ufffd" not in mail.body and "Ã" not in mail.body
    assert "charset-fallback" in mail.defects


def test_spanish_reply_el_escribio() -> None:
    mail = load("spanish_reply_el_escribio.eml")
    assert mail.language == "es"
    assert mail.new_text == "Buenas tardes, por favor no me envíen más ofertas por correo."
    assert "escribió:" in mail.quoted and "BAJA" in mail.quoted
    assert "BAJA" not in mail.new_text


def test_gmail_attribution_wrapped_over_two_lines() -> None:
    mail = load("gmail_on_wrote_two_lines.eml")
    assert mail.new_text == "Count me out of any future promotions, please."
    assert "customer-service@utility.example> wrote:" in mail.quoted
    assert "wrote" not in mail.new_text and "unsubscribe" not in mail.new_text


def test_format_flowed_is_unwrapped_before_splitting() -> None:
    mail = load("format_flowed_attribution.eml")
    assert "This is a long line that my client wrapped" in mail.new_text
    assert "wrote:" not in mail.new_text
    assert "comfort tips" in mail.quoted


def test_outlook_original_message_block_is_quoted() -> None:
    mail = load("outlook_original_message_block.eml")
    assert "remove our office" in mail.new_text
    assert mail.quoted.startswith("-----Original Message-----")
    assert "STOP" not in mail.new_text and "99999" not in mail.new_text
    assert "Dana Park" in mail.new_text  # the sender's own name stays with the sender's text


def test_outlook_from_sent_block_reply_is_quoted() -> None:
    mail = load("outlook_from_sent_block_reply.eml")
    assert mail.new_text.startswith("Why does my bill show two meter readings")
    assert mail.quoted.startswith("________________________________\nFrom: Utility News")
    assert "unsubscribe" not in mail.new_text and not mail.forwarded


def test_outlook_spanish_header_block_in_a_forward_is_forwarded() -> None:
    mail = load("outlook_spanish_de_enviado_forward.eml")
    assert mail.new_text == "No quiero que vendan mi nombre a otras empresas."
    assert mail.forwarded.startswith("De: Tienda Lejana")
    assert "darse de baja" not in mail.new_text
    assert not mail.forwarded_as_own
    assert mail.language == "es"


def test_someone_elses_request_forwarded_with_see_below_is_not_the_senders() -> None:
    """Regression test (LABELS.md): Bo forwards Carla's request with "See below."; her words are not his."""
    mail = load("forwarded_see_below.eml")
    assert not mail.forwarded_as_own
    assert mail.new_text == "See below."
    assert "From: Carla Lund" in mail.forwarded and "do not share my name" in mail.forwarded


def test_apple_forward_fyi_with_mobile_signoff_counts_as_own() -> None:
    mail = load("forwarded_begin_apple_fyi.eml")
    assert mail.forwarded_as_own
    assert mail.new_text == "Stop mailing me the catalog, I have asked twice."
    assert mail.signature == "Sent from my iPhone"
    assert mail.forwarded.startswith("Begin forwarded message:")


def test_forward_of_own_earlier_message_counts_as_own() -> None:
    mail = load("forwarded_own_message.eml")
    assert mail.forwarded_as_own
    assert mail.new_text.startswith("Trying this address instead")
    assert "Remove me from all marketing mail. Ed Soto" in mail.new_text


def test_see_below_with_only_a_quote_takes_the_quote() -> None:
    mail = load("see_attached_empty_reply.eml")
    assert mail.forwarded_as_own
    assert mail.new_text == "Please cancel my paperless billing and mail my statements instead."


def test_inline_reply_keeps_text_between_quotes() -> None:
    mail = load("inline_reply_interleaved.eml")
    assert "Yes, keep sending it." in mail.new_text and "No, never share my name." in mail.new_text
    assert "partner companies" not in mail.new_text and "partner companies" in mail.quoted


def test_bottom_posted_reply_with_bare_attribution() -> None:
    mail = load("bottom_posted_reply.eml")
    assert mail.new_text == "Yes - unsubscribe me, please. And who else got my address?"
    assert mail.quoted.startswith("Utility Offers <offers@utility.example> wrote:")


def test_header_injection_newlines_are_removed_everywhere() -> None:
    mail = load("header_injection_encoded_newline.eml")
    assert mail.subject == "Hello Bcc: x@evil.example"
    assert mail.from_ is not None and mail.from_.email == "mallory@evil.example"
    assert "\n" not in mail.from_.name and "\r" not in mail.from_.name
    assert [a.email for a in mail.to] == ["customercare@utility.example", "eve@evil.example"]
    assert mail.to[1].name == "Eve"
    assert mail.reply_to[0].email == "reply@evil.example" and "\n" not in mail.reply_to[0].name
    assert mail.header("x-note") == "a b c"
    assert "bcc" not in mail.headers  # the injected text never became a header of its own


def test_rfc2047_headers_and_message_ids() -> None:
    mail = load("encoded_headers_rfc2047.eml")
    assert mail.subject == "Solicitud de baja – información personal"
    assert mail.from_ == Address("José Ríos Sánchez", "jrs@mail.example.net")
    assert mail.to == (Address("Atención al Cliente", "customercare@utility.example"),)
    assert mail.cc == (Address("Doe, Ann", "ann@mail.example.net"), Address("", "bob@mail.example.net"))
    assert mail.reply_to == (Address("Home", "jrs.home@mail.example.net"),)
    assert mail.sender == Address("Asistente", "assist@mail.example.net")
    assert mail.in_reply_to == ("<orig.1@utility.example>",)
    assert mail.references == ("<root.0@utility.example>", "<orig.1@utility.example>")
    assert mail.signature == "Saludos,\nJosé Ríos Sánchez"
    assert mail.language == "es"


def test_raw_8bit_headers_decode_as_utf8() -> None:
    mail = load("raw_8bit_header.eml")
    assert mail.subject == "Désabonnement – catálogo"
    assert mail.from_ is not None and mail.from_.name == "Zoë Ålund"


def test_truncated_multipart_keeps_text_and_reports() -> None:
    mail = load("truncated_multipart.eml")
    assert "stop sending the catalog" in mail.new_text
    assert {"missing-boundary", "truncated", "bad-base64"} <= set(mail.defects)
    assert mail.attachments[0].filename == "notes.txt"


@pytest.mark.parametrize(("name", "defect"), [
    ("damaged_base64_truncated.eml", "truncated"),  # cut after a whole base64 quad: the stdlib says nothing
    ("damaged_base64_line_cut.eml", "bad-base64"),  # one line cut short in the middle
    ("damaged_quoted_printable.eml", "bad-quoted-printable"),  # "=LL", and "=E2=80" with its third byte lost
])
def test_broken_transfer_encoding_is_flagged(name: str, defect: str) -> None:
    mail = load(name)
    assert defect in mail.defects
    assert "Marisol Quint" in mail.new_text  # the text that survived is still read


def test_whole_transfer_encodings_are_not_flagged() -> None:
    """The other side of the flags above: the same text encoded whole, at every length mod 3 and 4, with and
    without a final newline in the text, is clean; and a multipart part ends without a line break of its own."""
    import base64 as b64

    for extra in range(6):
        for tail in ("", "\n"):
            text = "Please stop the ads." + "x" * extra + "\nMarisol Quintanilla-Ortega" + tail
            for cte, encoded in (("base64", b64.encodebytes(text.encode()).decode()),
                                 ("quoted-printable", quopri_encode(text))):
                single = (f"From: a@example.com\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\n"
                          f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
                          f"{encoded}\r\n").replace("\r\n", "\n").replace("\n", "\r\n").encode()
                mail = parse(single)
                assert mail.defects == (), (cte, extra, tail, mail.defects)
                assert mail.body.strip() == text.strip()
                multi = (f"From: a@example.com\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\n"
                         f"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; "
                         f"charset=utf-8\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{encoded}\r\n--B--\r\n")
                assert parse(multi.replace("\r\n", "\n").replace("\n", "\r\n").encode()).defects == ()


def quopri_encode(text: str) -> str:
    import quopri

    return quopri.encodestring(text.encode()).decode()


def test_broken_boundary_is_recovered() -> None:
    mail = load("broken_boundary.eml")
    assert "broken-boundary" in mail.defects
    assert mail.new_text == "I do not want my name shared with anyone."
    assert not mail.body_is_html


def test_missing_message_id() -> None:
    mail = load("missing_message_id.eml")
    assert mail.message_id is None
    assert "no-message-id" in mail.defects
    assert mail.new_text == "Is my account paperless yet?"


def test_attachments_name_type_size_and_text() -> None:
    mail = load("text_attachment.eml")
    assert mail.new_text == "Please see the attached letter and do not share our company name."
    assert not mail.forwarded_as_own  # "see the attached letter" is a real request, not a bare pointer
    text_att, pdf = mail.attachments
    assert (text_att.filename, text_att.content_type) == ("letter.txt", "text/plain")
    assert text_att.text is not None and "Señor Ruiz, account 4455." in text_att.text
    assert (pdf.filename, pdf.content_type, pdf.text) == ("carta señor.pdf", "application/pdf", None)
    assert pdf.size == 9 + 256 * 4
    assert mail.part_types == ("multipart/mixed", "text/plain", "text/plain", "application/pdf")
    assert "account 4455" not in mail.body


def test_signature_after_delimiter_and_disclaimer() -> None:
    mail = load("signature_and_disclaimer.eml")
    assert mail.new_text == "Please stop sending promotional mail to our office."
    assert "Doe & Partners LLP" in mail.signature and "55 River St" in mail.signature
    assert mail.disclaimer.startswith("CONFIDENTIALITY NOTICE")
    assert "CONFIDENTIAL" not in mail.signature


def test_salutation_block_goes_to_signature_intact() -> None:
    mail = load("salutation_signature_block.eml")
    assert mail.new_text == "Please do not rent or sell my name to other catalogs. I still want to get yours."
    assert mail.signature == "Thanks,\nJane Doe\n123 Main St\nMadison, WI 53703"


def test_spanish_mobile_signoff() -> None:
    mail = load("mobile_signoff_spanish.eml")
    assert mail.signature == "Enviado desde mi iPhone"
    assert mail.new_text == "Quiero darme de baja de todos sus correos de promociones."
    assert mail.language == "es"


def test_external_banner_is_not_new_text() -> None:
    mail = load("external_banner_top.eml")
    assert mail.disclaimer.startswith("CAUTION:")
    assert mail.new_text.startswith("Please stop sending our building")


def test_dsn_null_return_path_and_report_parts() -> None:
    mail = load("dsn_null_return_path.eml")
    assert mail.return_path == ""
    assert mail.content_type == "multipart/report"
    assert "message/delivery-status" in mail.part_types and "message/rfc822" in mail.part_types
    status = next(a for a in mail.attachments if a.content_type == "message/delivery-status")
    assert status.text is not None and "Status: 5.1.1" in status.text
    assert mail.new_text == "Your message could not be delivered to one recipient."
    assert "Thank you for contacting us." not in mail.body  # the returned message is not the body


def test_mailparser_failure_falls_back_to_stdlib() -> None:
    # An encoded word with broken base64 makes mail-parser raise; the stdlib still reads the basics.
    mail = load("bad_encoded_word_from.eml")
    assert "parser-error:mailparser-HeaderParseError" in mail.defects
    assert mail.from_ is not None and mail.from_.email == "ann@mail.example.net"
    assert mail.to == (Address("", "customercare@utility.example"),)
    assert mail.date is not None and mail.date.isoformat() == "2024-09-03T10:15:00-05:00"
    assert mail.new_text == "Please remove me from the catalog list."


def test_binary_posing_as_text_is_not_body() -> None:
    mail = parse(b"Content-Type: text/plain\r\n\r\n" + bytes(range(256)) * 4)
    assert mail.body == "" and "undecodable-part" in mail.defects


def test_weekday_mismatch_is_not_a_bad_date_but_garbage_is() -> None:
    slip = parse(b"Date: Mon, 03 Sep 2024 10:15:00 -0500\r\nMessage-ID: <a@b>\r\n\r\nx")
    assert slip.date is not None and "bad-date" not in slip.defects
    garbage = parse(b"Date: yesterday-ish\r\nMessage-ID: <a@b>\r\n\r\nx")
    assert garbage.date is None and "bad-date" in garbage.defects


def test_return_path_absent_is_none() -> None:
    mail = parse(b"From: a@example.org\r\nSubject: x\r\n\r\nhi\r\n")
    assert mail.return_path is None
    assert mail.new_text == "hi"


# -- size cap and hostile input -------------------------------------------------------------------------


def test_oversize_message_parses_headers_and_the_start_of_the_body() -> None:
    original = (DATA / "plain_simple_optout.eml").read_bytes()
    raw = original + b"x" * 5000
    whole = parse(original)
    mail = parse(raw, max_bytes=len(original) - 20)
    assert "oversize" in mail.defects
    assert mail.body and whole.body.startswith(mail.body.rstrip()) and len(mail.body) < len(whole.body)
    assert mail.subject == "Stop the flyers" and mail.from_ is not None
    assert mail.size == len(raw)


def test_oversize_message_reads_a_bounded_prefix() -> None:
    from intake.mail.parse import OVERSIZE_PREFIX_BYTES

    head = b"From: a@example.org\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\nPlease stop the catalog.\r\n"
    mail = parse(head + b"y" * (3 * OVERSIZE_PREFIX_BYTES), max_bytes=2 * OVERSIZE_PREFIX_BYTES)
    assert "oversize" in mail.defects and mail.new_text.startswith("Please stop the catalog.")
    assert len(mail.body) < OVERSIZE_PREFIX_BYTES


def test_oversize_without_header_end_is_capped() -> None:
    mail = parse(b"Subject: " + b"a" * 600_000, max_bytes=1000)
    assert "oversize" in mail.defects and mail.body == ""


def test_deep_nesting_does_not_raise() -> None:
    depth = 1500
    parts = [f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)]
    raw = ("Subject: deep\r\nMessage-ID: <deep@x>\r\n" + "".join(parts) + "\r\nhello\r\n").encode()
    mail = parse(raw)
    assert_sane(mail)
    assert mail.subject == "deep"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\r\n\r\n",
        b"\x00\xff\xfe",
        b"Subject: only a header",
        b"no headers at all, just text\r\n",
        b"Content-Type: multipart/mixed\r\n\r\nno boundary param",
        b'Content-Type: text/plain; charset="\xff"\r\n\r\nx',
        b"From: <<<@@@>>>\r\nTo: ,,,;;;\r\nDate: Feb 30 99999\r\n\r\n",
        b"Content-Type: text/plain; charset=utf-7\r\n\r\n+2D3/-",
        b"Content-Transfer-Encoding: base64\r\n\r\n====!!!",
    ],
)
def test_degenerate_inputs_return_a_mail(raw: bytes) -> None:
    assert_sane(parse(raw))


def test_non_bytes_input_never_raises() -> None:
    assert isinstance(parse("Subject: text\r\n\r\nbody"), Mail)  # type: ignore[arg-type]
    mail = parse(12345)  # type: ignore[arg-type]
    assert isinstance(mail, Mail) and mail.defects and mail.defects[0].startswith("parser-error")


def test_decode_bytes_never_raises_and_flags() -> None:
    assert decode_bytes(b"plain", "no-such") == ("plain", None)
    assert decode_bytes("é".encode(), "utf-8") == ("é", None)
    assert decode_bytes(b"\xe9", "iso-8859-1") == ("é", None)
    assert decode_bytes(b"\x80\x81", "us-ascii") == ("€\x81", "charset-fallback")
    text, problem = decode_bytes(b"\xff\xfe\xfa", "shift_jis")
    assert isinstance(text, str) and problem == "charset-fallback"


def test_decode_header_value_strips_controls() -> None:
    assert decode_header_value("=?UTF-8?Q?=0A?=Bcc: x@evil") == "Bcc: x@evil"
    assert decode_header_value("a\r\n\tb") == "a b"
    assert decode_header_value("=?bogus?Q?abc?=") == "abc"


# -- every message we can lay hands on ------------------------------------------------------------------


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


@pytest.mark.skipif(not CPYTHON_EMAIL_DATA.is_dir(), reason="CPython email test data not installed")
def test_cpython_email_test_data() -> None:
    files = _files(CPYTHON_EMAIL_DATA)
    assert files
    for path in files:
        assert_sane(parse(path.read_bytes()))


@pytest.mark.parametrize("folder", ["real-bounces", "corpus"])
def test_shared_mail(folder: str) -> None:
    root = SHARED / folder
    files = [p for p in _files(root) if p.suffix == ".eml" or folder == "real-bounces"]
    if not files:
        pytest.skip(f"{root} not present")
    for path in files:
        mail = parse(path.read_bytes())
        assert_sane(mail)
        assert not any(d.startswith("parser-error") for d in mail.defects), (path, mail.defects)


# -- fuzzing --------------------------------------------------------------------------------------------

SEEDS = [p.read_bytes() for p in ALL_FILES] or [b"Subject: x\r\n\r\ny\r\n"]


def _is_own_bug(defect: str) -> bool:
    """parse()'s top-level catch fired: a bug in intake, not a defect of the mail (mail-parser's are tolerated)."""
    tolerated = ("parser-error:MailParserRecursionError", "parser-error:mailparser-")
    return defect.startswith("parser-error:") and not defect.startswith(tolerated)


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    kind = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "random"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 40))):
            i = rnd.randrange(len(data))
            data[i] ^= 1 << rnd.randrange(8)
    elif kind == "truncate":
        data = data[: rnd.randrange(len(data) + 1)]
    elif kind == "splice":
        other = rnd.choice(SEEDS)
        data = data[: rnd.randrange(len(data) + 1)] + other[rnd.randrange(len(other) + 1) :]
    elif kind == "insert":
        chunk = draw(
            st.sampled_from(
                [
                    b"\r\n\r\n",
                    b"=?UTF-8?Q?=0A?=",
                    b"--",
                    b"\r\n--XYZ-outer--\r\n",
                    b"\x00",
                    b'Content-Type: multipart/mixed; boundary="q"\r\n',
                    b"<",
                    b">",
                    b"=?",
                    b"\r\n>",
                    b"begin 644 x\r\n",
                    b"\xff\xfe",
                    b"&#0;<blockquote>",
                ]
            )
        )
        i = rnd.randrange(len(data) + 1)
        data = data[:i] + chunk + data[i:]
    else:
        data = bytearray(draw(st.binary(max_size=2000)))
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_mail())
def test_fuzz_parse_never_raises(raw: bytes) -> None:
    mail = parse(raw, max_bytes=4000)
    assert_sane(mail)
    assert not any(_is_own_bug(d) for d in mail.defects), mail.defects


def test_text_limit_reads_only_the_head_of_a_long_body() -> None:
    """For the staff page only: the body and its split stop at the limit, and `text_cut` says so."""
    text = "Please stop the ads.\n" + "more words on a line\n" * 5000 + "LAST LINE\n"
    plain = (f"From: a@example.com\r\nMessage-ID: <a@b>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}")
    whole, head = parse(plain.encode()), parse(plain.encode(), text_limit=1000)
    assert not whole.text_cut and "LAST LINE" in whole.body
    assert head.text_cut and len(head.body) == 1000 and head.new_text.startswith("Please stop the ads.")
    assert "LAST LINE" not in head.new_text and head.defects == whole.defects
    assert not parse(plain.encode(), text_limit=len(whole.body)).text_cut
    html = "<html><body><p>Please stop the ads.</p>" + "<p>more words</p>" * 5000 + "<p>LAST</p></body></html>"
    htmlmail = f"From: a@example.com\r\nMessage-ID: <a@b>\r\nContent-Type: text/html\r\n\r\n{html}\r\n"
    cut = parse(htmlmail.encode(), text_limit=1000)
    assert cut.text_cut and cut.body.startswith("Please stop the ads.") and "LAST" not in cut.body
    assert len(cut.body) <= 1000 and "\x00" not in cut.body
