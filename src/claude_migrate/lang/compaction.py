"""CM326 in TypeScript and JavaScript: stop-reason dispatch with no "compaction" branch, in
a file that asks for compaction, with the judgement of the Python codemod
(codemods/v5_5/cm326_compaction_stop.py), whose message it shares.

A request with `compaction: {...}` (`client.beta.messages.create`) can stop with
stop_reason "compaction". An `if`/`else if` chain or a `switch` on the stop reason (what
refusal.py reads as dispatch: a stop-reason subject such as `msg.stop_reason`,
`stopReason` or a name assigned from one, or two or more of Anthropic's reasons and none of
OpenAI's or MCP's) that names no "compaction" sends it to its fall-through, and a
stop-reason map (an object keyed by two or more reasons and nothing else) to its lookup's
fallback: reported, never changed, since what the loop should do with the block is the
loop's. Files that never ask
for compaction are left alone: the stop reason cannot happen there.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .refusal import _Dispatch, read_test
from .request_objects import requests
from .strings import literal_text

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

# The stop reasons are the 4.5 set's data (the generation that added most of them), as the
# Python codemods read them (codemods/common/stop_reasons).
_REASONS_SET = "claude_migrate.codemods.v4_5"
_TESTS = frozenset({"===", "==", "!==", "!="})
_JOINS = frozenset({"||", "&&"})


def compaction_stop(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    rules = sys.modules[codemod.__module__]
    reason: str = rules.REASON
    if not any(_asks(doc, obj, values, rules.KEY) for obj, values in requests(doc)):
        return
    dispatch = _Dispatch(doc, codemod, _REASONS_SET)
    found: dict[tuple[int, int], Node] = {}
    for marker in sorted(dispatch.known):
        for node in doc.around(marker.encode(), ("if_statement", "switch_statement", "object")):
            found.setdefault((node.start_byte, node.end_byte), node)
    message = rules.message(f"{rules.KEY}:")
    for _, node in sorted(found.items()):
        if node.type == "object":
            if rules.is_map(_keys(doc, node)):
                doc.finding(node, codemod.code, rules.message(f"{rules.KEY}:", is_map=True))
            continue
        if node.type == "if_statement":
            parent = node.parent
            if parent is not None and parent.type == "else_clause":
                continue  # an else-if is judged with its chain
            tests = [
                (t.subject, t.reasons)
                for c in _conditions(node)
                if (t := read_test(doc, c, _JOINS, _TESTS)) is not None
            ]
        else:
            switch = _switch_test(doc, node)
            tests = [switch] if switch is not None else []
        reasons = {r for _, found_reasons in tests for r in found_reasons}
        if reason not in reasons and dispatch.dispatches(reasons, {s for s, _ in tests}):
            doc.finding(node, codemod.code, message)


def _keys(doc: Document, obj: Node) -> set[str]:
    """An object literal's keys (`end_turn: ...`, `"tool_use": ...`)."""
    keys = set()
    for pair in obj.named_children:
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        text = None
        if key is not None:
            text = literal_text(doc, key) if key.type == "string" else doc.text(key)
        if text is not None:
            keys.add(text)
    return keys


def _asks(doc: Document, obj: Node, values: dict[str, Node], key: str) -> bool:
    """The request sets `key` (`compaction: {...}`, or `{ compaction }`)."""
    return key in values or any(
        c.type == "shorthand_property_identifier" and doc.text(c) == key for c in obj.named_children
    )


def _conditions(top: Node) -> list[Node | None]:
    """The condition of each branch of an if/else-if chain."""
    conditions: list[Node | None] = []
    current: Node | None = top
    while current is not None:
        conditions.append(current.child_by_field_name("condition"))
        alternative = current.child_by_field_name("alternative")
        following = alternative.named_children[0] if alternative is not None else None
        current = following if following is not None and following.type == "if_statement" else None
    return conditions


def _switch_test(doc: Document, switch: Node) -> tuple[str, tuple[str, ...]] | None:
    """(subject, reasons) of a switch whose every case is a string literal."""
    value, body = switch.child_by_field_name("value"), switch.child_by_field_name("body")
    if value is None or body is None:
        return None
    reasons = []
    for case in body.named_children:
        if case.type != "switch_case":
            continue
        label = case.child_by_field_name("value")
        text = literal_text(doc, label) if label is not None and label.type == "string" else None
        if text is None:
            return None  # a case of another shape: not a dispatch this rule reads
        reasons.append(text)
    return doc.text(value)[1:-1].strip(), tuple(reasons)
