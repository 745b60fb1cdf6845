"""Shared by the 4.5 tool codemods: the data in tools.toml, and when code is tied to the
Anthropic-defined text editor.

Tied means: some file of the project defines the Anthropic text editor (a `text_editor_*`
type), no file defines a client tool of its own named `str_replace_editor` (a tool with an
`input_schema`), and this file does not either. Only then are the dispatch on the tool's
name and the `undo_edit` branches the Anthropic tool's to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import libcst as cst

from claude_migrate.authoring import (
    Codemod,
    Scope,
    literal_text,
    load_toml,
    mapping_values,
    tables,
    visit,
)

from .editor_facts import (
    FACT_ANTHROPIC_EDITOR,
    FACT_CLIENT_EDITOR,
    editor_facts,
    project_state,
)

__all__ = ["FACT_ANTHROPIC_EDITOR", "FACT_CLIENT_EDITOR", "editor_facts", "project_state"]

DATA: dict[str, Any] = load_toml(__package__, "tools.toml")
EDITOR: dict[str, Any] = DATA["text_editor"]
COMPUTER: dict[str, Any] = DATA["computer"]
MODELS = tables.load(__package__)


def file_state(module: cst.Module, facts: dict[str, bool] | Any) -> str:
    """project_state, except that a file defining its own str_replace_editor tool is untied."""
    return "untied" if defines_client_editor(module) else project_state(facts)


def is_client_editor_definition(node: cst.CSTNode) -> bool:
    """A tool of the user's own named str_replace_editor: it carries an input_schema."""
    if not isinstance(node, (cst.Dict, cst.Call)):
        return False
    values = mapping_values(node)
    if values is None or "input_schema" not in values:
        return False
    name = values.get("name")
    return name is not None and literal_text(name) == EDITOR["old_name"]


def defines_client_editor(module: cst.Module) -> bool:
    found = False

    class Finder(cst.CSTVisitor):
        def visit_Dict(self, node: cst.Dict) -> bool:
            nonlocal found
            found = found or is_client_editor_definition(node)
            return not found

        def visit_Call(self, node: cst.Call) -> bool:
            nonlocal found
            found = found or is_client_editor_definition(node)
            return not found

    visit(module, Finder())
    return found


@dataclass(frozen=True)
class Choice:
    """A version picked for the model of the request, and whether the model was seen."""

    value: str
    seen: bool


def by_family(entry: dict[str, Any], default_key: str, family: tables.Family | None) -> Choice:
    chosen = entry[f"{default_key}_by_family"].get(family.key) if family else None
    return Choice(chosen or entry[default_key], seen=family is not None)


class TiedToEditor(Codemod):
    """A codemod that acts only in files tied to the Anthropic text editor (see this module)."""

    _state = "untied"
    facts_function = staticmethod(editor_facts)
    scope = Scope(reads=(b"str_replace_editor",))  # defines_client_editor reads the whole module

    def visit_Module(self, node: cst.Module) -> bool:
        self._state = file_state(node, self.context.facts)
        return self._state != "untied"
