"""The package's shape, checked: no module imports another in a cycle, and each third-party library has one
importer (one module, or the one package that is its stage), so that a library is swapped in one place.

Imports are read from the source with `ast`, function-level imports included: a cycle hidden in a function is
still a cycle."""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "intake"

IMPORTERS = {
    "imapclient": {"intake.mail.imap"},
    "mailparser": {"intake.mail.parse"},
    "spacy": {"intake.decide.nlp"},
    "spacy_lookups_data": {"intake.decide.nlp"},
    "numpy": {"intake.decide.nlp", "intake.decide.model", "intake.decide.train"},
    "apscheduler": {"intake.ops.daemon"},
    "matplotlib": {"intake.report.chart"},
    "yaml": {"intake.rulefile"},
    "jinja2": {"intake.templating"},
    "uvicorn": {"intake.web.serve"},
    "alembic": {"intake.db"},
    "prometheus_client": {"intake.ops.health"},
    "nh3": {"intake.web.mailview"},
    "markupsafe": {"intake.web.mailview"},
    "argon2": {"intake.web.auth"},
}
"""Library -> the modules allowed to import it."""
PACKAGE_IMPORTERS = {"click": "intake.cli", "starlette": "intake.web"}
"""Library -> the package (the stage) whose modules may import it. SQLAlchemy is the data layer's and is left out:
its sessions and statements are what the stages speak to the database in."""


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(modules: dict[str, Path]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    internal: dict[str, set[str]] = defaultdict(set)
    external: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            else:
                continue
            for target in targets:
                if target.split(".")[0] != "intake":
                    external[target.split(".")[0]].add(name)
                    continue
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    internal[name].add(target)
    return internal, external


def _cycles(edges: dict[str, set[str]], nodes: list[str]) -> list[list[str]]:
    found, state, path = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = "done"

    for node in sorted(nodes):
        if node not in state:
            visit(node)
    return found


def test_no_module_imports_in_a_cycle():
    modules = _modules()
    internal, _ = _imports(modules)
    assert _cycles(internal, list(modules)) == []


def test_each_library_has_one_importer():
    _, external = _imports(_modules())
    wrong = {}
    for library, users in external.items():
        if library in sys.stdlib_module_names or library == "__future__":
            continue
        if library in PACKAGE_IMPORTERS:
            allowed = {u for u in users if u == PACKAGE_IMPORTERS[library]
                       or u.startswith(PACKAGE_IMPORTERS[library] + ".")}
        else:
            allowed = users & IMPORTERS.get(library, {"<sqlalchemy is the data layer's>"} if library in (
                "sqlalchemy", "psycopg") else set())
            if library in ("sqlalchemy", "psycopg"):
                continue
        if users - allowed:
            wrong[library] = sorted(users - allowed)
    assert wrong == {}
