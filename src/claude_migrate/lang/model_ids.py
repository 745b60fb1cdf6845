"""Model IDs in every language (CM101, CM201): the set's own model table (models.toml),
with Python's judgement.

Rewritten: string and template-literal text that is an old ID (object properties, defaults,
`??` fallbacks, constants, arguments), and the SDKs' model constants (sdk_constants).
Left alone and reported: lookup tables (an object, map or hash keyed by model IDs; an array,
list or union type naming two or more; a switch or case on model IDs), comparisons with an
ID (`===`, `==`, `.equals`), and prefix tests (`startsWith("claude-3")`, `strings.HasPrefix`).
Strings with whitespace are prose, changed only with --prose; comments are never changed.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from ..authoring.tables import ANY_CLAUDE_ID
from . import sdk_constants
from .document import Document, Edit, ModelIdSet, ancestors
from .strings import WRAPPERS, callee_name, contents_with, enclosing_call, holder, literal_text

Literals = list[tuple[Node, Node, int, int]]

_WHITESPACE = re.compile(r"\s")
PREFIX_CALLS = frozenset(
    {
        "startsWith",
        "endsWith",
        "includes",
        "HasPrefix",
        "HasSuffix",
        "Contains",
        "contains",
        "start_with?",
        "end_with?",
        "include?",
        "str_starts_with",
        "str_ends_with",
        "str_contains",
        "strpos",
        "StartsWith",
        "EndsWith",
        "match",
        "test",
    }
)
EQUALS_CALLS = frozenset({"equals", "equalsIgnoreCase", "Equals", "eql?", "strcmp"})
_EQUALITY = frozenset({"==", "===", "!=", "!==", "<>"})
# Nodes that hold entries: object, map and hash literals, arrays and lists, union types.
_MAPS = frozenset({"object", "hash", "literal_value", "array_creation_expression"})
_LISTS = frozenset(
    {
        "array",
        "literal_value",
        "array_initializer",
        "initializer_expression",
        "collection_expression",
        "array_creation_expression",
        "union_type",
    }
)
_LIST_CALLS = frozenset({"of", "asList", "ofEntries", "entry", "Set", "Map"})
_SWITCHES = frozenset(
    {
        "switch_statement",
        "switch_expression",
        "expression_switch_statement",
        "case",
        "case_match",
    }
)
_CASES = frozenset(
    {"switch_case", "expression_case", "switch_label", "when", "case_statement", "switch_section"}
)


MARKER = b"claude-"  # in every model ID and in every string this rule reads


def model_ids(doc: Document, codemod: ModelIdSet) -> None:
    literals = list(contents_with(doc, MARKER))
    tables = _tables(doc, codemod, literals)
    prose = doc.context.options.prose
    for literal, node, start, end in literals:
        if any(a.start_byte <= start and end <= a.end_byte for a in tables):
            continue
        text = doc.data[start:end].decode("utf-8", "replace")
        if "claude-" not in text or (not prose and _WHITESPACE.search(text)):
            continue
        if _reported_use(doc, codemod, literal, text):
            continue
        new_text, done = codemod.table.rewrite(text, doc.context.options.bedrock_profile)
        for _, resolution in done:
            if resolution.finding:
                doc.finding(node, codemod.finding_codes.code_for("profile"), resolution.finding)
        if new_text == text:
            continue
        edit = Edit(start, end, new_text.encode())
        for found, resolution in done:
            if resolution.new is not None:
                message = f"{found.token} -> {resolution.new} ({found.model.name})"
                doc.change(node, codemod.code, message, edit)
    sdk_constants.migrate(doc, codemod, tables)


def _reported_use(doc: Document, codemod: ModelIdSet, literal: Node, text: str) -> bool:
    """Report a prefix test or a comparison; True when `literal` is one (left unchanged)."""
    version = codemod.table.version
    call = enclosing_call(literal)
    if call is not None:
        name = callee_name(doc, call)
        if name in PREFIX_CALLS and (codemod.table.is_old_prefix(text) or _old(codemod, text)):
            doc.finding(
                call,
                codemod.finding_codes.code_for("prefix"),
                f"{name}({text!r}) tests for a model older than {version}; "
                "after migration no model matches it",
            )
            return True
        if name in EQUALS_CALLS and _old(codemod, text):
            _report_comparison(doc, codemod, call, text)
            return True
    node = holder(literal)
    if node is not None and node.type in ("binary_expression", "binary"):
        operator = node.child_by_field_name("operator")
        if operator is not None and doc.text(operator) in _EQUALITY and _old(codemod, text):
            _report_comparison(doc, codemod, node, text)
            return True
    return False


def _report_comparison(doc: Document, codemod: ModelIdSet, node: Node, text: str) -> None:
    doc.finding(
        node,
        codemod.finding_codes.code_for("table"),
        f"comparison with {', '.join(_old(codemod, text))}: it tests which model a value names, "
        f"not a call site; left unchanged (IDs older than {codemod.table.version})",
    )


def _old(codemod: ModelIdSet, text: str) -> list[str]:
    return sorted({f.token for f in codemod.table.find(text)})


def _tables(doc: Document, codemod: ModelIdSet, literals: Literals) -> list[Node]:
    """Report every lookup table once; hand back their nodes, whose strings stay as they are.
    A table names Claude model IDs, so it holds one of `literals`: only their ancestors are
    looked at."""
    found: list[Node] = []
    for node in doc.around(MARKER, _MAPS | _LISTS | _SWITCHES | {"argument_list", "arguments"}):
        if any(t.start_byte <= node.start_byte and node.end_byte <= t.end_byte for t in found):
            continue
        what = _table_kind(doc, node)
        if what is None:
            continue
        texts = _texts(doc, node, literals)
        old = sorted({f.token for text in texts for f in codemod.table.find(text)})
        if old:
            doc.finding(
                node,
                codemod.finding_codes.code_for("table"),
                f"{what}: a lookup table, not a call site; left unchanged "
                f"(IDs older than {codemod.table.version}: {', '.join(old)})",
            )
        found.append(node)
    return found


def _table_kind(doc: Document, node: Node) -> str | None:
    if node.type in _SWITCHES:
        labels = [
            text
            for case in doc.walk(_CASES, node)
            if _switch_of(case) == node
            for text in _case_labels(doc, case)
        ]
        named = {t for t in labels if ANY_CLAUDE_ID.search(t)}
        return f"switch on Claude model IDs ({_count(named)})" if named else None
    if node.type == "union_type":
        if node.parent is not None and node.parent.type == "union_type":
            return None  # the outermost union is judged
        named = {t for t in _union_texts(doc, node) if ANY_CLAUDE_ID.search(t)}
        return f"union type naming {_count(named)}" if len(named) >= 2 else None
    if node.type in ("argument_list", "arguments"):
        call = node.parent
        if call is None or callee_name(doc, call) not in _LIST_CALLS:
            return None
    keys = {t for t in _keys(doc, node) if ANY_CLAUDE_ID.search(t)}
    if keys:
        return f"{_container(node)} keyed by Claude model IDs ({_count(keys)})"
    named = {t for t in _elements(doc, node) if ANY_CLAUDE_ID.search(t)}
    if len(named) >= 2:
        return f"{_container(node)} naming {_count(named)}"
    return None


def _switch_of(case: Node) -> Node | None:
    return next((a for a in ancestors(case) if a.type in _SWITCHES), None)


def _keys(doc: Document, node: Node) -> list[str]:
    keys = []
    for entry in node.named_children:
        key: Node | None = None
        if entry.type == "pair":
            key = entry.child_by_field_name("key")
        elif _is_keyed(entry):
            key = entry.named_children[0]
        text = literal_text(doc, key) if key is not None else None
        if text is not None:
            keys.append(text)
    return keys


def _is_keyed(entry: Node) -> bool:
    """A Go `key: value` element, or a PHP `key => value` one."""
    if entry.type == "keyed_element":
        return entry.named_child_count == 2
    return entry.type == "array_element_initializer" and any(c.type == "=>" for c in entry.children)


def _elements(doc: Document, node: Node) -> list[str]:
    texts = []
    for entry in node.named_children:
        if _is_keyed(entry):
            continue
        text = literal_text(doc, entry)
        if text is not None:
            texts.append(text)
    return texts


def _union_texts(doc: Document, node: Node) -> list[str]:
    texts = []
    for part in node.named_children:
        if part.type == "union_type":
            texts.extend(_union_texts(doc, part))
        else:
            text = literal_text(doc, part)
            if text is not None:
                texts.append(text)
    return texts


def _case_labels(doc: Document, case: Node) -> list[str]:
    """The string labels of a case: what comes before its `:`, `then` or `->`."""
    labels: list[str] = []
    for child in case.children:
        if child.type in (":", "then", "->", "=>"):
            break
        for part in (child, *child.named_children) if child.type in WRAPPERS else (child,):
            text = literal_text(doc, part)
            if text is not None:
                labels.append(text)
    return labels


def _texts(doc: Document, node: Node, literals: Literals) -> list[str]:
    return [
        doc.data[s:e].decode("utf-8", "replace")
        for _, _, s, e in literals
        if node.start_byte <= s and e <= node.end_byte
    ]


def _container(node: Node) -> str:
    return {
        "object": "object",
        "hash": "hash",
        "literal_value": "composite literal",
        "array_creation_expression": "array",
        "array": "array",
        "array_initializer": "array",
        "initializer_expression": "collection",
        "collection_expression": "collection",
    }.get(node.type, "collection")


def _count(named: set[str]) -> str:
    return f"{len(named)} model{'s' if len(named) != 1 else ''}"
