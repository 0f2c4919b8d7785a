"""Template environments: the only module that imports Jinja2.

Two kinds, both reading templates from folders (the first folder that has a template wins, so a rules folder can
override intake's own wording):

* plain text (acknowledgements): no escaping, undefined names are errors, block tags leave no blank lines;
* HTML (the weekly report, the staff page): autoescape on, because names and addresses come from strangers' mail,
  and every value shown has its bidirectional controls made visible (`neutralise_bidi`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import re

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Undefined

Template = Any
"""A loaded template: `.render(**context)`; `.module` exposes its macros."""


# Explicit direction marks, embeddings, overrides and isolates (and the Arabic letter mark). A right-to-left override
# in an attachment name or a subject reverses the text after it up to the end of the paragraph, across element
# boundaries, so "invoice<RLO>fdp.exe" reads "invoiceexe.pdf" and the page around it can read backwards.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise_bidi(value: Any) -> Any:
    """Each bidi control in a shown value replaced by its visible name, "[U+202E]": the reader sees that it was
    there, and the text keeps its order. Markup stays markup (no control is part of a tag)."""
    if not isinstance(value, str) or not BIDI_CONTROLS.search(value):
        return value  # the common case costs one scan in C
    shown = BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(value))
    # Markup (a str with __html__) is rebuilt as its own type: markupsafe has one importer, and it is not here.
    return type(value)(shown) if hasattr(value, "__html__") else shown


def text_environment(folders: Sequence[Path]) -> Environment:
    return Environment(loader=_loader(folders), autoescape=False, undefined=StrictUndefined,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def html_environment(folders: Sequence[Path], filters: Mapping[str, Callable] | None = None, *,
                     strict: bool = True) -> Environment:
    env = Environment(loader=_loader(folders), autoescape=True, undefined=StrictUndefined if strict else Undefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=neutralise_bidi)
    env.filters.update(filters or {})
    return env


def _loader(folders: Sequence[Path]) -> ChoiceLoader:
    return ChoiceLoader([FileSystemLoader(Path(folder)) for folder in folders])
