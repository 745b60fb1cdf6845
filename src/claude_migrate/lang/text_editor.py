"""The Anthropic text editor in TypeScript and JavaScript (CM111, CM113, CM115), with the
set's tools.toml.

- CM111: in an object literal, `type: "text_editor_2024…"` and `name: "str_replace_editor"`
  move together to the new pair; a type whose name is not a literal beside it is reported.
- CM113: in files tied to the Anthropic tool (editor_facts: some file of the project defines
  a text_editor_* tool, and no file or object here defines a tool of its own named
  str_replace_editor, one with an input_schema), the dispatch string "str_replace_editor"
  (`block.name === …`, `case …:`, a handler map's key) is renamed.
- CM115: in tied files, `undo_edit` goes from switch cases, if/else-if chains on the
  command, handler-map entries and union types (`"view" | "undo_edit"`); anything else
  naming it is reported.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from ..authoring.data import load_toml
from . import JS_TS
from .document import Document, Edit, ancestors
from .strings import contents, contents_with, literal_text

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod


@cache
def _editor(package: str) -> dict[str, Any]:
    editor: dict[str, Any] = load_toml(package, "tools.toml")["text_editor"]
    return editor


def _package(codemod: type[Codemod]) -> str:
    return codemod.__module__.rpartition(".")[0]


def _pairs(doc: Document, obj: Node) -> dict[str, Node]:
    """An object literal's plain `key: value` pairs, by key."""
    found: dict[str, Node] = {}
    for pair in obj.named_children:
        if pair.type != "pair":
            continue
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if key is None or value is None:
            continue
        name = literal_text(doc, key) if key.type == "string" else doc.text(key)
        if name is not None:
            found[name] = value
    return found


def _set_text(doc: Document, literal: Node, new: str) -> Edit | None:
    """An edit that makes the string literal's text `new` (None if it is not a plain literal)."""
    parts = literal.named_children
    if len(parts) != 1 or parts[0].type != "string_fragment":
        return None
    return doc.replace(parts[0], new)


def editor_tool(doc: Document, codemod: type[Codemod]) -> None:
    editor = _editor(_package(codemod))
    old_types = frozenset(editor["old_types"])
    if doc.kind not in JS_TS:
        _editor_tool_elsewhere(doc, codemod, editor, old_types)
        return
    for obj in doc.around(b"text_editor_", ("object",)):
        values = _pairs(doc, obj)
        kind = values.get("type")
        old_type = literal_text(doc, kind) if kind is not None else None
        if kind is None or old_type not in old_types:
            continue
        name = values.get("name")
        old_name = literal_text(doc, name) if name is not None else None
        type_edit = _set_text(doc, kind, editor["new_type"])
        if (
            name is None
            or old_name not in (editor["old_name"], editor["new_name"])
            or type_edit is None
        ):
            doc.finding(
                obj,
                "CM112",
                f"{old_type} needs the name {editor['new_name']} with {editor['new_type']}, and "
                "its name is not a literal here; change both by hand",
            )
            continue
        # Both records carry both edits: the pair changes together or, suppressed, not at all.
        edits = [type_edit]
        name_edit = None
        if old_name != editor["new_name"]:
            name_edit = _set_text(doc, name, editor["new_name"])
        if name_edit is not None:
            edits.append(name_edit)
        doc.change(kind, codemod.code, f"{old_type} -> {editor['new_type']}", *edits)
        if name_edit is not None:
            doc.change(name, codemod.code, f"{old_name} -> {editor['new_name']}", *edits)


# Literals that hold a tool definition in the other languages: a Ruby hash, a PHP array, a Go
# composite literal, a Java Map.of(...) call's arguments, a C# initializer.
_TOOL_HOLDERS = frozenset(
    {
        "hash",
        "array_creation_expression",
        "literal_value",
        "argument_list",
        "initializer_expression",
        "anonymous_object_creation_expression",
    }
)
_SDK_TYPE = re.compile(r"(?:Beta)?(?:Tool)?TextEditor(20241022|20250124|20250429)\w*")


def _editor_tool_elsewhere(
    doc: Document, codemod: type[Codemod], editor: dict[str, Any], old_types: frozenset[str]
) -> None:
    """Go, Java, Ruby, C#, PHP: a type string and a name string in one literal move together;
    the SDKs' typed tool params (ToolTextEditor20250124Param, OfTextEditor20250124) are reported."""
    for literal, node, start, end in contents_with(doc, b"text_editor_"):
        old_type = doc.data[start:end].decode("utf-8", "replace")
        if old_type not in old_types:
            continue
        owner = next((a for a in ancestors(literal) if a.type in _TOOL_HOLDERS), None)
        names = [
            (n, s, e)
            for lit, n, s, e in (contents(doc, owner) if owner is not None else ())
            if doc.data[s:e].decode("utf-8", "replace") in (editor["old_name"], editor["new_name"])
            and next((a for a in ancestors(lit) if a.type in _TOOL_HOLDERS), None) == owner
        ]
        if owner is None or len(names) != 1:
            doc.finding(
                literal,
                "CM112",
                f"{old_type} needs the name {editor['new_name']} with {editor['new_type']}, and "
                "its name is not a literal beside it here; change both by hand",
            )
            continue
        name_node, name_start, name_end = names[0]
        edits = [
            Edit(start, end, editor["new_type"].encode()),
            Edit(name_start, name_end, editor["new_name"].encode()),
        ]
        doc.change(node, codemod.code, f"{old_type} -> {editor['new_type']}", *edits)
        old_name = doc.data[name_start:name_end].decode()
        if old_name != editor["new_name"]:
            doc.change(name_node, codemod.code, f"{old_name} -> {editor['new_name']}", *edits)
    kinds = ("type_identifier", "identifier", "field_identifier", "constant", "name")
    for node in doc.walk(kinds, matching=r"TextEditor20(241022|250124|250429)"):
        match = _SDK_TYPE.fullmatch(doc.text(node)) or re.fullmatch(
            r"OfTextEditor(20241022|20250124|20250429)", doc.text(node)
        )
        if match:
            doc.finding(
                node,
                "CM112",
                f"{doc.text(node)}: the SDK's type for text_editor_{match.group(1)}; move to its "
                f"text_editor_20250728 type, whose name is {editor['new_name']}, by hand",
            )


def tied_state(doc: Document, codemod: type[Codemod]) -> str:
    """ "tied", "ambiguous" or "untied", as editor_facts.project_state, for this file."""
    facts_module = importlib.import_module(f"{_package(codemod)}.editor_facts")
    old_name = _editor(_package(codemod))["old_name"]
    for obj in doc.around(old_name.encode(), ("object",)):
        values = _pairs(doc, obj)
        name = values.get("name")
        schema = "input_schema" in values or "inputSchema" in values
        if schema and name is not None and literal_text(doc, name) == old_name:
            return "untied"  # a tool of the user's own by that name
    state: str = facts_module.project_state(doc.context.facts)
    return state


def editor_dispatch(doc: Document, codemod: type[Codemod]) -> None:
    editor = _editor(_package(codemod))
    state = tied_state(doc, codemod)
    if state == "untied":
        return
    for literal, node, start, end in contents_with(doc, editor["old_name"].encode()):
        if doc.data[start:end].decode() != editor["old_name"] or node.type != "string_fragment":
            continue
        if state == "ambiguous":
            doc.finding(
                literal,
                "CM114",
                "this project defines the Anthropic text editor and also a tool of its own named "
                f"str_replace_editor; rename to {editor['new_name']} by hand where the code means "
                "the Anthropic tool",
            )
            continue
        doc.change(
            literal,
            codemod.code,
            f"str_replace_editor -> {editor['new_name']}",
            Edit(start, end, editor["new_name"].encode()),
        )


def undo_edit(doc: Document, codemod: type[Codemod]) -> None:
    from . import undo

    if tied_state(doc, codemod) != "untied":
        undo.remove(doc, codemod, _editor(_package(codemod))["removed_command"])
