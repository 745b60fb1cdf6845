"""The SDKs' model constants (part of CM101/CM201): `anthropic.ModelClaude3_5SonnetLatest`
(Go), `Model.CLAUDE_3_5_SONNET_LATEST` (Java), `Model.Claude3_5SonnetLatest` (C#),
`Anthropic::Models::Model::CLAUDE_3_5_SONNET_LATEST` (Ruby), `Model::CLAUDE_3_5_SONNET_LATEST`
(PHP).

A constant's name spells its model ID (`Claude3_5SonnetLatest`: claude-3-5-sonnet-latest), so
the set's own model table says where it moves; the successor's constant is written in the
SDK's spelling when the SDK defines it (the set's sdk_constants.toml), else the constant is
reported. Only files that import the SDK are read, and only constants of its `Model` type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tree_sitter import Node

from ..authoring.data import load_toml
from .document import Document, ModelIdSet

FINDING_ROLE = "table"
_WORDS = re.compile(r"[A-Z][a-z]+|[0-9]+|[A-Z]+(?![a-z])")
# What marks a file as using the SDK, per kind.
_IMPORTS = {
    "go": re.compile(rb'"github\.com/anthropics/anthropic-sdk-go[/"]'),
    "java": re.compile(rb"\bcom\.anthropic\."),
    "csharp": re.compile(rb"\busing\s+(?:\w+\s*=\s*)?Anthropic\b"),
    "ruby": re.compile(rb"\bAnthropic::"),
    "php": re.compile(rb"\bAnthropic\\"),
}
# `import "…/anthropic-sdk-go"`, `import sdk "…"` or a line of an import block.
_GO_IMPORT = re.compile(
    rb'(?m)^\s*(?:import\s+)?(?:(\w+)\s+)?"github\.com/anthropics/anthropic-sdk-go"'
)


def id_of(name: str) -> str | None:
    """The model ID a constant's name spells: ModelClaude_3_Opus_20240229 -> claude-3-opus-20240229."""
    name = name.removeprefix("Model")
    words = name.split("_") if name.isupper() else _WORDS.findall(name)
    words = [w.lower() for w in words if w]
    return "-".join(words) if words and words[0] == "claude" else None


def name_for(model_id: str, kind: str) -> str:
    """The constant for `model_id` in the SDK of `kind`."""
    words = model_id.split("-")
    if kind in ("java", "ruby", "php"):
        return "_".join(w.upper() for w in words)
    out = ""
    for index, word in enumerate(words):
        if word.isdigit():
            out += ("_" if index and words[index - 1].isdigit() else "") + word
        else:
            out += word.capitalize()
    return f"Model{out}" if kind == "go" else out


@cache
def defined(package: str, kind: str) -> frozenset[str]:
    """The IDs the SDK of `kind` has a constant for: `defined` (every SDK), and the rows of
    `defined_in` that name this SDK (seen in some SDKs' material only)."""
    try:
        data = load_toml(package, "sdk_constants.toml")
    except FileNotFoundError:
        return frozenset()
    some = data.get("defined_in", {})
    return frozenset(data["defined"]) | {i for i, kinds in some.items() if kind in kinds}


def migrate(doc: Document, codemod: ModelIdSet, tables: Sequence[Node] = ()) -> None:
    """Move the constants outside `tables` (lookup tables, reported by the caller)."""
    pattern = _IMPORTS.get(doc.kind)
    if pattern is None or not pattern.search(doc.data):
        return
    for node in _constants(doc):
        if any(t.start_byte <= node.start_byte and node.end_byte <= t.end_byte for t in tables):
            continue
        old_name = doc.text(node)
        model_id = id_of(old_name)
        if model_id is None:
            continue
        found = next((f for f in codemod.table.find(model_id) if f.token == model_id), None)
        if found is None:
            continue
        resolution = codemod.table.resolve(found)
        if resolution.new is None:
            continue
        package = codemod.__module__.rpartition(".")[0]
        if resolution.new not in defined(package, doc.kind):
            doc.finding(
                node,
                codemod.finding_codes.code_for(FINDING_ROLE),
                f"{old_name} names {model_id} ({found.model.name}); the SDK defines no constant "
                f'for its successor {resolution.new}: write "{resolution.new}" by hand',
            )
            continue
        new_name = name_for(resolution.new, doc.kind)
        doc.change(
            node,
            codemod.code,
            f"{old_name} -> {new_name} ({found.model.name})",
            doc.replace(node, new_name),
        )


# Where a model constant's name starts, per kind: the nodes are found from these bytes.
_MARKERS = {
    "go": (b"ModelClaude",),
    "java": (b"CLAUDE_",),
    "csharp": (b"Claude", b"CLAUDE"),
    "ruby": (b"CLAUDE_",),
    "php": (b"CLAUDE_",),
}
_ACCESSES = {
    "go": ("selector_expression",),
    "java": ("field_access",),
    "csharp": ("member_access_expression",),
    "ruby": ("scope_resolution",),
    "php": ("class_constant_access_expression",),
}


def _accesses(doc: Document) -> list[Node]:
    found: dict[tuple[int, int], Node] = {}
    for marker in _MARKERS[doc.kind]:
        for node in doc.around(marker, _ACCESSES[doc.kind]):
            found.setdefault((node.start_byte, node.end_byte), node)
    return [found[key] for key in sorted(found)]


def _constants(doc: Document) -> list[Node]:
    """The name nodes of the SDK's model constants used in the file."""
    found: list[Node] = []
    accesses = _accesses(doc)
    if doc.kind == "go":
        aliases = {(m.group(1) or b"anthropic").decode() for m in _GO_IMPORT.finditer(doc.data)}
        for node in accesses:
            operand, field = node.child_by_field_name("operand"), node.child_by_field_name("field")
            if (
                operand is not None
                and field is not None
                and doc.text(operand) in aliases
                and doc.text(field).startswith("ModelClaude")
            ):
                found.append(field)
    elif doc.kind in ("java", "csharp"):
        for node in accesses:
            owner = node.child_by_field_name("object" if doc.kind == "java" else "expression")
            name = node.child_by_field_name("field" if doc.kind == "java" else "name")
            if owner is None or name is None:
                continue
            if re.fullmatch(r"(?:[\w.]+[.:])?Model", doc.text(owner)) and doc.text(
                name
            ).lower().startswith("claude"):
                found.append(name)
    elif doc.kind in ("ruby", "php"):
        for node in accesses:
            if doc.kind == "ruby":
                owner, name = node.child_by_field_name("scope"), node.child_by_field_name("name")
            else:
                parts = node.named_children
                owner, name = (parts[0], parts[-1]) if len(parts) == 2 else (None, None)
            if owner is None or name is None:
                continue
            if re.fullmatch(r"(?:[\w:\\]+(?:::|\\))?Model", doc.text(owner)) and doc.text(
                name
            ).startswith("CLAUDE_"):
                found.append(name)
    return found
