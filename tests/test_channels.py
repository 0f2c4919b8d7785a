"""Channel limits (LABELS.md: "Stop the e-mails, keep the paper catalog" is a marketing opt-out of the e-mail
channel; the record and the acknowledgement say which). intake/decide/channels.py with rules/channels.yml.

Written with the feature, before the model was retrained on it; the wordings are ours."""

from __future__ import annotations

import pytest

from intake.decide.channels import ChannelWords
from intake.rulefile import RuleError
from tests.test_decide_kinds import CATALOG, decide, seen

M, S = "marketing_opt_out", "catalog_share_opt_out"
EMAIL, POSTAL = "marketing_email", "marketing_postal"


@pytest.fixture(scope="module")
def decider():
    from intake.decide.chain import Decider
    from intake.settings import Settings

    return Decider.load(Settings(source="test"))


@pytest.mark.parametrize("body, kept", [
    ("Please stop the emails but keep sending the paper catalog.", (POSTAL,)),
    ("No more catalogs in the mail please. I still want the e-mails though.", (EMAIL,)),
    ("Unsubscribe me from your promotional emails. Keep the catalogs coming, I order from them.", (POSTAL,)),
    ("Take me off the flyer mailing list, but keep sending my bills by mail.", ()),
    ("Ya no me manden correos electrónicos de promociones, pero sí quiero el catálogo.", (POSTAL,)),
])
def test_a_kept_channel_is_named_and_the_opt_out_stops_the_rest(decider, body, kept):
    d = decide(decider, body)
    assert d.evidence["kept_channels"] == list(kept), seen(d)
    assert "channel_limit" in d.evidence["flags"], seen(d)
    assert not any("asks to stop and to keep" in r for r in d.reasons), seen(d)
    assert M in d.labels or (d.review and M in d.proposed), seen(d)
    if not d.review:
        assert d.keep_channels == kept, seen(d)


@pytest.mark.parametrize("body", [
    "Stop the catalog but keep sending the catalog.",               # the kept channel is the only one named
    "Please take me off your mailing list, but keep sending.",      # what is kept is not said
    "I like the catalog but take me off everything.",               # mixed wishes (LABELS.md): not a channel cue
    "Stop sending me stuff, except the good coupons.",              # what stops is not named
])
def test_stop_and_keep_that_do_not_say_which_channel_go_to_staff(decider, body):
    d = decide(decider, body)
    assert d.review and not d.labels and d.keep_channels == (), seen(d)
    assert "channel_limit" not in d.evidence.get("flags", []), seen(d)


def test_keeping_the_catalog_beside_a_sharing_opt_out_limits_nothing(decider):
    d = decide(decider, "Keep sending the catalog, but do not share my name with other companies.", to=CATALOG)
    assert S in (d.labels or d.proposed) and M not in d.labels and d.keep_channels == (), seen(d)


def test_the_channel_words_are_checked_against_the_catalogue(tmp_path):
    from intake.settings import Settings

    catalogue = Settings(source="test").catalogue
    (tmp_path / "channels.yml").write_text("keep_rules: [x]\nchannels:\n  fax: [fax]\nnot_marketing: [bill]\n")
    with pytest.raises(RuleError, match="not a channel of the label catalogue"):
        ChannelWords.load(tmp_path, catalogue)
    (tmp_path / "channels.yml").write_text(
        "keep_rules: [x]\nchannels:\n  marketing_email: [email]\n  marketing_postal: [email]\nnot_marketing: []\n")
    with pytest.raises(RuleError, match="listed under marketing_email too"):
        ChannelWords.load(tmp_path, catalogue)


@pytest.mark.parametrize("body, kept", [
    # regression tests (cross-validation on the training sets): what is kept named before the keep cue
    ("Please stop the promotional flyers you mail to my house. E-mail is fine, you can keep sending those.",
     (EMAIL,)),
    ("No more promotional e-mail, please. The bill reminders are useful, so keep those coming.", ()),
    ("Ya no me manden correos de promociones. El catálogo de papel sí lo quiero seguir recibiendo.", (POSTAL,)),
])
def test_what_is_kept_may_be_named_before_the_keep_cue(decider, body, kept):
    d = decide(decider, body)
    assert d.evidence["kept_channels"] == list(kept) and "channel_limit" in d.evidence["flags"], seen(d)


def test_being_put_back_on_one_list_keeps_it_beside_an_opt_out_of_the_other(decider):
    """Regression test (the channels set at first sight): "put me back on the printed catalog list. No e-mails
    though" opts back in to post and out of e-mail: the opt-out must not suppress the catalog it asks back."""
    d = decide(decider, "Last year I asked you to stop the catalog. Please put me back on the mailing list for the "
                        "printed catalog. No e-mails though, please.")
    assert d.evidence["kept_channels"] == [POSTAL], seen(d)
    assert d.review or (M in d.labels and d.keep_channels == (POSTAL,)), seen(d)


def test_being_put_back_beside_an_opt_out_that_names_nothing_else_goes_to_staff(decider):
    d = decide(decider, "Put me back on your mailing list. And stop the catalog.")
    assert d.review and not d.labels, seen(d)
