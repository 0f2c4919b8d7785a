"""Template environments: the only module that imports Jinja2.

Two kinds, both reading templates from folders (the first folder that has a template wins, so a rules folder can
override intake's own wording):

* plain text (acknowledgements): no escaping, undefined names are errors, block tags leave no blank lines;
* HTML (the weekly report, the staff page): autoescape on, because names and addresses come from strangers' mail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Undefined

Template = Any
"""A loaded template: `.render(**context)`; `.module` exposes its macros."""


def text_environment(folders: Sequence[Path]) -> Environment:
    return Environment(loader=_loader(folders), autoescape=False, undefined=StrictUndefined,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def html_environment(folders: Sequence[Path], filters: Mapping[str, Callable] | None = None, *,
                     strict: bool = True) -> Environment:
    env = Environment(loader=_loader(folders), autoescape=True, undefined=StrictUndefined if strict else Undefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(filters or {})
    return env


def _loader(folders: Sequence[Path]) -> ChoiceLoader:
    return ChoiceLoader([FileSystemLoader(Path(folder)) for folder in folders])
