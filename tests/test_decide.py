"""The deciding chain's distinctions, each as its own case, in English and Spanish, on the committed model."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from intake.decide.chain import Decider
from intake.mail.parse import parse
from intake.rulefile import RuleError
from intake.settings import ClassifierSettings, Settings

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
SETTINGS = ClassifierSettings()


@pytest.fixture(scope="module")
def classifier() -> Decider:
    return Decider.load(Settings(source="test"))


def labels_of(classifier: Decider, text: str, subject: str = "", language: str = "und", sender: str | None = None):
    """(labels, review, evidence) of a fresh message with this text (and subject)."""
    decision = classifier.classify(parse(eml(text, subject or "", **({"sender": sender} if sender else {}))))
    evidence = {**decision.evidence, "reasons": list(decision.reasons), "proposed_labels": list(decision.proposed)}
    return decision.labels, decision.review, evidence


def eml(body: str, subject: str = "Hello", extra_headers: str = "", sender: str = "Pat Doe <pat@example.org>") -> bytes:
    headers = (f"From: {sender}\r\nTo: customercare@alliant-energy.com\r\nSubject: {subject}\r\n"
               f"Date: Tue, 05 Nov 2024 10:00:00 -0600\r\nMessage-ID: <t{abs(hash(body + subject))}@example.org>\r\n"
               f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n{extra_headers}")
    return (headers + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


# --- catalog vs sharing -------------------------------------------------------------------------------------------


def test_stop_sending_the_catalog_is_a_marketing_opt_out(classifier):
    labels, review, _ = labels_of(classifier, "Hello,\n\nPlease stop sending me the catalog.\n\nThanks")
    assert (labels, review) == ((M,), False)


def test_keep_the_catalog_but_do_not_share_is_sharing_only(classifier):
    text = "I love the catalogs, keep them coming, but don't give my name to other companies."
    labels, review, _ = labels_of(classifier, text)
    assert (labels, review) == ((S,), False)


def test_do_not_sell_my_personal_information_is_sharing(classifier):
    labels, review, _ = labels_of(classifier, "Do not sell my personal information.")
    assert (labels, review) == ((S,), False)


def test_asking_whether_a_name_was_shared_is_no_opt_out(classifier):
    labels, review, _ = labels_of(classifier, "Have you shared my name with other companies? I would like to know.")
    assert S not in labels


@pytest.mark.xfail(strict=True, reason="models b47de2c505 and 3dbb56d01d lean to a sharing opt-out beside the question "
                                       "at `beside` 0.2: a doubt, so staff decide (over-deferral, not a wrong decision; models "
                                       "c74697691d and ce5a0b301f decided it alone, 3de6386064 and b894d8885d did not)")
def test_asking_whether_a_name_was_shared_is_decided_as_a_question(classifier):
    labels, review, _ = labels_of(classifier, "Have you shared my name with other companies? I would like to know.")
    assert (labels, review) == ((Q,), False)


# --- questions that mention opting out ----------------------------------------------------------------------------


def test_if_i_unsubscribe_is_a_question_not_an_opt_out(classifier):
    labels, review, evidence = labels_of(classifier, "If I unsubscribe, will I still get outage alerts?")
    assert (labels, review) == ((Q,), False)
    assert any(h["status"] == "hypothetical" for h in evidence["rule_hits"])


def test_not_wanting_to_unsubscribe_after_a_move_is_a_question(classifier):
    labels, review, evidence = labels_of(classifier, "I do NOT want to unsubscribe, I just moved. Please update my address.")
    assert (labels, review) == ((Q,), False)
    assert any(h["status"] == "negated" for h in evidence["rule_hits"])


def test_opting_back_in_is_a_question(classifier):
    labels, review, _ = labels_of(classifier, "I unsubscribed by mistake last week. Please put me back on the email list.")
    assert M not in labels
    assert labels == (Q,) or review


def test_polite_request_phrased_as_a_question_is_not_a_question(classifier):
    labels, review, _ = labels_of(classifier, "Could you please take me off your mailing list?")
    assert (labels, review) == ((M,), False)


# --- sarcasm, third parties, unclear ------------------------------------------------------------------------------


def test_sarcasm_goes_to_review_with_proposed_labels_only(classifier):
    labels, review, evidence = labels_of(classifier, "Sure, keep sending me junk, I love recycling it.")
    assert review and labels == ()
    assert "sarcasm" in evidence["flags"]
    assert "proposed_labels" in evidence


def test_someone_else_without_a_clear_request_goes_to_review(classifier):
    labels, review, evidence = labels_of(classifier, "My father Robert Jones passed away in March.")
    assert review and labels == ()
    assert "third_party" in evidence["flags"]


def test_someone_else_is_noted_even_when_the_request_is_clear(classifier):
    _labels, _review, evidence = labels_of(
        classifier, "My late husband John Smith still gets your catalog. Please stop sending it.")
    assert "third_party" in evidence["flags"]
    assert M in evidence.get("proposed_labels", [M]) and "my late husband" in " ".join(evidence["reasons"]).lower()


def test_a_bare_question_mark_is_unclear(classifier):
    labels, review, _ = labels_of(classifier, "?")
    assert review and labels == ()


# --- Spanish ------------------------------------------------------------------------------------------------------


def test_spanish_marketing_opt_out(classifier):
    labels, review, _ = labels_of(classifier, "Hola,\n\nPor favor dejen de enviarme el catálogo.\n\nGracias", language="es")
    assert (labels, review) == ((M,), False)


def test_spanish_sharing_opt_out(classifier):
    labels, review, _ = labels_of(classifier, "Por favor no compartan mi nombre con otras empresas.", language="es")
    assert (labels, review) == ((S,), False)


def test_spanish_if_i_unsubscribe_is_a_question(classifier):
    labels, review, _ = labels_of(classifier, "Si me doy de baja, ¿seguiré recibiendo los avisos de apagón?", language="es")
    assert M not in labels
    assert labels == (Q,) or review


def test_spanish_not_wanting_to_unsubscribe_is_not_an_opt_out(classifier):
    labels, review, _ = labels_of(classifier, "No quiero darme de baja, solo quiero saber cómo cambiar mi dirección.",
                                  language="es")
    assert M not in labels


# --- whole messages: List-Unsubscribe, quoted promos, automated mail, defects ---------------------------------------


@pytest.mark.parametrize("body", ["", "This message was automatically generated by Gmail.", "Sent from my iPhone"])
def test_list_unsubscribe_mailto_message_is_a_marketing_opt_out(classifier, body):
    decision = classifier.classify(parse(eml(body, subject="unsubscribe")))
    assert not decision.automated
    assert (decision.labels, decision.review) == ((M,), False)
    assert decision.ack_to == "pat@example.org"


def test_catalog_email_unsubscribe_is_marketing_not_sharing(classifier):
    decision = classifier.classify(parse(eml("", subject="unsubscribe PH-2411-55120")))
    assert decision.labels == (M,)


def test_quoted_promo_footer_does_not_count(classifier):
    body = ("Does the thermostat offer work with a gas furnace? I want to check before I buy.\n\n"
            "On Tue, Oct 15, 2024 at 9:00 AM Alliant Energy <customercare@alliant-energy.com> wrote:\n"
            "> Fall savings: $50 back on a smart thermostat.\n"
            "> To opt out of marketing emails, unsubscribe here or reply with the word unsubscribe.\n"
            "> Alliant Energy, 4902 N Biltmore Ln, Madison WI 53718\n")
    decision = classifier.classify(parse(eml(body, subject="Re: Fall savings")))
    assert M not in decision.labels and M not in decision.evidence.get("proposed_labels", [])
    assert decision.entities.postal_code is None


def test_automated_mail_gets_no_labels_no_review_no_ack(classifier):
    body = "I am out of the office until Monday. Please unsubscribe requests go to my colleague."
    mail = parse(eml(body, subject="Automatic reply: Holiday Preview",
                     extra_headers="Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n"))
    decision = classifier.classify(mail)
    assert decision.automated
    assert (decision.labels, decision.review, decision.ack_to) == ((), False, None)
    assert decision.evidence["kind"]["kind"] == "machine" and decision.kind == "machine"


def test_damaged_message_goes_to_review_without_an_acknowledgement(classifier):
    mail = dataclasses.replace(parse(eml("Please unsubscribe me.")), defects=("oversize",))
    decision = classifier.classify(mail)
    assert decision.review and decision.labels == ()
    assert decision.ack_to is None  # not readable whole: staff look first, and answer from the review page
    assert any("not readable whole" in r for r in decision.evidence["recipient_reasons"])
    assert decision.evidence["proposed_labels"] == [M]


def test_decision_carries_evidence_and_model_version(classifier):
    decision = classifier.classify(parse(eml("Please do not share my name with other catalog companies.")))
    assert decision.model_version == classifier.model_version
    assert decision.model_version.startswith("model-")
    evidence = decision.evidence
    assert evidence["model_version"] == decision.model_version
    assert any(h["tag"] == S and "share my name" in h["text"] for h in evidence["rule_hits"])
    assert set(evidence["confidence"]["scores"]) == {M, S, Q, "unclear", "not_a_request"}
    assert evidence["rule_misses"] and "recipient_reasons" in evidence
    # every step of the chain says what it found, the misses included
    assert {"words", "thread", "kind", "confidence", "review"} <= set(evidence)
    assert evidence["kind"]["misses"] and evidence["thread"]["answers"] == "none"
    import json

    json.dumps(dict(evidence))  # JSON-able


def test_classify_many_matches_classify(classifier):
    mails = [parse(eml(b)) for b in ("Please unsubscribe me.", "Do not sell my personal information.",
                                     "How do I update my address?")]
    assert [d.labels for d in classifier.classify_many(mails)] == [classifier.classify(m).labels for m in mails]


# --- rule files ---------------------------------------------------------------------------------------------------


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(SETTINGS.rules_dir, target)
    return target


def load_pipelines(model_dir: Path, rules_dir: Path) -> Decider:
    """The decider of a rules folder: loading it compiles and checks every rule."""
    return Decider.load(Settings(source="test", classifier=ClassifierSettings(rules_dir=rules_dir,
                                                                              model_dir=model_dir)))


def test_broken_pattern_raises_rule_error_naming_file_and_rule(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "question.yml").write_text(
        "label: question\nrules:\n  - name: broken_one\n    patterns:\n      - [{LEMMA: {IN: 5}}]\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_pipelines(SETTINGS.model_dir, rules)
    assert info.value.path.endswith("question.yml") and info.value.rule == "broken_one"


def test_unquoted_yaml_boolean_is_explained(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "scope.yml").write_text(
        "rules:\n  - name: yes_no\n    scope: marketing\n    patterns:\n      - [{LOWER: no}]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="quotes") as info:
        load_pipelines(SETTINGS.model_dir, rules)
    assert info.value.rule == "yes_no"


@pytest.mark.parametrize("content, problem", [
    ("label: nonsense\nrules: []\n", "label"),
    ("label: question\nrules:\n  - name: a\n    phrases: [hi]\n  - name: a\n    phrases: [ho]\n", "duplicate"),
    ("rules:\n  - name: c\n    cue: whatever\n    phrases: [x]\n", "cue must be"),
    ("label: question\nrules:\n  - name: d\n", "phrases or patterns"),
    ("label: question\nrules:\n  - name: e\n    phrase: [x]\n", "unknown key"),
    ("label: question\nrules: [\n", "invalid YAML"),
])
def test_invalid_rule_files_are_refused(tmp_path, content, problem):
    rules = _copy_rules(tmp_path)
    (rules / "question.yml").write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=problem) as info:
        load_pipelines(SETTINGS.model_dir, rules)
    assert "question.yml" in str(info.value)


# --- bills, questions beside opt-outs, complaints, someone who died ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Stop mailing me paper statements, I read my bill online.",
    "Please stop sending me paper. My bill can come by email from now on.",
])
def test_paper_bills_are_not_a_marketing_opt_out(classifier, text):
    labels, review, evidence = labels_of(classifier, text)
    assert M not in labels
    assert labels == (Q,) or review
    assert any(h["status"] == "reassigned" for h in evidence["rule_hits"])


def test_paper_with_catalogs_stays_a_marketing_opt_out(classifier):
    labels, _, evidence = labels_of(classifier, "No more paper please, the catalogs and flyers go in the bin.")
    assert M in labels or M in evidence.get("proposed_labels", [])
    assert not any(h["status"] == "reassigned" for h in evidence["rule_hits"])


def test_a_question_asking_for_information_beside_an_opt_out_counts(classifier):
    _, _, evidence = labels_of(classifier, "Please don't share my name with other companies. How soon will that apply?")
    assert any(h["rule"] == "question_mark" and h["status"] == "live" for h in evidence["rule_hits"])


@pytest.mark.parametrize("text", [
    "Why do you keep sending me this junk? Unsubscribe me.",
    "How many times do I have to ask? Remove me from your mailing list.",
])
def test_a_complaint_dressed_as_a_question_is_not_a_question(classifier, text):
    labels, _, evidence = labels_of(classifier, text)
    assert Q not in labels
    assert any(h["rule"] == "question_mark" and h["status"] == "rhetorical" for h in evidence["rule_hits"])


def test_an_opt_out_for_someone_who_died_goes_to_staff(classifier):
    labels, review, evidence = labels_of(classifier, "My aunt Vera Lund died in June. Please stop the catalogs to her.")
    assert review and labels == ()
    assert {"deceased", "third_party"} <= set(evidence["flags"])


def test_a_question_about_an_estate_is_still_a_question(classifier):
    labels, _, evidence = labels_of(classifier, "My father passed away. How do I close his account?")
    assert "deceased" in evidence["flags"]
    assert "an opt-out for someone who has died" not in " ".join(evidence["reasons"])


# --- the rule engine: the same matches as spaCy's Matcher ----------------------------------------------------------


def test_token_patterns_match_exactly_as_spacys_matcher(classifier, monkeypatch):
    """The fast engine (decide/matching.py) is speed work only: it finds what spaCy's Matcher finds."""
    from intake.decide import matching, rules as rulebook
    from intake.decide.nlp import Columns
    from intake.decide.reading import Text
    from intake.decide.train import load_snippets

    tools = classifier.tools
    fast = tools.rules
    monkeypatch.setattr(matching.TokenPattern, "compile", classmethod(lambda cls, pattern, strings: None))
    slow = rulebook.RuleBook.load(SETTINGS.rules_dir, tools.pipelines, tools.catalogue)
    assert fast.compiled["en"].fast and not slow.compiled["en"].fast
    texts = [(item.mail.new_text, item.mail.language) for item in load_snippets()[::7]]
    texts += [("STOP!!! no more e-mail , do-not-share my name ... opt - out", "en"),
              ("¿Cuándo dejarán de mandar el catálogo? no compartan mis datos", "es")]
    with tools.pipelines.batch():
        for body, lang in texts:
            text = Text.of([("new_text", body)], lang)
            doc = tools.pipelines.docs([text.lowered], text.lang)[0]
            toks = Columns.of(doc)
            assert [(s.key, a, b) for s, a, b in fast.match(doc, text.lang, toks)] == \
                [(s.key, a, b) for s, a, b in slow.match(doc, text.lang, toks)], body


def test_not_in_and_like_num_run_in_the_fast_engine_as_in_spacy(classifier):
    """NOT_IN and LIKE_NUM, which every rule left to spaCy's Matcher used, are the fast engine's now (speed work:
    spaCy walked the tokens once more per such rule); the same spans as spaCy's Matcher."""
    from spacy.matcher import Matcher

    from intake.decide import matching
    from intake.decide.nlp import Columns

    pipelines = classifier.tools.pipelines
    vocab = pipelines.vocab("en")
    pattern = [{"LOWER": {"IN": ["all", "every"]}}, {"LIKE_NUM": True, "OP": "?"},
               {"LOWER": {"NOT_IN": ["of", "the"]}, "IS_ALPHA": True}, {"LOWER": "units", "OP": "?"}]
    fast = matching.TokenPattern.compile(pattern, vocab.strings)
    assert fast is not None
    spacy_matcher = Matcher(vocab)
    spacy_matcher.add("p", [pattern])
    with pipelines.batch():
        for text in ("stop all 40 homes and every of the units", "all the units, every house, all 3 of them",
                     "every 12 units all apartments"):
            doc = pipelines.docs([text], "en")[0]
            found: set[tuple[int, int]] = set()
            fast.spans(Columns.of(doc), found)
            assert found == {(a, b) for _, a, b in spacy_matcher(doc)}, text


def test_the_vocabulary_does_not_grow_with_the_mail_read(classifier):
    """A daemon reads mail for years: strings spaCy meets in one batch are forgotten after it."""
    import random

    rng = random.Random(7)
    template = parse(eml("hello"))

    def batch():
        return [dataclasses.replace(template, new_text=f"Stop mailing Zq{rng.randrange(10**9)} to {rng.randrange(10**9)}",
                                    body="x") for _ in range(50)]

    vocab = classifier.tools.pipelines.vocab("en")
    classifier.classify_many(batch())
    before = len(vocab.strings)
    for _ in range(5):
        classifier.classify_many(batch())
    assert len(vocab.strings) == before


# --- regression tests from a review of the scope and cue changes ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Please opt me out and do not share my name with anyone.",
    "Remove me and don't sell my information to other companies.",
    "Take me off your list and don't share my address with other catalogs.",
])
def test_a_generic_opt_out_beside_a_sharing_request_is_a_second_request(classifier, text):
    labels, review, evidence = labels_of(classifier, text)
    assert (labels, review) == ((M, S), False), evidence


def test_a_generic_opt_out_about_sharing_is_that_one_request(classifier):
    # From a mailbox provider; from an organisation's domain a doubt of the model above `suspect_organisation`
    # sends the same words to staff (the next test)
    labels, review, evidence = labels_of(classifier, "I'd like to opt out of having my information shared with "
                                                     "third parties.", sender="Pat Doe <pat.doe@gmail.com>")
    assert (labels, review) == ((S,), False), evidence


def test_from_an_organisations_domain_a_fair_doubt_of_the_model_sends_a_request_to_staff(classifier):
    # The mechanism, whatever this model's score for these words: a "not a request" doubt at or above
    # `suspect_organisation` (set here just under the model's own score) is one from an organisation's domain...
    text = "I'd like to opt out of having my information shared with third parties."
    score = labels_of(classifier, text, sender="Pat Doe <pat@smithfarms.org>")[2]["confidence"]["scores"]["not_a_request"]
    th = dataclasses.replace(classifier.tools.thresholds, suspect_organisation=max(score - 0.01, 0.0), suspect=1.0)
    doubting = dataclasses.replace(classifier, tools=dataclasses.replace(classifier.tools, thresholds=th))
    labels, review, evidence = labels_of(doubting, text, sender="Pat Doe <pat@smithfarms.org>")
    assert (labels, review) == ((), True), evidence
    assert evidence["thread"]["sender"] == "organisation"
    assert any("may not be a request" in r for r in evidence["reasons"]), evidence["reasons"]


@pytest.mark.parametrize("text, subject", [
    ("Please do not share my name and address with other companies.", "STOP"),
    ("Please do not sell my name to other companies. Stop.", ""),
])
def test_a_bare_stop_beside_a_request_of_another_kind_goes_to_staff(classifier, text, subject):
    labels, review, evidence = labels_of(classifier, text, subject)
    assert review and labels == (), evidence


@pytest.mark.parametrize("text", [
    "Please stop the emails, you can keep sending the paper catalog.",
    "They can keep mailing the paper catalog. Stop the emails.",
])
def test_keeping_something_is_the_senders_wish_unless_someone_else_keeps_doing_it(classifier, text):
    """The sender keeps the paper catalog ("you can keep sending", "they can keep mailing"): before channel limits
    this went to staff; now the e-mail channel alone is decided (LABELS.md: channel limits are kept), or staff
    decide on a doubt of the model, never the opt-out of both channels."""
    labels, review, evidence = labels_of(classifier, text)
    assert evidence["kept_channels"] == ["marketing_postal"], evidence
    assert labels == ("marketing_opt_out",) or (review and labels == ()), evidence
