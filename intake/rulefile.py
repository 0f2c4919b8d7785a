"""Reading the human-editable rule files in rules/.

Every rule file is YAML with a top-level mapping. Problems are reported as RuleError naming the file, the rule and
the problem, so that a compliance officer who edited a file can find their mistake. Modules that interpret a kind
of rule (the automated-mail gate, the phrase rules of the classifier) validate their own fields and raise
RuleError the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class RuleError(Exception):
    """A rule file cannot be used; intake refuses to start rather than decide with a broken rule."""

    def __init__(self, path: str | Path, rule: str, problem: str):
        self.path, self.rule, self.problem = str(path), rule, problem
        super().__init__(f"{path}: rule {rule!r}: {problem}")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (the wheels are): parsing the rule files is most of the
decider's start-up in pure Python. The same documents, the same safety."""


def load_rule_file(path: str | Path) -> dict[str, Any]:
    """Parse one YAML rule file into a mapping, or raise RuleError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(path, "-", f"cannot read: {exc.strerror or exc}") from None
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "-"
        raise RuleError(path, where, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise RuleError(path, "-", "the file must hold a mapping at the top level")
    return data


def require(path: str | Path, rule: str, entry: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    """Fetch entry[key] and check its type, or raise RuleError naming the rule."""
    if key not in entry:
        raise RuleError(path, rule, f"missing key {key!r}")
    value = entry[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise RuleError(path, rule, f"{key!r} must be {names}, not {type(value).__name__}")
    return value
