"""String literals across the grammars: where a literal's text lies, and what holds it.

Every grammar here splits a literal into its quotes and content nodes (escape sequences and
interpolations are nodes of their own), so a content node's bytes are the literal text
itself, and an edit of that span keeps the quotes, prefix and escapes as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .document import Document

CONTENT = frozenset(
    {
        "string_fragment",  # TypeScript, JavaScript, Java
        "string_content",  # Ruby, PHP, C# interpolated strings
        "interpreted_string_literal_content",  # Go "..."
        "raw_string_literal_content",  # Go `...`
        "string_literal_content",  # C# "..."
    }
)
# Nodes that only wrap a value on its way to what holds it.
WRAPPERS = frozenset(
    {
        "literal_element",
        "literal_type",
        "array_element_initializer",
        "constant_pattern",
        "pattern",
        "expression_list",
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "argument",
        "element_binding_expression",
    }
)
ARGUMENTS = frozenset({"arguments", "argument_list"})
CALLS = frozenset(
    {
        "call_expression",
        "method_invocation",
        "call",
        "function_call_expression",
        "member_call_expression",
        "scoped_call_expression",
        "invocation_expression",
        "object_creation_expression",
        "new_expression",
    }
)
_LAST_NAME = re.compile(r"([A-Za-z_][A-Za-z0-9_]*[?!]?)\s*(?:<[^<>]*>)?\s*$")


def contents(doc: Document, under: Node | None = None) -> Iterator[tuple[Node, Node, int, int]]:
    """(literal, node, start, end) for the text spans of every string literal (of `under`): a
    content node (its parent is the literal) or, for C#'s @"..." strings, the inside of the
    quotes."""
    for node in doc.walk(CONTENT | {"verbatim_string_literal"}, under):
        if node.type == "verbatim_string_literal":
            yield node, node, node.start_byte + 2, node.end_byte - 1
        elif node.parent is not None:
            yield node.parent, node, node.start_byte, node.end_byte


def contents_with(doc: Document, marker: bytes) -> Iterator[tuple[Node, Node, int, int]]:
    """`contents` of the literals whose text holds `marker`, found from its occurrences in
    the bytes rather than by visiting every literal."""
    seen: set[int] = set()
    for node in doc.at(marker):
        if node.start_byte in seen:
            continue
        seen.add(node.start_byte)
        if node.type == "verbatim_string_literal":
            yield node, node, node.start_byte + 2, node.end_byte - 1
        elif node.type in CONTENT and node.parent is not None:
            yield node.parent, node, node.start_byte, node.end_byte


def literal_text(doc: Document, node: Node) -> str | None:
    """The text of a string literal without interpolations (None for any other node)."""
    while node.type in WRAPPERS and node.named_child_count == 1:
        node = node.named_children[0]
    if node.type == "verbatim_string_literal":
        return doc.data[node.start_byte + 2 : node.end_byte - 1].decode("utf-8", "replace")
    parts = node.named_children
    if not parts or any(p.type not in CONTENT and p.type != "escape_sequence" for p in parts):
        return None
    if not any(p.type in CONTENT for p in parts):
        return None
    return "".join(doc.text(p) for p in parts if p.type in CONTENT)


def holder(literal: Node) -> Node | None:
    """The first node above `literal` that is not a mere wrapper."""
    node = literal.parent
    while node is not None and node.type in WRAPPERS:
        node = node.parent
    return node


def enclosing_call(literal: Node) -> Node | None:
    """The call `literal` is an argument of, if it is one."""
    node = holder(literal)
    if node is None or node.type not in ARGUMENTS:
        return None
    call = node.parent
    return call if call is not None and call.type in CALLS else None


def callee_name(doc: Document, call: Node) -> str:
    """The last name before a call's arguments: `startsWith` in `model.startsWith(x)`."""
    arguments = call.child_by_field_name("arguments")
    end = arguments.start_byte if arguments is not None else call.end_byte
    head = doc.data[call.start_byte : end].decode("utf-8", "replace")
    match = _LAST_NAME.search(head)
    return match.group(1) if match else ""
