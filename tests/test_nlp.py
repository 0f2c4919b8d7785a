"""intake.decide.nlp, the deciding side's use of spaCy: imported without spaCy's command-line interface, which a
daemon never runs and which cost 18 MiB of the memory budget (issue 14), yet with nothing of spaCy's own API lost;
and lemma tables of our own that lemmatize exactly as spaCy's lookup lemmatizer does, in a sixth of its memory."""

from __future__ import annotations

import subprocess
import sys

import pytest

from intake.decide import nlp


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_deciding_does_not_load_spacys_command_line_interface():
    out = _run("import sys, intake.decide.nlp\n"
               "print(sorted(m for m in ('spacy.cli', 'typer', 'rich', 'weasel', 'jinja2') if m in sys.modules))")
    assert out == "[]"


def test_spacy_still_decides_and_its_cli_can_still_be_imported_afterwards():
    out = _run("import intake.decide.nlp as nlp\n"
               "doc = nlp.spacy.blank('en')('We were mailing catalogs')\n"
               "print([t.text for t in doc])\n"
               "import spacy.cli\n"
               "print(spacy.cli.__file__.endswith('__init__.py'), callable(spacy.cli.info))")
    assert out.splitlines() == ["['We', 'were', 'mailing', 'catalogs']", "True True"]


def test_spacy_imported_first_is_used_as_it_is():
    out = _run("import spacy, sys\nimport intake.decide.nlp as nlp\n"
               "print(nlp.spacy is spacy, 'spacy.cli' in sys.modules)")
    assert out == "True True"


# --- the lemma tables ---------------------------------------------------------------------------------------------

TEXTS = ["Please stop mailing us the catalogs; we were receiving TWO copies.",
         "Mailing lists, e-mails, data and the datum: Don't SELL my name! 😀 ZIP 53718-1234, acct #55-0192.",
         "", "   ", "Por favor no me manden más catálogos ni ofertas, ya no vivimos ahí."]


def _spacys_lookup_lemmatizer(lang: str):
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_compact_table_lemmatizes_as_spacys_lookup_lemmatizer_does(lang):
    spacys = _spacys_lookup_lemmatizer(lang)
    ours = nlp.Pipelines({"en": nlp.LemmaTable.of(nlp.full_table("en")),
                          "es": nlp.LemmaTable.of(nlp.full_table("es"))}, {})
    for text in TEXTS:
        assert [t.lemma_ for t in ours.docs([text], lang)[0]] == [t.lemma_ for t in spacys(text)]


def test_lemma_fixes_override_and_add_forms_and_the_saved_table_leaves_them_out(tmp_path):
    base = nlp.LemmaTable.of({"data": "datum", "mailing": "mail"})
    pipelines = nlp.Pipelines({"en": base, "es": base}, {"en": {"data": "data", "emailing": "email"}})
    assert [t.lemma_ for t in pipelines.docs(["data mailing emailing Mailing"], "en")[0]] == \
        ["data", "mail", "email", "Mailing"]
    pipelines.save(tmp_path)
    again = nlp.Pipelines.load(tmp_path, {})
    assert [t.lemma_ for t in again.docs(["data emailing"], "en")[0]] == ["datum", "emailing"]


def test_a_model_folder_of_the_earlier_format_loads_the_same_tables(tmp_path):
    """Regression test: model folders written before the compact tables kept a saved spaCy pipeline (English) and a
    JSON table (Spanish); `--model DIR` of replay may name one."""
    import json

    _spacys_lookup_lemmatizer("en").to_disk(tmp_path / "en")
    (tmp_path / "es_lemma_lookup.json").write_text(json.dumps({"manden": "mandar"}), encoding="utf-8")
    old = nlp.Pipelines.load(tmp_path, {})
    assert [t.lemma_ for t in old.docs(["We were mailing catalogs"], "en")[0]] == ["We", "be", "mail", "catalog"]
    assert [t.lemma_ for t in old.docs(["no me manden catálogos"], "es")[0]] == ["no", "me", "mandar", "catálogos"]
