"""Stop-reason dispatch (CM121): `model_context_window_exceeded` wherever `max_tokens` is
handled, since both mean the output was cut off.

TypeScript and JavaScript, where the subject is a stop reason (`….stop_reason`,
`stopReason`): `x === "max_tokens"` becomes `(x === "max_tokens" || x ===
"model_context_window_exceeded")` (`!==` with `&&`), a `case "max_tokens":` gains a
`case "model_context_window_exceeded":` that falls into the same body, and a handler map's
`max_tokens` entry gains a twin with the same value. Go, Java, Ruby, C# and PHP: each such
comparison, case or SDK constant (`StopReasonMaxTokens`, `StopReason.MAX_TOKENS`, ...) is
reported with its line, not rewritten.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document, Edit, ancestors
from .strings import contents_with, holder, literal_text

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

OLD, NEW = "max_tokens", "model_context_window_exceeded"
_SUBJECT = re.compile(r"(?:stop_reason|stopReason|StopReason)\W*$")
_CONSTANTS = re.compile(r"StopReasonMaxTokens|StopReason(?:\.|::)(?:MAX_TOKENS|MaxTokens)")
_SWITCHES = frozenset(
    {"switch_statement", "expression_switch_statement", "switch_expression", "case"}
)
_ACCESSES = frozenset(
    {
        "selector_expression",
        "field_access",
        "member_access_expression",
        "scope_resolution",
        "class_constant_access_expression",
    }
)
_REASONS = frozenset({"end_turn", "tool_use", "stop_sequence", "pause_turn", "refusal"})


def context_window(doc: Document, codemod: type[Codemod]) -> None:
    # A file that names the new reason already handles it somewhere: left as it is, so that
    # a second run never adds a twin again.
    handled = NEW.encode() in doc.data
    for literal, _node, start, end in contents_with(doc, OLD.encode()):
        if doc.data[start:end].decode() != OLD:
            continue
        parent = holder(literal)
        if parent is None:
            continue
        if doc.kind not in JS_TS:
            if not handled and _is_dispatch(doc, literal, parent):
                _report(doc, codemod, literal)
            continue
        if handled:
            continue
        if parent.type == "binary_expression":
            _comparison(doc, codemod, literal, parent)
        elif parent.type == "switch_case" and _switch_subject(doc, parent):
            _case(doc, codemod, parent)
        elif parent.type == "pair" and parent.child_by_field_name("key") == literal:
            _map_entry(doc, codemod, parent)
    if doc.kind in JS_TS:
        for pair in doc.around(OLD.encode(), ("pair",)):
            key = pair.child_by_field_name("key")
            if (
                key is not None
                and key.type == "property_identifier"
                and doc.text(key) == OLD
                and not handled
            ):
                _map_entry(doc, codemod, pair)
        return
    if handled:
        return
    accesses = {
        (n.start_byte, n.end_byte): n
        for marker in (b"MaxTokens", b"MAX_TOKENS")
        for n in doc.around(marker, _ACCESSES)
    }
    for _, node in sorted(accesses.items()):
        if _CONSTANTS.fullmatch(_tail(doc.text(node))):
            _report(doc, codemod, node)


def _tail(text: str) -> str:
    """`anthropic.StopReasonMaxTokens` -> StopReasonMaxTokens; `Anthropic::StopReason::MAX_TOKENS` -> StopReason::MAX_TOKENS."""
    match = re.search(r"StopReason\w*(?:(?:\.|::)\w+)?$", text)
    return match.group(0) if match else ""


def _report(doc: Document, codemod: type[Codemod], node: Node) -> None:
    doc.finding(
        node,
        codemod.code,
        f"{OLD} is handled here: handle {NEW} the same way (the output was cut off by the "
        f"context window); not rewritten in {doc.kind}",
    )


def _is_dispatch(doc: Document, literal: Node, parent: Node) -> bool:
    if parent.type in ("binary_expression", "binary"):
        other = [c for c in parent.named_children if c != literal and c.type not in ("string",)]
        return any(_SUBJECT.search(doc.text(o)) for o in other)
    case_switch = next((a for a in ancestors(literal) if a.type in _SWITCHES), None)
    return case_switch is not None and bool(
        _SUBJECT.search(doc.text(case_switch).split("{", 1)[0].split("\n", 1)[0])
    )


def _switch_subject(doc: Document, case: Node) -> bool:
    switch = next((a for a in ancestors(case) if a.type == "switch_statement"), None)
    value = switch.child_by_field_name("value") if switch is not None else None
    return value is not None and bool(_SUBJECT.search(doc.text(value).rstrip(")").strip()))


def _comparison(doc: Document, codemod: type[Codemod], literal: Node, comparison: Node) -> None:
    operator = comparison.child_by_field_name("operator")
    left, right = comparison.child_by_field_name("left"), comparison.child_by_field_name("right")
    if operator is None or left is None or right is None:
        return
    subject = right if left == literal else left
    op = doc.text(operator)
    if op not in ("===", "==", "!==", "!=") or not _SUBJECT.search(doc.text(subject)):
        return
    join = "||" if op in ("===", "==") else "&&"
    quote = doc.text(literal)[0]
    twin = f"{doc.text(subject)} {op} {quote}{NEW}{quote}"
    new = f"{doc.text(comparison)} {join} {twin}"
    parent = comparison.parent
    if parent is None or parent.type != "parenthesized_expression":
        new = f"({new})"
    doc.change(comparison, codemod.code, f"{OLD} -> also {NEW}", doc.replace(comparison, new))


def _case(doc: Document, codemod: type[Codemod], case: Node) -> None:
    line_start = doc.data.rfind(b"\n", 0, case.start_byte) + 1
    indent = doc.data[line_start : case.start_byte]
    value = case.child_by_field_name("value")
    quote = doc.text(value)[0] if value is not None else '"'
    text = f"case {quote}{NEW}{quote}:\n".encode() + indent
    if indent.strip():  # the case does not start its line
        text = f"case {quote}{NEW}{quote}: ".encode()
    doc.change(
        case,
        codemod.code,
        f"case {OLD} -> also case {NEW}",
        Edit(case.start_byte, case.start_byte, text),
    )


def _map_entry(doc: Document, codemod: type[Codemod], pair: Node) -> None:
    obj = pair.parent
    if obj is None or obj.type != "object":
        return
    keys = set()
    for entry in obj.named_children:
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        if key is not None:
            keys.add(literal_text(doc, key) if key.type == "string" else doc.text(key))
    if not keys & _REASONS:
        return  # not a map of stop reasons
    key = pair.child_by_field_name("key")
    value = pair.child_by_field_name("value")
    if key is None or value is None:
        return
    quote = doc.text(key)[0] if key.type == "string" else ""
    line_start = doc.data.rfind(b"\n", 0, pair.start_byte) + 1
    indent = doc.data[line_start : pair.start_byte]
    after = pair.next_sibling
    end = after.end_byte if after is not None and after.type == "," else pair.end_byte
    separator = b"\n" + indent if not indent.strip() else b" "
    comma = b"" if after is not None and after.type == "," else b","
    text = (
        comma
        + separator
        + f"{quote}{NEW}{quote}: {doc.text(value)}".encode()
        + (b"," if comma == b"" else b"")
    )
    doc.change(pair, codemod.code, f"{OLD} entry -> also {NEW}", Edit(end, end, text))
