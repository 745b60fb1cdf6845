"""CM314 in TypeScript and JavaScript: thinking blocks echoed back while the model switches
or the conversation is edited, with the judgement and the message of the Python codemod
(codemods/v5_5/cm314_thinking_blocks_bound.py).

An echo is an object `{ role: "assistant", content: <x>.content }` (or `role: <x>.role`): a
response's content, thinking blocks included, sent back as a turn. Per function (a method,
an arrow function with a block body and the file's top level each count as one; an arrow
function with an expression body belongs to the one around it, as a lambda does in Python),
an echo is reported when
the function's requests go to two different `model` values (a fallback chain, a switch
mid-conversation), or when the list it passes as `messages` is edited there: `splice`,
`pop`, `shift`, `unshift`, `reverse`, `sort`, `delete history[i]`, `history[i] = ...`,
`history.length = ...`, `history = history.slice(...)`, or sent as a slice
(`messages: history.slice(-20)`). Only files that send a request to a 5.5 model are read;
nothing is rewritten.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document, ancestors
from .request_objects import FUNCTIONS, requests
from .requests import model_text
from .requests_5_5 import HAIKU, OPUS, SONNET, _set
from .strings import literal_text
from .text_editor import _pairs

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

# Calls on a conversation list that take turns out of it, add them out of order or reorder it.
EDITS = frozenset({"splice", "pop", "shift", "unshift", "reverse", "sort", "fill", "copyWithin"})


@dataclass
class _Scope:
    """What one function (or the file's top level) does with its conversations."""

    echoes: list[Node] = field(default_factory=list)
    # Each model the requests go to -> the text of the first model naming it (a 5.5 family
    # counts once, however it is written), as the Python codemod counts them.
    models: dict[tuple[str, str], str] = field(default_factory=dict)
    histories: set[str] = field(default_factory=set)  # names passed as messages
    edited: dict[str, str] = field(default_factory=dict)  # name -> how it is edited
    trimmed: list[str] = field(default_factory=list)  # messages: history.slice(...)


def thinking_blocks(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    family_of_id = _set(codemod).family_of_id
    sent = list(requests(doc))
    five_five = (OPUS, SONNET, HAIKU)
    if not any(
        (text := model_text(doc, values, obj)) is not None and family_of_id(text) in five_five
        for obj, values in sent
    ):
        return
    scopes: dict[int, _Scope] = {}

    def scope_of(node: Node) -> _Scope:
        owner = next((a for a in ancestors(node) if _is_scope(a)), None)
        key = owner.start_byte if owner is not None else -1
        return scopes.setdefault(key, _Scope())

    for obj, values in sent:
        text = model_text(doc, values, obj)
        family = family_of_id(text) if text is not None else None
        _request(doc, scope_of(obj), obj, values, family if family in five_five else None)
    for obj in doc.around(b"role", ("object",)):
        if _is_echo(doc, obj):
            scope_of(obj).echoes.append(obj)
    for name, how, node in _edits(doc):
        scope_of(node).edited.setdefault(name, how)
    message = sys.modules[codemod.__module__].message
    for scope in scopes.values():
        if not scope.echoes:
            continue
        models = sorted(scope.models.values()) if len(scope.models) > 1 else []
        edits = [how for name, how in scope.edited.items() if name in scope.histories]
        text = message(models, edits + scope.trimmed)
        if text is not None:
            for echo in scope.echoes:
                doc.finding(echo, codemod.code, text)


def _is_scope(node: Node) -> bool:
    """A function, but not an arrow function with an expression body (`r => history.push(...)`),
    which belongs to the function around it, as a lambda does in Python."""
    if node.type not in FUNCTIONS:
        return False
    body = node.child_by_field_name("body")
    return node.type != "arrow_function" or (body is not None and body.type == "statement_block")


def _request(
    doc: Document, scope: _Scope, obj: Node, values: dict[str, Node], family: str | None
) -> None:
    model = values.get("model")
    written = None
    if model is not None:
        written = doc.text(model)
    elif any(
        c.type == "shorthand_property_identifier" and doc.text(c) == "model"
        for c in obj.named_children
    ):
        written = "model"
    if written is not None:
        key = ("family", family) if family is not None else ("code", written)
        scope.models.setdefault(key, written)
    messages = values.get("messages")
    if messages is None:
        if any(
            c.type == "shorthand_property_identifier" and doc.text(c) == "messages"
            for c in obj.named_children
        ):
            scope.histories.add("messages")
        return
    if messages.type == "identifier":
        scope.histories.add(doc.text(messages))
        return
    sliced = _slice_of(doc, messages)
    if sliced is not None:
        scope.histories.add(sliced)
        scope.trimmed.append(doc.text(messages))


def _slice_of(doc: Document, node: Node) -> str | None:
    """`history` in `history.slice(...)`."""
    if node.type != "call_expression":
        return None
    function = node.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    target, method = (
        function.child_by_field_name("object"),
        function.child_by_field_name("property"),
    )
    if (
        target is None
        or method is None
        or target.type != "identifier"
        or doc.text(method) != "slice"
    ):
        return None
    return doc.text(target)


def _is_echo(doc: Document, obj: Node) -> bool:
    """`{ role: "assistant", content: <x>.content }`: a response sent back whole."""
    values = _pairs(doc, obj)
    role, content = values.get("role"), values.get("content")
    if role is None or content is None:
        return False
    role_is_assistant = literal_text(doc, role) == "assistant" or (
        role.type == "member_expression" and _property(doc, role) == "role"
    )
    return (
        role_is_assistant
        and content.type == "member_expression"
        and _property(doc, content) == "content"
    )


def _property(doc: Document, member: Node) -> str:
    prop = member.child_by_field_name("property")
    return doc.text(prop) if prop is not None else ""


def _edits(doc: Document) -> list[tuple[str, str, Node]]:
    """(name, how, node) for each edit of a list held by a plain name."""
    found: list[tuple[str, str, Node]] = []
    for call in doc.walk(
        ("call_expression",), matching=r"\.(" + "|".join(sorted(EDITS)) + r")\s*\("
    ):
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        target = function.child_by_field_name("object")
        method = _property(doc, function)
        if target is not None and target.type == "identifier" and method in EDITS:
            found.append((doc.text(target), f"{doc.text(target)}.{method}()", call))
    for node in doc.walk(("unary_expression",), matching=r"^delete\b"):
        argument = node.child_by_field_name("argument")
        target = argument.child_by_field_name("object") if argument is not None else None
        if (
            argument is not None
            and argument.type == "subscript_expression"
            and target is not None
            and target.type == "identifier"
        ):
            found.append((doc.text(target), doc.text(node), node))
    for node in doc.walk(("assignment_expression", "augmented_assignment_expression")):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        target = (
            left.child_by_field_name("object")
            if left.type in ("subscript_expression", "member_expression")
            else None
        )
        if target is not None and target.type == "identifier":
            if left.type == "subscript_expression" or _property(doc, left) == "length":
                found.append((doc.text(target), f"{doc.text(left)} = ...", node))
        elif left.type == "identifier" and _slice_of(doc, right) == doc.text(left):
            found.append((doc.text(left), f"{doc.text(left)} = {doc.text(right)}", node))
    return found
