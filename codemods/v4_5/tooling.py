"""Shared by the 4.5 tool codemods: the data in tools.toml, and when code is tied to the
Anthropic-defined text editor.

Tied means: some file of the project defines the Anthropic text editor (a `text_editor_*`
type), no file defines an editor of its own (a tool named `str_replace_editor` with a schema
of its own, in Anthropic's or OpenAI's function format, or a schema offering `undo_edit`:
see editor_facts), and this file does not either. Only then are the dispatch on the tool's
name and the `undo_edit` branches the Anthropic tool's to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import libcst as cst

from claude_migrate.authoring import (
    Codemod,
    RequestModels,
    RunOptions,
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
    """An editor tool of the user's own: one named str_replace_editor that carries a schema
    (input_schema, or parameters in OpenAI/LiteLLM's function format, inside "function"
    or not), or a schema whose command enum offers undo_edit."""
    if not isinstance(node, (cst.Dict, cst.Call)):
        return False
    values = mapping_values(node)
    if values is None:
        return False
    enum = values.get("enum")
    if isinstance(enum, (cst.List, cst.Tuple, cst.Set)) and any(
        literal_text(e.value) == EDITOR["removed_command"] for e in enum.elements
    ):
        return True
    function = values.get("function")
    if function is not None:
        inner = mapping_values(function)
        if inner is not None and _names_old_editor(inner):
            return True
    return _names_old_editor(values) and ("input_schema" in values or "parameters" in values)


def _names_old_editor(values: dict[str, cst.BaseExpression]) -> bool:
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
class NameFeeds:
    """Where a text-editor definition whose type stays (its name is not a literal, so CM111
    cannot move the pair) takes its name from: variables and parameters by name, and
    positional parameters of the function that builds it (function name -> indexes)."""

    names: frozenset[str]
    positions: dict[str, frozenset[int]]


def name_feeds_of_kept_editors(module: cst.Module) -> NameFeeds:
    names: set[str] = set()
    positions: dict[str, set[int]] = {}
    functions: list[cst.FunctionDef] = []
    definitions: dict[str, dict[str, cst.BaseExpression]] = {}  # variables holding one

    class Finder(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
            functions.append(node)

        def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
            functions.pop()

        def visit_Dict(self, node: cst.Dict) -> None:
            self._definition(mapping_values(node))

        def visit_Assign(self, node: cst.Assign) -> None:
            # `spec = {"type": "text_editor_20250124"}` then `spec["name"] = tool_name`: the
            # name reaches the definition through an item assignment.
            target = node.targets[0].target if len(node.targets) == 1 else None
            values = mapping_values(node.value)
            if isinstance(target, cst.Name) and values is not None:
                kind = values.get("type")
                if kind is not None and literal_text(kind) in EDITOR["old_types"]:
                    definitions[target.value] = values
            if (
                isinstance(target, cst.Subscript)
                and isinstance(target.value, cst.Name)
                and target.value.value in definitions
                and len(target.slice) == 1
                and isinstance(target.slice[0].slice, cst.Index)
                and literal_text(target.slice[0].slice.value) == "name"
            ):
                self._definition({**definitions[target.value.value], "name": node.value})

        def visit_Call(self, node: cst.Call) -> None:
            self._definition(mapping_values(node) or _keywords(node))

        def _definition(self, values: dict[str, cst.BaseExpression] | None) -> None:
            kind, name = (values or {}).get("type"), (values or {}).get("name")
            if kind is None or literal_text(kind) not in EDITOR["old_types"]:
                return
            if not isinstance(name, cst.Name):
                return
            names.add(name.value)
            if functions:
                params = [p.name.value for p in functions[-1].params.params]
                if name.value in params:
                    function = functions[-1].name.value
                    positions.setdefault(function, set()).add(params.index(name.value))

    visit(module, Finder())
    return NameFeeds(frozenset(names), {f: frozenset(i) for f, i in positions.items()})


def _keywords(node: cst.Call) -> dict[str, cst.BaseExpression]:
    return {a.keyword.value: a.value for a in node.args if a.keyword is not None}


@dataclass(frozen=True)
class Choice:
    """A version picked for the model of the request, and whether the model was seen."""

    value: str
    seen: bool


def left_to_a_later_set(codemod: Codemod, requests: RequestModels) -> bool:
    """Under a target past 4.5, a computer-use version in a request whose model is in sight
    and goes to a later generation (an Opus or Sonnet, or a model this table does not know,
    such as claude-sonnet-5) is left for that set, which knows its final value: moving it
    to the 4.5 version would land on one the later models do not take. Haiku 4.5 stays in
    the 4.5 generation, so its requests move here."""
    if codemod.context.options.target <= (4, 5) or requests.model is None:
        return False
    family = requests.family
    return family is None or family.key in ("opus", "sonnet")


def computer_owned_later(options: RunOptions, tool_type: bool = True) -> bool:
    """An old computer tool whose model this set cannot see is the later set's to move or
    report, in every language, when that set's rule for it is in the run: under --to 5
    CM223, whose finding names the versions the run's models take (Opus 5 and Sonnet 5
    computer_20251124, Haiku 4.5 computer_20250124); under --to 5.5 CM316 (the toolset) with
    CM223 (Bedrock), for a tool definition's type (`tool_type`: what CM316 reads in Python
    and TypeScript). A CM118 beside them, naming the 4.5 models' versions, would say one
    fact twice and half of it for models the run does not end on."""
    if (4, 5) < options.target < (5, 5):
        return "CM223" in options.running
    return options.target >= (5, 5) and tool_type and {"CM223", "CM316"} <= options.running


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
